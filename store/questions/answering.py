"""Answering a Reading from the tracker: plain values, every read limited to the audience.

The figures come from the same store functions as the filter commands (`totals`,
`list_commitments`, `list_projects`), so an answer and the equivalent command it shows
always agree; "what changed" reads a page and a capped count of each kind (`created_in`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import String, and_, cast, exists, literal, or_
from sqlmodel import Session, col, select

from store import names, queries, totals, vocab
from store.models import Commitment, Initiative, Project, ProjectUpdate
from store.money import Money
from store.queries import CommitmentFilter, Page, ProjectFilter, StatusChange
from store.questions import groups
from store.questions.known import known_names
from store.questions.reading import Reading, read
from store.totals import Totals, TotalsRow
from store.visibility import Audience

PAGE_SIZE = 10
EXAMPLES = (
    "how much has Japan committed to graphite?",
    "which projects are in Canada?",
    "what changed this week?",
)


@dataclass
class Answer:
    """What to show for a question: how it was read, the figure or list, the equivalent command."""

    reading: Reading
    kind: str  # figure, count, commitments, projects, ranked, totals, months, changes, timeline,
    #            no_match, unreadable
    headline: str  # how the question was read, in plain words
    command: str | None = None  # the equivalent /minerals command (without the slash)
    list_args: str = ""  # filter words for the list's Next button
    list_subcommand: str = ""  # "commitments" or "projects"
    count: int = 0
    money: Money | None = None
    totals: Totals | None = None
    rows: list[TotalsRow] = field(default_factory=list)
    page: Page | None = None
    project_names: dict[int, str] = field(default_factory=dict)
    commitments: list[Commitment] = field(default_factory=list)
    changes: ChangePages | None = None
    capped: bool = False  # `count` stopped at a cap: "1,000+"
    updates: list[ProjectUpdate] = field(default_factory=list)
    months: list[tuple[str, int, Money]] = field(default_factory=list)
    nearest: str | None = None  # nothing matched: the nearest thing that exists
    suggestions: list[str] = field(default_factory=list)  # names close to an unknown word
    examples: tuple[str, ...] = EXAMPLES


def ask(session: Session, text: str, *, audience: Audience, today: date, offset: int = 0) -> Answer:
    """Read a question with the names `audience` may see, and answer it."""
    reading = read(text, today=today, names=known_names(session, audience=audience))
    return answer(session, reading, audience=audience, today=today, offset=offset)


def answer(session: Session, reading: Reading, *, audience: Audience, today: date, offset: int = 0) -> Answer:
    """The answer to a reading, from records `audience` may see."""
    if not reading.readable:
        return _unreadable(session, reading, audience)
    scope = _scope(session, reading, audience)
    if scope is None:  # a name the reader knew is gone or hidden since: read again
        return _unreadable(session, dataclasses.replace(reading, intent="unreadable"), audience)
    f, pf = scope
    head = headline(reading)
    intent = reading.intent
    fl = reading.filters
    if intent in ("list_projects", "count_projects"):
        listing = intent == "list_projects"  # a list counts as far as its cap; "how many" counts all
        page = queries.list_projects(
            session,
            pf,
            audience=audience,
            offset=offset,
            limit=PAGE_SIZE if listing else 1,
            count_cap=queries.LIST_COUNT_CAP if listing else None,
        )
        args = project_args(fl)
        out = Answer(
            reading, "projects" if intent == "list_projects" else "count", head, f"projects {args}".strip()
        )
        out.page, out.count, out.list_args, out.list_subcommand = page, page.total, args, "projects"
        if not page.total:
            return _no_match(session, out, audience, projects=True)
        return out
    args = commitment_args(fl)
    if intent == "list_commitments":
        page = queries.list_commitments(
            session, f, audience=audience, offset=offset, limit=PAGE_SIZE, count_cap=queries.LIST_COUNT_CAP
        )
        out = Answer(reading, "commitments", head, f"commitments {args}".strip(), args, "commitments")
        out.page, out.count = page, page.total
        out.project_names = _project_names(session, page.items, audience)
        return out if page.total else _no_match(session, out, audience)
    if intent in ("total", "count_commitments"):
        t = totals.totals(session, "country", audience=audience, f=f)
        kind = "figure" if intent == "total" else "count"
        command = f"stats {args}" if intent == "total" else f"commitments {args}"
        out = Answer(reading, kind, head, command.strip(), args, "commitments")
        out.count, out.money, out.totals = t.overall.count, t.overall.money, t
        return out if t.overall.count else _no_match(session, out, audience)
    if intent == "rank" and reading.grouping is None:
        items = biggest_commitments(session, f, audience=audience, limit=reading.limit or PAGE_SIZE)
        out = Answer(reading, "ranked", head, f"commitments {args}".strip(), args, "commitments")
        out.commitments, out.count = items, len(items)
        out.project_names = _project_names(session, items, audience)
        return out if items else _no_match(session, out, audience)
    if intent == "breakdown" and reading.grouping == "month":
        months = by_month(session, f, audience=audience)
        out = Answer(reading, "months", head, f"commitments {args}".strip(), args, "commitments")
        out.months, out.count = months, sum(n for _, n, _ in months)
        return out if months else _no_match(session, out, audience)
    if intent in ("who", "rank", "breakdown", "compare"):
        by = reading.grouping or "country"
        group_f = f
        if intent == "compare" and by == "mineral":
            group_f = dataclasses.replace(f, mineral=None)
        t = totals.totals(session, by, audience=audience, f=group_f)
        rows = t.rows
        if intent == "compare":
            wanted = fl["country" if by == "country" else "mineral"].split(",")
            found = {r.key: r for r in rows}
            rows = [found.get(k) or TotalsRow(k) for k in wanted]
        elif reading.limit:
            rows = rows[: reading.limit]
        stats_args = (
            f"by:{by} {args}".strip() if intent != "compare" or by == "country" else f"by:mineral {args}"
        )
        if intent == "compare" and by == "mineral":
            stats_args = (
                f"by:mineral {commitment_args({k: v for k, v in fl.items() if k != 'mineral'})}".strip()
            )
        out = Answer(reading, "totals", head, f"stats {stats_args}".strip(), args, "commitments")
        out.totals, out.rows, out.count = t, rows, t.overall.count
        return out if any(r.count for r in rows) else _no_match(session, out, audience)
    if intent == "changes":
        return _changes(session, reading, f, audience, today, head)
    if intent == "timeline":
        return _timeline(session, reading, audience, head)
    return _unreadable(session, reading, audience)


# --- filters -----------------------------------------------------------------------------------


def _scope(
    session: Session, reading: Reading, audience: Audience
) -> tuple[CommitmentFilter, ProjectFilter] | None:
    fl = reading.filters
    project_id = initiative_id = None
    if "project" in fl:
        project_id, _ = names.find_by_name(session, Project, fl["project"], audience=audience)
        if project_id is None:
            return None
    if "initiative" in fl:
        initiative_id, _ = names.find_by_name(session, Initiative, fl["initiative"], audience=audience)
        if initiative_id is None:
            return None
    countries: tuple[str, ...] = ()
    country = fl.get("country")
    if country and (reading.intent == "compare" or "," in country or country in groups.GROUPS):
        countries = tuple(dict.fromkeys(c for code in country.split(",") for c in groups.expand(code)))
        if reading.intent == "compare":
            countries = tuple(country.split(","))
        country = None
    mineral = fl.get("mineral")
    if mineral and "," in mineral:
        mineral = None
    since = date.fromisoformat(fl["since"]) if "since" in fl else None
    until = date.fromisoformat(fl["until"]) if "until" in fl else None
    f = CommitmentFilter(
        country=fl.get("where"),  # the project's country
        actor=country,  # who committed
        countries=countries,
        mineral=mineral,
        instrument=fl.get("instrument"),
        status=fl.get("status"),
        stage=fl.get("stage"),
        project_id=project_id,
        initiative_id=initiative_id,
        since=since,
        until=until,
    )
    pf = ProjectFilter(
        country=fl.get("country") if fl.get("country") not in groups.GROUPS else None,
        mineral=mineral,
        stage=fl.get("stage"),
        status=fl.get("status"),
        initiative_id=initiative_id,
        backer=fl.get("backer"),
        since=since,
    )
    return f, pf


def _quote(value: str) -> str:
    return f'"{value}"' if " " in value else value


def commitment_args(fl: dict[str, str]) -> str:
    """The filter words of `commitments` and `stats` that say what these filters say."""
    parts = []
    country = fl.get("country")
    if country:
        codes = (
            [c for code in country.split(",") for c in groups.expand(code)]
            if "," not in country
            else country.split(",")
        )
        if country in groups.GROUPS:
            parts.append("by:" + ",".join(dict.fromkeys(codes)))
        else:
            parts.append(f"by:{country}")
    if "where" in fl:
        parts.append(f"country:{_quote(fl['where'])}")
    for key in (
        "mineral",
        "stage",
        "instrument",
        "status",
        "project",
        "initiative",
        "since",
        "until",
    ):
        if key in fl and not (key == "mineral" and "," in fl[key]):
            parts.append(f"{key}:{_quote(fl[key])}")
    return " ".join(parts)


def project_args(fl: dict[str, str]) -> str:
    parts = []
    for key in ("country", "mineral", "stage", "status", "initiative", "backer", "since"):
        if key in fl:
            parts.append(f"{key}:{_quote(fl[key])}")
    return " ".join(parts)


# --- how it was read, in plain words -----------------------------------------------------------


def _when(d: str) -> str:
    day = date.fromisoformat(d)
    return f"{day.day} {day.strftime('%b')} {day.year}"


def _country(code: str) -> str:
    if code in groups.GROUPS:
        return f"{groups.GROUP_NAMES[code]} and its members"
    name = vocab.country_name(code)
    return name if name and name != code else code


def _mineral(code: str) -> str:
    m = vocab.MINERALS_BY_CODE.get(code)
    return m.name.lower() if m else code


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def headline(reading: Reading) -> str:
    """How the question was read: "Commitments by Japan · graphite · since 1 Jun 2025"."""
    fl = reading.filters
    g = reading.grouping
    projects = reading.intent in ("list_projects", "count_projects")
    subject = {
        "total": "Money committed",
        "count_commitments": "Number of commitments",
        "count_projects": "Number of projects",
        "list_commitments": "Commitments",
        "list_projects": "Projects",
        "who": "Who committed",
        "changes": "What changed",
        "timeline": f"What happened to {fl.get('project', '')}",
    }.get(reading.intent, "")
    if reading.intent == "rank":
        if g:
            subject = (
                f"Top {reading.limit or ''} {'countries' if g == 'country' else g + 's'} by money committed"
            )
            subject = subject.replace("  ", " ")
        else:
            subject = "Biggest commitment" if reading.limit == 1 else "Biggest commitments"
    elif reading.intent == "breakdown":
        subject = f"Money committed by {g}"
    elif reading.intent == "compare":
        values = fl["country"].split(",") if g == "country" else fl["mineral"].split(",")
        shown = [_country(v) if g == "country" else _mineral(v) for v in values]
        subject = "Compared: " + _and(shown)
    parts = [subject]
    country = fl.get("country")
    if country and reading.intent != "compare":
        parts[0] += f" {'in' if projects else 'by'} {_country(country)}"
    if "backer" in fl:
        parts[0] += f" backed by {_country(fl['backer'])}"
    if "where" in fl:
        parts.append(f"projects in {_country(fl['where'])}")
    if "mineral" in fl and not (reading.intent == "compare" and g == "mineral"):
        parts.append(_mineral(fl["mineral"]))
    if "stage" in fl:
        parts.append(f"{fl['stage']} stage")
    if "instrument" in fl:
        parts.append(fl["instrument"].replace("-", " "))
    if "status" in fl:
        parts.append(fl["status"])
    if "project" in fl and reading.intent != "timeline":
        parts.append(f"project {fl['project']}")
    if "initiative" in fl:
        parts.append(f"initiative {fl['initiative']}")
    if "since" in fl and "until" in fl:
        parts.append(f"{_when(fl['since'])} – {_when(fl['until'])}")
    elif "since" in fl:
        parts.append(f"since {_when(fl['since'])}")
    elif "until" in fl:
        parts.append(f"until {_when(fl['until'])}")
    elif reading.intent == "changes":
        parts.append("in the last 7 days")
    return " · ".join(p for p in parts if p)


# --- reads the filter commands have no word for -------------------------------------------------


def biggest_commitments(
    session: Session, f: CommitmentFilter, *, audience: Audience, limit: int
) -> list[Commitment]:
    """Live commitments by USD estimate, biggest first (no amount: last)."""
    conds = queries.commitment_conditions(f, audience=audience)
    stmt = queries._where_visible(select(Commitment).where(*conds), Commitment, audience)
    stmt = stmt.order_by(col(Commitment.usd_estimate).desc().nulls_last(), col(Commitment.id).desc())
    return list(session.exec(stmt.limit(limit)).all())


def by_month(session: Session, f: CommitmentFilter, *, audience: Audience) -> list[tuple[str, int, Money]]:
    """(YYYY-MM, count, money) of live commitments by the month announced (or logged)."""
    months: dict[str, tuple[int, Money]] = {}
    page = queries.list_commitments(session, f, audience=audience, limit=20_000)
    for c in page.items:
        day = c.announced_on or c.created_at.date()
        key = f"{day.year}-{day.month:02d}"
        n, money = months.get(key, (0, Money()))
        money.add(c)
        months[key] = (n + 1, money)
    return [(k, n, m) for k, (n, m) in sorted(months.items())]


def _project_names(session: Session, items: list[Commitment], audience: Audience) -> dict[int, str]:
    return queries.project_names(session, [c.project_id for c in items if c.project_id], audience=audience)


@dataclass
class ChangePages:
    """What changed in [start, end) as an answer shows it: of each kind a first page, oldest
    first, and how many (a count that stops at the lists' cap)."""

    start: datetime
    end: datetime
    new_commitments: Page
    new_projects: Page
    new_initiatives: Page
    status_changes: Page  # of StatusChange
    notes: Page  # of StatusChange

    def pages(self) -> tuple[Page, ...]:
        return (
            self.new_commitments,
            self.new_projects,
            self.new_initiatives,
            self.status_changes,
            self.notes,
        )


CHANGES_SHOWN = {"commitments": 15, "projects": 15, "initiatives": 10, "status_changes": 15, "notes": 10}


def _changes(
    session: Session, reading: Reading, f: CommitmentFilter, audience: Audience, today: date, head: str
) -> Answer:
    """Filtered in SQL and read a page and a capped count at a time: a week holds thousands
    of records in a big store, and the answer shows fifteen of each kind."""
    fl = reading.filters
    day_start = f.since or today - timedelta(days=7)
    day_end = (f.until or today) + timedelta(days=1)
    start = datetime.combine(day_start, datetime.min.time(), UTC)
    end = datetime.combine(day_end, datetime.min.time(), UTC)
    count_cap = queries.LIST_COUNT_CAP
    statements = _change_statements(
        audience, tuple(sorted(fl.items())), f.initiative_id, start, end, count_cap
    )

    def page(shown: str) -> Page:
        built = statements[shown]
        if built is None:
            return Page([], 0, 0, CHANGES_SHOWN[shown])
        return queries.created_in_page(session, built, audience=audience)

    commitments = page("commitments")
    projects = page("projects")
    status_changes, notes = page("status_changes"), page("notes")
    if statements["status_changes"] is not None:
        status_changes = _with_projects(session, status_changes, audience)
        notes = _with_projects(session, notes, audience)
    initiatives = page("initiatives")

    changes = ChangePages(start, end, commitments, projects, initiatives, status_changes, notes)
    out = Answer(reading, "changes", head, None)
    out.changes = changes
    out.project_names = _project_names(session, commitments.items, audience)
    out.count = sum(p.total for p in changes.pages())
    out.capped = any(p.capped for p in changes.pages())
    if not out.count:
        out.kind = "no_match"
        out.nearest = "Nothing was logged or updated in that period for what you asked."
    return out


@lru_cache(maxsize=64)
def _change_statements(
    audience: Audience,
    filters: tuple[tuple[str, str], ...],
    initiative_id: int | None,
    start: datetime,
    end: datetime,
    count_cap: int,
) -> dict[str, queries.CreatedIn | None]:
    """Each kind's page and capped count of what changed (None: the kind is not asked for),
    built once per audience, filters and window: building them cost more than running them."""
    fl = dict(filters)
    mineral = fl.get("mineral")
    by_project = "where" in fl or "stage" in fl

    # The place, stage and mineral asked for, of a project.
    asked: list[Any] = []
    if "where" in fl:
        asked.append(col(Project.country) == fl["where"])
    if "stage" in fl:
        asked.append(col(Project.stage) == fl["stage"])
    if mineral:
        asked.append(_mineral_in(Project.minerals, mineral))

    def project_ok(project_id: Any) -> Any:
        """The project exists, the audience may see it, and it is as asked."""
        found = select(literal(1)).where(col(Project.id) == project_id, *asked)
        return exists(queries._where_visible(found, Project, audience))

    def built(model: Any, conds: list[Any], shown: str) -> queries.CreatedIn:
        return queries.created_in_statements(
            model,
            start,
            end,
            conds,
            audience=audience,
            limit=CHANGES_SHOWN[shown],
            count_cap=count_cap,
        )

    linked_ok = project_ok(Commitment.project_id)
    conds: list[Any] = [col(Commitment.status) != "withdrawn"]
    if "country" in fl:
        actors = list(dict.fromkeys(groups.expand(fl["country"])))
        conds.append(or_(col(Commitment.actor_country).in_(actors), col(Commitment.actor).in_(actors)))
    if "instrument" in fl:
        conds.append(col(Commitment.instrument) == fl["instrument"])
    if mineral:
        # A commitment names the mineral, or names none and its project has it.
        none_named = or_(
            col(Commitment.minerals).is_(None), cast(Commitment.minerals, String).in_(["[]", "null"])
        )
        conds.append(or_(_mineral_in(Commitment.minerals, mineral), and_(none_named, linked_ok)))
    if by_project:
        conds.append(linked_ok)
    if initiative_id is not None:
        conds.append(col(Commitment.initiative_id) == initiative_id)
    statements: dict[str, queries.CreatedIn | None] = {"commitments": built(Commitment, conds, "commitments")}

    only_commitments = "country" in fl or "instrument" in fl
    if only_commitments:
        statements.update(projects=None, status_changes=None, notes=None)
    else:
        updated_ok = project_ok(ProjectUpdate.project_id)
        is_status = col(ProjectUpdate.kind) == "status_change"
        statements["projects"] = built(Project, asked, "projects")
        statements["status_changes"] = built(ProjectUpdate, [is_status, updated_ok], "status_changes")
        statements["notes"] = built(ProjectUpdate, [~is_status, updated_ok], "notes")
    statements["initiatives"] = None if fl else built(Initiative, [], "initiatives")
    return statements


def _mineral_in(column: Any, mineral: str) -> Any:
    """A JSON list of codes holds the mineral (rare earths: any of them or their groups)."""
    codes = [mineral]
    if mineral == "rare-earths":
        codes += sorted(vocab.RARE_EARTH_CODES) + ["ndpr", "light-rare-earths", "heavy-rare-earths"]
    return or_(*[queries._json_contains(column, c) for c in dict.fromkeys(codes)])


def _with_projects(session: Session, updates: Page, audience: Audience) -> Page:
    """A page of updates as StatusChanges (the page holds updates of visible projects only)."""
    ids = [u.project_id for u in updates.items]
    by_id = queries.records_by_ids(session, Project, ids, audience=audience)
    items = [StatusChange(by_id[u.project_id], u) for u in updates.items if u.project_id in by_id]
    return dataclasses.replace(updates, items=items)


def _timeline(session: Session, reading: Reading, audience: Audience, head: str) -> Answer:
    fl = reading.filters
    found, _ = names.find_by_name(session, Project, fl["project"], audience=audience)
    project = session.get(Project, found) if found is not None else None
    out = Answer(reading, "timeline", head, f"project {_quote(fl['project'])}" if project else None)
    if project is None:
        return _unreadable(session, reading, audience)
    since = date.fromisoformat(fl["since"]) if "since" in fl else None
    until = date.fromisoformat(fl["until"]) if "until" in fl else None
    stmt = queries._where_visible(
        select(ProjectUpdate).where(ProjectUpdate.project_id == project.id), ProjectUpdate, audience
    ).order_by(col(ProjectUpdate.created_at))
    updates = [
        u for u in session.exec(stmt).all() if _within(u.happened_on or u.created_at.date(), since, until)
    ]
    f = CommitmentFilter(project_id=project.id, since=since, until=until)
    page = queries.list_commitments(session, f, audience=audience, limit=PAGE_SIZE)
    out.updates, out.page, out.count = updates, page, len(updates) + page.total
    out.list_args, out.list_subcommand = commitment_args({k: v for k, v in fl.items()}), "commitments"
    if not out.count:
        out.kind = "no_match"
        status = project.status or "of unknown status"
        out.nearest = f"{project.name} is {status}; nothing was logged about it in that period."
    return out


def _within(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


# --- when nothing matches, or nothing was understood ---------------------------------------------

_RELAX = ("mineral", "instrument", "stage", "status", "where", "project", "initiative", "dates", "country")


def _no_match(session: Session, out: Answer, audience: Audience, *, projects: bool = False) -> Answer:
    """Say what was searched for and the nearest thing that does exist."""
    out.kind = "no_match"
    fl = dict(out.reading.filters)
    for key in _RELAX:
        if key == "dates" and not ("since" in fl or "until" in fl):
            continue
        if key != "dates" and key not in fl:
            continue
        relaxed = {
            k: v for k, v in fl.items() if not (k == key or (key == "dates" and k in ("since", "until")))
        }
        reading = dataclasses.replace(out.reading, filters=relaxed)
        scope = _scope(session, reading, audience)
        if scope is None:
            continue
        f, pf = scope
        if projects:
            n = queries.list_projects(session, pf, audience=audience, limit=1).total
            if n:
                where = headline(dataclasses.replace(reading, intent="list_projects"))
                out.nearest = f"Without the {key} filter there {'is' if n == 1 else 'are'} {n}: {where}."
                return out
            continue
        if key in ("mineral", "instrument", "stage", "status"):
            t = totals.totals(session, key, audience=audience, f=f)
            rows = [r for r in t.rows if r.count and r.key != "unspecified"]
            if rows:
                top = rows[0]
                who = _country(fl["country"]) if "country" in fl and key != "country" else "The tracker"
                value = _mineral(top.key) if key == "mineral" else top.key.replace("-", " ")
                more = f" ({len(rows) - 1} other {key}s too)" if len(rows) > 1 else ""
                out.nearest = (
                    f"{who} {'has' if who == 'The tracker' or ' and ' not in who else 'have'} "
                    f"{top.count} commitment{'s' if top.count != 1 else ''} on {value}{more}."
                )
                return out
            continue
        t = totals.totals(session, "country", audience=audience, f=f)
        if t.overall.count:
            n = t.overall.count
            label = {"dates": "outside those dates", "where": "in other places"}.get(
                key, f"without the {key} filter"
            )
            out.nearest = f"There {'is' if n == 1 else 'are'} {n} commitment{'s' if n != 1 else ''} {label}."
            return out
    out.nearest = "Nothing in the tracker comes close."
    return out


def _unreadable(session: Session, reading: Reading, audience: Audience) -> Answer:
    out = Answer(reading, "unreadable", "I could not read that question")
    words = [w for w in reading.unknown if w.isalpha() and len(w) > 2]
    if words:
        guess = " ".join(words)
        for model in (Project, Initiative):
            _, close = names.find_by_name(session, model, guess, audience=audience)
            out.suggestions += close
        out.suggestions = list(dict.fromkeys(out.suggestions))[:3]
    return out


def chart_series(a: Answer) -> list[tuple[str, float]]:
    """(label, USD millions) bars of a chart asked for: groups biggest first, months in order."""
    if a.kind == "months":
        return [(month, float(money.usd) / 1e6) for month, _n, money in a.months[-24:]]
    if a.kind != "totals" or a.totals is None:
        return []
    by = a.totals.by
    label = _country if by == "country" else _mineral if by == "mineral" else str
    rows = [(label(r.key), float(r.money.usd) / 1e6) for r in a.rows if r.money.usd > 0]
    if len(rows) > 10:  # the rest as one bar, as the digest's chart does
        rows = rows[:9] + [(f"{len(rows) - 9} others", sum(v for _, v in rows[9:]))]
    return rows
