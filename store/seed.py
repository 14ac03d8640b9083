"""Demo data drawn only from the seed article, and synthetic data for benchmarks."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, text
from sqlmodel import JSON, Session, SQLModel, col, select

from store import data_version, name_index, project_minerals, records, search, vocab
from store.models import Claim, Commitment, Initiative, Milestone, Project, ProjectInitiativeLink
from store.rates import DEFAULT_RATES, RATES_AS_OF
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.visibility import EVERYTHING

ARTICLE = "US Steps Up Efforts To Secure Rare Earths Supply Chains Outside China (seed article)"
SEED_ACTOR = "seed"

# Everything below is stated in the article; where it gives no figure the field stays empty.
DEMO_INITIATIVES = [
    InitiativeIn(
        name="G7 Critical Minerals Action Plan",
        short_name="G7 CMAP",
        lead="G7",
        members=["CA", "FR", "DE", "IT", "JP", "GB", "US"],
        venue="2025 G7 summit, Kananaskis, Canada",
        pillars=["investment", "price floors", "stockpiles", "investment screening", "tariffs"],
        description="Launched by G7 leaders at the 2025 Kananaskis summit to diversify supplies "
        "of rare earths and other strategic materials away from China.",
    ),
    InitiativeIn(
        name="Canada-led critical minerals production alliance",
        short_name="Production Alliance",
        lead="CA",
        venue="2025 G7 summit, Kananaskis, Canada",
        description="A Canada-led production alliance launched alongside the Action Plan, "
        "aimed at diversifying supplies of rare earths and other strategic materials.",
    ),
]
_BOTH = ["G7 Critical Minerals Action Plan", "Canada-led critical minerals production alliance"]
DEMO_PROJECTS = [
    ProjectIn(
        name="Ontario rare earth processing facilities",
        country="CA",
        region="Ontario",
        minerals=["rare-earths"],
        stage="processing",
        backers=["US", "DE"],
        initiatives=_BOTH,
        description="Rare earth processing facilities in Ontario backed by U.S. and German financing.",
    ),
    ProjectIn(
        name="Canadian graphite mines",
        country="CA",
        minerals=["graphite"],
        stage="mining",
        backers=["JP", "EU"],
        initiatives=_BOTH,
        description="Canadian graphite mines with Japanese and European offtake agreements.",
    ),
    ProjectIn(
        name="Canadian rare earth mines",
        country="CA",
        minerals=["rare-earths"],
        stage="mining",
        backers=["JP", "EU"],
        initiatives=_BOTH,
        description="Canadian rare earth mines with Japanese and European offtake agreements.",
    ),
]
# "mobilized more than $6.4 billion across 26 projects" sums the projects' own money: it is what
# a source says about the initiative (a claim), never a commitment added to totals.
DEMO_G7_CLAIMS = (("mobilized_usd", "more than USD 6.4bn across 26 projects"), ("projects_count", "26"))
AGGREGATE_KEY = "g7-mobilized"
AGGREGATE_NOTE = "An aggregate across 26 projects: kept as a claim on the G7 initiative, not a commitment."
DEMO_COMMITMENTS: list[tuple[str, CommitmentIn]] = [
    (
        "us-ontario",
        CommitmentIn(
            actor="US",
            instrument="other",
            project="Ontario rare earth processing facilities",
            minerals=["rare-earths"],
            statement="U.S. financing for rare earth processing facilities in Ontario.",
        ),
    ),
    (
        "de-ontario",
        CommitmentIn(
            actor="DE",
            instrument="other",
            project="Ontario rare earth processing facilities",
            minerals=["rare-earths"],
            statement="German financing for rare earth processing facilities in Ontario.",
        ),
    ),
    (
        "jp-graphite",
        CommitmentIn(
            actor="JP",
            counterparty="CA",
            instrument="offtake",
            project="Canadian graphite mines",
            minerals=["graphite"],
            statement="Japanese offtake agreement with Canadian graphite mines.",
        ),
    ),
    (
        "eu-graphite",
        CommitmentIn(
            actor="EU",
            counterparty="CA",
            instrument="offtake",
            project="Canadian graphite mines",
            minerals=["graphite"],
            statement="European offtake agreement with Canadian graphite mines.",
        ),
    ),
    (
        "jp-ree",
        CommitmentIn(
            actor="JP",
            counterparty="CA",
            instrument="offtake",
            project="Canadian rare earth mines",
            minerals=["rare-earths"],
            statement="Japanese offtake agreement with Canadian rare earth mines.",
        ),
    ),
    (
        "eu-ree",
        CommitmentIn(
            actor="EU",
            counterparty="CA",
            instrument="offtake",
            project="Canadian rare earth mines",
            minerals=["rare-earths"],
            statement="European offtake agreement with Canadian rare earth mines.",
        ),
    ),
    *[
        (
            f"{code.lower()}-investment",
            CommitmentIn(
                actor=code,
                instrument="other",
                initiative="G7 Critical Minerals Action Plan",
                statement=f"Investments involving {vocab.country_name(code)} among the projects "
                "mobilized under the G7 effort.",
            ),
        )
        for code in ("GB", "IT", "AU")
    ],
    (
        "g7-price-floor",
        CommitmentIn(
            actor="G7",
            instrument="price-floor",
            status="proposed",
            minerals=["rare-earths"],
            initiative="G7 Critical Minerals Action Plan",
            statement="Minimum price floors to support non-Chinese producers, under discussion.",
        ),
    ),
    (
        "g7-stockpile",
        CommitmentIn(
            actor="G7",
            instrument="stockpile",
            status="proposed",
            minerals=["rare-earths"],
            initiative="G7 Critical Minerals Action Plan",
            statement="Joint stockpiles of critical rare earths, under discussion; no binding "
            "agreement in place.",
        ),
    ),
    (
        "g7-screening",
        CommitmentIn(
            actor="G7",
            instrument="investment-screening",
            status="proposed",
            initiative="G7 Critical Minerals Action Plan",
            statement="Tighter screening of foreign investment, under discussion.",
        ),
    ),
    (
        "g7-tariffs",
        CommitmentIn(
            actor="G7",
            instrument="tariff",
            status="proposed",
            initiative="G7 Critical Minerals Action Plan",
            statement="In some cases, tariffs aimed at preventing price undercutting, under discussion.",
        ),
    ),
    (
        "cn-export-controls",
        CommitmentIn(
            actor="CN",
            instrument="export-control",
            status="announced",
            statement="Recent Chinese restrictions on certain dual-use items and strategic materials.",
        ),
    ),
]


def seed_demo(session: Session, *, now: datetime) -> dict[str, int]:
    """Load the article's records, logged at `now`; a second run adds nothing. Returns counts added."""
    added = {"initiatives": 0, "projects": 0, "commitments": 0, "milestones": 0, "claims": 0}
    prov = {"logged_by": SEED_ACTOR}
    for data in DEMO_INITIATIVES:
        if not session.exec(select(Initiative).where(Initiative.name == data.name)).first():
            records.create_initiative(session, data, actor=SEED_ACTOR, now=now, provenance=prov)
            added["initiatives"] += 1
    session.flush()
    for pdata in DEMO_PROJECTS:
        if not session.exec(select(Project).where(Project.name == pdata.name)).first():
            records.create_project(
                session, pdata, actor=SEED_ACTOR, audience=EVERYTHING, now=now, provenance=prov
            )
            added["projects"] += 1
    for key, cdata in DEMO_COMMITMENTS:
        source_message = f"seed:{key}"
        if not session.exec(select(Commitment).where(Commitment.source_message == source_message)).first():
            records.create_commitment(
                session,
                cdata,
                actor=SEED_ACTOR,
                audience=EVERYTHING,
                now=now,
                provenance={**prov, "source_message": source_message},
            )
            added["commitments"] += 1
    g7 = session.exec(select(Initiative).where(Initiative.name == "G7 Critical Minerals Action Plan")).one()
    if not session.exec(select(Milestone).where(Milestone.title == "2026 G7 summit")).first():
        records.add_milestone(
            session,
            title="2026 G7 summit",
            due_on=date(2026, 1, 12),
            initiative=g7,
            actor=SEED_ACTOR,
            now=now,
            provenance=prov,
            description="Rare earths are a key test of collective action.",
        )
        added["milestones"] += 1
    for attribute, value in DEMO_G7_CLAIMS:
        if not session.exec(
            select(Claim).where(
                Claim.subject_type == "initiative", Claim.subject_id == g7.id, Claim.attribute == attribute
            )
        ).first():
            records.add_claim(
                session,
                subject=g7,
                attribute=attribute,
                value=value,
                actor=SEED_ACTOR,
                now=now,
                note=f"{ARTICLE}: officials familiar with the initiative",
                provenance=prov,
            )
            added["claims"] += 1
    added["withdrawn"] = _withdraw_aggregate(session, now=now)
    return added


def _withdraw_aggregate(session: Session, *, now: datetime) -> int:
    """Withdraw the aggregate earlier seeds stored as a G7 commitment: it is a claim, not money."""
    old = session.exec(
        select(Commitment).where(
            Commitment.source_message == f"seed:{AGGREGATE_KEY}", Commitment.status != "withdrawn"
        )
    ).first()
    if old is None:
        return 0
    records.set_commitment_status(
        session, old, "withdrawn", actor=SEED_ACTOR, action="withdraw", now=now, note=AGGREGATE_NOTE
    )
    return 1


SYNTHETIC_COUNTRIES = ["CA", "US", "AU", "JP", "DE", "GB", "FR", "IT", "KR", "BR", "CL", "NO", "SE"]
SYNTHETIC_MINERALS = [
    "graphite",
    "lithium",
    "nickel",
    "cobalt",
    "neodymium",
    "dysprosium",
    "praseodymium",
    "gallium",
    "germanium",
    "antimony",
    "tungsten",
    "rare-earths",
]


def _synthetic_commitment(
    rng: random.Random, project_id: int | None, latest: datetime, *, days: int = 720
) -> dict[str, Any]:
    """One synthetic commitment logged up to `days` (and a day's minutes) before `latest`."""
    currency = rng.choice(list(DEFAULT_RATES))
    amount = Decimal(rng.randint(1, 5000)) * Decimal(1_000_000)
    rate = Decimal(DEFAULT_RATES[currency])
    created = latest - timedelta(days=rng.randint(0, days), minutes=rng.randint(0, 1440))
    actor = rng.choice(SYNTHETIC_COUNTRIES)
    return dict(
        actor=actor,
        counterparty=None,
        instrument=rng.choice(vocab.INSTRUMENTS),
        amount=amount,
        currency=currency,
        amount_is_ceiling=rng.random() < 0.3,
        usd_estimate=(amount * rate).quantize(Decimal("0.01")),
        usd_rate_date=RATES_AS_OF,
        minerals=[rng.choice(SYNTHETIC_MINERALS)],
        project_id=project_id,
        status=rng.choice(vocab.COMMITMENT_STATUSES[:-1]),
        announced_on=created.date(),
        statement="Synthetic benchmark commitment.",
        synthetic=True,
        source_private=False,
        logged_by="synthetic",
        created_at=created,
        updated_at=created,
        actor_country=actor,
    )


def _bulk_insert(session: Session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    """Rows (all with the same keys) inserted in one go: PostgreSQL's COPY, else one
    executemany on the table (no ORM bookkeeping per row)."""
    if not rows:
        return
    table = model.__table__  # type: ignore[attr-defined]
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(insert(table), rows)
        return
    import psycopg  # only with PostgreSQL (the driver is psycopg 3)

    names = list(rows[0])
    # COPY skips SQLAlchemy's column defaults: the Python-side ones are filled in here.
    defaults = {
        c.name: c.default
        for c in table.columns
        if c.name not in names and c.default is not None and (c.default.is_scalar or c.default.is_callable)
    }
    if defaults:
        names += list(defaults)
        rows = [
            {**row, **{n: d.arg if d.is_scalar else d.arg(None) for n, d in defaults.items()}} for row in rows
        ]
    json_columns = {name for name in names if isinstance(table.c[name].type, JSON)}
    columns = ", ".join(f'"{name}"' for name in names)
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(
                [json.dumps(row[n]) if n in json_columns and row[n] is not None else row[n] for n in names]
            )


def seed_synthetic(
    session: Session,
    n_projects: int,
    *,
    per_project: int = 10,
    rng_seed: int = 42,
    now: datetime,
    progress: Callable[[int, int | None], None] | None = None,
    fast: bool = True,
) -> dict[str, int]:
    """N synthetic projects (flagged synthetic, named "Synthetic ...") with commitments each;
    `progress(rows written, rows in all)` is called after each batch.

    On SQLite (unless `fast` is False) the rows go in with the insert triggers dropped (the
    full-text, name and data-version triggers fired per row: 28 minutes for 100,000 projects
    and a million commitments), the new rows are then indexed one statement per index, the
    data version bumped once, and the triggers made again from their stored DDL, all in the
    session's transaction: what a reader sees after the commit is what a row-by-row load gives.
    """
    if fast and session.get_bind().dialect.name == "sqlite":
        with _sqlite_bulk_load(session):
            return _seed_synthetic(session, n_projects, per_project, rng_seed, now, progress)
    return _seed_synthetic(session, n_projects, per_project, rng_seed, now, progress)


def _insert_triggers() -> dict[str, str]:
    """trigger name -> table of every SQLite trigger that fires on an insert into a seeded table."""
    return {
        **search.sqlite_insert_triggers(),
        **name_index.sqlite_insert_triggers(),
        **project_minerals.sqlite_insert_triggers(),
        **data_version.sqlite_insert_triggers(),
    }


_SEEDED = ("project", "commitment", "projectinitiativelink")
# 128 MB of page cache for the load (synchronous may not change inside a transaction; in WAL
# mode with synchronous=NORMAL the one commit is all that syncs anyway).
_LOAD_PRAGMAS = {"cache_size": "-131072"}


@contextmanager
def _sqlite_bulk_load(session: Session) -> Iterator[None]:
    """Insert triggers dropped for the body (in the session's transaction), then the new rows
    indexed in bulk, the data version bumped once and the triggers made again as stored."""
    known = {name for name, table in _insert_triggers().items() if table in _SEEDED}
    seeded = ", ".join(f"'{t}'" for t in _SEEDED)
    stored = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
            f"({seeded}) AND sql LIKE '%AFTER INSERT%' ORDER BY rowid"
        )
    ).all()
    if {name for name, _sql in stored} != known:
        # Not the schema these indexes know (a trigger added or missing): load row by row.
        yield
        return
    first = {
        table: session.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
        for table in ("project", "commitment")
    }
    pragmas = {name: session.execute(text(f"PRAGMA {name}")).scalar_one() for name in _LOAD_PRAGMAS}
    for name, value in _LOAD_PRAGMAS.items():
        session.execute(text(f"PRAGMA {name} = {value}"))
    try:
        for name, _sql in stored:
            session.execute(text(f'DROP TRIGGER "{name}"'))
        yield
        for table, start in first.items():
            where = f"id > {int(start)}"
            session.execute(text(search.sqlite_fill_sql(table, where)))
            if table in name_index.TABLES:
                session.execute(text(name_index.sqlite_fill_sql(table, where)))
            if table == "project":
                session.execute(text(project_minerals.sqlite_fill_sql(f"p.{where}")))
        session.execute(text(data_version.SQLITE_BUMP))
        for _name, sql in stored:
            session.execute(text(sql))
    finally:
        for name, value in pragmas.items():
            session.execute(text(f"PRAGMA {name} = {value}"))


def _seed_synthetic(
    session: Session,
    n_projects: int,
    per_project: int,
    rng_seed: int,
    now: datetime,
    progress: Callable[[int, int | None], None] | None,
) -> dict[str, int]:
    rng = random.Random(rng_seed)
    countries, minerals = SYNTHETIC_COUNTRIES, SYNTHETIC_MINERALS
    start = session.exec(select(Project.id).order_by(Project.id.desc())).first() or 0  # type: ignore[union-attr]
    project_rows: list[dict[str, Any]] = []
    for i in range(n_projects):
        created = now - timedelta(days=rng.randint(0, 720))
        project_rows.append(
            dict(
                name=f"Synthetic project {start + i + 1:06d}",
                operator=f"Synthetic Co {i % 997}",
                country=rng.choice(countries),
                minerals=sorted(rng.sample(minerals, 2)),
                stage=rng.choice(vocab.STAGES),
                status=rng.choice(vocab.PROJECT_STATUSES),
                backers=[],
                synthetic=True,
                source_private=False,
                logged_by="synthetic",
                description=f"Synthetic benchmark project {i}.",
                created_at=created,
                updated_at=created,
            )
        )
    report = progress or (lambda done, total: None)
    total = n_projects * (1 + per_project)
    for chunk in range(0, len(project_rows), 5000):
        _bulk_insert(session, Project, project_rows[chunk : chunk + 5000])
        report(min(chunk + 5000, n_projects), total)
    ids = session.exec(
        select(Project.id)
        .where(col(Project.synthetic).is_(True))
        .order_by(col(Project.id).desc())
        .limit(n_projects)
    ).all()
    # Made a batch at a time (in the same order, so the data is the same): a million rows
    # at once held gigabytes.
    pending = ((pid, k) for pid in ids for k in range(per_project))
    n_commitments = 0
    while batch := [_synthetic_commitment(rng, pid, now) for pid, _ in itertools.islice(pending, 5000)]:
        _bulk_insert(session, Commitment, batch)
        n_commitments += len(batch)
        report(n_projects + n_commitments, total)
    g7 = session.exec(select(Initiative).where(Initiative.short_name == "G7 CMAP")).first()
    if g7 is not None:
        links = [dict(project_id=pid, initiative_id=g7.id) for pid in ids[: len(ids) // 3]]
        if links:
            session.execute(insert(ProjectInitiativeLink), links)
    return {"projects": len(project_rows), "commitments": n_commitments}


def seed_synthetic_week(
    session: Session, n: int, *, start: datetime, end: datetime, rng_seed: int = 43
) -> int:
    """N synthetic commitments logged in [start, end) on existing synthetic projects (digests)."""
    rng = random.Random(rng_seed)
    project_ids = list(session.exec(select(Project.id).where(Project.synthetic.is_(True))).all()) or [None]  # type: ignore[attr-defined]
    span_days = max(0, (end - start).days - 2)
    latest = end - timedelta(minutes=1)
    rows = [_synthetic_commitment(rng, rng.choice(project_ids), latest, days=span_days) for _ in range(n)]
    for chunk in range(0, len(rows), 5000):
        session.execute(insert(Commitment), rows[chunk : chunk + 5000])
    return len(rows)
