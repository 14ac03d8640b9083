"""Conversation listeners: messages, mentions, :pushpin: reactions, and the confirm card's buttons."""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.services import Services
from handlers import modals, proposals
from handlers.log_cards import edit_forbidden_text
from store import drafts as draft_store
from store import names, records
from store.models import Commitment, Draft, DraftState
from store.schemas import CommitmentIn
from store.visibility import Audience

log = logging.getLogger("minerals_bot.messages")

NEW_MESSAGE_SUBTYPES = (None, "thread_broadcast", "file_share", "me_message")
MENTION = re.compile(r"<@[A-Z0-9]+>")


MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL


def _draft_id(body: dict[str, Any]) -> int | None:
    """The draft a card button points at; None for a value that cannot be a draft id."""
    try:
        draft_id = int(body["actions"][0]["value"])
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return draft_id if 0 < draft_id <= MAX_ID else None


def _clicked_draft(services: Services, body: dict[str, Any]) -> Draft | None:
    """The draft a card button points at, if the click came from the card's own channel:
    a button value that names a draft elsewhere (a private channel's) is not honoured."""
    draft_id = _draft_id(body)
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    if draft_id is None or not channel:
        return None
    with services.session(read_only=True) as session:
        draft = session.get(Draft, draft_id)
    return draft if draft is not None and draft.channel == channel else None


def register(app: App, services: Services) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    def on_message(body: dict[str, Any], event: dict[str, Any], client: WebClient) -> None:
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
            if MENTION.search(event.get("text") or "") and _mentions_bot(body, event):
                return  # the app_mention event for the same message answers it
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

    def on_mention(body: dict[str, Any], event: dict[str, Any], client: WebClient) -> None:
        text = MENTION.sub(" ", event.get("text") or "")
        proposals.propose(
            services,
            client,
            channel=event["channel"],
            ts=event["ts"],
            text=text,
            author=event.get("user"),
            event_key=body.get("event_id"),
            forced=True,
        )

    def on_reaction(body: dict[str, Any], event: dict[str, Any], client: WebClient) -> None:
        item = event.get("item") or {}
        if event.get("reaction") != "pushpin" or item.get("type") != "message":
            return
        message = _fetch_message(client, item["channel"], item["ts"])
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
        )

    def on_log(body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        _database_errors_told(respond, lambda: log_it(body, client, respond))

    def on_dismiss(body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        _database_errors_told(respond, lambda: dismiss(body, client))

    def on_undo(body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        _database_errors_told(respond, lambda: undo(body, client, respond))

    def log_it(body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        draft, user = _clicked_draft(services, body), body["user"]["id"]
        if draft is None or draft.id is None:
            return
        draft_id = draft.id
        link = proposals.permalink(client, draft.source_message)
        try:
            with services.session() as session:
                logged = draft_store.log_draft(
                    session,
                    draft_id,
                    user=user,
                    permalink=link,
                    audience=Audience(channel=draft.channel),
                    now=services.clock(),
                )
        except (ValidationError, records.NotFound, ValueError) as exc:
            respond(
                text=f"Cannot log it as it stands: {_why(exc)} Use *Edit…* to fix it.",
                response_type="ephemeral",
                replace_original=False,
            )
            return
        if logged is None:
            respond(text="That was already handled.", response_type="ephemeral", replace_original=False)
            return
        proposals.refresh_card(services, client, draft.source_message)

    def dismiss(body: dict[str, Any], client: WebClient) -> None:
        clicked = _clicked_draft(services, body)
        if clicked is None or clicked.id is None:
            return
        with services.session() as session:
            draft = draft_store.dismiss(session, clicked.id, user=body["user"]["id"], now=services.clock())
        if draft is not None:
            proposals.refresh_card(services, client, draft.source_message)

    def undo(body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        clicked, user = _clicked_draft(services, body), body["user"]["id"]
        if clicked is None or clicked.id is None:
            return
        with services.session() as session:
            draft, why = draft_store.undo(
                session, clicked.id, user=user, is_admin=services.is_admin(user), now=services.clock()
            )
        if draft is None:
            respond(text=why or "Cannot undo that.", response_type="ephemeral", replace_original=False)
            return
        proposals.refresh_card(services, client, draft.source_message)

    def open_edit(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        # views.open needs the trigger_id within 3 seconds, so it happens before the ack.
        draft, user = _clicked_draft(services, body), body["user"]["id"]
        if draft is None:
            ack()
            return
        if draft.state == DraftState.LOGGED and not draft_store.may_change(
            draft, user, is_admin=services.is_admin(user)
        ):
            ack()
            client.chat_postEphemeral(channel=draft.channel, user=user, text=edit_forbidden_text())
            return
        client.views_open(
            trigger_id=body["trigger_id"], view=modals.commitment_modal(draft.fields, {"draft": draft.id})
        )
        ack()

    def save_edit(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = body["user"]["id"]
        values = modals.submitted_values(view)
        data, errors = modals.validate(CommitmentIn, values)
        if errors:
            ack(response_action="errors", errors=errors)
            return
        draft_id = _meta_draft(view)
        try:
            with services.session() as session:
                error = _apply_edit(services, session, draft_id, user, values, data)
        except records.NotFound as exc:
            ack(response_action="errors", errors={exc.kind: str(exc)[:150]})
            return
        if error:
            ack(response_action="errors", errors={"actor": error})
            return
        ack()

    def after_edit(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        draft_id = _meta_draft(view)
        with services.session() as session:
            draft = session.get(Draft, draft_id) if draft_id else None
        if draft is not None:
            proposals.refresh_card(services, client, draft.source_message)

    app.event("message")(ack=ack_now, lazy=[on_message])
    app.event("app_mention")(ack=ack_now, lazy=[on_mention])
    app.event("reaction_added")(ack=ack_now, lazy=[on_reaction])
    app.action(re.compile(r"^draft_log_\d+$"))(ack=ack_now, lazy=[on_log])
    app.action(re.compile(r"^draft_dismiss_\d+$"))(ack=ack_now, lazy=[on_dismiss])
    app.action(re.compile(r"^draft_undo_\d+$"))(ack=ack_now, lazy=[on_undo])
    app.action(re.compile(r"^draft_edit_\d+$"))(open_edit)
    app.view(modals.EDIT_COMMITMENT)(ack=save_edit, lazy=[after_edit])


def _mentions_bot(body: dict[str, Any], event: dict[str, Any]) -> bool:
    bot_ids = {a.get("user_id") for a in body.get("authorizations") or [] if a.get("is_bot")}
    return any(f"<@{b}>" in (event.get("text") or "") for b in bot_ids if b)


def _database_errors_told(respond: Respond, work: Callable[[], None]) -> None:
    """Run a card button's work; if the database fails (locked past the busy timeout, down,
    disk full) the person who clicked is told, with an error id, instead of nothing."""
    try:
        work()
    except SQLAlchemyError:
        error_id = uuid.uuid4().hex[:8]
        log.exception("database error %s on a card button", error_id)
        respond(
            text=f":warning: Sorry, the tracker's database is not answering (error id "
            f"{error_id}). Try the button again in a minute; if it persists, tell an "
            "admin the error id.",
            response_type="ephemeral",
            replace_original=False,
        )


def _why(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in exc.errors()[:3]) + "."
    return str(exc)


def _meta_draft(view: dict[str, Any]) -> int | None:
    try:
        return int(json.loads(view.get("private_metadata") or "{}").get("draft"))
    except (TypeError, ValueError, AttributeError):
        return None


def _apply_edit(
    services: Services, session: Any, draft_id: int | None, user: str, values: dict[str, Any], data: Any
) -> str | None:
    """Save an edit: a pending draft is logged with the new fields; a logged record is updated."""
    draft = session.get(Draft, draft_id) if draft_id else None
    if draft is None:
        return "That proposal no longer exists."
    fields = data.model_dump(mode="json")
    # Names typed in the form are looked up among what the card's channel may see, so a
    # record is never tied to (nor the form's "did you mean" to) another private channel's.
    audience = Audience(channel=draft.channel)
    if data.project:
        names.resolve_project(session, data.project, audience=audience)
    if data.initiative:
        names.resolve_initiative(session, data.initiative, audience=audience)
    if draft.state == DraftState.PENDING:
        logged = draft_store.log_draft(
            session,
            draft.id,
            user=user,
            permalink=None,
            audience=audience,
            now=services.clock(),
            fields=fields,
        )
        return None if logged else "That was already handled."
    if draft.state != DraftState.LOGGED or not draft.commitment_id:
        return "That can no longer be edited."
    if not draft_store.may_change(draft, user, is_admin=services.is_admin(user)):
        return edit_forbidden_text()
    commitment = session.get(Commitment, draft.commitment_id)
    records.update_commitment(
        session,
        commitment,
        data,
        actor=user,
        audience=audience,
        now=services.clock(),
        note="edited from the card",
    )
    draft_store.update_logged_fields(session, draft.id, fields, now=services.clock())
    return None


def _fetch_message(client: WebClient, channel: str, ts: str) -> dict[str, Any] | None:
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
