"""`names.resolve`: a project or an initiative from the name a person typed, among what the
audience may see; NotFound names the kind and suggests only visible names."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from store import names
from store.models import Initiative, Project
from store.records import NotFound
from store.visibility import PUBLIC, Audience


@pytest.mark.parametrize(
    ("model", "typed", "meant"),
    [
        (Project, "Canadian graphite mines", "Canadian graphite mines"),
        (Project, "canadian GRAPHITE mines", "Canadian graphite mines"),  # any case
        (Project, "Canadian graphite mine", "Canadian graphite mines"),  # a near miss, unambiguous
        (Initiative, "G7 CMAP", "G7 Critical Minerals Action Plan"),  # an initiative's short name
        (Initiative, "g7 critical minerals action plan", "G7 Critical Minerals Action Plan"),
    ],
)
def test_resolve_finds_the_record_meant(
    demo_session: Session, model: type[Project] | type[Initiative], typed: str, meant: str
) -> None:
    record = names.resolve(demo_session, model, typed, audience=PUBLIC)
    assert isinstance(record, model) and record.name == meant


@pytest.mark.parametrize(("model", "kind"), [(Project, "project"), (Initiative, "initiative")])
def test_resolve_says_which_kind_it_could_not_find(
    demo_session: Session, model: type[Project] | type[Initiative], kind: str
) -> None:
    with pytest.raises(NotFound) as raised:
        names.resolve(demo_session, model, "Atlantis deep sea nodules", audience=PUBLIC)
    assert raised.value.kind == kind and str(raised.value).startswith(f"No {kind} called")


def test_resolve_never_finds_nor_suggests_another_channel_s_private_record(demo_session: Session) -> None:
    s = demo_session
    s.add(Project(name="Secret Lake lithium", country="CA", source_channel="GPRIV", source_private=True))
    s.add(Initiative(name="Secret Minerals Club", source_channel="GPRIV", source_private=True))
    s.commit()
    for model, name in ((Project, "Secret Lake lithium"), (Initiative, "Secret Minerals Club")):
        assert names.resolve(s, model, name, audience=Audience(channel="GPRIV")).name == name
        with pytest.raises(NotFound) as raised:
            names.resolve(s, model, name, audience=Audience(channel="C9"))
        assert not any("Secret" in x for x in raised.value.suggestions)
