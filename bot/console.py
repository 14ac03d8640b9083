"""The local console: try the bot without Slack, through the very same Bolt app.

Lines starting with the slash command are slash commands; `click N` presses button N;
`home` opens the Home tab; `@bot <text>` mentions the bot in #console (a question is answered
in the thread); `dm <text>` is a direct message to the bot; `help` and `quit` do what they say;
anything else is a message posted in #console. Each is sent to the app as a real, signed
Slack request body, and the Web API calls the app makes go to a local Slack that records them
and renders them here.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.app import create_app, make_client, make_services
from bot.core.settings import Settings
from bot.local_slack import LocalSlack

CONSOLE_USER = "UCONSOLE1"
CONSOLE_CHANNEL = "CCONSOLE1"
CONSOLE_TEAM = "TCONSOLE1"
CONSOLE_DM = "DCONSOLE1"
CONSOLE_BOT = "UBOT"
SIGNING_SECRET = "console-signing-secret"


class InlineExecutor(Executor):
    """Runs lazy listeners at once, so each console line's output is complete and in order."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # the listener's own error handling already ran
            future.set_exception(exc)
        return future


@dataclass
class Button:
    action_id: str
    value: str | None
    label: str
    block_id: str | None
    surface: dict[str, Any]  # where it was shown: message ts/channel, view id, response_url


def _text_of(obj: Any) -> str:
    if isinstance(obj, dict):
        return str(obj.get("text", ""))
    return str(obj or "")


def render_blocks(
    blocks: Iterable[dict[str, Any]], buttons: list[Button], surface: dict[str, Any]
) -> list[str]:
    """Block Kit as terminal lines; buttons are numbered and remembered for `click N`."""
    lines: list[str] = []

    def add_button(el: dict[str, Any], block: dict[str, Any]) -> str:
        buttons.append(
            Button(
                el.get("action_id", ""),
                el.get("value"),
                _text_of(el.get("text")),
                block.get("block_id"),
                surface,
            )
        )
        return f"[{len(buttons)}: {_text_of(el.get('text'))}]"

    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _text_of(block.get("text"))
            lines += [title.upper(), "=" * min(len(title), 60)]
        elif kind == "section":
            if block.get("text"):
                lines.append(_text_of(block["text"]))
            for f in block.get("fields", []):
                lines.append("  " + _text_of(f).replace("\n", ": ", 1))
            acc = block.get("accessory")
            if acc and acc.get("type") == "button":
                lines[-1] = lines[-1] + "  " + add_button(acc, block) if lines else add_button(acc, block)
        elif kind == "context":
            lines.append("  " + " · ".join(_text_of(e) for e in block.get("elements", [])))
        elif kind == "divider":
            lines.append("-" * 40)
        elif kind == "actions":
            lines.append(
                "  ".join(
                    add_button(e, block) for e in block.get("elements", []) if e.get("type") == "button"
                )
            )
        elif kind == "input":
            element = block.get("element", {})
            initial = element.get("initial_value") or _text_of(
                (element.get("initial_option") or {}).get("text")
            )
            lines.append(f"  {_text_of(block.get('label'))}: {initial or '…'}")
    return lines


class Console:
    """Drives the app with signed requests and prints what Slack would show."""

    def __init__(
        self, app: App, slack: LocalSlack, out: Callable[[str], None] = print, command: str = "/minerals"
    ):
        self.app, self.slack, self.out, self.command = app, slack, out, command
        self.buttons: list[Button] = []
        self._seen_calls = 0
        self._verifier = SignatureVerifier(SIGNING_SECRET)
        self._posted: dict[str, int] = {}
        self._last_buttons: list[Button] = []

    def _dispatch(self, body: str, content_type: str) -> Any:
        ts = str(int(time.time()))
        signature = self._verifier.generate_signature(timestamp=ts, body=body) or ""
        headers: dict[str, str | Sequence[str]] = {
            "content-type": [content_type],
            "x-slack-request-timestamp": [ts],
            "x-slack-signature": [signature],
        }
        return self.app.dispatch(BoltRequest(body=body, headers=headers))

    def run_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        self.buttons = []
        if line.startswith("/"):
            self.slash(line)
        elif line.lower().startswith("click "):
            self.click(line.split(maxsplit=1)[1])
        elif line.lower() == "home":
            self.home()
        elif line.lower().startswith("@bot "):
            self.mention(line[5:])
        elif line.lower().startswith("dm "):
            self.message(line[3:], channel=CONSOLE_DM, channel_type="im")
        elif line.lower() in ("help", "?"):
            self.out(__doc__ or "")
        else:
            self.message(line)
        self._render_new_calls()

    def slash(self, line: str) -> None:
        command, _, text = line.partition(" ")
        if command != self.command:
            self.out(f"(the console knows {self.command}; try `{self.command} help`)")
            return
        tag = uuid.uuid4().hex[:8]
        body = urllib.parse.urlencode(
            {
                "token": "console",
                "team_id": CONSOLE_TEAM,
                "team_domain": "console",
                "channel_id": CONSOLE_CHANNEL,
                "channel_name": "console",
                "user_id": CONSOLE_USER,
                "user_name": "you",
                "command": command,
                "text": text,
                "api_app_id": "ACONSOLE",
                "is_enterprise_install": "false",
                "response_url": self.slack.response_url(tag),
                "trigger_id": f"trigger.{tag}",
            }
        )
        response = self._dispatch(body, "application/x-www-form-urlencoded")
        if response.body:
            try:
                payload = json.loads(response.body)
            except ValueError:
                payload = {"text": response.body}
            self._render_payload(
                payload, {"response_url": self.slack.response_url(tag), "channel": CONSOLE_CHANNEL}
            )

    def message(self, text: str, *, channel: str = CONSOLE_CHANNEL, channel_type: str = "channel") -> None:
        ts = f"{time.time():.6f}"
        event = {
            "type": "message",
            "channel": channel,
            "user": CONSOLE_USER,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "channel_type": channel_type,
            "team": CONSOLE_TEAM,
        }
        self._event(event)

    def mention(self, text: str) -> None:
        """A message that mentions the bot: Slack sends both a message and an app_mention event."""
        ts = f"{time.time():.6f}"
        event = {
            "channel": CONSOLE_CHANNEL,
            "user": CONSOLE_USER,
            "text": f"<@{CONSOLE_BOT}> {text}",
            "ts": ts,
            "event_ts": ts,
            "team": CONSOLE_TEAM,
        }
        self._event({**event, "type": "message", "channel_type": "channel"})
        self._event({**event, "type": "app_mention"})

    def home(self) -> None:
        self._event(
            {
                "type": "app_home_opened",
                "user": CONSOLE_USER,
                "channel": CONSOLE_DM,
                "tab": "home",
                "event_ts": f"{time.time():.6f}",
            }
        )

    def _event(self, event: dict[str, Any]) -> None:
        body = json.dumps(
            {
                "token": "console",
                "team_id": CONSOLE_TEAM,
                "api_app_id": "ACONSOLE",
                "event": event,
                "type": "event_callback",
                "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}",
                "event_time": int(time.time()),
                "authorizations": [{"team_id": CONSOLE_TEAM, "user_id": CONSOLE_BOT, "is_bot": True}],
            }
        )
        self._dispatch(body, "application/json")

    def click(self, which: str) -> None:
        previous = self._last_buttons
        if not which.isdigit() or not 1 <= int(which) <= len(previous):
            self.out(f"(no button {which}; there are {len(previous)})")
            return
        b = previous[int(which) - 1]
        surface = b.surface
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": CONSOLE_USER, "username": "you", "team_id": CONSOLE_TEAM},
            "api_app_id": "ACONSOLE",
            "token": "console",
            "team": {"id": CONSOLE_TEAM},
            "trigger_id": f"trigger.{uuid.uuid4().hex[:8]}",
            "actions": [
                {
                    "type": "button",
                    "action_id": b.action_id,
                    "block_id": b.block_id or "",
                    "value": b.value,
                    "text": {"type": "plain_text", "text": b.label},
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        if surface.get("view_id"):
            payload["container"] = {"type": "view", "view_id": surface["view_id"]}
            payload["view"] = {"id": surface["view_id"], "type": "home"}
        else:
            channel = surface.get("channel", CONSOLE_CHANNEL)
            payload["channel"] = {"id": channel, "name": "console"}
            payload["container"] = {
                "type": "message",
                "channel_id": channel,
                "message_ts": surface.get("ts", ""),
                "is_ephemeral": "ts" not in surface,
            }
            if surface.get("ts"):
                payload["message"] = {"ts": surface["ts"], "text": "", "blocks": []}
            # Slack gives every interaction a fresh response_url.
            payload["response_url"] = self.slack.response_url(
                uuid.uuid4().hex[:8], channel=channel, message_ts=surface.get("ts"), user=CONSOLE_USER
            )
        self._dispatch(
            urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
        )

    def _posted_ts(self, channel: str) -> str | None:
        """The ts of the next bot message in `channel`, in posting order."""
        index = self._posted.get(channel, 0)
        self._posted[channel] = index + 1
        messages = self.slack.messages_in(channel)
        return messages[index]["ts"] if index < len(messages) else None

    def _render_payload(self, payload: dict[str, Any], surface: dict[str, Any]) -> None:
        lines = render_blocks(payload.get("blocks") or [], self.buttons, surface)
        if not lines and payload.get("text"):
            lines = [str(payload["text"])]
        for line in lines:
            # Show what Slack would display: mrkdwn escapes turned back into characters.
            self.out(line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))

    def _render_new_calls(self) -> None:
        calls = self.slack.calls[self._seen_calls :]
        self._seen_calls += len(calls)
        for call in calls:
            if call.error:  # Slack refused it: show the error, as Slack would log it
                self.out(f"--- [{call.method} failed: {call.error}]")
                continue
            params = call.params
            method = call.method
            if method in ("chat.postMessage", "chat.postEphemeral", "chat.update"):
                where = {
                    "chat.postMessage": "posted",
                    "chat.postEphemeral": "only you see",
                    "chat.update": "updated",
                }[method]
                self.out(
                    f"--- [{where} in {params.get('channel')}"
                    + (" thread" if params.get("thread_ts") else "")
                    + "]"
                )
                surface = {
                    "channel": params.get("channel"),
                    "ts": params.get("ts") or self._posted_ts(str(params.get("channel"))),
                }
                self._render_payload(params, surface)
            elif method == "response_url":
                self.out(
                    "--- [reply"
                    + (" in channel" if params.get("response_type") == "in_channel" else "")
                    + "]"
                )
                self._render_payload(params, {"channel": CONSOLE_CHANNEL})
            elif method in ("views.open", "views.publish", "views.update"):
                view = params.get("view") or {}
                if isinstance(view, str):
                    view = json.loads(view)
                title = _text_of(view.get("title")) or "Home"
                self.out(f"--- [{'Home tab' if method == 'views.publish' else 'modal: ' + title}]")
                self._render_payload(view, {"view_id": "VCONSOLE"})
            elif method == "files.completeUploadExternal":
                self.out(f"--- [file sent: {params.get('files')}]")
        self._last_buttons = list(self.buttons)


def run_console(settings: Settings, *, script: str | None = None, out: Callable[[str], None] = print) -> int:
    """Open the console on the demo data (seeded if missing) and read lines."""
    from store.seed import seed_demo

    with LocalSlack() as slack:
        console_settings = settings.model_copy(
            update={
                "slack_bot_token": "xoxb-console",
                "slack_signing_secret": SIGNING_SECRET,
                "slack_api_url": slack.api_url,
            }
        )
        services = make_services(console_settings)
        with services.session() as session:
            seed_demo(session, now=services.clock())
        app = create_app(
            console_settings,
            client=make_client(console_settings),
            services=services,
            listener_executor=InlineExecutor(),
        )
        console = Console(app, slack, out=out, command=settings.slash_command)
        lines: Iterable[str]
        if script:
            lines = Path(script).read_text(encoding="utf-8").splitlines()
        else:
            out(
                f"minerals-bot console. Try `{settings.slash_command} help`, "
                f"`{settings.slash_command} projects mineral:graphite`, `home`, `click 1`; "
                "or type a sentence like “Japan will lend up to C$150 million to the Canadian "
                "graphite mines”. Ctrl-D quits."
            )
            lines = _prompt_lines()
        for line in lines:
            if line.strip().lower() in ("quit", "exit"):
                break
            if script:
                out(f"> {line}")
            console.run_line(line)
        services.engine.dispose()
    return 0


def _prompt_lines() -> Iterable[str]:
    while True:
        try:
            yield input("> ")
        except EOFError:
            print(file=sys.stderr)
            return
