"""Engines, sessions and migrations for SQLite (default) and PostgreSQL."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError, StatementError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlmodel import Session, create_engine

from store.write_gate import GatedConnection, WriteGate

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 5000
ACK_BUSY_TIMEOUT_MS = 1500  # inside Slack's 3-second ack: wait less, answer in time
BUSY_TIMEOUT_SET = "sqlite_busy_timeout_ms"  # in a pooled connection's info: its busy_timeout now


def passes(exc: BaseException) -> bool:
    """Whether a database error is about the database (busy, out of reach, no connection
    free) rather than what was asked of it: asking again later may succeed."""
    return isinstance(exc, (OperationalError, InterfaceError, PoolTimeout, DisconnectionError))


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_conn: Any, record: Any) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINTs (the outermost RELEASE commits),
    # so it is switched off and SQLAlchemy's "begin" event below issues BEGIN itself.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    record.info[BUSY_TIMEOUT_SET] = SQLITE_BUSY_TIMEOUT_MS


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock up front: a read that later writes cannot fail with
    # SQLITE_BUSY_SNAPSHOT when another writer got in first; it waits busy_timeout instead.
    # A session that only reads (session_scope(read_only=True)) begins DEFERRED: WAL readers
    # never wait, where IMMEDIATE queued every command's reads behind the writers.
    options = conn.get_execution_options()
    # Per transaction, since pooled connections are shared: work done inside Slack's 3-second
    # ack gives up sooner than background work, so the user hears our error, not a timeout.
    busy_ms = int(options.get("sqlite_busy_ms") or SQLITE_BUSY_TIMEOUT_MS)
    driver = conn.connection.driver_connection
    # Autocommit writes take their turn too (else they starve in the busy handler while the
    # turns go round); SQLAlchemy still commits at the end, which ends the turn.
    writes = not options.get("sqlite_read_only")
    if writes:
        busy_ms = _take_write_turn(driver, busy_ms, "BEGIN IMMEDIATE")
    try:
        if conn.info.get(BUSY_TIMEOUT_SET) != busy_ms:  # a statement saved on most transactions
            # On the driver's connection: SQLAlchemy's execution path cost 0.02 ms a PRAGMA, and a
            # commitment message sets it twice (its ack's write, then the work after the ack).
            driver.execute(f"PRAGMA busy_timeout={busy_ms}")
            conn.info[BUSY_TIMEOUT_SET] = busy_ms
        if options.get("sqlite_autocommit"):
            return  # each statement is its own transaction (the connection has no implicit BEGIN)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN DEFERRED")
    except BaseException:
        if writes:
            _leave_write_turn(driver)  # no transaction began: nothing will commit or roll it back
        raise


def _take_write_turn(driver: Any, busy_ms: int, statement: str) -> int:
    """Wait for this connection's turn among the process's SQLite writers (store.write_gate)
    and return what is left of `busy_ms` for SQLite's own lock (another process may hold it),
    so the two waits together take no longer than SQLite alone would have. A turn that does
    not come in time raises what SQLite's busy handler raises."""
    gate = getattr(driver, "write_gate", None)
    if gate is None:
        return busy_ms
    waited = gate.enter(driver, busy_ms / 1000)
    if waited is None:
        raise OperationalError(statement, None, sqlite3.OperationalError("database is locked"))
    return max(1, busy_ms - int(waited * 1000))


def _leave_write_turn(driver: Any) -> None:
    gate = getattr(driver, "write_gate", None)
    if gate is not None:
        gate.leave(driver)


def _restore_busy_timeout(dbapi_conn: Any, record: Any) -> None:
    """On return to the pool: a busy_timeout shortened by a wait for the write turn goes back to
    the default, so the next user (a read that sets none of its own) does not inherit it."""
    standard = (SQLITE_BUSY_TIMEOUT_MS, ACK_BUSY_TIMEOUT_MS)  # as the ack and the rest set them
    if dbapi_conn is None or record.info.get(BUSY_TIMEOUT_SET) in standard:
        return
    try:
        dbapi_conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    except sqlite3.Error:  # a connection in trouble: the pool's own reset and checks deal with it
        return
    record.info[BUSY_TIMEOUT_SET] = SQLITE_BUSY_TIMEOUT_MS


# A pooled PostgreSQL connection idle for longer is pinged before use (a restart or failover
# may have closed it); one used within the last second is not: that ping was a round trip on
# every command. A connection that dies inside that second fails one request, and the pool
# then replaces every connection older than the failure.
PING_AFTER_IDLE_S = 1.0


def _ping_if_idle(engine: Engine) -> None:
    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get("checked_in_at", 0.0) < PING_AFTER_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool retries with a new connection
            raise DisconnectionError() from exc

    def checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["checked_in_at"] = time.monotonic()

    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)


# Connections kept open: requests in flight (16 concurrent clients in the benchmark) plus the
# five lazy-listener threads. A smaller pool closed and reopened its overflow connections on
# every burst; at 16 clients that cost PostgreSQL 20-35% of p99 (python -m tests.bench).
POOL_SIZE = 20


def make_engine(url: str, *, prepare: bool = True, **kwargs: Any) -> Engine:
    """An engine with the pragmas or pool settings each backend needs. `prepare=False`
    (DATABASE_PREPARE=0, PostgreSQL): no statement is ever prepared on its connections, neither
    psycopg's own (at a statement's fifth execution) nor the driver's-cursor reads' (at once)."""
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            if "poolclass" not in kwargs:
                kwargs.setdefault("pool_size", POOL_SIZE)
        connect_args: dict[str, Any] = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        gate = None
        if database and database != ":memory:":  # in memory, each connection is a database of its own
            connect_args["factory"] = GatedConnection
            gate = WriteGate()
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        if gate is not None:  # every connection of this engine takes its write turns at this gate
            event.listen(engine, "connect", lambda dbapi_conn, _r: setattr(dbapi_conn, "write_gate", gate))
            event.listen(engine, "checkin", _restore_busy_timeout)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    ping_if_idle = "pool_pre_ping" not in kwargs
    if not prepare:
        kwargs["connect_args"] = {**kwargs.get("connect_args", {}), "prepare_threshold": None}
    if "poolclass" not in kwargs:
        kwargs.setdefault("pool_size", POOL_SIZE)
        kwargs.setdefault("max_overflow", 10)
    engine = create_engine(url, **kwargs)
    if ping_if_idle:
        _ping_if_idle(engine)
    return engine


def _scope_options(
    engine: Engine, *, read_only: bool, busy_timeout_ms: int | None, per_statement: bool, autocommit: bool
) -> Engine:
    """The engine (with execution options) a session or connection scope runs on."""
    options: dict[str, Any] = {}
    if read_only:
        options["sqlite_read_only"] = True
        if per_statement and not is_sqlite(engine):
            options["isolation_level"] = "AUTOCOMMIT"
    if autocommit:
        # SQLite: the connection already runs without pysqlite's implicit BEGIN (see
        # _sqlite_pragmas), so skipping our explicit one is enough; setting SQLAlchemy's
        # AUTOCOMMIT level there would reset pysqlite's mode when the connection is returned.
        if is_sqlite(engine):
            options["sqlite_autocommit"] = True
        else:
            options["isolation_level"] = "AUTOCOMMIT"
    if busy_timeout_ms:
        options["sqlite_busy_ms"] = busy_timeout_ms
    return _with_options(engine, tuple(sorted(options.items()))) if options else engine


@contextmanager
def session_scope(
    engine: Engine,
    *,
    read_only: bool = False,
    busy_timeout_ms: int | None = None,
    per_statement: bool = False,
    autocommit: bool = False,
) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error. `read_only` is a
    promise that it writes nothing (on SQLite it then takes no write lock);
    `busy_timeout_ms` bounds how long SQLite waits for another writer's lock;
    `per_statement` (with read_only, for short reads that stream nothing): on PostgreSQL each
    statement runs on its own, as READ COMMITTED already gives each its own snapshot, without
    the BEGIN and COMMIT round trips. `autocommit`: on either backend each statement is its
    own transaction, committed as it completes, with no BEGIN and COMMIT around them: for a
    unit of work that is one statement (a single INSERT or UPDATE is atomic by itself), or
    whose statements need no common snapshot; never for one that must roll back as a whole."""
    if engine.dialect.name != "sqlite" and (autocommit or (read_only and per_statement)):
        # PostgreSQL in autocommit: on a connection whose psycopg mode is switched client side
        # (`_autocommit_connection`), not through SQLAlchemy's AUTOCOMMIT isolation level.
        with _autocommit_connection(engine) as conn, Session(conn, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        return
    bind = _scope_options(
        engine,
        read_only=read_only,
        busy_timeout_ms=busy_timeout_ms,
        per_statement=per_statement,
        autocommit=autocommit,
    )
    with Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def connection_scope(
    engine: Engine, *, busy_timeout_ms: int | None = None, autocommit: bool = False
) -> Iterator[Connection]:
    """As `session_scope`, but a Core connection: for units of work made only of Core
    statements on the path of every message, where a Session's set-up, bookkeeping and
    commit cost more CPU than the statement (about 0.1 ms a transaction)."""
    if autocommit and engine.dialect.name != "sqlite":
        with _autocommit_connection(engine) as conn:
            yield conn
        return
    bind = _scope_options(
        engine, read_only=False, busy_timeout_ms=busy_timeout_ms, per_statement=False, autocommit=autocommit
    )
    with bind.connect() as conn:  # closing it without a commit rolls back
        yield conn
        conn.commit()


@contextmanager
def _autocommit_connection(engine: Engine) -> Iterator[Connection]:
    """PostgreSQL: a pooled connection with psycopg's autocommit switched on and back off
    client side (no round trip; as the pool's own ping does). SQLAlchemy's AUTOCOMMIT
    isolation level did the same through its characteristics machinery at checkout and
    again at return, 0.09 ms of CPU per unit of work (two on every message). SQLAlchemy
    still begins and commits its transaction around the statements; psycopg sends neither
    (nothing is open on the server)."""
    with engine.connect() as conn:
        driver: Any = conn.connection.driver_connection
        lent = driver.autocommit  # as the pool lends it (an engine may be AUTOCOMMIT)
        driver.autocommit = True
        try:
            yield conn
            conn.commit()
        finally:
            if not conn.invalidated and not driver.closed:
                driver.autocommit = lent


Executor = Session | Connection  # what a store function of Core statements runs them on


def core(executor: Executor) -> Connection:
    """The connection under `executor`, for Core statements on the path of every message: a
    Session's own execute adds the ORM's execution path (about 20 µs of CPU a statement).
    Pending changes are flushed first, as the session's execute would."""
    if isinstance(executor, Connection):
        return executor
    if executor.autoflush:
        executor.flush()
    return executor.connection()


def dialect_name(executor: Executor | DriverReads) -> str:
    if isinstance(executor, Connection | DriverReads):
        return str(executor.dialect.name)
    return str(executor.get_bind().dialect.name)


def table_of(model: Any) -> Table:
    """A SQLModel class's Core table, for statements that need no ORM bookkeeping."""
    return cast(Table, model.__table__)


def plain_rows(
    session: Session | DriverReads, stmt: Any, params: dict[str, Any] | None = None
) -> Sequence[Any]:
    """The rows (`Row`s) of a Core statement (table columns, no mapped class) on the session's
    connection: the ORM's execution path and loading cost more CPU than SQLite took to run
    a card's statements. Pending changes are flushed first, as the session's own query would.
    On a `DriverReads`, plain tuples of the same values, read on the driver's cursor."""
    if isinstance(session, DriverReads):
        return session.rows(stmt, params)
    return core(session).execute(stmt, params).all()


class _Compiled(NamedTuple):
    """A Core statement compiled once for a dialect: what `DriverReads` sends and how it
    converts values both ways, as SQLAlchemy's execution would."""

    statement: Any  # kept so that a reused id() is never mistaken for it
    sql: str
    positions: tuple[str, ...] | None  # parameter names in order (SQLite's ?), None: named
    defaults: dict[str, Any]  # values the statement holds (LIMIT 15, 'withdrawn', ...)
    bind_processors: dict[str, Any]
    result_types: list[Any] | None  # of its columns; None: text() (no conversions)
    result_processors: list[list[Any]]  # filled from the first cursor description


_COMPILED: dict[tuple[str, int], _Compiled] = {}
_COMPILED_MAX = 4096  # statements are built once per audience: a bound, not a working set


def _compiled(dialect: Any, stmt: Any) -> _Compiled | None:
    """`stmt` compiled for `dialect`, or None when it needs what only SQLAlchemy's execution
    does (IN lists expanded per call, escaped parameter names)."""
    key = (dialect.name, id(stmt))
    found = _COMPILED.get(key)
    if found is not None and found.statement is stmt:
        return found
    compiled = stmt.compile(dialect=dialect)
    if "POSTCOMPILE" in compiled.string or compiled.escaped_bind_names:
        return None
    defaults: dict[str, Any] = {}
    bind_processors: dict[str, Any] = {}
    for bind, name in compiled.bind_names.items():
        if bind.expanding or bind.literal_execute or bind.callable is not None:
            return None  # a value computed per execution would be frozen at its first here
        if bind.required:  # the caller's: passed by its key
            if name != bind.key:
                return None
        else:  # a value the statement holds, under its compiled name
            defaults[name] = bind.effective_value
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            bind_processors[name] = processor
    columns = getattr(stmt, "selected_columns", None)
    if columns is None and getattr(stmt, "_returning", None):  # INSERT/UPDATE ... RETURNING
        columns = stmt.exported_columns
    positional = dialect.paramstyle in ("qmark", "numeric", "format")
    found = _Compiled(
        stmt,
        compiled.string,
        tuple(compiled.positiontup or ()) if positional else None,
        defaults,
        bind_processors,
        None if columns is None else [c.type for c in columns],
        [],
    )
    if len(_COMPILED) >= _COMPILED_MAX:
        _COMPILED.clear()
    _COMPILED[key] = found
    return found


class DriverReads:
    """Reads of Core statements on a pooled connection's own DBAPI cursor (`driver_reads`):
    each statement compiled once per dialect, its rows plain tuples converted by the same
    type processors SQLAlchemy applies. A card's statements through SQLAlchemy's execution
    and result machinery cost 2-5x the driver's own work (0.49 against 0.18 ms of CPU for a
    project card's three on PostgreSQL, 0.25 against 0.05 on SQLite)."""

    def __init__(self, engine: Engine, cursor: Any) -> None:
        self.engine = engine
        self.dialect = engine.dialect
        self._cursor = cursor
        # psycopg prepares a statement on a connection only at its fifth execution there, and
        # a pool of 20+ connections per worker spreads a card's first readings thin: these
        # statements are few and hot, so each is prepared at once (its plan kept per connection),
        # unless the engine's connections prepare nothing (make_engine(prepare=False): their
        # prepare_threshold is None).
        self._execute_options: dict[str, Any] = {}
        if engine.dialect.name == "postgresql":
            preparing = cursor.connection.prepare_threshold is not None
            self._execute_options = {"prepare": preparing}

    def rows(self, stmt: Any, params: dict[str, Any] | None = None) -> list[Any]:
        compiled = _compiled(self.dialect, stmt)
        if compiled is None:
            raise TypeError("this statement needs SQLAlchemy's execution: read it on a Session or Connection")
        values = {**compiled.defaults, **params} if params else dict(compiled.defaults)
        try:  # a value its type refuses (or one left out) is SQLAlchemy's error, as on a Connection
            for name, processor in compiled.bind_processors.items():
                values[name] = processor(values[name])
            args = values if compiled.positions is None else [values[n] for n in compiled.positions]
        except Exception as exc:
            raise StatementError(f"({type(exc).__name__}) {exc}", compiled.sql, values, exc) from exc
        cursor = self._cursor
        cursor.execute(compiled.sql, args, **self._execute_options)
        found: list[Any] = cursor.fetchall()
        if compiled.result_types is None:
            return found
        if not compiled.result_processors:
            description = cursor.description
            if len(description) != len(compiled.result_types):
                raise ValueError(f"{len(description)} columns read, {len(compiled.result_types)} selected")
            compiled.result_processors.append(
                [
                    type_.dialect_impl(self.dialect).result_processor(self.dialect, column[1])
                    for type_, column in zip(compiled.result_types, description, strict=True)
                ]
            )
        processors = compiled.result_processors[0]
        if not any(processors):
            return found
        return [
            tuple(value if p is None else p(value) for p, value in zip(processors, row, strict=True))
            for row in found
        ]


@contextmanager
def driver_reads(engine: Engine, *, busy_timeout_ms: int | None = None) -> Iterator[DriverReads]:
    """Reads (no writes) on a pooled connection's own cursor, without a Session or a
    Connection around them: on SQLite in one DEFERRED transaction (one snapshot, as a
    read-only session's), on PostgreSQL each statement on its own in autocommit (no BEGIN
    and COMMIT round trips, as a read inside the ack already runs). `busy_timeout_ms` as for
    `session_scope`. Errors are SQLAlchemy's, and a connection in an unknown state is never
    lent again."""
    with _driver_cursor(engine, busy_timeout_ms=busy_timeout_ms, snapshot=True) as reads:
        yield reads


@contextmanager
def driver_autocommit(engine: Engine, *, busy_timeout_ms: int | None = None) -> Iterator[DriverReads]:
    """Statements that each commit on their own (a single INSERT or UPDATE ... RETURNING, say)
    on a pooled connection's own cursor, as `driver_reads` but without its snapshot: what
    `connection_scope(autocommit=True)` does for one statement, without SQLAlchemy's
    connection, events and execution around it (about 0.1 ms of CPU a statement). A
    statement `_compiled` cannot take raises TypeError before anything is sent."""
    with _driver_cursor(engine, busy_timeout_ms=busy_timeout_ms, snapshot=False) as statements:
        yield statements


@contextmanager
def _driver_cursor(engine: Engine, *, busy_timeout_ms: int | None, snapshot: bool) -> Iterator[DriverReads]:
    postgres = engine.dialect.name != "sqlite"
    dbapi_error = engine.dialect.loaded_dbapi.Error
    conn = None
    driver: Any = None
    try:
        conn = engine.raw_connection()  # a refused connect raises the driver's error: wrapped below
        driver = conn.driver_connection
        lent_autocommit = postgres and driver.autocommit  # as the pool lends it
        cursor = conn.cursor()
        try:
            if postgres:  # psycopg: client side, no round trip
                driver.autocommit = True
            else:  # pysqlite runs without an implicit BEGIN (_sqlite_pragmas)
                busy_ms = busy_timeout_ms or SQLITE_BUSY_TIMEOUT_MS
                if not snapshot:  # statements that write: in this process's turn, as a write transaction
                    busy_ms = _take_write_turn(driver, busy_ms, "the statements")
                if conn.info.get(BUSY_TIMEOUT_SET) != busy_ms:  # as _sqlite_begin sets it
                    cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
                    conn.info[BUSY_TIMEOUT_SET] = busy_ms
                if snapshot:
                    cursor.execute("BEGIN DEFERRED")
            yield DriverReads(engine, cursor)
        finally:
            try:
                if postgres:
                    if not driver.broken:  # else it raised why (not "connection lost" here)
                        driver.autocommit = lent_autocommit
                elif driver.in_transaction:
                    cursor.execute("COMMIT")  # it only read: ends the snapshot
            finally:
                cursor.close()
                if not postgres and not snapshot:
                    _leave_write_turn(driver)
    except dbapi_error as exc:
        if conn is not None:
            if engine.dialect.is_disconnect(exc, conn.dbapi_connection, None):
                engine.pool._invalidate(conn, exc)  # as a session's error does
            else:
                conn.invalidate(exc)
        raise DBAPIError.instance(
            None, None, exc, dbapi_error, connection_invalidated=conn is not None, dialect=engine.dialect
        ) from exc
    except BaseException:
        if conn is not None and not postgres and driver is not None and driver.in_transaction:
            conn.invalidate()  # never lend a connection inside a transaction to the next request
        raise
    finally:
        if conn is not None:
            conn.close()


def insert_if_new(session: Executor | DriverReads, model: Any, returning: str, **values: Any) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING `returning` on either backend: the new
    row's column, or None when its unique key was taken (no savepoint, no IntegrityError).
    On `driver_autocommit`'s cursor, `values` must name every column that has a default
    SQLAlchemy computes per row (a default_factory): the driver has no one to compute it."""
    if isinstance(session, DriverReads):
        stmt = _driver_insert_if_new(session.dialect.name, model.__table__, returning, tuple(sorted(values)))
        rows = session.rows(stmt, values)
        return rows[0][0] if rows else None
    stmt = _insert_if_new(dialect_name(session), model.__table__, returning)
    return core(session).execute(stmt, values).scalar()


@cache
def _driver_insert_if_new(dialect_name: str, table: Any, returning: str, keys: tuple[str, ...]) -> Any:
    """As `_insert_if_new`, its columns those of `keys` (plus those with a fixed default),
    for `DriverReads.rows`: compiled once, every value a parameter."""
    from sqlalchemy import bindparam
    from sqlalchemy.dialects import postgresql, sqlite

    for column in table.columns:
        computed = column.default is not None and not column.default.is_scalar
        if column.key not in keys and (computed or column.onupdate is not None):
            raise TypeError(f"{table.name}.{column.key}: its default is computed per row; pass it")
    dialect = sqlite if dialect_name == "sqlite" else postgresql
    insert = dialect.insert(table).values({key: bindparam(key) for key in keys})
    return insert.on_conflict_do_nothing().returning(table.c[returning])


@cache
def _insert_if_new(dialect_name: str, table: Any, returning: str) -> Any:
    # Built once: constructing a Core statement costs more than running it on SQLite. The
    # dialect is imported here: a server on SQLite never loads PostgreSQL's (a twentieth of
    # its start-up), and one on PostgreSQL loads it when it connects.
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = sqlite if dialect_name == "sqlite" else postgresql
    return dialect.insert(table).on_conflict_do_nothing().returning(table.c[returning])


@lru_cache(maxsize=64)
def _with_options(engine: Engine, options: tuple[tuple[str, Any], ...]) -> Engine:
    # One option engine per engine and options, not one per session.
    return engine.execution_options(**dict(options))


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Apply Alembic migrations up to `revision`."""
    import logging

    # Alembic's per-plugin INFO lines drown the bot's own start-up log.
    for name in ("alembic.runtime.plugins", "alembic.runtime.migration"):
        logging.getLogger(name).setLevel(logging.WARNING)
    if revision == "head" and _at_head(url):
        return  # nothing to do, and no write lock taken (an export may run beside a writer)
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def head_revision() -> str:
    """The newest migration's revision: the migrations are one chain of files named
    `NNNN_<what>.py` whose revision is NNNN (tests/store/test_migrations.py checks it
    against Alembic's own reading of them)."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def _at_head(url: str) -> bool:
    """Whether the store is at the newest migration, read without Alembic: importing it and
    reading its scripts was a tenth of the server's start-up."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.execution_options(sqlite_read_only=True).connect() as conn:
            current = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except DBAPIError:  # no alembic_version table yet: an empty store
        return False
    finally:
        engine.dispose()
    return current == {head_revision()}


def check_health(engine: Engine) -> tuple[bool, str]:
    """(ok, detail) for the health check."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True, "ok"
    except Exception as exc:  # any driver error means "down" to a health check
        return False, type(exc).__name__
