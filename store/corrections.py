"""Corrections: what people changed in Edit on a draft the extractor made, and how often.

Each save of the card's Edit form on a commitment draft compares the person's values with
the extractor's, field by field, and keeps the fields that differ in the audit log (action
`correct`, entity `draft`, one row per save that changes what differs):

    before = {"fields": {field: the extractor's value}}
    after  = {"fields": {field: the person's value}, "channel": ..., "private": ...,
              "commitment_id": ...}

Each row holds every field that differs from the extractor at that moment (not only the
ones changed in that save), so a draft's latest row says which fields people corrected and
a field set back to what the extractor read stops counting. Values are compared in one
canonical form (a country as its code, an amount to the cent, names as the store spells
them), so retyping "Japan" for "JP" is no correction. `corrections_report` counts them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from store import drafts as draft_store
from store import names, vocab
from store.models import AuditLog, Draft, DraftState, Initiative, Project
from store.records import NotFound
from store.visibility import Audience

ACTION = "correct"
ENTITY = "draft"

# The fields the confirm card shows and Edit can change, in the card's order.
FIELDS = (
    "actor",
    "actor_country",
    "counterparty",
    "instrument",
    "amount",
    "currency",
    "amount_is_ceiling",
    "quantity",
    "quantity_unit",
    "minerals",
    "project",
    "initiative",
    "status",
    "announced_on",
    "source_url",
)
LABELS = {
    "actor": "actor",
    "actor_country": "actor's country",
    "counterparty": "counterparty",
    "instrument": "instrument",
    "amount": "amount",
    "currency": "currency",
    "amount_is_ceiling": "“up to” flag",
    "quantity": "quantity",
    "quantity_unit": "quantity unit",
    "minerals": "minerals",
    "project": "project",
    "initiative": "initiative",
    "status": "status",
    "announced_on": "announcement date",
    "source_url": "source link",
}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    try:
        number = Decimal(text).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return text
    return format(number.normalize(), "f") if number else "0"


def _lenient(normalize: Any, value: Any, default: str | None = None) -> str | None:
    text = _text(value)
    if text is None:
        return default
    try:
        return str(normalize(text))
    except ValueError:
        return text


def _country(value: Any) -> str | None:
    text = _text(value)
    return (vocab.country_code(text) or text) if text else None


def _minerals(value: Any) -> list[str]:
    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    return sorted({str(_lenient(vocab.normalize_mineral, m)) for m in items if _text(m)})


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "up to"}
    return bool(value)


def source_of(fields: Mapping[str, Any]) -> str | None:
    """A draft's source link: the one it holds (a link read, or typed in Edit), else the
    first web link of its message, as Log it would take it."""
    if "source_url" in fields:
        return _text(fields.get("source_url"))
    return draft_store.source_link(str(fields.get("statement") or ""))


def canonical(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The card's fields in one comparable, JSON-safe form; never raises on odd values."""
    actor = _text(fields.get("actor"))
    if actor:
        actor = vocab.country_code(actor) or actor
    own_country = actor if actor and names.is_country_code(actor) else None
    announced = _text(fields.get("announced_on"))
    currency = _text(fields.get("currency"))
    return {
        "actor": actor,
        # A country acts for itself (the store keeps it so, whatever the form said).
        "actor_country": own_country or _country(fields.get("actor_country")),
        "counterparty": _text(fields.get("counterparty")),
        "instrument": _lenient(vocab.normalize_instrument, fields.get("instrument")),
        "amount": _number(fields.get("amount")),
        "currency": currency.upper() if currency else None,
        "amount_is_ceiling": _flag(fields.get("amount_is_ceiling")),
        "quantity": _number(fields.get("quantity")),
        "quantity_unit": _text(fields.get("quantity_unit")),
        "minerals": _minerals(fields.get("minerals")),
        "project": _text(fields.get("project")),
        "initiative": _text(fields.get("initiative")),
        "status": _lenient(vocab.normalize_commitment_status, fields.get("status"), "announced"),
        "announced_on": announced[:10] if announced else None,
        "source_url": source_of(fields),
    }


def form_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """What the Edit form shows for a draft's fields: its source link, and for a country
    actor the country itself (plain values; the draft's own fields otherwise)."""
    out = dict(fields)
    out["source_url"] = source_of(fields)
    actor = _text(fields.get("actor"))
    if actor and not _text(fields.get("actor_country")) and names.is_country_code(actor):
        out["actor_country"] = actor
    return out


def _store_names(session: Session, values: dict[str, Any], *, audience: Audience) -> dict[str, Any]:
    """Project and initiative as the store spells them, among what the draft's channel sees."""
    with contextlib.suppress(NotFound):  # a name the store does not hold: as written
        if values.get("project"):
            values["project"] = names.resolve(session, Project, values["project"], audience=audience).name
    with contextlib.suppress(NotFound):
        if values.get("initiative"):
            values["initiative"] = names.resolve(
                session, Initiative, values["initiative"], audience=audience
            ).name
    return values


def latest_correction(session: Session, draft_id: int) -> AuditLog | None:
    """The last correction kept for a draft, if any."""
    return session.exec(
        select(AuditLog)
        .where(AuditLog.action == ACTION, AuditLog.entity_type == ENTITY, AuditLog.entity_id == draft_id)
        .order_by(col(AuditLog.id).desc())
    ).first()


def _fields_of(values: dict[str, Any] | None) -> dict[str, Any]:
    found = (values or {}).get("fields")
    return found if isinstance(found, dict) else {}


def extracted_values(session: Session, draft: Draft) -> dict[str, Any]:
    """What the extractor read for a draft, canonical, even after people edited it: the
    draft's fields with the extractor's values of the fields corrected so far put back."""
    audience = Audience(channel=draft.channel)
    values = _store_names(session, canonical(draft.fields), audience=audience)
    previous = latest_correction(session, draft.id or 0)
    if previous is not None:
        values.update({k: v for k, v in _fields_of(previous.before).items() if k in FIELDS})
    return values


def record_correction(
    session: Session,
    draft: Draft,
    *,
    extracted: dict[str, Any],
    person: Mapping[str, Any],
    user: str,
    now: datetime,
) -> AuditLog | None:
    """Keep which fields of `draft` now differ from what the extractor read (`extracted`,
    from `extracted_values` before the edit) in the audit log; None when there is nothing
    new to keep (no difference, or the same as the last correction, or not a commitment)."""
    if draft.kind != "commitment":
        return None
    mine = _store_names(session, canonical(person), audience=Audience(channel=draft.channel))
    changed = [f for f in FIELDS if mine[f] != extracted.get(f)]
    before = {f: extracted.get(f) for f in changed}
    after = {f: mine[f] for f in changed}
    previous = latest_correction(session, draft.id or 0)
    if previous is None and not changed:
        return None
    if previous is not None and (_fields_of(previous.before), _fields_of(previous.after)) == (before, after):
        return None
    row = AuditLog(
        at=now,
        actor=user,
        action=ACTION,
        entity_type=ENTITY,
        entity_id=draft.id,
        before={"fields": before},
        after={
            "fields": after,
            "channel": draft.channel,
            "private": draft.channel_private,
            "commitment_id": draft.commitment_id,
        },
        note=("corrected in Edit: " + ", ".join(changed)) if changed else "set back to what was read",
    )
    session.add(row)
    return row


# --- counting ----------------------------------------------------------------------------------


@dataclass
class Example:
    """One correction of one field, as a person made it."""

    draft_id: int
    before: Any
    after: Any
    at: datetime
    by: str | None
    channel: str


@dataclass
class FieldCorrections:
    name: str  # one of FIELDS
    label: str
    drafts: int = 0  # drafts whose latest correction holds this field
    share: float = 0.0  # of the extractor-made drafts logged
    examples: list[Example] = field(default_factory=list)
    private_examples_hidden: int = 0


@dataclass
class CorrectionsReport:
    since: date | None
    logged: int  # extractor-made commitment drafts logged (or logged and later undone)
    autologged: int  # of which logged by a channel's autolog, unseen by a person
    corrected: int  # of which a person corrected at least one field
    fields: list[FieldCorrections]  # most corrected first; fields never corrected last
    # The extractor's honest blind spot: an organisation it did not know came with no country.
    country_unknown: int = 0  # of the drafts logged, read with no actor's country
    country_filled: int = 0  # of those, given one in Edit (the rest were logged without one)
    # An organisation's country taken from the team's earlier records (store.learned_countries).
    country_from_records: int = 0  # of the drafts logged, came to the card so
    country_from_records_changed: int = 0  # of those, given another country in Edit


def corrections_report(
    session: Session, *, audience: Audience, since: date | None = None, examples: int = 3
) -> CorrectionsReport:
    """Which fields people correct most, over the extractor-made commitment drafts logged
    since `since`. Counts cover every draft (numbers only); example values come only from
    drafts `audience` may see (a private channel's are counted, never shown, unless the
    audience is that channel or everything)."""
    start = datetime.combine(since, datetime.min.time()).replace(tzinfo=UTC) if since else None
    logged_stmt = select(Draft.id, Draft.confirmed_by, Draft.fields).where(
        Draft.kind == "commitment",
        col(Draft.state).in_((DraftState.LOGGED, DraftState.UNDONE)),
        col(Draft.confirmed_at).is_not(None),
    )
    if start is not None:
        logged_stmt = logged_stmt.where(col(Draft.confirmed_at) >= start)
    logged: dict[int, str | None] = {}
    fields_now: dict[int, dict[str, Any]] = {}  # as logged, after any Edit
    for i, by, fields in session.exec(logged_stmt).all():
        if i is not None:
            logged[int(i)], fields_now[int(i)] = by, dict(fields or {})
    latest_ids = (
        select(func.max(AuditLog.id))
        .where(AuditLog.action == ACTION, AuditLog.entity_type == ENTITY)
        .group_by(col(AuditLog.entity_id))
    )
    rows = session.exec(
        select(AuditLog, Draft)
        .join(Draft, col(Draft.id) == AuditLog.entity_id)
        .where(col(AuditLog.id).in_(latest_ids))
        .order_by(col(AuditLog.at).desc(), col(AuditLog.id).desc())
    ).all()
    by_field = {f: FieldCorrections(f, LABELS[f]) for f in FIELDS}
    corrected = 0
    read_as: dict[int, dict[str, Any]] = {}  # a corrected draft's fields as the extractor read them
    for row, draft in rows:
        if draft.id not in logged:
            continue
        fields_after = _fields_of(row.after)
        fields_before = _fields_of(row.before)
        read_as[draft.id] = {**fields_now[draft.id], **fields_before}
        changed = [f for f in FIELDS if f in fields_after]
        corrected += bool(changed)
        visible = audience.everything or not draft.channel_private or draft.channel == audience.channel
        for f in changed:
            entry = by_field[f]
            entry.drafts += 1
            if not visible:
                entry.private_examples_hidden += 1
            elif len(entry.examples) < examples:
                entry.examples.append(
                    Example(
                        draft.id or 0, fields_before.get(f), fields_after[f], row.at, row.actor, draft.channel
                    )
                )
    total = len(logged)
    for entry in by_field.values():
        entry.share = entry.drafts / total if total else 0.0
    ordered = sorted(by_field.values(), key=lambda e: (-e.drafts, FIELDS.index(e.name)))
    unknown = filled = from_records = from_records_changed = 0
    for draft_id, now_fields in fields_now.items():
        if "country_from_records" in now_fields:  # False once a person chose another country
            from_records += 1
            from_records_changed += not now_fields["country_from_records"]
            continue
        # canonical(): a country as the actor is its own country, so "JP" is never unknown.
        if canonical(read_as.get(draft_id, now_fields))["actor_country"] is None:
            unknown += 1
            filled += canonical(now_fields)["actor_country"] is not None
    return CorrectionsReport(
        since=since,
        logged=total,
        autologged=sum(1 for by in logged.values() if by == draft_store.AUTOLOG_USER),
        corrected=corrected,
        fields=ordered,
        country_unknown=unknown,
        country_filled=filled,
        country_from_records=from_records,
        country_from_records_changed=from_records_changed,
    )
