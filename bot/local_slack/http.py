"""HTTP plumbing: the server thread, request parsing, multipart uploads and fault injection."""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import logging
import socket
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, unquote, urlsplit

log = logging.getLogger(__name__)

# Pseudo-method names under which the two non-API endpoints are recorded (and can be faulted).
UPLOAD = "upload"
RESPONSE_URL = "response_url"

# Fields slack_sdk (and other clients) send as JSON strings inside form bodies.
_JSON_FIELDS = ("blocks", "attachments", "files", "view", "metadata", "outputs")


@dataclass(frozen=True)
class Call:
    """One request the server received: the API method (or UPLOAD / RESPONSE_URL) and its params."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float
    status: int = 200
    error: str | None = None
    tag: str | None = None  # a response_url post: the tag its URL was made with


@dataclass
class Fault:
    """A failure queued by `fail_next`, used up by the next `times` matching calls."""

    error: str | None
    status: int
    retry_after: int
    times: int
    delay: float
    drop: bool


class Fail(Exception):
    """An `{"ok": false}` answer raised from a method implementation."""

    def __init__(self, error: str, status: int = 200, messages: list[str] | None = None):
        super().__init__(error)
        self.error, self.status, self.messages = error, status, messages


@dataclass
class Answer:
    """What the server sends back for one request."""

    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def json_answer(data: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    """A JSON answer; its `error` is recorded on the Call when `ok` is false."""
    error = None if data.get("ok") else data.get("error")
    return Answer(status, json.dumps(data).encode(), headers=headers or {}, error=error)


def fail_answer(fail: Fail) -> Answer:
    """Slack's `{"ok": false, "error": ...}` body, with the problem lines when there are any."""
    body: dict[str, Any] = {"ok": False, "error": fail.error}
    if fail.messages:
        body["response_metadata"] = {"messages": fail.messages}
    return json_answer(body, fail.status)


def truthy(value: Any) -> bool:
    """A form or JSON flag as Slack reads it: "true", "1", "yes" or a true value."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def multipart(content_type: str, raw: bytes) -> list[tuple[str | None, str | None, bytes]]:
    """(field name, file name, bytes) for each part of a multipart/form-data body."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        parts.append(
            (
                name if isinstance(name, str) else None,
                part.get_filename(),
                payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


def _single(values: dict[str, list[str]]) -> dict[str, Any]:
    return {k: v[0] if len(v) == 1 else v for k, v in values.items()}


def parse_params(query: str, raw: bytes, content_type: str) -> dict[str, Any]:
    """The params of a Web API call from its query string and a form, JSON or multipart body."""
    params = _single(parse_qs(query, keep_blank_values=True))
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json" and raw:
        try:
            body = json.loads(raw)
        except ValueError:
            raise Fail("invalid_json") from None
        if not isinstance(body, dict):
            raise Fail("invalid_json")
        params.update(body)
    elif kind == "multipart/form-data":
        for name, filename, payload in multipart(content_type, raw):
            if name:
                params[name] = payload if filename else payload.decode("utf-8", "replace")
    elif raw:
        params.update(_single(parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)))
    for name in _JSON_FIELDS:
        value = params.get(name)
        if isinstance(value, str) and value[:1] in ("[", "{"):
            with contextlib.suppress(ValueError):
                params[name] = json.loads(value)
    return params


def request_token(headers: dict[str, str], params: dict[str, Any]) -> str | None:
    """The bearer token, else the `token` param (which is taken out of params either way)."""
    auth = headers.get("authorization", "")
    token = params.pop("token", None)
    if auth.lower().startswith("bearer "):
        return auth[len("bearer ") :].strip() or None
    return token or None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Connections are kept alive: closing the server must not wait for idle ones to time
    # out; it closes them instead (close_connections), as a Slack that went away would.
    block_on_close = False

    def __init__(self, address: tuple[str, int], owner: SlackServer):
        super().__init__(address, _Handler)
        self.owner = owner
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        # Requests being answered: closing the connections waits for them, so that an answer
        # released by stop() (a delayed one) is written before its connection goes.
        self._answering = 0
        self._answered = threading.Condition(self._connections_lock)

    def answering(self, started: bool) -> None:
        with self._answered:
            self._answering += 1 if started else -1
            self._answered.notify_all()

    def opened(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(conn)

    def closed(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(conn)

    def close_connections(self) -> None:
        """Close every open client connection (their handler threads then end)."""
        with self._answered:
            self._answered.wait_for(lambda: self._answering == 0, timeout=5)
            open_now = list(self._connections)
        for conn in open_now:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that time out or hang up are expected here (delay/drop faults).
        log.debug("local slack: request from %s failed", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    # Keep-alive, as Slack's API is: a client may send its next call on the same connection
    # (every answer has a Content-Length). An idle connection is closed after `timeout`.
    protocol_version = "HTTP/1.1"
    timeout = 30
    # An answer's body leaves at once: with Nagle's algorithm it waited for the client's
    # delayed ACK of the head (40 ms) on a kept-alive connection.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        self.server.opened(self.connection)

    def finish(self) -> None:
        self.server.closed(self.connection)
        super().finish()

    def do_POST(self) -> None:
        self._answer()

    def do_GET(self) -> None:
        self._answer()

    def _answer(self) -> None:
        self.server.answering(True)
        try:
            self.server.owner._handle(self)
        finally:
            self.server.answering(False)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("local slack: " + format, *args)


class SlackServer(ABC):
    """Serves Slack's endpoints on 127.0.0.1 and fails on request; subclasses answer the calls."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._faults: dict[str, list[Fault]] = {}

    # -- what a subclass answers ------------------------------------------------------------

    @abstractmethod
    def _api(self, method: str, params: dict[str, Any], token: str | None) -> Answer:
        """Answered by the workspace (bot/local_slack/methods.py)."""

    @abstractmethod
    def _receive_upload(self, file_id: str, data: bytes) -> Answer:
        """Answered by the workspace (bot/local_slack/methods.py)."""

    @abstractmethod
    def _response_post(self, tag: str, params: dict[str, Any]) -> Answer:
        """Answered by the workspace (bot/local_slack/methods.py)."""

    @abstractmethod
    def _record(self, call: Call) -> None:
        """Answered by the workspace (bot/local_slack/methods.py)."""

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving in a daemon thread (idempotent)."""
        if self._server is None:
            self._stopping.clear()
            self._server = _Server(("127.0.0.1", self.port), self)
            self.port = self._server.server_address[1]
            # A short poll interval keeps stop() (and so each test's teardown) quick.
            self._thread = threading.Thread(
                target=self._server.serve_forever, args=(0.02,), name=f"local-slack-{self.port}", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; delayed answers still pending are released at once."""
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` of the running server."""
        if self._server is None:
            raise RuntimeError("LocalSlack is not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """The Web API base URL, for WebClient(base_url=...) or SLACK_API_URL."""
        return f"{self.base_url}/api/"

    # -- fault injection --------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        error: str | None = None,
        *,
        status: int | None = None,
        retry_after: int = 1,
        times: int = 1,
        delay: float = 0.0,
        drop: bool = False,
    ) -> None:
        """Make the next `times` calls to `method` ("*" for any) fail like Slack."""
        # error defaults to "ratelimited" (HTTP 429 + Retry-After), to "fatal_error" for a 5xx
        # status, and to none when only delay (a slow but normal answer) or drop (close the
        # connection unanswered) is given. Other errors answer HTTP 200 with ok false.
        if error is None and not drop and not (delay and status is None):
            error = "fatal_error" if status is not None and status >= 500 else "ratelimited"
        if status is None:
            status = 429 if error == "ratelimited" else 200
        with self._lock:
            self._faults.setdefault(method, []).append(Fault(error, status, retry_after, times, delay, drop))

    def _take_fault(self, method: str) -> Fault | None:
        with self._lock:
            for key in (method, "*"):
                queue = self._faults.get(key)
                if queue:
                    fault = queue[0]
                    fault.times -= 1
                    if fault.times <= 0:
                        queue.pop(0)
                    return fault
        return None

    # -- one request ------------------------------------------------------------------------

    def _handle(self, req: _Handler) -> None:
        url = urlsplit(req.path)
        length = int(req.headers.get("Content-Length") or 0)
        raw = req.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in req.headers.items()}
        if url.path.startswith("/api/"):
            method = unquote(url.path[len("/api/") :])
        elif url.path.startswith("/upload/"):
            method = UPLOAD
        elif url.path.startswith("/response/"):
            method = RESPONSE_URL
        else:
            self._send(req, Answer(404, b"Not Found", "text/plain"))
            return

        params: dict[str, Any] = {}
        token: str | None = None
        bad_request: Fail | None = None
        try:
            if method == UPLOAD:
                params = {"file_id": unquote(url.path[len("/upload/") :]), "length": len(raw)}
            else:
                params = parse_params(url.query, raw, headers.get("content-type", ""))
                token = request_token(headers, params)
                if method == RESPONSE_URL and isinstance(params.get("payload"), str):
                    # The form-encoded variant of a response_url post: payload=<json>.
                    with contextlib.suppress(ValueError):
                        payload = json.loads(params["payload"])
                        params = payload if isinstance(payload, dict) else params
        except Fail as fail:
            bad_request = fail
        fault = self._take_fault(method)
        if fault is not None and fault.drop:
            self._record(Call(method, params, headers, time.time(), 0, "dropped"))
            req.close_connection = True
            return
        try:
            if bad_request is not None:
                raise bad_request
            if fault is not None and fault.error:
                retry = {"Retry-After": str(fault.retry_after)} if fault.status == 429 else {}
                answer = json_answer({"ok": False, "error": fault.error}, fault.status, retry)
            elif method == UPLOAD:
                answer = self._receive_upload(params["file_id"], _uploaded_bytes(raw, headers))
            elif method == RESPONSE_URL:
                answer = self._response_post(unquote(url.path[len("/response/") :]), params)
            else:
                answer = self._api(method, params, token)
        except Fail as fail:
            answer = fail_answer(fail)
        tag = unquote(url.path[len("/response/") :]) if method == RESPONSE_URL else None
        self._record(Call(method, params, headers, time.time(), answer.status, answer.error, tag))
        if fault is not None and fault.delay:
            self._stopping.wait(fault.delay)
        self._send(req, answer)

    def _send(self, req: _Handler, answer: Answer) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            req.send_response(answer.status)
            req.send_header("Content-Type", answer.content_type)
            req.send_header("Content-Length", str(len(answer.body)))
            for name, value in answer.headers.items():
                req.send_header(name, value)
            req.end_headers()
            req.wfile.write(answer.body)


def _uploaded_bytes(raw: bytes, headers: dict[str, str]) -> bytes:
    """The file in an upload: the body, or the file part of a multipart/form-data body."""
    content_type = headers.get("content-type", "")
    if content_type.lower().startswith("multipart/form-data"):
        return next((payload for _, filename, payload in multipart(content_type, raw) if filename), b"")
    return raw
