"""Writes: every create, change, undo and withdrawal leaves an audit row in the same transaction.

Times are passed in (`now`): the store never reads the clock."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, SQLModel, select

from store import names
from store.errors import UserError
from store.models import (
    AuditLog,
    Claim,
    Commitment,
    Initiative,
    Milestone,
    Project,
    ProjectInitiativeLink,
    ProjectUpdate,
    as_dict,
)
from store.rates import usd_estimate
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.visibility import Audience


class NotFound(UserError, LookupError):
    """A named record does not exist; carries suggestions."""

    def __init__(self, kind: str, name: str, suggestions: list[str]):
        self.kind, self.name, self.suggestions = kind, name, suggestions
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"No {kind} called '{name}'.{hint}")


class Duplicate(UserError, ValueError):
    """A record with that name already exists."""


def _entity_type(record: SQLModel) -> str:
    return type(record).__name__.lower()


def audit(
    session: Session,
    *,
    actor: str | None,
    action: str,
    record: SQLModel,
    now: datetime,
    before: dict[str, Any] | None = None,
    note: str | None = None,
) -> None:
    session.flush()
    session.add(
        AuditLog(
            at=now,
            actor=actor,
            action=action,
            entity_type=_entity_type(record),
            entity_id=getattr(record, "id", None),
            before=before,
            after=as_dict(record),
            note=note,
        )
    )


def _provenance(prov: dict[str, Any] | None) -> dict[str, Any]:
    allowed = {
        "source_url",
        "source_channel",
        "source_private",
        "logged_by",
        "source_message",
        "confirmed_by",
    }
    return {k: v for k, v in (prov or {}).items() if k in allowed and v is not None}


def _merge(fields: dict[str, Any], prov: dict[str, Any] | None) -> dict[str, Any]:
    """Record fields plus provenance; a source link given with the data wins over a permalink."""
    merged = {**_provenance(prov), **fields}
    if merged.get("source_url") is None and (prov or {}).get("source_url"):
        merged["source_url"] = prov["source_url"]  # type: ignore[index]
    return merged


def create_initiative(
    session: Session,
    data: InitiativeIn,
    *,
    actor: str | None,
    now: datetime,
    provenance: dict[str, Any] | None = None,
) -> Initiative:
    if session.exec(select(Initiative).where(Initiative.name == data.name)).first():
        raise Duplicate(f"An initiative called '{data.name}' already exists.")
    initiative = Initiative(**_merge(data.model_dump(), provenance), created_at=now, updated_at=now)
    session.add(initiative)
    audit(session, actor=actor, action="create", record=initiative, now=now)
    return initiative


def create_project(
    session: Session,
    data: ProjectIn,
    *,
    actor: str | None,
    audience: Audience,
    now: datetime,
    provenance: dict[str, Any] | None = None,
) -> Project:
    """A new project, linked to the initiatives it names among those `audience` may see."""
    if session.exec(select(Project).where(Project.name == data.name)).first():
        raise Duplicate(f"A project called '{data.name}' already exists.")
    fields = data.model_dump(exclude={"initiatives"})
    project = Project(**_merge(fields, provenance), created_at=now, updated_at=now)
    session.add(project)
    session.flush()
    linked: set[int] = set()
    for initiative_name in data.initiatives:
        initiative = names.resolve(session, Initiative, initiative_name, audience=audience)
        assert project.id is not None and initiative.id is not None
        if initiative.id in linked:  # named twice, say by its short and its full name
            continue
        linked.add(initiative.id)
        session.add(ProjectInitiativeLink(project_id=project.id, initiative_id=initiative.id))
    audit(session, actor=actor, action="create", record=project, now=now)
    return project


def commitment_fields(session: Session, data: CommitmentIn, *, audience: Audience) -> dict[str, Any]:
    """Column values for a commitment: names resolved among what `audience` may see, USD
    estimated from the rate table."""
    fields = data.model_dump(exclude={"project", "initiative"})
    fields["actor_country"] = data.actor if names.is_country_code(data.actor) else data.actor_country
    fields["project_id"] = (
        names.resolve(session, Project, data.project, audience=audience).id if data.project else None
    )
    fields["initiative_id"] = (
        names.resolve(session, Initiative, data.initiative, audience=audience).id if data.initiative else None
    )
    fields["usd_estimate"], fields["usd_rate_date"] = usd_estimate(
        session, data.amount, data.currency, data.announced_on
    )
    return fields


def create_commitment(
    session: Session,
    data: CommitmentIn,
    *,
    actor: str | None,
    audience: Audience,
    now: datetime,
    provenance: dict[str, Any] | None = None,
    note: str | None = None,
) -> Commitment:
    """A new commitment; its project and initiative names resolve among what `audience` may see."""
    fields = _merge(commitment_fields(session, data, audience=audience), provenance)
    commitment = Commitment(**fields, created_at=now, updated_at=now)
    session.add(commitment)
    audit(session, actor=actor, action="create", record=commitment, now=now, note=note)
    return commitment


def update_commitment(
    session: Session,
    commitment: Commitment,
    data: CommitmentIn,
    *,
    actor: str | None,
    audience: Audience,
    now: datetime,
    note: str | None = None,
) -> Commitment:
    before = as_dict(commitment)
    for key, value in commitment_fields(session, data, audience=audience).items():
        setattr(commitment, key, value)
    commitment.updated_at = now
    session.add(commitment)
    audit(session, actor=actor, action="update", record=commitment, before=before, note=note, now=now)
    return commitment


def set_commitment_status(
    session: Session,
    commitment: Commitment,
    status: str,
    *,
    actor: str | None,
    action: str,
    now: datetime,
    note: str | None = None,
) -> None:
    """Status changes such as undo and withdrawal: the row stays, the audit log says why."""
    before = as_dict(commitment)
    commitment.status = status
    commitment.updated_at = now
    session.add(commitment)
    audit(session, actor=actor, action=action, record=commitment, before=before, note=note, now=now)


def flag_for_review(
    session: Session, commitment: Commitment, *, actor: str | None, note: str, now: datetime
) -> None:
    before = as_dict(commitment)
    commitment.needs_review = True
    commitment.updated_at = now
    session.add(commitment)
    audit(session, actor=actor, action="flag", record=commitment, before=before, note=note, now=now)


def add_project_update(
    session: Session,
    project: Project,
    *,
    actor: str | None,
    now: datetime,
    new_status: str | None = None,
    note: str | None = None,
    happened_on: date | None = None,
    provenance: dict[str, Any] | None = None,
) -> ProjectUpdate:
    """A timeline entry; a status change also moves the project's status, unless the
    update is private to a channel the project is not (its status is shown everywhere)."""
    assert project.id is not None
    prov = _provenance(provenance)
    shown_where_project_is = not prov.get("source_private") or (
        project.source_private and project.source_channel == prov.get("source_channel")
    )
    update = ProjectUpdate(
        project_id=project.id,
        note=note,
        happened_on=happened_on,
        kind="status_change" if new_status else "note",
        old_status=project.status if new_status else None,
        new_status=new_status,
        created_at=now,
        updated_at=now,
        **prov,
    )
    session.add(update)
    if new_status and new_status != project.status and shown_where_project_is:
        before = as_dict(project)
        project.status = new_status
        project.updated_at = now
        session.add(project)
        audit(
            session,
            actor=actor,
            action="update",
            record=project,
            before=before,
            note=f"status {before['status']} -> {new_status}",
            now=now,
        )
    audit(session, actor=actor, action="create", record=update, now=now)
    return update


def add_milestone(
    session: Session,
    *,
    title: str,
    due_on: date,
    actor: str | None,
    now: datetime,
    initiative: Initiative | None = None,
    project: Project | None = None,
    description: str | None = None,
    provenance: dict[str, Any] | None = None,
) -> Milestone:
    milestone = Milestone(
        title=title,
        due_on=due_on,
        description=description,
        initiative_id=initiative.id if initiative else None,
        project_id=project.id if project else None,
        created_at=now,
        updated_at=now,
        **_provenance(provenance),
    )
    session.add(milestone)
    audit(session, actor=actor, action="create", record=milestone, now=now)
    return milestone


def add_claim(
    session: Session,
    *,
    subject: SQLModel,
    attribute: str,
    value: str,
    actor: str | None,
    now: datetime,
    note: str | None = None,
    provenance: dict[str, Any] | None = None,
) -> Claim:
    """Record one source's figure; a disagreeing source gets its own row, nothing is overwritten."""
    claim = Claim(
        subject_type=_entity_type(subject),
        subject_id=getattr(subject, "id", 0),
        attribute=attribute,
        value=value,
        note=note,
        created_at=now,
        updated_at=now,
        **_provenance(provenance),
    )
    session.add(claim)
    audit(session, actor=actor, action="create", record=claim, now=now)
    return claim
