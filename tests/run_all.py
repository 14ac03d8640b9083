"""`make test`: the whole suite on SQLite and PostgreSQL; fails unless both backends ran.

Starts the local PostgreSQL cluster if it is down (as on a fresh CI machine).
"""

from __future__ import annotations

import glob
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


def main(argv: list[str]) -> int:
    ensure_postgres()
    with tempfile.TemporaryDirectory() as tmp:
        junit = os.path.join(tmp, "junit.xml")
        code = subprocess.call([sys.executable, "-m", "pytest", f"--junitxml={junit}", *argv])
        if not os.path.exists(junit):
            return code or 1
        counts = backend_counts(junit)
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
