"""Slack in and out: slash commands, actions, views, events. Each module has register()."""

from __future__ import annotations

from slack_bolt import App

from bot.services import Services


def register_all(app: App, services: Services) -> None:
    from handlers import actions, home, messages, slash, views

    for module in (slash, actions, views, home, messages):
        module.register(app, services)
