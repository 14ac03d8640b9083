"""The line that heads a confirm card read from a link or a feed item: the page's title,
linked to the URL that was fetched (pure builder; the title is untrusted page text)."""

from __future__ import annotations

from typing import Any

from bot.blockkit.blocks import Block, clip, context, fit_message, link

MAX_TITLE = 200


def source_line(url: str | None, title: str | None) -> Block | None:
    """`:link: From <url|title>`; the label escaped, the link only the fetched http(s) URL."""
    if not url:
        return None
    label = clip(" ".join(str(title or "").split()), MAX_TITLE) or url
    return context(f":link: From {link(url, label)}")


def with_source(blocks: list[Block], text: str, views: list[Any]) -> tuple[list[Block], str]:
    """A card's blocks and fallback, headed by the source line of its first draft, if any."""
    fields = views[0].fields if views else {}
    line = source_line(fields.get("source_url"), fields.get("source_title"))
    if line is None:
        return blocks, text
    return fit_message([line, *blocks]), text
