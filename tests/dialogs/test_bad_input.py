"""Bad input gets a kind reply in the person's language and leaves the state consistent."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.messages import Choice
from storage.models import ConversationState, Participant, ProcessedUpdate
from tests.outbox import waiting
from tests.transcript import Person


async def at_migration_question(dialogs: Dialogs, locale: str = "uk") -> Person:
    person = Person(dialogs, user_id="bad", hint=locale)
    await person.command("start")
    await person.taps(locale)
    await person.taps("yes")
    assert person.question.key == "onboarding-migration"
    return person


async def state_of(engine: AsyncEngine) -> tuple[str, str]:
    async with engine.connect() as connection:
        row = (
            await connection.execute(select(ConversationState.flow, ConversationState.step))
        ).one()
    return row.flow, row.step


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("", "input-empty"),
        ("   \n\t ", "input-empty"),
        ("\u0000\u0007\u200b", "input-empty"),
        ("😀🙏🇺🇦", "input-choose-option"),
        ("مرحبا، كيف حالك؟", "input-choose-option"),
        ("x" * 10_000, "input-choose-option"),
        ("7", "input-number-out-of-range"),
        ("0", "input-number-out-of-range"),
    ],
)
async def test_unusable_text_is_answered_kindly_and_changes_nothing(
    dialogs: Dialogs, engine: AsyncEngine, text: str, reply: str
) -> None:
    person = await at_migration_question(dialogs)
    before = await state_of(engine)
    replies = await person.send(person.inbound(text=text))
    assert [r.key for r in replies] == [reply, "onboarding-migration"]
    if reply == "input-number-out-of-range":
        assert "3" in replies[0].text  # the three options on offer
    assert await state_of(engine) == before
    assert len(replies[0].text) < 300


async def test_reply_is_in_the_persons_language(dialogs: Dialogs) -> None:
    person = await at_migration_question(dialogs, locale="ru")
    replies = await person.send(person.inbound(text="🙂"))
    assert replies[0].text == dialogs.translator("ru", "input-choose-option")


async def test_unknown_command(dialogs: Dialogs) -> None:
    person = await at_migration_question(dialogs)
    assert await person.command("frobnicate") == ["input-unknown-command", "onboarding-migration"]


async def test_unsupported_message_kind(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await at_migration_question(dialogs)
    before = await state_of(engine)
    replies = await person.send(person.inbound(unsupported=True))
    assert [r.key for r in replies] == ["input-unsupported", "onboarding-migration"]
    assert await state_of(engine) == before


async def test_stale_button_cannot_change_a_later_step(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_migration_question(dialogs)
    old = person.question
    await person.taps("no")  # now at the district question
    stale = await person.send(person.inbound(choice=Choice("yes", old.token or "")))
    assert [r.key for r in stale] == ["input-stale-option"]
    async with engine.connect() as connection:
        experience = (await connection.execute(select(Participant.migration_experience))).scalar()
    assert experience == "no"
    assert await state_of(engine) == ("onboarding", "district")


async def test_forged_option_id_is_refused(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await at_migration_question(dialogs)
    token = person.question.token or ""
    replies = await person.send(person.inbound(choice=Choice("admin", token)))
    assert [r.key for r in replies] == ["input-stale-option"]
    assert await state_of(engine) == ("onboarding", "migration")


async def test_same_update_delivered_twice_is_handled_once(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_migration_question(dialogs)
    inbound = person.inbound(choice=Choice("yes", person.question.token or ""))
    first = await person.send(inbound)
    async with engine.connect() as connection:
        version = (await connection.execute(select(ConversationState.version))).scalar()
    second = await person.send(inbound)
    assert [r.key for r in first] == ["onboarding-district"]
    # Applied once, answered once: the first handling queued the question in its transaction,
    # so it reaches the person even if the process died before sending it.
    assert second == []
    queued = await waiting(engine, person.user_id)
    assert [r.key for r in queued].count("onboarding-district") == 1
    assert queued[-1] == first[0]
    assert await state_of(engine) == ("onboarding", "district")
    async with engine.connect() as connection:
        assert (await connection.execute(select(ConversationState.version))).scalar() == version
    async with engine.connect() as connection:
        handled = (await connection.execute(select(ProcessedUpdate.key))).scalars().all()
    assert len(handled) == len(set(handled))


async def test_double_tap_at_the_same_time_is_one_answer(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_migration_question(dialogs)
    token = person.question.token or ""
    taps = [person.inbound(choice=Choice("yes", token)) for _ in range(2)]
    first, second = await asyncio.gather(*(dialogs.handle(tap) for tap in taps))
    assert sorted([[r.key for r in first], [r.key for r in second]]) == [
        ["input-stale-option"],
        ["onboarding-district"],
    ]
    assert await state_of(engine) == ("onboarding", "district")
    assert len(dialogs.locks) == 0


async def test_different_participants_run_in_parallel(dialogs: Dialogs) -> None:
    people = [Person(dialogs, user_id=f"p{i}", hint="pl") for i in range(8)]
    results = await asyncio.gather(*(p.send(p.inbound(command="start")) for p in people))
    assert all([r.key for r in replies] == ["onboarding-language"] for replies in results)
    assert len(dialogs.locks) == 0


async def test_a_choice_while_another_step_is_pending_by_typing(dialogs: Dialogs) -> None:
    person = await at_migration_question(dialogs)
    # "Wola" answers the district question, which has not been asked yet.
    assert await person.says("Wola") == ["input-choose-option", "onboarding-migration"]


async def test_an_edited_message_never_rewrites_an_answer(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_migration_question(dialogs)
    await person.says("1")
    replies = await person.send(person.inbound(text="2", edited=True))
    assert [r.key for r in replies] == ["input-edited", "onboarding-district"]
    async with engine.connect() as connection:
        experience = (await connection.execute(select(Participant.migration_experience))).scalar()
    assert experience == "yes"


async def test_a_notice_outside_any_conversation_stores_nothing(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    notice = dialogs.notice("input-private-only", "ru-RU")
    assert notice.text == dialogs.translator("ru", "input-private-only")
    async with engine.connect() as connection:
        assert (await connection.execute(select(Participant))).all() == []


async def test_a_block_marks_the_participant_stopped_until_they_write(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await at_migration_question(dialogs)
    await dialogs.mark_stopped("test", person.user_id)
    async with engine.connect() as connection:
        assert (await connection.execute(select(Participant.stopped_at))).scalar() is not None
    await person.says("1")
    async with engine.connect() as connection:
        assert (await connection.execute(select(Participant.stopped_at))).scalar() is None


async def test_a_number_picks_an_option_even_where_free_text_is_welcome(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="writer", hint="en")
    await person.onboard(language="en", migration="no", district="wola")
    await person.taps("ideas")
    await person.taps(person.options[0])  # an area
    while not person.last[-1].key.startswith("ideas-write"):
        await person.taps("skip")
    cancel = person.options.index("cancel") + 1
    replies = await person.send(person.inbound(text=str(cancel)))
    assert "ideas-write" not in [r.key for r in replies]


async def test_a_command_word_is_a_command_even_where_free_text_is_welcome(
    dialogs: Dialogs,
) -> None:
    person = Person(dialogs, user_id="writer", hint="uk")
    await person.onboard(language="uk", migration="no", district="wola")
    await person.taps("ideas")
    await person.taps(person.options[0])
    while not person.last[-1].key.startswith("ideas-write"):
        await person.taps("skip")
    assert await person.says("допомога") == ["rights-help", person.last[-1].key]
    assert person.last[-1].key.startswith("ideas-write")
