"""`/minerals watch list`: a channel's watched feeds and how each is doing (pure builder)."""

from __future__ import annotations

from datetime import datetime

from bot.blockkit.blocks import Block, clip, context, esc, fallback, fit_message, link, section
from store.models import FeedWatch


def _when(at: datetime | None) -> str:
    return f"{at:%Y-%m-%d %H:%M} UTC" if at else "never"


def watch_list_blocks(watches: list[FeedWatch], command: str) -> tuple[list[Block], str]:
    """One section per watch, numbered for `watch remove <n>`."""
    if not watches:
        text = f"This channel watches no feeds. `{command} watch <feed-url> [keywords…]` adds one."
        return [section(esc(text))], fallback(text)
    blocks: list[Block] = []
    for n, w in enumerate(watches, start=1):
        words = ", ".join(w.keywords) if w.keywords else "every item with a commitment"
        lines = [
            f"*{n}.* {link(w.url, clip(w.url, 200))}",
            f"Keywords: {esc(clip(words, 300))} · Items seen: {w.items_seen}",
            f"Last success: {_when(w.last_success_at)}",
        ]
        if w.last_error:
            lines.append(f"Last error: {esc(clip(w.last_error, 300))} ({_when(w.last_error_at)})")
        blocks.append(section("\n".join(lines)))
    blocks.append(context(esc(f"`{command} watch remove <n>` stops watching feed n.")))
    return fit_message(blocks), fallback(f"{len(watches)} watched feed(s)")
