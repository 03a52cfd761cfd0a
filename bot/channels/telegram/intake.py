"""Handing updates to the dispatcher: one person's in order, different people's side by side."""

from __future__ import annotations

import logging

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
        # Webhook requests for one person may arrive together; they are handled one by one, in order.
        # KeyedLocks forgets a key when nobody waits, so this cannot grow with the user count.
        self.locks = KeyedLocks()

    async def handle(self, update: Update) -> bool:
        """Handle one update to the end (its transaction, replies queued with it, committed).

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


def sender_of(update: Update) -> str:
    context = UserContextMiddleware.resolve_event_context(update)
    if context.user is not None:
        return f"user:{context.user.id}"
    if context.chat is not None:
        return f"chat:{context.chat.id}"
    return f"update:{update.update_id}"
