"""Proposing an idea: its area, optionally the dimension it answers, the words, a look back.

The idea is stored in the author's language, waiting for an organiser's review. Authors can
list their own ideas with their status. Diagram: docs/flows/ideas.mmd.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dialogs import updates
from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Said, Step
from dialogs.i18n import T
from dialogs.ideas.bank import AREAS, DIMENSIONS
from dialogs.ideas.common import MENU, area_options, forget, remember
from dialogs.text import mask_contacts
from storage import ideas as repo

FLOW = "ideas"
PREFIX = "ideas."
# Shorter than this is not yet something an organiser can review ("ok", "help").
MIN_LENGTH = 10
# "My ideas" shows the newest ones; the rate limit keeps the list short anyway.
MINE_SHOWN = 10


async def _limit_ends(ctx: Context) -> datetime | None:
    """When the hourly limit lets this person send the next idea; None if they may now."""
    return await repo.next_proposal_at(
        ctx.session,
        ctx.participant.id,
        now=ctx.now,
        window=timedelta(hours=1),
        limit=ctx.config.ideas_per_hour,
    )


def _limited(ctx: Context, until: datetime) -> Result:
    """Say when the next idea can come, and go back to the menu (not round the area list)."""
    local = until.astimezone(ZoneInfo(ctx.config.timezone))
    forget(ctx, PREFIX)
    said = T("ideas-rate-limited", {"max": ctx.config.ideas_per_hour, "time": f"{local:%H:%M}"})
    return Result(say=[Said(said)], goto=Goto("menu", "main"))


async def start(ctx: Context) -> Result:
    # A draft left behind by a detour (/menu, /language) is not carried into a new idea.
    forget(ctx, PREFIX)
    return Result(goto=Goto(FLOW, "area"))


class AreaStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = (*area_options(), OptionSpec("mine", T("ideas-option-mine")), MENU)
        return Prompt(T("ideas-area"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "mine":
            return Result(goto=Goto(FLOW, "mine"))
        if reply.option not in AREAS:
            forget(ctx, PREFIX)
            return Result(goto=Goto("menu", "main"))
        until = await _limit_ends(ctx)
        if until is not None:
            return _limited(ctx, until)
        remember(ctx, {"ideas.area": reply.option})
        return Result(goto=Goto(FLOW, "dimension"))


class DimensionStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = tuple(OptionSpec(d, T(f"dimension-{d}")) for d in DIMENSIONS)
        return Prompt(T("ideas-dimension"), (*options, OptionSpec("skip", T("ideas-option-skip"))))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        remember(ctx, {"ideas.dimension": reply.option if reply.option in DIMENSIONS else None})
        return Result(goto=Goto(FLOW, "write"))


class WriteStep:
    async def prompt(self, ctx: Context) -> Prompt:
        question = T("ideas-write", {"max": ctx.config.idea_max_length})
        return Prompt(
            question, (OptionSpec("cancel", T("ideas-option-cancel")),), accepts_text=True
        )

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.text is None:
            return _cancelled(ctx)
        text, limit = reply.text, ctx.config.idea_max_length
        if len(text) > limit:
            return Result.stay(T("ideas-too-long", {"length": len(text), "max": limit}))
        if len(text) < MIN_LENGTH:
            return Result.stay(T("ideas-too-short"))
        masked = mask_contacts(text)
        remember(ctx, {"ideas.draft": masked, "ideas.masked": masked != text})
        return Result(goto=Goto(FLOW, "confirm"))


class ConfirmStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("send", T("ideas-option-send")),
            OptionSpec("rewrite", T("ideas-option-rewrite")),
            OptionSpec("cancel", T("ideas-option-cancel")),
        )
        before = (T("ideas-masked"),) if ctx.data.get("ideas.masked") else ()
        return Prompt(
            T("ideas-confirm", {"idea": ctx.data.get("ideas.draft", "")}), options, before=before
        )

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "rewrite":
            return Result(goto=Goto(FLOW, "write"))
        draft, area = ctx.data.get("ideas.draft"), ctx.data.get("ideas.area")
        if reply.option != "send" or not draft or area not in AREAS:
            return _cancelled(ctx)
        until = await _limit_ends(ctx)
        if until is not None:
            return _limited(ctx, until)
        dimension = ctx.data.get("ideas.dimension")
        await repo.propose(
            ctx.session,
            author_id=ctx.participant.id,
            area=area,
            dimensions=[dimension] if dimension in DIMENSIONS else [],
            language=ctx.locale,
            text=draft,
            now=ctx.now,
        )
        forget(ctx, PREFIX)
        return await updates.then_ask(ctx, Goto("menu", "main"), T("ideas-sent"))


def _cancelled(ctx: Context) -> Result:
    forget(ctx, PREFIX)
    return Result(say=[Said(T("ideas-cancelled"))], goto=Goto("menu", "main"))


class MineStep:
    """The author's own ideas with their status, newest first."""

    async def prompt(self, ctx: Context) -> Prompt:
        ideas = await repo.ideas_of_author(ctx.session, ctx.participant.id)
        shown = ideas[:MINE_SHOWN]
        texts = await repo.texts_of(ctx.session, [idea.id for idea in shown])
        before: list[T] = [T("ideas-mine", {"ideas": len(ideas)})]
        for idea in shown:
            text, _language = repo.pick_text(idea, texts.get(idea.id, {}), ctx.locale)
            status = {"status": idea.status, "reason": idea.reject_reason or "none"}
            before.append(T("ideas-mine-item", {"idea": text, **status}))
        if len(ideas) > len(shown):
            before.append(T("ideas-mine-more", {"ideas": len(ideas) - len(shown)}))
        options = (OptionSpec("new", T("ideas-option-new")), MENU)
        return Prompt(T("ideas-mine-next"), options, before=tuple(before))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "new":
            return Result(goto=Goto(FLOW, "area"))
        return Result(goto=Goto("menu", "main"))


def build_flow() -> Flow:
    steps: dict[str, Step] = {
        "area": AreaStep(),
        "dimension": DimensionStep(),
        "write": WriteStep(),
        "confirm": ConfirmStep(),
        "mine": MineStep(),
    }
    return Flow(FLOW, steps, first="area", start_hook=start)
