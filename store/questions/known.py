"""The names a question may mention, per audience, built once per change of the records."""

from __future__ import annotations

from sqlmodel import Session, col, select

from store.data_version import VersionedCache
from store.models import Initiative, Project
from store.questions.reading import KnownNames
from store.visibility import Audience

_KNOWN = VersionedCache(size=32)


def known_names(session: Session, *, audience: Audience) -> KnownNames:
    """The project and initiative names `audience` may see, as the reader wants them."""
    return _KNOWN.get(session, ("question-names", audience), lambda: _load(session, audience))


def _load(session: Session, audience: Audience) -> KnownNames:
    projects = select(Project.name)
    initiatives = select(
        Initiative.name, col(Initiative.short_name), col(Initiative.venue), col(Initiative.launched_on)
    )
    p_clause, i_clause = audience.clause(Project), audience.clause(Initiative)
    if p_clause is not None:
        projects = projects.where(p_clause)
    if i_clause is not None:
        initiatives = initiatives.where(i_clause)
    return KnownNames.build(session.exec(projects).all(), session.exec(initiatives).all())
