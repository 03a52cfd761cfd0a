"""The Signal channel: signal-cli's event stream in, through the inbox, to the dialogs.

Each message read from the stream is committed to the inbox before anything else; the inbox is
then worked through one sender at a time, in arrival order, and different senders in parallel.
What was still waiting when the bot stopped is handled at the next start. The dialogs queue
their replies in the outbox; the channel's outbox sender delivers them. The stream is reopened
with growing pauses whenever the daemon goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from bot.channels.delivery import RecipientGone
from bot.channels.signal.daemon import DaemonRefused, DaemonUnavailable, SignalDaemon
from bot.channels.signal.envelopes import (
    GroupMessage,
    PersonalMessage,
    envelope_of,
    read_envelope,
)
from bot.channels.signal.inbox import SignalInbox, Waiting
from bot.channels.signal.sending import DeliveryFailed, SignalMessenger
from bot.channels.signal.sse import ServerEvent, StreamCorrupted
from dialogs.engine import Dialogs
from dialogs.messages import Outbound
from storage.busy import DatabaseBusy

log = logging.getLogger(__name__)

# Group notices already sent, remembered in memory only and forgotten past this many.
MAX_GROUP_NOTICES = 10_000


class SignalChannel:
    def __init__(
        self,
        dialogs: Dialogs,
        daemon: SignalDaemon,
        messenger: SignalMessenger,
        inbox: SignalInbox,
        *,
        reconnect_delay: float = 1.0,
        max_reconnect_delay: float = 30.0,
        max_in_flight: int = 100,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.dialogs = dialogs
        self.daemon = daemon
        self.messenger = messenger
        self.inbox = inbox
        self.reconnect_delay = reconnect_delay
        self.max_reconnect_delay = max_reconnect_delay
        # Events fully dealt with (answered, or needing no answer) since the channel started.
        self.processed = 0
        self._slots = asyncio.Semaphore(max_in_flight)
        # Senders whose inbox is being worked through; True when more may have arrived meanwhile.
        self._draining: dict[str, bool] = {}
        self._group_notices: set[tuple[str, str]] = set()
        self._started_ms = int(clock() * 1000)

    async def run(self) -> None:
        async with asyncio.TaskGroup() as tasks:
            for sender in await self.inbox.senders():
                self._wake(sender, tasks)
            await self._listen(tasks)

    async def _listen(self, tasks: asyncio.TaskGroup) -> None:
        delay = self.reconnect_delay
        listening = False
        while True:
            if listening or await self.daemon.check():
                try:
                    async with self.daemon.events() as events:
                        log.info("listening for Signal messages")
                        listening, delay = True, self.reconnect_delay
                        async for event in events:
                            await self._keep(event, tasks)
                    log.info("the Signal daemon closed the event stream; reopening it")
                except DaemonRefused as error:
                    log.error(
                        "the Signal daemon refused the event stream (%s); check settings", error
                    )
                    listening = False
                except (DaemonUnavailable, StreamCorrupted) as error:
                    log.warning("lost the Signal event stream (%s); reopening it", error)
                    listening = False
            elif delay == self.reconnect_delay:
                log.warning("the Signal daemon is not answering; waiting for it")
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.max_reconnect_delay)

    async def _keep(self, event: ServerEvent, tasks: asyncio.TaskGroup) -> None:
        envelope = envelope_of(event.data) if event.type in ("receive", "message") else None
        received = read_envelope(envelope) if envelope else None
        if envelope is None or received is None:
            self.processed += 1
            return
        # read_envelope accepted it, so the timestamp is an int.
        if await self.inbox.keep(received.sender, envelope["timestamp"], envelope):
            self._wake(received.sender, tasks)
        else:
            self.processed += 1  # the same message is already waiting to be handled

    def _wake(self, sender: str, tasks: asyncio.TaskGroup) -> None:
        idle = sender not in self._draining
        self._draining[sender] = True
        if idle:
            tasks.create_task(self._drain(sender))

    async def _drain(self, sender: str) -> None:
        """Handle the sender's waiting messages, oldest first, until none is left."""
        try:
            async with self._slots:
                while True:
                    self._draining[sender] = False
                    waiting = await self.inbox.oldest(sender)
                    if waiting is not None:
                        if not await self._answer(waiting):
                            return
                    elif not self._draining[sender]:
                        return
        finally:
            del self._draining[sender]

    async def _answer(self, waiting: Waiting) -> bool:
        """Handle one waiting message; False if the database stayed too busy to take it."""
        try:
            received = read_envelope(waiting.envelope)
            if isinstance(received, GroupMessage):
                await self._answer_group(received)
            elif isinstance(received, PersonalMessage):
                await self._converse(received)
        except DatabaseBusy:
            # Nothing was stored: the message stays in the inbox, first in its sender's line, for
            # their next message or the next start.
            log.warning("a Signal message waits in the inbox: the database stayed busy")
            return False
        except Exception:
            log.exception("a Signal message could not be answered")
        # Not when cancelled: a message cut off by a shutdown is handled at the next start.
        await self.inbox.remove(waiting.id)
        self.processed += 1
        return True

    async def _converse(self, received: PersonalMessage) -> None:
        try:
            await self.dialogs.handle(received.inbound)
        except DatabaseBusy:
            raise
        except Exception:
            log.exception("the dialogs failed on a Signal message")
            # Nothing was decided, so nothing was queued: the apology goes straight out.
            await self._deliver(received.sender, [self.dialogs.notice("input-error", None)])

    async def _answer_group(self, received: GroupMessage) -> None:
        # One from before this process started is stale by now, if not answered already.
        if received.received_at < self._started_ms:
            return
        key = (received.group, received.sender)
        if key in self._group_notices:
            return
        if len(self._group_notices) >= MAX_GROUP_NOTICES:
            self._group_notices.clear()
        self._group_notices.add(key)
        await self._deliver(received.sender, [self.dialogs.notice("input-private-only", None)])

    async def _deliver(self, recipient: str, replies: list[Outbound]) -> None:
        # Gone: already marked stopped. Failed: already logged. Neither concerns the inbox.
        with contextlib.suppress(RecipientGone, DeliveryFailed):
            await self.messenger.deliver(recipient, replies)
