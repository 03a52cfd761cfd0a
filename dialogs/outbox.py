"""The outbox as the dialogs see it: queue what a turn says, in the turn's own transaction.

An Outbound is stored as JSON built from its dataclass fields and their type hints, so a field
added to Outbound (or to anything it holds) travels through the outbox with no change here:
nested dataclasses become objects, tuples lists, bytes base64. A field missing from an older row
takes its default; a field a row has but the code no longer knows is ignored.

Each channel's sender waits on an in-process event that `wake` sets right after a commit, so a
reply goes out at once; a periodic sweep (see bot/channels/outbox_sender.py) finds rows left
behind by a crash or written by another process.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.messages import Outbound, merged
from storage import outbox as repo


class Outbox:
    def __init__(self) -> None:
        self._events: dict[str, asyncio.Event] = {}

    async def queue(
        self,
        session: AsyncSession,
        channel: str,
        address: str,
        outbounds: Iterable[Outbound],
        now: datetime,
    ) -> None:
        """Add messages to the caller's transaction; they are sent once it has committed.

        Short texts are joined with what follows them first: a row is one message to read.
        """
        messages = [encode(outbound) for outbound in merged(list(outbounds))]
        await repo.add(session, channel, address, messages, now)

    def wake(self, channel: str) -> None:
        """Something was committed for `channel`: its sender should look now, not at the sweep."""
        self.event(channel).set()

    def event(self, channel: str) -> asyncio.Event:
        return self._events.setdefault(channel, asyncio.Event())


@functools.cache
def _fields(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A dataclass's field types and init fields, worked out once: resolving the annotations
    evaluates their text, a cost the sender would otherwise pay on every message."""
    fields = frozenset(f.name for f in dataclasses.fields(cls) if f.init)
    return typing.get_type_hints(cls), fields


# Stored as they are (exactly these types: an enum member that is also a str is stored by value).
_PLAIN = frozenset({str, int, float, bool})


@functools.cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def encode(outbound: Outbound) -> dict[str, Any]:
    encoded = to_json(outbound)
    assert isinstance(encoded, dict)
    return encoded


def decode(message: dict[str, Any]) -> Outbound:
    decoded = from_json(Outbound, message)
    assert isinstance(decoded, Outbound)
    return decoded


def to_json(value: Any) -> Any:
    """A dataclass (and what it holds) as JSON-able data."""
    if value is None or type(value) in _PLAIN:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: to_json(getattr(value, name)) for name in _names(type(value))}
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    return value


def from_json(hint: Any, value: Any) -> Any:
    """`to_json`'s output back as the type `hint` names."""
    return _decoder(hint)(value)


Decoder = typing.Callable[[Any], Any]


@functools.cache
def _decoder(hint: Any) -> Decoder:
    """How to turn JSON back into `hint`, worked out once per type: the sender decodes every
    message, and reading the type hints again each time cost more than the decoding."""
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        present = [arm for arm in typing.get_args(hint) if arm is not type(None)]
        return _decoder(present[0]) if len(present) == 1 else _unchanged
    if origin is tuple:
        items = typing.get_args(hint)
        if len(items) == 2 and items[1] is Ellipsis:
            each = _decoder(items[0])
            return _none_kept(lambda value: tuple(each(item) for item in value))
        arms = [_decoder(arm) for arm in items]
        return _none_kept(
            lambda value: tuple(arm(item) for arm, item in zip(arms, value, strict=False))
        )
    if origin is list:
        each = _decoder((typing.get_args(hint) or (Any,))[0])
        return _none_kept(lambda value: [each(item) for item in value])
    if origin is dict:
        _key, arm = typing.get_args(hint) or (str, Any)
        each = _decoder(arm)
        return _none_kept(lambda value: {key: each(item) for key, item in value.items()})
    if hint is bytes:
        return _none_kept(base64.b64decode)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _none_kept(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints, known = _fields(hint)
        fields = {name: _decoder(hints[name]) for name in known}
        return _none_kept(
            lambda value: hint(
                **{name: fields[name](item) for name, item in value.items() if name in fields}
            )
        )
    return _unchanged


def _unchanged(value: Any) -> Any:
    return value


def _none_kept(decode: Decoder) -> Decoder:
    return lambda value: None if value is None else decode(value)
