"""The expectation helpers the blind batches share (tests/store/extraction_blind5.py onwards)."""

from __future__ import annotations

from datetime import date
from typing import Any


def expected_draft(
    actor: str,
    country: str | None,
    instrument: str,
    amount: str | None = None,
    currency: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One expected draft; the amount is always checked, the ceiling flag whenever there is one."""
    draft: dict[str, Any] = {
        "actor": actor,
        "actor_country": country,
        "instrument": instrument,
        "amount": amount,
    }
    if currency is not None:
        draft["currency"] = currency
    if amount is not None:
        draft["amount_is_ceiling"] = False
    draft.update(extra)
    return draft


# Extras a case's expected draft spreads in (`**INFERRED`): the flags batch 13 onwards check.
USD_NOT_INFERRED: dict[str, Any] = {"currency_inferred": False}
INFERRED: dict[str, Any] = {"currency_inferred": True}
CEIL: dict[str, Any] = {"amount_is_ceiling": True}


def message_case(id_prefix: str, case_id: str, text: str, *drafts: dict[str, Any]) -> dict[str, Any]:
    """A message case: its id is the batch's prefix and the case's own name."""
    return {"id": f"{id_prefix}{case_id}", "text": text, "commitments": list(drafts)}


def article_case(
    id_prefix: str, case_id: str, headline: str, paragraphs: list[str], *drafts: dict[str, Any]
) -> dict[str, Any]:
    """An article case: a headline and its paragraphs (joined by blank lines, as a page reads)."""
    return {
        "id": f"{id_prefix}{case_id}",
        "kind": "article",
        "headline": headline,
        "text": "\n\n".join(paragraphs),
        "commitments": list(drafts),
    }


# What the batches' TODAY (Friday 20 June 2025) makes of "today", "yesterday", a weekday's name
# and "last Friday".
D20, D19, D18, D17, D16, D13 = (date(2025, 6, day) for day in (20, 19, 18, 17, 16, 13))
