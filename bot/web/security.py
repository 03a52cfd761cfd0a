"""What every response says to the browser, and the CSRF check on every form a session posts.

The pages carry no inline script or style, so the policy can forbid both: an injected `<script>`
would not run. Signed-in pages are never stored by the browser or a proxy.
"""

from __future__ import annotations

import hashlib
import hmac

from aiohttp import web

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
    )
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
CSRF_FIELD = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: every response, error pages and static files included."""
    response.headers.update(HEADERS)
    if not is_static(request):
        response.headers["Cache-Control"] = "no-store"


def is_static(request: web.Request) -> bool:
    route = request.match_info.route
    return isinstance(route.resource, web.StaticResource)


def csrf_token(session_secret: str) -> str:
    """The session's CSRF token: derived from the cookie's value, which only the browser holds
    (the database keeps its hash), so it needs no storage and cannot be read from a copy."""
    return hmac.new(session_secret.encode(), b"dashboard csrf", hashlib.sha256).hexdigest()


def csrf_matches(offered: object, session_secret: str) -> bool:
    return isinstance(offered, str) and hmac.compare_digest(
        offered.encode(), csrf_token(session_secret).encode()
    )
