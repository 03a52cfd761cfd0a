"""How soon the projector hears of a rating: from its commit to the page's stream receiving the
room's update, with a room of people rating at once through Telegram.

    .venv/bin/python -m benchmarks.live [--rooms 10,50] [--rounds 3]

The bot runs as `dialog-bot run` runs it (the Telegram channel polling a fake Bot API, the
outbox sender beside it) with the dashboard on a real aiohttp server. People join a workshop
with `/start CODE`; the facilitator presses "next" on the dashboard; everyone taps their two
ratings on the pushed question at the same moment. A signed-in browser listens to
`/live/<code>/events`. Each rating's commit is timed where the dialogs return from it (their
commit, then the wake-up, then the return); each update the stream receives settles every
rating its count includes. Prints p50/p95 per room size, on SQLite and on PostgreSQL (skipped
with a message when no server answers at TEST_POSTGRES_URL), and the larger room's p95 as a
ratio to the smaller's, measured in the same run. The goal: p95 at most one second.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.channels.telegram.adapter import CHANNEL
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from dialogs.messages import Inbound, Outbound
from storage import migrate
from storage.db import create_engine
from storage.models import Participant
from tests.channels.telegram.fake_server import FakeTelegram
from tests.channels.telegram.harness import RunningBot, running_bot
from tests.channels.telegram.person import TelegramPerson
from tests.conftest import (
    POSTGRES_ADMIN_URL,
    Clock,
    _drop_postgres_database,
    _postgres_database,
)
from tests.web.conftest import Site
from tests.web.live_room import Stream, add_ideas, dashboard_site, open_room, press, since, stream

BOT = "dialog_test_bot"
FIRST_PHONE = 7000
GOAL_SECONDS = 1.0


class CommitTimes:
    """When each rating was committed: a person's second tap on the room's question is their
    ease, the tap that stores the rating."""

    def __init__(self, dialogs: Dialogs) -> None:
        self.times: list[float] = []
        self._taps: dict[str, int] = {}
        handle = dialogs.handle

        async def timed(inbound: Inbound) -> list[Outbound]:
            said = await handle(inbound)
            if inbound.choice is not None and inbound.user_id.isdigit():
                taps = self._taps.get(inbound.user_id, 0) + 1
                self._taps[inbound.user_id] = taps
                if taps == 2:
                    self.times.append(time.monotonic())
            return said

        dialogs.handle = timed  # type: ignore[method-assign]


async def listen(events: Stream, room: int, seen: list[tuple[float, int]]) -> None:
    """Every update until one counts the whole room's ratings: when it came, and its count."""
    rated = 0
    while rated < room:
        event = await events.next()
        if event is None:
            raise RuntimeError("the stream ended before every rating was shown")
        if event.name == "room":
            rated = event.count("rated")
            seen.append((time.monotonic(), rated))


def delays(commits: list[float], seen: list[tuple[float, int]]) -> list[float]:
    """Each rating's delay: from its commit to the first update that counts it. A notice can
    reach the stream before the dialogs' return is timed (PostgreSQL delivers it at the commit
    itself): that rating's delay is taken as none."""
    found = []
    for number, committed in enumerate(commits, 1):
        received = next(at for at, rated in seen if rated >= number)
        found.append(max(0.0, received - committed))
    return found


async def one_room(url: str, folder: Path, room: int, translator: Translator) -> list[float]:
    engine = create_engine(url)
    await migrate.upgrade(engine)
    served = dashboard_site(engine, url, folder, translator, Clock(), telegram_bot_username=BOT)
    fake = FakeTelegram()
    await fake.start()
    try:
        async with served as site:
            dialogs = site.dialogs
            bot = await running_bot(fake, engine, dialogs, folder, "polling")
            try:
                return await _rated(site, fake, bot, room)
            finally:
                await bot.stop()
    finally:
        await fake.close()
        await engine.dispose()


async def _rated(site: Site, fake: FakeTelegram, bot: RunningBot, room: int) -> list[float]:
    dialogs, clock = site.dialogs, site.clock
    await add_ideas(dialogs)
    async with dialogs.sessionmaker() as session, session.begin():
        for n in range(room):  # known to the bot: each joins with one message
            key = dialogs.participant_key(CHANNEL, str(FIRST_PHONE + n))
            session.add(
                Participant(
                    key=key,
                    locale="uk",
                    consent="given",
                    consent_at=clock(),
                    created_at=clock(),
                )
            )
    browser = await site.signed_in()
    opened = await open_room(browser, dialogs)
    phones = [bot.person(FIRST_PHONE + n, "uk") for n in range(room)]
    for phone in phones:
        await phone.command("start", opened.code)
    await press(browser, opened, "next")
    await bot.sent()
    page = await browser.get(f"/live/{opened.code}")
    events = await stream(browser, opened.code, since(page))
    commits = CommitTimes(dialogs)
    seen: list[tuple[float, int]] = []
    listening = asyncio.create_task(listen(events, room, seen))
    await asyncio.gather(*(rate(fake, phone) for phone in phones))
    await asyncio.wait_for(listening, timeout=60)
    await events.close()
    return delays(commits.times, seen)


async def rate(fake: FakeTelegram, phone: TelegramPerson) -> None:
    """Both scales on the question "next" pushed to this phone."""
    pushed = fake.chats[phone.user_id][-1]
    await phone.taps("4", on=pushed)
    await phone.taps("3")


@asynccontextmanager
async def database(backend: str, folder: Path, label: str) -> AsyncIterator[str | None]:
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{folder / f'{label}.sqlite3'}"
        return
    created = await _postgres_database()
    if created is None:
        yield None
        return
    name, url = created
    try:
        yield url
    finally:
        await _drop_postgres_database(name)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main_async(rooms: list[int], rounds: int) -> None:
    translator = Translator()
    for backend in ("sqlite", "postgresql"):
        p95s: dict[int, float] = {}
        for room in rooms:
            measured: list[float] = []
            for round_ in range(rounds):
                with tempfile.TemporaryDirectory() as folder:
                    label = f"{backend}-{room}-{round_}"
                    async with database(backend, Path(folder), label) as url:
                        if url is None:
                            print(f"{backend}: skipped (no server at {POSTGRES_ADMIN_URL})")
                            break
                        measured += await one_room(url, Path(folder), room, translator)
            if not measured:
                break
            p50, p95 = statistics.median(measured), percentile(measured, 0.95)
            p95s[room] = p95
            verdict = "within" if p95 <= GOAL_SECONDS else "OVER"
            print(
                f"{backend}: {room} people rating at once, {len(measured)} ratings: commit to the "
                f"stream p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max "
                f"{max(measured) * 1000:.0f} ms ({verdict} the {GOAL_SECONDS:.0f} s goal)"
            )
        if len(p95s) > 1:
            smallest, largest = min(p95s), max(p95s)
            print(
                f"{backend}: p95 with {largest} people / with {smallest}: "
                f"{p95s[largest] / p95s[smallest]:.2f}x"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", default="10,50", help="room sizes, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    rooms = [int(size) for size in arguments.rooms.split(",")]
    asyncio.run(main_async(rooms, arguments.rounds))


if __name__ == "__main__":
    main()
