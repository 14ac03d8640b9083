"""Signed requests shaped like the ones Slack sends: slash commands, events, clicks, submissions."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from bot.local_slack import (
    DEFAULT_APP_ID,
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USER_ID,
    DEFAULT_TEAM_DOMAIN,
    DEFAULT_TEAM_ID,
)

SIGNING_SECRET = "test-signing-secret"  # what the tests' bots are configured with
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
DEFAULT_TRIGGER_ID = "1700000000.1234567890.abcdef0123456789abcdef0123456789"
DEFAULT_RESPONSE_URL = "https://hooks.slack.com/commands/T1/1700000000/abcdefabcdef"


def sign(
    body: str | bytes, *, timestamp: int | str | None = None, secret: str = SIGNING_SECRET
) -> dict[str, str]:
    """The X-Slack-Request-Timestamp and X-Slack-Signature headers Slack sends with `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body) or "",
    }


def signed_headers(
    secret: str, body: str | bytes, timestamp: int | str | None = None, content_type: str | None = None
) -> dict[str, str]:
    """Content-Type and X-Slack-Signature / -Request-Timestamp headers for `body`."""
    text = body.decode() if isinstance(body, bytes) else body
    guessed = JSON if text.lstrip().startswith("{") else FORM
    return {"Content-Type": content_type or guessed, **sign(text, timestamp=timestamp, secret=secret)}


def form_payload(payload: Any) -> str:
    """The form body (`payload=<json>`) Slack posts interactions in."""
    return urlencode({"payload": json.dumps(payload)})


def _user(user_id: str, team_id: str) -> dict[str, str]:
    name = user_id.lower()
    return {"id": user_id, "username": name, "name": name, "team_id": team_id}


def _team(team_id: str) -> dict[str, Any]:
    return {"id": team_id, "domain": DEFAULT_TEAM_DOMAIN}


def slash_command_body(
    text: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    command: str = "/minerals",
    response_url: str = DEFAULT_RESPONSE_URL,
    trigger_id: str = DEFAULT_TRIGGER_ID,
    team_id: str = DEFAULT_TEAM_ID,
    channel_name: str = "general",
) -> str:
    """A form-encoded slash command body with every field Slack sends."""
    return urlencode(
        {
            "token": "verification_token",
            "team_id": team_id,
            "team_domain": DEFAULT_TEAM_DOMAIN,
            "channel_id": channel_id,
            "channel_name": channel_name,
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": DEFAULT_APP_ID,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": trigger_id,
        }
    )


def event_body(
    event: dict[str, Any],
    event_id: str | None = None,
    team_id: str = DEFAULT_TEAM_ID,
    event_time: int | None = None,
) -> str:
    """A JSON event_callback body wrapping `event`."""
    return json.dumps(
        {
            "token": "verification_token",
            "team_id": team_id,
            "api_app_id": DEFAULT_APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
            "event_time": int(time.time()) if event_time is None else event_time,
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": team_id,
                    "user_id": DEFAULT_BOT_USER_ID,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": f"4-{uuid.uuid4().hex}",
        }
    )


def message_event(
    text: str,
    user: str = "U1",
    channel: str = "C1",
    ts: str | None = None,
    channel_type: str = "channel",
    thread_ts: str | None = None,
) -> dict[str, Any]:
    """A `message` event as Slack puts it inside an event_callback."""
    ts = ts or f"{time.time():.6f}"
    event: dict[str, Any] = {
        "type": "message",
        "user": user,
        "text": text,
        "ts": ts,
        "team": DEFAULT_TEAM_ID,
        "channel": channel,
        "event_ts": ts,
        "channel_type": channel_type,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def url_verification_body(challenge: str = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P") -> str:
    """The JSON url_verification body Slack sends when the Request URL is saved."""
    return json.dumps({"token": "verification_token", "challenge": challenge, "type": "url_verification"})


def block_actions(
    action_id: str,
    value: str | None = None,
    user_id: str = "U1",
    channel_id: str | None = "C1",
    message: dict[str, Any] | None = None,
    response_url: str | None = DEFAULT_RESPONSE_URL,
    trigger_id: str = DEFAULT_TRIGGER_ID,
    container: dict[str, Any] | None = None,
    block_id: str = "b",
    action_type: str = "button",
    view: dict[str, Any] | None = None,
    team_id: str = DEFAULT_TEAM_ID,
) -> dict[str, Any]:
    """A block_actions payload for one clicked element."""
    # For a Home tab or modal action pass channel_id=None, response_url=None and view.
    # Non-button action_types carry value as their selected_option.
    action: dict[str, Any] = {
        "action_id": action_id,
        "block_id": block_id,
        "type": action_type,
        "action_ts": f"{time.time():.6f}",
    }
    if action_type == "button":
        action["text"] = {"type": "plain_text", "text": "Button", "emoji": True}
        if value is not None:
            action["value"] = value
    elif value is not None:
        action["selected_option"] = {"text": {"type": "plain_text", "text": value}, "value": value}
    if container is None:
        if view is not None:
            container = {"type": "view", "view_id": view.get("id", "V1")}
        else:
            container = {
                "type": "message",
                "channel_id": channel_id,
                "is_ephemeral": False,
                "message_ts": (message or {}).get("ts", "1700000000.000100"),
            }
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": DEFAULT_APP_ID,
        "token": "verification_token",
        "container": container,
        "trigger_id": trigger_id,
        "team": _team(team_id),
        "enterprise": None,
        "is_enterprise_install": False,
        "state": {"values": {}},
        "actions": [action],
    }
    if channel_id is not None:
        payload["channel"] = {"id": channel_id, "name": "general"}
    if message is not None:
        payload["message"] = message
    if view is not None:
        payload["view"] = view
    if response_url is not None:
        payload["response_url"] = response_url
    return payload


def block_actions_body(action_id: str, value: str | None = None, **fields: Any) -> str:
    """A form-encoded block_actions body (`payload=<json>`): `block_actions(...)` posted."""
    return form_payload(block_actions(action_id, value, **fields))


def view_submission(
    callback_id: str,
    values: dict[str, dict[str, Any]],
    user_id: str = "U1",
    private_metadata: str = "",
    view_id: str = "V1",
    team_id: str = DEFAULT_TEAM_ID,
    response_urls: list[dict[str, str]] | None = None,
    trigger_id: str = DEFAULT_TRIGGER_ID,
    blocks: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A view_submission payload for `view.state.values`."""
    # values is {block_id: {action_id: state}}; a plain string is a plain_text_input value.
    state = {
        block: {
            action: ({"type": "plain_text_input", "value": v} if isinstance(v, str) else v)
            for action, v in actions.items()
        }
        for block, actions in values.items()
    }
    payload: dict[str, Any] = {
        "type": "view_submission",
        "team": _team(team_id),
        "user": _user(user_id, team_id),
        "api_app_id": DEFAULT_APP_ID,
        "token": "verification_token",
        "trigger_id": trigger_id,
        "view": {
            "id": view_id,
            "team_id": team_id,
            "type": "modal",
            "blocks": blocks or [],
            "private_metadata": private_metadata,
            "callback_id": callback_id,
            "state": {"values": state},
            "hash": "1700000000.AbCdEfGh",
            "title": {"type": "plain_text", "text": "Minerals"},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": {"type": "plain_text", "text": "Cancel"},
            "submit": {"type": "plain_text", "text": "Save"},
            "previous_view_id": None,
            "root_view_id": view_id,
            "app_id": DEFAULT_APP_ID,
            "external_id": "",
            "app_installed_team_id": team_id,
            "bot_id": DEFAULT_BOT_ID,
        },
        "response_urls": response_urls or [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return payload


def view_submission_body(callback_id: str, values: dict[str, dict[str, Any]], **fields: Any) -> str:
    """A form-encoded view_submission body (`payload=<json>`): `view_submission(...)` posted."""
    return form_payload(view_submission(callback_id, values, **fields))


async def post_via_asgi(
    web: Any, body: str, secret: str, on_send: Callable[[dict[str, Any]], object]
) -> None:
    """POST a signed body to /slack/events straight through an ASGI app (no server, no
    socket); `on_send` gets each message the app sends, as it sends it."""
    raw = body.encode()
    headers = [(k.lower().encode(), v.encode()) for k, v in signed_headers(secret, body).items()]
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/slack/events",
        "raw_path": b"/slack/events",
        "query_string": b"",
        "headers": [*headers, (b"content-length", str(len(raw)).encode())],
        "http_version": "1.1",
        "scheme": "http",
        "server": ("127.0.0.1", 3000),
        "client": ("127.0.0.1", 5000),
    }
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": raw, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        on_send(message)

    await web(scope, receive, send)
