"""The inbox: what Slack was acknowledged for, stored before the ack and worked off after it.

An item is written in one short transaction before the HTTP 200, so a process killed after
the ack loses nothing: its lazy listener, or the recovery job of any replica, finishes it.
A lease (`claimed_by` until `claimed_until`) lets one worker at a time do an item's work;
the work itself is idempotent, so an item taken over after a lapsed lease is done once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, or_, update
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from store.db import DriverReads, Executor, insert_if_new, table_of
from store.models import Draft, InboxItem

log = logging.getLogger("minerals_bot.inbox")

LEASE = timedelta(minutes=2)  # longer than any item's work, Slack's retries included
MAX_ATTEMPTS = 5
RETENTION = timedelta(days=7)  # done items are kept this long (they also dedupe redeliveries)


def enqueue(
    session: Executor | DriverReads,
    *,
    kind: str,
    key: str,
    payload: dict[str, Any],
    now: datetime,
    worker: str | None = None,
) -> tuple[int | None, bool]:
    """Store a request: (its id, True), or (the id of the item already stored under `key`,
    False) for a redelivery; the id is None only if that item was pruned in between.

    With `worker`, a new item is stored already leased to it (as `claim` would): the lazy
    half that follows the ack in the same process works it off without another write."""
    key = key[:200]
    lease: dict[str, Any] = {"attempts": 0}
    if worker is not None:
        lease = {"claimed_by": worker[:120], "claimed_until": now + LEASE, "attempts": 1}
    item_id = insert_if_new(
        session,
        InboxItem,
        "id",
        kind=kind,
        key=key,
        payload=payload,
        received_at=now,
        state="pending",
        **lease,
    )
    if item_id is not None:
        return item_id, True
    if isinstance(session, DriverReads):
        found = session.rows(_ID_BY_KEY, {"key": key})
        return (found[0][0] if found else None), False
    return session.execute(_ID_BY_KEY, {"key": key}).scalar(), False


def get(session: Session, item_id: int) -> InboxItem | None:
    return session.get(InboxItem, item_id)


def claim(session: Session, item_id: int, *, worker: str, now: datetime) -> InboxItem | None:
    """Take the item's lease if it is pending and nobody holds a live lease; None otherwise.

    An item whose earlier attempts all died (a crash each time) is marked failed instead."""
    live_lease = or_(col(InboxItem.claimed_until).is_(None), col(InboxItem.claimed_until) < now)
    given_up = session.execute(
        update(InboxItem)
        .where(
            col(InboxItem.id) == item_id,
            col(InboxItem.state) == "pending",
            live_lease,
            col(InboxItem.attempts) >= MAX_ATTEMPTS,
        )
        .values(state="failed", finished_at=now, claimed_by=None, claimed_until=None)
    )
    if given_up.rowcount:  # type: ignore[attr-defined]
        log.error(
            "inbox item %s given up: %d attempts never finished (a crash each time?)", item_id, MAX_ATTEMPTS
        )
        return None
    result = session.execute(
        update(InboxItem)
        .where(col(InboxItem.id) == item_id, col(InboxItem.state) == "pending", live_lease)
        .values(claimed_by=worker[:120], claimed_until=now + LEASE, attempts=col(InboxItem.attempts) + 1)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return None
    session.expire_all()
    return session.get(InboxItem, item_id)


def due(session: Session, *, now: datetime, older_than: timedelta, limit: int = 100) -> list[int]:
    """Pending items received before `now - older_than` whose lease (if any) has lapsed."""
    ids = session.exec(
        select(InboxItem.id)
        .where(
            col(InboxItem.state) == "pending",
            col(InboxItem.received_at) < now - older_than,
            or_(col(InboxItem.claimed_until).is_(None), col(InboxItem.claimed_until) < now),
        )
        .order_by(col(InboxItem.id))
        .limit(limit)
    ).all()
    return [i for i in ids if i is not None]


def finish(session: Executor, item_id: int, *, worker: str, now: datetime) -> bool:
    """Mark the item done; False if this worker no longer holds it (its lease was taken over)."""
    result = session.execute(_FINISH, {"item_id": item_id, "worker": worker[:120], "now": now})
    return bool(result.rowcount)  # type: ignore[attr-defined]


_items = table_of(InboxItem)
# Core, built once: no ORM bookkeeping nor statement building on the path of every message.
_ID_BY_KEY = sql_select(_items.c.id).where(_items.c.key == bindparam("key"))
_FINISH = (
    update(_items)
    .where(
        _items.c.id == bindparam("item_id"),
        _items.c.state == "pending",
        _items.c.claimed_by == bindparam("worker"),
    )
    .values(state="done", finished_at=bindparam("now"), claimed_until=None, last_error=None)
)


def give_up_or_retry(session: Session, item_id: int, *, worker: str, error: str, now: datetime) -> str | None:
    """The work failed: release the lease for a later retry, or after MAX_ATTEMPTS mark the
    item failed. The item's new state ("pending" or "failed"), or None if it was not held."""
    item = session.get(InboxItem, item_id)
    if item is None or item.state != "pending" or item.claimed_by != worker[:120]:
        return None
    failed = item.attempts >= MAX_ATTEMPTS
    backoff = timedelta(seconds=min(600, 15 * 2**item.attempts))
    item.state = "failed" if failed else "pending"
    item.claimed_until = None if failed else now + backoff  # no one retries it before then
    item.finished_at = now if failed else None
    item.last_error = error[:1000]
    session.add(item)
    return item.state


def prune(session: Session, *, now: datetime, retention: timedelta = RETENTION) -> int:
    """Delete done items finished before `now - retention`; how many were deleted."""
    result = session.execute(
        delete(InboxItem).where(col(InboxItem.state) == "done", col(InboxItem.finished_at) < now - retention)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def counts(session: Session) -> dict[str, int]:
    """Items by state (for tests and the health of the queue)."""
    rows = session.exec(select(InboxItem.state)).all()
    out: dict[str, int] = {}
    for state in rows:
        out[state] = out.get(state, 0) + 1
    return out


def sources_without_card(session: Session, *, now: datetime, older_than: timedelta) -> list[str]:
    """Messages whose drafts are stored but whose card was never posted, untouched since
    `now - older_than` (so a worker posting it right now is left alone)."""
    return list(
        session.exec(
            select(Draft.source_message)
            .where(
                col(Draft.card_ts).is_(None),
                col(Draft.state).in_(("pending", "logged")),  # what a card still has to show
                col(Draft.updated_at) < now - older_than,
            )
            .group_by(col(Draft.source_message))
            .order_by(col(Draft.source_message))
            .limit(100)
        ).all()
    )


def has_drafts(session: Session, source_message: str) -> bool:
    """Whether a message has drafts (an edit or deletion of it then matters)."""
    return (
        session.exec(select(Draft.id).where(Draft.source_message == source_message).limit(1)).first()
        is not None
    )
