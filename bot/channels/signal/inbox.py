"""Keeping what signal-cli hands over until it is handled (see README, "What happens to a message").

signal-cli confirms a message to Signal's servers before it writes it to the event stream, so the
bot is the only one left holding it: it is committed to the inbox table before anything else is
done with it. A database that does not answer holds up reading the stream rather than losing a
message: each step is tried again, with growing pauses, until it succeeds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.signal.envelopes import without_identity
from storage import inbox

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Waiting:
    """A message in the inbox, as it was read from the stream."""

    id: int
    envelope: dict[str, Any]


class SignalInbox:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        retry_delay: float = 1.0,
        max_retry_delay: float = 30.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.retry_delay = retry_delay
        self.max_retry_delay = max_retry_delay
        self._clock = clock

    async def keep(self, sender: str, sent_at: int, envelope: dict[str, Any]) -> bool:
        """Commit a message read from the stream; False when it is already waiting."""
        kept = json.dumps(without_identity(envelope), ensure_ascii=False)
        now = datetime.fromtimestamp(self._clock(), UTC)

        async def keep_it(session: AsyncSession) -> bool:
            return await inbox.keep(session, sender, sent_at, kept, now)

        try:
            return await self._retrying("keep a message", keep_it)
        except IntegrityError:
            return False  # kept by another process a moment ago

    async def senders(self) -> list[str]:
        return await self._retrying("list who is waiting", inbox.senders_waiting)

    async def oldest(self, sender: str) -> Waiting | None:
        async def read(session: AsyncSession) -> Waiting | None:
            entry = await inbox.oldest(session, sender)
            return None if entry is None else Waiting(entry.id, json.loads(entry.envelope))

        return await self._retrying("read a message", read)

    async def remove(self, entry_id: int) -> None:
        async def remove_it(session: AsyncSession) -> None:
            await inbox.remove(session, entry_id)

        await self._retrying("remove a handled message", remove_it)

    async def _retrying(self, what: str, step: Callable[[AsyncSession], Awaitable[T]]) -> T:
        delay = self.retry_delay
        while True:
            try:
                async with self.sessionmaker() as session, session.begin():
                    return await step(session)
            except IntegrityError:
                raise
            except (SQLAlchemyError, OSError) as error:
                log.warning(
                    "the Signal inbox could not %s (%s); trying again in %.1f s",
                    what,
                    type(error).__name__,
                    delay,
                )
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.max_retry_delay)
