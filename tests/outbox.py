"""Reading the outbox in tests: what is waiting to be sent, to whom, in order."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from dialogs.messages import Outbound
from dialogs.outbox import decode
from storage.db import READ_ONLY_OPTION
from storage.models import OutboxMessage


def reading(engine: AsyncEngine) -> AsyncConnection:
    """A connection that takes no write lock (SQLite), so polling holds up no one."""
    return engine.execution_options(**{READ_ONLY_OPTION: True}).connect()


async def waiting(engine: AsyncEngine, address: str | None = None) -> list[Outbound]:
    """Unsent messages (to one address, or to anyone), in the order they will go out."""
    query = (
        select(OutboxMessage.message)
        .where(OutboxMessage.sent_at.is_(None))
        .order_by(OutboxMessage.id)
    )
    if address is not None:
        query = query.where(OutboxMessage.address == address)
    async with reading(engine) as connection:
        messages = (await connection.execute(query)).scalars().all()
    return [decode(message) for message in messages if message is not None]


async def outbox_drained(engine: AsyncEngine, channel: str, within: float = 15.0) -> None:
    """Return once nothing is left unsent on `channel` (the sender runs in the background)."""
    query = select(func.count()).where(
        OutboxMessage.channel == channel, OutboxMessage.sent_at.is_(None)
    )
    async with asyncio.timeout(within):
        while True:
            async with reading(engine) as connection:
                if not (await connection.execute(query)).scalar():
                    return
            await asyncio.sleep(0.005)


async def waiting_keys(engine: AsyncEngine, address: str | None = None) -> list[str]:
    return [outbound.key for outbound in await waiting(engine, address)]
