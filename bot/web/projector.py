"""What a workshop's projector shows, read in one go: for the page when it opens, and again for
every live update (the same template part draws both).

The numbers are the room's state (storage.workshops.room_state): an idea below the minimum of
ratings comes without means, spread or quadrant, so nothing here can place, draw or describe
it; the matrix lists it as waiting for ratings.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from markupsafe import Markup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.web.matrix_svg import Unplaced, matrix_svg, not_enough_ratings, with_texts
from bot.web.qr import qr_svg
from dialogs.engine import Dialogs
from dialogs.i18n import LOCALES
from dialogs.organisers.campaigns import telegram_link
from dialogs.rights import LANGUAGE_NAMES
from storage import ideas as ideas_repo
from storage import live
from storage import workshops as repo
from storage.ideas import IdeaScore


@dataclass(frozen=True)
class Wording:
    """The current idea in one language: the room's, or its original where it has no
    translation into a language of the room."""

    language: str
    name: str  # the language's own name; empty for an original of unknown language
    text: str
    original: bool  # shown in its original words, for want of a translation


@dataclass(frozen=True)
class RoomView:
    workshop_id: int
    code: str  # as people read it
    name: str
    open: bool
    pace: str
    joined: int
    present: int
    ideas: int
    current_code: str | None
    current: tuple[Wording, ...]
    current_ratings: int
    matrix: Markup
    waiting: tuple[Unplaced, ...]  # short of ratings: named, never placed
    min_ratings: int
    marker: str


@dataclass(frozen=True)
class Joining:
    """How people join the room: what never changes on the wall while the room is open."""

    start: str  # the line to type in any messenger
    link: str  # the Telegram link; empty without a bot username
    qr: Markup


def joining(dialogs: Dialogs, code: str, locale: str) -> Joining:
    link = telegram_link(dialogs.config.telegram_bot_username, code)
    start = f"/start {repo.shown_code(code)}"
    title = dialogs.translator(locale, "live-qr-title", code=repo.shown_code(code))
    return Joining(start, link, Markup(qr_svg(link or start, title=title, ids="room-qr")))


async def room_view(
    session: AsyncSession,
    dialogs: Dialogs,
    workshop_id: int,
    locale: str,
    *,
    idea_link: str,
) -> RoomView | None:
    """The room as its wall shows it, words in `locale` (the organiser's), the current idea in
    the languages of the people in the room."""
    config = dialogs.config
    state = await repo.room_state(
        session,
        workshop_id,
        midpoint=config.matrix_midpoint,
        min_ratings=config.matrix_min_ratings,
    )
    if state is None:
        return None
    scores = [IdeaScore(**dataclasses.asdict(idea)) for idea in state.ideas]
    ideas = await with_texts(session, scores, locale)
    matrix = matrix_svg(
        ideas,
        translator=dialogs.translator,
        locale=locale,
        midpoint=config.matrix_midpoint,
        min_ratings=config.matrix_min_ratings,
        ids="room-matrix",
        link=idea_link,
    )
    current = state.current_idea_id
    by_id = {idea.idea_id: idea for idea in state.ideas}
    return RoomView(
        workshop_id=workshop_id,
        code=repo.shown_code(state.code),
        name=state.name,
        open=state.open,
        pace=state.pace,
        joined=state.joined,
        present=state.present,
        ideas=len(state.ideas),
        current_code=by_id[current].code if current in by_id else None,
        current=await _wordings(session, workshop_id, current, locale) if current else (),
        current_ratings=state.current_ratings,
        matrix=Markup(matrix),
        waiting=tuple(not_enough_ratings(ideas, config.matrix_min_ratings)),
        min_ratings=config.matrix_min_ratings,
        marker=state.marker,
    )


async def _wordings(
    session: AsyncSession, workshop_id: int, idea_id: int, locale: str
) -> tuple[Wording, ...]:
    idea = await ideas_repo.get_idea(session, idea_id)
    texts = (await ideas_repo.texts_of(session, [idea_id])).get(idea_id, {})
    languages = await live.room_languages(session, workshop_id, LOCALES) or [locale]
    shown: dict[tuple[str, str], Wording] = {}
    for language in languages:
        text, found = ideas_repo.pick_text(idea, texts, language)
        wording = Wording(found, LANGUAGE_NAMES.get(found, ""), text, original=found != language)
        shown.setdefault((found, text), wording)
    return tuple(shown.values())
