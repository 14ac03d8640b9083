"""Issue 17 §1 and §2 on the confirm card: claims, duplicates named, Log it again, labels by kind."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import Session, select

from bot.blockkit.confirm_card import draft_card
from bot.blockkit.modals import PROJECT_CANDIDATE, commitment_modal, submitted_values
from bot.blockkit.values import ModalMeta
from store import drafts, records, totals
from store.draft_cards import drafts_on_card
from store.extraction import extract
from store.models import Claim, Commitment, Draft
from store.schemas import CommitmentIn, InitiativeIn
from store.visibility import EVERYTHING, PUBLIC, Audience
from tests.handlers.conftest import NOW

C1 = Audience(channel="C1")


def _drafts(s: Session, items: list[tuple[str, dict[str, Any]]], source: str = "C1:1.000100") -> list[Draft]:
    made = drafts.create_drafts(
        s, source_message=source, channel="C1", private=False, author="U2", items=items, now=NOW
    )
    s.commit()
    return made


def _card(s: Session, made: list[Draft]) -> str:
    for d in made:
        s.refresh(d)
    blocks, _text = draft_card(drafts_on_card(s, made, now=NOW, audience=C1), command="/minerals")
    return json.dumps(blocks, ensure_ascii=False)


def test_a_claim_draft_is_logged_as_a_claim_never_summed(demo_session: Session, ask) -> None:
    before = totals.totals(demo_session, "country", audience=PUBLIC).overall
    fields = {
        "initiative": "Minerals Security Partnership",
        "attribute": "mobilized_usd",
        "value": "USD 2bn in total",
        "statement": "Partners have mobilised USD 2bn in total so far.",
    }
    records.create_initiative(
        demo_session,
        InitiativeIn(name="Minerals Security Partnership", short_name="MSP"),
        actor="U1",
        now=NOW,
    )
    (d,) = _drafts(demo_session, [("claim", fields)])
    card = _card(demo_session, [d])
    assert "USD 2bn in total" in card and "Not a claim" in card and "Not a commitment" not in card
    assert drafts.log_draft(demo_session, d.id or 0, user="U1", permalink=None, audience=C1, now=NOW)
    demo_session.commit()
    claim = demo_session.exec(select(Claim).where(Claim.value == "USD 2bn in total")).one()
    assert claim.subject_type == "initiative" and claim.note and "mobilised" in claim.note
    after = totals.totals(demo_session, "country", audience=PUBLIC).overall
    assert (after.count, after.money.usd) == (before.count, before.money.usd)
    _r, body = ask("initiative MSP")
    assert "USD 2bn in total" in body


def test_the_same_deal_worded_differently_is_a_duplicate_named_by_its_record(demo_session: Session) -> None:
    records.create_commitment(
        demo_session,
        CommitmentIn(
            actor="JP",
            instrument="loan",
            amount=Decimal("150000000"),
            currency="CAD",
            project="Canadian graphite mines",
            announced_on="2025-11-03",
            statement="JBIC will lend C$150m to the Canadian graphite mines.",
        ),
        actor="U1",
        audience=EVERYTHING,
        now=NOW,
    )
    demo_session.commit()
    again = {
        "actor": "JP",
        "instrument": "loan",
        "amount": "152000000",  # "about C$152 million", within a few percent
        "currency": "CAD",
        "project": "Canadian graphite mines",
        "statement": "Japan is to provide a loan of about C$152 million for Canada's graphite mines.",
    }
    far = {**again, "amount": "300000000"}
    made = _drafts(demo_session, [("commitment", again), ("commitment", far)])
    card = _card(demo_session, made)
    assert card.count("Possible duplicate") == 1
    assert "(Japan · loan · CAD 150m · 2025-11-03)" in card


def test_undo_offers_log_it_again_and_that_makes_the_same_record_live(demo_session: Session) -> None:
    fields = {
        "actor": "JP",
        "instrument": "grant",
        "amount": "5000000",
        "currency": "USD",
        "status": "binding",
    }
    (d,) = _drafts(demo_session, [("commitment", fields)])
    logged = drafts.log_draft(demo_session, d.id or 0, user="U1", permalink=None, audience=C1, now=NOW)
    assert logged is not None and logged.commitment is not None
    cid = logged.commitment.id
    undone, why = drafts.undo(demo_session, d.id or 0, user="U1", is_admin=False, now=NOW)
    assert why is None
    demo_session.commit()
    card = _card(demo_session, [d])
    assert "Log it again" in card and f"draft_log_{d.id}" in card
    again = drafts.log_draft(demo_session, d.id or 0, user="U1", permalink=None, audience=C1, now=NOW)
    demo_session.commit()
    assert again is not None and again.commitment is not None and again.commitment.id == cid
    assert demo_session.get(Commitment, cid).status == "binding"  # type: ignore[union-attr]


def test_a_project_update_card_does_not_say_not_a_commitment(demo_session: Session) -> None:
    made = _drafts(
        demo_session,
        [("project_update", {"project": "Canadian graphite mines", "new_status": "construction"})],
    )
    card = _card(demo_session, made)
    assert "Not a commitment" not in card and "Not an update" in card


DEMO_PROJECTS = [
    "Ontario rare earth processing facilities",
    "Canadian graphite mines",
    "Canadian rare earth mines",
]


def test_a_weak_project_match_is_not_prefilled_but_offered_in_edit() -> None:
    text = "Italy's SACE will guarantee €80m for a rare earth separation plant in Estonia."
    (draft,) = extract(text, known_projects=DEMO_PROJECTS, today=date(2025, 11, 20)).commitments
    assert draft.project is None
    assert "Ontario rare earth processing facilities" in draft.project_candidates
    fields = {**draft.to_commitment_fields(), "project_candidates": draft.project_candidates}
    view = commitment_modal(fields, ModalMeta(draft=1))
    (pick,) = [b for b in view["blocks"] if b["block_id"] == PROJECT_CANDIDATE]
    assert [o["value"] for o in pick["element"]["options"]] == draft.project_candidates
    assert "initial_option" not in pick["element"]
    state = {
        "values": {
            PROJECT_CANDIDATE: {
                "value": {"type": "static_select", "selected_option": {"value": "Canadian rare earth mines"}}
            },
            "actor": {"value": {"type": "plain_text_input", "value": "SACE"}},
        }
    }
    assert submitted_values({"state": state}) == {"actor": "SACE", "project": "Canadian rare earth mines"}
    strong = extract(
        "The U.S. will lend $50m to the Ontario rare earth processing plant.",
        known_projects=DEMO_PROJECTS,
        today=date(2025, 11, 20),
    ).commitments
    assert strong[0].project == "Ontario rare earth processing facilities"


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "G7 governments and partners have mobilised more than $6.4 billion across 26 projects.",
            "more than USD 6.4bn across 26 projects",
        ),
        ("The G7 has committed $2bn to critical minerals projects in total.", "USD 2bn"),
        ("So far the G7 has provided over $900 million in loans.", "over USD 900m"),
    ],
)
def test_an_aggregate_sentence_is_proposed_as_a_claim_not_a_commitment(text: str, value: str) -> None:
    found = extract(text, known_initiatives=["G7 Critical Minerals Action Plan"], today=date(2025, 11, 20))
    assert found.commitments == [] and found.worth_replying
    (claim,) = found.claims
    assert claim.value == value and claim.initiative == "G7 Critical Minerals Action Plan"


def test_the_source_is_the_link_in_the_message_and_the_permalink_where_it_was_logged(
    demo_session: Session, ask
) -> None:
    permalink = "https://acme.slack.com/archives/C1/p1000100"
    statement = "Per <https://www.meti.go.jp/press/2025/1120.html|METI>, Japan will lend $5m to the mines."
    fields = {
        "actor": "JP",
        "instrument": "loan",
        "amount": "5000000",
        "currency": "USD",
        "statement": statement,
    }
    plain_fields = {**fields, "actor": "DE", "statement": "Germany will lend $5m."}
    linked, unlinked = _drafts(demo_session, [("commitment", fields), ("commitment", plain_fields)])
    first = drafts.log_draft(
        demo_session, linked.id or 0, user="U1", permalink=permalink, audience=C1, now=NOW
    )
    second = drafts.log_draft(
        demo_session, unlinked.id or 0, user="U1", permalink=permalink, audience=C1, now=NOW
    )
    demo_session.commit()
    assert first is not None and first.commitment is not None
    assert first.commitment.source_url == "https://www.meti.go.jp/press/2025/1120.html"
    assert second is not None and second.commitment is not None and second.commitment.source_url == permalink
    _r, card = ask(f"commitment {first.commitment.id}")
    assert "meti.go.jp" in card and f"logged from {permalink}" in card
