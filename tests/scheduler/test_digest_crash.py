"""SIGKILL between the digest's commit and its sending: a real bot started afterwards sends it.

The scheduled run records each (organiser, period) and queues the digest in the outbox in one
transaction; the process dies right after. A `python -m bot run` on the same database sends the
whole digest through Telegram once, and a later run queues nothing more.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.channels.telegram import render
from bot.digest.data import DigestConfig
from bot.digest.delivery import DigestSender
from bot.digest.maker import DigestMaker
from bot.digest.schedule import DigestSchedule
from dialogs.engine import utc_now
from dialogs.i18n import Translator
from dialogs.outbox import Outbox
from storage import migrate
from storage.db import create_engine, create_sessionmaker
from storage.models import Organiser
from tests.channels.telegram.fake_server import FakeTelegram
from tests.channels.telegram.lives import PROCESS_SECONDS, REPO, bot_env
from tests.outbox import outbox_drained, waiting

ORGANISER_CHAT = 777
DIGEST = [
    "digest-participation",
    "digest-survey",
    "digest-ideas",
    "digest-chart-caption",
    "digest-workbook-caption",
]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.close()


async def python(env: dict[str, str], cwd: Path, *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *args,
        env=env,
        cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def test_a_digest_committed_before_a_kill_is_sent_after_the_restart_once(
    fake: FakeTelegram, tmp_path: Path, translator: Translator
) -> None:
    database = tmp_path / "crash.sqlite3"
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        await migrate.upgrade(engine)
        sessionmaker = create_sessionmaker(engine)
        async with sessionmaker() as session, session.begin():
            session.add(
                Organiser(
                    participant_key="organiser",
                    channel="telegram",
                    address=str(ORGANISER_CHAT),
                    name="Organiser",
                    locale="en",
                    created_at=utc_now() - timedelta(days=60),
                )
            )
        env = bot_env(fake, database, tmp_path / "data")

        dying = await python(env, REPO, "-m", "tests.scheduler.digest_then_die")
        output, _ = await asyncio.wait_for(dying.communicate(), PROCESS_SECONDS)
        assert dying.returncode == -signal.SIGKILL
        assert output.decode().strip() == "1"
        queued = await waiting(engine)
        assert [outbound.key for outbound in queued] == DIGEST  # committed, not one sent
        assert fake.chats == {}
        calls = [call for o in queued for call in render.messages(ORGANISER_CHAT, o)]

        bot = await python(env, tmp_path, "-m", "bot", "run")
        try:
            await outbox_drained(engine, "telegram", PROCESS_SECONDS)
        finally:
            bot.kill()
            await bot.wait()
        chat = fake.chats[ORGANISER_CHAT]
        assert len(chat) == len(calls)  # every part of the digest, once
        texts = [m.text for m in chat if m.text is not None]
        assert len(set(texts)) == len(texts)
        files = [m.document[0] for m in chat if m.document is not None]
        assert [Path(name).suffix for name in files] == [".png", ".xlsx"]

        # The catch-up run of the restarted bot finds the period recorded: nothing more.
        maker = DigestMaker(
            translator, DigestConfig(), DigestSchedule("0 9 * * 1", "Europe/Warsaw")
        )
        again = DigestSender(sessionmaker, maker, {"telegram": object()}, Outbox())  # type: ignore[dict-item]
        assert await again.deliver_due(utc_now()) == 0
    finally:
        await engine.dispose()
