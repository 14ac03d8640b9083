"""A bad setting stops start-up with one clear line; tokens never reach the logs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.settings import SettingsError, load_settings
from bot.local_slack import LocalSlack


@pytest.mark.parametrize(
    "env, message",
    [
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN must be a bot token starting with xoxb-"),
        ({"SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN must be an app-level token starting with xapp-"),
        ({"PORT": "99999"}, "PORT"),
        ({"DIGEST_TIMEZONE": "Mars/Olympus"}, "DIGEST_TIMEZONE 'Mars/Olympus' is not an IANA timezone"),
        ({"SLASH_COMMAND": "minerals"}, "SLASH_COMMAND must look like /minerals"),
        ({"SLACK_API_URL": "slack.com/api"}, "SLACK_API_URL must be an http(s) URL"),
        (
            {"DATABASE_URL": "data/minerals.db"},
            "DATABASE_URL cannot be read as a database URL: write it as sqlite:",
        ),
        (
            {"DATABASE_URL": "mysql://u:pw@db/minerals"},
            "DATABASE_URL uses mysql, which minerals-bot does not support",
        ),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL 'loud' is not a log level: use one of DEBUG, INFO"),
        (
            {"DATABASE_PREPARE": "maybe"},
            "DATABASE_PREPARE 'maybe' is neither 1 nor 0: use 0 behind PgBouncer",
        ),
        ({"DATABASE_PREPARE": ""}, "DATABASE_PREPARE '' is neither 1 nor 0"),
    ],
)
def test_malformed_settings_name_the_variable(monkeypatch, env, message):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as err:
        load_settings(_env_file=None)
    assert message in str(err.value.code)


@pytest.mark.parametrize(
    "value, prepare",
    [
        (None, True),
        ("1", True),
        ("0", False),
        ("false", False),
        ("Off", False),
        ("no", False),
        (" true ", True),
    ],
)
def test_database_prepare_is_on_unless_turned_off(monkeypatch, value: str | None, prepare: bool) -> None:
    if value is None:
        monkeypatch.delenv("DATABASE_PREPARE", raising=False)
    else:
        monkeypatch.setenv("DATABASE_PREPARE", value)
    assert load_settings(_env_file=None).database_prepare is prepare


def test_serve_without_tokens_says_what_to_do(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path}/m.db"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "SLACK_BOT_TOKEN is not set: copy .env.example to .env and paste the xoxb- token from "
        "your app's OAuth & Permissions page."
    ]


def test_bad_setting_is_one_line_without_traceback(tmp_path):
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-secret-value-123", "PORT": "not-a-port"}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Configuration error: PORT")
    assert "xoxb-secret-value-123" not in result.stderr + result.stdout


def test_tokens_are_not_in_the_settings_repr():
    s = load_settings(
        _env_file=None,
        slack_bot_token="xoxb-very-secret",
        slack_signing_secret="shh",
        slack_app_token="xapp-also-secret",
    )
    assert "very-secret" not in repr(s) and "shh" not in repr(s) and "also-secret" not in str(s)


def test_a_database_url_without_a_driver_means_psycopg_3():
    settings = load_settings(_env_file=None, database_url="postgresql://me:pw@db:5432/minerals")
    assert settings.database_url == "postgresql+psycopg://me:pw@db:5432/minerals"
    assert load_settings(_env_file=None, log_level="debug").log_level == "DEBUG"


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (just released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_up(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`minerals-bot serve` in a subprocess with these settings (and a local SQLite by default)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL", "LOG_LEVEL"))}
    base.update(
        DATABASE_URL=f"sqlite:///{tmp_path}/m.db",
        SLACK_BOT_TOKEN="xoxb-start-up-token",
        SLACK_APP_TOKEN="xapp-start-up-token",
        SLACK_API_URL=f"http://127.0.0.1:{closed_port()}/api/",
    )
    base.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve"],
        capture_output=True,
        text=True,
        env=base,
        cwd=tmp_path,
        timeout=90,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "start-up-token" not in result.stderr + result.stdout
    return lines[0]


def test_a_postgresql_nobody_answers_is_one_line(tmp_path: Path):
    port = closed_port()
    line = one_line(start_up(tmp_path, DATABASE_URL=f"postgresql://me:secret-pw@127.0.0.1:{port}/minerals"))
    assert line.startswith(f"DATABASE_URL: no PostgreSQL answers at 127.0.0.1:{port}")
    assert line.endswith("start PostgreSQL there, or set DATABASE_URL to a server that runs.")
    assert "secret-pw" not in line


def test_an_unsupported_scheme_is_one_line(tmp_path: Path):
    line = one_line(start_up(tmp_path, DATABASE_URL="mysql://me:pw@127.0.0.1/minerals"))
    assert line.startswith(
        "Configuration error: DATABASE_URL uses mysql, which minerals-bot does not support"
    )


def test_a_sqlite_file_that_cannot_be_made_is_one_line(tmp_path: Path):
    (tmp_path / "file").write_text("not a directory")
    line = one_line(start_up(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/file/minerals.db"))
    assert line.startswith(f"DATABASE_URL: cannot use the SQLite database {tmp_path}/file/minerals.db")


def test_slack_unreachable_at_start_up_is_one_line(tmp_path: Path):
    line = one_line(start_up(tmp_path))
    assert line.startswith("Slack is not reachable at http://127.0.0.1:")
    assert line.endswith("check the network connection (or proxy), or SLACK_API_URL.")


@pytest.mark.parametrize("error", ["invalid_auth", "token_revoked"])
def test_a_revoked_token_at_start_up_is_one_line(tmp_path: Path, slack: LocalSlack, error: str):
    slack.fail_next("auth.test", error, times=5)
    line = one_line(start_up(tmp_path, SLACK_API_URL=slack.api_url))
    assert line == (
        f"Slack refused SLACK_BOT_TOKEN ({error}): the app was uninstalled or the token revoked; "
        "reinstall the app (OAuth & Permissions) and set the new xoxb- token."
    )
