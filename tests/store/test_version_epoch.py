"""Each database's data versions carry an epoch (store/data_version.py): a database dropped
and migrated again at the same URL may give out the same version numbers (PostgreSQL's
sequence starts again at 1), never the same epoch, so nothing cached from the old one matches."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from store import data_version
from store.db import alembic_config, make_engine, upgrade
from tests.conftest import POSTGRES_ADMIN_URL, SKIP_POSTGRES


def _write_and_read(url: str) -> tuple[tuple[str, int] | None, tuple[str, int, int, int] | None]:
    """One write to the records (a statement's trigger), then both reads of the versions."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":  # row triggers: a row to write
                conn.execute(text("UPDATE data_version SET version = 1, epoch = epoch"))
            else:
                conn.execute(text("DELETE FROM commitment"))
        with Session(engine) as session:
            return data_version.current(session), data_version.current_all_now(engine)
    finally:
        engine.dispose()


@pytest.fixture
def throwaway_postgres_url() -> Iterator[str]:
    if SKIP_POSTGRES:
        pytest.skip("MINERALS_TEST_SKIP_POSTGRES=1")
    admin = make_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"minerals_epoch_{uuid.uuid4().hex[:10]}"
    yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_postgres_database_recreated_at_the_same_url_reads_as_another_database(
    throwaway_postgres_url,
) -> None:
    url = throwaway_postgres_url
    name = make_url(url).database
    admin = make_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    seen = []
    try:
        for _incarnation in range(2):
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            upgrade(url)
            seen.append(_write_and_read(url))
    finally:
        admin.dispose()
    (old_one, old_all), (new_one, new_all) = seen
    assert old_one is not None and new_one is not None and old_all is not None and new_all is not None
    assert old_one[1] == new_one[1] == old_all[1] == new_all[1]  # the sequence's numbers again ...
    assert old_one[0] != new_one[0] and old_all[0] != new_all[0]  # ... of another database


def test_a_sqlite_file_recreated_at_the_same_path_reads_as_another_database(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    seen = []
    for _incarnation in range(2):
        (tmp_path / "again.db").unlink(missing_ok=True)
        upgrade(url)
        seen.append(_write_and_read(url))  # version 1 on both: as if random() repeated
    (old_one, old_all), (new_one, new_all) = seen
    assert old_one is not None and new_one is not None and old_all is not None and new_all is not None
    assert old_one[1] == new_one[1] == 1
    assert old_one[0] != new_one[0] and old_all[0] != new_all[0]


def test_the_epoch_is_made_again_when_its_migration_runs_again(engine, db_url) -> None:
    def epochs() -> set[int]:
        with engine.connect() as conn:
            return {r[0] for r in conn.execute(text("SELECT epoch FROM data_version"))}

    with engine.begin() as conn:  # the PostgreSQL fixture's reset empties data_version
        conn.execute(
            text(
                "INSERT INTO data_version (scope, version) SELECT 'records', 1 "
                "WHERE NOT EXISTS (SELECT 1 FROM data_version WHERE scope = 'records')"
            )
        )
    (before,) = epochs()
    command.downgrade(alembic_config(db_url), "0017")
    upgrade(db_url)
    (after,) = epochs()
    assert after != before
