"""SQLite writers of one process take turns (store.write_gate): the ack's inbox write is not
starved by the work after earlier acks, and every way out of a write transaction ends its turn."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from store import inbox
from store.db import (
    ACK_BUSY_TIMEOUT_MS,
    SQLITE_BUSY_TIMEOUT_MS,
    driver_autocommit,
    make_engine,
    passes,
    session_scope,
)
from store.write_gate import GatedConnection, WriteGate

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


# --- the gate itself ---------------------------------------------------------------------------


def test_a_free_gate_lets_in_at_once_and_the_holder_again() -> None:
    gate, owner = WriteGate(), object()
    assert gate.enter(owner, 0.01) == 0.0
    assert gate.enter(owner, 0.01) == 0.0  # a connection beginning again in its own turn
    gate.leave(object())  # not its turn: nothing happens
    assert gate.holder is owner
    gate.leave(owner)
    assert gate.holder is None


def test_the_waiter_whose_time_ends_first_goes_next() -> None:
    gate, first = WriteGate(), object()
    gate.enter(first, 1)
    order: list[str] = []
    patient, hurried = object(), object()

    def wait(owner: object, name: str, timeout_s: float) -> None:
        assert gate.enter(owner, timeout_s) is not None
        order.append(name)
        gate.leave(owner)

    background = threading.Thread(target=wait, args=(patient, "background, 5 s", 5.0))
    background.start()
    _until(lambda: len(gate._waiting) == 1)
    ack = threading.Thread(target=wait, args=(hurried, "ack, 1.5 s", 1.5))
    ack.start()
    _until(lambda: len(gate._waiting) == 2)
    gate.leave(first)
    background.join(5)
    ack.join(5)
    assert order == ["ack, 1.5 s", "background, 5 s"]  # the later arrival, with less time, first


def test_a_waiter_that_gave_up_is_skipped_and_holds_nothing() -> None:
    gate, first, late, next_one = WriteGate(), object(), object(), object()
    gate.enter(first, 1)
    assert gate.enter(late, 0.05) is None  # its time ran out in the queue
    gate.leave(first)
    assert gate.holder is None  # not handed to the waiter that left
    assert gate.enter(next_one, 0.01) == 0.0


def test_a_wait_cut_short_leaves_no_turn_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    gate, first, interrupted = WriteGate(), object(), object()
    gate.enter(first, 1)

    def cut_short(self: threading.Event, timeout: float | None = None) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr(threading.Event, "wait", cut_short)
    with pytest.raises(KeyboardInterrupt):
        gate.enter(interrupted, 1)
    monkeypatch.undo()
    gate.leave(first)
    assert gate.holder is None  # not handed to the owner that stopped waiting


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_worker_starts_with_empty_gates() -> None:
    """The server forks workers while the parent's scheduled jobs may be writing: a turn the
    parent's thread holds must not stay held in the child, where nothing would end it."""
    gate, parents_writer = WriteGate(), object()
    gate.enter(parents_writer, 1)
    pid = os.fork()
    if pid == 0:  # the child: report by exit status only
        ok = gate.holder is None and gate.enter(object(), 0.05) == 0.0
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert gate.holder is parents_writer  # the parent's own turn is untouched
    gate.leave(parents_writer)


# --- on a SQLite store ---------------------------------------------------------------------------


@pytest.fixture
def sqlite_engine(tmp_path: Path, sqlite_template: Path) -> Iterator[Engine]:
    path = tmp_path / "gate.db"
    path.write_bytes(sqlite_template.read_bytes())
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def test_pooled_connections_share_the_engines_gate(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as one, sqlite_engine.connect() as two:
        first, second = one.connection.driver_connection, two.connection.driver_connection
        assert isinstance(first, GatedConnection) and isinstance(second, GatedConnection)
        assert first.write_gate is second.write_gate is not None
    memory = make_engine("sqlite://")  # each in-memory connection is a database of its own
    with memory.connect() as conn:
        assert not isinstance(conn.connection.driver_connection, GatedConnection)
    memory.dispose()


def test_the_acks_inbox_write_is_not_starved_by_back_to_back_writers(sqlite_engine: Engine) -> None:
    """Two threads write one transaction after another, each holding the lock 20 ms and
    taking it again at once. SQLite's busy handler alone let the ack's write (1.5 s to wait)
    find the lock taken at every try and fail; in turns it goes after the current holder."""
    stop = threading.Event()
    background_writes = [0, 0]

    def write_back_to_back(slot: int) -> None:
        while not stop.is_set():
            try:
                with session_scope(sqlite_engine) as s:
                    s.execute(text("UPDATE data_version SET writer = :n"), {"n": slot})
                    time.sleep(0.02)
            except OperationalError:  # the other one kept the lock (SQLite's busy handler alone)
                continue
            background_writes[slot] += 1

    threads = [threading.Thread(target=write_back_to_back, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    try:
        _until(lambda: sum(background_writes) >= 4)
        before = sum(background_writes)
        for n in range(5):
            with driver_autocommit(sqlite_engine, busy_timeout_ms=ACK_BUSY_TIMEOUT_MS) as statements:
                item_id, created = inbox.enqueue(
                    statements, kind="event", key=f"Ev{n}", payload={"n": n}, now=NOW
                )
            assert created and item_id
    finally:
        stop.set()
        for thread in threads:
            thread.join(10)
    assert sum(background_writes) > before  # they did keep writing throughout


WAYS_OUT = ["commit", "autocommit", "error", "unfinished", "invalidated", "driver_error"]


@pytest.mark.parametrize("way_out", WAYS_OUT)
def test_every_way_out_of_a_write_ends_its_turn(sqlite_engine: Engine, way_out: str) -> None:
    if way_out == "commit":
        with session_scope(sqlite_engine) as s:
            s.execute(text("UPDATE data_version SET writer = 1"))
            assert _gate_of(sqlite_engine).holder is s.connection().connection.driver_connection
    elif way_out == "autocommit":  # no BEGIN, but a write all the same: it takes its turn
        with session_scope(sqlite_engine, autocommit=True) as s:
            s.execute(text("UPDATE data_version SET writer = 8"))
            assert _gate_of(sqlite_engine).holder is s.connection().connection.driver_connection
    elif way_out == "error":
        with pytest.raises(ZeroDivisionError), session_scope(sqlite_engine) as s:
            s.execute(text("UPDATE data_version SET writer = 2"))
            _ = 1 / 0
    elif way_out == "unfinished":  # a connection returned to the pool inside its transaction
        conn = sqlite_engine.connect()
        conn.execute(text("UPDATE data_version SET writer = 3"))
        conn.close()
    elif way_out == "invalidated":
        conn = sqlite_engine.connect()
        conn.execute(text("UPDATE data_version SET writer = 4"))
        conn.invalidate()
        conn.close()
    else:
        with pytest.raises(OperationalError), driver_autocommit(sqlite_engine) as statements:
            statements.rows(text("UPDATE no_such_table SET x = 1"), {})
    gate = _gate_of(sqlite_engine)
    assert gate.holder is None
    _write_from_another_thread(sqlite_engine, busy_timeout_ms=200)


def test_a_turn_that_does_not_come_in_time_is_sqlites_busy_error(sqlite_engine: Engine) -> None:
    holding = sqlite_engine.connect()
    holding.execute(text("UPDATE data_version SET writer = 5"))
    try:
        began = time.monotonic()
        ack_wait_ms = 100
        with (
            pytest.raises(OperationalError) as raised,
            session_scope(sqlite_engine, busy_timeout_ms=ack_wait_ms) as s,
        ):
            s.execute(text("UPDATE data_version SET writer = 6"))
        assert "database is locked" in str(raised.value)
        assert passes(raised.value)  # the ack's callers answer "try again", as for SQLite's own
        assert isinstance(raised.value.orig, sqlite3.OperationalError)
        assert time.monotonic() - began < 3  # about its 100 ms, not SQLite's 5 s on top
        with pytest.raises(OperationalError), driver_autocommit(sqlite_engine, busy_timeout_ms=100) as st:
            st.rows(text("UPDATE data_version SET writer = 7"), {})
    finally:
        holding.commit()
        holding.close()
    _write_from_another_thread(sqlite_engine, busy_timeout_ms=200)  # the ones that gave up hold nothing


def _gate_of(engine: Engine) -> WriteGate:
    with engine.connect() as conn:
        gate = conn.connection.driver_connection.write_gate
    assert isinstance(gate, WriteGate)
    return gate


def _write_from_another_thread(engine: Engine, *, busy_timeout_ms: int) -> None:
    failed: list[BaseException] = []

    def write() -> None:
        try:
            with session_scope(engine, busy_timeout_ms=busy_timeout_ms) as s:
                s.execute(text("UPDATE data_version SET writer = 9"))
        except BaseException as exc:
            failed.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join(10)
    assert not failed, failed


def _until(condition: object, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def test_a_busy_timeout_shortened_by_a_wait_is_restored_on_return(sqlite_engine: Engine) -> None:
    holding = threading.Event()

    def hold() -> None:
        with session_scope(sqlite_engine) as s:
            s.execute(text("UPDATE data_version SET writer = 10"))
            holding.set()
            time.sleep(0.3)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(5)
    with session_scope(sqlite_engine, busy_timeout_ms=ACK_BUSY_TIMEOUT_MS) as s:  # waits ~0.3 s first
        s.execute(text("UPDATE data_version SET writer = 11"))
        left = s.execute(text("PRAGMA busy_timeout")).scalar()
        assert left is not None and 1 <= left < ACK_BUSY_TIMEOUT_MS  # the rest of the ack's 1.5 s
    holder.join(5)
    with sqlite_engine.connect() as one, sqlite_engine.connect() as two:  # both pooled connections
        for conn in (one, two):
            timeout = conn.connection.driver_connection.execute("PRAGMA busy_timeout").fetchone()[0]
            assert timeout in (SQLITE_BUSY_TIMEOUT_MS, ACK_BUSY_TIMEOUT_MS)
