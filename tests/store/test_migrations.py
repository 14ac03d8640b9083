"""The migrations build the schema the models describe, on both backends."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, SQLModel, select

from store.db import upgrade
from store.models import FxRate
from store.name_index import FTS_SUFFIX, TABLES, TRIGRAM_SUFFIX
from store.search import PG_VECTOR_COLUMN

NAME_INDEX_TABLES = {
    base + suffix for base, _cols in TABLES.values() for suffix in (FTS_SUFFIX, TRIGRAM_SUFFIX)
}

# What the migrations make on purpose with raw SQL, outside the models, and so what a
# comparison of the models with a migrated database must not count as drift:
# - SQLite full-text search: the FTS5 virtual table `search_fts` and the shadow tables
#   SQLite keeps for it (search_fts_data, _idx, _content, _docsize, _config), filled by
#   triggers (store/search.py, migration 0002);
# - `data_version`: the counter that triggers bump on every write, read by the caches
#   (store/data_version.py, migration 0003);
# - PostgreSQL full-text search: the stored generated tsvector column on each searched
#   table and its GIN index `ix_<table>_search_vector` (migration 0003);
# - `ix_<table>_name_lower`: expression indexes on lower(name) for name look-ups
#   (migration 0003); Alembic cannot reflect expression indexes on SQLite, nor compare them
#   with a model on PostgreSQL.
# - trigram indexes of names (store/name_index.py, migration 0007): on SQLite the FTS5 tables
#   `<model>_name_fts` (and their shadow tables), on PostgreSQL the tables
#   `<model>_name_trigram` (with an index on record_id), all kept by triggers.
RAW_SQL_TABLES = {"data_version", "search_fts", *NAME_INDEX_TABLES}
# - `ix_commitment_newest`: the order of commitment lists, announced_on DESC NULLS LAST
#   (migration 0008); Alembic cannot compare an index's NULLS LAST with a model. The same
#   for `ix_commitment_country_newest` (0010, made covering in 0014), the partial
#   `ix_commitment_actor_elsewhere` (0011) and `ix_commitment_{instrument,status}_newest` (0014).
# - `ix_commitment_totals_by_country` (0016): on PostgreSQL its JSON column is an INCLUDE
#   payload, which a model's Index cannot say on both backends.
RAW_SQL_INDEXES = {
    "ix_project_name_lower",
    "ix_initiative_name_lower",
    "ix_commitment_newest",
    "ix_commitment_country_newest",
    "ix_commitment_actor_elsewhere",
    "ix_commitment_instrument_newest",
    "ix_commitment_status_newest",
    "ix_commitment_totals_by_country",
}


def _intended(diff: Any) -> bool:
    kind = diff[0]
    if kind == "remove_table":
        name = diff[1].name
        prefixes = ("search_fts_", *(f"{table}_" for table in NAME_INDEX_TABLES))
        return name in RAW_SQL_TABLES or name.startswith(prefixes)
    if kind == "remove_index":
        index = diff[1]
        return (
            index.name in RAW_SQL_INDEXES
            or index.name.endswith(f"_{PG_VECTOR_COLUMN}")
            or index.table.name in NAME_INDEX_TABLES
        )
    if kind == "remove_column":
        return diff[3].name == PG_VECTOR_COLUMN
    return False


def drift(connection: Connection, metadata: sa.MetaData) -> list[Any]:
    """Differences between the models and the database that no comment above explains."""
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return [d for d in compare_metadata(context, metadata) if not _intended(d)]


def test_migrations_from_empty_create_every_table(engine, db_url):
    upgrade(db_url)  # a second run is a no-op
    tables = set(inspect(engine).get_table_names())
    assert {
        "initiative",
        "project",
        "commitment",
        "projectupdate",
        "milestone",
        "claim",
        "auditlog",
        "fxrate",
        "draft",
        "processedevent",
        "digestsubscription",
        "digestrun",
        "channelsetting",
        "projectinitiativelink",
    } <= tables
    with Session(engine) as s:
        assert s.exec(select(FxRate).where(FxRate.currency == "CAD")).first() is not None


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_the_models_match_the_migrated_database(engine: Engine) -> None:
    with engine.connect() as connection:
        assert drift(connection, SQLModel.metadata) == []


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_a_model_the_migrations_do_not_match_is_caught(engine: Engine) -> None:
    models = sa.MetaData()
    for table in SQLModel.metadata.tables.values():
        table.to_metadata(models)
    models.tables["draft"].append_column(sa.Column("reviewed_by", sa.String(64)))
    sa.Table("watchlist", models, sa.Column("id", sa.Integer, primary_key=True))
    with engine.connect() as connection:
        found = drift(connection, models)
    described = {(d[0], d[1].name) if d[0] == "add_table" else (d[0], f"{d[2]}.{d[3].name}") for d in found}
    assert described == {("add_table", "watchlist"), ("add_column", "draft.reviewed_by")}


def test_sqlite_pragmas(engine, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite pragmas: PostgreSQL has none of them")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_the_head_revision_read_from_file_names_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from store.db import alembic_config, head_revision

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_heads() == [head_revision()]


def test_a_store_behind_the_head_is_upgraded_and_then_left_alone(tmp_path) -> None:
    from alembic import command

    from store.db import _at_head, alembic_config

    url = f"sqlite:///{tmp_path / 'behind.db'}"
    assert not _at_head(url)  # no tables at all
    command.upgrade(alembic_config(url), "0008")
    assert not _at_head(url)
    upgrade(url)
    assert _at_head(url)


def _lists_version(engine: Engine) -> int | None:
    with engine.connect() as conn:
        return conn.execute(text("SELECT version FROM data_version WHERE scope = 'lists'")).scalar()


def _follow(engine: Engine, member: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO follow (member, filter_text, description, spec, cadence, paused, created_at) "
                "VALUES (:member, 'country:JP', 'Japan', '{}', 'at-once', false, CURRENT_TIMESTAMP)"
            ),
            {"member": member},
        )


def test_the_lists_version_is_dropped_and_restored_by_its_migration(engine, db_url) -> None:
    from alembic import command

    from store.db import alembic_config

    if _lists_version(engine) is None:  # the PostgreSQL fixture's reset empties data_version
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO data_version (scope, version) VALUES ('lists', 1)"))
    command.downgrade(alembic_config(db_url), "0014")
    assert _lists_version(engine) is None
    _follow(engine, "U1")  # no trigger left behind to fail or to bump
    upgrade(db_url)
    before = _lists_version(engine)
    assert before is not None
    _follow(engine, "U2")
    assert _lists_version(engine) not in (None, before)
