"""The ack path's pre-filter (`may_propose`) never drops a message the extractor would propose."""

from __future__ import annotations

import pytest

from store.extraction import extract, may_propose, parse_amount
from tests.store.extraction_corpus import CASES, KNOWN_INITIATIVES, KNOWN_PROJECTS, TODAY

PROPOSING = [c for c in CASES if c.get("commitments") or c.get("status_changes")]
# A blind batch's known miss may be one the extractor drops too; the second test below still
# holds for it (what the extractor does find always passes).
PROPOSING_PARAMS = [
    pytest.param(c, marks=pytest.mark.xfail(reason=c["xfail"], strict=False)) if c.get("xfail") else c
    for c in PROPOSING
]


@pytest.mark.parametrize("case", PROPOSING_PARAMS, ids=[c["id"] for c in PROPOSING])
def test_every_commitment_sentence_of_the_corpus_passes(case):
    assert may_propose(case["text"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_whatever_the_extractor_finds_passes(case):
    """Also for sentences whose expectations say otherwise (the extractor's misses)."""
    found = extract(
        case["text"], known_projects=KNOWN_PROJECTS, known_initiatives=KNOWN_INITIATIVES, today=TODAY
    )
    if found.worth_replying:
        assert may_propose(case["text"])


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
