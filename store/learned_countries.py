"""The country an organisation acts for, as the team's own records give it.

The reader's table of organisations can never hold every company a team talks about: an
organisation it has not met comes to the card with its country unknown, and Edit asks for
it. Once a person has given it and the record is logged, the next card about the same
organisation takes the country from that record, so the question is asked once per
organisation, not once per card. Only records the audience may see teach it: a country
given in a private channel is used in that channel alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from store.db import table_of
from store.models import Commitment
from store.names import is_country_code
from store.visibility import Audience

FLAG = "country_from_records"  # on a draft's fields: the card says where the country came from


def countries_from_records(session: Session, actors: Iterable[str], *, audience: Audience) -> dict[str, str]:
    """For each organisation named, the one country the audience's live records give it; an
    organisation the records give two countries (people disagreed) or none is left out."""
    wanted = sorted({a for a in actors if a})
    if not wanted:
        return {}
    table = table_of(Commitment)
    statement = (
        select(table.c.actor, table.c.actor_country)
        .where(
            table.c.actor.in_(wanted),
            table.c.actor_country.is_not(None),
            table.c.status != "withdrawn",  # undone or withdrawn: not the team's word on it
        )
        .group_by(table.c.actor, table.c.actor_country)
    )
    visible = audience.clause(table)
    if visible is not None:
        statement = statement.where(visible)
    found: dict[str, set[str]] = defaultdict(set)
    for actor, country in session.execute(statement):
        found[actor].add(country)
    return {actor: next(iter(countries)) for actor, countries in found.items() if len(countries) == 1}


def with_countries_from_records(
    session: Session, items: list[tuple[str, dict[str, Any]]], *, audience: Audience
) -> list[tuple[str, dict[str, Any]]]:
    """The drafts to store, each commitment whose actor's country the reader did not know
    given the country the audience's records agree on (and flagged so the card says so)."""
    unknown = [f["actor"] for kind, f in items if _needs_country(kind, f)]
    if not unknown:
        return items
    learned = countries_from_records(session, unknown, audience=audience)
    if not learned:
        return items
    out = []
    for kind, fields in items:
        country = learned.get(fields.get("actor") or "") if _needs_country(kind, fields) else None
        out.append((kind, {**fields, "actor_country": country, FLAG: True} if country else fields))
    return out


def needs_countries(items: list[tuple[str, dict[str, Any]]]) -> bool:
    """Whether `with_countries_from_records` would read anything for `items`."""
    return any(_needs_country(kind, fields) for kind, fields in items)


def _needs_country(kind: str, fields: dict[str, Any]) -> bool:
    actor = fields.get("actor")
    if kind != "commitment" or not actor or fields.get("actor_country") or is_country_code(actor):
        return False
    # A multilateral lender the reader knows acts for no country, whatever a record says.
    from store.extraction.known_actors import ORGANISATIONS_BY_NAME  # loaded with the reader

    return actor not in ORGANISATIONS_BY_NAME
