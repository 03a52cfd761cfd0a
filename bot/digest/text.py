"""The digest's words, in the organiser's language: a few messages, one per section."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.digest.data import DigestData, Dimension, Matrix
from dialogs.disclosure import Breakdown, mask
from dialogs.i18n import Translator
from dialogs.rights import LANGUAGE_NAMES
from dialogs.survey.definition import Survey
from storage.ideas import IdeaScore
from storage.participation import NOT_STATED

TOP_NEEDS = 3
IDEA_TEXT_LENGTH = 140


@dataclass(frozen=True)
class Section:
    key: str  # names the message for tests and logs
    text: str


class DigestWriter:
    """Formats DigestData in one language; `survey` names the needs."""

    def __init__(self, translator: Translator, survey: Survey, timezone: str) -> None:
        self.translator = translator
        self.survey = survey
        self.zone = ZoneInfo(timezone)

    def sections(self, data: DigestData, locale: str) -> list[Section]:
        say = Speaker(self.translator, locale)
        return [
            Section("digest-participation", self._participation(data, say)),
            Section("digest-survey", self._survey(data, say)),
            Section("digest-ideas", self._ideas(data, say, locale)),
        ]

    # --- sections -------------------------------------------------------------------------

    def _participation(self, data: DigestData, say: Speaker) -> str:
        part = data.participation
        lines = [
            say(
                "digest-title",
                since=self.spoken_day(data.period.since, say),
                until=self.spoken_day(data.period.until, say),
            ),
            say("digest-participation", total=part.total, new=part.new),
            say(
                "digest-by-language",
                cells=self.cells(
                    part.breakdowns["language"],
                    say,
                    lambda code: LANGUAGE_NAMES.get(code) or say("digest-not-stated"),
                ),
            ),
            say(
                "digest-by-campaign",
                cells=self.cells(
                    part.breakdowns["campaign"],
                    say,
                    lambda code: (
                        part.campaign_names.get(code, code)
                        if code != NOT_STATED
                        else say("digest-no-campaign")
                    ),
                ),
            ),
        ]
        if any(b.suppressed for b in part.breakdowns.values()):
            lines.append(say("digest-suppression-note", min=data.config.min_count))
        return "\n".join(lines)

    def _survey(self, data: DigestData, say: Speaker) -> str:
        lines = self._difficulties(data, say)
        if data.survey.to_read:
            lines.append(say("digest-texts-to-read", count=data.survey.to_read))
        return "\n".join(lines)

    def _difficulties(self, data: DigestData, say: Speaker) -> list[str]:
        found = data.survey
        if not found.dimensions:
            return [say("digest-survey-empty")]
        lines = [
            say("digest-survey", completed=found.completed, total=found.completed_total),
            say("digest-dimensions-heading"),
        ]
        for position, dimension in enumerate(found.dimensions, 1):
            lines.append(
                say(
                    "digest-dimension",
                    position=position,
                    dimension=say(f"dimension-{dimension.dimension}"),
                    mean=dimension.mean or 0.0,
                    change=self.change(dimension, say),
                    respondents=dimension.respondents,
                )
            )
            needs = [
                say(
                    "digest-need",
                    need=say(self.need_label(dimension.dimension, need)),
                    people=mask(people, data.config.min_count),
                )
                for need, people in dimension.needs[:TOP_NEEDS]
            ]
            if needs:
                lines.append(say("digest-top-needs", needs="; ".join(needs)))
        return lines

    def _ideas(self, data: DigestData, say: Speaker, locale: str) -> str:
        matrix = data.matrix
        lines = [
            say(
                "digest-ideas",
                proposed=data.ideas.proposed,
                approved=data.ideas.approved,
                waiting=data.ideas.by_status.get("waiting", 0),
            ),
            say("digest-ratings", ratings=data.ratings, new=data.ratings_new),
            say(
                "digest-matrix",
                wow=matrix.per_quadrant["WOW"],
                how=matrix.per_quadrant["HOW"],
                now=matrix.per_quadrant["NOW"],
                pow=matrix.per_quadrant["POW"],
                unplaced=matrix.unplaced,
            ),
        ]
        for heading, leading in (
            ("digest-leading-wow", matrix.leading_wow),
            ("digest-leading-how", matrix.leading_how),
        ):
            if leading:
                lines.append(say(heading))
                lines.extend(self.idea_line(data, score, say, locale) for score in leading)
        if matrix.moved:
            moved = [
                say(
                    "digest-moved-idea",
                    code=m.score.code,
                    before=m.previous,
                    after=m.score.quadrant,
                )
                for m in matrix.moved
            ]
            lines.append(say("digest-moved", ideas=", ".join(moved)))
        return "\n".join(lines)

    # --- pieces ---------------------------------------------------------------------------

    def idea_line(self, data: DigestData, score: IdeaScore, say: Speaker, locale: str) -> str:
        return say(
            "digest-idea-line",
            code=score.code,
            area=say(f"area-{score.area}"),
            effectiveness=score.effectiveness_mean or 0.0,
            ease=score.ease_mean or 0.0,
            ratings=score.ratings,
            text=shorten(idea_text(data, score.idea_id, locale)),
        )

    def cells(self, breakdown: Breakdown, say: Speaker, label: Callable[[str], str]) -> str:
        if breakdown.total == 0:
            return say("digest-nobody-yet")
        if breakdown.withheld:
            return say("digest-breakdown-withheld")
        return ", ".join(
            say("digest-cell", label=label(cell.label), value=breakdown.value(cell))
            for cell in breakdown.cells
        )

    def change(self, dimension: Dimension, say: Speaker) -> str:
        if dimension.previous_mean is None or dimension.mean is None:
            return say("digest-change-new")
        # The scale runs from 1 = very hard to 5 = very easy: a lower mean is harder.
        delta = round(dimension.mean - dimension.previous_mean, 1)
        if delta < 0:
            return say("digest-change-harder", delta=-delta)
        if delta > 0:
            return say("digest-change-easier", delta=delta)
        return say("digest-change-same")

    def need_label(self, dimension: str, need: str) -> str:
        question = self.survey.question(f"{dimension}.needs")
        option = question.option(need) if question is not None else None
        return option.label if option is not None else "digest-need-unknown"

    def day(self, moment: datetime) -> str:
        """For file names and the workbook's cells: sortable, the same in every language."""
        return moment.astimezone(self.zone).date().isoformat()

    def spoken_day(self, moment: datetime, say: Speaker) -> str:
        """For a message: each language writes dates its own way (docs/LANGUAGE.md)."""
        local = moment.astimezone(self.zone).date()
        return say("digest-date", day=local.day, month=local.month, year=local.year)


class Speaker:
    """The translator bound to one language: `say(key, **args)`."""

    def __init__(self, translator: Translator, locale: str) -> None:
        self.translator = translator
        self.locale = locale

    def __call__(self, key: str, **args: Any) -> str:
        return self.translator(self.locale, key, **args)


def idea_text(data: DigestData, idea_id: int, locale: str) -> str:
    """The idea in the organiser's language when it has that text, else in its own."""
    return matrix_text(data.matrix, idea_id, locale)


def matrix_text(matrix: Matrix, idea_id: int, locale: str) -> str:
    texts = matrix.texts.get(idea_id, {})
    for language in (locale, *sorted(texts)):
        if language in texts:
            return texts[language]
    return ""


def shorten(text: str, length: int = IDEA_TEXT_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
