"""kill -9 of `minerals-bot serve` while it stores commitments (and while it sends a digest),
then a restart: the store is consistent, every acknowledged write is there exactly once,
and what was cut off is finished by Slack's redelivery or the user's next click.

"Acknowledged" means what the user was shown: a card posted for a message, a card updated
to "Logged by ... as #N" after Log it. An HTTP ack alone promises nothing more than that
the request arrived (Bolt acks before the lazy work), and what it started is recovered.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text, update
from sqlmodel import Session, select

from bot.local_slack import Call, LocalSlack
from store.db import make_engine
from store.models import AuditLog, Commitment, Draft
from tests.e2e.conftest import RunningBot
from tests.faults.conftest import (
    COMMITMENTS,
    ServerProcess,
    assert_store_consistent,
    draft_buttons,
    message_event,
    wait_until,
)

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
        if server.proc is not None and server.proc.poll() is None:
            os.kill(server.proc.pid, signal.SIGKILL)
        self.fired.set()


def _traffic(
    bot: RunningBot,
    slack: LocalSlack,
    stop: threading.Event,
    seed: int,
    sent_events: list[dict[str, Any]],
    lock: threading.Lock,
) -> None:
    rng = random.Random(seed)
    http = httpx.Client(timeout=10)
    me = RunningBot(bot.url, slack, None, http)  # type: ignore[arg-type]
    try:
        while not stop.is_set():
            try:
                if rng.random() < 0.5:
                    with lock:
                        n = len(sent_events)
                        event = message_event(rng.choice(COMMITMENTS), ts=f"17{seed:02d}{n:06d}.000100")
                        sent_events.append(event)
                    me.event(event, event_id=f"Ev{event['ts']}")
                else:
                    cards = [
                        b
                        for c in slack.calls_to("chat.postMessage")
                        for b in draft_buttons(c.params.get("blocks") or [], "log")
                    ]
                    if cards:
                        me.click(rng.choice(cards[-20:]), user=f"U{rng.randint(3, 5)}")
            except httpx.TransportError:
                return  # the server was killed
    finally:
        http.close()


def _confirmed(slack: LocalSlack) -> set[int]:
    """Commitment ids the users were shown as logged (card updates)."""
    found: set[int] = set()
    for call in slack.calls_to("chat.update"):
        found |= {int(m) for m in LOGGED.findall(json.dumps(call.params.get("blocks")))}
    return found


@pytest.mark.parametrize(
    "kills", [pytest.param(2, id="quick"), pytest.param(5, id="release", marks=pytest.mark.slow)]
)
def test_kill_9_while_storing_commitments(db_url, slack, server_process, kills):
    from store.seed import seed_demo

    engine = make_engine(db_url)
    with Session(engine) as s:
        seed_demo(s)
        s.commit()
    engine.dispose()
    server = server_process(db_url)
    server.start()
    killer = Killer(slack)
    events: list[dict[str, Any]] = []
    lock = threading.Lock()
    rng = random.Random(kills)
    for cycle in range(kills):
        # Kill inside a Log it (between the permalink lookup and its transaction), or right
        # after a card was posted (before its ts is stored), or mid-update.
        method = ("chat.getPermalink", "chat.postMessage", "chat.update")[cycle % 3]
        killer.arm(server, method, after=rng.randint(3, 12))
        stop = threading.Event()
        threads = [
            threading.Thread(
                target=_traffic, args=(_client(server, slack), slack, stop, cycle * 10 + i, events, lock)
            )
            for i in range(6)
        ]
        for t in threads:
            t.start()
        assert killer.fired.wait(60), f"no {method} call to kill on"
        stop.set()
        for t in threads:
            t.join()
        assert server.proc is not None and server.proc.wait(10) == -signal.SIGKILL
        confirmed_before_restart = _confirmed(slack)
        server.start()  # the same database, after a crash
        engine = make_engine(db_url)
        try:
            assert_store_consistent(engine)
            with Session(engine) as s:
                stored = {c.id for c in s.exec(select(Commitment)).all()}
            assert confirmed_before_restart <= stored, "a confirmed Log it was lost"
        finally:
            engine.dispose()

    # Recovery: Slack redelivers every event (its 1- and 5-minute retries: the store is aged
    # by the recovery window instead of waiting), users click Log it again.
    bot = _client(server, slack)
    engine = make_engine(db_url)
    try:
        with Session(engine) as s:
            s.execute(
                update(Draft)
                .where(Draft.card_ts.is_(None))
                .values(  # type: ignore[union-attr]
                    updated_at=datetime.now(UTC) - timedelta(minutes=2)
                )
            )
            s.commit()
        for event in events:
            resp = bot.event(
                event,
                event_id=f"Ev{event['ts']}",
                headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_error"},
            )
            assert resp.status_code == 200
        sources = {f"{e['channel']}:{e['ts']}" for e in events}

        def all_carded() -> bool:
            with Session(engine) as s:
                drafts = s.exec(select(Draft)).all()
                return {d.source_message for d in drafts} == sources and all(d.card_ts for d in drafts)

        wait_until(all_carded, timeout=60, what="every message carded", interval=0.1)
        with Session(engine) as s:
            pending = [d.id for d in s.exec(select(Draft).where(Draft.state == "pending")).all()]
        for draft_id in pending:
            bot.click({"action_id": f"draft_log_{draft_id}", "value": str(draft_id)}, user="U3")

        def all_logged() -> bool:
            with Session(engine) as s:
                return all(d.state == "logged" for d in s.exec(select(Draft)).all())

        wait_until(all_logged, timeout=60, what="every draft logged", interval=0.1)
        counts = assert_store_consistent(engine)
        with Session(engine) as s:
            drafts = s.exec(select(Draft)).all()
            commitments = s.exec(select(Commitment)).all()
            audit = s.exec(
                select(AuditLog).where(AuditLog.entity_type == "commitment", AuditLog.action == "create")
            ).all()
            with_messages = s.execute(text("SELECT count(DISTINCT source_message) FROM draft")).scalar_one()
        assert with_messages == len(events)  # every message sent is in the store, once
        mine = [c for c in commitments if c.logged_by != "seed"]
        assert len(mine) == sum(1 for d in drafts if d.kind == "commitment")
        assert len(audit) == len(commitments)
        assert _confirmed(slack) <= {c.id for c in commitments}
        print(f"crash test: {kills} kills, {len(events)} messages, {counts}")
    finally:
        engine.dispose()
        bot.http.close()


# --- the digest ----------------------------------------------------------------------------


def _due_subscription(db_url: str, channel: str) -> None:
    """Demo records from the last days, and a subscription whose run was due an hour ago."""
    from store import digests
    from store.seed import seed_demo

    now = datetime.now(UTC)
    due = now - timedelta(hours=1)
    engine = make_engine(db_url)
    try:
        with Session(engine) as s:
            seed_demo(s)
            s.execute(
                update(Commitment).values(
                    created_at=now - timedelta(days=2), updated_at=now - timedelta(days=2)
                )
            )
            digests.subscribe(
                s,
                channel=channel,
                channel_private=False,
                weekday=due.weekday(),
                time_of_day=due.strftime("%H:%M"),
                timezone="UTC",
                subscribed_by="U1",
                is_admin=False,
                now=now - timedelta(days=8),
            )
            s.commit()
    finally:
        engine.dispose()


def _digest_runs(db_url: str) -> list[Any]:
    from store.models import DigestRun

    engine = make_engine(db_url)
    try:
        with Session(engine) as s:
            return list(s.exec(select(DigestRun)).all())
    finally:
        engine.dispose()


def _digests_in(slack: LocalSlack, channel: str) -> list[dict[str, Any]]:
    return [m for m in slack.messages_in(channel) if not m.get("files")]


def test_kill_9_while_sending_a_digest_sends_it_once(db_url, slack, server_process):
    """Killed between posting the digest and uploading its chart: after the restart the
    run is recognised as sent (its message ts was recorded first) and is not posted again."""
    _due_subscription(db_url, "C5")
    killer = Killer(slack)
    server = server_process(db_url)
    killer.arm(server, "files.getUploadURLExternal", after=1)
    server.start(wait=False)  # the scheduler checks for due runs at start
    assert killer.fired.wait(60), "the digest was not sent"
    assert server.proc is not None and server.proc.wait(10) == -signal.SIGKILL
    assert len(_digests_in(slack, "C5")) == 1
    [run] = _digest_runs(db_url)
    assert run.state == "claimed" and run.message_ts  # cut off mid-send
    server.start()
    wait_until(lambda: _digest_runs(db_url)[0].state == "sent", timeout=60, what="the run settled as sent")
    [run] = _digest_runs(db_url)
    assert "recovered" in (run.outcome or "")
    server.stop()
    assert len(_digests_in(slack, "C5")) == 1  # exactly once


def test_kill_9_right_after_the_digest_post_sends_it_once(db_url, slack, server_process):
    from store import digests
    from store.models import DigestRun

    _due_subscription(db_url, "C6")
    killer = Killer(slack)
    server = server_process(db_url)
    killer.arm(server, "chat.postMessage", after=1)
    server.start(wait=False)
    assert killer.fired.wait(60), "the digest was not sent"
    assert server.proc is not None and server.proc.wait(10) == -signal.SIGKILL
    assert len(_digests_in(slack, "C6")) == 1
    [run] = _digest_runs(db_url)
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
    wait_until(lambda: _digest_runs(db_url)[0].state != "claimed", timeout=60, what="the run settled")
    server.stop()
    assert len(_digests_in(slack, "C6")) == 1
