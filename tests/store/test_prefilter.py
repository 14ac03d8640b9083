"""The ack path's pre-filter (`may_propose`) never drops a message the extractor would propose."""

from __future__ import annotations

import pytest

from store.extraction import extract, may_propose, parse_amount
from tests.store.extraction_corpus import CASES, KNOWN_INITIATIVES, KNOWN_PROJECTS, TODAY

PROPOSING = [c for c in CASES if c.get("commitments") or c.get("status_changes")]


# One test over the whole corpus rather than a test per case: ~10,000 parametrized items cost
# CI more in pytest's per-item work (and xdist's reports) than the checks themselves.
def test_every_commitment_sentence_of_the_corpus_passes():
    # A blind batch's known miss (xfail) may be one the extractor drops too: it is not held to it.
    refused = [c["id"] for c in PROPOSING if not c.get("xfail") and not may_propose(c["text"])]
    assert not refused, f"the pre-filter refuses {len(refused)} commitment sentences: {refused[:20]}"
    assert len(PROPOSING) > 4000  # the corpus is all there


def test_whatever_the_extractor_finds_passes():
    """Also for sentences whose expectations say otherwise (the extractor's misses)."""
    refused = []
    for case in CASES:
        found = extract(
            case["text"], known_projects=KNOWN_PROJECTS, known_initiatives=KNOWN_INITIATIVES, today=TODAY
        )
        if found.worth_replying and not may_propose(case["text"]):
            refused.append(case["id"])
    assert not refused, f"the pre-filter refuses {len(refused)} texts the extractor reads: {refused[:20]}"


@pytest.mark.parametrize(
    "text",
    [
        "lunch at noon?",
        "ok thanks",
        "see you at the meeting",
        "",
        "   ",
        ":wave: morning all",
        "Reminder: the team sync moved to 3pm.",
        "call at 10:30 or 4.15 p.m.?",
    ],
)
def test_plain_chatter_is_filtered_out(text):
    assert not may_propose(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa: half a billion dollars for graphite.",  # no digit, no currency sign, no verb
        "Seoul, two hundred billion won for nickel refining.",
        "Norway — a quarter of a billion Norwegian kroner for battery recycling.",
    ],
)
def test_a_sum_in_words_passes(text):
    assert parse_amount(text) is not None
    assert may_propose(text)


@pytest.mark.parametrize("text", ["sync at 3pm: 40 tonnes", "the 3pm call", "at 3pm, $5"])
def test_a_time_of_day_hides_no_other_number(text):
    assert may_propose(text) == (text != "the 3pm call")
