"""The survey's counts on every backend, checked against a direct count over the same answers.

A few hundred participants are generated with a seeded random: some retook the survey (their
earlier response must not count), some skipped questions, some came through a campaign, and a few
districts and age bands are small enough to be suppressed.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.app import open_app
from bot.settings import Settings
from storage import survey as store
from storage.db import create_sessionmaker
from storage.models import Campaign, Participant, SurveyAnswer, SurveyResponse
from storage.participation import EVERYONE, NOT_STATED, Attribute, Group

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PEOPLE = 300
DIMENSIONS = ("welfare", "economic", "legal", "cultural", "social")
NEEDS = ("first", "second", "third", "fourth", "other")
LOCALES = ("pl", "uk", "en", "ru")
# Weights make Ursynów and the oldest age band small groups.
DISTRICTS = {"wola": 10, "mokotow": 8, "praga": 5, "ursynow": 0.4, "undisclosed": 2, None: 1}
AGES = {"16_24": 4, "25_34": 6, "35_44": 5, "65_plus": 0.2, "undisclosed": 1, None: 1}
TIMES = {"under_1": 3, "1_2": 4, "over_5": 2, None: 1}
CAMPAIGNS = ("wola-2026", "online", None)
MIGRATION = {"yes": 6, "no": 2, "undisclosed": 1, None: 1}
# Groups the page can pick: everyone, one attribute, two at once, and "not stated".
GROUPS = (
    EVERYONE,
    Group(campaign="wola-2026"),
    Group(campaign=NOT_STATED),
    Group(language="uk", district="wola"),
    Group(migration="yes", campaign="online"),
    Group(district=NOT_STATED),
    Group(migration=NOT_STATED),
)
WINDOWS = [(None, None), (NOW - timedelta(days=30), None), (NOW - timedelta(days=45), NOW)]
MIN_COUNT = 10


@dataclass
class Person:
    id: int
    locale: str
    district: str | None
    campaign: str | None
    migration: str | None = None


@dataclass
class Taking:
    """One generated response and the answers in it, as the direct computation sees them."""

    person: Person
    current: bool
    completed_at: datetime | None
    profile: dict[str, str | None] = field(default_factory=dict)
    difficulty: dict[str, tuple[int | None, datetime]] = field(default_factory=dict)
    needs: dict[str, tuple[tuple[str, ...], datetime]] = field(default_factory=dict)


# A session on the generated database, what was generated, and the campaigns' ids by code.
Generated = tuple[AsyncSession, list[Taking], dict[str, int]]


def pick(rng: random.Random, weights: dict[str | None, float]) -> str | None:
    return rng.choices(list(weights), list(weights.values()))[0]


def generate(seed: int = 2026) -> list[Taking]:
    rng = random.Random(seed)
    # A stream of its own, so that the other draws stay what they were before it was added.
    experience = random.Random(seed + 1)
    takings: list[Taking] = []
    for _ in range(PEOPLE):
        person = Person(
            len(takings) + 1, rng.choice(LOCALES), pick(rng, DISTRICTS), rng.choice(CAMPAIGNS)
        )
        person.migration = pick(experience, MIGRATION)
        retook = rng.random() < 0.2
        for current in [False, True] if retook else [True]:
            completed = rng.random() < 0.7
            when = NOW - timedelta(days=rng.uniform(0, 90))
            taking = Taking(person, current, when + timedelta(minutes=5) if completed else None)
            taking.profile = {
                "profile.age": pick(rng, AGES),
                "profile.time_in_poland": pick(rng, TIMES),
            }
            for dimension in DIMENSIONS:
                roll = rng.random()
                if roll < 0.85:  # answered (or skipped: None); otherwise never reached
                    value = rng.randint(1, 5) if roll < 0.75 else None
                    taking.difficulty[dimension] = (
                        value,
                        when + timedelta(seconds=rng.randint(1, 9)),
                    )
                if rng.random() < 0.8:
                    chosen = tuple(n for n in NEEDS if rng.random() < 0.35)
                    taking.needs[dimension] = (chosen, when + timedelta(seconds=rng.randint(1, 9)))
            takings.append(taking)
    return takings


async def write(session: AsyncSession, takings: list[Taking]) -> dict[str, int]:
    """The generated takings as rows, in a few bulk inserts straight through the session."""
    campaigns = {code: number for number, code in enumerate(CAMPAIGNS, 1) if code}
    people: dict[int, Person] = {}
    for taking in takings:
        people.setdefault(id(taking.person), taking.person)
    responses, answers = [], []
    for number, taking in enumerate(takings, 1):
        person = taking.person
        responses.append(
            {
                "id": number,
                "participant_id": person.id,
                "survey_version": 1,
                "started_at": NOW - timedelta(days=100),
                "completed_at": taking.completed_at,
                "superseded_at": None if taking.current else NOW - timedelta(days=1),
            }
        )
        row = {"response_id": number, "participant_id": person.id, "survey_version": 1}
        blank = {"option_id": None, "value": None, "text": None, "skipped": False}
        for question, option in taking.profile.items():
            at = NOW - timedelta(days=95)
            answers.append(
                {
                    **row,
                    **blank,
                    "question_id": question,
                    "dimension": None,
                    "answered_at": at,
                    "option_id": option,
                    "skipped": option is None,
                }
            )
        for dimension, (value, at) in taking.difficulty.items():
            answers.append(
                {
                    **row,
                    **blank,
                    "question_id": f"{dimension}.difficulty",
                    "dimension": dimension,
                    "answered_at": at,
                    "value": value,
                    "skipped": value is None,
                }
            )
        for dimension, (chosen, at) in taking.needs.items():
            for option in chosen or (None,):
                answers.append(
                    {
                        **row,
                        **blank,
                        "question_id": f"{dimension}.needs",
                        "dimension": dimension,
                        "answered_at": at,
                        "option_id": option,
                        "skipped": option is None,
                    }
                )
    await session.execute(
        insert(Campaign),
        [{"id": n, "code": code, "name": code, "created_at": NOW} for code, n in campaigns.items()],
    )
    await session.execute(
        insert(Participant),
        [
            {
                "id": person.id,
                "key": f"{person.id:064d}",
                "locale": person.locale,
                "district": person.district,
                "migration_experience": person.migration,
                "campaign_id": campaigns.get(person.campaign or ""),
                "consent": "given",
                "created_at": NOW,
            }
            for person in people.values()
        ],
    )
    await session.execute(insert(SurveyResponse), responses)
    await session.execute(insert(SurveyAnswer), answers)
    return campaigns


@pytest.fixture
async def generated(backend: AsyncEngine) -> AsyncIterator[Generated]:
    takings = generate()
    async with create_sessionmaker(backend)() as session:
        async with session.begin():
            campaigns = await write(session, takings)
        yield session, takings, campaigns


# --- the direct computation -----------------------------------------------------------------------


def inside(at: datetime | None, since: datetime | None, until: datetime | None) -> bool:
    return at is not None and (since is None or at >= since) and (until is None or at < until)


def value_of(person: Person, attribute: Attribute) -> str:
    values = {
        "language": person.locale,
        "campaign": person.campaign,
        "district": person.district,
        "migration": person.migration,
    }
    return values[attribute] or NOT_STATED


def member(person: Person, group: Group) -> bool:
    return all(value_of(person, name) == value for name, value in group.chosen().items())


def counted(takings: list[Taking], group: Group = EVERYONE) -> list[Taking]:
    return [t for t in takings if t.current and member(t.person, group)]


Stats = tuple[int, float, dict[int, int]]


def direct_stats(values: dict[str, list[int]]) -> dict[str, Stats | None]:
    found: dict[str, Stats | None] = {}
    for dimension, given in values.items():
        distribution = {v: given.count(v) for v in range(1, 6)}
        found[dimension] = (len(given), sum(given) / len(given), distribution)
    return found


def direct_difficulty(
    takings: list[Taking], since: datetime | None, until: datetime | None
) -> dict[str, list[int]]:
    values: dict[str, list[int]] = defaultdict(list)
    for taking in takings:
        for dimension, (value, at) in taking.difficulty.items():
            if value is not None and inside(at, since, until):
                values[dimension].append(value)
    return values


def as_tuple(stats: store.DifficultyStats | None) -> Stats | None:
    if stats is None:
        return None
    assert stats.mean is not None
    return stats.respondents, pytest.approx(stats.mean), stats.distribution


def group_of(taking: Taking, attribute: str) -> str:
    if attribute == "locale":
        value = taking.person.locale
    elif attribute == "district":
        value = taking.person.district
    elif attribute == "campaign":
        value = taking.person.campaign
    else:
        value = taking.profile[attribute]
    return value or store.UNKNOWN


def suppressed(
    table: dict[str, dict[str, Stats | None]], min_count: int
) -> dict[str, dict[str, Stats | None]]:
    """Small groups hidden, then the next smallest until the hidden add up to min_count."""
    for dimension in DIMENSIONS:
        sizes = sorted(
            (stats[0], group) for group, row in table.items() if (stats := row.get(dimension))
        )
        hidden = [cell for cell in sizes if cell[0] < min_count]
        rest = [cell for cell in sizes if cell[0] >= min_count]
        while hidden and sum(n for n, _ in hidden) < min_count and rest:
            hidden.append(rest.pop(0))
        for _n, group in hidden:
            table[group][dimension] = None
    return table


# --- the checks: one generated database per test, every window and filter in it ------------------


async def test_difficulty_by_dimension(generated: Generated) -> None:
    session, takings, _campaigns = generated
    for (since, until), group in itertools.product(WINDOWS, GROUPS):
        found = await store.difficulty_by_dimension(session, since=since, until=until, group=group)
        expected = direct_stats(direct_difficulty(counted(takings, group), since, until))
        assert {d: as_tuple(s) for d, s in found.items()} == expected, (since, until, group)
        assert set(found) == set(DIMENSIONS)
        assert all(s.dimension == d for d, s in found.items())


def direct_needs(
    takings: list[Taking], since: datetime | None, until: datetime | None
) -> dict[str, dict[str, int]]:
    expected: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for taking in takings:
        for dimension, (chosen, at) in taking.needs.items():
            for option in chosen if inside(at, since, until) else ():
                expected[dimension][option] += 1
    return {d: dict(counts) for d, counts in expected.items()}


async def test_need_counts(generated: Generated) -> None:
    session, takings, _campaigns = generated
    for (since, until), group in itertools.product(WINDOWS, GROUPS):
        found = await store.need_counts(session, since=since, until=until, group=group)
        assert found == direct_needs(counted(takings, group), since, until), (since, until, group)


async def test_one_pass_counts_the_earlier_moment_too(generated: Generated) -> None:
    """The digest's previous figures come beside the current ones, from the same read."""
    session, takings, _campaigns = generated
    until, earlier = NOW, NOW - timedelta(days=20)
    for group in GROUPS:
        found = await store.survey_counts(session, until=until, earlier=earlier, group=group)
        members = counted(takings, group)
        assert {d: as_tuple(s) for d, s in found.difficulty.items()} == direct_stats(
            direct_difficulty(members, None, until)
        )
        assert {d: as_tuple(s) for d, s in found.earlier.items()} == direct_stats(
            direct_difficulty(members, None, earlier)
        )
        assert found.needs == direct_needs(members, None, until)


async def test_completions(generated: Generated) -> None:
    session, takings, _campaigns = generated
    for (since, until), group in itertools.product(WINDOWS, GROUPS):
        expected = sum(inside(t.completed_at, since, until) for t in counted(takings, group))
        found = await store.completions(session, since=since, until=until, group=group)
        assert found == expected, (since, until, group)


@pytest.mark.parametrize("attribute", ["language", "campaign", "district", "migration"])
async def test_respondents_by_attribute_within_a_group(
    generated: Generated, attribute: Attribute
) -> None:
    session, takings, _campaigns = generated
    for group in GROUPS:
        within = group.without(attribute)
        expected: dict[str, int] = defaultdict(int)
        for taking in counted(takings, within):
            expected[value_of(taking.person, attribute)] += 1
        found = await store.respondents_by(session, attribute, group=within)
        assert found == dict(expected), (attribute, within)


async def test_difficulty_by_attribute_suppresses_small_groups(generated: Generated) -> None:
    session, takings, _campaigns = generated
    for attribute, (since, until), min_count in itertools.product(
        store.ATTRIBUTES, WINDOWS[::2], (MIN_COUNT, 40)
    ):
        by_group: dict[str, list[Taking]] = defaultdict(list)
        for taking in counted(takings):
            by_group[group_of(taking, attribute)].append(taking)
        table = {
            group: direct_stats(direct_difficulty(members, since, until))
            for group, members in by_group.items()
        }
        expected = suppressed({g: row for g, row in table.items() if row}, min_count)
        found = await store.difficulty_by_attribute(
            session, attribute, since=since, until=until, min_count=min_count
        )
        as_found = {g: {d: as_tuple(s) for d, s in row.items()} for g, row in found.items()}
        assert as_found == expected, (attribute, since, until, min_count)
        if attribute in ("district", "profile.age"):
            cells = [stats for row in found.values() for stats in row.values()]
            assert None in cells and any(cells), "the data should exercise suppression"
    with pytest.raises(ValueError, match="religion"):
        await store.difficulty_by_attribute(session, "religion", min_count=MIN_COUNT)


# --- retention ------------------------------------------------------------------------------------


async def count_responses(session: AsyncSession) -> tuple[int, int]:
    responses = await session.scalar(select(func.count()).select_from(SurveyResponse))
    answers = await session.scalar(select(func.count()).select_from(SurveyAnswer))
    return responses or 0, answers or 0


async def superseded_pair(session: AsyncSession, now: datetime, days_ago: int) -> None:
    """A participant with a response superseded `days_ago` and a current one, an answer in each."""
    participant = Participant(key=f"{days_ago:064d}", created_at=now)
    session.add(participant)
    await session.flush()
    for superseded_at in (now - timedelta(days=days_ago), None):
        response = SurveyResponse(
            participant_id=participant.id,
            survey_version=1,
            started_at=now - timedelta(days=500),
            completed_at=None,
            superseded_at=superseded_at,
        )
        session.add(response)
        await session.flush()
        session.add(
            SurveyAnswer(
                response_id=response.id,
                participant_id=participant.id,
                survey_version=1,
                question_id="welfare.difficulty",
                dimension="welfare",
                value=3,
                skipped=False,
                answered_at=now - timedelta(days=500),
            )
        )
    await session.flush()


async def test_superseded_responses_are_kept_only_for_the_retention_period(
    backend: AsyncEngine,
) -> None:
    async with create_sessionmaker(backend)() as session, session.begin():
        await superseded_pair(session, NOW, days_ago=400)
        await superseded_pair(session, NOW, days_ago=100)
        assert await count_responses(session) == (4, 4)
        assert await store.purge_superseded(session, NOW, days=365) == 1
        assert await count_responses(session) == (3, 3)
        assert await store.purge_superseded(session, NOW, days=365) == 0
        assert await store.purge_superseded(session, NOW, days=30) == 1
        current = await session.scalar(
            select(func.count()).where(SurveyResponse.superseded_at.is_(None))
        )
        assert await count_responses(session) == (2, 2) and current == 2


async def test_the_bot_purges_at_start_up(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, survey_retention_days=365)  # type: ignore[call-arg]
    app = await open_app(settings)
    try:
        async with create_sessionmaker(app.engine)() as session, session.begin():
            await superseded_pair(session, datetime.now(UTC), days_ago=400)
    finally:
        await app.close()
    app = await open_app(settings)
    try:
        async with create_sessionmaker(app.engine)() as session:
            assert await count_responses(session) == (1, 1)
    finally:
        await app.close()
