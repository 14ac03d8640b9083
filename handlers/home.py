"""The App Home tab: a dashboard of public records."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core.services import Services
from handlers.commands import dashboard
from store.visibility import PUBLIC


def register(app: App, services: Services) -> None:
    def ack_event(ack: Ack) -> None:
        ack()

    def publish(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        client.views_publish(user_id=event["user"], view=dashboard(services, PUBLIC))

    app.event("app_home_opened")(ack=ack_event, lazy=[publish])
