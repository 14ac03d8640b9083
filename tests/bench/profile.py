"""Profile one slash command or message in-process with pyinstrument.

    minerals-bot seed --synthetic 10000 --database "$DATABASE_URL"   # a store to profile against
    python -m tests.bench.profile "stats by:country" -n 300
    python -m tests.bench.profile --message "Japan's JOGMEC will lend C$150 million." -n 100
    python -m tests.bench.profile --message "Lunch at noon?" --cpu -n 2000   # CPU and SQL per message

A command goes through the same Bolt app and handlers as `minerals-bot serve` (a signed body,
`App.dispatch`) without the HTTP server; a
listener runs after the ack (`handlers.proposals.propose`), which is where its time goes.
Both against a local Slack Web API.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

from slack_bolt.request import BoltRequest

from tests.bench import load


class InlineExecutor(Executor):
    """Runs what Bolt hands to its listener pool at once, on the caller's thread."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 (handed to the future, as a pool does)
            future.set_exception(exc)
        return future


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.profile",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("text", help="the slash command's text, or with --message the message")
    parser.add_argument("--message", action="store_true", help="send a message event")
    parser.add_argument("-n", type=int, default=200, help="requests profiled (default 200)")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="no profiler: the CPU time of the thread that serves (and, inline, works off) each "
        "request, and the SQL statements and transactions per request",
    )
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL"), help="default $DATABASE_URL"
    )
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("set DATABASE_URL or --database-url to a seeded store")

    from pyinstrument import Profiler

    with load.in_process_bot(args.database_url, token="xoxb-profile", listener_executor=InlineExecutor()) as (
        app,
        services,
        slack,
    ):
        seq = int(time.time() * 1000) % 10**9

        def command(i: int) -> None:
            body = load.command_body(args.text, response_url=slack.response_url("profile"))
            headers = load.signed_headers(body, "application/x-www-form-urlencoded")
            response = app.dispatch(
                BoltRequest(body=body.decode(), headers={k.lower(): [v] for k, v in headers.items()})
            )
            if i == 0:
                print(f"HTTP {response.status}: {response.body[:200]}")

        def message(i: int) -> None:
            # The whole path of a message event through Bolt: middleware, matchers, the ack
            # listener (the inbox write, unless it is chatter) and, run inline, the lazy half.
            body = load.message_event_body(args.text, seq=seq + i, channel="C0PROFILE")
            headers = load.signed_headers(body, "application/json")
            response = app.dispatch(
                BoltRequest(body=body.decode(), headers={k.lower(): [v] for k, v in headers.items()})
            )
            if i == 0:
                print(f"HTTP {response.status}; cards posted: {len(slack.calls_to('chat.postMessage'))}")

        run = message if args.message else command
        for i in range(4):  # warm caches, as a running server has them
            run(i)
        if args.cpu:
            return _measure_cpu(services.engine, run, args.n, "message" if args.message else "command")
        profiler = Profiler(interval=0.0005)
        profiler.start()
        began = time.perf_counter()
        for i in range(4, 4 + args.n):
            run(i)
        elapsed = time.perf_counter() - began
        profiler.stop()
        print(profiler.output_text(unicode=True, color=sys.stdout.isatty()))
        print(f"{elapsed / args.n * 1000:.2f} ms per {'message' if args.message else 'command'}")
    return 0


def _measure_cpu(engine: Any, run: Callable[[int], None], n: int, what: str) -> int:
    """CPU per request on this thread (the local Slack's server thread is not counted, nor
    the database server's processes) and the statements and transactions it sent."""
    from sqlalchemy import event

    counts = {"statements": 0, "transactions": 0}

    def statement(*_: Any) -> None:
        counts["statements"] += 1

    def transaction(conn: Any) -> None:
        # A unit of work in autocommit (store.db.session_scope) sent no BEGIN nor COMMIT.
        options = conn.get_execution_options()
        if not options.get("sqlite_autocommit") and options.get("isolation_level") != "AUTOCOMMIT":
            counts["transactions"] += 1

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", transaction)
    began, began_wall = time.thread_time(), time.perf_counter()
    for i in range(4, 4 + n):
        run(i)
    cpu, wall = time.thread_time() - began, time.perf_counter() - began_wall
    print(
        f"{cpu / n * 1000:.3f} ms CPU ({wall / n * 1000:.1f} ms wall) per {what}; per {what}: "
        f"{counts['statements'] / n:.1f} SQL statements, {counts['transactions'] / n:.1f} transactions "
        "(BEGIN ... COMMIT; statements in autocommit are not counted)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
