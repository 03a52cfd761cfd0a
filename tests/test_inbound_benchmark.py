"""The inbound benchmark's people really walk the journey it claims to measure (tiny numbers here;
the figures come from `make bench`)."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.inbound import Failures, measure_bot, measure_floor
from bot.channels.telegram.handlers import log_failure
from storage.db import create_engine
from storage.models import Participant, Rating, SurveyResponse


async def test_simulated_people_onboard_finish_the_survey_and_rate_ideas(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.sqlite3'}"
    run, updates = await measure_bot(url, tmp_path, users=3, concurrent=3, ratings=4)
    assert len(run.latencies) == sum(len(sent) for sent in updates)

    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            consented = await connection.scalar(
                select(func.count()).where(Participant.consent == "given")
            )
            completed = await connection.scalar(
                select(func.count()).where(SurveyResponse.completed_at.is_not(None))
            )
            rated = await connection.scalar(select(func.count()).select_from(Rating))
    finally:
        await engine.dispose()
    assert (consented, completed, rated) == (3, 3, 3 * 2)  # two answers make one rating

    floor = await measure_floor(f"sqlite+aiosqlite:///{tmp_path / 'floor.sqlite3'}", updates, 3)
    assert len(floor.latencies) == len(run.latencies)


def test_only_updates_given_up_count_as_failed() -> None:
    failures = Failures()
    root = logging.getLogger()
    root.addHandler(failures)
    try:
        log_failure(7, RuntimeError("boom"))
        logging.getLogger("sqlalchemy.pool.impl.AsyncAdaptedQueuePool").error(
            "Exception during reset or similar"
        )
    finally:
        root.removeHandler(failures)
    assert failures.count == 1
