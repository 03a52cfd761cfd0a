"""What the organiser dialogs need from the program: the digest and the workbook, made now.

The dialogs never build charts or spreadsheets themselves; `bot.digest` does, and the program
hands it over through DialogConfig.reports.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.flow import Said


class Reports(Protocol):
    async def digest(self, session: AsyncSession, locale: str, now: datetime) -> list[Said]:
        """The digest since the last scheduled one: its messages, the chart and the workbook."""
        ...

    async def workbook(self, session: AsyncSession, locale: str, now: datetime) -> Said:
        """The workbook alone, with a line introducing it."""
        ...
