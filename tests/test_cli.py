"""`minerals-bot` as a terminal runs it: arguments checked, where data goes, progress, errors."""

from __future__ import annotations

import io
import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, col, func, select

from bot import cli
from bot.core.settings import Settings
from bot.progress import Progress, duration
from store.db import make_engine
from store.models import Commitment, Project
from store.seed import seed_synthetic


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch, db_url: str) -> str:
    """DATABASE_URL: the live bot's database."""
    settings = Settings(_env_file=None, database_url=db_url)  # type: ignore[call-arg]
    monkeypatch.setattr(cli, "load_settings", lambda: settings)
    return db_url


def synthetic_projects(url: str) -> int:
    engine = make_engine(url)
    try:
        with Session(engine) as s:
            return int(s.exec(select(func.count()).where(col(Project.synthetic).is_(True))).one())
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "value, message",
    [
        ("0", "0 is not a number of projects to add: give one from 1 to 1,000,000"),
        ("-3", "-3 is not a number of projects to add: give one from 1 to 1,000,000"),
        ("2000000", "2,000,000 is not a number of projects to add"),
        ("many", "'many' is not a whole number: give how many synthetic projects to add, such as 1000"),
    ],
)
def test_synthetic_count_is_checked(live: str, capsys: pytest.CaptureFixture[str], value: str, message: str):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["seed", "--synthetic", value, "--database", "sqlite:///unused.db"])
    assert exit_.value.code == 2
    assert f"argument --synthetic: {message}" in capsys.readouterr().err
    assert synthetic_projects(live) == 0


def test_synthetic_data_needs_an_explicit_database(live: str, capsys: pytest.CaptureFixture[str]):
    assert cli.main(["seed", "--synthetic", "3"]) == 2
    assert capsys.readouterr().err.startswith(
        "Not seeded: synthetic data goes only into a database named with --database"
    )
    assert synthetic_projects(live) == 0


def test_synthetic_data_goes_where_it_is_sent(live: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = f"sqlite:///{tmp_path}/synthetic.db"
    assert cli.main(["seed", "--synthetic", "3", "--database", target]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Added 3 synthetic projects and 30 commitments (flagged synthetic) in ")
    assert "{" not in out  # a sentence, not a dict
    assert synthetic_projects(target) == 3 and synthetic_projects(live) == 0


def test_a_bad_database_argument_is_refused(live: str, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        cli.main(["seed", "--demo", "--database", "mysql://me@db/x"])
    assert "argument --database: the URL uses mysql, which minerals-bot does not support" in (
        capsys.readouterr().err
    )


def test_an_unexpected_error_is_one_line_with_an_id(
    live: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
):
    def broken(args: object, settings: object) -> int:
        raise RuntimeError("the disk fell off\nsecond line")

    monkeypatch.setattr(cli, "cmd_db", broken)
    assert cli.main(["db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("minerals-bot db failed: RuntimeError: the disk fell off (error id ")
    assert err.endswith("; run again with --debug for the details).\n")
    assert not any(r.exc_info for r in caplog.records)

    with caplog.at_level(logging.ERROR, logger="minerals_bot"):
        assert cli.main(["db", "upgrade", "--debug"]) == 1
    [record] = [r for r in caplog.records if r.exc_info]
    error_id = capsys.readouterr().err.split("(error id ")[1].split(")")[0]
    assert error_id in record.getMessage()


def test_export_to_a_file_ends_with_a_summary(live: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert cli.main(["seed", "--demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "c.csv"
    assert cli.main(["export", "commitments", "--out", str(out)]) == 0
    rows = out.read_text().count("\n") - 1
    assert capsys.readouterr().out.startswith(f"Wrote {rows:,} commitments to {out} in ")
    assert cli.main(["export", "commitments", "--out", str(tmp_path / "nowhere" / "c.csv")]) == 2
    assert "the folder of" in capsys.readouterr().err


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_count_rate_and_time_left():
    clock, screen = Clock(), Terminal()
    progress = Progress("Seeding", "rows", stream=screen, enabled=True, clock=clock)
    clock.now += 10
    progress(25_000, 100_000)
    assert screen.getvalue() == "\rSeeding: 25,000 / 100,000 rows (25%) · 2,500 rows/s · 30s left"
    clock.now += 0.05
    progress(26_000, 100_000)  # within the redraw interval: not drawn
    assert "26,000" not in screen.getvalue()
    progress.finish()
    assert screen.getvalue().endswith("\r" + " " * 62 + "\r")
    assert progress.line(5, None, 2.0) == "Seeding: 5 rows · 2 rows/s"
    assert [duration(s) for s in (0.42, 12.4, 112, 7500)] == ["0.4s", "12s", "1m 52s", "2h 05m"]


def test_progress_is_quiet_off_a_terminal():
    screen = io.StringIO()
    progress = Progress("Importing", stream=screen)  # a StringIO is not a terminal
    progress(10, 20)
    progress.status("committing")
    progress.finish()
    assert not progress.enabled and screen.getvalue() == ""


def test_seed_reports_progress_up_to_the_total(session: Session):
    seen: list[tuple[int, int | None]] = []
    added = seed_synthetic(
        session,
        3,
        per_project=2000,
        now=datetime(2025, 1, 1, tzinfo=UTC),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert added == {"projects": 3, "commitments": 6000}
    assert seen == [(3, 6003), (5003, 6003), (6003, 6003)]
    assert session.exec(select(func.count()).select_from(Commitment)).one() == 6000


def test_logged_errors_show_no_traceback_without_debug():
    screen = io.StringIO()
    handler = logging.StreamHandler(screen)
    handler.setFormatter(cli._WithoutTracebacks("%(levelname)s %(message)s"))
    logger = logging.getLogger("tests.cli.without_tracebacks")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        raise ValueError("inner detail")
    except ValueError:
        logger.exception("listener failed, error id 1234")
    finally:
        logger.removeHandler(handler)
    assert screen.getvalue() == "ERROR listener failed, error id 1234\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "2026-13-01"], "'2026-13-01' is not a date: use YYYY-MM-DD such as 2026-01-01.\n"),
        (["--since", "last week"], "'last week' is not a date: use YYYY-MM-DD such as 2026-01-01.\n"),
        (["--since", "2999-01-01"], "--since 2999-01-01 is in the future: give a day up to today.\n"),
    ],
)
def test_corrections_refuses_a_bad_day_in_one_line(
    live: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
):
    assert cli.main(["corrections", *args]) == 2
    out = capsys.readouterr()
    assert out.err == message and out.out == ""


def test_corrections_with_nothing_logged_says_so(live: str, capsys: pytest.CaptureFixture[str]):
    assert cli.main(["corrections", "--since", "2026-01-01"]) == 0
    assert capsys.readouterr().out == (
        "No extractor-made drafts were logged since 2026-01-01: no corrections to count yet.\n"
    )
    assert cli.main(["corrections", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["drafts_logged"] == 0 and report["since"] is None
    assert [f["drafts_corrected"] for f in report["fields"]] == [0] * 15


def test_corrections_shows_values_as_inert_single_lines():
    assert cli._shown("a\x1b[31mred\nline\u202e") == "a [31mred line"
    assert cli._shown(None) == "(none)" and cli._shown([]) == "(none)" and cli._shown(True) == "yes"
    assert cli._shown(["graphite", "lithium"]) == "graphite, lithium"
    assert len(cli._shown("x" * 500)) == 60
