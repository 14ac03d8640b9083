"""What the bot stores in Slack and gets back: button values and modal private_metadata.

Each is a frozen dataclass with `encode()` (the string Slack keeps) and `decode(raw)` (the
value back, or None for anything tampered or malformed: decoding never raises). The wire
format is the one the bot has always written, so buttons on cards posted before still work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.blockkit.blocks import button_value

MAX_COMMAND_TEXT = 1500  # a command carried by a button; well inside Slack's 2,000 characters
MAX_PAGE_ARGS = 1200
MAX_OFFSET = 1_000_000  # past any real list; keeps a tampered offset within SQL integers
MAX_DRAFT_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL
MAX_METADATA = 3000  # Slack's limit on private_metadata


def _json_object(raw: object) -> dict[str, Any] | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _compact(value: dict[str, Any]) -> str:
    # Compact JSON that fits a button as Slack measures it: the longest text is shortened,
    # so a value never ends cut in the middle of its JSON.
    return button_value(value)


@dataclass(frozen=True)
class RerunValue:
    """A "did you mean" or Open button: the command text it answers again, in place."""

    text: str

    def encode(self) -> str:
        return _compact({"t": self.text[:MAX_COMMAND_TEXT]})

    @classmethod
    def decode(cls, raw: object) -> RerunValue | None:
        data = _json_object(raw)
        text = data.get("t") if data else None
        if not isinstance(text, str) or not text.strip():
            return None
        return cls(text[:MAX_COMMAND_TEXT])


@dataclass(frozen=True)
class ShareValue(RerunValue):
    """Share in channel: the command text whose answer is posted again for everyone."""


@dataclass(frozen=True)
class FollowValue(RerunValue):
    """Follow on a card or the Home tab: what to follow, as `follow <it>` would take it."""


@dataclass(frozen=True)
class UnfollowValue:
    """Unfollow on a follow DM: the member's follow, by its id."""

    follow_id: int

    def encode(self) -> str:
        return _compact({"f": self.follow_id})

    @classmethod
    def decode(cls, raw: object) -> UnfollowValue | None:
        data = _json_object(raw)
        follow_id = data.get("f") if data else None
        if isinstance(follow_id, bool) or not isinstance(follow_id, int):
            return None
        return cls(follow_id) if 0 < follow_id <= MAX_DRAFT_ID else None


@dataclass(frozen=True)
class PageValue:
    """Previous / Next on a list: which list, its filters, and where the page starts."""

    subcommand: str  # "projects" or "commitments"
    args: str
    offset: int

    def encode(self) -> str:
        return _compact({"c": self.subcommand, "a": self.args[:MAX_PAGE_ARGS], "o": self.offset})

    @classmethod
    def decode(cls, raw: object) -> PageValue | None:
        data = _json_object(raw)
        if data is None:
            return None
        subcommand, args, offset = data.get("c"), data.get("a", ""), data.get("o", 0)
        if not isinstance(subcommand, str) or not isinstance(args, str):
            return None
        if isinstance(offset, bool) or not isinstance(offset, int):
            return None
        return cls(subcommand, args[:MAX_PAGE_ARGS], min(max(0, offset), MAX_OFFSET))


@dataclass(frozen=True)
class DraftButton:
    """A confirm-card button (Log it, Edit…, Not a commitment, Undo): the draft it acts on."""

    draft_id: int

    def encode(self) -> str:
        return str(self.draft_id)

    @classmethod
    def decode(cls, raw: object) -> DraftButton | None:
        if not isinstance(raw, str) or not raw.isascii() or not raw.isdigit() or len(raw) > 10:
            return None
        draft_id = int(raw)
        return cls(draft_id) if 0 < draft_id <= MAX_DRAFT_ID else None


@dataclass(frozen=True)
class ModalMeta:
    """A form's private_metadata: the channel it was opened from (and whether private), or
    the draft an Edit… form changes."""

    channel: str | None = None
    private: bool = False
    draft: int | None = None

    def encode(self) -> str:
        data: dict[str, Any] = {}
        if self.channel is not None:
            data["channel"] = self.channel
            data["private"] = self.private
        if self.draft is not None:
            data["draft"] = self.draft
        return json.dumps(data)[:MAX_METADATA]

    @classmethod
    def decode(cls, raw: object) -> ModalMeta | None:
        data = _json_object(raw)
        if data is None:
            return None
        channel, private, draft = data.get("channel"), data.get("private", False), data.get("draft")
        if channel is not None and not isinstance(channel, str):
            return None
        if draft is not None and (
            isinstance(draft, bool) or not isinstance(draft, int) or not 0 < draft <= MAX_DRAFT_ID
        ):
            return None
        return cls(channel=channel or None, private=bool(private), draft=draft)
