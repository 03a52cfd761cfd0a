"""PostgreSQL connections are checked before use only when they sat idle in the pool a while.

SQLAlchemy's `pool_pre_ping` checks every connection handed out; on asyncpg that check is a
transaction of its own (BEGIN, an empty query, ROLLBACK): three round trips, on every turn and
every mark of a sent message, a quarter of all the round trips an update made. A connection back
in the pool for a moment was alive a moment ago. One that sat longer may have been ended by a
server restart or an idle timeout, and is checked as before (and replaced if it fails, the pool
trying another). What is left, a connection ended in the moment it sat in the pool, fails its
transaction's first statement; the pool then replaces every connection it had, and a turn is
tried again on a new one (storage.busy: a lost connection counts as a busy database).
"""

from __future__ import annotations

from time import monotonic
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine

# Longer than a busy bot leaves a connection in the pool; far shorter than a server restart.
IDLE_SECONDS = 1.0
_RETURNED = "dialog_bot_returned"


def ping_when_idle(engine: AsyncEngine, idle_seconds: float = IDLE_SECONDS) -> None:
    """Check a pooled connection at checkout if it sat idle longer than `idle_seconds`."""
    pool = engine.sync_engine.pool
    dialect = engine.dialect

    @event.listens_for(pool, "checkin")
    def returned(_dbapi_connection: Any, record: Any) -> None:
        record.info[_RETURNED] = monotonic()

    @event.listens_for(pool, "checkout")
    def handed_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        # A new connection has no return time: it was made just now, and needs no check.
        returned_at = record.info.get(_RETURNED)
        if returned_at is None or monotonic() - returned_at < idle_seconds:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise DisconnectionError("the connection was lost while idle") from error
