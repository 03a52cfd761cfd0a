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

log = logging.getLogger(__name__)


class Intake:
    def __init__(self, bot: Bot, dispatcher: Dispatcher) -> None:
        self.bot = bot
        self.dispatcher = dispatcher
        # Webhook requests for one person may arrive together; they are handled one by one, in order.
        # KeyedLocks forgets a key when nobody waits, so this cannot grow with the user count.
        self.locks = KeyedLocks()

    async def handle(self, update: Update) -> None:
        """Handle one update to the end (its transaction, replies queued with it, committed)."""
        async with self.locks.hold(sender_of(update)):
            try:
                await self.dispatcher.feed_update(self.bot, update)
            except Exception as error:
                # Even the error handler failed; the update is given up, the process lives on.
                log_failure(update.update_id, error)

    async def handle_batch(self, updates: Sequence[Update]) -> None:
        queues: dict[str, list[Update]] = {}
        for update in updates:
            queues.setdefault(sender_of(update), []).append(update)
        async with asyncio.TaskGroup() as group:
            for queue in queues.values():
                group.create_task(self._in_order(queue))

    async def _in_order(self, queue: list[Update]) -> None:
        for update in queue:
            await self.handle(update)


def sender_of(update: Update) -> str:
    context = UserContextMiddleware.resolve_event_context(update)
    if context.user is not None:
        return f"user:{context.user.id}"
    if context.chat is not None:
        return f"chat:{context.chat.id}"
    return f"update:{update.update_id}"
