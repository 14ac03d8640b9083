"""When a weekly digest runs and which week it covers: pure functions of a subscription and a time.

A subscription says "weekday at HH:MM in this IANA zone". Its run is that wall-clock time,
so 09:00 stays 09:00 across daylight-saving changes. The two odd cases follow zoneinfo's
fold=0, which is also where APScheduler's CronTrigger first fires:
- a time skipped by the spring change (02:30 that night) runs at the same instant as the
  old offset would give it, i.e. 03:30 new time: late, never skipped;
- a time repeated by the autumn change (01:30 twice) runs at its first occurrence only.
Each period runs from the previous week's run (same wall time, 7 days before) to this run,
so consecutive weeks meet exactly: nothing is counted twice or missed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from store.digests import WEEKDAYS

PERIOD = timedelta(days=7)


class Schedule(Protocol):
    """What the time math needs of a subscription (DigestSubscription has it)."""

    @property
    def weekday(self) -> int: ...  # Monday = 0

    @property
    def time_of_day(self) -> str: ...  # "HH:MM"

    @property
    def timezone(self) -> str: ...  # an IANA zone


def _wall_time(schedule: Schedule) -> time:
    hour, minute = schedule.time_of_day.split(":")
    return time(int(hour), int(minute))


def run_on(schedule: Schedule, day: date) -> datetime:
    """The UTC instant of the schedule's wall-clock time on a local date (fold=0)."""
    local = datetime.combine(day, _wall_time(schedule), tzinfo=ZoneInfo(schedule.timezone))
    return local.astimezone(UTC)


def _candidates(schedule: Schedule, around: datetime) -> list[datetime]:
    local_day = around.astimezone(ZoneInfo(schedule.timezone)).date()
    days = (local_day + timedelta(days=n) for n in range(-8, 9))
    return [run_on(schedule, d) for d in days if d.weekday() == schedule.weekday]


def next_run_after(schedule: Schedule, after: datetime) -> datetime:
    """The first scheduled run strictly after `after`, in UTC."""
    after = after.astimezone(UTC)  # PEP 495: compare in one zone, never across zones
    return min(t for t in _candidates(schedule, after) if t > after)


def latest_run_at_or_before(schedule: Schedule, moment: datetime) -> datetime:
    """The last scheduled run at or before `moment`, in UTC."""
    moment = moment.astimezone(UTC)
    return max(t for t in _candidates(schedule, moment) if t <= moment)


def period_for(schedule: Schedule, run_at: datetime) -> tuple[datetime, datetime]:
    """(start, end) in UTC: the seven days before the run, counted in the schedule's zone.

    For a scheduled run the start is the previous week's run, even when a DST change made
    that week 167 or 169 hours long; for any other moment (`digest now`) it is the same
    wall-clock time seven days earlier.
    """
    zone = ZoneInfo(schedule.timezone)
    run_at = run_at.astimezone(UTC)
    local = run_at.astimezone(zone)
    if run_on(schedule, local.date()) == run_at:
        start_day = local.date() - PERIOD
        return run_on(schedule, start_day), run_at
    start = (local.replace(tzinfo=None) - PERIOD).replace(tzinfo=zone)
    return start.astimezone(UTC), run_at


def cron_fields(schedule: Schedule) -> dict[str, object]:
    """CronTrigger arguments for the schedule, in its own zone."""
    wall = _wall_time(schedule)
    return {
        "day_of_week": WEEKDAYS[schedule.weekday][:3],  # APScheduler's "mon"
        "hour": wall.hour,
        "minute": wall.minute,
        "timezone": ZoneInfo(schedule.timezone),
    }
