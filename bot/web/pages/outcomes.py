"""What became of an idea, recorded on its page: the outcome with its public note, and the note
in more languages — through the same audited functions as the organiser menu (storage.outcomes).

The forms live on the idea's page (bot/web/pages/ideas.py); these are their POST handlers. Input
the function refuses is said in the organiser's language and changes nothing (400).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.web.context import DASHBOARD
from bot.web.render import message, page_locale, see_other, url_for
from bot.web.visitors import signed_in
from dialogs.i18n import LOCALES
from storage import outcomes
from storage.ideas import IdeaError
from storage.models import Idea, Organiser

REFUSALS = {
    "bad_outcome": "dashboard-outcome-bad",
    "empty_text": "dashboard-moderation-empty-text",
    "too_long": "dashboard-outcome-too-long",
    "not_allowed": "dashboard-outcome-not-allowed",
    "text_exists": "dashboard-moderation-text-exists",
    "bad_locale": "dashboard-moderation-bad-language",
}

Change = Callable[[AsyncSession, Organiser, Idea, web.Request], Awaitable[None]]


def routes() -> list[web.RouteDef]:
    idea = r"/ideas/{idea_id:\d+}/outcome"
    return [
        web.post(idea, record, name="idea-outcome"),
        web.post(idea + "/translate", translate, name="idea-outcome-translate"),
    ]


async def _change(request: web.Request, change: Change) -> web.Response:
    dashboard = request.app[DASHBOARD]
    visitor = signed_in(request)
    idea_id = int(request.match_info["idea_id"])
    try:
        async with dashboard.dialogs.sessionmaker() as session, session.begin():
            idea = await session.get(Idea, idea_id)
            if idea is None:
                raise web.HTTPNotFound()
            organiser = await session.get(Organiser, visitor.organiser_id)
            assert organiser is not None  # the session was checked on this request
            await change(session, organiser, idea, request)
    except IdeaError as error:
        refusal = REFUSALS.get(error.code, "dashboard-moderation-cannot")
        said = (refusal, {"max": outcomes.NOTE_MAX_LENGTH})
        return message(request, "dashboard-moderation-refused-title", said, status=400)
    return see_other(url_for(request, "idea", idea_id=str(idea_id)) + "#outcome-heading")


async def _record(
    session: AsyncSession, organiser: Organiser, idea: Idea, request: web.Request
) -> None:
    form = await request.post()
    now = request.app[DASHBOARD].now
    outcome, note = str(form.get("outcome", "")), str(form.get("note", ""))
    # The note is written in the language the page is read in, as the chat takes the organiser's.
    language = page_locale(request)
    await outcomes.set_outcome(session, organiser, idea.id, outcome, note, language, now)


async def _translate(
    session: AsyncSession, organiser: Organiser, idea: Idea, request: web.Request
) -> None:
    form = await request.post()
    now = request.app[DASHBOARD].now
    locale, text = str(form.get("language", "")), str(form.get("text", ""))
    if locale not in LOCALES:
        raise IdeaError("bad_locale", f"no language {locale!r}")
    await outcomes.add_note_translation(session, organiser, idea.id, locale, text, now)


async def record(request: web.Request) -> web.Response:
    return await _change(request, _record)


async def translate(request: web.Request) -> web.Response:
    return await _change(request, _translate)
