"""The least a turn needs on this stack: a second baseline for `benchmarks.inbound`, between its
floor and the bot.

The floor is a bare dispatch and one durable insert. A turn of any bot that keeps the promises the
README makes ("What happens to an update", "Replies and pushes", "More than one process") does
more, whatever its dialogs say:

- in one transaction: the update claimed under the person's lock (the bot's own
  `storage.participants.claim_turn`, and on PostgreSQL the person's row locked), the person and
  their state read by their pseudonymous key, one answer and the new state written, one reply
  queued in the outbox; committed, waiting for the disk;
- on a tap, the tap answered and the chosen answer recorded (two Bot API calls);
- the reply looked up on a kept connection, pushed with its keyboard through the paced sender,
  and marked sent (its address and text dropped) without waiting for the disk.

This does exactly that, with no dialog, through the same library paths and helpers the bot uses
(aiogram's dispatch and Bot, the channel's `Sender` and keyboard, SQLAlchemy Core on the bot's
engines, `HeldReader` and `SentMarks`), with statements built once. It looks up replies by chat,
which is safe because the benchmark sends one person's updates one after another. The bot's time
over this one is what its dialogs and its own code cost; this one's over the floor is what the
stack costs for a turn's work.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.methods import AnswerCallbackQuery, EditMessageReplyMarkup, SendMessage
from aiogram.types import CallbackQuery, Message, Update
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.channels.outbox_sender import SentMarks
from bot.channels.pacing import Pacer
from bot.channels.telegram.render import keyboard
from bot.channels.telegram.sender import Sender
from dialogs.messages import Option
from storage.db import INLINE_OPTION, HeldReader, one_statement_engine
from storage.models import ProcessedUpdate
from storage.outbox import ADD, OUTBOX
from storage.participants import claim_turn
from storage.pseudonyms import Pseudonymizer

CHANNEL = "telegram"
TABLES = MetaData()
_PEOPLE = Table(
    "least_people",
    TABLES,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), unique=True, nullable=False),
    Column("state", Text, nullable=False),
    Column("version", Integer, nullable=False),
)
_ANSWERS = Table(
    "least_answers",
    TABLES,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, nullable=False),
    Column("value", String(64), nullable=False),
)
_PERSON = select(_PEOPLE.c.id, _PEOPLE.c.state, _PEOPLE.c.version).where(
    _PEOPLE.c.key == bindparam("key")
)
_NEW_PERSON = insert(_PEOPLE).values(state="{}", version=0).returning(_PEOPLE.c.id)
_ANSWER = insert(_ANSWERS)
_STATE = (
    update(_PEOPLE)
    .where(_PEOPLE.c.id == bindparam("person"))
    .values(state=bindparam("state"), version=bindparam("version"))
)
# The bot's own outbox table, so that its sender's marks (SentMarks) are the bot's statement.
_LOOK = (
    select(OUTBOX.c.id, OUTBOX.c.message)
    .where(
        OUTBOX.c.channel == CHANNEL,
        OUTBOX.c.address == bindparam("address"),
        OUTBOX.c.sent_at.is_(None),
    )
    .order_by(OUTBOX.c.id)
)
# A question with five answers, as a rating step asks it.
_QUESTION = "How well does this idea solve the problem?"
_OPTIONS = [(str(n), str(n)) for n in range(1, 6)]


class LeastTurn:
    """A dispatcher whose only handler does what every turn needs, and nothing else."""

    def __init__(self, engine: AsyncEngine, bot: Bot, pseudonym_key: str) -> None:
        self.bot = bot
        self.send = Sender(bot, Pacer(1_000_000.0, 1_000_000.0, 1_000_000))
        self.pseudonyms = Pseudonymizer(pseudonym_key.encode())
        # Several workers may handle one person's updates: the row is locked as the bot locks it.
        postgresql = engine.dialect.name == "postgresql"
        self.person = _PERSON.with_for_update() if postgresql else _PERSON
        self.turns = engine.execution_options(**{INLINE_OPTION: True})
        self.looker = HeldReader(engine)
        self.marks = SentMarks(one_statement_engine(engine, read_only=False), _now)
        router = Router()
        router.message()(self.on_message)
        router.callback_query()(self.on_tap)
        self.dispatcher = Dispatcher(disable_fsm=True)
        self.dispatcher.include_router(router)

    async def handle(self, update: Update) -> None:
        await self.dispatcher.feed_update(self.bot, update)

    async def close(self) -> None:
        await self.looker.close()

    async def on_message(self, message: Message, event_update: Update) -> None:
        await self.turn(event_update.update_id, message.chat.id, message.text or "")

    async def on_tap(self, query: CallbackQuery, event_update: Update) -> None:
        assert isinstance(query.message, Message)
        await self.turn(event_update.update_id, query.from_user.id, query.data or "")
        await self.send(AnswerCallbackQuery(callback_query_id=query.id))
        shown = query.message
        await self.send(EditMessageReplyMarkup(chat_id=shown.chat.id, message_id=shown.message_id))

    async def turn(self, update_id: int, chat_id: int, answer: str) -> None:
        person_key = self.pseudonyms.participant_key(CHANNEL, str(chat_id))
        update_key = self.pseudonyms.update_key(CHANNEL, str(update_id))
        now = _now()
        async with self.turns.begin() as connection:
            if not await claim_turn(connection, person_key, update_key, now):
                return
            person = (await connection.execute(self.person, {"key": person_key})).first()
            if person is None:
                person_id = await connection.scalar(_NEW_PERSON, {"key": person_key})
                state, version = {}, 0
            else:
                person_id, version = person.id, person.version
                state = json.loads(person.state)
            await connection.execute(_ANSWER, {"person_id": person_id, "value": answer[:64]})
            state = {**state, "flow": "rating", "step": "effectiveness"}
            values = {"person": person_id, "state": json.dumps(state), "version": version + 1}
            await connection.execute(_STATE, values)
            reply = {"text": _QUESTION, "options": _OPTIONS, "token": str(version + 1)}
            queued = {"channel": CHANNEL, "address": str(chat_id), "created_at": now}
            await connection.execute(ADD, [{**queued, "message": reply}])
        await self.push(str(chat_id))

    async def push(self, address: str) -> None:
        async def look(connection: AsyncConnection) -> list[Any]:
            return list((await connection.execute(_LOOK, {"address": address})).all())

        for row_id, reply in await self.looker.run(look):
            options = [Option(id, label) for id, label in reply["options"]]
            markup = keyboard(options, reply["token"])
            await self.send(
                SendMessage(chat_id=int(address), text=reply["text"], reply_markup=markup)
            )
            await self.marks.sent(row_id)


async def prepared(engine: AsyncEngine, bot: Bot, pseudonym_key: str) -> LeastTurn:
    async with engine.begin() as connection:
        await connection.run_sync(TABLES.create_all)
        # The bot's own tables for the claim and the outbox: its statements run on them.
        await connection.run_sync(ProcessedUpdate.__table__.create)
        await connection.run_sync(OUTBOX.create)
    return LeastTurn(engine, bot, pseudonym_key)


def _now() -> datetime:
    return datetime.now(UTC)
