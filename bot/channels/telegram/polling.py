"""Long polling that acknowledges an update only once it has been handled.

aiogram's own polling confirms a batch as soon as it asks for the next one, while the handlers
may still be running as tasks: a crash then loses those updates. Here `offset` only ever confirms
updates handled to the end (transactions committed, replies queued in the outbox with them): it stops below the oldest
update still being handled. A crash means Telegram delivers those again; the dialogs skip what
they already committed (deduplication by update id).

An update that takes long (an organiser's /digest) does not hold up everyone else's: while any is
being handled, new updates are fetched every PIPELINE_SECONDS and handled beside it. Telegram
then hands over the unconfirmed ones again too; this process skips those it has in hand or has
handled. One person's updates still run one after another, in order.

An update the database was too busy to store is not confirmed either, nor are that person's later
updates: they come again, in order, after a pause.
"""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramRetryAfter,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.channels.telegram.handlers import ALLOWED_UPDATES
from bot.channels.telegram.intake import Intake, sender_of

log = logging.getLogger(__name__)

POLL_SECONDS = 30
PIPELINE_SECONDS = 1.0
POLL_BACKOFF = BackoffConfig(min_delay=1.0, max_delay=30.0, factor=1.5, jitter=0.1)


async def poll(bot: Bot, intake: Intake) -> None:
    backoff = Backoff(POLL_BACKOFF)
    busy = Backoff(POLL_BACKOFF)
    ledger = _Ledger(intake)
    try:
        while True:
            request = GetUpdates(
                offset=ledger.offset, timeout=POLL_SECONDS, allowed_updates=ALLOWED_UPDATES
            )
            try:
                updates = await bot(request, request_timeout=POLL_SECONDS + 15)
            except TelegramUnauthorizedError:
                raise  # the token was revoked: no point in asking again
            except TelegramRetryAfter as error:
                await _wait(error.retry_after, "telegram asks to wait")
                continue
            except (TelegramAPIError, ClientDecodeError) as error:
                # A conflict (another process polls this bot), a server or network error, a
                # garbled answer from a proxy: all pass, so keep asking, less and less often.
                await _wait(next(backoff), f"getUpdates failed ({type(error).__name__})")
                continue
            backoff.reset()
            for update in updates:
                ledger.take(update)
            await ledger.settle()
            if ledger.refused and not ledger.running:
                await _wait(next(busy), f"{len(ledger.refused)} updates left unconfirmed")
            elif not ledger.refused:
                busy.reset()
    finally:
        await ledger.drop()


class _Ledger:
    """The updates in hand, and the offset that confirms exactly those handled to the end."""

    def __init__(self, intake: Intake) -> None:
        self.intake = intake
        self.running: dict[int, asyncio.Task[bool]] = {}
        self.handled: set[int] = set()  # handled, not yet confirmed: an older one is not
        self.refused: set[int] = set()  # left unconfirmed: the database stayed busy
        self.newest: int | None = None
        self._last: dict[str, asyncio.Task[bool]] = {}  # each person's latest update in hand

    @property
    def offset(self) -> int | None:
        unsettled = self.running.keys() | self.refused
        if unsettled:
            return min(unsettled)
        return None if self.newest is None else self.newest + 1

    def take(self, update: Update) -> None:
        number = update.update_id
        if number in self.running or number in self.handled:
            return  # redelivered because an older update is unconfirmed
        self.refused.discard(number)
        self.newest = max(number, self.newest or number)
        sender = sender_of(update)
        task = asyncio.create_task(self._after(self._last.get(sender), update))
        self.running[number] = self._last[sender] = task

    async def _after(self, previous: asyncio.Task[bool] | None, update: Update) -> bool:
        if previous is not None and not await previous:
            return False  # the person's earlier update comes again first
        return await self.intake.handle(update)

    async def settle(self) -> None:
        """Wait until every update in hand is handled, or PIPELINE_SECONDS pass."""
        if self.running:
            await asyncio.wait(self.running.values(), timeout=PIPELINE_SECONDS)
        for number, task in list(self.running.items()):
            if task.done():
                del self.running[number]
                (self.handled if task.result() else self.refused).add(number)
        self._last = {s: t for s, t in self._last.items() if not t.done()}
        offset = self.offset
        self.handled = {n for n in self.handled if offset is None or n >= offset}

    async def drop(self) -> None:
        """Stop handling what is in hand: it stays unconfirmed, for the next start."""
        for task in self.running.values():
            task.cancel()
        await asyncio.gather(*self.running.values(), return_exceptions=True)


async def _wait(seconds: float, why: str) -> None:
    log.warning("%s; polling again in %.1f s", why, seconds)
    await asyncio.sleep(seconds)
