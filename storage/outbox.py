"""The outbox table: messages waiting for their channel's sender, in the order they were decided.

Adding happens inside the caller's transaction (the one that decided the message); the sender
reads and marks rows in short transactions of its own, never holding one while it sends.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.advisory import RoleLock
from storage.db import on_connection
from storage.models import OutboxMessage

# A sent row keeps neither address nor message, only when it was sent: kept this long as a record
# of how much went out, then deleted.
SENT_KEPT = timedelta(days=7)
# The PostgreSQL notification topic on which writers wake the sender (payload: the channel).
ANNOUNCED = "dialog_bot_outbox"
# Every reply is claimed and marked: those statements go to the table, not the mapped class,
# whose ORM path costs about 0.2 ms a statement more (benchmarks/inbound.py).
OUTBOX = cast(Table, OutboxMessage.__table__)


async def add(
    session: AsyncSession,
    channel: str,
    address: str,
    messages: Sequence[dict[str, Any]],
    now: datetime,
) -> None:
    """Queue messages to one chat in the caller's transaction, in order: one statement.

    Not through the session's unit of work: every turn queues its replies, and the flush that
    `session.add` would leave to the commit cost more than the insert itself.
    """
    if not messages:
        return
    rows = [
        {"channel": channel, "address": address, "message": message, "created_at": now}
        for message in messages
    ]
    await (await on_connection(session)).execute(ADD, rows)


# Named: benchmarks/inbound.py counts the replies a run queued by this statement.
ADD = insert(OUTBOX)


class Waiting(NamedTuple):
    """An unsent message as the sender needs it."""

    id: int
    address: str
    message: dict[str, Any]


async def claim(
    session: AsyncSession | AsyncConnection, channel: str, skipping: Collection[str], limit: int
) -> list[Waiting]:
    """The oldest unsent messages on `channel`, in order, of chats not in `skipping`: one
    statement for any number of chats.

    On PostgreSQL the rows are locked for the caller's transaction (the outbox sender's: this
    statement alone) and rows another transaction holds are skipped, not waited for: messages an
    erasure is deleting, or another process is marking sent, are not taken.
    """
    query, values = _CLAIM, {"channel": channel, "limit": limit}
    if skipping:
        query, values = _CLAIM_SKIPPING, {**values, "skipping": list(skipping)}
    return [
        Waiting(row.id, row.address, row.message)
        for row in await session.execute(query, values)
        if row.address is not None and row.message is not None
    ]


# Built once (a statement's cache key and result columns are then worked out once, not on each
# of the claims that every reply takes).
_CLAIM = (
    select(OUTBOX.c.id, OUTBOX.c.address, OUTBOX.c.message)
    .where(OUTBOX.c.channel == bindparam("channel"), OUTBOX.c.sent_at.is_(None))
    .order_by(OUTBOX.c.id)
    .limit(bindparam("limit"))
    .with_for_update(skip_locked=True)
)
_CLAIM_SKIPPING = _CLAIM.where(OUTBOX.c.address.not_in(bindparam("skipping", expanding=True)))


async def unsent(
    session: AsyncSession, channel: str | None = None, address: str | None = None
) -> int:
    query = select(func.count()).where(OutboxMessage.sent_at.is_(None))
    if channel is not None:
        query = query.where(OutboxMessage.channel == channel)
    if address is not None:
        query = query.where(OutboxMessage.address == address)
    return int(await session.scalar(query) or 0)


async def mark_sent(
    session: AsyncSession | AsyncConnection, message_ids: Collection[int], now: datetime
) -> None:
    """Sent: the address and the message go; the rows stay as bare records until pruned."""
    await session.execute(_MARK_SENT, {"ids": list(message_ids), "now": now})


_MARK_SENT = (
    update(OUTBOX)
    .where(OUTBOX.c.id.in_(bindparam("ids", expanding=True)))
    .values(sent_at=bindparam("now"), address=None, message=None)
)


async def count_attempt(session: AsyncSession, message_id: int) -> int:
    """One more failed try at a message; returns how many there have been."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(attempts=OutboxMessage.attempts + 1)
    )
    attempts = await session.scalar(
        select(OutboxMessage.attempts).where(OutboxMessage.id == message_id)
    )
    return int(attempts or 0)


async def drop(session: AsyncSession, message_id: int) -> None:
    await session.execute(delete(OutboxMessage).where(OutboxMessage.id == message_id))


async def drop_chat(session: AsyncSession, channel: str, address: str) -> int:
    """Every unsent message to one chat (erased, or no longer reachable); returns how many."""
    result = await session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.channel == channel,
            OutboxMessage.address == address,
            OutboxMessage.sent_at.is_(None),
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def prune_sent(session: AsyncSession, now: datetime) -> int:
    """Delete the bare records of messages sent more than SENT_KEPT ago; returns how many."""
    result = await session.execute(
        delete(OutboxMessage).where(OutboxMessage.sent_at < now - SENT_KEPT)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def announce(engine: AsyncEngine, channel: str) -> None:
    """Tell the process that sends `channel`, if another, that something was just committed.

    PostgreSQL's NOTIFY reaches the sender's lock connection (SenderLock), so a reply decided
    by one worker goes out at once from another, not at its next sweep. It runs on every commit
    of a worker that does not send: an `engine` from storage.db.one_statement_engine makes it one
    round trip.
    """
    if engine.dialect.name != "postgresql":
        return
    async with engine.connect() as connection:
        await connection.execute(
            text("SELECT pg_notify(:topic, :channel)"), {"topic": ANNOUNCED, "channel": channel}
        )
        await connection.commit()


class SenderLock(RoleLock):
    """Which process sends a channel's outbox (see storage.advisory); while it does, it hears
    `announce` for its channel and calls `announced`."""

    def __init__(
        self, engine: AsyncEngine, channel: str, announced: Callable[[], None] = lambda: None
    ) -> None:
        super().__init__(engine, f"outbox:{channel}")
        self.channel = channel
        self.announced = announced

    async def _taken(self, driver_connection: Any) -> None:
        def heard(_connection: object, _pid: int, _topic: str, channel: str) -> None:
            if channel == self.channel:
                self.announced()

        await driver_connection.add_listener(ANNOUNCED, heard)
