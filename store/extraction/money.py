"""Sums of money (amount, currency, ceiling) and quantities (percentages, tonnes) in a piece of text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

import babel.core
import babel.numbers
import pycountry
from price_parser import Price

from store.extraction.memo import once_per_reading
from store.extraction.text import clean_text

MAX_AMOUNT = Decimal("1e15")  # more than any real commitment; keeps Decimal fields valid

# Indian grouping first ("1,50,000" is 150,000), then thousands separators, then plain numbers.
_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,6})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,15}(?:[.,]\d{1,6})?"
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
    "n$": "NAD",  # the Namibian dollar, as Windhoek writes it
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
_RATES_ON = date(2025, 1, 1)  # which currencies are legal tender: fixed, so readings never drift


def _tender_codes() -> frozenset[str]:
    """ISO 4217 codes some territory uses as money (no metals, fund or test codes)."""
    tender: set[str] = set()
    for territory in babel.core.get_global("territory_currencies"):
        tender.update(babel.numbers.get_territory_currencies(territory, start_date=_RATES_ON))
    return frozenset(c.alpha_3 for c in pycountry.currencies if c.alpha_3 in tender)


ISO_CODES = _tender_codes()
# Written in capitals next to a number ("NOK 2bn", "500 million SEK"); codes not in the hand
# lists above also need a magnitude or a sum of at least 1,000 that is not a year, so "ALL 12
# members" and "the 2025 TOP 10" are not money.
_CODE = r"(?-i:[A-Z]{3})(?![A-Za-z])"
_NAMED = {
    name.lower(): code
    for code in ISO_CODES
    for name in (
        babel.numbers.get_currency_name(code, count=1, locale="en"),
        babel.numbers.get_currency_name(code, count=2, locale="en"),
    )
    if name != code and " " in name  # "Swedish kronor", "South African rand"; not bare "euros"
}
for _name, _code in _NAMED.items():
    _CURRENCY_SUFFIXES.setdefault(_name, _code)
for _code in ISO_CODES:  # the symbols English writes without the code: "NT$", "MX$", "₪", "₱"
    _symbol = babel.numbers.get_currency_symbol(_code, locale="en")
    if _symbol != _code and not _symbol.isalpha() and len(_symbol) <= 3:
        _CURRENCY_PREFIXES.setdefault(_symbol.lower(), _code)
_CURRENCY_SUFFIXES.update(
    # Plurals and short names babel does not give; "pounds" only after a magnitude word.
    {"rand": "ZAR", "reais": "BRL", "kronor": "SEK", "pounds": "GBP", "pound": "GBP", "dollar": "USD"}
)
# The zloty as Poles print it after the figure ("300 mln zł", "1,2 mld złotych").
_CURRENCY_SUFFIXES.update({"zł": "PLN", "złoty": "PLN", "złotych": "PLN"})
# English writes the Nordic and Czech crowns in translation: "800 million Swedish crowns".
for _name, _code in list(_NAMED.items()):
    _adjective, _, _word = _name.rpartition(" ")
    if _word in {"krona", "kronor", "krone", "kroner", "koruna", "korunas", "króna", "krónur"}:
        _CURRENCY_SUFFIXES.setdefault(f"{_adjective} crowns", _code)
        _CURRENCY_SUFFIXES.setdefault(f"{_adjective} crown", _code)
# A currency's last name-word alone ("120 billion tenge", "4 billion riyals"): money only after a
# magnitude word, as "pounds"; a word several currencies share ("riyals": SAR, QAR, OMR) is read
# as the actor's own where that is one of them, else as the first code. English words stay out.
_BARE_NAMES: dict[str, tuple[str, ...]] = {}
for _code in sorted(ISO_CODES):
    for _count in (1, 2):
        _word = babel.numbers.get_currency_name(_code, count=_count, locale="en").split()[-1].lower()
        if _word.isalpha() and _code not in _BARE_NAMES.get(_word, ()):
            _BARE_NAMES[_word] = (*_BARE_NAMES.get(_word, ()), _code)
_ENGLISH_WORDS = ("dollar", "dollars", "euro", "euros", "pound", "real", "reals", "mark", "sum")
for _word in (*_CURRENCY_SUFFIXES, *_ENGLISH_WORDS):
    _BARE_NAMES.pop(_word, None)  # the hand lists keep their own reading ("rupees" is INR)
# The two CFA francs, West and Central African, written as one name: the actor's country tells
# which ("8 billion CFA francs" lent by Mali's BNDA is XOF)
for _word in ("cfa francs", "cfa franc", "francs cfa", "franc cfa"):
    _BARE_NAMES[_word] = ("XOF", "XAF")
for _word, _codes in _BARE_NAMES.items():
    _CURRENCY_SUFFIXES.setdefault(_word, _codes[0])
_RUPEES = r"(?-i:Rs\.?)"  # "Rs 1,500 crore", "Rs. 500 crore"; not "RS 232"
# "R2.5 billion", "R500m": the rand written as South Africans do, only with a magnitude so
# "R2" (a road, a round) is not money; "R$" (reais) is a longer prefix and wins.
_RAND = r"(?-i:R)(?=\d[\d,.]*\s?(?:trillion|billion|million|bn|bln|mn|mln|m|tn)\b)"
# Local abbreviations written before the figure ("RM 1.2 billion", "Rp 12 trillion", "Dh550
# million"): in capitals as written and only with a magnitude, so "RM 5" (a room) is not money.
_LOCAL_PREFIXES = {"RM": "MYR", "Rp": "IDR", "Dh": "AED", "Dhs": "AED"}
_LOCAL = r"(?-i:Dhs|Dh|RM|Rp)(?=\s?\d[\d,.]*\s?(?:trillion|billion|million|bn|bln|mn|mln|m|tn)\b)"
_WEIGHTS = {"pounds", "pound"}  # money only after a magnitude: "2 billion pounds", not "500 pounds of"
_DOLLARS = {"dollars", "dollar"}
_CURRENCY_PREFIXES.update({"nt$": "TWD", "mx$": "MXN"})
# Currency signs of one currency each that babel's English locale writes as the code ("NGN"),
# though English news prints the sign: "₦150 billion", "₸50 billion".
_CURRENCY_PREFIXES.update(
    {
        "₦": "NGN",
        "₵": "GHS",
        "gh₵": "GHS",
        "₸": "KZT",
        "₮": "MNT",
        "₴": "UAH",
        "₺": "TRY",
        "₾": "GEL",
        "₲": "PYG",
        "₭": "LAK",
        "฿": "THB",
        "֏": "AMD",
        "₽": "RUB",
    }
)
_MAGNITUDES = {
    "lakh crore": 12,
    "crore": 7,
    "cr": 7,
    "lakh": 5,
    "lac": 5,
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
# A word magnitude may follow a hyphen ("a $2-billion loan", "a Rs 3,500-crore grant").
_MAG_WORDS = (
    r"lakh[\s-]crores?|trillion|billion|million|thousand|crores?|lakhs?|lacs?|trn|bln|mln|tn|bn|mn|cr|b|m|k"
)
_MAG = rf"(?:(?:\s?|-(?=[a-z]{{2}}))(?P<mag>{_MAG_WORDS})(?!\w))?"
_RANGE = r"\s?(?:-|–|—|to)\s?"
# How far before its figure a prefixed sum starts: the longest sign or code, and a space.
_PREFIX_REACH = max(3, *map(len, _CURRENCY_PREFIXES)) + 1  # (3: a code, "Rs.", "Dhs")
# The lookahead (a figure within reach) turns away most positions before the long list of
# signs and codes is tried there, which `re` does one by one under IGNORECASE.
_AMOUNT_PREFIXED = re.compile(
    rf"(?<![A-Za-z$])(?=\D{{1,{_PREFIX_REACH}}}\d)(?P<pre>{_PREFIX}|{_RUPEES}|{_LOCAL}|{_RAND}|{_CODE})\s?"
    rf"(?P<num>{_NUM})(?!\d)"
    rf"(?:{_RANGE}(?:{_PREFIX})?\s?(?P<num2>{_NUM})(?!\d))?{_MAG}"
    rf"(?:\s?(?P<suf>{_SUFFIX})\b)?",
    re.I,
)
_AMOUNT_SUFFIXED = re.compile(
    # (a sum starts with its figure: the lookahead turns other positions away at once)
    rf"(?=\d)(?<![\w$€£¥.,])(?P<num>{_NUM})(?!\d)(?:{_RANGE}(?P<num2>{_NUM})(?!\d))?{_MAG}"
    # "a 300 billion-won stake": the currency joined to the magnitude word by a hyphen
    rf"(?:\s?|(?<=[a-z])-)(?P<suf>{_SUFFIX}|{_CODE})\b",
    re.I,
)
# Number words before a magnitude and a currency: "two billion dollars", "half a billion euros",
# "one thousand crore Indian rupees" (an Indian magnitude after the word one: 1,000 crore).
_WORD_MAGNITUDE = re.compile(
    r"\b(?P<mag>trillion|billion|million|thousand|lakh\s+crores?|crores?|lakhs?)"
    r"(?:\s+(?P<indian>lakh\s+crores?|crores?|lakhs?)(?!\w))?\s+(?:of\s+)?",
    re.I,
)
_CURRENCY_AFTER = re.compile(rf"(?:{_SUFFIX}|{_CODE})\b", re.I)  # tried only after a magnitude word
_DIGIT = re.compile(r"\d")
_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)
}
_NUMBER_WORD = re.compile(
    rf"(?:\b(?:{'|'.join(list(_UNITS) + list(_TENS))}|hundred|and|an?|half|quarters?|of)(?:\s+|-))+$",
    re.I,
)
_FRACTIONS = {"a half": Decimal("0.5"), "a quarter": Decimal("0.25"), "three quarters": Decimal("0.75")}
_FRACTION_ALONE = re.compile(
    r"^(?:(?:(?P<half>(?:a |one )?half)|(?P<quarter>(?:a|one) quarter)|(?P<three>three quarters))"
    r"(?: of)?(?: an?)?|(?P<one>an?))$"
)
# A range whose lower end is a bare number or a sum of its own ("between 20 and 30 billion
# yen", "between $1bn and $1.5bn", "€400m to €500m"); "from X to Y" is a change, not a range.
_RANGE_LEAD = re.compile(
    rf"(?P<from>\bfrom\s+)?(?P<between>\bbetween\s+)?(?:(?:{_PREFIX})\s?|(?-i:[A-Z]{{3}})\s)?(?:{_NUM})"
    rf"(?:(?:\s?|-)(?:{_MAG_WORDS}))?(?:\s?(?:{_SUFFIX}))?\s*(?P<joint>-|–|—|to|and)\s*$",
    re.I,
)
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
    if number.isascii() and number.isdigit():  # "2025", "75": price_parser reads them so, slowly
        return Decimal(number)
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
    bare_dollar: bool = False  # "$" or "dollars" alone: the actor's country may say which dollar
    bare_name: str | None = None  # "riyals" alone: the actor's country may say whose
    per_unit: bool = False  # "$110/kg": a price, not a sum committed


def _magnitude(word: str | None) -> int:
    word = re.sub(r"[\s-]+", " ", (word or "").lower())
    return _MAGNITUDES.get(word, _MAGNITUDES.get(word.removesuffix("s"), 0))


def _currency(pre: str | None, suf: str | None) -> tuple[str | None, bool]:
    """(ISO code, whether it is a code outside the hand lists) of a prefix or suffix."""
    for word, table in ((pre, _CURRENCY_PREFIXES), (suf, _CURRENCY_SUFFIXES)):
        if not word:
            continue
        if word.startswith("Rs"):
            return "INR", False
        if word == "R":
            return "ZAR", False
        if word in _LOCAL_PREFIXES:
            return _LOCAL_PREFIXES[word], False
        if word.lower() in table:
            return table[word.lower()], False
        if word in ISO_CODES:
            return word, True
    return None, False


def _plausible_code_amount(number: str, value: Decimal, mag: str | None) -> bool:
    """A code outside the hand lists next to a number is money only when the sum is one."""
    if mag:
        return True
    year_like = number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100
    return value >= 1000 and not year_like


def _matched_amount(m: re.Match[str], text: str) -> Amount | None:
    groups = m.groupdict()
    pre, suf, mag = groups.get("pre"), groups.get("suf"), groups.get("mag")
    currency, generic = _currency(pre, suf)
    bare_name = suf.lower() if suf and not pre and suf.lower() in _BARE_NAMES else None
    if currency is None or (suf and suf.lower() in _WEIGHTS and not mag and not pre):
        return None  # "500 pounds of lithium" is a weight
    if bare_name and not mag:
        return None  # "500 francs" is too rare to tell from a word; "2 billion francs" is money
    if currency == "JPY" and pre == "¥" and _YUAN.search(text):
        currency = "CNY"
    number = groups.get("num2") or groups["num"]
    value = _to_decimal(number)
    if value is None or (generic and not _plausible_code_amount(number, value, mag)):
        return None
    value *= Decimal(10) ** _magnitude(mag)
    if value <= 0 or value >= MAX_AMOUNT:
        return None
    ceiling = bool(groups.get("num2")) or bool(_CEILING.search(text[max(0, m.start() - 30) : m.start()]))
    bare = (pre == "$" and (not suf or suf.lower() in _DOLLARS)) or (
        not pre and (suf or "").lower() in _DOLLARS
    )
    return Amount(m.start(), m.end(), _tidy(value), currency, ceiling, bare, bare_name)


def _words_value(words: str) -> Decimal | None:
    """The number written in words before a magnitude: "two", "three hundred", "half a",
    "a quarter of a", "two and a half", "a"; None if the words are not one number."""
    words = re.sub(r"[\s-]+", " ", words.strip().lower())
    alone = _FRACTION_ALONE.match(words)
    if alone:
        if alone.group("half"):
            return Decimal("0.5")
        return (
            Decimal("0.25")
            if alone.group("quarter")
            else Decimal("0.75")
            if alone.group("three")
            else Decimal(1)
        )
    whole, _, fraction = words.partition(" and a ") if " and a " in words else (words, "", "")
    if words.endswith(" and three quarters"):
        whole, fraction = words.removesuffix(" and three quarters"), "three quarters"
    elif fraction:
        fraction = "a " + fraction
    if fraction and fraction not in _FRACTIONS:
        return None
    total, seen = 0, False
    tokens = whole.split()
    for i, token in enumerate(tokens):
        if token in _UNITS or token in _TENS:
            total, seen = total + _UNITS.get(token, _TENS.get(token, 0)), True
        elif token == "hundred" and (seen or (i == 1 and tokens[0] in {"a", "one"})):
            total, seen = max(total, 1) * 100, True
        elif not (token == "and" and seen) and not (token in {"a", "one"} and i == 0):
            return None
    if not seen:
        return None
    return Decimal(total) + _FRACTIONS.get(fraction, Decimal(0))


def _word_amounts(text: str) -> Iterable[Amount]:
    """Sums written in words: "two billion dollars", "a quarter of a billion euros"."""
    for m in _WORD_MAGNITUDE.finditer(text):
        suffix = _CURRENCY_AFTER.match(text, m.end())
        if suffix is None:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        lead = _NUMBER_WORD.search(before)
        if lead is None:
            continue
        # The longest run of number words that reads as one number: "of two" -> "two".
        words = list(re.finditer(r"[A-Za-z]+", lead.group()))
        for first in words:
            value = _words_value(lead.group()[first.start() :])
            if value is None:
                continue
            start = m.start() - len(before) + lead.start() + first.start()
            currency, _generic = _currency(None, suffix.group())
            value *= Decimal(10) ** (_magnitude(m.group("mag")) + _magnitude(m.group("indian")))
            if currency and 0 < value < MAX_AMOUNT:
                ceiling = bool(_CEILING.search(text[max(0, start - 30) : start]))
                word = suffix.group().lower()
                bare = word in _DOLLARS
                named = word if word in _BARE_NAMES else None
                yield Amount(start, suffix.end(), _tidy(value), currency, ceiling, bare, named)
            break


def _as_ranges(text: str, found: list[Amount]) -> list[Amount]:
    """A sum with a lower end before it ("between $1bn and $1.5bn", "€400m to €500m", "between
    20 and 30 billion yen") is the ceiling of a range; "from $1bn to $1.5bn" is the new sum."""
    out: list[Amount] = []
    for amount in found:
        tail = text[max(0, amount.start - 5) : amount.start].rstrip().lower()
        if not tail.endswith(("-", "–", "—", " to", " and")):
            out.append(amount)
            continue
        lead = _RANGE_LEAD.search(text, max(0, amount.start - 60), amount.start)
        if lead is None or (lead.group("joint").lower() == "and" and not lead.group("between")):
            out.append(amount)
            continue
        lower = [a for a in out if a.end > lead.start()]
        if any(a.currency != amount.currency for a in lower):  # "between €1bn and $2bn": two sums
            out.append(amount)
            continue
        out = [a for a in out if a.end <= lead.start()]  # the lower end is part of the range
        amount.start = lead.start()
        amount.ceiling = amount.ceiling or not lead.group("from")
        out.append(amount)
    return out


# A sum followed by a unit is a price, not money committed (sentences drop it as the amount):
# "a floor of $110/kg", "$20,000 a tonne", "US$12 per pound".
_PER_UNIT = re.compile(
    r"\s*(?:/\s*|per\s+|an?\s+)(?:kg|kilo(?:gram)?s?|kilogram|tonnes?|tons?|t|mt|lbs?|pound"
    r"|ounces?|oz|mtu|dmtu|unit|barrel|bbl|mwh|kwh)\b",
    re.I,
)


@once_per_reading  # an article's sentence is tested for a sum before it is read
def find_amounts(text: str) -> list[Amount]:
    """Sums of money in text, left to right; a match overlapping an earlier one is dropped.
    Callers must not change the list or its amounts (one reading shares them)."""
    found: list[Amount] = []
    candidates: list[Amount] = []
    if _DIGIT.search(text):  # most chatter has no digit: the two big patterns are skipped
        matches = list(_AMOUNT_PREFIXED.finditer(text)) + list(_AMOUNT_SUFFIXED.finditer(text))
        candidates = [a for m in matches if (a := _matched_amount(m, text)) is not None]
    lowered = text.lower()
    if "illion" in lowered or "thousand" in lowered or "crore" in lowered or "lakh" in lowered:
        candidates += _word_amounts(text)
    for amount in sorted(candidates, key=lambda a: a.start):
        if not any(amount.start < a.end and a.start < amount.end for a in found):
            found.append(amount)
    for amount in found:
        amount.per_unit = _PER_UNIT.match(text, amount.end) is not None
    if len(found) > 1 and _CORRECTION_GATE.search(lowered):
        found = _corrected(text, found)
    return _as_ranges(text, found) if found else found


# "$80m in a graphite mine — sorry, $85m": chatter correcting the sum it just typed
_CORRECTION_GATE = re.compile(r"\b(?:sorry|i mean|correction|make that|typo)\b")
_CORRECTION = re.compile(
    r"\b(?:sorry|i mean|correction|make that|typo)\b[\s,:;.!()—–-]*(?:it'?s\s+|it\s+is\s+)?$", re.I
)


def _corrected(text: str, found: list[Amount]) -> list[Amount]:
    """The amounts with a corrected sum read in place of the one it corrects (keeping the first
    one's place, so the clause it belongs to still holds it)."""
    out: list[Amount] = [found[0]]
    for amount in found[1:]:
        before = out[-1]
        if _CORRECTION.search(text, before.end, amount.start) is None:
            out.append(amount)
            continue
        out[-1] = Amount(
            before.start,
            before.end,
            amount.value,
            amount.currency,
            amount.ceiling,
            amount.bare_dollar,
            amount.bare_name,
            amount.per_unit,
        )
    return out


def local_dollar(country: str | None) -> str | None:
    """The dollar a country's own "$" means ("CA" -> "CAD"), or None where "$" is the US dollar."""
    return _local_dollar(country) if country and len(country) == 2 and country.isupper() else None


@functools.cache
def _local_dollar(country: str) -> str | None:
    for code in babel.numbers.get_territory_currencies(country, start_date=_RATES_ON):
        if code == "USD":
            return None
        if "dollar" in babel.numbers.get_currency_name(code, locale="en").lower():
            return code
    return None


def local_currency(amount: Amount, country: str | None) -> tuple[str, bool] | None:
    """(currency, inferred) an amount means for an actor of this country, where that differs
    from the amount's own reading: Ottawa's "$" is CAD (inferred), Managem's "dirhams" MAD."""
    if amount.bare_dollar:
        own = local_dollar(country)
        return (own, True) if own else None
    codes = _BARE_NAMES.get(amount.bare_name or "", ())
    if len(codes) < 2:
        return None
    if country and len(country) == 2:
        for code in _territory_currencies(country):
            if code in codes:
                return code, False
    return codes[0], True  # a guess among several: the card says so, to be corrected


@functools.cache
def _territory_currencies(country: str) -> tuple[str, ...]:
    return tuple(babel.numbers.get_territory_currencies(country, start_date=_RATES_ON))


def home_country(currency: str | None) -> str | None:
    """The country whose own currency this is ("INR" -> "IN", "JPY" -> "JP"), or None for the US
    dollar (paid by everyone) and the euro (no one country's)."""
    if not currency or currency in {"USD", "EUR"} or len(currency) != 3:
        return None
    return _home_country(currency)


@functools.cache
def _home_country(currency: str) -> str | None:
    # An ISO 4217 code starts with its issuer's ISO 3166 code, when that issuer is a country.
    territory = currency[:2]
    if currency in babel.numbers.get_territory_currencies(territory, start_date=_RATES_ON):
        return territory
    return None


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
    if not _DIGIT.search(text):  # every stake, rate and mass is written in figures
        return None
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
