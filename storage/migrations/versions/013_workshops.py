"""Live workshops: a campaign with a room code, the ideas the room rates, who joined.

Revision ID: 013_workshops
Revises: 010_idea_scores
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "013_workshops"
down_revision = "011_dashboard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=True),
        sa.Column("pace", sa.String(length=16), nullable=False),
        sa.Column("current_idea_id", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["current_idea_id"], ["ideas.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["organiser_id"], ["organisers.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("campaign_id"),
    )
    op.create_table(
        "workshop_ideas",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["idea_id"], ["ideas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workshop_id", "idea_id"),
    )
    op.create_table(
        "workshop_members",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("address", sa.String(length=128), nullable=True),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workshop_id", "participant_id"),
    )
    with op.batch_alter_table("workshop_members", schema=None) as batch_op:
        batch_op.create_index(
            "ix_workshop_members_participant_id", ["participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("workshop_members", schema=None) as batch_op:
        batch_op.drop_index("ix_workshop_members_participant_id")
    op.drop_table("workshop_members")
    op.drop_table("workshop_ideas")
    op.drop_table("workshops")
