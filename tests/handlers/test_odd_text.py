"""Odd text never breaks an answer: long, emoji-laden, space-padded commands and names.

Through the running HTTP server, on SQLite and PostgreSQL, the way Slack calls the bot.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

from bot.blockkit.blocks import MAX_BUTTON_VALUE, encoded_length
from bot.local_slack import block_kit_problems
from handlers.router import MAX_COMMAND_TEXT, MAX_SENTENCE_TEXT
from store import records
from store.schemas import ProjectIn
from store.visibility import EVERYTHING
from tests.e2e.conftest import buttons

ROCKS = "Graphite" + "🪨" * 200


def answered(resp: Any) -> dict[str, Any]:
    """A Block Kit answer Slack would accept, with every button value within Slack's limit."""
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert "something went wrong" not in json.dumps(body).lower(), body
    assert block_kit_problems(body["blocks"]) == []
    for button in buttons(body["blocks"]):
        assert encoded_length(button.get("value", "")) <= MAX_BUTTON_VALUE
    return body


def test_a_name_of_emoji_never_breaks_a_list_a_search_or_a_card(bot, slack):
    with bot.services.session() as s:
        records.create_project(
            s,
            ProjectIn(name=ROCKS, minerals=["graphite"], country="CA"),
            actor="U1",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    for command in (
        "projects mineral:graphite",
        "find graphite",
        f"project {ROCKS}",
        "find graphite " + "—" * 340,
        "stats by:country since:1y" + "\u00a0" * 400,
    ):
        body = answered(bot.command(command))
        assert "Share in channel" in json.dumps(body), command
    listing = answered(bot.command("projects mineral:graphite"))
    [open_rocks] = [
        b
        for b in buttons(listing["blocks"])
        if b["action_id"].startswith("open_project_") and "Graphite\\ud83e" in b["value"]
    ]
    assert bot.click(open_rocks).status_code == 200
    [post] = slack.wait_for("response_url")
    assert block_kit_problems(post.params["blocks"]) == []
    # The card itself (its header clipped to Slack's 150), not "did you mean".
    assert post.params["blocks"][0]["text"]["text"].startswith("Graphite🪨🪨")
    assert "Backers" in json.dumps(post.params["blocks"])


def test_a_shortened_share_button_still_shares(bot, slack):
    body = answered(bot.command("find graphite " + "—" * 340))
    [share] = [b for b in buttons(body["blocks"]) if b["action_id"] == "share"]
    bot.click(share)
    [post] = slack.wait_for("response_url")
    assert post.params["response_type"] == "in_channel"
    assert block_kit_problems(post.params["blocks"]) == []


def test_over_long_command_text_is_refused_before_any_work_with_the_limit(bot, slack):
    started = time.monotonic()
    body = answered(bot.command("project " + "x" * 200_000))
    assert time.monotonic() - started < 2.5  # inside Slack's three seconds, with room to spare
    assert f"at most {MAX_COMMAND_TEXT:,} characters" in json.dumps(body)
    # Exactly at the cap is a command like any other.
    at_cap = answered(bot.command("find " + "g" * MAX_COMMAND_TEXT))
    assert "at most" not in json.dumps(at_cap)
    # `log` reads a pasted paragraph: its sentence may be longer, and is capped too.
    reading = bot.command("log " + "Japan lends. " * 300)
    assert reading.status_code == 200 and reading.json()["text"] == "Reading that…"
    bot.drain()
    too_long = answered(bot.command("log " + "x" * (MAX_SENTENCE_TEXT + 1)))
    assert f"at most {MAX_SENTENCE_TEXT:,} characters" in json.dumps(too_long)
    # A button's command is capped the same way (a tampered or old value).
    rerun = {"action_id": "rerun_0", "value": json.dumps({"t": "project " + "x" * 5000})}
    bot.click(rerun)
    [post] = slack.wait_for("response_url")
    assert f"at most {MAX_COMMAND_TEXT:,} characters" in json.dumps(post.params["blocks"])
