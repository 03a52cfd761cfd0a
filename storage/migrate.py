"""Run Alembic migrations from the program, on the program's own engine."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r'^revision(?:: *str)? *= *"([^"]+)"', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision\b[^=]*= *(?:"([^"]+)"|None)', re.MULTILINE)


def alembic_config(url: str = "") -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    # Alembic takes a fifth of a second to import and more to read every migration; a database
    # already at the newest schema (every start but the first after an update) needs neither.
    if revision == "head" and await _at_head(engine):
        return
    from alembic import command

    await _run(engine, lambda config: command.upgrade(config, revision))


async def downgrade(engine: AsyncEngine, revision: str = "base") -> None:
    from alembic import command

    await _run(engine, lambda config: command.downgrade(config, revision))


async def _run(engine: AsyncEngine, action: Callable[[Config], object]) -> None:
    def on_connection(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        action(config)

    async with engine.begin() as connection:
        await connection.run_sync(on_connection)


def newest_revision() -> str | None:
    """The one revision no other builds on, read from the files; None unless exactly one.

    Anything unusual (two heads, a revision spelled another way) gives None, and Alembic decides.
    """
    revisions: set[str] = set()
    built_on: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if found is None or down is None:
            continue
        revisions.add(found.group(1))
        if down.group(1):
            built_on.add(down.group(1))
    heads = revisions - built_on
    return heads.pop() if len(heads) == 1 else None


async def _at_head(engine: AsyncEngine) -> bool:
    newest = newest_revision()
    if newest is None:
        return False

    def stored(connection: Connection) -> list[str]:
        if not inspect(connection).has_table(VERSION_TABLE):
            return []
        return list(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))

    async with engine.connect() as connection:
        return await connection.run_sync(stored) == [newest]
