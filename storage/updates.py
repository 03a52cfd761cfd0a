"""Who wants to hear what became of the ideas, and what they were told when.

A participant is asked once. "Yes" keeps the chat address the answer came from, because these
messages are pushed; "no" keeps no address. Each (participant, local day) is claimed once, in the
transaction that queues the day's message, so a restart or a second process never queues it
twice; the one survey reminder is claimed the same way. Repositories add and query; the
caller's transaction commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Idea,
    Participant,
    Rating,
    SurveyResponse,
    UpdateDelivery,
    UpdatePreference,
)

YES, NO = "yes", "no"


async def preference(session: AsyncSession, participant_id: int) -> UpdatePreference | None:
    return await session.get(UpdatePreference, participant_id)


async def mark_asked(session: AsyncSession, participant_id: int, now: datetime) -> bool:
    """Record that the question was put; False if it had been before (it is put once)."""
    if await preference(session, participant_id) is not None:
        return False
    session.add(UpdatePreference(participant_id=participant_id, asked_at=now))
    await session.flush()
    return True


async def answer(
    session: AsyncSession,
    participant_id: int,
    wants: bool,
    now: datetime,
    *,
    channel: str,
    address: str,
) -> UpdatePreference:
    """Store the answer. Outcomes set before a "yes" are not pushed (the menu lists them)."""
    found = await preference(session, participant_id)
    if found is None:
        found = UpdatePreference(participant_id=participant_id, asked_at=now)
        session.add(found)
    if wants and found.answer != YES:
        found.told_until = now
    found.answer, found.answered_at = (YES if wants else NO), now
    found.channel, found.address = (channel, address) if wants else (None, None)
    await session.flush()
    return found


def _reachable() -> list[ColumnElement[bool]]:
    """A "yes" with an address, from someone taking part who has not blocked the bot."""
    return [
        UpdatePreference.answer == YES,
        UpdatePreference.address.is_not(None),
        Participant.consent == "given",
        Participant.stopped_at.is_(None),
    ]


@dataclass(frozen=True)
class Recipient:
    participant_id: int
    channel: str
    address: str
    locale: str | None
    idea_ids: tuple[int, ...]  # newest outcome first
    told_until: datetime  # the newest outcome told


async def owed_outcomes(
    session: AsyncSession, day: str, now: datetime, limit: int | None = None
) -> list[Recipient]:
    """People owed a message today: a new outcome of an idea they proposed or rated, and no
    message yet on `day`."""
    rated = exists().where(
        Rating.idea_id == Idea.id, Rating.participant_id == UpdatePreference.participant_id
    )
    told_today = exists().where(
        UpdateDelivery.participant_id == UpdatePreference.participant_id,
        UpdateDelivery.day == day,
    )
    query = (
        select(
            UpdatePreference.participant_id,
            UpdatePreference.channel,
            UpdatePreference.address,
            Participant.locale,
            Idea.id,
            Idea.outcome_at,
        )
        .join(Participant, Participant.id == UpdatePreference.participant_id)
        .join(
            Idea,
            and_(
                Idea.outcome_at > UpdatePreference.told_until,
                Idea.outcome_at <= now,
                Idea.status == "approved",
            ),
        )
        .where(
            *_reachable(),
            or_(Idea.author_id == UpdatePreference.participant_id, rated),
            ~told_today,
        )
        .order_by(UpdatePreference.participant_id, Idea.outcome_at.desc(), Idea.id.desc())
    )
    found: dict[int, Recipient] = {}
    for participant_id, channel, address, locale, idea_id, at in await session.execute(query):
        known = found.get(participant_id)
        if known is None:
            if limit is not None and len(found) >= limit:
                break
            found[participant_id] = Recipient(
                participant_id, channel, address, locale, (idea_id,), at
            )
        else:
            found[participant_id] = Recipient(
                participant_id,
                channel,
                address,
                locale,
                (*known.idea_ids, idea_id),
                max(known.told_until, at),
            )
    return list(found.values())


async def claim_day(session: AsyncSession, recipient: Recipient, day: str, now: datetime) -> bool:
    """Record this person's message of `day`; False if one was recorded already.

    The caller queues the message in the same transaction. Two processes claiming at once: the
    unique (participant, day) lets one commit, the other's commit raises IntegrityError.
    """
    claimed = await session.scalar(
        select(UpdateDelivery.id).where(
            UpdateDelivery.participant_id == recipient.participant_id, UpdateDelivery.day == day
        )
    )
    if claimed is not None:
        return False
    session.add(
        UpdateDelivery(
            participant_id=recipient.participant_id,
            day=day,
            claimed_at=now,
            ideas=len(recipient.idea_ids),
        )
    )
    found = await preference(session, recipient.participant_id)
    if found is not None and (found.told_until is None or found.told_until < recipient.told_until):
        found.told_until = recipient.told_until
    await session.flush()
    return True


@dataclass(frozen=True)
class Reminded:
    participant_id: int
    channel: str
    address: str
    locale: str | None


async def owed_reminders(session: AsyncSession, started_before: datetime) -> list[Reminded]:
    """People who said yes, began the survey before `started_before`, have not finished it,
    and were never reminded."""
    unfinished = exists().where(
        SurveyResponse.participant_id == UpdatePreference.participant_id,
        SurveyResponse.superseded_at.is_(None),
        SurveyResponse.completed_at.is_(None),
        SurveyResponse.started_at <= started_before,
    )
    query = (
        select(
            UpdatePreference.participant_id,
            UpdatePreference.channel,
            UpdatePreference.address,
            Participant.locale,
        )
        .join(Participant, Participant.id == UpdatePreference.participant_id)
        .where(*_reachable(), UpdatePreference.reminded_at.is_(None), unfinished)
        .order_by(UpdatePreference.participant_id)
    )
    return [Reminded(*row) for row in await session.execute(query)]


async def claim_reminder(session: AsyncSession, participant_id: int, now: datetime) -> bool:
    """Mark the reminder as given; False if it was (one ever, whoever claims first)."""
    result = await session.execute(
        update(UpdatePreference)
        .where(
            UpdatePreference.participant_id == participant_id,
            UpdatePreference.reminded_at.is_(None),
        )
        .values(reminded_at=now)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]
