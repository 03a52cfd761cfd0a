"""PostgreSQL advisory locks: how several processes on one database agree without a coordinator.

Two kinds. A participant's lock lives as long as the transaction that handles one of their
updates (`pg_advisory_xact_lock`), so that person's updates queue across processes. A role's lock
(the outbox sender of a channel, the scheduler) lives as long as a connection kept for it, so a
process that dies frees it at once and another takes the role at its next look. Other backends
run as one process, which always has the role; SQLite's write lock already queues transactions.
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage import idle_ping
from storage.db import one_statement_engine


def advisory_key(name: str) -> int:
    """A 64-bit lock key for a name (PostgreSQL's advisory locks take a signed bigint)."""
    digest = hashlib.sha256(name.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def participant_lock(participant_key: str) -> str:
    """The name of a participant's lock: their turns, and whatever changes them from outside."""
    return f"participant:{participant_key}"


async def hold_for_transaction(session: AsyncSession, name: str) -> None:
    """Wait for `name`'s lock and keep it until the session's transaction ends."""
    if session.bind.dialect.name != "postgresql":
        return
    await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": advisory_key(name)})


class RoleLock:
    """Which process plays a role: on PostgreSQL, the one holding the role's advisory lock."""

    def __init__(self, engine: AsyncEngine, name: str) -> None:
        # Each look is one statement: in autocommit, one round trip rather than three.
        self.engine = one_statement_engine(engine, read_only=False)
        self.key = advisory_key(name)
        self._connection: AsyncConnection | None = None
        # asyncpg's connection under it: whether it is known closed costs no round trip.
        self._driver_connection: Any = None
        self._confirmed_at = 0.0

    @property
    def holding(self) -> bool:
        """Whether this process took the role (without asking the database if it still has it)."""
        return self._connection is not None or self.engine.dialect.name != "postgresql"

    async def held(self) -> bool:
        """True while this process has the role; tries to take it when it has not."""
        if self.engine.dialect.name != "postgresql":
            return True
        try:
            if self._connection is not None:
                await self._confirm(self._connection, self._driver_connection)
                return True
            connection = await self.engine.connect()
            got = await connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key}
            )
            await connection.commit()
            if got:
                driver_connection = (await connection.get_raw_connection()).driver_connection
                self._connection, self._driver_connection = connection, driver_connection
                self._confirmed_at = idle_ping.monotonic()
                await self._taken(driver_connection)
                return True
            await connection.close()
            return False
        except (OSError, SQLAlchemyError):
            await self.release()
            return False

    async def _confirm(self, connection: AsyncConnection, driver_connection: Any) -> None:
        """Raise if the lock's connection is gone: then so is the lock.

        The sender asks on every wake, once an update when busy. A round trip is made at most
        once every IDLE_SECONDS; in between, asyncpg's own knowledge suffices: it sees the
        server end a connection (a restart, pg_terminate_backend) within milliseconds. A
        connection cut without a word keeps the lock on the server's side until the server
        notices, far longer than a second, so no other process can take the role meanwhile.
        """
        if driver_connection.is_closed():
            raise ConnectionError("the role's connection was closed")
        asked_at = idle_ping.monotonic()
        if asked_at - self._confirmed_at < idle_ping.IDLE_SECONDS:
            return
        await connection.execute(text("SELECT 1"))
        await connection.commit()
        self._confirmed_at = asked_at

    async def _taken(self, driver_connection: Any) -> None:
        """Called once the role is this process's, with asyncpg's connection that keeps it."""

    async def release(self) -> None:
        connection, self._connection, self._driver_connection = self._connection, None, None
        if connection is not None:
            # Not back to the pool, where the session and its lock would live on: closed. A
            # connection cut mid-query fails to close cleanly; the server ends it all the same.
            with contextlib.suppress(Exception):
                await connection.invalidate()
