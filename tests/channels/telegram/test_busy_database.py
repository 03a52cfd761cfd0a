"""An answer the database stays too busy to store is not confirmed to Telegram: it comes again.

Through aiogram's real HTTP client against the fake Bot API: in polling mode the offset stays
below the update, in webhook mode the answer is an error status, and the person is never told
"something went wrong" about an answer that will be taken in a moment later.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.telegram.adapter import CHANNEL
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import migrate
from storage.busy import BusyRetry
from storage.participants import get_participant
from tests.busy import Pauses, WriteLock, impatient_engine
from tests.channels.telegram import updates
from tests.channels.telegram.harness import RunningBot
from tests.channels.telegram.person import data_for
from tests.conftest import Clock, make_dialogs

ANSWERED = ["rights-privacy-notice", "onboarding-consent"]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "busy.sqlite3"


@pytest.fixture
async def engine(path: Path) -> AsyncIterator[AsyncEngine]:
    engine = impatient_engine(path)
    await migrate.upgrade(engine)
    yield engine
    await engine.dispose()


@pytest.fixture
def pauses() -> Pauses:
    return Pauses()


@pytest.fixture
def dialogs(engine: AsyncEngine, translator: Translator, clock: Clock, pauses: Pauses) -> Dialogs:
    return make_dialogs(engine, translator, clock, busy=BusyRetry((0.2, 0.5), sleep=pauses))


async def test_polling_does_not_confirm_it_and_takes_it_again(
    polling: RunningBot, path: Path, pauses: Pauses
) -> None:
    fake = polling.fake
    olena = polling.person(501, "uk")
    await olena.command("start")
    question = olena.question
    shown = len(fake.chats[501])
    lock = WriteLock(path)
    tap = updates.tap(olena.sender, question, data_for(question, "uk"))
    [update_id, then] = await fake.queue(tap, updates.text(olena.sender, "/help"))

    def asked_again() -> bool:
        offsets = [int(c.params.get("offset", 0)) for c in fake.sent("getUpdates")]
        return len(pauses.taken) >= 3 and offsets.count(update_id) >= 2

    await fake.until(asked_again)
    assert pauses.taken[:3] == [0.2, 0.5, 0.2]  # tried three times, then again when redelivered
    assert fake.confirmed <= update_id
    assert len(fake.chats[501]) == shown  # no "something went wrong"
    assert tap["callback_query"]["id"] not in fake.answers

    lock.release()
    await fake.until(lambda: fake.confirmed > then)
    assert polling.keys(update_id) == ANSWERED
    # Her next message waited behind the first and was answered after it, at the new question.
    assert polling.keys(then) == ["rights-help", ANSWERED[-1]]  # the question, not its preamble


async def test_a_webhook_call_gets_an_error_and_the_redelivery_is_answered(
    webhook: RunningBot, path: Path, pauses: Pauses
) -> None:
    fake = webhook.fake
    olena = webhook.person(501, "uk")
    await olena.command("start")
    question = olena.question
    shown = len(fake.chats[501])
    tap = updates.tap(olena.sender, question, data_for(question, "uk"))
    tap["update_id"] = 90_001
    lock = WriteLock(path)
    assert await fake.post_webhook(tap) == 503
    assert pauses.taken == [0.2, 0.5]
    assert len(fake.chats[501]) == shown
    assert tap["callback_query"]["id"] not in fake.answers

    lock.release()
    assert await fake.post_webhook(tap) == 200  # Telegram tries again later
    assert webhook.keys(90_001) == ANSWERED
    assert tap["callback_query"]["id"] in fake.answers


async def test_a_block_the_database_cannot_record_comes_again_until_it_is_recorded(
    polling: RunningBot, path: Path, pauses: Pauses, caplog: pytest.LogCaptureFixture
) -> None:
    fake = polling.fake
    olena = polling.person(503, "uk")
    await olena.command("start")
    lock = WriteLock(path)
    [blocked] = await fake.queue(updates.membership(olena.sender, 503, "member", "kicked"))

    def asked_again() -> bool:
        offsets = [int(c.params.get("offset", 0)) for c in fake.sent("getUpdates")]
        return len(pauses.taken) >= 2 and offsets.count(blocked) >= 2

    await fake.until(asked_again)
    assert fake.confirmed <= blocked  # not taken as done: nothing was recorded
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]

    lock.release()
    await fake.until(lambda: fake.confirmed > blocked)
    key = polling.dialogs.participant_key(CHANNEL, "503")
    async with polling.dialogs.sessionmaker() as session:
        participant = await get_participant(session, key)
    assert participant is not None and participant.stopped_at is not None  # no pushes to her
