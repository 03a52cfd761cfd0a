"""News of what became of the ideas, and the survey reminder: each (person, day) once, whatever
restarts or second processes do; never to someone who said no or stopped the bot.

The job is called directly with a chosen "now"; nothing sleeps or waits for a clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.outbox_sender import OutboxSender
from bot.updates import UpdatesSender
from dialogs.i18n import Translator
from dialogs.outbox import Outbox
from storage import outcomes, survey, updates
from storage.db import create_sessionmaker
from storage.models import Idea, Organiser, Participant
from storage.participants import erase_participant
from tests.ideas_data import NOW, add_idea, add_participant, add_rating
from tests.scheduler.test_digest_delivery import FakeMessenger


def sender(engine: AsyncEngine, translator: Translator, messenger: FakeMessenger) -> UpdatesSender:
    """A fresh process's job: its own outbox, nothing remembered from an earlier one."""
    return UpdatesSender(
        create_sessionmaker(engine),
        translator,
        {messenger.channel: messenger},
        Outbox(),
        timezone="Europe/Warsaw",
        default_locale="pl",
        reminder_days=3,
    )


async def delivered(engine: AsyncEngine, messenger: FakeMessenger) -> list[tuple[str, str]]:
    """Send what the outbox holds; everything pushed so far, as (address, message key)."""
    await OutboxSender(create_sessionmaker(engine), Outbox(), messenger).drain()
    return sorted(messenger.pushes)


async def people(engine: AsyncEngine) -> dict[str, Participant]:
    """Five people around two ideas: who said what to "may we tell you?"."""
    async with create_sessionmaker(engine)() as session, session.begin():
        found = {name: await add_participant(session, name) for name in ("ola", "ivan", "kim")}
        found |= {name: await add_participant(session, name) for name in ("no", "blocked")}
        found["ivan"].locale, found["kim"].locale = "uk", "en"
        found["blocked"].stopped_at = NOW
        first = await add_idea(session, "a1", author_id=found["ola"].id)
        second = await add_idea(session, "a2", texts={"pl": "Drugi", "uk": "Друга"})
        await add_rating(session, first.id, found["ivan"].id, 4, 4)
        for name in ("kim", "no", "blocked"):
            await add_rating(session, first.id, found[name].id, 3, 3)
        await add_rating(session, second.id, found["ivan"].id, 5, 5)
        for name, participant in found.items():
            await updates.answer(
                session,
                participant.id,
                name != "no",
                NOW - timedelta(days=1),
                channel="test",
                address=name,
            )
        session.add(
            Organiser(
                participant_key="org",
                channel="test",
                address="org",
                name="Ola",
                locale="pl",
                created_at=NOW,
            )
        )
    return found


async def set_outcome(engine: AsyncEngine, code: str, outcome: str, at: datetime) -> None:
    async with create_sessionmaker(engine)() as session, session.begin():
        organiser = await session.scalar(select(Organiser))
        idea = await session.scalar(select(Idea).where(Idea.code == code))
        assert organiser is not None and idea is not None
        await outcomes.set_outcome(session, organiser, idea.id, outcome, "Notatka.", "pl", at)


async def test_one_message_a_person_a_day_across_a_restart(
    engine: AsyncEngine, translator: Translator
) -> None:
    await people(engine)
    messenger = FakeMessenger()
    await set_outcome(engine, "a1", "planned", NOW)
    assert await sender(engine, translator, messenger).outcomes_due(NOW) == 3
    told = [("ivan", "outcomes-notice"), ("kim", "outcomes-notice"), ("ola", "outcomes-notice")]
    assert await delivered(engine, messenger) == told  # not "no", not "blocked"
    uk = next(text for text in messenger.texts if "Є новини" in text)
    assert "Notatka." in uk and translator("uk", "outcomes-name", outcome="planned") in uk

    # The process restarts, and a second one runs the job too: nothing is queued again.
    assert await sender(engine, translator, messenger).outcomes_due(NOW + timedelta(hours=1)) == 0
    assert await sender(engine, translator, messenger).outcomes_due(NOW + timedelta(hours=1)) == 0

    # Two more outcomes the same day wait for the next one, and then come together.
    later = NOW + timedelta(hours=2)
    await set_outcome(engine, "a1", "in_progress", later)
    await set_outcome(engine, "a2", "done", later + timedelta(minutes=1))
    assert await sender(engine, translator, messenger).outcomes_due(later + timedelta(hours=1)) == 0
    tomorrow = NOW + timedelta(days=1)
    assert await sender(engine, translator, messenger).outcomes_due(tomorrow) == 3
    assert await sender(engine, translator, messenger).outcomes_due(tomorrow) == 0
    pushes = await delivered(engine, messenger)
    assert pushes.count(("ivan", "outcomes-notice")) == 2
    ivan = [text for text in messenger.texts if "Є новини" in text][-1]
    assert "Друга" in ivan and "(2)" in ivan  # both ideas in one message
    assert pushes.count(("ola", "outcomes-notice")) == 2


async def test_a_no_and_an_erasure_keep_no_address(engine: AsyncEngine) -> None:
    found = await people(engine)
    async with create_sessionmaker(engine)() as session, session.begin():
        participant = await session.get(Participant, found["ola"].id)
        assert participant is not None
        await erase_participant(session, participant)
    async with create_sessionmaker(engine)() as session:
        assert await updates.preference(session, found["ola"].id) is None
        refused = await updates.preference(session, found["no"].id)
        assert refused is not None and (refused.answer, refused.address) == ("no", None)


async def test_the_survey_reminder_once_ever_and_off_at_zero(
    engine: AsyncEngine, translator: Translator
) -> None:
    found = await people(engine)
    async with create_sessionmaker(engine)() as session, session.begin():
        for name in ("ola", "kim", "no", "blocked"):
            await survey.start_response(session, found[name].id, 2, NOW)
        done = await survey.start_response(session, found["ivan"].id, 2, NOW)
        done.completed_at = NOW
    messenger = FakeMessenger()
    assert await sender(engine, translator, messenger).reminders_due(NOW + timedelta(days=2)) == 0
    three_days = NOW + timedelta(days=3)
    assert await sender(engine, translator, messenger).reminders_due(three_days) == 2
    assert await sender(engine, translator, messenger).reminders_due(three_days) == 0
    later = NOW + timedelta(days=30)
    assert await sender(engine, translator, messenger).reminders_due(later) == 0
    assert await delivered(engine, messenger) == [
        ("kim", "outcomes-reminder"),
        ("ola", "outcomes-reminder"),
    ]
    off = sender(engine, translator, messenger)
    off.reminder_days = 0
    assert await off.reminders_due(later) == 0
