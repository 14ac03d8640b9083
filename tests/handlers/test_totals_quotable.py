"""Issue 17 §1: totals that can be quoted (aggregates are claims, money lines, duplicates)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session, select

from bot.blockkit.cards import money_line, rates_note
from store import records, totals
from store.models import Commitment
from store.money import Money
from store.schemas import CommitmentIn
from store.seed import AGGREGATE_KEY, seed_demo
from store.visibility import EVERYTHING, PUBLIC
from tests.handlers.conftest import NOW


def test_demo_stats_total_is_the_sum_of_the_individual_commitments(demo_session: Session) -> None:
    live = demo_session.exec(select(Commitment).where(Commitment.status != "withdrawn")).all()
    t = totals.totals(demo_session, "country", audience=PUBLIC)
    assert t.overall.count == len(live)
    assert t.overall.money.usd == sum((c.usd_estimate or Decimal(0) for c in live), Decimal(0))
    # the article's "more than $6.4 billion across 26 projects" is not one of them
    assert all(c.amount != Decimal("6400000000") for c in live)


def test_the_aggregate_is_a_claim_on_the_initiative_card(ask) -> None:
    _reply, body = ask("initiative G7 Critical Minerals Action Plan")
    assert "What sources say" in body
    assert "more than USD 6.4bn across 26 projects" in body
    assert "seed article" in body  # its source
    _reply, stats = ask("stats")
    assert "6.4bn" not in stats


def test_reseeding_withdraws_the_aggregate_an_earlier_seed_stored(demo_session: Session) -> None:
    old = records.create_commitment(
        demo_session,
        CommitmentIn(actor="G7", instrument="other", amount=Decimal("6400000000"), currency="USD"),
        actor="seed",
        audience=EVERYTHING,
        now=NOW,
        provenance={"logged_by": "seed", "source_message": f"seed:{AGGREGATE_KEY}"},
    )
    demo_session.flush()
    added = seed_demo(demo_session, now=NOW)
    assert added["withdrawn"] == 1 and added["commitments"] == 0 and added["claims"] == 0
    assert old.status == "withdrawn"
    assert totals.totals(demo_session, "country", audience=PUBLIC).overall.money.usd == 0


def _money(*items: tuple[str, str, str | None]) -> Money:
    m = Money()
    for currency, amount, in_usd in items:
        m.fold(
            currency,
            Decimal(amount),
            usd=Decimal(in_usd) if in_usd else None,
            ceiling=False,
            unconverted=int(in_usd is None),
            rate_date=date(2025, 11, 28) if in_usd else None,
        )
    return m


def test_a_money_line_names_at_most_the_two_largest_other_currencies() -> None:
    m = _money(
        ("USD", "6700000000", "6700000000"),
        ("EUR", "300000000", "348000000"),
        ("JPY", "20000000000", "130000000"),
        ("CAD", "1000000", "715000"),
        ("AUD", "1000000", "650000"),
    )
    line = money_line(m)
    assert line.startswith("*USD 7.18bn*") and "incl. EUR 300m, JPY 20bn and 2 other currencies" in line
    assert "CAD" not in line and "2025-11-28" not in line  # the rate date is said once per answer


def test_no_amounts_is_said_so_not_usd_zero() -> None:
    assert money_line(Money()) == "no amounts stated"
    assert money_line(_money(("XAF", "5000000", None))).startswith("no USD estimate")


def test_the_rate_date_once_and_a_warning_when_older_than_a_week() -> None:
    assert rates_note(date(2025, 11, 28), date(2025, 12, 5)) == "USD estimates at stored rates of 2025-11-28."
    stale = rates_note(date(2025, 11, 28), date(2025, 12, 6))
    assert stale is not None and ":warning:" in stale and "8 days old" in stale


def test_stats_say_the_rate_date_once_and_count_instruments_without_money(ask, demo_session) -> None:
    records.create_commitment(
        demo_session,
        CommitmentIn(actor="JP", instrument="loan", amount=Decimal("100000000"), currency="EUR"),
        actor="U1",
        audience=EVERYTHING,
        now=NOW,
    )
    demo_session.commit()
    _reply, body = ask("stats by:instrument")
    assert body.count("2025-11-28") == 1 and "days old" not in body  # NOW is three days later
    assert "USD 0" not in body
    assert "Counted, no amounts stated:" in body and "export-control 1" in body
    ranked = body.split("Counted, no amounts stated:")[0]
    assert "*loan* — 1" in ranked and "export-control" not in ranked


def test_the_home_tab_counts_no_aggregate_and_names_no_usd_zero(services) -> None:
    import json

    from handlers.commands import dashboard

    home = json.dumps(dashboard(services, PUBLIC), ensure_ascii=False)
    assert "6.4bn" not in home and "USD 0" not in home
    assert "Money committed: no amounts stated" in home
