"""The dashboard's doors: one-time sign-in links, sessions, and sign-in attempts.

A link's token and a session's cookie are secrets held by the organiser's chat and browser; only
their SHA-256 is stored, so a copy of the database opens no dashboard. A session counts only while
its organiser is active: revoking the role ends every session at the next request. Repositories
add and query; the caller's transaction commits.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import DashboardAttempt, DashboardSession, DashboardSignin, Organiser
from storage.organisers import token_hash

# A sign-in link works once, within this long of being sent.
SIGNIN_VALID = timedelta(minutes=10)
# Sign-in attempts (requests to a sign-in link) counted within this window...
ATTEMPT_WINDOW = timedelta(minutes=10)
# ...from one client: opening a link and pressing its button is two, so this is ten sign-ins.
ATTEMPTS_PER_CLIENT = 20
# ...from everyone together: bounds what guessing from many addresses can try.
ATTEMPTS_OVERALL = 300


async def create_signin(session: AsyncSession, organiser: Organiser, now: datetime) -> str:
    """A new one-time sign-in link's token for this organiser; the token is not stored."""
    token = secrets.token_urlsafe(32)
    session.add(
        DashboardSignin(
            organiser_id=organiser.id,
            token_hash=token_hash(token),
            created_at=now,
            expires_at=now + SIGNIN_VALID,
        )
    )
    await session.flush()
    return token


async def signin_waiting(session: AsyncSession, token: str, now: datetime) -> Organiser | None:
    """The active organiser whose unused, unexpired link this is; None for any other token."""
    result: Organiser | None = await session.scalar(
        select(Organiser)
        .join(DashboardSignin, DashboardSignin.organiser_id == Organiser.id)
        .where(
            DashboardSignin.token_hash == token_hash(token),
            DashboardSignin.used_at.is_(None),
            DashboardSignin.expires_at > now,
            Organiser.revoked_at.is_(None),
        )
    )
    return result


@dataclass(frozen=True)
class Opened:
    """A new session: the cookie's value (the only copy) and whose it is."""

    secret: str
    organiser: Organiser
    locale: str


async def sign_in(
    session: AsyncSession, token: str, now: datetime, lasts: timedelta
) -> Opened | None:
    """Use the link and open a session, if the link is still good; None otherwise."""
    organiser = await signin_waiting(session, token, now)
    if organiser is None:
        return None
    # Conditional, so that two requests with the same link at once cannot both use it.
    used = await session.execute(
        update(DashboardSignin)
        .where(DashboardSignin.token_hash == token_hash(token), DashboardSignin.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if used.rowcount != 1:  # type: ignore[attr-defined]
        return None
    secret = secrets.token_urlsafe(32)
    session.add(
        DashboardSession(
            organiser_id=organiser.id,
            session_hash=token_hash(secret),
            locale=organiser.locale,
            created_at=now,
            expires_at=now + lasts,
        )
    )
    await session.flush()
    return Opened(secret, organiser, organiser.locale)


async def signed_in(
    session: AsyncSession, secret: str, now: datetime
) -> tuple[DashboardSession, Organiser] | None:
    """The session behind a cookie, with its organiser, while both are still good."""
    row = (
        await session.execute(
            select(DashboardSession, Organiser)
            .join(Organiser, Organiser.id == DashboardSession.organiser_id)
            .where(
                DashboardSession.session_hash == token_hash(secret),
                DashboardSession.expires_at > now,
                Organiser.revoked_at.is_(None),
            )
        )
    ).first()
    return None if row is None else (row[0], row[1])


async def sign_out(session: AsyncSession, secret: str) -> None:
    await session.execute(
        delete(DashboardSession).where(DashboardSession.session_hash == token_hash(secret))
    )


async def end_all(session: AsyncSession, organiser_id: int) -> None:
    """Every session and unused link of an organiser, gone (their role ended)."""
    await session.execute(
        delete(DashboardSession).where(DashboardSession.organiser_id == organiser_id)
    )
    await session.execute(
        delete(DashboardSignin).where(
            DashboardSignin.organiser_id == organiser_id, DashboardSignin.used_at.is_(None)
        )
    )


async def attempt_allowed(session: AsyncSession, client: str, now: datetime) -> bool:
    """Count a sign-in attempt from `client` (a keyed hash of its address), if the rate limit
    lets it through; a refused attempt is not counted, so a pause always opens the door again."""
    since = now - ATTEMPT_WINDOW
    # Attempts past the window count for nothing: kept no longer than it, even where no
    # housekeeping runs (the terminal chat has no scheduler).
    await session.execute(delete(DashboardAttempt).where(DashboardAttempt.at <= since))
    overall = await session.scalar(
        select(func.count()).select_from(DashboardAttempt).where(DashboardAttempt.at > since)
    )
    if (overall or 0) >= ATTEMPTS_OVERALL:
        return False
    mine = await session.scalar(
        select(func.count())
        .select_from(DashboardAttempt)
        .where(DashboardAttempt.client == client, DashboardAttempt.at > since)
    )
    if (mine or 0) >= ATTEMPTS_PER_CLIENT:
        return False
    session.add(DashboardAttempt(client=client, at=now))
    await session.flush()
    return True


async def prune(session: AsyncSession, now: datetime) -> int:
    """Delete expired sessions and sign-in links; returns how many."""
    deleted = 0
    for statement in (
        delete(DashboardSession).where(DashboardSession.expires_at <= now),
        delete(DashboardSignin).where(DashboardSignin.expires_at <= now),
    ):
        result = await session.execute(statement)
        deleted += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return deleted
