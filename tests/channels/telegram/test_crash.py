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
import random
from collections.abc import Callable
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
    bot_env,
    final_state,
    replay,
    script,
    until_outbox_empty,
)
from tests.channels.telegram.person import data_for

USER = 4242


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
    assert crashed["people"] == replayed["people"]
    [(participant, _)] = crashed["people"]
    assert participant == ("uk", "given", "no", "wola")


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
