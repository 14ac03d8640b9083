"""`project <name>` with several workers: latency at 16 clients and CPU per request, A/B.

    python -m tests.bench.workers_project --rounds 4 \\
        --variant before=/path/to/other/checkout --variant after=. [--env after:NAME=VALUE] \\
        [--database-url URL_OF_A_STORE_SEEDED_BEFORE] [--trace] [--again]

What `python -m tests.bench --only commands --workers 2` measures for the card commands,
alone and cheaper: a PostgreSQL store seeded once (10,000 projects), then per round each
variant's `minerals-bot serve` (WEB_CONCURRENCY workers, each checkout on its own
PYTHONPATH) started fresh, warmed as the bench warms it (every command 32 times through 8
connections), the commands the bench sends before them at 16 clients (unmeasured: each
worker's pool grows there), and the card commands sent by 16 closed-loop clients (320 requests each, the
bench's 50 names), the variants in turn, the order alternating; bare Bolt's p99 in the same
round is the floor. Besides p50 and p99 it reads the CPU the server (all workers) and the
PostgreSQL backends serving its database spent per request (/proc), which is what a shared
machine's noise does not move. `--trace` prints each pass's slowest requests (their number,
when they were sent): the first readings of names no worker has answered come in a burst.
`--again` measures each command a second time, every answer then kept.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.pool import NullPool

from tests.bench import load, runner

MEASURED = ("project <name>", "project <misspelt name>")
# What the bench sends at 16 clients before `project <name>`: each worker's pool grows (new
# PostgreSQL backends, each with cold catalog caches) there, not in the measured commands.
PRECEDING = ("help", "find <words>", "projects country:CA mineral:graphite")


def postgres_cpu(url: str) -> float:
    """User+system CPU seconds of the PostgreSQL backends connected to `url`'s database."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from store.db import make_engine

    database = make_url(url).database
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            pids = conn.execute(
                text("SELECT pid FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                {"d": database},
            ).scalars()
            return sum(runner.cpu_seconds(int(pid)) for pid in pids)
    finally:
        engine.dispose()


@contextlib.contextmanager
def seeded(config: runner.Config, workdir: Path, url: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    if url:
        from store.db import make_engine

        yield url, reuse_seed(url, make_engine)
        return
    with runner.scratch_database("postgres", config, workdir) as scratch:
        print(f"seeding {config.projects:,} projects into {scratch} ...", flush=True)
        yield scratch, runner.seed_store(scratch, config)


def reuse_seed(url: str, make_engine: Any) -> dict[str, Any]:
    """The names and ids `runner.seed_store` picks, read from a store it seeded before."""
    import random

    from sqlmodel import col, select

    from store.db import session_scope
    from store.models import Commitment, Initiative, Project

    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            initiative = session.exec(select(Initiative.name).order_by(col(Initiative.id)).limit(1)).one()
            ids = session.exec(select(Commitment.id).order_by(col(Commitment.id).desc()).limit(50)).all()
            names = list(
                session.exec(
                    select(Project.name).where(Project.synthetic.is_(True)).order_by(Project.id)  # type: ignore[attr-defined]
                ).all()
            )
    finally:
        engine.dispose()
    return {
        "names": random.Random(7).sample(names, min(len(names), 50)),
        "initiative": initiative,
        "commitment_ids": [int(i) for i in ids if i is not None],
    }


def server_for(repo: Path, env: dict[str, str], log_path: Path) -> runner.Server:
    python = repo / ".venv" / "bin" / "python"
    interpreter = str(python) if python.exists() else sys.executable
    return runner.Server(
        f"serve ({repo})", [interpreter, "-m", "bot.cli", "serve"], {**env, "PYTHONPATH": str(repo)}, log_path
    )


def warm(server: runner.Server, work: runner.Workload) -> list[str]:
    """As the bench's warm-up does for commands: each command 32 times through 8 connections."""
    problems = []
    for name, text_for in work.commands().items():
        res = runner.command_loop(
            work, server, name, text_for, 4 * runner.WARM_UP_CONNECTIONS, runner.WARM_UP_CONNECTIONS
        )
        problems += [f"warm-up {name}: {e}" for e in res.errors]
    return problems


async def traced_loop(
    port: int, make: load.RequestMaker, requests: int, clients: int
) -> list[tuple[int, float, float]]:
    """(request number, ms from the start when it was sent, ms it took) of each request."""
    counter = iter(range(requests))
    conns = [load.Connection(port) for _ in range(clients)]
    out: list[tuple[int, float, float]] = []
    began = time.perf_counter()

    async def worker(conn: load.Connection) -> None:
        for i in counter:
            body, headers = make(i)
            start = time.perf_counter()
            await conn.request("POST", "/slack/events", body, headers)
            out.append((i, (start - began) * 1000, (time.perf_counter() - start) * 1000))

    await asyncio.gather(*(worker(c) for c in conns))
    await asyncio.gather(*(c.close() for c in conns))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.workers_project", description=__doc__)
    parser.add_argument("--variant", action="append", default=[], help="LABEL=PATH of a checkout (repeat)")
    parser.add_argument("--env", action="append", default=[], help="[LABEL:]NAME=VALUE for the server")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=320)
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--database-url", help="a store runner.seed_store seeded before (kept)")
    parser.add_argument("--trace", action="store_true", help="print each pass's slowest requests")
    parser.add_argument("--again", action="store_true", help="then each command once more (hits)")
    parser.add_argument("--commands", default=",".join(MEASURED), help="labels, comma-separated")
    args = parser.parse_args(argv)

    variants = [(v.split("=", 1)[0], Path(v.split("=", 1)[1]).resolve()) for v in args.variant] or [
        ("this", runner.REPO)
    ]
    measured = [c.strip() for c in args.commands.split(",") if c.strip()]
    from bot.local_slack import LocalSlack
    from tests.run_all import ensure_postgres

    ensure_postgres()
    config = runner.Config(projects=args.projects, backends=("postgres",))
    workdir = Path(tempfile.mkdtemp(prefix="minerals-workers-project-"))
    rows: dict[tuple[str, str], list[tuple[float, float, float, float, float]]] = {}
    floors: list[float] = []
    try:
        with LocalSlack() as slack, seeded(config, workdir, args.database_url) as (url, seed):
            replies = runner.Replies()
            slack.on_call(replies)
            work = runner.Workload(config, seed, slack, replies)
            base_env = runner.server_env(slack.api_url, url)  # bare Bolt: one process, as the bench
            env = {**base_env, "WEB_CONCURRENCY": str(args.workers)}
            label_env: dict[str, dict[str, str]] = {label: {} for label, _ in variants}
            for e in args.env:
                name, value = e.split("=", 1)
                if ":" in name:
                    label, name = name.split(":", 1)
                    label_env[label][name] = value
                else:
                    env[name] = value
            for round_no in range(1, args.rounds + 1):
                base = runner.Server(
                    "bare Bolt",
                    [sys.executable, "-m", "tests.bench.baseline"],
                    base_env,
                    workdir / "base.log",
                )
                base.start()
                try:
                    floor = load.run_closed_loop(
                        base.port, work.command_maker(lambda i: "find lithium"), args.requests, args.clients
                    )
                    floors.append(load.percentile(floor.latencies_ms, 99))
                finally:
                    base.stop()
                order = variants if round_no % 2 else variants[::-1]
                for label, repo in order:
                    server = server_for(
                        repo, {**env, **label_env[label]}, workdir / f"{label}-{round_no}.log"
                    )
                    server.start()
                    try:
                        problems = warm(server, work)
                        for name in PRECEDING:  # as in the bench: the pools grown to 16 clients' needs
                            runner.command_loop(
                                work, server, name, work.commands()[name], args.requests, args.clients
                            )
                        passes = [(name, name) for name in measured]
                        if args.again:  # every answer now kept in every worker: what a hit costs
                            passes += [(name + " (again)", name) for name in measured]
                        for name, command in passes:
                            text_for = work.commands()[command]
                            cpu0, pg0 = runner.cpu_seconds(server.pid), postgres_cpu(url)
                            if args.trace:
                                make = work.command_maker(text_for)
                                traced = asyncio.run(
                                    traced_loop(server.port, make, args.requests, args.clients)
                                )
                                res = load.LoadResult(latencies_ms=[t[2] for t in traced])
                                slowest = sorted(traced, key=lambda t: -t[2])[:8]
                                print(
                                    "  slowest (i, sent at, ms): "
                                    + " ".join(f"({i}, {at:.0f}, {ms:.0f})" for i, at, ms in slowest)
                                )
                            else:
                                res = runner.command_loop(
                                    work, server, command, text_for, args.requests, args.clients
                                )
                            cpu1, pg1 = runner.cpu_seconds(server.pid), postgres_cpu(url)
                            n = max(1, len(res.latencies_ms))
                            row = (
                                load.percentile(res.latencies_ms, 50),
                                load.percentile(res.latencies_ms, 99),
                                (cpu1 - cpu0) * 1000 / n,
                                (pg1 - pg0) * 1000 / n,
                                max(res.latencies_ms or [float("nan")]),
                            )
                            rows.setdefault((label, name), []).append(row)
                            problems += res.errors[:3]
                            print(
                                f"round {round_no} {label:>8} {name:<26} p50 {row[0]:6.1f} p99 {row[1]:6.1f} "
                                f"max {row[4]:6.1f} ms ({row[1] / floors[-1]:4.2f}x floor {floors[-1]:.1f}); "
                                f"CPU/request server {row[2]:.2f} ms, PostgreSQL {row[3]:.2f} ms",
                                flush=True,
                            )
                        if problems:
                            print(f"  problems: {problems[:5]}", flush=True)
                    finally:
                        server.stop()
                    slack.clear()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nfloor p99 (bare Bolt, {args.clients} clients): " + " ".join(f"{f:.1f}" for f in floors))
    for (label, name), values in rows.items():
        med = [statistics.median(v[i] for v in values) for i in range(4)]
        p99s = " ".join(f"{v[1]:.0f}" for v in values)
        print(
            f"{label:>8} {name:<26} median p50 {med[0]:.1f} p99 {med[1]:.1f} ms ({p99s}); "
            f"CPU/request server {med[2]:.2f} PostgreSQL {med[3]:.2f} ms"
        )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
