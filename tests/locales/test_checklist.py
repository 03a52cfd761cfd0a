"""The mechanical part of docs/LANGUAGE.md: quotation marks, apostrophes, alphabets, dates.

A native reader reviews the rest. The idea bank and the files already reviewed against the
checklist are held to it here; a file joins `REVIEWED` once its review is done.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from dialogs.i18n import LOCALES, LOCALES_DIR
from dialogs.ideas.bank import load_bank

# Every file has had its native-level review.
REVIEWED = tuple(sorted(path.name for path in (LOCALES_DIR / "en").glob("*.ftl")))

# Characters that must not appear in a language's text, and why.
FORBIDDEN = {
    "pl": {'"': "quotes are „…”", "«": "quotes are „…”", "“": "quotes are „…”"},
    "uk": {
        '"': "quotes are «…»",
        "„": "quotes are «…»",
        "“": "quotes are «…»",
        "'": "the apostrophe is ’",
        "ʼ": "the apostrophe is ’",
    },
    "ru": {'"': "quotes are «…»", "„": "quotes are «…»", "“": "quotes are «…»"},
    "en": {'"': "quotes are “…”", "„": "quotes are “…”", "«": "quotes are “…”", "'": "use ’"},
}
OTHER_ALPHABET = {"uk": re.compile("[ыэъё]", re.I), "ru": re.compile("[іїєґ]", re.I)}
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


class _Text(Visitor):
    """The words of a message as people read them, without Fluent's own syntax."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.parts.append(node.value)


def reviewed_texts(locale: str) -> Iterator[tuple[str, str]]:
    for name in REVIEWED:
        path = LOCALES_DIR / locale / name
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                visitor = _Text()
                visitor.visit(entry)
                yield f"{name}: {entry.id.name}", "".join(visitor.parts)
    for idea in load_bank():
        yield f"ideas.toml: {idea.id}", idea.texts[locale]


def problems(locale: str, text: str) -> list[str]:
    found = [why for char, why in FORBIDDEN[locale].items() if char in text]
    if (alphabet := OTHER_ALPHABET.get(locale)) and alphabet.search(text):
        found.append("a letter of the other alphabet")
    if ISO_DATE.search(text):
        found.append("an ISO date")
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_reviewed_texts_keep_the_typography_and_alphabet(locale: str) -> None:
    failures = {
        where: found for where, text in reviewed_texts(locale) if (found := problems(locale, text))
    }
    assert failures == {}


def test_the_check_catches_what_the_checklist_forbids() -> None:
    assert problems("uk", "об'єднати") == ["the apostrophe is ’"]
    assert problems("uk", "ещё") == ["a letter of the other alphabet"]
    assert problems("pl", 'Kampania "Wola" od 2026-11-29') == ["quotes are „…”", "an ISO date"]
    assert problems("en", "the campaign’s name, “Wola”, 29 November 2026") == []
