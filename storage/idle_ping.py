"""PostgreSQL connections are checked before use only when they sat idle in the pool a while.

SQLAlchemy's `pool_pre_ping` checks every connection handed out; on asyncpg that check is a
transaction of its own (BEGIN, an empty query, ROLLBACK): three round trips, on every turn and
every mark of a sent message, a quarter of all the round trips an update made. Here a connection
is handed out without a round trip when asyncpg already knows it closed (it reads the server's
end of a connection while it idles) or when it was back in the pool only a moment: it was alive
a moment ago. One that sat longer may have been cut without a word (a network that dropped it,
an idle timeout on the way), and is checked as before. A connection that fails is replaced by the
pool, which tries another. What is left, a connection cut in the moment it sat and not yet seen
closed, fails its transaction's first statement, and its update is not confirmed to the
messenger, which delivers it again.
"""

from __future__ import annotations

from time import monotonic as monotonic  # the idle clock, here and for role locks; tests move it
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine

# Longer than a busy bot leaves a connection in the pool (it takes the latest one back first).
# Also how often a role's lock is confirmed with a round trip (storage.advisory.RoleLock): far
# shorter than a server takes to notice a connection cut without a word and free its locks.
IDLE_SECONDS = 1.0
_RETURNED = "dialog_bot_returned"


def ping_when_idle(engine: AsyncEngine) -> None:
    """Check a pooled connection at checkout if it sat idle longer than IDLE_SECONDS."""
    pool = engine.sync_engine.pool
    dialect = engine.dialect
    lost = (dialect.loaded_dbapi.Error, OSError)

    @event.listens_for(pool, "checkin")
    def returned(_dbapi_connection: Any, record: Any) -> None:
        record.info[_RETURNED] = monotonic()

    @event.listens_for(pool, "checkout")
    def handed_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if dbapi_connection.driver_connection.is_closed():
            raise DisconnectionError("the connection was closed while idle")
        # A new connection has no return time: it was made just now, and needs no check.
        returned_at = record.info.get(_RETURNED)
        if returned_at is None or monotonic() - returned_at < IDLE_SECONDS:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except lost as error:
            raise DisconnectionError("the connection was lost while idle") from error
