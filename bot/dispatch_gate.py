"""How many Slack requests one HTTP process works on at once (WEB_THREADS).

Bolt is synchronous, so each request runs on a thread of anyio's pool (40 by default). Past a
few, more threads add no throughput under the GIL: they take turns with each other and with
the event loop, and every turn costs. With 16 clients asking for names no process had
answered (PostgreSQL), the p99 of `project <name>` fell from 97 to 53 ms on one worker and
from 80 to 44 ms on two with 4 threads instead of 40, the server's CPU a request 15-20%
lower (docs/perf/dispatch-threads-ab-2026-12-02.md). So a request waits, in arrival order, for one
of WEB_THREADS turns; the loop goes on reading and accepting meanwhile.

It never waits longer than MAX_WAIT_SECONDS: past it the request runs anyway. A few requests
held by a database lock (SQLite's busy timeout at the ack is 1.5 s) must not hold the others
back past Slack's 3-second limit; such a wait costs no CPU, so the extra thread is cheap.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import TypeVar

import anyio

T = TypeVar("T")
A = TypeVar("A")

MAX_WAIT_SECONDS = 0.1


class DispatchGate:
    """Runs a synchronous call on a worker thread, at most `size` at once per event loop."""

    def __init__(self, size: int, *, max_wait: float | None = None) -> None:
        self.size = size
        self.max_wait = MAX_WAIT_SECONDS if max_wait is None else max_wait
        self.waited_out = 0  # calls that ran without a turn, after max_wait
        # One limiter per event loop (a limiter belongs to the loop it was made in; a forked
        # worker, or a test, runs its own).
        self._limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
            weakref.WeakKeyDictionary()
        )

    def _limiter(self) -> anyio.CapacityLimiter:
        loop = asyncio.get_running_loop()
        limiter = self._limiters.get(loop)
        if limiter is None:
            limiter = self._limiters[loop] = anyio.CapacityLimiter(self.size)
        return limiter

    async def run(self, call: Callable[[A], T], argument: A) -> T:
        limiter = self._limiter()
        turn = False
        try:  # a free turn costs no timer and no pass through the loop
            limiter.acquire_nowait()
            turn = True
        except anyio.WouldBlock:
            with anyio.move_on_after(self.max_wait):
                await limiter.acquire()
                turn = True
        if not turn:
            self.waited_out += 1
        try:
            return await anyio.to_thread.run_sync(call, argument)
        finally:
            if turn:
                limiter.release()
