"""The routers: each handler turns an update into an Inbound and hands it to the dialogs.

The dialogs queue their replies in the outbox with the update's transaction; the channel's outbox
sender delivers them. What a handler still does itself belongs to the update, not the chat: the
answer to a tapped button, and the notices of a group chat or of an error (nothing was decided).
Dependencies arrive as dispatcher workflow data: `dialogs` (the conversation) and `messenger`.
"""

from __future__ import annotations

import logging
import traceback

from aiogram import Router
from aiogram.dispatcher.middlewares.user_context import UserContextMiddleware
from aiogram.enums import ChatType
from aiogram.filters import JOIN_TRANSITION, KICKED, ChatMemberUpdatedFilter, ExceptionTypeFilter
from aiogram.types import CallbackQuery, ChatMemberUpdated, ErrorEvent, Message, Update

from bot.channels.telegram import adapter
from bot.channels.telegram.messenger import STALE, TelegramMessenger
from bot.channels.telegram.taps import OptionTap
from dialogs.engine import Dialogs
from storage.busy import DatabaseBusy

log = logging.getLogger(__name__)

# Exactly the update kinds the routers below handle (asked of Telegram; a test keeps them equal).
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


def build_routers() -> list[Router]:
    return [build_group_router(), build_conversation_router(), build_error_router()]


def build_conversation_router() -> Router:
    """A person in a private chat: messages, edits, button taps, blocking the bot.

    Another bot is not a participant, and a tap on a message outside a private chat (forwarded
    to a group, or sent inline) is nobody's answer: neither reaches the dialogs.
    """
    router = Router(name="conversation")
    router.message.filter(in_private, from_a_person)
    router.edited_message.filter(in_private, from_a_person)
    router.my_chat_member.filter(in_private)
    router.callback_query.filter(tapped_in_private, from_a_person)

    @router.message()
    async def on_message(message: Message, event_update: Update, dialogs: Dialogs) -> None:
        await dialogs.handle(adapter.from_message(message, event_update.update_id))

    @router.edited_message()
    async def on_edit(message: Message, event_update: Update, dialogs: Dialogs) -> None:
        await dialogs.handle(adapter.from_edit(message, event_update.update_id))

    @router.callback_query(OptionTap.filter())
    async def on_tap(
        query: CallbackQuery,
        callback_data: OptionTap,
        event_update: Update,
        dialogs: Dialogs,
        messenger: TelegramMessenger,
    ) -> None:
        inbound = adapter.from_tap(query, callback_data, event_update.update_id)
        await messenger.settle_tap(query, await dialogs.handle(inbound))

    @router.callback_query()
    async def on_foreign_tap(
        query: CallbackQuery, dialogs: Dialogs, messenger: TelegramMessenger
    ) -> None:
        # Data we never packed (forged, or from another bot's keyboard): an expired button.
        notice = dialogs.notice(STALE, adapter.language_hint(query.from_user))
        await messenger.answer_tap(query, notice.text)

    @router.my_chat_member(ChatMemberUpdatedFilter(member_status_changed=KICKED))
    async def on_blocked(change: ChatMemberUpdated, dialogs: Dialogs) -> None:
        await dialogs.mark_stopped(adapter.CHANNEL, str(change.from_user.id))

    return router


def build_group_router() -> Router:
    """Groups, supergroups and channels: the bot talks only in private, so it says so and leaves."""
    router = Router(name="groups")
    router.message.filter(in_shared_chat)
    router.edited_message.filter(in_shared_chat)
    router.my_chat_member.filter(in_shared_chat)

    @router.message()
    @router.edited_message()
    async def on_group_message(
        message: Message, dialogs: Dialogs, messenger: TelegramMessenger
    ) -> None:
        notice = dialogs.notice("input-private-only", adapter.language_hint(message.from_user))
        await messenger.leave(message.chat.id, notice)

    @router.my_chat_member(ChatMemberUpdatedFilter(member_status_changed=JOIN_TRANSITION))
    async def on_added(
        change: ChatMemberUpdated, dialogs: Dialogs, messenger: TelegramMessenger
    ) -> None:
        notice = dialogs.notice("input-private-only", adapter.language_hint(change.from_user))
        await messenger.leave(change.chat.id, notice)

    return router


# The routers' filters are coroutines: aiogram runs a filter that is not one (a magic filter such
# as `F.chat.type == ...`) in a thread of its own (`asyncio.to_thread` in CallableObject.call,
# aiogram/dispatcher/event/handler.py), which cost every update three trips to a thread.


async def in_private(event: Message | ChatMemberUpdated) -> bool:
    return event.chat.type == ChatType.PRIVATE


async def in_shared_chat(event: Message | ChatMemberUpdated) -> bool:
    return event.chat.type != ChatType.PRIVATE


async def tapped_in_private(query: CallbackQuery) -> bool:
    # A button on an inline message (no message of ours) is not in a private chat with us.
    return query.message is not None and query.message.chat.type == ChatType.PRIVATE


async def from_a_person(event: Message | CallbackQuery) -> bool:
    return event.from_user is None or not event.from_user.is_bot


def build_error_router() -> Router:
    router = Router(name="errors")

    # Not a busy database: nothing was stored, so the update stays unconfirmed (see Intake) and
    # comes again, rather than being answered "something went wrong" and lost.
    @router.errors(~ExceptionTypeFilter(DatabaseBusy))
    async def on_error(event: ErrorEvent, dialogs: Dialogs, messenger: TelegramMessenger) -> None:
        log_failure(event.update.update_id, event.exception)
        if event.update.callback_query is not None:
            await messenger.answer_tap(event.update.callback_query)
        context = UserContextMiddleware.resolve_event_context(event.update)
        if context.chat is None or context.chat.type != ChatType.PRIVATE:
            return
        notice = dialogs.notice("input-error", adapter.language_hint(context.user))
        await messenger.reply(context.chat.id, [notice])

    return router


def log_failure(update_id: int, error: BaseException) -> None:
    """Where it failed, never the exception's text: that can quote a person's words or the URL."""
    frames = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
    log.error("telegram update %d failed with %s at\n%s", update_id, type(error).__name__, frames)
