"""What counts as "the database is busy" on each backend: a held lock, not a broken statement."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import migrate
from storage.busy import is_busy
from storage.db import create_engine


@pytest.fixture
async def impatient(any_db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(any_db_url, sqlite_busy_timeout_ms=0)
    await migrate.upgrade(engine)
    yield engine
    await engine.dispose()


async def test_a_write_behind_a_held_lock_is_busy(impatient: AsyncEngine) -> None:
    insert = "INSERT INTO campaigns (code, name, created_at) VALUES (:code, 'A', '2026-11-23')"
    async with impatient.connect() as holder, impatient.connect() as writer:
        await holder.begin()
        await holder.execute(text(insert), {"code": "a"})
        with pytest.raises(DBAPIError) as caught:
            await writer.begin()  # SQLite takes the write lock here (BEGIN IMMEDIATE)
            if impatient.dialect.name == "postgresql":
                await writer.execute(text("SET LOCAL lock_timeout = '20ms'"))
                await writer.execute(text("LOCK TABLE campaigns IN EXCLUSIVE MODE"))
            await writer.execute(text(insert), {"code": "b"})
        assert is_busy(caught.value)
        await holder.rollback()


async def test_a_broken_statement_is_not_busy(impatient: AsyncEngine) -> None:
    async with impatient.connect() as connection:
        with pytest.raises(DBAPIError) as caught:
            await connection.execute(text("SELECT no_such_column FROM campaigns"))
    assert not is_busy(caught.value)
