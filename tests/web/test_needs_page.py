"""The needs page: each dimension's difficulty and top needs as bars, for everyone or for a
group; small counts are "<10" without a bar, and a group too small, or one its neighbours would
give away, is "fewer than 10" and nothing else."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from tests.digest import dataset
from tests.web.conftest import Page, Site
from tests.web.svg_reading import NS, parse


async def answered(
    site: Site, people: int, *, district: str, locale: str, difficulty: int, needs: list[str]
) -> None:
    async with site.dialogs.sessionmaker() as session, session.begin():
        for person in await dataset.add_participants(
            session, people, site.clock(), district=district, locale=locale
        ):
            await dataset.add_survey(
                session,
                person,
                site.clock(),
                {"welfare": difficulty, "legal": 2},
                {"welfare": needs},
            )


async def crowd(site: Site) -> None:
    """14 people in Wola (Ukrainian) and 12 in Mokotów (Russian); 3 of Mokotów's in Ursus."""
    await answered(
        site, 14, district="wola", locale="uk", difficulty=2, needs=["housing", "health_care"]
    )
    await answered(site, 12, district="mokotow", locale="ru", difficulty=4, needs=["housing"])
    await answered(site, 3, district="ursus", locale="ru", difficulty=1, needs=["benefits"])


def chart(page: Page, ids: str) -> ET.Element:
    found = re.search(rf'<svg [^>]*aria-labelledby="{ids}-title".*?</svg>', page.text, re.S)
    assert found is not None, f"no chart {ids}"
    return parse(found.group(0))


def bars(root: ET.Element) -> list[tuple[str, str, bool]]:
    """(label, value, has a bar) for each row of a bar chart."""
    rows = []
    for group in root.iter(f"{NS}g"):
        if "bar" not in (group.get("class") or "").split():
            continue
        texts = ["".join(t.itertext()).strip() for t in group.iter(f"{NS}text")]
        rows.append((" ".join(texts[:-1]), texts[-1], group.find(f"{NS}rect") is not None))
    return rows


async def test_everyones_needs_with_small_counts_hidden(site: Site) -> None:
    await crowd(site)
    browser = await site.signed_in()

    page = await browser.get("/needs")

    assert page.status == 200 and page.title == "Needs"
    assert "29 people have answered the survey." in page.text
    # Hardest first: legal (all 2) before welfare (mean of 14×2, 12×4, 3×1).
    headings = re.findall(r'<h2 id="dimension-([a-z]+)">', page.text)
    assert headings == ["legal", "welfare"]
    assert bars(chart(page, "needs-welfare")) == [
        ("Housing I can afford", "26", True),
        ("Doctors and treatment", "14", True),
        ("Benefits and allowances", "<10", False),
    ]
    difficulty = {
        label: (value, bar) for label, value, bar in bars(chart(page, "difficulty-welfare"))
    }
    # Ursus's 3 are "<10"; Mokotów's 12 hidden with them, else 29 - 14 - 12 would give them away.
    assert difficulty["1 – very hard"] == ("<10", False)
    assert difficulty["2"] == ("14", True)
    assert difficulty["4"] == ("≥10", False)
    assert "A number below 10 is shown as “&lt;10” and has no bar" in page.text


async def test_a_group_shows_its_own_figures(site: Site) -> None:
    await crowd(site)
    browser = await site.signed_in()

    wola = await browser.get("/needs?district=wola&language=uk")

    assert "14 people in this group have answered the survey." in wola.text
    assert bars(chart(wola, "needs-welfare")) == [
        ("Doctors and treatment", "14", True),
        ("Housing I can afford", "14", True),
    ]
    assert '<option value="wola" selected>' in wola.text
    assert '<option value="uk" selected>' in wola.text


async def test_a_small_group_and_the_one_that_would_give_it_away_show_nothing(
    site: Site,
) -> None:
    await crowd(site)
    browser = await site.signed_in()

    for address in (
        "/needs?district=ursus",
        "/needs?district=mokotow",
        "/needs?district=ursus&language=ru",
    ):
        page = await browser.get(address)
        assert page.status == 200, address
        assert "Fewer than 10 people in this group answered. Nothing more is shown" in page.text, (
            address
        )
        assert 'class="chart"' not in page.text, address
        assert "have answered" not in page.text, address
