"""Something was committed: pages that show figures live look again.

The engine calls `committed` where it wakes the outbox senders, right after a turn's commit (and
a page after its own); a listener for other processes' commits (storage.live) calls it too. It
carries nothing but a count: a waiter compares what it last saw, and reads what it shows again.
"""

from __future__ import annotations

import asyncio


class Changes:
    def __init__(self) -> None:
        self.count = 0
        self._event = asyncio.Event()

    def committed(self) -> None:
        self.count += 1
        # Every waiter of this moment wakes; later waiters wait for the next one.
        self._event.set()
        self._event = asyncio.Event()

    async def after(self, seen: int) -> None:
        """Return once something was committed since the count was `seen`."""
        while self.count == seen:
            await self._event.wait()
