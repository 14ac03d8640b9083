"""Watched feeds: a channel's watches, their polling state, and each item claimed once ever.

A poll is claimed by a conditional UPDATE of `next_poll_at` and an item by the unique
(watch, key) row, so across replicas and restarts a feed is polled by one worker at a time and
an item is handled once. Times are passed in.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from store.errors import UserError
from store.models import FeedItem, FeedWatch

MAX_WATCHES_PER_CHANNEL = 50
POLL_LEASE = timedelta(minutes=5)  # a poll claimed and never finished may be retried then


class WatchError(UserError):
    """A watch that cannot be added or removed; the message says why."""


def add_watch(
    session: Session,
    *,
    channel: str,
    private: bool,
    url: str,
    keywords: list[str],
    user: str,
    now: datetime,
) -> FeedWatch:
    """A new watch of `url` in `channel` (not yet primed: its present items are recorded first)."""
    mine = watches_in(session, channel)
    if any(w.url == url for w in mine):
        raise WatchError("This channel already watches that feed.")
    if len(mine) >= MAX_WATCHES_PER_CHANNEL:
        raise WatchError(f"A channel can watch at most {MAX_WATCHES_PER_CHANNEL} feeds.")
    watch = FeedWatch(
        channel=channel,
        channel_private=private,
        url=url[:2000],
        keywords=[k[:100] for k in keywords[:20]],
        added_by=user,
        next_poll_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(watch)
    session.flush()
    return watch


def watches_in(session: Session, channel: str) -> list[FeedWatch]:
    """The channel's active watches, numbered 1.. in this order."""
    return list(
        session.exec(
            select(FeedWatch)
            .where(FeedWatch.channel == channel, col(FeedWatch.active).is_(True))
            .order_by(col(FeedWatch.id))
        ).all()
    )


def remove_watch(session: Session, channel: str, number: int, *, now: datetime) -> FeedWatch:
    """Stop the channel's watch number `number` (as `watch list` shows it)."""
    mine = watches_in(session, channel)
    if not 1 <= number <= len(mine):
        raise WatchError(f"There is no watch {number} here: `watch list` shows {len(mine)}.")
    watch = mine[number - 1]
    watch.active, watch.stopped_reason, watch.updated_at = False, "removed", now
    session.add(watch)
    return watch


def get_watch(session: Session, watch_id: int) -> FeedWatch | None:
    return session.get(FeedWatch, watch_id)


def due_watches(session: Session, *, now: datetime, force: bool = False) -> list[int]:
    """Active watches whose next poll is due (with `force`: also those not failing)."""
    due = or_(col(FeedWatch.next_poll_at).is_(None), col(FeedWatch.next_poll_at) <= now)
    if force:
        due = or_(due, col(FeedWatch.failures) == 0)
    rows = session.exec(
        select(FeedWatch.id).where(col(FeedWatch.active).is_(True), due).order_by(col(FeedWatch.id))
    ).all()
    return [int(r) for r in rows if r is not None]


def claim_poll(session: Session, watch_id: int, *, now: datetime, seen_next: datetime | None) -> bool:
    """Take the poll of a watch: its `next_poll_at` moves on by the lease if it is still what
    this worker read (`seen_next`), so of two workers only one polls."""
    same = (
        col(FeedWatch.next_poll_at).is_(None)
        if seen_next is None
        else col(FeedWatch.next_poll_at) == seen_next
    )
    result = session.execute(
        update(FeedWatch)
        .where(col(FeedWatch.id) == watch_id, col(FeedWatch.active).is_(True), same)
        .values(next_poll_at=now + POLL_LEASE)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def claim_item(
    session: Session, watch_id: int, key: str, *, title: str | None, link: str | None, now: datetime
) -> bool:
    """Record an item of a watch; False if it was seen before (by any worker, ever)."""
    try:
        with session.begin_nested():
            session.add(
                FeedItem(
                    watch_id=watch_id,
                    key=key[:64],
                    title=(title or "")[:500] or None,
                    link=(link or "")[:2000] or None,
                    seen_at=now,
                )
            )
            session.flush()
    except IntegrityError:
        return False
    session.execute(
        update(FeedWatch).where(col(FeedWatch.id) == watch_id).values(items_seen=FeedWatch.items_seen + 1)
    )
    return True


def mark_posted(session: Session, watch_id: int, key: str) -> None:
    session.execute(
        update(FeedItem)
        .where(col(FeedItem.watch_id) == watch_id, col(FeedItem.key) == key)
        .values(posted=True)
    )


def record_success(
    session: Session,
    watch_id: int,
    *,
    etag: str | None,
    last_modified: str | None,
    new_url: str | None,
    next_poll_at: datetime,
    now: datetime,
) -> None:
    """A poll answered (200 or 304): validators kept, failures forgotten, a moved feed's URL updated."""
    watch = session.get(FeedWatch, watch_id)
    if watch is None:
        return
    if etag or last_modified:
        watch.etag, watch.last_modified = (etag or "")[:400] or None, (last_modified or "")[:100] or None
    if new_url:
        watch.url = new_url[:2000]
    watch.primed = True
    watch.last_success_at, watch.next_poll_at, watch.updated_at = now, next_poll_at, now
    watch.failures, watch.failing_since, watch.failure_reported = 0, None, False
    session.add(watch)


def record_failure(
    session: Session,
    watch_id: int,
    *,
    error: str,
    next_poll_at: datetime,
    report_after: timedelta,
    now: datetime,
) -> bool:
    """A poll failed: kept with its time; True once, when it has failed for `report_after`."""
    watch = session.get(FeedWatch, watch_id)
    if watch is None:
        return False
    watch.failures += 1
    watch.failing_since = watch.failing_since or now
    watch.last_error, watch.last_error_at = error[:400], now
    watch.next_poll_at, watch.updated_at = next_poll_at, now
    report = not watch.failure_reported and now - watch.failing_since >= report_after
    if report:
        watch.failure_reported = True
    session.add(watch)
    return report


def stop_watch(session: Session, watch_id: int, *, reason: str, now: datetime) -> None:
    watch = session.get(FeedWatch, watch_id)
    if watch is None:
        return
    watch.active, watch.stopped_reason = False, reason[:400]
    watch.last_error, watch.last_error_at, watch.updated_at = reason[:400], now, now
    session.add(watch)
