"""A version number of the tracker's records, kept by triggers, and caches keyed on it.

Every insert, update or delete (and, on PostgreSQL, truncate) of a commitment, project,
initiative or project-initiative link sets `data_version.version` to a new number in the same
transaction, so a reader that sees version N sees exactly the records of version N. The new
number comes from a sequence (PostgreSQL) or random() (SQLite), never from version + 1: a
transaction that rolls back must not leave behind a number another change could reuse.

On PostgreSQL the number changes once per writing transaction (row by row, a bulk insert
would update the one row 100,000 times in one transaction, which PostgreSQL does in
quadratic time), and a transaction that has written anything reads around the cache: what
it sees is not yet what its version number will mean once it commits. On SQLite the number
changes with every row, so any version a session sees names exactly what it sees. Answers computed
from the records (totals over 100,000 commitments, the names the message extractor matches)
are cached under (database, epoch, version) and recomputed after any change, by this
process or any other replica: never stale, and cheap when nothing changed.

The epoch (migration 0018) is a random number every version row carries, made once per
database: a database dropped and migrated again at the same URL (or a test's) gives out the
same numbers again, PostgreSQL's sequence starting again at 1, but never the same epoch. The
database of a version read is its URL and its epoch (`url#epoch`), so no answer kept for the
old database is served for the new one's data. A restore (pg_restore, a copied SQLite file)
brings back the old epoch with the old numbers and the very data they were read from: an
answer kept for them is right again. Not covered (PostgreSQL): restoring, at the URL a bot
serves from, a backup of the database it serves. The sequence goes back with the data, so the
writes after it give out numbers given out before it, under the same epoch, while the bot may
still hold answers kept for them: such a restore is followed by a new epoch (README, "The
answer cache") or a restart. SQLite's numbers are random: a copied-back file gives out new ones.

When the row is missing (a store emptied as the PostgreSQL test fixture does)
nothing is cached and every answer is computed afresh.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

TABLE = "data_version"
SCOPE = "records"
TRACKED_TABLES = ("commitment", "project", "initiative", "projectinitiativelink")

T = TypeVar("T")
SQLITE_BUMP = f"UPDATE {TABLE} SET version = random() WHERE scope = '{SCOPE}'"


def sqlite_insert_triggers() -> dict[str, str]:
    """SQLite: trigger name -> table of the triggers that bump the version on an insert."""
    return {f"{table}_version_insert": table for table in TRACKED_TABLES}


def ddl_upgrade(dialect: str) -> list[str]:
    stmts = [
        f"CREATE TABLE {TABLE} (scope VARCHAR(32) NOT NULL PRIMARY KEY, version BIGINT NOT NULL, "
        "writer BIGINT)",
        f"INSERT INTO {TABLE} (scope, version) VALUES ('{SCOPE}', {uuid.uuid4().int >> 65})",
    ]
    if dialect == "sqlite":
        bump = SQLITE_BUMP
        for table in TRACKED_TABLES:
            for op in ("INSERT", "UPDATE", "DELETE"):
                stmts.append(
                    f"CREATE TRIGGER {table}_version_{op.lower()} AFTER {op} ON {table} BEGIN {bump}; END"
                )
        return stmts
    bump = (
        f"UPDATE {TABLE} SET version = nextval('{TABLE}_seq'), writer = txid_current() "
        f"WHERE scope = '{SCOPE}' AND writer IS DISTINCT FROM txid_current()"
    )
    stmts.append(f"CREATE SEQUENCE {TABLE}_seq")
    stmts.append(
        "CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN {bump}; RETURN NULL; END $$"
    )
    for table in TRACKED_TABLES:
        stmts.append(
            f"CREATE TRIGGER {table}_version AFTER INSERT OR UPDATE OR DELETE OR "
            f"TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION "
            "bump_data_version()"
        )
    return stmts


EPOCH_COLUMN = "epoch"


def new_epoch_value() -> int:
    """A random epoch (63 bits: a BIGINT on both backends)."""
    return uuid.uuid4().int >> 65


def epoch_ddl_upgrade(dialect: str) -> list[str]:
    """The epoch column (migration 0018): its default, made here, fills the rows there are and
    every row inserted later (the PostgreSQL test fixture's reset deletes them)."""
    return [f"ALTER TABLE {TABLE} ADD COLUMN {EPOCH_COLUMN} BIGINT NOT NULL DEFAULT {new_epoch_value()}"]


def epoch_ddl_downgrade(dialect: str) -> list[str]:
    return [f"ALTER TABLE {TABLE} DROP COLUMN {EPOCH_COLUMN}"]


def ddl_downgrade(dialect: str) -> list[str]:
    if dialect == "sqlite":
        stmts = [
            f"DROP TRIGGER IF EXISTS {table}_version_{op}"
            for table in TRACKED_TABLES
            for op in ("insert", "update", "delete")
        ]
    else:
        stmts = [f"DROP TRIGGER IF EXISTS {table}_version ON {table}" for table in TRACKED_TABLES]
        stmts.append("DROP FUNCTION IF EXISTS bump_data_version()")
        stmts.append(f"DROP SEQUENCE IF EXISTS {TABLE}_seq")
    return [*stmts, f"DROP TABLE IF EXISTS {TABLE}"]


# Updates, milestones and claims: the notes around the records, with a version of their own
# (they are written far more often than totals change, and nothing cached on the records
# version reads them). Answers that show them (a project's card, `find`) key on both.
NOTES_SCOPE = "notes"
NOTES_TABLES = ("projectupdate", "milestone", "claim")


def notes_ddl_upgrade(dialect: str) -> list[str]:
    """The `notes` version row and the triggers that bump it, as `ddl_upgrade` does for records."""
    return scope_ddl_upgrade(dialect, NOTES_SCOPE, NOTES_TABLES)


def notes_ddl_downgrade(dialect: str) -> list[str]:
    return scope_ddl_downgrade(dialect, NOTES_SCOPE, NOTES_TABLES)


# Follows, digest subscriptions and their runs, feed watches: what `following`, `digest list`
# and `watch list` show. A version of their own, so a poll of a feed (which updates its watch)
# leaves the cached records and notes answers alone.
LISTS_SCOPE = "lists"
LISTS_TABLES = ("follow", "digestsubscription", "digestrun", "feedwatch")


def lists_ddl_upgrade(dialect: str) -> list[str]:
    return scope_ddl_upgrade(dialect, LISTS_SCOPE, LISTS_TABLES)


def lists_ddl_downgrade(dialect: str) -> list[str]:
    return scope_ddl_downgrade(dialect, LISTS_SCOPE, LISTS_TABLES)


def scope_ddl_upgrade(dialect: str, scope: str, tables: Sequence[str]) -> list[str]:
    """A version row `scope` in the table `ddl_upgrade` made, and triggers on `tables` that bump
    it the same way (named `<table>_<scope>_version...`, function `bump_<scope>_version`)."""
    stmts = [f"INSERT INTO {TABLE} (scope, version) VALUES ('{scope}', {uuid.uuid4().int >> 65})"]
    if dialect == "sqlite":
        bump = f"UPDATE {TABLE} SET version = random() WHERE scope = '{scope}'"
        for table in tables:
            for op in ("INSERT", "UPDATE", "DELETE"):
                stmts.append(
                    f"CREATE TRIGGER {table}_{scope}_version_{op.lower()} AFTER {op} ON {table} "
                    f"BEGIN {bump}; END"
                )
        return stmts
    bump = (
        f"UPDATE {TABLE} SET version = nextval('{TABLE}_seq'), writer = txid_current() "
        f"WHERE scope = '{scope}' AND writer IS DISTINCT FROM txid_current()"
    )
    stmts.append(
        f"CREATE FUNCTION bump_{scope}_version() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN {bump}; RETURN NULL; END $$"
    )
    for table in tables:
        stmts.append(
            f"CREATE TRIGGER {table}_{scope}_version AFTER INSERT OR UPDATE OR DELETE OR "
            f"TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION bump_{scope}_version()"
        )
    return stmts


def scope_ddl_downgrade(dialect: str, scope: str, tables: Sequence[str]) -> list[str]:
    if dialect == "sqlite":
        stmts = [
            f"DROP TRIGGER IF EXISTS {table}_{scope}_version_{op}"
            for table in tables
            for op in ("insert", "update", "delete")
        ]
    else:
        stmts = [f"DROP TRIGGER IF EXISTS {table}_{scope}_version ON {table}" for table in tables]
        stmts.append(f"DROP FUNCTION IF EXISTS bump_{scope}_version()")
    return [*stmts, f"DELETE FROM {TABLE} WHERE scope = '{scope}'"]


_SQLITE_CURRENT = text(f"SELECT version, 1, {EPOCH_COLUMN} FROM {TABLE} WHERE scope = '{SCOPE}'")
_POSTGRES_CURRENT = text(
    f"SELECT version, txid_current_if_assigned() IS NULL, {EPOCH_COLUMN} FROM {TABLE} WHERE scope = '{SCOPE}'"
)


def current(session: Session) -> tuple[str, int] | None:
    """(database, version) of the records this session sees; None: do not cache."""
    bind = session.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    row = session.execute(_SQLITE_CURRENT if sqlite else _POSTGRES_CURRENT).first()
    return None if row is None else as_version(bind, row[0], row[1], row[2])


def as_version(bind: Any, number: int | None, unwritten: object, epoch: int | None) -> tuple[str, int] | None:
    """(database, version) from a read of the version row (`number` and `epoch`, None when
    there is none) and whether the transaction has written nothing yet; None: do not cache."""
    if number is None or epoch is None or not unwritten:
        return None
    return (_database(bind.engine, epoch), int(number))


def current_sql(dialect: str) -> tuple[str, str, str]:
    """SQL expressions of the records' version, of "this transaction wrote nothing" and of
    the epoch, for a caller that reads them with something else in one statement (`as_version`)."""
    version = f"(SELECT version FROM {TABLE} WHERE scope = '{SCOPE}')"
    epoch = f"(SELECT {EPOCH_COLUMN} FROM {TABLE} WHERE scope = '{SCOPE}')"
    return version, "1" if dialect == "sqlite" else "txid_current_if_assigned() IS NULL", epoch


# Every scope's version and the epoch in one statement (a round trip per cached answer, not
# three). Every row carries the epoch: max() of it reads no other row than the versions do.
_SCOPES_READ = ", ".join(
    [f"max(CASE WHEN scope = '{scope}' THEN version END)" for scope in (SCOPE, NOTES_SCOPE, LISTS_SCOPE)]
    + [f"max({EPOCH_COLUMN})"]
)
_SQLITE_ALL_SQL = f"SELECT {_SCOPES_READ}, 1 FROM {TABLE}"
_POSTGRES_ALL_SQL = f"SELECT {_SCOPES_READ}, txid_current_if_assigned() IS NULL FROM {TABLE}"
_SQLITE_ALL, _POSTGRES_ALL = text(_SQLITE_ALL_SQL), text(_POSTGRES_ALL_SQL)


def current_all(session: Session) -> tuple[str, int, int, int] | None:
    """(database, records, notes and lists versions) in one statement, the database being
    its URL and epoch (`url#epoch`); None: do not cache."""
    bind = session.get_bind()
    row = session.execute(_SQLITE_ALL if bind.dialect.name == "sqlite" else _POSTGRES_ALL).first()
    return _versions(bind.engine, row)


def current_all_now(engine: Engine) -> tuple[str, int, int, int] | None:
    """`current_all` outside any session: the one statement on a pooled connection's own
    cursor, in autocommit (no BEGIN/COMMIT on PostgreSQL). A cached answer reads nothing else
    from the store, and a Session around that one SELECT cost 0.33-0.49 ms of CPU against
    0.02-0.11 for the statement itself. Errors are SQLAlchemy's, as from a session."""
    postgres = engine.dialect.name != "sqlite"
    sql = _POSTGRES_ALL_SQL if postgres else _SQLITE_ALL_SQL
    dbapi_error = engine.dialect.loaded_dbapi.Error
    conn = None
    try:
        conn = engine.raw_connection()  # a refused connect raises the driver's error: wrapped below
        driver: Any = conn.driver_connection
        lent_autocommit = postgres and driver.autocommit  # as the pool lends it (an engine may be AUTOCOMMIT)
        if postgres:  # psycopg: client side, no round trip; pysqlite runs without BEGIN already
            driver.autocommit = True
        cursor = conn.cursor()
        try:
            cursor.execute(sql)
            row = cursor.fetchone()
        finally:
            cursor.close()
            if postgres:
                driver.autocommit = lent_autocommit  # as the pool lends it to sessions
    except dbapi_error as exc:
        if conn is not None:
            if engine.dialect.is_disconnect(exc, conn.dbapi_connection, None):
                # As a session's error does: a restart or failover closed every connection
                # opened before this one, so the pool replaces them all (else each one used
                # within PING_AFTER_IDLE_S fails a request of its own).
                engine.pool._invalidate(conn, exc)
            else:
                conn.invalidate(exc)  # never lend a connection in an unknown state to the next request
        raise DBAPIError.instance(
            sql, None, exc, dbapi_error, connection_invalidated=conn is not None, dialect=engine.dialect
        ) from exc
    finally:
        if conn is not None:
            conn.close()
    return _versions(engine, row)


def _versions(engine: Engine, row: Any) -> tuple[str, int, int, int] | None:
    # A store without its version rows, or (PostgreSQL) a transaction that wrote: no caching.
    if row is None or row[0] is None or row[1] is None or row[2] is None or row[3] is None or not row[4]:
        return None
    return (_database(engine, row[3]), int(row[0]), int(row[1]), int(row[2]))


_database_names: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _database_name(engine: Any) -> str:
    """The engine's URL without its password, rendered once per engine (asked per read)."""
    name = _database_names.get(engine)
    if name is None:
        name = _database_names[engine] = engine.url.render_as_string(hide_password=True)
    return name


EPOCH_MARK = "#"  # the database of a version read: `<url>#<epoch>`


def _database(engine: Any, epoch: int) -> str:
    return f"{_database_name(engine)}{EPOCH_MARK}{epoch}"


def url_of(database: str) -> str:
    """The URL part of a version read's database (what a database recreated there shares)."""
    return database.rpartition(EPOCH_MARK)[0]


class VersionedCache:
    """A small LRU of values computed from the records, valid for one data version."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._items: OrderedDict[tuple[tuple[str, int], Hashable], Any] = OrderedDict()
        self._latest: dict[str, tuple[str, int]] = {}  # URL -> the version last stored
        self._lock = threading.Lock()
        # Values being computed, by key: a request that wants one waits for it rather than
        # computing it again. After a write, 16 requests in flight each built the same
        # known names and totals (0.2-0.5 s of CPU each, under one GIL): seconds of p99.
        self._computing: dict[tuple[tuple[str, int], Hashable], tuple[int, Future[Any]]] = {}
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        return self.get_versioned(session, key, compute)[1]

    def get_versioned(
        self, session: Session, key: Hashable, compute: Callable[[], T]
    ) -> tuple[tuple[str, int] | None, T]:
        """As `get`, with the version the value is valid for (None: not cached)."""
        # The version is read before the records: a value computed from newer records than
        # the version says is merely recomputed later, never served stale.
        version = current(session)
        if version is None:
            return None, compute()
        return version, self._get(version, key, compute)

    def get_at(self, version: tuple[str, int] | None, key: Hashable, compute: Callable[[], T]) -> T:
        """As `get`, for a version the caller has read already (None: computed, not kept)."""
        return compute() if version is None else self._get(version, key, compute)

    def latest(self, engine: Any, key: Hashable) -> tuple[tuple[str, int], Any] | None:
        """(version, value) of `key` at the newest version this process has seen of the
        engine's database, without reading the store; None when not cached. The value may
        be out of date: a caller checks the version in its own transaction."""
        with self._lock:
            version = self._latest.get(_database_name(engine))
            if version is None:
                return None
            full_key = (version, key)
            if full_key not in self._items:
                return None
            return full_key[0], self._items[full_key]

    def _get(self, version: tuple[str, int], key: Hashable, compute: Callable[[], T]) -> T:
        full_key = (version, key)
        me = threading.get_ident()
        with self._lock:
            if full_key in self._items:
                self._items.move_to_end(full_key)
                self.hits += 1
                return self._items[full_key]  # type: ignore[no-any-return]
            url = url_of(version[0])
            if self._latest.get(url, version) != version:
                # A version once replaced never comes back (numbers are never reused within an
                # epoch): what was computed for the others of this URL's database, or of the
                # database there before it, goes before the new value is made. At 100,000
                # projects one set of known names holds 70 MB; 32 stale copies of it were not
                # a cache. (A reader still in an older snapshot merely recomputes.)
                for stale in [k for k in self._items if url_of(k[0][0]) == url and k[0] != version]:
                    del self._items[stale]
            self._latest[url] = version
            running = self._computing.get(full_key)
            if running is None:
                pending: Future[Any] = Future()
                self._computing[full_key] = (me, pending)
        if running is not None and running[0] != me:
            try:
                value = running[1].result()
            except Exception:  # noqa: BLE001 (the computing request reports its own error)
                return compute()
            with self._lock:
                self.hits += 1
            return value  # type: ignore[no-any-return]
        if running is not None:  # computing it already, further up this thread's stack
            return compute()
        try:
            value = compute()
        except BaseException as exc:
            with self._lock:
                del self._computing[full_key]
            pending.set_exception(exc)
            raise
        with self._lock:
            del self._computing[full_key]
            self.misses += 1
            self._items[full_key] = value
            self._items.move_to_end(full_key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        pending.set_result(value)
        return value

    def has(self, session: Session, key: Hashable) -> bool:
        """Whether `get` would answer from the cache (without computing anything)."""
        version = current(session)
        if version is None:
            return False
        with self._lock:
            return (version, key) in self._items

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._latest.clear()
