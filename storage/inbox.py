"""The Signal inbox: messages read from signal-cli's event stream, kept until they are handled.

One sender's messages are handled in arrival order (the row id); a message already waiting is not
kept twice. Nothing here commits: the caller's transaction does.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SignalInboxEntry


async def keep(
    session: AsyncSession, sender: str, sent_at: int, envelope: str, now: datetime
) -> bool:
    """Add a message; False when the same one (sender and timestamp) is already waiting."""
    waiting = await session.scalar(
        select(SignalInboxEntry.id).where(
            SignalInboxEntry.sender == sender, SignalInboxEntry.sent_at == sent_at
        )
    )
    if waiting is not None:
        return False
    session.add(
        SignalInboxEntry(sender=sender, sent_at=sent_at, envelope=envelope, received_at=now)
    )
    await session.flush()
    return True


async def oldest(session: AsyncSession, sender: str) -> SignalInboxEntry | None:
    """The sender's message that arrived first among those still waiting."""
    entry: SignalInboxEntry | None = await session.scalar(
        select(SignalInboxEntry)
        .where(SignalInboxEntry.sender == sender)
        .order_by(SignalInboxEntry.id)
        .limit(1)
    )
    return entry


async def senders_waiting(session: AsyncSession) -> list[str]:
    """Everyone with a message waiting, whoever's came first first."""
    rows = await session.execute(
        select(SignalInboxEntry.sender)
        .group_by(SignalInboxEntry.sender)
        .order_by(func.min(SignalInboxEntry.id))
    )
    return list(rows.scalars())


async def remove(session: AsyncSession, entry_id: int) -> None:
    """A handled message goes, and the sender's account UUID with it."""
    await session.execute(delete(SignalInboxEntry).where(SignalInboxEntry.id == entry_id))
