"""`dialog-bot run --workers N`: N webhook processes on one port, one PostgreSQL database.

Each worker is a whole `dialog-bot run` of its own, listening on WEBHOOK_PORT with SO_REUSEPORT,
so the kernel spreads Telegram's connections over them and the reverse proxy needs no change.
They share nothing but the database, whose advisory locks queue one participant's updates and
choose the one outbox sender per channel and the one scheduler (see storage.advisory). This
process only starts them, starts again one that ended, and stops them all when it is stopped.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import time
from types import FrameType

from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)

# A worker that ended is started again after this pause, so one that cannot start does not spin.
RESTART_SECONDS = 1.0
# How long stopped workers get to end before they are killed.
STOP_SECONDS = 10.0
_PR_SET_PDEATHSIG = 1


def check_workers(settings: Settings, workers: int) -> None:
    """Refuse more than one worker where several processes cannot work, saying why."""
    if workers < 1:
        raise SettingsError("--workers must be 1 or more")
    if workers == 1:
        return
    if not settings.resolved_database_url().startswith("postgresql"):
        raise SettingsError(
            f"--workers {workers} needs PostgreSQL (DATABASE_URL=postgresql+asyncpg://...): "
            "SQLite is for one process; run `dialog-bot run` without --workers"
        )
    if settings.telegram_bot_token is None or settings.telegram_mode != "webhook":
        raise SettingsError(
            f"--workers {workers} needs TELEGRAM_MODE=webhook: in polling mode Telegram gives "
            "a token's updates to one process only"
        )
    if settings.signal_rpc_url or settings.signal_account:
        raise SettingsError(
            f"--workers {workers} cannot run Signal: signal-cli's event stream has one reader; "
            "run Signal in a `dialog-bot run` of its own"
        )


def supervise(workers: int) -> None:
    """Start the workers and keep them running until this process is stopped."""
    command = [sys.executable, "-m", "bot", "run", "--worker-of", str(workers)]
    running: dict[int, subprocess.Popen[bytes]] = {}

    def start() -> None:
        worker = subprocess.Popen(command, preexec_fn=_die_with_parent)
        running[worker.pid] = worker

    def stopped(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stopped)
    for _ in range(workers):
        start()
    log.info("started %d workers", workers)
    try:
        while True:
            pid, status = _wait()
            if running.pop(pid, None) is None:
                continue
            log.warning("a worker ended (status %d); starting another", status)
            time.sleep(RESTART_SECONDS)
            start()
    finally:
        for worker in running.values():
            worker.terminate()
        for worker in running.values():
            try:
                worker.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()


def _wait() -> tuple[int, int]:
    pid, status = os.wait()
    return pid, os.waitstatus_to_exitcode(status)


def _die_with_parent() -> None:
    """In the worker: the kernel ends it if this process is killed, so none is left behind."""
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
