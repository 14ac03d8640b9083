"""Following: match what happened against every member's follows, and DM them, once each.

Every tick (twice a minute in `serve`): read the audit log since the cursor (with an
overlap), owe a notice to each member whose follow matches (private-channel records only to
members of that channel), add milestone reminders, then send what is due: one DM per member
with all their notices due now. Notices are claimed in the store, so two replicas racing
send each notice once.
"""

from __future__ import annotations

import functools
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blockkit.follows import notice_message
from bot.core.services import Services
from jobs.runs import replica_id
from jobs.send import call_with_ratelimit_retry, slack_error
from store import follows
from store.follows import Event
from store.models import Follow, FollowCadence
from store.visibility import EVERYTHING

log = logging.getLogger("minerals_bot.follows")

INTERVAL_SECONDS = 30
GATHER = timedelta(seconds=30)  # events this close together go out as one DM
MORNING = clock_time(8, 0)  # the daily bundle, in the member's own timezone
DAILY_DM_LIMIT = 20
MEMBERS_TTL = timedelta(minutes=5)
TZ_TTL = timedelta(hours=12)
RETENTION = timedelta(days=30)
# Slack's answers that mean this member cannot be sent a DM: pause, do not retry.
REFUSED = frozenset(
    {
        "user_not_found",
        "cannot_dm_bot",
        "user_disabled",
        "account_inactive",
        "messages_tab_disabled",
        "user_not_visible",
        "is_archived",
        "channel_not_found",
        "not_allowed_token_type",
        "restricted_action",
    }
)


def next_morning(after: datetime, zone: str) -> datetime:
    """The first local MORNING strictly after `after`, in UTC; right across DST changes."""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    local = after.astimezone(tz)
    for days in range(3):
        candidate = datetime.combine(local.date() + timedelta(days=days), MORNING, tzinfo=tz)
        if candidate.astimezone(UTC) > after:
            return candidate.astimezone(UTC)
    raise AssertionError("unreachable: a morning comes within three days")


@dataclass
class Tick:
    """What one tick did (for tests and logs)."""

    owed: int = 0
    sent: list[str] = field(default_factory=list)  # members DMed
    refused: list[str] = field(default_factory=list)
    postponed: int = 0


class FollowSender:
    """Matches events to follows and sends the DMs; one per process (any number of replicas)."""

    def __init__(
        self,
        services: Services,
        client: WebClient,
        *,
        claimed_by: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.services, self.client = services, client
        self.claimed_by = claimed_by or replica_id()
        self.sleep = sleep
        self._members: dict[str, tuple[datetime, frozenset[str]]] = {}
        self._zones: dict[str, tuple[datetime, str]] = {}

    def tick(self, now: datetime | None = None) -> Tick:
        now = now or self.services.clock()
        result = Tick()
        result.owed = self.match(now)
        self.send_due(now, result)
        return result

    # --- matching -----------------------------------------------------------------------

    def match(self, now: datetime) -> int:
        """Owe notices for what happened since the cursor, and for milestones coming up."""
        with self.services.session(read_only=True) as session:
            since = follows.cursor(session) or now - follows.OVERLAP
            events = follows.events_between(session, since - follows.OVERLAP, now, audience=EVERYTHING)
            events += follows.reminder_events(session, now.date(), audience=EVERYTHING)
            active = follows.active_follows(session)
            for follow in active:
                session.expunge(follow)
        owed = []
        for event in events:
            for member, follow in self._first_match_per_member(event, active).items():
                if event.private and not self._is_member(event.channel, member, now):
                    continue  # never to someone who could not see it in Slack
                owed.append((member, event, follow))
        made = 0
        with self.services.session() as session:
            for member, event, follow in owed:
                daily = follow.cadence == FollowCadence.DAILY
                due = next_morning(event.at, self.zone_of(member, now)) if daily else event.at + GATHER
                made += follows.enqueue(
                    session,
                    member=member,
                    event=event,
                    follow_id=follow.id,
                    due_at=due,
                    bundle=daily,
                    now=now,
                )
            follows.advance_cursor(session, now)
        return made

    @staticmethod
    def _first_match_per_member(event: Event, active: list[Follow]) -> dict[str, Follow]:
        found: dict[str, Follow] = {}
        for follow in active:
            if follow.member in found:
                continue
            # A follow hears of what happened after it was made (the log is read with an overlap).
            if event.kind != "reminder" and follow.created_at > event.at:
                continue
            if follows.matches(follow.spec, event):
                found[follow.member] = follow
        return found

    def _is_member(self, channel: str | None, user: str, now: datetime) -> bool:
        if not channel:
            return False
        cached = self._members.get(channel)
        if cached is None or now - cached[0] > MEMBERS_TTL:
            cached = (now, self._channel_members(channel))
            self._members[channel] = cached
        return user in cached[1]

    def _channel_members(self, channel: str) -> frozenset[str]:
        members: set[str] = set()
        cursor: str | None = None
        try:
            while True:
                page = call_with_ratelimit_retry(
                    functools.partial(
                        self.client.conversations_members, channel=channel, cursor=cursor, limit=1000
                    ),
                    sleep=self.sleep,
                )
                members.update(page.get("members") or [])
                cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
                if not cursor:
                    return frozenset(members)
        except (SlackApiError, OSError) as exc:
            log.warning("cannot read the members of %s (private records stay unsent): %s", channel, exc)
            return frozenset()

    def zone_of(self, member: str, now: datetime) -> str:
        """The member's Slack timezone (users.info), cached; UTC if Slack does not say."""
        cached = self._zones.get(member)
        if cached is not None and now - cached[0] < TZ_TTL:
            return cached[1]
        zone = "UTC"
        try:
            zone = str(self.client.users_info(user=member)["user"].get("tz") or "UTC")
        except (SlackApiError, OSError, KeyError, TypeError) as exc:
            log.warning("cannot read the timezone of %s: %s", member, exc)
        self._zones[member] = (now, zone)
        return zone

    # --- sending ------------------------------------------------------------------------

    def send_due(self, now: datetime, result: Tick | None = None) -> Tick:
        """One DM per member with a notice due; each notice claimed first, so sent once."""
        result = result or Tick()
        with self.services.session(read_only=True) as session:
            members = follows.members_due(session, now=now)
        for member in members:
            self._send_member(member, now, result)
        with self.services.session() as session:
            follows.prune(session, before=now - RETENTION)
        return result

    def _send_member(self, member: str, now: datetime, result: Tick) -> None:
        claim = f"{self.claimed_by}:{uuid.uuid4().hex[:8]}"
        with self.services.session() as session:
            notices = follows.claim_member(session, member, claim=claim, now=now)
            if not notices:
                return  # another sender has them
            plain = [(n.id, n.event, n.follow_id, n.bundle) for n in notices]
            sent_today = follows.dms_sent_since(session, member, now - timedelta(days=1))
            by_id = {f.id: f for f in follows.follows_of(session, member)}
            matched = {n.follow_id: by_id[n.follow_id].description for n in notices if n.follow_id in by_id}
        ids = [i for i, *_ in plain if i is not None]
        if sent_today >= DAILY_DM_LIMIT and not any(bundle for *_, bundle in plain):
            # Quiet: past the day's limit, what comes next waits for one bundle.
            with self.services.session() as session:
                morning = next_morning(now, self.zone_of(member, now))
                follows.postpone(
                    session, ids, claim=claim, until=morning, why="daily limit: bundled", bundle=True
                )
            result.postponed += len(ids)
            return
        blocks, text = notice_message(
            [
                (event, matched.get(follow_id, "a follow you removed"), follow_id)
                for _i, event, follow_id, _b in plain
            ],
            command=self.services.settings.slash_command,
        )
        try:
            channel = call_with_ratelimit_retry(
                lambda: self.client.conversations_open(users=member), sleep=self.sleep
            )["channel"]["id"]
            posted = call_with_ratelimit_retry(
                lambda: self.client.chat_postMessage(
                    channel=channel, blocks=blocks, text=text, unfurl_links=False, unfurl_media=False
                ),
                sleep=self.sleep,
            )
        except SlackApiError as exc:
            self._failed(member, ids, claim, slack_error(exc), now, result)
            return
        except OSError as exc:
            self._failed(member, ids, claim, type(exc).__name__, now, result)
            return
        with self.services.session() as session:
            follows.mark_sent(session, ids, claim=claim, message_ts=str(posted.get("ts")), now=now)
        result.sent.append(member)

    def _failed(
        self, member: str, ids: list[int], claim: str, error: str, now: datetime, result: Tick
    ) -> None:
        with self.services.session() as session:
            if error in REFUSED:
                log.warning("Slack refused a DM to %s (%s): their follows are paused", member, error)
                follows.fail(session, ids, claim=claim, error=error)
                follows.pause_member(session, member, f"Slack refused the DM ({error})")
                result.refused.append(member)
                return
            attempts = max(
                (n.attempts for n in follows.notices_for(session, member) if n.id in ids), default=1
            )
            if attempts >= follows.MAX_ATTEMPTS:
                follows.fail(session, ids, claim=claim, error=error)
            else:
                backoff = timedelta(seconds=min(900, 30 * 2**attempts))
                follows.postpone(session, ids, claim=claim, until=now + backoff, why=error)


def schedule(scheduler: Any, sender: FollowSender) -> None:
    """Every INTERVAL_SECONDS: match and send (errors are logged; the next tick tries again)."""

    def safely() -> None:
        try:
            sender.tick()
        except Exception:
            log.exception("following: the tick failed")

    scheduler.add_job(
        safely,
        "interval",
        seconds=INTERVAL_SECONDS,
        id="follows",
        coalesce=True,
        max_instances=1,
        replace_existing=True,
    )
