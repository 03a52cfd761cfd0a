"""The matrix benchmark runs end to end (tiny numbers here; the real figures come by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.matrix import main


def test_the_benchmark_runs_and_both_computations_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    timings = main(["--ideas", "12", "--ratings", "600", "--runs", "1", "--dir", str(tmp_path)])
    assert (timings.ideas, timings.ratings) == (12, 600)
    assert timings.matrix_seconds > 0 and timings.python_seconds > 0
    assert "ratio SQL / Python" in capsys.readouterr().out
