"""What `dialog-bot run` schedules, and the daily housekeeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import App
from bot.cron import weekdays
from bot.scheduler import build_scheduler, housekeeping_now, scheduler_service
from bot.settings import Settings
from dialogs.engine import Dialogs
from storage.models import ProcessedUpdate

WEDNESDAY = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def app(engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path, **settings: object) -> App:
    configured = Settings(_env_file=None, data_dir=tmp_path, **settings)  # type: ignore[arg-type]
    return App(settings=configured, engine=engine, dialogs=dialogs)


def test_cron_weekdays_count_from_sunday_as_cron_does() -> None:
    assert weekdays("1") == "mon"
    assert weekdays("0") == weekdays("7") == "sun"
    assert weekdays("1-5") == "mon,tue,wed,thu,fri"
    assert weekdays("*/3") == "sun,wed,sat"


async def test_the_jobs(engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path) -> None:
    scheduler, _sender = build_scheduler(app(engine, dialogs, tmp_path), clock=lambda: WEDNESDAY)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"digest", "digest-catch-up", "housekeeping"}
    monday = jobs["digest"].trigger.get_next_fire_time(None, WEDNESDAY)
    assert monday.isoformat() == "2026-11-30T09:00:00+01:00"  # Monday 09:00 in Warsaw
    # Soon after start, the catch-up delivers whatever the downtime left owed.
    assert jobs["digest-catch-up"].next_run_time == WEDNESDAY + timedelta(seconds=30)
    assert all(job.coalesce for job in jobs.values())


async def test_the_scheduler_can_be_switched_off(
    engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path
) -> None:
    assert scheduler_service(app(engine, dialogs, tmp_path, scheduler_enabled=False)) is None
    assert scheduler_service(app(engine, dialogs, tmp_path)) is not None


async def test_housekeeping_forgets_old_update_ids(dialogs: Dialogs) -> None:
    async with dialogs.sessionmaker() as session, session.begin():
        session.add(ProcessedUpdate(key="old", processed_at=WEDNESDAY - timedelta(days=31)))
        session.add(ProcessedUpdate(key="recent", processed_at=WEDNESDAY - timedelta(days=29)))
    await housekeeping_now(dialogs.sessionmaker, WEDNESDAY, retention_days=365)
    async with dialogs.sessionmaker() as session:
        kept = (await session.scalars(select(ProcessedUpdate.key))).all()
    assert kept == ["recent"]
