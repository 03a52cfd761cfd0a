"""Run every part and print the figures; the exit status says whether each came out as owed."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from benchmarks.robustness import digest_kills, fuzz, kills
from benchmarks.robustness.report import Row, failure, table

Found = TypeVar("Found")


def parser() -> argparse.ArgumentParser:
    args = argparse.ArgumentParser(prog="python -m benchmarks.robustness", description=__doc__)
    args.add_argument("--parts", default="fuzz,kills,digest", help="which parts, comma-separated")
    args.add_argument("--seed", type=int, default=2026)
    args.add_argument("--updates", type=int, default=100_000, help="fuzzed updates")
    args.add_argument("--users", type=int, default=300, help="people sending them")
    args.add_argument("--kills", type=int, default=200, help="SIGKILLs of the bot")
    args.add_argument("--people", type=int, default=6, help="people talking through the kills")
    args.add_argument("--digest-kills", type=int, default=50, help="SIGKILLs of schedulers")
    args.add_argument("--organisers", type=int, default=4)
    args.add_argument("--periods", type=int, default=6, help="weekly digests per organiser")
    args.add_argument("--minutes", type=float, default=20.0, help="bound on each part's time")
    return args


async def main(options: argparse.Namespace) -> list[Row]:
    parts = set(options.parts.split(","))
    seconds = options.minutes * 60
    rows: list[Row] = []
    if "fuzz" in parts:
        rows += await attempt(
            "fuzz",
            fuzz.run(options.updates, options.users, options.seed, seconds),
            lambda found: fuzz_rows(found, options.updates),
        )
        print(table(rows), flush=True)
    if "kills" in parts:
        rows += await attempt(
            "kills",
            kills.run(options.kills, options.people, options.seed, seconds),
            lambda killed: kill_rows(killed, options.kills),
        )
        print(table(rows), flush=True)
    if "digest" in parts:
        raced = digest_kills.run(
            options.digest_kills, options.organisers, options.periods, options.seed, seconds
        )
        rows += await attempt(
            "digest", raced, lambda found: digest_rows(found, options.digest_kills)
        )
    return rows


async def attempt(
    part: str, running: Awaitable[Found], rows_of: Callable[[Found], list[Row]]
) -> list[Row]:
    """A part's rows; if the part itself failed, a failed row that says where, and the run goes
    on to the next part."""
    try:
        found = await running
    except Exception as error:
        return [Row(part, "the part stopped", failure(error), False)]
    return rows_of(found)


def fuzz_rows(f: fuzz.FuzzFigures, owed: int) -> list[Row]:
    kinds = ", ".join(f"{kind} {count}" for kind, count in f.kinds.most_common())
    statuses = ", ".join(f"{status}: {n}" for status, n in sorted(f.webhook_statuses.items()))
    halves = [
        Row(
            "fuzz",
            f"{mode}: updates of owed / seconds / per second / processor busy",
            f"{half.updates} of {half.owed} / {half.seconds:.0f} / {half.rate:.0f} "
            f"/ {half.busy:.0%}",
            half.updates == half.owed,
        )
        for mode, half in f.halves.items()
    ]
    return [
        Row("fuzz", "updates handled (polling + webhook)", f.updates, f.updates >= owed),
        Row("fuzz", "updates per second (both halves side by side, loopback)", f"{f.rate:.0f}"),
        *halves,
        Row(
            "fuzz", "load average (1 minute) at the end / cores", f"{f.load:.1f} / {os.cpu_count()}"
        ),
        *[Row("fuzz", "failure", line, False) for line in f.failures],
        Row("fuzz", "of which", kinds),
        Row(
            "fuzz",
            "unicode categories drawn / longest text",
            f"{len(f.categories)} / {f.longest_text}",
        ),
        Row("fuzz", "webhook posts by status", statuses or "none"),
        Row("fuzz", "process crashes", f.crashes, f.crashes == 0),
        Row("fuzz", "updates not confirmed", f.unconfirmed, f.unconfirmed == 0),
        Row("fuzz", "private texts without a reply", _of(f, "reply"), not f.unanswered["reply"]),
        Row(
            "fuzz",
            "private taps without a callback answer",
            _of(f, "tap answer"),
            not f.unanswered["tap answer"],
        ),
        Row("fuzz", "replies left in the outbox", f.unsent, f.unsent == 0),
        Row(
            "fuzz",
            "ERROR lines (unhandled exceptions) / all lines in the DEBUG log",
            f"{f.errors_logged} / {f.log_lines}",
            f.errors_logged == 0,
        ),
        *[Row("fuzz", "ERROR", line.replace("\n", " | ")) for line in f.first_errors],
        Row(
            "fuzz",
            "typed texts (>= 8 chars) found in the log",
            f"{f.texts_in_log} of {f.texts_looked_for}",
            f.texts_in_log == 0,
        ),
        Row(
            "fuzz",
            "ideas typed to start like a formula / export cells neutralised",
            f"{f.proposals} / {f.neutralised}",
            f.neutralised > 0 if f.proposals else None,
        ),
        Row("fuzz", "dialog-bot export clean", f.export_clean, f.export_clean),
        Row("fuzz", "dialog-bot digest --dry-run clean", f.digest_clean, f.digest_clean),
        *[Row("fuzz", "report problem", problem, False) for problem in f.report_problems],
        Row("fuzz", "seconds", f"{f.seconds:.0f}"),
    ]


def _of(f: fuzz.FuzzFigures, owed: str) -> str:
    return f"{f.unanswered[owed]} of {f.owed[owed]}"


def kill_rows(k: kills.KillFigures, owed: int) -> list[Row]:
    return [
        Row("kills", "SIGKILLs of `python -m bot run` (SQLite)", k.kills, k.kills >= owed),
        Row("kills", "people / updates delivered", f"{k.people} / {k.updates}"),
        Row("kills", "lost answers", k.lost_answers, k.lost_answers == 0),
        Row("kills", "lost replies (question never came)", k.lost_replies, k.lost_replies == 0),
        Row("kills", "answers applied twice", k.doubled_answers, k.doubled_answers == 0),
        Row("kills", "replies doubled inside the window", k.doubled_in_window),
        Row(
            "kills",
            "replies doubled outside the window",
            k.doubled_outside_window,
            k.doubled_outside_window == 0,
        ),
        Row("kills", "database equals a clean replay", k.replay_equal, k.replay_equal),
        *[Row("kills", "note", note) for note in k.notes[:10]],
        Row("kills", "seconds", f"{k.seconds:.0f}"),
    ]


def digest_rows(d: digest_kills.DigestFigures, owed: int) -> list[Row]:
    if d.skipped is not None:
        return [Row("digest", "skipped", d.skipped)]
    return [
        Row("digest", "SIGKILLs of two schedulers (PostgreSQL)", d.kills, d.kills >= owed),
        Row("digest", "organisers x periods", f"{d.organisers} x {d.periods}"),
        Row(
            "digest",
            "deliveries recorded",
            d.recorded,
            d.recorded == d.organisers * d.periods,
        ),
        Row(
            "digest",
            "digests received, whole",
            d.received,
            d.received == d.organisers * d.periods,
        ),
        Row("digest", "digest messages lost", d.lost, d.lost == 0),
        Row(
            "digest", "messages sent once more (inside the window)", d.doubled, d.doubled <= d.kills
        ),
        Row("digest", "outbox rows left unsent", d.unsent, d.unsent == 0),
        *[Row("digest", "note", note) for note in d.notes[:10]],
        Row("digest", "seconds", f"{d.seconds:.0f}"),
    ]


if __name__ == "__main__":
    started = time.perf_counter()
    rows = asyncio.run(main(parser().parse_args()))
    print(table(rows))
    print(f"total: {time.perf_counter() - started:.0f} s")
    sys.exit(0 if all(row.ok is not False for row in rows) else 1)
