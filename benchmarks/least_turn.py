"""The least a turn needs on this stack: a second baseline for `benchmarks.inbound`, between its
floor and the bot.

The floor is a bare dispatch and one durable insert. A turn of any bot that keeps the promises in
ARCHITECTURE.md does more, whatever its dialogs say:

- in one transaction: the update claimed, the person and their state read, one answer and the
  new state written, one reply queued in the outbox; committed, waiting for the disk;
- on a tap, the tap answered and the chosen answer recorded (two Bot API calls);
- the reply read from the outbox, pushed with its keyboard, and marked sent (not waiting for the
  disk).

This does exactly that, with no dialog, through the same library paths the bot uses (aiogram's
dispatch and Bot, SQLAlchemy Core on the bot's engines, the Telegram channel's keyboard), with
statements built once. The bot's time over this one is what its dialogs and its own code cost;
this one's over the floor is what the stack costs for a turn's work.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from aiogram import Bot, Dispatcher, Router
from aiogram.methods import AnswerCallbackQuery, EditMessageReplyMarkup, SendMessage
from aiogram.types import CallbackQuery, Message, Update
from sqlalchemy import (
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.telegram.render import keyboard
from dialogs.messages import Option
from storage.db import INLINE_OPTION, commit_without_waiting_for_disk, one_statement_engine
from storage.models import UTCDateTime

TABLES = MetaData()
_UPDATES = Table(
    "least_updates",
    TABLES,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), unique=True, nullable=False),
    Column("processed_at", UTCDateTime(), nullable=False),
)
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
_OUTBOX = Table(
    "least_outbox",
    TABLES,
    Column("id", Integer, primary_key=True),
    Column("address", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("sent_at", UTCDateTime()),
    Index("ix_least_outbox_unsent", "address", "sent_at"),
)

_CLAIM = text(
    'INSERT INTO least_updates ("key", processed_at) VALUES (:key, :at)'
    ' ON CONFLICT ("key") DO NOTHING RETURNING id'
).bindparams(bindparam("at", type_=UTCDateTime()))
_PERSON = select(_PEOPLE.c.id, _PEOPLE.c.version).where(_PEOPLE.c.key == bindparam("key"))
_NEW_PERSON = insert(_PEOPLE).values(state="{}", version=0).returning(_PEOPLE.c.id)
_ANSWER = insert(_ANSWERS)
_STATE = (
    update(_PEOPLE)
    .where(_PEOPLE.c.id == bindparam("person"))
    .values(state=bindparam("state"), version=bindparam("version"))
)
_QUEUE = insert(_OUTBOX)
_LOOK = select(_OUTBOX.c.id, _OUTBOX.c.message).where(
    _OUTBOX.c.address == bindparam("address"), _OUTBOX.c.sent_at.is_(None)
)
_MARK = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id.in_(bindparam("ids", expanding=True)))
    .values(sent_at=bindparam("at"))
)
# A question with five answers, as a rating step asks it.
_QUESTION = "How well does this idea solve the problem?"
_OPTIONS = [(str(n), str(n)) for n in range(1, 6)]


class LeastTurn:
    """A dispatcher whose only handler does what every turn needs, and nothing else."""

    def __init__(self, engine: AsyncEngine, bot: Bot) -> None:
        self.bot = bot
        self.turns = engine.execution_options(**{INLINE_OPTION: True})
        self.look = one_statement_engine(engine, read_only=True).execution_options(
            **{INLINE_OPTION: True}
        )
        self.marks = one_statement_engine(engine, read_only=False)
        router = Router()
        router.message()(self.on_message)
        router.callback_query()(self.on_tap)
        self.dispatcher = Dispatcher(disable_fsm=True)
        self.dispatcher.include_router(router)

    async def handle(self, update: Update) -> None:
        await self.dispatcher.feed_update(self.bot, update)

    async def on_message(self, message: Message, event_update: Update) -> None:
        await self.turn(event_update.update_id, message.chat.id, message.text or "")

    async def on_tap(self, query: CallbackQuery, event_update: Update) -> None:
        assert isinstance(query.message, Message)
        await self.turn(event_update.update_id, query.from_user.id, query.data or "")
        await self.bot(AnswerCallbackQuery(callback_query_id=query.id))
        await self.bot(
            EditMessageReplyMarkup(
                chat_id=query.message.chat.id, message_id=query.message.message_id
            )
        )

    async def turn(self, update_id: int, chat_id: int, answer: str) -> None:
        now = datetime.now(UTC)
        key, address = str(update_id), str(chat_id)
        async with self.turns.begin() as connection:
            if await connection.scalar(_CLAIM, {"key": key, "at": now}) is None:
                return
            person = (await connection.execute(_PERSON, {"key": address})).first()
            if person is None:
                person_id, version = await connection.scalar(_NEW_PERSON, {"key": address}), 0
            else:
                person_id, version = person
            await connection.execute(_ANSWER, {"person_id": person_id, "value": answer[:64]})
            state = json.dumps({"flow": "rating", "step": "effectiveness", "data": {}})
            values = {"person": person_id, "state": state, "version": version + 1}
            await connection.execute(_STATE, values)
            reply = {"text": _QUESTION, "options": _OPTIONS, "token": str(version + 1)}
            await connection.execute(_QUEUE, {"address": address, "message": json.dumps(reply)})
        await self.push(address)

    async def push(self, address: str) -> None:
        async with self.look.connect() as connection:
            rows = (await connection.execute(_LOOK, {"address": address})).all()
        for _, message in rows:
            reply = json.loads(message)
            options = [Option(id, label) for id, label in reply["options"]]
            markup = keyboard(options, reply["token"])
            await self.bot(
                SendMessage(chat_id=int(address), text=reply["text"], reply_markup=markup)
            )
        async with self.marks.begin() as connection:
            await commit_without_waiting_for_disk(connection)
            await connection.execute(
                _MARK, {"ids": [row[0] for row in rows], "at": datetime.now(UTC)}
            )


async def prepared(engine: AsyncEngine, bot: Bot) -> LeastTurn:
    async with engine.begin() as connection:
        await connection.run_sync(TABLES.create_all)
    return LeastTurn(engine, bot)
