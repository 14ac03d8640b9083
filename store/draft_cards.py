"""What the confirm card shows of each draft, and the card's writes beyond a click.

The card is drawn from plain values (`DraftOnCard`) read here, so its builder
(`bot.blockkit.confirm_card`) needs no session. Every read takes the card's audience: a
possible duplicate or a project in another private channel is never named on the card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from sqlalchemy import Row
from sqlmodel import Session

from store import corrections, names, records
from store import drafts as draft_store
from store.db import DriverReads
from store.models import Commitment, Draft, DraftState, Initiative, Project
from store.rates import usd_at, usd_estimate
from store.schemas import CommitmentIn
from store.visibility import Audience

AUTOLOG_USER = draft_store.AUTOLOG_USER
EDIT_FORBIDDEN = "Only the message's author, the person who logged it, or an admin can change it."


@dataclass
class DraftOnCard:
    """What the card shows of one draft (plain values)."""

    draft_id: int
    kind: str  # commitment | project_update
    state: str  # pending | logged | dismissed | withdrawn | undone
    fields: dict[str, Any]
    usd_estimate: Decimal | None = None
    usd_rate_date: date | None = None
    project_known: bool = False
    duplicate_of: int | None = None
    duplicate_link: str | None = None
    duplicate_summary: dict[str, Any] | None = None  # who, what, how much, when (plain values)
    commitment_id: int | None = None
    confirmed_by: str | None = None
    needs_review: bool = False
    autologged: bool = False
    undoable: bool = True  # someone besides an admin may undo it (autolog with a known author)
    autolog_held: str | None = None  # why the channel's autolog left it for a person


# Fields the reader guessed rather than read. Autolog logs what nobody sees, so a draft with
# one waits for a person. A ceiling ("up to") is read, not guessed, and the record says so.
AUTOLOG_HOLDS = (
    ("currency_inferred", "the currency was inferred from the actor's country"),
    ("project_candidates", "the project is unclear (Edit… offers the close matches)"),
)


def autolog_hold(fields: dict[str, Any]) -> str | None:
    """Why autolog leaves a commitment draft for a person to check, or None."""
    return "; ".join(why for flag, why in AUTOLOG_HOLDS if fields.get(flag)) or None


def drafts_on_card(
    session: Session | DriverReads,
    drafts: list[Draft],
    *,
    now: datetime,
    audience: Audience,
    rates_read: Mapping[str, tuple[Decimal, date] | None] | None = None,
    projects_read: Mapping[str, int | None] | None = None,
    maybe_duplicates: Mapping[tuple[str, str], bool] | None = None,
) -> list[DraftOnCard]:
    """What the card shows for each draft: USD estimate, known project, duplicates, and why
    autolog (when the channel has it on) left a draft for a person. `rates_read`: latest
    USD rates already read in this transaction (drafts.first_reads), by currency;
    `projects_read`: the ids of projects it read for `audience`, by name;
    `maybe_duplicates`: whether a duplicate is possible, by (actor, instrument), as read
    since the last commitment this transaction wrote (False: the check is skipped).
    On a `DriverReads` (new drafts just stored, on the driver's cursor), `rates_read` and
    `projects_read` must hold every currency and project the drafts name."""
    out = []
    autolog_on: dict[str, bool] = {}  # asked only of a card with a held draft
    for d in drafts:
        f = d.fields
        v = DraftOnCard(
            draft_id=d.id or 0,
            kind=d.kind,
            state=d.state,
            fields=f,
            commitment_id=d.commitment_id,
            confirmed_by=d.confirmed_by,
        )
        if d.kind == "commitment":
            if f.get("amount") not in (None, "") and f.get("currency"):
                amount, currency = Decimal(str(f["amount"])), f["currency"]
                if rates_read is not None and currency in rates_read:
                    v.usd_estimate, v.usd_rate_date = usd_at(amount, rates_read[currency])
                else:
                    v.usd_estimate, v.usd_rate_date = usd_estimate(_session(session), amount, currency)
            project_id = None
            if f.get("project"):  # looked up once, for the card and the duplicate check
                if projects_read is not None and f["project"] in projects_read:
                    project_id = projects_read[f["project"]]
                else:
                    project_id = names.named_id(session, Project, f["project"], audience=audience)
                v.project_known = project_id is not None
            if d.state == DraftState.PENDING:
                pair = (str(f.get("actor")), str(f.get("instrument")))
                if maybe_duplicates is not None and maybe_duplicates.get(pair) is False:
                    dup = None  # the first read found no candidate: the statement is saved
                else:
                    dup = draft_store.possible_duplicate(
                        session, f, now, audience=audience, project_id=project_id
                    )
                if dup is not None:
                    v.duplicate_of, v.duplicate_link = dup.id, dup.source_url
                    v.duplicate_summary = duplicate_summary(dup)
                held = autolog_hold(f)
                if held and d.channel not in autolog_on:
                    autolog_on[d.channel] = draft_store.autolog_enabled(session, d.channel)
                v.autolog_held = held if held and autolog_on[d.channel] else None
            if d.commitment_id:
                c = _session(session).get(Commitment, d.commitment_id)
                v.needs_review = bool(c and c.needs_review)
                v.autologged = bool(c and c.confirmed_by == AUTOLOG_USER)
                v.undoable = not v.autologged or bool(d.author)
        out.append(v)
    return out


def _session(session: Session | DriverReads) -> Session:
    """A read `drafts_on_card` does only on a Session (a logged draft's record, a rate or a
    project not read first): on the driver's cursor it is the caller's mistake."""
    if isinstance(session, DriverReads):
        raise TypeError("drafts_on_card on the driver's cursor: pass every rate and project read first")
    return session


def duplicate_summary(c: Commitment | Row[Any]) -> dict[str, Any]:
    """The record a draft may repeat, as a person would recognise it: who, what, how much, when."""
    return {
        "actor": c.actor,
        "instrument": c.instrument,
        "amount": c.amount,
        "currency": c.currency,
        "amount_is_ceiling": c.amount_is_ceiling,
        "on": c.announced_on or c.created_at.date(),
    }


def autolog(
    session: Session, drafts: list[Draft], *, permalink: str | None, now: datetime, audience: Audience
) -> None:
    """The channel chose autolog: log each commitment draft that is whole, no duplicate, and
    has no field the reader guessed (`autolog_hold`); the others wait on the card."""
    for d in drafts:
        if (
            d.kind != "commitment"
            or autolog_hold(d.fields)
            or draft_store.possible_duplicate(session, d.fields, now, audience=audience)
        ):
            continue
        try:
            with session.begin_nested():
                draft_store.log_draft(
                    session, d.id or 0, user=AUTOLOG_USER, permalink=permalink, audience=audience, now=now
                )
        except (ValidationError, records.NotFound, ValueError):
            session.expire(d)  # stays pending: the card asks a person to log it


def apply_edit(
    session: Session,
    draft_id: int | None,
    data: CommitmentIn,
    *,
    user: str,
    is_admin: bool,
    now: datetime,
    permalink: str | None = None,
) -> str | None:
    """Save the card's Edit form: a pending draft is logged with the new fields (and, as Log
    it does, the Slack `permalink` of where it was logged), a logged record is updated, and
    the fields that now differ from what the extractor read are kept in the audit log
    (store.corrections). Returns why it could not be saved, or None."""
    draft = session.get(Draft, draft_id) if draft_id else None
    if draft is None:
        return "That proposal no longer exists."
    # Names typed in the form are looked up among what the card's channel may see, so a
    # record is never tied to (nor the form's "did you mean" to) another private channel's.
    audience = Audience(channel=draft.channel)
    spelled: dict[str, Any] = {}
    if data.project:
        spelled["project"] = names.resolve(session, Project, data.project, audience=audience).name
    if data.initiative:
        spelled["initiative"] = names.resolve(session, Initiative, data.initiative, audience=audience).name
    if draft.state == DraftState.LOGGED and not draft_store.may_change(draft, user, is_admin=is_admin):
        return EDIT_FORBIDDEN
    extracted = corrections.extracted_values(session, draft)
    if corrections.canonical(draft.fields)["currency"] != data.currency and getattr(
        data, "currency_inferred", False
    ):
        spelled["currency_inferred"] = False  # a person chose the currency: no longer inferred
    data = data.model_copy(update=spelled)
    fields = _edited_fields(draft.fields, data)
    if draft.state == DraftState.PENDING:
        logged = draft_store.log_draft(
            session, draft.id or 0, user=user, permalink=permalink, audience=audience, now=now, fields=fields
        )
        if not logged:
            return "That was already handled."
        corrections.record_correction(
            session, logged.draft, extracted=extracted, person=fields, user=user, now=now
        )
        return None
    if draft.state != DraftState.LOGGED or not draft.commitment_id:
        return "That can no longer be edited."
    if session.get(Commitment, draft.commitment_id) is None:
        return "That record no longer exists."
    # The draft first (a conditional write: an Undo landing first wins, nothing is written).
    edited = draft_store.update_logged_fields(session, draft.id or 0, fields, now=now)
    commitment = session.get(Commitment, draft.commitment_id)
    if edited is None or commitment is None:
        return "That can no longer be edited."
    record_data = data
    if not data.source_url and _is_slack_link(commitment.source_url):
        # No link typed: the record keeps the Slack permalink of where it was logged.
        record_data = data.model_copy(update={"source_url": commitment.source_url})
    records.update_commitment(
        session, commitment, record_data, actor=user, audience=audience, now=now, note="edited from the card"
    )
    corrections.record_correction(session, edited, extracted=extracted, person=fields, user=user, now=now)
    return None


def _edited_fields(old: dict[str, Any], data: CommitmentIn) -> dict[str, Any]:
    """A draft's fields after Edit: the form's values, plus what the draft kept beside them
    (a link's title, flags), less the weak project matches the form offered. A title goes
    with its link: a new link drops it. An inferred currency a person changed is not."""
    beside = set(CommitmentIn.model_fields) | {"project_candidates"}
    fields = {k: v for k, v in old.items() if k not in beside}
    fields.update(data.model_dump(mode="json"))
    if corrections.source_of(old) != data.source_url:
        fields.pop("source_title", None)
    if "currency_inferred" in old and corrections.canonical(old)["currency"] != fields.get("currency"):
        fields["currency_inferred"] = False
    before, after = corrections.canonical(old), corrections.canonical(fields)
    if old.get("country_from_records") and (
        before["actor_country"] != after["actor_country"] or before["actor"] != after["actor"]
    ):
        fields["country_from_records"] = False  # a person chose another country, or actor
    return fields


def _is_slack_link(url: str | None) -> bool:
    host = urlsplit(url or "").hostname or ""
    return host == "slack.com" or host.endswith(".slack.com")
