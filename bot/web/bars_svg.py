"""Horizontal bar charts as SVG: how hard each dimension is, and the needs people chose.

Counts arrive already through disclosure control (`dialogs.disclosure`): a bar is drawn only for
a count shown exactly. A cell shown as "<k" or "≥k" gets its marker and no bar at all, since any
length, even a token one, would say something about the number it hides. Bars are scaled to the
longest exact bar, which is shown anyway.

Each row's label sits on its own line above the bar, so long need names wrap instead of
squeezing the bars on a phone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.web.svg import BAR, INK, MUTED, document, lines, sub, wrap, write
from dialogs.disclosure import Breakdown, Cell, Shown
from dialogs.i18n import Translator
from storage.survey import SCALE

WIDTH = 480
PAD = 12
LABEL_SIZE, VALUE_SIZE = 15, 15
BAR_HEIGHT = 20
VALUE_ROOM = 150  # right of the longest bar: "2,7 (1 234 osoby)" fits
ROW_GAP = 14


@dataclass(frozen=True)
class Row:
    label: str
    value: str  # written after the bar: "42", "<10", "3.4 (120 people)"
    share: float | None  # of the longest bar, 0-1; None: no bar may be drawn
    note: str  # the row's <title>: the value in words


def bars_svg(rows: Sequence[Row], *, title: str, description: str, ids: str) -> str:
    """Rows top to bottom; the description also lists every row, for a screen reader."""
    label_width = WIDTH - 2 * PAD
    wrapped = [wrap(row.label, label_width, LABEL_SIZE) for row in rows]
    height = PAD + sum(len(w) * LABEL_SIZE * 1.2 + BAR_HEIGHT + ROW_GAP for w in wrapped) + PAD
    listing = "; ".join(f"{row.label}: {row.value}" for row in rows)
    root = document(
        WIDTH,
        round(height),
        title=title,
        description=f"{description} {listing}".strip(),
        ids=ids,
    )
    longest = WIDTH - 2 * PAD - VALUE_ROOM
    y = float(PAD)
    for row, label_lines in zip(rows, wrapped, strict=True):
        group = sub(root, "g", {"class": "bar" if row.share is not None else "bar suppressed"})
        sub(group, "title", text=f"{row.label}: {row.note}")
        lines(group, PAD, y + LABEL_SIZE, label_lines, LABEL_SIZE, fill=INK)
        y += len(label_lines) * LABEL_SIZE * 1.2 + 4
        length = longest * row.share if row.share is not None else 0.0
        if length > 0:
            sub(
                group,
                "rect",
                {"x": PAD, "y": y, "width": length, "height": BAR_HEIGHT, "fill": BAR, "rx": 2},
            )
        value = {"x": PAD + length + 6, "y": y + BAR_HEIGHT - 5, "font-size": VALUE_SIZE}
        sub(group, "text", {**value, "fill": INK if row.share is not None else MUTED}, row.value)
        y += BAR_HEIGHT + ROW_GAP - 4
    return write(root)


def cell_rows(
    breakdown: Breakdown, label: Callable[[str], str], translator: Translator, locale: str
) -> list[Row]:
    """One row per cell, in the breakdown's order; nothing when it is withheld."""
    if breakdown.withheld:
        return []
    longest = max((cell.count or 0 for cell in breakdown.cells), default=0)
    return [
        Row(
            label(cell.label),
            breakdown.value(cell),
            (cell.count / longest if longest else 0.0) if cell.count is not None else None,
            _note(breakdown, cell, translator, locale),
        )
        for cell in breakdown.cells
    ]


def _note(breakdown: Breakdown, cell: Cell, translator: Translator, locale: str) -> str:
    if cell.shown is Shown.SMALL:
        return translator(locale, "chart-small", min=breakdown.min_count)
    if cell.shown is Shown.HIDDEN:
        return translator(locale, "chart-hidden", min=breakdown.min_count)
    return translator(locale, "chart-people", count=cell.count or 0)


def distribution_svg(
    distribution: Breakdown,
    *,
    dimension: str,
    mean: float | None,
    translator: Translator,
    locale: str,
    ids: str,
) -> str:
    """How many people gave each answer from 1 (very hard) to 5 (very easy) in one dimension."""

    def say(key: str, **args: object) -> str:
        return translator(locale, key, **args)

    rows = cell_rows(
        distribution, lambda value: say("chart-scale-value", value=int(value)), translator, locale
    )
    if rows and mean is not None:
        description = say("chart-difficulty-description", respondents=distribution.total, mean=mean)
    else:
        description = say("chart-withheld")
    return bars_svg(
        rows,
        title=say("chart-difficulty-title", dimension=dimension),
        description=description,
        ids=ids,
    )


def needs_svg(
    needs: Breakdown,
    *,
    dimension: str,
    label: Callable[[str], str],
    translator: Translator,
    locale: str,
    ids: str,
    top: int | None = None,
) -> str:
    """The needs of one dimension in the breakdown's order (most chosen first), `top` of them."""

    def say(key: str, **args: object) -> str:
        return translator(locale, key, **args)

    rows = cell_rows(needs, label, translator, locale)[:top]
    description = say("chart-needs-description") if rows else say("chart-withheld")
    return bars_svg(
        rows,
        title=say("chart-needs-title", dimension=dimension),
        description=description,
        ids=ids,
    )


@dataclass(frozen=True)
class Mean:
    """A dimension's mean answer; both None where the people answering are too few to show."""

    label: str
    mean: float | None
    respondents: int | None


def means_svg(
    means: Sequence[Mean], *, min_count: int, translator: Translator, locale: str, ids: str
) -> str:
    """Each dimension's mean on the 1-5 scale, as a bar from 0 to 5."""

    def say(key: str, **args: object) -> str:
        return translator(locale, key, **args)

    rows = []
    for item in means:
        if item.mean is None or item.respondents is None:
            hidden = f"<{min_count}"
            rows.append(Row(item.label, hidden, None, say("chart-small", min=min_count)))
            continue
        value = say("chart-mean-value", mean=item.mean, respondents=item.respondents)
        rows.append(Row(item.label, value, item.mean / SCALE[-1], value))
    return bars_svg(
        rows, title=say("chart-means-title"), description=say("chart-means-description"), ids=ids
    )
