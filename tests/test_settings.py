"""A bad setting stops start-up with one clear line; tokens never reach the logs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.core.settings import SettingsError, load_settings


@pytest.mark.parametrize(
    "env, message",
    [
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN must be a bot token starting with xoxb-"),
        ({"SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN must be an app-level token starting with xapp-"),
        ({"PORT": "99999"}, "PORT"),
        ({"DIGEST_TIMEZONE": "Mars/Olympus"}, "DIGEST_TIMEZONE 'Mars/Olympus' is not an IANA timezone"),
        ({"SLASH_COMMAND": "minerals"}, "SLASH_COMMAND must look like /minerals"),
        ({"SLACK_API_URL": "slack.com/api"}, "SLACK_API_URL must be an http(s) URL"),
    ],
)
def test_malformed_settings_name_the_variable(monkeypatch, env, message):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as err:
        load_settings(_env_file=None)
    assert message in str(err.value.code)


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
