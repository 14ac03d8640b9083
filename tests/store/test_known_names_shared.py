"""The names questions are read against: shared between channels that see the same records,
bounded in number, and built off the request path after a start and after a write."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from store import data_version, records
from store.questions import known
from store.questions.known import known_names
from store.schemas import ProjectIn
from store.visibility import EVERYTHING, PUBLIC, Audience
from store.warming import Warming
from tests.store.test_questions import PRIVATE, load_questions_fixture

HIDDEN = ("hidden", "lithium", "works")  # the private channel's own project


@pytest.fixture
def qs(session: Session) -> Iterator[Session]:
    session.execute(  # the PostgreSQL fixture's reset drops the version row: put it back
        text(
            f"INSERT INTO {data_version.TABLE} (scope, version) SELECT CAST(:scope AS VARCHAR(32)), "
            f":version WHERE NOT EXISTS (SELECT 1 FROM {data_version.TABLE} WHERE scope = :scope)"
        ),
        {"scope": data_version.SCOPE, "version": random.getrandbits(62)},
    )
    load_questions_fixture(session)
    for cache in (known._PUBLIC_NAMES, known._OWN_NAMES, known._SHARES_PUBLIC):
        cache.clear()
    known._RECENT.clear()
    yield session


def _private_project(session: Session, name: str, channel: str) -> None:
    records.create_project(
        session,
        ProjectIn(name=name, country="CA", minerals=["lithium"], stage="mining"),
        actor="test",
        provenance={"source_channel": channel, "source_private": True},
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    session.commit()


def test_channels_without_private_records_share_the_public_names(qs: Session) -> None:
    # The private channel asks first: what it builds never reaches another audience.
    private = known_names(qs, audience=Audience(channel=PRIVATE["source_channel"]))
    public = known_names(qs, audience=PUBLIC)
    assert HIDDEN in private.projects and HIDDEN not in public.projects
    assert "hidden" not in public.name_words and "hidden" not in public.by_word
    for channel in ("C1", "C2", "C3"):
        assert known_names(qs, audience=Audience(channel=channel)) is public
    assert len(known._OWN_NAMES) == 1  # only the channel with names of its own has a copy


def test_only_a_few_channels_keep_names_of_their_own(qs: Session) -> None:
    channels = [f"GOWN{n}" for n in range(known.OWN_NAMES_AUDIENCES + 3)]
    for n, channel in enumerate(channels):
        _private_project(qs, f"Own works {n}", channel)
    for n, channel in enumerate(channels):
        names = known_names(qs, audience=Audience(channel=channel))
        assert ("own", "works", str(n)) in names.projects
        assert ("own", "works", str(n - 1)) not in names.projects
    assert len(known._OWN_NAMES) == known.OWN_NAMES_AUDIENCES
    known_names(qs, audience=Audience(channel="C1"))
    assert len(known._PUBLIC_NAMES) == 1 and len(known._OWN_NAMES) == known.OWN_NAMES_AUDIENCES
    assert len(known.recent_audiences()) == known.RECENT_AUDIENCES


def test_names_are_built_after_a_start_and_after_a_write(qs: Session, engine: Engine) -> None:
    private = Audience(channel=PRIVATE["source_channel"])
    warming = Warming(engine, poll_seconds=0.01).start()
    try:
        assert warming.wait_for_passes(1, timeout=30)  # at start: the public names
        assert known._PUBLIC_NAMES.has(qs, PUBLIC)
        assert not known._OWN_NAMES.has(qs, private)
        assert warming.audiences == [PUBLIC]
        qs.commit()
        known_names(qs, audience=private)  # channels ask: remembered for the next build
        known_names(qs, audience=Audience(channel="C1"))

        _private_project(qs, "Own works 7", PRIVATE["source_channel"])  # a write: a new version
        assert warming.wait_for_passes(2, timeout=30)
        qs.commit()  # this session's next statement sees the newest version
        assert known._PUBLIC_NAMES.has(qs, PUBLIC) and known._OWN_NAMES.has(qs, private)
        hits = known._OWN_NAMES.hits, known._PUBLIC_NAMES.hits
        misses = known._OWN_NAMES.misses, known._PUBLIC_NAMES.misses
        names = known_names(qs, audience=private)
        assert ("own", "works", "7") in names.projects
        assert ("own", "works", "7") not in known_names(qs, audience=PUBLIC).projects
        # Both answered from what the warm-up built: no build on the request's path.
        assert (known._OWN_NAMES.misses, known._PUBLIC_NAMES.misses) == misses
        assert (known._OWN_NAMES.hits, known._PUBLIC_NAMES.hits) == (hits[0] + 1, hits[1] + 1)
    finally:
        warming.stop()


def test_after_a_write_nothing_is_built_ahead_when_nobody_asked_lately(
    qs: Session, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    warming = Warming(engine, poll_seconds=0.01).start()
    try:
        assert warming.wait_for_passes(1, timeout=30)
        qs.commit()
        known_names(qs, audience=Audience(channel="C1"))
        monkeypatch.setattr(known, "RECENT_SECONDS", 0.0)
        _private_project(qs, "Own works 8", PRIVATE["source_channel"])
        assert warming.wait_for_passes(2, timeout=30)
        assert warming.audiences == []
        qs.commit()
        assert not known._PUBLIC_NAMES.has(qs, PUBLIC)
    finally:
        warming.stop()


def test_whether_a_channel_has_private_names_is_read_from_an_index(qs: Session) -> None:
    """SQLite's plan (migration 0017): the check each channel makes once per version is an
    index search on both tables, not a scan of every project."""
    if qs.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL picks its plan from statistics; test_migrations checks the indexes exist")
    statement = known._private_names_statement("C0PUBLIC").compile(qs.get_bind())
    params = statement.params
    rows = qs.connection().exec_driver_sql(
        "EXPLAIN QUERY PLAN " + str(statement), tuple(params[k] for k in statement.positiontup or ())
    )
    plan = " | ".join(str(row[-1]) for row in rows)
    assert "INDEX ix_project_private_channel" in plan and "INDEX ix_initiative_private_channel" in plan, plan
    assert "SCAN project" not in plan and "SCAN initiative" not in plan, plan
    assert known._holds_private_names(qs, PRIVATE["source_channel"]) and not known._holds_private_names(
        qs, "C0PUBLIC"
    )
