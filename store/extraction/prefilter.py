"""A cheap necessary condition of `extract` finding anything: chatter is told apart before work."""

from __future__ import annotations

import re
import unicodedata

from store.extraction.cues import COMMIT_VERB, instrument_of
from store.extraction.money import find_amounts
from store.extraction.status_changes import STATUS_CHANGES, STATUS_WORD
from store.extraction.text import clean_text

_STATUS_WORD_ALONE = re.compile(rf"\b{STATUS_WORD}\b", re.I)
# A time of day ("3pm", "10:30", "9.15 am") is the commonest digit in chatter and never money.
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)|\b\d{1,2}:\d{2}\b", re.I)


def may_propose(text: str) -> bool:
    """A digit, a currency sign, a sum of money, an instrument, a commitment verb, a project
    status: any of them may make a proposal. False is chatter."""
    cleaned = clean_text(text) if isinstance(text, str) else ""
    if any(ch.isdigit() or unicodedata.category(ch) == "Sc" for ch in _TIME_OF_DAY.sub(" ", cleaned)):
        return True
    return bool(
        instrument_of(cleaned)
        or COMMIT_VERB.search(cleaned)
        or find_amounts(cleaned)
        or _STATUS_WORD_ALONE.search(cleaned)  # also phrasings the status patterns miss
        or any(pattern.search(cleaned) for pattern in STATUS_CHANGES)
    )
