"""The app manifest asks for what the code uses."""

from pathlib import Path

import yaml

MANIFEST = Path(__file__).parent.parent / "bot" / "manifest.yaml"


def test_manifest_covers_listeners_and_calls():
    m = yaml.safe_load(MANIFEST.read_text())
    scopes = set(m["oauth_config"]["scopes"]["bot"])
    assert {
        "commands",
        "chat:write",
        "files:write",
        "im:write",
        "reactions:read",
        "app_mentions:read",
        "channels:history",
        "groups:history",
    } <= scopes
    events = set(m["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_home_opened", "app_mention", "message.channels", "reaction_added"} <= events
    assert m["settings"]["interactivity"]["is_enabled"] is True
    assert m["features"]["slash_commands"][0]["command"] == "/minerals"
