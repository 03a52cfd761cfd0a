"""What became of the ideas: an organiser records it in the chat, people read it in the menu, and
/updates keeps or changes the answer to "may we tell you?", in every language."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import LOCALES, Translator
from dialogs.outcomes import notice, reminder
from storage import outcomes as repo
from storage.db import create_sessionmaker
from storage.models import AuditEntry, Idea, UpdatePreference
from storage.outcomes import Outcome
from tests.dialogs.test_journey import at_menu
from tests.digest import dataset
from tests.ideas_data import NOW, add_ideas
from tests.transcript import Person

MENU_WORD = {"pl": "menu", "uk": "меню", "en": "menu", "ru": "меню"}


async def preference(engine: AsyncEngine) -> UpdatePreference | None:
    async with create_sessionmaker(engine)() as session:
        return await session.scalar(select(UpdatePreference))


@pytest.mark.parametrize("locale", LOCALES)
async def test_updates_shows_the_answer_and_changes_it(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator, locale: str
) -> None:
    person = await at_menu(dialogs, locale)
    word = translator(locale, "command-updates-words").split(",")[0]
    assert await person.says(word) == ["outcomes-current"]
    assert person.question.text == translator(locale, "outcomes-current", answer="none")
    assert person.options == ["updates_yes", "updates_no", "back"]
    assert await person.taps("updates_yes") == ["outcomes-saved-yes", "menu-main"]
    found = await preference(engine)
    assert found is not None and (found.answer, found.channel, found.address) == (
        "yes",
        "test",
        "p1",
    )
    # From the settings menu, the same: "no" keeps no address.
    await person.taps("settings")
    assert await person.taps("updates") == ["outcomes-current"]
    assert person.question.text == translator(locale, "outcomes-current", answer="yes")
    assert await person.taps("updates_no") == ["outcomes-saved-no", "menu-settings"]
    found = await preference(engine)
    assert found is not None and (found.answer, found.address) == ("no", None)


async def test_updates_in_the_middle_of_the_survey_returns_to_the_question(
    dialogs: Dialogs,
) -> None:
    person = await at_menu(dialogs, "uk")
    await person.taps("survey")
    assert person.question.key == "survey-profile-age"
    assert await person.command("updates") == ["outcomes-current"]
    assert await person.taps("back") == ["survey-progress", "survey-profile-age"]


async def test_answering_on_the_thanks_screen_is_stored_and_not_asked_again(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_menu(dialogs, "pl")
    await person.taps("survey")
    while person.question.key != "survey-finished":
        await person.taps("skip" if "skip" in person.options else "next")
    assert person.options[:2] == ["updates_yes", "updates_no"]
    # A rights command in between shows the same screen, still asking.
    await person.command("help")
    assert person.options[:2] == ["updates_yes", "updates_no"]
    assert await person.taps("updates_no") == ["outcomes-saved-no", "survey-finished"]
    assert person.options == ["ideas", "rating", "answers", "menu"]
    found = await preference(engine)
    assert found is not None and found.answer == "no"


async def outcome_set_by_organiser(
    dialogs: Dialogs, engine: AsyncEngine, locale: str = "pl"
) -> tuple[int, str, Person]:
    """An organiser records "planned" for idea a1 in the chat, with a note in their language."""
    ideas = await add_ideas(engine, "a1", "a2")
    organiser = await dataset.organiser(dialogs, user_id="org", hint=locale)
    assert await organiser.taps("outcome") == ["outcomes-org-idea"]
    assert await organiser.says("a1") == ["outcomes-org-outcome"]
    assert organiser.options == ["planned", "in_progress", "done", "not_possible", "back"]
    assert await organiser.taps("planned") == ["outcomes-org-note"]
    assert await organiser.says("x" * (repo.NOTE_MAX_LENGTH + 1)) == [
        "outcomes-org-note-too-long",
        "outcomes-org-note",
    ]
    note = "Dzielnica otworzy kurs w marcu."
    assert await organiser.says(note) == ["outcomes-org-saved", "outcomes-org-translate"]
    assert organiser.options == [lang for lang in LOCALES if lang != locale] + ["back"]
    return ideas["a1"], note, organiser


async def test_an_organiser_records_an_outcome_translates_the_note_and_it_is_audited(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    idea_id, note, _organiser = await outcome_set_by_organiser(dialogs, engine)
    async with create_sessionmaker(engine)() as session:
        idea = await session.get(Idea, idea_id)
        assert idea is not None
        assert (idea.outcome, idea.outcome_language) == ("planned", "pl")
        assert await repo.notes_of(session, [idea_id]) == {idea_id: {"pl": note}}
        actions = [(e.action, e.target) for e in await session.scalars(select(AuditEntry))]
    assert ("outcome:planned", "a1") in actions


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_menu_lists_outcomes_in_the_readers_language(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator, locale: str
) -> None:
    reader = await at_menu(dialogs, locale, user="reader")
    assert await reader.taps("outcomes") == ["outcomes-list-empty"]
    await reader.taps("menu")
    await outcome_set_by_organiser(dialogs, engine)
    assert await reader.taps("outcomes") == ["outcomes-list", "outcomes-item", "outcomes-list-end"]
    item = reader.last[1].text
    assert f"a1 [{locale}]" in item  # the idea in the reader's language
    planned = translator(locale, "outcomes-name", outcome="planned")
    assert planned in item and "Dzielnica otworzy kurs w marcu." in item
    if locale != "pl":  # the note is only in Polish yet: shown so, and said so
        assert item.endswith(")")
    assert reader.options == ["menu"]


async def test_a_translated_note_is_shown_in_the_readers_language(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    _idea, _note, organiser = await outcome_set_by_organiser(dialogs, engine)
    assert await organiser.taps("uk") == ["organisers-translate-prompt"]
    assert await organiser.says("Район відкриє курс у березні.") == [
        "organisers-translated",
        "outcomes-org-translate",
    ]
    reader = await at_menu(dialogs, "uk", user="reader")
    await reader.taps("outcomes")
    assert "Район відкриє курс у березні." in reader.last[1].text
    assert "Dzielnica" not in reader.last[1].text


@pytest.mark.parametrize("locale", LOCALES)
def test_the_pushed_words_in_every_language(translator: Translator, locale: str) -> None:
    told = Outcome(
        idea_id=1,
        code="a1",
        area="city_policy",
        outcome="done",
        at=NOW,
        idea_language="pl",
        note_language="pl",
        texts={"pl": "Kursy polskiego", locale: f"Idea [{locale}]"},
        notes={"pl": "Gotowe od poniedziałku."},
    )
    message = notice(translator, locale, [told], "Europe/Warsaw", "signal")
    assert message.key == "outcomes-notice"
    assert f"Idea [{locale}]" in message.text and "Gotowe od poniedziałku." in message.text
    assert translator(locale, "outcomes-name", outcome="done") in message.text
    assert translator(locale, "outcomes-notice", ideas=1) in message.text
    words = translator(locale, "command-updates-words").split(",")[0].strip()
    assert words in message.text  # how to stop them, in the words that work on Signal
    nudge = reminder(translator, locale, "signal").text
    assert MENU_WORD[locale] in nudge
    assert translator(locale, "menu-option-survey") in nudge
