"""The `/minerals` subcommands. Each reads like a sentence: parse, ask the store, render."""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.blockkit import cards, modals
from bot.blockkit.values import ModalMeta
from bot.core.services import Services
from handlers.replies import error, note, reply
from handlers.router import ROUTER, CommandRequest, Deferred, OpenModal, Outcome, Reply
from store import names, queries, search, totals, transfer
from store.data_version import VersionedCache
from store.filters import (
    STATS_KEYS,
    FilterError,
    commitment_filter,
    filter_help,
    project_filter,
    stats_grouping,
)
from store.models import Initiative, Project
from store.visibility import Audience

PAGE_SIZE = 10


@ROUTER.add("help", usage="help [subcommand]")
def help_command(services: Services, req: CommandRequest) -> Outcome:
    """List every subcommand, or explain one."""
    topic = req.args.strip().lower()
    command = services.settings.slash_command
    if topic:
        sub = ROUTER.get(topic)
        if sub is None:
            return unknown_subcommand(services, req, topic)
        return reply(
            cards.help_blocks(command, [(sub.usage, sub.help)], topic=sub.name, filters=filter_help(sub.name))
        )
    return reply(cards.help_blocks(command, [(s.usage, s.summary) for s in ROUTER.listing()]))


def unknown_subcommand(services: Services, req: CommandRequest, name: str) -> Outcome:
    from handlers.questions import question_or_none
    from store.vocab import suggest

    if name == req.subcommand:  # `/minerals <question>`: a question first, a typo second
        answered = question_or_none(services, req)
        if answered is not None:
            return answered

    close = suggest(name, ROUTER.names(), limit=1)
    hint = f"Did you mean `{services.settings.slash_command} {close[0]}`? " if close else ""
    return error(
        f"“{name}” is not a {services.settings.slash_command} subcommand.",
        f"{hint}Type `{services.settings.slash_command} help` for the list.",
    )


@ROUTER.add("find", usage="find <words>", aliases=("search",))
def find_command(services: Services, req: CommandRequest) -> Outcome:
    """Ranked full-text search over initiatives, projects, commitments and updates."""
    words = req.args.strip()
    if not search.query_words(words):
        return error("`find` needs some words to look for.", "e.g. `find graphite Japan`")
    with services.session() as session:
        hits = search.search(session, words, audience=req.audience, limit=15)
        rows = _describe_hits(session, hits, req.audience)
    return reply(cards.search_results(words, rows, req.text))


def _describe_hits(
    session: Any, hits: list[search.SearchHit], audience: Audience
) -> list[tuple[str, int, str, str]]:
    by_kind: dict[str, list[int]] = {}
    for h in hits:
        by_kind.setdefault(h.kind, []).append(h.ref_id)
    found = queries.hit_summaries(session, by_kind, audience=audience)
    rows = []
    for h in hits:
        values = found.get((h.kind, h.ref_id))
        if values is None:
            continue
        if h.kind in ("project", "initiative"):
            name, description, *_ = values
            rows.append((h.kind, h.ref_id, name, description or ""))
        elif h.kind == "commitment":
            actor, instrument, status, statement = values
            withdrawn = " (withdrawn)" if status == "withdrawn" else ""
            title = f"#{h.ref_id} {cards._label(actor)} · {instrument}{withdrawn}"
            rows.append(("commitment", h.ref_id, title, statement or ""))
        else:
            project_id, note, *_ = values
            rows.append(("update", h.ref_id, f"Update on project #{project_id}", note or ""))
    return rows


def _card(
    services: Services, req: CommandRequest, model: type[Project] | type[Initiative], example: str
) -> Outcome:
    """A project's or initiative's card; a near miss gets "did you mean" buttons."""
    kind = model.__name__.lower()
    name = req.args.strip()
    if not name:
        return error(f"Which {kind}?", f"e.g. `{kind} {example}`")
    if model is Project:  # its statements are built once: read without a Session
        with services.driver_reads() as reads:
            record, suggestions = names.find_record(reads, model, name, audience=req.audience)
            detail = None
            if isinstance(record, queries.ProjectCard):
                detail = queries.project_detail(reads, record, audience=req.audience)
        if detail is None:
            return reply(cards.did_you_mean(kind, name, suggestions, kind))
        return reply(cards.project_card(detail, req.text, today=services.clock().date()))
    with services.session() as session:  # an initiative's summary is cached per data version
        record, suggestions = names.find_record(session, model, name, audience=req.audience)
        if record is None:
            return reply(cards.did_you_mean(kind, name, suggestions, kind))
        assert isinstance(record, queries.InitiativeCard)
        return reply(
            cards.initiative_card(
                queries.initiative_detail(session, record, audience=req.audience),
                req.text,
                today=services.clock().date(),
            )
        )


@ROUTER.add("project", usage="project <name>")
def project_command(services: Services, req: CommandRequest) -> Outcome:
    """A project's card: status, stage, minerals, backers, money committed, latest updates."""
    return _card(services, req, Project, "Ontario rare earth processing facilities")


@ROUTER.add("initiative", usage="initiative <name>")
def initiative_command(services: Services, req: CommandRequest) -> Outcome:
    """An initiative's card: members, projects, money, what sources say, milestones."""
    return _card(services, req, Initiative, "G7 Critical Minerals Action Plan")


@ROUTER.add("commitment", usage="commitment <number>")
def commitment_command(services: Services, req: CommandRequest) -> Outcome:
    """A commitment's card: who, what, how much, its project, source and history."""
    arg = req.args.strip().lstrip("#")
    if not arg.isdigit() or len(arg) > 12:
        return error("Which commitment? Give its number.", "e.g. `commitment 3` (lists show the numbers)")
    with services.driver_reads() as reads:
        detail = queries.commitment_detail(reads, int(arg), audience=req.audience)
    if detail is None:
        return error(f"No commitment #{arg} here.", "`commitments` lists the ones you can see.")
    return reply(cards.commitment_card(detail, req.text, today=services.clock().date()))


def list_projects_page(services: Services, args: str, audience: Audience, offset: int = 0) -> Reply:
    with services.session() as session:
        f, words = project_filter(session, args, services.clock().date(), audience=audience)
        if words:
            raise FilterError(f"`{' '.join(words)}` is not a filter.", "projects country:CA mineral:graphite")
        page = queries.list_projects(
            session, f, audience=audience, offset=offset, limit=PAGE_SIZE, count_cap=queries.LIST_COUNT_CAP
        )
    return reply(cards.project_list(page, "projects", args, f"projects {args}".strip()))


@ROUTER.add("projects", usage="projects [country:] [mineral:] [stage:] [status:] [initiative:] [since:]")
def projects_command(services: Services, req: CommandRequest) -> Outcome:
    """Projects matching filters, ten a page.

    e.g. `projects country:CA mineral:graphite`, `projects stage:processing status:unknown`,
    `projects initiative:G7 since:90d`"""
    return list_projects_page(services, req.args, req.audience)


def list_commitments_page(services: Services, args: str, audience: Audience, offset: int = 0) -> Reply:
    with services.session() as session:
        f, _values, words = commitment_filter(session, args, services.clock().date(), audience=audience)
        if words:
            raise FilterError(
                f"`{' '.join(words)}` is not a filter.", "commitments by:JP mineral:graphite since:30d"
            )
        # A visible record may point at a hidden project: only names the audience may see.
        page, pnames = queries.commitment_lines(
            session, f, audience=audience, offset=offset, limit=PAGE_SIZE, count_cap=queries.LIST_COUNT_CAP
        )
    return reply(cards.commitment_list(page, pnames, "commitments", args, f"commitments {args}".strip()))


@ROUTER.add(
    "commitments",
    usage="commitments [by:] [country:] [mineral:] [instrument:] "
    "[status:] [initiative:] [project:] [since:30d]",
)
def commitments_command(services: Services, req: CommandRequest) -> Outcome:
    """Commitments matching filters, newest first, ten a page; Open shows one with its history.

    e.g. `commitments country:CA` (to Canadian projects), `commitments by:JP` (by Japan),
    `commitments instrument:offtake mineral:graphite`, `commitments status:proposed since:1y`"""
    return list_commitments_page(services, req.args, req.audience)


@ROUTER.add("stats", usage="stats [per:country|stage|mineral|initiative|instrument|status] [by:] [filters]")
def stats_command(services: Services, req: CommandRequest) -> Outcome:
    """Money committed and counts, grouped; USD at the stored rates, ceilings flagged.

    `per:` groups, `by:` filters by who committed, other filters as on commitments.
    e.g. `stats per:instrument`, `stats by:JP`, `stats per:mineral country:CA`"""
    with services.session() as session:
        f, values, words = commitment_filter(
            session, req.args, services.clock().date(), allowed=STATS_KEYS, audience=req.audience
        )
        if words:
            raise FilterError(f"`{' '.join(words)}` is not a filter.", "stats by:country")
        grouping, actor = stats_grouping(values)
        f = dataclasses.replace(f, actor=actor)
        today = services.clock().date()
        key = (grouping, f, req.audience, req.args, req.text, today)

        def stats_card(session: Any) -> tuple[list[Any], str]:
            return _STATS_ANSWERS.get(
                session,
                key,
                lambda: cards.stats_blocks(
                    totals.totals(session, grouping, audience=req.audience, f=f),
                    req.args,
                    req.text,
                    today=today,
                ),
            )

        if not _STATS_ANSWERS.has(session, key) and _too_big_to_add_up_in_the_ack(session, req.audience):

            def work(client: Any) -> Reply:
                with services.session(read_only=True) as later:
                    blocks, text = stats_card(later)
                return reply((list(blocks), text))

            return Deferred("Adding up the totals… they follow in a moment.", work)
        blocks, text = stats_card(session)
    return reply((list(blocks), text))  # a list of its own: a caller may add to its copy


# Totals not yet cached are added up after the ack once the store is this big: at 10,000
# projects (100,000 commitments) a fresh `stats per:mineral` took about 0.4 s on a loaded
# machine, at 100,000 projects 5 to 8 s, past Slack's 3 seconds. The count is cached per
# data version, so checking it costs nothing on the hot path.
STATS_IN_THE_ACK_MAX_PROJECTS = 20_000


def _too_big_to_add_up_in_the_ack(session: Any, audience: Any) -> bool:
    return queries.record_counts(session, audience=audience)["projects"] > STATS_IN_THE_ACK_MAX_PROJECTS


# The stats card is a function of the totals (themselves cached per data version) and the
# words asked: built once per version, not per request (formatting its money lines was half
# the command's CPU). The blocks themselves are never changed once built.
_STATS_ANSWERS = VersionedCache(size=64)


@ROUTER.add("upcoming", usage="upcoming [days]")
def upcoming_command(services: Services, req: CommandRequest) -> Outcome:
    """Milestones in the next 60 days (or the number of days given)."""
    arg = req.args.strip()
    if arg and not (arg.isdigit() and 0 < int(arg) <= 3650):
        return error(f"`{arg}` is not a number of days.", "e.g. `upcoming 90`")
    days = int(arg) if arg else 60
    today = services.clock().date()
    with services.session() as session:
        milestones = queries.upcoming_milestones(
            session, today, audience=req.audience, days=days, limit=cards.UPCOMING_SHOWN + 1
        )
    return reply(cards.upcoming_blocks(milestones, days, today, req.text))


@ROUTER.add("add", usage="add project|initiative")
def add_command(services: Services, req: CommandRequest) -> Outcome:
    """Open a form to add a project or an initiative."""
    what = req.args.strip().lower()
    meta = ModalMeta(channel=req.channel_id, private=req.is_private_channel)
    if what == "project":
        return OpenModal(modals.project_modal(meta))
    if what == "initiative":
        return OpenModal(modals.initiative_modal(meta))
    return error(f"Cannot add “{what or 'nothing'}”.", "Type `add project` or `add initiative`.")


@ROUTER.add("export", usage="export projects|commitments|initiatives [filters]")
def export_command(services: Services, req: CommandRequest) -> Outcome:
    """A CSV file of records you can see, sent to you as a direct message.

    Takes the same filters as the lists, e.g. `export commitments by:JP since:2025-01-01`."""
    kind, _, args = req.args.strip().partition(" ")
    kind = kind.lower() or "projects"
    if kind not in transfer.ORDER:
        return error(
            f"Cannot export “{kind}”.",
            "Type `export projects`, `export commitments` or `export initiatives`.",
        )
    where = _export_conditions(services, kind, args.strip(), req.audience)
    described = f"{kind} matching {args.strip()}" if args.strip() else kind

    def work(client: Any) -> Reply:
        with services.session(read_only=True) as session:
            body, rows = transfer.csv_export(session, kind, audience=req.audience, where=where)
        dm = client.conversations_open(users=req.user_id)["channel"]["id"]
        filename = f"minerals-{kind}-{services.clock().date().isoformat()}.csv"
        client.files_upload_v2(
            channel=dm,
            content=body,
            filename=filename,
            title=filename,
            initial_comment=f"{rows} {described}.",
        )
        return note(f":white_check_mark: Sent {filename} ({rows} rows) to your direct messages.")

    return Deferred(f"Preparing the {described} export…", work)


def _export_conditions(services: Services, kind: str, args: str, audience: Audience) -> list[Any]:
    """The list filters of an export, checked before the ack (a bad filter is answered at once)."""
    if not args:
        return []
    if kind == "initiatives":
        raise FilterError("Initiatives take no filters.", "export initiatives")
    today = services.clock().date()
    with services.session(read_only=True) as session:
        if kind == "projects":
            pf, words = project_filter(session, args, today, audience=audience)
            conditions = queries.project_conditions(pf)
        else:
            cf, _values, words = commitment_filter(session, args, today, audience=audience)
            conditions = queries.commitment_conditions(cf, audience=audience)
    if words:
        raise FilterError(f"`{' '.join(words)}` is not a filter.", f"export {kind} by:JP since:30d")
    return conditions


def dashboard(services: Services, audience: Audience) -> dict[str, Any]:
    """The App Home view for an audience (public records only on Home)."""
    today = services.clock().date()
    with services.session(read_only=True) as session:
        t = totals.totals(session, "country", audience=audience)
        # Home shows ten of each and no count of the commitments: none is made (count_cap=0).
        latest = queries.list_commitments(
            session, queries.CommitmentFilter(), audience=audience, limit=10, count_cap=0
        ).items
        upcoming = queries.upcoming_milestones(session, today, audience=audience, days=60, limit=10)
        counts = queries.record_counts(session, audience=audience)
    return cards.home_view(t, latest, upcoming, counts, today, command=services.settings.slash_command)
