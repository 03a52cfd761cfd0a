"""What the live workshop tests share: a room opened from the dashboard, people who join and rate
it through the dialogs, and a reader for the projector's stream of server-sent events."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from bot.web.context import Dashboard
from bot.web.server import build_app
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import workshops as repo
from tests.conftest import Clock, make_dialogs
from tests.digest import dataset
from tests.transcript import Person
from tests.web.conftest import Browser, Page, Site, elements_text, free_socket

IDEAS = {
    "w1": {"pl": "Tandemy językowe w bibliotekach", "uk": "Мовні тандеми в бібліотеках"},
    "w2": {"pl": "Punkt informacyjny w urzędzie dzielnicy", "en": "An information desk"},
}


@asynccontextmanager
async def dashboard_site(
    engine: AsyncEngine,
    url: str,
    folder: Path,
    translator: Translator,
    clock: Clock,
    **settings: Any,
) -> AsyncIterator[Site]:
    """The dashboard of `engine`'s database on a loopback port, outside the `site` fixture (a
    browser test's loop, a second process's engine, a benchmark), with the dialogs that hand
    out its sign-in links (which name that port)."""
    sock = free_socket()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    chosen = {"dashboard_url": base, **settings}
    dialogs = make_dialogs(engine, translator, clock, **chosen)
    config = Settings(_env_file=None, database_url=url, data_dir=folder, **chosen)
    dashboard = Dashboard(dialogs, engine, config)
    runner = web.AppRunner(build_app(dashboard), access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    site = Site(base, dialogs, dashboard, clock)
    try:
        yield site
    finally:
        for browser in site.browsers:
            await browser.close()
        await runner.cleanup()


async def add_ideas(dialogs: Dialogs) -> None:
    async with dialogs.sessionmaker() as session, session.begin():
        for code, texts in IDEAS.items():
            await dataset.add_approved_idea(session, code, texts, dialogs.clock())


@dataclass
class OpenRoom:
    workshop_id: int
    code: str  # as the wall shows it
    controls: str  # the controls page's path


async def open_room(browser: Browser, dialogs: Dialogs, name: str = "Wola, 12 March") -> OpenRoom:
    """A workshop opened from the dashboard with the test's ideas, in the room's order."""
    listing = await browser.get("/workshops")
    created = await browser.form(listing, "/workshops", {"name": name, "pace": "together"})
    assert created.status == 303, created.text
    controls = created.location.split("?")[0]
    page = await browser.get(controls)
    added = await browser.form(page, controls + "/list", {"codes": " ".join(IDEAS)})
    assert added.status == 303 and "said=added&n=2" in added.location, added.location
    async with dialogs.sessionmaker() as session:
        [room] = await repo.open_rooms(session)
    return OpenRoom(room.id, repo.shown_code(room.code), controls)


async def press(browser: Browser, room: OpenRoom, action: str, **form: str) -> Page:
    page = await browser.get(room.controls)
    return await browser.form(page, f"{room.controls}/{action}", form)


async def join(dialogs: Dialogs, user_id: str, code: str, language: str = "uk") -> Person:
    """Someone new joins with `/start CODE`: their language, consent, and in."""
    person = Person(dialogs, user_id=user_id, hint=language)
    said = await person.command("start", code)
    if said == ["onboarding-language"]:
        said = await person.taps(language)
    assert said[-1] == "onboarding-consent", said
    said = await person.taps("yes")
    assert said[0] == "workshop-joined-together", said
    return person


async def rate(person: Person, effectiveness: int, ease: int) -> None:
    """Rate the idea on this phone's screen (pushed by "next"), typing the scales' numbers."""
    assert await person.says(str(effectiveness)) == ["rating-ease"]
    await person.says(str(ease))


@dataclass
class Event:
    name: str
    id: str
    data: str

    def texts(self, attribute: str, value: str) -> list[str]:
        return elements_text(self.data, attribute, value)

    def count(self, which: str) -> int:
        [_label, shown] = self.texts("data-count", which)
        return int(shown)

    @property
    def points(self) -> dict[str, dict[str, str]]:
        """The matrix's points, by idea code, with their data- figures."""
        return points_of(self.data)


def points_of(html: str) -> dict[str, dict[str, str]]:
    found = {}
    for tag in re.findall(r'<a [^>]*class="idea [^"]*"[^>]*>', html):
        attributes = dict(re.findall(r'(data-[a-z-]+)="([^"]*)"', tag))
        found[attributes["data-code"]] = attributes
    return found


@dataclass
class Stream:
    """The projector's stream as a browser's EventSource reads it."""

    response: aiohttp.ClientResponse
    retry: str = ""
    comments: list[str] = field(default_factory=list)

    async def next(self) -> Event | None:
        """The next event; None once the server ended the stream."""
        name, event_id, data = "message", "", []
        while True:
            raw = await self.response.content.readline()
            if not raw:
                return None
            line = raw.decode().rstrip("\n")
            if not line:
                if data or name != "message":
                    return Event(name, event_id, "\n".join(data))
                continue
            if line.startswith(":"):
                self.comments.append(line)
                continue
            key, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if key == "event":
                name = value
            elif key == "id":
                event_id = value
            elif key == "data":
                data.append(value)
            elif key == "retry":
                self.retry = value

    async def close(self) -> None:
        self.response.close()


async def stream(browser: Browser, code: str, since: str = "") -> Stream:
    response = await browser.http.get(
        browser.url(f"/live/{code}/events"),
        params={"since": since},
        allow_redirects=False,
        timeout=aiohttp.ClientTimeout(total=None, sock_read=None),
    )
    assert response.status == 200, await response.text()
    assert response.headers["Content-Type"] == "text/event-stream; charset=utf-8"
    return Stream(response)


def since(page: Page) -> str:
    found = re.search(r'data-since="([^"]*)"', page.text)
    assert found is not None
    return found.group(1)
