"""Conversation events: new, edited and deleted messages, mentions, and :pushpin: reactions.

Each is acked at once; reading the message and posting a confirm card happen in Bolt's lazy
listener (handlers.proposals).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers import proposals, questions
from handlers.context import services_of

log = logging.getLogger("minerals_bot.events")

NEW_MESSAGE_SUBTYPES = (None, "thread_broadcast", "file_share", "me_message")
MENTION = re.compile(r"<@[A-Z0-9]+>")


def ack_now(ack: Ack) -> None:
    ack()


def on_message(body: dict[str, Any], event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """A message was posted, edited or deleted in a channel the bot is in (or a DM)."""
    services = services_of(context)
    subtype = event.get("subtype")
    channel = event.get("channel", "")
    if subtype == "message_changed":
        message = event.get("message") or {}
        if message.get("bot_id") or not message.get("ts"):
            return
        proposals.reread(
            services,
            client,
            channel=channel,
            ts=message["ts"],
            text=message.get("text") or "",
            author=message.get("user"),
            channel_type=event.get("channel_type"),
        )
    elif subtype == "message_deleted":
        ts = event.get("deleted_ts") or (event.get("previous_message") or {}).get("ts")
        if ts:
            proposals.source_deleted(services, client, channel=channel, ts=ts)
    elif subtype in NEW_MESSAGE_SUBTYPES and not event.get("bot_id") and event.get("ts"):
        if MENTION.search(event.get("text") or "") and mentions_bot(body, event):
            return  # the app_mention event for the same message answers it
        if event.get("channel_type") == "im" and questions.answer_in_conversation(
            services, client, channel=channel, text=event.get("text") or ""
        ):
            return  # a question in a DM is answered there, not proposed as a commitment
        proposals.propose(
            services,
            client,
            channel=channel,
            ts=event["ts"],
            text=event.get("text") or "",
            author=event.get("user"),
            event_key=body.get("event_id"),
            channel_type=event.get("channel_type"),
        )


def on_mention(body: dict[str, Any], event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """@minerals-bot in a message: a question is answered in the thread; else a card (or why none)."""
    text = MENTION.sub(" ", event.get("text") or "")
    thread = event.get("thread_ts") or event["ts"]
    if questions.answer_in_conversation(
        services_of(context), client, channel=event["channel"], text=text, thread_ts=thread
    ):
        return
    proposals.propose(
        services_of(context),
        client,
        channel=event["channel"],
        ts=event["ts"],
        text=MENTION.sub(" ", event.get("text") or ""),
        author=event.get("user"),
        event_key=body.get("event_id"),
        forced=True,
    )


def on_reaction(body: dict[str, Any], event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """:pushpin: on a message asks the bot to read it."""
    item = event.get("item") or {}
    if event.get("reaction") != "pushpin" or item.get("type") != "message":
        return
    message = fetch_message(client, item["channel"], item["ts"])
    if message is None:
        return
    proposals.propose(
        services_of(context),
        client,
        channel=item["channel"],
        ts=item["ts"],
        text=message.get("text") or "",
        author=message.get("user") or event.get("item_user"),
        event_key=body.get("event_id"),
        forced=True,
    )


def mentions_bot(body: dict[str, Any], event: dict[str, Any]) -> bool:
    bot_ids = {a.get("user_id") for a in body.get("authorizations") or [] if a.get("is_bot")}
    return any(f"<@{b}>" in (event.get("text") or "") for b in bot_ids if b)


def fetch_message(client: WebClient, channel: str, ts: str) -> dict[str, Any] | None:
    """The text of a reacted-to message (history for top-level, replies for thread messages)."""
    try:
        history = client.conversations_history(channel=channel, latest=ts, oldest=ts, inclusive=True, limit=1)
        for message in history.get("messages") or []:
            if message.get("ts") == ts:
                return dict(message)
        replies = client.conversations_replies(channel=channel, ts=ts, limit=1)
        for message in replies.get("messages") or []:
            if message.get("ts") == ts:
                return dict(message)
    except SlackApiError as exc:
        log.warning("cannot read message %s in %s: %s", ts, channel, exc.response.get("error"))
    return None


def register(app: App) -> None:
    app.event("message")(ack=ack_now, lazy=[on_message])
    app.event("app_mention")(ack=ack_now, lazy=[on_mention])
    app.event("reaction_added")(ack=ack_now, lazy=[on_reaction])
