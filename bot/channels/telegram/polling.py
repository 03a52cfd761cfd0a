"""Long polling that acknowledges an update only once it has been handled.

aiogram's own polling confirms a batch as soon as it asks for the next one, while the handlers
may still be running as tasks: a crash then loses those updates. Here a batch is handled to the
end (transactions committed, replies sent) before the next getUpdates confirms it with `offset`.
A crash mid-batch means Telegram delivers the batch again; the dialogs skip what they already
committed (deduplication by update id). An update the database was too busy to store is not
confirmed: the offset stops below it, and after a pause Telegram hands it over again, together
with the batch's later updates, which this process has handled already and skips.
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
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.channels.telegram.handlers import ALLOWED_UPDATES
from bot.channels.telegram.intake import Intake

log = logging.getLogger(__name__)

POLL_SECONDS = 30
POLL_BACKOFF = BackoffConfig(min_delay=1.0, max_delay=30.0, factor=1.5, jitter=0.1)


async def poll(bot: Bot, intake: Intake) -> None:
    offset: int | None = None
    backoff = Backoff(POLL_BACKOFF)
    busy = Backoff(POLL_BACKOFF)
    handled: set[int] = set()  # handled, but not yet confirmed: an earlier update was not
    while True:
        request = GetUpdates(offset=offset, timeout=POLL_SECONDS, allowed_updates=ALLOWED_UPDATES)
        try:
            updates = await bot(request, request_timeout=POLL_SECONDS + 15)
        except TelegramUnauthorizedError:
            raise  # the token was revoked: no point in asking again
        except TelegramRetryAfter as error:
            await _wait(error.retry_after, "telegram asks to wait")
            continue
        except (TelegramAPIError, ClientDecodeError) as error:
            # A conflict (another process polls this bot), a server or network error, a garbled
            # answer from a proxy: all pass, so keep asking, less and less often.
            await _wait(next(backoff), f"getUpdates failed ({type(error).__name__})")
            continue
        backoff.reset()
        if not updates:
            continue
        handled |= await intake.handle_batch([u for u in updates if u.update_id not in handled])
        unhandled = [u.update_id for u in updates if u.update_id not in handled]
        offset = min(unhandled, default=max(u.update_id for u in updates) + 1)
        handled = {update_id for update_id in handled if update_id >= offset}
        if unhandled:
            await _wait(next(busy), f"{len(unhandled)} updates left unconfirmed")
        else:
            busy.reset()


async def _wait(seconds: float, why: str) -> None:
    log.warning("%s; polling again in %.1f s", why, seconds)
    await asyncio.sleep(seconds)
