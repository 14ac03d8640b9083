"""The slash command listener: route, answer inside the ack, hand slow work to Bolt's lazy runner."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from typing import Any

from pydantic import ValidationError
from slack_bolt import Ack, App, BoltContext, BoltRequest, Respond
from slack_bolt.util.utils import create_copy
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError

import handlers.capture_commands  # noqa: F401

# Imported for their registrations on ROUTER.
import handlers.commands  # noqa: F401
import handlers.digest_commands  # noqa: F401
import handlers.feed_commands  # noqa: F401
import handlers.follow_commands  # noqa: F401
import handlers.questions  # noqa: F401
from bot.core import after_response
from bot.core.services import Services
from handlers import answer_cache, channels
from handlers.context import database_trouble, services_of
from handlers.replies import error
from handlers.router import (
    MAX_COMMAND_TEXT,
    ROUTER,
    CommandRequest,
    Deferred,
    OpenModal,
    Outcome,
    Reply,
    capped,
)
from store.errors import UserError
from store.filters import FilterError
from store.text import storable, validation_summary

log = logging.getLogger("minerals_bot.slash")

# Subcommands that only read the store (answered inside Slack's three seconds).
READ_ONLY = frozenset(
    {
        "help",
        "find",
        "project",
        "initiative",
        "projects",
        "commitment",
        "commitments",
        "stats",
        "upcoming",
        "ask",
        "following",
    }
)


def command_request(
    command: dict[str, Any], text: str | None = None, *, client: WebClient | None = None
) -> CommandRequest:
    return CommandRequest(
        command=command.get("command", "/minerals"),
        text=storable(capped(str((command.get("text") if text is None else text) or ""))),
        user_id=command.get("user_id", ""),
        channel_id=command.get("channel_id", ""),
        team_id=command.get("team_id", ""),
        channel_name=command.get("channel_name", ""),
        response_url=command.get("response_url"),
        trigger_id=command.get("trigger_id"),
        ask_slack_private=channels.ack_path_probe(client) if client is not None else None,
    )


def route(services: Services, req: CommandRequest) -> Outcome:
    """Run a subcommand; bad input and database trouble become answers, never tracebacks."""
    from handlers.commands import unknown_subcommand

    sub = ROUTER.get(req.subcommand)
    limit = sub.max_text if sub else MAX_COMMAND_TEXT
    if len(req.args if sub else req.text) > limit:
        return error(
            f"That is too long: `{sub.name if sub else 'a command'}` takes at most {limit:,} characters.",
            "Shorten the name or the words and try again.",
        )
    if sub is None:
        return answer_cache.answered(
            services, req, answer_cache.QUESTION, lambda: unknown_subcommand(services, req, req.subcommand)
        )
    if req.args.strip().lower() == "help":  # `<subcommand> help` works for every subcommand
        req = dataclasses.replace(req, text=f"help {sub.name}")
        sub = ROUTER.subcommands["help"]
    if sub.admin_only and not services.is_admin(req.user_id):
        return error("Only admins can do that.", "Ask someone listed in ADMIN_USER_IDS.")
    try:
        name = sub.name if sub.name in READ_ONLY else answer_cache.listing_name(sub.name, req.args)
        if name is not None:
            with services.reading():  # on SQLite: never queued behind writers
                return answer_cache.answered(services, req, name, lambda: sub.handler(services, req))
        return sub.handler(services, req)
    except UserError as exc:
        hint = (
            f"Type `{req.command} help {sub.name}` for the filters." if isinstance(exc, FilterError) else None
        )
        return error(str(exc), hint)
    except ValidationError as exc:
        return error(validation_summary(exc))
    except SQLAlchemyError:
        return error(database_trouble(repr(req.text)))


def _ack_with(ack: Ack, reply: Reply) -> None:
    ack(blocks=reply.blocks, text=reply.text, response_type="ephemeral")


def answer(
    ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext, request: BoltRequest
) -> None:
    """Route the command and answer inside the ack; slow work is handed to `finish`."""
    services = services_of(context)
    with services.answering():
        outcome = route(services, command_request(command, client=client))
    if isinstance(outcome, Deferred):
        ack(text=outcome.note, response_type="ephemeral")
        _start_finish(request, outcome.work)
    elif isinstance(outcome, OpenModal):
        client.views_open(trigger_id=command["trigger_id"], view=outcome.view)
        ack()
    else:
        _ack_with(ack, outcome)


def _start_finish(request: BoltRequest, work: Any) -> None:
    """Run `finish` after the ack as Bolt runs a lazy listener: on its executor, with a copy
    of the request. Only a Deferred pays for that: a lazy listener registered on the command
    deep-copied every request and woke a thread for nothing, more CPU than a card's reads.
    The copy too is made on the executor, after the answer is sent: not on the ack's path."""
    executor = request.context.listener_runner.listener_executor
    after_response.start(lambda: executor.submit(_copy_and_finish, request, work))


def _copy_and_finish(request: BoltRequest, work: Any) -> None:
    try:
        runner = request.context.listener_runner
        copied: BoltRequest = create_copy(request.to_copyable())
        copied.lazy_only = True
        copied.lazy_function_name = finish.__name__
        copied.context["listener_runner"] = runner
        # The work itself is handed over (not copied), so the subcommand runs once: a write
        # before `return Deferred` is not repeated.
        copied.context["deferred_work"] = work
        runner.lazy_listener_runner.run(function=finish, request=copied)
    except Exception:  # as Bolt does for a lazy listener: logged, the ack already sent
        log.exception("deferred work could not start")


def finish(client: WebClient, respond: Respond, context: BoltContext) -> None:
    """The lazy half of a Deferred subcommand: its reply goes to the response_url."""
    work = context.get("deferred_work")
    if work is None:
        return
    try:
        result = work(client)
    except Exception:  # the user is told; the log has the details
        error_id = uuid.uuid4().hex[:8]
        log.exception("deferred work failed, error id %s", error_id)
        failed = error(f"Sorry, that did not finish (error id {error_id}).")
        respond(blocks=failed.blocks, text=failed.text, response_type="ephemeral")
        return
    if result is not None:
        respond(blocks=result.blocks, text=result.text, response_type="ephemeral", replace_original=False)


def register(app: App, command_name: str) -> None:
    app.command(command_name)(answer)
