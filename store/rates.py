"""The exchange-rate table kept in the store, and USD estimates from it (no network)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from store.errors import UserError
from store.models import FxRate

# Approximate month-end reference rates, USD per unit. Update with `minerals-bot rates set`.
RATES_AS_OF = date(2025, 11, 28)
RATES_SOURCE = "built-in reference table (approximate month-end rates)"
DEFAULT_RATES: dict[str, str] = {
    "USD": "1",
    "CAD": "0.7150",
    "EUR": "1.1600",
    "GBP": "1.3250",
    "JPY": "0.006400",
    "AUD": "0.6550",
    "CHF": "1.2450",
    "CNY": "0.1410",
    "KRW": "0.000680",
    "INR": "0.01120",
    "SEK": "0.1060",
    "NOK": "0.0990",
    "DKK": "0.1555",
    "BRL": "0.1870",
    "ZAR": "0.0580",
    "SGD": "0.7700",
    "NZD": "0.5720",
    "MXN": "0.0545",
    "SAR": "0.2666",
    "AED": "0.2723",
}


def rate_for(session: Session, currency: str, on: date | None = None) -> FxRate | None:
    """The latest rate for a currency as of a date (or the latest of all)."""
    stmt = select(FxRate).where(FxRate.currency == currency)
    if on is not None:
        earlier = session.exec(stmt.where(FxRate.as_of <= on).order_by(col(FxRate.as_of).desc())).first()
        if earlier is not None:
            return earlier
    return session.exec(stmt.order_by(col(FxRate.as_of).desc())).first()


def latest_rate(currency: Any) -> Any:
    """(usd_per_unit, as_of) of the latest rate of `currency` (a bound parameter)."""
    return (
        select(col(FxRate.usd_per_unit), col(FxRate.as_of))
        .where(col(FxRate.currency) == currency)
        .order_by(col(FxRate.as_of).desc())
        .limit(1)
    )


# (usd_per_unit, as_of) of a currency's latest rate, and of its latest as of a date: built
# once, as every proposed commitment's card asks (a row, no FxRate object).
_LATEST = latest_rate(bindparam("currency"))
_LATEST_AS_OF = _LATEST.where(col(FxRate.as_of) <= bindparam("on"))


def usd_estimate(
    session: Session, amount: Decimal | None, currency: str | None, on: date | None = None
) -> tuple[Decimal | None, date | None]:
    """(USD amount, rate date), or (None, None) when there is no amount or no rate."""
    if amount is None or not currency:
        return None, None
    rate = None
    if on is not None:  # as rate_for: the latest as of the date, else the latest of all
        rate = session.exec(_LATEST_AS_OF, params={"currency": currency, "on": on}).first()
    if rate is None:
        rate = session.exec(_LATEST, params={"currency": currency}).first()
    return usd_at(amount, rate)


def usd_at(amount: Decimal, rate: tuple[Decimal, date] | None) -> tuple[Decimal | None, date | None]:
    """(USD amount, rate date) of `amount` at `rate` (usd_per_unit, as_of), or (None, None)."""
    if rate is None:
        return None, None
    usd_per_unit, as_of = rate
    usd = (amount * usd_per_unit).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return usd, as_of


# What FxRate.usd_per_unit (Numeric(20, 10)) holds: ten digits either side of the point.
MAX_RATE = Decimal("1e10")
MIN_RATE = Decimal("1e-10")


class BadRate(UserError, ValueError):
    """A rate the table cannot hold or that makes no sense; the message is one line for a person."""


def parse_rate(text: str | Decimal) -> Decimal:
    """USD per unit from text such as "0.715": positive, finite, and within what the column holds."""
    shown = str(text).strip()[:40]
    try:
        rate = text if isinstance(text, Decimal) else Decimal(str(text).strip())
    except InvalidOperation:
        raise BadRate(f"'{shown}' is not a number: write USD per unit, such as 0.715") from None
    if not rate.is_finite():
        raise BadRate(f"'{shown}' is not a finite number: write USD per unit, such as 0.715")
    if rate <= 0:
        raise BadRate(f"{shown} is not a rate: one unit must be worth more than 0 USD")
    if rate >= MAX_RATE:
        raise BadRate(f"{shown} is too large: a rate must be below 10,000,000,000 USD per unit")
    if rate < MIN_RATE:
        raise BadRate(f"{shown} is too small: a rate must be at least 0.0000000001 USD per unit")
    return rate


def set_rate(
    session: Session, currency: str, as_of: date, usd_per_unit: Decimal | str, source: str | None = None
) -> FxRate:
    """Add or replace the rate of a currency on a date; BadRate when the rate is unusable."""
    usd_per_unit = parse_rate(usd_per_unit)
    row = session.get(FxRate, (currency, as_of)) or FxRate(
        currency=currency, as_of=as_of, usd_per_unit=usd_per_unit
    )
    row.usd_per_unit, row.source = usd_per_unit, source
    session.add(row)
    return row


def list_rates(session: Session) -> list[FxRate]:
    """Every stored rate, by currency and date."""
    return list(session.exec(select(FxRate).order_by(col(FxRate.currency), col(FxRate.as_of))).all())
