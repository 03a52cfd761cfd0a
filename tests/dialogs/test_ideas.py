"""Proposing an idea, as a participant sees it, in every language; and what gets stored."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import LOCALES
from dialogs.messages import Choice
from storage import ideas as repo
from storage.db import create_sessionmaker
from tests.conftest import Clock, make_dialogs
from tests.ideas_data import stored_ideas
from tests.transcript import Person


async def at_menu(dialogs: Dialogs, locale: str = "uk", user: str = "author") -> Person:
    person = Person(dialogs, user_id=user, hint=locale)
    await person.onboard(language=locale, migration="no")
    assert person.question.key == "menu-main"
    return person


async def writing(dialogs: Dialogs, locale: str = "uk", area: str = "grassroots") -> Person:
    person = await at_menu(dialogs, locale)
    assert await person.taps("ideas") == ["ideas-area"]
    assert await person.taps(area) == ["ideas-dimension"]
    assert await person.taps("social") == ["ideas-write"]
    return person


@pytest.mark.parametrize("locale", LOCALES)
async def test_propose_an_idea_and_see_it_waiting(
    dialogs: Dialogs, engine: AsyncEngine, locale: str
) -> None:
    person = await at_menu(dialogs, locale)
    assert await person.taps("ideas") == ["ideas-area"]
    assert person.options == [
        "public_institutions",
        "daily_life",
        "culture_exchange",
        "participation",
        "grassroots",
        "attitudes",
        "city_policy",
        "mine",
        "menu",
    ]
    assert await person.taps("culture_exchange") == ["ideas-dimension"]
    assert person.options == ["welfare", "economic", "legal", "cultural", "social", "skip"]
    assert await person.taps("cultural") == ["ideas-write"]
    assert await person.says("Wieczory sąsiedzkie z kuchnią różnych krajów w domu kultury") == [
        "ideas-confirm"
    ]
    assert "Wieczory sąsiedzkie" in person.question.text
    # The first idea sent is when the bot asks, once, whether to tell what becomes of it.
    assert await person.taps("send") == ["ideas-sent", "outcomes-ask"]
    assert person.last[0].text == dialogs.translator(locale, "ideas-sent")
    assert person.options == ["updates_yes", "updates_no"]
    assert await person.taps("updates_no") == ["outcomes-saved-no", "menu-main"]

    [idea] = await stored_ideas(engine)
    assert (idea.status, idea.source, idea.language) == ("waiting", "participant", locale)
    assert (idea.area, idea.dimensions, idea.code) == (
        "culture_exchange",
        ["cultural"],
        f"p{idea.id}",
    )

    await person.taps("ideas")
    assert await person.taps("mine") == ["ideas-mine", "ideas-mine-item", "ideas-mine-next"]
    item = person.last[1].text
    assert "Wieczory sąsiedzkie" in item
    waiting = dialogs.translator(
        locale, "ideas-mine-item", idea="", status="waiting", reason="none"
    )
    assert item.endswith(waiting.strip().splitlines()[-1])
    assert await person.taps("new") == ["ideas-area"]


async def test_the_dimension_is_optional_and_rewriting_replaces_the_draft(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_menu(dialogs, "en")
    await person.taps("ideas")
    await person.taps("city_policy")
    assert await person.taps("skip") == ["ideas-write"]
    await person.says("A first draft that I do not like")
    assert await person.taps("rewrite") == ["ideas-write"]
    await person.says("Benches and shade in every courtyard")
    await person.taps("send")
    [idea] = await stored_ideas(engine)
    assert idea.dimensions == []
    async with create_sessionmaker(engine)() as session:
        assert await repo.idea_text(session, idea, "en") == (
            "Benches and shade in every courtyard",
            "en",
        )


async def test_contacts_are_masked_before_anything_is_stored(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await writing(dialogs, "pl")
    text = "Telefon zaufania dla najemców, dzwońcie +48 600 100 200 albo piszcie: jan@example.com"
    assert await person.says(text) == ["ideas-masked", "ideas-confirm"]
    assert "600" not in person.question.text and "example" not in person.question.text
    await person.taps("send")
    [idea] = await stored_ideas(engine)
    async with create_sessionmaker(engine)() as session:
        stored, _language = await repo.idea_text(session, idea, "pl")
    assert stored == "Telefon zaufania dla najemców, dzwońcie […] albo piszcie: […]"


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("", "input-empty"),
        ("   \n ", "input-empty"),
        ("ok", "ideas-too-short"),
        ("x" * 10_000, "ideas-too-long"),
        ("x" * 501, "ideas-too-long"),
    ],
)
async def test_an_unusable_idea_gets_a_kind_reply_and_nothing_is_stored(
    dialogs: Dialogs, engine: AsyncEngine, text: str, reply: str
) -> None:
    person = await writing(dialogs, "ru")
    replies = await person.send(person.inbound(text=text))
    assert [r.key for r in replies] == [reply, "ideas-write"]
    if reply == "ideas-too-long":
        assert "500" in replies[0].text
    assert await stored_ideas(engine) == []
    assert await person.says("Языковые тандемы в библиотеках района") == ["ideas-confirm"]


async def test_the_longest_idea_allowed_is_taken(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await writing(dialogs, "en")
    assert await person.says("y" * 500) == ["ideas-confirm"]
    await person.taps("send")
    assert len(await stored_ideas(engine)) == 1


@pytest.mark.parametrize("step", ["write", "confirm"])
async def test_cancelling_stores_nothing(dialogs: Dialogs, engine: AsyncEngine, step: str) -> None:
    person = await writing(dialogs, "uk")
    if step == "confirm":
        await person.says("Більше курсів польської мови ввечері")
    assert await person.taps("cancel") == ["ideas-cancelled", "menu-main"]
    assert await stored_ideas(engine) == []


async def test_forged_and_stale_options_change_nothing(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_menu(dialogs, "uk")
    await person.taps("ideas")
    areas = person.question
    forged = await person.send(person.inbound(choice=Choice("weather", areas.token or "")))
    assert [r.key for r in forged] == ["input-stale-option"]
    chosen = await person.send(person.inbound(choice=Choice("attitudes", areas.token or "")))
    assert [r.key for r in chosen] == ["ideas-dimension"]
    stale = await person.send(person.inbound(choice=Choice("grassroots", areas.token or "")))
    assert [r.key for r in stale] == ["input-stale-option"]
    person.last = chosen  # back to the question still open
    await person.taps("skip")
    await person.says("Кампанія проти мови ворожнечі в транспорті")
    await person.taps("send")
    [idea] = await stored_ideas(engine)
    assert idea.area == "attitudes"


async def test_new_ideas_are_limited_per_hour(
    engine: AsyncEngine, translator: object, clock: Clock
) -> None:
    dialogs = make_dialogs(engine, translator, clock, ideas_per_hour=2)  # type: ignore[arg-type]
    person = await at_menu(dialogs, "pl")
    for number in range(2):
        await person.taps("ideas")
        await person.taps("grassroots")
        await person.taps("skip")
        await person.says(f"Pomysł numer {number} na wspólne działania")
        if number == 0:
            assert await person.taps("send") == ["ideas-sent", "outcomes-ask"]
            assert await person.taps("updates_yes") == ["outcomes-saved-yes", "menu-main"]
        else:  # asked once, never again
            assert await person.taps("send") == ["ideas-sent", "menu-main"]
        clock.advance(minutes=10)
    await person.taps("ideas")
    # Said once, with the time of the next chance in Warsaw's time, and back to the menu.
    assert await person.taps("grassroots") == ["ideas-rate-limited", "menu-main"]
    assert "2" in person.last[0].text and "11:00" in person.last[0].text  # 10:00 UTC, CET
    clock.advance(minutes=41)  # the first idea is now more than an hour old
    await person.taps("ideas")
    assert await person.taps("grassroots") == ["ideas-dimension"]
    assert len(await stored_ideas(engine)) == 2


async def test_my_ideas_tell_what_organisers_decided(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await at_menu(dialogs, "en")
    await person.taps("ideas")
    assert await person.taps("mine") == ["ideas-mine", "ideas-mine-next"]
    assert person.last[0].text == dialogs.translator("en", "ideas-mine", ideas=0)
    for text in ("Free legal advice in every district", "More Polish classes at night"):
        await person.taps("new")
        await person.taps("daily_life")
        await person.taps("legal")
        await person.says(text)
        await person.taps("send")
        if person.question.key == "outcomes-ask":  # after the first idea only
            await person.taps("updates_no")
        await person.taps("ideas")
        await person.taps("mine")
    first, second = await stored_ideas(engine)
    async with create_sessionmaker(engine)() as session, session.begin():
        await repo.approve(session, first.id, first.created_at)
        await repo.reject(session, second.id, "duplicate", first.created_at)
    await person.taps("menu")
    await person.taps("ideas")
    await person.taps("mine")
    newest, oldest = person.last[1].text, person.last[2].text
    assert newest.startswith("More Polish classes") and "a very similar idea" in newest
    assert oldest.startswith("Free legal advice") and "approved" in oldest
