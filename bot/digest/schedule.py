"""When digests are due: the cron schedule, its periods, and their stable names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.cron import cron_trigger
from bot.digest.data import Period

# Far enough back to find the previous run of any sensible schedule (yearly included).
_LOOKBACK_LIMIT = timedelta(days=800)


class DigestSchedule:
    """A cron expression in a time zone; a period runs from one scheduled time to the next."""

    def __init__(self, cron: str, timezone: str) -> None:
        self.cron, self.timezone = cron, timezone
        self.zone = ZoneInfo(timezone)
        self.trigger = cron_trigger(cron, self.zone)

    def next_after(self, moment: datetime) -> datetime:
        """The first scheduled time strictly after `moment`."""
        fire: datetime | None = self.trigger.get_next_fire_time(None, moment + timedelta(seconds=1))
        if fire is None:
            raise ValueError("the digest schedule never fires")
        return fire.astimezone(UTC)

    def latest(self, moment: datetime) -> datetime:
        """The last scheduled time at or before `moment`."""
        back = timedelta(days=1)
        while back <= _LOOKBACK_LIMIT:
            fire = self.next_after(moment - back - timedelta(seconds=1))
            if fire <= moment:
                while (following := self.next_after(fire)) <= moment:
                    fire = following
                return fire
            back *= 2
        raise ValueError("the digest schedule has not fired in the last two years")

    def period_ending(self, fire: datetime) -> Period:
        return Period(since=self.latest(fire - timedelta(seconds=1)), until=fire)

    def period_until_now(self, now: datetime) -> Period:
        """What an organiser asking for the digest now reads: since the last scheduled one."""
        return Period(since=self.latest(now), until=now)


def period_name(fire: datetime) -> str:
    """A stable, sortable name for the period a scheduled time closes: "2026-11-23T08:00Z"."""
    return fire.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")
