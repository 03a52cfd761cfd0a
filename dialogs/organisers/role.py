"""The organiser role, checked on the server for every organiser command and button."""

from __future__ import annotations

import logging

from dialogs.flow import Context, Result
from dialogs.i18n import T
from storage import organisers as repo
from storage.models import Organiser

log = logging.getLogger(__name__)

FLOW = "organisers"


async def organiser_of(ctx: Context) -> Organiser | None:
    """The organiser this chat belongs to, or None (never one, or revoked)."""
    organiser = await repo.active_organiser(ctx.session, ctx.participant.key)
    if organiser is not None:
        # Digests are pushed in the language the organiser uses now, and writing to the bot
        # again shows that pushes can arrive.
        organiser.locale = ctx.locale
        organiser.unreachable_at = None
    return organiser


async def refuse(ctx: Context, what: str) -> Result:
    """Answer exactly as to an unknown command; keep a trace without anything the person wrote.

    Someone whose role was revoked while an organiser dialog was open is taken out of it.
    """
    log.warning("organiser action refused: %s", what)
    repo.audit(ctx.session, None, f"refused:{what}", ctx.now)
    unknown = T("input-unknown-command")
    if ctx.state.flow != FLOW:
        return Result.stay(unknown)
    if ctx.participant.consent == "given":
        return Result.to("menu", "main", unknown)
    result = Result.stay(unknown)
    result.end = True
    return result


def record(ctx: Context, organiser: Organiser, action: str, target: str | None = None) -> None:
    repo.audit(ctx.session, organiser, action, ctx.now, target)


def is_invite(arg: str | None) -> bool:
    return bool(arg) and str(arg).strip().startswith(repo.INVITE_PREFIX)


async def join(ctx: Context, arg: str) -> Result:
    """`/start org_<token>`: this chat becomes an organiser's, if the invitation is valid."""
    if await organiser_of(ctx) is not None:
        return Result.to(FLOW, "home", T("organisers-already"))
    token = arg.strip()[len(repo.INVITE_PREFIX) :]
    chat = repo.Chat(ctx.participant.key, ctx.channel, ctx.address, ctx.locale)
    organiser = await repo.accept_invite(ctx.session, token, chat, ctx.now)
    if organiser is None:
        log.warning("organiser invitation refused: unknown, used or expired")
        return Result.stay(T("organisers-invite-invalid"))
    record(ctx, organiser, "joined")
    log.info("organiser %s joined", organiser.id)
    return Result.to(FLOW, "home", T("organisers-welcome", {"name": organiser.name}))
