"""Fixtures: the fake Bot API server, and the bot running against it in either mode."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from tests.channels.telegram.fake_server import FakeTelegram
from tests.channels.telegram.harness import RunningBot, running_bot


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.close()


@pytest.fixture(params=["polling", "webhook"])
async def telegram(
    request: pytest.FixtureRequest,
    fake: FakeTelegram,
    engine: AsyncEngine,
    dialogs: Dialogs,
    tmp_path: Path,
) -> AsyncIterator[RunningBot]:
    """The bot in polling and in webhook mode: the same test runs against both."""
    bot = await running_bot(fake, engine, dialogs, tmp_path, request.param)
    yield bot
    await bot.stop()


@pytest.fixture
async def polling(
    fake: FakeTelegram, engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path
) -> AsyncIterator[RunningBot]:
    bot = await running_bot(fake, engine, dialogs, tmp_path, "polling")
    yield bot
    await bot.stop()


@pytest.fixture
async def webhook(
    fake: FakeTelegram, engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path
) -> AsyncIterator[RunningBot]:
    bot = await running_bot(fake, engine, dialogs, tmp_path, "webhook")
    yield bot
    await bot.stop()
