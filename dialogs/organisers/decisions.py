"""Moderation's decisions as plain operations, each written to the audit log.

The chat's moderation and review steps and the dashboard's moderation page call these same
functions: one rule, whichever door the organiser used. An operation the idea or the input does
not allow raises `IdeaError` (its `code` says why) and changes nothing; the caller's transaction
commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.i18n import LOCALES
from storage import ideas, reviews
from storage import organisers as repo
from storage.ideas import IdeaError
from storage.models import Idea, Organiser
from storage.reviews import TextToRead

# Where moderation acts: ideas waiting for a decision.
WAITING = "waiting"


async def idea_to_decide(session: AsyncSession, idea_id: int) -> Idea | None:
    """The idea as it is now, held for the caller's transaction: of two organisers deciding it
    at the same moment, the second waits for the first and then sees what they decided (on
    SQLite, whose writers take turns, it always did; PostgreSQL locks the row)."""
    return await session.get(Idea, idea_id, with_for_update=True, populate_existing=True)


async def waiting_idea(session: AsyncSession, idea_id: int) -> Idea | None:
    """The idea if it still waits; None once it was decided (by anyone) or is gone."""
    idea = await idea_to_decide(session, idea_id)
    return idea if idea is not None and idea.status == WAITING else None


async def approve(session: AsyncSession, organiser: Organiser, idea_id: int, now: datetime) -> Idea:
    idea = await ideas.approve(session, idea_id, now)
    repo.audit(session, organiser, "approve", now, idea.code)
    return idea


async def reject(
    session: AsyncSession, organiser: Organiser, idea_id: int, reason: str, now: datetime
) -> Idea:
    idea = await ideas.reject(session, idea_id, reason, now)
    repo.audit(session, organiser, f"reject:{reason}", now, idea.code)
    return idea


async def merge(
    session: AsyncSession, organiser: Organiser, idea_id: int, into_code: str, now: datetime
) -> tuple[Idea, Idea]:
    """Into the approved idea with this code, as typed or chosen; (merged idea, target)."""
    target = await repo.approved_idea_by_code(session, into_code)
    if target is None:
        raise IdeaError("unknown_target", "no approved idea has this code")
    idea = await ideas.merge(session, idea_id, target.id, now)
    repo.audit(session, organiser, f"merge:{target.code}", now, idea.code)
    return idea, target


async def edit(
    session: AsyncSession,
    organiser: Organiser,
    idea: Idea,
    text: str,
    now: datetime,
    max_length: int,
) -> None:
    """Typos in the idea's own words, in the language it was written in."""
    await ideas.edit_text(session, idea.id, idea.language, text[:max_length])
    repo.audit(session, organiser, "edit", now, idea.code)


def missing_languages(texts: dict[str, str]) -> list[str]:
    """The bot's languages the idea has no text in yet, for a translation."""
    return [locale for locale in LOCALES if locale not in texts]


async def translate(
    session: AsyncSession,
    organiser: Organiser,
    idea: Idea,
    locale: str,
    text: str,
    now: datetime,
    max_length: int,
) -> None:
    if locale not in LOCALES:
        raise IdeaError("bad_locale", f"not one of the bot's languages: {locale!r}")
    await ideas.add_translation(session, idea.id, locale, text[:max_length])
    repo.audit(session, organiser, f"translate:{locale}", now, idea.code)


# --- survey answers in people's own words ----------------------------------------------------


@dataclass(frozen=True)
class Read:
    """Words marked read, and the idea made from them if that was the decision."""

    review_id: str
    idea: Idea | None = None


async def mark_read(
    session: AsyncSession, organiser: Organiser, review_id: str, now: datetime
) -> Read | None:
    """None when the words no longer wait (read by someone else, replaced or erased)."""
    if not await reviews.mark_read(session, review_id, organiser.id, now):
        return None
    repo.audit(session, organiser, "review_read", now, review_id)
    return Read(review_id)


async def make_idea(
    session: AsyncSession,
    organiser: Organiser,
    text: TextToRead,
    area: str,
    dimensions: list[str],
    now: datetime,
) -> Read | None:
    """The words join the idea bank approved, as they were written; None when they no longer
    wait. Marked read first: of two organisers turning the same words into an idea, one does."""
    if not await reviews.mark_read(session, text.review_id, organiser.id, now):
        return None
    idea = await ideas.propose(
        session,
        author_id=None,
        area=area,
        dimensions=dimensions,
        language=ideas.UNDETERMINED,
        text=text.text,
        now=now,
        source=ideas.FROM_SURVEY,
    )
    await ideas.approve(session, idea.id, now)
    repo.audit(session, organiser, f"review_idea:{idea.code}", now, text.review_id)
    return Read(text.review_id, idea)


def just_made_from_survey(idea: Idea | None) -> bool:
    """An idea made from survey words, still in the bank: it may be given more languages."""
    return idea is not None and idea.status == "approved" and idea.source == ideas.FROM_SURVEY
