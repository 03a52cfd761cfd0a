"""A participant in a live workshop: join with the room's code, rate the room's ideas, leave.

Someone new gives their language and consent, nothing else of onboarding; someone known goes
straight in. Ideas are rated on the two scales of the rating flow, and the ratings are the same
ratings (they count in the overall matrix). "Together": each phone shows the idea the
facilitator moved the room to, pushed at their "next"; "self-paced": the room's ideas one after
another. Diagram: docs/flows/workshop.mmd.
"""

from __future__ import annotations

from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Said, Step
from dialogs.i18n import Joined, T
from dialogs.ideas import rating
from dialogs.ideas.common import forget, remember
from dialogs.ideas.results import LEADING, leading_lines
from dialogs.onboarding import ConsentStep, LanguageStep
from storage import ideas as ideas_repo
from storage import workshops as repo

FLOW = "workshop"
PREFIX = "workshop."
# State keys: the room, the idea on screen, its pending effectiveness, and the ideas this person
# has rated or skipped in this room (kept across leaving and rejoining, for the self-paced order).
ROOM, IDEA, EFFECTIVENESS, DONE = (
    "workshop.room",
    "workshop.idea",
    "workshop.effectiveness",
    "workshop.done",
)
LEAVE = OptionSpec("leave", T("workshop-option-leave"), control=True)


async def enter(ctx: Context, code: str) -> Result | None:
    """`/start CODE` or the room's Telegram link; None when the code is no workshop's."""
    room = await repo.room_by_code(ctx.session, code)
    if room is None:
        return None
    if not room.open:
        return _ended(ctx, room)
    if ctx.data.get(ROOM) != room.id:
        forget(ctx, PREFIX)
    remember(ctx, {ROOM: room.id, IDEA: None, EFFECTIVENESS: None})
    if ctx.participant.campaign_id is None:
        ctx.participant.campaign_id = room.workshop.campaign_id
    if ctx.participant.consent != "given":
        return Result(goto=Goto(FLOW, "consent" if ctx.participant.locale else "language"))
    return await _join(ctx, room)


def _ended(ctx: Context, room: repo.Room) -> Result:
    ended = T("workshop-ended", {"name": room.name})
    if ctx.participant.consent == "given":
        return Result.to("menu", "main", ended)
    result = Result.stay(ended)
    result.end = True  # a first contact: nothing stored beyond the visit itself
    return result


async def _room(ctx: Context) -> repo.Room | None:
    room_id = ctx.data.get(ROOM)
    return await repo.room(ctx.session, room_id) if isinstance(room_id, int) else None


async def _join(ctx: Context, room: repo.Room) -> Result:
    await repo.join(ctx.session, room.id, ctx.participant.id, ctx.channel, ctx.address, ctx.now)
    welcome = T(
        f"workshop-joined-{room.workshop.pace}",
        {"name": room.name, "code": repo.shown_code(room.code)},
    )
    return await _show_next(ctx, room, welcome)


async def _due(ctx: Context, room: repo.Room) -> int | None:
    """The idea this person should see now: the room's current one (together), or their next
    one in the room's order (self-paced); None: nothing to rate for now. Never one they rated
    or skipped in this room, nor one of their own."""
    ordered = await repo.idea_ids(ctx.session, room.id)
    if room.workshop.pace == repo.TOGETHER:
        current = room.workshop.current_idea_id
        ordered = [current] if current in ordered else []
    done = set(ctx.data.get(DONE, []))
    ideas = await ideas_repo.ideas_by_id(ctx.session, [i for i in ordered if i not in done])
    mine = {i for i, idea in ideas.items() if idea.author_id == ctx.participant.id}
    return next((i for i in ordered if i in ideas and i not in mine), None)


async def _show_next(ctx: Context, room: repo.Room, *say: T) -> Result:
    due = await _due(ctx, room)
    remember(ctx, {IDEA: due, EFFECTIVENESS: None})
    return Result.to(FLOW, "effectiveness" if due is not None else "wait", *say)


async def _carry_on(ctx: Context, *say: T) -> Result:
    room = await _room(ctx)
    if room is None or not room.open:
        return _left_closed(ctx, room)
    return await _show_next(ctx, room, *say)


def _left_closed(ctx: Context, room: repo.Room | None) -> Result:
    forget(ctx, PREFIX)
    name = room.name if room is not None else ""
    return Result.to("menu", "main", T("workshop-ended", {"name": name}))


def _done(ctx: Context) -> None:
    idea_id = ctx.data.get(IDEA)
    remember(ctx, {DONE: [*ctx.data.get(DONE, []), idea_id], IDEA: None, EFFECTIVENESS: None})


async def leave(ctx: Context) -> Result:
    """Out of the room (`/menu`, or the leave button): no more pushes; the code brings them
    back while the workshop is open."""
    room = await _room(ctx)
    if room is None:
        return Result(goto=Goto("menu", "main"))
    await repo.leave(ctx.session, room.id, ctx.participant.id, ctx.now)
    remember(ctx, {IDEA: None, EFFECTIVENESS: None})
    if not room.open:
        return _left_closed(ctx, room)
    return Result.to("menu", "main", T("workshop-left", {"code": repo.shown_code(room.code)}))


# --- moved by the facilitator (dialogs.engine.Dialogs.push) ---------------------------------------


async def _in_room(ctx: Context, workshop_id: int) -> bool:
    """Whether this member is in the room's dialog now. One who went elsewhere without leaving
    (an organiser's command, say) has left; a detour that comes back (changing the language)
    has not."""
    if ctx.data.get(ROOM) != workshop_id:
        await repo.leave(ctx.session, workshop_id, ctx.participant.id, ctx.now)
        return False
    if ctx.state.flow == FLOW:
        return ctx.state.step not in ("language", "consent")
    coming_back = (ctx.data.get("_return") or [None])[0] == FLOW
    if not coming_back:
        await repo.leave(ctx.session, workshop_id, ctx.participant.id, ctx.now)
    return False


async def catch_up(ctx: Context, workshop_id: int) -> Result | None:
    """Show the member what they should see now, if it is not what they see already: the new
    current idea after "next", an idea added while they waited, the other pace's next idea."""
    if not await _in_room(ctx, workshop_id):
        return None
    room = await _room(ctx)
    if room is None:
        return None
    due = await _due(ctx, room)
    on_screen = ctx.data.get(IDEA) if ctx.state.step in ("effectiveness", "ease") else None
    if due == on_screen and (due is not None or ctx.state.step == "wait"):
        return None
    return await _show_next(ctx, room)


async def thank(ctx: Context, workshop_id: int) -> Result | None:
    """The workshop closed: thanks, and the room's result (its WOW and HOW ideas)."""
    room = await repo.room(ctx.session, workshop_id)
    if room is None:
        return None
    said = [Said(T("workshop-thanks", {"name": room.name})), Said(await _result(ctx, room))]
    if ctx.state.flow == FLOW and ctx.data.get(ROOM) == workshop_id:
        forget(ctx, PREFIX)
        return Result(say=said, goto=Goto("menu", "main"))
    return Result(say=said)  # on a detour: its question is asked again after the thanks


async def _result(ctx: Context, room: repo.Room) -> T:
    config = ctx.config
    scores = await ideas_repo.matrix(
        ctx.session,
        midpoint=config.matrix_midpoint,
        min_ratings=config.matrix_min_ratings,
        ids=await repo.idea_ids(ctx.session, room.id),
    )
    top = [
        *ideas_repo.leading(scores, "WOW", LEADING),
        *ideas_repo.leading(scores, "HOW", LEADING),
    ]
    if not top:
        return T("workshop-result-none", {"min": config.matrix_min_ratings})
    lines = await leading_lines(ctx, top)
    return T("workshop-result", {"ideas": Joined(tuple(lines), "\n\n")})


# --- the steps --------------------------------------------------------------------------------


class JoinLanguageStep:
    """The language question of onboarding, then the room's consent."""

    async def prompt(self, ctx: Context) -> Prompt:
        return await LanguageStep().prompt(ctx)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        await LanguageStep().receive(ctx, reply)
        return Result(goto=Goto(FLOW, "consent"))


class JoinConsentStep:
    """Onboarding's privacy notice and consent; on yes, into the room (no profile questions)."""

    async def prompt(self, ctx: Context) -> Prompt:
        return await ConsentStep().prompt(ctx)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        refused = await ConsentStep().receive(ctx, reply)
        if ctx.participant.consent != "given":
            return refused
        room = await _room(ctx)
        if room is None or not room.open:
            return _left_closed(ctx, room)
        return await _join(ctx, room)


async def _current(ctx: Context) -> ideas_repo.Ratable | None:
    idea_id = ctx.data.get(IDEA)
    idea = await ideas_repo.ratable(ctx.session, idea_id) if isinstance(idea_id, int) else None
    return idea if idea is not None and idea.status == "approved" else None


class EffectivenessStep:
    async def prompt(self, ctx: Context) -> Prompt:
        idea = await _current(ctx)
        if idea is None:  # withdrawn by a moderator while on screen
            return Prompt(T("rating-withdrawn"), (OptionSpec("next", T("rating-option-next")),))
        question, before = await rating.idea_question(ctx, idea)
        options = (*rating.EFFECTIVENESS_SCALE, rating.SKIP, LEAVE)
        return Prompt(question, options, before=tuple(before))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "leave":
            return await leave(ctx)
        value = rating.score(reply)
        if value is None or await _current(ctx) is None:  # skipped, or gone
            _done(ctx)
            return await _carry_on(ctx)
        remember(ctx, {EFFECTIVENESS: value})
        return Result(goto=Goto(FLOW, "ease"))


class EaseStep:
    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("rating-ease"), (*rating.EASE_SCALE, rating.SKIP, LEAVE))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "leave":
            return await leave(ctx)
        idea_id, effectiveness, ease = (
            ctx.data.get(IDEA),
            ctx.data.get(EFFECTIVENESS),
            rating.score(reply),
        )
        said: tuple[T, ...] = ()
        if isinstance(idea_id, int) and isinstance(effectiveness, int) and ease:
            first = await rating.save(ctx, idea_id, effectiveness, ease)
            said = (T("rating-withdrawn" if first is None else "workshop-saved"),)
        _done(ctx)
        return await _carry_on(ctx, *said)


class WaitStep:
    """Nothing to rate for now: the facilitator moves the room on, or the room's list is done."""

    async def prompt(self, ctx: Context) -> Prompt:
        room = await _room(ctx)
        pace = room.workshop.pace if room is not None else repo.TOGETHER
        return Prompt(T(f"workshop-wait-{pace}"), (LEAVE,))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "leave":
            return await leave(ctx)
        return await _carry_on(ctx)


def build_flow() -> Flow:
    steps: dict[str, Step] = {
        "language": JoinLanguageStep(),
        "consent": JoinConsentStep(),
        "effectiveness": EffectivenessStep(),
        "ease": EaseStep(),
        "wait": WaitStep(),
    }
    return Flow(FLOW, steps, first="wait")
