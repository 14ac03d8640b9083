"""The synthetic bulk load (SQLite: triggers dropped, indexes filled in bulk) leaves the store
exactly as a row-by-row load does: same search answers, name candidates, data-version
behaviour and triggers."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from store import data_version, name_index, search, seed
from store.db import session_scope
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


def _catalog(session: Session) -> set[Any]:
    """Every index, key, foreign key and trigger of the schema, with its definition and (on
    PostgreSQL) whether it is enabled: what the migrations made."""
    if session.get_bind().dialect.name == "sqlite":
        return _schema(session)
    indexes = session.execute(
        text("SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
    ).all()
    constraints = session.execute(
        text(
            "SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
        )
    ).all()
    triggers = session.execute(
        text(
            "SELECT 'trigger', tgrelid::regclass::text, tgname, "
            "pg_get_triggerdef(oid) || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal"
        )
    ).all()
    return {*indexes, *constraints, *triggers}


# SQLite FTS5's shadow tables: how many segments hold the index depends on how it was written.
_FTS5_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")


def _row_counts(session: Session) -> dict[str, int]:
    tables = session.connection().dialect.get_table_names(session.connection())
    tables = [t for t in tables if not ("_fts_" in t and t.endswith(_FTS5_SHADOWS))]
    return {t: session.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}


def test_fast_seed_keeps_the_migrations_indexes_and_row_counts(
    session: Session, session_factory: Callable[[], Session], monkeypatch: Any
) -> None:
    """The fast load (PostgreSQL: keys, indexes and foreign keys dropped and rebuilt, row
    triggers disabled) ends with exactly the migrated schema, and every table holds as many
    rows as after a row-by-row load."""
    migrated = _catalog(session)
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        rebuilt = seed.pg_rebuilt_objects(session)
        names = {name for _table, name, _definition in rebuilt.indexes + rebuilt.keys + rebuilt.foreign_keys}
        # What a row paid for: the GIN search index, the covering list indexes, the trigram key,
        # the foreign key to the project; the ids other tables reference stay.
        assert {
            "ix_commitment_search_vector",
            "ix_commitment_totals_by_country",
            "project_name_trigram_pkey",
            "commitment_project_id_fkey",
        } <= names
        assert not {"project_pkey", "commitment_pkey"} & names
    during: list[set[str]] = []
    bulk_insert = seed._bulk_insert

    def watched(session: Session, model: Any, rows: Any, **kw: Any) -> int:
        if postgres:  # the load runs with the commitment table's id key as its only index
            during.append(
                set(
                    session.execute(
                        text("SELECT indexname FROM pg_indexes WHERE tablename = 'commitment'")
                    ).scalars()
                )
            )
        return bulk_insert(session, model, rows, **kw)

    monkeypatch.setattr(seed, "_bulk_insert", watched)
    fast_added, _ = _load(session, fast=True)
    if postgres:
        assert during and during[-1] == {"commitment_pkey"}
    assert _catalog(session) == migrated
    with session_factory() as slow:
        assert _catalog(slow) == migrated
        slow_added, _ = _load(slow, fast=False)
        assert fast_added == slow_added == {"projects": 300, "commitments": 3000}
        fast_counts, slow_counts = _row_counts(session), _row_counts(slow)
    assert fast_counts["commitment"] == 3000 + len(seed.DEMO_COMMITMENTS)
    assert fast_counts == slow_counts


def test_a_project_stored_while_the_fast_load_waits_for_its_lock_is_indexed_once(engine: Engine) -> None:
    """PostgreSQL, `seed` beside a live writer: a project whose insert commits while the load
    waits for the table's lock was indexed by its own triggers, so the load fills the derived
    tables for the rows it wrote itself only (no duplicate trigrams failing the rebuilt key)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("the PostgreSQL fast load")
    writer = Session(engine)
    writer.add(Project(name="Live Quokka Mine", minerals=["graphite"]))
    writer.flush()  # inserted (its triggers ran), not yet committed: the load's lock waits
    errors: list[BaseException] = []

    def load() -> None:
        try:
            with session_scope(engine) as s:
                seed_synthetic(s, 20, per_project=2, now=NOW)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    loading = threading.Thread(target=load)
    loading.start()
    try:
        deadline = time.monotonic() + 30
        with engine.connect() as watch:
            while time.monotonic() < deadline:  # until the load waits for the writer's lock
                waiting = watch.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
                watch.rollback()
                if waiting:
                    break
                time.sleep(0.02)
        assert waiting, "the load never waited for the writer"
    finally:
        writer.commit()
        writer.close()
        loading.join(60)
    assert errors == []
    with Session(engine) as s:
        live = s.exec(select(Project).where(Project.name == "Live Quokka Mine")).one()
        trigrams = s.execute(
            text("SELECT count(*), count(DISTINCT trigram) FROM project_name_trigram WHERE record_id = :id"),
            {"id": live.id},
        ).one()
        assert trigrams[0] == trigrams[1] > 0
        minerals = s.execute(
            text("SELECT count(*) FROM project_mineral WHERE project_id = :id"), {"id": live.id}
        ).scalar_one()
        assert minerals == 1
        assert s.execute(text("SELECT count(*) FROM project WHERE synthetic")).scalar_one() == 20
