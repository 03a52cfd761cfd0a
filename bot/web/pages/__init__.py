"""The dashboard's pages. Adding one is a module here and one line in PAGES.

The module has `routes() -> list[web.RouteDef]`, its page's route named as the page's entry in
bot/web/nav.py (`web.get("/matrix", show, name="matrix")`). Its handlers:
- reach the program through `request.app[DASHBOARD]` (bot.web.context): the dialogs (database,
  translator, clock, config), `reader` for read-only sessions, the digest's `figures()`;
- know who asks through `signed_in(request)` (bot.web.visitors): every route is for signed-in
  organisers only unless marked `@public`, and a POST reaches its handler only with the
  session's CSRF token, which a template puts in each form with `{{ csrf_field() }}`;
- answer with `render(request, "page.html", **values)` (bot.web.render), a template that extends
  "base.html" and reads words with `t("key", **args)` in the organiser's language;
- hold no rule of their own: they call the same functions in dialogs/ and storage/ as the chat.
Tests open it with tests/web/conftest.py: `browser = await site.signed_in()`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from aiohttp import web

PAGES: tuple[str, ...] = (
    "overview",
    "needs",
    "matrix",
    "ideas",
    "outcomes",  # forms on an idea's page
    "moderation",
    "campaigns",
    "downloads",
    "workshops",
    "live",
)


def page_routes() -> Iterator[web.RouteDef]:
    for name in PAGES:
        module = importlib.import_module(f"{__name__}.{name}")
        yield from module.routes()
