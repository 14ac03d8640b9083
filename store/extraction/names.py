"""Project and initiative names: head-noun phrases, fuzzy matching, and the trigram index of known names."""

from __future__ import annotations

import re
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz, process

from store.extraction.memo import reading_results
from store.extraction.text import DETERMINERS, Token, capitalised, name_run, tokenize, tokens_within, word_set

PROJECT_HEADS = word_set("""mine mines project projects facility facilities refinery
refineries plant plants smelter smelters deposit deposits operation operations hub mill
complex concentrator""")
INITIATIVE_HEADS = word_set("""plan partnership alliance initiative pact framework club
coalition compact programme program strategy forum dialogue accord""")
MODIFIER_STOPS = word_set("""of to from for with in into on at by as and or but is are was
were be been being has have had will would could should may might can do does did not no
that which who whom whose than then also just only very more most less such per via about
over under after before up down out off all any each every some both either neither said
says agreed signed take takes took buy bought lend lent provide provides announced entered
reached began started moved""")
_SYNONYMS = {
    "refinery": "facility",
    "refineries": "facility",
    "refining": "facility",
    "processing": "facility",
    "plant": "facility",
    "plants": "facility",
    "facilities": "facility",
    "smelter": "facility",
    "smelters": "facility",
    "separation": "facility",
    "hub": "facility",
    "complex": "facility",
    "mill": "facility",
    "concentrator": "facility",
    "mines": "mine",
    "mining": "mine",
    "deposit": "mine",
    "deposits": "mine",
    "projects": "project",
    "operation": "project",
    "operations": "project",
    "plans": "plan",
    "programme": "program",
    "programs": "program",
    "alliances": "alliance",
    "partnerships": "partnership",
    "initiatives": "initiative",
}
_GENERIC = frozenset(
    {
        "facility",
        "mine",
        "project",
        "plan",
        "program",
        "alliance",
        "partnership",
        "initiative",
        "pact",
        "framework",
        "club",
        "coalition",
        "compact",
        "strategy",
        "forum",
        "dialogue",
        "accord",
        "new",
        "proposed",
        "planned",
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "this",
        "that",
        "of",
        "and",
        "in",
        "at",
        "near",
        "for",
        "s",
    }
)
FUZZY_CUTOFF = 70
FUZZY_MARGIN = 5


def _normal_words(name: str) -> list[str]:
    words = [t.lower for t in tokenize(name)]
    return [_SYNONYMS.get(w, w) for w in words if w not in {"the", "a", "an"}]


_T = TypeVar("_T")


def _same_list(fn: Callable[[tuple[str, ...]], _T]) -> Callable[[tuple[str, ...]], _T]:
    """fn cached by the list's identity first: hashing a 10,000-name tuple for lru_cache costs
    more than the rest of reading a chat line, and the reader passes the same tuple each time."""
    recent: list[tuple[tuple[str, ...], _T]] = []

    def cached(names: tuple[str, ...]) -> _T:
        for known, value in recent:
            if known is names:
                return value
        value = fn(names)
        recent.insert(0, (names, value))
        del recent[4:]
        return value

    return cached


@_same_list
@lru_cache(maxsize=16)
def _prepared_choices(choices: tuple[str, ...]) -> tuple[list[str], list[frozenset[str]]]:
    """Each name's distinctive words (as one string) and its generic heads. The heads are
    shared (a few distinct sets for 100,000 names): a set per name cost 21 MB there, and its
    words another 21 MB, so a name's word set is made again when it is scored (`_token_set`)."""
    distinct: list[str] = []
    heads: list[frozenset[str]] = []
    shared: dict[frozenset[str], frozenset[str]] = {}
    for choice in choices:
        ws = _normal_words(choice)
        distinct.append(" ".join(w for w in ws if w not in _GENERIC))
        head = frozenset(w for w in ws if w in _GENERIC)
        heads.append(shared.setdefault(head, head))
    return distinct, heads


def _token_set(name: str) -> set[str]:
    return set(_normal_words(name))


@lru_cache(maxsize=4096)  # the names a mention is scored against come back mention after mention
def _scoring_words(name: str) -> frozenset[str]:
    """A known name's normal words, for scoring (the index makes its own, uncached: 100,000
    names' sets held at once would cost tens of MB)."""
    return frozenset(_normal_words(name))


@_same_list
@lru_cache(maxsize=8)
def _exact_choices(choices: tuple[str, ...]) -> dict[str, str]:
    """Lower-cased name -> the first choice spelled so (built once per list of known names)."""
    exact: dict[str, str] = {}
    for choice in choices:
        exact.setdefault(choice.lower(), choice)
    return exact


# Words many names share: a match on these alone ("rare earth ... facility") is too weak to
# pre-fill, so "a rare earth separation plant in Estonia" is not "Ontario rare earth processing
# facilities".
_COMMON = frozenset(
    {"rare", "earth", "earths", "critical", "minerals", "mineral", "metals", "magnet", "magnets"}
    | {"graphite", "lithium", "nickel", "cobalt", "copper", "gallium", "germanium", "antimony"}
    | {"tungsten", "uranium", "manganese", "vanadium", "titanium", "battery", "materials"}
)
CONFIDENT = 80.0  # a match scored below this is offered as a candidate, never pre-filled


SHARED_WORD = 85  # fuzz.ratio at which a word of a mention and of a name count as the same


class _WordIndex:
    """The words of a list of known names, by length, and the names holding each: the names a
    mention shares a word with are found without scoring all 10,000 of them."""

    def __init__(self, choices: tuple[str, ...]) -> None:
        # Name positions as arrays of C ints: lists of Python ints cost 36 bytes a position.
        self.names_with: dict[str, array[int]] = {}
        for i, name in enumerate(choices):
            for word in _token_set(name):
                if (held := self.names_with.get(word)) is None:
                    held = self.names_with[sys.intern(word)] = array("l")
                held.append(i)
        self.by_length: dict[int, list[str]] = {}
        for word in self.names_with:
            self.by_length.setdefault(len(word), []).append(word)
        self._cache: dict[str, frozenset[int]] = {}

    @staticmethod
    def of(choices: tuple[str, ...]) -> _WordIndex:
        return _word_index(choices)

    def _near(self, word: str) -> frozenset[int]:
        if (cached := self._cache.get(word)) is not None:
            return cached
        out: set[int] = set(self.names_with.get(word, ()))
        n = len(word)
        # ratio >= 85 means 2 * common / (n + m) >= 0.85, which bounds m from n.
        for m in range(max(1, int(n * 0.85 / 1.15)), int(n * 1.15 / 0.85) + 1):
            vocabulary = self.by_length.get(m)
            if not vocabulary:
                continue
            for near, _score, _at in process.extract(
                word, vocabulary, scorer=fuzz.ratio, score_cutoff=SHARED_WORD, limit=None
            ):
                out.update(self.names_with[near])
        if len(self._cache) > 50_000:  # the known names change rarely; their words repeat
            self._cache.clear()
        self._cache[word] = frozenset(out)
        return self._cache[word]

    def sharing(self, words: Sequence[str]) -> set[int]:
        """Indexes of the names holding a word within SHARED_WORD of one of `words`."""
        out: set[int] = set()
        for word in words:
            out |= self._near(word)
        return out


@_same_list
@lru_cache(maxsize=8)
def _word_index(choices: tuple[str, ...]) -> _WordIndex:
    return _WordIndex(choices)


def scored_matches(mention: str, choices: Sequence[str], limit: int = 3) -> list[tuple[str, float]]:
    """Known names a mention may mean with a 0-100 score, best first.

    A name that shares no distinctive word with the mention (only minerals and generic heads)
    scores below CONFIDENT: a candidate for a person to pick, not a pre-filled answer."""
    choices = tuple(choices)
    if not mention or not choices:
        return []
    return _all_scored(mention, choices)[:limit]


def _all_scored(mention: str, choices: tuple[str, ...]) -> list[tuple[str, float]]:
    # An article's mention is scored for its sentence's project, then again for its clause's
    # candidates: inside reading_once() it is scored once (for this very tuple of names).
    results = reading_results()
    if results is None:
        return _scored(mention, choices)
    key = (_scored, mention, id(choices))
    kept = results.get(key)
    if kept is None or kept[0] is not choices:
        kept = results[key] = (choices, _scored(mention, choices))
    scored: list[tuple[str, float]] = kept[1]
    return scored


def _scored(mention: str, choices: tuple[str, ...]) -> list[tuple[str, float]]:
    """Every name that passes, best first (callers take the first few)."""
    lowered = mention.lower().removeprefix("the ").strip()
    if lowered in (exact := _exact_choices(choices)):
        return [(exact[lowered], 100.0)]
    words = _normal_words(mention)
    distinct_words = [w for w in words if w not in _GENERIC]
    if not distinct_words:
        return []  # "the mine" alone could be any mine
    specific = [w for w in distinct_words if w not in _COMMON]
    distinct, heads = _prepared_choices(choices)
    mention_heads = {w for w in words if w in _GENERIC}
    # Only names that share a word with the mention can pass the test below: score those.
    sharing = _WordIndex.of(choices).sharing(distinct_words)
    if not sharing:
        return []
    found = process.extract(
        " ".join(distinct_words),
        {i: distinct[i] for i in sharing},
        scorer=fuzz.token_set_ratio,
        limit=10,
        score_cutoff=FUZZY_CUTOFF,
    )
    words_of = {index: _scoring_words(choices[index]) for _text, _score, index in found}
    scored: list[tuple[float, int]] = []
    for _text, score, index in found:

        def shares(ws: list[str], index: int = index) -> bool:
            return any(max((fuzz.ratio(w, c) for c in words_of[index]), default=0) >= SHARED_WORD for w in ws)

        if not shares(distinct_words):
            continue  # share at least one distinctive word, not just "rare earth"
        if mention_heads and heads[index] and not mention_heads & heads[index]:
            score -= 10  # "mine" is not "facility"
        if not shares(specific):
            score = min(score, CONFIDENT - 1)  # minerals and heads alone: a guess
        scored.append((float(score), index))
    scored.sort(reverse=True)
    return [(choices[i], score) for score, i in scored]


def best_match(mention: str, choices: Sequence[str]) -> str | None:
    """The known name a mention most likely means, or None when nothing is close, it is only a
    guess (below CONFIDENT), or two names fit about as well."""
    scored = scored_matches(mention, choices, limit=2)
    if not scored or scored[0][1] < FUZZY_CUTOFF or scored[0][1] < CONFIDENT:
        return None
    if len(scored) > 1 and scored[0][1] - scored[1][1] < FUZZY_MARGIN:
        return None  # two names fit about as well: let a person pick
    return scored[0][0]


# The words before "Plan" that make it a pension fund's name ("Ontario Teachers' Pension Plan")
_FUND_PLANS = frozenset({"pension", "pensions", "retirement", "superannuation", "savings"})


# Words after "Mines and" that make the whole a company's name ("Mines and Minerals")
_COMPANY_TAILS = frozenset({"Minerals", "Metals", "Mining", "Industries", "Smelting", "Resources"})


def head_mentions(
    tokens: list[Token], sentence: str, heads: frozenset[str], follow_place: bool
) -> list[tuple[int, int, str]]:
    """(start, end, text) of noun phrases in a sentence that end in a head noun ("Thacker Pass mine")."""
    found = []
    for i, token in enumerate(tokens):
        if token.lower not in heads:
            continue
        j = i
        while j > 0 and i - j < 5:
            prev = tokens[j - 1]
            if prev.possessive and prev.lower in DETERMINERS:
                break
            if prev.lower in DETERMINERS:
                j -= 1
                break
            if prev.lower in MODIFIER_STOPS or prev.text[0].isdigit():
                break
            if prev.text[0].islower() and prev.lower.endswith(("ed", "ly")):
                break
            j -= 1
        end = token.end
        if (
            follow_place
            and i + 2 < len(tokens)
            and tokens[i + 1].lower in {"in", "at", "near"}
            and capitalised(tokens[i + 2])
        ):
            # the whole place ("in North Carolina"), so no word of it is read as a name alone
            k = i + 2
            while (
                k + 1 < len(tokens)
                and k < i + 4
                and capitalised(tokens[k + 1])
                # "in Carinthia; OeKB will guarantee": the next clause's subject is no place
                and ";" not in sentence[tokens[k].end : tokens[k + 1].start]
            ):
                k += 1
            end = tokens[k].end
        bare = j == i or (j == i - 1 and tokens[j].lower in DETERMINERS)
        if bare and not any(tokens[k].text[:1].isupper() for k in range(j, i + 1)):
            continue  # "the mine", "a project": nothing to match on
        if j == i and i >= 2 and tokens[i - 1].lower == "of" and capitalised(tokens[i - 2]):
            continue  # "Ministry of Mines", "Chamber of Mines": an organisation's name
        if (
            token.text[:1].isupper()
            and i + 2 < len(tokens)
            and tokens[i + 1].text == "and"
            and tokens[i + 2].text in _COMPANY_TAILS
        ):
            continue  # "Rajasthan State Mines and Minerals": a company's name, no mine
        if token.text == "Plan" and i >= 1 and tokens[i - 1].lower in _FUND_PLANS:
            continue  # "Healthcare of Ontario Pension Plan": an investor, not a plan of action
        found.append((tokens[j].start, end, sentence[tokens[j].start : end]))
    return found


def _trigrams(text: str) -> set[str]:
    # Zipped in C, a third faster than slicing; zip stops at the shortest, the last trigram.
    return set(map("".join, zip(text, text[1:], text[2:], strict=False)))


@lru_cache(maxsize=1)
def _text_trigrams(lowered: str) -> frozenset[str]:
    # A sentence is looked up in the project names, then in the initiative names: split it once.
    return frozenset(_trigrams(lowered))


@_same_list
@lru_cache(maxsize=8)
def _name_index(
    names: tuple[str, ...],
) -> tuple[list[tuple[int, str]], dict[str, list[tuple[int, str]]]]:
    """Short upper-case names (matched as words), and the others under the rarest three
    characters of their lower-case spelling: a name can only be in a message that holds
    those three characters, so a message is compared with a handful of names, not with all
    10,000 known projects (which mostly share their first and last words)."""
    acronyms: list[tuple[int, str]] = []
    others: list[tuple[int, str]] = []  # (the lower-case spelling is made again when looked up:
    # held for 100,000 names it cost 13 MB)
    for i, name in enumerate(names):
        if len(name) < 3:
            continue
        if len(name) <= 5 and name.isupper():
            acronyms.append((i, name))
        else:
            others.append((i, name))
    counts: Counter[str] = Counter()
    for _i, name in others:  # two passes: 10,000 sets of trigrams held at once cost 36 MB
        counts.update(_trigrams(name.lower()))
    by_gram: dict[str, list[tuple[int, str]]] = {}
    for entry in others:
        rarest = min(_trigrams(entry[1].lower()), key=lambda g: (counts[g], g))
        by_gram.setdefault(rarest, []).append(entry)
    return acronyms, by_gram


_FEW_GRAMS = 64  # below this, testing each gram costs less than splitting the text into trigrams


def known_name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each known name written in text, in the order of names."""
    acronyms, by_gram = _name_index(tuple(names))
    found: list[tuple[int, int, int, str]] = []  # (name's position in names, start, end, name)
    lowered = text.lower()
    for i, name in acronyms:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            found.append((i, m.start(), m.end(), name))
    # A few names' grams are looked for in the text; many are met by the text's own grams.
    grams = (
        [g for g in by_gram if g in lowered]
        if len(by_gram) <= _FEW_GRAMS
        else _text_trigrams(lowered) & by_gram.keys()
    )
    for gram in grams:
        for i, name in by_gram[gram]:
            at = lowered.find(name.lower())
            if at >= 0:
                lead = 4 if lowered[max(0, at - 4) : at] == "the " else 0
                found.append((i, at - lead, at + len(name), name))
    found.sort(key=lambda f: f[0])  # in the order of names, as one pass over them gave
    return [(start, end, name) for _i, start, end, name in found]


@_same_list
@lru_cache(maxsize=8)
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    """Every lower-case word of the known names: a short name with any other word cannot match."""
    return frozenset(sys.intern(t.lower) for name in names for t in tokenize(name))


def projects_by_short_name(
    tokens: list[Token],
    text: str,
    projects: list[tuple[int, int, str, str | None]],
    taken: set[int],
    known: Sequence[str],
) -> list[tuple[int, int, str, str | None]]:
    """Known projects named without a head noun: "Thacker Pass" for "Thacker Pass lithium project".

    taken: indexes of tokens already read as something else (actors, money)."""
    taken = taken | tokens_within(tokens, [(s, e) for s, e, _, _ in projects])
    found: list[tuple[int, int, str, str | None]] = []
    vocabulary = _name_words(tuple(known))
    i = 0
    while i < len(tokens):
        run = name_run(tokens, i, taken)
        if run is None:
            i += 1
            continue
        start, end = tokens[run[0]].start, tokens[run[1] - 1].end
        name = text[start:end]
        if not {t.lower for t in tokens[run[0] : run[1]]} <= vocabulary:
            i = run[1]  # a word no known name has ("Morning", "Berlin"): no fuzzy search
            continue
        match = best_match(name, known)
        # Every word of the short name must be in the full one, so "Lynas" is not "Lynas Mine".
        if match and {w.lower for w in tokens[run[0] : run[1]]} <= {t.lower for t in tokenize(match)}:
            found.append((start, end, name, match))
        i = run[1]
    return found
