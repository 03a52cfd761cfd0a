"""The digest and the workbook an organiser asks for in the chat (`/digest`, `/export`).

This is what `dialogs.organisers.reports.Reports` promises the dialogs. The figures are gathered
in a read-only session: on SQLite it reads a snapshot and holds no write lock, so participants'
answers go on being stored while a report over millions of ratings is gathered. The chart and the
workbook are built in a worker thread (see `DigestMaker.made`).
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.digest.data import DigestData
from bot.digest.maker import DigestMaker
from dialogs.flow import Said


class OrganiserReports:
    def __init__(self, maker: DigestMaker, reader: async_sessionmaker[AsyncSession]) -> None:
        self.maker = maker
        self.reader = reader  # read-only sessions (storage.db.create_read_only_sessionmaker)

    async def digest(self, locale: str, now: datetime) -> list[Said]:
        digest = await self.maker.made(await self._gather(now), locale)
        return digest.said

    async def workbook(self, locale: str, now: datetime) -> Said:
        return await asyncio.to_thread(self.maker.export, await self._gather(now), locale, now)

    async def _gather(self, now: datetime) -> DigestData:
        async with self.reader() as session:
            return await self.maker.gather(session, self.maker.schedule.period_until_now(now))
