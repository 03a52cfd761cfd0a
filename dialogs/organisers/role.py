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


async def is_organiser(ctx: Context) -> bool:
    return await organiser_of(ctx) is not None


async def refuse(ctx: Context, what: str) -> Result:
    """Answer exactly as to an unknown command; keep a trace without anything the person wrote.

    Someone whose role was revoked while an organiser dialog was open is taken out of it.
    """
    await _trace_refusal(ctx, what)
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
        await _trace_refusal(ctx, "invite")
        return Result.stay(T("organisers-invite-invalid"))
    record(ctx, organiser, "joined")
    log.info("organiser %s joined", organiser.id)
    return Result.to(FLOW, "home", T("organisers-welcome", {"name": organiser.name}))


async def _trace_refusal(ctx: Context, what: str) -> None:
    """One audit row and one warning per participant and hour, however many attempts: guessing
    must not flood the log or the table."""
    if await repo.note_refusal(ctx.session, ctx.participant.id, what, ctx.now):
        log.warning(
            "organiser attempt refused: %s (further refusals from this participant within %s "
            "are counted in the audit log, not logged)",
            what,
            repo.REFUSAL_WINDOW,
        )
