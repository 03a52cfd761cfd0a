"""What a person did, read from one signal-cli `receive` event.

signal-cli's HTTP daemon sends each received envelope as an SSE event named `receive` whose data
is `{"account": …, "envelope": {…}}` (the same object its socket mode wraps in a JSON-RPC
`receive` notification, which is accepted too). Only the sender's account UUID (`sourceUuid`)
identifies a person; the phone number (`source`, `sourceNumber`) and name are never read.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from bot.channels import plain
from dialogs.messages import Inbound

log = logging.getLogger(__name__)

CHANNEL = "signal"

# Signal sends a text over its inline limit as this attachment; it is still text, not a file.
LONG_TEXT_TYPE = "text/x-signal-plain"

# Parts of a data message that are something other than words to read.
_NOT_TEXT = ("sticker", "contacts", "payment", "pollCreate", "pollVote", "pollTerminate")

# Who the sender is beyond their account UUID: never kept, not even until a message is handled.
_IDENTITY = ("source", "sourceNumber", "sourceName")


@dataclass(frozen=True)
class PersonalMessage:
    """Something a person sent the bot directly: for the dialogs."""

    sender: str
    inbound: Inbound


@dataclass(frozen=True)
class GroupMessage:
    """Something written in a group the bot belongs to: answered with one polite word."""

    sender: str
    group: str
    received_at: int  # by Signal's server, whose clock is steadier than a phone's


Received = PersonalMessage | GroupMessage


def read_event(data: str) -> Received | None:
    """The person's message in a `receive` event, or None when it needs no answer."""
    envelope = envelope_of(data)
    return read_envelope(envelope) if envelope is not None else None


def envelope_of(data: str) -> dict[str, Any] | None:
    """The envelope a `receive` event carries, if any."""
    try:
        payload = json.loads(data)
    except json.JSONDecodeError:
        log.warning("a Signal event that is not JSON was skipped")
        return None
    if not isinstance(payload, dict):
        return None
    if "method" in payload:  # the JSON-RPC notification form
        if payload.get("method") != "receive":
            return None
        payload = _object(payload.get("params"))
        payload = _object(payload.get("result")) or payload  # the subscription form
    if "exception" in payload:
        # e.g. a message that could not be decrypted: nothing readable arrived.
        kind = _object(payload["exception"]).get("type", "unknown")
        log.warning("signal-cli could not read an incoming message (%s)", kind)
    return _object(payload.get("envelope"))


def without_identity(envelope: dict[str, Any]) -> dict[str, Any]:
    """The envelope less the phone number and profile name, which the bot never reads."""
    return {name: value for name, value in envelope.items() if name not in _IDENTITY}


def read_envelope(envelope: dict[str, Any]) -> Received | None:
    sender = envelope.get("sourceUuid")
    sent_at = envelope.get("timestamp")
    if not isinstance(sender, str) or not sender or not isinstance(sent_at, int):
        return None
    edit = _object(envelope.get("editMessage"))
    data = _object(edit.get("dataMessage")) if edit else _object(envelope.get("dataMessage"))
    # Receipts, typing, calls, stories and our own devices' sync messages carry no data message.
    if not data or data.get("reaction") or data.get("remoteDelete"):
        return None
    group = _group_id(data)
    if group is not None:
        if not _says_something(data):
            return None
        received_at = envelope.get("serverReceivedTimestamp")
        if not isinstance(received_at, int):
            received_at = sent_at
        return GroupMessage(sender, group, received_at)
    update_id = f"{sender}:{sent_at}"
    if edit:
        return PersonalMessage(sender, Inbound(CHANNEL, sender, update_id=update_id, edited=True))
    if _has_media(data):
        return PersonalMessage(
            sender, Inbound(CHANNEL, sender, update_id=update_id, unsupported=True)
        )
    text = data.get("message")
    if not isinstance(text, str) or not text.strip():
        return None  # a profile key update, an expiry timer change, an end of session
    return PersonalMessage(sender, plain.parse(CHANNEL, sender, text, update_id=update_id))


def _group_id(data: dict[str, Any]) -> str | None:
    for field in ("groupInfo", "groupV2"):
        group = _object(data.get(field))
        if group:
            return str(group.get("groupId") or group.get("id") or "unknown")
    return None


def _has_media(data: dict[str, Any]) -> bool:
    files = [_object(a) for a in data.get("attachments") or []]
    if any(a.get("contentType") != LONG_TEXT_TYPE for a in files):
        return True
    return any(data.get(part) for part in _NOT_TEXT)


def _says_something(data: dict[str, Any]) -> bool:
    text = data.get("message")
    return (isinstance(text, str) and bool(text.strip())) or _has_media(data)


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
