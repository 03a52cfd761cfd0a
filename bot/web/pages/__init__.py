"""The dashboard's pages. A page is a module here with `routes() -> list[web.RouteDef]`, its
route named as its entry in bot/web/nav.py; adding one is one line in PAGES."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from aiohttp import web

PAGES: tuple[str, ...] = ("overview", "workshops", "live")


def page_routes() -> Iterator[web.RouteDef]:
    for name in PAGES:
        module = importlib.import_module(f"{__name__}.{name}")
        yield from module.routes()
