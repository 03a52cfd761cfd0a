"""Part 1: fuzzed updates through the real dispatch path, then the operator's reports.

The bot runs as tests/channels/telegram/harness.py runs it, in two halves side by side, each in
a process of its own with its own fake Bot API, fuzzer and database: one long-polls the fake Bot
API through aiogram's HTTP client, as the real bot would, taking updates a hundred at a time; the
other serves its webhook and the updates come as HTTP POSTs, several at once, some with deeply
nested JSON in or around them. The bot spends its time computing, not waiting (each half's
processor share is printed), so two processes are what put a second core to work; each half has
the whole time bound. Then `dialog-bot export` and `dialog-bot digest --dry-run` run as
processes on each database left.

The fuzzer keeps the bot busy rather than waiting on it: the next batch is made and queued while
the bot works on the last one, and replies are checked once, when the half is over and the
outbox has drained. The bot's own settings (SQLite as `python -m bot run` opens it) are untouched.

Owed, and counted: every update confirmed (polling: below the confirmed offset; webhook: a 2xx
answer, or 400 for a body that is not an update); every private text from a person gets at least
one reply from the dialogs, and every tap from a person in a private chat gets a callback answer;
every reply leaves the outbox; no ERROR in the log (an unhandled exception is logged so); ideas
typed to start like a formula reach the export, neutralised. A failure of the fuzzing itself (a
wait that timed out, a half's process that died) is a failed row of its own, and the run goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import logging
import multiprocessing
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from sqlalchemy import func, select

from benchmarks.robustness.fuzzing import Fuzzed, Fuzzer, nested
from benchmarks.robustness.report import failure
from bot.app import open_app
from bot.channels.telegram.adapter import CHANNEL
from bot.cli import keep_typed_text_out_of_logs
from storage.models import OutboxMessage
from tests.channels.telegram.fake_server import FakeTelegram
from tests.channels.telegram.harness import RunningBot, bot_settings, record_replies
from tests.channels.telegram.lives import PSEUDONYM_KEY, REPO
from tests.outbox import outbox_drained, reading

BATCH = 500  # queued at once; the bot takes them a hundred per getUpdates, as from Telegram
POSTERS = 32  # webhook calls in flight at once (Telegram's default max_connections is 40)
NESTED_BODY = 0.002  # of webhook posts: a body that is only JSON nested 1,000 or 100,000 deep
NESTED_FIELD = 0.1  # of webhook updates: an unknown field nested up to 200 deep inside
WEBHOOK_SHARE = 0.5  # of the updates that go to the webhook half
SETTLE_SECONDS = 300.0  # past a half's time: for the last updates to be confirmed and replied to
START_SECONDS = 120.0  # for the bot to start taking updates (its migrations ran before)
REPORT_SECONDS = 600
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
    """One way in (polling or webhook): how many updates it took of those owed, in how long,
    and how much of that time its process spent on a processor."""

    owed: int
    updates: int = 0
    seconds: float = 0.0
    processor_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    @property
    def busy(self) -> float:
        """Near 1: computing all along; well below 1 on an idle machine: waiting somewhere."""
        return self.processor_seconds / self.seconds if self.seconds else 0.0


@dataclass
class FuzzFigures:
    updates: int = 0
    halves: dict[str, Half] = field(default_factory=dict)
    webhook_posts: int = 0
    seconds: float = 0.0
    load: float = 0.0  # the machine's load average over the last minute, when the halves ended
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
    categories: set[str] = field(default_factory=set)
    longest_text: int = 0
    proposals: int = 0  # ideas typed to start like a formula, and sent
    neutralised: int = 0  # export cells that started like a formula, made harmless
    export_clean: bool = False
    digest_clean: bool = False
    report_problems: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # what stopped a half before its end

    @property
    def rate(self) -> float:
        """Updates per second while the halves ran side by side (not the reports afterwards)."""
        seconds = max((half.seconds for half in self.halves.values()), default=0.0)
        return self.updates / seconds if seconds else 0.0

    def add(self, other: FuzzFigures) -> None:
        """Count in what another half found."""
        self.halves |= other.halves
        self.updates += other.updates
        self.webhook_posts += other.webhook_posts
        self.crashes += other.crashes
        self.unconfirmed += other.unconfirmed
        self.unsent += other.unsent
        self.errors_logged += other.errors_logged
        self.log_lines += other.log_lines
        self.texts_looked_for += other.texts_looked_for
        self.texts_in_log += other.texts_in_log
        self.proposals += other.proposals
        self.owed.update(other.owed)
        self.unanswered.update(other.unanswered)
        self.kinds.update(other.kinds)
        self.webhook_statuses.update(other.webhook_statuses)
        self.first_errors += other.first_errors
        self.categories |= other.categories
        self.longest_text = max(self.longest_text, other.longest_text)
        self.failures += other.failures


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
    """Both halves side by side, then the reports on each database they left."""
    webhook_count = round(updates * webhook_share)
    counts = {"polling": updates - webhook_count, "webhook": webhook_count}
    figures = FuzzFigures()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="robustness-fuzz-") as folder:
        folders = {mode: Path(folder) / mode for mode in counts}
        halves = {
            mode: _in_process(mode, count, users, seed, seconds, folders[mode])
            for mode, count in counts.items()
        }
        for mode, found in zip(halves, await asyncio.gather(*halves.values()), strict=True):
            if isinstance(found, FuzzFigures):
                figures.add(found)
            else:
                figures.halves[mode] = Half(counts[mode])
                figures.failures.append(f"{mode}: {found}")
        figures.load = os.getloadavg()[0]
        problems: dict[str, list[str]] = {"export": [], "digest": []}
        for mode, place in folders.items():
            for name, found_there in _reports(place / "data", place).items():
                problems[name] += [f"{mode}: {problem}" for problem in found_there]
                if name == "export":
                    figures.neutralised += _neutralised(place / "export")
        figures.export_clean, figures.digest_clean = not problems["export"], not problems["digest"]
        figures.report_problems = problems["export"] + problems["digest"]
    figures.seconds = time.perf_counter() - started
    return figures


async def _in_process(
    mode: str, count: int, users: int, seed: int, seconds: float, folder: Path
) -> FuzzFigures | str:
    """One half in a process of its own; if that process died, how."""
    loop = asyncio.get_running_loop()
    # One process per pool: a half whose process dies takes only its own figures along.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        try:
            return await loop.run_in_executor(
                pool, one_half, mode, count, users, seed, seconds, folder
            )
        except Exception as error:  # BrokenProcessPool: the half's process died
            return f"its process stopped: {failure(error)}"


def one_half(
    mode: str, count: int, users: int, seed: int, seconds: float, folder: Path
) -> FuzzFigures:
    """What one half finds, from its own process (see `run`)."""
    figures = FuzzFigures()
    fuzzing = _Fuzzing(Fuzzer(random.Random(f"{seed}:{mode}"), users), figures)
    with _captured() as captured:
        deadline = time.perf_counter() + seconds
        figures.halves[mode] = asyncio.run(fuzzing.half(folder / "data", mode, count, deadline))
    figures.log_lines = captured.lines
    figures.errors_logged = captured.errors
    figures.first_errors = [f"{mode}: {line}" for line in captured.first_errors]
    looked_for = [text for text in fuzzing.typed if len(text) >= LOOKED_FOR]
    figures.texts_looked_for = len(looked_for)
    figures.texts_in_log = texts_in(captured.stream.getvalue(), looked_for)
    figures.categories = set(fuzzing.fuzzer.categories)
    figures.longest_text = max((len(text) for text in fuzzing.typed), default=0)
    figures.proposals = fuzzing.fuzzer.proposals
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

    async def half(self, data: Path, mode: str, count: int, deadline: float) -> Half:
        """The bot in `mode`, fed until `count` updates or `deadline`; what stopped it early is
        counted as a failure, with what it had taken until then."""
        half = Half(count)
        sent: list[Fuzzed] = []
        fake = FakeTelegram()
        try:
            await fake.start()
            await self._feed(fake, data, mode, deadline, half, sent)
        except Exception as error:
            self.figures.failures.append(f"{mode}: {failure(error)}")
        finally:
            await fake.close()
        half.updates = len(sent)
        self.figures.updates += len(sent)
        return half

    async def _feed(
        self,
        fake: FakeTelegram,
        data: Path,
        mode: str,
        deadline: float,
        half: Half,
        sent: list[Fuzzed],
    ) -> None:
        """Start the bot, feed it, let its outbox drain (the half's time), and stop it."""
        settings = bot_settings(fake, data, mode, pseudonym_key=PSEUDONYM_KEY, **FAST)
        app = await open_app(settings)
        bot = RunningBot(fake, app)
        record_replies(app.dialogs, bot.replies)
        try:
            await bot.start(within=START_SECONDS)
            began, processor = time.perf_counter(), time.process_time()
            try:
                feed = self._poll if mode == "polling" else self._post
                await feed(bot, half.owed, deadline, sent)
                self.figures.unsent += await _left_unsent(bot)
            finally:
                half.seconds = time.perf_counter() - began
                half.processor_seconds = time.process_time() - processor
        finally:
            crashed = not _alive(bot)
            self.figures.crashes += crashed
            died = _died_of(bot)
            if died is not None:
                self.figures.failures.append(f"{mode}: the bot stopped: {failure(died)}")
            try:
                async with asyncio.timeout(SETTLE_SECONDS):
                    await bot.stop()
            except Exception:
                if not crashed:
                    raise  # a crash is counted; anything else is the fuzzer's own failure
            finally:
                await app.close()
                for fuzzed in sent:
                    self._settle(bot, fuzzed)

    def _make(self, fake: FakeTelegram, size: int) -> list[Fuzzed]:
        made = [self.fuzzer.update(fake.chats) for _ in range(size)]
        for fuzzed in made:
            self.figures.kinds[fuzzed.kind] += 1
            if fuzzed.typed is not None:
                self.typed.append(fuzzed.typed)
        return made

    async def _poll(self, bot: RunningBot, count: int, deadline: float, sent: list[Fuzzed]) -> None:
        """Queue a batch, then make the next while the bot works through it: the bot never
        waits for the fuzzer, and the fuzzer stays at most two batches ahead of the bot.
        (One person's updates are taken in order, so someone proposing an idea needs no wait.)"""
        fake = bot.fake
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

    async def _post(self, bot: RunningBot, count: int, deadline: float, sent: list[Fuzzed]) -> None:
        """POST each update to the webhook, POSTERS at a time, as Telegram does; now and then a
        body is only deeply nested JSON, or an update carries nested JSON in a field of its own.
        Someone who waits for each answer (proposing an idea) has one update in flight at most."""
        fake, rng = bot.fake, self.fuzzer.rng
        bodies: asyncio.Queue[tuple[bytes, int, int | None] | None] = asyncio.Queue(
            maxsize=POSTERS * 4
        )
        # Taken in the order the bodies were queued: a person's next update waits its turn.
        turns: dict[int, asyncio.Lock] = {}

        async def poster() -> None:
            while (item := await bodies.get()) is not None:
                body, owed, person = item
                turn = turns.setdefault(person, asyncio.Lock()) if person is not None else None
                async with turn or contextlib.nullcontext():
                    try:
                        status = await fake.post_webhook_body(body)
                    except (aiohttp.ClientError, TimeoutError):
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
                    await bodies.put((_body(fuzzed, rng), 200, fuzzed.turn_of))
                    if rng.random() < NESTED_BODY:
                        depth = rng.choice([1_000, 100_000])
                        await bodies.put((nested(depth).encode(), 400, None))
            for _ in range(POSTERS):
                await bodies.put(None)

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


def _died_of(bot: RunningBot) -> BaseException | None:
    """What ended the bot's task, if it ended by itself."""
    task = bot.task
    if task is None or not task.done() or task.cancelled():
        return None
    return task.exception()


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


def _reports(data: Path, folder: Path) -> dict[str, list[str]]:
    """`dialog-bot export` and `dialog-bot digest --dry-run` on what a half left, written into
    `folder`: what is wrong with each."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env |= {"DATA_DIR": str(data), "PSEUDONYM_KEY": PSEUDONYM_KEY, "PYTHONPATH": str(REPO)}
    env.pop("DATABASE_URL", None)
    found: dict[str, list[str]] = {}
    for name, args in (("export", ["export"]), ("digest", ["digest", "--dry-run"])):
        out = folder / name
        try:
            done = subprocess.run(
                [sys.executable, "-m", "bot", *args, "--out", str(out)],
                env=env,
                cwd=folder,
                capture_output=True,
                timeout=REPORT_SECONDS,
                check=False,
            )
            problems = [] if done.returncode == 0 else [f"{name}: exit {done.returncode}"]
        except subprocess.TimeoutExpired:
            problems = [f"{name}: still running after {REPORT_SECONDS} s"]
        for path in sorted(out.rglob("*")) if out.exists() else []:
            problems += _unsafe(name, path)
        if not out.exists() or not any(out.iterdir()):
            problems.append(f"{name}: wrote nothing")
        found[name] = problems
    return found


def _unsafe(name: str, path: Path) -> list[str]:
    """Control characters, or a cell that starts like a formula, in a written file."""
    cells = _written(path)
    problems = []
    if any(CONTROL.search(cell) for cell in cells):
        problems.append(f"{name}: a control character in {path.name}")
    if path.suffix != ".txt" and any(live_formula(cell) for cell in cells):
        problems.append(f"{name}: a cell in {path.name} starts like a formula")
    return problems


def _neutralised(out: Path) -> int:
    """Cells of a written report that start like a formula behind the apostrophe that makes a
    spreadsheet read them as text: typed texts the neutralising had to act on."""
    cells = [cell for path in sorted(out.rglob("*")) for cell in _written(path)]
    return sum(1 for cell in cells if cell.startswith("'") and live_formula(cell[1:]))


def _written(path: Path) -> list[str]:
    """A written file's cells (a text file is one), or nothing for a file of another kind."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [cell for row in csv.reader(handle) for cell in row]
    if path.suffix == ".xlsx":
        return _cells(path)
    if path.suffix in (".txt", ".md"):
        return [path.read_text(encoding="utf-8")]
    return []


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
