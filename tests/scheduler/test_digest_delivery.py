"""The scheduled digest: once per organiser per period, whatever restarts or second processes do.

The job function is called directly with a chosen "now"; nothing sleeps or waits for a clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.channels.delivery import RecipientGone
from bot.channels.outbox_sender import MAX_ATTEMPTS, OutboxSender
from bot.digest.data import DigestConfig
from bot.digest.delivery import DigestSender
from bot.digest.maker import DigestMaker
from bot.digest.schedule import DigestSchedule
from dialogs.i18n import Translator
from dialogs.messages import Outbound
from dialogs.outbox import Outbox
from storage import migrate, outbox
from storage import organisers as repo
from storage.db import create_engine, create_sessionmaker
from storage.models import DigestDelivery, Organiser

# Monday 23 November 2026, 09:00 in Warsaw: a scheduled time of the default "0 9 * * 1".
MONDAY = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
DIGEST_KEYS = [
    "digest-participation",
    "digest-survey",
    "digest-ideas",
    "digest-chart-caption",
    "digest-workbook-caption",
]


class Crash(BaseException):
    """The process dies: nothing after this point runs, no handler catches it."""


@dataclass
class FakeMessenger:
    channel: str = "test"
    pushes: list[tuple[str, str]] = field(default_factory=list)  # (address, message key)
    texts: list[str] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)
    # The process dies right after the messenger accepted this message (before it is marked sent).
    crash_after: str | None = None

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        await asyncio.sleep(0.001)  # let concurrent chats interleave
        if address in self.gone:
            raise RecipientGone(address)
        for outbound in outbounds:
            self.pushes.append((address, outbound.key))
            self.texts.append(outbound.text)
            if outbound.key == self.crash_after:
                self.crash_after = None
                raise Crash

    def addresses(self) -> list[str]:
        return sorted({address for address, _key in self.pushes})

    def keys_to(self, address: str) -> list[str]:
        return [key for to, key in self.pushes if to == address]


def sender(
    sessionmaker: async_sessionmaker[AsyncSession],
    translator: Translator,
    messenger: FakeMessenger,
    outbox: Outbox | None = None,
) -> DigestSender:
    maker = DigestMaker(translator, DigestConfig(), DigestSchedule("0 9 * * 1", "Europe/Warsaw"))
    return DigestSender(sessionmaker, maker, {"test": messenger}, outbox or Outbox())


async def send_queued(
    sessionmaker: async_sessionmaker[AsyncSession], messenger: FakeMessenger
) -> None:
    """What the channel's outbox sender does in a running bot."""
    await OutboxSender(sessionmaker, Outbox(), messenger).drain()


async def add_organisers(
    sessionmaker: async_sessionmaker[AsyncSession],
    count: int,
    *,
    since: datetime = MONDAY - timedelta(days=30),
    locale: str = "en",
) -> list[Organiser]:
    async with sessionmaker() as session, session.begin():
        found = [
            Organiser(
                participant_key=f"key-{i}",
                channel="test",
                address=f"chat-{i}",
                name=f"Organiser {i}",
                locale=locale,
                created_at=since,
            )
            for i in range(count)
        ]
        session.add_all(found)
    return found


async def deliveries(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> list[tuple[str, str, int, bool]]:
    async with sessionmaker() as session:
        rows = (await session.scalars(select(DigestDelivery).order_by(DigestDelivery.id))).all()
    return [(str(r.organiser_id), r.period, r.attempts, r.sent_at is not None) for r in rows]


@pytest.fixture
def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_sessionmaker(engine)


async def test_one_digest_per_organiser_per_period(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 3)
    messenger = FakeMessenger()
    job = sender(sessionmaker, translator, messenger)
    assert await job.deliver_due(MONDAY + timedelta(seconds=5)) == 3
    await send_queued(sessionmaker, messenger)
    assert messenger.addresses() == ["chat-0", "chat-1", "chat-2"]
    assert all(messenger.keys_to(f"chat-{i}") == DIGEST_KEYS for i in range(3))
    # The same period again, later that day: nothing more.
    assert await job.deliver_due(MONDAY + timedelta(hours=5)) == 0
    await send_queued(sessionmaker, messenger)
    assert len(messenger.pushes) == 3 * len(DIGEST_KEYS)
    # The next Monday is a new period.
    assert await job.deliver_due(MONDAY + timedelta(days=7, minutes=1)) == 3
    await send_queued(sessionmaker, messenger)
    assert len(messenger.pushes) == 6 * len(DIGEST_KEYS)
    periods = {period for _o, period, _a, sent in await deliveries(sessionmaker) if sent}
    assert periods == {"2026-11-23T08:00Z", "2026-11-30T08:00Z"}


async def test_queued_before_a_crash_every_message_arrives_once_after_restart(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 5)
    # The scheduler's run commits the digests to the outbox; the process dies before sending.
    assert await sender(sessionmaker, translator, FakeMessenger()).deliver_due(MONDAY) == 5

    # The restarted process: its outbox sender sends them; its catch-up run queues nothing more.
    messenger = FakeMessenger()
    restarted = sender(sessionmaker, translator, messenger)
    await send_queued(sessionmaker, messenger)
    assert await restarted.deliver_due(MONDAY + timedelta(minutes=1)) == 0
    await send_queued(sessionmaker, messenger)
    assert messenger.addresses() == [f"chat-{i}" for i in range(5)]
    assert all(messenger.keys_to(f"chat-{i}") == DIGEST_KEYS for i in range(5))


async def test_only_a_message_accepted_just_before_a_crash_is_sent_twice(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    """The remaining duplicate window: the messenger took a message, the mark was not written."""
    await add_organisers(sessionmaker, 1)
    messenger = FakeMessenger(crash_after="digest-survey")
    assert await sender(sessionmaker, translator, messenger).deliver_due(MONDAY) == 1
    with pytest.raises(BaseExceptionGroup) as died:
        await send_queued(sessionmaker, messenger)
    assert died.group_contains(Crash)
    assert messenger.keys_to("chat-0") == DIGEST_KEYS[:2]

    await send_queued(sessionmaker, messenger)  # the restarted process
    assert messenger.keys_to("chat-0") == [*DIGEST_KEYS[:2], *DIGEST_KEYS[1:]]


async def test_a_message_that_keeps_failing_is_dropped_and_the_rest_goes_on(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 1)

    class Broken(FakeMessenger):
        async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
            if outbounds[0].key == "digest-chart-caption":
                raise ConnectionError("the messenger's server is down")
            await super().push(address, outbounds)

    messenger = Broken()
    assert await sender(sessionmaker, translator, messenger).deliver_due(MONDAY) == 1
    for sweep in range(1, MAX_ATTEMPTS + 1):
        await send_queued(sessionmaker, messenger)
        if sweep < MAX_ATTEMPTS:  # the chat waits: its order is kept
            assert messenger.keys_to("chat-0") == DIGEST_KEYS[:3]
    assert messenger.keys_to("chat-0") == [*DIGEST_KEYS[:3], DIGEST_KEYS[4]]
    async with sessionmaker() as session:
        assert await outbox.unsent(session) == 0


@pytest.mark.parametrize("run", range(3))
async def test_two_processes_against_one_database_send_once(
    any_db_url: str, translator: Translator, run: int
) -> None:
    """Two bot processes at the same scheduled time: each its own thread, event loop and engine."""
    setup = create_engine(any_db_url)
    try:
        await migrate.upgrade(setup)
        await add_organisers(create_sessionmaker(setup), 6)
    finally:
        await setup.dispose()
    messenger = FakeMessenger()
    now = MONDAY + timedelta(seconds=run)

    async def process() -> int:
        engine = create_engine(any_db_url)
        try:
            return await sender(create_sessionmaker(engine), translator, messenger).deliver_due(now)
        finally:
            await engine.dispose()

    queued = await asyncio.gather(
        asyncio.to_thread(asyncio.run, process()), asyncio.to_thread(asyncio.run, process())
    )
    assert sum(queued) == 6
    engine = create_engine(any_db_url)
    try:
        await send_queued(create_sessionmaker(engine), messenger)
    finally:
        await engine.dispose()
    assert messenger.addresses() == [f"chat-{i}" for i in range(6)]
    assert all(messenger.keys_to(f"chat-{i}") == DIGEST_KEYS for i in range(6))


async def test_downtime_over_the_scheduled_time_is_caught_up_once(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 2)
    messenger = FakeMessenger()
    job = sender(sessionmaker, translator, messenger)
    # Sunday evening the bot runs: last week's digest, never sent (organisers were added later).
    assert await job.deliver_due(MONDAY - timedelta(hours=12)) == 2
    # Down from Sunday night until Wednesday: at start, Monday's digest goes out, once.
    started = MONDAY + timedelta(days=2, hours=3)
    assert await job.deliver_due(started) == 2
    assert await job.deliver_due(started + timedelta(seconds=30)) == 0
    assert await job.deliver_due(started + timedelta(hours=1)) == 0
    await send_queued(sessionmaker, messenger)
    assert len(messenger.pushes) == 4 * len(DIGEST_KEYS)
    periods = sorted({period for _o, period, _a, _s in await deliveries(sessionmaker)})
    assert periods == ["2026-11-16T08:00Z", "2026-11-23T08:00Z"]


async def test_downtime_over_two_scheduled_times_sends_only_the_latest(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 1, since=MONDAY - timedelta(days=1))
    messenger = FakeMessenger()
    job = sender(sessionmaker, translator, messenger)
    assert await job.deliver_due(MONDAY + timedelta(days=8)) == 1
    assert [p for _o, p, _a, _s in await deliveries(sessionmaker)] == ["2026-11-30T08:00Z"]


async def test_nothing_is_queued_for_a_channel_that_is_not_running(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 1)
    maker = DigestMaker(translator, DigestConfig(), DigestSchedule("0 9 * * 1", "Europe/Warsaw"))
    assert await DigestSender(sessionmaker, maker, {}, Outbox()).deliver_due(MONDAY) == 0
    async with sessionmaker() as session:
        assert await outbox.unsent(session) == 0
    # The channel is up by the next catch-up run: the digest goes then.
    assert await sender(sessionmaker, translator, FakeMessenger()).deliver_due(MONDAY) == 1


async def test_who_gets_a_digest(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    """Not a revoked organiser, not one who joined after the period ended, not one who is gone."""
    active, revoked, gone = await add_organisers(sessionmaker, 3)
    await add_organisers(sessionmaker, 1, since=MONDAY + timedelta(hours=1))  # key-0 again: new
    async with sessionmaker() as session, session.begin():
        await repo.revoke(session, revoked.id, MONDAY - timedelta(days=1))
    messenger = FakeMessenger(gone={gone.address})
    job = sender(sessionmaker, translator, messenger)
    assert await job.deliver_due(MONDAY + timedelta(hours=2)) == 2
    await send_queued(sessionmaker, messenger)
    assert messenger.addresses() == [active.address]
    async with sessionmaker() as session:
        marked = await session.get(Organiser, gone.id)
        assert marked is not None and marked.unreachable_at is not None
        assert await outbox.unsent(session) == 0  # the rest of their digest is dropped
    # Unreachable organisers are not tried again: next week, the active one and the newcomer.
    assert await job.deliver_due(MONDAY + timedelta(days=7, hours=3)) == 2
    await send_queued(sessionmaker, messenger)
    assert messenger.addresses() == [active.address]


async def test_each_organiser_reads_their_own_language(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 1, locale="uk")
    messenger = FakeMessenger()
    await sender(sessionmaker, translator, messenger).deliver_due(MONDAY)
    await send_queued(sessionmaker, messenger)
    assert messenger.texts[0].startswith("Дайджест за період 16.11.2026 – 23.11.2026")
