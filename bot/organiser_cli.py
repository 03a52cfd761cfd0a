"""`dialog-bot organiser invite|list|revoke` and `dialog-bot digest --dry-run --out DIR`.

Run by whoever operates the bot, on its machine. Output goes to stdout for that person; an
invitation's token is shown once and stored only hashed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import Settings
from dialogs.engine import utc_now
from dialogs.i18n import Translator
from dialogs.messages import Outbound
from dialogs.organisers import FLOW
from storage import dashboard, migrate
from storage import organisers as repo
from storage.db import create_engine, create_sessionmaker
from storage.models import ConversationState, Organiser, Participant


@asynccontextmanager
async def _database(settings: Settings) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(settings.resolved_database_url())
    try:
        await migrate.upgrade(engine)
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


def invite_text(settings: Settings, token: str, name: str, hours: int) -> str:
    start = f"{repo.INVITE_PREFIX}{token}"
    expires = (utc_now() + timedelta(hours=hours)).astimezone(ZoneInfo(settings.timezone))
    lines = [
        f"Invitation for {name!r}: single use, valid until {expires:%Y-%m-%d %H:%M} "
        f"({settings.timezone}).",
    ]
    username = settings.telegram_bot_username.lstrip("@")
    if username:
        lines.append(f"  Telegram: open https://t.me/{username}?start={start}")
    lines.append(f"  Signal or the terminal chat: send /start {start}")
    return "\n".join(lines)


async def invite(settings: Settings, name: str) -> str:
    hours = settings.organiser_invite_hours
    async with _database(settings) as sessionmaker, sessionmaker() as session, session.begin():
        token = await repo.create_invite(session, name, utc_now(), timedelta(hours=hours))
    return invite_text(settings, token, name, hours)


def _status(organiser: Organiser) -> str:
    if organiser.revoked_at is not None:
        return f"revoked {organiser.revoked_at:%Y-%m-%d}"
    if organiser.unreachable_at is not None:
        return f"unreachable since {organiser.unreachable_at:%Y-%m-%d}"
    return "active"


async def listing(settings: Settings) -> str:
    async with _database(settings) as sessionmaker, sessionmaker() as session:
        organisers = await repo.all_organisers(session)
    if not organisers:
        return "No organisers yet. Invite one with: dialog-bot organiser invite --name LABEL"
    rows = [("id", "name", "channel", "language", "since", "status")]
    rows += [
        (
            str(o.id),
            o.name,
            o.channel,
            o.locale,
            f"{o.created_at:%Y-%m-%d}",
            _status(o),
        )
        for o in organisers
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in rows
    )


async def revoke(settings: Settings, organiser_id: int) -> str:
    """The role ends now; an organiser dialog left open in that chat is closed with it, and
    their dashboard sessions with it."""
    async with _database(settings) as sessionmaker, sessionmaker() as session, session.begin():
        organiser = await repo.revoke(session, organiser_id, utc_now())
        if organiser is None:
            return f"No organiser {organiser_id}."
        repo.audit(session, None, "revoked", utc_now(), str(organiser.id))
        await dashboard.end_all(session, organiser.id)
        open_dialog = select(Participant.id).where(Participant.key == organiser.participant_key)
        await session.execute(
            delete(ConversationState).where(
                ConversationState.participant_id.in_(open_dialog), ConversationState.flow == FLOW
            )
        )
    return f"Organiser {organiser_id} ({organiser.name}) revoked."


DIGEST_PERIODS = ("current", "last")


async def digest_dry_run(
    settings: Settings,
    out: Path,
    locale: str,
    period: str = "current",
    now: datetime | None = None,
) -> list[Path]:
    """A digest written to files instead of pushed: the period running now (from the last
    scheduled digest until now), or the `last` finished one, as it was pushed."""
    from bot.digest.maker import DigestMaker  # the other commands, and the chat, need none of it

    maker = DigestMaker.from_settings(settings, Translator())
    now = now or utc_now()
    if period == "last":
        span = maker.schedule.period_ending(maker.schedule.latest(now))
    else:
        span = maker.schedule.period_until_now(now)
    async with _database(settings) as sessionmaker, sessionmaker() as session:
        data = await maker.gather(session, span)
    digest = maker.render(data, locale)
    return await asyncio.to_thread(_write, digest.outbounds(maker.translator, locale), out)


def _write(outbounds: list[Outbound], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    text = out / "digest.txt"
    text.write_text("\n\n".join(o.text for o in outbounds) + "\n", encoding="utf-8")
    written = [text]
    for outbound in outbounds:
        if outbound.attachment is not None:
            path = out / outbound.attachment.filename
            path.write_bytes(outbound.attachment.content)
            written.append(path)
    return written
