"""Buttons on answers: share in channel, pagination, "did you mean", open a record."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.blockkit.values import PageValue, RerunValue, ShareValue
from bot.core.services import Services
from handlers import channels
from handlers.commands import list_commitments_page, list_projects_page
from handlers.context import clicked_value, services_of
from handlers.router import MAX_COMMAND_TEXT, CommandRequest, Outcome, Reply, capped
from handlers.slash import route
from store import queries
from store.filters import FilterError
from store.models import Initiative, Project
from store.text import storable
from store.visibility import Audience

LISTERS = {"projects": list_projects_page, "commitments": list_commitments_page}
OPEN_RECORD = re.compile(r"^open_(project|initiative)_(\d{1,9})$")


def _request(
    body: dict[str, Any], context: BoltContext, text: str, client: WebClient | None = None
) -> CommandRequest:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id", "")
    return CommandRequest(
        command=services_of(context).settings.slash_command,
        text=storable(capped(text)),
        user_id=body["user"]["id"],
        channel_id=channel,
        team_id=(body.get("team") or {}).get("id", ""),
        response_url=body.get("response_url"),
        # After the ack (these run as lazy listeners): Slack is asked with retries.
        ask_slack_private=(lambda c: channels.channel_is_private(client, c)) if client is not None else None,
    )


def _open_text(services: Services, req: CommandRequest, action_id: str) -> str | None:
    """An Open button's command, by the record's id: the name in its value may be shortened."""
    match = OPEN_RECORD.match(action_id)
    if match is None:
        return None
    kind, ref = match.groups()
    model = Project if kind == "project" else Initiative
    try:
        with services.session(read_only=True) as session:
            record = queries.records_by_ids(session, model, [int(ref)], audience=req.audience).get(int(ref))
    except SQLAlchemyError:  # the command in the value is answered instead, with its own errors
        return None
    if record is None or not req.audience.can_see(record):
        return None
    return f"{kind} {record.name}"


def _send(respond: Respond, reply: Outcome | None, **kw: Any) -> None:
    if isinstance(reply, Reply):
        respond(blocks=reply.blocks, text=reply.text, **kw)


def ack_only(ack: Ack) -> None:
    ack()


def rerun(body: dict[str, Any], respond: Respond, context: BoltContext, client: WebClient) -> None:
    """A "did you mean" or Open button: the command it carries, answered in place."""
    services = services_of(context)
    action_id = str((body.get("actions") or [{}])[0].get("action_id", ""))
    value = RerunValue.decode(clicked_value(body))
    text = _open_text(services, _request(body, context, ""), action_id) or (value.text if value else "")
    if text:
        _send(respond, route(services, _request(body, context, text, client)), replace_original=True)


def share(body: dict[str, Any], respond: Respond, context: BoltContext, client: WebClient) -> None:
    """Share in channel: the answer again, for everyone, without its buttons."""
    value = ShareValue.decode(clicked_value(body))
    if value is None:
        return
    outcome = route(services_of(context), _request(body, context, value.text, client))
    if isinstance(outcome, Reply):
        blocks = [b for b in outcome.blocks if b.get("block_id") != "answer_actions"]
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": f"Shared by <@{body['user']['id']}>"}],
            }
        )
        respond(blocks=blocks, text=outcome.text, response_type="in_channel", replace_original=False)


def page(body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Previous / Next on a list."""
    value = PageValue.decode(clicked_value(body))
    lister = LISTERS.get(value.subcommand) if value else None
    if value is None or lister is None:
        return
    req = _request(body, context, "")
    try:
        args = value.args[:MAX_COMMAND_TEXT]
        reply = lister(services_of(context), args, Audience(channel=req.channel_id), value.offset)
    except (FilterError, ValueError):  # tampered filters
        return
    _send(respond, reply, replace_original=True)


def register(app: App) -> None:
    app.action(re.compile(r"^(rerun_\d+|open_\w+)$"))(ack=ack_only, lazy=[rerun])
    app.action("share")(ack=ack_only, lazy=[share])
    app.action(re.compile(r"^page_(prev|next)$"))(ack=ack_only, lazy=[page])
