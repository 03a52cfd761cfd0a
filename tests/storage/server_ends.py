"""PostgreSQL connections ended on the server's side, as a restart or a dropped network ends them,
and a clock for how long a connection sat (storage.idle_ping.monotonic)."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

OTHERS = text(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
    " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
)


class Monotonic:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


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


async def backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text("SELECT pg_backend_pid()")) or 0)
