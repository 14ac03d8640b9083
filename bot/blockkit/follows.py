"""Block Kit for following: the Follow button, the answers to follow commands, the DM."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.blockkit.blocks import (
    Block,
    actions,
    button,
    clip,
    context,
    esc,
    fallback,
    fit_message,
    header,
    link,
    money,
    section,
)
from bot.blockkit.values import FollowValue, UnfollowValue
from store import vocab
from store.models import Follow

Answer = tuple[list[Block], str]

FOLLOW_ACTION = "follow_add"
UNFOLLOW_ACTION = "follow_remove"
MAX_QUOTE = 500


def follow_button(kind: str, name: str) -> Block:
    """A Follow button for a project or initiative card (value: what to follow)."""
    return button("Follow", FOLLOW_ACTION, FollowValue(f'{kind}:"{name}"').encode())


def unfollow_button(follow_id: int) -> Block:
    # Action ids are unique within a message: the follow's id keeps them apart.
    return button("Unfollow", f"{UNFOLLOW_ACTION}_{follow_id}", UnfollowValue(follow_id).encode())


def _how_often(cadence: str) -> str:
    return "in one DM a day, at 08:00 your time" if cadence == "daily" else "by DM as it happens"


def followed(follow: Follow, *, new: bool) -> Answer:
    """The answer to `follow`: what will be followed, in words, and how often."""
    verb = "You now follow" if new else "You follow"
    text = f"{verb} {follow.description} (`{follow.filter_text}`), {_how_often(follow.cadence)}."
    blocks = [
        section(f":bell: {esc(text)}"),
        context("Type `following` to see your list, `unfollow <n>` to stop."),
    ]
    return blocks, fallback(text)


def unfollowed(follow: Follow) -> Answer:
    words = f" (`{follow.filter_text}`)" if follow.filter_text else ""
    text = f"You no longer follow {follow.description}{words}."
    return [section(esc(text))], fallback(text)


def following_list(items: Sequence[Follow]) -> Answer:
    """`following`: numbered, with cadence and why a follow is paused."""
    if not items:
        text = 'You follow nothing yet. Try `follow country:JP mineral:graphite` or `follow project:"Name"`.'
        return [section(esc(text))], fallback(text)
    lines = []
    for n, f in enumerate(items, start=1):
        how = "daily" if f.cadence == "daily" else "at once"
        words = f" · `{esc(f.filter_text)}`" if f.filter_text else ""
        line = f"{n}. {esc(f.description)}{words} · {how}"
        if f.paused:
            line += f" · :pause_button: paused: {esc(f.paused_reason or '')} (follow it again to resume)"
        lines.append(line)
    blocks = [header("What you follow"), section(clip("\n".join(lines), 2900))]
    blocks.append(context("`unfollow <n>` stops one; `follow <what> daily` bundles it into one DM a day."))
    return blocks, fallback(f"You follow {len(items)} thing(s).")


def home_blocks(items: Sequence[Follow], countries: Sequence[tuple[str, str]]) -> list[Block]:
    """The Home tab's part: what the member follows, and Follow buttons for the top countries."""
    lines = [f"{n}. {esc(f.description)}{' (paused)' if f.paused else ''}" for n, f in enumerate(items, 1)]
    blocks: list[Block] = [
        section("*What you follow*\n" + (clip("\n".join(lines[:20]), 2800) if lines else "nothing yet"))
    ]
    shown = [
        (code, name) for code, name in countries if f"country:{code}" not in {f.filter_text for f in items}
    ]
    if shown:
        blocks.append(
            actions(
                *[
                    button(f"Follow {name}", f"{FOLLOW_ACTION}_{n}", FollowValue(f"country:{code}").encode())
                    for n, (code, name) in enumerate(shown[:5])
                ],
                block_id="home_follow",
            )
        )
    return blocks


# --- the DM -------------------------------------------------------------------------------

_HEADLINES = {
    "commitment_logged": "Commitment logged",
    "commitment_status": "Commitment status changed",
    "project_status": "Project status changed",
    "project_update": "Project update",
    "milestone": "New milestone",
    "reminder": "Milestone coming up",
}


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _actor(code: Any) -> str:
    name = vocab.country_name(str(code)) if code else "—"
    return name if name else str(code)


def _commitment(c: dict[str, Any], project_name: str | None) -> str:
    bits = [f"*{esc(_actor(c.get('actor')))}*", esc(str(c.get("instrument") or "").replace("-", " "))]
    amount = money(_decimal(c.get("amount")), c.get("currency"), ceiling=bool(c.get("amount_is_ceiling")))
    if amount:
        bits.append(esc(amount))
    minerals = c.get("minerals") or []
    if minerals:
        bits.append(esc(", ".join(str(m) for m in minerals)))
    if project_name:
        bits.append(f"→ {esc(project_name)}")
    bits.append(f"_{esc(c.get('status') or '')}_")
    line = f"#{c.get('id')} " + " · ".join(b for b in bits if b)
    statement = c.get("statement")
    if statement:
        line += "\n> " + esc(clip(str(statement), MAX_QUOTE)).replace("\n", " ")
    return line


def _what(event: dict[str, Any]) -> str:
    kind = event.get("kind", "")
    project = esc(event.get("project_name") or "")
    if kind in ("commitment_logged", "commitment_status"):
        line = _commitment(event.get("commitment") or {}, event.get("project_name"))
        if kind == "commitment_status":
            line = f"{esc(event.get('old_status') or '?')} → *{esc(event.get('new_status') or '')}*: " + line
        return line
    if kind == "project_status":
        note = f"\n> {esc(clip(str(event['note']), MAX_QUOTE))}" if event.get("note") else ""
        change = f"{esc(event.get('old_status') or '?')} → *{esc(event.get('new_status') or '')}*"
        return f"*{project}*: {change}{note}"
    if kind == "project_update":
        return f"*{project}*: {esc(clip(str(event.get('note') or ''), MAX_QUOTE))}"
    if kind == "milestone":
        return f"*{project}*: {esc(event.get('title') or '')}, due {esc(event.get('due_on') or '')}"
    if kind == "reminder":
        days = event.get("days")
        when = "tomorrow" if days == 1 else f"in {days} days"
        return (
            f"*{project}*: {esc(event.get('title') or '')} is due {when} ({esc(event.get('due_on') or '')})"
        )
    return esc(kind)


def notice_message(items: Sequence[tuple[dict[str, Any], str, int | None]], *, command: str) -> Answer:
    """One DM for several notices: (event, the follow's words, follow id) each."""
    body: list[Block] = []
    follow_ids: dict[int, str] = {}
    for event, description, follow_id in items:
        headline = _HEADLINES.get(str(event.get("kind")), "Update")
        source = link(event.get("source_url"), "source") if event.get("source_url") else "no source link"
        by = f" · logged by <@{esc(event['logged_by'])}>" if _is_user(event.get("logged_by")) else ""
        body.append(section(clip(f"*{headline}*\n{_what(event)}", 2900)))
        body.append(context(f"{source}{by} · because you follow {esc(description)}"))
        if follow_id is not None:
            follow_ids.setdefault(follow_id, description)
    title = "News on what you follow" if len(items) > 1 else "On what you follow"
    blocks = [header(title), *fit_message(body, limit=45, overflow_note="…and more, not shown here.")]
    buttons = [unfollow_button(i) for i in list(follow_ids)[:5]]
    if buttons:
        blocks.append(actions(*buttons, block_id="follow_notice_actions"))
    blocks.append(context(f"`{esc(command)} following` lists what you follow."))
    first = _HEADLINES.get(str(items[0][0].get("kind")), "Update") if items else "Update"
    text = first if len(items) == 1 else f"{len(items)} updates on what you follow"
    return blocks, fallback(text)


def _is_user(value: Any) -> bool:
    return isinstance(value, str) and value[:1] in ("U", "W") and value.isalnum() and value.isupper()
