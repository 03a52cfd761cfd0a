"""The ways in and out: the one-time link from the chat, signing out, the page's language.

The link (`/signin/<token>`) only shows a "Sign in" button; pressing it (a POST) uses the link.
Messengers open links to draw a preview, and that GET must not use it up.
"""

from __future__ import annotations

import ipaddress
import logging

from aiohttp import web

from bot.web.context import DASHBOARD, Dashboard
from bot.web.render import message, see_other, url_for
from bot.web.visitors import forget_cookie, public, set_cookie, signed_in
from dialogs.i18n import LOCALES
from storage import dashboard as repo
from storage import organisers
from storage.models import DashboardSession, Organiser

log = logging.getLogger(__name__)

RETRY_SECONDS = int(repo.ATTEMPT_WINDOW.total_seconds())


def routes() -> list[web.RouteDef]:
    return [
        web.get("/signin", signed_out, name="signed-out"),
        web.get("/signin/{token}", link, name="signin"),
        web.post("/signin/{token}", sign_in, name="signin-post"),
        web.post("/signout", sign_out, name="signout"),
        web.post("/language", language, name="language"),
    ]


def client_address(request: web.Request) -> str:
    """The browser's address. Behind a reverse proxy on this machine every connection comes
    from loopback; the proxy then names the client as the last X-Forwarded-For entry (earlier
    entries are whatever the client sent, so they are not believed)."""
    remote = request.remote or ""
    forwarded = request.headers.get("X-Forwarded-For", "")
    try:
        loopback = ipaddress.ip_address(remote).is_loopback
    except ValueError:
        loopback = False
    if loopback and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return remote


async def _allowed(request: web.Request, dashboard: Dashboard) -> bool:
    client = dashboard.dialogs.pseudonymizer.client_key(client_address(request))
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        allowed = await repo.attempt_allowed(session, client, dashboard.now)
    if not allowed:
        log.warning("dashboard sign-in attempts over the limit; refused one")
    return allowed


def _too_many(request: web.Request) -> web.Response:
    minutes = {"minutes": RETRY_SECONDS // 60}
    response = message(
        request, "dashboard-too-many-title", ("dashboard-too-many", minutes), status=429
    )
    response.headers["Retry-After"] = str(RETRY_SECONDS)
    return response


def _unusable(request: web.Request) -> web.Response:
    """A link used, expired, revoked or never sent: 410, the same page for each."""
    minutes = {"minutes": int(repo.SIGNIN_VALID.total_seconds() // 60)}
    return message(
        request, "dashboard-signin-invalid-title", ("dashboard-signin-invalid", minutes), status=410
    )


@public
async def signed_out(request: web.Request) -> web.Response:
    """How to sign in: from the chat. Also where signing out, expiry and revocation lead."""
    said = ["dashboard-signed-out-done"] if "out" in request.query else []
    return message(request, "dashboard-signed-out-title", *said, "dashboard-signed-out")


@public
async def link(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    if not await _allowed(request, dashboard):
        return _too_many(request)
    async with dashboard.reader() as session:
        organiser = await repo.signin_waiting(session, request.match_info["token"], dashboard.now)
    if organiser is None:
        return _unusable(request)
    # In the language of the chat the link was sent to: the organiser's own.
    return message(
        request,
        "dashboard-signin-title",
        "dashboard-signin-intro",
        template="signin.html",
        locale=organiser.locale,
    )


@public
async def sign_in(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    if not await _allowed(request, dashboard):
        return _too_many(request)
    now = dashboard.now
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        opened = await repo.sign_in(
            session, request.match_info["token"], now, dashboard.session_lasts
        )
        if opened is not None:
            organisers.audit(session, opened.organiser, "dashboard_signin", now)
    if opened is None:
        return _unusable(request)
    log.info("organiser %s signed in to the dashboard", opened.organiser.id)
    response = see_other(url_for(request, "overview"))
    set_cookie(response, dashboard, opened.secret)
    return response


async def sign_out(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    visitor = signed_in(request)
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        await repo.sign_out(session, visitor.secret)
        organiser = await session.get(Organiser, visitor.organiser_id)
        organisers.audit(session, organiser, "dashboard_signout", dashboard.now)
    log.info("organiser %s signed out of the dashboard", visitor.organiser_id)
    response = see_other(url_for(request, "signed-out") + "?out")
    forget_cookie(response, dashboard)
    return response


async def language(request: web.Request) -> web.Response:
    """The pages' language, kept with the session; back to the page the switch was on."""
    dashboard = request.app[DASHBOARD]
    visitor = signed_in(request)
    form = await request.post()
    chosen = form.get("locale")
    if chosen not in LOCALES:
        return message(
            request, "dashboard-bad-language-title", "dashboard-bad-language", status=400
        )
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        row = await session.get(DashboardSession, visitor.session_id)
        if row is not None:
            row.locale = str(chosen)
    return see_other(_back(request, str(form.get("next", ""))))


def _back(request: web.Request, wanted: str) -> str:
    """A page of this dashboard to return to; anything else (another site) is the overview."""
    home = url_for(request, "overview")
    prefix = request.app[DASHBOARD].prefix
    local = wanted.startswith(prefix + "/") and not wanted.startswith("//")
    if not local or "\\" in wanted or any(ord(c) < 32 for c in wanted):
        return home
    return wanted
