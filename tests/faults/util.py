"""Helpers shared by the fault tests: outgoing text, the bot's modal submissions, raw HTTP."""

from __future__ import annotations

import json
import re
import socket
from typing import Any

from bot.local_slack import LocalSlack
from tests.e2e.conftest import RunningBot
from tests.slack_requests import view_submission

# What must never reach Slack unescaped from user input: pings, mentions, forged links.
INJECTED = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@UEVIL>",
    "<#CEVIL>",
    "<https://evil.example",
    "<mailto:x@evil.example",
)
HOSTILE_TEXTS = [
    "<!channel> <!here|here> <!everyone>",
    "<@UEVIL> <#CEVIL|general> <https://evil.example|click here> <mailto:x@evil.example|mail>",
    "'; DROP TABLE commitment; --",
    '" OR 1=1 --',
    "x' UNION SELECT name FROM sqlite_master --",
    "%' OR '%'='",
    "Robert'); DELETE FROM project WHERE ('1'='1",
    "*bold* _it_ ~strike~ `code` ```block``` > quote &amp; &lt;!channel&gt;",
]
UNICODE_TEXTS = [
    "\u202eRTL override\u202c and \u200fRLM",
    "zero\u200bwidth\u200d\u2060joiners\ufeff",
    "emoji 🇯🇵🇨🇦 👩🏽‍🔬 ⛏️",
    "NUL\x00in the middle",
    "combining e\u0301\u0301\u0301 and Ｆｕｌｌｗｉｄｔｈ",
    "العربية עברית 中文",
]


def mrkdwn_texts(node: Any) -> list[str]:
    """Every string Slack renders as mrkdwn in blocks or views (plain_text is literal)."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if value.get("type") == "mrkdwn" and isinstance(value.get("text"), str):
                found.append(value["text"])
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(node)
    return found


def rendered(params: dict[str, Any]) -> list[str]:
    """What Slack would render from one message-like payload: fallback text and mrkdwn."""
    out = [params["text"]] if isinstance(params.get("text"), str) else []
    return out + mrkdwn_texts(params.get("blocks")) + mrkdwn_texts(params.get("view"))


def everything_shown(slack: LocalSlack, answers: list[dict[str, Any]] = ()) -> list[str]:  # type: ignore[assignment]
    """Rendered text of every message, update, ephemeral, response and view the bot sent,
    plus the slash command answers given in `answers`."""
    texts: list[str] = []
    for call in slack.calls:
        if call.method in (
            "chat.postMessage",
            "chat.update",
            "chat.postEphemeral",
            "response_url",
            "views.publish",
            "views.open",
            "views.update",
            "files.completeUploadExternal",
        ):
            texts += rendered(call.params)
            if call.method == "files.completeUploadExternal":
                texts.append(str(call.params.get("initial_comment") or ""))
    for answer in answers:
        texts += rendered(answer)
    return texts


# The bot's own link to a record's source: a web link the message gave (issue 17: the source
# of a logged commitment is the link in the message), under the bot's label, never the sender's.
_SOURCE_LINK = re.compile(r"<https?://[^|<>\s]+\|source>")


def assert_nothing_injected(texts: list[str]) -> None:
    for text in texts:
        text = _SOURCE_LINK.sub("", text)
        for bad in INJECTED:
            assert bad not in text, f"unescaped {bad!r} reached Slack in: {text[:300]!r}"


def _input(value: str) -> dict[str, Any]:
    return {"value": {"type": "plain_text_input", "value": value}}


def add_project_payload(
    name: str, *, user: str = "U1", channel: str = "C1", private: bool = False, **fields: str
) -> dict[str, Any]:
    values = {"name": name, **fields}
    return view_submission(
        "add_project",
        {k: _input(v) for k, v in values.items()},
        user_id=user,
        private_metadata=json.dumps({"channel": channel, "private": private}),
    )


def add_initiative_payload(
    name: str, *, user: str = "U1", channel: str = "C1", private: bool = False, **fields: str
) -> dict[str, Any]:
    payload = add_project_payload(name, user=user, channel=channel, private=private, **fields)
    payload["view"]["callback_id"] = "add_initiative"
    return payload


def edit_payload(draft_id: Any, values: dict[str, str], *, user: str) -> dict[str, Any]:
    state = {}
    for k, v in values.items():
        if k in ("instrument", "status", "amount_is_ceiling"):
            state[k] = {"value": {"type": "static_select", "selected_option": {"value": v}}}
        else:
            state[k] = _input(v)
    return view_submission(
        "edit_commitment", state, user_id=user, private_metadata=json.dumps({"draft": draft_id})
    )


def raw_http(bot: RunningBot, request: bytes, timeout: float = 10.0) -> bytes:
    """Send raw bytes to the bot's port and read the whole answer (for lying headers)."""
    host, port = bot.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def answer_json(resp: Any) -> dict[str, Any]:
    assert resp.status_code == 200, resp.text
    return (
        resp.json()
        if resp.content and resp.headers.get("content-type", "").startswith("application/json")
        else {"text": resp.text}
    )
