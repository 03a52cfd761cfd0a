"""Participant rights at any step: language, privacy, my data, delete, stop, help, menu."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from storage.models import Base
from tests.transcript import Person

LOCALES = ["pl", "uk", "en", "ru"]


async def onboarded(dialogs: Dialogs, locale: str, user: str = "p1") -> Person:
    person = Person(dialogs, user_id=user, hint=locale)
    await person.onboard(language=locale, migration="no", district="ochota")
    return person


@pytest.mark.parametrize("locale", LOCALES)
async def test_help_privacy_and_menu_anywhere(dialogs: Dialogs, locale: str) -> None:
    person = await onboarded(dialogs, locale)
    await person.taps("settings")
    assert await person.command("help") == ["rights-help", "menu-settings"]
    assert await person.command("privacy") == ["rights-privacy-notice", "menu-settings"]
    assert await person.command("menu") == ["menu-main"]


@pytest.mark.parametrize("locale", LOCALES)
async def test_language_change_returns_to_the_same_step(dialogs: Dialogs, locale: str) -> None:
    person = await onboarded(dialogs, locale)
    await person.taps("settings")
    assert await person.command("language") == ["rights-language-choose"]
    other = "en" if locale != "en" else "pl"
    assert await person.taps(other) == ["rights-language-changed", "menu-settings"]
    assert person.last[0].text == dialogs.translator(other, "rights-language-changed")


@pytest.mark.parametrize("locale", LOCALES)
async def test_mydata_shows_a_summary_and_a_json_file(dialogs: Dialogs, locale: str) -> None:
    person = await onboarded(dialogs, locale)
    replies = await person.send(person.inbound(command="mydata"))
    assert [r.key for r in replies] == ["rights-mydata-summary", "rights-mydata-file", "menu-main"]
    ochota = {"pl": "Ochota", "en": "Ochota", "uk": "Охота", "ru": "Охота"}[locale]
    assert f": {ochota}" in replies[0].text
    attachment = replies[1].attachment
    assert attachment is not None and attachment.filename == "my-data.json"
    document = json.loads(attachment.content)
    assert document["participant"]["district"] == "ochota"
    assert document["participant"]["locale"] == locale
    assert "key" not in document["participant"]


@pytest.mark.parametrize("locale", LOCALES)
async def test_delete_asks_then_erases_every_row(
    dialogs: Dialogs, engine: AsyncEngine, locale: str
) -> None:
    person = await onboarded(dialogs, locale)
    bystander = await onboarded(dialogs, "pl", user="someone-else")
    assert await person.command("delete") == ["rights-delete-confirm"]
    assert await person.taps("keep") == ["rights-delete-cancelled", "menu-main"]
    await person.command("delete")
    assert await person.taps("delete") == ["rights-deleted"]
    key = dialogs.participant_key("test", person.user_id)
    other_key = dialogs.participant_key("test", bystander.user_id)
    async with engine.connect() as connection:
        dumps = await connection.run_sync(lambda sync: _dump_every_table(sync))
    everything = "\n".join(dumps.values())
    assert key not in everything
    assert other_key in everything
    rows = [line for line in dumps["participants"].splitlines() if line]
    assert len(rows) == 1  # only the bystander is left
    # Coming back starts from scratch.
    assert await person.says("hello") == ["onboarding-language"]


def _dump_every_table(sync_connection: object) -> dict[str, str]:
    inspector = inspect(sync_connection)
    dumps = {}
    for table in Base.metadata.sorted_tables:
        assert table.name in inspector.get_table_names()
        rows = sync_connection.execute(table.select()).all()  # type: ignore[attr-defined]
        dumps[table.name] = "\n".join(str(tuple(row)) for row in rows)
    return dumps


async def test_deleted_participant_leaves_no_conversation_or_profile(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await onboarded(dialogs, "uk")
    await person.command("delete")
    await person.taps("delete")
    async with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in ("participants", "conversation_states"):
                count = (
                    await connection.exec_driver_sql(f"SELECT count(*) FROM {table.name}")
                ).scalar()
                assert count == 0, table.name


@pytest.mark.parametrize("locale", LOCALES)
async def test_stop_withdraws_consent_and_offers_delete(dialogs: Dialogs, locale: str) -> None:
    person = await onboarded(dialogs, locale)
    assert await person.command("stop") == ["rights-stopped"]
    assert "/delete" in person.last[0].text
    assert await person.says("1") == ["rights-not-participating"]
    assert await person.command("menu") == ["rights-not-participating"]
    assert await person.command("mydata") == ["rights-mydata-summary", "rights-mydata-file"]
    # Coming back: consent again, then only "is this still right?" about what they told us.
    assert await person.command("start") == ["rights-privacy-notice", "onboarding-consent"]
    assert await person.taps("yes") == ["onboarding-still-right"]
    assert person.options == ["yes", "change"]
    assert await person.taps("yes") == ["menu-main"]


async def test_rights_commands_as_words_in_every_language(dialogs: Dialogs) -> None:
    person = await onboarded(dialogs, "pl")
    for locale in LOCALES:
        word = dialogs.translator(locale, "command-help-words").split(",")[0]
        assert await person.says(word) == ["rights-help", "menu-main"], (locale, word)
        word = dialogs.translator(locale, "command-privacy-words").split(",")[0]
        assert await person.says(word.upper()) == ["rights-privacy-notice", "menu-main"], (
            locale,
            word,
        )


async def test_rights_during_onboarding(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="new", hint="uk")
    await person.command("start")
    await person.taps("uk")
    # The notice once: the question is asked again without its preamble.
    assert await person.command("privacy") == ["rights-privacy-notice", "onboarding-consent"]
    assert await person.command("language") == ["onboarding-language"]
    assert await person.taps("ru") == ["rights-privacy-notice", "onboarding-consent"]
