"""Part 3: the digest exactly once, while two scheduler processes on PostgreSQL are killed.

Two processes (digest_worker.py) each run the scheduled digest for every organiser, period after
period, and send the outbox to the fake Bot API; one of them is killed by SIGKILL at a random
moment and started again, over and over. Then both run until every digest is recorded and the
outbox is empty. Each organiser's chat must then hold every period's digest once: the digests
are alike (the same figures each week), so the chat is read as messages in a row, and a message
straight after its twin is one sent again (allowed only as the first copy was accepted just
before a kill).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.digest.schedule import DigestSchedule
from dialogs.engine import utc_now
from storage import migrate
from storage.db import create_engine, create_sessionmaker
from storage.models import DigestDelivery, Organiser, OutboxMessage
from tests.channels.telegram.fake_server import FakeTelegram, Sent
from tests.channels.telegram.lives import PSEUDONYM_KEY, REPO, bot_env
from tests.conftest import POSTGRES_ADMIN_URL, _drop_postgres_database, _postgres_database

CRON = "0 9 * * 1"
FIRST_CHAT = 700
SETTLE_SECONDS = 120  # after the kills, for the last digests to be queued and sent


@dataclass
class DigestFigures:
    skipped: str | None = None
    kills: int = 0
    organisers: int = 0
    periods: int = 0
    seconds: float = 0.0
    recorded: int = 0  # (organiser, period) deliveries in the database
    received: int = 0  # digests each organiser's chat holds, counted whole
    lost: int = 0  # digests or parts of them that never arrived
    doubled: int = 0  # messages that arrived twice in a row
    unsent: int = 0
    notes: list[str] = field(default_factory=list)


class Worker:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "benchmarks.robustness.digest_worker",
                env=self.env,
                cwd=REPO,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=log,
            )

    async def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()


async def run(
    kills: int, organisers: int, periods: int, seed: int, seconds: float
) -> DigestFigures:
    figures = DigestFigures(organisers=organisers, periods=periods)
    created = await _postgres_database()
    if created is None:
        figures.skipped = f"no PostgreSQL server reachable at {POSTGRES_ADMIN_URL}"
        return figures
    name, url = created
    rng = random.Random(seed)
    started = time.perf_counter()
    engine = create_engine(url)
    fake = FakeTelegram()
    await fake.start()
    workers: list[Worker] = []
    try:
        await migrate.upgrade(engine)
        schedule = DigestSchedule(CRON, "Europe/Warsaw")
        now = utc_now()
        # Hours after the first digest was due: whole weeks later (in UTC) stay after each
        # following one across a change of summer time.
        first = schedule.latest(now - timedelta(weeks=periods)) + timedelta(hours=3)
        async with create_sessionmaker(engine)() as session, session.begin():
            for number in range(organisers):
                session.add(
                    Organiser(
                        participant_key=f"organiser-{number}",
                        channel="telegram",
                        address=str(FIRST_CHAT + number),
                        name=f"Organiser {number}",
                        locale=["en", "pl", "uk", "ru"][number % 4],
                        created_at=first - timedelta(days=60),
                    )
                )
        folder = Path(os.environ.get("TMPDIR", "/tmp"))
        env = bot_env(fake, folder / "unused.sqlite3", folder / f"{name}-data")
        env |= {
            "DATABASE_URL": url,
            "DIGEST_CRON": CRON,
            "TIMEZONE": "Europe/Warsaw",
            "PSEUDONYM_KEY": PSEUDONYM_KEY,
            "ROBUSTNESS_FIRST_DIGEST": first.isoformat(),
            "ROBUSTNESS_DIGESTS": str(periods),
        }
        log = folder / f"{name}.log"
        workers = [Worker(env, log), Worker(env, log)]
        for worker in workers:
            await worker.start()
        while figures.kills < kills and time.perf_counter() - started < seconds:
            await asyncio.sleep(rng.uniform(0.2, 2.5))
            worker = rng.choice(workers)
            await worker.kill()
            figures.kills += 1
            await worker.start()
        await _settle(engine, organisers * periods)
        for worker in workers:
            await worker.kill()
        await _count(engine, fake, organisers, figures)
        log.unlink(missing_ok=True)
    finally:
        for worker in workers:
            await worker.kill()
        await fake.close()
        await engine.dispose()
        await _drop_postgres_database(name)
    figures.seconds = time.perf_counter() - started
    return figures


async def _settle(engine: object, owed: int) -> None:
    """Until every (organiser, period) is recorded and nothing waits in the outbox, or a bound."""
    deadline = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < deadline:
        recorded, unsent = await _progress(engine)
        if recorded >= owed and unsent == 0:
            return
        await asyncio.sleep(0.2)


async def _progress(engine: object) -> tuple[int, int]:
    async with create_sessionmaker(engine)() as session:  # type: ignore[arg-type]
        recorded = await session.scalar(select(func.count()).select_from(DigestDelivery))
        unsent = await session.scalar(select(func.count()).where(OutboxMessage.sent_at.is_(None)))
    return int(recorded or 0), int(unsent or 0)


async def _count(
    engine: object, fake: FakeTelegram, organisers: int, figures: DigestFigures
) -> None:
    figures.recorded, figures.unsent = await _progress(engine)
    for number in range(organisers):
        chat = fake.chats.get(FIRST_CHAT + number, [])
        once = [_shape(m) for m in chat[:1]]
        for previous, message in itertools.pairwise(chat):
            if _shape(previous) == _shape(message):
                figures.doubled += 1  # sent again: a chat's messages go out in order
            else:
                once.append(_shape(message))
        digests = _digests(once)
        figures.received += len(digests)
        parts = len(digests[0]) if digests else 0
        broken = sum(1 for digest in digests if len(digest) != parts)
        missing = max(0, figures.periods - len(digests))
        figures.lost += broken + missing
        if broken or missing:
            figures.notes.append(f"organiser {number}: {len(digests)} digests, {broken} broken")


def _shape(message: Sent) -> tuple[str | None, str | None]:
    """A message as told apart: each digest names its period in its first text and its files."""
    return message.text, message.document[0] if message.document else None


def _digests(
    messages: list[tuple[str | None, str | None]],
) -> list[list[tuple[str | None, str | None]]]:
    """The messages cut into digests: each ends with its workbook."""
    digests: list[list[tuple[str | None, str | None]]] = [[]]
    for text, document in messages:
        digests[-1].append((text, document))
        if document is not None and document.endswith(".xlsx"):
            digests.append([])
    return [digest for digest in digests if digest]
