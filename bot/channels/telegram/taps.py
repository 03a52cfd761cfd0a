"""Button data: which option was tapped, bound to the step (token) that offered it."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message
from pydantic import Field

# Telegram measures message length in UTF-16 code units.
MAX_TEXT_LENGTH = 4096
CHOSEN_MARK = "✓"


class OptionTap(CallbackData, prefix="o"):
    """Packed as `o:<token>:<option id>`; anything else in a callback is forged or foreign."""

    token: str = Field(pattern=r"^[0-9]{1,12}$")
    # Printable ASCII but the separator; with the prefix and token it stays within 64 bytes.
    option: str = Field(pattern=r"^[!-9;-~]{1,48}$")


def pressed_label(query: CallbackQuery) -> str | None:
    """The label of the button that was tapped, read from the message that carried it."""
    message = query.message
    if not isinstance(message, Message) or message.reply_markup is None:
        return None
    for row in message.reply_markup.inline_keyboard:
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return None


def with_choice(question: str, label: str) -> str | None:
    """The question followed by the chosen answer, or None when that no longer fits a message."""
    text = f"{question}\n\n{CHOSEN_MARK} {label}"
    return text if utf16_length(text) <= MAX_TEXT_LENGTH else None


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
