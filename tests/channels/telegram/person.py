"""A person in the Telegram app, talking to the bot through the fake server.

Channel-neutral in what it returns (message keys, option ids), so one transcript can run through
Telegram, Signal and the terminal; Telegram-specific in how it talks (updates, button data).
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.channels.telegram.taps import OptionTap
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import FakeTelegram, Sent


@dataclass
class Replies:
    update_id: int
    messages: list[Sent]  # what arrived in the chat for this update, as it arrived
    answer: str | None = None  # a tap's callback answer (None: answered without a word)
    keys: list[str] | None = None  # the dialogs' message keys, when the bot runs in-process

    @property
    def texts(self) -> list[str | None]:
        return [message.text for message in self.messages]


class TelegramPerson:
    def __init__(
        self,
        fake: FakeTelegram,
        user_id: int,
        language_code: str | None = "uk",
        keys: Callable[[int], list[str]] | None = None,
        sent: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.fake = fake
        self.user_id = user_id
        self.sender = updates.user(user_id, language_code)
        self._keys = keys
        self._sent = sent
        self.seen: list[Sent] = []
        self.last: Replies | None = None

    async def send(self, update: dict[str, Any]) -> Replies:
        before = len(self.fake.chats.get(self.user_id, []))
        [update_id] = await self.fake.deliver(update)
        if self._sent is not None:
            await self._sent()  # the replies go out from the outbox, after the update is taken
        # As the app showed them on arrival: later edits do not change what the person saw.
        arrived = [copy.deepcopy(m) for m in self.fake.chats.get(self.user_id, [])[before:]]
        self.seen.extend(arrived)
        query = update.get("callback_query")
        self.last = Replies(
            update_id,
            arrived,
            answer=self.fake.answers.get(query["id"]) if query else None,
            keys=self._keys(update_id) if self._keys else None,
        )
        return self.last

    async def says(self, words: str) -> Replies:
        return await self.send(updates.text(self.sender, words))

    async def command(self, name: str, argument: str | None = None) -> Replies:
        return await self.says(f"/{name} {argument}" if argument else f"/{name}")

    async def taps(self, option_id: str, on: Sent | None = None) -> Replies:
        """Tap the button for `option_id` on the latest question (or on an older message)."""
        message = on or self.question
        return await self.send(updates.tap(self.sender, message, data_for(message, option_id)))

    @property
    def question(self) -> Sent:
        """The latest question, as the chat shows it now (a tick edits it in place)."""
        asked = [message for message in self.seen if message.keyboard]
        assert asked, "no question with buttons yet"
        latest = asked[-1]
        chat = self.fake.chats.get(self.user_id, [])
        live = next((m for m in chat if m.message_id == latest.message_id), None)
        return copy.deepcopy(live) if live is not None and live.keyboard else latest

    @property
    def options(self) -> list[str]:
        return option_ids(self.question)


def option_ids(message: Sent) -> list[str]:
    assert message.keyboard is not None
    return [OptionTap.unpack(b["callback_data"]).option for row in message.keyboard for b in row]


def data_for(message: Sent, option_id: str) -> str:
    assert message.keyboard is not None, "that message has no buttons"
    for row in message.keyboard:
        for button in row:
            if OptionTap.unpack(button["callback_data"]).option == option_id:
                return button["callback_data"]
    raise AssertionError(f"{option_id!r} is not offered: {option_ids(message)}")
