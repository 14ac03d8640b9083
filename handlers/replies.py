"""The shapes of an answer every subcommand uses: a rendered builder, a note, a warning."""

from __future__ import annotations

import re

from bot.blockkit import cards
from bot.blockkit.blocks import Block, context, esc, fallback, section
from handlers.router import Reply

MENTION = re.compile(r"<[#@]([A-Z0-9]+)(?:\|[^>]*)?>")


def reply(answer: cards.Answer) -> Reply:
    """A Block Kit builder's (blocks, text) as a Reply."""
    blocks, text = answer
    return Reply(blocks=blocks, text=fallback(text))


def _plain(message: str, mrkdwn: bool) -> str:
    """The notification text: mentions become their bare ids."""
    return fallback(MENTION.sub(r"\1", message) if mrkdwn else message)


def _hint(hint: str | None, mrkdwn: bool) -> list[Block]:
    return [context(hint if mrkdwn else esc(hint))] if hint else []


def note(message: str, hint: str | None = None, *, mrkdwn: bool = False) -> Reply:
    """A short answer; `mrkdwn` means message and hint are already mrkdwn (they hold mentions)."""
    body = message if mrkdwn else esc(message)
    return Reply([section(body), *_hint(hint, mrkdwn)], _plain(message, mrkdwn))


def error(message: str, hint: str | None = None, *, mrkdwn: bool = False) -> Reply:
    """What went wrong, and (in the hint) what to do about it."""
    body = message if mrkdwn else esc(message)
    return Reply([section(f":warning: {body}"), *_hint(hint, mrkdwn)], _plain(message, mrkdwn))
