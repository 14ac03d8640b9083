"""Slack in and out: slash commands, buttons, forms, events. Each module has register(app)."""

from __future__ import annotations

from slack_bolt import App

from bot.core.services import Services


def register_all(app: App, services: Services) -> None:
    from handlers import (
        actions,
        confirm_card_actions,
        events,
        follow_commands,
        home,
        modal_submissions,
        slash,
    )
    from handlers.context import ProvideServices

    app.middleware(ProvideServices(services))
    # Bolt tries listeners in this order, each with its matchers (~25 us of argument building
    # apiece): the slash command and message events, the most frequent requests, come first.
    slash.register(app, services.settings.slash_command)
    events.register(app)
    for module in (actions, confirm_card_actions, modal_submissions, home, follow_commands):
        module.register(app)
