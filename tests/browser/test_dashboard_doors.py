"""Who gets into the dashboard, in a real browser: the chat's link works once and for ten
minutes, signing out ends the session, a form without its token is refused, a revoked organiser's
open page is refused at its next request, and a participant's chat never gets a link."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from storage import organisers
from storage.models import Campaign, DashboardSignin
from tests.browser.dashboard import heading, sign_in
from tests.browser.kit import PHONE, NewPage
from tests.transcript import Person
from tests.web.conftest import OpenSite, Site

if TYPE_CHECKING:
    from playwright.async_api import Page

USED = "already been used or has expired"


async def count(site: Site, model: type) -> int:
    async with site.dialogs.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_the_chats_link_signs_in_once_and_signing_out_ends_it(
    page: Page, new_page: NewPage, open_site: OpenSite
) -> None:
    site = await open_site()
    person = await site.organiser()
    link = await site.link(person)

    await page.goto(link)
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(site.base + "/")
    assert await heading(page) == "Overview"
    assert "Signed in as Ola (Wola NGO)" in await page.locator("header").inner_text()

    # The same link in another browser (and this one) is used up.
    other = await new_page(PHONE)
    response = await other.goto(link)
    assert response is not None and response.status == 410
    assert USED in await other.locator("main").inner_text()
    response = await page.goto(link)
    assert response is not None and response.status == 410

    await page.goto(site.base + "/matrix")
    await page.get_by_role("button", name="Sign out").click()
    await page.wait_for_url(site.base + "/signin?out")
    assert "You have signed out." in await page.locator("main").inner_text()
    await page.goto(site.base + "/matrix")
    assert page.url == site.base + "/signin"  # sent to the way in: the chat
    assert await heading(page) == "Sign in from the chat"


async def test_a_link_opened_after_ten_minutes_signs_nobody_in(
    page: Page, open_site: OpenSite
) -> None:
    site = await open_site()
    link = await site.link(await site.organiser())
    site.clock.advance(minutes=10)

    response = await page.goto(link)

    assert response is not None and response.status == 410
    assert "for 10 minutes" in await page.locator("main").inner_text()
    assert await page.get_by_role("button", name="Sign in").count() == 0
    await page.goto(site.base + "/")
    assert page.url == site.base + "/signin"


async def test_a_form_posted_without_its_token_is_refused_and_changes_nothing(
    page: Page, open_site: OpenSite
) -> None:
    site = await open_site()
    await sign_in(page, site)
    await page.goto(site.base + "/campaigns")
    await page.get_by_label("Name (for example").fill("Wola workshop")
    # What a page on another site could post: the same fields, without the session's token.
    await page.locator('form.inline-form input[name="csrf"]').evaluate("field => field.remove()")

    async with page.expect_response(lambda r: r.request.method == "POST") as posted:
        await page.get_by_role("button", name="Create the campaign").click()

    assert (await posted.value).status == 403
    assert await heading(page) == "This form could not be accepted"
    assert await count(site, Campaign) == 0


async def test_a_revoked_organisers_open_page_is_refused_at_its_next_request(
    page: Page, open_site: OpenSite
) -> None:
    site = await open_site()
    await sign_in(page, site)
    await page.goto(site.base + "/ideas")
    assert await heading(page) == "Ideas"
    async with site.dialogs.sessionmaker() as session, session.begin():
        [organiser] = await organisers.all_organisers(session)
        await organisers.revoke(session, organiser.id, site.clock())

    await page.get_by_role("link", name="Matrix").click()

    await page.wait_for_url(site.base + "/signin")
    assert await heading(page) == "Sign in from the chat"
    assert await page.get_by_role("navigation", name="Dashboard pages").count() == 0


async def test_a_participants_chat_never_gets_a_link(page: Page, open_site: OpenSite) -> None:
    site = await open_site()
    person = Person(site.dialogs, user_id="1001", hint="uk")
    await person.onboard(language="uk", migration="no")

    assert (await person.command("dashboard"))[0] == "input-unknown-command"
    assert not any("/signin/" in outbound.text for outbound in person.last)
    assert await count(site, DashboardSignin) == 0
    # Nor does a made-up link open anything.
    response = await page.goto(site.base + "/signin/" + "x" * 43)
    assert response is not None and response.status == 410
