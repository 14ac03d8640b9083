"""`python -m tests.bench`: see tests/bench/__init__.py and the README's Performance section."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

from tests.bench.report import render
from tests.bench.runner import REPO, Config, run


def int_list(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v.replace("_", "")) for v in text.split(",") if v.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of numbers") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give numbers of 1 or more, e.g. 1,2")
    return values


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench",
        description="Benchmark the real HTTP server against bare Bolt on SQLite and PostgreSQL.",
    )
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--quick", action="store_true", help="a short run: 2,000 projects, 1 round, fewer requests"
    )
    parser.add_argument("--projects", type=int, help="synthetic projects (default 10,000)")
    parser.add_argument("--per-project", type=int, help="commitments per project (default 10)")
    parser.add_argument("--rounds", type=int, help="rounds; figures are medians (default 3)")
    parser.add_argument(
        "--requests", type=int, help="requests per command per round at 1 client (default 100)"
    )
    parser.add_argument(
        "--requests-concurrent",
        type=int,
        help="requests per command per round at the most clients (default 320)",
    )
    parser.add_argument("--clients", type=int, help="the concurrent client count (default 16)")
    parser.add_argument("--events", type=int, help="events of each kind per round (default 400)")
    parser.add_argument(
        "--digest-commitments", type=int, help="new commitments in the digest's week (default 5,000)"
    )
    parser.add_argument("--digest-runs", type=int, help="digest builds timed (default 5)")
    parser.add_argument(
        "--postgres-url",
        help="admin URL; a scratch database is made next to "
        "it (default $BENCH_POSTGRES_URL, $TEST_POSTGRES_URL or "
        "postgres@127.0.0.1:5432/test)",
    )
    parser.add_argument(
        "--workers",
        type=int_list,
        help="WEB_CONCURRENCY values to measure, e.g. 1,2 (default 1); others at the most clients",
    )
    parser.add_argument(
        "--growth",
        action="store_true",
        help="growth mode: 1-client p50 of each command, start-up and RSS per store size",
    )
    parser.add_argument(
        "--sizes",
        type=int_list,
        help="growth mode's project counts (default 1000,10000,100000)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="markdown file (default bench-results/latest.md; growth: bench-results/growth.md, "
        "with its chart next to it as .png)",
    )
    parser.add_argument(
        "--only",
        choices=["commands", "events"],
        help="measure only the slash commands or only the message events (no digest, no cold stats)",
    )
    parser.add_argument("--keep-logs", action="store_true", help="keep the servers' logs")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="serve the bot with its answer cache off (ANSWER_CACHE_SIZE=0): every answer computed",
    )
    return parser


def config_from(args: argparse.Namespace) -> Config:
    config = Config()
    if args.quick:
        config = replace(
            config, projects=2_000, rounds=1, requests=40, requests_concurrent=160, events=150, digest_runs=3
        )
    overrides = {
        "projects": args.projects,
        "per_project": args.per_project,
        "rounds": args.rounds,
        "requests": args.requests,
        "requests_concurrent": args.requests_concurrent,
        "events": args.events,
        "digest_commitments": args.digest_commitments,
        "digest_runs": args.digest_runs,
        "postgres_url": args.postgres_url,
        "out": args.out,
    }
    config = replace(config, **{k: v for k, v in overrides.items() if v is not None})
    if args.clients:
        config = replace(config, clients=(1, args.clients), event_clients=args.clients)
    if args.workers:
        config = replace(config, workers=args.workers)
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    return replace(config, backends=backends, keep_logs=args.keep_logs, only=args.only, cold=args.cold)


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds: servers stopped, scratch database dropped


def main(argv: list[str] | None = None, *, handle_sigterm: bool = False) -> int:
    args = build_parser().parse_args(argv)
    config = config_from(args)
    if handle_sigterm:
        signal.signal(signal.SIGTERM, _terminate)
    if args.growth:
        from tests.bench.growth import DEFAULT_SIZES, main_growth

        if "postgres" in config.backends:
            from tests.run_all import ensure_postgres

            ensure_postgres()
        out = args.out or (REPO / "bench-results" / "growth.md")
        return main_growth(config, args.sizes or DEFAULT_SIZES, out)
    began = time.perf_counter()
    if "postgres" in config.backends:
        from sqlalchemy.exc import OperationalError

        from tests.run_all import ensure_postgres

        ensure_postgres()  # as `make test` does: start the local cluster if it is down
        try:
            results, info = run(config)
        except OperationalError as exc:
            print(
                f"PostgreSQL is not reachable at {config.postgres_url} "
                f"({str(exc.orig).strip().splitlines()[0]}): start it, set BENCH_POSTGRES_URL, "
                "or run with --backend sqlite.",
                file=sys.stderr,
            )
            return 2
    else:
        results, info = run(config)
    table = render(results, info, config)
    print()
    print(table)
    if config.out is not None:
        config.out.parent.mkdir(parents=True, exist_ok=True)
        config.out.write_text(table, encoding="utf-8")
        print(f"Written to {config.out} ({time.perf_counter() - began:.0f} s in all).")
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(handle_sigterm=True))
