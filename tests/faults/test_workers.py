"""`minerals-bot serve` with WEB_CONCURRENCY=2: two processes answer on one port, each on its
own, and the scheduled jobs still run once (the supervisor runs them, claimed in the store)."""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests import slack_requests
from tests.faults.conftest import ServerProcess, wait_until
from tests.faults.digest_runs import digest_runs, digests_in, due_subscription

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; pre-fork")


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()]


@contextmanager
def stopped(pid: int) -> Iterator[None]:
    """SIGSTOP: the process accepts nothing until SIGCONT (the other worker must answer)."""
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def signed_command(url: str, text: str) -> httpx.Response:
    body = slack_requests.slash_command_body(text)
    headers = slack_requests.signed_headers(slack_requests.SIGNING_SECRET, body)
    with httpx.Client(timeout=10) as http:  # a new connection: the kernel picks the worker
        return http.post(f"{url}/slack/events", content=body, headers=headers)


def test_two_workers_answer_on_one_port_and_run_a_due_digest_once(db_url, slack, server_process):
    due_subscription(db_url, "C5")
    server: ServerProcess = server_process(db_url)
    server.extra_env["WEB_CONCURRENCY"] = "2"
    server.start()
    assert server.proc is not None
    workers = wait_until(
        lambda: len(children(server.proc.pid)) == 2 and children(server.proc.pid), what="2 workers"
    )

    for worker, other in ((workers[0], workers[1]), (workers[1], workers[0])):
        with stopped(other):
            with httpx.Client(timeout=10) as http:
                assert http.get(f"{server.url}/healthz").json()["pid"] == worker
            answer = signed_command(server.url, "help")
            assert answer.status_code == 200, answer.text
            assert "find" in answer.text  # the help text, built by this worker
            forged = httpx.post(
                f"{server.url}/slack/events",
                content=b"command=/minerals&text=help",
                headers={"Content-Type": slack_requests.FORM},
            )
            assert forged.status_code == 401

    wait_until(lambda: len(digests_in(slack, "C5")) == 1, timeout=60, what="the due digest posted")
    wait_until(lambda: [r.state for r in digest_runs(db_url)] == ["sent"], timeout=30, what="run sent")
    [run] = digest_runs(db_url)
    assert run.claimed_by.endswith(f":{server.proc.pid}")  # the supervisor's scheduler, not a worker's
    assert len(digests_in(slack, "C5")) == 1

    server.stop()
    assert server.proc.returncode == 0, server.log()
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


def _ask(url: str, text: str, channel: str) -> str:
    body = slack_requests.slash_command_body(text, channel_id=channel)
    headers = slack_requests.signed_headers(slack_requests.SIGNING_SECRET, body)
    with httpx.Client(timeout=10) as http:  # a new connection: the kernel picks the worker
        answer = http.post(f"{url}/slack/events", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.text


def test_answers_shared_by_two_workers_keep_private_records_in_their_channel_and_follow_writes(
    db_url, slack, server_process
):
    """The workers share their answers (store/host_cache.py): one worker's answer in a private
    channel is never another channel's in the other worker, and a write shows in both."""
    from datetime import UTC, datetime

    from sqlmodel import Session

    from store import records
    from store.db import make_engine
    from store.schemas import CommitmentIn, ProjectIn
    from store.visibility import EVERYTHING, Audience
    from tests.handlers.test_answer_cache import with_version_rows

    private = {"source_private": True, "source_channel": "GSECRET"}
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            with_version_rows(session)
            records.create_project(
                session,
                ProjectIn(name="Hidden Fjord Graphite Mine", country="NO", description="Nordvik tailings"),  # type: ignore[call-arg]
                actor="U1",
                audience=Audience(channel="GSECRET"),
                now=datetime.now(UTC),
                provenance=private,
            )
            session.commit()
        server: ServerProcess = server_process(db_url)
        server.extra_env["WEB_CONCURRENCY"] = "2"
        server.start()
        assert server.proc is not None
        first, second = wait_until(
            lambda: len(children(server.proc.pid)) == 2 and children(server.proc.pid), what="2 workers"
        )
        card = "project Hidden Fjord Graphite Mine"
        with stopped(second):
            assert "Nordvik tailings" in _ask(server.url, card, "GSECRET")
            assert "Nordvik tailings" in _ask(server.url, "project Hiden Fjord Graphite Mine", "GSECRET")
        with stopped(first):
            assert "Nordvik tailings" not in _ask(server.url, card, "C1")
            assert "Nordvik tailings" not in _ask(server.url, "project Hiden Fjord Graphite Mine", "C1")
            assert "Nordvik tailings" in _ask(server.url, card, "GSECRET")
            assert "USD 7.65m" not in _ask(server.url, card, "GSECRET")
        with Session(engine) as session:  # a write, as either worker's would be
            records.create_commitment(
                session,
                CommitmentIn(  # type: ignore[call-arg]
                    actor="NO",
                    instrument="loan",
                    currency="USD",
                    amount="7654321",  # type: ignore[arg-type]
                    project="Hidden Fjord Graphite Mine",
                ),
                actor="U1",
                audience=EVERYTHING,
                now=datetime.now(UTC),
                provenance=private,
            )
            session.commit()
        for worker, other in ((first, second), (second, first)):
            with stopped(other):
                assert "USD 7.65m" in _ask(server.url, card, "GSECRET"), worker
                assert "Nordvik tailings" not in _ask(server.url, card, "C1"), worker
        from store.host_cache import PREFIX

        shared = [
            p
            for root in (Path("/dev/shm"), Path(tempfile.gettempdir()))
            for p in root.glob(f"{PREFIX}{server.proc.pid}-*")
        ]
        assert len(shared) == 1, shared
        server.stop()
        assert server.proc.returncode == 0, server.log()
        assert not shared[0].exists()  # the supervisor removed the file it made
    finally:
        engine.dispose()


def keep_alive_pid(url: str) -> tuple[socket.socket, int]:
    """A new keep-alive connection, left open, and the pid of the worker that answered on it."""
    port = int(url.rsplit(":", 1)[1])
    conn = socket.create_connection(("127.0.0.1", port), timeout=10)
    conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n")
    data = b""
    while b"\r\n\r\n" not in data or not data.endswith(b"}"):
        chunk = conn.recv(4096)
        assert chunk, data
        data += chunk
    return conn, json.loads(data.split(b"\r\n\r\n", 1)[1])["pid"]


def test_new_connections_go_to_the_worker_holding_fewer_and_a_stopped_worker_stalls_none(
    db_url, slack, server_process
):
    """bot/fair_accept.py: uvloop accepted every waiting connection at once, so the worker that
    woke first could hold a client pool's every connection while the other idled. A worker
    now leaves a new connection to one holding fewer (here for up to a second, so that a busy
    test machine cannot blur it), and takes it itself when that worker does not."""
    server: ServerProcess = server_process(db_url)
    server.extra_env |= {"WEB_CONCURRENCY": "2", "WEB_ACCEPT_WAIT_MS": "1000"}
    server.start()
    assert server.proc is not None
    first, second = wait_until(
        lambda: len(children(server.proc.pid)) == 2 and children(server.proc.pid), what="2 workers"
    )
    opened: list[socket.socket] = []
    try:
        with stopped(second):
            for _ in range(3):  # the stopped worker holds none and takes none: each is served anyway
                conn, pid = keep_alive_pid(server.url)
                opened.append(conn)
                assert pid == first
        time.sleep(0.2)  # the resumed worker counts its connections again (none)
        answered = []
        for _ in range(4):
            conn, pid = keep_alive_pid(server.url)
            opened.append(conn)
            answered.append(pid)
        # 3 against 0: the next three go to the worker holding none, then either.
        assert answered[:3] == [second] * 3, answered
    finally:
        for conn in opened:
            conn.close()
    server.stop()
    assert server.proc.returncode == 0, server.log()
