"""Issue 12 on the cards: an organisation with the country it acts for, several actors on one card."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlmodel import Session

from bot.blockkit.cards import actor_label
from bot.blockkit.confirm_card import draft_card
from store import drafts
from store.draft_cards import drafts_on_card
from store.extraction import extract
from tests.handlers.conftest import NOW
from tests.handlers.test_blockkit_hostile import assert_fits
from tests.handlers.test_confirm_numbers import C1, _drafts


@pytest.mark.parametrize(
    ("actor", "country", "shown"),
    [
        ("KfW", "DE", "KfW (Germany)"),
        ("JBIC", "JP", "JBIC (Japan)"),
        ("Ma'aden", "SA", "Ma'aden (Saudi Arabia)"),
        ("EIB", "EU", "EIB (European Union)"),
        ("Korea Exim", "KR", "Korea Exim (South Korea)"),
        ("Acme Mining", None, "Acme Mining (country unknown)"),
        ("World Bank", None, "World Bank (multilateral)"),
        ("JP", "JP", "Japan"),
        ("G7", "G7", "Group of Seven"),
        (None, None, "—"),
    ],
)
def test_an_actor_is_shown_with_the_country_it_acts_for(
    actor: str | None, country: str | None, shown: str
) -> None:
    assert actor_label(actor, country) == shown


def _fields(text: str) -> list[tuple[str, dict[str, Any]]]:
    """The drafts the message listener keeps for a message (handlers/proposals.py)."""
    found = extract(text)
    return [
        (
            "commitment",
            {
                **d.to_commitment_fields(),
                "actor_country": d.actor_country,
                "statement": text,
                **({"note": d.note} if d.note else {}),
            },
        )
        for d in found.commitments
    ]


def test_the_confirm_card_names_each_organisation_with_its_country_escaped(demo_session: Session) -> None:
    made = _drafts(demo_session, _fields("Bpifrance & KfW each signed a €75m loan with <Acme> Lithium."))
    for d in made:
        demo_session.refresh(d)
    built = draft_card(drafts_on_card(demo_session, made, now=NOW, audience=C1), command="/minerals")
    card = json.dumps(built[0], ensure_ascii=False)
    assert "Bpifrance (France)" in card and "KfW (Germany)" in card
    assert "<Acme>" not in card
    assert_fits(built)


def test_jointly_is_one_card_with_one_draft_per_actor_and_the_amount_once(demo_session: Session, ask) -> None:
    items = _fields("Seoul and Canberra agreed to jointly stockpile $500 million of rare earths.")
    assert [(f["actor"], f["amount"]) for _k, f in items] == [("KR", 500000000), ("AU", None)]
    made = _drafts(demo_session, items)
    for d in made:
        demo_session.refresh(d)
    built = draft_card(drafts_on_card(demo_session, made, now=NOW, audience=C1), command="/minerals")
    card = json.dumps(built[0], ensure_ascii=False)
    assert card.index("South Korea") < card.index("Australia")
    assert "joint with Australia: the amount is stated once, here" in card
    assert "joint with South Korea: the amount is stated once, on South Korea's record" in card
    assert_fits(built)
    logged = [
        drafts.log_draft(demo_session, d.id or 0, user="U1", permalink=None, audience=C1, now=NOW)
        for d in made
    ]
    demo_session.commit()
    records = [x.commitment for x in logged if x is not None and x.commitment is not None]
    assert [(c.actor, c.amount) for c in records] == [("KR", 500000000), ("AU", None)]
    _r, shown = ask(f"commitment {records[1].id}")
    assert "Australia" in shown and "joint with South Korea" in shown


def test_the_commitment_card_names_the_organisation_with_its_country(demo_session: Session, ask) -> None:
    made = _drafts(demo_session, _fields("KfW signed a €150 million loan with Vulcan Energy for lithium."))
    logged = drafts.log_draft(demo_session, made[0].id or 0, user="U1", permalink=None, audience=C1, now=NOW)
    demo_session.commit()
    assert logged is not None and logged.commitment is not None
    _r, shown = ask(f"commitment {logged.commitment.id}")
    assert "KfW (Germany)" in shown
