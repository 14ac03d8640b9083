"""`minerals-bot digest preview|send` through bot.cli, as a terminal runs it."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from bot import cli
from bot.core.settings import Settings
from bot.local_slack import LocalSlack
from tests.jobs.helpers import add_commitment, at, private_in, subscribe


@pytest.fixture
def use_settings(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> Settings:
    monkeypatch.setattr(cli, "load_settings", lambda: settings)
    return settings


def test_preview_prints_the_digest_as_text(
    use_settings: Settings, session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    add_commitment(session, "CA", "grant", "100000000", "CAD", created=at(2025, 11, 5))
    add_commitment(session, "KR", "loan", "5", "USD", created=at(2025, 11, 5), provenance=private_in("G1"))
    session.commit()
    subscribe(session, "C1", timezone="Europe/Berlin")
    assert cli.main(["digest", "preview", "--channel", "C1", "--as-of", "2025-11-10"]) == 0
    out = capsys.readouterr().out
    assert "Covers Mon 3 Nov 2025 09:00 – Mon 10 Nov 2025 09:00 (Europe/Berlin)" in out
    assert "Canada: CAD 100m (≈ USD 71.5m) [announced]" in out
    assert "Korea" not in out


def test_preview_rejects_bad_values(use_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["digest", "preview", "--channel", "general"]) == 2
    assert "'general' is not a channel ID" in capsys.readouterr().err
    assert cli.main(["digest", "preview", "--channel", "C1", "--as-of", "monday"]) == 2
    assert "'monday' is not a date" in capsys.readouterr().err


def test_send_posts_to_slack(
    use_settings: Settings, session: Session, slack: LocalSlack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["digest", "send", "--channel", "C1"]) == 0
    assert "Digest for C1: sent" in capsys.readouterr().out
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_send_without_a_token_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, slack: LocalSlack, capsys: pytest.CaptureFixture[str]
) -> None:
    no_token = settings.model_copy(update={"slack_bot_token": None})
    monkeypatch.setattr(cli, "load_settings", lambda: no_token)
    assert cli.main(["digest", "send", "--channel", "C1"]) == 2
    assert "SLACK_BOT_TOKEN is not set" in capsys.readouterr().err
    assert slack.calls == []


def test_send_failure_is_reported(
    use_settings: Settings, slack: LocalSlack, capsys: pytest.CaptureFixture[str]
) -> None:
    slack.channel_errors["C1"] = "channel_not_found"
    assert cli.main(["digest", "send", "--channel", "C1"]) == 1
    assert "Digest for C1: not sent: channel_not_found" in capsys.readouterr().err
