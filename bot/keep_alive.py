"""Keep-alive connections for the Slack Web API: calls reuse a pooled connection per host.

slack_sdk's WebClient (Bolt builds a new one per request) sends every call through urllib's
`urlopen`, whose stock handlers open a TCP (and TLS) connection per call and close it after
the answer: a confirm card per message paid a connect and a TLS handshake each. Installed
(`install`), this handler answers urllib's http and https opens from a small pool shared by
every WebClient of the process. Everything above the socket stays slack_sdk's: its retry
handlers see the same answers and errors (a 429 with its Retry-After, a 5xx, a dropped
connection) as with urllib's own handler, and retry them the same way.
"""

from __future__ import annotations

import http.client
import io
import os
import ssl
import threading
import time
import weakref
from collections import OrderedDict
from typing import Any
from urllib.error import URLError
from urllib.request import BaseHandler, OpenerDirector, Request, build_opener, install_opener
from urllib.response import addinfourl

# An idle connection older than this is closed, not reused: servers close idle keep-alive
# connections after a while, and a request sent on one they just closed fails.
MAX_IDLE_S = 15.0
IDLE_PER_HOST = 8  # as many as the lazy listeners that post at once
HOSTS = 8  # origins pooled (Slack's API, its response URLs; a test run's many local servers)

Connection = http.client.HTTPConnection


class KeepAliveHandler(BaseHandler):
    """urllib's http_open/https_open on pooled keep-alive connections."""

    handler_order = 400  # asked before urllib's own HTTP(S)Handler (500)

    def __init__(self, *, max_idle_s: float = MAX_IDLE_S, context: ssl.SSLContext | None = None) -> None:
        self.max_idle_s = max_idle_s
        self._context = context
        self._idle: OrderedDict[tuple[str, str], list[tuple[float, Connection]]] = OrderedDict()
        self._lock = threading.Lock()
        self.opened = 0  # connections opened, for tests and benchmarks
        # The server forks its workers after start-up's calls (Bolt's auth.test): a pooled
        # connection copied into a child is a socket shared with its parent and siblings, whose
        # answers go to whichever process reads first. Each child starts with an empty pool.
        forget = weakref.WeakMethod(self._forget_after_fork)
        os.register_at_fork(after_in_child=lambda: (method := forget()) is not None and method())

    def _forget_after_fork(self) -> None:
        # Closing them here closes only this process's descriptors: the parent's connections
        # stay open, in its own pool. A new lock: a parent's thread may have held it at the fork.
        pooled = [conn for idle in self._idle.values() for _, conn in idle]
        self._lock = threading.Lock()
        self._idle = OrderedDict()
        for conn in pooled:
            if conn.sock is not None:
                conn.sock.close()  # not conn.close(): nothing may be sent or shut down
            conn.sock = None

    def http_open(self, req: Request) -> addinfourl | None:
        return self._open(req, "http")

    def https_open(self, req: Request) -> addinfourl | None:
        return self._open(req, "https")

    def close(self) -> None:
        """Close every idle connection."""
        with self._lock:
            pooled = [conn for idle in self._idle.values() for _, conn in idle]
            self._idle.clear()
        for conn in pooled:
            conn.close()

    def _open(self, req: Request, scheme: str) -> addinfourl | None:
        if req.has_proxy() or getattr(req, "_tunnel_host", None):
            return None  # through a proxy: urllib's own handler, one connection per call
        host = req.host
        if not host:
            raise URLError("no host given")
        key = (scheme, host)
        conn = self._take(key, req.timeout)
        # As urllib's do_open: the request's headers, the unredirected ones (Content-Type,
        # Content-Length, set by urllib's request preprocessing) winning.
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers = {name.title(): value for name, value in headers.items()}
        try:
            conn.request(req.get_method(), req.selector, req.data, headers)
        except OSError as exc:  # as urllib: a failure to send is a URLError
            conn.close()
            raise URLError(exc) from exc
        try:
            response = conn.getresponse()
            body = response.read()  # all of it: the connection is free for the next call
        except BaseException:
            conn.close()
            raise
        if response.will_close:
            conn.close()
        else:
            self._give_back(key, conn)
        answer = addinfourl(io.BytesIO(body), response.msg, req.get_full_url(), response.status)
        answer.msg = response.reason  # type: ignore[attr-defined]  # what urllib's error handling reads
        return answer

    def _take(self, key: tuple[str, str], timeout: Any) -> Connection:
        now = time.monotonic()
        stale = []
        conn = None
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                since, candidate = idle.pop()
                if now - since <= self.max_idle_s:
                    conn = candidate
                    break
                stale.append(candidate)
        for old in stale:
            old.close()
        if conn is None:
            return self._connect(key, timeout)
        conn.timeout = timeout
        if conn.sock is not None:
            conn.sock.settimeout(timeout)
        return conn

    def _connect(self, key: tuple[str, str], timeout: Any) -> Connection:
        scheme, host = key
        self.opened += 1
        if scheme == "https":
            if self._context is None:  # loading the CA certificates once, not per connection
                self._context = ssl.create_default_context()
            return http.client.HTTPSConnection(host, timeout=timeout, context=self._context)
        return http.client.HTTPConnection(host, timeout=timeout)

    def _give_back(self, key: tuple[str, str], conn: Connection) -> None:
        evicted: list[Connection] = []
        with self._lock:
            idle = self._idle.setdefault(key, [])
            self._idle.move_to_end(key)
            idle.append((time.monotonic(), conn))
            if len(idle) > IDLE_PER_HOST:
                evicted.append(idle.pop(0)[1])
            while len(self._idle) > HOSTS:
                _, dropped = self._idle.popitem(last=False)
                evicted += [c for _, c in dropped]
        for old in evicted:
            old.close()


_installed: KeepAliveHandler | None = None
_install_lock = threading.Lock()


def install() -> KeepAliveHandler:
    """Make urllib's `urlopen` (which slack_sdk's WebClient calls) use pooled keep-alive
    connections in this process; idempotent. Returns the handler."""
    global _installed
    with _install_lock:
        if _installed is None:
            _installed = KeepAliveHandler()
            opener: OpenerDirector = build_opener(_installed)
            install_opener(opener)
        return _installed
