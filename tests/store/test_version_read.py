"""The data versions read outside a session (what every cached answer pays) say what a
session reads, leave the pooled connection as sessions expect it, and fail as SQLAlchemy does."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from store import data_version
from store.db import make_engine, session_scope

SCOPES = (data_version.SCOPE, data_version.NOTES_SCOPE, data_version.LISTS_SCOPE)


def _engine_with_versions(db_url: str):
    engine = make_engine(db_url, pool_size=1, max_overflow=0)  # one connection: the same one each time
    with engine.begin() as conn:
        for scope in SCOPES:  # the PostgreSQL fixture's reset drops the rows
            conn.execute(
                text(
                    f"INSERT INTO {data_version.TABLE} (scope, version) "
                    "SELECT CAST(:scope AS VARCHAR(32)), :version "
                    f"WHERE NOT EXISTS (SELECT 1 FROM {data_version.TABLE} WHERE scope = :scope)"
                ),
                {"scope": scope, "version": random.getrandbits(62)},
            )
    return engine


def test_the_read_outside_a_session_says_what_a_session_reads(db_url: str) -> None:
    engine = _engine_with_versions(db_url)
    try:
        with Session(engine) as session:
            expected = data_version.current_all(session)
        assert expected is not None
        assert data_version.current_all_now(engine) == expected
        # The connection goes back to sessions in their own mode: a write rolled back is gone
        # (left in autocommit, the UPDATE would have stayed).
        with pytest.raises(RuntimeError), session_scope(engine) as session:
            session.execute(text(f"UPDATE {data_version.TABLE} SET version = version + 1"))
            raise RuntimeError("rolled back")
        assert data_version.current_all_now(engine) == expected
        with session_scope(engine) as session:
            session.execute(
                text(f"UPDATE {data_version.TABLE} SET version = version + 1 WHERE scope = :s"),
                {"s": data_version.SCOPE},
            )
        assert data_version.current_all_now(engine) == (expected[0], expected[1] + 1, *expected[2:])
    finally:
        engine.dispose()


def test_a_failed_read_raises_sqlalchemy_s_error_and_the_next_one_works(db_url: str) -> None:
    engine = _engine_with_versions(db_url)
    try:
        before = data_version.current_all_now(engine)
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE {data_version.TABLE} RENAME TO data_version_away"))
        with pytest.raises(SQLAlchemyError):
            data_version.current_all_now(engine)
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE data_version_away RENAME TO {data_version.TABLE}"))
        assert data_version.current_all_now(engine) == before
    finally:
        engine.dispose()


def test_a_database_that_refuses_connections_raises_sqlalchemy_s_error() -> None:
    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    try:
        with pytest.raises(SQLAlchemyError):
            data_version.current_all_now(engine)
    finally:
        engine.dispose()


def test_after_postgres_drops_every_connection_one_read_fails_not_one_per_pooled_connection(
    db_url: str,
) -> None:
    """A restart or failover closes every pooled connection at once. A read that finds its
    connection dead fails once, and the pool replaces the others (as a session's error
    does), rather than each recently used connection failing a request of its own."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a server that drops connections: PostgreSQL")
    _engine_with_versions(db_url).dispose()
    engine = make_engine(db_url, pool_size=3, max_overflow=0)
    admin = make_engine(db_url, poolclass=NullPool)
    try:
        raws = [engine.raw_connection() for _ in range(3)]  # three connections in the pool
        pids = [raw.driver_connection.info.backend_pid for raw in raws]
        for raw in raws:
            raw.close()
        with admin.connect() as conn:
            for pid in pids:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        # Within PING_AFTER_IDLE_S of their use: no ping on checkout.
        failures = 0
        for _ in range(3):
            try:
                data_version.current_all_now(engine)
            except SQLAlchemyError:
                failures += 1
        assert failures == 1
    finally:
        engine.dispose()
        admin.dispose()


def test_an_autocommit_engine_s_connection_goes_back_in_autocommit(db_url: str) -> None:
    """The read restores the mode the pool lent the connection in: forced out of autocommit, a
    connection of an AUTOCOMMIT engine ran the next user's writes in a transaction nobody
    committed (SQLAlchemy believes it autocommits), and the pool's reset rolled them back."""
    if not db_url.startswith("postgresql"):
        pytest.skip("psycopg's autocommit: PostgreSQL")
    _engine_with_versions(db_url).dispose()
    engine = make_engine(db_url, pool_size=1, max_overflow=0, isolation_level="AUTOCOMMIT")
    try:
        before = data_version.current_all_now(engine)
        assert before is not None
        with engine.connect() as conn:
            conn.execute(
                text(f"UPDATE {data_version.TABLE} SET version = version + 1 WHERE scope = :s"),
                {"s": data_version.SCOPE},
            )
        assert data_version.current_all_now(engine) == (before[0], before[1] + 1, *before[2:])
    finally:
        engine.dispose()
