"""The word index of known names finds exactly the names a brute-force scan would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from store.extraction.names import SHARED_WORD, _token_set, _WordIndex, best_match

WORDS = st.text(alphabet="abcdeklmnoprst", min_size=1, max_size=9)
NAMES = st.lists(st.lists(WORDS, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(names=NAMES, words=st.lists(WORDS, min_size=1, max_size=3))
def test_the_names_sharing_a_word_are_those_a_full_scan_finds(names: list[str], words: list[str]) -> None:
    choices = tuple(names)
    scanned = {
        i
        for i, tokens in enumerate(_token_set(name) for name in choices)
        if any(fuzz.ratio(w, t) >= SHARED_WORD for w in words for t in tokens)
    }
    assert _WordIndex.of(choices).sharing(words) == scanned


def test_a_misspelt_name_is_still_found_among_10000() -> None:
    names = [f"Synthetic project {i:06d}" for i in range(10_000)] + ["Matawinie Mine", "Thacker Pass"]
    assert best_match("Matawinnie mine", names) == "Matawinie Mine"
    assert best_match("the Thacker Pass", names) == "Thacker Pass"
    assert best_match("Reuters", names) is None
