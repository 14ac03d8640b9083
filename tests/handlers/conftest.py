"""The running bot and the local Slack of the end-to-end tests, for the handler tests."""

from tests.e2e.conftest import bot, slack

__all__ = ["bot", "slack"]
