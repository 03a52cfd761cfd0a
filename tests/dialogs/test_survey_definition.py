"""The survey definition: the shipped file is sound, and every kind of mistake is named clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.i18n import LOCALES, Translator
from dialogs.places import DataFileError
from dialogs.survey.definition import DEFAULT_FILE, load_survey
from storage.survey import Answer

DIMENSIONS = ("welfare", "economic", "legal", "cultural", "social")
KEYS = ("q", "q-short", "o1", "o2", "lo", "hi", "dimension-welfare")


def small_translator(folder: Path, missing: tuple[str, str] | None = None) -> Translator:
    """Four locales that know KEYS, except (locale, key) in `missing`."""
    for locale in LOCALES:
        (folder / locale).mkdir(parents=True)
        lines = [f"{key} = {key}" for key in KEYS if (locale, key) != missing]
        (folder / locale / "survey.ftl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Translator(folder, LOCALES)


def single(qid: str, extra: str = "") -> str:
    return f"""
[[question]]
id = "{qid}"
type = "single"
text = "q"
short = "q-short"
options = [{{ id = "a", label = "o1" }}, {{ id = "b", label = "o2" }}]
{extra}
"""


def load(tmp_path: Path, body: str, missing: tuple[str, str] | None = None) -> None:
    path = tmp_path / "survey.toml"
    path.write_text(body, encoding="utf-8")
    load_survey(path, small_translator(tmp_path / "locales", missing))


def test_the_shipped_survey_is_valid(translator: Translator) -> None:
    survey = load_survey(DEFAULT_FILE, translator)
    assert survey.version == 2  # the difficulty scales run from "very hard" to "very easy"
    assert len(survey.questions) == 18
    ids = [question.id for question in survey.questions]
    assert ids[:2] == ["profile.age", "profile.time_in_poland"]
    assert ids[-1] == "help_most"
    for dimension in DIMENSIONS:
        difficulty = survey.question(f"{dimension}.difficulty")
        needs = survey.question(f"{dimension}.needs")
        follow_up = survey.question(f"{dimension}.needs_other")
        at = ids.index(f"{dimension}.needs")
        assert ids[at : at + 3] == [
            f"{dimension}.{p}" for p in ("needs", "difficulty", "needs_other")
        ]
        assert difficulty is not None and difficulty.type == "scale"
        assert (difficulty.low, difficulty.high) == ("survey-scale-hard", "survey-scale-easy")
        assert needs is not None and needs.type == "multi"
        assert difficulty.closes == needs.id and survey.closer(needs) == difficulty
        assert 6 <= len(needs.options) <= 9 and needs.options[-1].id == "other"
        assert follow_up is not None and follow_up.type == "text"
        assert follow_up.when is not None and follow_up.when.question == needs.id
    age = survey.question("profile.age")
    assert age is not None
    assert [o.id for o in age.options if o.stop] == ["under_16"]
    assert all(o.id == "undisclosed" for o in age.options[-1:])


def test_conditions_follow_the_answers(translator: Translator) -> None:
    survey = load_survey(DEFAULT_FILE, translator)
    nothing = [q.id for q in survey.applicable({})]
    assert len(nothing) == 13 and "welfare.needs_other" not in nothing
    answers = {"welfare.needs": Answer(options=("housing", "other"))}
    assert "welfare.needs_other" in [q.id for q in survey.applicable(answers)]
    answers = {"welfare.needs": Answer(options=("housing",))}
    assert "welfare.needs_other" not in [q.id for q in survey.applicable(answers)]


def test_a_sound_small_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "survey.toml"
    path.write_text("version = 2\n" + single("one") + single("two"), encoding="utf-8")
    survey = load_survey(path, small_translator(tmp_path / "locales"))
    assert (survey.version, [q.id for q in survey.questions]) == (2, ["one", "two"])


SCALE = """
[[question]]
id = "welfare.difficulty"
type = "scale"
dimension = "welfare"
text = "q"
short = "q-short"
"""


def multi(qid: str) -> str:
    return single(qid).replace('"single"', '"multi"')


def closing(qid: str, closes: str) -> str:
    """A scale that shares the screen of the multiple choice `closes` names."""
    return f"""
[[question]]
id = "{qid}"
type = "scale"
text = "q"
short = "q-short"
low = "lo"
high = "hi"
closes = "{closes}"
"""


def test_a_scale_closes_the_multiple_choice_just_before_it(tmp_path: Path) -> None:
    path = tmp_path / "survey.toml"
    path.write_text("version = 1\n" + multi("needs") + closing("scale", "needs"), encoding="utf-8")
    survey = load_survey(path, small_translator(tmp_path / "locales"))
    needs, scale = survey.questions
    assert scale.closes == "needs"
    assert survey.closer(needs) == scale
    assert survey.closer(scale) is None


BROKEN = {
    "unknown type": (
        single("one").replace('"single"', '"slider"'),
        "question 'one': unknown type 'slider'",
    ),
    "duplicate id": (single("one") + single("one"), "question 'one': duplicate id"),
    "condition on an unknown question": (
        single("one") + single("two", 'when = { question = "three", any_of = ["a"] }'),
        "question 'two': condition names question 'three', which does not exist",
    ),
    "condition on a later question": (
        single("one", 'when = { question = "two", any_of = ["a"] }') + single("two"),
        "question 'one': condition names question 'two', which comes later",
    ),
    "condition on an option that does not exist": (
        single("one") + single("two", 'when = { question = "one", any_of = ["z"] }'),
        "question 'two': condition `any_of` must list options of 'one'",
    ),
    "scale without its ends": (SCALE, "question 'welfare.difficulty': `low` must name a message"),
    "a single option": (
        single("one").replace(', { id = "b", label = "o2" }', ""),
        "question 'one': `options` must list at least two options",
    ),
    "reserved option id": (
        single("one").replace('id = "b"', 'id = "skip"'),
        "question 'one': option id 'skip' is reserved",
    ),
    "duplicate option id": (
        single("one").replace('id = "b"', 'id = "a"'),
        "question 'one': option id 'a' appears twice",
    ),
    "misspelt field": (
        single("one").replace("options =", "option ="),
        "question 'one': field 'option' does not belong to a single question",
    ),
    "difficulty that is not a scale": (
        single("welfare.difficulty", 'dimension = "welfare"'),
        "question 'welfare.difficulty': a '.difficulty' question must be a scale question",
    ),
    "stop on a multiple choice": (
        single("one")
        .replace('"single"', '"multi"')
        .replace('label = "o1"', 'label = "o1", stop = "q"'),
        "question 'one': only a single choice can stop the survey",
    ),
    "closes a question that does not exist": (
        multi("one") + closing("two", "three"),
        "question 'two': `closes` must name the multiple choice question just before it",
    ),
    "closes a single choice": (
        single("one") + closing("two", "one"),
        "question 'two': `closes` must name the multiple choice question just before it",
    ),
    "closes a multiple choice that is not just before it": (
        multi("one") + single("two") + closing("three", "one"),
        "question 'three': `closes` must name the multiple choice question just before it",
    ),
    "closes on a question that is not a scale": (
        multi("one") + multi("two").replace("options =", 'closes = "one"\noptions ='),
        "question 'two': field 'closes' does not belong to a multi question",
    ),
    "bad max_length": (
        single("one").replace('"single"', '"text"').replace("options = [", "max_length = -3\n#"),
        "question 'one': `max_length` must be a positive whole number",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_each_mistake_is_named(tmp_path: Path, case: str) -> None:
    body, problem = BROKEN[case]
    with pytest.raises(DataFileError) as error:
        load(tmp_path, "version = 1\n" + body)
    assert f"{tmp_path / 'survey.toml'}: {problem}" in str(error.value)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_message_missing_in_any_locale_is_named(tmp_path: Path, locale: str) -> None:
    with pytest.raises(DataFileError) as error:
        load(tmp_path, "version = 1\n" + single("one"), missing=(locale, "o2"))
    assert f"question 'one', option 'b': message 'o2' is missing in {locale}" in str(error.value)


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    body = "version = 0\n" + single("one") + single("one").replace('"single"', '"slider"')
    with pytest.raises(DataFileError) as error:
        load(tmp_path, body)
    lines = str(error.value).splitlines()
    assert len(lines) == 3
    assert "`version` must be a whole number" in lines[0]
    assert "duplicate id" in lines[1] and "unknown type" in lines[2]


def test_a_file_that_is_not_toml_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"survey\.toml"):
        load(tmp_path, "version = \n[[question]")
