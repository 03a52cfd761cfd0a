"""Organisers through the channel-neutral dialogs: invitation, every command, the audit log."""

from __future__ import annotations

import asyncio
import io
import logging
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.flow import Said
from dialogs.i18n import Translator
from storage import organisers as repo
from storage.models import AuditEntry, Campaign, Idea, IdeaText, OrganiserInvite, Participant
from tests.conftest import Clock, make_dialogs
from tests.digest import dataset
from tests.transcript import Person, keys

BOT = "dialog_test_bot"


@pytest.fixture
def dialogs(engine: AsyncEngine, translator: Translator, clock: Clock) -> Dialogs:
    return make_dialogs(engine, translator, clock, telegram_bot_username=BOT)


async def audit_actions(dialogs: Dialogs) -> list[tuple[int | None, str, str | None]]:
    async with dialogs.sessionmaker() as session:
        entries = await repo.audit_entries(session)
    return [(e.organiser_id, e.action, e.target) for e in entries]


async def waiting_idea(dialogs: Dialogs, text: str = "Тандеми мов у бібліотеках") -> Idea:
    async with dialogs.sessionmaker() as session, session.begin():
        [author] = await dataset.add_participants(session, 1, dialogs.clock())
        return await dataset.add_waiting_idea(session, author, text, dialogs.clock())


async def idea_row(dialogs: Dialogs, idea_id: int) -> tuple[Idea, dict[str, str]]:
    async with dialogs.sessionmaker() as session:
        idea = await session.get(Idea, idea_id)
        assert idea is not None
        texts = await session.execute(select(IdeaText).where(IdeaText.idea_id == idea_id))
        return idea, {t.locale: t.text for t in texts.scalars()}


# --- the invitation -----------------------------------------------------------------------------


async def test_an_invitation_makes_this_chat_an_organisers(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs, user_id="9001", hint="uk-UA")
    assert person.options == [
        "stats",
        "moderate",
        "review",
        "campaign_new",
        "campaign_list",
        "workshop",
        "digest",
        "export",
        "dashboard",
        "close",
    ]
    async with dialogs.sessionmaker() as session:
        [organiser] = await repo.all_organisers(session)
        [invitation] = (await session.scalars(select(OrganiserInvite))).all()
    assert (organiser.channel, organiser.address, organiser.locale) == ("test", "9001", "uk")
    assert organiser.name == "Ola (Wola NGO)"
    assert organiser.participant_key == dialogs.participant_key("test", "9001")
    assert invitation.used_at is not None
    assert len(invitation.token_hash) == 64  # only the hash is stored
    assert await audit_actions(dialogs) == [(organiser.id, "joined", None)]


async def test_an_invitation_works_once(dialogs: Dialogs) -> None:
    token = await dataset.invite(dialogs)
    first = Person(dialogs, user_id="1", hint="pl")
    second = Person(dialogs, user_id="2", hint="pl")
    assert await first.command("start", f"org_{token}") == ["organisers-welcome", "organisers-home"]
    assert await second.command("start", f"org_{token}") == ["organisers-invite-invalid"]
    assert await first.command("start", f"org_{token}") == [
        "organisers-already",
        "organisers-home",
    ]


async def test_an_expired_or_made_up_invitation_is_refused(dialogs: Dialogs, clock: Clock) -> None:
    token = await dataset.invite(dialogs, hours=72)
    clock.advance(hours=72, seconds=1)
    person = Person(dialogs, user_id="1", hint="en")
    assert await person.command("start", f"org_{token}") == ["organisers-invite-invalid"]
    assert await person.command("start", "org_made-up") == ["organisers-invite-invalid"]
    async with dialogs.sessionmaker() as session:
        assert await repo.all_organisers(session) == []


async def test_a_participant_mid_dialog_can_become_an_organiser(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="1001", hint="pl")
    await person.onboard(language="pl", migration="no")
    token = await dataset.invite(dialogs)
    assert await person.command("start", f"org_{token}") == [
        "organisers-welcome",
        "organisers-home",
    ]


# --- /stats -------------------------------------------------------------------------------------


async def test_stats(dialogs: Dialogs, clock: Clock) -> None:
    async with dialogs.sessionmaker() as session, session.begin():
        await dataset.add_participants(session, 3, clock() - timedelta(days=30))
        await dataset.add_participants(session, 2, clock() - timedelta(days=1))
        await dataset.add_participants(session, 4, clock(), consent="refused")
    await waiting_idea(dialogs)
    person = await dataset.organiser(dialogs)
    assert await person.taps("stats") == ["organisers-stats", "organisers-home"]
    text = person.last[0].text
    assert "Participants: 6 in total, 3 new in the last 7 days." in text  # the idea's author too
    assert "1 waiting for moderation" in text
    assert await person.command("stats") == ["organisers-stats", "organisers-home"]


# --- /moderate ----------------------------------------------------------------------------------


async def test_approve(dialogs: Dialogs) -> None:
    idea = await waiting_idea(dialogs, "Тандеми мов у бібліотеках")
    person = await dataset.organiser(dialogs)
    assert await person.command("moderate") == ["organisers-moderate-idea"]
    assert "Тандеми мов у бібліотеках" in person.question.text
    assert person.options == ["approve", "reject", "merge", "edit", "translate", "skip", "stop"]
    assert await person.taps("approve") == [
        "organisers-approved",
        "organisers-moderate-none",
        "organisers-home",
    ]
    stored, _texts = await idea_row(dialogs, idea.id)
    assert stored.status == "approved"
    assert ("approve", idea.code) in [(a, t) for _o, a, t in await audit_actions(dialogs)]


async def test_reject_with_a_reason(dialogs: Dialogs) -> None:
    idea = await waiting_idea(dialogs)
    person = await dataset.organiser(dialogs)
    await person.command("moderate")
    assert await person.taps("reject") == ["organisers-reject-choose"]
    assert person.options == [
        "duplicate",
        "off_topic",
        "personal_data",
        "offensive",
        "unclear",
        "back",
    ]
    assert await person.taps("personal_data") == [
        "organisers-rejected",
        "organisers-moderate-none",
        "organisers-home",
    ]
    stored, _texts = await idea_row(dialogs, idea.id)
    assert (stored.status, stored.reject_reason) == ("rejected", "personal_data")


async def test_merge_from_the_list_or_by_typing_a_code(dialogs: Dialogs, clock: Clock) -> None:
    async with dialogs.sessionmaker() as session, session.begin():
        target = await dataset.add_approved_idea(
            session, "city_policy.2", {"en": "A city office for migrants"}, clock()
        )
        other = await dataset.add_approved_idea(
            session, "culture.7", {"en": "Festivals"}, clock(), area="culture_exchange"
        )
    first = await waiting_idea(dialogs, "Міський офіс для мігрантів")
    second = await waiting_idea(dialogs, "Фестивалі культур")
    person = await dataset.organiser(dialogs)
    await person.command("moderate")
    assert await person.taps("merge") == ["organisers-merge-choose"]
    assert person.options == ["city_policy.2", "back"]  # the same area's approved ideas
    assert await person.taps("city_policy.2") == ["organisers-merged", "organisers-moderate-idea"]
    assert await person.taps("merge") == ["organisers-merge-choose"]
    assert await person.says("no-such-code") == [
        "organisers-merge-unknown",
        "organisers-merge-choose",
    ]
    assert await person.says("culture.7") == [
        "organisers-merged",
        "organisers-moderate-none",
        "organisers-home",
    ]
    merged_first, _ = await idea_row(dialogs, first.id)
    merged_second, _ = await idea_row(dialogs, second.id)
    assert (merged_first.status, merged_first.merged_into_id) == ("merged", target.id)
    assert (merged_second.status, merged_second.merged_into_id) == ("merged", other.id)


async def test_fix_typos_and_add_a_translation(dialogs: Dialogs) -> None:
    idea = await waiting_idea(dialogs, "Тандемі мов у бібліотеках")
    person = await dataset.organiser(dialogs)
    await person.command("moderate")
    assert await person.taps("edit") == ["organisers-edit-prompt"]
    assert await person.says("Тандеми мов у бібліотеках") == [
        "organisers-edited",
        "organisers-moderate-idea",
    ]
    assert await person.taps("translate") == ["organisers-translate-choose"]
    assert person.options == ["pl", "en", "ru", "back"]
    assert await person.taps("pl") == ["organisers-translate-prompt"]
    assert await person.says("Tandemy językowe w bibliotekach") == [
        "organisers-translated",
        "organisers-moderate-idea",
    ]
    assert await person.taps("translate") == ["organisers-translate-choose"]
    assert person.options == ["en", "ru", "back"]
    assert await person.taps("back") == ["organisers-moderate-idea"]
    stored, texts = await idea_row(dialogs, idea.id)
    assert stored.status == "waiting"
    assert texts == {"uk": "Тандеми мов у бібліотеках", "pl": "Tandemy językowe w bibliotekach"}
    actions = [a for _o, a, _t in await audit_actions(dialogs)]
    assert actions[-2:] == ["edit", "translate:pl"]


async def test_skip_and_stop(dialogs: Dialogs) -> None:
    first = await waiting_idea(dialogs, "Перша")
    second = await waiting_idea(dialogs, "Друга")
    person = await dataset.organiser(dialogs)
    await person.command("moderate")
    assert "Перша" in person.question.text
    assert await person.taps("skip") == ["organisers-moderate-idea"]
    assert "Друга" in person.question.text
    assert await person.taps("skip") == ["organisers-moderate-none", "organisers-home"]
    await person.taps("moderate")
    assert await person.taps("stop") == ["organisers-home"]
    for idea in (first, second):
        assert (await idea_row(dialogs, idea.id))[0].status == "waiting"


async def test_an_idea_moderated_meanwhile_by_someone_else(dialogs: Dialogs) -> None:
    await waiting_idea(dialogs)
    ola = await dataset.organiser(dialogs, user_id="9001")
    jan = await dataset.organiser(dialogs, user_id="9002")
    await ola.command("moderate")
    await jan.command("moderate")
    await jan.taps("approve")
    assert await ola.taps("approve") == [
        "organisers-moderate-gone",
        "organisers-moderate-none",
        "organisers-home",
    ]


async def test_nothing_to_moderate(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs)
    assert await person.command("moderate") == ["organisers-moderate-none", "organisers-home"]


# --- /campaign ----------------------------------------------------------------------------------


async def test_a_new_campaign_gives_a_link_and_a_qr_code(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs)
    replies = await person.command("campaign", "new Warsztat Wola 12.03")
    assert replies == [
        "organisers-campaign-created",
        "organisers-campaign-link",
        "organisers-campaign-qr",
        "organisers-home",
    ]
    async with dialogs.sessionmaker() as session:
        [campaign] = (await session.scalars(select(Campaign))).all()
    assert campaign.name == "Warsztat Wola 12.03"
    assert len(campaign.code) == 6
    assert f"https://t.me/{BOT}?start={campaign.code}" in person.last[1].text
    assert f"/start {campaign.code}" in person.last[0].text
    qr = person.last[2].attachment
    assert qr is not None and qr.media_type == "image/png"
    image = Image.open(io.BytesIO(qr.content))
    assert image.size[0] == image.size[1] >= 400
    # The link works: a participant who opens it is tagged with the campaign.
    participant = Person(dialogs, user_id="5", hint="pl")
    await participant.command("start", campaign.code)
    await participant.taps("pl")
    await participant.taps("yes")
    async with dialogs.sessionmaker() as session:
        tagged = await session.scalar(
            select(Participant.campaign_id).where(
                Participant.key == dialogs.participant_key("test", "5")
            )
        )
    assert tagged == campaign.id
    assert ("campaign_new", campaign.code) in [(a, t) for _o, a, t in await audit_actions(dialogs)]


async def test_a_campaign_named_in_a_second_step(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs)
    assert await person.taps("campaign_new") == ["organisers-campaign-name"]
    assert await person.says("Online call, March") == [
        "organisers-campaign-created",
        "organisers-campaign-link",
        "organisers-campaign-qr",
        "organisers-home",
    ]
    assert await person.command("campaign", "new") == ["organisers-campaign-name"]
    assert await person.taps("back") == ["organisers-home"]


async def test_a_campaign_name_loses_its_control_characters(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs)
    await person.command("campaign", 'new \x01=HYPERLINK("http://evil.example")\u202e\x7f')
    async with dialogs.sessionmaker() as session:
        [campaign] = (await session.scalars(select(Campaign))).all()
    assert campaign.name == '=HYPERLINK("http://evil.example")'


async def test_campaign_list_hides_small_groups(dialogs: Dialogs, clock: Clock) -> None:
    async with dialogs.sessionmaker() as session, session.begin():
        wola = await dataset.add_campaign(session, "wola26", "Wola workshop", clock())
        call = await dataset.add_campaign(session, "call26", "Online call", clock())
        await dataset.add_campaign(session, "empty1", "Nobody came", clock())
        await dataset.add_participants(session, 14, clock(), campaign=wola)
        await dataset.add_participants(session, 3, clock(), campaign=call)
        await dataset.add_participants(session, 25, clock())
    person = await dataset.organiser(dialogs)
    assert await person.command("campaign", "list") == [
        "organisers-campaign-list",
        "organisers-home",
    ]
    text = person.last[0].text
    assert "Online call (call26): <10" in text
    assert "Wola workshop (wola26): ≥10" in text  # hidden too, or 3 = 42 - 14 - 25
    assert "Nobody came (empty1): 0" in text
    assert "Without a campaign: 25" in text
    assert await person.command("campaign", "rename") == [
        "organisers-campaign-usage",
        "organisers-home",
    ]


async def test_no_campaigns_yet(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs)
    assert await person.taps("campaign_list") == [
        "organisers-campaign-list-empty",
        "organisers-home",
    ]


# --- /digest and /export ------------------------------------------------------------------------


async def test_digest_now_to_this_organiser_with_its_two_files(
    dialogs: Dialogs, clock: Clock
) -> None:
    async with dialogs.sessionmaker() as session, session.begin():
        people = await dataset.add_participants(session, 12, clock() - timedelta(days=2))
        for person_row in people:
            await dataset.add_survey(
                session, person_row, clock(), {"legal": 5, "social": 2}, {"legal": ["permits"]}
            )
        idea = await dataset.add_approved_idea(
            session, "city_policy.2", {"en": "An office"}, clock()
        )
        await dataset.add_ratings(session, idea, people, 5, 4, clock())
    person = await dataset.organiser(dialogs)
    assert await person.command("digest") == [
        "digest-participation",
        "digest-survey",
        "digest-ideas",
        "digest-chart-caption",
        "digest-workbook-caption",
        "organisers-home",
    ]
    chart, workbook = person.last[3].attachment, person.last[4].attachment
    assert chart is not None and chart.media_type == "image/png"
    assert workbook is not None and workbook.filename.endswith(".xlsx")
    assert "city_policy.2" in person.last[2].text
    sheets = load_workbook(io.BytesIO(workbook.content)).sheetnames
    assert sheets == ["Summary", "Needs", "Ideas"]


async def test_a_report_reads_a_snapshot_and_takes_no_write_lock(
    dialogs: Dialogs, engine: AsyncEngine, clock: Clock
) -> None:
    """Made while a participant's answer holds the write lock, it neither waits nor sees it."""
    reports = dialogs.config.reports
    assert reports is not None
    async with dialogs.sessionmaker() as session, session.begin():
        await dataset.add_participants(session, 12, clock() - timedelta(days=30))
    answering = sqlite3.connect(str(engine.url.database), isolation_level=None)
    try:
        answering.execute("BEGIN IMMEDIATE")
        answering.execute(
            "INSERT INTO participants (key, locale, consent, created_at)"
            " VALUES ('in-flight', 'uk', 'given', '2026-11-23 08:00:00.000000')"
        )
        said = await asyncio.wait_for(reports.digest("en", clock()), timeout=60)
    finally:
        answering.close()
    participation = dialogs.translator.render("en", said[0].message)
    assert "Participants: 12 in total" in participation  # not the one being written


class FailingReports:
    """A program whose reports cannot be made just now (the worker was killed, the disk is full)."""

    async def digest(self, locale: str, now: datetime) -> list[Said]:
        raise OSError("no report today")

    async def workbook(self, locale: str, now: datetime) -> Said:
        raise OSError("no report today")


async def test_a_report_that_fails_is_said_so_and_the_command_still_counts(
    dialogs: Dialogs,
) -> None:
    person = await dataset.organiser(dialogs)
    dialogs.config = replace(dialogs.config, reports=FailingReports())
    assert await person.command("digest") == ["organisers-reports-unavailable", "organisers-home"]
    assert [a for _o, a, _t in await audit_actions(dialogs)][-1] == "digest"


async def test_export(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs, hint="pl")
    assert await person.command("export") == ["digest-workbook-caption", "organisers-home"]
    workbook = person.last[0].attachment
    assert workbook is not None
    assert load_workbook(io.BytesIO(workbook.content)).sheetnames == [
        "Podsumowanie",
        "Potrzeby",
        "Pomysły",
    ]
    assert [a for _o, a, _t in await audit_actions(dialogs)][-1] == "export"


async def test_closing_the_menu(dialogs: Dialogs) -> None:
    person = await dataset.organiser(dialogs)
    assert await person.taps("close") == ["organisers-closed"]
    assert await person.command("stats") == ["organisers-stats", "organisers-home"]


# --- refusals -----------------------------------------------------------------------------------

ATTEMPTS = [
    ("stats", None),
    ("moderate", None),
    ("review", None),
    ("campaign", "new Poster"),
    ("campaign", "list"),
    ("digest", None),
    ("export", None),
]


async def assert_nothing_happened(dialogs: Dialogs) -> None:
    async with dialogs.sessionmaker() as session:
        assert (await session.scalars(select(Campaign))).all() == []
        waiting = (await session.scalars(select(Idea).where(Idea.status != "waiting"))).all()
        assert waiting == []
        audit = (await session.scalars(select(AuditEntry))).all()
    # Only the refusals were added (besides joining and opening moderation before revoking).
    assert all(e.action.startswith("refused:") or e.action in ("joined", "moderate") for e in audit)


@pytest.mark.parametrize(("command", "arg"), ATTEMPTS)
async def test_a_participant_gets_the_normal_unknown_command(
    dialogs: Dialogs, command: str, arg: str | None
) -> None:
    await waiting_idea(dialogs)
    person = Person(dialogs, user_id="1001", hint="en")
    await person.onboard(language="en", migration="no")
    assert await person.command(command, arg) == ["input-unknown-command", "menu-main"]
    # Exactly what any made-up command gets.
    assert await person.command("madeup") == ["input-unknown-command", "menu-main"]
    stranger = Person(dialogs, user_id="1002", hint="en")
    assert await stranger.command(command, arg) == ["input-unknown-command"]
    await assert_nothing_happened(dialogs)
    refusals = [e for e in await audit_actions(dialogs) if e[1].startswith("refused")]
    assert refusals == [(None, f"refused:{command}", None)] * 2


async def test_guessing_writes_one_row_and_one_warning_an_hour(
    dialogs: Dialogs, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    guesser = Person(dialogs, user_id="1001", hint="en")
    await guesser.onboard(language="en", migration="no")
    caplog.set_level(logging.WARNING, logger="dialogs")
    for attempt in range(30):
        await guesser.command("start", f"org_guess{attempt}")
        await guesser.command("moderate")
        clock.advance(seconds=100)  # 60 attempts over 50 minutes
    other = Person(dialogs, user_id="1002", hint="en")
    await other.command("export")
    clock.advance(minutes=11)  # the first hour is over
    await guesser.command("moderate")

    async with dialogs.sessionmaker() as session:
        rows = (await session.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()
    guessing = dialogs.participant_key("test", "1001")
    async with dialogs.sessionmaker() as session:
        guesser_id = await session.scalar(select(Participant.id).where(Participant.key == guessing))
    assert [(r.participant_id == guesser_id, r.action, r.times) for r in rows] == [
        (True, "refused:invite", 60),
        (False, "refused:export", 1),
        (True, "refused:moderate", 1),
    ]
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 3
    assert all(r.levelno == logging.WARNING for r in refusals)

    # The rows are the guesser's: erased with them.
    await guesser.command("delete")
    await guesser.taps("delete")
    async with dialogs.sessionmaker() as session:
        left = (await session.scalars(select(AuditEntry))).all()
    assert [r.action for r in left] == ["refused:export"]


@pytest.mark.parametrize(("command", "arg"), ATTEMPTS)
async def test_a_revoked_organiser_is_refused(
    dialogs: Dialogs, clock: Clock, command: str, arg: str | None
) -> None:
    await waiting_idea(dialogs)
    person = await dataset.organiser(dialogs)
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    assert await person.command(command, arg) == ["input-unknown-command"]
    await assert_nothing_happened(dialogs)


@pytest.mark.parametrize(
    "option", ["stats", "moderate", "review", "campaign_new", "digest", "export"]
)
async def test_a_revoked_organisers_buttons_do_nothing(
    dialogs: Dialogs, clock: Clock, option: str
) -> None:
    """The buttons were offered while the role held; pressed after revoking, they are refused."""
    await waiting_idea(dialogs)
    person = await dataset.organiser(dialogs)
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    assert await person.taps(option) == ["input-unknown-command"]
    await assert_nothing_happened(dialogs)


async def test_moderation_buttons_after_revoking_are_refused(
    dialogs: Dialogs, clock: Clock
) -> None:
    await waiting_idea(dialogs)
    person = await dataset.organiser(dialogs)
    await person.command("moderate")
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    assert await person.taps("approve") == ["input-unknown-command"]
    await assert_nothing_happened(dialogs)


async def test_revoked_during_a_language_change_returns_to_the_participants_menu(
    dialogs: Dialogs, clock: Clock
) -> None:
    await waiting_idea(dialogs)
    person = Person(dialogs, user_id="1001", hint="en")
    await person.onboard(language="en", migration="no")
    token = await dataset.invite(dialogs)
    await person.command("start", f"{repo.INVITE_PREFIX}{token}")
    assert await person.command("moderate") == ["organisers-moderate-idea"]
    assert await person.command("language") == ["rights-language-choose"]
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    assert await person.taps("pl") == ["rights-language-changed", "menu-main"]
    assert not {"approve", "reject", "merge"} & set(person.options)
    await assert_nothing_happened(dialogs)


async def test_revoked_without_consent_a_language_change_leads_to_consent(
    dialogs: Dialogs, clock: Clock
) -> None:
    await waiting_idea(dialogs)
    person = await dataset.organiser(dialogs)  # came through the invitation only
    await person.command("moderate")
    await person.command("language")
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    replies = await person.taps("uk")
    assert replies[0] == "rights-language-changed"
    assert person.question.key == "onboarding-consent"
    await assert_nothing_happened(dialogs)


async def test_an_organiser_still_in_the_role_returns_to_moderation(dialogs: Dialogs) -> None:
    await waiting_idea(dialogs)
    person = await dataset.organiser(dialogs)
    await person.command("moderate")
    await person.command("language")
    assert await person.taps("uk") == ["rights-language-changed", "organisers-moderate-idea"]


async def test_forged_buttons_are_refused(dialogs: Dialogs) -> None:
    """Button data made up by a client: an organiser option id with a guessed token."""
    from dialogs.messages import Choice

    await waiting_idea(dialogs)
    person = Person(dialogs, user_id="1001", hint="en")
    await person.onboard(language="en", migration="no")
    token = person.question.token
    for option in ("approve", "stats", "export", "merge"):
        for forged in (token, "0", "999"):
            replies = await person.send(person.inbound(choice=Choice(option, str(forged))))
            assert keys(replies) == ["input-stale-option"]
    await assert_nothing_happened(dialogs)
