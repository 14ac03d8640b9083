"""Load for the benchmark: signed Slack request bodies and a lean keep-alive HTTP/1.1 client.

The client is plain asyncio streams so that the load generator, which shares the machine's
cores with the server under test, costs as little CPU per request as possible.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tests import slack_requests

SECRET = "bench-signing-secret"


@contextlib.contextmanager
def in_process_bot(database_url: str, *, token: str, **app_options: Any) -> Iterator[tuple[Any, Any, Any]]:
    """The real app, its services and the local Slack it talks to, in this process: what the
    profile and cost tools measure requests against (imported late: the bench's other modes
    start the bot as a subprocess)."""
    from bot.app import create_app, make_client, make_services
    from bot.core.settings import load_settings
    from bot.local_slack import LocalSlack

    with LocalSlack() as slack:
        settings = load_settings(
            slack_bot_token=token,
            slack_signing_secret=SECRET,
            slack_api_url=slack.api_url,
            database_url=database_url,
        )
        services, client = make_services(settings), make_client(settings)
        yield create_app(settings, client=client, services=services, **app_options), services, slack


HOST = "127.0.0.1"


def signed_headers(body: bytes, content_type: str, secret: str = SECRET) -> dict[str, str]:
    """Slack's v0 signature over `v0:{timestamp}:{body}` (what Bolt checks)."""
    return slack_requests.signed_headers(secret, body, content_type=content_type)


def command_body(
    text: str,
    *,
    response_url: str,
    channel: str = "C0BENCH",
    user: str = "U0BENCH",
    command: str = "/minerals",
) -> bytes:
    """A slash command as Slack posts it (form-encoded)."""
    return slack_requests.slash_command_body(
        text,
        user_id=user,
        channel_id=channel,
        command=command,
        response_url=response_url,
        trigger_id=f"1.2.{time.monotonic_ns()}",
        channel_name="bench",
    ).encode()


def message_event_body(text: str, *, seq: int, channel: str = "C0BENCH", user: str = "U0ALICE") -> bytes:
    """A `message` event callback with a unique event id and message ts."""
    ts = f"{1_700_000_000 + seq // 1000}.{seq % 1000:06d}"
    event = slack_requests.message_event(text, user=user, channel=channel, ts=ts)
    return slack_requests.event_body(event, event_id=f"EvBENCH{time.monotonic_ns()}x{seq}").encode()


class HttpError(Exception):
    pass


class Connection:
    """One keep-alive HTTP/1.1 connection (what a Slack edge keeps open to an app)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def _open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(HOST, self.port)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        for attempt in (0, 1):  # a keep-alive connection the server closed is reopened once
            if self.writer is None:
                await self._open()
            try:
                return await self._exchange(method, path, body, headers or {})
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    async def _exchange(
        self, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> tuple[int, bytes]:
        assert self.reader is not None and self.writer is not None
        head = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{self.port}", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        fields = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                fields[k.strip().lower()] = v.strip()
        if "content-length" in fields:
            data = await self.reader.readexactly(int(fields["content-length"]))
        elif fields.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                parts.append(chunk[:-2])
            data = b"".join(parts)
        else:
            data = await self.reader.read()
            await self.close()
        if fields.get("connection", "").lower() == "close":
            await self.close()
        return status, data


@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    settled_ms: list[float] = field(default_factory=list)  # to the work after the ack (`settle`)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0  # wall time of the whole run

    @property
    def per_second(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0


RequestMaker = Callable[[int], tuple[bytes, dict[str, str]]]
Checker = Callable[[int, bytes], str | None]  # (status, body) -> problem or None
# Waits for the i-th request's work after the ack: its problem, or None when done as wanted.
Settler = Callable[[int], Awaitable[str | None]]


async def closed_loop(
    port: int,
    make: RequestMaker,
    requests: int,
    clients: int,
    check: Checker | None = None,
    path: str = "/slack/events",
    settle: Settler | None = None,
) -> LoadResult:
    """`clients` connections, each sending its next request as soon as the last is answered;
    with `settle`, as soon as the last one's work after the ack is done too (a member who asked
    for a file waits for it before asking again)."""
    result = LoadResult()
    counter = iter(range(requests))
    conns = [Connection(port) for _ in range(clients)]

    async def worker(conn: Connection) -> None:
        for i in counter:
            body, headers = make(i)
            start = time.perf_counter()
            try:
                status, data = await conn.request("POST", path, body, headers)
            except (OSError, asyncio.IncompleteReadError, HttpError) as exc:
                result.errors.append(f"{type(exc).__name__}: {exc}")
                continue
            elapsed = (time.perf_counter() - start) * 1000
            problem = check(status, data) if check else (None if status == 200 else f"HTTP {status}")
            if problem:
                result.errors.append(problem)
                continue
            result.latencies_ms.append(elapsed)
            if settle is not None:
                try:
                    settled = await settle(i)
                except TimeoutError:
                    settled = "no reply after the ack"
                if settled:  # a failed reply is an error, never a reply time
                    result.errors.append(f"request {i}: {settled}")
                    continue
                result.settled_ms.append((time.perf_counter() - start) * 1000)

    began = time.perf_counter()
    try:
        await asyncio.gather(*(worker(c) for c in conns))
    finally:
        result.seconds = time.perf_counter() - began
        await asyncio.gather(*(c.close() for c in conns))
    return result


def run_closed_loop(
    port: int,
    make: RequestMaker,
    requests: int,
    clients: int,
    check: Checker | None = None,
    settle: Settler | None = None,
) -> LoadResult:
    return asyncio.run(closed_loop(port, make, requests, clients, check, settle=settle))


async def _get(port: int, path: str) -> int:
    conn = Connection(port)
    try:
        status, _ = await conn.request("GET", path)
        return status
    finally:
        await conn.close()


def get_status(port: int, path: str = "/healthz") -> int | None:
    """The status of one GET, or None when nothing answers yet."""
    try:
        return asyncio.run(_get(port, path))
    except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
        return None


def slash_ack_problem(status: int, body: bytes) -> str | None:
    """Why a slash command's ack is not a real answer (an error card is a failure too)."""
    if status != 200:
        return f"HTTP {status}: {body[:200]!r}"
    if b"something went wrong" in body or b"database is not answering" in body:
        return f"error answer: {body[:300]!r}"
    return None


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest-rank: p99 of 100 samples is the 99th smallest."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n*q/100)
    return ordered[int(min(rank, len(ordered))) - 1]


def stats_line(values: list[float]) -> dict[str, Any]:
    return {"p50": percentile(values, 50), "p99": percentile(values, 99), "n": len(values)}
