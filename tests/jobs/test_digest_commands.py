"""`/minerals digest ...` through the router's handler, as the slash listener calls it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from slack_sdk import WebClient
from sqlmodel import Session

from bot.core.services import Services
from bot.local_slack import LocalSlack, block_kit_problems
from handlers.digest_commands import digest_command, parse_subscribe_args
from handlers.router import ROUTER, CommandRequest, Deferred, Reply
from store import digests
from store.digests import InvalidSchedule
from tests.jobs.conftest import ADMIN, Clock
from tests.jobs.helpers import add_commitment, at, subscribe


def ask(
    services: Services, text: str, *, user: str = "U1", channel: str = "C1", channel_name: str = "minerals"
) -> Any:
    return digest_command(
        services,
        CommandRequest(
            command="/minerals",
            text=f"digest {text}",
            user_id=user,
            channel_id=channel,
            channel_name=channel_name,
        ),
    )


def words(reply: Reply) -> str:
    assert block_kit_problems(reply.blocks) == []
    return json.dumps(reply.blocks, ensure_ascii=False)


def test_registered_as_one_subcommand() -> None:
    sub = ROUTER.get("digest")
    assert sub is not None and sub.handler is digest_command
    assert sub.usage.startswith("digest subscribe|unsubscribe|list|preview|now")
    assert "digest subscribe [#channel] [weekday] [HH:MM] [timezone]" in sub.help


def test_subscribe_with_defaults(services: Services, session: Session) -> None:
    services.settings = services.settings.model_copy(update={"digest_timezone": "Europe/Berlin"})
    reply = ask(services, "subscribe")
    body = words(reply)
    assert "<#C1> gets the weekly minerals digest every Monday at 09:00 (Europe/Berlin)" in body
    assert "the first is on Mon 10 Nov 2025 09:00 (Europe/Berlin)" in body
    sub = digests.get_subscription(session, "C1")
    assert sub is not None and (
        sub.weekday,
        sub.time_of_day,
        sub.timezone,
        sub.subscribed_by,
        sub.channel_private,
    ) == (0, "09:00", "Europe/Berlin", "U1", False)


def test_subscribe_another_channel_with_a_full_schedule(services: Services, session: Session) -> None:
    reply = ask(services, "subscribe <#G0PRIVATE|secret-room> friday 16:30 Asia/Tokyo")
    assert "every Friday at 16:30 (Asia/Tokyo)" in words(reply)
    sub = digests.get_subscription(session, "G0PRIVATE")
    assert sub is not None and sub.channel_private and sub.weekday == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", dict(channel="C1", weekday=None, time_of_day=None, timezone=None)),
        ("Tue 7:15", dict(weekday=1, time_of_day="07:15")),
        (
            "America/New_York <#C0ABCDEF9> sunday",
            dict(channel="C0ABCDEF9", weekday=6, timezone="America/New_York"),
        ),
        ("C0ABCDEF9 UTC", dict(channel="C0ABCDEF9", timezone="UTC")),
        ("Japan", dict(timezone="Japan")),
    ],
)
def test_parse_subscribe_args(text: str, expected: dict[str, Any]) -> None:
    parsed = parse_subscribe_args(text, current_channel="C1", is_private=lambda channel: False)
    for key, value in expected.items():
        assert getattr(parsed, key) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "subscribe Monday 09:00 Mars/Base",
            "'Mars/Base' is not a timezone: try Europe/Berlin or America/New_York",
        ),
        ("subscribe 25:00", "'25:00' is not a time: use 24-hour HH:MM such as 09:00"),
        (
            "subscribe Tokyo",
            "'Tokyo' is not a weekday, a time or a timezone (for a timezone, try Asia/Tokyo)",
        ),
        ("subscribe #general", "'#general' came through as plain text"),
        ("subscribe monday friday", "'friday': you gave two weekdays; give one"),
        ("fortnightly", "“fortnightly” is not a digest command."),
        ("", "Which digest command?"),
    ],
)
def test_bad_input_gets_a_specific_message(services: Services, text: str, message: str) -> None:
    reply = ask(services, text)
    assert isinstance(reply, Reply)
    body = reply.blocks[0]["text"]["text"]
    assert ":warning:" in body and message in body


def test_resubscribing_keeps_the_schedule_and_clears_breakage(services: Services, session: Session) -> None:
    ask(services, "subscribe Thursday 14:00 Europe/Berlin")
    sub = digests.get_subscription(session, "C1")
    assert sub is not None
    digests.mark_broken(session, sub, "not_in_channel", now=at(2025, 11, 10))
    session.commit()
    assert "every Thursday at 14:00 (Europe/Berlin)" in words(ask(services, "subscribe"))
    session.refresh(sub)
    assert sub.broken_reason is None and sub.active
    session.commit()  # end the test's read: SQLite allows one writer at a time
    assert "every Friday at 14:00 (Europe/Berlin)" in words(ask(services, "subscribe fri"))


def test_someone_elses_subscription_needs_an_admin(services: Services, session: Session) -> None:
    ask(services, "subscribe", user="U1")
    refused = ask(services, "subscribe Friday", user="U2")
    assert "<@U1> set up the digest for <#C1>; only they or an admin can change it" in words(refused)
    assert "only they or an admin" in words(ask(services, "unsubscribe", user="U2"))
    sub = digests.get_subscription(session, "C1")
    assert sub is not None and sub.weekday == 0
    session.commit()  # end the test's read: SQLite allows one writer at a time
    assert "every Friday" in words(ask(services, "subscribe Friday", user=ADMIN))
    assert "no longer gets the weekly digest" in words(ask(services, "unsubscribe <#C1>", user=ADMIN))
    assert "has no digest subscription" in words(ask(services, "unsubscribe", user="U1"))


def test_list_shows_schedule_last_outcome_and_breakage(
    services: Services, session: Session, clock: Clock
) -> None:
    assert "No channel gets the weekly digest yet" in words(ask(services, "list"))
    one = subscribe(session, "C1", now=at(2025, 11, 1))
    two = subscribe(session, "C2", by="U2", timezone="Asia/Tokyo", now=at(2025, 11, 1))
    run = digests.claim_run(
        session,
        one,
        at(2025, 11, 3, 9),
        at(2025, 11, 10, 9),
        at(2025, 11, 10, 9),
        "r",
        now=at(2025, 11, 10, 9),
    )
    assert run is not None
    digests.mark_sent(session, run, "sent with chart", now=at(2025, 11, 10, 9))
    digests.mark_broken(session, two, "not_in_channel", now=at(2025, 11, 10, 9))
    session.commit()
    clock.set(at(2025, 11, 11))
    body = words(ask(services, "list"))
    assert "<#C1> · Monday at 09:00 (UTC) · set up by <@U1>" in body
    assert "next: Mon 17 Nov 2025 09:00 (UTC)" in body
    assert "last: sent for Mon 10 Nov 2025 09:00 (UTC) — sent with chart" in body
    assert ":warning: *stopped*: `not_in_channel`" in body
    assert "no digest sent yet" in body


def test_preview_is_ephemeral_and_for_this_channel(
    services: Services, session: Session, client: WebClient, slack: LocalSlack, clock: Clock
) -> None:
    add_commitment(session, "CA", "grant", "1000000", "CAD", created=at(2025, 11, 5))
    add_commitment(
        session,
        "KR",
        "loan",
        "5000000",
        "USD",
        created=at(2025, 11, 5),
        provenance={"source_channel": "G1", "source_private": True},
    )
    session.commit()
    outcome = ask(services, "preview", channel="C1")
    assert isinstance(outcome, Deferred)
    reply = outcome.work(client)
    assert isinstance(reply, Reply)  # a Reply is always ephemeral: `finish` sends it so
    body = words(reply)
    assert "Preview: only you can see this" in body and "Canada" in body
    assert "Korea" not in body
    assert slack.calls == []  # nothing posted


def test_now_posts_the_digest_here(
    services: Services, session: Session, client: WebClient, slack: LocalSlack
) -> None:
    add_commitment(session, "CA", "grant", "1000000", "CAD", created=at(2025, 11, 5))
    session.commit()
    outcome = ask(services, "now", channel="C3")
    assert isinstance(outcome, Deferred) and slack.calls == []  # nothing before the work runs
    reply = outcome.work(client)
    assert "Posted the digest for the last seven days" in words(reply)
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_now_in_a_channel_without_the_bot_says_how_to_fix_it(
    services: Services, client: WebClient, slack: LocalSlack
) -> None:
    slack.channel_errors["C3"] = "not_in_channel"
    reply = ask(services, "now", channel="C3").work(client)
    body = words(reply)
    assert "the bot is not a member of <#C3>" in body and "invite the bot" in body


def test_parse_errors_are_invalid_schedules() -> None:
    with pytest.raises(InvalidSchedule):
        parse_subscribe_args("<#C1> <#C2>", current_channel="C1", is_private=lambda channel: False)
