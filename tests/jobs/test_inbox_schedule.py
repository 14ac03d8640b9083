"""The recovery job's schedule: once at start-up for everything, then every minute, jittered."""

from __future__ import annotations

from datetime import timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from jobs import inbox as inbox_job


def test_recovery_runs_at_start_then_every_minute_and_survives_its_errors():
    scheduler = BackgroundScheduler(timezone="UTC")
    calls: list[timedelta] = []

    def run(left_behind_after: timedelta) -> inbox_job.Recovered:
        calls.append(left_behind_after)
        raise RuntimeError("database down")

    inbox_job.schedule(scheduler, run)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"inbox-recovery-at-start", "inbox-recovery"}
    trigger = jobs["inbox-recovery"].trigger
    assert isinstance(trigger, IntervalTrigger)
    assert trigger.interval == timedelta(seconds=inbox_job.INTERVAL_SECONDS)
    assert trigger.jitter == inbox_job.JITTER_SECONDS
    for job in jobs.values():
        job.func(*job.args)  # what the scheduler thread calls: errors are logged, not raised
    assert calls == [timedelta(0), inbox_job.LEFT_BEHIND_AFTER]
