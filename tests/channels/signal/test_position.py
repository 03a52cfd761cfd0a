"""Where the event stream resumes: after what is in hand now, or after what is fully handled."""

from __future__ import annotations

from pathlib import Path

from bot.channels.signal.position import StreamPosition


def test_resumes_after_the_newest_event_before_which_all_were_handled(tmp_path: Path) -> None:
    path = tmp_path / "signal-stream.position"
    position = StreamPosition(path)
    assert position.resume_after() is None
    for event in ("run-1", "run-2", "run-3"):
        position.received(event)
    assert position.resume_after() == "run-3"  # within this process: all three are in hand

    position.handled("run-2")  # finished before run-1: nothing is settled yet
    assert not path.exists()
    position.handled("run-1")
    assert path.read_text() == "run-2"
    assert StreamPosition(path).resume_after() == "run-2"  # the next process resends run-3
    position.handled("run-3")
    assert StreamPosition(path).resume_after() == "run-3"


def test_a_daemon_without_event_ids_leaves_nothing_to_resume(tmp_path: Path) -> None:
    position = StreamPosition(tmp_path / "signal-stream.position")
    position.received(None)
    position.handled(None)
    assert position.resume_after() is None
    assert not (tmp_path / "signal-stream.position").exists()


def test_an_unreadable_position_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "signal-stream.position"
    path.write_bytes(b"\xff\xfe")
    assert StreamPosition(path).resume_after() is None
