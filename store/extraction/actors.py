"""Who is named in a sentence: countries, demonyms, capitals, known organisations and companies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from store import vocab
from store.extraction.bank_registry import registry_country
from store.extraction.cues import COMMIT_VERB
from store.extraction.known_actors import (
    CAPITAL_METONYMS,
    EXCHANGE_COUNTRIES,
    EXTRA_COUNTRIES,
    KNOWN_ORGANISATIONS,
    ORGANISATIONS_BY_NAME,
    leader_after_and,
    leader_names,
    leader_short_forms,
)
from store.extraction.minerals import mineral_table
from store.extraction.names import INITIATIVE_HEADS, MODIFIER_STOPS, PROJECT_HEADS
from store.extraction.text import (
    NAME_ABBREVIATIONS,
    Token,
    capitalised,
    name_run,
    phrase_key,
    tokenize,
    word_set,
)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # "country" or "org"
    value: str  # ISO code or short organisation name
    country: str | None
    exact: tuple[str, ...]  # spellings an acronym must match (empty: any capitalised form)
    capitalised: bool = False  # also any capitalised form ("Thyssenkrupp" beside "thyssenkrupp")
    # Another organisation spelt the same but for case: "KIA" (Kuwait) beside "Kia" (the automaker).
    other: _Entry | None = None
    # Which words after the first a name writes with a capital: "Australian vanadium" is not
    # the company Australian Vanadium.
    capitals: tuple[bool, ...] = ()


@dataclass(slots=True)
class Mention:
    """A country or organisation named in a sentence, by token index and character offset."""

    first: int  # token indexes [first, last)
    last: int
    start: int  # character offsets in the sentence
    end: int
    text: str
    kind: str  # "country", "org" or "name" (an organisation we do not know)
    value: str
    country: str | None
    possessive: bool = False
    adjective: bool = False  # "German", "Japanese": describes rather than names


def _is_acronym(alias: str) -> bool:
    return " " not in alias and (len(alias) <= 6 or alias != alias.capitalize())


@lru_cache(maxsize=1)
def _entity_table() -> tuple[dict[str, _Entry], int]:
    table: dict[str, _Entry] = {}

    def add(name: str, entry: _Entry) -> None:
        words = [t.text for t in tokenize(name)]
        if not words:
            return
        key = phrase_key(words)
        had = table.get(key)
        if had is None:
            table[key] = entry
        elif had.value == entry.value and had.exact and entry.exact:  # "DOD" and "DoD"
            table[key] = _Entry(had.kind, had.value, had.country, had.exact + entry.exact, had.capitalised)
        elif had.value == entry.value and (had.exact or entry.exact):  # "Thyssenkrupp", "thyssenkrupp"
            table[key] = _Entry(had.kind, had.value, had.country, had.exact + entry.exact, True)
        elif had.kind == entry.kind == "org" and had.exact and entry.exact and had.other is None:
            # Two organisations whose names differ only in case: each matches only its own spelling.
            table[key] = _Entry(had.kind, had.value, had.country, had.exact, had.capitalised, entry)

    for short, country, aliases in KNOWN_ORGANISATIONS:
        for alias in aliases:
            exact = (alias,) if _is_acronym(alias) else ()
            capitals = () if exact else tuple(t.text[:1].isupper() for t in tokenize(alias)[1:])
            add(alias, _Entry("org", short, country, exact, capitals=capitals))
            if " and " in alias:  # "Mitsui Mining and Smelting" is also written with "&"
                add(alias.replace(" and ", " & "), _Entry("org", short, country, exact, capitals=capitals))
    for alias, code in {**vocab.COUNTRY_ALIASES, **EXTRA_COUNTRIES}.items():
        if len(alias) <= 3 and "." not in alias and "-" not in alias:
            add(alias, _Entry("country", code, code, (alias.upper(),)))
        else:
            add(alias, _Entry("country", code, code, ()))
    add("G7", _Entry("country", "G7", "G7", ("G7",)))
    for record in pycountry.countries:
        code = str(record.alpha_2)
        for attr in ("name", "common_name", "official_name"):
            name = getattr(record, attr, None)
            if name:
                add(name.replace(",", ""), _Entry("country", code, code, ()))
    for capital, code in CAPITAL_METONYMS.items():
        add(capital, _Entry("country", code, code, ()))
    for leader, code in leader_names().items():  # "President Macron" speaks for France
        add(leader, _Entry("country", code, code, ()))
    longest = max(len(k.split()) for k in table)
    return table, longest


def company_country(name: str) -> str | None:
    """The country of a known company as written in capitals ("Renault", "Hyundai Motor"); None
    for lenders and funds (a bank's arm may sit anywhere) and multilateral bodies."""
    words = [t.text for t in tokenize(name)]
    entry = _entity_table()[0].get(phrase_key(words))
    if entry is None or entry.kind != "org" or _cased_entry(tokenize(name), entry) is None:
        return None
    org = ORGANISATIONS_BY_NAME.get(entry.value)
    if org is None or org.kind in {"bank", "fund", "development-bank", "multilateral", "export-credit"}:
        return None
    return entry.country or None


def country_named(name: str) -> str | None:
    """The country a name, adjective or capital stands for ("Canada", "Canadian", "UK", "Tokyo")."""
    entry = _entity_table()[0].get(phrase_key(t.text for t in tokenize(name)))
    return entry.value if entry is not None and entry.kind == "country" and entry.value != "G7" else None


@lru_cache(maxsize=1)
def _name_lengths() -> dict[str, tuple[int, ...]]:
    """The word counts of the table's names by their first word, longest first: a sentence's
    word is looked up only at the lengths of the names it can start."""
    lengths: dict[str, set[int]] = {}
    for key in _entity_table()[0]:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()}


@lru_cache(maxsize=1)
def _possessive_name_keys() -> frozenset[str]:
    """Names written with a possessive inside ("Ontario Teachers' Pension Plan"): only these
    may run on past a possessive word."""
    return frozenset(
        phrase_key(t.text for t in tokenize(alias))
        for _short, _country, aliases in KNOWN_ORGANISATIONS
        for alias in aliases
        if "'" in alias.rstrip("'")
    )


@lru_cache(maxsize=1)
def _first_word_aliases() -> frozenset[str]:
    """One-word names written as words, not acronyms ("Sumitomo" for Sumitomo Corporation,
    "Glencore"): the same word can start another company's name ("Sumitomo Electric")."""
    return frozenset(
        alias.lower()
        for _short, _country, aliases in KNOWN_ORGANISATIONS
        for alias in aliases
        if " " not in alias and len(alias) > 3 and alias[1:].islower() and alias[:1].isupper()
    )


# Capitalised words that may follow a company's first word without making another name:
# titles, and small words a headline capitalises ("Sumitomo To Invest").
_AFTER_FIRST_WORD = word_set("""ceo cfo chief chair chairman chairwoman president executive
spokesman head boss spokeswoman said says will to has have is was in on at for of and with group holdings
international global ag sa nv se gmbh llc asa ab oyj spa bv pte bhd tbk pty co""")


def _longer_unknown_name(tokens: list[Token], i: int) -> bool:
    """Whether a known organisation's first word ("Sumitomo") starts a longer capitalised name
    the table does not know ("Sumitomo Electric"): another company, not the known one."""
    word = tokens[i]
    if (
        word.possessive
        or not word.text[1:].islower()
        or word.lower not in _first_word_aliases()
        or i + 1 >= len(tokens)
    ):
        return False
    nxt = tokens[i + 1]
    return (
        capitalised(nxt)
        and nxt.start - tokens[i].end == 1
        and nxt.lower not in _AFTER_FIRST_WORD
        and nxt.lower not in _CORPORATE_WORDS
        and nxt.lower not in SUBJECT_VERBS  # a title-case headline: "Glencore Signs Cobalt Deal"
        and not COMMIT_VERB.fullmatch(nxt.lower)
        and not _arm_in_country(word, nxt)
    )


def _arm_in_country(word: Token, nxt: Token) -> bool:
    """Whether a company's one-word name is followed by a country's ("Santander UK"): its arm
    there (`_country_arm`), not another company's longer name."""
    entry = _entity_table()[0].get(word.lower)
    org = ORGANISATIONS_BY_NAME.get(entry.value) if entry is not None and entry.kind == "org" else None
    return org is not None and org.kind in _ARM_KINDS and country_named(nxt.text) is not None


@lru_cache(maxsize=1)
def _adjective_keys() -> frozenset[str]:
    """Lower-case country adjectives ("german"), as opposed to names ("germany")."""
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(country, attr, None):
                names.add(getattr(country, attr).lower())
    return frozenset(
        k
        for k in vocab.COUNTRY_ALIASES
        if k not in names
        and len(k) > 3
        and k
        not in {
            "america",
            "britain",
            "great britain",
            "united states",
            "south korea",
            "taiwan",
            "vietnam",
            "russia",
            "new zealand",
            "european union",
            "méxico",
        }
    )


@lru_cache(maxsize=1)
def _lower_case_starts() -> frozenset[str]:
    """First words of names written in lower case on purpose ("ioneer", "thyssenkrupp"): a
    lower-case word is looked up only if a name starts with it."""
    return frozenset(
        alias.split()[0]
        for entry in _entity_table()[0].values()
        for alias in entry.exact
        if alias[:1].islower()
    )


def _cased_entry(words: list[Token], entry: _Entry) -> _Entry | None:
    """The entry the words name as written, or None: where two organisations differ only in case,
    each spelling names its own."""
    if entry.other is None:
        return entry if _matches_case(words, entry) else None
    written = " ".join(t.text for t in words)
    for candidate in (entry, entry.other):
        if written in candidate.exact:
            return candidate
    return None


def _matches_case(words: list[Token], entry: _Entry) -> bool:
    written = " ".join(t.text for t in words)
    if entry.exact:
        if written in entry.exact or (written.isupper() and len(written) > 1):
            return True
        return entry.capitalised and words[0].text[:1].isupper()
    if any(cap and w.text[:1].islower() for cap, w in zip(entry.capitals, words[1:], strict=False)):
        return False
    return words[0].text[:1].isupper() or words[0].text[:1].isdigit()  # "29Metals", "5N Plus"


# Asides chatter opens with before its subject ("fyi", "btw", "fwd")
_CHATTER_OPENERS = word_set("""fyi btw fwd fw ps psa""")


# Openers chatter puts before its subject: an aside, a heads-up, a day ("on monday nmdc said")
_OPENER_PAIRS = frozenset({("heads", "up"), ("this", "morning"), ("earlier", "today")})
_OPENER_DAYS = word_set("""monday tuesday wednesday thursday friday mon tue tues wed thu thurs fri""")
# (and chat fillers: "lol ok so sk on is buying")
_OPENER_WORDS = _CHATTER_OPENERS | word_set("""yesterday today lol lmao haha ok okay so oh hey wow whoa omg
fwiw welp""")
# The verb right after a small-typed acronym that makes it the subject
_LOWER_SUBJECT_VERB = re.compile(
    r" (?:said|says|will|to|is|has|had|(?:agree|sign|lend|grant|invest|back|buy|award|provide|commit"
    r"|pledge|take|sanction|fund|approve|extend|guarantee)(?:s|ed|ing)?|agreed|lent|took|bought)\b"
)


def _after_chatter_opener(tokens: list[Token]) -> int:
    """The index of the first token after the asides, heads-ups and days opening a chatter
    message typed without capitals ("heads up: aktia lends", "on monday nmdc said")."""
    k = 0
    while k < len(tokens) and tokens[k].text[:1].islower():
        pair = (tokens[k].lower, tokens[k + 1].lower) if k + 1 < len(tokens) else None
        if pair in _OPENER_PAIRS or (pair and pair[0] == "on" and pair[1] in _OPENER_DAYS):
            k += 2
        elif tokens[k].lower in _OPENER_WORDS:
            k += 1
        else:
            break
    return k


def known_mentions(tokens: list[Token], sentence: str) -> list[Mention]:
    """Countries, capitals and known organisations in a sentence, the longest name at each word."""
    table = _entity_table()[0]
    lengths = _name_lengths()
    lower_case_starts = _lower_case_starts()
    found: list[Mention] = []
    # Chatter typed without capitals ("wesfarmers to spend $150m", "kasikornbank and krungthai
    # bank jointly lending"): a known name opening it (and one joined to it by "and") is read
    # in any case; elsewhere in the sentence lower-case words stay words.
    opened = _after_chatter_opener(tokens)  # "fyi caixa rural galega lending": the name after the aside
    lower_subjects = {opened} if opened < len(tokens) and tokens[opened].text[:1].islower() else set()
    i = 0
    while i < len(tokens):
        first = tokens[i].text[:1]
        if (
            not (first.isupper() or first.isdigit())
            and tokens[i].text not in lower_case_starts
            and i not in lower_subjects
        ):
            i += 1
            continue
        if (
            i > 0
            and tokens[i - 1].lower in EXCHANGE_COUNTRIES
            and sentence[tokens[i - 1].end : tokens[i].start].strip() == ":"
        ):
            i += 1  # "(TSX-V: BGR)": a ticker, not the agency of that name
            continue
        hit = None
        for n in lengths.get(tokens[i].lower, ()):
            if n > len(tokens) - i:
                continue
            words = tokens[i : i + n]
            if any(w.possessive for w in words[:-1]) and phrase_key(w.text for w in words) not in (
                _possessive_name_keys()
            ):
                continue
            entry = table.get(phrase_key(w.text for w in words))
            if entry is None:
                continue
            cased = _cased_entry(words, entry)
            # an acronym typed small ("finep grants", "nmdc said") only before its verb: a
            # short name may be a word ("intel: ...", "vale of ...")
            if (
                cased is None
                and i in lower_subjects
                and entry.kind == "org"
                and (not entry.exact or _LOWER_SUBJECT_VERB.match(sentence, words[-1].end))
            ):
                cased = entry
            if cased is not None:
                hit = (n, cased)
                break
        if hit is None or (hit[0] == 1 and _longer_unknown_name(tokens, i)):
            i += 1
            continue
        n, entry = hit
        if i in lower_subjects and i + n + 1 < len(tokens) and tokens[i + n].lower == "and":
            lower_subjects.add(i + n + 1)
        if entry.kind == "org" and _inside_body_title(tokens, i):
            i += n  # "Ministry of Energy and Mineral Resources": not the miner Mineral Resources
            continue
        if (
            entry.kind == "org"
            and i + n < len(tokens)
            and not tokens[i + n - 1].possessive
            and tokens[i + n].text in _FULL_NAME_WORDS
            and sentence[tokens[i + n - 1].end : tokens[i + n].start] == " "
        ):
            n += 1  # "Cobalt Blue Holdings", "Dowa Holdings": the company as the text writes it
            if (
                i + n + 1 < len(tokens)
                and tokens[i + n].text in {"&", "and"}
                and tokens[i + n + 1].text in _FULL_NAME_WORDS | _SECOND_TRADE_WORDS
                and not tokens[i + n - 1].possessive
                and sentence[tokens[i + n - 1].end : tokens[i + n + 1].start] == f" {tokens[i + n].text} "
            ):
                n += 2  # "Dowa Metals & Mining", "Kestrel Mining and Smelting": two trades, one name
        last = tokens[i + n - 1]
        end = last.end
        if last.lower in NAME_ABBREVIATIONS and sentence[end : end + 1] == "." and n > 1:
            end += 1  # "Furukawa Co.": the name as written, its period with it
        text = sentence[tokens[i].start : end]
        second = _second_leader(tokens, i + n) if _plural_title(tokens, i) else None
        adjective = entry.kind == "country" and text.lower() in _adjective_keys()
        found.append(
            Mention(
                i,
                i + n,
                tokens[i].start,
                end,
                text,
                entry.kind,
                entry.value,
                entry.country,
                last.possessive,
                adjective,
            )
        )
        i += n
        if second is not None:
            found.append(second)
            i = second.last
    return found


# Words a company's full name adds to the name the table knows it by (not a legal form
# such as "Ltd" or "Corp", which the corpus leaves out of a name).
# (and a trade a group's company is named for: "Shin-Etsu Magnetics", "Serra Verde Minerais")
_FULL_NAME_WORDS = frozenset(
    {"Holdings", "Corporation", "Group", "Resources", "Company"}
    | {"Minerals", "Mining", "Metals", "Materials", "Magnetics", "Minerais", "Minerales", "Chemicals"}
)
_SECOND_TRADE_WORDS = frozenset({"Smelting", "Refining", "Industries", "Engineering", "Exploration"})
_BODY_TITLES = word_set("""ministry department office agency bureau commission council institute""")
_TITLE_JOINS = word_set("""of and for the""")


def _inside_body_title(tokens: list[Token], i: int) -> bool:
    """Whether the name at token i ends a public body's longer title ("Ministry of Energy and
    Mineral Resources"): capitalised words and "of"/"and" back to "Ministry of"."""
    if i < 2 or tokens[i - 1].lower not in _TITLE_JOINS:
        return False
    for k in range(i - 1, max(-1, i - 7), -1):
        word = tokens[k]
        if word.lower in _BODY_TITLES and word.text[:1].isupper():
            return k + 1 < i and tokens[k + 1].lower in {"of", "for"}
        if word.lower not in _TITLE_JOINS and not word.text[:1].isupper():
            return False
    return False


# "Presidents Macron and Lula", "Prime Ministers Albanese and Takaichi": two leaders, one title.
_PLURAL_TITLES = frozenset({"presidents", "chancellors", "premiers"})
_SECOND_LEADERS = leader_after_and()


def _plural_title(tokens: list[Token], i: int) -> bool:
    word = tokens[i].lower
    return word in _PLURAL_TITLES or (
        word == "prime" and i + 1 < len(tokens) and tokens[i + 1].lower == "ministers"
    )


def _second_leader(tokens: list[Token], k: int) -> Mention | None:
    """The leader named after "and" under a plural title, as their country, or None."""
    if k + 1 >= len(tokens) or tokens[k].lower != "and":
        return None
    code = _SECOND_LEADERS.get(tokens[k + 1].text)
    if code is None:
        return None
    t = tokens[k + 1]
    return Mention(k + 1, k + 2, t.start, t.end, t.text, "country", code, code, t.possessive)


_LEADERS_SHORT = leader_short_forms()
# People and offices named after a country adjective are the government, not an organisation.
_TITLES = frozenset(
    {
        "prime",
        "president",
        "minister",
        "chancellor",
        "premier",
        "secretary",
        "ambassador",
        "government",
        "foreign",
        "trade",
        "finance",
        "energy",
        "officials",
        "official",
        "pm",
        "king",
        "queen",
        "state",
        "congress",
        "parliament",
        "cabinet",
        "senate",
        "house",
    }
)
# Verbs that follow their subject: a capitalised name right before one is an actor ("Sojitz agreed";
# "X could... no, it has signed: it will lend": the hedge's subject is the one taken back to).
SUBJECT_VERBS = word_set("""
agreed agrees signed signs will has have had is are was were announced announces approved
approves pledged pledges committed commits said says plans intends took takes bought buys
awarded awards extended extends issued issues launched launches imposed imposes offered
offers lent lends provided provides secured secures received receives won wins shall
sanctioned sanctions invested invests granted grants funded funds guaranteed guarantees
allocated allocates earmarked earmarks injected injects acquired acquires backed backs
unveiled unveils inked inks disbursed disburses finalised finalized
gives gave got gets obtained obtains landed lands puts spends spent adds proposed proposes
could might would should
""")


def _words_run_on(tokens: list[Token], k: int, text: str) -> bool:
    """Whether the lower-case words from token k run on to the next capitalised one with
    nothing but spaces between them."""
    while k + 1 < len(tokens) and not tokens[k].text[:1].isupper():
        if text[tokens[k].end : tokens[k + 1].start].strip():
            return False
        k += 1
    return True


def _describes(tokens: list[Token], k: int) -> bool:
    """A lower-case noun describing the company after it, as descriptor(), or "trading" of a
    trading or investment house, or the "fund" of a pension fund ("Dutch pension fund PMT")."""
    word = tokens[k].lower
    if word in {"trading", "investment"} and k + 1 < len(tokens) and tokens[k + 1].lower in {"house", "firm"}:
        return True
    if word in {"fund", "funds"} and tokens[k - 1].lower == "pension":
        return True
    return descriptor(tokens[k])


# Two consonants that open English words: a small word opened by others is initials ("dfcu")
_ONSETS = word_set("""bl br ch cl cr dr dw fl fr gl gr kn ph pl pr qu sc sh sk sl sm sn sp st sw
th tr tw wh wr""")


def _small_initials(tokens: list[Token], k: int, taken: set[int]) -> bool:
    """Whether the word at k is initials written small before a capitalised name ("Uganda's
    dfcu Bank"), not a word describing it ("Uganda's state bank")."""
    if k + 1 >= len(tokens) or k in taken or k + 1 in taken:
        return False
    word = tokens[k].text
    return (
        2 <= len(word) <= 5
        and word.isalpha()
        and word.islower()
        and word[0] not in "aeiou"
        and word[1] not in "aeiouy"
        and word[:2] not in _ONSETS
        and capitalised(tokens[k + 1])
        and tokens[k + 1].start == tokens[k].end + 1
    )


def descriptor(token: Token) -> bool:
    """A lower-case noun like "carmaker" in "German carmaker BMW"."""
    word = token.lower
    return (
        token.text[:1].islower()
        and word not in MODIFIER_STOPS
        and word not in SUBJECT_VERBS
        and word not in PROJECT_HEADS | INITIATIVE_HEADS
        and not word.endswith(("ed", "ly", "ing"))
        and not COMMIT_VERB.fullmatch(word)
    )


# Words that make "Korea Zinc" or "Australian Strategic Materials" a company, not a country.
_CORPORATE_WORDS = word_set("""zinc nickel lithium graphite cobalt copper uranium rare earth
earths materials minerals mining metals resources energy corp corporation inc ltd limited
group holdings plc company cement steel chemical chemicals electric aluminium aluminum
petroleum glass investment agency authority assurance insurance""")
# Words that make a name with a country in it a lender or fund acting for that country, not the
# government: "Rwanda Development Bank", "Development Bank of Rwanda", "Innovation Fund Norway".
_FINANCE_WORDS = word_set("""bank banco banque fund fondo fonds finance exim eximbank crédit""")
_BANK_NAME_WORDS = word_set("""bank banco banque banca""")
# The small words inside such a name, before the country: "Banco de la Nación Argentina".
_NAME_JOINS = word_set("""of for de do da del du des la""")


def _company_named_for_country(tokens: list[Token], m: Mention, taken: set[int]) -> int:
    """Token index where a company name starting with a country ends, or m.last if none."""
    if m.possessive:
        return m.last
    j = m.last
    while (
        j < len(tokens)
        and j not in taken
        and j - m.last < 5
        and (capitalised(tokens[j]) or tokens[j].text[:1].isdigit() or _joins_name(tokens, j, m.last))
    ):
        j += 1
        if tokens[j - 1].possessive:
            break
    if any(tokens[k].lower in _FINANCE_WORDS | LOCAL_BANK_WORDS for k in range(m.last, j)):
        j = _name_tail(tokens, j, taken)
    if any(tokens[k].lower in _CORPORATE_WORDS | _FINANCE_WORDS | LOCAL_BANK_WORDS for k in range(m.last, j)):
        return j
    return m.last


# "and" in another language, inside a bank's name ("Türkiye Kalkınma ve Yatırım Bankası")
_FOREIGN_ANDS = frozenset({"ve", "und", "y", "et", "e", "i", "og", "och", "en"})


def _joins_name(tokens: list[Token], j: int, start: int) -> bool:
    """Whether token j is a foreign "and" between two capitalised words of one name."""
    return (
        j > start
        and tokens[j].text in _FOREIGN_ANDS
        and j + 1 < len(tokens)
        and capitalised(tokens[j + 1])
        and capitalised(tokens[j - 1])
    )


def _bank_name_with_country(tokens: list[Token], m: Mention, end: int) -> bool:
    """Whether a name with a country's noun inside ends with its bank word: a bank of that
    country ("Regional Australia Bank"). (Not a fund's: "Baillie Gifford Japan Fund" invests
    in Japan.)"""
    last = tokens[end - 1].lower
    return not m.adjective and (last in _BANK_NAME_WORDS or last.endswith("bank"))


def _name_tail(tokens: list[Token], j: int, taken: set[int]) -> int:
    """Where a fund's or bank's name ends that goes on with "for"/"of" ("Uzbek Fund for
    Reconstruction and Development"): after the capitalised words joined to it, or j."""
    if not (j + 1 < len(tokens) and tokens[j].text in {"for", "of"} and not tokens[j - 1].possessive):
        return j
    k = j + 1
    while k < len(tokens) and k - j < 6 and k not in taken:
        joins = tokens[k].text == "and" and k > j + 1 and k + 1 < len(tokens) and capitalised(tokens[k + 1])
        if not (capitalised(tokens[k]) or joins):
            break
        k += 1
    return k if k > j + 1 and capitalised(tokens[k - 1]) else j


# A capitalised word after an elided French or Italian article ("Banque de l'Habitat du Mali")
_ELIDED_NAME_WORD = re.compile(r"[ldLD]['\u2019][A-ZÀ-Ý]")


def _finance_body_before_country(tokens: list[Token], m: Mention, taken: set[int]) -> int:
    """Token index where a lender or fund named with its country at the end starts ("Central
    Bank of Nigeria", "Innovation Fund Norway"), or m.first if the country ends no such name."""
    if m.adjective:
        return m.first
    k = m.first
    while k > 0 and (k - 1) not in taken and m.first - k < 7:
        word = tokens[k - 1]
        elided = _ELIDED_NAME_WORD.match(word.text) is not None
        in_name = (capitalised(word) or elided) and not word.possessive
        # ("Union Bank of the Philippines": "the" after "of")
        the = word.text == "the" and k >= 2 and tokens[k - 2].text == "of"
        if not (in_name or the or (word.lower in _NAME_JOINS and word.text.islower())):
            break
        k -= 1
    while k < m.first and (tokens[k].lower in _NAME_JOINS or tokens[k].lower in _NAME_STARTS_NOT):
        k += 1  # "The Development Bank of Rwanda": the name starts after "The"
    if any(
        tokens[i].lower in _FINANCE_WORDS | _AGENCY_WORDS or tokens[i].lower.endswith("bank")
        for i in range(k, m.first)
    ):
        return k
    if k < m.first - 1 and tokens[m.first - 1].lower in _CORPORATE_WORDS:
        return k  # "Bor Metals Serbia", "Lynas Rare Earths Malaysia": a company's arm there
    return m.first


# Words of a public agency or company named with its country at the end ("Enterprise Ireland",
# "Business Finland", "Minerals Development Company Botswana"); compound bank words count as
# "bank" ("Investitionsbank Berlin").
_AGENCY_WORDS = word_set("""enterprise business innovation invest development company corporation
council agency authority""")


# ("Banque Populaire du Maroc", "Banco do Brasil": the same words in French and Portuguese)
_OF_COUNTRY = re.compile(r"\s+(?:(?:of|du|de|do|da)\s+(?:the\s+)?)?")


def _foreign_namesake(m: Mention, nxt: Mention, text: str) -> bool:
    """Whether a known lender's name is followed by another country's, making a bank of that
    country ("EXIM Bank Malaysia", "Export-Import Bank of Egypt")."""
    return (
        not nxt.adjective
        and not m.possessive
        and m.country is not None
        and m.country != nxt.value
        and _OF_COUNTRY.fullmatch(text, m.end, nxt.start) is not None
        and any(word in _FINANCE_WORDS for word in m.text.lower().replace("-", " ").split())
    )


_ARM_KINDS = frozenset(
    {"bank", "miner", "refiner", "automaker", "battery-maker", "trading-house", "energy-company"}
)


# Between a company's name and its arm's country: a space, or its bank word written in the
# country's language ("OTP Banka Srbija": OTP Bank's arm in Serbia)
_ARM_GAP = re.compile(r" (?:[Bb]an(?:ka|ca|co|que|k) )?")


def _country_arm(m: Mention, nxt: Mention, text: str) -> bool:
    """Whether a company's name is written right before another country's ("Santander UK")."""
    org = ORGANISATIONS_BY_NAME.get(m.value)
    return (
        org is not None
        and org.kind in _ARM_KINDS
        and not m.possessive
        and not nxt.adjective
        and (m.country != nxt.value or org.kind == "bank")  # ("Luminor Bank Estonia")
        and _ARM_GAP.fullmatch(text, m.end, nxt.start) is not None
        # ("NSIA Banque Côte d'Ivoire": a bank's arm in a country of several words)
        and (nxt.last - nxt.first == 1 or nxt.text.isupper() or org.kind == "bank")
    )


def _unknown_acronym_before(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """The token of an unknown capitals-only word written right before a country's name and
    starting a name ("FNB" in "FNB Botswana"), or m.first."""
    k = m.first - 1
    if k < 0 or k in taken or text[tokens[k].end : m.start] != " ":
        return m.first
    word = tokens[k].text
    if (
        not (3 <= len(word) <= 5 and word.isalpha() and word.isupper())
        or tokens[k].lower in _NOT_NAME_ACRONYMS
    ):
        return m.first
    if k > 0 and capitalised(tokens[k - 1]) and not text[tokens[k - 1].end : tokens[k].start].strip():
        return m.first
    return k


# Capitalised words that start a sentence rather than a name.
def _name_words_before(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """Where a company name with a country word inside starts: "Pan" in "Pan American Energy",
    the capitalised words right before the country (at most two), or m.first."""
    k = m.first
    while (
        k > 0
        and m.first - k < 2
        and (k - 1) not in taken
        and capitalised(tokens[k - 1])
        and not tokens[k - 1].possessive
        and tokens[k - 1].lower not in _NAME_STARTS_NOT
        and tokens[k - 1].lower not in SUBJECT_VERBS
        and not text[tokens[k - 1].end : tokens[k].start].strip()
    ):
        k -= 1
    return k


_NAME_STARTS_NOT = word_set("""the a an this its their yesterday today meanwhile separately also
earlier later in on at by for with from to and""")


_ADJACENT = re.compile(r"(?:'s?)?\s*")


def with_adjacent_names(
    tokens: list[Token], mentions: list[Mention], text: str, blocked: set[int]
) -> list[Mention]:
    """Fold "Japan's JOGMEC", "Korea Zinc" and "German carmaker BMW" into one organisation."""
    taken = {i for m in mentions for i in range(m.first, m.last)} | blocked
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind == "country" and m.last - m.first == 1 and _in_region_name(tokens, m.first):
            i += 1  # "British Columbia", "New South Wales": a province or state, no country
            continue
        # Next to each other, not across a comma or colon ("After talks in Jakarta, Ford took").
        adjacent_org = (
            nxt is not None
            and nxt.first == m.last
            and nxt.kind == "org"
            and _ADJACENT.fullmatch(text[m.end : nxt.start]) is not None
        )
        if m.kind == "country" and adjacent_org and nxt is not None:
            merged = Mention(
                m.first, nxt.last, nxt.start, nxt.end, nxt.text, "org", nxt.value, nxt.country, nxt.possessive
            )
            if nxt.country != m.value:  # "Korea Exim", "China Exim": a different bank
                merged.start = m.start
                merged.value = merged.text = text[m.start : nxt.end]
                merged.country = m.value
            out.append(merged)
            i += 2
            continue
        if m.kind == "org" and m.possessive and adjacent_org and nxt is not None:
            # "the Pentagon's Office of Strategic Capital": the part is the actor.
            out.append(
                Mention(
                    m.first,
                    nxt.last,
                    nxt.start,
                    nxt.end,
                    nxt.text,
                    "org",
                    nxt.value,
                    nxt.country or m.country,
                    nxt.possessive,
                )
            )
            i += 2
            continue
        if nxt is not None and nxt.kind == "country" and m.kind == "org" and _country_arm(m, nxt, text):
            # "Santander UK", "Glencore Australia": the company's arm in that country
            first = m.first
            if (
                first > 0
                and first - 1 not in taken
                and tokens[first - 1].lower in _FINANCE_WORDS
                and tokens[first - 1].text[:1].isupper()
                and text[tokens[first - 1].end : m.start] == " "
            ):
                first -= 1  # "Banco Itaú Chile": the bank word the arm's name opens with
            start = tokens[first].start
            name = text[start : nxt.end]
            out.append(
                Mention(first, nxt.last, start, nxt.end, name, "name", name, nxt.value, nxt.possessive)
            )
            taken.update(range(first, m.first))
            i += 2
            continue
        if (
            m.kind == "country"
            and not m.adjective
            and (start := _unknown_acronym_before(tokens, m, taken, text)) < m.first
        ):
            # "FNB Botswana", "CRDB Burundi": a lender we do not know, of the country named after it
            name = text[tokens[start].start : m.end]
            out.append(
                Mention(start, m.last, tokens[start].start, m.end, name, "name", name, m.value, m.possessive)
            )
            taken.add(start)
            i += 1
            continue
        if nxt is not None and nxt.kind == "country" and m.kind == "org" and _foreign_namesake(m, nxt, text):
            # "EXIM Bank Malaysia", "the Export-Import Bank of Egypt": that country's own bank,
            # not the American one the table knows by the first words
            name = text[m.start : nxt.end]
            bank = Mention(m.first, nxt.last, m.start, nxt.end, name, "name", name, nxt.value, nxt.possessive)
            out.append(bank)
            i += 2
            continue
        if m.kind == "country" and (start := _name_before_bracket(tokens, m, taken, text)) < m.first:
            # "Kaspi (Kazakhstan) lends": a company we do not know, its country in brackets
            end = m.first
            name = text[tokens[start].start : tokens[end - 1].end]
            at = tokens[start].start
            out.append(Mention(start, end, at, tokens[end - 1].end, name, "name", name, m.value))
            taken.update(range(start, end))
            i += 1
            continue
        if (
            m.kind == "country"
            and m.first > 0
            and (m.first - 1) not in taken
            and (start := _finance_body_before_country(tokens, m, taken)) < m.first
        ):
            name = text[tokens[start].start : m.end]
            out.append(
                Mention(start, m.last, tokens[start].start, m.end, name, "name", name, m.value, m.possessive)
            )
            taken.update(range(start, m.first))
            i += 1
            continue
        if m.kind == "country":
            company_end = _company_named_for_country(tokens, m, taken)
            if company_end > m.last:
                start = _name_words_before(tokens, m, taken, text)
                name = text[tokens[start].start : tokens[company_end - 1].end]
                out.append(
                    Mention(
                        start,
                        company_end,
                        tokens[start].start,
                        tokens[company_end - 1].end,
                        name,
                        "name",
                        name,
                        # "Pan American Energy": a country inside a name says nothing of its
                        # home, unless the name is a bank's ("Regional Australia Bank")
                        m.value
                        if start == m.first or _bank_name_with_country(tokens, m, company_end)
                        else None,
                        tokens[company_end - 1].possessive,
                    )
                )
                taken.update(range(start, company_end))
                i += 1
                continue
        # "Ottawa anode start-up Kanata Graphite": a capital before the words describing a
        # company says where it is from, as an adjective does
        describing = m.adjective or (
            m.text.lower() in CAPITAL_METONYMS
            and m.last + 1 < len(tokens)
            and _describes(tokens, m.last)
            and _words_run_on(tokens, m.last, text)  # not "the Tokyo team: X"
        )
        if m.kind == "country" and (m.possessive or describing):
            k = m.last
            if describing and not m.possessive:
                while k < len(tokens) and k - m.last < 3 and _describes(tokens, k):
                    k += 1
            run = name_run(tokens, k, taken)
            if run is None and _small_initials(tokens, k, taken):
                after = name_run(tokens, k + 1, taken)  # "Uganda's dfcu Bank": a brand in small letters
                run = (k, after[1]) if after else None
            if run and tokens[run[0]].lower in _TITLES:
                run = None
            if (
                run
                and describing
                and run[1] - run[0] == 1
                and run[1] < len(tokens)
                and descriptor(tokens[run[1]])
            ):
                run = None  # "Renault's French EV unit": "EV" describes the unit, it names none
            if run:
                start, end = tokens[run[0]].start, tokens[run[1] - 1].end
                name = text[start:end]
                if (m.value, name) in _LEADERS_SHORT:  # "Italy's Meloni": the leader speaks for Italy
                    span = text[m.start : end]
                    out.append(
                        Mention(
                            m.first,
                            run[1],
                            m.start,
                            end,
                            span,
                            "country",
                            m.value,
                            m.value,
                            tokens[run[1] - 1].possessive,
                        )
                    )
                    taken.update(range(run[0], run[1]))
                    i += 1
                    continue
                if not mineral_table()[0].get(name.lower()):
                    arm = nxt
                    if (
                        arm is not None
                        and arm.kind == "country"
                        and not arm.adjective
                        and arm.first == run[1]
                        and text[end : arm.start] == " "
                    ):
                        # "Congo's FBNBank DRC": the bank's arm in the country named after it
                        name = text[start : arm.end]
                        out.append(
                            Mention(
                                m.first,
                                arm.last,
                                start,
                                arm.end,
                                name,
                                "name",
                                name,
                                arm.value,
                                arm.possessive,
                            )
                        )
                        taken.update(range(run[0], arm.last))
                        i += 2
                        continue
                    out.append(
                        Mention(
                            m.first,
                            run[1],
                            start,
                            end,
                            name,
                            "name",
                            name,
                            m.value,
                            tokens[run[1] - 1].possessive,
                        )
                    )
                    taken.update(range(run[0], run[1]))
                    i += 1
                    continue
        if m.kind == "org" and (end := _acronym_name_goes_on(tokens, m, taken, text)) > m.last:
            # "KDB Capital has disbursed", "JFE Shoji signed": a group company we do not know,
            # named with its group's short name, of the group's country
            name = text[m.start : tokens[end - 1].end]
            tail = tokens[end - 1]
            out.append(
                Mention(m.first, end, m.start, tail.end, name, "name", name, m.country, tail.possessive)
            )
            taken.update(range(m.last, end))
            i += 1
            continue
        if m.kind == "org" and (end := _bank_name_goes_on(tokens, m, taken, text)) > m.last:
            # "Crédit Mutuel Arkéa": one bank of a known group, a longer name of the same country
            # (of the country whose word for bank ends it: "SEB Pank" is Estonian, read later)
            name = text[m.start : tokens[end - 1].end]
            local = tokens[end - 1].lower in LOCAL_BANK_WORDS
            # ("ING Bank Śląski": the group's bank in Poland, which Poland's registry lists)
            listed = None if local else registry_country(name)
            out.append(
                Mention(
                    m.first,
                    end,
                    m.start,
                    tokens[end - 1].end,
                    name,
                    "name",
                    name,
                    None if local else listed or m.country,
                    tokens[end - 1].possessive,
                )
            )
            taken.add(m.last)
            i += 1
            continue
        if m.kind == "org" and (start := _place_word_before(tokens, m, taken, text)) < m.first:
            # "Land Bank of Taiwan", "Queensland Treasury Corporation": a longer name than the
            # known one; of the known one's country only if its name says it ("of Taiwan")
            name = text[tokens[start].start : m.end]
            says_country = any(country_named(t.text) == m.country for t in tokens[m.first : m.last])
            country = m.country if says_country else None
            out.append(
                Mention(start, m.last, tokens[start].start, m.end, name, "name", name, country, m.possessive)
            )
            taken.add(start)
            i += 1
            continue
        if m.kind == "org" and (start := _acronym_before(tokens, m, taken, text)) < m.first:
            # "PKO BP", "HD Hyundai": an acronym before a known name makes another company
            name = text[tokens[start].start : m.end]
            start_at = tokens[start].start
            out.append(Mention(start, m.last, start_at, m.end, name, "name", name, None, m.possessive))
            taken.add(start)
            i += 1
            continue
        out.append(m)
        i += 1
    out = [
        _with_compass_word(tokens, m, text) if m.kind in {"org", "name"} and m.first > 0 else m for m in out
    ]
    out = [_longer_by_short_form(tokens, m, text) if m.kind == "org" else m for m in out]
    out = [_with_bank_word(tokens, m, text, taken) if m.kind == "org" and m.first > 0 else m for m in out]
    out = [_cut_at_bracket(tokens, m, text) if m.kind == "name" and "(" in m.text else m for m in out]
    return [_without_ambiguous_country(tokens, m) if m.country == "CG" else m for m in out]


# A bare name two countries share: "Congo" is the Republic of the Congo's in pycountry and as
# often the DR Congo's in the news; only "Republic of the Congo", "DR Congo", "Brazzaville"...
# say which, so a body or government named with the bare word gets no country
_AMBIGUOUS_COUNTRY_WORDS = frozenset({"congo"})


def _without_ambiguous_country(tokens: list[Token], m: Mention) -> Mention:
    """A mention whose country comes from a bare ambiguous country word, with no country."""
    words = {t.lower for t in tokens[m.first : m.last]}
    if not words & _AMBIGUOUS_COUNTRY_WORDS or words & _QUALIFYING_WORDS:
        return m
    if m.kind == "country":  # "Congo will ban cobalt exports": a government, of no country given
        return Mention(m.first, m.last, m.start, m.end, m.text, "name", m.text, None, m.possessive)
    return Mention(m.first, m.last, m.start, m.end, m.text, m.kind, m.value, None, m.possessive, m.adjective)


_QUALIFYING_WORDS = frozenset({"republic", "brazzaville"})


_BANK_WORDS = frozenset({"Banco", "Banque", "Banca", "Bank"})


# A savings or cooperative bank's word, then lower-case words, then its group's name: one
# caisse of the group ("Caisse d'économie solidaire Desjardins", "Caisse populaire Desjardins")
_CAISSE_WORDS = frozenset({"Caisse", "Caixa", "Caja", "Cassa"})
_CAISSE_GAP = re.compile(r"(?:\s+[a-zà-ÿ]+(?:['\u2019][a-zà-ÿ]+)?){1,3}\s+")


def _caisse_start(tokens: list[Token], m: Mention, text: str, taken: set[int]) -> int | None:
    """The token of the savings-bank word opening a known bank group's member, or None."""
    for k in range(m.first - 2, max(-1, m.first - 5), -1):
        if k in taken:
            return None
        if tokens[k].text in _CAISSE_WORDS:
            return k if _CAISSE_GAP.fullmatch(text, tokens[k].end, m.start) else None
    return None


def _with_bank_word(tokens: list[Token], m: Mention, text: str, taken: set[int]) -> Mention:
    """A known bank written after its bank word ("Banco Davivienda"): named with it."""
    word = tokens[m.first - 1]
    org = ORGANISATIONS_BY_NAME.get(m.value)
    if org is not None and org.kind == "bank" and (k := _caisse_start(tokens, m, text, taken)) is not None:
        name = text[tokens[k].start : m.end]
        return Mention(k, m.last, tokens[k].start, m.end, name, m.kind, m.value, m.country, m.possessive)
    if (
        word.text not in _BANK_WORDS
        or m.first - 1 in taken
        or org is None
        or org.kind != "bank"
        or text[word.end : m.start] != " "
        or m.text.startswith(word.text)
    ):
        return m
    name = text[word.start : m.end]
    return Mention(m.first - 1, m.last, word.start, m.end, name, m.kind, m.value, m.country, m.possessive)


# Capitalised words after a known name, then a short form in brackets
_WORDS_THEN_SHORT = re.compile(r"((?: [A-Z][\w-]+){1,4}) \(([A-Z]{2,8})\)")


def _longer_by_short_form(tokens: list[Token], m: Mention, text: str) -> Mention:
    """A known name that opens a longer one whose short form follows in brackets ("The South
    Australian Government Financing Authority (SAFA)"): the longer body, of the same country."""
    more = _WORDS_THEN_SHORT.match(text, m.end)
    if more is None:
        return m
    initials = "".join(word[0] for word in (m.text + more[1]).split()).upper()
    letters = iter(initials)
    short = more[2]
    if short not in ORGANISATIONS_BY_NAME and initials[0] == short[0] and all(c in letters for c in short):
        end = m.end + len(more[1])
        last = next((k + 1 for k in range(m.last, len(tokens)) if tokens[k].end == end), None)
        if last is not None:
            name = text[m.start : end]
            owns = tokens[last - 1].possessive
            return Mention(m.first, last, m.start, end, name, "name", name, m.country, owns)
    return m


# States and provinces whose names hold a country's word
_REGION_NAMES = frozenset({"british columbia", "new south wales", "new mexico", "new england"})


def _in_region_name(tokens: list[Token], k: int) -> bool:
    before = phrase_key(t.text for t in tokens[max(0, k - 2) : k + 1])
    after = phrase_key(t.text for t in tokens[k : k + 2])
    return (
        after in _REGION_NAMES
        or before in _REGION_NAMES
        or phrase_key(t.text for t in tokens[max(0, k - 1) : k + 1]) in _REGION_NAMES
    )


_COMPASS_WORDS = frozenset({"Western", "Eastern", "Northern", "Southern", "South", "North", "East", "West"})


def _with_compass_word(tokens: list[Token], m: Mention, text: str) -> Mention:
    """A body named by a state's adjective ("the Western Australian Future Fund", "the South
    Australian Financing Authority"): not the country's body, a state's, named in full."""
    adjective, compass = tokens[m.first], tokens[m.first - 1]
    if (
        compass.text not in _COMPASS_WORDS
        or adjective.start >= m.start
        or text[compass.end : adjective.start] != " "
        or text[adjective.end : m.start] != " "
        or (country := country_named(adjective.text)) is None
    ):
        return m
    name = text[compass.start : m.end]
    return Mention(m.first - 1, m.last, compass.start, m.end, name, "name", name, country, m.possessive)


def _name_before_bracket(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """Where a capitalised name starts that is written right before its country in brackets
    ("Cosmo Advanced Materials (Korea)"), or m.first."""
    if m.adjective or m.possessive or text[m.end : m.end + 1] != ")" or not text[: m.start].endswith("("):
        return m.first
    k = m.first
    if k == 0 or text[tokens[k - 1].end : m.start] != " (":
        return m.first
    while (
        k > 0
        and (k - 1) not in taken
        and m.first - k < 5
        and capitalised(tokens[k - 1])
        and not tokens[k - 1].possessive
        and tokens[k - 1].lower not in _NAME_STARTS_NOT
        and (k == m.first or not text[tokens[k - 1].end : tokens[k].start].strip())
    ):
        k -= 1
    return k


def _short_form(words: list[Token]) -> bool:
    return len(words) == 1 and 2 <= len(words[0].text) <= 8 and words[0].text.isupper()


def _cut_at_bracket(tokens: list[Token], m: Mention, text: str) -> Mention:
    """A name read across a bracket cut at it: "Saham Bank (Morocco)" is Saham Bank of Morocco,
    "Citizens Economic Empowerment Commission (CEEC)" and "SBCI (Strategic Banking Corporation
    of Ireland)" are their short forms (the short form in brackets is the name)."""
    gaps = range(m.first + 1, m.last)
    k = next((k for k in gaps if "(" in text[tokens[k - 1].end : tokens[k].start]), None)
    if k is None:
        return m
    named_from = next((j for j in range(m.first, k) if tokens[j].start >= m.start), m.first)
    left, inside = tokens[named_from:k], tokens[k : m.last]
    in_brackets = text[inside[0].start : inside[-1].end]
    if _short_form(left):
        keep, country = left, m.country
    elif _short_form(inside):
        keep, country = inside, m.country
    elif (named := country_named(in_brackets)) is not None:
        keep, country = left, named
    else:
        return m
    first = m.first if keep is left else k
    last = k if keep is left else m.last
    name = text[keep[0].start : keep[-1].end]
    possessive = m.possessive if last == m.last else False
    return Mention(first, last, keep[0].start, keep[-1].end, name, "name", name, country, possessive)


_NOT_NAME_ACRONYMS = word_set("""ceo cfo coo cto md chair ok fyi re fw fwd news update new top big key
buy sell""")


def _names_a_place(name: str) -> bool:
    from store.extraction.homes import names_a_place  # (homes reads this module's tables)

    return names_a_place(name)


def _bank_name_goes_on(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """The end of a known bank's two-word name followed by one capitalised word that is not a
    title, verb, country or place ("Crédit Mutuel Arkéa"), or two right before the verb
    ("Banque Populaire Grand Ouest to lend"), or m.last."""
    j = m.last
    org = ORGANISATIONS_BY_NAME.get(m.value)
    if (
        org is not None
        and org.kind == "bank"
        and j < len(tokens)
        and j not in taken
        and tokens[j].lower in LOCAL_BANK_WORDS
        and text[tokens[j - 1].end : tokens[j].start] == " "
    ):
        return j + 1  # "SEB Pank", "Citadele banka": the group's bank of another country
    if (
        org is None
        or org.kind != "bank"
        or m.last - m.first < 2
        or m.possessive
        or j >= len(tokens)
        or j in taken
        or text[tokens[j - 1].end : tokens[j].start] != " "
    ):
        return m.last
    if org.short in _REGIONAL_NETWORKS:
        return _regional_member_end(tokens, m, taken, text)
    if not _may_go_on(tokens[j]):
        return m.last
    if j + 1 < len(tokens) and capitalised(tokens[j + 1]):
        # "Banque Populaire Grand Ouest to lend": a regional bank of the group, two words
        # long, only right before its verb
        k = j + 2
        pair = f"{tokens[j].text} {tokens[j + 1].text}"
        if (
            _may_go_on(tokens[j + 1])
            and country_named(pair) is None  # not "Deutsche Bank Hong Kong", its branch there
            and not _names_a_place(pair)
            and k < len(tokens)
            and text[tokens[j].end : tokens[j + 1].start] == " "
            and text[tokens[k - 1].end : tokens[k].start] == " "
            and (tokens[k].lower in SUBJECT_VERBS or tokens[k].lower == "to")
        ):
            return k
        return m.last
    return j + 1


def _may_go_on(word: Token) -> bool:
    """Whether a capitalised word after a known bank's name may be part of a longer name."""
    return not (
        not capitalised(word)
        or word.lower in _AFTER_FIRST_WORD
        or word.lower in _CORPORATE_WORDS
        or word.lower in SUBJECT_VERBS
        or word.lower in _STOP_WORDS_AFTER
        or COMMIT_VERB.fullmatch(word.lower)
        or country_named(word.text) is not None
    )


# French banking networks whose regional banks are named with the region they serve
# ("Crédit Agricole Sud Rhône Alpes", "Banque Populaire du Nord", "Caisse d'Epargne Grand Est
# Europe"): each a bank of its own, of the network's country
_REGIONAL_NETWORKS = frozenset({"Crédit Agricole", "Crédit Mutuel", "Banque Populaire", "Caisse d'Epargne"})
_REGION_JOINS = frozenset({"du", "de", "des", "la"})


def _regional_member_end(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """The end of a regional member's name after its network's (up to four capitalised place
    words, joined by "du"/"de"), or m.last."""
    end = j = m.last
    while j < len(tokens) and j - m.last < 6 and j not in taken:
        if text[tokens[j - 1].end : tokens[j].start] != " ":
            break
        word = tokens[j]
        if word.text in _REGION_JOINS:
            j += 1
            continue
        if not _may_go_on(word) or word.possessive:
            break
        j = end = j + 1
    return end if end - m.last <= 4 else m.last


def _acronym_name_goes_on(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """The end of a name opened by a known organisation's short name in capitals and one more
    capitalised word, right before its verb ("KDB Capital has", "JFE Shoji signed"), or m.last."""
    j = m.last
    if (
        m.last - m.first != 1
        or m.possessive
        or not m.text.isupper()
        or j + 1 >= len(tokens)
        or j in taken
        or text[m.end : tokens[j].start] != " "
        or tokens[j].possessive
    ):
        return m.last
    word = tokens[j]
    if (
        not word.text[:1].isupper()
        or not word.text[1:].islower()
        or word.lower in _AFTER_FIRST_WORD
        or word.lower in _CORPORATE_WORDS
        or word.lower in _FINANCE_WORDS | LOCAL_BANK_WORDS
        or word.lower in SUBJECT_VERBS
        or COMMIT_VERB.fullmatch(word.lower)
        or country_named(word.text) is not None
    ):
        return m.last
    if tokens[j + 1].lower in SUBJECT_VERBS:
        return j + 1
    # "CDP Venture Capital invests": two words, the second may be a trade ("Capital", "Mining")
    nxt = tokens[j + 1]
    if (
        j + 2 < len(tokens)
        and text[word.end : nxt.start] == " "
        and nxt.text[:1].isupper()
        and nxt.text[1:].islower()
        and not nxt.possessive
        and nxt.lower not in _AFTER_FIRST_WORD
        and nxt.lower not in LOCAL_BANK_WORDS
        and nxt.lower not in SUBJECT_VERBS
        and not COMMIT_VERB.fullmatch(nxt.lower)
        and country_named(nxt.text) is None
        and country_named(f"{word.text} {nxt.text}") is None
        and tokens[j + 2].lower in SUBJECT_VERBS
    ):
        return j + 2
    return m.last


# A bank's name ends in the word for bank of one language ("SEB Pank", "Citadele banka")
LOCAL_BANK_WORDS = word_set("pank banka bankas bankasi bankası pankki")
_STOP_WORDS_AFTER = word_set("""bank group to will and the a an in on of for lends lending invests
investing provides providing""")


def _place_word_before(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """The token of a capitalised word written right before a known bank's or treasury's name
    that starts with its finance word ("Land" in "Land Bank of Taiwan"), or m.first."""
    k = m.first - 1
    if k < 0 or k in taken or text[tokens[k].end : m.start] != " ":
        return m.first
    opening = tokens[m.first].lower
    # ("Development Bank of Ghana": a development bank's name opens with its own word)
    if opening not in _FINANCE_WORDS | {"treasury", "development"} or m.last - m.first < 2:
        return m.first
    if opening == "development" and not any(t.lower in _FINANCE_WORDS for t in tokens[m.first : m.last]):
        return m.first
    for _ in range(2):  # "Agricultural Development Bank of China": up to two words
        word = tokens[k]
        if (
            not word.text[:1].isupper()
            or not word.text[1:].islower()
            or word.possessive
            or word.lower in _NAME_STARTS_NOT
            or word.lower in SUBJECT_VERBS
            or word.lower in _TITLES
            or name_run(tokens, k, set()) is None  # "However Bank of China": a word, not a name
            or country_named(word.text) is not None
        ):
            return m.first
        if k == 0 or not capitalised(tokens[k - 1]) or text[tokens[k - 1].end : word.start].strip():
            return k
        if k - 1 in taken:
            return m.first
        k -= 1
    return m.first


def _acronym_before(tokens: list[Token], m: Mention, taken: set[int], text: str) -> int:
    """The token of an all-capital word written right before an organisation's name and
    starting a name itself (not after another capitalised word), or m.first."""
    k = m.first - 1
    if k < 0 or k in taken or text[tokens[k].end : m.start] != " ":
        return m.first
    word = tokens[k].text
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return m.first
    if tokens[k].lower in _NOT_NAME_ACRONYMS:
        return m.first
    if k > 0 and capitalised(tokens[k - 1]) and not text[tokens[k - 1].end : tokens[k].start].strip():
        return m.first
    return k


def described_start(tokens: list[Token], m: Mention) -> int:
    """The first token of a name with the lower-case words describing it ("trading house Sojitz")."""
    k = m.first
    while k > 0 and m.first - k < 3:
        word = tokens[k - 1]
        # "trading house", "mining group": an -ing word before a noun describes, unless a verb
        noun_ing = k < m.first and word.text.islower() and word.lower.endswith("ing")
        if not (descriptor(word) or (noun_ing and not COMMIT_VERB.fullmatch(word.lower))):
            break
        k -= 1
    return k
