"""Import answers every bad file with a report, never a traceback, and writes nothing then;
lists, amounts and names as people write them are read as meant."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from store import records, transfer
from store.models import AuditLog, Commitment, Initiative, Project, ProjectInitiativeLink
from store.schemas import InitiativeIn, ProjectIn
from store.visibility import EVERYTHING


def import_file(session: Session, path: Path) -> transfer.ImportReport:
    return transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )


MODELS = (Initiative, Project, Commitment, ProjectInitiativeLink, AuditLog)


def counts(session: Session) -> dict[str, int]:
    return {m.__name__: session.exec(select(func.count()).select_from(m)).one() for m in MODELS}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def refused(session: Session, path: Path) -> transfer.ImportFailed:
    """Import the file, expecting a report of bad rows and nothing written."""
    before = counts(session)
    with pytest.raises(transfer.ImportFailed) as err:
        transfer.import_rows(
            session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
        )
    session.rollback()
    assert counts(session) == before
    return err.value


GOOD = "Japan,loan,100,USD\n"


@pytest.mark.parametrize(
    "body, line, message",
    [
        # One row with more cells than the header: named at its line, the rest still checked.
        (GOOD + "Japan,loan,100,USD,extra,more\n" + GOOD, 3, "6 cells but the header names 4 columns"),
        # A quoted cell with a line break takes two lines of the file but one spreadsheet line.
        (GOOD + 'Japan,loan,"1\n00",USD\nJapan,"loan"x,100,USD\n', 4, "CSV syntax error: text follows"),
        (GOOD + 'Japan,"loan,100,USD\n' + GOOD * 3, 3, "CSV syntax error: a quote opened in this row"),
        (
            GOOD + "Japan,loan,100,USD\nJapan,loan," + "9" * 200_000 + ",USD\n",
            4,
            "a cell is longer than 131,072",
        ),
        (GOOD + "Japan,loan,100,USD,,\n", None, None),  # empty trailing cells are fine
    ],
)
def test_csv_rows_that_cannot_be_read_are_reported_at_their_spreadsheet_line(
    session: Session, tmp_path: Path, body: str, line: int | None, message: str | None
):
    path = write(tmp_path, "c.csv", "actor,instrument,amount,currency\n" + body)
    if message is None:
        assert (
            transfer.import_rows(
                session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
            ).added["commitments"]
            == 2
        )
        return
    err = refused(session, path)
    [error] = [e for e in err.report.errors if message in e.message]
    assert error.line == line
    assert f"commitments line {line}: {message}" in str(err)


def test_a_long_field_is_one_report_line_not_the_field(session: Session, tmp_path: Path):
    data = {"projects": [{"name": "A mine", "stage": "mining", "description": "x" * 200_000}]}
    err = refused(session, write(tmp_path, "p.json", json.dumps(data)))
    assert str(err).endswith(
        "projects row 1, description: is 200,000 characters long; the longest the tracker keeps is 20,000"
    )


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"projects": 5}', "'projects' must be a list of rows"),
        ('{"projects": {"name": "x"}}', "'projects' must be a list of rows"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"projects": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be an object"),
    ],
)
def test_json_that_is_not_an_import_file(tmp_path: Path, content: str, message: str):
    with pytest.raises(ValueError, match=message):
        transfer.read_file(write(tmp_path, "x.json", content))


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_nul_in_a_name_is_a_row_error_on_both_backends(session: Session, tmp_path: Path, fmt: str):
    if fmt == "json":
        path = write(tmp_path, "p.json", json.dumps({"projects": [{"name": "A\x00mine", "stage": "mining"}]}))
    else:
        path = write(tmp_path, "p.csv", "name,stage\nA\x00mine,mining\n")
    err = refused(session, path)
    [error] = err.report.errors
    assert error.field == "name" and "NUL character" in error.message


@pytest.mark.parametrize(
    "content, message",
    [
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4, "is an Excel workbook or a zip file"),
        (bytes(range(256)) * 40, "looks like a binary file"),
        ("name,stage\nMine,mining\n".encode("utf-16"), "is UTF-16 text"),
        ("name,stage\nMine,mining\nCafé,mining\n".encode("latin-1"), "not UTF-8 text (byte 0xe9 on line 3)"),
    ],
)
def test_a_binary_file_gets_a_clear_error(tmp_path: Path, content: bytes, message: str):
    with pytest.raises(ValueError, match=re.escape(message)) as err:
        transfer.read_file(write(tmp_path, "x.csv", content))
    assert "CSV UTF-8" in str(err.value) and "\n" not in str(err.value)


def test_a_misspelt_country_is_not_a_new_organisation(session: Session, tmp_path: Path):
    path = write(
        tmp_path,
        "c.csv",
        "actor,instrument,amount,currency\n"
        "Jpan,loan,100,USD\n"
        "Untied States,grant,5,USD\n"
        "JOGMEC,equity,1,JPY\n"
        "Mitsui,offtake,,\n",
    )
    err = refused(session, path)
    assert [(e.line, e.field) for e in err.report.errors] == [(2, "actor"), (3, "actor")]
    assert "Did you mean Japan?" in str(err) and "Did you mean United States?" in str(err)


def test_organisations_and_countries_are_accepted(session: Session, tmp_path: Path):
    path = write(
        tmp_path,
        "c.csv",
        "actor,actor_country,instrument\n"
        "JOGMEC,,equity\n"
        "Mitsui,,offtake\n"
        "Japan,,loan\n"
        "Iren,IT,loan\n",  # a name a slip from Iran, but its country is given: an organisation
    )
    transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )
    session.commit()
    assert sorted(session.exec(select(Commitment.actor)).all()) == ["Iren", "JOGMEC", "JP", "Mitsui"]


@pytest.mark.parametrize(
    "written, amount",
    [
        ("1,000,000", Decimal("1000000")),
        ("5 million", Decimal("5000000")),
        ("1.2bn", Decimal("1200000000")),
        ("250k", Decimal("250000")),
        ("12.50", Decimal("12.50")),
    ],
)
def test_amounts_as_people_write_them(session: Session, tmp_path: Path, written: str, amount: Decimal):
    path = write(tmp_path, "c.csv", f'actor,instrument,amount,currency\nJapan,loan,"{written}",USD\n')
    transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )
    session.commit()
    assert session.exec(select(Commitment.amount)).one() == amount


@pytest.mark.parametrize("written", ["5 zillion", "1,00,0", "-5", "1e400", "NaN"])
def test_amounts_that_are_not_amounts_are_refused(session: Session, tmp_path: Path, written: str):
    path = write(tmp_path, "c.csv", f'actor,instrument,amount,currency\nJapan,loan,"{written}",USD\n')
    [error] = refused(session, path).report.errors
    assert error.field == "amount" and error.line == 2


# --- Lists round-trip exactly, and old files still import ---


def test_a_name_with_a_comma_round_trips_through_csv(session: Session, session_factory, tmp_path: Path):
    records.create_initiative(
        session,
        InitiativeIn(name="Partnership, for minerals", short_name="PfM"),
        actor="U1",
        now=datetime.now(UTC),
    )
    records.create_initiative(
        session, InitiativeIn(name="Other; with semicolon"), actor="U1", now=datetime.now(UTC)
    )
    records.create_project(
        session,
        ProjectIn(
            name="A mine",
            minerals=["graphite", "lithium"],
            backers=["Sumitomo Metal Mining Co., Ltd.", "JP"],
            initiatives=["Partnership, for minerals", "Other; with semicolon"],
        ),
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    session.commit()
    for kind in ("initiatives", "projects"):
        with (tmp_path / f"{kind}.csv").open("w", encoding="utf-8", newline="") as out:
            transfer.write_export(session, out, kind, audience=EVERYTHING)
    with session_factory() as other:
        for kind in ("initiatives", "projects"):
            transfer.import_rows(
                other,
                transfer.read_file(tmp_path / f"{kind}.csv"),
                actor="cli",
                audience=EVERYTHING,
                now=datetime.now(UTC),
            )
        other.commit()
        [project] = transfer.export_rows(other, "projects", audience=EVERYTHING)
    assert project["initiatives"] == ["Other; with semicolon", "Partnership, for minerals"]
    assert project["backers"] == ["Sumitomo Metal Mining Co., Ltd.", "JP"]
    assert project["minerals"] == ["graphite", "lithium"]


def test_old_comma_separated_lists_still_import(session: Session, tmp_path: Path):
    records.create_initiative(
        session,
        InitiativeIn(name="Minerals Security Partnership", short_name="MSP"),
        actor="U1",
        now=datetime.now(UTC),
    )
    path = write(
        tmp_path, "p.csv", 'name,stage,minerals,initiatives\nA mine,mining,"graphite, lithium",MSP\n'
    )
    transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )
    session.commit()
    [project] = transfer.export_rows(session, "projects", audience=EVERYTHING)
    assert project["minerals"] == ["graphite", "lithium"]
    assert project["initiatives"] == ["Minerals Security Partnership"]


def test_a_list_cell_that_is_not_a_list(session: Session, tmp_path: Path):
    path = write(tmp_path, "p.csv", 'name,stage,minerals\nA mine,mining,"[graphite"\n')
    [error] = refused(session, path).report.errors
    assert error.field == "minerals" and error.line == 2 and "a list like" in error.message


def test_the_same_initiative_twice_is_linked_once(session: Session, tmp_path: Path):
    records.create_initiative(
        session,
        InitiativeIn(name="Minerals Security Partnership", short_name="MSP"),
        actor="U1",
        now=datetime.now(UTC),
    )
    # In an import file, by short and full name...
    path = write(
        tmp_path,
        "p.csv",
        'name,stage,initiatives\nA mine,mining,"[""MSP"", ""Minerals Security Partnership""]"\n',
    )
    transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )
    # ... and in a form.
    records.create_project(
        session,
        ProjectIn(name="B mine", initiatives=["Minerals Security Partnership", "msp"]),
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    session.commit()
    assert session.exec(select(func.count()).select_from(ProjectInitiativeLink)).one() == 2
    assert [p["initiatives"] for p in transfer.export_rows(session, "projects", audience=EVERYTHING)] == [
        ["Minerals Security Partnership"]
    ] * 2


def test_report_text_names_counts_and_skips(session: Session, tmp_path: Path):
    path = write(tmp_path, "c.csv", "actor,instrument,source_message\nJapan,loan,m1\nCanada,grant,m2\n")
    report = transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )
    assert transfer.report_text(report) == "Imported 0 initiatives, 0 projects, 2 commitments."
    again = transfer.import_rows(
        session, transfer.read_file(path), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
    )
    assert transfer.report_text(again) == (
        "Imported 0 initiatives, 0 projects, 0 commitments. (2 already there, left as they were)"
    )


# --- The CLI prints the report, never a traceback ---


@pytest.mark.parametrize(
    "name, content, expected",
    [
        (
            "c.csv",
            "actor,instrument\nJapan,loan,extra\n",
            "commitments line 2: 3 cells but the header names 2",
        ),
        ("c.csv", "actor,instrument\nJpan,loan\n", "Did you mean Japan?"),
        ("c.csv", b"PK\x03\x04\x14\x00", "c.csv is an Excel workbook or a zip file"),
        ("p.json", '{"projects": 5}', "'projects' must be a list of rows"),
        ("p.json", "[" * 100_000, "nested too deeply"),
        (
            "p.json",
            '{"projects": [{"name": "A\\u0000mine"}]}',
            "projects row 1, name: contains a NUL character",
        ),
    ],
)
def test_cli_import_prints_the_report(
    db_url: str, session: Session, tmp_path: Path, monkeypatch, capsys, name: str, content, expected: str
):
    from bot import cli
    from bot.core.settings import Settings

    monkeypatch.setattr(cli, "load_settings", lambda: Settings(_env_file=None, database_url=db_url))  # type: ignore[call-arg]
    before = counts(session)
    session.rollback()  # on SQLite the fixture's session would hold the write lock
    assert cli.main(["import", str(write(tmp_path, name, content))]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Nothing was imported: ") and "Traceback" not in err
    assert expected in err
    session.expire_all()
    assert counts(session) == before


def test_cli_import_prints_what_it_added(db_url: str, tmp_path: Path, monkeypatch, capsys):
    from bot import cli
    from bot.core.settings import Settings

    monkeypatch.setattr(cli, "load_settings", lambda: Settings(_env_file=None, database_url=db_url))  # type: ignore[call-arg]
    path = write(tmp_path, "c.csv", 'actor,instrument,amount,currency\nJapan,loan,"5 million",JPY\n')
    assert cli.main(["import", str(path)]) == 0
    assert capsys.readouterr().out == "Imported 0 initiatives, 0 projects, 1 commitment.\n"


def test_blank_header_cells_are_empty_columns(session: Session, tmp_path: Path):
    ok = write(tmp_path, "ok.csv", "actor,instrument,,\nJapan,loan,,\n")
    assert (
        transfer.import_rows(
            session, transfer.read_file(ok), actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
        ).added["commitments"]
        == 1
    )
    session.commit()
    bad = write(tmp_path, "bad.csv", "actor,instrument,,\nJapan,loan,,oops\n")
    [error] = refused(session, bad).report.errors
    assert error.line == 2 and "'oops' is in a column with no name" in error.message


@pytest.mark.parametrize("key", [5, "C1:" + "1" * 100])
def test_a_bad_source_message_is_a_row_error(session: Session, tmp_path: Path, key):
    data = {"commitments": [{"actor": "Japan", "instrument": "loan", "source_message": key}]}
    [error] = refused(session, write(tmp_path, "c.json", json.dumps(data))).report.errors
    assert error.field == "source_message" and "at most 64 characters" in error.message
