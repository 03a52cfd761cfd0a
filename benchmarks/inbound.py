"""Updates through the real Telegram path, against a floor measured in the same run.

    .venv/bin/python -m benchmarks.inbound [--users 100 --concurrent 100 --ratings 16]

Simulated people walk onboarding, the survey and a few ratings: each update goes through
aiogram's dispatcher (`Intake.handle` → `Dispatcher.feed_update`) into the dialogs, and the
replies go back through aiogram's Bot to a Bot API that answers at once (no network, so the
figure is the bot's own cost). A person sends their next update once every reply to the last
has been pushed by the outbox sender (running beside, as in the bot). The same updates are then
fed to a bare dispatcher whose only handler makes one durable transaction (one row inserted,
committed) the way a turn's is made (on SQLite its statement on the event loop's thread, its
commit on the connection's: storage.db.INLINE_OPTION): the floor (the median of three runs).
And through `benchmarks.least_turn`, which does only what any turn needs on this stack (the
statements, the Bot API calls and the outbox's look and mark, with no dialog), also the median of
three: between the two, the floor's ratio splits into what the stack costs and what the bot adds.
The bot's figure also carries a little of the harness's own work that the least turn's does not
(a listener counting queued replies, and the wait for the sender task's push).

Run on SQLite and on PostgreSQL (skipped with a message when no server answers at
TEST_POSTGRES_URL), one person at a time and with `--concurrent` people at once. Prints ms per
update, updates/s, p50/p99 latency, the ratios to the floor and to the least turn, the share
of the time the garbage collector held the bot (with its longest pass), and the process's
processor time (the simulated people's and the fake Bot API's included) and its share of the
time: one process runs Python on one core at a time, so 100 at once can only gain what one at a
time spent waiting. The bot runs as
`dialog-bot run` does, with what start-up made frozen out of the collector's passes
(bot.runner.keep_start_up_out_of_collections).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import gc
import itertools
import logging
import random
import tempfile
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, Update
from sqlalchemy import Column, Integer, MetaData, String, Table, event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from benchmarks import least_turn
from bot.app import open_app
from bot.channels.telegram import handlers
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.messenger import TelegramMessenger
from bot.channels.telegram.taps import OptionTap
from bot.runner import keep_start_up_out_of_collections
from bot.settings import Settings
from dialogs.messages import Outbound
from storage import outbox as outbox_repo
from storage.db import INLINE_OPTION, create_engine
from tests.conftest import POSTGRES_ADMIN_URL, _drop_postgres_database, _postgres_database

TOKEN = "42:BENCHMARK-token_that_looks-real"
PSEUDONYM_KEY = "benchmark-pseudonym-key-0123456789"
BOT_ID = 42
REPLY_PATIENCE = 60.0
FLOOR_RUNS = 3
FREE_TEXT = "Więcej zieleni i ławek w parkach"
# The answer a simulated person gives to each question (the first other option otherwise).
CHOICES = {
    "onboarding-language": "uk",
    "onboarding-consent": "yes",
    "onboarding-migration": "no",
    "onboarding-district": "wola",
    "menu-main": "survey",
    "survey-profile-age": "25_34",
    "survey-pair": "3",
    "survey-finished": "rating",
    "rating-area": "all",
}


# --- a Bot API that answers at once -------------------------------------------------------------


@dataclass
class Shown:
    message_id: int
    text: str
    keyboard: list[list[dict[str, str]]] | None


@dataclass
class InstantTelegram(BaseSession):
    """Answers every call at once, keeping what each chat shows (to find the buttons to tap)."""

    chats: dict[int, dict[int, Shown]] = field(default_factory=dict)
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        super().__init__()

    async def close(self) -> None:
        pass

    async def stream_content(self, *args: Any, **kwargs: Any) -> AsyncIterator[bytes]:
        raise NotImplementedError
        yield b""  # pragma: no cover

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 (aiogram's signature)
    ) -> TelegramType:
        name = type(method).__name__
        if name in ("SendMessage", "SendDocument", "EditMessageText", "EditMessageReplyMarkup"):
            chat_id = int(getattr(method, "chat_id", 0))
            message_id = getattr(method, "message_id", None) or next(self._message_ids)
            shown = self.chats.setdefault(chat_id, {})
            text = getattr(method, "text", None)
            previous = shown.get(message_id)
            text = text if text is not None else (previous.text if previous else "")
            shown[message_id] = Shown(message_id, text, _keyboard(method.reply_markup))  # type: ignore[attr-defined]
            result = message_json(chat_id, shown[message_id])
            return Message.model_validate(result, context={"bot": bot})  # type: ignore[return-value]
        return True  # type: ignore[return-value]


def _keyboard(markup: object) -> list[list[dict[str, str]]] | None:
    if not isinstance(markup, InlineKeyboardMarkup):
        return None
    return [
        [{"text": b.text, "callback_data": b.callback_data or ""} for b in row]
        for row in markup.inline_keyboard
    ]


def message_json(chat_id: int, shown: Shown) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": shown.message_id,
        "date": 1_790_000_000,
        "chat": {"id": chat_id, "type": "private", "first_name": "Olena"},
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Dialog"},
        "text": shown.text,
    }
    if shown.keyboard is not None:
        message["reply_markup"] = {"inline_keyboard": shown.keyboard}
    return message


# --- simulated people ---------------------------------------------------------------------------

_ids = itertools.count(1)


class Person:
    """Walks onboarding, the survey and `ratings` ratings, answering what the chat shows."""

    def __init__(self, user_id: int, telegram: InstantTelegram, ratings: int, seed: int) -> None:
        self.user_id = user_id
        self.telegram = telegram
        self.ratings_left = ratings
        self.rng = random.Random(seed)
        self.sender = {"id": user_id, "is_bot": False, "first_name": "Olena", "language_code": "uk"}
        self.started = False

    def next_update(self) -> dict[str, Any] | None:
        update_id = next(_ids)
        if not self.started:
            self.started = True
            return {"update_id": update_id, "message": self._message("/start")}
        question = self._question()
        if question is None:
            return None
        taps = {
            OptionTap.unpack(b["callback_data"]).option: b
            for row in question.keyboard or []
            for b in row
        }
        if set(taps) <= {"skip", "back", "cancel"}:  # a question answered in words
            return {"update_id": update_id, "message": self._message(FREE_TEXT)}
        step = _step(set(taps))
        if step == "rating":
            if self.ratings_left == 0:
                return None
            self.ratings_left -= 1
            option = str(self.rng.randint(1, 5))
        else:
            option = CHOICES.get(step) or next(o for o in taps if o != "under_16")
        query = {
            "id": f"q{update_id}",
            "from": self.sender,
            "chat_instance": "ci",
            "message": message_json(self.user_id, question),
            "data": taps[option]["callback_data"],
        }
        return {"update_id": update_id, "callback_query": query}

    def _question(self) -> Shown | None:
        shown = self.telegram.chats.get(self.user_id, {})
        asked = [m for m in shown.values() if m.keyboard]
        return asked[-1] if asked else None

    def _message(self, text: str) -> dict[str, Any]:
        return {
            "message_id": next(_ids),
            "date": 1_790_000_000,
            "chat": {"id": self.user_id, "type": "private", "first_name": "Olena"},
            "from": self.sender,
            "text": text,
        }


def _step(options: set[str]) -> str:
    # The step is not on the wire (only option ids and a token are); it shows in its options.
    if options >= {"pl", "uk", "en", "ru"}:
        return "onboarding-language"
    if options >= {"wola", "mokotow"}:
        return "onboarding-district"
    if options == {"yes", "no"}:
        return "onboarding-consent"
    if options == {"yes", "no", "undisclosed"}:
        return "onboarding-migration"
    if options >= {"survey", "rating", "results"}:
        return "menu-main"
    if "under_16" in options:
        return "survey-profile-age"
    if options >= {"1", "5", "next"}:
        return "survey-pair"
    if options >= {"ideas", "rating", "answers"}:
        return "survey-finished"
    if options >= {"all", "menu"}:
        return "rating-area"
    if options >= {"1", "5", "stop"}:
        return "rating"
    return "other"


# --- waiting for replies ------------------------------------------------------------------------


class Replies:
    """Tells a person when every reply committed for their chat has been pushed to Telegram.

    Counted in the process, as the person's phone would see them arrive: asking the database
    ("anything unsent for me?") was the benchmark's own work, a quarter of all statements with
    one person and far more with a hundred waiting at once, and it was counted as the bot's.
    A reply counts once the transaction that wrote its outbox row committed (a turn retried on
    a busy database writes its rows again, but only its committed try counts).
    """

    def __init__(self, engine: AsyncEngine, messenger: TelegramMessenger) -> None:
        self.engine = engine.sync_engine
        self.committed: collections.Counter[str] = collections.Counter()
        self.pushed: collections.Counter[str] = collections.Counter()
        self.changed: dict[str, asyncio.Event] = {}
        # Rows written by each open transaction, by chat (not in the connection's `info`: a
        # transaction cut short by a cancellation refuses to show it while rolling back).
        self.pending: weakref.WeakKeyDictionary[Connection, collections.Counter[str]] = (
            weakref.WeakKeyDictionary()
        )
        push = messenger.push

        async def counted_push(address: str, outbounds: Sequence[Outbound]) -> None:
            await push(address, outbounds)
            self.pushed[address] += 1
            self.event(address).set()

        messenger.push = counted_push  # type: ignore[method-assign]
        event.listen(self.engine, "after_execute", self._written)
        event.listen(self.engine, "commit", self._committed)
        event.listen(self.engine, "rollback", self._rolled_back)

    def close(self) -> None:
        event.remove(self.engine, "after_execute", self._written)
        event.remove(self.engine, "commit", self._committed)
        event.remove(self.engine, "rollback", self._rolled_back)

    def _written(
        self,
        connection: Connection,
        statement: object,
        many: Sequence[dict[str, Any]],
        one: dict[str, Any],
        *_: object,
    ) -> None:
        # Replies are queued by one statement, storage.outbox.add's.
        if statement is not outbox_repo.ADD:
            return
        counter = self.pending.setdefault(connection, collections.Counter())
        for row in many or [one]:
            counter[str(row["address"])] += 1

    def _committed(self, connection: Connection) -> None:
        self.committed.update(self.pending.pop(connection, {}))

    def _rolled_back(self, connection: Connection) -> None:
        self.pending.pop(connection, None)

    def event(self, address: str) -> asyncio.Event:
        return self.changed.setdefault(address, asyncio.Event())

    async def arrived(self, address: str) -> None:
        changed = self.event(address)
        # A bound for a reply that never comes (a bug), so that the run stops and says so.
        async with asyncio.timeout(REPLY_PATIENCE):
            while self.pushed[address] < self.committed[address]:
                changed.clear()
                await changed.wait()


# --- runs ---------------------------------------------------------------------------------------


@dataclass
class Run:
    latencies: list[float]
    seconds: float
    # The garbage collector's passes during the run, which hold every update meanwhile.
    collecting: float = 0.0
    longest_collection: float = 0.0
    # The process's processor time (every thread; the simulated people and the fake Bot API
    # run in it too): near the run's whole time, the process has no waits left to overlap.
    processor: float = 0.0

    @property
    def per_update_ms(self) -> float:
        return self.seconds / len(self.latencies) * 1000

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


class Collector:
    """Times the garbage collector's passes while it is entered: in all, and the longest."""

    def __init__(self) -> None:
        self.total = 0.0
        self.longest = 0.0
        self._started = 0.0

    def _timed(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            return
        took = time.perf_counter() - self._started
        self.total += took
        self.longest = max(self.longest, took)

    def __enter__(self) -> Collector:
        gc.callbacks.append(self._timed)
        return self

    def __exit__(self, *_exception: object) -> None:
        gc.callbacks.remove(self._timed)


Handle = Callable[[Update], Awaitable[None]]


async def walk(
    people: Sequence[Person], concurrent: int, handle: Handle, bot: Bot
) -> tuple[Run, list[list[dict[str, Any]]]]:
    """Every person walks to the end; `concurrent` of them at a time. Returns the updates sent."""
    latencies: list[float] = []
    sent: list[list[dict[str, Any]]] = [[] for _ in people]
    queue = list(enumerate(people))

    async def worker() -> None:
        while queue:
            index, person = queue.pop(0)
            while (raw := person.next_update()) is not None:
                update = Update.model_validate(raw, context={"bot": bot})
                started = time.perf_counter()
                await handle(update)
                latencies.append(time.perf_counter() - started)
                sent[index].append(raw)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrent)))
    return Run(latencies, time.perf_counter() - started), sent


async def replay(
    updates: Sequence[Sequence[dict[str, Any]]], concurrent: int, handle: Handle, bot: Bot
) -> Run:
    latencies: list[float] = []
    queue = list(updates)

    async def worker() -> None:
        while queue:
            for raw in queue.pop(0):
                update = Update.model_validate(raw, context={"bot": bot})
                started = time.perf_counter()
                await handle(update)
                latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrent)))
    return Run(latencies, time.perf_counter() - started)


def bot_settings(url: str, data_dir: Path) -> Settings:
    """A Telegram bot whose pacing never waits: the figures are the bot's, not Telegram's limits."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=data_dir,
        database_url=url,
        telegram_bot_token=TOKEN,
        pseudonym_key=PSEUDONYM_KEY,
        telegram_messages_per_second=1_000_000.0,
        telegram_chat_messages_per_second=1_000_000.0,
        telegram_chat_burst=1_000_000,
        log_level="WARNING",
    )


async def measure_bot(
    url: str, data_dir: Path, users: int, concurrent: int, ratings: int
) -> tuple[Run, list[list[dict[str, Any]]]]:
    app = await open_app(bot_settings(url, data_dir))
    telegram = InstantTelegram()
    try:
        channel = TelegramChannel(app)
        await channel.bot.session.close()
        channel.bot.session = telegram
        people = [Person(10_000 + n, telegram, ratings, seed=n) for n in range(users)]

        replies = Replies(app.engine, channel.messenger)

        async def handle(update: Update) -> None:
            # The replies are in the outbox once the update is handled; the person reads them
            # when the channel's outbox sender (running beside, as in the bot) has pushed them.
            await channel.intake.handle(update)
            tap = update.callback_query
            chat = tap.from_user.id if tap is not None else update.message.chat.id  # type: ignore[union-attr]
            await replies.arrived(str(chat))

        sender = asyncio.create_task(channel.outbox.run())
        keep_start_up_out_of_collections()  # as `dialog-bot run` does before serving
        try:
            processor_before = time.process_time()
            with Collector() as collector:
                run, updates = await walk(people, concurrent, handle, channel.bot)
            run.collecting, run.longest_collection = collector.total, collector.longest
            run.processor = time.process_time() - processor_before
            return run, updates
        finally:
            gc.unfreeze()
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
            replies.close()
    finally:
        await app.close()


FLOOR = MetaData()
FLOOR_ROWS = Table(
    "floor_updates",
    FLOOR,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), unique=True),
)


async def measure_least(url: str, updates: list[list[dict[str, Any]]], concurrent: int) -> Run:
    """The same updates through `benchmarks.least_turn`: what any turn needs on this stack."""
    engine = create_engine(url)
    bot = Bot(TOKEN, session=InstantTelegram())
    least = await least_turn.prepared(engine, bot, PSEUDONYM_KEY)
    try:
        return await replay(updates, concurrent, least.handle, bot)
    finally:
        await least.close()
        await engine.dispose()


async def measure_floor(url: str, updates: list[list[dict[str, Any]]], concurrent: int) -> Run:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(FLOOR.create_all)
    as_a_turn = engine.execution_options(**{INLINE_OPTION: True})
    bot = Bot(TOKEN, session=InstantTelegram())
    router = Router()

    async def durable(update_id: int) -> None:
        async with as_a_turn.begin() as connection:
            await connection.execute(FLOOR_ROWS.insert().values(key=str(update_id)))

    @router.message()
    async def on_message(message: Message, event_update: Update) -> None:
        await durable(event_update.update_id)

    @router.callback_query()
    async def on_tap(query: CallbackQuery, event_update: Update) -> None:
        await durable(event_update.update_id)

    dispatcher = Dispatcher(disable_fsm=True)
    dispatcher.include_router(router)

    async def handle(update: Update) -> None:
        await dispatcher.feed_update(bot, update)

    try:
        return await replay(updates, concurrent, handle, bot)
    finally:
        await engine.dispose()


@asynccontextmanager
async def postgres_database() -> AsyncIterator[str | None]:
    created = await _postgres_database()
    if created is None:
        yield None
        return
    name, url = created
    try:
        yield url
    finally:
        await _drop_postgres_database(name)


@asynccontextmanager
async def database(backend: str, folder: Path, label: str) -> AsyncIterator[str | None]:
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{folder / f'{label}.sqlite3'}"
    else:
        async with postgres_database() as url:
            yield url


class Failures(logging.Handler):
    """Counts updates the bot gave up on (bot.channels.telegram.handlers.log_failure logs each
    at ERROR and goes on), instead of printing their tracebacks between the figures.

    Other errors are not failed updates: stopping the outbox sender at the end of a run, while
    it looks at the outbox once more, makes SQLAlchemy's pool log the interrupted connection
    at ERROR ("Exception during reset or similar"); counted, that was the "1 failed" of a run.
    """

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == handlers.log.name and record.msg.startswith("telegram update"):
            self.count += 1


def median(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda run: run.per_update_ms)[len(runs) // 2]


def report(backend: str, mode: str, measured: Run, floor: Run, least: Run, failed: int) -> str:
    return (
        f"{backend:<10} {mode:<14} {len(measured.latencies):>6} updates ({failed} failed)  "
        f"{measured.per_update_ms:6.2f} ms/update  {measured.rate:7.1f} updates/s  "
        f"p50 {measured.percentile(0.5):7.2f} ms  p99 {measured.percentile(0.99):8.2f} ms  |  "
        f"floor {floor.per_update_ms:5.2f} ms/update, p50 {floor.percentile(0.5):6.2f} ms  |  "
        f"{measured.per_update_ms / floor.per_update_ms:5.1f}× the floor  |  garbage collector "
        f"{measured.collecting / measured.seconds:5.1%} of the time, longest pass "
        f"{measured.longest_collection * 1000:4.0f} ms  |  processor "
        f"{measured.processor / len(measured.latencies) * 1000:5.2f} ms/update, "
        f"{measured.processor / measured.seconds:4.0%} of the time\n"
        f"{'':<25} the least a turn needs on this stack (benchmarks.least_turn): "
        f"{least.per_update_ms:6.2f} ms/update, {least.per_update_ms / floor.per_update_ms:4.1f}× "
        f"the floor; the bot takes {measured.per_update_ms / least.per_update_ms:4.2f}× it"
    )


async def main_async(users: int, concurrent: int, ratings: int) -> None:
    failures = Failures()
    logging.getLogger().addHandler(failures)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for backend in ("sqlite", "postgresql"):
            rates: list[float] = []
            for mode, at_once in (("sequential", 1), (f"{concurrent} at once", concurrent)):
                label = f"{backend}-{at_once}"
                async with database(backend, folder, label) as url:
                    if url is None:
                        print(f"{backend:<10} skipped: no PostgreSQL at {POSTGRES_ADMIN_URL}")
                        break
                    failures.count = 0
                    measured, updates = await measure_bot(
                        url, folder / label, users, at_once, ratings
                    )
                    failed = failures.count
                floors, leasts = [], []
                # The floor is a few milliseconds a run and moves with the machine by half:
                # the median of a few, each on a fresh database; the least turn's likewise.
                for attempt in range(FLOOR_RUNS):
                    async with database(backend, folder, f"{label}-floor{attempt}") as url:
                        assert url is not None
                        floors.append(await measure_floor(url, updates, at_once))
                    async with database(backend, folder, f"{label}-least{attempt}") as url:
                        assert url is not None
                        leasts.append(await measure_least(url, updates, at_once))
                floor, least = median(floors), median(leasts)
                print(report(backend, mode, measured, floor, least, failed), flush=True)
                rates.append(measured.rate)
            if len(rates) == 2:
                print(
                    f"{backend:<10} {concurrent} at once handle {rates[1] / rates[0]:.2f}× "
                    "the updates a second of one at a time",
                    flush=True,
                )


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--users", type=int, default=100, help="simulated people")
    arguments.add_argument("--concurrent", type=int, default=100, help="people at once")
    arguments.add_argument("--ratings", type=int, default=16, help="rating answers each")
    options = arguments.parse_args()
    print(
        f"{options.users} people: onboarding, the survey, {options.ratings} rating answers each; "
        "floor = aiogram's bare dispatch of the same updates + one insert and commit"
    )
    asyncio.run(main_async(options.users, options.concurrent, options.ratings))


if __name__ == "__main__":
    main()
