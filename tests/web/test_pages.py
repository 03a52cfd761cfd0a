"""What every dashboard response carries, the shared page frame, and the dashboard under a path."""

from __future__ import annotations

import re

from bot.web.nav import NAV
from bot.web.security import CONTENT_SECURITY_POLICY
from tests.web.conftest import OpenSite, Page, Site

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)


def assert_guarded(page: Page, *, stored: bool = False) -> None:
    headers = page.headers
    assert headers["Content-Security-Policy"] == POLICY, page.url
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Frame-Options"] == "DENY"
    if not stored:
        assert headers["Cache-Control"] == "no-store", page.url


def static_paths(page: Page) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]*/static/[^"]*)"', page.text)


async def test_every_response_carries_the_security_headers(site: Site) -> None:
    assert CONTENT_SECURITY_POLICY == POLICY
    browser = await site.signed_in()
    stranger = site.browser()
    overview = await browser.get("/")
    responses = [
        overview,
        await browser.get("/no-such-page"),
        await browser.post("/signout", {"csrf": "wrong"}),
        await browser.form(overview, "/language", {"locale": "xx", "next": "/"}),
        await browser.form(overview, "/language", {"locale": "pl", "next": "/"}),
        await stranger.get("/"),
        await stranger.get("/signin"),
        await stranger.get("/signin/unknown"),
        await stranger.post("/signin/unknown"),
    ]
    assert [page.status for page in responses] == [200, 404, 403, 400, 303, 303, 200, 410, 410]
    for page in responses:
        assert_guarded(page)
    [stylesheet, script] = static_paths(overview)
    for path in (stylesheet, script):
        asset = await stranger.get(path)
        assert asset.status == 200
        assert_guarded(asset, stored=True)  # the same for everyone: a browser may keep it
    assert (await stranger.get("/static/missing.css")).status == 404


async def test_pages_have_no_inline_script_or_style(site: Site) -> None:
    browser = await site.signed_in()
    for path in ("/", "/signin", "/nowhere"):
        page = await browser.get(path)
        assert not re.search(r"<script(?![^>]*\bsrc=)", page.text), path
        assert not re.search(r"\sstyle=|\son[a-z]+=", page.text), path


async def test_the_frame_has_landmarks_a_menu_a_language_switch_and_sign_out(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/")
    text = page.text
    assert page.lang == "en"
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    for landmark in (
        "<header",
        '<nav class="pages" aria-label="Dashboard pages">',
        '<main id="content"',
    ):
        assert landmark in text
    assert '<a class="skip" href="#content">Skip to the content</a>' in text
    assert text.count("<h1>") == 1
    links = re.findall(r'<li><a href="([^"]+)"( aria-current="page")?>([^<]+)</a></li>', text)
    assert [(href, label) for href, _current, label in links] == [
        ("/", "Overview"),
        ("/needs", "Needs"),
        ("/matrix", "Matrix"),
        ("/ideas", "Ideas"),
        ("/moderation", "Moderation"),
        ("/campaigns", "Campaigns"),
        ("/downloads", "Downloads"),
        ("/workshops", "Workshops"),
    ]
    assert [current for _href, current, _label in links].count(' aria-current="page"') == 1
    assert len(links) == len(NAV)
    # Every control has a label a screen reader reads out.
    assert '<label for="language-choice">Language</label>' in text
    assert '<select id="language-choice" name="locale">' in text
    for code in ("pl", "uk", "en", "ru"):
        assert f'<option value="{code}" lang="{code}"' in text
    assert ">Sign out</button>" in text
    assert text.count('name="csrf"') == 2  # the language switch and signing out


async def test_a_page_not_built_yet_says_so_in_the_menu_frame(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/not-built")
    assert page.status == 404
    assert page.title == "Page not found"
    assert 'aria-label="Dashboard pages"' in page.text


async def test_the_organisation_is_named_in_the_header(open_site: OpenSite) -> None:
    site = await open_site(organisation_name="Fundacja Przykład")
    page = await site.browser().get("/signin")
    assert '<span class="organisation">Fundacja Przykład</span>' in page.text
    assert "<title>Sign in from the chat · Fundacja Przykład</title>" in page.text


async def test_the_stylesheet_fits_a_phone_and_prints(site: Site) -> None:
    page = await site.browser().get("/signin")
    [stylesheet, _script] = static_paths(page)
    css = (await site.browser().get(stylesheet)).text
    assert "@media print" in css and "@page { size: A4" in css
    assert "@media (max-width: 30rem)" in css  # 390 px is about 24rem


async def test_under_a_path_every_link_and_the_cookie_stay_under_it(open_site: OpenSite) -> None:
    site = await open_site(path="/dashboard")
    root = site.base.removesuffix("/dashboard")
    person = await site.organiser()
    link = await site.link(person)
    assert link.startswith(site.base + "/signin/")
    browser = site.browser()
    signed = await browser.post(link)
    assert signed.location == "/dashboard/"
    [cookie] = [c for c in signed.set_cookie if c.startswith("dialog_dashboard=")]
    assert "Path=/dashboard" in cookie
    page = await browser.get(root + signed.location)
    assert page.status == 200 and page.title == "Overview"
    assert re.findall(r'<li><a href="([^"]+)"', page.text)[:2] == [
        "/dashboard/",
        "/dashboard/needs",
    ]
    assert 'action="/dashboard/signout"' in page.text
    for path in static_paths(page):
        assert path.startswith("/dashboard/static/")
        assert (await browser.get(root + path)).status == 200
    out = await browser.form(page, root + "/dashboard/signout")
    assert out.location == "/dashboard/signin?out"
    gone = await browser.get(root + "/dashboard/")
    assert gone.location == "/dashboard/signin"
    assert_guarded(await browser.get(root + "/elsewhere"))
    missing = await browser.get(root + "/dashboard/nowhere")
    assert missing.status == 404 and missing.title == "Page not found"
    typed = await browser.get(root + "/dashboard")
    assert typed.status == 303 and typed.location == "/dashboard/"
