"""The one way out to the Bot API, for replies and pushes alike: paced, and retried when it helps.

Calls addressed to a chat wait for the pacer (overall and per-chat limits). A 429 pauses every
send for the `retry_after` Telegram asks for; 5xx and network errors are retried with capped
exponential backoff. Other errors (400, 403) are the caller's to interpret.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.exceptions import (
    TelegramEntityTooLarge,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import TelegramMethod
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.channels.pacing import Pacer

log = logging.getLogger(__name__)

Result = TypeVar("Result")

RETRY_BACKOFF = BackoffConfig(min_delay=0.5, max_delay=30.0, factor=2.0, jitter=0.1)
# Enough to ride out a short outage (about a minute of backoff) without holding a reply forever.
MAX_ATTEMPTS = 8


class Sender:
    def __init__(
        self,
        bot: Bot,
        pacer: Pacer,
        *,
        backoff: BackoffConfig = RETRY_BACKOFF,
        attempts: int = MAX_ATTEMPTS,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.pacer = pacer
        self.backoff = backoff
        self.attempts = attempts
        self._sleep = sleep

    async def __call__(self, method: TelegramMethod[Result]) -> Result:
        chat = _chat_of(method)
        backoff = Backoff(self.backoff)
        for attempt in range(1, self.attempts + 1):
            if chat is not None:
                await self.pacer.wait(chat)
            try:
                return await self.bot(method)
            except TelegramEntityTooLarge:
                raise  # the same file will be just as large next time
            except TelegramRetryAfter as error:
                if attempt == self.attempts:
                    raise
                log.warning("telegram asks to slow down for %s s", error.retry_after)
                self.pacer.pause(error.retry_after)
                if chat is None:
                    await self._sleep(error.retry_after)
            except (TelegramServerError, TelegramNetworkError) as error:
                if attempt == self.attempts:
                    raise
                delay = next(backoff)
                # The type only: a network error's text can carry the request URL (and token).
                log.warning(
                    "%s failed (%s); retry %d in %.1f s",
                    method.__api_method__,
                    type(error).__name__,
                    attempt,
                    delay,
                )
                await self._sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _chat_of(method: TelegramMethod[Any]) -> str | None:
    chat_id = getattr(method, "chat_id", None)
    return None if chat_id is None else str(chat_id)
