"""The Signal inbox on every backend: kept once, handed out oldest first per sender, removed."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import inbox
from storage.db import create_sessionmaker
from storage.models import SignalInboxEntry

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"
MAREK = "0b7e9a44-4f0e-4a55-9d0c-2f1f7d6a3c11"
# Signal timestamps are milliseconds: beyond a 32-bit integer.
SENT = 1_795_000_000_000


async def test_kept_once_and_handed_out_in_arrival_order(backend: AsyncEngine) -> None:
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        assert await inbox.keep(session, MAREK, SENT + 5, '{"m": 1}', NOW)
        assert await inbox.keep(session, OLENA, SENT + 9, '{"o": 1}', NOW)
        assert await inbox.keep(session, OLENA, SENT + 1, '{"o": 2}', NOW)  # phone clocks drift
        assert not await inbox.keep(session, OLENA, SENT + 9, '{"o": 1}', NOW)
    async with sessions() as session, session.begin():
        assert await inbox.senders_waiting(session) == [MAREK, OLENA]
        first = await inbox.oldest(session, OLENA)
        assert first is not None and (first.envelope, first.sent_at) == ('{"o": 1}', SENT + 9)
        await inbox.remove(session, first.id)
    async with sessions() as session, session.begin():
        second = await inbox.oldest(session, OLENA)
        assert second is not None and second.envelope == '{"o": 2}'
        await inbox.remove(session, second.id)
        assert await inbox.oldest(session, OLENA) is None
        assert await inbox.senders_waiting(session) == [MAREK]
        # Handled and removed: the same message may be kept again (the dialogs deduplicate it).
        assert await inbox.keep(session, OLENA, SENT + 9, '{"o": 1}', NOW)
        assert await session.scalar(select(func.count()).select_from(SignalInboxEntry)) == 2
