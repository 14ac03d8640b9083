"""Print the full acked answer (text and blocks) of every read command the bench and the cost
tool measure, for many arguments and two audiences, so that a change made for speed can be
checked to change no byte of what they say.

    python -m tests.bench.answers --seed 10000 --database-url sqlite:////tmp/store.db   # once
    python -m tests.bench.answers --database-url sqlite:////tmp/store.db > before.txt
    ... change the code ...
    python -m tests.bench.answers --database-url sqlite:////tmp/store.db | diff before.txt -

`--seed N` fills an empty store as the bench does (the demo records and N synthetic projects
with ten commitments each) at a fixed time, makes every seventh project, commitment and
update private to one channel, and adds records private to that channel (a private project,
initiative, commitments, updates, claims and milestones, some on public records), so that a
private channel sees more than a public one. Without it, each answer is printed under its
audience and text: `find` with many words, `projects` with many filters, questions in plain
words (the bench's among them), the project, initiative, commitment and commitments cards
with many arguments, `stats` with many groupings and filters, the bench's other reads
(`help`, `upcoming`, `digest list`, `following`, `watch list`), later pages of the
commitments list, and the Home view. `--group`
prints only some of them. The clock of the answers is the store's newest record, so the
same store gives the same answers on any day; the answer cache is off (every answer is
computed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from tests.bench import load
from tests.bench.commands import QUESTIONS as BENCH_QUESTIONS
from tests.bench.commands import misspelt

SEEDED_AT = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
PUBLIC_CHANNEL = "C0BENCH"
PRIVATE_CHANNEL = "GPRIVATE"
PRIVATE: dict[str, Any] = {"source_private": True, "source_channel": PRIVATE_CHANNEL, "logged_by": "U0PRIV"}

FIND_WORDS = [
    "lithium processing",
    "graphite mining",
    "rare earths",
    "nickel recycling",
    "lith",
    "graph",
    "Japan",
    "United States",
    "U.S.",
    "US graphite",
    "American",
    "canadian",
    "Canada lithium",
    "G7",
    "offtake",
    "loan",
    "equity stake",
    "Synthetic",
    "cobalt refinery Quebec",
    "price floors",
    "nechalacho",
    "vanadium",
    "zzzqqq",
    "in",
    "the",
    "a b c d e f g h i j k l m n",
    "status change",
    "proposed",
    "Ontario rare earth processing facilities",
    "EU",
    "Australia",
    "JOGMEC",
    "DFC",
]
PROJECT_FILTERS = [
    "country:CA mineral:graphite",
    "country:CA",
    "mineral:lithium",
    "country:AU mineral:rare-earths",
    "stage:processing",
    "status:unknown",
    "stage:processing status:unknown",
    "country:US stage:mining",
    "initiative:G7",
    "since:90d",
    "since:1y mineral:nickel",
    "country:ZZ",
    "mineral:graphite stage:exploration",
    "",
    "country:CA bogus",
]
QUESTIONS = [
    "how much has Japan committed to graphite?",
    "which projects are in Canada?",
    "top 5 countries by money committed",
    "what changed this week?",
    "how much has the US committed?",
    "how many projects are in Australia?",
    "which projects mine lithium in Canada?",
    "what has Korea committed to nickel?",
    "biggest commitments",
    "top 3 minerals by money committed",
    "how much has the G7 committed to rare earths?",
    "what changed this month?",
    "what changed since january?",
    "who has committed to graphite?",
    "compare Japan and Korea",
    "money committed by month",
    "how many commitments by Germany?",
    "which projects are in Narnia?",
    "what is the meaning of life?",
    "how much has the EU committed to lithium since 2025?",
]


STATS_ARGS = [
    "",
    "by:country",
    "per:country",
    "per:country mineral:graphite",
    "per:country by:JP",
    "per:country initiative:G7",
    "per:country since:90d",
    "per:country country:CA",
    "per:mineral",
    "per:stage",
    "per:initiative",
    "per:instrument",
    "per:status",
    "by:US",
    "by:JBIC",
]
# The other read commands the bench measures, answered in the ack.
OTHER = ["help", "upcoming", "upcoming 365", "digest list", "following", "watch list"]
GROUPS = ("find", "projects", "questions", "cards", "stats", "other", "pages", "home")


def seed(url: str, projects: int) -> None:
    """Migrate and fill the store as tests.bench does, at SEEDED_AT; every seventh project,
    commitment and update is made private to PRIVATE_CHANNEL, and records private to it are
    added."""
    from sqlalchemy import text

    from store.db import make_engine, session_scope, upgrade
    from store.seed import seed_demo, seed_synthetic

    upgrade(url)
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            seed_demo(session, now=SEEDED_AT)
            seed_synthetic(session, projects, per_project=10, now=SEEDED_AT)
        with session_scope(engine) as session:
            for table in ("project", "commitment", "projectupdate"):
                session.execute(
                    text(
                        f"UPDATE {table} SET source_private = true, source_channel = :channel "
                        "WHERE id % 7 = 3"
                    ),
                    {"channel": PRIVATE_CHANNEL},
                )
        with session_scope(engine) as session:
            _private_records(session)
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()


def _private_records(session: Any) -> None:
    """A private project, initiative, commitments (some on public records), updates, claims
    and milestones, and public commitments on private records."""
    from sqlmodel import col, select

    from store import records
    from store.models import Commitment, Initiative, Project
    from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
    from store.visibility import EVERYTHING, Audience

    private_audience = Audience(channel=PRIVATE_CHANNEL)
    g7 = session.exec(select(Initiative).order_by(col(Initiative.id)).limit(1)).one()
    synthetic = list(
        session.exec(
            select(Project)
            .where(col(Project.synthetic).is_(True), col(Project.source_private).is_(False))
            .order_by(col(Project.id))
            .limit(5)
        ).all()
    )
    secret_alliance = records.create_initiative(
        session,
        InitiativeIn(
            name="Private Alliance for Graphite & <Anodes>",
            short_name="PAG",
            lead="JP",
            members=["JP", "US", "KfW"],
            pillars=["supply *chains*", "offtake_deals"],
            description="Talks kept to this channel.",
        ),
        actor="U0PRIV",
        now=SEEDED_AT,
        provenance=PRIVATE,
    )
    session.flush()
    refinery = records.create_project(
        session,
        ProjectIn(
            name="Secret graphite refinery Hokkaido",
            operator="Hokkaido Carbon",
            country="JP",
            region="Hokkaido",
            minerals=["graphite"],
            stage="processing",
            status="feasibility",
            capacity=Decimal("12500.5"),
            capacity_unit="t/y",
            expected_start_year=2029,
            backers=["JP", "JBIC"],
            description="Only this channel knows.",
            initiatives=[g7.name, "PAG"],
        ),
        actor="U0PRIV",
        audience=private_audience,
        now=SEEDED_AT,
        provenance=PRIVATE,
    )
    records.create_project(  # a private near twin of a public name
        session,
        ProjectIn(name=f"{synthetic[0].name} annex", country="CA", minerals=["nickel"]),
        actor="U0PRIV",
        audience=private_audience,
        now=SEEDED_AT,
        provenance=PRIVATE,
    )
    session.flush()
    for project in synthetic[:2]:  # public projects in a private initiative
        session.add(_link(project.id, secret_alliance.id))

    def commit(prov: dict[str, Any], **fields: Any) -> Commitment:
        return records.create_commitment(
            session,
            CommitmentIn(**fields),
            actor=prov.get("logged_by"),
            audience=EVERYTHING,
            now=SEEDED_AT,
            provenance={**prov, "source_url": "https://example.org/a?b=1&c=<2>"},
        )

    public = {"logged_by": "U0PUB"}
    commit(
        PRIVATE,
        actor="JP",
        instrument="loan",
        amount="300000000",
        currency="JPY",
        project=synthetic[0].name,
        minerals=["graphite"],
        announced_on=date(2026, 10, 2),
        statement="A private loan to a public project.",
    )
    commit(
        PRIVATE,
        actor="JBIC",
        actor_country="JP",
        instrument="equity",
        amount="50000000",
        currency="USD",
        amount_is_ceiling=True,
        project=refinery.name,
        announced_on=date(2026, 11, 20),
        quantity="2000",
        quantity_unit="t",
    )
    commit(
        PRIVATE,
        actor="JP",
        instrument="offtake",
        initiative="PAG",
        minerals=["graphite"],
        status="proposed",
        counterparty="US",
    )
    withdrawn = commit(
        PRIVATE,
        actor="JP",
        instrument="grant",
        amount="1000000",
        currency="EUR",
        project=refinery.name,
        announced_on=date(2026, 11, 25),
    )
    records.set_commitment_status(
        session,
        withdrawn,
        "withdrawn",
        actor="U0PRIV",
        action="withdraw",
        now=SEEDED_AT,
        note="called off",
    )
    records.flag_for_review(session, withdrawn, actor="U0PUB", note="check the <amount>", now=SEEDED_AT)
    commit(
        public,
        actor="JP",
        instrument="loan",
        amount="7000000",
        currency="USD",
        project=refinery.name,
        announced_on=date(2026, 11, 21),
        statement="A public commitment to a private project.",
    )
    commit(
        public,
        actor="JP",
        instrument="grant",
        amount="2500000",
        currency="CAD",
        initiative="PAG",
        announced_on=date(2026, 11, 22),
        statement="*bold* _it_ <b>&amp;",
    )
    commit(
        public,
        actor="US",
        instrument="guarantee",
        project=synthetic[1].name,
        initiative=g7.name,
        minerals=["lithium", "nickel"],
        announced_on=date(2026, 11, 23),
    )
    for project, prov in ((synthetic[0], PRIVATE), (refinery, PRIVATE), (synthetic[0], public)):
        records.add_project_update(
            session,
            project,
            actor=prov["logged_by"],
            now=SEEDED_AT,
            new_status="construction",
            note=f"Moved on ({'private' if prov is PRIVATE else 'public'}) <&>",
            happened_on=date(2026, 11, 3),
            provenance=prov,
        )
    for subject in (g7, secret_alliance, refinery, synthetic[0]):
        records.add_claim(
            session,
            subject=subject,
            attribute="mobilized_usd",
            value="USD 9bn",
            actor="U0PRIV",
            now=SEEDED_AT,
            note="said in the room",
            provenance={**PRIVATE, "source_url": "https://example.org/claim"},
        )
    records.add_milestone(
        session,
        title="Private review <call>",
        due_on=date(2027, 1, 15),
        actor="U0PRIV",
        now=SEEDED_AT,
        initiative=g7,
        provenance=PRIVATE,
    )
    records.add_milestone(
        session,
        title="Alliance signing",
        due_on=date(2027, 2, 1),
        actor="U0PRIV",
        now=SEEDED_AT,
        initiative=secret_alliance,
        provenance=PRIVATE,
    )


def _link(project_id: int | None, initiative_id: int | None) -> Any:
    from store.models import ProjectInitiativeLink

    assert project_id is not None and initiative_id is not None
    return ProjectInitiativeLink(project_id=project_id, initiative_id=initiative_id)


def bench_question_texts(first_names: list[str]) -> list[str]:
    """The question texts the bench and the cost tool cycle through (tests.bench.commands):
    its four questions, and "who has committed to" every fifth of the 50 names they ask for."""
    return list(BENCH_QUESTIONS) + [f"who has committed to {n}?" for n in first_names[::5]]


def question_texts(names: list[str], first_names: list[str]) -> list[str]:
    said = list(dict.fromkeys(QUESTIONS + bench_question_texts(first_names)))
    said += [f"who has committed to {n}?" for n in names]
    said += [f"what happened to {n}?" for n in names[:3]]
    return said


def card_texts(session: Any) -> list[str]:
    """The card and list commands: every demo and private record, a spread of synthetic ones,
    and misspellings, partial names, odd arguments and filters."""
    from sqlmodel import col, func, select

    from store.models import Commitment, Initiative, Project

    named = list(session.exec(select(Project.name).where(col(Project.synthetic).is_(False))).all())
    n_projects = session.exec(select(func.count()).select_from(Project)).one()
    step = max(1, n_projects // 40)
    spread = list(
        session.exec(
            select(Project.name).where(col(Project.synthetic).is_(True)).order_by(col(Project.id))
        ).all()
    )[::step]
    projects = sorted(named) + spread
    texts = [f"project {n}" for n in projects]
    texts += [f"project {misspelt(n)}" for n in projects]
    texts += [f"project {n.lower()}" for n in projects[:10]] + [f"project {n.upper()}" for n in projects[:5]]
    texts += [
        f"project {w}"
        for w in (
            "graphite",
            "Ontario",
            "Synthetic",
            "synthetic project 00012",
            "lithium",
            "rare earth",
            "Hokkaido",
            "Secret",
            "secret graphite",
            "Synthetc projct 000100",
            "xq",
            "a",
            "zzzzzz",
            "  Secret graphite refinery Hokkaido  ",
            "project",
            "%",
            "_",
            '"quoted"',
            "Synthetic project 000001 annex",
        )
    ] + ["project"]
    initiatives = session.exec(
        select(Initiative.name, Initiative.short_name).order_by(col(Initiative.id))
    ).all()
    for name, short in initiatives:
        texts += [f"initiative {name}", f"initiative {misspelt(name)}", f"initiative {name.lower()}"]
        if short:
            texts += [f"initiative {short}", f"initiative {short.lower()}"]
    texts += [f"initiative {w}" for w in ("G7", "Alliance", "Private", "nothing here", "x")] + ["initiative"]
    ids = list(session.exec(select(Commitment.id).where(col(Commitment.synthetic).is_(False))).all())
    ids += list(session.exec(select(Commitment.id).order_by(col(Commitment.id)).limit(10)).all())
    ids += list(session.exec(select(Commitment.id).order_by(col(Commitment.id).desc()).limit(20)).all())
    texts += [f"commitment {i}" for i in sorted(set(ids))]
    texts += [f"commitment {w}" for w in ("0", "999999999", "#5", "abc", "12345678901234")] + ["commitment"]
    texts += [
        f"commitments {f}".strip()
        for f in (
            "by:JP",
            "by:US",
            "by:JBIC",
            "by:KfW",
            "",
            "by:JP mineral:graphite",
            "initiative:G7",
            "initiative:PAG",
            'project:"Secret graphite refinery Hokkaido"',
            f'project:"{spread[0]}"',
            "status:withdrawn",
            "status:proposed",
            "country:CA",
            "country:JP",
            "by:JP since:30d",
            "instrument:loan",
            "by:japan",
            "nonsense",
            "by:JP stage:processing",
            "mineral:rare-earths",
        )
    ]
    return texts


def texts(session: Any) -> dict[str, list[str]]:
    """Command texts by group (not the pages and the Home view, which are no commands)."""
    from sqlmodel import col, select

    from store.models import Project

    every_97th = select(Project.name).where(col(Project.id) % 97 == 1)
    names = list(session.exec(every_97th.order_by(col(Project.id)).limit(8)))
    first_names = list(session.exec(select(Project.name).order_by(col(Project.id)).limit(50)))
    return {
        "find": [f"find {w}" for w in FIND_WORDS],
        "projects": [f"projects {f}".strip() for f in PROJECT_FILTERS],
        "questions": question_texts(names, first_names),
        "cards": card_texts(session),
        "stats": [f"stats {a}".strip() for a in STATS_ARGS],
        "other": OTHER,
    }


def answers(url: str, groups: tuple[str, ...] = GROUPS) -> Any:
    """(heading, answer as indented JSON) of every command of `groups`, for each audience."""
    from sqlalchemy import func
    from sqlmodel import select

    from handlers.commands import dashboard, list_commitments_page
    from store.db import session_scope
    from store.models import Commitment
    from store.visibility import Audience

    with load.in_process_bot(url, token="xoxb-answers") as (app, services, slack):
        services.settings.answer_cache_size = 0  # every answer computed
        with session_scope(services.engine, read_only=True) as s:
            newest = s.exec(select(func.max(Commitment.created_at))).one()
            by_group = texts(s)
        now = newest if newest.tzinfo else newest.replace(tzinfo=UTC)
        services.clock = lambda: now
        response_url = slack.response_url("answers")
        for channel in (PUBLIC_CHANNEL, PRIVATE_CHANNEL):
            send = _dispatcher(app, response_url, channel)
            for group in groups:
                for said in by_group.get(group, []):
                    status, shown = send(said)
                    yield f"{channel} {said!r} -> HTTP {status}", shown
            audience = Audience(channel=channel)
            if "pages" in groups:
                for args, offset in (("by:JP", 10), ("by:JP", 990), ("by:JP", 1000), ("", 20), ("by:US", 10)):
                    page = list_commitments_page(services, args, audience, offset)
                    yield f"{channel} page {args!r} {offset}", _json([page.blocks, page.text])
            if "home" in groups:
                yield f"{channel} home", _json(dashboard(services, audience))


def _dispatcher(app: Any, response_url: str, channel: str) -> Any:
    from slack_bolt.request import BoltRequest

    def send(said: str) -> tuple[int, str]:
        body = load.command_body(said, response_url=response_url, channel=channel)
        headers = load.signed_headers(body, "application/x-www-form-urlencoded")
        response = app.dispatch(
            BoltRequest(body=body.decode(), headers={k.lower(): [v] for k, v in headers.items()})
        )
        shown: str = response.body
        with contextlib.suppress(ValueError):  # an empty ack has no JSON
            shown = _json(json.loads(response.body))
        return response.status, shown

    return send


def _json(value: Any) -> str:
    return json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False, default=str)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.answers",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL"), help="default $DATABASE_URL"
    )
    parser.add_argument("--seed", type=int, metavar="PROJECTS", help="fill this empty store first")
    parser.add_argument(
        "--group",
        action="append",
        choices=GROUPS,
        help="print only these answers (repeatable; default all)",
    )
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or --database-url")
    if args.seed is not None:
        seed(args.database_url, args.seed)
        return 0
    for heading, shown in answers(args.database_url, tuple(args.group or GROUPS)):
        print(f"=== {heading}\n{shown}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
