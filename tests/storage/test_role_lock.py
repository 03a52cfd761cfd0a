"""A role's advisory lock (the outbox sender's, the scheduler's): kept while its connection lives,
confirmed with a round trip at most once a second, given up when the connection is gone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import idle_ping
from storage.advisory import RoleLock
from storage.db import create_engine
from tests.storage.server_ends import Monotonic, end_pooled_connections

pytestmark = pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)


@pytest.fixture
async def other_process(any_db_url: str) -> AsyncIterator[AsyncEngine]:
    """A second process's engine on the same database."""
    engine = create_engine(any_db_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def statements(backend: AsyncEngine) -> list[str]:
    """What the first process sends the server."""
    sent: list[str] = []

    def sending(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(backend.sync_engine, "before_cursor_execute", sending)
    return sent


async def seen_closed(lock: RoleLock) -> None:
    """Until asyncpg has read the server's end of the lock's connection (it does while idle)."""
    assert lock._connection is not None
    raw = await lock._connection.get_raw_connection()
    async with asyncio.timeout(10):
        while True:
            if raw.driver_connection.is_closed():  # type: ignore[union-attr]
                return
            await asyncio.sleep(0.01)


async def test_a_role_held_is_confirmed_with_a_round_trip_at_most_once_a_second(
    backend: AsyncEngine, monotonic: Monotonic, statements: list[str]
) -> None:
    lock = RoleLock(backend, "sender")
    try:
        assert await lock.held()
        taking = len(statements)
        for _ in range(5):  # a busy sender asks on every wake
            monotonic.now += idle_ping.IDLE_SECONDS / 10
            assert await lock.held()
        assert len(statements) == taking
        monotonic.now += idle_ping.IDLE_SECONDS
        assert await lock.held()
        assert statements[taking:] == ["SELECT 1"]
        monotonic.now += idle_ping.IDLE_SECONDS / 10  # confirmed anew a moment ago
        assert await lock.held()
        assert statements[taking:] == ["SELECT 1"]
    finally:
        await lock.release()


async def test_a_role_whose_connection_the_server_ended_is_given_up_at_once_and_taken_by_another(
    backend: AsyncEngine, other_process: AsyncEngine, monotonic: Monotonic, statements: list[str]
) -> None:
    first, second = RoleLock(backend, "sender"), RoleLock(other_process, "sender")
    try:
        assert await first.held()
        assert not await second.held()
        await end_pooled_connections(backend)  # a restart, or pg_terminate_backend
        await seen_closed(first)
        asked = len(statements)
        assert not await first.held()  # within the second since it was confirmed
        assert statements[asked:] == []  # known without asking the server
        assert await second.held()
        assert not await first.held()
    finally:
        await first.release()
        await second.release()


async def test_a_role_whose_connection_was_cut_without_a_word_is_given_up_within_a_second(
    backend: AsyncEngine, monotonic: Monotonic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A network that dropped it: the server ended the session and its lock, asyncpg does not
    know. The lock is then free on the server; this process stops at its next round trip."""
    lock = RoleLock(backend, "sender")
    try:
        assert await lock.held()
        monkeypatch.setattr(asyncpg.Connection, "is_closed", lambda _connection: False)
        await end_pooled_connections(backend)
        monotonic.now += idle_ping.IDLE_SECONDS / 2
        assert await lock.held()  # trusted for the rest of the second
        monotonic.now += idle_ping.IDLE_SECONDS / 2
        assert not await lock.held()
    finally:
        await lock.release()
