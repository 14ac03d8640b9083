"""Totals by country grouped on the raw actor columns and named in Python (migration 0016)
name every group as the SQL expression did, and keep a private channel's rows in it."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import Session

from store import totals as totals_store
from store.models import Commitment
from store.visibility import PUBLIC, Audience


def _add(s: Session, actor: str, country: str | None, usd: int, *, private_in: str | None = None) -> None:
    s.add(
        Commitment(
            actor=actor,
            actor_country=country,
            instrument="equity",
            amount=Decimal(usd),
            currency="USD",
            usd_estimate=Decimal(usd),
            source_private=private_in is not None,
            source_channel=private_in,
        )
    )


def test_country_groups_merge_raw_rows_as_the_expression_did(session: Session) -> None:
    _add(session, "JP", "JP", 10)
    _add(session, "Sojitz", "JP", 5)
    _add(session, "ADB", "", 7)  # a multilateral with an empty country
    _add(session, "AIIB", None, 3)
    _add(session, "Foo Mining", "", 2)  # no country: unknown, whether '' or NULL
    _add(session, "Bar Metals", None, 1)
    _add(session, "KR", "KR", 100, private_in="CPRIV")
    session.commit()

    public = totals_store.totals(session, "country", audience=PUBLIC)
    got = {r.key: (r.count, r.money.usd) for r in public.rows}
    assert got == {
        "JP": (2, Decimal(15)),
        totals_store.MULTILATERAL: (2, Decimal(10)),
        totals_store.COUNTRY_UNKNOWN: (2, Decimal(3)),
    }
    assert (public.overall.count, public.overall.money.usd) == (6, Decimal(28))

    private = totals_store.totals(session, "country", audience=Audience(channel="CPRIV"))
    assert {r.key: r.count for r in private.rows}["KR"] == 1
    assert private.overall.count == 7


def test_the_widest_commitment_the_schema_allows_fits_the_covering_index(session: Session) -> None:
    """PostgreSQL refuses an index entry over 2,704 bytes: the widest row the columns allow
    (a 200-character actor of 4-byte characters, every mineral, a long channel id) still fits."""
    from store import vocab

    widest = Commitment(
        actor="𝔐" * 200,
        actor_country="XX",
        instrument="equity",
        amount=Decimal("999999999999999.99"),
        currency="USD",
        usd_estimate=Decimal("999999999999999.99"),
        minerals=[m.code for m in vocab.MINERALS],
        source_private=True,
        source_channel="C" * 32,
    )
    session.add(widest)
    session.commit()
    assert session.get(Commitment, widest.id) is not None
