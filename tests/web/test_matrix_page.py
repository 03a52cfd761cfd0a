"""The matrix page: what the scripted participants rated, drawn with the export's figures;
narrowed by area and by campaign (a campaign's own ratings, never a small campaign's); the ideas
short of ratings listed; A4 print styles. The tooltip's script is tried in the browser
(tests/browser)."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from bot.export import COLUMNS, idea_rows
from storage.models import Idea, Participant
from tests.digest import dataset
from tests.web.conftest import OpenSite, Page, Site
from tests.web.scripted import script
from tests.web.svg_reading import idea_links, parse

MIN_RATINGS = 3


def drawing(page: Page) -> ET.Element:
    found = re.search(r'<svg .*?class="chart".*?</svg>', page.text, re.S)
    assert found is not None, "no matrix on the page"
    return parse(found.group(0))


def drawn(page: Page) -> dict[str, dict[str, str]]:
    """Each point's code with the figures it carries for the tooltip."""
    return {
        str(a.get("data-code")): {
            name: str(a.get(f"data-{name}"))
            for name in ("ratings", "effectiveness", "effectiveness-sd", "ease", "quadrant")
        }
        | {"href": str(a.get("href"))}
        for a in idea_links(drawing(page))
    }


async def campaign_raters(
    site: Site, code: str, people: int, effectiveness: int, ease: int, ideas: dict[str, int]
) -> list[Participant]:
    """`people` who came through a new campaign, each rating att.1 and att.2 alike."""
    async with site.dialogs.sessionmaker() as session, session.begin():
        campaign = await dataset.add_campaign(session, code, f"Workshop {code}", site.clock())
        raters = await dataset.add_participants(session, people, site.clock(), campaign=campaign)
        for code_ in ("att.1", "att.2"):
            idea = await session.get(Idea, ideas[code_])
            assert idea is not None
            await dataset.add_ratings(session, idea, raters, effectiveness, ease, site.clock())
    return raters


async def test_the_matrix_shows_what_participants_rated_with_the_exports_figures(
    open_site: OpenSite,
) -> None:
    site = await open_site(matrix_min_ratings=MIN_RATINGS)
    ids = await script(site)
    browser = await site.signed_in()

    page = await browser.get("/matrix")

    assert page.status == 200 and page.title == "Matrix"
    async with site.dialogs.sessionmaker() as session:
        _header, *rows = await idea_rows(session, min_ratings=MIN_RATINGS, source_texts={})
    exported = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows}
    points = drawn(page)
    assert set(points) == {"att.1", "att.2"}  # the two ideas three people rated
    for code, point in points.items():
        row = exported[code]
        assert point["ratings"] == str(row["ratings"]) == "3"
        assert float(point["effectiveness"]) == row["effectiveness_mean"]
        assert float(point["ease"]) == row["ease_mean"]
        assert float(point["effectiveness-sd"]) == row["effectiveness_sd"]
        assert point["quadrant"] == row["quadrant"]
        assert point["href"] == f"/ideas/{ids[code]}"
    assert points["att.1"]["quadrant"] == "WOW" and points["att.2"]["quadrant"] == "POW"
    # Hovering shows the point's title: its text, both means and SDs, and n.
    titles = [a.findtext("{http://www.w3.org/2000/svg}title") for a in idea_links(drawing(page))]
    assert "Effectiveness 4.67 (SD 0.58) · Ease 4.33 (SD 0.58) · 3 ratings" in "".join(
        t or "" for t in titles
    )
    # The approved ideas nobody rated are listed, not drawn; the waiting one is neither.
    assert page.texts("class", "waiting-ideas") == [
        "city.1 city.1 [en] Not enough ratings yet (0 of 3)",
        "city.2 city.2 [en] Not enough ratings yet (0 of 3)",
    ]
    assert "p5" not in points and 'data-idea="p5"' not in page.text
    # The tooltip's place and the script that fills it; no inline script or style.
    assert '<p id="matrix-tip" class="matrix-tip" role="status" hidden></p>' in page.text
    assert not re.search(r"<script(?![^>]*\bsrc=)|\sstyle=", page.text)


async def test_an_area_narrows_the_matrix_and_the_list(open_site: OpenSite) -> None:
    site = await open_site(matrix_min_ratings=MIN_RATINGS)
    await script(site)
    browser = await site.signed_in()

    city = await browser.get("/matrix?area=city_policy")

    assert drawn(city) == {}
    assert [cell.split()[0] for cell in city.texts("class", "waiting-ideas")] == [
        "city.1",
        "city.2",
    ]
    assert '<option value="city_policy" selected>' in city.text
    attitudes = await browser.get("/matrix?area=attitudes")
    assert set(drawn(attitudes)) == {"att.1", "att.2"}
    assert "Every idea here has enough ratings." in attitudes.text
    # An address with values the page does not know shows everything, as the ideas page does.
    unknown = await browser.get("/matrix?area=nowhere&campaign=nothing")
    assert unknown.status == 200 and set(drawn(unknown)) == {"att.1", "att.2"}


async def test_a_campaign_shows_only_its_peoples_ratings_and_a_small_one_nothing(
    open_site: OpenSite,
) -> None:
    site = await open_site(matrix_min_ratings=MIN_RATINGS)
    ids = await script(site)
    await campaign_raters(site, "wola24", 12, effectiveness=2, ease=5, ideas=ids)
    await campaign_raters(site, "tiny01", 3, effectiveness=5, ease=1, ideas=ids)
    browser = await site.signed_in()

    wola = await browser.get("/matrix?campaign=wola24")

    points = drawn(wola)
    assert {code: (p["ratings"], p["effectiveness"], p["ease"]) for code, p in points.items()} == {
        "att.1": ("12", "2.000", "5.000"),
        "att.2": ("12", "2.000", "5.000"),
    }
    assert {p["quadrant"] for p in points.values()} == {"NOW"}
    assert "Only the ratings of people who came through “Workshop wola24” count here." in wola.text
    assert '<option value="wola24" selected>' in wola.text

    tiny = await browser.get("/matrix?campaign=tiny01")

    assert drawn_or_none(tiny) is None
    assert "data-withheld" in tiny.text
    assert "fewer than 10 people came through it" in tiny.text
    assert "waiting-ideas" not in tiny.text  # not even which ideas its people rated
    # Everyone's matrix counts every rating: 3 scripted, 12 and 3 through campaigns.
    everyone = drawn(await browser.get("/matrix"))
    assert everyone["att.1"]["ratings"] == "18"


async def test_a_campaigns_idea_is_left_out_while_few_others_rated_it(
    open_site: OpenSite,
) -> None:
    """Everyone's figures less a campaign's are the rest's: while the rest of an idea's raters
    are fewer than the minimum, the campaign's figures for it would give theirs away."""
    site = await open_site(matrix_min_ratings=5)
    ids = await script(site)  # three people rated att.1 and att.2, through no campaign
    await campaign_raters(site, "wola24", 12, effectiveness=2, ease=5, ideas=ids)
    async with site.dialogs.sessionmaker() as session, session.begin():
        # Enough people through no campaign that the campaign's own size may be shown.
        await dataset.add_participants(session, 10, site.clock())
    browser = await site.signed_in()

    narrow = await browser.get("/matrix?campaign=wola24")

    assert not {"att.1", "att.2"} & set(drawn(narrow))
    assert 'data-withheld-ideas="2"' in narrow.text
    assert "2 ideas are left out here. An idea is left out when only a few" in narrow.text
    assert 'data-idea="att.1"' not in narrow.text  # nor listed as short of ratings

    # Two more people rate them outside the campaign: five others, enough to stand for no one.
    async with site.dialogs.sessionmaker() as session, session.begin():
        others = await dataset.add_participants(session, 2, site.clock())
        for code in ("att.1", "att.2"):
            idea = await session.get(Idea, ids[code])
            assert idea is not None
            await dataset.add_ratings(session, idea, others, 4, 4, site.clock())

    shown = await browser.get("/matrix?campaign=wola24")

    assert {"att.1", "att.2"} <= set(drawn(shown))
    assert drawn(shown)["att.1"]["ratings"] == "12"
    assert "data-withheld-ideas" not in shown.text


def drawn_or_none(page: Page) -> dict[str, dict[str, str]] | None:
    return drawn(page) if 'class="chart"' in page.text else None


async def test_the_matrix_prints_on_a4_without_the_menu(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/matrix")
    stylesheet = re.search(r'href="(/static/dashboard\.css[^"]*)"', page.text)
    assert stylesheet is not None
    css = (await browser.get(stylesheet.group(1))).text
    printing = css[css.index("@media print") :]
    assert "@page { size: A4" in printing
    assert ".pages" in printing.split("display: none")[0]  # the menu is hidden on paper
    assert ".matrix .chart { width: 100%; max-height: 250mm; }" in printing
    assert ".matrix-waiting { break-before: page; }" in printing
