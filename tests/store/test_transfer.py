"""Import (all or nothing, with a report) and export round trips."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import func, select

from store import transfer
from store.models import Commitment, Project
from store.visibility import EVERYTHING, PUBLIC


def count(session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def write_csv(session, kind: str, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        transfer.write_export(session, out, kind, audience=EVERYTHING)


def test_csv_round_trip(demo_session, tmp_path: Path):
    before = {}
    for kind in ("projects", "commitments"):
        before[kind] = transfer.export_rows(demo_session, kind, audience=EVERYTHING)
        write_csv(demo_session, kind, tmp_path / f"{kind}.csv")
    # Importing the export again changes nothing: names and source messages are keys.
    for kind in ("projects", "commitments"):
        report = transfer.import_rows(
            demo_session,
            transfer.read_file(tmp_path / f"{kind}.csv"),
            actor="cli",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
        assert report.added[kind] == 0
    demo_session.commit()
    for kind in ("projects", "commitments"):
        assert transfer.export_rows(demo_session, kind, audience=EVERYTHING) == before[kind]


def test_csv_import_into_an_empty_store_reproduces_the_export(demo_session, session_factory, tmp_path: Path):
    rows = {
        k: transfer.export_rows(demo_session, k, audience=EVERYTHING)
        for k in ("initiatives", "projects", "commitments")
    }
    demo_session.commit()
    paths = []
    for kind in rows:
        path = tmp_path / f"{kind}.csv"
        write_csv(demo_session, kind, path)
        paths.append(path)
    with session_factory() as other:
        for path in paths:
            transfer.import_rows(
                other, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
            )
        other.commit()
        for kind in ("projects", "commitments"):

            def comparable(kind_rows):
                # Which row it is, who logged it and when belong to the store it is in.
                mine = {"id", "logged_by", "created_at", "source_message"}
                return sorted(sorted((k, str(v)) for k, v in r.items() if k not in mine) for r in kind_rows)

            assert comparable(transfer.export_rows(other, kind, audience=EVERYTHING)) == comparable(
                rows[kind]
            )


def test_json_import_into_empty_store(session, tmp_path: Path):
    data = {
        "initiatives": [
            {
                "name": "Minerals Security Partnership",
                "short_name": "MSP",
                "lead": "United States",
                "members": "US, JP, DE",
            }
        ],
        "projects": [
            {
                "name": "Test separation plant",
                "country": "Estonia",
                "minerals": "NdPr, dysprosium",
                "stage": "separation",
                "initiatives": "MSP",
            }
        ],
        "commitments": [
            {
                "actor": "Japan",
                "instrument": "offtake",
                "project": "Test separation plant",
                "amount": "12000000",
                "currency": "JPY",
                "source_message": "import:1",
            }
        ],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data))
    report = transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )
    session.commit()
    assert report.added == {"initiatives": 1, "projects": 1, "commitments": 1}
    c = session.exec(select(Commitment)).one()
    assert c.usd_estimate is not None and c.project_id is not None
    exported = transfer.export_rows(session, "projects", audience=PUBLIC)
    assert exported[0]["minerals"] == ["dysprosium", "ndpr"]
    assert exported[0]["initiatives"] == ["Minerals Security Partnership"]


def test_bad_file_reports_every_bad_row_and_writes_nothing(demo_session, tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "actor,instrument,amount,currency,announced_on,minerals\n"
        "Japan,loan,100,CAD,2025-01-01,graphite\n"  # row 1 fine
        "Japan,loan,-5,CAD,,\n"  # negative amount
        "Japan,loan,100,XYZ,,\n"  # unknown currency
        "Japan,loan,100,USD,31/31/2025,\n"  # bad date
        "Japan,loan,100,USD,,graphit\n"  # unknown mineral
        "Japan,lone,100,USD,,\n"  # unknown instrument
    )
    before = count(demo_session, Commitment)
    with pytest.raises(transfer.ImportFailed) as err:
        transfer.import_rows(
            demo_session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
        )
    demo_session.rollback()
    report = err.value.report
    assert [e.row for e in report.errors] == [2, 3, 4, 5, 6]
    text = str(err.value)
    assert "negative" in text and "Unknown currency 'XYZ'" in text and "YYYY-MM-DD" in text
    assert "Did you mean graphite" in text and "Did you mean loan" in text
    assert count(demo_session, Commitment) == before


def test_unknown_country_in_projects_file_suggests(session, tmp_path: Path):
    path = tmp_path / "p.csv"
    path.write_text("name,country,stage\nA mine,Austrailia,mining\n")
    with pytest.raises(transfer.ImportFailed, match="Did you mean Australia"):
        transfer.import_rows(
            session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
        )
    session.rollback()
    assert count(session, Project) == 0


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("x.txt", "a", "takes .csv or .json"),
        ("x.json", "{not json", "not valid JSON"),
        ("x.json", "[1, 2]", "must be an object"),
        ("x.csv", "foo,bar\n1,2\n", "cannot tell what the file holds"),
    ],
)
def test_unreadable_files(tmp_path: Path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(ValueError, match=message):
        transfer.read_file(path)
