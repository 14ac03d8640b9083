"""Slack failing under the bot: rate limits, 5xx, timeouts, dropped connections, a revoked
token. Nothing is lost: a card is posted once after retries, or kept and posted later."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from store import drafts as draft_store
from store.models import Draft
from tests.faults.conftest import COMMITMENTS, draft_buttons, message_event, non_seed_commitments
from tests.faults.util import answer_json


def _drafts(bot) -> list[Draft]:
    with Session(bot.services.engine) as s:
        return list(s.exec(select(Draft).order_by(Draft.id)).all())


def _cards_in(slack, channel: str = "C1") -> list[dict]:
    return [m for m in slack.messages_in(channel) if m.get("blocks")]


def _later(bot, seconds: float) -> None:
    """Move the bot's clock past the card-recovery window (Slack retries 1 and 5 min later)."""
    bot.services.clock = lambda: datetime.now(UTC) + timedelta(seconds=seconds)


def test_rate_limited_post_is_retried_after_retry_after_and_posted_once(fault_bot, slack):
    bot = fault_bot
    slack.fail_next("chat.postMessage", "ratelimited", retry_after=1)
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    calls = slack.wait_for("chat.postMessage", count=2, timeout=10)
    bot.drain()
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 0.9  # it waited Retry-After
    assert len(_cards_in(slack)) == 1
    [draft] = _drafts(bot)
    assert draft.card_ts == _cards_in(slack)[0]["ts"]
    # A rate-limited click still logs (the permalink and card update are retried too).
    slack.fail_next("chat.getPermalink", "ratelimited", retry_after=1)
    slack.fail_next("chat.update", "ratelimited", retry_after=1)
    bot.click(draft_buttons(_cards_in(slack)[0]["blocks"], "log")[0], user="U3")
    bot.drain()
    [c] = non_seed_commitments(bot.services.engine)
    assert c.source_url and "archives/C1" in c.source_url
    assert [x.status for x in slack.calls_to("chat.update")] == [429, 200]


def test_server_errors_are_retried_then_the_card_is_kept_and_posted_on_redelivery(fault_bot, slack, bot_log):
    bot = fault_bot
    slack.fail_next("chat.postMessage", status=500, times=2)  # two 500s, then it works
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    slack.wait_for("chat.postMessage", count=3, timeout=10)
    bot.drain()
    assert len(_cards_in(slack)) == 1
    # Slack down for longer than the retries: the drafts stay, unposted, with a warning.
    slack.fail_next("chat.postMessage", status=503, times=3)
    event = message_event(COMMITMENTS[2], ts="1700000100.000100")
    bot.event(event, event_id="EvDOWN")
    slack.wait_for("chat.postMessage", count=6, timeout=10)
    bot.drain()
    assert len(_cards_in(slack)) == 1
    unposted = [d for d in _drafts(bot) if d.card_ts is None]
    assert len(unposted) == 1 and unposted[0].state == "pending"
    assert any(f"drafts [{unposted[0].id}]" in m and "stay stored unposted" in m for m in bot_log.messages())
    # Slack redelivers the event at once: the first attempt may still be at work, so no card.
    bot.event(
        event, event_id="EvDOWN", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    )
    bot.drain()
    assert len(_cards_in(slack)) == 1
    # ...and again a minute later: now the stored drafts get their card, once.
    _later(bot, draft_store.CARD_RECOVERY_AFTER.total_seconds() + 1)
    for retry in ("2", "2"):
        bot.event(
            event,
            event_id="EvDOWN",
            headers={"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_error"},
        )
    bot.drain()
    cards = _cards_in(slack)
    assert len(cards) == 2
    [draft] = [d for d in _drafts(bot) if d.source_message.endswith("1700000100.000100")]
    assert draft.card_ts == cards[1]["ts"]
    bot.click(draft_buttons(cards[1]["blocks"], "log")[0], user="U3")
    bot.drain()
    assert len(non_seed_commitments(bot.services.engine)) == 1


def test_two_retries_taking_over_one_unposted_card_post_it_once(db_url, engine):
    """The take-over is a compare-and-set: of two replicas retrying, one posts."""
    from store.seed import seed_demo

    with Session(engine, expire_on_commit=False) as s:
        seed_demo(s, now=datetime.now(UTC))
        assert draft_store.claim(s, "source:C1:1.1", now=datetime.now(UTC))
        draft_store.create_drafts(
            s,
            source_message="C1:1.1",
            channel="C1",
            private=False,
            author="U2",
            items=[("commitment", {"actor": "JP"})],
            now=datetime.now(UTC),
        )
        s.commit()
    later = datetime.now(UTC) + draft_store.CARD_RECOVERY_AFTER + timedelta(seconds=1)
    with Session(engine) as first, Session(engine) as second:
        won_first = draft_store.take_over_unposted(first, "C1:1.1", later)
        first.commit()
        won_second = draft_store.take_over_unposted(second, "C1:1.1", later)
        second.commit()
    assert len(won_first) == 1 and won_second == []


def test_timeouts_and_dropped_connections_lose_nothing(fault_bot, slack, bot_log):
    bot = fault_bot
    assert bot.client is not None
    bot.client.timeout = 1  # so a slow Slack times out quickly
    # A dropped connection is retried: one card.
    slack.fail_next("chat.postMessage", drop=True)
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    calls = slack.wait_for("chat.postMessage", count=2, timeout=10)
    bot.drain()
    assert calls[0].error == "dropped" and len(_cards_in(slack)) == 1
    card = _cards_in(slack)[0]
    # The permalink lookup times out: Log it still stores the record (without the link).
    slack.fail_next("chat.getPermalink", delay=3)
    slack.fail_next("chat.update", drop=True, times=5)  # and the card cannot be redrawn
    bot.click(draft_buttons(card["blocks"], "log")[0], user="U3")
    bot.drain()
    [c] = non_seed_commitments(bot.services.engine)
    assert c.actor == "KfW" and c.source_url is None and c.confirmed_by == "U3"
    assert any("no permalink" in m and "TimeoutError" in m for m in bot_log.messages())
    # Posting a card times out: the drafts are kept, and a later delivery posts them.
    slack.fail_next("chat.postMessage", delay=3)
    event = message_event(COMMITMENTS[2], ts="1700000100.000100")
    bot.event(event, event_id="EvSLOW")
    slack.wait_for("chat.postMessage", count=3, timeout=10)
    bot.drain()
    [slow] = [d for d in _drafts(bot) if d.source_message.endswith("1700000100.000100")]
    assert slow.card_ts is None and slow.state == "pending"
    _later(bot, draft_store.CARD_RECOVERY_AFTER.total_seconds() + 1)
    bot.event(event, event_id="EvSLOW", headers={"X-Slack-Retry-Num": "2"})
    bot.drain()
    [slow] = [d for d in _drafts(bot) if d.source_message.endswith("1700000100.000100")]
    assert slow.card_ts is not None
    assert [r for r in bot_log.errors() if "Failed to run" in r.getMessage()] == []
    assert "help" in bot.command("help").text


def test_revoked_token_is_reported_and_reads_keep_working(fault_bot, slack, bot_log):
    bot = fault_bot
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    card = slack.wait_for("chat.postMessage")[-1]
    bot.drain()
    assert "slack" not in bot.health().json()

    slack.revoked_tokens.add("xoxb-test")
    bot.event(message_event(COMMITMENTS[2], ts="1700000100.000100"))
    bot.drain()
    health = bot.health()
    assert health.status_code == 200
    assert health.json()["slack"]["error"] == "invalid_auth"
    assert health.json()["slack"]["method"] == "chat.postMessage"
    refused = [
        r
        for r in bot_log.records
        if r.levelno == logging.ERROR and "Slack refused the bot token (invalid_auth)" in r.getMessage()
    ]
    assert len(refused) == 1
    # Reads are answered from the store; a click on an existing card is still stored.
    for command in (
        "commitments",
        "projects country:CA",
        "find graphite",
        "stats",
        "project Ontario rare earth processing facilities",
    ):
        body = answer_json(bot.command(command))
        assert "Sorry" not in body["text"] and "not answering" not in body["text"], body
    bot.click(draft_buttons(card.params["blocks"], "log")[0], user="U3")
    bot.drain()
    assert len(non_seed_commitments(bot.services.engine)) == 1
    assert len(refused) == 1  # said once, not once per call
    # The token is fixed: the next successful call clears the report.
    slack.revoked_tokens.clear()
    bot.event(message_event(COMMITMENTS[0], ts="1700000200.000100"))
    slack.wait_for("chat.postMessage", count=3)
    bot.drain()
    assert "slack" not in bot.health().json()
    assert any("accepts the bot token again" in m for m in bot_log.messages())
