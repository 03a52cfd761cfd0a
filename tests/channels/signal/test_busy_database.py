"""A Signal message that arrives while the database is too busy to store it is kept trying, not
answered "something went wrong", and answered once the database takes it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import migrate
from storage.busy import BusyRetry
from storage.models import SignalInboxEntry
from tests.busy import Pauses, WriteLock, impatient_engine
from tests.channels.signal.fake_daemon import FakeSignalDaemon, text_envelope
from tests.channels.signal.harness import eventually, start_signal_bot
from tests.conftest import Clock, make_dialogs

OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"


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


async def test_it_is_kept_and_answered_once_the_database_takes_it(
    dialogs: Dialogs, path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    daemon = FakeSignalDaemon()
    await daemon.start()
    bot = await start_signal_bot(dialogs, daemon)
    try:
        await bot.says(OLENA, "Привіт")
        sent = len(daemon.sent)
        lock = WriteLock(path)
        daemon.receive(text_envelope(OLENA, "2"))
        # Not even the inbox can keep it yet: the channel tries again and reads nothing more.
        await eventually(lambda: "inbox could not keep a message" in caplog.text)
        assert len(daemon.sent) == sent  # no "something went wrong"
        assert "Українська" not in caplog.text
        lock.release()
        await eventually(lambda: bot.channel.processed >= 2)
        await bot.sent()
        assert [o.key for o in bot.recorder.answers][-2:] == [
            "rights-privacy-notice",
            "onboarding-consent",
        ]
        assert await waiting(dialogs) == []
    finally:
        await bot.stop()
        await daemon.stop()


async def waiting(dialogs: Dialogs) -> list[object]:
    async with dialogs.sessionmaker() as session:
        return list((await session.scalars(select(SignalInboxEntry))).all())
