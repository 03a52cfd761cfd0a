"""Deleting what is no longer needed, run daily by the scheduler."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate

# Messengers redeliver an update within minutes or hours, never after weeks.
PROCESSED_UPDATES_KEPT = timedelta(days=30)


async def prune_processed_updates(session: AsyncSession, now: datetime) -> int:
    """Forget handled update ids older than PROCESSED_UPDATES_KEPT; returns how many."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - PROCESSED_UPDATES_KEPT)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
