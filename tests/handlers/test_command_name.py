"""SLASH_COMMAND=/tracker: the bot answers it, and nothing it says names `/minerals`."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.blockkit.confirm_card import draft_card
from bot.local_slack import LocalSlack
from jobs.send import CHANNEL_ERRORS, channel_problem
from tests.e2e.conftest import RunningBot, buttons, start_bot
from tests.slack_requests import FORM, slash_command_body


@pytest.fixture
def tracker(db_url: str, slack: LocalSlack) -> Iterator[RunningBot]:
    from store.seed import seed_demo

    running, stop = start_bot(db_url, slack, slash_command="/tracker")
    with running.services.session() as session:
        seed_demo(session, now=running.services.clock())
    yield running
    stop()


def command(bot: RunningBot, text: str) -> dict[str, Any]:
    tag = f"cmd{time.monotonic_ns()}"
    body = slash_command_body(
        text,
        command="/tracker",
        response_url=bot.slack.response_url(tag, channel="C1", user="U1"),
        trigger_id=f"trigger.{tag}",
    )
    resp = bot.post(body, FORM)
    assert resp.status_code == 200, resp.text
    return dict(resp.json()) if resp.content else {}


def said(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def test_every_answer_names_the_configured_command(tracker: RunningBot, slack: LocalSlack) -> None:
    help_text = said(command(tracker, "help"))
    assert "/tracker find" in help_text and "/tracker digest" in help_text
    assert "/tracker help" in said(command(tracker, "frobnicate"))
    assert "`/tracker digest subscribe`" in said(command(tracker, "digest unsubscribe"))
    assert "`/tracker digest subscribe`" in said(command(tracker, "digest list"))
    # Buttons carry the command on: did-you-mean, Open, Next, Share.
    for text in ("project ontario refinery", "projects", "commitments", "find graphite", "stats"):
        answer = command(tracker, text)
        for button in buttons(answer.get("blocks", [])):
            assert tracker.click(button).status_code == 200
    command(tracker, "digest subscribe")
    command(tracker, "digest preview")
    command(tracker, "digest now")
    command(tracker, "log Japan will lend up to C$150 million to the Canadian graphite mines")
    tracker.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    tracker.event(
        {
            "type": "app_mention",
            "channel": "C1",
            "user": "U2",
            "text": "<@UBOT> lovely weather today",
            "ts": "1700000000.000200",
            "event_ts": "1700000000.000200",
        }
    )
    tracker.drain()
    [home] = slack.wait_for("views.publish")
    assert "`/tracker help`" in said(home.params)
    nothing = slack.wait_for("chat.postMessage", where=lambda c: "could not find" in said(c.params))
    assert "`/tracker log &lt;sentence&gt;`" in said(nothing[0].params)
    assert slack.calls_to("response_url"), "the buttons and deferred commands answered"
    everything = said([c.params for c in slack.calls])
    assert "/minerals" not in everything


def test_the_confirm_card_and_the_digest_repair_hint_name_it() -> None:
    blocks, _text = draft_card([], command="/tracker", extra=3)
    assert "`/tracker log`" in said(blocks)
    for code in CHANNEL_ERRORS:
        what, fix = channel_problem(code, "C1", "/tracker")
        assert "/minerals" not in what + fix
    assert any(
        "/tracker digest subscribe" in channel_problem(code, "C1", "/tracker")[1] for code in CHANNEL_ERRORS
    )
