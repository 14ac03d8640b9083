"""The benchmark's baseline: a bare Bolt app on the bot's own HTTP stack.

`python -m tests.bench.baseline` (env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL,
PORT) serves a Bolt `App(process_before_response=True)` whose slash command and message
listeners only ack, through the very same `bot.server.create_web_app` (Starlette, Bolt's
Starlette adapters, dispatch on a worker thread) and uvicorn settings as `minerals-bot serve`.
What the bot costs above this is the bot's own work.
"""

from __future__ import annotations

import gc
import os
from types import SimpleNamespace

import uvicorn
from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.server import create_web_app
from store.db import make_engine


def build_app() -> App:
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"], process_before_response=True)

    @app.command(os.environ.get("SLASH_COMMAND", "/minerals"))
    def command(ack: Ack) -> None:
        ack()

    @app.event("message")
    def message(ack: Ack) -> None:
        ack()

    return app


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
