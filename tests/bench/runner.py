"""The benchmark run: a seeded store per backend, the real server and bare Bolt as subprocesses.

Every figure is measured once per round; the report shows the median over rounds and the
spread (min-max). Rounds interleave the bot and the baseline so that drift hits both.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.bench import load
from tests.bench.commands import DEFERRED, commands

REPO = Path(__file__).resolve().parents[2]
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

CHATTER = [
    "Lunch at noon?",
    "Can someone review the slides for Thursday's call?",
    "Thanks, that was helpful.",
    "Reminder: the team sync moved to 3pm.",
    "Has anyone seen the updated agenda for next week?",
    "I'll be out tomorrow afternoon, ping me on mobile.",
]
COMMITMENT_TEMPLATES = [
    "Japan's JOGMEC will lend up to C${n} million to the Canadian graphite mines.",
    "The US DFC will provide a ${n} million loan to {project}.",
    "Australia's EFA agreed a A${n} million loan for {project}.",
]


@dataclass
class Config:
    backends: tuple[str, ...] = ("sqlite", "postgres")
    projects: int = 10_000
    per_project: int = 10
    rounds: int = 3
    clients: tuple[int, ...] = (1, 16)
    requests: int = 100  # per command, per round, at 1 client
    requests_concurrent: int = 320  # per command, per round, at the highest client count
    events: int = 400  # per kind of message, per round
    event_clients: int = 16
    workers: tuple[int, ...] = (1,)  # WEB_CONCURRENCY values; the first gets the full run
    digest_commitments: int = 5_000
    digest_runs: int = 5
    postgres_url: str = field(
        default_factory=lambda: os.environ.get(
            "BENCH_POSTGRES_URL", os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
        )
    )
    out: Path | None = REPO / "bench-results" / "latest.md"
    only: str | None = None  # "commands" or "events": measure just that part
    log: Callable[[str], None] = field(default=lambda line: print(line, flush=True))
    keep_logs: bool = False
    cold: bool = False  # the bot with its answer cache off (ANSWER_CACHE_SIZE=0)

    def requests_for(self, clients: int) -> int:
        return self.requests if clients == 1 else self.requests_concurrent


# --- results ---------------------------------------------------------------------------------

Samples = dict[str, list[float]]  # figure name -> one value per round


@dataclass
class BackendResult:
    backend: str
    samples: Samples = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seed_seconds: float = 0.0
    sizes: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.samples.setdefault(name, []).append(value)


def summary(values: list[float]) -> tuple[float, float, float]:
    """(median, min, max)."""
    if not values:
        return float("nan"), float("nan"), float("nan")
    return statistics.median(values), min(values), max(values)


# --- stores ----------------------------------------------------------------------------------


@contextlib.contextmanager
def scratch_database(backend: str, config: Config, workdir: Path) -> Iterator[str]:
    """A fresh database URL on `backend`, removed afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{workdir / 'bench.db'}"
        return
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from store.db import make_engine

    admin = make_engine(config.postgres_url, isolation_level="AUTOCOMMIT")
    name = f"minerals_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(config.postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def seed_store(url: str, config: Config) -> dict[str, Any]:
    """Migrate, load the demo records and the synthetic store; names to ask for."""
    from sqlmodel import col, select

    from store.db import make_engine, session_scope, upgrade
    from store.models import Commitment, Initiative, Project
    from store.seed import seed_demo, seed_synthetic

    upgrade(url)
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            seed_demo(session, now=datetime.now(UTC))
            added = seed_synthetic(
                session, config.projects, per_project=config.per_project, now=datetime.now(UTC)
            )
        with session_scope(engine) as session:
            # The seed's first initiative: the one most projects belong to.
            initiative = session.exec(select(Initiative.name).order_by(col(Initiative.id)).limit(1)).one()
            commitment_ids = session.exec(
                select(Commitment.id).order_by(col(Commitment.id).desc()).limit(50)
            ).all()
            names = list(
                session.exec(
                    select(Project.name).where(Project.synthetic.is_(True)).order_by(Project.id)
                ).all()
            )  # type: ignore[attr-defined]
        if engine.dialect.name == "postgresql":
            # What autovacuum does within a minute of a bulk load: statistics, and GIN
            # indexes' pending lists merged (searching those lists costs milliseconds).
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()
    # 100 names: the first 50 for the most clients' pass, the other 50 for the 1-client pass,
    # so that its answers are not kept for the concurrent pass: one worker and two meet the
    # same 18 first readings there (names the warm-up did not ask).
    picked = random.Random(7).sample(names, min(len(names), 100)) or ["Canadian graphite mines"]
    return {
        "added": added,
        "names": picked[:50],
        "one_client_names": picked[50:] or picked[:50],
        "initiative": initiative,
        "commitment_ids": [int(i) for i in commitment_ids if i is not None],
    }


# --- processes -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User and system CPU of a live process and its children (a pre-fork's workers), from
    /proc: what the server spent, however busy the rest of the machine is; NaN if unreadable."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (OSError, ValueError, IndexError):
        return float("nan")
    for child in children:
        child_cpu = cpu_seconds(int(child))
        total += 0.0 if math.isnan(child_cpu) else child_cpu
    return total


def peak_rss_mb(pid: int) -> float | None:
    """VmHWM (the resident set's high-water mark) of a live process, in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import psutil  # type: ignore[import-untyped]

        info = psutil.Process(pid).memory_info()
        return getattr(info, "peak_wset", info.rss) / 2**20
    except Exception:
        return None


class Server:
    """A server subprocess on 127.0.0.1: started, timed to its first 200 on /healthz (wall and
    CPU time), stopped."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log_path: Path) -> None:
        self.name, self.argv, self.log_path = name, argv, log_path
        self.port = free_port()
        self.env = {**env, "PORT": str(self.port)}
        self.proc: subprocess.Popen[bytes] | None = None
        self.startup_seconds = float("nan")
        self.startup_cpu_seconds = float("nan")
        self.spawned_at = float("nan")

    def start(self, timeout: float = 60.0) -> Server:
        log_file = self.log_path.open("ab")
        began = time.perf_counter()
        self.proc = subprocess.Popen(
            self.argv, env=self.env, cwd=self.log_path.parent, stdout=log_file, stderr=subprocess.STDOUT
        )
        log_file.close()
        self.spawned_at = began
        deadline = began + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.proc.returncode}; see {self.log_path}:\n{self.log_tail()}"
                )
            if load.get_status(self.port) == 200:
                self.startup_seconds = time.perf_counter() - began
                self.startup_cpu_seconds = cpu_seconds(self.proc.pid)
                return self
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(
            f"{self.name} did not answer /healthz in {timeout:.0f} s; see {self.log_path}:\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)


def server_argv() -> list[str]:
    """`minerals-bot serve`: the installed console script, else the same entry point via -m."""
    script = Path(sys.executable).with_name("minerals-bot")
    if script.exists():
        return [str(script), "serve"]
    return [sys.executable, "-m", "bot.cli", "serve"]


def server_env(slack_api_url: str, database_url: str, *, cold: bool = False) -> dict[str, str]:
    """The bot's environment; `cold`: every answer computed, none served from the answer cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    if cold:
        env["ANSWER_CACHE_SIZE"] = "0"
    env.update(
        {
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_SIGNING_SECRET": load.SECRET,
            "SLACK_APP_TOKEN": "",
            "SLACK_API_URL": slack_api_url,
            "DATABASE_URL": database_url,
            "HOST": "127.0.0.1",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p),
        }
    )
    return env


# --- Slack side ------------------------------------------------------------------------------


class PostCounter:
    """Counts chat.postMessage calls on the local Slack and when the n-th one arrived."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self.count = 0
        self.last_at = 0.0
        self.failed = 0

    def __call__(self, call: Any) -> None:
        if call.method != "chat.postMessage":
            return
        with self._lock:
            if call.error:
                self.failed += 1
            else:
                self.count += 1
                self.last_at = time.perf_counter()
            self._lock.notify_all()

    def reset(self) -> None:
        with self._lock:
            self.count, self.last_at, self.failed = 0, 0.0, 0

    def wait(self, n: int, timeout: float) -> bool:
        with self._lock:
            return self._lock.wait_for(lambda: self.count >= n, timeout=timeout)


class Replies:
    """The replies deferred commands send to their response_url, one URL tag per request, so
    that a closed-loop client can wait for its own (its next request goes when it arrived).
    A failure posted there (the work raised: ":warning: Sorry, that did not finish") is the
    request's problem, not a reply to time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrived: dict[str, str | None] = {}  # tag -> problem of the reply, None: as wanted
        self._waiting: dict[str, tuple[Any, Any]] = {}  # tag -> (event loop, future)

    def __call__(self, call: Any) -> None:
        if call.tag is None:
            return
        problem = reply_problem(call)
        with self._lock:
            waiter = self._waiting.pop(call.tag, None)
            if waiter is None:
                self._arrived[call.tag] = problem
                return
        loop, future = waiter
        loop.call_soon_threadsafe(lambda: future.done() or future.set_result(problem))

    async def wait(self, tag: str, timeout: float = 30.0) -> str | None:
        """The problem of `tag`'s reply once it came (None: the reply wanted)."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            if tag in self._arrived:
                return self._arrived.pop(tag)
            future = loop.create_future()
            self._waiting[tag] = (loop, future)
        try:
            return await asyncio.wait_for(future, timeout)  # type: ignore[no-any-return]
        finally:
            with self._lock:
                self._waiting.pop(tag, None)


def reply_problem(call: Any) -> str | None:
    """What is wrong with a response_url post, None when nothing: a refused post, or an
    answer that says the work failed (an error reply starts with :warning:)."""
    if call.status != 200:
        return f"reply HTTP {call.status}: {call.error}"
    params = call.params or {}
    shown = [str(params.get("text") or "")]
    for block in params.get("blocks") or []:
        if isinstance(block, dict):
            shown.append(str((block.get("text") or {}).get("text") or ""))
    if any(text.lstrip().startswith(":warning:") for text in shown):
        return "reply: " + shown[0][:200]
    return None


# --- measurements ----------------------------------------------------------------------------


class Workload:
    """What one round sends, with bodies signed just before they go out."""

    def __init__(self, config: Config, seeded: dict[str, Any], slack: Any, replies: Replies) -> None:
        self.config = config
        self.names: list[str] = seeded["names"]
        self.one_client_names: list[str] = seeded.get("one_client_names") or self.names
        self.initiative: str = seeded["initiative"]
        self.commitment_ids: list[int] = seeded["commitment_ids"]
        self.slack = slack
        self.replies = replies
        self.response_url = slack.response_url("bench")
        self.seq = int(time.time() * 1000) % 10**9  # message ts stay unique across runs
        self.run = 0  # one per closed loop of a deferred command: its reply tags stay unique
        # ... across workloads too: a growth run keeps one local Slack for every size and backend,
        # and a response_url takes five posts (the sixth size's tags were refused: used_url).
        self.tag_prefix = f"bench-{uuid.uuid4().hex[:8]}"

    def commands(self, clients: int | None = None) -> dict[str, Callable[[int], str]]:
        """The commands of a pass of `clients` (None: the concurrent pass)."""
        names = self.one_client_names if clients == 1 else self.names
        return commands(names, self.initiative, self.commitment_ids)

    def command_maker(self, text_for: Callable[[int], str]) -> load.RequestMaker:
        def make(i: int) -> tuple[bytes, dict[str, str]]:
            body = load.command_body(text_for(i), response_url=self.response_url)
            return body, load.signed_headers(body, "application/x-www-form-urlencoded")

        return make

    def deferred_maker(self, text_for: Callable[[int], str]) -> tuple[load.RequestMaker, load.Settler]:
        """A deferred command's requests, each with its own response_url, and the wait for
        the reply sent there after the ack."""
        self.run += 1
        run = self.run

        def tag(i: int) -> str:
            return f"{self.tag_prefix}-{run}-{i}"

        def make(i: int) -> tuple[bytes, dict[str, str]]:
            body = load.command_body(text_for(i), response_url=self.slack.response_url(tag(i)))
            return body, load.signed_headers(body, "application/x-www-form-urlencoded")

        async def settle(i: int) -> str | None:
            return await self.replies.wait(tag(i))

        return make, settle

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def event_maker(self, text_for: Callable[[int], str]) -> load.RequestMaker:
        def make(i: int) -> tuple[bytes, dict[str, str]]:
            body = load.message_event_body(text_for(i), seq=self.next_seq())
            return body, load.signed_headers(body, "application/json")

        return make

    def commitment_text(self, i: int) -> str:
        template = COMMITMENT_TEMPLATES[i % len(COMMITMENT_TEMPLATES)]
        return template.format(n=100 + (self.seq % 900), project=self.names[i % len(self.names)])


def command_loop(
    work: Workload, server: Server, name: str, text_for: Callable[[int], str], n: int, clients: int
) -> load.LoadResult:
    """`n` requests of one command from `clients` closed-loop clients; a deferred command's
    client waits for its reply after the ack, as a member waits for the file."""
    settle = None
    if name in DEFERRED:
        make, settle = work.deferred_maker(text_for)
    else:
        make = work.command_maker(text_for)
    return load.run_closed_loop(server.port, make, n, clients, load.slash_ack_problem, settle)


def measure_commands(
    result: BackendResult,
    bot: Server,
    base: Server,
    work: Workload,
    config: Config,
    *,
    clients_list: tuple[int, ...] | None = None,
    suffix: str = "",
) -> None:
    """Each command at each client count, after bare Bolt; with a suffix (another worker
    count), against bare Bolt's figures already measured in this round."""
    for clients in clients_list or config.clients:
        commands = work.commands(clients)
        n = config.requests_for(clients)
        runs: dict[str, tuple[Server, Callable[[int], str]]] = {}
        if not suffix:
            runs["bare Bolt"] = (base, lambda i: "find lithium")
        runs.update({name + suffix: (bot, text_for) for name, text_for in commands.items()})
        for name, (server, text_for) in runs.items():
            res = command_loop(work, server, name.removesuffix(suffix), text_for, n, clients)
            if res.errors:
                result.errors.append(
                    f"{name} x{clients}: {len(res.errors)} failed, e.g. {res.errors[0][:300]}"
                )
            line = load.stats_line(res.latencies_ms)
            result.add(f"cmd|{name}|{clients}|p50", line["p50"])
            result.add(f"cmd|{name}|{clients}|p99", line["p99"])
            result.add(f"cmd|{name}|{clients}|rps", res.per_second)
            if res.settled_ms:
                done = load.stats_line(res.settled_ms)
                result.add(f"reply|{name}|{clients}|p50", done["p50"])
                result.add(f"reply|{name}|{clients}|p99", done["p99"])
        base_p50 = result.samples[f"cmd|bare Bolt|{clients}|p50"][-1]
        base_p99 = result.samples[f"cmd|bare Bolt|{clients}|p99"][-1]
        for name in (name + suffix for name in commands):
            result.add(
                f"cmd|{name}|{clients}|p50x", result.samples[f"cmd|{name}|{clients}|p50"][-1] / base_p50
            )
            result.add(
                f"cmd|{name}|{clients}|p99x", result.samples[f"cmd|{name}|{clients}|p99"][-1] / base_p99
            )


def measure_events(
    result: BackendResult,
    bot: Server,
    base: Server,
    work: Workload,
    config: Config,
    posts: PostCounter,
    *,
    suffix: str = "",
) -> None:
    n, clients = config.events, config.event_clients
    timeout = max(60.0, n / 5)

    if not suffix:  # bare Bolt acks a message event and does nothing else
        res = load.run_closed_loop(
            base.port, work.event_maker(lambda i: CHATTER[i % len(CHATTER)]), n, clients
        )
        result.add("events|bare Bolt", res.per_second)
        if res.errors:
            result.errors.append(f"bare Bolt events: {len(res.errors)} failed: {res.errors[0]}")
        # The floor for a commitment message: bare Bolt acks it and posts one card-sized message
        # from a lazy listener (tests/bench/baseline.py), nothing read or stored.
        posts.reset()
        began = time.perf_counter()
        res = load.run_closed_loop(base.port, work.event_maker(work.commitment_text), n, clients)
        if res.errors:
            result.errors.append(f"bare Bolt posting: {len(res.errors)} failed: {res.errors[0]}")
        if posts.wait(n - len(res.errors), timeout):
            result.add("events|bare Bolt posting", (n - len(res.errors)) / (posts.last_at - began))
        else:
            result.errors.append(f"bare Bolt posting: {posts.count} of {n} posts within {timeout:.0f} s")

    # Chatter: acked at once, never read after the ack. The run ends when a commitment
    # message sent after the last chatter has its card (so nothing chatter started is pending).
    posts.reset()
    began = time.perf_counter()
    res = load.run_closed_loop(bot.port, work.event_maker(lambda i: CHATTER[i % len(CHATTER)]), n, clients)
    acked = time.perf_counter()
    sentinel = load.run_closed_loop(bot.port, work.event_maker(work.commitment_text), 1, 1)
    if res.errors or sentinel.errors:
        result.errors.append(f"chatter events{suffix}: {len(res.errors) + len(sentinel.errors)} failed")
    if posts.wait(1, timeout):
        result.add(f"events|chatter{suffix}", n / (posts.last_at - began))
        result.add(f"events|chatter acked{suffix}", n / (acked - began))
        if posts.count > 1:
            result.errors.append(f"chatter got {posts.count - 1} replies; chatter should get none")
    else:
        result.errors.append(f"chatter{suffix}: the closing commitment message got no card in time")

    # Commitment messages: each must end in a card (chat.postMessage) on the local Slack.
    posts.reset()
    bot_cpu, bench_cpu = cpu_seconds(bot.pid), time.process_time()
    began = time.perf_counter()
    res = load.run_closed_loop(bot.port, work.event_maker(work.commitment_text), n, clients)
    acked = time.perf_counter()
    if res.errors:
        result.errors.append(f"commitment events{suffix}: {len(res.errors)} failed: {res.errors[0]}")
    expected = n - len(res.errors)
    if posts.wait(expected, timeout):
        per_second = expected / (posts.last_at - began)
        result.add(f"events|commitment{suffix}", per_second)
        floor = result.samples.get("events|bare Bolt posting")
        if floor:
            result.add(f"events|commitment share{suffix}", per_second / floor[-1])
        result.add(f"events|commitment acked{suffix}", n / (acked - began))
        # CPU per message: the server's, and this process's (the load and the local Slack),
        # which share the machine's cores with it.
        bot_cpu_after = cpu_seconds(bot.pid)
        if not math.isnan(bot_cpu) and not math.isnan(bot_cpu_after) and expected:
            result.add(f"events|commitment cpu{suffix}", (bot_cpu_after - bot_cpu) / expected * 1000)
        if expected:
            result.add(
                f"events|commitment bench cpu{suffix}", (time.process_time() - bench_cpu) / expected * 1000
            )
    else:
        result.errors.append(
            f"commitment messages{suffix}: {posts.count} of {expected} cards posted within {timeout:.0f} s"
        )
    if posts.failed:
        result.errors.append(f"{posts.failed} chat.postMessage calls were refused by Slack")


def workers_suffix(workers: int) -> str:
    return f" ({workers} workers)"


def first_answer(server: Server, work: Workload, text: str) -> tuple[float, list[str]]:
    """Seconds from spawning `server` to its answer to one slash command sent at once after
    its first 200 on /healthz (what the listeners still loading then cost), and any error."""
    res = load.run_closed_loop(server.port, work.command_maker(lambda i: text), 1, 1, load.slash_ack_problem)
    seconds = time.perf_counter() - server.spawned_at
    return seconds, [f"first answer of {server.name}: {e}" for e in res.errors]


WARM_UP_CONNECTIONS = 8  # enough that each of two workers accepts some


def warm_up(bot: Server, base: Server, work: Workload, posts: PostCounter) -> list[str]:
    """What a server that has been up a while has done: each command and message kind once,
    in every worker (several connections: each worker takes its share, bot/fair_accept.py)."""
    problems = []
    # Both passes' names (the 1-client pass asks other names than the concurrent one): each
    # pass then meets 18 first readings of its 50, one worker or two.
    for clients in (1, max(work.config.clients)):
        for name, text_for in work.commands(clients).items():
            res = command_loop(work, bot, name, text_for, 4 * WARM_UP_CONNECTIONS, WARM_UP_CONNECTIONS)
            problems += [f"warm-up {name}: {e}" for e in res.errors]
    load.run_closed_loop(base.port, work.command_maker(lambda i: "help"), 4, 1)
    posts.reset()
    load.run_closed_loop(bot.port, work.event_maker(lambda i: CHATTER[i % len(CHATTER)]), 4, 1)
    load.run_closed_loop(bot.port, work.event_maker(work.commitment_text), 2, 1)
    if not posts.wait(2, 60):
        problems.append("warm-up: commitment messages got no card")
    return problems


def measure_digest(url: str, config: Config, result: BackendResult) -> None:
    from bot.blockkit.digest import digest_blocks
    from jobs.digest import build_digest
    from store.db import make_engine, session_scope
    from store.seed import seed_synthetic_week
    from store.visibility import Audience

    # A week before the synthetic store's two years, so exactly these commitments are new.
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(days=800)
    start = end - timedelta(days=7)
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            seed_synthetic_week(session, config.digest_commitments, start=start, end=end)
        for run in range(config.digest_runs + 1):
            with session_scope(engine) as session:
                began = time.perf_counter()
                digest = build_digest(
                    session,
                    period_start=start,
                    period_end=end,
                    audience=Audience(channel="C0DIGEST"),
                    tz="UTC",
                    now=end,
                    command="/minerals",
                )
                blocks, _text = digest_blocks(digest)
                elapsed = (time.perf_counter() - began) * 1000
            if run:  # the first run warms caches and imports
                result.add("digest|ms", elapsed)
                result.add("digest|blocks", len(blocks))
                result.add("digest|commitments", sum(len(g.commitments) for g in digest.groups))
    finally:
        engine.dispose()


def measure_cold_stats(url: str, config: Config, result: BackendResult) -> None:
    """`stats` computed afresh (what the first request after any write pays), in-process."""
    from store import queries, totals
    from store.db import make_engine, session_scope
    from store.visibility import Audience

    engine = make_engine(url)
    try:
        for by in ("country", "mineral"):
            for _ in range(max(3, config.digest_runs)):
                with session_scope(engine) as session:
                    began = time.perf_counter()
                    totals._totals(session, by, Audience(channel="C0BENCH"), queries.CommitmentFilter())
                    result.add(f"stats cold|{by}", (time.perf_counter() - began) * 1000)
    finally:
        engine.dispose()


def run_backend(
    backend: str, config: Config, slack: Any, posts: PostCounter, replies: Replies, workdir: Path
) -> BackendResult:
    result = BackendResult(backend)
    log = config.log
    with scratch_database(backend, config, workdir) as url:
        log(f"[{backend}] seeding {config.projects:,} projects x {config.per_project} commitments ...")
        began = time.perf_counter()
        seeded = seed_store(url, config)
        result.seed_seconds = time.perf_counter() - began
        result.sizes = dict(seeded["added"])
        log(f"[{backend}] seeded in {result.seed_seconds:.1f} s: {seeded['added']}")
        work = Workload(config, seeded, slack, replies)
        env = server_env(slack.api_url, url, cold=config.cold)
        baseline_argv = [sys.executable, "-m", "tests.bench.baseline"]
        for round_no in range(1, config.rounds + 1):
            log(f"[{backend}] round {round_no}/{config.rounds}")
            bot = Server("minerals-bot serve", server_argv(), env, workdir / f"{backend}-bot.log")
            base = Server("bare Bolt", baseline_argv, env, workdir / f"{backend}-baseline.log")
            try:
                bot.start()
                answered, problems = first_answer(bot, work, "find lithium")
                base.start()
                answered_bare, problems_bare = first_answer(base, work, "find lithium")
                result.errors += problems + problems_bare
                result.add("startup|bot", bot.startup_seconds)
                result.add("startup|bare Bolt", base.startup_seconds)
                result.add("startup cpu|bot", bot.startup_cpu_seconds)
                result.add("startup cpu|bare Bolt", base.startup_cpu_seconds)
                result.add("first answer|bot", answered)
                result.add("first answer|bare Bolt", answered_bare)
                result.errors += warm_up(bot, base, work, posts)
                if config.only != "events":
                    measure_commands(result, bot, base, work, config)
                if config.only != "commands":
                    measure_events(result, bot, base, work, config, posts)
                rss = peak_rss_mb(bot.pid)
                if rss is not None:
                    result.add("rss|bot", rss)
                base_rss = peak_rss_mb(base.pid)
                if base_rss is not None:
                    result.add("rss|bare Bolt", base_rss)
                bot.stop()
                for workers in (w for w in config.workers if w != 1):
                    log(f"[{backend}] round {round_no}: WEB_CONCURRENCY={workers}")
                    more = Server(
                        "minerals-bot serve",
                        server_argv(),
                        {**env, "WEB_CONCURRENCY": str(workers)},
                        workdir / f"{backend}-bot-{workers}.log",
                    )
                    try:
                        more.start()
                        result.add(f"startup|bot{workers_suffix(workers)}", more.startup_seconds)
                        result.errors += warm_up(more, base, work, posts)
                        if config.only != "events":
                            measure_commands(
                                result,
                                more,
                                base,
                                work,
                                config,
                                clients_list=(max(config.clients),),
                                suffix=workers_suffix(workers),
                            )
                        if config.only != "commands":
                            measure_events(
                                result, more, base, work, config, posts, suffix=workers_suffix(workers)
                            )
                    finally:
                        more.stop()
                    if more.proc is not None and more.proc.returncode != 0:
                        result.errors.append(f"WEB_CONCURRENCY={workers}: exited with {more.proc.returncode}")
            finally:
                bot.stop()
                base.stop()
                slack.clear()
            if bot.proc is not None and bot.proc.returncode not in (0, -signal.SIGTERM):
                result.errors.append(f"the bot exited with {bot.proc.returncode}:\n{bot.log_tail()}")
        if config.only is None:
            measure_cold_stats(url, config, result)
            log(f"[{backend}] digest for {config.digest_commitments:,} new commitments ...")
            measure_digest(url, config, result)
    return result


def machine() -> dict[str, str]:
    import platform
    import sqlite3

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    mem = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kb = int(Path("/proc/meminfo").read_text().split("\n")[0].split()[1])
        mem = f"{kb / 2**20:.0f} GB RAM"
    return {
        "cores": str(cores),
        "memory": mem,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(terse=True),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def postgres_version(config: Config) -> str:
    with contextlib.suppress(Exception):
        from sqlalchemy import text

        from store.db import make_engine

        engine = make_engine(config.postgres_url)
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar())
        engine.dispose()
        return version.split()[0]
    return "unknown"


def run(config: Config) -> tuple[list[BackendResult], dict[str, str]]:
    from bot.local_slack import LocalSlack

    info = machine()
    if "postgres" in config.backends:
        info["postgresql"] = postgres_version(config)
    results = []
    workdir = Path(tempfile.mkdtemp(prefix="minerals-bench-"))
    posts, replies = PostCounter(), Replies()
    try:
        with LocalSlack() as slack:
            slack.on_call(posts)
            slack.on_call(replies)
            for backend in config.backends:
                results.append(run_backend(backend, config, slack, posts, replies, workdir))
    finally:
        if config.keep_logs or any(r.errors for r in results):
            config.log(f"server logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return results, info
