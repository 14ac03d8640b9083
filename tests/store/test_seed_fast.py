"""The synthetic bulk load (SQLite: triggers dropped, indexes filled in bulk) leaves the store
exactly as a row-by-row load does: same search answers, name candidates, data-version
behaviour and triggers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from store import data_version, name_index, search
from store.models import Project
from store.seed import seed_demo, seed_synthetic
from store.visibility import EVERYTHING

NOW = datetime(2025, 6, 1, tzinfo=UTC)
WORDS = ["synthetic", "graphite", "lithium nickel", "Canadian", "Ontario rare earth", "project 000123", "US"]
NAMES = ["Synthetic project 000042", "synthtic projct 17", "project 0002", "Canadian mines", "zz", "Ontario"]


def _schema(session: Session) -> set[Any]:
    if session.get_bind().dialect.name != "sqlite":
        return set()
    return set(session.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master")).all())


def _has_version(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _answers(session: Session) -> dict[str, Any]:
    found = {
        # Every match ranked (no candidate cap): which 2,000 of 3,000 matches PostgreSQL's index
        # yields first depends on where the rows lie on disk, not on what was loaded.
        w: [
            (h.kind, h.ref_id, round(h.rank, 6))
            for h in search.search(session, w, audience=EVERYTHING, candidates=1_000_000)
        ]
        for w in WORDS
    }
    names = {n: name_index.candidates(session, "project", n, audience=EVERYTHING) for n in NAMES}
    rows = session.execute(text("SELECT id, name, operator, minerals FROM project ORDER BY id")).all()
    minerals = session.execute(text("SELECT * FROM project_mineral ORDER BY project_id, mineral")).all()
    return {"find": found, "names": names, "rows": rows, "minerals": minerals}


def _load(session: Session, *, fast: bool) -> tuple[dict[str, int], tuple[str, int] | None]:
    seed_demo(session, now=NOW)
    session.commit()
    before = data_version.current(session)
    added = seed_synthetic(session, 300, per_project=10, now=NOW, fast=fast)
    session.commit()
    after = data_version.current(session)
    if _has_version(session):  # (the PostgreSQL test fixture empties the data_version table)
        assert after is not None and after != before  # the load changed the version
    return added, before


def test_fast_seed_equals_a_row_by_row_seed(session: Session, session_factory: Callable[[], Session]):
    schema = _schema(session)
    fast_added, _ = _load(session, fast=True)
    with session_factory() as slow:
        slow_added, _ = _load(slow, fast=False)
        assert fast_added == slow_added == {"projects": 300, "commitments": 3000}
        fast_answers, slow_answers = _answers(session), _answers(slow)
        assert fast_answers["find"]["synthetic"], "the bulk-loaded rows are searchable"
        assert any(fast_answers["names"].values())
        assert len(fast_answers["minerals"]) > 2 * 300  # two minerals per synthetic project
        assert fast_answers == slow_answers
    # The triggers are back, as the migrations made them: a later write is indexed and
    # changes the data version.
    assert _schema(session) == schema
    version = data_version.current(session)
    project = session.exec(select(Project).where(Project.name == "Synthetic project 000010")).one()
    project.name = "Renamed Quokka Refinery"
    session.add(project)
    session.commit()
    if _has_version(session):
        assert data_version.current(session) != version
    assert [h.ref_id for h in search.search(session, "quokka", audience=EVERYTHING)] == [project.id]
    assert [r[0] for r in name_index.candidates(session, "project", "quokka", audience=EVERYTHING)] == [
        project.id
    ]
