"""Ideas in storage on every backend: the matrix against a direct computation, moderation rules,
ratings replaced not doubled, and erasure that leaves every count right."""

from __future__ import annotations

import asyncio
import random
import statistics
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from dialogs.organisers import decisions
from storage import ideas as repo
from storage import participants as people
from storage import participation
from storage.db import create_sessionmaker
from storage.models import Idea, Rating
from storage.participation import Group
from tests.ideas_data import NOW, add_idea, add_participant, add_rating


@pytest.fixture
def sessions(backend: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_sessionmaker(backend)


def test_an_axis_is_high_only_strictly_above_the_midpoint() -> None:
    assert repo.quadrant(3.0, 3.0, 3.0) == "POW"
    assert repo.quadrant(3.01, 3.0, 3.0) == "HOW"
    assert repo.quadrant(3.0, 3.01, 3.0) == "NOW"
    assert repo.quadrant(3.01, 3.01, 3.0) == "WOW"
    assert repo.quadrant(3.5, 3.5, 3.5) == "POW"
    assert repo.quadrant(3.6, 2.0, 3.5) == "HOW"


async def test_the_matrix_matches_a_direct_computation(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    rng = random.Random(2023)
    given: dict[str, list[tuple[int, int]]] = {}
    async with sessions() as session, session.begin():
        participants = [(await add_participant(session, f"p{n}")).id for n in range(300)]
        codes = [f"gen.{n}" for n in range(36)]
        ideas = {code: (await add_idea(session, code)).id for code in codes}
        hidden = (await add_idea(session, "gen.rejected")).id
        for code in codes:
            n = int(code.split(".")[1])
            # A few ideas around the minimum number of ratings, the rest with many.
            raters = rng.sample(participants, [3, 4, 5, 6][n] if n < 4 else rng.randint(20, 300))
            lean = (rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5))
            given[code] = [(_score(rng, lean[0]), _score(rng, lean[1])) for _participant in raters]
            for participant, (effectiveness, ease) in zip(raters, given[code], strict=True):
                await add_rating(session, ideas[code], participant, effectiveness, ease)
        # The boundary: a mean of exactly 3.0 is not high, on either axis.
        for code, pairs in {
            "edge.effective_at_3": [(2, 5), (4, 5), (3, 4), (3, 4), (3, 5), (2, 4), (4, 4)],
            "edge.easy_at_3": [(5, 3), (4, 2), (4, 4), (5, 3), (4, 3), (5, 3)],
            "edge.both_at_3": [(3, 3)] * 5,
        }.items():
            idea_id = (await add_idea(session, code)).id
            given[code] = pairs
            for participant, (effectiveness, ease) in zip(participants, pairs, strict=False):
                await add_rating(session, idea_id, participant, effectiveness, ease)
        # Rated, then taken out of the rating: its ratings stay with it, out of the matrix.
        await add_rating(session, hidden, participants[0], 5, 5)
        await repo.reject(session, hidden, "unclear", NOW)

    async with sessions() as session:
        scores = {score.code: score for score in await repo.matrix(session)}

    assert set(scores) == set(given)  # approved ideas only
    for code, pairs in given.items():
        score, n = scores[code], len(pairs)
        effectiveness = [e for e, _ in pairs]
        ease = [s for _, s in pairs]
        assert score.ratings == n
        assert score.effectiveness_mean == pytest.approx(statistics.mean(effectiveness))
        assert score.ease_mean == pytest.approx(statistics.mean(ease))
        assert score.effectiveness_sd == pytest.approx(statistics.stdev(effectiveness))
        assert score.ease_sd == pytest.approx(statistics.stdev(ease))
        expected = None
        if n >= 5:
            high_e, high_s = statistics.mean(effectiveness) > 3, statistics.mean(ease) > 3
            expected = {
                (True, True): "WOW",
                (True, False): "HOW",
                (False, True): "NOW",
                (False, False): "POW",
            }[(high_e, high_s)]
        assert score.quadrant == expected, code
    assert [scores[f"gen.{n}"].quadrant is None for n in range(4)] == [True, True, False, False]
    assert scores["edge.effective_at_3"].effectiveness_mean == 3.0
    assert scores["edge.effective_at_3"].quadrant == "NOW"
    assert scores["edge.easy_at_3"].ease_mean == 3.0
    assert scores["edge.easy_at_3"].quadrant == "HOW"
    assert scores["edge.both_at_3"].quadrant == "POW"
    assert scores["edge.both_at_3"].effectiveness_sd == 0.0
    assert {score.quadrant for score in scores.values()} >= {"WOW", "HOW", "NOW", "POW", None}


def _score(rng: random.Random, lean: float) -> int:
    return min(5, max(1, round(rng.gauss(3 + lean, 1.0))))


async def test_matrix_settings_area_and_time(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session, session.begin():
        raters = [(await add_participant(session, f"r{n}")).id for n in range(4)]
        idea = await add_idea(session, "city.1")
        other = await add_idea(session, "grass.1", area="grassroots")
        unrated = await add_idea(session, "city.2")
        for day, participant in enumerate(raters):
            await add_rating(session, idea.id, participant, 4, 2, NOW + timedelta(days=day))
    async with sessions() as session:
        default = {s.code: s for s in await repo.matrix(session)}
        lenient = {s.code: s for s in await repo.matrix(session, min_ratings=3, midpoint=1.5)}
        earlier = {s.code: s for s in await repo.matrix(session, until=NOW + timedelta(days=1))}
        city = await repo.matrix(session, area="city_policy")
    assert default["city.1"].quadrant is None  # four ratings: not enough yet
    assert lenient["city.1"].quadrant == "WOW"
    assert earlier["city.1"].ratings == 2
    assert default[other.code].ratings == 0 and default[other.code].effectiveness_mean is None
    assert default[unrated.code].effectiveness_sd is None
    assert {s.code for s in city} == {"city.1", "city.2"}


async def test_a_groups_matrix_counts_only_its_members_ratings(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    rng = random.Random(12)
    given: dict[str, list[tuple[int, int]]] = {}
    async with sessions() as session, session.begin():
        workshop = await participation.create_campaign(session, "Workshop", NOW, rng)
        members = []
        for n in range(40):
            participant = await add_participant(session, f"g{n}")
            if n % 3 == 0:
                participant.campaign_id = workshop.id
                members.append(participant.id)
        await session.flush()
        for code in ("city.1", "city.2", "city.3"):
            idea_id = (await add_idea(session, code)).id
            for participant in range(1, 41):
                if rng.random() < 0.7:
                    pair = (rng.randint(1, 5), rng.randint(1, 5))
                    await add_rating(session, idea_id, participant, *pair)
                    if participant in members:
                        given.setdefault(code, []).append(pair)
    async with sessions() as session:
        everyone = {s.code: s for s in await repo.matrix(session, min_ratings=3)}
        scores = await repo.matrix(
            session,
            min_ratings=3,
            raters=participation.members(Group(campaign=workshop.code)),
        )
    assert {s.code for s in scores} == {"city.1", "city.2", "city.3"}
    for score in scores:
        pairs = given[score.code]
        assert score.ratings == len(pairs) < everyone[score.code].ratings
        assert score.effectiveness_mean == pytest.approx(statistics.mean(e for e, _ in pairs))
        assert score.ease_sd == pytest.approx(statistics.stdev(s for _, s in pairs))


async def test_moderation_follows_the_rules(sessions: async_sessionmaker[AsyncSession]) -> None:
    later = NOW + timedelta(hours=2)
    async with sessions() as session, session.begin():
        author = await add_participant(session, "author")
        waiting = await repo.propose(
            session,
            author_id=author.id,
            area="grassroots",
            dimensions=["social"],
            language="uk",
            text="Спільний город",
            now=NOW,
        )
        target = await add_idea(session, "target")
        assert waiting.code == f"p{waiting.id}" and waiting.status == "waiting"

    async def refused(code: str, action: object) -> None:
        async with sessions() as session:
            with pytest.raises(repo.IdeaError) as error:
                await action(session)  # type: ignore[operator]
            assert error.value.code == code

    await refused("not_allowed", lambda s: repo.approve(s, target.id, later))
    await refused("bad_reason", lambda s: repo.reject(s, waiting.id, "boring", later))
    await refused("bad_target", lambda s: repo.merge(s, target.id, target.id, later))
    await refused("bad_target", lambda s: repo.merge(s, target.id, waiting.id, later))
    await refused("not_found", lambda s: repo.approve(s, 999_999, later))

    async with sessions() as session, session.begin():
        rejected = await repo.reject(session, waiting.id, "unclear", later)
        assert (rejected.status, rejected.reject_reason, rejected.reviewed_at) == (
            "rejected",
            "unclear",
            later,
        )
        approved = await repo.approve(session, waiting.id, later)
        assert (approved.status, approved.reject_reason) == ("approved", None)
        rater = await add_participant(session, "rater")
        await repo.rate(
            session, idea_id=waiting.id, participant_id=rater.id, effectiveness=5, ease=5, now=later
        )
        merged = await repo.merge(session, waiting.id, target.id, later)
        assert (merged.status, merged.merged_into_id) == ("merged", target.id)

    await refused("not_allowed", lambda s: repo.approve(s, waiting.id, later))
    await refused("not_allowed", lambda s: repo.merge(s, waiting.id, target.id, later))
    await refused("not_allowed", lambda s: repo.reject(s, waiting.id, "duplicate", later))
    async with sessions() as session:
        assert await repo.ideas_by_status(session) == {
            "waiting": 0,
            "approved": 1,
            "rejected": 0,
            "merged": 1,
        }
        # The merged idea keeps its rating and leaves the matrix; the target gains nothing.
        assert [(s.code, s.ratings) for s in await repo.matrix(session)] == [("target", 0)]
        kept = await session.scalar(select(func.count()).select_from(Rating))
    assert kept == 1


async def test_waiting_ideas_oldest_first(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session, session.begin():
        author = await add_participant(session, "author")
        for hour in (3, 1, 2):
            await repo.propose(
                session,
                author_id=author.id,
                area="attitudes",
                dimensions=[],
                language="pl",
                text=f"Pomysł {hour}",
                now=NOW + timedelta(hours=hour),
            )
        await add_idea(session, "seeded")
    async with sessions() as session:
        waiting = await repo.waiting_ideas(session, limit=2)
        assert [(await repo.idea_text(session, idea, "pl"))[0] for idea in waiting] == [
            "Pomysł 1",
            "Pomysł 2",
        ]


async def test_texts_translations_and_edits(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session, session.begin():
        author = await add_participant(session, "author")
        idea = await repo.propose(
            session,
            author_id=author.id,
            area="daily_life",
            dimensions=[],
            language="uk",
            text="Курси польскої",
            now=NOW,
        )
        seeded = await add_idea(session, "seeded", texts={"pl": "Kursy", "en": "Courses"})
    async with sessions() as session, session.begin():
        assert await repo.idea_text(session, idea, "pl") == ("Курси польскої", "uk")
        await repo.edit_text(session, idea.id, "uk", "  Курси польської  ")
        await repo.add_translation(session, idea.id, "pl", "Kursy polskiego")
        for code, action in [
            ("no_text", repo.edit_text(session, idea.id, "en", "Polish courses")),
            ("text_exists", repo.add_translation(session, idea.id, "pl", "Kursy")),
            ("empty_text", repo.add_translation(session, idea.id, "en", "   ")),
            ("bad_locale", repo.add_translation(session, idea.id, "English", "Courses")),
            ("seeded", repo.edit_text(session, seeded.id, "pl", "Kursy językowe")),
        ]:
            with pytest.raises(repo.IdeaError) as error:
                await action
            assert error.value.code == code
    async with sessions() as session:
        assert await repo.idea_text(session, idea, "uk") == ("Курси польської", "uk")
        assert await repo.idea_text(session, idea, "pl") == ("Kursy polskiego", "pl")
        assert await repo.idea_text(session, idea, "ru") == ("Курси польської", "uk")
        assert await repo.idea_text(session, seeded, "en") == ("Courses", "en")


async def test_a_rating_again_replaces_and_bad_ratings_are_refused(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session, session.begin():
        rater = await add_participant(session, "rater")
        idea = await add_idea(session, "idea")
        waiting = await add_idea(session, "waiting", status="waiting")
        assert await repo.rate(
            session, idea_id=idea.id, participant_id=rater.id, effectiveness=2, ease=3, now=NOW
        )
        assert not await repo.rate(
            session, idea_id=idea.id, participant_id=rater.id, effectiveness=5, ease=4, now=NOW
        )
        for code, idea_id, values in [
            ("bad_value", idea.id, (0, 3)),
            ("bad_value", idea.id, (3, 6)),
            ("not_approved", waiting.id, (3, 3)),
            ("not_found", 999_999, (3, 3)),
        ]:
            with pytest.raises(repo.IdeaError) as error:
                await repo.rate(
                    session,
                    idea_id=idea_id,
                    participant_id=rater.id,
                    effectiveness=values[0],
                    ease=values[1],
                    now=NOW,
                )
            assert error.value.code == code
    async with sessions() as session:
        rows = (await session.execute(select(Rating.effectiveness, Rating.ease))).all()
    assert [tuple(row) for row in rows] == [(5, 4)]


async def test_erasure_removes_ideas_and_ratings_and_counts_stay_right(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session, session.begin():
        leaving, staying, newcomer = [
            await add_participant(session, key) for key in ("leaving", "staying", "newcomer")
        ]
        shared = await add_idea(session, "shared")
        own = await repo.propose(
            session,
            author_id=leaving.id,
            area="grassroots",
            dimensions=[],
            language="pl",
            text="Mój pomysł",
            now=NOW,
        )
        await repo.approve(session, own.id, NOW)
        for participant in (leaving, staying):
            await repo.rate(
                session,
                idea_id=shared.id,
                participant_id=participant.id,
                effectiveness=5,
                ease=1,
                now=NOW,
            )
        await repo.rate(
            session, idea_id=own.id, participant_id=staying.id, effectiveness=4, ease=4, now=NOW
        )
    async with sessions() as session:
        assert await repo.unrated_ideas(session, newcomer.id) == {shared.id: 2, own.id: 1}
    async with sessions() as session, session.begin():
        gone = await session.get(type(leaving), leaving.id)
        assert gone is not None
        await people.erase_participant(session, gone)
    async with sessions() as session:
        assert [i.code for i in (await session.scalars(select(Idea))).all()] == ["shared"]
        assert await repo.unrated_ideas(session, newcomer.id) == {shared.id: 1}
        assert [(s.code, s.ratings, s.effectiveness_mean) for s in await repo.matrix(session)] == [
            ("shared", 1, 5.0)
        ]
        assert await repo.rating_progress(session, staying.id) == (1, 1)
        assert await session.scalar(select(func.count()).select_from(Rating)) == 1


async def test_of_two_organisers_deciding_one_idea_at_once_the_second_sees_the_first(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session, session.begin():
        idea_id = (await add_idea(session, "race.1", status="waiting")).id

    async def second_look() -> Idea | None:
        async with sessions() as second, second.begin():
            return await decisions.waiting_idea(second, idea_id)

    async with sessions() as first, first.begin():
        assert await decisions.waiting_idea(first, idea_id) is not None
        await repo.approve(first, idea_id, NOW)
        looking = asyncio.create_task(second_look())
        # While the first holds the idea the second cannot read it: it waits (however long the
        # machine takes, it cannot finish before the commit; unheld, it would have).
        finished, _ = await asyncio.wait({looking}, timeout=0.2)
        assert not finished
    assert await looking is None  # decided meanwhile: nothing left for the second to decide
