"""Queries about participants, their conversation state, and handled updates.

Repositories add and query; the caller's transaction commits once per handled update.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, cast

from sqlalchemy import BigInteger, Integer, Table, bindparam, delete, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.advisory import advisory_key, hold_for_transaction, participant_lock
from storage.db import on_connection, wipe_deleted
from storage.ideas import withdraw_ratings
from storage.models import Base, Campaign, ConversationState, Participant, ProcessedUpdate


async def lock_participant(session: AsyncSession, key: str) -> None:
    """Queue behind any other process handling this participant, until this transaction ends.

    Taken first in the transaction, so one person's updates are handled one at a time across
    worker processes, a first contact (no row yet to lock) included. A no-op where there is one
    process (SQLite): the in-process locks and BEGIN IMMEDIATE already queue them.
    """
    await hold_for_transaction(session, participant_lock(key))


async def start_turn(
    session: AsyncSession, participant_key: str, update_key: str | None, now: datetime
) -> bool:
    """The first statement of a participant's turn: `lock_participant`, then `claim_update` for
    an update that has a key (`claim_turn`). False for an update already handled."""
    if update_key is None:
        await lock_participant(session, participant_key)
        return True
    return await claim_turn(await on_connection(session), participant_key, update_key, now)


async def claim_turn(
    connection: AsyncConnection, participant_key: str, update_key: str, now: datetime
) -> bool:
    """`start_turn` for an update with a key, on the turn's connection.

    On PostgreSQL the lock and the claim are one statement, one round trip: the lock is taken
    before the row is inserted, and the key's conflict is checked against what is committed
    then, whatever the statement's snapshot. The reads that follow are statements of their own,
    whose snapshots come after the lock.
    """
    if connection.dialect.name != "postgresql":
        return await _claim(connection, update_key, now)
    values = {
        "key": update_key,
        "processed_at": now,
        "lock": advisory_key(participant_lock(participant_key)),
    }
    return await connection.scalar(_LOCK_AND_CLAIM_UPDATE, values) is not None


async def claim_update(session: AsyncSession, key: str, now: datetime) -> bool:
    """Record an update as handled; False if it already was (a re-delivery). One statement: a
    key already there is left alone rather than raising (on PostgreSQL a claim by a transaction
    still open waits for its end)."""
    return await _claim(await on_connection(session), key, now)


async def _claim(connection: AsyncConnection, key: str, now: datetime) -> bool:
    return await connection.scalar(_CLAIM_UPDATE, {"key": key, "processed_at": now}) is not None


# The same statement on SQLite (3.35 and later) and PostgreSQL, run on every update. As text it
# is compiled once: SQLAlchemy's dialect inserts with ON CONFLICT are left out of its statement
# cache (`inherit_cache = False` in sqlalchemy/dialects/sqlite/dml.py) and compiled every time.
_CLAIM_UPDATE = (
    text(
        'INSERT INTO processed_updates ("key", processed_at) VALUES (:key, :processed_at)'
        ' ON CONFLICT ("key") DO NOTHING RETURNING id'
    )
    .bindparams(bindparam("processed_at", type_=ProcessedUpdate.__table__.c.processed_at.type))
    .columns(id=Integer)
)
# PostgreSQL's: the participant's lock first (the row to insert comes from the lock's SELECT).
_LOCK_AND_CLAIM_UPDATE = (
    text(
        'INSERT INTO processed_updates ("key", processed_at)'
        " SELECT :key, :processed_at FROM (SELECT pg_advisory_xact_lock(:lock)) AS queued"
        ' ON CONFLICT ("key") DO NOTHING RETURNING id'
    )
    .bindparams(
        bindparam("key", type_=ProcessedUpdate.__table__.c.key.type),
        bindparam("processed_at", type_=ProcessedUpdate.__table__.c.processed_at.type),
        bindparam("lock", type_=BigInteger()),
    )
    .columns(id=Integer)
)


async def get_participant(session: AsyncSession, key: str) -> Participant | None:
    query = select(Participant).where(Participant.key == key)
    if session.bind.dialect.name == "postgresql":
        # Several workers may handle one participant's updates; the row lock queues them.
        query = query.with_for_update()
    result: Participant | None = await session.scalar(query)
    return result


async def participant_with_state(
    session: AsyncSession, key: str
) -> tuple[Participant | None, ConversationState | None]:
    """A participant and their conversation state, read together (as get_participant locks)."""
    locking = session.bind.dialect.name == "postgresql"
    query = _WITH_STATE_LOCKED if locking else _WITH_STATE
    row = (await session.execute(query, {"key": key})).first()
    return (None, None) if row is None else (row[0], row[1])


# Read on every update: built once, a statement's cache key and result columns are worked out
# once too, not on each execution.
_WITH_STATE = (
    select(Participant, ConversationState)
    .outerjoin(ConversationState, ConversationState.participant_id == Participant.id)
    .where(Participant.key == bindparam("key"))
)
# Several workers may handle one participant's updates; the row lock queues them.
_WITH_STATE_LOCKED = _WITH_STATE.with_for_update(of=Participant)


async def save_state(
    session: AsyncSession, participant_id: int, state: Mapping[str, Any], *, new: bool
) -> None:
    """Write a participant's conversation state (flow, step, data, version, updated_at).

    A statement of its own, not through the session's unit of work: nearly every update writes
    the state, and leaving it to the flush at commit cost more than the write itself. The row
    loaded with the participant (participant_with_state) is then stale: read it no more.
    """
    values = {**state, "conversation_of": participant_id}
    await (await on_connection(session)).execute(_NEW_STATE if new else _SAVE_STATE, values)


_STATES = cast(Table, ConversationState.__table__)
_NEW_STATE = insert(_STATES).values(participant_id=bindparam("conversation_of"))
_SAVE_STATE = update(_STATES).where(_STATES.c.participant_id == bindparam("conversation_of"))


async def create_participant(session: AsyncSession, key: str, now: datetime) -> Participant:
    participant = Participant(key=key, created_at=now)
    session.add(participant)
    await session.flush()
    return participant


async def campaign_by_code(session: AsyncSession, code: str) -> Campaign | None:
    result: Campaign | None = await session.scalar(select(Campaign).where(Campaign.code == code))
    return result


def _participant_references() -> list[tuple[Any, Any, str | None]]:
    """Every (table, column, on-delete rule) that points at a participant."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == Participant.__tablename__:
                found.append((table, fk.parent, fk.ondelete))
    return found


async def participant_rows(
    session: AsyncSession, participant: Participant
) -> dict[str, list[dict[str, Any]]]:
    """Everything stored about a participant, by table (for /mydata)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, column, _rule in _participant_references():
        result = await session.execute(select(table).where(column == participant.id))
        rows[table.name] = [dict(row._mapping) for row in result]
    return rows


async def erase_participant(session: AsyncSession, participant: Participant) -> None:
    """Remove every row tied to the participant, then the participant itself.

    Rows whose reference is declared ON DELETE SET NULL (content that stays, such as an approved
    idea) lose the link; everything else is deleted. New tables are covered without changes here.
    Their ratings leave the ideas' sums first, while the rows still say what to take out; the sums
    of their own ideas go with those ideas (a foreign-key cascade).
    """
    await withdraw_ratings(session, participant.id)
    for table, column, rule in reversed(_participant_references()):
        if rule == "SET NULL":
            await session.execute(
                update(table).where(column == participant.id).values({column.name: None})
            )
        else:
            await session.execute(delete(table).where(column == participant.id))
    await session.execute(delete(Participant).where(Participant.id == participant.id))


async def wipe_erased(session: AsyncSession) -> None:
    """Call once the transaction that erased a participant committed (see `wipe_deleted`)."""
    assert isinstance(session.bind, AsyncEngine)
    await wipe_deleted(session.bind)
