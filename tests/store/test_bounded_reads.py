"""`commitments by:<country>` and an initiative's card cost the same in a small store and in
one ten times larger: the same statements, and (on SQLite, counted in virtual-machine steps)
about the same work, while the answers stay exact and each audience sees only its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, insert, text
from sqlmodel import Session, select

from store import queries
from store.models import Commitment, Initiative, Project, ProjectInitiativeLink
from store.visibility import PUBLIC, Audience

DAY = date(2026, 1, 1)


def _commitments(session: Session, n: int, *, start: int = 0, **fields: Any) -> None:
    base = dict(actor="JP", actor_country="JP", instrument="loan", status="announced", minerals=[])
    rows = [{**base, "announced_on": DAY + timedelta(days=(start + i) % 700), **fields} for i in range(n)]
    session.execute(insert(Commitment), rows)
    session.commit()


@contextmanager
def _work(session: Session) -> Iterator[Callable[[], tuple[int, int]]]:
    """(statements sent, SQLite VM steps in thousands; 0 elsewhere) while inside."""
    sent: list[str] = []
    steps = [0]
    engine = session.get_bind()

    def count(*args: Any) -> None:
        sent.append(args[2])

    event.listen(engine, "before_cursor_execute", count)
    raw = session.connection().connection.dbapi_connection
    sqlite = engine.dialect.name == "sqlite"

    def step() -> int:
        steps[0] += 1
        return 0

    if sqlite:
        raw.set_progress_handler(step, 1000)  # type: ignore[union-attr]
    try:
        yield lambda: (len(sent), steps[0])
    finally:
        event.remove(engine, "before_cursor_execute", count)
        if sqlite:
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]


def test_by_country_pages_both_halves_newest_first_and_only_what_the_audience_sees(
    session: Session,
) -> None:
    _commitments(session, 12)
    # What the store never writes but an old row may hold: a country actor with no country,
    # or another; and a private commitment of another channel.
    _commitments(session, 2, start=100, actor_country=None)
    _commitments(session, 1, start=200, actor_country="US")
    _commitments(session, 1, start=300, source_private=True, source_channel="GOTHER")
    _commitments(session, 3, actor="DE", actor_country="DE")
    every = session.exec(select(Commitment)).all()
    expected = sorted(
        (c for c in every if "JP" in (c.actor, c.actor_country) and not c.source_private),
        key=lambda c: (c.announced_on, c.id),
        reverse=True,
    )
    f = queries.CommitmentFilter(actor="Japan")
    pages = [queries.list_commitments(session, f, audience=PUBLIC, offset=o, limit=5) for o in (0, 5, 10)]
    assert [c.id for p in pages for c in p.items] == [c.id for c in expected]
    assert {p.total for p in pages} == {15} and not pages[-1].has_next
    capped = queries.list_commitments(session, f, audience=PUBLIC, limit=5, count_cap=7)
    assert (capped.total, capped.capped) == (7, True)
    inside = queries.list_commitments(session, f, audience=Audience(channel="GOTHER"), limit=50)
    assert inside.total == 16


def test_by_country_costs_the_same_with_ten_times_the_commitments(session: Session) -> None:
    f = queries.CommitmentFilter(actor="JP")

    def cost() -> tuple[int, int]:
        queries.list_commitments(session, f, audience=PUBLIC, limit=10, count_cap=50)  # warm
        with _work(session) as work:
            queries.list_commitments(session, f, audience=PUBLIC, limit=10, count_cap=50)
            return work()

    _commitments(session, 300)
    small = cost()
    _commitments(session, 3000, start=300)
    large = cost()
    assert large[0] == small[0]
    assert large[1] <= small[1] * 1.5 + 2, (small, large)


def _initiative(
    session: Session, projects: int, *, start: int = 0, initiative: Initiative | None = None
) -> Initiative:
    if initiative is None:
        initiative = Initiative(name="Big plan")
        session.add(initiative)
        session.flush()
    added = [Project(name=f"Member {start + i:05d}") for i in range(projects)]
    session.add_all(added)
    session.flush()
    session.execute(
        insert(ProjectInitiativeLink), [{"project_id": p.id, "initiative_id": initiative.id} for p in added]
    )
    session.commit()
    for p in added:
        _commitments(session, 3, project_id=p.id, amount=Decimal(1), currency="USD", usd_estimate=Decimal(1))
    return initiative


def _tracked(session: Session) -> None:
    """The data version's row (the PostgreSQL fixture empties the table): answers are cached."""
    if session.execute(text("SELECT 1 FROM data_version")).first() is None:
        session.execute(text("INSERT INTO data_version (scope, version) VALUES ('records', 1)"))
        session.commit()


def test_an_initiatives_card_costs_the_same_with_ten_times_the_projects(session: Session) -> None:
    _tracked(session)

    def cost(initiative: Initiative) -> tuple[int, int]:
        queries.initiative_detail(session, initiative, audience=PUBLIC)  # read once per version
        with _work(session) as work:
            detail = queries.initiative_detail(session, initiative, audience=PUBLIC)
            assert len(detail.projects) == queries.CARD_PROJECTS
            return work()

    initiative = _initiative(session, 40)
    small = cost(initiative)
    _initiative(session, 400, start=40, initiative=initiative)
    large = cost(initiative)
    assert large[0] == small[0] <= 3  # the data version, claims, milestones
    assert large[1] <= small[1] * 1.5 + 2, (small, large)


def test_an_initiatives_card_is_exact_after_a_change_and_per_audience(session: Session) -> None:
    _tracked(session)
    initiative = _initiative(session, 31)
    first = queries.initiative_detail(session, initiative, audience=PUBLIC)
    assert (first.project_count, first.commitment_count, first.money.usd) == (31, 93, Decimal(93))
    assert first.projects == [f"Member {i:05d}" for i in range(30)]
    hidden = Project(name="AAA secret mine", source_private=True, source_channel="GPRIV")
    session.add(hidden)
    session.flush()
    session.add(ProjectInitiativeLink(project_id=hidden.id, initiative_id=initiative.id))
    session.commit()
    _commitments(session, 2, project_id=hidden.id, amount=Decimal(5), currency="USD", usd_estimate=Decimal(5))
    member = session.exec(select(Project.id).where(Project.name == "Member 00000")).one()
    _commitments(session, 1, project_id=member, amount=Decimal(7), currency="USD", usd_estimate=Decimal(7))
    public = queries.initiative_detail(session, initiative, audience=PUBLIC)
    assert (public.project_count, public.commitment_count, public.money.usd) == (31, 94, Decimal(100))
    assert "AAA secret mine" not in public.projects
    inside = queries.initiative_detail(session, initiative, audience=Audience(channel="GPRIV"))
    assert (inside.project_count, inside.commitment_count, inside.money.usd) == (32, 96, Decimal(110))
    assert inside.projects[0] == "AAA secret mine"
    public.money.usd = Decimal(0)  # what a caller does to its copy stays there
    assert queries.initiative_detail(session, initiative, audience=PUBLIC).money.usd == Decimal(100)


def test_the_halves_of_by_country_are_read_along_their_indexes(session: Session) -> None:
    """SQLite's plan: each half along its index in the list's order, nothing sorted but the page."""
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL picks its plan from statistics; test_migrations checks the indexes exist")
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "ORDER BY" in statement and "FROM commitment" in statement:
            seen.append((statement, params))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", keep)
    try:
        queries.list_commitments(session, queries.CommitmentFilter(actor="JP"), audience=PUBLIC)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    statement, params = seen[0]
    rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
    plan = " ".join(str(row[-1]) for row in rows)
    assert "ix_commitment_country_newest" in plan and "ix_commitment_actor_elsewhere" in plan, plan


@pytest.mark.parametrize(
    ("f", "index"),
    [
        (queries.CommitmentFilter(actor="JP"), "ix_commitment_country_newest"),
        (queries.CommitmentFilter(actor="JP", instrument="loan"), "ix_commitment_country_newest"),
        (queries.CommitmentFilter(instrument="loan"), "ix_commitment_instrument_newest"),
        (queries.CommitmentFilter(status="binding"), "ix_commitment_status_newest"),
    ],
)
def test_a_commitment_list_reads_in_its_order_and_counts_from_the_index_alone(
    session: Session, f: queries.CommitmentFilter, index: str
) -> None:
    """SQLite's plans (migration 0014): the page along `index`, the capped count from `index`
    alone (no row looked up to check a status or the audience); and neither's work grows with
    the store (the page is read in the list's order, not sorted from every match)."""
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL picks its plan from statistics; test_migrations checks the indexes exist")
    engine = session.get_bind()

    def statements() -> list[tuple[str, Any]]:
        seen: list[tuple[str, Any]] = []

        def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
            if "FROM commitment" in statement:
                seen.append((statement, params))

        event.listen(engine, "before_cursor_execute", keep)
        try:
            queries.list_commitments(session, f, audience=Audience(channel="GPRIV"), count_cap=100)
        finally:
            event.remove(engine, "before_cursor_execute", keep)
        return seen

    def plan(statement: str, params: Any) -> str:
        rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
        return " | ".join(str(row[-1]) for row in rows)

    def steps() -> list[int]:
        work = []
        for statement, params in statements():
            with _work(session) as done:
                session.connection().exec_driver_sql(statement, params).all()
                work.append(done()[1])
        return work

    _commitments(session, 300, status="binding")
    page, count = statements()
    assert f"INDEX {index} " in plan(*page), plan(*page)
    assert f"COVERING INDEX {index} " in plan(*count) and "TEMP B-TREE" not in plan(*count), plan(*count)
    small = steps()
    other = {"actor": "KR", "actor_country": "KR", "instrument": "grant"}
    _commitments(session, 3000, start=300, status="binding", **other)
    large = steps()
    assert all(big <= little * 1.5 + 2 for little, big in zip(small, large, strict=True)), (small, large)


def test_upcoming_reads_one_past_what_it_shows_and_says_there_are_more(session: Session) -> None:
    from bot.blockkit import cards
    from store.models import Milestone

    today = date(2026, 6, 1)
    session.add_all(
        [
            Milestone(title=f"Step {i:03d}", due_on=today + timedelta(days=i % 50))
            for i in range(cards.UPCOMING_SHOWN + 5)
        ]
    )
    session.commit()
    read = queries.upcoming_milestones(
        session, today, audience=PUBLIC, days=60, limit=cards.UPCOMING_SHOWN + 1
    )
    assert len(read) == cards.UPCOMING_SHOWN + 1
    assert [m.due_on for m in read] == sorted(m.due_on for m in read)
    blocks, text = cards.upcoming_blocks(read, 60, today, "upcoming")
    assert text == f"{cards.UPCOMING_SHOWN}+ upcoming milestones"
    assert f"The first {cards.UPCOMING_SHOWN}" in str(blocks)


def test_totals_by_country_read_the_index_in_their_grouping_order(session: Session) -> None:
    """SQLite's plan (migration 0016): `stats by:country` and the questions that total by
    country read every live commitment from the index alone, in the grouping's order: no row
    looked up, no temporary B-tree sorting every commitment. Each audience's totals stay its own."""
    from store import totals

    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL picks its plan from statistics; test_migrations checks the indexes exist")
    engine = session.get_bind()
    _commitments(session, 200, amount=Decimal(1000), currency="USD", usd_estimate=Decimal(1000))
    _commitments(
        session,
        50,
        actor="IFC",
        actor_country=None,
        amount=Decimal(10),
        currency="EUR",
        source_private=True,
        source_channel="GPRIV",
    )
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "FROM commitment" in statement:
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        public = totals.totals(session, "country", audience=PUBLIC)
        private = totals.totals(session, "country", audience=Audience(channel="GPRIV"))
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    for statement, params in seen:
        rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
        plan = " | ".join(str(row[-1]) for row in rows)
        assert "COVERING INDEX ix_commitment_totals_by_country" in plan and "TEMP B-TREE" not in plan, plan
    assert [(r.key, r.count) for r in public.rows] == [("JP", 200)]
    assert [(r.key, r.count) for r in private.rows] == [("JP", 200), (totals.MULTILATERAL, 50)]
    assert private.overall.count == 250 and private.overall.money.by_currency["EUR"] == Decimal(500)
