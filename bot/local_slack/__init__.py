"""A local Slack Web API for the console and the tests: `WebClient(base_url=LocalSlack().api_url)`."""

from bot.local_slack.block_kit import block_kit_problems, view_problems
from bot.local_slack.http import RESPONSE_URL, UPLOAD, Call
from bot.local_slack.methods import LocalSlack
from bot.local_slack.workspace import (
    DEFAULT_APP_ID,
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USER_ID,
    DEFAULT_TEAM_DOMAIN,
    DEFAULT_TEAM_ID,
)

__all__ = [
    "DEFAULT_APP_ID",
    "DEFAULT_BOT_ID",
    "DEFAULT_BOT_USER_ID",
    "DEFAULT_TEAM_DOMAIN",
    "DEFAULT_TEAM_ID",
    "RESPONSE_URL",
    "UPLOAD",
    "Call",
    "LocalSlack",
    "block_kit_problems",
    "view_problems",
]
