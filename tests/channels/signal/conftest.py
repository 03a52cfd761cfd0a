"""A running Signal bot on a fresh database and a fresh fake daemon, per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from dialogs.engine import Dialogs
from tests.channels.signal.harness import SignalBot, running_signal_bot


@pytest.fixture
async def signal_bot(dialogs: Dialogs) -> AsyncIterator[SignalBot]:
    async with running_signal_bot(dialogs) as bot:
        yield bot
