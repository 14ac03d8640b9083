"""The fast read paths answer exactly what the plain ones did, and their caches never go stale.

`totals.totals` sums in SQL and caches under the records' data version; `names.find_by_name`
caches the names it fuzzy-matches; SQLite search ranks from the FTS index alone. Each is
checked here against a straightforward reference on randomised records, on both backends.
"""

from __future__ import annotations

import random
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert, text
from sqlmodel import Session, col, select

from store import data_version, names, queries, records, search, totals
from store.models import Commitment, Initiative, Project, ProjectInitiativeLink
from store.schemas import CommitmentIn, ProjectIn
from store.visibility import EVERYTHING, PUBLIC, Audience

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


@pytest.fixture
def versioned(demo_session: Session) -> Session:
    """The demo store with its data-version row (the PostgreSQL fixture's reset drops it)."""
    demo_session.execute(
        text(
            f"INSERT INTO {data_version.TABLE} (scope, version) SELECT CAST(:scope AS VARCHAR(32)), "
            ":version "
            f"WHERE NOT EXISTS (SELECT 1 FROM {data_version.TABLE} WHERE scope = :scope)"
        ),
        {"scope": data_version.SCOPE, "version": random.getrandbits(62)},
    )
    demo_session.commit()
    assert data_version.current(demo_session) is not None
    return demo_session


def reference_totals(
    session: Session, by: str, audience: Audience, f: queries.CommitmentFilter | None = None
) -> totals.Totals:
    """The original implementation: every commitment loaded and grouped in Python."""
    conds = queries.commitment_conditions(f or queries.CommitmentFilter(), audience=audience)
    stmt = queries._where_visible(select(Commitment).where(*conds), Commitment, audience)
    commitments = session.exec(stmt).all()
    project_ids = {c.project_id for c in commitments if c.project_id}
    if by in ("country", "instrument", "status", "mineral"):
        keys_for = {
            "country": lambda c: [
                c.actor_country
                or (totals.MULTILATERAL if c.actor in totals.MULTILATERAL_ACTORS else totals.COUNTRY_UNKNOWN)
            ],
            "instrument": lambda c: [c.instrument],
            "status": lambda c: [c.status],
            "mineral": lambda c: c.minerals or ["unspecified"],
        }[by]
    elif by == "stage":
        stages = dict(
            session.exec(
                queries._where_visible(
                    select(Project.id, Project.stage).where(col(Project.id).in_(project_ids)),
                    Project,
                    audience,
                )
            ).all()
        )  # a project the audience may not see: its commitments count as unspecified
        keys_for = lambda c: [stages.get(c.project_id) or "unspecified"]  # noqa: E731
    else:
        # Only initiatives the audience may see, reached through projects it may see.
        label = {
            i: s or n
            for i, s, n in session.exec(
                queries._where_visible(
                    select(Initiative.id, Initiative.short_name, Initiative.name), Initiative, audience
                )
            ).all()
        }
        seen_projects = set(session.exec(queries._where_visible(select(Project.id), Project, audience)).all())
        links: dict[int, list[int]] = defaultdict(list)
        for pid, iid in session.exec(
            select(ProjectInitiativeLink.project_id, ProjectInitiativeLink.initiative_id)
        ).all():
            if pid in seen_projects:
                links[pid].append(iid)

        def keys_for(c: Commitment) -> list[str]:
            ids = {c.initiative_id} if c.initiative_id else set()
            ids |= set(links.get(c.project_id or -1, []))
            return sorted(label[i] for i in ids if i in label) or ["unspecified"]

    groups: dict[str, totals.TotalsRow] = {}
    overall = totals.TotalsRow("all")
    for c in commitments:
        overall.count += 1
        overall.money.add(c)
        for key in keys_for(c):
            row = groups.setdefault(key, totals.TotalsRow(key))
            row.count += 1
            row.money.add(c)
    rows = sorted(groups.values(), key=lambda r: (-r.money.usd, -r.count, r.key))
    return totals.Totals(by, rows, overall)


def as_plain(t: totals.Totals) -> list[tuple]:
    def money(r: totals.TotalsRow) -> tuple:
        m = r.money
        return (
            r.key,
            r.count,
            m.usd,
            m.usd_ceiling,
            sorted(m.by_currency.items()),
            m.unconverted,
            m.rate_date,
        )

    return [money(t.overall)] + [money(r) for r in t.rows]


@pytest.fixture
def mixed(demo_session: Session) -> Session:
    """Randomised commitments: cents, missing amounts, currencies and rates, odd minerals."""
    s = demo_session
    rng = random.Random(3)
    initiatives = list(s.exec(select(Initiative.id)).all())
    s.add(Initiative(name="Initiative without a short name", members=[], pillars=[]))
    s.flush()
    initiatives.append(
        s.exec(select(Initiative.id).where(Initiative.name == "Initiative without a short name")).one()
    )
    projects = []
    for i in range(12):
        p = Project(
            name=f"Mixed project {i}",
            country=rng.choice(["CA", "AU", None]),
            stage=rng.choice(["mining", "processing", None, ""]),
            minerals=[],
            backers=[],
            source_private=i == 5,
            source_channel="GPRIV" if i == 5 else None,
        )
        s.add(p)
        s.flush()
        projects.append(p.id)
        for iid in rng.sample(initiatives, rng.randint(0, 2)):
            s.execute(insert(ProjectInitiativeLink), [{"project_id": p.id, "initiative_id": iid}])
    rows = []
    for i in range(300):
        amount = rng.choice(
            [None, Decimal(rng.randint(1, 10**9)) / 100, Decimal(rng.randint(1, 9999)) * 10**6]
        )
        currency = (
            rng.choice(["USD", "EUR", "JPY", "XAU", None])
            if amount is not None
            else rng.choice([None, "USD"])
        )
        usd = (
            None
            if amount is None or currency in (None, "XAU")
            else (amount * Decimal("1.16")).quantize(Decimal("0.01"))
        )
        created = NOW - timedelta(days=rng.randint(0, 400))
        actor = rng.choice(["JP", "US", "JOGMEC", "EU", "IFC"])  # IFC: multilateral
        rows.append(
            dict(
                actor=actor,
                actor_country=rng.choice([actor, None, ""]) if len(actor) == 2 else rng.choice([None, "JP"]),
                instrument=rng.choice(["loan", "equity", "offtake"]),
                amount=amount,
                currency=currency,
                amount_is_ceiling=rng.random() < 0.3,
                usd_estimate=usd,
                usd_rate_date=date(2025, 11, 28) - timedelta(days=rng.randint(0, 3))
                if usd is not None
                else None,
                minerals=rng.choice([[], ["graphite"], ["neodymium", "dysprosium"], ["lithium"]]),
                project_id=rng.choice([None, *projects]),
                initiative_id=rng.choice([None, None, *initiatives]),
                status=rng.choice(["announced", "binding", "withdrawn", "proposed"]),
                announced_on=rng.choice([None, created.date()]),
                source_private=i % 17 == 0,
                source_channel="GPRIV" if i % 17 == 0 else "C1",
                created_at=created,
                updated_at=created,
            )
        )
    s.execute(insert(Commitment), rows)
    s.commit()
    return s


@pytest.mark.parametrize("by", totals.TOTALS_DIMENSIONS)
def test_totals_in_sql_equal_the_python_reference(mixed: Session, by: str) -> None:
    filters = [
        None,
        queries.CommitmentFilter(instrument="loan"),
        queries.CommitmentFilter(mineral="rare-earths", since=date(2026, 3, 1)),
        queries.CommitmentFilter(include_withdrawn=True, country="JP"),
    ]
    for audience in (PUBLIC, Audience(channel="GPRIV"), EVERYTHING):
        for f in filters:
            assert as_plain(totals.totals(mixed, by, audience=audience, f=f)) == as_plain(
                reference_totals(mixed, by, audience, f)
            ), (by, audience, f)


def test_totals_follow_every_write_and_never_a_rolled_back_one(versioned: Session, engine) -> None:
    demo_session = versioned

    def usd(session: Session) -> Decimal:
        return totals.totals(session, "country", audience=PUBLIC).overall.money.usd

    before = usd(demo_session)
    hits = totals._TOTALS_CACHE.hits
    assert usd(demo_session) == before
    assert totals._TOTALS_CACHE.hits == hits + 1  # the second answer came from the cache
    demo_session.commit()

    with Session(engine, expire_on_commit=False) as writer:
        records.create_commitment(
            writer,
            CommitmentIn(actor="JP", instrument="loan", amount="1000000", currency="USD"),
            actor="U1",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
        writer.flush()
        # The writing transaction sees its own change, uncommitted ...
        assert usd(writer) == before + Decimal("1000000.00")
        writer.rollback()
    # ... and once it is rolled back, nobody is served what it saw.
    with Session(engine) as reader:
        assert usd(reader) == before

    with Session(engine, expire_on_commit=False) as writer:
        c = records.create_commitment(
            writer,
            CommitmentIn(actor="JP", instrument="loan", amount="2000000", currency="USD"),
            actor="U1",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
        writer.commit()
    with Session(engine) as reader:
        assert usd(reader) == before + Decimal("2000000.00")
    with Session(engine, expire_on_commit=False) as writer:
        c = writer.get(Commitment, c.id)
        c.status = "withdrawn"
        writer.add(c)
        writer.commit()
    with Session(engine) as reader:
        assert usd(reader) == before


def test_a_project_stage_change_refreshes_totals(versioned: Session) -> None:
    s = versioned
    stages = {r.key: r.count for r in totals.totals(s, "stage", audience=PUBLIC).rows}
    project = s.exec(select(Project).where(Project.name == "Canadian graphite mines")).one()
    project.stage = "recycling"
    s.add(project)
    s.commit()
    after = {r.key: r.count for r in totals.totals(s, "stage", audience=PUBLIC).rows}
    assert (
        after.get("recycling", 0)
        == stages.get("recycling", 0) + stages["mining"] - after.get("mining", 0)
        > 0
    )


def test_data_version_changes_with_each_committed_write(versioned: Session) -> None:
    first = data_version.current(versioned)
    records.create_project(
        versioned, ProjectIn(name="Version probe"), actor="U1", audience=EVERYTHING, now=datetime.now(UTC)
    )
    versioned.flush()
    if versioned.get_bind().dialect.name == "postgresql":
        assert data_version.current(versioned) is None  # a writing transaction: no cache
    versioned.commit()
    second = data_version.current(versioned)
    assert second is not None and second != first
    versioned.execute(
        insert(ProjectInitiativeLink),
        [
            {
                "project_id": versioned.exec(select(Project.id).where(Project.name == "Version probe")).one(),
                "initiative_id": versioned.exec(select(Initiative.id)).first(),
            }
        ],
    )
    versioned.commit()
    assert data_version.current(versioned) not in (None, first, second)


def test_names_cache_sees_a_new_project_at_once(versioned: Session) -> None:
    s = versioned
    assert names.find_by_name(s, Project, "Canadian graphite mine", audience=EVERYTHING)[0] is not None
    found, suggestions = names.find_by_name(s, Project, "Nechalacho rare earth projec", audience=EVERYTHING)
    assert found is None
    records.create_project(
        s,
        ProjectIn(name="Nechalacho rare earth project"),
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    s.commit()
    found, _ = names.find_by_name(s, Project, "Nechalacho rare earth projec", audience=EVERYTHING)
    assert found == s.exec(select(Project.id).where(Project.name == "Nechalacho rare earth project")).one()
    # Exact, any case, through the lower(name) index; suggestions keep their capitals.
    assert names.find_by_name(s, Project, "NECHALACHO RARE EARTH PROJECT", audience=EVERYTHING)[0] == found
    _, close = names.find_by_name(s, Project, "Canadian mines", audience=EVERYTHING)
    assert close and all(c[0].isupper() for c in close)


def test_search_skips_other_channels_records_even_when_they_rank_best(demo_session: Session) -> None:
    s = demo_session
    for i in range(40):  # private records that outrank everything public for "zircon"
        records.create_project(
            s,
            ProjectIn(name=f"Zircon zircon {i}", description="zircon"),
            actor="U1",
            provenance={"source_channel": "GSECRET", "source_private": True},
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    for i in range(3):
        records.create_project(
            s,
            ProjectIn(name=f"Public mine {i}", description="some zircon too"),
            actor="U1",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    s.commit()
    public = search.search(s, "zircon", audience=PUBLIC, limit=5)
    assert [h.kind for h in public] == ["project"] * 3
    names_seen = {s.get(Project, h.ref_id).name for h in public}
    assert names_seen == {"Public mine 0", "Public mine 1", "Public mine 2"}
    inside = search.search(s, "zircon", audience=Audience(channel="GSECRET"), limit=5)
    assert len(inside) == 5
    assert all(s.get(Project, h.ref_id).name.startswith("Zircon") for h in inside)
    ranks = [h.rank for h in inside]
    assert ranks == sorted(ranks, reverse=True)


def reference_known_name_spans(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """The extractor's original scan: every known name looked for in every message."""
    import re

    found = []
    lowered = text.lower()
    for name in names:
        if len(name) < 3:
            continue
        if len(name) <= 5 and name.isupper():
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                found.append((m.start(), m.end(), name))
            continue
        at = lowered.find(name.lower())
        if at >= 0:
            lead = 4 if lowered[max(0, at - 4) : at] == "the " else 0
            found.append((at - lead, at + len(name), name))
    return found


def test_indexed_known_name_scan_finds_what_the_full_scan_found() -> None:
    from store.extraction import _known_name_spans, best_match

    rng = random.Random(11)
    words = [
        "Thacker",
        "Pass",
        "lithium",
        "project",
        "Lynas",
        "mine",
        "REE",
        "NdPr",
        "İstanbul",
        "Mountain",
        "Pass",
        "graphite",
        "Ontario",
        "rare",
        "earth",
        "facility",
        "GA",
        "ab",
    ]
    names = sorted({" ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(300)})
    names += ["MP", "JOGMEC", "ab", "Mountain Pass", "Mountain Pass"]  # short, acronym, twice
    rng.shuffle(names)
    for _ in range(300):
        text = " ".join(rng.choice(words + ["the", "and", "THE", "to"]) for _ in range(rng.randint(0, 14)))
        assert _known_name_spans(text, tuple(names)) == reference_known_name_spans(text, names)
        mention = rng.choice(names + ["the " + rng.choice(names).upper(), "nothing like it"])
        exact = mention.lower().removeprefix("the ").strip()
        expected = next((n for n in names if n.lower() == exact), None)
        if expected is not None:
            assert best_match(mention, names) == expected


def test_a_versioned_cache_drops_an_older_versions_values_once_the_version_moves_on(
    versioned: Session,
) -> None:
    cache = data_version.VersionedCache(size=8)
    made: list[str] = []

    def compute(value: str):
        return lambda: made.append(value) or value

    assert cache.get(versioned, "a", compute("a1")) == "a1"
    assert cache.get(versioned, "b", compute("b1")) == "b1"
    assert cache.get(versioned, "a", compute("unused")) == "a1"  # same version: a hit
    old = data_version.current(versioned)
    records.create_project(
        versioned, ProjectIn(name="Cache probe"), actor="U1", audience=EVERYTHING, now=datetime.now(UTC)
    )
    versioned.commit()
    assert data_version.current(versioned) != old
    assert cache.get(versioned, "a", compute("a2")) == "a2"
    # The older version's values are gone (never served again), not kept up to the cache's size.
    assert [key for (version, key) in cache._items] == ["a"] and len(cache._items) == 1
    assert cache.get(versioned, "b", compute("b2")) == "b2"
    assert made == ["a1", "b1", "a2", "b2"]


def test_requests_that_want_a_value_being_computed_wait_for_it_rather_than_compute_it_again(
    versioned: Session,
) -> None:
    cache = data_version.VersionedCache(size=8)
    started, asking, release = threading.Event(), threading.Event(), threading.Event()
    made: list[int] = []

    def slow() -> str:
        made.append(1)
        started.set()
        release.wait(5)
        return "built once"

    def wait_for_it() -> str:
        started.wait(5)
        asking.set()
        return cache.get(versioned, "names", lambda: made.append(2) or "built twice")

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(cache.get, versioned, "names", slow)
        second = pool.submit(wait_for_it)
        asking.wait(5)
        release.set()  # the second request waits for the value, or (if later) finds it stored
        assert (first.result(5), second.result(5)) == ("built once", "built once")
    assert made == [1]
