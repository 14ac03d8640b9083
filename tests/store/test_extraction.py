"""The commitment extractor: the corpus, amounts, fuzzy names, and that no input breaks it."""

from __future__ import annotations

import statistics
import time
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import vocab
from store.extraction import (
    CommitmentDraft,
    Extraction,
    StatusChangeDraft,
    _extract,
    best_match,
    clean_text,
    extract,
    parse_amount,
)
from store.schemas import CommitmentIn
from tests.eval_extraction import mismatches, run
from tests.store.extraction_corpus import CASES, KNOWN_INITIATIVES, KNOWN_PROJECTS, TODAY


def _case_params() -> list[pytest.ParameterSet]:
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _case_params())
def test_corpus_case(case: dict) -> None:
    problems = mismatches(case, run(case))
    assert not problems, "\n".join(problems)


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 80
    assert len({c["id"] for c in CASES}) == len(CASES)
    instruments = {d["instrument"] for c in CASES for d in c["commitments"] if "instrument" in d}
    assert instruments == set(vocab.INSTRUMENTS)
    assert sum(1 for c in CASES if not c["commitments"]) >= 25  # enough ways to say nothing
    assert sum(1 for c in CASES if len(c["commitments"]) > 1) >= 5


@pytest.mark.parametrize("case", [c for c in CASES if c["commitments"]], ids=lambda c: c["id"])
def test_commitment_drafts_are_valid_store_input(case: dict) -> None:
    for draft in run(case).commitments:
        fields = draft.to_commitment_fields()
        assert set(fields) == set(CommitmentIn.model_fields) - {"source_url"}
        CommitmentIn(**fields)  # raises if the store would refuse it
        assert draft.instrument in vocab.INSTRUMENTS
        assert draft.status in vocab.COMMITMENT_STATUSES
        assert all(code in vocab.MINERALS_BY_CODE for code in draft.minerals)


def test_example_from_the_spec() -> None:
    found = extract(
        "Japan's JOGMEC agreed to take 40% of the graphite from the Matawinie mine "
        "and will lend up to C$150 million, pending due diligence.",
        known_projects=["Matawinie Mine", "Canadian graphite mines"],
        today=TODAY,
    )
    offtake, loan = found.commitments
    assert (offtake.actor, offtake.actor_country, offtake.actor_name) == ("JOGMEC", "JP", "JOGMEC")
    assert (offtake.instrument, offtake.quantity, offtake.quantity_unit) == ("offtake", Decimal(40), "%")
    assert (offtake.project, offtake.project_mention) == ("Matawinie Mine", "the Matawinie mine")
    assert offtake.minerals == ["graphite"] and offtake.status == "announced"
    assert (loan.actor, loan.instrument, loan.amount, loan.currency, loan.amount_is_ceiling, loan.status) == (
        "JOGMEC",
        "loan",
        Decimal(150_000_000),
        "CAD",
        True,
        "conditional",
    )
    assert found.worth_replying and not found.rejected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1.2bn", (Decimal(1_200_000_000), "USD", False)),
        ("up to C$150 million", (Decimal(150_000_000), "CAD", True)),
        ("€450m", (Decimal(450_000_000), "EUR", False)),
        ("£20 million", (Decimal(20_000_000), "GBP", False)),
        ("¥10 billion", (Decimal(10_000_000_000), "JPY", False)),
        ("¥10 billion in renminbi loans", (Decimal(10_000_000_000), "CNY", False)),
        ("A$1.25 billion", (Decimal(1_250_000_000), "AUD", False)),
        ("AU$300m", (Decimal(300_000_000), "AUD", False)),
        ("US$50m", (Decimal(50_000_000), "USD", False)),
        ("CA$75 million", (Decimal(75_000_000), "CAD", False)),
        ("CAD 200 million", (Decimal(200_000_000), "CAD", False)),
        ("450 million euros", (Decimal(450_000_000), "EUR", False)),
        ("EUR 30 million", (Decimal(30_000_000), "EUR", False)),
        ("$3B", (Decimal(3_000_000_000), "USD", False)),
        ("$5,000,000", (Decimal(5_000_000), "USD", False)),
        ("$2.26 billion", (Decimal(2_260_000_000), "USD", False)),
        ("as much as $500m", (Decimal(500_000_000), "USD", True)),
        ("a loan of up to US$1.2 billion", (Decimal(1_200_000_000), "USD", True)),
        ("$100-200 million", (Decimal(200_000_000), "USD", True)),
        ("50 billion won", (Decimal(50_000_000_000), "KRW", False)),
        ("more than $6.4 billion", (Decimal(6_400_000_000), "USD", False)),
        ("€1,5 billion", (Decimal(1_500_000_000), "EUR", False)),
        ("$110/kg", (Decimal(110), "USD", False)),
        ("C$ 150 million", (Decimal(150_000_000), "CAD", False)),
    ],
)
def test_parse_amount(text: str, expected: tuple[Decimal, str, bool]) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "5,000,000",
        "40% of output",
        "20,000 t/yr",
        "in 2025",
        "the G7 met on 3 May",
        "ABC$",
        "$",
        "$0",
        "lunch at noon?",
        "$" + "9" * 40,
    ],
)
def test_parse_amount_finds_no_money(text: str) -> None:
    assert parse_amount(text) is None


def test_parse_amount_decimal_is_exact() -> None:
    amount, _, _ = parse_amount("$1.2bn") or (None, None, None)
    assert str(amount) == "1200000000"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the Ontario refinery", "Ontario rare earth processing facilities"),
        ("Ontario facility", "Ontario rare earth processing facilities"),
        ("the Matawinie project", "Matawinie Mine"),
        ("Nechalacho", "Nechalacho rare earth project"),
        ("the mine", None),  # no distinctive word
        ("the Canadian mines", None),  # graphite or rare earth: a tie is not a guess
        ("the Quebec lithium hub", None),
        ("", None),
    ],
)
def test_best_match_projects(mention: str, expected: str | None) -> None:
    assert best_match(mention, KNOWN_PROJECTS) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("G7 action plan", "G7 Critical Minerals Action Plan"),
        ("the production alliance", "Canada-led critical minerals production alliance"),
        ("the MSP partnership", None),
        ("the Critical Raw Materials Act", "EU Critical Raw Materials Act"),
    ],
)
def test_best_match_initiatives(mention: str, expected: str | None) -> None:
    assert best_match(mention, KNOWN_INITIATIVES) == expected


def test_no_known_names_means_no_project() -> None:
    found = extract("JBIC will lend $300m to the Matawinie mine.", today=TODAY)
    assert found.commitments[0].project is None
    assert found.commitments[0].project_mention == "the Matawinie mine"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<@U123> JBIC <!channel> lent <!here>", "JBIC lent"),
        ("see <https://example.com/a?b=1|the release>", "see the release"),
        ("see <https://example.com/a>", "see"),
        ("<#C123|general> news", "general news"),
        ("*JBIC* signed _today_ ~maybe~ `code`", "JBIC signed today maybe code"),
        ("JBIC\u200f lent\u202e $5m\x00", "JBIC lent $5m"),
        ("AT&amp;T &lt;3", "AT&T <3"),
        ("great :tada: news", "great news"),
        ("＄５m", "$5m"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert " ".join(clean_text(raw).split()) == clean


def test_slack_markup_and_invisible_marks_do_not_hide_a_commitment() -> None:
    found = extract(
        "<@U0123ABC> FYI <https://jbic.go.jp/x|JBIC>\u200f signed a ＄300m loan with NMG <!here> :rocket:",
        today=TODAY,
    )
    assert [(c.actor, c.amount) for c in found.commitments] == [("JBIC", Decimal(300_000_000))]


def test_relative_dates_follow_today() -> None:
    text = "JBIC signed a $300m loan yesterday."
    assert extract(text, today=date(2025, 1, 1)).commitments[0].announced_on == date(2024, 12, 31)
    assert extract(text, today=TODAY).commitments[0].announced_on == date(2025, 6, 19)
    assert extract("JBIC signed a $300m loan.", today=TODAY).commitments[0].announced_on is None


def test_same_input_same_output() -> None:
    text = CASES[0]["text"]
    first = extract(text, known_projects=KNOWN_PROJECTS, today=TODAY)
    again = extract(text, known_projects=KNOWN_PROJECTS, today=TODAY)
    assert first == again


def test_rejected_drafts_carry_a_reason() -> None:
    found = extract(
        "Canada did not commit to a price floor. Japan might lend $5m. Has the EU signed the offtake?",
        today=TODAY,
    )
    assert not found.commitments and not found.worth_replying
    assert [d.reason for d in found.rejected] == ["negation", "hypothetical", "question"]
    assert all(not d.is_commitment for d in found.rejected)


def test_status_change_alone_is_worth_replying() -> None:
    found = extract("The Ontario facility entered permitting.", known_projects=KNOWN_PROJECTS, today=TODAY)
    assert found.worth_replying and not found.commitments
    assert found.status_changes[0].new_status in vocab.PROJECT_STATUSES


def test_empty_extraction_is_not_worth_replying() -> None:
    assert not Extraction().worth_replying
    assert Extraction(status_changes=[StatusChangeDraft(None, "x", "permitting")]).worth_replying
    assert Extraction(commitments=[CommitmentDraft(actor="JP")]).worth_replying


@pytest.mark.parametrize("bad", [None, 42, b"JBIC lent $5m", ["JBIC"]])
def test_non_text_input_is_tolerated(bad: object) -> None:
    assert isinstance(extract(bad), Extraction)  # type: ignore[arg-type]


def test_long_message_is_cheap() -> None:
    sentence = (
        "Japan's JOGMEC agreed to take 40% of the graphite from the Matawinie mine and "
        "will lend up to C$150 million. "
    )
    for text in (
        sentence * 400,
        "A. " * 14_000,
        "$1 " * 14_000,
        "Japan " * 7_000,
        "<" * 40_000,
        "1" * 40_000,
        "and " * 10_000,
        "'s " * 14_000,
    ):
        started = time.perf_counter()
        found = _extract(text[:40_000], KNOWN_PROJECTS, KNOWN_INITIATIVES, TODAY)
        assert time.perf_counter() - started < 1.0
        assert len(found.commitments) + len(found.rejected) <= 200


def test_typical_message_takes_under_two_milliseconds() -> None:
    texts = [c["text"] for c in CASES]
    for text in texts:  # warm the lookup tables and the date cache
        extract(text, known_projects=KNOWN_PROJECTS, known_initiatives=KNOWN_INITIATIVES, today=TODAY)
    times = []
    for text in texts:
        started = time.perf_counter()
        extract(text, known_projects=KNOWN_PROJECTS, known_initiatives=KNOWN_INITIATIVES, today=TODAY)
        times.append(time.perf_counter() - started)
    assert statistics.median(times) < 0.002


_FRAGMENTS = [
    "Japan's JOGMEC",
    "agreed to",
    "take 40% of",
    "the Matawinie mine",
    "and",
    "will lend",
    "up to",
    "C$150 million",
    "pending due diligence",
    "did not",
    "?",
    "<@U123>",
    "<!here>",
    "<https://x.y|link>",
    ":tada:",
    "the U.S.",
    "€",
    "¥",
    "$",
    "1.2bn",
    "5,000 t/yr",
    "yesterday",
    "on March 3",
    "in 2025",
    "G7",
    "price floor",
    "export controls on gallium",
    "stake",
    "letter of interest",
    "entered permitting",
    "MoU",
    ";",
    ",",
    ".",
    "\n",
    "\u200f",
    "\x00",
    "🙂",
    "ك",
    "Ω",
    "'s",
    "-",
    "%",
    "by",
    "from",
    "with",
    "reportedly",
    "might",
    "If",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=3000),
        st.lists(st.sampled_from(_FRAGMENTS), max_size=80).map(" ".join),
        st.lists(st.sampled_from(_FRAGMENTS), max_size=80).map("".join),
    ),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
)
def test_any_text_gives_well_formed_drafts(text: str, today: date) -> None:
    started = time.perf_counter()
    found = _extract(text, KNOWN_PROJECTS, KNOWN_INITIATIVES, today)  # without the safety net
    assert time.perf_counter() - started < 0.5
    for draft in found.commitments:
        assert draft.is_commitment and draft.actor
        assert draft.instrument in vocab.INSTRUMENTS
        CommitmentIn(**draft.to_commitment_fields())
    for draft in found.rejected:
        assert not draft.is_commitment and draft.reason
    for draft in found.commitments + found.rejected:
        assert draft.status in vocab.COMMITMENT_STATUSES
        assert draft.announced_on is None or draft.announced_on <= today
        assert draft.amount is None or (draft.amount > 0 and draft.currency)
        assert draft.project is None or draft.project in KNOWN_PROJECTS
        assert draft.initiative is None or draft.initiative in KNOWN_INITIATIVES
    for change in found.status_changes:
        assert change.new_status in vocab.PROJECT_STATUSES


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_parse_amount_never_raises(text: str) -> None:
    result = parse_amount(text)
    assert result is None or (result[0] > 0 and len(result[1]) == 3)
