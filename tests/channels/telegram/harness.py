"""A running Telegram channel (polling or webhook) against the fake server, in the test's loop."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import App
from bot.channels.telegram.adapter import CHANNEL
from bot.channels.telegram.channel import TelegramChannel
from bot.settings import Settings
from dialogs.engine import Dialogs
from dialogs.messages import Inbound, Outbound
from tests.channels.telegram.fake_server import TOKEN, FakeTelegram
from tests.channels.telegram.person import TelegramPerson
from tests.channels.virtual_time import VirtualTime
from tests.outbox import outbox_drained

WEBHOOK_SECRET = "test-webhook-secret_42"

# Fast enough that pacing never slows a conversation test; the pacer has tests of its own.
UNPACED = {
    "telegram_messages_per_second": 1000.0,
    "telegram_chat_messages_per_second": 1000.0,
    "telegram_chat_burst": 100,
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def bot_settings(fake: FakeTelegram, data_dir: Path, mode: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "telegram_bot_token": TOKEN,
        "telegram_api_base": fake.url,
        "telegram_mode": mode,
        **UNPACED,
    }
    if mode == "webhook":
        port = free_port()
        values |= {
            "webhook_url": f"http://127.0.0.1:{port}/telegram",
            "webhook_secret": WEBHOOK_SECRET,
            "webhook_port": port,
        }
    return Settings(_env_file=None, **(values | overrides))  # type: ignore[arg-type]


@dataclass
class RunningBot:
    fake: FakeTelegram
    app: App
    channel: TelegramChannel | None = None
    task: asyncio.Task[None] | None = None
    replies: dict[int, list[Outbound]] = field(default_factory=dict)
    time: VirtualTime | None = None  # paces the sends instead of the wall clock

    @property
    def dialogs(self) -> Dialogs:
        return self.app.dialogs

    def person(self, user_id: int, language_code: str | None = "uk") -> TelegramPerson:
        return TelegramPerson(self.fake, user_id, language_code, keys=self.keys, sent=self.sent)

    async def sent(self) -> None:
        """Wait until the outbox holds nothing unsent for Telegram."""
        await outbox_drained(self.app.engine, CHANNEL)

    def keys(self, update_id: int) -> list[str]:
        return [reply.key for reply in self.replies.get(update_id, [])]

    async def start(self, within: float = 15) -> None:
        """Start the channel; return once it takes updates (asks for them, or set its webhook)."""
        if self.time is None:
            self.channel = TelegramChannel(self.app)
        else:
            self.channel = TelegramChannel(self.app, clock=self.time.clock, sleep=self.time.sleep)
        self.task = asyncio.create_task(self.channel.run())
        started = len(self.fake.calls)
        if self.app.settings.telegram_mode == "webhook":
            await self.fake.until(lambda: self.fake.webhook is not None, within)
        else:
            await self.fake.until(
                lambda: any(c.method == "getUpdates" for c in self.fake.calls[started:]), within
            )

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
            self.task = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()


def record_replies(dialogs: Dialogs, replies: dict[int, list[Outbound]]) -> None:
    """Keep what the dialogs answered to each update, to read message keys in tests."""
    handle = dialogs.handle

    async def recording(inbound: Inbound) -> list[Outbound]:
        out = await handle(inbound)
        if inbound.update_id is not None:
            replies[int(inbound.update_id)] = out
        return out

    dialogs.handle = recording  # type: ignore[method-assign]


async def running_bot(
    fake: FakeTelegram,
    engine: AsyncEngine,
    dialogs: Dialogs,
    data_dir: Path,
    mode: str,
    *,
    time: VirtualTime | None = None,
    **settings: Any,
) -> RunningBot:
    app = App(
        settings=bot_settings(fake, data_dir, mode, **settings), engine=engine, dialogs=dialogs
    )
    if time is not None:
        fake.clock = time.clock
    bot = RunningBot(fake, app, time=time)
    record_replies(dialogs, bot.replies)
    await bot.start()
    return bot
