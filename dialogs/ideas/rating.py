"""Rating ideas on the report's two questions: how well it solves the problem, how easy it is.

One approved idea at a time, in the participant's language: the ideas they have not rated,
fewest ratings first, random among equals, never the same idea twice in a row. Rating an idea
again replaces the earlier rating. Where they are lives in the conversation state, so stopping,
a restart, or a detour through the menu resumes at the same idea. Diagram: docs/flows/rating.mmd.
"""

from __future__ import annotations

from dialogs import updates
from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Step
from dialogs.i18n import T
from dialogs.ideas.bank import AREAS
from dialogs.ideas.common import MENU, area_options, forget, remember
from storage import ideas as repo

FLOW = "rating"
PREFIX = "rating."


def _scale(low: str, high: str) -> tuple[OptionSpec, ...]:
    """1 to 5, the bad end first, with the ends named on the buttons themselves."""
    ends = {repo.SCALE[0]: low, repo.SCALE[-1]: high}
    return tuple(
        OptionSpec(
            str(value),
            T("scale-end", {"value": value, "label": T(ends[value])})
            if value in ends
            else T.raw(str(value)),
        )
        for value in repo.SCALE
    )


EFFECTIVENESS_SCALE = _scale("rating-effectiveness-low", "rating-effectiveness-high")
EASE_SCALE = _scale("rating-ease-low", "rating-ease-high")
SKIP = OptionSpec("skip", T("rating-option-skip"))
STOP = OptionSpec("stop", T("rating-option-stop"))

# State keys: the area chosen (None: all), the mode ("new" ideas, or a "review" of one's
# ratings going through the queue of ideas rated when it began), the idea on screen, its pending
# effectiveness, ideas skipped this round, the idea offered last, and why the round ended.
AREA, MODE, QUEUE = "rating.area", "rating.mode", "rating.queue"
IDEA, EFFECTIVENESS = "rating.idea", "rating.effectiveness"
SKIPPED, LAST, DONE = "rating.skipped", "rating.last", "rating.done"
# Kept across rounds: the two-line explanation of the scales is shown once.
EXPLAINED = "explained.rating"


async def start(ctx: Context) -> Result:
    # Always the area choice: an idea left half-rated is resumed only if its area is chosen
    # again, so stopping never locks anyone into one area.
    return Result(goto=Goto(FLOW, "area"))


async def _current(ctx: Context) -> repo.Ratable | None:
    """The idea on screen, if it can still be rated (an organiser may have withdrawn it)."""
    idea_id = ctx.data.get(IDEA)
    if not isinstance(idea_id, int):
        return None
    idea = await repo.ratable(ctx.session, idea_id)
    if idea is None or idea.status != "approved" or idea.author_id == ctx.participant.id:
        return None
    return idea


async def next_idea(ctx: Context, *say: T) -> Result:
    """Offer the next idea of this round, or say why the round is over."""
    area = ctx.data.get(AREA)
    exclude = {*ctx.data.get(SKIPPED, []), ctx.data.get(LAST)}
    chosen: int | None
    if ctx.data.get(MODE) == "review":
        still = set(await repo.rated_ideas(ctx.session, ctx.participant.id, area=area))
        queue = [i for i in ctx.data.get(QUEUE, []) if i in still and i not in exclude]
        chosen = queue[0] if queue else None
        remember(ctx, {QUEUE: queue[1:]})
    else:
        counts = await repo.unrated_ideas(ctx.session, ctx.participant.id, area=area)
        chosen = _least_rated(ctx, {i: n for i, n in counts.items() if i not in exclude})
    if chosen is None:
        remember(ctx, {IDEA: None, EFFECTIVENESS: None, DONE: await _why_done(ctx)})
        return Result.to(FLOW, "done", *say)
    remember(ctx, {IDEA: chosen, EFFECTIVENESS: None})
    return Result.to(FLOW, "effectiveness", *say)


def _least_rated(ctx: Context, counts: dict[int, int]) -> int | None:
    if not counts:
        return None
    fewest = min(counts.values())
    # Sorted first, so that the seeded random choice is reproducible whatever the query order.
    return ctx.rng.choice(sorted(i for i, n in counts.items() if n == fewest))


async def _why_done(ctx: Context) -> str:
    if ctx.data.get(MODE) == "review":
        return "reviewed"
    if ctx.data.get(SKIPPED):
        return "skipped"
    rated, total = await repo.rating_progress(ctx.session, ctx.participant.id)
    if total == 0:
        return "none"
    return "area" if ctx.data.get(AREA) and rated < total else "all"


async def _stop(ctx: Context) -> Result:
    # The idea stays in the state: coming back resumes at it.
    return await _to_menu(ctx, T("rating-stopped"))


async def _to_menu(ctx: Context, *said: T) -> Result:
    """Back to the menu; someone who rated is asked first whether to hear what becomes of the
    ideas (once ever)."""
    if await repo.rated_ideas(ctx.session, ctx.participant.id):
        return await updates.then_ask(ctx, Goto("menu", "main"), *said)
    return Result.to("menu", "main", *said)


async def _skip(ctx: Context) -> Result:
    idea_id = ctx.data.get(IDEA)
    remember(ctx, {SKIPPED: [*ctx.data.get(SKIPPED, []), idea_id], LAST: idea_id})
    return await next_idea(ctx)


def score(reply: Reply) -> int | None:
    """The value of a scale's option, or None for any other reply."""
    return int(reply.option) if reply.option and reply.option.isdigit() else None


async def save(ctx: Context, idea_id: int, effectiveness: int, ease: int) -> bool | None:
    """Store the participant's rating: True for their first of this idea, False for a changed
    one, None when the idea can no longer be rated (withdrawn meanwhile)."""
    try:
        return await repo.rate(
            ctx.session,
            idea_id=idea_id,
            participant_id=ctx.participant.id,
            effectiveness=effectiveness,
            ease=ease,
            now=ctx.now,
        )
    except repo.IdeaError:
        return None


async def idea_question(ctx: Context, idea: repo.Ratable) -> tuple[T, list[T]]:
    """The first question about an idea, in the participant's language where it has been
    translated, and what is said before it: the scales explained before someone's very first
    rating, and in which language the idea is shown when it is not theirs."""
    text, language = await repo.idea_text(ctx.session, idea, ctx.locale)
    before = []
    if not ctx.data.get(EXPLAINED):
        # Before the very first rating: what the two questions mean and where they lead.
        remember(ctx, {EXPLAINED: True})
        before.append(T("rating-explain"))
    if language == repo.UNDETERMINED:
        before.append(T("rating-original-unknown"))
    elif language != ctx.locale:
        before.append(T("rating-original", {"language": language}))
    return T("rating-effectiveness", {"idea": text}), before


async def _withdrawn(ctx: Context) -> Result:
    remember(ctx, {LAST: ctx.data.get(IDEA)})
    return await next_idea(ctx, T("rating-withdrawn"))


class AreaStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = [OptionSpec("all", T("rating-option-all")), *area_options()]
        if await repo.rated_ideas(ctx.session, ctx.participant.id):
            options.append(OptionSpec("review", T("rating-option-review")))
        return Prompt(T("rating-area"), (*options, MENU))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "menu":
            return Result(goto=Goto("menu", "main"))
        if reply.option == "review":
            return await _review(ctx, None)
        area = reply.option if reply.option in AREAS else None
        if ctx.data.get(MODE) == "new" and ctx.data.get(AREA) == area and await _current(ctx):
            remember(ctx, {EFFECTIVENESS: None})
            return Result.to(FLOW, "effectiveness", T("rating-resume"))
        forget(ctx, PREFIX)
        remember(ctx, {AREA: area, MODE: "new"})
        return await next_idea(ctx)


async def _review(ctx: Context, area: str | None) -> Result:
    queue = await repo.rated_ideas(ctx.session, ctx.participant.id, area=area)
    forget(ctx, PREFIX)
    remember(ctx, {AREA: area, MODE: "review", QUEUE: queue, SKIPPED: [], LAST: None})
    return await next_idea(ctx, T("rating-review"))


class EffectivenessStep:
    async def prompt(self, ctx: Context) -> Prompt:
        idea = await _current(ctx)
        if idea is None:
            return Prompt(
                T("rating-withdrawn"), (OptionSpec("next", T("rating-option-next")), STOP)
            )
        question, before = await idea_question(ctx, idea)
        if ctx.data.get(MODE) == "review":
            earlier = await repo.rating_of(ctx.session, idea.id, ctx.participant.id)
            if earlier is not None:
                scores = {"effectiveness": earlier.effectiveness, "ease": earlier.ease}
                before.append(T("rating-earlier", scores))
        return Prompt(question, (*EFFECTIVENESS_SCALE, SKIP, STOP), before=tuple(before))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "stop":
            return await _stop(ctx)
        if reply.option == "skip":
            return await _skip(ctx)
        value = score(reply)
        if reply.option == "next" or value is None:  # after the "withdrawn" notice
            remember(ctx, {LAST: ctx.data.get(IDEA)})
            return await next_idea(ctx)
        if await _current(ctx) is None:
            return await _withdrawn(ctx)
        remember(ctx, {EFFECTIVENESS: value})
        return Result(goto=Goto(FLOW, "ease"))


class EaseStep:
    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("rating-ease"), (*EASE_SCALE, SKIP, STOP))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "stop":
            return await _stop(ctx)
        if reply.option == "skip":
            return await _skip(ctx)
        idea_id, effectiveness, ease = (
            ctx.data.get(IDEA),
            ctx.data.get(EFFECTIVENESS),
            score(reply),
        )
        if not (isinstance(idea_id, int) and isinstance(effectiveness, int) and ease):
            return Result(goto=Goto(FLOW, "effectiveness"))
        first = await save(ctx, idea_id, effectiveness, ease)
        if first is None:
            return await _withdrawn(ctx)
        remember(ctx, {LAST: idea_id})
        if not first:
            return await next_idea(ctx, T("rating-changed"))
        rated, total = await repo.rating_progress(
            ctx.session, ctx.participant.id, area=ctx.data.get(AREA)
        )
        return await next_idea(ctx, T("rating-saved", {"rated": rated, "total": total}))


class DoneStep:
    """The round is over: why, and what one can do from here."""

    async def prompt(self, ctx: Context) -> Prompt:
        why = ctx.data.get(DONE, "all")
        options = []
        if why == "skipped":
            options.append(OptionSpec("again", T("rating-option-again")))
        if why == "area":
            options.append(OptionSpec("area", T("rating-option-area")))
        if why != "reviewed" and await repo.rated_ideas(ctx.session, ctx.participant.id):
            options.append(OptionSpec("review", T("rating-option-review")))
        return Prompt(T(f"rating-done-{why}"), (*options, MENU))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "again":
            remember(ctx, {SKIPPED: [], LAST: None})
            return await next_idea(ctx)
        if reply.option == "area":
            return Result(goto=Goto(FLOW, "area"))
        if reply.option == "review":
            return await _review(ctx, ctx.data.get(AREA))
        forget(ctx, PREFIX)
        return await _to_menu(ctx)


def build_flow() -> Flow:
    steps: dict[str, Step] = {
        "area": AreaStep(),
        "effectiveness": EffectivenessStep(),
        "ease": EaseStep(),
        "done": DoneStep(),
    }
    return Flow(FLOW, steps, first="area", start_hook=start)
