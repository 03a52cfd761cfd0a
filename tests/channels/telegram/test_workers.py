"""`dialog-bot run --workers N` on PostgreSQL: real processes sharing the webhook port.

People walk through onboarding and settings at the same time, their updates spread over the
workers (each POST on a connection of its own, as Telegram's parallel connections are), and
every update is posted twice at once, as a re-delivery racing the first would be: each person
reads every question once and in order, and each update is handled once. Then the worker that
sends the outbox is killed: another takes over and nothing is lost.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientError, ClientSession, TCPConnector
from sqlalchemy import func, select, text

from dialogs.i18n import Translator
from storage.advisory import advisory_key
from storage.db import create_engine
from storage.models import ProcessedUpdate
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import FakeTelegram, Sent
from tests.channels.telegram.harness import WEBHOOK_SECRET, free_port
from tests.channels.telegram.lives import Step, bot_env, script
from tests.channels.telegram.person import data_for
from tests.outbox import outbox_drained

PROCESS_SECONDS = 60  # workers get this long to start, and a reply this long to arrive
PEOPLE = 4
RETRIES = 50
SENDER_OF = text(
    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
    "AND l.classid::bigint = :high AND l.objid::bigint = :low"
)


class Workers:
    """`python -m bot run --workers N` as an operator starts it, in a process of its own."""

    def __init__(self, count: int, env: dict[str, str], cwd: Path, log: Any) -> None:
        self.count, self.env, self.cwd, self.log = count, env, cwd, log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, fake: FakeTelegram) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            *("-m", "bot", "run", "--workers", str(self.count)),
            env=self.env,
            cwd=self.cwd,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=self.log,
        )
        # Each worker listens before it sets the webhook.
        await fake.until(lambda: len(fake.sent("setWebhook")) >= self.count, PROCESS_SECONDS)

    async def until_running(self, gone: int) -> None:
        """Return once `count` workers run again, `gone` not among them."""
        assert self.process is not None
        pid = self.process.pid
        children = f"/proc/{pid}/task/{pid}/children"
        async with asyncio.timeout(PROCESS_SECONDS):
            while True:
                listed = await asyncio.to_thread(Path(children).read_text)
                running = {int(child) for child in listed.split()}
                if len(running) == self.count and gone not in running:
                    return
                await asyncio.sleep(0.1)

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.terminate()
        try:
            await asyncio.wait_for(self.process.wait(), 20)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()


class Telegram:
    """Posts updates to the webhook, each on a fresh connection, so the kernel spreads them."""

    def __init__(self, fake: FakeTelegram, url: str) -> None:
        self.fake, self.url = fake, url
        self.ids = itertools.count(5000)
        self.posted: set[int] = set()
        self.retried = 0
        self.client = ClientSession(connector=TCPConnector(force_close=True))

    async def post_twice(self, update: dict[str, Any]) -> None:
        update["update_id"] = next(self.ids)
        self.posted.add(update["update_id"])
        statuses = await asyncio.gather(self._post(update), self._post(update))
        assert statuses == [200, 200]

    async def _post(self, update: dict[str, Any]) -> int:
        """Delivered until answered, as Telegram does: a worker killed with connections waiting
        in its queue resets them, and Telegram tries again."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        for _ in range(RETRIES):
            try:
                async with self.client.post(self.url, json=update, headers=headers) as reply:
                    await reply.read()
                    return reply.status
            except ClientError:
                self.retried += 1
                await asyncio.sleep(0.1)
        raise AssertionError("the webhook never answered")


def workers_env(fake: FakeTelegram, database_url: str, data: Path) -> tuple[dict[str, str], str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    env = bot_env(fake, data / "unused.sqlite3", data) | {
        "DATABASE_URL": database_url,
        "TELEGRAM_MODE": "webhook",
        "WEBHOOK_URL": url,
        "WEBHOOK_SECRET": WEBHOOK_SECRET,
        "WEBHOOK_PORT": str(port),
    }
    return env, url


async def walk(
    fake: FakeTelegram,
    telegram: Telegram,
    translator: Translator,
    user_id: int,
    steps: list[Step],
    question: Sent | None = None,
) -> tuple[list[list[str]], Sent | None]:
    """One person's steps, each posted twice at once, each waiting for its question.

    Returns the texts each step brought, as they arrived (a tap later edits its message), and
    the last question.
    """
    sender = updates.user(user_id, "uk")
    arrived: list[list[str]] = []
    for step in steps:
        if step.kind == "tap":
            assert question is not None
            update = updates.tap(sender, question, data_for(question, step.value))
        else:
            update = updates.text(
                sender, f"/{step.value}" if step.kind == "command" else step.value
            )
        before = len(fake.chats.get(user_id, []))
        await telegram.post_twice(update)
        asks = translator(step.reads, step.asks)

        def asked(before: int = before, asks: str = asks) -> bool:
            new = fake.chats.get(user_id, [])[before:]
            return any(m.keyboard and (m.text or "").endswith(asks) for m in new)

        await fake.until(asked, PROCESS_SECONDS)
        new = fake.chats[user_id][before:]
        arrived.append([m.text or "" for m in new])
        question = [m for m in new if m.keyboard][-1]
    return arrived, question


def read_in_order(arrived: list[list[str]], asks: list[str]) -> bool:
    """Each step brought one message, ending with its question (a short text may ride in it)."""
    return [len(texts) for texts in arrived] == [1] * len(asks) and all(
        texts[0].endswith(ask) for texts, ask in zip(arrived, asks, strict=True)
    )


async def settled(database_url: str) -> None:
    """Nothing left to send: any doubled message would have arrived by now."""
    engine = create_engine(database_url)
    try:
        await outbox_drained(engine, "telegram", PROCESS_SECONDS)
    finally:
        await engine.dispose()


async def handled(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return int(await connection.scalar(select(func.count(ProcessedUpdate.id))) or 0)
    finally:
        await engine.dispose()


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("count", [2, 3])
async def test_people_walk_through_several_workers_in_order_and_once(
    any_db_url: str, count: int, fake: FakeTelegram, tmp_path: Path, translator: Translator
) -> None:
    env, url = workers_env(fake, any_db_url, tmp_path / "data")
    steps = script()
    telegram = Telegram(fake, url)
    with (tmp_path / "bot.log").open("wb") as log:
        workers = Workers(count, env, tmp_path, log)
        try:
            await workers.start(fake)
            people = range(1, PEOPLE + 1)
            walks = await asyncio.gather(
                *(walk(fake, telegram, translator, p, steps) for p in people)
            )
            await settled(any_db_url)
        finally:
            await telegram.client.close()
            await workers.stop()
    asks = [translator(step.reads, step.asks) for step in steps]
    for person, (arrived, _question) in zip(people, walks, strict=True):
        assert read_in_order(arrived, asks), person
        assert len(fake.chats[person]) == len(steps)  # nothing came later, nothing twice
    assert await handled(any_db_url) == len(telegram.posted) == PEOPLE * len(steps)


async def sending_worker(database_url: str) -> int:
    """The pid of the worker holding the Telegram outbox's sender lock."""
    unsigned = advisory_key("outbox:telegram") & (2**64 - 1)
    engine = create_engine(database_url)
    try:
        async with asyncio.timeout(PROCESS_SECONDS):
            while True:
                async with engine.connect() as connection:
                    name = await connection.scalar(
                        SENDER_OF, {"high": unsigned >> 32, "low": unsigned & 0xFFFFFFFF}
                    )
                if name is not None:
                    return int(name.removeprefix("dialog-bot "))
                await asyncio.sleep(0.1)
    finally:
        await engine.dispose()


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
async def test_when_the_sending_worker_is_killed_another_sends_and_nothing_is_lost(
    any_db_url: str, fake: FakeTelegram, tmp_path: Path, translator: Translator
) -> None:
    env, url = workers_env(fake, any_db_url, tmp_path / "data")
    steps = script()
    first, rest = steps[:5], steps[5:]
    telegram = Telegram(fake, url)
    people = range(1, PEOPLE + 1)
    with (tmp_path / "bot.log").open("wb") as log:
        workers = Workers(2, env, tmp_path, log)
        try:
            await workers.start(fake)
            before = await asyncio.gather(
                *(walk(fake, telegram, translator, p, first) for p in people)
            )
            sender = await sending_worker(any_db_url)
            os.kill(sender, signal.SIGKILL)
            # Its lock went with its connection: the other worker, or the one started in its
            # place, sends the replies to what comes next.
            after = await asyncio.gather(
                *(
                    walk(fake, telegram, translator, p, rest, question)
                    for p, (_arrived, question) in zip(people, before, strict=True)
                )
            )
            assert await sending_worker(any_db_url) != sender
            await settled(any_db_url)
            # And `run --workers 2` started a worker in the killed one's place.
            await workers.until_running(sender)
        finally:
            await telegram.client.close()
            await workers.stop()
    asks = [translator(step.reads, step.asks) for step in steps]
    for person, (earlier, _), (later, _) in zip(people, before, after, strict=True):
        # The documented window: a message Telegram took just before the kill, not yet marked
        # sent, is sent once more by the next sender, ahead of what follows. Nothing else.
        doubled = bool(earlier and later and len(later[0]) > 1 and later[0][0] == earlier[-1][-1])
        if doubled:
            later = [later[0][1:], *later[1:]]
        assert read_in_order(earlier + later, asks), person
        assert len(fake.chats[person]) == len(steps) + doubled
    assert await handled(any_db_url) == len(telegram.posted)
