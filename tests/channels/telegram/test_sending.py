"""One sender for replies and pushes: paced under Telegram's limits, retried, stopped by a block."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.delivery import RecipientGone
from bot.channels.pacing import Pacer
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from dialogs.messages import Attachment, Outbound
from storage.models import Participant
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import DROP, TOKEN, FakeTelegram, Limits
from tests.channels.telegram.harness import RunningBot, running_bot
from tests.channels.virtual_time import VirtualTime


async def stopped_at(bot: RunningBot, user_id: int) -> object:
    key = bot.dialogs.participant_key("telegram", str(user_id))
    async with bot.dialogs.sessionmaker() as session:
        participant = await session.scalar(select(Participant).where(Participant.key == key))
        assert participant is not None
        return participant.stopped_at


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_429_pauses_for_retry_after_then_the_reply_arrives_once(
    fake: FakeTelegram, engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path, mode: str
) -> None:
    time = VirtualTime()
    telegram = await running_bot(fake, engine, dialogs, tmp_path, mode, time=time)
    try:
        telegram.fake.fail("sendMessage", 429, retry_after=1)
        olena = telegram.person(2001, "uk")
        started = await olena.command("start")
    finally:
        await telegram.stop()
    assert started.keys == ["onboarding-language"]
    assert len(started.messages) == 1
    refused, accepted = telegram.fake.sent("sendMessage")
    assert (refused.status, accepted.status) == (429, 200)
    assert accepted.at - refused.at == pytest.approx(1.0)


async def test_server_errors_are_retried_with_backoff(telegram: RunningBot) -> None:
    telegram.fake.fail("sendMessage", 500)
    telegram.fake.fail("sendMessage", 502)
    olena = telegram.person(2002, "uk")
    assert len((await olena.command("start")).messages) == 1
    assert [call.status for call in telegram.fake.sent("sendMessage")] == [500, 502, 200]


async def test_a_blocked_bot_marks_the_participant_stopped(telegram: RunningBot) -> None:
    olena = telegram.person(2003, "uk")
    await olena.command("start")
    telegram.fake.blocked.add(2003)
    replies = await olena.command("help")  # handled and stored; the reply cannot arrive
    assert replies.messages == []
    assert await stopped_at(telegram, 2003) is not None
    assert telegram.channel is not None
    with pytest.raises(RecipientGone):
        await telegram.channel.messenger.push("2003", [Outbound(key="digest", text="Digest")])


async def test_blocking_the_bot_in_the_app_stops_pushes(telegram: RunningBot) -> None:
    olena = telegram.person(2004, "uk")
    await olena.command("start")
    assert await stopped_at(telegram, 2004) is None
    await telegram.fake.deliver(updates.membership(olena.sender, 2004, "member", "kicked"))
    assert await stopped_at(telegram, 2004) is not None
    await olena.command("start")  # writing again undoes it
    assert await stopped_at(telegram, 2004) is None


async def test_pushes_go_through_the_registered_messenger(telegram: RunningBot) -> None:
    messenger = telegram.app.messengers["telegram"]
    await messenger.push("2005", [Outbound(key="digest", text="Тиждень у цифрах")])
    assert [m.text for m in telegram.fake.chats[2005]] == ["Тиждень у цифрах"]


async def test_a_failing_update_gets_an_apology_and_the_bot_lives_on(
    telegram: RunningBot, translator: Translator, caplog: pytest.LogCaptureFixture
) -> None:
    handle = telegram.dialogs.handle

    async def broken(inbound):  # type: ignore[no-untyped-def]
        if inbound.text == "секретні слова":
            raise RuntimeError(f"boom near {inbound.text}")
        return await handle(inbound)

    telegram.dialogs.handle = broken  # type: ignore[method-assign]
    olena = telegram.person(2006, "uk")
    await olena.command("start")
    with caplog.at_level(logging.DEBUG, logger="bot"):
        failed = await olena.says("секретні слова")
    assert failed.texts == [translator("uk", "input-error")]
    assert "RuntimeError" in caplog.text
    assert "секретні" not in caplog.text and TOKEN.split(":")[1] not in caplog.text
    # The next update is handled as usual: the notice and the consent question, in one message.
    assert (await olena.taps("uk")).keys == ["rights-privacy-notice", "onboarding-consent"]
    assert len(olena.last.messages) == 1 if olena.last else False


async def test_the_token_is_never_logged(
    fake: FakeTelegram,
    engine: AsyncEngine,
    dialogs: Dialogs,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        fake.fail("sendMessage", 500)
        bot = await running_bot(fake, engine, dialogs, tmp_path, "polling")
        await bot.person(2007, "en").command("start")
        await bot.stop()
    assert caplog.text and TOKEN.split(":")[1] not in caplog.text


async def test_a_push_to_many_chats_keeps_under_telegrams_limits(
    fake: FakeTelegram, engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path
) -> None:
    """The pace on virtual time, which the fake server's limits count too: the real sender and
    aiogram's client, with none of a busy machine's timing in the result. The rate reached on
    the wall clock is benchmarks/telegram_push.py's to measure."""
    rate = 150.0
    fake.limits = Limits(per_second=int(rate * 1.2), chat_burst=3, chat_per_second=1.0)
    time = VirtualTime()
    bot = await running_bot(
        fake, engine, dialogs, tmp_path, "polling", time=time, telegram_messages_per_second=rate
    )
    try:
        messenger = bot.app.messengers["telegram"]
        chats = [str(3000 + n) for n in range(100)]
        await push_to_all(messenger.push, chats)
    finally:
        await bot.stop()
    assert fake.throttled == 0
    assert sum(len(fake.chats[int(chat)]) for chat in chats) == 100
    # The first at once, the other 99 one every 1/150 s.
    assert time.waited == pytest.approx(99 / rate)


async def push_to_all(push, chats: list[str], workers: int = 8) -> None:  # type: ignore[no-untyped-def]
    queue: asyncio.Queue[str] = asyncio.Queue()
    for chat in chats:
        queue.put_nowait(chat)

    async def worker() -> None:
        while not queue.empty():
            chat = queue.get_nowait()
            await push(chat, [Outbound(key="digest", text=f"Digest for {chat}")])

    await asyncio.gather(*(worker() for _ in range(workers)))


async def test_the_pace_holds_when_many_senders_wait_at_once() -> None:
    """Eight pushes in flight, each woken as late as the latest sleeper asked: the pacer's
    arithmetic, not the number of senders, sets the pace."""
    time = VirtualTime()
    pacer = Pacer(per_second=50, clock=time.clock, sleep=time.sleep)
    sent_at: list[float] = []
    chats = iter(range(101))

    async def sender() -> None:
        for chat in chats:
            await pacer.wait(str(chat))
            sent_at.append(time.now)

    await asyncio.gather(*(sender() for _ in range(8)))
    assert len(sent_at) == 101
    assert time.waited == pytest.approx(100 / 50)  # the first at once, then one every 20 ms
    assert all(sum(1 for at in sent_at if start <= at < start + 1) <= 52 for start in sent_at)


async def test_the_pacer_makes_up_for_timers_that_wake_late() -> None:
    now = [0.0]

    async def late_sleep(seconds: float) -> None:
        now[0] += seconds + 0.002  # every sleep overshoots by 2 ms, as loaded machines do

    pacer = Pacer(per_second=100, clock=lambda: now[0], sleep=late_sleep)
    for chat in range(201):
        await pacer.wait(str(chat))
    assert 2.0 <= now[0] <= 2.02  # 200 intervals of 10 ms: the lateness is not added up


async def test_a_cut_connection_is_retried(telegram: RunningBot) -> None:
    telegram.fake.fail("sendMessage", DROP)
    olena = telegram.person(2008, "uk")
    assert len((await olena.command("start")).messages) == 1
    assert [call.status for call in telegram.fake.sent("sendMessage")] == [DROP, 200]


async def test_polling_outlives_a_failing_telegram(polling: RunningBot) -> None:
    polling.fake.fail("getUpdates", 502)
    polling.fake.fail("getUpdates", DROP)
    olena = polling.person(2009, "uk")
    assert (await olena.command("start")).keys == ["onboarding-language"]


async def test_files_arrive_as_documents(telegram: RunningBot) -> None:
    messenger = telegram.app.messengers["telegram"]
    export = Attachment("digest.xlsx", b"PK\x03\x04 spreadsheet", "application/vnd.ms-excel")
    await messenger.push("2010", [Outbound(key="digest", text="Дані", attachment=export)])
    text, document = telegram.fake.chats[2010]
    assert text.text == "Дані"
    assert document.document == ("digest.xlsx", b"PK\x03\x04 spreadsheet")
