"""SQLModel tables of the tracker. Times are UTC and timezone-aware; money is Decimal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import JSON, Column, Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always hands back aware datetimes, on SQLite too."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(**kw: Any) -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, **kw)


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class DraftState(StrEnum):
    """A draft moves pending -> logged | dismissed | withdrawn, and logged -> undone."""

    PENDING = "pending"
    LOGGED = "logged"
    DISMISSED = "dismissed"
    WITHDRAWN = "withdrawn"  # its source message was deleted or no longer says it
    UNDONE = "undone"


class RunState(StrEnum):
    """A digest run is claimed, then sent, failed or skipped (all three final)."""

    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class DeliveryState(StrEnum):
    """What posting a digest to Slack came to."""

    SENT = "sent"
    FAILED = "failed"
    BROKEN = "broken"  # a channel error: stop retrying


MONEY = sa.Numeric(20, 2)
# What a MONEY column holds exactly on every backend: PostgreSQL keeps 18 digits before the
# point, but SQLite keeps NUMERIC as a REAL, exact to 15 significant digits. Input is bounded
# by this (store/schemas.py), so nothing is stored as Infinity or silently rounded.
MONEY_DIGITS = 15  # significant digits
MONEY_PLACES = 2
MONEY_WHOLE_DIGITS = 15  # below 2**53, where a REAL still holds every whole number
RATE = sa.Numeric(20, 10)


class Provenance(SQLModel):
    """Where a record came from and who put it there."""

    source_url: str | None = Field(default=None, max_length=2000)
    source_channel: str | None = Field(default=None, max_length=32)
    source_private: bool = Field(default=False)
    logged_by: str | None = Field(default=None, max_length=64)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class ProjectInitiativeLink(SQLModel, table=True):
    # An initiative's projects, read from its side (the primary key starts with the project).
    __table_args__ = (sa.Index("ix_projectinitiativelink_initiative_project", "initiative_id", "project_id"),)

    project_id: int = Field(foreign_key="project.id", primary_key=True, ondelete="CASCADE")
    initiative_id: int = Field(foreign_key="initiative.id", primary_key=True, ondelete="CASCADE")


class Initiative(Provenance, table=True):
    __table_args__ = (
        sa.Index("ix_initiative_created", "created_at", "id"),  # what changed
        sa.Index("ix_initiative_private_channel", "source_channel", "source_private"),  # whose
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, unique=True)
    short_name: str | None = Field(default=None, max_length=80, index=True)
    lead: str | None = Field(default=None, max_length=120)  # ISO country code or a body
    members: list[str] = _json_list()
    launched_on: date | None = None
    venue: str | None = Field(default=None, max_length=300)
    pillars: list[str] = _json_list()
    status: str = Field(default="active", max_length=32)
    description: str | None = Field(default=None, max_length=20000)
    synthetic: bool = Field(default=False)


class Project(Provenance, table=True):
    __table_args__ = (
        sa.Index("ix_project_country_name", "country", "name"),  # filtered lists
        sa.Index("ix_project_created", "created_at", "id"),  # what changed in a window
        # Whether a channel has private records of its own (store/questions/known.py).
        sa.Index("ix_project_private_channel", "source_channel", "source_private"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, unique=True)
    operator: str | None = Field(default=None, max_length=300)
    country: str | None = Field(default=None, max_length=8, index=True)
    region: str | None = Field(default=None, max_length=120)
    minerals: list[str] = _json_list()
    stage: str | None = Field(default=None, max_length=32, index=True)
    status: str | None = Field(default=None, max_length=32, index=True)
    capacity: Decimal | None = Field(default=None, sa_type=MONEY)
    capacity_unit: str | None = Field(default=None, max_length=40)
    expected_start_year: int | None = None
    backers: list[str] = _json_list()
    description: str | None = Field(default=None, max_length=20000)
    synthetic: bool = Field(default=False)


class ProjectMineral(SQLModel, table=True):
    """A project's minerals one row each, with its country and name: what a mineral filter
    reads (store/project_minerals.py keeps it by triggers on `project`, migration 0009)."""

    __tablename__ = "project_mineral"
    __table_args__ = (
        sa.Index("ix_project_mineral_country_name", "mineral", "country", "name", "scope"),
        sa.Index("ix_project_mineral_name", "mineral", "name", "scope"),
    )
    project_id: int = Field(primary_key=True)  # no foreign key: the triggers delete with the project
    mineral: str = Field(primary_key=True, max_length=64)
    country: str | None = Field(default=None, max_length=8)
    name: str = Field(max_length=300)
    scope: str | None = Field(default=None, max_length=32)  # '' public, else its one channel


class Commitment(Provenance, table=True):
    # drafts.possible_duplicate looks up (actor, instrument) among recent commitments.
    __table_args__ = (
        sa.Index("ix_commitment_actor_instrument_created", "actor", "instrument", "created_at"),
        sa.Index("ix_commitment_created", "created_at", "id"),  # what changed in a window
    )
    id: int | None = Field(default=None, primary_key=True)
    actor: str = Field(max_length=200, index=True)  # ISO code for a country, else as written
    actor_country: str | None = Field(default=None, max_length=8, index=True)
    counterparty: str | None = Field(default=None, max_length=200)
    instrument: str = Field(max_length=32, index=True)
    amount: Decimal | None = Field(default=None, sa_type=MONEY)
    currency: str | None = Field(default=None, max_length=3)
    amount_is_ceiling: bool = Field(default=False)  # "up to"
    usd_estimate: Decimal | None = Field(default=None, sa_type=MONEY)
    usd_rate_date: date | None = None
    quantity: Decimal | None = Field(default=None, sa_type=MONEY)
    quantity_unit: str | None = Field(default=None, max_length=40)
    minerals: list[str] = _json_list()
    project_id: int | None = Field(default=None, foreign_key="project.id", index=True, ondelete="SET NULL")
    initiative_id: int | None = Field(
        default=None, foreign_key="initiative.id", index=True, ondelete="SET NULL"
    )
    status: str = Field(default="announced", max_length=32, index=True)
    announced_on: date | None = Field(default=None, index=True)
    statement: str | None = Field(default=None, max_length=4000)  # the claim, as reported
    confirmed_by: str | None = Field(default=None, max_length=64)
    source_message: str | None = Field(default=None, max_length=64, index=True)  # "C123:ts"
    needs_review: bool = Field(default=False)
    synthetic: bool = Field(default=False)


class ProjectUpdate(Provenance, table=True):
    __table_args__ = (sa.Index("ix_projectupdate_created", "created_at", "id"),)  # what changed

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    kind: str = Field(default="note", max_length=32)  # "status_change" or "note"
    old_status: str | None = Field(default=None, max_length=32)
    new_status: str | None = Field(default=None, max_length=32)
    note: str | None = Field(default=None, max_length=4000)
    happened_on: date | None = Field(default=None, index=True)


class Milestone(Provenance, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    due_on: date = Field(index=True)
    initiative_id: int | None = Field(
        default=None, foreign_key="initiative.id", ondelete="SET NULL", index=True
    )
    project_id: int | None = Field(default=None, foreign_key="project.id", ondelete="SET NULL")
    description: str | None = Field(default=None, max_length=4000)


class Claim(Provenance, table=True):
    """One source's figure for a fact; sources that disagree each keep their own row."""

    id: int | None = Field(default=None, primary_key=True)
    subject_type: str = Field(max_length=32)  # "initiative" | "project" | "commitment"
    subject_id: int = Field(index=True)
    attribute: str = Field(max_length=80)  # e.g. "projects_count", "mobilized_usd"
    value: str = Field(max_length=400)
    note: str | None = Field(default=None, max_length=2000)


class FxRate(SQLModel, table=True):
    """Units of USD for one unit of a currency, as of a date."""

    currency: str = Field(primary_key=True, max_length=3)
    as_of: date = Field(primary_key=True)
    usd_per_unit: Decimal = Field(sa_type=RATE)
    source: str | None = Field(default=None, max_length=300)


class AuditLog(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts(index=True)
    actor: str | None = Field(default=None, max_length=64)  # Slack user id, "cli", "system"
    action: str = Field(max_length=32)  # create, update, undo, withdraw, flag, import, ...
    entity_type: str = Field(max_length=32)
    entity_id: int | None = Field(default=None, index=True)
    before: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    after: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    note: str | None = Field(default=None, max_length=2000)


# --- Slack-side state the bot keeps (plain values; the store never imports Slack) ---


class ProcessedEvent(SQLModel, table=True):
    """Claim on an incoming event or action, so retries and replicas act once."""

    key: str = Field(primary_key=True, max_length=200)
    at: datetime = _ts()


class Draft(SQLModel, table=True):
    """A commitment the bot proposed from a message, awaiting Log it / Edit / dismiss."""

    id: int | None = Field(default=None, primary_key=True)
    source_message: str = Field(max_length=64, index=True)  # "C123:1700000000.000100"
    position: int = Field(default=0)  # nth draft extracted from that message
    kind: str = Field(default="commitment", max_length=32)  # or "project_update"
    state: str = Field(default=DraftState.PENDING, max_length=16)  # a DraftState, stored as its value
    fields: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    channel: str = Field(max_length=32)
    channel_private: bool = Field(default=False)
    author: str | None = Field(default=None, max_length=64)
    card_ts: str | None = Field(default=None, max_length=32)
    commitment_id: int | None = Field(default=None, foreign_key="commitment.id")
    confirmed_by: str | None = Field(default=None, max_length=64)
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class InboxItem(SQLModel, table=True):
    """A request Slack was acknowledged for, stored before the ack and worked off after it.

    pending -> done | failed. A lease (`claimed_by` until `claimed_until`) lets one worker at
    a time, across replicas, do the work; an expired lease is taken over.
    """

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)  # "event", "action", "log_command"
    key: str = Field(max_length=200, unique=True)  # Slack's event_id, or the click's own
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    state: str = Field(default="pending", max_length=16, index=True)  # pending/done/failed
    attempts: int = Field(default=0)
    claimed_by: str | None = Field(default=None, max_length=120)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=1000)
    received_at: datetime = _ts()
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ChannelSetting(SQLModel, table=True):
    channel: str = Field(primary_key=True, max_length=32)
    autolog: bool = Field(default=False)
    updated_by: str | None = Field(default=None, max_length=64)
    updated_at: datetime = _ts()


class DigestSubscription(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32, unique=True)
    channel_private: bool = Field(default=False)
    weekday: int = Field(default=0)  # Monday = 0
    time_of_day: str = Field(default="09:00", max_length=5)
    timezone: str = Field(default="UTC", max_length=64)
    subscribed_by: str | None = Field(default=None, max_length=64)
    active: bool = Field(default=True)
    broken_reason: str | None = Field(default=None, max_length=200)
    quiet_days: int = Field(default=90, sa_column_kwargs={"server_default": "90"})  # "Gone quiet" after
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class DigestRun(SQLModel, table=True):
    """One digest per subscription and period: the unique key is the claim."""

    __table_args__ = (sa.UniqueConstraint("subscription_id", "period_start"),)
    id: int | None = Field(default=None, primary_key=True)
    subscription_id: int = Field(foreign_key="digestsubscription.id", ondelete="CASCADE")
    period_start: datetime = Field(sa_type=UTCDateTime)
    period_end: datetime = Field(sa_type=UTCDateTime)
    scheduled_for: datetime = Field(sa_type=UTCDateTime)
    state: str = Field(default=RunState.CLAIMED, max_length=16)  # a RunState, stored as its value
    claimed_by: str | None = Field(default=None, max_length=120)
    outcome: str | None = Field(default=None, max_length=400)
    message_ts: str | None = Field(default=None, max_length=32)
    attempts: int = Field(default=0)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class FollowCadence(StrEnum):
    """How often a follow's news is sent: each event within a minute, or one DM a day."""

    AT_ONCE = "at-once"
    DAILY = "daily"


class NoticeState(StrEnum):
    """A notice is pending, then claimed by one sender, then sent, failed or dropped (final)."""

    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"  # Slack refused the DM, or it kept failing
    DROPPED = "dropped"  # no longer owed: the follow was paused or the record is out of sight


class Follow(SQLModel, table=True):
    """What a member follows: a filter the bot understands, in its own words."""

    __table_args__ = (sa.UniqueConstraint("member", "filter_text"),)
    id: int | None = Field(default=None, primary_key=True)
    member: str = Field(max_length=64, index=True)  # Slack user id
    filter_text: str = Field(max_length=500)  # e.g. `country:JP mineral:graphite`
    description: str = Field(max_length=500)  # "commitments by Japan on graphite"
    spec: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    channel: str | None = Field(default=None, max_length=32)  # where it was asked (names resolved there)
    cadence: str = Field(default=FollowCadence.AT_ONCE, max_length=16)
    paused: bool = Field(default=False)
    paused_reason: str | None = Field(default=None, max_length=200)
    created_at: datetime = _ts()


class FollowNotice(SQLModel, table=True):
    """The outbox: one row per member and event, so each member hears of each event once."""

    __table_args__ = (
        sa.UniqueConstraint("member", "event_key"),
        sa.Index("ix_follownotice_state_due", "state", "due_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    member: str = Field(max_length=64, index=True)
    event_key: str = Field(max_length=200)  # "audit:123", "milestone:4:7d"
    follow_id: int | None = Field(default=None, foreign_key="follow.id", ondelete="SET NULL")
    event: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    due_at: datetime = Field(sa_type=UTCDateTime)
    bundle: bool = Field(default=False)  # sent in the daily bundle, not at once
    state: str = Field(default=NoticeState.PENDING, max_length=16)
    claimed_by: str | None = Field(default=None, max_length=120)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attempts: int = Field(default=0)
    message_ts: str | None = Field(default=None, max_length=32)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    error: str | None = Field(default=None, max_length=400)
    created_at: datetime = _ts()


class FollowCursor(SQLModel, table=True):
    """How far the audit log has been matched against follows (read again with an overlap)."""

    name: str = Field(primary_key=True, max_length=32)
    at: datetime = Field(sa_type=UTCDateTime)


# --- The outside world: pages read from shared links, watched feeds ---


class LinkPage(SQLModel, table=True):
    """A page read from a link shared in Slack, kept so that a URL is fetched once a day at most.

    Holds only what the public page said (or why it could not be read), never who shared it."""

    url_hash: str = Field(primary_key=True, max_length=64)  # sha256 of the URL as shared
    url: str = Field(max_length=2000)
    final_url: str | None = Field(default=None, max_length=2000)  # after redirects
    title: str | None = Field(default=None, max_length=500)
    lead: str | None = Field(default=None, max_length=4000)  # the first paragraphs of the main text
    error: str | None = Field(default=None, max_length=400)
    fetched_at: datetime = _ts()


class ChannelLinks(SQLModel, table=True):
    """`/minerals links off|on`: whether links posted in a channel are read (on by default)."""

    channel: str = Field(primary_key=True, max_length=32)
    links_on: bool = Field(default=True)
    updated_by: str | None = Field(default=None, max_length=64)
    updated_at: datetime = _ts()


class FeedWatch(SQLModel, table=True):
    """A feed a channel watches: polled politely, new items with a commitment get a card."""

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32, index=True)
    channel_private: bool = Field(default=False)
    url: str = Field(max_length=2000)
    keywords: list[str] = _json_list()
    added_by: str | None = Field(default=None, max_length=64)
    active: bool = Field(default=True, index=True)
    primed: bool = Field(default=False)  # the items there when it was watched are recorded
    etag: str | None = Field(default=None, max_length=400)
    last_modified: str | None = Field(default=None, max_length=100)
    next_poll_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_success_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=400)
    last_error_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    failing_since: datetime | None = Field(default=None, sa_type=UTCDateTime)
    failures: int = Field(default=0)
    failure_reported: bool = Field(default=False)
    stopped_reason: str | None = Field(default=None, max_length=400)
    items_seen: int = Field(default=0)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class FeedItem(SQLModel, table=True):
    """An item of a watched feed, seen once ever: the unique (watch, key) is the claim."""

    __table_args__ = (sa.UniqueConstraint("watch_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    watch_id: int = Field(foreign_key="feedwatch.id", index=True, ondelete="CASCADE")
    key: str = Field(max_length=64)  # sha256 of the guid, else the link, else title and date
    title: str | None = Field(default=None, max_length=500)
    link: str | None = Field(default=None, max_length=2000)
    posted: bool = Field(default=False)
    seen_at: datetime = _ts()


def as_dict(record: SQLModel) -> dict[str, Any]:
    """A JSON-safe snapshot of a record, for the audit log and exports."""
    out: dict[str, Any] = {}
    for key, value in record.model_dump().items():
        if isinstance(value, datetime | date):
            out[key] = value.isoformat()
        elif isinstance(value, Decimal):
            out[key] = str(value)
        else:
            out[key] = value
    return out
