"""What `dialog-bot run` schedules, and the daily housekeeping."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import App
from bot.cron import weekdays
from bot.scheduler import SchedulerService, build_scheduler, housekeeping_now, scheduler_service
from bot.settings import Settings
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import migrate
from storage.db import create_engine
from storage.models import ProcessedUpdate
from tests.conftest import Clock, make_dialogs

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
    assert set(jobs) == {"digest", "digest-catch-up", "updates", "housekeeping"}
    monday = jobs["digest"].trigger.get_next_fire_time(None, WEDNESDAY)
    assert monday.isoformat() == "2026-11-30T09:00:00+01:00"  # Monday 09:00 in Warsaw
    # Soon after start, the catch-up delivers whatever the downtime left owed.
    assert jobs["digest-catch-up"].next_run_time == WEDNESDAY + timedelta(seconds=30)
    # News of outcomes and survey reminders: looked for soon after start, then every 5 minutes.
    assert jobs["updates"].next_run_time == WEDNESDAY + timedelta(seconds=30)
    assert jobs["updates"].trigger.interval == timedelta(minutes=5)
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


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_of_two_processes_on_postgresql_one_schedules_and_the_other_takes_over(
    any_db_url: str, translator: Translator, clock: Clock, tmp_path: Path
) -> None:
    engines = [create_engine(any_db_url) for _ in range(2)]
    services: list[SchedulerService] = []
    tasks: list[asyncio.Task[None]] = []
    try:
        await migrate.upgrade(engines[0])
        for engine in engines:
            dialogs = make_dialogs(engine, translator, clock)
            services.append(SchedulerService(app(engine, dialogs, tmp_path), look_seconds=0.05))
        tasks.extend(asyncio.create_task(service()) for service in services)
        await until(lambda: any(service.scheduler for service in services))
        for _ in range(3):  # several looks later, still one
            await asyncio.sleep(0.05)
        [holder] = [i for i, service in enumerate(services) if service.scheduler is not None]

        await stop(tasks[holder])  # that process ends, and its lock with it
        assert services[holder].scheduler is None
        await until(lambda: services[1 - holder].scheduler is not None)
        assert services[1 - holder].scheduler.running  # type: ignore[union-attr]
    finally:
        for task in tasks:
            await stop(task)
        for engine in engines:
            await engine.dispose()


async def until(condition: Callable[[], object]) -> None:
    async with asyncio.timeout(15):
        while True:
            if condition():
                return
            await asyncio.sleep(0.01)


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
