"""The terminal chat: the real dialogs on the real database, typed at a prompt."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.channels import plain
from bot.channels.outbox_sender import OutboxSender
from dialogs.engine import Dialogs
from dialogs.messages import Outbound

CHANNEL = "terminal"

log = logging.getLogger(__name__)


async def read_line(stream: TextIO = sys.stdin) -> str | None:
    line = await asyncio.to_thread(stream.readline)
    return line if line else None


class TerminalScreen:
    """The terminal as a messenger: what the outbox sends for the terminal user is printed."""

    channel = CHANNEL

    def __init__(self, write: Callable[[str], None], files: Path) -> None:
        self.write = write
        self.files = files

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        for reply in outbounds:
            self.write("")
            self.write(plain.render(reply))
            if reply.attachment is not None:
                self.files.mkdir(parents=True, exist_ok=True)
                path = self.files / reply.attachment.filename
                path.write_bytes(reply.attachment.content)
                self.write(f"[{path}]")


class TerminalChat:
    """Replies go through the outbox as on any channel, drained before the next prompt."""

    def __init__(
        self,
        dialogs: Dialogs,
        *,
        user: str,
        language_hint: str | None,
        files: Path,
        write: Callable[[str], None] = print,
        read: Callable[[], Awaitable[str | None]] = read_line,
    ) -> None:
        self.dialogs = dialogs
        self.user = user
        self.language_hint = language_hint
        self.write = write
        self.read = read
        self.screen = TerminalScreen(write, files)
        self.outbox = OutboxSender(dialogs.sessionmaker, dialogs.outbox, self.screen)

    async def run(self) -> None:
        await self.send("/start")
        while (line := await self.read()) is not None:
            if line.strip():
                await self.send(line.rstrip("\n"))

    async def send(self, line: str) -> None:
        inbound = plain.parse(CHANNEL, self.user, line, language_hint=self.language_hint)
        try:
            await self.dialogs.handle(inbound)
        except Exception:
            # The chat goes on; the log gets the error without what was typed.
            log.exception("handling a terminal message failed")
            await self.screen.push(
                self.user, [self.dialogs.notice("input-error", self.language_hint)]
            )
        await self.outbox.drain()
        self.write("")
        self.write("> ")


async def run_terminal(app: App, *, user: str, language_hint: str | None) -> None:
    print("Dialog bot: terminal chat. Ctrl-D quits.", file=sys.stderr)
    files = app.settings.data_dir / "outbox"
    await TerminalChat(app.dialogs, user=user, language_hint=language_hint, files=files).run()
