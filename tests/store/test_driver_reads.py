"""Reads on the driver's cursor (`store.db.driver_reads`) return what a Session reads: the same
values of the same types, for every audience, on both backends; errors are SQLAlchemy's and
leave no connection in a transaction."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import bindparam, select, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col

from store import name_index, names, queries
from store.db import SQLITE_BUSY_TIMEOUT_MS, driver_reads, table_of
from store.models import Commitment, Project
from store.visibility import EVERYTHING, PUBLIC, Audience

PRIVATE_CHANNEL = "C0PRIVATE"
AUDIENCES = [PUBLIC, EVERYTHING, Audience(channel=PRIVATE_CHANNEL), Audience(channel="C0OTHER")]


def typed(value: Any) -> Any:
    """A value with the types of everything in it, so that 1 == 1.0 or "1" cannot pass."""
    if isinstance(value, tuple | list) or hasattr(value, "_mapping"):  # a tuple, list or Row
        return [typed(v) for v in value]
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return {k: typed(v) for k, v in vars(value).items()}
    return (type(value).__name__, value)


@pytest.fixture
def store_with_private(demo_session: Session) -> Session:
    """The demo store, with a project and its commitments kept in a private channel."""
    project = demo_session.exec(select(Project).order_by(col(Project.id)).limit(1)).scalars().one()
    project.source_private, project.source_channel = True, PRIVATE_CHANNEL
    for commitment in demo_session.exec(
        select(Commitment).where(Commitment.project_id == project.id)
    ).scalars():
        commitment.source_private, commitment.source_channel = True, PRIVATE_CHANNEL
    demo_session.commit()
    return demo_session


@pytest.mark.parametrize("audience", AUDIENCES, ids=["public", "everything", "private", "other"])
def test_cards_read_the_same_as_a_session(store_with_private: Session, audience: Audience) -> None:
    session = store_with_private
    engine = session.get_bind()
    project_names = session.exec(select(Project.name).order_by(col(Project.id))).scalars().all()
    commitment_ids = session.exec(select(Commitment.id).order_by(col(Commitment.id))).scalars().all()
    asked = [*project_names, *(n[:-1] for n in project_names), *(n.upper() for n in project_names), "zz"]
    assert commitment_ids and project_names
    with driver_reads(engine) as reads:  # type: ignore[arg-type]
        for name in asked:
            by_session = names.find_record(session, Project, name, audience=audience)
            by_driver = names.find_record(reads, Project, name, audience=audience)
            assert typed(by_driver) == typed(by_session), name
            for table in ("project", "initiative"):
                assert typed(name_index.candidates(reads, table, name, audience=audience)) == typed(
                    name_index.candidates(session, table, name, audience=audience)
                )
            card = by_session[0]
            if isinstance(card, queries.ProjectCard):
                assert typed(queries.project_detail(reads, card, audience=audience)) == typed(
                    queries.project_detail(session, card, audience=audience)
                )
        for commitment_id in [*commitment_ids, 10**9]:
            assert typed(queries.commitment_detail(reads, commitment_id, audience=audience)) == typed(
                queries.commitment_detail(session, commitment_id, audience=audience)
            )


def test_an_error_is_sqlalchemys_and_the_connection_is_lent_clean(engine: Any) -> None:
    with pytest.raises(DBAPIError), driver_reads(engine) as reads:
        reads.rows(text("SELECT no_such_column FROM project"))
    for _ in range(3):  # every pooled connection is usable, none inside a transaction
        with driver_reads(engine) as reads:
            assert reads.rows(text("SELECT 1")) == [(1,)]
        with engine.connect() as conn:
            driver = conn.connection.driver_connection
            if engine.dialect.name == "sqlite":
                assert not driver.in_transaction
            else:  # idle, and lent to sessions as the pool lends it (autocommit off)
                assert driver.info.transaction_status == driver.info.transaction_status.IDLE
                assert not driver.autocommit


def test_a_statement_it_cannot_compile_once_is_refused(engine: Any) -> None:
    project = table_of(Project)
    in_list = select(project.c.id).where(project.c.id.in_(bindparam("ids", expanding=True)))
    with driver_reads(engine) as reads, pytest.raises(TypeError):
        reads.rows(in_list, {"ids": [1, 2]})


def test_sqlite_waits_as_long_as_it_is_told(engine: Any) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("busy_timeout: SQLite")
    with driver_reads(engine, busy_timeout_ms=1234) as reads:
        assert reads.rows(text("PRAGMA busy_timeout")) == [(1234,)]
    with driver_reads(engine) as reads:
        assert reads.rows(text("PRAGMA busy_timeout")) == [(SQLITE_BUSY_TIMEOUT_MS,)]
