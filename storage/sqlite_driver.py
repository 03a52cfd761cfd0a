"""aiosqlite with one trip to the connection's thread per statement.

aiosqlite runs each call on the connection's own thread, and SQLAlchemy's adapter makes four
calls per statement: open a cursor, execute, fetch the rows, close. Each is a handover to that
thread and back, which on a busy machine costs more than the statement itself, and a write
transaction holds SQLite's write lock through all of them. Here a statement runs and its first
rows are fetched in one trip; opening and closing a cursor cost none, and so do reading rows
already fetched and ending a transaction that never began. What a result holds beyond
PREFETCH_ROWS is fetched when asked for.

A transaction marked `inline` (storage.db.INLINE_OPTION: a person's turn, a projector's look at
its room), or a read on its own so marked (the outbox sender's look), takes no trips at all: its
statements run on the caller's thread. A trip costs 150-250 µs on a small virtual machine, a
turn's statement a few µs in SQLite: that was a quarter of an update. A write's COMMIT, which
waits for the disk, still goes to the thread, so the event loop serves others meanwhile; a read
ends where it ran. A write's BEGIN IMMEDIATE is tried without waiting: when another process holds
the write lock, the wait for it (SQLite's busy handler) is left to the thread, as before. A read's
lock is taken here: SQLite retries it by itself while another process recovers the database
after a crash, holding up the loop meanwhile (rare, and as long as the recovery).
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

import aiosqlite

T = TypeVar("T")

# Rows fetched with the statement; a longer result comes in further trips, as it is read.
PREFETCH_ROWS = 1000
_BEGINS = frozenset({"BEGIN", "BEGIN IMMEDIATE"})
# Whether a commit waits until its changes are on the disk (storage.db sets it on connecting).
WAIT_FOR_DISK = "PRAGMA synchronous=FULL"
_NOT_WAITING_FOR_DISK = "PRAGMA synchronous=NORMAL"


class _Cursor(aiosqlite.Cursor):
    def __init__(self, connection: _Connection) -> None:
        super().__init__(connection, None)  # type: ignore[arg-type]  # made on the thread
        self._connection = connection
        self._rows: deque[Any] = deque()
        self._more = False  # the statement has rows not fetched yet

    # A BEGIN held for the next statement has run nothing yet: no rows, no columns.

    @property
    def description(self) -> Any:
        return None if self._cursor is None else self._cursor.description

    @property
    def rowcount(self) -> int:
        return -1 if self._cursor is None else self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return None if self._cursor is None else self._cursor.lastrowid

    def _opened(self, begin: str | None) -> sqlite3.Cursor:
        """Where the statement runs: a new cursor, with the BEGIN held for it run first."""
        self._cursor = cursor = self._connection._conn.cursor()
        if begin is not None:
            cursor.execute(begin)
        return cursor

    async def execute(self, sql: str, parameters: Any = None) -> _Cursor:
        connection = self._connection
        if sql in _BEGINS and not parameters:
            connection.begin_with_next = sql
            self._rows.clear()
            self._more = False
            return self
        begin = connection.take_begin()

        def run(begin: str | None) -> list[Any]:
            cursor = self._opened(begin)
            cursor.execute(sql, () if parameters is None else parameters)
            return cursor.fetchmany(PREFETCH_ROWS) if cursor.description else []

        rows = await connection.run(run, begin)
        self._rows = deque(rows)
        self._more = len(rows) == PREFETCH_ROWS
        return self

    async def executemany(self, sql: str, parameters: Any) -> _Cursor:
        begin = self._connection.take_begin()

        def run(begin: str | None) -> None:
            self._opened(begin).executemany(sql, parameters)

        await self._connection.run(run, begin)
        self._rows.clear()
        self._more = False
        return self

    async def executescript(self, sql_script: str) -> _Cursor:
        begin = self._connection.take_begin()

        def run(begin: str | None) -> None:
            self._opened(begin).executescript(sql_script)

        await self._connection.run(run, begin)
        return self

    async def fetchone(self) -> Any:
        if not self._rows and self._more:
            await self._refill()
        return self._rows.popleft() if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        wanted = self.arraysize if size is None else size
        if len(self._rows) < wanted and self._more:
            await self._refill()
        return [self._rows.popleft() for _ in range(min(wanted, len(self._rows)))]

    async def fetchall(self) -> list[Any]:
        if self._more:
            self._rows.extend(await self._connection.run_more(self._cursor.fetchall))
            self._more = False
        rows = list(self._rows)
        self._rows.clear()
        return rows

    async def _refill(self) -> None:
        rows = await self._connection.run_more(partial(self._cursor.fetchmany, PREFETCH_ROWS))
        self._rows.extend(rows)
        self._more = len(rows) == PREFETCH_ROWS

    async def close(self) -> None:
        self._rows.clear()
        if self._more:  # a statement still open holds its snapshot until closed
            self._more = False
            await self._connection.run_more(self._cursor.close)


class _Busy(Exception):
    """Another connection holds a lock this work would have waited for."""


class _Connection(aiosqlite.Connection):
    # A BEGIN asked for and not yet run: it runs with the next statement.
    begin_with_next: str | None = None
    # The transaction being begun or under way runs on the caller's thread (see the top).
    inline = False
    # The next statement, run on its own, commits without waiting for the disk
    # (storage.db.commit_without_waiting_for_disk).
    relaxed = False
    # The inline transaction under way began as a read (it has nothing to wait for at COMMIT,
    # unless it wrote after all: the connection's count of changed rows then moved).
    reading = False
    changes_before = 0
    busy_timeout_ms = 5000

    async def run(self, work: Callable[[str | None], T], begin: str | None) -> T:
        """`work(begin)`: on the caller's thread in an inline transaction, else on the
        connection's thread."""
        on_its_own = begin is None and not self._conn.in_transaction
        if self.relaxed:
            if not on_its_own:
                # SQLite keeps the setting until the transaction ends, and refuses to put it
                # back inside one: every later commit on this connection would skip the disk.
                raise RuntimeError("only a statement run on its own may skip the disk")
            self.relaxed = False
            work = partial(_not_waiting_for_disk, self._conn, work)
        if not self.inline:
            return await self._on_thread(partial(work, begin))
        if begin is not None:
            self.reading = begin == "BEGIN"  # storage.db begins only reads so
            self.changes_before = self._conn.total_changes
            try:
                self._at_once(partial(self._conn.execute, begin))
            except _Busy:
                # Another process is writing: SQLite's busy handler waits for it, off this thread.
                await self._on_thread(partial(self._conn.execute, begin))
        return work(None)

    async def run_more(self, work: Callable[[], T]) -> T:
        """More of a statement already run (its rows, its cursor's close), where it ran."""
        if self.inline:
            return work()
        return await self._on_thread(work)

    def commit_without_waiting_for_disk(self) -> None:
        """For the next statement, which must be one run on its own (it commits by itself)."""
        self.relaxed = True

    def _at_once(self, work: Callable[[], T]) -> T:
        """`work()` here, where SQLite's busy handler must not wait: _Busy if it would have."""
        connection = self._conn
        connection.execute("PRAGMA busy_timeout=0")
        try:
            return work()
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
                raise _Busy from error
            raise
        finally:
            connection.execute(f"PRAGMA busy_timeout={self.busy_timeout_ms}")

    async def _on_thread(self, work: Callable[[], T]) -> T:
        result: T = await self._execute(work)  # type: ignore[no-untyped-call]
        return result

    def take_begin(self) -> str | None:
        begin, self.begin_with_next = self.begin_with_next, None
        return begin

    async def cursor(self) -> _Cursor:  # type: ignore[override]
        return _Cursor(self)

    # Ending a transaction that never began (no statement after its BEGIN, or a statement run
    # on its own) takes no trip.

    async def commit(self) -> None:
        await self._end(self._conn.commit)

    async def rollback(self) -> None:
        await self._end(self._conn.rollback)

    async def _end(self, end: Callable[[], None]) -> None:
        """End the transaction, where its statements ran: a read begun here ends here (it has
        nothing to wait for); a write's COMMIT, which waits for the disk, on the thread."""
        reading_here = (
            self.inline and self.reading and self._conn.total_changes == self.changes_before
        )
        self.begin_with_next, self.inline, self.relaxed = None, False, False
        if not self._conn.in_transaction:
            return
        if reading_here:
            end()
        else:
            await self._on_thread(end)


def _not_waiting_for_disk(
    connection: sqlite3.Connection, work: Callable[[str | None], T], begin: str | None
) -> T:
    # In the statement's own trip: the setting is the connection's, and is put back at once.
    connection.execute(_NOT_WAITING_FOR_DISK)
    try:
        return work(begin)
    finally:
        connection.execute(WAIT_FOR_DISK)


async def connect(database: str, **sqlite_arguments: Any) -> aiosqlite.Connection:
    """An aiosqlite connection whose statements take one trip each (SQLAlchemy's async_creator)."""
    connection = _Connection(partial(sqlite3.connect, database, **sqlite_arguments), 64)
    if "timeout" in sqlite_arguments:
        connection.busy_timeout_ms = round(sqlite_arguments["timeout"] * 1000)
    # Like SQLAlchemy's own aiosqlite connections: a forgotten one does not keep the program up.
    connection._thread.daemon = True
    return await connection
