"""Reading the page behind a shared link: fetched safely (jobs/fetch.py), once a day per URL
(the store's cache), its title and main text extracted with trafilatura.

The text is untrusted: it is only read by the extractor and shown escaped; a card's link is
always the URL that was shared and fetched, never one taken from the page.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bot.core.services import Services
from jobs.fetch import FetchError, fetch
from store import link_cache

log = logging.getLogger("minerals_bot.links")

# The main text's opening paragraphs, as much as the link cache keeps (LinkPage.lead): read
# as an article (store.extraction.extract_article), dateline and headline included.
LEAD_CHARS = 4000
HTML_TYPES = ("text/html", "application/xhtml+xml")
_SPACE = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True)
class Page:
    url: str  # as shared: what the card links to
    title: str | None = None
    lead: str = ""
    error: str | None = None


def lead_of(text: str, limit: int = LEAD_CHARS) -> str:
    """The first paragraphs of a main text, whole paragraphs up to `limit` characters."""
    out: list[str] = []
    size = 0
    for paragraph in (p.strip() for p in text.splitlines()):
        if not paragraph:
            continue
        paragraph = _SPACE.sub(" ", paragraph)
        if size and size + len(paragraph) > limit:
            break
        out.append(paragraph[:limit])
        size += len(paragraph) + 1
    return "\n".join(out)


def extract_page(html: bytes, url: str) -> tuple[str | None, str]:
    """(title, lead paragraphs) of an HTML page; (None, "") when it has no readable text."""
    import trafilatura  # imported on first use: it is not needed to start the bot

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception:  # a hostile page must not break the message's card
        log.warning("could not extract the text of %s", url, exc_info=True)
        return None, ""
    if doc is None:
        return None, ""
    title = getattr(doc, "title", None)
    text = getattr(doc, "text", None) or ""
    if title and text.startswith(title):
        text = text[len(title) :]
    return (_SPACE.sub(" ", title).strip()[:500] if title else None), lead_of(text)


def read_page(services: Services, url: str) -> Page:
    """The page behind `url`: from the day's cache, else fetched, extracted and cached."""
    now = services.clock()
    with services.session(read_only=True) as session:
        cached = link_cache.cached_page(session, url, now=now)
    if cached is not None:
        return Page(url, cached.title, cached.lead or "", cached.error)
    title: str | None = None
    lead, error, final = "", None, None
    try:
        fetched = fetch(url, allow_private=services.settings.fetch_allow_private)
        final = fetched.url
        if fetched.content_type in HTML_TYPES:
            title, lead = extract_page(fetched.body, fetched.url)
        else:
            error = f"not a web page ({fetched.content_type})"
    except FetchError as exc:
        error = exc.reason
        log.info("link %s not read: %s", url, exc.reason)
    with services.session() as session:
        link_cache.keep_page(session, url, final_url=final, title=title, lead=lead, error=error, now=now)
    return Page(url, title, lead, error)


def unfurled_page(url: str, attachments: list[dict[str, object]]) -> Page | None:
    """What Slack's own unfurl of `url` says, when the message carries one (not fetched again)."""
    for attachment in attachments:
        if url in (attachment.get("from_url"), attachment.get("original_url")):
            title = str(attachment.get("title") or "").strip() or None
            text = str(attachment.get("text") or attachment.get("fallback") or "")
            return Page(url, title[:500] if title else None, lead_of(text))
    return None
