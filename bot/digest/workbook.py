"""The digest's data as an .xlsx workbook: summary, needs, ideas. No participant identifiers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.digest.data import BREAKDOWNS, DigestData, Matrix
from bot.digest.text import DigestWriter, matrix_text, note_text
from bot.spreadsheet import Row, workbook_bytes
from dialogs.rights import LANGUAGE_NAMES
from storage.participation import NOT_STATED

Rows = list[Row]


def digest_workbook(data: DigestData, writer: DigestWriter, locale: str) -> bytes:
    def say(key: str, **args: Any) -> str:
        return writer.translator(locale, key, **args)

    sheets = {
        say("workbook-sheet-summary"): _summary(data, writer, say),
        say("workbook-sheet-needs"): _needs(data, writer, say),
        say("workbook-sheet-ideas"): ideas_sheet(
            data.matrix,
            locale,
            say,
            lambda idea_id: _outcome(data, writer, idea_id, locale, say),
        ),
    }
    return workbook_bytes(sheets)


def _summary(data: DigestData, writer: DigestWriter, say: Callable[..., str]) -> Rows:
    part, found, matrix = data.participation, data.survey, data.matrix
    rows: Rows = [
        (say("workbook-column-measure"), say("workbook-column-value")),
        (say("workbook-period-since"), writer.day(data.period.since)),
        (say("workbook-period-until"), writer.day(data.period.until)),
        (say("workbook-participants"), part.total),
        (say("workbook-participants-new"), part.new),
        (say("workbook-completions"), found.completed_total),
        (say("workbook-completions-new"), found.completed),
        (say("workbook-texts-to-read"), found.to_read),
        (say("workbook-ideas-proposed-new"), data.ideas.proposed),
        (say("workbook-ideas-approved-new"), data.ideas.approved),
    ]
    rows += [(say(f"workbook-status-{status}"), n) for status, n in data.ideas.by_status.items()]
    rows += [
        (say("workbook-ratings"), data.ratings),
        (say("workbook-ratings-new"), data.ratings_new),
    ]
    rows += [(say("workbook-quadrant", quadrant=q), n) for q, n in matrix.per_quadrant.items()]
    rows.append((say("workbook-unplaced"), matrix.unplaced))
    labels: dict[str, Callable[[str], str]] = {
        "language": lambda value: LANGUAGE_NAMES.get(value, value),
        "campaign": lambda value: part.campaign_names.get(value, value),
        "district": lambda value: value,
        "migration": lambda value: say(f"workbook-migration-{value}"),
    }
    for attribute in BREAKDOWNS:
        breakdown = part.breakdowns[attribute]
        rows.append(())
        rows.append((say(f"workbook-by-{attribute}"), say("workbook-column-participants")))
        if breakdown.withheld:
            rows.append((say("digest-breakdown-withheld"), ""))
            continue
        for cell in breakdown.cells:
            name = (
                say("digest-not-stated")
                if cell.label == NOT_STATED
                else labels[attribute](cell.label)
            )
            rows.append((name, cell.count if cell.count is not None else breakdown.value(cell)))
    rows.append(())
    rows.append((say("digest-suppression-note", min=data.config.min_count),))
    return rows


def _needs(data: DigestData, writer: DigestWriter, say: Callable[..., str]) -> Rows:
    rows: Rows = [
        (
            say("workbook-column-dimension"),
            say("workbook-column-difficulty"),
            say("workbook-column-respondents"),
            say("workbook-column-need"),
            say("workbook-column-people"),
        )
    ]
    for dimension in data.survey.dimensions:
        name = say(f"dimension-{dimension.dimension}")
        mean = round(dimension.mean, 2) if dimension.mean is not None else ""
        for cell in dimension.needs.cells:
            rows.append(
                (
                    name,
                    mean,
                    dimension.respondents,
                    say(writer.need_label(dimension.dimension, cell.label)),
                    cell.count if cell.count is not None else dimension.needs.value(cell),
                )
            )
    return rows


def ideas_sheet(
    matrix: Matrix,
    locale: str,
    say: Callable[..., str],
    outcome: Callable[[int], tuple[str, str, str]] | None = None,
) -> Rows:
    """Each idea of the matrix with its numbers, in the organiser's language where it can be;
    with `outcome`, also what became of it."""
    header: tuple[str, ...] = (
        say("workbook-column-code"),
        say("workbook-column-area"),
        say("workbook-column-idea"),
        say("workbook-column-ratings"),
        say("workbook-column-effectiveness"),
        say("workbook-column-effectiveness-sd"),
        say("workbook-column-ease"),
        say("workbook-column-ease-sd"),
        say("workbook-column-quadrant"),
    )
    if outcome is not None:
        header += (
            say("outcomes-workbook-column-outcome"),
            say("outcomes-workbook-column-note"),
            say("outcomes-workbook-column-at"),
        )
    rows: Rows = [header]
    for score in matrix.scores:
        rows.append(
            (
                score.code,
                say(f"area-{score.area}"),
                matrix_text(matrix, score.idea_id, locale),
                score.ratings,
                _rounded(score.effectiveness_mean),
                _rounded(score.effectiveness_sd),
                _rounded(score.ease_mean),
                _rounded(score.ease_sd),
                score.quadrant or say("workbook-not-enough-ratings"),
                *(outcome(score.idea_id) if outcome is not None else ()),
            )
        )
    return rows


def _outcome(
    data: DigestData, writer: DigestWriter, idea_id: int, locale: str, say: Callable[..., str]
) -> tuple[str, str, str]:
    outcome = data.outcomes.get(idea_id)
    if outcome is None:
        return "", "", ""
    return (
        say("outcomes-name", outcome=outcome.outcome),
        note_text(outcome, locale),
        writer.day(outcome.at),
    )


def _rounded(value: float | None) -> float | str:
    return round(value, 2) if value is not None else ""
