"""Money in several currencies, and the one place amounts are folded into it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from store.models import Commitment


@dataclass
class Money:
    """Money in several currencies: USD estimate total, per-currency sums, ceilings flagged."""

    usd: Decimal = Decimal(0)
    usd_ceiling: Decimal = Decimal(0)  # the part of `usd` that is "up to" amounts
    by_currency: dict[str, Decimal] = field(default_factory=dict)
    unconverted: int = 0  # amounts with no rate in the table
    rate_date: date | None = None  # the latest rate date used
    usd_by_currency: dict[str, Decimal] = field(default_factory=dict)  # USD estimate of each currency

    def largest_currencies(self, limit: int = 2, *, besides: str = "USD") -> list[tuple[str, Decimal]]:
        """The `limit` original currencies (other than `besides`) worth most in USD, largest first."""
        others = [(k, v) for k, v in self.by_currency.items() if k != besides]
        others.sort(key=lambda kv: (-self.usd_by_currency.get(kv[0], Decimal(0)), kv[0]))
        return others[:limit]

    @property
    def stated(self) -> bool:
        """Whether any amount was stated at all."""
        return bool(self.by_currency)

    def fold(
        self,
        currency: str | None,
        amount: Decimal | None,
        *,
        usd: Decimal | None,
        ceiling: bool,
        unconverted: int,
        rate_date: date | None,
    ) -> None:
        """Add amounts in one currency (one commitment's, or a sum of several).

        `usd` is the USD estimate of the converted part; `unconverted` counts amounts with no
        rate; `rate_date` is the latest rate date used. An amount without a currency is skipped.
        """
        if not currency or amount is None:
            return
        self.by_currency[currency] = self.by_currency.get(currency, Decimal(0)) + amount
        self.unconverted += unconverted
        if usd is not None:
            self.usd += usd
            self.usd_by_currency[currency] = self.usd_by_currency.get(currency, Decimal(0)) + usd
            if ceiling:
                self.usd_ceiling += usd
        if rate_date and (self.rate_date is None or rate_date > self.rate_date):
            self.rate_date = rate_date

    def add(self, c: Commitment) -> None:
        """Add one commitment's amount."""
        self.fold(
            c.currency,
            c.amount,
            usd=c.usd_estimate,
            ceiling=c.amount_is_ceiling,
            unconverted=int(c.usd_estimate is None),
            rate_date=c.usd_rate_date if c.usd_estimate is not None else None,
        )

    def copy(self) -> Money:
        """A copy whose currency dict is its own (Decimal and date values are immutable)."""
        return Money(
            self.usd,
            self.usd_ceiling,
            dict(self.by_currency),
            self.unconverted,
            self.rate_date,
            dict(self.usd_by_currency),
        )


RATES_STALE_AFTER = timedelta(days=7)


def rates_are_stale(rate_date: date | None, today: date) -> bool:
    """Whether USD estimates rest on rates older than a week on `today`."""
    return rate_date is not None and today - rate_date > RATES_STALE_AFTER
