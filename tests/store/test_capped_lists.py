"""List commands count at most a cap ("1,000+"), `find` ranks a bounded set of candidates:
below the cap the answers are the exact ones, above it the pages and their order still hold."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlmodel import Session

from bot.blockkit import cards
from store import queries, records
from store.schemas import CommitmentIn, ProjectIn
from store.search import search
from store.visibility import EVERYTHING, PUBLIC, Audience

NOW = datetime(2026, 11, 29, tzinfo=UTC)


def _graphite_projects(session: Session, n: int, *, private_from: int | None = None) -> None:
    for i in range(n):
        private = private_from is not None and i >= private_from
        prov = {"source_channel": "GPRIV", "source_private": True} if private else None
        records.create_project(
            session,
            ProjectIn(name=f"Capped graphite mine {i:02d}", country="CA", minerals=["graphite"]),
            actor="U1",
            provenance=prov,
            audience=EVERYTHING,
            now=NOW,
        )
    session.commit()


def test_a_capped_count_stops_at_the_cap_and_keeps_the_page(session: Session) -> None:
    _graphite_projects(session, 7)
    f = queries.ProjectFilter(country="CA", mineral="graphite")
    exact = queries.list_projects(session, f, audience=PUBLIC, limit=2)
    capped = queries.list_projects(session, f, audience=PUBLIC, limit=2, count_cap=4)
    assert (exact.total, exact.capped) == (7, False)
    assert (capped.total, capped.capped, capped.has_next) == (4, True, True)
    assert [p.name for p in capped.items] == [p.name for p in exact.items]
    assert [p.name for p in capped.items] == ["Capped graphite mine 00", "Capped graphite mine 01"]


def test_below_the_cap_the_count_is_exact(session: Session) -> None:
    _graphite_projects(session, 7)
    f = queries.ProjectFilter(country="CA", mineral="graphite")
    page = queries.list_projects(session, f, audience=PUBLIC, limit=2, count_cap=7)
    assert (page.total, page.capped) == (7, False)
    last = queries.list_projects(session, f, audience=PUBLIC, offset=6, limit=2, count_cap=3)
    assert (last.total, last.capped, last.has_next) == (7, False, False)


def test_pages_past_the_cap_count_through_the_page_shown(session: Session) -> None:
    _graphite_projects(session, 9)
    f = queries.ProjectFilter(country="CA", mineral="graphite")
    page = queries.list_projects(session, f, audience=PUBLIC, offset=4, limit=2, count_cap=3)
    assert [p.name for p in page.items] == ["Capped graphite mine 04", "Capped graphite mine 05"]
    assert (page.total, page.capped, page.has_next) == (6, True, True)
    end = queries.list_projects(session, f, audience=PUBLIC, offset=8, limit=2, count_cap=3)
    assert (end.total, end.capped, end.has_next) == (9, False, False)


def test_a_capped_count_counts_only_what_the_audience_sees(session: Session) -> None:
    _graphite_projects(session, 6, private_from=3)  # three public, three private to GPRIV
    f = queries.ProjectFilter(country="CA", mineral="graphite")
    public = queries.list_projects(session, f, audience=PUBLIC, limit=3, count_cap=3)
    assert (public.total, public.capped, public.has_next) == (3, False, False)
    inside = queries.list_projects(session, f, audience=Audience(channel="GPRIV"), limit=3, count_cap=3)
    assert (inside.total, inside.capped) == (3, True)
    elsewhere = queries.list_projects(session, f, audience=Audience(channel="C9"), limit=3, count_cap=3)
    assert {p.name for p in elsewhere.items} == {p.name for p in public.items}


def test_commitment_lists_cap_their_count_newest_first(session: Session) -> None:
    for day in range(1, 8):
        records.create_commitment(
            session,
            CommitmentIn(
                actor="JP",
                instrument="loan",
                amount=str(day * 1_000_000),
                currency="USD",
                minerals="graphite",
                announced_on=f"2026-10-{day:02d}",
            ),
            actor="U1",
            audience=EVERYTHING,
            now=NOW,
        )
    session.commit()
    f = queries.CommitmentFilter(actor="JP", mineral="graphite")
    exact = queries.list_commitments(session, f, audience=PUBLIC, limit=3)
    capped = queries.list_commitments(session, f, audience=PUBLIC, limit=3, count_cap=5)
    assert (exact.total, capped.total, capped.capped) == (7, 5, True)
    assert [c.id for c in capped.items] == [c.id for c in exact.items]
    assert [str(c.announced_on) for c in capped.items] == ["2026-10-07", "2026-10-06", "2026-10-05"]


def test_a_capped_list_says_how_far_it_counted(session: Session) -> None:
    _graphite_projects(session, 5)
    f = queries.ProjectFilter(country="CA", mineral="graphite")
    page = queries.list_projects(session, f, audience=PUBLIC, limit=2, count_cap=1000)
    capped = queries.Page(page.items, 1000, 0, 2, capped=True)
    blocks, text = cards.project_list(capped, "projects", "country:CA", "projects country:CA")
    assert text == "Projects matching country:CA: 1–2 of 1,000+"
    assert "1–2 of 1,000+" in json.dumps(blocks, ensure_ascii=False)
    assert "page_next" in json.dumps(blocks)
    exact_blocks, exact_text = cards.project_list(page, "projects", "country:CA", "projects country:CA")
    assert exact_text == "Projects matching country:CA: 1–2 of 5"


def test_find_ranks_a_bounded_candidate_set_best_first(session: Session) -> None:
    _graphite_projects(session, 6)
    everything = search(session, "graphite mine", audience=PUBLIC, limit=10)
    assert len(everything) == 6
    assert search(session, "graphite mine", audience=PUBLIC, limit=10, candidates=6) == everything
    # One candidate a kind: PostgreSQL ranks one project, SQLite the newest match (a page).
    few = search(session, "graphite mine", audience=PUBLIC, limit=1, candidates=1)
    assert len(few) == 1
    assert {(h.kind, h.ref_id) for h in few} <= {(h.kind, h.ref_id) for h in everything}
    some = search(session, "graphite mine", audience=PUBLIC, limit=3, candidates=1)  # at least a page
    assert len(some) == 3
    assert [h.rank for h in some] == sorted((h.rank for h in some), reverse=True)


def test_commitments_of_one_country_are_read_along_an_index_not_sorted(session: Session) -> None:
    """`commitments by:JP` reads its page along ix_commitment_country_newest (migration 0010)
    instead of sorting every Japanese commitment; SQLite says so in its query plan."""
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL picks its plan from statistics, so no plan is asserted there")
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def keep(conn: object, cursor: object, statement: str, params: object, *_: object) -> None:
        if "ORDER BY" in statement and "FROM commitment" in statement:
            seen.append((statement, params))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", keep)
    try:
        queries.list_commitments(session, queries.CommitmentFilter(countries=["JP"]), audience=PUBLIC)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    statement, params = seen[0]
    rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
    plan = " ".join(str(row[-1]) for row in rows)
    assert "ix_commitment_country_newest" in plan and "TEMP B-TREE" not in plan, plan
