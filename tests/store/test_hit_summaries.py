"""`find`'s lines of its hits (queries.hit_summaries) come from one statement built once per
set of kinds and audience: each audience still sees only what it may, whichever asked first."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from store import queries, records
from store.schemas import ProjectIn
from store.visibility import EVERYTHING, PUBLIC, Audience


def _project(session: Session, name: str, channel: str | None = None) -> int:
    provenance = {"source_channel": channel, "source_private": True} if channel else None
    project = records.create_project(
        session,
        ProjectIn(name=name, description=f"about {name}"),
        actor="U1",
        provenance=provenance,
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    session.commit()
    return int(project.id)


def test_each_audience_sees_only_its_own_summaries_whoever_asked_first(session: Session) -> None:
    public = _project(session, "Open pit one")
    secret = _project(session, "Quiet pit two", channel="GSECRET")
    ids = {"project": [public, secret]}
    inside = Audience(channel="GSECRET")
    elsewhere = Audience(channel="COTHER")
    for audience, seen in [
        (inside, {public, secret}),
        (elsewhere, {public}),
        (PUBLIC, {public}),
        (inside, {public, secret}),
        (EVERYTHING, {public, secret}),
        (elsewhere, {public}),
    ]:
        found = queries.hit_summaries(session, ids, audience=audience)
        assert {record_id for _kind, record_id in found} == seen, audience
    assert found[("project", public)][0] == "Open pit one"


def test_the_ids_are_bound_anew_each_time(session: Session) -> None:
    first = _project(session, "First mine")
    second = _project(session, "Second mine")
    assert set(queries.hit_summaries(session, {"project": [first]}, audience=PUBLIC)) == {("project", first)}
    assert set(queries.hit_summaries(session, {"project": [second, first]}, audience=PUBLIC)) == {
        ("project", first),
        ("project", second),
    }
    assert queries.hit_summaries(session, {"project": [], "commitment": []}, audience=PUBLIC) == {}
