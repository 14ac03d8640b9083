"""The expectation helper the blind batches share (tests/store/extraction_blind5.py onwards)."""

from __future__ import annotations

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
