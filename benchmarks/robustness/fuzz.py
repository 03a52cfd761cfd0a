"""Part 1: fuzzed updates through the real dispatch path, then the operator's reports.

The bot runs in this process (as tests/channels/telegram/harness.py runs it) and long-polls the
fake Bot API through aiogram's HTTP client, as the real bot would, taking updates a hundred at a
time; a last batch goes to the webhook server by HTTP POST, some with deeply nested JSON. Then
`dialog-bot export` and `dialog-bot digest --dry-run` run as processes on the database left.

Owed, and counted: every update confirmed (polling: below the confirmed offset; webhook: a 2xx
answer, or 400 for a body that is not an update); every private text from a person gets at least
one reply from the dialogs, and every tap from a person in a private chat gets a callback answer.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.robustness.fuzzing import Fuzzed, Fuzzer, nested
from bot.__main__ import keep_typed_text_out_of_logs
from bot.app import open_app
from tests.channels.telegram.fake_server import FakeTelegram
from tests.channels.telegram.harness import RunningBot, bot_settings, record_replies
from tests.channels.telegram.lives import PSEUDONYM_KEY, REPO
from tests.outbox import outbox_drained

BATCH = 1000  # queued at once; the bot takes them a hundred per getUpdates, as from Telegram
FAST = {
    "telegram_messages_per_second": 100_000.0,
    "telegram_chat_messages_per_second": 100_000.0,
    "telegram_chat_burst": 10_000,
}
LOOKED_FOR = 8  # typed texts at least this long are looked for in the log
# What a spreadsheet would run at the start of a cell.
FORMULA_STARTS_CELL = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class FuzzFigures:
    updates: int = 0
    webhook_posts: int = 0
    seconds: float = 0.0
    crashes: int = 0
    unconfirmed: int = 0
    owed: Counter[str] = field(default_factory=Counter)
    unanswered: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    webhook_statuses: Counter[int] = field(default_factory=Counter)
    errors_logged: int = 0
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
        return self.updates / self.seconds if self.seconds else 0.0


class Captured(logging.Handler):
    """The bot's whole log, at DEBUG, as its stderr would carry it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.stream = io.StringIO()
        self.errors = 0
        self.lines = 0
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines += 1
        if record.levelno >= logging.ERROR:
            self.errors += 1
        self.stream.write(self.format(record) + "\n")


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
    updates: int, users: int, seed: int, seconds: float, webhook_share: float = 0.05
) -> FuzzFigures:
    figures = FuzzFigures()
    fuzzer = Fuzzer(random.Random(seed), users)
    captured = Captured()
    root = logging.getLogger()
    level = root.level
    root.addHandler(captured)
    root.setLevel(logging.DEBUG)
    keep_typed_text_out_of_logs()  # as `python -m bot run` does
    typed: list[str] = []
    webhook_count = int(updates * webhook_share)
    with tempfile.TemporaryDirectory(prefix="robustness-fuzz-") as folder:
        data = Path(folder) / "data"
        fake = FakeTelegram()
        await fake.start()
        started = time.perf_counter()
        try:
            for mode, count in (("polling", updates - webhook_count), ("webhook", webhook_count)):
                settings = bot_settings(fake, data, mode, pseudonym_key=PSEUDONYM_KEY, **FAST)
                app = await open_app(settings)
                bot = RunningBot(fake, app)
                record_replies(app.dialogs, bot.replies)
                await bot.start()
                try:
                    await _feed(bot, fuzzer, count, mode, figures, typed, started + seconds)
                finally:
                    assert bot.task is not None
                    if bot.task.done():
                        figures.crashes += 1
                    await bot.stop()
                    await app.close()
            figures.seconds = time.perf_counter() - started
        finally:
            await fake.close()
            root.removeHandler(captured)
            root.setLevel(level)
        log = captured.stream.getvalue()
        figures.log_lines = captured.lines
        figures.errors_logged = captured.errors
        looked_for = [text for text in typed if len(text) >= LOOKED_FOR]
        figures.texts_looked_for = len(looked_for)
        figures.texts_in_log = texts_in(log, looked_for)
        figures.categories = len(fuzzer.categories)
        figures.longest_text = max((len(text) for text in typed), default=0)
        _reports(data, Path(folder), figures)
    return figures


async def _feed(
    bot: RunningBot,
    fuzzer: Fuzzer,
    count: int,
    mode: str,
    figures: FuzzFigures,
    typed: list[str],
    deadline: float,
) -> None:
    fake = bot.fake
    done = 0
    while done < count and time.perf_counter() < deadline:
        batch = [fuzzer.update(fake.chats) for _ in range(min(BATCH, count - done))]
        done += len(batch)
        for fuzzed in batch:
            figures.kinds[fuzzed.kind] += 1
            if fuzzed.typed is not None:
                typed.append(fuzzed.typed)
        if mode == "polling":
            ids = await fake.queue(*(fuzzed.update for fuzzed in batch))
            with contextlib.suppress(TimeoutError):
                await fake.until(lambda: fake.confirmed > max(ids), 300)  # noqa: B023
            figures.unconfirmed += sum(1 for i in ids if i >= fake.confirmed)
        else:
            await _post(fake, fuzzer.rng, batch, figures)
        await outbox_drained(bot.app.engine, "telegram", 300)
        figures.updates += len(batch)
        for fuzzed in batch:
            _settle(bot, fuzzed, figures)
        if bot.task is not None and bot.task.done():
            break  # the channel died: counted as a crash by the caller


async def _post(fake: FakeTelegram, rng: random.Random, batch: list[Fuzzed], figures: Any) -> None:
    """Webhook posts, a few at a time; now and then the JSON is nested deep inside or around."""
    for start in range(0, len(batch), 20):
        chunk = batch[start : start + 20]
        bodies = []
        for fuzzed in chunk:
            fuzzed.update["update_id"] = fake._next_update_id
            fake._next_update_id += 1
            if rng.random() < 0.1:
                fuzzed.update["unknown_field"] = nested(rng.randint(1, 200))
            bodies.append(json.dumps(fuzzed.update).encode())
        if rng.random() < 0.05:
            bodies.append(json.dumps(nested(rng.choice([1_000, 100_000]))).encode())
        statuses = await asyncio.gather(*(fake.post_webhook_body(body) for body in bodies))
        figures.webhook_posts += len(bodies)
        for index, status in enumerate(statuses):
            figures.webhook_statuses[status] += 1
            is_update = index < len(chunk)
            if (is_update and status != 200) or (not is_update and status != 400):
                figures.unconfirmed += 1


def _settle(bot: RunningBot, fuzzed: Fuzzed, figures: FuzzFigures) -> None:
    if fuzzed.owed is None:
        return
    figures.owed[fuzzed.owed] += 1
    update_id = fuzzed.update["update_id"]
    if fuzzed.owed == "reply":
        answered = bool(bot.replies.get(update_id))
    else:
        answered = fuzzed.update["callback_query"]["id"] in bot.fake.answers
    if not answered:
        figures.unanswered[fuzzed.owed] += 1


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
