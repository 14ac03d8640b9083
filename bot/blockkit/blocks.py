"""Pure Block Kit builders. Escaping and Slack's size limits are enforced here, once.

Every string that came from a user or the store goes through `esc` (mrkdwn) or `plain`
(plain_text), so nothing stored can ping @channel or forge a link, and every builder
clips to Slack's limits so a message fits at any data volume.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_FIELDS = 10
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTIONS = 25
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK_TEXT = 3000  # the notification text; Slack truncates at 40,000
MAX_MESSAGE_CHARS = 12000  # all blocks together: Slack answers msg_blocks_too_long past ~13k

Block = dict[str, Any]


def esc(text: object) -> str:
    """Escape text for mrkdwn: only &, < and > are special to Slack."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def is_user_id(value: str | None) -> bool:
    """A Slack user id (U… or W…), as opposed to a name or the bot's own markers."""
    return bool(value and value[0] in "UW" and value.isascii() and value.isalnum() and value.isupper())


def mention(user: str | None, unknown: str = "unknown") -> str:
    """A user mention for a Slack user id; anything else is shown as (escaped) text."""
    return f"<@{user}>" if is_user_id(user) else esc(user or unknown)


def clip(text: str, limit: int) -> str:
    """Cut text to `limit` characters, marking the cut, without splitting an escape."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:] and amp > len(cut) - 6:
        cut = cut[:amp]
    # Escaped text has no raw `<`: one left open is a link or mention the builder made, cut in two.
    if cut.rfind("<") > cut.rfind(">"):
        cut = cut[: cut.rfind("<")]
    return cut + "…"


def plain(text: object, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(str(text) or " ", limit), "emoji": True}


def section(mrkdwn: str, *, accessory: Block | None = None, block_id: str | None = None) -> Block:
    """A section of already-escaped mrkdwn, clipped to 3,000 characters."""
    block: Block = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": clip(mrkdwn or " ", MAX_SECTION_TEXT)},
    }
    if accessory:
        block["accessory"] = accessory
    if block_id:
        block["block_id"] = block_id[:255]
    return block


def fields_section(pairs: list[tuple[str, str]]) -> Block:
    """Up to ten label/value fields (values already escaped)."""
    fields = [
        {"type": "mrkdwn", "text": clip(f"*{esc(label)}*\n{value or '—'}", MAX_FIELD_TEXT)}
        for label, value in pairs[:MAX_FIELDS]
    ]
    return {"type": "section", "fields": fields or [{"type": "mrkdwn", "text": " "}]}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, MAX_HEADER)}


def context(*mrkdwn: str) -> Block:
    elements = [
        {"type": "mrkdwn", "text": clip(m or " ", MAX_SECTION_TEXT)} for m in mrkdwn[:MAX_CONTEXT_ELEMENTS]
    ]
    return {"type": "context", "elements": elements}


def divider() -> Block:
    return {"type": "divider"}


def _char_length(char: str) -> int:
    code = ord(char)
    return 1 if code < 0x80 else 6 if code < 0x10000 else 12


def encoded_length(text: str) -> int:
    """A value's length as Slack counts it: each non-ASCII character as its six-character \\u escape
    (an emoji as two of them), so a value that fits here fits however Slack measures."""
    return len(text) if text.isascii() else sum(_char_length(c) for c in text)


def shorten(text: str, budget: int) -> str:
    """The longest start of `text` whose encoded length is at most `budget`."""
    if len(text) <= budget // 12 or encoded_length(text) <= budget:
        return text
    used = 0
    for i, char in enumerate(text):
        used += _char_length(char)
        if used > budget:
            return text[:i]
    return text


def button_value(value: Any) -> str:
    """A button value that fits Slack's 2,000 characters: the longest strings in it are shortened."""
    if isinstance(value, str):
        return shorten(value, MAX_BUTTON_VALUE)
    encoded = json.dumps(value, separators=(",", ":"))  # ASCII: non-ASCII is escaped
    while len(encoded) > MAX_BUTTON_VALUE and isinstance(value, dict):
        texts = [k for k, v in value.items() if isinstance(v, str) and v]
        if not texts:
            break
        longest = max(texts, key=lambda k: encoded_length(value[k]))
        budget = encoded_length(value[longest]) - (len(encoded) - MAX_BUTTON_VALUE)
        value = {**value, longest: shorten(value[longest], max(0, budget))}
        encoded = json.dumps(value, separators=(",", ":"))
    # Nothing left to shorten (never the case for the bot's own values): an empty object.
    return encoded if len(encoded) <= MAX_BUTTON_VALUE else "{}"


def button(
    text: str, action_id: str, value: Any = None, *, style: str | None = None, url: str | None = None
) -> Block:
    """A button; a dict value is JSON-encoded, and a value too long for Slack is shortened."""
    el: Block = {"type": "button", "text": plain(text, MAX_BUTTON_TEXT), "action_id": action_id[:255]}
    if value is not None:
        el["value"] = button_value(value)
    if style in ("primary", "danger"):
        el["style"] = style
    if url:
        el["url"] = url[:3000]
    return el


def actions(*elements: Block, block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements[:MAX_ACTIONS])}
    if block_id:
        block["block_id"] = block_id[:255]
    return block


def link(url: str | None, label: str) -> str:
    """A safe mrkdwn link: the label escaped, the URL only if http(s) and free of | < >."""
    if not url or not url.startswith(("http://", "https://")) or any(c in url for c in "|<> "):
        return esc(label)
    return f"<{url}|{esc(label).replace('|', '¦')}>"


def fit_message(
    blocks: list[Block], *, limit: int = MAX_MESSAGE_BLOCKS, overflow_note: str = "…and more not shown."
) -> list[Block]:
    """Keep a message within the block count and overall size, noting what was cut."""
    # Most messages fit: one encoding of them all (at least the sum of the blocks' own) says
    # so, where one per block cost every card a dozen or more encoder calls.
    if len(blocks) <= limit and len(json.dumps(blocks)) <= MAX_MESSAGE_CHARS:
        return list(blocks)
    out: list[Block] = []
    size = 0
    for i, block in enumerate(blocks):
        block_size = len(json.dumps(block))
        if len(out) >= limit - 1 and i < len(blocks) - 1 or size + block_size > MAX_MESSAGE_CHARS:
            out.append(context(esc(overflow_note)))
            return out
        out.append(block)
        size += block_size
    return out


def fallback(text: str) -> str:
    """The plain `text` sent alongside blocks (notifications, screen readers)."""
    return clip(esc(text), MAX_FALLBACK_TEXT) or " "


# --- formatting of domain values -------------------------------------------------------------


def money(amount: Decimal | None, currency: str | None, *, ceiling: bool = False) -> str:
    """'up to C$150m'-style: readable magnitudes, ISO code kept."""
    if amount is None:
        return ""
    value = abs(amount)
    for size, suffix in ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k")):
        if value >= size:
            num = (amount / size).quantize(Decimal("0.01")).normalize()
            text = f"{num:f}{suffix}"
            break
    else:
        text = f"{amount.quantize(Decimal('0.01')).normalize():f}"
    return f"{'up to ' if ceiling else ''}{currency or ''} {text}".strip()


def usd(amount: Decimal | None) -> str:
    return money(amount, "USD") if amount else "USD 0"
