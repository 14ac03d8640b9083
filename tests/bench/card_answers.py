"""Print the answers of the read commands the cost tool measures, for a change made for speed
to be diffed: the same store must give byte for byte the same answers before and after.

    python -m tests.bench.card_answers --seed 2000 --database-url sqlite:///data/answers.db
    python -m tests.bench.card_answers --database-url sqlite:///data/answers.db > before.txt
    ... change the code ...
    python -m tests.bench.card_answers --database-url sqlite:///data/answers.db | diff before.txt -

`--seed N` fills an empty database once: the demo records, N synthetic projects, and records
private to one channel (a private project, initiative, commitments, updates, claims and a
milestone, some on public records) so that each answer is read by a public and a private
channel. Without it, each command's ack (text and blocks) is printed as one JSON line under
its audience and text, for the project, initiative, commitment and commitments commands
with many arguments, and the Home view. Answers depend on the day (rates notes, `since:`):
compare runs made on the same day.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from tests.bench import load
from tests.bench.commands import misspelt

PUBLIC_CHANNEL = "C0BENCH"
PRIVATE_CHANNEL = "G0PRIV"
PRIVATE = {"source_private": True, "source_channel": PRIVATE_CHANNEL, "logged_by": "U0PRIV"}
SEEDED_AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def seed(url: str, n_projects: int) -> None:
    """Demo records, synthetic projects, and records private to PRIVATE_CHANNEL."""
    from sqlmodel import col, select

    from store import records
    from store.db import make_engine, session_scope, upgrade
    from store.models import Commitment, Initiative, Project
    from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
    from store.seed import seed_demo, seed_synthetic
    from store.visibility import EVERYTHING, Audience

    upgrade(url)
    engine = make_engine(url)
    private_audience = Audience(channel=PRIVATE_CHANNEL)
    try:
        with session_scope(engine) as session:
            seed_demo(session, now=SEEDED_AT)
            seed_synthetic(session, n_projects, now=SEEDED_AT)
        with session_scope(engine) as session:
            g7 = session.exec(select(Initiative).order_by(col(Initiative.id)).limit(1)).one()
            synthetic = list(
                session.exec(
                    select(Project).where(col(Project.synthetic).is_(True)).order_by(col(Project.id)).limit(5)
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
            records.flag_for_review(
                session, withdrawn, actor="U0PUB", note="check the <amount>", now=SEEDED_AT
            )
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
    finally:
        engine.dispose()


def _link(project_id: int | None, initiative_id: int | None) -> Any:
    from store.models import ProjectInitiativeLink

    assert project_id is not None and initiative_id is not None
    return ProjectInitiativeLink(project_id=project_id, initiative_id=initiative_id)


def command_texts(session: Any) -> list[str]:
    """The commands to answer: every demo and private record, a spread of synthetic ones, and
    misspellings, partial names, odd arguments and filters."""
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


def answer_lines(url: str) -> list[str]:
    from handlers.commands import dashboard, list_commitments_page
    from store.db import session_scope
    from store.visibility import Audience

    with load.in_process_bot(url, token="xoxb-answers") as (app, services, slack):
        with session_scope(services.engine, read_only=True) as session:
            texts = command_texts(session)
        lines = []
        for channel in (PUBLIC_CHANNEL, PRIVATE_CHANNEL):
            send = _dispatcher(app, slack.response_url("answers"), channel)
            for text in texts:
                lines.append(f"{channel} {text!r} {send(text)}")
            audience = Audience(channel=channel)
            for args, offset in (("by:JP", 10), ("by:JP", 990), ("by:JP", 1000), ("", 20), ("by:US", 10)):
                page = list_commitments_page(services, args, audience, offset)
                lines.append(f"{channel} page {args!r} {offset} {_json([page.blocks, page.text])}")
            lines.append(f"{channel} home {_json(dashboard(services, audience))}")
    return lines


def _dispatcher(app: Any, response_url: str, channel: str) -> Any:
    from slack_bolt.request import BoltRequest

    def send(text: str) -> str:
        body = load.command_body(text, response_url=response_url, channel=channel)
        headers = load.signed_headers(body, "application/x-www-form-urlencoded")
        response = app.dispatch(
            BoltRequest(body=body.decode(), headers={k.lower(): [v] for k, v in headers.items()})
        )
        return f"{response.status} {_json(json.loads(response.body)) if response.body else ''}"

    return send


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.card_answers",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--seed", type=int, help="fill this empty database with N synthetic projects first")
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL"), help="default $DATABASE_URL"
    )
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or --database-url")
    if args.seed is not None:
        seed(args.database_url, args.seed)
        return 0
    for line in answer_lines(args.database_url):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
