"""Start-up time and memory: the terminal chat's first prompt, imports, RSS as participants grow.

    .venv/bin/python -m benchmarks.startup [--runs 5 --participants 10000 100000 --updates 300]

Prints, each measured in this run on this machine:
- the time from starting `python -m bot chat` until its first prompt is on stdout (median of
  `--runs`), against a bare python that prints one line, measured the same way, and against the
  chat loaded while the garbage collector runs (bot.__main__ pauses it);
- the time to import the app, and to import it together with the report libraries (matplotlib,
  openpyxl, qrcode), which a chat or a channel loads only when it makes a report;
- the time to import the Telegram channel, as the bot imports aiogram and after a plain
  `import aiogram` (bot.channels.telegram.lean_import);
- the resident memory (VmRSS) of a fresh Telegram bot process (the app and the Telegram channel,
  with a Bot API that answers at once) after start, and after N participants wrote: N are stored
  in bulk, then `--updates` real updates go through aiogram's dispatcher and the dialogs (new
  people walking in, stored ones coming back); the ratio between the largest and smallest N;
- what importing aiogram adds to a bare interpreter's memory, both ways.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
REPORT_LIBRARIES = ("matplotlib.pyplot", "openpyxl", "qrcode")


def environment(data_dir: Path) -> dict[str, str]:
    from benchmarks.inbound import PSEUDONYM_KEY

    return {
        **os.environ,
        "DATA_DIR": str(data_dir),
        "PSEUDONYM_KEY": PSEUDONYM_KEY,
        "LOG_LEVEL": "WARNING",
    }


def until_first_line(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from start until the process writes a non-empty line (stdin stays open), and the
    process's resident memory (KiB) then."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.strip():
                seconds = time.perf_counter() - started
                return seconds, rss_kib(Path(f"/proc/{process.pid}/status"))
        raise SystemExit(f"{command} ended without a word")
    finally:
        process.kill()
        process.wait()


def first_prompt(data_dir: Path, runs: int) -> tuple[float, float, float, int]:
    """Medians of the chat's first prompt, of the same with its modules loaded while the
    collector runs (as before bot.__main__ paused it), and of a bare python; the chat's most
    memory then. The three alternate, so that the machine's drift touches each alike."""
    env = environment(data_dir)
    chat = [sys.executable, "-m", "bot", "chat", "--lang", "uk"]
    collecting = [
        sys.executable,
        "-c",
        "import sys, bot.cli; bot.cli.main(sys.argv[1:])",
        *chat[3:],
    ]
    # Waits on stdin like the chat, so that it is still alive when its memory is read.
    bare = [sys.executable, "-c", "import sys; print('>', flush=True); sys.stdin.read()"]
    until_first_line(chat, env)  # creates the database and migrates it, as a first start does
    chats, before, bares, memory = [], [], [], []
    for _ in range(runs):
        seconds, kib = until_first_line(chat, env)
        chats.append(seconds)
        memory.append(kib)
        before.append(until_first_line(collecting, env)[0])
        bares.append(until_first_line(bare, env)[0])
    median = statistics.median
    return median(chats), median(before), median(bares), max(memory)


def import_seconds(modules: tuple[str, ...], runs: int) -> float:
    code = (
        "import importlib, time\n"
        "started = time.perf_counter()\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(time.perf_counter() - started)\n"
    )
    timings = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(timings)


# --- memory with N participants (in a child process, so each N starts fresh) ---------------------


def rss_kib(status: Path = Path("/proc/self/status")) -> int:
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS in {status}")


def store_participants(database: Path, count: int) -> None:
    """People who onboarded and wrote a few updates, in bulk through sqlite3 (one transaction)."""
    from benchmarks.inbound import PSEUDONYM_KEY

    stamp = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")
    secret = PSEUDONYM_KEY.encode()

    def keyed(message: str) -> str:
        return hmac.new(secret, message.encode(), hashlib.sha256).hexdigest()

    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        with connection:
            connection.executemany(
                "INSERT INTO participants (id, key, locale, consent, consent_at, "
                "consent_notice_version, migration_experience, district, created_at) "
                "VALUES (?, ?, 'uk', 'given', ?, 1, 'no', 'wola', ?)",
                (
                    (n, keyed(f"participant\x00telegram\x00{n}"), stamp, stamp)
                    for n in range(1, count + 1)
                ),
            )
            connection.executemany(
                "INSERT INTO conversation_states (participant_id, flow, step, data, version, "
                "updated_at) VALUES (?, 'menu', 'main', '{\"hint\": \"uk\"}', 5, ?)",
                ((n, stamp) for n in range(1, count + 1)),
            )
            connection.executemany(
                "INSERT INTO processed_updates (key, processed_at) VALUES (?, ?)",
                (
                    (keyed(f"update\x00telegram\x00{n}-{u}"), stamp)
                    for n in range(1, count + 1)
                    for u in range(5)
                ),
            )
    finally:
        connection.close()


async def memory_child(count: int, updates: int) -> dict[str, int]:
    """The Telegram bot's process: the app and the channel, then people writing through it."""
    from aiogram.types import Update

    from benchmarks.inbound import InstantTelegram, Person, bot_settings
    from bot.app import open_app
    from bot.channels.telegram.channel import TelegramChannel

    with tempfile.TemporaryDirectory() as folder:
        app = await open_app(
            bot_settings(f"sqlite+aiosqlite:///{folder}/bot.sqlite3", Path(folder))
        )
        channel = TelegramChannel(app)
        await channel.bot.session.close()
        telegram = InstantTelegram()
        channel.bot.session = telegram
        started = rss_kib()
        store_participants(Path(folder) / "bot.sqlite3", count)
        rng = random.Random(count)
        handled = 0
        person = 0
        while handled < updates:
            person += 1
            # Half come back (stored people, at the menu), half are new and walk in.
            user_id = rng.randint(1, count) if person % 2 else count + person
            walker = Person(user_id, telegram, ratings=4, seed=person)
            while handled < updates and (raw := walker.next_update()) is not None:
                await channel.intake.handle(
                    Update.model_validate(raw, context={"bot": channel.bot})
                )
                handled += 1
        wrote = rss_kib()
        await app.close()
    return {"started": started, "wrote": wrote, "updates": handled}


def aiogram_kib(first_import: str) -> int:
    """What importing aiogram adds to a bare interpreter's memory: `import aiogram` builds every
    Bot API type's validator at its end (aiogram issue #1513); the bot's import
    (`bot.channels.telegram.lean_import`) leaves each to be built when first used."""
    code = (
        "def rss_kib():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmRSS:'):\n"
        "            return int(line.split()[1])\n"
        "before = rss_kib()\n"
        f"{first_import}\n"
        "print(rss_kib() - before)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    return int(done.stdout)


def memory(count: int, updates: int) -> dict[str, int]:
    child = [sys.executable, "-m", "benchmarks.startup", "--memory-child", str(count)]
    child += ["--updates", str(updates)]
    done = subprocess.run(child, capture_output=True, check=True, text=True)
    result: dict[str, int] = json.loads(done.stdout)
    return result


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--runs", type=int, default=5)
    arguments.add_argument("--participants", type=int, nargs="+", default=[10_000, 100_000])
    arguments.add_argument("--updates", type=int, default=300, help="real updates after the bulk")
    arguments.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    options = arguments.parse_args()
    if options.memory_child is not None:
        print(json.dumps(asyncio.run(memory_child(options.memory_child, options.updates))))
        return

    with tempfile.TemporaryDirectory() as folder:
        chat, collecting, bare, chat_kib = first_prompt(Path(folder), options.runs)
    print(
        f"terminal chat, first prompt: {chat:.3f} s (median of {options.runs}); bare python: "
        f"{bare:.3f} s; ratio {chat / bare:.1f}×; goal ≤ 0.5 s; its RSS then {chat_kib / 1024:.1f} MB"
    )
    print(
        f"  before: loaded while the collector runs: {collecting:.3f} s "
        f"({collecting / chat:.2f}× the chat's start)"
    )
    app_only = import_seconds(("bot.cli", "bot.app"), options.runs)
    with_reports = import_seconds(("bot.cli", "bot.app", *REPORT_LIBRARIES), options.runs)
    print(
        f"import the app: {app_only:.3f} s; with matplotlib, openpyxl and qrcode: "
        f"{with_reports:.3f} s (the report libraries are {with_reports / app_only:.1f}× the app)"
    )
    channel = ("bot.channels.telegram.channel",)
    lean_start = import_seconds(channel, options.runs)
    own_start = import_seconds(("aiogram", *channel), options.runs)
    print(
        f"import the Telegram channel: {lean_start:.3f} s; after `import aiogram`, which builds "
        f"every type's validator: {own_start:.3f} s ({own_start / lean_start:.1f}×)"
    )
    sizes = sorted(options.participants)
    measured = {count: memory(count, options.updates) for count in sizes}
    for count in sizes:
        figures = measured[count]
        print(
            f"RSS with {count:>7,} participants: {figures['started'] / 1024:6.1f} MB after start, "
            f"{figures['wrote'] / 1024:6.1f} MB after they wrote "
            f"({figures['updates']} real updates after the bulk); goal ≤ 150 MB"
        )
    smallest, largest = measured[sizes[0]]["wrote"], measured[sizes[-1]]["wrote"]
    print(f"RSS {sizes[-1]:,} / {sizes[0]:,} participants: {largest / smallest:.2f}×")
    # `bot.channels.telegram` is how the bot imports aiogram: its own code there is a few lines.
    own, lean = aiogram_kib("import aiogram"), aiogram_kib("import bot.channels.telegram")
    print(
        f"aiogram's import (a bare interpreter, before and after): {own / 1024:.1f} MB as "
        f"`import aiogram` builds every type's validator; {lean / 1024:.1f} MB as the bot imports "
        f"it, each type built when first used ({own / lean:.1f}×)"
    )


if __name__ == "__main__":
    main()
