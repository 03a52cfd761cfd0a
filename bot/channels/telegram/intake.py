"""Handing updates to the dispatcher: one person's in order, different people's side by side."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from aiogram import Bot, Dispatcher
from aiogram.dispatcher.middlewares.user_context import UserContextMiddleware
from aiogram.types import Update

from bot.channels.telegram.handlers import log_failure
from dialogs.locks import KeyedLocks
from storage.busy import DatabaseBusy

log = logging.getLogger(__name__)


class Intake:
    def __init__(self, bot: Bot, dispatcher: Dispatcher) -> None:
        self.bot = bot
        self.dispatcher = dispatcher
        # Webhook requests for one person may arrive together; their replies must not interleave.
        # KeyedLocks forgets a key when nobody waits, so this cannot grow with the user count.
        self.locks = KeyedLocks()

    async def handle(self, update: Update) -> bool:
        """Handle one update to the end (its transaction committed, its replies sent).

        False when the database stayed too busy to store it: then nothing happened, and the
        update must not be confirmed to Telegram, so that it is delivered again.
        """
        async with self.locks.hold(sender_of(update)):
            try:
                await self.dispatcher.feed_update(self.bot, update)
            except DatabaseBusy:
                log.warning(
                    "telegram update %d left unconfirmed: the database stayed busy",
                    update.update_id,
                )
                return False
            except Exception as error:
                # Even the error handler failed; the update is given up, the process lives on.
                log_failure(update.update_id, error)
        return True

    async def handle_batch(self, updates: Sequence[Update]) -> set[int]:
        """The ids of the updates handled. A person's updates after one left unconfirmed are
        not handled either: they come again behind it, in the order the person sent them."""
        queues: dict[str, list[Update]] = {}
        for update in updates:
            queues.setdefault(sender_of(update), []).append(update)
        handled: set[int] = set()
        async with asyncio.TaskGroup() as group:
            for queue in queues.values():
                group.create_task(self._in_order(queue, handled))
        return handled

    async def _in_order(self, queue: list[Update], handled: set[int]) -> None:
        for update in queue:
            if not await self.handle(update):
                return
            handled.add(update.update_id)


def sender_of(update: Update) -> str:
    context = UserContextMiddleware.resolve_event_context(update)
    if context.user is not None:
        return f"user:{context.user.id}"
    if context.chat is not None:
        return f"chat:{context.chat.id}"
    return f"update:{update.update_id}"
