"""The dashboard on a real aiohttp server, on SQLite in a temporary folder, with browsers that
keep their own cookies, and organisers who sign in through the chat's `/dashboard` link.

Page tests build on `site` (one per test): `await site.signed_in()` gives a browser signed in as
an organiser, the way a person gets there: the organiser sends `/dashboard` through the real
dialogs, opens the link and presses "Sign in".
"""

from __future__ import annotations

import re
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.settings import Settings
from bot.web.context import Dashboard
from bot.web.server import build_app
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import migrate
from storage.db import create_engine
from tests.conftest import Clock, make_dialogs
from tests.digest import dataset
from tests.transcript import Person

LINK = re.compile(r"https?://\S+/signin/[A-Za-z0-9_-]+")
CSRF = re.compile(r'name="csrf" value="([0-9a-f]*)"')


class Browser:
    """One browser: its own cookies, asking for English pages, following no redirect."""

    def __init__(self, base: str) -> None:
        self.base = base
        # unsafe: the test server is an IP address, whose cookies aiohttp drops by default.
        self.http = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True), headers={"Accept-Language": "en"}
        )

    def url(self, path: str) -> str:
        return path if path.startswith("http") else self.base + path

    async def get(self, path: str, **options: Any) -> Page:
        options.setdefault("allow_redirects", False)
        async with self.http.get(self.url(path), **options) as response:
            return await Page.read(response)

    async def post(self, path: str, data: dict[str, str] | None = None, **options: Any) -> Page:
        options.setdefault("allow_redirects", False)
        async with self.http.post(self.url(path), data=data or {}, **options) as response:
            return await Page.read(response)

    async def form(self, page: Page, action: str, data: dict[str, str] | None = None) -> Page:
        """Post a form of `page` as the browser would, with the page's CSRF token."""
        return await self.post(action, {"csrf": page.csrf, **(data or {})})

    async def close(self) -> None:
        await self.http.close()


@dataclass
class Page:
    status: int
    url: str
    headers: dict[str, str]
    text: str
    set_cookie: list[str]

    @classmethod
    async def read(cls, response: aiohttp.ClientResponse) -> Page:
        return cls(
            status=response.status,
            url=str(response.url),
            headers=dict(response.headers),
            text=await response.text(),
            set_cookie=response.headers.getall("Set-Cookie", []),
        )

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")

    @property
    def csrf(self) -> str:
        found = CSRF.search(self.text)
        assert found is not None, "no form with a CSRF token on this page"
        return found.group(1)

    @property
    def lang(self) -> str:
        found = re.search(r'<html lang="([a-z]+)"', self.text)
        return found.group(1) if found else ""

    def texts(self, selector_attribute: str, value: str) -> list[str]:
        """The words inside the element that has `selector_attribute="value"`, cell by cell."""
        return elements_text(self.text, selector_attribute, value)

    @property
    def title(self) -> str:
        found = re.search(r"<h1>(.*?)</h1>", self.text, re.S)
        return found.group(1).strip() if found else ""


@dataclass
class Site:
    """The dashboard, listening, and the chat that hands out its links."""

    base: str
    dialogs: Dialogs
    dashboard: Dashboard
    clock: Clock
    browsers: list[Browser] = field(default_factory=list)

    def browser(self) -> Browser:
        browser = Browser(self.base)
        self.browsers.append(browser)
        return browser

    async def organiser(self, user_id: str = "9001", hint: str = "en") -> Person:
        """Someone whose chat became an organiser's through an invitation."""
        return await dataset.organiser(self.dialogs, user_id=user_id, hint=hint)

    async def link(self, person: Person) -> str:
        """The sign-in link the bot answers `/dashboard` with in this person's chat."""
        await person.command("dashboard")
        found = [m.group(0) for o in person.last for m in LINK.finditer(o.text)]
        assert len(found) == 1, [o.key for o in person.last]
        return found[0]

    async def signed_in(self, person: Person | None = None) -> Browser:
        """A browser signed in as `person` (a new organiser if none): link, then the button."""
        person = person or await self.organiser()
        browser = self.browser()
        link = await self.link(person)
        shown = await browser.get(link)
        assert shown.status == 200, shown.text
        signed = await browser.post(link)
        assert signed.status == 303, signed.text
        return browser


OpenSite = Callable[..., Awaitable[Site]]


def free_socket() -> socket.socket:
    """A listening socket on a port the kernel chose: no other test can take it meanwhile."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


@pytest.fixture
async def open_site(
    tmp_path: Path, translator: Translator, clock: Clock
) -> AsyncIterator[OpenSite]:
    """Opens the dashboard with settings of the test's choosing (`path="/dashboard"` puts it
    under a path, `scheme="https"` names an HTTPS address for its links)."""
    opened: list[tuple[web.AppRunner, Site]] = []
    engines = []

    async def start(path: str = "", scheme: str = "http", **settings: Any) -> Site:
        sock = free_socket()
        port = sock.getsockname()[1]
        base = f"http://127.0.0.1:{port}{path}"
        folder = tmp_path / f"site-{len(opened)}"
        folder.mkdir()
        url = f"sqlite+aiosqlite:///{folder / 'test.sqlite3'}"
        engine = create_engine(url)
        engines.append(engine)
        await migrate.upgrade(engine)
        public = f"{scheme}://127.0.0.1:{port}{path}"
        chosen = {"dashboard_url": public, **settings}
        dialogs = make_dialogs(engine, translator, clock, **chosen)
        config = Settings(_env_file=None, database_url=url, data_dir=folder, **chosen)  # type: ignore[call-arg]
        dashboard = Dashboard(dialogs, engine, config)
        runner = web.AppRunner(build_app(dashboard), access_log=None)
        await runner.setup()
        await web.SockSite(runner, sock).start()
        site = Site(base, dialogs, dashboard, clock)
        opened.append((runner, site))
        return site

    yield start
    for runner, site in opened:
        for browser in site.browsers:
            await browser.close()
        await runner.cleanup()
    for engine in engines:
        await engine.dispose()


@pytest.fixture
async def site(open_site: OpenSite) -> Site:
    return await open_site()


# --- reading pages ------------------------------------------------------------------------------


class _Cells(HTMLParser):
    """The text of each cell (or item) inside the first element carrying an attribute value."""

    CELLS = frozenset({"th", "td", "dt", "dd", "li", "p", "caption", "h3"})
    VOID = frozenset({"input", "br", "img", "meta", "link", "hr", "col", "wbr"})

    def __init__(self, attribute: str, value: str) -> None:
        super().__init__()
        self.attribute, self.value = attribute, value
        self.depth = 0  # inside the wanted element while > 0
        self.cells: list[str] = []
        self.current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        if self.depth:
            self.depth += 1
            if tag in self.CELLS:
                self.current = []
        elif (self.attribute, self.value) in attrs and not self.cells:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag in self.CELLS and self.current is not None:
            self.cells.append(" ".join("".join(self.current).split()))
            self.current = None
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and self.current is not None:
            self.current.append(data)


def elements_text(html: str, attribute: str, value: str) -> list[str]:
    parser = _Cells(attribute, value)
    parser.feed(html)
    return parser.cells
