"""Sending through a real WebClient to the fake Slack Web API: chart upload, rate limits, errors."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from sqlmodel import Session

from bot.app import sending_client
from bot.core.services import Services
from bot.core.settings import SettingsError
from bot.local_slack import UPLOAD, LocalSlack
from jobs.runs import run_digest, send_now
from jobs.schedule import period_for
from store import digests
from store.models import DigestRun, DigestSubscription
from store.visibility import EVERYTHING
from tests.jobs.conftest import Clock, Sleeps
from tests.jobs.helpers import add_commitment, at, subscribe

RUN_AT = at(2025, 11, 10, 9)


@pytest.fixture
def subscription(session: Session, clock: Clock) -> DigestSubscription:
    add_commitment(session, "DE", "loan", "500000000", "EUR", ceiling=True, created=at(2025, 11, 4))
    add_commitment(session, "JP", "grant", "20000000", "USD", created=at(2025, 11, 5))
    session.commit()
    clock.set(RUN_AT)
    return subscribe(session, "C1", by="U1")


def run(services: Services, client: WebClient, sub: DigestSubscription, sleeps: Sleeps):  # type: ignore[no-untyped-def]
    return run_digest(
        services,
        client,
        sub,
        scheduled_for=RUN_AT,
        claimed_by="test",
        period=period_for(sub, RUN_AT),
        sleep=sleeps,
    )


def stored_run(session: Session, sub: DigestSubscription) -> DigestRun:
    found = digests.get_run(session, sub.id or 0, period_for(sub, RUN_AT)[0])
    assert found is not None
    return found


def test_sends_the_message_then_uploads_the_chart(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
) -> None:
    result = run(services, client, subscription, sleeps)
    assert result.state == "sent" and result.outcome == "sent with chart"
    [post] = slack.calls_to("chat.postMessage")
    assert post.params["channel"] == "C1" and post.params["blocks"]
    # files_upload_v2: getUploadURLExternal, the bytes POSTed to upload_url, completeUpload.
    methods = [c.method for c in slack.calls]
    assert methods == [
        "chat.postMessage",
        "files.getUploadURLExternal",
        UPLOAD,
        "files.completeUploadExternal",
    ]
    [get_url] = slack.calls_to("files.getUploadURLExternal")
    assert get_url.params["filename"] == "minerals-digest-2025-11-10.png"
    [complete] = slack.calls_to("files.completeUploadExternal")
    assert complete.params["channel_id"] == "C1"
    file_id = complete.params["files"][0]["id"]
    content = slack.file_content(file_id)
    assert content is not None and content.startswith(b"\x89PNG")
    assert int(get_url.params["length"]) == len(content)
    done = stored_run(session, subscription)
    assert (done.state, done.message_ts) == ("sent", post_ts(slack))
    assert sleeps == []


def post_ts(slack: LocalSlack) -> str:
    return slack.messages_in("C1")[0]["ts"]


def test_ratelimited_waits_retry_after_then_sends(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
) -> None:
    slack.fail_next("chat.postMessage", "ratelimited", retry_after=7, times=2)
    result = run(services, client, subscription, sleeps)
    assert result.state == "sent"
    assert sleeps == [7.0, 7.0]
    assert len(slack.calls_to("chat.postMessage")) == 3
    assert len(slack.messages_in("C1")) == 2  # the digest and the chart
    assert stored_run(session, subscription).state == "sent"


def test_ratelimited_gives_up_after_a_bounded_number_of_tries(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
) -> None:
    slack.fail_next("chat.postMessage", "ratelimited", retry_after=2, times=10)
    result = run(services, client, subscription, sleeps)
    assert result.state == "failed" and result.outcome == "not sent: ratelimited"
    assert sleeps == [2.0, 2.0, 2.0]
    stored = stored_run(session, subscription)
    assert (stored.state, stored.outcome) == ("failed", "not sent: ratelimited")
    session.refresh(subscription)
    assert subscription.broken_reason is None


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        ("not_in_channel", "invite the bot to <#C1>"),
        ("channel_not_found", "if it is a private channel, invite the bot"),
        ("is_archived", "unarchive it"),
    ],
)
def test_channel_errors_break_the_subscription_and_tell_the_subscriber(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
    error: str,
    advice: str,
) -> None:
    slack.channel_errors["C1"] = error
    result = run(services, client, subscription, sleeps)
    assert result.state == "broken"
    assert len(slack.calls_to("chat.postMessage")) == 2  # the failed digest, then the DM
    [opened] = slack.calls_to("conversations.open")
    assert opened.params["users"] == "U1"
    [dm] = slack.messages_in(slack.dm_channel("U1"))
    assert f"`{error}`" in dm["text"] and advice in dm["text"]
    assert "`/minerals digest subscribe`" in dm["text"]
    session.refresh(subscription)
    assert subscription.broken_reason == error
    stored = stored_run(session, subscription)
    assert (stored.state, stored.outcome) == ("failed", f"not sent: {error}")
    assert digests.schedulable_subscriptions(session) == []
    assert sleeps == []  # no retrying an error that retrying cannot fix


def test_other_errors_fail_the_run_with_the_error(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
) -> None:
    slack.revoked_tokens.add("xoxb-test")
    result = run(services, client, subscription, sleeps)
    assert (result.state, result.outcome) == ("failed", "not sent: invalid_auth")
    session.refresh(subscription)
    assert subscription.broken_reason is None and slack.calls_to("conversations.open") == []


def test_a_failed_chart_upload_does_not_resend_the_digest(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
) -> None:
    slack.fail_next("files.completeUploadExternal", "internal_error")
    result = run(services, client, subscription, sleeps)
    assert (result.state, result.outcome) == ("sent", "sent; chart not uploaded: internal_error")
    assert stored_run(session, subscription).state == "sent"
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_send_now_without_a_subscription_posts_and_records_nothing(
    services: Services, client: WebClient, slack: LocalSlack, session: Session, clock: Clock
) -> None:
    add_commitment(session, "US", "loan", "1000000", "USD", created=at(2025, 11, 8))
    session.commit()
    result = send_now(services, client, "C5", requested_by="U3")
    assert result.state == "sent"
    assert len(slack.messages_in("C5")) == 2
    assert session.exec(DigestRun.__table__.select()).all() == []  # type: ignore[attr-defined]


def test_send_now_for_a_subscription_records_a_manual_run(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    clock: Clock,
) -> None:
    clock.set(at(2025, 11, 12, 15, 30))
    result = send_now(services, client, "C1", requested_by="U2")
    assert result.state == "sent"
    [status] = digests.list_subscriptions(session, audience=EVERYTHING)
    assert status.last_run is not None
    assert status.last_run.claimed_by == "manual:U2" and status.last_run.state == "sent"
    assert status.last_run.period_start == at(2025, 11, 5, 15, 30)


def test_web_client_for_sending_waits_out_rate_limits(settings) -> None:  # type: ignore[no-untyped-def]
    client = sending_client(settings)
    assert client.base_url == settings.slack_api_url
    assert any(isinstance(h, RateLimitErrorRetryHandler) for h in client.retry_handlers)
    with pytest.raises(SettingsError, match="SLACK_BOT_TOKEN is not set"):
        sending_client(settings.model_copy(update={"slack_bot_token": None}))
