"""The scheduler with a controlled clock: jobs from the store, missed runs, restarts, replicas."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, timedelta

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.core.services import Services
from bot.local_slack import LocalSlack
from jobs.schedule import next_run_after, period_for
from jobs.scheduler import DigestScheduler, start_scheduler
from store import digests
from store.models import DigestSubscription
from store.visibility import EVERYTHING
from tests.jobs.conftest import Clock, Sleeps
from tests.jobs.helpers import add_commitment, at, subscribe

MONDAY_NINE = at(2025, 11, 10, 9)  # the run of a default subscription (Monday 09:00 UTC)


@pytest.fixture
def scheduler(services: Services, client: WebClient, sleeps: Sleeps) -> DigestScheduler:
    """Not started: tests fire its jobs by hand, at the clock's time."""
    return DigestScheduler(
        services, client, scheduler=BackgroundScheduler(timezone="UTC"), claimed_by="replica-a", sleep=sleeps
    )


@pytest.fixture
def week(session: Session) -> Session:
    add_commitment(session, "CA", "grant", "1000000", "CAD", created=at(2025, 11, 5))
    session.commit()
    return session


def digests_posted(slack: LocalSlack, channel: str = "C1") -> int:
    return sum(1 for c in slack.calls_to("chat.postMessage") if c.params["channel"] == channel)


def test_jobs_are_rebuilt_from_the_store(scheduler: DigestScheduler, session: Session, clock: Clock) -> None:
    berlin = subscribe(session, "C1", weekday=0, time_of_day="09:00", timezone="Europe/Berlin")
    tokyo = subscribe(session, "C2", weekday=4, time_of_day="17:30", timezone="Asia/Tokyo")
    scheduler.resync()
    for sub in (berlin, tokyo):
        job = scheduler.job_for(sub.id or 0)
        assert job.trigger.get_next_fire_time(None, clock()) == next_run_after(sub, clock())
    subscribe(session, "C2", weekday=2, time_of_day="08:00", timezone="America/New_York")
    digests.unsubscribe(session, channel="C1", user="U1", is_admin=False, now=clock())
    session.commit()
    scheduler.resync()
    assert scheduler.job_for(berlin.id or 0) is None
    moved = scheduler.job_for(tokyo.id or 0)
    fire = moved.trigger.get_next_fire_time(None, clock())
    assert fire.astimezone(UTC) == at(2025, 11, 12, 13)  # Wednesday 08:00 in New York
    scheduler.resync()  # idempotent
    assert len(scheduler.scheduler.get_jobs()) == 1


def test_the_cron_job_sends_once(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    sub = subscribe(week, "C1")
    clock.set(MONDAY_NINE + timedelta(milliseconds=200))
    result = scheduler.run_scheduled(sub.id or 0)
    assert result is not None and result.action == "sent"
    assert digests_posted(slack) == 1
    assert len(slack.messages_in("C1")) == 2  # the digest, and the chart's file message
    again = scheduler.run_scheduled(sub.id or 0)
    assert again is not None and again.action == "done"
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_a_missed_run_inside_the_grace_window_is_sent_at_start(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    sub = subscribe(week, "C1", now=at(2025, 11, 1))
    clock.set(MONDAY_NINE + timedelta(hours=11, minutes=59))  # the bot was down until now
    [result] = scheduler.check_all()
    assert (result.action, result.scheduled_for) == ("sent", MONDAY_NINE)
    assert scheduler.check_all()[0].action == "done"
    assert len(slack.calls_to("chat.postMessage")) == 1
    run = digests.get_run(week, sub.id or 0, period_for(sub, MONDAY_NINE)[0])
    assert run is not None and run.state == "sent" and run.scheduled_for == MONDAY_NINE


def test_a_missed_run_outside_the_grace_window_is_skipped_with_a_log_line(
    scheduler: DigestScheduler,
    week: Session,
    clock: Clock,
    slack: LocalSlack,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sub = subscribe(week, "C1", now=at(2025, 11, 1))
    clock.set(MONDAY_NINE + timedelta(hours=12, seconds=1))
    with caplog.at_level(logging.WARNING, logger="minerals_bot.digest"):
        [result] = scheduler.check_all()
        assert scheduler.check_all()[0].action == "done"
    assert result.action == "skipped"
    assert slack.calls == []
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["skipped missed digest for C1 scheduled at 2025-11-10 09:00 UTC (outside grace window)"]
    [status] = digests.list_subscriptions(week, audience=EVERYTHING)
    assert status.last_run is not None and status.last_run.state == "skipped"
    assert "grace window passed" in (status.last_run.outcome or "")
    assert status.subscription.id == sub.id


def test_grace_hours_come_from_settings(
    services: Services, client: WebClient, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    services.settings = services.settings.model_copy(update={"digest_grace_hours": 1})
    scheduler = DigestScheduler(services, client, scheduler=BackgroundScheduler(), claimed_by="r")
    subscribe(week, "C1", now=at(2025, 11, 1))
    clock.set(MONDAY_NINE + timedelta(hours=2))
    assert scheduler.check_all()[0].action == "skipped"


def test_a_new_subscription_does_not_owe_last_weeks_digest(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    subscribe(week, "C1", now=MONDAY_NINE + timedelta(hours=1))
    clock.set(MONDAY_NINE + timedelta(hours=2))
    assert scheduler.check_all()[0].action == "not-due"
    assert slack.calls == [] and digests.list_subscriptions(week, audience=EVERYTHING)[0].last_run is None


def test_restart_after_the_post_does_not_send_twice(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    sub = subscribe(week, "C1", now=at(2025, 11, 1))
    start, end = period_for(sub, MONDAY_NINE)
    crashed = digests.claim_run(week, sub, start, end, MONDAY_NINE, "old-process", now=MONDAY_NINE)
    assert crashed is not None
    digests.record_message_ts(week, crashed, "1762765200.000100", now=MONDAY_NINE)
    clock.set(MONDAY_NINE + timedelta(minutes=3))  # restarted three minutes later
    [result] = scheduler.check_all()
    assert result.action == "already-claimed"
    assert slack.calls == []
    week.refresh(crashed)
    assert crashed.state == "sent" and crashed.message_ts == "1762765200.000100"


def test_restart_before_the_post_retries_after_the_lease(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    sub = subscribe(week, "C1", now=at(2025, 11, 1))
    start, end = period_for(sub, MONDAY_NINE)
    assert digests.claim_run(week, sub, start, end, MONDAY_NINE, "old-process", now=MONDAY_NINE) is not None
    clock.set(MONDAY_NINE + timedelta(minutes=5))
    assert scheduler.check_all()[0].action == "already-claimed"
    assert slack.calls == []
    clock.set(MONDAY_NINE + timedelta(minutes=11))
    assert scheduler.check_all()[0].action == "sent"
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_an_abandoned_claim_outside_the_grace_window_is_closed(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    sub = subscribe(week, "C1", now=at(2025, 11, 1))
    start, end = period_for(sub, MONDAY_NINE)
    run = digests.claim_run(week, sub, start, end, MONDAY_NINE, "old-process", now=MONDAY_NINE)
    assert run is not None
    clock.set(MONDAY_NINE + timedelta(days=1))
    assert scheduler.check_all()[0].action == "settled"
    week.refresh(run)
    assert run.state == "failed" and "never finished" in (run.outcome or "")
    assert slack.calls == []


def test_autumn_dst_double_fire_sends_once(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    # APScheduler fires a 01:30 New York job twice on 2 November 2025 (01:30 EDT and EST).
    sub = subscribe(
        week, "C1", weekday=6, time_of_day="01:30", timezone="America/New_York", now=at(2025, 10, 20)
    )
    clock.set(at(2025, 11, 2, 5, 30))
    assert scheduler.run_scheduled(sub.id or 0).action == "sent"  # type: ignore[union-attr]
    clock.set(at(2025, 11, 2, 6, 30))
    assert scheduler.run_scheduled(sub.id or 0).action == "done"  # type: ignore[union-attr]
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_a_broken_subscription_is_not_run(
    scheduler: DigestScheduler, week: Session, clock: Clock, slack: LocalSlack
) -> None:
    sub = subscribe(week, "C1", now=at(2025, 11, 1))
    scheduler.resync()
    digests.mark_broken(week, sub, "is_archived", now=at(2025, 11, 2))
    week.commit()
    clock.set(MONDAY_NINE)
    assert scheduler.run_scheduled(sub.id or 0) is None
    assert scheduler.check_all() == []
    assert scheduler.job_for(sub.id or 0) is None
    assert slack.calls == []


def test_two_schedulers_on_one_postgres_send_once(
    engine: Engine,
    db_url: str,
    settings,
    slack: LocalSlack,  # type: ignore[no-untyped-def]
    clock: Clock,
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("replicas share PostgreSQL")
    channels = [f"C{i}" for i in range(1, 6)]
    with Session(engine, expire_on_commit=False) as s:
        add_commitment(s, "CA", "grant", "1000000", "CAD", created=at(2025, 11, 5))
        s.commit()
        for channel in channels:
            subscribe(s, channel, now=at(2025, 11, 1))
    clock.set(MONDAY_NINE + timedelta(seconds=1))
    replicas = [
        DigestScheduler(
            Services(settings, engine, clock),
            WebClient(token="xoxb-test", base_url=slack.api_url),
            scheduler=BackgroundScheduler(),
            claimed_by=name,
        )
        for name in ("replica-a", "replica-b", "replica-c")
    ]
    barrier = threading.Barrier(len(replicas))
    errors: list[BaseException] = []

    def replica_starts(replica: DigestScheduler) -> None:
        try:
            barrier.wait()
            replica.check_all()
        except BaseException as exc:  # surfaced below, in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=replica_starts, args=(r,)) for r in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for channel in channels:
        assert digests_posted(slack, channel) == 1, channel
    assert len(slack.calls_to("chat.postMessage")) == len(channels)
    with Session(engine) as s:
        senders = {
            st.last_run.claimed_by
            for st in digests.list_subscriptions(s, audience=EVERYTHING)
            if st.last_run is not None
        }
        assert all(
            st.last_run is not None and st.last_run.state == "sent"
            for st in digests.list_subscriptions(s, audience=EVERYTHING)
        )
    assert senders <= {"replica-a", "replica-b", "replica-c"}


def test_start_and_stop_in_the_serve_process(services: Services, client: WebClient, session: Session) -> None:
    running = start_scheduler(services, client)
    try:
        assert running.scheduler.running
        sub = subscribe(session, "C1", now=services.clock())
        services.on_subscriptions_changed()  # what `digest subscribe` calls
        assert running.job_for(sub.id or 0) is not None
    finally:
        running.stop(wait=False)  # what bot/server.py calls on the way out
    assert not running.scheduler.running
    assert services.on_subscriptions_changed != running.resync  # a stopped scheduler is no longer told
    services.on_subscriptions_changed()
    running.stop()  # stopping twice is harmless


def test_a_subscription_object_is_a_schedule() -> None:
    sub = DigestSubscription(channel="C1", weekday=0, time_of_day="09:00", timezone="Asia/Tokyo")
    assert next_run_after(sub, MONDAY_NINE) == at(2025, 11, 17, 0)
