"""Pages that show a workshop live: telling them that a room may have changed, across processes.

In one process the dialogs wake such pages right after a commit (dialogs.changes). With several
processes on PostgreSQL the process that committed is not the one holding the page's stream: a
NOTIFY written in the same transaction as the change reaches every process that listens, at the
moment of the commit (and never for a transaction rolled back). The notice names no room and no
person; a listener looks at the rooms it shows (storage.workshops.marker) to see what moved.

Other backends run as one process, where the in-process wake-up is enough.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.models import Participant, WorkshopMember

log = logging.getLogger(__name__)

ROOMS_CHANGED = "dialog_rooms_changed"


def _postgresql(session: AsyncSession) -> bool:
    return session.bind.dialect.name == "postgresql"


async def announce(session: AsyncSession) -> None:
    """Something a room's page shows changes in the caller's transaction: on PostgreSQL, tell
    every listening process when it commits. Several notices of one transaction arrive as one."""
    if _postgresql(session):
        await session.execute(text("SELECT pg_notify(:topic, '')"), {"topic": ROOMS_CHANGED})


class RoomsListener:
    """A connection of its own that LISTENs for `announce` and calls `heard` for each notice
    (PostgreSQL only; elsewhere `start` does nothing)."""

    def __init__(self, engine: AsyncEngine, heard: Callable[[], None]) -> None:
        self.engine = engine
        self.heard = heard
        self._connection: AsyncConnection | None = None
        self._lost = False

    @property
    def listening(self) -> bool:
        return self._connection is not None and not self._lost

    async def start(self) -> bool:
        """Listening (again, if the connection was lost); False where it cannot."""
        if self.engine.dialect.name != "postgresql":
            return False
        if self.listening:
            return True
        await self.stop()
        connection = None
        try:
            connection = await self.engine.connect()
            raw = await connection.get_raw_connection()
            driver = raw.driver_connection

            def notified(*_details: object) -> None:
                self.heard()

            def lost(*_details: object) -> None:
                # The next stream to look starts listening again; meanwhile pages fall back
                # to looking at the rooms' markers now and then.
                self._lost = True

            await driver.add_listener(ROOMS_CHANGED, notified)  # type: ignore[union-attr]
            driver.add_termination_listener(lost)  # type: ignore[union-attr]
        except (OSError, SQLAlchemyError) as error:
            log.warning("live pages: cannot listen for changes (%s)", type(error).__name__)
            if connection is not None:
                with contextlib.suppress(Exception):
                    await connection.invalidate()
            return False
        self._connection, self._lost = connection, False
        return True

    async def stop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            # Not back to the pool, where its LISTEN would live on: closed.
            with contextlib.suppress(Exception):
                await connection.invalidate()


async def room_languages(
    session: AsyncSession, workshop_id: int, ordered: Sequence[str]
) -> list[str]:
    """The languages of the people in the room now, in `ordered`'s order (no counts)."""
    query = (
        select(Participant.locale)
        .join(WorkshopMember, WorkshopMember.participant_id == Participant.id)
        .where(
            WorkshopMember.workshop_id == workshop_id,
            WorkshopMember.left_at.is_(None),
            Participant.locale.is_not(None),
        )
        .distinct()
    )
    spoken = set(await session.scalars(query))
    return [language for language in ordered if language in spoken]
