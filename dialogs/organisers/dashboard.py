"""`/dashboard`: a one-time link that signs the organiser in to the dashboard in a browser."""

from __future__ import annotations

from dialogs.flow import Context, Result
from dialogs.i18n import T
from dialogs.organisers.role import record
from storage import dashboard
from storage.models import Organiser

SIGNIN_PATH = "/signin/"


async def link(ctx: Context, organiser: Organiser) -> Result:
    base = ctx.config.dashboard_url
    if not base:
        return Result.stay(T("organisers-dashboard-off"))
    token = await dashboard.create_signin(ctx.session, organiser, ctx.now)
    record(ctx, organiser, "dashboard_link")
    minutes = int(dashboard.SIGNIN_VALID.total_seconds() // 60)
    return Result.stay(
        T("organisers-dashboard-link", {"link": f"{base}{SIGNIN_PATH}{token}", "minutes": minutes})
    )
