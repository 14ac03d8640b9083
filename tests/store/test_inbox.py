"""The inbox's store functions on both backends: dedupe, leases, give-up, pruning, owed cards."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from store import drafts as draft_store
from store import inbox
from store.db import connection_scope, driver_autocommit, insert_if_new, session_scope
from store.models import InboxItem

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _stored(engine, key: str = "Ev1", now: datetime = NOW) -> int:
    with session_scope(engine) as s:
        item_id, created = inbox.enqueue(s, kind="event", key=key, payload={"event_id": key}, now=now)
    assert created and item_id is not None
    return item_id


def test_a_redelivered_key_is_stored_once(engine):
    first = _stored(engine)
    with session_scope(engine) as s:
        again, created = inbox.enqueue(s, kind="event", key="Ev1", payload={"other": 1}, now=NOW)
    assert (again, created) == (first, False)
    with session_scope(engine) as s:
        item = inbox.get(s, first)
        assert item is not None and item.payload == {"event_id": "Ev1"}
        assert inbox.counts(s) == {"pending": 1}


def test_the_ack_write_on_the_driver_cursor_stores_as_a_session_does(engine):
    """inbox_work.keep's INSERT on the driver's cursor: leased to its worker, the payload as
    JSON, a redelivery answered with the first item's id; nothing is left open."""
    with driver_autocommit(engine) as statements:
        item_id, created = inbox.enqueue(
            statements, kind="event", key="Ev9", payload={"event_id": "Ev9", "n": [1]}, now=NOW, worker="w:1"
        )
        again, created_again = inbox.enqueue(statements, kind="event", key="Ev9", payload={}, now=NOW)
    assert created and item_id is not None and (again, created_again) == (item_id, False)
    with session_scope(engine) as s:
        item = inbox.get(s, item_id)
        assert item is not None and item.payload == {"event_id": "Ev9", "n": [1]}
        assert (item.claimed_by, item.claimed_until, item.attempts) == ("w:1", NOW + inbox.LEASE, 1)
        assert (item.received_at, item.state) == (NOW, "pending")
    with pytest.raises(TypeError), driver_autocommit(engine) as statements:  # a per-row default left out
        insert_if_new(statements, InboxItem, "id", kind="event", key="Ev10", state="pending")


def test_of_two_claimers_one_wins(engine):
    item_id = _stored(engine)
    winners: list[str] = []
    barrier = threading.Barrier(2)

    def claim(worker: str) -> None:
        barrier.wait()
        with session_scope(engine) as s:
            if inbox.claim(s, item_id, worker=worker, now=NOW) is not None:
                winners.append(worker)

    threads = [threading.Thread(target=claim, args=(w,)) for w in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(winners) == 1
    with session_scope(engine) as s:
        # Held: neither the other worker nor the recovery job may take it before the lease ends.
        assert inbox.claim(s, item_id, worker="c", now=NOW + inbox.LEASE - timedelta(seconds=1)) is None
        assert inbox.due(s, now=NOW + timedelta(minutes=1), older_than=timedelta(0)) == []
        # The loser cannot finish what it does not hold; the winner can, once.
        loser = "b" if winners == ["a"] else "a"
        assert not inbox.finish(s, item_id, worker=loser, now=NOW)
        assert inbox.finish(s, item_id, worker=winners[0], now=NOW)
        assert not inbox.finish(s, item_id, worker=winners[0], now=NOW)
        assert inbox.claim(s, item_id, worker="c", now=NOW + timedelta(hours=1)) is None  # done


def test_an_expired_lease_is_taken_over(engine):
    item_id = _stored(engine)
    with session_scope(engine) as s:
        assert inbox.claim(s, item_id, worker="dead", now=NOW) is not None
    later = NOW + inbox.LEASE + timedelta(seconds=1)
    with session_scope(engine) as s:
        assert inbox.due(s, now=later, older_than=timedelta(seconds=10)) == [item_id]
        item = inbox.claim(s, item_id, worker="alive", now=later)
        assert item is not None and item.claimed_by == "alive" and item.attempts == 2
        assert not inbox.finish(s, item_id, worker="dead", now=later)  # the dead worker lost it
        assert inbox.finish(s, item_id, worker="alive", now=later)


def test_due_leaves_young_items_to_their_lazy_listener(engine):
    item_id = _stored(engine)
    with session_scope(engine) as s:
        assert inbox.due(s, now=NOW + timedelta(seconds=5), older_than=timedelta(seconds=10)) == []
        assert inbox.due(s, now=NOW + timedelta(seconds=11), older_than=timedelta(seconds=10)) == [item_id]


def test_failing_work_is_retried_with_backoff_then_given_up(engine):
    item_id = _stored(engine)
    now = NOW
    states = []
    for attempt in range(1, inbox.MAX_ATTEMPTS + 1):
        with session_scope(engine) as s:
            item = inbox.claim(s, item_id, worker=f"w{attempt}", now=now)
            assert item is not None and item.attempts == attempt
            states.append(inbox.give_up_or_retry(s, item_id, worker=f"w{attempt}", error="boom", now=now))
            # Not retried at once: the backoff holds it.
            assert inbox.claim(s, item_id, worker="eager", now=now + timedelta(seconds=1)) is None
        now += timedelta(hours=1)
    assert states == ["pending"] * (inbox.MAX_ATTEMPTS - 1) + ["failed"]
    with session_scope(engine) as s:
        item = inbox.get(s, item_id)
        assert item is not None and item.state == "failed" and item.last_error == "boom"
        assert inbox.due(s, now=now, older_than=timedelta(0)) == []


def test_an_item_that_kills_its_worker_every_time_is_given_up(engine):
    """No error is ever recorded (the process dies); the attempts count still ends it."""
    item_id = _stored(engine)
    now = NOW
    for _ in range(inbox.MAX_ATTEMPTS):
        with session_scope(engine) as s:
            assert inbox.claim(s, item_id, worker="doomed", now=now) is not None
        now += inbox.LEASE + timedelta(seconds=1)
    with session_scope(engine) as s:
        assert inbox.claim(s, item_id, worker="next", now=now) is None
        item = inbox.get(s, item_id)
        assert item is not None and item.state == "failed"


def test_prune_deletes_only_old_done_items(engine):
    old_done, new_done, pending = (_stored(engine, key) for key in ("Ev1", "Ev2", "Ev3"))
    with session_scope(engine) as s:
        for item_id, at in ((old_done, NOW), (new_done, NOW + inbox.RETENTION)):
            assert inbox.claim(s, item_id, worker="w", now=at) is not None
            assert inbox.finish(s, item_id, worker="w", now=at)
    with session_scope(engine) as s:
        assert inbox.prune(s, now=NOW + inbox.RETENTION + timedelta(hours=1)) == 1
    with session_scope(engine) as s:
        assert inbox.get(s, old_done) is None
        assert inbox.get(s, new_done) is not None and inbox.get(s, pending) is not None


def test_sources_without_card_are_the_unposted_live_drafts(session: Session):
    items = [("commitment", {"actor": "JOGMEC"})]
    for source, state, card in (
        ("C1:1.1", "pending", None),
        ("C1:2.2", "pending", "9.9"),
        ("C1:3.3", "withdrawn", None),
        ("log:C1:t", "logged", None),
    ):
        [draft] = draft_store.create_drafts(
            session,
            source_message=source,
            channel="C1",
            private=False,
            author="U1",
            items=items,
            now=NOW,
        )
        draft.state, draft.card_ts, draft.updated_at = state, card, NOW
        session.add(draft)
    session.commit()
    later = NOW + draft_store.CARD_RECOVERY_AFTER + timedelta(seconds=1)
    owed = inbox.sources_without_card(session, now=later, older_than=draft_store.CARD_RECOVERY_AFTER)
    assert owed == ["C1:1.1", "log:C1:t"]
    assert inbox.sources_without_card(session, now=NOW, older_than=draft_store.CARD_RECOVERY_AFTER) == []
    assert inbox.has_drafts(session, "C1:1.1") and not inbox.has_drafts(session, "C1:4.4")


def test_of_connections_storing_one_event_at_once_one_stores_it_and_holds_it(engine):
    """The inbox write before the ack runs on a Core connection in autocommit mode
    (handlers/inbox_work.keep): of deliveries racing with one event id, one stores it,
    leased to its worker, and every other is told the same item was stored before."""
    start = threading.Barrier(4)
    results: list[tuple[str, int | None, bool]] = []
    errors: list[BaseException] = []

    def deliver(worker: str) -> None:
        try:
            start.wait()
            with connection_scope(engine, autocommit=True, busy_timeout_ms=5000) as conn:
                item_id, created = inbox.enqueue(
                    conn, kind="event", key="EvRace", payload={"event_id": "EvRace"}, now=NOW, worker=worker
                )
            results.append((worker, item_id, created))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=deliver, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert len(results) == 4 and len({item_id for _w, item_id, _c in results}) == 1
    winners = [worker for worker, _id, created in results if created]
    assert len(winners) == 1
    with session_scope(engine) as s:
        item = inbox.get(s, results[0][1] or 0)
        assert item is not None and (item.claimed_by, item.attempts, item.payload) == (
            winners[0],
            1,
            {"event_id": "EvRace"},
        )
        assert inbox.counts(s) == {"pending": 1}
        # Held by the winner: no other worker, nor the recovery job, takes it before its lease ends.
        assert inbox.claim(s, item.id or 0, worker="other", now=NOW) is None


def test_a_connection_rolls_back_what_failed(engine):
    """connection_scope commits on success only: a unit of work that raises leaves nothing."""
    with pytest.raises(RuntimeError), connection_scope(engine) as conn:
        inbox.enqueue(conn, kind="event", key="EvLost", payload={}, now=NOW)
        raise RuntimeError("the work failed")
    with session_scope(engine) as s:
        assert inbox.counts(s) == {}
