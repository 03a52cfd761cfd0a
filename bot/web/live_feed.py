"""What wakes a projector's stream: a commit in this process, a commit in another, or time.

A commit in this process wakes every stream at once (dialogs.changes, set where the engine wakes
the outbox senders). On PostgreSQL, with several processes, the transactions that change a room
also NOTIFY (storage.live.announce), and the feed LISTENs while it has streams, turning each
notice into the same wake-up. When neither reaches a stream (a change written by a tool outside
the bot, a listening connection lost), it looks at the room's marker every `look_seconds`: the
browser never polls, the server looks at a few sums.

Shutting the server down wakes every stream for the last time, and each ends cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.web.context import Dashboard
from dialogs.changes import Changes
from storage.db import create_engine, create_read_only_sessionmaker
from storage.live import RoomsListener

# How often a stream looks at its room with no wake-up, and sends a keep-alive when it has said
# nothing (proxies close connections that stay silent for a minute or so).
LOOK_SECONDS = 5.0
KEEP_ALIVE_SECONDS = 15.0


class RoomFeed:
    def __init__(
        self,
        changes: Changes,
        listener: RoomsListener,
        reader: async_sessionmaker[AsyncSession],
        *,
        look_seconds: float | None = None,
        keep_alive_seconds: float | None = None,
    ) -> None:
        self.changes = changes
        self.listener = listener
        # Streams only read: on SQLite they take no write lock, so a room of people rating at
        # once is never queued behind the wall that shows them (nor the wall behind them).
        self.reader = reader
        # Read when made, not when defined: a test shortens them for the feed it opens.
        self.look_seconds = LOOK_SECONDS if look_seconds is None else look_seconds
        self.keep_alive_seconds = (
            KEEP_ALIVE_SECONDS if keep_alive_seconds is None else keep_alive_seconds
        )
        self.closing = False

    @property
    def seen(self) -> int:
        """Where the commits stand: pass it to `wait` after looking."""
        return self.changes.count

    async def wait(self, seen: int) -> None:
        """Until something is committed after `seen`, the feed closes, or it is time to look."""
        # Listening from the first stream on, and again after a lost connection (PostgreSQL).
        await self.listener.start()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.look_seconds):
                await self.changes.after(seen)

    async def close(self) -> None:
        self.closing = True
        self.changes.committed()  # wakes every stream, which sees `closing` and ends
        await self.listener.stop()


FEED = web.AppKey("room_feed", RoomFeed)


def install(app: web.Application, dashboard: Dashboard) -> RoomFeed:
    """The dashboard's feed, closed when the server shuts down (before aiohttp waits for open
    requests to end, so open streams do not hold the shutdown up).

    Its reads have connections of their own: with a room of people rating at once, the
    participants' transactions hold the bot's connections (on SQLite, waiting their turn for
    the write lock), and a wall queued behind them falls seconds behind the room.
    """
    changes = dashboard.dialogs.changes
    engine = create_engine(dashboard.database_url, already_open=True)
    feed = RoomFeed(
        changes,
        RoomsListener(engine, changes.committed),
        create_read_only_sessionmaker(engine, quick=True),
    )
    app[FEED] = feed

    async def shutting_down(_app: web.Application) -> None:
        await feed.close()

    async def cleaning_up(_app: web.Application) -> None:
        await engine.dispose()

    app.on_shutdown.append(shutting_down)
    app.on_cleanup.append(cleaning_up)
    return feed
