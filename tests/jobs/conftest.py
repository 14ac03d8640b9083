"""Fixtures for the digest jobs: a controlled clock, services on the test database, a Slack client."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot.core.services import Services
from bot.core.settings import Settings
from bot.local_slack import LocalSlack

ADMIN = "UADMIN"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


class Sleeps(list[float]):
    """Stands in for time.sleep: records how long the code asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 11, 9, 12, 0, tzinfo=UTC))  # a Sunday


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def settings(db_url: str, slack: LocalSlack) -> Settings:
    return Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_api_url=slack.api_url,
        database_url=db_url,
        digest_timezone="UTC",
        digest_grace_hours=12,
        admin_user_ids=ADMIN,
    )  # type: ignore[call-arg]


@pytest.fixture
def services(settings: Settings, engine: Engine, clock: Clock) -> Services:
    return Services(settings, engine, clock)


@pytest.fixture
def client(slack: LocalSlack) -> WebClient:
    """A client without the rate-limit retry handler, so `ratelimited` reaches our code."""
    return WebClient(token="xoxb-test", base_url=slack.api_url, timeout=5)
