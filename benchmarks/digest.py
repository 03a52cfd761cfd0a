"""A digest at scale: 100,000 participants and 1,000,000 ratings on SQLite.

    .venv/bin/python benchmarks/digest.py [--participants 100000 --ratings 1000000 --runs 3]

Fills an SQLite file (the real schema, through the migrations), then times, as the median of
several runs in the same process:
- the bare queries: every storage query a digest runs, called one after the other;
- the digest: gathering its figures (those queries plus disclosure control) and making the text,
  the matrix PNG and the workbook for one organiser.
It prints both, and the digest's time as a ratio to the bare queries. Then the needs page's
survey figures for a few groups of participants (the digest's figures narrowed by campaign,
district, language and experience of migration), each as a ratio to the same figures for
everyone: narrowing must not make the page slow.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.data import BREAKDOWNS, DigestConfig, Period, group_survey
from bot.digest.maker import DigestMaker
from bot.digest.schedule import DigestSchedule
from dialogs.i18n import Translator
from storage import ideas, migrate, participation, reviews, survey
from storage.db import create_engine, create_sessionmaker
from storage.participation import EVERYONE, Group

UNTIL = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
SINCE = UNTIL - timedelta(days=7)
LOCALES = (("uk", 60), ("ru", 20), ("pl", 12), ("en", 8))
DIMENSIONS = {
    "welfare": ("housing", "health_care", "benefits", "school_childcare", "psychological_help"),
    "economic": ("job_matching_skills", "diploma_recognition", "labour_rights", "cv_career_help"),
    "legal": ("residence_work_permits", "official_letters", "free_legal_aid", "knowing_rights"),
    "cultural": ("learning_polish", "culture_own_language", "customs_holidays"),
    "social": ("meeting_neighbours", "language_tandems", "places_to_meet", "discrimination"),
}
# Groups the needs page narrows to: one attribute, and two at once.
GROUPS = {
    "district wola": Group(district="wola"),
    "campaign camp03": Group(campaign="camp03"),
    "no campaign": Group(campaign=""),
    "language en, migration no": Group(language="en", migration="no"),
}
AREAS = ("public_institutions", "daily_life", "culture_exchange", "participation", "city_policy")


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores UTC times in SQLite


def fill(path: Path, participants: int, ratings: int, ideas_count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    weeks = 10

    def when() -> str:
        return stamp(UNTIL - timedelta(seconds=rng.randrange(weeks * 7 * 24 * 3600)))

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        with connection:
            connection.executemany(
                "INSERT INTO campaigns (id, code, name, created_at) VALUES (?, ?, ?, ?)",
                ((c, f"camp{c:02d}", f"Workshop {c}", stamp(UNTIL)) for c in range(1, 21)),
            )
            languages = [code for code, weight in LOCALES for _ in range(weight)]
            connection.executemany(
                "INSERT INTO participants (id, key, locale, consent, migration_experience,"
                " district, campaign_id, created_at) VALUES (?, ?, ?, 'given', ?, ?, ?, ?)",
                (
                    (
                        p,
                        f"{p:064d}",
                        rng.choice(languages),
                        rng.choice(("yes", "yes", "no", "undisclosed")),
                        rng.choice(("wola", "mokotow", "praga_poludnie", "bemowo", "ursus")),
                        rng.choice((None, None, None, rng.randint(1, 20))),
                        when(),
                    )
                    for p in range(1, participants + 1)
                ),
            )
            connection.executemany(
                "INSERT INTO ideas (id, code, area, dimensions, source, language, status,"
                " created_at, reviewed_at) VALUES (?, ?, ?, '[]', 'benchmark', 'pl',"
                " ?, ?, ?)",
                (
                    (i, f"bench.{i}", rng.choice(AREAS), "approved", when(), when())
                    for i in range(1, ideas_count + 1)
                ),
            )
            connection.executemany(
                "INSERT INTO idea_texts (idea_id, locale, text) VALUES (?, 'en', ?)",
                ((i, f"Benchmark idea number {i}") for i in range(1, ideas_count + 1)),
            )
            lean = {i: (rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5)) for i in range(ideas_count)}

            def score(bias: float) -> int:
                return min(5, max(1, round(rng.gauss(3 + bias, 1.1))))

            connection.executemany(
                "INSERT INTO ratings (idea_id, participant_id, effectiveness, ease, rated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    (
                        k % ideas_count + 1,
                        k // ideas_count + 1,
                        score(lean[k % ideas_count][0]),
                        score(lean[k % ideas_count][1]),
                        when(),
                    )
                    for k in range(ratings)
                ),
            )
            respondents = participants * 3 // 10
            connection.executemany(
                "INSERT INTO survey_responses (id, participant_id, survey_version, started_at,"
                " completed_at) VALUES (?, ?, 1, ?, ?)",
                ((r, r, stamp(UNTIL), when()) for r in range(1, respondents + 1)),
            )

            def answers() -> object:
                for r in range(1, respondents + 1):
                    moment = when()
                    for dimension, needs in DIMENSIONS.items():
                        yield (
                            r,
                            r,
                            f"{dimension}.difficulty",
                            dimension,
                            None,
                            rng.randint(1, 5),
                            moment,
                        )
                        for need in rng.sample(needs, 2):
                            yield (r, r, f"{dimension}.needs", dimension, need, None, moment)

            connection.executemany(
                "INSERT INTO survey_answers (response_id, participant_id, survey_version,"
                " question_id, dimension, option_id, value, skipped, answered_at)"
                " VALUES (?, ?, 1, ?, ?, ?, ?, 0, ?)",
                answers(),  # type: ignore[arg-type]
            )
        connection.execute("ANALYZE")
    finally:
        connection.close()


async def bare_queries(session: AsyncSession, period: Period, config: DigestConfig) -> None:
    """Exactly the storage calls `bot.digest.data.gather` makes, and nothing else."""
    await participation.campaigns(session)
    for attribute in BREAKDOWNS:
        await participation.by_attribute(session, attribute, until=period.until)
    await participation.participants(session, until=period.until)
    await participation.new_participants(session, period.since, period.until)
    await survey.survey_counts(session, until=period.until, earlier=period.since)
    await survey.completions(session, since=period.since, until=period.until)
    await survey.completions(session, until=period.until)
    await reviews.count_waiting(session)
    await participation.ideas_in_period(session, period.since, period.until)
    await ideas.ideas_by_status(session)
    for until in (period.until, period.since):
        scores = await ideas.matrix(
            session, midpoint=config.midpoint, min_ratings=config.min_ratings, until=until
        )
    await ideas.texts_of(session, [score.idea_id for score in scores])
    await participation.ratings(session, until=period.until)
    await participation.ratings(session, until=period.since)


async def medians(runs: int, *actions: Callable[[], Awaitable[object]]) -> list[float]:
    """Each action once per round, rounds repeated: drift in the machine hits all alike."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, taken in zip(actions, times, strict=True):
            started = time.perf_counter()
            await action()
            taken.append(time.perf_counter() - started)
    return [statistics.median(taken) for taken in times]


async def main(participants: int, ratings: int, ideas_count: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        await migrate.upgrade(engine)
        started = time.perf_counter()
        fill(path, participants, ratings, ideas_count)
        filled = time.perf_counter() - started
        sessionmaker = create_sessionmaker(engine)
        config = DigestConfig()
        maker = DigestMaker(Translator(), config, DigestSchedule("0 9 * * 1", "Europe/Warsaw"))
        period = Period(SINCE, UNTIL)

        async def queries() -> None:
            async with sessionmaker() as session:
                await bare_queries(session, period, config)

        async def digest() -> None:
            async with sessionmaker() as session:
                data = await maker.gather(session, period)
            maker.render(data, "en")

        async def gather_only() -> None:
            async with sessionmaker() as session:
                await maker.gather(session, period)

        def figures(group: Group) -> Callable[[], Awaitable[object]]:
            async def needs() -> None:
                async with sessionmaker() as session:
                    await group_survey(session, group, config, until=period.until)

            return needs

        await digest()  # warm up: imports, font cache, SQLite page cache
        bare, gathered, whole = await medians(runs, queries, gather_only, digest)
        everyone, *narrowed = await medians(
            runs, figures(EVERYONE), *(figures(group) for group in GROUPS.values())
        )
        await engine.dispose()
    print(f"data: {participants:,} participants, {ratings:,} ratings, {ideas_count} ideas,")
    print(f"      {participants * 3 // 10:,} completed surveys (filled in {filled:.1f} s)")
    print(f"bare queries:            {bare:7.3f} s (median of {runs})")
    print(f"digest figures (gather): {gathered:7.3f} s  = {gathered / bare:.2f} × bare queries")
    print(f"whole digest (+ text, PNG, xlsx): {whole:7.3f} s  = {whole / bare:.2f} × bare queries")
    print(f"needs page, everyone:    {everyone:7.3f} s")
    for name, taken in zip(GROUPS, narrowed, strict=True):
        print(f"needs page, {name + ':':28s} {taken:7.3f} s  = {taken / everyone:.2f} × everyone")


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--participants", type=int, default=100_000)
    arguments.add_argument("--ratings", type=int, default=1_000_000)
    arguments.add_argument("--ideas", type=int, default=300)
    arguments.add_argument("--runs", type=int, default=3)
    options = arguments.parse_args()
    asyncio.run(main(options.participants, options.ratings, options.ideas, options.runs))
