"""Outbound → Bot API calls: text split to Telegram's size, options as an inline keyboard."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.telegram.taps import MAX_TEXT_LENGTH, OptionTap, utf16_length
from dialogs.messages import Option, Outbound

# How many buttons share a row, by label length: a phone shows about 30 characters across.
_ROW_FITS = ((10, 3), (16, 2))


def messages(chat_id: int, outbound: Outbound) -> list[SendMessage | SendDocument]:
    """The calls that show one outbound; the keyboard rides on its last piece of text."""
    pieces = split_text(outbound.text) if outbound.text.strip() else []
    markup = keyboard(outbound.options, outbound.token)
    calls: list[SendMessage | SendDocument] = [
        SendMessage(
            chat_id=chat_id,
            text=piece,
            # Text a person wrote (an idea, their data) must never be read as markup.
            parse_mode=None,
            reply_markup=markup if number == len(pieces) else None,
        )
        for number, piece in enumerate(pieces, 1)
    ]
    if outbound.attachment is not None:
        attachment = outbound.attachment
        calls.append(
            SendDocument(
                chat_id=chat_id,
                document=BufferedInputFile(attachment.content, filename=attachment.filename),
            )
        )
    return calls


def keyboard(options: Sequence[Option], token: str | None) -> InlineKeyboardMarkup | None:
    if not options or token is None:
        return None
    # A number that closes a question of ticks comes after the ticks, as the question reads:
    # tick what applies, then tap how easy it is.
    if any(option.closes for option in options):
        options = sorted(options, key=lambda option: (option.control, option.closes))
    buttons = [
        InlineKeyboardButton(
            text=option.label, callback_data=OptionTap(token=token, option=option.id).pack()
        )
        for option in options
    ]
    sizes = rows([option.label for option in options])
    grid, start = [], 0
    for size in sizes:
        grid.append(buttons[start : start + size])
        start += size
    return InlineKeyboardMarkup(inline_keyboard=grid)


def rows(labels: Sequence[str]) -> list[int]:
    """Row sizes for buttons in order: short labels two or three a row, long ones alone."""
    grid: list[list[int]] = []  # for each row, how many buttons each of its labels allows
    for label in labels:
        fits = _per_row(label)
        if grid and len(grid[-1]) < min([*grid[-1], fits]):
            grid[-1].append(fits)
        else:
            grid.append([fits])
    # Even out a full row followed by a lonely one (3 + 1 → 2 + 2): easier to tap.
    for upper, lower in itertools.pairwise(grid):
        while len(upper) - len(lower) >= 2 and len(lower) < min([*lower, upper[-1]]):
            lower.insert(0, upper.pop())
    return [len(row) for row in grid]


def _per_row(label: str) -> int:
    for longest, count in _ROW_FITS:
        if len(label) <= longest:
            return count
    return 1


def split_text(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """Pieces of at most `limit` UTF-16 units, cut at line breaks (at spaces if a line is long)."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if utf16_length(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            pieces.append(current)
        while utf16_length(line) > limit:
            head = _cut(line, limit)
            pieces.append(head.rstrip())
            line = line[len(head) :].lstrip()
        current = line
    if current.strip():
        pieces.append(current)
    return pieces


def _cut(line: str, limit: int) -> str:
    """The longest prefix within `limit`, ending after a space when there is one."""
    end = 0
    units = 0
    for index, char in enumerate(line):
        units += utf16_length(char)
        if units > limit:
            break
        end = index + 1
    space = line.rfind(" ", 0, end)
    return line[: space + 1] if space > 0 else line[:end]
