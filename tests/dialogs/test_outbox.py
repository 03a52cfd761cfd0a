"""What a turn queues in the outbox: every reply, in order, in the turn's own transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.messages import Attachment, Choice, Option, Outbound, merged
from dialogs.outbox import decode, encode, from_json, to_json
from storage import outbox
from storage.models import OutboxMessage, ProcessedUpdate
from tests.conftest import Clock
from tests.outbox import waiting, waiting_keys
from tests.transcript import Person


def test_an_outbound_survives_the_outbox_whole() -> None:
    outbound = Outbound(
        key="rights-mydata",
        text="Ось що ми зберігаємо",
        options=(Option("menu", "Меню"), Option("delete", "Видалити")),
        token="7",
        attachment=Attachment("my-data.json", b'{"locale": "uk"}\x00\xff', "application/json"),
        hint="Напишіть номер",
        forget_sender=True,
    )
    stored = json.loads(json.dumps(encode(outbound)))  # what the JSON column holds
    assert decode(stored) == outbound


@dataclass(frozen=True)
class MessageRef:
    chat: str
    message_id: int


@dataclass(frozen=True)
class LaterOutbound:
    """Outbound as it may look after someone adds fields: they need no change to the outbox."""

    key: str
    text: str
    options: tuple[Option, ...] = ()
    edit: MessageRef | None = None
    pages: tuple[bytes, ...] = ()


def test_fields_added_later_travel_through_without_changes() -> None:
    later = LaterOutbound("k", "t", (Option("a", "A"),), MessageRef("42", 7), (b"\x01", b"\x02"))
    assert from_json(LaterOutbound, json.loads(json.dumps(to_json(later)))) == later
    # A row written before a field existed gets its default; one the code no longer knows is
    # ignored.
    assert from_json(LaterOutbound, {"key": "k", "text": "t", "gone": 1}) == LaterOutbound("k", "t")


async def test_a_turns_replies_are_queued_in_order_with_the_turn(
    person: Person, engine: AsyncEngine
) -> None:
    await person.command("start")
    said = await person.send(person.inbound(choice=Choice("uk", person.question.token or "")))
    assert [o.key for o in said] == ["rights-privacy-notice", "onboarding-consent"]
    queued = await waiting(engine, person.user_id)
    # The whole Outbound, buttons and token included; the notice rides in the question's message.
    assert queued[-1:] == merged(said)
    assert await waiting_keys(engine) == [
        "onboarding-language",
        "rights-privacy-notice+onboarding-consent",
    ]


async def test_a_turn_that_fails_queues_nothing(
    dialogs: Dialogs, person: Person, engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    await person.command("start")
    before = await waiting_keys(engine)

    def broken(*args: object) -> None:
        raise RuntimeError("the database went away at commit")

    monkeypatch.setattr(dialogs.outbox, "queue", broken)
    with pytest.raises(RuntimeError):
        await person.send(person.inbound(choice=Choice("uk", person.question.token or "")))
    assert await waiting_keys(engine) == before
    async with engine.connect() as connection:
        # The update is not recorded as handled either: a re-delivery applies it.
        handled = await connection.scalar(select(func.count()).select_from(ProcessedUpdate))
    assert handled == 1


async def test_an_expired_button_is_answered_on_the_button_not_queued(
    person: Person, engine: AsyncEngine
) -> None:
    await person.command("start")
    old = person.question
    await person.taps("uk")
    before = await waiting_keys(engine)
    stale = await person.send(person.inbound(choice=Choice("ru", old.token or "")))
    assert [o.key for o in stale] == ["input-stale-option"]
    assert await waiting_keys(engine) == before


async def test_delete_leaves_only_its_confirmation_waiting_for_the_person(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = Person(dialogs, user_id="erased", hint="pl")
    bystander = Person(dialogs, user_id="stays", hint="pl")
    await person.onboard("pl")
    await bystander.onboard("pl")
    await person.command("delete")
    assert len(await waiting(engine, person.user_id)) > 2  # nothing was sent yet
    await person.taps("delete")
    [confirmation] = await waiting(engine, person.user_id)
    assert confirmation.key == "rights-deleted"
    assert confirmation.forget_sender  # Signal: signal-cli forgets them once it is delivered
    assert len(await waiting(engine, bystander.user_id)) > 2


async def test_a_sent_message_keeps_no_address_nor_text_and_goes_after_a_week(
    person: Person, engine: AsyncEngine, clock: Clock
) -> None:
    await person.command("start")
    async with person.dialogs.sessionmaker() as session, session.begin():
        [row] = (await session.scalars(select(OutboxMessage))).all()
        await outbox.mark_sent(session, [row.id], clock())
    async with engine.connect() as connection:
        [(address, message, sent_at)] = (
            await connection.execute(
                select(OutboxMessage.address, OutboxMessage.message, OutboxMessage.sent_at)
            )
        ).all()
    assert (address, message) == (None, None) and sent_at is not None
    async with person.dialogs.sessionmaker() as session, session.begin():
        assert await outbox.prune_sent(session, clock() + timedelta(days=6)) == 0
        assert await outbox.prune_sent(session, clock() + timedelta(days=8)) == 1
