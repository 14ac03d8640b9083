"""Resolving names people type to records: exact, then case-insensitive, then fuzzy."""

from __future__ import annotations

import sys
from functools import cache, lru_cache
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, text
from sqlalchemy import select as sql_select
from sqlmodel import Session, select

from store import name_index, vocab
from store.data_version import VersionedCache
from store.db import DriverReads, plain_rows, table_of
from store.models import Initiative, Project
from store.queries import InitiativeCard, ProjectCard
from store.visibility import Audience

FUZZY_ACCEPT = 90  # score at which a fuzzy match is taken without asking
FUZZY_SUGGEST = 60

Named = TypeVar("Named", Project, Initiative)  # the records people refer to by name


def is_country_code(value: str) -> bool:
    return len(value) == 2 and value.isupper() and vocab.country_name(value) != value


# The names the extractor matches messages against, per audience: read once per change of
# the records (the extractor indexes each list once, store/extraction/names.py).
_EXTRACTION_NAMES = VersionedCache(size=64)


@cache
def _exact_sql(table: str, column: str, visible: str) -> Any:
    # lower(name) is indexed (migration 0003): one index probe for the usual exact answer.
    return text(f"SELECT id FROM {table} WHERE lower({column}) = :low AND {visible} ORDER BY id LIMIT 1")


def name_taken(
    session: Session, model: type[Project] | type[Initiative], name: str, *, audience: Audience
) -> bool:
    """Whether a record the audience may see has exactly this name."""
    return named_id(session, model, name, audience=audience) is not None


def named_id(
    session: Session | DriverReads, model: type[Project] | type[Initiative], name: str, *, audience: Audience
) -> int | None:
    """The id of the first record the audience may see with exactly this name, or None."""
    if isinstance(session, DriverReads):
        rows = session.rows(_named_id_statement(model, audience), {"name": name})
        return int(rows[0][0]) if rows else None
    found: int | None = session.execute(_named_id_statement(model, audience), {"name": name}).scalar()
    return found


@lru_cache(maxsize=1024)  # a few channels, two models: built once each, the name bound
def _named_id_statement(model: type[Project] | type[Initiative], audience: Audience) -> Any:
    return named_id_select(model, audience, bindparam("name"))


def named_id_select(model: type[Project] | type[Initiative], audience: Audience, name: Any) -> Any:
    """`named_id`'s SELECT, for `name` (a bound parameter), to read with other statements."""
    # Core (the table's columns, not the mapped class's): every proposed commitment's card
    # asks, and the ORM's compile and load steps cost more than the index probe.
    table = table_of(model)
    stmt = sql_select(table.c.id).where(table.c.name == name)
    clause = audience.clause(table)
    if clause is not None:
        stmt = stmt.where(clause)
    return stmt.order_by(table.c.id).limit(1)


KnownNames = tuple[tuple[str, ...], tuple[str, ...]]  # the project names, the initiative names


def extraction_names(session: Session, *, audience: Audience) -> KnownNames:
    """The project and initiative names the extractor may match for this audience: tuples,
    the same objects until the records change (the extractor then filters them once)."""
    return versioned_extraction_names(session, audience=audience)[1]


def latest_extraction_names(engine: Any, *, audience: Audience) -> tuple[tuple[str, int], KnownNames] | None:
    """(data version, names) as `versioned_extraction_names` last read them in this process,
    without a statement: possibly out of date, so the caller checks the version in its own
    transaction (drafts.first_reads). None when none are cached."""
    found = _EXTRACTION_NAMES.latest(engine, ("extraction", audience))
    return None if found is None else (found[0], found[1])


def versioned_extraction_names(
    session: Session, *, audience: Audience
) -> tuple[tuple[str, int] | None, KnownNames]:
    """`extraction_names` with the data version they are the names of (None: not cached)."""

    def load() -> KnownNames:
        out = []
        for model in (Project, Initiative):
            stmt = select(model.name)
            clause = audience.clause(model)
            # Interned: read again after every change of the records, the same names are then
            # the same strings, not a second copy (8 MB at 100,000 projects) while caches hold both.
            found = session.exec(stmt if clause is None else stmt.where(clause))
            out.append(tuple(sys.intern(n) for n in found))
        return out[0], out[1]

    return _EXTRACTION_NAMES.get_versioned(session, ("extraction", audience), load)


def find_by_name(
    session: Session, model: type[Project] | type[Initiative], name: str, *, audience: Audience
) -> tuple[int | None, list[str]]:
    """(id of the record meant, [suggested names]): an id when the match is unambiguous."""
    name = name.strip()
    if not name:
        return None, []
    table = "initiative" if model is Initiative else "project"
    visible = name_index.visible_sql(audience)
    params = {"low": name.lower(), "channel": audience.channel}
    for column in ("name", "short_name") if model is Initiative else ("name",):
        found = session.execute(_exact_sql(table, column, visible), params).scalar()
        if found is not None:
            return int(found), []
    return _fuzzy(session, table, name, audience)


def find_record(
    session: Session | DriverReads, model: type[Project] | type[Initiative], name: str, *, audience: Audience
) -> tuple[ProjectCard | InitiativeCard | None, list[str]]:
    """As `find_by_name`, with what the record's card shows of it (`queries.ProjectCard` or
    `InitiativeCard`, a plain row): a card's exact name costs one statement (the row by its
    indexed lower(name)), not a look-up and then a read by id. Reads on a Session or on the
    driver's cursor (`store.db.driver_reads`)."""
    name = name.strip()
    if not name:
        return None, []
    card = ProjectCard if model is Project else InitiativeCard
    params = {"key": name.lower()}
    for column in ("name", "short_name") if model is Initiative else ("name",):
        found = plain_rows(session, _card_statement(card, column, audience), params)
        if found:
            return card._make(found[0]), []
    table = "initiative" if model is Initiative else "project"
    record_id, suggestions = _fuzzy(session, table, name, audience)
    if record_id is None:
        return None, suggestions
    found = plain_rows(session, _card_statement(card, "id", audience), {"key": record_id})
    return (card._make(found[0]) if found else None), suggestions


@lru_cache(maxsize=1024)  # two kinds, three columns, a few channels
def _card_statement(card: type[ProjectCard] | type[InitiativeCard], column: str, audience: Audience) -> Any:
    """The card's row of the first record the audience may see whose `column` is :key: a
    name lower-cased (indexed: migration 0003), or the id."""
    table = table_of(Project if card is ProjectCard else Initiative)
    key = table.c.id if column == "id" else func.lower(table.c[column])
    stmt = select(*[table.c[field] for field in card._fields]).where(key == bindparam("key"))
    clause = audience.clause(table)
    if clause is not None:
        stmt = stmt.where(clause)
    return stmt.order_by(table.c.id).limit(1)


def _fuzzy(
    session: Session | DriverReads, table: str, name: str, audience: Audience
) -> tuple[int | None, list[str]]:
    from rapidfuzz import fuzz, process

    # Only the few names the trigram index offers are scored, never every name in the store:
    # names by id, then initiatives' short names by id (as a scan of them all listed them).
    rows = name_index.candidates(session, table, name, audience=audience)
    pairs = [(row[1], row[0]) for row in rows] + [(row[2], row[0]) for row in rows if row[2]]
    matches = process.extract(
        name.lower(),
        [candidate.lower() for candidate, _id in pairs],
        scorer=fuzz.WRatio,
        limit=5,
        score_cutoff=FUZZY_SUGGEST,
        processor=None,
    )
    if (
        matches
        and matches[0][1] >= FUZZY_ACCEPT
        and (len(matches) == 1 or matches[0][1] - matches[1][1] >= 5)
    ):
        return pairs[matches[0][2]][1], []
    seen: list[str] = []
    for _lowered, _score, idx in matches:
        candidate = pairs[idx][0]
        if candidate not in seen:
            seen.append(candidate)
    return None, seen[:3]


def resolve(session: Session, model: type[Named], name: str, *, audience: Audience) -> Named:
    """The project or initiative (`model`) `name` means among those `audience` may see, or
    NotFound (its kind, the name, suggestions)."""
    from store.records import NotFound

    found, suggestions = find_by_name(session, model, name, audience=audience)
    if found is None:
        raise NotFound("initiative" if model is Initiative else "project", name, suggestions)
    record = session.get(model, found)
    assert record is not None
    return record
