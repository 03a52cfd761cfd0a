"""Ideas for tests: the real bank seeded, or a few hand-made ones, and what the database holds."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from dialogs.ideas.bank import seed_ideas
from storage.db import create_sessionmaker
from storage.ideas import rate
from storage.models import Idea, IdeaText, Participant, Rating

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def seed_bank(engine: AsyncEngine) -> None:
    async with create_sessionmaker(engine)() as session, session.begin():
        await seed_ideas(session, NOW)


async def add_idea(
    session: AsyncSession,
    code: str,
    *,
    area: str = "city_policy",
    status: str = "approved",
    texts: dict[str, str] | None = None,
    language: str = "pl",
    author_id: int | None = None,
    source: str = "workshops-2023",
) -> Idea:
    idea = Idea(
        code=code,
        area=area,
        dimensions=[],
        source=source,
        language=language,
        status=status,
        author_id=author_id,
        created_at=NOW,
    )
    session.add(idea)
    await session.flush()
    for locale, text in (texts or {language: f"Idea {code}"}).items():
        session.add(IdeaText(idea_id=idea.id, locale=locale, text=text))
    await session.flush()
    return idea


async def add_ideas(engine: AsyncEngine, *codes: str, **fields: object) -> dict[str, int]:
    """Approved ideas with a text in all four languages, by code."""
    async with create_sessionmaker(engine)() as session, session.begin():
        ids = {}
        for code in codes:
            texts = {locale: f"{code} [{locale}]" for locale in ("pl", "uk", "en", "ru")}
            idea = await add_idea(session, code, texts=texts, **fields)  # type: ignore[arg-type]
            ids[code] = idea.id
    return ids


async def add_participant(session: AsyncSession, key: str) -> Participant:
    digest = hashlib.sha256(key.encode()).hexdigest()
    participant = Participant(key=digest, consent="given", created_at=NOW)
    session.add(participant)
    await session.flush()
    return participant


async def add_rating(
    session: AsyncSession,
    idea_id: int,
    participant_id: int,
    effectiveness: int,
    ease: int,
    at: datetime = NOW,
) -> None:
    """A rating given through storage, as the bot gives it (the idea's sums included)."""
    await rate(
        session,
        idea_id=idea_id,
        participant_id=participant_id,
        effectiveness=effectiveness,
        ease=ease,
        now=at,
    )


async def stored_ratings(engine: AsyncEngine) -> list[tuple[str, int, int]]:
    """(idea code, effectiveness, ease) for every rating stored."""
    async with engine.connect() as connection:
        rows = await connection.execute(
            select(Idea.code, Rating.effectiveness, Rating.ease)
            .join(Idea, Idea.id == Rating.idea_id)
            .order_by(Idea.code)
        )
        return [(code, effectiveness, ease) for code, effectiveness, ease in rows]


async def stored_ideas(engine: AsyncEngine) -> list[Idea]:
    async with create_sessionmaker(engine)() as session:
        return list((await session.scalars(select(Idea).order_by(Idea.id))).all())
