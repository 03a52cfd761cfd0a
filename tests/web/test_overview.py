"""The overview shows the digest's figures for the period running now, suppressed as the digest
suppresses them, for participants who went through the real dialogs."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from bot.digest.data import DigestData
from storage.db import create_read_only_sessionmaker
from tests.dialogs.test_survey import DIMENSIONS, TYPICAL_SCALE, start_survey, tap_typical_path
from tests.transcript import Person
from tests.web.conftest import Site

BEFORE_LAST_DIGEST = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # a Friday
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday, after the 09:00 (Warsaw) digest


async def surveyed(site: Site, user_id: str) -> None:
    person = await start_survey(site.dialogs, user_id=user_id, locale="uk")
    await tap_typical_path(person)


async def script_participants(site: Site) -> None:
    """Six people answered the survey before the last digest; since then four more did, and two
    people who write in English joined without taking it."""
    site.clock.now = BEFORE_LAST_DIGEST
    for number in range(6):
        await surveyed(site, f"before-{number}")
    site.clock.now = NOW
    for number in range(4):
        await surveyed(site, f"after-{number}")
    for number in range(2):
        person = Person(site.dialogs, user_id=f"english-{number}", hint="en")
        await person.onboard(language="en", migration="no", district="mokotow")
    site.clock.advance(minutes=5)  # the page is read a little later


async def digest_data(site: Site) -> DigestData:
    maker = site.dashboard.maker
    period = maker.schedule.period_until_now(site.clock())
    async with create_read_only_sessionmaker(site.dashboard.engine)() as session:
        return await maker.gather(session, period)


async def test_the_overview_shows_the_digests_figures(site: Site) -> None:
    await script_participants(site)
    browser = await site.signed_in()
    page = await browser.get("/")
    assert page.status == 200

    data = await digest_data(site)
    digest = "\n".join(s.text for s in site.dashboard.maker.writer.sections(data, "en"))
    assert (data.participation.total, data.participation.new) == (12, 6)
    assert "Participants: 12 in total, 6 new in this period." in digest
    assert page.texts("data-figure", "participants") == [
        "Participants",
        "12 +6 since the last digest",
    ]
    assert (data.survey.completed_total, data.survey.completed) == (10, 4)
    assert page.texts("data-figure", "completed") == [
        "Completed surveys",
        "10 +4 since the last digest",
    ]
    assert page.texts("data-figure", "ratings")[1] == "0 +0 since the last digest"
    assert "From the last digest (23 November 2026) until now (23 November 2026)." in page.text

    # People by language: the two English writers are a small group, and the Ukrainian count is
    # hidden with them so that it cannot be worked out from the total; exactly as in the digest.
    rows = page.texts("data-breakdown", "language")
    assert rows == [
        "By language",
        "Group",
        "Participants",
        "Polski",
        "0",
        "Українська",
        "≥10",
        "English",
        "<10",
        "Русский",
        "0",
    ]
    for label, shown in zip(rows[3::2], rows[4::2], strict=True):
        assert f"{label} {shown}" in digest
    assert "“<10” means fewer than 10 people" in html.unescape(page.text)
    # Campaigns: nobody came through one. Districts are named in the organiser's language.
    assert page.texts("data-breakdown", "campaign")[3:] == ["no campaign", "12"]
    assert page.texts("data-breakdown", "district")[3:] == ["Mokotów", "<10", "Wola", "≥10"]
    assert data.participation.breakdowns["district"].display() == (
        ("mokotow", "<10"),
        ("wola", "≥10"),
    )

    # How hard things are, hardest first, with the same means and change as the digest.
    for position, dimension in enumerate(data.survey.dimensions, 1):
        expected = TYPICAL_SCALE[DIMENSIONS.index(dimension.dimension)]
        cells = page.texts("data-dimension", dimension.dimension)
        assert cells[0].startswith(f"{position}. ")
        assert cells[1:4] == [f"{expected:.1f}", "no change since the last digest", "10"]
        assert f"{position}. {cells[0][3:]}: {expected:.1f} (no change" in digest
    assert len(data.survey.dimensions) == len(DIMENSIONS)


async def test_the_overview_of_an_empty_bot_says_so(site: Site) -> None:
    browser = await site.signed_in()
    page = await browser.get("/")
    assert page.texts("data-figure", "participants")[1] == "0 +0 since the last digest"
    assert page.texts("data-breakdown", "language") == ["By language", "nobody yet"]
    assert "Survey: no answers yet." in page.text
    assert page.texts("data-quadrant", "unplaced") == ["Ideas with not enough ratings yet", "0"]


async def test_the_overview_speaks_the_organisers_language(site: Site) -> None:
    person = await site.organiser(hint="pl")
    await person.taps("close")
    await script_participants(site)
    browser = await site.signed_in(person)
    page = await browser.get("/")
    assert page.lang == "pl"
    assert page.title == "Przegląd"
    assert page.texts("data-figure", "participants") == [
        "Uczestnicy",
        "12 +6 od ostatniego podsumowania",
    ]
    legal = page.texts("data-dimension", "legal")
    assert legal[1] == "4,0"  # a decimal comma
