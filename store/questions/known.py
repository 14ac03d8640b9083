"""The names a question may mention, per audience, built once per change of the records.

A channel that holds no private project or initiative sees exactly the public names: it shares
the public audience's KnownNames (one object, however many channels ask) instead of a copy of
its own (13 MB more per channel at 100,000 projects). Only channels with private records of
their own get a KnownNames of their own, and only the few that asked last keep one.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import OrderedDict
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlmodel import Session

from store import data_version
from store.data_version import VersionedCache
from store.db import plain_rows, table_of
from store.models import Initiative, Project
from store.questions.reading import KnownNames
from store.visibility import PUBLIC, Audience

OWN_NAMES_AUDIENCES = 4  # channels with private records whose own KnownNames is kept
RECENT_AUDIENCES = 4  # audiences remembered for warming (store/warming.py)
RECENT_SECONDS = 600.0  # after a write, names are built ahead only for audiences that asked this lately

_PUBLIC_NAMES = VersionedCache(size=2)  # the public audience's (and CLI's `everything`)
_OWN_NAMES = VersionedCache(size=OWN_NAMES_AUDIENCES)  # channels with private names of their own
_SHARES_PUBLIC = VersionedCache(size=1024)  # channel -> whether it sees only public names

_PROJECT = table_of(Project)
_INITIATIVE = table_of(Initiative)

# Audience -> (the names read, what was built from them): most writes log a commitment and
# change no name, so after one the names are read again (a plain statement, ~10 ms at 10,000
# projects) but built again only when they differ (50-140 ms). Kept for the few audiences
# that asked last: each holds its KnownNames past the version it was built for, which the
# caches above would drop at the next write.
REUSED_AUDIENCES = 4
_LAST_BUILT: OrderedDict[Audience, tuple[tuple[Any, ...], KnownNames]] = OrderedDict()
_LAST_BUILT_LOCK = threading.Lock()

# The audiences that asked last, newest last, with when (time.monotonic): what a warm-up
# builds after a write. Nobody asking lately, nothing is built: a worker that answers no
# question does not rebuild names at every write.
_RECENT: OrderedDict[Audience, float] = OrderedDict()


def known_names(session: Session, *, audience: Audience) -> KnownNames:
    """The project and initiative names `audience` may see, as the reader wants them."""
    _remember(audience)
    return _known_names(session, audience)


def warm(session: Session, *, starting: bool = False) -> list[Audience]:
    """Build the names of the audiences that asked within RECENT_SECONDS (and, `starting`, of
    the public one, which every channel without private records shares) for the version
    `session` sees (store/warming.py); the audiences built for."""
    recent = recent_audiences(within=RECENT_SECONDS)
    audiences = [PUBLIC, *(a for a in recent if a != PUBLIC)] if starting else recent
    for audience in audiences:
        _known_names(session, audience)
    return audiences


def _known_names(session: Session, audience: Audience) -> KnownNames:
    version = data_version.current(session)
    if audience.everything:
        return _PUBLIC_NAMES.get_at(version, audience, lambda: _load(session, audience))
    if audience.channel is None or _SHARES_PUBLIC.get_at(
        version, audience.channel, lambda: not _holds_private_names(session, audience.channel)
    ):
        return _PUBLIC_NAMES.get_at(version, PUBLIC, lambda: _load(session, PUBLIC))
    return _OWN_NAMES.get_at(version, audience, lambda: _load(session, audience))


def recent_audiences(within: float | None = None) -> list[Audience]:
    """The audiences that asked for names last (at most RECENT_AUDIENCES; `within` seconds),
    newest first."""
    since = -float("inf") if within is None else time.monotonic() - within
    with _LAST_BUILT_LOCK:
        return [a for a, asked in reversed(_RECENT.items()) if asked >= since]


def _remember(audience: Audience) -> None:
    with _LAST_BUILT_LOCK:
        _RECENT[audience] = time.monotonic()
        _RECENT.move_to_end(audience)
        while len(_RECENT) > RECENT_AUDIENCES:
            _RECENT.popitem(last=False)


def _holds_private_names(session: Session, channel: str | None) -> bool:
    """Whether a private project or initiative of `channel` exists: only then do its names
    differ from the public ones (a channel sees the public records and its own)."""
    return bool(session.execute(_private_names_statement(channel)).scalar())


@lru_cache(maxsize=256)
def _private_names_statement(channel: str | None) -> Any:
    def own(table: Any) -> Any:
        return exists().where(and_(table.c.source_private.is_(True), table.c.source_channel == channel))

    return select(or_(own(_PROJECT), own(_INITIATIVE)))


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
        # Any audience's last names split most of these (a name's words depend on it alone).
        previous = last or next(reversed(_LAST_BUILT.values()), None)
    if last is not None and last[0] == read:
        return last[1]  # the same names in the same order: the same KnownNames
    names = KnownNames.build(read[0], read[1], previous[1] if previous else None)
    with _LAST_BUILT_LOCK:
        _LAST_BUILT[audience] = (read, names)
        _LAST_BUILT.move_to_end(audience)
        while len(_LAST_BUILT) > REUSED_AUDIENCES:
            _LAST_BUILT.popitem(last=False)
    return names
