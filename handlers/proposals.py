"""From a Slack message to a confirm card: read, claim once, store drafts, post, refresh.

Shared by the message, mention and reaction listeners, `/minerals log`, and the card's
buttons. Slack calls live here; the store decides what happens once.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlmodel import Session

from bot.blockkit.confirm_card import draft_card
from bot.blockkit.source_line import with_source
from bot.core.services import Services
from handlers import inbox_work
from handlers.channels import channel_is_private
from jobs.send import message_with_metadata
from store import draft_cards, learned_countries, names
from store import drafts as draft_store
from store.db import DriverReads
from store.models import Draft
from store.text import storable
from store.visibility import Audience

if TYPE_CHECKING:
    from store.extraction import Extraction

log = logging.getLogger("minerals_bot.proposals")

CARD_EVENT = "minerals_card"  # message metadata marking a confirm card with its source message
MAX_TEXT = 8000  # longer messages are read from their start: commitments lead, not trail


def _read(
    text: str,
    projects: tuple[str, ...],
    initiatives: tuple[str, ...],
    today: Any,
    headline: str | None,
    article: str,
) -> Extraction:
    """The message read as one, and the page or feed item it brings (if any) as an article
    under its title: dated by its dateline, each commitment once across both."""
    # The reader is imported here, at its first message (or by the server's warm-up after
    # it listens), not with the listeners: it is half the start-up.
    from store.extraction import extract, extract_article, merged

    found = extract(text[:MAX_TEXT], known_projects=projects, known_initiatives=initiatives, today=today)
    if not article.strip():
        return found
    page = extract_article(
        article, headline=headline, known_projects=projects, known_initiatives=initiatives, today=today
    )
    return merged(found, page)


def _items(
    known: tuple[tuple[str, ...], tuple[str, ...]],
    text: str,
    today: Any,
    *,
    source_url: str | None = None,
    source_title: str | None = None,
    lead: str = "",
) -> tuple[list[tuple[str, dict[str, Any]]], bool]:
    """The drafts a message proposes (read with its linked page's title and lead, if any),
    given the known project and initiative names, and whether the message is worth a card."""
    headline, article, source = source_title, storable(lead), _source(source_url, source_title)
    projects, initiatives = known
    # Read the text outside any transaction: on SQLite a writing transaction holds the
    # write lock, and work waiting behind a long one falls behind.
    found = _read(text, projects, initiatives, today, headline, article)
    if article.strip():
        text = f"{text}\n\n{article}" if text.strip() else article
    items: list[tuple[str, dict[str, Any]]] = [
        (
            "commitment",
            {
                **d.to_commitment_fields(),
                "actor_country": d.actor_country,
                "statement": text[:4000],
                **({"currency_inferred": True} if d.currency_inferred else {}),  # shown on the card
                **({"project_candidates": d.project_candidates} if d.project_candidates else {}),
                **({"note": d.note} if d.note else {}),  # "joint with Australia: ..."
                **source,
            },
        )
        for d in found.commitments
    ]
    items += [
        (
            "project_update",
            {"project": s.project, "new_status": s.new_status, "statement": text[:4000], **source},
        )
        for s in found.status_changes
        if s.project
    ]
    # A figure across many projects is proposed as a claim on its initiative, never a commitment.
    items += [
        ("claim", {**c.to_claim_fields(), "statement": text[:4000]}) for c in found.claims if c.initiative
    ]
    return items, found.worth_replying


def _source(url: str | None, title: str | None) -> dict[str, str]:
    """What a draft read with a link keeps of it: the URL (the record's source) and the title."""
    out = {}
    if url and url.startswith(("http://", "https://")):
        out["source_url"] = url[:2000]
        if title:
            out["source_title"] = title[:300]
    return out


def permalink(client: WebClient, source_message: str) -> str | None:
    channel, _, ts = source_message.partition(":")
    if not ts or channel in ("log", "feed"):
        return None
    try:
        return str(client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"])
    except (SlackApiError, OSError) as exc:  # the record is stored without its link
        log.warning("no permalink for %s: %s", source_message, _slack_error(exc))
        return None


def _slack_error(exc: Exception) -> str:
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error"))
    return f"{type(exc).__name__}: {exc}"


def propose(
    services: Services,
    client: WebClient,
    *,
    channel: str,
    ts: str,
    text: str,
    author: str | None,
    event_key: str | None,
    forced: bool = False,
    channel_type: str | None = None,
    thread: bool = True,
    source_message: str | None = None,
    source_url: str | None = None,
    source_title: str | None = None,
    lead: str = "",
) -> str | None:
    """Read a message and, if it holds commitments (or `forced`), post one confirm card.

    With a link (`source_url`), the page's `lead` paragraphs are read as an article under its
    `source_title` (store.extraction.extract_article) besides the message's text, and the link
    (never one from the page) is the drafts' source, its title on the card.
    Returns the card's ts, or None when nothing was posted (chatter, or already handled).
    """
    now = services.clock()
    text = storable(text)
    source = source_message or draft_store.source_key(channel, ts)
    audience = Audience(channel=channel)
    # The names last read, without a statement: the claim transaction checks their data
    # version, and chatter is dropped only once they are known to be current (a new
    # project's name must not be missed). Read first only when none are cached.
    known: tuple[tuple[str, int] | None, names.KnownNames] | None
    known = names.latest_extraction_names(services.engine, audience=audience)
    checked = False
    read_with: names.KnownNames | None = None
    private: bool | None = None
    link: str | None = None
    link_read = False
    # PostgreSQL: an event's writes are one statement (drafts.claim_and_create), atomic by
    # itself, so its unit of work runs in autocommit, without BEGIN and COMMIT, on the
    # driver's cursor. A channel that autologs writes more (the records it logs) and is done
    # in a transaction.
    one_statement = bool(event_key) and services.engine.dialect.name == "postgresql"
    while True:
        if known is None:
            with services.session(read_only=True, autocommit=True) as session:
                known = names.versioned_extraction_names(session, audience=audience)
            checked = True
        if read_with is not known[1]:  # the same tuples: the same reading
            items, worth = _items(
                known[1], text, now.date(), source_url=source_url, source_title=source_title, lead=lead
            )
            read_with = known[1]
        if not forced and not (worth and items):
            if checked:
                return None  # chatter, or a status change about no known project: stay quiet
            known = None  # perhaps names added since: read them, and the message again if they changed
            continue
        if private is None:
            private = channel_is_private(client, channel, channel_type)
        if one_statement and event_key:
            first, stored = _store_in_one_statement(
                services,
                channel=channel,
                source=source,
                author=author,
                event_key=event_key,
                private=private,
                items=items,
                audience=audience,
                now=now,
                version=known[0],
                checked=checked,
            )
            stale = not checked and first.version != known[0]
            wants_link = False  # autolog: asked in the transaction it starts again in
            in_transaction = first.autolog
        else:
            with services.session() as session:
                # Read first, before anything is written: if it says to start again, nothing was.
                first = _first_reads(session, channel, items, audience, now)
                stale = not checked and first.version != known[0]
                wants_link = first.autolog and bool(items) and not link_read  # asked of Slack outside
                in_transaction = False
                if not stale and not wants_link:
                    stored = _claim_and_store(
                        services,
                        session,
                        channel=channel,
                        source=source,
                        author=author,
                        event_key=event_key,
                        private=private,
                        items=items,
                        link=link,
                        first=first,
                        audience=audience,
                        now=now,
                    )
        one_statement = one_statement and not first.autolog
        if stale:
            known = None  # the records changed since the names were read: read them again
        elif wants_link:
            link, link_read = permalink(client, source), True
        elif not in_transaction:
            break
    if stored is None:
        return None  # already carded, by this replica or another
    views, draft_ids, since, taken_over = stored
    if not views:
        # A `/minerals log` (no thread) is answered to its author only; a mention in the thread.
        _say_nothing_found(
            client,
            channel,
            ts if thread else None,
            services.settings.slash_command,
            only_to=None if thread else author,
        )
        return None
    if taken_over and (found := _posted_card(client, channel, ts if thread else None, source, since)):
        return _adopt_card(services, client, source, draft_ids, found)
    return _post_card(services, client, source, channel, ts if thread else None, views, draft_ids)


def _first_reads(
    session: Session | DriverReads,
    channel: str,
    items: list[tuple[str, dict[str, Any]]],
    audience: Audience,
    now: datetime,
) -> draft_store.FirstReads:
    """What a message's unit of work reads first, before anything is written: if it says to
    start again, nothing was."""
    return draft_store.first_reads(
        session, channel, _currencies(items), _projects(items), _actors(items), audience=audience, now=now
    )


def _currencies(items: list[tuple[str, dict[str, Any]]]) -> tuple[str, ...]:
    """The currencies the card converts to USD (draft_cards.drafts_on_card), read with the
    claim transaction's first statement."""
    found = {
        f["currency"]
        for kind, f in items
        if kind == "commitment" and f.get("amount") not in (None, "") and f.get("currency")
    }
    return tuple(sorted(found))


def _projects(items: list[tuple[str, dict[str, Any]]]) -> tuple[str, ...]:
    """The projects the card looks up (draft_cards.drafts_on_card), read with the claim
    transaction's first statement."""
    return tuple(
        sorted({str(f["project"]) for kind, f in items if kind == "commitment" and f.get("project")})
    )


def _actors(items: list[tuple[str, dict[str, Any]]]) -> tuple[tuple[str, str], ...]:
    """The (actor, instrument) pairs whose duplicates the card looks for
    (drafts.possible_duplicate), asked whether any could exist by the first statement."""
    return tuple(
        sorted(
            {
                (str(f["actor"]), str(f["instrument"]))
                for kind, f in items
                if kind == "commitment" and f.get("actor") and f.get("instrument")
            }
        )
    )


Stored = tuple[list[Any], list[int], datetime, bool]  # views, draft ids, first stored, taken over


def _store_in_one_statement(
    services: Services,
    *,
    channel: str,
    source: str,
    author: str | None,
    event_key: str,
    private: bool,
    items: list[tuple[str, dict[str, Any]]],
    audience: Audience,
    now: datetime,
    version: tuple[str, int] | None,
    checked: bool,
) -> tuple[draft_store.FirstReads, Stored | None]:
    """PostgreSQL, an event: `_claim_and_store` in autocommit, its first reads and its one
    claim-and-drafts statement (drafts.claim_and_create) on the driver's cursor, without a
    Session. Nothing is claimed when the first reads say to start again: the records changed
    since `version`, the one the names were read at (unless `checked`: read just now), or the
    channel autologs (done in a transaction). A redelivery's take-over and its card's reads need a
    Session, opened after the cursor is returned (autocommit: each statement on its own)."""
    # An organisation the reader does not place takes the country the team gave it before
    # (a read only when the reader left an actor's country unknown; before the first reads,
    # as in autocommit two reads share no snapshot anyway).
    items = _with_learned_countries(services, items, audience)
    with services.driver_autocommit() as statements:
        first = _first_reads(statements, channel, items, audience, now)
        if first.autolog or (not checked and first.version != version):
            return first, None  # nothing written: the caller starts again
        claimed, drafts = draft_store.claim_and_create(
            statements,
            event_key,
            source,
            channel=channel,
            private=private,
            author=author,
            items=items,
            now=now,
            finishing=inbox_work.unfinished_item(),
        )
        # From the claim on, what is left is owed in the store, or was done before.
        inbox_work.finished_with(claimed.item_finished)
        if claimed.event and claimed.source:
            return first, _on_card(statements, drafts, first, audience, now, taken_over=False)
    # A redelivered event (Slack retries): its conditional UPDATE, atomic alone, decides who
    # posts a card that an earlier attempt stored but never posted, once it is overdue.
    with services.session(autocommit=True) as session:
        drafts = draft_store.take_over_unposted(session, source, now)
        if not drafts:
            return first, None
        return first, _on_card(session, drafts, first, audience, now, taken_over=True)


def _with_learned_countries(
    services: Services, items: list[tuple[str, dict[str, Any]]], audience: Audience
) -> list[tuple[str, dict[str, Any]]]:
    """`items`, an organisation the reader does not place given the country the audience's
    records agree on: read on a Session of its own (an IN list), only when one needs it."""
    if not learned_countries.needs_countries(items):
        return items
    with services.session(read_only=True, autocommit=True) as session:
        return learned_countries.with_countries_from_records(session, items, audience=audience)


def _on_card(
    session: Session | DriverReads,
    drafts: list[Draft],
    first: draft_store.FirstReads,
    audience: Audience,
    now: datetime,
    *,
    taken_over: bool,
) -> Stored:
    """What the card of `drafts` shows, read with what the first reads already read."""
    views = draft_cards.drafts_on_card(
        session,
        drafts,
        now=now,
        audience=audience,
        rates_read=first.rates,
        projects_read=first.projects,
        # Read before anything was written: stale once autolog may have logged a commitment.
        maybe_duplicates=None if first.autolog else first.maybe_duplicates,
    )
    draft_ids = [d.id or 0 for d in drafts]
    since = min((d.created_at for d in drafts), default=now)  # none: a forced read found nothing
    return views, draft_ids, since, taken_over


def _claim_and_store(
    services: Services,
    session: Session,
    *,
    channel: str,
    source: str,
    author: str | None,
    event_key: str | None,
    private: bool,
    items: list[tuple[str, dict[str, Any]]],
    link: str | None,
    first: draft_store.FirstReads,
    audience: Audience,
    now: datetime,
) -> Stored | None:
    """Claim the message once and store its drafts (logged at once, with the message's
    `link`, when the channel autologs), or take over drafts stored but never carded:
    (the card's views, the drafts' ids, when the first was stored, whether taken over).
    None when the message was carded already. In one transaction (PostgreSQL's event
    without autolog: `_store_in_one_statement`). The inbox item is marked done in the
    claim's own transaction: from the claim on, what is left of the work is owed in the
    store (drafts unposted, found by the recovery job) or was done before (a redelivery),
    so no path after it needs the item again."""
    # A redelivered event (Slack retries) falls through to the take-over below, which
    # posts a card that an earlier attempt stored but never posted, once it is overdue.
    drafts: list[Draft] = []
    if event_key:
        claimed = draft_store.claim_message(
            session, event_key, source, now=now, finishing=inbox_work.unfinished_item()
        )
        inbox_work.finished_with(claimed.item_finished)
        first_delivery, source_claimed = claimed.event, claimed.source
    else:
        first_delivery = True
        source_claimed = draft_store.claim(session, f"source:{source}", now=now)
    if first_delivery and source_claimed:
        items = learned_countries.with_countries_from_records(session, items, audience=audience)
        drafts = draft_store.create_drafts(
            session,
            source_message=source,
            channel=channel,
            private=private,
            author=author,
            items=items,
            now=now,
        )
        if first.autolog:
            draft_cards.autolog(session, drafts, permalink=link, now=now, audience=audience)
        taken_over = False
    else:
        drafts = draft_store.take_over_unposted(session, source, now)
        if not drafts:
            return None
        taken_over = True
    stored = _on_card(session, drafts, first, audience, now, taken_over=taken_over)
    if stored[0]:  # from here the card is owed in the store: the recovery job posts it
        inbox_work.finish_in(session, services)
    return stored


def post_owed_card(services: Services, client: WebClient, source_message: str) -> str | None:
    """Post the card of drafts stored but never carded (a crash, Slack down), once across
    replicas; the card's ts, or None when another worker has it or there is nothing to show."""
    now = services.clock()
    with services.session() as session:
        drafts = draft_store.take_over_unposted(session, source_message, now)
        if not drafts:
            return None
        channel = drafts[0].channel
        views = draft_cards.drafts_on_card(session, drafts, now=now, audience=Audience(channel=channel))
        draft_ids = [d.id or 0 for d in drafts]
        since = min(d.created_at for d in drafts)
    if not views:
        return None
    # "C1:ts" cards go in the message's thread; `/minerals log` ("log:C1:trigger") and feed
    # ("feed:watch:key") ones do not.
    thread_ts = None if source_message.startswith(("log:", "feed:")) else source_message.partition(":")[2]
    if found := _posted_card(client, channel, thread_ts, source_message, since):
        return _adopt_card(services, client, source_message, draft_ids, found)
    return _post_card(services, client, source_message, channel, thread_ts, views, draft_ids)


def _posted_card(
    client: WebClient, channel: str, thread_ts: str | None, source: str, since: datetime
) -> str | None:
    """The ts of the card an earlier attempt posted for `source` but did not live to record
    (killed between Slack's answer and the store), found by the card's message metadata."""
    try:
        if thread_ts:
            resp = client.conversations_replies(
                channel=channel, ts=thread_ts, include_all_metadata=True, limit=1000
            )
        else:
            oldest = f"{since.timestamp() - 60:.6f}"
            resp = client.conversations_history(
                channel=channel, oldest=oldest, include_all_metadata=True, limit=1000
            )
    except (SlackApiError, OSError) as exc:  # cannot tell: better a second card than none
        log.warning("cannot look for an earlier card of %s: %s", source, _slack_error(exc))
        return None
    return message_with_metadata(resp.get("messages") or [], CARD_EVENT, "source", source)


def _adopt_card(
    services: Services, client: WebClient, source: str, draft_ids: list[int], card_ts: str
) -> str:
    """Record a card found already posted, and redraw it from the store."""
    _record_card(services, draft_ids, card_ts)
    refresh_card(services, client, source)
    return card_ts


def _record_card(services: Services, draft_ids: list[int], card_ts: str) -> list[Any]:
    """The card's ts on its drafts: one UPDATE in autocommit (draft_store.set_card) on the
    driver's cursor; on SQLite a card of several drafts on a Connection (an IN list)."""
    now = services.clock()
    if len(draft_ids) == 1 or services.engine.dialect.name == "postgresql":
        with services.driver_autocommit() as statements:
            return draft_store.set_card(statements, draft_ids, card_ts, now=now)
    with services.connection(autocommit=True) as conn:
        return draft_store.set_card(conn, draft_ids, card_ts, now=now)


def _post_card(
    services: Services,
    client: WebClient,
    source: str,
    channel: str,
    thread_ts: str | None,
    views: list[Any],
    draft_ids: list[int],
) -> str | None:
    blocks, fallback = card_blocks(views, services.settings.slash_command)
    try:
        resp = client.chat_postMessage(
            channel=channel,
            thread_ts=thread_ts,
            blocks=blocks,
            text=fallback,
            unfurl_links=False,
            metadata={"event_type": CARD_EVENT, "event_payload": {"source": source}},
        )
    except (SlackApiError, OSError) as exc:  # OSError: timeouts and connection failures
        log.warning(
            "could not post the card for drafts %s in %s (%s): they stay stored "
            "unposted, and the recovery job (or the message's redelivery) posts them after %ss",
            draft_ids,
            channel,
            _slack_error(exc),
            int(draft_store.CARD_RECOVERY_AFTER.total_seconds()),
        )
        return None
    card_ts = str(resp["ts"])
    # The drafts as the card_ts write left them: a click that landed while the card was on
    # its way either committed before that write (and shows here) or sees the card_ts (and
    # redraws the card itself).
    now_shown = _record_card(services, draft_ids, card_ts)
    if now_shown != [(v.state, v.fields) for v in views]:
        refresh_card(services, client, source)
    return card_ts


def card_blocks(views: list[Any], command: str) -> tuple[list[Any], str]:
    """The confirm card, headed by the page it was read from when the drafts came with a link."""
    return with_source(*draft_card(views, command=command), views)


def _say_nothing_found(
    client: WebClient, channel: str, thread_ts: str | None, command: str, *, only_to: str | None = None
) -> None:
    """Say no commitment was found: in the thread, or (`only_to` a user) to that person only."""
    text = (
        f"I could not find a commitment in that message. Try `{command} log &lt;sentence&gt;` with "
        "the actor, the instrument and the amount."
    )
    try:
        if only_to:
            client.chat_postEphemeral(channel=channel, user=only_to, text=text)
        else:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
    except (SlackApiError, OSError) as exc:
        log.warning("could not reply in %s: %s", channel, _slack_error(exc))


def refresh_card(services: Services, client: WebClient, source_message: str) -> None:
    """Redraw a message's card from the store (after a click, an edit or a deletion)."""
    with services.session(read_only=True) as session:
        drafts = draft_store.drafts_for(session, source_message)
        audience = Audience(channel=drafts[0].channel) if drafts else Audience()
        views = draft_cards.drafts_on_card(session, drafts, now=services.clock(), audience=audience)
    card_ts = next((d.card_ts for d in drafts if d.card_ts), None)
    if not views or not card_ts:
        return
    blocks, fallback = card_blocks(views, services.settings.slash_command)
    try:
        client.chat_update(channel=drafts[0].channel, ts=card_ts, blocks=blocks, text=fallback)
    except (SlackApiError, OSError) as exc:
        log.warning("could not update card %s: %s", card_ts, _slack_error(exc))


def reread(
    services: Services,
    client: WebClient,
    *,
    channel: str,
    ts: str,
    text: str,
    author: str | None,
    channel_type: str | None,
    source_url: str | None = None,
    source_title: str | None = None,
    lead: str = "",
) -> None:
    """The source message was edited: re-read pending drafts (with its link's page, if it has
    one), flag logged ones."""
    source = draft_store.source_key(channel, ts)
    text = storable(text)
    with services.session() as session:
        existing = draft_store.drafts_for(session, source)
    if not existing:
        propose(
            services,
            client,
            channel=channel,
            ts=ts,
            text=text,
            author=author,
            event_key=None,
            channel_type=channel_type,
            source_url=source_url,
            source_title=source_title,
            lead=lead,
        )
        return
    now = services.clock()
    with services.session(read_only=True) as session:
        known = names.extraction_names(session, audience=Audience(channel=channel))
    items, _worth = _items(
        known,
        text,
        now.date(),
        source_url=source_url,
        source_title=source_title,
        lead=lead,
    )
    with services.session() as session:
        draft_store.replace_pending(session, source, items, now=now)
        draft_store.flag_logged(session, source, note="source message edited", now=now)
    refresh_card(services, client, source)


def source_deleted(services: Services, client: WebClient, *, channel: str, ts: str) -> None:
    source = draft_store.source_key(channel, ts)
    now = services.clock()
    with services.session() as session:
        draft_store.withdraw_pending(session, source, now=now)
        draft_store.flag_logged(session, source, note="source message deleted", now=now)
    refresh_card(services, client, source)
