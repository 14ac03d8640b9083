"""The announcement date in a sentence: date phrases read relative to today, future dates ignored."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import dateparser

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# chatter's "signed tue": a weekday cut short, read only right after the verb
_WEEKDAY_SHORT = r"(?:mon|tues?|wed|thu(?:rs?)?|fri)"
# ("Tuesday: Crédit Mutuel signed ...": a weekday opening a message, before a colon or comma)
_DATE = re.compile(
    rf"""\b(?:\d{{4}}-\d{{2}}-\d{{2}}
    | (?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d)
    | (?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?(?!\d)
    | (?:in|since|during|last)\s+{_MONTH}(?:\s+\d{{4}})?(?!\d)
    | (?:in|since|during)\s+(?:19|20)\d{{2}}(?!\d)
    | yesterday | today | this\s+morning | last\s+night | earlier\s+today
    | last\s+(?:week|month|year|{_WEEKDAY})
    | on\s+{_WEEKDAY}
    | (?:(?<=signed\s)|(?<=agreed\s)|(?<=announced\s)){_WEEKDAY}
    | (?:(?<=signed\s)|(?<=agreed\s)|(?<=announced\s)){_WEEKDAY_SHORT}\.?
    | (?<!next\s){_WEEKDAY}['\u2019]s
    | ^{_WEEKDAY}(?=\s*[:,])
    | (?:a|an|one|two|three|four|five|\d{{1,2}})\s+(?:days?|weeks?|months?|years?)\s+ago
    )\b""",
    re.I | re.X,
)
_DATE_LOWER = re.compile(_DATE.pattern, re.X)  # the pattern is written in lower case
_DATE_LEAD = re.compile(r"^(?:in|since|during|on)\s+", re.I)
# "from August 1", "by March 2026": when something takes effect, not when it was announced.
_NOT_ANNOUNCEMENT = re.compile(
    r"\b(?:from|by|until|till|starting|effective|beginning|before"
    r"|through|ahead of)\s*$",
    re.I,
)


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(_WEEKDAYS)} | {
    short: number
    for number, shorts in enumerate((("mon",), ("tue", "tues"), ("wed",), ("thu", "thur", "thurs"), ("fri",)))
    for short in shorts
}
_ORDINAL = r"(?:st|nd|rd|th)?"
_PLAIN_DATE = re.compile(
    rf"(?P<month>[a-z]+)\.? (?P<day>\d{{1,2}}){_ORDINAL},? (?P<year>(?:19|20)\d\d)"
    rf"|(?P<day_first>\d{{1,2}}){_ORDINAL} (?:of )?(?P<month_after>[a-z]+)\.?,? (?P<year_after>(?:19|20)\d\d)"
    r"|(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)"
    r"|(?P<month_only>[a-z]+)\.? (?P<year_of_month>(?:19|20)\d\d)"
    r"|(?P<year_only>(?:19|20)\d\d)"
)

_RELATIVE: dict[str, Callable[[date], date]] = {
    "today": lambda today: today,
    "yesterday": lambda today: today - timedelta(days=1),
    "last week": lambda today: today - timedelta(days=7),
    "last month": lambda today: (today.replace(day=1) - timedelta(days=1)).replace(day=1),
    "last year": lambda today: date(today.year - 1, 1, 1),
}


def _plain_date(phrase: str, today: date) -> date | None:
    """The date of a phrase written in one of the common plain forms, as dateparser reads it
    (a whole date, a month and year, a year, a weekday, "today", "last month"), or None for
    any other phrase. dateparser costs about a millisecond a phrase; these are most of them."""
    if phrase in _WEEKDAY_NUMBERS:  # the last one before today, a week back on the day itself
        return today - timedelta(days=(today.weekday() - _WEEKDAY_NUMBERS[phrase] - 1) % 7 + 1)
    m = _PLAIN_DATE.fullmatch(phrase)
    if m is None and phrase not in _RELATIVE:
        return None
    try:
        if m is None:
            return _RELATIVE[phrase](today)
        found = m.groupdict()
        if found["iso_year"]:
            return date(int(found["iso_year"]), int(found["iso_month"]), int(found["iso_day"]))
        if found["year_only"]:
            return date(int(found["year_only"]), 1, 1)
        month = _MONTH_NUMBERS.get(found["month"] or found["month_after"] or found["month_only"] or "")
        if month is None:
            return None
        if found["month_only"]:
            return date(int(found["year_of_month"]), month, 1)
        day = int(found["day"] or found["day_first"])
        return date(int(found["year"] or found["year_after"]), month, day)
    except (ValueError, OverflowError):  # "February 30, 2024", "2024-13-05": left to dateparser
        return None


@lru_cache(maxsize=2048)
def _parse_date(phrase: str, today: date) -> date | None:
    day = _plain_date(phrase, today) or _dateparser_date(phrase, today)
    if day is None or day > today:
        return None  # a future date is a deadline or delivery, not when it was announced
    return day


def _dateparser_date(phrase: str, today: date) -> date | None:
    settings: Any = {
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser can trip on odd input; a missing date is fine
        return None
    if parsed is None:
        return None
    day: date = parsed.date()  # dateparser is untyped
    return day


def find_date(text: str, today: date) -> date | None:
    """The first past date in text that is not a start or deadline ("from May 1", "by 2026"), or None."""
    # ASCII text is searched lower-cased without IGNORECASE, at half the cost: the same matches.
    matches = _DATE_LOWER.finditer(text.lower()) if text.isascii() else _DATE.finditer(text)
    for m in matches:
        if _NOT_ANNOUNCEMENT.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        phrase = _DATE_LEAD.sub("", m.group().lower()).removesuffix("'s").removesuffix("\u2019s")
        found = _parse_date(phrase, today)  # "at Thursday's summit": last Thursday
        if found is not None:
            return found
    return None
