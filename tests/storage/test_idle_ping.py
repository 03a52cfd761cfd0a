"""PostgreSQL connections are checked before use only after sitting idle; a connection lost in
the moment it sat is found by the turn, which is tried again on a new one."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from dialogs.i18n import Translator
from storage import idle_ping, migrate
from storage.busy import BusyRetry, is_busy
from storage.db import create_engine
from tests.conftest import Clock, make_dialogs
from tests.transcript import Person

OTHERS = text(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
    " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
)


class Monotonic:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def monotonic(monkeypatch: pytest.MonkeyPatch) -> Monotonic:
    clock = Monotonic()
    monkeypatch.setattr(idle_ping, "monotonic", clock)
    return clock


@pytest.fixture
async def postgres(any_db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(any_db_url)
    await migrate.upgrade(engine)
    yield engine
    await engine.dispose()


async def end_pooled_connections(engine: AsyncEngine) -> None:
    """End every other connection to the database on the server, as a restart would."""
    url = engine.url.render_as_string(hide_password=False)
    outside = create_async_engine(url, poolclass=NullPool)
    try:
        async with outside.connect() as connection:
            for pid in await connection.scalars(OTHERS):
                await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            async with asyncio.timeout(10):
                while (await connection.execute(OTHERS)).first() is not None:
                    await connection.rollback()  # pg_stat_activity is read once a transaction
                    await asyncio.sleep(0.01)
    finally:
        await outside.dispose()


async def one(engine: AsyncEngine) -> int | None:
    async with engine.connect() as connection:
        return await connection.scalar(text("SELECT 1"))


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_connection_ended_while_it_sat_idle_is_replaced_before_use(
    postgres: AsyncEngine, monotonic: Monotonic
) -> None:
    assert await one(postgres) == 1
    await end_pooled_connections(postgres)
    monotonic.now += idle_ping.IDLE_SECONDS + 0.1
    assert await one(postgres) == 1


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_connection_back_a_moment_ago_is_used_unchecked(
    postgres: AsyncEngine, monotonic: Monotonic
) -> None:
    """No round trips for a check when the pool is busy; a loss in that moment is an error that
    counts as a busy database (tried again), and the pool has a new connection for the next try."""
    assert await one(postgres) == 1
    await end_pooled_connections(postgres)
    monotonic.now += idle_ping.IDLE_SECONDS / 2
    with pytest.raises(DBAPIError) as lost:
        await one(postgres)
    assert lost.value.connection_invalidated and is_busy(lost.value)
    assert await one(postgres) == 1


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_an_answer_on_a_connection_lost_a_moment_ago_is_taken_on_a_new_one(
    postgres: AsyncEngine, monotonic: Monotonic, translator: Translator, clock: Clock
) -> None:
    pauses: list[float] = []

    async def pause(seconds: float) -> None:
        pauses.append(seconds)

    dialogs = make_dialogs(postgres, translator, clock, busy=BusyRetry((0.2,), sleep=pause))
    person = Person(dialogs, "1001", "uk-UA")
    await person.command("start")
    await end_pooled_connections(postgres)
    assert await person.taps("uk") == ["rights-privacy-notice", "onboarding-consent"]
    assert pauses == [0.2]
