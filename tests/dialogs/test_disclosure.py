"""Disclosure control: no small group is shown, or can be worked out from what is shown."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from dialogs.disclosure import Breakdown, Shown, disclose, disclose_each, mask


def shown(breakdown: Breakdown) -> dict[str, str]:
    return dict(breakdown.display())


def test_nothing_small_nothing_hidden() -> None:
    breakdown = disclose({"uk": 120, "pl": 40, "en": 0, "ru": 15}, 10)
    assert shown(breakdown) == {"uk": "120", "pl": "40", "en": "0", "ru": "15"}


def test_one_small_cell_takes_the_next_smallest_with_it() -> None:
    """Alone, 3 would be the total minus the cells shown."""
    breakdown = disclose({"uk": 120, "pl": 40, "en": 3, "ru": 15}, 10)
    assert shown(breakdown) == {"uk": "120", "pl": "40", "en": "<10", "ru": "≥10"}


def test_two_small_cells_protect_each_other() -> None:
    breakdown = disclose({"uk": 120, "pl": 4, "en": 3, "ru": 15}, 10)
    assert shown(breakdown) == {"uk": "120", "pl": "<10", "en": "<10", "ru": "15"}


def test_two_small_cells_that_the_total_would_pin_down() -> None:
    """1 + 1 = 2 hidden people: each cell must be 1, so the breakdown is withheld."""
    breakdown = disclose({"uk": 120, "pl": 1, "en": 1, "ru": 15}, 10)
    assert breakdown.withheld
    assert breakdown.display() == ()


def test_a_small_total_cannot_be_broken_down() -> None:
    assert disclose({"uk": 4, "pl": 0}, 10).withheld
    assert disclose({"uk": 0, "pl": 0}, 10).display() == (("uk", "0"), ("pl", "0"))


def test_a_count_on_its_own_is_masked_when_small() -> None:
    assert [mask(n, 10) for n in (0, 1, 9, 10)] == ["0", "<10", "<10", "10"]


# --- the property: over random data, no small cell is shown or recoverable ----------------------


def compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    if parts == 1:
        yield (total,)
        return
    for first in range(total + 1):
        for rest in compositions(total - first, parts - 1):
            yield (first, *rest)


def candidates(counts: dict[str, int], breakdown: Breakdown) -> dict[str, set[int]]:
    """Every value each hidden cell could have, for a reader who sees the breakdown and the
    total, knows what "<k" and "≥k" mean, and knows this very algorithm: all datasets with the
    same total and the same shown cells that would have been displayed exactly the same way."""
    hidden = [c.label for c in breakdown.cells if c.shown is not Shown.EXACT]
    possible: dict[str, set[int]] = {label: set() for label in hidden}
    if not hidden:
        return possible
    hidden_sum = sum(counts[label] for label in hidden)
    for values in compositions(hidden_sum, len(hidden)):
        alternative = {**counts, **dict(zip(hidden, values, strict=True))}
        if disclose(alternative, breakdown.min_count).display() == breakdown.display():
            for label, value in zip(hidden, values, strict=True):
                possible[label].add(value)
    return possible


def random_counts(rng: random.Random, k: int) -> dict[str, int]:
    cells = rng.randint(1, 5)
    return {
        f"cell{i}": rng.choice([0, rng.randint(1, k - 1), rng.randint(k, 3 * k)])
        for i in range(cells)
    }


@pytest.mark.parametrize("seed", range(4))
def test_no_small_cell_is_ever_shown_or_recoverable(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for _case in range(150):
        k = rng.choice([2, 3, 5, 10])
        counts = random_counts(rng, k)
        breakdown = disclose(counts, k)
        assert breakdown.total == sum(counts.values())  # totals stay consistent
        for cell in breakdown.cells:
            if cell.shown is Shown.EXACT:
                assert cell.count == counts[cell.label]
                assert not 1 <= cell.count < k, (counts, k)
            else:
                assert cell.count is None
        if breakdown.withheld:
            continue  # nothing is shown at all
        for label, values in candidates(counts, breakdown).items():
            assert counts[label] in values
            assert len(values) >= 2, f"{label} = {counts[label]} recoverable in {counts}, k={k}"
            checked += 1
    assert checked > 50  # the property was really exercised, not vacuously true


def test_counts_without_a_total_hide_only_the_small_ones_and_keep_their_order_neutral() -> None:
    """Needs are a multiple choice: no total to subtract from, so one small cell stays alone."""
    breakdown = disclose_each({"school": 0, "housing": 40, "rent": 7, "care": 2, "jobs": 25}, 10)
    assert list(breakdown.display()) == [
        ("housing", "40"),
        ("jobs", "25"),
        # By label, not by size: 7 and 2 stand in the same order as 2 and 7 would.
        ("care", "<10"),
        ("rent", "<10"),
        ("school", "0"),
    ]
    swapped = disclose_each({"school": 0, "housing": 40, "rent": 2, "care": 7, "jobs": 25}, 10)
    assert swapped.display() == breakdown.display()


def test_a_group_is_shown_only_where_its_count_is_shown_exactly_and_large_enough() -> None:
    breakdown = disclose({"wola": 14, "mokotow": 12, "ursus": 3, "bemowo": 40}, 10)
    assert breakdown.shown_group("wola") == 14
    assert breakdown.shown_group("bemowo") == 40
    assert breakdown.shown_group("ursus") is None  # "<10"
    assert breakdown.shown_group("mokotow") is None  # hidden to protect Ursus
    assert breakdown.shown_group("atlantis") is None
    assert disclose({"a": 4, "b": 5}, 10).shown_group("a") is None
    assert disclose({"a": 12, "b": 0}, 10).shown_group("a") == 12
