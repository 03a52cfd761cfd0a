"""The empathy survey in storage: responses, their answers, and the counts the digest reads.

A participant's latest response is the current one; a retake supersedes the earlier response, which
then no longer counts and is kept only for the retention period. Every count is one GROUP BY query
in the database, so it costs the same for ten participants or ten thousand.

Counting relies on two question ids per dimension, which the survey definition enforces:
`<dimension>.difficulty` (a 1-5 scale) and `<dimension>.needs` (a multiple choice of needs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, distinct, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import Campaign, Participant, SurveyAnswer, SurveyResponse

DIFFICULTY = "difficulty"
NEEDS = "needs"
SCALE = range(1, 6)

# Profile attributes a difficulty can be broken down by; "profile.*" are survey questions.
ATTRIBUTES = ("locale", "district", "campaign", "profile.age", "profile.time_in_poland")
# The group of participants for whom an attribute is not known (not answered, no campaign).
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Answer:
    """One participant's answer to one question: chosen options, a scale value, or words."""

    options: tuple[str, ...] = ()
    value: int | None = None
    text: str | None = None
    skipped: bool = False


@dataclass(frozen=True)
class DifficultyStats:
    dimension: str
    respondents: int
    mean: float | None
    distribution: dict[int, int]  # scale value 1..5 -> people who gave it


# --- one participant's response ------------------------------------------------------------------


async def current_response(session: AsyncSession, participant_id: int) -> SurveyResponse | None:
    query = (
        select(SurveyResponse)
        .where(
            SurveyResponse.participant_id == participant_id,
            SurveyResponse.superseded_at.is_(None),
        )
        .order_by(SurveyResponse.id.desc())
        .limit(1)
    )
    result: SurveyResponse | None = await session.scalar(query)
    return result


async def start_response(
    session: AsyncSession, participant_id: int, survey_version: int, now: datetime
) -> SurveyResponse:
    """A new response; the participant's earlier one stops counting from now on."""
    await session.execute(
        update(SurveyResponse)
        .where(
            SurveyResponse.participant_id == participant_id,
            SurveyResponse.superseded_at.is_(None),
        )
        .values(superseded_at=now)
    )
    response = SurveyResponse(
        participant_id=participant_id,
        survey_version=survey_version,
        started_at=now,
        completed_at=None,
        superseded_at=None,
    )
    session.add(response)
    await session.flush()
    return response


async def discard_response(session: AsyncSession, response: SurveyResponse) -> None:
    """Remove a response and every answer in it, as if it had never been started."""
    await session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response.id))
    await session.delete(response)


async def answers_of(session: AsyncSession, response_id: int) -> dict[str, Answer]:
    rows = await session.execute(
        select(SurveyAnswer)
        .where(SurveyAnswer.response_id == response_id)
        .order_by(SurveyAnswer.id)
    )
    grouped: dict[str, list[SurveyAnswer]] = defaultdict(list)
    for row in rows.scalars():
        grouped[row.question_id].append(row)
    return {question_id: _answer(rows) for question_id, rows in grouped.items()}


def _answer(rows: list[SurveyAnswer]) -> Answer:
    first = rows[0]
    return Answer(
        options=tuple(row.option_id for row in rows if row.option_id is not None),
        value=first.value,
        text=first.text,
        skipped=first.skipped,
    )


async def save_answer(
    session: AsyncSession,
    response: SurveyResponse,
    *,
    question_id: str,
    dimension: str | None,
    survey_version: int,
    answer: Answer,
    now: datetime,
) -> None:
    """Store an answer, replacing whatever this response said to the question before."""
    await forget_answers(session, response.id, [question_id])

    def row(option_id: str | None = None) -> SurveyAnswer:
        return SurveyAnswer(
            response_id=response.id,
            participant_id=response.participant_id,
            survey_version=survey_version,
            question_id=question_id,
            dimension=dimension,
            option_id=option_id,
            value=answer.value,
            text=answer.text,
            skipped=answer.skipped,
            answered_at=now,
        )

    if answer.options:
        session.add_all([row(option_id) for option_id in answer.options])
    else:
        session.add(row())
    await session.flush()


async def forget_answers(
    session: AsyncSession, response_id: int, question_ids: Collection[str]
) -> None:
    if not question_ids:
        return
    await session.execute(
        delete(SurveyAnswer).where(
            SurveyAnswer.response_id == response_id,
            SurveyAnswer.question_id.in_(list(question_ids)),
        )
    )


async def purge_superseded(session: AsyncSession, now: datetime, days: int) -> int:
    """Delete responses superseded more than `days` ago, with their answers; returns how many."""
    cutoff = now - timedelta(days=days)
    expired = select(SurveyResponse.id).where(SurveyResponse.superseded_at < cutoff)
    count = await session.scalar(select(func.count()).select_from(expired.subquery()))
    await session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id.in_(expired)))
    await session.execute(delete(SurveyResponse).where(SurveyResponse.superseded_at < cutoff))
    return count or 0


# --- counting --------------------------------------------------------------------------------------


def _counted(
    kind: str, since: datetime | None, until: datetime | None
) -> list[ColumnElement[bool]]:
    """Answers that count: current responses, not skipped, the dimension's `kind` question."""
    conditions: list[ColumnElement[bool]] = [
        SurveyResponse.superseded_at.is_(None),
        SurveyAnswer.skipped.is_(False),
        SurveyAnswer.dimension.is_not(None),
        SurveyAnswer.question_id == SurveyAnswer.dimension + f".{kind}",
    ]
    if kind == DIFFICULTY:
        conditions.append(SurveyAnswer.value.between(SCALE.start, SCALE.stop - 1))
    else:
        conditions.append(SurveyAnswer.option_id.is_not(None))
    return conditions + _window(SurveyAnswer.answered_at, since, until)


def _window(
    column: Any, since: datetime | None, until: datetime | None
) -> list[ColumnElement[bool]]:
    """A time window that includes its start and excludes its end, so periods do not overlap."""
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column < until)
    return conditions


def _in_campaign(query: Select[Any], campaign_id: int | None) -> Select[Any]:
    if campaign_id is None:
        return query
    return query.join(Participant, Participant.id == SurveyResponse.participant_id).where(
        Participant.campaign_id == campaign_id
    )


_people = func.count(distinct(SurveyAnswer.participant_id))


async def difficulty_by_dimension(
    session: AsyncSession,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    campaign_id: int | None = None,
) -> dict[str, DifficultyStats]:
    """Per dimension with any answer: how many said how hard it is, the spread and the mean."""
    query = (
        select(SurveyAnswer.dimension, SurveyAnswer.value, _people)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(*_counted(DIFFICULTY, since, until))
        .group_by(SurveyAnswer.dimension, SurveyAnswer.value)
    )
    rows = await session.execute(_in_campaign(query, campaign_id))
    return _stats((dimension, value, people) for dimension, value, people in rows)


def _stats(rows: Iterable[tuple[str, int, int]]) -> dict[str, DifficultyStats]:
    distributions: dict[str, dict[int, int]] = defaultdict(lambda: dict.fromkeys(SCALE, 0))
    for dimension, value, people in rows:
        distributions[dimension][value] = people
    stats = {}
    for dimension, distribution in sorted(distributions.items()):
        respondents = sum(distribution.values())
        total = sum(value * people for value, people in distribution.items())
        mean = total / respondents if respondents else None
        stats[dimension] = DifficultyStats(dimension, respondents, mean, distribution)
    return stats


async def need_counts(
    session: AsyncSession,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    campaign_id: int | None = None,
) -> dict[str, dict[str, int]]:
    """Per dimension, per need option: the number of people who chose it."""
    query = (
        select(SurveyAnswer.dimension, SurveyAnswer.option_id, _people)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(*_counted(NEEDS, since, until))
        .group_by(SurveyAnswer.dimension, SurveyAnswer.option_id)
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for dimension, option_id, people in await session.execute(_in_campaign(query, campaign_id)):
        counts[dimension][option_id] = people
    return dict(counts)


async def completions(
    session: AsyncSession,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    campaign_id: int | None = None,
) -> int:
    """Current responses finished within the window."""
    query = select(func.count(SurveyResponse.id)).where(
        SurveyResponse.completed_at.is_not(None),
        SurveyResponse.superseded_at.is_(None),
        *_window(SurveyResponse.completed_at, since, until),
    )
    return await session.scalar(_in_campaign(query, campaign_id)) or 0


async def difficulty_by_attribute(
    session: AsyncSession,
    attribute: str,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    min_count: int,
) -> dict[str, dict[str, DifficultyStats | None]]:
    """Difficulty per group of an attribute (see ATTRIBUTES), then per dimension.

    A group of fewer than `min_count` people could point at a person, so it is None instead; see
    `_suppress` for why a few larger groups may be hidden with it.
    """
    if attribute not in ATTRIBUTES:
        raise ValueError(f"cannot break down by {attribute!r}; choose one of {ATTRIBUTES}")
    query = (
        select(SurveyAnswer.dimension, SurveyAnswer.value, _people)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(*_counted(DIFFICULTY, since, until))
    )
    query, group = _grouped_by(query, attribute)
    query = query.add_columns(group).group_by(group, SurveyAnswer.dimension, SurveyAnswer.value)
    by_group: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for dimension, value, people, group_value in await session.execute(query):
        by_group[group_value or UNKNOWN].append((dimension, value, people))
    table: dict[str, dict[str, DifficultyStats | None]] = {
        group_value: dict(_stats(rows)) for group_value, rows in sorted(by_group.items())
    }
    for dimension in {dimension for cells in table.values() for dimension in cells}:
        _suppress(table, dimension, min_count)
    return table


def _suppress(
    table: dict[str, dict[str, DifficultyStats | None]], dimension: str, min_count: int
) -> None:
    """Hide the small groups of one dimension, and enough others that they cannot be recovered.

    The digest also shows the total for each dimension, so a single hidden group would be the total
    minus the groups shown. Hiding the next smallest groups until the hidden ones add up to at least
    `min_count` people means the difference only ever describes a large enough crowd.
    """
    cells = [
        (stats.respondents, group)
        for group, row in table.items()
        if (stats := row.get(dimension)) is not None
    ]
    hidden = [(people, group) for people, group in cells if people < min_count]
    if not hidden:
        return
    shown = sorted(cell for cell in cells if cell[0] >= min_count)
    while sum(people for people, _group in hidden) < min_count and shown:
        hidden.append(shown.pop(0))
    for _people, group in hidden:
        table[group][dimension] = None


def _grouped_by(query: Select[Any], attribute: str) -> tuple[Select[Any], Any]:
    """The query joined to where the attribute lives, and the column that holds it."""
    if attribute.startswith("profile."):
        # A profile answer from the same response; a skipped or missing one is "unknown".
        profile = aliased(SurveyAnswer)
        query = query.outerjoin(
            profile,
            (profile.response_id == SurveyAnswer.response_id)
            & (profile.question_id == attribute)
            & profile.skipped.is_(False),
        )
        return query, profile.option_id
    query = query.join(Participant, Participant.id == SurveyAnswer.participant_id)
    if attribute == "campaign":
        query = query.outerjoin(Campaign, Campaign.id == Participant.campaign_id)
        return query, Campaign.code
    return query, getattr(Participant, attribute)
