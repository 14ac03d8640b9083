"""Digest content: a hand-built week, a quiet week, 5,000 commitments, and the privacy rule."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert
from sqlmodel import Session

from bot.blockkit.digest import digest_blocks, digest_text
from bot.local_slack import block_kit_problems
from jobs.chart import chart_rows, money_chart_png
from jobs.digest import build_digest, message_link
from store import records
from store.digest_content import Digest
from store.models import Commitment
from store.visibility import Audience
from tests.conftest import quick_on
from tests.jobs.helpers import (
    add_commitment,
    add_initiative,
    add_project,
    at,
    private_in,
    public_in,
)

WEEK_START, WEEK_END = at(2025, 11, 3, 9), at(2025, 11, 10, 9)  # Monday to Monday, UTC
RATE_DATE = date(2025, 11, 28)  # the built-in rate table


def build(
    session: Session,
    channel: str = "C1",
    tz: str = "UTC",
    start: datetime = WEEK_START,
    end: datetime = WEEK_END,
) -> Digest:
    return build_digest(
        session,
        period_start=start,
        period_end=end,
        audience=Audience(channel=channel),
        tz=tz,
        now=end,
        command="/minerals",
    )


def all_text(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def check_slack_limits(blocks: list[dict[str, Any]], text: str) -> None:
    assert len(blocks) <= 50
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
            assert len(block.get("fields", [])) <= 10
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "context":
            assert len(block["elements"]) <= 10
    assert block_kit_problems(blocks) == []
    assert len(all_text(blocks)) < 13_000  # msg_blocks_too_long in practice
    assert 0 < len(text) <= 3000


@pytest.fixture
def week(session: Session) -> Session:
    """Five commitments in the week, one before, one after, one withdrawn, one private."""
    refinery = add_project(
        session,
        "Ontario refinery",
        created=at(2025, 11, 4),
        status="feasibility",
        country="CA",
        stage="refining",
    )
    add_project(session, "Old Quebec mine", created=at(2025, 6, 1), status="exploration")
    add_initiative(session, "Minerals Security Partnership", short_name="MSP", created=at(2025, 11, 5))
    add_commitment(
        session,
        "DE",
        "loan",
        "500000000",
        "EUR",
        ceiling=True,
        project="Ontario refinery",
        created=at(2025, 11, 4, 10),
        provenance={**public_in("C9"), "source_message": "C9:1762250400.000100"},
    )
    add_commitment(session, "CA", "grant", "100000000", "CAD", created=at(2025, 11, 5))
    add_commitment(
        session,
        "JP",
        "equity",
        "10000000000",
        "JPY",
        created=at(2025, 11, 6),
        source_url="https://example.org/a?b=1&c=2",
    )
    add_commitment(session, "US", "loan", "10000000", "USD", created=at(2025, 11, 7))
    add_commitment(session, "GB", "offtake", None, None, created=at(2025, 11, 8))
    add_commitment(session, "US", "grant", "100000000", "USD", created=at(2025, 10, 1))
    add_commitment(session, "AU", "loan", "999000000", "USD", created=at(2025, 11, 11))
    add_commitment(session, "FR", "loan", "50000000", "EUR", status="withdrawn", created=at(2025, 11, 6))
    add_commitment(
        session, "KR", "loan", "1000000000", "USD", created=at(2025, 11, 6), provenance=private_in("G1")
    )
    update = records.add_project_update(
        session,
        refinery,
        actor="U1",
        new_status="construction",
        happened_on=date(2025, 11, 7),
        provenance=public_in("C9"),
        now=datetime.now(UTC),
    )
    update.created_at = at(2025, 11, 7)
    records.add_milestone(
        session,
        title="Offtake deadline",
        due_on=date(2025, 11, 30),
        actor="U1",
        provenance=public_in("C9"),
        now=datetime.now(UTC),
    )
    records.add_milestone(
        session,
        title="Too far off",
        due_on=date(2025, 12, 30),
        actor="U1",
        provenance=public_in("C9"),
        now=datetime.now(UTC),
    )
    session.commit()
    return session


def test_hand_built_week(week: Session) -> None:
    digest = build(week)
    assert not digest.quiet
    assert digest.commitment_count == 5
    # EUR 500m x 1.16 + CAD 100m x 0.715 + JPY 10bn x 0.0064 + USD 10m = USD 725.5m
    assert digest.week.usd == Decimal("725500000.00")
    assert digest.week.usd_ceiling == Decimal("580000000.00")  # the "up to" EUR loan
    assert digest.week.rate_date == RATE_DATE
    assert digest.to_date.usd == Decimal("825500000.00")  # plus October's USD 100m grant
    assert digest.to_date.usd_ceiling == Decimal("580000000.00")
    assert [(g.instrument, len(g.commitments), g.usd) for g in digest.groups] == [
        ("loan", 2, Decimal("590000000.00")),
        ("grant", 1, Decimal("71500000.00")),
        ("equity", 1, Decimal("64000000.00")),
        ("offtake", 1, Decimal(0)),
    ]
    loan = digest.groups[0].commitments[0]
    assert (loan.actor, loan.amount, loan.currency, loan.is_ceiling, loan.project) == (
        "Germany",
        Decimal("500000000.00"),
        "EUR",
        True,
        "Ontario refinery",
    )
    assert loan.link == "https://slack.com/archives/C9/p1762250400000100"
    assert digest.groups[2].commitments[0].link == "https://example.org/a?b=1&c=2"
    assert [(s.project, s.old_status, s.new_status) for s in digest.status_changes] == [
        ("Ontario refinery", "feasibility", "construction")
    ]
    assert digest.new_projects == ("Ontario refinery",)
    assert digest.new_initiatives == ("MSP",)
    assert [m.title for m in digest.milestones] == ["Offtake deadline"]
    assert [s.project for s in digest.stale] == ["Old Quebec mine"]
    assert digest.money_by_country[0] == ("Germany", Decimal("580000000.00"))
    assert digest.period_label == "Mon 3 Nov 2025 09:00 – Mon 10 Nov 2025 09:00 (UTC)"


def test_hand_built_week_renders(week: Session) -> None:
    digest = build(week)
    blocks, text = digest_blocks(digest)
    check_slack_limits(blocks, text)
    body = all_text(blocks)
    assert "≈ USD 725.5m across 5 commitments, USD 580m of it “up to” ceilings" in body
    assert body.count("2025-11-28") == 1 and "USD 825.5m" in body  # the rate date once
    assert "USD estimates at stored rates as of 2025-11-28." in body
    assert "*Germany*: up to EUR 500m (≈ USD 580m) → Ontario refinery · announced" in body
    assert "<https://slack.com/archives/C9/p1762250400000100|source>" in body
    assert "<https://example.org/a?b=1&c=2|source>" in body
    assert "*United Kingdom*: no amount given" in body
    assert "feasibility → construction on Fri 7 Nov 2025" in body
    assert "Sun 30 Nov 2025: Offtake deadline" in body
    assert "Old Quebec mine" in body and "Mon 3 Nov 2025 09:00" in body
    assert "Korea" not in body and "and " not in text
    printed = digest_text(digest)
    assert "This week: ≈ USD 725.5m across 5 commitments" in printed
    assert "Germany: up to EUR 500m (≈ USD 580m) -> Ontario refinery [announced]" in printed


def test_period_label_is_in_the_subscription_timezone(week: Session) -> None:
    digest = build(week, tz="America/New_York", start=at(2025, 10, 27, 13), end=at(2025, 11, 3, 14))
    assert digest.period_label == "Mon 27 Oct 2025 09:00 – Mon 3 Nov 2025 09:00 (America/New_York)"


def test_quiet_week_is_short_and_names_upcoming_milestones(session: Session) -> None:
    records.add_milestone(
        session,
        title="G7 ministers meet",
        due_on=date(2025, 11, 20),
        actor="U1",
        provenance=public_in("C9"),
        now=datetime.now(UTC),
    )
    add_commitment(session, "US", "loan", "5", "USD", created=at(2025, 10, 1))
    session.commit()
    digest = build(session)
    assert digest.quiet
    blocks, text = digest_blocks(digest)
    check_slack_limits(blocks, text)
    assert len(blocks) == 3
    body = all_text(blocks)
    assert "Nothing new this week" in body and "Thu 20 Nov 2025: G7 ministers meet" in body
    assert "across" not in body  # no empty totals template
    assert "nothing new this week" in text
    assert "Nothing new this week" in digest_text(digest)


def test_quiet_week_without_milestones_says_so(session: Session) -> None:
    blocks, _ = digest_blocks(build(session))
    assert "No milestones in the next 30 days" in all_text(blocks)


def test_stored_text_cannot_ping_or_forge_links(session: Session) -> None:
    add_project(session, "<!channel> & <https://evil.example|click me>", created=at(2025, 11, 4))
    add_commitment(
        session,
        "<@U999> Holdings",
        "loan",
        "1000",
        "USD",
        created=at(2025, 11, 4),
        source_url="https://x.example/a|<!here>",
    )
    session.commit()
    blocks, text = digest_blocks(build(session))
    body = all_text(blocks)
    assert "<!channel>" not in body and "<@U999>" not in body and "<https://evil" not in body
    assert "<!here>" not in body
    assert "&lt;!channel&gt; &amp; &lt;https://evil.example|click me&gt;" in body
    assert "&lt;@U999&gt; Holdings" in body
    assert "<!channel>" not in text and "<@U999>" not in text


def test_private_channel_records_stay_in_their_channel(session: Session) -> None:
    secret = add_project(session, "Secret smelter", created=at(2025, 11, 4), provenance=private_in("G1"))
    add_commitment(
        session, "KR", "loan", "70000000", "USD", created=at(2025, 11, 4), provenance=private_in("G1")
    )
    add_commitment(
        session, "US", "loan", "1000000", "USD", project="Secret smelter", created=at(2025, 11, 5)
    )  # public, but points at the private project
    records.add_milestone(
        session,
        title="Secret signing",
        due_on=date(2025, 11, 15),
        actor="U1",
        provenance=private_in("G1"),
        now=datetime.now(UTC),
    )
    update = records.add_project_update(
        session,
        secret,
        actor="U1",
        new_status="financing",
        provenance=private_in("G1"),
        now=datetime.now(UTC),
    )
    update.created_at = at(2025, 11, 6)
    session.commit()

    in_g1 = build(session, channel="G1")
    g1_body = all_text(digest_blocks(in_g1)[0]) + digest_text(in_g1)
    assert "South Korea" in g1_body and "Secret smelter" in g1_body
    assert "Secret signing" in g1_body and in_g1.week.usd == Decimal("71000000.00")

    for other in ("C2", "G2", "D3"):
        digest = build(session, channel=other)
        body = all_text(digest_blocks(digest)[0]) + digest_text(digest)
        assert "Korea" not in body and "Secret" not in body, other
        assert digest.week.usd == digest.to_date.usd == Decimal("1000000.00")
        assert digest.commitment_count == 1 and digest.status_changes == ()
        assert digest.groups[0].commitments[0].project is None


def _bulk_commitments(session: Session, n: int) -> None:
    rows = [
        dict(
            actor=f"{i:05d} Consortium " + "X" * 180,
            instrument=("loan", "grant", "equity")[i % 3],
            amount=Decimal(1_000_000 + i),
            currency="USD",
            usd_estimate=Decimal(1_000_000 + i),
            usd_rate_date=date(2025, 11, 28),
            amount_is_ceiling=i % 2 == 0,
            status="announced",
            minerals=[],
            source_private=False,
            source_channel="C9",
            source_url="https://example.org/" + "a" * 1900,
            created_at=at(2025, 11, 5),
            updated_at=at(2025, 11, 5),
            synthetic=True,
        )
        for i in range(n)
    ]
    for chunk in range(0, n, 1000):
        session.execute(insert(Commitment), rows[chunk : chunk + 1000])


@quick_on("postgres")  # 5,000 rows a backend; the SQLite case runs in the release mode
def test_five_thousand_commitments_fit_slack(session: Session, slack: Any, client: Any) -> None:
    _bulk_commitments(session, 5000)
    for i in range(300):
        add_project(session, f"Project {i:03d} " + "p" * 280, created=at(2025, 11, 6))
    session.commit()
    digest = build(session)
    assert digest.commitment_count == 5000
    blocks, text = digest_blocks(digest)
    check_slack_limits(blocks, text)
    body = all_text(blocks)
    assert "and 4985 more — `/minerals commitments since:7d` lists them" in body
    # The largest come first: 1,004,999 is the biggest amount.
    assert "*04999 Consortium XX" in body and "*04985 Consortium" in body
    assert "04984 Consortium" not in body
    assert "…and 292 more" in body  # new projects, cut with a count
    # And Slack (the fake enforcing Block Kit limits) takes it.
    assert client.chat_postMessage(channel="C1", blocks=blocks, text=text)["ok"]


def test_message_links() -> None:
    assert message_link(None, "C123:1700000000.000100") == "https://slack.com/archives/C123/p1700000000000100"
    assert message_link("https://a.example/x", "C1:1.2") == "https://a.example/x"
    assert message_link("javascript:alert(1)", "seed:g7") is None
    assert message_link(None, None) is None


def test_chart_is_a_png_of_the_week_by_country(week: Session) -> None:
    digest = build(week)
    png = money_chart_png(digest)
    assert png is not None and png.startswith(b"\x89PNG\r\n\x1a\n")
    assert money_chart_png(build(week, start=at(2020, 1, 1), end=at(2020, 1, 8))) is None


def test_chart_rows_fold_the_tail_into_others() -> None:
    rows = chart_rows(tuple((f"C{i:02d}", Decimal(1_000_000 * (20 - i))) for i in range(15)))
    assert len(rows) == 10 and rows[0] == ("C00", 20.0)
    assert rows[-1][0] == "6 others" and rows[-1][1] == pytest.approx(sum(range(6, 12)))
