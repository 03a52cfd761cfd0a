"""The scheduler `dialog-bot run` starts: the organisers' digest, retries, and daily housekeeping.

APScheduler 3 keeps its jobs in memory, so it cannot know about a run missed while the bot was
down; the digest job therefore also runs shortly after start and then every few minutes. Every
run queues only what is still owed for the latest period (see bot.digest.delivery), so running
it often, or from two processes, never sends a digest twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import App
from bot.cron import cron_trigger
from bot.digest.delivery import DigestSender
from bot.digest.maker import DigestMaker
from dialogs.engine import utc_now
from storage import dashboard, housekeeping, outbox, survey
from storage.advisory import RoleLock
from storage.db import create_read_only_sessionmaker

log = logging.getLogger(__name__)

# Channels need a moment to connect before the first pushes after start.
STARTUP_DELAY = timedelta(seconds=30)
# A run that fires late (a blocked loop, a suspended machine) still counts for this long.
MISFIRE_GRACE = timedelta(hours=12)
HOUSEKEEPING_HOUR = 3  # local time: a quiet hour
# How often a process without the scheduler looks whether the one with it is gone.
LOOK_SECONDS = 5.0


async def housekeeping_now(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime, retention_days: int
) -> None:
    """Superseded survey responses past retention, handled update ids past their use, the
    bare records of sent messages, and expired dashboard sessions and sign-in links."""
    async with sessionmaker() as session, session.begin():
        purged = await survey.purge_superseded(session, now, retention_days)
        pruned = await housekeeping.prune_processed_updates(session, now)
        sent = await outbox.prune_sent(session, now)
        expired = await dashboard.prune(session, now)
    log.info(
        "housekeeping: %s superseded responses, %s update ids, %s sent-message records, "
        "%s expired dashboard sessions and links deleted",
        purged,
        pruned,
        sent,
        expired,
    )


def digest_sender(app: App) -> DigestSender:
    settings = app.settings
    maker = DigestMaker.from_settings(settings, app.dialogs.translator)
    reader = create_read_only_sessionmaker(app.engine)
    return DigestSender(app.dialogs.sessionmaker, maker, app.messengers, app.dialogs.outbox, reader)


def build_scheduler(
    app: App, clock: Callable[[], datetime] = utc_now
) -> tuple[AsyncIOScheduler, DigestSender]:
    settings = app.settings
    sender = digest_sender(app)
    scheduler = AsyncIOScheduler(timezone=settings.timezone)

    async def digests() -> None:
        await sender.deliver_due(clock())

    async def daily() -> None:
        await housekeeping_now(app.dialogs.sessionmaker, clock(), settings.survey_retention_days)

    common: dict[str, Any] = {
        "coalesce": True,
        "max_instances": 1,
        "misfire_grace_time": int(MISFIRE_GRACE.total_seconds()),
    }
    scheduler.add_job(
        digests,
        cron_trigger(settings.digest_cron, settings.timezone),
        id="digest",
        **common,
    )
    # Catch-up after start, and for channels that started after the scheduled time.
    retry = timedelta(minutes=settings.digest_retry_minutes)
    scheduler.add_job(
        digests,
        IntervalTrigger(seconds=int(retry.total_seconds()), timezone=settings.timezone),
        id="digest-catch-up",
        next_run_time=clock() + STARTUP_DELAY,
        **common,
    )
    scheduler.add_job(
        daily,
        CronTrigger(hour=HOUSEKEEPING_HOUR, timezone=settings.timezone),
        id="housekeeping",
        **common,
    )
    return scheduler, sender


class SchedulerService:
    """The scheduler as a `dialog-bot run` service, in one process of however many run.

    On PostgreSQL the process holding the scheduler's advisory lock schedules; the others look
    every LOOK_SECONDS and one of them takes over, with a fresh schedule (its catch-up run
    included), when the holder's connection is gone.
    """

    def __init__(self, app: App, *, look_seconds: float = LOOK_SECONDS) -> None:
        self.app = app
        self.look_seconds = look_seconds
        self.lock = RoleLock(app.engine, "scheduler")
        self.scheduler: AsyncIOScheduler | None = None  # while this process schedules

    async def __call__(self) -> None:
        try:
            while True:
                held = await self.lock.held()
                if held and self.scheduler is None:
                    self.scheduler, _sender = build_scheduler(self.app)
                    self.scheduler.start()
                    log.info(
                        "scheduler started: digest on %r (%s)",
                        self.app.settings.digest_cron,
                        self.app.settings.timezone,
                    )
                elif not held and self.scheduler is not None:
                    log.warning("scheduler: lost its lock (the database went away); stopping")
                    self._stop()
                await asyncio.sleep(self.look_seconds)
        finally:
            self._stop()
            await self.lock.release()

    def _stop(self) -> None:
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=False)


def scheduler_service(app: App) -> SchedulerService | None:
    """The scheduler service; None where SCHEDULER_ENABLED is false."""
    if not app.settings.scheduler_enabled:
        return None
    return SchedulerService(app)
