"""Survey transcripts: every path a participant can take, and what ends up in the database."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.flow import Context, Flow, Result
from dialogs.flows import build_flows
from dialogs.i18n import T, Translator
from dialogs.messages import Choice
from storage.db import create_sessionmaker
from storage.models import ConversationState, SurveyAnswer, SurveyResponse
from storage.pseudonyms import Pseudonymizer
from storage.survey import completions, difficulty_by_dimension
from tests.conftest import Clock, make_dialogs
from tests.transcript import Person, keys

LOCALES = ["pl", "uk", "en", "ru"]
DIMENSIONS = ("welfare", "economic", "legal", "cultural", "social")
AGES = ["under_16", "16_24", "25_34", "35_44", "45_54", "55_64", "65_plus", "undisclosed"]
SCALE = ["1", "2", "3", "4", "5"]
# Every question a participant who never picks "something else" is asked, in order.
QUESTIONS = [
    "profile.age",
    "profile.time_in_poland",
    *(f"{d}.{part}" for d in DIMENSIONS for part in ("difficulty", "needs")),
    "help_most",
]
QUESTION_KEYS = {
    "profile.age": "survey-profile-age",
    "profile.time_in_poland": "survey-profile-time",
    **{f"{d}.{part}": f"survey-{d}-{part}" for d in DIMENSIONS for part in ("difficulty", "needs")},
    "help_most": "survey-help-most",
}
FEEDBACK = {  # words typed into the free-text questions, one language each
    "pl": "Kurs polskiego wieczorem",
    "uk": "Курси польської ввечері",
    "en": "Polish classes in the evening",
    "ru": "Курсы польского вечером",
}


async def start_survey(dialogs: Dialogs, user_id: str = "s1", locale: str = "uk") -> Person:
    """A participant with migration experience: onboarding leads straight into the survey."""
    person = Person(dialogs, user_id=user_id, hint=locale)
    await person.onboard(language=locale, migration="yes")
    assert keys(person.last) == [
        "onboarding-done",
        "survey-intro",
        "survey-progress",
        "survey-profile-age",
    ]
    return person


async def skip_to(person: Person, key: str) -> int:
    """Skip questions until `key` is asked; returns the taps it took."""
    taps = 0
    while person.question.key != key:
        await person.taps("skip")
        taps += 1
    return taps


async def stored(engine: AsyncEngine) -> dict[str, list[Any]]:
    """The answers in the database: question id -> option ids, a value, a text, or "skipped"."""
    query = select(
        SurveyAnswer.question_id,
        SurveyAnswer.option_id,
        SurveyAnswer.value,
        SurveyAnswer.text,
        SurveyAnswer.skipped,
    ).order_by(SurveyAnswer.id)
    found: dict[str, list[Any]] = defaultdict(list)
    async with engine.connect() as connection:
        for question, option, value, text, skipped in await connection.execute(query):
            found[question].append("skipped" if skipped else (option or value or text))
    return dict(found)


async def responses(engine: AsyncEngine) -> list[SurveyResponse]:
    async with engine.connect() as connection:
        rows = await connection.execute(select(SurveyResponse).order_by(SurveyResponse.id))
        return list(rows)  # type: ignore[arg-type]


async def snapshot(engine: AsyncEngine) -> tuple[Any, ...]:
    """Everything a bad input must leave alone: answers, flow, step and place in the survey."""
    async with engine.connect() as connection:
        state = (
            await connection.execute(
                select(ConversationState.flow, ConversationState.step, ConversationState.data)
            )
        ).one()
    return state.flow, state.step, state.data.get("survey"), await stored(engine)


def ticked(person: Person) -> list[str]:
    return [o.id for o in person.question.options if o.label.startswith("✓")]


# --- whole surveys --------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_full_survey_in_each_language(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator, locale: str
) -> None:
    person = await start_survey(dialogs, user_id=f"full-{locale}", locale=locale)
    assert person.options == [*AGES, "skip"]
    assert person.last[2].text == "1 / 13"
    assert await person.taps("25_34") == ["survey-progress", "survey-profile-time"]
    assert person.options == ["under_1", "1_2", "3_5", "over_5", "undisclosed", "skip", "back"]
    assert await person.taps("1_2") == ["survey-progress-topic", "survey-welfare-difficulty"]
    expected_needs: dict[str, list[str]] = {}
    for number, dimension in enumerate(DIMENSIONS):
        assert person.options == [*SCALE, "skip", "back"]
        assert person.question.options[0].label.startswith("1 – ")
        assert person.last[0].text.endswith(translator(locale, f"dimension-{dimension}"))
        needs_keys = ["survey-progress-hint", f"survey-{dimension}-needs"]
        assert await person.taps(str(number + 1)) == needs_keys
        assert person.options[-4:] == ["other", "done", "skip", "back"]
        chosen = person.options[1:3] + (["other"] if dimension == "welfare" else [])
        for option in chosen:
            assert await person.taps(option) == needs_keys
        assert ticked(person) == chosen
        expected_needs[dimension] = chosen
        after = await person.taps("done")
        if dimension == "welfare":
            assert after == ["survey-progress-hint", "survey-needs-other-text"]
            assert person.options == ["skip", "back"]
            assert person.last[0].text.startswith("5 / 14")
            after = await person.says(FEEDBACK[locale])
        if dimension != "social":
            following = DIMENSIONS[number + 1]
            assert after == ["survey-progress-topic", f"survey-{following}-difficulty"]
    assert keys(person.last) == ["survey-progress-hint", "survey-help-most"]
    assert person.last[0].text.startswith("14 / 14")
    assert await person.says(FEEDBACK[locale]) == ["survey-summary"]
    summary = person.question
    assert person.options == ["finish", *QUESTIONS[:4], "welfare.needs_other", *QUESTIONS[4:]]
    assert translator(locale, "survey-profile-age-25-34") in summary.text
    assert FEEDBACK[locale] in summary.text
    assert await person.taps("finish") == ["survey-finished"]
    assert person.options == ["ideas", "rating", "menu"]
    assert person.question.text == translator(locale, "survey-finished")

    assert await stored(engine) == {
        "profile.age": ["25_34"],
        "profile.time_in_poland": ["1_2"],
        **{f"{d}.difficulty": [n + 1] for n, d in enumerate(DIMENSIONS)},
        **{f"{d}.needs": expected_needs[d] for d in DIMENSIONS},
        "welfare.needs_other": [FEEDBACK[locale]],
        "help_most": [FEEDBACK[locale]],
    }
    [response] = await responses(engine)
    assert response.completed_at is not None and response.superseded_at is None
    async with create_sessionmaker(engine)() as session:
        assert await completions(session) == 1


async def test_skipping_everything_is_the_shortest_path(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs)
    taps = await skip_to(person, "survey-summary")
    assert await person.taps("finish") == ["survey-finished"]
    taps += 1
    assert taps == 14  # 13 questions skipped, then "finish"
    assert await stored(engine) == {question: ["skipped"] for question in QUESTIONS}
    async with create_sessionmaker(engine)() as session:
        assert await difficulty_by_dimension(session) == {}
        assert await completions(session) == 1


async def test_a_typical_path(dialogs: Dialogs, engine: AsyncEngine) -> None:
    """Profile, a rating and two needs per dimension, a few words at the end, finish."""
    person = await start_survey(dialogs)
    rng = random.Random(3)
    actions = 0
    while person.question.key != "survey-summary":
        question = person.question
        if question.key == "survey-help-most":
            await person.says("More evening Polish classes")
        elif "done" in person.options:
            needs = [o for o in person.options if o not in ("other", "done", "skip", "back")]
            for option in rng.sample(needs, 2):
                await person.taps(option)
                actions += 1
            await person.taps("done")
        else:
            await person.taps(person.options[rng.randrange(1, 5)])
        actions += 1
    await person.taps("finish")
    actions += 1
    assert actions == 24  # 2 profile + 5 × (scale + 2 needs + done) + 1 typed answer + finish
    assert len(await stored(engine)) == 13


# --- stopping, resuming, going back ---------------------------------------------------------------


async def test_stop_halfway_and_resume_after_a_restart(
    engine: AsyncEngine, translator: Translator, clock: Clock
) -> None:
    person = await start_survey(make_dialogs(engine, translator, clock))
    await person.taps("35_44")
    await person.taps("over_5")
    await person.taps("2")
    await person.taps("housing")  # ticked, not yet confirmed with "done"
    assert await person.command("menu") == ["menu-main"]

    restarted = Person(make_dialogs(engine, translator, clock), user_id=person.user_id, hint="uk")
    assert await restarted.command("menu") == ["menu-main"]
    assert await restarted.taps("survey") == [
        "survey-resume",
        "survey-progress-hint",
        "survey-welfare-needs",
    ]
    assert ticked(restarted) == ["housing"]
    await restarted.taps("benefits")
    assert await restarted.taps("done") == ["survey-progress-topic", "survey-economic-difficulty"]
    assert await stored(engine) == {
        "profile.age": ["35_44"],
        "profile.time_in_poland": ["over_5"],
        "welfare.difficulty": [2],
        "welfare.needs": ["housing", "benefits"],
    }
    assert len(await responses(engine)) == 1


async def test_buttons_sent_before_a_restart_still_answer(
    engine: AsyncEngine, translator: Translator, clock: Clock
) -> None:
    person = await start_survey(make_dialogs(engine, translator, clock))
    restarted = Person(make_dialogs(engine, translator, clock), user_id=person.user_id, hint="uk")
    restarted.last = person.last
    assert await restarted.taps("16_24") == ["survey-progress", "survey-profile-time"]
    assert await stored(engine) == {"profile.age": ["16_24"]}


async def test_rights_commands_work_in_the_middle(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await start_survey(dialogs)
    await person.taps("25_34")
    assert await person.command("help") == ["rights-help", "survey-progress", "survey-profile-time"]
    assert await person.command("language") == ["rights-language-choose"]
    assert await person.taps("en") == [
        "rights-language-changed",
        "survey-progress",
        "survey-profile-time",
    ]
    assert person.question.text == "How long have you lived in Poland?"
    assert await person.command("delete") == ["rights-delete-confirm"]
    assert await person.taps("delete") == ["rights-deleted"]
    assert await stored(engine) == {}
    assert await responses(engine) == []


async def test_back_goes_one_question_back(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await start_survey(dialogs)
    await person.taps("25_34")
    await person.taps("3_5")
    await person.taps("4")
    await person.taps("housing")
    # Back from a multiple choice forgets the unconfirmed tick and shows the scale as answered.
    assert await person.taps("back") == ["survey-progress-topic", "survey-welfare-difficulty"]
    assert ticked(person) == ["4"]
    assert await person.taps("back") == ["survey-progress", "survey-profile-time"]
    assert ticked(person) == ["3_5"]
    assert await person.taps("back") == ["survey-progress", "survey-profile-age"]
    assert "back" not in person.options  # nothing before the first question
    assert await person.taps("45_54") == ["survey-progress", "survey-profile-time"]
    assert await person.taps("over_5") == ["survey-progress-topic", "survey-welfare-difficulty"]
    assert await person.taps("4") == ["survey-progress-hint", "survey-welfare-needs"]
    assert ticked(person) == []
    assert await stored(engine) == {
        "profile.age": ["45_54"],
        "profile.time_in_poland": ["over_5"],
        "welfare.difficulty": [4],
    }


# --- the summary, finishing, retaking -------------------------------------------------------------


async def test_change_an_answer_from_the_summary(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await start_survey(dialogs)
    await person.taps("25_34")
    await skip_to(person, "survey-summary")
    assert "welfare.needs_other" not in person.options

    assert await person.taps("profile.age") == ["survey-progress", "survey-profile-age"]
    assert ticked(person) == ["25_34"]
    assert person.options[-2:] == ["skip", "back"]  # back returns to the summary
    assert await person.taps("55_64") == ["survey-summary"]

    # Choosing "something else" opens its follow-up question before the summary comes back.
    assert await person.taps("welfare.needs") == ["survey-progress-hint", "survey-welfare-needs"]
    await person.taps("other")
    assert await person.taps("done") == ["survey-progress-hint", "survey-needs-other-text"]
    assert await person.says("A cheaper flat") == ["survey-summary"]
    assert "welfare.needs_other" in person.options
    assert "A cheaper flat" in person.question.text

    # Unticking it again drops the follow-up's answer.
    await person.taps("welfare.needs")
    await person.taps("other")
    await person.taps("psychological_help")
    assert await person.taps("done") == ["survey-summary"]
    assert "welfare.needs_other" not in person.options

    assert await person.taps("economic.difficulty") == [
        "survey-progress-topic",
        "survey-economic-difficulty",
    ]
    assert await person.taps("back") == ["survey-summary"]
    answers = await stored(engine)
    assert answers["profile.age"] == ["55_64"]
    assert answers["welfare.needs"] == ["psychological_help"]
    assert "welfare.needs_other" not in answers
    assert answers["economic.difficulty"] == ["skipped"]


async def test_retake_supersedes_the_earlier_response(
    dialogs: Dialogs, engine: AsyncEngine, clock: Clock
) -> None:
    person = await start_survey(dialogs)
    await skip_to(person, "survey-welfare-difficulty")
    await person.taps("5")
    await skip_to(person, "survey-summary")
    await person.taps("finish")
    assert await person.taps("menu") == ["menu-main"]

    clock.advance(days=30)
    assert await person.taps("survey") == ["survey-retake-confirm"]
    assert person.options == ["retake", "menu"]
    assert await person.taps("retake") == ["survey-intro", "survey-progress", "survey-profile-age"]
    await skip_to(person, "survey-welfare-difficulty")
    await person.taps("2")
    await skip_to(person, "survey-summary")
    assert await person.taps("finish") == ["survey-finished"]

    old, new = await responses(engine)
    assert old.superseded_at == clock.now
    assert new.superseded_at is None and new.completed_at == clock.now
    async with create_sessionmaker(engine)() as session:
        welfare = (await difficulty_by_dimension(session))["welfare"]
        assert (welfare.respondents, welfare.mean) == (1, 2.0)
        assert await completions(session) == 1


async def test_under_16_stops_politely_and_keeps_nothing(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator
) -> None:
    person = await start_survey(dialogs, locale="pl")
    assert await person.taps("under_16") == ["survey-stop-under-16"]
    assert person.last[0].text == translator("pl", "survey-stop-under-16")
    assert await stored(engine) == {}
    assert await responses(engine) == []
    async with engine.connect() as connection:
        assert (await connection.execute(select(ConversationState))).all() == []
    assert await person.says("hej") == ["menu-main"]


async def test_a_retake_stopped_under_16_leaves_the_old_response_superseded(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs)
    await skip_to(person, "survey-summary")
    await person.taps("finish")
    await person.taps("menu")
    await person.taps("survey")
    await person.taps("retake")
    await person.taps("under_16")
    [old] = await responses(engine)
    assert old.superseded_at is not None


async def test_without_migration_experience_the_survey_is_in_the_menu(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="resident", hint="pl")
    await person.onboard(language="pl", migration="no")
    assert keys(person.last) == ["onboarding-done", "menu-main"]
    assert await person.taps("survey") == ["survey-intro", "survey-progress", "survey-profile-age"]


def _dialogs_with(engine: AsyncEngine, translator: Translator, flows: dict[str, Flow]) -> Dialogs:
    base = make_dialogs(engine, translator, Clock())
    return Dialogs(
        create_sessionmaker(engine),
        translator,
        Pseudonymizer(b"test-pseudonym-key-0123456789abcdef"),
        flows,
        base.config,
        clock=base.clock,
        rng=random.Random(7),
    )


async def test_after_finishing_ideas_and_rating_open_when_installed(
    engine: AsyncEngine, translator: Translator
) -> None:
    async def ideas_start(ctx: Context) -> Result:
        return Result.to("menu", "main", T("rights-help"))

    installed = {k: v for k, v in build_flows().items() if k not in ("ideas", "rating")}
    installed["ideas"] = Flow("ideas", {}, first="", start_hook=ideas_start)
    person = await start_survey(_dialogs_with(engine, translator, installed))
    await skip_to(person, "survey-summary")
    await person.taps("finish")
    assert await person.taps("ideas") == ["rights-help", "menu-main"]

    other = Person(person.dialogs, user_id="s2", hint="uk")
    await other.onboard()
    await skip_to(other, "survey-summary")
    await other.taps("finish")
    assert await other.taps("rating") == ["menu-coming-soon", "menu-main"]


# --- what is stored, and bad input ----------------------------------------------------------------


async def test_free_text_is_masked_and_capped(
    engine: AsyncEngine, translator: Translator, clock: Clock
) -> None:
    person = await start_survey(make_dialogs(engine, translator, clock, text_max_length=500))
    await skip_to(person, "survey-welfare-needs")
    await person.taps("other")
    await person.taps("done")
    assert "300" in person.last[0].text  # the question's own cap
    assert await person.says("x" * 301) == [
        "survey-text-too-long",
        "survey-progress-hint",
        "survey-needs-other-text",
    ]
    await person.says("  Call me: +48 600 100 200, or write to anna.k@example.com  ")
    await skip_to(person, "survey-help-most")
    assert "500" in person.last[0].text  # the bot-wide cap is lower than the question's 1000
    assert await person.says("y" * 501) == [
        "survey-text-too-long",
        "survey-progress-hint",
        "survey-help-most",
    ]
    answers = await stored(engine)
    assert answers["welfare.needs_other"] == ["Call me: […], or write to […]"]
    assert "help_most" not in answers


# The question each type is tested on, the key it is asked with, and what to type for each case.
TYPES = {
    "single": "survey-profile-age",
    "multi": "survey-welfare-needs",
    "scale": "survey-welfare-difficulty",
    "text": "survey-help-most",
}
BAD_INPUTS = [
    ("single", "maybe later", "input-choose-option"),
    ("single", "42", "input-number-out-of-range"),
    ("multi", "maybe later", "input-choose-option"),
    ("multi", "42", "input-number-out-of-range"),
    ("scale", "very hard indeed", "input-choose-option"),
    ("scale", "9", "input-number-out-of-range"),
    ("scale", "0", "input-number-out-of-range"),
    ("text", "x" * 10_000, "survey-text-too-long"),
]


@pytest.mark.parametrize(("kind", "text", "reply"), BAD_INPUTS)
async def test_bad_input_gets_a_kind_reply_and_changes_nothing(
    dialogs: Dialogs,
    engine: AsyncEngine,
    translator: Translator,
    kind: str,
    text: str,
    reply: str,
) -> None:
    person = await start_survey(dialogs, locale="ru")
    await skip_to(person, TYPES[kind])
    if kind == "multi":
        await person.taps("housing")
    header = person.last[-2].key
    before = await snapshot(engine)
    replies = await person.send(person.inbound(text=text))
    assert keys(replies) == [reply, header, TYPES[kind]]
    args = {"max": len(person.question.options)}
    if reply == "survey-text-too-long":
        args = {"length": 10_000, "max": 1000}
    assert replies[0].text == translator("ru", reply, **args)
    assert await snapshot(engine) == before
    if kind == "multi":
        assert ticked(person) == ["housing"]


@pytest.mark.parametrize("kind", TYPES)
async def test_a_button_from_an_old_question_changes_nothing(
    dialogs: Dialogs, engine: AsyncEngine, kind: str
) -> None:
    person = await start_survey(dialogs, locale="en")
    old = person.question  # the age question
    await skip_to(person, TYPES[kind])
    if kind == "single":
        await person.taps("25_34")
        await person.taps("back")
    before = await snapshot(engine)
    replies = await person.send(person.inbound(choice=Choice("16_24", old.token or "")))
    assert keys(replies) == ["input-stale-option"]
    assert await snapshot(engine) == before


async def test_a_tick_from_an_earlier_copy_of_the_same_question_is_refused(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs)
    await skip_to(person, "survey-welfare-needs")
    first_copy = person.question
    await person.taps("housing")
    stale = await person.send(person.inbound(choice=Choice("benefits", first_copy.token or "")))
    assert keys(stale) == ["input-stale-option"]
    await person.send(person.inbound(text="Done"))
    assert (await stored(engine))["welfare.needs"] == ["housing"]
