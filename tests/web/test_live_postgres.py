"""Two processes on one PostgreSQL database: people rate through one, the projector's stream is
served by the other, and only PostgreSQL's NOTIFY can tell the second that the room changed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from bot.settings import Settings
from bot.web import live_feed
from bot.web.context import Dashboard
from bot.web.server import build_app
from dialogs.i18n import Translator
from storage import migrate
from storage.db import create_engine
from tests.conftest import POSTGRES_ADMIN_URL, Clock, _drop_postgres_database, _postgres_database
from tests.conftest import make_dialogs as dialogs_on
from tests.web.conftest import Site, free_socket
from tests.web.live_room import add_ideas, join, open_room, press, rate, since, stream

BOT = "dialog_test_bot"


@pytest.fixture
async def database_url() -> AsyncIterator[str]:
    created = await _postgres_database()
    if created is None:
        pytest.skip(
            f"no PostgreSQL server reachable at {POSTGRES_ADMIN_URL} (set TEST_POSTGRES_URL)"
        )
    name, url = created
    yield url
    await _drop_postgres_database(name)


async def test_a_rating_in_one_process_reaches_a_stream_served_by_another(
    database_url: str, translator: Translator, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No look at the marker for an hour: only the NOTIFY can wake the other process's stream.
    monkeypatch.setattr(live_feed, "LOOK_SECONDS", 3600.0)
    chat_engine, page_engine = create_engine(database_url), create_engine(database_url)
    await migrate.upgrade(chat_engine)
    settings = {"telegram_bot_username": BOT, "matrix_min_ratings": 2}
    chat = dialogs_on(chat_engine, translator, clock, **settings)
    sock = free_socket()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    pages = dialogs_on(page_engine, translator, clock, dashboard_url=base, **settings)
    config = Settings(_env_file=None, database_url=database_url, dashboard_url=base, **settings)  # type: ignore[call-arg, arg-type]
    dashboard = Dashboard(pages, page_engine, config)
    runner = web.AppRunner(build_app(dashboard), access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    site = Site(base, pages, dashboard, clock)
    try:
        await add_ideas(chat)
        browser = await site.signed_in()
        room = await open_room(browser, pages)
        person = await join(chat, "1001", room.code)
        await press(browser, room, "next")
        page = await browser.get(f"/live/{room.code}")
        events = await stream(browser, room.code, since(page))
        woken = pages.changes.count
        await rate(person, 3, 4)  # committed by the other process's dialogs
        update = await asyncio.wait_for(events.next(), timeout=30)
        assert update is not None and update.count("rated") == 1
        assert pages.changes.count > woken  # woken by the notice, not by a commit of its own
        await events.close()
    finally:
        for browser in site.browsers:
            await browser.close()
        await runner.cleanup()
        await chat_engine.dispose()
        await page_engine.dispose()
