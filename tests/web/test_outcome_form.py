"""An idea's outcome recorded on its page: the same audited function as the organiser menu, the
note in more languages, refusals that change nothing, and the chat's list showing it."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import AuditEntry, Idea
from tests.transcript import Person
from tests.web.conftest import OpenSite
from tests.web.scripted import script


async def test_an_outcome_set_on_the_page_is_audited_translated_and_read_in_the_chat(
    open_site: OpenSite,
) -> None:
    site = await open_site(matrix_min_ratings=3)
    ids = await script(site)
    browser = await site.signed_in()
    path = f"/ideas/{ids['att.1']}"
    page = await browser.get(path)
    assert "No outcome yet" in page.text

    said = await browser.form(
        page, f"{path}/outcome", {"outcome": "planned", "note": "  The city   starts in May. "}
    )
    assert said.status == 303
    page = await browser.get(path)
    assert "Planned (" in page.text
    assert page.texts("data-note", "en") == ["English (original)", "The city starts in May."]
    assert "Outcome set to “Planned”" in page.text

    said = await browser.form(
        page, f"{path}/outcome/translate", {"language": "uk", "text": "Місто почне в травні."}
    )
    assert said.status == 303
    page = await browser.get(path)
    assert page.texts("data-note", "uk") == ["Українська", "Місто почне в травні."]

    reader = Person(site.dialogs, user_id="7001", hint="uk")
    await reader.onboard(language="uk", migration="no")
    await reader.command("menu")
    assert await reader.taps("outcomes") == ["outcomes-list", "outcomes-item", "outcomes-list-end"]
    assert "Місто почне в травні." in reader.last[1].text

    async with site.dialogs.sessionmaker() as session:
        actions = (await session.scalars(select(AuditEntry.action))).all()
    assert {"outcome:planned", "outcome_translate:uk"} <= set(actions)


async def test_refused_outcomes_change_nothing(open_site: OpenSite) -> None:
    site = await open_site(matrix_min_ratings=3)
    ids = await script(site)
    browser = await site.signed_in()
    approved, waiting = f"/ideas/{ids['att.1']}", f"/ideas/{ids['p5']}"
    page = await browser.get(approved)
    refused = [
        await browser.form(page, f"{approved}/outcome", {"outcome": "maybe", "note": "x"}),
        await browser.form(page, f"{approved}/outcome", {"outcome": "done", "note": "   "}),
        await browser.form(page, f"{approved}/outcome", {"outcome": "done", "note": "x" * 301}),
        await browser.form(page, f"{waiting}/outcome", {"outcome": "done", "note": "Done."}),
        await browser.form(page, f"{approved}/outcome/translate", {"language": "uk", "text": "x"}),
    ]
    assert [said.status for said in refused] == [400] * 5
    assert "Please choose an outcome from the list. Nothing was changed." in refused[0].text
    assert "keep it to 300 characters" in refused[2].text
    assert (
        await browser.post(f"{approved}/outcome", {"outcome": "done", "note": "x"})
    ).status == 403
    async with site.dialogs.sessionmaker() as session:
        told = (await session.scalars(select(Idea.outcome).where(Idea.outcome.is_not(None)))).all()
    assert told == []
    waiting_page = await browser.get(waiting)
    assert 'action="' + waiting + '/outcome"' not in waiting_page.text
