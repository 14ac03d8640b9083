"""Posting a digest to Slack: the message, then the chart; Slack's errors become outcomes.

No database here: the caller gets a `Delivery` and is told the message ts the moment the
message is posted (`on_posted`), so it can record it before anything else can fail.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blockkit.digest import digest_blocks
from jobs.chart import money_chart_png
from store.digest_content import Digest
from store.models import DeliveryState

log = logging.getLogger("minerals_bot.digest")

RATELIMIT_RETRIES = 3
DEFAULT_RETRY_AFTER = 1.0
MAX_RETRY_AFTER = 60.0  # a longer wait is Slack telling us to give up for now

# Errors that will not go away by retrying: the subscription is broken until someone acts.
CHANNEL_ERRORS = {
    "not_in_channel": (
        "the bot is not a member of {channel}",
        "invite the bot to {channel} (type `/invite` there and pick it), then "
        "run `{command} digest subscribe` in {channel} to turn the digest back on",
    ),
    "channel_not_found": (
        "{channel} no longer exists or the bot cannot see it",
        "if it is a private channel, invite the bot to it and run "
        "`{command} digest subscribe` there; otherwise subscribe another "
        "channel",
    ),
    "is_archived": (
        "{channel} is archived",
        "unarchive it and run `{command} digest subscribe` there, or subscribe another channel",
    ),
}


@dataclass(frozen=True)
class Delivery:
    state: DeliveryState
    outcome: str  # one line for `digest list`
    message_ts: str | None = None
    error: str | None = None  # Slack's error code


def slack_error(exc: SlackApiError) -> str:
    return str(exc.response.get("error") or "unknown_error")


def _retry_after(exc: SlackApiError) -> float:
    headers = {k.lower(): v for k, v in (exc.response.headers or {}).items()}
    value = headers.get("retry-after")
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return min(float(value), MAX_RETRY_AFTER) if value is not None else DEFAULT_RETRY_AFTER
    except (TypeError, ValueError):
        return DEFAULT_RETRY_AFTER


def call_with_ratelimit_retry(
    call: Callable[[], Any], *, sleep: Callable[[float], None], retries: int = RATELIMIT_RETRIES
) -> Any:
    """Run a Web API call, waiting Retry-After and trying again when Slack says ratelimited.

    The client's own RateLimitErrorRetryHandler usually absorbs a 429; this covers the
    ratelimited answers that still reach us, a bounded number of times.
    """
    waited = 0
    while True:
        try:
            return call()
        except SlackApiError as exc:
            if slack_error(exc) != "ratelimited" or waited >= retries:
                raise
            wait = _retry_after(exc)
            waited += 1
            log.warning("Slack rate limit; retrying in %.0f s (retry %d of %d)", wait, waited, retries)
            sleep(wait)


DIGEST_EVENT = "minerals_digest"  # message metadata marking a digest post with its run


def find_earlier_post(client: WebClient, channel: str, run_key: str, since: float) -> str | None:
    """The ts of a digest this run already posted (found by its metadata), if any.

    Chat posts have no idempotency key: a sender that died after Slack accepted the post but
    before the ts was stored would otherwise post twice when the run is taken over.
    """
    try:
        history = client.conversations_history(
            channel=channel, oldest=f"{since:.6f}", include_all_metadata=True, limit=200
        )
    except (SlackApiError, OSError) as exc:
        log.warning("cannot look for an earlier digest post in %s: %s", channel, exc)
        return None
    return message_with_metadata(history.get("messages") or [], DIGEST_EVENT, "run", run_key)


def message_with_metadata(messages: list[Any], event_type: str, key: str, value: str) -> str | None:
    """The ts of the message whose metadata is `event_type` with `key` = `value`: how a post
    the bot made but did not live to record is found again instead of posted twice."""
    for message in messages:
        metadata = message.get("metadata") or {}
        if (
            metadata.get("event_type") == event_type
            and (metadata.get("event_payload") or {}).get(key) == value
        ):
            return str(message["ts"])
    return None


def post_digest(
    client: WebClient,
    channel: str,
    digest: Digest,
    *,
    on_posted: Callable[[str], None] = lambda ts: None,
    sleep: Callable[[float], None] = time.sleep,
    run_key: str | None = None,
    resume_since: float | None = None,
) -> Delivery:
    """Post the digest and upload its chart; never raises for Slack's answers.

    With `resume_since` (a run taken over from a sender that stopped), a post this run
    already made is recognised and not repeated.
    """
    if run_key and resume_since is not None:
        earlier = find_earlier_post(client, channel, run_key, resume_since)
        if earlier:
            on_posted(earlier)
            return Delivery(
                DeliveryState.SENT, "sent (recovered an earlier post; chart not re-sent)", message_ts=earlier
            )
    blocks, text = digest_blocks(digest)
    metadata = {"event_type": DIGEST_EVENT, "event_payload": {"run": run_key}} if run_key else None
    try:
        posted = call_with_ratelimit_retry(
            lambda: client.chat_postMessage(
                channel=channel,
                blocks=blocks,
                text=text,
                unfurl_links=False,
                unfurl_media=False,
                metadata=metadata,
            ),
            sleep=sleep,
        )
    except SlackApiError as exc:
        error = slack_error(exc)
        if error in CHANNEL_ERRORS:
            return Delivery(DeliveryState.BROKEN, f"not sent: {error}", error=error)
        return Delivery(DeliveryState.FAILED, f"not sent: {error}", error=error)
    ts = str(posted["ts"])
    on_posted(ts)
    chart_note = _upload_chart(client, channel, digest, sleep=sleep)
    return Delivery(DeliveryState.SENT, "sent" + chart_note, message_ts=ts)


def _upload_chart(client: WebClient, channel: str, digest: Digest, *, sleep: Callable[[float], None]) -> str:
    try:
        png = money_chart_png(digest)
    except Exception:  # the digest is already posted: a chart that cannot be drawn is only logged
        log.exception("digest chart for %s could not be drawn", channel)
        return "; chart not drawn"
    if png is None:
        return ""
    day = digest.period_end.date().isoformat()
    return upload_png(
        client,
        channel,
        png,
        filename=f"minerals-digest-{day}.png",
        title=f"Money committed by country, week to {day}",
        sleep=sleep,
    )


def upload_png(
    client: WebClient,
    channel: str,
    png: bytes,
    *,
    filename: str,
    title: str,
    thread_ts: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Upload a chart into a channel (or a thread): " with chart", or why it was not uploaded."""
    try:
        # files_upload_v2: files.getUploadURLExternal, POST the bytes, files.completeUploadExternal.
        call_with_ratelimit_retry(
            lambda: client.files_upload_v2(
                channel=channel, content=png, filename=filename, title=title, thread_ts=thread_ts
            ),
            sleep=sleep,
        )
    except SlackApiError as exc:
        return f"; chart not uploaded: {slack_error(exc)}"
    except Exception as exc:  # the upload POST raises SlackRequestError or a URL error
        log.warning("chart upload failed: %s", exc)
        return f"; chart not uploaded: {type(exc).__name__}"
    return " with chart"


def channel_problem(error: str, channel: str, command: str) -> tuple[str, str]:
    """(what happened, how to fix it) for a channel error, in words for the subscriber."""
    what, fix = CHANNEL_ERRORS[error]
    mention = f"<#{channel}>"
    return what.format(channel=mention), fix.format(channel=mention, command=command)


def tell_subscriber(client: WebClient, user: str, channel: str, error: str, *, command: str) -> bool:
    """DM the person who subscribed that the digest stopped, and how to fix it."""
    what, fix = channel_problem(error, channel, command)
    text = (
        f":warning: The weekly minerals digest for <#{channel}> has stopped: {what} "
        f"(`{error}`). To fix it, {fix}."
    )
    try:
        dm = client.conversations_open(users=user)["channel"]["id"]
        client.chat_postMessage(channel=dm, text=text)
    except SlackApiError as exc:
        log.warning("could not tell %s that the digest for %s broke: %s", user, channel, slack_error(exc))
        return False
    return True
