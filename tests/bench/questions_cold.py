"""CPU of each question text the bench asks, cold: what its first reading after a write costs.

    python -m tests.bench.questions_cold --database-url sqlite:////tmp/store.db -n 20
    python -m tests.bench.questions_cold --database-url ... --profile   # cProfile of the cold path

The texts are those tests.bench.commands cycles through (its four questions, and "who has
committed to" every fifth of the 50 names the cost tool asks for: 14 texts). Before each
request the records' and notes' versions are moved on, as a write does: the answer cache and
every cache kept per data version (the reader's known names, totals) miss, while what is built
once per shape (statements) stays. Three figures per text, CPU ms of this process
(`time.process_time`), the median of n requests:
- `after a write`: the text asked alone after a write (it rebuilds the shared caches too);
- `in a round`: the 14 texts asked one after another after one write, this text's share (the
  first of a round pays what the round shares);
- `answer miss`: the answer cache off and the store's caches warm.
Also the wall ms of a request after a write (on PostgreSQL it holds the server's work, which
this process's CPU does not see), the Python function calls of one request after a write
(cProfile), and the round's total.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from slack_bolt.request import BoltRequest
from sqlalchemy import text as sql
from sqlmodel import col, select

from tests.bench import load
from tests.bench.commands import QUESTIONS


def bench_texts(first_names: list[str]) -> list[str]:
    """The distinct question texts of tests.bench.commands with the cost tool's 50 names."""
    return list(QUESTIONS) + [f"who has committed to {n}?" for n in first_names[::5]]


def _send(app: Any, response_url: str) -> Callable[[str], None]:
    def send(said: str) -> None:
        body = load.command_body(said, response_url=response_url)
        headers = load.signed_headers(body, "application/x-www-form-urlencoded")
        response = app.dispatch(
            BoltRequest(body=body.decode(), headers={k.lower(): [v] for k, v in headers.items()})
        )
        if response.status != 200:
            raise SystemExit(f"HTTP {response.status} for {said!r}")

    return send


def _writer(engine: Any) -> Callable[[], None]:
    """Moves the records' and notes' versions on, as any write to them does (never reused)."""
    bump = sql("UPDATE data_version SET version = version + 1 WHERE scope IN ('records', 'notes')")

    def write() -> None:
        with engine.begin() as conn:
            conn.execute(bump)

    return write


def _cpu_ms(run: Callable[[], None], walls: list[float] | None = None) -> float:
    """CPU ms of this process; the wall ms (which hold PostgreSQL's own work) go to `walls`."""
    began, began_wall = time.process_time(), time.perf_counter()
    run()
    if walls is not None:
        walls.append((time.perf_counter() - began_wall) * 1000)
    return (time.process_time() - began) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.questions_cold",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-n", type=int, default=15, help="requests per text and figure (default 15)")
    parser.add_argument("--profile", action="store_true", help="cProfile n rounds after a write instead")
    parser.add_argument("--label", default="", help="a column naming this run (e.g. before, after)")
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL"), help="default $DATABASE_URL"
    )
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or --database-url to a seeded store")

    from store.db import session_scope
    from store.models import Project

    with load.in_process_bot(args.database_url, token="xoxb-cold") as (app, services, slack):
        with session_scope(services.engine, read_only=True) as s:
            first_names = list(s.exec(select(Project.name).order_by(col(Project.id)).limit(50)).all())
        texts = bench_texts(first_names)
        send, write = _send(app, slack.response_url("cold")), _writer(services.engine)
        size = services.settings.answer_cache_size
        for said in texts:  # once per process: statements built per shape, imports
            write()
            send(said)
        if args.profile:
            profiler = cProfile.Profile()
            for _ in range(args.n):
                write()
                profiler.enable()
                for said in texts:
                    send(said)
                profiler.disable()
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(35)
            stats.sort_stats("cumulative").print_stats(60)
            return 0

        alone: dict[str, list[float]] = {t: [] for t in texts}
        in_round: dict[str, list[float]] = {t: [] for t in texts}
        miss: dict[str, list[float]] = {t: [] for t in texts}
        rounds: list[float] = []
        walls: dict[str, list[float]] = {t: [] for t in texts}
        round_walls: list[float] = []
        for _ in range(args.n):
            for said in texts:
                write()
                alone[said].append(_cpu_ms(partial(send, said), walls[said]))
            write()
            total = 0.0
            round_wall: list[float] = []
            for said in texts:
                ms = _cpu_ms(partial(send, said), round_wall)
                in_round[said].append(ms)
                total += ms
            rounds.append(total)
            round_walls.append(sum(round_wall))
            services.settings.answer_cache_size = 0
            for said in texts:
                miss[said].append(_cpu_ms(partial(send, said)))
            services.settings.answer_cache_size = size
        calls: dict[str, int] = {}
        for said in texts:
            write()
            profiler = cProfile.Profile()
            profiler.runcall(send, said)
            calls[said] = pstats.Stats(profiler).total_calls  # type: ignore[attr-defined]

        label = f" {args.label}" if args.label else ""
        print(f"{services.engine.dialect.name}{label}: CPU ms, median of {args.n}")
        print(
            "| question | after a write | (its wall ms) | in a round | answer miss | calls after a write |\n"
            "|---|---:|---:|---:|---:|---:|"
        )
        for said in texts:
            print(
                f"| `{said}` | {statistics.median(alone[said]):.1f} | {statistics.median(walls[said]):.1f} | "
                f"{statistics.median(in_round[said]):.1f} | {statistics.median(miss[said]):.1f} | "
                f"{calls[said]:,} |"
            )
        print(
            f"| *the round of {len(texts)} after a write* | | {statistics.median(round_walls):.1f} "
            f"| {statistics.median(rounds):.1f} | | |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
