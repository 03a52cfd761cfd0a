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
from bot.digest.data import DigestConfig
from bot.digest.delivery import DeliveryPolicy, DigestSender
from bot.digest.maker import DigestMaker
from bot.digest.schedule import DigestSchedule
from dialogs.i18n import Translator
from dialogs.messages import Outbound
from storage import migrate
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
    messages: list[tuple[str, str]] = field(default_factory=list)  # (address, message key)
    texts: list[str] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)
    crash_after: int | None = None  # messages delivered before the process dies
    # Die right after the messenger accepted message number `crash_after`, before returning.
    crash_once_accepted: bool = False
    crash: type[BaseException] = field(default=BaseException)

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        await asyncio.sleep(0.001)  # let a concurrent sender interleave
        if address in self.gone:
            raise RecipientGone(address)
        for outbound in outbounds:
            if not self.crash_once_accepted and self._dies():
                raise self._crash()
            self.messages.append((address, outbound.key))
            self.texts.append(outbound.text)
            if self.crash_once_accepted and self._dies():
                raise self._crash()

    def _dies(self) -> bool:
        return self.crash_after is not None and len(self.messages) == self.crash_after

    def _crash(self) -> BaseException:
        return Crash() if self.crash is BaseException else self.crash()

    @property
    def pushes(self) -> list[tuple[str, list[str]]]:
        """Each address's messages grouped into digests: a digest begins with its first message."""
        grouped: list[tuple[str, list[str]]] = []
        latest: dict[str, list[str]] = {}
        for address, key in self.messages:
            if address not in latest or key == DIGEST_KEYS[0]:
                latest[address] = []
                grouped.append((address, latest[address]))
            latest[address].append(key)
        return grouped

    def addresses(self) -> list[str]:
        return sorted(address for address, _keys in self.pushes)

    def keys_to(self, address: str) -> list[str]:
        return [key for to, key in self.messages if to == address]


def sender(
    sessionmaker: async_sessionmaker[AsyncSession],
    translator: Translator,
    messenger: FakeMessenger,
) -> DigestSender:
    maker = DigestMaker(translator, DigestConfig(), DigestSchedule("0 9 * * 1", "Europe/Warsaw"))
    policy = DeliveryPolicy(retry_after=timedelta(minutes=30), max_attempts=3)
    return DigestSender(sessionmaker, maker, {"test": messenger}, policy)


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
    assert messenger.addresses() == ["chat-0", "chat-1", "chat-2"]
    assert all(keys == DIGEST_KEYS for _address, keys in messenger.pushes)
    # The same period again, later that day: nothing more.
    assert await job.deliver_due(MONDAY + timedelta(hours=5)) == 0
    assert len(messenger.pushes) == 3
    # The next Monday is a new period.
    assert await job.deliver_due(MONDAY + timedelta(days=7, minutes=1)) == 3
    assert len(messenger.pushes) == 6
    periods = {period for _o, period, _a, sent in await deliveries(sessionmaker) if sent}
    assert periods == {"2026-11-23T08:00Z", "2026-11-30T08:00Z"}


async def test_a_restart_in_the_middle_of_sending_completes_the_rest_once(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 5)
    messenger = FakeMessenger(crash_after=2 * len(DIGEST_KEYS))
    with pytest.raises(Crash):
        await sender(sessionmaker, translator, messenger).deliver_due(MONDAY)
    assert messenger.addresses() == ["chat-0", "chat-1"]
    state = await deliveries(sessionmaker)
    assert [(attempts, sent) for _o, _p, attempts, sent in state] == [
        (1, True),
        (1, True),
        (1, False),
    ]

    # The restarted process: delivers the two never claimed; the interrupted claim is young.
    messenger.crash_after = None
    restarted = sender(sessionmaker, translator, messenger)
    assert await restarted.deliver_due(MONDAY + timedelta(minutes=1)) == 2
    assert messenger.addresses() == ["chat-0", "chat-1", "chat-3", "chat-4"]
    # Once the interrupted claim is older than the retry time, it is taken again: once.
    assert await restarted.deliver_due(MONDAY + timedelta(minutes=31)) == 1
    assert await restarted.deliver_due(MONDAY + timedelta(minutes=62)) == 0
    assert messenger.addresses() == ["chat-0", "chat-1", "chat-2", "chat-3", "chat-4"]
    assert [a for _o, _p, a, _s in await deliveries(sessionmaker)] == [1, 1, 2, 1, 1]


async def test_a_delivery_that_keeps_failing_stops_after_the_last_attempt(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 1)

    class Broken(FakeMessenger):
        async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
            raise ConnectionError("the messenger's server is down")

    job = sender(sessionmaker, translator, Broken())
    for minutes in (0, 31, 62, 93, 124):
        assert await job.deliver_due(MONDAY + timedelta(minutes=minutes)) == 0
    [(_o, _p, attempts, sent)] = await deliveries(sessionmaker)
    assert (attempts, sent) == (3, False)


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

    sent = await asyncio.gather(
        asyncio.to_thread(asyncio.run, process()), asyncio.to_thread(asyncio.run, process())
    )
    assert sum(sent) == 6
    assert messenger.addresses() == [f"chat-{i}" for i in range(6)]


async def test_downtime_over_the_scheduled_time_is_caught_up_once(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 2)
    messenger = FakeMessenger()
    job = sender(sessionmaker, translator, messenger)
    # Sunday evening the bot runs: last week's digest, never sent (organisers were added later).
    assert await job.deliver_due(MONDAY - timedelta(hours=12)) == 2
    assert len(messenger.pushes) == 2
    # Down from Sunday night until Wednesday: at start, Monday's digest goes out, once.
    started = MONDAY + timedelta(days=2, hours=3)
    assert await job.deliver_due(started) == 2
    assert await job.deliver_due(started + timedelta(seconds=30)) == 0
    assert await job.deliver_due(started + timedelta(hours=1)) == 0
    assert len(messenger.pushes) == 4
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
    assert await job.deliver_due(MONDAY + timedelta(hours=2)) == 1
    assert messenger.addresses() == [active.address]
    async with sessionmaker() as session:
        marked = await session.get(Organiser, gone.id)
        assert marked is not None and marked.unreachable_at is not None
    # Unreachable organisers are not tried again.
    assert await job.deliver_due(MONDAY + timedelta(hours=3)) == 0


async def test_each_organiser_reads_their_own_language(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    await add_organisers(sessionmaker, 1, locale="uk")
    messenger = FakeMessenger()
    await sender(sessionmaker, translator, messenger).deliver_due(MONDAY)
    assert messenger.texts[0].startswith("Дайджест за період 16.11.2026 – 23.11.2026")


@pytest.mark.parametrize("crash", [Crash, asyncio.CancelledError], ids=["killed", "cancelled"])
async def test_a_digest_cut_off_after_its_first_message_is_finished_not_repeated(
    sessionmaker: async_sessionmaker[AsyncSession],
    translator: Translator,
    crash: type[BaseException],
) -> None:
    await add_organisers(sessionmaker, 1)
    messenger = FakeMessenger(crash_after=1, crash=crash)
    with pytest.raises(crash):
        await sender(sessionmaker, translator, messenger).deliver_due(MONDAY)
    assert messenger.keys_to("chat-0") == DIGEST_KEYS[:1]

    messenger.crash_after = None
    restarted = sender(sessionmaker, translator, messenger)
    assert await restarted.deliver_due(MONDAY + timedelta(minutes=1)) == 0  # the claim is young
    assert await restarted.deliver_due(MONDAY + timedelta(minutes=31)) == 1
    assert messenger.keys_to("chat-0") == DIGEST_KEYS  # the rest only: each message once
    assert await restarted.deliver_due(MONDAY + timedelta(minutes=62)) == 0
    assert messenger.keys_to("chat-0") == DIGEST_KEYS


async def test_only_the_message_accepted_as_the_sender_died_can_arrive_twice(
    sessionmaker: async_sessionmaker[AsyncSession], translator: Translator
) -> None:
    """The remaining window: the messenger took message 3, the record of it never committed."""
    await add_organisers(sessionmaker, 1)
    messenger = FakeMessenger(crash_after=3, crash_once_accepted=True)
    with pytest.raises(Crash):
        await sender(sessionmaker, translator, messenger).deliver_due(MONDAY)
    assert messenger.keys_to("chat-0") == DIGEST_KEYS[:3]

    messenger.crash_after = None
    assert (
        await sender(sessionmaker, translator, messenger).deliver_due(
            MONDAY + timedelta(minutes=31)
        )
        == 1
    )
    assert messenger.keys_to("chat-0") == DIGEST_KEYS[:3] + DIGEST_KEYS[2:]
