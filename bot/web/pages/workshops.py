"""Workshops on the dashboard: the list, opening one, the facilitator's controls, and a closed
workshop's summary to download.

Every control is the chat's own operation (dialogs.workshops.facilitation) in one transaction
with the phones it moves along (Dialogs.push), woken once committed, as the chat's step does.
After a change the browser is sent back to the controls (303) with what happened named in the
address, so reloading the page never presses "next" twice. Bad input says so and changes
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.spreadsheet import MEDIA_TYPE_XLSX
from bot.web.context import DASHBOARD, Dashboard
from bot.web.render import page_locale, render, see_other, url_for
from bot.web.visitors import Visitor, signed_in
from dialogs.i18n import T
from dialogs.ideas.bank import AREAS
from dialogs.organisers.workshops import LIST_SEPARATORS
from dialogs.workshops import facilitation
from dialogs.workshops.facilitation import Facilitator, Outcome
from storage import ideas as ideas_repo
from storage import workshops as repo
from storage.models import Organiser

# A closed workshop's summary, as the chat sends it: the matrix as a picture, the ideas as a
# workbook (bot.digest.workshop), by the file name the page links to.
SUMMARY_FILES = {"matrix.png": "image/png", "ideas.xlsx": MEDIA_TYPE_XLSX}
CODE = re.compile(r"[A-Za-z0-9-]{1,32}")


def routes() -> list[web.RouteDef]:
    one = r"/workshops/{workshop_id:\d+}"
    return [
        web.get("/workshops", listing, name="workshops"),
        web.post("/workshops", create, name="workshops-new"),
        web.get(one, controls, name="workshop"),
        web.post(one + "/{action}", act, name="workshop-act"),
        web.get(one + "/summary/{file}", summary, name="workshop-summary"),
    ]


class BadInput(Exception):
    """What the organiser sent cannot be done; `said` tells them why (nothing was changed)."""

    def __init__(self, said: T) -> None:
        super().__init__(said.key)
        self.said = said


# --- the list, and a new workshop ----------------------------------------------------------------


async def listing(request: web.Request, *, problem: T | None = None) -> web.Response:
    dashboard = request.app[DASHBOARD]
    async with dashboard.reader() as session:
        rooms = await repo.rooms(session)
    return render(
        request,
        "workshops.html",
        status=400 if problem else 200,
        rooms=[(room, repo.shown_code(room.code)) for room in rooms],
        paces=repo.PACES,
        problem=problem,
        said=[],
    )


async def create(request: web.Request) -> web.Response:
    form = await request.post()
    name = " ".join(str(form.get("name", "")).split())
    pace = str(form.get("pace", repo.TOGETHER))
    if not name:
        return await listing(request, problem=T("live-name-missing"))
    if pace not in repo.PACES:
        return await listing(request, problem=T("live-pace-unknown"))
    dashboard = request.app[DASHBOARD]
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        f = await _facilitator(request, dashboard, session)
        room = await facilitation.open_workshop(f, name, pace)
    dashboard.dialogs.changes.committed()
    return see_other(url_for(request, "workshop", workshop_id=str(room.id)) + "?said=created")


# --- one workshop's controls ---------------------------------------------------------------------

# What the controls page can say after a change, by the name in its address.
SAID: dict[str, Callable[[repo.Room, dict[str, str]], T]] = {
    "created": lambda room, q: T("live-created", {"name": room.name}),
    "moved": lambda room, q: T("organisers-workshop-moved", {"people": _count(q)}),
    "last": lambda room, q: T("organisers-workshop-last"),
    "paced": lambda room, q: T("organisers-workshop-paced", {"pace": room.workshop.pace}),
    "added": lambda room, q: T("organisers-workshop-added", {"count": _count(q)}),
    "idea-added": lambda room, q: T("organisers-workshop-idea-added"),
    "closed": lambda room, q: T("live-closed", {"name": room.name}),
}


def _count(query: dict[str, str]) -> int:
    value = query.get("n", "")
    return int(value) if value.isdigit() and len(value) < 7 else 0


async def controls(
    request: web.Request, *, problem: T | None = None, status: int = 200
) -> web.Response:
    dashboard = request.app[DASHBOARD]
    locale = page_locale(request)
    config = dashboard.dialogs.config
    async with dashboard.reader() as session:
        room = await _room(request, session)
        state = await repo.room_state(
            session,
            room.id,
            midpoint=config.matrix_midpoint,
            min_ratings=config.matrix_min_ratings,
        )
        assert state is not None
        ideas = await ideas_repo.ideas_by_id(session, [idea.idea_id for idea in state.ideas])
        texts = await ideas_repo.texts_of(session, list(ideas))
    listed = [
        (
            idea,
            ideas_repo.pick_text(ideas[idea.idea_id], texts.get(idea.idea_id, {}), locale)[0],
        )
        for idea in state.ideas
    ]
    query = dict(request.query)
    said = [SAID[query["said"]](room, query)] if query.get("said") in SAID else []
    unknown = [code for code in query.get("unknown", "").split(",") if CODE.fullmatch(code)]
    if unknown:
        said.append(T("organisers-workshop-unknown", {"codes": ", ".join(unknown)}))
    current = next((text for idea, text in listed if idea.idea_id == state.current_idea_id), "")
    return render(
        request,
        "workshop.html",
        status=status,
        room=room,
        code=repo.shown_code(room.code),
        state=state,
        ideas=listed,
        current=current,
        areas=AREAS,
        said=said,
        problem=problem,
        min=config.matrix_min_ratings,
        max_length=config.idea_max_length,
        summary_files=list(SUMMARY_FILES) if not room.open else [],
    )


Action = Callable[[Facilitator, repo.Room, Any], Awaitable[tuple[Outcome, dict[str, str]]]]


async def _next(f: Facilitator, room: repo.Room, form: Any) -> tuple[Outcome, dict[str, str]]:
    outcome = await facilitation.next_idea(f, room)
    if outcome.current is None:
        return outcome, {"said": "last"}
    return outcome, {"said": "moved", "n": str(len(outcome.nudges))}


async def _pace(f: Facilitator, room: repo.Room, form: Any) -> tuple[Outcome, dict[str, str]]:
    pace = str(form.get("pace", ""))
    if pace not in repo.PACES:
        raise BadInput(T("live-pace-unknown"))
    return await facilitation.set_pace(f, room, pace), {"said": "paced"}


async def _area(f: Facilitator, room: repo.Room, form: Any) -> tuple[Outcome, dict[str, str]]:
    area = str(form.get("area", ""))
    if area not in AREAS:
        raise BadInput(T("live-area-unknown"))
    outcome = await facilitation.add_area(f, room, area)
    return outcome, {"said": "added", "n": str(len(outcome.added))}


async def _list(f: Facilitator, room: repo.Room, form: Any) -> tuple[Outcome, dict[str, str]]:
    codes = [code for code in LIST_SEPARATORS.split(str(form.get("codes", ""))) if code]
    if not codes:
        raise BadInput(T("live-codes-missing"))
    outcome = await facilitation.add_listed(f, room, codes)
    said = {"said": "added", "n": str(len(outcome.added))}
    if outcome.unknown:
        said["unknown"] = ",".join(c for c in outcome.unknown if CODE.fullmatch(c))
    return outcome, said


async def _idea(f: Facilitator, room: repo.Room, form: Any) -> tuple[Outcome, dict[str, str]]:
    text = str(form.get("text", ""))
    problem = facilitation.typed_problem(text, f.config.idea_max_length, empty="live-idea-empty")
    if problem is not None:
        raise BadInput(problem)
    language = str(form.get("language", ""))
    return await facilitation.add_typed(f, room, text, language), {"said": "idea-added"}


async def _close(f: Facilitator, room: repo.Room, form: Any) -> tuple[Outcome, dict[str, str]]:
    if form.get("confirm") != "yes":
        raise BadInput(T("live-close-unconfirmed"))
    return await facilitation.close(f, room), {"said": "closed"}


ACTIONS: dict[str, Action] = {
    "next": _next,
    "pace": _pace,
    "area": _area,
    "list": _list,
    "idea": _idea,
    "close": _close,
}


async def act(request: web.Request) -> web.Response:
    action = ACTIONS.get(request.match_info["action"])
    if action is None:
        raise web.HTTPNotFound()
    form = dict(await request.post())
    # A typed idea is in the language of the page it was typed on.
    form["language"] = page_locale(request)
    dashboard = request.app[DASHBOARD]
    dialogs = dashboard.dialogs
    try:
        async with dialogs.sessionmaker() as session, session.begin():
            room = await _room(request, session)
            if not room.open:
                raise BadInput(T("organisers-workshop-gone"))
            f = await _facilitator(request, dashboard, session)
            outcome, said = await action(f, room, form)
            pushed = await dialogs.push(session, outcome.nudges, f.now)
            chat = (f.organiser.channel, f.organiser.address, f.locale)
    except BadInput as bad:
        # The transaction rolled back: nothing the action began is kept.
        return await controls(request, problem=bad.said, status=400)
    dialogs.wake(pushed)
    # A closed room's summary reaches the organiser's chat as when closed there.
    await dialogs.send_later(*chat, outcome.later)
    address = url_for(request, "workshop", workshop_id=str(room.id))
    return see_other(address + "?" + "&".join(f"{k}={v}" for k, v in said.items()))


# --- the summary -------------------------------------------------------------------------------


async def summary(request: web.Request) -> web.Response:
    """A closed workshop's matrix (PNG) or ideas (XLSX), made in the reports' worker process."""
    wanted = request.match_info["file"]
    if wanted not in SUMMARY_FILES:
        raise web.HTTPNotFound()
    dashboard = request.app[DASHBOARD]
    async with dashboard.reader() as session:
        room = await _room(request, session)
    if room.open:
        raise web.HTTPNotFound()
    reports = dashboard.dialogs.config.reports
    if reports is None:
        raise web.HTTPNotFound()
    said = await reports.workshop(page_locale(request), dashboard.now, room.id)
    kind = SUMMARY_FILES[wanted]
    for part in said:
        made = part.attachment
        if made is not None and made.media_type == kind:
            return web.Response(
                body=made.content,
                content_type=made.media_type,
                headers={"Content-Disposition": f'attachment; filename="{made.filename}"'},
            )
    raise web.HTTPNotFound()


# --- shared ------------------------------------------------------------------------------------


async def _room(request: web.Request, session: AsyncSession) -> repo.Room:
    room = await repo.room(session, int(request.match_info["workshop_id"]))
    if room is None:
        raise web.HTTPNotFound()
    return room


async def _facilitator(
    request: web.Request, dashboard: Dashboard, session: AsyncSession
) -> Facilitator:
    visitor: Visitor = signed_in(request)
    organiser = await session.get(Organiser, visitor.organiser_id)
    if organiser is None:
        raise web.HTTPNotFound()
    dialogs = dashboard.dialogs
    return Facilitator(session, organiser, dashboard.now, dialogs.rng, dialogs.config)
