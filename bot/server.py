"""HTTP mode (Starlette on uvicorn) and Socket Mode, plus the scheduler, in one process."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import logging
import os
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import anyio
from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk import WebClient
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot.app import CONSOLE_SIGNING_SECRET, check_slack, create_app, make_client, make_services
from bot.core import after_response
from bot.core.services import Services
from bot.core.settings import Settings, SettingsError
from bot.dispatch_gate import DispatchGate
from store.db import check_health
from store.host_cache import HostCache
from store.warming import Warming, start_warming

if TYPE_CHECKING:  # the jobs are imported when they start, after the server listens
    from bot.fair_accept import WorkerLoads
    from jobs.inbox import Recovered
    from jobs.scheduler import DigestScheduler

log = logging.getLogger("minerals_bot.server")

EVENTS_PATH = "/slack/events"
ACCEPTED_TYPES = ("application/x-www-form-urlencoded", "application/json")
SSL_CHECK_MAX_BYTES = 200
MAX_REQUEST_AGE = 300  # seconds: an older (or future) signed request is a replay


class BodyTooLarge(Exception):
    """The request body passed the configured limit."""


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _signed(secret: bytes, request: Request, body: bytes) -> bool:
    """Slack's v0 signature of the raw bytes, within five minutes (as Bolt checks it, unparsed)."""
    timestamp = request.headers.get("x-slack-request-timestamp", "")
    signature = request.headers.get("x-slack-signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_REQUEST_AGE:
        return False
    digest = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"v0={digest}".encode(), signature.encode("latin-1", "replace"))


def _ssl_check(body: bytes) -> bool:
    """Slack's unsigned certificate check (`ssl_check=1&token=...`), which Bolt answers with a 200."""
    return len(body) <= SSL_CHECK_MAX_BYTES and parse_qs(body.decode("latin-1")).get("ssl_check") == ["1"]


class StartAfterSending:
    """An ASGI response that starts the request's handed-over work once it is sent, or
    failed to send (a client gone must not leave stored work waiting for the recovery job)."""

    def __init__(self, response: Response, starts: list[after_response.Start]) -> None:
        self.response, self.starts = response, starts

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await self.response(scope, receive, send)
        finally:
            after_response.run(self.starts)  # each only hands work to an executor


def create_web_app(app: App | Future[App], services: Services) -> Starlette:
    """Starlette app: Bolt's own request/response adapters, dispatched off the event loop.
    `app` may still be being built (a Future, see `serve`): Slack's requests then wait for it
    on their worker thread, while /healthz answers at once."""
    limit = services.settings.max_body_bytes
    dispatch: Callable[[BoltRequest], BoltResponse]
    if isinstance(app, Future):
        pending = app

        def dispatch_when_built(bolt_request: BoltRequest) -> BoltResponse:
            return pending.result().dispatch(bolt_request)

        dispatch = dispatch_when_built
    else:
        dispatch = app.dispatch
    secret = (services.settings.slack_signing_secret or CONSOLE_SIGNING_SECRET).encode()
    gate = DispatchGate(services.settings.web_threads)

    async def slack_events(request: Request) -> Response | StartAfterSending:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in ACCEPTED_TYPES:
            return PlainTextResponse("unsupported content type", status_code=415)
        try:
            body = await _read_body(request, limit)
        except BodyTooLarge:
            return PlainTextResponse("request body too large", status_code=413)
        except ClientDisconnect:
            return PlainTextResponse("client disconnected", status_code=400)
        # The signature is checked on the raw bytes before anything parses them: a body that
        # did not come from Slack costs one HMAC, whatever its size or shape.
        if not _signed(secret, request, body) and not _ssl_check(body):
            return JSONResponse({"error": "invalid request"}, status_code=401)
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return PlainTextResponse("body is not UTF-8", status_code=400)
        # Work the listener hands to other threads starts once the answer is sent, so it
        # does not take the GIL from the answer (bot/core/after_response.py).
        with after_response.batch() as starts:
            try:
                bolt_request = to_bolt_request(request, body)
                # Bolt is synchronous: run it on a worker thread so the loop keeps accepting
                # (at most WEB_THREADS at once, bot/dispatch_gate.py).
                bolt_response = await gate.run(dispatch, bolt_request)
            except (ValueError, LookupError, TypeError, AttributeError, RecursionError):
                # Bolt raises these on payloads of the wrong shape (e.g. "actions": []).
                log.warning("malformed Slack request body refused")
                after_response.run(starts)
                return PlainTextResponse("malformed request", status_code=400)
            except BaseException:
                after_response.run(starts)  # what was stored before a failure is still worked
                raise
        response = to_starlette_response(bolt_response)
        return StartAfterSending(response, starts) if starts else response

    async def healthz(request: Request) -> Response:
        ok, detail = await anyio.to_thread.run_sync(check_health, services.engine)
        payload: dict[str, Any] = {"ok": ok, "database": detail, "pid": os.getpid()}
        if isinstance(app, Future) and not app.done():
            payload["listeners"] = "loading"  # Slack's requests wait for them (about a second)
        slack_state = getattr(services, "slack_state", None)
        if slack_state:
            payload["slack"] = slack_state
        return JSONResponse(payload, status_code=200 if ok else 503)

    return Starlette(
        routes=[
            Route(EVENTS_PATH, slack_events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


def recovery(services: Services, client: WebClient) -> Callable[[timedelta], Recovered]:
    """The recovery job's run: the listeners' own work, on what the inbox and drafts hold."""
    from handlers.inbox_work import work_off
    from handlers.proposals import post_owed_card
    from jobs.inbox import recover

    def run(left_behind_after: timedelta) -> Recovered:
        return recover(
            services,
            work_off=lambda item_id: work_off(services, client, item_id),
            post_card=lambda source: post_owed_card(services, client, source),
            left_behind_after=left_behind_after,
        )

    return run


def feed_polling(services: Services, client: WebClient) -> Callable[[], object]:
    """The feed job's run: due feeds polled, new items carded by the listeners' own flow."""
    from handlers.feed_commands import feed_poster
    from jobs.feeds import poll_due

    post, tell = feed_poster(services, client)
    return lambda: poll_due(services, post=post, tell=tell)


def socket_mode_handler(settings: Settings, app: App) -> Any:
    """Bolt's Socket Mode adapter; apps.connections.open goes through SLACK_API_URL too."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    assert settings.slack_app_token
    return SocketModeHandler(
        app, settings.slack_app_token, web_client=make_client(settings, settings.slack_app_token)
    )


def serve(settings: Settings) -> int:
    """Run until interrupted: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT
    (WEB_CONCURRENCY processes sharing it)."""
    services = make_services(settings)
    client = make_client(settings)
    try:
        check_slack(settings)  # a revoked token or no Slack: one line, not Bolt's traceback
    except BaseException:
        services.engine.dispose()
        raise
    if not settings.slack_app_token and settings.web_concurrency > 1:
        return serve_workers(
            settings, lambda: create_app(settings, client=client, services=services), services, client
        )
    if settings.slack_app_token:
        app = create_app(settings, client=client, services=services)
    later = AfterListening(services, client)
    try:
        if settings.slack_app_token:
            log.info("starting in Socket Mode")
            handler = socket_mode_handler(settings, app)
            handler.connect()
            stop = threading.Event()
            later.start(on_failure=stop.set)
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
            with contextlib.suppress(KeyboardInterrupt):
                stop.wait()
            handler.close()
            return 1 if later.failed else 0
        # One process: it listens first and builds the Bolt app with its listeners after, so
        # start-up is the framework's and the database check's, whatever the store holds.
        log.info("starting HTTP mode on port %s (POST %s, GET /healthz)", settings.port, EVENTS_PATH)
        later.build = lambda: create_app(settings, client=client, services=services)
        server = http_server(create_web_app(later.app, services), settings, on_listening=later.start)
        with contextlib.suppress(KeyboardInterrupt):
            server.run()
        if not server.started:  # uvicorn logged why; 3 is the status uvicorn.run exits with
            return 3
        return 1 if later.failed else 0
    finally:
        later.stop()
        services.engine.dispose()


UVICORN_OPTIONS: dict[str, Any] = {
    "log_level": "warning",
    "access_log": False,
    "timeout_graceful_shutdown": 10,
}
WORKER_STOP_SECONDS = 15


def http_server(web: Starlette, settings: Settings, *, on_listening: Callable[..., None]) -> Any:
    """uvicorn's server for `web` on HOST:PORT (uvicorn.run's), calling
    `on_listening(on_failure=...)` once the port is open."""
    import uvicorn

    class ListeningServer(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                on_listening(on_failure=self.stop_serving)

        def stop_serving(self) -> None:
            self.should_exit = True  # its main loop looks every tenth of a second

    return ListeningServer(uvicorn.Config(web, host=settings.host, port=settings.port, **UVICORN_OPTIONS))


class AfterListening:
    """What `serve` does once it listens, on a thread of its own so that /healthz answers at
    once: the Bolt app with its listeners is built (`build`; Slack's requests wait for `app`),
    the scheduled jobs start (inbox recovery first of all: what the previous process accepted
    and left unfinished; items this process takes meanwhile are leased to their listener, so
    recovery leaves them alone), what only some requests import is loaded, and the start-up's
    objects are frozen out of the garbage collector's walks."""

    def __init__(self, services: Services, client: WebClient) -> None:
        self.services, self.client = services, client
        self.build: Callable[[], App] | None = None
        self.app: Future[App] = Future()
        self.failed = False
        self._lock = threading.Lock()
        self._stopped = False
        self._scheduler: DigestScheduler | None = None
        self.warming: Warming | None = None

    def start(self, *, on_failure: Callable[[], object]) -> None:
        threading.Thread(target=self._run, args=(on_failure,), name="after-listening", daemon=True).start()

    def _run(self, on_failure: Callable[[], object]) -> None:
        try:
            if self.build is not None:
                self.app.set_result(self.build())
            scheduler = start_jobs(self.services, self.client)
        except Exception as exc:
            if not self.app.done():
                self.app.set_exception(exc)
            if self._stopped:  # stopped while starting: the engine was closed under it
                return
            # As when this failed before the server listened: the process stops, rather than
            # serving on without listeners, digests, recovery or feeds.
            log.exception("the bot could not start; stopping")
            self.failed = True
            on_failure()
            return
        with self._lock:
            if self._stopped:  # the server stopped while the jobs were starting
                scheduler.stop(wait=False)
                return
            self._scheduler = scheduler
            self.warming = start_warming(self.services.engine)  # names built before the first question
        warm_up()
        freeze_startup_objects()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._scheduler is not None:
                self._scheduler.stop(wait=False)
            if self.warming is not None:
                self.warming.stop()


def warm_up() -> None:
    """Import (and run once) what only some requests need, so the first of them is not slow:
    the message reader with its currency tables and date parser, and the page fetcher."""
    import importlib

    from store.extraction import extract, warm_up

    try:
        warm_up()
        extract("Japan agreed on 3 March to lend $10m to Example Mine.", known_projects=["Example Mine"])
        importlib.import_module("httpx")  # a message's link is read with it
    except Exception:  # a first request does the same work and says what went wrong
        log.exception("warming up the message reader failed")


def start_jobs(services: Services, client: WebClient) -> DigestScheduler:
    """The scheduler with every periodic job: digests, inbox recovery, follows, rates, feeds.
    Each run is claimed in the store, so replicas (or a restart) never do one twice."""
    from jobs.feeds import schedule as schedule_feeds
    from jobs.follows import FollowSender
    from jobs.follows import schedule as schedule_follows
    from jobs.inbox import schedule as schedule_recovery
    from jobs.rates import schedule as schedule_rates
    from jobs.scheduler import start_scheduler

    scheduler = start_scheduler(services, client)
    schedule_recovery(
        scheduler.scheduler,
        recovery(services, client),
        interval_seconds=services.settings.inbox_recovery_seconds,
    )
    schedule_follows(scheduler.scheduler, FollowSender(services, client))
    schedule_rates(scheduler.scheduler, services)
    schedule_feeds(scheduler.scheduler, services, feed_polling(services, client))
    return scheduler


def freeze_startup_objects() -> None:
    # The ~160,000 objects made while starting live as long as the process: a full garbage
    # collection walked them all (70-90 ms, a stall every few hundred requests). Frozen, the
    # collector skips them (and forked workers share their pages).
    gc.collect()
    gc.freeze()


def listening_socket(host: str, port: int) -> socket.socket:
    """The one listening socket every worker accepts from (each its fair share, see
    bot/fair_accept.py; a stopped or busy worker leaves connections to the others)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose
    # proto says TCP. With proto 0 every answer waited ~40 ms for the client's delayed ACK
    # (the headers and the body are two writes): 23 requests/s per connection.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # accepted sockets inherit it
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


# A worker that could not build the Bolt app exits with this: the supervisor then stops, as one
# process does, rather than replacing it with another that fails the same way.
WORKER_COULD_NOT_START = 3


def serve_workers(settings: Settings, build: Callable[[], App], services: Services, client: WebClient) -> int:
    """Pre-fork: WEB_CONCURRENCY children serve HTTP on one socket, each with its own database
    connections; this process supervises them (a worker that dies is replaced) and runs the
    scheduled jobs, so they run once here and are claimed in the store against replicas.
    Each worker listens first and builds the Bolt app (`build`) and warms the reader after,
    as one process does: built here before the forks, they held the port unanswered for
    2.2 s more (start-up 3.3-3.6 s against 1.3 s), to share 38 MB (23 app, 15 reader) between workers."""
    try:
        sock = listening_socket(settings.host, settings.port)
    except OSError as exc:
        services.engine.dispose()
        raise SettingsError(
            f"PORT {settings.port}: cannot listen on {settings.host} ({exc.strerror})."
        ) from None
    services.shared_answers = shared_answers(settings)  # before the forks: every worker has it
    services.engine.dispose()  # no pooled connection may cross a fork
    freeze_startup_objects()
    log.info(
        "starting HTTP mode on port %s with %s workers (POST %s, GET /healthz)",
        settings.port,
        settings.web_concurrency,
        EVENTS_PATH,
    )
    from bot.fair_accept import WorkerLoads

    loads = WorkerLoads(settings.web_concurrency)  # before the forks: shared with every worker
    workers = {fork_worker(build, services, sock, s, loads): s for s in range(settings.web_concurrency)}
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    scheduler = start_jobs(services, client)  # after the forks: no thread is copied into a worker
    try:
        while not stop.wait(0.2):
            for pid in list(workers):
                done, status = os.waitpid(pid, os.WNOHANG)
                if done and os.waitstatus_to_exitcode(status) == WORKER_COULD_NOT_START:
                    workers.pop(pid)
                    log.error("worker %s could not start (logged above); stopping", pid)
                    return 1
                if done and not stop.is_set():
                    slot = workers.pop(pid)
                    log.error("worker %s (pid %s) exited with %s; starting another", slot, pid, status)
                    loads.set(slot, 0, alive=False)  # its connections died with it
                    workers[fork_worker(build, services, sock, slot, loads)] = slot
        return 0
    finally:
        scheduler.stop(wait=False)
        stop_workers(list(workers))
        sock.close()
        services.engine.dispose()
        if services.shared_answers is not None:
            services.shared_answers.remove()


def shared_answers(settings: Settings) -> HostCache | None:
    """The answers the workers share (handlers/answer_cache.py); None when the answer cache is
    off, or when no file can be made (each worker then keeps only its own)."""
    if not settings.answer_cache_size:
        return None
    try:
        return HostCache.create(
            max_items=settings.answer_cache_size, max_bytes=int(settings.answer_cache_mb * 1_000_000)
        )
    except (OSError, sqlite3.Error) as exc:
        log.warning("answers are not shared between workers: %s", exc)
        return None


def fork_worker(
    build: Callable[[], App], services: Services, sock: socket.socket, slot: int, loads: WorkerLoads
) -> int:
    """A child serving the app `build` makes on `sock` until SIGTERM, taking its fair share of
    the connections (bot/fair_accept.py) as worker `slot` of `loads`; its pid."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_DFL)  # uvicorn installs its own graceful handlers
        services.engine.dispose(close=False)  # the parent's pool (empty) is not this process's
        orphan_watch(os.getppid())
        start_warming(services.engine)  # each worker its own caches; a daemon thread, gone with it
        import uvicorn

        from bot.fair_accept import FairAcceptServer

        app: Future[App] = Future()
        server = FairAcceptServer(
            uvicorn.Config(create_web_app(app, services), **UVICORN_OPTIONS),
            sock,
            slot=slot,
            loads=loads,
            defer_seconds=services.settings.web_accept_wait_ms / 1000,
        )
        threading.Thread(target=_build_and_warm, args=(app, build, server), name="build", daemon=True).start()
        server.run()
        code = WORKER_COULD_NOT_START if app.done() and app.exception() else 0
    except BaseException:
        log.exception("worker %s stopped by an error", os.getpid())
    finally:
        with contextlib.suppress(Exception):
            services.engine.dispose()
        logging.shutdown()
        os._exit(code)


def _build_and_warm(app: Future[App], build: Callable[[], App], server: Any) -> None:
    """A worker's Bolt app, then its reader, made while it already listens (as one process
    does); if the app cannot be built, the worker stops (WORKER_COULD_NOT_START)."""
    deadline = time.monotonic() + 5
    while not server.started and not server.should_exit and time.monotonic() < deadline:
        time.sleep(0.005)  # uvicorn has no started event; the imports would slow its start-up
    try:
        app.set_result(build())
    except BaseException as exc:
        log.exception("the bot could not start in worker %s; stopping", os.getpid())
        app.set_exception(exc)  # Slack's requests waiting for it fail (a 500), as the port closes
        server.should_exit = True
        return
    warm_up()
    freeze_startup_objects()


def orphan_watch(parent: int) -> None:
    """A worker whose supervisor died (kill -9) stops too, so a restart can take the port."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def stop_workers(pids: list[int]) -> None:
    """SIGTERM (uvicorn finishes what is in flight), then SIGKILL after WORKER_STOP_SECONDS."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + WORKER_STOP_SECONDS
    for pid in pids:
        while True:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                break
            if done:
                break
            if time.monotonic() > deadline:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                break
            time.sleep(0.05)
