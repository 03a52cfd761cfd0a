"""Digest deliveries count the messages already sent; refused organiser attempts are counted.

A digest whose sender died mid-push is resumed after the last message recorded as sent. A
refused attempt from a participant is one audit row per hour with a count, erased with them.

Revision ID: 008_digest_parts
Revises: 007_text_review
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "008_digest_parts"
down_revision = "007_text_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("digest_deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("parts_sent", sa.Integer(), server_default="0", nullable=False)
        )
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
    with op.batch_alter_table("digest_deliveries", schema=None) as batch_op:
        batch_op.drop_column("parts_sent")
