"""Buttons on answers: share in channel, pagination, "did you mean", open a record."""

from __future__ import annotations

import json
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from sqlalchemy.exc import SQLAlchemyError

from bot.core.services import Services
from handlers.commands import list_commitments_page, list_projects_page
from handlers.context import services_of
from handlers.router import MAX_COMMAND_TEXT, CommandRequest, Reply, capped
from handlers.slash import route
from store import queries
from store.filters import FilterError
from store.models import Initiative, Project
from store.text import storable
from store.visibility import Audience

OPEN_RECORD = re.compile(r"^open_(project|initiative)_(\d{1,9})$")
MAX_OFFSET = 1_000_000  # past any real list; keeps a tampered offset within SQL integers


def _value(body: dict[str, Any]) -> dict[str, Any]:
    """The clicked button's JSON value; tampered or malformed values become {}."""
    try:
        value = json.loads(body["actions"][0].get("value") or "{}")
    except (KeyError, IndexError, TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _request(body: dict[str, Any], text: str) -> CommandRequest:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id", "")
    return CommandRequest(
        command="/minerals",
        text=storable(capped(text)),
        user_id=body["user"]["id"],
        channel_id=channel,
        team_id=(body.get("team") or {}).get("id", ""),
        response_url=body.get("response_url"),
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


def _send(respond: Respond, reply: Any, **kw: Any) -> None:
    if isinstance(reply, Reply):
        respond(blocks=reply.blocks, text=reply.text, **kw)


def ack_only(ack: Ack) -> None:
    ack()


def rerun(body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """A "did you mean" or Open button: the command it carries, answered in place."""
    services = services_of(context)
    action_id = str((body.get("actions") or [{}])[0].get("action_id", ""))
    text = _open_text(services, _request(body, ""), action_id) or str(_value(body).get("t", ""))
    if text:
        _send(respond, route(services, _request(body, text)), replace_original=True)


def share(body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Share in channel: the answer again, for everyone, without its buttons."""
    text = str(_value(body).get("t", ""))
    outcome = route(services_of(context), _request(body, text))
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
    value = _value(body)
    req = _request(body, "")
    try:
        offset = min(max(0, int(value.get("o", 0))), MAX_OFFSET)
        args = str(value.get("a", ""))[:MAX_COMMAND_TEXT]
        lister = {"projects": list_projects_page, "commitments": list_commitments_page}.get(
            str(value.get("c"))
        )
        if lister is None:
            return
        reply = lister(services_of(context), args, Audience(channel=req.channel_id), offset)
    except (FilterError, ValueError, TypeError, OverflowError):  # tampered: o = 1e400
        return
    _send(respond, reply, replace_original=True)


def register(app: App) -> None:
    app.action(re.compile(r"^(rerun_\d+|open_\w+)$"))(ack=ack_only, lazy=[rerun])
    app.action("share")(ack=ack_only, lazy=[share])
    app.action(re.compile(r"^page_(prev|next)$"))(ack=ack_only, lazy=[page])
