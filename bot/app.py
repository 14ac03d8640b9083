"""Build the one Bolt App from settings; handlers register themselves on it."""

from __future__ import annotations

import logging
import uuid
from concurrent.futures import Executor
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import RetryHandler, RetryState
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from bot.core.services import AUTH_ERRORS, Services
from bot.core.settings import Settings, SettingsError
from store.database_url import connection_problem
from store.db import make_engine, upgrade

log = logging.getLogger("minerals_bot")

# The local console signs with this when no SLACK_SIGNING_SECRET is set.
CONSOLE_SIGNING_SECRET = "console-signing-secret"


def make_client(settings: Settings, token: str | None = None) -> WebClient:
    """A WebClient on SLACK_API_URL that retries rate limits, 5xx and dropped connections."""
    return WebClient(
        token=token or settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=3),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )


def sending_client(settings: Settings) -> WebClient:
    """The WebClient for sending outside `serve` (the CLI); says which token is missing."""
    if not settings.slack_bot_token:
        raise SettingsError(
            "SLACK_BOT_TOKEN is not set: sending a digest needs the bot's xoxb- "
            "token (OAuth & Permissions page). `digest preview` works without."
        )
    return make_client(settings)


class SlackAuthWatch(RetryHandler):
    """Never retries: shows every Web API answer to Services, which notes a refused token."""

    def __init__(self, services: Services) -> None:
        super().__init__(max_retry_count=0)
        self.services = services

    def __deepcopy__(self, memo: dict[int, Any]) -> SlackAuthWatch:
        return self  # Bolt deep-copies the client for lazy listeners; the watch is shared

    def can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        body = response.body if response is not None else None
        if isinstance(body, dict) and "ok" in body:
            method = request.url.rsplit("/", 1)[-1]
            self.services.note_slack_answer(method, None if body["ok"] else body.get("error"))
        return False


def make_services(settings: Settings, engine: Engine | None = None, *, migrate: bool = True) -> Services:
    if engine is None:
        try:
            if migrate:
                upgrade(settings.database_url)
            engine = make_engine(settings.database_url, prepare=settings.database_prepare)
        except (OperationalError, OSError) as exc:  # at start-up: it cannot be reached or set up
            raise SettingsError(connection_problem(exc, settings.database_url)) from None
    return Services(settings=settings, engine=engine)


def check_slack(settings: Settings) -> None:
    """At start-up: the bot token works and Slack answers, or SettingsError saying what to fix."""
    # One try and one retry, without slack_sdk's log line for each: the outcome is one line.
    probe = WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1)],
    )
    sdk_log = logging.getLogger("slack_sdk.web.base_client")
    level = sdk_log.level
    sdk_log.setLevel(logging.CRITICAL)
    try:
        probe.auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error")
        if error in AUTH_ERRORS:
            raise SettingsError(
                f"Slack refused SLACK_BOT_TOKEN ({error}): the app was uninstalled or the token "
                "revoked; reinstall the app (OAuth & Permissions) and set the new xoxb- token."
            ) from None
        raise SettingsError(
            f"Slack answered auth.test with {error}: check SLACK_BOT_TOKEN and SLACK_API_URL."
        ) from None
    except OSError as exc:  # URLError, timeouts, refused connections (after the retries)
        reason = getattr(exc, "reason", None) or exc
        raise SettingsError(
            f"Slack is not reachable at {settings.slack_api_url} ({reason}): check the network "
            "connection (or proxy), or SLACK_API_URL."
        ) from None
    finally:
        sdk_log.setLevel(level)


def create_app(
    settings: Settings,
    *,
    client: WebClient | None = None,
    services: Services | None = None,
    listener_executor: Executor | None = None,
    token_verification: bool = True,
) -> App:
    """The Bolt app: fast path (answers built inside ack), slow work in lazy listeners."""
    from bot import keep_alive
    from handlers import register_all

    keep_alive.install()  # every WebClient Bolt builds posts over pooled keep-alive connections
    services = services or make_services(settings)
    client = client or make_client(settings)
    if not any(isinstance(h, SlackAuthWatch) for h in client.retry_handlers):
        client.retry_handlers.insert(0, SlackAuthWatch(services))
    kwargs: dict[str, Any] = {}
    if listener_executor is not None:
        kwargs["listener_executor"] = listener_executor
    app = App(
        name="minerals_bot",  # else Bolt names it by inspect.stack(), which reads source files
        client=client,
        signing_secret=settings.slack_signing_secret or CONSOLE_SIGNING_SECRET,
        process_before_response=True,
        token_verification_enabled=token_verification,
        ignoring_self_events_enabled=True,
        raise_error_for_unhandled_request=False,
        **kwargs,
    )

    @app.error
    def on_error(error: Exception, body: dict[str, Any], logger: logging.Logger) -> BoltResponse:
        error_id = uuid.uuid4().hex[:8]
        logger.exception(
            "error %s while handling %s", error_id, body.get("type") or "command", exc_info=error
        )
        return BoltResponse(status=200, body=f"Sorry, something went wrong (error id {error_id}).")

    register_all(app, services)
    return app
