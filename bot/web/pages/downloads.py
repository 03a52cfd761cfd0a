"""Downloads: the export (ideas.csv and ideas.xlsx, as `dialog-bot export` writes them), the
workbook the chat's /export sends, and the digest's matrix chart, all up to now.

Each file is made in the reports' worker process from a read-only session (bot.digest.worker),
so the server goes on answering other pages while a large database is read.
"""

from __future__ import annotations

from aiohttp import web

from bot.export import FORMATS, export_file
from bot.web.context import DASHBOARD
from bot.web.render import page_locale, render


def routes() -> list[web.RouteDef]:
    return [
        web.get("/downloads", listing, name="downloads"),
        web.get(r"/downloads/ideas.{kind:csv|xlsx}", ideas, name="download-ideas"),
        web.get("/downloads/workbook.xlsx", workbook, name="download-workbook"),
        web.get("/downloads/matrix.png", chart, name="download-chart"),
    ]


async def listing(request: web.Request) -> web.Response:
    return render(request, "downloads.html")


def _file(content: bytes, filename: str, media_type: str) -> web.Response:
    return web.Response(
        body=content,
        content_type=media_type,
        charset="utf-8" if media_type.startswith("text/") else None,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def ideas(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    config = dashboard.dialogs.config
    kind = request.match_info["kind"]
    content = await export_file(
        dashboard.database_url,
        kind,
        midpoint=config.matrix_midpoint,
        min_ratings=config.matrix_min_ratings,
    )
    filename, media_type = FORMATS[kind]
    return _file(content, filename, media_type)


async def workbook(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    said = await dashboard.maker.workbook_from(
        dashboard.database_url, page_locale(request), dashboard.now
    )
    made = said.attachment
    assert made is not None  # the workbook always comes attached
    return _file(made.content, made.filename, made.media_type)


async def chart(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    made = await dashboard.maker.chart_from(
        dashboard.database_url, page_locale(request), dashboard.now
    )
    return _file(made.content, made.filename, made.media_type)
