"""Import (all or nothing, with a report naming each bad row) and export, as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlmodel import Session, col, select

from store import records, vocab
from store.models import Commitment, Initiative, Project, ProjectInitiativeLink
from store.queries import CommitmentFilter, ProjectFilter, list_commitments, list_projects
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.text import error_message
from store.visibility import Audience

KINDS: dict[str, type[BaseModel]] = {
    "initiatives": InitiativeIn,
    "projects": ProjectIn,
    "commitments": CommitmentIn,
}
# Columns that export writes and import recomputes or keys on, rather than takes as input.
DERIVED_COLUMNS = frozenset({"id", "source_message", "usd_estimate", "usd_rate_date"})
ORDER = ("initiatives", "projects", "commitments")  # later kinds refer to earlier ones


@dataclass
class RowError:
    kind: str
    row: int  # 1-based data row (CSV: the header is row 0)
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.kind} row {self.row}"
        return f"{where}, {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportFailed(ValueError):
    def __init__(self, report: ImportReport):
        self.report = report
        lines = "\n".join(f"  - {e}" for e in report.errors[:50])
        more = f"\n  ... and {len(report.errors) - 50} more" if len(report.errors) > 50 else ""
        super().__init__(f"Nothing was imported: {len(report.errors)} bad row(s).\n{lines}{more}")


def _guess_kind(columns: Iterable[str]) -> str:
    cols = set(columns)
    if "instrument" in cols:
        return "commitments"
    if cols & {"stage", "operator", "capacity"}:
        return "projects"
    if cols & {"short_name", "venue", "pillars", "launched_on"}:
        return "initiatives"
    raise ValueError(
        "cannot tell what the file holds: a commitments file needs an 'instrument' "
        "column, a projects file a 'stage' or 'operator' column, an initiatives "
        "file a 'short_name' or 'venue' column"
    )


def read_file(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Rows by kind from a JSON file ({kind: [rows]}) or a CSV file of one kind."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
        if not isinstance(data, dict) or not set(data) <= set(KINDS):
            raise ValueError(f"{path.name} must be an object with keys among {', '.join(ORDER)}")
        return {k: list(v) for k, v in data.items()}
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames:
            raise ValueError(f"{path.name} has no header row")
        return {_guess_kind(reader.fieldnames): list(reader)}
    raise ValueError(f"{path.name}: import takes .csv or .json files")


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
    return [("", str(exc))]


def import_rows(
    session: Session, rows_by_kind: dict[str, list[dict[str, Any]]], *, actor: str
) -> ImportReport:
    """Validate every row, then write them all in the caller's transaction, or raise ImportFailed.

    Rows whose name already exists (or, for commitments, whose source_message does) are
    skipped, so importing the same file twice changes nothing.
    """
    report = ImportReport()
    for kind in ORDER:
        rows = rows_by_kind.get(kind, [])
        schema = KINDS[kind]
        added = 0
        for number, raw in enumerate(rows, start=1):
            if not isinstance(raw, dict):
                report.errors.append(RowError(kind, number, "", "each row must be an object"))
                continue
            source_message = raw.get("source_message") or None
            fields = {k: v for k, v in raw.items() if k in schema.model_fields and v != ""}
            unknown = set(raw) - set(schema.model_fields) - DERIVED_COLUMNS
            if unknown:
                report.errors.append(RowError(kind, number, ",".join(sorted(unknown)), "unknown column"))
                continue
            try:
                data = schema.model_validate(fields)
                with session.begin_nested():
                    added += _write(session, kind, data, actor, source_message)
            except (ValidationError, ValueError, LookupError) as exc:
                for where, message in _describe(exc):
                    report.errors.append(RowError(kind, number, where, message))
        report.added[kind] = added
    if report.errors:
        raise ImportFailed(report)
    return report


def _write(session: Session, kind: str, data: Any, actor: str, source_message: str | None) -> int:
    prov = {"logged_by": actor, "source_url": data.source_url}
    if kind == "initiatives":
        if session.exec(select(Initiative).where(Initiative.name == data.name)).first():
            return 0
        records.create_initiative(session, data, actor=actor, provenance=prov)
    elif kind == "projects":
        if session.exec(select(Project).where(Project.name == data.name)).first():
            return 0
        records.create_project(session, data, actor=actor, provenance=prov)
    else:
        if (
            source_message
            and session.exec(select(Commitment).where(Commitment.source_message == source_message)).first()
        ):
            return 0
        records.create_commitment(
            session, data, actor=actor, provenance={**prov, "source_message": source_message}
        )
    session.flush()
    return 1


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
]
COMMITMENT_COLUMNS = [
    "actor",
    "counterparty",
    "instrument",
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
]


def _cell(value: Any, for_csv: bool) -> Any:
    if isinstance(value, list):
        return ", ".join(value) if for_csv else value
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def export_rows(
    session: Session, kind: str, audience: Audience, *, for_csv: bool = True, limit: int = 1_000_000
) -> list[dict[str, Any]]:
    """Rows of one kind, visible to the audience, in the import format (so they round-trip)."""
    if kind == "projects":
        projects = list_projects(session, ProjectFilter(), audience, limit=limit).items
        ids = [p.id for p in projects]
        links: dict[int, list[str]] = {}
        if ids:
            names = _visible_names(session, Initiative, audience)
            for pid, iid in session.exec(
                select(ProjectInitiativeLink.project_id, ProjectInitiativeLink.initiative_id).where(
                    col(ProjectInitiativeLink.project_id).in_(ids)
                )
            ):
                if iid in names:  # an initiative from another private channel stays unnamed
                    links.setdefault(pid, []).append(names[iid])
        return [
            {
                c: _cell(sorted(links.get(p.id, [])) if c == "initiatives" else getattr(p, c), for_csv)
                for c in PROJECT_COLUMNS
            }
            for p in projects
        ]
    if kind == "commitments":
        commitments = list_commitments(
            session, CommitmentFilter(include_withdrawn=True), audience, limit=limit
        ).items
        # A visible commitment may point at a project from another private channel: unnamed.
        pnames = _visible_names(session, Project, audience)
        inames = _visible_names(session, Initiative, audience)
        rows = []
        for c in commitments:
            row = {col_: _cell(getattr(c, col_, None), for_csv) for col_ in COMMITMENT_COLUMNS}
            row["project"] = pnames.get(c.project_id) if c.project_id else None
            row["initiative"] = inames.get(c.initiative_id) if c.initiative_id else None
            rows.append(row)
        return rows
    if kind == "initiatives":
        stmt = select(Initiative).order_by(Initiative.name)
        clause = audience.clause(Initiative)
        if clause is not None:
            stmt = stmt.where(clause)
        return [
            {c: _cell(getattr(i, c), for_csv) for c in INITIATIVE_COLUMNS} for i in session.exec(stmt).all()
        ]
    raise vocab.UnknownValue("export kind", kind, vocab.suggest(kind, ORDER))


def _visible_names(
    session: Session, model: type[Project] | type[Initiative], audience: Audience
) -> dict[int, str]:
    stmt = select(model.id, model.name)
    clause = audience.clause(model)
    if clause is not None:
        stmt = stmt.where(clause)
    return {id_: name for id_, name in session.exec(stmt).all() if id_ is not None}


def to_csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    out = io.StringIO()
    columns = columns or (list(rows[0]) if rows else [])
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def columns_for(kind: str) -> list[str]:
    return {
        "projects": PROJECT_COLUMNS,
        "commitments": COMMITMENT_COLUMNS,
        "initiatives": INITIATIVE_COLUMNS,
    }[kind]
