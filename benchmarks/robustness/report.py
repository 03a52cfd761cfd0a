"""The closing table: one row per figure, and whether it came out as owed."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FRAMES_SHOWN = 3


@dataclass(frozen=True)
class Row:
    part: str
    figure: str
    value: object
    ok: bool | None = None  # None: a figure to read, with nothing owed


def table(rows: list[Row]) -> str:
    width = max((len(row.figure) for row in rows), default=0)
    lines = [f"{'part':<7} {'figure':<{width}}  {'ok':<4} value"]
    for row in rows:
        mark = "" if row.ok is None else ("yes" if row.ok else "NO")
        lines.append(f"{row.part:<7} {row.figure:<{width}}  {mark:<4} {row.value}")
    return "\n".join(lines)


def failure(error: BaseException) -> str:
    """An exception as a row can show it: its type and where this project's code raised it,
    innermost first. Never its text, which can quote what a person typed."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    frames = traceback.extract_tb(error.__traceback__)
    ours = [frame for frame in frames if _ours(frame.filename)] or frames[-1:]
    where = " < ".join(
        f"{_shown(frame.filename)}:{frame.lineno} ({frame.name})"
        for frame in reversed(ours[-FRAMES_SHOWN:])
    )
    return f"{type(error).__name__} at {where}" if where else type(error).__name__


def _ours(filename: str) -> bool:
    path = Path(filename)
    return path.is_relative_to(REPO) and ".venv" not in path.relative_to(REPO).parts


def _shown(filename: str) -> str:
    return str(Path(filename).relative_to(REPO)) if _ours(filename) else filename
