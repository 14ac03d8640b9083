"""Rendered answers of read commands, kept per data version: a repeated question costs one
version read and a dict lookup instead of its queries and its Block Kit.

An answer is cached only when it is a pure function of its key: the command text exactly as
typed (cards show it back), the slash command and workspace, who is looking (the audience:
private-channel records appear only in their channel), today's date (relative filters,
"this week", deadlines) and the versions of the tables it reads (store/data_version.py:
`records` for commitments, projects, initiatives and their links, `notes` for updates,
milestones and claims, `lists` for follows, digest subscriptions and runs, and feed watches).
Only `following` depends on the user who asks: the user is in its key and in no other;
`digest list` shows each subscription's next run, so it is kept per minute of the clock,
not per day. Commands that read other tables (links, feeds), write, open a modal or answer
later (a Deferred) are never cached.

Each process keeps its own LRU, bounded by count and by an estimate of its size; the versions
are read from the database, so a write on any replica or worker invalidates every one. The
worker processes of one server (WEB_CONCURRENCY > 1) also share what they computed through a
file in memory on the host (store/host_cache.py), under the same key written out: one
worker's first reading of a card is the other's hit, as it would be in a single process.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import cast

from bot.core.services import Services
from handlers.router import CommandRequest, Outcome, Reply
from store import data_version
from store.host_cache import VersionsRead

# Subcommand (or subcommand and verb) -> the version scopes its answer reads. Left out on
# purpose: `links`, `feeds` (tables no version covers), `export` (deferred), every write
# (`watch <url>`, `digest subscribe`, ...). A `stats` answer deferred on a large store is not
# a Reply, so it is not kept.
RECORDS = "records"
NOTES = "notes"
LISTS = "lists"
SCOPES = (RECORDS, NOTES, LISTS)  # in the order data_version.current_all reads them
CACHED: dict[str, frozenset[str]] = {
    "help": frozenset(),  # settings and text only: no version read at all
    "projects": frozenset({RECORDS}),
    "commitments": frozenset({RECORDS}),
    # Its history is the audit log, written only with the commitment itself.
    "commitment": frozenset({RECORDS}),
    "stats": frozenset({RECORDS}),
    "project": frozenset({RECORDS, NOTES}),  # latest updates, claims
    "initiative": frozenset({RECORDS, NOTES}),  # milestones, claims
    "find": frozenset({RECORDS, NOTES}),  # updates are searched too
    "upcoming": frozenset({RECORDS, NOTES}),
    "ask": frozenset({RECORDS, NOTES}),  # "what changed" lists updates
    "following": frozenset({LISTS}),
    "watch list": frozenset({LISTS}),  # the channel's watches: the audience names the channel
    "digest list": frozenset({LISTS}),  # subscriptions with their latest run
}
PER_USER = frozenset({"following"})  # the asker's own follows
PER_MINUTE = frozenset({"digest list"})  # "next: Mon 09:00" changes as the clock passes it
# Subcommands whose read is one verb of a command that also writes.
LISTING_VERBS = frozenset({"watch list", "digest list"})
QUESTION = "ask"  # `/minerals <question>`: no subcommand, answered as `ask`


@dataclass
class _Entry:
    reply: Reply
    size: int


class AnswerCache:
    """A thread-safe LRU of Replies, bounded by count and approximate bytes of Block Kit."""

    def __init__(self, max_items: int, max_bytes: int) -> None:
        self.max_items = max_items
        self.max_bytes = max_bytes
        self.bytes = 0
        self.hits = self.misses = 0
        self._items: OrderedDict[Hashable, _Entry] = OrderedDict()
        # URL -> (database, the versions) last stored; the database is `url#epoch`
        self._versions: dict[str, tuple[str, tuple[int, ...]]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> Reply | None:
        with self._lock:
            entry = self._items.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
        # A list of its own: whoever acks may add to it; the blocks are never changed.
        return Reply(list(entry.reply.blocks), entry.reply.text)

    def put(
        self,
        key: Hashable,
        reply: Reply,
        versions: tuple[str, int, int, int] | None = None,
        *,
        json_chars: int | None = None,
    ) -> None:
        """Keep `reply` under `key`; `versions`, the database's current (database, records,
        notes, lists) versions, also drops what was kept for the versions they replaced.
        `json_chars`: the length of its JSON when the caller has it (else measured here)."""
        size = _approximate_size(reply) if json_chars is None else json_chars * PYTHON_BYTES_PER_JSON_CHAR
        if not self.max_items or size > self.max_bytes:
            return
        with self._lock:
            if versions is not None:
                self._forget_older(versions[0], versions[1:])
            old = self._items.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            self._items[key] = _Entry(Reply(list(reply.blocks), reply.text), size)
            self.bytes += size
            while len(self._items) > self.max_items or self.bytes > self.max_bytes:
                _key, dropped = self._items.popitem(last=False)
                self.bytes -= dropped.size

    def _forget_older(self, database: str, numbers: tuple[int, ...]) -> None:
        """Answers of a database's replaced versions, or of the database recreated since at
        its URL (another epoch), can never be asked for again (numbers are never reused within
        an epoch): they go at once rather than when the LRU reaches them."""
        url = data_version.url_of(database)
        if self._versions.get(url, (database, numbers)) != (database, numbers):
            for k in [k for k in self._items if _is_stale(k, url, database, numbers)]:
                self.bytes -= self._items.pop(k).size
        self._versions[url] = (database, numbers)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._versions.clear()
            self.bytes = self.hits = self.misses = 0


def _is_stale(key: Hashable, url: str, database: str, numbers: tuple[int, ...]) -> bool:
    if not isinstance(key, tuple) or not isinstance(key[0], str) or data_version.url_of(key[0]) != url:
        return False
    if key[0] != database:  # the database there before (another epoch)
        return True
    return any(kept not in (None, number) for kept, number in zip(key[1], numbers, strict=True))


# Bytes of Python dicts and strings per character of the answer's JSON: 2.0 to 4.2 measured
# (tracemalloc) on help, find, project, projects, commitments, initiative and upcoming answers.
PYTHON_BYTES_PER_JSON_CHAR = 4


def _approximate_size(reply: Reply) -> int:
    """About the memory the answer holds; counted once per miss, never per hit."""
    chars = len(reply.text) + len(json.dumps(reply.blocks, ensure_ascii=False, separators=(",", ":")))
    return chars * PYTHON_BYTES_PER_JSON_CHAR


_CACHE = AnswerCache(max_items=0, max_bytes=0)


def cache_for(services: Services) -> AnswerCache:
    """The process's cache, sized by the settings of the app that asks."""
    settings = services.settings
    _CACHE.max_items = settings.answer_cache_size
    _CACHE.max_bytes = int(settings.answer_cache_mb * 1_000_000)
    return _CACHE


def listing_name(subcommand: str, args: str) -> str | None:
    """`watch list`, `digest list`: the cached name of a listing verb of a command that also
    writes; None for its other verbs, which are never cached."""
    listing = f"{subcommand} {args.strip().lower()}"
    return listing if listing in LISTING_VERBS else None


def answered(services: Services, req: CommandRequest, name: str, compute: Callable[[], Outcome]) -> Outcome:
    """The answer of subcommand `name` (already routed): from the cache when its key is there,
    else computed, and kept when it is a Reply."""
    scopes = CACHED.get(name)
    cache = cache_for(services)
    if scopes is None or not cache.max_items:
        return compute()
    versions: tuple[str, int, int, int] | None = None
    if scopes:
        # Read before the records: an answer computed from newer records than these versions
        # is merely kept under an older key no new reader asks for, never served stale.
        versions = data_version.current_all_now(services.engine)
        if versions is None:  # a store without its version rows, or mid-write: no caching
            return compute()
    # Only the versions of what the answer reads: a new update leaves the lists cached.
    numbers = versions[1:] if versions else (None, None, None)
    read = cast(
        VersionsRead, tuple(n if scope in scopes else None for n, scope in zip(numbers, SCOPES, strict=True))
    )
    now = services.clock()
    key = (
        versions[0] if versions else "",
        read,
        services.settings.slash_command,
        req.command,
        req.team_id,
        req.audience,
        now.replace(second=0, microsecond=0) if name in PER_MINUTE else now.date(),
        req.user_id if name in PER_USER else "",
        name,
        req.text,
    )
    found = cache.get(key)
    if found is not None:
        return found
    shared = services.shared_answers
    if shared is None:
        outcome = compute()
        if isinstance(outcome, Reply) and outcome.keep:
            cache.put(key, outcome, versions)
        return outcome
    shared_key = repr(key)  # its parts (str, int, None, date, Audience) write out alike in every worker
    kept = shared.get(shared_key)
    if kept is not None:
        found = _reply_from_json(kept)
        cache.put(key, found, versions, json_chars=len(kept))
        return found
    outcome = compute()
    if isinstance(outcome, Reply) and outcome.keep:
        written = _reply_to_json(outcome)
        cache.put(key, outcome, versions, json_chars=len(written))
        current = versions[1:] if versions else None
        # Written by the writer thread: this answer never waits for another worker's write.
        shared.put_later(shared_key, written, database=key[0], read=read, current=current)
    return outcome


def _reply_to_json(reply: Reply) -> str:
    return json.dumps([reply.text, reply.blocks], ensure_ascii=False, separators=(",", ":"))


def _reply_from_json(kept: str) -> Reply:
    text, blocks = json.loads(kept)
    return Reply(blocks, text)
