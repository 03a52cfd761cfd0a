"""PostgreSQL connections handed out by the pool: checked with a round trip only after sitting
idle, replaced at once when the server ended them."""

from __future__ import annotations

from typing import Any

import asyncpg
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.i18n import Translator
from storage import idle_ping
from storage.busy import BusyRetry
from tests.conftest import Clock, make_dialogs
from tests.storage.server_ends import Monotonic, backend_pid, end_pooled_connections
from tests.transcript import Person


@pytest.fixture
def pings(backend: AsyncEngine, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the checks made of connections handed out (each three round trips on asyncpg)."""
    made: list[int] = []
    check = backend.dialect.do_ping

    def counted(dbapi_connection: Any) -> bool:
        made.append(1)
        return check(dbapi_connection)

    monkeypatch.setattr(backend.dialect, "do_ping", counted)
    return made


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_connection_back_a_moment_ago_is_handed_out_without_a_round_trip(
    backend: AsyncEngine, monotonic: Monotonic, pings: list[int]
) -> None:
    first = await backend_pid(backend)
    monotonic.now += idle_ping.IDLE_SECONDS / 2
    assert await backend_pid(backend) == first
    assert pings == []


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_connection_idle_a_while_is_checked_and_kept_when_alive(
    backend: AsyncEngine, monotonic: Monotonic, pings: list[int]
) -> None:
    first = await backend_pid(backend)
    monotonic.now += idle_ping.IDLE_SECONDS + 0.1
    assert await backend_pid(backend) == first
    assert pings == [1]


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_connection_the_server_ended_is_replaced_without_a_round_trip(
    backend: AsyncEngine, monotonic: Monotonic, pings: list[int]
) -> None:
    """asyncpg reads the server's end of a connection while it idles: no check is needed."""
    first = await backend_pid(backend)
    await end_pooled_connections(backend)
    assert await backend_pid(backend) != first
    assert pings == []


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_connection_cut_without_a_word_while_idle_is_found_by_the_check(
    backend: AsyncEngine, monotonic: Monotonic, pings: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a network or an idle timeout on the way can drop it: gone, though not known closed."""
    first = await backend_pid(backend)
    monkeypatch.setattr(asyncpg.Connection, "is_closed", lambda _connection: False)
    await end_pooled_connections(backend)
    monotonic.now += idle_ping.IDLE_SECONDS + 0.1
    assert await backend_pid(backend) != first
    assert pings == [1]


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_an_answer_after_the_server_ended_the_pooled_connection_is_taken_at_once(
    backend: AsyncEngine, monotonic: Monotonic, translator: Translator, clock: Clock
) -> None:
    pauses: list[float] = []

    async def pause(seconds: float) -> None:
        pauses.append(seconds)

    dialogs = make_dialogs(backend, translator, clock, busy=BusyRetry((0.2,), sleep=pause))
    person = Person(dialogs, "1001", "uk-UA")
    await person.command("start")
    await end_pooled_connections(backend)
    assert await person.taps("uk") == ["rights-privacy-notice", "onboarding-consent"]
    assert pauses == []  # not even one try lost
