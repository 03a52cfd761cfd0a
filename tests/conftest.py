"""Fixtures: a fresh database and fresh dialogs per test; nothing mutable is shared."""

from __future__ import annotations

import os
import random
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

# aiogram imported as the bot imports it (each type built when first used), before any test does.
import bot.channels.telegram

# Loaded already, so that a test calling the entry point (bot.__main__.main) does not freeze the
# test process out of the garbage collector's passes, as a real start does (tests/test_startup.py
# checks that one in a process of its own).
import bot.cli  # noqa: F401
from bot.app import dialog_config
from bot.settings import Settings
from dialogs.engine import Dialogs
from dialogs.flows import build_flows
from dialogs.i18n import Translator
from storage import migrate
from storage.busy import BusyRetry
from storage.db import create_engine, create_sessionmaker
from storage.pseudonyms import Pseudonymizer
from tests.transcript import Person

POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)


class Clock:
    """A frozen clock that tests move by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def translator() -> Translator:
    # Immutable once loaded, so one for the whole run is safe.
    return Translator(strict=True)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"


def _plain(url: str) -> str:
    """SQLAlchemy's URL as asyncpg takes it."""
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def _postgres_database(admin_url: str = POSTGRES_ADMIN_URL) -> tuple[str, str] | None:
    """Create a throwaway database on the local PostgreSQL, or None when there is none."""
    try:
        import asyncpg
    except ImportError:  # pragma: no cover
        return None
    name = f"dialogbot_test_{uuid.uuid4().hex[:12]}"
    try:
        connection = await asyncpg.connect(_plain(admin_url), timeout=3)
    except (OSError, asyncpg.PostgresError):
        return None
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    # The same server and options (a Unix socket's `?host=` too), another database.
    url = make_url(admin_url).set(database=name)
    return name, url.render_as_string(hide_password=False)


async def _drop_postgres_database(name: str, admin_url: str = POSTGRES_ADMIN_URL) -> None:
    import asyncpg

    connection = await asyncpg.connect(_plain(admin_url), timeout=3)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def any_db_url(request: pytest.FixtureRequest, sqlite_url: str) -> AsyncIterator[str]:
    """The same test on every storage backend; PostgreSQL skips when no server answers."""
    if request.param == "sqlite":
        yield sqlite_url
        return
    created = await _postgres_database()
    if created is None:
        pytest.skip(
            f"no PostgreSQL server reachable at {POSTGRES_ADMIN_URL} (set TEST_POSTGRES_URL)"
        )
    name, url = created
    yield url
    await _drop_postgres_database(name)


@pytest.fixture
async def backend(any_db_url: str) -> AsyncIterator[AsyncEngine]:
    """A migrated database on every storage backend."""
    engine = create_engine(any_db_url)
    await migrate.upgrade(engine)
    yield engine
    await engine.dispose()


@pytest.fixture
async def engine(sqlite_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(sqlite_url)
    await migrate.upgrade(engine)
    yield engine
    await engine.dispose()


def make_dialogs(
    engine: AsyncEngine,
    translator: Translator,
    clock: Clock,
    *,
    busy: BusyRetry | None = None,
    **settings: object,
) -> Dialogs:
    url = engine.url.render_as_string(hide_password=False)  # where organisers' reports read
    chosen = Settings(_env_file=None, database_url=url, **settings)  # type: ignore[arg-type]
    config = dialog_config(chosen, translator)
    return Dialogs(
        create_sessionmaker(engine),
        translator,
        Pseudonymizer(b"test-pseudonym-key-0123456789abcdef"),
        build_flows(translator),
        config,
        clock=clock,
        rng=random.Random(7),
        busy=busy,
    )


@pytest.fixture
def dialogs(engine: AsyncEngine, translator: Translator, clock: Clock) -> Dialogs:
    return make_dialogs(engine, translator, clock)


@pytest.fixture
def person(dialogs: Dialogs) -> Iterator[Person]:
    yield Person(dialogs, user_id="1001", hint="uk-UA")
