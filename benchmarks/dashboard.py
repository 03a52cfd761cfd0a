"""The dashboard's pages at scale: each page's whole request against the bare queries it runs.

    .venv/bin/python -m benchmarks.dashboard [--sizes 10000:100000 100000:1000000 --runs 5]

For each size (participants:ratings) it fills an SQLite file as benchmarks/digest.py does (the
real schema, through the migrations), serves the dashboard on a real aiohttp server, signs an
organiser in, and times, as the median of alternating rounds in the same process:
- each page's whole request (HTTP, session check, queries, disclosure, SVG, template);
- the bare queries the same page runs: every storage call, one after the other, nothing else;
- the digest's figures (bot.digest.data.gather), which no page may be slower than.
It prints per size a table of both times, their ratio (goal ≤ 1.3×) and each page against the
digest's figures, then how each page's time grew from one size to the next.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from benchmarks.digest import bare_queries, fill, medians
from bot.app import open_app
from bot.settings import Settings
from bot.web.context import Dashboard
from bot.web.pages.moderation import LIST_LIMIT
from bot.web.server import build_app
from bot.web.visitors import COOKIE
from storage import dashboard as doors
from storage import ideas, migrate, organisers, outcomes, participation, reviews, survey
from storage.db import create_engine
from storage.models import Idea, Organiser
from storage.participation import EVERYONE, Group

CAMPAIGN = "camp03"  # one of twenty campaigns, through which one in eighty people came
IDEAS = 300
IDEA = 7  # an approved idea with ratings, for its own page
GOAL_RATIO = 1.3
FIXED = "downloads (fixed cost)"

Bare = Callable[[AsyncSession], Awaitable[object]]


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    bare: Bare  # the storage calls the page makes, its session check included


def pages(dashboard: Dashboard, secret: str) -> list[Page]:
    config = dashboard.dialogs.config
    settings = {"midpoint": config.matrix_midpoint, "min_ratings": config.matrix_min_ratings}
    maker = dashboard.maker

    async def session_check(session: AsyncSession) -> None:
        await doors.signed_in(session, secret, dashboard.now)

    async def overview(session: AsyncSession) -> None:
        await session_check(session)
        period = maker.schedule.period_until_now(dashboard.now)
        await bare_queries(session, period, maker.config)

    def needs(group: Group) -> Bare:
        async def bare(session: AsyncSession) -> None:
            await session_check(session)
            await participation.campaigns(session)
            for attribute in group.chosen() or ("language",):
                await survey.respondents_by(session, attribute, group=group.without(attribute))
            await survey.survey_counts(session, group=group)

        return bare

    def matrix(campaign: str | None) -> Bare:
        async def bare(session: AsyncSession) -> None:
            await session_check(session)
            await participation.campaigns(session)
            await participation.by_attribute(session, "campaign")
            raters = participation.members(Group(campaign=campaign)) if campaign else None
            scores = await ideas.matrix(session, **settings, raters=raters)
            found = await ideas.ideas_by_id(session, [score.idea_id for score in scores])
            await ideas.texts_of(session, list(found))

        return bare

    async def ideas_page(session: AsyncSession) -> None:
        await session_check(session)
        scores = await ideas.scores_of_all_ideas(session, **settings)
        await ideas.facts_of_ideas(session)
        await ideas.texts_of(session, [score.idea_id for score in scores[:50]])

    async def campaigns_page(session: AsyncSession) -> None:
        await session_check(session)
        await participation.campaigns(session)
        await participation.by_attribute(session, "campaign")

    async def idea_page(session: AsyncSession) -> None:
        await session_check(session)
        idea = await session.get(Idea, IDEA)
        assert idea is not None
        await ideas.score_of(session, IDEA, **settings)
        await ideas.texts_of(session, [IDEA])
        await organisers.idea_history(session, idea.code)
        await outcomes.outcomes_of(session, [idea])

    async def moderation(session: AsyncSession) -> None:
        await session_check(session)
        waiting = await ideas.waiting_ideas(session, limit=LIST_LIMIT)
        await ideas.texts_of(session, [idea.id for idea in waiting])
        await ideas.ideas_by_status(session)
        await reviews.waiting(session, limit=LIST_LIMIT)
        await reviews.count_waiting(session)

    return [
        Page("overview", "/", overview),
        Page("needs", "/needs", needs(EVERYONE)),
        Page(f"needs ({CAMPAIGN})", f"/needs?campaign={CAMPAIGN}", needs(Group(campaign=CAMPAIGN))),
        Page("matrix", "/matrix", matrix(None)),
        Page(f"matrix ({CAMPAIGN})", f"/matrix?campaign={CAMPAIGN}", matrix(CAMPAIGN)),
        Page("ideas", "/ideas", ideas_page),
        Page("campaigns", "/campaigns", campaigns_page),
        Page("an idea", f"/ideas/{IDEA}", idea_page),
        Page("moderation", "/moderation", moderation),
        # No query but the session's: what any signed-in page costs (HTTP, session, template).
        Page(FIXED, "/downloads", session_check),
    ]


async def signed_in_secret(dashboard: Dashboard) -> str:
    """An organiser with an open session, made as the sign-in link makes one."""
    now = dashboard.now
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        organiser = Organiser(
            participant_key="b" * 64,
            channel="terminal",
            address="benchmark",
            name="Benchmark",
            locale="en",
            created_at=now,
        )
        session.add(organiser)
        await session.flush()
        token = await doors.create_signin(session, organiser, now)
        opened = await doors.sign_in(session, token, now, dashboard.session_lasts)
    assert opened is not None
    return opened.secret


@dataclass(frozen=True)
class Timed:
    page: str
    request: float
    bare: float
    digest: float  # the digest's figures, timed in the same rounds


async def measure(participants: int, ratings: int, runs: int) -> list[Timed]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        url = f"sqlite+aiosqlite:///{path}"
        engine = create_engine(url)
        await migrate.upgrade(engine)
        await engine.dispose()
        fill(path, participants, ratings, IDEAS)
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, database_url=url, data_dir=Path(folder)
        )
        app = await open_app(settings, run_migrations=False)
        dashboard = Dashboard(app.dialogs, app.engine, settings)
        secret = await signed_in_secret(dashboard)
        runner = web.AppRunner(build_app(dashboard), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        base = f"http://{host}:{port}"
        reader = dashboard.reader
        async with aiohttp.ClientSession(cookies={COOKIE: secret}) as http:

            def request(path: str) -> Callable[[], Awaitable[object]]:
                async def get() -> None:
                    async with http.get(base + path, allow_redirects=False) as response:
                        assert response.status == 200, (path, response.status)
                        await response.read()

                return get

            def bare(queries: Bare) -> Callable[[], Awaitable[object]]:
                async def run() -> None:
                    async with reader() as session:
                        await queries(session)

                return run

            async def digest_figures() -> None:
                period = dashboard.maker.schedule.period_until_now(dashboard.now)
                async with reader() as session:
                    await dashboard.maker.gather(session, period)

            timed = []
            for page in pages(dashboard, secret):
                await request(page.path)()  # warm up: templates, imports, SQLite's page cache
                # The digest's figures in the same rounds as each page: the machine drifts.
                whole, queries, digest = await medians(
                    runs, request(page.path), bare(page.bare), digest_figures
                )
                timed.append(Timed(page.name, whole, queries, digest))
        await runner.cleanup()
        await app.close()
    return timed


async def main(sizes: list[tuple[int, int]], runs: int) -> None:
    results = []
    for participants, ratings in sizes:
        started = time.perf_counter()
        timed = await measure(participants, ratings, runs)
        results.append(timed)
        print(
            f"\n{participants:,} participants, {ratings:,} ratings, {IDEAS} ideas"
            f" (measured in {time.perf_counter() - started:.0f} s; medians of {runs})"
        )
        fixed = next(row.request - row.bare for row in timed if row.page == FIXED)
        print(
            f"{'page':22s} {'request':>9s} {'bare':>9s} {'ratio':>7s} {'beyond fixed':>13s}"
            f" {'digest':>9s} {'÷ digest':>9s}"
        )
        for row in timed:
            print(
                f"{row.page:22s} {row.request:8.3f}s {row.bare:8.3f}s {row.request / row.bare:6.2f}×"
                f" {(row.request - fixed) / row.bare:12.2f}× {row.digest:8.3f}s"
                f" {row.request / row.digest:8.2f}×"
            )
        print(
            f"fixed cost of any signed-in page beyond its session check: {fixed * 1000:.1f} ms;"
            " 'beyond fixed' is a page's request less that, against its queries"
        )
        timed = [row for row in timed if row.page != FIXED]
        over = [row.page for row in timed if row.request / row.bare > GOAL_RATIO]
        slower = [row.page for row in timed if row.request > row.digest]
        print(f"over {GOAL_RATIO}× the bare queries: {', '.join(over) or 'none'}")
        print(f"slower than the digest's figures: {', '.join(slower) or 'none'}")
    for (small, _), (large, _), before, after in zip(
        sizes, sizes[1:], results, results[1:], strict=False
    ):
        print(f"\ngrowth from {small:,} to {large:,} participants ({large / small:.0f}× the data)")
        for one, other in zip(before, after, strict=True):
            if one.page == FIXED:
                continue
            print(f"{one.page:22s} {other.request / one.request:6.1f}×")


def size(text: str) -> tuple[int, int]:
    participants, _, ratings = text.partition(":")
    return int(participants), int(ratings)


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument(
        "--sizes", type=size, nargs="+", default=[size("10000:100000"), size("100000:1000000")]
    )
    arguments.add_argument("--runs", type=int, default=5)
    options = arguments.parse_args()
    asyncio.run(main(options.sizes, options.runs))
