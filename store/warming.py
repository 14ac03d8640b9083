"""Values kept per data version, built off the request path: once a process serves, and again
whenever the records change (on any worker or replica).

The first question after a start or a write used to build the names it is read against itself
(0.2 s of CPU at 10,000 projects, 2 s at 100,000), and every worker paid it once more. A thread
of each serving process watches the records' version instead (one small statement every
POLL_SECONDS) and builds them as soon as the version holds still: at start for the public
audience (and so every channel without private records), after a write for the few audiences
that asked lately (store/questions/known.py). What it builds goes into the very
caches a request reads, under the version its own read saw: a request never gets names of
another version or audience, and one that arrives mid-build waits for that build (which
started before it) rather than making a second.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import Engine, text

from store import data_version
from store.db import session_scope

log = logging.getLogger("minerals_bot.warming")

# With the epoch: a database recreated at the same URL may start at the same number again.
_RECORDS_VERSION = text(
    f"SELECT version, {data_version.EPOCH_COLUMN} FROM {data_version.TABLE} "
    f"WHERE scope = '{data_version.SCOPE}'"
)

POLL_SECONDS = 0.25
ERROR_PAUSE_SECONDS = 5.0  # the store unreachable: look again later, quietly


class Warming:
    """The thread that keeps the per-version names built; `passes` counts the builds done."""

    def __init__(self, engine: Engine, *, poll_seconds: float = POLL_SECONDS) -> None:
        self.engine = engine
        self.poll_seconds = poll_seconds
        self.passes = 0
        self.warmed: tuple[int, int] | None = None  # the records' (version, epoch) last built for
        self.audiences: list[Any] = []  # those the last pass built names for
        self._stop = threading.Event()
        self._done = threading.Condition()
        self._thread: threading.Thread | None = None

    def start(self) -> Warming:
        self._thread = threading.Thread(target=self._run, name="warming", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=10)

    def wait_for_passes(self, passes: int, timeout: float) -> bool:
        """Whether `passes` builds were done within `timeout` seconds (for tests)."""
        with self._done:
            return self._done.wait_for(lambda: self.passes >= passes, timeout)

    def _run(self) -> None:
        seen: tuple[int, int] | None = None
        pause = 0.0  # the first build at once: a process starts with nothing built
        while not self._stop.wait(pause):
            pause = self.poll_seconds
            try:
                version = self._records_version()
                # Built once the version holds still for a poll: during a bulk write (SQLite
                # moves the version with every row) nothing is built that is stale at once.
                settled = version == seen or self.warmed is None
                if version is not None and version != self.warmed and settled:
                    self._warm()
                    self.warmed = version
                seen = version
            except Exception:  # noqa: BLE001 (a request meets the same error and reports it)
                log.debug("warming the per-version names failed", exc_info=True)
                pause = ERROR_PAUSE_SECONDS

    def _records_version(self) -> tuple[int, int] | None:
        # Read-only: on SQLite a plain connection would BEGIN IMMEDIATE, taking the write lock.
        with session_scope(self.engine, read_only=True, per_statement=True) as session:
            found = session.execute(_RECORDS_VERSION).first()
        return None if found is None else (int(found[0]), int(found[1]))

    def _warm(self) -> None:
        # Imported here, on this thread: a process imports no model before it listens.
        from store.questions.known import warm

        with session_scope(self.engine, read_only=True) as session:
            audiences = warm(session, starting=self.warmed is None)
        with self._done:
            self.audiences = audiences
            self.passes += 1
            self._done.notify_all()


def start_warming(engine: Any) -> Warming:
    """A started `Warming` of `engine`'s store; `stop()` it before the engine is disposed."""
    return Warming(engine).start()
