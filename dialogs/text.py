"""Cleaning what people type: matching it to options and commands, and making it safe to store."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEEP = {"\n", "\t"}
# A phone number: an international one (+48 …, 0048 …) or nine digits or more, in the groups
# people write them in. Dates (29.11.2026), years, amounts, house numbers and 8-digit codes are
# shorter, so they stay as written.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[\s.-]?)?\(?\d{2,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\w)",
    re.ASCII,
)
_DIGITS = re.compile(r"\d", re.ASCII)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# Letters that carry their mark inside (no Unicode decomposition), folded as people type them
# on a keyboard without Polish letters: "Białołęka" is "bialoleka".
_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss"})


def normalize(text: str) -> str:
    """Fold case, accents and punctuation, so 'Tak!', 'tak' and ' TAK ' all match an option,
    and 'Praga-Północ' matches 'praga polnoc' (a hyphen is a space)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    kept = "".join(
        ch if unicodedata.category(ch)[0] in "LN" else " "
        for ch in decomposed
        if unicodedata.category(ch)[0] != "M"
    )
    return " ".join(kept.split())


def clean(text: str) -> str:
    """Drop control and invisible characters (keeping line breaks) and trim."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in _CONTROL)
    return kept.strip()


def mask_contacts(text: str) -> str:
    """Hide obvious e-mail addresses and phone numbers before anything is stored."""
    return _PHONE.sub(_phone_or_kept, _EMAIL.sub("[…]", text))


def _phone_or_kept(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = len(_DIGITS.findall(found))
    international = found.startswith(("+", "00"))
    return "[…]" if digits >= 9 or (international and digits >= 8) else found


def shorten(text: str, length: int) -> str:
    """On one line, and cut with "…" where longer than `length` (a label, a list item)."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
