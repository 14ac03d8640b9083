"""Exchange rates from the ECB's euro reference rates, into the store's USD-per-unit table.

The ECB publishes units of each currency per 1 EUR (`<Cube time='YYYY-MM-DD'><Cube
currency='USD' rate='1.1700'/>...`), around 16:00 CET on TARGET business days. USD per unit of
a currency is then (USD per EUR) / (units per EUR). A file that is truncated, malformed or
lacks USD changes nothing: every rate of a file is stored in one transaction, or none.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.core.services import Services
from jobs.fetch import FetchError, fetch
from store import rates

log = logging.getLogger("minerals_bot.rates")

ECB_NS = "{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}"
CURRENCY = re.compile(r"^[A-Z]{3}$")
PLACES = Decimal("1e-10")  # what FxRate.usd_per_unit keeps


class BadRates(ValueError):
    """The file is not usable; the message says why, in one line."""


@dataclass(frozen=True)
class EuroRates:
    day: date
    per_eur: dict[str, Decimal]  # units of the currency for 1 EUR

    def usd_per_unit(self) -> dict[str, Decimal]:
        """Cross rates through EUR: USD for one unit of each currency (EUR and USD included)."""
        usd_per_eur = self.per_eur["USD"]
        out = {"USD": Decimal(1), "EUR": usd_per_eur.quantize(PLACES)}
        for currency, per_eur in self.per_eur.items():
            if currency != "USD":
                out[currency] = (usd_per_eur / per_eur).quantize(PLACES)
        return out


def parse_ecb(body: bytes) -> EuroRates:
    """The latest day's rates in an ECB eurofxref file (daily or history); BadRates if unusable."""
    if b"<!DOCTYPE" in body[:4096].upper() or b"<!ENTITY" in body.upper():
        raise BadRates("the file declares a DOCTYPE or entities, which the ECB's never does")
    if b"Envelope>" not in body[-200:]:
        raise BadRates("the file is truncated (no closing </gesmes:Envelope>)")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise BadRates(f"the file is not well-formed XML ({exc})") from None
    days = [cube for cube in root.iter(f"{ECB_NS}Cube") if cube.get("time")]
    if not days:
        raise BadRates("the file has no <Cube time='...'> with rates")
    latest = max(days, key=lambda cube: cube.get("time") or "")
    try:
        day = date.fromisoformat(latest.get("time") or "")
    except ValueError:
        raise BadRates(f"'{latest.get('time')}' is not a date") from None
    per_eur: dict[str, Decimal] = {}
    for cube in latest.findall(f"{ECB_NS}Cube"):
        currency, text = (cube.get("currency") or "").strip(), (cube.get("rate") or "").strip()
        if not CURRENCY.match(currency):
            raise BadRates(f"'{currency[:20]}' is not a currency code")
        if text.upper() == "N/A":
            continue  # the history file marks days a currency was not quoted
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise BadRates(f"the rate of {currency} ('{text[:20]}') is not a number") from None
        if not value.is_finite() or value <= 0:
            raise BadRates(f"the rate of {currency} ({text[:20]}) is not a positive number")
        per_eur[currency] = value
    if "USD" not in per_eur:
        raise BadRates(f"the file has no USD rate for {day}, so no USD cross rates")
    return EuroRates(day, per_eur)


@dataclass(frozen=True)
class RatesStored:
    day: date
    count: int
    source: str


def source_of(url: str) -> str:
    return f"ECB euro reference rates ({url})"[:300]


def fetch_rates(services: Services) -> RatesStored:
    """Read FX_RATES_URL and store its rates (all or none); FetchError or BadRates otherwise."""
    url = services.settings.fx_rates_url
    fetched = fetch(url, allow_private=services.settings.fetch_allow_private)
    euro = parse_ecb(fetched.body)
    usd = euro.usd_per_unit()
    source = source_of(url)
    try:
        for currency in usd:
            rates.parse_rate(usd[currency])  # every rate checked before the first is written
    except rates.BadRate as exc:
        raise BadRates(str(exc)) from None
    with services.session() as session:
        for currency, value in usd.items():
            rates.set_rate(session, currency, euro.day, value, source=source)
    return RatesStored(euro.day, len(usd), source)


def refresh(services: Services) -> RatesStored | None:
    """The daily job: fetch and store, or log why not (the table stays as it was)."""
    try:
        stored = fetch_rates(services)
    except (FetchError, BadRates) as exc:
        log.error("exchange rates not updated from %s: %s", services.settings.fx_rates_url, exc)
        return None
    log.info("stored %d exchange rates of %s from %s", stored.count, stored.day, stored.source)
    return stored


def schedule(scheduler: BaseScheduler, services: Services) -> None:
    """Every weekday after the ECB publishes (16:00 CET); `minerals-bot rates fetch` at once."""
    scheduler.add_job(
        refresh,
        CronTrigger(day_of_week="mon-fri", hour=16, minute=30, timezone="Europe/Berlin", jitter=600),
        args=[services],
        id="rates-daily",
        coalesce=True,
        max_instances=1,
        misfire_grace_time=6 * 3600,
        replace_existing=True,
    )
