"""The idea bank: the workshops' ideas as a data file, validated, and seeded into storage.

Seeding runs at every start and is idempotent: an idea already stored is matched by its id,
so a re-run adds nothing twice, and a text edited in the file replaces the stored one.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dialogs.i18n import LOCALES
from dialogs.places import DataFileError
from storage.models import Idea, IdeaText

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "ideas.toml"

# The report's seven areas of the brainstorm, in its order; names in locales/*/areas.ftl.
AREAS = (
    "public_institutions",
    "daily_life",
    "culture_exchange",
    "participation",
    "grassroots",
    "attitudes",
    "city_policy",
)
# The report's five integration dimensions, as the survey names them (dimension-<id> messages).
DIMENSIONS = ("welfare", "economic", "legal", "cultural", "social")
# The report is Polish: the seeded ideas' original language.
ORIGINAL_LANGUAGE = "pl"

_ID = re.compile(r"(?P<area>[a-z_]+)\.\d+[a-z]?")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SeedIdea:
    id: str
    area: str
    dimensions: tuple[str, ...]
    source: str
    # The report's wording, verbatim; `texts` are what people read (plain, in every language).
    source_text: str
    texts: Mapping[str, str]


def load_bank(path: Path = DEFAULT_FILE) -> tuple[SeedIdea, ...]:
    """Read and check the file; any problem is an error naming the file and the idea."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(f"{path}: {error}") from error
    entries = raw.get("idea")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{path}: no [[idea]] entries")
    ideas = tuple(_parse(path, number, entry) for number, entry in enumerate(entries, 1))
    seen: set[str] = set()
    for idea in ideas:
        if idea.id in seen:
            raise DataFileError(f"{path}: idea {idea.id!r} is listed twice")
        seen.add(idea.id)
    return ideas


def _parse(path: Path, number: int, entry: Any) -> SeedIdea:
    where = f"{path}: idea #{number}"
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: not a table")
    idea_id = entry.get("id")
    if not isinstance(idea_id, str) or not (match := _ID.fullmatch(idea_id)):
        raise DataFileError(
            f"{where}: id {idea_id!r} is not like 'city_policy.4' or 'grassroots.2a'"
        )
    where = f"{path}: idea {idea_id!r}"
    area = entry.get("area")
    if area not in AREAS:
        raise DataFileError(f"{where}: unknown area {area!r}; one of {', '.join(AREAS)}")
    if match["area"] != area:
        raise DataFileError(f"{where}: the id must start with its area {area!r}")
    dimensions = entry.get("dimensions", [])
    if not isinstance(dimensions, list) or any(d not in DIMENSIONS for d in dimensions):
        raise DataFileError(f"{where}: dimensions must be a list of {', '.join(DIMENSIONS)}")
    if len(set(dimensions)) != len(dimensions):
        raise DataFileError(f"{where}: a dimension is listed twice")
    source = entry.get("source")
    if not isinstance(source, str) or not 0 < len(source) <= 32:
        raise DataFileError(f"{where}: source must be a short text, e.g. 'workshops-2023'")
    source_text = entry.get("source_text")
    if not isinstance(source_text, str) or not source_text.strip():
        raise DataFileError(f"{where}: no source_text (the idea's wording in the report)")
    texts = {}
    for locale in LOCALES:
        text = entry.get(locale)
        if not isinstance(text, str) or not text.strip():
            raise DataFileError(f"{where}: no text in {locale!r}")
        texts[locale] = text.strip()
    return SeedIdea(idea_id, area, tuple(dimensions), source, source_text.strip(), texts)


async def seed_ideas(
    session: AsyncSession, now: datetime, bank: tuple[SeedIdea, ...] | None = None
) -> tuple[int, int]:
    """Store the bank's ideas as approved; update what the file changed. (added, updated)."""
    bank = load_bank() if bank is None else bank
    # Read as plain rows, not objects: at every start the bank is compared and, most often,
    # nothing has changed, so nothing should be loaded into the session for it.
    stored = {
        row.code: row
        for row in await session.execute(
            select(Idea.id, Idea.code, Idea.area, Idea.dimensions, Idea.source).where(
                Idea.code.in_([s.id for s in bank])
            )
        )
    }
    texts = {
        (idea_id, locale): text
        for idea_id, locale, text in await session.execute(
            select(IdeaText.idea_id, IdeaText.locale, IdeaText.text).where(
                IdeaText.idea_id.in_([row.id for row in stored.values()])
            )
        )
    }
    added = updated = 0
    for seed in bank:
        row = stored.get(seed.id)
        if row is None:
            idea = Idea(
                code=seed.id,
                area=seed.area,
                dimensions=list(seed.dimensions),
                source=seed.source,
                language=ORIGINAL_LANGUAGE,
                status="approved",
                created_at=now,
                reviewed_at=now,
            )
            session.add(idea)
            await session.flush()
            session.add_all(
                IdeaText(idea_id=idea.id, locale=locale, text=text)
                for locale, text in seed.texts.items()
            )
            added += 1
            continue
        # The status is the organisers' to change; everything else follows the file.
        wanted = {"area": seed.area, "dimensions": list(seed.dimensions), "source": seed.source}
        changed = any(getattr(row, name) != value for name, value in wanted.items())
        if changed:
            await session.execute(update(Idea).where(Idea.id == row.id).values(**wanted))
        for locale, text in seed.texts.items():
            current = texts.get((row.id, locale))
            if current is None:
                session.add(IdeaText(idea_id=row.id, locale=locale, text=text))
                changed = True
            elif current != text:
                await session.execute(
                    update(IdeaText)
                    .where(IdeaText.idea_id == row.id, IdeaText.locale == locale)
                    .values(text=text)
                )
                changed = True
        updated += changed
    await session.flush()
    return added, updated


async def seed_bank(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime, path: Path = DEFAULT_FILE
) -> None:
    """Seed at start-up, in its own transaction."""
    bank = load_bank(path)
    for attempt in (1, 2):
        try:
            async with sessionmaker() as session, session.begin():
                added, updated = await seed_ideas(session, now, bank)
        except IntegrityError:
            # Another process starting at the same moment inserted them first; the retry sees them.
            if attempt == 2:
                raise
            continue
        log.info("idea bank: %d ideas, %d added, %d updated", len(bank), added, updated)
        return
