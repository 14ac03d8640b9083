"""The weekly digest as plain values: what `jobs.digest.build_digest` makes and renderers show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from store.money import Money

MILESTONE_DAYS = 30  # milestones shown ahead of the digest's date
STALE_DAYS = 90  # a project with no change for this long is "gone quiet"


@dataclass(frozen=True)
class CommitmentLine:
    actor: str  # a country's name, or the organisation as written
    instrument: str
    amount: Decimal | None
    currency: str | None
    is_ceiling: bool
    usd: Decimal | None
    project: str | None
    initiative: str | None
    status: str
    link: str | None  # the source message or article


@dataclass(frozen=True)
class InstrumentGroup:
    instrument: str
    commitments: tuple[CommitmentLine, ...]  # largest USD first

    @property
    def usd(self) -> Decimal:
        return sum((c.usd or Decimal(0) for c in self.commitments), Decimal(0))


@dataclass(frozen=True)
class StatusLine:
    project: str
    old_status: str | None
    new_status: str | None
    happened_on: date | None


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    due_on: date


@dataclass(frozen=True)
class StaleLine:
    """A project gone quiet, and whom to ask about it."""

    project: str
    last_changed: date
    last_logged_by: str | None = None  # who last logged something on it (a Slack user id, or "cli")
    followed: bool = False  # someone follows it by name


@dataclass(frozen=True)
class Digest:
    """One channel's week, as plain values; renderers need nothing else."""

    channel: str | None
    timezone: str
    period_start: datetime  # UTC
    period_end: datetime  # UTC
    period_label: str  # in the subscription's timezone, naming the dates it covers
    groups: tuple[InstrumentGroup, ...]  # the week's new commitments, largest group first
    week: Money
    to_date: Money
    status_changes: tuple[StatusLine, ...]
    new_projects: tuple[str, ...]
    new_initiatives: tuple[str, ...]
    milestones: tuple[MilestoneLine, ...]
    stale: tuple[StaleLine, ...]
    stale_total: int
    money_by_country: tuple[tuple[str, Decimal], ...]  # the week's USD by actor, largest first
    command: str  # the slash command, as configured
    stale_days: int = STALE_DAYS  # the subscription's "Gone quiet" threshold

    @property
    def commitment_count(self) -> int:
        return sum(len(g.commitments) for g in self.groups)

    @property
    def quiet(self) -> bool:
        return not (self.groups or self.status_changes or self.new_projects or self.new_initiatives)


def usd_order(line: CommitmentLine) -> tuple[int, Decimal, str]:
    """Largest USD first; lines without a USD figure last."""
    return (line.usd is None, -(line.usd or Decimal(0)), line.actor)
