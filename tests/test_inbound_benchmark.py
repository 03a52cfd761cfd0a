"""The inbound benchmark's people really walk the journey it claims to measure (tiny numbers here;
the figures come from `make bench`)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import func, select, text

from benchmarks.inbound import Failures, measure_bot, measure_floor, measure_least
from benchmarks.inbound_parts import PARTS, measure
from bot.channels.telegram.handlers import log_failure
from storage.db import create_engine
from storage.models import Participant, Rating, SurveyResponse


async def test_simulated_people_onboard_finish_the_survey_and_rate_ideas(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.sqlite3'}"
    run, updates = await measure_bot(url, tmp_path, users=3, concurrent=3, ratings=4)
    assert len(run.latencies) == sum(len(sent) for sent in updates)
    assert run.processor > 0  # the process's processor time is measured, for its share

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

    least_url = f"sqlite+aiosqlite:///{tmp_path / 'least.sqlite3'}"
    least = await measure_least(least_url, updates, 3)
    assert len(least.latencies) == len(run.latencies)
    engine = create_engine(least_url)
    try:
        async with engine.connect() as connection:
            counts = (
                await connection.execute(
                    text(
                        "SELECT (SELECT count(*) FROM processed_updates),"
                        " (SELECT count(*) FROM least_people),"
                        " (SELECT count(*) FROM least_answers),"
                        " (SELECT count(*) FROM outbox"
                        "  WHERE sent_at IS NOT NULL AND address IS NULL)"
                    )
                )
            ).one()
    finally:
        await engine.dispose()
    # Each update a turn: claimed, answered, its reply pushed and marked sent; one row a person.
    updates_sent = len(run.latencies)
    assert tuple(counts) == (updates_sent, 3, updates_sent, updates_sent)


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


async def test_the_parts_of_an_update_are_timed_and_the_functions_put_back() -> None:
    before = [owner.__dict__[name] for _, owner, name, _ in PARTS]
    printed = await measure("sqlite", users=2, ratings=2)
    assert [owner.__dict__[name] for _, owner, name, _ in PARTS] == before
    header, *rows = printed.splitlines()
    assert header.startswith("sqlite, one at a time:")
    figures = {}
    for row in rows:
        label, ms, calls = re.fullmatch(r"\s+(.+?)\s+([0-9.]+) ms\s+([0-9.]+) calls", row).groups()
        figures[label] = (float(ms), float(calls))
    assert list(figures) == [label for label, *_ in PARTS]
    dispatch = figures["aiogram's dispatch of the update, the turn within it"]
    turn = figures["the person's turn, its commit included"]
    assert dispatch[1] == turn[1] == 1.0  # every update dispatched, and taken as a turn, once
    assert turn[0] <= dispatch[0]  # a part's time includes the parts within it
