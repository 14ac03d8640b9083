"""Slack in and out: slash commands, actions, views, events. Each module has register()."""

from __future__ import annotations

from slack_bolt import App

from bot.core.services import Services


def register_all(app: App, services: Services) -> None:
    from handlers import actions, home, messages, modal_submissions, slash

    for module in (slash, actions, modal_submissions, home, messages):
        module.register(app, services)
