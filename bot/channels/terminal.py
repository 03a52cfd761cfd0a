"""The terminal chat: the real dialogs on the real database, typed at a prompt."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.channels import plain
from dialogs.engine import Dialogs
from dialogs.messages import Outbound, merged

CHANNEL = "terminal"

log = logging.getLogger(__name__)


async def read_line(stream: TextIO = sys.stdin) -> str | None:
    line = await asyncio.to_thread(stream.readline)
    return line if line else None


class TerminalChat:
    def __init__(
        self,
        dialogs: Dialogs,
        *,
        user: str,
        language_hint: str | None,
        outbox: Path,
        write: Callable[[str], None] = print,
        read: Callable[[], Awaitable[str | None]] = read_line,
    ) -> None:
        self.dialogs = dialogs
        self.user = user
        self.language_hint = language_hint
        self.outbox = outbox
        self.write = write
        self.read = read

    async def run(self) -> None:
        await self.send("/start")
        while (line := await self.read()) is not None:
            if line.strip():
                await self.send(line.rstrip("\n"))

    async def send(self, line: str) -> None:
        inbound = plain.parse(CHANNEL, self.user, line, language_hint=self.language_hint)
        try:
            replies = await self.dialogs.handle(inbound)
        except Exception:
            # The chat goes on; the log gets the error without what was typed.
            log.exception("handling a terminal message failed")
            replies = [self.dialogs.notice("input-error", self.language_hint)]
        self.show(replies)

    def show(self, replies: list[Outbound]) -> None:
        for reply in merged(replies):
            self.write("")
            self.write(plain.render(reply))
            if reply.attachment is not None:
                self.outbox.mkdir(parents=True, exist_ok=True)
                path = self.outbox / reply.attachment.filename
                path.write_bytes(reply.attachment.content)
                self.write(f"[{path}]")
        self.write("")
        self.write("> " if replies else "")


async def run_terminal(app: App, *, user: str, language_hint: str | None) -> None:
    print("Dialog bot: terminal chat. Ctrl-D quits.", file=sys.stderr)
    outbox = app.settings.data_dir / "outbox"
    await TerminalChat(app.dialogs, user=user, language_hint=language_hint, outbox=outbox).run()
