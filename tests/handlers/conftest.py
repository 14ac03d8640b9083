"""Subcommands through the router's `route`, as the slash listener calls it, on the demo data."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.core.services import Services
from bot.core.settings import Settings
from bot.local_slack import block_kit_problems
from handlers.router import CommandRequest, Reply
from handlers.slash import route
from tests.e2e.conftest import bot  # noqa: F401 (the running bot, for the HTTP cases here)

NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def services(db_url: str, engine: Engine, demo_session: Session) -> Services:
    settings = Settings(_env_file=None, slack_bot_token="xoxb-test", database_url=db_url)  # type: ignore[call-arg]
    return Services(settings, engine, lambda: NOW)


@pytest.fixture
def ask(services: Services) -> Callable[[str], tuple[Reply, str]]:
    """Route one `/minerals` text; the reply and its blocks as text."""

    def run(text: str) -> tuple[Reply, str]:
        out = route(
            services,
            CommandRequest(
                command="/minerals", text=text, user_id="U1", channel_id="C1", channel_name="minerals"
            ),
        )
        assert isinstance(out, Reply), (text, out)
        assert block_kit_problems(out.blocks) == [], text
        return out, json.dumps(out.blocks, ensure_ascii=False)

    return run


def is_error(reply: Any) -> bool:
    """An error answer: the builders mark them with a warning sign."""
    return ":warning:" in json.dumps(reply.blocks) or "isn't" in reply.text
