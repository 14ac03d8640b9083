"""Watched feeds (RSS, Atom, JSON Feed): polled politely, each new item read once ever.

Fetched with the safe fetcher (feedparser's own HTTP has no timeout), parsed from bytes.
The items present when a feed is watched are recorded, not posted; a new item is claimed in
the store (guid, else link, else title and date: a publisher's date edit is the same item),
and only an item whose title and summary (read as an article under its title) hold a
commitment (and a keyword, when the watch has some) gets a card. Politeness: If-None-Match /
If-Modified-Since, Retry-After on 429 and 503, 301/308 move the stored URL, 410 stops the
watch and tells the channel, failures back off and, after a day of them, are told to the
channel once. Posting is given as functions: the Slack side lives with the listeners, which
jobs do not import.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from xml.sax import SAXParseException

from bot.core.services import Services
from jobs.fetch import FetchError, fetch
from store import feeds

if TYPE_CHECKING:  # the scheduler is the server's, after it listens: the listeners import this module
    from apscheduler.schedulers.base import BaseScheduler

log = logging.getLogger("minerals_bot.feeds")

REPORT_AFTER = timedelta(days=1)
MAX_BACKOFF = timedelta(hours=12)
MAX_ITEMS = 200  # of one answer; a feed is newest first
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


class BadFeed(ValueError):
    """Not a feed that can be read; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    key: str
    title: str
    link: str | None
    summary: str


@dataclass(frozen=True)
class FeedPost:
    """A new item for the watching channel: the card's text, source link and title, and the
    item's summary (read as an article under its title)."""

    watch_id: int
    channel: str
    private: bool
    key: str
    title: str
    link: str | None
    text: str
    summary: str = ""


Post = Callable[[FeedPost], bool]  # True when a card was posted
Tell = Callable[[str, str], None]  # (channel, text): a note in the channel


@dataclass
class PollOutcome:
    watch_id: int
    state: str  # ok / not-modified / primed / failed / stopped / taken
    new: int = 0
    posted: int = 0
    detail: str = ""


def item_key(guid: str | None, link: str | None, title: str | None, published: str | None) -> str:
    """An item's identity: guid, else link, else title and date; a URL's scheme is left out
    (a publisher moving to https does not make every item new)."""

    def bare(url: str) -> str:
        return re.sub(r"^https?://", "", url.strip())

    if guid and guid.strip():
        basis = "guid:" + bare(guid)
    elif link and link.strip():
        basis = "link:" + bare(link)
    else:
        basis = f"title:{(title or '').strip()}|{(published or '').strip()}"
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def plain_text(value: str) -> str:
    """Text of a summary that may be HTML: tags dropped, entities decoded, spaces folded."""
    return _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", value or ""))).strip()


def _http_link(value: Any) -> str | None:
    url = str(value or "").strip()
    return url[:2000] if url.startswith(("http://", "https://")) else None


def entries_of(body: bytes, content_type: str = "") -> list[FeedEntry]:
    """The items of an RSS, Atom or JSON Feed body, newest first as the feed lists them."""
    if content_type.endswith("json") or body.lstrip()[:1] == b"{":
        return _json_feed(body)
    import feedparser  # imported on first use

    parsed = feedparser.parse(body)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, SAXParseException):  # not well-formed: cut off, or not XML at all
        raise BadFeed(f"not an RSS or Atom feed: malformed XML ({problem})")
    if not parsed.get("version"):
        raise BadFeed(f"not an RSS or Atom feed ({problem or 'no feed elements'})")
    out = []
    for e in parsed.entries[:MAX_ITEMS]:
        title = plain_text(e.get("title") or "")
        link = _http_link(e.get("link"))
        published = e.get("published") or e.get("updated") or ""
        out.append(
            FeedEntry(
                item_key(e.get("id"), e.get("link"), title, published),
                title,
                link,
                plain_text(e.get("summary") or ""),
            )
        )
    return out


def _json_feed(body: bytes) -> list[FeedEntry]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadFeed(f"not JSON ({exc})") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/"):
        raise BadFeed("JSON, but not a JSON Feed (no jsonfeed.org version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise BadFeed("a JSON Feed without items")
    out = []
    for item in items[:MAX_ITEMS]:
        if not isinstance(item, dict):
            continue
        title = plain_text(str(item.get("title") or ""))
        summary = plain_text(
            str(item.get("summary") or item.get("content_text") or item.get("content_html") or "")
        )
        guid = str(item["id"]) if item.get("id") is not None else None
        published = str(item.get("date_published") or "")
        out.append(
            FeedEntry(
                item_key(guid, item.get("url"), title, published), title, _http_link(item.get("url")), summary
            )
        )
    return out


def wanted(entry: FeedEntry, keywords: list[str]) -> bool:
    """No keywords: every item; else an item that names one of them (any case)."""
    if not keywords:
        return True
    text = f"{entry.title} {entry.summary}".casefold()
    return any(k.casefold() in text for k in keywords)


def _interval(services: Services) -> timedelta:
    minutes = services.settings.feed_poll_minutes
    return timedelta(minutes=minutes * random.uniform(0.9, 1.1))  # jitter: replicas and feeds spread


def poll_watch(
    services: Services, watch_id: int, *, post: Post, tell: Tell, force: bool = False
) -> PollOutcome:
    """Poll one watch, if this worker gets it: fetch, record new items, post those with commitments."""
    now = services.clock()
    with services.session() as session:
        watch = feeds.get_watch(session, watch_id)
        if watch is None or not watch.active:
            return PollOutcome(watch_id, "taken")
        due = watch.next_poll_at is None or watch.next_poll_at <= now or (force and watch.failures == 0)
        if not due or not feeds.claim_poll(session, watch_id, now=now, seen_next=watch.next_poll_at):
            return PollOutcome(watch_id, "taken")
        url, etag, modified = watch.url, watch.etag, watch.last_modified
        channel, private, keywords, primed = (
            watch.channel,
            watch.channel_private,
            list(watch.keywords),
            watch.primed,
        )
    try:
        fetched = fetch(
            url, allow_private=services.settings.fetch_allow_private, etag=etag, last_modified=modified
        )
        entries = [] if fetched.not_modified else entries_of(fetched.body, fetched.content_type)
    except (FetchError, BadFeed) as exc:
        return _failed(services, watch_id, channel, url, exc, tell)
    outcome = PollOutcome(
        watch_id, "not-modified" if fetched.not_modified else ("ok" if primed else "primed")
    )
    posts = []
    with services.session() as session:
        for entry in entries:
            if feeds.claim_item(session, watch_id, entry.key, title=entry.title, link=entry.link, now=now):
                outcome.new += 1
                if primed and wanted(entry, keywords):
                    text = f"{entry.title}. {entry.summary}".strip(". ") if entry.summary else entry.title
                    posts.append(
                        FeedPost(
                            watch_id,
                            channel,
                            private,
                            entry.key,
                            entry.title,
                            entry.link,
                            text,
                            entry.summary,
                        )
                    )
        feeds.record_success(
            session,
            watch_id,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            new_url=fetched.permanent_url,
            next_poll_at=now + _interval(services),
            now=now,
        )
    for item in posts:  # the items are claimed: a crash from here on skips an item, never repeats it
        try:
            if post(item):
                outcome.posted += 1
                with services.session() as session:
                    feeds.mark_posted(session, watch_id, item.key)
        except Exception:  # one item's trouble must not stop the others
            log.exception("could not post feed item %s of watch %s", item.key[:12], watch_id)
    if fetched.permanent_url:
        log.info("feed %s moved permanently to %s", url, fetched.permanent_url)
    return outcome


def _failed(
    services: Services, watch_id: int, channel: str, url: str, exc: Exception, tell: Tell
) -> PollOutcome:
    now = services.clock()
    reason = str(exc)
    if isinstance(exc, FetchError) and exc.gone:
        with services.session() as session:
            feeds.stop_watch(session, watch_id, reason=reason, now=now)
        tell(channel, f":wastebasket: The feed {url} is gone (HTTP 410): this channel no longer watches it.")
        return PollOutcome(watch_id, "stopped", detail=reason)
    with services.session() as session:
        watch = feeds.get_watch(session, watch_id)
        failures = watch.failures if watch else 0
        wait = services.settings.feed_poll_minutes * 60 * 2 ** min(failures, 10)
        if isinstance(exc, FetchError) and exc.retry_after:
            wait = max(wait, exc.retry_after)
        wait = min(wait, MAX_BACKOFF.total_seconds())
        report = feeds.record_failure(
            session,
            watch_id,
            error=reason,
            next_poll_at=now + timedelta(seconds=wait),
            report_after=REPORT_AFTER,
            now=now,
        )
    log.warning("feed %s (watch %s) failed: %s; next try in %.0f s", url, watch_id, reason, wait)
    if report:
        tell(
            channel,
            f":warning: The feed {url} has failed for a day ({reason}). The bot keeps trying, "
            "less often; `watch list` shows its state, `watch remove <n>` stops it.",
        )
    return PollOutcome(watch_id, "failed", detail=reason)


def poll_due(services: Services, *, post: Post, tell: Tell, force: bool = False) -> list[PollOutcome]:
    """Poll every due watch (with `force`, every watch that is not backing off)."""
    with services.session(read_only=True) as session:
        due = feeds.due_watches(session, now=services.clock(), force=force)
    outcomes = []
    for watch_id in due:
        try:
            outcomes.append(poll_watch(services, watch_id, post=post, tell=tell, force=force))
        except Exception:  # one feed's trouble must not stop the others
            log.exception("polling watch %s failed", watch_id)
    return outcomes


def schedule(scheduler: BaseScheduler, services: Services, run: Callable[[], object]) -> None:
    """Look for due feeds every few minutes (each feed is due every FEED_POLL_MINUTES, jittered)."""

    def safely() -> None:
        try:
            run()
        except Exception:  # the next run tries again
            log.exception("feed polling failed")

    every = min(services.settings.feed_poll_minutes, 5.0)
    scheduler.add_job(
        safely,
        "interval",
        minutes=every,
        jitter=30,
        id="feeds-poll",
        coalesce=True,
        max_instances=1,
        replace_existing=True,
    )
