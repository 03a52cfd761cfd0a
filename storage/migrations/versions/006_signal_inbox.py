"""Signal messages read from signal-cli and not yet handled.

Revision ID: 006_signal_inbox
Revises: 005_scale_direction
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "006_signal_inbox"
down_revision = "005_scale_direction"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signal_inbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender", sa.String(length=64), nullable=False),
        sa.Column("sent_at", sa.BigInteger(), nullable=False),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sender", "sent_at", name="uq_signal_inbox_sender_sent_at"),
    )


def downgrade() -> None:
    op.drop_table("signal_inbox")
