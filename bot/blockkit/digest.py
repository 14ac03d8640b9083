"""The weekly digest rendered: Block Kit for Slack (within its limits at any volume) and text.

`digest_blocks` shows the largest commitments and says how many more there are;
`digest_text` is the same digest for a terminal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.blockkit.blocks import (
    MAX_SECTION_TEXT,
    clip,
    context,
    divider,
    esc,
    fallback,
    fit_message,
    header,
    link,
    money,
    section,
    usd,
)
from store.digest_content import (
    MILESTONE_DAYS,
    CommitmentLine,
    Digest,
    InstrumentGroup,
    StaleLine,
    StatusLine,
    usd_order,
)
from store.money import Money, rates_are_stale

TOP_COMMITMENTS = 15  # shown in Slack; the rest are counted and pointed to
LIST_LIMIT = 8  # lines per other section in Slack
TEXT_LIST_LIMIT = 40  # lines per section in the terminal
NAME_CHARS = 70  # long stored names are clipped so one record cannot crowd out the rest


def day_label(d: date) -> str:
    """'Mon 3 Nov 2025'."""
    return f"{d:%a} {d.day} {d:%b %Y}"


INSTRUMENT_TITLES = {
    "equity": "Equity",
    "loan": "Loans",
    "grant": "Grants",
    "guarantee": "Guarantees",
    "letter-of-interest": "Letters of interest",
    "offtake": "Offtake agreements",
    "price-floor": "Price floors",
    "stockpile": "Stockpiles",
    "investment-screening": "Investment screening",
    "tariff": "Tariffs",
    "export-control": "Export controls",
    "mou": "MoUs",
    "other": "Other commitments",
}


def instrument_title(code: str) -> str:
    return INSTRUMENT_TITLES.get(code, code.replace("-", " ").capitalize())


def group_phrase(group: InstrumentGroup) -> str:
    """'2 · USD 590m', or just the count when none of them has an amount in USD."""
    return f"{len(group.commitments)} · {usd(group.usd)}" if group.usd else str(len(group.commitments))


def amount_phrase(line: CommitmentLine) -> str:
    if line.amount is None:
        return "no amount given"
    text = money(line.amount, line.currency, ceiling=line.is_ceiling)
    if line.usd is not None and line.currency != "USD":
        text += f" (≈ {usd(line.usd)})"
    return text


def money_phrase(m: Money, count: int | None = None) -> str:
    """'≈ USD 725.5m across 5 commitments, USD 580m of it “up to” ceilings'; rates said once elsewhere."""
    across = f" across {count} commitment{'s' if count != 1 else ''}" if count is not None else ""
    if not m.stated:
        return f"no amounts stated{across}"
    parts = [f"≈ {usd(m.usd)}" if m.usd else "no USD estimate", across]
    if m.usd_ceiling:
        parts.append(f", {usd(m.usd_ceiling)} of it “up to” ceilings")
    if m.unconverted:
        parts.append(
            f"; {m.unconverted} amount{'s' if m.unconverted != 1 else ''} "
            "in currencies with no rate not included"
        )
    return "".join(parts)


def rates_phrase(digest: Digest) -> str:
    """The rate date once per digest, with a warning when the rates are over a week old."""
    used = [d for d in (digest.week.rate_date, digest.to_date.rate_date) if d]
    if not used:
        return ""
    latest = max(used)
    text = f"USD estimates at stored rates as of {latest.isoformat()}."
    if rates_are_stale(latest, digest.period_end.date()):
        text += f" These rates are {(digest.period_end.date() - latest).days} days old: update them."
    return text


def _top_commitments(digest: Digest, limit: int) -> list[tuple[InstrumentGroup, list[CommitmentLine]]]:
    """The `limit` largest commitments, regrouped by instrument in the digest's order."""
    chosen = sorted((line for g in digest.groups for line in g.commitments), key=usd_order)[:limit]
    keep = {id(line) for line in chosen}
    out = []
    for group in digest.groups:
        lines = [line for line in group.commitments if id(line) in keep]
        if lines:
            out.append((group, lines))
    return out


def _status_phrase(s: StatusLine) -> tuple[str, str]:
    when = f" on {day_label(s.happened_on)}" if s.happened_on else ""
    return s.project, f"{s.old_status or 'no status'} → {s.new_status or 'no status'}{when}"


# --- Slack ----------------------------------------------------------------------------------


def digest_blocks(digest: Digest) -> tuple[list[dict[str, Any]], str]:
    """Block Kit for the digest and its notification text, within Slack's limits."""
    period = esc(digest.period_label)
    blocks: list[dict[str, Any]]
    if digest.quiet:
        blocks = [
            header("Weekly minerals digest: a quiet week"),
            section(
                f"*Nothing new this week.* No commitments, project changes or new records "
                f"were logged in the week {period}."
            ),
            _milestones_section(digest, empty="No milestones in the next 30 days either."),
        ]
        return fit_message(blocks), fallback(
            f"Minerals digest ({digest.period_label}): nothing new this week."
        )

    blocks = [
        header("Weekly minerals digest"),
        context(f"Covers {period}. Records from public channels and this channel only."),
        section(
            f"*This week:* {esc(money_phrase(digest.week, digest.commitment_count))}\n"
            f"*To date:* {esc(money_phrase(digest.to_date))}"
        ),
    ]
    if rates_phrase(digest):
        blocks.append(context(esc(rates_phrase(digest))))
    if digest.groups:
        blocks.append(divider())
        for group, lines in _top_commitments(digest, TOP_COMMITMENTS):
            title = f"*{esc(instrument_title(group.instrument))}* · {esc(group_phrase(group))}"
            blocks.append(
                _lines_section(title, [_commitment_mrkdwn(c) for c in lines], limit=TOP_COMMITMENTS)
            )
        hidden = digest.commitment_count - min(digest.commitment_count, TOP_COMMITMENTS)
        if hidden:
            blocks.append(
                context(
                    f"…and {hidden} more — `{esc(digest.command)} commitments since:7d` lists them "
                    f"(the {TOP_COMMITMENTS} largest of {digest.commitment_count} are above)."
                )
            )
    blocks.append(divider())
    if digest.status_changes:
        blocks.append(
            _lines_section(
                "*Projects whose status changed*",
                [
                    f"*{esc(clip(name, NAME_CHARS))}*: {esc(change)}"
                    for name, change in map(_status_phrase, digest.status_changes)
                ],
            )
        )
    if digest.new_projects:
        blocks.append(
            _lines_section("*New projects*", [esc(clip(n, NAME_CHARS)) for n in digest.new_projects])
        )
    if digest.new_initiatives:
        blocks.append(
            _lines_section("*New initiatives*", [esc(clip(n, NAME_CHARS)) for n in digest.new_initiatives])
        )
    blocks.append(_milestones_section(digest, empty="No milestones in the next 30 days."))
    if digest.stale:
        blocks.append(
            _lines_section(
                f"*Gone quiet* · no update in {digest.stale_days} days ({digest.stale_total})",
                [_quiet_mrkdwn(s) for s in digest.stale],
                total=digest.stale_total,
            )
        )
    text = (
        f"Minerals digest ({digest.period_label}): {digest.commitment_count} new "
        f"commitments, {money_phrase(digest.week)}."
    )
    return fit_message(blocks), fallback(text)


def _quiet_mrkdwn(s: StaleLine) -> str:
    followed = " :bell:" if s.followed else ""
    line = f"{esc(clip(s.project, NAME_CHARS))}{followed} (last change {day_label(s.last_changed)}"
    if s.last_logged_by and _is_user(s.last_logged_by):
        line += f"; ask <@{s.last_logged_by}>"
    elif s.last_logged_by:
        line += f"; last logged by {esc(clip(s.last_logged_by, 40))}"
    return line + ")"


def _is_user(value: str) -> bool:
    return value[:1] in ("U", "W") and value.isalnum() and value.isupper() and len(value) <= 20


def _commitment_mrkdwn(c: CommitmentLine) -> str:
    parts = [f"*{esc(clip(c.actor, NAME_CHARS))}*: {esc(amount_phrase(c))}"]
    if c.project:
        parts.append(f" → {esc(clip(c.project, NAME_CHARS))}")
    elif c.initiative:
        parts.append(f" under {esc(clip(c.initiative, NAME_CHARS))}")
    parts.append(f" · {esc(c.status)}")
    if c.link and len(c.link) <= 300:
        parts.append(f" · {link(c.link, 'source')}")
    return "".join(parts)


def _milestones_section(digest: Digest, *, empty: str) -> dict[str, Any]:
    title = f"*Milestones in the next {MILESTONE_DAYS} days*"
    if not digest.milestones:
        return section(f"{title}\n{esc(empty)}")
    return _lines_section(
        title, [f"{day_label(m.due_on)}: {esc(clip(m.title, NAME_CHARS))}" for m in digest.milestones]
    )


def _lines_section(
    title: str, lines: list[str], *, limit: int = LIST_LIMIT, total: int | None = None
) -> dict[str, Any]:
    """A titled bullet list cut to `limit` lines and 3,000 characters, saying what it cut."""
    total = len(lines) if total is None else total
    room = MAX_SECTION_TEXT - len(title) - 40  # keeps space for the "…and N more" line
    shown: list[str] = []
    for line in lines[:limit]:
        room -= len(line) + 3
        if room < 0:
            break
        shown.append(f"• {line}")
    text = "\n".join([title, *shown])
    if total > len(shown):
        text += f"\n…and {total - len(shown)} more"
    return section(text)


def digest_text(digest: Digest) -> str:
    """The digest as readable plain text, for `minerals-bot digest preview`."""
    out = [f"Weekly minerals digest for {digest.channel or 'everyone'}", f"Covers {digest.period_label}", ""]
    if digest.quiet:
        out.append("Nothing new this week: no commitments, project changes or new records.")
    else:
        out.append(f"This week: {money_phrase(digest.week, digest.commitment_count)}")
        out.append(f"To date:   {money_phrase(digest.to_date)}")
        if rates_phrase(digest):
            out.append(rates_phrase(digest))
        for group in digest.groups:
            out += ["", f"{instrument_title(group.instrument)} ({group_phrase(group)})"]
            out += _text_list([_commitment_text(c) for c in group.commitments])
        if digest.status_changes:
            out += ["", "Projects whose status changed"]
            out += _text_list([f"{n}: {c}" for n, c in map(_status_phrase, digest.status_changes)])
        if digest.new_projects:
            out += ["", "New projects", *_text_list(list(digest.new_projects))]
        if digest.new_initiatives:
            out += ["", "New initiatives", *_text_list(list(digest.new_initiatives))]
    out += ["", f"Milestones in the next {MILESTONE_DAYS} days"]
    out += _text_list([f"{day_label(m.due_on)}: {m.title}" for m in digest.milestones]) or ["  none"]
    if digest.stale and not digest.quiet:
        out += ["", f"Gone quiet: no update in {digest.stale_days} days ({digest.stale_total})"]
        out += _text_list(
            [
                f"{s.project}{' (followed)' if s.followed else ''} (last change {day_label(s.last_changed)}"
                + (f"; last logged by {s.last_logged_by})" if s.last_logged_by else ")")
                for s in digest.stale
            ],
            total=digest.stale_total,
        )
    return "\n".join(out) + "\n"


def _commitment_text(c: CommitmentLine) -> str:
    target = f" -> {c.project}" if c.project else f" under {c.initiative}" if c.initiative else ""
    source = f"  {c.link}" if c.link else ""
    return f"{c.actor}: {amount_phrase(c)}{target} [{c.status}]{source}"


def _text_list(lines: list[str], *, total: int | None = None) -> list[str]:
    total = len(lines) if total is None else total
    out = [f"  - {line}" for line in lines[:TEXT_LIST_LIMIT]]
    if total > len(out):
        out.append(f"  …and {total - len(out)} more")
    return out
