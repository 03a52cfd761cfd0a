"""What flows in and out of the dialogs: channel-neutral, plain data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Choice:
    """A tap on an option: its id and the token of the step that offered it."""

    option_id: str
    token: str


@dataclass(frozen=True)
class Inbound:
    """One thing a person did in a messenger, translated by the channel."""

    channel: str
    user_id: str
    update_id: str | None = None
    text: str | None = None
    choice: Choice | None = None
    command: str | None = None
    command_arg: str | None = None
    language_hint: str | None = None
    unsupported: bool = False  # a sticker, photo, voice message, location, …
    edited: bool = False  # an edit of an earlier message: never rewrites a stored answer
    # The message whose button was tapped (Telegram's message id), so that a question that only
    # changed (an option ticked) is shown changed in place instead of sent again.
    message_ref: str | None = None


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    closes: bool = False  # answers the whole question: shown after the options it closes
    control: bool = False  # moves through the dialog (next, back) rather than answering


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    media_type: str


@dataclass(frozen=True)
class Outbound:
    """One message to send back. `key` names the message for tests and logs, never the text."""

    key: str
    text: str
    options: tuple[Option, ...] = ()
    token: str | None = None
    attachment: Attachment | None = None
    hint: str | None = None  # how to answer by typing, for channels without buttons
    # The person's data was just erased: a channel that keeps its own record of the sender
    # (signal-cli's contact store) forgets them too, once this is delivered.
    forget_sender: bool = False
    # This is the question the person just tapped in, changed (a tick): a channel that can edit
    # sent messages shows it in place of that message instead of sending a new one.
    replaces: str | None = None


def merged(outbounds: Sequence[Outbound]) -> list[Outbound]:
    """Short texts joined with what follows them, so a person reads one message, not four.

    A text with no options and no file ("Saved!", a progress line) goes in front of the next
    message; files, questions and the last message keep their own bubble.
    """
    result: list[Outbound] = []
    pending: list[Outbound] = []
    for outbound in outbounds:
        if outbound.replaces is not None or outbound.attachment is not None:
            result.extend(pending)
            pending = []
            result.append(outbound)
            continue
        if not outbound.options and not outbound.forget_sender:
            pending.append(outbound)
            continue
        if pending:
            outbound = _joined([*pending, outbound])
            pending = []
        result.append(outbound)
    if pending:
        result.append(_joined(pending))
    return result


def _joined(parts: list[Outbound]) -> Outbound:
    """One message of several: the texts one under another, the keys (for logs, tests) too."""
    last = parts[-1]
    if len(parts) == 1:
        return last
    key = "+".join(part.key for part in parts)
    return replace(last, key=key, text="\n\n".join(part.text for part in parts))
