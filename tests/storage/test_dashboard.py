"""Sign-in links, sessions and sign-in attempts in storage, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import dashboard, organisers
from storage.db import create_sessionmaker
from storage.models import DashboardSession, DashboardSignin, Organiser

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DAY = timedelta(hours=12)


async def an_organiser(engine: AsyncEngine, locale: str = "uk") -> Organiser:
    async with create_sessionmaker(engine)() as session, session.begin():
        organiser = Organiser(
            participant_key="k" * 64,
            channel="test",
            address="9001",
            name="Ola",
            locale=locale,
            created_at=NOW,
        )
        session.add(organiser)
    return organiser


async def test_a_link_opens_one_session_once_within_ten_minutes(backend: AsyncEngine) -> None:
    organiser = await an_organiser(backend)
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        token = await dashboard.create_signin(session, organiser, NOW)
        late = await dashboard.create_signin(session, organiser, NOW)
    async with sessions() as session, session.begin():
        stored = (await session.execute(select(DashboardSignin))).scalars().all()
        assert {row.token_hash for row in stored} == {
            organisers.token_hash(token),
            organisers.token_hash(late),
        }
        waiting = await dashboard.signin_waiting(session, token, NOW + timedelta(minutes=9))
        assert waiting is not None and waiting.id == organiser.id
        opened = await dashboard.sign_in(session, token, NOW + timedelta(minutes=9), DAY)
        assert opened is not None and opened.locale == "uk"
        assert await dashboard.sign_in(session, token, NOW + timedelta(minutes=9), DAY) is None
        assert await dashboard.sign_in(session, late, NOW + timedelta(minutes=10), DAY) is None
        assert await dashboard.sign_in(session, "made-up", NOW, DAY) is None
    async with sessions() as session:
        found = await dashboard.signed_in(session, opened.secret, NOW + timedelta(hours=11))
        assert found is not None and found[1].id == organiser.id
        assert (
            await dashboard.signed_in(session, opened.secret, NOW + DAY + timedelta(minutes=9))
            is None
        )
        [row] = (await session.execute(select(DashboardSession))).scalars().all()
        assert row.session_hash == organisers.token_hash(opened.secret)


async def test_a_revoked_organiser_has_no_session_and_no_link(backend: AsyncEngine) -> None:
    organiser = await an_organiser(backend)
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        token = await dashboard.create_signin(session, organiser, NOW)
        other = await dashboard.create_signin(session, organiser, NOW)
        opened = await dashboard.sign_in(session, token, NOW, DAY)
        assert opened is not None
        await organisers.revoke(session, organiser.id, NOW)
    async with sessions() as session, session.begin():
        assert await dashboard.signed_in(session, opened.secret, NOW) is None
        assert await dashboard.sign_in(session, other, NOW, DAY) is None


async def test_signing_out_deletes_only_that_session(backend: AsyncEngine) -> None:
    organiser = await an_organiser(backend)
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        laptop = await dashboard.sign_in(
            session, await dashboard.create_signin(session, organiser, NOW), NOW, DAY
        )
        phone = await dashboard.sign_in(
            session, await dashboard.create_signin(session, organiser, NOW), NOW, DAY
        )
        assert laptop is not None and phone is not None
    async with sessions() as session, session.begin():
        await dashboard.sign_out(session, laptop.secret)
    async with sessions() as session:
        assert await dashboard.signed_in(session, laptop.secret, NOW) is None
        assert await dashboard.signed_in(session, phone.secret, NOW) is not None


async def test_attempts_are_limited_per_client_and_overall_within_the_window(
    backend: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "ATTEMPTS_PER_CLIENT", 2)
    monkeypatch.setattr(dashboard, "ATTEMPTS_OVERALL", 3)
    sessions = create_sessionmaker(backend)

    async def attempt(client: str, at: datetime) -> bool:
        async with sessions() as session, session.begin():
            return await dashboard.attempt_allowed(session, client, at)

    assert [await attempt("a", NOW) for _ in range(3)] == [True, True, False]
    assert await attempt("b", NOW) is True
    assert await attempt("c", NOW) is False  # three counted altogether
    later = NOW + dashboard.ATTEMPT_WINDOW
    assert await attempt("a", later) is True  # the window has passed: counted afresh
    async with sessions() as session:
        left = (await session.execute(select(dashboard.DashboardAttempt))).scalars().all()
    assert [(row.client, row.at) for row in left] == [("a", later)]
