"""Fuzzed Telegram updates from a few hundred interleaved people (seeded): what they type, tap
and send, chosen to hurt: unicode of every category, 100,000-character texts, digits of other
scripts, 5,000-digit numbers, formula starts behind control characters, every command with and
without arguments, button data that is valid, stale or forged, and what a person never sends
but a chat can carry (edits, stickers, photos, groups, other bots).

Among them, a few people go the whole way to proposing an idea whose words start like a
spreadsheet formula, so that the export's neutralising has something to neutralise: drawn at
random, people almost never get a typed text into an idea.
"""

from __future__ import annotations

import functools
import random
import string
import sys
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dialogs.ideas.bank import AREAS
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import Sent

HUGE = 100_000
COMMANDS = [
    "start",
    "help",
    "menu",
    "language",
    "mydata",
    "delete",
    "stop",
    "privacy",
    "digest",
    "export",
    "campaign",
    "organiser",
    "idea",
    "rate",
    "nonexistent",
]
FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]
CONTROLS = ["", "\x00", "\x01", "\x1b", "\x7f", "\u200b", "\u202e", "\ufeff"]
# Every PROPOSING_EVERY-th update is the next step of someone proposing an idea; they take turns,
# one whole proposal each, among PROPOSERS people (each may send three ideas an hour).
PROPOSING_EVERY = 10
PROPOSERS = 20


@dataclass(frozen=True)
class Repertoire:
    """Every code point, grouped by general category, in arrays: a 100,000-character text is
    drawn in one step instead of a hundred thousand (it was most of the fuzzer's time)."""

    categories: list[str]
    points: np.ndarray  # the groups one after another
    starts: np.ndarray  # where each category's group begins in `points`
    sizes: np.ndarray

    def of(self, category: str) -> np.ndarray:
        at = self.categories.index(category)
        return self.points[self.starts[at] : self.starts[at] + self.sizes[at]]


@functools.cache
def repertoire() -> Repertoire:
    """Surrogates are left out: Telegram sends UTF-8, where a lone surrogate cannot be written."""
    table: dict[str, list[int]] = {}
    for point in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(point))
        if category != "Cs":
            table.setdefault(category, []).append(point)
    sizes = np.array([len(points) for points in table.values()])
    return Repertoire(
        categories=list(table),
        points=np.concatenate([np.array(points, dtype=np.uint32) for points in table.values()]),
        starts=np.concatenate([[0], np.cumsum(sizes)[:-1]]),
        sizes=sizes,
    )


@dataclass
class Fuzzed:
    """One update as sent, and what the person must get for it (None: nothing is owed)."""

    update: dict[str, Any]
    kind: str
    owed: str | None = None  # "reply" (a private text) or "tap answer" (a private tap)
    typed: str | None = None  # what was typed, to look for in the log
    # A person who waits for each answer before typing on (a proposal's steps): their next
    # update is sent once the one before it was answered, never beside it.
    turn_of: int | None = None


@dataclass
class Fuzzer:
    rng: random.Random
    users: int
    first_user: int = 10_000
    categories: dict[str, int] = field(default_factory=dict)  # characters drawn, per category
    made: int = 0
    proposals: int = 0  # proposals typed to the end (the idea and "send")
    _proposer: int = -1
    _proposal: deque[str] = field(default_factory=deque)  # what the proposer types next

    def unicode(self, length: int) -> str:
        """`length` characters, each of a category drawn evenly, then a code point of it."""
        chars = repertoire()
        draw = np.random.default_rng(self.rng.getrandbits(64))
        categories = draw.integers(0, len(chars.categories), size=length)
        within = (draw.random(length) * chars.sizes[categories]).astype(np.int64)
        drawn = np.bincount(categories, minlength=len(chars.categories))
        for name, count in zip(chars.categories, drawn.tolist(), strict=True):
            if count:
                self.categories[name] = self.categories.get(name, 0) + count
        points = chars.points[chars.starts[categories] + within]
        return bytes(points.astype("<u4").tobytes()).decode("utf-32-le")

    def text(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.003:
            return self.unicode(HUGE)
        if roll < 0.30:
            return self.unicode(rng.randint(1, 200))
        if roll < 0.45:
            return f"/{rng.choice(COMMANDS)}" + rng.choice(["", " ", f" {self.unicode(12)}"])
        if roll < 0.60:
            return str(rng.randint(0, 12))
        if roll < 0.65:
            digits = repertoire().of("Nd")
            return "".join(chr(rng.choice(digits)) for _ in range(rng.randint(1, 3)))
        if roll < 0.67:
            return str(rng.randint(1, 9)) * 5000
        if roll < 0.80:
            return self.formula(rng.choice(CONTROLS) + rng.choice(FORMULA_STARTS))
        words = rng.choices(string.ascii_lowercase, k=rng.randint(8, 120))
        return "".join(words)

    def formula(self, start: str) -> str:
        return start + 'HYPERLINK("http://127.0.0.1/x","y")' + self.unicode(self.rng.randint(0, 8))

    def callback_data(self, chat: list[Sent]) -> tuple[Sent, str, str]:
        """(message tapped, its data, how it was made): valid, stale or forged."""
        rng = self.rng
        asked = [message for message in chat if message.keyboard]
        roll = rng.random()
        if asked and roll < 0.5:
            message = asked[-1]
            return message, self._button(message), "valid"
        if len(asked) > 1 and roll < 0.75:
            message = rng.choice(asked[:-1])
            return message, self._button(message), "stale"
        message = asked[-1] if asked else Sent(0, rng.randint(1, 10**9), "?", None)
        forged = rng.choice(
            [
                f"o:{rng.randint(0, 10**12)}:{rng.choice(['yes', 'no', 'uk', 'settings', 'x'])}",
                self.unicode(rng.randint(1, 32)),
                "".join(rng.choices(string.printable, k=rng.randint(1, 64))),
                "o::",
                "",
            ]
        )
        return message, forged, "forged"

    def _button(self, message: Sent) -> str:
        assert message.keyboard is not None
        row = self.rng.choice(message.keyboard)
        return self.rng.choice(row)["callback_data"]

    def update(self, chats: dict[int, list[Sent]]) -> Fuzzed:
        self.made += 1
        if self.made % PROPOSING_EVERY == 0:
            return self._proposing()
        rng = self.rng
        user_id = self.first_user + rng.randrange(self.users)
        sender = updates.user(user_id, rng.choice(["uk", "pl", "en", "ru", "de", None]))
        roll = rng.random()
        if roll < 0.62:
            words = self.text()
            return Fuzzed(updates.text(sender, words), "text", "reply", words)
        if roll < 0.87:
            chat = chats.get(user_id, [])
            message, data, how = self.callback_data(chat)
            message = Sent(user_id, message.message_id, message.text, message.keyboard)
            return Fuzzed(updates.tap(sender, message, data), f"tap ({how})", "tap answer")
        if roll < 0.90:
            words = self.text()
            return Fuzzed(updates.edited(sender, words), "edited text", None, words)
        if roll < 0.92:
            return Fuzzed(updates.sticker(sender), "sticker")
        if roll < 0.94:
            caption = self.unicode(rng.randint(8, 64))
            return Fuzzed(updates.photo(sender, caption), "photo", None, caption)
        if roll < 0.95:
            return Fuzzed(updates.location(sender), "location")
        if roll < 0.97:
            words = self.text()
            group = updates.text(sender, words, chat_id=-100 - rng.randrange(5))
            return Fuzzed(group, "group text", None, words)
        if roll < 0.98:
            words = self.text()
            robot = updates.user(user_id) | {"is_bot": True}
            return Fuzzed(updates.text(robot, words), "text from a bot", None, words)
        return Fuzzed(updates.membership(sender, user_id, "member", "kicked"), "blocked")

    def _proposing(self) -> Fuzzed:
        """The next step of a proposal: from a first contact (a returning proposer's onboarding
        answers are answered as mistakes) through the menu to the idea, typed as option ids."""
        rng = self.rng
        if not self._proposal:
            self._proposer = (self._proposer + 1) % PROPOSERS
            # Tab and CR at the very start are trimmed as whitespace; behind a control character
            # that is dropped they are trimmed too, and the formula's character is what stays.
            start = rng.choice(CONTROLS) + rng.choice(["", "\t", "\r", " "])
            idea = self.formula(start + rng.choice(["=", "+", "-", "@"]))
            area = rng.choice(AREAS)
            onboarding = ["/start", "uk", "yes", "no", "undisclosed"]
            self._proposal.extend([*onboarding, "/menu", "ideas", area, "skip", idea, "send"])
        words = self._proposal.popleft()
        if not self._proposal:
            self.proposals += 1
        # Only the idea is the person's own words; the rest are the product's option ids.
        typed = words if list(self._proposal) == ["send"] else None
        person = self.first_user + self.users + self._proposer
        message = updates.text(updates.user(person, "uk"), words)
        return Fuzzed(message, "text (proposing)", "reply", typed, turn_of=person)


def nested(depth: int) -> str:
    """JSON text nested `depth` deep, objects and arrays in turn; written out as text, because
    json.dumps recurses and gives up near a thousand levels."""
    opening = "".join("[" if level % 2 else '{"n":' for level in reversed(range(depth)))
    closing = "".join("]" if level % 2 else "}" for level in range(depth))
    return f'{opening}"x"{closing}'
