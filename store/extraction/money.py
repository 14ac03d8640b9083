"""Sums of money (amount, currency, ceiling) and quantities (percentages, tonnes) in a piece of text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from price_parser import Price

from store.extraction.text import clean_text

MAX_AMOUNT = Decimal("1e15")  # more than any real commitment; keeps Decimal fields valid

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,15}(?:[.,]\d{1,6})?"
PERCENT = r"(?:%|\s?percent\b|\s?per cent\b|\s?pct\b)"

_CURRENCY_PREFIXES = {
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cdn$": "CAD",
    "can$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "cn¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "₩": "KRW",
    "krw": "KRW",
    "₹": "INR",
    "inr": "INR",
    "chf": "CHF",
}
_CURRENCY_SUFFIXES = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "usd": "USD",
    "canadian dollars": "CAD",
    "cad": "CAD",
    "australian dollars": "AUD",
    "aud": "AUD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "won": "KRW",
    "krw": "KRW",
    "rupees": "INR",
    "inr": "INR",
    "swiss francs": "CHF",
    "chf": "CHF",
}
_MAGNITUDES = {
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "b": 9,
    "million": 6,
    "mln": 6,
    "mn": 6,
    "m": 6,
    "thousand": 3,
    "k": 3,
}


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX = _alternation(list(_CURRENCY_PREFIXES))
_SUFFIX = _alternation(list(_CURRENCY_SUFFIXES))
_MAG = r"(?:\s?(?P<mag>trillion|billion|million|thousand|trn|bln|mln|tn|bn|mn|b|m|k)(?!\w))?"
_AMOUNT_PREFIXED = re.compile(
    rf"(?<![A-Za-z$])(?P<pre>{_PREFIX})\s?(?P<num>{_NUM})(?!\d)"
    rf"(?:\s?(?:-|to)\s?(?:{_PREFIX})?\s?(?P<num2>{_NUM})(?!\d))?{_MAG}"
    rf"(?:\s?(?P<suf>{_SUFFIX})\b)?",
    re.I,
)
_AMOUNT_SUFFIXED = re.compile(rf"(?<![\w$€£¥.,])(?P<num>{_NUM})(?!\d){_MAG}\s?(?P<suf>{_SUFFIX})\b", re.I)
_CEILING = re.compile(
    r"(?:up to|upto|as much as|a maximum of|maximum of|max\.?|no more than"
    r"|not exceeding|not to exceed|capped at|a cap of|ceiling of|at most)\s*$",
    re.I,
)
_YUAN = re.compile(r"\b(?:yuan|renminbi|rmb|cny)\b", re.I)

_QUANTITY_PERCENT = re.compile(
    rf"(?<![\d.])(?P<num>\d{{1,3}}(?:\.\d{{1,3}})?){PERCENT}(?=\s+(?:of|stake|interest|holding"
    r"|share|equity|ownership|tariffs?|dut(?:y|ies)|levy|export tax)\b)",
    re.I,
)
# For a tariff, "35% on Chinese graphite" is the rate.
_TARIFF_RATE = re.compile(
    rf"(?<![\d.])(?P<num>\d{{1,3}}(?:\.\d{{1,3}})?){PERCENT}(?=\s+(?:of|on|tariffs?|dut(?:y|ies)"
    r"|levy|surtax)\b)",
    re.I,
)
_QUANTITY_MASS = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUM})(?!\d)\s?(?P<mag>thousand|million|k(?=\s))?\s?(?P<unit>metric "
    r"tonnes|metric tons|tonnes|tonne|tons|ton|kilotonnes|kilotons|kilotonne|ktpa|mtpa|tpa|kt"
    r"|mt|t|lbs|lb|pounds(?= of)|ounces|oz)(?![\w])(?P<per>(?:\s+of(?:\s+[a-z-]+){1,3}?)?"
    r"\s?(?:/\s?(?:yr|year|y|a|annum)"
    r"|per (?:year|annum)|a year|each year|annually|p\.?a\.?)(?![\w]))?",
    re.I,
)
_MASS_UNITS = {
    "metric tonnes": "t",
    "metric tons": "t",
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "t": "t",
    "kilotonnes": "kt",
    "kilotons": "kt",
    "kilotonne": "kt",
    "kt": "kt",
    "mt": "Mt",
    "tpa": "t/yr",
    "ktpa": "kt/yr",
    "mtpa": "Mt/yr",
    "lbs": "lb",
    "lb": "lb",
    "pounds": "lb",
    "ounces": "oz",
    "oz": "oz",
}


def _to_decimal(number: str) -> Decimal | None:
    try:
        value = Price.fromstring(number).amount
    except (InvalidOperation, ValueError):
        return None
    return Decimal(value) if value is not None else None


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@dataclass(slots=True)
class Amount:
    """A sum of money found at [start, end) of a text."""

    start: int
    end: int
    value: Decimal
    currency: str
    ceiling: bool


def find_amounts(text: str) -> list[Amount]:
    """Sums of money in text, left to right; a match overlapping an earlier one is dropped."""
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []
    matches = list(_AMOUNT_PREFIXED.finditer(text)) + list(_AMOUNT_SUFFIXED.finditer(text))
    for m in sorted(matches, key=lambda m: m.start()):
        if any(m.start() < end and start < m.end() for start, end in taken):
            continue
        groups = m.groupdict()
        pre, suf = groups.get("pre"), groups.get("suf")
        currency = _CURRENCY_PREFIXES.get(pre.lower()) if pre else None
        currency = currency or (_CURRENCY_SUFFIXES.get(suf.lower()) if suf else None)
        if currency is None:
            continue
        if currency == "JPY" and pre == "¥" and _YUAN.search(text):
            currency = "CNY"
        number = groups.get("num2") or groups["num"]
        value = _to_decimal(number)
        if value is None:
            continue
        mag = (groups.get("mag") or "").lower()
        value *= Decimal(10) ** _MAGNITUDES.get(mag, 0)
        if value <= 0 or value >= MAX_AMOUNT:
            continue
        ceiling = bool(groups.get("num2")) or bool(_CEILING.search(text[max(0, m.start() - 30) : m.start()]))
        taken.append((m.start(), m.end()))
        found.append(Amount(m.start(), m.end(), _tidy(value), currency, ceiling))
    return found


def parse_amount(text: str) -> tuple[Decimal, str, bool] | None:
    """(amount, ISO currency, is a ceiling) of the first sum of money in text, or None."""
    if not isinstance(text, str):
        return None
    found = find_amounts(clean_text(text))
    return (found[0].value, found[0].currency, found[0].ceiling) if found else None


def find_quantity(
    text: str,
    money: list[Amount],
    instrument: str | None,
) -> tuple[Decimal, str] | None:
    """(value, unit) of the first stake, rate or mass in text outside the sums of money, or None."""
    candidates: list[tuple[int, Decimal, str]] = []
    percents = _TARIFF_RATE if instrument == "tariff" else _QUANTITY_PERCENT
    for m in percents.finditer(text):
        value = _to_decimal(m.group("num"))
        if value is not None:
            candidates.append((m.start(), _tidy(value), "%"))
    for m in _QUANTITY_MASS.finditer(text):
        if any(m.start() < a.end and a.start < m.end() for a in money):
            continue
        value = _to_decimal(m.group("num"))
        if value is None:
            continue
        mag = (m.group("mag") or "").lower()
        value *= Decimal(10) ** {"thousand": 3, "k": 3, "million": 6}.get(mag, 0)
        unit = _MASS_UNITS[m.group("unit").lower()]
        if m.group("per") and not unit.endswith("/yr"):
            unit += "/yr"
        if value < MAX_AMOUNT:
            candidates.append((m.start(), _tidy(value), unit))
    if not candidates:
        return None
    _, value, unit = min(candidates, key=lambda c: c[0])
    return value, unit
