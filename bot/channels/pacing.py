"""Pacing outbound messages below a messenger's limits, for replies and pushes alike.

Two token buckets: one for the whole bot (messages per second overall) and one per chat (a short
burst, then about one message per second). A flood-wait from the server pauses every send.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

# Idle per-chat buckets are forgotten once there are this many, so memory stays bounded.
MAX_TRACKED_CHATS = 10_000
# Room for one message more than the steady rate: a sender that woke late from its sleep is made
# up by the next one, instead of every timer delay lowering the rate (by ~15 % at 100/s). The cost:
# a second may carry one message more than the rate, so keep the rate under the server's limit.
GLOBAL_SLACK = 2.0


@dataclass
class _Bucket:
    capacity: float
    rate: float
    tokens: float
    updated: float

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def ready_at(self, now: float) -> float:
        self.refill(now)
        return now if self.tokens >= 1 else now + (1 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1


class Pacer:
    def __init__(
        self,
        per_second: float = 25.0,
        per_chat_per_second: float = 1.0,
        per_chat_burst: int = 3,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.per_second = per_second
        self.per_chat_per_second = per_chat_per_second
        self.per_chat_burst = per_chat_burst
        self._clock = clock
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._global = _Bucket(GLOBAL_SLACK, per_second, 1.0, clock())
        self._chats: dict[str, _Bucket] = {}
        self._paused_until = 0.0

    async def wait(self, chat: str) -> None:
        """Return when a message to `chat` may be sent now."""
        while True:
            async with self._lock:
                now = self._clock()
                bucket = self._chat(chat, now)
                ready = max(self._paused_until, self._global.ready_at(now), bucket.ready_at(now))
                if ready <= now:
                    self._global.take()
                    bucket.take()
                    return
            await self._sleep(ready - now)

    def pause(self, seconds: float) -> None:
        """The server asked us to wait (Telegram's retry_after, Signal's rate limit)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    def _chat(self, chat: str, now: float) -> _Bucket:
        bucket = self._chats.get(chat)
        if bucket is None:
            if len(self._chats) >= MAX_TRACKED_CHATS:
                self._forget_idle(now)
            bucket = _Bucket(
                self.per_chat_burst, self.per_chat_per_second, self.per_chat_burst, now
            )
            self._chats[chat] = bucket
        return bucket

    def _forget_idle(self, now: float) -> None:
        for chat, bucket in list(self._chats.items()):
            bucket.refill(now)
            if bucket.tokens >= bucket.capacity:
                del self._chats[chat]

    def __len__(self) -> int:
        return len(self._chats)
