"""Shortcuts that make reading cheaper and change nothing it reads: the literal gate in front of
the cue patterns, patterns written to fail fast, and results kept while one article is read."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from price_parser import Price

from store.extraction import articles, cues, money, roles, status_changes, verdict
from store.extraction import text as text_module
from store.extraction.dates import _WEEKDAYS, _dateparser_date, _plain_date
from store.extraction.gate import Gated, gated, required_literals
from store.extraction.memo import once_per_reading, reading_once
from store.extraction.money import _to_decimal
from store.extraction.names import scored_matches
from store.extraction.text import tokenize, tokens_within
from tests.store.extraction_corpus import CASES, KNOWN_PROJECTS
from tests.store.extraction_corpus_articles import CASES as ARTICLES


def _gated_patterns() -> list[tuple[str, Gated]]:
    found: list[tuple[str, Gated]] = []
    for module in (cues, status_changes, articles, roles, verdict):
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found.append((f"{module.__name__}.{name}", value))
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    pattern = item[1] if isinstance(item, tuple) else item
                    if isinstance(pattern, Gated):
                        found.append((f"{module.__name__}.{name}[{i}]", pattern))
    return found


GATED = _gated_patterns()
# Every corpus message and article paragraph, and texts written to trip a careless gate: case,
# the letters that IGNORECASE folds to ASCII ("\u212a" KELVIN SIGN for k, long s for s), dashes.
TEXTS = (
    [case["text"] for case in CASES]
    + [p for case in ARTICLES for p in case["text"].split("\n\n")]
    + [
        "JBIC WILL LEND $300M TO LYNAS",
        "Japan will \u212aeep a \u017ftake in the mine",
        "Korea's K-Exim did N'T sign; it was not signed",
        "the MoU and an MOU, mous",
        "Analysis \u2014 G7 should consider a price floor",
        "",
    ]
)


def test_the_cue_patterns_are_gated() -> None:
    names = {name for name, _ in GATED}
    assert {"store.extraction.cues.COMMIT_VERB", "store.extraction.cues.NEGATION"} <= names
    assert sum(1 for _, g in GATED if g.literals) >= 30  # a gate that reads no literal tests nothing


@pytest.mark.parametrize(("name", "pattern"), GATED, ids=[name for name, _ in GATED])
def test_a_gated_pattern_finds_what_the_pattern_finds(name: str, pattern: Gated) -> None:
    for text in TEXTS:
        plain = [m.span() for m in pattern.pattern.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == plain, (name, text)
        assert bool(pattern.search(text)) == bool(plain), (name, text)
        assert pattern.sub("", text) == pattern.pattern.sub("", text), (name, text)


@pytest.mark.parametrize(
    ("regex", "flags", "literals"),
    [
        (r"\bloans?\b|\blend(?:s|ing)?\b", re.I, {"loan", "lend"}),
        (r"\b(?:not|n't)\b", re.I, {"not", "n't"}),  # the parser writes n(?:ot|'t)
        (r"\b(?-i:MoUs?|MOUs?)\b", re.I, {"mou"}),
        (r"\bstockpil\w*|\b(?:strategic|national) reserves?\b", re.I, {"stockpil", " reserve"}),
        (r"\b\d+\s*(?:t|kt)\b", 0, None),  # no literal every match holds
        (r"\bfoo\b|", 0, None),  # an empty alternative matches anything
    ],
)
def test_required_literals_are_read_from_the_pattern(
    regex: str, flags: int, literals: set[str] | None
) -> None:
    found = required_literals(re.compile(regex, flags))
    assert (set(found) if found is not None else None) == literals


def test_a_text_with_none_of_the_literals_is_not_searched() -> None:
    pattern = gated(r"\bloans?\b", re.I)
    assert pattern.may_match("The LOAN was signed")
    assert not pattern.may_match("The grant was signed")
    assert pattern.may_match("A \u212aelvin sign folds to k")  # searched without the gate


def test_literals_inside_and_across_each_other_are_all_found() -> None:
    # One scan finds every gate's literals: the longest starting at each position, and the
    # shorter ones it begins with or holds ("guarantee", "guarant", "arant", "tee").
    gates = [gated(p, re.I) for p in (r"guarantee", r"guarant\w", r"arant\w", r"tee\b", r"teen")]
    text = "The GUARANTEE was signed"
    assert [bool(g.search(text)) for g in gates] == [bool(g.pattern.search(text)) for g in gates]
    assert [g.may_match(text) for g in gates] == [True, True, True, True, False]


def test_a_gate_made_after_reading_began_is_still_found() -> None:
    assert cues.instrument_of("JBIC will lend $300m") == "loan"  # the scanner is in use
    late = gated(r"\bqzxv(?:ing|ed)\b", re.I)
    assert late.search("They were QZXVING the deal")
    assert not late.search("They were signing the deal")


def test_a_result_is_kept_only_while_one_article_is_read() -> None:
    calls: list[str] = []

    @once_per_reading
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert length("loan") == length("loan") == 4
    assert calls == ["loan", "loan"]  # outside a reading: computed each time
    with reading_once():
        assert length("loan") == length("loan") == 4
        assert length("grant") == 5
    assert calls == ["loan", "loan", "loan", "grant"]
    with reading_once():  # the next article starts afresh
        length("loan")
    assert calls[-1] == "loan" and len(calls) == 5


@pytest.mark.parametrize("digits", ["0", "7", "0075", "2025", "1200000000", "999999999999999"])
def test_a_figure_of_digits_alone_reads_as_price_parser_reads_it(digits: str) -> None:
    expected = Price.fromstring(digits).amount
    assert repr(_to_decimal(digits)) == repr(expected)
    assert _to_decimal("\u0663") == Price.fromstring("\u0663").amount  # not ASCII: price_parser's reading


# Days around a year's end and a leap day: every weekday's offset, and months and years that turn.
_DAYS = [date(2024, 12, 26) + timedelta(days=k) for k in range(10)] + [
    date(2024, 2, 27) + timedelta(days=k) for k in range(4)
]
_PLAIN_PHRASES = [
    "march 3, 2025",
    "dec. 10, 2024",
    "sept 5th, 2024",
    "3 march 2025",
    "21st of june, 2024",
    "02 jan 2025",
    "2024-02-29",
    "february 2024",
    "jan. 2025",
    "2023",
    "1999",
]


@pytest.mark.parametrize("today", _DAYS, ids=str)
def test_a_plain_date_phrase_reads_as_dateparser_reads_it(today: date) -> None:
    for phrase in [*_WEEKDAYS, "today", "yesterday", "last week", "last month", "last year", *_PLAIN_PHRASES]:
        plain = _plain_date(phrase, today)
        assert plain is not None, phrase  # read without dateparser
        assert plain == _dateparser_date(phrase, today), (phrase, today)


@pytest.mark.parametrize(
    "phrase", ["february 30, 2024", "2024-13-05", "last monday", "two years ago", "march 3", "march  3, 2024"]
)
def test_any_other_date_phrase_is_left_to_dateparser(phrase: str) -> None:
    assert _plain_date(phrase, date(2025, 6, 20)) is None


def test_the_tokens_inside_spans_are_those_a_scan_of_every_token_finds() -> None:
    for case in CASES[:200]:
        tokens = tokenize(case["text"])
        n = len(case["text"])
        spans = [(0, 0), (n // 3, n // 2), (n // 2, n // 2 + 7), (n - 5, n + 5), (n // 4, n // 5)]
        naive = {i for i, t in enumerate(tokens) if any(s <= t.start < e for s, e in spans)}
        assert tokens_within(tokens, spans) == naive, case["id"]
    assert tokens_within(tokenize("JBIC lends $300m"), []) == set()


# Each pattern written to fail fast, and the plain form it stands for: the same matches.
_PLAIN_FORMS = [
    (
        money._AMOUNT_PREFIXED,
        money._AMOUNT_PREFIXED.pattern.replace(rf"(?=\D{{1,{money._PREFIX_REACH}}}\d)", "", 1),
    ),
    (money._AMOUNT_SUFFIXED, money._AMOUNT_SUFFIXED.pattern.replace(r"(?=\d)", "", 1)),
    (text_module._TOKEN, r"(?:[^\W\d_]\.){2,}|[A-Z]\.[A-Z]{2,}(?![\w.])|\w[\w'&-]*|(?<= )&(?= )"),
]


@pytest.mark.parametrize(("fast", "plain"), _PLAIN_FORMS, ids=["prefixed sums", "suffixed sums", "words"])
def test_a_pattern_written_to_fail_fast_finds_what_its_plain_form_finds(
    fast: re.Pattern[str], plain: str
) -> None:
    assert fast.pattern != plain  # the fast form's shortcut was found and taken out
    slow = re.compile(plain, fast.flags)
    odd = ["US$ 5m, u.s.$7bn; Rs.9 crore, Dhs 2 million, R3bn and 4 billion-won", "A.B.C. & D. E.", "$1,"]
    for each in TEXTS + [t.upper() for t in TEXTS] + odd:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(each)] == [
            (m.span(), m.groupdict()) for m in slow.finditer(each)
        ], each


def test_spaces_are_cleaned_as_every_run_made_one_space() -> None:
    every_run = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
    for each in TEXTS + [" a  b\t\tc \u00a0 d\u3000e\u2009", "\t", "  ", " ", ""]:
        assert text_module._SPACES.sub(" ", each) == every_run.sub(" ", each), each


def test_a_mention_scored_once_per_article_scores_as_scored_afresh() -> None:
    known = tuple(KNOWN_PROJECTS) + tuple(f"Synthetic project {i:06d}" for i in range(1, 2000))
    mentions = [
        "Thacker Pass",
        "the lithium refinery",
        "Cornish Lithium's processing plant",
        "the mine",
        "project 000123",
    ]
    fewer = known[:40]  # another list of names: scored against its own names, not the first's
    afresh = {(m, limit): scored_matches(m, known, limit) for m in mentions for limit in (1, 2, 3)}
    afresh_fewer = {m: scored_matches(m, fewer) for m in mentions}
    assert afresh[("Thacker Pass", 1)] and afresh[("project 000123", 3)]
    with reading_once():
        for _ in range(2):  # the second time from what the reading kept
            for m in mentions:
                for limit in (3, 1, 2):
                    assert scored_matches(m, known, limit) == afresh[(m, limit)]
                assert scored_matches(m, fewer) == afresh_fewer[m]
