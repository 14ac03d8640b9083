"""Links in Slack messages: which to read, and the page to read with the message.

Runs in the work after the ack (the inbox's lazy half or its recovery), never inside it:
reading a page may take up to the fetcher's 15 s deadline.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

from bot.core.services import Services
from jobs.pages import Page, read_page, unfurled_page
from store import link_cache

# Slack sends links as <https://…> or <https://…|label>, with &, < and > escaped.
SLACK_LINK = re.compile(r"<(https?://[^>|\s]+)(?:\|[^>]*)?>")
SLACK_HOSTS = ("slack.com", "slack-gov.com")


def links_in(text: str) -> list[str]:
    """The web links of a message, in order, without Slack's own (permalinks, files)."""
    out = []
    for match in SLACK_LINK.finditer(text or ""):
        url = html.unescape(match.group(1))
        host = (urlsplit(url).hostname or "").lower()
        if host and not any(host == h or host.endswith("." + h) for h in SLACK_HOSTS) and url not in out:
            out.append(url)
    return out


def has_link(message: dict[str, Any]) -> bool:
    return bool(links_in(message.get("text") or ""))


def page_for(services: Services, channel: str, message: dict[str, Any]) -> dict[str, Any]:
    """propose()'s link arguments for a message's first link: Slack's unfurl when the message
    carries one, else the page (fetched at most once a day); {} without a link or when the
    channel turned link reading off."""
    urls = links_in(message.get("text") or "")
    if not urls:
        return {}
    with services.session(read_only=True) as session:
        if not link_cache.links_enabled(session, channel):
            return {}
    return link_arguments(
        unfurled_page(urls[0], list(message.get("attachments") or [])) or read_page(services, urls[0])
    )


def link_arguments(page: Page) -> dict[str, Any]:
    """The link becomes the source (and heads the card) only when its page was read."""
    if not (page.title or page.lead):
        return {}
    return {"source_url": page.url, "source_title": page.title, "lead": page.lead}
