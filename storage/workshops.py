"""Live workshops: the room (a campaign with a code), its ideas, who joined, and its state.

A workshop is a campaign, so the people who join it are attributed and counted like any
campaign's; its code is the room's. A member's chat address is kept only while they are in the
room, for the facilitator's pushes. The room's state for a projector page is read here, with the
same rule as every other view of the matrix: no means for an idea below the minimum of ratings.

Repositories add and query; the caller's transaction commits.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Exists, Select, func, literal_column, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage import ideas as ideas_repo
from storage import live
from storage.advisory import hold_for_transaction, participant_lock
from storage.models import (
    Campaign,
    Idea,
    IdeaRatingSums,
    Organiser,
    Participant,
    Rating,
    Workshop,
    WorkshopIdea,
    WorkshopMember,
)
from storage.participation import CODE_ALPHABET, create_campaign

TOGETHER, SELF_PACED = "together", "self"
PACES = (TOGETHER, SELF_PACED)
# Read aloud in a room and typed on a phone: five characters of an alphabet without 0/O, 1/I/L.
ROOM_CODE_LENGTH = 5


def shown_code(code: str) -> str:
    """The room code as people read it on the wall: capitals, which have no look-alikes left."""
    return code.upper()


def typed_code(text: str) -> str | None:
    """A room code as someone typed it (any case, spaces around), or None if it cannot be one."""
    code = text.strip().lower()
    if len(code) != ROOM_CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


@dataclass(frozen=True)
class Room:
    """A workshop with its campaign's name and code."""

    workshop: Workshop
    code: str
    name: str

    @property
    def id(self) -> int:
        return self.workshop.id

    @property
    def open(self) -> bool:
        return self.workshop.closed_at is None


@dataclass(frozen=True)
class Member:
    """Someone in the room whose phone can be reached now."""

    participant_id: int
    key: str
    channel: str
    address: str


# --- the room ---------------------------------------------------------------------------------


async def create(
    session: AsyncSession,
    name: str,
    organiser: Organiser | None,
    now: datetime,
    rng: random.Random,
    pace: str = TOGETHER,
) -> Room:
    if pace not in PACES:
        raise ValueError(f"unknown pace {pace!r}; one of {PACES}")
    campaign = await create_campaign(session, name, now, rng, length=ROOM_CODE_LENGTH)
    workshop = Workshop(
        campaign_id=campaign.id,
        organiser_id=organiser.id if organiser is not None else None,
        pace=pace,
        revision=0,
        opened_at=now,
    )
    session.add(workshop)
    await session.flush()
    return Room(workshop, campaign.code, campaign.name)


def _rooms() -> Select[tuple[Workshop, str, str]]:
    return select(Workshop, Campaign.code, Campaign.name).join(
        Campaign, Campaign.id == Workshop.campaign_id
    )


async def room(session: AsyncSession, workshop_id: int) -> Room | None:
    row = (await session.execute(_rooms().where(Workshop.id == workshop_id))).first()
    return Room(*row) if row is not None else None


async def room_by_code(session: AsyncSession, text: str) -> Room | None:
    """The workshop whose room code was typed (in any case), open or closed."""
    code = typed_code(text)
    if code is None:
        return None
    row = (await session.execute(_rooms().where(Campaign.code == code))).first()
    return Room(*row) if row is not None else None


async def rooms(session: AsyncSession) -> list[Room]:
    """Every workshop, the newest first."""
    query = _rooms().order_by(Workshop.opened_at.desc(), Workshop.id.desc())
    return [Room(*row) for row in await session.execute(query)]


async def open_rooms(session: AsyncSession) -> list[Room]:
    query = _rooms().where(Workshop.closed_at.is_(None)).order_by(Workshop.id)
    return [Room(*row) for row in await session.execute(query)]


def changed(room: Room) -> None:
    """The facilitator changed something the room's page shows."""
    room.workshop.revision += 1


def set_pace(room: Room, pace: str) -> None:
    if pace not in PACES:
        raise ValueError(f"unknown pace {pace!r}; one of {PACES}")
    room.workshop.pace = pace
    changed(room)


def set_current(room: Room, idea_id: int | None) -> None:
    room.workshop.current_idea_id = idea_id
    changed(room)


async def close(session: AsyncSession, room: Room, now: datetime) -> None:
    """No one joins any more, and no member's address is kept."""
    room.workshop.closed_at = now
    changed(room)
    await live.announce(session)
    await session.execute(
        update(WorkshopMember)
        .where(WorkshopMember.workshop_id == room.id, WorkshopMember.address.is_not(None))
        .values(channel=None, address=None, left_at=func.coalesce(WorkshopMember.left_at, now))
    )


# --- the room's ideas -------------------------------------------------------------------------


async def idea_ids(session: AsyncSession, workshop_id: int) -> list[int]:
    """The room's approved ideas, in the room's order (a withdrawn one drops out)."""
    query = (
        select(WorkshopIdea.idea_id)
        .join(Idea, Idea.id == WorkshopIdea.idea_id)
        .where(WorkshopIdea.workshop_id == workshop_id, Idea.status == "approved")
        .order_by(WorkshopIdea.position, WorkshopIdea.idea_id)
    )
    return list(await session.scalars(query))


async def add_ideas(
    session: AsyncSession,
    room: Room,
    ids: Sequence[int],
    now: datetime,
    *,
    after: int | None = None,
) -> list[int]:
    """Add ideas the room does not have yet, at the end or right after the idea `after`.

    Returns the ones added, in order.
    """
    present = set(
        await session.scalars(
            select(WorkshopIdea.idea_id).where(WorkshopIdea.workshop_id == room.id)
        )
    )
    new = [idea_id for idea_id in dict.fromkeys(ids) if idea_id not in present]
    if not new:
        return []
    place = await session.scalar(
        select(WorkshopIdea.position).where(
            WorkshopIdea.workshop_id == room.id, WorkshopIdea.idea_id == after
        )
    )
    if place is None:
        last = await session.scalar(
            select(func.max(WorkshopIdea.position)).where(WorkshopIdea.workshop_id == room.id)
        )
        place = -1 if last is None else last
    else:
        # Make room after `after`: the ideas behind it move back.
        await session.execute(
            update(WorkshopIdea)
            .where(WorkshopIdea.workshop_id == room.id, WorkshopIdea.position > place)
            .values(position=WorkshopIdea.position + len(new))
        )
    for offset, idea_id in enumerate(new, 1):
        session.add(
            WorkshopIdea(
                workshop_id=room.id, idea_id=idea_id, position=place + offset, added_at=now
            )
        )
    await session.flush()
    changed(room)
    await live.announce(session)
    return new


async def approved_in_area(session: AsyncSession, area: str) -> list[int]:
    query = select(Idea.id).where(Idea.status == "approved", Idea.area == area).order_by(Idea.id)
    return list(await session.scalars(query))


async def approved_by_code(session: AsyncSession, codes: Collection[str]) -> dict[str, int]:
    """The approved ideas among the codes given (an organiser's list), by code."""
    if not codes:
        return {}
    query = select(Idea.code, Idea.id).where(Idea.code.in_(list(codes)), Idea.status == "approved")
    return dict((await session.execute(query)).tuples().all())


# --- members ----------------------------------------------------------------------------------


async def join(
    session: AsyncSession,
    workshop_id: int,
    participant_id: int,
    channel: str,
    address: str,
    now: datetime,
) -> None:
    """In the room (again), reachable at this chat until they leave or the room closes."""
    member = await session.get(WorkshopMember, (workshop_id, participant_id))
    await live.announce(session)
    if member is None:
        session.add(
            WorkshopMember(
                workshop_id=workshop_id,
                participant_id=participant_id,
                channel=channel,
                address=address,
                joined_at=now,
            )
        )
        await session.flush()
        return
    member.channel, member.address, member.left_at = channel, address, None


async def leave(
    session: AsyncSession, workshop_id: int, participant_id: int, now: datetime
) -> None:
    member = await session.get(WorkshopMember, (workshop_id, participant_id))
    if member is not None and member.left_at is None:
        member.channel, member.address, member.left_at = None, None, now
        await live.announce(session)


async def leave_every_room(session: AsyncSession, participant_id: int, now: datetime) -> None:
    """Someone who stopped the bot is in no room: no push finds them, no address is kept."""
    await session.execute(
        update(WorkshopMember)
        .where(WorkshopMember.participant_id == participant_id, WorkshopMember.left_at.is_(None))
        .values(channel=None, address=None, left_at=now)
    )


async def is_member(session: AsyncSession, workshop_id: int, participant_id: int) -> bool:
    member = await session.get(WorkshopMember, (workshop_id, participant_id))
    return member is not None and member.left_at is None


async def reachable_members(session: AsyncSession, workshop_id: int) -> list[Member]:
    """Who is in the room and can get a push: consent given, not blocked, not left.

    Ordered by participant key: the order in which their locks are taken, so that two pushes
    to overlapping rooms cannot wait on each other.
    """
    query = (
        select(
            WorkshopMember.participant_id,
            Participant.key,
            WorkshopMember.channel,
            WorkshopMember.address,
        )
        .join(Participant, Participant.id == WorkshopMember.participant_id)
        .where(
            WorkshopMember.workshop_id == workshop_id,
            WorkshopMember.left_at.is_(None),
            WorkshopMember.address.is_not(None),
            Participant.consent == "given",
            Participant.stopped_at.is_(None),
        )
        .order_by(Participant.key)
    )
    rows = (await session.execute(query)).tuples()
    # The query keeps only rows with an address (and so a channel).
    return [Member(p, key, channel or "", address or "") for p, key, channel, address in rows]


async def lock_members(session: AsyncSession, members: Sequence[Member]) -> None:
    """Queue behind each member's turn in progress, before the room itself is changed.

    A member's turn takes only its own lock and never writes the room's row; taking their locks
    first (in key order) means a facilitator's change never waits on a member who waits on it.
    """
    for member in sorted(members, key=lambda m: m.key):
        await hold_for_transaction(session, participant_lock(member.key))


# --- the room's state, for a page on the wall --------------------------------------------------


@dataclass(frozen=True)
class RoomIdea:
    """One of the room's ideas on the matrix. Below the minimum of ratings only its count is
    known: no means, no spread, no quadrant (nothing about so few people's opinions)."""

    idea_id: int
    code: str
    area: str
    ratings: int
    effectiveness_mean: float | None
    effectiveness_sd: float | None
    ease_mean: float | None
    ease_sd: float | None
    quadrant: str | None


@dataclass(frozen=True)
class RoomState:
    code: str
    name: str
    pace: str
    open: bool
    joined: int  # everyone who ever joined
    present: int  # in the room now
    current_idea_id: int | None
    current_ratings: int  # how many in the room rated the current idea
    ideas: tuple[RoomIdea, ...]  # in the room's order
    marker: str


async def room_state(
    session: AsyncSession, workshop_id: int, *, midpoint: float, min_ratings: int
) -> RoomState | None:
    """What the room's page shows. Ideas' numbers are all their ratings, in the room and out:
    the room's ratings count in the overall matrix, and the overall matrix is what it shows."""
    # Read first: under PostgreSQL's READ COMMITTED each statement sees the latest commits, and
    # a marker read after the counts could name a rating the counts missed; the page would
    # then wait for the next change to show it. Read first, it is at worst older than what is
    # shown, and the next look draws the room once more.
    moved = await marker(session, workshop_id)
    found = await room(session, workshop_id)
    if found is None:
        return None
    workshop = found.workshop
    ids = await idea_ids(session, workshop_id)
    scores = {
        s.idea_id: s
        for s in await ideas_repo.matrix(
            session, midpoint=midpoint, min_ratings=min_ratings, ids=ids
        )
    }
    joined, present = await _counts(session, workshop_id)
    current = workshop.current_idea_id
    return RoomState(
        code=found.code,
        name=found.name,
        pace=workshop.pace,
        open=found.open,
        joined=joined,
        present=present,
        current_idea_id=current,
        current_ratings=await room_ratings(session, workshop_id, current) if current else 0,
        ideas=tuple(_shown(scores[i], min_ratings) for i in ids if i in scores),
        marker=moved,
    )


def _shown(score: ideas_repo.IdeaScore, min_ratings: int) -> RoomIdea:
    enough = score.ratings >= min_ratings
    return RoomIdea(
        idea_id=score.idea_id,
        code=score.code,
        area=score.area,
        ratings=score.ratings,
        effectiveness_mean=score.effectiveness_mean if enough else None,
        effectiveness_sd=score.effectiveness_sd if enough else None,
        ease_mean=score.ease_mean if enough else None,
        ease_sd=score.ease_sd if enough else None,
        quadrant=score.quadrant if enough else None,
    )


async def _counts(session: AsyncSession, workshop_id: int) -> tuple[int, int]:
    query = select(
        func.count(),
        func.count().filter(WorkshopMember.left_at.is_(None)),
    ).where(WorkshopMember.workshop_id == workshop_id)
    joined, present = (await session.execute(query)).one()
    return int(joined), int(present)


async def room_ratings(session: AsyncSession, workshop_id: int, idea_id: int | None = None) -> int:
    """How many ratings the room's members gave the idea (None: all the room's ideas).

    Counted from the members, for each idea each member looked up in the ratings' unique index,
    which holds all the look-up needs: the cost follows the room (its people and ideas), never
    the ideas' ratings from everyone else. The wall reads it for one idea at every rating in the
    room, the closed room's summary for all of them.
    """
    members = (
        select(func.count())
        .select_from(WorkshopMember)
        .where(WorkshopMember.workshop_id == workshop_id)
    )
    if idea_id is not None:
        query = members.where(_rated_by_member(idea_id))
    else:
        query = members.join(
            WorkshopIdea, WorkshopIdea.workshop_id == WorkshopMember.workshop_id
        ).where(_rated_by_member(WorkshopIdea.idea_id))
    return int(await session.scalar(query) or 0)


def _rated_by_member(idea: int | InstrumentedAttribute[int]) -> Exists:
    # `SELECT 1`, not `exists()`'s `SELECT *`: SQLite then reads the index alone, not each row.
    return (
        select(literal_column("1"))
        .where(Rating.idea_id == idea, Rating.participant_id == WorkshopMember.participant_id)
        .exists()
    )


async def marker(session: AsyncSession, workshop_id: int) -> str:
    """Changes whenever what the room's page shows may have: a few sums, no rows walked.

    The facilitator's changes (the revision), who joined and left, and the sums of the room's
    ideas' ratings (count, sums and sums of squares: a new rating or a changed one moves them).
    A page compares it with the one it last showed, and reads the state again only if it moved.
    """
    sums = IdeaRatingSums
    ratings = (
        select(
            func.coalesce(func.sum(sums.ratings), 0),
            func.coalesce(func.sum(sums.effectiveness_sum), 0),
            func.coalesce(func.sum(sums.effectiveness_squares), 0),
            func.coalesce(func.sum(sums.ease_sum), 0),
            func.coalesce(func.sum(sums.ease_squares), 0),
        )
        .join(WorkshopIdea, WorkshopIdea.idea_id == sums.idea_id)
        .where(WorkshopIdea.workshop_id == workshop_id)
    )
    revision = await session.scalar(select(Workshop.revision).where(Workshop.id == workshop_id))
    joined, present = await _counts(session, workshop_id)
    totals = (await session.execute(ratings)).one()
    return ".".join(str(int(part)) for part in (revision or 0, joined, present, *totals))
