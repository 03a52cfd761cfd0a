"""Pushing each organiser the digest of the latest period, exactly once per (organiser, period).

Each delivery is claimed before sending: a row with a unique (organiser, period), committed in
its own transaction, so a second bot process, a restart or a rerun finds it and skips that
organiser. The claim is completed (`sent_at`) once the messenger accepted the messages.

At-least-once, bounded: if the sender dies between the push and the completion, the claim stays
open; after DIGEST_RETRY_MINUTES another run may take it again (at most DIGEST_MAX_ATTEMPTS
times). That can repeat a digest only when a process died within the moment between a finished
push and its commit, while the other choice — never retrying an open claim — would silently lose
the week's digest whenever a send failed or a process was stopped mid-push. A live sender is
never overtaken: the retry wait is far longer than sending a digest takes.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.delivery import Messenger, RecipientGone
from bot.digest.data import DigestData
from bot.digest.maker import DigestMaker
from bot.digest.schedule import period_name
from dialogs.messages import Outbound
from storage import organisers as repo

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryPolicy:
    retry_after: timedelta = timedelta(minutes=30)
    max_attempts: int = 3


class DigestSender:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        maker: DigestMaker,
        messengers: Mapping[str, Messenger],
        policy: DeliveryPolicy = DeliveryPolicy(),
        reader: async_sessionmaker[AsyncSession] | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.reader = reader or sessionmaker  # for gathering the figures, which only reads
        self.maker = maker
        self.messengers = messengers  # filled in by the channels as they start
        self.policy = policy

    async def deliver_due(self, now: datetime) -> int:
        """Send the latest period's digest to every organiser still without it; returns how many.

        Safe to run at any time and from any number of processes: at the scheduled time, at
        start (a run missed while the bot was down is caught up once), and now and then to
        retry deliveries that failed.
        """
        fire = self.maker.schedule.latest(now)
        period = self.maker.schedule.period_ending(fire)
        name = period_name(fire)
        async with self.sessionmaker() as session:
            organisers = await repo.owed_digest(session, name, fire)
        data: DigestData | None = None
        rendered: dict[str, list[Outbound]] = {}
        sent = 0
        for organiser in organisers:
            messenger = self.messengers.get(organiser.channel)
            if messenger is None:
                continue  # that channel is not running (yet); a later run delivers
            claimed = await repo.claim_delivery(
                self.sessionmaker,
                organiser.id,
                name,
                now,
                retry_after=self.policy.retry_after,
                max_attempts=self.policy.max_attempts,
            )
            if not claimed:
                continue
            if data is None:
                async with self.reader() as session:
                    data = await self.maker.gather(session, period)
            if organiser.locale not in rendered:
                digest = await self.maker.made(data, organiser.locale)
                rendered[organiser.locale] = digest.outbounds(
                    self.maker.translator, organiser.locale
                )
            try:
                await messenger.push(organiser.address, rendered[organiser.locale])
            except RecipientGone:
                log.warning(
                    "organiser %s cannot receive messages; marked unreachable", organiser.id
                )
                async with self.sessionmaker() as session, session.begin():
                    await repo.mark_unreachable(session, organiser.id, now)
                continue
            except Exception:
                log.exception(
                    "digest %s to organiser %s failed; it will be retried", name, organiser.id
                )
                continue
            await repo.complete_delivery(self.sessionmaker, organiser.id, name, now)
            sent += 1
            log.info("digest %s sent to organiser %s", name, organiser.id)
        return sent
