"""Campaigns: tagged entry links for posters, workshops and calls, and who came through each."""

from __future__ import annotations

import io

from dialogs.disclosure import disclose
from dialogs.flow import Context, Result, Said
from dialogs.i18n import Joined, T
from dialogs.messages import Attachment
from dialogs.organisers.role import record
from dialogs.text import clean
from storage import participation
from storage.models import Organiser
from storage.participation import NOT_STATED

NAME_MAX_LENGTH = 200


def telegram_link(bot_username: str, code: str) -> str:
    """The deep link that opens the bot with `/start <code>`; empty without a bot username."""
    username = bot_username.lstrip("@")
    return f"https://t.me/{username}?start={code}" if username else ""


def qr_png(content: str) -> bytes:
    """A QR code large enough to print on a poster and scan from across a table."""
    # Imported on first use: qrcode brings Pillow, which only a new campaign needs.
    import qrcode
    from qrcode.image.pil import PilImage

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=20,
        border=4,
        image_factory=PilImage,
    )
    code.add_data(content)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()


async def create(ctx: Context, organiser: Organiser, name: str) -> Result:
    # The name reaches organisers' chats and the digest workbook: no control characters.
    name = " ".join(clean(name).split())[:NAME_MAX_LENGTH]
    campaign = await participation.create_campaign(ctx.session, name, ctx.now, ctx.rng)
    record(ctx, organiser, "campaign_new", campaign.code)
    link = telegram_link(ctx.config.telegram_bot_username, campaign.code)
    start = f"/start {campaign.code}"
    created = T(
        "organisers-campaign-created",
        {"name": campaign.name, "code": campaign.code, "start": start},
    )
    said = [Said(created)]
    if link:
        said.append(Said(T("organisers-campaign-link", {"link": link})))
    picture = Attachment(f"campaign-{campaign.code}.png", qr_png(link or start), "image/png")
    said.append(Said(T("organisers-campaign-qr"), picture))
    return Result(say=said)


async def listing(ctx: Context, organiser: Organiser) -> Result:
    """Participants per campaign, cumulative, with small groups hidden as in the digest."""
    record(ctx, organiser, "campaign_list")
    campaigns = await participation.campaigns(ctx.session)
    if not campaigns:
        return Result.stay(T("organisers-campaign-list-empty"))
    counts = await participation.by_attribute(ctx.session, "campaign")
    ordered = {campaign.code: counts.get(campaign.code, 0) for campaign in campaigns}
    ordered[NOT_STATED] = counts.get(NOT_STATED, 0)
    breakdown = disclose(ordered, ctx.config.disclosure_min_count)
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
