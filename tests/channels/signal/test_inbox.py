"""The Signal inbox holds on to a message while the database cannot take it."""

from __future__ import annotations

import asyncio
import logging

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.signal.inbox import SignalInbox
from storage.db import create_sessionmaker
from storage.models import SignalInboxEntry
from tests.channels.signal.fake_daemon import text_envelope
from tests.channels.signal.harness import eventually

OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"


async def test_a_message_waits_for_the_database_rather_than_being_dropped(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    inbox = SignalInbox(create_sessionmaker(engine), retry_delay=0.01, max_retry_delay=0.05)
    envelope = text_envelope(OLENA, "Привіт")
    async with engine.begin() as connection:
        await connection.execute(text("ALTER TABLE signal_inbox RENAME TO signal_inbox_away"))

    with caplog.at_level(logging.WARNING):
        keeping = asyncio.create_task(inbox.keep(OLENA, envelope["timestamp"], envelope))
        await eventually(lambda: "could not keep a message" in caplog.text)
        assert not keeping.done()
        async with engine.begin() as connection:
            await connection.execute(text("ALTER TABLE signal_inbox_away RENAME TO signal_inbox"))
        assert await asyncio.wait_for(keeping, 5)

    async with engine.connect() as connection:
        (kept,) = (await connection.execute(select(SignalInboxEntry))).all()
    assert kept.sender == OLENA
    assert "Привіт" in kept.envelope
    assert "Привіт" not in caplog.text  # the log says what failed, never what was written
