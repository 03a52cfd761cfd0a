"""The engine and session factory: one code path for SQLite (embedded) and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.dialects.sqlite.aiosqlite import dialect as aiosqlite_dialect
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage import sqlite_driver
from storage.idle_ping import ping_when_idle
from storage.write_queue import WriteQueue

log = logging.getLogger(__name__)

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 10_000
READ_ONLY_OPTION = "dialog_bot_read_only"
# For statements SQLite refuses inside a transaction (a WAL checkpoint).
NO_TRANSACTION_OPTION = "dialog_bot_no_transaction"
# Work done in one statement, which SQLite makes atomic by itself: no BEGIN and COMMIT around it
# (two more trips to the database). A write still takes its turn (storage.write_queue).
ONE_STATEMENT_OPTION = "dialog_bot_one_statement"
# A write transaction of few, quick statements (a person's turn), or a quick read on its own
# (the outbox sender's look): on SQLite they run on the event loop's thread, not the
# connection's (storage.sqlite_driver). Not for work that may run long, which would hold up
# every other person meanwhile.
INLINE_OPTION = "dialog_bot_inline"
# Only the bot's own user may read the database and its folder: they hold what people wrote.
PRIVATE_DIRECTORY, PRIVATE_FILE = 0o700, 0o600
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def application_name() -> str:
    return f"dialog-bot {os.getpid()}"


def create_engine(
    url: str, *, sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, already_open: bool = False
) -> AsyncEngine:
    """`already_open`: another engine of this process has the SQLite file open. Its file is
    then left alone: closing any descriptor of it would drop the locks SQLite holds on it."""
    parsed = make_url(url)
    # Parameters are what people typed: an error in the log must not carry them.
    if not parsed.drivername.startswith("sqlite"):
        engine = create_async_engine(
            url,
            hide_parameters=True,
            # The connection back most recently goes out first: in a steady stream the others
            # sit, and the one in use is never idle long enough to be checked (storage.idle_ping).
            pool_use_lifo=True,
            # Which process a connection is (pg_stat_activity), e.g. to see which worker sends.
            connect_args={"server_settings": {"application_name": application_name()}},
        )
        ping_when_idle(engine)
        return engine
    if parsed.database and parsed.database != ":memory:" and not already_open:
        _private_database_file(Path(parsed.database))
    # SQLAlchemy's own reading of the URL, handed to a driver that takes one trip per statement.
    [database], arguments = aiosqlite_dialect().create_connect_args(parsed)
    arguments["timeout"] = sqlite_busy_timeout_ms / 1000
    engine = create_async_engine(
        url,
        async_creator=lambda: sqlite_driver.connect(database, **arguments),
        hide_parameters=True,
    )
    _configure_sqlite(engine, sqlite_busy_timeout_ms)
    return engine


def _configure_sqlite(engine: AsyncEngine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten with zeros, not only unlinked (erasure, /delete); some
        # SQLite builds have it on by default, others not.
        cursor.execute("PRAGMA secure_delete=ON")
        # Every commit waits for the disk (what a person saw accepted survives a power cut), save
        # those that ask not to (commit_without_waiting_for_disk).
        cursor.execute(sqlite_driver.WAIT_FOR_DISK)
        cursor.close()

    writers = WriteQueue(engine, busy_timeout_ms / 1000)

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(connection: Any) -> None:
        # A deferred transaction that reads and then writes can fail with SQLITE_BUSY when another
        # writer went first; taking the write lock at BEGIN makes writers queue: in this process
        # in line (storage.write_queue), behind other processes on busy_timeout.
        # Sessions declared read-only (long reports) read a snapshot and hold up no one.
        options = connection.get_execution_options()
        if options.get(NO_TRANSACTION_OPTION, False):
            return
        read_only = options.get(READ_ONLY_OPTION, False)
        one_statement = options.get(ONE_STATEMENT_OPTION, False)
        # Never a write that commits by itself: that commit waits for the disk, off this thread.
        # Set at every BEGIN, so that nothing is ever left over from a connection's last use.
        connection.connection.driver_connection.inline = options.get(INLINE_OPTION, False) and (
            read_only or not one_statement
        )
        if not read_only:
            writers.take_turn(connection.connection.info)
        if one_statement:
            return
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _private_database_file(path: Path) -> None:
    """The folder 0700 and the database 0600 before SQLite opens it: SQLite gives its -wal and
    -shm files the database file's permissions. Files from older versions are narrowed too."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=PRIVATE_DIRECTORY)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
    for file in (path, *(path.with_name(path.name + suffix) for suffix in SQLITE_COMPANIONS)):
        if file.exists():
            try:
                file.chmod(PRIVATE_FILE)
            except PermissionError:  # another user's file: theirs to narrow
                log.warning("could not make %s readable by this user only", file.name)


async def wipe_deleted(engine: AsyncEngine) -> None:
    """After a committed erasure, leave no copy of the deleted rows in SQLite's files.

    secure_delete zeroes them in the pages the transaction wrote, but the write-ahead log still
    holds the earlier versions of those pages until a checkpoint; TRUNCATE copies the log into
    the database and empties the log file. PostgreSQL has no such step (README: VACUUM).
    """
    if engine.dialect.name != "sqlite":
        return
    direct = engine.execution_options(**{NO_TRANSACTION_OPTION: True})
    async with direct.connect() as connection:
        result = await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        busy = result.scalar()
    if busy:
        # A read longer than busy_timeout (a big report) still uses the old pages. The next
        # erasure's checkpoint empties the log, and so does closing the last connection.
        log.warning("the log could not be emptied after an erasure: a reader holds it")


async def on_connection(session: AsyncSession) -> AsyncConnection:
    """The connection of the session's transaction, for statements that name tables only.

    An update runs a dozen such statements; on the session's own execute path (its ORM
    bookkeeping and events) each costs about a third more than on the connection. The session
    flushes its objects before ORM statements only, so this changes nothing about when they are
    written.
    """
    return await session.connection()


async def commit_without_waiting_for_disk(connection: AsyncConnection) -> None:
    """On SQLite, the statement that follows, run on its own (one_statement_engine), commits
    before its changes are on the disk; the next commit that waits (an answer's) takes them
    there with it.

    Only for writes whose loss in a power cut or a crash of the machine (not of the bot: they
    are with the operating system by then) costs a repeat, never a loss: the outbox's marks of
    sent messages. On PostgreSQL nothing changes: the statement that would skip the wait cost
    as much as the wait (measured with benchmarks/inbound.py).
    """
    if connection.dialect.name == "sqlite":
        raw = await connection.get_raw_connection()
        raw.driver_connection.commit_without_waiting_for_disk()  # type: ignore[union-attr]


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def create_quick_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions for a person's turn: a write transaction of a dozen statements, each a look-up
    by key or a row written. On SQLite they run on the event loop's thread (INLINE_OPTION):
    their trips to the connection's thread cost more than they did."""
    return async_sessionmaker(
        engine.execution_options(**{INLINE_OPTION: True}), expire_on_commit=False
    )


def create_read_only_sessionmaker(
    engine: AsyncEngine, *, quick: bool = False
) -> async_sessionmaker[AsyncSession]:
    """Sessions for work that only reads (a digest's queries): on SQLite they take no write
    lock, so participants' answers are not held up while a long report is gathered.

    `quick`: a projector's look at its room (a dozen statements, bounded by the room's ideas and
    people), run on the event loop's thread on SQLite (INLINE_OPTION), so that a room of people
    rating at once, whose turns run there too, does not keep each of its trips to the
    connection's thread waiting for the loop. Its read lock is taken there too: a process
    recovering the database after a crash would hold the loop up meanwhile.
    """
    options = {READ_ONLY_OPTION: True, INLINE_OPTION: quick}
    return async_sessionmaker(engine.execution_options(**options), expire_on_commit=False)


def one_statement_engine(engine: AsyncEngine, *, read_only: bool) -> AsyncEngine:
    """Connections for work done in a single statement (the outbox sender's look and marks): the
    statement is its own transaction, so it costs one trip to the database, not three (BEGIN,
    the statement, COMMIT). On PostgreSQL that is autocommit, which ends the statement's row
    locks with it, as the COMMIT right after it did. Plain connections, not sessions: these run
    for every message sent, and a session's own bookkeeping cost more than the statement."""
    options: dict[str, Any] = {ONE_STATEMENT_OPTION: True, READ_ONLY_OPTION: read_only}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "AUTOCOMMIT"
    return engine.execution_options(**options)


class HeldReader:
    """One connection kept for a stream of short one-statement reads, one at a time.

    The outbox sender looks for work once per message or more: taking a connection from the
    pool and giving it back cost more than the statement. The work must be safe to run twice:
    a try that fails is run once more on a new connection, so that a connection the server
    dropped while it sat idle (where the pool's ping would have caught it) costs nothing.
    `close` gives the connection back.

    Reads only: on SQLite a writer's turn in the write queue is given back when its connection
    returns to the pool (storage.write_queue), so a held writer would keep every other waiting.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        # Reads by an index, of up to a few hundred rows: on SQLite, on the event loop's thread.
        self.engine = one_statement_engine(engine, read_only=True).execution_options(
            **{INLINE_OPTION: True}
        )
        self._connection: AsyncConnection | None = None
        self._lock = asyncio.Lock()

    async def run(self, work: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        async with self._lock:
            try:
                return await self._once(work)
            except Exception:  # the failed connection is dropped: the second try opens anew
                return await self._once(work)

    async def _once(self, work: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        if self._connection is None:
            self._connection = await self.engine.connect()
        try:
            async with self._connection.begin():
                return await work(self._connection)
        except BaseException:
            await self._drop()
            raise

    async def close(self) -> None:
        async with self._lock:
            await self._drop()

    async def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                # Finished even if the caller is cancelled meanwhile (a sender stopping while
                # it gives the connection back): otherwise it would never return to the pool.
                await asyncio.shield(connection.close())
