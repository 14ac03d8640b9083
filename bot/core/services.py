"""What handlers and jobs share: settings, the database engine, the clock."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from bot.core.settings import Settings
from store.db import (
    ACK_BUSY_TIMEOUT_MS,
    DriverReads,
    connection_scope,
    driver_autocommit,
    driver_reads,
    session_scope,
)
from store.host_cache import HostCache

log = logging.getLogger("minerals_bot.slack")
# How sessions opened in the current context behave: "answering" (inside Slack's 3-second
# ack: wait less for locks) and/or "reading" (a command that changes nothing).
_modes: ContextVar[frozenset[str]] = ContextVar("session_modes", default=frozenset())


@contextmanager
def _in_mode(mode: str) -> Iterator[None]:
    token = _modes.set(_modes.get() | {mode})
    try:
        yield
    finally:
        _modes.reset(token)


# Slack's answers that mean the bot token no longer works (revoked, app uninstalled, ...).
AUTH_ERRORS = frozenset(
    {
        "invalid_auth",
        "token_revoked",
        "token_expired",
        "account_inactive",
        "not_authed",
        "missing_scope",
        "team_access_not_granted",
    }
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def no_subscribers() -> None:
    """The subscriptions-changed callback when no scheduler runs in this process."""


@dataclass
class Services:
    settings: Settings
    engine: Engine
    clock: Callable[[], datetime] = field(default=_utcnow)
    # The last refusal of the bot token by Slack, for /healthz; empty while the token works.
    slack_state: dict[str, Any] = field(default_factory=dict)
    # Called after a digest subscription changes; a running scheduler sets it to its resync.
    on_subscriptions_changed: Callable[[], None] = no_subscribers
    # Answers the worker processes of one server share (WEB_CONCURRENCY > 1: bot/server.py).
    shared_answers: HostCache | None = None

    def __deepcopy__(self, memo: dict[int, Any]) -> Services:
        return self  # Bolt deep-copies the context for lazy listeners; there is one container

    def note_slack_answer(self, method: str, error: str | None) -> None:
        """Called for every Web API answer: remember (and log once) that the token is refused,
        and forget it when Slack accepts the token again."""
        if error in AUTH_ERRORS:
            if self.slack_state.get("error") != error:
                log.error(
                    "Slack refused the bot token (%s) on %s: the bot keeps answering "
                    "commands, but cannot post until the token is fixed (reinstall the "
                    "app or set a new SLACK_BOT_TOKEN)",
                    error,
                    method,
                )
            self.slack_state = {
                "ok": False,
                "error": error,
                "method": method,
                "since": self.slack_state.get("since") or self.clock().isoformat(),
            }
        elif error is None and self.slack_state:
            log.warning("Slack accepts the bot token again (%s succeeded)", method)
            self.slack_state = {}

    @contextmanager
    def session(self, *, read_only: bool = False, autocommit: bool = False) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error. Read-only (asked for,
        or inside `reading()`) sessions take no write lock on SQLite. `autocommit`: each
        statement commits on its own, without BEGIN/COMMIT (store.db.session_scope)."""
        modes = _modes.get()
        answering = "answering" in modes
        busy = ACK_BUSY_TIMEOUT_MS if answering else None
        read_only = read_only or "reading" in modes
        # A read inside the ack is a few short statements: on PostgreSQL no BEGIN/COMMIT.
        with session_scope(
            self.engine,
            read_only=read_only,
            busy_timeout_ms=busy,
            per_statement=answering,
            autocommit=autocommit,
        ) as s:
            yield s

    def driver_reads(self) -> AbstractContextManager[DriverReads]:
        """Reads only, of statements built once, on a pooled connection's own cursor (no
        Session: store.db.driver_reads): what a card's first reading costs most CPU in."""
        busy = ACK_BUSY_TIMEOUT_MS if "answering" in _modes.get() else None
        return driver_reads(self.engine, busy_timeout_ms=busy)

    def driver_autocommit(self) -> AbstractContextManager[DriverReads]:
        """Statements that each commit on their own, of statements built once, on a pooled
        connection's own cursor (store.db.driver_autocommit): the inbox write before every
        ack and the card's ts after every post, without a Connection's machinery."""
        busy = ACK_BUSY_TIMEOUT_MS if "answering" in _modes.get() else None
        return driver_autocommit(self.engine, busy_timeout_ms=busy)

    @contextmanager
    def connection(self, *, autocommit: bool = False) -> Iterator[Connection]:
        """A unit of work of Core statements only, on a connection without a Session (the
        path of every message: store.db.connection_scope); commits on success."""
        busy = ACK_BUSY_TIMEOUT_MS if "answering" in _modes.get() else None
        with connection_scope(self.engine, busy_timeout_ms=busy, autocommit=autocommit) as conn:
            yield conn

    def answering(self) -> AbstractContextManager[None]:
        """Sessions opened inside run within Slack's 3-second ack: they wait less for locks."""
        return _in_mode("answering")

    def reading(self) -> AbstractContextManager[None]:
        """Sessions opened inside only read: a command that changes nothing."""
        return _in_mode("reading")

    def is_admin(self, user_id: str | None) -> bool:
        return bool(user_id) and user_id in self.settings.admins
