"""What the organiser dialogs need from the program: the digest and the workbook, made now.

The dialogs never build charts or spreadsheets themselves; `bot.digest` does, and the program
hands it over through DialogConfig.reports. A report reads the whole database and takes seconds,
so it is made after the organiser's turn committed (`Result.later`), in a session of its own
that reads a snapshot and takes no write lock: participants keep answering meanwhile.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from dialogs.flow import Said


class Reports(Protocol):
    async def digest(self, locale: str, now: datetime) -> list[Said]:
        """The digest since the last scheduled one: its messages, the chart and the workbook."""
        ...

    async def workbook(self, locale: str, now: datetime) -> Said:
        """The workbook alone, with a line introducing it."""
        ...

    async def workshop(self, locale: str, now: datetime, workshop_id: int) -> list[Said]:
        """A closed workshop's summary: a few lines, its matrix as a picture, its ideas as a
        workbook."""
        ...
