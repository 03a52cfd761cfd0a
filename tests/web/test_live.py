"""The workshop's projector page and its live stream, on a real server, with people joining and
rating through the dialogs, and the facilitator's controls on the dashboard."""

from __future__ import annotations

import asyncio
import io
import re
import zipfile

import pytest
from aiohttp import web
from sqlalchemy import select

from bot.web import live_feed
from bot.web.server import build_app
from storage import organisers
from storage.models import AuditEntry, Idea
from tests.outbox import waiting
from tests.web.conftest import OpenSite, Site, free_socket
from tests.web.live_room import (
    add_ideas,
    join,
    open_room,
    points_of,
    press,
    rate,
    since,
    stream,
)

BOT = "dialog_test_bot"
MIN = 3


@pytest.fixture
async def site(open_site: OpenSite, monkeypatch: pytest.MonkeyPatch) -> Site:
    # Streams look at their room without a wake-up this often: a revocation written straight
    # into the database (as by another program) is seen within moments, not seconds.
    monkeypatch.setattr(live_feed, "LOOK_SECONDS", 0.05)
    opened = await open_site(telegram_bot_username=BOT, matrix_min_ratings=MIN)
    await add_ideas(opened.dialogs)
    return opened


async def test_the_projector_shows_how_to_join_and_the_room(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    await join(site.dialogs, "1001", room.code)
    await join(site.dialogs, "1002", room.code, language="pl")
    moved = await press(browser, room, "next")
    assert moved.status == 303 and "said=moved&n=2" in moved.location

    page = await browser.get(f"/live/{room.code.lower()}")  # the code in any case
    assert page.status == 200
    assert f'<span class="code" data-code>{room.code}</span>' in page.text
    assert f"/start {room.code}" in page.text
    assert f"https://t.me/{BOT}?start={room.code.lower()}" in page.text
    qr = re.search(r'<svg [^>]*class="qr"[^>]*>.*?</svg>', page.text, re.S)
    assert qr is not None and "<path d=" in qr.group(0)
    assert [page.texts("data-count", c) for c in ("joined", "present", "rated")] == [
        ["Joined", "2"],
        ["In the room now", "2"],
        ["Rated the current idea", "0"],
    ]
    # The first idea, in the languages of the people in the room (Polish, Ukrainian).
    assert page.texts("data-current", "w1") == [
        "Polski Tandemy językowe w bibliotekach",
        "Українська Мовні тандеми в бібліотеках",
    ]
    assert 'id="room" data-events="/live/' in page.text
    assert "<script>" not in page.text and "style=" not in page.text


async def test_the_stream_sends_the_room_after_each_rating(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    people = [await join(site.dialogs, str(1001 + n), room.code) for n in range(MIN)]
    await press(browser, room, "next")
    page = await browser.get(f"/live/{room.code}")
    events = await stream(browser, room.code, since(page))
    try:
        assert events.retry == ""  # read with the first event
        await rate(people[0], 4, 5)
        first = await events.next()
        assert first is not None and first.name == "room"
        assert events.retry == "2000"
        assert first.count("rated") == 1 and first.count("joined") == MIN
        assert first.id != since(page)
        # Below the minimum of ratings nothing is placed or described, only named as waiting.
        assert first.points == {}
        assert "data-effectiveness" not in first.data
        assert re.search(r'<li data-idea="w1">w1 · ', first.data)

        for person in people[1:]:
            await rate(person, 4, 5)
        placed = None
        while placed is None:
            event = await events.next()
            assert event is not None
            if event.count("rated") == MIN:
                placed = event
        point = placed.points["w1"]
        assert point["data-ratings"] == str(MIN)
        assert point["data-effectiveness"] == "4.000" and point["data-ease"] == "5.000"
        assert point["data-quadrant"] == "WOW"
    finally:
        await events.close()


async def test_a_stream_says_nothing_new_while_the_room_stands_still(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    person = await join(site.dialogs, "1001", room.code)
    await press(browser, room, "next")
    page = await browser.get(f"/live/{room.code}")
    events = await stream(browser, room.code, since(page))
    try:
        # Other people's commits wake the stream; the room's marker has not moved, so nothing
        # is sent until this room's own change.
        outsider = await join(site.dialogs, "2001", room.code)
        await outsider.command("menu")  # joined and left: the room changed twice
        first = await events.next()
        assert first is not None and first.count("joined") == 2
        await rate(person, 2, 2)
        while (event := await events.next()) is not None and event.count("rated") != 1:
            pass
        assert event is not None and event.count("present") == 1
    finally:
        await events.close()


async def test_strangers_get_no_stream(site: Site) -> None:
    organiser = await site.signed_in()
    room = await open_room(organiser, site.dialogs)
    stranger = site.browser()
    refused = await stranger.get(f"/live/{room.code}/events")
    assert refused.status == 303 and refused.location == "/signin"
    assert (await stranger.get(f"/live/{room.code}")).status == 303
    assert (await organiser.get("/live/ZZZZZ")).status == 404


async def test_revoking_the_organiser_ends_their_stream(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    page = await browser.get(f"/live/{room.code}")
    events = await stream(browser, room.code, since(page))
    async with site.dialogs.sessionmaker() as session, session.begin():
        [organiser] = await organisers.all_organisers(session)
        await organisers.revoke(session, organiser.id, site.clock())
    told = await events.next()
    assert told is not None and told.name == "signed-out" and told.data == "/signin"
    assert await events.next() is None  # and the server ended the stream


async def test_signing_out_ends_the_stream(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    page = await browser.get(f"/live/{room.code}")
    events = await stream(browser, room.code, since(page))
    await browser.form(await browser.get(room.controls), "/signout")
    told = await events.next()
    assert told is not None and told.name == "signed-out"
    assert await events.next() is None


async def test_shutting_the_server_down_ends_open_streams(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    # The same dashboard served by a second server, shut down while a page listens.
    sock = free_socket()
    runner = web.AppRunner(build_app(site.dashboard), access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    browser.base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    events = await stream(browser, room.code)
    first = await events.next()
    assert first is not None and first.name == "room"
    await asyncio.wait_for(runner.cleanup(), timeout=30)  # would wait a minute for the stream
    assert await events.next() is None


async def test_the_controls_are_the_chats_operations(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    person = await join(site.dialogs, "1001", room.code)

    typed = await press(browser, room, "idea", text="Spacery po dzielnicy z sąsiadami")
    assert typed.status == 303 and typed.location.endswith("said=idea-added")
    moved = await press(browser, room, "next")
    assert "said=moved&n=1" in moved.location
    await rate(person, 5, 4)  # the first idea reached the phone

    async with site.dialogs.sessionmaker() as session:
        actions = list(
            await session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.like("workshop%"))
                .order_by(AuditEntry.id)
            )
        )
        typed_idea = await session.scalar(select(Idea).where(Idea.source.like("workshop-%")))
    assert actions == ["workshop_new", "workshop_list", "workshop_idea", "workshop_next"]
    assert typed_idea is not None and typed_idea.status == "approved"
    assert typed_idea.language == "en"  # the page's language

    controls = await browser.get(room.controls)
    assert controls.texts("data-figure", "joined") == ["Joined", "1"]
    assert [row[:1] for row in [controls.texts("data-idea", c) for c in ("w1", "w2")]] == [
        ["w1"],
        ["w2"],
    ]


async def test_bad_input_on_the_controls_changes_nothing(site: Site) -> None:
    browser = await site.signed_in()
    room = await open_room(browser, site.dialogs)
    page = await browser.get(room.controls)
    empty = await browser.form(page, room.controls + "/idea", {"text": "   "})
    assert empty.status == 400
    assert (
        'data-problem="live-idea-empty">Please type the idea the room proposed. Nothing was added.</p>'
    ) in empty.text
    long = await browser.form(page, room.controls + "/idea", {"text": "x" * 5000})
    assert long.status == 400 and 'data-problem="organisers-workshop-idea-long"' in long.text
    unconfirmed = await browser.form(page, room.controls + "/close")
    assert unconfirmed.status == 400 and 'data-problem="live-close-unconfirmed"' in unconfirmed.text
    area = await browser.form(page, room.controls + "/area", {"area": "nowhere"})
    assert area.status == 400
    unnamed = await browser.form(await browser.get("/workshops"), "/workshops", {"name": " "})
    assert unnamed.status == 400 and 'data-problem="live-name-missing"' in unnamed.text
    forged = await browser.post(room.controls + "/next", {"csrf": "forged"})
    assert forged.status == 403

    async with site.dialogs.sessionmaker() as session:
        typed = await session.scalar(select(Idea).where(Idea.source.like("workshop-%")))
        actions = list(await session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert typed is None
    assert [a for a in actions if a.startswith("workshop")] == ["workshop_new", "workshop_list"]
    assert (await browser.get(room.controls)).texts("data-figure", "ideas") == ["Ideas", "2"]


async def test_closing_thanks_the_room_and_offers_the_summary(site: Site) -> None:
    facilitator = await site.organiser(hint="pl")
    browser = await site.signed_in(facilitator)
    room = await open_room(browser, site.dialogs)
    people = [await join(site.dialogs, str(1001 + n), room.code) for n in range(MIN)]
    await press(browser, room, "next")
    for person in people:
        await rate(person, 2, 4)
    page = await browser.get(f"/live/{room.code}")
    events = await stream(browser, room.code, since(page))
    closed = await press(browser, room, "close", confirm="yes")
    assert closed.status == 303 and closed.location.endswith("said=closed")
    final = await events.next()
    assert final is not None and final.name == "room"
    assert "data-ended" in final.data and points_of(final.data)["w1"]["data-quadrant"] == "NOW"
    ended = await events.next()
    assert ended is not None and ended.name == "ended"
    assert await events.next() is None

    # The summary reaches the facilitator's chat too, in the language they use there.
    sent = await waiting(site.dashboard.engine, facilitator.user_id)
    assert [m.key for m in sent][-3:] == [
        "workshop-summary",
        "workshop-summary-chart",
        "workshop-summary-workbook",
    ]
    assert "Warsztat „Wola, 12 March”" in sent[-3].text
    assert [m.attachment.filename for m in sent[-2:] if m.attachment] == [
        f"workshop-{room.code}-matrix.png",
        f"workshop-{room.code}.xlsx",
    ]

    controls = await browser.get(room.controls)
    assert "said=closed" not in controls.text and "data-summary" in controls.text
    links = re.findall(r'href="([^"]*/summary/[^"]*)"', controls.text)
    assert [link.rsplit("/", 1)[1] for link in links] == ["matrix.png", "ideas.xlsx"]
    picture = await browser.http.get(browser.url(links[0]))
    assert picture.headers["Content-Type"] == "image/png"
    assert (await picture.read()).startswith(b"\x89PNG")
    workbook = await browser.http.get(browser.url(links[1]))
    assert "attachment" in workbook.headers["Content-Disposition"]
    assert zipfile.is_zipfile(io.BytesIO(await workbook.read()))
    # A workshop still running has no summary yet.
    other = await open_room(browser, site.dialogs, name="Bemowo")
    assert (await browser.get(other.controls + "/summary/matrix.png")).status == 404
