"""Each part of `make robustness` at a tiny size, so the suite keeps working between runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.robustness import digest_kills, fuzz, kills
from benchmarks.robustness.fuzzing import nested
from benchmarks.robustness.report import failure

SEED = 11


async def test_fuzzed_updates_are_all_answered_and_none_is_logged() -> None:
    found = await fuzz.run(300, 10, SEED, seconds=60)
    assert found.updates == 300
    # Both ways in run, each its share: long polling, and POSTs to the webhook server.
    assert {mode: half.updates for mode, half in found.halves.items()} == {
        "polling": 150,
        "webhook": 150,
    }
    assert found.webhook_statuses[200] == 150
    assert (found.crashes, found.unconfirmed, found.unsent, found.errors_logged) == (0, 0, 0, 0)
    assert not found.failures
    assert sum(found.owed.values()) > 100
    assert not found.unanswered
    assert found.texts_looked_for > 10
    assert found.texts_in_log == 0
    assert found.export_clean and found.digest_clean, found.report_problems
    # An idea proposed in each half starts like a formula: the export had to neutralise it.
    assert found.proposals == 2
    assert found.neutralised > 0


def test_a_wait_that_times_out_is_a_failure_in_the_figures(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fuzz, "START_SECONDS", 0.0)  # the bot cannot start taking updates in time
    found = fuzz.one_half("polling", 20, 5, SEED, seconds=60, folder=tmp_path)
    [failure] = found.failures
    assert failure.startswith("polling: TimeoutError at tests/channels/telegram/fake_server.py:")
    assert "(until) < tests/channels/telegram/harness.py:" in failure
    assert found.halves["polling"].updates == 0
    assert found.crashes == 0


def test_a_failure_names_its_type_and_place_but_never_its_text() -> None:
    def parse(typed: str) -> None:
        raise ValueError(f"cannot read {typed!r}")

    try:
        parse("my phone is 600 100 200")
    except ValueError as error:
        described = failure(error)
    assert described.startswith("ValueError at tests/test_robustness.py:")
    assert "(parse) < tests/test_robustness.py:" in described
    assert "600" not in described


async def test_killed_bots_lose_nothing_and_match_a_clean_replay() -> None:
    killed = await kills.run(3, 2, SEED, seconds=60)
    assert killed.kills == 3
    assert (killed.lost_answers, killed.lost_replies, killed.doubled_answers) == (0, 0, 0)
    assert killed.doubled_outside_window == 0
    assert killed.replay_equal


async def test_killed_schedulers_send_each_digest_once() -> None:
    raced = await digest_kills.run(1, 2, 1, SEED, seconds=60)
    if raced.skipped is not None:
        pytest.skip(raced.skipped)
    assert raced.kills == 1
    assert raced.recorded == raced.received == 2
    assert (raced.lost, raced.unsent) == (0, 0)


def test_nested_json_is_written_as_deep_as_asked() -> None:
    assert json.loads(nested(3)) == {"n": [{"n": "x"}]}
    deep = nested(100_000)  # json.dumps gives up near a thousand levels
    assert deep.count("[") + deep.count("{") == 100_000
