"""Print the full acked answer (text and blocks) of the read commands this bench measures,
for many arguments and two audiences, so that a change meant to make them cheaper can be
checked to change no byte of what they say.

    python -m tests.bench.answers --seed 10000 --database-url sqlite:////tmp/store.db
    python -m tests.bench.answers --database-url sqlite:////tmp/store.db > before.txt
    ... change the code ...
    python -m tests.bench.answers --database-url sqlite:////tmp/store.db > after.txt
    diff before.txt after.txt   # nothing

`--seed` fills an empty store as the bench does (the demo records and the synthetic store),
at a fixed time, and makes every seventh record private to one channel, so that a
private-channel audience sees more than a public one. The clock of the answers is the
store's newest record, so the same store gives the same answers on any day.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from datetime import UTC, datetime
from typing import Any

from slack_bolt.request import BoltRequest

from tests.bench import load

SEEDED_AT = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
PRIVATE_CHANNEL = "GPRIVATE"
PUBLIC_CHANNEL = "C0BENCH"

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


def seed(url: str, projects: int) -> None:
    """Migrate and fill the store as tests.bench does, at SEEDED_AT; every seventh project,
    commitment and update is made private to PRIVATE_CHANNEL."""
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
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()


def texts(names: list[str]) -> list[str]:
    said = [f"find {w}" for w in FIND_WORDS]
    said += [f"projects {f}".strip() for f in PROJECT_FILTERS]
    said += QUESTIONS
    said += [f"who has committed to {n}?" for n in names]
    said += [f"what happened to {n}?" for n in names[:3]]
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.answers",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--seed", type=int, metavar="PROJECTS", help="fill the store first")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or --database-url")
    if args.seed:
        seed(args.database_url, args.seed)
        return 0

    from sqlalchemy import func
    from sqlmodel import col, select

    from store.db import session_scope
    from store.models import Commitment, Project

    with load.in_process_bot(args.database_url, token="xoxb-answers") as (app, services, slack):
        with session_scope(services.engine, read_only=True) as s:
            newest = s.exec(select(func.max(Commitment.created_at))).one()
            every_97th = select(Project.name).where(col(Project.id) % 97 == 1)
            names = list(s.exec(every_97th.order_by(col(Project.id)).limit(8)))
        now = newest if newest.tzinfo else newest.replace(tzinfo=UTC)
        services.clock = lambda: now
        response_url = slack.response_url("answers")
        for channel in (PUBLIC_CHANNEL, PRIVATE_CHANNEL):
            for said in texts(names):
                body = load.command_body(said, response_url=response_url, channel=channel)
                headers = load.signed_headers(body, "application/x-www-form-urlencoded")
                response = app.dispatch(
                    BoltRequest(body=body.decode(), headers={k.lower(): [v] for k, v in headers.items()})
                )
                shown: Any = response.body
                with contextlib.suppress(ValueError):  # an empty ack has no JSON
                    shown = json.dumps(
                        json.loads(response.body), indent=1, sort_keys=True, ensure_ascii=False
                    )
                print(f"=== {channel} {said!r} -> HTTP {response.status}\n{shown}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
