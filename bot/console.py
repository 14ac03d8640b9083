"""The local console: try the bot without Slack, through the very same Bolt app.

  /minerals ...        a slash command (try `/minerals help`)
  click N              press button N of the last answer
  click A.N            press button N of answer A (each answer's number is in its header)
  set <field> <value>  fill a field of the open form (the field's name or label)
  submit               submit the open form
  home                 the Home tab
  @bot <text>          mention the bot in #console (a question is answered in the thread)
  dm <text>            a direct message to the bot
  help, quit           what they say
  anything else        a message posted in #console

Each is sent to the app as a real, signed Slack request body, and the Web API calls the
app makes go to a local Slack that records them and renders them here. Files the bot sends
are saved under data/console-files/. The console keeps its own database (data/console.db),
never the one DATABASE_URL names.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.app import create_app, make_client, make_services
from bot.core.settings import Settings
from bot.local_slack import LocalSlack
from store.database_url import shown

CONSOLE_USER = "UCONSOLE1"
CONSOLE_CHANNEL = "CCONSOLE1"
CONSOLE_TEAM = "TCONSOLE1"
CONSOLE_DM = "DCONSOLE1"
CONSOLE_BOT = "UBOT"
SIGNING_SECRET = "console-signing-secret"
CONSOLE_DATABASE_URL = "sqlite:///data/console.db"
CONSOLE_FILES = Path("data/console-files")
FILE_PREVIEW_LINES = 5
FILLED_KEYS = ("value", "selected_option", "selected_options", "selected_date")
# Slack's markup in mrkdwn text: <@U123>, <#C123|name>, <!here>, <https://x|label>, <!date^...|text>.
_MARKUP = re.compile(r"<([@#!]?)([^<>|]*)(?:\|([^<>]*))?>")


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


def readable(text: str, user_name: Callable[[str], str] = str.lower) -> str:
    """Slack markup as Slack shows it: `@name`, `#channel`, `label (https://x)`, escapes undone."""

    def one(match: re.Match[str]) -> str:
        sigil, target, label = match.group(1), match.group(2), match.group(3)
        if sigil == "@":
            return "@" + (label or user_name(target))
        if sigil == "#":
            return "#" + (label or target)
        if sigil == "!":
            return label if label else "@" + target.split("^")[0]
        return f"{label} ({target})" if label and label != target else target

    if "<" not in text and "&" not in text:
        return text
    # Slack escapes only these three; a literal "&copy;" someone typed stays as typed.
    return _MARKUP.sub(one, text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


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
            lines.append(f"  {_text_of(block.get('label'))} [{block.get('block_id')}]: {initial or '…'}")
    return lines


@dataclass
class Form:
    """The open modal: the view as the local Slack stored it, and the values `set` so far."""

    view: dict[str, Any]
    values: dict[str, str]

    def inputs(self) -> list[dict[str, Any]]:
        return [b for b in self.view.get("blocks", []) if b.get("type") == "input" and b.get("block_id")]

    def find(self, name: str) -> dict[str, Any] | None:
        """The input block named by its block_id or label (case-insensitive, a prefix will do)."""
        key = name.strip().lower().replace("_", " ")
        for exact in (True, False):
            for block in self.inputs():
                names = (
                    str(block["block_id"]).lower().replace("_", " "),
                    _text_of(block.get("label")).lower(),
                )
                if any(n == key if exact else n.startswith(key) for n in names):
                    return block
        return None


def _option(element: dict[str, Any], value: str) -> dict[str, Any] | None:
    wanted = value.strip().lower()
    for option in element.get("options", []):
        if wanted in (str(option.get("value", "")).lower(), _text_of(option.get("text")).lower()):
            return dict(option)
    return None


def _state_of(block: dict[str, Any], typed: str | None) -> dict[str, Any]:
    """What Slack puts in view.state.values for one input block."""
    element = block.get("element", {})
    kind = element.get("type")
    if kind in ("static_select", "radio_buttons"):
        option = _option(element, typed) if typed is not None else element.get("initial_option")
        return {"type": kind, "selected_option": option}
    if kind in ("multi_static_select", "checkboxes"):
        if typed is None:
            return {"type": kind, "selected_options": element.get("initial_options", [])}
        chosen = [_option(element, part) for part in typed.split(",") if part.strip()]
        return {"type": kind, "selected_options": [c for c in chosen if c]}
    if kind == "datepicker":
        return {"type": kind, "selected_date": typed if typed is not None else element.get("initial_date")}
    value = typed if typed is not None else element.get("initial_value")
    return {"type": kind or "plain_text_input", "value": value or None}


class Console:
    """Drives the app with signed requests and prints what Slack would show."""

    def __init__(
        self,
        app: App,
        slack: LocalSlack,
        out: Callable[[str], None] = print,
        command: str = "/minerals",
        files_dir: Path = CONSOLE_FILES,
    ):
        self.app, self.slack, self.out, self.command = app, slack, out, command
        self.files_dir = files_dir
        self.buttons: list[Button] = []
        self.answers: dict[int, list[Button]] = {}  # each console line's buttons, by its number
        self.line_no = 0
        self.form: Form | None = None
        self._seen_calls = 0
        self._verifier = SignatureVerifier(SIGNING_SECRET)
        self._posted: dict[str, int] = {}

    def _dispatch(self, body: str, content_type: str) -> Any:
        ts = str(int(time.time()))
        signature = self._verifier.generate_signature(timestamp=ts, body=body) or ""
        headers: dict[str, str | Sequence[str]] = {
            "content-type": [content_type],
            "x-slack-request-timestamp": [ts],
            "x-slack-signature": [signature],
        }
        return self.app.dispatch(BoltRequest(body=body, headers=headers))

    def _user_name(self, user: str) -> str:
        if user == CONSOLE_USER:
            return "you"
        return str(self.slack.users.get(user, {}).get("name") or user.lower())

    def show(self, text: str) -> None:
        """Print one line as Slack would display it."""
        self.out(readable(text, self._user_name))

    def run_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        self.line_no += 1
        self.buttons = []
        word, _, rest = line.partition(" ")
        word = word.lower()
        if line.startswith("/"):
            self.slash(line)
        elif word == "click" and rest:
            self.click(rest.strip())
        elif word == "set":
            self.set_field(rest)
        elif line.lower() == "submit":
            self.submit()
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
        if self.buttons:
            self.answers[self.line_no] = list(self.buttons)

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
            self.out(self._header("reply"))
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

    def _button(self, which: str) -> Button | None:
        """Button `N` of the latest answer with buttons, or `A.N`: button N of answer A."""
        answer, dot, number = which.partition(".")
        if dot:
            if not answer.isdigit() or int(answer) not in self.answers:
                numbers = ", ".join(f"#{n}" for n in sorted(self.answers)[-5:]) or "none yet"
                self.out(f"(no answer #{answer} with buttons; the latest: {numbers})")
                return None
            buttons, name = self.answers[int(answer)], f"answer #{answer}"
        else:
            number = which
            latest = max(self.answers, default=None)
            buttons, name = (self.answers[latest], f"answer #{latest}") if latest else ([], "the last answer")
        if not number.isdigit() or not 1 <= int(number) <= len(buttons):
            self.out(f"(no button {number} in {name}; it has {len(buttons)})")
            return None
        return buttons[int(number) - 1]

    def click(self, which: str) -> None:
        b = self._button(which)
        if b is None:
            return
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
            payload["view"] = {"id": surface["view_id"], "type": surface.get("view_type", "home")}
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

    # -- forms ------------------------------------------------------------------------------

    def set_field(self, text: str) -> None:
        """`set <field> <value>`: the field by its name in [brackets] or its label."""
        if self.form is None:
            self.out("(no form is open: `/minerals add project` opens one)")
            return
        names = [str(b["block_id"]) for b in self.form.inputs()]
        name, _, value = text.strip().partition(" ")
        block = self.form.find(name) if name else None
        if block is None:
            self.out(f"(no field “{name}”; this form has: {', '.join(names)})")
            return
        element = block.get("element", {})
        value = value.strip()
        if element.get("type") == "static_select" and value and _option(element, value) is None:
            choices = ", ".join(str(o.get("value")) for o in element.get("options", [])[:20])
            self.out(f"(“{value}” is not a choice for {block['block_id']}: {choices})")
            return
        self.form.values[str(block["block_id"])] = value
        self.out(f"  {_text_of(block.get('label'))} [{block['block_id']}] = {value or '(empty)'}")

    def submit(self) -> None:
        """Send the open form as a view_submission; show its errors, or that it closed."""
        form = self.form
        if form is None:
            self.out("(no form is open: `/minerals add project` opens one)")
            return
        values: dict[str, Any] = {}
        missing = []
        for block in form.inputs():
            block_id = str(block["block_id"])
            state = _state_of(block, form.values.get(block_id))
            filled = any(
                state.get(k) for k in ("value", "selected_option", "selected_options", "selected_date")
            )
            if not filled and not block.get("optional"):
                missing.append(block_id)
            values[block_id] = {block.get("element", {}).get("action_id") or "value": state}
        if missing:
            self.out(f"(required, still empty: {', '.join(missing)}; fill with `set <field> <value>`)")
            return
        payload = {
            "type": "view_submission",
            "team": {"id": CONSOLE_TEAM, "domain": "console"},
            "user": {"id": CONSOLE_USER, "username": "you", "name": "you", "team_id": CONSOLE_TEAM},
            "api_app_id": "ACONSOLE",
            "token": "console",
            "trigger_id": f"trigger.{uuid.uuid4().hex[:8]}",
            "view": {**form.view, "state": {"values": values}},
            "response_urls": [],
            "is_enterprise_install": False,
        }
        response = self._dispatch(
            urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
        )
        answer: dict[str, Any] = {}
        if response.body:
            with contextlib.suppress(ValueError):
                answer = json.loads(response.body)
        action = answer.get("response_action")
        if response.status != 200:
            self.out(f"--- [form not accepted: HTTP {response.status}] {response.body}")
        elif action == "errors":
            self.out("--- [form errors: fix with `set <field> <value>`, then `submit`]")
            for field, message in (answer.get("errors") or {}).items():
                self.show(f"  {field}: {message}")
        elif action in ("update", "push") and isinstance(answer.get("view"), dict):
            view = {**form.view, **answer["view"]} if action == "update" else answer["view"]
            self.form = Form(view, {})
            self.out(self._header("modal: " + _text_of(view.get("title"))))
            self._render_payload(view, {"view_id": view.get("id", "VCONSOLE"), "view_type": "modal"})
        else:
            self.form = None
            self.out("--- [form submitted and closed]")

    # -- what the app sent ------------------------------------------------------------------

    def _header(self, what: str) -> str:
        return f"--- [{what}] #{self.line_no}"

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
            self.show(line)

    def _opened_view(self, method: str, params: dict[str, Any]) -> dict[str, Any] | None:
        """The modal as the local Slack stored it (with its id and hash) after views.*."""
        views = self.slack.state()["views"]
        if method == "views.update" and params.get("view_id") in views:
            return dict(views[params["view_id"]])
        return dict(views[max(views)]) if views else None

    def _save_files(self, params: dict[str, Any]) -> None:
        known = self.slack.state()["files"]
        for item in params.get("files") or []:
            file_id = str(item.get("id")) if isinstance(item, dict) else ""
            content = self.slack.file_content(file_id)
            if content is None:
                continue
            name = Path(str(known.get(file_id, {}).get("name") or f"{file_id}.bin")).name
            self.files_dir.mkdir(parents=True, exist_ok=True)
            path = self.files_dir / name
            path.write_bytes(content)
            self.out(f"--- [file sent: {name}, {len(content):,} bytes, saved as {path}] #{self.line_no}")
            if params.get("initial_comment"):
                self.show(str(params["initial_comment"]))
            text = content.decode("utf-8", "replace").splitlines()
            for line in text[:FILE_PREVIEW_LINES]:
                self.out("  | " + line[:200])
            if len(text) > FILE_PREVIEW_LINES:
                self.out(f"  | … {len(text) - FILE_PREVIEW_LINES:,} more lines")

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
                    self._header(
                        f"{where} in {params.get('channel')}" + (" thread" if params.get("thread_ts") else "")
                    )
                )
                surface = {
                    "channel": params.get("channel"),
                    "ts": params.get("ts") or self._posted_ts(str(params.get("channel"))),
                }
                self._render_payload(params, surface)
            elif method == "response_url":
                in_channel = params.get("response_type") == "in_channel"
                self.out(self._header("reply" + (" in channel" if in_channel else "")))
                self._render_payload(params, {"channel": CONSOLE_CHANNEL})
            elif method in ("views.open", "views.push", "views.update", "views.publish"):
                view = params.get("view") or {}
                if isinstance(view, str):
                    view = json.loads(view)
                if method == "views.publish":
                    self.out(self._header("Home tab"))
                    self._render_payload(view, {"view_id": "VCONSOLE", "view_type": "home"})
                    continue
                stored = self._opened_view(method, params) or view
                self.form = Form(stored, {})
                self.out(self._header("modal: " + (_text_of(view.get("title")) or "form")))
                self._render_payload(view, {"view_id": stored.get("id", "VCONSOLE"), "view_type": "modal"})
                self.out("  (fill it with `set <field> <value>`, then `submit`)")
            elif method == "files.completeUploadExternal":
                self._save_files(params)


@contextlib.contextmanager
def _database(database_url: str | None) -> Iterator[str]:
    """The console's database: the URL given, or a throwaway SQLite file removed afterwards."""
    if database_url:
        yield database_url
        return
    with tempfile.TemporaryDirectory(prefix="minerals-console-") as tmp:
        yield f"sqlite:///{Path(tmp) / 'console.db'}"


def run_console(
    settings: Settings,
    *,
    script: str | None = None,
    database_url: str | None = CONSOLE_DATABASE_URL,
    files_dir: Path = CONSOLE_FILES,
    out: Callable[[str], None] = print,
) -> int:
    """Open the console on the demo data (seeded if missing) in its own database (None: a
    throwaway one), never DATABASE_URL's, and read lines."""
    from store.seed import seed_demo

    with LocalSlack() as slack, _database(database_url) as url:
        console_settings = settings.model_copy(
            update={
                "slack_bot_token": "xoxb-console",
                "slack_signing_secret": SIGNING_SECRET,
                "slack_api_url": slack.api_url,
                "database_url": url,
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
        console = Console(app, slack, out=out, command=settings.slash_command, files_dir=files_dir)
        lines: Iterable[str]
        if script:
            lines = Path(script).read_text(encoding="utf-8").splitlines()
        else:
            where = "a throwaway database" if database_url is None else shown(url)
            out(
                f"minerals-bot console on {where}. Try `{settings.slash_command} help`, "
                f"`{settings.slash_command} projects mineral:graphite`, `home`, `click 1`; "
                "or type a sentence like “Japan will lend up to C$150 million to the Canadian "
                "graphite mines”. `help` lists the rest; Ctrl-D quits."
            )
            lines = _prompt_lines()
        try:
            for line in lines:
                if line.strip().lower() in ("quit", "exit"):
                    break
                if script:
                    out(f"> {line}")
                console.run_line(line)
        finally:
            services.engine.dispose()
    return 0


def _prompt_lines() -> Iterable[str]:
    while True:
        try:
            yield input("> ")
        except EOFError:
            print(file=sys.stderr)
            return
