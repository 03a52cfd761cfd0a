"""SQLite's writers, within one process, queue here rather than in SQLite's busy handler.

SQLite lets one transaction write at a time. A connection that finds the write lock taken waits
in SQLite's busy handler, which sleeps and looks again (after 1, 2, 5, … up to 100 ms): when
many people answer at once, each write waits far longer than the one before it takes, and the
pool's connections spend their time asleep. Here a write transaction first takes its turn in an
in-process line, in order, and starts the moment the one before it has finished; SQLite's own
wait is left for writers of other processes (a one-off command beside the bot).

A turn is taken when a write transaction begins and given back when its connection returns to
the pool, after its COMMIT or ROLLBACK has completed. Waiting longer than the busy timeout fails
as SQLite would ("database is locked"), so storage.busy's retry and its limits apply unchanged.
"""

from __future__ import annotations

import asyncio
import sqlite3
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.util import await_only

# The key in a pooled connection's `info` under which it keeps the turn it holds.
_TURN = "dialog_bot_write_turn"


class WriteQueue:
    def __init__(self, engine: AsyncEngine, patience_seconds: float) -> None:
        self.patience_seconds = patience_seconds
        # One line per event loop: an asyncio lock serves the loop it was first waited on.
        self._lines: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        event.listen(engine.sync_engine, "checkin", self._returned)

    def take_turn(self, connection_info: dict[str, Any]) -> None:
        """Wait for this connection's turn to write (called where SQLAlchemy may await)."""
        line = self._lines.setdefault(asyncio.get_running_loop(), asyncio.Lock())
        try:
            await_only(self._wait(line))
        except TimeoutError:
            locked = sqlite3.OperationalError("database is locked")
            locked.sqlite_errorcode = sqlite3.SQLITE_BUSY  # what storage.busy recognises
            raise OperationalError("BEGIN IMMEDIATE", None, locked) from None
        connection_info[_TURN] = line

    async def _wait(self, line: asyncio.Lock) -> None:
        async with asyncio.timeout(self.patience_seconds):
            await line.acquire()

    def _returned(self, _dbapi_connection: object, record: Any) -> None:
        line = record.info.pop(_TURN, None)
        if line is not None:
            line.release()
