"""Does the ack's inbox write get the SQLite write lock while other writers keep taking it?

    python -m tests.bench.write_turns --writers 1 --hold-ms 20 --acks 10
    python -m tests.bench.write_turns --writers 16 --hold-ms 10 --acks 10

On a fresh SQLite store in a temporary directory: `--writers` threads each run write
transactions back to back (an UPDATE, then `--hold-ms` holding the lock, then COMMIT), as the
work after earlier acks does under a burst; meanwhile this thread stores `--acks` inbox items
one after another as the ack does (store.inbox.enqueue on the driver's cursor, waiting at most
ACK_BUSY_TIMEOUT_MS). It prints how many were stored, how many gave up ("database is locked":
the bot would answer 503), the longest wait, and each writer's transactions. Run it on two
checkouts (PYTHONPATH=<checkout>) to compare SQLite's busy handler alone with the write turns
of store/write_gate.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from store import inbox
from store.db import ACK_BUSY_TIMEOUT_MS, driver_autocommit, make_engine, session_scope, upgrade


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.write_turns",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--writers", type=int, default=1, help="threads writing back to back (default 1)")
    parser.add_argument("--hold-ms", type=float, default=20.0, help="ms each transaction holds the lock")
    parser.add_argument("--acks", type=int, default=10, help="inbox items stored one after another")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="write-turns-") as workdir:
        url = f"sqlite:///{Path(workdir) / 'store.db'}"
        upgrade(url)
        engine = make_engine(url)
        stop = threading.Event()
        writes = [0] * args.writers

        def write_back_to_back(slot: int) -> None:
            while not stop.is_set():
                try:
                    with session_scope(engine) as s:
                        s.execute(text("UPDATE data_version SET writer = :n"), {"n": slot})
                        time.sleep(args.hold_ms / 1000)
                except OperationalError:  # starved itself: try again
                    continue
                writes[slot] += 1

        threads = [threading.Thread(target=write_back_to_back, args=(i,)) for i in range(args.writers)]
        for thread in threads:
            thread.start()
        time.sleep(0.2)
        stored = gave_up = 0
        longest = 0.0
        for n in range(args.acks):
            began = time.monotonic()
            try:
                with driver_autocommit(engine, busy_timeout_ms=ACK_BUSY_TIMEOUT_MS) as statements:
                    inbox.enqueue(statements, kind="event", key=f"Ev{n}", payload={}, now=datetime.now(UTC))
                stored += 1
            except OperationalError:
                gave_up += 1
            longest = max(longest, time.monotonic() - began)
        stop.set()
        for thread in threads:
            thread.join()
        engine.dispose()
    print(
        f"writers {args.writers}, holding {args.hold_ms:g} ms: acks stored {stored}, gave up {gave_up} "
        f"(database is locked), longest wait {longest * 1000:.0f} ms; writers' transactions {writes}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
