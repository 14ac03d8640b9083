"""Work a listener hands over starts once the HTTP answer is sent (bot/core/after_response.py):
it no longer takes the GIL from the answer it follows. Outside the HTTP adapter it starts at
once, and a request that fails still starts what it stored."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.authorization import AuthorizeResult

from bot.core import after_response
from bot.server import create_web_app
from tests.slack_requests import post_via_asgi, slash_command_body

SECRET = "after-response-secret"


def _web_app(listener: Any) -> Any:
    bolt = App(
        signing_secret=SECRET,
        process_before_response=True,
        # No auth.test on the way in: nothing here reaches a Slack API.
        authorize=lambda **_: AuthorizeResult(enterprise_id=None, team_id="T1", bot_token="xoxb-test"),
    )
    bolt.command("/minerals")(listener)
    settings = SimpleNamespace(max_body_bytes=1_000_000, slack_signing_secret=SECRET, web_threads=4)
    services = SimpleNamespace(settings=settings)
    return create_web_app(bolt, services)  # type: ignore[arg-type]


def _post(web: Any, body: str, seen: list[str]) -> None:
    """POST a signed body straight through ASGI; what is sent goes into `seen`, in order."""
    asyncio.run(post_via_asgi(web, body, SECRET, lambda message: seen.append(message["type"])))


def test_handed_over_work_starts_after_the_answer_is_sent() -> None:
    seen: list[str] = []

    def listener(ack: Ack) -> None:
        after_response.start(lambda: seen.append("work started"))
        seen.append("listener returned")
        ack("Preparing…")

    _post(_web_app(listener), slash_command_body("export initiatives"), seen)
    assert seen == ["listener returned", "http.response.start", "http.response.body", "work started"]


def test_a_listener_that_fails_still_starts_what_it_handed_over() -> None:
    started: list[str] = []

    def listener(ack: Ack) -> None:
        after_response.start(lambda: started.append("stored work started"))
        raise RuntimeError("after storing, before the ack")

    sent: list[str] = []
    _post(_web_app(listener), slash_command_body("log something"), sent)
    assert started == ["stored work started"] and "http.response.start" in sent


def test_outside_the_http_adapter_work_starts_at_once() -> None:
    started: list[str] = []
    after_response.start(lambda: started.append("now"))
    assert started == ["now"]
    with after_response.batch() as starts:
        after_response.start(lambda: started.append("later"))
        assert started == ["now"] and len(starts) == 1
    after_response.run(starts)
    assert started == ["now", "later"]
