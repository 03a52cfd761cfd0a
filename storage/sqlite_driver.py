"""aiosqlite with one trip to the connection's thread per statement.

aiosqlite runs each call on the connection's own thread, and SQLAlchemy's adapter makes four
calls per statement: open a cursor, execute, fetch the rows, close. Each is a handover to that
thread and back, which on a busy machine costs more than the statement itself, and a write
transaction holds SQLite's write lock through all of them. Here a statement runs and its first
rows are fetched in one trip; opening and closing a cursor cost none, and so do reading rows
already fetched and ending a transaction that never began. What a result holds beyond
PREFETCH_ROWS is fetched when asked for.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any

import aiosqlite

# Rows fetched with the statement; a longer result comes in further trips, as it is read.
PREFETCH_ROWS = 1000
_BEGINS = frozenset({"BEGIN", "BEGIN IMMEDIATE"})


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
        """On the connection's thread: a new cursor, with the BEGIN held for it run first."""
        self._cursor = cursor = self._connection._conn.cursor()
        if begin is not None:
            cursor.execute(begin)
        return cursor

    async def _on_thread(self, function: Callable[..., Any], *arguments: Any) -> Any:
        return await self._conn._execute(function, *arguments)  # type: ignore[no-untyped-call]

    async def execute(self, sql: str, parameters: Any = None) -> _Cursor:
        connection = self._connection
        if sql in _BEGINS and not parameters:
            connection.begin_with_next = sql
            self._rows.clear()
            self._more = False
            return self
        begin = connection.take_begin()

        def run() -> list[Any]:
            cursor = self._opened(begin)
            cursor.execute(sql, () if parameters is None else parameters)
            return cursor.fetchmany(PREFETCH_ROWS) if cursor.description else []

        rows = await self._on_thread(run)
        self._rows = deque(rows)
        self._more = len(rows) == PREFETCH_ROWS
        return self

    async def executemany(self, sql: str, parameters: Any) -> _Cursor:
        begin = self._connection.take_begin()

        def run() -> None:
            self._opened(begin).executemany(sql, parameters)

        await self._on_thread(run)
        self._rows.clear()
        self._more = False
        return self

    async def executescript(self, sql_script: str) -> _Cursor:
        begin = self._connection.take_begin()

        def run() -> None:
            self._opened(begin).executescript(sql_script)

        await self._on_thread(run)
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
            self._rows.extend(await self._on_thread(self._cursor.fetchall))
            self._more = False
        rows = list(self._rows)
        self._rows.clear()
        return rows

    async def _refill(self) -> None:
        rows = await self._on_thread(self._cursor.fetchmany, PREFETCH_ROWS)
        self._rows.extend(rows)
        self._more = len(rows) == PREFETCH_ROWS

    async def close(self) -> None:
        self._rows.clear()
        if self._more:  # a statement still open holds its snapshot until closed
            self._more = False
            await self._on_thread(self._cursor.close)


class _Connection(aiosqlite.Connection):
    # A BEGIN asked for and not yet run: it runs with the next statement.
    begin_with_next: str | None = None

    def take_begin(self) -> str | None:
        begin, self.begin_with_next = self.begin_with_next, None
        return begin

    async def cursor(self) -> _Cursor:  # type: ignore[override]
        return _Cursor(self)

    # Ending a transaction that never began (no statement after its BEGIN, or a statement run
    # on its own) takes no trip.

    async def commit(self) -> None:
        self.begin_with_next = None
        if self._conn.in_transaction:
            await super().commit()

    async def rollback(self) -> None:
        self.begin_with_next = None
        if self._conn.in_transaction:
            await super().rollback()


async def connect(database: str, **sqlite_arguments: Any) -> aiosqlite.Connection:
    """An aiosqlite connection whose statements take one trip each (SQLAlchemy's async_creator)."""
    connection = _Connection(partial(sqlite3.connect, database, **sqlite_arguments), 64)
    # Like SQLAlchemy's own aiosqlite connections: a forgotten one does not keep the program up.
    connection._thread.daemon = True
    return await connection
