"""Decoding signal-cli's event stream: keep-alives, ids, chunks cut anywhere."""

from __future__ import annotations

import pytest

from bot.channels.signal import sse
from bot.channels.signal.sse import EventDecoder, ServerEvent, StreamCorrupted

STREAM = (
    b":\n"
    b'id:1700000000000-1\nevent:receive\ndata:{"envelope":{"sourceUuid":"a"}}\n\n'
    b":\n:\n"
    b'id:1700000000000-2\nevent:receive\ndata:{"n":"\xd0\x86"}\n\n'
)


def test_events_keep_alives_and_ids() -> None:
    events = EventDecoder().feed(STREAM)
    assert events == [
        ServerEvent("receive", '{"envelope":{"sourceUuid":"a"}}', "1700000000000-1"),
        ServerEvent("receive", '{"n":"І"}', "1700000000000-2"),
    ]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_chunks_cut_anywhere_give_the_same_events(size: int) -> None:
    decoder = EventDecoder()
    events = []
    crlf = STREAM.replace(b"\n", b"\r\n")
    for start in range(0, len(crlf), size):
        events.extend(decoder.feed(crlf[start : start + size]))
    assert [e.data for e in events] == ['{"envelope":{"sourceUuid":"a"}}', '{"n":"І"}']
    assert events[-1].id == "1700000000000-2"


def test_multi_line_data_and_an_id_that_stays() -> None:
    decoder = EventDecoder()
    events = decoder.feed(b"id: 7\ndata: one\ndata:two\n\ndata:three\n\n")
    assert [(e.type, e.data, e.id) for e in events] == [
        ("message", "one\ntwo", "7"),
        ("message", "three", "7"),
    ]


def test_an_event_without_data_is_not_dispatched() -> None:
    assert EventDecoder().feed(b"event:receive\n\n:\n\n") == []


def test_a_runaway_line_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sse, "MAX_LINE_BYTES", 100)
    with pytest.raises(StreamCorrupted):
        EventDecoder().feed(b"data:" + b"x" * 200)
