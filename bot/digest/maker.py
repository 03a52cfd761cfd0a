"""Making digests: the figures once per period, then words, chart and workbook per language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.data import DigestConfig, DigestData, Period, gather
from bot.digest.schedule import DigestSchedule
from bot.digest.text import DigestWriter
from bot.digest.workbook import digest_workbook
from bot.settings import Settings
from bot.spreadsheet import MEDIA_TYPE_XLSX
from dialogs.flow import Said
from dialogs.i18n import T, Translator
from dialogs.messages import Attachment, Outbound
from dialogs.survey.flow import default_survey


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

    # --- what the organiser dialogs ask for (dialogs.organisers.reports.Reports) -----------

    async def digest(self, session: AsyncSession, locale: str, now: datetime) -> list[Said]:
        data = await self.gather(session, self.schedule.period_until_now(now))
        return self.render(data, locale).said

    async def workbook(self, session: AsyncSession, locale: str, now: datetime) -> Said:
        data = await self.gather(session, self.schedule.period_until_now(now))
        day = self.writer.day(now)
        content = digest_workbook(data, self.writer, locale)
        return Said(
            T("digest-workbook-caption"), Attachment(f"data-{day}.xlsx", content, MEDIA_TYPE_XLSX)
        )
