"""The running bot of the end-to-end tests, for the handler tests (the local Slack is global)."""

from tests.e2e.conftest import bot

__all__ = ["bot"]
