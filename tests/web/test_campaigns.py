"""The campaigns page: made with the chat's function, its link, `/start` line and QR codes for
posters, and participants per campaign hidden as "<10" until ten people joined through it."""

from __future__ import annotations

import html
import io
import re
from xml.etree import ElementTree

from PIL import Image
from sqlalchemy import select

from dialogs.organisers.campaigns import qr_png
from storage import organisers as repo
from storage.models import Campaign
from tests.transcript import Person
from tests.web.conftest import OpenSite, Site
from tests.web.files import download

BOT = "dialog_test_bot"


async def join(site: Site, user_id: str, code: str | None = None) -> None:
    """Someone who opens the bot (through the campaign's code, if given) and agrees to take part."""
    person = Person(site.dialogs, user_id=user_id, hint="pl")
    await person.command("start", code)
    await person.taps("pl")
    await person.taps("yes")


async def stored_campaigns(site: Site) -> list[Campaign]:
    async with site.dialogs.sessionmaker() as session:
        return list((await session.scalars(select(Campaign))).all())


async def test_a_campaign_made_on_the_page_has_its_link_start_line_and_qr_codes(
    open_site: OpenSite,
) -> None:
    site = await open_site(telegram_bot_username=BOT)
    browser = await site.signed_in()
    page = await browser.get("/campaigns")
    assert page.status == 200 and page.title == "Campaigns"
    assert "No campaign yet." in page.text
    made = await browser.form(page, "/campaigns", {"name": "  Warsztat\x01 Wola  12.03 "})
    [campaign] = await stored_campaigns(site)
    assert campaign.name == "Warsztat Wola 12.03"  # cleaned as the chat cleans it
    assert made.location == f"/campaigns?created={campaign.code}"
    page = await browser.get(made.location)
    assert f"Campaign {campaign.code} is ready." in page.text
    card = page.texts("data-campaign", campaign.code)
    assert card[:6] == [
        "Warsztat Wola 12.03",
        "Code",
        campaign.code,
        "In any messenger, people send",
        f"/start {campaign.code}",
        "Telegram link",
    ]
    assert card[6] == f"https://t.me/{BOT}?start={campaign.code}"
    actions = [(a, t) for _o, a, t in await audit(site)]
    assert ("campaign_new", campaign.code) in actions

    links = re.findall(r'href="(/campaigns/[^"]+/qr\.(?:png|svg))" download', page.text)
    assert links == [f"/campaigns/{campaign.code}/qr.png", f"/campaigns/{campaign.code}/qr.svg"]
    png = await download(browser, links[0])
    assert png.status == 200 and png.headers["Content-Type"] == "image/png"
    disposition = f'attachment; filename="campaign-{campaign.code}.png"'
    assert png.headers["Content-Disposition"] == disposition
    image = Image.open(io.BytesIO(png.content))
    assert image.format == "PNG" and image.size[0] == image.size[1] >= 400
    # The picture the chat sends when a campaign is made there.
    assert png.content == qr_png(f"https://t.me/{BOT}?start={campaign.code}")
    svg = await download(browser, links[1])
    assert svg.headers["Content-Type"] == "image/svg+xml"
    assert svg.headers["Content-Disposition"] == disposition.replace(".png", ".svg")
    root = ElementTree.fromstring(svg.content)
    assert root.tag.endswith("svg") and any(e.tag.endswith("path") for e in root.iter())
    width = float(root.attrib["width"].removesuffix("mm"))
    assert width == float(root.attrib["height"].removesuffix("mm")) > 0
    assert (await download(browser, "/campaigns/nothere/qr.png")).status == 404


async def audit(site: Site) -> list[tuple[int | None, str, str | None]]:
    async with site.dialogs.sessionmaker() as session:
        return [(e.organiser_id, e.action, e.target) for e in await repo.audit_entries(session)]


async def test_counts_are_hidden_until_ten_people_joined_through_the_campaign(
    open_site: OpenSite,
) -> None:
    site = await open_site()
    browser = await site.signed_in()
    page = await browser.get("/campaigns")
    await browser.form(page, "/campaigns", {"name": "Wola workshop"})
    [campaign] = await stored_campaigns(site)

    def people(page_text: str) -> str:
        return html.unescape(re.findall(r'<dd class="people">([^<]*)</dd>', page_text)[0])

    assert people((await browser.get("/campaigns")).text) == "0"
    for number in range(3):
        await join(site, f"early-{number}", campaign.code)
    # Only these three have joined at all: any split would show them.
    page = await browser.get("/campaigns")
    assert people(page.text) == "not shown yet"
    assert "Too few people have joined yet" in page.text
    for number in range(12):
        await join(site, f"other-{number}")
    page = await browser.get("/campaigns")
    assert people(page.text) == "<10"
    assert page.texts("data-campaign", "none") == ["Without a campaign: ≥10"]
    assert "“<10” means fewer than 10 people" in html.unescape(page.text)
    for number in range(7):
        await join(site, f"late-{number}", campaign.code)
    page = await browser.get("/campaigns")
    assert people(page.text) == "10"
    assert page.texts("data-campaign", "none") == ["Without a campaign: 12"]
    # The chat's list, from the same function, says the same.
    chat = Person(site.dialogs, user_id="9001", hint="en")
    await chat.command("campaign", "list")
    assert "Wola workshop" in chat.last[0].text and "Without a campaign: 12" in chat.last[0].text


async def test_a_campaign_needs_a_name_and_the_forms_token(open_site: OpenSite) -> None:
    site = await open_site()
    browser = await site.signed_in()
    page = await browser.get("/campaigns")
    empty = await browser.form(page, "/campaigns", {"name": " \t "})
    assert empty.status == 400 and "Please give the campaign a name." in empty.text
    forged = await browser.post("/campaigns", {"name": "Forged"})
    assert forged.status == 403
    wrong = await browser.post("/campaigns", {"name": "Forged", "csrf": "f" * 64})
    assert wrong.status == 403
    assert await stored_campaigns(site) == []
    assert '<label for="campaign-name">' in page.text
