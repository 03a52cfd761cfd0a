"""All four locales complete: same files, same keys, same variables, every message formats."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from dialogs.i18n import LOCALES, LOCALES_DIR, MissingMessage, Translator

SAMPLES: dict[str, list[object]] = {
    "max": [1, 3, 22],
    "length": [1, 2, 5, 22, 1001],
    "current": [1, 4],
    "total": [14],
    "records": [0, 1, 3, 22],
    "consent": ["given", "refused", "withdrawn", "none"],
    "migration": ["yes", "no", "undisclosed", "none"],
    "district": ["wola", "elsewhere", "undisclosed", "none"],
    "ideas": [0, 1, 3, 5, 22],
    "status": ["waiting", "approved", "rejected", "merged"],
    "reason": ["duplicate", "off_topic", "personal_data", "offensive", "unclear", "none"],
    "language": ["pl", "uk", "en", "ru"],
    "original": ["same", "pl", "uk", "en", "ru"],
    "quadrant": ["WOW", "HOW"],
    "effectiveness": [1, 3.0, 4.25],
    "ease": [2, 3.5],
    "rated": [0, 1, 3, 22],
    "ratings": [1, 2, 5, 22, 101],
    "min": [1, 5],
    "mean": [1.0, 3.456],
    "delta": [0.1, 1.25],
    "day": [1, 29],
    "month": [1, 2, 11, 12],
    "year": [2026],
    "respondents": [1, 3, 5, 22],
    "count": [1, 3, 5, 21],
    "messenger": ["telegram", "signal", "terminal", "other"],
    "organisation": ["none", "Fundacja Przykład"],
    "contact": ["none", "kontakt@example.org"],
    "days": [1, 2, 5, 22, 365],
    "answers": [0, 1, 22],
    "time": ["14:35"],
    "pace": ["together", "self"],
    "joined": [0, 1, 3, 22],
    "people": [0, 1, 3, 22],
    "shown": ["none", "Tandemy językowe"],
    "effectiveness_sd": [0.0, 1.2345],
    "ease_sd": [0.5],
    "placed": [1, 2, 5, 22],
    "value": [1, 3, 5],
    "midpoint": [3.0, 2.5],
}


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def messages(locale: str) -> dict[str, tuple[str, ast.Message]]:
    found: dict[str, tuple[str, ast.Message]] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: cannot parse {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{path}: {entry.id.name} defined twice"
                found[entry.id.name] = (path.name, entry)
    return found


def variables(message: ast.Message) -> set[str]:
    visitor = _Variables()
    visitor.visit(message)
    return visitor.names


def test_every_locale_has_the_same_files() -> None:
    files = {
        locale: sorted(p.name for p in (LOCALES_DIR / locale).glob("*.ftl")) for locale in LOCALES
    }
    assert all(names == files["en"] for names in files.values()), files


@pytest.mark.parametrize("locale", [locale for locale in LOCALES if locale != "en"])
def test_same_keys_and_variables_as_english(locale: str) -> None:
    english, other = messages("en"), messages(locale)
    assert sorted(set(english) - set(other)) == [], f"missing in {locale}"
    assert sorted(set(other) - set(english)) == [], f"only in {locale}"
    for key, (filename, message) in english.items():
        assert other[key][0] == filename, key
        assert variables(other[key][1]) == variables(message), f"{locale}: {key}"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_without_errors(locale: str) -> None:
    bundle = FluentBundle([locale], use_isolating=False)
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    for key, (_filename, message) in messages(locale).items():
        names = sorted(variables(message))
        choices = [SAMPLES.get(name, ["Wola"]) for name in names]
        for values in itertools.product(*choices):
            text, errors = bundle.format_pattern(
                bundle.get_message(key).value, dict(zip(names, values, strict=True))
            )
            assert errors == [], f"{locale}/{key}: {errors}"
            assert text.strip(), f"{locale}/{key} is empty"


def test_no_markup_in_messages() -> None:
    for path in LOCALES_DIR.glob("*/*.ftl"):
        body = path.read_text(encoding="utf-8")
        assert not re.search(r"</?(b|i|a|code|pre)\b|\*\*|__", body), path


def test_ukrainian_never_reads_as_russian() -> None:
    russian_only = re.compile("[ыэъё]", re.IGNORECASE)
    for path in (LOCALES_DIR / "uk").glob("*.ftl"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            value = line.split("=", 1)[-1]
            assert not russian_only.search(value), f"{path}:{number}: {line}"


def test_russian_has_no_ukrainian_letters() -> None:
    ukrainian_only = re.compile("[іїєґ]", re.IGNORECASE)
    for path in (LOCALES_DIR / "ru").glob("*.ftl"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            value = line.split("=", 1)[-1]
            assert not ukrainian_only.search(value), f"{path}:{number}: {line}"


def test_a_missing_message_is_an_error_not_a_fallback(tmp_path: Path) -> None:
    for locale in ("uk", "ru"):
        (tmp_path / locale).mkdir()
    (tmp_path / "uk" / "a.ftl").write_text("hello = Привіт\n", encoding="utf-8")
    (tmp_path / "ru" / "a.ftl").write_text("hello = Привет\nonly-ru = Только\n", encoding="utf-8")
    translator = Translator(tmp_path, ("uk", "ru"))
    assert translator("uk", "hello") == "Привіт"
    with pytest.raises(MissingMessage):
        translator("uk", "only-ru")


def test_the_messages_known_before_a_locale_is_parsed_are_the_parsed_ones() -> None:
    # A file is parsed on first use of one of its messages; until then which messages exist
    # comes from a scan of the files, which must find exactly what the parser finds.
    translator = Translator()
    for locale in LOCALES:
        parsed = {
            entry.id.name
            for path in sorted((LOCALES_DIR / locale).glob("*.ftl"))
            for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body
            if isinstance(entry, ast.Message)
        }
        assert translator.keys(locale) == parsed


def test_a_message_reads_whole_when_what_it_refers_to_is_in_a_file_not_parsed_yet(
    tmp_path: Path,
) -> None:
    (tmp_path / "uk").mkdir()
    files = {
        "a.ftl": "hello = Вітає { -bot } і { where }\n",
        "b.ftl": "-bot = Діалог\n",
        "c.ftl": "where = { -city }\n-city = Варшава\n",
        "d.ftl": "unrelated = Інше\n",
    }
    for name, text in files.items():
        (tmp_path / "uk" / name).write_text(text, encoding="utf-8")
    translator = Translator(tmp_path, ("uk",), strict=True)
    assert translator("uk", "hello") == "Вітає Діалог і Варшава"
    assert sorted(path.name for path in translator._parsed["uk"]) == ["a.ftl", "b.ftl", "c.ftl"]


def test_a_file_that_does_not_parse_is_an_error_every_time(tmp_path: Path) -> None:
    (tmp_path / "uk").mkdir()
    (tmp_path / "uk" / "a.ftl").write_text("hello = Привіт\nbroken = {\n", encoding="utf-8")
    translator = Translator(tmp_path, ("uk",))
    for _ in range(2):
        with pytest.raises(ValueError, match="cannot parse"):
            translator("uk", "hello")


def test_a_persons_words_are_formatted_every_time_and_never_remembered() -> None:
    """Messages are remembered by their arguments when those are figures or the product's own
    words; a text someone wrote must not outlive their erasure in the translator's memory."""
    translator = Translator()
    figures = {"effectiveness": 4.25, "ease": 2.5, "ratings": 3}
    first = translator("pl", "chart-idea-figures-one", **figures)
    assert translator("pl", "chart-idea-figures-one", **figures) == first
    assert "4,25" in first and "3 oceny" in first
    remembered = translator._formatted.cache_info().currsize
    words = "Tandemy językowe w bibliotekach"
    said = translator("pl", "chart-idea-text", idea=words, original="uk")
    assert said == f"{words} (po ukraińsku)"
    assert translator._formatted.cache_info().currsize == remembered
