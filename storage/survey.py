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
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    Table,
    and_,
    bindparam,
    case,
    delete,
    distinct,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.db import on_connection
from storage.models import Campaign, Participant, SurveyAnswer, SurveyResponse
from storage.participation import (
    ATTRIBUTE_COLUMNS,
    EVERYONE,
    NOT_STATED,
    Attribute,
    Group,
    in_group,
)

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
    result: SurveyResponse | None = await session.scalar(
        _CURRENT_RESPONSE, {"participant": participant_id}
    )
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
    grouped: dict[str, list[Row[Any]]] = defaultdict(list)
    rows = await (await on_connection(session)).execute(_ANSWERS_OF, {"response": response_id})
    for row in rows:
        grouped[row.question_id].append(row)
    return {question_id: _answer(rows) for question_id, rows in grouped.items()}


def _answer(rows: list[Row[Any]]) -> Answer:
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
    rows = [
        {
            "response_id": response.id,
            "participant_id": response.participant_id,
            "survey_version": survey_version,
            "question_id": question_id,
            "dimension": dimension,
            "option_id": option_id,
            "value": answer.value,
            "text": answer.text,
            "skipped": answer.skipped,
            "answered_at": now,
        }
        for option_id in answer.options or (None,)
    ]
    await (await on_connection(session)).execute(_ADD_ANSWERS, rows)


async def forget_answers(
    session: AsyncSession, response_id: int, question_ids: Collection[str]
) -> None:
    if not question_ids:
        return
    values = {"response": response_id, "questions": list(question_ids)}
    await (await on_connection(session)).execute(_FORGET, values)


# Every survey step runs these: built once, as plain table statements (no objects to load or
# flush, and no statement or cache key worked out again on each answer).
_ANSWERS = cast(Table, SurveyAnswer.__table__)
_CURRENT_RESPONSE = (
    select(SurveyResponse)
    .where(
        SurveyResponse.participant_id == bindparam("participant"),
        SurveyResponse.superseded_at.is_(None),
    )
    .order_by(SurveyResponse.id.desc())
    .limit(1)
)
_ANSWERS_OF = (
    select(
        _ANSWERS.c.question_id,
        _ANSWERS.c.option_id,
        _ANSWERS.c.value,
        _ANSWERS.c.text,
        _ANSWERS.c.skipped,
    )
    .where(_ANSWERS.c.response_id == bindparam("response"))
    .order_by(_ANSWERS.c.id)
)
_ADD_ANSWERS = insert(_ANSWERS)
_FORGET = delete(_ANSWERS).where(
    _ANSWERS.c.response_id == bindparam("response"),
    _ANSWERS.c.question_id.in_(bindparam("questions", expanding=True)),
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


_people = func.count(distinct(SurveyAnswer.participant_id))


@dataclass(frozen=True)
class SurveyCounts:
    difficulty: dict[str, DifficultyStats]
    earlier: dict[str, DifficultyStats]  # the same, counting only answers before `earlier`
    needs: dict[str, dict[str, int]]  # per dimension, per need option: people who chose it


async def survey_counts(
    session: AsyncSession,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    earlier: datetime | None = None,
    group: Group = EVERYONE,
) -> SurveyCounts:
    """How hard each dimension is and which needs weigh most, in one pass over the answers.

    The digest's three figures (difficulty now, difficulty at the previous digest, needs now)
    come from one read instead of three: `earlier` counts, beside each group of answers, those
    given before it. The read follows `ix_survey_answers_counting`, in the groups' order.

    Rows are counted, not distinct people: a current response holds one row per question (one
    per chosen option of a multiple choice), since `save_answer` replaces what the response
    said before, and a participant has one current response, since `start_response` supersedes
    the others.
    """
    difficulty = and_(
        SurveyAnswer.question_id == SurveyAnswer.dimension + f".{DIFFICULTY}",
        SurveyAnswer.value.between(SCALE.start, SCALE.stop - 1),
    )
    needs = and_(
        SurveyAnswer.question_id == SurveyAnswer.dimension + f".{NEEDS}",
        SurveyAnswer.option_id.is_not(None),
    )
    before = (
        func.sum(case((SurveyAnswer.answered_at < earlier, 1), else_=0))
        if earlier is not None
        else literal(0)
    )
    groups = (
        SurveyAnswer.dimension,
        SurveyAnswer.question_id,
        SurveyAnswer.value,
        SurveyAnswer.option_id,
    )
    counted = (
        SurveyAnswer.skipped.is_(False),
        SurveyAnswer.dimension.is_not(None),
        or_(difficulty, needs),
        *_window(SurveyAnswer.answered_at, since, until),
    )
    if group.chosen():
        # Stream the counting index, keeping the answers of the group's current responses.
        # "+ 0" stops the database from fetching the answers response by response through
        # their own index instead: quicker for a small group, twice as slow as the stream for a
        # large one. This way any group costs about what everyone costs.
        responses = in_group(
            select(SurveyResponse.id).where(SurveyResponse.superseded_at.is_(None)),
            group,
            SurveyResponse.participant_id,
        )
        query = (
            select(*groups, func.count(), before)
            .where(*counted, (SurveyAnswer.response_id + 0).in_(responses))
            .group_by(*groups)
        )
    else:
        # Every answer, less those of superseded responses: the database streams the counting
        # index without looking up each answer's response, and looks up only the retaken few.
        # One statement, so that both parts see the same moment.
        superseded = select(SurveyResponse.id).where(SurveyResponse.superseded_at.is_not(None))
        parts = union_all(
            select(*groups, func.count().label("people"), before.label("before"))
            .where(*counted)
            .group_by(*groups),
            select(*groups, (-func.count()).label("people"), (-before).label("before"))
            .where(*counted, SurveyAnswer.response_id.in_(superseded))
            .group_by(*groups),
        ).subquery()
        keys = [parts.c[column.key] for column in groups]
        query = select(*keys, func.sum(parts.c.people), func.sum(parts.c.before)).group_by(*keys)
    now: list[tuple[str, int, int]] = []
    then: list[tuple[str, int, int]] = []
    chosen: dict[str, dict[str, int]] = defaultdict(dict)
    for dimension, question_id, value, option_id, people, people_before in await session.execute(
        query
    ):
        if not people:  # every answer of the kind was in a superseded response
            continue
        if question_id.endswith(f".{DIFFICULTY}"):
            now.append((dimension, value, int(people)))
            if people_before:
                then.append((dimension, value, int(people_before)))
        else:
            chosen[dimension][option_id] = int(people)
    return SurveyCounts(_stats(now), _stats(then), dict(chosen))


async def difficulty_by_dimension(
    session: AsyncSession,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    group: Group = EVERYONE,
) -> dict[str, DifficultyStats]:
    """Per dimension with any answer: how many said how hard it is, the spread and the mean."""
    counts = await survey_counts(session, since=since, until=until, group=group)
    return counts.difficulty


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
    group: Group = EVERYONE,
) -> dict[str, dict[str, int]]:
    """Per dimension, per need option: the number of people who chose it."""
    return (await survey_counts(session, since=since, until=until, group=group)).needs


async def respondents_by(
    session: AsyncSession, attribute: Attribute, *, group: Group = EVERYONE
) -> dict[str, int]:
    """People with a current response, by an attribute (labelled as `participation.by_attribute`
    labels it), among the group's participants."""
    if attribute == "campaign":
        label: Any = Campaign.code
    else:
        label = ATTRIBUTE_COLUMNS[attribute]
    query = select(label, func.count(distinct(SurveyResponse.participant_id))).where(
        SurveyResponse.superseded_at.is_(None)
    )
    query = in_group(query, group, SurveyResponse.participant_id)
    if not group.chosen():  # in_group joins the participants only when it narrows
        query = query.join(Participant, Participant.id == SurveyResponse.participant_id)
    if attribute == "campaign":
        query = query.outerjoin(Campaign, Campaign.id == Participant.campaign_id)
    counts: dict[str, int] = {}
    for value, people in await session.execute(query.group_by(label)):
        counts[value or NOT_STATED] = counts.get(value or NOT_STATED, 0) + int(people)
    return counts


async def completions(
    session: AsyncSession,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    group: Group = EVERYONE,
) -> int:
    """Current responses finished within the window."""
    query = select(func.count(SurveyResponse.id)).where(
        SurveyResponse.completed_at.is_not(None),
        SurveyResponse.superseded_at.is_(None),
        *_window(SurveyResponse.completed_at, since, until),
    )
    return await session.scalar(in_group(query, group, SurveyResponse.participant_id)) or 0


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
