"""What a facilitator does to a live workshop, for the chat and for pages alike.

Each operation changes the room in the caller's transaction, writes the audit log, and returns
the members to move along (`Nudge`s): the chat's step hands them to the engine with its result,
a page to `Dialogs.push` in its own transaction. Reports for the organiser's chat (a closed
room's summary) are made after the commit: the chat's result carries them, a page hands them to
`Dialogs.send_later`. Members' locks are taken before the room is
changed (storage.workshops.lock_members), so a facilitator never waits on a member who waits on
the room.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.flow import Context, DialogConfig, Later, Nudge, Result, Said
from dialogs.i18n import T
from dialogs.ideas.bank import AREAS
from dialogs.text import clean
from dialogs.workshops import room as room_flow
from storage import ideas as ideas_repo
from storage import live, organisers
from storage import workshops as repo
from storage.models import Organiser

NAME_MAX_LENGTH = 200


@dataclass(frozen=True)
class Facilitator:
    """An organiser acting on workshops, in one transaction."""

    session: AsyncSession
    organiser: Organiser
    now: datetime
    rng: random.Random
    config: DialogConfig

    @classmethod
    def in_chat(cls, ctx: Context, organiser: Organiser) -> Facilitator:
        return cls(ctx.session, organiser, ctx.now, ctx.rng, ctx.config)

    @property
    def locale(self) -> str:
        """The language the organiser uses in the chat (kept up to date as they write there)."""
        return self.organiser.locale or self.config.default_locale

    def record(self, action: str, target: str) -> None:
        organisers.audit(self.session, self.organiser, action, self.now, target)


@dataclass(frozen=True)
class Outcome:
    """What an operation did: the ideas it added, codes it did not know, the room's current idea
    after "next" (None: the list is done), the members to move along, and the reports to make
    for the organiser's chat once it committed."""

    added: tuple[int, ...] = ()
    unknown: tuple[str, ...] = ()
    current: int | None = None
    nudges: list[Nudge] = field(default_factory=list)
    later: list[Later] = field(default_factory=list)


Move = Callable[[Context, int], Awaitable[Result | None]]


async def _members(f: Facilitator, room: repo.Room, move: Move) -> list[Nudge]:
    """Every reachable member, locked, with what is to happen on their phone."""
    members = await repo.reachable_members(f.session, room.id)
    await repo.lock_members(f.session, members)

    def moving(ctx: Context) -> Awaitable[Result | None]:
        return move(ctx, room.id)

    return [Nudge(m.key, m.channel, m.address, moving) for m in members]


async def open_workshop(f: Facilitator, name: str, pace: str = repo.TOGETHER) -> repo.Room:
    # The name reaches organisers' chats, phones and the wall: no control characters.
    name = " ".join(clean(name).split())[:NAME_MAX_LENGTH]
    room = await repo.create(f.session, name, f.organiser, f.now, f.rng, pace)
    f.record("workshop_new", room.code)
    return room


async def add_area(f: Facilitator, room: repo.Room, area: str) -> Outcome:
    """Every approved idea of an area, in the order they came."""
    ids = await repo.approved_in_area(f.session, area)
    return await _added(f, room, "workshop_area", ids)


async def add_listed(f: Facilitator, room: repo.Room, codes: Sequence[str]) -> Outcome:
    """Ideas by their codes (as the digest and moderation show them); unknown or not approved
    codes are said back."""
    wanted = [code.strip() for code in codes if code.strip()]
    found = await repo.approved_by_code(f.session, wanted)
    outcome = await _added(f, room, "workshop_list", [found[c] for c in wanted if c in found])
    unknown = tuple(dict.fromkeys(c for c in wanted if c not in found))
    return Outcome(outcome.added, unknown, nudges=outcome.nudges)


def typed_problem(
    text: str, max_length: int, *, empty: str = "organisers-workshop-idea-empty"
) -> T | None:
    """Why an idea typed for the room cannot be added (empty, too long), or None. `empty`: what
    to say to nothing typed, where the chat's word ("or choose Back") does not fit."""
    text = " ".join(text.split())
    if not text:
        return T(empty)
    if len(text) > max_length:
        return T("organisers-workshop-idea-long", {"max": max_length, "length": len(text)})
    return None


async def add_typed(f: Facilitator, room: repo.Room, text: str, language: str) -> Outcome:
    """An idea the room proposed, written down by the facilitator: approved as it is entered,
    with the workshop as its source, in the facilitator's language (others see it marked as
    untranslated until a moderator translates it). Together, it comes right after the current
    idea, so "next" shows it."""
    idea = await ideas_repo.propose(
        f.session,
        author_id=None,
        area=await _area_of(f, room),
        dimensions=[],
        language=language,
        text=" ".join(clean(text).split()),
        now=f.now,
        source=f"{ideas_repo.FROM_WORKSHOP}{room.code}",
    )
    await ideas_repo.approve(f.session, idea.id, f.now)
    after = room.workshop.current_idea_id if room.workshop.pace == repo.TOGETHER else None
    nudges = await _waiting_members(f, room)
    added = await repo.add_ideas(f.session, room, [idea.id], f.now, after=after)
    f.record("workshop_idea", idea.code)
    return Outcome(tuple(added), nudges=nudges)


async def _area_of(f: Facilitator, room: repo.Room) -> str:
    """A typed idea's area: the area most of the room's ideas have (the room's topic), else
    the first area."""
    ids = await repo.idea_ids(f.session, room.id)
    areas = [idea.area for idea in (await ideas_repo.ideas_by_id(f.session, ids)).values()]
    return max(sorted(set(areas)), key=areas.count) if areas else AREAS[0]


async def _added(f: Facilitator, room: repo.Room, action: str, ids: Sequence[int]) -> Outcome:
    nudges = await _waiting_members(f, room)
    added = await repo.add_ideas(f.session, room, ids, f.now)
    f.record(action, room.code)
    return Outcome(tuple(added), nudges=nudges)


async def _waiting_members(f: Facilitator, room: repo.Room) -> list[Nudge]:
    """Self-paced, members who finished the list get a new idea at once; together, the room
    waits for "next"."""
    if room.workshop.pace != repo.SELF_PACED:
        return []
    return await _members(f, room, room_flow.catch_up)


async def set_pace(f: Facilitator, room: repo.Room, pace: str) -> Outcome:
    nudges = await _members(f, room, room_flow.catch_up)
    repo.set_pace(room, pace)
    await live.announce(f.session)
    f.record("workshop_pace", room.code)
    return Outcome(nudges=nudges)


async def next_idea(f: Facilitator, room: repo.Room) -> Outcome:
    """Together: the whole room moves to the idea after the current one (the first, at the
    start). At the end of the list the room stays where it is: `current` is None."""
    ids = await repo.idea_ids(f.session, room.id)
    current = room.workshop.current_idea_id
    following = ids[ids.index(current) + 1 :] if current in ids else ids
    if not following:
        return Outcome()
    nudges = await _members(f, room, room_flow.catch_up)
    repo.set_current(room, following[0])
    await live.announce(f.session)
    f.record("workshop_next", room.code)
    return Outcome(current=following[0], nudges=nudges)


async def close(f: Facilitator, room: repo.Room) -> Outcome:
    """No one joins any more; every member's phone gets the thanks and the room's result, and
    their addresses are forgotten. The organiser who closed it gets its summary in the chat, in
    the language they use there, wherever they closed it."""
    nudges = await _members(f, room, room_flow.thank)
    await repo.close(f.session, room, f.now)
    f.record("workshop_close", room.code)
    outcome = Outcome(nudges=nudges)
    reports = f.config.reports
    if reports is not None:
        locale, now, workshop_id = f.locale, f.now, room.id

        async def summary() -> list[Said]:
            return await reports.workshop(locale, now, workshop_id)

        outcome.later.append(summary)
    return outcome
