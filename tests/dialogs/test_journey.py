"""The participant's whole journey, measured, and the forgiving input that decides whether people
finish: the exact inputs a migrant types on a cheap phone, in every language."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import LOCALES, Translator
from dialogs.text import mask_contacts
from storage.models import Participant, Rating
from tests.conftest import Clock, make_dialogs
from tests.dialogs.test_survey import tap_typical_path, type_typical_path
from tests.ideas_data import seed_bank
from tests.transcript import Person, Tally, keys

HAPPY_PATH_MAX_BOT_MESSAGES = 70
IDEA = {
    "pl": "Darmowe kursy polskiego wieczorem w bibliotekach",
    "uk": "Безкоштовні вечірні курси польської в бібліотеках",
    "en": "Free evening Polish classes in libraries",
    "ru": "Бесплатные вечерние курсы польского в библиотеках",
}


async def participant(engine: AsyncEngine) -> Participant | None:
    async with engine.connect() as connection:
        row = (await connection.execute(select(Participant))).first()
    return row  # type: ignore[return-value]


async def at_menu(dialogs: Dialogs, locale: str = "en", user: str = "p1") -> Person:
    person = Person(dialogs, user_id=user, hint=locale)
    await person.onboard(language=locale, migration="no")
    assert person.question.key == "menu-main"
    return person


# --- the happy path, counted ----------------------------------------------------------------------


async def walk(person: Person, tally: Tally, act: Callable[[str], Awaitable[None]]) -> None:
    """From the thanks after the survey: one idea, ten ratings, what others think."""
    await act("ideas")
    await act("grassroots")
    await act("skip")
    tally.answers += 1
    tally.read(await person.send(person.inbound(text=IDEA[person.hint or "en"])))
    await act("send")
    await act("rating")
    await act("all")
    for number in range(10):
        await act(str(2 + number % 4))
        await act(str(1 + number % 5))
    await act("stop")
    await act("results")
    assert person.question.key == "results-next"


async def typed_journey(person: Person, locale: str) -> Tally:
    tally = Tally()

    async def say(text: str) -> None:
        tally.answers += 1
        tally.read(await person.send(person.inbound(text=text)))

    async def choose(option_id: str) -> None:
        ids = [option.id for option in person.question.options]
        await say(str(ids.index(option_id) + 1))

    await say("Hi")
    await choose(locale)
    await choose("yes")
    await choose("yes")
    await say("Wola")
    tally.answers += 1  # "yes" to the survey: its replies are counted with the survey's
    await person.send(person.inbound(text="1"))
    survey = await type_typical_path(person)
    tally.add(survey)
    await walk(person, tally, choose)
    return tally


async def tapped_journey(person: Person, locale: str) -> Tally:
    tally = Tally()

    async def tap(option_id: str) -> None:
        tally.answers += 1
        await person.taps(option_id)
        tally.read(person.last)

    tally.answers += 1
    tally.read(await person.send(person.inbound(command="start")))
    for option_id in (locale, "yes", "yes", "wola"):
        await tap(option_id)
    tally.answers += 1  # "yes" to the survey: its replies are counted with the survey's
    await person.taps("yes")
    survey = await tap_typical_path(person)
    tally.add(survey)
    await walk(person, tally, tap)
    return tally


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_happy_path_fits_in_seventy_messages(
    engine: AsyncEngine, translator: Translator, clock: Clock, locale: str
) -> None:
    """Onboarding, the survey, one idea, ten ratings and the results, typed and tapped."""
    await seed_bank(engine)
    dialogs = make_dialogs(engine, translator, clock)
    typed = await typed_journey(
        Person(dialogs, user_id=f"typed-{locale}", hint=locale, channel="signal"), locale
    )
    tapped = await tapped_journey(
        Person(dialogs, user_id=f"tapped-{locale}", hint=locale, channel="telegram"), locale
    )
    print(
        f"\nhappy path ({locale}): typed {typed.answers} messages from the person, "
        f"{typed.messages} from the bot, {typed.characters} characters; tapped {tapped.answers} "
        f"taps and messages, {tapped.messages} new bot messages and {tapped.edits} edits, "
        f"{tapped.characters} characters"
    )
    assert typed.messages <= HAPPY_PATH_MAX_BOT_MESSAGES
    assert tapped.messages <= HAPPY_PATH_MAX_BOT_MESSAGES
    async with engine.connect() as connection:
        ratings = (await connection.execute(select(Rating))).all()
    assert len(ratings) == 20  # ten by each of the two people


# --- forgiving input --------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Praga Północ", "praga polnoc", "Прага Північ", "Прага-Север"])
async def test_a_district_typed_in_any_language_or_without_accents(
    dialogs: Dialogs, engine: AsyncEngine, typed: str
) -> None:
    person = Person(dialogs, user_id="d", hint="pl")
    await person.command("start")
    await person.taps("pl")
    await person.taps("yes")
    await person.taps("no")
    assert await person.says(typed) == ["onboarding-done", "menu-main"]
    found = await participant(engine)
    assert found is not None and found.district == "praga_polnoc"


@pytest.mark.parametrize("typed", ["𐩀", "፩", "7" * 5000, "١"])
async def test_digits_that_are_not_option_numbers_get_a_kind_word(
    dialogs: Dialogs, engine: AsyncEngine, typed: str, caplog: pytest.LogCaptureFixture
) -> None:
    person = await at_menu(dialogs, "uk")
    with caplog.at_level(logging.DEBUG):
        replies = await person.says(typed)
    assert replies[0] in ("input-choose-option", "input-number-out-of-range")
    assert replies[-1] == "menu-main"
    assert typed[:50] not in caplog.text


@pytest.mark.parametrize(
    ("locale", "typed"), [("pl", "1, 3, 5"), ("uk", "1 3 5"), ("en", "1,3"), ("ru", "1, 3")]
)
async def test_several_options_in_one_message(
    dialogs: Dialogs, engine: AsyncEngine, locale: str, typed: str
) -> None:
    person = Person(dialogs, user_id="m", hint=locale)
    await person.onboard(language=locale, migration="yes")
    await person.taps("skip")
    await person.taps("skip")
    assert person.question.key == "survey-pair"
    # On the dimension screen the first numbers are the scale: "1" is how easy, the rest needs.
    replies = await person.says(typed)
    assert replies[-1] == "survey-pair" and "survey-progress-topic" in replies


@pytest.mark.parametrize("word", ["stop", "koniec", "стоп"])
async def test_stop_typed_as_a_word_asks_first(
    dialogs: Dialogs, engine: AsyncEngine, word: str
) -> None:
    person = await at_menu(dialogs, "pl")
    assert await person.says(word) == ["rights-stop-confirm"]
    assert person.options == ["stop", "keep"]
    assert await person.taps("keep") == ["menu-main"]
    found = await participant(engine)
    assert found is not None and found.consent == "given"
    await person.says(word)
    assert await person.taps("stop") == ["rights-stopped"]
    found = await participant(engine)
    assert found is not None and found.consent == "withdrawn"


async def test_the_slash_command_stops_at_once(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await at_menu(dialogs, "pl")
    assert await person.command("stop") == ["rights-stopped"]


@pytest.mark.parametrize("word", ["start", "zacznij", "почати", "usuń"])
async def test_after_a_stop_the_command_words_still_work(
    dialogs: Dialogs, engine: AsyncEngine, word: str
) -> None:
    person = await at_menu(dialogs, "pl")
    await person.command("stop")
    replies = await person.says(word)
    if word == "usuń":
        assert replies == ["rights-delete-confirm"]
    else:
        assert replies == ["rights-privacy-notice", "onboarding-consent"]
        await person.taps("yes")
        # What they told us before is kept; they are only asked whether it is still right.
        assert keys(person.last) == ["onboarding-still-right"]
        assert "Wola" in person.question.text


@pytest.mark.parametrize("word", ["anuluj", "скасувати", "отмена", "cancel"])
async def test_cancel_words_leave_a_free_text_prompt(
    dialogs: Dialogs, engine: AsyncEngine, word: str
) -> None:
    person = await at_menu(dialogs, "en")
    await person.taps("ideas")
    await person.taps("grassroots")
    await person.taps("skip")
    assert person.question.key == "ideas-write"
    assert (await person.says(word))[-1] == "menu-main"
    person2 = await at_menu(dialogs, "en", user="p2")
    await person2.taps("ideas")
    await person2.taps("grassroots")
    await person2.taps("skip")
    assert (await person2.command("menu")) == ["menu-main"]


async def test_reopening_the_chat_resumes_where_the_person_was(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="r", hint="uk")
    await person.onboard(language="uk", migration="yes")
    await person.taps("25_34")
    assert await person.command("start") == ["start-resume", "survey-profile-time"]


@pytest.mark.parametrize(
    "kept",
    ["(oracle 20261129)", "29.11.2026", "w 2023 roku", "1 500 zł", "ul. Prosta 12/34", "12345678"],
)
def test_masking_keeps_dates_years_amounts_house_numbers_and_codes(kept: str) -> None:
    assert mask_contacts(kept) == kept


@pytest.mark.parametrize(
    "hidden", ["501 123 333", "+48 501123333", "22 123 45 67", "+380 67 123 4567", "a.b@x.pl"]
)
def test_masking_hides_phone_numbers_and_e_mail_addresses(hidden: str) -> None:
    assert mask_contacts(f"call {hidden} now") == "call […] now"


# --- honest texts ---------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", ["telegram", "signal"])
async def test_the_privacy_notice_is_honest_about_the_messenger(
    engine: AsyncEngine, translator: Translator, clock: Clock, locale: str, channel: str
) -> None:
    dialogs = make_dialogs(
        engine,
        translator,
        clock,
        organisation_name="Fundacja Przykład",
        organisation_contact="kontakt@example.org",
    )
    person = Person(dialogs, user_id="n", hint=locale, channel=channel)
    await person.command("start")
    notice = (await person.send(person.inbound(command="privacy"))) and person.last[0]
    assert notice.key == "rights-privacy-notice"
    text = notice.text
    assert "Fundacja Przykład" in text and "kontakt@example.org" in text
    assert "365" in text
    other = "Signal" if channel == "telegram" else "Telegram"
    assert other not in text
    never = {"pl": "anonimow", "uk": "анонімн", "en": "anonymous", "ru": "анонимн"}[locale]
    pseudo = {"pl": "pseudonimow", "uk": "псевдонімн", "en": "pseudonymous", "ru": "псевдоним"}
    assert pseudo[locale] in text
    # "anonymous" only ever in "not anonymous".
    assert text.count(never) == 1


async def test_help_on_telegram_never_says_type_in_the_terminal(
    translator: Translator,
) -> None:
    telegram = translator("en", "rights-help", messenger="telegram")
    signal = translator("en", "rights-help", messenger="signal")
    assert "terminal" not in telegram and "without the slash" not in telegram
    assert "without the slash" in signal


async def test_my_data_holds_ideas_drafts_ratings_and_the_stop(
    engine: AsyncEngine, translator: Translator, clock: Clock
) -> None:
    await seed_bank(engine)
    dialogs = make_dialogs(engine, translator, clock)
    person = await at_menu(dialogs, "en")
    await person.taps("ideas")
    await person.taps("grassroots")
    await person.taps("skip")
    await person.says(IDEA["en"])
    await person.taps("send")
    await person.taps("updates_yes")
    await person.taps("rating")
    await person.taps("all")
    await person.taps("4")
    await person.taps("2")
    await person.taps("stop")
    await person.taps("ideas")
    await person.taps("city_policy")
    await person.taps("skip")
    await person.says("A draft about benches in every park")
    replies = await person.send(person.inbound(command="mydata"))
    attachment = next(r.attachment for r in replies if r.attachment is not None)
    document = json.loads(attachment.content)
    assert document["ideas"][0]["idea"] == IDEA["en"]
    assert document["idea_draft"] == "A draft about benches in every park"
    (rating,) = document["ratings"]
    assert rating["idea"] and (rating["effectiveness"], rating["ease"]) == (4, 2)
    assert "stopped_at" in document["participant"]
    # The "yes" to news about the ideas, and the chat it goes to, are shown with the rest.
    (updates,) = document["update_preferences"]
    assert (updates["answer"], updates["address"]) == ("yes", "p1")
    summary = replies[0].text
    assert "news of what becomes of the ideas: yes, to this chat" in summary
    flat = json.dumps(document)
    for internal in ('"id"', '"participant_id"', '"idea_id"', '"author_id"', '"response_id"'):
        assert internal not in flat
