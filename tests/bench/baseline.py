"""The benchmark's baseline: a bare Bolt app on the bot's own HTTP stack.

`python -m tests.bench.baseline` (env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL,
PORT) serves a Bolt `App(process_before_response=True)` whose slash command and message
listeners only ack, through the very same `bot.server.create_web_app` (Starlette, Bolt's
Starlette adapters, dispatch on a worker thread) and uvicorn settings as `minerals-bot serve`.
What the bot costs above this is the bot's own work.

A message that names an amount ("million", as every commitment message the bench sends does)
also gets one card-sized `chat.postMessage` after the ack, from a lazy listener (Bolt's way
of working after the ack): the floor for "a commitment message to a posted card", what
acking and posting alone cost on this host, with nothing read or stored.
"""

from __future__ import annotations

import gc
import os
from types import SimpleNamespace
from typing import Any

import uvicorn
from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot import keep_alive
from bot.server import create_web_app
from store.db import make_engine


def build_app() -> App:
    keep_alive.install()  # posts reuse connections, as the bot's do: the floor is not slowed by connects
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"], process_before_response=True)

    @app.command(os.environ.get("SLASH_COMMAND", "/minerals"))
    def command(ack: Ack) -> None:
        ack()

    def acknowledge(ack: Ack) -> None:
        ack()

    def post_card(body: dict[str, Any], client: WebClient) -> None:
        event = body["event"]
        client.chat_postMessage(
            channel=event["channel"], thread_ts=event["ts"], blocks=CARD_BLOCKS, text="A commitment?"
        )

    def names_an_amount(event: dict[str, Any]) -> bool:
        return "million" in event.get("text", "")

    app.event("message", matchers=[names_an_amount])(ack=acknowledge, lazy=[post_card])
    app.event("message")(acknowledge)
    return app


# About the size of the bot's confirm card for one commitment (its fields and three buttons).
CARD_BLOCKS: list[dict[str, Any]] = [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Log this commitment?*\nfrom <@U0000000>"}},
    {
        "type": "section",
        "fields": [
            {"type": "mrkdwn", "text": f"*{label}*\n{value}"}
            for label, value in (
                ("Actor", "Japan (JOGMEC)"),
                ("Instrument", "loan"),
                ("Amount", "C$150,000,000"),
                ("Project", "Synthetic project 00042"),
                ("Date", "2026-12-03"),
                ("Status", "announced"),
            )
        ],
    },
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Read from the message above."}]},
    {
        "type": "actions",
        "elements": [
            {"type": "button", "action_id": f"card_{a}", "text": {"type": "plain_text", "text": a.title()}}
            for a in ("confirm", "edit", "discard")
        ],
    },
]


def main() -> None:
    # create_web_app needs the body limit, the signing secret (it checks signatures before Bolt
    # parses anything), its threads and an engine for /healthz; nothing else is used. 40
    # threads: anyio's default, what Bolt on Starlette runs with unless told otherwise (the
    # floor stays what it was before the bot's own WEB_THREADS).
    settings = SimpleNamespace(
        max_body_bytes=1_000_000, slack_signing_secret=os.environ["SLACK_SIGNING_SECRET"], web_threads=40
    )
    services = SimpleNamespace(settings=settings, engine=make_engine("sqlite://"))
    web = create_web_app(build_app(), services)  # type: ignore[arg-type]
    gc.collect()  # as bot.server.serve does before it serves
    gc.freeze()
    uvicorn.run(
        web,
        host="127.0.0.1",
        port=int(os.environ["PORT"]),
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=10,
    )


if __name__ == "__main__":
    main()
