"""What flows in and out of the dialogs: channel-neutral, plain data."""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True)
class Option:
    id: str
    label: str


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
