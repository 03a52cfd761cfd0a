"""Killed at random moments while a person answers, restarted on the same database and server:
every answer Telegram delivered is applied exactly once, and the person goes on where they were.

The first life is a cold `python -m bot run`; the restarts are forked from a process that has
already imported the bot (see zygote.py), so that twenty-odd restarts fit in seconds.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
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
                if not asked:
                    # The bot died after committing, before its reply went out; the update is
                    # not applied again, so the person asks where they are, as people do.
                    arrived = await deliver(updates.text(sender, "/help"), kill=False)
                    asked = [message for message in arrived if message.keyboard]
                question = asked[-1]
                # A short text before the question rides in the same message.
                assert (question.text or "").endswith(translator(step.reads, step.asks)), step
        finally:
            await lives.stop()

    assert lives.kills >= 20
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
