"""Decoding signal-cli's event stream: events, keep-alives, chunks cut anywhere.

The stream is framed as signal-cli's ServerSentEventSender writes it: `event:receive`, one
`data:` line and a blank line per event, no `id:` line, and `:` alone as the keep-alive."""

from __future__ import annotations

import pytest

from bot.channels.signal import sse
from bot.channels.signal.sse import EventDecoder, ServerEvent, StreamCorrupted

STREAM = (
    b":\n"
    b'event:receive\ndata:{"envelope":{"sourceUuid":"a"}}\n\n'
    b":\n:\n"
    b'event:receive\ndata:{"n":"\xd0\x86"}\n\n'
)


def test_events_and_keep_alives() -> None:
    events = EventDecoder().feed(STREAM)
    assert events == [
        ServerEvent("receive", '{"envelope":{"sourceUuid":"a"}}'),
        ServerEvent("receive", '{"n":"І"}'),
    ]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_chunks_cut_anywhere_give_the_same_events(size: int) -> None:
    decoder = EventDecoder()
    events = []
    crlf = STREAM.replace(b"\n", b"\r\n")
    for start in range(0, len(crlf), size):
        events.extend(decoder.feed(crlf[start : start + size]))
    assert [e.data for e in events] == ['{"envelope":{"sourceUuid":"a"}}', '{"n":"І"}']


def test_multi_line_data_and_fields_not_used() -> None:
    decoder = EventDecoder()
    events = decoder.feed(b"id: 7\ndata: one\ndata:two\nretry:5\n\ndata:three\n\n")
    assert events == [ServerEvent("message", "one\ntwo"), ServerEvent("message", "three")]


def test_an_event_without_data_is_not_dispatched() -> None:
    assert EventDecoder().feed(b"event:receive\n\n:\n\n") == []


def test_a_runaway_line_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sse, "MAX_LINE_BYTES", 100)
    with pytest.raises(StreamCorrupted):
        EventDecoder().feed(b"data:" + b"x" * 200)
