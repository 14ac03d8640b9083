"""The digest scheduler in the `serve` process: APScheduler jobs rebuilt from the store.

Subscriptions live in the database, so nothing about the schedule is lost on restart:
on start, when a subscription changes, and every few minutes, the cron jobs are rebuilt
from the store. Every firing goes through the same check (`due`), which also finds runs
missed while the bot was down and runs abandoned by a crashed sender. Sending is
exactly-once because every run is claimed in the database first (store/digests.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from slack_sdk import WebClient

from bot.core.services import Services, no_subscribers
from jobs.runs import RunResult, replica_id, run_digest
from jobs.schedule import cron_fields, latest_run_at_or_before, next_run_after, period_for
from store import digests
from store.models import DigestSubscription, RunState

__all__ = ["DigestScheduler", "next_run_after", "period_for", "start_scheduler"]

log = logging.getLogger("minerals_bot.digest")

RESYNC_MINUTES = 5
# A run this late is still on time, whatever the grace setting: it covers the moment between
# the cron job firing and its claim, which a resync tick must not mistake for a missed run.
ON_TIME = timedelta(minutes=15)
JOB_PREFIX = "digest-subscription-"


@dataclass(frozen=True)
class CheckResult:
    channel: str
    scheduled_for: datetime | None
    action: str  # not-due / done / sent / failed / broken / already-claimed / skipped / settled
    detail: str = ""


class DigestScheduler:
    """Weekly digests for every subscription in the store, each sent once."""

    def __init__(
        self,
        services: Services,
        client: WebClient,
        *,
        scheduler: BaseScheduler | None = None,
        claimed_by: str | None = None,
        resync_minutes: float = RESYNC_MINUTES,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.services, self.client = services, client
        self.scheduler = scheduler or BackgroundScheduler(timezone="UTC")
        self.claimed_by = claimed_by or replica_id()
        self.resync_minutes = resync_minutes
        self.sleep = sleep
        self._signatures: dict[str, tuple[int, str, str]] = {}
        self._lock = threading.Lock()

    @property
    def grace(self) -> timedelta:
        return max(timedelta(hours=self.services.settings.digest_grace_hours), ON_TIME)

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Build the jobs, start the scheduler thread, and check for missed runs at once."""
        self.resync()
        self.scheduler.add_job(
            self.tick,
            "interval",
            minutes=self.resync_minutes,
            id="digest-tick",
            next_run_time=self.services.clock(),
            coalesce=True,
            max_instances=1,
            replace_existing=True,
        )
        self.scheduler.start()
        # `digest subscribe` in this process rebuilds the jobs at once (other replicas on their tick).
        self.services.on_subscriptions_changed = self.resync
        log.info("digest scheduler started with %d subscription(s)", len(self._signatures))

    def stop(self, *, wait: bool = True) -> None:
        """Stop scheduling; with wait, let a digest being sent finish first."""
        if self.services.on_subscriptions_changed == self.resync:
            self.services.on_subscriptions_changed = no_subscribers
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)

    def tick(self) -> list[CheckResult]:
        """The periodic resync: jobs rebuilt from the store, then every subscription checked."""
        self.resync()
        return self.check_all()

    # --- jobs from the store ------------------------------------------------------------

    def resync(self) -> None:
        """Make the cron jobs match the subscriptions in the store (idempotent)."""
        with self._lock, self.services.session() as session:
            wanted = {f"{JOB_PREFIX}{s.id}": s for s in digests.schedulable_subscriptions(session)}
            for job in self.scheduler.get_jobs():
                if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
                    job.remove()
                    self._signatures.pop(job.id, None)
            for job_id, sub in wanted.items():
                signature = (sub.weekday, sub.time_of_day, sub.timezone)
                existing = self.scheduler.get_job(job_id)
                if existing is not None and self._signatures.get(job_id) == signature:
                    continue
                if existing is not None:
                    existing.remove()  # replace_existing does not reach a not-yet-started job
                self.scheduler.add_job(
                    self.run_scheduled,
                    CronTrigger(**cron_fields(sub)),
                    args=[sub.id],
                    id=job_id,
                    name=f"digest for {sub.channel}",
                    coalesce=True,
                    max_instances=1,
                    misfire_grace_time=int(self.grace.total_seconds()),
                )
                self._signatures[job_id] = signature

    def job_for(self, subscription_id: int) -> Any:
        return self.scheduler.get_job(f"{JOB_PREFIX}{subscription_id}")

    # --- firing -------------------------------------------------------------------------

    def run_scheduled(self, subscription_id: int) -> CheckResult | None:
        """The cron job: re-read the subscription, then the same check as a resync tick."""
        with self.services.session() as session:
            sub = session.get(DigestSubscription, subscription_id)
        if sub is None or not sub.active or sub.broken_reason:
            self.resync()
            return None
        return self.check(sub)

    def check_all(self) -> list[CheckResult]:
        """Check every schedulable subscription: send what is due, skip what is too late."""
        with self.services.session() as session:
            subs = digests.schedulable_subscriptions(session)
        return [self.check(sub) for sub in subs]

    def check(self, sub: DigestSubscription) -> CheckResult:
        """Send the latest scheduled run if due and unclaimed; record it skipped if too late.

        Only runs scheduled after the subscription was last set up count: a new
        subscription does not owe last week's digest.
        """
        now = self.services.clock()
        scheduled = latest_run_at_or_before(sub, now)
        if scheduled <= sub.updated_at:
            return CheckResult(sub.channel, None, "not-due")
        start, end = period_for(sub, scheduled)
        assert sub.id is not None
        with self.services.session() as session:
            existing = digests.get_run(session, sub.id, start)
            if existing is not None and existing.state != RunState.CLAIMED:
                return CheckResult(sub.channel, scheduled, "done", existing.state)
            if now - scheduled > self.grace:
                return self._too_late(session, sub, scheduled, (start, end), now)
        result: RunResult = run_digest(
            self.services,
            self.client,
            sub,
            scheduled_for=scheduled,
            claimed_by=self.claimed_by,
            period=(start, end),
            sleep=self.sleep,
        )
        return CheckResult(sub.channel, scheduled, result.state, result.outcome)

    def _too_late(
        self,
        session: Any,
        sub: DigestSubscription,
        scheduled: datetime,
        period: tuple[datetime, datetime],
        now: datetime,
    ) -> CheckResult:
        local = scheduled.astimezone(ZoneInfo(sub.timezone))
        when = f"{local:%Y-%m-%d %H:%M} {sub.timezone}"
        if digests.settle_abandoned(session, sub, period[0], now=now) is not None:
            return CheckResult(sub.channel, scheduled, "settled")
        log.warning("skipped missed digest for %s scheduled at %s (outside grace window)", sub.channel, when)
        digests.record_skipped(
            session,
            sub,
            period[0],
            period[1],
            scheduled,
            f"missed: the bot was not running at {when} and the "
            f"{self.grace.total_seconds() / 3600:g} h grace window passed",
            claimed_by=self.claimed_by,
            now=now,
        )
        return CheckResult(sub.channel, scheduled, "skipped", when)


def start_scheduler(services: Services, client: WebClient) -> DigestScheduler:
    """For `serve`: schedule every subscription's digest; call `.stop()` on the way out."""
    scheduler = DigestScheduler(services, client)
    scheduler.start()
    return scheduler
