"""The workshop's projector page, `/live/<code>`, and its stream of server-sent events.

The page shows the room as it is when opened; its script (static/live.js) listens to
`/live/<code>/events`, where each event carries the room's part of the page drawn again by the
same template, whenever the room's marker moved. What wakes a stream is bot.web.live_feed's.
A stream ends when the server shuts down, the room closes, or the organiser's session ends
(signed out, expired, revoked): the page is then told where to go.
"""

from __future__ import annotations

import logging
import time

import aiohttp_jinja2
from aiohttp import web

from bot.web.context import DASHBOARD, Dashboard
from bot.web.live_feed import FEED
from bot.web.projector import RoomView, joining, room_view
from bot.web.render import page_context, page_locale, render, url_for
from bot.web.visitors import find_visitor, signed_in
from storage import workshops as repo

log = logging.getLogger(__name__)

ROOM_TEMPLATE = "_live_room.html"
# How long a browser waits before it reconnects to a stream that ended (a restart, say).
RETRY_MILLISECONDS = 2000


def routes() -> list[web.RouteDef]:
    return [
        web.get("/live/{code}", show, name="live"),
        web.get("/live/{code}/events", events, name="live-events"),
    ]


async def _room(request: web.Request) -> repo.Room:
    async with request.app[FEED].reader() as session:
        room = await repo.room_by_code(session, request.match_info["code"])
    if room is None:
        raise web.HTTPNotFound()
    return room


async def _view(request: web.Request, dashboard: Dashboard, room: repo.Room) -> RoomView:
    async with request.app[FEED].reader() as session:
        view = await room_view(
            session,
            dashboard.dialogs,
            room.id,
            page_locale(request),
            idea_link=dashboard.prefix + "/ideas/{idea_id}",
        )
    assert view is not None  # rooms are never deleted, only closed
    return view


async def show(request: web.Request) -> web.Response:
    room = await _room(request)
    dashboard = request.app[DASHBOARD]
    view = await _view(request, dashboard, room)
    return render(
        request,
        "live.html",
        room=view,
        join=joining(dashboard.dialogs, room.code, page_locale(request)),
        events=url_for(request, "live-events", code=view.code),
        controls=url_for(request, "workshop", workshop_id=str(room.id)),
    )


async def events(request: web.Request) -> web.StreamResponse:
    visitor = signed_in(request)
    dashboard = request.app[DASHBOARD]
    feed = request.app[FEED]
    room = await _room(request)
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream; charset=utf-8",
            "X-Accel-Buffering": "no",  # nginx: pass each event on at once
        }
    )
    await response.prepare(request)
    # The marker the page shows (it reconnects with the last event's id): nothing is sent again
    # until the room moves on from it.
    shown = request.headers.get("Last-Event-ID") or request.query.get("since", "")
    said_at = checked_at = time.monotonic()
    try:
        await response.write(f"retry: {RETRY_MILLISECONDS}\n\n".encode())
        while not feed.closing:
            seen = feed.seen
            # The session is read again at each look, not at each of a busy room's wake-ups.
            if time.monotonic() - checked_at >= feed.look_seconds:
                if await find_visitor(dashboard, visitor.secret) is None:
                    await _send(response, "signed-out", url_for(request, "signed-out"))
                    break
                checked_at = time.monotonic()
            async with feed.reader() as session:
                marker = await repo.marker(session, room.id)
            if marker != shown:
                view = await _view(request, dashboard, room)
                await _send(response, "room", _room_html(request, view), event_id=view.marker)
                shown, said_at = view.marker, time.monotonic()
                if not view.open:
                    await _send(response, "ended", "")
                    break
            elif time.monotonic() - said_at >= feed.keep_alive_seconds:
                await response.write(b": keep-alive\n\n")
                said_at = time.monotonic()
            await feed.wait(seen)
        await response.write_eof()
    except ConnectionResetError:
        pass  # the page was closed
    return response


def _room_html(request: web.Request, view: RoomView) -> str:
    context = {**page_context(request, page_locale(request)), "room": view}
    return aiohttp_jinja2.render_string(ROOM_TEMPLATE, request, context)


async def _send(
    response: web.StreamResponse, event: str, data: str, *, event_id: str | None = None
) -> None:
    lines = [f"event: {event}"]
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines += [f"data: {line}" for line in data.split("\n")]
    await response.write(("\n".join(lines) + "\n\n").encode())
