"""Answers to questions in plain words: how it was read, the figure or list, the command."""

from __future__ import annotations

from bot.blockkit.blocks import Block, actions, button, clip, context, esc, section, usd
from bot.blockkit.cards import (
    Answer as Rendered,
)
from bot.blockkit.cards import (
    _label,
    _minerals,
    _total,
    commitment_line,
    money_line,
    page_buttons,
    with_share,
)
from store.models import ProjectUpdate
from store.questions.answering import Answer


def question_answer(a: Answer, command: str, share_text: str) -> Rendered:
    """An answer's blocks: the reading first, then the result, the equivalent command, Share."""
    read = f":mag: *{esc(a.headline)}*"
    if a.kind == "unreadable":
        return cannot_read(a, command)
    blocks: list[Block] = [section(read)]
    extra: list[Block] = []
    text = a.headline
    if a.kind == "no_match":
        blocks.append(section(f"Nothing in the tracker matches that. {esc(a.nearest or '')}".strip()))
        text = f"{a.headline}: nothing matches. {a.nearest or ''}".strip()
    elif a.kind == "figure" and a.money is not None:
        blocks.append(section(f"{money_line(a.money)} across {_n(a.count, 'commitment')}"))
        text = f"{a.headline}: {usd(a.money.usd)} across {_n(a.count, 'commitment')}"
    elif a.kind == "count":
        noun = "project" if a.list_subcommand == "projects" else "commitment"
        blocks.append(section(f"*{_n(a.count, noun)}*"))
        text = f"{a.headline}: {a.count}"
    elif a.kind == "commitments" and a.page is not None:
        blocks.append(context(f"{_range(a)}"))
        blocks += _chunks([commitment_line(c, a.project_names) for c in a.page.items])
        extra = page_buttons(a.list_subcommand, a.list_args, a.page)
        text = f"{a.headline}: {_total(a.page)}"
    elif a.kind == "projects" and a.page is not None:
        blocks.append(context(f"{_range(a)}"))
        for p in a.page.items:
            blocks.append(
                section(
                    f"*{esc(p.name)}* · {esc(p.stage or '—')} · {esc(p.status or 'status unknown')} · "
                    f"{esc(_minerals(p.minerals))} · {esc(_label(p.country))}",
                    accessory=button("Open", f"open_project_{p.id}", {"t": f"project {p.name}"[:1500]}),
                )
            )
        extra = page_buttons(a.list_subcommand, a.list_args, a.page)
        text = f"{a.headline}: {_total(a.page)}"
    elif a.kind == "ranked":
        lines = [f"{i}. {commitment_line(c, a.project_names)}" for i, c in enumerate(a.commitments, 1)]
        blocks += _chunks(lines)
        text = f"{a.headline}: {len(lines)}"
    elif a.kind == "totals" and a.totals is not None:
        by = a.totals.by
        lines = [
            f"*{esc(_key(by, r.key))}* — {_n(r.count, 'commitment')} · {money_line(r.money)}" for r in a.rows
        ]
        blocks += _chunks(lines[:25])
        if len(a.rows) > 25:
            blocks.append(context(f"…and {len(a.rows) - 25} smaller groups."))
        overall = a.totals.overall
        blocks.append(
            context(f"All of them: {_n(overall.count, 'commitment')} · {money_line(overall.money)}")
        )
        text = f"{a.headline}: " + "; ".join(f"{_key(by, r.key)} {usd(r.money.usd)}" for r in a.rows[:10])
    elif a.kind == "months":
        lines = [f"*{m}* — {_n(n, 'commitment')} · {money_line(money)}" for m, n, money in a.months]
        blocks += _chunks(lines[-36:])
        text = f"{a.headline}: " + "; ".join(f"{m} {usd(money.usd)}" for m, _n_, money in a.months[-12:])
    elif a.kind == "changes" and a.changes is not None:
        ch = a.changes
        if ch.new_commitments.total:
            blocks += _chunks(
                [f"*New commitments ({_total(ch.new_commitments)})*"]
                + [commitment_line(c, a.project_names) for c in ch.new_commitments.items]
            )
        if ch.new_projects.total:
            blocks.append(
                section(
                    f"*New projects ({_total(ch.new_projects)})*\n"
                    + "\n".join(esc(p.name) for p in ch.new_projects.items)
                )
            )
        if ch.new_initiatives.total:
            blocks.append(
                section("*New initiatives*\n" + "\n".join(esc(i.name) for i in ch.new_initiatives.items))
            )
        if ch.status_changes.total:
            blocks.append(
                section(
                    "*Status changes*\n"
                    + "\n".join(_status_change(s.project.name, s.update) for s in ch.status_changes.items)
                )
            )
        if ch.notes.total:
            blocks.append(
                section(
                    "*Notes*\n"
                    + "\n".join(
                        f"{esc(s.project.name)}: {esc(clip(s.update.note or '', 200))}"
                        for s in ch.notes.items
                    )
                )
            )
        text = f"{a.headline}: {a.count:,}{'+' if a.capped else ''} changes"
    elif a.kind == "timeline":
        lines = [
            f"{(u.happened_on or u.created_at.date()).isoformat()} · "
            + (f"{esc(u.old_status or '?')} → *{esc(u.new_status or '')}* " if u.new_status else "")
            + esc(u.note or "")
            for u in a.updates
        ]
        if lines:
            blocks += _chunks(["*Updates*", *lines[-20:]])
        if a.page is not None and a.page.items:
            blocks += _chunks(["*Commitments*"] + [commitment_line(c) for c in a.page.items])
        text = f"{a.headline}: {len(a.updates)} updates"
    if a.command:
        blocks.append(context(f"Same as `{esc(command)} {esc(a.command)}`"))
    if a.reading.chart and a.kind in ("totals", "months"):
        blocks.append(context("The chart follows; its figures are the ones above."))
    return with_share(blocks, share_text, extra), text


def cannot_read(a: Answer, command: str, intro: str | None = None) -> Rendered:
    """A short "could not read that" with three example questions that work, as buttons."""
    unknown = [w for w in a.reading.unknown if w.isalpha()]
    said = f" (I do not know “{esc(' '.join(unknown[:5]))}”)" if unknown and len(unknown[0]) > 2 else ""
    first = intro or f"I could not read that question{said}."
    blocks: list[Block] = [section(esc(first) if intro else first)]
    if a.suggestions:
        blocks.append(context("Names close to it: " + ", ".join(f"“{esc(s)}”" for s in a.suggestions)))
    blocks.append(section("Questions I can answer, for example:"))
    blocks.append(
        actions(
            *[button(q, f"rerun_{i}", {"t": f"ask {q}"}) for i, q in enumerate(a.examples[:3])],
            block_id="question_examples",
        )
    )
    blocks.append(context(f"Or type `{esc(command)} help` for the filter commands."))
    return blocks, f"{first} Try: " + "; ".join(a.examples[:3])


def _status_change(name: str, u: ProjectUpdate) -> str:
    return f"{esc(name)}: {esc(u.old_status or '?')} → *{esc(u.new_status or '')}*"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _range(a: Answer) -> str:
    page = a.page
    if page is None or not page.total:
        return "0"
    return f"{page.offset + 1}–{page.offset + len(page.items)} of {_total(page)}"


def _key(by: str, key: str) -> str:
    if by == "country":
        return _label(key)
    if by == "mineral":
        return _minerals([key])
    return key


def _chunks(lines: list[str]) -> list[Block]:
    """Sections of at most ~2,900 characters each."""
    blocks: list[Block] = []
    chunk: list[str] = []
    for line in lines:
        line = clip(line, 2900)
        if sum(len(x) + 1 for x in chunk) + len(line) > 2900:
            blocks.append(section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append(section("\n".join(chunk)))
    return blocks
