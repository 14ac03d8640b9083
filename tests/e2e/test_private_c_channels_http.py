"""Private channels with C IDs: Slack gives newer private channels the same first letter as
public ones, so a slash command there is private because Slack says so (conversations.info),
not because of its ID. What such a channel makes (a digest subscription, a feed watch, a
project from the form) stays in it."""

from __future__ import annotations

import json
import time

import pytest
from sqlmodel import select

from bot.blockkit.values import ModalMeta
from handlers import channels
from store.models import DigestSubscription, FeedWatch
from tests.e2e.test_slash_http import all_text, answer

PRIVATE = "C0PRIVATE9"  # a private channel, as Slack numbers them now
# Feeds on a loopback address: refused by the fetch rules before any connection, so the
# watch is stored and nothing leaves the machine.


@pytest.fixture(autouse=True)
def private_c_channel(slack):
    channels.forget()
    slack.channels[PRIVATE] = {"name": "supply-team", "is_private": True}
    yield
    channels.forget()


def _rows(bot, model):
    with bot.services.session() as session:
        return list(session.exec(select(model)))


def test_a_digest_subscribed_in_a_private_c_channel_is_listed_only_there(bot, slack):
    # Slack sends the channel's own name here, not "privategroup": only Slack's answer tells.
    assert "weekly minerals digest" in all_text(
        answer(bot.command("digest subscribe", channel=PRIVATE, channel_name="supply-team"))
    )
    [sub] = _rows(bot, DigestSubscription)
    assert (sub.channel, sub.channel_private) == (PRIVATE, True)
    assert PRIVATE not in all_text(answer(bot.command("digest list", channel="C1")))
    inside = bot.command("digest list", channel=PRIVATE, channel_name="supply-team")
    assert PRIVATE in all_text(answer(inside))
    # From elsewhere, whose digest it is stays inside the channel, as for a G channel.
    refused = all_text(answer(bot.command(f"digest unsubscribe <#{PRIVATE}>", user="U2", channel="C1")))
    assert "is private" in refused and "<@U1>" not in refused


def test_subscribing_a_private_c_channel_from_elsewhere_keeps_it_private(bot, slack):
    answer(bot.command(f"digest subscribe <#{PRIVATE}|supply-team> friday", channel="C1"))
    [sub] = _rows(bot, DigestSubscription)
    assert sub.channel_private is True
    assert PRIVATE not in all_text(answer(bot.command("digest list", channel="C2")))


def test_a_feed_watched_from_a_private_c_channel_is_private(bot, slack):
    answer(bot.command("watch http://127.0.0.1:9/minerals.xml", channel=PRIVATE, channel_name="x"))
    bot.drain()
    [watch] = _rows(bot, FeedWatch)
    assert (watch.channel, watch.channel_private) == (PRIVATE, True)


def test_the_add_project_form_from_a_private_c_channel_makes_a_private_project(bot, slack):
    assert bot.command("add project", channel=PRIVATE, channel_name="supply-team").status_code == 200
    [opened] = slack.wait_for("views.open")
    view = opened.params["view"]
    view = view if isinstance(view, dict) else json.loads(view)
    meta = ModalMeta.decode(view["private_metadata"])
    assert meta is not None and (meta.channel, meta.private) == (PRIVATE, True)


def test_a_public_c_channel_is_asked_once_and_stays_public(bot, slack):
    answer(bot.command("digest subscribe", channel="C5", channel_name="minerals"))
    answer(bot.command("watch http://127.0.0.1:9/a.xml", channel="C5", channel_name="minerals"))
    bot.drain()
    assert [s.channel_private for s in _rows(bot, DigestSubscription)] == [False]
    assert [w.channel_private for w in _rows(bot, FeedWatch)] == [False]
    asked = [c for c in slack.calls_to("conversations.info") if c.params.get("channel") == "C5"]
    assert len(asked) == 1  # the answer is kept for a while: not one Web API call per command


@pytest.mark.parametrize("fault", [{"retry_after": 30}, {"delay": 5.0}], ids=["ratelimited", "slow"])
def test_when_slack_cannot_say_the_channel_counts_as_private_and_the_ack_is_not_held(bot, slack, fault):
    slack.fail_next("conversations.info", **fault)
    started = time.monotonic()
    answer(bot.command("digest subscribe", channel="C6", channel_name="somewhere"))
    # Not a timing test: a retry after Retry-After (30 s) or a wait for the slow answer (5 s)
    # would be far past Slack's three seconds; the probe's one try gives up within its second.
    assert time.monotonic() - started < 3
    [sub] = _rows(bot, DigestSubscription)
    assert sub.channel_private is True
    # A passing fault is not remembered: once Slack answers, the channel is public again.
    answer(bot.command("digest subscribe", channel="C6", channel_name="somewhere"))
    assert [s.channel_private for s in _rows(bot, DigestSubscription)] == [False]
