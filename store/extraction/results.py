"""What the extractor returns: draft commitments, project status changes, and one message's Extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

STATEMENT_MAX = 4000  # CommitmentIn.statement limit


@dataclass
class CommitmentDraft:
    """One clause read as a commitment; reason says why it is one or why not."""

    actor: str | None = None
    actor_country: str | None = None
    actor_name: str | None = None
    counterparty: str | None = None
    instrument: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    amount_is_ceiling: bool = False
    currency_inferred: bool = False  # a bare "$" or "dollars" read from the actor's country
    quantity: Decimal | None = None
    quantity_unit: str | None = None
    minerals: list[str] = field(default_factory=list)
    project: str | None = None
    project_mention: str | None = None
    initiative: str | None = None
    status: str = "announced"
    announced_on: date | None = None
    is_commitment: bool = False
    reason: str = ""
    initiative_mention: str | None = None
    statement: str = ""
    project_candidates: list[str] = field(default_factory=list)  # weak matches, offered in Edit
    note: str | None = None  # shown on the card: "joint with Australia: the amount is stated once, here"

    def to_commitment_fields(self) -> dict[str, Any]:
        """The draft as keyword arguments for store.schemas.CommitmentIn."""
        return {
            "actor": self.actor,
            "actor_country": self.actor_country,
            "counterparty": self.counterparty,
            "instrument": self.instrument or "other",
            "amount": self.amount,
            "currency": self.currency,
            "amount_is_ceiling": self.amount_is_ceiling,
            "quantity": self.quantity,
            "quantity_unit": self.quantity_unit,
            "minerals": list(self.minerals),
            "project": self.project,
            "initiative": self.initiative,
            "status": self.status,
            "announced_on": self.announced_on,
            "statement": self.statement[:STATEMENT_MAX] or None,
        }


@dataclass
class StatusChangeDraft:
    """A project said to have moved to a new stage."""

    project: str | None
    project_mention: str
    new_status: str
    happened_on: date | None = None
    statement: str = ""


@dataclass
class ClaimDraft:
    """A figure across many projects ("mobilised more than $6.4bn across 26 projects"): what a
    source says about an initiative, kept as a claim and never added to sums."""

    initiative: str | None
    value: str  # "more than USD 6.4bn across 26 projects"
    actor: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    attribute: str = "mobilized_usd"
    statement: str = ""

    def to_claim_fields(self) -> dict[str, Any]:
        """The draft as the fields a `claim` draft keeps (store/drafts.py log_draft)."""
        return {
            "initiative": self.initiative,
            "attribute": self.attribute,
            "value": self.value,
            "actor": self.actor,
            "statement": self.statement[:STATEMENT_MAX] or None,
        }


@dataclass
class Extraction:
    """What one message holds: commitments, drafts rejected (with a reason), status changes,
    and claims (aggregates across projects, which are not commitments)."""

    commitments: list[CommitmentDraft] = field(default_factory=list)
    rejected: list[CommitmentDraft] = field(default_factory=list)
    status_changes: list[StatusChangeDraft] = field(default_factory=list)
    claims: list[ClaimDraft] = field(default_factory=list)

    @property
    def worth_replying(self) -> bool:
        """True when the message holds at least one commitment, status change or claim."""
        return bool(self.commitments or self.status_changes or self.claims)
