"""The pacer on a fake clock: overall rate, per-chat spacing after a burst, server pauses."""

from __future__ import annotations

from bot.channels import pacing
from bot.channels.pacing import Pacer
from tests.channels.virtual_time import VirtualTime


def make(fake: VirtualTime, **kwargs: float) -> Pacer:
    return Pacer(clock=fake.clock, sleep=fake.sleep, **kwargs)  # type: ignore[arg-type]


async def test_many_chats_are_sent_at_the_overall_rate() -> None:
    fake = VirtualTime()
    pacer = make(fake, per_second=20)
    for chat in range(200):
        await pacer.wait(str(chat))
    assert 9.9 <= fake.now - 100.0 <= 10.0  # 200 messages at 20/s, the first at once


async def test_one_chat_gets_a_short_burst_then_one_per_second() -> None:
    fake = VirtualTime()
    pacer = make(fake, per_second=30, per_chat_per_second=1, per_chat_burst=3)
    sent_at = []
    for _ in range(6):
        await pacer.wait("olena")
        sent_at.append(round(fake.now - 100.0, 2))
    assert sent_at[3:] == [1.0, 2.0, 3.0]
    assert sent_at[2] < 0.1


async def test_a_server_pause_holds_every_chat() -> None:
    fake = VirtualTime()
    pacer = make(fake)
    pacer.pause(5)
    await pacer.wait("a")
    assert fake.now >= 105.0


async def test_idle_chats_are_forgotten(monkeypatch: object) -> None:
    fake = VirtualTime()
    pacer = make(fake, per_second=1000)
    monkeypatch.setattr(pacing, "MAX_TRACKED_CHATS", 50)  # type: ignore[attr-defined]
    for chat in range(50):
        await pacer.wait(str(chat))
    fake.now += 10
    await pacer.wait("new")
    assert len(pacer) == 1
