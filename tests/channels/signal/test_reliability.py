"""When things go wrong between the bot, signal-cli and Signal: nothing lost, nothing doubled."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.delivery import RecipientGone
from bot.channels.pacing import Pacer
from bot.channels.signal.sending import MAX_FAILED_ATTEMPTS
from dialogs.engine import Dialogs
from dialogs.messages import Inbound, Outbound
from storage.models import Participant, SignalInboxEntry
from tests.channels.signal.fake_daemon import FakeSignalDaemon, text_envelope
from tests.channels.signal.harness import SignalBot, eventually, start_signal_bot
from tests.channels.virtual_time import VirtualTime

OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"
MAREK = "0b7e9a44-4f0e-4a55-9d0c-2f1f7d6a3c11"
NUMBER = "+48600100200"


def messages_to(bot: SignalBot, person: str) -> list[str]:
    return [sent.message for sent in bot.daemon.sent if sent.recipient == [person]]


async def inbox(engine: AsyncEngine) -> list[SignalInboxEntry]:
    async with engine.connect() as connection:
        rows = await connection.execute(select(SignalInboxEntry).order_by(SignalInboxEntry.id))
        return list(rows.all())  # type: ignore[arg-type]


async def test_the_daemon_restarts_mid_conversation(signal_bot: SignalBot) -> None:
    bot = signal_bot
    await bot.says(OLENA, "Привіт")
    await bot.says(OLENA, "2")

    mark = bot.mark()
    await bot.daemon.stop()
    # Written while the daemon is down: it waits at Signal's server until someone listens.
    bot.daemon.receive(text_envelope(OLENA, "1"))
    assert bot.daemon.held
    await bot.daemon.start()
    assert await bot.settle(mark) == ["onboarding-consent-thanks", "onboarding-migration"]
    assert bot.daemon.stream_openings == 2

    assert await bot.says(OLENA, "2") == ["onboarding-district"]
    assert await bot.says(OLENA, "17") == ["onboarding-done", "menu-main"]
    sent = messages_to(bot, OLENA)
    # Every reply once (a short text rides in its question's message; a notice over Signal's
    # size for one message comes in two).
    assert len(sent) >= 5
    assert len(set(sent)) == len(sent)


async def test_a_dropped_stream_is_reopened_and_a_repeated_message_is_answered_once(
    signal_bot: SignalBot,
) -> None:
    bot = signal_bot
    await bot.says(OLENA, "Привіт")

    mark = bot.mark()
    bot.daemon.cut()
    bot.daemon.receive(text_envelope(OLENA, "2"))
    assert await bot.settle(mark) == ["rights-privacy-notice", "onboarding-consent"]
    assert bot.daemon.stream_openings == 2

    # Signal's server delivers the same envelope again: applied once and answered once (the
    # first handling's replies were queued with it, so they arrive even after a crash).
    mark = bot.mark()
    sent = messages_to(bot, OLENA)
    bot.daemon.redeliver_last()
    assert await bot.settle(mark) == []
    assert messages_to(bot, OLENA) == sent


async def test_messages_kept_when_the_bot_stops_are_answered_in_order_after_its_restart(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    daemon = FakeSignalDaemon()
    await daemon.start()
    first = await start_signal_bot(dialogs, daemon)
    await first.says(OLENA, "Привіт")
    assert await inbox(engine) == []  # a handled message is not kept

    entered = asyncio.Event()

    async def stuck(inbound: Inbound) -> list[Outbound]:
        entered.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    first.recorder.handle = stuck  # type: ignore[method-assign]
    choice = text_envelope(OLENA, "2", number=NUMBER)
    daemon.receive(choice)
    await asyncio.wait_for(entered.wait(), 5)
    mark = first.mark()
    daemon.receive(text_envelope(OLENA, "1"))  # waits behind the first
    daemon.redeliver_last()  # the same envelope again: kept once
    await first.settle(mark, events=1)
    await first.stop()  # the bot process ends with both messages unanswered

    kept = await inbox(engine)
    assert [row.sender for row in kept] == [OLENA, OLENA]
    assert kept[0].sent_at == choice["timestamp"]
    assert NUMBER not in kept[0].envelope and "Olena" not in kept[0].envelope

    # signal-cli resends nothing: the second process answers from the inbox alone.
    openings = daemon.stream_openings
    second = await start_signal_bot(dialogs, daemon)
    try:
        await eventually(lambda: second.channel.processed >= 2)
        await second.sent()
        assert [o.key for o in second.recorder.answers] == [
            "rights-privacy-notice",
            "onboarding-consent",
            "onboarding-consent-thanks",
            "onboarding-migration",
        ]
        assert daemon.stream_openings == openings + 1
        answered = messages_to(second, OLENA)  # the notice and the thanks ride with questions
        assert len(answered) >= 3 and len(set(answered)) == len(answered)
        assert await inbox(engine) == []  # the account UUID went with the handled messages
    finally:
        await second.stop()
        await daemon.stop()


async def test_a_rate_limited_send_waits_as_advised_then_goes_once(dialogs: Dialogs) -> None:
    time = VirtualTime()
    pacer = Pacer(per_second=1000.0, per_chat_burst=1000, clock=time.clock, sleep=time.sleep)
    daemon = FakeSignalDaemon()
    await daemon.start()
    bot = await start_signal_bot(dialogs, daemon, pacer=pacer)
    try:
        bot.daemon.rate_limit_next_send(retry_after=1)
        assert await bot.says(OLENA, "Привіт") == ["onboarding-language"]
        assert time.waited == pytest.approx(1.0)
        assert [r["message"] for r in bot.daemon.send_requests] == [bot.wire[0].message] * 2
        assert len(bot.wire) == 1

        # An older daemon gives no advice: the channel waits a while of its own choosing.
        bot.daemon.rate_limit_next_send(retry_after=None)
        assert await bot.says(OLENA, "2") == ["rights-privacy-notice", "onboarding-consent"]
        # The notice rides with the question (two parts only if over Signal's size for one).
        assert "1) " in bot.wire[-1].message
    finally:
        await bot.stop()
        await daemon.stop()


async def test_signal_out_of_reach_and_a_missing_daemon_are_retried(signal_bot: SignalBot) -> None:
    bot = signal_bot
    # Far more tries than a failure of another kind gets: an outage is waited out.
    bot.daemon.lose_signal_on_next_send(times=MAX_FAILED_ATTEMPTS + 3)
    assert await bot.says(OLENA, "Привіт") == ["onboarding-language"]
    assert len(bot.wire) == 1
    assert len(bot.daemon.send_requests) == MAX_FAILED_ATTEMPTS + 4

    await bot.daemon.stop()
    push = asyncio.create_task(bot.messenger.push(OLENA, [Outbound(key="digest", text="Звіт")]))
    await asyncio.sleep(0.3)
    assert not push.done()
    await bot.daemon.start()
    await asyncio.wait_for(push, 5)
    assert messages_to(bot, OLENA)[-1] == "Звіт"


async def test_an_unregistered_recipient_is_marked_stopped(
    signal_bot: SignalBot, engine: AsyncEngine
) -> None:
    bot = signal_bot
    for answer in ("Привіт", "2", "1", "2", "17"):
        await bot.says(OLENA, answer)
    bot.daemon.unregistered.add(OLENA)
    with pytest.raises(RecipientGone):
        await bot.messenger.push(OLENA, [Outbound(key="digest", text="Звіт")])
    async with engine.connect() as connection:
        stopped = await connection.scalar(select(Participant.stopped_at))
    assert stopped is not None

    # A reply that cannot arrive does not stop the channel for anyone else.
    await bot.says(OLENA, "меню")
    assert bot.wire == []
    assert await bot.says(MAREK, "Cześć") == ["onboarding-language"]
    assert len(bot.wire) == 1


async def test_keep_alives_hold_the_stream_and_silence_reopens_it(dialogs: Dialogs) -> None:
    daemon = FakeSignalDaemon(keepalive=0.05)
    await daemon.start()
    # Silence is 20 keep-alive intervals: a loaded machine's late timers do not look like it.
    bot = await start_signal_bot(dialogs, daemon, idle_timeout=1.0)
    try:
        await eventually(lambda: daemon.keepalives >= 5)
        assert daemon.stream_openings == 1
        daemon.keepalive = 10.0  # the daemon hangs: no keep-alives any more
        daemon.cut()
        await eventually(lambda: daemon.stream_openings >= 3, within=10)
        assert await bot.says(OLENA, "Привіт") == ["onboarding-language"]
    finally:
        await bot.stop()
        await daemon.stop()
