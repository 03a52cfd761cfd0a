"""Onboarding transcripts: language, privacy notice, consent, two optional questions, menu."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from storage.models import Campaign, ConversationState, Participant
from tests.conftest import Clock
from tests.transcript import Person

LOCALES = ["pl", "uk", "en", "ru"]


async def participants(engine: AsyncEngine) -> list[Participant]:
    async with engine.connect() as connection:
        rows = await connection.execute(select(Participant))
        return list(rows)  # type: ignore[arg-type]


@pytest.mark.parametrize("locale", LOCALES)
async def test_full_onboarding_in_each_language(dialogs: Dialogs, locale: str) -> None:
    person = Person(dialogs, user_id=f"u-{locale}", hint=None)
    assert await person.command("start") == ["onboarding-language"]
    assert set(person.options) == {"pl", "uk", "en", "ru"}
    assert await person.taps(locale) == ["rights-privacy-notice", "onboarding-consent"]
    assert await person.taps("yes") == ["onboarding-consent-thanks", "onboarding-migration"]
    assert person.options == ["yes", "no", "undisclosed"]
    assert await person.taps("no") == ["onboarding-district"]
    assert person.options[-2:] == ["elsewhere", "undisclosed"]
    assert len(person.options) == 20
    assert await person.taps("mokotow") == ["onboarding-done", "menu-main"]
    assert person.options == ["survey", "ideas", "rating", "results", "outcomes", "settings"]


@pytest.mark.parametrize(
    ("locale", "greeting"),
    [
        ("pl", "Cześć"),
        ("uk", "Вітаємо"),
        ("en", "Hello"),
        ("ru", "Здравствуйте"),
    ],
)
async def test_each_locale_reads_real_text(dialogs: Dialogs, locale: str, greeting: str) -> None:
    person = Person(dialogs, user_id="reader", hint=locale)
    replies = await person.send(person.inbound(command="start"))
    assert greeting.casefold() in replies[0].text.casefold()
    await person.taps(locale)
    notice = person.last[0].text
    assert "/delete" in notice and "/mydata" in notice
    assert notice != ""


async def test_language_hint_speaks_first_and_the_list_keeps_its_order(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="hinted", hint="uk-UA")
    await person.command("start")
    # "1" is always the same language, whatever the messenger says.
    assert person.options == ["pl", "uk", "en", "ru"]
    assert person.question.text.startswith("Вітаємо")


async def test_belarusian_hint_asks_without_guessing(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="by", hint="be")
    await person.command("start")
    # No guess: the default locale speaks and the languages keep their usual order.
    assert person.options == ["pl", "uk", "en", "ru"]


async def test_any_first_message_starts_onboarding(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="hello", hint="en")
    assert await person.says("hello") == ["onboarding-language"]


async def test_language_can_be_typed_by_number_or_name(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="typist", hint="en")
    await person.command("start")
    assert await person.says("українська") == ["rights-privacy-notice", "onboarding-consent"]
    assert await person.says("1") == ["onboarding-consent-thanks", "onboarding-migration"]
    assert await person.says("1") == ["onboarding-district"]


async def test_refusal_keeps_only_the_refusal(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = Person(dialogs, user_id="no", hint="pl")
    await person.command("start")
    await person.taps("pl")
    assert await person.taps("no") == ["onboarding-consent-refused"]
    [participant] = await participants(engine)
    assert participant.consent == "refused"
    assert participant.migration_experience is None and participant.district is None
    async with engine.connect() as connection:
        assert (await connection.execute(select(ConversationState))).all() == []
    # Writing again changes nothing but says how to come back.
    assert await person.says("hej") == ["rights-not-participating"]
    # The language is known already: straight to the notice and the question.
    assert await person.command("start") == ["rights-privacy-notice", "onboarding-consent"]


async def test_consent_records_time_and_notice_version(
    dialogs: Dialogs, engine: AsyncEngine, clock: Clock
) -> None:
    person = Person(dialogs, user_id="yes", hint="en")
    await person.onboard(language="en", migration="undisclosed", district="undisclosed")
    [participant] = await participants(engine)
    assert participant.consent == "given"
    assert participant.consent_at == clock.now
    assert participant.consent_notice_version == 1
    assert participant.migration_experience == "undisclosed"
    assert participant.district == "undisclosed"
    assert participant.locale == "en"


async def test_campaign_link_tags_the_participant(
    dialogs: Dialogs, engine: AsyncEngine, clock: Clock
) -> None:
    async with engine.begin() as connection:
        await connection.execute(
            Campaign.__table__.insert().values(
                code="wola2026", name="Wola workshop", created_at=clock.now
            )
        )
    tagged = Person(dialogs, user_id="tagged", hint="uk")
    assert await tagged.command("start", "wola2026") == ["onboarding-language"]
    # Typed from a poster, the code may come in capitals (a phone's keyboard, or the reader).
    shouting = Person(dialogs, user_id="shouting", hint="uk")
    assert await shouting.command("start", " WOLA2026 ") == ["onboarding-language"]
    untagged = Person(dialogs, user_id="untagged", hint="uk")
    assert await untagged.command("start", "no-such-code") == ["onboarding-language"]
    rows = sorted(str(p.campaign_id) for p in await participants(engine))
    assert rows == ["1", "1", "None"]


async def test_menu_before_consent_keeps_onboarding(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="early", hint="ru")
    await person.command("start")
    assert await person.command("menu") == ["onboarding-finish-first", "onboarding-language"]


async def test_no_messenger_id_is_stored(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = Person(dialogs, user_id="telegram-987654321", hint="uk")
    await person.onboard(language="uk", migration="no")
    async with engine.connect() as connection:
        for table in ("participants", "conversation_states", "processed_updates"):
            dump = str((await connection.exec_driver_sql(f"SELECT * FROM {table}")).all())
            assert "987654321" not in dump, table


@pytest.mark.parametrize(
    ("locale", "yes"), [("pl", "tak"), ("uk", "Так"), ("en", "yes"), ("ru", "да")]
)
async def test_the_first_words_of_an_option_are_enough(
    dialogs: Dialogs, locale: str, yes: str
) -> None:
    person = Person(dialogs, user_id="typist", hint=locale)
    await person.command("start")
    await person.taps(locale)
    assert await person.says(yes) == ["onboarding-consent-thanks", "onboarding-migration"]
