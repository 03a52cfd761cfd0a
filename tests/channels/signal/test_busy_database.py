"""A Signal message the database stays too busy to store is neither answered nor settled."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import migrate
from storage.busy import BusyRetry
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


async def test_it_stays_unsettled_for_the_next_start(
    dialogs: Dialogs, path: Path, tmp_path: Path, pauses: Pauses, caplog: pytest.LogCaptureFixture
) -> None:
    daemon = FakeSignalDaemon()
    await daemon.start()
    position = tmp_path / "signal-stream.position"
    bot = await start_signal_bot(dialogs, daemon, position=position)
    try:
        await bot.says(OLENA, "Привіт")
        handled = bot.channel.position.resume_after()
        sent, processed = len(daemon.sent), bot.channel.processed
        lock = WriteLock(path)
        daemon.receive(text_envelope(OLENA, "2"))
        await eventually(lambda: "left unhandled" in caplog.text)
        assert pauses.taken == [0.2, 0.5]
        lock.release()
        assert len(daemon.sent) == sent  # no "something went wrong"
        assert bot.channel.processed == processed
        assert position.read_text() == handled  # a restart resumes before it
    finally:
        await bot.stop()
        await daemon.stop()
