"""Fixtures for the fault, load and hostile-input suite.

`fault_bot` is the e2e bot (uvicorn on 127.0.0.1, signed requests, LocalSlack) with one
addition: Bolt's lazy listeners run on a `TrackingExecutor`, so a test can wait for every
piece of background work to finish (`bot.drain()`) instead of sleeping.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, text
from sqlmodel import Session, select

from bot.local_slack import LocalSlack
from handlers import channels
from store.models import AuditLog, Commitment, Draft, ProcessedEvent, ProjectUpdate
from tests import slack_requests
from tests.e2e.conftest import RunningBot, buttons, free_port, start_bot

ADMIN = "UADMIN"
ROOT = Path(__file__).resolve().parents[2]

# Sentences the extractor reads as commitments (one or two each) and chatter it ignores.
COMMITMENTS = [
    "Japan's JOGMEC agreed to take 40% of the graphite from the Canadian graphite mines and "
    "will lend up to C$150 million, pending due diligence.",
    "Germany's KfW signs a EUR 50 million loan for the Ontario rare earth processing facilities.",
    "The EU will provide a EUR 30 million grant for the Canadian rare earth mines.",
]
CHATTER = [
    "lunch at noon?",
    "graphite prices fell 3% today",
    "Has Japan committed anything yet?",
    "see you at the G7 meeting",
    "ok thanks",
]


# The e2e bot already tracks its lazy listeners; the fault suite uses it as it is.
FaultBot = RunningBot
start_fault_bot = start_bot


@pytest.fixture
def fault_bot(db_url: str, slack: LocalSlack) -> Iterator[FaultBot]:
    from store.seed import seed_demo

    channels.forget()
    running, stop = start_fault_bot(db_url, slack)
    with running.services.session() as session:
        seed_demo(session, now=datetime.now(UTC))
    yield running
    stop()


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh SQLite database (for cases that only make sense on SQLite)."""
    import shutil

    path = tmp_path / "minerals.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_url(postgres_server: Any) -> str:
    """A fresh database on the test PostgreSQL server (for PostgreSQL-only cases)."""
    postgres_server.reset()
    return str(postgres_server.url)


# --- what a card looks like ------------------------------------------------------------------


def draft_buttons(blocks: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The card's buttons of one kind: log, edit, dismiss, undo."""
    return [b for b in buttons(blocks) if b["action_id"].startswith(f"draft_{kind}_")]


def message_event(
    text: str, *, ts: str, channel: str = "C1", user: str = "U2", channel_type: str = "channel"
) -> dict[str, Any]:
    """A message event from U2 (the fault suite's usual author) unless `user` says otherwise."""
    return slack_requests.message_event(text, user=user, channel=channel, ts=ts, channel_type=channel_type)


# --- consistency of the store ----------------------------------------------------------------


def non_seed_commitments(engine: Any) -> list[Commitment]:
    with Session(engine) as s:
        return list(
            s.exec(select(Commitment).where(Commitment.logged_by != "seed").order_by(Commitment.id)).all()
        )


def assert_store_consistent(engine: Any) -> dict[str, int]:
    """Every logged draft has exactly one commitment (or update), every conversation-made
    commitment has its draft, every record has its `create` audit row, no half states."""
    with Session(engine) as s:
        drafts = list(s.exec(select(Draft)).all())
        commitments = {c.id: c for c in s.exec(select(Commitment)).all()}
        creates = {
            a.entity_id
            for a in s.exec(
                select(AuditLog).where(AuditLog.entity_type == "commitment", AuditLog.action == "create")
            ).all()
        }
        creates_count = s.exec(
            select(func.count())
            .select_from(AuditLog)
            .where(AuditLog.entity_type == "commitment", AuditLog.action == "create")
        ).one()
        claims = {k for k in s.exec(select(ProcessedEvent.key)).all()}
        updates = list(s.exec(select(ProjectUpdate).where(ProjectUpdate.source_channel.is_not(None))).all())
    by_commitment: dict[int, list[Draft]] = {}
    for d in drafts:
        assert d.state in ("pending", "logged", "dismissed", "withdrawn", "undone"), d
        if d.kind == "commitment" and d.state in ("logged", "undone"):
            assert d.commitment_id in commitments, f"draft {d.id} points at no commitment"
            assert d.confirmed_by, f"logged draft {d.id} has no confirmer"
        if d.state == "pending":
            assert d.commitment_id is None, f"pending draft {d.id} has a commitment"
        if d.commitment_id is not None:
            by_commitment.setdefault(d.commitment_id, []).append(d)
        assert f"source:{d.source_message}"[:200] in claims, f"draft {d.id} without its claim"
    for cid, ds in by_commitment.items():
        assert len(ds) == 1, f"commitment {cid} belongs to drafts {[d.id for d in ds]}"
    conversation = [
        c for c in commitments.values() if c.source_message and not c.source_message.startswith("seed:")
    ]
    for c in conversation:
        assert c.id in by_commitment, f"orphan commitment #{c.id} (no draft points at it)"
    for c in commitments.values():
        assert c.id in creates, f"commitment #{c.id} has no create audit row"
    assert creates_count == len(creates) == len(commitments), "audit rows do not match records"
    return {
        "drafts": len(drafts),
        "commitments": len(commitments),
        "conversation_commitments": len(conversation),
        "project_updates": len(updates),
    }


# --- the real server process, for crash tests ------------------------------------------------


@dataclass
class ServerProcess:
    """`minerals-bot serve` in its own process, on a free port, talking to a LocalSlack."""

    db_url: str
    slack: LocalSlack
    workdir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / f"serve-{self.starts}.log"

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SLACK_", "DATABASE_", "ADMIN_", "DIGEST_"))
        }
        env.update(
            SLACK_BOT_TOKEN="xoxb-test",
            SLACK_SIGNING_SECRET=slack_requests.SIGNING_SECRET,
            SLACK_API_URL=self.slack.api_url,
            DATABASE_URL=self.db_url,
            PORT=str(self.port),
            HOST="127.0.0.1",
            ADMIN_USER_IDS=ADMIN,
            LOG_LEVEL="INFO",
            PYTHONUNBUFFERED="1",
        )
        return {**env, **self.extra_env}

    def start(self, timeout: float = 30.0, *, wait: bool = True) -> None:
        """Start serving; with wait, return once /healthz answers."""
        self.starts += 1
        out = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve"],
            cwd=self.workdir,
            env=self.env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        out.close()
        if not wait:
            return
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2) as http:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise AssertionError(f"serve exited {self.proc.returncode}:\n{self.log()}")
                try:
                    if http.get(f"{self.url}/healthz").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)  # the process offers no readiness signal but /healthz
        raise AssertionError(f"serve did not answer /healthz in {timeout}s:\n{self.log()}")

    def kill(self) -> None:
        """kill -9: no shutdown handlers, no flushing, no rollback."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.workdir.glob("serve-*.log")))


@pytest.fixture
def server_process(tmp_path: Path, slack: LocalSlack) -> Iterator[Callable[[str], ServerProcess]]:
    made: list[ServerProcess] = []

    def make(db_url: str) -> ServerProcess:
        proc = ServerProcess(db_url, slack, tmp_path)
        made.append(proc)
        return proc

    yield make
    for proc in made:
        proc.stop()


def wait_until(
    condition: Callable[[], Any], timeout: float = 10.0, what: str = "condition", interval: float = 0.02
) -> Any:
    """Poll `condition` until it is truthy (for state with no event to wait on)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not reached in {timeout}s")
        time.sleep(interval)


class LogCapture(logging.Handler):
    """Records from the bot's loggers, from every thread."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self._lock2 = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock2:
            self.records.append(record)

    def messages(self, level: int = logging.WARNING) -> list[str]:
        with self._lock2:
            return [r.getMessage() for r in self.records if r.levelno >= level]

    def errors(self) -> list[logging.LogRecord]:
        with self._lock2:
            return [r for r in self.records if r.levelno >= logging.ERROR]


@pytest.fixture
def bot_log() -> Iterator[LogCapture]:
    handler = LogCapture()
    loggers = [logging.getLogger(n) for n in ("minerals_bot", "slack_bolt", "slack_sdk")]
    old = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG if lg.name == "minerals_bot" else logging.WARNING)
    yield handler
    for lg, level in zip(loggers, old, strict=True):
        lg.removeHandler(handler)
        lg.setLevel(level)


def sql_count(engine: Any, sql: str, **params: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())
