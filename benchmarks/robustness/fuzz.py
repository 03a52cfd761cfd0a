"""Part 1: fuzzed updates through the real dispatch path, then the operator's reports.

The bot runs in this process (as tests/channels/telegram/harness.py runs it), in two halves on
one database: first it long-polls the fake Bot API through aiogram's HTTP client, as the real bot
would, taking updates a hundred at a time; then it serves its webhook and the updates come as
HTTP POSTs, several at once, some with deeply nested JSON in or around them. Each half has its
share of the time bound, so both always run. Then `dialog-bot export` and `dialog-bot digest
--dry-run` run as processes on the database left.

The fuzzer keeps the bot busy rather than waiting on it: the next batch is made and queued while
the bot works on the last one, and replies are checked once, when the half is over and the
outbox has drained. The bot's own settings (SQLite as `python -m bot run` opens it) are untouched.

Owed, and counted: every update confirmed (polling: below the confirmed offset; webhook: a 2xx
answer, or 400 for a body that is not an update); every private text from a person gets at least
one reply from the dialogs, and every tap from a person in a private chat gets a callback answer;
every reply leaves the outbox; no ERROR in the log (an unhandled exception is logged so).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import logging
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from sqlalchemy import func, select

from benchmarks.robustness.fuzzing import Fuzzed, Fuzzer, nested
from bot.__main__ import keep_typed_text_out_of_logs
from bot.app import open_app
from bot.channels.telegram.adapter import CHANNEL
from storage.models import OutboxMessage
from tests.channels.telegram.fake_server import FakeTelegram
from tests.channels.telegram.harness import RunningBot, bot_settings, record_replies
from tests.channels.telegram.lives import PSEUDONYM_KEY, REPO
from tests.outbox import outbox_drained, reading

BATCH = 500  # queued at once; the bot takes them a hundred per getUpdates, as from Telegram
POSTERS = 32  # webhook calls in flight at once (Telegram's default max_connections is 40)
NESTED_BODY = 0.002  # of webhook posts: a body that is only JSON nested 1,000 or 100,000 deep
NESTED_FIELD = 0.1  # of webhook updates: an unknown field nested up to 200 deep inside
WEBHOOK_SHARE = 0.5  # of the updates, and of the time bound, that go to the webhook half
SETTLE_SECONDS = 300.0  # past a half's time: for the last updates to be confirmed and replied to
FAST = {
    "telegram_messages_per_second": 100_000.0,
    "telegram_chat_messages_per_second": 100_000.0,
    "telegram_chat_burst": 10_000,
}
NO_ANSWER = 0  # a webhook post the bot never answered (the connection failed)
ERRORS_SHOWN = 5
LOOKED_FOR = 8  # typed texts at least this long are looked for in the log
# What a spreadsheet would run at the start of a cell.
FORMULA_STARTS_CELL = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Half:
    """One way in (polling or webhook): how many updates it took of those owed, in how long."""

    owed: int
    updates: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0


@dataclass
class FuzzFigures:
    updates: int = 0
    halves: dict[str, Half] = field(default_factory=dict)
    webhook_posts: int = 0
    seconds: float = 0.0
    crashes: int = 0
    unconfirmed: int = 0
    unsent: int = 0  # replies still in the outbox when the half was over
    owed: Counter[str] = field(default_factory=Counter)
    unanswered: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    webhook_statuses: Counter[int] = field(default_factory=Counter)
    errors_logged: int = 0
    first_errors: list[str] = field(default_factory=list)
    log_lines: int = 0
    texts_looked_for: int = 0
    texts_in_log: int = 0
    categories: int = 0
    longest_text: int = 0
    export_clean: bool = False
    digest_clean: bool = False
    report_problems: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Updates per second of feeding (the reports afterwards are not counted)."""
        seconds = sum(half.seconds for half in self.halves.values())
        return self.updates / seconds if seconds else 0.0


class Captured(logging.Handler):
    """The bot's whole log, at DEBUG, as its stderr would carry it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.stream = io.StringIO()
        self.errors = 0
        # The first ERROR lines, to say what failed (the bot logs no typed text; that is checked).
        self.first_errors: list[str] = []
        self.lines = 0
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines += 1
        line = self.format(record)
        if record.levelno >= logging.ERROR:
            self.errors += 1
            if len(self.first_errors) < ERRORS_SHOWN:
                self.first_errors.append(line)
        self.stream.write(line + "\n")


def texts_in(log: str, typed: list[str]) -> int:
    """How many typed texts appear in the log, raw or JSON-escaped.

    Every eight-character window of the log is looked up among the texts' first eight characters
    (one pass, whatever the number of texts); a hit is then confirmed on the whole text.
    """
    forms: dict[str, list[str]] = {}
    for text in typed:
        for form in {text, json.dumps(text)[1:-1]}:
            forms.setdefault(form[:LOOKED_FOR], []).append(form)
    found: set[str] = set()
    for at in range(len(log) - LOOKED_FOR + 1):
        candidates = forms.get(log[at : at + LOOKED_FOR])
        if candidates:
            found.update(form for form in candidates if log.startswith(form, at))
    return sum(1 for text in typed if text in found or json.dumps(text)[1:-1] in found)


async def run(
    updates: int, users: int, seed: int, seconds: float, webhook_share: float = WEBHOOK_SHARE
) -> FuzzFigures:
    figures = FuzzFigures()
    fuzzing = _Fuzzing(Fuzzer(random.Random(seed), users), figures)
    webhook_count = round(updates * webhook_share)
    with tempfile.TemporaryDirectory(prefix="robustness-fuzz-") as folder, _captured() as captured:
        data = Path(folder) / "data"
        fake = FakeTelegram()
        await fake.start()
        started = time.perf_counter()
        halves = (
            ("polling", updates - webhook_count, 1 - webhook_share),
            ("webhook", webhook_count, webhook_share),
        )
        try:
            used = 0.0
            for mode, count, share in halves:
                # A half may use what the one before left of its share; and it has its whole
                # share even if the one before ran over (its last replies going out).
                used += share
                deadline = max(started + seconds * used, time.perf_counter() + seconds * share)
                figures.halves[mode] = await fuzzing.half(fake, data, mode, count, deadline)
            figures.seconds = time.perf_counter() - started
        finally:
            await fake.close()
        figures.log_lines = captured.lines
        figures.errors_logged = captured.errors
        figures.first_errors = captured.first_errors
        looked_for = [text for text in fuzzing.typed if len(text) >= LOOKED_FOR]
        figures.texts_looked_for = len(looked_for)
        figures.texts_in_log = texts_in(captured.stream.getvalue(), looked_for)
        figures.categories = len(fuzzing.fuzzer.categories)
        figures.longest_text = max((len(text) for text in fuzzing.typed), default=0)
        _reports(data, Path(folder), figures)
    return figures


@contextlib.contextmanager
def _captured() -> Iterator[Captured]:
    captured = Captured()
    root = logging.getLogger()
    level = root.level
    root.addHandler(captured)
    root.setLevel(logging.DEBUG)
    keep_typed_text_out_of_logs()  # as `python -m bot run` does
    try:
        yield captured
    finally:
        root.removeHandler(captured)
        root.setLevel(level)


@dataclass
class _Fuzzing:
    """The fuzzer's side of a run: it makes the updates, sends them, and counts what came back."""

    fuzzer: Fuzzer
    figures: FuzzFigures
    typed: list[str] = field(default_factory=list)  # every text typed, to look for in the log

    async def half(
        self, fake: FakeTelegram, data: Path, mode: str, count: int, deadline: float
    ) -> Half:
        """The bot in `mode` on the shared database, fed until `count` updates or `deadline`."""
        settings = bot_settings(fake, data, mode, pseudonym_key=PSEUDONYM_KEY, **FAST)
        app = await open_app(settings)
        bot = RunningBot(fake, app)
        record_replies(app.dialogs, bot.replies)
        await bot.start()
        began = time.perf_counter()
        try:
            feed = self._poll if mode == "polling" else self._post
            sent = await feed(bot, count, deadline)
            self.figures.unsent += await _left_unsent(bot)
            seconds = time.perf_counter() - began
            for fuzzed in sent:
                self._settle(bot, fuzzed)
        finally:
            crashed = not _alive(bot)
            self.figures.crashes += crashed
            try:
                await bot.stop()
            except Exception:
                if not crashed:
                    raise  # a crash is counted; anything else is the fuzzer's own failure
            finally:
                await app.close()
        self.figures.updates += len(sent)
        return Half(count, len(sent), seconds)

    def _make(self, fake: FakeTelegram, size: int) -> list[Fuzzed]:
        made = [self.fuzzer.update(fake.chats) for _ in range(size)]
        for fuzzed in made:
            self.figures.kinds[fuzzed.kind] += 1
            if fuzzed.typed is not None:
                self.typed.append(fuzzed.typed)
        return made

    async def _poll(self, bot: RunningBot, count: int, deadline: float) -> list[Fuzzed]:
        """Queue a batch, then make the next while the bot works through it: the bot never
        waits for the fuzzer, and the fuzzer stays at most two batches ahead of the bot."""
        fake = bot.fake
        sent: list[Fuzzed] = []
        previous: int | None = None  # the last update id of the batch before
        while len(sent) < count and time.perf_counter() < deadline and _alive(bot):
            batch = self._make(fake, min(BATCH, count - len(sent)))
            ids = await fake.queue(*(fuzzed.update for fuzzed in batch))
            sent += batch
            if previous is not None:
                await _confirmed(bot, previous, deadline - time.perf_counter())
            previous = ids[-1]
        if previous is not None:
            await _confirmed(bot, previous, SETTLE_SECONDS)
        self.figures.unconfirmed += sum(
            1 for fuzzed in sent if fuzzed.update["update_id"] >= fake.confirmed
        )
        return sent

    async def _post(self, bot: RunningBot, count: int, deadline: float) -> list[Fuzzed]:
        """POST each update to the webhook, POSTERS at a time, as Telegram does; now and then a
        body is only deeply nested JSON, or an update carries nested JSON in a field of its own."""
        fake, rng = bot.fake, self.fuzzer.rng
        sent: list[Fuzzed] = []
        bodies: asyncio.Queue[tuple[bytes, int] | None] = asyncio.Queue(maxsize=POSTERS * 4)

        async def poster() -> None:
            while (item := await bodies.get()) is not None:
                body, owed = item
                try:
                    status = await fake.post_webhook_body(body)
                except aiohttp.ClientError:
                    status = NO_ANSWER
                self.figures.webhook_posts += 1
                self.figures.webhook_statuses[status] += 1
                if status != owed:
                    self.figures.unconfirmed += 1

        async with asyncio.TaskGroup() as tasks:
            for _ in range(POSTERS):
                tasks.create_task(poster())
            while len(sent) < count and time.perf_counter() < deadline and _alive(bot):
                for fuzzed in self._make(fake, min(POSTERS, count - len(sent))):
                    fake.number(fuzzed.update)
                    sent.append(fuzzed)
                    await bodies.put((_body(fuzzed, rng), 200))
                    if rng.random() < NESTED_BODY:
                        depth = rng.choice([1_000, 100_000])
                        await bodies.put((nested(depth).encode(), 400))
            for _ in range(POSTERS):
                await bodies.put(None)
        return sent

    def _settle(self, bot: RunningBot, fuzzed: Fuzzed) -> None:
        if fuzzed.owed is None:
            return
        self.figures.owed[fuzzed.owed] += 1
        update_id = fuzzed.update["update_id"]
        if fuzzed.owed == "reply":
            answered = bool(bot.replies.get(update_id))
        else:
            answered = fuzzed.update["callback_query"]["id"] in bot.fake.answers
        if not answered:
            self.figures.unanswered[fuzzed.owed] += 1


def _body(fuzzed: Fuzzed, rng: random.Random) -> bytes:
    """The update as Telegram posts it (UTF-8 JSON), now and then with a nested unknown field."""
    body = json.dumps(fuzzed.update, ensure_ascii=False)
    if rng.random() < NESTED_FIELD:
        body = f'{body[:-1]}, "unknown_field": {nested(rng.randint(1, 200))}}}'
    return body.encode()


def _alive(bot: RunningBot) -> bool:
    return bot.task is not None and not bot.task.done()


async def _confirmed(bot: RunningBot, update_id: int, within: float) -> None:
    """Wait until the bot has confirmed `update_id` (or died, or `within` seconds passed)."""
    fake = bot.fake
    with contextlib.suppress(TimeoutError):
        await fake.until(lambda: fake.confirmed > update_id or not _alive(bot), max(within, 0.01))


async def _left_unsent(bot: RunningBot) -> int:
    """Replies still in the outbox once the sender had SETTLE_SECONDS to send them."""
    if _alive(bot):  # a dead bot's sender sends nothing more
        with contextlib.suppress(TimeoutError):
            await outbox_drained(bot.app.engine, CHANNEL, SETTLE_SECONDS)
    query = select(func.count()).where(
        OutboxMessage.channel == CHANNEL, OutboxMessage.sent_at.is_(None)
    )
    async with reading(bot.app.engine) as connection:
        return int((await connection.execute(query)).scalar_one())


def _reports(data: Path, folder: Path, figures: FuzzFigures) -> None:
    """`dialog-bot export` and `dialog-bot digest --dry-run` on what the fuzzing left."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env |= {"DATA_DIR": str(data), "PSEUDONYM_KEY": PSEUDONYM_KEY, "PYTHONPATH": str(REPO)}
    env.pop("DATABASE_URL", None)
    for name, args in (
        ("export", ["export", "--out", str(folder / "export")]),
        ("digest", ["digest", "--dry-run", "--out", str(folder / "digest")]),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "bot", *args],
            env=env,
            cwd=folder,
            capture_output=True,
            timeout=600,
            check=False,
        )
        problems = [] if done.returncode == 0 else [f"{name}: exit {done.returncode}"]
        out = folder / args[args.index("--out") + 1]
        for path in sorted(out.rglob("*")) if out.exists() else []:
            problems += _unsafe(name, path)
        if not out.exists() or not any(out.iterdir()):
            problems.append(f"{name}: wrote nothing")
        figures.report_problems += problems
        setattr(figures, f"{name}_clean", not problems)


def _unsafe(name: str, path: Path) -> list[str]:
    """Control characters, or a cell that starts like a formula, in a written file."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
    elif path.suffix == ".xlsx":
        cells = _cells(path)
    elif path.suffix in (".txt", ".md"):
        cells = [path.read_text(encoding="utf-8")]
    else:
        return []
    problems = []
    if any(CONTROL.search(cell) for cell in cells):
        problems.append(f"{name}: a control character in {path.name}")
    if path.suffix != ".txt" and any(live_formula(cell) for cell in cells):
        problems.append(f"{name}: a cell in {path.name} starts like a formula")
    return problems


def live_formula(cell: str) -> bool:
    if not cell.startswith(FORMULA_STARTS_CELL):
        return False
    try:
        float(cell)
    except ValueError:
        return True
    return False  # a negative number is a number


def _cells(path: Path) -> list[str]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    return [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]
