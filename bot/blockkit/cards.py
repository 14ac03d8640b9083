"""Pure builders of the bot's answers: cards, lists, stats, help, the Home tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from babel import Locale

from bot.blockkit.blocks import (
    MAX_ACTIONS,
    MAX_SECTION_TEXT,
    MAX_VIEW_BLOCKS,
    Block,
    actions,
    button,
    clip,
    context,
    divider,
    esc,
    fields_section,
    fit_message,
    header,
    link,
    mention,
    money,
    section,
    usd,
)
from bot.blockkit.values import PageValue, RerunValue, ShareValue
from store import vocab
from store.extraction.known_actors import ORGANISATIONS_BY_NAME
from store.models import Commitment, Initiative, Milestone, Project
from store.money import Money, rates_are_stale
from store.queries import (
    CommitmentDetail,
    CommitmentLine,
    InitiativeCard,
    InitiativeDetail,
    Page,
    ProjectCard,
    ProjectDetail,
)
from store.totals import Totals

Answer = tuple[list[Block], str]  # (blocks, plain fallback text)


def _label(code: str | None) -> str:
    """A country code as a name; other actors as written."""
    if not code:
        return "—"
    name = vocab.country_name(code)
    return name if name and name != code else code


_TERRITORIES = Locale("en").territories  # CLDR's short English names: "South Korea", "Germany"


def country_label(code: str | None) -> str:
    """A country code as its English name ("DE" -> "Germany"); "" for none."""
    if not code:
        return ""
    return str(_TERRITORIES.get(code) or vocab.country_name(code))


def actor_label(actor: str | None, country: str | None) -> str:
    """Who acts, with the country it acts for: "KfW (Germany)", "World Bank (multilateral)",
    "Acme Mining (country unknown)"; a country as its name."""
    if not actor:
        return "—"
    name = _label(actor)
    if name != actor:  # a country (or the EU, the G7) stands for itself
        return name
    if country:
        return f"{actor} ({country_label(country)})"
    known = ORGANISATIONS_BY_NAME.get(actor)
    if known is not None and known.kind == "multilateral":
        return f"{actor} (multilateral)"
    return f"{actor} (country unknown)"


def _minerals(codes: Sequence[str]) -> str:
    names = [vocab.MINERALS_BY_CODE[c].name if c in vocab.MINERALS_BY_CODE else c for c in codes]
    return ", ".join(names) or "—"


def money_line(m: Money) -> str:
    """One USD figure at stored rates and at most the two largest other currencies, never a tail.

    The rate date is said once per answer (`rates_note`), not on every line.
    """
    if not m.stated:
        return "no amounts stated"
    parts = [f"*{usd(m.usd)}*" if m.usd else "no USD estimate"]
    if m.usd_ceiling:
        parts.append(f"(of which {usd(m.usd_ceiling)} are “up to” ceilings)")
    largest = m.largest_currencies(2)
    if largest:
        others = len(m.by_currency) - len(largest) - int("USD" in m.by_currency)
        more = f" and {others} other currenc{'ies' if others != 1 else 'y'}" if others else ""
        parts.append("· incl. " + ", ".join(esc(money(v, k)) for k, v in largest) + more)
    if m.unconverted:
        parts.append(f"· {m.unconverted} amount(s) with no rate")
    return " ".join(parts)


def rates_note(rate_date: date | None, today: date) -> str | None:
    """The stored rates' date, once per answer; a warning when they are over a week old."""
    if rate_date is None:
        return None
    note = f"USD estimates at stored rates of {rate_date.isoformat()}."
    if rates_are_stale(rate_date, today):
        note = (
            f":warning: USD estimates use rates of {rate_date.isoformat()}, "
            f"{(today - rate_date).days} days old: update them (`minerals-bot rates set`)."
        )
    return note


def _rates_blocks(m: Money, today: date | None) -> list[Block]:
    note = rates_note(m.rate_date, today) if today is not None else None
    return [context(note)] if note else []


def commitment_line(c: Commitment | CommitmentLine, project_names: dict[int, str] | None = None) -> str:
    amount = money(c.amount, c.currency, ceiling=c.amount_is_ceiling)
    project = (project_names or {}).get(c.project_id or -1)
    bits = [f"*{esc(_label(c.actor))}*", esc(c.instrument.replace("-", " "))]
    if amount:
        bits.append(esc(amount))
    if c.quantity is not None:
        bits.append(esc(f"{c.quantity.normalize():f} {c.quantity_unit or ''}".strip()))
    if project:
        bits.append(f"→ {esc(project)}")
    bits.append(f"_{esc(c.status)}_")
    if c.announced_on:
        bits.append(c.announced_on.isoformat())
    line = " · ".join(bits)
    if c.source_url:
        line += f" · {link(c.source_url, 'source')}"
    if c.needs_review:
        line += " · :warning: needs review"
    return f"#{c.id} {line}"


SECTION_CHUNK = MAX_SECTION_TEXT - 100  # room for a section's own markup


def sections(lines: Sequence[str], limit: int = SECTION_CHUNK) -> list[Block]:
    """Lines of mrkdwn as few sections as fit Slack's 3,000 characters each (a longer line is clipped)."""
    out: list[Block] = []
    chunk: list[str] = []
    size = 0
    for line in lines:
        line = clip(line, limit)
        if chunk and size + len(line) > limit:
            out.append(section("\n".join(chunk)))
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    if chunk:
        out.append(section("\n".join(chunk)))
    return out


def share_button(command_text: str) -> Block:
    return button("Share in channel", "share", ShareValue(command_text).encode())


def with_share(blocks: list[Block], command_text: str, extra: Sequence[Block] = ()) -> list[Block]:
    """Append the action row (pagination and/or share) after fitting the content."""
    body = fit_message(blocks, limit=48)
    return [*body, actions(*extra, share_button(command_text), block_id="answer_actions")]


def help_blocks(
    command: str, entries: Sequence[tuple[str, str]], topic: str | None = None, filters: Sequence[str] = ()
) -> Answer:
    title = f"{command} {topic}" if topic else f"{command} — critical-minerals tracker"
    lines = [f"`{esc(command)} {esc(usage)}` — {esc(summary)}" for usage, summary in entries]
    blocks = [header(title), *sections(lines)]
    if filters:  # already in Slack's markup: backticked examples, vocabulary words
        blocks.append(section(clip("*Filters*\n" + "\n".join(esc(f) for f in filters), 2900)))
    blocks.append(
        context(
            f"Type `{esc(command)} help &lt;subcommand&gt;` for its filters and their values, "
            f"e.g. `{esc(command)} help commitments`."
        )
    )
    return blocks, f"{title}: " + "; ".join(u for u, _ in entries)


def error_blocks(message: str, hint: str | None = None) -> Answer:
    blocks = [section(f":warning: {esc(message)}")]
    if hint:
        blocks.append(context(esc(hint)))
    return blocks, message


def did_you_mean(kind: str, name: str, suggestions: list[str], subcommand: str) -> Answer:
    if not suggestions:
        return error_blocks(f"No {kind} called “{name}”.", f"Try `find {name}` to search everything.")
    blocks = [
        section(f"No {esc(kind)} called “{esc(name)}”. Did you mean:"),
        actions(
            *[
                button(s, f"rerun_{i}", RerunValue(f"{subcommand} {s}").encode())
                for i, s in enumerate(suggestions[:5])
            ],
            block_id="did_you_mean",
        ),
    ]
    return blocks, f"No {kind} called {name}. Did you mean: {', '.join(suggestions)}?"


def project_card(d: ProjectDetail, command_text: str, *, today: date | None = None) -> Answer:
    p = d.project
    blocks: list[Block] = [header(p.name)]
    if p.synthetic:
        blocks.append(context(":test_tube: synthetic benchmark record"))
    blocks.append(
        fields_section(
            [
                ("Status", esc(p.status or "unknown")),
                ("Stage", esc(p.stage or "—")),
                ("Minerals", esc(_minerals(p.minerals))),
                ("Where", esc(", ".join(x for x in (p.region, _label(p.country)) if x and x != "—"))),
                ("Operator", esc(p.operator or "—")),
                ("Backers", esc(", ".join(_label(b) for b in p.backers) or "—")),
                (
                    "Capacity",
                    esc(f"{p.capacity.normalize():f} {p.capacity_unit or ''}".strip())
                    if p.capacity is not None
                    else "—",
                ),
                ("Expected start", str(p.expected_start_year or "—")),
                ("Initiatives", esc(", ".join(i.short_name or i.name for i in d.initiatives) or "—")),
                ("Committed", money_line(d.money)),
            ]
        )
    )
    if p.description:
        blocks.append(section(esc(p.description)))
    if d.commitments:
        blocks.append(section("*Commitments*\n" + "\n".join(commitment_line(c) for c in d.commitments[:15])))
        more = max(d.commitment_count, len(d.commitments)) - min(15, len(d.commitments))
        if more > 0:
            blocks.append(context(f'…and {more} more: `commitments project:"{esc(p.name)}"`'))
    if d.updates:
        blocks.append(
            section(
                "*Latest updates*\n"
                + "\n".join(
                    f"{(u.happened_on or u.created_at.date()).isoformat()} · "
                    + (f"{esc(u.old_status or '?')} → *{esc(u.new_status or '')}* " if u.new_status else "")
                    + esc(u.note or "")
                    for u in d.updates
                )
            )
        )
    blocks += _rates_blocks(d.money, today)
    blocks.append(context(_provenance(p)))
    return with_share(
        blocks, command_text, _follow("project", p.name)
    ), f"{p.name}: {p.status or 'status unknown'}"


def commitment_card(d: CommitmentDetail, command_text: str, *, today: date | None = None) -> Answer:
    """One commitment: who, what, how much, where, its source, and its history from the audit log."""
    c = d.commitment
    title = f"#{c.id} {_label(c.actor)} · {c.instrument.replace('-', ' ')}"
    blocks: list[Block] = [header(title)]
    if c.status == "withdrawn":
        blocks.append(context(":no_entry_sign: Withdrawn: not counted in totals."))
    amount = money(c.amount, c.currency, ceiling=c.amount_is_ceiling)
    usd_note = f" (≈ {usd(c.usd_estimate)} at rates of {c.usd_rate_date})" if c.usd_estimate else ""
    blocks.append(
        fields_section(
            [
                ("Who committed", esc(actor_label(c.actor, c.actor_country))),
                ("With", esc(_label(c.counterparty)) if c.counterparty else "—"),
                ("Instrument", esc(c.instrument)),
                ("Amount", esc(amount + usd_note) if amount else "no amount stated"),
                ("Status", esc(c.status or "unknown")),
                ("Announced", c.announced_on.isoformat() if c.announced_on else "—"),
                ("Project", esc(d.project_name) if d.project_name is not None else "—"),
                ("Initiative", esc(d.initiative_name) if d.initiative_name is not None else "—"),
                ("Minerals", esc(_minerals(c.minerals))),
            ]
        )
    )
    if c.statement:
        blocks.append(section(f"> {esc(clip(c.statement, 2800))}"))
    if d.history:
        lines = [
            f"{h.at.date().isoformat()} · {esc(h.action)}"
            + (f" by {mention(h.actor)}" if h.actor else "")
            + (f" — {esc(clip(h.note, 200))}" if h.note else "")
            for h in d.history[-15:]
        ]
        blocks.append(section("*History*\n" + "\n".join(lines)))
    bits = [f"Logged by {mention(c.logged_by)}"]
    if c.source_url:
        bits.append(link(c.source_url, "source"))
    blocks.append(context(" · ".join(bits)))
    return with_share(blocks, command_text), title


CLAIM_LABELS = {"mobilized_usd": "Mobilised", "projects_count": "Projects"}


def _claim_label(attribute: str) -> str:
    return CLAIM_LABELS.get(attribute, attribute.replace("_", " "))


def initiative_card(d: InitiativeDetail, command_text: str, *, today: date | None = None) -> Answer:
    i = d.initiative
    blocks: list[Block] = [header(i.name)]
    blocks.append(
        fields_section(
            [
                ("Short name", esc(i.short_name or "—")),
                ("Lead", esc(_label(i.lead))),
                ("Members", esc(", ".join(_label(m) for m in i.members) or "—")),
                ("Launched", i.launched_on.isoformat() if i.launched_on else "—"),
                ("Venue", esc(i.venue or "—")),
                ("Status", esc(i.status)),
                ("Pillars", esc(", ".join(i.pillars) or "—")),
                ("Committed (logged)", money_line(d.money)),
            ]
        )
    )
    if i.description:
        blocks.append(section(esc(i.description)))
    if d.claims:
        blocks.append(
            section(
                "*What sources say* (figures as reported, not added to totals)\n"
                + "\n".join(
                    f"{esc(_claim_label(c.attribute))}: *{esc(c.value)}* — "
                    f"{link(c.source_url, c.note or 'source') if c.source_url else esc(c.note or '')}"
                    for c in d.claims[:10]
                )
            )
        )
    if d.projects:
        shown = d.projects[:30]
        count = max(d.project_count, len(d.projects))
        names = ", ".join(esc(name) for name in shown)
        more = f" and {count - len(shown):,} more" if count > len(shown) else ""
        blocks.append(section(f"*Projects ({count:,})*\n{names}{more}"))
    if d.milestones:
        blocks.append(
            section(
                "*Milestones*\n"
                + "\n".join(f"{m.due_on.isoformat()} · {esc(m.title)}" for m in d.milestones[:10])
            )
        )
    blocks += _rates_blocks(d.money, today)
    blocks.append(context(_provenance(i)))
    return with_share(blocks, command_text, _follow("initiative", i.name)), f"{i.name} ({i.status})"


def _follow(kind: str, name: str) -> list[Block]:
    """The Follow button of a project or initiative card (bot/blockkit/follows.py)."""
    from bot.blockkit.follows import follow_button

    return [follow_button(kind, name)]


def _provenance(record: Project | Initiative | ProjectCard | InitiativeCard) -> str:
    bits = [f"Logged by {mention(record.logged_by)}"]
    if record.source_url:
        bits.append(link(record.source_url, "source"))
    bits.append(f"updated {record.updated_at.date().isoformat()}")
    return " · ".join(bits)


def page_buttons(subcommand: str, args: str, page: Page) -> list[Block]:
    buttons = []
    if page.offset > 0:
        buttons.append(
            button(
                "◀ Previous",
                "page_prev",
                PageValue(subcommand, args, max(0, page.offset - page.limit)).encode(),
            )
        )
    if page.has_next:
        buttons.append(
            button("Next ▶", "page_next", PageValue(subcommand, args, page.offset + page.limit).encode())
        )
    return buttons


def _range(page: Page) -> str:
    if not page.total:
        return "0"
    return f"{page.offset + 1}–{page.offset + len(page.items)} of {_total(page)}"


def _total(page: Page) -> str:
    """How many match; a count that stopped at its cap says so ("1,000+")."""
    return f"{page.total:,}+" if page.capped else str(page.total)


def project_list(page: Page, subcommand: str, args: str, command_text: str) -> Answer:
    title = f"Projects {('matching ' + args) if args else ''}".strip()
    if not page.total:
        return error_blocks(
            f"No projects match `{args}`." if args else "No projects yet.",
            "Loosen a filter, or try `find <words>`.",
        )
    blocks: list[Block] = [section(f"*{esc(title)}* ({_range(page)})")]
    for p in page.items:
        blocks.append(
            section(
                f"*{esc(p.name)}* · {esc(p.stage or '—')} · {esc(p.status or 'status unknown')} · "
                f"{esc(_minerals(p.minerals))} · {esc(_label(p.country))}",
                accessory=button("Open", f"open_project_{p.id}", RerunValue(f"project {p.name}").encode()),
            )
        )
    return (
        with_share(blocks, command_text, page_buttons(subcommand, args, page)),
        f"{title}: {_range(page)}",
    )


def commitment_list(
    page: Page, project_names: dict[int, str], subcommand: str, args: str, command_text: str
) -> Answer:
    title = f"Commitments {('matching ' + args) if args else ''}".strip()
    if not page.total:
        return error_blocks(
            f"No commitments match `{args}`." if args else "No commitments yet.",
            "Loosen a filter, or try `find <words>`.",
        )
    lines = [commitment_line(c, project_names) for c in page.items]
    blocks: list[Block] = [section(f"*{esc(title)}* ({_range(page)})"), *sections(lines)]
    ids = list(dict.fromkeys(c.id for c in page.items if c.id is not None))[:MAX_ACTIONS]
    opens = [
        button(f"Open #{i}", f"open_commitment_{i}", RerunValue(f"commitment {i}").encode()) for i in ids
    ]
    if opens:
        blocks.append(actions(*opens, block_id="open_commitments"))
    return (
        with_share(blocks, command_text, page_buttons(subcommand, args, page)),
        f"{title}: {_range(page)}",
    )


def stats_blocks(
    t: Totals, args: str, command_text: str, *, today: date | None = None, top: int = 25
) -> Answer:
    """Groups with money ranked by USD; groups with no amounts (export controls, tariffs...) counted apart."""
    title = f"Money committed by {t.by}"
    blocks: list[Block] = [
        header(title),
        section(f"*All live commitments:* {t.overall.count} · {money_line(t.overall.money)}"),
    ]
    labels: dict[str, Callable[[str], str]] = {"country": _label, "mineral": lambda k: _minerals([k])}
    label = labels.get(t.by, str)
    ranked = [r for r in t.rows if r.money.stated]
    lines = [f"*{esc(label(row.key))}* — {row.count} · {money_line(row.money)}" for row in ranked[:top]]
    blocks += sections(lines)
    if len(ranked) > top:
        blocks.append(context(f"…and {len(ranked) - top} smaller groups."))
    unpriced = [r for r in t.rows if not r.money.stated]
    if unpriced:
        counted = " · ".join(f"{esc(label(r.key))} {r.count}" for r in unpriced[:30])
        more = f" · and {len(unpriced) - 30} more" if len(unpriced) > 30 else ""
        blocks.append(section(clip(f"*Counted, no amounts stated:* {counted}{more}", 2900)))
    blocks += _rates_blocks(t.overall.money, today)
    blocks.append(
        context(
            "“Up to” amounts are ceilings, not sums spent. A commitment with several minerals or "
            "initiatives counts in each of its groups. Figures sources give for a whole "
            "initiative are on its card, never added here."
        )
    )
    return with_share(blocks, command_text), f"{title}: {t.overall.count} commitments"


UPCOMING_SHOWN = 200  # milestones an `upcoming` answer lists; one more is read to say there are more


def upcoming_blocks(milestones: list[Milestone], days: int, today: date, command_text: str) -> Answer:
    more = len(milestones) > UPCOMING_SHOWN
    milestones = milestones[:UPCOMING_SHOWN]
    if not milestones:
        return (
            [section(f"No milestones in the next {days} days (from {today.isoformat()}).")],
            "No upcoming milestones",
        )
    lines = [
        f"*{m.due_on.isoformat()}* ({(m.due_on - today).days} days) · {esc(m.title)}" for m in milestones
    ]
    blocks = [header(f"Next {days} days")]
    if more:
        blocks.append(context(f"The first {UPCOMING_SHOWN}; ask for fewer days to see the rest."))
    blocks += [section("\n".join(lines[i : i + 20])) for i in range(0, len(lines), 20)]
    count = f"{UPCOMING_SHOWN}+" if more else str(len(milestones))
    return with_share(blocks, command_text), f"{count} upcoming milestones"


def search_results(words: str, hits: list[tuple[str, int, str, str]], command_text: str) -> Answer:
    """hits: (kind, id, title, snippet), best first."""
    if not hits:
        return error_blocks(
            f"Nothing matches “{words}”.", "Try fewer or different words, or `projects` with filters."
        )
    blocks: list[Block] = [section(f"*Results for “{esc(words)}”* ({len(hits)})")]
    for kind, _id, title, snippet in hits:
        command = {"project": f"project {title}", "initiative": f"initiative {title}"}.get(kind)
        if kind == "commitment":
            command = f"commitment {_id}"
        accessory = button("Open", f"open_{kind}_{_id}", RerunValue(command).encode()) if command else None
        blocks.append(
            section(f"_{esc(kind)}_ · *{esc(title)}*\n{esc(clip(snippet, 300))}", accessory=accessory)
        )
    return with_share(blocks, command_text), f"{len(hits)} results for {words}"


def home_view(
    totals: Totals,
    latest: list[Commitment],
    upcoming: list[Milestone],
    counts: dict[str, int],
    today: date,
    *,
    command: str,
) -> dict[str, Any]:
    blocks: list[Block] = [
        header("Critical-minerals tracker"),
        section(
            f"*{counts.get('initiatives', 0)}* initiatives · *{counts.get('projects', 0)}* "
            f"projects · *{totals.overall.count}* live commitments\n"
            f"Money committed: {money_line(totals.overall.money)}"
        ),
        divider(),
        section(
            "*Top countries*\n"
            + (
                "\n".join(
                    f"{esc(_label(r.key))} — {r.count} · {usd(r.money.usd)}"
                    for r in [r for r in totals.rows if r.money.usd][:8]
                )
                or "no amounts stated yet"
            )
        ),
        *_rates_blocks(totals.overall.money, today),
        divider(),
        section(
            "*Latest commitments*\n"
            + ("\n".join(commitment_line(c) for c in latest[:10]) or "nothing logged yet")
        ),
        divider(),
        section(
            "*Upcoming milestones*\n"
            + (
                "\n".join(f"{m.due_on.isoformat()} · {esc(m.title)}" for m in upcoming[:10])
                or f"none in the next 60 days (from {today.isoformat()})"
            )
        ),
        context(f"Type `{esc(command)} help` anywhere for commands. Public-channel records only."),
    ]
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}
