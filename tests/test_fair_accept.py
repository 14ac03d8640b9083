"""A pre-forked worker's share of the connections (bot/fair_accept.py), one worker in this
process and the other played by the shared loads and, where it takes a connection, a thread.

What it guards: uvloop accepts every waiting connection at each readiness, so the first worker
to wake took a whole burst (all 16 of a pool's keep-alive connections in some measured passes)
and the second idled. A worker now takes one at a time, leaves a connection to a less busy
worker first, and takes it itself when nobody else does, so a stopped worker stalls nothing.
"""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from bot import fair_accept
from bot.fair_accept import FairAcceptServer, WorkerLoads
from bot.server import listening_socket

pytestmark = pytest.mark.skipif(not hasattr(socket, "SO_REUSEADDR"), reason="POSIX sockets")


async def hello(_request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


class Running:
    def __init__(self, server: FairAcceptServer, thread: threading.Thread, port: int) -> None:
        self.server, self.thread, self.port = server, thread, port

    def connect(self) -> socket.socket:
        """A keep-alive connection that has had one answer (so the server holds it open)."""
        conn = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        conn.sendall(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        answer = b""
        while not answer.endswith(b"ok"):  # headers and body: two writes, maybe two reads
            chunk = conn.recv(4096)
            assert chunk, answer
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"ok"), answer
        return conn


class OtherWorker:
    """Slot 1 of the shared loads, played by the test: while `alive` it publishes (as a worker's
    timer does) whatever count the test gives it."""

    def __init__(self, loads: WorkerLoads) -> None:
        self.loads = loads
        self.alive = threading.Event()
        self.alive.set()
        self.done = threading.Event()
        threading.Thread(target=self._beat, daemon=True).start()

    def _beat(self) -> None:
        while not self.done.wait(0.01):
            if self.alive.is_set():
                self.loads.set(1, self.loads.get(1))


@pytest.fixture
def loads() -> Iterator[WorkerLoads]:
    shared = WorkerLoads(2)
    other = OtherWorker(shared)
    shared.other = other  # type: ignore[attr-defined]
    yield shared
    other.done.set()


@pytest.fixture
def defer_seconds() -> float:
    return fair_accept.DEFER_SECONDS


@pytest.fixture(params=["uvloop", "asyncio"])
def loop(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def worker(loads: WorkerLoads, defer_seconds: float, loop: str) -> Iterator[Running]:
    """Worker slot 0 serving on a listening socket of its own in a thread; slot 1 is the
    test's to play."""
    sock = listening_socket("127.0.0.1", 0)
    config = uvicorn.Config(
        Starlette(routes=[Route("/", hello)]),
        log_level="warning",
        access_log=False,
        lifespan="off",
        loop=loop,  # type: ignore[arg-type]
    )
    server = FairAcceptServer(config, sock, slot=0, loads=loads, defer_seconds=defer_seconds)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the worker did not start"
        time.sleep(0.01)
    try:
        yield Running(server, thread, sock.getsockname()[1])
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def wait_for(condition: object, what: str, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.005)


def test_a_worker_no_busier_than_the_others_takes_each_connection_at_once(worker, loads):
    loads.set(1, 5)  # the other worker holds five
    conns = [worker.connect() for _ in range(5)]
    try:
        assert worker.server.deferred == 0
        wait_for(lambda: loads.get(0) == 5, "the worker's count of its open connections")
    finally:
        for conn in conns:
            conn.close()


@pytest.mark.parametrize("defer_seconds", [0.05])
def test_a_busier_worker_takes_a_connection_nobody_else_took_after_a_short_wait(worker, loads):
    """The other worker (stopped, or gone) never accepts: the connection is served anyway."""
    loads.set(1, 0)
    first = worker.connect()  # 0 against 0: at once
    assert worker.server.deferred == 0
    began = time.monotonic()
    second = worker.connect()  # 1 against 0: left to the other first, then taken
    waited = time.monotonic() - began
    try:
        assert worker.server.deferred == 1
        assert waited >= 0.05
        wait_for(lambda: loads.get(0) == 2, "both connections counted")
    finally:
        first.close()
        second.close()
    # Closed connections are counted out within PUBLISH_SECONDS.
    wait_for(lambda: loads.get(0) == 0, "closed connections counted out")


@pytest.mark.parametrize("defer_seconds", [1.0])  # ample time for the rival below
def test_a_busier_worker_leaves_a_new_connection_to_a_less_busy_one(worker, loads):
    loads.set(1, 0)
    first = worker.connect()
    taken: list[socket.socket] = []
    listener = worker.server.sock.dup()  # the same listening socket (and its O_NONBLOCK)

    def rival() -> None:  # the other worker, idle: accepts once the busier one has deferred
        wait_for(lambda: worker.server.deferred == 1, "the busier worker left it")
        while not taken:
            ready, _, _ = select.select([listener], [], [], 5)
            if not ready:
                return
            try:
                taken.append(listener.accept()[0])
            except BlockingIOError:
                continue  # the worker under test took it

    thread = threading.Thread(target=rival, daemon=True)
    thread.start()
    second = socket.create_connection(("127.0.0.1", worker.port), timeout=5)
    try:
        thread.join(timeout=5)
        assert len(taken) == 1, "the less busy worker got the new connection"
        assert worker.server.deferred == 1
        time.sleep(1.2)  # past the deferral: the worker found nothing left to take
        assert loads.get(0) == 1
    finally:
        for conn in (first, second, *taken):
            conn.close()
        listener.close()


@pytest.mark.parametrize("defer_seconds", [1.0])
def test_a_worker_that_stopped_publishing_is_not_waited_for(worker, loads):
    """A stopped, blocked or dead worker publishes nothing: however few connections it was
    last seen with, nobody leaves it a new connection (else each would wait the full pause)."""
    loads.set(1, 0)
    first = worker.connect()
    loads.other.alive.clear()
    loads.set(1, 0, alive=False)  # as the supervisor marks a dead worker's slot
    began = time.monotonic()
    second = worker.connect()
    try:
        assert time.monotonic() - began < 0.5  # not the 1 s pause
        assert worker.server.deferred == 0
    finally:
        second.close()
        first.close()
    # Silent for longer than three publishing periods: the same, with no mark at all.
    loads.other.alive.set()
    time.sleep(0.05)
    loads.other.alive.clear()
    time.sleep(4 * fair_accept.PUBLISH_SECONDS)
    third, fourth = worker.connect(), worker.connect()
    third.close()
    fourth.close()
    assert worker.server.deferred == 0
