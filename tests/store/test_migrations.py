from sqlalchemy import inspect, text
from sqlmodel import Session, select

from store.db import upgrade
from store.models import FxRate


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


def test_sqlite_pragmas(engine, db_url):
    if not db_url.startswith("sqlite"):
        return
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
