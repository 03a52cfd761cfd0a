"""One participant's transactions queue across processes (each with its own engine and pool)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import create_engine, create_sessionmaker
from storage.participants import lock_participant, start_turn

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
WAITING = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")


async def until_someone_waits(engine: AsyncEngine) -> None:
    await until_waiting(engine, 1)


async def until_waiting(engine: AsyncEngine, count: int) -> None:
    async with asyncio.timeout(15):
        while True:
            async with engine.connect() as connection:
                if (await connection.scalar(WAITING) or 0) >= count:
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


async def test_a_turn_waits_for_the_same_participants_then_finds_a_redelivered_update_handled(
    backend: AsyncEngine,
) -> None:
    """On PostgreSQL a turn's lock and its update's claim are one statement: the claim must
    still come after the lock, so that a re-delivery handled meanwhile by another process is
    seen as handled, not taken again."""
    url = backend.url.render_as_string(hide_password=False)
    other = create_engine(url)
    first, second = create_sessionmaker(backend), create_sessionmaker(other)
    update, redelivery = "u" * 64, "u" * 64
    try:
        if backend.dialect.name != "postgresql":
            async with first() as session, session.begin():
                assert await start_turn(session, "olena", update, NOW)
            async with second() as session, session.begin():
                assert not await start_turn(session, "olena", redelivery, NOW)
                assert await start_turn(session, "olena", None, NOW)  # no key: nothing to claim
            return
        outcome: list[bool] = []
        async with first() as holder, holder.begin():
            assert await start_turn(holder, "olena", update, NOW)
            async with second() as session, session.begin():
                assert await start_turn(session, "taras", "t" * 64, NOW)  # someone else: no wait

            async def turn(update_key: str | None) -> None:
                async with second() as session, session.begin():
                    outcome.append(await start_turn(session, "olena", update_key, NOW))

            # Her next update, one with no key (nothing to claim), and the re-delivery: each
            # waits for her turn in progress.
            tasks = [asyncio.create_task(turn(key)) for key in ("n" * 64, None, redelivery)]
            await until_waiting(backend, 3)
            assert outcome == []
        await asyncio.gather(*tasks)  # the holder committed: the others go on, one at a time
        assert sorted(outcome) == [False, True, True]  # only the re-delivery was handled before
    finally:
        await other.dispose()
