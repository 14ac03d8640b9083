"""Questions in plain words: the reader against its corpora, the answers against the store."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from bot.blockkit.answers import cannot_read, question_answer
from bot.local_slack import block_kit_problems
from store import data_version, records, totals
from store.models import Commitment, Initiative, Project
from store.questions import answering, groups
from store.questions.known import known_names
from store.questions.reading import KnownNames, looks_like_question, read
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.visibility import EVERYTHING, Audience
from tests.store.question_blind import BLIND
from tests.store.question_corpus import CORPUS, KNOWN_INITIATIVES, KNOWN_PROJECTS, TODAY, Q

NAMES = KnownNames.build(KNOWN_PROJECTS, KNOWN_INITIATIVES)
# Blind questions the reader gets wrong, with why: kept as strict xfails, never tuned away.
BLIND_MISSES: dict[str, str] = {}


def _reading(q: Q) -> dict[str, object]:
    return read(q.text, today=TODAY, names=NAMES).as_dict()


@pytest.mark.parametrize("q", CORPUS, ids=[q.text for q in CORPUS])
def test_the_corpus_reads_as_written(q: Q) -> None:
    assert _reading(q) == q.expected()


@pytest.mark.parametrize(
    "q",
    [
        pytest.param(q, marks=pytest.mark.xfail(strict=True, reason=BLIND_MISSES[q.text]))
        if q.text in BLIND_MISSES
        else q
        for q in BLIND
    ],
    ids=[q.text for q in BLIND],
)
def test_the_blind_batch_reads_as_written(q: Q) -> None:
    assert _reading(q) == q.expected()


def test_the_corpora_are_big_enough_and_cover_every_family() -> None:
    assert len(CORPUS) >= 150 and len(BLIND) >= 40
    intents = {q.intent for q in CORPUS}
    assert intents == {
        "total", "count_commitments", "count_projects", "list_commitments", "list_projects", "who",
        "rank", "breakdown", "compare", "changes", "timeline", "unreadable",
    }  # fmt: skip
    assert any(q.chart for q in CORPUS) and any(q.limit for q in CORPUS)
    assert not {q.text for q in CORPUS} & {q.text for q in BLIND}


def test_the_examples_offered_when_a_question_cannot_be_read_can_be_read() -> None:
    for example in answering.EXAMPLES:
        assert read(example, today=TODAY, names=NAMES).readable, example


@pytest.mark.parametrize(
    "text, question",
    [
        ("how much has Japan committed to graphite", True),
        ("Japan vs Korea?", True),
        ("any price floors", True),
        ("Japan will lend up to C$150 million to the Canadian graphite mines.", False),
        ("JOGMEC signs an offtake with Twigg", False),
        ("", False),
    ],
)
def test_a_question_looks_like_one(text: str, question: bool) -> None:
    assert looks_like_question(text) is question


@pytest.mark.parametrize(
    "text",
    ["\x00", "\ud800 how much", "<!channel> how much", "?", "   ", "since 2025-02-30", "word " * 100],
)
def test_hostile_or_overlong_text_is_unreadable(text: str) -> None:
    assert not read(text, today=TODAY, names=NAMES).readable


def test_a_group_stands_for_itself_and_its_members() -> None:
    assert groups.expand("G7") == ("G7", "CA", "FR", "DE", "IT", "JP", "GB", "US")
    assert groups.expand("QUAD") == ("US", "JP", "IN", "AU")
    assert groups.expand("JP") == ("JP",)
    assert len(groups.GROUPS["EU"]) == 27


def test_reading_finds_one_project_among_ten_thousand() -> None:
    # How fast: `python -m tests.bench.extraction` (questions line); never timed in a test.
    projects = [f"Synthetic project {i:06d}" for i in range(10_000)] + KNOWN_PROJECTS
    names = KnownNames.build(projects, KNOWN_INITIATIVES)
    question = "who funds Synthetic project 004242?"
    assert read(question, today=TODAY, names=names).filters == {"project": "Synthetic project 004242"}


# --- answers from the store --------------------------------------------------------------------

DAY = date(2026, 3, 18)
PRIVATE = {"source_channel": "GPRIV", "source_private": True}


def load_questions_fixture(session: Session) -> None:
    """Known totals: Japan 150m to graphite (50m of it "up to"), Korea nothing on graphite, ..."""
    records.create_initiative(
        session,
        InitiativeIn(
            name="Minerals Security Partnership",
            short_name="MSP",
            venue="Washington",
            launched_on="2022-06-14",
        ),
        actor="test",
        now=datetime.now(UTC),
    )
    for name, country, minerals, stage in (
        ("Twigg graphite mine", "CA", ["graphite"], "mining"),
        ("Nolans Bore", "AU", ["rare-earths"], "processing"),
        ("Kvanefjeld", "GL", ["rare-earths"], "mining"),
    ):
        records.create_project(
            session,
            ProjectIn(name=name, country=country, minerals=minerals, stage=stage),
            actor="test",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    records.create_project(
        session,
        ProjectIn(name="Hidden lithium works", country="CA", minerals=["lithium"], stage="refining"),
        actor="test",
        provenance=PRIVATE,
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    session.flush()
    rows: list[tuple[str, str, str, str | None, str, bool, str | None]] = [
        ("JP", "loan", "100000000", "graphite", "2025-07-01", False, "Twigg graphite mine"),
        ("JP", "offtake", "50000000", "graphite", "2025-03-01", True, "Twigg graphite mine"),
        ("JP", "grant", "20000000", "rare-earths", "2025-08-15", False, "Nolans Bore"),
        ("DE", "loan", "30000000", "graphite", "2024-05-01", False, None),
        ("KR", "equity", "40000000", "rare-earths", "2025-09-01", False, "Nolans Bore"),
        ("KR", "grant", "10000000", "rare-earths", "2026-01-10", False, None),
        ("US", "loan", "200000000", "rare-earths", "2025-06-20", False, "Kvanefjeld"),
        ("G7", "price-floor", "", "rare-earths", "2025-06-17", False, None),
    ]
    for actor, instrument, amount, mineral, day, ceiling, project in rows:
        records.create_commitment(
            session,
            CommitmentIn(
                actor=actor,
                instrument=instrument,
                amount=Decimal(amount) if amount else None,
                currency="USD" if amount else None,
                amount_is_ceiling=ceiling,
                minerals=[mineral] if mineral else [],
                announced_on=day,
                project=project,
            ),
            actor="test",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    records.create_commitment(
        session,
        CommitmentIn(
            actor="CA",
            instrument="grant",
            amount=Decimal("5000000"),
            currency="USD",
            minerals=["lithium"],
            announced_on="2025-10-01",
            project="Hidden lithium works",
        ),
        actor="test",
        provenance=PRIVATE,
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    session.commit()


@pytest.fixture
def qs(session: Session) -> Session:
    load_questions_fixture(session)
    return session


def ask(session: Session, text: str, channel: str = "C1") -> answering.Answer:
    return answering.ask(session, text, audience=Audience(channel=channel), today=DAY)


@pytest.mark.parametrize(
    "question, channel, usd, count",
    [
        ("how much has Japan committed to graphite?", "C1", "150000000", 2),
        ("how much did Germany commit in 2024?", "C1", "30000000", 1),
        ("total committed to processing projects", "C1", "60000000", 2),
        ("how much has the G7 put into Canadian projects since June 2025?", "C1", "100000000", 1),
        ("how much has the G7 put into Canadian projects since June 2025?", "GPRIV", "105000000", 2),
        ("how much has Korea committed since the MSP launch?", "C1", "50000000", 2),
    ],
)
def test_a_total_is_the_figure_of_the_same_filters(
    qs: Session, question: str, channel: str, usd: str, count: int
) -> None:
    a = ask(qs, question, channel)
    assert a.kind == "figure" and a.money is not None
    assert (a.money.usd, a.count) == (Decimal(usd), count)
    assert a.command and a.command.startswith("stats ")


def test_ceilings_are_flagged_as_stats_flags_them(qs: Session) -> None:
    a = ask(qs, "how much has Japan committed to graphite?")
    assert a.money is not None and a.money.usd_ceiling == Decimal("50000000")
    assert a.headline == "Money committed by Japan · graphite"
    assert a.command == "stats by:JP mineral:graphite"


def test_no_match_says_what_exists_nearest(qs: Session) -> None:
    a = ask(qs, "what has Korea committed to graphite?")
    assert a.kind == "no_match"
    assert a.nearest == "South Korea has 2 commitments on rare earths."


def test_private_records_only_in_their_channel(qs: Session) -> None:
    assert ask(qs, "how much has Canada committed?", "C1").kind == "no_match"
    assert ask(qs, "how much has Canada committed?", "GPRIV").count == 1
    # the private project's name is not even known elsewhere
    assert not ask(qs, "who backs Hidden lithium works?", "C1").reading.readable
    assert ask(qs, "who backs Hidden lithium works?", "GPRIV").rows[0].key == "CA"


def test_lists_rankings_breakdowns_and_comparisons(qs: Session) -> None:
    loans = ask(qs, "what loans has Japan made?")
    assert loans.kind == "commitments" and loans.page is not None and loans.page.total == 1
    biggest = ask(qs, "biggest commitments to rare earths")
    assert [c.actor for c in biggest.commitments][:2] == ["US", "KR"]
    top = ask(qs, "top 2 countries by money committed")
    assert [r.key for r in top.rows] == ["US", "JP"]
    compare = ask(qs, "Japan vs Korea on rare earths")
    assert [(r.key, r.money.usd) for r in compare.rows] == [
        ("JP", Decimal(20000000)),
        ("KR", Decimal(50000000)),
    ]
    who = ask(qs, "who has committed to Nolans Bore?")
    assert {r.key for r in who.rows} == {"JP", "KR"}
    projects = ask(qs, "how many projects in Canada?")
    assert (projects.kind, projects.count) == ("count", 1)
    months = ask(qs, "plot commitments to graphite by month")
    assert [m for m, _n, _money in months.months] == ["2024-05", "2025-03", "2025-07"]


def test_totals_match_the_stats_command_store_call(qs: Session) -> None:
    a = ask(qs, "total committed by mineral")
    t = totals.totals(qs, "mineral", audience=Audience(channel="C1"))
    assert [(r.key, r.money.usd) for r in a.rows] == [(r.key, r.money.usd) for r in t.rows]


def test_names_are_read_once_per_data_version(qs: Session) -> None:
    qs.execute(  # the PostgreSQL fixture's reset drops the version row: put it back
        text(
            f"INSERT INTO {data_version.TABLE} (scope, version) SELECT CAST(:scope AS VARCHAR(32)), "
            f":version WHERE NOT EXISTS (SELECT 1 FROM {data_version.TABLE} WHERE scope = :scope)"
        ),
        {"scope": data_version.SCOPE, "version": random.getrandbits(62)},
    )
    qs.commit()
    audience = Audience(channel="C1")
    first = known_names(qs, audience=audience)
    assert known_names(qs, audience=audience) is first  # no scan of every name per question
    qs.add(Project(name="Brand new mine", country="CA"))
    qs.commit()
    assert known_names(qs, audience=audience) is not first
    assert ("brand", "new", "mine") in known_names(qs, audience=audience).projects


def test_names_are_built_again_only_when_they_changed(qs: Session) -> None:
    """After a write that changes no name (a commitment logged) the names are read again but
    the reader's KnownNames is the one built before; a new or renamed name builds it again.
    Each time it equals a build from the names the audience may see, read through the ORM."""
    from store.questions import known

    def rebuilt(audience: Audience) -> KnownNames:
        p = select(Project.name)
        i = select(Initiative.name, Initiative.short_name, Initiative.venue, Initiative.launched_on)
        if (clause := audience.clause(Project)) is not None:
            p = p.where(clause)
        if (clause := audience.clause(Initiative)) is not None:
            i = i.where(clause)
        return KnownNames.build(qs.exec(p).all(), qs.exec(i).all())

    def write(**fields: object) -> None:
        qs.add(Commitment(actor="JP", instrument="loan", status="announced", minerals=[], **fields))
        qs.commit()

    public, private = Audience(channel="C1"), Audience(channel=PRIVATE["source_channel"])
    # The known names themselves, not the per-version cache: a fresh load each time.
    first = {a: known._load(qs, a) for a in (public, private)}
    for audience in (public, private):
        assert first[audience] == rebuilt(audience)
    assert ("hidden", "lithium", "works") in first[private].projects
    assert ("hidden", "lithium", "works") not in first[public].projects

    write()
    for audience in (public, private):
        assert known._load(qs, audience) is first[audience]
    twigg = qs.exec(select(Project).where(Project.name == "Twigg graphite mine")).one()
    twigg.name = "Twigg graphite mine II"
    qs.commit()
    for audience in (public, private):
        again = known._load(qs, audience)
        assert again is not first[audience] and again == rebuilt(audience)
        assert ("twigg", "graphite", "mine", "ii") in again.projects
    # Only the last few audiences' names are kept past their version (memory).
    latest = known._load(qs, public)
    for n in range(known.REUSED_AUDIENCES):
        known._load(qs, Audience(channel=f"C{n + 10}"))
    assert known._load(qs, public) is not latest


@pytest.mark.parametrize(
    "question",
    [
        "how much has Japan committed to graphite?",
        "which projects are in Canada?",
        "what loans has Japan made?",
        "biggest commitments to rare earths",
        "total committed by country",
        "compare Japan and Korea",
        "what changed this year?",
        "what happened to Nolans Bore?",
        "how many offtakes are there?",
        "what has Korea committed to graphite?",
        "plot commitments by month",
        "what is the weather like?",
    ],
)
def test_every_answer_fits_slack(qs: Session, question: str) -> None:
    a = ask(qs, question)
    blocks, text = (
        cannot_read(a, "/minerals") if a.kind == "unreadable" else question_answer(a, "/minerals", "ask x")
    )
    assert block_kit_problems(blocks) == [] and text
    if a.kind != "unreadable":
        assert a.headline in blocks[0]["text"]["text"]  # the first line says how it was read


def test_hostile_names_are_escaped(qs: Session) -> None:
    qs.add(Project(name="<!channel> & co", country="CA", minerals=["graphite"]))
    qs.commit()
    a = ask(qs, "which projects are in Canada?")
    blocks, _text = question_answer(a, "/minerals", "ask which projects are in Canada?")
    shown = [b["text"]["text"] for b in blocks if b.get("type") == "section"]
    assert any("&lt;!channel&gt; &amp; co" in t for t in shown)
    assert not any("<!channel>" in t for t in shown) and block_kit_problems(blocks) == []
