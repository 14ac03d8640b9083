"""Text kept for the worker processes of one server on one host: what one worker computed,
another reads instead of computing it again.

A SQLite file in memory (/dev/shm where there is one) that the supervisor makes before it
forks and removes when it stops; each worker opens it after the fork. Every value is kept
with the data versions it was computed at (store/data_version.py: `None` for a scope it does
not read), and a put at newer versions drops the values of the versions they replaced, as
the per-process answer cache does. Bounded by count (the oldest go first) and by the file's
size (SQLite's max_page_count). It is a cache: a busy, full or missing file is a miss or a
value not kept, never an error. A request never writes the file itself: `put_later` hands
the value to the process's writer thread, so no answer waits for another worker's write
(SQLite's busy handler sleeps 1, 2, 5, 10 ms... while the other holds the write lock).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import queue
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "minerals-bot-answers-"  # then the supervisor's pid: /dev/shm/minerals-bot-answers-<pid>-<random>
# Held (flock) by the supervisor and, through the fork, its workers, until the last of them
# exits: a pid in a directory's name may be another PID namespace's, or reused since.
ALIVE = "alive.lock"

VersionsRead = tuple[int | None, int | None, int | None]  # records, notes, lists
# A worker waits this long for another's write; past it, a get is a miss and a put is skipped.
BUSY_TIMEOUT_S = 0.05
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY, database TEXT NOT NULL, "
    "records INTEGER, notes INTEGER, lists INTEGER, value TEXT NOT NULL)"
)
INSERT = "INSERT OR REPLACE INTO kept (key, database, records, notes, lists, value) VALUES (?, ?, ?, ?, ?, ?)"
PAGE_SIZE = 4096
READ, WRITE = "read", "write"  # a HostCache's two connections
# Puts between two trims to `max_items` (a trim is one DELETE by rowid).
TRIM_EVERY = 32
# Values waiting for the writer thread; past it a value is not kept (a burst of first
# readings larger than this is rare, and each is still in its worker's own cache).
PENDING_PUTS = 256
PendingPut = tuple[str, str, str, VersionsRead, tuple[int, int, int] | None]


class HostCache:
    """Values under text keys, shared by the processes that open one file."""

    def __init__(self, path: Path, *, max_items: int, max_bytes: int) -> None:
        self.path = path
        self.max_items = max_items
        self.max_bytes = max_bytes
        # A connection to read and one to write, each with its lock: a put waiting for another
        # worker's write (BUSY_TIMEOUT_S) must not hold up this worker's reads.
        self._locks = {READ: threading.Lock(), WRITE: threading.Lock()}
        # role -> (the process that opened it, the connection): a forked child opens its own
        self._conns: dict[str, tuple[int, sqlite3.Connection]] = {}
        self._versions: dict[
            str, tuple[int, int, int]
        ] = {}  # database (`url#epoch`) -> the versions last put
        self._puts = 0
        self._warned = False
        self._alive_fd: int | None = None  # the lock `create` holds (ALIVE)
        # (the process that started it, its queue, the thread): a forked child starts its own
        self._writer: tuple[int, queue.Queue[PendingPut | None], threading.Thread] | None = None
        self._writer_lock = threading.Lock()

    @classmethod
    def create(cls, *, max_items: int, max_bytes: int) -> HostCache:
        """A new file in a directory of its own (private to this user, named after this
        process); `remove` deletes it, and a later `create` what a killed process left."""
        shm = Path("/dev/shm")
        parent = shm if shm.is_dir() else Path(tempfile.gettempdir())
        _remove_orphans(parent)
        directory = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
        cache = cls(directory / "answers.db", max_items=max_items, max_bytes=max_bytes)
        cache._alive_fd = os.open(directory / ALIVE, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(cache._alive_fd, fcntl.LOCK_EX)
        with contextlib.closing(sqlite3.connect(cache.path)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            conn.execute(SCHEMA)
            conn.commit()
        return cache

    def remove(self) -> None:
        self.close()
        shutil.rmtree(self.path.parent, ignore_errors=True)
        if self._alive_fd is not None:
            os.close(self._alive_fd)
            self._alive_fd = None

    def close(self) -> None:
        self._stop_writer()
        for role, lock in self._locks.items():
            with lock:
                pid, conn = self._conns.pop(role, (0, None))
                if conn is not None and pid == os.getpid():
                    conn.close()

    def _open(self, role: str) -> sqlite3.Connection:
        pid, conn = self._conns.get(role, (0, None))
        if conn is None or pid != os.getpid():
            # Not the parent's connection after a fork (SQLite's locks are per process).
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA synchronous=OFF")  # a cache in memory: nothing to make durable
            pages = max(16, self.max_bytes // PAGE_SIZE)
            conn.execute(f"PRAGMA max_page_count={pages}")
            # The log is outside max_page_count: checkpointed (at SQLite's 1,000 pages, or a
            # quarter of the file's) and cut back, it adds about a quarter at most (while no reader
            # holds a checkpoint back).
            conn.execute(f"PRAGMA wal_autocheckpoint={min(1000, max(1, pages // 4))}")
            conn.execute(f"PRAGMA journal_size_limit={self.max_bytes // 4}")
            self._conns[role] = (os.getpid(), conn)
        return conn

    def get(self, key: str) -> str | None:
        with self._locks[READ]:
            try:
                row = self._open(READ).execute("SELECT value FROM kept WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error as exc:
                self._failed("read", exc)
                return None
        return None if row is None else str(row[0])

    def put(
        self, key: str, value: str, *, database: str, read: VersionsRead, current: tuple[int, int, int] | None
    ) -> None:
        """Keep `value` under `key`, computed at the versions `read` of `database` (None: a
        scope it does not read); `current`, all of the database's versions now, also drops
        the values of the versions they replaced."""
        if not self.max_items or len(value) > self.max_bytes // 8:
            return
        with self._locks[WRITE]:
            try:
                conn = self._open(WRITE)
                if current is not None and self._versions.get(database) != current:
                    self._forget_older(conn, database, current)
                row = (key, database, *read, value)
                try:
                    conn.execute(INSERT, row)
                except sqlite3.OperationalError as exc:
                    if "full" not in str(exc):
                        raise
                    # The file is at its size: the older half goes, and this one is kept.
                    conn.execute(
                        "DELETE FROM kept WHERE rowid <= (SELECT (min(rowid) + max(rowid)) / 2 FROM kept)"
                    )
                    conn.execute(INSERT, row)
                self._puts += 1
                if self._puts % TRIM_EVERY == 0:
                    self._trim(conn, self.max_items)
            except sqlite3.Error as exc:
                self._failed("write", exc)

    def put_later(
        self, key: str, value: str, *, database: str, read: VersionsRead, current: tuple[int, int, int] | None
    ) -> None:
        """`put`, done by this process's writer thread: the caller never waits for the file."""
        pending = self._pending()
        with contextlib.suppress(queue.Full):  # a cache: a value not kept
            pending.put_nowait((key, value, database, read, current))

    def flush(self) -> None:
        """Wait until this process's writer has written what was handed to it."""
        writer = self._writer
        if writer is not None and writer[0] == os.getpid():
            writer[1].join()

    def _pending(self) -> queue.Queue[PendingPut | None]:
        with self._writer_lock:
            if self._writer is None or self._writer[0] != os.getpid():
                pending: queue.Queue[PendingPut | None] = queue.Queue(maxsize=PENDING_PUTS)
                thread = threading.Thread(
                    target=self._write_pending, args=(pending,), name="shared-answers-writer", daemon=True
                )
                thread.start()
                self._writer = (os.getpid(), pending, thread)
            return self._writer[1]

    def _write_pending(self, pending: queue.Queue[PendingPut | None]) -> None:
        while True:
            item = pending.get()
            try:
                if item is None:
                    return
                key, value, database, read, current = item
                self.put(key, value, database=database, read=read, current=current)
            except Exception:  # noqa: BLE001 - the writer must outlive any one value
                log.exception("the answers shared between workers: a value could not be kept")
            finally:
                pending.task_done()

    def _stop_writer(self) -> None:
        with self._writer_lock:
            writer, self._writer = self._writer, None
        if writer is None or writer[0] != os.getpid():
            return
        _pid, pending, thread = writer
        with contextlib.suppress(queue.Full):
            pending.put(None, timeout=1.0)
        thread.join(timeout=1.0)

    def _forget_older(self, conn: sqlite3.Connection, database: str, current: tuple[int, int, int]) -> None:
        # Version numbers are never reused within an epoch: what other numbers, or the database
        # recreated since at the same URL (another epoch), were computed at is never asked for
        # again (every worker sees the new numbers before it asks).
        url, _mark, _epoch = database.rpartition("#")  # as store/data_version.url_of
        if url:
            conn.execute(
                "DELETE FROM kept WHERE database <> ? AND substr(database, 1, ?) = ?",
                (database, len(url) + 1, url + "#"),
            )
        for column, number in zip(("records", "notes", "lists"), current, strict=True):
            conn.execute(
                f"DELETE FROM kept WHERE database = ? AND {column} IS NOT NULL AND {column} <> ?",
                (database, number),
            )
        self._versions[database] = current

    @staticmethod
    def _trim(conn: sqlite3.Connection, keep: int) -> None:
        # INSERT OR REPLACE gives a replaced key a new rowid: rowid order is the order of puts.
        conn.execute("DELETE FROM kept WHERE rowid <= (SELECT max(rowid) FROM kept) - ?", (keep,))

    def _failed(self, what: str, exc: sqlite3.Error) -> None:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return  # another worker is writing: a miss, as expected now and then
        if not self._warned:  # once per process: a full /dev/shm would fail every put
            self._warned = True
            log.warning("the answers shared between workers: a %s failed (%s); each keeps its own", what, exc)


def _remove_orphans(parent: Path) -> None:
    """The directories of servers that were killed before they could remove theirs."""
    for directory in parent.glob(f"{PREFIX}*"):
        try:
            if directory.stat().st_uid != os.getuid() or _alive(directory):
                continue
        except (ValueError, OSError):
            continue
        shutil.rmtree(directory, ignore_errors=True)


def _alive(directory: Path) -> bool:
    try:
        fd = os.open(directory / ALIVE, os.O_RDWR)
    except FileNotFoundError:  # made before its lock (or by an older version): its pid says
        pid = int(directory.name.removeprefix(PREFIX).split("-", 1)[0])
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True  # alive, or another user's
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
