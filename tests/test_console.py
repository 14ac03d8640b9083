"""A scripted console session drives the same Bolt app: a command, a button, the Home tab."""

from __future__ import annotations

from pathlib import Path

from bot.console import run_console
from bot.core.settings import load_settings


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
