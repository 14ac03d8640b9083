"""`/minerals read <url>`, `/minerals links on|off`, and `/minerals watch` (feeds)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blockkit.blocks import esc, section
from bot.blockkit.feeds import watch_list_blocks
from bot.core.services import Services
from handlers import inbox_work, proposals
from handlers.links import link_arguments, links_in
from handlers.replies import error
from handlers.router import ROUTER, CommandRequest, Deferred, Outcome, Reply
from jobs.feeds import FeedPost, Post, Tell, poll_watch
from jobs.pages import read_page
from store import feeds, link_cache

log = logging.getLogger("minerals_bot.feeds")


def _note(text: str) -> Reply:
    return Reply([section(esc(text))], text)


def _url_of(args: str) -> str | None:
    """A URL typed after a subcommand: Slack sends it as <https://…>, or as typed."""
    found = links_in(args)
    if found:
        return found[0]
    word = args.strip().split(maxsplit=1)[0] if args.strip() else ""
    return word if word.startswith(("http://", "https://")) else None


@ROUTER.add("read", usage="read <url>")
def read_command(services: Services, req: CommandRequest) -> Outcome:
    """Read a web page and propose the commitments in its lead paragraphs, with the link as source."""
    url = _url_of(req.args)
    if url is None:
        return error("`read` needs a web link.", "e.g. `read https://www.example.gov/news/release`")

    # Kept before the ack, the page fetched after it (never on the ack path).
    trigger = req.trigger_id or uuid.uuid4().hex
    payload = {
        "channel": req.channel_id,
        "trigger_id": trigger,
        "user": req.user_id,
        "url": url,
        "response_url": req.response_url,
    }
    key = f"read:{req.channel_id}:{trigger}"
    return inbox_work.kept_command(
        services, kind="read_command", key=key, payload=payload, saying="Reading that page…"
    )


@inbox_work.work_for("read_command")
def finish_read_command(services: Services, client: WebClient, item: inbox_work.Item) -> None:
    """Fetch the page of a stored `/minerals read` and post its card in the channel."""
    p = item.payload
    page = read_page(services, p["url"])  # up to the fetcher's 15 s
    if page.error and not page.lead:
        _tell(p.get("response_url"), f"Could not read {p['url']}: {page.error}.")
        return
    card = proposals.propose(
        services,
        client,
        channel=p["channel"],
        ts=p["trigger_id"],
        text=page.title or "",
        author=p["user"],
        event_key=None,
        forced=True,
        thread=False,
        source_message=f"log:{p['channel']}:{p['trigger_id']}"[:64],
        **link_arguments(page),
    )
    if card is None:
        _tell(p.get("response_url"), "Nothing was posted (see the channel).")


def _tell(response_url: str | None, text: str) -> None:
    """An ephemeral note to whoever typed the command, if its response_url still works."""
    if not response_url:  # an item stored without one is still finished
        return
    note = _note(text)
    try:
        Respond(response_url=response_url)(
            blocks=note.blocks, text=note.text, response_type="ephemeral", replace_original=False
        )
    except OSError as exc:  # the card is what matters; a retry would post nothing new
        log.warning("could not answer a `read` on its response_url: %s", exc)


@ROUTER.add("links", usage="links on|off")
def links_command(services: Services, req: CommandRequest) -> Outcome:
    """Read the web links posted in this channel (on by default), or stop reading them."""
    choice = req.args.strip().lower()
    if choice not in ("on", "off"):
        return error(f"“{choice or 'nothing'}” is not on or off.", "Type `links on` or `links off`.")
    with services.session() as session:
        link_cache.set_links(session, req.channel_id, choice == "on", user=req.user_id, now=services.clock())
    if choice == "on":
        return _note("Links posted in this channel are read: their page's commitments get a card.")
    return _note("Links posted in this channel are no longer read (messages themselves still are).")


@ROUTER.add("watch", usage="watch <feed-url> [keywords…] | watch list | watch remove <n>")
def watch_command(services: Services, req: CommandRequest) -> Outcome:
    """Watch an RSS, Atom or JSON feed here: new items with a commitment (and a keyword, if given) get a card.

    `watch list` shows each feed with its last success, last error and items seen;
    `watch remove <n>` stops watching feed n. The items already in a feed when it is watched
    are not posted."""
    words = req.args.split()
    first = words[0].lower() if words else ""
    if first == "list":
        with services.session(read_only=True) as session:
            watches = feeds.watches_in(session, req.channel_id)
        return Reply(*watch_list_blocks(watches, req.command))
    if first == "remove":
        if len(words) != 2 or not words[1].isdigit():
            return error("`watch remove` needs the feed's number.", "`watch list` shows the numbers.")
        with services.session() as session:
            gone = feeds.remove_watch(session, req.channel_id, int(words[1]), now=services.clock())
        return _note(f"This channel no longer watches {gone.url}.")
    url = _url_of(req.args)
    if url is None:
        return error(
            "`watch` needs a feed's web address.",
            "e.g. `watch https://www.usgs.gov/news/minerals/feed graphite lithium`",
        )
    keywords = [w.strip("\"'") for w in words[1:] if w.strip("\"'")]
    with services.session() as session:
        watch = feeds.add_watch(
            session,
            channel=req.channel_id,
            private=req.is_private_channel,
            url=url,
            keywords=keywords,
            user=req.user_id,
            now=services.clock(),
        )
        watch_id = watch.id or 0

    def work(client: Any) -> Reply | None:
        post, tell = feed_poster(services, client)
        outcome = poll_watch(services, watch_id, post=post, tell=tell, force=True)
        if outcome.state == "failed":
            return _note(f"Watching {url}, but it could not be read yet ({outcome.detail}); it is retried.")
        if outcome.state == "stopped":
            return None  # the channel was told
        return _note(
            f"Watching {url}: {outcome.new} item(s) there now are not posted; new ones with a "
            "commitment will be."
        )

    return Deferred("Reading that feed…", work)


def feed_poster(services: Services, client: WebClient) -> tuple[Post, Tell]:
    """How the feed job posts an item's card and tells a channel about its feed."""

    def post(item: FeedPost) -> bool:
        card = proposals.propose(
            services,
            client,
            channel=item.channel,
            ts=item.key,
            # The summary is read as an article under the title: its dateline dates the drafts.
            text=item.title if item.summary else item.text,
            lead=item.summary,
            author=None,
            event_key=None,
            channel_type="group" if item.private else "channel",
            thread=False,
            source_message=f"feed:{item.watch_id}:{item.key[:40]}",
            source_url=item.link,
            source_title=item.title,
        )
        return card is not None

    def tell(channel: str, text: str) -> None:
        try:
            client.chat_postMessage(channel=channel, text=esc(text), unfurl_links=False)
        except (SlackApiError, OSError) as exc:
            log.warning("could not tell %s about its feed: %s", channel, exc)

    return post, tell
