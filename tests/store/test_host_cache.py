"""The file the worker processes of one server share their answers through (store/host_cache.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator

import pytest

from store import host_cache
from store.host_cache import HostCache

DB = "postgresql://db"
NOW = (1, 7, 5)  # records, notes, lists


@pytest.fixture
def cache() -> Iterator[HostCache]:
    made = HostCache.create(max_items=100, max_bytes=1_000_000)
    yield made
    made.remove()


def test_a_value_put_is_read_back_and_the_file_goes_with_remove() -> None:
    cache = HostCache.create(max_items=10, max_bytes=100_000)
    assert cache.get("k") is None
    cache.put("k", "v", database=DB, read=(1, None, None), current=NOW)
    assert cache.get("k") == "v"
    cache.remove()
    assert not cache.path.parent.exists()
    assert cache.get("k") is None  # a missing file is a miss, never an error


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pre-fork workers: fork")
def test_what_a_forked_worker_puts_the_other_processes_read(cache: HostCache) -> None:
    cache.put("parent", "p", database=DB, read=(1, None, None), current=NOW)  # opened before the fork
    pid = os.fork()
    if pid == 0:  # the worker: its own connection, not the parent's
        code = 1
        try:
            if cache.get("parent") == "p":
                cache.put("child", "c", database=DB, read=(1, 7, None), current=NOW)
                code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert cache.get("child") == "c"


def test_new_versions_drop_what_was_read_at_the_old_ones(cache: HostCache) -> None:
    cache.put("projects", "1", database=DB, read=(1, None, None), current=NOW)
    cache.put("upcoming", "2", database=DB, read=(None, 7, None), current=NOW)
    cache.put("following", "3", database=DB, read=(None, None, 5), current=NOW)
    cache.put("help", "4", database=DB, read=(None, None, None), current=NOW)
    cache.put("other db", "5", database="sqlite:///other", read=(1, None, None), current=NOW)
    cache.put("projects'", "6", database=DB, read=(2, None, None), current=(2, 7, 5))  # records changed
    assert cache.get("projects") is None
    assert [cache.get(k) for k in ("upcoming", "following", "help", "other db", "projects'")] == list("23456")
    other = HostCache(cache.path, max_items=100, max_bytes=1_000_000)  # another worker, a follow
    other.put("following'", "7", database=DB, read=(None, None, 6), current=(2, 7, 6))
    assert cache.get("following") is None and cache.get("upcoming") == "2"


def test_the_oldest_go_first_beyond_the_count(cache: HostCache) -> None:
    cache.max_items = 40
    for n in range(2 * host_cache.TRIM_EVERY + 10):
        cache.put(f"k{n}", str(n), database=DB, read=(1, None, None), current=NOW)
    with sqlite3.connect(cache.path) as conn:
        assert conn.execute("SELECT count(*) FROM kept").fetchone()[0] <= 40 + host_cache.TRIM_EVERY
    assert cache.get("k0") is None and cache.get(f"k{2 * host_cache.TRIM_EVERY + 9}") is not None


def test_a_full_file_drops_its_older_half_for_the_next_value_and_never_raises() -> None:
    cache = HostCache.create(max_items=1000, max_bytes=16 * host_cache.PAGE_SIZE)  # the smallest file
    try:
        big = "x" * (cache.max_bytes // 8)
        for n in range(40):
            cache.put(f"k{n}", big, database=DB, read=(1, None, None), current=NOW)
        assert cache.path.stat().st_size <= cache.max_bytes
        assert cache.get("k39") is not None and cache.get("k0") is None
        cache.put("too big", "x" * cache.max_bytes, database=DB, read=(1, None, None), current=NOW)
        assert cache.get("too big") is None
    finally:
        cache.remove()


def test_a_file_another_process_holds_locked_is_a_value_not_kept(cache: HostCache) -> None:
    with sqlite3.connect(cache.path, isolation_level=None) as other:
        other.execute("BEGIN IMMEDIATE")  # another worker in the middle of a write
        cache.put("k", "v", database=DB, read=(1, None, None), current=NOW)  # waits 50 ms, then skips
        other.execute("COMMIT")
    assert cache.get("k") is None
    cache.put("k", "v", database=DB, read=(1, None, None), current=NOW)
    assert cache.get("k") == "v"


def test_what_a_killed_server_left_goes_when_the_next_one_starts(tmp_path) -> None:
    import subprocess

    parent = HostCache.create(max_items=10, max_bytes=100_000)
    where = parent.path.parent.parent
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = where / f"{host_cache.PREFIX}{int(gone.stdout)}-left"
    dead.mkdir()
    (dead / "answers.db").write_bytes(b"")
    try:
        made = HostCache.create(max_items=10, max_bytes=100_000)
        assert not dead.exists()
        assert parent.path.exists()  # a live server's (this process's) stays
        assert made.path.parent.name.startswith(f"{host_cache.PREFIX}{os.getpid()}-")
        made.remove()
    finally:
        parent.remove()
        if dead.exists():
            dead.rmdir()


def _a_dead_pid() -> int:
    import subprocess

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(gone.stdout)


def test_a_live_server_whose_pid_means_nothing_here_keeps_its_file() -> None:
    """Another container sharing /dev/shm names its directory after a pid of its own PID
    namespace, one that is no process here: its server is alive all the same."""
    live = HostCache.create(max_items=10, max_bytes=100_000)
    elsewhere = live.path.parent.with_name(f"{host_cache.PREFIX}{_a_dead_pid()}-elsewhere")
    live.path.parent.rename(elsewhere)
    live.path = elsewhere / live.path.name
    try:
        HostCache.create(max_items=10, max_bytes=100_000).remove()  # the other server starts
        assert live.path.exists()
        live.put("k", "v", database=DB, read=(1, None, None), current=NOW)
        assert live.get("k") == "v"
    finally:
        live.remove()


def test_a_killed_servers_file_goes_even_when_its_pid_was_given_to_another_process() -> None:
    killed = HostCache.create(max_items=10, max_bytes=100_000)
    killed.close()
    if getattr(killed, "_alive_fd", None) is not None:  # as the kernel does when the server dies
        os.close(killed._alive_fd)
    reused = killed.path.parent.with_name(f"{host_cache.PREFIX}{os.getppid()}-reused")  # a live pid now
    killed.path.parent.rename(reused)
    try:
        HostCache.create(max_items=10, max_bytes=100_000).remove()
        assert not reused.exists()
    finally:
        shutil.rmtree(reused, ignore_errors=True)


def test_a_value_handed_to_the_writer_is_in_the_file_once_flushed(cache: HostCache) -> None:
    cache.put_later("k", "v", database=DB, read=(1, None, None), current=NOW)
    cache.flush()
    assert cache.get("k") == "v"


def test_handing_a_value_over_never_waits_for_another_workers_write(monkeypatch) -> None:
    """The request that computed an answer returns at once, however long another worker
    holds the file's write lock; the value is written once the lock is free."""
    import time

    monkeypatch.setattr(host_cache, "BUSY_TIMEOUT_S", 3.0)
    cache = HostCache.create(max_items=100, max_bytes=1_000_000)
    try:
        with sqlite3.connect(cache.path, isolation_level=None) as other:
            other.execute("BEGIN IMMEDIATE")  # another worker in the middle of a write
            started = time.monotonic()
            for n in range(3):
                cache.put_later(f"k{n}", "v", database=DB, read=(1, None, None), current=NOW)
            assert time.monotonic() - started < 0.5  # not the writer's wait for the lock
            other.execute("COMMIT")
        cache.flush()
        assert [cache.get(f"k{n}") for n in range(3)] == ["v", "v", "v"]
    finally:
        cache.remove()


def test_a_burst_beyond_the_writers_queue_drops_values_and_never_blocks(monkeypatch) -> None:
    import time

    monkeypatch.setattr(host_cache, "BUSY_TIMEOUT_S", 0.2)
    monkeypatch.setattr(host_cache, "PENDING_PUTS", 4)
    cache = HostCache.create(max_items=100, max_bytes=1_000_000)
    try:
        with sqlite3.connect(cache.path, isolation_level=None) as other:
            other.execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            for n in range(50):
                cache.put_later(f"k{n}", "v", database=DB, read=(1, None, None), current=NOW)
            assert time.monotonic() - started < 0.5
            other.execute("COMMIT")
        cache.flush()
        kept = [n for n in range(50) if cache.get(f"k{n}") is not None]
        assert len(kept) < 50  # the queue's bound held: the rest were not kept
        cache.put_later("after", "v", database=DB, read=(1, None, None), current=NOW)
        cache.flush()
        assert cache.get("after") == "v"  # the writer lives on
    finally:
        cache.remove()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pre-fork workers: fork")
def test_a_forked_worker_starts_its_own_writer(cache: HostCache) -> None:
    cache.put_later("parent", "p", database=DB, read=(1, None, None), current=NOW)  # writer before the fork
    cache.flush()
    pid = os.fork()
    if pid == 0:  # the parent's writer thread does not exist in the child
        code = 1
        try:
            cache.put_later("child", "c", database=DB, read=(1, None, None), current=NOW)
            cache.flush()
            code = 0 if cache.get("child") == "c" else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert cache.get("child") == "c"


def test_the_file_with_its_write_ahead_log_stays_near_its_size_bound() -> None:
    cache = HostCache.create(max_items=1000, max_bytes=1_000_000)
    try:
        peak = 0
        for n in range(300):
            cache.put(f"k{n}", "x" * 100_000, database=DB, read=(1, None, None), current=NOW)
            peak = max(peak, sum(p.stat().st_size for p in cache.path.parent.iterdir()))
        assert peak <= 1.5 * cache.max_bytes
    finally:
        cache.remove()


def test_a_put_waiting_for_another_workers_write_holds_up_no_read_in_this_worker(monkeypatch) -> None:
    """WAL: a reader never waits for a writer, across processes and within one."""
    import threading
    import time

    monkeypatch.setattr(host_cache, "BUSY_TIMEOUT_S", 3.0)
    cache = HostCache.create(max_items=100, max_bytes=1_000_000)
    try:
        cache.put("kept", "v", database=DB, read=(1, None, None), current=NOW)
        waiting = threading.Event()
        forget = HostCache._forget_older

        def forget_and_wait(self: HostCache, *args: object) -> None:
            waiting.set()
            forget(self, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(HostCache, "_forget_older", forget_and_wait)
        with sqlite3.connect(cache.path, isolation_level=None) as other:
            other.execute("BEGIN IMMEDIATE")  # another worker in the middle of a write
            put = threading.Thread(
                target=cache.put,
                args=("new", "w"),
                kwargs={"database": DB, "read": (2, None, None), "current": (2, 7, 5)},
            )
            put.start()
            assert waiting.wait(3)
            started = time.monotonic()
            assert cache.get("kept") == "v"
            assert time.monotonic() - started < 1.0  # not the put's 3 s
            other.execute("COMMIT")
            put.join()
    finally:
        cache.remove()


def test_a_database_recreated_at_the_same_url_drops_what_was_read_from_the_old_one(cache: HostCache) -> None:
    old, new = "sqlite:///minerals.db#11", "sqlite:///minerals.db#22"  # store/data_version: url#epoch
    cache.put("upcoming", "1", database=old, read=(None, 7, None), current=(1, 7, 5))
    cache.put("other db", "2", database="sqlite:///other.db#11", read=(1, None, None), current=(1, 7, 5))
    cache.put("projects", "3", database=new, read=(1, None, None), current=(1, 7, 5))  # the same numbers
    assert cache.get("upcoming") is None
    assert [cache.get(k) for k in ("other db", "projects")] == ["2", "3"]
