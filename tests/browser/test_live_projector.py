"""The projector page in a real browser, open while a room of 30 joins and rates.

The organiser opens the workshop and presses "next" in the browser; the 30 people join and rate
through the dialogs (the channel-neutral engine every messenger uses; the Telegram path itself
is measured with 50 phones by benchmarks/live.py). The wall follows by itself through the
page's stream; afterwards its counts and the matrix's points are the export's, and the idea
still short of ratings shows nothing but its name.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.export import idea_rows
from dialogs.i18n import Translator
from storage import migrate
from storage.db import create_engine
from tests.browser.kit import NewPage, Viewport, axe_check, screenshot
from tests.conftest import Clock
from tests.digest import dataset
from tests.web.live_room import IDEAS, add_ideas, dashboard_site, join, rate

if TYPE_CHECKING:
    from playwright.async_api import Page

WALL = Viewport(1920, 1080)
ROOM = 30
MIN = 5
LANGUAGES = ("uk", "pl", "en")
LINK = re.compile(r"https?://\S+/signin/[A-Za-z0-9_-]+")


async def count(page: Page, which: str) -> str:
    return (await page.locator(f'[data-count="{which}"] dd').inner_text()).strip()


async def test_the_wall_follows_a_room_of_thirty(
    new_page: NewPage, tmp_path: Path, translator: Translator, clock: Clock
) -> None:
    from playwright.async_api import expect

    url = f"sqlite+aiosqlite:///{tmp_path / 'wall.sqlite3'}"
    engine = create_engine(url)
    await migrate.upgrade(engine)
    settings: dict[str, Any] = {
        "telegram_bot_username": "dialog_test_bot",
        "matrix_min_ratings": MIN,
    }
    try:
        async with dashboard_site(engine, url, tmp_path, translator, clock, **settings) as site:
            base, dialogs = site.base, site.dialogs
            await add_ideas(dialogs)
            organiser = await dataset.organiser(dialogs)
            await organiser.command("dashboard")
            [link] = [m.group(0) for o in organiser.last for m in LINK.finditer(o.text)]

            controls = await new_page(WALL, locale="en-GB")
            await controls.goto(link)
            await controls.get_by_role("button", name="Sign in").click()
            await controls.goto(base + "/workshops")
            await controls.get_by_label("Name of the workshop").fill("Praga, 14 March")
            await controls.get_by_role("button", name="Open the workshop").click()
            await controls.get_by_label("Write the codes of the ideas").fill(" ".join(IDEAS))
            await controls.get_by_role("button", name="Add ideas by their codes").click()
            code = (await controls.locator("p.note").inner_text()).split()[2].rstrip(".")

            wall = await controls.context.new_page()
            await wall.set_viewport_size({"width": WALL.width, "height": WALL.height})
            await wall.goto(f"{base}/live/{code}")
            await expect(wall.locator("[data-code]")).to_have_text(code)
            await expect(wall.locator("[data-start]")).to_have_text(f"/start {code}")

            people = [
                await join(dialogs, str(1001 + n), code, LANGUAGES[n % len(LANGUAGES)])
                for n in range(ROOM)
            ]
            await expect(wall.locator('[data-count="joined"] dd')).to_have_text(str(ROOM))

            await controls.get_by_role("button", name="Next idea for everyone").click()
            for n, person in enumerate(people):
                await rate(person, 2 + n % 4, 1 + n % 5)
            await expect(wall.locator('[data-count="rated"] dd')).to_have_text(str(ROOM))
            await expect(wall.locator('a.idea[data-code="w1"]')).to_have_count(1)

            await controls.get_by_role("button", name="Next idea for everyone").click()
            for person in people[: MIN - 1]:
                await rate(person, 5, 5)  # one short of the minimum
            await expect(wall.locator('[data-count="rated"] dd')).to_have_text(str(MIN - 1))
            await expect(wall.locator("[data-current]")).to_have_attribute("data-current", "w2")

            async with dialogs.sessionmaker() as session:
                rows = await idea_rows(session, min_ratings=MIN)
            exported = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
            point = wall.locator('a.idea[data-code="w1"]')
            w1 = exported["w1"]
            assert await point.get_attribute("data-ratings") == str(w1["ratings"]) == str(ROOM)
            for figure in ("effectiveness", "ease"):
                shown = await point.get_attribute(f"data-{figure}")
                assert shown is not None and float(shown) == w1[f"{figure}_mean"]
                spread = await point.get_attribute(f"data-{figure}-sd")
                assert spread is not None and float(spread) == w1[f"{figure}_sd"]
            assert await point.get_attribute("data-quadrant") == w1["quadrant"]
            assert await count(wall, "joined") == await count(wall, "present") == str(ROOM)
            # w2 has ratings in the export, but on the wall only its name, waiting.
            assert exported["w2"]["ratings"] == MIN - 1
            assert await wall.locator('[data-code="w2"]').count() == 0  # no point, no figures
            waiting = wall.locator('[data-waiting] [data-idea="w2"]')
            assert await waiting.inner_text() == "w2 · An information desk"
            # The current idea in the languages of the room.
            languages = await wall.locator("[data-current] .text").evaluate_all(
                "nodes => nodes.map(node => node.lang)"
            )
            assert languages == ["pl", "en"]  # w2 has no Ukrainian text: its original, once

            await screenshot(wall, "live-projector")
            assert await axe_check(wall) == []
    finally:
        await engine.dispose()
