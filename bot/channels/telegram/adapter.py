"""Telegram updates → Inbound: who, what they did, in which language their app runs."""

from __future__ import annotations

import dataclasses
import re

from aiogram.types import CallbackQuery, Message, User

from bot.channels import plain
from bot.channels.telegram.taps import OptionTap
from dialogs.messages import Choice, Inbound

CHANNEL = "telegram"

# What t.me/<bot>?start=<code> may carry (Telegram's own rule for start parameters).
_START_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def from_message(message: Message, update_id: int) -> Inbound:
    """Text is an answer or a /command; anything else (a sticker, a photo, …) is unsupported."""
    user = _sender(message.from_user)
    if message.text is None:
        return Inbound(CHANNEL, user.id, str(update_id), language_hint=user.hint, unsupported=True)
    inbound = plain.parse(
        CHANNEL, user.id, message.text, update_id=str(update_id), language_hint=user.hint
    )
    if inbound.command is None:
        return inbound
    # "/start@dialog_bot" is how Telegram addresses a command to one bot.
    command = inbound.command.partition("@")[0]
    argument = inbound.command_arg
    if command == "start" and argument is not None and not _START_PAYLOAD.match(argument):
        argument = None  # not a campaign code we could have issued: a plain start
    return dataclasses.replace(inbound, command=command, command_arg=argument)


def from_edit(message: Message, update_id: int) -> Inbound:
    user = _sender(message.from_user)
    return Inbound(CHANNEL, user.id, str(update_id), language_hint=user.hint, edited=True)


def from_tap(query: CallbackQuery, tap: OptionTap, update_id: int) -> Inbound:
    user = _sender(query.from_user)
    message = query.message
    return Inbound(
        CHANNEL,
        user.id,
        str(update_id),
        choice=Choice(tap.option, tap.token),
        language_hint=user.hint,
        message_ref=str(message.message_id) if message is not None else None,
    )


def language_hint(user: User | None) -> str | None:
    return user.language_code if user is not None else None


@dataclasses.dataclass(frozen=True)
class _Sender:
    id: str
    hint: str | None


def _sender(user: User | None) -> _Sender:
    # Private chats always name the sender; the routers never pass anything else here.
    assert user is not None, "a private-chat update without a sender"
    return _Sender(str(user.id), user.language_code)
