"""The ideas page: every idea with the export's figures, sorted, filtered, searched and paged on
the server; one idea's page with its texts, figures and history."""

from __future__ import annotations

import re
from urllib.parse import quote

from bot.export import COLUMNS, idea_rows
from tests.ideas_data import add_ideas
from tests.web.conftest import OpenSite, Page, Site
from tests.web.scripted import WAITING_TEXT, script

MIN_RATINGS = 3


async def export(site: Site) -> dict[str, dict[str, object]]:
    async with site.dialogs.sessionmaker() as session:
        header, *rows = await idea_rows(session, min_ratings=MIN_RATINGS, source_texts={})
    assert tuple(header) == COLUMNS
    return {str(row[0]): dict(zip(COLUMNS, row, strict=True)) for row in rows}


def codes(page: Page) -> list[str]:
    return re.findall(r'<tr data-idea="([^"]+)">', page.text)


def two(value: object) -> str:
    return "—" if value is None else f"{value:.2f}"


async def opened(open_site: OpenSite) -> tuple[Site, dict[str, int]]:
    site = await open_site(matrix_min_ratings=MIN_RATINGS)
    return site, await script(site)


async def test_the_table_shows_every_idea_with_the_exports_figures(open_site: OpenSite) -> None:
    site, _ids = await opened(open_site)
    browser = await site.signed_in()
    page = await browser.get("/ideas")
    assert page.status == 200 and page.title == "Ideas"
    rows = await export(site)
    assert sorted(codes(page)) == sorted(rows) and len(rows) == 5
    assert "5 ideas match." in page.text
    for code, row in rows.items():
        cells = page.texts("data-idea", code)
        quadrant = row["quadrant"] or (
            f"Not enough ratings yet ({row['ratings']} of {MIN_RATINGS})"
            if row["status"] == "approved"
            else "Not on the matrix"
        )
        assert cells[1:] == [
            cells[1],  # the text, checked below
            {"approved": "Approved", "waiting": "Waiting for moderation"}[str(row["status"])],
            {"attitudes": "Tackling prejudice and discrimination", "city_policy": "City policy"}[
                str(row["area"])
            ],
            "Proposed in the chat"
            if row["source"] == "participant"
            else "Idea bank (workshops-2023)",
            str(row["ratings"]),
            two(row["effectiveness_mean"]),
            two(row["ease_mean"]),
            quadrant,
        ], code
    assert page.texts("data-idea", "att.1")[1:2] == ["att.1 [en]"]  # the organiser's language
    assert rows["att.1"]["quadrant"] == "WOW" and rows["att.2"]["quadrant"] == "POW"
    assert page.texts("data-idea", "att.1")[6:8] == ["4.67", "4.33"]
    # Nothing that points at a person: no participant key, no rater.
    assert "participant-" not in page.text


async def test_sorting_by_a_column_and_back(open_site: OpenSite) -> None:
    site, _ids = await opened(open_site)
    browser = await site.signed_in()
    page = await browser.get("/ideas")
    unrated = ["city.1", "city.2", "p5"]
    assert codes(page) == ["att.1", "att.2", *unrated]
    assert 'aria-sort="ascending" data-column="code"' in page.text
    # A number's heading sorts the most first; again, the least first.
    link = re.search(r'data-column="effectiveness"[^>]*>\s*<a href="([^"]+)"', page.text)
    assert link is not None and link.group(1) == "/ideas?sort=effectiveness&amp;order=desc"
    most = await browser.get("/ideas?sort=effectiveness&order=desc")
    assert 'aria-sort="descending" data-column="effectiveness"' in most.text
    again = re.search(r'data-column="effectiveness"[^>]*>\s*<a href="([^"]+)"', most.text)
    assert again is not None and again.group(1) == "/ideas?sort=effectiveness"
    # Ideas without ratings have no mean: last, whichever way round.
    assert codes(most) == ["att.1", "att.2", *unrated]
    assert codes(await browser.get("/ideas?sort=effectiveness")) == ["att.2", "att.1", *unrated]
    assert codes(await browser.get("/ideas?sort=ease&order=desc"))[:2] == ["att.1", "att.2"]
    assert codes(await browser.get("/ideas?sort=ratings"))[-2:] == ["att.1", "att.2"]
    # Words sort by what the reader sees: “Waiting…” after “Approved”, turned round.
    assert codes(await browser.get("/ideas?sort=status&order=desc"))[0] == "p5"
    assert codes(await browser.get("/ideas?sort=source"))[-1] == "p5"  # “Proposed…” after “Idea…”
    # Unknown values are left out, not refused.
    assert codes(await browser.get("/ideas?sort=nonsense&page=x")) == codes(page)


async def test_filtering_and_searching_in_any_language(open_site: OpenSite) -> None:
    site, _ids = await opened(open_site)
    browser = await site.signed_in()
    assert codes(await browser.get("/ideas?status=waiting")) == ["p5"]
    assert codes(await browser.get("/ideas?area=attitudes")) == ["att.1", "att.2"]
    assert codes(await browser.get("/ideas?source=participant")) == ["p5"]
    assert codes(await browser.get("/ideas?area=city_policy&status=approved")) == [
        "city.1",
        "city.2",
    ]
    # The text in any of the idea's languages, whatever the case.
    assert codes(await browser.get("/ideas?q=" + quote("ТАНДЕМИ"))) == ["p5"]
    assert codes(await browser.get("/ideas?q=" + quote("city.2 [ru]"))) == ["city.2"]
    assert codes(await browser.get("/ideas?q=" + quote("[pl]") + "&area=attitudes")) == [
        "att.1",
        "att.2",
    ]
    nothing = await browser.get("/ideas?q=nowhere")
    assert codes(nothing) == [] and "No idea matches." in nothing.text
    # The form keeps what was asked, with a label for every field.
    page = await browser.get("/ideas?status=waiting&q=" + quote(WAITING_TEXT))
    assert f'value="{WAITING_TEXT}"' in page.text
    assert '<option value="waiting" selected>' in page.text
    for field in ("q", "status", "area", "source"):
        assert f'<label for="ideas-{field}">' in page.text
    # Unknown filters show everything rather than nothing.
    assert len(codes(await browser.get("/ideas?status=lost&area=moon"))) == 5


async def test_thousands_of_ideas_come_a_page_at_a_time(open_site: OpenSite) -> None:
    site = await open_site()
    await add_ideas(site.dashboard.engine, *(f"bulk.{n}" for n in range(1, 121)), area="grassroots")
    browser = await site.signed_in()
    first = await browser.get("/ideas")
    assert codes(first)[:3] == ["bulk.1", "bulk.2", "bulk.3"]  # in natural order
    assert len(codes(first)) == 50 and "Page 1 of 3" in first.text
    assert '<a rel="next" href="/ideas?page=2">' in first.text
    assert 'rel="prev"' not in first.text
    last = await browser.get("/ideas?page=3")
    assert codes(last) == [f"bulk.{n}" for n in range(101, 121)]
    assert '<a rel="prev" href="/ideas?page=2">' in last.text and 'rel="next"' not in last.text
    # Past the end: the last page. Filters and sorting travel with the pages.
    assert codes(await browser.get("/ideas?page=99")) == codes(last)
    sorted_page = await browser.get("/ideas?sort=code&order=desc&area=grassroots")
    assert '<a rel="next" href="/ideas?area=grassroots&amp;order=desc&amp;page=2">' in (
        sorted_page.text
    )


async def test_an_ideas_page_shows_its_texts_figures_and_history(open_site: OpenSite) -> None:
    site, ids = await opened(open_site)
    browser = await site.signed_in()
    page = await browser.get(f"/ideas/{ids['att.1']}")
    assert page.status == 200 and page.title == "Idea att.1"
    assert page.texts("data-text", "pl") == ["Polski (original)", "att.1 [pl]"]
    assert page.texts("data-text", "uk") == ["Українська", "att.1 [uk]"]
    assert '<dd lang="uk">att.1 [uk]</dd>' in page.text
    rows = (await export(site))["att.1"]
    assert page.texts("data-facts", "figures") == [
        "Ratings",
        "3",
        "Effectiveness (mean)",
        two(rows["effectiveness_mean"]),
        "Effectiveness (SD)",
        two(rows["effectiveness_sd"]),
        "Ease (mean)",
        two(rows["ease_mean"]),
        "Ease (SD)",
        two(rows["ease_sd"]),
        "Quadrant",
        "WOW",
    ]
    unrated = await browser.get(f"/ideas/{ids['city.1']}")
    assert unrated.texts("data-facts", "figures")[-1] == "Not enough ratings yet (0 of 3)"
    assert unrated.texts("data-facts", "figures")[3] == "—"
    waiting = await browser.get(f"/ideas/{ids['p5']}")
    assert waiting.texts("data-text", "uk") == ["Українська (original)", WAITING_TEXT]
    assert waiting.texts("data-facts", "figures")[-1] == "Not on the matrix"
    assert "Proposed by a participant in the chat." in waiting.text
    assert (await browser.get("/ideas/999999")).status == 404
