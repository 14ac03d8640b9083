"""Digest subscriptions and runs: who gets a weekly digest, and the claim that sends it once.

The exactly-once rule, in full:

- A run is claimed by inserting the DigestRun row for (subscription, period_start). The
  unique constraint lets exactly one process (thread, replica) win; the others get None.
- The sender records the posted message's ts (`record_message_ts`, committed) before it
  does anything else, then marks the run sent.
- A run found still "claimed" has lost its sender (the process crashed or was killed):
  - with a message_ts, the digest was posted: it is marked sent and never posted again;
  - without one, nothing was posted as far as we know: another claimer may take it over
    once the claim is older than CLAIM_LEASE (10 minutes; a send takes seconds), at most
    MAX_ATTEMPTS times in all, after which it is marked failed.
- "sent", "failed" and "skipped" runs are final; `digest now` sends a fresh run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import available_timezones

from rapidfuzz import fuzz, process, utils
from sqlalchemy import func, or_, update
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from store.errors import UserError
from store.models import Commitment, DigestRun, DigestSubscription, RunState
from store.money import Money
from store.queries import LIVE_COMMITMENT_STATUSES
from store.records import audit
from store.visibility import Audience

CLAIM_LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = 3
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class DigestError(UserError, ValueError):
    """A request about digests that cannot be done; the message says why and what to do."""


class InvalidSchedule(DigestError):
    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []


class NotYourSubscription(DigestError):
    def __init__(self, channel: str, owner: str | None):
        self.channel, self.owner = channel, owner
        super().__init__(f"{owner} set up the digest for {channel}; only they or an admin can change it.")


class NoSubscription(DigestError):
    def __init__(self, channel: str):
        self.channel = channel
        super().__init__(f"{channel} has no digest subscription.")


# --- validation -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def validate_timezone(name: str) -> str:
    """The IANA zone name, or InvalidSchedule with close matches."""
    if name in _zone_names():
        return name
    found = process.extract(
        name,
        sorted(_zone_names()),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=2,
        score_cutoff=80,
    )
    close = [zone for zone, _score, _idx in found]
    examples = close or ["Europe/Berlin", "America/New_York"]
    raise InvalidSchedule(f"'{name}' is not a timezone: try {' or '.join(examples)}", close)


def parse_weekday(text: str) -> int:
    """Monday = 0; full names and three-letter abbreviations."""
    key = text.strip().lower()
    for number, day in enumerate(WEEKDAYS):
        if key == day or (len(key) >= 3 and day.startswith(key)):
            return number
    raise InvalidSchedule(f"'{text}' is not a weekday: use Monday … Sunday (or Mon … Sun)")


def parse_time_of_day(text: str) -> str:
    """'9:00' -> '09:00'; 24-hour clock only, so there is no am/pm guessing."""
    match = _TIME.match(text.strip())
    if not match:
        raise InvalidSchedule(f"'{text}' is not a time: use 24-hour HH:MM such as 09:00")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


# --- subscriptions ----------------------------------------------------------------------


def get_subscription(session: Session, channel: str) -> DigestSubscription | None:
    """The channel's subscription, active or not."""
    return session.exec(select(DigestSubscription).where(DigestSubscription.channel == channel)).first()


def subscribe(
    session: Session,
    *,
    channel: str,
    channel_private: bool,
    weekday: int,
    time_of_day: str,
    timezone: str,
    subscribed_by: str,
    is_admin: bool,
    now: datetime,
) -> DigestSubscription:
    """Create or change a channel's subscription; someone else's needs an admin."""
    if not 0 <= weekday <= 6:
        raise InvalidSchedule(f"weekday must be 0 (Monday) to 6 (Sunday), not {weekday}")
    time_of_day = parse_time_of_day(time_of_day)
    timezone = validate_timezone(timezone)
    sub = get_subscription(session, channel)
    if sub is None:
        sub = DigestSubscription(channel=channel, created_at=now)
    elif sub.active and sub.subscribed_by not in (None, subscribed_by) and not is_admin:
        raise NotYourSubscription(channel, sub.subscribed_by)
    sub.channel_private, sub.weekday, sub.time_of_day = channel_private, weekday, time_of_day
    sub.timezone, sub.subscribed_by = timezone, subscribed_by
    sub.active, sub.broken_reason, sub.updated_at = True, None, now
    session.add(sub)
    audit(session, actor=subscribed_by, action="subscribe", record=sub, now=now)
    return sub


def set_quiet_days(session: Session, *, channel: str, days: int) -> DigestSubscription:
    """After how many days without an update a project is "Gone quiet" in this channel's digest."""
    if not 7 <= days <= 3650:
        raise InvalidSchedule(f"give between 7 and 3650 days, not {days}")
    sub = get_subscription(session, channel)
    if sub is None or not sub.active:
        raise NoSubscription(channel)
    sub.quiet_days = days
    session.add(sub)
    return sub


def unsubscribe(
    session: Session, *, channel: str, user: str, is_admin: bool, now: datetime
) -> DigestSubscription:
    """Stop a channel's digest; the row and its run history stay."""
    sub = get_subscription(session, channel)
    if sub is None or not sub.active:
        raise NoSubscription(channel)
    if sub.subscribed_by not in (None, user) and not is_admin:
        raise NotYourSubscription(channel, sub.subscribed_by)
    sub.active, sub.updated_at = False, now
    session.add(sub)
    audit(session, actor=user, action="unsubscribe", record=sub, now=now)
    return sub


def schedulable_subscriptions(session: Session) -> list[DigestSubscription]:
    """Active subscriptions that are not broken: the ones the scheduler runs."""
    return list(
        session.exec(
            select(DigestSubscription)
            .where(col(DigestSubscription.active).is_(True), col(DigestSubscription.broken_reason).is_(None))
            .order_by(col(DigestSubscription.id))
        ).all()
    )


def mark_broken(session: Session, subscription: DigestSubscription, reason: str, *, now: datetime) -> None:
    """Stop scheduling a subscription until someone resubscribes it."""
    subscription.broken_reason, subscription.updated_at = reason[:200], now
    session.add(subscription)
    audit(session, actor="system", action="digest_broken", record=subscription, note=reason, now=now)


@dataclass
class SubscriptionStatus:
    subscription: DigestSubscription
    last_run: DigestRun | None


def list_subscriptions(session: Session, *, audience: Audience) -> list[SubscriptionStatus]:
    """Active subscriptions with each one's latest run, for `digest list`: a private
    channel's (or DM's) subscription is listed only in that channel."""
    stmt = select(DigestSubscription).where(col(DigestSubscription.active).is_(True))
    if not audience.everything:
        stmt = stmt.where(
            or_(
                col(DigestSubscription.channel_private).is_(False),
                col(DigestSubscription.channel) == (audience.channel or ""),
            )
        )
    subs = session.exec(stmt.order_by(DigestSubscription.channel)).all()
    latest_ids = select(func.max(DigestRun.id)).group_by(col(DigestRun.subscription_id))
    runs = {
        r.subscription_id: r
        for r in session.exec(select(DigestRun).where(col(DigestRun.id).in_(latest_ids))).all()
    }
    return [SubscriptionStatus(s, runs.get(s.id or 0)) for s in subs]


# --- runs -------------------------------------------------------------------------------


def get_run(session: Session, subscription_id: int, period_start: datetime) -> DigestRun | None:
    """The run for a period, as the database has it now."""
    return session.exec(
        select(DigestRun)
        .where(DigestRun.subscription_id == subscription_id, DigestRun.period_start == period_start)
        .execution_options(populate_existing=True)
    ).first()


def claim_run(
    session: Session,
    subscription: DigestSubscription,
    period_start: datetime,
    period_end: datetime,
    scheduled_for: datetime,
    claimed_by: str,
    *,
    now: datetime,
) -> DigestRun | None:
    """The run for this period if this caller won it, else None. Commits: a claim only
    counts once the other replicas can see it. See the module docstring for the rule."""
    assert subscription.id is not None
    run = DigestRun(
        subscription_id=subscription.id,
        period_start=period_start,
        period_end=period_end,
        scheduled_for=scheduled_for,
        claimed_by=claimed_by,
        attempts=1,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(run)
    except IntegrityError:
        won = _take_over_abandoned(session, subscription.id, period_start, claimed_by, now=now)
        session.commit()
        return won
    session.commit()
    return run


def _settle_if_abandoned(session: Session, run: DigestRun, *, now: datetime) -> bool:
    """Close a claimed run whose sender is gone; True if it was closed."""
    if run.message_ts:
        # Posted before its sender died: it was sent, whatever the row says.
        _finish(session, run, RunState.SENT, "sent (recovered after a restart)", now=now)
        return True
    if run.updated_at > now - CLAIM_LEASE:
        return False  # its sender may still be at work
    if run.attempts >= MAX_ATTEMPTS:
        _finish(
            session,
            run,
            RunState.FAILED,
            f"gave up after {run.attempts} attempts that never finished",
            now=now,
        )
        return True
    return False


def _take_over_abandoned(
    session: Session, subscription_id: int, period_start: datetime, claimed_by: str, *, now: datetime
) -> DigestRun | None:
    existing = get_run(session, subscription_id, period_start)
    if existing is None or existing.state != RunState.CLAIMED:
        return None
    if _settle_if_abandoned(session, existing, now=now) or existing.updated_at > now - CLAIM_LEASE:
        return None
    # Compare-and-set on the row as we read it, so two takers cannot both win.
    taken = session.execute(
        update(DigestRun)
        .where(
            col(DigestRun.id) == existing.id,
            col(DigestRun.state) == RunState.CLAIMED,
            col(DigestRun.message_ts).is_(None),
            col(DigestRun.attempts) == existing.attempts,
        )
        .values(claimed_by=claimed_by, attempts=existing.attempts + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if getattr(taken, "rowcount", 0) != 1:
        return None
    session.refresh(existing)
    return existing


def settle_abandoned(
    session: Session, subscription: DigestSubscription, period_start: datetime, *, now: datetime
) -> DigestRun | None:
    """For a period too late to send: a run left claimed is closed (sent if it was posted,
    failed once its lease is over). None when the period has no run at all."""
    assert subscription.id is not None
    run = get_run(session, subscription.id, period_start)
    if (
        run is not None
        and run.state == RunState.CLAIMED
        and not _settle_if_abandoned(session, run, now=now)
        and run.updated_at <= now - CLAIM_LEASE
    ):
        _finish(session, run, RunState.FAILED, "never finished: the process sending it stopped", now=now)
    return run


def record_message_ts(session: Session, run: DigestRun, message_ts: str, *, now: datetime) -> None:
    """Note the posted message before anything else can fail (commits)."""
    run.message_ts, run.updated_at = message_ts, now
    session.add(run)
    session.commit()


def _finish(session: Session, run: DigestRun, state: str, outcome: str, *, now: datetime) -> None:
    run.state, run.outcome, run.updated_at = state, outcome[:400], now
    session.add(run)


def mark_sent(session: Session, run: DigestRun, outcome: str = "sent", *, now: datetime) -> None:
    _finish(session, run, RunState.SENT, outcome, now=now)


def mark_failed(session: Session, run: DigestRun, error: str, *, now: datetime) -> None:
    _finish(session, run, RunState.FAILED, error, now=now)


def record_skipped(
    session: Session,
    subscription: DigestSubscription,
    period_start: datetime,
    period_end: datetime,
    scheduled_for: datetime,
    reason: str,
    *,
    claimed_by: str,
    now: datetime,
) -> DigestRun | None:
    """Claim the period and mark it skipped, so the gap shows in `digest list`."""
    run = claim_run(session, subscription, period_start, period_end, scheduled_for, claimed_by, now=now)
    if run is not None:
        _finish(session, run, RunState.SKIPPED, reason, now=now)
    return run


# --- reads for the digest ---------------------------------------------------------------


def money_to_date(session: Session, *, before: datetime, audience: Audience) -> Money:
    """Live commitments logged before a moment, as one Money total."""
    # Summed in SQL: "to date" grows without bound, the week's list does not.
    stmt = (
        sa_select(
            col(Commitment.currency),
            col(Commitment.amount_is_ceiling),
            func.sum(col(Commitment.amount)),
            func.sum(col(Commitment.usd_estimate)),
            func.count(col(Commitment.id)) - func.count(col(Commitment.usd_estimate)),
            func.max(col(Commitment.usd_rate_date)),
        )
        .where(
            col(Commitment.created_at) < before,
            col(Commitment.status).in_(LIVE_COMMITMENT_STATUSES),
            col(Commitment.amount).is_not(None),
            col(Commitment.currency).is_not(None),
        )
        .group_by(col(Commitment.currency), col(Commitment.amount_is_ceiling))
    )
    clause = audience.clause(Commitment)
    if clause is not None:
        stmt = stmt.where(clause)
    money = Money()
    for currency, ceiling, amount, usd, unconverted, rate_date in session.execute(stmt).all():
        money.fold(
            currency, amount, usd=usd, ceiling=ceiling, unconverted=int(unconverted), rate_date=rate_date
        )
    return money
