"""Telling people what became of the ideas they proposed or rated, and the one survey reminder.

Run by the scheduler every few minutes. For each person owed a message, one transaction claims
their (person, local day) and queues the message in the outbox: both commit or neither, so a
restart, a rerun or a second process finds the claim and skips them, and a crash before the
commit leaves nothing, so the next run queues it again. Outcomes set after the day's message
wait for the next day: at most one message a person a day. The reminder is claimed the same
way, once ever. Sending is the outbox's work, at the channel's pace.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.delivery import Messenger
from dialogs import outcomes as words
from dialogs.i18n import Translator
from dialogs.messages import Outbound
from dialogs.outbox import Outbox
from storage import ideas, outcomes
from storage import updates as repo
from storage.busy import BusyRetry
from storage.db import create_read_only_sessionmaker

log = logging.getLogger(__name__)

# People claimed and queued in one transaction: one commit for many, as a commit (an fsync on
# SQLite) costs more than the rows.
CLAIMS_PER_TRANSACTION = 20


class UpdatesSender:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        translator: Translator,
        messengers: Mapping[str, Messenger],
        outbox: Outbox,
        *,
        timezone: str,
        default_locale: str,
        reminder_days: int,
    ) -> None:
        self.sessionmaker = sessionmaker
        # Finding who is owed only reads: no write lock (SQLite) while answers are committed.
        self.reader = create_read_only_sessionmaker(sessionmaker.kw["bind"])
        self.translator = translator
        self.messengers = messengers  # filled in by the channels as they start
        self.outbox = outbox
        self.zone = ZoneInfo(timezone)
        self.timezone = timezone
        self.default_locale = default_locale
        self.reminder_days = reminder_days
        self.busy = BusyRetry()

    async def deliver_due(self, now: datetime) -> tuple[int, int]:
        """Queue today's outcome messages and the reminders owed; (messages, reminders)."""
        return await self.outcomes_due(now), await self.reminders_due(now)

    async def outcomes_due(self, now: datetime) -> int:
        day = now.astimezone(self.zone).date().isoformat()
        async with self.reader() as session:
            owed = await repo.owed_outcomes(session, day, now)
            # A channel that is not running (yet) would only pile messages up; a later run queues.
            owed = [person for person in owed if person.channel in self.messengers]
            told = await self._outcomes(session, {i for person in owed for i in person.idea_ids})
        messages = {
            person.participant_id: words.notice(
                self.translator,
                person.locale or self.default_locale,
                [told[i] for i in person.idea_ids if i in told],
                self.timezone,
                person.channel,
            )
            for person in owed
        }
        queued = 0
        for start in range(0, len(owed), CLAIMS_PER_TRANSACTION):
            chunk = owed[start : start + CLAIMS_PER_TRANSACTION]
            try:
                # A database busy with the sender's marks for a moment: the same chunk again.
                queued += await self.busy.run(
                    functools.partial(self._claim, chunk, messages, day, now)
                )
            except IntegrityError:
                # Another process claimed one of them in the same moment: one by one, so that
                # the others are not held back by it.
                for person in chunk:
                    try:
                        queued += await self._claim([person], messages, day, now)
                    except IntegrityError:
                        continue
        if queued:
            log.info("outcome messages queued for %d people", queued)
        return queued

    async def _claim(
        self,
        people: list[repo.Recipient],
        messages: Mapping[int, Outbound],
        day: str,
        now: datetime,
    ) -> int:
        """Claim (person, day) and queue the message, for several people in one transaction."""
        claimed = 0
        channels: set[str] = set()
        async with self.sessionmaker() as session, session.begin():
            for person in people:
                if await repo.claim_day(session, person, day, now):
                    message = messages[person.participant_id]
                    await self.outbox.queue(session, person.channel, person.address, [message], now)
                    channels.add(person.channel)
                    claimed += 1
        # Woken at once: the first messages go out while the rest are being queued.
        for channel in channels:
            self.outbox.wake(channel)
        return claimed

    async def _outcomes(
        self, session: AsyncSession, idea_ids: set[int]
    ) -> dict[int, outcomes.Outcome]:
        found = await ideas.ideas_by_id(session, idea_ids)
        told = await outcomes.outcomes_of(session, list(found.values()))
        return {outcome.idea_id: outcome for outcome in told}

    async def reminders_due(self, now: datetime) -> int:
        if self.reminder_days <= 0:
            return 0
        async with self.reader() as session:
            owed = await repo.owed_reminders(session, now - timedelta(days=self.reminder_days))
        queued = 0
        for person in owed:
            if person.channel not in self.messengers:
                continue
            locale = person.locale or self.default_locale
            message = words.reminder(self.translator, locale, person.channel)
            async with self.sessionmaker() as session, session.begin():
                if not await repo.claim_reminder(session, person.participant_id, now):
                    continue
                await self.outbox.queue(session, person.channel, person.address, [message], now)
            self.outbox.wake(person.channel)
            queued += 1
        if queued:
            log.info("survey reminders queued for %d people", queued)
        return queued
