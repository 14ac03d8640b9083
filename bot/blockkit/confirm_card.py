"""The confirm card under a message that looks like a commitment (pure builders)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.blockkit.blocks import (
    Block,
    actions,
    button,
    context,
    esc,
    fallback,
    fields_section,
    fit_message,
    is_user_id,
    link,
    mention,
    money,
    section,
    usd,
)
from bot.blockkit.cards import _label, _minerals, actor_label, country_label
from bot.blockkit.values import DraftButton
from store.draft_cards import DraftOnCard
from store.models import DraftState

MAX_DRAFTS_ON_CARD = 5


CURRENCY_INFERRED_NOTE = " (currency inferred from the actor's country; Edit to correct)"
COUNTRY_FROM_RECORDS_NOTE = "from the team's earlier records; Edit to correct"


def _actor(f: dict[str, Any]) -> str:
    """ "Vulcan Capital (Norway, from the team's earlier records; ...)" when the reader did not
    place the organisation and an earlier record did: a person should see it was not read."""
    actor, country = f.get("actor"), f.get("actor_country")
    if f.get("country_from_records") and actor and country:
        return esc(f"{actor} ({country_label(country)}, {COUNTRY_FROM_RECORDS_NOTE})")
    return esc(actor_label(actor, country))


def _amount(f: dict[str, Any]) -> str:
    if f.get("amount") in (None, ""):
        return "—"
    shown = money(Decimal(str(f["amount"])), f.get("currency"), ceiling=bool(f.get("amount_is_ceiling")))
    return esc(shown + (CURRENCY_INFERRED_NOTE if f.get("currency_inferred") else ""))


def _draft_fields(v: DraftOnCard) -> Block:
    f = v.fields
    if v.kind == "claim":  # kept as what a source says, never added to totals
        return fields_section(
            [
                ("Initiative", esc(f.get("initiative") or "—")),
                ("Source says", esc(f.get("value") or "—")),
            ]
        )
    if v.kind == "project_update":
        return fields_section(
            [("Project", esc(f.get("project") or "—")), ("New status", esc(f.get("new_status") or "—"))]
        )
    estimate = "—"
    if v.usd_estimate is not None:
        estimate = f"≈ {usd(v.usd_estimate)}" + (
            f" (rate of {v.usd_rate_date.isoformat()})" if v.usd_rate_date else ""
        )
    quantity = "—"
    if f.get("quantity") not in (None, ""):
        quantity = esc(f"{f['quantity']} {f.get('quantity_unit') or ''}".strip())
    project = f.get("project")
    return fields_section(
        [
            ("Actor", _actor(f)),
            ("Instrument", esc((f.get("instrument") or "—").replace("-", " "))),
            ("Amount", _amount(f)),
            ("USD estimate", estimate),
            ("Quantity", quantity),
            ("Minerals", esc(_minerals(f.get("minerals") or []))),
            (
                "Project",
                esc(project)
                if project and v.project_known
                else (f"{esc(project)} (new)" if project else "—"),
            ),
            ("Initiative", esc(f.get("initiative") or "—")),
            ("Status", esc(f.get("status") or "—")),
            ("Date", esc(f.get("announced_on") or "—")),
        ]
    )


def _duplicate(v: DraftOnCard) -> str:
    """(Japan · loan · CAD 150m · 2025-11-03): the matched record named, not only its number."""
    d = v.duplicate_summary
    if not d:
        return ""
    amount = money(d.get("amount"), d.get("currency"), ceiling=bool(d.get("amount_is_ceiling")))
    bits = [_label(d.get("actor")), str(d.get("instrument") or "").replace("-", " "), amount or "no amount"]
    if d.get("on"):
        bits.append(str(d["on"]))
    return " (" + esc(" · ".join(b for b in bits if b)) + ")"


DISMISS_LABELS = {"commitment": "Not a commitment", "project_update": "Not an update", "claim": "Not a claim"}


def _buttons(v: DraftOnCard) -> Block | None:
    did, value = v.draft_id, DraftButton(v.draft_id).encode()
    if v.state == DraftState.PENDING:
        edit = [button("Edit…", f"draft_edit_{did}", value)] if v.kind != "claim" else []
        return actions(
            button("Log it", f"draft_log_{did}", value, style="primary"),
            *edit,
            button(DISMISS_LABELS.get(v.kind, "Dismiss"), f"draft_dismiss_{did}", value),
            block_id=f"draft_{did}",
        )
    if v.state == DraftState.UNDONE and v.kind == "commitment":
        return actions(
            button("Log it again", f"draft_log_{did}", value, style="primary"), block_id=f"draft_{did}"
        )
    if v.state == DraftState.LOGGED:
        undo = [button("Undo", f"draft_undo_{did}", value, style="danger")] if v.undoable else []
        return actions(*undo, button("Edit…", f"draft_edit_{did}", value), block_id=f"draft_{did}")
    return None


def _status_line(v: DraftOnCard) -> str:
    what = {"project_update": "project update", "claim": "figure for a whole initiative"}.get(
        v.kind, "commitment"
    )
    if v.state == DraftState.PENDING:
        line = f":mag: Looks like a {what}. Log it?"
        if v.duplicate_of:
            line += (
                f"\n:warning: Possible duplicate of "
                f"{link(v.duplicate_link, f'#{v.duplicate_of}')}{_duplicate(v)} — check before logging."
            )
        if v.autolog_held:
            line += f"\n:raised_hand: Not logged automatically: {esc(v.autolog_held)}."
        return line
    if v.state == DraftState.LOGGED:
        how = "Logged automatically" if v.autologged else "Logged"
        # Autolog's marker is not a person: only a real user id is named.
        who = f" by {mention(v.confirmed_by)}" if is_user_id(v.confirmed_by) and not v.autologged else ""
        ref = f" as #{v.commitment_id}" if v.commitment_id else ""
        line = f":white_check_mark: {how}{who}{ref}."
        if v.needs_review:
            line += "\n:warning: The source message changed after logging: please review."
        return line
    settled: dict[str, str] = {
        DraftState.DISMISSED: f":no_entry_sign: Not a {what}.",
        DraftState.WITHDRAWN: ":wastebasket: The source message was deleted; nothing was logged.",
        DraftState.UNDONE: ":leftwards_arrow_with_hook: Undone; the record is kept as withdrawn.",
    }
    return settled.get(v.state, v.state)


def draft_card(views: list[DraftOnCard], *, command: str, extra: int = 0) -> tuple[list[Block], str]:
    """The card for all drafts read from one message."""
    blocks: list[Block] = []
    for v in views[:MAX_DRAFTS_ON_CARD]:
        blocks.append(section(_status_line(v)))
        blocks.append(_draft_fields(v))
        if v.kind == "commitment" and v.fields.get("note"):  # "joint with Australia: ..."
            blocks.append(context(f":link: {esc(v.fields['note'])}"))
        row = _buttons(v)
        if row:
            blocks.append(row)
    hidden = extra + max(0, len(views) - MAX_DRAFTS_ON_CARD)
    if hidden:
        blocks.append(context(f"{hidden} more in this message: log them with `{esc(command)} log`."))
    first = views[0] if views else None
    summary = "Proposed commitment"
    if first:
        summary = f"{_status_line(first).split(chr(10))[0]} {_label(first.fields.get('actor'))}"
    return fit_message(blocks), fallback(summary)
