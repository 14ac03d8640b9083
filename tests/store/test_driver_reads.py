"""Reads on the driver's cursor (`store.db.driver_reads`) return what a Session reads: the same
values of the same types, for every audience, on both backends; errors are SQLAlchemy's and
leave no connection in a transaction."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Integer, bindparam, func, literal, select, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col

from store import name_index, names, queries
from store.db import SQLITE_BUSY_TIMEOUT_MS, driver_autocommit, driver_reads, table_of
from store.models import Commitment, InboxItem, Project
from store.visibility import EVERYTHING, PUBLIC, Audience

PRIVATE_CHANNEL = "C0PRIVATE"
AUDIENCES = [PUBLIC, EVERYTHING, Audience(channel=PRIVATE_CHANNEL), Audience(channel="C0OTHER")]


def typed(value: Any) -> Any:
    """A value with the types of everything in it, so that 1 == 1.0 or "1" cannot pass."""
    if isinstance(value, tuple | list) or hasattr(value, "_mapping"):  # a tuple, list or Row
        return [typed(v) for v in value]
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return {k: typed(v) for k, v in vars(value).items()}
    return (type(value).__name__, value)


@pytest.fixture
def store_with_private(demo_session: Session) -> Session:
    """The demo store, with a project and its commitments kept in a private channel."""
    project = demo_session.exec(select(Project).order_by(col(Project.id)).limit(1)).scalars().one()
    project.source_private, project.source_channel = True, PRIVATE_CHANNEL
    for commitment in demo_session.exec(
        select(Commitment).where(Commitment.project_id == project.id)
    ).scalars():
        commitment.source_private, commitment.source_channel = True, PRIVATE_CHANNEL
    demo_session.commit()
    return demo_session


@pytest.mark.parametrize("audience", AUDIENCES, ids=["public", "everything", "private", "other"])
def test_cards_read_the_same_as_a_session(store_with_private: Session, audience: Audience) -> None:
    session = store_with_private
    engine = session.get_bind()
    project_names = session.exec(select(Project.name).order_by(col(Project.id))).scalars().all()
    commitment_ids = session.exec(select(Commitment.id).order_by(col(Commitment.id))).scalars().all()
    asked = [*project_names, *(n[:-1] for n in project_names), *(n.upper() for n in project_names), "zz"]
    assert commitment_ids and project_names
    with driver_reads(engine) as reads:  # type: ignore[arg-type]
        for name in asked:
            by_session = names.find_record(session, Project, name, audience=audience)
            by_driver = names.find_record(reads, Project, name, audience=audience)
            assert typed(by_driver) == typed(by_session), name
            for table in ("project", "initiative"):
                assert typed(name_index.candidates(reads, table, name, audience=audience)) == typed(
                    name_index.candidates(session, table, name, audience=audience)
                )
            card = by_session[0]
            if isinstance(card, queries.ProjectCard):
                assert typed(queries.project_detail(reads, card, audience=audience)) == typed(
                    queries.project_detail(session, card, audience=audience)
                )
        for commitment_id in [*commitment_ids, 10**9]:
            assert typed(queries.commitment_detail(reads, commitment_id, audience=audience)) == typed(
                queries.commitment_detail(session, commitment_id, audience=audience)
            )


def test_an_error_is_sqlalchemys_and_the_connection_is_lent_clean(engine: Any) -> None:
    with pytest.raises(DBAPIError), driver_reads(engine) as reads:
        reads.rows(text("SELECT no_such_column FROM project"))
    for _ in range(3):  # every pooled connection is usable, none inside a transaction
        with driver_reads(engine) as reads:
            assert reads.rows(text("SELECT 1")) == [(1,)]
        with engine.connect() as conn:
            driver = conn.connection.driver_connection
            if engine.dialect.name == "sqlite":
                assert not driver.in_transaction
            else:  # idle, and lent to sessions as the pool lends it (autocommit off)
                assert driver.info.transaction_status == driver.info.transaction_status.IDLE
                assert not driver.autocommit


def test_a_statement_it_cannot_compile_once_is_refused(engine: Any) -> None:
    project = table_of(Project)
    in_list = select(project.c.id).where(project.c.id.in_(bindparam("ids", expanding=True)))
    with driver_reads(engine) as reads, pytest.raises(TypeError):
        reads.rows(in_list, {"ids": [1, 2]})


def test_sqlite_waits_as_long_as_it_is_told(engine: Any) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("busy_timeout: SQLite")
    with driver_reads(engine, busy_timeout_ms=1234) as reads:
        assert reads.rows(text("PRAGMA busy_timeout")) == [(1234,)]
    with driver_reads(engine) as reads:
        assert reads.rows(text("PRAGMA busy_timeout")) == [(SQLITE_BUSY_TIMEOUT_MS,)]


def test_statements_built_per_call_are_never_mistaken_for_one_another(engine: Any) -> None:
    """`_compiled` keys statements by id(): one built per call, freed and its id reused by
    the next, still reads its own values, and the cache stays bounded."""
    from store import db

    with driver_reads(engine) as reads:
        for i in range(300):
            assert reads.rows(text(f"SELECT {i}")) == [(i,)]
            assert reads.rows(select(literal(i))) == [(i,)]
    assert len(db._COMPILED) <= db._COMPILED_MAX


def test_a_value_computed_per_execution_is_not_frozen(engine: Any) -> None:
    """A bound value SQLAlchemy computes per execution (callable_) is not compiled in once:
    the driver's cursor refuses the statement rather than send its first value every time."""
    counter = iter(range(100))
    stmt = select(bindparam("n", callable_=lambda: next(counter), type_=Integer))
    with driver_reads(engine) as reads, pytest.raises(TypeError):
        reads.rows(stmt)


def _lent_clean(engine: Any) -> None:
    for _ in range(3):
        with driver_reads(engine) as reads:
            assert reads.rows(text("SELECT 1")) == [(1,)]
        with engine.connect() as conn:
            driver = conn.connection.driver_connection
            if engine.dialect.name == "sqlite":
                assert not driver.in_transaction
            else:
                assert driver.info.transaction_status == driver.info.transaction_status.IDLE
                assert not driver.autocommit


def test_an_interrupt_mid_read_lends_no_connection_in_a_bad_state(engine: Any) -> None:
    with pytest.raises(KeyboardInterrupt), driver_reads(engine) as reads:
        reads.rows(text("SELECT 1"))
        raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt), driver_autocommit(engine) as statements:
        statements.rows(text("SELECT 1"))
        raise KeyboardInterrupt
    _lent_clean(engine)


def test_sqlite_ack_write_gives_up_when_another_writer_holds_the_lock(engine: Any) -> None:
    """The inbox write before the ack waits only its busy timeout, then raises SQLAlchemy's
    error (keep() then works on the request directly); nothing is stored, nothing left open."""
    if engine.dialect.name != "sqlite":
        pytest.skip("busy_timeout: SQLite")
    import sqlite3
    import time
    from datetime import UTC, datetime

    from sqlalchemy.exc import OperationalError

    from store import inbox

    holder = sqlite3.connect(engine.url.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(OperationalError), driver_autocommit(engine, busy_timeout_ms=100) as statements:
            now = datetime(2026, 1, 1, tzinfo=UTC)
            inbox.enqueue(statements, kind="event", key="EvBusy", payload={}, now=now, worker="w")
        assert time.monotonic() - started < 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _lent_clean(engine)
    with driver_reads(engine) as reads:
        items = table_of(InboxItem)
        assert reads.rows(select(func.count()).select_from(items).where(items.c.key == "EvBusy")) == [(0,)]


def test_a_lost_connection_reports_why_and_is_not_lent_again(engine: Any) -> None:
    """PostgreSQL: a backend that dies mid-read raises the driver's own error (not the
    autocommit restore's), marked invalidated; the pool lends working connections after."""
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL backend")
    from sqlalchemy import create_engine

    admin = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(DBAPIError) as raised, driver_reads(engine) as reads:
            pid = reads.rows(text("SELECT pg_backend_pid()"))[0][0]
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            reads.rows(text("SELECT 1"))
    finally:
        admin.dispose()
    assert raised.value.connection_invalidated
    assert "connection is lost" not in str(raised.value.orig)
    _lent_clean(engine)


def test_a_value_its_type_refuses_is_sqlalchemys_error(engine: Any) -> None:
    """As on a Connection, a value a bind processor refuses (a naive time for a UTC column)
    is a SQLAlchemyError: keep() catches those and works on the request directly."""
    from datetime import datetime

    from sqlalchemy.exc import StatementError

    from store import inbox

    with pytest.raises(StatementError), driver_autocommit(engine) as statements:
        naive = datetime(2026, 1, 1)
        inbox.enqueue(statements, kind="event", key="EvNaive", payload={}, now=naive, worker="w")
    _lent_clean(engine)


def test_postgresql_prepares_nothing_when_preparing_is_turned_off(store_with_private: Session) -> None:
    """DATABASE_PREPARE=0 (behind PgBouncer in transaction mode, before 1.21 or without
    max_prepared_statements, a prepared statement meets another server connection): neither the
    driver's-cursor statements nor psycopg's own (at a statement's fifth execution) are prepared."""
    engine: Any = store_with_private.get_bind()
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL backend")
    from store import data_version
    from store.db import make_engine, session_scope

    one = make_engine(engine.url, pool_size=1, max_overflow=0, prepare=False)  # the same connection
    try:
        name = store_with_private.exec(select(Project.name).order_by(col(Project.id))).scalars().first()
        for _ in range(6):  # past psycopg's prepare_threshold (5)
            with driver_reads(one) as reads:
                card, _ = names.find_record(reads, Project, name, audience=Audience(channel=PRIVATE_CHANNEL))
                assert card is not None
            with session_scope(one, read_only=True) as session:
                session.exec(select(Project.name).where(Project.name == name)).all()
            data_version.current_all_now(one)
        with driver_reads(one) as reads:
            prepared = reads.rows(text("SELECT statement FROM pg_prepared_statements"))
        assert prepared == []
    finally:
        one.dispose()


def test_the_app_s_engine_prepares_as_its_setting_says(db_url: str) -> None:
    from bot.app import make_services
    from bot.core.settings import Settings

    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL backend")
    for prepare, threshold in ((True, 5), (False, None)):
        settings = Settings(_env_file=None, database_url=db_url, database_prepare=prepare)  # type: ignore[call-arg]
        engine = make_services(settings, migrate=False).engine
        try:
            with engine.connect() as conn:
                driver: Any = conn.connection.driver_connection
                assert driver.prepare_threshold == threshold
        finally:
            engine.dispose()


def test_postgresql_prepares_a_card_statement_at_its_first_reading(store_with_private: Session) -> None:
    """A card's statements are prepared on the connection the first time it reads them (not at
    psycopg's fifth): with a pool of 20+ per worker, a card's first readings are spread thin,
    and unprepared each was parsed and planned again (~1 ms of the server's CPU against 0.2)."""
    engine: Any = store_with_private.get_bind()
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL backend")
    from store.db import make_engine

    one = make_engine(engine.url, pool_size=1, max_overflow=0)  # the same connection each time
    try:
        name = store_with_private.exec(select(Project.name).order_by(col(Project.id))).scalars().first()
        with driver_reads(one) as reads:
            card, _ = names.find_record(reads, Project, name, audience=Audience(channel=PRIVATE_CHANNEL))
            assert card is not None
            prepared = reads.rows(text("SELECT statement FROM pg_prepared_statements"))
        assert any("lower(project.name)" in statement for (statement,) in prepared), prepared
    finally:
        one.dispose()
