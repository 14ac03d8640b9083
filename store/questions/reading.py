"""Reading a question in plain words: text -> Reading. Pure, deterministic, no model.

The reader knows the store's vocabularies (countries and groups, minerals, stages,
instruments, statuses), the names of projects and initiatives (a `KnownNames` built once
per data version), and dates. A word it cannot place makes the question unreadable: it
says "I could not read that" rather than answer a question nobody asked.
"""

from __future__ import annotations

import calendar
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz, process

from store import vocab
from store.questions.groups import GROUP_WORDS, GROUPS

INTENTS = (
    "total",
    "count_commitments",
    "count_projects",
    "list_commitments",
    "list_projects",
    "who",
    "rank",
    "breakdown",
    "compare",
    "changes",
    "timeline",
    "unreadable",
)
MAX_QUESTION = 300  # characters; a longer text is a message, not a question
GROUPINGS = ("country", "mineral", "stage", "instrument", "status", "initiative", "month")


@dataclass(frozen=True)
class Reading:
    """What a question asks, as the filter language would say it."""

    intent: str
    filters: dict[str, str] = field(default_factory=dict)  # country, where, mineral, ... since, until
    grouping: str | None = None
    limit: int | None = None
    chart: bool = False
    unknown: tuple[str, ...] = ()  # the words that could not be read
    text: str = ""

    @property
    def readable(self) -> bool:
        return self.intent != "unreadable"

    def as_dict(self) -> dict[str, object]:
        return {
            "intent": self.intent,
            "filters": dict(self.filters),
            "grouping": self.grouping,
            "limit": self.limit,
            "chart": self.chart,
        }


@dataclass(frozen=True)
class KnownNames:
    """Project and initiative names as token tuples, and the dates initiatives were launched."""

    projects: dict[tuple[str, ...], str]
    initiatives: dict[tuple[str, ...], str]  # full and short names -> full name
    launches: dict[tuple[str, ...], date]  # names, short names and venue words -> launch date
    name_words: frozenset[str]  # every word of every name, for typo repair
    longest: int
    # word -> the names holding it (at most _SHORTLIST + 1: a word in more names picks none)
    by_word: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        projects: Iterable[str],
        initiatives: Iterable[tuple[str, str | None, str | None, date | None]],
        previous: KnownNames | None = None,
    ) -> KnownNames:
        """From project names and (name, short name, venue, launched on) of initiatives;
        `previous`, names built before, lends the words its project names were split into."""
        # Words and names interned: "synthetic", "project" in 100,000 names are two strings,
        # not 200,000 (11 MB), and names read again after a change are not copied. A name's
        # words are those a previous build found (a build after a write re-reads every name,
        # and splitting them into words was two thirds of it); only new names are split. Read
        # off that build's own table, not kept beside it (a dict of 100,000 names: 5 MB).
        known = {name: key for key, name in previous.projects.items()} if previous else {}
        keys = {n: known.get(n) or tuple(map(sys.intern, tokens(n))) for n in projects if n}
        del known
        p = {key: sys.intern(n) for n, key in keys.items()}
        i: dict[tuple[str, ...], str] = {}
        launches: dict[tuple[str, ...], date] = {}
        for name, short, venue, launched in initiatives:
            for key in (name, short):
                if key:
                    i.setdefault(tuple(tokens(key)), name)
                    if launched:
                        launches.setdefault(tuple(tokens(key)), launched)
            if venue and launched:
                for word in tokens(venue):
                    if (
                        len(word) >= 4
                        and word.isalpha()
                        and word not in _COMMON
                        and word not in _phrase_words()
                    ):
                        launches[(word,)] = min(launched, launches.get((word,), launched))
        words = frozenset(w for key in (*p, *i) for w in key if not w.isdigit())
        longest = max((len(k) for k in (*p, *i, *launches)), default=1)
        # Only the words a partial name is read from (`name_words`: digits are never looked up):
        # "000042" of "Synthetic project 000042" is one entry per name (11 MB at 100,000).
        by_word: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
        for kind, table in (("project", p), ("initiative", i)):
            for name_key, name in table.items():
                for w in set(name_key):
                    if w not in words:
                        continue
                    held = by_word.setdefault(w, [])
                    if len(held) <= _SHORTLIST and (kind, name, name_key) not in held:
                        held.append((kind, name, name_key))
        return cls(p, i, launches, words, longest, {w: tuple(v) for w, v in by_word.items()})


_SHORTLIST = 20  # a word in more names than this ("project") narrows nothing by itself
EMPTY_NAMES = KnownNames({}, {}, {}, frozenset(), 1)

# --- words ------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d{4}-\d{2}-\d{2}|[a-z0-9]+(?:[-.][a-z0-9]+)*")


def tokens(text: str) -> list[str]:
    """Lower-case words; "U.S." is "us", "Japan's" is "japan", "what's" is "what is"."""
    t = text.lower().replace("’", "'").replace("‘", "'")
    t = re.sub(r"\b(u)\.(s|k)\.(a\.)?", lambda m: m.group(1) + m.group(2) + ("a" if m.group(3) else ""), t)
    t = re.sub(r"\be\.u\.", "eu", t)
    t = re.sub(r"\b(what|who|how|where|that|there)'s\b", r"\1 is", t)
    t = re.sub(r"'s\b|s'\B", "", t)
    return [w.strip(".-") for w in _TOKEN.findall(t) if w.strip(".-")]


_STOP = set(
    """a an the of to for on in into at by with from about over under and or as is are was were be been
    being has have had do does did done doing it its this that these those there their they them i we
    you me us our my your please can could would will should shall may might just so also any some all
    every each much many what which who whom whose how where when why whether than then still yet far
    ever currently now so-far far tell show give list find let see know get got want wanted like need
    up out off per way one ones thing things kind kinds sort stuff more most less least very really
    total overall altogether together combined sum amount amounts figure number numbers count counts
    money cash dollars usd value worth funding financing finance support supported supporting
    supports backing backed back backs backer backers fund funds funded funder funders funding
    committed commit commits committing commitment commitments pledge pledged pledges pledging promise
    promised promises put putting invest invested investing investment investments spend spent
    spending give given giving make made making provide provided providing offer offered sign signed
    agree agreed agreement agreements deal deals announce announced announcing lend lent lending
    going doing done on-going happening happen happened happens change changed changes changing new
    news latest recent recently update updates updated anything something nothing everything
    whole entire record records tracked tracker logged loggs
    project projects mine mines facility facilities plant plants deposit deposits site sites
    refinery refineries operation operations
    country countries nation nations government governments state states
    biggest largest big large top highest most leading greatest major
    compare comparison compared versus vs against between
    chart plot graph draw visualise visualize diagram bar
    breakdown broken split grouped group groupings
    who what which how
    yes no ok okay there agency agencies company companies firm firms bank banks lender lenders
    gone go goes went take taken took part member members behind break down involved involve
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Words that carry meaning: the reader looks for them, so they are not "unknown" either.
_PROJECT_NOUNS = {
    "project", "projects", "mine", "mines", "facility", "facilities", "plant", "plants", "deposit",
    "deposits", "site", "sites", "refinery", "refineries", "operation", "operations",
}  # fmt: skip
_COMMITMENT_NOUNS = {
    "commitment", "commitments", "pledge", "pledges", "deal", "deals", "agreement", "agreements",
    "investment", "investments", "money", "funding", "financing", "dollars", "cash",
}  # fmt: skip
_RANK = {"biggest", "largest", "top", "highest", "most", "leading", "greatest", "major", "big", "large"}
_COMPARE = {"compare", "comparison", "compared", "versus", "vs", "v", "against"}
_CHART = {"chart", "plot", "graph", "draw", "visualise", "visualize", "diagram"}
_CHANGE = {"changed", "change", "changes", "new", "news", "latest", "recent", "recently", "happened",
           "happening", "update", "updates", "updated"}  # fmt: skip
_COUNT = {"count", "number", "many"}
_TOTAL = {"total", "sum", "much", "overall", "altogether", "combined"}
_LIST = {"which", "what", "list", "show", "any", "find", "give", "tell", "see"}
_WHO = {"who", "whom"}
_ACTOR_PREPS = {"by", "from"}
_PLACE_PREPS = {"in", "at", "inside", "within", "located"}
# Verbs that say something was committed: "what has Japan committed", "what is Japan doing".
_ACTIONS = {
    "committed", "commit", "commits", "pledged", "pledge", "put", "invested", "invest", "spent",
    "spend", "given", "give", "made", "make", "done", "doing", "lent", "lend", "signed", "sign",
    "agreed", "announced", "offered", "provided", "backed", "funded", "supported", "taken", "gone",
}  # fmt: skip
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_GROUPING_WORDS = {
    "country": "country", "countries": "country", "nation": "country", "nations": "country",
    "actor": "country", "actors": "country", "mineral": "mineral", "minerals": "mineral",
    "commodity": "mineral", "commodities": "mineral", "metal": "mineral", "metals": "mineral",
    "stage": "stage", "stages": "stage", "instrument": "instrument", "instruments": "instrument",
    "type": "instrument", "types": "instrument", "status": "status", "statuses": "status",
    "initiative": "initiative", "initiatives": "initiative", "month": "month", "months": "month",
    "monthly": "month",
}  # fmt: skip
_CUES = (
    _RANK | _COMPARE | _CHART | _CHANGE | _COUNT | _TOTAL | _LIST | _WHO | _ACTIONS
    | _PROJECT_NOUNS | _COMMITMENT_NOUNS | {"how", "breakdown", "by", "per"}
)  # fmt: skip
_MEANING = frozenset(_GROUPING_WORDS) | _RANK | _COMPARE | _CHART | _CHANGE | frozenset(_NUMBER_WORDS)
_MONTHS = {
    **{calendar.month_name[i].lower(): i for i in range(1, 13)},
    **{calendar.month_abbr[i].lower(): i for i in range(1, 13)},
    "sept": 9,
}
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_PERIOD_UNITS = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
}
_DATE_WORDS = {
    "since", "after", "before", "until", "till", "through", "during", "this", "last", "past",
    "previous", "today", "yesterday", "week", "weeks", "month", "months", "quarter", "quarters",
    "year", "years", "day", "days", "ytd", "date", "summit", "launch", "launched", "meeting", "ago",
    "q1", "q2", "q3", "q4", "so", "far",
}  # fmt: skip
_COMMON = _STOP | _DATE_WORDS | set(_MONTHS) | set(_WEEKDAYS)

# --- the vocabulary as phrases -----------------------------------------------------------------

_AMBIGUOUS_CODES = {"IN", "IT", "TO", "BY", "AS", "IS", "ME", "NO", "AM", "BE", "DO", "GO", "SO", "AT", "OR"}


def _plural(words: tuple[str, ...]) -> tuple[str, ...]:
    last = words[-1]
    if last.endswith("s"):
        return words
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return (*words[:-1], last[:-1] + "ies")
    return (*words[:-1], last + "s")


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, ...], tuple[str, str]]:
    """Every phrase the reader knows -> (kind, value)."""
    table: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(text: str | tuple[str, ...], kind: str, value: str, plural: bool = False) -> None:
        key = tuple(tokens(text)) if isinstance(text, str) else text
        if not key:
            return
        table.setdefault(key, (kind, value))
        if plural:
            table.setdefault(_plural(key), (kind, value))

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                add(re.sub(r",.*$", "", name), "country", c.alpha_2)
    for alias, code in vocab.COUNTRY_ALIASES.items():
        if alias not in ("us", "u.s.", "u.s"):  # "us" is also a pronoun: handled by case
            add(alias, "country", code)
    for extra, code in {
        "korea": "KR", "republic of korea": "KR", "england": "GB", "holland": "NL", "the netherlands": "NL",
        "the states": "US", "usa": "US", "congo": "CD", "ivory coast": "CI", "czechia": "CZ",
        "aussie": "AU", "kiwi": "NZ", "korean": "KR", "emirates": "AE",
    }.items():  # fmt: skip
        add(extra, "country", code)
    for words, code in GROUP_WORDS.items():
        table[words] = ("country", code)
    for m in vocab.MINERALS:
        names = [m.name, m.code.replace("-", " "), *m.aliases]
        for n in names:
            if len(n) >= 3:
                add(n, "mineral", m.code, plural=m.code not in ("lithium",))
    add("rare earth magnets", "stage", "magnets")
    add("rees", "mineral", "rare-earths")
    add("rare earth elements", "mineral", "rare-earths")
    add("rare-earth elements", "mineral", "rare-earths")
    for s in vocab.STAGES:
        add(s.replace("-", " "), "stage", s)
    for alias, s in {**vocab.STAGE_ALIASES, "metal alloy": "metal-alloy", "refineries": "refining"}.items():
        if alias not in ("extraction", "mine", "refinery"):
            add(alias, "stage", s, plural=alias not in ("metal", "alloy"))
    add("processing", "stage", "processing")
    for i in vocab.INSTRUMENTS:
        if i != "other":
            add(i.replace("-", " "), "instrument", i, plural=i not in ("equity",))
    for alias, i in vocab.INSTRUMENT_ALIASES.items():
        if alias not in ("debt", "credit", "screening"):
            add(alias, "instrument", i, plural=True)
    for text, i in {
        "offtake agreement": "offtake", "offtake deal": "offtake", "offtake contract": "offtake",
        "price floor": "price-floor", "price support": "price-floor", "stockpiling": "stockpile",
        "equity stake": "equity", "stake": "equity", "letters of interest": "letter-of-interest",
        "loan guarantee": "guarantee", "mous": "mou", "memoranda of understanding": "mou",
        "lend": "loan", "lent": "loan", "lending": "loan", "credit line": "loan",
    }.items():  # fmt: skip
        add(text, "instrument", i, plural=text not in ("stockpiling", "lend", "lent", "lending"))
    for s in ("proposed", "announced", "conditional", "binding", "disbursed", "withdrawn"):
        add(s, "cstatus", s)
    add("under discussion", "cstatus", "proposed")
    for s in ("permitting", "construction", "commissioning", "production", "exploration", "feasibility",
              "stalled", "cancelled", "canceled", "pre-feasibility", "prefeasibility"):  # fmt: skip
        add(s, "pstatus", vocab.normalize_project_status(s))
    for text, s in {
        "under construction": "construction", "in production": "production", "producing": "production",
        "operating": "production", "on hold": "stalled", "suspended": "stalled",
        "feasibility study": "feasibility", "pfs": "pre-feasibility", "dfs": "feasibility",
    }.items():  # fmt: skip
        add(text, "pstatus", s)
    return table


@lru_cache(maxsize=1)
def _phrase_words() -> frozenset[str]:
    return frozenset(w for key in _phrases() for w in key)


@lru_cache(maxsize=1)
def _base_words() -> tuple[str, ...]:
    words = (
        _COMMON
        | set(_phrase_words())
        | set(_GROUPING_WORDS)
        | _RANK
        | _COMPARE
        | _CHART
        | _CHANGE
        | set(_NUMBER_WORDS)
        | {"breakdown", "compare"}
    )
    # Typo targets: words of five letters or more ("ones" is no repair of "tonnes").
    return tuple(sorted(w for w in words if len(w) >= 5 and w.isalpha()))


_MAX_PHRASE = 5


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    return frozenset(_base_words()) | _COMMON | _phrase_words()


def _repair(word: str, names: KnownNames) -> str:
    """A mistyped word as the known word it is closest to, or itself."""
    if len(word) < 4 or not word.isalpha():
        return word
    cutoff = 85 if len(word) <= 5 else 80
    best = process.extractOne(word, _base_words(), scorer=fuzz.ratio, score_cutoff=cutoff)
    found = best[0] if best else None
    score = best[1] if best else 0
    if names.name_words and len(names.name_words) < 50_000:
        other = process.extractOne(word, names.name_words, scorer=fuzz.ratio, score_cutoff=max(cutoff, score))
        if other and other[1] > score:
            found = other[0]
    return found or word


# --- dates -------------------------------------------------------------------------------------


def _quarter_start(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def _month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


@dataclass
class _Span:
    start: date
    end: date | None  # None: open, "up to today"


def _spec(words: list[str], i: int, today: date, names: KnownNames) -> tuple[_Span, int] | None:
    """A date or period starting at words[i]: (span, words used)."""
    n = len(words)
    w = words[i] if i < n else ""
    nxt = words[i + 1] if i + 1 < n else ""
    nxt2 = words[i + 2] if i + 2 < n else ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", w):
        try:
            d = date.fromisoformat(w)
        except ValueError:
            return None
        return _Span(d, d), 1
    if w in ("this", "current") and nxt in ("week", "month", "quarter", "year"):
        start = {
            "week": today - timedelta(days=today.weekday()),
            "month": today.replace(day=1),
            "quarter": _quarter_start(today),
            "year": date(today.year, 1, 1),
        }[nxt]
        return _Span(start, None), 2
    if w in ("last", "past", "previous", "the") and nxt in ("last", "past", "previous"):
        got = _spec(words, i + 1, today, names)
        return (got[0], got[1] + 1) if got else None
    if w in ("last", "past", "previous") and nxt in ("week", "month", "quarter", "year"):
        if nxt == "week":
            start = today - timedelta(days=today.weekday() + 7)
            return _Span(start, start + timedelta(days=6)), 2
        if nxt == "month":
            start = _add_months(today.replace(day=1), -1)
            return _Span(start, _month_end(start)), 2
        if nxt == "quarter":
            start = _add_months(_quarter_start(today), -3)
            return _Span(start, _add_months(start, 3) - timedelta(days=1)), 2
        return _Span(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)), 2
    if (
        w in ("last", "past", "previous")
        and (nxt.isdigit() or nxt in _NUMBER_WORDS)
        and nxt2 in _PERIOD_UNITS
    ):
        count = int(nxt) if nxt.isdigit() else _NUMBER_WORDS[nxt]
        return _Span(today - timedelta(days=min(count * _PERIOD_UNITS[nxt2], 365 * 200)), None), 3
    if (w.isdigit() or w in _NUMBER_WORDS) and nxt in _PERIOD_UNITS and nxt2 == "ago":
        count = int(w) if w.isdigit() else _NUMBER_WORDS[w]
        return _Span(today - timedelta(days=min(count * _PERIOD_UNITS[nxt], 365 * 200)), None), 3
    if w == "today":
        return _Span(today, None), 1
    if w == "yesterday":
        y = today - timedelta(days=1)
        return _Span(y, y), 1
    if w == "ytd" or (w == "year" and nxt == "to" and nxt2 == "date"):
        return _Span(date(today.year, 1, 1), None), 1 if w == "ytd" else 3
    if re.fullmatch(r"q[1-4]", w) and re.fullmatch(r"(19|20)\d\d", nxt):
        start = date(int(nxt), 3 * (int(w[1]) - 1) + 1, 1)
        return _Span(start, _add_months(start, 3) - timedelta(days=1)), 2
    if w in _WEEKDAYS:
        back = (today.weekday() - _WEEKDAYS[w]) % 7
        return _Span(today - timedelta(days=back), None), 1
    # 1 June 2025 / June 1 2025 / June 2025 / June / 2025
    day = month = year = None
    used = 0
    if w.isdigit() and 1 <= int(w) <= 31 and nxt in _MONTHS:
        day, month, used = int(w), _MONTHS[nxt], 2
        if re.fullmatch(r"(19|20)\d\d", nxt2):
            year, used = int(nxt2), 3
    elif w in _MONTHS and not (w == "may" and not (nxt.isdigit())):
        month, used = _MONTHS[w], 1
        if nxt.isdigit() and 1 <= int(nxt) <= 31 and not re.fullmatch(r"(19|20)\d\d", nxt):
            day, used = int(nxt), 2
            if re.fullmatch(r"(19|20)\d\d", nxt2):
                year, used = int(nxt2), 3
        elif re.fullmatch(r"(19|20)\d\d", nxt):
            year, used = int(nxt), 2
    elif re.fullmatch(r"(19|20)\d\d", w):
        whole = int(w)
        return _Span(date(whole, 1, 1), date(whole, 12, 31)), 1
    if month is None:
        return None
    if year is None:
        year = today.year
        if (month, day or 1) > (today.month, today.day):
            year -= 1
    try:
        if day is not None:
            d = date(year, month, day)
            return _Span(d, d), used
        start = date(year, month, 1)
    except ValueError:
        return None
    return _Span(start, _month_end(start)), used


def _launch(words: list[str], i: int, names: KnownNames) -> tuple[_Span, int] | None:
    """ "the Kananaskis summit", "the MSP launch": an initiative's launch date."""
    j = i + 1 if i < len(words) and words[i] == "the" else i
    for size in range(min(names.longest, len(words) - j), 0, -1):
        key = tuple(words[j : j + size])
        if key in names.launches:
            end = j + size
            while end < len(words) and words[end] in (
                "summit",
                "launch",
                "launched",
                "meeting",
                "was",
                "its",
            ):
                end += 1
            d = names.launches[key]
            return _Span(d, d), end - i
    return None


_DATE_PREPS = {
    "between",
    "and",
    "since",
    "after",
    "before",
    "until",
    "till",
    "through",
    "in",
    "during",
    "from",
    "on",
    "of",
    "for",
    "to",
}


# --- the reader --------------------------------------------------------------------------------


@dataclass
class _Item:
    kind: str  # country, mineral, stage, instrument, cstatus, pstatus, project, initiative
    value: str
    start: int
    end: int
    demonym: bool = False


def read(text: str, *, today: date, names: KnownNames = EMPTY_NAMES) -> Reading:
    """The reading of a question; intent "unreadable" (with the unknown words) when unsure."""
    raw = text.strip()
    if len(raw) > MAX_QUESTION:
        return Reading("unreadable", unknown=("a question this long",), text=raw[:MAX_QUESTION])
    original = re.findall(r"[A-Za-z0-9.]+", raw.replace("’", "'"))
    upper_us = any(o.rstrip(".") in ("US", "U.S") for o in original)
    words = tokens(raw)
    if not words or re.search(r"\b\w+:\S", raw):
        return Reading("unreadable", unknown=tuple(words[:5]), text=raw)
    known = _known_words()
    typed = words
    words = [
        w if (w in known or w in names.name_words or not w.isalpha()) else _repair(w, names) for w in words
    ]
    repaired = {k for k, (a, b) in enumerate(zip(typed, words, strict=True)) if a != b}
    used = [False] * len(words)
    filters: dict[str, str] = {}

    # Dates: "since June 2025", "last quarter", "in 2024", "since the Kananaskis summit".
    i = 0
    between = False
    while i < len(words):
        w = words[i]
        prep = w if w in _DATE_PREPS else None
        at = i + 1 if prep else i
        if prep and at < len(words) and words[at] == "the" and words[at + 1 : at + 2] in (["last"], ["past"]):
            at += 1
        got = _spec(words, at, today, names) if at < len(words) else None
        if got is None and prep in ("since", "after", "before", "until", "till"):
            got = _launch(words, at, names)
        if (
            got is None
            or (prep is None and words[at] in _WEEKDAYS)
            or (prep in ("of", "for", "to", "on") and not _is_period(words, at))
        ):
            i += 1
            continue
        span, size = got
        if prep == "and" and not between:
            i += 1
            continue
        if prep == "between":
            between = True
            prep = "since"
        elif prep == "and":
            between, prep = False, "until"
        if prep is None and not _standalone_date(words, at):
            i += 1
            continue
        if prep in ("since", "from") or (prep is None and span.end is None):
            filters["since"] = span.start.isoformat()
        elif prep == "after":
            filters["since"] = ((span.end or span.start) + timedelta(days=1)).isoformat()
        elif prep == "before":
            filters["until"] = (span.start - timedelta(days=1)).isoformat()
        elif prep in ("until", "till", "through"):
            filters["until"] = (span.end or today).isoformat()
        else:  # in, during, on, of, for, or a bare period
            filters["since"] = span.start.isoformat()
            if span.end is not None:
                filters["until"] = span.end.isoformat()
        for k in range(i, at + size):
            used[k] = True
        i = at + size
    if "since" in filters and "until" in filters and filters["until"] < filters["since"]:
        return Reading("unreadable", unknown=("dates",), text=raw)

    items: list[_Item] = []
    # Project and initiative names, longest first.
    i = 0
    while i < len(words):
        if used[i]:
            i += 1
            continue
        found = None
        for size in range(min(names.longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + size])
            if any(used[i : i + size]):
                continue
            if key in names.projects:
                found = _Item("project", names.projects[key], i, i + size)
            elif key in names.initiatives:
                found = _Item("initiative", names.initiatives[key], i, i + size)
            if found:
                break
        if found:
            items.append(found)
            for k in range(found.start, found.end):
                used[k] = True
            i = found.end
        else:
            i += 1

    # The vocabulary: countries, groups, minerals, stages, instruments, statuses.
    table = _phrases()
    i = 0
    while i < len(words):
        if used[i]:
            i += 1
            continue
        for size in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            key = tuple(words[i : i + size])
            if any(used[i : i + size]) or key not in table:
                continue
            kind, value = table[key]
            items.append(_Item(kind, value, i, i + size, demonym=_is_demonym(key)))
            for k in range(i, i + size):
                used[k] = True
            i += size
            break
        else:
            if words[i] == "us" and (upper_us or (i > 0 and words[i - 1] == "the")):
                items.append(_Item("country", "US", i, i + 1))
                used[i] = True
            elif (
                len(original) > 0
                and words[i].upper() not in _AMBIGUOUS_CODES
                and len(words[i]) == 2
                and words[i].upper() in {o for o in original if o.isupper() and len(o) == 2}
                and pycountry.countries.get(alpha_2=words[i].upper()) is not None
            ):
                items.append(_Item("country", words[i].upper(), i, i + 1))
                used[i] = True
            i += 1

    # A partial name: leftover words that all belong to one project or initiative's name.
    i = 0
    while i < len(words):
        if used[i] or words[i] in _COMMON or words[i] not in names.name_words:
            i += 1
            continue
        j = i
        while j < len(words) and not used[j] and words[j] in names.name_words and words[j] not in _STOP:
            j += 1
        partial = _partial(names, tuple(words[i:j]))
        if partial:
            items.append(_Item(partial[0], partial[1], i, j))
            for k in range(i, j):
                used[k] = True
        i = max(j, i + 1)

    meaning = _MEANING
    unknown = tuple(
        w
        for w, u in zip(words, used, strict=True)
        if not u and w not in _COMMON and w not in meaning and not w.isdigit()
    )
    if unknown:
        return Reading("unreadable", unknown=unknown, text=raw)
    free = {w for w, u in zip(words, used, strict=True) if not u}
    if repaired and not (free & _CUES) and all(set(range(it.start, it.end)) <= repaired for it in items):
        # Everything it read came from guessing at typos, and nothing asks: too thin to answer.
        return Reading("unreadable", unknown=tuple(typed[k] for k in sorted(repaired)), text=raw)
    return _interpret(words, used, items, filters, raw)


def _is_period(words: list[str], at: int) -> bool:
    w = words[at]
    return bool(
        re.fullmatch(r"(19|20)\d\d|\d{4}-\d{2}-\d{2}|q[1-4]", w)
        or w in _MONTHS
        or (w.isdigit() and at + 1 < len(words) and words[at + 1] in _MONTHS)
        or (w in ("this", "last", "past", "the"))
    )


def _standalone_date(words: list[str], at: int) -> bool:
    """A date without a preposition: "last week", "this year", "yesterday", "2024"."""
    w = words[at]
    return w in ("this", "last", "past", "previous", "today", "yesterday", "ytd", "current") or bool(
        re.fullmatch(r"(19|20)\d\d|q[1-4]", w)
    )


def _is_demonym(key: tuple[str, ...]) -> bool:
    text = " ".join(key)
    return text in vocab.COUNTRY_ALIASES and text.endswith(("an", "ese", "ish", "ch", "i", "ic", "ss"))


def _partial(names: KnownNames, words: tuple[str, ...]) -> tuple[str, str] | None:
    """The one name containing all these words, in order; None when none or several do."""
    if not words:
        return None
    # The rarest word's short list holds every candidate; a word in too many names, none.
    lists = [names.by_word.get(w, ()) for w in words]
    shortest = min(lists, key=len)
    if not shortest or len(shortest) > _SHORTLIST:
        return None
    found = {(kind, name) for kind, name, key in shortest if _contains(key, words)}
    return found.pop() if len(found) == 1 else None


def _contains(key: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(key[k : k + n] == words for k in range(len(key) - n + 1))


def _interpret(
    words: list[str], used: list[bool], items: list[_Item], filters: dict[str, str], raw: str
) -> Reading:
    free = {w for w, u in zip(words, used, strict=True) if not u}
    has = free.__contains__
    chart = bool(free & _CHART)
    project_noun = bool(free & _PROJECT_NOUNS)
    commitment_noun = bool(free & _COMMITMENT_NOUNS) or any(
        k == "instrument" for k in (it.kind for it in items)
    )
    projects_subject = (
        project_noun
        and not commitment_noun
        and not (free & {"committed", "pledged", "invested", "put", "spent"})
    )

    # Grouping: "by country", "per mineral", "top 5 countries", "which countries".
    grouping = None
    for k, w in enumerate(words):
        if used[k] or w not in _GROUPING_WORDS:
            continue
        before = words[k - 1] if k else ""
        if (
            before in ("by", "per", "each", "every")
            or (before == "down" and k > 1)
            or before.isdigit()
            or before in _NUMBER_WORDS
            or before in _RANK
            or before in ("which", "what")
        ):
            grouping = _GROUPING_WORDS[w]
            break
        if k + 1 < len(words) and words[k + 1] in ("breakdown", "split"):
            grouping = _GROUPING_WORDS[w]
            break
    if grouping is None and has("breakdown"):
        return Reading("unreadable", unknown=("breakdown by what",), text=raw)

    limit = None
    for k, w in enumerate(words):
        if w in ("top", "biggest", "largest", "highest") and k + 1 < len(words):
            nxt = words[k + 1]
            if nxt.isdigit() and 0 < int(nxt) <= 100:
                limit = int(nxt)
            elif nxt in _NUMBER_WORDS:
                limit = _NUMBER_WORDS[nxt]

    countries = [it for it in items if it.kind == "country"]
    minerals = [it.value for it in items if it.kind == "mineral"]
    for kind in ("stage", "instrument", "cstatus", "pstatus", "project", "initiative"):
        values = list(dict.fromkeys(it.value for it in items if it.kind == kind))
        if len(values) > 1:
            return Reading("unreadable", unknown=(f"several {kind}s",), text=raw)
        if values:
            key = {"cstatus": "status", "pstatus": "status"}.get(kind, kind)
            filters[key] = values[0]
    if any(it.kind == "pstatus" for it in items) and any(it.kind == "cstatus" for it in items):
        return Reading("unreadable", unknown=("status",), text=raw)
    if any(it.kind == "pstatus" for it in items):
        projects_subject = True

    comparing = bool(free & _COMPARE)
    actors: list[str] = []
    places: list[str] = []
    backers: list[str] = []
    for it in countries:
        before = _word_before(words, it.start)
        after = words[it.end] if it.end < len(words) else ""
        after2 = words[it.end + 1] if it.end + 1 < len(words) else ""
        located = before in _PLACE_PREPS or (
            it.demonym and (after in _PROJECT_NOUNS or (after2 in _PROJECT_NOUNS and _item_at(items, it.end)))
        )
        if projects_subject and before == "by":
            backers.append(it.value)
        elif projects_subject or located:
            places.append(it.value)
        else:
            actors.append(it.value)
    actors = list(dict.fromkeys(actors))
    places = list(dict.fromkeys(places))
    minerals = list(dict.fromkeys(minerals))

    if comparing or (len(actors) > 1 and not projects_subject):
        if len(actors) >= 2:
            filters["country"] = ",".join(actors)
            _place(filters, places, projects_subject=False)
            if len(minerals) > 1:
                return Reading("unreadable", unknown=("several minerals",), text=raw)
            if minerals:
                filters["mineral"] = minerals[0]
            return Reading("compare", filters, "country", chart=chart, text=raw)
        if len(minerals) >= 2:
            filters["mineral"] = ",".join(minerals)
            if actors:
                filters["country"] = actors[0]
            _place(filters, places, projects_subject=False)
            return Reading("compare", filters, "mineral", chart=chart, text=raw)
        return Reading("unreadable", unknown=("what to compare",), text=raw)
    if len(minerals) > 1 or len(places) > 1 or len(backers) > 1:
        return Reading("unreadable", unknown=("several values",), text=raw)
    if minerals:
        filters["mineral"] = minerals[0]
    if actors:
        filters["country"] = actors[0]
    if backers:
        filters["backer"] = backers[0]
    _place(filters, places, projects_subject=projects_subject)

    if "where" in filters and filters["where"] in GROUPS or filters.get("country", "").startswith(","):
        return Reading("unreadable", unknown=("a group as a place",), text=raw)
    changing = bool(free & _CHANGE) or (has("status") and "project" in filters and grouping is None)
    if changing and "project" in filters:
        return Reading("timeline", filters, text=raw)
    quiet = not (free & _RANK or free & _COUNT or has("much")) and grouping is None
    if changing and quiet and (has("new") or not projects_subject):
        kept = ("since", "until", "mineral", "stage", "country", "where", "instrument", "initiative")
        return Reading("changes", _only(filters, *kept), text=raw)
    backing = free & {
        "backs",
        "back",
        "backed",
        "backing",
        "funds",
        "funding",
        "funded",
        "supports",
        "support",
    }
    if (free & _WHO or (has("which") and grouping == "country" and not free & _RANK)) and (
        backing or not projects_subject
    ):
        if not set(filters) - {"since", "until", "country"}:
            return Reading("unreadable", unknown=("who, of what",), text=raw)  # "who are you"
        return Reading("who", filters, text=raw, chart=chart)
    if free & _RANK and not (has("most") and has("recent")):
        if projects_subject and grouping is None:
            return Reading("unreadable", unknown=("biggest projects",), text=raw)
        singular = any(w in ("commitment", "pledge", "deal", "investment") for w in free)
        return Reading(
            "rank",
            filters,
            grouping,
            limit if limit else (1 if singular and grouping is None else None),
            chart,
            text=raw,
        )
    if grouping is not None:
        return Reading("breakdown", filters, grouping, chart=chart, text=raw)
    if chart:
        return Reading("unreadable", unknown=("a chart of what",), text=raw)
    if free & _COUNT and (has("many") or has("number") or has("count")):
        return Reading("count_projects" if projects_subject else "count_commitments", filters, text=raw)
    if free & _TOTAL or (has("money") and not free & _LIST):
        if projects_subject and not has("money") and not has("much"):
            return Reading("count_projects", filters, text=raw)
        if not filters and not (free & _ACTIONS or commitment_noun or free & {"total", "sum", "overall"}):
            return Reading("unreadable", unknown=("how much of what",), text=raw)  # "how much?"
        return Reading("total", _commitment_filters(filters), text=raw)
    if free & _LIST or filters or project_noun or commitment_noun or free & {"there", "are"}:
        if not filters and not project_noun and not commitment_noun:
            return Reading("unreadable", unknown=tuple(sorted(free - _STOP))[:3] or ("a subject",), text=raw)
        asks = words[0] in ("what", "where", "when", "why", "is", "are", "does", "do", "was")
        if asks and not (project_noun or commitment_noun or free & _ACTIONS or free & {"any", "anything"}):
            return Reading("unreadable", unknown=("what about it",), text=raw)  # "what is graphite"
        if projects_subject:
            return Reading("list_projects", filters, text=raw)
        return Reading("list_commitments", _commitment_filters(filters), text=raw)
    return Reading("unreadable", unknown=("a question",), text=raw)


def _commitment_filters(filters: dict[str, str]) -> dict[str, str]:
    if "backer" in filters:
        filters = dict(filters)
        filters["country"] = filters.pop("backer")
    return filters


def _only(filters: dict[str, str], *keys: str) -> dict[str, str]:
    return {k: v for k, v in filters.items() if k in keys}


def _place(filters: dict[str, str], places: list[str], *, projects_subject: bool) -> None:
    if places:
        filters["country" if projects_subject else "where"] = places[0]


def _word_before(words: list[str], start: int) -> str:
    k = start - 1
    while k >= 0 and words[k] in ("the", "a"):
        k -= 1
    return words[k] if k >= 0 else ""


def _item_at(items: list[_Item], start: int) -> bool:
    return any(it.start == start and it.kind in ("mineral", "stage") for it in items)


_QUESTION_STARTS = {
    "how", "what", "which", "who", "whose", "whom", "where", "when", "any", "anything", "are", "is",
    "has", "have", "did", "does", "do", "list", "show", "compare", "chart", "plot", "graph", "total",
    "top", "biggest", "largest", "tell", "give", "breakdown", "break", "number", "count", "sum",
}  # fmt: skip


def looks_like_question(text: str) -> bool:
    """A message that asks rather than tells: ends with "?" or starts like a question."""
    t = text.strip()
    if t.endswith("?"):
        return True
    words = tokens(t)
    return bool(words) and words[0] in _QUESTION_STARTS
