"""Rating ideas as a participant does it: the order, skipping, stopping and resuming, changing a
rating, running out of ideas; and bad input, withdrawn ideas and double taps storing nothing wrong."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import LOCALES, Translator
from dialogs.messages import Choice
from storage import ideas as repo
from storage import migrate
from storage.db import create_engine, create_sessionmaker
from storage.models import ConversationState, Idea, Rating
from tests.conftest import Clock, make_dialogs
from tests.ideas_data import NOW, add_ideas, add_participant, stored_ratings
from tests.outbox import waiting_keys
from tests.transcript import Person

ATTITUDES = ("att.1", "att.2", "att.3")
CITY_POLICY = ("city.1", "city.2")


@pytest.fixture
async def ideas(engine: AsyncEngine) -> dict[str, int]:
    ids = await add_ideas(engine, *ATTITUDES, area="attitudes")
    ids.update(await add_ideas(engine, *CITY_POLICY, area="city_policy"))
    return ids


async def rating(dialogs: Dialogs, locale: str = "uk", user: str = "rater") -> Person:
    person = Person(dialogs, user_id=user, hint=locale)
    await person.onboard(language=locale, migration="no")
    assert await person.taps("rating") == ["rating-area"]
    return person


def on_screen(person: Person) -> str:
    """The code of the idea being rated (test ideas read "<code> [<locale>]")."""
    return person.question.text.split(" [")[0]


async def rate(person: Person, effectiveness: str, ease: str) -> list[str]:
    assert await person.taps(effectiveness) == ["rating-ease"]
    return await person.taps(ease)


@pytest.mark.parametrize("locale", LOCALES)
async def test_rate_every_idea_of_an_area(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int], locale: str
) -> None:
    person = await rating(dialogs, locale)
    assert person.options == [
        "all",
        "public_institutions",
        "daily_life",
        "culture_exchange",
        "participation",
        "grassroots",
        "attitudes",
        "city_policy",
        "menu",
    ]
    # The first rating ever comes with two lines on what the questions and quadrants mean.
    assert await person.taps("attitudes") == ["rating-explain", "rating-effectiveness"]
    assert "WOW" in person.last[0].text and "POW" in person.last[0].text
    assert person.options == ["1", "2", "3", "4", "5", "skip", "stop"]
    labels = [option.label for option in person.question.options]
    low, high = (
        dialogs.translator(locale, f"rating-effectiveness-{end}") for end in ("low", "high")
    )
    assert labels[0] == f"1 · {low}" and labels[4] == f"5 · {high}" and labels[1] == "2"
    assert person.question.text.splitlines()[0].endswith(f"[{locale}]")  # in their language
    offered = []
    for number, (effectiveness, ease) in enumerate([("5", "4"), ("2", "1"), ("4", "2")], 1):
        offered.append(on_screen(person))
        replies = await rate(person, effectiveness, ease)
        if number < 3:
            assert replies == ["rating-saved", "rating-effectiveness"]
        else:
            assert replies == ["rating-saved", "rating-done-area"]
        assert person.last[0].text == dialogs.translator(
            locale, "rating-saved", rated=number, total=3
        )
    assert sorted(offered) == list(ATTITUDES)
    assert person.options == ["area", "review", "menu"]
    given = dict(zip(offered, [(5, 4), (2, 1), (4, 2)], strict=True))
    assert await stored_ratings(engine) == [(code, *given[code]) for code in sorted(given)]

    assert await person.taps("area") == ["rating-area"]
    await person.taps("city_policy")
    await rate(person, "3", "3")
    assert await rate(person, "3", "3") == ["rating-saved", "rating-done-all"]
    assert person.last[1].text == dialogs.translator(locale, "rating-done-all")
    # Leaving the rating for the first time: may we tell what becomes of these ideas? (once)
    assert await person.taps("menu") == ["outcomes-ask"]
    assert await person.taps("updates_yes") == ["outcomes-saved-yes", "menu-main"]


async def test_fewest_ratings_first_random_among_equals(
    engine: AsyncEngine, translator: Translator, clock: Clock, ideas: dict[str, int]
) -> None:
    async with create_sessionmaker(engine)() as session, session.begin():
        others = [await add_participant(session, f"other{n}") for n in range(3)]
        for code, raters in {"att.1": 3, "att.2": 1, "city.1": 2, "city.2": 2}.items():
            for other in others[:raters]:
                await repo.rate(
                    session,
                    idea_id=ideas[code],
                    participant_id=other.id,
                    effectiveness=3,
                    ease=3,
                    now=NOW,
                )
    firsts = set()
    for seed_user in range(6):
        dialogs = make_dialogs(engine, translator, clock)
        dialogs.rng.seed(seed_user)
        person = await rating(dialogs, "en", user=f"rater{seed_user}")
        await person.taps("all")
        order = [on_screen(person)]
        while person.question.key == "rating-effectiveness":
            await person.taps("skip")
            if person.question.key == "rating-effectiveness":
                order.append(on_screen(person))
        assert order[0] == "att.3"  # no ratings yet
        assert order[1] == "att.2"  # one rating
        assert set(order[2:4]) == {"city.1", "city.2"}  # two each: random between them
        assert order[4] == "att.1"
        firsts.add(order[2])
    assert firsts == {"city.1", "city.2"}


async def test_skip_sets_an_idea_aside_for_this_round(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int]
) -> None:
    person = await rating(dialogs, "pl")
    await person.taps("attitudes")
    skipped = on_screen(person)
    assert await person.taps("skip") == ["rating-effectiveness"]
    assert on_screen(person) != skipped  # never the same idea twice in a row
    await rate(person, "4", "4")
    await person.taps("4")
    assert await person.taps("skip") == ["rating-done-skipped"]  # skipped at the second question
    assert person.options == ["again", "review", "menu"]
    rated = {code for code, *_ in await stored_ratings(engine)}
    assert len(rated) == 1
    assert await person.taps("again") == ["rating-effectiveness"]
    assert await rate(person, "1", "5") == ["rating-saved", "rating-effectiveness"]
    assert await rate(person, "2", "5") == ["rating-saved", "rating-done-area"]
    assert {code for code, *_ in await stored_ratings(engine)} == set(ATTITUDES)


async def test_stop_and_resume_after_a_restart(
    engine: AsyncEngine, translator: Translator, clock: Clock, ideas: dict[str, int]
) -> None:
    person = await rating(make_dialogs(engine, translator, clock), "ru")
    await person.taps("attitudes")
    await rate(person, "5", "5")
    idea = on_screen(person)
    assert await person.taps("2") == ["rating-ease"]

    # The bot restarts: new dialogs, same database; the open question still takes the answer.
    person.dialogs = make_dialogs(engine, translator, clock)
    assert await person.taps("3") == ["rating-saved", "rating-effectiveness"]
    assert (idea, 2, 3) in await stored_ratings(engine)

    pending = on_screen(person)
    assert await person.taps("stop") == ["rating-stopped", "outcomes-ask"]
    assert await person.taps("updates_no") == ["outcomes-saved-no", "menu-main"]
    person.dialogs = make_dialogs(engine, translator, clock)
    # Never locked into one area: the area choice comes first, with "change my ratings".
    assert await person.taps("rating") == ["rating-area"]
    assert "review" in person.options
    assert await person.taps("attitudes") == ["rating-resume", "rating-effectiveness"]
    assert on_screen(person) == pending
    assert await rate(person, "1", "1") == ["rating-saved", "rating-done-area"]
    assert len(await stored_ratings(engine)) == 3


async def test_a_half_rated_idea_waits_while_another_area_is_rated(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int]
) -> None:
    person = await rating(dialogs, "pl")
    await person.taps("attitudes")
    pending = on_screen(person)
    assert await person.taps("2") == ["rating-ease"]
    assert await person.taps("stop") == ["rating-stopped", "menu-main"]
    await person.taps("rating")
    assert await person.taps("city_policy") == ["rating-effectiveness"]
    assert on_screen(person) in CITY_POLICY
    assert await rate(person, "4", "4") == ["rating-saved", "rating-effectiveness"]
    assert await person.taps("stop") == ["rating-stopped", "outcomes-ask"]
    await person.taps("updates_no")
    await person.taps("rating")
    # Back in the first area: a fresh round there, the half-rated idea offered again.
    assert await person.taps("attitudes") == ["rating-effectiveness"]
    assert on_screen(person) in ATTITUDES
    assert pending in ATTITUDES


async def test_change_a_rating(
    dialogs: Dialogs, engine: AsyncEngine, clock: Clock, ideas: dict[str, int]
) -> None:
    person = await rating(dialogs, "en")
    await person.taps("city_policy")
    first = on_screen(person)
    await rate(person, "2", "2")
    clock.advance(minutes=1)
    await rate(person, "3", "3")
    assert await person.taps("review") == [
        "rating-review",
        "rating-earlier",
        "rating-effectiveness",
    ]
    assert on_screen(person) == first
    assert "2" in person.last[1].text
    assert await rate(person, "5", "4") == [
        "rating-changed",
        "rating-earlier",
        "rating-effectiveness",
    ]
    assert await person.taps("skip") == ["rating-done-reviewed"]
    assert (first, 5, 4) in await stored_ratings(engine)
    async with engine.connect() as connection:
        rows = (await connection.execute(select(Rating.id))).all()
    assert len(rows) == 2  # replaced, not added


async def test_own_ideas_are_not_offered_and_nothing_to_rate_is_said(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await rating(dialogs, "uk")
    assert await person.taps("all") == ["rating-done-none"]
    assert person.options == ["menu"]
    await person.taps("menu")
    await person.taps("ideas")
    await person.taps("grassroots")
    await person.taps("skip")
    await person.says("Спільний город біля школи для сусідів")
    assert await person.taps("send") == ["ideas-sent", "outcomes-ask"]
    await person.taps("updates_yes")
    async with create_sessionmaker(engine)() as session, session.begin():
        [own] = (await session.scalars(select(Idea))).all()
        await repo.approve(session, own.id, NOW)
    await person.taps("rating")
    assert await person.taps("all") == ["rating-done-none"]


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("9", "input-number-out-of-range"),
        ("0", "input-number-out-of-range"),
        ("дуже", "input-choose-option"),
    ],
)
async def test_a_rating_outside_the_scale_stores_nothing(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int], text: str, reply: str
) -> None:
    person = await rating(dialogs, "uk")
    await person.taps("attitudes")
    question = person.question
    assert await person.says(text) == [reply, "rating-effectiveness"]
    forged = await person.send(person.inbound(choice=Choice("6", question.token or "")))
    assert [r.key for r in forged] == ["input-stale-option"]
    assert await stored_ratings(engine) == []
    person.last = [question]
    assert await person.says("4") == ["rating-ease"]  # typed, the number is the rating itself


async def test_a_stale_button_cannot_rate_the_next_idea(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int]
) -> None:
    person = await rating(dialogs, "en")
    await person.taps("attitudes")
    await person.taps("5")
    old_ease = person.question
    await person.taps("5")
    late = await person.send(person.inbound(choice=Choice("1", old_ease.token or "")))
    assert [r.key for r in late] == ["input-stale-option"]
    assert [(e, s) for _code, e, s in await stored_ratings(engine)] == [(5, 5)]


@pytest.mark.parametrize("when", ["effectiveness", "ease"])
async def test_an_idea_withdrawn_meanwhile_is_not_rated(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int], when: str
) -> None:
    person = await rating(dialogs, "pl")
    await person.taps("attitudes")
    withdrawn = on_screen(person)
    if when == "ease":
        await person.taps("4")
    async with create_sessionmaker(engine)() as session, session.begin():
        await repo.reject(session, ideas[withdrawn], "duplicate", NOW)
    assert await person.taps("4") == ["rating-withdrawn", "rating-effectiveness"]
    assert on_screen(person) != withdrawn
    assert await stored_ratings(engine) == []


async def test_an_unknown_idea_in_the_state_is_passed_over(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int]
) -> None:
    person = await rating(dialogs, "en")
    await person.taps("attitudes")
    async with create_sessionmaker(engine)() as session, session.begin():
        state = await session.scalar(select(ConversationState))
        assert state is not None
        state.data = {**state.data, "rating.idea": 999_999}
    assert await person.taps("3") == ["rating-withdrawn", "rating-effectiveness"]
    assert on_screen(person) in ATTITUDES
    assert await stored_ratings(engine) == []


async def test_a_double_tap_or_a_redelivery_stores_one_rating(
    dialogs: Dialogs, engine: AsyncEngine, ideas: dict[str, int]
) -> None:
    person = await rating(dialogs, "uk")
    await person.taps("attitudes")
    await person.taps("4")
    token = person.question.token or ""
    taps = [person.inbound(choice=Choice("2", token)) for _ in range(2)]
    first, second = await asyncio.gather(*(dialogs.handle(tap) for tap in taps))
    assert sorted([[r.key for r in first][:1], [r.key for r in second][:1]]) == [
        ["input-stale-option"],
        ["rating-saved"],
    ]
    person.last = first if first[0].key == "rating-saved" else second
    await person.taps("3")
    redelivered = person.inbound(choice=Choice("3", person.question.token or ""))
    assert (await dialogs.handle(redelivered))[0].key == "rating-saved"
    queued = await waiting_keys(engine)
    # Re-delivered: nothing saved and nothing said again (its replies are in the outbox already).
    assert await dialogs.handle(redelivered) == []
    assert await waiting_keys(engine) == queued
    assert len(await stored_ratings(engine)) == 2


@pytest.mark.parametrize("same_update", [False, True], ids=["double-tap", "redelivery"])
async def test_two_workers_given_the_same_tap_store_one_rating(
    any_db_url: str, translator: Translator, clock: Clock, same_update: bool
) -> None:
    engines = [create_engine(any_db_url) for _ in range(2)]
    try:
        await migrate.upgrade(engines[0])
        await add_ideas(engines[0], *ATTITUDES, area="attitudes")
        workers = [make_dialogs(engine, translator, clock) for engine in engines]
        person = await rating(workers[0], "uk")
        await person.taps("attitudes")
        await person.taps("4")
        tap = person.inbound(choice=Choice("2", person.question.token or ""))
        taps = [tap, tap if same_update else person.inbound(choice=tap.choice)]
        replies = await asyncio.gather(*(w.handle(t) for w, t in zip(workers, taps, strict=True)))
        saved = [r for r in replies if r and r[0].key == "rating-saved"]
        [other] = [r for r in replies if not r or r[0].key != "rating-saved"]
        assert len(saved) == 1
        if same_update:  # the loser saves nothing and says nothing: the winner's replies stand
            assert other == []
            queued = [part for key in await waiting_keys(engines[0]) for part in key.split("+")]
            assert queued.count("rating-saved") == 1
        else:
            assert [r.key for r in other] == ["input-stale-option"]
        assert len(await stored_ratings(engines[0])) == 1
    finally:
        for engine in engines:
            await engine.dispose()
