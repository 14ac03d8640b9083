"""`stats per:country` groups by the country each actor acts for, not by the actor: an
organisation counts in its country's row, the multilateral lenders in one row, and the
actors nobody gave a country in one "country unknown" row."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from store import records, totals
from store.schemas import CommitmentIn
from store.visibility import EVERYTHING, PUBLIC

DEALS = [
    {"actor": "JP", "amount": "100000000"},
    {"actor": "JOGMEC", "actor_country": "JP", "amount": "50000000"},
    {"actor": "KfW", "actor_country": "DE", "amount": "20000000"},
    {"actor": "World Bank", "amount": "30000000"},
    {"actor": "Acme Mining", "amount": "7000000"},
    {"actor": "Globex Metals", "amount": "3000000"},
]


def _log(session: Session) -> None:
    for deal in DEALS:
        records.create_commitment(
            session,
            CommitmentIn(instrument="loan", currency="USD", **deal),  # type: ignore[arg-type]
            actor="U1",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    session.commit()


def test_per_country_groups_by_the_actor_s_country(session: Session) -> None:
    _log(session)
    t = totals.totals(session, "country", audience=PUBLIC)
    rows = {r.key: (r.count, r.money.by_currency.get("USD")) for r in t.rows}
    assert rows == {
        "JP": (2, 150000000),
        "DE": (1, 20000000),
        totals.MULTILATERAL: (1, 30000000),
        totals.COUNTRY_UNKNOWN: (2, 10000000),
    }
    assert t.overall.count == len(DEALS)


def test_the_stats_answer_names_countries_and_the_unknown_row(ask, demo_session: Session) -> None:
    _log(demo_session)
    _reply, shown = ask("stats per:country")
    assert "*Japan*" in shown and "*Germany*" in shown
    assert "*country unknown* — 2" in shown and "*multilateral* — 1" in shown
    assert "JOGMEC" not in shown and "Acme Mining" not in shown and "KfW" not in shown
