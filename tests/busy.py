"""A busy database, made on purpose: another connection holding SQLite's write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import create_engine


def impatient_engine(path: Path) -> AsyncEngine:
    """No busy timeout: a held write lock fails a write at once, so no test waits on a clock."""
    return create_engine(f"sqlite+aiosqlite:///{path}", sqlite_busy_timeout_ms=0)


class WriteLock:
    """Another connection holding the write lock, as a long report used to."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("COMMIT")
        self.connection.close()


class Pauses:
    """A retry's sleep that takes no time: records each pause, may release a lock at one."""

    def __init__(self) -> None:
        self.taken: list[float] = []
        self.lock: WriteLock | None = None
        self.release_at = 0

    async def __call__(self, seconds: float) -> None:
        self.taken.append(seconds)
        if self.lock is not None and len(self.taken) == self.release_at:
            self.lock.release()
