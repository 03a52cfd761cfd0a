"""Cron expressions as people write them, for APScheduler.

APScheduler 3 numbers weekdays from Monday (0 = Monday), while cron numbers them from Sunday
(0 or 7 = Sunday, 1 = Monday): "0 9 * * 1" would fire on Tuesdays if handed over as it is. The
weekday field is therefore read here, the cron way, and passed on as day names.
"""

from __future__ import annotations

from datetime import tzinfo

from apscheduler.triggers.cron import CronTrigger

_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def cron_trigger(expression: str, timezone: tzinfo | str) -> CronTrigger:
    """A trigger for a five-field cron expression: minute hour day month weekday."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"a cron expression has 5 fields, not {len(fields)}: {expression!r}")
    minute, hour, day, month, weekday = fields
    return CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=weekdays(weekday),
        timezone=timezone,
    )


def weekdays(field: str) -> str:
    """A cron weekday field ("1", "1-5", "0,6", "*/2", "mon-fri") as APScheduler day names."""
    if field in ("*", "?"):
        return "*"
    chosen: set[int] = set()
    for part in field.lower().split(","):
        span, slash, step = part.partition("/")
        if span == "*":
            first, last = 0, 6
        elif "-" in span:
            start, _, end = span.partition("-")
            first, last = _day(start), _day(end)
        else:
            first = _day(span)
            last = 6 if slash else first
        if last < first or (slash and not step.isdigit()) or (step and int(step) == 0):
            raise ValueError(f"cannot read the weekday field {field!r}")
        chosen.update(day % 7 for day in range(first, last + 1, int(step) if step else 1))
    return ",".join(_DAYS[day] for day in sorted(chosen))


def _day(token: str) -> int:
    if token in _DAYS:
        return _DAYS.index(token)
    if token.isdigit() and 0 <= int(token) <= 7:
        return int(token)
    raise ValueError(f"not a weekday: {token!r}")
