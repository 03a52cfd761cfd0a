"""The digest and the workbook an organiser asks for in the chat (`/digest`, `/export`), and a
closed workshop's summary.

This is what `dialogs.organisers.reports.Reports` promises the dialogs. Each report is gathered
and built in the worker process (bot.digest.worker), in a read-only session of its own: on SQLite
that reads a snapshot and holds no write lock, so participants' answers go on being stored while
a report over millions of ratings is made.
"""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from bot.settings import Settings
from dialogs.flow import Said
from dialogs.i18n import Translator

if TYPE_CHECKING:
    from bot.digest.maker import DigestMaker


class OrganiserReports:
    def __init__(self, settings: Settings, translator: Translator | None = None) -> None:
        self.settings = settings
        self.translator = translator
        # Opened again in the worker; never logged.
        self.database_url = settings.resolved_database_url()

    @cached_property
    def maker(self) -> DigestMaker:
        # Most people never ask for a report: the chat's first prompt should not wait for the
        # digest's modules.
        from bot.digest.maker import DigestMaker

        return DigestMaker.from_settings(self.settings, self.translator)

    async def digest(self, locale: str, now: datetime) -> list[Said]:
        return await self.maker.digest_from(self.database_url, locale, now)

    async def workbook(self, locale: str, now: datetime) -> Said:
        return await self.maker.workbook_from(self.database_url, locale, now)

    async def workshop(self, locale: str, now: datetime, workshop_id: int) -> list[Said]:
        return await self.maker.workshop_from(self.database_url, locale, workshop_id)
