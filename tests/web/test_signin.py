"""Signing in to the dashboard from the chat, and everything that keeps others out."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from bot import organiser_cli
from dialogs.engine import Dialogs
from storage import dashboard as repo
from storage import organisers
from storage.models import AuditEntry, DashboardSignin
from tests.transcript import Person
from tests.web.conftest import OpenSite, Site


async def audit_actions(dialogs: Dialogs) -> list[str]:
    async with dialogs.sessionmaker() as session:
        return [entry.action for entry in await organisers.audit_entries(session)]


async def signin_rows(dialogs: Dialogs) -> int:
    async with dialogs.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(DashboardSignin)) or 0)


# --- the link from the chat -------------------------------------------------------------------


async def test_the_link_signs_in_once_and_opens_the_overview(site: Site) -> None:
    person = await site.organiser()
    link = await site.link(person)
    assert person.last[0].key.startswith("organisers-dashboard-link")
    browser = site.browser()

    # Opening the link (as a messenger's preview would) uses nothing up: it shows a button.
    for _ in range(2):
        shown = await browser.get(link)
        assert shown.status == 200
        assert 'method="post"' in shown.text and "Sign in" in shown.text

    signed = await browser.post(link)
    assert signed.status == 303
    assert signed.location == "/"
    overview = await browser.get("/")
    assert overview.status == 200
    assert overview.title == "Overview"
    assert "Signed in as Ola (Wola NGO)" in overview.text

    # The same link again, in this browser or any other: a kind page, no session.
    stranger = site.browser()
    for refused in (await stranger.get(link), await stranger.post(link), await browser.post(link)):
        assert refused.status == 410
        assert "already been used or has expired" in refused.text
        assert not any(c.startswith("dialog_dashboard=") for c in refused.set_cookie)
    assert (await stranger.get("/")).status == 303
    assert await audit_actions(site.dialogs) == ["joined", "dashboard_link", "dashboard_signin"]


async def test_the_link_expires_after_ten_minutes(site: Site) -> None:
    person = await site.organiser()
    browser = site.browser()
    fresh = await site.link(person)
    site.clock.advance(minutes=9, seconds=59)
    assert (await browser.get(fresh)).status == 200

    stale = await site.link(person)
    site.clock.advance(minutes=10)
    assert (await browser.get(stale)).status == 410
    refused = await browser.post(stale)
    assert refused.status == 410
    assert "for 10 minutes" in refused.text
    assert (await browser.get("/")).status == 303


async def test_the_session_cookie_is_kept_from_scripts_and_other_sites(site: Site) -> None:
    person = await site.organiser()
    browser = site.browser()
    link = await site.link(person)
    signed = await browser.post(link)
    [cookie] = [c for c in signed.set_cookie if c.startswith("dialog_dashboard=")]
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"httponly", "samesite", "path", "max-age"} <= attributes
    assert "SameSite=Strict" in cookie
    assert "Max-Age=43200" in cookie  # DASHBOARD_SESSION_HOURS=12
    assert "secure" not in attributes  # the address is plain http here
    # Only the cookie's hash is in the database.
    secret = cookie.split(";")[0].split("=", 1)[1]
    async with site.dialogs.sessionmaker() as session:
        assert await repo.signed_in(session, secret, site.clock()) is not None
        stored = (await session.execute(select(repo.DashboardSession))).scalars().all()
    assert [row.session_hash for row in stored] == [organisers.token_hash(secret)]


async def test_over_https_the_cookie_travels_over_https_only(open_site: OpenSite) -> None:
    site = await open_site(scheme="https")
    person = await site.organiser()
    link = (await site.link(person)).replace("https://", "http://")
    signed = await site.browser().post(link)
    [cookie] = [c for c in signed.set_cookie if c.startswith("dialog_dashboard=")]
    assert "Secure" in cookie


async def test_a_session_ends_after_the_configured_hours(open_site: OpenSite) -> None:
    site = await open_site(dashboard_session_hours=2)
    browser = await site.signed_in()
    site.clock.advance(hours=1, minutes=59)
    assert (await browser.get("/")).status == 200
    site.clock.advance(minutes=1)
    ended = await browser.get("/")
    assert ended.status == 303 and ended.location == "/signin"


async def test_signing_out_ends_the_session(site: Site) -> None:
    browser = await site.signed_in()
    overview = await browser.get("/")
    out = await browser.form(overview, "/signout")
    assert out.status == 303 and out.location == "/signin?out"
    assert any(c.startswith('dialog_dashboard=""') for c in out.set_cookie)
    said = await browser.get(out.location)
    assert "You have signed out." in said.text
    assert (await browser.get("/")).status == 303
    assert (await audit_actions(site.dialogs))[-2:] == ["dashboard_signin", "dashboard_signout"]


async def test_revoking_the_organiser_refuses_their_open_page_at_its_next_request(
    site: Site,
) -> None:
    person = await site.organiser()
    browser = await site.signed_in(person)
    other = await site.signed_in(await site.organiser(user_id="9002"))
    page = await browser.get("/")
    assert page.status == 200
    async with site.dialogs.sessionmaker() as session, session.begin():
        [mine, _theirs] = await organisers.all_organisers(session)
        await organisers.revoke(session, mine.id, site.clock())

    refused = await browser.get("/")
    assert refused.status == 303 and refused.location == "/signin"
    assert (await browser.form(page, "/signout")).location == "/signin"
    assert (await other.get("/")).status == 200  # only that organiser's sessions end
    # And the chat gives them no new link.
    assert await person.command("dashboard") == ["input-unknown-command"]


async def test_signing_in_from_two_browsers_gives_two_sessions(site: Site) -> None:
    person = await site.organiser()
    laptop = await site.signed_in(person)
    phone = await site.signed_in(person)
    page = await laptop.get("/")
    await laptop.form(page, "/signout")
    assert (await laptop.get("/")).status == 303
    assert (await phone.get("/")).status == 200


# --- who gets a link ----------------------------------------------------------------------------


async def test_a_participant_never_gets_a_link(site: Site) -> None:
    person = Person(site.dialogs, user_id="1001", hint="uk")
    await person.onboard(language="uk", migration="no")
    assert await person.command("dashboard") == ["input-unknown-command", "menu-main"]
    typed = await person.says("панель")  # the command's word, typed
    assert typed[0] == "input-unknown-command"
    texts = [o.text for o in person.last]
    assert not any("/signin/" in text for text in texts)
    assert await signin_rows(site.dialogs) == 0


async def test_the_organiser_menu_offers_the_link(site: Site) -> None:
    person = await site.organiser()
    assert "dashboard" in person.options
    replies = await person.taps("dashboard")
    assert replies[0] == "organisers-dashboard-link"
    assert await signin_rows(site.dialogs) == 1


async def test_with_the_dashboard_switched_off_the_chat_says_so(open_site: OpenSite) -> None:
    site = await open_site(dashboard_enabled=False)
    person = await site.organiser()
    assert (await person.command("dashboard"))[0] == "organisers-dashboard-off"
    assert await signin_rows(site.dialogs) == 0


# --- the way in for everyone else --------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/"), ("POST", "/signout"), ("POST", "/language")]
)
async def test_without_a_session_pages_lead_to_signing_in_from_the_chat(
    site: Site, method: str, path: str
) -> None:
    browser = site.browser()
    sent = await (browser.get(path) if method == "GET" else browser.post(path, {"locale": "uk"}))
    assert sent.status == 303 and sent.location == "/signin"
    page = await browser.get(sent.location, headers={"Accept-Language": "uk-UA,uk;q=0.9,en;q=0.5"})
    assert page.lang == "uk"
    assert "надішліть /dashboard боту" in page.text


@pytest.mark.parametrize(
    ("accept", "lang"),
    [
        ("ru-RU,ru;q=0.9", "ru"),
        ("de-DE,de;q=0.9,en;q=0.8", "en"),
        ("en;q=0.2,pl;q=0.9", "pl"),
        ("be-BY", "pl"),  # none of ours: the default locale, never a guess between uk and ru
        ("", "pl"),
        ("uk;q=abc,ru", "ru"),  # a broken weight counts as no wish
    ],
)
async def test_an_unusable_link_speaks_the_browsers_language(
    site: Site, accept: str, lang: str
) -> None:
    page = await site.browser().get("/signin/not-a-real-token", headers={"Accept-Language": accept})
    assert page.status == 410
    assert page.lang == lang


# --- forms and rate limits ----------------------------------------------------------------------


async def test_a_form_without_the_csrf_token_is_refused_and_changes_nothing(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/")
    for data in ({}, {"csrf": "0" * 64}, {"csrf": ""}):
        refused = await browser.post("/signout", data)
        assert refused.status == 403
        assert "nothing was changed" in refused.text
        assert (await browser.get("/")).status == 200  # still signed in
    switched = await browser.post("/language", {"locale": "uk", "next": "/"})
    assert switched.status == 403
    assert (await browser.get("/")).lang == "en"
    # Another browser's token is no good either.
    other = await site.signed_in(await site.organiser(user_id="9002"))
    theirs = await other.get("/")
    assert (await browser.post("/signout", {"csrf": theirs.csrf})).status == 403
    assert (await browser.form(page, "/signout")).status == 303


async def test_the_language_switch_is_kept_with_the_session(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/")
    assert page.lang == "en"
    switched = await browser.form(page, "/language", {"locale": "uk", "next": "/"})
    assert switched.status == 303 and switched.location == "/"
    again = await browser.get("/")
    assert again.lang == "uk" and again.title == "Огляд"
    # The language of another session (another browser) is its own.
    other = await site.signed_in(await site.organiser(user_id="9002"))
    assert (await other.get("/")).lang == "en"


async def test_a_language_that_is_not_offered_changes_nothing(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/")
    refused = await browser.form(page, "/language", {"locale": "de", "next": "/"})
    assert refused.status == 400
    assert "Nothing was changed." in refused.text
    assert (await browser.get("/")).lang == "en"


async def test_the_language_switch_returns_only_to_this_dashboard(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/")
    for elsewhere in ("https://example.org/", "//example.org/x", "/\\example.org", "x"):
        back = await browser.form(page, "/language", {"locale": "pl", "next": elsewhere})
        assert back.location == "/"


async def test_sign_in_attempts_are_limited_per_client_and_overall(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(repo, "ATTEMPTS_PER_CLIENT", 3)
    monkeypatch.setattr(repo, "ATTEMPTS_OVERALL", 5)
    guesser, neighbour, late = site.browser(), site.browser(), site.browser()

    def behind_proxy(address: str) -> dict[str, str]:
        # The reverse proxy on this machine names the client last; what the client sent
        # before it is not believed.
        return {"X-Forwarded-For": f"203.0.113.99, {address}"}

    for _ in range(3):
        guess = await guesser.get("/signin/guess", headers=behind_proxy("198.51.100.1"))
        assert guess.status == 410
    limited = await guesser.post("/signin/guess", headers=behind_proxy("198.51.100.1"))
    assert limited.status == 429
    assert limited.headers["Retry-After"] == "600"
    assert "too many sign-in attempts" in limited.text

    # Another address still gets through, until everyone together reaches the overall limit.
    for _ in range(2):
        assert (
            await neighbour.get("/signin/guess", headers=behind_proxy("198.51.100.2"))
        ).status == 410
    assert (
        await neighbour.get("/signin/guess", headers=behind_proxy("198.51.100.3"))
    ).status == 429

    # Even a good link waits; after the window, it works.
    person = await site.organiser()
    link = await site.link(person)
    assert (await late.post(link, headers=behind_proxy("198.51.100.4"))).status == 429
    site.clock.advance(minutes=10)
    link = await site.link(person)
    assert (await late.get(link, headers=behind_proxy("198.51.100.4"))).status == 200
    assert (await late.post(link, headers=behind_proxy("198.51.100.4"))).status == 303
    assert (await late.get("/")).status == 200


async def test_attempts_are_counted_without_keeping_the_address(site: Site) -> None:
    await site.browser().get("/signin/guess", headers={"X-Forwarded-For": "198.51.100.7"})
    async with site.dialogs.sessionmaker() as session:
        [attempt] = (await session.execute(select(repo.DashboardAttempt))).scalars().all()
    assert "198.51.100.7" not in attempt.client
    assert attempt.client == site.dialogs.pseudonymizer.client_key("198.51.100.7")


async def test_the_audit_log_holds_no_link_or_cookie(site: Site) -> None:
    browser = await site.signed_in()
    await browser.form(await browser.get("/"), "/signout")
    async with site.dialogs.sessionmaker() as session:
        entries = (await session.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()
    assert [(e.action, e.target) for e in entries][-3:] == [
        ("dashboard_link", None),
        ("dashboard_signin", None),
        ("dashboard_signout", None),
    ]


async def test_expired_sessions_and_links_are_pruned(site: Site) -> None:
    person = await site.organiser()
    await site.signed_in(person)
    await site.link(person)
    site.clock.advance(hours=12)
    async with site.dialogs.sessionmaker() as session, session.begin():
        assert await repo.prune(session, site.clock()) == 3  # a session, a used and a new link
    assert await signin_rows(site.dialogs) == 0


async def test_one_link_pressed_twice_at_once_opens_one_session(site: Site) -> None:
    person = await site.organiser()
    link = await site.link(person)
    first, second = site.browser(), site.browser()
    pressed = await asyncio.gather(first.post(link), second.post(link))
    assert sorted(page.status for page in pressed) == [303, 410]
    async with site.dialogs.sessionmaker() as session:
        sessions = (await session.execute(select(repo.DashboardSession))).scalars().all()
    assert len(sessions) == 1


async def test_revoking_on_the_command_line_deletes_the_sessions(site: Site) -> None:
    first_person = await site.organiser()
    browser = await site.signed_in(first_person)
    await site.link(first_person)  # a second link, not opened
    await site.link(await site.organiser(user_id="9002"))
    async with site.dialogs.sessionmaker() as session:
        [first, second] = await organisers.all_organisers(session)
    assert await organiser_cli.revoke(site.dashboard.settings, first.id) == (
        f"Organiser {first.id} (Ola (Wola NGO)) revoked."
    )
    async with site.dialogs.sessionmaker() as session:
        left = (await session.execute(select(repo.DashboardSession))).scalars().all()
        links = (await session.execute(select(DashboardSignin))).scalars().all()
    assert left == []
    # The link they used stays as a record until housekeeping; the unopened one is gone.
    assert [(row.organiser_id, row.used_at is None) for row in links] == [
        (first.id, False),
        (second.id, True),
    ]
    assert (await browser.get("/")).status == 303
