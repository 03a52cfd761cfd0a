"""SQLite writers of one process take turns in line, and a turn always comes back."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import migrate
from storage.busy import is_busy
from storage.db import (
    create_engine,
    create_read_only_sessionmaker,
    create_sessionmaker,
    one_statement_engine,
)
from storage.models import Campaign
from tests.busy import WriteLock, impatient_engine

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'queue.sqlite3'}")
    await migrate.upgrade(engine)
    yield engine
    await engine.dispose()


async def campaign_codes(engine: AsyncEngine) -> list[str]:
    async with create_read_only_sessionmaker(engine)() as session:
        return list(await session.scalars(select(Campaign.code).order_by(Campaign.id)))


async def add_campaign(engine: AsyncEngine, code: str, until: asyncio.Event | None = None) -> None:
    async with create_sessionmaker(engine)() as session, session.begin():
        session.add(Campaign(code=code, name=code, created_at=NOW))
        await session.flush()
        if until is not None:
            await until.wait()


async def warm(engine: AsyncEngine, connections: int) -> None:
    """Open the pool's connections beforehand, so that a writer asks for its turn as soon as it
    starts, with no connecting in between."""
    async with contextlib.AsyncExitStack() as stack:
        for _ in range(connections):
            await stack.enter_async_context(engine.connect())


async def until_waiting(engine: AsyncEngine, writers: int) -> None:
    """Until that many writers hold a connection: the first writes, the others are in line."""
    pool = engine.sync_engine.pool
    async with asyncio.timeout(10):
        while True:
            if pool.checkedout() >= writers:  # type: ignore[attr-defined]
                return
            await asyncio.sleep(0)


async def test_writers_go_in_the_order_they_came_while_readers_read(engine: AsyncEngine) -> None:
    await warm(engine, 5)
    done = asyncio.Event()
    first = asyncio.create_task(add_campaign(engine, "first", until=done))
    await until_waiting(engine, 1)
    later = []
    for code in ("second", "third", "fourth"):
        later.append(asyncio.create_task(add_campaign(engine, code)))
        await until_waiting(engine, 1 + len(later))
    # The first writer still holds its turn: nobody behind it has written, and reading is free.
    assert await campaign_codes(engine) == []
    assert not any(task.done() for task in later)
    done.set()
    await asyncio.gather(first, *later)
    assert await campaign_codes(engine) == ["first", "second", "third", "fourth"]


async def test_a_failed_transaction_gives_its_turn_back(engine: AsyncEngine) -> None:
    with pytest.raises(ZeroDivisionError):
        async with create_sessionmaker(engine)() as session, session.begin():
            session.add(Campaign(code="broken", name="broken", created_at=NOW))
            await session.flush()
            _ = 1 / 0
    await add_campaign(engine, "next")
    assert await campaign_codes(engine) == ["next"]


async def test_a_wait_longer_than_the_busy_timeout_is_busy(tmp_path: Path) -> None:
    engine = impatient_engine(tmp_path / "impatient.sqlite3")
    try:
        await migrate.upgrade(engine)
        done = asyncio.Event()
        holder = asyncio.create_task(add_campaign(engine, "holder", until=done))
        await until_waiting(engine, 1)
        with pytest.raises(DBAPIError) as caught:
            await add_campaign(engine, "impatient")
        assert is_busy(caught.value)  # so storage.busy tries the update again, later
        done.set()
        await holder
        await add_campaign(engine, "later")  # the line is free again
        assert await campaign_codes(engine) == ["holder", "later"]
    finally:
        await engine.dispose()


async def test_a_turn_comes_back_when_another_process_held_the_database(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    engine = impatient_engine(path)
    try:
        await migrate.upgrade(engine)
        other_process = WriteLock(path)
        with pytest.raises(DBAPIError) as caught:
            await add_campaign(engine, "refused")
        assert is_busy(caught.value)
        other_process.release()
        await add_campaign(engine, "accepted")  # not stuck behind the refused one's turn
        assert await campaign_codes(engine) == ["accepted"]
    finally:
        await engine.dispose()


async def test_a_write_of_one_statement_takes_its_turn_too(engine: AsyncEngine) -> None:
    await warm(engine, 5)
    done = asyncio.Event()
    first = asyncio.create_task(add_campaign(engine, "first", until=done))
    await until_waiting(engine, 1)

    async def rename() -> None:
        async with one_statement_engine(engine, read_only=False).begin() as connection:
            await connection.execute(update(Campaign).values(name="renamed"))

    renaming = asyncio.create_task(rename())
    await until_waiting(engine, 2)
    assert not renaming.done()
    done.set()
    await asyncio.gather(first, renaming)  # after the first committed: its row renamed too
    async with create_read_only_sessionmaker(engine)() as session:
        assert list(await session.scalars(select(Campaign.name))) == ["renamed"]
