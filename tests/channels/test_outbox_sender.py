"""The outbox sender: woken by a commit, each chat in order, chats independent, leftovers sent."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.outbox_sender import OutboxSender
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from dialogs.messages import Outbound
from storage import migrate, outbox
from storage.db import create_engine
from tests.conftest import Clock, make_dialogs
from tests.outbox import outbox_drained, waiting_keys
from tests.transcript import Person

# Longer than any test: only a wake-up can make these senders look.
NEVER = 3600.0


@dataclass
class Recorder:
    channel: str = "test"
    received: list[tuple[str, str]] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    slow: asyncio.Event | None = None  # while set-able and unset, every send waits for it
    broken: set[str] = field(default_factory=set)

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        if self.slow is not None:
            await self.slow.wait()
        if address in self.broken:
            raise ConnectionError("this chat's server is down")
        self.received.extend((address, outbound.key) for outbound in outbounds)
        self.arrived.set()

    def keys_to(self, address: str) -> list[str]:
        return [key for to, key in self.received if to == address]

    async def until(self, count: int) -> None:
        async with asyncio.timeout(10):
            while len(self.received) < count:
                self.arrived.clear()
                await self.arrived.wait()


@contextlib.asynccontextmanager
async def running(dialogs: Dialogs, recorder: Recorder) -> AsyncIterator[OutboxSender]:
    sender = OutboxSender(dialogs.sessionmaker, dialogs.outbox, recorder, sweep_seconds=NEVER)
    task = asyncio.create_task(sender.run())
    try:
        yield sender
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def test_a_commit_wakes_the_sender_at_once(dialogs: Dialogs) -> None:
    recorder = Recorder()
    async with running(dialogs, recorder):
        await asyncio.sleep(0)  # the sender has looked once and now waits
        await Person(dialogs, "olena", "uk").command("start")
        await recorder.until(1)  # no sweep comes in this test: only the wake-up sends it
    assert recorder.keys_to("olena") == ["onboarding-language"]


async def test_what_an_earlier_process_left_unsent_goes_out_at_start(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = Person(dialogs, "olena", "uk")
    await person.command("start")
    await person.taps("uk")  # decided and committed; that process died before sending
    recorder = Recorder()
    async with running(dialogs, recorder):
        await outbox_drained(engine, "test")  # no sweep comes: the start finds them
    # The notice rides in the question's message.
    assert recorder.keys_to("olena") == [
        "onboarding-language",
        "rights-privacy-notice+onboarding-consent",
    ]


async def test_one_chat_keeps_its_order_while_its_sends_are_slow(dialogs: Dialogs) -> None:
    person = Person(dialogs, "olena", "uk")
    recorder = Recorder(slow=asyncio.Event())
    async with running(dialogs, recorder):
        await person.command("start")
        await person.taps("uk")  # queued while the first reply is still being sent
        await person.taps("yes")
        assert recorder.received == []
        recorder.slow.set()  # type: ignore[union-attr]
        await recorder.until(3)
    assert recorder.keys_to("olena") == [
        "onboarding-language",
        "rights-privacy-notice+onboarding-consent",
        "onboarding-consent-thanks+onboarding-migration",
    ]


async def test_many_chats_at_once_each_get_every_message_once_in_order(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    people = [Person(dialogs, f"person-{n}", "uk") for n in range(30)]
    recorder = Recorder(slow=asyncio.Event())
    async with running(dialogs, recorder):
        for person in people:
            await person.command("start")
        for person in people:  # committed while every chat is still busy with its first reply
            await person.taps("uk")
        recorder.slow.set()  # type: ignore[union-attr]
        await recorder.until(60)
        await outbox_drained(engine, "test")
    for person in people:
        assert recorder.keys_to(person.user_id) == [
            "onboarding-language",
            "rights-privacy-notice+onboarding-consent",
        ]
    assert len(recorder.received) == 60


async def test_a_chat_that_fails_waits_without_holding_up_the_others(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    recorder = Recorder(broken={"ivan"})
    sender = OutboxSender(dialogs.sessionmaker, dialogs.outbox, recorder)
    await Person(dialogs, "ivan", "ru").command("start")
    await Person(dialogs, "olena", "uk").command("start")
    await sender.drain()
    assert recorder.keys_to("olena") == ["onboarding-language"]
    # Ivan's message stays, for the next sweep, which finds his chat working again.
    assert await waiting_keys(engine, "ivan") == ["onboarding-language"]
    recorder.broken.clear()
    await sender.drain()
    assert recorder.keys_to("ivan") == ["onboarding-language"]


async def test_a_database_failure_rests_the_chat_and_the_sender_goes_on(
    dialogs: Dialogs, engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder()
    mark_sent = outbox.mark_sent
    failures = [OperationalError("UPDATE outbox", {}, Exception("database is locked"))]

    async def flaky(*args: Any) -> None:
        if failures:
            raise failures.pop()
        await mark_sent(*args)

    monkeypatch.setattr(outbox, "mark_sent", flaky)
    sender = OutboxSender(dialogs.sessionmaker, dialogs.outbox, recorder)
    await Person(dialogs, "olena", "uk").command("start")
    await sender.drain()  # sent; noting it fails: no exception escapes, the chat waits
    assert await waiting_keys(engine) == ["onboarding-language"]
    await sender.drain()  # the next sweep
    assert await waiting_keys(engine) == []
    # Sent, but the mark failed: the duplicate window, as when the process dies there.
    assert recorder.keys_to("olena") == ["onboarding-language", "onboarding-language"]


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_of_two_processes_on_postgresql_one_sends_and_the_other_takes_over(
    any_db_url: str, translator: Translator, clock: Clock
) -> None:
    engines = [create_engine(any_db_url) for _ in range(2)]
    tasks: list[asyncio.Task[None]] = []
    try:
        await migrate.upgrade(engines[0])
        workers = [make_dialogs(engine, translator, clock) for engine in engines]
        recorders = [Recorder(), Recorder()]
        senders = [
            OutboxSender(w.sessionmaker, w.outbox, r, sweep_seconds=0.05)
            for w, r in zip(workers, recorders, strict=True)
        ]
        tasks.extend(asyncio.create_task(sender.run()) for sender in senders)
        for n in range(6):  # written by both processes
            await Person(workers[n % 2], f"person-{n}", "uk").command("start")
        await received(recorders, 6)
        await outbox_drained(engines[0], "test")  # and noted as sent
        [holder] = [i for i, recorder in enumerate(recorders) if recorder.received]
        assert len(recorders[holder].received) == 6  # one sender, each message once

        await stop(tasks[holder])  # that process ends, and its lock with it
        await Person(workers[holder], "late", "uk").command("start")
        await received(recorders, 7)
        assert recorders[1 - holder].keys_to("late") == ["onboarding-language"]
    finally:
        for task in tasks:
            await stop(task)
        for engine in engines:
            await engine.dispose()


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_a_reply_decided_in_another_process_goes_out_at_once(
    any_db_url: str, translator: Translator, clock: Clock
) -> None:
    """No sweep comes in this test: only the writer's NOTIFY can wake the sending process."""
    engines = [create_engine(any_db_url) for _ in range(2)]
    tasks: list[asyncio.Task[None]] = []
    try:
        await migrate.upgrade(engines[0])
        workers = [make_dialogs(engine, translator, clock) for engine in engines]
        recorders = [Recorder(), Recorder()]
        senders = [
            OutboxSender(w.sessionmaker, w.outbox, r, sweep_seconds=NEVER)
            for w, r in zip(workers, recorders, strict=True)
        ]
        tasks.extend(asyncio.create_task(sender.run()) for sender in senders)
        for n in range(6):  # written by both processes
            await Person(workers[n % 2], f"person-{n}", "uk").command("start")
            await received(recorders, n + 1)
        [holder] = [i for i, recorder in enumerate(recorders) if recorder.received]
        assert len(recorders[holder].received) == 6
    finally:
        for task in tasks:
            await stop(task)
        for engine in engines:
            await engine.dispose()


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def received(recorders: list[Recorder], count: int) -> None:
    async with asyncio.timeout(15):
        while True:
            if sum(len(recorder.received) for recorder in recorders) >= count:
                return
            await asyncio.sleep(0.01)
