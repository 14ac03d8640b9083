"""Count the work of each slash command: database round trips and CPU per request.

    minerals-bot seed --synthetic 10000 --database "$DATABASE_URL"   # a store to measure
    python -m tests.bench.cost -n 200
    python -m tests.bench.cost -n 200 --profile "project Synthetic"   # cProfile of one command

Each command goes through the same Bolt app and handlers as `minerals-bot serve` (a signed
body, `App.dispatch`, no HTTP server), one at a time on this thread. Per request it prints the
statements sent (SQLAlchemy's `before_cursor_execute`), the pool checkouts (each one a ping
when the engine pre-pings), and the CPU time of this process (`time.process_time`), which a
loaded machine changes far less than wall-clock time; also the wall time (which holds
PostgreSQL's own work) and, on SQLite, the database's own work in thousands of virtual-machine
steps (a progress handler), which no other process on the machine changes. A bare Bolt app
that only acks is measured the same way, as the floor.

Each command is measured twice: with the answer cache as served (handlers/answer_cache.py:
a repeated question is one version read and a lookup) and cold, the cache off
(`ANSWER_CACHE_SIZE=0`), what the first asking after a write pays; `--cold` measures only that.
The commands cycle through their texts (50 project names, four searches...), so the cached
row holds the misses of the first round too.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from tests.bench import load
from tests.bench.commands import commands


class Counter:
    """Statements and pool checkouts on one engine; on PostgreSQL also the round trips (each
    request the server answers with ReadyForQuery, read from libpq's trace: BEGIN, COMMIT
    and pings included, which SQLAlchemy's events do not show)."""

    def __init__(self, engine: Engine, trace_path: str | None = None) -> None:
        self.statements = 0
        self.checkouts = 0
        self.steps = 0  # SQLite: thousands of virtual-machine instructions, the database's own work
        self.trace_path = trace_path
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine.pool, "checkout", self._checkout)
        if engine.dialect.name == "sqlite":
            engine.dispose()  # connections opened from now on count their steps
            event.listen(
                engine, "connect", lambda dbapi_conn, _r: dbapi_conn.set_progress_handler(self._step, 1000)
            )
        if trace_path and engine.dialect.name == "postgresql":
            engine.dispose()  # connections opened from now on are traced
            self._trace = open(trace_path, "w")  # noqa: SIM115 (open while the engine is)
            event.listen(
                engine, "connect", lambda dbapi_conn, _r: dbapi_conn.pgconn.trace(self._trace.fileno())
            )

    def round_trips(self) -> int | None:
        if not self.trace_path or not hasattr(self, "_trace"):
            return None
        self._trace.flush()
        with open(self.trace_path) as trace:
            return sum(1 for line in trace if "\tB\t5\tReadyForQuery" in line)

    def _step(self) -> int:
        self.steps += 1
        return 0  # go on

    def _statement(self, *_args: Any) -> None:
        self.statements += 1

    def _checkout(self, *_args: Any) -> None:
        self.checkouts += 1


def dispatcher(app: App, response_url: str) -> Callable[[str], int]:
    def send(text: str) -> int:
        body = load.command_body(text, response_url=response_url)
        headers = load.signed_headers(body, "application/x-www-form-urlencoded")
        response = app.dispatch(
            BoltRequest(body=body.decode(), headers={k.lower(): [v] for k, v in headers.items()})
        )
        return response.status

    return send


def bare_bolt(api_url: str) -> App:
    """What tests.bench.baseline serves: a Bolt app whose slash command only acks."""
    client = WebClient(token="xoxb-bare", base_url=api_url)
    app = App(client=client, signing_secret=load.SECRET, process_before_response=True)

    @app.command("/minerals")
    def ack_only(ack: Any) -> None:
        ack()

    return app


def measure(
    send: Callable[[str], int], text_for: Callable[[int], str], n: int, counter: Counter | None
) -> tuple[float, float, float | None, float, float, float]:
    """(statements, checkouts, round trips or None, CPU ms, wall ms, SQLite steps in thousands)
    per request over n requests, after a warm-up. Wall time also holds the database server's work (PostgreSQL
    runs in another process, which this process's CPU time does not see) and the machine's
    noise."""
    for i in range(4):
        send(text_for(i))
    before = (
        (counter.statements, counter.checkouts, counter.round_trips(), counter.steps)
        if counter
        else (0, 0, None, 0)
    )
    began, began_wall = time.process_time(), time.perf_counter()
    for i in range(4, 4 + n):
        status = send(text_for(i))
        if status != 200:
            raise SystemExit(f"HTTP {status} for {text_for(i)!r}")
    cpu = time.process_time() - began
    wall = time.perf_counter() - began_wall
    if counter is None:
        return 0.0, 0.0, None, cpu / n * 1000, wall / n * 1000, 0.0
    trips = counter.round_trips()
    return (
        (counter.statements - before[0]) / n,
        (counter.checkouts - before[1]) / n,
        None if trips is None or before[2] is None else (trips - before[2]) / n,
        cpu / n * 1000,
        wall / n * 1000,
        (counter.steps - before[3]) / n,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.cost",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-n", type=int, default=200, help="requests per command (default 200)")
    parser.add_argument("--only", help="measure only the commands whose label contains this")
    parser.add_argument("--profile", help="cProfile this command text instead (top 40 by cumulative)")
    parser.add_argument(
        "--trace", help="PostgreSQL: a file for libpq's trace, to count round trips (it grows quickly)"
    )
    parser.add_argument(
        "--cold", action="store_true", help="only with the answer cache off (ANSWER_CACHE_SIZE=0)"
    )
    parser.add_argument("--sql", help="print the statements of this command text (its second run)")
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL"), help="default $DATABASE_URL"
    )
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or --database-url to a seeded store")

    from store.db import session_scope
    from store.models import Commitment, Initiative, Project

    with load.in_process_bot(args.database_url, token="xoxb-cost") as (app, services, slack):
        with session_scope(services.engine, read_only=True) as s:
            names = list(s.exec(select(Project.name).order_by(col(Project.id)).limit(50)).all())
            initiative = s.exec(select(Initiative.name).order_by(col(Initiative.id)).limit(1)).one()
            commitment_ids = list(
                s.exec(select(Commitment.id).order_by(col(Commitment.id).desc()).limit(50)).all()
            )
        send = dispatcher(app, slack.response_url("cost"))
        if args.cold:
            services.settings.answer_cache_size = 0
        if args.sql:
            send(args.sql)
            shown: list[str] = []
            event.listen(services.engine, "before_cursor_execute", lambda *a: shown.append(a[2]))
            send(args.sql)
            for statement in shown:
                print(" ".join(statement.split())[:600], end="\n\n")
            return 0
        if args.profile:
            for _ in range(4):
                send(args.profile)
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.n):
                send(args.profile)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            return 0
        counter = Counter(services.engine, args.trace)
        floor = measure(
            dispatcher(bare_bolt(slack.api_url), slack.response_url("bare")), lambda i: "find x", args.n, None
        )
        size = services.settings.answer_cache_size
        print(f"{services.engine.dialect.name}, {args.n} requests each")
        print(
            "each command twice: with the answer cache (ANSWER_CACHE_SIZE, as served) and cold "
            "(ANSWER_CACHE_SIZE=0: every answer computed)"
            if size and not args.cold
            else "the answer cache off (ANSWER_CACHE_SIZE=0)"
        )
        print(
            "| command | answer cache | statements | checkouts | round trips | CPU ms | CPU ÷ bare Bolt "
            "| wall ms | SQLite steps (k) |\n"
            "|---|---|---:|---:|---:|---:|---:|---:|---:|"
        )
        print(f"| *bare Bolt (ack only)* | – | 0 | 0 | 0 | {floor[3]:.2f} | 1 | {floor[4]:.2f} | 0 |")
        # Cold first: it is measured as before the cache (store-level caches warmed the same way).
        modes = [("cold", 0)] if args.cold or not size else [("cold", 0), ("on", size)]
        for label, text_for in commands(names, initiative, [int(i) for i in commitment_ids if i]).items():
            if args.only and args.only not in label:
                continue
            for mode, cache_size in modes:
                services.settings.answer_cache_size = cache_size  # read per request
                statements, checkouts, trips, cpu, wall, steps = measure(send, text_for, args.n, counter)
                trips_ = "–" if trips is None else f"{trips:.1f}"
                ratio = cpu / floor[3]
                steps_ = f"{steps:,.1f}" if services.engine.dialect.name == "sqlite" else "–"
                print(
                    f"| `{label}` | {mode} | {statements:.1f} | {checkouts:.1f} | {trips_} | {cpu:.2f} "
                    f"| {ratio:.1f} | {wall:.2f} | {steps_} |"
                )
        services.settings.answer_cache_size = size
    return 0


if __name__ == "__main__":
    sys.exit(main())
