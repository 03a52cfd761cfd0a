"""One channel's outbox sender: every chat's messages in the order they were decided, chats side
by side, through the channel's messenger (whose pacer and retries apply as to any send).

A row is marked sent only after the messenger accepted it. So a message is never lost, and is sent
twice only if the process died (or the database failed) between the messenger's acceptance and that
mark, or (on SQLite) the machine went down before the mark reached the disk (marks do not wait for
it: storage.db.commit_without_waiting_for_disk). A chat's next message waits for its predecessor's
mark, so at most one message per chat is ever in that window; chats sending at the same time share
one commit for their marks.

Work is taken in one statement for every chat at once (storage.outbox.claim), leaving out the
chats being sent to: a chat's messages are sent by one task at a time, and a chat that finishes
looks again only if a look passed it over meanwhile.

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
from functools import partial

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.channels.delivery import Messenger, RecipientGone
from dialogs.engine import utc_now
from dialogs.outbox import Outbox, decode
from storage import organisers
from storage import outbox as repo
from storage.db import HeldReader, commit_without_waiting_for_disk, one_statement_engine

log = logging.getLogger(__name__)

SWEEP_SECONDS = 10.0
# Chats being sent to at once; the pacer keeps the rate, this only bounds the tasks.
MAX_CHATS = 100
# Rows taken in one look, for all chats together.
CLAIM_ROWS = 500
# A message the messenger failed on this many times (each time after its own retries) is dropped,
# so that one unsendable message cannot hold up its chat forever.
MAX_ATTEMPTS = 5


class SentMarks:
    """Marks sent rows in as few commits as the chats allow (a group commit).

    Each chat waits for its own row's mark; whoever finds the lock free commits every row
    waiting by then, and those that queued behind it find theirs done.
    """

    def __init__(self, engine: AsyncEngine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.clock = clock
        self._lock = asyncio.Lock()
        self._waiting: list[int] = []
        self._failed: dict[int, BaseException] = {}

    async def sent(self, row_id: int) -> None:
        """Return once the row is marked sent; raise what the database raised if it could not."""
        self._waiting.append(row_id)
        try:
            async with self._lock:
                if row_id in self._waiting:  # no earlier commit took it along
                    batch, self._waiting = self._waiting, []
                    try:
                        async with self.engine.begin() as connection:
                            # Lost with the machine (not with the bot), a mark costs a message
                            # sent twice, never one lost: not worth a wait for the disk.
                            await commit_without_waiting_for_disk(connection)
                            await repo.mark_sent(connection, batch, self.clock())
                    except Exception as error:
                        self._failed.update(dict.fromkeys(batch, error))
                    except BaseException:
                        # Cancelled mid-commit: the others cannot know whether it went through.
                        interrupted = RuntimeError("marking sent messages was interrupted")
                        self._failed.update(dict.fromkeys(batch, interrupted))
                        raise
        finally:
            failed = self._failed.pop(row_id, None)
        if failed is not None:
            raise failed


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
        self.engine = sessionmaker.kw["bind"]
        # Looking for work takes no write lock (SQLite): answers being committed are not held up.
        self.looker = HeldReader(self.engine)
        self.lock = repo.SenderLock(
            self.engine, messenger.channel, announced=lambda: outbox.wake(messenger.channel)
        )
        self.outbox = outbox
        self.messenger = messenger
        self.channel = messenger.channel
        self.clock = clock
        self.sweep_seconds = sweep_seconds
        self.max_attempts = max_attempts
        # For statements that are their own transaction: the marks, and telling the sender.
        self.single = one_statement_engine(self.engine, read_only=False)
        self.marks = SentMarks(self.single, clock)
        self._busy: set[str] = set()
        # Chats whose last send failed: left alone until the next sweep, not retried on every wake.
        self._resting: set[str] = set()
        # Chats a look left out because they were busy, or every chat when a look could not take
        # all that waited: such a chat, when it finishes, has the sender look again.
        self._passed_over: set[str] = set()
        self._cut_short = False

    async def run(self) -> None:
        wake = self.outbox.event(self.channel)
        try:
            async with asyncio.TaskGroup() as tasks:
                await self._serve(tasks, wake)
        finally:
            try:
                await self.lock.release()
            finally:
                await self.looker.close()

    async def _serve(self, tasks: asyncio.TaskGroup, wake: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        woken = False
        next_sweep = loop.time() + self.sweep_seconds
        while True:
            wake.clear()
            try:
                if woken and not self.lock.holding:
                    # Committed here, sent by another process: it hears of it at once. Trying
                    # for the lock is left to the sweeps, not paid on every commit.
                    await repo.announce(self.single, self.channel)
                elif await self.lock.held():
                    await self._take_work(tasks, rescan=True)
            except Exception as error:
                # The database is busy or away for a moment: the next sweep looks again.
                log.warning(
                    "%s: the outbox could not be read (%s)", self.channel, type(error).__name__
                )
            try:
                async with asyncio.timeout_at(next_sweep):
                    await wake.wait()
                woken = True
            except TimeoutError:
                woken = False
                next_sweep = loop.time() + self.sweep_seconds
                self._resting.clear()

    async def drain(self) -> None:
        """Send everything waiting now and return when done (for a caller with no `run` task)."""
        self._resting.clear()
        try:
            while True:
                async with asyncio.TaskGroup() as tasks:
                    started = await self._take_work(tasks, rescan=False)
                if not started:
                    return
        finally:
            await self.looker.close()

    async def _take_work(self, tasks: asyncio.TaskGroup, *, rescan: bool) -> int:
        """Start a task for each chat with waiting messages (up to MAX_CHATS); how many."""
        started = 0
        while (room := MAX_CHATS - len(self._busy)) > 0:
            skipping = self._busy | self._resting
            self._passed_over |= self._busy
            look = partial(repo.claim, channel=self.channel, skipping=skipping, limit=CLAIM_ROWS)
            rows = await self.looker.run(look)
            chats: dict[str, list[repo.Waiting]] = {}
            for row in rows:
                if row.address in chats or len(chats) < room:
                    chats.setdefault(row.address, []).append(row)
            for address, waiting in chats.items():
                self._busy.add(address)
                tasks.create_task(self._chat(address, waiting, rescan=rescan))
            started += len(chats)
            self._cut_short = len(rows) == CLAIM_ROWS or len(chats) == room
            if not self._cut_short:
                return started
        self._cut_short = True
        return started

    async def _chat(self, address: str, rows: list[repo.Waiting], *, rescan: bool) -> None:
        try:
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
            if address in self._passed_over or self._cut_short:
                self._passed_over.discard(address)
                if rescan:
                    # What was committed for this chat while it was busy: look once more.
                    self.outbox.wake(self.channel)

    async def _send(self, address: str, row: repo.Waiting) -> bool:
        """Send one row; False when the chat should wait (failed) or has nothing left (gone)."""
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
        await self.marks.sent(row.id)
        return True
