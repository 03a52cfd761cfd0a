"""Disclosure control for counts broken down by a participant attribute.

The rule, applied to every breakdown (language, campaign, district, migration experience):

1. Primary suppression: a count from 1 to k-1 (k = DISCLOSURE_MIN_COUNT) is shown as "<k".
2. Secondary suppression: the breakdown always sums to a total the reader knows (the number of
   participants is shown), so the hidden cells' sum is known too. The reader also knows what the
   markers mean: a "<k" cell holds 1..k-1, a cell hidden only to protect another holds at least k
   ("≥k") and, because the smallest shown cell is the one chosen, no more than any cell still
   shown. While any hidden cell could be worked out exactly from these facts, the next smallest
   shown cell is hidden too. When no cell is left to hide, the whole breakdown is withheld.
3. Across digests: only cumulative counts (everyone up to the digest's end) are broken down; what
   changed during a period is reported as one overall number, never by attribute, so a hidden
   cell cannot be recovered by subtracting two digests' breakdowns.

Zero is shown as it is: it points at nobody.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum


class Shown(Enum):
    EXACT = "exact"
    SMALL = "small"  # between 1 and k-1
    HIDDEN = "hidden"  # at least k, hidden so that a small cell cannot be worked out


@dataclass(frozen=True)
class Cell:
    label: str
    shown: Shown
    count: int | None  # None unless shown exactly


@dataclass(frozen=True)
class Breakdown:
    cells: tuple[Cell, ...]
    total: int
    min_count: int
    withheld: bool = False  # too few people to show any split at all

    @property
    def suppressed(self) -> bool:
        """Whether any count is hidden (withheld, "<k" or "≥k"): the reader needs the note."""
        return self.withheld or any(cell.shown is not Shown.EXACT for cell in self.cells)

    def display(self) -> tuple[tuple[str, str], ...]:
        """(label, value) pairs as a reader sees them; nothing when withheld."""
        if self.withheld:
            return ()
        return tuple((cell.label, self.value(cell)) for cell in self.cells)

    def shown_group(self, label: str) -> int | None:
        """The size of the group `label`, if its own figures may be shown: its count is shown
        exactly here and is at least k. Otherwise everyone's figures less those of its
        neighbours would be its own, or it is too small to speak of without pointing at people.
        """
        for cell in self.cells:
            if cell.label == label and not self.withheld and cell.count is not None:
                return cell.count if cell.count >= self.min_count else None
        return None

    def value(self, cell: Cell) -> str:
        if cell.shown is Shown.SMALL:
            return f"<{self.min_count}"
        if cell.shown is Shown.HIDDEN:
            return f"≥{self.min_count}"
        return str(cell.count)


def beside_everyone(group: int, everyone: int, min_count: int) -> bool:
    """Whether a group's figures for one thing (an idea's ratings by a campaign's people) may be
    shown where everyone's are shown too. Everyone's mean, SD and count give their sums; less
    the group's, they are the sums of the rest. So the rest must be none or at least k people,
    as the group itself must be at least k."""
    rest = everyone - group
    return group >= min_count and (rest == 0 or rest >= min_count)


def small(count: int, min_count: int) -> bool:
    return 1 <= count < min_count


def mask(count: int, min_count: int) -> str:
    """A single count with no total beside it (need counts): only primary suppression applies."""
    return f"<{min_count}" if small(count, min_count) else str(count)


def disclose(counts: Mapping[str, int], min_count: int) -> Breakdown:
    """The breakdown as it may be shown; labels keep the order they were given in.

    Which cells are hidden depends only on what the reader sees in the end (how many cells are
    small, which ones are shown): had it depended on the hidden counts themselves, the choice
    would tell the reader something about them.
    """
    total = sum(counts.values())
    shown = {
        label: Shown.SMALL if small(n, min_count) else Shown.EXACT for label, n in counts.items()
    }
    if sum(1 for kind in shown.values() if kind is Shown.SMALL) == 1:
        candidates = sorted(
            (n, label) for label, n in counts.items() if shown[label] is Shown.EXACT and n > 0
        )
        if not candidates:
            return _withheld(counts, total, min_count)
        shown[candidates[0][1]] = Shown.HIDDEN
    if any(low >= high for low, high in bounds(counts, shown, min_count).values()):
        return _withheld(counts, total, min_count)
    cells = tuple(
        Cell(label, shown[label], n if shown[label] is Shown.EXACT else None)
        for label, n in counts.items()
    )
    return Breakdown(cells, total, min_count)


def disclose_each(counts: Mapping[str, int], min_count: int) -> Breakdown:
    """Counts that share no total (a multiple choice: one person counts under several needs).

    With no total to subtract from, a small count cannot be worked out from the others: only
    primary suppression applies. The order: counts shown exactly, most first; then the small
    ones and the zeros, each by label, so that their place says nothing more than their marker.
    """

    def place(item: tuple[str, int]) -> tuple[int, int, str]:
        label, n = item
        if small(n, min_count):
            return (1, 0, label)
        return (2, 0, label) if n == 0 else (0, -n, label)

    cells = tuple(
        Cell(label, Shown.SMALL, None) if small(n, min_count) else Cell(label, Shown.EXACT, n)
        for label, n in sorted(counts.items(), key=place)
    )
    return Breakdown(cells, sum(counts.values()), min_count)


def withhold(counts: Mapping[str, int], min_count: int) -> Breakdown:
    """The breakdown with nothing in it shown: the people it counts are too few to split."""
    return _withheld(counts, sum(counts.values()), min_count)


def _withheld(counts: Mapping[str, int], total: int, min_count: int) -> Breakdown:
    cells = tuple(Cell(label, Shown.HIDDEN, None) for label in counts)
    return Breakdown(cells, total, min_count, withheld=True)


def bounds(
    counts: Mapping[str, int], shown: Mapping[str, Shown], min_count: int
) -> dict[str, tuple[int, int]]:
    """For each hidden cell, the range a reader can narrow it to from what is shown."""
    visible = {label: n for label, n in counts.items() if shown[label] is Shown.EXACT}
    hidden_sum = sum(counts.values()) - sum(visible.values())
    limits: dict[str, tuple[int, int]] = {}
    for label in counts:
        if shown[label] is Shown.SMALL:
            limits[label] = (1, min_count - 1)
        elif shown[label] is Shown.HIDDEN:
            limits[label] = (min_count, _chosen_ceiling(label, visible, hidden_sum))
    ranges: dict[str, tuple[int, int]] = {}
    for label, (low, high) in limits.items():
        others_low = sum(lo for other, (lo, _hi) in limits.items() if other != label)
        others_high = sum(hi for other, (_lo, hi) in limits.items() if other != label)
        ranges[label] = (max(low, hidden_sum - others_high), min(high, hidden_sum - others_low))
    return ranges


def _chosen_ceiling(label: str, visible: Mapping[str, int], hidden_sum: int) -> int:
    """A cell hidden for protection was the smallest (count, label) left; shown cells bound it."""
    ceiling = hidden_sum
    for other, n in visible.items():
        if n >= 1:
            ceiling = min(ceiling, n if label < other else n - 1)
    return ceiling
