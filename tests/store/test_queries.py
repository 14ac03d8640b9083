"""Search ranking, filters, totals against hand-computed figures, what changed between dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

from store import queries, records, totals
from store.filters import FilterError, commitment_filter, project_filter, split_filters
from store.models import Commitment, Project
from store.schemas import CommitmentIn, ProjectIn
from store.search import search
from store.visibility import EVERYTHING, PUBLIC, Audience

TODAY = date(2026, 11, 29)


def add(session, **fields) -> Commitment:
    prov = fields.pop("prov", None)
    c = records.create_commitment(
        session,
        CommitmentIn(**fields),
        actor="U1",
        provenance=prov,
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    session.flush()
    return c


@pytest.fixture
def week(demo_session):
    """A hand-built set: amounts in three currencies, a ceiling, a withdrawn and a private one."""
    s = demo_session
    add(
        s,
        actor="JP",
        instrument="loan",
        amount="150000000",
        currency="CAD",
        amount_is_ceiling=True,
        project="Canadian graphite mines",
        minerals="graphite",
    )
    add(
        s,
        actor="DE",
        instrument="loan",
        amount="50000000",
        currency="EUR",
        project="Ontario rare earth processing facilities",
        minerals="neodymium, dysprosium",
    )
    add(
        s,
        actor="US",
        instrument="equity",
        amount="25000000",
        currency="USD",
        project="Ontario rare earth processing facilities",
        minerals="rare earths",
    )
    add(s, actor="US", instrument="grant", amount="999", currency="USD", status="withdrawn")
    add(
        s,
        actor="KR",
        instrument="grant",
        amount="10000000",
        currency="USD",
        prov={"source_channel": "GPRIV", "source_private": True},
    )
    s.commit()
    return s


def test_totals_by_country_match_hand_computed_figures(week):
    t = totals.totals(week, "country", audience=PUBLIC)
    rows = {r.key: r for r in t.rows}
    # 150m CAD x 0.7150 = 107.25m USD, a ceiling
    assert rows["JP"].money.usd == Decimal("107250000.00")
    assert rows["JP"].money.usd_ceiling == Decimal("107250000.00")
    # 50m EUR x 1.16 = 58m
    assert rows["DE"].money.usd == Decimal("58000000.00")
    # withdrawn 999 USD excluded; private KR excluded from the public audience
    assert rows["US"].money.usd == Decimal("25000000.00") and rows["US"].count == 2 - 1 + 1
    assert "KR" not in rows
    # the seed's amounts-free records add nothing; its aggregate is a claim, not a commitment
    assert t.overall.money.usd == Decimal("107250000") + Decimal("58000000") + Decimal("25000000")
    assert t.overall.money.by_currency["CAD"] == Decimal("150000000.00")
    assert t.overall.money.rate_date == date(2025, 11, 28)


def test_totals_by_mineral_and_stage_and_initiative(week):
    minerals = {r.key: r.money.usd for r in totals.totals(week, "mineral", audience=PUBLIC).rows}
    assert minerals["graphite"] == Decimal("107250000.00")
    assert minerals["neodymium"] == minerals["dysprosium"] == Decimal("58000000.00")
    stages = {r.key: r.money.usd for r in totals.totals(week, "stage", audience=PUBLIC).rows}
    assert stages["processing"] == Decimal("83000000.00")  # 58m + 25m
    assert stages["mining"] == Decimal("107250000.00")
    initiatives = {r.key: r.count for r in totals.totals(week, "initiative", audience=PUBLIC).rows}
    assert initiatives["G7 CMAP"] >= 3


def test_private_audience_sees_its_own_channel(week):
    rows = {r.key for r in totals.totals(week, "country", audience=Audience(channel="GPRIV")).rows}
    assert "KR" in rows
    assert "KR" not in {r.key for r in totals.totals(week, "country", audience=Audience(channel="C9")).rows}


def test_unknown_grouping_suggests(week):
    with pytest.raises(ValueError, match="Did you mean country"):
        totals.totals(week, "contry", audience=PUBLIC)


def test_search_ranks_title_matches_first(demo_session):
    records.create_project(
        demo_session,
        ProjectIn(name="Nechalacho rare earth project", description="A demonstration of separation."),
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    records.create_project(
        demo_session,
        ProjectIn(name="Some lithium mine", description="Near the nechalacho area, unrelated."),
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    demo_session.commit()
    hits = search(demo_session, "nechalacho", audience=PUBLIC)
    assert [h.kind for h in hits] == ["project", "project"]
    first = demo_session.get(Project, hits[0].ref_id)
    assert first.name == "Nechalacho rare earth project"
    assert hits[0].rank > hits[1].rank


def test_search_finds_commitment_statements_and_hides_private(week):
    assert any(h.kind == "commitment" for h in search(week, "price floors", audience=PUBLIC))
    add(
        week,
        actor="FR",
        instrument="grant",
        statement="secret magnet grant",
        prov={"source_channel": "GPRIV", "source_private": True},
    )
    week.commit()
    assert search(week, "secret magnet", audience=PUBLIC) == []
    assert len(search(week, "secret magnet", audience=Audience(channel="GPRIV"))) == 1


@pytest.mark.parametrize(
    "words", ['"', "AND OR NOT", "graph*ite", "(", "'; DROP TABLE project;--", "ñandú", "\u202egraphite", ""]
)
def test_search_survives_syntax_characters(demo_session, words):
    assert isinstance(search(demo_session, words, audience=PUBLIC), list)


def test_search_update_tracks_edits(demo_session):
    p = demo_session.exec(select(Project).where(Project.name == "Canadian graphite mines")).one()
    p.description = "Now about vanadium flow batteries"
    demo_session.add(p)
    demo_session.commit()
    assert [h.ref_id for h in search(demo_session, "vanadium", audience=PUBLIC)] == [p.id]
    assert all(
        h.ref_id != p.id or h.kind != "project"
        for h in search(demo_session, "offtake agreements japanese", audience=PUBLIC)
    )


def test_project_filters(demo_session):
    f, _ = project_filter(demo_session, "country:Canada mineral:graphite", TODAY, audience=EVERYTHING)
    page = queries.list_projects(demo_session, f, audience=PUBLIC)
    assert [p.name for p in page.items] == ["Canadian graphite mines"]
    f, _ = project_filter(demo_session, "mineral:dysprosium", TODAY, audience=EVERYTHING)
    assert queries.list_projects(demo_session, f, audience=PUBLIC).total == 0
    f, _ = project_filter(demo_session, "mineral:rare-earths stage:processing", TODAY, audience=EVERYTHING)
    assert queries.list_projects(demo_session, f, audience=PUBLIC).total == 1
    f, _ = project_filter(demo_session, 'initiative:"Production Alliance"', TODAY, audience=EVERYTHING)
    assert queries.list_projects(demo_session, f, audience=PUBLIC).total == 3


def test_commitment_filters_and_date_range(week):
    f, _, _ = commitment_filter(week, "by:Japan instrument:loan", TODAY, audience=EVERYTHING)
    assert queries.list_commitments(week, f, audience=PUBLIC).total == 1
    f, _, _ = commitment_filter(week, "status:withdrawn", TODAY, audience=EVERYTHING)
    assert queries.list_commitments(week, f, audience=PUBLIC).total == 1
    f, _, _ = commitment_filter(week, "mineral:rare-earths", TODAY, audience=EVERYTHING)
    # seed: 6 rare-earth commitments; plus DE (Nd, Dy are rare earths) and US (rare earths)
    assert queries.list_commitments(week, f, audience=PUBLIC).total == 6 + 2
    f, _, _ = commitment_filter(week, "since:2099-01-01", TODAY, audience=EVERYTHING)
    assert queries.list_commitments(week, f, audience=PUBLIC).total == 0


@pytest.mark.parametrize(
    "text, message",
    [
        ("colour:red", "is not a filter"),
        ("mineral:unobtainium", "is not a known mineral"),
        ("country:Atlantis", "is not a known country"),
        ("since:tomorrowish", "is not a date or a period"),
        ("initiative:Nonexistent Club", "No initiative called"),
        ("stage:", "needs a value"),
    ],
)
def test_bad_filters_say_what_to_type(demo_session, text, message):
    with pytest.raises(FilterError, match=message):
        commitment_filter(demo_session, text, TODAY, audience=EVERYTHING)


def test_split_filters_keeps_quoted_values():
    parsed = split_filters('initiative:"G7 CMAP" graphite', ("initiative",))
    assert parsed.values == {"initiative": "G7 CMAP"} and parsed.words == ["graphite"]


def test_changes_between_dates(week):
    now = datetime.now(UTC)
    p = week.exec(select(Project).where(Project.name.like("Ontario%"))).one()
    records.add_project_update(week, p, actor="U1", new_status="permitting", now=datetime.now(UTC))
    week.commit()
    changes = queries.changes_between(
        week, now - timedelta(hours=1), now + timedelta(hours=1), audience=PUBLIC
    )
    assert {c.actor for c in changes.new_commitments} >= {"JP", "DE", "US"}
    assert all(c.status != "withdrawn" and not c.source_private for c in changes.new_commitments)
    assert [sc.update.new_status for sc in changes.status_changes] == ["permitting"]
    assert len(changes.new_projects) == 3
    empty = queries.changes_between(week, now - timedelta(days=30), now - timedelta(days=20), audience=PUBLIC)
    assert empty.new_commitments == [] and empty.status_changes == []


def test_upcoming_and_stale(demo_session):
    assert (
        queries.upcoming_milestones(demo_session, date(2026, 1, 1), audience=EVERYTHING)[0].title
        == "2026 G7 summit"
    )
    assert queries.upcoming_milestones(demo_session, TODAY, audience=EVERYTHING) == []
    stale, total = queries.stale_projects(
        demo_session, datetime.now(UTC) + timedelta(days=91), audience=PUBLIC
    )
    assert total == 3 and len(stale) == 3
