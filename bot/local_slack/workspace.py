"""The fake workspace: configuration, channels, users, messages, views and the recorded calls."""

from __future__ import annotations

import copy
import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from bot.local_slack.block_kit import (
    MESSAGE_BLOCKS_TEXT_LIMIT,
    MESSAGE_TEXT_LIMIT,
    block_kit_problems,
    blocks_text_length,
)
from bot.local_slack.http import Call, Fail, SlackServer

log = logging.getLogger(__name__)

DEFAULT_TEAM_ID = "T1"
DEFAULT_TEAM_DOMAIN = "example"
DEFAULT_BOT_USER_ID = "U0BOT"
DEFAULT_BOT_ID = "B0BOT"
DEFAULT_APP_ID = "A0MINERALS"

# A Web API method's implementation: params in, the fields of an ok answer out.
Method = Callable[[dict[str, Any]], dict[str, Any]]

CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]+$")
USER_ID = re.compile(r"^[UWB][A-Z0-9]+$")


class Workspace(SlackServer):
    """What the fake Slack holds: configuration, the workspace model and every call received."""

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
        super().__init__(port)
        self.team_id, self.team_domain = team_id, team_domain
        self.bot_user_id, self.bot_id, self.app_id, self.bot_name = (bot_user_id, bot_id, app_id, bot_name)
        # Configuration: edit freely, before or while the server runs.
        self.channels: dict[str, dict[str, Any]] = {}  # conversations.info overrides per id
        self.users: dict[str, dict[str, Any]] = {}  # users.info overrides per id
        self.channel_errors: dict[str, str] = {}  # channel id -> error for every post there
        self.revoked_tokens: set[str] = set()
        self.max_blocks_text: int | None = MESSAGE_BLOCKS_TEXT_LIMIT
        self._changed = threading.Condition(self._lock)
        self._listeners: list[Callable[[Call], None]] = []
        self._extra_methods: dict[str, Method] = {}
        self._reset_state()

    def _reset_state(self) -> None:
        with self._lock:
            self._calls: list[Call] = []
            self._faults.clear()
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
        self, method: str, count: int = 1, timeout: float = 20.0, where: Callable[[Call], bool] | None = None
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

    def add_method(self, name: str, handler: Method) -> None:
        """Answer a method (a new one, or instead of the built-in) with `handler(params)`."""
        with self._lock:
            self._extra_methods[name] = handler

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
            raise Fail("channel_not_found")
        name = channel.lstrip("#")
        if USER_ID.match(name):  # posting to a user id goes to the bot's DM with them
            return self.dm_channel(name)
        if CHANNEL_ID.match(name):
            return name
        for cid, info in self.channels.items():
            if info.get("name") == name:
                return cid
        raise Fail("channel_not_found")

    def _writable_channel(self, channel: Any) -> str:
        cid = self._resolve_channel(channel)
        error = self.channel_errors.get(cid)
        if error:
            raise Fail(error)
        info = self._channel_info(cid)
        if info["is_archived"]:
            raise Fail("is_archived")
        if not info["is_member"]:
            raise Fail("not_in_channel")
        return cid

    def _check_message(self, params: dict[str, Any], *, need_content: bool = True) -> None:
        text = params.get("text")
        if isinstance(text, str) and len(text) > MESSAGE_TEXT_LIMIT:
            raise Fail("msg_too_long")
        blocks = params.get("blocks")
        if isinstance(blocks, str):
            raise Fail("invalid_blocks_format")
        if blocks is not None:
            problems = block_kit_problems(blocks)
            if problems:
                raise Fail("invalid_blocks", messages=problems)
            if self.max_blocks_text is not None and (blocks_text_length(blocks) > self.max_blocks_text):
                raise Fail("msg_blocks_too_long")
        if need_content and not (text or blocks or params.get("attachments")):
            raise Fail("no_text")

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
