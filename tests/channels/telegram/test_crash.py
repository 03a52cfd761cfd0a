"""Killed at random moments while a person answers, restarted on the same database and server:
every answer Telegram delivered is applied exactly once, every reply arrives, and the person goes
on where they were. A reply is sent twice only when Telegram took it just before the kill, before
the bot could mark it sent.

The first life is a cold `python -m bot run`; the restarts are forked from a process that has
already imported the bot (see zygote.py), so that twenty-odd restarts fit in seconds.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram.types import Update
from sqlalchemy import select

from bot.channels.telegram import adapter
from bot.channels.telegram.taps import OptionTap
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import migrate
from storage.db import create_engine, create_sessionmaker
from storage.models import ConversationState, Participant, ProcessedUpdate
from storage.pseudonyms import Pseudonymizer
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import TOKEN, FakeTelegram, Sent
from tests.channels.telegram.person import data_for
from tests.conftest import Clock, make_dialogs
from tests.outbox import outbox_drained

REPO = Path(__file__).resolve().parents[3]
PSEUDONYM_KEY = "crash-test-pseudonym-key-0123456789"
USER = 4242
PROCESS_SECONDS = 30  # a bot process gets this long to start and take an update in


@dataclass(frozen=True)
class Step:
    kind: str  # "command", "tap" or "type"
    value: str
    asks: str  # the question that must come next
    reads: str  # the language the person reads from then on


def script() -> list[Step]:
    steps = [
        Step("command", "start", "onboarding-language", "uk"),
        Step("tap", "uk", "onboarding-consent", "uk"),
        Step("tap", "yes", "onboarding-migration", "uk"),
        Step("type", "2", "onboarding-district", "uk"),  # "no", typed as the option's number
        Step("tap", "wola", "menu-main", "uk"),
    ]
    reads = "uk"
    for language in ("en", "pl", "ru", "uk"):
        steps += [
            Step("tap", "settings", "menu-settings", reads),
            Step("tap", "language", "rights-language-choose", reads),
            Step("tap", language, "menu-settings", language),
            Step("type", "6", "menu-main", language),  # "back", typed
        ]
        reads = language
    return steps


class Lives:
    """The bot's successive processes: one cold start, then forks from the zygote."""

    def __init__(self, env: dict[str, str], cwd: Path, log: Any) -> None:
        self.env, self.cwd, self.log = env, cwd, log
        self.cold: asyncio.subprocess.Process | None = None
        self.zygote: asyncio.subprocess.Process | None = None
        self.child: int | None = None
        self.kills = 0

    async def start(self) -> None:
        self.cold = await self._python("-m", "bot", "run")
        self.zygote = await self._python("-m", "tests.channels.telegram.zygote", pipes=True)
        assert await self._ask(None) == "ready"

    async def kill_and_restart(self) -> None:
        if self.cold is not None:
            self.cold.kill()
            await self.cold.wait()
            self.cold = None
        elif self.child is not None:
            assert await self._ask(f"kill {self.child}") == "killed"
        self.kills += 1
        self.child = int(await self._ask("spawn"))

    async def stop(self) -> None:
        if self.cold is not None:
            self.cold.kill()
            await self.cold.wait()
        if self.zygote is not None:
            assert self.zygote.stdin is not None
            self.zygote.stdin.close()
            try:
                await asyncio.wait_for(self.zygote.wait(), 10)
            except TimeoutError:
                self.zygote.kill()
                await self.zygote.wait()

    async def _python(self, *args: str, pipes: bool = False) -> asyncio.subprocess.Process:
        pipe = asyncio.subprocess.PIPE if pipes else asyncio.subprocess.DEVNULL
        return await asyncio.create_subprocess_exec(
            sys.executable,
            *args,
            env=self.env,
            cwd=self.cwd,
            stdin=pipe,
            stdout=pipe,
            stderr=self.log,
        )

    async def _ask(self, line: str | None) -> str:
        assert self.zygote is not None and self.zygote.stdin and self.zygote.stdout
        if line is not None:
            self.zygote.stdin.write(f"{line}\n".encode())
            await self.zygote.stdin.drain()
        answer = await asyncio.wait_for(self.zygote.stdout.readline(), PROCESS_SECONDS)
        return answer.decode().strip()


def bot_env(fake: FakeTelegram, database: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    return env | {
        "PYTHONPATH": str(REPO),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE": fake.url,
        "TELEGRAM_MESSAGES_PER_SECOND": "1000",
        "TELEGRAM_CHAT_MESSAGES_PER_SECOND": "1000",
        "TELEGRAM_CHAT_BURST": "100",
        "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "DATA_DIR": str(data),
        "PSEUDONYM_KEY": PSEUDONYM_KEY,
        "LOG_LEVEL": "WARNING",
    }


async def test_killed_at_random_moments_nothing_is_lost_or_applied_twice(
    fake: FakeTelegram, tmp_path: Path, translator: Translator
) -> None:
    rng = random.Random(2026)
    database = tmp_path / "crash.sqlite3"
    sender = updates.user(USER, "uk")
    delivered: list[dict[str, Any]] = []
    question: Sent | None = None

    async def deliver(update: dict[str, Any], kill: bool) -> list[Sent]:
        """Hand the update to Telegram; maybe kill the bot meanwhile; wait until it is handled."""
        before = len(fake.chats.get(USER, []))
        [update_id] = await fake.queue(update)
        delivered.append(update)
        if kill:
            await asyncio.sleep(rng.uniform(0, 0.08))
            await lives.kill_and_restart()
        await fake.until(lambda: fake.confirmed > update_id, PROCESS_SECONDS)
        await until_outbox_empty(database)  # its replies, queued when it was taken, are out
        return fake.chats.get(USER, [])[before:]

    with (tmp_path / "bot.log").open("wb") as log:
        lives = Lives(bot_env(fake, database, tmp_path / "data"), tmp_path, log)
        await lives.start()
        try:
            await fake.until(fake.polled, PROCESS_SECONDS)  # `python -m bot run` is up
            for step in script():
                if step.kind == "tap":
                    assert question is not None
                    update = updates.tap(sender, question, data_for(question, step.value))
                elif step.kind == "command":
                    update = updates.text(sender, f"/{step.value}")
                else:
                    update = updates.text(sender, step.value)
                arrived = await deliver(update, kill=True)
                asked = [message for message in arrived if message.keyboard]
                assert asked, f"no reply arrived to {step}"
                question = asked[-1]
                # A short text before the question rides in the same message.
                assert (question.text or "").endswith(translator(step.reads, step.asks)), step
        finally:
            await lives.stop()

    assert lives.kills >= 20
    # Each kill can double at most the one message Telegram took as the bot died.
    texts = [message.text for message in fake.chats[USER]]
    doubled = sum(1 for a, b in itertools.pairwise(texts) if a == b)
    assert doubled <= lives.kills
    crashed = await final_state(database)
    assert crashed["handled"] == {
        Pseudonymizer(PSEUDONYM_KEY.encode()).update_key("telegram", str(u["update_id"]))
        for u in delivered
    }
    replayed = await replay(delivered, tmp_path / "replay.sqlite3", translator)
    assert crashed["participant"] == replayed["participant"]
    assert crashed["state"] == replayed["state"]
    assert crashed["participant"] == ("uk", "given", "no", "wola")


async def final_state(database: Path) -> dict[str, Any]:
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        async with create_sessionmaker(engine)() as session:
            [participant] = list(await session.scalars(select(Participant)))
            state = await session.scalar(select(ConversationState))
            handled = set(await session.scalars(select(ProcessedUpdate.key)))
    finally:
        await engine.dispose()
    assert state is not None
    return {
        "participant": (
            participant.locale,
            participant.consent,
            participant.migration_experience,
            participant.district,
        ),
        "state": (state.flow, state.step, state.version),
        "handled": handled,
    }


async def replay(
    delivered: list[dict[str, Any]], database: Path, translator: Translator
) -> dict[str, Any]:
    """The same updates, each once, straight into fresh dialogs: what exactly-once looks like."""
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        await migrate.upgrade(engine)
        dialogs: Dialogs = make_dialogs(engine, translator, Clock())
        for raw in delivered:
            update = Update.model_validate(json.loads(json.dumps(raw)))
            if update.callback_query is not None:
                query = update.callback_query
                tap = OptionTap.unpack(query.data or "")
                await dialogs.handle(adapter.from_tap(query, tap, update.update_id))
            else:
                assert update.message is not None
                await dialogs.handle(adapter.from_message(update.message, update.update_id))
    finally:
        await engine.dispose()
    return await final_state(database)


# --- replies decided before the kill ----------------------------------------------------------

TYPED = ["/start", "Українська", "1"]  # typed, not tapped: no button is needed to answer
# The messages the person reads, each as the message keys joined in it: a short text rides in
# the next question's message ("thank you" before the next question).
ANSWERED = [
    ("onboarding-language",),
    ("rights-privacy-notice", "onboarding-consent"),
    ("onboarding-consent-thanks", "onboarding-migration"),
]


def read(translator: Translator, keys: tuple[str, ...], messenger: str = "telegram") -> str:
    """A message's text as the person reads it, in Ukrainian, on this messenger."""
    shared = {"messenger": messenger, "organisation": "none", "contact": "none", "days": 365}
    return "\n\n".join(translator("uk", key, **shared) for key in keys)


def stall_sends(fake: FakeTelegram, *, after_storing: bool) -> Callable[[], None]:
    """sendMessage hangs: before the message reaches the chat, or after (the answer is lost).

    Returns what undoes it. A stalled call of a killed bot is cancelled with its connection.
    """
    original = fake._api_sendMessage
    stuck = asyncio.Event()

    async def stalled(params: dict[str, Any]) -> dict[str, Any]:
        if after_storing:
            result = await original(params)
            await stuck.wait()
            return result
        await stuck.wait()
        raise AssertionError("a stalled send must not be answered")

    fake._api_sendMessage = stalled  # type: ignore[method-assign]

    def undo() -> None:
        fake._api_sendMessage = original  # type: ignore[method-assign]

    return undo


async def killed_after_deciding(
    fake: FakeTelegram, tmp_path: Path, *, accepted_first: bool
) -> list[Sent]:
    """The person types three answers; all are committed, their replies stuck; then SIGKILL.

    Returns what the chat shows once a new process has started on the same database.
    """
    sender = updates.user(USER, "uk")
    database = tmp_path / "crash.sqlite3"
    undo = stall_sends(fake, after_storing=accepted_first)
    with (tmp_path / "bot.log").open("wb") as log:
        lives = Lives(bot_env(fake, database, tmp_path / "data"), tmp_path, log)
        await lives.start()
        try:
            await fake.until(fake.polled, PROCESS_SECONDS)
            for words in TYPED:
                [update_id] = await fake.queue(updates.text(sender, words))
                # Confirmed by the next getUpdates: its transaction, replies included, committed.
                await fake.until(lambda: fake.confirmed > update_id, PROCESS_SECONDS)  # noqa: B023
            await fake.until(lambda: bool(fake.sent("sendMessage")), PROCESS_SECONDS)
            undo()
            await lives.kill_and_restart()
            await fake.until(
                lambda: len(fake.chats.get(USER, [])) >= len(ANSWERED) + accepted_first,
                PROCESS_SECONDS,
            )
            # Long enough for a doubled send to show, were there one: the outbox is empty.
            await until_outbox_empty(database)
        finally:
            await lives.stop()
    return fake.chats[USER]


async def until_outbox_empty(database: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        await outbox_drained(engine, "telegram", PROCESS_SECONDS)
    finally:
        await engine.dispose()


async def test_replies_decided_before_a_kill_arrive_after_the_restart_once(
    fake: FakeTelegram, tmp_path: Path, translator: Translator
) -> None:
    chat = await killed_after_deciding(fake, tmp_path, accepted_first=False)
    assert [m.text for m in chat] == [read(translator, keys) for keys in ANSWERED]


async def test_only_a_message_telegram_took_as_the_bot_died_comes_twice(
    fake: FakeTelegram, tmp_path: Path, translator: Translator
) -> None:
    """The remaining duplicate window: Telegram has the message, the bot died before noting it."""
    chat = await killed_after_deciding(fake, tmp_path, accepted_first=True)
    first, *rest = [read(translator, keys) for keys in ANSWERED]
    assert [m.text for m in chat] == [first, first, *rest]
