"""A worker process for organisers' reports: out of the event loop, behind participants for CPU.

Not a thread: matplotlib and openpyxl run Python code for seconds, holding the interpreter lock,
and the event loop needs that lock at every step of every participant's answer (each SQLite query
hands over between aiosqlite's thread and the loop). Gathering a report's figures does the same
on a smaller scale. Measured on a 30,000-participant database, a participant's median answer took
about seven times as long while a digest was built in a thread, and hardly longer while it was
made in this process. The process also runs at a lower CPU priority, so that on a busy machine the
participants' answers come first and the report takes what is left.

It is started on first use, with "spawn" (forking a program that runs threads is unsafe), and
kept, so that one report after another pays the start-up once. One worker is enough: reports are
rare, and a second would only compete with the participants for the CPU.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

Made = TypeVar("Made")

NICENESS = 10  # on Linux about a tenth of a core's share against a busy normal-priority process
PARENT_CHECK_SECONDS = 1.0

_pool: ProcessPoolExecutor | None = None


def _start_worker() -> None:
    os.nice(NICENESS)
    # A pool's worker waits for work forever, even when the bot that started it was killed:
    # it leaves when its parent is gone, instead of lingering as an orphan.
    threading.Thread(target=_leave_with_parent, args=(os.getppid(),), daemon=True).start()


def _leave_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


async def in_worker(function: Callable[..., Made], *args: Any) -> Made:
    """`function(*args)` in the worker process; function and arguments must pickle."""
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )
    pool = _pool
    try:
        return await asyncio.get_running_loop().run_in_executor(pool, function, *args)
    except BrokenProcessPool:
        # The worker died (killed, out of memory): this report fails, the next gets a new one.
        if _pool is pool:
            _pool = None
        raise
