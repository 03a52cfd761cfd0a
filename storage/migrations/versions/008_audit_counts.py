"""Refused organiser attempts are counted: one audit row per participant an hour, with a count,
erased with them.

Revision ID: 008_audit_counts
Revises: 007_text_review
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "008_audit_counts"
down_revision = "007_text_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("participant_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("times", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_index(
            batch_op.f("ix_audit_log_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_audit_log_participant_id_participants"),
            "participants",
            ["participant_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_audit_log_participant_id_participants"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_audit_log_participant_id"))
        batch_op.drop_column("times")
        batch_op.drop_column("participant_id")
