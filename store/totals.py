"""Money and counts of live commitments, grouped by a dimension: the `stats` answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, and_, bindparam, case, cast, func, true, union
from sqlmodel import Session, col, select

from store import vocab
from store.data_version import VersionedCache
from store.db import DriverReads, dialect_name, plain_rows, table_of
from store.extraction.known_actors import ORGANISATIONS
from store.models import Commitment, Initiative, Project, ProjectInitiativeLink
from store.money import Money
from store.queries import CommitmentFilter, commitment_conditions, is_live
from store.visibility import Audience


@dataclass
class TotalsRow:
    key: str
    count: int = 0
    money: Money = field(default_factory=Money)


@dataclass
class Totals:
    by: str
    rows: list[TotalsRow]
    overall: TotalsRow


TOTALS_DIMENSIONS = ("country", "stage", "mineral", "initiative", "instrument", "status")

# `per:country` groups by the country the actor acts for (an organisation's, or a country's
# own); the multilateral lenders act for none, and an actor whose country nobody gave is
# counted in a row of its own rather than as a country of its own.
MULTILATERAL = "multilateral"
COUNTRY_UNKNOWN = "country unknown"
MULTILATERAL_ACTORS = tuple(sorted(o.short for o in ORGANISATIONS if o.kind == "multilateral"))


def totals(session: Session, by: str, *, audience: Audience, f: CommitmentFilter | None = None) -> Totals:
    """Money and counts of live commitments grouped by a dimension, biggest first.

    A commitment with several minerals (or a project in several initiatives) counts in each
    group, so group rows may add up to more than the overall row, which counts each once.
    Summed in SQL and cached until the records change (store/data_version.py).
    """
    if by not in TOTALS_DIMENSIONS:
        raise vocab.UnknownValue("grouping", by, vocab.suggest(by, TOTALS_DIMENSIONS))
    f = f or CommitmentFilter()
    found = _TOTALS_CACHE.get(session, ("totals", by, f, audience), lambda: _totals(session, by, audience, f))
    # A copy: callers may change what they are given, never what the next caller gets.
    return Totals(found.by, [_copy_row(r) for r in found.rows], _copy_row(found.overall))


_TOTALS_CACHE = VersionedCache(size=128)


def _copy_row(row: TotalsRow) -> TotalsRow:
    return TotalsRow(row.key, row.count, row.money.copy())


@lru_cache(maxsize=4)
def _money_columns(dialect: str) -> tuple[Any, ...]:
    """count, amount, USD, unconverted and latest rate date of rows with an amount (built once
    per dialect: a card's money is one small query, and building these took longer). Of table
    columns: a statement of plain rows may use them."""
    c = _COMMITMENT.c
    has_money = and_(c.amount.is_not(None), c.currency.is_not(None))

    def total(column: Any) -> Any:
        value = case((has_money, column))
        if dialect == "sqlite":
            # SQLite keeps NUMERIC as INTEGER or REAL: summing REALs would lose cents at
            # these magnitudes, so whole cents are summed as 64-bit integers instead.
            return func.sum(cast(func.round(value * 100), Integer))
        return func.sum(value)

    return (
        func.count(),
        total(c.amount),
        total(c.usd_estimate),
        func.sum(case((and_(has_money, c.usd_estimate.is_(None)), 1), else_=0)),
        func.max(case((and_(has_money, c.usd_estimate.is_not(None)), c.usd_rate_date))),
    )


_COMMITMENT = table_of(Commitment)


def _grouped(session: Session, key: Any, conds: list[Any], joins: list[tuple[Any, Any]]) -> list[Any]:
    """(key, currency, ceiling, *money columns) rows; key None: one group of everything, a
    tuple: several key columns (each row starts with them)."""
    dialect = session.get_bind().dialect.name
    keys = [] if key is None else list(key) if isinstance(key, tuple) else [key]
    columns: list[Any] = [*keys, Commitment.currency, Commitment.amount_is_ceiling, *_money_columns(dialect)]
    stmt = select(*columns).select_from(Commitment)
    for target, on in joins:
        stmt = stmt.outerjoin(target, on)
    stmt = stmt.where(*conds).group_by(*keys, Commitment.currency, Commitment.amount_is_ceiling)
    rows = session.execute(stmt).all()
    return [tuple(r) if keys else (None, *r) for r in rows]


_MULTILATERAL_ACTORS = frozenset(MULTILATERAL_ACTORS)


def _country_key(actor_country: str | None, actor: str | None) -> str:
    """The country an actor acts for, as `per:country` groups it (see MULTILATERAL)."""
    if actor_country:
        return actor_country
    return MULTILATERAL if actor in _MULTILATERAL_ACTORS else COUNTRY_UNKNOWN


def _visible_where(stmt: Any, model: Any, audience: Audience) -> Any:
    clause = audience.clause(model)
    return stmt if clause is None else stmt.where(clause)


def _visible_join(on: Any, model: Any, audience: Audience) -> Any:
    """An outer join's condition that finds only rows the audience may see."""
    clause = audience.clause(model)
    return on if clause is None else and_(on, clause)


def _add_group(row: TotalsRow, currency: str | None, ceiling: bool, agg: Any, cents: bool) -> None:
    """Fold one (group, currency, ceiling) aggregate into a row."""
    count, amount, usd, unconverted, rate_date = agg
    row.count += int(count)
    if amount is None:
        return

    def dec(v: Any) -> Decimal | None:
        if v is None:
            return None
        return (Decimal(int(v)) / 100).quantize(Decimal("0.01")) if cents else Decimal(v)

    if isinstance(rate_date, str):
        rate_date = date.fromisoformat(rate_date)
    row.money.fold(
        currency,
        dec(amount),
        usd=dec(usd),
        ceiling=bool(ceiling),
        unconverted=int(unconverted or 0),
        rate_date=rate_date,
    )


def _totals(session: Session, by: str, audience: Audience, f: CommitmentFilter) -> Totals:
    conds = commitment_conditions(f, audience=audience)
    clause = audience.clause(Commitment)
    if clause is not None:
        conds.append(clause)
    dialect = session.get_bind().dialect.name
    cents = dialect == "sqlite"
    joins: list[tuple[Any, Any]] = []
    labels: dict[Any, str] = {}
    if by == "country":
        # Grouped by the raw columns, the group named below: the columns' order is an index's
        # (migration 0016), read without a sort; an expression would sort every row.
        key: Any = (Commitment.actor_country, Commitment.actor)
    elif by in ("instrument", "status"):
        key = getattr(Commitment, by)
    elif by == "stage":
        # A public commitment on a project the audience may not see counts as unspecified.
        key = func.coalesce(func.nullif(Project.stage, ""), "unspecified")
        joins.append((Project, _visible_join(col(Project.id) == Commitment.project_id, Project, audience)))
    elif by == "mineral":
        each: Any
        if dialect == "sqlite":
            each = func.json_each(Commitment.minerals).table_valued("value")
        else:
            each = func.json_array_elements_text(Commitment.minerals).table_valued("value").lateral()
        key = func.coalesce(each.c.value, "unspecified")
        joins.append((each, true()))
    else:  # initiative: the commitment's own and its project's, each once per commitment
        # Only initiatives the audience may see, reached through projects it may see: a
        # public commitment or project linked to a private initiative is not grouped (nor
        # labelled) by it outside that initiative's channel.
        own = _visible_where(
            select(col(Commitment.id).label("cid"), col(Commitment.initiative_id).label("iid"))
            .join(Initiative, col(Initiative.id) == Commitment.initiative_id)
            .where(col(Commitment.initiative_id).is_not(None)),
            Initiative,
            audience,
        )
        through_project = _visible_where(
            _visible_where(
                select(col(Commitment.id).label("cid"), col(ProjectInitiativeLink.initiative_id).label("iid"))
                .join(ProjectInitiativeLink, col(ProjectInitiativeLink.project_id) == Commitment.project_id)
                .join(Project, col(Project.id) == Commitment.project_id)
                .join(Initiative, col(Initiative.id) == ProjectInitiativeLink.initiative_id),
                Project,
                audience,
            ),
            Initiative,
            audience,
        )
        pairs = union(own, through_project).subquery()
        key = pairs.c.iid
        joins.append((pairs, pairs.c.cid == Commitment.id))
        visible = _visible_where(
            select(Initiative.id, Initiative.short_name, Initiative.name), Initiative, audience
        )
        labels = {i: short or full for i, short, full in session.exec(visible).all()}
    groups: dict[str, TotalsRow] = {}
    grouped = _grouped(session, key, conds, joins)
    if by == "country":
        grouped = [(_country_key(country, actor), *rest) for country, actor, *rest in grouped]
    for k, currency, ceiling, *agg in grouped:
        if by == "initiative":
            k = "unspecified" if k is None else labels.get(k, str(k))
        row = groups.setdefault(k, TotalsRow(k))
        _add_group(row, currency, ceiling, agg, cents)
    overall = TotalsRow("all")
    if by in ("mineral", "initiative"):  # a commitment may sit in several groups
        for _k, currency, ceiling, *agg in _grouped(session, None, conds, []):
            _add_group(overall, currency, ceiling, agg, cents)
    else:  # one group each: the overall row is their sum, no second pass over the table
        for _k, currency, ceiling, *agg in grouped:
            _add_group(overall, currency, ceiling, agg, cents)
    rows = sorted(groups.values(), key=lambda r: (-r.money.usd, -r.count, r.key))
    return Totals(by, rows, overall)


def project_money(session: Session | DriverReads, project_id: int, *, audience: Audience) -> TotalsRow:
    """`detail_money` of one project's commitments: plain rows of a statement built once per
    backend and audience, the project's id bound."""
    dialect = dialect_name(session)
    stmt = _project_money_statement(dialect, audience)
    row = TotalsRow("all")
    for currency, ceiling, *agg in plain_rows(session, stmt, {"project_id": project_id}):
        _add_group(row, currency, ceiling, agg, dialect == "sqlite")
    return row


@lru_cache(maxsize=256)
def _project_money_statement(dialect: str, audience: Audience) -> Any:
    # What `detail_money` sums for CommitmentFilter(project_id=...), as `_grouped` groups it.
    c = _COMMITMENT.c
    conds = [is_live(c.status), c.project_id == bindparam("project_id")]
    clause = audience.clause(_COMMITMENT)
    if clause is not None:
        conds.append(clause)
    columns = [c.currency, c.amount_is_ceiling, *_money_columns(dialect)]
    return select(*columns).where(*conds).group_by(c.currency, c.amount_is_ceiling)


def detail_money(session: Session, f: CommitmentFilter, *, audience: Audience) -> TotalsRow:
    """Count and money of every live commitment matching `f`, summed in SQL (no row limit)."""
    conds = commitment_conditions(f, audience=audience)
    clause = audience.clause(Commitment)
    if clause is not None:
        conds.append(clause)
    cents = session.get_bind().dialect.name == "sqlite"
    row = TotalsRow("all")
    for _key, currency, ceiling, *agg in _grouped(session, None, conds, []):
        _add_group(row, currency, ceiling, agg, cents)
    return row
