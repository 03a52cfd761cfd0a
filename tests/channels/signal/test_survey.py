"""The whole empathy survey over Signal, typed: numbers in Ukrainian, words in Polish, with a
rights command in the middle — and the answers stored as on any other channel."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.messages import Outbound
from dialogs.text import normalize
from storage.models import SurveyAnswer, SurveyResponse
from tests.channels.signal.harness import SignalBot

CONTROLS = {"skip", "back", "done", "finish", "other", "next", "keep"}


def question(bot: SignalBot) -> Outbound:
    asked = [outbound for outbound in bot.last if outbound.options]
    assert asked, f"no question in {[o.key for o in bot.last]}"
    return asked[-1]


def typed(outbound: Outbound, option_id: str, by_words: bool) -> str:
    """How a person types an option: its number in the list, or its words."""
    ids = [option.id for option in outbound.options]
    if not by_words:
        return str(ids.index(option_id) + 1)
    label = outbound.options[ids.index(option_id)].label
    return label.removeprefix("✓").strip()


def next_answer(outbound: Outbound) -> str | None:
    """A plausible answer: a middle option (never 'under 16'), ticks then 'done', or words."""
    ids = [option.id for option in outbound.options]
    if outbound.key == "survey-summary":
        return "finish"
    answers = [option_id for option_id in ids if option_id not in CONTROLS]
    if "done" in ids:
        ticked = any(option.label.startswith("✓") for option in outbound.options)
        return "done" if ticked else answers[0]
    if not answers:
        return None  # a question answered in one's own words
    return answers[min(2, len(answers) - 1)]


async def take_survey(bot: SignalBot, person: str, *, by_words: bool, words: str) -> None:
    turns = 0
    while "survey-finished" not in [outbound.key for outbound in bot.last]:
        turns += 1
        assert turns < 60, "the survey did not end"
        asked = question(bot)
        option = next_answer(asked)
        answer = words if option is None else typed(asked, option, by_words)
        assert normalize(answer), f"nothing to type for {asked.key}"
        await bot.says(person, answer)


@pytest.mark.parametrize(
    ("person", "greeting", "language", "yes", "by_words", "help_word", "words"),
    [
        ("uk-person", "Привіт", "2", "1", False, "допомога", "Курси польської ввечері"),
        ("pl-person", "Cześć", "Polski", "tak zgadzam się", True, "pomoc", "Kurs wieczorem"),
    ],
    ids=["ukrainian-by-numbers", "polish-by-words"],
)
async def test_the_survey_typed_from_start_to_end(
    signal_bot: SignalBot,
    engine: AsyncEngine,
    person: str,
    greeting: str,
    language: str,
    yes: str,
    by_words: bool,
    help_word: str,
    words: str,
) -> None:
    bot = signal_bot
    await bot.says(person, greeting)
    await bot.says(person, language)
    await bot.says(person, yes)
    migration = question(bot)
    await bot.says(person, typed(migration, "yes", by_words))
    district = question(bot)
    assert await bot.says(person, typed(district, "wola", by_words)) == ["onboarding-survey-offer"]
    keys = await bot.says(person, typed(question(bot), "yes", by_words))
    assert keys[0] == "survey-intro"

    # A few answers in, the person asks for help and then carries on where they were.
    for _ in range(3):
        asked = question(bot)
        await bot.says(person, typed(asked, next_answer(asked) or "skip", by_words))
    interrupted = question(bot).key
    assert (await bot.says(person, help_word))[0] == "rights-help"
    assert question(bot).key == interrupted

    await take_survey(bot, person, by_words=by_words, words=words)
    async with engine.connect() as connection:
        (response,) = (await connection.execute(select(SurveyResponse))).all()
        stored = (await connection.execute(select(SurveyAnswer.text))).scalars().all()
    assert response.completed_at is not None
    assert words in stored
