"""CPU per commitment message of the real HTTP server, and where it goes.

    python -m tests.bench.http_profile --backend sqlite -n 600 --rounds 3 --batches 6 \\
        --repo before=/path/to/other/checkout --repo after=.     # A/B, batches alternated
    python -m tests.bench.http_profile --backend postgres --profile -n 300   # and a yappi split

`minerals-bot serve` runs as a subprocess (each `--repo` on its own PYTHONPATH, with the
interpreter of its .venv if it has one), all of them up at once, on a store seeded once for
the whole run, against a local Slack in this process; batches of messages go to each in
turn. A closed loop of signed commitment-message events goes to POST /slack/events and
each must end in a card (chat.postMessage). The server's CPU per message is its process CPU
(all threads, /proc) across the messages, divided by their number, read once every card
is posted and the server has gone quiet.

With `--profile`, a second pass of the same messages runs under yappi (CPU clock, every
thread) inside the server, started and stopped by signals around the messages: function
calls per message, and the CPU split into the parts of a message's path. yappi slows
Python calls several-fold, so the split's shares are indicative; the CPU figure comes from
the pass without it.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import pstats
import shutil
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.bench import load, runner

# Run in the server process instead of `minerals-bot serve`: yappi across every thread,
# between SIGUSR1 and SIGUSR2, saved as pstats.
PROFILED_SERVE = r"""
import os, signal, sys
import yappi
out = os.environ["HTTP_PROFILE_OUT"]
def start(*_):
    yappi.set_clock_type("cpu")
    yappi.clear_stats()
    yappi.start(builtins=True, profile_threads=True)
def stop(*_):
    yappi.stop()
    yappi.get_func_stats().save(out, type="pstat")
    with open(out + ".threads", "w") as f:
        for t in yappi.get_thread_stats():
            f.write(f"{t.ttot:.6f}\t{t.sched_count}\t{t.name}\n")
    os.rename(out, out + ".done")
signal.signal(signal.SIGUSR1, start)
signal.signal(signal.SIGUSR2, stop)
from bot.cli import main
sys.exit(main(["serve"]))
"""

# The parts of a message's path: (label, file fragment, function name). Cumulative CPU, so
# a part includes the parts below it (the split says which contain which).
PARTS: list[tuple[str, str, str]] = [
    (
        "uvicorn: HTTP parsing and the ASGI cycle (all of a request on the loop)",
        "uvicorn/protocols/http",
        "data_received",
    ),
    ("  ASGI app: Starlette routing, slack_events", "uvicorn/protocols/http", "run_asgi"),
    ("    signature check (server._signed)", "bot/server.py", "_signed"),
    ("    Bolt request building (to_bolt_request)", "starlette/handler.py", "to_bolt_request"),
    (
        "  hand-off to the worker thread (anyio to_thread)",
        "anyio/_backends/_asyncio.py",
        "run_sync_in_worker_thread",
    ),
    ("Bolt App.dispatch (worker thread, ack half)", "slack_bolt/app/app.py", "dispatch"),
    ("  listener matching (CustomListener.matches)", "slack_bolt/listener/listener.py", "matches"),
    (
        "  Bolt's kwargs injection (build_required_kwargs)",
        "kwargs_injection/utils.py",
        "build_required_kwargs",
    ),
    ("  ack listener: store_event", "handlers/events.py", "store_event"),
    ("    inbox write (inbox_work.keep)", "handlers/inbox_work.py", "keep"),
    ("after the ack: work_event (listener executor)", "handlers/events.py", "work_event"),
    ("  proposals.propose", "handlers/proposals.py", "propose"),
    ("    chat.postMessage through slack_sdk", "slack_sdk/web/client.py", "chat_postMessage"),
    ("SQLAlchemy Session.commit (all)", "sqlalchemy/orm/session.py", "commit"),
    ("SQL execution (Connection._execute_context, all)", "sqlalchemy/engine/base.py", "_execute_context"),
    ("logging (Logger._log, all)", "logging/__init__.py", "_log"),
]


def cpu_seconds(pid: int) -> float:
    return runner.cpu_seconds(pid)


def cpu_parts(pid: int) -> tuple[float, float, int]:
    """User CPU, system CPU (seconds) and context switches of the server process, all threads."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    tick = os.sysconf("SC_CLK_TCK")
    switches = 0
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        with contextlib.suppress(OSError):
            for line in status.read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    switches += int(line.split()[1])
    return int(fields[11]) / tick, int(fields[12]) / tick, switches


def server_for(repo: Path, env: dict[str, str], log_path: Path, *, profiled: bool) -> runner.Server:
    """The bot of `repo`, run by the interpreter of the repo's .venv (its installed packages
    are part of what is compared), else by this one."""
    python = repo / ".venv" / "bin" / "python"
    interpreter = str(python) if python.exists() else sys.executable
    argv = [interpreter, "-c", PROFILED_SERVE] if profiled else [interpreter, "-m", "bot.cli", "serve"]
    env = {**env, "PYTHONPATH": str(repo)}
    server = runner.Server(f"serve ({repo})", argv, env, log_path)
    return server


def send(
    server: runner.Server, work: runner.Workload, posts: runner.PostCounter, n: int, clients: int
) -> None:
    """n commitment messages, each to a card; raises if any fails or a card is missing."""
    posts.reset()
    res = load.run_closed_loop(server.port, work.event_maker(work.commitment_text), n, clients)
    if res.errors:
        raise RuntimeError(f"{len(res.errors)} of {n} messages failed: {res.errors[0]}")
    if not posts.wait(n, max(60.0, n / 5)):
        raise RuntimeError(f"{posts.count} of {n} cards posted in time; see {server.log_path}")
    if posts.failed:
        raise RuntimeError(f"{posts.failed} chat.postMessage calls refused")


def settle(pid: int, quiet: float = 0.02, timeout: float = 10.0) -> None:
    """Wait until the server's CPU stops moving (the card's ts written after the post)."""
    deadline = time.monotonic() + timeout
    last = cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = cpu_seconds(pid)
        if now - last < quiet:
            return
        last = now


@dataclass
class Tally:
    """A server's CPU across the batches of one round."""

    messages: int = 0
    user: float = 0.0
    system: float = 0.0
    switches: int = 0
    wall: float = 0.0

    @property
    def ms(self) -> float:
        return (self.user + self.system) / self.messages * 1000

    def detail(self) -> str:
        n = self.messages
        return (
            f"user {self.user / n * 1000:.2f} + system {self.system / n * 1000:.2f} ms, "
            f"{self.switches / n:.1f} context switches per message, {n / self.wall:.0f} cards/s"
        )


def measure(
    server: runner.Server,
    work: runner.Workload,
    posts: runner.PostCounter,
    n: int,
    clients: int,
    tally: Tally,
) -> None:
    """Add the server's CPU across n commitment messages (to their cards) to `tally`."""
    settle(server.pid)
    user, system, switches = cpu_parts(server.pid)
    began = time.perf_counter()
    send(server, work, posts, n, clients)
    tally.wall += time.perf_counter() - began
    settle(server.pid)
    user2, system2, switches2 = cpu_parts(server.pid)
    tally.messages += n
    tally.user += user2 - user
    tally.system += system2 - system
    tally.switches += switches2 - switches


def profile(
    server: runner.Server, work: runner.Workload, posts: runner.PostCounter, n: int, clients: int, out: Path
) -> pstats.Stats:
    settle(server.pid)
    os.kill(server.pid, signal.SIGUSR1)
    time.sleep(0.2)
    send(server, work, posts, n, clients)
    settle(server.pid)
    os.kill(server.pid, signal.SIGUSR2)
    done = Path(str(out) + ".done")
    deadline = time.monotonic() + 60
    while not done.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"no profile written; see {server.log_path}")
        time.sleep(0.1)
    return pstats.Stats(str(done))


def split(stats: pstats.Stats, n: int) -> list[str]:
    """Calls per message, and per part of the path its CPU (cumulative) per message."""
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    calls = sum(nc for (_cc, nc, _tt, _ct, _callers) in table.values())
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in table.values())
    lines = [
        f"profiled: {total / n * 1000:.2f} ms CPU per message under yappi, "
        f"{calls / n:,.0f} function calls per message (builtins included)",
    ]
    for label, fragment, name in PARTS:
        cum = sum(
            ct
            for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in table.items()
            if fragment in file and (func == name or func.endswith("." + name))
        )
        ncalls = sum(
            nc
            for (file, _line, func), (_cc, nc, _tt, _ct, _callers) in table.items()
            if fragment in file and (func == name or func.endswith("." + name))
        )
        lines.append(f"{cum / total * 100:5.1f}%  {label}  ({ncalls / n:.1f} calls per message)")
    return lines


PACKAGES = (
    "slack_bolt",
    "slack_sdk",
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "uvicorn",
    "h11",
    "httptools",
    "starlette",
    "anyio",
    "asyncio",
    "concurrent",
    "threading",
    "logging",
    "json",
    "http",
    "urllib",
    "email",
    "sqlite3",
    "psycopg",
    "store",
    "handlers",
    "bot",
    "jobs",
)


def packages(stats: pstats.Stats, n: int) -> list[str]:
    """Own CPU grouped by package (builtins on their own: yappi does not say whose they are)."""
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in table.values())
    own: dict[str, list[float]] = {}
    for (file, _line, _func), (_cc, nc, tt, _ct, _callers) in table.items():
        parts = Path(file).parts
        group = next(
            (p for p in PACKAGES if p in parts or f"{p}.py" in parts),
            "builtins" if file in ("~", "builtins") else "other",
        )
        acc = own.setdefault(group, [0.0, 0.0])
        acc[0] += tt
        acc[1] += nc
    rows = sorted(own.items(), key=lambda kv: kv[1][0], reverse=True)
    return ["own CPU by package (share, calls per message):"] + [
        f"{tt / total * 100:6.1f}%  {nc / n:8.0f}  {group}" for group, (tt, nc) in rows
    ]


def threads(path: Path) -> list[str]:
    rows = [line.split("\t") for line in path.read_text().splitlines() if line]
    total = sum(float(r[0]) for r in rows) or 1.0
    by_kind: dict[str, list[float]] = {}
    for ttot, scheds, name in rows:
        kind = name.rstrip("0123456789_-")
        acc = by_kind.setdefault(kind, [0.0, 0.0, 0.0])
        acc[0] += float(ttot)
        acc[1] += int(scheds)
        acc[2] += 1
    return ["CPU by thread kind (share, threads, times scheduled):"] + [
        f"{v[0] / total * 100:6.1f}%  {int(v[2]):3d}  {int(v[1]):8d}  {k}"
        for k, v in sorted(by_kind.items(), key=lambda kv: kv[1][0], reverse=True)
    ]


def top(stats: pstats.Stats, n: int, key: str, limit: int) -> list[str]:
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in table.values())
    index = {"tottime": 2, "cumtime": 3}[key]
    rows = sorted(table.items(), key=lambda kv: kv[1][index], reverse=True)[:limit]
    out = [f"top {limit} by {key} (share of profiled CPU, calls per message):"]
    for (file, line, func), values in rows:
        where = "/".join(Path(file).parts[-2:]) if file != "~" else ""
        out.append(f"{values[index] / total * 100:6.1f}%  {values[1] / n:8.1f}  {func}  {where}:{line}")
    return out


@contextlib.contextmanager
def seeded_store(
    backend: str, projects: int, workdir: Path, url: str | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """A scratch store seeded for this run, or the seeded store at `url` (left as it is)."""
    if url:
        yield url, store_names(url)
        return
    config = runner.Config(projects=projects)
    with runner.scratch_database(backend, config, workdir) as url:
        began = time.perf_counter()
        seeded = runner.seed_store(url, config)
        print(f"[{backend}] seeded {seeded['added']} in {time.perf_counter() - began:.0f} s", flush=True)
        yield url, seeded


def log_problems(server: runner.Server) -> str:
    """What the server logged at WARNING or above (an inbox write that timed out, say),
    counted by message."""
    counts: dict[str, int] = {}
    for line in server.log_path.read_text(errors="replace").splitlines():
        for level in ("WARNING", "ERROR", "CRITICAL"):
            if f" {level} " in line:
                what = line.split(f" {level} ", 1)[1][:120]
                counts[what] = counts.get(what, 0) + 1
    if not counts:
        return "no warnings logged"
    return "logged: " + "; ".join(f"{n} x {what}" for what, n in counts.items())


def store_names(url: str) -> dict[str, Any]:
    """What `runner.seed_store` returns, read from a store seeded before."""
    from sqlmodel import col, select

    from store.db import make_engine, session_scope
    from store.models import Initiative, Project

    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            names = list(session.exec(select(Project.name).order_by(col(Project.id)).limit(50)).all())
            initiative = session.exec(select(Initiative.name).order_by(col(Initiative.id)).limit(1)).first()
    finally:
        engine.dispose()
    return {"names": names, "initiative": initiative or "", "commitment_ids": []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.http_profile",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--projects", type=int, default=10_000, help="synthetic projects (default 10,000)")
    parser.add_argument(
        "--database-url", help="a store seeded before (`minerals-bot seed --synthetic N`), used as it is"
    )
    parser.add_argument("-n", type=int, default=400, help="commitment messages per measurement")
    parser.add_argument("--clients", type=int, default=16, help="closed-loop connections (default 16)")
    parser.add_argument("--rounds", type=int, default=3, help="server starts per repo (default 3)")
    parser.add_argument(
        "--batches", type=int, default=6, help="batches per round, sent to the repos in turn (default 6)"
    )
    parser.add_argument(
        "--repo",
        action="append",
        default=[],
        metavar="LABEL=PATH",
        help="a checkout whose bot to run (repeat for A/B; default: this one)",
    )
    parser.add_argument("--profile", action="store_true", help="also a yappi pass per repo (last round)")
    parser.add_argument("--save", type=Path, help="a folder to keep the profiles in (pstats files)")
    parser.add_argument("--keep-logs", action="store_true", help="keep the servers' logs")
    parser.add_argument("--top", type=int, default=25, help="rows of the profile's top lists")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="[LABEL:]NAME=VALUE",
        help="an environment variable for the server (of the repo LABEL only)",
    )
    args = parser.parse_args(argv)
    repos = [(r.split("=", 1)[0], Path(r.split("=", 1)[1]).resolve()) for r in args.repo] or [
        ("this", runner.REPO)
    ]

    from bot.local_slack import LocalSlack

    workdir = Path(tempfile.mkdtemp(prefix="minerals-http-profile-"))
    posts = runner.PostCounter()
    results: dict[str, list[float]] = {label: [] for label, _ in repos}
    try:
        with (
            LocalSlack() as slack,
            seeded_store(args.backend, args.projects, workdir, args.database_url) as (url, seeded),
        ):
            slack.on_call(posts)
            work = runner.Workload(runner.Config(), seeded, slack, runner.Replies())
            env = runner.server_env(slack.api_url, url)
            env.update(dict(e.split("=", 1) for e in args.env if ":" not in e.split("=", 1)[0]))
            label_env: dict[str, dict[str, str]] = {label: {} for label, _ in repos}
            for e in args.env:
                name, value = e.split("=", 1)
                if ":" in name:
                    label, name = name.split(":", 1)
                    label_env[label][name] = value
            if url.startswith("sqlite:///") and len(repos) > 1:
                # A copy of the store each: two servers writing one SQLite file (their jobs
                # too) wait for each other's locks, which one server alone never does.
                for label, _repo in repos:
                    copy = workdir / f"{label}.db"
                    with (
                        contextlib.closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as source,
                        contextlib.closing(sqlite3.connect(copy)) as target,
                    ):
                        source.backup(target)
                    label_env[label].setdefault("DATABASE_URL", f"sqlite:///{copy}")
            for round_no in range(1, args.rounds + 1):
                # Every checkout's server up at once, each batch sent to them in turn (the order
                # alternating): drift on a shared machine falls on all of them alike.
                profiled = args.profile and round_no == args.rounds
                servers = []
                for label, repo in repos:
                    out = workdir / f"{label}-{round_no}.pstat"
                    server = server_for(
                        repo,
                        {**env, **label_env[label], "HTTP_PROFILE_OUT": str(out)},
                        workdir / f"{label}-{round_no}.log",
                        profiled=profiled,
                    )
                    servers.append((label, server, out))
                try:
                    for _label, server, _out in servers:
                        server.start()
                        send(server, work, posts, 40, args.clients)  # warm, as a running server is
                    tallies = {label: Tally() for label, _s, _o in servers}
                    for batch in range(args.batches):
                        for label, server, _out in servers if batch % 2 == 0 else servers[::-1]:
                            measure(server, work, posts, args.n // args.batches, args.clients, tallies[label])
                    for label, tally in tallies.items():
                        results[label].append(tally.ms)
                        line = f"[{args.backend}] round {round_no} {label}: {tally.ms:.2f} ms CPU per message"
                        print(f"{line} ({tally.detail()})", flush=True)
                    for label, server, out in servers if profiled else []:
                        stats = profile(server, work, posts, args.n, args.clients, out)
                        if args.save:
                            args.save.mkdir(parents=True, exist_ok=True)
                            shutil.copy(Path(str(out) + ".done"), args.save / f"{label}-{args.backend}.pstat")
                        print(f"--- {label} ({args.backend}) ---")
                        print("\n".join(split(stats, args.n)))
                        print("\n".join(packages(stats, args.n)))
                        print("\n".join(threads(Path(str(out) + ".threads"))))
                        print("\n".join(top(stats, args.n, "tottime", args.top)))
                        print("\n".join(top(stats, args.n, "cumtime", args.top)), flush=True)
                finally:
                    for _label, server, _out in servers:
                        server.stop()
                    slack.clear()
                for label, server, _out in servers:
                    print(f"[{args.backend}] round {round_no} {label}: {log_problems(server)}", flush=True)
    finally:
        if args.keep_logs:
            print(f"server logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    for label, values in results.items():
        if values:
            median = statistics.median(values)
            shown = " ".join(f"{v:.2f}" for v in values)
            print(f"[{args.backend}] {label}: {shown} (median {median:.2f}) ms CPU per message")
        else:
            print(f"[{args.backend}] {label}: {math.nan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
