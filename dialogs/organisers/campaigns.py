"""Campaigns: tagged entry links for posters, workshops and calls, and who came through each."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.disclosure import Breakdown, disclose
from dialogs.flow import Context, Result, Said
from dialogs.i18n import Joined, T
from dialogs.messages import Attachment
from dialogs.organisers.role import record
from dialogs.text import clean
from storage import organisers as repo
from storage import participation
from storage.models import Campaign, Organiser
from storage.participation import NOT_STATED

NAME_MAX_LENGTH = 200


def telegram_link(bot_username: str, code: str) -> str:
    """The deep link that opens the bot with `/start <code>`; empty without a bot username."""
    username = bot_username.lstrip("@")
    return f"https://t.me/{username}?start={code}" if username else ""


def start_line(code: str) -> str:
    """What a participant types in any messenger to join through the campaign."""
    return f"/start {code}"


def qr_content(bot_username: str, code: str) -> str:
    """What a campaign's QR code holds: the Telegram link, or else the line to type."""
    return telegram_link(bot_username, code) or start_line(code)


def qr_png(content: str) -> bytes:
    """A QR code large enough to print on a poster and scan from across a table."""
    # Imported on first use: qrcode brings Pillow, which only a new campaign needs.
    from qrcode.image.pil import PilImage

    return _qr(content, PilImage)


def qr_svg(content: str) -> bytes:
    """The same QR code as a drawing, sharp at any poster size."""
    from qrcode.image.svg import SvgPathImage

    return _qr(content, SvgPathImage)


def _qr(content: str, image_factory: type) -> bytes:
    import qrcode

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=20,
        border=4,
        image_factory=image_factory,
    )
    code.add_data(content)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()


async def new_campaign(
    session: AsyncSession, organiser: Organiser, name: str, now: datetime, rng: random.Random
) -> Campaign:
    """A campaign with a fresh code, written to the audit log."""
    # The name reaches organisers' chats and the digest workbook: no control characters.
    name = " ".join(clean(name).split())[:NAME_MAX_LENGTH]
    campaign = await participation.create_campaign(session, name, now, rng)
    repo.audit(session, organiser, "campaign_new", now, campaign.code)
    return campaign


@dataclass(frozen=True)
class Counts:
    """Every campaign, and participants per campaign (and without one) as they may be shown."""

    campaigns: list[Campaign]
    breakdown: Breakdown


async def participants_by_campaign(session: AsyncSession, min_count: int) -> Counts:
    """Cumulative counts, small groups hidden exactly as in the digest."""
    campaigns = await participation.campaigns(session)
    counts = await participation.by_attribute(session, "campaign")
    ordered = {campaign.code: counts.get(campaign.code, 0) for campaign in campaigns}
    ordered[NOT_STATED] = counts.get(NOT_STATED, 0)
    return Counts(campaigns, disclose(ordered, min_count))


async def create(ctx: Context, organiser: Organiser, name: str) -> Result:
    campaign = await new_campaign(ctx.session, organiser, name, ctx.now, ctx.rng)
    username = ctx.config.telegram_bot_username
    link = telegram_link(username, campaign.code)
    start = start_line(campaign.code)
    created = T(
        "organisers-campaign-created",
        {"name": campaign.name, "code": campaign.code, "start": start},
    )
    said = [Said(created)]
    if link:
        said.append(Said(T("organisers-campaign-link", {"link": link})))
    content = qr_content(username, campaign.code)
    picture = Attachment(f"campaign-{campaign.code}.png", qr_png(content), "image/png")
    said.append(Said(T("organisers-campaign-qr"), picture))
    return Result(say=said)


async def listing(ctx: Context, organiser: Organiser) -> Result:
    """Participants per campaign, cumulative, with small groups hidden as in the digest."""
    record(ctx, organiser, "campaign_list")
    counts = await participants_by_campaign(ctx.session, ctx.config.disclosure_min_count)
    campaigns, breakdown = counts.campaigns, counts.breakdown
    if not campaigns:
        return Result.stay(T("organisers-campaign-list-empty"))
    if breakdown.withheld:
        return Result.stay(T("organisers-campaign-list-withheld", {"count": len(campaigns)}))
    names = {campaign.code: campaign.name for campaign in campaigns}
    lines = [
        T(
            "organisers-campaign-line",
            {"name": names[cell.label], "code": cell.label, "people": breakdown.value(cell)},
        )
        if cell.label != NOT_STATED
        else T("organisers-campaign-line-none", {"people": breakdown.value(cell)})
        for cell in breakdown.cells
    ]
    return Result.stay(
        T(
            "organisers-campaign-list",
            {"lines": Joined(tuple(lines), "\n"), "min": ctx.config.disclosure_min_count},
        )
    )
