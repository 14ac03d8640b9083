"""`/minerals read <url>`, `/minerals links on|off`, and `/minerals watch` (feeds)."""

from __future__ import annotations

import uuid
from typing import Any

from bot.blockkit.blocks import esc, section
from bot.core.services import Services
from handlers import proposals
from handlers.commands import error
from handlers.links import link_arguments, links_in
from handlers.router import ROUTER, CommandRequest, Deferred, Outcome, Reply
from jobs.pages import read_page
from store import link_cache


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

    trigger = req.trigger_id or uuid.uuid4().hex

    def work(client: Any) -> Reply | None:
        page = read_page(services, url)  # after the ack: up to the fetcher's 15 s
        if page.error and not page.lead:
            return _note(f"Could not read {url}: {page.error}.")
        card = proposals.propose(
            services,
            client,
            channel=req.channel_id,
            ts=trigger,
            text=page.title or "",
            author=req.user_id,
            event_key=None,
            forced=True,
            thread=False,
            source_message=f"log:{req.channel_id}:{trigger}"[:64],
            **link_arguments(page),
        )
        return None if card else _note("Nothing was posted (see the channel).")

    return Deferred("Reading that page…", work)


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
