"""The announcement date in a sentence: date phrases read relative to today, future dates ignored."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import dateparser

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DATE = re.compile(
    rf"""\b(?:\d{{4}}-\d{{2}}-\d{{2}}
    | (?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d)
    | (?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?(?!\d)
    | (?:in|since|during|last)\s+{_MONTH}(?:\s+\d{{4}})?(?!\d)
    | (?:in|since|during)\s+(?:19|20)\d{{2}}(?!\d)
    | yesterday | today | this\s+morning | last\s+night | earlier\s+today
    | last\s+(?:week|month|year|{_WEEKDAY})
    | on\s+{_WEEKDAY}
    | (?<!next\s){_WEEKDAY}['\u2019]s
    | (?:a|an|one|two|three|four|five|\d{{1,2}})\s+(?:days?|weeks?|months?|years?)\s+ago
    )\b""",
    re.I | re.X,
)
_DATE_LEAD = re.compile(r"^(?:in|since|during|on)\s+", re.I)
# "from August 1", "by March 2026": when something takes effect, not when it was announced.
_NOT_ANNOUNCEMENT = re.compile(
    r"\b(?:from|by|until|till|starting|effective|beginning|before"
    r"|through|ahead of)\s*$",
    re.I,
)


@lru_cache(maxsize=2048)
def _parse_date(phrase: str, today: date) -> date | None:
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
    if parsed is None or parsed.date() > today:
        return None  # a future date is a deadline or delivery, not when it was announced
    day: date = parsed.date()  # dateparser is untyped
    return day


def find_date(text: str, today: date) -> date | None:
    """The first past date in text that is not a start or deadline ("from May 1", "by 2026"), or None."""
    for m in _DATE.finditer(text):
        if _NOT_ANNOUNCEMENT.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        phrase = _DATE_LEAD.sub("", m.group().lower()).removesuffix("'s").removesuffix("\u2019s")
        found = _parse_date(phrase, today)  # "at Thursday's summit": last Thursday
        if found is not None:
            return found
    return None
