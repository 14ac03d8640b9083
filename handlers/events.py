"""Conversation events: new, edited and deleted messages, mentions, and :pushpin: reactions.

An event that may change something is stored in the inbox before its ack (plain chatter is
acked without a write); reading the message and posting a confirm card happen after it, on
Bolt's listener executor (inbox_work.after_ack) or, if the process died first, in the
recovery job (handlers.proposals).
"""

from __future__ import annotations

import logging
import re
from functools import partial
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.core.services import Services
from handlers import inbox_work, links, proposals, questions
from handlers.context import services_of
from store import drafts as draft_store
from store import inbox

log = logging.getLogger("minerals_bot.events")

NEW_MESSAGE_SUBTYPES = (None, "thread_broadcast", "file_share", "me_message")
MENTION = re.compile(r"<@[A-Z0-9]+>")


def may_propose(text: str) -> bool:
    """The extractor's pre-filter, imported at the first message (or by the server's warm-up
    after it listens): its currency tables and cue patterns are a large part of start-up."""
    from store.extraction.prefilter import may_propose as prefilter

    return prefilter(text)


def store_event(
    ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
) -> BoltResponse | None:
    """Store the event (unless it is plain chatter), then ack: Slack never redelivers an
    acknowledged event, so what it may start must be in the store first. Its work follows
    the ack (`work_event`); an event not worth storing has none.

    An event the store could not take for now (locked, out of reach) is not acknowledged: a
    503 makes Slack send it again (at once, then after 1 and 5 minutes), and the inbox's key on
    the event id keeps a redelivery from being read twice. Working on it unstored behind a 200
    would lose it, unseen, to a crash. One the database refuses for what it holds would be
    refused again: it is acked and worked on once, unkept."""
    services = services_of(context)
    if not worth_storing(services, body):
        ack()
        return None
    inbox_work.keep(services, context, kind="event", key=body.get("event_id"), payload=body)
    if context.get(inbox_work.UNSTORED_FOR_NOW):
        return BoltResponse(status=503, body="")
    ack()
    kept = inbox_work.kept_state(context)
    inbox_work.after_ack(context, partial(work_event, services, client, body, kept))
    return None


def worth_storing(services: Services, body: dict[str, Any]) -> bool:
    """False only for what surely changes nothing; when unsure, True."""
    event = body.get("event") or {}
    kind, subtype = event.get("type"), event.get("subtype")
    if kind == "reaction_added":
        item = event.get("item") or {}
        return event.get("reaction") == "pushpin" and item.get("type") == "message"
    if kind != "message":
        return True  # app_mention: always answered
    if subtype in NEW_MESSAGE_SUBTYPES:
        return new_message_worth_reading(body, event)
    if subtype == "message_changed":
        message = event.get("message") or {}
        if message.get("bot_id") or not message.get("ts") or unfurl_only(event):
            return False
        return may_propose(message.get("text") or "") or has_drafts(services, event, message["ts"])
    if subtype == "message_deleted":
        ts = event.get("deleted_ts") or (event.get("previous_message") or {}).get("ts")
        return bool(ts) and has_drafts(services, event, str(ts))
    return False  # joins, topic changes, ...: the message listener ignores them


def new_message_worth_reading(body: dict[str, Any], event: dict[str, Any]) -> bool:
    """A new message that may start something: decided from the message alone, no store."""
    if event.get("bot_id") or not event.get("ts"):
        return False  # the bot's own messages, and nothing to read
    text = event.get("text") or ""
    if MENTION.search(text) and mentions_bot(body, event):
        return False  # the app_mention event for the same message is stored and answers it
    return event.get("channel_type") == "im" or may_propose(text) or links.has_link(event)


def unfurl_only(event: dict[str, Any]) -> bool:
    """An edit that changed no text (Slack adding a link's unfurl, say): nothing to re-read."""
    previous = event.get("previous_message")
    message = event.get("message") or {}
    return previous is not None and (previous.get("text") or "") == (message.get("text") or "")


def has_drafts(services: Services, event: dict[str, Any], ts: str) -> bool:
    try:
        with services.answering(), services.session(read_only=True) as session:
            return inbox.has_drafts(session, draft_store.source_key(event.get("channel", ""), ts))
    except SQLAlchemyError:
        return True  # unsure: store it


def work_event(services: Services, client: WebClient, body: dict[str, Any], kept: dict[str, Any]) -> None:
    """After the ack: finish the stored event (or one no database would take, now);
    `kept` is what `keep` noted (inbox_work.kept_state)."""
    if kept.get(inbox_work.UNSTORED):
        handle(services, client, body)
        return
    outcome = inbox_work.work_kept(services, client, kept, kind="event", payload=body)
    if outcome == "taken" and kept.get(inbox_work.REDELIVERED):
        # Slack redelivers what it thinks failed: done again (the store's claims make it
        # act once), which also posts a card an earlier attempt stored but never posted.
        handle(services, client, body)


@inbox_work.work_for("event")
def finish_event(services: Services, client: WebClient, item: inbox_work.Item) -> None:
    handle(services, client, item.payload)


def handle(services: Services, client: WebClient, body: dict[str, Any]) -> None:
    """Do what an event asks; safe to repeat (the store's claims make it act once)."""
    event = body.get("event") or {}
    kind = event.get("type")
    if kind == "message":
        on_message(services, client, body, event)
    elif kind == "app_mention":
        on_mention(services, client, body, event)
    elif kind == "reaction_added":
        on_reaction(services, client, body, event)


def on_message(services: Services, client: WebClient, body: dict[str, Any], event: dict[str, Any]) -> None:
    """A message was posted, edited or deleted in a channel the bot is in (or a DM)."""
    subtype = event.get("subtype")
    channel = event.get("channel", "")
    if subtype == "message_changed":
        message = event.get("message") or {}
        if message.get("bot_id") or not message.get("ts") or unfurl_only(event):
            return
        proposals.reread(
            services,
            client,
            channel=channel,
            ts=message["ts"],
            text=message.get("text") or "",
            author=message.get("user"),
            channel_type=event.get("channel_type"),
            **links.page_for(services, channel, message),
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
            **links.page_for(services, channel, event),  # a link: its page, read after the ack
        )


def on_mention(services: Services, client: WebClient, body: dict[str, Any], event: dict[str, Any]) -> None:
    """@minerals-bot in a message: a question is answered in the thread; else a card (or why none)."""
    text = MENTION.sub(" ", event.get("text") or "")
    thread = event.get("thread_ts") or event["ts"]
    if questions.answer_in_conversation(
        services, client, channel=event["channel"], text=text, thread_ts=thread
    ):
        return
    proposals.propose(
        services,
        client,
        channel=event["channel"],
        ts=event["ts"],
        text=MENTION.sub(" ", event.get("text") or ""),
        author=event.get("user"),
        event_key=body.get("event_id"),
        forced=True,
        **links.page_for(services, event["channel"], event),
    )


def on_reaction(services: Services, client: WebClient, body: dict[str, Any], event: dict[str, Any]) -> None:
    """:pushpin: on a message asks the bot to read it."""
    item = event.get("item") or {}
    if event.get("reaction") != "pushpin" or item.get("type") != "message":
        return
    message = fetch_message(client, item["channel"], item["ts"])
    if message is None:
        return
    proposals.propose(
        services,
        client,
        channel=item["channel"],
        ts=item["ts"],
        text=message.get("text") or "",
        author=message.get("user") or event.get("item_user"),
        event_key=body.get("event_id"),
        forced=True,
        **links.page_for(services, item["channel"], message),
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
    # One listener for every message, chatter included: `store_event` acks chatter without a
    # write or a hand-off. (A listener of its own for chatter, tried first, read every
    # message's text twice and cost each commitment message a second match.)
    for event in ("message", "app_mention", "reaction_added"):
        app.event(event)(store_event)
