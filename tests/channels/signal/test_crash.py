"""SIGKILL between commit and send on Signal: a real `python -m bot run` against the fake daemon.

The person's messages are handled and committed while every send hangs; the bot is killed and a
new one starts on the same database: each reply arrives once, in order. Only a message that
signal-cli took just before the kill, before the bot could mark it sent, arrives twice.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy import func, inspect, select

from dialogs.i18n import Translator
from storage.db import create_engine
from storage.models import OutboxMessage
from tests.channels.signal.fake_daemon import FakeSignalDaemon, text_envelope
from tests.channels.telegram.lives import PROCESS_SECONDS, PSEUDONYM_KEY, REPO, Lives
from tests.outbox import outbox_drained

OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"
TYPED = ["Привіт", "Українська", "1"]
ANSWERED = [  # (language, message key) of each reply, in order
    ("pl", "onboarding-language"),  # no language hint on Signal: the default language first
    ("uk", "rights-privacy-notice"),
    ("uk", "onboarding-consent"),
    ("uk", "onboarding-consent-thanks"),
    ("uk", "onboarding-migration"),
]
SHARED = {"messenger": "signal", "organisation": "none", "contact": "none", "days": 365}


def first_lines(translator: Translator) -> list[str]:
    return [translator(*reply, **SHARED).split("\n")[0] for reply in ANSWERED]


def in_order_once(received: list[str], translator: Translator) -> None:
    """Every reply's words arrive once and in order (short texts ride with the next question,
    and a message over Signal's size for one comes in parts)."""
    text = "\n\n".join(received)
    at = 0
    for line in first_lines(translator):
        assert text.count(line) == 1, line
        found = text.index(line)
        assert found >= at, line
        at = found


def signal_env(daemon: FakeSignalDaemon, database: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIGNAL_"))}
    return env | {
        "PYTHONPATH": str(REPO),
        "SIGNAL_RPC_URL": daemon.url,
        "SIGNAL_ACCOUNT": daemon.account,
        "SIGNAL_MESSAGES_PER_SECOND": "1000",
        "SIGNAL_CHAT_MESSAGES_PER_SECOND": "1000",
        "SIGNAL_CHAT_BURST": "100",
        "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "DATA_DIR": str(data),
        "PSEUDONYM_KEY": PSEUDONYM_KEY,
        "LOG_LEVEL": "WARNING",
    }


class StalledSends:
    """`send` hangs: before signal-cli takes the message, or after (the answer is lost).

    Installed before the daemon starts (it binds its handler then).
    """

    def __init__(self, daemon: FakeSignalDaemon, *, after_storing: bool) -> None:
        self.original = daemon._rpc
        self.after_storing = after_storing
        self.stalling = True
        self.calls = 0
        daemon._rpc = self.rpc  # type: ignore[method-assign]

    async def rpc(self, request: web.Request) -> web.Response:
        body = await request.json()
        if not (self.stalling and body.get("method") == "send"):
            return await self.original(request)
        self.calls += 1
        if self.after_storing:
            await self.original(request)
        await asyncio.Event().wait()  # until the bot that asked is killed
        raise AssertionError("a stalled send must not be answered")


async def queued(database: Path) -> int:
    """Messages in the outbox; none while the starting bot has not yet made its tables (the
    file exists from the migrations' first statement)."""
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        async with engine.connect() as connection:
            if not await connection.run_sync(
                lambda c: inspect(c).has_table(OutboxMessage.__tablename__)
            ):
                return 0
            query = select(func.count()).select_from(OutboxMessage)
            return int((await connection.execute(query)).scalar() or 0)
    finally:
        await engine.dispose()


async def until(condition: Callable[[], Any], seconds: float = PROCESS_SECONDS) -> None:
    """Poll a condition on another process's doings (nothing here can signal it)."""
    async with asyncio.timeout(seconds):
        while True:
            if await condition():
                return
            await asyncio.sleep(0.02)


async def killed_after_deciding(tmp_path: Path, *, accepted_first: bool) -> list[str]:
    daemon = FakeSignalDaemon()
    stalled = StalledSends(daemon, after_storing=accepted_first)
    await daemon.start()
    database = tmp_path / "crash.sqlite3"
    try:
        with (tmp_path / "bot.log").open("wb") as log:
            lives = Lives(signal_env(daemon, database, tmp_path / "data"), tmp_path, log)
            await lives.start()
            try:
                total = 0
                # One queued message per answer: a short text rides with the next question.
                for words, replies in zip(TYPED, (1, 1, 1), strict=True):
                    daemon.receive(text_envelope(OLENA, words))
                    total += replies

                    async def committed(expected: int = total) -> bool:
                        return database.exists() and await queued(database) >= expected

                    await until(committed)
                await until(lambda: asyncio.sleep(0, stalled.calls > 0))
                stalled.stalling = False
                await lives.kill_and_restart()
                engine = create_engine(f"sqlite+aiosqlite:///{database}")
                try:
                    await outbox_drained(engine, "signal", PROCESS_SECONDS)
                finally:
                    await engine.dispose()
            finally:
                await lives.stop()
    finally:
        await daemon.stop()
    return [sent.message for sent in daemon.sent if sent.recipient == [OLENA]]


async def test_replies_decided_before_a_kill_arrive_after_the_restart_once(
    tmp_path: Path, translator: Translator
) -> None:
    received = await killed_after_deciding(tmp_path, accepted_first=False)
    in_order_once(received, translator)


async def test_only_a_message_signal_cli_took_as_the_bot_died_comes_twice(
    tmp_path: Path, translator: Translator
) -> None:
    received = await killed_after_deciding(tmp_path, accepted_first=True)
    assert received[0] == received[1]
    in_order_once(received[1:], translator)
