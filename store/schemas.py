"""Validated input for new and edited records: one place that says what is acceptable.

Import files, Slack modals and the CLI all build these; a ValidationError names the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from store import vocab
from store.models import MONEY_DIGITS, MONEY_PLACES, MONEY_WHOLE_DIGITS


def _exact_money(value: Decimal) -> Decimal:
    """A sum every backend keeps digit for digit. SQLite keeps NUMERIC as a REAL and SQLAlchemy
    reads it back formatted to two places, so the sum must survive that round trip; counting
    significant digits rather than digits lets "IDR 12 trillion" in, where a plain 15 digits
    with 2 places refused it."""
    if not value.is_finite():
        raise ValueError("must be a number")
    sign, digits, exponent = value.normalize().as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    if -exponent > MONEY_PLACES:
        raise ValueError(f"at most {MONEY_PLACES} decimal places")
    if len(digits) + exponent > MONEY_WHOLE_DIGITS:
        raise ValueError(f"too large: at most {MONEY_WHOLE_DIGITS} digits before the point")
    if len(digits) > MONEY_DIGITS or Decimal(f"{float(value):.{MONEY_PLACES}f}") != value:
        raise ValueError(f"cannot be stored exactly: give at most {MONEY_DIGITS} significant digits")
    return value


# A sum of money or a quantity, bounded by what every backend stores exactly.
ExactMoney = Annotated[Decimal, AfterValidator(_exact_money)]


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value.strip() if isinstance(value, str) else value


def _list_of(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [v for v in value.replace(";", ",").replace("|", ",").split(",")]
    return [str(v).strip() for v in value if str(v).strip()]


def _optional(normalize: Callable[[str], str]) -> Callable[[Any], str | None]:
    """A before-validator: blank is None, anything else goes through `normalize`."""

    def validate(value: Any) -> str | None:
        value = _blank_to_none(value)
        return normalize(str(value)) if value else None

    return validate


def _mineral_codes(value: Any) -> list[str]:
    return sorted({vocab.normalize_mineral(m) for m in _list_of(value)})


def _parse_date(value: Any) -> Any:
    value = _blank_to_none(value)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a date; write it as YYYY-MM-DD") from None
    return value


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    source_url: str | None = Field(default=None, max_length=2000)

    @field_validator("source_url", mode="before")
    @classmethod
    def _url(cls, v: Any) -> Any:
        v = _blank_to_none(v)
        if v is not None and not str(v).startswith(("http://", "https://")):
            raise ValueError("a source link must start with http:// or https://")
        return v


class InitiativeIn(_Input):
    name: str = Field(min_length=2, max_length=300)
    short_name: str | None = Field(default=None, max_length=80)
    lead: str | None = Field(default=None, max_length=120)
    members: list[str] = []
    launched_on: date | None = None
    venue: str | None = Field(default=None, max_length=300)
    pillars: list[str] = []
    status: str = "active"
    description: str | None = Field(default=None, max_length=20000)

    _blank = field_validator("short_name", "lead", "venue", "description", mode="before")(_blank_to_none)
    _date = field_validator("launched_on", mode="before")(_parse_date)

    @field_validator("members", mode="before")
    @classmethod
    def _members(cls, v: Any) -> list[str]:
        return [vocab.country_code(m) or m for m in _list_of(v)]

    @field_validator("pillars", mode="before")
    @classmethod
    def _pillars(cls, v: Any) -> list[str]:
        return _list_of(v)

    @field_validator("lead", mode="after")
    @classmethod
    def _lead(cls, v: str | None) -> str | None:
        return (vocab.country_code(v) or v) if v else v

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, v: Any) -> str:
        v = (_blank_to_none(v) or "active").lower()
        if v not in vocab.INITIATIVE_STATUSES:
            raise vocab.UnknownValue("initiative status", v, vocab.suggest(v, vocab.INITIATIVE_STATUSES))
        return str(v)


class ProjectIn(_Input):
    name: str = Field(min_length=2, max_length=300)
    operator: str | None = Field(default=None, max_length=300)
    country: str | None = None
    region: str | None = Field(default=None, max_length=120)
    minerals: list[str] = []
    stage: str | None = None
    status: str | None = None
    capacity: ExactMoney | None = Field(default=None, ge=0)
    capacity_unit: str | None = Field(default=None, max_length=40)
    expected_start_year: int | None = Field(default=None, ge=1900, le=2100)
    backers: list[str] = []
    description: str | None = Field(default=None, max_length=20000)
    initiatives: list[str] = []  # names or short names, resolved by the store

    _blank = field_validator(
        "operator", "region", "capacity_unit", "description", "capacity", "expected_start_year", mode="before"
    )(_blank_to_none)

    _country = field_validator("country", mode="before")(_optional(vocab.normalize_country))
    _minerals = field_validator("minerals", mode="before")(_mineral_codes)
    _stage = field_validator("stage", mode="before")(_optional(vocab.normalize_stage))
    _status = field_validator("status", mode="before")(_optional(vocab.normalize_project_status))

    @field_validator("backers", "initiatives", mode="before")
    @classmethod
    def _lists(cls, v: Any) -> list[str]:
        return _list_of(v)


class CommitmentIn(_Input):
    actor: str = Field(min_length=1, max_length=200)
    actor_country: str | None = None  # for an organisation: the country it acts for
    counterparty: str | None = Field(default=None, max_length=200)
    instrument: str
    amount: ExactMoney | None = None
    currency: str | None = None
    amount_is_ceiling: bool = False
    quantity: ExactMoney | None = Field(default=None, ge=0)
    quantity_unit: str | None = Field(default=None, max_length=40)
    minerals: list[str] = []
    project: str | None = None  # a project name, resolved by the store
    initiative: str | None = None
    status: str = "announced"
    announced_on: date | None = None
    statement: str | None = Field(default=None, max_length=4000)

    _blank = field_validator(
        "counterparty",
        "quantity_unit",
        "project",
        "initiative",
        "statement",
        "amount",
        "quantity",
        mode="before",
    )(_blank_to_none)
    _date = field_validator("announced_on", mode="before")(_parse_date)

    @field_validator("actor", mode="after")
    @classmethod
    def _actor(cls, v: str) -> str:
        return vocab.country_code(v) or v

    _actor_country = field_validator("actor_country", mode="before")(_optional(vocab.normalize_country))

    @field_validator("instrument", mode="before")
    @classmethod
    def _instrument(cls, v: Any) -> str:
        return vocab.normalize_instrument(str(v or ""))

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, v: Any) -> str:
        return vocab.normalize_commitment_status(str(_blank_to_none(v) or "announced"))

    _currency = field_validator("currency", mode="before")(_optional(vocab.normalize_currency))

    @field_validator("amount", mode="after")
    @classmethod
    def _amount(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and v < 0:
            raise ValueError("an amount cannot be negative")
        return v.quantize(Decimal("0.01")) if v is not None else None

    _minerals = field_validator("minerals", mode="before")(_mineral_codes)

    @field_validator("amount_is_ceiling", mode="before")
    @classmethod
    def _bool(cls, v: Any) -> bool:
        if isinstance(v, str):
            return v.strip().lower() in {"1", "true", "yes", "y", "up to"}
        return bool(v)

    @model_validator(mode="after")
    def _amount_needs_currency(self) -> CommitmentIn:
        if self.amount is not None and not self.currency:
            raise ValueError("an amount needs a currency (an ISO code such as USD, CAD, EUR)")
        return self
