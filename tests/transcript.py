"""Golden-transcript helpers: a person who talks to the dialogs and the replies they read."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from dialogs.engine import Dialogs
from dialogs.messages import Choice, Inbound, Outbound

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
