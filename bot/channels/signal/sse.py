"""Server-sent events, decoded incrementally from the bytes of a `text/event-stream` response.

Follows the WHATWG event-stream rules that signal-cli's daemon relies on: `field:value` lines,
one optional space after the colon, `:` comment lines as keep-alives and a blank line dispatching
the event. signal-cli writes no `id:` lines (there is nothing to resume from), so ids are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line longer than this is not a Signal message: the stream is broken, not merely slow.
MAX_LINE_BYTES = 4 * 1024 * 1024

_LINE_END = re.compile(rb"\r\n|\r|\n")


class StreamCorrupted(Exception):
    """The stream cannot be read as server-sent events."""


@dataclass(frozen=True)
class ServerEvent:
    type: str
    data: str


class EventDecoder:
    def __init__(self) -> None:
        self._pending = b""
        self._type = ""
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[ServerEvent]:
        """The events completed by this chunk, in order."""
        self._pending += chunk
        events: list[ServerEvent] = []
        start = 0
        for end in _LINE_END.finditer(self._pending):
            # A lone CR at the end of a chunk may be the first half of CRLF: wait for more.
            if end.group() == b"\r" and end.end() == len(self._pending):
                break
            event = self._line(self._pending[start : end.start()])
            if event is not None:
                events.append(event)
            start = end.end()
        self._pending = self._pending[start:]
        if len(self._pending) > MAX_LINE_BYTES:
            raise StreamCorrupted(f"a line longer than {MAX_LINE_BYTES} bytes")
        return events

    def _line(self, raw: bytes) -> ServerEvent | None:
        line = raw.decode("utf-8", errors="replace")
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment: signal-cli's keep-alive
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._type = value
        return None

    def _dispatch(self) -> ServerEvent | None:
        if not self._data:
            self._type = ""
            return None
        event = ServerEvent(self._type or "message", "\n".join(self._data))
        self._type = ""
        self._data = []
        return event
