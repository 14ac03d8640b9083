"""The running bot over real HTTP: uvicorn on 127.0.0.1, a local Slack Web API, signed requests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import uvicorn
from slack_sdk import WebClient

from bot.app import create_app, make_client, make_services
from bot.core.services import Services
from bot.core.settings import load_settings
from bot.local_slack import LocalSlack
from bot.server import create_web_app
from tests.slack_requests import (
    FORM,
    JSON,
    SIGNING_SECRET,
    block_actions,
    event_body,
    form_payload,
    sign,
    slash_command_body,
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener executor, counting unfinished work so tests can wait for it."""

    def __init__(self, max_workers: int = 5) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="lazy")
        self._cond = threading.Condition()
        self._unfinished = 0
        self.failures: list[BaseException] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._cond:
            self._unfinished += 1

        def run() -> Any:
            try:
                return fn(*args, **kwargs)
            except BaseException as exc:  # recorded for the test, re-raised for Bolt
                self.failures.append(exc)
                raise
            finally:
                with self._cond:
                    self._unfinished -= 1
                    self._cond.notify_all()

        return super().submit(run)

    @contextmanager
    def held(self, timeout: float = 60.0) -> Iterator[None]:
        """Nothing submitted inside starts before the block ends (as if the process had
        died after the ack): every worker first waits on a gate, and the queue is FIFO."""
        gate = threading.Event()
        for _ in range(self._max_workers):
            self.submit(gate.wait, timeout)
        try:
            yield
        finally:
            gate.set()

    def drain(self, timeout: float = 60.0) -> None:
        """Block until every submitted listener has finished."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._unfinished == 0, timeout=timeout):
                raise TimeoutError(f"{self._unfinished} lazy listener(s) still running after {timeout}s")


@dataclass
class RunningBot:
    url: str
    slack: LocalSlack
    services: Services
    http: httpx.Client
    executor: TrackingExecutor = field(default_factory=TrackingExecutor)
    client: WebClient | None = None  # the bot's Web API client (tests may shorten its timeout)

    def drain(self, timeout: float = 60.0) -> None:
        """Wait until the lazy listeners of every request so far have finished."""
        self.executor.drain(timeout)

    def health(self) -> httpx.Response:
        return self.http.get(f"{self.url}/healthz")

    def post(
        self, body: str, content_type: str, headers: dict[str, str] | None = None, **sign_kw: Any
    ) -> httpx.Response:
        h = {"Content-Type": content_type, **sign(body, **sign_kw), **(headers or {})}
        return self.http.post(f"{self.url}/slack/events", content=body.encode("utf-8"), headers=h)

    def command(
        self,
        text: str,
        *,
        user: str = "U1",
        channel: str = "C1",
        channel_name: str = "general",
        tag: str | None = None,
    ) -> httpx.Response:
        tag = tag or f"cmd{time.monotonic_ns()}"
        body = slash_command_body(
            text,
            user_id=user,
            channel_id=channel,
            channel_name=channel_name,
            response_url=self.slack.response_url(tag, channel=channel, user=user),
            trigger_id=f"trigger.{tag}",
        )
        return self.post(body, FORM)

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        return self.post(event_body(event, event_id=event_id), JSON, headers)

    def interact(self, payload: dict[str, Any]) -> httpx.Response:
        return self.post(form_payload(payload), FORM)

    def click(
        self,
        button: dict[str, Any],
        *,
        user: str = "U1",
        channel: str = "C1",
        message_ts: str | None = None,
        block_id: str = "b",
    ) -> httpx.Response:
        tag = f"act{time.monotonic_ns()}"
        payload = block_actions(
            button["action_id"],
            button.get("value"),
            user_id=user,
            channel_id=channel,
            message={"ts": message_ts, "type": "message", "text": "", "blocks": []} if message_ts else None,
            response_url=self.slack.response_url(tag, channel=channel, user=user, message_ts=message_ts),
            trigger_id=f"trigger.{tag}",
            container={
                "type": "message",
                "channel_id": channel,
                "message_ts": message_ts or "1.000001",
                "is_ephemeral": message_ts is None,
            },
            block_id=block_id,
        )
        return self.interact(payload)


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for b in blocks:
        if b.get("type") == "actions":
            found += [e for e in b["elements"] if e.get("type") == "button"]
        if (b.get("accessory") or {}).get("type") == "button":
            found.append(b["accessory"])
    return found


def start_bot(
    db_url: str, slack: LocalSlack, *, workers: int = 5, **overrides: Any
) -> tuple[RunningBot, Any]:
    """The real HTTP server on a free port; lazy listeners on a TrackingExecutor."""
    settings = load_settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.api_url,
        database_url=db_url,
        admin_user_ids="UADMIN",
        **overrides,
    )
    services = make_services(settings, migrate=False)  # every test database is migrated already
    executor = TrackingExecutor(workers)
    client = make_client(settings)
    app = create_app(settings, client=client, services=services, listener_executor=executor)
    # The socket is bound here and handed to uvicorn: no window in which a parallel test
    # (pytest-xdist) could take the same free port.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(
        create_web_app(app, services), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)  # uvicorn offers no start event; polled with a deadline
    assert server.started, "the bot's HTTP server did not start"
    bot = RunningBot(
        f"http://127.0.0.1:{port}",
        slack,
        services,
        httpx.Client(timeout=15, limits=httpx.Limits(max_connections=64)),
        executor,
        client,
    )

    def stop() -> None:
        try:
            executor.drain(30)
        finally:
            bot.http.close()
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()
            executor.shutdown(wait=False, cancel_futures=True)
            services.engine.dispose()

    return bot, stop


@pytest.fixture
def bot(db_url: str, slack: LocalSlack) -> Iterator[RunningBot]:
    from store.seed import seed_demo

    running, stop = start_bot(db_url, slack)
    with running.services.session() as session:
        seed_demo(session, now=datetime.now(UTC))
    yield running
    stop()
