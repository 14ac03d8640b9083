"""`python -m tests.bench --growth`: how each answer's cost grows with the store.

For each size (default 1,000 / 10,000 / 100,000 projects, ten commitments each) and backend:
a fresh store is seeded (timed), the real `minerals-bot serve` and bare Bolt are started
(start-up timed), every command is sent from one client and its p50 taken, then the server's
peak RSS is read. The report gives each command's p50 per size, the ratio of the two largest
sizes (the target: no command more than doubles from 10,000 to 100,000 projects) and the p50
over bare Bolt's measured in the same run (the machine may be noisy; the ratio is what holds).
"""

from __future__ import annotations

import math
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tests.bench import load
from tests.bench.runner import (
    Config,
    PostCounter,
    Replies,
    Server,
    Workload,
    command_loop,
    first_answer,
    machine,
    peak_rss_mb,
    postgres_version,
    scratch_database,
    seed_store,
    server_argv,
    server_env,
    warm_up,
)

DEFAULT_SIZES = (1_000, 10_000, 100_000)
GROWTH_LIMIT = 2.0  # from the second-largest size to the largest (10x), p50 at most doubles
STARTUP_S = 2.0
RSS_MB = 250.0
BACKEND_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
BARE = "bare Bolt"


@dataclass
class SizeResult:
    projects: int
    commitments: int = 0
    seed_seconds: float = math.nan
    startup: float = math.nan
    startup_bare: float = math.nan
    startup_cpu: float = math.nan  # user + sys of the server process until that first 200
    startup_cpu_bare: float = math.nan
    first_answer: float = math.nan  # spawn to the answer of a command sent right after it
    first_answer_bare: float = math.nan
    rss_mb: float = math.nan
    p50: dict[str, float] = field(default_factory=dict)  # command -> 1-client p50, ms
    errors: list[str] = field(default_factory=list)


@dataclass
class GrowthResult:
    backend: str
    sizes: list[SizeResult] = field(default_factory=list)


def measure_size(
    backend: str,
    projects: int,
    config: Config,
    slack: Any,
    posts: PostCounter,
    replies: Replies,
    workdir: Path,
) -> SizeResult:
    out = SizeResult(projects)
    log = config.log
    with scratch_database(backend, config, workdir) as url:
        log(f"[{backend} growth] seeding {projects:,} projects x {config.per_project} commitments ...")
        began = time.perf_counter()
        seeded = seed_store(url, replace(config, projects=projects))
        out.seed_seconds = time.perf_counter() - began
        out.commitments = seeded["added"]["commitments"]
        log(f"[{backend} growth] seeded in {out.seed_seconds:.1f} s; measuring")
        work = Workload(config, seeded, slack, replies)
        env = server_env(slack.api_url, url, cold=config.cold)
        bot = Server("minerals-bot serve", server_argv(), env, workdir / f"{backend}-{projects}-bot.log")
        base = Server(
            BARE, [sys.executable, "-m", "tests.bench.baseline"], env, workdir / f"{backend}-base.log"
        )
        try:
            bot.start()
            out.first_answer, problems = first_answer(bot, work, "find lithium")
            base.start()
            out.first_answer_bare, problems_bare = first_answer(base, work, "find lithium")
            out.errors += problems + problems_bare
            out.startup, out.startup_bare = bot.startup_seconds, base.startup_seconds
            out.startup_cpu, out.startup_cpu_bare = bot.startup_cpu_seconds, base.startup_cpu_seconds
            out.errors += warm_up(bot, base, work, posts)
            runs = {BARE: (base, lambda i: "find lithium")}
            runs.update({name: (bot, text_for) for name, text_for in work.commands().items()})
            for name, (server, text_for) in runs.items():
                res = command_loop(work, server, name, text_for, config.requests, 1)
                if res.errors:
                    out.errors.append(f"{name}: {len(res.errors)} failed, e.g. {res.errors[0][:300]}")
                out.p50[name] = load.stats_line(res.latencies_ms)["p50"]
            out.rss_mb = peak_rss_mb(bot.pid) or math.nan
        finally:
            bot.stop()
            base.stop()
            slack.clear()
    return out


def run_growth(
    config: Config,
    sizes: tuple[int, ...],
    after_each: Callable[[list[GrowthResult], dict[str, str]], None] | None = None,
) -> tuple[list[GrowthResult], dict[str, str]]:
    """Every backend at every size; `after_each(results so far, info)` after each size."""
    from bot.local_slack import LocalSlack

    info = machine()
    if "postgres" in config.backends:
        info["postgresql"] = postgres_version(config)
    results = [GrowthResult(backend) for backend in config.backends]
    workdir = Path(tempfile.mkdtemp(prefix="minerals-growth-"))
    posts, replies = PostCounter(), Replies()
    failed = False
    try:
        with LocalSlack() as slack:
            slack.on_call(posts)
            slack.on_call(replies)
            for result in results:
                for projects in sizes:
                    size = measure_size(result.backend, projects, config, slack, posts, replies, workdir)
                    result.sizes.append(size)
                    failed = failed or bool(size.errors)
                    if after_each is not None:
                        after_each([r for r in results if r.sizes], info)
    finally:
        if config.keep_logs or failed:
            config.log(f"server logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return results, info


# --- report ----------------------------------------------------------------------------------


def _ms(v: float) -> str:
    return "n/a" if math.isnan(v) else f"{v:,.1f}"


def growth_ratio(result: GrowthResult, command: str) -> float:
    """p50 at the largest size over p50 at the one before it (nan with one size)."""
    if len(result.sizes) < 2:
        return math.nan
    before, last = result.sizes[-2].p50.get(command, math.nan), result.sizes[-1].p50.get(command, math.nan)
    return last / before if before else math.nan


def commands_of(results: list[GrowthResult]) -> list[str]:
    seen: list[str] = []
    for r in results:
        for s in r.sizes:
            seen += [c for c in s.p50 if c not in seen]
    return seen


def render_growth(
    results: list[GrowthResult], info: dict[str, str], config: Config, chart: str | None
) -> str:
    lines = [
        f"Measured {info['date']} on {info['cores']} cores, {info['memory']}, Python {info['python']}, "
        f"SQLite {info['sqlite']}"
        + (f", PostgreSQL {info['postgresql']}" if "postgresql" in info else "")
        + ".",
        "",
        f"One client, {config.requests} requests per command and size; {config.per_project} commitments "
        "per project. p50 in ms; ÷ bare Bolt is the p50 over bare Bolt's p50 in the same run; "
        "growth is the p50 at the largest size over the p50 at the size before it "
        f"(target ≤ {GROWTH_LIMIT:.0f}x).",
        "",
    ]
    for r in results:
        name = BACKEND_NAMES.get(r.backend, r.backend)
        heads = [f"{s.projects:,}" for s in r.sizes]
        lines += [
            f"### {name}",
            "",
            "| command | " + " | ".join(f"p50 at {h}" for h in heads) + " | ÷ bare Bolt (largest) | growth |",
            "|---|" + "---:|" * (len(heads) + 2),
        ]
        for command in commands_of([r]):
            cells = [_ms(s.p50.get(command, math.nan)) for s in r.sizes]
            last = r.sizes[-1]
            over_bare = last.p50.get(command, math.nan) / last.p50.get(BARE, math.nan)
            ratio = growth_ratio(r, command)
            label = f"*{command} (ack only)*" if command == BARE else f"`{command}`"
            mark = "" if math.isnan(ratio) or ratio <= GROWTH_LIMIT or command == BARE else " **over**"
            lines.append(f"| {label} | " + " | ".join(cells) + f" | {over_bare:.2f} | {ratio:.2f}x{mark} |")
        for label, values, fmt_, limit in (
            ("seeding the store, s", [s.seed_seconds for s in r.sizes], "{:,.1f}", None),
            ("start-up to first 200 on /healthz, s", [s.startup for s in r.sizes], "{:.2f}", STARTUP_S),
            ("start-up of bare Bolt, s", [s.startup_bare for s in r.sizes], "{:.2f}", None),
            ("start-up CPU (user + sys) to that 200, s", [s.startup_cpu for s in r.sizes], "{:.2f}", None),
            ("start-up CPU of bare Bolt, s", [s.startup_cpu_bare for s in r.sizes], "{:.2f}", None),
            ("first command answered, s after spawning", [s.first_answer for s in r.sizes], "{:.2f}", None),
            ("first answer of bare Bolt, s", [s.first_answer_bare for s in r.sizes], "{:.2f}", None),
            ("peak RSS (VmHWM) after the commands, MB", [s.rss_mb for s in r.sizes], "{:,.0f}", RSS_MB),
        ):
            cells = ["n/a" if math.isnan(v) else fmt_.format(v) for v in values]
            target = ""
            if limit is not None and values and not math.isnan(values[-1]):
                target = f"target < {limit:g}: " + ("met" if values[-1] < limit else "**missed**")
            lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} | |")
        lines.append("")
        errors = [f"{s.projects:,} projects: {e}" for s in r.sizes for e in s.errors]
        if errors:
            lines += [f"- ERROR {e}" for e in errors] + [""]
    if chart:
        lines += [f"![p50 per command against the store's size]({chart})", ""]
    return "\n".join(lines)


def draw_chart(results: list[GrowthResult], path: Path) -> None:
    """p50 against projects per command, log-scaled x, one panel per backend (headless)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4.2 * max(1, len(results)), 3.4), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.subplots(1, max(1, len(results)), squeeze=False)[0]
    for ax, r in zip(axes, results, strict=False):
        xs = [s.projects for s in r.sizes]
        for command in commands_of([r]):
            ys = [s.p50.get(command, math.nan) for s in r.sizes]
            style = {"linestyle": "--", "color": "grey"} if command == BARE else {"marker": "o"}
            ax.plot(xs, ys, label=command.replace("$", r"\$"), linewidth=1.2, markersize=3, **style)
        ax.set_xscale("log")
        ax.minorticks_off()
        ax.set_xticks(xs, [f"{x:,}" for x in xs], fontsize=7)
        ax.set_xlabel("projects (10 commitments each)")
        ax.set_ylabel("p50, ms (1 client)")
        ax.set_title(BACKEND_NAMES.get(r.backend, r.backend), fontsize=10)
        ax.grid(True, which="both", linewidth=0.3)
    axes[0].legend(fontsize=6, loc="upper left")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")


def main_growth(config: Config, sizes: tuple[int, ...], out: Path) -> int:
    chart = out.with_suffix(".png")

    def write(results: list[GrowthResult], info: dict[str, str]) -> str:
        """The report so far (a long run that is stopped keeps the sizes it finished)."""
        draw_chart(results, chart)
        table = render_growth(results, info, config, chart.name)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(table, encoding="utf-8")
        return table

    results, info = run_growth(config, sizes, after_each=write)
    print()
    print(write(results, info))
    print(f"Written to {out} and {chart}.")
    return 1 if any(s.errors for r in results for s in r.sizes) else 0
