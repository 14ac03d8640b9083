"""`serve` starts in about the framework's time: what it imports before it listens, and how the
web app behaves while the Bolt app is still being built behind it."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import uvicorn
from slack_bolt import App
from sqlalchemy import text

from bot.app import create_app, make_client, make_services
from bot.core.settings import load_settings
from bot.local_slack import LocalSlack
from bot.server import AfterListening, create_web_app
from tests.slack_requests import FORM, SIGNING_SECRET, sign, slash_command_body

ROOT = Path(__file__).resolve().parents[1]

# What no request needs before the port is open: each is imported after it (the listeners, the
# jobs) or at first use (the message reader and its tables, link and feed fetching, charts,
# migrations when the store is already at the newest one).
HEAVY = (
    "alembic",
    "apscheduler",
    "babel",
    "dateparser",
    "feedparser",
    "handlers",
    "httpx",
    "jobs",
    "matplotlib",
    "price_parser",
    "pycountry",
    "rapidfuzz",
    "store.extraction.money",
    "store.extraction.verdict",
    "store.models",
    "trafilatura",
)

# `minerals-bot serve` run for real up to the moment it would listen: the HTTP server is
# replaced by one that lists the imported modules instead of serving, and Slack's token check
# (a network call, tested in test_settings.py) answers yes.
UP_TO_LISTENING = """
import json, sys
import bot.cli, bot.server

class Listing:
    started = True

    def run(self):
        print(json.dumps(sorted(sys.modules)))

def http_server(web, settings, *, on_listening):
    assert web.routes  # the real web app was built
    return Listing()

bot.server.http_server = http_server
bot.server.check_slack = lambda settings: None
sys.exit(bot.cli.main(["serve"]))
"""


def test_serve_listens_before_importing_what_only_requests_need(db_url: str, tmp_path: Path) -> None:
    modules = _modules_of(UP_TO_LISTENING, db_url, tmp_path)
    assert {"bot.server", "sqlalchemy", "slack_bolt", "starlette"} <= modules  # the real path ran
    eager = [h for h in HEAVY if any(m == h or m.startswith(h + ".") for m in modules)]
    assert not eager, f"imported before serve listens: {eager}"


# The same with WEB_CONCURRENCY=2, up to the first fork: what the supervisor loaded by then.
UP_TO_FORKING = """
import json, sys
import bot.cli, bot.server

def fork_worker(*args, **kwargs):
    print(json.dumps(sorted(sys.modules)))
    sys.stdout.flush()
    raise SystemExit(0)

bot.server.fork_worker = fork_worker
bot.server.check_slack = lambda settings: None
sys.exit(bot.cli.main(["serve"]))
"""
# What a worker loads after it listens: the listeners (the Bolt app) and the reader (warm_up).
# Loaded in the supervisor before the forks, they held the port unanswered for 2.2 s more than
# one process takes to listen.
READER = ("dateparser", "price_parser", "store.extraction.money", "store.extraction.verdict", "httpx")


def _modules_of(script: str, db_url: str, tmp_path: Path, **extra_env: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-start-up",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_APP_TOKEN="",
        DATABASE_URL=db_url,  # migrated: nothing for Alembic to do
        PYTHONPATH=str(ROOT),
        **extra_env,
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_workers_are_forked_before_the_listeners_and_the_reader_are_loaded(
    db_url: str, tmp_path: Path
) -> None:
    modules = _modules_of(UP_TO_FORKING, db_url, tmp_path, WEB_CONCURRENCY="2")
    assert {"bot.server", "bot.fair_accept", "sqlalchemy", "slack_bolt"} <= modules  # the pre-fork path ran
    eager = [h for h in HEAVY + READER if any(m == h or m.startswith(h + ".") for m in modules)]
    assert not eager, f"imported before the workers are forked: {eager}"


# `minerals-bot serve` with two workers whose Bolt app cannot be built.
WORKERS_CANNOT_BUILD = """
import sys
import bot.app, bot.cli, bot.server

def create_app(*args, **kwargs):
    raise RuntimeError("no listeners today")

bot.app.create_app = create_app
bot.server.create_app = create_app
bot.server.check_slack = lambda settings: None
sys.exit(bot.cli.main(["serve"]))
"""


def test_workers_that_cannot_build_the_app_stop_the_server_instead_of_being_replaced(
    db_url: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env.update(
        SLACK_BOT_TOKEN="xoxb-start-up",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        DATABASE_URL=db_url,
        PYTHONPATH=str(ROOT),
        WEB_CONCURRENCY="2",
        HOST="127.0.0.1",
        PORT=str(port),
    )
    done = subprocess.run(
        [sys.executable, "-c", WORKERS_CANNOT_BUILD],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,  # replaced again and again, it would never exit
    )
    assert done.returncode == 1, done.stderr
    assert "no listeners today" in done.stderr and "could not start" in done.stderr
    assert "starting another" not in done.stderr


@contextlib.contextmanager
def serving(web: Any) -> Iterator[httpx.Client]:
    """`web` on uvicorn on a free port (as `serve` runs it), and a client for it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(web, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)  # uvicorn offers no start event; polled with a deadline
    assert server.started
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{sock.getsockname()[1]}", timeout=30) as client:
            yield client
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def command(client: httpx.Client, text: str, slack: LocalSlack) -> httpx.Response:
    body = slash_command_body(text, response_url=slack.response_url(f"start{time.monotonic_ns()}"))
    return client.post("/slack/events", content=body, headers={"Content-Type": FORM, **sign(body)})


def _settings_and_services(db_url: str, slack: LocalSlack) -> tuple[Any, Any]:
    """The bot's settings and services on the test database (migrated by the fixture) and the
    local Slack."""
    settings = load_settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.api_url,
        database_url=db_url,
    )
    return settings, make_services(settings, migrate=False)


def test_health_answers_while_the_listeners_load_and_slack_requests_wait_for_them(
    db_url: str, slack: LocalSlack
) -> None:
    settings, services = _settings_and_services(db_url, slack)
    pending: Future[App] = Future()
    try:
        with serving(create_web_app(pending, services)) as client:
            health = client.get("/healthz")
            assert health.status_code == 200
            assert health.json()["listeners"] == "loading"

            def build() -> None:
                time.sleep(0.3)
                pending.set_result(create_app(settings, client=make_client(settings), services=services))

            threading.Thread(target=build, daemon=True).start()
            began = time.monotonic()
            answered = command(client, "help", slack)
            assert answered.status_code == 200, answered.text
            assert "stats" in answered.text  # the real listeners' help, once they were there
            assert time.monotonic() - began >= 0.25  # it waited for them

            health = client.get("/healthz")
            assert health.status_code == 200
            assert "listeners" not in health.json()
    finally:
        services.engine.dispose()


def test_an_app_that_cannot_be_built_stops_the_server() -> None:
    later = AfterListening(cast(Any, None), cast(Any, None))  # it stops before using them

    def broken() -> App:
        raise RuntimeError("a listener failed to register")

    later.build = broken
    stopped = threading.Event()
    later.start(on_failure=stopped.set)
    assert stopped.wait(10)
    assert later.failed
    with pytest.raises(RuntimeError, match="failed to register"):
        later.app.result(timeout=1)
    later.stop()


def test_once_it_listens_the_question_names_are_built_off_the_request_path(
    db_url: str, slack: LocalSlack
) -> None:
    settings, services = _settings_and_services(db_url, slack)
    with services.engine.begin() as conn:  # the PostgreSQL fixture's reset drops the version row
        conn.execute(
            text(
                "INSERT INTO data_version (scope, version) SELECT 'records', 1 "
                "WHERE NOT EXISTS (SELECT 1 FROM data_version WHERE scope = 'records')"
            )
        )
    later = AfterListening(services, make_client(settings))
    later.build = lambda: create_app(settings, client=make_client(settings), services=services)
    failed = threading.Event()
    later.start(on_failure=failed.set)
    try:
        later.app.result(timeout=30)
        deadline = time.monotonic() + 30
        while later.warming is None and not failed.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)  # started with the jobs, on the after-listening thread
        assert later.warming is not None and later.warming.wait_for_passes(1, timeout=30)
    finally:
        later.stop()
        services.engine.dispose()
