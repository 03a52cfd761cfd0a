"""Survey answers in people's own words, waiting for an organiser to read them.

What leaves this module is deliberately thin: the words (masked when they were given), the
question they answer and the week. No participant, language, district, campaign or other answer
comes with them, because words together with an attribute could point at a person.

Only current responses are read: a retake replaces the words of the earlier one. Erasing a person
deletes their answers, and so their place in the queue.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SurveyAnswer, SurveyResponse


@dataclass(frozen=True)
class TextToRead:
    review_id: str  # opaque to callers; stable while the words wait
    question_id: str
    text: str
    week: date  # the Monday of the week it was given (UTC): no closer time than that


def _waiting() -> list[ColumnElement[bool]]:
    return [
        SurveyAnswer.text.is_not(None),
        SurveyAnswer.skipped.is_(False),
        SurveyAnswer.reviewed_at.is_(None),
        SurveyResponse.superseded_at.is_(None),
    ]


def _answer_id(review_id: str) -> int | None:
    return int(review_id) if review_id.isascii() and review_id.isdigit() else None


def _monday(moment: datetime) -> date:
    day = moment.date()
    return day - timedelta(days=day.weekday())


async def waiting(
    session: AsyncSession, *, limit: int, leaving_out: Collection[str] = ()
) -> list[TextToRead]:
    """The oldest words not yet read first, without those the caller has passed over."""
    query = (
        select(
            SurveyAnswer.id, SurveyAnswer.question_id, SurveyAnswer.text, SurveyAnswer.answered_at
        )
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(*_waiting())
        .order_by(SurveyAnswer.answered_at, SurveyAnswer.id)
        .limit(limit)
    )
    left_out = [i for i in map(_answer_id, leaving_out) if i is not None]
    if left_out:
        query = query.where(SurveyAnswer.id.not_in(left_out))
    rows = await session.execute(query)
    return [
        TextToRead(str(answer_id), question_id, text, _monday(answered_at))
        for answer_id, question_id, text, answered_at in rows
    ]


async def text_to_read(session: AsyncSession, review_id: str) -> TextToRead | None:
    """The words under this id if they still wait (not read, not erased, not replaced)."""
    answer_id = _answer_id(review_id)
    if answer_id is None:
        return None
    query = (
        select(SurveyAnswer.question_id, SurveyAnswer.text, SurveyAnswer.answered_at)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyAnswer.id == answer_id, *_waiting())
    )
    row = (await session.execute(query)).one_or_none()
    if row is None:
        return None
    question_id, text, answered_at = row
    return TextToRead(review_id, question_id, text, _monday(answered_at))


async def count_waiting(session: AsyncSession) -> int:
    query = (
        select(func.count(SurveyAnswer.id))
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(*_waiting())
    )
    return int(await session.scalar(query) or 0)


async def mark_read(
    session: AsyncSession, review_id: str, organiser_id: int, now: datetime
) -> bool:
    """Mark the words read by this organiser; False when they no longer wait.

    One conditional UPDATE, so of two organisers marking the same words at once only one does.
    """
    answer_id = _answer_id(review_id)
    if answer_id is None:
        return False
    current = select(SurveyResponse.id).where(SurveyResponse.superseded_at.is_(None))
    marked = await session.execute(
        update(SurveyAnswer)
        .where(
            SurveyAnswer.id == answer_id,
            SurveyAnswer.text.is_not(None),
            SurveyAnswer.skipped.is_(False),
            SurveyAnswer.reviewed_at.is_(None),
            SurveyAnswer.response_id.in_(current),
        )
        .values(reviewed_at=now, reviewed_by=organiser_id)
    )
    return bool(marked.rowcount)  # type: ignore[attr-defined]
