"""Every 1–5 scale runs from the bad end to the good end: survey difficulty answers given under
survey version 1 (1 = very easy, 5 = very hard) are turned round to the version 2 direction
(1 = very hard, 5 = very easy) and marked as version 2, so every aggregate reads one direction.

Revision ID: 005_scale_direction
Revises: 004_organisers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "005_scale_direction"
down_revision = "004_organisers"
branch_labels = None
depends_on = None

_ANSWERS = sa.table(
    "survey_answers",
    sa.column("question_id", sa.String),
    sa.column("value", sa.Integer),
    sa.column("survey_version", sa.Integer),
)


def _turn_round(before: int, after: int) -> None:
    op.execute(
        _ANSWERS.update()
        .where(
            _ANSWERS.c.survey_version == before,
            _ANSWERS.c.value.is_not(None),
            _ANSWERS.c.question_id.like("%.difficulty"),
        )
        .values(value=6 - _ANSWERS.c.value, survey_version=after)
    )


def upgrade() -> None:
    _turn_round(1, 2)


def downgrade() -> None:
    _turn_round(2, 1)
