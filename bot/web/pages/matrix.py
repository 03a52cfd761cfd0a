"""Matrix: the HOW-WOW-POW-NOW matrix drawn on the server (bot.web.matrix_svg), narrowed by area
and by campaign through the address, with the ideas still short of ratings listed below it.

A campaign's matrix counts only the ratings of the people who came through it, and is shown only
when the campaigns' breakdown shows that campaign's count exactly and at least the minimum: the
rule the needs page and the digest follow (dialogs.disclosure), so that a small campaign's
ratings cannot be read on their own, nor as everyone's less the other campaigns'.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from aiohttp import web
from markupsafe import Markup
from sqlalchemy import Select

from bot.web.context import DASHBOARD
from bot.web.matrix_svg import matrix_svg, not_enough_ratings, with_texts
from bot.web.render import page_locale, render, url_for
from dialogs.disclosure import beside_everyone
from dialogs.ideas.bank import AREAS
from dialogs.organisers.campaigns import participants_by_campaign
from storage import ideas, participation
from storage.participation import Group


def routes() -> list[web.RouteDef]:
    return [web.get("/matrix", show, name="matrix")]


@dataclass(frozen=True)
class Query:
    """The area and campaign asked for; an unknown value is left out, as on the ideas page."""

    area: str = ""
    campaign: str = ""  # the campaign's code

    @classmethod
    def parse(cls, params: Mapping[str, str], campaigns: Collection[str]) -> Query:
        area, campaign = params.get("area", ""), params.get("campaign", "")
        return cls(
            area=area if area in AREAS else "",
            campaign=campaign if campaign in campaigns else "",
        )


async def show(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    config = dashboard.dialogs.config
    locale = page_locale(request)
    async with dashboard.reader() as session:
        counts = await participants_by_campaign(session, config.disclosure_min_count)
        query = Query.parse(request.query, [campaign.code for campaign in counts.campaigns])
        too_few = bool(query.campaign) and counts.breakdown.shown_group(query.campaign) is None
        raters = participation.members(Group(campaign=query.campaign)) if query.campaign else None

        async def matrix(raters: Select[tuple[int]] | None) -> list[ideas.IdeaScore]:
            return await ideas.matrix(
                session,
                midpoint=config.matrix_midpoint,
                min_ratings=config.matrix_min_ratings,
                area=query.area or None,
                raters=raters,
            )

        scores = [] if too_few else await matrix(raters)
        withheld = 0
        if raters is not None and scores:
            # Everyone's figures are on the page without the filter: a campaign's may be shown
            # beside them only where the rest of an idea's raters are none or enough people.
            everyone = {s.idea_id: s.ratings for s in await matrix(None)}
            kept = [
                s
                for s in scores
                if s.ratings < config.matrix_min_ratings
                or beside_everyone(s.ratings, everyone[s.idea_id], config.matrix_min_ratings)
            ]
            withheld, scores = len(scores) - len(kept), kept
        found = await with_texts(session, scores, locale)
    drawing = matrix_svg(
        found,
        translator=dashboard.dialogs.translator,
        locale=locale,
        midpoint=config.matrix_midpoint,
        min_ratings=config.matrix_min_ratings,
        link=url_for(request, "ideas") + "/{idea_id}",
    )
    return render(
        request,
        "matrix.html",
        # Made with ElementTree, which escapes every text and attribute (bot.web.svg).
        drawing=Markup(drawing),
        query=query,
        areas=[(area, f"area-{area}") for area in AREAS],
        campaigns=[(campaign.code, campaign.name) for campaign in counts.campaigns],
        campaign_name={c.code: c.name for c in counts.campaigns}.get(query.campaign, ""),
        too_few=too_few,
        withheld=withheld,
        waiting=not_enough_ratings(found, config.matrix_min_ratings),
        min=config.disclosure_min_count,
        min_ratings=config.matrix_min_ratings,
        midpoint=config.matrix_midpoint,
    )
