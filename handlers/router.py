"""The `/minerals` subcommand table: each subcommand is a plain function with a docstring.

A subcommand takes (services, request) and returns a Reply (answered inside the ack, the
fast path) or a Deferred (acked at once with a short note; `work` then runs on Bolt's lazy
listener and its Reply goes to the response_url).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from bot.core.services import Services
from handlers.channels import private_by_id
from store.visibility import Audience

# Every free-text argument is capped (a name is at most 300 characters): the fuzzy name match
# and the search cost grow with the text, and all of it happens inside Slack's three seconds.
MAX_COMMAND_TEXT = 500
MAX_SENTENCE_TEXT = 4000  # `log <sentence>`: as long as a commitment's statement (read after the ack)
_ROOM = 64  # the subcommand's own name and spaces


def capped(text: str) -> str:
    """Command text cut to past the longest cap: enough to know it was too long, before any work."""
    return text[: MAX_SENTENCE_TEXT + _ROOM + 1]


@dataclass(frozen=True)
class CommandRequest:
    """A slash command as plain values."""

    command: str  # "/minerals"
    text: str  # everything after the command
    user_id: str
    channel_id: str
    team_id: str = ""
    channel_name: str = ""
    response_url: str | None = None
    trigger_id: str | None = None
    # Asks Slack whether a channel is private (handlers/channels.py); None where no Slack
    # client is at hand (the CLI, tests of a subcommand alone): an ID's letter decides there.
    ask_slack_private: Callable[[str], bool] | None = field(default=None, compare=False, repr=False)

    @property
    def subcommand(self) -> str:
        return self.text.split(maxsplit=1)[0].lower() if self.text.strip() else "help"

    @property
    def args(self) -> str:
        parts = self.text.strip().split(maxsplit=1)
        return parts[1] if len(parts) > 1 else ""

    @property
    def audience(self) -> Audience:
        return Audience(channel=self.channel_id)

    @property
    def is_private_channel(self) -> bool:
        return self.is_private(self.channel_id)

    def is_private(self, channel: str) -> bool:
        """G (private channel, group DM) and D (DM) IDs are private; a C ID may be either:
        Slack gives newer private channels C IDs, so then the payload's name or Slack says."""
        if private_by_id(channel):
            return True
        if channel == self.channel_id and (
            self.channel_name in ("privategroup", "directmessage") or self.channel_name.startswith("mpdm-")
        ):
            return True
        return self.ask_slack_private(channel) if self.ask_slack_private is not None else False


@dataclass
class Reply:
    blocks: list[dict[str, Any]]
    text: str  # plain fallback, always set
    # False for an answer about a passing fault (the database not answering): it must not be
    # kept as the answer to the question (handlers/answer_cache.py).
    keep: bool = True


@dataclass
class Deferred:
    """Ack now with `note`; run `work` in a lazy listener and send its Reply to response_url."""

    note: str
    work: Callable[[Any], Reply | None]  # called with the Slack WebClient


@dataclass
class OpenModal:
    """Open a modal with the command's trigger_id (must happen within 3 s: done in the ack)."""

    view: dict[str, Any]


Outcome = Reply | Deferred | OpenModal
Handler = Callable[[Services, CommandRequest], Outcome]


@dataclass
class Subcommand:
    name: str
    handler: Handler
    usage: str
    aliases: tuple[str, ...] = ()
    admin_only: bool = False
    max_text: int = MAX_COMMAND_TEXT  # characters after the subcommand's name

    # Read once: `help` lists every subcommand, and cleaning 21 docstrings was most of its CPU.
    @cached_property
    def summary(self) -> str:
        doc = inspect.getdoc(self.handler) or ""
        return doc.splitlines()[0] if doc else ""

    @cached_property
    def help(self) -> str:
        return inspect.getdoc(self.handler) or self.summary


@dataclass
class Router:
    subcommands: dict[str, Subcommand] = field(default_factory=dict)

    def add(
        self,
        name: str,
        usage: str,
        *,
        aliases: tuple[str, ...] = (),
        admin_only: bool = False,
        max_text: int = MAX_COMMAND_TEXT,
    ) -> Callable[[Handler], Handler]:
        """Decorator: register a subcommand; its docstring is its help text."""

        def register(fn: Handler) -> Handler:
            sub = Subcommand(name, fn, usage, aliases, admin_only, max_text)
            for key in (name, *aliases):
                self.subcommands[key] = sub
            return fn

        return register

    def get(self, name: str) -> Subcommand | None:
        return self.subcommands.get(name.lower())

    def names(self) -> list[str]:
        return sorted({s.name for s in self.subcommands.values()})

    def listing(self) -> list[Subcommand]:
        seen: dict[str, Subcommand] = {}
        for sub in self.subcommands.values():
            seen.setdefault(sub.name, sub)
        return list(seen.values())


# The one table every subcommand module registers into (handlers/*_commands.py).
ROUTER = Router()
