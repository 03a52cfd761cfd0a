"""Who is asking: the signed-in organiser behind the session cookie, checked on every request.

Nothing about a session is cached in the process: every request reads the session and the
organiser's role from the database, so signing out, expiry and revoking the role take effect at
the next request, in every process serving the dashboard.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from bot.web.context import Dashboard
from bot.web.security import csrf_token, is_static
from storage import dashboard as repo

COOKIE = "dialog_dashboard"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Visitor:
    organiser_id: int
    name: str
    session_id: int
    locale: str
    secret: str  # the cookie's value: the only copy outside the browser, never shown or logged

    @property
    def csrf(self) -> str:
        return csrf_token(self.secret)

    def __repr__(self) -> str:
        return f"Visitor(organiser_id={self.organiser_id}, session_id={self.session_id})"


_VISITOR = web.RequestKey("visitor", Visitor)


def visitor_of(request: web.Request) -> Visitor | None:
    return request.get(_VISITOR)


def remember(request: web.Request, visitor: Visitor | None) -> None:
    if visitor is not None:
        request[_VISITOR] = visitor


def signed_in(request: web.Request) -> Visitor:
    """The visitor of a page that only signed-in organisers reach (every page but the doors)."""
    visitor = visitor_of(request)
    if visitor is None:
        raise RuntimeError("a signed-in page was reached without a session")
    return visitor


def public(handler: Handler) -> Handler:
    """Marks a page that anyone may open: the ways in, and out."""
    handler.public = True  # type: ignore[attr-defined]
    return handler


def is_public(request: web.Request) -> bool:
    match = request.match_info
    if match.http_exception is not None or is_static(request):
        return True  # not found, wrong method, a stylesheet: nothing behind them to protect
    return bool(getattr(match.handler, "public", False))


async def find_visitor(dashboard: Dashboard, secret: str) -> Visitor | None:
    async with dashboard.reader() as session:
        found = await repo.signed_in(session, secret, dashboard.now)
    if found is None:
        return None
    row, organiser = found
    return Visitor(organiser.id, organiser.name, row.id, row.locale, secret)


def set_cookie(response: web.StreamResponse, dashboard: Dashboard, secret: str) -> None:
    response.set_cookie(
        COOKIE,
        secret,
        max_age=int(dashboard.session_lasts.total_seconds()),
        path=dashboard.prefix or "/",
        secure=dashboard.secure,
        httponly=True,
        samesite="Strict",
    )


def forget_cookie(response: web.StreamResponse, dashboard: Dashboard) -> None:
    response.del_cookie(
        COOKIE, path=dashboard.prefix or "/", secure=dashboard.secure, samesite="Strict"
    )
