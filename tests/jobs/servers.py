"""Local HTTP servers for the fetch, rates, feed and link tests (threads in the test process)."""

from __future__ import annotations

import gzip
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    status: int = 200
    body: bytes | Callable[[], Iterator[bytes]] = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    gzip: bool = False


@dataclass
class Site:
    """Routes path -> Answer (or a function of the request headers); records every request."""

    routes: dict[str, Answer | Callable[[dict[str, str]], Answer]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def hits(self, path: str) -> int:
        return sum(1 for p, _h in self.requests if p == path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.requests.append((self.path, headers))
            route = site.routes.get(self.path)
            if route is None:
                answer = Answer(404, b"not here")
            else:
                answer = route(headers) if callable(route) else route
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            if answer.content_type:
                self.send_header("Content-Type", answer.content_type)
            if callable(answer.body):
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                try:
                    for chunk in answer.body():
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            body = gzip.compress(answer.body) if answer.gzip else answer.body
            if answer.gzip:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client that stops reading early (a size cap, a refused content type) resets the
    connection: expected here, and socketserver's report of it on stderr would land in the
    output a test reads."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    server = _QuietServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def drip(total_seconds: float, every: float = 0.05) -> Callable[[], Iterator[bytes]]:
    """A body that sends one small chunk every `every` seconds for `total_seconds`."""

    def chunks() -> Iterator[bytes]:
        yield b"<html><body>"
        ends = time.monotonic() + total_seconds
        while time.monotonic() < ends:
            time.sleep(every)  # the server side's pace, not the test waiting
            yield b"<p>x</p>"

    return chunks


def huge(total_bytes: int, chunk: int = 64 * 1024) -> Callable[[], Iterator[bytes]]:
    """A body of `total_bytes`, streamed in chunks (never held whole)."""

    def chunks() -> Iterator[bytes]:
        block = b"<p>" + b"a" * (chunk - 7) + b"</p>"
        sent = 0
        while sent < total_bytes:
            yield block
            sent += len(block)

    return chunks
