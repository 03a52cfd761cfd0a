"""Where an update's time goes: the inbound benchmark's journey, one person at a time, with each
part of the path timed around its function.

    .venv/bin/python -m benchmarks.inbound_parts [--users 100 --ratings 16]

The same people and fake Bot API as `benchmarks.inbound` (one at a time, on SQLite and on
PostgreSQL when one answers at TEST_POSTGRES_URL). Each part's time is inclusive: a part indented
under another is within it. A timer costs about a microsecond a call, so the parts add up to a
little more than an untimed run. Prints milliseconds per update and calls per update.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import functools
import inspect
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from aiogram import Dispatcher
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncSessionTransaction

from benchmarks import inbound
from bot.channels.outbox_sender import OutboxSender, SentMarks
from bot.channels.telegram.messenger import TelegramMessenger
from dialogs import engine as turns
from dialogs.outbox import Outbox
from storage import participants

# (label, owner, attribute, depth): in the order and nesting they are printed.
PARTS: list[tuple[str, Any, str, int]] = [
    ("aiogram's dispatch of the update, the turn within it", Dispatcher, "feed_update", 0),
    ("the person's turn, its commit included", turns.Dialogs, "_handle", 1),
    ("its start: BEGIN, the update claimed (and locked)", participants, "start_turn", 2),
    ("the participant and their state", turns.Dialogs, "_context", 2),
    ("the dialog's step", turns._Turn, "run", 2),
    ("the next question, rendered", turns._Turn, "reprompt", 3),
    ("the state stored", turns._Turn, "finish", 2),
    ("the replies queued", Outbox, "queue", 2),
    ("the commit (with the session's flush)", AsyncSessionTransaction, "__aexit__", 2),
    ("the tap's answer and the record of the choice", TelegramMessenger, "settle_tap", 1),
    ("the sender's look for replies", OutboxSender, "_take_work", 0),
    ("a reply pushed through aiogram", TelegramMessenger, "push", 0),
    ("its mark as sent (beside the next update, waits for it)", SentMarks, "sent", 0),
    ("every statement, through SQLAlchemy", Connection, "_execute_context", 0),
    ("the simulated person's next update", inbound.Person, "next_update", 0),
    (
        "the fake Bot API's answers (aiogram parses them)",
        inbound.InstantTelegram,
        "make_request",
        0,
    ),
]


@contextlib.contextmanager
def timed(parts: list[tuple[str, Any, str, int]]) -> Iterator[dict[str, list[float]]]:
    """Each part's function wrapped to add its time and calls; put back on leaving."""
    spent: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0])
    originals = [(owner, name, owner.__dict__[name]) for _, owner, name, _ in parts]
    try:
        for label, owner, name, _ in parts:
            setattr(owner, name, _timer(owner.__dict__[name], spent[label]))
        yield spent
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def _timer(function: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def waited(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await function(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started
                spent[1] += 1

        return waited

    @functools.wraps(function)
    def ran(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started
            spent[1] += 1

    return ran


async def measure(backend: str, users: int, ratings: int) -> str:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        async with inbound.database(backend, folder, backend) as url:
            if url is None:
                return f"{backend}: skipped, no PostgreSQL at {inbound.POSTGRES_ADMIN_URL}"
            with timed(PARTS) as spent:
                run, _ = await inbound.measure_bot(url, folder / backend, users, 1, ratings)
    updates = len(run.latencies)
    lines = [f"{backend}, one at a time: {run.per_update_ms:.2f} ms an update ({updates} updates)"]
    for label, _, _, depth in PARTS:
        seconds, calls = spent[label]
        lines.append(
            f"  {'  ' * depth}{label:<{56 - 2 * depth}} {seconds / updates * 1000:6.3f} ms"
            f"  {calls / updates:5.2f} calls"
        )
    return "\n".join(lines)


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--users", type=int, default=100, help="simulated people")
    arguments.add_argument("--ratings", type=int, default=16, help="rating answers each")
    options = arguments.parse_args()
    for backend in ("sqlite", "postgresql"):
        print(asyncio.run(measure(backend, options.users, options.ratings)), flush=True)


if __name__ == "__main__":
    main()
