"""Connections shared fairly between pre-forked workers on one listening socket.

uvicorn hands a shared socket to its event loop, and uvloop (libuv) accepts every connection
waiting there each time the socket is readable. Whichever worker wakes first takes a whole
burst: measured with 2 workers and 16 keep-alive clients (a proxy's pool, or the bench), one
worker held all 16 connections for a whole pass in some passes and 12 of 16 in others, so the
second worker idled while the first queued requests on one core (p99 3-6x bare Bolt's).

Here a worker accepts one connection per readiness, and one that holds more open connections
than the least-loaded other worker leaves the next connection to it for a moment (DEFER_SECONDS)
before taking it itself (nginx's `multi_accept off`, plus a least-connections rule). The counts live
in shared memory that the supervisor makes before it forks. A stopped, crashed or busy worker
cannot stall a connection: past the deferral, whoever is awake takes it.
"""

from __future__ import annotations

import asyncio
import ctypes
import errno
import logging
import multiprocessing.sharedctypes
import socket
import time
from typing import Any

import uvicorn

log = logging.getLogger("minerals_bot.server")

# How long a busier worker leaves a waiting connection to a less busy one (which, awake and
# idle, accepts in microseconds); a connection's first request waits at most this long more
# (WEB_ACCEPT_WAIT_MS).
DEFER_SECONDS = 0.002
# How often a worker rewrites its count between accepts: closed connections are noticed
# this late by the others (they then merely take a little more than their share).
PUBLISH_SECONDS = 0.05
# Out of file descriptors: stop accepting this long (what asyncio's own server does).
EMFILE_PAUSE_SECONDS = 1.0
# Errors of one connection that died in the accept queue: the next may be fine.
# (Linux also passes a pending network error of the new connection to accept(): man 2 accept.)
_ACCEPT_RETRY = {
    errno.ECONNABORTED,
    errno.EPROTO,
    errno.EPERM,
    errno.EINTR,
    errno.ENETDOWN,
    errno.ENOPROTOOPT,
    errno.EHOSTDOWN,
    errno.ENONET,
    errno.EHOSTUNREACH,
    errno.EOPNOTSUPP,
    errno.ENETUNREACH,
}
_NO_RESOURCES = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


class WorkerLoads:
    """Open connections per worker slot, in memory the forked workers share."""

    def __init__(self, workers: int) -> None:
        self._counts: Any = multiprocessing.sharedctypes.RawArray(ctypes.c_int, workers)
        # When each slot last published (time.monotonic, system-wide): a worker that is stopped,
        # blocked, dead or still starting stops publishing, and nobody defers to it.
        self._beats: Any = multiprocessing.sharedctypes.RawArray(ctypes.c_double, workers)
        self.workers = workers

    def set(self, slot: int, count: int, *, alive: bool = True) -> None:
        self._counts[slot] = count
        self._beats[slot] = time.monotonic() if alive else 0.0

    def get(self, slot: int) -> int:
        return int(self._counts[slot])

    def least_other(self, slot: int) -> int | None:
        """The fewest connections any other worker holds (None: there is no other)."""
        fresh = time.monotonic() - 3 * PUBLISH_SECONDS
        others = [self._counts[i] for i in range(self.workers) if i != slot and self._beats[i] >= fresh]
        return min(others) if others else None


class FairAcceptServer(uvicorn.Server):
    """uvicorn's server for one pre-forked worker, accepting from the shared `sock` itself."""

    def __init__(
        self,
        config: uvicorn.Config,
        sock: socket.socket,
        *,
        slot: int,
        loads: WorkerLoads,
        defer_seconds: float = DEFER_SECONDS,
    ) -> None:
        super().__init__(config)
        self.defer_seconds = defer_seconds
        self.sock = sock
        self.slot = slot
        self.loads = loads
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reading = False
        self._closing = False
        self._opening = 0  # accepted, not yet handed to a protocol
        self.deferred = 0  # connections first left to a less busy worker
        self._publisher: asyncio.TimerHandle | None = None
        self._handoffs: set[asyncio.Task[Any]] = set()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])  # the lifespan; no server of uvicorn's own
        if not self.started:
            return
        self._loop = asyncio.get_running_loop()
        self.sock.setblocking(False)
        self._publish_now_and_later()
        self._resume()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self._closing = True
        self._pause()
        if self._publisher is not None:
            self._publisher.cancel()
        self.loads.set(self.slot, 0, alive=False)  # accepting no more: nobody defers to it
        if self._handoffs:  # accepted connections get their protocol, so uvicorn closes them too
            await asyncio.wait(self._handoffs, timeout=1)
        await super().shutdown(sockets=None)

    def _open_connections(self) -> int:
        return len(self.server_state.connections) + self._opening

    def _publish(self) -> int:
        count = self._open_connections()
        self.loads.set(self.slot, count)
        return count

    def _publish_now_and_later(self) -> None:
        self._publish()
        assert self._loop is not None
        self._publisher = self._loop.call_later(PUBLISH_SECONDS, self._publish_now_and_later)

    def _resume(self) -> None:
        if not self._reading and not self.should_exit and not self._closing and self._loop is not None:
            self._loop.add_reader(self.sock.fileno(), self._readable)
            self._reading = True

    def _pause(self) -> None:
        if self._reading and self._loop is not None:
            self._loop.remove_reader(self.sock.fileno())
            self._reading = False

    def _readable(self) -> None:
        mine = self._publish()
        least = self.loads.least_other(self.slot)
        if least is not None and least < mine:
            # A less busy worker should take it; if none has within defer_seconds, this one does.
            self.deferred += 1
            self._pause()
            assert self._loop is not None
            self._loop.call_later(self.defer_seconds, self._take_deferred)
            return
        self._accept_one()

    def _take_deferred(self) -> None:
        if self.should_exit or self._closing:
            return
        if self._accept_one():  # else it stays paused (out of descriptors): its timer resumes
            self._resume()

    def _accept_one(self) -> bool:
        """Accept one waiting connection, if any; False when accepting must pause."""
        try:
            conn, _address = self.sock.accept()
        except (BlockingIOError, InterruptedError):
            return True  # another worker took it
        except OSError as exc:
            if exc.errno in _NO_RESOURCES:
                log.error("cannot accept connections (%s); trying again in %.0f s", exc, EMFILE_PAUSE_SECONDS)
                self._pause()
                assert self._loop is not None
                self._loop.call_later(EMFILE_PAUSE_SECONDS, self._resume)
                return False
            if exc.errno not in _ACCEPT_RETRY:
                log.warning("accept failed: %s", exc)  # one connection's; the next may be fine
            return True
        conn.setblocking(False)
        self._opening += 1
        self._publish()
        assert self._loop is not None
        task = self._loop.create_task(self._hand_off(conn))
        self._handoffs.add(task)
        task.add_done_callback(self._handoffs.discard)
        return True

    async def _hand_off(self, conn: socket.socket) -> None:
        config = self.config
        try:
            await asyncio.get_running_loop().connect_accepted_socket(
                lambda: config.http_protocol_class(  # type: ignore[call-arg] # as uvicorn makes one
                    config=config, server_state=self.server_state, app_state=self.lifespan.state
                ),
                conn,
                ssl=config.ssl,
            )
        except OSError as exc:  # the client went away before its transport was made
            log.debug("an accepted connection closed before it was served: %s", exc)
            conn.close()
        finally:
            self._opening -= 1
