"""Socket Mode: the same app behind Bolt's Socket Mode adapter, over a real WebSocket."""

from __future__ import annotations

import contextlib
import json
import queue
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from bot.app import create_app, make_client, make_services
from bot.core.settings import load_settings
from bot.local_slack import LocalSlack
from bot.server import socket_mode_handler
from store.seed import seed_demo

JOGMEC = "Japan's JOGMEC will lend up to C$150 million to the Canadian graphite mines, pending due diligence."


class FakeSocketModeServer:
    """Slack's side of Socket Mode: says hello, sends envelopes, collects the acks."""

    def __init__(self) -> None:
        self.outgoing: queue.Queue[dict[str, Any]] = queue.Queue()
        self.acks: queue.Queue[dict[str, Any]] = queue.Queue()
        self.connected = threading.Event()
        self._server = serve(self._session, "127.0.0.1", 0)
        self.port = self._server.socket.getsockname()[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def _session(self, ws: ServerConnection) -> None:
        ws.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}}))
        self.connected.set()

        def reader() -> None:
            with contextlib.suppress(ConnectionClosed):
                for raw in ws:
                    self.acks.put(json.loads(raw))

        threading.Thread(target=reader, daemon=True).start()
        while True:
            envelope = self.outgoing.get()
            if envelope.get("type") == "bye":
                return
            ws.send(json.dumps(envelope))

    def send(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Send an envelope and return the app's ack for it."""
        self.outgoing.put(envelope)
        while True:
            ack = self.acks.get(timeout=10)
            if ack.get("envelope_id") == envelope["envelope_id"]:
                return ack

    def close(self) -> None:
        self.outgoing.put({"type": "bye"})
        self._server.shutdown()


@pytest.fixture
def socket_bot(db_url: str) -> Iterator[tuple[FakeSocketModeServer, LocalSlack]]:
    ws = FakeSocketModeServer()
    with LocalSlack() as slack:
        slack.add_method("apps.connections.open", lambda params: {"url": f"ws://127.0.0.1:{ws.port}/link"})
        settings = load_settings(
            _env_file=None,
            slack_bot_token="xoxb-test",
            slack_app_token="xapp-test",
            slack_api_url=slack.api_url,
            database_url=db_url,
        )
        services = make_services(settings)
        with services.session() as session:
            seed_demo(session, now=datetime.now(UTC))
        app = create_app(settings, client=make_client(settings), services=services)
        handler = socket_mode_handler(settings, app)
        handler.connect()
        assert ws.connected.wait(10), "the bot did not open the WebSocket"
        yield ws, slack
        handler.close()
        ws.close()
        services.engine.dispose()


def test_slash_command_and_redelivered_event_over_socket_mode(socket_bot):
    ws, slack = socket_bot
    [opened] = slack.calls_to("apps.connections.open")
    assert opened.headers["authorization"] == "Bearer xapp-test"  # through SLACK_API_URL

    ack = ws.send(
        {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": {
                "command": "/minerals",
                "text": "projects mineral:graphite",
                "user_id": "U1",
                "channel_id": "C1",
                "team_id": "T1",
                "response_url": slack.response_url("sm"),
                "trigger_id": "t1",
            },
        }
    )
    assert "Canadian graphite mines" in json.dumps(ack["payload"]["blocks"])

    event = {
        "type": "event_callback",
        "event_id": "EvSM1",
        "team_id": "T1",
        "event": {
            "type": "message",
            "channel": "C1",
            "user": "U2",
            "text": JOGMEC,
            "ts": "1700000000.000100",
            "channel_type": "channel",
        },
    }
    for attempt in (0, 1):  # Slack redelivers with retry_attempt 1
        ws.send(
            {
                "envelope_id": f"env-ev-{attempt}",
                "type": "events_api",
                "accepts_response_payload": False,
                "retry_attempt": attempt,
                "retry_reason": "timeout" if attempt else "",
                "payload": event,
            }
        )
    slack.wait_for("chat.postMessage")
    ack = ws.send(
        {
            "envelope_id": "env-2",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": {
                "command": "/minerals",
                "text": "help",
                "user_id": "U1",
                "channel_id": "C1",
                "team_id": "T1",
                "trigger_id": "t2",
                "response_url": slack.response_url("sm2"),
            },
        }
    )
    assert ack["payload"]["blocks"]
    assert len(slack.calls_to("chat.postMessage")) == 1
