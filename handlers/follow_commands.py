"""`/minerals follow`, `following`, `unfollow`, and the Follow and Unfollow buttons."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blockkit.follows import FOLLOW_ACTION, UNFOLLOW_ACTION, followed, following_list, unfollowed
from bot.blockkit.values import FollowValue, UnfollowValue
from bot.core.services import Services
from handlers.context import clicked_value, services_of
from handlers.replies import error
from handlers.router import ROUTER, CommandRequest, Outcome, Reply
from store import follows
from store.text import storable


@ROUTER.add("follow", usage="follow <filter or name> [daily]")
def follow_command(services: Services, req: CommandRequest) -> Outcome:
    """Be told by DM when something you follow happens.

    `follow country:JP`, `follow mineral:graphite instrument:offtake`, `follow initiative:G7`,
    `follow project:"Name"` or just a project or initiative name. Add `daily` for one DM a
    day at 08:00 your time instead of at once. Records from a private channel reach you
    only if you are in that channel.
    """
    if not req.args.strip():
        return error("Follow what?", f"Try `{req.command} follow country:JP mineral:graphite`.")
    with services.session() as session:
        wanted = follows.understand(session, req.args, audience=req.audience)
        follow, new = follows.add_follow(
            session, req.user_id, wanted, channel=req.channel_id, now=services.clock()
        )
        blocks, text = followed(follow, new=new)
    return Reply(blocks, text)


@ROUTER.add("following", usage="following")
def following_command(services: Services, req: CommandRequest) -> Outcome:
    """What you follow, numbered (for `unfollow <n>`)."""
    with services.session(read_only=True) as session:
        blocks, text = following_list(follows.follows_seen_by(session, req.user_id, audience=req.audience))
    return Reply(blocks, text)


@ROUTER.add("unfollow", usage="unfollow <n|what>")
def unfollow_command(services: Services, req: CommandRequest) -> Outcome:
    """Stop following: by its number in `following`, or by what you followed."""
    if not req.args.strip():
        return error("Unfollow which?", f"Type `{req.command} following` for the numbers.")
    with services.session() as session:
        gone = follows.remove_follow(session, req.user_id, req.args, audience=req.audience)
        blocks, text = unfollowed(follows.as_seen_by(session, gone, audience=req.audience))
    return Reply(blocks, text)


# --- buttons ----------------------------------------------------------------------------


def _request(body: dict[str, Any], text: str) -> CommandRequest:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id", "")
    return CommandRequest(
        command="/minerals", text=storable(text), user_id=body["user"]["id"], channel_id=channel
    )


# The context key of a click's answer, from its ack to its lazy half.
ANSWER = "follow_answer"


def follow_stored(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """Follow on a card or the Home tab: the same as `follow <it>`, written before the ack."""
    value = FollowValue.decode(clicked_value(body))
    if value is not None:
        _write_before_ack(context, _request(body, f"follow {value.text}"))
    ack()


def unfollow_stored(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """Unfollow on a DM: only the member's own follow, by its id, removed before the ack."""
    value = UnfollowValue.decode(clicked_value(body))
    if value is not None:
        _write_before_ack(context, _request(body, f"unfollow #{value.follow_id}"))
    ack()


def _write_before_ack(context: BoltContext, req: CommandRequest) -> None:
    """Slack never resends a click: its one-row write is committed before the 200, so a
    process killed after it loses nothing; the answer waits for the lazy half."""
    from handlers.slash import route

    services = services_of(context)
    with services.answering():  # inside Slack's 3 s: wait less for locks
        reply = route(services, req)
    if isinstance(reply, Reply):
        context[ANSWER] = {"blocks": reply.blocks, "text": reply.text}


def follow_answered(body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext) -> None:
    """After a Follow's ack: tell the clicker, or redraw their Home tab."""
    from handlers.home import home_view

    answer = context.get(ANSWER)
    if answer is None:
        return
    if (body.get("view") or {}).get("type") == "home":  # no response_url there: redraw the tab
        user = body["user"]["id"]
        client.views_publish(user_id=user, view=home_view(services_of(context), user))
    else:
        respond(**answer, response_type="ephemeral", replace_original=False)


def unfollow_answered(respond: Respond, context: BoltContext) -> None:
    """After an Unfollow's ack: tell the clicker."""
    answer = context.get(ANSWER)
    if answer is not None:
        respond(**answer, replace_original=False)


def register(app: App) -> None:
    app.action(re.compile(rf"^{FOLLOW_ACTION}(_\d+)?$"))(ack=follow_stored, lazy=[follow_answered])
    app.action(re.compile(rf"^{UNFOLLOW_ACTION}_\d+$"))(ack=unfollow_stored, lazy=[unfollow_answered])
