"""kill -9 of `minerals-bot serve` while it stores commitments (and while it sends a digest),
then a restart: the store is consistent and nothing acknowledged is lost.

"Acknowledged" is the HTTP 200 Slack got: Slack never redelivers it. Every acknowledged Log it
click is a stored commitment, every acknowledged commitment message has its card, exactly
once, whenever the process died: the inbox keeps them from before the ack, and the restarted
process (its start-up recovery) finishes them.
"""

from __future__ import annotations

import functools
import os
import random
import re
import signal
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from sqlmodel import Session, select

from bot.local_slack import Call, LocalSlack
from store.db import make_engine
from store.models import Draft, InboxItem
from tests.conftest import quick_on
from tests.e2e.conftest import RunningBot
from tests.faults.conftest import (
    COMMITMENTS,
    ServerProcess,
    assert_store_consistent,
    draft_buttons,
    message_event,
    wait_until,
)
from tests.faults.digest_runs import digest_runs, digests_in, due_subscription

LOGGED = re.compile(r"Logged by <@U\w+> as #(\d+)")


def _client(server: ServerProcess, slack: LocalSlack) -> RunningBot:
    return RunningBot(server.url, slack, None, httpx.Client(timeout=10))  # type: ignore[arg-type]


class Killer:
    """Kills the server process the moment LocalSlack receives the n-th matching call."""

    def __init__(self, slack: LocalSlack) -> None:
        self.lock = threading.Lock()
        self.armed: tuple[ServerProcess, str, int] | None = None
        self.fired = threading.Event()
        slack.on_call(self._on_call)

    def arm(self, server: ServerProcess, method: str, after: int) -> None:
        with self.lock:
            self.fired.clear()
            self.armed = (server, method, after)

    def _on_call(self, call: Call) -> None:
        with self.lock:
            if self.armed is None or call.method != self.armed[1]:
                return
            server, method, left = self.armed
            if left > 1:
                self.armed = (server, method, left - 1)
                return
            self.armed = None
        kill(server)
        self.fired.set()


def kill(server: ServerProcess) -> None:
    if server.proc is not None and server.proc.poll() is None:
        os.kill(server.proc.pid, signal.SIGKILL)


@dataclass
class Acked:
    """What the server answered 200 to: Slack will not send it again."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # ts -> event
    clicks: set[int] = field(default_factory=set)  # draft ids clicked Log it on
    count: int = 0
    kill_after: int | None = None  # kill the server right after the n-th 200 of a cycle

    def got(self, server: ServerProcess) -> None:
        with self.lock:
            self.count += 1
            if self.kill_after is not None and self.count >= self.kill_after:
                self.kill_after = None
                kill(server)


def _traffic(
    server: ServerProcess, slack: LocalSlack, seed: int, acked: Acked, stop: threading.Event
) -> None:
    """Commitment messages and Log it clicks on the cards posted so far, until killed."""
    rng = random.Random(seed)
    me = _client(server, slack)
    n = 0
    try:
        while not stop.is_set():
            try:
                if rng.random() < 0.5:
                    n += 1
                    ts = f"17{seed:04d}{n:04d}.000100"
                    event = message_event(rng.choice(COMMITMENTS), ts=ts)
                    if me.event(event, event_id=f"Ev{ts}").status_code == 200:
                        with acked.lock:
                            acked.events[ts] = event
                        acked.got(server)
                else:
                    cards = [
                        b
                        for c in slack.calls_to("chat.postMessage")
                        for b in draft_buttons(c.params.get("blocks") or [], "log")
                    ]
                    if not cards:
                        continue
                    button = rng.choice(cards[-20:])
                    if me.click(button, user=f"U{rng.randint(3, 5)}").status_code == 200:
                        with acked.lock:
                            acked.clicks.add(int(button["value"]))
                        acked.got(server)
            except httpx.TransportError:
                return  # the server was killed
    finally:
        me.http.close()


def _as_if_time_passed(db_url: str) -> None:
    """What waiting would do, without the wait: the dead process's inbox leases lapse and its
    unposted cards become overdue (CARD_RECOVERY_AFTER), so the restart's recovery takes them."""
    past = datetime.now(UTC) - timedelta(minutes=5)
    engine = make_engine(db_url)
    try:
        with Session(engine) as s:
            # Leases lapse and items are old enough for the start-up recovery (it skips items
            # received in the last few seconds, which their own lazy listener may still finish).
            s.execute(
                update(InboxItem)
                .where(InboxItem.state == "pending")  # type: ignore[arg-type]
                .values(claimed_until=past, received_at=past)
            )
            s.execute(update(Draft).where(Draft.card_ts.is_(None)).values(updated_at=past))  # type: ignore[union-attr]
            s.commit()
    finally:
        engine.dispose()


def _cards_by_source(slack: LocalSlack) -> dict[str, int]:
    """How many confirm cards were posted for each message (thread) in C1."""
    found: dict[str, int] = {}
    for message in slack.messages_in("C1"):
        if draft_buttons(message.get("blocks") or [], "log") or draft_buttons(
            message.get("blocks") or [], "undo"
        ):
            source = f"C1:{message.get('thread_ts')}"
            found[source] = found.get(source, 0) + 1
    return found


def _all_done(engine: Any, acked: Acked) -> bool:
    with Session(engine) as s:
        drafts = s.exec(select(Draft)).all()
        pending_items = s.exec(select(InboxItem).where(InboxItem.state == "pending")).all()
    carded = {d.source_message for d in drafts if d.card_ts}
    logged = {d.id for d in drafts if d.state == "logged"}
    return not pending_items and {f"C1:{ts}" for ts in acked.events} <= carded and acked.clicks <= logged


# Quick mode: two kills per backend, SQLite at the first two moments below and PostgreSQL at
# the other two, so that every moment is killed at on some backend.
@pytest.mark.parametrize(
    "kills", [pytest.param(2, id="quick"), pytest.param(10, id="release", marks=pytest.mark.slow)]
)
def test_kill_9_loses_no_acknowledged_click_or_message(db_url, slack, server_process, kills):
    from store.seed import seed_demo

    engine = make_engine(db_url)
    with Session(engine) as s:
        seed_demo(s, now=datetime.now(UTC))
        s.commit()
    engine.dispose()
    server = server_process(db_url)
    # The start-up recovery takes what the dead process left; on a loaded machine a piece can
    # still be in flight then, and the next run (a minute in production) takes it: here 5 s.
    server.extra_env["INBOX_RECOVERY_SECONDS"] = "5"
    server.start()
    killer = Killer(slack)
    acked = Acked()
    rng = random.Random(kills)
    first = 0 if db_url.startswith("sqlite") else 2
    for cycle in range(kills):
        # Kill right after an HTTP 200 (before its lazy work starts), or when the work
        # reaches Slack: the permalink inside a Log it, a card posted (its ts not yet
        # stored), a card updated.
        mode = ("ack", "chat.getPermalink", "chat.postMessage", "chat.update")[(first + cycle) % 4]
        with acked.lock:
            acked.count = 0
            acked.kill_after = rng.randint(2, 15) if mode == "ack" else None
        if mode != "ack":
            killer.arm(server, mode, after=rng.randint(2, 10))
        stop = threading.Event()
        threads = [
            threading.Thread(target=_traffic, args=(server, slack, cycle * 10 + i, acked, stop))
            for i in range(6)
        ]
        for t in threads:
            t.start()
        assert server.proc is not None
        server.proc.wait(60)  # killed by the Killer or right after an ack
        stop.set()
        for t in threads:
            t.join()
        killer.arm(server, "disarmed", after=1)
        assert server.proc.returncode == -signal.SIGKILL, f"cycle {cycle} ({mode}): not killed"
        _as_if_time_passed(db_url)
        server.start()  # the same database, after a crash: its start-up recovery finishes the rest
        engine = make_engine(db_url)
        try:
            done = functools.partial(_all_done, engine, acked)
            wait_until(done, timeout=60, what=f"cycle {cycle} ({mode}) finished")
            assert_store_consistent(engine)
        finally:
            engine.dispose()
        cards = _cards_by_source(slack)
        assert {f"C1:{ts}" for ts in acked.events} <= set(cards), "an acknowledged message has no card"
        assert all(n == 1 for n in cards.values()), (
            f"cards posted twice: {[k for k, n in cards.items() if n > 1]}"
        )

    engine = make_engine(db_url)
    try:
        counts = assert_store_consistent(engine)
        with Session(engine) as s:
            drafts = s.exec(select(Draft)).all()
            items = s.exec(select(InboxItem)).all()
        assert acked.clicks <= {d.id for d in drafts if d.state == "logged" and d.commitment_id}
        assert not [i for i in items if i.state != "done"], "an inbox item was not finished"
        print(f"crash test: {kills} kills, {len(acked.events)} messages, {len(acked.clicks)} clicks acked")
        print(f"crash test: {counts}")
    finally:
        engine.dispose()


# --- the digest ----------------------------------------------------------------------------


@quick_on("postgres")  # the next test is the quick SQLite case of a digest cut off by kill -9
def test_kill_9_while_sending_a_digest_sends_it_once(db_url, slack, server_process):
    """Killed between posting the digest and uploading its chart: after the restart the
    run is recognised as sent (its message ts was recorded first) and is not posted again."""
    due_subscription(db_url, "C5")
    killer = Killer(slack)
    server = server_process(db_url)
    killer.arm(server, "files.getUploadURLExternal", after=1)
    server.start(wait=False)  # the scheduler checks for due runs at start
    assert killer.fired.wait(60), "the digest was not sent"
    assert server.proc is not None and server.proc.wait(10) == -signal.SIGKILL
    assert len(digests_in(slack, "C5")) == 1
    [run] = digest_runs(db_url)
    assert run.state == "claimed" and run.message_ts  # cut off mid-send
    server.start()
    wait_until(lambda: digest_runs(db_url)[0].state == "sent", timeout=60, what="the run settled as sent")
    [run] = digest_runs(db_url)
    assert "recovered" in (run.outcome or "")
    server.stop()
    assert len(digests_in(slack, "C5")) == 1  # exactly once


@quick_on("sqlite")
def test_kill_9_right_after_the_digest_post_sends_it_once(db_url, slack, server_process):
    from store import digests
    from store.models import DigestRun

    due_subscription(db_url, "C6")
    killer = Killer(slack)
    server = server_process(db_url)
    killer.arm(server, "chat.postMessage", after=1)
    server.start(wait=False)
    assert killer.fired.wait(60), "the digest was not sent"
    assert server.proc is not None and server.proc.wait(10) == -signal.SIGKILL
    assert len(digests_in(slack, "C6")) == 1
    [run] = digest_runs(db_url)
    assert run.state == "claimed" and not run.message_ts
    engine = make_engine(db_url)  # the lease runs out (instead of waiting ten minutes)
    with Session(engine) as s:
        s.execute(
            update(DigestRun).values(
                updated_at=datetime.now(UTC) - digests.CLAIM_LEASE - timedelta(minutes=1)
            )
        )
        s.commit()
    engine.dispose()
    server.start()
    wait_until(lambda: digest_runs(db_url)[0].state != "claimed", timeout=60, what="the run settled")
    server.stop()
    assert len(digests_in(slack, "C6")) == 1
