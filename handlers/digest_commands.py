"""`/minerals digest ...`: subscribe a channel to the weekly digest, list, preview, send now."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.blockkit.blocks import context, esc, fallback, fit_message, section
from bot.blockkit.cards import sections
from bot.blockkit.digest import digest_blocks
from bot.core.services import Services
from handlers.replies import error, note
from handlers.router import ROUTER, CommandRequest, Deferred, Outcome, Reply
from jobs.runs import DefaultSchedule, RunResult, digest_for, send_now
from jobs.schedule import Schedule, next_run_after, period_for
from jobs.send import CHANNEL_ERRORS, channel_problem
from store import digests
from store.digests import (
    WEEKDAYS,
    DigestError,
    InvalidSchedule,
    NoSubscription,
    NotYourSubscription,
    SubscriptionStatus,
)
from store.models import DeliveryState

CHANNEL_MENTION = re.compile(r"^<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>$")
CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{6,}$")
USAGE = (
    "digest subscribe [#channel] [weekday] [HH:MM] [timezone] · digest unsubscribe "
    "[#channel] · digest list · digest preview · digest now"
)


@dataclass(frozen=True)
class SubscribeArgs:
    """What `digest subscribe` was given; None where the user left a part out."""

    channel: str
    channel_private: bool
    weekday: int | None = None
    time_of_day: str | None = None
    timezone: str | None = None

    def schedule(self, defaults: Schedule) -> tuple[int, str, str]:
        """(weekday, HH:MM, zone), the parts left out taken from `defaults`."""
        return (
            defaults.weekday if self.weekday is None else self.weekday,
            self.time_of_day or defaults.time_of_day,
            self.timezone or defaults.timezone,
        )


def parse_channel(token: str) -> str | None:
    """A channel ID from Slack's `<#C123|name>` mention or a bare ID; None if not one."""
    match = CHANNEL_MENTION.match(token)
    if match:
        return match.group(1)
    return token if CHANNEL_ID.match(token) else None


def parse_subscribe_args(
    text: str, *, current_channel: str, is_private: Callable[[str], bool]
) -> SubscribeArgs:
    """`[#channel] [weekday] [HH:MM] [timezone]` in any order; the channel defaults to this one."""
    found: dict[str, Any] = {}

    def put(kind: str, value: Any, token: str) -> None:
        if kind in found:
            raise InvalidSchedule(f"'{token}': you gave two {kind}s; give one")
        found[kind] = value

    for token in text.split():
        if (channel := parse_channel(token)) is not None:
            put("channel", channel, token)
        elif token.startswith("#"):
            raise InvalidSchedule(
                f"'{token}' came through as plain text: pick the channel from "
                "Slack's # list so the command gets its ID"
            )
        elif token[:1].isdigit():
            put("time", digests.parse_time_of_day(token), token)
        elif "/" in token or token.upper() == "UTC":
            put("timezone", digests.validate_timezone(token), token)
        else:
            kind, value = _weekday_or_zone(token)
            put(kind, value, token)
    channel = found.get("channel", current_channel)
    return SubscribeArgs(
        channel, is_private(channel), found.get("weekday"), found.get("time"), found.get("timezone")
    )


def _weekday_or_zone(token: str) -> tuple[str, Any]:
    """A bare word: a weekday, else a zone without a slash (UTC, Japan), else a clear error."""
    with contextlib.suppress(InvalidSchedule):
        return "weekday", digests.parse_weekday(token)
    try:
        return "timezone", digests.validate_timezone(token)
    except InvalidSchedule as exc:
        hint = f" (for a timezone, try {' or '.join(exc.suggestions)})" if exc.suggestions else ""
        raise InvalidSchedule(
            f"'{token}' is not a weekday, a time or a timezone{hint}: for "
            "example `digest subscribe Monday 09:00 Europe/Berlin`"
        ) from None


# --- the subcommand ---------------------------------------------------------------------


@ROUTER.add("digest", usage="digest subscribe|unsubscribe|list|preview|now ...")
def digest_command(services: Services, req: CommandRequest) -> Outcome:
    """Weekly digests of what changed, posted in a channel on a schedule.

    `digest subscribe [#channel] [weekday] [HH:MM] [timezone]` (default: this channel,
    Monday, 09:00, the team's timezone), `digest unsubscribe [#channel]`, `digest list`,
    `digest preview` (only you see it), `digest now` (posts this channel's digest now) and
    `digest quiet <days>` (when a project counts as "Gone quiet"; 90 by default).
    A digest holds records from public channels and from its own channel only.
    """
    verb, _, rest = req.args.strip().partition(" ")
    action = VERBS.get(verb.lower())
    if action is None:
        shown = f"“{verb}” is not a digest command." if verb else "Which digest command?"
        return error(shown, f"Try {USAGE}.")
    try:
        return action(services, req, rest.strip())
    except (NotYourSubscription, NoSubscription) as exc:
        elsewhere = exc.channel != req.channel_id and req.is_private(exc.channel)
        if elsewhere and not services.is_admin(req.user_id):
            # Another private channel's digest: whether it has one, and whose, stays there.
            return error(
                f"<#{exc.channel}> is private: its digest subscription is shown and changed from inside it.",
                f"Run `{req.command} digest ...` inside that channel.",
                mrkdwn=True,
            )
        if isinstance(exc, NoSubscription):
            return error(
                f"<#{exc.channel}> has no digest subscription.",
                f"Start one with `{req.command} digest subscribe`.",
                mrkdwn=True,
            )
        return error(
            f"<@{exc.owner}> set up the digest for <#{exc.channel}>; only they or an admin can change it.",
            "Ask them, or an admin, to make the change.",
            mrkdwn=True,
        )
    except DigestError as exc:
        return error(str(exc))


def _subscribe(services: Services, req: CommandRequest, args: str) -> Outcome:
    wanted = parse_subscribe_args(args, current_channel=req.channel_id, is_private=req.is_private)
    now = services.clock()
    with services.session() as session:
        # Resubscribing (the fix for a stopped digest) keeps the schedule it had.
        existing = digests.get_subscription(session, wanted.channel)
        weekday, time_of_day, timezone = wanted.schedule(
            existing or DefaultSchedule(services.settings.digest_timezone)
        )
        sub = digests.subscribe(
            session,
            channel=wanted.channel,
            channel_private=wanted.channel_private,
            weekday=weekday,
            time_of_day=time_of_day,
            timezone=timezone,
            subscribed_by=req.user_id,
            is_admin=services.is_admin(req.user_id),
            now=now,
        )
    services.on_subscriptions_changed()
    next_at = _local(next_run_after(sub, now), sub.timezone)
    return note(
        f":white_check_mark: <#{sub.channel}> gets the weekly minerals digest every "
        f"{_schedule_phrase(sub)}; the first is on {next_at}.",
        f"It covers the seven days before each run and holds records from public "
        f"channels and from <#{sub.channel}> only. The bot must be a member of the "
        "channel to post there.",
        mrkdwn=True,
    )


def _unsubscribe(services: Services, req: CommandRequest, args: str) -> Outcome:
    channel = parse_channel(args.split()[0]) if args.split() else req.channel_id
    if channel is None:
        raise InvalidSchedule(f"'{args}' is not a channel: pick one from Slack's # list")
    with services.session() as session:
        digests.unsubscribe(
            session,
            channel=channel,
            user=req.user_id,
            is_admin=services.is_admin(req.user_id),
            now=services.clock(),
        )
    services.on_subscriptions_changed()
    return note(
        f"<#{channel}> no longer gets the weekly digest.",
        f"Its history stays in `{req.command} digest list` until it is resubscribed.",
        mrkdwn=True,
    )


def _list(services: Services, req: CommandRequest, args: str) -> Outcome:
    # A read, like `following` and `watch list` (route also reads every listing verb in reading
    # mode): a writing session's BEGIN IMMEDIATE queued concurrent lists on SQLite (447 ms p99).
    with services.session(read_only=True) as session:
        statuses = digests.list_subscriptions(session, audience=req.audience)
    blocks, text = subscriptions_blocks(statuses, now=services.clock(), command=req.command)
    return Reply(blocks, text)


def _preview(services: Services, req: CommandRequest, args: str) -> Outcome:
    def work(client: Any) -> Reply:
        with services.session() as session:
            sub = digests.get_subscription(session, req.channel_id)
        schedule = (
            sub if sub is not None and sub.active else DefaultSchedule(services.settings.digest_timezone)
        )
        start, end = period_for(schedule, services.clock())
        digest = digest_for(
            services, req.channel_id, tz=schedule.timezone, period_start=start, period_end=end
        )
        blocks, text = digest_blocks(digest)
        only_you = context("Preview: only you can see this. The posted digest also has a chart.")
        return Reply(fit_message([only_you, *blocks]), text)

    return Deferred("Building a preview of this channel's digest…", work)


def _now(services: Services, req: CommandRequest, args: str) -> Outcome:
    def work(client: Any) -> Reply:
        result = send_now(services, client, req.channel_id, requested_by=req.user_id)
        return _after_send(result, req)

    return Deferred("Sending this channel's digest…", work)


def _after_send(result: RunResult, req: CommandRequest) -> Reply:
    code = result.outcome.removeprefix("not sent: ")
    if result.state == DeliveryState.SENT:
        return note(
            f":white_check_mark: Posted the digest for the last seven days ({esc(result.outcome)}).",
            mrkdwn=True,
        )
    if result.state == "already-claimed":
        return note("A digest for this channel is being sent right now; it will appear shortly.", mrkdwn=True)
    if code in CHANNEL_ERRORS:
        what, fix = channel_problem(code, req.channel_id, req.command)
        return error(f"The digest was not posted: {what} (`{code}`).", f"To fix it, {fix}.", mrkdwn=True)
    return error(
        f"The digest was not posted: {result.outcome}.",
        "Try again later; if it keeps failing, tell an admin.",
    )


def _quiet(services: Services, req: CommandRequest, args: str) -> Outcome:
    days = args.strip().lower().removesuffix("d").removesuffix(" days")
    if not days.isdigit():
        raise InvalidSchedule("give a number of days, e.g. `digest quiet 60`")
    with services.session() as session:
        digests.set_quiet_days(session, channel=req.channel_id, days=int(days))
    return note(f"This channel's digest lists projects with no update in {int(days)} days as “Gone quiet”.")


VERBS: dict[str, Callable[[Services, CommandRequest, str], Outcome]] = {
    "subscribe": _subscribe,
    "unsubscribe": _unsubscribe,
    "list": _list,
    "preview": _preview,
    "now": _now,
    "quiet": _quiet,
}


# --- rendering (pure) -------------------------------------------------------------------


def _local(moment: datetime, tz: str) -> str:
    local = moment.astimezone(ZoneInfo(tz))
    return f"{local:%a} {local.day} {local:%b %Y %H:%M} ({tz})"


def _schedule_phrase(sub: Any) -> str:
    return f"{WEEKDAYS[sub.weekday].capitalize()} at {sub.time_of_day} ({sub.timezone})"


def subscription_line(status: SubscriptionStatus, *, now: datetime, command: str) -> str:
    """One subscription for `digest list`: schedule, owner, next run, last outcome, breakage."""
    sub, run = status.subscription, status.last_run
    owner = f" · set up by <@{sub.subscribed_by}>" if sub.subscribed_by else ""
    line = f"<#{sub.channel}> · {esc(_schedule_phrase(sub))}{owner}"
    if sub.broken_reason:
        line += (
            f"\n      :warning: *stopped*: `{esc(sub.broken_reason)}`; fix the channel, "
            f"then `{esc(command)} digest subscribe` there"
        )
    else:
        line += f"\n      next: {esc(_local(next_run_after(sub, now), sub.timezone))}"
    if run is not None:
        line += (
            f" · last: {esc(run.state)} for {esc(_local(run.scheduled_for, sub.timezone))}"
            f" — {esc(run.outcome or 'in progress')}"
        )
    else:
        line += " · no digest sent yet"
    return line


def subscriptions_blocks(
    statuses: list[SubscriptionStatus], *, now: datetime, command: str
) -> tuple[list[dict[str, Any]], str]:
    """`digest list` as blocks: one line per subscription, in sections of under 3,000 chars."""
    if not statuses:
        return (
            [
                section(
                    f"No channel gets the weekly digest yet. Start one with "
                    f"`{esc(command)} digest subscribe` in the channel."
                )
            ],
            "No digest subscriptions yet.",
        )
    lines = [
        "*Weekly digest subscriptions*",
        *(subscription_line(s, now=now, command=command) for s in statuses),
    ]
    broken = sum(1 for s in statuses if s.subscription.broken_reason)
    text = f"{len(statuses)} digest subscription(s)" + (f", {broken} stopped" if broken else "")
    return fit_message(sections(lines)), fallback(text)
