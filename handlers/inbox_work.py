"""Requests kept in the inbox before Slack's ack, and the work that finishes them after it.

An ack listener calls `keep` (one short INSERT, inside Slack's 3 s) and then acks; its lazy
listener (for events, the work handed on by `after_ack`) calls `work_kept`. A process
killed in between loses nothing: the recovery job of any replica (jobs/inbox.py) calls
`work_off` on what is left. Each kind's work is idempotent (claims and conditional updates
in the store), so an item done twice acts once.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol

from slack_bolt import BoltContext
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot.core import after_response
from bot.core.services import Services
from handlers.router import Deferred, Reply
from jobs.runs import replica_id
from store import db as store_db
from store import inbox

log = logging.getLogger("minerals_bot.inbox")


class Item(Protocol):
    """What an item's work reads of it: an InboxItem, or a HeldItem."""

    @property
    def id(self) -> int | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def attempts(self) -> int: ...


@dataclass(frozen=True)
class HeldItem:
    """An item as `keep` stored it, for its lazy half: plain values, as building an InboxItem
    (a SQLModel table object) cost a tenth of a millisecond of CPU per message."""

    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int = 1


Work = Callable[[Services, WebClient, Item], None]
WORK: dict[str, Work] = {}
ITEM = "inbox_item"  # the context key of the stored item's id, from the ack to its lazy half
UNSTORED = "inbox_unstored"  # set when the item could not be stored (database trouble)
UNSTORED_FOR_NOW = "inbox_unstored_for_now"  # ... and the trouble passes (a lock, a connection)
REDELIVERED = "inbox_redelivered"  # set when the item was stored before (a redelivery)
HELD_BY = "inbox_held_by"  # the worker that stored the item and holds its lease


@dataclass
class _Held:
    item_id: int
    worker: str
    finished: bool | None = None  # set when the work marked the item done in its own write


_held: ContextVar[_Held | None] = ContextVar("inbox_held", default=None)


def work_for(kind: str) -> Callable[[Work], Work]:
    """Decorator: the function that finishes items of `kind`."""

    def register(fn: Work) -> Work:
        WORK[kind] = fn
        return fn

    return register


def keep(
    services: Services, context: BoltContext, *, kind: str, key: str | None, payload: dict[str, Any]
) -> None:
    """Store a request before its ack; the lazy half finds the item's id in `context`.

    A request stored before (Slack redelivers an event) is marked as such. When the database
    cannot take it, the context says so (UNSTORED; UNSTORED_FOR_NOW when the trouble passes:
    a lock, a lost connection) and the caller decides: an event is then not acknowledged, so
    Slack sends it again; a click, or an event no database would take (a value JSON columns
    refuse), is worked on once at once, unkept (Slack never resends a click).

    A new item is stored leased to this process's lazy half, which then needs no claim of
    its own; if the process dies, the recovery job takes the item when the lease lapses."""
    worker = new_worker()
    try:
        # One INSERT (a SELECT after it only for a redelivery): no BEGIN/COMMIT around it,
        # nor a Session or a SQLAlchemy Connection: on the driver's cursor.
        with services.answering(), services.driver_autocommit() as conn:
            item_id, created = inbox.enqueue(
                conn,
                kind=kind,
                key=key or f"{kind}:{uuid.uuid4().hex}",
                payload=payload,
                now=services.clock(),
                worker=worker,
            )
    except SQLAlchemyError as exc:
        log.warning("could not store a %s before its ack", kind, exc_info=True)
        context[UNSTORED] = True
        if store_db.passes(exc):
            context[UNSTORED_FOR_NOW] = True
        return
    if item_id is None:
        context[UNSTORED] = True
        return
    context[ITEM] = item_id
    if created:
        context[HELD_BY] = worker
    else:
        context[REDELIVERED] = True


def kept_command(
    services: Services, *, kind: str, key: str, payload: dict[str, Any], saying: str
) -> Deferred:
    """A slash command whose work must outlive a crash after its ack: stored now (this runs
    inside the ack), worked off after it by the lazy half, or by the recovery job if the
    process died; the work answers on the response_url itself, recovered or not."""
    with services.session() as session:
        item_id, _created = inbox.enqueue(session, kind=kind, key=key, payload=payload, now=services.clock())
    assert item_id is not None  # just stored

    def work(client: Any) -> Reply | None:
        work_off(services, client, item_id)
        return None

    return Deferred(saying, work)


def new_worker() -> str:
    """A lease holder's name: this replica, and one piece of work in it."""
    return f"{replica_id()}:{uuid.uuid4().hex[:8]}"


def stored_item(context: Mapping[str, Any]) -> int | None:
    item_id = context.get(ITEM)
    return int(item_id) if item_id is not None else None


def kept_state(context: BoltContext) -> dict[str, Any]:
    """What `keep` noted in the context, for work handed on after the ack (`after_ack`)."""
    return {key: context[key] for key in (ITEM, UNSTORED, REDELIVERED, HELD_BY) if key in context}


def after_ack(context: BoltContext, work: Callable[[], object]) -> None:
    """Run `work` after the ack, on Bolt's listener executor where a lazy listener would
    run, but without the lazy listener's deep copy of the request and its
    context (a third of a millisecond of CPU per message): `work` carries only the values
    it uses, which nothing changes after the ack."""
    executor = context.listener_runner.listener_executor
    after_response.start(lambda: executor.submit(_logging_failures, work))


def _logging_failures(work: Callable[[], object]) -> None:
    try:
        work()
    except Exception:  # as Bolt does for a lazy listener: logged, the ack already sent
        log.exception("work after the ack failed")


def work_kept(
    services: Services, client: WebClient, context: Mapping[str, Any], *, kind: str, payload: dict[str, Any]
) -> str:
    """The lazy half of `keep`: the item it stored (and leased to itself) is worked off
    without being read or claimed again; a redelivered item is claimed like any other."""
    item_id, worker = stored_item(context), context.get(HELD_BY)
    assert item_id is not None
    if worker is None:
        return work_off(services, client, item_id)
    # As stored by `keep` (never stored again: the work reads its kind and payload).
    return work_held(services, client, HeldItem(item_id, kind, payload), str(worker))


def work_off(services: Services, client: WebClient, item_id: int) -> str:
    """Claim an item, do its work and mark it done: "done", "failed" (retried later, or
    given up), or "taken" when it was not this call's to do (done before, or leased)."""
    worker = new_worker()
    with services.session() as session:
        item = inbox.claim(session, item_id, worker=worker, now=services.clock())
    if item is None:
        return "taken"  # done, failed, or in another worker's hands
    return work_held(services, client, item, worker)


def work_held(services: Services, client: WebClient, item: Item, worker: str) -> str:
    """Do the work of an item `worker` holds the lease of, and mark it done.

    A failure releases the item for a later retry (with a backoff), or after
    inbox.MAX_ATTEMPTS marks it failed, with the error logged: never retried forever."""
    item_id = item.id or 0
    held = _Held(item_id, worker)
    token = _held.set(held)
    try:
        WORK[item.kind](services, client, item)
    except Exception as exc:  # any failure of the work: logged, retried or given up
        error_id = uuid.uuid4().hex[:8]
        log.exception("inbox item %s (%s) failed, error id %s", item_id, item.kind, error_id)
        try:
            with services.session() as session:
                state = inbox.give_up_or_retry(
                    session, item_id, worker=worker, error=f"{error_id}: {exc!r}", now=services.clock()
                )
        except SQLAlchemyError:
            log.warning("could not record the failure of inbox item %s; its lease will lapse", item_id)
            return "failed"
        if state == "failed":
            log.error(
                "inbox item %s (%s) failed %d times and is given up (last error id %s)",
                item_id,
                item.kind,
                item.attempts,
                error_id,
            )
        return "failed"
    finally:
        _held.reset(token)
    if held.finished is None:
        with services.session(autocommit=True) as session:  # one UPDATE
            held.finished = inbox.finish(session, item_id, worker=worker, now=services.clock())
    return "done" if held.finished else "taken"


def unfinished_item() -> tuple[int, str] | None:
    """The item being worked on and its lease holder, for a store write that marks it done
    with the work's own first write (drafts.claim_message); None outside an item's work, or
    once it is marked. Report what that write said with `finished_with`."""
    held = _held.get()
    return (held.item_id, held.worker) if held is not None and held.finished is None else None


def finished_with(finished: bool | None) -> None:
    """What the write `unfinished_item` was for said: whether the item is now done by this
    worker (inbox.finish's answer); the item is then not marked again."""
    held = _held.get()
    if held is not None and finished is not None:
        held.finished = finished


def finish_in(session: Session, services: Services) -> None:
    """Mark the item being worked on done in the work's own transaction (a commit fewer),
    once what is left of its work is owed in the store, where the recovery job finds it (a
    card's drafts stored unposted). Outside an item's work, nothing."""
    held = _held.get()
    if held is not None and held.finished is None:
        held.finished = inbox.finish(session, held.item_id, worker=held.worker, now=services.clock())
