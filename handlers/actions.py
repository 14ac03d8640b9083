"""Buttons on answers: share in channel, pagination, "did you mean", open a record."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.blockkit.values import PageValue, RerunValue, ShareValue
from handlers.commands import list_commitments_page, list_projects_page
from handlers.context import clicked_value, services_of
from handlers.router import CommandRequest, Outcome, Reply
from handlers.slash import route
from store.filters import FilterError
from store.text import storable
from store.visibility import Audience

LISTERS = {"projects": list_projects_page, "commitments": list_commitments_page}


def _request(body: dict[str, Any], context: BoltContext, text: str) -> CommandRequest:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id", "")
    return CommandRequest(
        command=services_of(context).settings.slash_command,
        text=storable(text),
        user_id=body["user"]["id"],
        channel_id=channel,
        team_id=(body.get("team") or {}).get("id", ""),
        response_url=body.get("response_url"),
    )


def _send(respond: Respond, reply: Outcome | None, **kw: Any) -> None:
    if isinstance(reply, Reply):
        respond(blocks=reply.blocks, text=reply.text, **kw)


def ack_only(ack: Ack) -> None:
    ack()


def rerun(body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """A "did you mean" or Open button: the command it carries, answered in place."""
    value = RerunValue.decode(clicked_value(body))
    if value is not None:
        _send(
            respond, route(services_of(context), _request(body, context, value.text)), replace_original=True
        )


def share(body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Share in channel: the answer again, for everyone, without its buttons."""
    value = ShareValue.decode(clicked_value(body))
    if value is None:
        return
    outcome = route(services_of(context), _request(body, context, value.text))
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
        reply = lister(services_of(context), value.args, Audience(channel=req.channel_id), value.offset)
    except (FilterError, ValueError):  # tampered filters
        return
    _send(respond, reply, replace_original=True)


def register(app: App) -> None:
    app.action(re.compile(r"^(rerun_\d+|open_\w+)$"))(ack=ack_only, lazy=[rerun])
    app.action("share")(ack=ack_only, lazy=[share])
    app.action(re.compile(r"^page_(prev|next)$"))(ack=ack_only, lazy=[page])
