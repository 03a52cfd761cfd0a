"""An Outbound as the Signal messages that carry it: numbered options, sensible parts, files.

Signal clients drop a message whose body is over 2 KiB of UTF-8 (longer texts travel as a
`text/x-signal-plain` attachment, which signal-cli does not make for us), so a long text is sent
as several messages, cut between paragraphs, else between lines, else between words.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from urllib.parse import quote

from bot.channels import plain
from dialogs.messages import Attachment, Outbound

# Below Signal's 2048-byte inline limit, leaving room for what clients add around a body.
MAX_MESSAGE_BYTES = 2000

_SEPARATORS = ("\n\n", "\n", " ")


@dataclass(frozen=True)
class SignalMessage:
    text: str
    attachments: tuple[str, ...] = ()


def signal_messages(outbound: Outbound) -> list[SignalMessage]:
    parts = split_text(plain.render(outbound))
    if outbound.attachment is None:
        return [SignalMessage(part) for part in parts]
    # The file travels with the last part, as its caption.
    *leading, last = parts or [""]
    file = data_uri(outbound.attachment)
    return [SignalMessage(part) for part in leading] + [SignalMessage(last, (file,))]


def data_uri(attachment: Attachment) -> str:
    """The RFC 2397 form signal-cli accepts for an attachment, with its file name kept."""
    encoded = base64.b64encode(attachment.content).decode("ascii")
    # signal-cli URL-decodes parameter values; `;` `,` and `=` must not appear raw.
    name = quote(attachment.filename, safe="")
    return f"data:{attachment.media_type};filename={name};base64,{encoded}"


def split_text(text: str, limit: int = MAX_MESSAGE_BYTES) -> list[str]:
    """Parts of at most `limit` UTF-8 bytes, cut at the widest boundary that fits."""
    if _size(text) <= limit:
        return [text] if text.strip() else []
    return [part for part in _split(text.strip(), limit, 0) if part.strip()]


def _split(text: str, limit: int, level: int) -> list[str]:
    if _size(text) <= limit:
        return [text]
    if level == len(_SEPARATORS):
        return _cut_characters(text, limit)
    separator = _SEPARATORS[level]
    parts: list[str] = []
    current = ""
    for piece in text.split(separator):
        joined = f"{current}{separator}{piece}" if current else piece
        if _size(joined) <= limit:
            current = joined
            continue
        if current:
            parts.append(current)
        if _size(piece) <= limit:
            current = piece
        else:
            *whole, current = _split(piece, limit, level + 1)
            parts.extend(whole)
    if current:
        parts.append(current)
    return [part.strip() for part in parts]


def _cut_characters(text: str, limit: int) -> list[str]:
    parts: list[str] = []
    current, size = "", 0
    for character in text:
        width = _size(character)
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += character
        size += width
    return [*parts, current] if current else parts


def _size(text: str) -> int:
    return len(text.encode("utf-8"))
