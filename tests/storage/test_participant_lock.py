"""One participant's transactions queue across processes (each with its own engine and pool)."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import create_engine, create_sessionmaker
from storage.participants import lock_participant

WAITING = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")


async def until_someone_waits(engine: AsyncEngine) -> None:
    async with asyncio.timeout(15):
        while True:
            async with engine.connect() as connection:
                if await connection.scalar(WAITING):
                    return
            await asyncio.sleep(0.01)


async def test_a_second_process_waits_for_the_same_participant_only(backend: AsyncEngine) -> None:
    url = backend.url.render_as_string(hide_password=False)
    other = create_engine(url)
    first, second = create_sessionmaker(backend), create_sessionmaker(other)
    try:
        async with first() as holder, holder.begin():
            await lock_participant(holder, "olena")
            async with second() as session, session.begin():
                await lock_participant(session, "taras")  # someone else: no wait
            if backend.dialect.name != "postgresql":
                return  # one process: SQLite's write lock queues whole transactions
            waiter_done = asyncio.Event()

            async def waiter() -> None:
                async with second() as session, session.begin():
                    await lock_participant(session, "olena")
                    waiter_done.set()

            task = asyncio.create_task(waiter())
            await until_someone_waits(backend)
            assert not waiter_done.is_set()
        await task  # the holder committed: the waiter goes on
        assert waiter_done.is_set()
    finally:
        await other.dispose()
