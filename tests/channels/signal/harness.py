"""The real Signal channel against the fake daemon: a person sends text, the test reads replies.

Reusable beyond these tests (the same transcript on every channel): `running_signal_bot` yields a
bot whose `says(person, text)` returns the message keys the dialogs answered with, while
`wire` holds what actually went out to signal-cli.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from bot.channels.outbox_sender import OutboxSender
from bot.channels.pacing import Pacer
from bot.channels.signal.channel import SignalChannel
from bot.channels.signal.daemon import SignalDaemon
from bot.channels.signal.envelopes import CHANNEL
from bot.channels.signal.inbox import SignalInbox
from bot.channels.signal.sending import SignalMessenger
from dialogs.engine import Dialogs
from dialogs.messages import Inbound, Outbound
from storage import outbox
from storage.db import create_read_only_sessionmaker
from tests.channels.signal.fake_daemon import FakeSignalDaemon, Sent, text_envelope


async def eventually(condition: Callable[[], bool], within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the Signal channel")
        await asyncio.sleep(0.005)


class RecordingDialogs:
    """The real dialogs, noting what they answered (the keys a transcript compares)."""

    def __init__(self, dialogs: Dialogs) -> None:
        self._dialogs = dialogs
        self.answers: list[Outbound] = []

    async def handle(self, inbound: Inbound) -> list[Outbound]:
        replies = await self._dialogs.handle(inbound)
        self.answers.extend(replies)
        return replies

    def __getattr__(self, name: str) -> Any:
        return getattr(self._dialogs, name)


@dataclass
class SignalBot:
    daemon: FakeSignalDaemon
    channel: SignalChannel
    messenger: SignalMessenger
    recorder: RecordingDialogs
    task: asyncio.Task[None]
    last: list[Outbound] = field(default_factory=list)
    wire: list[Sent] = field(default_factory=list)

    def mark(self) -> tuple[int, int, int]:
        """Where the conversation stands, for `settle`."""
        return len(self.recorder.answers), len(self.daemon.sent), self.channel.processed

    async def settle(self, mark: tuple[int, int, int], events: int = 1) -> list[str]:
        """Wait until `events` more events are dealt with; the keys answered since `mark`."""
        answered, sent, processed = mark
        await eventually(lambda: self.channel.processed >= processed + events)
        await self.sent()
        self.last = self.recorder.answers[answered:]
        self.wire = self.daemon.sent[sent:]
        return [outbound.key for outbound in self.last]

    async def sent(self) -> None:
        """Wait until the outbox holds nothing unsent for Signal (its sender runs beside).

        Looked at read-only, so the look itself never holds up (or fails on) a writer's lock.
        """
        reader = create_read_only_sessionmaker(self.recorder.sessionmaker.kw["bind"])
        async with reader() as session:
            waiting = await outbox.unsent(session, CHANNEL)
        while waiting:
            await asyncio.sleep(0.005)
            async with reader() as session:
                waiting = await outbox.unsent(session, CHANNEL)

    async def sends(self, envelope: dict[str, Any]) -> list[str]:
        """Deliver one envelope and wait until the channel has dealt with it."""
        mark = self.mark()
        self.daemon.receive(envelope)
        return await self.settle(mark)

    async def says(self, person: str, text: str) -> list[str]:
        return await self.sends(text_envelope(person, text))

    @property
    def options(self) -> list[str]:
        asked = [outbound for outbound in self.last if outbound.options]
        assert asked, f"no question in {[o.key for o in self.last]}"
        return [option.id for option in asked[-1].options]

    async def stop(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task
        await self.channel.daemon.close()


def fast_pacer() -> Pacer:
    return Pacer(per_second=1000.0, per_chat_per_second=1000.0, per_chat_burst=1000)


async def start_signal_bot(
    dialogs: Dialogs,
    daemon: FakeSignalDaemon,
    *,
    pacer: Pacer | None = None,
    idle_timeout: float = 1.0,
) -> SignalBot:
    recorder = RecordingDialogs(dialogs)
    client = SignalDaemon(
        daemon.url, daemon.account, rpc_timeout=5.0, stream_idle_timeout=idle_timeout
    )
    messenger = SignalMessenger(
        client,
        cast(Dialogs, recorder),
        pacer if pacer is not None else fast_pacer(),  # an idle Pacer is falsy (len 0)
        retry_delay=0.02,
        max_retry_delay=0.1,
        rate_limit_fallback=0.2,
    )
    channel = SignalChannel(
        cast(Dialogs, recorder),
        client,
        messenger,
        SignalInbox(dialogs.sessionmaker, retry_delay=0.02, max_retry_delay=0.1),
        reconnect_delay=0.02,
        max_reconnect_delay=0.1,
    )
    sender = OutboxSender(dialogs.sessionmaker, dialogs.outbox, messenger)

    async def run() -> None:
        async with asyncio.TaskGroup() as tasks:
            tasks.create_task(sender.run())
            await channel.run()

    openings = daemon.stream_openings
    task = asyncio.create_task(run())
    await eventually(lambda: daemon.stream_openings > openings and daemon.listening)
    return SignalBot(daemon, channel, messenger, recorder, task)


@asynccontextmanager
async def running_signal_bot(dialogs: Dialogs) -> AsyncIterator[SignalBot]:
    daemon = FakeSignalDaemon()
    await daemon.start()
    bot = await start_signal_bot(dialogs, daemon)
    try:
        yield bot
    finally:
        await bot.stop()
        await daemon.stop()
