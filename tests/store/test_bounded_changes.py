""" "What changed this week?" costs the same in a small store and in one ten times larger: it
filters in SQL and reads a page and a capped count of each kind, not every record created in
the window; what it shows stays exact, and each audience sees only its own."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert
from sqlmodel import Session

from bot.blockkit.answers import question_answer
from store import queries
from store.models import Commitment, Initiative, Project, ProjectUpdate
from store.questions.answering import Answer, ask
from store.visibility import PUBLIC, Audience
from tests.store.test_bounded_reads import _work

TODAY = date(2026, 3, 18)  # a Wednesday: "this week" is from Monday 16 March
IN_WEEK = datetime(2026, 3, 16, 9, tzinfo=UTC)
BEFORE = datetime(2026, 3, 2, 9, tzinfo=UTC)
PRIVATE = {"source_private": True, "source_channel": "GPRIV"}


def _at(when: datetime, minutes: int) -> dict[str, Any]:
    at = when + timedelta(minutes=minutes)
    return {"created_at": at, "updated_at": at}


def _project(session: Session, name: str, when: datetime, minutes: int, **fields: Any) -> int:
    p = Project(name=name, **_at(when, minutes), **fields)
    session.add(p)
    session.flush()
    assert p.id is not None
    return p.id


def _commitment(session: Session, statement: str, when: datetime, minutes: int, **fields: Any) -> None:
    base = {"actor": "JP", "actor_country": "JP", "instrument": "loan", "minerals": []}
    session.add(Commitment(statement=statement, **{**base, **fields}, **_at(when, minutes)))


@pytest.fixture
def store(session: Session) -> Session:
    ca = _project(session, "Canada graphite", IN_WEEK, 1, country="CA", minerals=["graphite"], stage="mining")
    _project(session, "Australia lithium", IN_WEEK, 2, country="AU", minerals=["lithium"])
    old = _project(session, "Old Canada mine", BEFORE, 0, country="CA", minerals=["graphite"])
    secret = _project(session, "Secret mine", IN_WEEK, 3, country="CA", minerals=["graphite"], **PRIVATE)
    _commitment(session, "c1 JP on Canada graphite", IN_WEEK, 10, project_id=ca)
    _commitment(session, "c2 KR graphite", IN_WEEK, 11, actor="KR", actor_country="KR", minerals=["graphite"])
    _commitment(session, "c3 withdrawn", IN_WEEK, 12, status="withdrawn", minerals=["graphite"])
    _commitment(session, "c4 private", IN_WEEK, 13, project_id=secret, **PRIVATE)
    _commitment(session, "c5 before the week", BEFORE, 14, minerals=["graphite"])
    _commitment(session, "c6 lithium", IN_WEEK, 15, minerals=["lithium"], instrument="grant")
    _commitment(session, "c7 public on the secret mine", IN_WEEK, 16, project_id=secret)
    session.add_all(
        [
            ProjectUpdate(
                project_id=old,
                kind="status_change",
                old_status="planned",
                new_status="built",
                **_at(IN_WEEK, 20),
            ),
            ProjectUpdate(
                project_id=secret, kind="note", note="u2 private note", **_at(IN_WEEK, 21), **PRIVATE
            ),
            # A public note on a private project: its name would show the project.
            ProjectUpdate(project_id=secret, kind="note", note="u3 public note", **_at(IN_WEEK, 22)),
            ProjectUpdate(project_id=old, kind="note", note="u4 old note", **_at(BEFORE, 23)),
            Initiative(name="i1 public plan", **_at(IN_WEEK, 30)),
            Initiative(name="i2 private plan", **_at(IN_WEEK, 31), **PRIVATE),
            Initiative(name="i3 old plan", **_at(BEFORE, 32)),
        ]
    )
    session.commit()
    return session


def _shown(a: Answer) -> dict[str, Any]:
    ch = a.changes
    assert ch is not None
    return {
        "commitments": [c.statement.split()[0] for c in ch.new_commitments.items],
        "projects": [p.name for p in ch.new_projects.items],
        "initiatives": [i.name.split()[0] for i in ch.new_initiatives.items],
        "status": [(s.project.name, s.update.new_status) for s in ch.status_changes.items],
        "notes": [(s.project.name, s.update.note.split()[0]) for s in ch.notes.items],
        "count": a.count,
    }


def test_what_changed_is_exact_and_private(store: Session) -> None:
    public = _shown(ask(store, "what changed this week?", audience=PUBLIC, today=TODAY))
    assert public == {
        "commitments": ["c1", "c2", "c6", "c7"],
        "projects": ["Canada graphite", "Australia lithium"],
        "initiatives": [],  # as before: new initiatives only when nothing (not even a date) was asked
        "status": [("Old Canada mine", "built")],
        "notes": [],
        "count": 7,
    }
    inside = _shown(ask(store, "what changed this week?", audience=Audience(channel="GPRIV"), today=TODAY))
    assert inside == {
        "commitments": ["c1", "c2", "c4", "c6", "c7"],
        "projects": ["Canada graphite", "Australia lithium", "Secret mine"],
        "initiatives": [],
        "status": [("Old Canada mine", "built")],
        "notes": [("Secret mine", "u2"), ("Secret mine", "u3")],
        "count": 11,
    }
    news = {
        channel: _shown(ask(store, "what's new?", audience=Audience(channel=channel), today=TODAY))
        for channel in ("GPRIV", "GOTHER")
    }
    assert news["GPRIV"] == inside | {"initiatives": ["i1", "i2"], "count": 13}
    assert news["GOTHER"] == public | {"initiatives": ["i1"], "count": 8}
    other = _shown(ask(store, "what changed this week?", audience=Audience(channel="GOTHER"), today=TODAY))
    assert other == public


def test_what_changed_filters_as_before(store: Session) -> None:
    # A mineral: named by the commitment, or (naming none) by a project the audience sees. c7
    # names none and its project is hidden: it is not shown as graphite (the Python filter
    # this replaced took a hidden project as matching any mineral).
    graphite = _shown(ask(store, "what's new on graphite this week", audience=PUBLIC, today=TODAY))
    assert graphite == {
        "commitments": ["c1", "c2"],
        "projects": ["Canada graphite"],
        "initiatives": [],
        "status": [("Old Canada mine", "built")],
        "notes": [],
        "count": 4,
    }
    inside = _shown(
        ask(store, "what's new on graphite this week", audience=Audience(channel="GPRIV"), today=TODAY)
    )
    assert inside["commitments"] == ["c1", "c2", "c4", "c7"] and inside["count"] == 9
    canada = _shown(ask(store, "what's new in Canada this week", audience=PUBLIC, today=TODAY))
    assert canada == {
        "commitments": ["c1"],
        "projects": ["Canada graphite"],
        "initiatives": [],
        "status": [("Old Canada mine", "built")],
        "notes": [],
        "count": 3,
    }
    lithium = _shown(ask(store, "what's new on lithium this week", audience=PUBLIC, today=TODAY))
    assert lithium["commitments"] == ["c6"] and lithium["projects"] == ["Australia lithium"]


def _week(session: Session, commitments: int, projects: int, *, start: int) -> None:
    """`commitments` and `projects` created in the week, and as many again before it."""
    rows = []
    for when in (IN_WEEK, BEFORE):
        rows += [
            {
                "actor": "JP",
                "actor_country": "JP",
                "instrument": "loan",
                "status": "announced",
                "minerals": [],
            }
            | _at(when, (start + i) % 3000)
            for i in range(commitments)
        ]
    session.execute(insert(Commitment), rows)
    for when in (IN_WEEK, BEFORE):
        session.execute(
            insert(Project),
            [
                {"name": f"Mine {when:%d} {start + i:05d}", "minerals": [], "backers": []}
                | _at(when, i % 3000)
                for i in range(projects)
            ],
        )
    session.commit()


def test_what_changed_costs_the_same_with_ten_times_the_records(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "LIST_COUNT_CAP", 50)  # both stores hold more than the cap

    def cost() -> tuple[tuple[int, int], Answer]:
        ask(session, "what changed this week?", audience=PUBLIC, today=TODAY)  # names read once
        with _work(session) as work:
            a = ask(session, "what changed this week?", audience=PUBLIC, today=TODAY)
            return work(), a

    _week(session, 200, 60, start=0)
    small, a = cost()
    _week(session, 2000, 600, start=200)
    large, b = cost()
    assert large[0] == small[0]
    assert large[1] <= small[1] * 1.5 + 2, (small, large)
    for answer in (a, b):
        assert answer.changes is not None and answer.capped
        assert (answer.changes.new_commitments.total, answer.changes.new_commitments.capped) == (50, True)
        assert len(answer.changes.new_commitments.items) == 15
        blocks, text = question_answer(answer, "/minerals", "ask what changed this week?")
        assert "*New commitments (50+)*" in blocks[1]["text"]["text"]
        assert text.endswith("100+ changes")
