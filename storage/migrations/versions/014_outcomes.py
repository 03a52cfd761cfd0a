"""What became of the ideas: an idea's outcome and its public note, who wants to hear of it, and
the record of what was told to whom on which day.

Revision ID: 014_outcomes
Revises: 013_workshops
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "014_outcomes"
down_revision = "013_workshops"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ideas") as batch:
        batch.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("outcome_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("outcome_language", sa.String(length=8), nullable=True))
        batch.create_index("ix_ideas_outcome_at", ["outcome_at"], unique=False)
    op.create_table(
        "outcome_notes",
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["idea_id"], ["ideas.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("idea_id", "locale"),
    )
    op.create_table(
        "update_preferences",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("address", sa.String(length=128), nullable=True),
        sa.Column("told_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("participant_id"),
    )
    op.create_table(
        "update_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ideas", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("participant_id", "day", name="uq_update_deliveries_participant_day"),
    )


def downgrade() -> None:
    op.drop_table("update_deliveries")
    op.drop_table("update_preferences")
    op.drop_table("outcome_notes")
    with op.batch_alter_table("ideas") as batch:
        batch.drop_index("ix_ideas_outcome_at")
        batch.drop_column("outcome_language")
        batch.drop_column("outcome_at")
        batch.drop_column("outcome")
