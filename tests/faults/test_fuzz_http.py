"""A bounded fuzz loop on the HTTP endpoint: random, correctly signed bodies built by mutating
real Slack payloads. The server never answers 5xx, keeps serving, and the store stays
consistent. FAULTS_SEED=<n> replays a run."""

from __future__ import annotations

import copy
import json
import os
import random
import time
import urllib.parse
from typing import Any

import pytest

from tests.faults.conftest import COMMITMENTS, assert_store_consistent, message_event
from tests.slack_requests import FORM, JSON, sign

SEED = int(os.environ.get("FAULTS_SEED", "20251128"))

JUNK: list[Any] = [
    None,
    True,
    0,
    -1,
    2**63,
    1e308,
    float("inf"),
    "",
    " ",
    "x" * 5000,
    [],
    {},
    [None],
    {"a": {"b": [1, {"c": None}]}},
    "\x00",
    "\ud800",
    "\u202e🇯🇵\u200b",
    "<!channel>",
    "'; DROP TABLE draft; --",
    "%s%n%x",
    "../../etc/passwd",
    "draft_log_1",
    "page_next",
    "1",
    "-5",
    "null",
    "[]",
    "{}",
]


def _junk(rng: random.Random) -> Any:
    return copy.deepcopy(rng.choice(JUNK))


def _templates() -> list[tuple[str, Any]]:
    ts = f"{time.time():.6f}"
    command = {
        "token": "x",
        "team_id": "T1",
        "channel_id": "C1",
        "channel_name": "general",
        "user_id": "U1",
        "command": "/minerals",
        "text": "commitments by:JP",
        "response_url": "http://127.0.0.1:9/response/x",
        "trigger_id": "t.1",
    }
    event = {
        "token": "x",
        "team_id": "T1",
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": "Ev1",
        "event_time": int(time.time()),
        "event": message_event(COMMITMENTS[1], ts=ts),
        "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
    }
    click = {
        "type": "block_actions",
        "user": {"id": "U3", "team_id": "T1"},
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": "t.2",
        "channel": {"id": "C1", "name": "general"},
        "container": {"type": "message", "channel_id": "C1", "message_ts": ts},
        "response_url": "http://127.0.0.1:9/response/y",
        "actions": [
            {"type": "button", "action_id": "draft_log_1", "block_id": "b", "value": "1", "action_ts": ts}
        ],
    }
    submit = {
        "type": "view_submission",
        "user": {"id": "U2"},
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": "t.3",
        "view": {
            "id": "V1",
            "type": "modal",
            "callback_id": "edit_commitment",
            "private_metadata": json.dumps({"draft": 1}),
            "state": {
                "values": {
                    "actor": {"value": {"type": "plain_text_input", "value": "JP"}},
                    "instrument": {"value": {"type": "static_select", "selected_option": {"value": "loan"}}},
                }
            },
        },
    }
    home = {
        "type": "event_callback",
        "team_id": "T1",
        "event_id": "Ev2",
        "event": {"type": "app_home_opened", "user": "U1", "tab": "home"},
    }
    return [("form", command), ("json", event), ("payload", click), ("payload", submit), ("json", home)]


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, (*prefix, i))
    return found


def _mutate(rng: random.Random, doc: Any) -> Any:
    doc = copy.deepcopy(doc)
    for _ in range(rng.randint(1, 4)):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            return _junk(rng)
        path = rng.choice(paths)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        move = rng.random()
        if move < 0.25 and isinstance(parent, dict):
            del parent[last]
        elif move < 0.35 and isinstance(parent, dict):
            parent[rng.choice(["type", "actions", "user", "event", "view", "x" * 3])] = _junk(rng)
        elif move < 0.45:
            parent[last] = rng.choice(
                ["draft_log_", "draft_undo_", "draft_edit_", "draft_dismiss_", "page_", "rerun_"]
            ) + str(rng.choice([1, 2, -1, 0, 10**12]))
        else:
            parent[last] = _junk(rng)
    return doc


def _encode(rng: random.Random, kind: str, doc: Any) -> tuple[str, str]:
    if kind == "form":
        if not isinstance(doc, dict):
            return urllib.parse.urlencode({"text": str(doc)}, errors="surrogatepass"), FORM
        body = urllib.parse.urlencode(
            {k: v if isinstance(v, str) else json.dumps(v) for k, v in doc.items()}, errors="surrogatepass"
        )
        return body, FORM
    text = json.dumps(doc, allow_nan=True)
    if rng.random() < 0.1:
        text = text[: rng.randint(0, len(text))]  # truncated
    if kind == "payload":
        return urllib.parse.urlencode({"payload": text}), FORM
    return text, JSON


@pytest.mark.parametrize(
    "rounds", [pytest.param(300, id="quick"), pytest.param(3000, id="release", marks=pytest.mark.slow)]
)
def test_fuzzed_signed_requests_never_get_a_5xx(fault_bot, slack, bot_log, rounds):
    bot = fault_bot
    rng = random.Random(f"{SEED}-{bot.services.engine.url.get_backend_name()}-{rounds}")
    templates = _templates()
    failures = []
    for i in range(rounds):
        kind, template = rng.choice(templates)
        doc = _mutate(rng, template) if rng.random() < 0.9 else template
        body, content_type = _encode(rng, kind, doc)
        if rng.random() < 0.05:
            content_type = rng.choice([JSON, FORM, f"{FORM}; charset=latin-1", "application/JSON"])
        raw = body.encode("utf-8", "surrogatepass")
        resp = bot.http.post(
            f"{bot.url}/slack/events",
            content=raw,
            headers={"Content-Type": content_type, **sign(raw.decode("utf-8", "replace"))},
        )
        if resp.status_code >= 500:
            failures.append((i, resp.status_code, body[:300]))
    bot.drain()
    assert failures == [], f"seed {SEED}: {failures[:5]}"
    assert not [r for r in bot_log.records if "Exception in ASGI" in r.getMessage()]
    assert "help" in bot.command("help").text
    assert bot.health().json()["ok"] is True
    assert_store_consistent(bot.services.engine)
