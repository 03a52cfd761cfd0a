"""Making digests: the figures once per period, then words, chart and workbook per language."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest import workshop
from bot.digest.data import DigestConfig, DigestData, Period, gather
from bot.digest.schedule import DigestSchedule
from bot.digest.text import DigestWriter
from bot.digest.workbook import digest_workbook
from bot.digest.worker import in_worker
from bot.settings import Settings
from bot.spreadsheet import MEDIA_TYPE_XLSX
from dialogs.flow import Said
from dialogs.i18n import T, Translator
from dialogs.messages import Attachment, Outbound
from dialogs.survey.flow import default_survey
from storage.db import create_engine, create_read_only_sessionmaker

Read = TypeVar("Read")


@dataclass(frozen=True)
class Digest:
    """One organiser's digest: its messages, and the two files attached to the last ones."""

    said: list[Said]

    def outbounds(self, translator: Translator, locale: str) -> list[Outbound]:
        return [
            Outbound(
                key=s.message.key,
                text=translator.render(locale, s.message),
                attachment=s.attachment,
            )
            for s in self.said
        ]


class DigestMaker:
    def __init__(
        self, translator: Translator | None, config: DigestConfig, schedule: DigestSchedule
    ) -> None:
        self._translator = translator
        self.config = config
        self.schedule = schedule

    @cached_property
    def translator(self) -> Translator:
        # Loading every locale takes a third of a second; a program that never makes a digest
        # (a test, the terminal chat) should not pay it.
        return self._translator or Translator()

    @classmethod
    def from_settings(cls, settings: Settings, translator: Translator | None = None) -> DigestMaker:
        config = DigestConfig(
            min_count=settings.disclosure_min_count,
            midpoint=settings.matrix_midpoint,
            min_ratings=settings.matrix_min_ratings,
        )
        schedule = DigestSchedule(settings.digest_cron, settings.timezone)
        return cls(translator, config, schedule)

    @cached_property
    def writer(self) -> DigestWriter:
        return DigestWriter(
            self.translator, default_survey(self.translator), str(self.schedule.zone)
        )

    async def gather(self, session: AsyncSession, period: Period) -> DigestData:
        return await gather(session, period, self.config)

    def render(self, data: DigestData, locale: str) -> Digest:
        writer = self.writer
        said = [Said(T.raw(s.text, s.key)) for s in writer.sections(data, locale)]
        day = writer.day(data.period.until)
        # Imported on first use: matplotlib takes most of a second, which the chat need not pay.
        from bot.digest.chart import matrix_png

        chart = matrix_png(
            data.matrix.scores,
            midpoint=self.config.midpoint,
            labels={
                "title": self.translator(locale, "digest-chart-title"),
                "effectiveness": self.translator(locale, "digest-chart-effectiveness"),
                "ease": self.translator(locale, "digest-chart-ease"),
            },
            highlighted=[s.code for s in (*data.matrix.leading_wow, *data.matrix.leading_how)],
        )
        said.append(
            Said(T("digest-chart-caption"), Attachment(f"matrix-{day}.png", chart, "image/png"))
        )
        workbook = digest_workbook(data, writer, locale)
        said.append(
            Said(
                T("digest-workbook-caption"),
                Attachment(f"digest-{day}.xlsx", workbook, MEDIA_TYPE_XLSX),
            )
        )
        return Digest(said)

    async def made(self, data: DigestData, locale: str) -> Digest:
        """`render`, in the worker process (see bot.digest.worker)."""
        return await in_worker(_render, self._recipe, data, locale)

    async def digest_from(self, database_url: str, locale: str, now: datetime) -> list[Said]:
        """The digest until now, gathered and made in the worker process."""
        period = self.schedule.period_until_now(now)
        return await in_worker(_digest, self._recipe, database_url, period, locale)

    async def data_from(self, database_url: str, now: datetime) -> DigestData:
        """The figures of the period running now, gathered in the worker (the dashboard's)."""
        period = self.schedule.period_until_now(now)
        return await in_worker(_data, self._recipe, database_url, period)

    async def workbook_from(self, database_url: str, locale: str, now: datetime) -> Said:
        """The workbook alone, with a line introducing it, gathered and made in the worker."""
        period = self.schedule.period_until_now(now)
        return await in_worker(_workbook, self._recipe, database_url, period, locale, now)

    async def workshop_from(self, database_url: str, locale: str, workshop_id: int) -> list[Said]:
        """A closed workshop's summary, gathered and made in the worker process."""
        return await in_worker(_workshop, self._recipe, database_url, workshop_id, locale)

    def workbook(self, data: DigestData, locale: str, now: datetime) -> Said:
        content = digest_workbook(data, self.writer, locale)
        attachment = Attachment(f"data-{self.writer.day(now)}.xlsx", content, MEDIA_TYPE_XLSX)
        return Said(T("digest-workbook-caption"), attachment)

    @property
    def _recipe(self) -> _Recipe:
        return _Recipe(self.config, self.schedule.cron, self.schedule.timezone)


# --- in the worker process ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Recipe:
    """What a worker process needs to make the same digests: small, and it pickles."""

    config: DigestConfig
    cron: str
    timezone: str


_makers: dict[_Recipe, DigestMaker] = {}  # locales are parsed once per worker


def _maker(recipe: _Recipe) -> DigestMaker:
    if recipe not in _makers:
        schedule = DigestSchedule(recipe.cron, recipe.timezone)
        _makers[recipe] = DigestMaker(None, recipe.config, schedule)
    return _makers[recipe]


def _render(recipe: _Recipe, data: DigestData, locale: str) -> Digest:
    return _maker(recipe).render(data, locale)


def _data(recipe: _Recipe, database_url: str, period: Period) -> DigestData:
    return asyncio.run(_gather(recipe, database_url, period))


def _digest(recipe: _Recipe, database_url: str, period: Period, locale: str) -> list[Said]:
    return _maker(recipe).render(_data(recipe, database_url, period), locale).said


def _workbook(
    recipe: _Recipe, database_url: str, period: Period, locale: str, now: datetime
) -> Said:
    return _maker(recipe).workbook(_data(recipe, database_url, period), locale, now)


def _workshop(recipe: _Recipe, database_url: str, workshop_id: int, locale: str) -> list[Said]:
    maker = _maker(recipe)

    async def read(session: AsyncSession) -> workshop.WorkshopData | None:
        return await workshop.gather(session, workshop_id, recipe.config)

    data = asyncio.run(_reading(database_url, read))
    if data is None:
        return []
    return workshop.render(data, maker.translator, locale, recipe.config.midpoint)


async def _gather(recipe: _Recipe, database_url: str, period: Period) -> DigestData:
    async def read(session: AsyncSession) -> DigestData:
        return await _maker(recipe).gather(session, period)

    return await _reading(database_url, read)


async def _reading(database_url: str, read: Callable[[AsyncSession], Awaitable[Read]]) -> Read:
    """In a read-only session: on SQLite a snapshot, with no write lock taken."""
    engine = create_engine(database_url)
    try:
        async with create_read_only_sessionmaker(engine)() as session:
            return await read(session)
    finally:
        await engine.dispose()
