"""The organiser menu, and the step that asks a new campaign's name."""

from __future__ import annotations

from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Step
from dialogs.i18n import T
from dialogs.organisers import actions, campaigns, moderation, review, workshops
from dialogs.organisers.role import FLOW, is_organiser, organiser_of, refuse
from storage import reviews

ENTRIES = (
    "stats",
    "moderate",
    "review",
    "campaign_new",
    "campaign_list",
    "workshop",
    "digest",
    "export",
    "dashboard",
    "close",
)


class HomeStep:
    async def prompt(self, ctx: Context) -> Prompt:
        to_read = {"count": await reviews.count_waiting(ctx.session)}
        options = tuple(
            OptionSpec(
                e,
                T(
                    f"organisers-home-option-{e.replace('_', '-')}",
                    to_read if e == "review" else {},
                ),
            )
            for e in ENTRIES
        )
        return Prompt(T("organisers-home"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        organiser = await organiser_of(ctx)
        if organiser is None:
            return await refuse(ctx, f"{FLOW}.home")
        if reply.option == "close":
            result = Result.stay(T("organisers-closed"))
            result.end = True
            return result
        if reply.option == "campaign_new":
            return Result(goto=Goto(FLOW, "campaign_name"))
        if reply.option == "campaign_list":
            return await campaigns.listing(ctx, organiser)
        if reply.option == "workshop":
            return Result(goto=Goto(FLOW, "workshop_choose"))
        return await actions.run(ctx, organiser, str(reply.option), None)


class CampaignNameStep:
    async def prompt(self, ctx: Context) -> Prompt:
        back = OptionSpec("back", T("organisers-option-back"))
        return Prompt(T("organisers-campaign-name"), (back,), accepts_text=True)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        organiser = await organiser_of(ctx)
        if organiser is None:
            return await refuse(ctx, f"{FLOW}.campaign_name")
        if reply.text is None or not reply.text.strip():
            return Result(goto=Goto(FLOW, "home"))
        result = await campaigns.create(ctx, organiser, reply.text)
        result.goto = Goto(FLOW, "home")
        return result


def build_flow() -> Flow:
    steps: dict[str, Step] = {"home": HomeStep(), "campaign_name": CampaignNameStep()}
    steps.update(moderation.steps())
    steps.update(review.steps())
    steps.update(workshops.steps())
    return Flow(FLOW, steps, first="home", admits=is_organiser)
