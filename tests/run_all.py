"""`make test`: the whole suite on SQLite and PostgreSQL; fails unless both backends ran.

Starts the local PostgreSQL cluster if it is down (as on a fresh CI machine). The suite runs in
two parts: everything not marked `serial` on pytest-xdist workers (MINERALS_TEST_WORKERS, 2 by
default; each worker has its own PostgreSQL database), then the `serial` tests alone (they
assert wall-clock limits under load, or restart PostgreSQL). Arguments that choose workers or
markers themselves (-n, -m, -p no:xdist) run as one plain pytest call.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def postgres_up(host: str = "127.0.0.1", port: int = 5432) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def ensure_postgres() -> None:
    if postgres_up() or os.environ.get("MINERALS_TEST_SKIP_POSTGRES") == "1":
        return
    versions = sorted(glob.glob("/etc/postgresql/*"))
    if versions:
        version = os.path.basename(versions[-1])
        print(f"Starting PostgreSQL {version} ...", flush=True)
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=False)


def backend_counts(junit_path: str) -> dict[str, int]:
    counts = {"sqlite": 0, "postgres": 0}
    for case in ET.parse(junit_path).getroot().iter("testcase"):
        if case.find("skipped") is not None:
            continue
        name = case.get("name", "")
        for backend in counts:
            if f"[{backend}" in name or f"-{backend}]" in name or f"-{backend}-" in name:
                counts[backend] += 1
    return counts


def serial_files(root: str = "tests") -> list[str]:
    """Test modules that mark something `serial` (so the second part collects only those)."""
    found = []
    for path in sorted(glob.glob(os.path.join(root, "**", "test_*.py"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            if "mark.serial" in f.read():
                found.append(path)
    return found


def plans(argv: list[str]) -> list[list[str]]:
    """The pytest calls for these arguments: parallel part and serial part, or one plain call."""
    own = "no:xdist" in argv or any(
        a == flag or a.startswith(flag) for a in argv for flag in ("-n", "--numprocesses", "-m")
    )
    if own or importlib.util.find_spec("xdist") is None:
        return [argv]
    workers = os.environ.get("MINERALS_TEST_WORKERS", "2")
    paths = [a for a in argv if not a.startswith("-")]
    serial = [*argv] if paths else [*argv, *serial_files()]
    return [["-n", workers, "--dist", "worksteal", "-m", "not serial", *argv], ["-m", "serial", *serial]]


def main(argv: list[str]) -> int:
    ensure_postgres()
    counts = {"sqlite": 0, "postgres": 0}
    code = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, args in enumerate(plans(argv)):
            junit = os.path.join(tmp, f"junit{i}.xml")
            part = subprocess.call([sys.executable, "-m", "pytest", f"--junitxml={junit}", *args])
            if part == 5 and i > 0:  # no serial test selected (e.g. -k chose none): nothing failed
                part = 0
            code = code or part
            if not os.path.exists(junit):
                return code or 1
            for backend, n in backend_counts(junit).items():
                counts[backend] += n
    print(f"Backend cases run: SQLite {counts['sqlite']}, PostgreSQL {counts['postgres']}")
    if (
        code == 0
        and os.environ.get("MINERALS_TEST_SKIP_POSTGRES") != "1"
        and (counts["sqlite"] == 0 or counts["postgres"] == 0)
    ):
        print("FAILED: the store's tests did not run on both backends.")
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
