"""When things go wrong between the bot, signal-cli and Signal: nothing lost, nothing doubled."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.delivery import RecipientGone
from dialogs.engine import Dialogs
from dialogs.messages import Inbound, Outbound
from storage.models import Participant
from tests.channels.signal.fake_daemon import FakeSignalDaemon, text_envelope
from tests.channels.signal.harness import SignalBot, eventually, start_signal_bot

OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"
MAREK = "0b7e9a44-4f0e-4a55-9d0c-2f1f7d6a3c11"


def messages_to(bot: SignalBot, person: str) -> list[str]:
    return [sent.message for sent in bot.daemon.sent if sent.recipient == [person]]


async def test_the_daemon_restarts_mid_conversation(signal_bot: SignalBot) -> None:
    bot = signal_bot
    await bot.says(OLENA, "Привіт")
    await bot.says(OLENA, "2")
    last_seen = bot.channel.position.resume_after()
    assert last_seen is not None

    mark = bot.mark()
    await bot.daemon.stop()
    # Written while the daemon is down: it waits at Signal's server until someone listens.
    bot.daemon.receive(text_envelope(OLENA, "1"))
    assert bot.daemon.held
    await bot.daemon.start()
    assert await bot.settle(mark) == ["onboarding-consent-thanks", "onboarding-migration"]
    assert bot.daemon.stream_openings[-1] == last_seen  # asked to resume, from the old run

    assert await bot.says(OLENA, "2") == ["onboarding-district"]
    assert await bot.says(OLENA, "17") == ["onboarding-done", "menu-main"]
    sent = messages_to(bot, OLENA)
    assert len(sent) == 1 + 2 + 2 + 1 + 2  # every reply once
    assert len(set(sent)) == len(sent)


async def test_a_dropped_stream_resumes_and_a_repeated_message_is_answered_once(
    signal_bot: SignalBot,
) -> None:
    bot = signal_bot
    await bot.says(OLENA, "Привіт")
    last_seen = bot.channel.position.resume_after()

    mark = bot.mark()
    bot.daemon.cut()
    bot.daemon.receive(text_envelope(OLENA, "2"))
    assert await bot.settle(mark) == ["rights-privacy-notice", "onboarding-consent"]
    assert bot.daemon.stream_openings == [None, last_seen]

    # Signal's server delivers the same envelope again: applied once and answered once (the
    # first handling's replies were queued with it, so they arrive even after a crash).
    mark = bot.mark()
    sent = messages_to(bot, OLENA)
    bot.daemon.redeliver_last()
    assert await bot.settle(mark) == []
    assert messages_to(bot, OLENA) == sent


async def test_a_message_in_hand_when_the_bot_stops_is_answered_after_its_restart(
    dialogs: Dialogs, tmp_path: Path
) -> None:
    daemon = FakeSignalDaemon()
    await daemon.start()
    position = tmp_path / "signal-stream.position"
    first = await start_signal_bot(dialogs, daemon, position=position)
    await first.says(OLENA, "Привіт")
    handled = first.channel.position.resume_after()

    entered = asyncio.Event()

    async def stuck(inbound: Inbound) -> list[Outbound]:
        entered.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    first.recorder.handle = stuck  # type: ignore[method-assign]
    daemon.receive(text_envelope(OLENA, "2"))
    await asyncio.wait_for(entered.wait(), 5)
    await first.stop()  # the bot process ends with the message in hand
    assert position.read_text() == handled

    second = await start_signal_bot(dialogs, daemon, position=position)
    try:
        assert daemon.stream_openings[-1] == handled
        await eventually(lambda: second.channel.processed >= 1)
        await second.sent()
        assert [o.key for o in second.recorder.answers] == [
            "rights-privacy-notice",
            "onboarding-consent",
        ]
        assert len(messages_to(second, OLENA)) == 3
    finally:
        await second.stop()
        await daemon.stop()


async def test_a_rate_limited_send_waits_as_advised_then_goes_once(signal_bot: SignalBot) -> None:
    bot = signal_bot
    bot.daemon.rate_limit_next_send(retry_after=1)
    started = time.monotonic()
    assert await bot.says(OLENA, "Привіт") == ["onboarding-language"]
    assert time.monotonic() - started >= 1.0
    assert [r["message"] for r in bot.daemon.send_requests] == [bot.wire[0].message] * 2
    assert len(bot.wire) == 1

    # An older daemon gives no advice: the channel waits a while of its own choosing.
    bot.daemon.rate_limit_next_send(retry_after=None)
    assert await bot.says(OLENA, "2") == ["rights-privacy-notice", "onboarding-consent"]
    assert len(bot.wire) == 2


async def test_io_errors_and_a_missing_daemon_are_retried(signal_bot: SignalBot) -> None:
    bot = signal_bot
    bot.daemon.fail_next_send({"code": -3, "message": "Failed to send message", "data": None})
    assert await bot.says(OLENA, "Привіт") == ["onboarding-language"]
    assert len(bot.wire) == 1

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
    bot = await start_signal_bot(dialogs, daemon, idle_timeout=0.3)
    try:
        await asyncio.sleep(0.8)
        assert len(daemon.stream_openings) == 1
        assert daemon.keepalives >= 5
        daemon.keepalive = 10.0  # the daemon hangs: no keep-alives any more
        daemon.cut()
        await eventually(lambda: len(daemon.stream_openings) >= 3, within=3)
        assert await bot.says(OLENA, "Привіт") == ["onboarding-language"]
    finally:
        await bot.stop()
        await daemon.stop()
