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
    from handlers.context import provide_services

    app.middleware(provide_services(services))
    slash.register(app, services.settings.slash_command)
    for module in (actions, confirm_card_actions, modal_submissions, home, events, follow_commands):
        module.register(app)
