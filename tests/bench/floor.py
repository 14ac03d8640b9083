"""Where a slash command's time goes over HTTP: its p50 and the server's CPU per request, next
to bare Bolt's, one client at a time.

    minerals-bot seed --synthetic 10000 --database "$DATABASE_URL"   # a store to measure
    python -m tests.bench.floor -n 200
    python -m tests.bench.floor -n 200 --only stats

Starts `minerals-bot serve` and tests.bench.baseline (the same HTTP stack, a listener that
only acks) against a local Slack, sends each command of the benchmark from one client in a
closed loop, and reads the CPU time (user + system) each server process spent from
/proc/<pid>/stat. At one client the p50 is close to the server's CPU per request: what is
not CPU (waiting for the GIL, a thread, the database) shows as the gap between the two. On a
loaded machine both grow alike, so the ratios to bare Bolt are what to compare.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

from tests.bench import load
from tests.bench.runner import Server, cpu_seconds, server_argv, server_env

FINDS = ["lithium processing", "graphite mining", "rare earths", "nickel recycling"]
QUESTIONS = [
    "how much has Japan committed to graphite?",
    "which projects are in Canada?",
    "top 5 countries by money committed",
    "what changed this week?",
]
TextFor = Callable[[int], str]


def commands(names: list[str]) -> dict[str, TextFor]:
    """The HTTP benchmark's slash commands at one client (issue 16's list), and `help`: what
    the bot adds above bare Bolt without the database."""

    def misspelt(name: str) -> str:
        return name.replace("Synthetic", "Synthetc", 1) if "Synthetic" in name else name[:-1]

    return {
        "help": lambda i: "help",
        "find <words>": lambda i: f"find {FINDS[i % len(FINDS)]}",
        "projects country:CA mineral:graphite": lambda i: "projects country:CA mineral:graphite",
        "project <name>": lambda i: f"project {names[i % len(names)]}",
        "project <misspelt name>": lambda i: f"project {misspelt(names[i % len(names)])}",
        "stats by:country": lambda i: "stats by:country",
        "<question in plain words>": lambda i: QUESTIONS[i % len(QUESTIONS)],
    }


def maker(text_for: TextFor, response_url: str) -> load.RequestMaker:
    """Signed slash command bodies, signed just before they go out."""

    def make(i: int) -> tuple[bytes, dict[str, str]]:
        body = load.command_body(text_for(i), response_url=response_url)
        return body, load.signed_headers(body, "application/x-www-form-urlencoded")

    return make


def database_backends(database_url: str) -> list[int]:
    """PostgreSQL: the pids of the server processes serving connections to this database (the
    servers' pools), whose CPU is the database's share of each request; SQLite: none (its work
    is the server's own CPU)."""
    from sqlalchemy import text

    from store.db import is_sqlite, make_engine

    if is_sqlite(database_url):
        return []
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return [
                int(pid)
                for (pid,) in conn.execute(
                    text(
                        "SELECT pid FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            ]
    finally:
        engine.dispose()


def ratio(value: float, floor: float) -> str:
    """value ÷ floor; a dash when the floor is below the clock's resolution (a few requests'
    CPU can round to zero ticks)."""
    return f"{value / floor:.2f}" if floor > 0 else "–"


def total_cpu_seconds(pids: list[int]) -> float:
    """CPU of the processes still alive (a backend that exited meanwhile is left out)."""
    total = 0.0
    for pid in pids:
        used = cpu_seconds(pid)
        total += 0.0 if math.isnan(used) else used
    return total


def project_names(database_url: str) -> list[str]:
    from sqlalchemy import text

    from store.db import make_engine

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            names = [r[0] for r in conn.execute(text("SELECT name FROM project ORDER BY id"))]
    finally:
        engine.dispose()
    return random.Random(7).sample(names, min(50, len(names))) or ["Canadian graphite mines"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.floor",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-n", type=int, default=200, help="requests per command and round (default 200)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds, each with its own bare Bolt run")
    parser.add_argument("--only", help="measure only the commands whose label contains this")
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL"), help="default $DATABASE_URL"
    )
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or --database-url to a seeded store")
    if not Path("/proc/self/stat").exists():
        parser.error("reads the servers' CPU from /proc: Linux only")

    from bot.local_slack import LocalSlack

    logs = Path(os.environ.get("TMPDIR", "/tmp"))
    with LocalSlack() as slack:
        env = server_env(slack.api_url, args.database_url)
        table = commands(project_names(args.database_url))
        response_url = slack.response_url("floor")
        bot = Server("minerals-bot serve", server_argv(), env, logs / "bench-floor-bot.log")
        base = Server(
            "bare Bolt", [sys.executable, "-m", "tests.bench.baseline"], env, logs / "bench-floor-base.log"
        )
        try:
            bot.start()
            base.start()
            runs = {"bare Bolt": (base, table["find <words>"])}
            runs |= {
                label: (bot, text_for)
                for label, text_for in table.items()
                if not args.only or args.only in label
            }
            for server, text_for in runs.values():  # warm-up: caches and imports, as a running server
                load.run_closed_loop(
                    server.port, maker(text_for, response_url), 10, 1, load.slash_ack_problem
                )
            print(
                f"{args.n} requests per command and round, 1 client; each round's ratios to its own bare Bolt"
            )
            print(
                "| round | command | p50 ms | p99 ms | p50 ÷ bare Bolt | server CPU ms/request "
                "| CPU ÷ bare Bolt | database CPU ms/request |\n|---:|---|---:|---:|---:|---:|---:|---:|"
            )
            backends = database_backends(args.database_url)  # after the warm-up: the pools are open
            failed = 0
            for round_no in range(1, args.rounds + 1):
                floor: tuple[float, float] | None = None
                for label, (server, text_for) in runs.items():
                    began, db_began = cpu_seconds(server.pid), total_cpu_seconds(backends)
                    res = load.run_closed_loop(
                        server.port, maker(text_for, response_url), args.n, 1, load.slash_ack_problem
                    )
                    cpu_ms = (cpu_seconds(server.pid) - began) / args.n * 1000
                    db_ms = (total_cpu_seconds(backends) - db_began) / args.n * 1000
                    line = load.stats_line(res.latencies_ms)
                    floor = floor or (line["p50"], cpu_ms)
                    failed += len(res.errors)
                    if res.errors:
                        print(
                            f"{label}: {len(res.errors)} failed, e.g. {res.errors[0][:200]}", file=sys.stderr
                        )
                    print(
                        f"| {round_no} | {label} | {line['p50']:.2f} | {line['p99']:.2f} "
                        f"| {ratio(line['p50'], floor[0])} | {cpu_ms:.2f} | {ratio(cpu_ms, floor[1])} "
                        f"| {f'{db_ms:.2f}' if backends else '–'} |"
                    )
        finally:
            bot.stop()
            base.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
