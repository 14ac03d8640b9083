"""How much memory an export takes above idle: `python -m tests.store.export_memory URL [N]`.

Seeds N synthetic commitments (default 100,000) into an empty database at URL when it has
none, then exports them in fresh processes, once measured by tracemalloc (Python's own
allocations) and once by the process's peak resident size, each against the same process
just before the export (imports done, database connected). `--whole` also measures reading
every row into a list before writing, as exports did before they streamed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import func, select

MB = 1024 * 1024
REPO = Path(__file__).resolve().parents[2]


def seed(engine: Engine, n: int) -> int:
    """At least n synthetic commitments (ten per synthetic project); the number there."""
    from store.db import session_scope
    from store.models import Commitment
    from store.seed import seed_synthetic

    with session_scope(engine) as s:
        have = int(s.exec(select(func.count()).select_from(Commitment)).one())
        if have < n:
            seed_synthetic(s, (n - have + 9) // 10, per_project=10, now=datetime.now(UTC))
    with session_scope(engine, read_only=True) as s:
        return int(s.exec(select(func.count()).select_from(Commitment)).one())


def _status(field: str) -> int:
    """A size from /proc/self/status, in bytes (VmRSS: now; VmHWM: the peak since reset)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    # Linux: "5" resets VmHWM to the current size. (getrusage's ru_maxrss would not do: it
    # keeps the high-water mark of the process that forked this one, across exec.)
    Path("/proc/self/clear_refs").write_text("5")


def _export(url: str, out: Path, fmt: str, mode: str, whole: bool) -> dict[str, Any]:
    from store import transfer
    from store.db import make_engine, session_scope
    from store.visibility import EVERYTHING

    kind = "commitments" if fmt == "csv" else "all"
    engine = make_engine(url)
    with session_scope(engine, read_only=True) as s:  # connect, and warm the imports
        transfer.export_rows(s, "initiatives", audience=EVERYTHING)
    _reset_peak()
    idle_rss = _status("VmRSS")
    if mode == "traced":
        tracemalloc.start()
    started = time.perf_counter()
    with session_scope(engine, read_only=True) as s, out.open("w", encoding="utf-8", newline="") as target:
        if whole:  # the old way: every row in a list, then the whole text in memory
            rows = transfer.export_rows(s, "commitments", audience=EVERYTHING)
            target.write(transfer.to_csv(rows, transfer.columns_for("commitments")))
            counts = {"commitments": len(rows)}
        else:
            counts = transfer.write_export(s, target, kind, audience=EVERYTHING, fmt=fmt)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {"fmt": fmt, "whole": whole, "rows": sum(counts.values()), "seconds": seconds}
    if mode == "traced":
        result["peak_traced_mb"] = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
    else:
        peak = _status("VmHWM")
        result["idle_rss_mb"] = idle_rss / MB
        result["rss_growth_mb"] = (peak - idle_rss) / MB
    engine.dispose()
    return result


def measure_in_subprocess(url: str, out: Path, fmt: str, *, whole: bool = False) -> dict[str, Any]:
    """Both measurements, each in a fresh interpreter so neither sees the other's memory."""
    result: dict[str, Any] = {}
    for mode in ("rss", "traced"):
        args = [sys.executable, "-m", "tests.store.export_memory", "--child", url, str(out), fmt, mode]
        done = subprocess.run(
            [*args, *(["--whole"] if whole else [])], capture_output=True, text=True, cwd=REPO
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        result.update(json.loads(done.stdout))
    return result


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        url, out, fmt, mode = argv[1:5]
        print(json.dumps(_export(url, Path(out), fmt, mode, whole="--whole" in argv)))
        return 0
    from store.db import make_engine, upgrade

    url = argv[0]
    n = int(argv[1]) if len(argv) > 1 and argv[1].isdigit() else 100_000
    upgrade(url)
    engine = make_engine(url)
    print(f"{seed(engine, n)} commitments in {url}")
    engine.dispose()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [("csv", False), ("json", False)] + ([("csv", True)] if "--whole" in argv else [])
        for fmt, whole in runs:
            r = measure_in_subprocess(url, Path(tmp) / f"out.{fmt}", fmt, whole=whole)
            how = "whole list (old way)" if whole else "streamed"
            print(
                f"{fmt:4} {how:20} {r['rows']:>7} rows in {r['seconds']:5.1f} s: "
                f"idle RSS {r['idle_rss_mb']:.0f} MB, peak RSS +{r['rss_growth_mb']:.1f} MB, "
                f"tracemalloc peak {r['peak_traced_mb']:.1f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
