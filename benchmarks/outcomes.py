"""Telling N people of one idea's outcome: the scheduled job claims each (person, day) and queues
the message, the outbox sender sends it through the real Telegram sender to a fake Bot API that
enforces Telegram's limits (30 messages a second overall, a short burst then ~1 a second per
chat). Prints the time to the last message against pushing the same N messages straight through
the sender (the baseline, measured in the same run), and how many 429s the server gave.

    .venv/bin/python -m benchmarks.outcomes [--sizes 1000,10000] [--rate 25]

The pass mark: no 429. The ratio shows what queueing and the outbox add to sending itself.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy import insert

from benchmarks.telegram_push import measure as push_directly
from bot.channels.outbox_sender import OutboxSender
from bot.channels.pacing import Pacer
from bot.channels.telegram.messenger import TelegramMessenger
from bot.channels.telegram.sender import Sender
from bot.updates import UpdatesSender
from dialogs.i18n import Translator
from dialogs.messages import Outbound
from dialogs.outbox import Outbox
from storage import migrate, outcomes
from storage.db import create_engine, create_sessionmaker
from storage.models import Idea, IdeaText, Organiser, Participant, Rating, UpdatePreference
from tests.channels.telegram.fake_server import TOKEN, FakeTelegram, Limits

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def people_who_rated(url: str, people: int) -> None:
    """`people` participants who rated idea a1 and said yes to news, and an organiser."""
    engine = create_engine(url)
    await migrate.upgrade(engine)
    earlier = NOW - timedelta(days=1)
    async with engine.begin() as connection:
        await connection.execute(
            insert(Idea.__table__).values(
                id=1,
                code="a1",
                area="city_policy",
                dimensions=[],
                source="workshops-2023",
                language="pl",
                status="approved",
                created_at=earlier,
            )
        )
        await connection.execute(
            insert(IdeaText.__table__).values(idea_id=1, locale="pl", text="Kursy polskiego")
        )
        await connection.execute(
            insert(Participant.__table__),
            [
                {"id": n, "key": f"k{n}", "locale": "uk", "consent": "given", "created_at": earlier}
                for n in range(1, people + 1)
            ],
        )
        await connection.execute(
            insert(Rating.__table__),
            [
                {
                    "idea_id": 1,
                    "participant_id": n,
                    "effectiveness": 4,
                    "ease": 3,
                    "rated_at": earlier,
                }
                for n in range(1, people + 1)
            ],
        )
        await connection.execute(
            insert(UpdatePreference.__table__),
            [
                {
                    "participant_id": n,
                    "asked_at": earlier,
                    "answer": "yes",
                    "answered_at": earlier,
                    "channel": "telegram",
                    "address": str(n),
                    "told_until": earlier,
                }
                for n in range(1, people + 1)
            ],
        )
    async with create_sessionmaker(engine)() as session, session.begin():
        organiser = Organiser(
            participant_key="org",
            channel="telegram",
            address="0",
            name="Ola",
            locale="pl",
            created_at=earlier,
        )
        session.add(organiser)
        await session.flush()
        set_at = NOW - timedelta(hours=1)
        await outcomes.set_outcome(session, organiser, 1, "planned", "W marcu.", "pl", set_at)
    await engine.dispose()


async def notify(url: str, people: int, rate: float) -> tuple[float, float, int]:
    """(seconds to queue every message, seconds to the last message, 429s)."""
    fake = FakeTelegram()
    fake.limits = Limits()
    await fake.start()
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.url)))
    messenger = _Counting(
        TelegramMessenger(Sender(bot, Pacer(per_second=rate)), stopped=_nobody_stops), people
    )
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    outbox = Outbox()
    job = UpdatesSender(
        sessionmaker,
        Translator(),
        {"telegram": messenger},
        outbox,
        timezone="Europe/Warsaw",
        default_locale="pl",
        reminder_days=0,
    )
    sending = asyncio.create_task(OutboxSender(sessionmaker, outbox, messenger).run())
    try:
        started = time.monotonic()
        queued = await job.outcomes_due(NOW)
        assert queued == people, f"{queued} of {people} queued"
        queued_after = time.monotonic() - started
        await messenger.all_sent.wait()
        last = time.monotonic() - started
        again = await job.outcomes_due(NOW + timedelta(hours=1))
        assert again == 0, "a second run queued messages again"
    finally:
        sending.cancel()
        await asyncio.gather(sending, return_exceptions=True)
        await bot.session.close()
        await fake.close()
        await engine.dispose()
    return queued_after, last, fake.throttled


class _Counting:
    """The Telegram messenger, noting when the last of `expected` messages was accepted."""

    channel = "telegram"

    def __init__(self, messenger: TelegramMessenger, expected: int) -> None:
        self.messenger = messenger
        self.expected = expected
        self.sent = 0
        self.all_sent = asyncio.Event()

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        await self.messenger.push(address, outbounds)
        self.sent += len(outbounds)
        if self.sent >= self.expected:
            self.all_sent.set()


async def _nobody_stops(channel: str, user_id: str) -> None:
    raise AssertionError("no chat blocks the bot in this benchmark")


async def run(sizes: list[int], rate: float) -> bool:
    passed = True
    for people in sizes:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}"
            await people_who_rated(url, people)
            queued, last, throttled = await notify(url, people, rate)
        achieved, baseline_throttled = await push_directly(people, rate)
        baseline = (people - 1) / achieved
        ratio = last / baseline
        print(
            f"{people:>6} people: all queued in {queued:.1f} s, last message after {last:.1f} s; "
            f"pushing the same straight through the sender: {baseline:.1f} s "
            f"(×{ratio:.2f}); 429s: {throttled} (baseline {baseline_throttled}), "
            f"at {rate:g} messages/s configured"
        )
        passed = passed and throttled == 0
    return passed


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument(
        "--sizes", default="1000,10000", help="comma-separated numbers of people"
    )
    arguments.add_argument("--rate", type=float, default=25.0, help="configured messages/s")
    options = arguments.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    if not asyncio.run(run(sizes, options.rate)):
        raise SystemExit("below the mark: the fake Bot API answered 429")


if __name__ == "__main__":
    main()
