"""The digest's chart draws any actor's name as written, and a chart failure never fails a digest."""

from __future__ import annotations

import logging

import pytest
from slack_sdk import WebClient
from sqlmodel import Session

from bot.core.services import Services
from bot.local_slack import LocalSlack
from jobs import send
from jobs.chart import money_chart_png
from jobs.runs import run_digest
from jobs.schedule import period_for
from store import digests
from store.models import DigestSubscription
from tests.jobs.conftest import Clock, Sleeps
from tests.jobs.helpers import add_commitment, at, subscribe

RUN_AT = at(2025, 11, 10, 9)
# Matplotlib reads text between two `$` as mathtext: these raise ValueError when drawn as math.
DOLLAR_ACTORS = ["A$1 $\\frac{$", "Fund $x^{$ & $_$", "US$ $$ \\$ $"]


@pytest.fixture
def subscription(session: Session, clock: Clock) -> DigestSubscription:
    for i, actor in enumerate(DOLLAR_ACTORS):
        add_commitment(session, actor, "loan", f"{i + 1}000000", "USD", created=at(2025, 11, 4 + i))
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


def test_dollar_signs_in_names_are_drawn_as_written(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
) -> None:
    result = run(services, client, subscription, sleeps)
    assert (result.state, result.outcome) == ("sent", "sent with chart")
    [complete] = slack.calls_to("files.completeUploadExternal")
    content = slack.file_content(complete.params["files"][0]["id"])
    assert content is not None and content.startswith(b"\x89PNG")


def test_a_chart_that_cannot_be_drawn_is_logged_and_the_digest_still_counts_as_sent(
    services: Services,
    client: WebClient,
    slack: LocalSlack,
    session: Session,
    subscription: DigestSubscription,
    sleeps: Sleeps,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(digest: object) -> bytes:
        raise RuntimeError("the chart library failed")

    monkeypatch.setattr(send, "money_chart_png", broken)
    with caplog.at_level(logging.ERROR, logger="minerals_bot.digest"):
        result = run(services, client, subscription, sleeps)
    assert (result.state, result.outcome) == ("sent", "sent; chart not drawn")
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert slack.calls_to("conversations.open") == []  # nobody is told it was not posted
    found = digests.get_run(session, subscription.id or 0, period_for(subscription, RUN_AT)[0])
    assert found is not None and found.state == "sent"
    assert any("chart" in r.getMessage() and r.exc_info for r in caplog.records)
    assert money_chart_png is not broken  # the real chart was put back
