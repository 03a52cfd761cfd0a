"""A bot that dies and comes back: `python -m bot run` processes killed by SIGKILL on one SQLite
database, and what exactly-once means for them (a clean replay of the same updates).

Shared by the crash tests and the robustness suite (benchmarks/robustness).
"""

from __future__ import annotations

import asyncio
import json
import os
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
from tests.channels.telegram.fake_server import TOKEN, FakeTelegram
from tests.conftest import Clock, make_dialogs
from tests.outbox import outbox_drained

REPO = Path(__file__).resolve().parents[3]
PSEUDONYM_KEY = "crash-test-pseudonym-key-0123456789"
# A bot process gets this long to start and take an update in: a bound for a process that hung,
# not a speed. Its cold start imports for about a second on a quiet machine and took over 30 s
# while two suites and a fuzzing run shared the two cores.
PROCESS_SECONDS = 90


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
            Step("type", "7", "menu-main", language),  # "back", typed
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
        # These processes are about Telegram; a dashboard of each would contend for its port.
        "DASHBOARD_ENABLED": "false",
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


async def final_state(database: Path) -> dict[str, Any]:
    """What the crashes could have got wrong: each person's answers and place in the
    conversation (sorted, as pseudonyms differ between databases), and the updates handled."""
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        async with create_sessionmaker(engine)() as session:
            rows = await session.execute(
                select(Participant, ConversationState).outerjoin(
                    ConversationState, ConversationState.participant_id == Participant.id
                )
            )
            people = sorted(
                (
                    (
                        participant.locale,
                        participant.consent,
                        participant.migration_experience,
                        participant.district,
                    ),
                    None if state is None else (state.flow, state.step, state.version),
                )
                for participant, state in rows.tuples()
            )
            handled = set(await session.scalars(select(ProcessedUpdate.key)))
    finally:
        await engine.dispose()
    return {"people": people, "handled": handled}


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


async def until_outbox_empty(database: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        await outbox_drained(engine, "telegram", PROCESS_SECONDS)
    finally:
        await engine.dispose()
