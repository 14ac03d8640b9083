"""Reads: filtered lists, record details, totals, what changed. No Slack here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, and_, case, cast, func, or_, true, union
from sqlmodel import Session, col, select

from store import vocab
from store.data_version import VersionedCache
from store.models import (
    Claim,
    Commitment,
    Initiative,
    Milestone,
    Project,
    ProjectInitiativeLink,
    ProjectUpdate,
)
from store.visibility import Audience

LIVE_COMMITMENT_STATUSES = tuple(s for s in vocab.COMMITMENT_STATUSES if s != "withdrawn")


@dataclass(frozen=True)
class ProjectFilter:
    country: str | None = None
    mineral: str | None = None
    stage: str | None = None
    status: str | None = None
    initiative_id: int | None = None
    backer: str | None = None
    since: date | None = None  # created or updated on or after


@dataclass(frozen=True)
class CommitmentFilter:
    country: str | None = None  # the actor's country
    mineral: str | None = None
    instrument: str | None = None
    status: str | None = None
    initiative_id: int | None = None
    project_id: int | None = None
    actor: str | None = None  # ISO code or organisation, matched loosely
    stage: str | None = None  # the linked project's stage
    since: date | None = None  # announced (or logged) on or after
    until: date | None = None
    include_withdrawn: bool = False
    countries: tuple[str, ...] = ()  # any of these actor countries (a group and its members)
    project_country: str | None = None  # the linked project's country


@dataclass(frozen=True)
class Page:
    items: list[Any]
    total: int
    offset: int
    limit: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.items) < self.total


def _json_contains(column: Any, value: str) -> Any:
    # Lists are stored as JSON text on both backends; codes are slugs, so quoting is exact.
    return cast(column, String).like(f'%"{value}"%')


def _where_visible(stmt: Any, model: Any, audience: Audience) -> Any:
    clause = audience.clause(model)
    return stmt if clause is None else stmt.where(clause)


def _project_conditions(f: ProjectFilter) -> list[Any]:
    conds: list[Any] = []
    if f.country:
        conds.append(Project.country == f.country)
    if f.mineral:
        conds.append(_mineral_condition(Project.minerals, f.mineral))
    if f.stage:
        conds.append(Project.stage == f.stage)
    if f.status:
        conds.append(Project.status == f.status)
    if f.backer:
        conds.append(cast(Project.backers, String).ilike(f"%{f.backer}%"))
    if f.initiative_id:
        conds.append(
            col(Project.id).in_(
                select(ProjectInitiativeLink.project_id).where(
                    ProjectInitiativeLink.initiative_id == f.initiative_id
                )
            )
        )
    if f.since:
        conds.append(Project.updated_at >= datetime.combine(f.since, datetime.min.time(), tzinfo=_utc()))
    return conds


def _mineral_condition(column: Any, mineral: str) -> Any:
    """A mineral filter; the group codes also match their member elements."""
    if mineral in ("rare-earths", "light-rare-earths", "heavy-rare-earths"):
        group = {"rare-earths": None, "light-rare-earths": "light", "heavy-rare-earths": "heavy"}[mineral]
        members = [
            m.code
            for m in vocab.MINERALS
            if m.code in vocab.RARE_EARTH_CODES and (group is None or m.group == group)
        ]
        extra = ["ndpr"] if group in (None, "light") else []
        return or_(*[_json_contains(column, c) for c in [mineral, *members, *extra]])
    return _json_contains(column, mineral)


def _utc() -> Any:
    from datetime import UTC

    return UTC


def list_projects(
    session: Session, f: ProjectFilter, audience: Audience, *, offset: int = 0, limit: int = 10
) -> Page:
    conds = _project_conditions(f)
    base = _where_visible(select(Project).where(*conds), Project, audience)
    items = list(session.exec(base.order_by(Project.name).offset(offset).limit(limit)).all())
    total = _page_total(
        session,
        items,
        offset,
        limit,
        lambda: _where_visible(select(func.count()).select_from(Project).where(*conds), Project, audience),
    )
    return Page(items, total, offset, limit)


def _page_total(session: Session, items: list[Any], offset: int, limit: int, count_stmt: Any) -> int:
    """How many match: known from a page that is not full, else counted."""
    if len(items) < limit and (items or offset == 0):
        return offset + len(items)
    return int(session.exec(count_stmt()).one())


def _commitment_conditions(f: CommitmentFilter) -> list[Any]:
    conds: list[Any] = []
    if not f.include_withdrawn and f.status != "withdrawn":
        conds.append(col(Commitment.status).in_(LIVE_COMMITMENT_STATUSES))
    if f.country:
        conds.append(Commitment.actor_country == f.country)
    if f.countries:
        conds.append(col(Commitment.actor_country).in_(f.countries))
    if f.project_country:
        conds.append(
            col(Commitment.project_id).in_(select(Project.id).where(Project.country == f.project_country))
        )
    if f.mineral:
        conds.append(_mineral_condition(Commitment.minerals, f.mineral))
    if f.instrument:
        conds.append(Commitment.instrument == f.instrument)
    if f.status:
        conds.append(Commitment.status == f.status)
    if f.project_id:
        conds.append(Commitment.project_id == f.project_id)
    if f.initiative_id:
        in_projects = select(ProjectInitiativeLink.project_id).where(
            ProjectInitiativeLink.initiative_id == f.initiative_id
        )
        conds.append(
            or_(col(Commitment.initiative_id) == f.initiative_id, col(Commitment.project_id).in_(in_projects))
        )
    if f.actor:
        code = vocab.country_code(f.actor)
        conds.append(
            or_(col(Commitment.actor_country) == code, col(Commitment.actor) == code)
            if code
            else col(Commitment.actor).ilike(f"%{f.actor}%")
        )
    if f.stage:
        conds.append(col(Commitment.project_id).in_(select(Project.id).where(Project.stage == f.stage)))
    day = func.coalesce(Commitment.announced_on, func.date(Commitment.created_at))
    if f.since:
        conds.append(day >= f.since)
    if f.until:
        conds.append(day <= f.until)
    return conds


def list_commitments(
    session: Session, f: CommitmentFilter, audience: Audience, *, offset: int = 0, limit: int = 10
) -> Page:
    conds = _commitment_conditions(f)
    stmt = _where_visible(select(Commitment).where(*conds), Commitment, audience).order_by(
        col(Commitment.announced_on).desc().nulls_last(), col(Commitment.id).desc()
    )
    items = list(session.exec(stmt.offset(offset).limit(limit)).all())
    total = _page_total(
        session,
        items,
        offset,
        limit,
        lambda: _where_visible(
            select(func.count()).select_from(Commitment).where(*conds), Commitment, audience
        ),
    )
    return Page(items, total, offset, limit)


@dataclass
class Money:
    """Money in several currencies: USD estimate total, per-currency sums, ceilings flagged."""

    usd: Decimal = Decimal(0)
    usd_ceiling: Decimal = Decimal(0)  # the part of `usd` that is "up to" amounts
    by_currency: dict[str, Decimal] = field(default_factory=dict)
    unconverted: int = 0  # amounts with no rate in the table
    rate_date: date | None = None  # the latest rate date used

    def add(self, c: Commitment) -> None:
        if c.amount is None or not c.currency:
            return
        self.by_currency[c.currency] = self.by_currency.get(c.currency, Decimal(0)) + c.amount
        if c.usd_estimate is None:
            self.unconverted += 1
            return
        self.usd += c.usd_estimate
        if c.amount_is_ceiling:
            self.usd_ceiling += c.usd_estimate
        if c.usd_rate_date and (self.rate_date is None or c.usd_rate_date > self.rate_date):
            self.rate_date = c.usd_rate_date


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


def totals(session: Session, by: str, audience: Audience, f: CommitmentFilter | None = None) -> Totals:
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
    m = row.money  # Decimal and date values are immutable; the dict is not
    return TotalsRow(
        row.key, row.count, Money(m.usd, m.usd_ceiling, dict(m.by_currency), m.unconverted, m.rate_date)
    )


def _money_columns(dialect: str) -> list[Any]:
    """count, amount, USD, unconverted and latest rate date of rows with an amount."""
    has_money = and_(col(Commitment.amount).is_not(None), col(Commitment.currency).is_not(None))

    def total(column: Any) -> Any:
        value = case((has_money, column))
        if dialect == "sqlite":
            # SQLite keeps NUMERIC as INTEGER or REAL: summing REALs would lose cents at
            # these magnitudes, so whole cents are summed as 64-bit integers instead.
            return func.sum(cast(func.round(value * 100), Integer))
        return func.sum(value)

    return [
        func.count(),
        total(Commitment.amount),
        total(Commitment.usd_estimate),
        func.sum(case((and_(has_money, col(Commitment.usd_estimate).is_(None)), 1), else_=0)),
        func.max(
            case((and_(has_money, col(Commitment.usd_estimate).is_not(None)), Commitment.usd_rate_date))
        ),
    ]


def _grouped(session: Session, key: Any, conds: list[Any], joins: list[tuple[Any, Any]]) -> list[Any]:
    """(key, currency, ceiling, *money columns) rows; key None: one group of everything."""
    dialect = session.get_bind().dialect.name
    keys = [] if key is None else [key]
    columns: list[Any] = [*keys, Commitment.currency, Commitment.amount_is_ceiling, *_money_columns(dialect)]
    stmt = select(*columns).select_from(Commitment)
    for target, on in joins:
        stmt = stmt.outerjoin(target, on)
    stmt = stmt.where(*conds).group_by(*keys, Commitment.currency, Commitment.amount_is_ceiling)
    rows = session.execute(stmt).all()
    return [tuple(r) if keys else (None, *r) for r in rows]


def _add_group(row: TotalsRow, currency: str | None, ceiling: bool, agg: Any, cents: bool) -> None:
    """Fold one (group, currency, ceiling) aggregate into a row, as Money.add would."""
    count, amount, usd, unconverted, rate_date = agg
    row.count += int(count)
    if not currency or amount is None:
        return  # Money.add skips amounts without a currency
    money = row.money

    def dec(v: Any) -> Decimal:
        if v is None:
            return Decimal(0)
        return (Decimal(int(v)) / 100).quantize(Decimal("0.01")) if cents else Decimal(v)

    money.by_currency[currency] = money.by_currency.get(currency, Decimal(0)) + dec(amount)
    money.unconverted += int(unconverted or 0)
    if usd is not None:
        money.usd += dec(usd)
        if ceiling:
            money.usd_ceiling += dec(usd)
    if isinstance(rate_date, str):
        rate_date = date.fromisoformat(rate_date)
    if rate_date and (money.rate_date is None or rate_date > money.rate_date):
        money.rate_date = rate_date


def _totals(session: Session, by: str, audience: Audience, f: CommitmentFilter) -> Totals:
    conds = _commitment_conditions(f)
    clause = audience.clause(Commitment)
    if clause is not None:
        conds.append(clause)
    dialect = session.get_bind().dialect.name
    cents = dialect == "sqlite"
    joins: list[tuple[Any, Any]] = []
    labels: dict[Any, str] = {}
    if by == "country":
        key: Any = func.coalesce(func.nullif(Commitment.actor_country, ""), Commitment.actor)
    elif by in ("instrument", "status"):
        key = getattr(Commitment, by)
    elif by == "stage":
        key = func.coalesce(func.nullif(Project.stage, ""), "unspecified")
        joins.append((Project, col(Project.id) == Commitment.project_id))
    elif by == "mineral":
        each: Any
        if dialect == "sqlite":
            each = func.json_each(Commitment.minerals).table_valued("value")
        else:
            each = func.json_array_elements_text(Commitment.minerals).table_valued("value").lateral()
        key = func.coalesce(each.c.value, "unspecified")
        joins.append((each, true()))
    else:  # initiative: the commitment's own and its project's, each once per commitment
        pairs = union(
            select(col(Commitment.id).label("cid"), col(Commitment.initiative_id).label("iid")).where(
                col(Commitment.initiative_id).is_not(None)
            ),
            select(
                col(Commitment.id).label("cid"), col(ProjectInitiativeLink.initiative_id).label("iid")
            ).join(ProjectInitiativeLink, col(ProjectInitiativeLink.project_id) == Commitment.project_id),
        ).subquery()
        key = pairs.c.iid
        joins.append((pairs, pairs.c.cid == Commitment.id))
        short = dict(session.exec(select(Initiative.id, Initiative.short_name)).all())
        full = dict(session.exec(select(Initiative.id, Initiative.name)).all())
        labels = {i: short.get(i) or full.get(i, str(i)) for i in {*short, *full}}
    groups: dict[str, TotalsRow] = {}
    grouped = _grouped(session, key, conds, joins)
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


@dataclass
class ProjectDetail:
    project: Project
    initiatives: list[Initiative]
    commitments: list[Commitment]
    updates: list[ProjectUpdate]
    money: Money
    claims: list[Claim]


def project_detail(
    session: Session, project: Project, audience: Audience, *, updates_limit: int = 5
) -> ProjectDetail:
    initiatives = session.exec(
        select(Initiative)
        .join(ProjectInitiativeLink, col(ProjectInitiativeLink.initiative_id) == Initiative.id)
        .where(ProjectInitiativeLink.project_id == project.id)
        .order_by(Initiative.name)
    ).all()
    page = list_commitments(session, CommitmentFilter(project_id=project.id), audience, limit=1000)
    money = Money()
    for c in page.items:
        money.add(c)
    updates = session.exec(
        _where_visible(
            select(ProjectUpdate).where(ProjectUpdate.project_id == project.id), ProjectUpdate, audience
        )
        .order_by(col(ProjectUpdate.created_at).desc())
        .limit(updates_limit)
    ).all()
    claims = session.exec(
        _where_visible(
            select(Claim).where(Claim.subject_type == "project", Claim.subject_id == project.id),
            Claim,
            audience,
        )
    ).all()
    return ProjectDetail(project, list(initiatives), page.items, list(updates), money, list(claims))


@dataclass
class InitiativeDetail:
    initiative: Initiative
    projects: list[Project]
    commitments: list[Commitment]
    money: Money
    claims: list[Claim]
    milestones: list[Milestone]


def initiative_detail(session: Session, initiative: Initiative, audience: Audience) -> InitiativeDetail:
    projects = session.exec(
        _where_visible(
            select(Project)
            .join(ProjectInitiativeLink, col(ProjectInitiativeLink.project_id) == Project.id)
            .where(ProjectInitiativeLink.initiative_id == initiative.id),
            Project,
            audience,
        ).order_by(Project.name)
    ).all()
    page = list_commitments(session, CommitmentFilter(initiative_id=initiative.id), audience, limit=5000)
    money = Money()
    for c in page.items:
        money.add(c)
    claims = session.exec(
        _where_visible(
            select(Claim).where(Claim.subject_type == "initiative", Claim.subject_id == initiative.id),
            Claim,
            audience,
        )
    ).all()
    milestones = session.exec(
        _where_visible(
            select(Milestone).where(Milestone.initiative_id == initiative.id), Milestone, audience
        ).order_by(Milestone.due_on)
    ).all()
    return InitiativeDetail(initiative, list(projects), page.items, money, list(claims), list(milestones))


def record_counts(session: Session, audience: Audience) -> dict[str, int]:
    """How many projects and initiatives the audience may see."""
    counts = {}
    for key, model in (("projects", Project), ("initiatives", Initiative)):
        stmt = _where_visible(select(func.count()).select_from(model), model, audience)
        counts[key] = int(session.exec(stmt).one())
    return counts


def upcoming_milestones(
    session: Session, today: date, audience: Audience, *, days: int = 60
) -> list[Milestone]:
    stmt = select(Milestone).where(
        Milestone.due_on >= today, Milestone.due_on <= today + timedelta(days=days)
    )
    return list(session.exec(_where_visible(stmt, Milestone, audience).order_by(Milestone.due_on)).all())


@dataclass
class StatusChange:
    project: Project
    update: ProjectUpdate


@dataclass
class Changes:
    """What happened in [start, end): the raw material of a digest."""

    start: datetime
    end: datetime
    new_commitments: list[Commitment]
    new_projects: list[Project]
    new_initiatives: list[Initiative]
    status_changes: list[StatusChange]
    notes: list[StatusChange]


def changes_between(session: Session, start: datetime, end: datetime, audience: Audience) -> Changes:
    """Records created in the window, and project status changes and notes in it."""

    def created(model: Any) -> Any:
        stmt = select(model).where(model.created_at >= start, model.created_at < end)
        return _where_visible(stmt, model, audience).order_by(model.created_at)

    commitments = [c for c in session.exec(created(Commitment)).all() if c.status != "withdrawn"]
    projects = session.exec(created(Project)).all()
    initiatives = session.exec(created(Initiative)).all()
    updates = session.exec(created(ProjectUpdate)).all()
    project_ids = {u.project_id for u in updates}
    by_id = (
        {p.id: p for p in session.exec(select(Project).where(col(Project.id).in_(project_ids))).all()}
        if project_ids
        else {}
    )
    status_changes: list[StatusChange] = []
    notes: list[StatusChange] = []
    for u in updates:
        project = by_id.get(u.project_id)
        if project is None or not audience.can_see(project):
            continue
        (status_changes if u.kind == "status_change" else notes).append(StatusChange(project, u))
    return Changes(start, end, list(commitments), list(projects), list(initiatives), status_changes, notes)


def stale_projects(
    session: Session, as_of: datetime, audience: Audience, *, days: int = 90, limit: int = 20
) -> tuple[list[Project], int]:
    """Projects with no update (and no change to the record) in `days`, oldest first."""
    cutoff = as_of - timedelta(days=days)
    recent = select(ProjectUpdate.project_id).where(ProjectUpdate.created_at >= cutoff)
    conds: list[Any] = [
        col(Project.updated_at) < cutoff,
        col(Project.id).not_in(recent),
        or_(col(Project.status).is_(None), col(Project.status).not_in(["cancelled", "production"])),
    ]
    total: int = session.exec(
        _where_visible(select(func.count()).select_from(Project).where(*conds), Project, audience)
    ).one()
    items: list[Project] = list(
        session.exec(
            _where_visible(select(Project).where(*conds), Project, audience)
            .order_by(col(Project.updated_at))
            .limit(limit)
        ).all()
    )
    return items, int(total)


def records_by_ids(session: Session, model: Any, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    return {r.id: r for r in session.exec(select(model).where(col(model.id).in_(ids))).all()}
