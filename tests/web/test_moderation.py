"""Moderation from the page: the chat's operations through the same functions, the audit log,
what participants are offered afterwards, stale forms and bad input changing nothing."""

from __future__ import annotations

import re

from sqlalchemy import select

from dialogs.engine import Dialogs
from storage import organisers as repo
from storage.models import Idea, IdeaText
from tests.digest import dataset
from tests.transcript import Person
from tests.web.conftest import Browser, OpenSite, Page, Site
from tests.web.scripted import WAITING_TEXT, rater, script

IDEA_ACTIONS = ("approve", "reject", "merge", "edit", "translate")


async def audit(dialogs: Dialogs) -> list[tuple[int | None, str, str | None]]:
    async with dialogs.sessionmaker() as session:
        return [(e.organiser_id, e.action, e.target) for e in await repo.audit_entries(session)]


async def stored(dialogs: Dialogs, idea_id: int) -> tuple[Idea, dict[str, str]]:
    async with dialogs.sessionmaker() as session:
        idea = await session.get(Idea, idea_id)
        assert idea is not None
        texts = await session.scalars(select(IdeaText).where(IdeaText.idea_id == idea_id))
        return idea, {t.locale: t.text for t in texts}


async def offered_in_city_policy(site: Site, user_id: str) -> list[str]:
    """What a participant rating the city policy area is offered, one idea after another."""
    person = await rater(site, user_id)
    await person.taps("city_policy")
    seen = []
    while person.question.key.endswith("rating-effectiveness"):
        seen.append(person.question.text)
        await person.taps("skip")
    return seen


async def moderator(site: Site, person: Person | None = None) -> tuple[Browser, Page]:
    browser = await site.signed_in(person)
    page = await browser.get("/moderation")
    assert page.status == 200 and page.title == "Moderation"
    return browser, page


async def test_approving_on_the_page_offers_the_idea_for_rating_in_the_chat(
    open_site: OpenSite,
) -> None:
    site = await open_site()
    ids = await script(site)
    before = await offered_in_city_policy(site, "before")
    assert len(before) == 2 and not any(WAITING_TEXT in text for text in before)

    browser, page = await moderator(site)
    card = page.texts("data-waiting", "p5")
    assert card[0] == "Idea p5 · City policy"
    assert card[1:3] == [WAITING_TEXT, "Written in: Українська"]
    assert "Ideas waiting for moderation (1)" in page.text
    done = await browser.form(page, f"/moderation/ideas/{ids['p5']}/approve")
    assert (done.status, done.location) == (303, "/moderation?done=approved&code=p5")
    after = await browser.get(done.location)
    assert "Idea p5 is approved: participants can now rate it." in after.text
    assert after.texts("data-waiting", "p5") == []
    assert "No idea is waiting. Thank you!" in after.text

    idea, _texts = await stored(site.dialogs, ids["p5"])
    assert idea.status == "approved"
    organiser_id = (await audit(site.dialogs))[-1][0]
    assert (await audit(site.dialogs))[-1] == (organiser_id, "approve", "p5")
    assert organiser_id is not None
    offered = await offered_in_city_policy(site, "after")
    assert len(offered) == 3 and any(WAITING_TEXT in text for text in offered)
    history = await browser.get(f"/ideas/{ids['p5']}")
    assert "Approved by Ola (Wola NGO)." in history.text


async def test_reject_merge_edit_and_translate_write_the_audit_log(open_site: OpenSite) -> None:
    site = await open_site()
    ids = await script(site)
    async with site.dialogs.sessionmaker() as session, session.begin():
        [author] = await dataset.add_participants(session, 1, site.clock())
        second = await dataset.add_waiting_idea(session, author, "Друга ідея", site.clock())
        third = await dataset.add_waiting_idea(session, author, "Третя ідея", site.clock())
    browser, page = await moderator(site)

    one = await browser.get(f"/moderation/ideas/{ids['p5']}")
    assert one.title == "Idea p5"
    # The merge's list: approved ideas of the same area, as in the chat.
    assert '<option value="city.1">city.1: city.1 [en]</option>' in one.text
    edited = await browser.form(
        one, f"/moderation/ideas/{ids['p5']}/edit", {"text": "Тандеми мов у бібліотеках міста"}
    )
    assert edited.location == f"/moderation/ideas/{ids['p5']}?done=edited&code=p5"
    again = await browser.get(edited.location)
    assert "The text of idea p5 is corrected." in again.text
    # Offered beside the page's own language switch: every language but the idea's own.
    assert again.text.count('<option value="pl" lang="pl">Polski</option>') == 2
    assert again.text.count('<option value="uk" lang="uk">Українська</option>') == 1
    translated = await browser.form(
        again,
        f"/moderation/ideas/{ids['p5']}/translate",
        {"language": "pl", "text": "Tandemy językowe w bibliotekach"},
    )
    assert translated.status == 303
    rejected = await browser.form(
        page, f"/moderation/ideas/{second.id}/reject", {"reason": "personal_data"}
    )
    assert rejected.location == f"/moderation?done=rejected&code={second.code}"
    merged = await browser.form(
        page, f"/moderation/ideas/{third.id}/merge", {"into": "city.1", "code": " city.2 "}
    )
    assert merged.location == f"/moderation?done=merged&code={third.code}"

    p5, texts = await stored(site.dialogs, ids["p5"])
    assert p5.status == "waiting"
    assert texts == {
        "uk": "Тандеми мов у бібліотеках міста",
        "pl": "Tandemy językowe w bibliotekach",
    }
    rejected_idea, _ = await stored(site.dialogs, second.id)
    assert (rejected_idea.status, rejected_idea.reject_reason) == ("rejected", "personal_data")
    merged_idea, _ = await stored(site.dialogs, third.id)
    assert (merged_idea.status, merged_idea.merged_into_id) == ("merged", ids["city.2"])  # typed
    actions = [(action, target) for _o, action, target in await audit(site.dialogs)]
    assert actions[-4:] == [
        ("edit", "p5"),
        ("translate:pl", "p5"),
        ("reject:personal_data", second.code),
        ("merge:city.2", third.code),
    ]
    # The ideas' histories read the same log.
    target = await browser.get(f"/ideas/{ids['city.2']}")
    assert f"{third.code} was merged into this idea by Ola (Wola NGO)." in target.text
    history = await browser.get(f"/ideas/{ids['p5']}")
    assert "Text corrected by Ola (Wola NGO)." in history.text
    assert "Translation (Polski) added by Ola (Wola NGO)." in history.text
    gone = await browser.get(f"/ideas/{second.id}")
    assert "Rejected by Ola (Wola NGO): It contains personal data." in gone.text


async def test_a_form_decided_meanwhile_by_someone_else_changes_nothing(
    open_site: OpenSite,
) -> None:
    site = await open_site()
    ids = await script(site)
    ola, ola_page = await moderator(site)
    jan_chat = await site.organiser(user_id="9002")
    jan, jan_page = await moderator(site, jan_chat)  # another organiser, another browser
    assert await jan_chat.command("moderate") == ["organisers-moderate-idea"]

    assert (await ola.form(ola_page, f"/moderation/ideas/{ids['p5']}/approve")).status == 303
    late = await jan.form(jan_page, f"/moderation/ideas/{ids['p5']}/reject", {"reason": "unclear"})
    assert late.status == 409 and late.title == "Already decided"
    assert "Someone else has already decided on idea p5 meanwhile" in late.text
    assert "Approved" in late.text and "Nothing was changed." in late.text
    for action in IDEA_ACTIONS:
        again = await jan.form(jan_page, f"/moderation/ideas/{ids['p5']}/{action}", {"text": "x"})
        assert again.status == 409, action
    assert (await jan.get(f"/moderation/ideas/{ids['p5']}")).status == 409
    idea, texts = await stored(site.dialogs, ids["p5"])
    assert idea.status == "approved" and texts == {"uk": WAITING_TEXT}
    # The chat, with the idea still on its screen, says the same.
    assert await jan_chat.taps("reject") == [
        "organisers-moderate-gone",
        "organisers-moderate-none",
        "organisers-home",
    ]
    assert [a for _o, a, t in await audit(site.dialogs) if t == "p5"] == ["approve"]


async def test_bad_input_is_said_kindly_and_changes_nothing(open_site: OpenSite) -> None:
    site = await open_site()
    ids = await script(site)
    browser, page = await moderator(site)
    base = f"/moderation/ideas/{ids['p5']}"
    refusals = [
        (f"{base}/reject", {"reason": "boring"}, "Please choose a reason for rejecting"),
        (f"{base}/merge", {"code": "no-such-idea"}, "There is no approved idea with this code"),
        (f"{base}/merge", {"code": "p5"}, "There is no approved idea with this code"),
        (f"{base}/edit", {"text": "   "}, "The text is empty."),
        (f"{base}/translate", {"language": "uk", "text": "Інша"}, "already has a text"),
        (f"{base}/translate", {"language": "de", "text": "Sprachtandems"}, "Please choose one"),
    ]
    before = await audit(site.dialogs)
    for action, data, said in refusals:
        refused = await browser.form(page, action, data)
        assert refused.status == 400, (action, data)
        assert refused.title == "This could not be done"
        assert said in refused.text and "Nothing was changed" in refused.text
    assert await audit(site.dialogs) == before
    idea, texts = await stored(site.dialogs, ids["p5"])
    assert idea.status == "waiting" and texts == {"uk": WAITING_TEXT}
    assert (await browser.form(page, "/moderation/ideas/999999/approve")).status == 404


async def test_every_form_needs_the_sessions_csrf_token(open_site: OpenSite) -> None:
    site = await open_site()
    ids = await script(site)
    async with site.dialogs.sessionmaker() as session, session.begin():
        [writer] = await dataset.add_participants(session, 1, site.clock())
        answer = await dataset.add_text_answer(
            session, writer, "economic.other", "Nostrification takes a year", site.clock()
        )
    browser, page = await moderator(site)
    forms = [f"/moderation/ideas/{ids['p5']}/{action}" for action in IDEA_ACTIONS] + [
        f"/moderation/answers/{answer.id}/read",
        f"/moderation/answers/{answer.id}/idea",
    ]
    one = await browser.get(f"/moderation/ideas/{ids['p5']}")
    shown = set(re.findall(r'<form[^>]* action="(/moderation/[^"]+)"', page.text + one.text))
    assert shown == set(forms)
    for action in forms:
        for token in (None, "0" * 64):
            data = {"reason": "unclear", "code": "city.1", "text": "x", "area": "city_policy"}
            if token is not None:
                data["csrf"] = token
            refused = await browser.post(action, data)
            assert refused.status == 403, action
    idea, _texts = await stored(site.dialogs, ids["p5"])
    assert idea.status == "waiting"
    assert "Nostrification takes a year" in (await browser.get("/moderation")).text
    signing_in = ("joined", "dashboard_link", "dashboard_signin")
    assert [a for _o, a, _t in await audit(site.dialogs) if a not in signing_in] == []


async def test_survey_answers_read_or_taken_into_the_idea_bank(open_site: OpenSite) -> None:
    site = await open_site()
    async with site.dialogs.sessionmaker() as session, session.begin():
        writers = await dataset.add_participants(session, 2, site.clock())
        first = await dataset.add_text_answer(
            session, writers[0], "economic.other", "Nostrification takes a year", site.clock()
        )
        second = await dataset.add_text_answer(
            session, writers[1], "legal.other", "Free legal advice in Ukrainian", site.clock()
        )
    ola, ola_page = await moderator(site)
    jan, jan_page = await moderator(site, await site.organiser(user_id="9002"))
    assert "Survey answers to read (2)" in ola_page.text
    card = ola_page.texts("data-answer", str(first.id))
    assert "Nostrification takes a year" in card
    assert "participant-" not in ola_page.text  # nothing about who wrote it

    read = await ola.form(ola_page, f"/moderation/answers/{first.id}/read")
    assert read.location == "/moderation?done=read"
    stale = await jan.form(jan_page, f"/moderation/answers/{first.id}/read")
    assert stale.status == 409 and "already been read by someone else" in stale.text

    bad = await ola.form(ola_page, f"/moderation/answers/{second.id}/idea", {"area": "moon"})
    assert bad.status == 400
    made = await ola.form(ola_page, f"/moderation/answers/{second.id}/idea", {"area": "daily_life"})
    assert made.status == 303
    async with site.dialogs.sessionmaker() as session:
        idea = await session.scalar(select(Idea).where(Idea.source == "survey"))
    assert idea is not None and (idea.status, idea.area, idea.language) == (
        "approved",
        "daily_life",
        "und",
    )
    assert made.location == f"/moderation/ideas/{idea.id}?done=made&code={idea.code}"
    page = await ola.get(made.location)
    assert "Add the translation" in page.text and "Approve</button>" not in page.text
    added = await ola.form(
        page,
        f"/moderation/ideas/{idea.id}/translate",
        {"language": "en", "text": "Free legal advice in Ukrainian"},
    )
    assert added.status == 303
    _idea, texts = await stored(site.dialogs, idea.id)
    assert texts == {
        "und": "Free legal advice in Ukrainian",
        "en": "Free legal advice in Ukrainian",
    }
    moderated = ("review", "translate")
    actions = [(a, t) for _o, a, t in await audit(site.dialogs) if a.startswith(moderated)]
    assert actions == [
        ("review_read", str(first.id)),
        (f"review_idea:{idea.code}", str(second.id)),
        ("translate:en", idea.code),
    ]
    assert "No answer is waiting to be read." in (await ola.get("/moderation")).text
    # The chat's queue is the same queue: nothing left there either.
    chat = Person(site.dialogs, user_id="9001", hint="en")
    assert await chat.command("review") == ["organisers-review-none", "organisers-home"]
