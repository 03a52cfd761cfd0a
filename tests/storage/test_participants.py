"""The participant repository on every backend: updates claimed once, erasure complete."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import migrate
from storage import participants as repo
from storage.db import create_engine, create_read_only_sessionmaker, create_sessionmaker
from storage.models import Campaign, ConversationState, Participant

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def test_an_update_is_claimed_once(backend: AsyncEngine) -> None:
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        assert await repo.claim_update(session, "a" * 64, NOW)
    async with sessions() as session, session.begin():
        assert not await repo.claim_update(session, "a" * 64, NOW)
        assert await repo.claim_update(session, "b" * 64, NOW)


async def test_times_come_back_in_utc(backend: AsyncEngine) -> None:
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        await repo.create_participant(session, "k" * 64, NOW)
    async with sessions() as session:
        participant = await repo.get_participant(session, "k" * 64)
        assert participant is not None
        assert participant.created_at == NOW
        assert participant.created_at.tzinfo is not None


async def test_erase_removes_the_participant_and_their_rows_only(backend: AsyncEngine) -> None:
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        campaign = Campaign(code="wola", name="Wola", created_at=NOW)
        session.add(campaign)
        await session.flush()
        for key in ("x" * 64, "y" * 64):
            participant = await repo.create_participant(session, key, NOW)
            participant.campaign_id = campaign.id
            session.add(
                ConversationState(
                    participant_id=participant.id, flow="menu", step="main", data={}, updated_at=NOW
                )
            )
    async with sessions() as session, session.begin():
        participant = await repo.get_participant(session, "x" * 64)
        assert participant is not None
        await repo.erase_participant(session, participant)
    async with sessions() as session:
        keys = (await session.execute(select(Participant.key))).scalars().all()
        states = await session.scalar(select(func.count()).select_from(ConversationState))
        campaigns = await session.scalar(select(func.count()).select_from(Campaign))
    assert keys == ["y" * 64]
    assert states == 1
    assert campaigns == 1


async def test_a_long_read_does_not_hold_up_a_writer(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'lock.sqlite3'}")
    await migrate.upgrade(engine)
    writer = create_sessionmaker(engine)
    reader = create_read_only_sessionmaker(engine)
    try:
        async with reader() as report:
            await report.scalar(select(func.count()).select_from(Participant))  # report under way
            async with writer() as session, session.begin():
                await asyncio.wait_for(repo.create_participant(session, "w" * 64, NOW), timeout=2)
            # The report reads the snapshot it started with.
            assert await report.scalar(select(func.count()).select_from(Participant)) == 0
    finally:
        await engine.dispose()
