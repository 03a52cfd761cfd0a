"""Organisers: invitations, the role check, the audit log, and digest deliveries.

Repositories add and query; the caller's transaction commits.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    AuditEntry,
    DigestDelivery,
    Idea,
    IdeaRatingSums,
    Organiser,
    OrganiserInvite,
)

# `/start org_<token>`: the prefix tells an invitation from a campaign code.
INVITE_PREFIX = "org_"
NAME_MAX_LENGTH = 100
# Refused attempts from one participant within this long share one audit row and one log line.
REFUSAL_WINDOW = timedelta(hours=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_invite(session: AsyncSession, name: str, now: datetime, valid: timedelta) -> str:
    """A new single-use invitation; returns the token, which is not stored anywhere."""
    token = secrets.token_urlsafe(24)
    session.add(
        OrganiserInvite(
            token_hash=token_hash(token),
            name=name.strip()[:NAME_MAX_LENGTH],
            created_at=now,
            expires_at=now + valid,
        )
    )
    await session.flush()
    return token


@dataclass(frozen=True)
class Chat:
    """Where an organiser talks to the bot, so that digests can be pushed there."""

    participant_key: str
    channel: str
    address: str
    locale: str


async def accept_invite(
    session: AsyncSession, token: str, chat: Chat, now: datetime
) -> Organiser | None:
    """Make this chat an organiser, if the token is known, unused and not expired."""
    invite = await session.scalar(
        select(OrganiserInvite).where(OrganiserInvite.token_hash == token_hash(token))
    )
    if invite is None or invite.used_at is not None or invite.expires_at <= now:
        return None
    # Conditional, so that two chats opening the same link at once cannot both use it.
    used = await session.execute(
        update(OrganiserInvite)
        .where(OrganiserInvite.id == invite.id, OrganiserInvite.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if used.rowcount != 1:  # type: ignore[attr-defined]
        return None
    organiser = Organiser(
        participant_key=chat.participant_key,
        channel=chat.channel,
        address=chat.address,
        name=invite.name,
        locale=chat.locale,
        created_at=now,
    )
    session.add(organiser)
    await session.flush()
    return organiser


async def active_organiser(session: AsyncSession, participant_key: str) -> Organiser | None:
    result: Organiser | None = await session.scalar(
        select(Organiser)
        .where(Organiser.participant_key == participant_key, Organiser.revoked_at.is_(None))
        .order_by(Organiser.id.desc())
        .limit(1)
    )
    return result


async def all_organisers(session: AsyncSession) -> list[Organiser]:
    return list(await session.scalars(select(Organiser).order_by(Organiser.id)))


async def revoke(session: AsyncSession, organiser_id: int, now: datetime) -> Organiser | None:
    organiser = await session.get(Organiser, organiser_id)
    if organiser is None:
        return None
    if organiser.revoked_at is None:
        organiser.revoked_at = now
    return organiser


async def owed_digest(session: AsyncSession, period: str, ended_at: datetime) -> list[Organiser]:
    """Reachable organisers who existed when the period ended and have not received its digest."""
    received = select(DigestDelivery.id).where(
        DigestDelivery.organiser_id == Organiser.id,
        DigestDelivery.period == period,
        DigestDelivery.sent_at.is_not(None),
    )
    query = (
        select(Organiser)
        .where(
            Organiser.revoked_at.is_(None),
            Organiser.unreachable_at.is_(None),
            Organiser.created_at <= ended_at,
            ~received.exists(),
        )
        .order_by(Organiser.id)
    )
    return list(await session.scalars(query))


async def mark_unreachable(session: AsyncSession, organiser_id: int, now: datetime) -> None:
    await session.execute(
        update(Organiser).where(Organiser.id == organiser_id).values(unreachable_at=now)
    )


async def mark_address_unreachable(
    session: AsyncSession, channel: str, address: str, now: datetime
) -> None:
    """The messenger says nothing can reach this chat any more: no pushes to it."""
    await session.execute(
        update(Organiser)
        .where(
            Organiser.channel == channel,
            Organiser.address == address,
            Organiser.unreachable_at.is_(None),
        )
        .values(unreachable_at=now)
    )


def audit(
    session: AsyncSession,
    organiser: Organiser | None,
    action: str,
    now: datetime,
    target: str | None = None,
) -> None:
    """Who did what to which idea or campaign. `target` is a code, never anything people wrote."""
    session.add(
        AuditEntry(
            organiser_id=organiser.id if organiser is not None else None,
            action=action[:32],
            target=target[:64] if target else None,
            at=now,
        )
    )


async def note_refusal(
    session: AsyncSession, participant_id: int, what: str, now: datetime
) -> bool:
    """Count a refused organiser attempt; True when it opens a new row, False when it is added to
    this participant's row of the last REFUSAL_WINDOW (so a guesser writes one row an hour)."""
    row = await session.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.participant_id == participant_id,
            AuditEntry.organiser_id.is_(None),
            AuditEntry.at > now - REFUSAL_WINDOW,
        )
        .order_by(AuditEntry.at.desc())
        .limit(1)
    )
    if row is not None:
        row.times += 1
        return False
    session.add(
        AuditEntry(
            organiser_id=None, participant_id=participant_id, action=f"refused:{what}"[:32], at=now
        )
    )
    return True


async def audit_entries(session: AsyncSession) -> list[AuditEntry]:
    return list(await session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


# Actions whose target is an idea's code (a campaign's code could look the same).
_IDEA_ACTION = or_(
    AuditEntry.action.in_(("approve", "edit")),
    *(
        AuditEntry.action.startswith(prefix)
        for prefix in ("reject:", "merge:", "translate:", "outcome:", "outcome_translate:")
    ),
)


async def idea_history(session: AsyncSession, code: str) -> list[tuple[AuditEntry, str | None]]:
    """What organisers did to an idea, oldest first, with their names (None: since deleted):
    its own decisions and corrections, its making from survey words, ideas merged into it."""
    query = (
        select(AuditEntry, Organiser.name)
        .outerjoin(Organiser, Organiser.id == AuditEntry.organiser_id)
        .where(
            AuditEntry.organiser_id.is_not(None),
            or_(
                and_(AuditEntry.target == code, _IDEA_ACTION),
                AuditEntry.action.in_((f"review_idea:{code}", f"merge:{code}")),
            ),
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return [(entry, name) for entry, name in (await session.execute(query)).tuples()]


# --- digest deliveries ----------------------------------------------------------------------


async def record_delivery(
    session: AsyncSession, organiser_id: int, period: str, now: datetime
) -> bool:
    """Record that this organiser's digest for this period is queued; False if it already was.

    The caller queues the messages in the same transaction. Two processes recording at once:
    the unique (organiser, period) lets one commit, the other's commit raises IntegrityError.
    """
    recorded = await session.scalar(
        select(DigestDelivery.id).where(
            DigestDelivery.organiser_id == organiser_id, DigestDelivery.period == period
        )
    )
    if recorded is not None:
        return False
    session.add(
        DigestDelivery(organiser_id=organiser_id, period=period, claimed_at=now, sent_at=now)
    )
    await session.flush()
    return True


async def last_sent_period_end(session: AsyncSession, organiser_id: int) -> str | None:
    """The period of the newest digest this organiser actually received."""
    result: str | None = await session.scalar(
        select(DigestDelivery.period)
        .where(DigestDelivery.organiser_id == organiser_id, DigestDelivery.sent_at.is_not(None))
        .order_by(DigestDelivery.period.desc())
        .limit(1)
    )
    return result


async def deliveries(session: AsyncSession) -> list[DigestDelivery]:
    return list(await session.scalars(select(DigestDelivery).order_by(DigestDelivery.organiser_id)))


async def approved_ideas_in_area(session: AsyncSession, area: str, limit: int) -> list[Idea]:
    """The most-rated approved ideas of an area: the likeliest targets of a merge."""
    query = (
        select(Idea)
        .outerjoin(IdeaRatingSums, IdeaRatingSums.idea_id == Idea.id)
        .where(Idea.status == "approved", Idea.area == area)
        .order_by(func.coalesce(IdeaRatingSums.ratings, 0).desc(), Idea.code)
        .limit(limit)
    )
    return list(await session.scalars(query))


async def approved_idea_by_code(session: AsyncSession, code: str) -> Idea | None:
    """An approved idea named by its code, as an organiser types it when merging."""
    result: Idea | None = await session.scalar(
        select(Idea).where(Idea.code == code.strip().lower(), Idea.status == "approved")
    )
    return result
