"""Free-text survey answers are read by organisers: when, and by whom.

Revision ID: 009_text_review
Revises: 004_organisers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "009_text_review"
down_revision = "004_organisers"
branch_labels = None
depends_on = None

_FOREIGN_KEY = "fk_survey_answers_reviewed_by_organisers"


def upgrade() -> None:
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("reviewed_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            _FOREIGN_KEY, "organisers", ["reviewed_by"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_constraint(_FOREIGN_KEY, type_="foreignkey")
        batch_op.drop_column("reviewed_by")
        batch_op.drop_column("reviewed_at")
