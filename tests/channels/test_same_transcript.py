"""One transcript, three doors: the same inputs get the same message keys and option ids on the
terminal, Telegram and Signal — the proof that the dialogs are channel-neutral.

The transcript is data. A step either types a text (sent as typed on every channel) or chooses an
option by id: a button tap on Telegram, the option's number as shown on the terminal and Signal.
Each channel runs through its real adapter on a fresh database with the frozen clock and seeded
randomness of `tests/conftest.py`; the dialogs' answers are recorded on the way out, so the test
reads message keys while the channel still renders and sends every reply.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import unquote

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels import plain
from bot.channels.terminal import TerminalChat
from dialogs.engine import Dialogs
from dialogs.messages import Inbound, Outbound
from storage.models import Participant, SurveyAnswer
from tests.channels.signal.harness import SignalBot, running_signal_bot
from tests.channels.telegram.fake_server import FakeTelegram
from tests.channels.telegram.harness import RunningBot, running_bot
from tests.channels.telegram.person import Replies, option_ids


@dataclass(frozen=True)
class Turn:
    """What a step came to, in channel-neutral terms."""

    keys: tuple[str, ...]
    offers: tuple[str, ...] = ()  # the option ids of the last question asked, in order
    files: tuple[str, ...] = ()  # the names of the files that arrived


@dataclass(frozen=True)
class Step:
    action: Literal["type", "choose"]
    value: str
    expect: Turn


def typing(text: str, *keys: str, offers: Sequence[str] = (), files: Sequence[str] = ()) -> Step:
    return Step("type", text, Turn(keys, tuple(offers), tuple(files)))


def choosing(
    option_id: str, *keys: str, offers: Sequence[str] = (), files: Sequence[str] = ()
) -> Step:
    return Step("choose", option_id, Turn(keys, tuple(offers), tuple(files)))


LANGUAGES = ("pl", "uk", "en", "ru")  # no messenger hint on any door: the default order
CONSENT = ("yes", "no")
MIGRATION = ("yes", "no", "undisclosed")
DISTRICTS = (
    *("bemowo", "bialoleka", "bielany", "mokotow", "ochota", "praga_poludnie", "praga_polnoc"),
    *("rembertow", "srodmiescie", "targowek", "ursus", "ursynow", "wawer", "wesola"),
    *("wilanow", "wlochy", "wola", "zoliborz", "elsewhere", "undisclosed"),
)
AGES = ("under_16", "16_24", "25_34", "35_44", "45_54", "55_64", "65_plus", "undisclosed", "skip")
TIME_IN_POLAND = ("under_1", "1_2", "3_5", "over_5", "undisclosed", "skip", "back")
SCALE = ("1", "2", "3", "4", "5")
WELFARE = (
    *SCALE,
    *("housing", "health_care", "benefits", "school_childcare", "psychological_help"),
    *("material_help", "daily_life_info", "other", "next", "back"),
)
ECONOMIC = (
    *SCALE,
    *("job_matching_skills", "diploma_recognition", "labour_rights", "cv_career_help"),
    *("further_education", "work_experience", "own_business", "other", "next", "back"),
)
MENU = ("survey", "ideas", "rating", "results", "outcomes", "settings")

TRANSCRIPT = (
    # First contact in Ukrainian, before any language is known.
    typing("Привіт", "onboarding-language", offers=LANGUAGES),
    typing("українська", "rights-privacy-notice", "onboarding-consent", offers=CONSENT),
    choosing("yes", "onboarding-consent-thanks", "onboarding-migration", offers=MIGRATION),
    choosing("yes", "onboarding-district", offers=DISTRICTS),
    choosing("wola", "onboarding-survey-offer", offers=("yes", "later")),
    choosing("yes", *("survey-intro", "survey-progress", "survey-profile-age"), offers=AGES),
    choosing("skip", "survey-progress", "survey-profile-time", offers=TIME_IN_POLAND),
    # A rights command as a word, mid-survey: help, then only the same question again.
    typing("допомога", "rights-help", "survey-profile-time", offers=TIME_IN_POLAND),
    # Needs and difficulty on one screen: "4, 6" is how easy (4) and the first need, in one message.
    choosing("3_5", "survey-progress-topic", "survey-pair", offers=WELFARE),
    typing("4, 6", "survey-progress-topic", "survey-pair", offers=ECONOMIC),
    typing(
        "/mydata",
        *("rights-mydata-summary", "rights-mydata-file"),
        "survey-pair",  # then back to the open question
        offers=ECONOMIC,
        files=["my-data.json"],
    ),
    typing("меню", "menu-main", offers=MENU),
)

# What the transcript leaves in storage, whichever door it came through.
PROFILE = ("uk", "given", "yes", "wola")
ANSWERS = [
    ("profile.age", None, None, True),
    ("profile.time_in_poland", "3_5", None, False),
    ("welfare.needs", "housing", None, False),
    ("welfare.difficulty", None, 4, False),
]


class Door(Protocol):
    async def types(self, text: str) -> Turn: ...

    async def chooses(self, option_id: str) -> Turn: ...


def question(answered: Sequence[Outbound]) -> Outbound | None:
    asked = [outbound for outbound in answered if outbound.options]
    return asked[-1] if asked else None


def offered(answered: Sequence[Outbound]) -> tuple[str, ...]:
    asked = question(answered)
    return tuple(option.id for option in asked.options) if asked else ()


class TypedDoor:
    """A door without buttons (terminal, Signal): options are a numbered list, typed back."""

    answered: list[Outbound]
    shown: str  # everything the person read in the latest turn

    async def exchange(self, text: str) -> tuple[list[Outbound], str, tuple[str, ...]]:
        raise NotImplementedError

    async def types(self, text: str) -> Turn:
        self.answered, self.shown, files = await self.exchange(text)
        asked = question(self.answered)
        if asked is not None:
            assert self.numbered(asked) in self.shown, f"{asked.key} not shown as a numbered list"
        return Turn(tuple(o.key for o in self.answered), offered(self.answered), files)

    async def chooses(self, option_id: str) -> Turn:
        asked = question(self.answered)
        assert asked is not None, "no question to answer"
        ids = [option.id for option in asked.options]
        assert option_id in ids, f"{option_id!r} not offered on {asked.key}: {ids}"
        number = ids.index(option_id) + 1
        option = asked.options[number - 1]
        if option.closes:  # a scale's numbers are its values, shown on one line
            assert option.label in self.shown
        else:
            assert f"{number}) {option.label}" in self.shown.splitlines()
        return await self.types(str(number))

    @staticmethod
    def numbered(asked: Outbound) -> str:
        """The options as the numbered list under the question."""
        return plain.render(replace(asked, text="", hint=None)).strip()


class TerminalDoor(TypedDoor):
    def __init__(self, dialogs: Dialogs, outbox: Path) -> None:
        self.answered, self.shown = [], ""
        self.outbox = outbox
        self.screen: list[str] = []
        self.recorded: list[Outbound] = []
        handle = dialogs.handle

        async def recording(inbound: Inbound) -> list[Outbound]:
            replies = await handle(inbound)
            self.recorded.extend(replies)
            return replies

        dialogs.handle = recording  # type: ignore[method-assign]
        self.chat = TerminalChat(
            dialogs, user="olena", language_hint=None, files=outbox, write=self.screen.append
        )

    async def exchange(self, text: str) -> tuple[list[Outbound], str, tuple[str, ...]]:
        answered, written = len(self.recorded), len(self.screen)
        # What `run()` does with each typed line; `run()` itself opens with a `/start` of its own.
        await self.chat.send(text)
        lines = self.screen[written:]
        saved = [Path(line[1:-1]) for line in lines if line.startswith(f"[{self.outbox}")]
        assert all(path.exists() for path in saved)
        return self.recorded[answered:], "\n".join(lines), tuple(path.name for path in saved)


class SignalDoor(TypedDoor):
    PERSON = "7ccae375-cd51-4c82-8b1e-7be3280aa485"

    def __init__(self, bot: SignalBot) -> None:
        self.answered, self.shown = [], ""
        self.bot = bot

    async def exchange(self, text: str) -> tuple[list[Outbound], str, tuple[str, ...]]:
        await self.bot.says(self.PERSON, text)
        wire = self.bot.wire
        files = tuple(
            unquote(uri.split(";filename=", 1)[1].split(";", 1)[0])
            for sent in wire
            for uri in sent.attachments
        )
        return list(self.bot.last), "\n".join(sent.message for sent in wire), files


class TelegramDoor:
    def __init__(self, bot: RunningBot) -> None:
        self.bot = bot
        self.person = bot.person(501, language_code=None)

    async def types(self, text: str) -> Turn:
        return self.turn(await self.person.says(text))

    async def chooses(self, option_id: str) -> Turn:
        return self.turn(await self.person.taps(option_id))

    def turn(self, replies: Replies) -> Turn:
        answered = self.bot.replies[replies.update_id]
        keyboards = [message for message in replies.messages if message.keyboard]
        if not keyboards and any(o.replaces for o in answered):
            # A tick: the question was edited in place, no new message arrived.
            keyboards = [m for m in self.bot.fake.chats[501] if m.keyboard][-1:]
        shown = option_ids(keyboards[-1]) if keyboards else []
        # The keyboard may lay the options out in its own order (ticks above the scale).
        assert sorted(shown) == sorted(offered(answered)), "the keyboard is not the options"
        offers = offered(answered)
        files = tuple(m.document[0] for m in replies.messages if m.document is not None)
        return Turn(tuple(replies.keys or ()), offers, files)


@contextlib.asynccontextmanager
async def terminal(dialogs: Dialogs, engine: AsyncEngine, tmp_path: Path) -> AsyncIterator[Door]:
    yield TerminalDoor(dialogs, tmp_path / "outbox")


@contextlib.asynccontextmanager
async def telegram(dialogs: Dialogs, engine: AsyncEngine, tmp_path: Path) -> AsyncIterator[Door]:
    fake = FakeTelegram()
    await fake.start()
    try:
        bot = await running_bot(fake, engine, dialogs, tmp_path, "polling")
        try:
            yield TelegramDoor(bot)
        finally:
            await bot.stop()
    finally:
        await fake.close()


@contextlib.asynccontextmanager
async def signal(dialogs: Dialogs, engine: AsyncEngine, tmp_path: Path) -> AsyncIterator[Door]:
    async with running_signal_bot(dialogs) as bot:
        yield SignalDoor(bot)


DOORS: dict[
    str, Callable[[Dialogs, AsyncEngine, Path], contextlib.AbstractAsyncContextManager[Door]]
] = {
    "terminal": terminal,
    "telegram": telegram,
    "signal": signal,
}


@pytest.fixture(params=list(DOORS))
async def door(
    request: pytest.FixtureRequest, dialogs: Dialogs, engine: AsyncEngine, tmp_path: Path
) -> AsyncIterator[Door]:
    async with DOORS[request.param](dialogs, engine, tmp_path) as opened:
        yield opened


async def test_the_same_transcript_passes_on_every_channel(door: Door, dialogs: Dialogs) -> None:
    for number, step in enumerate(TRANSCRIPT, 1):
        act = door.types if step.action == "type" else door.chooses
        assert await act(step.value) == step.expect, f"step {number}: {step.action} {step.value!r}"

    async with dialogs.sessionmaker() as session:
        (person,) = await session.scalars(select(Participant))
        answers = (
            await session.execute(
                select(
                    SurveyAnswer.question_id,
                    SurveyAnswer.option_id,
                    SurveyAnswer.value,
                    SurveyAnswer.skipped,
                ).order_by(SurveyAnswer.id)
            )
        ).all()
    profile = (person.locale, person.consent, person.migration_experience, person.district)
    assert profile == PROFILE
    assert [tuple(answer) for answer in answers] == ANSWERS
