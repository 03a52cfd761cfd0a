"""Free-text survey answers are read by organisers: when, and by whom.

Revision ID: 007_text_review
Revises: 006_signal_inbox
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "007_text_review"
down_revision = "006_signal_inbox"
branch_labels = None
depends_on = None

_FOREIGN_KEY = "fk_survey_answers_reviewed_by_organisers"
_UNREAD_TEXT = "text IS NOT NULL AND reviewed_at IS NULL"


def upgrade() -> None:
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("reviewed_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            _FOREIGN_KEY, "organisers", ["reviewed_by"], ["id"], ondelete="SET NULL"
        )
    op.create_index(
        "ix_survey_answers_unread_text",
        "survey_answers",
        ["answered_at", "id"],
        unique=False,
        sqlite_where=sa.text(_UNREAD_TEXT),
        postgresql_where=sa.text(_UNREAD_TEXT),
    )


def downgrade() -> None:
    op.drop_index("ix_survey_answers_unread_text", table_name="survey_answers")
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_constraint(_FOREIGN_KEY, type_="foreignkey")
        batch_op.drop_column("reviewed_by")
        batch_op.drop_column("reviewed_at")
