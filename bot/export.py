"""`dialog-bot export --out DIR`: every idea with its ratings summary, as ideas.csv and ideas.xlsx.

One row per idea, of every status. No participant identifiers: not the author, not who rated.
`outcome`, `outcome_note` (as its author wrote it) and `outcome_at` say what became of it.
`source_text` is a bank idea's wording in the workshops' report, read from the bank file (the
database keeps only what people read); ideas people proposed have none.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.digest.worker import in_worker
from bot.settings import Settings
from bot.spreadsheet import MEDIA_TYPE_CSV, MEDIA_TYPE_XLSX, Row, csv_bytes, workbook_bytes
from dialogs.i18n import LOCALES
from dialogs.ideas.bank import load_bank
from storage import ideas as repo
from storage import migrate, outcomes
from storage.db import create_engine, create_read_only_sessionmaker, create_sessionmaker
from storage.models import Idea

COLUMNS = (
    "idea_id",
    "area",
    "status",
    "source",
    "language",
    "text",
    "ratings",
    "effectiveness_mean",
    "effectiveness_sd",
    "ease_mean",
    "ease_sd",
    "quadrant",
    "dimensions",
    "merged_into",
    "reject_reason",
    "outcome",
    "outcome_note",
    "outcome_at",
    *(f"text_{locale}" for locale in LOCALES),
    "source_text",
)
DECIMALS = 3


async def idea_rows(
    session: AsyncSession,
    *,
    midpoint: float = 3.0,
    min_ratings: int = 5,
    source_texts: Mapping[str, str] | None = None,
) -> list[Row]:
    """The export's rows, header first. `idea_id` is the idea's stable code.

    `source_texts` maps a bank idea's code to its wording in the report; by default the bank's.
    """
    if source_texts is None:
        source_texts = {seed.id: seed.source_text for seed in load_bank()}
    scores = {
        score.idea_id: score
        for score in await repo.scores_of_all_ideas(
            session, midpoint=midpoint, min_ratings=min_ratings
        )
    }
    ideas = list((await session.scalars(select(Idea).order_by(Idea.id))).all())
    codes = {idea.id: idea.code for idea in ideas}
    texts = await repo.texts_of(session, codes)
    told = await outcomes.outcomes_by_idea(session)
    rows: list[Row] = [COLUMNS]
    for idea in ideas:
        score, own = scores[idea.id], texts.get(idea.id, {})
        rows.append(
            (
                idea.code,
                idea.area,
                idea.status,
                idea.source,
                idea.language,
                own.get(idea.language, ""),
                score.ratings,
                _rounded(score.effectiveness_mean),
                _rounded(score.effectiveness_sd),
                _rounded(score.ease_mean),
                _rounded(score.ease_sd),
                score.quadrant or "",
                " ".join(idea.dimensions),
                codes.get(idea.merged_into_id or 0, ""),
                idea.reject_reason or "",
                idea.outcome or "",
                told[idea.id].note if idea.id in told else "",
                idea.outcome_at.isoformat() if idea.outcome_at else "",
                *(own.get(locale, "") for locale in LOCALES),
                source_texts.get(idea.code, ""),
            )
        )
    return rows


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


async def export_ideas(
    sessionmaker: async_sessionmaker[AsyncSession],
    out: Path,
    *,
    midpoint: float = 3.0,
    min_ratings: int = 5,
) -> list[Path]:
    async with sessionmaker() as session:
        rows = await idea_rows(session, midpoint=midpoint, min_ratings=min_ratings)
    return await asyncio.to_thread(write_files, rows, out)


# The dashboard's downloads: the same files, made in the reports' worker process (see
# bot.digest.worker) from a read-only session, so that pages go on answering meanwhile.
FORMATS = {"csv": ("ideas.csv", MEDIA_TYPE_CSV), "xlsx": ("ideas.xlsx", MEDIA_TYPE_XLSX)}


async def export_file(database_url: str, kind: str, *, midpoint: float, min_ratings: int) -> bytes:
    """ideas.csv or ideas.xlsx (`kind` "csv" or "xlsx"), as `dialog-bot export` writes it."""
    return await in_worker(_export_file, database_url, kind, midpoint, min_ratings)


def _export_file(database_url: str, kind: str, midpoint: float, min_ratings: int) -> bytes:
    rows = asyncio.run(_rows_from(database_url, midpoint, min_ratings))
    return csv_bytes(rows) if kind == "csv" else workbook_bytes({"ideas": rows})


async def _rows_from(database_url: str, midpoint: float, min_ratings: int) -> list[Row]:
    engine = create_engine(database_url)
    try:
        async with create_read_only_sessionmaker(engine)() as session:
            return await idea_rows(session, midpoint=midpoint, min_ratings=min_ratings)
    finally:
        await engine.dispose()


def write_files(rows: list[Row], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = out / "ideas.csv", out / "ideas.xlsx"
    csv_path.write_bytes(csv_bytes(rows))
    xlsx_path.write_bytes(workbook_bytes({"ideas": rows}))
    return [csv_path, xlsx_path]


async def run_export(settings: Settings, out: Path) -> list[Path]:
    engine = create_engine(settings.resolved_database_url())
    try:
        await migrate.upgrade(engine)
        return await export_ideas(
            create_sessionmaker(engine),
            out,
            midpoint=settings.matrix_midpoint,
            min_ratings=settings.matrix_min_ratings,
        )
    finally:
        await engine.dispose()
