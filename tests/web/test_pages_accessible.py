"""What every page of needs, the matrix, ideas, moderation, campaigns and downloads keeps: the frame's rules (no
inline script or style, one heading, the menu marking the page), a label for every field, the
session's token in every form, and the organiser's language."""

from __future__ import annotations

import asyncio
import itertools
import re

from sqlalchemy import text

from tests.web.conftest import OpenSite
from tests.web.scripted import script

PAGES = {
    "/needs": "Needs",
    "/matrix": "Matrix",
    "/ideas": "Ideas",
    "/ideas/1": "Idea att.1",
    "/moderation": "Moderation",
    "/moderation/ideas/5": "Idea p5",
    "/campaigns": "Campaigns",
    "/downloads": "Downloads",
}
POLISH = {
    "/needs": "Potrzeby",
    "/matrix": "Matryca",
    "/ideas": "Pomysły",
    "/ideas/1": "Pomysł att.1",
    "/moderation": "Moderacja",
    "/moderation/ideas/5": "Pomysł p5",
    "/campaigns": "Kampanie",
    "/downloads": "Pliki do pobrania",
}


async def test_every_page_keeps_the_frames_rules(open_site: OpenSite) -> None:
    site = await open_site()
    await script(site)
    browser = await site.signed_in()
    await browser.form(await browser.get("/campaigns"), "/campaigns", {"name": "Wola"})
    for path, title in PAGES.items():
        page = await browser.get(path)
        text = page.text
        assert page.status == 200 and page.title == title, path
        assert text.count("<h1>") == 1, path
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), path
        assert not re.search(r"\sstyle=|\son[a-z]+=", text), path
        # Headings do not skip a level.
        levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", text)]
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), path
        # Every field has a label naming it.
        for field in re.findall(
            r"<(?:input|select|textarea)\b(?![^>]*type=\"hidden\")[^>]*>", text
        ):
            found = re.search(r'id="([^"]+)"', field)
            assert found is not None, (path, field)
            assert f'<label for="{found.group(1)}">' in text, (path, field)
        # Every form that changes something carries the session's token.
        forms = re.findall(r'<form[^>]*method="post"[^>]*>(.*?)</form>', text, re.S)
        assert forms and all('name="csrf"' in form for form in forms), path
        section = path.split("/")[1]
        current = re.findall(r'<a href="([^"]+)" aria-current="page">', text)
        assert current == [f"/{section}"], path


async def test_every_page_speaks_the_organisers_language(open_site: OpenSite) -> None:
    site = await open_site()
    await script(site)
    person = await site.organiser(hint="pl")
    await person.taps("close")
    browser = await site.signed_in(person)
    for path, title in POLISH.items():
        page = await browser.get(path)
        assert (page.lang, page.title) == ("pl", title), path
    ideas = await browser.get("/ideas")
    assert "Pasuje 5 pomysłów." in ideas.text
    assert ideas.texts("data-idea", "att.1")[6:8] == ["4,67", "4,33"]  # a decimal comma


async def test_every_page_opens_while_a_participants_answer_is_being_written(
    open_site: OpenSite,
) -> None:
    """Pages only read: on SQLite they take no place in the writers' line, so an organiser
    looking at the results never holds up, nor waits for, the people answering."""
    site = await open_site()
    await script(site)
    browser = await site.signed_in()
    await browser.form(await browser.get("/campaigns"), "/campaigns", {"name": "Wola"})
    qr = re.search(r"/campaigns/[a-z0-9]+/qr\.png", (await browser.get("/campaigns")).text)
    assert qr is not None
    pages = [*PAGES, "/", "/workshops", qr.group(0)]
    async with site.dialogs.sessionmaker() as writing, writing.begin():
        await writing.execute(text("UPDATE participants SET locale = locale"))  # holds the lock
        async with asyncio.timeout(60):  # a page in the writers' line would wait for ever
            for path in pages:
                async with browser.http.get(browser.url(path)) as response:
                    assert response.status == 200, path
