"""Pages read from links shared in Slack, kept a day (each URL fetched once a day at most),
and whether a channel wants its links read. Public web text only: who shared a link is not kept."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from store.models import ChannelLinks, LinkPage

FRESH_FOR = timedelta(days=1)


def url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def cached_page(session: Session, url: str, *, now: datetime) -> LinkPage | None:
    """The page read from `url` within the last day, or None (then it may be fetched)."""
    page = session.get(LinkPage, url_key(url))
    if page is None or now - page.fetched_at >= FRESH_FOR:
        return None
    return page


def keep_page(
    session: Session,
    url: str,
    *,
    final_url: str | None,
    title: str | None,
    lead: str | None,
    error: str | None,
    now: datetime,
) -> LinkPage:
    """Store (or replace) what reading `url` gave; a concurrent writer's row is taken over."""
    key = url_key(url)
    values: dict[str, Any] = {
        "url": url[:2000],
        "final_url": (final_url or "")[:2000] or None,
        "title": (title or "")[:500] or None,
        "lead": (lead or "")[:4000] or None,
        "error": (error or "")[:400] or None,
        "fetched_at": now,
    }
    page = session.get(LinkPage, key)
    if page is None:
        try:
            with session.begin_nested():
                page = LinkPage(url_hash=key, **values)
                session.add(page)
                session.flush()
            return page
        except IntegrityError:  # another worker read the same link at the same moment
            page = session.get(LinkPage, key)
            assert page is not None
    for name, value in values.items():
        setattr(page, name, value)
    session.add(page)
    return page


def links_enabled(session: Session, channel: str) -> bool:
    """Whether links posted in `channel` are read (on unless turned off)."""
    row = session.get(ChannelLinks, channel)
    return True if row is None else row.links_on


def set_links(session: Session, channel: str, on: bool, *, user: str, now: datetime) -> None:
    row = session.get(ChannelLinks, channel) or ChannelLinks(channel=channel)
    row.links_on, row.updated_by, row.updated_at = on, user, now
    session.add(row)
