"""Two processes on one PostgreSQL database: people rate through one, the projector's stream is
served by the other, and only PostgreSQL's NOTIFY can tell the second that the room changed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.web import live_feed
from dialogs.i18n import Translator
from storage import migrate
from storage.db import create_engine
from tests.conftest import Clock
from tests.conftest import make_dialogs as dialogs_on
from tests.web.live_room import (
    add_ideas,
    dashboard_site,
    join,
    open_room,
    press,
    rate,
    since,
    stream,
)

BOT = "dialog_test_bot"


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_rating_in_one_process_reaches_a_stream_served_by_another(
    any_db_url: str,
    translator: Translator,
    clock: Clock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No look at the marker for an hour: only the NOTIFY can wake the other process's stream.
    monkeypatch.setattr(live_feed, "LOOK_SECONDS", 3600.0)
    chat_engine, page_engine = create_engine(any_db_url), create_engine(any_db_url)
    await migrate.upgrade(chat_engine)
    chat = dialogs_on(chat_engine, translator, clock, telegram_bot_username=BOT)
    try:
        async with dashboard_site(
            page_engine, any_db_url, tmp_path, translator, clock, telegram_bot_username=BOT
        ) as site:
            pages = site.dialogs
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
            assert pages.changes.count > woken  # woken by the notice, not by its own commit
            await events.close()
    finally:
        await chat_engine.dispose()
        await page_engine.dispose()
