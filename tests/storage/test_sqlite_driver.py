"""The SQLite driver that fetches with the statement: every row comes, in order, however read;
a person's turn runs on the event loop's thread, and still waits for another process politely."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import migrate, sqlite_driver
from storage.db import (
    INLINE_OPTION,
    HeldReader,
    commit_without_waiting_for_disk,
    create_engine,
    create_quick_sessionmaker,
    create_read_only_sessionmaker,
    one_statement_engine,
)
from storage.models import Campaign
from storage.sqlite_driver import WAIT_FOR_DISK
from tests.busy import WriteLock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CODES = [f"c{n:03}" for n in range(25)]


@pytest.fixture
async def engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[AsyncEngine]:
    # A few rows per trip, so that results longer than one trip are the common case here.
    monkeypatch.setattr(sqlite_driver, "PREFETCH_ROWS", 4)
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'driver.sqlite3'}")
    await migrate.upgrade(engine)
    async with engine.begin() as connection:
        result = await connection.execute(
            insert(Campaign), [{"code": c, "name": c, "created_at": NOW} for c in CODES]
        )
        assert result.rowcount == len(CODES)
    yield engine
    await engine.dispose()


ORDERED = select(Campaign.code).order_by(Campaign.code)


async def test_a_result_longer_than_one_trip_comes_whole(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        assert list((await connection.execute(ORDERED)).scalars()) == CODES


async def test_a_streamed_result_comes_whole_in_parts(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        result = await connection.stream(ORDERED)
        parts = [[code for (code,) in part] async for part in result.partitions(3)]
    assert [code for part in parts for code in part] == CODES
    assert all(len(part) == 3 for part in parts[:-1])


async def test_a_stream_closed_early_leaves_the_database_usable(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        result = await connection.stream(ORDERED)
        assert await result.fetchmany(2) == [("c000",), ("c001",)]
        await result.close()
    async with engine.begin() as connection:
        await connection.execute(delete(Campaign).where(Campaign.code == "c000"))
    async with engine.connect() as connection:
        assert (await connection.execute(ORDERED)).scalars().first() == "c001"


async def test_counts_and_new_ids_are_those_of_the_statement(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        changed = await connection.execute(
            update(Campaign).where(Campaign.code < "c010").values(name="early")
        )
        added = await connection.execute(
            insert(Campaign).values(code="new", name="new", created_at=NOW)
        )
        newest = await connection.scalar(select(Campaign.id).where(Campaign.code == "new"))
    assert changed.rowcount == 10
    assert added.inserted_primary_key == (newest,)


def _write_elsewhere(database: str) -> None:
    """A write from another connection that does not wait for the lock."""
    other = sqlite3.connect(database, timeout=0)
    try:
        other.execute("UPDATE campaigns SET name = name WHERE code = 'c000'")
        other.commit()
    finally:
        other.close()


async def test_a_write_transaction_holds_the_lock_from_its_first_statement(
    engine: AsyncEngine,
) -> None:
    database = engine.url.database
    assert database is not None
    async with engine.begin() as connection:
        await connection.execute(ORDERED)  # reads only, yet the transaction began IMMEDIATE
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _write_elsewhere(database)
    _write_elsewhere(database)  # committed: the lock is gone


async def test_a_transaction_with_no_statement_leaves_nothing_open(engine: AsyncEngine) -> None:
    database = engine.url.database
    assert database is not None
    async with engine.begin():
        pass
    async with engine.connect() as connection:
        await connection.rollback()
        _write_elsewhere(database)
        assert (await connection.execute(ORDERED)).scalars().first() == "c000"


class Trips:
    """Counts the trips to the connections' own threads (aiosqlite's only way there)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        trip = aiosqlite.Connection._execute

        async def counted(connection: aiosqlite.Connection, *arguments: Any) -> Any:
            self.count += 1
            return await trip(connection, *arguments)  # type: ignore[no-untyped-call]

        monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)


async def a_turn(engine: AsyncEngine, code: str) -> list[str]:
    """A person's turn in miniature: reads, an update, an insert, and what it then reads."""
    async with create_quick_sessionmaker(engine)() as session, session.begin():
        codes = list(await session.scalars(ORDERED))
        await session.execute(update(Campaign).where(Campaign.code == codes[0]).values(name="x"))
        await session.execute(insert(Campaign).values(code=code, name=code, created_at=NOW))
        return list(await session.scalars(ORDERED))


async def test_a_quick_transaction_goes_to_the_thread_only_to_commit(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with engine.connect():  # the pool's connection opened beforehand
        pass
    trips = Trips(monkeypatch)
    seen = await a_turn(engine, "zzz")  # more rows than one fetch (PREFETCH_ROWS is 4 here)
    assert seen == [*CODES, "zzz"]
    assert trips.count == 1  # the COMMIT, which waits for the disk
    async with engine.connect() as connection:
        assert (await connection.execute(ORDERED)).scalars().all() == seen
        assert trips.count > 1  # other work still goes to the thread


async def test_a_failed_quick_transaction_leaves_nothing_behind(engine: AsyncEngine) -> None:
    with pytest.raises(IntegrityError):
        await a_turn(engine, "c001")  # that code is taken
    async with engine.connect() as connection:
        assert (await connection.execute(ORDERED)).scalars().all() == CODES
        names = await connection.scalars(select(Campaign.name).where(Campaign.code == "c000"))
        assert names.all() == ["c000"]
    assert await a_turn(engine, "new") == [*CODES, "new"]  # the connection is fine after it


async def test_a_quick_transaction_waits_for_another_process_without_holding_up_others(
    tmp_path: Path,
) -> None:
    """Another process writing: the wait (SQLite's busy handler) must not stop the event loop,
    or nothing else would run until it gave up: here, not even the release of the lock."""
    path = tmp_path / "waits.sqlite3"
    engine = create_engine(f"sqlite+aiosqlite:///{path}", sqlite_busy_timeout_ms=3000)
    try:
        await migrate.upgrade(engine)
        async with engine.begin() as connection:
            await connection.execute(insert(Campaign).values(code="a", name="a", created_at=NOW))
        lock = WriteLock(path)
        turn = asyncio.create_task(a_turn(engine, "b"))
        for _ in range(20):  # the loop runs on while the turn waits
            await asyncio.sleep(0)
        assert not turn.done()
        lock.release()
        assert await turn == ["a", "b"]
        async with engine.connect() as connection:  # the pool's one connection, as it was
            waits = await connection.scalar(text("PRAGMA busy_timeout"))
        assert waits == 3000
    finally:
        await engine.dispose()


async def test_a_look_on_its_own_takes_no_trip_and_a_write_on_its_own_still_does(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The outbox sender's look runs where it is awaited; a write run on its own commits by
    itself, and that commit waits for the disk: on the connection's thread."""
    held = HeldReader(engine)
    try:
        await held.run(lambda connection: connection.execute(ORDERED))  # connected
        trips = Trips(monkeypatch)
        result = await held.run(lambda connection: connection.execute(ORDERED))
        assert result.scalars().all() == CODES
        assert trips.count == 0
    finally:
        await held.close()
    writing = one_statement_engine(engine, read_only=False).execution_options(
        **{INLINE_OPTION: True}
    )
    async with writing.begin() as connection:
        await connection.execute(update(Campaign).values(name="y"))
    assert trips.count == 1


def synchronous(connection: sqlite3.Connection) -> int:
    (setting,) = connection.execute("PRAGMA synchronous").fetchone()
    return int(setting)


async def test_a_mark_commits_without_waiting_for_the_disk_and_answers_still_wait(
    engine: AsyncEngine,
) -> None:
    statements: list[str] = []
    async with one_statement_engine(engine, read_only=False).begin() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        raw._conn.set_trace_callback(statements.append)
        await commit_without_waiting_for_disk(connection)
        await connection.execute(update(Campaign).values(name="sent"))
    # The one write between the two settings, in its own trip; FULL again for what follows.
    assert [s.split()[0] for s in statements] == ["PRAGMA", "UPDATE", "PRAGMA"]
    assert (statements[0], statements[2]) == ("PRAGMA synchronous=NORMAL", WAIT_FOR_DISK)
    statements.clear()
    assert await a_turn(engine, "zzz")  # on the same connection, the pool's only one
    raw._conn.set_trace_callback(None)
    assert any(s.startswith("UPDATE") for s in statements)
    assert not any("synchronous" in s for s in statements)
    assert synchronous(raw._conn) == 2  # FULL: a turn's commit waits for the disk


async def test_skipping_the_disk_inside_a_transaction_is_refused(engine: AsyncEngine) -> None:
    """SQLite would keep the setting for the connection's later commits, answers among them."""
    with pytest.raises(RuntimeError, match="only a statement run on its own"):
        async with engine.begin() as connection:
            await commit_without_waiting_for_disk(connection)
            await connection.execute(update(Campaign).values(name="lost"))
    async with engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        names = await connection.scalars(select(Campaign.name).distinct())
        assert "lost" not in names.all()
    assert synchronous(raw._conn) == 2


async def test_a_quick_read_takes_no_trip_and_holds_up_no_writer(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A projector's look at its room: run where it is awaited, beginning to end, and a read
    (another connection writes meanwhile)."""
    database = engine.url.database
    assert database is not None
    async with engine.connect():  # the pool's connection opened beforehand
        pass
    trips = Trips(monkeypatch)
    async with create_read_only_sessionmaker(engine, quick=True)() as session:
        assert list(await session.scalars(ORDERED)) == CODES
        other = sqlite3.connect(database, timeout=0)
        other.execute("INSERT INTO campaigns (code, name, created_at) VALUES ('new', 'n', '')")
        other.commit()
        other.close()
        assert list(await session.scalars(ORDERED)) == CODES  # its own snapshot
    async with create_read_only_sessionmaker(engine, quick=True)() as session, session.begin():
        assert list(await session.scalars(ORDERED)) == [*CODES, "new"]
    assert trips.count == 0
    assert await a_turn(engine, "zzz")  # on the same connection: its commit, the one trip
    assert trips.count == 1


async def test_a_quick_read_that_wrote_after_all_commits_on_the_thread(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    trips = Trips(monkeypatch)
    async with create_read_only_sessionmaker(engine, quick=True)() as session, session.begin():
        await session.execute(update(Campaign).values(name="written"))
    assert trips.count == 1  # the COMMIT, which waits for the disk
    async with engine.connect() as connection:
        names = await connection.scalars(select(Campaign.name).distinct())
        assert names.all() == ["written"]
