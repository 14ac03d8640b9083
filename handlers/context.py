"""What every listener gets from the app: the services container, through Bolt's context."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any, cast

from slack_bolt import BoltContext, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware

from bot.core.services import Services

log = logging.getLogger("minerals_bot.handlers")

DATABASE_TROUBLE = (
    "Sorry, the tracker's database is not answering (error id {error_id}). Try again in a "
    "minute; if it persists, tell an admin the error id."
)


class ProvideServices(Middleware):
    """A global middleware that puts `services` in every listener's context. A Middleware
    class, not a function: Bolt calls it directly, without building injected arguments."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def process(
        self,
        *,
        req: BoltRequest,
        resp: BoltResponse,
        next: Callable[[], BoltResponse],  # noqa: A002 (Bolt's name)
    ) -> BoltResponse:
        req.context["services"] = self.services
        return next()


def services_of(context: BoltContext) -> Services:
    return cast(Services, context["services"])


def clicked_value(body: dict[str, Any]) -> str | None:
    """The raw value of the clicked button in an action payload; None if there is none."""
    actions = body.get("actions")
    if not isinstance(actions, list) or not actions or not isinstance(actions[0], dict):
        return None
    value = actions[0].get("value")
    return value if isinstance(value, str) else None


def database_trouble(what: str) -> str:
    """Log the exception being handled under a new error id; the sentence to tell the user."""
    error_id = uuid.uuid4().hex[:8]
    log.exception("database error %s on %s", error_id, what)
    return DATABASE_TROUBLE.format(error_id=error_id)
