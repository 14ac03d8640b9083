"""`minerals-bot digest preview|send --channel C...`: the digest from a terminal."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, date

from bot.services import Services
from bot.settings import Settings, SettingsError
from jobs.digest import digest_text
from jobs.runs import DefaultSchedule, digest_for, send_now
from jobs.schedule import Schedule, period_for, run_on
from jobs.send import make_web_client
from store import digests
from store.db import make_engine, upgrade
from store.models import DeliveryState

CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]+$")


def run_digest_command(args: argparse.Namespace, settings: Settings) -> int:
    """Print a channel's digest (`preview`) or post it now (`send`); returns an exit code."""
    channel = args.channel.strip().lstrip("#")
    if not CHANNEL_ID.match(channel):
        print(
            f"'{args.channel}' is not a channel ID: use the ID such as C0123ABCD (in Slack: "
            "channel name > About > Channel ID).",
            file=sys.stderr,
        )
        return 2
    client = None
    if args.digest_command == "send":
        try:
            client = make_web_client(settings)
        except SettingsError as exc:
            print(exc.code, file=sys.stderr)
            return 2
    upgrade(settings.database_url)
    services = Services(settings, make_engine(settings.database_url))
    try:
        if client is None:
            return _preview(services, channel, getattr(args, "as_of", None))
        result = send_now(services, client, channel, requested_by="cli")
    finally:
        services.engine.dispose()
    stream = sys.stdout if result.state == DeliveryState.SENT else sys.stderr
    print(f"Digest for {channel}: {result.outcome}", file=stream)
    return 0 if result.state == DeliveryState.SENT else 1


def _preview(services: Services, channel: str, as_of: str | None) -> int:
    with services.session() as session:
        sub = digests.get_subscription(session, channel)
    schedule: Schedule = (
        sub if sub is not None and sub.active else DefaultSchedule(services.settings.digest_timezone)
    )
    if as_of:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            print(f"'{as_of}' is not a date: use YYYY-MM-DD such as 2025-11-10.", file=sys.stderr)
            return 2
        run_at = run_on(schedule, day)  # that day's scheduled time, as the digest would run
    else:
        run_at = services.clock().astimezone(UTC).replace(microsecond=0)
    start, end = period_for(schedule, run_at)
    digest = digest_for(services, channel, tz=schedule.timezone, period_start=start, period_end=end)
    sys.stdout.write(digest_text(digest))
    return 0
