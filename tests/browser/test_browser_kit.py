"""The browser kit against pages from a real aiohttp server with a dashboard-like policy.

Two pages: one accessible, with a button the page's own script answers; one with an unlabelled
input, which axe-core must report. Both carry a Content-Security-Policy that allows no inline
script, as the dashboard's does.
"""

from __future__ import annotations

import struct
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from aiohttp import web
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.migrate import newest_revision
from tests.browser.kit import (
    LAPTOP,
    PHONE,
    SCREENSHOTS,
    WIDTHS,
    NewPage,
    Viewport,
    axe_check,
    screenshot,
    serve,
)

if TYPE_CHECKING:
    from playwright.async_api import Page

POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<script src="/static/kit.js" defer></script>
</head>
<body>
<main>
<h1>{title}</h1>
{body}
</main>
</body>
</html>
"""

ACCESSIBLE = PAGE.format(
    title="Ideas",
    body="""<form action="/ideas" method="get">
<label for="q">Search ideas</label>
<input id="q" name="q" type="search">
</form>
<button type="button" id="tap">Support</button>
<p id="said">Nobody has tapped yet</p>
<p id="inline">Inline script did not run</p>
<script>document.getElementById("inline").textContent = "Inline script ran";</script>""",
)

# The planted fault: an input with neither a label nor an accessible name (axe rule "label").
UNLABELLED = PAGE.format(
    title="Search",
    body='<form action="/search" method="get"><input id="nameless" name="q" type="text"></form>',
)

SCRIPT = """document.addEventListener("DOMContentLoaded", () => {
  const said = document.getElementById("said");
  let taps = 0;
  document.getElementById("tap").addEventListener("click", () => {
    taps += 1;
    said.textContent = `Tapped ${taps} ${taps === 1 ? "time" : "times"}`;
  });
});
"""


@web.middleware
async def dashboard_headers(
    request: web.Request, handler: web.RequestHandler
) -> web.StreamResponse:
    response = await handler(request)
    response.headers["Content-Security-Policy"] = POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def serving(body: str, content_type: str = "text/html") -> web.RequestHandler:
    async def handler(_: web.Request) -> web.Response:
        return web.Response(text=body, content_type=content_type)

    return handler


def kit_app() -> web.Application:
    app = web.Application(middlewares=[dashboard_headers])
    app.router.add_get("/", serving(ACCESSIBLE))
    app.router.add_get("/unlabelled", serving(UNLABELLED))
    app.router.add_get("/static/kit.js", serving(SCRIPT, "text/javascript"))
    return app


@pytest.fixture
async def site() -> AsyncIterator[str]:
    async with serve(kit_app()) as url:
        yield url


def png_size(path: Path) -> tuple[int, int]:
    # A PNG starts with its 8-byte signature and the IHDR chunk: length, type, width, height.
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("viewport", WIDTHS, ids=lambda viewport: viewport.label)
async def test_the_page_loads_at_both_widths_and_is_screenshotted(
    page: Page, site: str, viewport: Viewport
) -> None:
    response = await page.goto(site)

    assert response is not None and response.ok
    assert response.headers["content-security-policy"] == POLICY
    assert await page.locator("h1").text_content() == "Ideas"
    assert await page.evaluate("() => window.innerWidth") == viewport.width

    name = f"browser-kit-ideas-{viewport.width}"
    (SCREENSHOTS / f"{name}.png").unlink(missing_ok=True)
    path = await screenshot(page, name)

    assert path == SCREENSHOTS / f"{name}.png"
    width, height = png_size(path)
    assert width == viewport.width
    assert height >= viewport.height


@pytest.mark.parametrize("viewport", WIDTHS, ids=lambda viewport: viewport.label)
async def test_axe_passes_the_accessible_page(page: Page, site: str) -> None:
    await page.goto(site)

    assert await axe_check(page) == []


async def test_axe_finds_the_unlabelled_input_and_says_where(new_page: NewPage, site: str) -> None:
    page = await new_page(PHONE)
    await page.goto(f"{site}/unlabelled")

    violations = await axe_check(page)

    assert [(found.rule, found.targets) for found in violations] == [("label", ("#nameless",))]
    assert violations[0].impact == "critical"
    message = str(violations)
    assert f"{site}/unlabelled" in message
    assert "label (critical): Form elements must have labels" in message
    assert "#nameless" in message
    assert "dequeuniversity.com/rules/axe/" in message


async def test_clicking_runs_the_pages_own_script_and_its_text_can_be_read(
    page: Page, site: str
) -> None:
    await page.goto(site)
    said = page.locator("#said")
    assert await said.text_content() == "Nobody has tapped yet"

    await page.get_by_role("button", name="Support").click()
    assert await said.text_content() == "Tapped 1 time"

    await page.get_by_role("button", name="Support").click()
    assert await said.text_content() == "Tapped 2 times"


async def test_the_policy_holds_in_a_context_that_does_not_bypass_it(
    new_page: NewPage, site: str
) -> None:
    guarded = await new_page(LAPTOP, bypass_csp=False)
    await guarded.goto(site)
    await guarded.get_by_role("button", name="Support").click()

    assert await guarded.locator("#said").text_content() == "Tapped 1 time"
    assert await guarded.locator("#inline").text_content() == "Inline script did not run"

    # The default context lets foreign script in (axe-core needs it), inline script included.
    bypassing = await new_page(LAPTOP)
    await bypassing.goto(site)
    assert await bypassing.locator("#inline").text_content() == "Inline script ran"


async def test_a_page_serves_what_the_database_fixture_holds(
    page: Page, backend: AsyncEngine
) -> None:
    # `backend` comes from tests/conftest.py; on PostgreSQL its pooled asyncpg connection only
    # works in the loop that opened it, which must therefore be the browser's.
    async def schema(_: web.Request) -> web.Response:
        async with backend.connect() as connection:
            version = await connection.scalar(text("SELECT version_num FROM alembic_version"))
        body = PAGE.format(title="Schema", body=f'<p id="version">{version}</p>')
        return web.Response(text=body, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", schema)
    async with serve(app) as url:
        await page.goto(url)
        assert await page.locator("#version").text_content() == newest_revision()
