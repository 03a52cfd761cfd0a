"""Virtual time for paced senders: it moves only when someone sleeps on it.

A paced push then runs at once, and what the pacer decided is exact arithmetic on this clock,
the same on an idle laptop and a loaded CI machine. Senders that sleep at the same time wake in
turn: the clock jumps to the latest wake-up asked for, as a late timer would.
"""

from __future__ import annotations

import asyncio


class VirtualTime:
    def __init__(self, start: float = 100.0) -> None:
        self.start = start
        self.now = start

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now = max(self.now, self.now + seconds)
        await asyncio.sleep(0)  # let the others (and the network) run

    @property
    def waited(self) -> float:
        return self.now - self.start
