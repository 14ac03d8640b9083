"""Corrections: the same value written another way is no correction; a draft's latest row
says which fields differ from what the extractor read; counting them respects the audience."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import Session, select

from store import corrections, draft_cards
from store import drafts as draft_store
from store.models import AuditLog, Commitment, Draft
from store.schemas import CommitmentIn
from store.visibility import EVERYTHING, PUBLIC, Audience

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
READ = {  # as the extractor leaves a draft's fields
    "actor": "Vulcan Capital",
    "actor_country": None,
    "counterparty": "CA",
    "instrument": "other",
    "amount": "25000000",
    "currency": "EUR",
    "amount_is_ceiling": False,
    "quantity": None,
    "quantity_unit": None,
    "minerals": ["graphite"],
    "project": "Canadian graphite mines",
    "initiative": None,
    "status": "announced",
    "announced_on": None,
    "statement": "Vulcan Capital will invest EUR 25 million in the Canadian graphite mines "
    "<https://example.org/news|news>.",
}


@pytest.mark.parametrize(
    "left, right",
    [
        ({"actor": "Japan"}, {"actor": "JP"}),
        ({"actor": "JOGMEC", "actor_country": "Japan"}, {"actor": "JOGMEC", "actor_country": "jp"}),
        ({"actor": "JP", "actor_country": None}, {"actor": "JP", "actor_country": "JP"}),
        ({"amount": "150000000"}, {"amount": "150000000.00"}),
        ({"amount": 1.5}, {"amount": "1.50"}),
        ({"currency": "cad"}, {"currency": "CAD"}),
        ({"minerals": ["lithium", "graphite"]}, {"minerals": "Graphite, lithium"}),
        ({"status": None}, {"status": "announced"}),
        ({"instrument": "Loan"}, {"instrument": "loan"}),
        ({"counterparty": "  "}, {"counterparty": None}),
        ({"amount_is_ceiling": "yes"}, {"amount_is_ceiling": True}),
        ({"announced_on": "2026-11-02"}, {"announced_on": date(2026, 11, 2)}),
        ({"statement": "see https://example.org/a."}, {"source_url": "https://example.org/a"}),
    ],
)
def test_the_same_value_written_another_way_is_no_correction(left: dict, right: dict) -> None:
    assert corrections.canonical(left) == corrections.canonical(right)


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"amount": "lots", "minerals": ["unobtainium"], "instrument": "barter", "status": "???"},
        {"actor": 5},
    ],
)
def test_odd_values_are_compared_as_written_never_raised(fields: dict) -> None:
    values = corrections.canonical(fields)
    assert set(values) == set(corrections.FIELDS)


def test_the_form_shows_the_source_the_record_would_take_and_a_country_actor_s_country() -> None:
    shown = corrections.form_values({"actor": "JP", "statement": "<https://example.org/jp|x>"})
    assert shown["source_url"] == "https://example.org/jp" and shown["actor_country"] == "JP"
    cleared = corrections.form_values({"actor": "KfW", "source_url": None, "statement": "https://x.org/"})
    assert cleared["source_url"] is None and cleared.get("actor_country") is None


def _draft(session: Session, fields: dict[str, Any], *, channel: str = "C1", private: bool = False) -> Draft:
    [draft] = draft_store.create_drafts(
        session,
        source_message=f"{channel}:{len(session.exec(select(Draft)).all())}.0001",
        channel=channel,
        private=private,
        author="U2",
        items=[("commitment", fields)],
        now=NOW,
    )
    return draft


def _edit(session: Session, draft: Draft, user: str = "U2", at: datetime = NOW, **changes: Any) -> None:
    shown = {k: v for k, v in corrections.form_values(draft.fields).items() if k in CommitmentIn.model_fields}
    data = CommitmentIn.model_validate({**{k: v for k, v in shown.items() if v is not None}, **changes})
    error = draft_cards.apply_edit(session, draft.id, data, user=user, is_admin=False, now=at)
    assert error is None
    session.flush()


def _latest(session: Session, draft: Draft) -> AuditLog:
    row = corrections.latest_correction(session, draft.id or 0)
    assert row is not None
    return row


def test_a_draft_s_latest_row_holds_what_differs_from_the_extractor(demo_session: Session) -> None:
    s = demo_session
    draft = _draft(s, READ)
    _edit(s, draft, actor_country="Norway", instrument="equity", project="canadian graphite mines")
    first = _latest(s, draft)
    assert first.before == {"fields": {"actor_country": None, "instrument": "other"}}
    assert first.after["fields"] == {"actor_country": "NO", "instrument": "equity"}  # the project: same
    assert first.after["commitment_id"] == draft.commitment_id and first.note
    # Logged, then edited again: the instrument set back to what was read stops counting; the
    # extractor's values are still the ones it read, not the first edit's.
    _edit(s, draft, instrument="other", amount="30000000")
    second = _latest(s, draft)
    assert second.before["fields"] == {"actor_country": None, "amount": "25000000"}
    assert second.after["fields"] == {"actor_country": "NO", "amount": "30000000"}
    # Saved again without a change: no new row.
    _edit(s, draft)
    assert _latest(s, draft).id == second.id
    # Everything set back: a row that says so, and the draft stops counting.
    _edit(s, draft, actor_country="", amount="25000000")
    assert _latest(s, draft).after["fields"] == {}
    report = corrections.corrections_report(s, audience=EVERYTHING)
    assert report.logged == 1 and report.corrected == 0


def test_a_source_link_cleared_in_edit_stays_cleared(demo_session: Session) -> None:
    s = demo_session
    draft = _draft(s, READ)
    _edit(s, draft, source_url="")
    commitment = s.get(Commitment, draft.commitment_id)
    assert commitment is not None and commitment.source_url is None
    assert _latest(s, draft).after["fields"] == {"source_url": None}
    assert _latest(s, draft).before["fields"] == {"source_url": "https://example.org/news"}


def test_a_logged_record_keeps_its_slack_permalink_when_no_link_is_typed(demo_session: Session) -> None:
    s = demo_session
    draft = _draft(s, {**READ, "statement": "Vulcan Capital will invest EUR 25 million."})
    permalink = "https://example.slack.com/archives/C1/p1700000000000100"
    logged = draft_store.log_draft(s, draft.id or 0, user="U3", permalink=permalink, audience=PUBLIC, now=NOW)
    assert logged is not None and logged.commitment is not None
    _edit(s, draft, user="U3", instrument="equity")
    assert logged.commitment.source_url == permalink and logged.commitment.instrument == "equity"
    assert _latest(s, draft).after["fields"] == {"instrument": "equity"}  # the link: no correction


def test_an_edited_currency_is_no_longer_inferred(demo_session: Session) -> None:
    s = demo_session
    inferred = _draft(s, {**READ, "currency": "USD", "currency_inferred": True})
    _edit(s, inferred, currency="CAD")
    assert inferred.fields["currency_inferred"] is False and inferred.fields["currency"] == "CAD"
    kept = _draft(s, {**READ, "currency": "USD", "currency_inferred": True})
    _edit(s, kept, instrument="equity")
    assert kept.fields["currency_inferred"] is True  # the currency was not touched


def test_a_new_link_drops_the_old_page_s_title(demo_session: Session) -> None:
    s = demo_session
    draft = _draft(s, {**READ, "source_url": "https://example.org/page", "source_title": "A page"})
    _edit(s, draft, status="binding")
    assert draft.fields["source_title"] == "A page"
    _edit(s, draft, source_url="https://example.org/other")
    assert "source_title" not in draft.fields


def test_the_report_counts_logged_drafts_since_a_day_and_hides_private_values(demo_session: Session) -> None:
    s = demo_session
    old = _draft(s, READ)
    _edit(s, old, at=NOW - timedelta(days=40), instrument="equity")
    public = _draft(s, READ)
    _edit(s, public, instrument="loan", currency="USD")
    private = _draft(s, READ, channel="GROOM", private=True)
    _edit(s, private, instrument="grant", counterparty="Qvx partner")
    untouched = _draft(s, READ)
    assert draft_store.log_draft(
        s, untouched.id or 0, user="autolog", permalink=None, audience=PUBLIC, now=NOW
    )
    _draft(s, READ)  # pending: not logged, not counted
    s.flush()

    report = corrections.corrections_report(s, audience=PUBLIC, since=(NOW - timedelta(days=7)).date())
    assert (report.logged, report.autologged, report.corrected) == (3, 1, 2)
    by = {f.name: f for f in report.fields}
    assert by["instrument"].drafts == 2 and by["instrument"].share == pytest.approx(2 / 3)
    assert [(e.before, e.after) for e in by["instrument"].examples] == [("other", "loan")]
    assert by["instrument"].private_examples_hidden == 1
    assert by["counterparty"].drafts == 1 and by["counterparty"].examples == []
    assert report.fields[0].name == "instrument" and by["amount"].drafts == 0
    everything = corrections.corrections_report(s, audience=EVERYTHING)
    assert everything.logged == 4
    seen = {f.name: f for f in everything.fields}
    assert ("CA", "Qvx partner") in [(e.before, e.after) for e in seen["counterparty"].examples]
    room = corrections.corrections_report(s, audience=Audience(channel="GROOM"))
    assert {f.name: f for f in room.fields}["counterparty"].examples


def test_a_project_update_saved_from_edit_is_no_correction_and_keeps_its_status(
    demo_session: Session,
) -> None:
    s = demo_session
    [draft] = draft_store.create_drafts(
        s,
        source_message="C1:1.0009",
        channel="C1",
        private=False,
        author="U2",
        items=[("project_update", {"project": "Canadian graphite mines", "new_status": "construction"})],
        now=NOW,
    )
    data = CommitmentIn.model_validate(
        {"actor": "CA", "instrument": "other", "project": "Canadian graphite mines"}
    )
    assert draft_cards.apply_edit(s, draft.id, data, user="U2", is_admin=False, now=NOW) is None
    assert draft.state == "logged" and draft.fields["new_status"] == "construction"
    assert corrections.latest_correction(s, draft.id or 0) is None


def test_the_report_counts_cards_read_without_the_actor_s_country(demo_session: Session) -> None:
    """The reader's blind spot in production: an organisation it does not know comes without
    its country; the report says how often, and how many were logged so."""
    s = demo_session
    filled = _draft(s, READ)
    _edit(s, filled, actor_country="Norway")  # read without one, given in Edit
    left = _draft(s, READ)
    _edit(s, left, instrument="equity")  # read without one, logged without one
    country = _draft(s, {**READ, "actor": "Japan"})  # a country as actor is its own country
    _edit(s, country, instrument="loan")
    known = _draft(s, {**READ, "actor": "KfW", "actor_country": "DE"})
    _edit(s, known, actor_country="")  # read with one, cleared: no unknown read
    unlogged = _draft(s, READ)  # pending: not counted
    assert unlogged.state == "pending"
    s.flush()
    report = corrections.corrections_report(s, audience=EVERYTHING)
    assert report.logged == 4
    assert (report.country_unknown, report.country_filled) == (2, 1)


def test_a_country_given_in_a_first_edit_stays_counted_after_later_edits(demo_session: Session) -> None:
    """The latest correction holds every field that differs from what was read, so a second
    Edit (of the amount) after the country was given still counts a card read without one."""
    s = demo_session
    twice = _draft(s, READ)
    _edit(s, twice, actor_country="Norway")
    _edit(s, twice, amount="30000000")
    back = _draft(s, READ)
    _edit(s, back, actor_country="Norway")
    _edit(s, back, actor_country="")  # given, then taken back: logged without one
    s.flush()
    report = corrections.corrections_report(s, audience=EVERYTHING)
    assert report.logged == 2
    assert (report.country_unknown, report.country_filled) == (2, 1)
