"""Import (all or nothing, with a report naming each bad row) and export, as CSV or JSON.

Exports stream: rows are read in batches and written as they come, so memory stays flat
however many records there are. CSV cells that a spreadsheet would run as a formula are
neutralised (OWASP's advice: a leading apostrophe), and import takes the apostrophe off
again; lists are written as JSON arrays in their cell, so a name with a comma survives.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ValidationError
from sqlalchemy import and_
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from store import records, vocab
from store.errors import UserError
from store.models import Commitment, Initiative, Project, ProjectInitiativeLink
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.text import error_message
from store.visibility import Audience

KINDS: dict[str, type[BaseModel]] = {
    "initiatives": InitiativeIn,
    "projects": ProjectIn,
    "commitments": CommitmentIn,
}
# Columns that export writes and import recomputes, keys on or leaves to the importer
# (who logged a record and when is the import's own, kept in the audit log).
DERIVED_COLUMNS = frozenset(
    {"id", "source_message", "usd_estimate", "usd_rate_date", "logged_by", "created_at"}
)
ORDER = ("initiatives", "projects", "commitments")  # later kinds refer to earlier ones
# Fields that hold a list: a CSV cell holds it as a JSON array (old files: comma-separated).
LIST_FIELDS = {
    kind: frozenset(name for name, f in schema.model_fields.items() if f.annotation == list[str])
    for kind, schema in KINDS.items()
}
NUMBER_FIELDS = frozenset({"amount", "quantity", "capacity"})
MAX_CELL = 20_000  # the longest text the store keeps (a description)
MAX_MESSAGE = 300  # a report line quotes at most this much of a bad value
EXPORT_BATCH = 500  # rows read per round trip (and ids per IN list, under SQLite's limit)


@dataclass
class RowError:
    kind: str
    row: int  # 1-based data row (CSV: the header is row 0)
    field: str
    message: str
    line: int | None = None  # CSV: the line a spreadsheet shows it on (the header is line 1)

    def __str__(self) -> str:
        where = f"{self.kind} line {self.line}" if self.line else f"{self.kind} row {self.row}"
        message = self.message if len(self.message) <= MAX_MESSAGE else self.message[:MAX_MESSAGE] + "…"
        return f"{where}, {self.field}: {message}" if self.field else f"{where}: {message}"


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # already in the store
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _count(n: int, kind: str) -> str:
    return f"{n} {kind if n != 1 else kind[:-1]}"


def report_text(report: ImportReport, limit: int = 50) -> str:
    """What an import did, for a person: counts, or every bad row (up to `limit`) and why."""
    if report.errors:
        lines = "\n".join(f"  - {e}" for e in report.errors[:limit])
        more = f"\n  ... and {len(report.errors) - limit} more" if len(report.errors) > limit else ""
        return f"Nothing was imported: {len(report.errors)} bad row(s).\n{lines}{more}"
    added = ", ".join(_count(report.added.get(k, 0), k) for k in ORDER if k in report.added)
    skipped = sum(report.skipped.values())
    already = f" ({skipped} already there, left as they were)" if skipped else ""
    return f"Imported {added or 'nothing'}.{already}"


class BadImportFile(UserError, ValueError):
    """A file import cannot read at all (its format, its shape); nothing was imported."""


class ImportFailed(UserError, ValueError):
    """Rows that did not validate; nothing was imported. The report names each."""

    def __init__(self, report: ImportReport):
        self.report = report
        super().__init__(report_text(report))


@dataclass
class ImportData:
    """Rows read from a file, by kind, with the line each came from and what could not be read."""

    rows: dict[str, list[Any]]
    lines: dict[str, list[int]] = field(default_factory=dict)  # CSV only, one per row
    errors: list[RowError] = field(default_factory=list)


def _guess_kind(columns: Iterable[str]) -> str:
    cols = set(columns)
    if "instrument" in cols:
        return "commitments"
    if cols & {"stage", "operator", "capacity"}:
        return "projects"
    if cols & {"short_name", "venue", "pillars", "launched_on"}:
        return "initiatives"
    raise BadImportFile(
        "cannot tell what the file holds: a commitments file needs an 'instrument' "
        "column, a projects file a 'stage' or 'operator' column, an initiatives "
        "file a 'short_name' or 'venue' column"
    )


# Formats people save by mistake, by their first bytes.
_MAGIC = {
    b"PK\x03\x04": "an Excel workbook or a zip file",
    b"\xd0\xcf\x11\xe0": "an old Excel (.xls) workbook",
    b"%PDF": "a PDF",
    b"\x1f\x8b": "a gzip file",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xff\xfe": "UTF-16 text",
    b"\xfe\xff": "UTF-16 text",
}
_SAVE_AS = "save it as “CSV UTF-8” (or JSON) and import that"


def _decode(name: str, data: bytes) -> str:
    """The file's text, or a one-line ValueError when it is not UTF-8 text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BadImportFile(f"{name} is {what}, not a CSV or JSON text file: {_SAVE_AS}")
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls > max(2, len(head) // 100):
        raise BadImportFile(f"{name} looks like a binary file, not CSV or JSON text: {_SAVE_AS}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadImportFile(
            f"{name} is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}): {_SAVE_AS}"
        ) from None


def read_file(path: Path) -> ImportData:
    """Rows by kind from a JSON file ({kind: [rows]}) or a CSV file of one kind.

    A file that cannot be read at all raises ValueError (one line); a CSV row that cannot be
    read is an error of the ImportData, reported with the rest by import_rows."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise BadImportFile(f"{path.name}: import takes .csv or .json files")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise BadImportFile(f"cannot read {path.name}: {exc.strerror or exc}") from None
    text = _decode(path.name, data)
    return _read_json(path.name, text) if suffix == ".json" else _read_csv(path.name, text)


def _read_json(name: str, text: str) -> ImportData:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadImportFile(f"{name} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
    except RecursionError:
        raise BadImportFile(f"{name} is nested too deeply to be an import file") from None
    if not isinstance(data, dict) or not set(data) <= set(KINDS):
        raise BadImportFile(f"{name} must be an object with keys among {', '.join(ORDER)}")
    for kind, rows in data.items():
        if not isinstance(rows, list):
            raise BadImportFile(
                f"{name}: '{kind}' must be a list of rows ([{{...}}, ...]), not {type(rows).__name__}"
            )
    return ImportData(rows=data)


# What csv's messages mean, for a person looking at the file.
_CSV_ERRORS = {
    "unexpected end of data": "CSV syntax error: a quote opened in this row is never closed",
    "',' expected after '\"'": (
        "CSV syntax error: text follows a closing quote; "
        'inside a quoted cell write a quote as two quotes ("")'
    ),
    "field larger than field limit": (
        f"a cell is longer than {csv.field_size_limit():,} characters (the longest the tracker keeps "
        f"is {MAX_CELL:,})"
    ),
}


def _read_csv(name: str, text: str) -> ImportData:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        raise BadImportFile(f"{name}, line 1 (the header): CSV syntax error: {exc}") from None
    if not any(header):
        raise BadImportFile(f"{name} has no header row")
    repeated = sorted({h for h in header if h and header.count(h) > 1})
    if repeated:
        raise BadImportFile(f"{name}: column {', '.join(repeated)} appears more than once in the header")
    kind = _guess_kind(header)
    out = ImportData(rows={kind: []}, lines={kind: []})
    line = 1  # a spreadsheet shows one record per line, quoted line breaks and all
    while True:
        line += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problem = next((v for k, v in _CSV_ERRORS.items() if str(exc).startswith(k)), None)
            problem = problem or f"CSV syntax error: {exc}"
            out.errors.append(RowError(kind, line - 1, "", f"{problem}; the rest was not read", line=line))
            break
        if not any(c.strip() for c in cells):
            continue
        extra = [c for c in cells[len(header) :] if c.strip()]
        if extra:
            out.errors.append(
                RowError(
                    kind,
                    line - 1,
                    "",
                    f"{len(cells)} cells but the header names {len(header)} columns "
                    "(a cell with a comma in it needs quotes)",
                    line=line,
                )
            )
            continue
        row, problems = _csv_row(kind, dict(zip(header, cells, strict=False)))
        if problems:
            out.errors += [RowError(kind, line - 1, f, m, line=line) for f, m in problems]
            continue
        out.rows[kind].append(row)
        out.lines[kind].append(line)
    return out


_QUOTED_FORMULA = re.compile(r"'+[=+\-@\t\r]")


def _csv_row(kind: str, cells: dict[str, str]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """One CSV row as import values: apostrophes the export added taken off, JSON lists read."""
    row: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    for column, cell in cells.items():
        if not column:  # a header cell left blank: its column must be empty too
            if cell.strip():
                problems.append(("", f"'{cell[:40]}' is in a column with no name in the header"))
            continue
        value: Any = cell[1:] if _QUOTED_FORMULA.match(cell) else cell
        if column in LIST_FIELDS[kind] and value.lstrip().startswith("["):
            try:
                value = json.loads(value)
            except (json.JSONDecodeError, RecursionError):
                value = None
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append((column, 'a list cell that starts with [ must be a list like ["a", "b, c"]'))
                continue
        row[column] = value
    return row, problems


_NUMBER = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?P<mag>[a-z]+)?", re.I)
_MAGNITUDES = {
    "k": 3,
    "thousand": 3,
    "m": 6,
    "mn": 6,
    "mln": 6,
    "million": 6,
    "b": 9,
    "bn": 9,
    "bln": 9,
    "billion": 9,
    "tn": 12,
    "trillion": 12,
}


def read_number(text: str) -> Decimal | str:
    """A number as people write it ("1,000,000", "5 million", "1.2bn"); other text unchanged,
    for validation to refuse with its own message."""
    m = _NUMBER.fullmatch(text.strip().replace("\u00a0", " "))
    if not m:
        return text
    mag = (m.group("mag") or "").lower()
    if mag and mag not in _MAGNITUDES:
        return text
    try:
        number = Decimal(m.group("num").replace(",", ""))
        return number * Decimal(10) ** _MAGNITUDES.get(mag, 0)
    except InvalidOperation:
        return text


def _cell_problem(value: Any) -> str | None:
    """Why a cell cannot be stored whatever its column: too long, or a NUL character."""
    values = value if isinstance(value, list) else [value]
    for v in values:
        if isinstance(v, str) and len(v) > MAX_CELL:
            return f"is {len(v):,} characters long; the longest the tracker keeps is {MAX_CELL:,}"
        if isinstance(v, str) and "\x00" in v:
            return "contains a NUL character (\\x00), which cannot be stored; remove it"
    return None


def _misspelt_actor(session: Session, fields: dict[str, Any]) -> str | None:
    """Why a commitment's actor is refused: a country's name with a typo, not an organisation."""
    actor = fields.get("actor")
    if not isinstance(actor, str) or fields.get("actor_country"):
        return None
    country = vocab.misspelt_country(actor)
    if country is None:
        return None
    if session.exec(select(Commitment.id).where(Commitment.actor == actor.strip()).limit(1)).first():
        return None  # an organisation the store already knows by that name
    return (
        f"'{actor}' looks like a misspelt country. Did you mean {country}? "
        "(If it is an organisation, give the country it acts for in actor_country.)"
    )


def _describe(exc: Exception) -> list[tuple[str, str]]:
    if isinstance(exc, ValidationError):
        out = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"])
            msg = error_message(err)
            ctx_error = (err.get("ctx") or {}).get("error")
            if isinstance(ctx_error, vocab.UnknownValue):
                msg = str(ctx_error)
            out.append((loc, msg))
        return out
    if isinstance(exc, SQLAlchemyError):
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return [("", f"the database refused it: {detail}")]
    return [("", str(exc))]


def _reporter(report: ImportReport, kind: str, row: int, line: int | None) -> Callable[[str, str], None]:
    def fail(where: str, message: str) -> None:
        report.errors.append(RowError(kind, row, where, message, line=line))

    return fail


def import_rows(
    session: Session,
    rows_by_kind: ImportData | dict[str, list[Any]],
    *,
    actor: str,
    audience: Audience,
    now: datetime,
    progress: Callable[[int, int | None], None] | None = None,
) -> ImportReport:
    """Validate every row, then write them all in the caller's transaction, or raise ImportFailed.

    Rows whose name already exists (or, for commitments, whose source_message does) are
    skipped, so importing the same file twice changes nothing. `progress(rows read, rows in
    all)` is called as rows are done.
    """
    data = rows_by_kind if isinstance(rows_by_kind, ImportData) else ImportData(rows=rows_by_kind)
    report = ImportReport(errors=list(data.errors))
    total = sum(len(data.rows.get(kind, [])) for kind in ORDER)
    done = 0
    for kind in ORDER:
        rows = data.rows.get(kind, [])
        lines = data.lines.get(kind)
        schema = KINDS[kind]
        added = skipped = 0
        for number, raw in enumerate(rows, start=1):
            done += 1
            if progress is not None and (done % 100 == 0 or done == total):
                progress(done, total)
            line = lines[number - 1] if lines else None
            fail = _reporter(report, kind, line - 1 if line else number, line)
            if not isinstance(raw, dict):
                fail("", "each row must be an object")
                continue
            unknown = set(raw) - set(schema.model_fields) - DERIVED_COLUMNS
            if unknown:
                fail(",".join(sorted(unknown)), "unknown column")
                continue
            source_message = raw.get("source_message") or None
            if source_message is not None and not (
                isinstance(source_message, str) and len(source_message) <= 64
            ):
                fail("source_message", "must be text of at most 64 characters (the key of a logged message)")
                continue
            fields = {k: v for k, v in raw.items() if k in schema.model_fields and v != ""}
            bad = [(k, p) for k, v in raw.items() if (p := _cell_problem(v))]
            if bad:
                for where, message in bad:
                    fail(where, message)
                continue
            for name in NUMBER_FIELDS & set(fields):
                if isinstance(fields[name], str):
                    fields[name] = read_number(fields[name])
            if kind == "commitments" and (problem := _misspelt_actor(session, fields)):
                fail("actor", problem)
                continue
            try:
                valid = schema.model_validate(fields)
                with session.begin_nested():
                    if _write(session, kind, valid, actor, source_message, audience, now):
                        added += 1
                    else:
                        skipped += 1
            except (ValidationError, ValueError, LookupError, SQLAlchemyError) as exc:
                for where, message in _describe(exc):
                    fail(where, message)
        report.added[kind] = added
        report.skipped[kind] = skipped
    if report.errors:
        report.errors.sort(key=lambda e: (ORDER.index(e.kind), e.row))
        raise ImportFailed(report)
    return report


def _write(
    session: Session,
    kind: str,
    data: Any,
    actor: str,
    source_message: str | None,
    audience: Audience,
    now: datetime,
) -> bool:
    """Store one validated row; False when it is already there."""
    prov = {"logged_by": actor, "source_url": data.source_url}
    if kind == "initiatives":
        if session.exec(select(Initiative).where(Initiative.name == data.name)).first():
            return False
        records.create_initiative(session, data, actor=actor, now=now, provenance=prov)
    elif kind == "projects":
        if session.exec(select(Project).where(Project.name == data.name)).first():
            return False
        records.create_project(session, data, actor=actor, audience=audience, now=now, provenance=prov)
    else:
        if (
            source_message
            and session.exec(select(Commitment).where(Commitment.source_message == source_message)).first()
        ):
            return False
        records.create_commitment(
            session,
            data,
            actor=actor,
            audience=audience,
            now=now,
            provenance={**prov, "source_message": source_message},
        )
    session.flush()
    return True


# Every export ends with who logged the record and when, after the columns import reads.
RECORD_COLUMNS = ["id", "logged_by", "created_at"]
PROJECT_COLUMNS = [
    "name",
    "operator",
    "country",
    "region",
    "minerals",
    "stage",
    "status",
    "capacity",
    "capacity_unit",
    "expected_start_year",
    "backers",
    "initiatives",
    "description",
    "source_url",
    *RECORD_COLUMNS,
]
COMMITMENT_COLUMNS = [
    "actor",
    "counterparty",
    "instrument",
    "actor_country",
    "amount",
    "currency",
    "amount_is_ceiling",
    "usd_estimate",
    "usd_rate_date",
    "quantity",
    "quantity_unit",
    "minerals",
    "project",
    "initiative",
    "status",
    "announced_on",
    "statement",
    "source_url",
    "source_message",
    *RECORD_COLUMNS,
]
INITIATIVE_COLUMNS = [
    "name",
    "short_name",
    "lead",
    "members",
    "launched_on",
    "venue",
    "pillars",
    "status",
    "description",
    "source_url",
    *RECORD_COLUMNS,
]


def columns_for(kind: str) -> list[str]:
    return {
        "projects": PROJECT_COLUMNS,
        "commitments": COMMITMENT_COLUMNS,
        "initiatives": INITIATIVE_COLUMNS,
    }[kind]


def _visible(stmt: Any, model: Any, audience: Audience) -> Any:
    clause = audience.clause(model)
    return stmt if clause is None else stmt.where(clause)


def _joined_visible(model: Any, on: Any, audience: Audience) -> Any:
    """An outer-join condition that leaves a record from another private channel unnamed."""
    clause = audience.clause(model)
    return on if clause is None else and_(on, clause)


def _stream(session: Session, stmt: Any, batch_size: int) -> Any:
    # Core rows, not ORM ones: the same values at two thirds of the cost; yield_per reads in
    # batches (fetchmany on SQLite, a server-side cursor on PostgreSQL).
    return session.connection().execute(stmt.execution_options(yield_per=batch_size))


def iter_rows(
    session: Session,
    kind: str,
    *,
    audience: Audience,
    batch_size: int = EXPORT_BATCH,
    where: Sequence[Any] = (),
) -> Iterator[dict[str, Any]]:
    """Rows of one kind visible to the audience, as typed values in the import's columns,
    read in batches (a server-side cursor on PostgreSQL) so memory does not grow with the table.

    `where`: the conditions of a list's filters (store/queries.py), for projects and commitments."""
    if kind == "projects":
        yield from _project_rows(session, audience, batch_size, where)
    elif kind == "commitments":
        yield from _commitment_rows(session, audience, batch_size, where)
    elif kind == "initiatives":
        cols = [getattr(Initiative, c) for c in INITIATIVE_COLUMNS]
        stmt = _visible(select(*cols), Initiative, audience).order_by(Initiative.name)
        for r in _stream(session, stmt, batch_size):
            yield dict(zip(INITIATIVE_COLUMNS, r, strict=True))
    else:
        raise vocab.UnknownValue("export kind", kind, vocab.suggest(kind, ORDER))


def _project_rows(
    session: Session, audience: Audience, batch_size: int, where: Sequence[Any] = ()
) -> Iterator[dict[str, Any]]:
    names = [c for c in PROJECT_COLUMNS if c != "initiatives"]
    stmt = _visible(select(*[getattr(Project, c) for c in names]).where(*where), Project, audience).order_by(
        Project.name
    )
    result = _stream(session, stmt, batch_size)
    for batch in result.partitions():
        rows = [dict(zip(names, r, strict=True)) for r in batch]
        links: dict[int, list[str]] = {}
        # An initiative from another private channel stays unnamed.
        link_stmt = _visible(
            select(ProjectInitiativeLink.project_id, Initiative.name)
            .join(Initiative, col(Initiative.id) == ProjectInitiativeLink.initiative_id)
            .where(col(ProjectInitiativeLink.project_id).in_([r["id"] for r in rows])),
            Initiative,
            audience,
        )
        for project_id, name in session.exec(link_stmt):
            links.setdefault(project_id, []).append(name)
        for r in rows:
            r["initiatives"] = sorted(links.get(r["id"], []))
            yield {c: r[c] for c in PROJECT_COLUMNS}


def _commitment_rows(
    session: Session, audience: Audience, batch_size: int, where: Sequence[Any] = ()
) -> Iterator[dict[str, Any]]:
    # A visible commitment may point at a project from another private channel: unnamed.
    project, initiative = aliased(Project), aliased(Initiative)
    names = [c for c in COMMITMENT_COLUMNS if c not in ("project", "initiative")]
    stmt = (
        select(*[getattr(Commitment, c) for c in names], *[project.name, initiative.name])
        .outerjoin(project, _joined_visible(project, project.id == Commitment.project_id, audience))
        .outerjoin(
            initiative, _joined_visible(initiative, initiative.id == Commitment.initiative_id, audience)
        )
        .where(*where)
        .order_by(col(Commitment.announced_on).desc().nulls_last(), col(Commitment.id).desc())
    )
    stmt = _visible(stmt, Commitment, audience)
    for r in _stream(session, stmt, batch_size):
        row = dict(zip([*names, "project", "initiative"], r, strict=True))
        yield {c: row[c] for c in COMMITMENT_COLUMNS}


def _json_cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def export_rows(session: Session, kind: str, *, audience: Audience) -> list[dict[str, Any]]:
    """Rows of one kind as the JSON export writes them (lists as lists, amounts as strings)."""
    return [{k: _json_cell(v) for k, v in row.items()} for row in iter_rows(session, kind, audience=audience)]


_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def csv_cell(value: Any) -> str:
    """A value as a CSV cell a spreadsheet shows and never runs.

    Text that starts like a formula (=, +, -, @, tab, CR, after any apostrophes) gets one
    more leading apostrophe, which import takes off again. A number from a numeric column
    is written as it is, negative too: a plain number cannot carry a formula, and a
    spreadsheet must keep reading it as a number. Text that merely looks like a negative
    number ("-5" typed as a name) is text, and neutralised like any other."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        text = str(value)
        return text if _PLAIN_NUMBER.fullmatch(text) else "'" + text
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False) if value else ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    text = str(value)
    return "'" + text if _FORMULA_START.match(text) else text


def write_csv(
    target: TextIO,
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    progress: Callable[[int, int | None], None] | None = None,
) -> int:
    """Write a header and the rows as they come; the number of rows written."""
    writer = csv.writer(target)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        n += 1
        if progress is not None and n % 1000 == 0:
            progress(n, None)
    return n


def to_csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    out = io.StringIO()
    write_csv(out, rows, columns or (list(rows[0]) if rows else []))
    return out.getvalue()


def write_json(
    target: TextIO,
    session: Session,
    kinds: Sequence[str],
    *,
    audience: Audience,
    progress: Callable[[int, int | None], None] | None = None,
) -> dict[str, int]:
    """{kind: [rows]} written a row at a time; the number of rows of each kind."""
    counts: dict[str, int] = {}
    written = 0
    target.write("{")
    for i, kind in enumerate(kinds):
        target.write(("," if i else "") + f"\n  {json.dumps(kind)}: [")
        n = 0
        for row in iter_rows(session, kind, audience=audience):
            cells = {k: _json_cell(v) for k, v in row.items()}
            target.write(("," if n else "") + "\n    " + json.dumps(cells, ensure_ascii=False))
            n += 1
            written += 1
            if progress is not None and written % 1000 == 0:
                progress(written, None)
        target.write("\n  ]" if n else "]")
        counts[kind] = n
    target.write("\n}\n")
    return counts


def write_export(
    session: Session,
    target: TextIO,
    kind: str,
    *,
    audience: Audience,
    fmt: str = "csv",
    progress: Callable[[int, int | None], None] | None = None,
) -> dict[str, int]:
    """Export one kind (or, as JSON, "all") to a text target; the number of rows of each kind.

    Open the session read-only (session_scope(read_only=True)): on SQLite the export then
    takes no write lock, so clicks and messages are stored while it runs."""
    kinds = list(ORDER) if kind == "all" else [kind]
    for k in kinds:
        if k not in ORDER:
            raise vocab.UnknownValue("export kind", k, vocab.suggest(k, ORDER))
    if fmt == "json":
        return write_json(target, session, kinds, audience=audience, progress=progress)
    if fmt != "csv":
        raise ValueError(f"Unknown export format '{fmt}': csv or json")
    if len(kinds) != 1:
        raise ValueError("CSV holds one kind: projects, commitments or initiatives (or use JSON for all)")
    rows = iter_rows(session, kind, audience=audience)
    return {kind: write_csv(target, rows, columns_for(kind), progress)}


def export_to_path(
    session: Session,
    path: Path,
    kind: str,
    *,
    audience: Audience,
    fmt: str = "csv",
    progress: Callable[[int, int | None], None] | None = None,
) -> dict[str, int]:
    """write_export to a file, which appears only once complete (never half-written)."""
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            counts = write_export(session, out, kind, audience=audience, fmt=fmt, progress=progress)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return counts


def csv_export(
    session: Session, kind: str, *, audience: Audience, where: Sequence[Any] = ()
) -> tuple[bytes, int]:
    """One kind as CSV bytes, for an upload; and the number of rows (`where`: a list's filters)."""
    out = io.StringIO()
    if where:
        count = write_csv(out, iter_rows(session, kind, audience=audience, where=where), columns_for(kind))
    else:
        count = write_export(session, out, kind, audience=audience)[kind]
    return out.getvalue().encode("utf-8"), count
