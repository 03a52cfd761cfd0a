"""What became of an idea: its outcome, set by an organiser, with a short public note.

The note is written in the organiser's language and translated like an idea's text, one
language at a time. Setting an outcome and adding a translation are each one function, audited,
for every door an organiser uses (the chat, a dashboard page). Repositories add and query; the
caller's transaction commits.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import organisers
from storage.ideas import IdeaError, get_idea, texts_of
from storage.models import Idea, IdeaRatingSums, Organiser, OutcomeNote

OUTCOMES = ("planned", "in_progress", "done", "not_possible")
# A note people read in a chat message beside the idea: a sentence or two.
NOTE_MAX_LENGTH = 300


@dataclass(frozen=True)
class Outcome:
    """An idea with its outcome, ready to be told: texts and notes by locale."""

    idea_id: int
    code: str
    area: str
    outcome: str
    at: datetime
    idea_language: str
    note_language: str
    texts: dict[str, str]
    notes: dict[str, str]

    @property
    def note(self) -> str:
        """The note as its author wrote it."""
        return self.notes.get(self.note_language, "")


async def set_outcome(
    session: AsyncSession,
    organiser: Organiser,
    idea_id: int,
    outcome: str,
    note: str,
    language: str,
    now: datetime,
) -> Idea:
    """Record what became of an approved idea, with its note in `language`; audited.

    A new outcome replaces the earlier one and its note in every language (a translation of the
    old note would say something else). Everyone who asked to hear of it is told (bot/updates.py).
    """
    if outcome not in OUTCOMES:
        raise IdeaError("bad_outcome", f"unknown outcome {outcome!r}; one of {OUTCOMES}")
    note = " ".join(note.split())
    if not note:
        raise IdeaError("empty_text", "the note is empty")
    if len(note) > NOTE_MAX_LENGTH:
        raise IdeaError("too_long", f"the note is longer than {NOTE_MAX_LENGTH} characters")
    idea = await get_idea(session, idea_id)
    if idea.status != "approved":
        raise IdeaError("not_allowed", f"idea {idea.code} is {idea.status}, not approved")
    await session.execute(delete(OutcomeNote).where(OutcomeNote.idea_id == idea.id))
    idea.outcome, idea.outcome_at, idea.outcome_language = outcome, now, language
    session.add(OutcomeNote(idea_id=idea.id, locale=language, text=note))
    await session.flush()
    organisers.audit(session, organiser, f"outcome:{outcome}", now, idea.code)
    return idea


async def add_note_translation(
    session: AsyncSession,
    organiser: Organiser,
    idea_id: int,
    locale: str,
    text: str,
    now: datetime,
) -> None:
    """The outcome's note in one more language; audited."""
    text = " ".join(text.split())
    if not text:
        raise IdeaError("empty_text", "the note is empty")
    idea = await get_idea(session, idea_id)
    if idea.outcome is None:
        raise IdeaError("not_allowed", f"idea {idea.code} has no outcome")
    if await session.get(OutcomeNote, (idea.id, locale)) is not None:
        raise IdeaError("text_exists", f"the outcome of {idea.code} has a {locale} note")
    session.add(OutcomeNote(idea_id=idea.id, locale=locale, text=text[:NOTE_MAX_LENGTH]))
    await session.flush()
    organisers.audit(session, organiser, f"outcome_translate:{locale}", now, idea.code)


async def notes_of(session: AsyncSession, idea_ids: Collection[int]) -> dict[int, dict[str, str]]:
    found: dict[int, dict[str, str]] = {}
    if not idea_ids:
        return found
    rows = await session.execute(
        select(OutcomeNote.idea_id, OutcomeNote.locale, OutcomeNote.text).where(
            OutcomeNote.idea_id.in_(list(idea_ids))
        )
    )
    for idea_id, locale, text in rows:
        found.setdefault(idea_id, {})[locale] = text
    return found


async def outcomes_of(session: AsyncSession, ideas: list[Idea]) -> list[Outcome]:
    """The given ideas (those with an outcome) with their texts and notes, in the given order."""
    told = [idea for idea in ideas if idea.outcome is not None and idea.outcome_at is not None]
    ids = [idea.id for idea in told]
    texts, notes = await texts_of(session, ids), await notes_of(session, ids)
    return [
        Outcome(
            idea_id=idea.id,
            code=idea.code,
            area=idea.area,
            outcome=str(idea.outcome),
            at=idea.outcome_at,  # type: ignore[arg-type]
            idea_language=idea.language,
            note_language=idea.outcome_language or "",
            texts=texts.get(idea.id, {}),
            notes=notes.get(idea.id, {}),
        )
        for idea in told
    ]


async def latest_outcomes(
    session: AsyncSession,
    *,
    limit: int,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[Outcome]:
    """Approved ideas with an outcome, newest outcome first (optionally set in [since, until))."""
    query = select(Idea).where(Idea.status == "approved", Idea.outcome.is_not(None))
    if since is not None:
        query = query.where(Idea.outcome_at >= since)
    if until is not None:
        query = query.where(Idea.outcome_at < until)
    query = query.order_by(Idea.outcome_at.desc(), Idea.id.desc()).limit(limit)
    return await outcomes_of(session, list(await session.scalars(query)))


async def outcomes_by_idea(session: AsyncSession) -> dict[int, Outcome]:
    """Every idea's outcome, for the exports."""
    ideas = await session.scalars(select(Idea).where(Idea.outcome.is_not(None)))
    return {outcome.idea_id: outcome for outcome in await outcomes_of(session, list(ideas))}


async def ideas_for_outcome(session: AsyncSession, limit: int) -> list[Idea]:
    """Approved ideas an organiser is likeliest to report on: those without an outcome yet, the
    most-rated first (then the newest outcomes, to change one)."""
    query = (
        select(Idea)
        .outerjoin(IdeaRatingSums, IdeaRatingSums.idea_id == Idea.id)
        .where(Idea.status == "approved")
        .order_by(
            Idea.outcome.is_not(None),
            func.coalesce(IdeaRatingSums.ratings, 0).desc(),
            Idea.code,
        )
        .limit(limit)
    )
    return list(await session.scalars(query))
