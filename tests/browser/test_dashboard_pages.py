"""The dashboard's pages in chromium: the matrix with the export's figures under a pointer and a
finger, moderating an idea and seeing it offered in the chat, a campaign made, its QR code
downloaded and its count growing as people join through its code."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from dialogs.organisers.campaigns import qr_content, qr_png
from tests.browser.dashboard import heading, sign_in
from tests.browser.kit import PHONE, NewPage
from tests.web.conftest import OpenSite, Site
from tests.web.scripted import WAITING_TEXT, script
from tests.web.test_campaigns import join
from tests.web.test_moderation import offered_in_city_policy

if TYPE_CHECKING:
    from playwright.async_api import Page


async def exported(page: Page, site: Site) -> dict[str, dict[str, str]]:
    """The export's CSV as this signed-in browser downloads it, row by idea code."""
    response = await page.request.get(site.base + "/downloads/ideas.csv")
    assert response.ok
    rows = csv.DictReader(io.StringIO((await response.body()).decode("utf-8-sig")))
    return {row["idea_id"]: row for row in rows}


def two_places(value: str) -> str:
    return f"{float(value):.2f}"


async def test_the_matrix_shows_the_rated_ideas_with_the_exports_figures(
    page: Page, new_page: NewPage, open_site: OpenSite
) -> None:
    site = await open_site(matrix_min_ratings=3)
    ids = await script(site)
    organiser = await sign_in(page, site)
    await page.goto(site.base + "/matrix")
    rows = await exported(page, site)
    points = page.locator("svg a.idea")
    assert sorted(await points.evaluate_all("all => all.map(a => a.dataset.code)")) == [
        "att.1",
        "att.2",
    ]
    tip = page.locator("#matrix-tip")
    assert await tip.is_hidden()

    for code in ("att.1", "att.2"):
        row = rows[code]
        await page.locator(f'svg a.idea[data-code="{code}"] circle').hover()
        said = await tip.inner_text()
        assert await tip.is_visible()
        assert f"{code} [en]" in said  # the idea's text
        assert (
            f"Effectiveness {two_places(row['effectiveness_mean'])}"
            f" (SD {two_places(row['effectiveness_sd'])})"
            f" · Ease {two_places(row['ease_mean'])} (SD {two_places(row['ease_sd'])})"
            f" · {row['ratings']} ratings"
        ) in said
        assert said.startswith(row["quadrant"])
    await page.mouse.move(1, 1)
    assert await tip.is_hidden()
    # A click opens the idea.
    await page.locator('svg a.idea[data-code="att.1"] circle').click()
    await page.wait_for_url(f"{site.base}/ideas/{ids['att.1']}")
    assert await heading(page) == "Idea att.1"

    # On a phone the first tap shows the figures, the second opens the idea.
    phone = await new_page(PHONE, has_touch=True, is_mobile=True)
    await sign_in(phone, site, organiser)
    await phone.goto(site.base + "/matrix")
    point = phone.locator('svg a.idea[data-code="att.2"] circle')
    await point.tap()
    assert "Effectiveness 1.67 (SD 0.58) · Ease 1.67 (SD 0.58) · 3 ratings" in (
        await phone.locator("#matrix-tip").inner_text()
    )
    assert phone.url == site.base + "/matrix"
    await point.tap()
    await phone.wait_for_url(f"{site.base}/ideas/{ids['att.2']}")


async def test_an_idea_approved_in_the_browser_is_offered_for_rating_in_the_chat(
    page: Page, open_site: OpenSite
) -> None:
    site = await open_site()
    await script(site)
    assert not any(WAITING_TEXT in text for text in await offered_in_city_policy(site, "before"))
    await sign_in(page, site)
    await page.get_by_role("link", name="Moderation").click()
    card = page.locator('[data-waiting="p5"]')
    assert WAITING_TEXT in await card.inner_text()

    await card.get_by_role("button", name="Approve").click()

    await page.wait_for_url("**/moderation?done=approved&code=p5")
    assert "Idea p5 is approved" in await page.locator("main").inner_text()
    assert await page.locator('[data-waiting="p5"]').count() == 0
    offered = await offered_in_city_policy(site, "after")
    assert any(WAITING_TEXT in text for text in offered)


async def test_a_campaign_made_in_the_browser_its_qr_code_and_its_count(
    page: Page, open_site: OpenSite, tmp_path: Path
) -> None:
    site = await open_site(telegram_bot_username="dialog_test_bot")
    await sign_in(page, site)
    await page.goto(site.base + "/campaigns")
    await page.get_by_label("Name (for example").fill("Wola workshop")
    await page.get_by_role("button", name="Create the campaign").click()
    await page.wait_for_url("**/campaigns?created=*")
    code = page.url.rsplit("=", 1)[1]
    card = page.locator(f'[data-campaign="{code}"]')
    assert "/start " + code in await card.inner_text()

    async with page.expect_download() as downloading:
        await card.get_by_role("link", name=f"QR code of {code} (PNG)").click()
    download = await downloading.value
    assert download.suggested_filename == f"campaign-{code}.png"
    saved = tmp_path / download.suggested_filename
    await download.save_as(saved)
    assert saved.read_bytes() == qr_png(qr_content("dialog_test_bot", code))

    async def people() -> str:
        await page.reload()
        return (await card.locator("dd.people").inner_text()).strip()

    assert await people() == "0"
    for number in range(12):
        await join(site, f"other-{number}")
    await join(site, "first", code)
    assert await people() == "<10"
    for number in range(8):
        await join(site, f"joined-{number}", code)
    assert await people() == "<10"  # nine
    await join(site, "tenth", code)
    assert await people() == "10"
