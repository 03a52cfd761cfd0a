"""The empathy survey as data: `dialogs/data/survey.toml`, loaded and checked at start-up.

Organisers reorder or add questions in that file without touching Python. A mistake in it stops the
bot at start-up with every problem listed by file and question, rather than in the middle of
someone's survey.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast, get_args

from dialogs.i18n import Translator
from dialogs.places import DataFileError
from storage.survey import DIFFICULTY, NEEDS, Answer

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "survey.toml"

QuestionType = Literal["single", "multi", "scale", "text"]
TYPES: tuple[str, ...] = get_args(QuestionType)

# The flow adds these controls to questions itself, so no answer option may use their ids.
RESERVED_OPTION_IDS = frozenset({"skip", "back", "done", "finish"})

_COMMON_FIELDS = {"id", "type", "text", "short", "dimension", "when"}
_TYPE_FIELDS: dict[str, set[str]] = {
    "single": {"options"},
    "multi": {"options"},
    "scale": {"low", "high", "closes"},
    "text": {"max_length"},
}
# Ids are stored in the answers and sent with buttons, so they stay short and plain.
_ID = re.compile(r"[a-z0-9][a-z0-9_.]{0,47}")
_DIMENSION = re.compile(r"[a-z][a-z_]{0,15}")


@dataclass(frozen=True)
class AnswerOption:
    id: str
    label: str  # message key
    stop: str | None = None  # message key: choosing this ends the survey politely (under 16)


@dataclass(frozen=True)
class Condition:
    """Ask a question only if an earlier one was answered with any of these options."""

    question: str
    any_of: frozenset[str]

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        answer = answers.get(self.question)
        return answer is not None and not self.any_of.isdisjoint(answer.options)


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: str  # message key of the question
    short: str  # message key of its name in the summary
    dimension: str | None = None
    options: tuple[AnswerOption, ...] = ()
    low: str | None = None  # message keys naming the ends of a scale
    high: str | None = None
    max_length: int | None = None
    when: Condition | None = None
    closes: str | None = None  # a scale sharing the screen of this multiple choice (answers both)

    def option(self, option_id: str | None) -> AnswerOption | None:
        return next((option for option in self.options if option.id == option_id), None)

    def applies(self, answers: Mapping[str, Answer]) -> bool:
        return self.when is None or self.when.holds(answers)


@dataclass(frozen=True)
class Survey:
    version: int
    questions: tuple[Question, ...]

    def question(self, question_id: str | None) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def closer(self, question: Question) -> Question | None:
        """The scale that shares this multiple choice's screen, if any."""
        return next((q for q in self.questions if q.closes == question.id), None)

    def applicable(self, answers: Mapping[str, Answer]) -> list[Question]:
        """The questions this participant is asked, given what they answered so far."""
        return [question for question in self.questions if question.applies(answers)]


def load_survey(path: Path, translator: Translator) -> Survey:
    """Read and check a survey file; raise DataFileError listing every problem found."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(f"{path}: {error}") from error
    reader = _Reader(translator)
    survey = reader.survey(raw)
    if reader.problems:
        raise DataFileError("\n".join(f"{path}: {problem}" for problem in reader.problems))
    return survey


class _Reader:
    """Turns the parsed TOML into a Survey, collecting problems instead of stopping at the first."""

    def __init__(self, translator: Translator) -> None:
        self.translator = translator
        self.problems: list[str] = []
        self.all_ids: set[str] = set()

    def survey(self, raw: dict[str, Any]) -> Survey:
        for name in sorted(set(raw) - {"version", "question"}):
            self.problems.append(f"unknown top-level field {name!r}")
        version = raw.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.problems.append("`version` must be a whole number from 1 up")
            version = 0
        entries = raw.get("question")
        if not isinstance(entries, list) or not entries:
            self.problems.append("no [[question]] entries")
            return Survey(version, ())
        self.all_ids = {str(entry.get("id")) for entry in entries if isinstance(entry, dict)}
        questions: list[Question] = []
        for number, entry in enumerate(entries, 1):
            question = self.question(entry, number, questions)
            if question is not None:
                questions.append(question)
        return Survey(version, tuple(questions))

    def question(self, raw: Any, number: int, earlier: list[Question]) -> Question | None:
        if not isinstance(raw, dict):
            self.problems.append(f"question number {number} is not a table")
            return None
        qid = raw.get("id")
        if not isinstance(qid, str) or not _ID.fullmatch(qid):
            self.problems.append(
                f"question number {number}: `id` must be lower-case letters, digits, '_' or '.', "
                "at most 48 characters"
            )
            return None
        where = f"question {qid!r}"
        if any(q.id == qid for q in earlier):
            self.problems.append(f"{where}: duplicate id")
        kind = raw.get("type")
        if kind not in TYPES:
            self.problems.append(f"{where}: unknown type {kind!r} (use one of {', '.join(TYPES)})")
            return None
        allowed = _COMMON_FIELDS | _TYPE_FIELDS[kind]
        for name in sorted(set(raw) - allowed):
            self.problems.append(f"{where}: field {name!r} does not belong to a {kind} question")
        question = Question(
            id=qid,
            type=cast(QuestionType, kind),
            text=self.key(where, raw, "text"),
            short=self.key(where, raw, "short"),
            dimension=self.dimension(where, raw.get("dimension")),
            options=self.options(where, kind, raw.get("options")),
            low=self.key(where, raw, "low") if kind == "scale" else None,
            high=self.key(where, raw, "high") if kind == "scale" else None,
            max_length=self.max_length(where, raw.get("max_length")),
            when=self.condition(where, raw.get("when"), earlier),
            closes=self.closes(where, raw.get("closes"), earlier),
        )
        self.counted_by_convention(where, question)
        return question

    def key(self, where: str, raw: Mapping[str, Any], field: str) -> str:
        value = raw.get(field)
        if not isinstance(value, str) or not value:
            self.problems.append(f"{where}: `{field}` must name a message")
            return ""
        self.message(where, value)
        return value

    def message(self, where: str, key: str) -> None:
        missing = [
            locale for locale in self.translator.locales if not self.translator.has(locale, key)
        ]
        if missing:
            self.problems.append(f"{where}: message {key!r} is missing in {', '.join(missing)}")

    def dimension(self, where: str, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _DIMENSION.fullmatch(value):
            self.problems.append(f"{where}: `dimension` must be a short lower-case word")
            return None
        self.message(where, f"dimension-{value}")
        return value

    def options(self, where: str, kind: str, raw: Any) -> tuple[AnswerOption, ...]:
        if kind not in ("single", "multi"):
            return ()
        if not isinstance(raw, list) or len(raw) < 2:
            self.problems.append(f"{where}: `options` must list at least two options")
            return ()
        options: list[AnswerOption] = []
        for number, entry in enumerate(raw, 1):
            if not isinstance(entry, dict):
                self.problems.append(f"{where}: option number {number} is not a table")
                continue
            oid = entry.get("id")
            if not isinstance(oid, str) or not _ID.fullmatch(oid):
                self.problems.append(f"{where}: option number {number} needs a plain `id`")
                continue
            for name in sorted(set(entry) - {"id", "label", "stop"}):
                self.problems.append(f"{where}: option {oid!r} has an unknown field {name!r}")
            if oid in RESERVED_OPTION_IDS:
                self.problems.append(f"{where}: option id {oid!r} is reserved for the controls")
            if any(option.id == oid for option in options):
                self.problems.append(f"{where}: option id {oid!r} appears twice")
            stop = entry.get("stop")
            if stop is not None:
                if kind != "single":
                    self.problems.append(f"{where}: only a single choice can stop the survey")
                stop = self.key(f"{where}, option {oid!r}", entry, "stop")
            label = self.key(f"{where}, option {oid!r}", entry, "label")
            options.append(AnswerOption(oid, label, stop))
        return tuple(options)

    def max_length(self, where: str, value: Any) -> int | None:
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.problems.append(f"{where}: `max_length` must be a positive whole number")
            return None
        return value

    def condition(self, where: str, raw: Any, earlier: list[Question]) -> Condition | None:
        if raw is None:
            return None
        if not isinstance(raw, dict) or set(raw) != {"question", "any_of"}:
            self.problems.append(f"{where}: `when` must be {{ question = ..., any_of = [...] }}")
            return None
        target_id, any_of = raw["question"], raw["any_of"]
        target = next((q for q in earlier if q.id == target_id), None)
        if target is None:
            problem = "comes later" if target_id in self.all_ids else "does not exist"
            self.problems.append(
                f"{where}: condition names question {target_id!r}, which {problem}"
            )
            return None
        if target.type not in ("single", "multi"):
            self.problems.append(f"{where}: condition needs a choice question, not {target_id!r}")
            return None
        valid = {option.id for option in target.options}
        if not isinstance(any_of, list) or not any_of or not set(any_of) <= valid:
            self.problems.append(
                f"{where}: condition `any_of` must list options of {target_id!r}: {sorted(valid)}"
            )
            return None
        return Condition(target.id, frozenset(any_of))

    def closes(self, where: str, value: Any, earlier: list[Question]) -> str | None:
        if value is None:
            return None
        before = earlier[-1] if earlier else None
        if before is None or before.id != value or before.type != "multi":
            self.problems.append(
                f"{where}: `closes` must name the multiple choice question just before it"
            )
            return None
        return str(value)

    def counted_by_convention(self, where: str, question: Question) -> None:
        """The digest finds difficulties and needs by id; keep those ids honest."""
        for suffix, kind in ((DIFFICULTY, "scale"), (NEEDS, "multi")):
            if question.id.endswith(f".{suffix}"):
                expected = question.id.removesuffix(f".{suffix}")
                if question.type != kind or question.dimension != expected:
                    self.problems.append(
                        f"{where}: a '.{suffix}' question must be a {kind} question "
                        f"with dimension = {expected!r}"
                    )
