"""The matrix and the next idea to rate on SQLite, at 100,000, 1,000,000 and 5,000,000 ratings.

    .venv/bin/python -m benchmarks.matrix [--ideas 1000 --sizes 100000 1000000 5000000 --runs 21]

One SQLite file (the real schema, through the migrations) grows through the sizes: ratings are
added in bulk, then each idea's sums are filled from them as the migration does. At each size it
times, as the median of several runs:
- `storage.ideas.matrix()`: every approved idea with means, SDs and quadrant, from the sums;
- the next idea to rate for a newcomer (every idea unrated): `storage.ideas.unrated_ideas()`
  and the choice among the least rated, as the rating dialog makes it;
- the in-memory baseline of each: the same results from sums and counts already in a dict;
- the old way, for comparison: the same numbers counted from every rating (one GROUP BY);
- a workshop wall's count of how many of its 50 people rated its idea
  (`storage.workshops.room_ratings`, read at every rating in the room), and the same count
  made the old way, walking every rating of the idea;
- the closed room's count of its 50 people's ratings of its 40 ideas (the same function, for the
  room's summary), and the same made the old way: a join of the ratings and the members (which
  SQLite happened to drive from the members as well: it never grew with the ratings).
Each figure is printed with its ratio to the first size and to its in-memory baseline. The sums
must equal the recount from the ratings; the script stops if they do not.
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

from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from storage import ideas as repo
from storage import migrate, workshops
from storage.db import create_engine, create_read_only_sessionmaker
from storage.models import Idea, Rating, WorkshopIdea, WorkshopMember

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SIZES = (100_000, 1_000_000, 5_000_000)
ROOM = 50  # people in the workshop whose wall counts its idea's ratings
ROOM_IDEAS = 40  # the ideas the workshop rated, counted in its summary when it closes
Result = TypeVar("Result")
Sums = dict[int, tuple[int, int, int, int, int]]


@dataclass(frozen=True)
class Timings:
    ideas: int
    ratings: int
    fill_seconds: float
    matrix_seconds: float
    matrix_memory_seconds: float
    pick_seconds: float
    pick_memory_seconds: float
    recount_seconds: float  # the matrix counted from every rating (before the sums)
    old_pick_seconds: float  # the next idea with every idea's ratings counted (before the sums)
    wall_seconds: float  # a room's count of its members' ratings of its idea
    old_wall_seconds: float  # the same, walking the idea's every rating (before)
    summary_seconds: float  # the closed room's count of its members' ratings of its ideas
    old_summary_seconds: float  # the same, walking those ideas' every rating (before)


def fill(path: Path, ideas: int, start: int, stop: int, seed: int = 1) -> None:
    """Ratings number `start` to `stop` in bulk through sqlite3, then the sums from scratch.

    Rating k is participant k // ideas rating idea k % ideas, so each size holds the smaller ones.
    The secondary indexes are dropped and built again: sorting once beats inserting 5,000,000
    times into the middle of four B-trees.
    """
    rng = random.Random(seed + start)
    participants = math.ceil(stop / ideas)
    stamp = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores UTC times in SQLite
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("PRAGMA cache_size=-200000")  # 200 MB while building
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ratings'"
            " AND sql IS NOT NULL"
        ).fetchall()
        with connection:
            known = connection.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
            connection.executemany(
                "INSERT INTO participants (id, key, created_at) VALUES (?, ?, ?)",
                ((p, f"{p:064d}", stamp) for p in range(known + 1, participants + 1)),
            )
            if start == 0:
                connection.executemany(
                    "INSERT INTO ideas (id, code, area, dimensions, source, language, status,"
                    " created_at) VALUES (?, ?, 'city_policy', '[]', 'benchmark', 'pl',"
                    " 'approved', ?)",
                    ((i, f"bench.{i}", stamp) for i in range(1, ideas + 1)),
                )
                connection.execute(
                    "INSERT INTO campaigns (id, code, name, created_at) VALUES (1, 'room', 'room', ?)",
                    (stamp,),
                )
                connection.execute(
                    "INSERT INTO workshops (id, campaign_id, pace, current_idea_id, revision,"
                    " opened_at) VALUES (1, 1, 'together', 1, 0, ?)",
                    (stamp,),
                )
                connection.executemany(
                    "INSERT INTO workshop_members (workshop_id, participant_id, joined_at)"
                    " VALUES (1, ?, ?)",
                    ((p, stamp) for p in range(1, ROOM + 1)),
                )
                connection.executemany(
                    "INSERT INTO workshop_ideas (workshop_id, idea_id, position, added_at)"
                    " VALUES (1, ?, ?, ?)",
                    ((i, i, stamp) for i in range(1, min(ROOM_IDEAS, ideas) + 1)),
                )
            for name, _sql in indexes:
                connection.execute(f"DROP INDEX {name}")
            # Each idea leans somewhere, so that every quadrant gets ideas.
            lean_rng = random.Random(seed)
            lean = [
                (lean_rng.uniform(-1.5, 1.5), lean_rng.uniform(-1.5, 1.5)) for _ in range(ideas)
            ]

            def score(bias: float) -> int:
                return min(5, max(1, round(rng.gauss(3 + bias, 1.1))))

            rows = (
                (
                    k % ideas + 1,
                    k // ideas + 1,
                    score(lean[k % ideas][0]),
                    score(lean[k % ideas][1]),
                )
                for k in range(start, stop)
            )
            connection.executemany(
                "INSERT INTO ratings (idea_id, participant_id, effectiveness, ease, rated_at)"
                f" VALUES (?, ?, ?, ?, '{stamp}')",
                rows,
            )
            for _name, sql in indexes:
                connection.execute(sql)
            connection.execute("DELETE FROM idea_scores")
            fill_sums = repo.sums_from_ratings().compile(dialect=sqlite.dialect())
            connection.execute(str(fill_sums))
        # No ANALYZE: the bot never runs it, so the query plans measured here are the bot's.
    finally:
        connection.close()


async def median_time(action: Callable[[], Awaitable[Result]], runs: int) -> tuple[float, Result]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = await action()
        times.append(time.perf_counter() - started)
    assert result is not None
    return statistics.median(times), result


def scores_from(sums: Sums, midpoint: float = 3.0, min_ratings: int = 5) -> list[repo.IdeaScore]:
    """The in-memory baseline: the matrix's numbers from sums already held in a dict."""
    found = []
    for idea_id, (n, e_sum, e_squares, s_sum, s_squares) in sums.items():
        e_mean, s_mean = (e_sum / n, s_sum / n) if n else (None, None)
        found.append(
            repo.IdeaScore(
                idea_id=idea_id,
                code=f"bench.{idea_id}",
                area="city_policy",
                ratings=n,
                effectiveness_mean=e_mean,
                effectiveness_sd=_sd(n, e_sum, e_squares),
                ease_mean=s_mean,
                ease_sd=_sd(n, s_sum, s_squares),
                quadrant=(
                    repo.quadrant(e_mean, s_mean, midpoint)
                    if n >= min_ratings and e_mean is not None and s_mean is not None
                    else None
                ),
            )
        )
    return found


def _sd(n: int, total: int, squares: int) -> float | None:
    return math.sqrt((n * squares - total * total) / (n * (n - 1))) if n > 1 else None


def least_rated(counts: dict[int, int], rng: random.Random) -> int:
    """The rating dialog's choice: the fewest ratings, random among equals."""
    fewest = min(counts.values())
    return rng.choice(sorted(i for i, n in counts.items() if n == fewest))


async def measure(ideas: int, ratings: int, runs: int, path: Path, filled: float) -> Timings:
    """Each call inside one open session, as a handler makes it within its update's transaction:
    opening a transaction is the per-update cost, not this one's."""
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    rng = random.Random(7)
    try:
        async with create_read_only_sessionmaker(engine)() as session:

            async def from_sums() -> list[repo.IdeaScore]:
                return await repo.matrix(session)

            async def next_idea() -> int:
                # A newcomer: every idea is unrated, so every count is needed.
                return least_rated(await repo.unrated_ideas(session, participant_id=0), rng)

            async def recount() -> Sums:
                rows = await session.execute(repo._sums_of_ratings())
                return {row[0]: tuple(int(value) for value in row[1:]) for row in rows}  # type: ignore[misc]

            async def old_next_idea() -> int:
                count = (
                    select(func.count())
                    .where(Rating.idea_id == Idea.id)
                    .correlate(Idea)
                    .scalar_subquery()
                )
                rows = await session.execute(
                    select(Idea.id, count).where(Idea.status == "approved")
                )
                return least_rated({i: int(n) for i, n in rows}, rng)

            async def wall() -> int:
                return await workshops.room_ratings(session, 1, 1)

            async def old_wall() -> int:
                members = (WorkshopMember.participant_id == Rating.participant_id) & (
                    WorkshopMember.workshop_id == 1
                )
                every = select(func.count()).select_from(Rating).join(WorkshopMember, members)
                return int(await session.scalar(every.where(Rating.idea_id == 1)) or 0)

            async def summary() -> int:
                return await workshops.room_ratings(session, 1)

            async def old_summary() -> int:
                members = (WorkshopMember.participant_id == Rating.participant_id) & (
                    WorkshopMember.workshop_id == 1
                )
                room_ideas = select(WorkshopIdea.idea_id).where(WorkshopIdea.workshop_id == 1)
                every = select(func.count()).select_from(Rating).join(WorkshopMember, members)
                return int(await session.scalar(every.where(Rating.idea_id.in_(room_ideas))) or 0)

            await from_sums()  # warm up: statement caches, SQLite's page cache
            await next_idea()
            matrix_seconds, scores = await median_time(from_sums, runs)
            pick_seconds, _ = await median_time(next_idea, runs)
            recount_seconds, sums = await median_time(recount, max(1, runs // 3))
            old_pick_seconds, _ = await median_time(old_next_idea, max(1, runs // 3))
            wall_seconds, counted = await median_time(wall, runs)
            old_wall_seconds, counted_before = await median_time(old_wall, runs)
            assert counted == counted_before == min(ROOM, ratings // ideas), (counted, ratings)
            summary_seconds, summed = await median_time(summary, runs)
            old_summary_seconds, summed_before = await median_time(old_summary, max(1, runs // 3))
            room_ideas = min(ROOM_IDEAS, ideas)
            assert summed == summed_before == min(ROOM, ratings // ideas) * room_ideas, (
                summed,
                summed_before,
            )
    finally:
        await engine.dispose()
    check(scores, scores_from(sums))

    async def in_memory() -> list[repo.IdeaScore]:
        return scores_from(sums)

    counts = {idea_id: numbers[0] for idea_id, numbers in sums.items()}

    async def pick_in_memory() -> int:
        return least_rated(dict(counts), rng)

    matrix_memory_seconds, _ = await median_time(in_memory, runs)
    pick_memory_seconds, _ = await median_time(pick_in_memory, runs)
    return Timings(
        ideas,
        ratings,
        filled,
        matrix_seconds,
        matrix_memory_seconds,
        pick_seconds,
        pick_memory_seconds,
        recount_seconds,
        old_pick_seconds,
        wall_seconds,
        old_wall_seconds,
        summary_seconds,
        old_summary_seconds,
    )


def check(scores: list[repo.IdeaScore], expected: list[repo.IdeaScore]) -> None:
    """The kept sums give exactly what counting every rating gives."""
    want = {score.idea_id: score for score in expected}
    for score in scores:
        if score.ratings == 0:
            assert score.idea_id not in want, score
            continue
        other = want[score.idea_id]
        assert (score.ratings, score.quadrant) == (other.ratings, other.quadrant), score
        for got, should in (
            (score.effectiveness_mean, other.effectiveness_mean),
            (score.ease_mean, other.ease_mean),
            (score.effectiveness_sd, other.effectiveness_sd),
            (score.ease_sd, other.ease_sd),
        ):
            assert got == should, (score, other)


async def run(ideas: int, sizes: list[int], runs: int, folder: Path) -> list[Timings]:
    path = folder / "matrix-benchmark.sqlite3"
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()
    found, held = [], 0
    for size in sorted(sizes):
        started = time.perf_counter()
        await asyncio.to_thread(fill, path, ideas, held, size)
        held = size
        found.append(await measure(ideas, size, runs, path, time.perf_counter() - started))
    return found


def report(found: list[Timings]) -> str:
    first = found[0]

    def line(label: str, seconds: float, base: float, memory: float | None) -> str:
        text = f"  {label:<31}{seconds * 1000:9.2f} ms   × {seconds / base:5.2f} of the first size"
        if memory is not None:
            text += f"   × {seconds / memory:7.1f} of in memory"
        return text

    lines = [f"ideas: {first.ideas:,} (SQLite, median of each)"]
    for t in found:
        lines += [
            f"ratings: {t.ratings:,}   (added in {t.fill_seconds:.1f} s)",
            line(
                "matrix() from the sums:",
                t.matrix_seconds,
                first.matrix_seconds,
                t.matrix_memory_seconds,
            ),
            line(
                "  in memory (from a dict):",
                t.matrix_memory_seconds,
                first.matrix_memory_seconds,
                None,
            ),
            line("next idea to rate:", t.pick_seconds, first.pick_seconds, t.pick_memory_seconds),
            line(
                "  in memory (from a dict):", t.pick_memory_seconds, first.pick_memory_seconds, None
            ),
            line("before: matrix counted anew:", t.recount_seconds, first.recount_seconds, None),
            line("before: next idea counted:", t.old_pick_seconds, first.old_pick_seconds, None),
            line(f"a wall's count ({ROOM} people):", t.wall_seconds, first.wall_seconds, None),
            line(
                "before: from the idea's ratings:", t.old_wall_seconds, first.old_wall_seconds, None
            ),
            line(
                f"a closed room's count ({ROOM_IDEAS} ideas):",
                t.summary_seconds,
                first.summary_seconds,
                None,
            ),
            line(
                "before: ratings joined to members:",
                t.old_summary_seconds,
                first.old_summary_seconds,
                None,
            ),
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> list[Timings]:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--dir", type=Path, help="folder for the SQLite file (default: a temp one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.dir or Path(temporary)
        found = asyncio.run(run(args.ideas, args.sizes, args.runs, folder))
    print(report(found))
    return found


if __name__ == "__main__":
    main()
