"""The closing table: one row per figure, and whether it came out as owed."""

from __future__ import annotations

from dataclasses import dataclass


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
