"""The organiser commands, reachable as `/stats`, `/moderate`, `/review`, `/campaign`,
`/workshop`, `/digest`, `/export`, `/dashboard` from any dialog, and as the options of the organiser
menu."""

from __future__ import annotations

from datetime import timedelta

from dialogs.flow import Context, Goto, Result, Said
from dialogs.i18n import T
from dialogs.organisers import campaigns, dashboard, moderation, review, workshops
from dialogs.organisers.role import FLOW, organiser_of, record, refuse
from storage import ideas, participation, survey
from storage.models import Organiser

COMMANDS = ("stats", "moderate", "review", "campaign", "workshop", "digest", "export", "dashboard")

WEEK = timedelta(days=7)


async def command(ctx: Context, name: str, arg: str | None) -> Result:
    organiser = await organiser_of(ctx)
    if organiser is None:
        return await refuse(ctx, name)
    result = await run(ctx, organiser, name, arg)
    if not ctx.state.flow and result.goto is None and not result.end:
        # Outside any dialog, an organiser lands in the organiser menu afterwards.
        result.goto = Goto(FLOW, "home")
    return result


async def run(ctx: Context, organiser: Organiser, name: str, arg: str | None) -> Result:
    if name == "stats":
        return await stats(ctx, organiser)
    if name == "moderate":
        return await moderation.begin(ctx, organiser)
    if name == "review":
        return await review.begin(ctx, organiser)
    if name == "campaign":
        return await campaign(ctx, organiser, arg or "")
    if name == "workshop":
        return await workshops.command(ctx, organiser, arg or "")
    if name == "digest":
        return await digest(ctx, organiser)
    if name == "export":
        return await export(ctx, organiser)
    if name == "dashboard":
        return await dashboard.link(ctx, organiser)
    raise ValueError(f"not an organiser command: {name}")


async def campaign(ctx: Context, organiser: Organiser, arg: str) -> Result:
    """`/campaign new <name>`, `/campaign new` (asks for the name), `/campaign list`."""
    action, _, name = arg.strip().partition(" ")
    action = action.lower()
    if action == "new" and name.strip():
        return await campaigns.create(ctx, organiser, name)
    if action == "new":
        return Result(goto=Goto(FLOW, "campaign_name"))
    if action in ("", "list"):
        return await campaigns.listing(ctx, organiser)
    return Result.stay(T("organisers-campaign-usage"))


async def stats(ctx: Context, organiser: Organiser) -> Result:
    record(ctx, organiser, "stats")
    session = ctx.session
    by_status = await ideas.ideas_by_status(session)
    message = T(
        "organisers-stats",
        {
            "participants": await participation.participants(session),
            "new": await participation.new_participants(session, ctx.now - WEEK),
            "completions": await survey.completions(session),
            "waiting": by_status.get("waiting", 0),
            "approved": by_status.get("approved", 0),
            "rejected": by_status.get("rejected", 0),
            "merged": by_status.get("merged", 0),
            "ratings": await participation.ratings(session),
        },
    )
    return Result.stay(message)


async def digest(ctx: Context, organiser: Organiser) -> Result:
    """The digest since the last scheduled one, to this organiser only."""
    reports = ctx.config.reports
    if reports is None:
        return Result.stay(T("organisers-reports-unavailable"))
    record(ctx, organiser, "digest")
    locale, now = ctx.locale, ctx.now

    async def make() -> list[Said]:
        return await reports.digest(locale, now)

    return Result(later=[make])


async def export(ctx: Context, organiser: Organiser) -> Result:
    reports = ctx.config.reports
    if reports is None:
        return Result.stay(T("organisers-reports-unavailable"))
    record(ctx, organiser, "export")
    locale, now = ctx.locale, ctx.now

    async def make() -> list[Said]:
        return [await reports.workbook(locale, now)]

    return Result(later=[make])
