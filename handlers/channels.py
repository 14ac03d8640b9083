"""Is a channel private? Asked of Slack when its ID and payload do not say; unsure is private.

Slack gives newer private channels `C` IDs like public ones, so the first letter of an ID
proves privacy (G, D) but never proves a channel public. Records, watches and digest
subscriptions made in a channel take their privacy from here.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

CACHE_S = 300.0
# On the ack path a probe has this long and no retries: a rate limit's Retry-After would
# otherwise be slept inside Slack's three seconds. Unanswered, the channel counts as private.
ACK_PATH_TIMEOUT_S = 1  # seconds (slack_sdk takes whole ones)
# The answers Slack gives for a channel the bot may not read: a private one it is not in.
_NOT_READABLE = {"channel_not_found", "not_in_channel", "missing_scope"}

_answers: dict[str, tuple[float, bool]] = {}


def channel_is_private(client: WebClient, channel: str, channel_type: str | None = None) -> bool:
    """Private channels, group DMs and DMs are private; when Slack will not say, assume private."""
    if channel_type:
        return channel_type != "channel"
    known = _known(channel)
    if known is not None:
        return known
    try:
        info = client.conversations_info(channel=channel)["channel"]
    except SlackApiError as exc:
        if exc.response.get("error") in _NOT_READABLE:
            _answers[channel] = (time.monotonic(), True)
        return True  # a rate limit or an outage is not kept: the next call asks again
    except OSError:  # the network: unsure, so private, and asked again next time
        return True
    private = bool(info.get("is_private") or info.get("is_im") or info.get("is_mpim"))
    _answers[channel] = (time.monotonic(), private)
    return private


def private_by_id(channel: str) -> bool:
    """G (a private channel or group DM) and D (a DM) IDs are private; a C ID may be either."""
    return channel.startswith(("G", "D"))


def _known(channel: str) -> bool | None:
    """What is known without asking: a G or D ID, or Slack's answer of the last CACHE_S."""
    if private_by_id(channel):
        return True
    cached = _answers.get(channel)
    if cached and time.monotonic() - cached[0] < CACHE_S:
        return cached[1]
    return None


def forget() -> None:
    """Drop every cached answer (tests; a channel made private is seen within CACHE_S anyway)."""
    _answers.clear()


def ack_path_probe(client: WebClient) -> Callable[[str], bool]:
    """`channel_is_private` for a slash command's ack: one quick try, no retries."""

    def probe(channel: str) -> bool:
        known = _known(channel)
        if known is not None:
            return known
        # retry_handlers=[]: a WebClient's default retries a failed connection once more.
        quick = WebClient(
            token=client.token, base_url=client.base_url, timeout=ACK_PATH_TIMEOUT_S, retry_handlers=[]
        )
        return channel_is_private(quick, channel)

    return probe
