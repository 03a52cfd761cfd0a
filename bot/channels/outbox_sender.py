"""One channel's outbox sender: every chat's messages in the order they were decided, chats side
by side, through the channel's messenger (whose pacer and retries apply as to any send).

A row is marked sent only after the messenger accepted it. So a message is never lost, and is
sent twice only if the process died (or the database failed) between the messenger's acceptance
and that mark.

It wakes when the dialogs commit something for its channel (an in-process event) and otherwise
sweeps every SWEEP_SECONDS: rows left by a crash are found by the first sweep at start, and rows
written by the scheduler by the next one. One sender per channel sends: on PostgreSQL, of
several processes, the one holding the channel's advisory lock (storage.outbox.SenderLock). The
others, woken by their own commits, tell it so (storage.outbox.announce, a NOTIFY it listens
for), sweep too, and take over when it is gone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.delivery import Messenger, RecipientGone
from dialogs.engine import utc_now
from dialogs.outbox import Outbox, decode
from storage import organisers
from storage import outbox as repo
from storage.db import create_read_only_sessionmaker
from storage.models import OutboxMessage

log = logging.getLogger(__name__)

SWEEP_SECONDS = 10.0
# Chats being sent to at once; the pacer keeps the rate, this only bounds the tasks.
MAX_CHATS = 100
# Rows read per chat at a time.
BATCH = 20
# A message the messenger failed on this many times (each time after its own retries) is dropped,
# so that one unsendable message cannot hold up its chat forever.
MAX_ATTEMPTS = 5


class OutboxSender:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        messenger: Messenger,
        *,
        clock: Callable[[], datetime] = utc_now,
        sweep_seconds: float = SWEEP_SECONDS,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self.sessionmaker = sessionmaker
        # Looking for work takes no write lock (SQLite): answers being committed are not held up.
        self.reader = create_read_only_sessionmaker(sessionmaker.kw["bind"])
        self.engine = sessionmaker.kw["bind"]
        self.lock = repo.SenderLock(
            self.engine, messenger.channel, announced=lambda: outbox.wake(messenger.channel)
        )
        self.outbox = outbox
        self.messenger = messenger
        self.channel = messenger.channel
        self.clock = clock
        self.sweep_seconds = sweep_seconds
        self.max_attempts = max_attempts
        self._busy: set[str] = set()
        # Chats whose last send failed: left alone until the next sweep, not retried on every wake.
        self._resting: set[str] = set()

    async def run(self) -> None:
        wake = self.outbox.event(self.channel)
        try:
            async with asyncio.TaskGroup() as tasks:
                await self._serve(tasks, wake)
        finally:
            await self.lock.release()

    async def _serve(self, tasks: asyncio.TaskGroup, wake: asyncio.Event) -> None:
        woken = False
        while True:
            wake.clear()
            try:
                if woken and not self.lock.holding:
                    # Committed here, sent by another process: it hears of it at once. Trying
                    # for the lock is left to the sweeps, not paid on every commit.
                    await repo.announce(self.engine, self.channel)
                    waiting = []
                else:
                    waiting = await self._waiting() if await self.lock.held() else []
            except Exception as error:
                # The database is busy or away for a moment: the next sweep looks again.
                log.warning(
                    "%s: the outbox could not be read (%s)", self.channel, type(error).__name__
                )
                waiting = []
            for address in waiting:
                self._busy.add(address)
                tasks.create_task(self._chat(address, rescan=True))
            try:
                async with asyncio.timeout(self.sweep_seconds):
                    await wake.wait()
                woken = True
            except TimeoutError:
                woken = False
                self._resting.clear()

    async def drain(self) -> None:
        """Send everything waiting now and return when done (for a caller with no `run` task)."""
        self._resting.clear()
        while addresses := await self._waiting():
            self._busy.update(addresses)
            async with asyncio.TaskGroup() as tasks:
                for address in addresses:
                    tasks.create_task(self._chat(address, rescan=False))

    async def _waiting(self) -> list[str]:
        room = MAX_CHATS - len(self._busy)
        if room <= 0:
            return []
        async with self.reader() as session:
            addresses = await repo.waiting_chats(
                session, self.channel, room + len(self._busy) + len(self._resting)
            )
        skipped = self._busy | self._resting
        return [address for address in addresses if address not in skipped][:room]

    async def _chat(self, address: str, *, rescan: bool) -> None:
        try:
            while True:
                async with self.reader() as session:
                    rows = await repo.waiting_for(session, self.channel, address, BATCH)
                if not rows:
                    return
                for row in rows:
                    if not await self._send(address, row):
                        return
        except Exception as error:
            # The database failed under us (a sent message may then go again: see above).
            log.warning(
                "%s: sending to a chat stopped (%s); it resumes at the next sweep",
                self.channel,
                type(error).__name__,
            )
            self._resting.add(address)
        finally:
            self._busy.discard(address)
            if rescan:
                # A row committed while this chat was busy found it busy: look once more.
                self.outbox.wake(self.channel)

    async def _send(self, address: str, row: OutboxMessage) -> bool:
        """Send one row; False when the chat should wait (failed) or has nothing left (gone)."""
        assert row.message is not None  # unsent rows keep their message
        try:
            await self.messenger.push(address, [decode(row.message)])
        except RecipientGone:
            async with self.sessionmaker() as session, session.begin():
                dropped = await repo.drop_chat(session, self.channel, address)
                await organisers.mark_address_unreachable(
                    session, self.channel, address, self.clock()
                )
            log.info(
                "%s: a chat is unreachable; %d waiting messages dropped", self.channel, dropped
            )
            return False
        except Exception as error:
            # The type only: an error's text can quote the message or the recipient.
            async with self.sessionmaker() as session, session.begin():
                attempts = await repo.count_attempt(session, row.id)
                if attempts >= self.max_attempts:
                    await repo.drop(session, row.id)
            if attempts >= self.max_attempts:
                log.error(
                    "%s: a message failed %d times (%s); dropped",
                    self.channel,
                    attempts,
                    type(error).__name__,
                )
                return True
            log.warning(
                "%s: a message failed (%s); trying again at the next sweep",
                self.channel,
                type(error).__name__,
            )
            self._resting.add(address)
            return False
        async with self.sessionmaker() as session, session.begin():
            await repo.mark_sent(session, row.id, self.clock())
        return True
