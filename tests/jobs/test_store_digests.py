"""Subscriptions and the run claim: one per channel, owners and admins, exactly-once claims."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from store import digests
from store.digests import CLAIM_LEASE, InvalidSchedule, NoSubscription, NotYourSubscription
from store.models import AuditLog, DigestRun, DigestSubscription
from store.visibility import EVERYTHING, Audience
from tests.jobs.helpers import add_commitment, at, private_in, subscribe

PERIOD = (at(2025, 11, 3, 9), at(2025, 11, 10, 9))
NOW = at(2025, 11, 10, 9)


def claim(session: Session, sub: DigestSubscription, who: str = "replica-a", *, now=NOW) -> DigestRun | None:  # type: ignore[no-untyped-def]
    return digests.claim_run(session, sub, PERIOD[0], PERIOD[1], PERIOD[1], who, now=now)


def test_subscribe_validates_and_keeps_one_row_per_channel(session: Session) -> None:
    sub = subscribe(session, "C1", weekday=4, time_of_day="7:05", timezone="Asia/Tokyo")
    assert (sub.weekday, sub.time_of_day, sub.timezone, sub.subscribed_by) == (4, "07:05", "Asia/Tokyo", "U1")
    again = subscribe(session, "C1", weekday=0, time_of_day="09:00", timezone="Europe/Berlin")
    assert again.id == sub.id
    assert len(session.exec(select(DigestSubscription)).all()) == 1
    assert session.exec(select(AuditLog).where(AuditLog.action == "subscribe")).all()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("timezone", "Mars/Base", "'Mars/Base' is not a timezone: try Europe/Berlin or America/New_York"),
        ("timezone", "Europe/Berln", "try Europe/Berlin"),
        ("time_of_day", "25:00", "'25:00' is not a time: use 24-hour HH:MM such as 09:00"),
        ("time_of_day", "9am", "'9am' is not a time"),
        ("weekday", 7, "weekday must be 0 (Monday) to 6 (Sunday)"),
    ],
)
def test_bad_schedules_are_refused_with_a_clear_message(
    session: Session, field: str, value: object, message: str
) -> None:
    kwargs = dict(
        channel="C1",
        channel_private=False,
        weekday=0,
        time_of_day="09:00",
        timezone="UTC",
        subscribed_by="U1",
        is_admin=False,
        now=NOW,
    )
    kwargs[field] = value
    with pytest.raises(InvalidSchedule, match=message.replace("(", r"\(").replace(")", r"\)")):
        digests.subscribe(session, **kwargs)  # type: ignore[arg-type]


def test_weekday_names() -> None:
    assert [digests.parse_weekday(d) for d in ("Monday", "tue", "WEDNESDAY", "sun")] == [0, 1, 2, 6]
    with pytest.raises(InvalidSchedule, match="'Fryday' is not a weekday"):
        digests.parse_weekday("Fryday")


def test_only_the_owner_or_an_admin_changes_a_subscription(session: Session) -> None:
    subscribe(session, "C1", by="U1")
    with pytest.raises(NotYourSubscription) as refused:
        subscribe(session, "C1", by="U2")
    assert refused.value.owner == "U1"
    with pytest.raises(NotYourSubscription):
        digests.unsubscribe(session, channel="C1", user="U2", is_admin=False, now=NOW)
    admin = digests.subscribe(
        session,
        channel="C1",
        channel_private=False,
        weekday=2,
        time_of_day="10:00",
        timezone="UTC",
        subscribed_by="UADMIN",
        is_admin=True,
        now=NOW,
    )
    assert admin.weekday == 2 and admin.subscribed_by == "UADMIN"
    digests.unsubscribe(session, channel="C1", user="UADMIN", is_admin=True, now=NOW)
    # Once unsubscribed, anyone may start it again.
    assert subscribe(session, "C1", by="U2").subscribed_by == "U2"
    with pytest.raises(NoSubscription):
        digests.unsubscribe(session, channel="C404", user="U2", is_admin=False, now=NOW)


def test_unsubscribe_keeps_history_and_stops_scheduling(session: Session) -> None:
    sub = subscribe(session, "C1")
    run = claim(session, sub)
    assert run is not None
    digests.unsubscribe(session, channel="C1", user="U1", is_admin=False, now=NOW)
    session.commit()
    assert digests.schedulable_subscriptions(session) == []
    assert digests.list_subscriptions(session, audience=EVERYTHING) == []
    assert session.get(DigestRun, run.id) is not None


def test_list_shows_the_latest_run_and_broken_state(session: Session) -> None:
    one, two = subscribe(session, "C1"), subscribe(session, "C2")
    first = claim(session, one)
    assert first is not None
    digests.mark_sent(session, first, "sent with chart", now=NOW)
    later = digests.claim_run(
        session, one, at(2025, 11, 10, 9), at(2025, 11, 17, 9), at(2025, 11, 17, 9), "replica-a", now=NOW
    )
    assert later is not None
    digests.mark_failed(session, later, "not sent: invalid_auth", now=NOW)
    digests.mark_broken(session, two, "not_in_channel", now=NOW)
    session.commit()
    listing = {s.subscription.channel: s for s in digests.list_subscriptions(session, audience=EVERYTHING)}
    assert listing["C1"].last_run is not None
    assert (listing["C1"].last_run.state, listing["C1"].last_run.outcome) == (
        "failed",
        "not sent: invalid_auth",
    )
    assert listing["C2"].last_run is None
    assert listing["C2"].subscription.broken_reason == "not_in_channel"
    assert [s.channel for s in digests.schedulable_subscriptions(session)] == ["C1"]


def test_a_period_is_claimed_once(session: Session) -> None:
    sub = subscribe(session, "C1")
    won = claim(session, sub, "replica-a")
    assert won is not None and won.state == "claimed" and won.attempts == 1
    assert claim(session, sub, "replica-b") is None
    assert claim(session, sub, "replica-a") is None  # not even twice by the same process


def test_a_claim_does_not_lose_the_callers_other_work(session: Session) -> None:
    sub = subscribe(session, "C1")
    claim(session, sub)
    session.add(DigestSubscription(channel="C7"))
    assert claim(session, sub, "replica-b") is None
    assert digests.get_subscription(session, "C7") is not None


def test_restart_after_posting_counts_as_sent(session: Session) -> None:
    sub = subscribe(session, "C1")
    run = claim(session, sub, "crashed")
    assert run is not None
    digests.record_message_ts(session, run, "1762765200.000100", now=NOW)
    # The process died here. Whoever looks next, at once or much later, must not resend.
    assert claim(session, sub, "restarted", now=NOW + timedelta(seconds=5)) is None
    session.refresh(run)
    assert (run.state, run.outcome) == ("sent", "sent (recovered after a restart)")
    assert claim(session, sub, "restarted", now=NOW + timedelta(hours=1)) is None


def test_unposted_claim_is_retried_only_after_the_lease(session: Session) -> None:
    sub = subscribe(session, "C1")
    assert claim(session, sub, "crashed") is not None
    assert claim(session, sub, "other", now=NOW + CLAIM_LEASE - timedelta(seconds=1)) is None
    retry = claim(session, sub, "other", now=NOW + CLAIM_LEASE + timedelta(seconds=1))
    assert retry is not None and retry.claimed_by == "other" and retry.attempts == 2
    assert claim(session, sub, "third", now=NOW + CLAIM_LEASE + timedelta(seconds=2)) is None
    third = claim(session, sub, "third", now=NOW + 3 * CLAIM_LEASE)
    assert third is not None and third.attempts == 3
    assert claim(session, sub, "fourth", now=NOW + 5 * CLAIM_LEASE) is None
    session.refresh(third)
    assert third.state == "failed" and "gave up after 3 attempts" in (third.outcome or "")


def test_finished_runs_are_never_claimed_again(session: Session) -> None:
    sub = subscribe(session, "C1")
    run = claim(session, sub)
    assert run is not None
    digests.mark_failed(session, run, "not sent: invalid_auth", now=NOW)
    session.commit()
    assert claim(session, sub, "later", now=NOW + timedelta(days=1)) is None


def test_two_replicas_racing_on_postgres_claim_once(engine: Engine, db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the race is between connections to one PostgreSQL")
    with Session(engine, expire_on_commit=False) as s:
        sub = subscribe(s, "C1")
    racers = 8
    for week in range(5):
        start = PERIOD[0] + timedelta(weeks=week)
        barrier = threading.Barrier(racers)
        winners: list[str] = []
        errors: list[BaseException] = []

        def race(
            name: str,
            start=start,
            barrier=barrier,
            winners=winners,  # type: ignore[no-untyped-def]
            errors=errors,
        ) -> None:
            try:
                with Session(engine, expire_on_commit=False) as s:
                    barrier.wait()
                    run = digests.claim_run(
                        s, sub, start, start + timedelta(days=7), start + timedelta(days=7), name, now=NOW
                    )
                    if run is not None:
                        winners.append(name)
            except BaseException as exc:  # surfaced below, in the test thread
                errors.append(exc)

        threads = [threading.Thread(target=race, args=(f"replica-{i}",)) for i in range(racers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert len(winners) == 1, winners
    with Session(engine) as s:
        assert len(s.exec(select(DigestRun)).all()) == 5


def test_money_to_date_respects_the_audience(session: Session) -> None:
    add_commitment(session, "US", "loan", "100", "USD", created=at(2025, 10, 1))
    add_commitment(session, "DE", "loan", "100", "EUR", ceiling=True, created=at(2025, 10, 2))
    add_commitment(session, "KR", "loan", "999", "USD", created=at(2025, 10, 2), provenance=private_in("G1"))
    add_commitment(session, "JP", "loan", "5", "USD", created=at(2025, 12, 1))
    add_commitment(session, "FR", "loan", "7", "USD", created=at(2025, 10, 1), status="withdrawn")
    session.commit()
    money = digests.money_to_date(session, before=NOW, audience=Audience(channel="C1"))
    assert money.usd == Decimal("216.00") and money.usd_ceiling == Decimal("116.00")
    assert money.by_currency == {"USD": Decimal("100.00"), "EUR": Decimal("100.00")}
    in_g1 = digests.money_to_date(session, before=NOW, audience=Audience(channel="G1"))
    assert in_g1.usd == Decimal("1215.00")
