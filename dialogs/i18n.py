"""Every word a person reads, from Fluent files under `locales/<lang>/`.

A missing message is an error, never a silent fallback to another language.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

LOCALES: tuple[str, ...] = ("pl", "uk", "en", "ru")
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

log = logging.getLogger(__name__)

FORMATTED_CACHE_SIZE = 16_384

# A message (`name =`) or a term (`-name =`) as it is defined, and as another message refers to it.
_ENTRY_START = re.compile(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*) *=", re.MULTILINE)
_REFERENCE = re.compile(r"\{\s*(-?[a-zA-Z][a-zA-Z0-9_-]*)")


# Arguments a formatted message may be remembered with: figures, and words of the product's own
# (an option's id, a language's code, a messenger's name). Anything a person wrote (an idea, a
# name) is formatted every time, so no one's words outlive their erasure in a cache.
_WORD = re.compile(r"[a-z0-9_-]{1,32}")


def _kept(value: object) -> bool:
    if value is None or isinstance(value, bool | int | float):
        return True
    return isinstance(value, str) and _WORD.fullmatch(value) is not None


class MissingMessage(LookupError):
    pass


@dataclass(frozen=True)
class T:
    """A message to show: a Fluent key with its arguments, or a literal text (e.g. an idea)."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)
    literal: str | None = None

    @classmethod
    def raw(cls, text: str, key: str = "literal") -> T:
        return cls(key=key, literal=text)


@dataclass(frozen=True)
class Joined:
    """Several messages given as one argument: the options someone chose, a summary's lines."""

    parts: tuple[T, ...]
    separator: str = ", "


class Translator:
    def __init__(
        self,
        locales_dir: Path = LOCALES_DIR,
        locales: tuple[str, ...] = LOCALES,
        *,
        strict: bool = False,
    ) -> None:
        self.locales = locales
        self.strict = strict
        self._folders = {locale: locales_dir / locale for locale in locales}
        # Parsing a locale's files takes about 0.06 s, most of a start's first prompt, which
        # needs a few of its messages: a file is parsed when one of its messages is first asked
        # for, with the files its messages refer to. Which file holds what is known at once.
        self._sources = {locale: _sources(folder) for locale, folder in self._folders.items()}
        self._keys = {
            locale: {name for name in sources if not name.startswith("-")}
            for locale, sources in self._sources.items()
        }
        self._bundles: dict[str, FluentBundle] = {}
        self._parsed: dict[str, set[Path]] = {locale: set() for locale in locales}
        self._adding = threading.Lock()
        # A message with the same arguments reads the same every time, and the same few are
        # asked for again and again (a button's label, an area's name, a point's caption on a
        # matrix whose figures did not move); Fluent's number formatting is the costly part.
        self._formatted = functools.lru_cache(maxsize=FORMATTED_CACHE_SIZE)(self._format)

    def has(self, locale: str, key: str) -> bool:
        return key in self._keys[locale]

    def keys(self, locale: str) -> set[str]:
        return set(self._keys[locale])

    def _bundle(self, locale: str, key: str) -> FluentBundle:
        """The locale's bundle, holding `key` (if any file defines it) and what it refers to."""
        # Held while a file is added: a message asked for from another thread (a report drawn
        # in one) must not find its file counted as parsed before its messages are in.
        with self._adding:
            bundle = self._bundles.get(locale)
            if bundle is None:
                bundle = self._bundles[locale] = FluentBundle([locale], use_isolating=False)
            wanted = [key]
            while wanted:
                path = self._sources[locale].get(wanted.pop())
                if path is None or path in self._parsed[locale]:
                    continue
                source = path.read_text(encoding="utf-8")
                bundle.add_resource(_parsed(path, source))  # a broken file raises every time
                self._parsed[locale].add(path)
                wanted.extend(_REFERENCE.findall(source))
            return bundle

    def __call__(self, locale: str, key: str, **args: Any) -> str:
        arguments = tuple(sorted(args.items()))
        if all(_kept(value) for _, value in arguments):
            return self._formatted(locale, key, arguments)
        return self._format(locale, key, arguments)

    def _format(self, locale: str, key: str, arguments: tuple[tuple[str, Any], ...]) -> str:
        args = dict(arguments)
        bundle = self._bundle(locale, key)
        if not bundle.has_message(key):
            raise MissingMessage(f"{locale}: no message {key!r}")
        message = bundle.get_message(key)
        if message.value is None:
            raise MissingMessage(f"{locale}: message {key!r} has no value")
        text, errors = bundle.format_pattern(message.value, args)
        if errors:
            if self.strict:
                raise ValueError(f"{locale}/{key}: {errors}")
            # Fluent returns a best-effort text; a person still gets words, the log gets the bug.
            log.error("formatting %s/%s failed: %s", locale, key, errors)
        return str(text)

    def render(self, locale: str, message: T, shared: Mapping[str, Any] | None = None) -> str:
        """The message's text; `shared` arguments (the messenger) reach every nested message."""
        if message.literal is not None:
            return message.literal
        shared = shared or {}
        args = {name: self._argument(locale, value, shared) for name, value in message.args.items()}
        return self(locale, message.key, **{**shared, **args})

    def _argument(self, locale: str, value: Any, shared: Mapping[str, Any]) -> Any:
        # A message inside a message (an option's label in a summary line) speaks the same language.
        if isinstance(value, T):
            return self.render(locale, value, shared)
        if isinstance(value, Joined):
            return value.separator.join(self.render(locale, part, shared) for part in value.parts)
        return value


def _files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.ftl"))
    if not files:
        raise FileNotFoundError(f"no .ftl files in {folder}")
    return files


def _sources(folder: Path) -> dict[str, Path]:
    """Which file defines each message and term of a locale, without parsing it: in Fluent's
    syntax an entry, and only an entry, starts a line with its identifier and `=` (continuations
    are indented)."""
    found: dict[str, Path] = {}
    for path in _files(folder):
        found.update(dict.fromkeys(_ENTRY_START.findall(path.read_text(encoding="utf-8")), path))
    return found


def _parsed(path: Path, source: str) -> ast.Resource:
    # Without source positions: kept for the life of the process, they would cost memory.
    resource = FluentParser(with_spans=False).parse(source)
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            raise ValueError(f"{path}: cannot parse {(entry.content or '')[:60]!r}")
    return resource


def negotiate(stored: str | None, hint: str | None, default: str) -> str | None:
    """The participant's choice, else the messenger's hint, else the default.

    Returns None when the hint says we should ask instead of guessing (Belarusian speakers
    may prefer any of our languages, so none is assumed for them).
    """
    if stored is not None and stored in LOCALES:
        return stored
    language = (hint or "").replace("_", "-").split("-")[0].lower()
    if language in LOCALES:
        return language
    if language == "be":
        return None
    return default
