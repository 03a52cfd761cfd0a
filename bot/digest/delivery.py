"""Queuing each organiser the digest of the latest period, exactly once per (organiser, period).

For each organiser, one transaction records the delivery (a row with a unique (organiser,
period)) and queues the digest's messages in the outbox. Both commit or neither: a second bot
process, a restart or a rerun finds the record and skips that organiser, and a crash before the
commit leaves nothing, so the next run queues the digest again. Sending is the outbox's work
(bot/channels/outbox_sender.py): each message is sent once, and only a message whose send was
accepted just before the process died, before it was marked sent, goes out twice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.delivery import Messenger
from bot.digest.data import DigestData
from bot.digest.maker import DigestMaker
from bot.digest.schedule import period_name
from dialogs.messages import Outbound
from dialogs.outbox import Outbox
from storage import organisers as repo

log = logging.getLogger(__name__)


class DigestSender:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        maker: DigestMaker,
        messengers: Mapping[str, Messenger],
        outbox: Outbox,
        reader: async_sessionmaker[AsyncSession] | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.reader = reader or sessionmaker  # for gathering the figures, which only reads
        self.maker = maker
        self.messengers = messengers  # filled in by the channels as they start
        self.outbox = outbox

    async def deliver_due(self, now: datetime) -> int:
        """Queue the latest period's digest for every organiser still without it; how many.

        Safe to run at any time and from any number of processes: at the scheduled time, and at
        start and now and then (a run missed while the bot was down is caught up once).
        """
        fire = self.maker.schedule.latest(now)
        period = self.maker.schedule.period_ending(fire)
        name = period_name(fire)
        async with self.sessionmaker() as session:
            owed = await repo.owed_digest(session, name, fire)
        # A channel that is not running (yet) would only pile messages up; a later run queues.
        organisers = [organiser for organiser in owed if organiser.channel in self.messengers]
        if not organisers:
            return 0
        async with self.reader() as session:
            data: DigestData = await self.maker.gather(session, period)
        rendered: dict[str, list[Outbound]] = {}
        queued = 0
        for organiser in organisers:
            if organiser.locale not in rendered:
                digest = await self.maker.made(data, organiser.locale)
                rendered[organiser.locale] = digest.outbounds(
                    self.maker.translator, organiser.locale
                )
            try:
                async with self.sessionmaker() as session, session.begin():
                    if not await repo.record_delivery(session, organiser.id, name, now):
                        continue
                    await self.outbox.queue(
                        session,
                        organiser.channel,
                        organiser.address,
                        rendered[organiser.locale],
                        now,
                    )
            except IntegrityError:
                continue  # another process recorded it in the same moment
            self.outbox.wake(organiser.channel)
            queued += 1
            log.info("digest %s queued for organiser %s", name, organiser.id)
        return queued
