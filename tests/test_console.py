"""A scripted console session drives the same Bolt app: a command, a button, the Home tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from bot import cli
from bot.console import readable, run_console
from bot.core.settings import load_settings
from store.db import make_engine
from store.models import Project


def run_script(tmp_path: Path, db_url: str, lines: list[str]) -> str:
    script = tmp_path / "script.txt"
    script.write_text("\n".join(lines) + "\n")
    out: list[str] = []
    run_console(load_settings(_env_file=None), script=str(script), database_url=db_url, out=out.append)
    return "\n".join(out)


def test_console_command_button_and_home(tmp_path: Path, db_url: str):
    text = run_script(
        tmp_path,
        db_url,
        [
            "/minerals projects mineral:graphite country:CA",
            "click 1",
            "home",
            "/minerals frobnicate",
        ],
    )
    # the command's answer, with its buttons numbered
    assert "*Canadian graphite mines* · mining" in text and "[1: Open]" in text
    # the button opened the project card through the real action listener and response_url
    assert "--- [reply]" in text and "CANADIAN GRAPHITE MINES" in text and "Backers" in text
    # the Home tab was published by the app_home_opened listener
    assert "--- [Home tab]" in text and "Latest commitments" in text
    assert "“frobnicate” is not a /minerals subcommand" in text


def test_console_message_proposes_and_logs(tmp_path: Path, db_url: str):
    text = run_script(
        tmp_path,
        db_url,
        [
            "Japan's JOGMEC will lend up to C$150 million to the Canadian graphite mines.",
            "click 1",
            "/minerals commitments by:JOGMEC",
        ],
    )
    assert "Looks like a commitment" in text and "[1: Log it]" in text
    assert "Logged by @you" in text
    assert "1–1 of 1" in text and "up to CAD 150m" in text


def script_lines(tmp_path: Path, db_url: str | None, lines: list[str]) -> tuple[str, Path]:
    """Run lines with the console's files under tmp_path; the output and the files' folder."""
    script = tmp_path / "script.txt"
    script.write_text("\n".join(lines) + "\n")
    out: list[str] = []
    files = tmp_path / "files"
    run_console(
        load_settings(_env_file=None),
        script=str(script),
        database_url=db_url,
        files_dir=files,
        out=out.append,
    )
    return "\n".join(out), files


def count(url: str, model: type) -> int:
    engine = make_engine(url)
    try:
        with Session(engine) as s:
            return int(s.exec(select(func.count()).select_from(model)).one())
    finally:
        engine.dispose()


def test_the_console_never_uses_the_live_database(tmp_path: Path, monkeypatch, db_url: str):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", db_url)  # the live bot's
    script = tmp_path / "s.txt"
    script.write_text("/minerals projects\n")
    out: list[str] = []
    assert cli.main(["console", "--script", str(script)]) == 0
    assert count(db_url, Project) == 0
    assert count(f"sqlite:///{tmp_path}/data/console.db", Project) > 0

    # --memory: a throwaway database, nothing left behind
    (tmp_path / "data" / "console.db").unlink()
    run_console(load_settings(), script=str(script), database_url=None, out=out.append)
    assert "Canadian graphite mines" in "\n".join(out)
    assert count(db_url, Project) == 0 and not (tmp_path / "data" / "console.db").exists()


def test_a_form_is_filled_and_submitted(tmp_path: Path, db_url: str):
    text, _ = script_lines(
        tmp_path,
        db_url,
        [
            "/minerals add project",
            "set name Kvanefjeld test mine",
            "set stage nowhere",
            "set stage Separation",
            "set country Narnia",
            "submit",
            "set Country CA",
            "set minerals graphite",
            "submit",
            "submit",
        ],
    )
    assert "--- [modal: Add a project] #1" in text and "  Name [name]: …" in text
    assert "(“nowhere” is not a choice for stage: mining, processing" in text
    assert "  Supply-chain stage [stage] = Separation" in text
    assert "--- [form errors: fix with `set <field> <value>`, then `submit`]" in text
    assert "  country: Unknown country 'Narnia'" in text
    assert "--- [form submitted and closed]" in text and "Saved project “Kvanefjeld test mine”." in text
    assert text.endswith("(no form is open: `/minerals add project` opens one)")
    engine = make_engine(db_url)
    with Session(engine) as s:
        [project] = s.exec(select(Project).where(Project.name == "Kvanefjeld test mine")).all()
    engine.dispose()
    assert (project.country, project.stage, project.minerals) == ("CA", "separation", ["graphite"])


def test_a_required_field_is_asked_for_before_submitting(tmp_path: Path, db_url: str):
    text, _ = script_lines(tmp_path, db_url, ["/minerals add project", "submit", "set nonsense 1"])
    assert "(required, still empty: name; fill with `set <field> <value>`)" in text
    assert "(no field “nonsense”; this form has: name, operator, country," in text


def test_a_button_of_an_earlier_answer_is_clicked(tmp_path: Path, db_url: str):
    text, _ = script_lines(
        tmp_path,
        db_url,
        ["/minerals projects mineral:graphite", "/minerals help", "click 1.1", "click 7.1", "click 1.9"],
    )
    assert "--- [reply] #1" in text and "[1: Open]" in text
    assert "CANADIAN GRAPHITE MINES" in text.split("> click 1.1")[1]
    assert "(no answer #7 with buttons; the latest: #1" in text
    assert "(no button 9 in answer #1; it has 2)" in text


def test_an_exported_file_is_saved_and_shown(tmp_path: Path, db_url: str):
    text, files = script_lines(tmp_path, db_url, ["/minerals export commitments"])
    [saved] = list(files.iterdir())
    assert saved.name.startswith("minerals-commitments-") and saved.suffix == ".csv"
    assert f"saved as {saved}] #1" in text
    assert "  | actor,counterparty,instrument," in text
    assert f"  | … {len(saved.read_text().splitlines()) - 5:,} more lines" in text


def test_log_of_no_commitment_answers_only_the_person(tmp_path: Path, db_url: str):
    text, _ = script_lines(tmp_path, db_url, ["/minerals log the weather is nice today"])
    assert "--- [only you see in CCONSOLE1] #1" in text
    assert "I could not find a commitment in that message. Try `/minerals log <sentence>`" in text
    assert "--- [posted in" not in text and "failed" not in text


@pytest.mark.parametrize(
    "mrkdwn, shown",
    [
        ("Logged by <@UCONSOLE1>", "Logged by @you"),
        ("by <@U0ABC>", "by @u0abc"),
        ("<https://example.org/a?b=1&amp;c=2|the article>", "the article (https://example.org/a?b=1&c=2)"),
        ("<https://example.org>", "https://example.org"),
        ("in <#C123|policy>", "in #policy"),
        ("<!here> and <!date^1700000000^{date}|14 Nov 2023>", "@here and 14 Nov 2023"),
        ("a &lt;b&gt; &amp;amp; &copy;", "a <b> &amp; &copy;"),
    ],
)
def test_slack_markup_is_shown_readably(mrkdwn: str, shown: str):
    assert readable(mrkdwn, lambda u: "you" if u == "UCONSOLE1" else u.lower()) == shown


def test_console_questions_by_command_mention_and_dm(tmp_path: Path, db_url: str):
    text = run_script(
        tmp_path,
        db_url,
        [
            "/minerals how many offtake agreements are there?",
            "@bot who backs G7 CMAP?",
            "dm which projects are in Canada?",
        ],
    )
    # the same code path as Slack: a slash command, a mention answered in its thread, a DM
    assert "Number of commitments · offtake" in text and "*4 commitments*" in text
    assert "--- [posted in CCONSOLE1 thread]" in text and "Who committed · initiative G7" in text
    assert "--- [posted in DCONSOLE1]" in text and "Canadian graphite mines" in text
    assert "Looks like a commitment" not in text
