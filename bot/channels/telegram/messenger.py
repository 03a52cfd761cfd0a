"""Showing Outbounds in Telegram: replies, pushes, answered taps and the record of a choice."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.methods import AnswerCallbackQuery, EditMessageReplyMarkup, EditMessageText, LeaveChat
from aiogram.types import CallbackQuery, Message

from bot.channels.delivery import RecipientGone
from bot.channels.telegram import render
from bot.channels.telegram.adapter import CHANNEL
from bot.channels.telegram.sender import Sender
from bot.channels.telegram.taps import pressed_label, with_choice
from dialogs.engine import STALE_OPTION
from dialogs.messages import Outbound, merged

log = logging.getLogger(__name__)

STALE = STALE_OPTION


class TelegramMessenger:
    channel = CHANNEL

    def __init__(self, sender: Sender, stopped: Callable[[str, str], Awaitable[None]]) -> None:
        """`stopped(channel, user_id)` records that a person can no longer be reached."""
        self.sender = sender
        self.stopped = stopped

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        """A message nobody asked for just now (a digest): RecipientGone if it cannot arrive."""
        await self.deliver(int(address), outbounds)

    async def reply(self, chat_id: int, outbounds: Sequence[Outbound]) -> None:
        try:
            await self.deliver(chat_id, outbounds)
        except RecipientGone:
            log.info("a participant blocked the bot before the reply arrived")

    async def deliver(self, chat_id: int, outbounds: Sequence[Outbound]) -> None:
        for outbound in merged(outbounds):
            if outbound.replaces is not None and await self.replace(chat_id, outbound):
                continue
            for call in render.messages(chat_id, outbound):
                try:
                    await self.sender(call)
                except TelegramForbiddenError as error:
                    # Blocked, deactivated, or removed from a group: nothing more will arrive.
                    if chat_id > 0:  # a person's own chat; group and channel ids are negative
                        await self.stopped(CHANNEL, str(chat_id))
                    raise RecipientGone from error

    async def settle_tap(self, query: CallbackQuery, replies: Sequence[Outbound]) -> None:
        """Stop the button's spinner; record an accepted answer in the question.

        The replies themselves come from the outbox; an expired button's word is not among them
        (the dialogs leave it to the button), so it is said here, on the button.
        """
        if replies and all(reply.key == STALE for reply in replies):
            await self.answer_tap(query, replies[0].text)
            return
        await self.answer_tap(query)
        if replies and replies[0].replaces is None:
            await self.record_choice(query)

    async def replace(self, chat_id: int, outbound: Outbound) -> bool:
        """Show a question that only changed (a tick) in its own message; False if it cannot."""
        assert outbound.replaces is not None
        edit = EditMessageText(
            chat_id=chat_id,
            message_id=int(outbound.replaces),
            text=outbound.text,
            parse_mode=None,
            reply_markup=render.keyboard(outbound.options, outbound.token),
        )
        try:
            await self.sender(edit)
        except TelegramBadRequest:
            return False  # too long for one message, or gone: send it anew instead
        return True

    async def answer_tap(self, query: CallbackQuery, text: str | None = None) -> None:
        try:
            await self.sender(AnswerCallbackQuery(callback_query_id=query.id, text=text))
        except TelegramBadRequest:
            log.debug("a tap could not be answered (too old, e.g. re-delivered after a restart)")

    async def record_choice(self, query: CallbackQuery) -> None:
        """Keep the chosen answer visible under the question, and take its buttons away."""
        message = query.message
        label = pressed_label(query)
        if not isinstance(message, Message) or message.text is None or label is None:
            return
        text = with_choice(message.text, label)
        edit: EditMessageText | EditMessageReplyMarkup
        if text is None:
            edit = EditMessageReplyMarkup(chat_id=message.chat.id, message_id=message.message_id)
        else:
            edit = EditMessageText(
                chat_id=message.chat.id, message_id=message.message_id, text=text, parse_mode=None
            )
        try:
            await self.sender(edit)
        except (TelegramBadRequest, TelegramForbiddenError):
            log.debug("the answered question could not be edited")

    async def leave(self, chat_id: int, notice: Outbound) -> None:
        """Say why the bot is leaving a group or channel, then leave it."""
        try:
            await self.deliver(chat_id, [notice])
        except (RecipientGone, TelegramBadRequest):
            log.debug("could not explain leaving a group chat")
        try:
            await self.sender(LeaveChat(chat_id=chat_id))
        except (TelegramBadRequest, TelegramForbiddenError):
            log.debug("already out of that chat")
