"""The App Home tab: a dashboard of public records."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from handlers.commands import dashboard
from handlers.context import services_of
from store.visibility import PUBLIC


def ack_event(ack: Ack) -> None:
    ack()


def publish(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """The Home tab opened: publish the dashboard of public records."""
    if event.get("tab", "home") != "home":
        return
    client.views_publish(user_id=event["user"], view=dashboard(services_of(context), PUBLIC))


def register(app: App) -> None:
    app.event("app_home_opened")(ack=ack_event, lazy=[publish])
