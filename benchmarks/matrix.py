"""The matrix on SQLite at scale, against a plain in-memory computation of the same numbers.

    .venv/bin/python benchmarks/matrix.py [--ideas 1000 --ratings 1000000 --runs 5]

Fills an SQLite file (the real schema, through the migrations) with approved ideas and ratings,
then times, as the median of several runs:
- `storage.ideas.matrix()`: one GROUP BY query, means and standard deviations on both axes;
- the same numbers computed in Python from the rating rows already in memory;
- `storage.ideas.unrated_ideas()`: the query that picks the next idea for a participant.
Both computations must agree; the script stops if they do not.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from storage import ideas as repo
from storage import migrate
from storage.db import create_engine, create_sessionmaker

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
Result = TypeVar("Result")


@dataclass(frozen=True)
class Timings:
    ideas: int
    ratings: int
    fill_seconds: float
    matrix_seconds: float
    python_seconds: float
    pick_seconds: float
    load_seconds: float

    @property
    def ratio(self) -> float:
        return self.matrix_seconds / self.python_seconds


def fill(path: Path, ideas: int, ratings: int, seed: int = 1) -> None:
    """Bulk insert through sqlite3 directly: one transaction, prepared statements."""
    rng = random.Random(seed)
    participants = max(1, math.ceil(ratings / ideas))
    stamp = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores UTC times in SQLite
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        with connection:
            connection.executemany(
                "INSERT INTO participants (id, key, created_at) VALUES (?, ?, ?)",
                ((p, f"{p:064d}", stamp) for p in range(1, participants + 1)),
            )
            connection.executemany(
                "INSERT INTO ideas (id, code, area, dimensions, source, language, status,"
                " created_at) VALUES (?, ?, 'city_policy', '[]', 'benchmark', 'pl',"
                " 'approved', ?)",
                ((i, f"bench.{i}", stamp) for i in range(1, ideas + 1)),
            )
            # Each idea leans somewhere, so that every quadrant gets ideas.
            lean = {i: (rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5)) for i in range(ideas)}

            def score(bias: float) -> int:
                return min(5, max(1, round(rng.gauss(3 + bias, 1.1))))

            rows = (
                (
                    k % ideas + 1,
                    k // ideas + 1,
                    score(lean[k % ideas][0]),
                    score(lean[k % ideas][1]),
                )
                for k in range(ratings)
            )
            connection.executemany(
                "INSERT INTO ratings (idea_id, participant_id, effectiveness, ease, rated_at)"
                f" VALUES (?, ?, ?, ?, '{stamp}')",
                rows,
            )
        connection.execute("ANALYZE")
    finally:
        connection.close()


def rows_in_memory(path: Path) -> list[tuple[int, int, int]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT idea_id, effectiveness, ease FROM ratings").fetchall()
    finally:
        connection.close()


Expected = dict[int, tuple[int, float, float, float | None, float | None, str | None]]


def python_matrix(rows: list[tuple[int, int, int]], midpoint: float, min_ratings: int) -> Expected:
    """The plain way: one pass over the rows in memory, summing per idea, then the formulas."""
    sums: dict[int, list[int]] = {}
    for idea_id, effectiveness, ease in rows:
        group = sums.get(idea_id)
        if group is None:
            group = sums[idea_id] = [0, 0, 0, 0, 0]
        group[0] += 1
        group[1] += effectiveness
        group[2] += effectiveness * effectiveness
        group[3] += ease
        group[4] += ease * ease
    found: Expected = {}
    for idea_id, (n, e_sum, e_squares, s_sum, s_squares) in sums.items():
        e_mean, s_mean = e_sum / n, s_sum / n
        found[idea_id] = (
            n,
            e_mean,
            s_mean,
            _sd(n, e_squares, e_mean),
            _sd(n, s_squares, s_mean),
            repo.quadrant(e_mean, s_mean, midpoint) if n >= min_ratings else None,
        )
    return found


def _sd(n: int, squares: int, mean: float) -> float | None:
    return math.sqrt(max(0.0, (squares - n * mean * mean) / (n - 1))) if n > 1 else None


async def median_time(action: Callable[[], Awaitable[Result]], runs: int) -> tuple[float, Result]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = await action()
        times.append(time.perf_counter() - started)
    assert result is not None
    return statistics.median(times), result


async def run(ideas: int, ratings: int, runs: int, folder: Path) -> Timings:
    path = folder / "matrix-benchmark.sqlite3"
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await migrate.upgrade(engine)
        started = time.perf_counter()
        await asyncio.to_thread(fill, path, ideas, ratings)
        fill_seconds = time.perf_counter() - started
        sessions = create_sessionmaker(engine)

        async def in_sql() -> list[repo.IdeaScore]:
            async with sessions() as session:
                return await repo.matrix(session)

        async def next_pick() -> dict[int, int]:
            async with sessions() as session:
                # A newcomer: every idea is unrated, so every count is needed.
                return await repo.unrated_ideas(session, participant_id=0)

        matrix_seconds, scores = await median_time(in_sql, runs)
        pick_seconds, _ = await median_time(next_pick, runs)
        started = time.perf_counter()
        rows = await asyncio.to_thread(rows_in_memory, path)
        load_seconds = time.perf_counter() - started

        async def in_python() -> Expected:
            return python_matrix(rows, 3.0, 5)

        python_seconds, expected = await median_time(in_python, runs)
        check(scores, expected)
    finally:
        await engine.dispose()
    return Timings(
        ideas, ratings, fill_seconds, matrix_seconds, python_seconds, pick_seconds, load_seconds
    )


def check(scores: list[repo.IdeaScore], expected: Expected) -> None:
    for score in scores:
        if score.ratings == 0:
            assert score.idea_id not in expected
            continue
        n, e_mean, s_mean, e_sd, s_sd, quadrant = expected[score.idea_id]
        assert score.ratings == n and score.quadrant == quadrant, score
        assert math.isclose(score.effectiveness_mean or 0, e_mean, rel_tol=1e-9), score
        assert math.isclose(score.ease_mean or 0, s_mean, rel_tol=1e-9), score
        for got, want in ((score.effectiveness_sd, e_sd), (score.ease_sd, s_sd)):
            assert (got is None) == (want is None), score
            assert got is None or want is None or math.isclose(got, want, rel_tol=1e-9), score


def report(timings: Timings) -> str:
    return "\n".join(
        [
            f"ideas: {timings.ideas:,}   ratings: {timings.ratings:,}   (SQLite)",
            f"fill:                       {timings.fill_seconds:8.2f} s",
            f"matrix() one GROUP BY:      {timings.matrix_seconds * 1000:8.1f} ms (median)",
            f"same numbers in Python:     {timings.python_seconds * 1000:8.1f} ms (median, rows in memory)",
            f"ratio SQL / Python:         {timings.ratio:8.2f}",
            f"(reading the rows into Python first: {timings.load_seconds * 1000:.1f} ms, once)",
            f"next idea to rate (counts): {timings.pick_seconds * 1000:8.1f} ms (median)",
        ]
    )


def main(argv: list[str] | None = None) -> Timings:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument("--ratings", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, help="folder for the SQLite file (default: a temp one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.dir or Path(temporary)
        timings = asyncio.run(run(args.ideas, args.ratings, args.runs, folder))
    print(report(timings))
    return timings


if __name__ == "__main__":
    main()
