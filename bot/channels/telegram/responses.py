"""The types the Bot API's answers are read into, made once for the calls the bot keeps making.

aiogram reads every answer as `Response[the method's result type]`, a pydantic generic model it
parametrises anew on each call. pydantic keeps a parametrised model only while something else
refers to it (its cache holds weak references), and nothing does: after a full garbage
collection the next call builds the model again, `Response[Message]` in 3 to 4 ms. A busy bot
collected often enough that building these models took some 40% of the sender's time per reply.
Held here, each is built once, when the channel starts.
"""

from __future__ import annotations

from typing import Any

from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    EditMessageText,
    GetUpdates,
    SendDocument,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import Response
from pydantic import BaseModel

# Every reply, tap, choice shown and long poll; the calls made once at start are left to build
# their types then.
CALLED_ALL_THE_TIME: tuple[type[TelegramMethod[Any]], ...] = (
    SendMessage,
    SendDocument,
    EditMessageText,
    EditMessageReplyMarkup,
    AnswerCallbackQuery,
    GetUpdates,
)

_kept: dict[type[TelegramMethod[Any]], type[BaseModel]] = {}


def keep() -> None:
    for method in CALLED_ALL_THE_TIME:
        if method not in _kept:
            _kept[method] = Response[method.__returning__]  # type: ignore[name-defined]
