"""When digests run: local wall-clock time kept across DST changes, no week skipped or doubled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from jobs.schedule import cron_fields, latest_run_at_or_before, next_run_after, period_for


@dataclass(frozen=True)
class Sched:
    timezone: str
    weekday: int = 0
    time_of_day: str = "09:00"


def weekly_runs(schedule: Sched, start: datetime, weeks: int) -> list[datetime]:
    runs, t = [], start
    for _ in range(weeks):
        t = next_run_after(schedule, t)
        runs.append(t)
    return runs


# Each case spans a DST change: (zone, a moment some weeks before, hours between runs seen).
DST_CASES = [
    ("America/New_York", datetime(2025, 2, 20, tzinfo=UTC), {167, 168}),  # spring, 9 March
    ("America/New_York", datetime(2025, 10, 15, tzinfo=UTC), {168, 169}),  # autumn, 2 Nov
    ("Europe/Berlin", datetime(2025, 3, 10, tzinfo=UTC), {167, 168}),  # spring, 30 March
    ("Europe/Berlin", datetime(2025, 10, 6, tzinfo=UTC), {168, 169}),  # autumn, 26 October
    ("Asia/Tokyo", datetime(2025, 3, 1, tzinfo=UTC), {168}),  # no DST: always a week
]


@pytest.mark.parametrize(("zone", "start", "gaps"), DST_CASES)
def test_local_time_holds_across_dst(zone: str, start: datetime, gaps: set[int]) -> None:
    schedule = Sched(zone)
    runs = weekly_runs(schedule, start, 8)
    local = [r.astimezone(ZoneInfo(zone)) for r in runs]
    assert all((t.weekday(), t.hour, t.minute) == (0, 9, 0) for t in local)
    # One run per calendar week: nothing skipped, nothing doubled.
    assert [(b.date() - a.date()).days for a, b in zip(local, local[1:], strict=False)] == [7] * 7
    assert {round((b - a) / timedelta(hours=1)) for a, b in zip(runs, runs[1:], strict=False)} == gaps


@pytest.mark.parametrize(("zone", "start", "gaps"), DST_CASES)
def test_agrees_with_apscheduler_cron_trigger(zone: str, start: datetime, gaps: set[int]) -> None:
    schedule = Sched(zone)
    trigger = CronTrigger(**cron_fields(schedule))  # type: ignore[arg-type]
    t = start
    for _ in range(8):
        ours = next_run_after(schedule, t)
        assert trigger.get_next_fire_time(None, t + timedelta(microseconds=1)) == ours
        t = ours


@pytest.mark.parametrize(("zone", "start", "gaps"), DST_CASES)
def test_periods_meet_exactly(zone: str, start: datetime, gaps: set[int]) -> None:
    schedule = Sched(zone)
    runs = weekly_runs(schedule, start, 8)
    for before, run in zip(runs, runs[1:], strict=False):
        assert period_for(schedule, run) == (before, run)
    first_start, first_end = period_for(schedule, runs[0])
    assert first_end == runs[0]
    assert first_start.astimezone(ZoneInfo(zone)).hour == 9


def test_time_skipped_by_spring_change_runs_late_not_never() -> None:
    # 02:30 does not exist in New York on 9 March 2025: the run is at 03:30 EDT (07:30 UTC).
    schedule = Sched("America/New_York", weekday=6, time_of_day="02:30")
    run = next_run_after(schedule, datetime(2025, 3, 8, tzinfo=UTC))
    assert run == datetime(2025, 3, 9, 7, 30, tzinfo=UTC)
    trigger = CronTrigger(**cron_fields(schedule))  # type: ignore[arg-type]
    # (PEP 495: a time in the gap never compares equal across zones, so compare in UTC.)
    fire = trigger.get_next_fire_time(None, datetime(2025, 3, 8, tzinfo=UTC))
    assert fire is not None and fire.astimezone(UTC) == run
    assert next_run_after(schedule, run) == datetime(2025, 3, 16, 6, 30, tzinfo=UTC)


def test_time_repeated_by_autumn_change_runs_once() -> None:
    # 01:30 happens twice in New York on 2 November 2025; the digest goes at the first.
    schedule = Sched("America/New_York", weekday=6, time_of_day="01:30")
    first = next_run_after(schedule, datetime(2025, 11, 1, tzinfo=UTC))
    assert first == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)
    second_occurrence = datetime(2025, 11, 2, 6, 30, tzinfo=UTC)
    assert latest_run_at_or_before(schedule, second_occurrence) == first
    assert next_run_after(schedule, first) == datetime(2025, 11, 9, 6, 30, tzinfo=UTC)
    assert period_for(schedule, datetime(2025, 11, 9, 6, 30, tzinfo=UTC))[0] == first


def test_latest_run_at_or_before() -> None:
    schedule = Sched("Europe/Berlin")
    monday_nine = datetime(2025, 11, 10, 8, 0, tzinfo=UTC)  # 09:00 CET
    assert latest_run_at_or_before(schedule, monday_nine) == monday_nine
    assert latest_run_at_or_before(schedule, monday_nine - timedelta(seconds=1)) == monday_nine - timedelta(
        days=7
    )
    assert next_run_after(schedule, monday_nine) == monday_nine + timedelta(days=7)


def test_period_of_an_unscheduled_moment_is_seven_local_days() -> None:
    schedule = Sched("Europe/Berlin")
    now = datetime(2025, 11, 5, 15, 17, tzinfo=UTC)
    start, end = period_for(schedule, now)
    assert end == now and start == datetime(2025, 10, 29, 15, 17, tzinfo=UTC)
    across_change = datetime(2025, 10, 28, 12, 0, tzinfo=UTC)  # 13:00 CET; a week ago CEST
    start, _ = period_for(schedule, across_change)
    assert start.astimezone(ZoneInfo("Europe/Berlin")).hour == 13
    assert across_change - start == timedelta(hours=169)
