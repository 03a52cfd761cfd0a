"""An index the survey's counts read instead of the answers table, already in their order.

Difficulty and needs per dimension are counted in one pass over this index: it holds every
column the count reads (the response it belongs to included), in the order of the count's
groups, so the database neither reads the table nor sorts the answers.

Revision ID: 012_survey_indexes
Revises: 010_idea_scores
"""

from __future__ import annotations

from alembic import op

revision = "012_survey_indexes"
down_revision = "011_dashboard"
branch_labels = None
depends_on = None

COLUMNS = [
    "dimension",
    "question_id",
    "value",
    "option_id",
    "answered_at",
    "skipped",
    "response_id",
]


def upgrade() -> None:
    # Not in a batch: SQLite adds an index without copying the table.
    op.create_index("ix_survey_answers_counting", "survey_answers", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_survey_answers_counting", table_name="survey_answers")
