"""An in-process stand-in for the Slack Web API, used by the local console and the tests.

Point `slack_sdk.WebClient(base_url=LocalSlack().api_url)` (or SLACK_API_URL) at it: it answers
the methods the bot uses the way Slack does, records every call, keeps a small model of what
the workspace would show, enforces Block Kit limits, and fails on request like Slack fails.
"""

from __future__ import annotations

import contextlib
import copy
import email.parser
import email.policy
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

log = logging.getLogger(__name__)

DEFAULT_TEAM_ID = "T1"
DEFAULT_TEAM_DOMAIN = "example"
DEFAULT_BOT_USER_ID = "U0BOT"
DEFAULT_BOT_ID = "B0BOT"
DEFAULT_APP_ID = "A0MINERALS"

# Pseudo-method names under which the two non-API endpoints are recorded (and can be faulted).
UPLOAD = "upload"
RESPONSE_URL = "response_url"

MESSAGE_TEXT_LIMIT = 40_000
RESPONSE_URL_POSTS = 5
# Slack's msg_blocks_too_long limit is not documented; ~13,000 characters of text is observed.
MESSAGE_BLOCKS_TEXT_LIMIT = 13_000

# Fields slack_sdk (and other clients) send as JSON strings inside form bodies.
_JSON_FIELDS = ("blocks", "attachments", "files", "view", "metadata", "outputs")
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]+$")
_USER_ID = re.compile(r"^[UWB][A-Z0-9]+$")


# ---------------------------------------------------------------------------------------------
# Block Kit limits (what Slack's invalid_blocks / invalid_arguments enforce)

_INPUT_ELEMENTS = {
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "email_text_input",
    "file_input",
    "multi_static_select",
    "multi_external_select",
    "multi_users_select",
    "multi_conversations_select",
    "multi_channels_select",
    "number_input",
    "plain_text_input",
    "radio_buttons",
    "rich_text_input",
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
    "timepicker",
    "url_text_input",
}
_SELECT_ELEMENTS = {
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
    "multi_static_select",
    "multi_external_select",
    "multi_users_select",
    "multi_conversations_select",
    "multi_channels_select",
}
_ACTION_ELEMENTS = _SELECT_ELEMENTS | {
    "button",
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "overflow",
    "radio_buttons",
    "timepicker",
    "workflow_button",
}
_ACCESSORY_ELEMENTS = _ACTION_ELEMENTS - {"datetimepicker"} | {"image"}
_SELECTS_WITH_OPTIONS = {"static_select", "multi_static_select"}
_OPTION_LIMITS = {
    "static_select": 100,
    "multi_static_select": 100,
    "overflow": 5,
    "checkboxes": 10,
    "radio_buttons": 10,
}
# Blocks accepted as they are: their inner schemas are not modelled here.
_OPAQUE_BLOCKS = {"divider", "rich_text", "file", "video", "table"}


def _too_long(ptr: str, limit: int) -> str:
    return f"[ERROR] must be less than {limit + 1} characters [json-pointer:{ptr}]"


def _too_many(ptr: str, limit: int) -> str:
    return f"[ERROR] no more than {limit} items allowed [json-pointer:{ptr}]"


def _missing(ptr: str, name: str) -> str:
    return f"[ERROR] missing required field: {name} [json-pointer:{ptr}]"


class _Checker:
    """Walks blocks and collects Slack-style problem lines with JSON pointers."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, line: str) -> None:
        self.problems.append(line)

    def string(self, value: Any, ptr: str, limit: int) -> None:
        if value is not None and len(str(value)) > limit:
            self.add(_too_long(ptr, limit))

    def text(
        self,
        obj: Any,
        ptr: str,
        limit: int,
        *,
        plain: bool = False,
        required: bool = True,
        parent: str = "",
        name: str = "text",
    ) -> None:
        if obj is None:
            if required:
                self.add(_missing(parent, name))
            return
        if not isinstance(obj, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        allowed = ("plain_text",) if plain else ("plain_text", "mrkdwn")
        if obj.get("type") not in allowed:
            self.add(f"[ERROR] must be a valid enum value [json-pointer:{ptr}/type]")
        value = obj.get("text")
        if not isinstance(value, str):
            self.add(_missing(ptr, "text"))
        elif not value:
            self.add(f"[ERROR] must be more than 0 characters [json-pointer:{ptr}/text]")
        elif len(value) > limit:
            self.add(_too_long(f"{ptr}/text", limit))

    def items(
        self, value: Any, ptr: str, limit: int, *, parent: str, name: str, required: bool = True
    ) -> list[Any]:
        if value is None:
            if required:
                self.add(_missing(parent, name))
            return []
        if not isinstance(value, list):
            self.add(f"[ERROR] must provide an array [json-pointer:{ptr}]")
            return []
        if not value and required:
            self.add(f"[ERROR] must provide at least 1 item [json-pointer:{ptr}]")
        if len(value) > limit:
            self.add(_too_many(ptr, limit))
        return value

    def unique_id(self, obj: dict, key: str, ptr: str, seen: set[str]) -> None:
        """block_id / action_id: at most 255 characters and unique in its scope."""
        value = obj.get(key)
        if value is None:
            return
        self.string(value, f"{ptr}/{key}", 255)
        if value in seen:
            self.add(f"[ERROR] duplicate {key} [json-pointer:{ptr}/{key}]")
        seen.add(value)

    def blocks(self, blocks: Any, ptr: str, limit: int) -> None:
        if not isinstance(blocks, list):
            self.add(f"[ERROR] must provide an array [json-pointer:{ptr}]")
            return
        if len(blocks) > limit:
            self.add(_too_many(ptr, limit))
        seen: set[str] = set()
        for i, block in enumerate(blocks):
            self.block(block, f"{ptr}/{i}", seen)

    def block(self, b: Any, ptr: str, seen_block_ids: set[str]) -> None:
        if not isinstance(b, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        self.unique_id(b, "block_id", ptr, seen_block_ids)
        kind = b.get("type")
        action_ids: set[str] = set()
        if kind == "section":
            if b.get("text") is None and b.get("fields") is None:
                self.add(_missing(ptr, "text"))
            self.text(b.get("text"), f"{ptr}/text", 3000, required=False)
            fields = self.items(
                b.get("fields"), f"{ptr}/fields", 10, parent=ptr, name="fields", required=False
            )
            for i, f in enumerate(fields):
                self.text(f, f"{ptr}/fields/{i}", 2000)
            if b.get("accessory") is not None:
                self.element(b["accessory"], f"{ptr}/accessory", _ACCESSORY_ELEMENTS, action_ids)
        elif kind == "header":
            self.text(b.get("text"), f"{ptr}/text", 150, plain=True, parent=ptr)
        elif kind == "actions":
            elements = self.items(b.get("elements"), f"{ptr}/elements", 25, parent=ptr, name="elements")
            for i, e in enumerate(elements):
                self.element(e, f"{ptr}/elements/{i}", _ACTION_ELEMENTS, action_ids)
        elif kind == "context":
            elements = self.items(b.get("elements"), f"{ptr}/elements", 10, parent=ptr, name="elements")
            for i, e in enumerate(elements):
                eptr = f"{ptr}/elements/{i}"
                if isinstance(e, dict) and e.get("type") == "image":
                    self.image(e, eptr)
                else:
                    self.text(e, eptr, 3000)
        elif kind == "image":
            self.image(b, ptr)
            self.text(b.get("title"), f"{ptr}/title", 2000, plain=True, required=False)
        elif kind == "input":
            self.text(b.get("label"), f"{ptr}/label", 2000, plain=True, parent=ptr, name="label")
            self.text(b.get("hint"), f"{ptr}/hint", 2000, plain=True, required=False)
            if b.get("element") is None:
                self.add(_missing(ptr, "element"))
            else:
                self.element(b["element"], f"{ptr}/element", _INPUT_ELEMENTS, action_ids)
        elif kind == "markdown":
            self.string(b.get("text"), f"{ptr}/text", 12_000)
        elif kind not in _OPAQUE_BLOCKS:
            self.add(f"[ERROR] unsupported type: {kind} [json-pointer:{ptr}/type]")

    def image(self, e: dict, ptr: str) -> None:
        if e.get("image_url") is None and e.get("slack_file") is None:
            self.add(_missing(ptr, "image_url"))
        self.string(e.get("image_url"), f"{ptr}/image_url", 3000)
        if not isinstance(e.get("alt_text"), str):
            self.add(_missing(ptr, "alt_text"))
        self.string(e.get("alt_text"), f"{ptr}/alt_text", 2000)

    def element(self, e: Any, ptr: str, allowed: set[str], action_ids: set[str]) -> None:
        if not isinstance(e, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        kind = e.get("type")
        if kind not in allowed:
            self.add(f"[ERROR] unsupported type: {kind} [json-pointer:{ptr}/type]")
            return
        if kind == "image":
            self.image(e, ptr)
            return
        self.unique_id(e, "action_id", ptr, action_ids)
        if kind in ("button", "workflow_button"):
            self.text(e.get("text"), f"{ptr}/text", 75, plain=True, parent=ptr)
            self.string(e.get("value"), f"{ptr}/value", 2000)
            self.string(e.get("url"), f"{ptr}/url", 3000)
            if e.get("style") not in (None, "primary", "danger"):
                self.add(f"[ERROR] must be a valid enum value [json-pointer:{ptr}/style]")
        self.text(e.get("placeholder"), f"{ptr}/placeholder", 150, plain=True, required=False)
        if kind in _OPTION_LIMITS:
            plain = kind not in ("checkboxes", "radio_buttons")
            required = kind not in _SELECTS_WITH_OPTIONS or e.get("option_groups") is None
            options = self.items(
                e.get("options"),
                f"{ptr}/options",
                _OPTION_LIMITS[kind],
                parent=ptr,
                name="options",
                required=required,
            )
            for i, o in enumerate(options):
                self.option(o, f"{ptr}/options/{i}", plain)
            groups = self.items(
                e.get("option_groups"),
                f"{ptr}/option_groups",
                100,
                parent=ptr,
                name="option_groups",
                required=False,
            )
            for g, group in enumerate(groups):
                gptr = f"{ptr}/option_groups/{g}"
                group = group if isinstance(group, dict) else {}
                self.text(group.get("label"), f"{gptr}/label", 75, plain=True, parent=gptr, name="label")
                for i, o in enumerate(
                    self.items(group.get("options"), f"{gptr}/options", 100, parent=gptr, name="options")
                ):
                    self.option(o, f"{gptr}/options/{i}", plain)
        if kind == "plain_text_input" and e.get("max_length") is not None:
            with contextlib.suppress(TypeError, ValueError):
                if int(e["max_length"]) > 3000:
                    self.add(f"[ERROR] must be less than 3001 [json-pointer:{ptr}/max_length]")
        if isinstance(e.get("confirm"), dict):
            self.confirm(e["confirm"], f"{ptr}/confirm")

    def option(self, o: Any, ptr: str, plain: bool) -> None:
        if not isinstance(o, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        self.text(o.get("text"), f"{ptr}/text", 75, plain=plain, parent=ptr)
        if o.get("value") is None:
            self.add(_missing(ptr, "value"))
        self.string(o.get("value"), f"{ptr}/value", 150)
        self.text(o.get("description"), f"{ptr}/description", 75, plain=plain, required=False)
        self.string(o.get("url"), f"{ptr}/url", 3000)

    def confirm(self, c: dict, ptr: str) -> None:
        self.text(c.get("title"), f"{ptr}/title", 100, plain=True, parent=ptr, name="title")
        self.text(c.get("text"), f"{ptr}/text", 300, parent=ptr)
        self.text(c.get("confirm"), f"{ptr}/confirm", 30, plain=True, parent=ptr, name="confirm")
        self.text(c.get("deny"), f"{ptr}/deny", 30, plain=True, parent=ptr, name="deny")


def block_kit_problems(blocks: Any, surface: str = "message") -> list[str]:
    """Slack's `[ERROR] ... [json-pointer:/blocks/...]` lines for these blocks; empty when valid."""
    if surface not in ("message", "modal", "home"):
        raise ValueError(f"surface must be message, modal or home, not {surface!r}")
    checker = _Checker()
    checker.blocks(blocks, "/blocks", 50 if surface == "message" else 100)
    return checker.problems


def view_problems(view: Any) -> list[str]:
    """Slack's problem lines (`[json-pointer:/view/...]`) for a modal or Home tab view."""
    checker = _Checker()
    if not isinstance(view, dict):
        return ["[ERROR] must provide an object [json-pointer:/view]"]
    kind = view.get("type")
    if kind not in ("modal", "home"):
        checker.add("[ERROR] must be a valid enum value [json-pointer:/view/type]")
    if kind == "modal":
        checker.text(view.get("title"), "/view/title", 24, plain=True, parent="/view", name="title")
        checker.text(view.get("submit"), "/view/submit", 24, plain=True, required=False)
        checker.text(view.get("close"), "/view/close", 24, plain=True, required=False)
        blocks = view.get("blocks")
        has_input = isinstance(blocks, list) and any(
            isinstance(b, dict) and b.get("type") == "input" for b in blocks
        )
        if has_input and view.get("submit") is None:
            checker.add(_missing("/view", "submit"))
    checker.string(view.get("private_metadata"), "/view/private_metadata", 3000)
    checker.string(view.get("callback_id"), "/view/callback_id", 255)
    checker.string(view.get("external_id"), "/view/external_id", 255)
    if view.get("blocks") is None:
        checker.add(_missing("/view", "blocks"))
    else:
        checker.blocks(view["blocks"], "/view/blocks", 100)
    return checker.problems


def _blocks_text_length(value: Any) -> int:
    if isinstance(value, dict):
        return sum(
            len(v) if k == "text" and isinstance(v, str) else _blocks_text_length(v) for k, v in value.items()
        )
    if isinstance(value, list):
        return sum(_blocks_text_length(v) for v in value)
    return 0


# ---------------------------------------------------------------------------------------------
# The server


@dataclass(frozen=True)
class Call:
    """One request the server received: the API method (or UPLOAD / RESPONSE_URL) and its params."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float
    status: int = 200
    error: str | None = None


@dataclass
class _Fault:
    error: str | None
    status: int
    retry_after: int
    times: int
    delay: float
    drop: bool


class _Fail(Exception):
    """An `{"ok": false}` answer raised from a method implementation."""

    def __init__(self, error: str, status: int = 200, messages: list[str] | None = None):
        super().__init__(error)
        self.error, self.status, self.messages = error, status, messages


@dataclass
class _Answer:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def _json_answer(data: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> _Answer:
    error = None if data.get("ok") else data.get("error")
    return _Answer(status, json.dumps(data).encode(), headers=headers or {}, error=error)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def _multipart(content_type: str, raw: bytes) -> list[tuple[str | None, str | None, bytes]]:
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


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], slack: LocalSlack):
        super().__init__(address, _Handler)
        self.slack = slack

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that time out or hang up are expected here (delay/drop faults).
        log.debug("local slack: request from %s failed", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def do_POST(self) -> None:
        self.server.slack._handle(self)

    def do_GET(self) -> None:
        self.server.slack._handle(self)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("local slack: " + format, *args)


class LocalSlack:
    """A Slack Web API look-alike on 127.0.0.1 that records calls and fails on request."""

    def __init__(
        self,
        *,
        port: int = 0,
        team_id: str = DEFAULT_TEAM_ID,
        team_domain: str = DEFAULT_TEAM_DOMAIN,
        bot_user_id: str = DEFAULT_BOT_USER_ID,
        bot_id: str = DEFAULT_BOT_ID,
        app_id: str = DEFAULT_APP_ID,
        bot_name: str = "minerals-bot",
    ) -> None:
        self.port = port
        self.team_id, self.team_domain = team_id, team_domain
        self.bot_user_id, self.bot_id, self.app_id, self.bot_name = (bot_user_id, bot_id, app_id, bot_name)
        # Configuration: edit freely, before or while the server runs.
        self.channels: dict[str, dict[str, Any]] = {}  # conversations.info overrides per id
        self.users: dict[str, dict[str, Any]] = {}  # users.info overrides per id
        self.channel_errors: dict[str, str] = {}  # channel id -> error for every post there
        self.revoked_tokens: set[str] = set()
        self.max_blocks_text: int | None = MESSAGE_BLOCKS_TEXT_LIMIT
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._listeners: list[Callable[[Call], None]] = []
        self._extra_methods: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {}
        self._methods: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "api.test": self._api_test,
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.update": self._chat_update,
            "chat.delete": self._chat_delete,
            "chat.getPermalink": self._chat_get_permalink,
            "conversations.info": self._conversations_info,
            "conversations.history": self._conversations_history,
            "conversations.replies": self._conversations_replies,
            "conversations.open": self._conversations_open,
            "users.info": self._users_info,
            "views.open": self._views_open,
            "views.push": self._views_open,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "reactions.add": self._reactions_add,
            "files.getUploadURLExternal": self._files_get_upload_url,
            "files.completeUploadExternal": self._files_complete_upload,
        }
        self._reset_state()

    def _reset_state(self) -> None:
        with self._lock:
            self._calls: list[Call] = []
            self._faults: dict[str, list[_Fault]] = {}
            self._last_ts_us = 0
            self._counter = 0
            self._messages: dict[str, list[dict[str, Any]]] = {}
            self._ephemerals: list[dict[str, Any]] = []
            self._views: dict[str, dict[str, Any]] = {}
            self._home_views: dict[str, dict[str, Any]] = {}
            self._responses: list[dict[str, Any]] = []
            self._response_targets: dict[str, dict[str, str | None]] = {}
            self._files: dict[str, dict[str, Any]] = {}
            self._reactions: list[dict[str, str]] = []
            self._mpims: dict[tuple[str, ...], str] = {}

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> LocalSlack:
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
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> LocalSlack:
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

    def response_url(
        self, tag: str, *, channel: str | None = None, message_ts: str | None = None, user: str | None = None
    ) -> str:
        """A response_url on this server whose posts are recorded under `tag`."""
        # With channel (and message_ts of the message an action came from) the posts also
        # change the model: replace_original, delete_original, in_channel replies, ephemerals.
        with self._lock:
            self._response_targets[tag] = {"channel": channel, "message_ts": message_ts, "user": user}
        return f"{self.base_url}/response/{quote(tag, safe='')}"

    def dm_channel(self, user: str) -> str:
        """The id of the bot's DM with `user` (what conversations.open returns)."""
        return f"D{user}"

    # -- recorded calls ---------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """A snapshot of every call received so far, oldest first."""
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        """The calls received for one method, oldest first."""
        with self._lock:
            return [c for c in self._calls if c.method == method]

    def wait_for(
        self, method: str, count: int = 1, timeout: float = 5.0, where: Callable[[Call], bool] | None = None
    ) -> list[Call]:
        """Block until `count` calls to `method` (matching `where`) arrived; TimeoutError if not."""

        def matching() -> list[Call]:
            return [c for c in self._calls if c.method == method and (where is None or where(c))]

        with self._changed:
            if not self._changed.wait_for(lambda: len(matching()) >= count, timeout=timeout):
                seen = [c.method for c in self._calls]
                raise TimeoutError(
                    f"{method}: wanted {count} call(s) in {timeout}s, got "
                    f"{len(matching())}; all calls: {seen}"
                )
            return matching()

    def clear(self) -> None:
        """Forget the recorded calls (the workspace state and pending faults stay)."""
        with self._lock:
            self._calls.clear()

    def reset(self) -> None:
        """Forget calls, pending faults and all workspace state; configuration stays."""
        self._reset_state()

    def on_call(self, listener: Callable[[Call], None]) -> None:
        """Call `listener(call)` from the server thread after each recorded call."""
        with self._lock:
            self._listeners.append(listener)

    def add_method(self, name: str, handler: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Answer a method (a new one, or instead of the built-in) with `handler(params)`."""
        with self._lock:
            self._extra_methods[name] = handler

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
            self._faults.setdefault(method, []).append(_Fault(error, status, retry_after, times, delay, drop))

    def _take_fault(self, method: str) -> _Fault | None:
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

    # -- workspace state for a console ------------------------------------------------------

    def messages_in(self, channel: str) -> list[dict[str, Any]]:
        """Copies of the messages the bot has in `channel`, oldest first."""
        with self._lock:
            return copy.deepcopy(self._messages.get(channel, []))

    def message(self, channel: str, ts: str) -> dict[str, Any] | None:
        """A copy of one message, or None when it was never posted or is deleted."""
        with self._lock:
            found = self._find_message(channel, ts)
            return copy.deepcopy(found) if found else None

    def home_view(self, user: str) -> dict[str, Any] | None:
        """The Home tab last published for `user`."""
        with self._lock:
            return copy.deepcopy(self._home_views.get(user))

    def responses_to(self, tag: str) -> list[dict[str, Any]]:
        """The accepted posts to `response_url(tag)`, oldest first."""
        with self._lock:
            return copy.deepcopy([r for r in self._responses if r["tag"] == tag])

    def file_content(self, file_id: str) -> bytes | None:
        """The bytes uploaded for `file_id`."""
        with self._lock:
            return self._files.get(file_id, {}).get("content")

    def state(self) -> dict[str, Any]:
        """A deep copy of everything: messages, ephemerals, views, home_views, responses, ..."""
        with self._lock:
            return copy.deepcopy(
                {
                    "messages": self._messages,
                    "ephemerals": self._ephemerals,
                    "views": self._views,
                    "home_views": self._home_views,
                    "responses": self._responses,
                    "files": self._files,
                    "reactions": self._reactions,
                }
            )

    # -- HTTP plumbing ----------------------------------------------------------------------

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
            self._send(req, _Answer(404, b"Not Found", "text/plain"))
            return

        params: dict[str, Any] = {}
        token: str | None = None
        bad_request: _Fail | None = None
        try:
            if method == UPLOAD:
                params = {"file_id": unquote(url.path[len("/upload/") :]), "length": len(raw)}
            else:
                params = self._parse(url.query, raw, headers.get("content-type", ""))
                token = self._token(headers, params)
                if method == RESPONSE_URL and isinstance(params.get("payload"), str):
                    # The form-encoded variant of a response_url post: payload=<json>.
                    with contextlib.suppress(ValueError):
                        payload = json.loads(params["payload"])
                        params = payload if isinstance(payload, dict) else params
        except _Fail as fail:
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
                answer = self._fault_answer(fault)
            elif method == UPLOAD:
                answer = self._upload(params["file_id"], raw, headers)
            elif method == RESPONSE_URL:
                answer = self._response_post(unquote(url.path[len("/response/") :]), params)
            else:
                answer = self._api(method, params, token)
        except _Fail as fail:
            answer = self._fail_answer(fail)
        self._record(Call(method, params, headers, time.time(), answer.status, answer.error))
        if fault is not None and fault.delay:
            self._stopping.wait(fault.delay)
        self._send(req, answer)

    def _send(self, req: _Handler, answer: _Answer) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            req.send_response(answer.status)
            req.send_header("Content-Type", answer.content_type)
            req.send_header("Content-Length", str(len(answer.body)))
            for name, value in answer.headers.items():
                req.send_header(name, value)
            req.end_headers()
            req.wfile.write(answer.body)

    def _record(self, call: Call) -> None:
        with self._changed:
            self._calls.append(call)
            listeners = list(self._listeners)
            self._changed.notify_all()
        for listener in listeners:
            try:
                listener(call)
            except Exception:  # a broken console listener must not break the fake Slack
                log.exception("local slack: call listener failed")

    @staticmethod
    def _parse(query: str, raw: bytes, content_type: str) -> dict[str, Any]:
        params = _single(parse_qs(query, keep_blank_values=True))
        kind = content_type.split(";")[0].strip().lower()
        if kind == "application/json" and raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise _Fail("invalid_json") from None
            if not isinstance(body, dict):
                raise _Fail("invalid_json")
            params.update(body)
        elif kind == "multipart/form-data":
            for name, filename, payload in _multipart(content_type, raw):
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

    @staticmethod
    def _token(headers: dict[str, str], params: dict[str, Any]) -> str | None:
        auth = headers.get("authorization", "")
        token = params.pop("token", None)
        if auth.lower().startswith("bearer "):
            return auth[len("bearer ") :].strip() or None
        return token or None

    @staticmethod
    def _fault_answer(fault: _Fault) -> _Answer:
        headers = {"Retry-After": str(fault.retry_after)} if fault.status == 429 else {}
        return _json_answer({"ok": False, "error": fault.error}, fault.status, headers)

    @staticmethod
    def _fail_answer(fail: _Fail) -> _Answer:
        body: dict[str, Any] = {"ok": False, "error": fail.error}
        if fail.messages:
            body["response_metadata"] = {"messages": fail.messages}
        return _json_answer(body, fail.status)

    def _api(self, method: str, params: dict[str, Any], token: str | None) -> _Answer:
        # A method a test added wins over the built-in one of the same name.
        handler = self._extra_methods.get(method) or self._methods.get(method)
        if handler is None:
            raise _Fail("unknown_method")
        if method != "api.test":
            if not token:
                raise _Fail("not_authed")
            if token in self.revoked_tokens or not token.startswith(("xoxb-", "xoxp-", "xapp-")):
                raise _Fail("invalid_auth")
        with self._lock:
            result = handler(params)
        return _json_answer({"ok": True, **result})

    # -- helpers for the methods ------------------------------------------------------------

    def _new_ts(self) -> str:
        # Unique and increasing even when two messages land in the same microsecond.
        now_us = max(int(time.time() * 1_000_000), self._last_ts_us + 1)
        self._last_ts_us = now_us
        return f"{now_us // 1_000_000}.{now_us % 1_000_000:06d}"

    def _new_id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter:07d}"

    def _channel_info(self, channel: str) -> dict[str, Any]:
        kind = channel[0]
        info: dict[str, Any] = {
            "id": channel,
            "created": 1_700_000_000,
            "is_archived": False,
            "is_general": False,
            "is_channel": kind == "C",
            "is_group": kind == "G",
            "is_im": kind == "D",
            "is_mpim": False,
            "is_private": kind in "GD",
            "is_member": True,
            "is_ext_shared": False,
            "is_shared": False,
            "context_team_id": self.team_id,
        }
        if kind == "D":
            info["user"] = channel[1:]
        else:
            name = f"channel-{channel.lower()}"
            info.update(
                name=name,
                name_normalized=name,
                num_members=3,
                topic={"value": "", "creator": "", "last_set": 0},
                purpose={"value": "", "creator": "", "last_set": 0},
            )
        info.update(self.channels.get(channel, {}))
        return info

    def _resolve_channel(self, channel: Any) -> str:
        if not channel or not isinstance(channel, str):
            raise _Fail("channel_not_found")
        channel = channel.lstrip("#")
        if _USER_ID.match(channel):  # posting to a user id goes to the bot's DM with them
            return self.dm_channel(channel)
        if _CHANNEL_ID.match(channel):
            return channel
        for cid, info in self.channels.items():
            if info.get("name") == channel:
                return cid
        raise _Fail("channel_not_found")

    def _writable_channel(self, channel: Any) -> str:
        cid = self._resolve_channel(channel)
        error = self.channel_errors.get(cid)
        if error:
            raise _Fail(error)
        info = self._channel_info(cid)
        if info["is_archived"]:
            raise _Fail("is_archived")
        if not info["is_member"]:
            raise _Fail("not_in_channel")
        return cid

    def _check_message(self, params: dict[str, Any], *, need_content: bool = True) -> None:
        text = params.get("text")
        if isinstance(text, str) and len(text) > MESSAGE_TEXT_LIMIT:
            raise _Fail("msg_too_long")
        blocks = params.get("blocks")
        if isinstance(blocks, str):
            raise _Fail("invalid_blocks_format")
        if blocks is not None:
            problems = block_kit_problems(blocks)
            if problems:
                raise _Fail("invalid_blocks", messages=problems)
            if self.max_blocks_text is not None and (_blocks_text_length(blocks) > self.max_blocks_text):
                raise _Fail("msg_blocks_too_long")
        if need_content and not (text or blocks or params.get("attachments")):
            raise _Fail("no_text")

    def _message_body(self, params: dict[str, Any], ts: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "ts": ts,
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "text": params.get("text") or "",
        }
        for name in ("blocks", "attachments", "metadata", "thread_ts"):
            if params.get(name) is not None:
                message[name] = params[name]
        return message

    def _find_message(self, channel: str, ts: Any) -> dict[str, Any] | None:
        return next((m for m in self._messages.get(channel, []) if m["ts"] == ts), None)

    def _permalink(self, channel: str, ts: str, thread_ts: str | None = None) -> str:
        link = f"https://{self.team_domain}.slack.com/archives/{channel}/p{ts.replace('.', '')}"
        if thread_ts and thread_ts != ts:
            link += f"?thread_ts={thread_ts}&cid={channel}"
        return link

    # -- API methods (called with the lock held) --------------------------------------------

    def _api_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"args": params} if params else {}

    def _auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"https://{self.team_domain}.slack.com/",
            "team": "Example Workspace",
            "user": self.bot_name,
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        self._check_message(params)
        message = self._message_body(params, self._new_ts())
        self._messages.setdefault(channel, []).append(message)
        return {"channel": channel, "ts": message["ts"], "message": copy.deepcopy(message)}

    def _chat_post_ephemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        user = params.get("user")
        if not user or not _USER_ID.match(str(user)):
            raise _Fail("user_not_found")
        self._check_message(params)
        ts = self._new_ts()
        self._ephemerals.append({**self._message_body(params, ts), "channel": channel, "visible_to": user})
        return {"message_ts": ts}

    def _chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        message = self._find_message(channel, params.get("ts"))
        if message is None:
            raise _Fail("message_not_found")
        self._check_message(params, need_content=False)
        # Like Slack: a field left out keeps its old value; an empty blocks list removes them.
        for name in ("text", "blocks", "attachments", "metadata"):
            if name in params:
                message[name] = params[name]
        message["edited"] = {"user": self.bot_user_id, "ts": self._new_ts()}
        return {
            "channel": channel,
            "ts": message["ts"],
            "text": message["text"],
            "message": copy.deepcopy(message),
        }

    def _chat_delete(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        message = self._find_message(channel, params.get("ts"))
        if message is None:
            raise _Fail("message_not_found")
        self._messages[channel].remove(message)
        return {"channel": channel, "ts": message["ts"]}

    def _chat_get_permalink(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._resolve_channel(params.get("channel"))
        ts = params.get("message_ts")
        if not ts:
            raise _Fail("message_not_found")
        # Lenient: the message may be a user's, which this model never saw.
        message = self._find_message(channel, ts) or {}
        return {"channel": channel, "permalink": self._permalink(channel, ts, message.get("thread_ts"))}

    def _conversations_info(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._resolve_channel(params.get("channel"))
        info = self._channel_info(channel)
        if self.channel_errors.get(channel) == "channel_not_found" or (
            info["is_private"] and not info["is_member"]
        ):
            raise _Fail("channel_not_found")
        return {"channel": info}

    def _conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        """Newest first, between oldest and latest; metadata only when asked for, like Slack."""
        channel = self._resolve_channel(params.get("channel"))
        if channel in self.channel_errors:
            raise _Fail(self.channel_errors[channel])
        oldest = float(params.get("oldest") or 0)
        latest = float(params.get("latest") or "inf")
        inclusive = _truthy(params.get("inclusive"))
        limit = int(params.get("limit") or 100)
        with_metadata = _truthy(params.get("include_all_metadata"))
        found = []
        for message in reversed(self._messages.get(channel, [])):
            ts = float(message["ts"])
            inside = (oldest <= ts <= latest) if inclusive else (oldest < ts < latest)
            if inside and not message.get("thread_ts"):
                shown = copy.deepcopy(message)
                if not with_metadata:
                    shown.pop("metadata", None)
                found.append(shown)
        return {"messages": found[:limit], "has_more": len(found) > limit}

    def _conversations_replies(self, params: dict[str, Any]) -> dict[str, Any]:
        """A thread, oldest first: its parent (if posted here) and replies; metadata when asked."""
        channel = self._resolve_channel(params.get("channel"))
        if channel in self.channel_errors:
            raise _Fail(self.channel_errors[channel])
        ts = str(params.get("ts") or "")
        limit = int(params.get("limit") or 1000)
        with_metadata = _truthy(params.get("include_all_metadata"))
        found = []
        for message in self._messages.get(channel, []):
            if message["ts"] == ts or message.get("thread_ts") == ts:
                shown = copy.deepcopy(message)
                if not with_metadata:
                    shown.pop("metadata", None)
                found.append(shown)
        return {"messages": found[:limit], "has_more": len(found) > limit}

    def _conversations_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("channel"):
            return {
                "channel": {"id": self._resolve_channel(params["channel"])},
                "no_op": True,
                "already_open": True,
            }
        users = [u.strip() for u in str(params.get("users") or "").split(",") if u.strip()]
        if not users:
            raise _Fail("users_list_not_supplied")
        if any(not _USER_ID.match(u) for u in users):
            raise _Fail("user_not_found")
        if len(users) == 1:
            cid = self.dm_channel(users[0])
        else:
            key = tuple(sorted(users))
            cid = self._mpims.setdefault(key, self._new_id("G"))
        return {"channel": {"id": cid}, "no_op": False, "already_open": False}

    def _users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user = params.get("user")
        if not user or not _USER_ID.match(str(user)):
            raise _Fail("user_not_found")
        is_bot = user == self.bot_user_id
        name = self.bot_name if is_bot else str(user).lower()
        info: dict[str, Any] = {
            "id": user,
            "team_id": self.team_id,
            "name": name,
            "deleted": False,
            "real_name": f"User {user}",
            "tz": "UTC",
            "tz_label": "Coordinated Universal Time",
            "tz_offset": 0,
            "is_admin": False,
            "is_owner": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "profile": {
                "real_name": f"User {user}",
                "display_name": name,
                "email": f"{name}@example.com",
                "team": self.team_id,
            },
        }
        info.update(self.users.get(str(user), {}))
        return {"user": info}

    def _stored_view(
        self, view: dict[str, Any], view_id: str, root_view_id: str | None = None
    ) -> dict[str, Any]:
        return {
            "id": view_id,
            "team_id": self.team_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
            "app_installed_team_id": self.team_id,
            "private_metadata": "",
            "callback_id": "",
            "external_id": "",
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{self._new_id('h')}",
            "clear_on_close": False,
            "notify_on_close": False,
            "previous_view_id": None,
            "root_view_id": root_view_id or view_id,
            **copy.deepcopy(view),
        }

    def _valid_view(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view")
        problems = view_problems(view)
        if problems or not isinstance(view, dict):
            # Slack answers bad views with invalid_arguments, not invalid_blocks.
            raise _Fail("invalid_arguments", messages=problems)
        return view

    def _views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if not params.get("trigger_id"):
            raise _Fail("invalid_arguments", messages=["[ERROR] missing required field: trigger_id"])
        view = self._valid_view(params)
        if view.get("type") != "modal":
            raise _Fail(
                "invalid_arguments", messages=["[ERROR] must be a valid enum value [json-pointer:/view/type]"]
            )
        stored = self._stored_view(view, self._new_id("V"))
        self._views[stored["id"]] = stored
        return {"view": copy.deepcopy(stored)}

    def _views_update(self, params: dict[str, Any]) -> dict[str, Any]:
        view_id, external_id = params.get("view_id"), params.get("external_id")
        current = (
            self._views.get(view_id)
            if view_id
            else next(
                (v for v in self._views.values() if external_id and v["external_id"] == external_id), None
            )
        )
        if current is None:
            raise _Fail("not_found")
        if params.get("hash") and params["hash"] != current["hash"]:
            raise _Fail("hash_conflict")
        view = self._valid_view(params)
        stored = self._stored_view(view, current["id"], current["root_view_id"])
        self._views[current["id"]] = stored
        return {"view": copy.deepcopy(stored)}

    def _views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        user = params.get("user_id")
        if not user or not _USER_ID.match(str(user)):
            raise _Fail("user_not_found")
        view = self._valid_view(params)
        if view.get("type") != "home":
            raise _Fail(
                "invalid_arguments", messages=["[ERROR] must be a valid enum value [json-pointer:/view/type]"]
            )
        current = self._home_views.get(user)
        if params.get("hash") and current and params["hash"] != current["hash"]:
            raise _Fail("hash_conflict")
        stored = self._stored_view(view, current["id"] if current else self._new_id("V"))
        self._home_views[user] = stored
        return {"view": copy.deepcopy(stored)}

    def _reactions_add(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        ts, name = params.get("timestamp"), str(params.get("name") or "").strip(":")
        if not ts:
            raise _Fail("no_item_specified")
        if not name:
            raise _Fail("invalid_name")
        reaction = {"channel": channel, "ts": ts, "name": name}
        if reaction in self._reactions:
            raise _Fail("already_reacted")
        self._reactions.append(reaction)
        message = self._find_message(channel, ts)
        if message is not None:
            message.setdefault("reactions", []).append(
                {"name": name, "users": [self.bot_user_id], "count": 1}
            )
        return {}

    def _files_get_upload_url(self, params: dict[str, Any]) -> dict[str, Any]:
        filename, length = params.get("filename"), params.get("length")
        try:
            size = int(length)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            size = -1
        if not filename or size < 0:
            raise _Fail("invalid_arguments")
        file_id = self._new_id("F")
        self._files[file_id] = {
            "id": file_id,
            "name": filename,
            "length": size,
            "alt_txt": params.get("alt_txt"),
            "snippet_type": params.get("snippet_type"),
            "content": None,
            "completed": False,
        }
        return {"upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _upload(self, file_id: str, raw: bytes, headers: dict[str, str]) -> _Answer:
        content_type = headers.get("content-type", "")
        data = raw
        if content_type.lower().startswith("multipart/form-data"):
            data = next((payload for _, filename, payload in _multipart(content_type, raw) if filename), b"")
        with self._lock:
            pending = self._files.get(file_id)
            if pending is None:
                return _Answer(404, b"Not Found", "text/plain", error="file_not_found")
            pending["content"] = data
        return _Answer(200, f"OK - {len(data)}".encode(), "text/plain")

    def _files_complete_upload(self, params: dict[str, Any]) -> dict[str, Any]:
        items = params.get("files")
        if not isinstance(items, list) or not items:
            raise _Fail("invalid_arguments")
        targets = [params["channel_id"]] if params.get("channel_id") else []
        targets += [c.strip() for c in str(params.get("channels") or "").split(",") if c.strip()]
        channels = [self._writable_channel(c) for c in targets]
        done = []
        for item in items:
            pending = self._files.get(str(item.get("id"))) if isinstance(item, dict) else None
            if pending is None or pending["content"] is None:
                raise _Fail("file_not_found")
            done.append((item, pending))
        files = []
        for item, pending in done:
            pending.update(completed=True, title=item.get("title") or pending["name"], channels=channels)
            fid, name = pending["id"], pending["name"]
            files.append(
                {
                    "id": fid,
                    "created": int(time.time()),
                    "timestamp": int(time.time()),
                    "name": name,
                    "title": pending["title"],
                    "user": self.bot_user_id,
                    "size": len(pending["content"]),
                    "mimetype": "application/octet-stream",
                    "url_private": f"https://files.slack.com/files-pri/{self.team_id}-{fid}/{name}",
                    "permalink": f"https://{self.team_domain}.slack.com/files/"
                    f"{self.bot_user_id}/{fid}/{name}",
                    "channels": channels,
                    "is_public": any(c.startswith("C") for c in channels),
                }
            )
        for channel in channels:
            message = self._message_body(
                {"text": params.get("initial_comment") or "", "thread_ts": params.get("thread_ts")},
                self._new_ts(),
            )
            message["files"] = copy.deepcopy(files)
            self._messages.setdefault(channel, []).append(message)
        return {"files": files}

    # -- response_url -----------------------------------------------------------------------

    def _response_post(self, tag: str, params: dict[str, Any]) -> _Answer:
        with self._lock:
            if sum(1 for r in self._responses if r["tag"] == tag) >= RESPONSE_URL_POSTS:
                return _json_answer({"ok": False, "error": "used_url"}, 404)
            try:
                # The webhook answers errors with HTTP 400; WebhookClient does not raise.
                self._check_message(params, need_content=not _truthy(params.get("delete_original")))
            except _Fail as fail:
                fail.status = 400
                return self._fail_answer(fail)
            post: dict[str, Any] = {
                "tag": tag,
                "at": time.time(),
                "response_type": params.get("response_type") or "ephemeral",
                "replace_original": _truthy(params.get("replace_original")),
                "delete_original": _truthy(params.get("delete_original")),
                **{k: params[k] for k in ("text", "blocks", "attachments", "thread_ts") if k in params},
            }
            self._responses.append(post)
            self._apply_response(tag, post, params)
        return _json_answer({"ok": True})

    def _apply_response(self, tag: str, post: dict[str, Any], params: dict[str, Any]) -> None:
        target = self._response_targets.get(tag) or {}
        channel, ts = target.get("channel"), target.get("message_ts")
        if not channel:
            return
        original = self._find_message(channel, ts) if ts else None
        if post["delete_original"]:
            if original is not None:
                self._messages[channel].remove(original)
        elif post["replace_original"] and original is not None:
            for name in ("text", "blocks", "attachments"):
                original[name] = params.get(name, "" if name == "text" else [])
        elif post["response_type"] == "in_channel":
            self._messages.setdefault(channel, []).append(self._message_body(params, self._new_ts()))
        else:
            self._ephemerals.append(
                {
                    **self._message_body(params, self._new_ts()),
                    "channel": channel,
                    "visible_to": target.get("user"),
                }
            )


__all__ = ["Call", "LocalSlack", "RESPONSE_URL", "UPLOAD", "block_kit_problems", "view_problems"]
