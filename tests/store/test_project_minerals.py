"""`project_mineral` (migration 0009): kept by triggers as the projects change, filled for the
projects stored before the migration, and a mineral filter read through it lists what the
projects' own mineral lists say."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from store import queries, records
from store.db import alembic_config, make_engine, upgrade
from store.models import Project
from store.schemas import ProjectIn
from store.visibility import EVERYTHING, PUBLIC, Audience
from tests.conftest import BACKENDS, POSTGRES_ADMIN_URL, SKIP_POSTGRES

NOW = datetime(2026, 11, 30, tzinfo=UTC)
MINERALS = ["graphite", "lithium", "nickel", "cobalt", "neodymium", "rare-earths"]


def _rows(session: Session) -> set[tuple[int, str, str | None, str]]:
    found = session.execute(text("SELECT project_id, mineral, country, name FROM project_mineral")).all()
    return {(int(r[0]), r[1], r[2], r[3]) for r in found}


def _expected(session: Session) -> set[tuple[int, str, str | None, str]]:
    projects = session.exec(select(Project)).all()
    return {(p.id or 0, m, p.country, p.name) for p in projects for m in p.minerals}


def _add(
    session: Session, name: str, country: str | None, minerals: list[str], private: bool = False
) -> Project:
    prov = {"source_channel": "CPRIV", "source_private": True} if private else None
    return records.create_project(
        session,
        ProjectIn(name=name, country=country, minerals=minerals),
        actor="U1",
        provenance=prov,
        audience=EVERYTHING,
        now=NOW,
    )


def test_the_table_follows_inserts_updates_and_deletes(session: Session) -> None:
    kept = _add(session, "Mineral table mine", "CA", ["graphite", "lithium"])
    gone = _add(session, "Mineral table mill", None, [])
    session.commit()
    assert _rows(session) == {
        (kept.id, "graphite", "CA", "Mineral table mine"),
        (kept.id, "lithium", "CA", "Mineral table mine"),
    }
    kept.minerals, kept.country, kept.name = ["nickel"], "AU", "Mineral table pit"
    gone.minerals = ["cobalt"]
    session.add_all([kept, gone])
    session.commit()
    assert _rows(session) == {
        (kept.id, "nickel", "AU", "Mineral table pit"),
        (gone.id, "cobalt", None, gone.name),
    }
    session.delete(gone)
    session.commit()
    assert _rows(session) == {(kept.id, "nickel", "AU", "Mineral table pit")}
    kept.source_private, kept.source_channel = True, "CPRIV"  # who may see it follows too
    session.add(kept)
    session.commit()
    assert session.execute(text("SELECT scope FROM project_mineral")).scalars().all() == ["CPRIV"]


def _random_store(session: Session, n: int) -> None:
    rng = random.Random(16)
    for i in range(n):
        minerals = rng.sample(MINERALS, rng.randint(0, 3))
        _add(
            session,
            f"Random {rng.random():.6f} {i}",
            rng.choice(["CA", "AU", None]),
            minerals,
            rng.random() < 0.2,
        )
    session.commit()


def _by_json(session: Session, f: queries.ProjectFilter, audience: Audience) -> list[str]:
    """The names a filter should list, from the projects' own lists, in list order."""
    codes = queries._mineral_codes(f.mineral or "")
    return sorted(
        p.name
        for p in session.exec(select(Project)).all()
        if audience.can_see(p)
        and set(codes) & set(p.minerals)
        and (f.country is None or p.country == f.country)
    )


def test_mineral_filters_list_what_the_mineral_lists_say(session: Session) -> None:
    _random_store(session, 60)
    assert _rows(session) == _expected(session)
    for audience in (PUBLIC, Audience(channel="CPRIV"), EVERYTHING):
        for mineral in ["graphite", "rare-earths", "cobalt", "tungsten"]:
            for country in ("CA", None):
                f = queries.ProjectFilter(country=country, mineral=mineral)
                expected = _by_json(session, f, audience)
                page = queries.list_projects(session, f, audience=audience, limit=1000)
                assert [p.name for p in page.items] == expected, (mineral, country, audience)
                first = queries.list_projects(session, f, audience=audience, offset=2, limit=3, count_cap=4)
                assert [p.name for p in first.items] == expected[2:5]
                assert (first.total, first.capped) == (
                    (5, True) if len(expected) > 5 else (len(expected), False)
                )


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, its own for this test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    if SKIP_POSTGRES:
        pytest.skip("MINERALS_TEST_SKIP_POSTGRES=1")
    name = f"minerals_upgrade_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrading_from_0008_fills_the_table_from_the_stored_projects(empty_url: str) -> None:
    upgrade(empty_url, "0008")
    engine = make_engine(empty_url)
    try:
        with Session(engine, expire_on_commit=False) as session:
            _random_store(session, 30)
        upgrade(empty_url)
        with Session(engine) as session:
            assert len(_rows(session)) > 20
            assert _rows(session) == _expected(session)
            f = queries.ProjectFilter(country="CA", mineral="graphite")
            listed = queries.list_projects(session, f, audience=PUBLIC, limit=100)
            assert [p.name for p in listed.items] == _by_json(session, f, PUBLIC)
            _add(session, "Added after the upgrade", "CA", ["graphite"])
            session.commit()
            assert _rows(session) == _expected(session)
        engine.dispose()
        command.downgrade(alembic_config(empty_url), "0008")
        with engine.connect() as conn:
            tables = (
                {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
                if (engine.dialect.name == "sqlite")
                else {r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables"))}
            )
        assert "project_mineral" not in tables
    finally:
        engine.dispose()
