"""Who takes part and what they added: counts for organisers' statistics and digests.

Only participants who gave consent are counted; someone who refused or withdrew is not taking part.
A time window includes its start and excludes its end (as in storage.survey), so periods never
overlap.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Literal, TypeVar

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.ideas import PROPOSED
from storage.models import Campaign, Idea, IdeaRatingSums, Participant, Rating

Attribute = Literal["language", "campaign", "district", "migration"]

# A participant with no value for the attribute (no campaign link, district not given, …).
NOT_STATED = ""

ATTRIBUTE_COLUMNS = {
    "language": Participant.locale,
    "district": Participant.district,
    "migration": Participant.migration_experience,
}


@dataclass(frozen=True)
class Group:
    """Whose answers count: everyone's (nothing set), or only those of participants with these
    values; NOT_STATED picks those without one (no campaign link, district not given)."""

    language: str | None = None
    campaign: str | None = None  # the campaign's code
    district: str | None = None
    migration: str | None = None

    def chosen(self) -> dict[Attribute, str]:
        return {
            field.name: value  # type: ignore[misc]
            for field in fields(self)
            if (value := getattr(self, field.name)) is not None
        }

    def without(self, attribute: Attribute) -> Group:
        return Group(**{**self.chosen(), attribute: None})


EVERYONE = Group()

_Query = TypeVar("_Query", bound=Select[Any])


def in_group(query: _Query, group: Group, participant_id: Any) -> _Query:
    """The query narrowed to the group's participants, joined through `participant_id`."""
    chosen = group.chosen()
    if not chosen:
        return query
    query = query.join(Participant, Participant.id == participant_id)
    for attribute, value in chosen.items():
        query = query.where(_has(attribute, value))
    return query


def members(group: Group) -> Select[tuple[int]]:
    """The ids of the group's participants, for queries that count only their doings."""
    return select(Participant.id).where(
        *(_has(attribute, value) for attribute, value in group.chosen().items())
    )


def _has(attribute: Attribute, value: str) -> ColumnElement[bool]:
    if attribute == "campaign":
        if value == NOT_STATED:
            return Participant.campaign_id.is_(None)
        return Participant.campaign_id == (
            select(Campaign.id).where(Campaign.code == value).scalar_subquery()
        )
    column = ATTRIBUTE_COLUMNS[attribute]
    # As `by_attribute` counts them: an empty value is not stated either.
    return or_(column.is_(None), column == "") if value == NOT_STATED else column == value


def _taking_part(until: datetime | None) -> list[ColumnElement[bool]]:
    conditions = [Participant.consent == "given"]
    if until is not None:
        conditions.append(Participant.created_at < until)
    return conditions


async def participants(session: AsyncSession, *, until: datetime | None = None) -> int:
    total = await session.scalar(select(func.count(Participant.id)).where(*_taking_part(until)))
    return int(total or 0)


async def new_participants(
    session: AsyncSession, since: datetime, until: datetime | None = None
) -> int:
    total = await session.scalar(
        select(func.count(Participant.id)).where(
            *_taking_part(until), Participant.created_at >= since
        )
    )
    return int(total or 0)


async def by_attribute(
    session: AsyncSession, attribute: Attribute, *, until: datetime | None = None
) -> dict[str, int]:
    """Participants by the attribute's value; campaigns by their code. Sums to `participants`."""
    if attribute == "campaign":
        query: Select[Any] = (
            select(Campaign.code, func.count(Participant.id))
            .select_from(Participant)
            .outerjoin(Campaign, Participant.campaign_id == Campaign.id)
            .where(*_taking_part(until))
            .group_by(Campaign.code)
        )
    else:
        column = ATTRIBUTE_COLUMNS[attribute]
        query = select(column, func.count(Participant.id)).where(*_taking_part(until))
        query = query.group_by(column)
    counts: dict[str, int] = {}
    for value, count in await session.execute(query):
        key = value or NOT_STATED
        counts[key] = counts.get(key, 0) + int(count)
    return counts


# Short enough to type from a poster, without look-alike characters (0/o, 1/l/i).
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 6


async def create_campaign(
    session: AsyncSession,
    name: str,
    now: datetime,
    rng: random.Random,
    *,
    length: int = CODE_LENGTH,
) -> Campaign:
    """A new campaign with a fresh random code (drawn again on the rare collision)."""
    while True:
        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(length))
        taken = await session.scalar(select(Campaign.id).where(Campaign.code == code))
        if taken is None:
            break
    campaign = Campaign(code=code, name=name.strip()[:200], created_at=now)
    session.add(campaign)
    await session.flush()
    return campaign


async def campaigns(session: AsyncSession) -> list[Campaign]:
    return list(await session.scalars(select(Campaign).order_by(Campaign.created_at, Campaign.id)))


async def ratings(session: AsyncSession, *, until: datetime | None = None) -> int:
    """Ratings given (or last changed) before `until`: every idea's count, less the later ones."""
    total = select(func.coalesce(func.sum(IdeaRatingSums.ratings), 0)).scalar_subquery()
    if until is None:
        return int(await session.scalar(select(total)) or 0)
    # Idea by idea through the index on (idea, time of rating): only the later ratings are read.
    later = (
        select(func.count())
        .where(Rating.idea_id == Idea.id, Rating.rated_at >= until)
        .correlate(Idea)
        .scalar_subquery()
    )
    all_later = select(func.coalesce(func.sum(later), 0)).select_from(Idea).scalar_subquery()
    return int(await session.scalar(select(total - all_later)) or 0)


async def ideas_in_period(
    session: AsyncSession, since: datetime, until: datetime
) -> tuple[int, int]:
    """(ideas participants proposed, ideas organisers approved) within the window."""
    proposed = await session.scalar(
        select(func.count(Idea.id)).where(
            Idea.source == PROPOSED, Idea.created_at >= since, Idea.created_at < until
        )
    )
    approved = await session.scalar(
        select(func.count(Idea.id)).where(
            Idea.status == "approved", Idea.reviewed_at >= since, Idea.reviewed_at < until
        )
    )
    return int(proposed or 0), int(approved or 0)
