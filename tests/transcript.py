"""Golden-transcript helpers: a person who talks to the dialogs and the replies they read."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot.channels import plain
from dialogs.engine import Dialogs
from dialogs.messages import Choice, Inbound, Outbound, merged

_update_ids = itertools.count(1)


@dataclass
class Person:
    dialogs: Dialogs
    user_id: str
    hint: str | None = None
    channel: str = "test"
    last: list[Outbound] = field(default_factory=list)

    async def send(self, inbound: Inbound) -> list[Outbound]:
        self.last = await self.dialogs.handle(inbound)
        return self.last

    def inbound(self, **fields: object) -> Inbound:
        fields.setdefault("update_id", str(next(_update_ids)))
        return Inbound(self.channel, self.user_id, language_hint=self.hint, **fields)  # type: ignore[arg-type]

    async def says(self, text: str) -> list[str]:
        return keys(await self.send(self.inbound(text=text)))

    async def command(self, name: str, arg: str | None = None) -> list[str]:
        return keys(await self.send(self.inbound(command=name, command_arg=arg)))

    async def taps(self, option_id: str) -> list[str]:
        """Tap a button of the latest question, as a messenger with buttons would."""
        question = self.question
        assert question.token is not None, f"no buttons on {question.key}"
        ids = [o.id for o in question.options]
        assert option_id in ids, f"{option_id!r} not offered on {question.key}: {ids}"
        return keys(await self.send(self.inbound(choice=Choice(option_id, question.token))))

    @property
    def question(self) -> Outbound:
        asked = [o for o in self.last if o.options]
        assert asked, f"no question in {keys(self.last)}"
        return asked[-1]

    @property
    def options(self) -> list[str]:
        return [o.id for o in self.question.options]

    async def onboard(
        self,
        language: str = "uk",
        migration: str = "yes",
        district: str = "wola",
        *,
        survey: bool = True,
    ) -> None:
        """Through onboarding; people with migration experience then start the survey (or not)."""
        await self.command("start")
        await self.taps(language)
        await self.taps("yes")
        await self.taps(migration)
        await self.taps(district)
        if self.last and self.question.key == "onboarding-survey-offer":
            await self.taps("yes" if survey else "later")


def keys(replies: list[Outbound]) -> list[str]:
    return [reply.key for reply in replies]


@dataclass
class Tally:
    """What a path costs: the person's messages or taps, and the bot's messages and characters."""

    answers: int = 0
    messages: int = 0
    edits: int = 0
    characters: int = 0
    shown: Outbound | None = None  # the question on screen

    def read(self, replies: list[Outbound]) -> None:
        """Replies as a channel sends them: short texts ride in the next bubble; a tick shows the
        same question changed in its own message (an edit). Anything else is new to read, even
        if a channel draws it over an older message."""
        for outbound in merged(replies):
            if outbound.replaces is not None and self.same_question(outbound):
                self.edits += 1
            else:
                self.messages += 1
                self.characters += len(plain.render(outbound))
            if outbound.options:
                self.shown = outbound

    def add(self, other: Tally) -> None:
        self.answers += other.answers
        self.messages += other.messages
        self.edits += other.edits
        self.characters += other.characters
        self.shown = other.shown

    def same_question(self, outbound: Outbound) -> bool:
        shown = self.shown
        # A message of several parts is keyed "preamble+question": the question is the last.
        return (
            shown is not None
            and shown.key.split("+")[-1] == outbound.key.split("+")[-1]
            and [o.id for o in shown.options] == [o.id for o in outbound.options]
        )
