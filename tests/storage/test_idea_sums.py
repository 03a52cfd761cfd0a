"""The ideas' kept sums against a plain recomputation from the ratings, on every backend.

Random rating, new minds, erasures, merges, rejections, retakes and the retention purge, with a
seeded generator; after every step the matrix, the exports' scores, the digest's earlier view,
the counts behind the next idea to rate and the total of ratings must equal what the rating rows
themselves give. Raters of one idea at the same moment must all be counted, and the migration
sums the ratings given before it.
"""

from __future__ import annotations

import asyncio
import random
import statistics
from collections import defaultdict
from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, inspect, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage import ideas as repo
from storage import migrate, participation, survey
from storage import participants as people
from storage.db import create_engine, create_sessionmaker
from storage.models import Idea, Participant, Rating
from tests.ideas_data import NOW, add_idea, add_participant

Expected = dict[int, tuple[int, float | None, float | None, float | None, float | None]]


@pytest.fixture
def sessions(backend: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_sessionmaker(backend)


async def recomputed(session: AsyncSession, until: datetime | None = None) -> Expected:
    """Count, means and sample SDs per idea, from the rating rows and nothing else."""
    query = select(Idea.id, Rating.effectiveness, Rating.ease).outerjoin(
        Rating, Rating.idea_id == Idea.id
    )
    given: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for idea_id, effectiveness, ease in await session.execute(query):
        given[idea_id]  # every idea, rated or not
        if effectiveness is not None:
            given[idea_id].append((effectiveness, ease))
    if until is not None:
        later = select(Rating.idea_id, Rating.effectiveness, Rating.ease, Rating.rated_at)
        given = defaultdict(list, {idea_id: [] for idea_id in given})
        for idea_id, effectiveness, ease, rated_at in await session.execute(later):
            if rated_at <= until:
                given[idea_id].append((effectiveness, ease))
    found: Expected = {}
    for idea_id, pairs in given.items():
        axes = [[pair[0] for pair in pairs], [pair[1] for pair in pairs]]
        found[idea_id] = (
            len(pairs),
            *(statistics.mean(axis) if axis else None for axis in axes),
            *(statistics.stdev(axis) if len(axis) > 1 else None for axis in axes),
        )
    return found


def as_expected(scores: list[repo.IdeaScore]) -> Expected:
    return {
        score.idea_id: (
            score.ratings,
            score.effectiveness_mean,
            score.ease_mean,
            score.effectiveness_sd,
            score.ease_sd,
        )
        for score in scores
    }


def assert_same(got: Expected, want: Expected, step: str) -> None:
    assert got.keys() == want.keys(), step
    for idea_id, numbers in want.items():
        for have, should in zip(got[idea_id], numbers, strict=True):
            # None where a mean or SD is not defined yet, on both sides alike.
            assert (have is None) == (should is None), (step, idea_id, got[idea_id], numbers)
            if should is not None:
                assert have == pytest.approx(should, rel=1e-12, abs=1e-12), (step, idea_id)


async def check(session: AsyncSession, now: datetime, step: str) -> None:
    every = await recomputed(session)
    assert_same(as_expected(await repo.scores_of_all_ideas(session)), every, step)
    approved = set(await session.scalars(select(Idea.id).where(Idea.status == "approved")))
    matrix = as_expected(await repo.matrix(session))
    assert_same(matrix, {i: n for i, n in every.items() if i in approved}, step)
    earlier = now - timedelta(hours=5)
    before = {i: n for i, n in (await recomputed(session, earlier)).items() if i in approved}
    assert_same(as_expected(await repo.matrix(session, until=earlier)), before, step)
    # A newcomer has rated nothing: every approved idea's count is what the next idea needs.
    assert await repo.unrated_ideas(session, participant_id=0) == {
        i: every[i][0] for i in approved
    }, step
    assert await participation.ratings(session) == sum(n[0] for n in every.values()), step
    all_ratings = list(await session.scalars(select(Rating.rated_at)))
    assert await participation.ratings(session, until=earlier) == sum(
        1 for at in all_ratings if at < earlier
    ), step


async def test_the_sums_equal_a_recomputation_after_every_step(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    rng = random.Random(15)
    now = NOW
    async with sessions() as session, session.begin():
        raters = [(await add_participant(session, f"p{n}")).id for n in range(40)]
        ideas = [(await add_idea(session, f"seed.{n}")).id for n in range(10)]
        for author in raters[:3]:
            own = await repo.propose(
                session,
                author_id=author,
                area="city_policy",
                dimensions=[],
                language="uk",
                text="Ідея",
                now=now,
            )
            await repo.approve(session, own.id, now)
            ideas.append(own.id)
    done: dict[str, int] = defaultdict(int)
    most = 0
    for number in range(200):
        now += timedelta(hours=1)
        step = rng.choice(
            ["rate"] * 10 + ["erase", "merge", "reject", "approve", "retake", "purge"]
        )
        async with sessions() as session, session.begin():
            approved = list(await session.scalars(select(Idea).where(Idea.status == "approved")))
            rejected = list(await session.scalars(select(Idea).where(Idea.status == "rejected")))
            present = list(await session.scalars(select(Participant.id)))
            if step == "rate" and approved and present:
                idea = rng.choice(approved)
                rater = rng.choice([p for p in present if p != idea.author_id] or [None])
                if rater is not None:
                    first = await repo.rate(
                        session,
                        idea_id=idea.id,
                        participant_id=rater,
                        effectiveness=rng.randint(1, 5),
                        ease=rng.randint(1, 5),
                        now=now,
                    )
                    step = "rate" if first else "re-rate"
            elif step == "erase" and len(present) > 4:
                # Authors first, now and then: their ideas (and others' ratings of them) go too.
                leaving = rng.choice(present[:4] if rng.random() < 0.3 else present)
                gone = await session.get(Participant, leaving)
                assert gone is not None
                await people.erase_participant(session, gone)
            elif step == "merge" and len(approved) > 3:
                idea, target = rng.sample(approved, 2)
                await repo.merge(session, idea.id, target.id, now)
            elif step == "reject" and len(approved) > 3:
                await repo.reject(session, rng.choice(approved).id, "unclear", now)
            elif step == "approve" and rejected:
                await repo.approve(session, rng.choice(rejected).id, now)
            elif step == "retake" and present:
                await survey.start_response(session, rng.choice(present), 2, now)
            elif step == "purge":
                await survey.purge_superseded(session, now, 0)
            else:
                step = "nothing"
            done[step] += 1
        async with sessions() as session:
            await check(session, now, f"{number}: {step}")
            most = max(most, len(list(await session.scalars(select(Rating.id)))))
    # The walk went through every kind of step, with many ratings at a time.
    assert set(done) >= {
        "rate",
        "re-rate",
        "erase",
        "merge",
        "reject",
        "approve",
        "retake",
        "purge",
    }
    assert most > 40


async def test_raters_of_one_idea_at_the_same_moment_are_all_counted(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session, session.begin():
        raters = [(await add_participant(session, f"r{n}")).id for n in range(12)]
        idea = (await add_idea(session, "popular")).id

    async def rate(rater: int, value: int) -> None:
        async with sessions() as session, session.begin():
            await repo.rate(
                session,
                idea_id=idea,
                participant_id=rater,
                effectiveness=value,
                ease=6 - value,
                now=NOW,
            )

    # The first ratings of an idea at once, then new minds at once.
    await asyncio.gather(*(rate(rater, 1 + n % 5) for n, rater in enumerate(raters)))
    await asyncio.gather(*(rate(rater, 5 - n % 5) for n, rater in enumerate(raters)))
    async with sessions() as session:
        (score,) = await repo.matrix(session)
        assert_same(as_expected([score]), await recomputed(session), "at once")
        assert score.ratings == len(raters)


async def test_the_migration_sums_the_ratings_already_given(any_db_url: str) -> None:
    engine = create_engine(any_db_url)
    rng = random.Random(10)
    try:
        await migrate.upgrade(engine, "009_outbox")
        async with engine.begin() as connection:
            await connection.execute(
                insert(Participant.__table__),
                [{"id": p, "key": f"k{p}", "created_at": NOW} for p in range(1, 21)],
            )
            await connection.execute(
                insert(Idea.__table__),
                [
                    {
                        "id": i,
                        "code": f"old.{i}",
                        "area": "city_policy",
                        "dimensions": [],
                        "source": "workshops-2023",
                        "language": "pl",
                        "status": "approved",
                        "created_at": NOW,
                    }
                    for i in range(1, 5)
                ],
            )
            await connection.execute(
                insert(Rating.__table__),
                [
                    {
                        "idea_id": i,
                        "participant_id": p,
                        "effectiveness": rng.randint(1, 5),
                        "ease": rng.randint(1, 5),
                        "rated_at": NOW,
                    }
                    for i in range(1, 4)  # the fourth idea has no ratings yet
                    for p in rng.sample(range(1, 21), 3 + 5 * i)
                ],
            )
        await migrate.upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            assert_same(as_expected(await repo.matrix(session)), await recomputed(session), "up")
            assert (await repo.matrix(session))[0].ratings == 8
        await migrate.downgrade(engine, "009_outbox")
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        assert "idea_scores" not in tables
    finally:
        await engine.dispose()
