"""The organiser dashboard: one-time sign-in links, sessions, and sign-in attempts counted for
the rate limit.

Revision ID: 011_dashboard
Revises: 010_idea_scores
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "011_dashboard"
down_revision = "010_idea_scores"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dashboard_signins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["organiser_id"], ["organisers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("dashboard_signins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dashboard_signins_organiser_id"), ["organiser_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dashboard_signins_expires_at"), ["expires_at"], unique=False
        )

    op.create_table(
        "dashboard_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=False),
        sa.Column("session_hash", sa.String(length=64), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organiser_id"], ["organisers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_hash"),
    )
    with op.batch_alter_table("dashboard_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dashboard_sessions_organiser_id"), ["organiser_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dashboard_sessions_expires_at"), ["expires_at"], unique=False
        )

    op.create_table(
        "dashboard_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("dashboard_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dashboard_attempts_at"), ["at"], unique=False)
        batch_op.create_index("ix_dashboard_attempts_client_at", ["client", "at"], unique=False)


def downgrade() -> None:
    op.drop_table("dashboard_attempts")
    op.drop_table("dashboard_sessions")
    op.drop_table("dashboard_signins")
