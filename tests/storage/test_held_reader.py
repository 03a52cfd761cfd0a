"""The outbox sender's kept connection: one for all its looks, replaced when it was dropped; its
marks, which do not wait for the disk."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.db import HeldReader, commit_without_waiting_for_disk, one_statement_engine
from storage.models import Campaign

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


async def campaigns(connection: AsyncConnection) -> list[str]:
    return list(await connection.scalars(select(Campaign.code)))


async def add_campaign(engine: AsyncEngine, code: str) -> None:
    async with engine.begin() as connection:
        await connection.execute(
            Campaign.__table__.insert().values(code=code, name=code, created_at=NOW)
        )


async def test_every_look_uses_one_connection_and_sees_what_was_committed_since(
    backend: AsyncEngine,
) -> None:
    held = HeldReader(backend)
    seen = []
    try:
        for code in ("first", "second"):
            await add_campaign(backend, code)
            seen.append(await held.run(campaigns))
        assert backend.sync_engine.pool.checkedout() == 1  # type: ignore[attr-defined]
    finally:
        await held.close()
    assert seen == [["first"], ["first", "second"]]
    assert backend.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]


async def test_a_connection_dropped_while_held_is_replaced_without_an_error(
    backend: AsyncEngine,
) -> None:
    held = HeldReader(backend)
    await add_campaign(backend, "kept")
    try:
        await held.run(campaigns)
        assert held._connection is not None
        if backend.dialect.name == "postgresql":
            # As a server restart, or an idle timeout, ends it.
            raw = await held._connection.get_raw_connection()
            pid = raw.driver_connection.get_server_pid()  # type: ignore[union-attr]
            async with backend.connect() as other:
                await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        else:
            raw = await held._connection.get_raw_connection()
            await raw.driver_connection.close()  # type: ignore[union-attr]
        assert await held.run(campaigns) == ["kept"]
    finally:
        await held.close()
    assert backend.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]


async def test_a_commit_that_does_not_wait_for_the_disk_leaves_the_next_one_waiting(
    backend: AsyncEngine,
) -> None:
    """The outbox's marks skip the wait for the disk; the answers after them never do."""
    marks = one_statement_engine(backend, read_only=False)
    async with marks.begin() as connection:
        await commit_without_waiting_for_disk(connection)
        await connection.execute(
            Campaign.__table__.insert().values(code="mark", name="mark", created_at=NOW)
        )
    async with marks.begin() as connection:
        assert await connection.scalar(text(WAITING[backend.dialect.name])) in ("on", 2)
    async with backend.connect() as connection:
        assert await campaigns(connection) == ["mark"]


WAITING = {"postgresql": "SHOW synchronous_commit", "sqlite": "PRAGMA synchronous"}
