"""Fixtures: a fresh, migrated database per test on each backend (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from store.db import make_engine, upgrade

pytest_plugins = ["tests.fake_slack"]

POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SKIP_POSTGRES = os.environ.get("MINERALS_TEST_SKIP_POSTGRES") == "1"
BACKENDS = ["sqlite", "postgres"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--quick", action="store_true", help="skip tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--quick"):
        skip = pytest.mark.skip(reason="--quick")
        for item in items:
            if "slow" in item.keywords:
                item.add_marker(skip)


def _encodable(value: Any) -> Any:
    """`value` with every string made UTF-8 encodable (lone surrogates escaped)."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {_encodable(k): _encodable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_encodable(v) for v in value)
    return value


@pytest.hookimpl(wrapper=True)
def pytest_report_to_serializable(config: pytest.Config, report: Any) -> Any:
    """Under pytest-xdist a report crosses to the controller as UTF-8: the hostile-text tests'
    captured logs hold lone surrogates, which would stop the worker."""
    data = yield
    return _encodable(data)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


class PostgresServer:
    """One throwaway database per test run (per xdist worker), emptied between tests."""

    def __init__(self) -> None:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.name = f"minerals_test_{worker}_{uuid.uuid4().hex[:10]}"
        admin = make_url(POSTGRES_ADMIN_URL)
        self.admin_engine = make_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with self.admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = admin.set(database=self.name).render_as_string(hide_password=False)
        upgrade(self.url)
        self.engine = make_engine(self.url)
        tables = MetaData()
        tables.reflect(self.engine)
        # DELETE, children first, instead of TRUNCATE: TRUNCATE makes new files for every
        # table (0.2-0.8 s a test on this machine), DELETE of a few rows takes milliseconds.
        order = [t.name for t in reversed(tables.sorted_tables) if t.name != "alembic_version"]
        with self.engine.connect() as conn:
            # The sequences behind id columns, restarted as TRUNCATE ... RESTART IDENTITY did.
            owned = [
                r[0]
                for r in conn.execute(
                    text(
                        "SELECT s.oid::regclass::text FROM pg_class s JOIN pg_depend d "
                        "ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
                        "AND d.deptype IN ('a', 'i') WHERE s.relkind = 'S'"
                    )
                )
            ]
            self.rates = conn.execute(text("SELECT * FROM fxrate")).mappings().all()
        restart = [f"SELECT setval('{seq}', 1, false)" for seq in owned]
        self.reset_sql = "; ".join([*(f'DELETE FROM "{t}"' for t in order), *restart])

    def reset(self) -> None:
        with self.engine.begin() as conn:
            conn.exec_driver_sql(self.reset_sql)
            if self.rates:
                conn.execute(
                    text(
                        "INSERT INTO fxrate (currency, as_of, usd_per_unit, source) "
                        "VALUES (:currency, :as_of, :usd_per_unit, :source)"
                    ),
                    [dict(row) for row in self.rates],
                )

    def drop(self) -> None:
        self.engine.dispose()
        with self.admin_engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin_engine.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if SKIP_POSTGRES:
        pytest.skip("MINERALS_TEST_SKIP_POSTGRES=1")
    try:
        server = PostgresServer()
    except Exception as exc:  # a clear failure, not a silent skip: CI must test both backends
        pytest.fail(
            f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL} ({exc}); start it or "
            "set MINERALS_TEST_SKIP_POSTGRES=1 to run SQLite only",
            pytrace=False,
        )
    yield server
    server.drop()


def quick_on(backend: str) -> pytest.MarkDecorator:
    """Run this db_url test on both backends, but on the other one only in the release mode
    (`slow`): for long cases whose siblings cover the other backend in --quick."""
    assert backend in BACKENDS, backend
    return pytest.mark.parametrize(
        "db_url",
        [pytest.param(b, marks=() if b == backend else pytest.mark.slow) for b in BACKENDS],
        indirect=True,
    )


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """The URL of an empty, migrated database on one backend, fresh for this test."""
    if request.param == "sqlite":
        path = tmp_path / "minerals.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    server.reset()
    return server.url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as s:
        yield s
        s.rollback()


@pytest.fixture
def demo_session(session: Session) -> Session:
    from store.seed import seed_demo

    seed_demo(session, now=datetime.now(UTC))
    session.commit()
    return session


@pytest.fixture(scope="session")
def second_postgres_server(postgres_server: PostgresServer) -> Iterator[PostgresServer]:
    server = PostgresServer()
    yield server
    server.drop()


@pytest.fixture
def session_factory(tmp_path: Path, sqlite_template: Path, request: pytest.FixtureRequest):
    """Sessions on a second, empty database of the same backend (for round trips)."""
    if request.node.callspec.params.get("db_url", "sqlite") == "sqlite":
        path = tmp_path / "other.db"
        shutil.copy(sqlite_template, path)
        eng = make_engine(f"sqlite:///{path}")
    else:
        server: PostgresServer = request.getfixturevalue("second_postgres_server")
        server.reset()
        eng = make_engine(server.url)
    yield lambda: Session(eng, expire_on_commit=False)
    eng.dispose()
