"""Slack in and out: slash commands, actions, views, events. Each module has register()."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot.services import Services


def register_all(app: App, services: Services) -> None:
    from handlers import actions, home, slash, views

    for module in (slash, actions, views, home, *_optional_modules()):
        module.register(app, services)


def _optional_modules() -> list[Any]:
    """Feature modules that register listeners when present (messages, digests)."""
    import importlib

    found = []
    for name in ("handlers.messages",):
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found
