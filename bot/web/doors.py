"""The middlewares every dashboard request passes: who is asking, may they, and kind pages
for what went wrong."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.web.context import DASHBOARD
from bot.web.render import message, see_other, url_for
from bot.web.security import CSRF_FIELD, SAFE_METHODS, csrf_matches, is_static
from bot.web.visitors import COOKIE, Handler, find_visitor, forget_cookie, is_public, remember

log = logging.getLogger(__name__)


@web.middleware
async def kind_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A page that does not exist (yet) says so in the reader's language, with the menu."""
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return message(request, "dashboard-not-found-title", "dashboard-not-found", status=404)


@web.middleware
async def doors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Signed-in pages only for a live session; every form such a page posts carries the
    session's CSRF token."""
    if is_static(request):
        return await handler(request)
    dashboard = request.app[DASHBOARD]
    secret = request.cookies.get(COOKIE)
    visitor = await find_visitor(dashboard, secret) if secret else None
    remember(request, visitor)
    if is_public(request):
        return await handler(request)
    if visitor is None:
        # Never signed in, signed out, expired, or the role was revoked: the way in is the chat.
        response = see_other(url_for(request, "signed-out"))
        if secret:
            forget_cookie(response, dashboard)
        return response
    if request.method not in SAFE_METHODS:
        form = await request.post()
        if not csrf_matches(form.get(CSRF_FIELD), visitor.secret):
            log.warning("refused a dashboard form posted without its session's CSRF token")
            return message(request, "dashboard-refused-title", "dashboard-refused", status=403)
    return await handler(request)
