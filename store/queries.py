"""Reads: filtered lists, record details, what changed. No Slack here. Totals: store/totals.py."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    String,
    Table,
    and_,
    bindparam,
    cast,
    func,
    literal,
    literal_column,
    null,
    or_,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session, col, select

from store import vocab
from store.data_version import VersionedCache
from store.db import DriverReads, plain_rows, table_of
from store.models import (
    AuditLog,
    Claim,
    Commitment,
    Initiative,
    Milestone,
    Project,
    ProjectInitiativeLink,
    ProjectMineral,
    ProjectUpdate,
)
from store.money import Money
from store.visibility import Audience

UNSPECIFIED = "unspecified"  # the stats group of records with no stage or no mineral
LIVE_COMMITMENT_STATUSES = tuple(s for s in vocab.COMMITMENT_STATUSES if s != "withdrawn")

# The Core tables, for statements of plain rows: a statement that names a mapped class or its
# attributes anywhere goes through the ORM's execution path, which cost more CPU than SQLite
# took to run the statements of a card.
_COMMITMENT = table_of(Commitment)
_PROJECT = table_of(Project)
_INITIATIVE = table_of(Initiative)
_LINK = table_of(ProjectInitiativeLink)
_UPDATE = table_of(ProjectUpdate)
_CLAIM = table_of(Claim)
_MILESTONE = table_of(Milestone)
_AUDIT = table_of(AuditLog)


def _columns(table: Table, row: Any) -> list[Any]:
    """The table's columns named by the fields of a NamedTuple of a row, in its order."""
    return [table.c[name] for name in row._fields]


class CommitmentLine(NamedTuple):
    """What a list or a card shows of a commitment on one line (`cards.commitment_line`)."""

    id: int
    actor: str
    instrument: str
    amount: Decimal | None
    currency: str | None
    amount_is_ceiling: bool
    quantity: Decimal | None
    quantity_unit: str | None
    project_id: int | None
    status: str
    announced_on: date | None
    source_url: str | None
    needs_review: bool


_LINE_COLUMNS = _columns(_COMMITMENT, CommitmentLine)


class unindexed(FunctionElement[Any]):  # noqa: N801 (an SQL function's name)
    """A column no index should be used for: `+column` on SQLite, the column elsewhere.

    Nearly every commitment is live, so the status index finds them all; without
    statistics SQLite still chose it over the project and initiative indexes, which
    made an initiative's card read all 100,000 commitments (300 ms)."""

    name = "unindexed"
    inherit_cache = True


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def is_live(status: Any) -> Any:
    """A commitment's status is live (not withdrawn), unindexed: the statuses written into
    the SQL, as a bound list is spliced into the statement again at every execution."""
    return unindexed(status).in_([literal_column(f"'{s}'") for s in LIVE_COMMITMENT_STATUSES])


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
    country: str | None = None  # where the commitment's project is
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


@dataclass(frozen=True)
class Page:
    items: list[Any]
    total: int
    offset: int
    limit: int
    capped: bool = False  # more match than `total`: counting stopped there ("1,000+")

    @property
    def has_next(self) -> bool:
        return self.capped or self.offset + len(self.items) < self.total


LIST_COUNT_CAP = 1000  # a list command counts at most this many matches (beyond the page shown)


def _json_contains(column: Any, value: str) -> Any:
    # Lists are stored as JSON text on both backends; codes are slugs, so quoting is exact.
    return cast(column, String).like(f'%"{value}"%')


def _where_visible(stmt: Any, model: Any, audience: Audience) -> Any:
    clause = audience.clause(model)
    return stmt if clause is None else stmt.where(clause)


def project_conditions(f: ProjectFilter) -> list[Any]:
    """The SQL conditions of a project list's filters (exports take the same)."""
    return _project_conditions(f)


def _project_conditions(f: ProjectFilter) -> list[Any]:
    conds: list[Any] = []
    if f.country:
        conds.append(Project.country == f.country)
    if f.mineral == UNSPECIFIED:
        conds.append(_mineral_condition(Project.minerals, f.mineral))
    elif f.mineral:
        in_table = select(ProjectMineral.project_id).where(
            col(ProjectMineral.mineral).in_(_mineral_codes(f.mineral))
        )
        conds.append(col(Project.id).in_(in_table))
    if f.stage == UNSPECIFIED:
        conds.append(or_(col(Project.stage).is_(None), col(Project.stage) == ""))
    elif f.stage:
        conds.append(Project.stage == f.stage)
    if f.status == "unknown":  # what a card shows when no status is recorded
        conds.append(or_(col(Project.status).is_(None), col(Project.status) == ""))
    elif f.status:
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


def _mineral_codes(mineral: str) -> list[str]:
    """The codes a mineral filter matches: a group's code also matches its member elements."""
    if mineral in ("rare-earths", "light-rare-earths", "heavy-rare-earths"):
        group = {"rare-earths": None, "light-rare-earths": "light", "heavy-rare-earths": "heavy"}[mineral]
        members = [
            m.code
            for m in vocab.MINERALS
            if m.code in vocab.RARE_EARTH_CODES and (group is None or m.group == group)
        ]
        extra = ["ndpr"] if group in (None, "light") else []
        return [mineral, *members, *extra]
    return [mineral]


def _mineral_condition(column: Any, mineral: str) -> Any:
    """A mineral filter on a JSON list; "unspecified": none."""
    if mineral == UNSPECIFIED:
        return or_(col(column).is_(None), cast(column, String).in_(["[]", "null"]))
    return or_(*[_json_contains(column, c) for c in _mineral_codes(mineral)])


def _utc() -> Any:
    from datetime import UTC

    return UTC


def list_projects(
    session: Session,
    f: ProjectFilter,
    *,
    audience: Audience,
    offset: int = 0,
    limit: int = 10,
    count_cap: int | None = None,
) -> Page:
    """A page of projects by name. `count_cap`: count at most that many matches (or through
    the page shown, if further) and mark the page `capped` when more match; None counts all."""
    page_stmt, count_stmt = _project_list_statements(f, audience, offset, limit, count_cap)
    items = list(session.exec(page_stmt).all())
    return _counted_page(session, items, offset, limit, lambda: count_stmt, count_cap)


@lru_cache(maxsize=256)
def _project_list_statements(
    f: ProjectFilter, audience: Audience, offset: int, limit: int, count_cap: int | None
) -> tuple[Any, Any]:
    """(the page's statement, the count's) of a project list, built once per filter,
    audience and page: building them cost more than running them."""
    codes = _mineral_codes(f.mineral) if f.mineral and f.mineral != UNSPECIFIED else []
    if len(codes) == 1:
        page, matching = _project_list_by_mineral(f, codes[0], audience, offset, limit)
    else:
        conds = _project_conditions(f)
        base = _where_visible(select(Project).where(*conds), Project, audience)
        page = base.order_by(Project.name).offset(offset).limit(limit)
        matching = _where_visible(select(Project.id).where(*conds), Project, audience)
    return page, _count_statement(matching, offset, limit, count_cap)


def _project_list_by_mineral(
    f: ProjectFilter, mineral: str, audience: Audience, offset: int, limit: int
) -> tuple[Any, Any]:
    """A project list with one mineral: read along `project_mineral`'s (mineral, country,
    name, scope) index, so a page and its capped count read the matching projects alone, in
    order; with no other filter the count reads that index alone."""
    by_mineral = [col(ProjectMineral.mineral) == mineral]
    if f.country:
        by_mineral.append(col(ProjectMineral.country) == f.country)
    if not audience.everything:
        scopes = ["", audience.channel] if audience.channel else [""]
        by_mineral.append(col(ProjectMineral.scope).in_(scopes))
    others = _project_conditions(dataclasses.replace(f, mineral=None, country=None))
    joined = col(Project.id) == ProjectMineral.project_id
    base = select(Project).join(ProjectMineral, joined).where(*by_mineral, *others)
    matching = select(ProjectMineral.name).where(*by_mineral)  # indexed: the count reads no row
    if others:
        matching = matching.join(Project, joined).where(*others)
    return base.order_by(ProjectMineral.name).offset(offset).limit(limit), matching


# Subqueries are named: an anonymous one takes a name from os.urandom each time it is built
# (0.3 ms a call on a loaded machine, several per list).
_MATCHING = "matching"


def _page(
    session: Session, items: list[Any], offset: int, limit: int, matching: Any, count_cap: int | None
) -> Page:
    """The page with how many match: known from a page that is not full, else counted (up to
    the cap: a COUNT over a LIMIT reads no more rows than that)."""
    return _counted_page(
        session, items, offset, limit, lambda: _count_statement(matching, offset, limit, count_cap), count_cap
    )


def _count_statement(matching: Any, offset: int, limit: int, count_cap: int | None) -> Any:
    """How many rows `matching` holds, or up to one past the cap (and the page shown)."""
    if count_cap is None:
        return select(func.count()).select_from(matching.subquery(_MATCHING))
    most = max(count_cap, offset + limit)
    return select(func.count()).select_from(matching.limit(most + 1).subquery(_MATCHING))


def _counted_page(
    session: Session,
    items: list[Any],
    offset: int,
    limit: int,
    count_statement: Callable[[], Any],
    count_cap: int | None,
) -> Page:
    if len(items) < limit and (items or offset == 0):
        return Page(items, offset + len(items), offset, limit)
    counted = int(session.exec(count_statement()).one())
    if count_cap is None:
        return Page(items, counted, offset, limit)
    most = max(count_cap, offset + limit)
    return Page(items, min(counted, most), offset, limit, capped=counted > most)


def commitment_conditions(f: CommitmentFilter, *, audience: Audience) -> list[Any]:
    """WHERE conditions for a filter; a filter on project properties (stage, initiative
    membership) reads only projects the audience may see. Of table columns, so that a
    statement of plain rows built on them stays off the ORM's execution path."""
    c, p, link = _COMMITMENT.c, _PROJECT.c, _LINK.c
    conds: list[Any] = []
    if not f.include_withdrawn and f.status != "withdrawn":
        conds.append(is_live(c.status))
    if f.country:
        conds.append(c.project_id.in_(select(p.id).where(p.country == f.country)))
    if f.countries:
        conds.append(c.actor_country.in_(f.countries))
    if f.mineral:
        conds.append(_mineral_condition(c.minerals, f.mineral))
    if f.instrument:
        conds.append(c.instrument == f.instrument)
    if f.status == "unknown":
        conds.append(or_(c.status.is_(None), c.status == ""))
    elif f.status:
        conds.append(c.status == f.status)
    if f.project_id:
        conds.append(c.project_id == f.project_id)
    if f.initiative_id:
        in_projects = _where_visible(
            select(link.project_id)
            .join(_PROJECT, p.id == link.project_id)
            .where(link.initiative_id == f.initiative_id),
            _PROJECT,
            audience,
        )
        conds.append(or_(c.initiative_id == f.initiative_id, c.project_id.in_(in_projects)))
    if f.actor:
        code = vocab.country_code(f.actor)
        conds.append(or_(c.actor_country == code, c.actor == code) if code else c.actor.ilike(f"%{f.actor}%"))
    if f.stage == UNSPECIFIED:  # as stats group them: no project, or a project with no stage
        no_stage = select(p.id).where(or_(p.stage.is_(None), p.stage == ""))
        conds.append(or_(c.project_id.is_(None), c.project_id.in_(no_stage)))
    elif f.stage:
        staged = _where_visible(select(p.id).where(p.stage == f.stage), _PROJECT, audience)
        conds.append(c.project_id.in_(staged))
    day = func.coalesce(c.announced_on, func.date(c.created_at))
    if f.since:
        conds.append(day >= f.since)
    if f.until:
        conds.append(day <= f.until)
    return conds


def list_commitments(
    session: Session,
    f: CommitmentFilter,
    *,
    audience: Audience,
    offset: int = 0,
    limit: int = 10,
    count_cap: int | None = None,
) -> Page:
    """A page of commitments, newest first; `count_cap` as for `list_projects`."""
    stmt, counting = _built_once(_commitment_page_statements, f, audience, offset, limit, count_cap, False)
    items = list(session.exec(stmt).all())
    return _counted_page(session, items, offset, limit, lambda: counting, count_cap)


def commitment_lines(
    session: Session,
    f: CommitmentFilter,
    *,
    audience: Audience,
    offset: int = 0,
    limit: int = 10,
    count_cap: int | None = None,
) -> tuple[Page, dict[int, str]]:
    """`list_commitments` as the lines a list shows (`CommitmentLine`s, plain rows), with the
    names of their projects the audience may see, by id, read in the same statement."""
    stmt, counting = _built_once(_commitment_page_statements, f, audience, offset, limit, count_cap, True)
    rows = plain_rows(session, stmt)
    names = {row.project_id: row.project_name for row in rows if row.project_name is not None}
    items = [CommitmentLine._make(row[:-1]) for row in rows]
    return _counted_page(session, items, offset, limit, lambda: counting, count_cap), names


def _built_once(build: Any, *args: Any) -> Any:
    """`build(*args)` from its cache; a filter holding a list (unhashable) is built afresh."""
    try:
        hash(args)
    except TypeError:
        return build.__wrapped__(*args)
    return build(*args)


@lru_cache(maxsize=256)
def _commitment_page_statements(
    f: CommitmentFilter, audience: Audience, offset: int, limit: int, count_cap: int | None, lines: bool
) -> tuple[Any, Any]:
    """(the page, its count) of a commitment list: of records, or (`lines`) of the columns
    of `CommitmentLine` and the project's name. Built once per filter, audience and page:
    the statements are pure functions of them (values bound as literals), and building them
    cost more CPU than a page's rows."""
    code = vocab.country_code(f.actor) if f.actor else None
    if code:
        page, matching = _country_list_statements(f, code, audience, offset, limit, count_cap, lines)
    else:
        conds = commitment_conditions(f, audience=audience)
        page = select(*_LINE_COLUMNS) if lines else select(Commitment)
        page = _where_visible(page.where(*conds), _COMMITMENT, audience).order_by(*_NEWEST)
        page = page.offset(offset).limit(limit)
        matching = _where_visible(select(_COMMITMENT.c.id).where(*conds), _COMMITMENT, audience)
    if lines:
        page = _with_project_names(page, audience)
    return page, _count_statement(matching, offset, limit, count_cap)


_NEWEST = (_COMMITMENT.c.announced_on.desc().nulls_last(), _COMMITMENT.c.id.desc())


def _with_project_names(page: Any, audience: Audience) -> Any:
    """A page of lines with the name of each one's project if the audience may see it: the
    page read as before, then its few rows joined to their projects."""
    rows = page.subquery("page")
    on = rows.c.project_id == _PROJECT.c.id
    visible = audience.clause(_PROJECT)
    return (
        select(rows, _PROJECT.c.name.label("project_name"))
        .select_from(rows.outerjoin(_PROJECT, on if visible is None else and_(on, visible)))
        .order_by(rows.c.announced_on.desc().nulls_last(), rows.c.id.desc())
    )


def _country_list_statements(
    f: CommitmentFilter,
    code: str,
    audience: Audience,
    offset: int,
    limit: int,
    count_cap: int | None,
    lines: bool,
) -> tuple[Any, Any]:
    """The page and what it counts of a list by a country (`by:JP`): the commitments of its
    country, and those whose actor is the code but whose country is another or none, each
    read along its own index in the list's order (ix_commitment_country_newest,
    ix_commitment_actor_elsewhere) and only as far as the page; with OR, every match was
    read and sorted for a page."""
    c = _COMMITMENT.c
    conds = commitment_conditions(dataclasses.replace(f, actor=None, instrument=None), audience=audience)
    if f.instrument:
        # Checked along the country's index (which holds it), not read along the
        # instrument's: without statistics SQLite took that one for both halves (0014).
        conds.append(unindexed(c.instrument) == f.instrument)
    # As migration 0011 writes the partial index's condition, so that the index is used.
    elsewhere = or_(c.actor_country.is_(None), c.actor_country != c.actor)
    halves = [
        _where_visible(select(c.id).where(*conds, c.actor_country == code), _COMMITMENT, audience),
        _where_visible(select(c.id).where(*conds, c.actor == code, elsewhere), _COMMITMENT, audience),
    ]

    def newest(rows: int | None) -> Any:
        """Each half's newest `rows` (all: None), read along its index in the list's order."""
        if rows is None:
            return union_all(*halves)
        return union_all(
            *[
                select(h.order_by(*_NEWEST).limit(rows).subquery(f"half_{i}").c.id)
                for i, h in enumerate(halves)
            ]
        )

    # A capped count in that order too: PostgreSQL would otherwise count through a bitmap
    # of every match (77,000 of Japan's at 100,000 projects) to stop at the cap.
    counted = None if count_cap is None else max(count_cap, offset + limit) + 1
    # The page is the newest of each half's newest as far as the page reaches.
    page = select(*_LINE_COLUMNS) if lines else select(Commitment)
    page = page.where(c.id.in_(newest(offset + limit))).order_by(*_NEWEST)
    return page.offset(offset).limit(limit), newest(counted)


CARD_COMMITMENTS = 15  # the newest commitments a card lists; its money and count are of all


class ProjectCard(NamedTuple):
    """What a project's card shows of the project."""

    id: int
    name: str
    synthetic: bool
    status: str | None
    stage: str | None
    minerals: list[str]
    region: str | None
    country: str | None
    operator: str | None
    backers: list[str]
    capacity: Decimal | None
    capacity_unit: str | None
    expected_start_year: int | None
    description: str | None
    logged_by: str | None
    source_url: str | None
    updated_at: datetime


class InitiativeCard(NamedTuple):
    """What an initiative's card shows of the initiative."""

    id: int
    name: str
    short_name: str | None
    lead: str | None
    members: list[str]
    launched_on: date | None
    venue: str | None
    status: str
    pillars: list[str]
    description: str | None
    logged_by: str | None
    source_url: str | None
    updated_at: datetime


class InitiativeName(NamedTuple):
    name: str
    short_name: str | None


class UpdateLine(NamedTuple):
    """What a project's card shows of an update."""

    happened_on: date | None
    created_at: datetime
    old_status: str | None
    new_status: str | None
    note: str | None


class ClaimLine(NamedTuple):
    """What an initiative's card shows of what a source says."""

    attribute: str
    value: str
    note: str | None
    source_url: str | None


class MilestoneLine(NamedTuple):
    due_on: date
    title: str


class HistoryLine(NamedTuple):
    """What a commitment's card shows of one entry of its audit log."""

    at: datetime
    action: str
    actor: str | None
    note: str | None


class CommitmentCard(NamedTuple):
    """What a commitment's card shows of the commitment."""

    id: int
    actor: str
    actor_country: str | None
    counterparty: str | None
    instrument: str
    amount: Decimal | None
    currency: str | None
    amount_is_ceiling: bool
    usd_estimate: Decimal | None
    usd_rate_date: date | None
    status: str
    announced_on: date | None
    minerals: list[str]
    statement: str | None
    logged_by: str | None
    source_url: str | None


@dataclass
class ProjectDetail:
    project: ProjectCard
    initiatives: list[InitiativeName]
    commitments: list[CommitmentLine]  # the newest CARD_COMMITMENTS
    updates: list[UpdateLine]
    money: Money
    commitment_count: int = 0  # all of them


def project_detail(
    session: Session | DriverReads, project: ProjectCard, *, audience: Audience, updates_limit: int = 5
) -> ProjectDetail:
    """A project's card: its initiatives the audience may see (a public project may be
    linked to a private initiative: its name stays in its channel), its newest commitments,
    their money and count, its latest updates. Plain rows of statements built once per
    audience, the project's id bound."""
    from store.totals import project_money  # totals builds on this module's filters

    initiatives, commitments, updates = _project_card_statements(audience, updates_limit)
    params = {"project_id": project.id}
    whole = project_money(session, project.id, audience=audience)
    return ProjectDetail(
        project,
        [InitiativeName._make(row) for row in plain_rows(session, initiatives, params)],
        [CommitmentLine._make(row) for row in plain_rows(session, commitments, params)],
        [UpdateLine._make(row) for row in plain_rows(session, updates, params)],
        whole.money,
        whole.count,
    )


@lru_cache(maxsize=256)
def _project_card_statements(audience: Audience, updates_limit: int) -> tuple[Any, Any, Any]:
    i, link, c, u = _INITIATIVE.c, _LINK.c, _COMMITMENT.c, _UPDATE.c
    project_id: Any = bindparam("project_id")
    initiatives = _where_visible(
        select(i.name, i.short_name)
        .join(_LINK, link.initiative_id == i.id)
        .where(link.project_id == project_id),
        _INITIATIVE,
        audience,
    ).order_by(i.name)
    # As `list_commitments` reads a project's page: its live commitments, newest first.
    commitments = _where_visible(
        select(*_LINE_COLUMNS).where(is_live(c.status), c.project_id == project_id), _COMMITMENT, audience
    )
    updates = _where_visible(
        select(*_columns(_UPDATE, UpdateLine)).where(u.project_id == project_id), _UPDATE, audience
    )
    return (
        initiatives,
        commitments.order_by(*_NEWEST).limit(CARD_COMMITMENTS),
        updates.order_by(u.created_at.desc()).limit(updates_limit),
    )


@lru_cache(maxsize=256)
def _claims_statement(kind: str, audience: Audience) -> Any:
    """What sources say about one project or initiative (:subject_id), as far as the audience may see."""
    c = _CLAIM.c
    stmt = select(*_columns(_CLAIM, ClaimLine)).where(
        c.subject_type == kind, c.subject_id == bindparam("subject_id")
    )
    return _where_visible(stmt, _CLAIM, audience)


CARD_PROJECTS = 30  # the project names an initiative's card lists; its count is of all
CARD_MILESTONES = 10


@dataclass
class InitiativeDetail:
    initiative: InitiativeCard
    projects: list[str]  # the first CARD_PROJECTS names, A to Z
    money: Money
    claims: list[ClaimLine]
    milestones: list[MilestoneLine]  # the first CARD_MILESTONES by date
    commitment_count: int = 0  # all of them
    project_count: int = 0  # all of them


@dataclass(frozen=True)
class _InitiativeSummary:
    project_names: tuple[str, ...]
    project_count: int
    money: Money
    commitment_count: int


# An initiative's projects and money, per audience, until the records change: a large
# initiative holds a third of the store (33,000 projects and 330,000 commitments at 100,000
# projects), which no index sums for a card; read once per data version, never per request.
_INITIATIVE_SUMMARIES = VersionedCache(size=128)


def initiative_detail(
    session: Session, initiative: InitiativeCard, *, audience: Audience
) -> InitiativeDetail:
    """An initiative's card: its projects' first names and count, money, claims, milestones."""
    summary = _INITIATIVE_SUMMARIES.get(
        session,
        ("initiative", initiative.id, audience),
        lambda: _initiative_summary(session, initiative.id, audience),
    )
    params = {"subject_id": initiative.id}
    claims = plain_rows(session, _claims_statement("initiative", audience), params)
    milestones = plain_rows(session, _milestones_statement(audience), {"initiative_id": initiative.id})
    return InitiativeDetail(
        initiative,
        list(summary.project_names),
        summary.money.copy(),  # callers may change what they are given, never the cached value
        [ClaimLine._make(row) for row in claims],
        [MilestoneLine._make(row) for row in milestones],
        summary.commitment_count,
        summary.project_count,
    )


@lru_cache(maxsize=256)
def _milestones_statement(audience: Audience) -> Any:
    m = _MILESTONE.c
    stmt = select(*_columns(_MILESTONE, MilestoneLine)).where(m.initiative_id == bindparam("initiative_id"))
    return _where_visible(stmt, _MILESTONE, audience).order_by(m.due_on).limit(CARD_MILESTONES)


def _initiative_summary(
    session: Session, initiative_id: int | None, audience: Audience
) -> _InitiativeSummary:
    from store.totals import detail_money  # totals builds on this module's filters

    members = _where_visible(
        select(Project.name)
        .join(ProjectInitiativeLink, col(ProjectInitiativeLink.project_id) == Project.id)
        .where(ProjectInitiativeLink.initiative_id == initiative_id),
        Project,
        audience,
    )
    names = session.exec(members.order_by(Project.name).limit(CARD_PROJECTS)).all()
    count = len(names)
    if count == CARD_PROJECTS:
        count = int(session.exec(select(func.count()).select_from(members.subquery("members"))).one())
    whole = detail_money(session, CommitmentFilter(initiative_id=initiative_id), audience=audience)
    return _InitiativeSummary(tuple(names), count, whole.money, whole.count)


@dataclass
class CommitmentDetail:
    commitment: CommitmentCard
    project_name: str | None  # of its project, if the audience may see it
    initiative_name: str | None  # of its initiative (the short name if any), likewise
    history: list[HistoryLine]  # oldest first


def commitment_detail(
    session: Session | DriverReads, commitment_id: int, *, audience: Audience
) -> CommitmentDetail | None:
    """A commitment `audience` may see, the names of its project and initiative, and its
    audit history: one statement for the commitment and the names, one for the history."""
    params = {"commitment_id": commitment_id}
    found = plain_rows(session, _commitment_card_statement(audience), params)
    if not found:
        return None
    row = found[0]
    project_name, initiative_name, initiative_short_name = row[-3:]
    history = plain_rows(session, _HISTORY, params)
    return CommitmentDetail(
        CommitmentCard._make(row[:-3]),
        project_name,
        initiative_short_name or initiative_name,
        [HistoryLine._make(row) for row in history],
    )


@lru_cache(maxsize=256)
def _commitment_card_statement(audience: Audience) -> Any:
    c, p, i = _COMMITMENT.c, _PROJECT.c, _INITIATIVE.c
    # Its project and initiative only if the audience may see them (a visible record may
    # point at a hidden one): outer joins on their ids and their audience rule.
    joined = _COMMITMENT.outerjoin(_PROJECT, _and_visible(p.id == c.project_id, _PROJECT, audience))
    joined = joined.outerjoin(_INITIATIVE, _and_visible(i.id == c.initiative_id, _INITIATIVE, audience))
    names = [p.name, i.name, i.short_name]
    stmt = select(*_columns(_COMMITMENT, CommitmentCard), *names).select_from(joined)
    return _where_visible(stmt.where(c.id == bindparam("commitment_id")), _COMMITMENT, audience)


def _and_visible(on: Any, table: Any, audience: Audience) -> Any:
    clause = audience.clause(table)
    return on if clause is None else and_(on, clause)


_HISTORY = (
    select(*_columns(_AUDIT, HistoryLine))
    .where(_AUDIT.c.entity_type == "commitment", _AUDIT.c.entity_id == bindparam("commitment_id"))
    .order_by(_AUDIT.c.at, _AUDIT.c.id)
    .limit(50)
)


_RECORD_COUNTS = VersionedCache(size=64)


def record_counts(session: Session, *, audience: Audience) -> dict[str, int]:
    """How many projects and initiatives the audience may see (counted once per data version)."""
    return dict(_RECORD_COUNTS.get(session, ("counts", audience), lambda: _record_counts(session, audience)))


def _record_counts(session: Session, audience: Audience) -> dict[str, int]:
    counts = {}
    for key, model in (("projects", Project), ("initiatives", Initiative)):
        stmt = _where_visible(select(func.count()).select_from(model), model, audience)
        counts[key] = int(session.exec(stmt).one())
    return counts


def upcoming_milestones(
    session: Session, today: date, *, audience: Audience, days: int = 60, limit: int | None = None
) -> list[Milestone]:
    """Milestones due in the next `days`, soonest first; at most `limit` (None: all)."""
    stmt = select(Milestone).where(
        Milestone.due_on >= today, Milestone.due_on <= today + timedelta(days=days)
    )
    stmt = _where_visible(stmt, Milestone, audience).order_by(Milestone.due_on, col(Milestone.id))
    return list(session.exec(stmt if limit is None else stmt.limit(limit)).all())


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


def changes_between(session: Session, start: datetime, end: datetime, *, audience: Audience) -> Changes:
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


def created_in(
    session: Session,
    model: Any,
    start: datetime,
    end: datetime,
    conds: list[Any],
    *,
    audience: Audience,
    limit: int,
    count_cap: int,
) -> Page:
    """The first `limit` records of `model` created in [start, end) that match `conds` and the
    audience may see, oldest first, and how many match up to `count_cap`: both read along the
    (created_at, id) index (migration 0012) only as far as the page and the cap, however many
    records the window holds."""
    statements = created_in_statements(
        model, start, end, conds, audience=audience, limit=limit, count_cap=count_cap
    )
    return created_in_page(session, statements, audience=audience)


@dataclass(frozen=True)
class CreatedIn:
    """The statements of one `created_in` read, for a caller that builds them once."""

    audience: Audience  # whom they are limited to
    page: Any
    count: Any
    limit: int
    count_cap: int


def created_in_statements(
    model: Any,
    start: datetime,
    end: datetime,
    conds: list[Any],
    *,
    audience: Audience,
    limit: int,
    count_cap: int,
) -> CreatedIn:
    """The page's and the capped count's statements of `created_in`."""
    window = [col(model.created_at) >= start, col(model.created_at) < end, *conds]
    order = (col(model.created_at), col(model.id))
    base = _where_visible(select(model).where(*window), model, audience).order_by(*order)
    matching = _where_visible(select(model.id).where(*window), model, audience).order_by(*order)
    return CreatedIn(
        audience, base.limit(limit), _count_statement(matching, 0, limit, count_cap), limit, count_cap
    )


def created_in_page(session: Session, statements: CreatedIn, *, audience: Audience) -> Page:
    """`created_in` from its statements, which must be limited to this audience."""
    if statements.audience != audience:
        raise ValueError("statements built for another audience")
    items = list(session.exec(statements.page).all())
    return _counted_page(session, items, 0, statements.limit, lambda: statements.count, statements.count_cap)


def stale_projects(
    session: Session, as_of: datetime, *, audience: Audience, days: int = 90, limit: int = 20
) -> tuple[list[Project], int]:
    """Projects with no update (and no change to the record) in `days`, oldest first."""
    cutoff = as_of - timedelta(days=days)
    # An update the audience may not see does not make a project look alive to it.
    recent = _where_visible(
        select(ProjectUpdate.project_id).where(ProjectUpdate.created_at >= cutoff), ProjectUpdate, audience
    )
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


def records_by_ids(session: Session, model: Any, ids: list[int], *, audience: Audience) -> dict[int, Any]:
    """The records with these ids that `audience` may see, by id."""
    if not ids:
        return {}
    stmt = _where_visible(select(model).where(col(model.id).in_(ids)), model, audience)
    return {r.id: r for r in session.exec(stmt).all()}


def project_names(session: Session, ids: list[int], *, audience: Audience) -> dict[int, str]:
    """The names of the projects with these ids that `audience` may see, by id: plain rows
    from a statement built once per audience, not ORM records (a list page needs only names)."""
    if not ids:
        return {}
    rows = session.execute(_project_names_statement(audience), {"ids": list(dict.fromkeys(ids))}).all()
    return {int(project_id): name for project_id, name in rows}


@lru_cache(maxsize=256)
def _project_names_statement(audience: Audience) -> Any:
    bound_ids: Any = bindparam("ids", expanding=True)
    stmt = select(Project.id, Project.name).where(col(Project.id).in_(bound_ids))
    return _where_visible(stmt, Project, audience)


def hit_summaries(
    session: Session, ids_by_kind: dict[str, list[int]], *, audience: Audience
) -> dict[tuple[str, int], tuple[Any, ...]]:
    """What a list of search hits shows of each record the audience may see, by (kind, id):
    (name, description) of a project or initiative, (actor, instrument, status, statement)
    of a commitment, (project id, note) of an update. One statement of plain rows for all
    kinds, not one of ORM records per kind."""
    kinds = tuple(kind for kind, ids in ids_by_kind.items() if ids)
    if not kinds:
        return {}
    ids = {f"ids_{kind}": ids_by_kind[kind] for kind in kinds}
    summaries = {}
    for kind, record_id, *values in session.execute(_hit_summaries_statement(kinds, audience), ids).all():
        if kind == "update":
            values[0] = int(values[0])
        summaries[(kind, int(record_id))] = tuple(values)
    return summaries


@lru_cache(maxsize=256)
def _hit_summaries_statement(kinds: tuple[str, ...], audience: Audience) -> Any:
    # Built once per set of kinds and audience, the ids bound at execution: building the
    # UNION and its cache key afresh cost more than SQLite took to run it.
    text_ = cast(null(), String)
    shapes: dict[str, tuple[Any, list[Any]]] = {
        "project": (Project, [Project.name, Project.description, text_, text_]),
        "initiative": (Initiative, [Initiative.name, Initiative.description, text_, text_]),
        "commitment": (
            Commitment,
            [Commitment.actor, Commitment.instrument, Commitment.status, Commitment.statement],
        ),
        "update": (
            ProjectUpdate,
            [cast(ProjectUpdate.project_id, String), ProjectUpdate.note, text_, text_],
        ),
    }
    parts = []
    for kind in kinds:
        model, columns = shapes[kind]
        bound_ids: Any = bindparam(f"ids_{kind}", expanding=True)
        part = select(literal(kind).label("kind"), model.id, *columns).where(col(model.id).in_(bound_ids))
        parts.append(_where_visible(part, model, audience))
    return parts[0] if len(parts) == 1 else union_all(*parts)
