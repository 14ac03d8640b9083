"""Saving Edit… on a proposal logs it keeping the Slack permalink of where it was logged,
as Log it does: the source when the message cites no link, else in the record's history."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, select

from store.models import AuditLog
from tests.e2e.conftest import buttons
from tests.e2e.test_logging_http import card_of, message, stored
from tests.slack_requests import view_submission

TS = "1700000000.000100"
PERMALINK = f"https://example.slack.com/archives/C1/p{TS.replace('.', '')}"


def _edit_and_save(bot, slack, card: Any, nth: int = 0, **typed: str) -> None:
    """Open Edit… on the card's nth draft and save it with `typed` (other fields as read)."""
    edits = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_edit")]
    opened = len(slack.calls_to("views.open"))
    bot.click(edits[nth], user="U2")
    view = slack.wait_for("views.open", count=opened + 1)[-1].params["view"]
    chosen = {"type": "static_select", "selected_option": {"value": "loan"}}
    values: dict[str, dict[str, Any]] = {k: {"value": v} for k, v in typed.items()}
    values["instrument"] = {"value": chosen}
    resp = bot.interact(
        view_submission("edit_commitment", values, user_id="U2", private_metadata=view["private_metadata"])
    )
    assert resp.status_code == 200 and not resp.content.strip(b"{} ")
    bot.drain()


def _create_note(bot, commitment_id: int | None) -> str:
    with Session(bot.services.engine) as s:
        row = s.exec(
            select(AuditLog).where(
                AuditLog.entity_type == "commitment",
                AuditLog.entity_id == commitment_id,
                AuditLog.action == "create",
            )
        ).one()
        return row.note or ""


def test_an_edited_proposal_without_a_link_has_the_permalink_as_its_source_like_log_it(bot, slack):
    bot.event(
        message(
            "Ottawa will lend $300 million to the Canadian graphite mines and JOGMEC will lend "
            "USD 200 million to the Canadian rare earth mines.",
            ts=TS,
        )
    )
    card = card_of(slack)
    _edit_and_save(bot, slack, card, 0, actor="CA", amount="300000000", currency="USD")
    [log_it] = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][1:]
    bot.click(log_it, user="U2")
    bot.drain()
    by_actor = {c.actor: c for c in stored(bot)}
    assert by_actor["CA"].currency == "USD"  # the edit was saved
    assert by_actor["CA"].source_url == PERMALINK == by_actor["JOGMEC"].source_url


def test_an_edited_proposal_citing_a_link_keeps_the_permalink_in_its_history(bot, slack):
    statement = (
        "Per <https://www.meti.go.jp/press/2025/1120.html|METI>, Japan will lend $5 million "
        "to the Canadian graphite mines."
    )
    bot.event(message(statement, ts=TS))
    _edit_and_save(bot, slack, card_of(slack), actor="JP", amount="6000000", currency="USD")
    [c] = stored(bot)
    assert c.amount == 6000000 and c.source_url == "https://www.meti.go.jp/press/2025/1120.html"
    assert f"logged from {PERMALINK}" in _create_note(bot, c.id)
    answer = bot.command(f"commitment {c.id}", user="U2")
    bot.drain()
    shown = answer.text + json.dumps([r.params for r in slack.calls_to("response_url")])
    assert f"logged from {PERMALINK}" in shown


def test_a_slow_permalink_does_not_hold_up_the_edit_which_is_logged_without_it(bot, slack):
    bot.event(message("Ottawa will lend $300 million to the Canadian graphite mines.", ts=TS))
    card = card_of(slack)
    slack.fail_next("chat.getPermalink", delay=3)  # past the wait Edit gives Slack's link
    _edit_and_save(bot, slack, card, actor="CA", amount="300000000", currency="CAD")
    [c] = stored(bot)
    assert (c.amount, c.currency, c.source_url) == (300000000, "CAD", None)
