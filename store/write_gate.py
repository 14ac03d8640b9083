"""SQLite: this process's writers take turns through a queue, not through SQLite's busy handler.

SQLite has one write lock per database. A writer that finds it taken sleeps in the busy
handler (1, 2, 5, 10 ... then 100 ms at a time) and tries again; a writer that comes along
while it sleeps takes the lock first. Under a burst of commitment messages the work after
earlier acks kept taking it, and the next ack's inbox write, which waits at most 1.5 s
(ACK_BUSY_TIMEOUT_MS), gave up: the bot answered 503 (README, "Session 15").

So within one process a write transaction first takes its turn here: the writer whose wait
ends soonest goes next (the ack's writers wait 1.5 s, background work 5 s), handed the turn
as the last one ends, with no sleeping and no barging. SQLite's own lock still rules between
processes (several workers, the CLI): a turn here only orders this process's writers.

A turn belongs to a driver connection (`GatedConnection`) and ends when its transaction does:
commit, rollback or close, which SQLAlchemy calls on every path out (commit, an error's
rollback, the pool's reset on return, an invalidated connection's close). The turn waits no
longer than SQLite would have: a writer that this process's own writers hold up long enough
gets the same "database is locked" that SQLite's busy handler gives.

A unit of work that writes holds the turn until it ends, an autocommit one (no BEGIN) too: so a
thread inside one must not open a second writing connection on the engine (it would wait for
itself, as it would for SQLite's lock inside a transaction). Read on a read-only session there.
"""

from __future__ import annotations

import heapq
import itertools
import os
import sqlite3
import threading
import time
import weakref

_GATES: weakref.WeakSet[WriteGate] = weakref.WeakSet()


class WriteGate:
    """Turns to write, earliest deadline first; the owner is a driver connection."""

    def __init__(self) -> None:
        self._reset()
        _GATES.add(self)

    def _reset(self) -> None:
        self._lock = threading.Lock()
        self._holder: object | None = None
        self._waiting: list[tuple[float, int, _Waiter]] = []  # a heap by deadline
        self._order = itertools.count()  # equal deadlines: first come, first served

    @property
    def holder(self) -> object | None:
        return self._holder

    def enter(self, owner: object, timeout_s: float) -> float | None:
        """Wait for `owner`'s turn, at most `timeout_s`: the seconds waited, or None when the
        turn did not come in time. An owner whose turn it already is goes on at once."""
        began = time.monotonic()
        with self._lock:
            if self._holder is owner:
                return 0.0
            if self._holder is None and not self._waiting:
                self._holder = owner
                return 0.0
            waiter = _Waiter(owner)
            heapq.heappush(self._waiting, (began + timeout_s, next(self._order), waiter))
        try:
            came = waiter.turn.wait(timeout_s)
        except BaseException:  # interrupted: never leave a turn to an owner that stopped waiting
            with self._lock:
                waiter.gave_up = True
            self.leave(owner)
            raise
        if not came:
            with self._lock:
                if self._holder is not owner:  # else handed over just as the wait ended
                    waiter.gave_up = True  # left in the heap; skipped when it comes up
                    return None
        return time.monotonic() - began

    def leave(self, owner: object) -> None:
        """End `owner`'s turn (nothing when it is not its turn) and hand it to the next."""
        with self._lock:
            if self._holder is not owner:
                return
            self._holder = None
            while self._waiting:
                _deadline, _order, waiter = heapq.heappop(self._waiting)
                if not waiter.gave_up:
                    self._holder = waiter.owner
                    waiter.turn.set()
                    return


class _Waiter:
    __slots__ = ("owner", "turn", "gave_up")

    def __init__(self, owner: object) -> None:
        self.owner = owner
        self.turn = threading.Event()
        self.gave_up = False


class GatedConnection(sqlite3.Connection):
    """A pysqlite connection whose write turn ends with its transaction (pysqlite's
    `factory`). `write_gate` is set when the engine opens it (store.db.make_engine)."""

    write_gate: WriteGate | None = None

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.leave_turn()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.leave_turn()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.leave_turn()

    def leave_turn(self) -> None:
        if self.write_gate is not None:
            self.write_gate.leave(self)


def _after_fork_in_child() -> None:
    # A forked worker (bot/server.py) inherits the parent's gates, perhaps with a turn held by
    # a parent's thread (a scheduled job) that the child never ends, or the gate's lock taken.
    # The child drops the parent's pooled connections (engine.dispose(close=False)): its gates
    # start empty too.
    for gate in list(_GATES):
        gate._reset()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
