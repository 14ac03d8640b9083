"""The database failing under the bot: SQLite locked by another writer, SQLite full,
PostgreSQL connections killed and the server restarted under load.

Reads keep being answered where they can; a write that cannot happen is told to the user
with an error id; nothing is half-written; the bot recovers by itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import os
import random
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

import store.db
from store.models import Draft
from tests.conftest import POSTGRES_ADMIN_URL
from tests.faults.conftest import (
    COMMITMENTS,
    FaultBot,
    assert_store_consistent,
    draft_buttons,
    message_event,
    non_seed_commitments,
    start_fault_bot,
    wait_until,
)
from tests.faults.util import answer_json

READS = (
    "commitments",
    "stats",
    "find graphite",
    "projects country:CA",
    "project Ontario rare earth processing facilities",
)


def _pending_cards(bot: FaultBot, slack: Any, n: int) -> list[dict[str, Any]]:
    """n message cards, each with its Log it buttons (one per draft)."""
    for i in range(n):
        bot.event(message_event(COMMITMENTS[i % len(COMMITMENTS)], ts=f"17000{i:05d}.000100"))
    calls = slack.wait_for("chat.postMessage", count=n, timeout=20)
    bot.drain()
    return [b for c in calls for b in draft_buttons(c.params["blocks"], "log")]


def _last_answer(slack: Any) -> str:
    return str(slack.calls_to("response_url")[-1].params.get("text", ""))


def _state(bot: FaultBot, draft_id: int) -> str:
    with bot.services.session(read_only=True) as s:  # also while another writer holds it
        draft = s.get(Draft, draft_id)
        assert draft is not None
        return draft.state


def _integrity(path: str) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> int:
    """A one-second busy timeout for bots started in this test (the default is five)."""
    monkeypatch.setattr(store.db, "SQLITE_BUSY_TIMEOUT_MS", 1000)
    return 1000


@contextlib.contextmanager
def _another_writer(path: str) -> Iterator[sqlite3.Connection]:
    """Another process's connection holding SQLite's write lock until the block ends, then
    committing what it wrote."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield other
    finally:
        other.execute("COMMIT")
        other.close()


def test_sqlite_locked_by_another_writer(sqlite_url, slack, short_busy_timeout):
    from store.seed import seed_demo

    bot, stop = start_fault_bot(sqlite_url, slack)
    path = make_url(sqlite_url).database
    assert path
    try:
        with bot.services.session() as s:
            seed_demo(s, now=datetime.now(UTC))
        log_button = _pending_cards(bot, slack, 1)[0]
        draft_id = int(log_button["value"])
        with _another_writer(path) as other:
            other.execute(
                "INSERT INTO channelsetting (channel, autolog, updated_by, updated_at) "
                "VALUES ('C77', 0, 'other-writer', '2025-01-01 00:00:00')"
            )
            # Reads are answered at once: they never wait for the writer.
            for command in READS:
                started = time.monotonic()
                body = answer_json(bot.command(command))
                assert time.monotonic() - started < 1.0, command
                assert "not answering" not in body["text"], body
            # A write waits the busy timeout, then the user is told, with an error id.
            started = time.monotonic()
            body = answer_json(bot.command("autolog on"))
            assert time.monotonic() - started >= short_busy_timeout / 1000 * 0.9
            assert "database is not answering (error id" in body["text"], body
            bot.click(log_button, user="U3")
            bot.drain()
            assert "database is not answering (error id" in _last_answer(slack)
            assert _state(bot, draft_id) == "pending"
        # The other writer has finished; its row is kept.
        bot.click(log_button, user="U3")
        bot.click(log_button, user="U4")
        bot.drain()
        assert _state(bot, draft_id) == "logged"
        assert len(non_seed_commitments(bot.services.engine)) == 1
        assert "now logged directly" in answer_json(bot.command("autolog on"))["text"]
    finally:
        stop()
    assert _integrity(path) == "ok"
    assert_store_consistent(store.db.make_engine(sqlite_url))


def test_event_the_store_cannot_take_is_refused_and_redelivered(sqlite_url, slack, short_busy_timeout):
    """A commitment message arriving while another writer holds SQLite past the ack's busy
    timeout is not acknowledged (a 503: Slack sends it again), and nothing is read or posted
    for it; Slack's redelivery, once the writer is done, is stored and gets one card. A 200
    here would be a promise a crash could break unseen."""
    from store.seed import seed_demo

    bot, stop = start_fault_bot(sqlite_url, slack)
    path = make_url(sqlite_url).database
    assert path
    try:
        with bot.services.session() as s:
            seed_demo(s, now=datetime.now(UTC))
        cards_before = len(slack.calls_to("chat.postMessage"))
        event = message_event(COMMITMENTS[0], ts="1760000000.000100")
        with _another_writer(path):
            refused = bot.event(event, event_id="EvREFUSED1")
            bot.drain()
        assert refused.status_code == 503, refused.text
        assert len(slack.calls_to("chat.postMessage")) == cards_before
        with bot.services.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM inboxitem")).scalar_one() == 0
        redelivered = bot.event(
            event,
            event_id="EvREFUSED1",
            headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"},
        )
        assert redelivered.status_code == 200, redelivered.text
        bot.drain()
        cards = slack.calls_to("chat.postMessage")[cards_before:]
        assert len(cards) == 1 and draft_buttons(cards[0].params["blocks"], "log")
        again = bot.event(event, event_id="EvREFUSED1", headers={"X-Slack-Retry-Num": "2"})
        assert again.status_code == 200
        bot.drain()
        assert len(slack.calls_to("chat.postMessage")) == cards_before + 1
    finally:
        stop()
    assert_store_consistent(store.db.make_engine(sqlite_url))


def test_sqlite_disk_full_is_told_and_recovered(sqlite_url, slack):
    """SQLITE_FULL, as a full disk gives it: the page limit is set to the file's size."""
    from store.seed import seed_demo

    bot, stop = start_fault_bot(sqlite_url, slack)
    path = make_url(sqlite_url).database
    assert path
    limit: dict[str, int | None] = {"pages": None}

    @event.listens_for(bot.services.engine, "connect")
    def cap(dbapi_conn: Any, _record: Any) -> None:
        if limit["pages"] is not None:
            dbapi_conn.execute(f"PRAGMA max_page_count = {limit['pages']}")

    try:
        with bot.services.session() as s:
            seed_demo(s, now=datetime.now(UTC))
        buttons = _pending_cards(bot, slack, 6)
        with sqlite3.connect(path, isolation_level=None) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            limit["pages"] = int(conn.execute("PRAGMA page_count").fetchone()[0])
        bot.services.engine.dispose()  # new connections carry the cap
        told = []
        for button in buttons:
            slack.clear()
            bot.click(button, user="U3")
            bot.drain()
            answers = [c.params.get("text", "") for c in slack.calls_to("response_url")]
            if any("database is not answering (error id" in a for a in answers):
                told.append(int(button["value"]))
        assert told, "no write hit the full disk"
        for draft_id in told:
            assert _state(bot, draft_id) == "pending"  # nothing half-written
        for command in READS:  # reads still work
            assert "not answering" not in answer_json(bot.command(command))["text"]
        assert bot.health().json()["ok"] is True
        # Space again: the same clicks now log, once.
        limit["pages"] = 1_000_000_000
        bot.services.engine.dispose()
        for button in buttons:
            bot.click(button, user="U3")
        bot.drain()
        assert all(_state(bot, int(b["value"])) == "logged" for b in buttons)
    finally:
        stop()
    assert _integrity(path) == "ok"
    assert_store_consistent(store.db.make_engine(sqlite_url))


# --- PostgreSQL --------------------------------------------------------------------------------


class Traffic:
    """A few clients sending reads, messages and clicks until stopped; records statuses
    (of commands and clicks; of events apart) and the events refused with a 503."""

    def __init__(self, bot: FaultBot, slack: Any, clients: int = 6) -> None:
        self.bot, self.slack, self.stop = bot, slack, threading.Event()
        self.statuses: list[int] = []
        self.event_statuses: list[int] = []
        self.refused: list[tuple[str, dict[str, Any]]] = []  # (event id, event)
        self.clicked: set[int] = set()
        self.threads = [threading.Thread(target=self._run, args=(i,)) for i in range(clients)]
        self.counter = iter(range(1, 10**6))

    def _run(self, seed: int) -> None:
        rng = random.Random(seed)
        http = httpx.Client(timeout=30)
        bot = dataclasses.replace(self.bot, http=http)
        try:
            while not self.stop.is_set():
                roll = rng.random()
                try:
                    if roll < 0.5:
                        resp = bot.command(rng.choice(READS))
                    elif roll < 0.75:
                        n = next(self.counter)
                        sent = message_event(rng.choice(COMMITMENTS), ts=f"1800{n:06d}.000100")
                        event_id = f"EvT{n}"
                        resp = bot.event(sent, event_id=event_id)
                        self.event_statuses.append(resp.status_code)
                        if resp.status_code == 503:
                            self.refused.append((event_id, sent))
                        continue
                    else:
                        cards = [
                            b
                            for c in self.slack.calls_to("chat.postMessage")
                            for b in draft_buttons(c.params.get("blocks") or [], "log")
                        ]
                        if not cards:
                            continue
                        button = rng.choice(cards)
                        resp = bot.click(button, user="U3")
                except httpx.TransportError as exc:  # the bot's own server never went away
                    raise AssertionError(f"transport error {exc}") from exc
                self.statuses.append(resp.status_code)
        finally:
            http.close()

    def __enter__(self) -> Traffic:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for t in self.threads:
            t.join()


def _admin() -> Any:
    return store.db.make_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")


def _kill_connections(database: str) -> int:
    engine = _admin()
    try:
        with engine.connect() as conn:
            return len(
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :db AND pid <> pg_backend_pid()"
                    ),
                    {"db": database},
                ).all()
            )
    finally:
        engine.dispose()


def _events_refused_then_redelivered(bot: FaultBot, slack: Any, traffic: Traffic) -> None:
    """Events are acknowledged (200) or, when the store could not take them, refused (503);
    Slack's redelivery of each refused one, once the database is back, gets its card."""
    assert traffic.event_statuses and set(traffic.event_statuses) <= {200, 503}, traffic.event_statuses
    for event_id, refused in traffic.refused:
        resp = bot.event(refused, event_id=event_id, headers={"X-Slack-Retry-Num": "1"})
        assert resp.status_code == 200, resp.text
    bot.drain()
    carded = {c.params.get("thread_ts") for c in slack.calls_to("chat.postMessage")}
    assert not {sent["ts"] for _, sent in traffic.refused} - carded


def _recovered(bot: FaultBot, slack: Any) -> None:
    """After the outage: commands answer, a new message gets a card, Log it stores."""
    wait_until(lambda: bot.health().json()["ok"], timeout=30, what="healthz ok")
    for command in READS:
        assert "not answering" not in answer_json(bot.command(command))["text"], command
    before = len(slack.calls_to("chat.postMessage"))
    bot.event(message_event(COMMITMENTS[1], ts="1899999999.000100"))
    card = slack.wait_for("chat.postMessage", count=before + 1, timeout=20)[-1]
    bot.drain()
    button = draft_buttons(card.params["blocks"], "log")[0]
    bot.click(button, user="U3")
    bot.drain()
    assert _state(bot, int(button["value"])) == "logged"


def test_postgres_connections_killed_under_load(postgres_url, slack, bot_log):
    """Every connection the bot holds is killed, twice, while traffic runs (what a server
    restart or failover looks like from the bot): no 5xx but for events refused for Slack to
    send again (each redelivery then gets its card), and it reconnects by itself."""
    from store.seed import seed_demo

    bot, stop = start_fault_bot(postgres_url, slack)
    database = make_url(postgres_url).database
    assert database
    try:
        with bot.services.session() as s:
            seed_demo(s, now=datetime.now(UTC))
        with Traffic(bot, slack) as traffic:
            for _ in range(2):
                wait_until(
                    lambda n=len(traffic.statuses): len(traffic.statuses) > n + 40, timeout=30, what="traffic"
                )
                assert _kill_connections(database) > 0
            wait_until(
                lambda n=len(traffic.statuses): len(traffic.statuses) > n + 40,
                timeout=30,
                what="traffic after the kill",
            )
        bot.drain()
        assert traffic.statuses and max(traffic.statuses) < 500
        _recovered(bot, slack)
        _events_refused_then_redelivered(bot, slack, traffic)
        assert_store_consistent(bot.services.engine)
    finally:
        stop()


def _cluster() -> tuple[str, str]:
    versions = sorted(os.path.basename(p) for p in glob.glob("/etc/postgresql/*"))
    if not versions:
        pytest.skip("no local PostgreSQL cluster to restart")
    return versions[-1], "main"


def _pg_up() -> bool:
    try:
        engine = _admin()
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture
def restartable_postgres() -> Iterator[tuple[str, str]]:
    version, cluster = _cluster()
    yield version, cluster
    if not _pg_up():  # whatever happened, leave PostgreSQL running
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, "start"], check=False)
    wait_until(_pg_up, timeout=60, what="PostgreSQL back up", interval=0.2)


@pytest.mark.slow
@pytest.mark.serial  # restarts the PostgreSQL every other test (and xdist worker) uses
def test_postgres_restarted_under_load(postgres_url, slack, restartable_postgres):
    """`pg_ctlcluster restart` while traffic runs: commands and clicks during the outage get
    an answer (an error with an id), never a 5xx; an event the store cannot take is refused
    (503) for Slack to send again, and its redelivery gets its card; the bot reconnects by
    itself afterwards."""
    from store.seed import seed_demo

    version, cluster = restartable_postgres
    bot, stop = start_fault_bot(postgres_url, slack)
    try:
        with bot.services.session() as s:
            seed_demo(s, now=datetime.now(UTC))
        with Traffic(bot, slack) as traffic:
            wait_until(lambda: len(traffic.statuses) > 40, timeout=30, what="traffic")
            subprocess.run(
                ["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, "restart", "--mode", "fast"],
                check=True,
                timeout=120,
            )
            wait_until(_pg_up, timeout=60, what="PostgreSQL back up", interval=0.2)
            wait_until(
                lambda n=len(traffic.statuses): len(traffic.statuses) > n + 40,
                timeout=60,
                what="traffic after the restart",
            )
        bot.drain()
        assert max(traffic.statuses) < 500
        _recovered(bot, slack)
        _events_refused_then_redelivered(bot, slack, traffic)
        assert_store_consistent(bot.services.engine)
        with Session(bot.services.engine) as s:
            assert s.exec(select(Draft)).first() is not None
    finally:
        stop()
