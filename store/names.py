"""Resolving names people type to records: exact, then case-insensitive, then fuzzy."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from store import vocab
from store.models import Initiative, Project
from store.visibility import EVERYTHING, Audience

FUZZY_ACCEPT = 90  # score at which a fuzzy match is taken without asking
FUZZY_SUGGEST = 60


def is_country_code(value: str) -> bool:
    return len(value) == 2 and value.isupper() and vocab.country_name(value) != value


def _candidates(session: Session, model: type[Project] | type[Initiative],
                audience: Audience) -> list[tuple[str, int]]:
    stmt = select(model.name, model.id)
    clause = audience.clause(model)
    if clause is not None:
        stmt = stmt.where(clause)
    pairs = [(name, id_) for name, id_ in session.exec(stmt).all()]
    if model is Initiative:
        short = select(Initiative.short_name, Initiative.id).where(Initiative.short_name.is_not(None))
        if clause is not None:
            short = short.where(clause)
        pairs += [(name, id_) for name, id_ in session.exec(short).all() if name]
    return pairs


def find_by_name(session: Session, model: type[Project] | type[Initiative], name: str,
                 audience: Audience = EVERYTHING) -> tuple[int | None, list[str]]:
    """(id of the record meant, [suggested names]): an id when the match is unambiguous."""
    from rapidfuzz import fuzz, process

    name = name.strip()
    if not name:
        return None, []
    exact = select(model.id).where(func.lower(model.name) == name.lower())
    clause = audience.clause(model)
    if clause is not None:
        exact = exact.where(clause)
    found = session.exec(exact).first()
    if found is not None:
        return found, []
    pairs = _candidates(session, model, audience)
    for candidate, id_ in pairs:
        if candidate.lower() == name.lower():
            return id_, []
    matches = process.extract(name, [p[0] for p in pairs], scorer=fuzz.WRatio, limit=5,
                              score_cutoff=FUZZY_SUGGEST, processor=str.lower)
    if matches and matches[0][1] >= FUZZY_ACCEPT and (
        len(matches) == 1 or matches[0][1] - matches[1][1] >= 5
    ):
        return pairs[matches[0][2]][1], []
    seen: list[str] = []
    for candidate, _score, _idx in matches:
        if candidate not in seen:
            seen.append(candidate)
    return None, seen[:3]


def resolve_project(session: Session, name: str, audience: Audience = EVERYTHING) -> Project:
    from store.records import NotFound

    found, suggestions = find_by_name(session, Project, name, audience)
    if found is None:
        raise NotFound("project", name, suggestions)
    project = session.get(Project, found)
    assert project is not None
    return project


def resolve_initiative(session: Session, name: str,
                       audience: Audience = EVERYTHING) -> Initiative:
    from store.records import NotFound

    found, suggestions = find_by_name(session, Initiative, name, audience)
    if found is None:
        raise NotFound("initiative", name, suggestions)
    initiative = session.get(Initiative, found)
    assert initiative is not None
    return initiative
