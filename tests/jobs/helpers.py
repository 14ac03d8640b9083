"""Builders for a hand-made week of records, with the times a test chooses."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from store import digests, records
from store.models import Commitment, DigestSubscription, Initiative, Project
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.visibility import EVERYTHING


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def private_in(channel: str) -> dict[str, Any]:
    return {"source_channel": channel, "source_private": True}


def public_in(channel: str) -> dict[str, Any]:
    return {"source_channel": channel, "source_private": False}


def add_project(
    session: Session,
    name: str,
    *,
    created: datetime,
    status: str | None = None,
    provenance: dict[str, Any] | None = None,
    **fields: Any,
) -> Project:
    project = records.create_project(
        session,
        ProjectIn(name=name, status=status, **fields),
        actor="U1",
        provenance=provenance or public_in("C9"),
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    project.created_at = project.updated_at = created
    session.add(project)
    session.flush()
    return project


def add_initiative(
    session: Session, name: str, *, created: datetime, provenance: dict[str, Any] | None = None, **fields: Any
) -> Initiative:
    initiative = records.create_initiative(
        session,
        InitiativeIn(name=name, **fields),
        actor="U1",
        provenance=provenance or public_in("C9"),
        now=datetime.now(UTC),
    )
    initiative.created_at = initiative.updated_at = created
    session.add(initiative)
    session.flush()
    return initiative


def add_commitment(
    session: Session,
    actor: str,
    instrument: str,
    amount: str | None,
    currency: str | None,
    *,
    created: datetime,
    ceiling: bool = False,
    project: str | None = None,
    status: str = "announced",
    provenance: dict[str, Any] | None = None,
    **fields: Any,
) -> Commitment:
    data = CommitmentIn(
        actor=actor,
        instrument=instrument,
        amount=Decimal(amount) if amount else None,
        currency=currency,
        amount_is_ceiling=ceiling,
        project=project,
        status=status,
        **fields,
    )
    commitment = records.create_commitment(
        session,
        data,
        actor="U1",
        provenance=provenance or public_in("C9"),
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    commitment.created_at = commitment.updated_at = created
    session.add(commitment)
    session.flush()
    return commitment


def subscribe(
    session: Session,
    channel: str = "C1",
    *,
    by: str = "U1",
    weekday: int = 0,
    time_of_day: str = "09:00",
    timezone: str = "UTC",
    now: datetime | None = None,
) -> DigestSubscription:
    sub = digests.subscribe(
        session,
        channel=channel,
        channel_private=channel[0] in "GD",
        weekday=weekday,
        time_of_day=time_of_day,
        timezone=timezone,
        subscribed_by=by,
        is_admin=False,
        now=now or at(2025, 11, 1),
    )
    session.commit()
    return sub


def day(text: str) -> date:
    return date.fromisoformat(text)
