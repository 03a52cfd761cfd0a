"""Campaigns: make one (the chat's own function), and for each its link, its `/start` line, its
QR code as PNG and SVG for posters, and the participants who came through it, small groups
hidden exactly as in the digest and the chat (one function for all)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from bot.digest.text import Speaker
from bot.web.context import DASHBOARD
from bot.web.render import message, page_locale, render, see_other, url_for
from bot.web.visitors import signed_in
from dialogs.organisers import campaigns
from storage.models import Campaign, Organiser
from storage.participants import campaign_by_code
from storage.participation import NOT_STATED

QR_FORMATS: dict[str, tuple[Callable[[str], bytes], str]] = {
    "png": (campaigns.qr_png, "image/png"),
    "svg": (campaigns.qr_svg, "image/svg+xml"),
}


def routes() -> list[web.RouteDef]:
    return [
        web.get("/campaigns", listing, name="campaigns"),
        web.post("/campaigns", create, name="campaign-new"),
        web.get(r"/campaigns/{code:[a-z0-9]+}/qr.{format:png|svg}", qr_code, name="campaign-qr"),
    ]


@dataclass(frozen=True)
class Row:
    campaign: Campaign
    created: str
    start: str
    link: str
    people: str


async def listing(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    config = dashboard.dialogs.config
    locale = page_locale(request)
    speaker = Speaker(dashboard.dialogs.translator, locale)
    async with dashboard.reader() as session:
        counts = await campaigns.participants_by_campaign(session, config.disclosure_min_count)
    breakdown = counts.breakdown
    shown = dict(breakdown.display())
    writer = dashboard.maker.writer
    rows = [
        Row(
            campaign=campaign,
            created=writer.spoken_day(campaign.created_at, speaker),
            start=campaigns.start_line(campaign.code),
            link=campaigns.telegram_link(config.telegram_bot_username, campaign.code),
            people=shown.get(campaign.code, ""),
        )
        for campaign in counts.campaigns
    ]
    created = request.query.get("created", "")
    return render(
        request,
        "campaigns.html",
        rows=rows,
        withheld=breakdown.withheld,
        suppressed=breakdown.suppressed,
        without=shown.get(NOT_STATED, ""),
        min=config.disclosure_min_count,
        created=created if any(r.campaign.code == created for r in rows) else "",
        max_length=campaigns.NAME_MAX_LENGTH,
    )


async def create(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    visitor = signed_in(request)
    name = str((await request.post()).get("name", ""))
    if not " ".join(name.split()):
        return message(
            request,
            "dashboard-campaigns-refused-title",
            "dashboard-campaigns-empty-name",
            status=400,
            template="campaigns_message.html",
        )
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        organiser = await session.get(Organiser, visitor.organiser_id)
        assert organiser is not None  # the session was checked on this request
        campaign = await campaigns.new_campaign(
            session, organiser, name, dashboard.now, dashboard.dialogs.rng
        )
    return see_other(f"{url_for(request, 'campaigns')}?created={campaign.code}")


async def qr_code(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    code, kind = request.match_info["code"], request.match_info["format"]
    async with dashboard.reader() as session:
        campaign = await campaign_by_code(session, code)
    if campaign is None:
        raise web.HTTPNotFound()
    make, media_type = QR_FORMATS[kind]
    content = campaigns.qr_content(dashboard.dialogs.config.telegram_bot_username, campaign.code)
    # Drawn in a thread: a poster-sized picture is no reason for other pages to wait.
    picture = await asyncio.to_thread(make, content)
    return web.Response(
        body=picture,
        content_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="campaign-{campaign.code}.{kind}"'},
    )
