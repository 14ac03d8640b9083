"""Watched feeds against local servers: no flood, each item once, politeness, the commands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from slack_sdk import WebClient
from sqlmodel import Session, col, select

from bot import cli
from bot.blockkit.source_line import source_line
from bot.core.services import Services
from bot.core.settings import Settings
from bot.local_slack import LocalSlack
from handlers.feed_commands import feed_poster, watch_command
from handlers.router import CommandRequest, Deferred, Reply
from jobs.feeds import REPORT_AFTER, PollOutcome, entries_of, item_key, poll_due, poll_watch
from store import feeds
from store.models import Draft, FeedWatch
from tests.jobs.conftest import Clock
from tests.jobs.servers import Answer, Site, serving

COMMITMENT = "Japan's JOGMEC will lend up to C$150 million to the Canadian graphite mines"


def rss(*items: tuple[str, str, str, str]) -> bytes:
    """An RSS 2.0 feed of (guid, title, link, pubDate) items."""
    body = "".join(
        f"<item><guid>{g}</guid><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
        f"<description>Ministry release.</description></item>"
        for g, t, link, d in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Releases</title>{body}</channel></rss>'
    ).encode()


OLD = ("g-old", COMMITMENT + " (last month)", "https://gov.example/old", "Mon, 02 Nov 2026 08:00:00 GMT")
NEW = ("g-new", COMMITMENT, "https://gov.example/new", "Mon, 30 Nov 2026 08:00:00 GMT")
CHATTER = (
    "g-chat",
    "Minister visits a trade fair",
    "https://gov.example/fair",
    "Mon, 30 Nov 2026 09:00:00 GMT",
)


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(Site()) as s:
        yield s


@pytest.fixture
def local(services: Services) -> Services:
    services.settings = services.settings.model_copy(update={"fetch_allow_private": True})
    return services


def watch(services: Services, url: str, *keywords: str, channel: str = "C1") -> int:
    with services.session() as session:
        w = feeds.add_watch(
            session,
            channel=channel,
            private=channel.startswith("G"),
            url=url,
            keywords=list(keywords),
            user="U1",
            now=services.clock(),
        )
        return w.id or 0


def poll(services: Services, client: WebClient, watch_id: int, clock: Clock, **kw: bool) -> PollOutcome:
    post, tell = feed_poster(services, client)
    clock.advance(hours=1)
    return poll_watch(services, watch_id, post=post, tell=tell, **kw)


def watch_row(services: Services, watch_id: int) -> FeedWatch:
    with services.session(read_only=True) as session:
        row = feeds.get_watch(session, watch_id)
    assert row is not None
    return row


def cards(slack: LocalSlack) -> list[str]:
    return [
        json.dumps(c.params.get("blocks") or c.params.get("text")) for c in slack.calls_to("chat.postMessage")
    ]


def test_items_there_when_watched_are_not_posted_and_new_ones_are_once(
    local: Services, client: WebClient, slack: LocalSlack, site: Site, clock: Clock
) -> None:
    site.routes["/feed"] = Answer(body=rss(OLD), content_type="application/rss+xml")
    wid = watch(local, f"{site.base}/feed")
    primed = poll(local, client, wid, clock)
    assert (primed.state, primed.new, primed.posted) == ("primed", 1, 0)
    assert slack.calls_to("chat.postMessage") == []

    site.routes["/feed"] = Answer(body=rss(NEW, CHATTER, OLD), content_type="application/rss+xml")
    outcome = poll(local, client, wid, clock)
    assert (outcome.state, outcome.new, outcome.posted) == ("ok", 2, 1)  # the chatter item: nothing
    [card] = slack.calls_to("chat.postMessage")
    assert card.params.get("thread_ts") is None and card.params["channel"] == "C1"
    text = json.dumps(card.params["blocks"])
    assert f":link: From <https://gov.example/new|{COMMITMENT}" in text and "up to CAD 150m" in text

    # The publisher edits the date and moves to https links: the same items, not posted again.
    edited = (NEW[0], NEW[1], NEW[2].replace("https", "http"), "Tue, 01 Dec 2026 10:00:00 GMT")
    site.routes["/feed"] = Answer(body=rss(edited, CHATTER, OLD), content_type="application/rss+xml")
    again = poll(local, client, wid, clock)
    assert (again.new, again.posted) == (0, 0)
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert watch_row(local, wid).items_seen == 3


def test_an_items_summary_is_read_as_an_article_under_its_title(
    local: Services, client: WebClient, slack: LocalSlack, site: Site, clock: Clock
) -> None:
    site.routes["/feed"] = Answer(body=rss(), content_type="application/rss+xml")
    wid = watch(local, f"{site.base}/feed")
    poll(local, client, wid, clock)
    summary = (
        "OTTAWA, ON, Nov. 6, 2025 /CNW/ - The agency today announced a C$75 million loan to Nouveau "
        "Monde Graphite. &lt;p&gt;Last year, the Canada Infrastructure Bank committed C$90 million to "
        "the company.&lt;/p&gt;"
    )
    item = (
        "<item><guid>g-edc</guid><title>EDC lends C$75 million to Nouveau Monde Graphite</title>"
        f"<link>https://gov.example/edc</link><description>{summary}</description></item>"
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>R</title>{item}</channel></rss>'
    site.routes["/feed"] = Answer(body=body.encode(), content_type="application/rss+xml")
    assert poll(local, client, wid, clock).posted == 1
    with Session(local.engine) as session:
        drafts = session.exec(select(Draft).where(col(Draft.source_message).startswith("feed:"))).all()
    # The title names the actor the summary's lead leaves out; the dateline dates the draft;
    # last year's money is background, not a second proposal.
    assert [(d.fields["actor"], d.fields["amount"], d.fields["announced_on"]) for d in drafts] == [
        ("EDC", "75000000", "2025-11-06")
    ]


def test_keywords_must_appear(
    local: Services, client: WebClient, slack: LocalSlack, site: Site, clock: Clock
) -> None:
    site.routes["/feed"] = Answer(body=rss(), content_type="application/rss+xml")
    lithium = watch(local, f"{site.base}/feed", "lithium", "nickel")
    graphite = watch(local, f"{site.base}/feed", "GRAPHITE", channel="C2")
    poll(local, client, lithium, clock)
    poll(local, client, graphite, clock)
    site.routes["/feed"] = Answer(body=rss(NEW), content_type="application/rss+xml")
    assert poll(local, client, lithium, clock).posted == 0
    assert poll(local, client, graphite, clock).posted == 1
    assert [c.params["channel"] for c in slack.calls_to("chat.postMessage")] == ["C2"]


def test_a_poll_is_taken_by_one_worker(local: Services, site: Site, clock: Clock) -> None:
    wid = watch(local, f"{site.base}/feed")
    seen = watch_row(local, wid).next_poll_at
    with local.session() as session:
        assert feeds.claim_poll(session, wid, now=clock(), seen_next=seen)
    with local.session() as session:
        assert not feeds.claim_poll(session, wid, now=clock(), seen_next=seen)  # another replica
    with local.session() as session:
        assert feeds.claim_item(session, wid, "k", title="t", link=None, now=clock())
        assert not feeds.claim_item(session, wid, "k", title="t", link=None, now=clock())


def test_conditional_get_and_304(local: Services, client: WebClient, site: Site, clock: Clock) -> None:
    def answer(headers: dict[str, str]) -> Answer:
        if headers.get("if-none-match") == '"e1"':
            return Answer(304, content_type=None)
        return Answer(body=rss(OLD), content_type="application/rss+xml", headers={"ETag": '"e1"'})

    site.routes["/feed"] = answer
    wid = watch(local, f"{site.base}/feed")
    poll(local, client, wid, clock)
    assert poll(local, client, wid, clock).state == "not-modified"
    assert site.requests[1][1]["if-none-match"] == '"e1"'
    assert watch_row(local, wid).last_success_at == clock()


def test_429_waits_retry_after_even_when_forced(
    local: Services, client: WebClient, site: Site, clock: Clock
) -> None:
    site.routes["/feed"] = Answer(429, b"slow down", headers={"Retry-After": "7200"})
    wid = watch(local, f"{site.base}/feed")
    assert poll(local, client, wid, clock).state == "failed"
    row = watch_row(local, wid)
    assert row.next_poll_at is not None and row.next_poll_at - clock() >= timedelta(seconds=7200)
    assert "HTTP 429" in (row.last_error or "")
    post, tell = feed_poster(local, client)
    assert poll_due(local, post=post, tell=tell, force=True) == []  # backing off: not polled
    assert len(site.requests) == 1


def test_a_permanent_redirect_updates_the_stored_url(
    local: Services, client: WebClient, site: Site, clock: Clock
) -> None:
    site.routes["/old"] = Answer(301, headers={"Location": "/new"})
    site.routes["/new"] = Answer(body=rss(OLD), content_type="application/rss+xml")
    wid = watch(local, f"{site.base}/old")
    poll(local, client, wid, clock)
    assert watch_row(local, wid).url == f"{site.base}/new"


def test_410_stops_the_watch_and_tells_the_channel(
    local: Services, client: WebClient, slack: LocalSlack, site: Site, clock: Clock
) -> None:
    site.routes["/feed"] = Answer(410, b"gone")
    wid = watch(local, f"{site.base}/feed")
    assert poll(local, client, wid, clock).state == "stopped"
    assert not watch_row(local, wid).active
    [note] = slack.calls_to("chat.postMessage")
    assert note.params["channel"] == "C1" and "is gone (HTTP 410)" in note.params["text"]


def test_failures_back_off_and_are_reported_once_after_a_day(
    local: Services, client: WebClient, slack: LocalSlack, site: Site, clock: Clock
) -> None:
    site.routes["/feed"] = Answer(body=b"<rss><channel><item><title>broken", content_type="text/xml")
    wid = watch(local, f"{site.base}/feed")
    waits = []
    for _ in range(4):
        outcome = poll(local, client, wid, clock)
        assert outcome.state == "failed" and "malformed XML" in outcome.detail
        row = watch_row(local, wid)
        assert row.next_poll_at is not None
        waits.append(row.next_poll_at - clock())
        clock.set(row.next_poll_at - timedelta(hours=1))  # poll() moves one hour on: due then
    assert waits == sorted(waits) and waits[-1] > waits[0]  # backing off
    assert slack.calls_to("chat.postMessage") == []
    clock.advance(seconds=REPORT_AFTER.total_seconds())  # a day of failures, then two more polls
    for _ in range(2):
        due = watch_row(local, wid).next_poll_at
        assert due is not None
        clock.set(max(clock(), due) - timedelta(hours=1))
        assert poll(local, client, wid, clock).state == "failed"
    notes = [c.params["text"] for c in slack.calls_to("chat.postMessage")]
    assert len(notes) == 1 and "has failed for a day" in notes[0]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>NRCan</title>'
            b"<entry><id>urn:1</id><title>" + COMMITMENT.encode() + b"</title>"
            b'<link href="https://nrcan.example/1"/><updated>2026-11-30T08:00:00Z</updated>'
            b"<summary>Teaser</summary></entry></feed>",
            "application/atom+xml",
        ),
        (
            json.dumps(
                {
                    "version": "https://jsonfeed.org/version/1.1",
                    "title": "Register",
                    "items": [{"id": "urn:1", "url": "https://nrcan.example/1", "title": COMMITMENT}],
                }
            ).encode(),
            "application/feed+json",
        ),
    ],
)
def test_atom_and_json_feed(body: bytes, content_type: str) -> None:
    [entry] = entries_of(body, content_type)
    assert entry.title == COMMITMENT and entry.link == "https://nrcan.example/1"
    assert entry.key == item_key("urn:1", None, None, None)


def test_item_keys_fall_back_from_guid_to_link_to_title_and_date() -> None:
    assert item_key("g", "https://a/1", "t", "d") == item_key("g", "https://b/2", "u", "e")
    assert item_key(None, "https://a/1", "t", "d") == item_key(None, "http://a/1", "u", "e")
    assert item_key(None, None, "t", "d") != item_key(None, None, "t", "e")


def request(text: str, channel: str = "C1") -> CommandRequest:
    return CommandRequest(command="/minerals", text=text, user_id="U1", channel_id=channel, trigger_id="t1")


def test_watch_list_and_remove_commands(
    local: Services, client: WebClient, site: Site, session: Session
) -> None:
    site.routes["/feed"] = Answer(body=rss(OLD, NEW), content_type="application/rss+xml")
    outcome = watch_command(local, request(f"watch <{site.base}/feed> graphite"))
    assert isinstance(outcome, Deferred)
    done = outcome.work(client)
    assert done is not None and "2 item(s) there now are not posted" in done.text
    listed = watch_command(local, request("watch list"))
    assert isinstance(listed, Reply)
    text = json.dumps(listed.blocks)
    assert "Items seen: 2" in text and "graphite" in text and "Last success: 2025-11-09" in text
    assert isinstance(watch_command(local, request("watch list", channel="C2")), Reply)
    assert "watches no feeds" in watch_command(local, request("watch list", channel="C2")).text  # type: ignore[union-attr]
    removed = watch_command(local, request("watch remove 1"))
    assert isinstance(removed, Reply) and "no longer watches" in removed.text
    assert "watches no feeds" in watch_command(local, request("watch list")).text  # type: ignore[union-attr]


def test_feeds_poll_cli(
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
    local: Services,
    site: Site,
    slack: LocalSlack,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(
        cli, "load_settings", lambda: settings.model_copy(update={"fetch_allow_private": True})
    )
    site.routes["/feed"] = Answer(body=rss(OLD), content_type="application/rss+xml")
    wid = watch(local, f"{site.base}/feed")
    assert cli.main(["feeds", "poll"]) == 0
    assert f"watch {wid}: primed, 1 new item(s), 0 card(s)" in capsys.readouterr().out
    site.routes["/feed"] = Answer(body=rss(NEW, OLD), content_type="application/rss+xml")
    assert cli.main(["feeds", "poll"]) == 0  # at once: not waiting for FEED_POLL_MINUTES
    assert f"watch {wid}: ok, 1 new item(s), 1 card(s)" in capsys.readouterr().out
    assert len(slack.calls_to("chat.postMessage")) == 1


@given(url=st.one_of(st.none(), st.text(max_size=300), st.just("https://gov.example/a?b=1")), title=st.text())
def test_the_source_line_escapes_any_title_and_links_only_a_web_url(url: str | None, title: str) -> None:
    line = source_line(url, title)
    if not url:
        assert line is None
        return
    assert line is not None
    text = line["elements"][0]["text"]
    assert len(text) <= 3000
    label = text.removeprefix(":link: From ")
    if label.startswith("<"):
        assert url.startswith(("http://", "https://")) and label.startswith(f"<{url}|")
        label = label[len(url) + 2 : -1]
    assert "<" not in label and ">" not in label  # nothing from the title can ping or link
