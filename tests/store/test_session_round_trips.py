"""What a session costs in statements: a command's reads send no more than their own SQL.

Inside the ack a read-only session on PostgreSQL runs each statement on its own (no BEGIN, no
COMMIT), SQLite's busy timeout is set only when it changes, and a pooled PostgreSQL connection
is pinged only after it sat idle; one that died while idle is replaced without an error.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from bot.core.services import Services
from bot.core.settings import load_settings
from store import db


def _services(engine: Engine, url: str) -> Services:
    return Services(settings=load_settings(database_url=url, slack_bot_token="xoxb-t"), engine=engine)


def _statements(engine: Engine) -> list[str]:
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    return sent


def test_reads_inside_the_ack_send_only_their_own_statements(engine: Engine, db_url: str) -> None:
    services = _services(engine, db_url)
    with services.session() as s:  # a first checkout, outside the ack: the connection is set up
        s.execute(text("SELECT 1"))
    sent = _statements(engine)
    trips: list[Any] = []
    if engine.dialect.name == "postgresql":
        # psycopg sends BEGIN and COMMIT itself: seen as the connection's transaction state.
        event.listen(engine, "commit", lambda conn: trips.append(conn.connection.dbapi_connection.autocommit))
    for _ in range(2):
        with services.answering(), services.reading(), services.session() as s:
            assert s.execute(text("SELECT 2")).scalar() == 2
    if engine.dialect.name == "sqlite":
        # BEGIN DEFERRED each time; the ack's shorter busy timeout is set on the driver's
        # connection, unseen here (test_sqlite_busy_timeout_follows_the_mode reads it).
        assert sent == ["BEGIN DEFERRED", "SELECT 2", "BEGIN DEFERRED", "SELECT 2"]
    else:
        assert sent == ["SELECT 2", "SELECT 2"]
        assert trips == [True, True]  # committed in autocommit: nothing was sent for it


def test_a_write_outside_the_ack_still_runs_in_one_transaction(engine: Engine, db_url: str) -> None:
    services = _services(engine, db_url)
    with _scratch_table(services, "scratch_rt"):
        with pytest.raises(RuntimeError), services.session() as s:
            s.execute(text("INSERT INTO scratch_rt (n) VALUES (1)"))
            raise RuntimeError("rolled back")
        with services.answering(), services.session(read_only=True) as s:
            assert s.execute(text("SELECT count(*) FROM scratch_rt")).scalar() == 0


@contextmanager
def _scratch_table(services: Any, name: str) -> Iterator[None]:
    """A table for one test, dropped after it: a PostgreSQL test database is reused by the
    tests after it (the migrations test compares its tables with the models')."""
    with services.session() as s:
        s.execute(text(f"CREATE TABLE {name} (n INTEGER)"))
    try:
        yield
    finally:
        with services.session() as s:
            s.execute(text(f"DROP TABLE {name}"))


def test_sqlite_busy_timeout_follows_the_mode(tmp_path: Path) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'busy.db'}"
    engine = db.make_engine(sqlite_url, pool_size=1)
    try:
        services = _services(engine, sqlite_url)
        with services.answering(), services.session() as s:
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == db.ACK_BUSY_TIMEOUT_MS
        with services.session() as s:  # the same pooled connection, background work again
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == db.SQLITE_BUSY_TIMEOUT_MS
    finally:
        engine.dispose()


def test_a_postgres_connection_killed_while_idle_is_replaced_without_an_error(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.is_sqlite(db_url):
        pytest.skip("a PostgreSQL pool's ping")
    postgres_url = db_url
    monkeypatch.setattr(db, "PING_AFTER_IDLE_S", 0.05)
    engine = db.make_engine(postgres_url, pool_size=1, max_overflow=0)
    admin = db.make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
            conn.commit()
        time.sleep(0.1)  # idle for longer than PING_AFTER_IDLE_S: pinged, found dead, replaced
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != pid
    finally:
        engine.dispose()
        admin.dispose()


def test_an_autocommit_write_sends_no_begin_and_leaves_the_pool_transactional(
    engine: Engine, db_url: str
) -> None:
    services = _services(engine, db_url)
    with _scratch_table(services, "scratch_ac"):
        sent = _statements(engine)
        autocommit: list[Any] = []
        if engine.dialect.name == "postgresql":
            event.listen(
                engine, "commit", lambda conn: autocommit.append(conn.connection.dbapi_connection.autocommit)
            )
        with services.session(autocommit=True) as s:  # one INSERT: atomic by itself
            s.execute(text("INSERT INTO scratch_ac (n) VALUES (1)"))
        assert [q for q in sent if not q.startswith("PRAGMA")] == ["INSERT INTO scratch_ac (n) VALUES (1)"]
        # Committed as it ran: seen by another session at once.
        with services.session(read_only=True) as s:
            assert s.execute(text("SELECT count(*) FROM scratch_ac")).scalar() == 1
        # The pooled connection is transactional again afterwards: a failed unit of work rolls back.
        with pytest.raises(RuntimeError), services.session() as s:
            s.execute(text("INSERT INTO scratch_ac (n) VALUES (2)"))
            raise RuntimeError("rolled back")
        with services.session(read_only=True) as s:
            assert s.execute(text("SELECT count(*) FROM scratch_ac")).scalar() == 1
        if engine.dialect.name == "postgresql":
            assert autocommit[0] is True and autocommit[-1] is False


def test_an_autocommit_connection_commits_each_statement_and_goes_back_transactional(
    engine: Engine, db_url: str
) -> None:
    """services.connection(autocommit=True) (the inbox write before the ack, the card's ts):
    on PostgreSQL psycopg's autocommit is switched on for the unit of work and off again
    before the connection goes back to the pool (store.db._autocommit_connection)."""
    services = _services(engine, db_url)
    with services.session() as s:
        s.execute(text("CREATE TABLE scratch_acc (n INTEGER)"))
    sent = _statements(engine)
    with services.connection(autocommit=True) as conn:
        conn.execute(text("INSERT INTO scratch_acc (n) VALUES (1)"))
        assert [q for q in sent if not q.startswith("PRAGMA")] == ["INSERT INTO scratch_acc (n) VALUES (1)"]
        # Committed as it ran: another connection sees it before the unit of work ends. (A
        # reader: on SQLite this unit of work holds the process's write turn, store/write_gate.py.)
        with db.session_scope(engine, read_only=True) as other:
            assert other.execute(text("SELECT count(*) FROM scratch_acc")).scalar() == 1
    # A statement that ran stays written when the unit of work then fails (it was its own
    # transaction), and the pooled connection is transactional again afterwards.
    with pytest.raises(RuntimeError), services.connection(autocommit=True) as conn:
        conn.execute(text("INSERT INTO scratch_acc (n) VALUES (2)"))
        raise RuntimeError("after the write")
    with pytest.raises(RuntimeError), services.connection() as conn:
        conn.execute(text("INSERT INTO scratch_acc (n) VALUES (3)"))
        if engine.dialect.name == "postgresql":
            assert conn.connection.driver_connection.autocommit is False
        raise RuntimeError("rolled back")
    with engine.connect() as other:
        assert other.execute(text("SELECT n FROM scratch_acc ORDER BY n")).scalars().all() == [1, 2]
        other.execute(text("DROP TABLE scratch_acc"))  # a PostgreSQL test database is reused
        other.commit()
