"""The names a question may mention, per audience, built once per change of the records."""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from store.data_version import VersionedCache
from store.db import plain_rows, table_of
from store.models import Initiative, Project
from store.questions.reading import KnownNames
from store.visibility import Audience

_KNOWN = VersionedCache(size=32)

_PROJECT = table_of(Project)
_INITIATIVE = table_of(Initiative)

# Audience -> (the names read, what was built from them): most writes log a commitment and
# change no name, so after one the names are read again (a plain statement, ~10 ms at 10,000
# projects) but built again only when they differ (50-140 ms). Kept for the few audiences
# that asked last: each holds its KnownNames past the version it was built for (~3 MB at
# 10,000 projects, ~30 at 100,000), which _KNOWN alone would drop at the next write.
REUSED_AUDIENCES = 4
_LAST_BUILT: OrderedDict[Audience, tuple[tuple[Any, ...], KnownNames]] = OrderedDict()
_LAST_BUILT_LOCK = threading.Lock()


def known_names(session: Session, *, audience: Audience) -> KnownNames:
    """The project and initiative names `audience` may see, as the reader wants them."""
    return _KNOWN.get(session, ("question-names", audience), lambda: _load(session, audience))


@lru_cache(maxsize=64)
def _statements(audience: Audience) -> tuple[Any, Any]:
    """The names' statements, of table columns, built once per audience."""
    p, i = _PROJECT.c, _INITIATIVE.c
    projects = select(p.name)
    initiatives = select(i.name, i.short_name, i.venue, i.launched_on)
    p_clause, i_clause = audience.clause(_PROJECT), audience.clause(_INITIATIVE)
    if p_clause is not None:
        projects = projects.where(p_clause)
    if i_clause is not None:
        initiatives = initiatives.where(i_clause)
    return projects, initiatives


def _load(session: Session, audience: Audience) -> KnownNames:
    projects_stmt, initiatives_stmt = _statements(audience)
    read = (
        # Interned: the names KnownNames keeps are these same strings, not a second copy.
        tuple(map(sys.intern, filter(None, map(itemgetter(0), plain_rows(session, projects_stmt))))),
        tuple(tuple(row) for row in plain_rows(session, initiatives_stmt)),
    )
    with _LAST_BUILT_LOCK:
        last = _LAST_BUILT.get(audience)
    if last is not None and last[0] == read:
        return last[1]  # the same names in the same order: the same KnownNames
    names = KnownNames.build(read[0], read[1])
    with _LAST_BUILT_LOCK:
        _LAST_BUILT[audience] = (read, names)
        _LAST_BUILT.move_to_end(audience)
        while len(_LAST_BUILT) > REUSED_AUDIENCES:
            _LAST_BUILT.popitem(last=False)
    return names
