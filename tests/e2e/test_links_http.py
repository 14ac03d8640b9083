"""Links in messages, over signed HTTP: the page is read after the ack, once a day, escaped."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from bot.local_slack import LocalSlack
from bot.server import recovery
from store.models import Commitment, Draft, InboxItem, LinkPage
from tests.e2e.conftest import RunningBot, buttons, start_bot
from tests.jobs.servers import Answer, Site, drip, serving

ARTICLE = b"""<!doctype html><html><head><title>Japan backs Canadian graphite | Ministry</title></head>
<body><nav>Home | News | Contact</nav>
<article><h1>Japan backs Canadian graphite</h1>
<p>Japan's JOGMEC will lend up to C$150 million to the Canadian graphite mines, the ministry said.</p>
<p>The financing supports a processing plant in Quebec expected to start production in 2027.</p>
<p>Officials from both countries met in Ottawa to sign the agreement after months of talks.</p>
</article><footer>Copyright</footer></body></html>"""

HOSTILE = b"""<html><head><title>x</title></head><body><article>
<h1>&lt;!channel&gt; Read &lt;https://evil.example|this&gt; now</h1>
<p>Japan's JOGMEC will lend up to C$150 million to the Canadian graphite mines, see <a href="https://evil.example">here</a>.</p>
<p>More words about the processing plant in Quebec and the financing that supports it over years.</p>
</article></body></html>"""


RELEASE = b"""<!doctype html><html><head><title>EDC provides C$75 million loan to Nouveau Monde</title></head>
<body><article><h1>EDC provides C$75 million loan to Nouveau Monde</h1>
<p>OTTAWA, ON, Feb. 12, 2025 /CNW/ - Export Development Canada (EDC) today announced a C$75 million
loan facility to Nouveau Monde Graphite for the Matawinie Mine in Quebec.</p>
<p>"EDC's C$75 million facility is a vote of confidence in Canadian graphite," the company's chief
executive said.</p>
<p>Last year, the Canada Infrastructure Bank committed C$90 million to the company's Becancour plant.</p>
<p>About Export Development Canada</p>
<p>EDC is Canada's export credit agency and lends billions each year.</p>
</article></body></html>"""


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(Site()) as s:
        s.routes["/article"] = Answer(body=ARTICLE)
        s.routes["/release"] = Answer(body=RELEASE)
        s.routes["/hostile"] = Answer(body=HOSTILE)
        yield s


@pytest.fixture
def bot(db_url: str, slack: LocalSlack) -> Iterator[RunningBot]:
    from store.seed import seed_demo

    running, stop = start_bot(db_url, slack, fetch_allow_private=True)
    with running.services.session() as session:
        seed_demo(session, now=datetime.now(UTC))
    yield running
    stop()


def message(text: str, *, ts: str, channel: str = "C1", channel_type: str = "channel", **extra) -> dict:
    return {
        "type": "message",
        "channel": channel,
        "user": "U2",
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": channel_type,
        **extra,
    }


def card_text(call) -> str:
    return json.dumps(call.params["blocks"], ensure_ascii=False)


def test_a_link_is_read_after_the_ack_and_its_commitment_carded(bot: RunningBot, slack, site: Site) -> None:
    url = f"{site.base}/article"
    assert bot.event(message(f"Worth a read <{url}>", ts="1700000100.000100")).status_code == 200
    card = slack.wait_for("chat.postMessage")[-1]
    assert card.params["thread_ts"] == "1700000100.000100"
    text = card_text(card)
    assert f":link: From <{url}|Japan backs Canadian graphite" in text  # the title, linked to the link
    assert "up to CAD 150m" in text
    log = next(b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log"))
    bot.click(log, message_ts=card.params.get("ts"))
    bot.drain()
    with Session(bot.services.engine) as s:
        logged = s.exec(select(Commitment).where(Commitment.source_message == "C1:1700000100.000100")).one()
    assert logged.source_url == url  # the link, not the Slack permalink
    assert site.hits("/article") == 1


def test_a_press_release_is_read_as_an_article(bot: RunningBot, slack, site: Site) -> None:
    url = f"{site.base}/release"
    bot.event(message(f"EDC again <{url}>", ts="1700000150.000100"))
    card = slack.wait_for("chat.postMessage")[-1]
    bot.drain()
    with Session(bot.services.engine) as s:
        drafts = s.exec(select(Draft).where(Draft.source_message == "C1:1700000150.000100")).all()
    # The loan in the headline, the lead and the quote is one draft, dated by the dateline;
    # last year's CIB money is background, not a proposal.
    commitments = [d.fields for d in drafts if d.kind == "commitment"]
    assert [(f["actor"], f["instrument"], f["announced_on"]) for f in commitments] == [
        ("EDC", "loan", "2025-02-12")
    ]
    assert "CAD 75m" in card_text(card) and "CIB" not in card_text(card)


def test_the_same_link_is_fetched_once_a_day_whoever_posts_it(bot: RunningBot, slack, site: Site) -> None:
    url = f"{site.base}/article"
    bot.event(message(f"<{url}>", ts="1700000200.000100"))
    bot.drain()
    bot.event(message(f"also <{url}|this>", ts="1700000201.000100", channel="C2"))
    bot.drain()
    assert len(slack.wait_for("chat.postMessage", count=2)) == 2
    assert site.hits("/article") == 1
    with Session(bot.services.engine) as s:
        assert s.exec(select(LinkPage)).one().title == "Japan backs Canadian graphite"


def test_page_text_is_escaped_and_the_card_links_only_the_fetched_url(
    bot: RunningBot, slack, site: Site
) -> None:
    url = f"{site.base}/hostile"
    bot.event(message(f"<{url}>", ts="1700000300.000100"))
    text = card_text(slack.wait_for("chat.postMessage")[-1])
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text
    assert "<https://evil.example" not in text  # no link taken from the page
    assert f"<{url}|" in text


def test_slacks_own_unfurl_is_used_not_refetched(bot: RunningBot, slack, site: Site) -> None:
    url = f"{site.base}/article"
    unfurl = {
        "from_url": url,
        "original_url": url,
        "title": "Unfurled: Japan backs graphite",
        "text": "Japan's JOGMEC will lend up to C$150 million to the Canadian graphite mines.",
    }
    bot.event(message(f"<{url}>", ts="1700000400.000100", attachments=[unfurl]))
    text = card_text(slack.wait_for("chat.postMessage")[-1])
    assert "Unfurled: Japan backs graphite" in text
    assert site.hits("/article") == 0


def test_links_off_in_a_channel_reads_no_links(bot: RunningBot, slack, site: Site) -> None:
    assert "no longer read" in json.dumps(bot.command("links off").json())
    bot.event(message(f"Worth a read <{site.base}/article>", ts="1700000500.000100"))
    bot.drain()
    assert site.hits("/article") == 0 and slack.calls_to("chat.postMessage") == []
    bot.command("links on")
    bot.event(message(f"Worth a read <{site.base}/article>", ts="1700000501.000100"))
    slack.wait_for("chat.postMessage")
    assert site.hits("/article") == 1


def test_a_link_in_a_private_channel_makes_records_only_it_sees(bot: RunningBot, slack, site: Site) -> None:
    bot.event(message(f"<{site.base}/article>", ts="1700000600.000100", channel="G1", channel_type="group"))
    slack.wait_for("chat.postMessage")
    bot.drain()
    with Session(bot.services.engine) as s:
        drafts = s.exec(select(Draft).where(Draft.channel == "G1")).all()
    assert drafts and all(d.channel_private for d in drafts)


def test_a_slow_page_does_not_delay_the_ack(bot: RunningBot, slack, site: Site) -> None:
    site.routes["/slow"] = Answer(body=drip(2.0))
    started = time.monotonic()
    assert bot.event(message(f"<{site.base}/slow>", ts="1700000700.000100")).status_code == 200
    assert time.monotonic() - started < 1.0  # the page takes 2 s; the ack does not wait for it
    bot.drain()
    assert site.hits("/slow") == 1


def test_a_link_to_a_private_address_is_not_fetched_by_default(db_url: str, slack, site: Site) -> None:
    running, stop = start_bot(db_url, slack)  # FETCH_ALLOW_PRIVATE off: the default
    try:
        running.event(message(f"Worth a read <{site.base}/article>", ts="1700000800.000100"))
        running.drain()
    finally:
        stop()
    assert site.requests == [] and slack.calls_to("chat.postMessage") == []


def test_read_command_reads_a_page_on_demand(bot: RunningBot, slack, site: Site) -> None:
    url = f"{site.base}/article"
    assert bot.command(f"read <{url}>").status_code == 200
    card = slack.wait_for("chat.postMessage")[-1]
    assert card.params.get("thread_ts") is None and card.params["channel"] == "C1"
    assert f"<{url}|Japan backs Canadian graphite" in card_text(card)


def test_read_command_is_kept_before_its_ack_and_recovered_if_the_process_dies(
    bot: RunningBot, slack, site: Site
) -> None:
    """The page is fetched after the ack, so the request is in the inbox when Slack gets its
    200: a process killed then (its lazy half held, never run) is finished by the recovery."""
    url = f"{site.base}/article"
    with bot.executor.held():
        assert bot.command(f"read <{url}>", tag="readlost").json()["text"] == "Reading that page…"
        with Session(bot.services.engine) as s:
            [item] = s.exec(select(InboxItem)).all()
        assert (item.kind, item.state, item.payload["url"]) == ("read_command", "pending", url)
        assert site.hits("/article") == 0  # not fetched inside the ack
        assert recovery(bot.services, bot.client)(timedelta(0)).items == 1  # the restart's run
        [card] = slack.calls_to("chat.postMessage")
        assert card.params["channel"] == "C1" and f"<{url}|Japan backs Canadian graphite" in card_text(card)
    bot.drain()  # the held lazy half finds the item done: nothing twice
    with Session(bot.services.engine) as s:
        assert [i.state for i in s.exec(select(InboxItem)).all()] == ["done"]
    assert len(slack.calls_to("chat.postMessage")) == 1 and site.hits("/article") == 1


def test_read_command_says_why_a_page_cannot_be_read(bot: RunningBot, slack, site: Site) -> None:
    tag = "readfail"
    bot.command(f"read {site.base}/missing", tag=tag)
    bot.drain()
    answers = json.dumps(slack.responses_to(tag))
    assert "Could not read" in answers and "HTTP 404" in answers
    assert bot.command("read nothing").json()["text"]


def edited(original: dict, text: str, **extra) -> dict:
    return {
        "type": "message",
        "subtype": "message_changed",
        "channel": original["channel"],
        "channel_type": original["channel_type"],
        "ts": "1700009999.000100",
        "event_ts": "1700009999.000100",
        "message": {**original, "text": text, **extra},
        "previous_message": original,
    }


def test_slack_adding_its_unfurl_later_changes_nothing(bot: RunningBot, slack, site: Site) -> None:
    url = f"{site.base}/article"
    original = message(f"Worth a read <{url}>", ts="1700000900.000100")
    bot.event(original)
    slack.wait_for("chat.postMessage")
    bot.drain()
    unfurl = {"from_url": url, "title": "Japan backs Canadian graphite", "text": "…"}
    bot.event(edited(original, original["text"], attachments=[unfurl]))
    bot.drain()
    assert slack.calls_to("chat.update") == []  # the card is not redrawn, its drafts stay
    with Session(bot.services.engine) as s:
        drafts = s.exec(select(Draft).where(Draft.source_message == "C1:1700000900.000100")).all()
    assert drafts and all(d.state == "pending" for d in drafts)


def test_an_edit_of_a_link_message_reads_the_page_again_from_the_cache(
    bot: RunningBot, slack, site: Site
) -> None:
    url = f"{site.base}/article"
    original = message(f"Worth a read <{url}>", ts="1700001000.000100")
    bot.event(original)
    slack.wait_for("chat.postMessage")
    bot.drain()
    bot.event(edited(original, f"Worth a read, Ottawa confirmed <{url}>"))
    bot.drain()
    text = json.dumps(slack.calls_to("chat.update")[-1].params["blocks"], ensure_ascii=False)
    assert "up to CAD 150m" in text and f"<{url}|Japan backs Canadian graphite" in text
    assert site.hits("/article") == 1
