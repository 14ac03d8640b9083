"""Demo data drawn only from the seed article, and synthetic data for benchmarks."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

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


def _bulk_insert(
    session: Session, model: type[SQLModel], rows: Iterable[dict[str, Any]], *, batch: int = 5000
) -> int:
    """Rows (all with the same keys) inserted; returns how many. PostgreSQL: one COPY that
    takes them as they are made (the server stores rows while the next ones are generated).
    Elsewhere: one executemany on the table per `batch` rows (no ORM bookkeeping per row)."""
    table = model.__table__  # type: ignore[attr-defined]
    connection = session.connection()
    pending = iter(rows)
    if connection.dialect.name != "postgresql":
        done = 0
        while chunk := list(itertools.islice(pending, batch)):
            connection.execute(insert(table), chunk)
            done += len(chunk)
        return done
    import psycopg  # only with PostgreSQL (the driver is psycopg 3)

    first = next(pending, None)
    if first is None:
        return 0
    given = list(first)
    # COPY skips SQLAlchemy's column defaults: the Python-side ones are filled in here.
    defaults = [
        c.default
        for c in table.columns
        if c.name not in given and c.default is not None and (c.default.is_scalar or c.default.is_callable)
    ]
    names = given + [d.column.name for d in defaults]
    json_columns = {name for name in given if isinstance(table.c[name].type, JSON)}
    columns = ", ".join(f'"{name}"' for name in names)
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    done = 0
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
        for row in itertools.chain((first,), pending):
            values = [
                json.dumps(row[n]) if n in json_columns and row[n] is not None else row[n] for n in given
            ]
            values += [d.arg if d.is_scalar else d.arg(None) for d in defaults]
            copy.write_row(values)
            done += 1
    return done


def _reported(
    rows: Iterable[dict[str, Any]], report: Callable[[int, int | None], None], done: int, total: int
) -> Iterator[dict[str, Any]]:
    """`rows`, with `report(rows written, total)` after every 5,000 and after the last."""
    n = 0
    for n, row in enumerate(rows, 1):
        if n % 5000 == 1 and n > 1:
            report(done + n - 1, total)
        yield row
    report(done + n, total)


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
    `progress(rows written, rows in all)` is called after each batch. With `fast` the load
    takes the seeded tables' locks (no reader waits on it only when nothing else runs).

    On SQLite (unless `fast` is False) the rows go in with the insert triggers dropped (the
    full-text, name and data-version triggers fired per row: 28 minutes for 100,000 projects
    and a million commitments), the new rows are then indexed one statement per index, the
    data version bumped once, and the triggers made again from their stored DDL, all in the
    session's transaction: what a reader sees after the commit is what a row-by-row load gives.

    On PostgreSQL (unless `fast` is False) the rows go in by COPY with the row triggers that
    fill the name trigrams and `project_mineral` disabled, and the seeded tables' secondary
    indexes and foreign keys dropped (each row paid 18 index inserts, a GIN one among them, and
    a foreign-key look-up: 20 minutes for 100,000 projects on 2 busy cores); then the derived
    tables are filled one statement each, the triggers enabled, and the foreign keys and indexes
    made again from their stored definitions, all in the session's transaction (an error rolls
    the whole load back, dropped indexes included).
    """
    dialect = session.get_bind().dialect.name
    if fast and dialect == "sqlite":
        with _sqlite_bulk_load(session):
            return _seed_synthetic(session, n_projects, per_project, rng_seed, now, progress)
    if fast and dialect == "postgresql":
        with _postgres_bulk_load(session):
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


# Seeded tables on PostgreSQL: the two loaded, the link table, and the two the disabled
# triggers fill (their indexes are rebuilt in bulk too).
_PG_SEEDED = ("project", "commitment", "projectinitiativelink", "project_name_trigram", "project_mineral")
_PG_LOAD_SETTINGS = {"maintenance_work_mem": "256MB"}  # index builds sort in memory


def _pg_insert_triggers() -> dict[str, str]:
    """trigger name -> table of every PostgreSQL row trigger that fires on an insert into a
    seeded table (the statement-level data-version triggers fire once per COPY and stay)."""
    return {**name_index.pg_insert_triggers(), **project_minerals.pg_insert_triggers()}


class PgRebuilt(NamedTuple):
    """What the PostgreSQL bulk load drops and makes again, each as (table, name, definition)."""

    keys: list[tuple[str, str, str]]  # primary keys and unique constraints no foreign key needs
    indexes: list[tuple[str, str, str]]  # the other indexes (CREATE INDEX statements)
    foreign_keys: list[tuple[str, str, str]]


def pg_rebuilt_objects(session: Session) -> PgRebuilt:
    """The seeded tables' keys, indexes and foreign keys the bulk load rebuilds. Keys another
    table's foreign key references stay (the project's and commitment's ids: their rows come
    in key order, so keeping them costs little)."""
    tables = ", ".join(f"'{t}'::regclass" for t in _PG_SEEDED)
    rows = session.execute(
        text(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype "
            f"FROM pg_constraint AS k WHERE conrelid IN ({tables}) AND (contype = 'f' OR "
            "(contype IN ('p', 'u') AND NOT EXISTS (SELECT 1 FROM pg_constraint AS f "
            "WHERE f.contype = 'f' AND f.conindid = k.conindid))) ORDER BY 1, 2"
        )
    ).all()
    indexes = session.execute(
        text(
            "SELECT i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid) "
            "FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid "
            # Not a key's index, nor one a foreign key references.
            f"WHERE i.indrelid IN ({tables}) AND NOT EXISTS (SELECT 1 FROM pg_constraint AS k "
            "WHERE k.conindid = i.indexrelid) ORDER BY 1, 2"
        )
    ).all()
    return PgRebuilt(
        keys=[(t, n, d) for t, n, d, kind in rows if kind != "f"],
        indexes=[(t, n, d) for t, n, d in indexes],
        foreign_keys=[(t, n, d) for t, n, d, kind in rows if kind == "f"],
    )


@contextmanager
def _postgres_bulk_load(session: Session) -> Iterator[None]:
    """Row triggers disabled and the rebuilt keys, indexes and foreign keys dropped for the
    body (in the session's transaction), then the derived tables filled in bulk, the triggers
    enabled, everything dropped made again as stored, and the tables analysed."""
    known = {name for name, table in _pg_insert_triggers().items() if table in _PG_SEEDED}
    tables = ", ".join(f"'{t}'::regclass" for t in _PG_SEEDED)
    # tgtype bits: 1 row-level, 4 fires on INSERT.
    stored = session.execute(
        text(
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal "
            f"AND tgenabled <> 'D' AND tgtype & 5 = 5 AND tgrelid IN ({tables}) ORDER BY tgname"
        )
    ).all()
    if {name for name, _table in stored} != known:
        # Not the schema these fills know (a trigger added or missing): load row by row.
        yield
        return
    rebuilt = pg_rebuilt_objects(session)
    for name, value in _PG_LOAD_SETTINGS.items():
        session.execute(text(f"SET LOCAL {name} = '{value}'"))
    for name, table in stored:
        session.execute(text(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"'))
    # Read under the project table's lock (taken above): a project another writer committed
    # while the load waited for it was indexed by its own triggers, and is not filled again.
    first = session.execute(text("SELECT coalesce(max(id), 0) FROM project")).scalar_one()
    for table, name, _definition in rebuilt.foreign_keys + rebuilt.keys:
        session.execute(text(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"'))
    for _table, name, _definition in rebuilt.indexes:
        session.execute(text(f'DROP INDEX "{name}"'))
    yield
    where = f"id > {int(first)}"
    session.execute(text(name_index.pg_fill_sql("project", where)))
    session.execute(text(project_minerals.pg_fill_sql(f"p.{where}")))
    for name, table in stored:
        session.execute(text(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"'))
    for table, name, definition in rebuilt.keys:
        session.execute(text(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}'))
    for _table, _name, definition in rebuilt.indexes:
        session.execute(text(definition))
    for table, name, definition in rebuilt.foreign_keys:
        session.execute(text(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}'))
    session.execute(text(f"ANALYZE {', '.join(_PG_SEEDED)}"))


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
    _bulk_insert(session, Project, _reported(project_rows, report, 0, total))
    ids = session.exec(
        select(Project.id)
        .where(col(Project.synthetic).is_(True))
        .order_by(col(Project.id).desc())
        .limit(n_projects)
    ).all()
    # Made as they are stored (in the same order as ever, so the data is the same): a million
    # rows at once held gigabytes.
    commitments = (_synthetic_commitment(rng, pid, now) for pid in ids for _ in range(per_project))
    n_commitments = _bulk_insert(session, Commitment, _reported(commitments, report, n_projects, total))
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
