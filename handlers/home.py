"""The App Home tab: a dashboard of public records."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.blockkit.follows import home_blocks
from bot.core.services import Services
from handlers.commands import dashboard
from handlers.context import services_of
from store import follows, names, totals, vocab
from store.visibility import PUBLIC


def ack_event(ack: Ack) -> None:
    ack()


def publish(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """The Home tab opened: publish the dashboard of public records."""
    if event.get("tab", "home") != "home":
        return
    client.views_publish(user_id=event["user"], view=home_view(services_of(context), event["user"]))


def home_view(services: Services, user: str) -> dict[str, Any]:
    """The dashboard, then what this member follows and Follow buttons (bot/blockkit/follows.py)."""
    view = dashboard(services, PUBLIC)
    with services.session(read_only=True) as session:
        mine = follows.follows_seen_by(session, user, audience=PUBLIC)
        top = [r.key for r in totals.totals(session, "country", audience=PUBLIC).rows[:8]]
        blocks = home_blocks(
            mine, [(code, vocab.country_name(code)) for code in top if names.is_country_code(code)]
        )
    view["blocks"] = [*view["blocks"], *blocks][:100]
    return view


def register(app: App) -> None:
    app.event("app_home_opened")(ack=ack_event, lazy=[publish])
