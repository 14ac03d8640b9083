"""The one fake Slack fixture: `slack` (and `fake_slack`), a started LocalSlack for each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.local_slack import LocalSlack


@pytest.fixture
def slack() -> Iterator[LocalSlack]:
    """A started LocalSlack, stopped after the test."""
    with LocalSlack() as fake:
        yield fake


@pytest.fixture
def fake_slack(slack: LocalSlack) -> LocalSlack:
    """The same LocalSlack, under the name LocalSlack's own tests use."""
    return slack
