"""Each idea's ratings summed up (count, sums and sums of squares), filled from the ratings.

The matrix and the choice of the next idea to rate read these sums instead of every rating; an
index on each idea's ratings by time lets the digest take the ratings given after a moment out.

Revision ID: 010_idea_scores
Revises: 009_outbox
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "010_idea_scores"
down_revision = "009_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "idea_scores",
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("ratings", sa.Integer(), nullable=False),
        sa.Column("effectiveness_sum", sa.BigInteger(), nullable=False),
        sa.Column("effectiveness_squares", sa.BigInteger(), nullable=False),
        sa.Column("ease_sum", sa.BigInteger(), nullable=False),
        sa.Column("ease_squares", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["idea_id"], ["ideas.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("idea_id"),
    )
    op.execute(
        "INSERT INTO idea_scores (idea_id, ratings, effectiveness_sum, effectiveness_squares,"
        " ease_sum, ease_squares)"
        " SELECT idea_id, COUNT(*), SUM(effectiveness), SUM(effectiveness * effectiveness),"
        " SUM(ease), SUM(ease * ease) FROM ratings GROUP BY idea_id"
    )
    # Not in a batch: SQLite can change an index without copying the table. The new index
    # serves what the old one did (counting an idea's ratings) and the time of rating too.
    op.create_index(
        "ix_ratings_idea_time_scores",
        "ratings",
        ["idea_id", "rated_at", "effectiveness", "ease"],
        unique=False,
    )
    op.drop_index("ix_ratings_idea_scores", table_name="ratings")


def downgrade() -> None:
    op.create_index(
        "ix_ratings_idea_scores", "ratings", ["idea_id", "effectiveness", "ease"], unique=False
    )
    op.drop_index("ix_ratings_idea_time_scores", table_name="ratings")
    op.drop_table("idea_scores")
