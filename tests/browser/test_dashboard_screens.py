"""Every dashboard page at a phone's width (390 px) and a laptop's (1280 px): a screenshot of each
saved as test-artifacts/screenshots/dashboard-<page>-<width>.png, and axe-core finding no serious
or critical violation on any of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.browser.dashboard import heading, sign_in
from tests.browser.kit import WIDTHS, Violations, axe_check, screenshot
from tests.web.conftest import OpenSite
from tests.web.scripted import script
from tests.web.test_needs_page import crowd

if TYPE_CHECKING:
    from playwright.async_api import Page

# (name in the screenshot's file, address, the page's heading)
PAGES = (
    ("overview", "/", "Overview"),
    ("needs", "/needs", "Needs"),
    ("needs-group", "/needs?district=wola", "Needs"),
    ("matrix", "/matrix", "Matrix"),
    ("ideas", "/ideas", "Ideas"),
    ("idea", "/ideas/1", "Idea att.1"),
    ("moderation", "/moderation", "Moderation"),
    ("moderation-idea", "/moderation/ideas/5", "Idea p5"),
    ("campaigns", "/campaigns", "Campaigns"),
    ("downloads", "/downloads", "Downloads"),
)


async def test_every_page_fits_both_widths_and_passes_axe(page: Page, open_site: OpenSite) -> None:
    site = await open_site(matrix_min_ratings=3, telegram_bot_username="dialog_test_bot")
    await script(site)
    await crowd(site)
    await sign_in(page, site)
    await page.goto(site.base + "/campaigns")
    await page.get_by_label("Name (for example").fill("Wola workshop")
    await page.get_by_role("button", name="Create the campaign").click()
    await page.wait_for_url("**/campaigns?created=*")

    found: dict[str, Violations] = {}
    for viewport in WIDTHS:
        await page.set_viewport_size({"width": viewport.width, "height": viewport.height})
        for name, path, title in PAGES:
            response = await page.goto(site.base + path)
            assert response is not None and response.status == 200, path
            assert await heading(page) == title, path
            # Nothing wider than the screen: a phone scrolls down, not sideways (wide tables
            # scroll inside their own region).
            width = await page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= viewport.width, (path, viewport.label, width)
            shot = f"dashboard-{name}-{viewport.width}"
            await screenshot(page, shot)
            found[shot] = await axe_check(page)

    await page.get_by_role("button", name="Sign out").click()
    await page.wait_for_url("**/signin?out")
    for viewport in WIDTHS:
        await page.set_viewport_size({"width": viewport.width, "height": viewport.height})
        shot = f"dashboard-signin-{viewport.width}"
        await screenshot(page, shot)
        found[shot] = await axe_check(page)

    for shot, violations in found.items():
        print(f"axe-core, {shot}: {len(violations)} serious or critical")
    assert [str(violations) for violations in found.values() if violations] == []
