"""A database too busy to take a write right now: try again a few times, then say so plainly.

SQLite answers "database is locked" once its busy timeout has passed while another connection
holds the write lock; PostgreSQL gives up on a serialization conflict, a deadlock or a lock
timeout. None of these says anything about the update itself: the same transaction, tried again a
moment later, usually goes through. When it still does not, `DatabaseBusy` tells the channel not
to confirm the update to its messenger, so that the messenger delivers it again later.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

Outcome = TypeVar("Outcome")

# serialization_failure, deadlock_detected, lock_not_available (lock_timeout, NOWAIT)
POSTGRES_BUSY = frozenset({"40001", "40P01", "55P03"})


class DatabaseBusy(Exception):
    """The database stayed busy through every try: nothing was stored, nothing may be confirmed."""


def is_busy(error: BaseException) -> bool:
    if not isinstance(error, DBAPIError):
        return False
    cause = error.orig
    if getattr(cause, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    return getattr(cause, "sqlstate", None) in POSTGRES_BUSY


@dataclass(frozen=True)
class BusyRetry:
    """How long to keep trying a transaction the database was too busy for.

    Each pause comes on top of SQLite's own busy timeout, so the defaults add a few seconds to
    the wait a busy database already imposes, no more: a messenger's webhook must get an answer.
    """

    pauses: tuple[float, ...] = (0.2, 0.5, 1.0)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def run(self, attempt: Callable[[], Awaitable[Outcome]]) -> Outcome:
        for pause in self.pauses:
            try:
                return await attempt()
            except DBAPIError as error:
                if not is_busy(error):
                    raise
            log.warning("the database is busy; trying again in %.1f s", pause)
            await self.sleep(pause)
        try:
            return await attempt()
        except DBAPIError as error:
            if is_busy(error):
                raise DatabaseBusy(f"still busy after {len(self.pauses) + 1} tries") from error
            raise
