"""The confirm card's buttons: Log it, Not a commitment, Undo, and Edit… with its form."""

from __future__ import annotations

import contextlib
import logging
import re
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimeout
from typing import Any

from pydantic import ValidationError
from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.blockkit import modals
from bot.blockkit.values import DraftButton, ModalMeta
from bot.core.services import Services
from handlers import inbox_work, proposals
from handlers.context import clicked_value, database_trouble, services_of
from store import corrections, draft_cards, records
from store import drafts as draft_store
from store.models import Draft, DraftState
from store.schemas import CommitmentIn
from store.text import validation_summary
from store.visibility import Audience

log = logging.getLogger(__name__)

# Saving Edit… on a proposal logs it inside the form's ack: Slack's link to the message is
# waited for at most this long (the rest of the 3 s is the database's), else stored without.
EDIT_PERMALINK_WAIT_S = 1.0
_permalink_lookups = ThreadPoolExecutor(max_workers=2, thread_name_prefix="edit-permalink")


def store_click(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """Log it, Not a commitment, Undo: the click is stored before Slack hears the ack, so a
    process killed right after it still does the click (its lazy half, or the recovery job)."""
    action = (body.get("actions") or [{}])[0]
    key = "click:{}:{}:{}".format(
        action.get("action_ts") or body.get("trigger_id") or uuid.uuid4().hex,
        (body.get("user") or {}).get("id"),
        action.get("action_id"),
    )
    inbox_work.keep(services_of(context), context, kind="click", key=key, payload=body)
    ack()


def draft_id_of(body: dict[str, Any]) -> int | None:
    """The draft a card button points at; None for a value that cannot be a draft id."""
    button = DraftButton.decode(clicked_value(body))
    return button.draft_id if button else None


def clicked_draft(services: Services, body: dict[str, Any]) -> Draft | None:
    """The draft a card button points at, if the click came from the card's own channel:
    a button value that names a draft elsewhere (a private channel's) is not honoured."""
    draft_id = draft_id_of(body)
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    if draft_id is None or not channel:
        return None
    with services.session(read_only=True) as session:
        draft = draft_store.get_draft(session, draft_id)
    return draft if draft is not None and draft.channel == channel else None


def tell(respond: Respond, text: str) -> None:
    if respond.response_url:  # a click replayed from the inbox may come without one
        respond(text=text, response_type="ephemeral", replace_original=False)


def on_click(body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """The lazy half of a card button: finish the stored click."""
    services = services_of(context)
    if inbox_work.stored_item(context) is not None:
        inbox_work.work_kept(services, client, context, kind="click", payload=body)
    elif context.get(inbox_work.UNSTORED):
        # Not stored (database trouble): tried once now, and the user is told if it fails.
        with contextlib.suppress(SQLAlchemyError):
            click(services, client, body, respond, first_attempt=True)


@inbox_work.work_for("click")
def finish_click(services: Services, client: WebClient, item: inbox_work.Item) -> None:
    body = item.payload
    respond = Respond(response_url=body.get("response_url"))
    click(services, client, body, respond, first_attempt=item.attempts <= 1)


def click(
    services: Services, client: WebClient, body: dict[str, Any], respond: Respond, *, first_attempt: bool
) -> None:
    """Do a card button's work. If the database fails (locked past the busy timeout, down,
    disk full) the person who clicked is told, with an error id, on the first attempt; the
    error is raised so that a stored click is retried."""
    action_id = str((body.get("actions") or [{}])[0].get("action_id") or "")
    button = next((fn for prefix, fn in BUTTONS.items() if action_id.startswith(prefix)), None)
    if button is None:
        return
    try:
        button(services, body, client, respond)
    except SQLAlchemyError:
        if first_attempt:
            tell(respond, ":warning: " + database_trouble("a card button"))
        raise


def log_it(services: Services, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
    """Log it: the draft becomes a commitment, once, however many clicks and replicas."""
    draft, user = clicked_draft(services, body), body["user"]["id"]
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
        tell(respond, f"Cannot log it as it stands: {why(exc)} Use *Edit…* to fix it.")
        return
    if logged is None:
        with services.session(read_only=True) as session:
            current = draft_store.get_draft(session, draft_id)
        if current is None or current.confirmed_by != user:  # else: this click, done by an earlier attempt
            tell(respond, "That was already handled.")
    # Redrawn also when nothing changed here: an earlier attempt may have stopped before it.
    proposals.refresh_card(services, client, draft.source_message)


def dismiss(services: Services, body: dict[str, Any], client: WebClient) -> None:
    """Not a commitment: the draft is dismissed and the card says so."""
    clicked = clicked_draft(services, body)
    if clicked is None or clicked.id is None:
        return
    with services.session() as session:
        draft_store.dismiss(session, clicked.id, user=body["user"]["id"], now=services.clock())
    proposals.refresh_card(services, client, clicked.source_message)


def undo(services: Services, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
    """Undo: the logged record is kept, as withdrawn."""
    clicked, user = clicked_draft(services, body), body["user"]["id"]
    if clicked is None or clicked.id is None:
        return
    with services.session() as session:
        draft, reason = draft_store.undo(
            session, clicked.id, user=user, is_admin=services.is_admin(user), now=services.clock()
        )
    if draft is None and clicked.state != "undone":  # undone: this click, by an earlier attempt
        tell(respond, reason or "Cannot undo that.")
        return
    proposals.refresh_card(services, client, clicked.source_message)


BUTTONS: dict[str, Callable[[Services, dict[str, Any], WebClient, Respond], None]] = {
    "draft_log_": lambda services, body, client, respond: log_it(services, body, client, respond),
    "draft_dismiss_": lambda services, body, client, respond: dismiss(services, body, client),
    "draft_undo_": lambda services, body, client, respond: undo(services, body, client, respond),
}


def open_edit(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Edit…: the form, opened before the ack (views.open needs the trigger_id within 3 s)."""
    services = services_of(context)
    draft, user = clicked_draft(services, body), body["user"]["id"]
    if draft is None:
        ack()
        return
    if draft.state == DraftState.LOGGED and not draft_store.may_change(
        draft, user, is_admin=services.is_admin(user)
    ):
        ack()
        client.chat_postEphemeral(channel=draft.channel, user=user, text=draft_cards.EDIT_FORBIDDEN)
        return
    client.views_open(
        trigger_id=body["trigger_id"], view=modals.commitment_modal(draft.fields, ModalMeta(draft=draft.id))
    )
    ack()


def save_edit(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    """The Edit form submitted: errors go back onto the fields; a saved edit is audited."""
    services = services_of(context)
    user = body["user"]["id"]
    values = modals.submitted_values(view)
    absent = modals.absent_fields(view)
    if absent:  # a form without some fields (opened before they existed) leaves them as they were
        values = {**kept_values(services, draft_of_view(view), absent), **values}
    data, errors = modals.validate(CommitmentIn, values)
    if errors or not isinstance(data, CommitmentIn):
        ack(response_action="errors", errors=errors)
        return
    # Asked of Slack before the write transaction opens, as Log it does, so the record an
    # Edit logs keeps where it was logged like one a click logs.
    link = permalink_if_pending(services, client, draft_of_view(view))
    try:
        with services.session() as session:
            error = draft_cards.apply_edit(
                session,
                draft_of_view(view),
                data,
                user=user,
                is_admin=services.is_admin(user),
                now=services.clock(),
                permalink=link,
            )
    except records.NotFound as exc:
        ack(response_action="errors", errors={exc.kind: str(exc)[:150]})
        return
    if error:
        ack(response_action="errors", errors={"actor": error})
        return
    ack()


def permalink_if_pending(services: Services, client: WebClient, draft_id: int | None) -> str | None:
    """The Slack link to the message a pending draft was read from (saving Edit logs it), got
    within EDIT_PERMALINK_WAIT_S; None for a draft already logged or when Slack is slow."""
    with services.session(read_only=True) as session:
        draft = draft_store.get_draft(session, draft_id) if draft_id else None
        source = draft.source_message if draft is not None and draft.state == DraftState.PENDING else None
    if source is None:
        return None
    lookup = _permalink_lookups.submit(proposals.permalink, client, source)
    try:
        return lookup.result(timeout=EDIT_PERMALINK_WAIT_S)
    except LookupTimeout:
        lookup.cancel()  # still queued behind slow ones: never sent, as nobody waits for it
        log.warning("no permalink for %s within %ss: logged without it", source, EDIT_PERMALINK_WAIT_S)
        return None


def kept_values(services: Services, draft_id: int | None, keys: set[str]) -> dict[str, Any]:
    """A draft's current values of the Edit fields in `keys`, as the form would show them."""
    with services.session(read_only=True) as session:
        draft = draft_store.get_draft(session, draft_id) if draft_id else None
        shown = corrections.form_values(draft.fields) if draft is not None else {}
    return {k: v for k, v in shown.items() if k in keys and v not in (None, "", [])}


def after_edit(view: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    services = services_of(context)
    draft_id = draft_of_view(view)
    with services.session(read_only=True) as session:
        draft = draft_store.get_draft(session, draft_id) if draft_id else None
    if draft is not None:
        proposals.refresh_card(services, client, draft.source_message)


def why(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return validation_summary(exc) + "."
    return str(exc)


def draft_of_view(view: dict[str, Any]) -> int | None:
    meta = ModalMeta.decode(view.get("private_metadata"))
    return meta.draft if meta else None


def register(app: App) -> None:
    app.action(re.compile(r"^draft_(log|dismiss|undo)_\d+$"))(ack=store_click, lazy=[on_click])
    app.action(re.compile(r"^draft_edit_\d+$"))(open_edit)
    app.view(modals.EDIT_COMMITMENT)(ack=save_edit, lazy=[after_edit])
