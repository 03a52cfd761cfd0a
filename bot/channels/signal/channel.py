"""The Signal channel: signal-cli's event stream in, the dialogs' replies out.

Each person's messages are handled one at a time and in order, replies included; different
people's in parallel. The stream is reopened with growing pauses whenever the daemon goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from bot.channels.delivery import RecipientGone
from bot.channels.signal.daemon import DaemonRefused, DaemonUnavailable, RpcError, SignalDaemon
from bot.channels.signal.envelopes import GroupMessage, PersonalMessage, Received, read_event
from bot.channels.signal.position import StreamPosition
from bot.channels.signal.sending import DeliveryFailed, SignalMessenger
from bot.channels.signal.sse import ServerEvent, StreamCorrupted
from dialogs.engine import Dialogs
from dialogs.locks import KeyedLocks
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
        *,
        position: StreamPosition | None = None,
        reconnect_delay: float = 1.0,
        max_reconnect_delay: float = 30.0,
        max_in_flight: int = 100,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.dialogs = dialogs
        self.daemon = daemon
        self.messenger = messenger
        self.position = position or StreamPosition()
        self.reconnect_delay = reconnect_delay
        self.max_reconnect_delay = max_reconnect_delay
        # Events fully dealt with (answered, or needing no answer) since the channel started.
        self.processed = 0
        self._order = KeyedLocks()
        self._slots = asyncio.Semaphore(max_in_flight)
        self._group_notices: set[tuple[str, str]] = set()
        self._started_ms = int(clock() * 1000)

    async def run(self) -> None:
        async with asyncio.TaskGroup() as tasks:
            await self._listen(tasks)

    async def _listen(self, tasks: asyncio.TaskGroup) -> None:
        delay = self.reconnect_delay
        listening = False
        while True:
            if listening or await self.daemon.check():
                try:
                    async with self.daemon.events(self.position.resume_after()) as events:
                        log.info("listening for Signal messages")
                        listening, delay = True, self.reconnect_delay
                        async for event in events:
                            await self._dispatch(event, tasks)
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

    async def _dispatch(self, event: ServerEvent, tasks: asyncio.TaskGroup) -> None:
        self.position.received(event.id)
        received = read_event(event.data) if event.type in ("receive", "message") else None
        if received is None:
            self._settle(event.id)
            return
        # Bounded work in flight; tasks start in arrival order, so each person's stay in order.
        await self._slots.acquire()
        tasks.create_task(self._answer(received, event.id))

    async def _answer(self, received: Received, event_id: str | None) -> None:
        try:
            try:
                async with self._order.hold(received.sender):
                    if isinstance(received, GroupMessage):
                        await self._answer_group(received)
                    else:
                        await self._converse(received)
            except DatabaseBusy:
                # Nothing was stored. signal-cli confirmed the message to Signal already, so the
                # only way to keep it is to leave it unsettled: the next start takes it again.
                log.warning("a Signal message is left unhandled: the database stayed busy")
                return
            except Exception:
                log.exception("a Signal message could not be answered")
            # Not when cancelled: a message cut off by a shutdown is resent at the next start.
            self._settle(event_id)
        finally:
            self._slots.release()

    async def _converse(self, received: PersonalMessage) -> None:
        try:
            replies = await self.dialogs.handle(received.inbound)
        except DatabaseBusy:
            raise  # not "something went wrong": the message will be taken again
        except Exception:
            log.exception("the dialogs failed on a Signal message")
            replies = [self.dialogs.notice("input-error", None)]
        await self._deliver(received.sender, replies)
        if any(reply.forget_sender for reply in replies):
            await self._forget(received.sender)

    async def _forget(self, sender: str) -> None:
        """After /delete, signal-cli's own record of the person (number, profile name, keys)."""
        try:
            await self.daemon.call("removeContact", {"recipient": sender, "forget": True})
        except (RpcError, DaemonUnavailable, DaemonRefused) as error:
            log.warning(
                "signal-cli could not forget an erased participant (%s)", type(error).__name__
            )

    async def _answer_group(self, received: GroupMessage) -> None:
        # Backlog from before this process started was answered by the one before, or is stale.
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
        # Gone: already marked stopped. Failed: already logged. Neither concerns the stream.
        with contextlib.suppress(RecipientGone, DeliveryFailed):
            await self.messenger.deliver(recipient, replies)

    def _settle(self, event_id: str | None) -> None:
        self.position.handled(event_id)
        self.processed += 1
