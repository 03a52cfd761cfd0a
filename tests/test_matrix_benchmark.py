"""The matrix benchmark runs end to end (tiny numbers here; the real figures come by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.matrix import main


def test_the_benchmark_runs_and_the_sums_equal_a_recount(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two sizes: the second grows the first, and its sums must follow (the script checks them).
    found = main(["--ideas", "12", "--sizes", "600", "1500", "--runs", "1", "--dir", str(tmp_path)])
    assert [(t.ideas, t.ratings) for t in found] == [(12, 600), (12, 1500)]
    assert all(t.matrix_seconds > 0 and t.pick_seconds > 0 for t in found)
    out = capsys.readouterr().out
    assert "ratings: 1,500" in out and "of in memory" in out
