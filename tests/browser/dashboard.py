"""Reaching the dashboard in chromium as an organiser does: `/dashboard` in the chat, the link
opened in the browser, the "Sign in" button pressed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.transcript import Person
from tests.web.conftest import Site

if TYPE_CHECKING:
    from playwright.async_api import Page


async def sign_in(page: Page, site: Site, person: Person | None = None) -> Person:
    """Sign `page`'s browser in as `person` (a new organiser if none), ending on the Overview."""
    person = person or await site.organiser()
    link = await site.link(person)
    await page.goto(link)
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(site.base + "/")
    return person


async def heading(page: Page) -> str:
    return (await page.locator("h1").inner_text()).strip()
