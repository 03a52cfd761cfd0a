"""Survey transcripts: every path a participant can take, and what ends up in the database."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.flow import Context, Flow, Result
from dialogs.flows import build_flows
from dialogs.i18n import T, Translator
from dialogs.messages import Choice
from dialogs.survey.flow import default_survey
from storage.db import create_sessionmaker
from storage.models import ConversationState, Participant, SurveyAnswer, SurveyResponse
from storage.pseudonyms import Pseudonymizer
from storage.survey import completions, difficulty_by_dimension
from tests.conftest import Clock, make_dialogs
from tests.transcript import Person, Tally, keys

LOCALES = ["pl", "uk", "en", "ru"]
DIMENSIONS = ("welfare", "economic", "legal", "cultural", "social")
AGES = ["under_16", "16_24", "25_34", "35_44", "45_54", "55_64", "65_plus", "undisclosed"]
SCALE = ["1", "2", "3", "4", "5"]


def _needs(dimension: str) -> list[str]:
    question = default_survey().question(f"{dimension}.needs")
    assert question is not None
    return [option.id for option in question.options]


NEEDS = {dimension: _needs(dimension) for dimension in DIMENSIONS}
# Every question a participant who never picks "something else" is asked, in the file's order.
QUESTIONS = [
    "profile.age",
    "profile.time_in_poland",
    *(f"{d}.{part}" for d in DIMENSIONS for part in ("needs", "difficulty")),
    "help_most",
]
SCREENS = 8  # age, time in Poland, one screen per dimension, what would help most
FEEDBACK = {  # words typed into the free-text questions, one language each
    "pl": "Kurs polskiego wieczorem",
    "uk": "Курси польської ввечері",
    "en": "Polish classes in the evening",
    "ru": "Курсы польского вечером",
}


async def start_survey(
    dialogs: Dialogs, user_id: str = "s1", locale: str = "uk", channel: str = "test"
) -> Person:
    """A participant with migration experience who says yes when onboarding offers the survey."""
    person = Person(dialogs, user_id=user_id, hint=locale, channel=channel)
    await person.onboard(language=locale, migration="yes")
    assert keys(person.last) == ["survey-intro", "survey-progress", "survey-profile-age"]
    return person


def on_screen(person: Person) -> str:
    """The question on screen: its message key, or `pair:<dimension>` for a dimension's screen."""
    question = person.question
    if question.key != "survey-pair":
        return question.key
    return next(f"pair:{d}" for d in DIMENSIONS if NEEDS[d][0] in person.options)


async def skip_to(person: Person, screen: str) -> int:
    """Skip screens ("skip", or "next" on a dimension's screen) until `screen`; the taps it took."""
    taps = 0
    while on_screen(person) != screen:
        await person.taps("skip" if "skip" in person.options else "next")
        taps += 1
    return taps


async def tick(person: Person, option_id: str) -> list[str]:
    """Tap an option in the message that shows the question, as Telegram reports a tap."""
    question = person.question
    assert question.token is not None
    inbound = person.inbound(
        choice=Choice(option_id, question.token), message_ref=f"message-{question.token}"
    )
    return keys(await person.send(inbound))


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


async def participants(engine: AsyncEngine) -> list[Participant]:
    async with engine.connect() as connection:
        return list(await connection.execute(select(Participant)))  # type: ignore[arg-type]


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
    assert person.last[1].text == f"1 / {SCREENS}"
    assert await person.taps("25_34") == ["survey-progress", "survey-profile-time"]
    assert person.options == ["under_1", "1_2", "3_5", "over_5", "undisclosed", "skip", "back"]
    assert await person.taps("1_2") == ["survey-progress-topic", "survey-pair"]
    ends = [
        translator(locale, "scale-end", value=1, label=translator(locale, "survey-scale-hard")),
        translator(locale, "scale-end", value=5, label=translator(locale, "survey-scale-easy")),
    ]
    expected_needs: dict[str, list[str]] = {}
    for number, dimension in enumerate(DIMENSIONS):
        # One screen per dimension: the scale from the bad end to the good end, then the needs.
        assert person.options == [*SCALE, *NEEDS[dimension], "next", "back"]
        labels = [option.label for option in person.question.options]
        assert labels[:5] == [ends[0], "2", "3", "4", ends[1]]
        assert person.last[0].text.endswith(translator(locale, f"dimension-{dimension}"))
        assert translator(locale, f"survey-{dimension}-needs") in person.question.text
        chosen = NEEDS[dimension][1:3] + (["other"] if dimension == "welfare" else [])
        for option in chosen:
            assert await tick(person, option) == ["survey-pair"]
        assert ticked(person) == chosen
        expected_needs[dimension] = chosen
        after = await person.taps(str(number + 1))
        if dimension == "welfare":
            assert after == ["survey-progress-hint", "survey-needs-other-text"]
            assert person.options == ["skip", "back"]
            assert person.last[0].text.startswith(f"4 / {SCREENS + 1}")
            after = await person.says(FEEDBACK[locale])
        if dimension != "social":
            assert after == ["survey-progress-topic", "survey-pair"]
    assert keys(person.last) == ["survey-progress-hint", "survey-help-most"]
    assert person.last[0].text.startswith(f"{SCREENS + 1} / {SCREENS + 1}")
    # The last answer completes the survey: no "finish" to find.
    assert await person.says(FEEDBACK[locale]) == ["survey-finished"]
    # The thanks asks too, once, whether to tell what becomes of the ideas: no message more.
    assert person.options == ["updates_yes", "updates_no", "ideas", "rating", "answers", "menu"]
    ask = translator(locale, "outcomes-ask", messenger="other")
    assert person.question.text == translator(locale, "survey-finished") + "\n\n" + ask
    assert await person.taps("updates_yes") == ["outcomes-saved-yes", "survey-finished"]
    assert person.options == ["ideas", "rating", "answers", "menu"]
    assert person.question.text == translator(locale, "survey-finished")
    [response] = await responses(engine)
    assert response.completed_at is not None and response.superseded_at is None

    assert await person.taps("answers") == ["survey-summary"]
    assert person.options == ["finish", *QUESTIONS[:4], "welfare.needs_other", *QUESTIONS[4:]]
    assert translator(locale, "survey-profile-age-25-34") in person.question.text
    assert FEEDBACK[locale] in person.question.text
    assert await person.taps("finish") == ["survey-finished"]

    assert await stored(engine) == {
        "profile.age": ["25_34"],
        "profile.time_in_poland": ["1_2"],
        **{f"{d}.needs": expected_needs[d] for d in DIMENSIONS},
        **{f"{d}.difficulty": [n + 1] for n, d in enumerate(DIMENSIONS)},
        "welfare.needs_other": [FEEDBACK[locale]],
        "help_most": [FEEDBACK[locale]],
    }
    async with create_sessionmaker(engine)() as session:
        assert await completions(session) == 1


async def skip_all(person: Person) -> int:
    return await skip_to(person, "survey-finished")


async def test_skipping_everything_is_the_shortest_path(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs)
    assert await skip_all(person) == SCREENS  # one tap a screen, and nothing to finish
    assert await stored(engine) == {question: ["skipped"] for question in QUESTIONS}
    async with create_sessionmaker(engine)() as session:
        assert await difficulty_by_dimension(session) == {}
        assert await completions(session) == 1


async def test_the_progress_line_counts_screens(dialogs: Dialogs, translator: Translator) -> None:
    person = await start_survey(dialogs, locale="en")
    headers = [person.last[1]]
    while person.question.key != "survey-finished":
        await person.taps("skip" if "skip" in person.options else "next")
        headers.append(person.last[0])
    headers.pop()  # the thanks has none
    assert [header.key for header in headers] == [
        *["survey-progress"] * 2,
        *["survey-progress-topic"] * len(DIMENSIONS),  # a dimension's screen says how to answer
        "survey-progress-hint",  # a text question: the hint names the cap
    ]
    topics = [translator("en", f"dimension-{d}") for d in DIMENSIONS]
    assert [header.text.split("\n")[0] for header in headers] == [
        "1 / 8",
        "2 / 8",
        *(f"{n} / 8 · {topic}" for n, topic in enumerate(topics, 3)),
        "8 / 8",
    ]


# --- how long the survey is -----------------------------------------------------------------------

# The typical person: per dimension one number and two or three needs (never "something else"),
# nothing in their own words.
TYPICAL_SCALE = (2, 3, 4, 2, 3)
TYPICAL_NEEDS = (2, 3, 2, 3, 2)


def typical_needs(dimension: str, count: int) -> list[str]:
    return NEEDS[dimension][: 2 * count : 2]  # every other need, never the last ("other")


async def type_typical_path(person: Person) -> Tally:
    """From the first question (opened by "yes" to onboarding's offer) to the thanks."""
    tally = Tally()
    tally.read(person.last)

    async def say(text: str) -> None:
        tally.answers += 1
        tally.read(await person.send(person.inbound(text=text)))

    await say("3")  # 25–34
    await say("2")  # 1–2 years
    for value, count, dimension in zip(TYPICAL_SCALE, TYPICAL_NEEDS, DIMENSIONS, strict=True):
        positions = [
            len(SCALE) + 1 + NEEDS[dimension].index(n) for n in typical_needs(dimension, count)
        ]
        await say(", ".join(str(number) for number in [value, *positions]))
    await say(next(option.label for option in person.question.options if option.id == "skip"))
    assert person.question.key == "survey-finished"
    return tally


async def tap_typical_path(person: Person) -> Tally:
    """The same answers by taps, each reported with the message it was made in."""
    tally = Tally()
    tally.read(person.last)

    async def tap(option_id: str) -> None:
        tally.answers += 1
        await tick(person, option_id)
        tally.read(person.last)

    await tap("25_34")
    await tap("1_2")
    for value, count, dimension in zip(TYPICAL_SCALE, TYPICAL_NEEDS, DIMENSIONS, strict=True):
        for need in typical_needs(dimension, count):
            await tap(need)
        await tap(str(value))
    await tap("skip")
    assert person.question.key == "survey-finished"
    return tally


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_typical_survey_typed_is_short(
    dialogs: Dialogs, engine: AsyncEngine, locale: str
) -> None:
    person = await start_survey(dialogs, user_id=f"typed-{locale}", locale=locale, channel="signal")
    tally = await type_typical_path(person)
    print(
        f"\ntypical survey typed ({locale}): {tally.answers} messages from the person, "
        f"{tally.messages} from the bot, {tally.characters} characters"
    )
    assert tally.answers <= 15
    assert tally.messages <= 20
    assert tally.characters <= 6000
    answers = await stored(engine)
    for value, count, dimension in zip(TYPICAL_SCALE, TYPICAL_NEEDS, DIMENSIONS, strict=True):
        assert answers[f"{dimension}.difficulty"] == [value]
        assert answers[f"{dimension}.needs"] == typical_needs(dimension, count)
    assert answers["help_most"] == ["skipped"]


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_typical_survey_tapped_is_short_and_skipping_all_is_shorter(
    dialogs: Dialogs, engine: AsyncEngine, locale: str
) -> None:
    person = await start_survey(
        dialogs, user_id=f"taps-{locale}", locale=locale, channel="telegram"
    )
    tally = await tap_typical_path(person)
    skipper = await start_survey(
        dialogs, user_id=f"skips-{locale}", locale=locale, channel="telegram"
    )
    skips = await skip_all(skipper)
    print(
        f"\ntypical survey tapped ({locale}): {tally.answers} taps, {tally.messages} new messages "
        f"and {tally.edits} edits from the bot, {tally.characters} characters in new messages; "
        f"skipping everything: {skips} taps"
    )
    assert tally.answers <= 20
    assert tally.messages <= 20
    assert tally.characters <= 6000
    assert skips < tally.answers
    assert len(await stored(engine)) == len(QUESTIONS)


async def test_a_tap_that_moves_on_sends_the_next_question_as_a_new_message(
    dialogs: Dialogs,
) -> None:
    person = await start_survey(dialogs, channel="telegram")
    # The answered question stays readable above, and the next one comes with its progress line.
    assert await tick(person, "25_34") == ["survey-progress", "survey-profile-time"]
    assert person.last[-1].replaces is None


# --- one screen per dimension ---------------------------------------------------------------------


async def test_a_tick_stays_on_the_screen_and_a_number_answers_both(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs, channel="telegram")
    await skip_to(person, "pair:welfare")
    shown = person.question
    assert [o.closes for o in shown.options] == [True] * 5 + [False] * (len(shown.options) - 5)
    assert [o.id for o in shown.options if o.control] == ["next", "back"]
    assert await tick(person, "housing") == ["survey-pair"]
    assert person.last[0].replaces == f"message-{shown.token}"  # shown changed, in place
    await tick(person, "benefits")
    await tick(person, "housing")  # a second tap takes the tick away
    assert ticked(person) == ["benefits"]
    assert await stored(engine) == {
        "profile.age": ["skipped"],
        "profile.time_in_poland": ["skipped"],
    }
    await person.taps("4")
    assert on_screen(person) == "pair:economic"
    # "Next" keeps the ticks and leaves the scale unanswered.
    await person.taps("diploma_recognition")
    assert await person.taps("next") == ["survey-progress-topic", "survey-pair"]
    answers = await stored(engine)
    assert answers["welfare.needs"] == ["benefits"]
    assert answers["welfare.difficulty"] == [4]
    assert answers["economic.needs"] == ["diploma_recognition"]
    assert answers["economic.difficulty"] == ["skipped"]


@pytest.mark.parametrize("typed", ["2, 6, 8", "2 6 8"])
async def test_a_typed_list_answers_the_scale_and_the_needs(
    dialogs: Dialogs, engine: AsyncEngine, typed: str
) -> None:
    person = await start_survey(dialogs, channel="signal")
    await skip_to(person, "pair:welfare")
    await person.taps("school_childcare")  # an earlier tick counts too
    assert await person.says(typed) == ["survey-progress-topic", "survey-pair"]
    assert on_screen(person) == "pair:economic"
    answers = await stored(engine)
    assert answers["welfare.difficulty"] == [2]
    # Positions 6 and 8 are the first and third needs: the scale holds 1 to 5.
    assert answers["welfare.needs"] == ["housing", "benefits", "school_childcare"]


async def test_typed_needs_without_a_number_are_kept_and_the_number_asked_for(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs, channel="signal")
    await skip_to(person, "pair:welfare")
    before = await stored(engine)
    assert await person.says("6, 7") == [
        "survey-pair-scale-missing",
        "survey-progress-topic",
        "survey-pair",
    ]
    assert ticked(person) == ["housing", "health_care"]
    assert await stored(engine) == before
    assert await person.says("5") == ["survey-progress-topic", "survey-pair"]
    answers = await stored(engine)
    assert (answers["welfare.needs"], answers["welfare.difficulty"]) == (
        ["housing", "health_care"],
        [5],
    )


async def test_choosing_something_else_asks_for_words_after_the_screen(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs)
    await skip_to(person, "pair:legal")
    await person.taps("other")
    assert await person.taps("3") == ["survey-progress-hint", "survey-needs-other-text"]
    assert person.last[0].text.startswith(f"6 / {SCREENS + 1}")
    assert await person.says("Help at the voivode's office") == [
        "survey-progress-topic",
        "survey-pair",
    ]
    assert on_screen(person) == "pair:cultural"
    answers = await stored(engine)
    assert answers["legal.needs"] == ["other"]
    assert answers["legal.needs_other"] == ["Help at the voivode's office"]


# --- interruptions, stopping, resuming, going back ------------------------------------------------


async def test_an_interruption_repeats_only_the_question(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs, channel="signal")
    await skip_to(person, "pair:welfare")
    await person.taps("housing")
    before = await snapshot(engine)
    assert await person.command("help") == ["rights-help", "survey-pair"]
    assert await person.command("privacy") == ["rights-privacy-notice", "survey-pair"]
    assert await person.says("banana") == ["input-choose-option", "survey-pair"]
    assert ticked(person) == ["housing"]
    assert await snapshot(engine) == before


async def test_stop_halfway_and_resume_after_a_restart(
    engine: AsyncEngine, translator: Translator, clock: Clock
) -> None:
    person = await start_survey(make_dialogs(engine, translator, clock))
    await person.taps("35_44")
    await person.taps("over_5")
    await person.taps("housing")  # ticked, not yet closed with a number
    assert await person.command("menu") == ["menu-main"]

    restarted = Person(make_dialogs(engine, translator, clock), user_id=person.user_id, hint="uk")
    assert await restarted.command("menu") == ["menu-main"]
    assert await restarted.taps("survey") == [
        "survey-resume",
        "survey-progress-topic",
        "survey-pair",
    ]
    assert ticked(restarted) == ["housing"]
    await restarted.taps("benefits")
    assert await restarted.taps("2") == ["survey-progress-topic", "survey-pair"]
    assert on_screen(restarted) == "pair:economic"
    assert await stored(engine) == {
        "profile.age": ["35_44"],
        "profile.time_in_poland": ["over_5"],
        "welfare.needs": ["housing", "benefits"],
        "welfare.difficulty": [2],
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
    assert await person.command("help") == ["rights-help", "survey-profile-time"]
    assert await person.command("language") == ["rights-language-choose"]
    assert (await person.taps("en"))[0] == "rights-language-changed"
    assert person.question.key == "survey-profile-time"
    assert person.question.text == "How long have you lived in Poland?"
    assert await person.command("delete") == ["rights-delete-confirm"]
    assert await person.taps("delete") == ["rights-deleted"]
    assert await stored(engine) == {}
    assert await responses(engine) == []


async def test_back_goes_one_screen_back(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await start_survey(dialogs)
    await person.taps("25_34")
    await person.taps("3_5")
    await person.taps("housing")
    # Back from a dimension's screen forgets the unconfirmed tick.
    assert await person.taps("back") == ["survey-progress", "survey-profile-time"]
    assert ticked(person) == ["3_5"]
    assert await person.taps("back") == ["survey-progress", "survey-profile-age"]
    assert "back" not in person.options  # nothing before the first question
    assert await person.taps("45_54") == ["survey-progress", "survey-profile-time"]
    assert await person.taps("over_5") == ["survey-progress-topic", "survey-pair"]
    assert ticked(person) == []
    await person.taps("benefits")
    await person.taps("4")
    # Back to an answered screen shows both answers, and a number answers it again.
    assert await person.taps("back") == ["survey-progress-topic", "survey-pair"]
    assert ticked(person) == ["4", "benefits"]
    await person.taps("2")
    assert await stored(engine) == {
        "profile.age": ["45_54"],
        "profile.time_in_poland": ["over_5"],
        "welfare.needs": ["benefits"],
        "welfare.difficulty": [2],
    }


async def test_back_to_a_written_answer_keeps_it_unless_replaced(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator
) -> None:
    person = await start_survey(dialogs, locale="pl")
    await skip_to(person, "pair:welfare")
    await person.taps("other")
    await person.taps("next")
    await person.says("Tańsze mieszkanie")
    assert on_screen(person) == "pair:economic"

    back = ["survey-progress-hint", "survey-text-earlier", "survey-needs-other-text"]
    assert await person.taps("back") == back
    assert person.last[1].text == translator(
        "pl", "survey-text-earlier", answer="Tańsze mieszkanie"
    )
    assert person.options == ["keep", "skip", "back"]
    assert await person.taps("keep") == ["survey-progress-topic", "survey-pair"]
    assert (await stored(engine))["welfare.needs_other"] == ["Tańsze mieszkanie"]

    await person.taps("back")
    await person.says("Mieszkanie blisko pracy")
    assert (await stored(engine))["welfare.needs_other"] == ["Mieszkanie blisko pracy"]

    await person.taps("back")
    await person.taps("skip")
    assert (await stored(engine))["welfare.needs_other"] == ["skipped"]
    assert await person.taps("back") == ["survey-progress-hint", "survey-needs-other-text"]
    assert person.options == ["skip", "back"]  # nothing written to keep


# --- after the last question: the summary, retaking -----------------------------------------------


async def test_change_an_answer_from_the_summary(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = await start_survey(dialogs)
    await person.taps("25_34")
    await skip_all(person)
    assert await person.taps("answers") == ["survey-summary"]
    assert "welfare.needs_other" not in person.options

    assert await person.taps("profile.age") == ["survey-progress", "survey-profile-age"]
    assert ticked(person) == ["25_34"]
    assert person.options[-2:] == ["skip", "back"]  # back returns to the summary
    assert await person.taps("55_64") == ["survey-summary"]

    # A choice changed alone is its own question, with "done"; "something else" opens its
    # follow-up before the summary comes back.
    assert await person.taps("welfare.needs") == ["survey-progress-hint", "survey-welfare-needs"]
    assert person.options == [*NEEDS["welfare"], "done", "skip", "back"]
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

    # A scale changed alone, headed by where its screen stands.
    assert await person.taps("economic.difficulty") == [
        "survey-progress-topic",
        "survey-economic-difficulty",
    ]
    assert person.options == [*SCALE, "skip", "back"]
    assert person.last[0].text.startswith(f"4 / {SCREENS}")
    assert await person.taps("back") == ["survey-summary"]
    await person.taps("legal.difficulty")
    assert await person.taps("1") == ["survey-summary"]
    assert await person.taps("finish") == ["survey-finished"]

    answers = await stored(engine)
    assert answers["profile.age"] == ["55_64"]
    assert answers["welfare.needs"] == ["psychological_help"]
    assert "welfare.needs_other" not in answers
    assert answers["economic.difficulty"] == ["skipped"]
    assert answers["legal.difficulty"] == [1]


async def test_retake_supersedes_the_earlier_response(
    dialogs: Dialogs, engine: AsyncEngine, clock: Clock
) -> None:
    person = await start_survey(dialogs)
    await skip_to(person, "pair:welfare")
    await person.taps("5")
    await skip_all(person)
    assert await person.taps("menu") == ["menu-main"]

    clock.advance(days=30)
    assert await person.taps("survey") == ["survey-retake-confirm"]
    assert person.options == ["retake", "menu"]
    assert await person.taps("retake") == ["survey-intro", "survey-progress", "survey-profile-age"]
    await skip_to(person, "pair:welfare")
    await person.taps("2")
    await skip_all(person)

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
    assert person.last[-1].forget_sender  # the channel forgets them too
    assert await participants(engine) == []  # district and migration experience included
    assert await stored(engine) == {}
    assert await responses(engine) == []
    async with engine.connect() as connection:
        assert (await connection.execute(select(ConversationState))).all() == []
    assert await person.command("start") == ["onboarding-language"]


async def test_a_retake_stopped_under_16_erases_the_old_response_too(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = await start_survey(dialogs)
    await skip_all(person)
    await person.taps("menu")
    await person.taps("survey")
    await person.taps("retake")
    assert await person.taps("under_16") == ["survey-stop-under-16"]
    assert await responses(engine) == []
    assert await stored(engine) == {}
    assert await participants(engine) == []


async def test_without_migration_experience_the_survey_is_in_the_menu(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="resident", hint="pl")
    await person.onboard(language="pl", migration="no")
    assert keys(person.last) == ["onboarding-done", "menu-main"]
    assert await person.taps("survey") == ["survey-intro", "survey-progress", "survey-profile-age"]


async def test_the_offer_can_wait_for_later(dialogs: Dialogs, engine: AsyncEngine) -> None:
    person = Person(dialogs, user_id="later", hint="en")
    await person.onboard(language="en", survey=False)
    assert person.question.key == "menu-main"
    assert await responses(engine) == []
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
    await skip_all(person)
    assert await person.taps("ideas") == ["rights-help", "menu-main"]

    other = await start_survey(person.dialogs, user_id="s2")
    await skip_all(other)
    assert await other.taps("rating") == ["menu-coming-soon", "menu-main"]


# --- what is stored, and bad input ----------------------------------------------------------------


async def test_free_text_is_masked_and_capped(
    engine: AsyncEngine, translator: Translator, clock: Clock
) -> None:
    person = await start_survey(make_dialogs(engine, translator, clock, text_max_length=500))
    await skip_to(person, "pair:welfare")
    await person.taps("other")
    await person.taps("next")
    assert "300" in person.last[0].text  # the question's own cap
    # The step itself refuses it: the question comes again with its hint, which names the cap.
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


async def reach(person: Person, kind: str) -> str:
    """Bring a person to a question of this kind; the key it is asked with."""
    if kind == "single":
        return "survey-profile-age"
    if kind == "pair":
        await skip_to(person, "pair:welfare")
        await person.taps("housing")
        return "survey-pair"
    if kind == "text":
        await skip_to(person, "survey-help-most")
        return "survey-help-most"
    # A multiple choice or a scale alone: changed from the summary.
    await skip_all(person)
    await person.taps("answers")
    if kind == "multi":
        await person.taps("welfare.needs")
        await person.taps("housing")
        return "survey-welfare-needs"
    await person.taps("welfare.difficulty")
    return "survey-welfare-difficulty"


BAD_INPUTS = [
    ("single", "maybe later", "input-choose-option"),
    ("single", "42", "input-number-out-of-range"),
    ("pair", "maybe later", "input-choose-option"),
    ("pair", "42", "input-number-out-of-range"),
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
    key = await reach(person, kind)
    before = await snapshot(engine)
    replies = await person.send(person.inbound(text=text))
    # A mistake brings the question again, not the whole screen; a text over the cap also
    # brings the hint that names the cap.
    again = ["survey-progress-hint", key] if kind == "text" else [key]
    assert keys(replies) == [reply, *again]
    args = {"max": len(person.question.options)}
    if reply == "survey-text-too-long":
        args = {"length": 10_000, "max": 1000}
    assert replies[0].text == translator("ru", reply, **args)
    assert await snapshot(engine) == before
    if kind in ("pair", "multi"):
        assert ticked(person) == ["housing"]


@pytest.mark.parametrize("kind", ["single", "pair", "multi", "scale", "text"])
async def test_a_button_from_an_old_question_changes_nothing(
    dialogs: Dialogs, engine: AsyncEngine, kind: str
) -> None:
    person = await start_survey(dialogs, locale="en")
    old = person.question  # the age question
    await reach(person, kind)
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
    await skip_to(person, "pair:welfare")
    first_copy = person.question
    await person.taps("housing")
    stale = await person.send(person.inbound(choice=Choice("benefits", first_copy.token or "")))
    assert keys(stale) == ["input-stale-option"]
    await person.send(person.inbound(text="Далі"))
    assert (await stored(engine))["welfare.needs"] == ["housing"]


async def test_an_answer_reads_the_response_once_and_writes_the_conversation_once(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    """The question after an answer is asked from what the answer's own step read and wrote:
    the response and its answers are not read again, and the conversation is written once."""
    person = await start_survey(dialogs)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(engine.sync_engine, "before_cursor_execute", seen)
    try:
        assert await person.taps("25_34") == ["survey-progress", "survey-profile-time"]
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", seen)

    def count(start: str) -> int:
        return sum(statement.startswith(start) for statement in statements)

    assert count("SELECT survey_responses.") == 1
    assert count("SELECT survey_answers.") == 1
    assert count("UPDATE conversation_states ") == 1
