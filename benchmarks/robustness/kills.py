"""Part 2: SIGKILLs at random moments while several people talk to real bot processes.

Each round, every person sends their next step of the conversation (tests/channels/telegram/
lives.py: onboarding, then round after round of language changes); the bot is killed at a random
moment after the updates reach Telegram and restarted on the same SQLite database. Counted:
answers Telegram delivered that the database never applied (lost answers), questions that never
arrived (lost replies), state versions beyond a clean replay (answers applied twice), and
messages that came twice, inside the documented window (Telegram accepted the first copy just
before the kill) or outside it.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dialogs.i18n import Translator
from storage.pseudonyms import Pseudonymizer
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import FakeTelegram, Sent
from tests.channels.telegram.lives import (
    PROCESS_SECONDS,
    PSEUDONYM_KEY,
    Lives,
    Step,
    bot_env,
    final_state,
    replay,
    script,
    until_outbox_empty,
)
from tests.channels.telegram.person import data_for

ONBOARDING = 5  # the script's first steps; the rest repeats
FIRST_USER = 5000


@dataclass
class KillFigures:
    kills: int = 0
    people: int = 0
    updates: int = 0
    seconds: float = 0.0
    lost_answers: int = 0
    lost_replies: int = 0
    doubled_answers: int = 0
    doubled_in_window: int = 0
    doubled_outside_window: int = 0
    replay_equal: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass
class Talker:
    user_id: int
    done: list[Step] = field(default_factory=list)
    question: Sent | None = None

    def next_step(self) -> Step:
        steps = script()
        if len(self.done) < len(steps):
            step = steps[len(self.done)]
        else:
            loop = steps[ONBOARDING:]
            step = loop[(len(self.done) - ONBOARDING) % len(loop)]
        self.done.append(step)
        return step

    def update(self, step: Step) -> dict[str, Any]:
        sender = updates.user(self.user_id, "uk")
        if step.kind == "tap":
            assert self.question is not None
            return updates.tap(sender, self.question, data_for(self.question, step.value))
        words = f"/{step.value}" if step.kind == "command" else step.value
        return updates.text(sender, words)


async def run(kills: int, people: int, seed: int, seconds: float) -> KillFigures:
    figures = KillFigures(people=people)
    rng = random.Random(seed)
    translator = Translator(strict=True)
    talkers = [Talker(FIRST_USER + n) for n in range(people)]
    delivered: list[dict[str, Any]] = []
    marks: list[int] = []  # the next message id at each kill
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="robustness-kills-") as name:
        folder = Path(name)
        database = folder / "crash.sqlite3"
        fake = FakeTelegram()
        await fake.start()
        try:
            with (folder / "bot.log").open("wb") as log:
                lives = Lives(bot_env(fake, database, folder / "data"), folder, log)
                await lives.start()
                try:
                    await fake.until(fake.polled, PROCESS_SECONDS)
                    while lives.kills < kills and time.perf_counter() - started < seconds:
                        await _round(
                            fake,
                            lives,
                            database,
                            talkers,
                            rng,
                            delivered,
                            marks,
                            figures,
                            translator,
                        )
                finally:
                    await lives.stop()
            figures.kills = lives.kills
            figures.updates = len(delivered)
            crashed = await final_state(database)
            keys = Pseudonymizer(PSEUDONYM_KEY.encode())
            owed = {keys.update_key("telegram", str(u["update_id"])) for u in delivered}
            figures.lost_answers = len(owed - crashed["handled"])
            replayed = await replay(delivered, folder / "replay.sqlite3", translator)
            figures.replay_equal = crashed["people"] == replayed["people"]
            versions = sum(state[2] for _, state in crashed["people"] if state is not None)
            clean = sum(state[2] for _, state in replayed["people"] if state is not None)
            figures.doubled_answers = max(0, versions - clean)
            _doubles(fake, talkers, marks, figures)
        finally:
            await fake.close()
    figures.seconds = time.perf_counter() - started
    return figures


async def _round(
    fake: FakeTelegram,
    lives: Lives,
    database: Path,
    talkers: list[Talker],
    rng: random.Random,
    delivered: list[dict[str, Any]],
    marks: list[int],
    figures: KillFigures,
    translator: Translator,
) -> None:
    """Everyone's next step at once, a kill at a random moment, then what each one got."""
    steps = [talker.next_step() for talker in talkers]
    before = [len(fake.chats.get(t.user_id, [])) for t in talkers]
    batch = [talker.update(step) for talker, step in zip(talkers, steps, strict=True)]
    ids = await fake.queue(*batch)
    delivered.extend(batch)
    await asyncio.sleep(rng.uniform(0, 0.1))
    await lives.kill_and_restart()
    # Read as the new process forks, long before it can send: below it, sent before the kill.
    marks.append(fake._next_message_id)
    await fake.until(lambda: fake.confirmed > max(ids), PROCESS_SECONDS)
    await until_outbox_empty(database)
    for talker, step, seen in zip(talkers, steps, before, strict=True):
        asked = [m for m in fake.chats.get(talker.user_id, [])[seen:] if m.keyboard]
        expected = translator(step.reads, step.asks)
        if not asked or not (asked[-1].text or "").endswith(expected):
            figures.lost_replies += 1
            figures.notes.append(f"person {talker.user_id}: no {step.asks} after {step.value}")
        if asked:
            talker.question = asked[-1]


def _doubles(
    fake: FakeTelegram, talkers: list[Talker], marks: list[int], figures: KillFigures
) -> None:
    for talker in talkers:
        chat = fake.chats.get(talker.user_id, [])
        for first, second in itertools.pairwise(chat):
            if first.text != second.text:
                continue
            straddles = any(first.message_id < mark <= second.message_id for mark in marks)
            if straddles:
                figures.doubled_in_window += 1
            else:
                figures.doubled_outside_window += 1
