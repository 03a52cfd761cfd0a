"""The vocabulary of a dialog: steps that prompt and receive, grouped into flows.

A step never sends anything and never commits: it reads the context, may change the
participant's state through the session, and returns what to say and where to go next.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.i18n import T
from dialogs.messages import Attachment
from dialogs.places import District
from storage.models import Participant

if TYPE_CHECKING:
    from dialogs.organisers.reports import Reports


@dataclass(frozen=True)
class OptionSpec:
    id: str
    label: T
    closes: bool = False  # choosing it answers the whole question (a scale under ticked options)
    aliases: tuple[str, ...] = ()  # other words that choose it (its name in other languages)
    control: bool = False  # moves through the dialog (next, back) rather than answering


@dataclass(frozen=True)
class Prompt:
    """A question: its text, the options offered, and whether free text is an answer."""

    message: T
    options: tuple[OptionSpec, ...] = ()
    accepts_text: bool = False
    before: tuple[T, ...] = ()  # said just before the question (a progress line, a hint)
    # Several options may come in one message ("1, 3, 5"): the step gets them all at once.
    multiple: bool = False
    typing_hint: bool = True  # False where the question's own words say how to answer
    # A second question in the same message, after this one; its options ride along. The
    # message keeps this question's key.
    after: tuple[T, ...] = ()


@dataclass(frozen=True)
class Reply:
    """What the participant gave to a step: a resolved option id, or their own words."""

    option: str | None = None
    text: str | None = None
    # Several options typed in one message, in the order given (only where a prompt allows it).
    options: tuple[str, ...] = ()
    typed: bool = False  # written, not tapped: a typed option is meant, never a toggle


@dataclass(frozen=True)
class Goto:
    flow: str
    step: str


@dataclass(frozen=True)
class Said:
    message: T
    attachment: Attachment | None = None


# Long work that only reads (an organiser's digest): made once the turn's transaction committed,
# so that no participant's answer waits for it, and said where the step put it.
Later = Callable[[], Awaitable[list[Said]]]


@dataclass(frozen=True)
class Nudge:
    """Another participant moved along by what this step did (a facilitator's "next"): `move`
    runs in that person's own context, in the same transaction, and what it says is queued to
    their chat. `move` returns None where the person is not to be moved (they are elsewhere)."""

    participant_key: str
    channel: str
    address: str
    move: Callable[[Context], Awaitable[Result | None]]


@dataclass
class Result:
    """What a step decided: messages to say, then where to go (None: ask the same step again)."""

    say: list[Said] = field(default_factory=list)
    goto: Goto | None = None
    end: bool = False  # the conversation ends here: no prompt follows
    erased: bool = False  # the participant's data is gone; channels forget them too
    later: list[Later] = field(default_factory=list)
    nudges: list[Nudge] = field(default_factory=list)

    @classmethod
    def to(cls, flow: str, step: str, *say: T) -> Result:
        return cls(say=[Said(m) for m in say], goto=Goto(flow, step))

    @classmethod
    def stay(cls, *say: T) -> Result:
        return cls(say=[Said(m) for m in say])


@dataclass(frozen=True)
class DialogConfig:
    default_locale: str = "pl"
    text_max_length: int = 1000
    notice_version: int = 1
    districts: tuple[District, ...] = ()
    ideas_per_hour: int = 3
    idea_max_length: int = 500
    matrix_midpoint: float = 3.0
    matrix_min_ratings: int = 5
    # Organisers: counts by a participant attribute below this are shown as "<N".
    disclosure_min_count: int = 10
    telegram_bot_username: str = ""  # for campaign deep links; empty: no Telegram link
    # Who runs the bot and how to reach them: named in the privacy notice.
    organisation_name: str = ""
    organisation_contact: str = ""
    survey_retention_days: int = 365
    timezone: str = "Europe/Warsaw"  # times people read ("your next idea at 14:35")
    reports: Reports | None = None  # digests and workbooks, made by the program
    # The dashboard's public base, for sign-in links (`/dashboard`); empty: it is switched off.
    dashboard_url: str = ""


@dataclass
class Conversation:
    """Where a participant is in the dialogs: a plain document a turn changes as it goes and the
    engine stores once, at the turn's end (one write, not one before each query of the turn)."""

    flow: str
    step: str
    data: dict[str, Any]
    version: int  # the token of the options last offered: a tap from before it is stale


@dataclass
class Context:
    session: AsyncSession
    participant: Participant
    state: Conversation
    locale: str
    now: datetime
    rng: random.Random
    config: DialogConfig
    flows: Mapping[str, Flow]
    # Where this participant's messages come from. Stored only for organisers, who get pushes.
    channel: str = ""
    address: str = ""
    # What this turn's steps read and keep up to date as they write it (a survey response and its
    # answers): a step's question after its own answer is not read again. Gone with the turn.
    read: dict[str, Any] = field(default_factory=dict)

    @property
    def data(self) -> dict[str, Any]:
        return self.state.data


class Step(Protocol):
    async def prompt(self, ctx: Context) -> Prompt: ...

    async def receive(self, ctx: Context, reply: Reply) -> Result: ...


@dataclass
class Flow:
    """A named group of steps. `start` decides where a participant enters it; `admits`, when
    set, says whether this person may be in it now (a role that can be taken away)."""

    name: str
    steps: Mapping[str, Step]
    first: str
    start_hook: Callable[[Context], Any] | None = None
    admits: Callable[[Context], Awaitable[bool]] | None = None

    async def start(self, ctx: Context) -> Result:
        if self.start_hook is not None:
            result: Result = await self.start_hook(ctx)
            return result
        return Result(goto=Goto(self.name, self.first))
