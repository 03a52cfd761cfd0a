"""May we tell you what becomes of the ideas? Asked once, changeable with /updates.

The question is put at the first of three moments: the end of the survey (on the thanks
screen itself, so the survey is not a message longer), after proposing an idea, and on leaving
the rating. Whatever the answer, it is never put again; /updates (in the settings menu too)
shows the answer and changes it. A "yes" keeps the address of the chat it came from: these
messages are pushed to it (see storage/updates.py).
"""

from __future__ import annotations

from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Said, Step
from dialogs.i18n import T
from dialogs.ideas.common import forget, remember
from dialogs.rights import remember_return, return_to
from storage import updates as repo

FLOW = "updates"
YES, NO = "updates_yes", "updates_no"
_THEN = "updates.then"  # where the person goes once they have answered
_ASKING = "updates.asking"  # the question is on a screen that also offers other things


def answer_options() -> tuple[OptionSpec, ...]:
    return (
        OptionSpec(YES, T("outcomes-option-yes")),
        OptionSpec(NO, T("outcomes-option-no")),
    )


async def asking(ctx: Context) -> bool:
    """Whether a screen should put the question: the first time ever, and while it stays on
    that screen (an interruption shows the screen again with it)."""
    if ctx.data.get(_ASKING):
        return True
    if await repo.mark_asked(ctx.session, ctx.participant.id, ctx.now):
        remember(ctx, {_ASKING: True})
        return True
    return False


def asked(ctx: Context) -> None:
    """The screen that put the question was left: it is not put there again."""
    forget(ctx, _ASKING)


async def take_answer(ctx: Context, option: str | None) -> T | None:
    """Store a yes or no given on any screen; what to say, or None if `option` is neither."""
    if option not in (YES, NO):
        return None
    wants = option == YES
    await repo.answer(
        ctx.session, ctx.participant.id, wants, ctx.now, channel=ctx.channel, address=ctx.address
    )
    asked(ctx)
    return T("outcomes-saved-yes" if wants else "outcomes-saved-no")


async def then_ask(ctx: Context, then: Goto, *said: T) -> Result:
    """On to `then`; if the question was never put, put it first, after what is said here."""
    if ctx.participant.consent != "given" or not await repo.mark_asked(
        ctx.session, ctx.participant.id, ctx.now
    ):
        return Result(say=[Said(message) for message in said], goto=then)
    remember(ctx, {_THEN: [then.flow, then.step]})
    return Result(say=[Said(message) for message in said], goto=Goto(FLOW, "ask"))


def command(ctx: Context) -> Result:
    """`/updates`: the current answer, to keep or change."""
    remember_return(ctx)
    return Result(goto=Goto(FLOW, "change"))


class AskStep:
    """The question on a screen of its own (after proposing, on leaving the rating)."""

    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("outcomes-ask"), answer_options())

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        said = await take_answer(ctx, reply.option)
        flow, step = ctx.data.get(_THEN) or ["menu", "main"]
        forget(ctx, _THEN)
        if flow not in ctx.flows or step not in ctx.flows[flow].steps:
            flow, step = "menu", "main"
        return Result(say=[Said(said)] if said else [], goto=Goto(flow, step))


class ChangeStep:
    async def prompt(self, ctx: Context) -> Prompt:
        found = await repo.preference(ctx.session, ctx.participant.id)
        current = found.answer if found is not None and found.answer else "none"
        back = OptionSpec("back", T("outcomes-option-back"))
        return Prompt(T("outcomes-current", {"answer": current}), (*answer_options(), back))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        said = await take_answer(ctx, reply.option)
        await repo.mark_asked(ctx.session, ctx.participant.id, ctx.now)
        return Result(say=[Said(said)] if said else [], goto=await return_to(ctx))


def build_flow() -> Flow:
    steps: dict[str, Step] = {"ask": AskStep(), "change": ChangeStep()}
    return Flow(FLOW, steps, first="change")
