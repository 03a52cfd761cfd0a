"""Cleaning what people type: matching it to options and commands, and making it safe to store."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEEP = {"\n", "\t"}
_PHONE = re.compile(r"(?<!\w)\+?\d(?:[\s().-]*\d){7,14}(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def normalize(text: str) -> str:
    """Fold case, accents and punctuation, so 'Tak!', 'tak' and ' TAK ' all match an option."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch)[0] in "LN" or ch.isspace())
    return " ".join(kept.split())


def clean(text: str) -> str:
    """Drop control and invisible characters (keeping line breaks) and trim."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in _CONTROL)
    return kept.strip()


def mask_contacts(text: str) -> str:
    """Hide obvious e-mail addresses and phone numbers before anything is stored."""
    return _PHONE.sub("[…]", _EMAIL.sub("[…]", text))
