"""One digest run from claim to recorded outcome; the scheduler, `digest now` and the CLI share it.

Each step is its own unit of work, committed before the next, so a crash at any point
leaves the run in a state the claim rule (store/digests.py) knows how to resume.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from slack_sdk import WebClient
from sqlmodel import Session

from bot.core.services import Services
from jobs.digest import build_digest
from jobs.schedule import Schedule, period_for, run_on
from jobs.send import Delivery, post_digest, tell_subscriber
from store import digests
from store.digest_content import STALE_DAYS, Digest
from store.models import DeliveryState, DigestRun, DigestSubscription
from store.visibility import Audience

log = logging.getLogger("minerals_bot.digest")


def replica_id() -> str:
    """Who claims a run: this host and process, so `digest list` can say who sent it."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class DefaultSchedule:
    """The schedule of a channel with no subscription (`digest now`, CLI preview)."""

    timezone: str
    weekday: int = 0
    time_of_day: str = "09:00"


def digest_for(
    services: Services, channel: str, *, tz: str, period_start: datetime, period_end: datetime
) -> Digest:
    """The channel's digest: records from public channels and from this channel only."""
    with services.session() as session:
        sub = digests.get_subscription(session, channel)
        return build_digest(
            session,
            stale_days=sub.quiet_days if sub is not None else STALE_DAYS,
            period_start=period_start,
            period_end=period_end,
            audience=Audience(channel=channel),
            tz=tz,
            now=period_end,
            command=services.settings.slash_command,
            archives=_archives_url(services.settings.slack_api_url),
        )


def _archives_url(api_url: str) -> str:
    # Message links live on the same host as the Web API (slack.com, slack-gov.com, ...).
    base = api_url.removesuffix("/").removesuffix("/api")
    return f"{base}/archives/"


@dataclass(frozen=True)
class RunResult:
    state: str  # a DeliveryState, or "already-claimed"
    outcome: str
    run_id: int | None = None
    message_ts: str | None = None


def run_digest(
    services: Services,
    client: WebClient,
    subscription: DigestSubscription,
    *,
    scheduled_for: datetime,
    claimed_by: str,
    period: tuple[datetime, datetime],
    notify_subscriber: bool = True,
    sleep: Callable[[float], None] = time.sleep,
) -> RunResult:
    """Claim the period, build and post the digest, and record what happened."""
    start, end = period
    with services.session() as session:
        run = digests.claim_run(
            session, subscription, start, end, scheduled_for, claimed_by, now=services.clock()
        )
    if run is None:
        return RunResult("already-claimed", "another process has this digest")
    try:
        digest = digest_for(
            services, subscription.channel, tz=subscription.timezone, period_start=start, period_end=end
        )
        taken_over = run.attempts > 1  # an earlier sender stopped: it may have posted
        delivery = post_digest(
            client,
            subscription.channel,
            digest,
            on_posted=lambda ts: _record_ts(services, run, ts),
            sleep=sleep,
            run_key=str(run.id),
            resume_since=run.created_at.timestamp() - 60 if taken_over else None,
        )
    except Exception as exc:  # a run must end with an outcome, whatever broke
        log.exception("digest for %s failed", subscription.channel)
        delivery = Delivery(DeliveryState.FAILED, f"error: {type(exc).__name__}: {exc}")
    _record_outcome(services, client, subscription, run, delivery, notify_subscriber=notify_subscriber)
    return RunResult(delivery.state, delivery.outcome, run.id, delivery.message_ts)


def _record_ts(services: Services, run: DigestRun, ts: str) -> None:
    with services.session() as session:
        digests.record_message_ts(session, _fresh(session, run), ts, now=services.clock())


def _fresh(session: Session, run: DigestRun) -> DigestRun:
    # Re-read by id: the copy we hold predates the message ts recorded since.
    found = session.get(DigestRun, run.id, populate_existing=True)
    if found is None:
        raise LookupError(f"digest run {run.id} vanished (subscription deleted?)")
    return found


def _record_outcome(
    services: Services,
    client: WebClient,
    subscription: DigestSubscription,
    run: DigestRun,
    delivery: Delivery,
    *,
    notify_subscriber: bool,
) -> None:
    now = services.clock()
    with services.session() as session:
        live_run = _fresh(session, run)
        if delivery.state == DeliveryState.SENT:
            digests.mark_sent(session, live_run, delivery.outcome, now=now)
            return
        digests.mark_failed(session, live_run, delivery.outcome, now=now)
        if delivery.state != DeliveryState.BROKEN or delivery.error is None:
            return
        sub = session.get(DigestSubscription, subscription.id)
        if sub is not None:
            digests.mark_broken(session, sub, delivery.error, now=now)
    log.warning("digest for %s stopped: %s", subscription.channel, delivery.error)
    if notify_subscriber and subscription.subscribed_by:
        tell_subscriber(
            client,
            subscription.subscribed_by,
            subscription.channel,
            delivery.error,
            command=services.settings.slash_command,
        )


def send_now(
    services: Services,
    client: WebClient,
    channel: str,
    *,
    requested_by: str,
    sleep: Callable[[float], None] = time.sleep,
) -> RunResult:
    """The channel's digest for the seven days up to now, recorded if it is subscribed."""
    now = services.clock()
    with services.session() as session:
        sub = digests.get_subscription(session, channel)
    if sub is None or not sub.active:
        schedule = DefaultSchedule(services.settings.digest_timezone)
        start, end = period_for(schedule, now)
        digest = digest_for(services, channel, tz=schedule.timezone, period_start=start, period_end=end)
        delivery = post_digest(client, channel, digest, sleep=sleep)
        return RunResult(delivery.state, delivery.outcome, message_ts=delivery.message_ts)
    return run_digest(
        services,
        client,
        sub,
        scheduled_for=now,
        claimed_by=f"manual:{requested_by}",
        period=period_for(sub, now),
        notify_subscriber=sub.subscribed_by != requested_by,
        sleep=sleep,
    )


def digest_preview(services: Services, channel: str, *, day: date | None = None) -> Digest:
    """The digest `channel` would get: for the run scheduled on `day`, else one run now."""
    with services.session(read_only=True) as session:
        sub = digests.get_subscription(session, channel)
    schedule: Schedule = (
        sub if sub is not None and sub.active else DefaultSchedule(services.settings.digest_timezone)
    )
    if day is not None:
        run_at = run_on(schedule, day)  # that day's scheduled time, as the digest would run
    else:
        run_at = services.clock().astimezone(UTC).replace(microsecond=0)
    start, end = period_for(schedule, run_at)
    return digest_for(services, channel, tz=schedule.timezone, period_start=start, period_end=end)
