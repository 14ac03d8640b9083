"""Proposed commitments read from messages: claims that make them happen once, and their life.

A draft moves pending -> logged | dismissed | withdrawn (source deleted) and logged -> undone.
Every transition is one conditional UPDATE (`... WHERE state IN (...)`), so a double click,
a second replica or an edit of the source landing between two writes loses cleanly instead
of logging twice or overwriting what the other wrote. Times are passed in (`now`).
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import (
    ARRAY,
    Integer,
    String,
    and_,
    any_,
    bindparam,
    column,
    delete,
    insert,
    literal_column,
    or_,
    text,
    true,
    update,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select as sql_select
from sqlalchemy.orm import configure_mappers, make_transient_to_detached
from sqlmodel import Session, col, select

from store import data_version, inbox, names, records
from store.db import DriverReads, Executor, core, insert_if_new, plain_rows, table_of
from store.models import (
    ChannelSetting,
    Commitment,
    Draft,
    DraftState,
    FxRate,
    InboxItem,
    Initiative,
    ProcessedEvent,
    Project,
)
from store.schemas import CommitmentIn
from store.visibility import Audience

UNDO_WINDOW = timedelta(days=1)
AUTOLOG_USER = "autolog"  # confirmed_by of records a channel's autolog logged
CARD_RECOVERY_AFTER = timedelta(seconds=60)  # a claimed card never posted may be retried then
DUPLICATE_WINDOW = timedelta(days=180)
DUPLICATE_AMOUNT_TOLERANCE = Decimal("0.05")  # "C$150m" and "about C$152 million" are the same news


def claim(session: Session, key: str, *, now: datetime) -> bool:
    """Record that `key` (an event id, a source message) is being handled; False if it was."""
    return insert_if_new(session, ProcessedEvent, "key", key=key[:200], at=now) is not None


def claim_event_and_source(
    session: Session, event_key: str, source: str, *, now: datetime
) -> tuple[bool, bool]:
    """`claim(f"event:{event_key}")` and, only if that succeeded, `claim(f"source:{source}")`,
    in one INSERT of both rows: (event claimed, source claimed)."""
    claimed = claim_message(session, event_key, source, now=now)
    return claimed.event, claimed.source


@dataclass(frozen=True)
class Claimed:
    """What `claim_message` claimed, and whether it marked the inbox item done."""

    event: bool  # the event was new
    source: bool  # the message was new (and the event was)
    item_finished: bool | None = None  # inbox.finish's answer; None when no item was asked


def claim_message(
    session: Executor,
    event_key: str,
    source: str,
    *,
    now: datetime,
    finishing: tuple[int, str] | None = None,
) -> Claimed:
    """As `claim_event_and_source`; with `finishing` (an inbox item's id and the worker that
    holds it), that item is also marked done in this transaction, as `inbox.finish` would.
    On PostgreSQL both ride in one statement (the claim INSERT with the inbox UPDATE as a
    data-modifying WITH): a round trip and a statement's CPU fewer on every message."""
    keys = {"event": f"event:{event_key}"[:200], "source": f"source:{source}"[:200]}
    conn = core(session)
    finished: bool | None = None
    if finishing is None:
        claimed = set(conn.execute(_CLAIM_TWO, {**keys, "at": now}).scalars())
    elif conn.dialect.name == "postgresql":
        item_id, worker = finishing
        params = {**keys, "at": now, "item_id": item_id, "worker": worker[:120]}
        rows = list(conn.execute(_CLAIM_TWO_FINISHING, params).scalars())
        claimed, finished = {key for key in rows if key is not None}, None in rows
    else:  # SQLite writes no tables from a WITH: two statements
        claimed = set(conn.execute(_CLAIM_TWO, {**keys, "at": now}).scalars())
        item_id, worker = finishing
        finished = inbox.finish(conn, item_id, worker=worker, now=now)
    event_new, source_new = keys["event"] in claimed, keys["source"] in claimed
    if source_new and not event_new:  # a redelivery: its source stays unclaimed, as claim() leaves it
        conn.execute(_UNCLAIM, {"key": keys["source"]})
        source_new = False
    return Claimed(event_new, source_new, finished)


_CLAIM_TWO_SQL = 'INSERT INTO {table} ("key", at) VALUES (:event, :at), (:source, :at) ON CONFLICT DO NOTHING'


def _claim_two_statement() -> Any:
    # What every message's first write sends. Spelled out, not `insert().values([row, row])`:
    # SQLAlchemy never caches a multi-row VALUES, so that form was compiled anew for every
    # message (a fifth of a millisecond). A text statement is compiled once; the same SQL on
    # SQLite and PostgreSQL, its parameters typed as the columns are (timestamps stored alike).
    table = table_of(ProcessedEvent)
    return (
        text(_CLAIM_TWO_SQL.format(table=table.name) + ' RETURNING "key"')
        .bindparams(
            bindparam("event", type_=table.c.key.type),
            bindparam("source", type_=table.c.key.type),
            bindparam("at", type_=table.c.at.type),
        )
        .columns(table.c.key)
    )


def _claim_two_finishing_statement() -> Any:
    # PostgreSQL only: the claim, and inbox.finish's UPDATE as a data-modifying WITH; one row
    # per key claimed, and a NULL row when the item was marked done.
    table, items = table_of(ProcessedEvent), table_of(InboxItem)
    return (
        text(
            f"WITH finished AS (UPDATE {items.name} SET state = 'done', finished_at = :at, "
            "claimed_until = NULL, last_error = NULL "
            "WHERE id = :item_id AND state = 'pending' AND claimed_by = :worker RETURNING id), "
            f'claimed AS ({_CLAIM_TWO_SQL.format(table=table.name)} RETURNING "key") '
            'SELECT "key" FROM claimed UNION ALL SELECT NULL FROM finished'
        )
        .bindparams(
            bindparam("event", type_=table.c.key.type),
            bindparam("source", type_=table.c.key.type),
            bindparam("at", type_=table.c.at.type),
            bindparam("item_id", type_=items.c.id.type),
            bindparam("worker", type_=items.c.claimed_by.type),
        )
        .columns(table.c.key)
    )


_CLAIM_TWO = _claim_two_statement()
_CLAIM_TWO_FINISHING = _claim_two_finishing_statement()
_UNCLAIM = delete(table_of(ProcessedEvent)).where(table_of(ProcessedEvent).c.key == bindparam("key"))


def source_key(channel: str, ts: str) -> str:
    return f"{channel}:{ts}"


def create_drafts(
    session: Session,
    *,
    source_message: str,
    channel: str,
    private: bool,
    author: str | None,
    items: list[tuple[str, dict[str, Any]]],
    now: datetime,
) -> list[Draft]:
    """One draft per (kind, fields) item, numbered in message order."""
    drafts = []
    for row in _draft_rows(source_message, channel, private, author, items, now):
        # A Core INSERT on the session's connection (no unit-of-work flush, nor the ORM's
        # execution path) returning only the new id: the row is what was sent (its fields
        # JSON-ready, its times `now`), and reading back all 19 columns cost psycopg a column
        # description and a JSON parse each.
        drafts.append(_attached(session, core(session).execute(_INSERT_DRAFT, row).scalar_one(), row))
    return drafts


def _draft_rows(
    source_message: str,
    channel: str,
    private: bool,
    author: str | None,
    items: list[tuple[str, dict[str, Any]]],
    now: datetime,
) -> list[dict[str, Any]]:
    return [
        {
            "source_message": source_message,
            "position": position,
            "kind": kind,
            "state": DraftState.PENDING.value,
            "fields": _jsonable(fields),
            "channel": channel,
            "channel_private": private,
            "author": author,
            "created_at": now,
            "updated_at": now,
        }
        for position, (kind, fields) in enumerate(items)
    ]


def _attached(session: Session | DriverReads, draft_id: int, row: dict[str, Any]) -> Draft:
    """The draft stored as `row` under `draft_id`, made as a query loads one (SQLModel's
    __init__ cost 0.1 ms of CPU a draft) and attached to the session, so callers may expire
    or change it like any other; detached, with every column loaded, on a `DriverReads`."""
    if not _DRAFT_MAPPER.configured:  # a query configures the mappers; a process may write first
        configure_mappers()
    draft: Draft = _DRAFTS.new_instance()
    draft.__dict__.update(_UNSET_COLUMNS, id=draft_id, **row)
    make_transient_to_detached(draft)
    if not isinstance(session, DriverReads):
        session.add(draft)
    return draft


_INSERT_DRAFT = insert(table_of(Draft)).returning(table_of(Draft).c.id)
# The columns a new draft leaves to their defaults (create_drafts sends every other one).
_UNSET_COLUMNS = {"card_ts": None, "commitment_id": None, "confirmed_by": None, "confirmed_at": None}
_DRAFT_COLUMNS = (  # what _draft_rows sends, in its order
    "source_message",
    "position",
    "kind",
    "state",
    "fields",
    "channel",
    "channel_private",
    "author",
    "created_at",
    "updated_at",
)
_DRAFT_MAPPER = sa_inspect(Draft)
_DRAFTS = _DRAFT_MAPPER.class_manager  # builds instances without __init__, as loading does


def claim_and_create(
    session: Session | DriverReads,
    event_key: str,
    source: str,
    *,
    channel: str,
    private: bool,
    author: str | None,
    items: list[tuple[str, dict[str, Any]]],
    now: datetime,
    finishing: tuple[int, str] | None = None,
) -> tuple[Claimed, list[Draft]]:
    """PostgreSQL: `claim_message` and, when the event and the message were both new,
    `create_drafts`, in one statement (data-modifying WITHs, each INSERT conditional on the
    one before it). One statement is atomic by itself: the message's writes need no
    transaction around them (no BEGIN and COMMIT), and a redelivery's second claim writes
    nothing, so none is undone. (The claim, the drafts, and the drafts empty when it was not.)
    On `driver_autocommit`'s cursor the drafts come back detached (no session holds them)."""
    rows = _draft_rows(source, channel, private, author, items, now)
    params: dict[str, Any] = {
        "event": f"event:{event_key}"[:200],
        "source": f"source:{source}"[:200],
        "at": now,
    }
    if finishing is not None:
        params.update(item_id=finishing[0], worker=finishing[1][:120])
    for position, row in enumerate(rows):
        params.update({f"{column}_{position}": value for column, value in row.items()})
    stmt = _claim_and_create_statement(len(rows), finishing is not None)
    answers = plain_rows(session, stmt, params)
    done = {what for what, _id, _position in answers}
    claimed = Claimed("event" in done, "source" in done, "finished" in done if finishing else None)
    ids = {position: draft_id for what, draft_id, position in answers if what == "draft"}
    if not claimed.source:
        return claimed, []
    return claimed, [_attached(session, ids[position], row) for position, row in enumerate(rows)]


@lru_cache(maxsize=32)
def _claim_and_create_statement(drafts: int, finishing: bool) -> Any:
    # Built once per number of drafts: a text statement, its parameters typed as the columns
    # (so psycopg sends them cast as SQLAlchemy's own INSERTs do), compiled once.
    claims, items, table = table_of(ProcessedEvent), table_of(InboxItem), table_of(Draft)
    params = [
        bindparam("event", type_=claims.c.key.type),
        bindparam("source", type_=claims.c.key.type),
        bindparam("at", type_=claims.c.at.type),
    ]
    parts = []
    answers = []
    if finishing:
        parts.append(
            f"finished AS (UPDATE {items.name} SET state = 'done', finished_at = :at, "
            "claimed_until = NULL, last_error = NULL "
            "WHERE id = :item_id AND state = 'pending' AND claimed_by = :worker RETURNING id)"
        )
        params += [
            bindparam("item_id", type_=items.c.id.type),
            bindparam("worker", type_=items.c.claimed_by.type),
        ]
        answers.append("SELECT 'finished', NULL::integer, NULL::integer FROM finished")
    parts += [
        f'event AS (INSERT INTO {claims.name} ("key", at) VALUES (:event, :at) '
        'ON CONFLICT DO NOTHING RETURNING "key")',
        # The message is claimed only by the event that is new: a redelivery claims nothing.
        f'source AS (INSERT INTO {claims.name} ("key", at) SELECT :source, :at '
        'WHERE EXISTS (SELECT 1 FROM event) ON CONFLICT DO NOTHING RETURNING "key")',
    ]
    answers += [
        "SELECT 'event', NULL::integer, NULL::integer FROM event",
        "SELECT 'source', NULL, NULL FROM source",
    ]
    if drafts:
        values = ", ".join(
            "(" + ", ".join(f":{column}_{position}" for column in _DRAFT_COLUMNS) + ")"
            for position in range(drafts)
        )
        columns = ", ".join(_DRAFT_COLUMNS)
        parts.append(
            f"drafts AS (INSERT INTO {table.name} ({columns}) SELECT * FROM (VALUES {values}) AS new_drafts "
            "WHERE EXISTS (SELECT 1 FROM source) RETURNING id, position)"
        )
        params += [
            bindparam(f"{column}_{position}", type_=table.c[column].type)
            for position in range(drafts)
            for column in _DRAFT_COLUMNS
        ]
        answers.append("SELECT 'draft', id, position FROM drafts")
    sql = f"WITH {', '.join(parts)} {' UNION ALL '.join(answers)}"
    return (
        text(sql)
        .bindparams(*params)
        .columns(column("what", String), column("id", Integer), column("position", Integer))
    )


def _jsonable(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in fields.items():
        if isinstance(v, Decimal):
            out[k] = str(v)
        elif hasattr(v, "isoformat"):
            out[k] = v.isoformat()
        else:
            out[k] = v
    return out


def get_draft(session: Session, draft_id: int) -> Draft | None:
    return session.get(Draft, draft_id)


def drafts_for(session: Session, source_message: str) -> list[Draft]:
    return list(
        session.exec(
            select(Draft).where(Draft.source_message == source_message).order_by(col(Draft.position))
        ).all()
    )


def set_card(
    session: Executor | DriverReads, draft_ids: list[int], card_ts: str, *, now: datetime
) -> list[tuple[str, dict[str, Any]] | None]:
    """Record the card the drafts are shown on (one UPDATE, none of them read first), and
    return each draft's (state, fields) as that UPDATE left it, in the order of `draft_ids`
    (None for one that is gone). The UPDATE waits for any click writing the same rows, so
    a click either committed before it (and its state is returned here) or comes after it
    and sees `card_ts` (and redraws the card itself)."""
    if not draft_ids:
        return []
    values = {"new_card_ts": card_ts, "now": now}
    if len(draft_ids) == 1:  # the usual card: `id = ?`, no IN list to expand per call
        one = {**values, "draft_id": draft_ids[0]}
        rows: Sequence[Any]
        if isinstance(session, DriverReads):
            rows = session.rows(_SET_CARD_ONE, one)
        else:
            rows = session.execute(_SET_CARD_ONE, one).all()
    elif isinstance(session, DriverReads):
        if session.dialect.name != "postgresql":
            raise TypeError("on SQLite a card of several drafts is recorded on a Connection (an IN list)")
        # An array bound once, not an IN list expanded per call: the driver's cursor takes it.
        rows = session.rows(_SET_CARD_ANY, {**values, "draft_ids": list(draft_ids)})
    else:
        rows = session.execute(_SET_CARD_MANY, {**values, "draft_ids": draft_ids}).all()
    found = {draft_id: (state, fields) for draft_id, state, fields in rows}
    return [found.get(i) for i in draft_ids]


def _set_card_statement(where: Any) -> Any:
    # Core, built once: no ORM bookkeeping for rows this session never loaded.
    table = table_of(Draft)
    return (
        update(table)
        .where(where)
        .values(card_ts=bindparam("new_card_ts"), updated_at=bindparam("now"))
        .returning(table.c.id, table.c.state, table.c.fields)
    )


_SET_CARD_ONE = _set_card_statement(table_of(Draft).c.id == bindparam("draft_id"))
_SET_CARD_MANY = _set_card_statement(table_of(Draft).c.id.in_(bindparam("draft_ids", expanding=True)))
_SET_CARD_ANY = _set_card_statement(  # PostgreSQL only
    table_of(Draft).c.id == any_(bindparam("draft_ids", type_=ARRAY(Integer)))
)


def take_over_unposted(session: Session, source_message: str, now: datetime) -> list[Draft]:
    """Drafts whose card was claimed but never posted (a crash, Slack down): a retry may
    post it. The take-over moves `updated_at`, so of two concurrent retries only one wins
    (and another may try again only after CARD_RECOVERY_AFTER)."""
    result = session.execute(
        update(Draft)
        .where(
            col(Draft.source_message) == source_message,
            col(Draft.card_ts).is_(None),
            col(Draft.updated_at) < now - CARD_RECOVERY_AFTER,
        )
        .values(updated_at=now)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return []
    return drafts_for(session, source_message)


def _transition(
    session: Session, draft_id: int, from_states: tuple[DraftState, ...], *, now: datetime, **values: Any
) -> Draft | None:
    """Change one draft if it is still in one of `from_states`; None if it was not."""
    result = session.execute(
        update(Draft)
        .where(col(Draft.id) == draft_id, col(Draft.state).in_(from_states))
        .values(updated_at=now, **values)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return None
    session.expire_all()
    return session.get(Draft, draft_id)


@dataclass
class Logged:
    draft: Draft
    commitment: Commitment | None


_SLACK_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|[^>]*)?>")
_BARE_LINK = re.compile(r"(?<![<|])\bhttps?://[^\s<>|]+")


def source_link(text: str) -> str | None:
    """The first web link in a message (Slack writes them <https://...|label>), not a Slack one."""
    for found in (*_SLACK_LINK.findall(text), *_BARE_LINK.findall(text)):
        url = str(found).rstrip(".,;:)")
        host = urlsplit(url).hostname or ""
        if host and not (host == "slack.com" or host.endswith(".slack.com")) and len(url) <= 2000:
            return url
    return None


def log_draft(
    session: Session,
    draft_id: int,
    *,
    user: str,
    permalink: str | None,
    audience: Audience,
    now: datetime,
    fields: dict[str, Any] | None = None,
) -> Logged | None:
    """Store a pending draft as a commitment (or project update, or claim); None if it is not
    pending. An undone draft logged again makes its withdrawn record live again.

    Project and initiative names resolve among what `audience` may see (the draft's channel)."""
    draft = _transition(
        session,
        draft_id,
        (DraftState.PENDING, DraftState.UNDONE),
        now=now,
        state=DraftState.LOGGED,
        confirmed_by=user,
        confirmed_at=now,
        **({"fields": _jsonable(fields)} if fields else {}),
    )
    if draft is None:
        return None
    if draft.commitment_id:  # undone before: the same record, live again
        again = session.get(Commitment, draft.commitment_id)
        if again is not None:
            status = str(draft.fields.get("status") or "announced")
            records.set_commitment_status(
                session, again, status, actor=user, action="relog", now=now, note="logged again from the card"
            )
            return Logged(draft, again)
    # The source is the news or ministry link the message gives (or the one Edit was given:
    # a link cleared there stays cleared); the Slack permalink says where it was logged (in
    # the audit log), and stays the source when there is no link.
    if "source_url" in draft.fields:
        cited = draft.fields["source_url"] or None
    else:
        cited = source_link(str(draft.fields.get("statement") or ""))
    provenance = {
        "source_url": cited or permalink,
        "source_channel": draft.channel,
        "source_private": draft.channel_private,
        "logged_by": draft.author or user,
        "confirmed_by": user,
        "source_message": draft.source_message,
    }
    if draft.kind == "project_update":
        project = names.resolve(session, Project, str(draft.fields.get("project")), audience=audience)
        records.add_project_update(
            session,
            project,
            actor=user,
            new_status=draft.fields.get("new_status"),
            note=draft.fields.get("statement"),
            provenance=provenance,
            now=now,
        )
        return Logged(draft, None)
    if draft.kind == "claim":  # a figure across many projects: what a source says, never summed
        named = str(draft.fields.get("initiative"))
        initiative = names.resolve(session, Initiative, named, audience=audience)
        records.add_claim(
            session,
            subject=initiative,
            attribute=str(draft.fields.get("attribute") or "mobilized_usd"),
            value=str(draft.fields.get("value") or "")[:400],
            actor=user,
            now=now,
            note=str(draft.fields.get("statement") or "")[:2000] or None,
            provenance=provenance,
        )
        return Logged(draft, None)
    data = CommitmentIn.model_validate(
        {k: v for k, v in draft.fields.items() if k in CommitmentIn.model_fields and v not in (None, "")}
    )
    joint = str(draft.fields.get("note") or "")[:500]  # "joint with Australia: the amount is stated once"
    commitment = records.create_commitment(
        session,
        data,
        actor=user,
        provenance=provenance,
        audience=audience,
        now=now,
        note="; ".join(n for n in (joint, f"logged from {permalink}" if permalink and cited else "") if n)
        or None,
    )
    session.flush()
    draft.commitment_id = commitment.id
    session.add(draft)
    return Logged(draft, commitment)


def dismiss(session: Session, draft_id: int, *, user: str, now: datetime) -> Draft | None:
    return _transition(
        session, draft_id, (DraftState.PENDING,), now=now, state=DraftState.DISMISSED, confirmed_by=user
    )


def may_change(draft: Draft, user: str, *, is_admin: bool) -> bool:
    """The message's author, the confirmer, or an admin may edit or undo."""
    return is_admin or user in (draft.author, draft.confirmed_by)


def may_undo(draft: Draft, user: str, *, is_admin: bool) -> bool:
    """The person who logged it, or an admin; what autolog logged, the message's author."""
    logged_by = draft.author if draft.confirmed_by == AUTOLOG_USER else draft.confirmed_by
    return is_admin or (bool(logged_by) and user == logged_by)


def undo(
    session: Session, draft_id: int, *, user: str, is_admin: bool, now: datetime
) -> tuple[Draft | None, str | None]:
    """(draft, None) when undone, else (None, why not). The commitment is kept, withdrawn."""
    draft = session.get(Draft, draft_id)
    if draft is None or draft.state != DraftState.LOGGED:
        return None, "That is not logged (any more)."
    if not may_undo(draft, user, is_admin=is_admin):
        return None, (
            "Only the person who logged it (for an automatic log, the message's author) "
            "or an admin can undo it."
        )
    if not is_admin and draft.confirmed_at and now - draft.confirmed_at > UNDO_WINDOW:
        return None, "Undo is possible for a day; ask an admin to withdraw it."
    draft = _transition(session, draft_id, (DraftState.LOGGED,), now=now, state=DraftState.UNDONE)
    if draft is None:
        return None, "That is not logged (any more)."
    if draft.commitment_id:
        commitment = session.get(Commitment, draft.commitment_id)
        if commitment is not None:
            records.set_commitment_status(
                session,
                commitment,
                "withdrawn",
                actor=user,
                action="undo",
                note="undone from the confirm card",
                now=now,
            )
    return draft, None


def update_pending_fields(
    session: Session, draft_id: int, fields: dict[str, Any], *, now: datetime
) -> Draft | None:
    """New fields for a draft still pending; None if it was logged (or otherwise settled) first."""
    return _transition(session, draft_id, (DraftState.PENDING,), now=now, fields=_jsonable(fields))


def update_logged_fields(
    session: Session, draft_id: int, fields: dict[str, Any], *, now: datetime
) -> Draft | None:
    """The fields a logged draft's record was edited to; None if it is no longer logged."""
    return _transition(session, draft_id, (DraftState.LOGGED,), now=now, fields=_jsonable(fields))


def withdraw_pending(session: Session, source_message: str, *, now: datetime) -> list[Draft]:
    """The source message was deleted: pending drafts are withdrawn (kept, not deleted).

    Returns the drafts withdrawn; one logged in the meantime is left as it is."""
    withdrawn = session.execute(
        update(Draft)
        .where(col(Draft.source_message) == source_message, col(Draft.state) == DraftState.PENDING)
        .values(state=DraftState.WITHDRAWN, updated_at=now)
        .returning(col(Draft.id))
    ).scalars()
    return _reread(session, list(withdrawn))


@dataclass
class Replaced:
    updated: list[Draft]  # pending drafts given the fields read again
    withdrawn: list[Draft]  # pending drafts whose item the message no longer holds


def replace_pending(
    session: Session, source_message: str, items: list[tuple[str, dict[str, Any]]], *, now: datetime
) -> Replaced:
    """The source message was edited and read again into `items`: a pending draft whose
    position still holds an item of its kind takes the new fields, other pending drafts are
    withdrawn. Drafts that are not pending (a Log it click may land at any moment) are left
    as they are, and are not in the result."""
    updated = []
    for position, (kind, fields) in enumerate(items):
        changed = session.execute(
            update(Draft)
            .where(
                col(Draft.source_message) == source_message,
                col(Draft.position) == position,
                col(Draft.kind) == kind,
                col(Draft.state) == DraftState.PENDING,
            )
            .values(fields=_jsonable(fields), updated_at=now)
            .returning(col(Draft.id))
        ).scalars()
        updated += list(changed)
    still_there = [and_(col(Draft.position) == p, col(Draft.kind) == k) for p, (k, _f) in enumerate(items)]
    withdrawn = session.execute(
        update(Draft)
        .where(
            col(Draft.source_message) == source_message,
            col(Draft.state) == DraftState.PENDING,
            ~or_(*still_there) if still_there else true(),
        )
        .values(state=DraftState.WITHDRAWN, updated_at=now)
        .returning(col(Draft.id))
    ).scalars()
    withdrawn_ids = list(withdrawn)
    return Replaced(_reread(session, updated), _reread(session, withdrawn_ids))


def _reread(session: Session, draft_ids: list[int]) -> list[Draft]:
    if not draft_ids:
        return []
    session.expire_all()
    found = session.exec(select(Draft).where(col(Draft.id).in_(draft_ids)).order_by(col(Draft.position)))
    return list(found.all())


def flag_logged(session: Session, source_message: str, *, note: str, now: datetime) -> list[Draft]:
    """The source of logged records changed: flag them for review rather than change them."""
    flagged = []
    for d in drafts_for(session, source_message):
        if d.state == DraftState.LOGGED and d.commitment_id:
            commitment = session.get(Commitment, d.commitment_id)
            if commitment is not None and not commitment.needs_review:
                records.flag_for_review(session, commitment, actor="system", note=note, now=now)
            flagged.append(d)
    return flagged


def possible_duplicate(
    session: Session | DriverReads,
    fields: dict[str, Any],
    now: datetime,
    *,
    audience: Audience,
    project_id: int | None | Literal["look up"] = "look up",
) -> Any:
    """A live commitment (its row: the columns by name, or None) that `audience` may see and that
    looks like the same news: same actor, instrument and project, an amount in the same
    currency within a few percent, however the message worded it. `project_id`: the draft's
    project, when the caller has already looked its name up (None: no such project visible)."""
    actor, instrument = fields.get("actor"), fields.get("instrument")
    if not actor or not instrument:
        return None
    params: dict[str, Any] = {"actor": actor, "instrument": instrument, "since": now - DUPLICATE_WINDOW}
    amount = fields.get("amount")
    if amount not in (None, ""):
        value = Decimal(str(amount))
        low, high = value * (1 - DUPLICATE_AMOUNT_TOLERANCE), value * (1 + DUPLICATE_AMOUNT_TOLERANCE)
        params.update(low=min(low, high), high=max(low, high), currency=fields.get("currency"))
    project_name = fields.get("project")
    if project_name and project_id == "look up":
        project_id = names.named_id(session, Project, project_name, audience=audience)
    if project_name and isinstance(project_id, int):
        params["project_id"] = project_id
    stmt = _duplicate_statement(audience, "low" in params, "project_id" in params)
    if isinstance(session, DriverReads):  # plain tuples there: named as a Row's columns are
        rows = session.rows(stmt, params)
        return DuplicateRow(*rows[0]) if rows else None
    return session.execute(stmt, params).first()


# A commitment's row read on the driver's cursor, its columns by name as a Row's.
DuplicateRow: Any = namedtuple("DuplicateRow", [c.key for c in table_of(Commitment).columns])  # type: ignore[misc]


@lru_cache(maxsize=1024)
def _duplicate_statement(audience: Audience, by_amount: bool, by_project: bool) -> Any:
    """The duplicate check's SELECT for one audience and shape of question, built once (a
    bot has a few channels): the draft's values are bound parameters, so a message pays no
    statement building nor cache-key hashing. Core, on the table: its row reads as the
    record does (`.id`, `.actor`, ...) without the ORM's compile and load steps."""
    table = table_of(Commitment)
    c = table.c
    stmt = sql_select(table).where(
        c.actor == bindparam("actor"),
        c.instrument == bindparam("instrument"),
        c.status != "withdrawn",
        c.created_at >= bindparam("since"),
    )
    clause = audience.clause(table)
    if clause is not None:
        stmt = stmt.where(clause)
    if by_amount:
        stmt = stmt.where(
            c.amount.between(bindparam("low"), bindparam("high")),
            c.currency == bindparam("currency"),
        )
    if by_project:
        stmt = stmt.where(c.project_id == bindparam("project_id"))
    return stmt.order_by(c.id)  # no LIMIT: PostgreSQL would walk the id index


def autolog_enabled(session: Session | DriverReads, channel: str | None) -> bool:
    if not channel:  # no channel (a console or a malformed event): never autolog
        return False
    # A column, not the ChannelSetting object: asked of every message that is read.
    rows = plain_rows(session, _AUTOLOG, {"channel": channel})
    return bool(rows and rows[0][0])


_AUTOLOG = sql_select(table_of(ChannelSetting).c.autolog).where(
    table_of(ChannelSetting).c.channel == bindparam("channel")
)


@dataclass(frozen=True)
class FirstReads:
    """What a message's claim transaction reads first, in one statement (`first_reads`)."""

    version: tuple[str, int] | None  # the records' data version, as data_version.current
    autolog: bool  # as autolog_enabled
    rates: dict[str, tuple[Decimal, date] | None]  # currency -> its latest (usd_per_unit, as_of)
    projects: dict[str, int | None] = field(default_factory=dict)  # name -> as names.named_id
    # (actor, instrument) -> whether any live commitment `audience` may see has them within
    # the duplicate window: when not, `possible_duplicate` would find nothing for them.
    maybe_duplicates: dict[tuple[str, str], bool] = field(default_factory=dict)


def first_reads(
    session: Session | DriverReads,
    channel: str | None,
    currencies: tuple[str, ...] = (),
    projects: tuple[str, ...] = (),
    actors: tuple[tuple[str, str], ...] = (),
    *,
    audience: Audience,
    now: datetime | None = None,
) -> FirstReads:
    """The records' data version, the channel's autolog, the latest USD rate of each of
    `currencies`, the id of each of `projects` that `audience` may see (for the card,
    `draft_cards.drafts_on_card`) and, for each (actor, instrument) of `actors`, whether a
    duplicate of it is possible at `now` (FirstReads.maybe_duplicates), in one statement
    (on a `DriverReads` too: PostgreSQL's one-statement claim reads it on the driver's cursor)."""
    bind = session.engine if isinstance(session, DriverReads) else session.get_bind()
    params: dict[str, Any] = {"channel": channel or ""}
    params.update({f"currency_{i}": currency for i, currency in enumerate(currencies)})
    params.update({f"project_{i}": project for i, project in enumerate(projects)})
    if now is None:
        actors = ()  # no window to ask about
    elif actors:
        params["duplicate_since"] = now - DUPLICATE_WINDOW
    for i, (actor, instrument) in enumerate(actors):
        params.update({f"actor_{i}": actor, f"instrument_{i}": instrument})
    stmt = _first_reads(bind.dialect.name, len(currencies), len(projects), audience, len(actors))
    (row,) = plain_rows(session, stmt, params)
    latest = {
        currency: (row[3 + 2 * i], row[4 + 2 * i]) if row[3 + 2 * i] is not None else None
        for i, currency in enumerate(currencies)
    }
    ids = {project: row[3 + 2 * len(currencies) + i] for i, project in enumerate(projects)}
    after = 3 + 2 * len(currencies) + len(projects)
    maybe = {pair: bool(row[after + i]) for i, pair in enumerate(actors)}
    version = data_version.as_version(bind, row[0], row[2], row[-1])
    return FirstReads(version, bool(channel) and bool(row[1]), latest, ids, maybe)


# Per dialect, number of currencies, projects and actors (one each, nearly always), audience.
@lru_cache(maxsize=64)
def _first_reads(dialect: str, currencies: int, projects: int, audience: Audience, actors: int = 0) -> Any:
    # Core, on the tables (not the mapped classes): the ORM's compile and load steps on every
    # message cost more than the statement.
    version, unwritten, epoch = data_version.current_sql(dialect)
    settings, fx = table_of(ChannelSetting), table_of(FxRate)
    autolog = sql_select(settings.c.autolog).where(settings.c.channel == bindparam("channel"))
    columns: list[Any] = [literal_column(version), autolog.scalar_subquery(), literal_column(unwritten)]
    for i in range(currencies):
        # rates.latest_rate on the table: typed columns, so the rate is the same Decimal.
        latest = fx.select().where(fx.c.currency == bindparam(f"currency_{i}")).order_by(fx.c.as_of.desc())
        columns += [
            latest.with_only_columns(fx.c.usd_per_unit).limit(1).scalar_subquery(),
            latest.with_only_columns(fx.c.as_of).limit(1).scalar_subquery(),
        ]
    for i in range(projects):  # a statement fewer per proposed commitment with a project
        columns.append(names.named_id_select(Project, audience, bindparam(f"project_{i}")).scalar_subquery())
    for i in range(actors):  # the duplicate check's statement saved when it could find nothing
        columns.append(_maybe_duplicate(audience, i).exists())
    columns.append(literal_column(epoch))  # last: the columns above are read by position
    return sql_select(*columns)


def _maybe_duplicate(audience: Audience, i: int) -> Any:
    """The rows `possible_duplicate` narrows down for the `i`th (actor, instrument): the same
    actor and instrument, not withdrawn, within the window, visible to `audience`."""
    table = table_of(Commitment)
    c = table.c
    stmt = sql_select(c.id).where(
        c.actor == bindparam(f"actor_{i}"),
        c.instrument == bindparam(f"instrument_{i}"),
        c.status != "withdrawn",
        c.created_at >= bindparam("duplicate_since"),
    )
    clause = audience.clause(table)
    return stmt if clause is None else stmt.where(clause)


def set_autolog(session: Session, channel: str, enabled: bool, *, user: str, now: datetime) -> None:
    setting = session.get(ChannelSetting, channel) or ChannelSetting(channel=channel, updated_at=now)
    setting.autolog, setting.updated_by, setting.updated_at = enabled, user, now
    session.add(setting)
