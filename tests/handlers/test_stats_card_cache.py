"""`stats` builds its card once per data version and question: a repeat is served the card
already built, and any write to the records gives the next answer the new figures."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlmodel import Session

from handlers import commands
from store import records
from store.schemas import CommitmentIn
from store.visibility import EVERYTHING
from tests.store.test_fast_reads import versioned  # noqa: F401 (the store with its data version)


def _overall(shown: str) -> int:
    found = re.search(r"\*All live commitments:\* (\d+)", shown)
    assert found, shown[:300]
    return int(found.group(1))


@pytest.mark.usefixtures("versioned")
def test_a_repeated_stats_is_served_the_card_already_built(ask, services, monkeypatch) -> None:
    # The answer cache (handlers/answer_cache.py) would answer before the card's own cache.
    monkeypatch.setattr(services.settings, "answer_cache_size", 0)
    first, shown = ask("stats per:country")
    hits = commands._STATS_ANSWERS.hits
    again, shown_again = ask("stats per:country")
    assert commands._STATS_ANSWERS.hits == hits + 1
    assert shown_again == shown and again.text == first.text


@pytest.mark.usefixtures("versioned")
def test_a_write_gives_the_next_stats_the_new_figures(ask, demo_session: Session) -> None:
    _reply, shown = ask("stats per:country")
    before = _overall(shown)
    records.create_commitment(
        demo_session,
        CommitmentIn(actor="JP", instrument="loan", currency="USD", amount="5000000"),  # type: ignore[arg-type]
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    demo_session.commit()
    _reply, shown = ask("stats per:country")
    assert _overall(shown) == before + 1


@pytest.mark.usefixtures("versioned")
def test_other_words_get_their_own_card(ask) -> None:
    _reply, by_country = ask("stats per:country")
    _reply, by_instrument = ask("stats per:instrument")
    assert by_country != by_instrument
    assert "Money committed by instrument" in by_instrument
