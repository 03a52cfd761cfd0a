"""Conversations over Signal: numbered options answered by number or words, commands as words,
groups, files and edits — the real channel against a fake signal-cli daemon."""

from __future__ import annotations

import base64
import json

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.messages import Inbound, Outbound
from storage.models import Participant, ProcessedUpdate
from tests.channels.signal.fake_daemon import data_message, envelope
from tests.channels.signal.harness import SignalBot, eventually

OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"
MAREK = "0b7e9a44-4f0e-4a55-9d0c-2f1f7d6a3c11"
OLENA_NUMBER = "+48600100200"


async def count(engine: AsyncEngine, model: type[Participant] | type[ProcessedUpdate]) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(select(func.count()).select_from(model)) or 0)


async def test_onboarding_in_ukrainian_by_numbers_with_help_on_the_way(
    signal_bot: SignalBot, dialogs: Dialogs, engine: AsyncEngine
) -> None:
    bot = signal_bot
    first = envelope(OLENA, OLENA_NUMBER, dataMessage=data_message("Привіт"))
    assert await bot.sends(first) == ["onboarding-language"]
    assert bot.options == ["pl", "uk", "en", "ru"]
    (question,) = bot.wire
    assert question.recipient == [OLENA]
    assert "1) Polski\n2) Українська\n3) English\n4) Русский" in question.message

    assert await bot.says(OLENA, "2") == ["rights-privacy-notice", "onboarding-consent"]
    # The notice rides with the question (in two parts if it is over Signal's size for one).
    consent = bot.wire[-1]
    assert "\n".join(sent.message for sent in bot.wire).startswith(bot.last[0].text[:200])
    assert "Signal" in bot.last[0].text and "псевдонімні" in bot.last[0].text
    assert "1) Так, погоджуюся" in consent.message

    assert await bot.says(OLENA, "1") == ["onboarding-consent-thanks", "onboarding-migration"]
    assert await bot.says(OLENA, "допомога") == ["rights-help", "onboarding-migration"]
    # Signal's wording: commands can be typed as words; then only the question again.
    assert bot.wire[0].message.startswith(
        dialogs.translator("uk", "rights-help", messenger="signal")
    )
    assert "мої дані" in bot.wire[0].message
    assert await bot.says(OLENA, "2") == ["onboarding-district"]
    assert await bot.says(OLENA, "17") == ["onboarding-done", "menu-main"]

    # Known by a keyed hash of the account UUID; the phone number is stored nowhere, and the
    # account UUID left the inbox with each handled message.
    async with engine.connect() as connection:
        (participant,) = (await connection.execute(select(Participant))).all()
        dump = [
            str(row)
            for table in (
                "participants",
                "conversation_states",
                "processed_updates",
                "signal_inbox",
            )
            for row in (await connection.execute(text(f"SELECT * FROM {table}"))).all()
        ]
    assert participant.key == dialogs.participant_key("signal", OLENA)
    assert (participant.locale, participant.district) == ("uk", "wola")
    assert not any(OLENA_NUMBER in row or OLENA in row for row in dump)


async def test_onboarding_in_polish_by_words_with_help_on_the_way(signal_bot: SignalBot) -> None:
    bot = signal_bot
    assert await bot.says(MAREK, "Dzień dobry") == ["onboarding-language"]
    assert await bot.says(MAREK, "polski") == ["rights-privacy-notice", "onboarding-consent"]
    assert await bot.says(MAREK, "TAK, zgadzam sie!") == [
        "onboarding-consent-thanks",
        "onboarding-migration",
    ]
    assert await bot.says(MAREK, "pomoc") == ["rights-help", "onboarding-migration"]
    assert await bot.says(MAREK, "Nie") == ["onboarding-district"]
    assert await bot.says(MAREK, "mokotow") == ["onboarding-done", "menu-main"]
    assert "Gotowe. Dziękujemy!" in bot.wire[0].message


async def test_my_data_arrives_as_a_json_file(signal_bot: SignalBot) -> None:
    bot = signal_bot
    for answer in ("Привіт", "2", "1", "1", "17"):
        await bot.says(OLENA, answer)
    keys = await bot.says(OLENA, "мої дані")
    assert "rights-mydata-file" in keys
    (with_file,) = [sent for sent in bot.wire if sent.attachments]
    header, data = with_file.attachments[0].split(",", 1)
    assert header == "data:application/json;filename=my-data.json;base64"
    assert json.loads(base64.b64decode(data))["participant"]["district"] == "wola"


async def test_a_group_gets_one_polite_word_in_private_and_nothing_is_stored(
    signal_bot: SignalBot, dialogs: Dialogs, engine: AsyncEngine
) -> None:
    bot = signal_bot
    group = {"groupId": "R3JvdXBJZA==", "type": "DELIVER"}
    for words in ("Привіт усім", "Бот, ти тут?"):
        assert (
            await bot.sends(envelope(OLENA, dataMessage=data_message(words, groupInfo=group))) == []
        )
        if words == "Привіт усім":
            (notice,) = bot.wire
            assert notice.recipient == [OLENA]  # to the person, not to the group
            assert notice.message == dialogs.translator("pl", "input-private-only")
        else:
            assert bot.wire == []
    assert await count(engine, Participant) == 0
    assert await count(engine, ProcessedUpdate) == 0


async def test_files_stickers_and_edits_get_a_word_and_the_question_again(
    signal_bot: SignalBot,
) -> None:
    bot = signal_bot
    await bot.says(OLENA, "Привіт")
    photo = {"contentType": "image/jpeg", "filename": "x.jpg", "id": "a1", "size": 1000}
    files = [
        data_message(None, attachments=[photo]),
        data_message("2", attachments=[photo]),
        data_message(None, sticker={"packId": "ab12", "stickerId": 3}),
    ]
    for message in files:
        assert await bot.sends(envelope(OLENA, dataMessage=message)) == [
            "input-unsupported",
            "onboarding-language",
        ]
    edit = {"targetSentTimestamp": 1, "dataMessage": data_message("2")}
    assert await bot.sends(envelope(OLENA, editMessage=edit)) == [
        "input-edited",
        "onboarding-language",
    ]
    # The question is unchanged: the file's caption and the edit did not answer it.
    assert await bot.says(OLENA, "2") == ["rights-privacy-notice", "onboarding-consent"]


async def test_receipts_typing_sync_and_deletions_pass_silently(
    signal_bot: SignalBot, engine: AsyncEngine
) -> None:
    bot = signal_bot
    quiet = [
        envelope(OLENA, receiptMessage={"when": 1, "isRead": True, "timestamps": [1]}),
        envelope(OLENA, typingMessage={"action": "STARTED", "timestamp": 1}),
        envelope(OLENA, syncMessage={"readMessages": [{"senderUuid": MAREK, "timestamp": 1}]}),
        envelope(OLENA, dataMessage=data_message(None, remoteDelete={"timestamp": 1})),
    ]
    for env in quiet:
        assert await bot.sends(env) == []
        assert bot.wire == []
    assert await count(engine, Participant) == 0


async def test_one_persons_quick_messages_are_answered_in_order(signal_bot: SignalBot) -> None:
    bot = signal_bot
    target = bot.channel.processed + 3
    for words in ("Привіт", "2", "1"):
        bot.daemon.receive(envelope(OLENA, dataMessage=data_message(words)))
    bot.daemon.receive(envelope(MAREK, dataMessage=data_message("Cześć")))
    await eventually(lambda: bot.channel.processed >= target + 1)
    await bot.sent()
    to_olena = [sent.message for sent in bot.daemon.sent if sent.recipient == [OLENA]]
    # One message each (the long notice may take two): a short text rides with its question.
    assert "1) Polski" in to_olena[0]
    assert [i for i, text in enumerate(to_olena) if "1) Так, погоджуюся" in text] == [
        len(to_olena) - 2
    ]
    assert "1) Так\n2) Ні" in to_olena[-1]


async def test_a_failure_in_the_dialogs_gets_an_apology(
    signal_bot: SignalBot, dialogs: Dialogs
) -> None:
    bot = signal_bot

    async def broken(inbound: Inbound) -> list[Outbound]:
        raise RuntimeError("the database is down")

    bot.recorder.handle = broken  # type: ignore[method-assign]
    assert await bot.says(OLENA, "Привіт") == []
    (apology,) = bot.wire
    assert apology.message == dialogs.translator("pl", "input-error")
    del bot.recorder.handle
    assert await bot.says(OLENA, "Привіт") == ["onboarding-language"]


async def test_delete_also_makes_signal_cli_forget_the_person(
    signal_bot: SignalBot, engine: AsyncEngine
) -> None:
    bot = signal_bot
    for answer in ("Привіт", "2", "1", "1", "17"):
        await bot.says(OLENA, answer)
    assert await bot.says(OLENA, "видалити") == ["rights-delete-confirm"]
    assert bot.daemon.forgotten == []
    assert await bot.says(OLENA, "1") == ["rights-deleted"]
    await eventually(lambda: bool(bot.daemon.forgotten))
    assert bot.daemon.forgotten == [(OLENA, True)]
    assert await count(engine, Participant) == 0
