"""Participants answering while an organiser's /digest is made, on SQLite at scale.

    .venv/bin/python -m benchmarks.reports [--participants 300000 --ratings 3000000 --answering 10]

Fills an SQLite file as benchmarks/digest.py does (bulk inserts, a minute or two at the default
size), opens the program as `dialog-bot run` would
(bot.app.open_app), onboards a few participants and an organiser through the dialogs, then
measures, in the same process and event loop:
- without a report: the participants answer (a tap each, a write transaction each) for as long
  as a digest takes;
- with a report: they answer while the organiser's /digest is made, from the command to the
  last file.
Rounds alternate, so drift in the shared machine hits both alike. It prints the p50 and p99 of
the participants' reply latency in each, the p99 ratio (the goal: at most 1.5×) and the
failures (the goal: none). `--old-way` adds what the report cost before it left the write path:
the figures gathered inside a write transaction and the files built on the event loop.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import logging
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import cast

from benchmarks.digest import fill
from bot.app import App, open_app
from bot.digest.reports import OrganiserReports
from bot.settings import Settings
from dialogs.engine import Dialogs, utc_now
from dialogs.messages import Choice, Inbound, Outbound
from storage import migrate
from storage import organisers as repo
from storage.db import create_engine

CHANNEL = "benchmark"
# Between one participant's answers: ten participants then send about fifty answers a second,
# a busy bot but not one whose writes queue up behind each other even with no report running.
THINK_SECONDS = 0.2
_update_ids = itertools.count(1)


@dataclass
class Participant:
    dialogs: Dialogs
    user_id: str
    last: list[Outbound] = field(default_factory=list)

    async def send(self, **content: object) -> list[Outbound]:
        inbound = Inbound(CHANNEL, self.user_id, str(next(_update_ids)), **content)  # type: ignore[arg-type]
        self.last = await self.dialogs.handle(inbound)
        return self.last

    async def tap(self, option_id: str) -> list[Outbound]:
        question = [o for o in self.last if o.options][-1]
        assert question.token is not None
        return await self.send(choice=Choice(option_id, question.token))

    @property
    def asked(self) -> str:
        return [o for o in self.last if o.options][-1].key


@dataclass
class Latencies:
    seconds: list[float] = field(default_factory=list)
    failures: int = 0

    def add(self, other: Latencies) -> None:
        self.seconds += other.seconds
        self.failures += other.failures

    def percentile(self, p: int) -> float:
        return statistics.quantiles(self.seconds, n=100)[p - 1]


async def onboard(dialogs: Dialogs, user_id: str) -> Participant:
    person = Participant(dialogs, user_id)
    await person.send(command="start", language_hint="uk")
    for option in ("uk", "yes", "no", "wola"):
        await person.tap(option)
    assert person.asked == "menu-main", person.asked
    return person


async def answer_until(person: Participant, stop: asyncio.Event) -> Latencies:
    """Back and forth between the main menu and the settings: one write transaction each."""
    measured = Latencies()
    while not stop.is_set():
        option = "settings" if person.asked == "menu-main" else "back"
        started = time.perf_counter()
        try:
            await person.tap(option)
        except Exception:
            measured.failures += 1
            person.last = await person.send(command="menu")
        measured.seconds.append(time.perf_counter() - started)
        await asyncio.sleep(THINK_SECONDS)
    return measured


async def crowd_during(crowd: list[Participant], work: Awaitable[object]) -> Latencies:
    stop = asyncio.Event()
    answering = [asyncio.create_task(answer_until(person, stop)) for person in crowd]
    try:
        await work
    finally:
        stop.set()
    measured = Latencies()
    for done in await asyncio.gather(*answering):
        measured.add(done)
    return measured


async def digest_now(organiser: Participant) -> float:
    started = time.perf_counter()
    replies = await organiser.send(command="digest")
    keys = [reply.key for reply in replies]
    assert "digest-chart-caption" in keys and "digest-workbook-caption" in keys, keys
    return time.perf_counter() - started


async def digest_the_old_way(app: App) -> None:
    """As /digest was made before: gathered in a write transaction, built on the event loop."""
    reports = cast(OrganiserReports, app.dialogs.config.reports)
    period = reports.maker.schedule.period_until_now(utc_now())
    async with app.dialogs.sessionmaker() as session, session.begin():
        data = await reports.maker.gather(session, period)
        reports.maker.render(data, "en")


async def measure(
    app: App, answering: int, rounds: int, old_way: bool
) -> tuple[Latencies, Latencies, Latencies | None, list[float]]:
    dialogs = app.dialogs
    crowd = [await onboard(dialogs, f"participant-{n}") for n in range(answering)]
    async with dialogs.sessionmaker() as session, session.begin():
        token = await repo.create_invite(session, "Benchmark", utc_now(), timedelta(hours=1))
    organiser = Participant(dialogs, "organiser")
    await organiser.send(command="start", command_arg=f"{repo.INVITE_PREFIX}{token}")
    took = await digest_now(organiser)  # warm up: the worker, its imports, SQLite's page cache
    quiet, busy, old = Latencies(), Latencies(), Latencies() if old_way else None
    durations: list[float] = []
    for _ in range(rounds):
        quiet.add(await crowd_during(crowd, asyncio.sleep(took)))  # as long as a digest takes
        report = asyncio.create_task(digest_now(organiser))
        busy.add(await crowd_during(crowd, report))
        took = report.result()
        durations.append(took)
        if old is not None:
            old.add(await crowd_during(crowd, digest_the_old_way(app)))
    return quiet, busy, old, durations


def fill_without_wal(path: Path, participants: int, ratings: int, ideas: int) -> None:
    """benchmarks.digest.fill, written once into the file instead of into the WAL and then again
    into the file: a new database needs no journal to roll back to."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    fill(path, participants, ratings, ideas)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")


async def main(
    participants: int, ratings: int, ideas: int, answering: int, rounds: int, old_way: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        path = data_dir / "bench.sqlite3"
        url = f"sqlite+aiosqlite:///{path}"
        engine = create_engine(url)
        await migrate.upgrade(engine)
        await engine.dispose()
        started = time.perf_counter()
        await asyncio.to_thread(fill_without_wal, path, participants, ratings, ideas)
        filled = time.perf_counter() - started
        app = await open_app(Settings(_env_file=None, database_url=url, data_dir=data_dir))  # type: ignore[call-arg]
        try:
            quiet, busy, old, durations = await measure(app, answering, rounds, old_way)
        finally:
            await app.close()
    print(f"data: {participants:,} participants, {ratings:,} ratings, {ideas} ideas")
    print(f"      (filled in {filled:.1f} s); {answering} participants answering, {rounds} rounds")
    print(f"/digest took {statistics.median(durations):.2f} s (median), command to last file")
    show: list[tuple[str, Latencies]] = [("no report", quiet), ("during /digest", busy)]
    if old is not None:
        show.append(("during the old way", old))
    for name, measured in show:
        print(
            f"{name:>20}: {len(measured.seconds):6,} answers, "
            f"p50 {measured.percentile(50) * 1000:7.1f} ms, "
            f"p99 {measured.percentile(99) * 1000:7.1f} ms, failures {measured.failures}"
        )
    ratio: Callable[[Latencies], float] = lambda m: m.percentile(99) / quiet.percentile(99)  # noqa: E731
    print(f"p99 during /digest / no report: {ratio(busy):.2f}×  (goal ≤ 1.5×, 0 failures)")
    if old is not None:
        print(f"p99 during the old way / no report: {ratio(old):.2f}×")


if __name__ == "__main__":
    # Retries while the old way holds the write lock are counted in the latencies, not printed.
    logging.getLogger("storage.busy").setLevel(logging.ERROR)
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--participants", type=int, default=300_000)
    arguments.add_argument("--ratings", type=int, default=3_000_000)
    arguments.add_argument("--ideas", type=int, default=300)
    arguments.add_argument("--answering", type=int, default=10)
    arguments.add_argument("--rounds", type=int, default=3)
    arguments.add_argument("--old-way", action="store_true")
    options = arguments.parse_args()
    asyncio.run(
        main(
            options.participants,
            options.ratings,
            options.ideas,
            options.answering,
            options.rounds,
            options.old_way,
        )
    )
