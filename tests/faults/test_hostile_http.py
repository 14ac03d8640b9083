"""Hostile and malformed requests against the running HTTP server.

Nothing that did not come from Slack changes anything; nothing malformed gets a 5xx or
stops the server; user text reaches the store verbatim and Slack escaped.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.parse

import pytest
from sqlmodel import Session, select

from store.drafts import autolog_enabled
from store.models import Draft, ProcessedEvent, Project
from tests.faults.conftest import COMMITMENTS, draft_buttons, message_event, non_seed_commitments
from tests.faults.util import (
    HOSTILE_TEXTS,
    UNICODE_TEXTS,
    add_project_payload,
    answer_json,
    assert_nothing_injected,
    everything_shown,
    raw_http,
)
from tests.slack_requests import FORM, JSON, SIGNING_SECRET, form_payload, sign


def _serves(bot) -> None:
    """The server still answers a signed command and its health check."""
    assert "help" in bot.command("help").text
    assert bot.health().json()["ok"] is True


def _signed_event_body(text: str, ts: str) -> str:
    return json.dumps(
        {
            "token": "x",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": f"Ev{ts}",
            "event_time": int(time.time()),
            "event": message_event(text, ts=ts),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
        }
    )


def test_requests_not_signed_by_slack_change_nothing(fault_bot, slack):
    bot = fault_bot
    # A pending card to aim forged clicks at (made by a genuine, signed event).
    bot.event(message_event(COMMITMENTS[0], ts="1700000000.000100"))
    card = slack.wait_for("chat.postMessage")[-1]
    bot.drain()
    log_button = draft_buttons(card.params["blocks"], "log")[0]
    click = form_payload(
        {
            "type": "block_actions",
            "user": {"id": "U3"},
            "team": {"id": "T1"},
            "channel": {"id": "C1"},
            "api_app_id": "A1",
            "token": "x",
            "container": {"type": "message", "channel_id": "C1"},
            "actions": [
                {"action_id": log_button["action_id"], "value": log_button["value"], "type": "button"}
            ],
        }
    )
    command = urllib.parse.urlencode(
        {"command": "/minerals", "text": "autolog on", "user_id": "U1", "channel_id": "C1", "team_id": "T1"}
    )
    event = _signed_event_body(COMMITMENTS[1], "1700000100.000100")
    now = int(time.time())
    for body, content_type in ((click, FORM), (command, FORM), (event, JSON)):
        url = f"{bot.url}/slack/events"
        forged = [
            {},  # no signature at all
            {"X-Slack-Request-Timestamp": str(now)},  # timestamp but no signature
            sign(body, secret="not-the-secret"),
            sign(body + " ", timestamp=now),  # signature of another body
            {**sign(body), "X-Slack-Signature": sign(body)["X-Slack-Signature"].replace("v0=", "v1=")},
            sign(body, timestamp=now - 301),  # a captured request replayed 5 minutes later
            sign(body, timestamp=now - 3600),
            sign(body, timestamp=now + 360),  # from the future (a margin: `now` ages as the loop runs)
            {
                "X-Slack-Request-Timestamp": "soon",  # not a number at all
                "X-Slack-Signature": "v0=" + "0" * 64,
            },
            {"X-Slack-Request-Timestamp": f"{now}.5", "X-Slack-Signature": "v0=00"},
        ]
        for headers in forged:
            resp = bot.http.post(
                url, content=body.encode(), headers={"Content-Type": content_type, **headers}
            )
            assert resp.status_code == 401, (headers, resp.status_code, resp.text)
    bot.drain()
    _serves(bot)
    with Session(bot.services.engine) as s:
        assert [d.state for d in s.exec(select(Draft)).all()] == ["pending", "pending"]
        assert (
            s.exec(select(ProcessedEvent).where(ProcessedEvent.key == "event:Ev1700000100.000100")).first()
            is None
        )
    assert non_seed_commitments(bot.services.engine) == []
    assert len(slack.calls_to("chat.postMessage")) == 1  # only the genuine card
    with Session(bot.services.engine) as s:  # the forged `autolog on` did not switch it on
        assert autolog_enabled(s, "C1") is False


@pytest.mark.parametrize(
    "content_type, body, status",
    [
        ("text/plain", "command=/minerals&text=help", 415),
        ("multipart/form-data; boundary=x", "--x\r\n\r\nhelp\r\n--x--", 415),
        ("application/xml", "<xml/>", 415),
        ("", "command=/minerals&text=help", 415),
        (JSON, "command=/minerals&text=help", 400),  # form body labelled JSON
        (JSON, '{"type": "event_callback", "event": {"type": "message", "text": "x', 400),
        (JSON, "[1, 2, 3]", 400),
        (JSON, "null", 400),
        (JSON, '"just a string"', 400),
        (JSON, "[" * 100_000 + "]" * 100_000, 400),  # nesting deeper than the parser goes
        (FORM, "payload=%7B%22type%22%3A%22block_actions%22", 400),  # truncated JSON payload
        (FORM, "payload=[]", 400),
        (FORM, "payload=" + urllib.parse.quote("[" * 50_000 + "]" * 50_000), 400),
    ],
    ids=[
        "text",
        "multipart",
        "xml",
        "no-type",
        "form-as-json",
        "truncated-json",
        "json-list",
        "json-null",
        "json-string",
        "deep-json",
        "truncated-payload",
        "payload-list",
        "deep-payload",
    ],
)
def test_bodies_that_are_not_slack_form_or_json_get_4xx(fault_bot, content_type, body, status):
    resp = fault_bot.post(body, content_type)
    assert resp.status_code == status, resp.text
    _serves(fault_bot)


def _sign_bytes(raw: bytes) -> dict[str, str]:
    """Slack's signature of raw bytes (slack_sdk's signer takes only UTF-8 text)."""
    ts = str(int(time.time()))
    digest = hmac.new(SIGNING_SECRET.encode(), f"v0:{ts}:".encode() + raw, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def test_bodies_that_are_not_utf8_are_refused(fault_bot):
    raw = b"command=/minerals&text=\xff\xfe\xfd"
    url = f"{fault_bot.url}/slack/events"
    resp = fault_bot.http.post(url, content=raw, headers={"Content-Type": FORM, **_sign_bytes(raw)})
    assert resp.status_code == 400
    # Unsigned (or signed for other bytes), it is not Slack's: 401 before anything reads it.
    forged = {"Content-Type": FORM, **sign("command=/minerals&text=")}
    assert fault_bot.http.post(url, content=raw, headers=forged).status_code == 401
    _serves(fault_bot)


UNSIGNED_MALFORMED = [
    (JSON, "[1, 2, 3]"),
    (JSON, "null"),
    (JSON, '{"type": "event_callback", "event": {"type": "message", "text": "x'),
    (JSON, "[" * 100_000 + "]" * 100_000),
    (FORM, "payload=[]"),
    (FORM, "payload=%7B%22type%22%3A%22block_actions%22"),
    (FORM, "payload=" + urllib.parse.quote("[" * 50_000 + "]" * 50_000)),
    (FORM, "payload=" + urllib.parse.quote(json.dumps({"type": "block_actions", "x": "y" * 900_000}))),
]


@pytest.mark.parametrize("content_type, body", UNSIGNED_MALFORMED, ids=range(len(UNSIGNED_MALFORMED)))
def test_unsigned_bodies_are_refused_before_they_are_parsed(fault_bot, bot_log, content_type, body):
    """Not Slack's: 401 whatever the body's shape, and nothing parses it (no "malformed" log)."""
    url = f"{fault_bot.url}/slack/events"
    for headers in ({}, sign(body, secret="not-the-secret"), sign(body, timestamp=int(time.time()) - 301)):
        resp = fault_bot.http.post(
            url, content=body.encode(), headers={"Content-Type": content_type, **headers}
        )
        assert resp.status_code == 401, (headers, resp.status_code, resp.text)
    assert not any("malformed" in m for m in bot_log.messages())
    _serves(fault_bot)


def test_huge_bodies_are_refused_before_they_are_read(fault_bot, slack):
    bot = fault_bot
    limit = bot.services.settings.max_body_bytes
    huge = "payload=" + "x" * (limit + 1)
    assert bot.post(huge, FORM).status_code == 413

    def chunks():  # no Content-Length: the server counts as it reads
        for _ in range(limit // 10_000 + 2):
            yield b"a" * 10_000

    resp = bot.http.post(
        f"{bot.url}/slack/events", content=chunks(), headers={"Content-Type": FORM, **sign("")}
    )
    assert resp.status_code == 413
    # A Content-Length that announces a huge body is refused without waiting for it.
    head = (
        f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: {FORM}\r\n"
        f"Content-Length: {50 * limit}\r\n\r\n"
    ).encode()
    answer = raw_http(bot, head + b"command=/minerals")
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    # Just under the limit is a normal (if long) command.
    text = "find " + "graphite " * ((limit - 2000) // 9)
    resp = bot.command(text)
    assert resp.status_code == 200
    _serves(bot)


WRONG_TYPES = [
    {"type": "block_actions", "user": {"id": "U1"}, "actions": "x"},
    {"type": "block_actions", "user": 5, "actions": [{"action_id": "draft_log_1", "value": "1"}]},
    {"type": "block_actions", "user": {"id": "U1"}, "actions": [5]},
    {"type": "block_actions", "user": {"id": "U1"}, "actions": [{"action_id": 5}]},
    {"type": "block_actions", "user": {"id": "U1"}, "actions": []},
    {
        "type": "block_actions",
        "user": {"id": ["U1"]},
        "actions": [{"action_id": "draft_log_1", "value": {"x": 1}}],
    },
    {
        "type": "block_actions",
        "user": None,
        "actions": [{"action_id": "page_next", "value": 7}],
        "channel": "C1",
    },
    {"type": "view_submission", "user": {"id": "U1"}, "view": "x"},
    {"type": "view_submission", "user": {"id": "U1"}, "view": {"callback_id": "edit_commitment", "state": 5}},
    {
        "type": "view_submission",
        "user": {"id": "U1"},
        "view": {"callback_id": "add_project", "state": {"values": {"name": 5}}},
    },
    {
        "type": "view_submission",
        "user": {"id": "U1"},
        "view": {
            "callback_id": "edit_commitment",
            "private_metadata": "[[[",
            "state": {"values": {"actor": {"value": {"value": ["x"]}}}},
        },
    },
    {"type": 5},
    {"type": None},
    {},
    [],
    "x",
    5,
    None,
    True,
]
WRONG_EVENTS = [
    {"type": "event_callback", "event": []},
    {"type": "event_callback", "event": "x"},
    {"type": "event_callback", "event": {"type": 5}},
    {"type": "event_callback", "event": {"type": "message", "text": 5, "ts": 5, "channel": 5}},
    {
        "type": "event_callback",
        "event": {"type": "message", "text": "x", "user": {"a": 1}, "ts": "1.2", "channel": "C1"},
    },
    {
        "type": "event_callback",
        "event": {"type": "message", "text": COMMITMENTS[2], "ts": ["1.2"], "channel": {"id": "C1"}},
    },
    {"type": "event_callback", "event": {"type": "app_mention", "text": "x"}},
    {"type": "event_callback", "event": {"type": "reaction_added", "reaction": "pushpin", "item": "x"}},
    {"type": "event_callback", "event": {"type": "app_home_opened", "user": 5}},
    {
        "type": "event_callback",
        "event": {"type": "message", "subtype": "message_changed", "message": "x", "channel": "C1"},
    },
    {
        "type": "event_callback",
        "event": {"type": "message", "subtype": "message_deleted", "previous_message": 5, "channel": "C1"},
    },
    {
        "type": "event_callback",
        "event_id": 5,
        "event": {"type": "message", "text": "x", "ts": "1.1", "channel": "C1", "user": "U1"},
    },
    {"type": "url_verification", "challenge": 5},
    {"type": "url_verification"},
    {"type": "event_callback"},
]


def test_payloads_with_wrong_types_never_get_a_5xx(fault_bot, bot_log):
    bot = fault_bot
    statuses = []
    for payload in WRONG_TYPES:
        statuses.append((payload, bot.post(form_payload(payload), FORM).status_code))
    for body in WRONG_EVENTS:
        statuses.append((body, bot.post(json.dumps(body), JSON).status_code))
    for field in ("command", "text", "user_id", "channel_id"):  # a slash command missing one
        fields = {"command": "/minerals", "text": "help", "user_id": "U1", "channel_id": "C1"}
        fields.pop(field)
        statuses.append((fields, bot.post(urllib.parse.urlencode(fields), FORM).status_code))
    bot.drain()
    assert [(p, s) for p, s in statuses if s >= 500] == []
    _serves(bot)
    assert not [r for r in bot_log.records if "Exception in ASGI" in r.getMessage()]


def test_unicode_edge_cases_are_stored_verbatim_and_answered(fault_bot, slack, bot_log):
    """RTL, zero-width, emoji, combining marks and NUL in messages, commands and forms."""
    bot = fault_bot
    for i, extra in enumerate(UNICODE_TEXTS):
        text = f"{COMMITMENTS[1]} {extra}"
        bot.event(message_event(text, ts=f"1700001{i:03d}.000100", user="U2"))
        card = slack.wait_for("chat.postMessage", count=i + 1)[-1]
        bot.drain()
        [log_button] = draft_buttons(card.params["blocks"], "log")
        bot.click(log_button, user="U3")
        bot.drain()
    # JSON can carry a lone UTF-16 surrogate, which no database can encode.
    bot.event(message_event(f"{COMMITMENTS[1]} lone \ud83d surrogate", ts="1700001999.000100"))
    card = slack.wait_for("chat.postMessage", count=len(UNICODE_TEXTS) + 1)[-1]
    bot.drain()
    bot.click(draft_buttons(card.params["blocks"], "log")[0], user="U3")
    bot.drain()
    *stored, lone = non_seed_commitments(bot.services.engine)
    assert lone.statement == f"{COMMITMENTS[1]} lone \ufffd surrogate"
    assert len(stored) == len(UNICODE_TEXTS), [r.getMessage() for r in bot_log.errors()]
    for commitment, extra in zip(stored, UNICODE_TEXTS, strict=True):
        typed = f"{COMMITMENTS[1]} {extra}"
        assert commitment.statement in (typed.replace("\x00", ""), typed.replace("\x00", " "))
    for i, extra in enumerate(UNICODE_TEXTS):
        for command in (
            f"find {extra}",
            f"project {extra}",
            f'commitments by:"{extra}"',
            f'projects country:"{extra}"',
            f'commitments initiative:"{extra}"',
            f'commitments project:"{extra}"',
            f'stats by:"{extra}"',
            f"upcoming {extra}",
            extra,
        ):
            body = answer_json(bot.command(command))
            assert "not answering" not in body["text"], (command, body["text"])
        payload = add_project_payload(f"Project {i} {extra}", operator=extra, description=extra)
        resp = bot.interact(payload)
        assert resp.status_code == 200 and not resp.content, resp.text
    bot.drain()
    with Session(bot.services.engine) as s:
        names = set(s.exec(select(Project.name)).all())
    for i, extra in enumerate(UNICODE_TEXTS):
        assert f"Project {i} {extra}".replace("\x00", "").strip() in names
    assert bot_log.errors() == []


def test_sql_and_mrkdwn_injection_in_every_text_field_and_filter(fault_bot, slack):
    bot = fault_bot
    answers = []
    with Session(bot.services.engine) as s:
        projects_before = len(s.exec(select(Project)).all())
    for i, hostile in enumerate(HOSTILE_TEXTS):
        # Message -> card -> Log it: the statement keeps the text, the card escapes it.
        bot.event(message_event(f"{COMMITMENTS[0]} {hostile}", ts=f"1700002{i:03d}.000100", user="U2"))
        card = slack.wait_for("chat.postMessage", count=i + 1)[-1]
        bot.drain()
        bot.click(draft_buttons(card.params["blocks"], "log")[0], user="U3")
        # Forms: every field of a new project.
        resp = bot.interact(
            add_project_payload(
                f"Injected {i} {hostile}",
                operator=hostile,
                region=hostile,
                backers=hostile,
                description=hostile,
                capacity_unit="t/yr",
            )
        )
        assert resp.status_code == 200, resp.text
        # Every command and filter.
        commands = [
            f"find {hostile}",
            f"project {hostile}",
            f"initiative {hostile}",
            hostile,
            f"help {hostile}",
            f"upcoming {hostile}",
            f"export {hostile}",
            f"add {hostile}",
            f"autolog {hostile}",
            f"digest {hostile}",
        ]
        for key in ("country", "mineral", "stage", "status", "initiative", "backer", "since"):
            commands.append(f"projects {key}:{json.dumps(hostile)}")
        for key in (
            "country",
            "mineral",
            "stage",
            "status",
            "initiative",
            "by",
            "instrument",
            "since",
            "until",
            "project",
        ):
            commands.append(f"commitments {key}:{json.dumps(hostile)}")
            commands.append(f"stats by:country {key}:{json.dumps(hostile)}")
        commands.append(f"stats by:{json.dumps(hostile)}")
        for command in commands:
            body = answer_json(bot.command(command))
            assert "not answering" not in body.get("text", ""), (command, body)
            answers.append(body)
    bot.drain()
    # Nothing was dropped or rewritten: the store holds the text exactly as typed.
    stored = non_seed_commitments(bot.services.engine)
    assert [c.statement for c in stored] == [f"{COMMITMENTS[0]} {h}" for h in HOSTILE_TEXTS]
    with Session(bot.services.engine) as s:
        projects = {p.name: p for p in s.exec(select(Project)).all()}
    assert len(projects) == projects_before + len(HOSTILE_TEXTS)
    for i, hostile in enumerate(HOSTILE_TEXTS):
        assert projects[f"Injected {i} {hostile}".strip()].operator == hostile.strip()
    # The injected records are shown back (escaped) by the commands that read them.
    for i, hostile in enumerate(HOSTILE_TEXTS):
        name = f"Injected {i} {hostile}".strip()
        answers.append(answer_json(bot.command(f"project {name}")))
        answers.append(answer_json(bot.command("find Injected")))
        answers.append(answer_json(bot.command("commitments by:JOGMEC")))
    bot.event({"type": "app_home_opened", "user": "U5", "tab": "home", "channel": "D1"})
    bot.drain()
    shown = everything_shown(slack, answers)
    assert any("Injected" in t for t in shown)
    assert_nothing_injected(shown)


def test_tampered_draft_ids_and_page_values_are_refused_quietly(fault_bot, slack, bot_log):
    """Button values are ours, but a forged or corrupted one must not reach the database
    as a crash: out-of-range ids, non-numbers, negative and absurd page offsets."""
    bot = fault_bot
    values = ["-1", "0", "99999999999", "9" * 40, "1e5", "abc", None, "", "１", "1" * 5000]
    for value in values:
        for kind in ("log", "undo", "edit", "dismiss"):
            resp = bot.click({"action_id": f"draft_{kind}_1", "value": value}, user="U9")
            assert resp.status_code == 200
    for offset in (-5, -(10**12), 10**6, 10**30, "9" * 40, "1e400", 1e308, [1], {"x": 1}, None):
        for c in ("commitments", "projects"):
            value = json.dumps({"c": c, "a": "", "o": offset}).replace('"1e400"', "1e400")
            assert bot.click({"action_id": "page_next", "value": value}).status_code == 200
    for args in ("initiative:\x00G7", "project:\ud800", "country:\x00"):  # filter text too
        value = json.dumps({"c": "commitments", "a": args, "o": 0})
        assert bot.click({"action_id": "page_next", "value": value}).status_code == 200
    bot.drain()
    assert bot_log.errors() == [], [r.getMessage() for r in bot_log.errors()]
    assert slack.calls_to("views.open") == []
    # A negative offset is the first page, a huge one an empty page past the end.
    bot.click({"action_id": "page_next", "value": json.dumps({"c": "commitments", "o": -5})}, user="U9")
    bot.drain()
    first = slack.calls_to("response_url")[-1]
    assert "1–10 of" in first.params["text"]
    _serves(bot)


def test_a_replayed_click_or_event_counts_once(fault_bot, slack):
    """A genuine request sent again (a retry, or a replay inside the five minutes) is
    deduplicated: one card, one record."""
    bot = fault_bot
    body = _signed_event_body(COMMITMENTS[1], "1700003000.000100")
    headers = {"Content-Type": JSON, **sign(body)}
    for _ in range(3):
        assert (
            bot.http.post(f"{bot.url}/slack/events", content=body.encode(), headers=headers).status_code
            == 200
        )
    card = slack.wait_for("chat.postMessage")[-1]
    bot.drain()
    [log_button] = draft_buttons(card.params["blocks"], "log")
    click = form_payload(
        {
            "type": "block_actions",
            "user": {"id": "U3"},
            "team": {"id": "T1"},
            "channel": {"id": "C1"},
            "api_app_id": "A1",
            "token": "x",
            "container": {"type": "message", "channel_id": "C1"},
            "actions": [
                {"action_id": log_button["action_id"], "value": log_button["value"], "type": "button"}
            ],
        }
    )
    click_headers = {"Content-Type": FORM, **sign(click)}
    for _ in range(3):
        assert (
            bot.http.post(
                f"{bot.url}/slack/events", content=click.encode(), headers=click_headers
            ).status_code
            == 200
        )
    bot.drain()
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(non_seed_commitments(bot.services.engine)) == 1


def test_slacks_unsigned_certificate_check_is_still_answered(fault_bot):
    """Slack's `ssl_check` is the one unsigned request: answered 200, and it changes nothing."""
    url = f"{fault_bot.url}/slack/events"
    resp = fault_bot.http.post(url, content=b"ssl_check=1&token=x", headers={"Content-Type": FORM})
    assert resp.status_code == 200
    padded = b"ssl_check=1&token=" + b"x" * 1000  # a big body is not a certificate check
    assert fault_bot.http.post(url, content=padded, headers={"Content-Type": FORM}).status_code == 401
