"""Who is looking is never forgotten: every public store function that takes a Session has a
required keyword-only `audience`, unless it is listed below with the reason it needs none."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlmodel import Session

import store
from store.visibility import EVERYTHING, Audience

# store modules that are not about records people can see (the extraction reads text only).
SKIPPED_MODULES = {"store.extraction"}

# Functions that take a Session but no audience, each with why. Everything else must take
# `audience` as a required keyword-only argument.
NEEDS_NO_AUDIENCE = {
    # The records' data version: a number, no record.
    "store.data_version.current",
    "store.data_version.current_all",
    # Builds an INSERT for the session's backend; reads nothing.
    "store.db.insert_if_new",
    "store.db.dialect_name",  # the backend's name; reads nothing
    # Runs a statement its caller built, with the caller's audience rule in it.
    "store.db.plain_rows",
    "store.db.core",  # the connection under a session, for its caller's own statements
    # Builds, off the request path, the question names of the audiences that asked lately
    # (each into its own audience's cache, as those requests would); returns nothing read.
    "store.questions.known.warm",
    # Digest subscriptions and runs: the bot's own bookkeeping per channel, keyed by the
    # channel or subscription the caller names; no private record is read or named.
    "store.digests.get_subscription",
    "store.digests.subscribe",
    "store.digests.unsubscribe",
    "store.digests.set_quiet_days",
    "store.digests.schedulable_subscriptions",
    "store.digests.mark_broken",
    "store.digests.get_run",
    "store.digests.claim_run",
    "store.digests.settle_abandoned",
    "store.digests.record_message_ts",
    "store.digests.mark_sent",
    "store.digests.mark_failed",
    "store.digests.record_skipped",
    # Drafts are read and changed by id or by their own source message (the channel the
    # message is in): a card only ever shows the drafts read from that message.
    "store.drafts.claim",
    "store.drafts.claim_event_and_source",
    "store.drafts.claim_message",  # the same claim (and the inbox item it finishes)
    "store.drafts.claim_and_create",  # the same claim and drafts, in one statement
    "store.drafts.create_drafts",
    "store.drafts.drafts_for",
    "store.drafts.set_card",
    "store.drafts.take_over_unposted",
    "store.drafts.dismiss",
    "store.drafts.undo",
    "store.drafts.update_pending_fields",
    "store.drafts.update_logged_fields",
    "store.drafts.withdraw_pending",
    "store.drafts.replace_pending",
    "store.drafts.flag_logged",  # flags the records logged from that same message
    "store.drafts.autolog_enabled",  # a channel's own setting
    "store.drafts.set_autolog",
    "store.drafts.get_draft",
    # The card's Edit form: names are resolved for the draft's own channel, read from the draft.
    "store.draft_cards.apply_edit",
    # Corrections made in that form: read and kept by draft id, names resolved for the
    # draft's own channel (counting them, `corrections_report`, takes an audience).
    "store.corrections.latest_correction",
    "store.corrections.extracted_values",
    "store.corrections.record_correction",
    # The inbox holds Slack's own requests for the process that answers them: its rows are
    # never shown; the work done from them reads with the request's audience.
    "store.inbox.enqueue",
    "store.inbox.get",
    "store.inbox.claim",
    "store.inbox.due",
    "store.inbox.finish",
    "store.inbox.give_up_or_retry",
    "store.inbox.prune",
    "store.inbox.counts",
    "store.inbox.sources_without_card",
    "store.inbox.has_drafts",
    # Following: a member's own follows and the outbox of their notices, read and changed by
    # member id (the caller's own) or by notice id; which records a notice may name is decided
    # when it is made (store.follows.events_between and the channel-membership check).
    "store.follows.add_follow",
    "store.follows.follows_of",
    "store.follows.pause_member",
    "store.follows.active_follows",
    "store.follows.followed_project_ids",
    "store.follows.cursor",
    "store.follows.advance_cursor",
    "store.follows.enqueue",
    "store.follows.members_due",
    "store.follows.claim_member",
    "store.follows.dms_sent_since",
    "store.follows.mark_sent",
    "store.follows.postpone",
    "store.follows.fail",
    "store.follows.drop",
    "store.follows.notices_for",
    "store.follows.prune",
    # Exchange rates are public reference data.
    "store.rates.rate_for",
    "store.rates.usd_estimate",
    "store.rates.set_rate",
    "store.rates.list_rates",
    # Pages read from shared links: public web text keyed by URL, never who shared it; and a
    # channel's own link-reading setting.
    "store.link_cache.cached_page",
    "store.link_cache.keep_page",
    "store.link_cache.links_enabled",
    "store.link_cache.set_links",
    # Watched feeds: a channel's own bookkeeping, keyed by the channel or watch the caller
    # names; items are public feed entries.
    "store.feeds.add_watch",
    "store.feeds.watches_in",
    "store.feeds.remove_watch",
    "store.feeds.get_watch",
    "store.feeds.due_watches",
    "store.feeds.claim_poll",
    "store.feeds.claim_item",
    "store.feeds.mark_posted",
    "store.feeds.record_success",
    "store.feeds.record_failure",
    "store.feeds.stop_watch",
    # Writes to a record the caller already holds (so already could see), resolving no name.
    "store.records.audit",
    "store.records.set_commitment_status",
    "store.records.flag_for_review",
    "store.records.add_project_update",
    "store.records.add_milestone",
    "store.records.add_claim",
    # A new initiative names no other record; its name must be unique across everything,
    # which the database enforces whoever is looking.
    "store.records.create_initiative",
    # Demo and benchmark data loaded by the operator: public records, named by the seed.
    "store.seed.seed_demo",
    "store.seed.seed_synthetic",
    "store.seed.seed_synthetic_week",
    "store.seed.pg_rebuilt_objects",  # the schema's own keys and indexes, no record
}


def _takes_session(fn: Callable[..., Any]) -> bool:
    # A Session, or store.db.Executor (a Session or a Core connection): the rule is the same.
    return any(
        "Session" in str(p.annotation) or "Executor" in str(p.annotation)
        for p in inspect.signature(fn).parameters.values()
    )


def store_functions() -> Iterator[tuple[str, Callable[..., Any]]]:
    """(qualified name, function) of every public store function that takes a Session."""
    for info in pkgutil.walk_packages(store.__path__, prefix="store."):
        if info.name in SKIPPED_MODULES or info.name.startswith("store.migrations"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj) or obj.__module__ != module.__name__:
                continue
            if _takes_session(obj):
                yield f"{module.__name__}.{name}", obj


def problems(functions: Iterable[tuple[str, Callable[..., Any]]]) -> list[str]:
    """What is wrong with each function's `audience`, per the rule."""
    wrong = []
    for qualified, fn in functions:
        audience = inspect.signature(fn).parameters.get("audience")
        if audience is None:
            if qualified not in NEEDS_NO_AUDIENCE:
                wrong.append(f"{qualified}: no `audience` (add `*, audience: Audience`, or list it here)")
        elif audience.kind is not inspect.Parameter.KEYWORD_ONLY:
            wrong.append(f"{qualified}: `audience` must be keyword-only")
        elif audience.default is not inspect.Parameter.empty:
            wrong.append(f"{qualified}: `audience` must have no default")
        elif qualified in NEEDS_NO_AUDIENCE:
            wrong.append(f"{qualified}: takes an audience, so it leaves NEEDS_NO_AUDIENCE")
    return wrong


def test_every_store_function_with_a_session_takes_a_required_keyword_audience() -> None:
    assert problems(store_functions()) == []


def test_the_allow_list_names_only_functions_that_exist() -> None:
    found = {qualified for qualified, _fn in store_functions()}
    assert NEEDS_NO_AUDIENCE - found == set()


def _forgetful(session: Session, name: str) -> None: ...
def _positional(session: Session, audience: Audience) -> None: ...
def _defaulted(session: Session, *, audience: Audience = EVERYTHING) -> None: ...
def _right(session: Session, name: str, *, audience: Audience) -> None: ...


def test_the_rule_catches_each_way_of_forgetting_the_audience() -> None:
    candidates = [(f"store.fake.{fn.__name__}", fn) for fn in (_forgetful, _positional, _defaulted, _right)]
    assert all(_takes_session(fn) for _name, fn in candidates)
    assert [line.split(":")[0] for line in problems(candidates)] == [
        "store.fake._forgetful",
        "store.fake._positional",
        "store.fake._defaulted",
    ]
    assert problems([("store.drafts.drafts_for", _forgetful)]) == []  # listed, with its reason
