"""Running a live workshop from the chat: open one, give it ideas, set the pace, "next", close.

The steps only ask and tell; what happens to the room is dialogs.workshops.facilitation's, which
a page calls too. `/workshop new NAME`, `/workshop` (the open ones), `/workshop CODE`.
"""

from __future__ import annotations

import re

from dialogs.flow import Context, Goto, OptionSpec, Prompt, Reply, Result, Said, Step
from dialogs.i18n import T
from dialogs.ideas.common import area_options
from dialogs.messages import Attachment
from dialogs.organisers.campaigns import qr_png, start_line, telegram_link
from dialogs.organisers.role import FLOW, organiser_of, refuse
from dialogs.workshops import facilitation
from dialogs.workshops.facilitation import Facilitator, Outcome
from storage import ideas as ideas_repo
from storage import workshops as repo
from storage.models import Organiser

ROOM = "org_workshop"
LIST_SEPARATORS = re.compile(r"[\s,;]+")
CONTROLS = ("next", "idea", "area", "list", "pace", "close")


def _back() -> OptionSpec:
    return OptionSpec("back", T("organisers-option-back"))


async def command(ctx: Context, organiser: Organiser, arg: str) -> Result:
    action, _, name = arg.strip().partition(" ")
    if action.lower() == "new":
        if name.strip():
            return await _open(ctx, organiser, name)
        return Result(goto=Goto(FLOW, "workshop_name"))
    if not action or action.lower() == "list":
        return Result(goto=Goto(FLOW, "workshop_choose"))
    room = await repo.room_by_code(ctx.session, action)
    if room is None or not room.open:
        return Result.stay(T("organisers-workshop-usage"))
    return _control(ctx, room)


def _control(ctx: Context, room: repo.Room, *say: T) -> Result:
    ctx.state.data = {**ctx.data, ROOM: room.id}
    return Result.to(FLOW, "workshop", *say)


async def _open(ctx: Context, organiser: Organiser, name: str) -> Result:
    room = await facilitation.open_workshop(Facilitator.in_chat(ctx, organiser), name)
    code = repo.shown_code(room.code)
    start = start_line(code)
    link = telegram_link(ctx.config.telegram_bot_username, room.code)
    said = [
        Said(T("organisers-workshop-created", {"name": room.name, "code": code, "start": start}))
    ]
    if link:
        said.append(Said(T("organisers-campaign-link", {"link": link})))
    picture = Attachment(f"workshop-{code}.png", qr_png(link or start), "image/png")
    said.append(Said(T("organisers-workshop-qr"), picture))
    result = _control(ctx, room)
    result.say = said
    return result


async def _chosen(ctx: Context) -> repo.Room | None:
    room_id = ctx.data.get(ROOM)
    room = await repo.room(ctx.session, room_id) if isinstance(room_id, int) else None
    return room if room is not None and room.open else None


class _WorkshopStep:
    """Checks the role before acting on any answer; a room closed meanwhile leads home."""

    name = ""
    back_to = "workshop"

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        organiser = await organiser_of(ctx)
        if organiser is None:
            return await refuse(ctx, f"{FLOW}.{self.name}")
        if reply.option == "back":
            return Result(goto=Goto(FLOW, self.back_to))
        room = await _chosen(ctx)
        if room is None:
            return Result.to(FLOW, "home", T("organisers-workshop-gone"))
        return await self.act(ctx, Facilitator.in_chat(ctx, organiser), room, reply)

    async def act(self, ctx: Context, f: Facilitator, room: repo.Room, reply: Reply) -> Result:
        raise NotImplementedError


def _told(outcome: Outcome, *say: T) -> Result:
    """Back to the workshop's controls, with the members to move along."""
    result = Result.to(FLOW, "workshop", *say)
    result.nudges = outcome.nudges
    return result


class ControlStep(_WorkshopStep):
    """The workshop's controls, under what the room looks like now."""

    name = "workshop"
    back_to = "home"

    async def prompt(self, ctx: Context) -> Prompt:
        room = await _chosen(ctx)
        if room is None:
            return Prompt(T("organisers-workshop-gone"), (_back(),))
        config = ctx.config
        state = await repo.room_state(
            ctx.session,
            room.id,
            midpoint=config.matrix_midpoint,
            min_ratings=config.matrix_min_ratings,
        )
        assert state is not None
        current = await self._current_text(ctx, state.current_idea_id)
        status = T(
            "organisers-workshop-status",
            {
                "name": room.name,
                "code": repo.shown_code(room.code),
                "pace": room.workshop.pace,
                "ideas": len(state.ideas),
                "joined": state.joined,
                "present": state.present,
                "shown": current or "none",
                "rated": state.current_ratings,
            },
        )
        options = [
            OptionSpec(c, T(f"organisers-workshop-option-{c}", {"pace": room.workshop.pace}))
            for c in CONTROLS
            if c != "next" or room.workshop.pace == repo.TOGETHER
        ]
        return Prompt(status, (*options, _back()))

    async def _current_text(self, ctx: Context, idea_id: int | None) -> str:
        if idea_id is None:
            return ""
        idea = await ideas_repo.get_idea(ctx.session, idea_id)
        return (await ideas_repo.idea_text(ctx.session, idea, ctx.locale))[0]

    async def act(self, ctx: Context, f: Facilitator, room: repo.Room, reply: Reply) -> Result:
        if reply.option in ("area", "list", "idea", "close"):
            return Result(goto=Goto(FLOW, f"workshop_{reply.option}"))
        if reply.option == "pace":
            other = repo.SELF_PACED if room.workshop.pace == repo.TOGETHER else repo.TOGETHER
            outcome = await facilitation.set_pace(f, room, other)
            return _told(outcome, T("organisers-workshop-paced", {"pace": other}))
        outcome = await facilitation.next_idea(f, room)
        if outcome.current is None:
            return _told(outcome, T("organisers-workshop-last"))
        return _told(outcome, T("organisers-workshop-moved", {"people": len(outcome.nudges)}))


class AreaStep(_WorkshopStep):
    name = "workshop_area"

    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("organisers-workshop-area"), (*area_options(), _back()))

    async def act(self, ctx: Context, f: Facilitator, room: repo.Room, reply: Reply) -> Result:
        outcome = await facilitation.add_area(f, room, str(reply.option))
        return _told(outcome, T("organisers-workshop-added", {"count": len(outcome.added)}))


class ListStep(_WorkshopStep):
    name = "workshop_list"

    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("organisers-workshop-list"), (_back(),), accepts_text=True)

    async def act(self, ctx: Context, f: Facilitator, room: repo.Room, reply: Reply) -> Result:
        codes = LIST_SEPARATORS.split(reply.text or "")
        outcome = await facilitation.add_listed(f, room, codes)
        said = [T("organisers-workshop-added", {"count": len(outcome.added)})]
        if outcome.unknown:
            said.append(T("organisers-workshop-unknown", {"codes": ", ".join(outcome.unknown)}))
        return _told(outcome, *said)


class IdeaStep(_WorkshopStep):
    name = "workshop_idea"

    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("organisers-workshop-idea"), (_back(),), accepts_text=True)

    async def act(self, ctx: Context, f: Facilitator, room: repo.Room, reply: Reply) -> Result:
        text = reply.text or ""
        problem = facilitation.typed_problem(text, ctx.config.idea_max_length)
        if problem is not None:
            return Result.stay(problem)
        outcome = await facilitation.add_typed(f, room, text, ctx.locale)
        return _told(outcome, T("organisers-workshop-idea-added"))


class CloseStep(_WorkshopStep):
    name = "workshop_close"

    async def prompt(self, ctx: Context) -> Prompt:
        room = await _chosen(ctx)
        options = (OptionSpec("close", T("organisers-workshop-close-option-yes")), _back())
        return Prompt(T("organisers-workshop-close", {"name": room.name if room else ""}), options)

    async def act(self, ctx: Context, f: Facilitator, room: repo.Room, reply: Reply) -> Result:
        outcome = await facilitation.close(f, room)
        result = Result.to(FLOW, "home", T("organisers-workshop-closed", {"name": room.name}))
        result.nudges, result.later = outcome.nudges, outcome.later
        return result


class ChooseStep:
    """The open workshops, and a new one."""

    async def prompt(self, ctx: Context) -> Prompt:
        rooms = await repo.open_rooms(ctx.session)
        options = [
            OptionSpec(
                f"w{room.id}",
                T.raw(f"{room.name} ({repo.shown_code(room.code)})"),
                aliases=(room.code,),
            )
            for room in rooms
        ]
        options.append(OptionSpec("new", T("organisers-workshop-option-new")))
        key = "organisers-workshop-choose" if rooms else "organisers-workshop-none"
        return Prompt(T(key), (*options, _back()))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        organiser = await organiser_of(ctx)
        if organiser is None:
            return await refuse(ctx, f"{FLOW}.workshop_choose")
        if reply.option == "new":
            return Result(goto=Goto(FLOW, "workshop_name"))
        chosen = (reply.option or "").removeprefix("w")
        room = await repo.room(ctx.session, int(chosen)) if chosen.isdigit() else None
        if room is None or not room.open:
            return Result(goto=Goto(FLOW, "home"))
        return _control(ctx, room)


class NameStep:
    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("organisers-workshop-name"), (_back(),), accepts_text=True)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        organiser = await organiser_of(ctx)
        if organiser is None:
            return await refuse(ctx, f"{FLOW}.workshop_name")
        if reply.text is None or not reply.text.strip():
            return Result(goto=Goto(FLOW, "home"))
        return await _open(ctx, organiser, reply.text)


def steps() -> dict[str, Step]:
    return {
        "workshop": ControlStep(),
        "workshop_area": AreaStep(),
        "workshop_list": ListStep(),
        "workshop_idea": IdeaStep(),
        "workshop_close": CloseStep(),
        "workshop_choose": ChooseStep(),
        "workshop_name": NameStep(),
    }
