"""Turn one chat message into draft commitments and project status changes.

A pure function of the text: no network, no Slack, no database. Project and initiative
names are fuzzy-matched against lists the caller passes in.

How a message is read
- Slack markup (<@U1>, <!here>, <https://x|label>, :emoji:, *bold*) is stripped, the text
  is NFKC-normalised, and only the first MAX_CHARS characters and MAX_SENTENCES sentences
  are read, so a pasted report cannot stall the bot.
- Each sentence is cut into clauses at ";", "and", "but", "while" and comma splices, then
  clauses that carry no instrument or amount of their own are glued back to a neighbour.
  A clause without an actor borrows the previous clause's ("Japan will take 40% of output
  and lend C$150m" gives two drafts, both Japan); a sentence opening with "It"/"They"/"The
  bank" borrows the previous sentence's.
- A clause is a commitment when it names an actor AND has (an instrument and an amount)
  or (an instrument or an amount plus a commitment verb such as "agreed", "will", "signed").

Rules chosen where the spec leaves a choice
- Actors: countries become ISO codes ("the U.S." -> "US", "Tokyo" -> "JP"). Known agencies
  and banks become their short name ("Department of Energy" -> actor "DOE", actor_name as
  written) with their country; an organisation named next to a country ("Korea Exim",
  "Japan's Sojitz") takes that country. When a clause names an organisation and a country
  as joint subjects, the organisation is the actor.
- Status, strongest cue in the clause first: withdrawn > disbursed > proposed > conditional >
  binding > announced; a clause with no cue takes the sentence's; the default is announced.
  A letter of interest is "conditional": it is issued subject to due diligence.
- Hypotheticals (might, may, could, would, should, a leading "if") and speculation
  (rumoured, reportedly, unconfirmed, sources say) are rejected, as are questions and
  negations. A formal proposal stated as fact ("G7 officials are weighing a price floor",
  "the EU proposed tariffs") is kept as a commitment with status "proposed". "Said it
  would" is reported speech, not a hypothetical.
- Dates: the first date phrase in the sentence (else in the message) parsed by dateparser
  relative to `today`; periods resolve to their first day ("in 2025" -> 2025-01-01, "last
  month" -> the 1st of last month). Dates after `today` are delivery or deadline dates,
  not announcement dates, and are ignored.
- Amounts: "$" is USD; "¥" is JPY unless the sentence says yuan/renminbi/RMB. A range
  ("$100-200m") keeps the upper bound and counts as a ceiling. A bare number is never money.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import dateparser
import pycountry
from price_parser import Price
from rapidfuzz import fuzz, process

from store import vocab

log = logging.getLogger(__name__)

MAX_CHARS = 4000  # a long paste is read only this far
MAX_SENTENCES = 40
MAX_SENTENCE_CHARS = 600
MAX_AMOUNT = Decimal("1e15")  # more than any real commitment; keeps Decimal fields valid
STATEMENT_MAX = 4000  # CommitmentIn.statement limit


# --- Public result types ---------------------------------------------------------------------


@dataclass
class CommitmentDraft:
    actor: str | None = None
    actor_country: str | None = None
    actor_name: str | None = None
    counterparty: str | None = None
    instrument: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    amount_is_ceiling: bool = False
    quantity: Decimal | None = None
    quantity_unit: str | None = None
    minerals: list[str] = field(default_factory=list)
    project: str | None = None
    project_mention: str | None = None
    initiative: str | None = None
    status: str = "announced"
    announced_on: date | None = None
    is_commitment: bool = False
    reason: str = ""
    initiative_mention: str | None = None
    statement: str = ""

    def to_commitment_fields(self) -> dict[str, Any]:
        """The draft as keyword arguments for store.schemas.CommitmentIn."""
        return {
            "actor": self.actor,
            "actor_country": self.actor_country,
            "counterparty": self.counterparty,
            "instrument": self.instrument or "other",
            "amount": self.amount,
            "currency": self.currency,
            "amount_is_ceiling": self.amount_is_ceiling,
            "quantity": self.quantity,
            "quantity_unit": self.quantity_unit,
            "minerals": list(self.minerals),
            "project": self.project,
            "initiative": self.initiative,
            "status": self.status,
            "announced_on": self.announced_on,
            "statement": self.statement[:STATEMENT_MAX] or None,
        }


@dataclass
class StatusChangeDraft:
    project: str | None
    project_mention: str
    new_status: str
    happened_on: date | None = None
    statement: str = ""


@dataclass
class Extraction:
    commitments: list[CommitmentDraft] = field(default_factory=list)
    rejected: list[CommitmentDraft] = field(default_factory=list)
    status_changes: list[StatusChangeDraft] = field(default_factory=list)

    @property
    def worth_replying(self) -> bool:
        """True when the message holds at least one commitment or status change."""
        return bool(self.commitments or self.status_changes)


# --- Known actors ----------------------------------------------------------------------------

# (short name, country, aliases). Acronyms match only when written in capitals (or exactly
# as listed), so "doe" and "Doe" are not the Department of Energy.
KNOWN_ORGANISATIONS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("JOGMEC", "JP", ("JOGMEC", "Japan Organization for Metals and Energy Security")),
    ("JBIC", "JP", ("JBIC", "Japan Bank for International Cooperation")),
    ("NEXI", "JP", ("NEXI", "Nippon Export and Investment Insurance")),
    ("METI", "JP", ("METI", "Ministry of Economy, Trade and Industry")),
    (
        "EXIM",
        "US",
        (
            "EXIM",
            "Exim",
            "Ex-Im",
            "EXIM Bank",
            "Ex-Im Bank",
            "Export-Import Bank",
            "Export-Import Bank of the United States",
        ),
    ),
    (
        "DFC",
        "US",
        ("DFC", "Development Finance Corporation", "International Development Finance Corporation"),
    ),
    ("DOE", "US", ("DOE", "Department of Energy", "Energy Department", "Loan Programs Office", "LPO")),
    (
        "DOD",
        "US",
        ("DOD", "DoD", "Department of Defense", "Defense Department", "Pentagon", "Department of War"),
    ),
    ("DPA Title III", "US", ("DPA Title III", "Defense Production Act", "DPA")),
    ("Office of Strategic Capital", "US", ("Office of Strategic Capital",)),
    ("Commerce Department", "US", ("Commerce Department", "Department of Commerce")),
    ("Treasury", "US", ("Treasury", "Treasury Department", "Department of the Treasury")),
    ("USTR", "US", ("USTR",)),
    ("EDC", "CA", ("EDC", "Export Development Canada")),
    ("CIB", "CA", ("CIB", "Canada Infrastructure Bank")),
    ("Canada Growth Fund", "CA", ("Canada Growth Fund",)),
    ("Strategic Innovation Fund", "CA", ("Strategic Innovation Fund",)),
    ("NRCan", "CA", ("NRCan", "Natural Resources Canada")),
    ("KfW", "DE", ("KfW",)),
    ("Euler Hermes", "DE", ("Euler Hermes",)),
    ("UKEF", "GB", ("UKEF", "UK Export Finance")),
    ("National Wealth Fund", "GB", ("National Wealth Fund",)),
    ("EIB", "EU", ("EIB", "European Investment Bank")),
    ("European Commission", "EU", ("European Commission", "EU Commission")),
    ("EFA", "AU", ("EFA", "Export Finance Australia")),
    (
        "National Reconstruction Fund",
        "AU",
        ("National Reconstruction Fund", "National Reconstruction Fund Corporation"),
    ),
    ("Bpifrance", "FR", ("Bpifrance", "BPI France", "Bpi France")),
    ("SACE", "IT", ("SACE",)),
    ("CDP", "IT", ("CDP", "Cassa Depositi e Prestiti")),
    ("KEXIM", "KR", ("KEXIM", "Korea Eximbank", "Export-Import Bank of Korea")),
    ("KOMIR", "KR", ("KOMIR", "Korea Mine Rehabilitation and Mineral Resources Corporation")),
    ("K-SURE", "KR", ("K-SURE", "K-Sure", "KSURE")),
    ("MOFCOM", "CN", ("MOFCOM", "Chinese Commerce Ministry")),
    ("Sinosure", "CN", ("Sinosure",)),
    ("China Development Bank", "CN", ("China Development Bank",)),
    ("PIF", "SA", ("PIF", "Public Investment Fund")),
    ("World Bank", None, ("World Bank",)),
    ("IFC", None, ("IFC", "International Finance Corporation")),
    ("ADB", None, ("ADB", "Asian Development Bank")),
)

# Capitals used as shorthand for their governments.
CAPITAL_METONYMS = {
    "washington": "US",
    "white house": "US",
    "tokyo": "JP",
    "ottawa": "CA",
    "berlin": "DE",
    "beijing": "CN",
    "canberra": "AU",
    "paris": "FR",
    "rome": "IT",
    "london": "GB",
    "whitehall": "GB",
    "downing street": "GB",
    "brussels": "EU",
    "seoul": "KR",
    "new delhi": "IN",
    "delhi": "IN",
    "brasilia": "BR",
    "brasília": "BR",
    "jakarta": "ID",
    "riyadh": "SA",
    "abu dhabi": "AE",
    "kyiv": "UA",
    "moscow": "RU",
    "pretoria": "ZA",
    "kinshasa": "CD",
    "astana": "KZ",
    "ulaanbaatar": "MN",
    "hanoi": "VN",
    "manila": "PH",
    "wellington": "NZ",
}
# Short forms pycountry and store.vocab do not resolve.
_EXTRA_COUNTRIES = {"korea": "KR", "g-7": "G7", "north korea": "KP"}


# --- Text clean-up and sentence splitting ----------------------------------------------------

_SLACK_ANGLE = re.compile(r"<([^<>|\n]{0,500})(?:\|([^<>\n]{0,500}))?>")
_EMOJI_CODE = re.compile(r":[a-z0-9_+'-]{1,40}:")
_FORMATTING = re.compile(r"(?<!\w)[*_~`]+|[*_~`]+(?!\w)")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")


def _slack_angle(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if target.startswith("!date") and label:
        return f" {label} "
    if target.startswith(("@", "!")):
        return " "  # user, group and channel pings carry no facts
    return f" {label} " if label else " "  # links keep their label, drop the URL


def clean_text(text: str) -> str:
    """Plain text of a Slack message: markup, emoji codes and invisible characters removed."""
    text = text[: MAX_CHARS * 2]  # markup is removed below, so allow some slack
    text = _SLACK_ANGLE.sub(_slack_angle, text).replace("\r\n", "\n").replace("\r", "\n")
    text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _EMOJI_CODE.sub(" ", text)
    text = _FORMATTING.sub("", text)
    text = (
        text.replace("’", "'")
        .replace("‘", "'")
        .replace("“", '"')
        .replace("”", '"')
        .replace("–", "-")
        .replace("—", " - ")
    )
    text = _SPACES.sub(" ", text)
    return text[:MAX_CHARS]


_ABBREVIATIONS = frozenset(
    {
        "u.s",
        "u.k",
        "u.s.a",
        "e.g",
        "i.e",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "vs",
        "govt",
        "dept",
        "min",
        "jr",
        "sr",
        "plc",
    }
)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n+")
_BULLET = re.compile(r"^\s*(?:[-*•·>]+|\d{1,2}[.)])\s+")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs, at most MAX_SENTENCES, each at most MAX_SENTENCE_CHARS long."""
    sentences: list[tuple[int, str]] = []
    start = 0

    def emit(end: int) -> None:
        chunk = text[start:end]
        bullet = _BULLET.match(chunk)
        offset = start + (bullet.end() if bullet else 0)
        chunk = text[offset:end].strip()
        if chunk:
            lead = len(text[offset:end]) - len(text[offset:end].lstrip())
            sentences.append((offset + lead, chunk[:MAX_SENTENCE_CHARS]))

    for match in _SENTENCE_END.finditer(text):
        if len(sentences) >= MAX_SENTENCES:
            return sentences
        mark = match.group()
        if mark.startswith("."):
            before = re.search(r"([\w.]+)$", text[max(start, match.start() - 24) : match.start()])
            word = before.group(1).lower().rstrip(".") if before else ""
            after = text[match.end() : match.end() + 2].lstrip()
            if word in _ABBREVIATIONS or len(word) == 1 or (after and after[0].islower()):
                continue  # "U.S. Treasury", "Corp. said": not a sentence end
        emit(match.end())
        start = match.end()
    if len(sentences) < MAX_SENTENCES:
        emit(len(text))
    return sentences


# --- Tokens and named things -----------------------------------------------------------------

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w[\w'&-]*")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str  # without a possessive "'s"
    lower: str
    possessive: bool


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word, possessive = m.group(), False
        if word.endswith(("'s", "'S")) and len(word) > 2:
            word, possessive = word[:-2], True
        elif word.endswith("'"):
            word, possessive = word.rstrip("'"), True
        word = word.rstrip("-&")
        if word:
            out.append(_Token(m.start(), m.start() + len(word), word, word.lower(), possessive))
    return out


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # "country" or "org"
    value: str  # ISO code or short organisation name
    country: str | None
    exact: tuple[str, ...]  # spellings an acronym must match (empty: any capitalised form)


@dataclass(slots=True)
class _Mention:
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


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _key(words: Iterable[str]) -> str:
    return " ".join(w.lower() for w in words)


def _is_acronym(alias: str) -> bool:
    return " " not in alias and (len(alias) <= 6 or alias != alias.capitalize())


@lru_cache(maxsize=1)
def _entity_table() -> tuple[dict[str, _Entry], int]:
    table: dict[str, _Entry] = {}

    def add(name: str, entry: _Entry) -> None:
        words = [t.text for t in _tokens(name)]
        if words and _key(words) not in table:
            table[_key(words)] = entry

    for short, country, aliases in KNOWN_ORGANISATIONS:
        for alias in aliases:
            exact = (alias,) if _is_acronym(alias) else ()
            add(alias, _Entry("org", short, country, exact))
    for alias, code in {**vocab.COUNTRY_ALIASES, **_EXTRA_COUNTRIES}.items():
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
    longest = max(len(k.split()) for k in table)
    return table, longest


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
        }
    )


def _matches_case(words: list[_Token], entry: _Entry) -> bool:
    written = " ".join(t.text for t in words)
    if entry.exact:
        return written in entry.exact or (written.isupper() and len(written) > 1)
    return words[0].text[:1].isupper()


def _known_mentions(tokens: list[_Token], sentence: str) -> list[_Mention]:
    table, longest = _entity_table()
    found: list[_Mention] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].text[:1].isupper() and not tokens[i].text[:1].isdigit():
            i += 1
            continue
        hit = None
        for n in range(min(longest, len(tokens) - i), 0, -1):
            words = tokens[i : i + n]
            if any(w.possessive for w in words[:-1]):
                continue
            entry = table.get(_key(w.text for w in words))
            if entry is not None and _matches_case(words, entry):
                hit = (n, entry)
                break
        if hit is None:
            i += 1
            continue
        n, entry = hit
        last = tokens[i + n - 1]
        text = sentence[tokens[i].start : last.end]
        adjective = entry.kind == "country" and text.lower() in _adjective_keys()
        found.append(
            _Mention(
                i,
                i + n,
                tokens[i].start,
                last.end,
                text,
                entry.kind,
                entry.value,
                entry.country,
                last.possessive,
                adjective,
            )
        )
        i += n
    return found


_STOP_CAPS = _word_set("""
the a an it its they their them we our i he she his her this that these those there here
on in at by for with from to and but or also meanwhile however separately earlier later
yesterday today tomorrow last next officials official great interesting lunch if has have
had did does do is are was were will would could can should may might what why how when
where who which anyone any my your no not big new update fyi note re thanks thank please
per according under after before following as so then now still just only both all some
sources reports report prices price good nice morning afternoon breaking news headline
ok okay yes hey hi hello team everyone folks congrats welcome reminder agenda meeting call
mining graphite lithium nickel cobalt copper rare
""")
_MONTH_NAMES = _word_set("""january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
wednesday thursday friday saturday sunday""")
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
_NAME_CONNECTORS = frozenset({"of", "de", "du", "des", "la", "le", "and", "&", "for"})


def _capitalised(token: _Token) -> bool:
    return token.text[:1].isupper() and token.lower not in _MONTH_NAMES


def _name_run(tokens: list[_Token], i: int, taken: set[int]) -> tuple[int, int] | None:
    """Token range of a capitalised name starting at i ("Nouveau Monde Graphite")."""
    if i >= len(tokens) or i in taken or not _capitalised(tokens[i]):
        return None
    if tokens[i].lower in _STOP_CAPS:
        return None
    j = i + 1
    while j < len(tokens) and j not in taken and not tokens[j - 1].possessive:
        if _capitalised(tokens[j]):
            j += 1
        elif (
            tokens[j].lower in _NAME_CONNECTORS
            and j + 1 < len(tokens)
            and _capitalised(tokens[j + 1])
            and j + 1 not in taken
        ):
            j += 2
        else:
            break
    return i, j


# --- Vocabulary regexes ----------------------------------------------------------------------

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,15}(?:[.,]\d{1,6})?"
_PERCENT = r"(?:%|\s?percent\b|\s?per cent\b|\s?pct\b)"

_INSTRUMENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("letter-of-interest", r"\bletters? of interest\b|\b(?-i:LOIs?)\b"),
        (
            "mou",
            r"\bmemorand(?:um|a) of (?:understanding|co-?operation)\b|\b(?-i:MoUs?|MOUs?)\b"
            r"|\bdeclarations? of intent\b|\bdeclarations?\b"
            r"|\bletters? of intent\b|\b(?:co-?operation|partnership|framework) "
            r"(?:agreement|accord|pact)s?\b|\bjoint (?:statement|declaration)\b"
            r"|\bstrategic partnership\b",
        ),
        (
            "price-floor",
            r"\bprice[- ]floors?\b|\bfloor[- ]prices?\b|\bminimum prices?\b"
            r"|\bprice guarantees?\b|\bcontracts? for difference\b|\bprice support\b",
        ),
        (
            "guarantee",
            r"\bguarantee[sd]?\b|\bguaranty\b|\b(?:export )?credit insurance\b"
            r"|\b(?:political )?risk insurance\b|\binsurance cover\b",
        ),
        (
            "stockpile",
            r"\bstockpil\w*|\b(?:strategic|national|emergency) (?:\w+ )?"
            r"(?:reserves?|stocks?)\b",
        ),
        (
            "investment-screening",
            r"\binvestment screening\b|\bscreen(?:s|ed|ing)? (?:(?:foreign|chinese|overseas|state)"
            r" )?(?:investments?|acquisitions?|takeovers?|bids?)\b|\bforeign investment review\b"
            r"|\bnational security review\b|\b(?-i:CFIUS)\b|\bblock(?:s|ed|ing)? (?:the |a |its )?"
            r"(?:[\w-]+ )?(?:takeover|acquisition|purchase|bid|investment)\b"
            r"|\border(?:s|ed)? (?:\w+ ){1,4}to divest\b|\bdivest(?:ment|iture)? order\b",
        ),
        (
            "export-control",
            r"\bexport (?:controls?|bans?|restrictions?|curbs?|quotas?|"
            r"licen[cs](?:e|es|ing))\b|\b(?:ban(?:s|ned)?|restrict(?:s|ed)?|"
            r"curb(?:s|ed)?|halt(?:s|ed)?|suspend(?:s|ed)?|stop(?:s|ped)?"
            r"|limit(?:s|ed)?) (?:the )?(?:\w+ )?exports?\b",
        ),
        (
            "tariff",
            r"\btariffs?\b|\b(?:anti-dumping|countervailing|import|customs) dut(?:y|ies)\b"
            r"|\bduties\b|\bimport levy\b|\bsurtax(?:es)?\b",
        ),
        (
            "offtake",
            r"\boff-?takes?\b|\b(?:supply|purchase|purchasing|sales|procurement) "
            r"(?:agreements?|deals?|contracts?|pacts?)\b",
        ),
        (
            "equity",
            r"\bstakes?\b|\bequity\b|\bshareholding\b|\bshares in\b"
            rf"|\b\d+(?:\.\d+)?{_PERCENT}\s+(?:interest|holding|ownership)\b"
            r"|\b(?:acquir\w*|buy\w*|bought|tak\w*|took)\s+(?:a\s+)?\d+(?:\.\d+)?"
            rf"{_PERCENT}\s+of\s+(?:the\s+)?(?:company|firm|shares|miner|developer)\b",
        ),
        (
            "offtake",
            r"\b(?:buy|buys|buying|bought|take|takes|taking|took|purchas\w*|secur\w*"
            r"|sourc\w*)\b[^.;]{0,40}?(?:\b\d+(?:\.\d+)?" + _PERCENT + r"\s+of\b"
            r"|\b\d[\d,.]*\s?(?:thousand\s|million\s)?(?:t|kt|mt|tonnes|tons|tpa|ktpa)\b)"
            r"|\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing))\b(?:\s+[\w-]+){1,5}?"
            r"\s+from\b",
        ),
        (
            "loan",
            r"\bloans?\b|\blend(?:s|ing)?\b|\blent\b|\bdebt(?: financing| facility)?\b"
            r"|\bcredit (?:facility|facilities|line)\b|\blines? of credit\b"
            r"|\bfinancing facility\b|\bconditional commitment\b",
        ),
        (
            "grant",
            r"\bgrants?\b|\baward(?:s|ed|ing)?\b|\bsubsid(?:y|ies|ised|ized|ise|ize)\b"
            r"|\bnon-repayable\b",
        ),
        (
            "other",
            r"\bfinanc(?:e|es|ed|ing)\b|\bfund(?:s|ed|ing)?\b|\binvest(?:s|ed|ing|ments?)?\b"
            r"|\bpledge[sd]?\b|\bcommit(?:s|ted|ments?)?\b|\bback(?:s|ed|ing)\b"
            r"|\bmobili[sz](?:e|es|ed|ing)\b",
        ),
    )
)

_STATUS_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        (
            "withdrawn",
            r"\bwithdr[ae]w(?:n|s)?\b|\bwithdrawing\b|\bpull(?:ed|s|ing)? out\b"
            r"|\bback(?:ed|s|ing)? out\b|\bcancel(?:l?ed|s|l?ing)\b|\bscrap(?:ped|s)\b"
            r"|\bterminat(?:ed|es)\b|\brescind(?:ed|s)\b|\brevok(?:ed|es)\b"
            r"|\bwalked away\b|\breneged\b|\blift(?:ed|s)\b",
        ),
        (
            "disbursed",
            r"\bdisburs(?:ed|es|ing|ement)\b|\bpaid out\b|\bpays out\b"
            r"|\b(?:has|have) paid\b|\btransferred\b|\bdr[ae]w(?:n)? down\b"
            r"|\breleased (?:the )?(?:first |second |final )?(?:tranche|funds)\b",
        ),
        (
            "proposed",
            r"\bpropos(?:ed|es|ing|als?)\b|\bunder (?:discussion|consideration)\b"
            r"|\bconsider(?:s|ed|ing)?\b|\bweigh(?:s|ing)\b|\bmull(?:s|ing)\b"
            r"|\bexplor(?:es|ing)\b|\bin talks\b|\bnegotiat(?:es|ing|ions)\b"
            r"|\bdiscuss(?:es|ing)\b|\bdraft(?:s|ing)\b|\btabled\b|\bfloat(?:s|ed|ing)\b"
            r"|\bseek(?:s|ing)\b|\b(?:aims?|hopes?|wants?|looking) to\b|\beyeing\b"
            r"|\bstudying\b|\bevaluating\b",
        ),
        (
            "conditional",
            r"\bconditional(?:ly)?\b|\bpending\b|\bsubject to\b|\bdue diligence\b"
            r"|\bcontingent (?:on|upon)\b|\bprovided that\b|\bunless\b|\bif\b"
            r"|\bletters? of interest\b|\b(?-i:LOIs?)\b",
        ),
        (
            "binding",
            r"(?<!will )(?<!to )(?<!non-)\b(?:sign(?:ed|s)|inked|binding|definitive"
            r"|finali[sz]ed|executed|sealed|closed|final investment decision|(?-i:FID))\b",
        ),
        (
            "announced",
            r"\bagree[sd]?\b|\bannounce[sd]?\b|\bwill\b|\bpledge[sd]?\b"
            r"|\bcommit(?:s|ted)\b|\bapprove[sd]?\b|\bunveil(?:s|ed)\b"
            r"|\bplans? to\b|\bintends? to\b|\bsaid it would\b",
        ),
    )
)
_STATUS_RANK = {name: rank for rank, (name, _) in enumerate(_STATUS_PATTERNS)}

_COMMIT_VERB = re.compile(
    r"\b(?:agree[sd]?|agreeing|sign(?:s|ed|ing)?|ink(?:s|ed)|will|shall|announce[sd]?"
    r"|approve[sd]?|pledge[sd]?|commit(?:s|ted)?|launch(?:es|ed)?|impose[sd]?|introduce[sd]?"
    r"|extend(?:s|ed)?|unveil(?:s|ed)?|takes?|took|taking|buys?|bought|purchase[sd]?"
    r"|provide[sd]?|providing|issue[sd]?|award(?:s|ed)?|grant(?:s|ed)|lend(?:s|ing)?|lent"
    r"|back(?:s|ed|ing)|invest(?:s|ed|ing)?|financ(?:es|ed|ing)|fund(?:s|ed|ing)?"
    r"|sets? up|establish(?:es|ed)|join(?:s|ed)|restrict(?:s|ed)?|ban(?:s|ned)?|block(?:s|ed)"
    r"|order(?:s|ed)|acquire[sd]?|secure[sd]?|guarantee[sd]|offer(?:s|ed)|plans? to"
    r"|intends? to|expand(?:s|ed)|rais(?:e|es|ed)|tighten(?:s|ed)|mobili[sz]e[sd]?"
    r"|allocate[sd]?|earmark(?:s|ed)|finali[sz]e[sd]|adopt(?:s|ed)|enact(?:s|ed)|is to|are to"
    r"|ha(?:s|ve) (?:also )?(?:\w+ )?(?:agreed|signed|committed|approved|pledged)"
    r"|put up|puts up|extending|making available|makes available|made available"
    r"|add(?:s|ed)|widen(?:s|ed)|slap(?:s|ped)|hike[sd]|increase[sd]|appl(?:y|ies|ied)"
    r"|place[sd]|sets?|suspend(?:s|ed)?|stop(?:s|ped)|limit(?:s|ed)|halt(?:s|ed))\b",
    re.I,
)

_NEGATION = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|shall)\s*"
    r"(?:not|n't)\b(?!\s+(?:only|just|less|later))|didn't|doesn't|don't|hasn't|haven't|"
    r"hadn't|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|cannot|never|den(?:ied|ies|y"
    r"|ying)|ruled out|rules out|refus(?:ed|es)|declin(?:ed|es) to|reject(?:ed|s)|no (?:agreement"
    r"|deal|commitment|decision|loan|offtake|funding|money|financing|stake|guarantee)s?\b|not "
    r"(?:yet )?(?:committed|signed|agreed|approved|finali[sz]ed)|stopped short|fell through"
    r"|failed to|nothing (?:was |has been )?(?:agreed|signed))\b",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:might|could|would|should|possibly|potentially|hypothetically|in theory|what if"
    r"|imagine|perhaps|maybe)\b|\b(?-i:may)\b(?!\s+\d)|^\s*(?:if|should|suppose|assuming)\b",
    re.I,
)
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|announced|confirmed|agreed|stated|promised|pledged|indicated|told \w+)"
    r"\s+(?:on \w+\s+)?(?:that\s+)?(?:it|they|he|she|the \w+|\w+)\s+would\b",
    re.I,
)
_SPECULATION = re.compile(
    r"\b(?:rumou?r(?:s|ed)?|reportedly|allegedly|unconfirmed|speculat\w*|sources (?:say|said)"
    r"|people familiar|(?:is|are) said to be|according to (?:people|sources|insiders)"
    r"|could be close to|chatter|not sure|unsure|unclear (?:whether|if)|not clear (?:whether|if)"
    r"|i doubt|doubtful)\b",
    re.I,
)
_QUESTION_START = re.compile(
    r"^\s*(?:(?:has|have|did|does|do|is|are|was|were|will|would|could|can|should)\s+\w"
    r"|(?:does|do|did) anyone|anyone know|any idea|is it true|can someone|has anyone"
    r"|i wonder|wondering (?:whether|if)|who|what|why|how|when|where|which)\b",
    re.I,
)
_CHATTER = re.compile(
    r"\b(?:great|interesting|good|nice|useful|must-read|fascinating|fun|long) (?:article|read"
    r"|piece|thread|story|op-ed|podcast|chart|summary|overview|webinar|discussion)\b",
    re.I,
)
_PRONOUN_START = re.compile(
    r"^\s*(?:also,?\s+)?(?:it|they|the (?:bank|agency|government|ministry|fund|lender|company"
    r"|department|administration|state|country|group|firm|miner|insurer|bloc|commission))\b",
    re.I,
)
_RECEIVE = re.compile(
    r"\b(?:receiv(?:e|es|ed)|secur(?:e|es|ed)|w[io]ns?|obtain(?:s|ed)|got"
    r"|gets|landed|lands)\b",
    re.I,
)
# Money flows from the party after "from" ("NMG secured a loan from EDC"); goods flow to it
# ("Japan secured 40% of output from Lynas"), so only money instruments swap the roles.
_MONEY_INSTRUMENTS = frozenset({"loan", "grant", "equity", "guarantee", "letter-of-interest", "other", None})

_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|,?\s+(?:and|but|while|whereas|although|though|as well as)\s+|,\s+(?=[A-Z])"
)

_OBJECT_WORDS = frozenset(
    {
        "with",
        "to",
        "from",
        "for",
        "in",
        "into",
        "on",
        "of",
        "against",
        "between",
        "toward",
        "towards",
        "at",
        "across",
        "than",
        "over",
        "via",
        "under",
        "about",
        "including",
        "like",
    }
)
_COUNTERPARTY_WORDS = frozenset({"with", "to", "from", "in", "into", "on", "against"})
_DETERMINERS = frozenset({"the", "its", "their", "a", "an", "this", "that", "our", "his", "her"})
_SUBJECT_VERBS = _word_set("""
agreed agrees signed signs will has have had is are was were announced announces approved
approves pledged pledges committed commits said says plans intends took takes bought buys
awarded awards extended extends issued issues launched launches imposed imposes offered
offers lent lends provided provides secured secures received receives won wins shall
""")


# --- Money and quantities --------------------------------------------------------------------

_CURRENCY_PREFIXES = {
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cdn$": "CAD",
    "can$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "cn¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "₩": "KRW",
    "krw": "KRW",
    "₹": "INR",
    "inr": "INR",
    "chf": "CHF",
}
_CURRENCY_SUFFIXES = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "usd": "USD",
    "canadian dollars": "CAD",
    "cad": "CAD",
    "australian dollars": "AUD",
    "aud": "AUD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "won": "KRW",
    "krw": "KRW",
    "rupees": "INR",
    "inr": "INR",
    "swiss francs": "CHF",
    "chf": "CHF",
}
_MAGNITUDES = {
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "b": 9,
    "million": 6,
    "mln": 6,
    "mn": 6,
    "m": 6,
    "thousand": 3,
    "k": 3,
}


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX = _alternation(list(_CURRENCY_PREFIXES))
_SUFFIX = _alternation(list(_CURRENCY_SUFFIXES))
_MAG = r"(?:\s?(?P<mag>trillion|billion|million|thousand|trn|bln|mln|tn|bn|mn|b|m|k)(?!\w))?"
_AMOUNT_PREFIXED = re.compile(
    rf"(?<![A-Za-z$])(?P<pre>{_PREFIX})\s?(?P<num>{_NUM})(?!\d)"
    rf"(?:\s?(?:-|to)\s?(?:{_PREFIX})?\s?(?P<num2>{_NUM})(?!\d))?{_MAG}"
    rf"(?:\s?(?P<suf>{_SUFFIX})\b)?",
    re.I,
)
_AMOUNT_SUFFIXED = re.compile(rf"(?<![\w$€£¥.,])(?P<num>{_NUM})(?!\d){_MAG}\s?(?P<suf>{_SUFFIX})\b", re.I)
_CEILING = re.compile(
    r"(?:up to|upto|as much as|a maximum of|maximum of|max\.?|no more than"
    r"|not exceeding|not to exceed|capped at|a cap of|ceiling of|at most)\s*$",
    re.I,
)
_YUAN = re.compile(r"\b(?:yuan|renminbi|rmb|cny)\b", re.I)

_QUANTITY_PERCENT = re.compile(
    rf"(?<![\d.])(?P<num>\d{{1,3}}(?:\.\d{{1,3}})?){_PERCENT}(?=\s+(?:of|stake|interest|holding"
    r"|share|equity|ownership|tariffs?|dut(?:y|ies)|levy|export tax)\b)",
    re.I,
)
# For a tariff, "35% on Chinese graphite" is the rate.
_TARIFF_RATE = re.compile(
    rf"(?<![\d.])(?P<num>\d{{1,3}}(?:\.\d{{1,3}})?){_PERCENT}(?=\s+(?:of|on|tariffs?|dut(?:y|ies)"
    r"|levy|surtax)\b)",
    re.I,
)
_QUANTITY_MASS = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUM})(?!\d)\s?(?P<mag>thousand|million|k(?=\s))?\s?(?P<unit>metric "
    r"tonnes|metric tons|tonnes|tonne|tons|ton|kilotonnes|kilotons|kilotonne|ktpa|mtpa|tpa|kt"
    r"|mt|t|lbs|lb|pounds(?= of)|ounces|oz)(?![\w])(?P<per>(?:\s+of(?:\s+[a-z-]+){1,3}?)?"
    r"\s?(?:/\s?(?:yr|year|y|a|annum)"
    r"|per (?:year|annum)|a year|each year|annually|p\.?a\.?)(?![\w]))?",
    re.I,
)
_MASS_UNITS = {
    "metric tonnes": "t",
    "metric tons": "t",
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "t": "t",
    "kilotonnes": "kt",
    "kilotons": "kt",
    "kilotonne": "kt",
    "kt": "kt",
    "mt": "Mt",
    "tpa": "t/yr",
    "ktpa": "kt/yr",
    "mtpa": "Mt/yr",
    "lbs": "lb",
    "lb": "lb",
    "pounds": "lb",
    "ounces": "oz",
    "oz": "oz",
}


def _to_decimal(number: str) -> Decimal | None:
    try:
        value = Price.fromstring(number).amount
    except (InvalidOperation, ValueError):
        return None
    return Decimal(value) if value is not None else None


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@dataclass(slots=True)
class _Amount:
    start: int
    end: int
    value: Decimal
    currency: str
    ceiling: bool


def _find_amounts(text: str) -> list[_Amount]:
    found: list[_Amount] = []
    taken: list[tuple[int, int]] = []
    matches = list(_AMOUNT_PREFIXED.finditer(text)) + list(_AMOUNT_SUFFIXED.finditer(text))
    for m in sorted(matches, key=lambda m: m.start()):
        if any(m.start() < end and start < m.end() for start, end in taken):
            continue
        groups = m.groupdict()
        pre, suf = groups.get("pre"), groups.get("suf")
        currency = _CURRENCY_PREFIXES.get(pre.lower()) if pre else None
        currency = currency or (_CURRENCY_SUFFIXES.get(suf.lower()) if suf else None)
        if currency is None:
            continue
        if currency == "JPY" and pre == "¥" and _YUAN.search(text):
            currency = "CNY"
        number = groups.get("num2") or groups["num"]
        value = _to_decimal(number)
        if value is None:
            continue
        mag = (groups.get("mag") or "").lower()
        value *= Decimal(10) ** _MAGNITUDES.get(mag, 0)
        if value <= 0 or value >= MAX_AMOUNT:
            continue
        ceiling = bool(groups.get("num2")) or bool(_CEILING.search(text[max(0, m.start() - 30) : m.start()]))
        taken.append((m.start(), m.end()))
        found.append(_Amount(m.start(), m.end(), _tidy(value), currency, ceiling))
    return found


def parse_amount(text: str) -> tuple[Decimal, str, bool] | None:
    """(amount, ISO currency, is a ceiling) of the first sum of money in text, or None."""
    if not isinstance(text, str):
        return None
    found = _find_amounts(clean_text(text))
    return (found[0].value, found[0].currency, found[0].ceiling) if found else None


def _find_quantity(
    text: str,
    money: list[_Amount],
    instrument: str | None,
) -> tuple[Decimal, str] | None:
    candidates: list[tuple[int, Decimal, str]] = []
    percents = _TARIFF_RATE if instrument == "tariff" else _QUANTITY_PERCENT
    for m in percents.finditer(text):
        value = _to_decimal(m.group("num"))
        if value is not None:
            candidates.append((m.start(), _tidy(value), "%"))
    for m in _QUANTITY_MASS.finditer(text):
        if any(m.start() < a.end and a.start < m.end() for a in money):
            continue
        value = _to_decimal(m.group("num"))
        if value is None:
            continue
        mag = (m.group("mag") or "").lower()
        value *= Decimal(10) ** {"thousand": 3, "k": 3, "million": 6}.get(mag, 0)
        unit = _MASS_UNITS[m.group("unit").lower()]
        if m.group("per") and not unit.endswith("/yr"):
            unit += "/yr"
        if value < MAX_AMOUNT:
            candidates.append((m.start(), _tidy(value), unit))
    if not candidates:
        return None
    _, value, unit = min(candidates, key=lambda c: c[0])
    return value, unit


# --- Minerals --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _mineral_table() -> tuple[dict[str, str], frozenset[str]]:
    """Lower-case phrase -> mineral code, and phrases that only count in capitals (REE)."""
    table: dict[str, str] = {}
    capitals: set[str] = set()
    for mineral in vocab.MINERALS:
        names = [mineral.code, mineral.code.replace("-", " "), mineral.name.lower(), *mineral.aliases]
        for name in names:
            table[name.lower()] = mineral.code
            if not name.endswith("s"):
                table[name.lower() + "s"] = mineral.code
            if len(name) <= 4 and name.isalpha() and name != "ndpr":
                capitals.add(name.lower())
                capitals.add(name.lower() + "s")
    table["rare earth magnets"] = "rare-earths"
    return table, frozenset(capitals)


def _find_minerals(tokens: list[_Token]) -> list[tuple[int, str]]:
    """(character offset, mineral code) for each mineral named, longest phrase first."""
    table, capitals = _mineral_table()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(tokens):
        for n in (3, 2, 1):
            words = tokens[i : i + n]
            if len(words) < n:
                continue
            key = _key(t.text for t in words)
            code = table.get(key)
            if code is None or (key in capitals and not words[0].text.isupper()):
                continue
            found.append((words[0].start, vocab.normalize_mineral(code)))
            i += n - 1
            break
        i += 1
    return found


# --- Projects and initiatives ----------------------------------------------------------------

_PROJECT_HEADS = _word_set("""mine mines project projects facility facilities refinery
refineries plant plants smelter smelters deposit deposits operation operations hub mill
complex concentrator""")
_INITIATIVE_HEADS = _word_set("""plan partnership alliance initiative pact framework club
coalition compact programme program strategy forum dialogue accord""")
_MODIFIER_STOPS = _word_set("""of to from for with in into on at by as and or but is are was
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
    words = [t.lower for t in _tokens(name)]
    return [_SYNONYMS.get(w, w) for w in words if w not in {"the", "a", "an"}]


@lru_cache(maxsize=16)
def _prepared_choices(choices: tuple[str, ...]) -> tuple[list[str], list[set[str]], list[set[str]]]:
    words = [_normal_words(c) for c in choices]
    distinct = [" ".join(w for w in ws if w not in _GENERIC) for ws in words]
    heads = [{w for w in ws if w in _GENERIC} for ws in words]
    token_sets = [set(ws) for ws in words]
    return distinct, heads, token_sets


@lru_cache(maxsize=8)
def _exact_choices(choices: tuple[str, ...]) -> dict[str, str]:
    """Lower-cased name -> the first choice spelled so (built once per list of known names)."""
    exact: dict[str, str] = {}
    for choice in choices:
        exact.setdefault(choice.lower(), choice)
    return exact


def best_match(mention: str, choices: Sequence[str]) -> str | None:
    """The known name a mention most likely means, or None when nothing is close or it is a tie."""
    choices = tuple(choices)
    if not mention or not choices:
        return None
    lowered = mention.lower().removeprefix("the ").strip()
    if lowered in (exact := _exact_choices(choices)):
        return exact[lowered]
    words = _normal_words(mention)
    distinct_words = [w for w in words if w not in _GENERIC]
    if not distinct_words:
        return None  # "the mine" alone could be any mine
    distinct, heads, token_sets = _prepared_choices(choices)
    mention_heads = {w for w in words if w in _GENERIC}
    found = process.extract(
        " ".join(distinct_words), distinct, scorer=fuzz.token_set_ratio, limit=10, score_cutoff=FUZZY_CUTOFF
    )
    scored: list[tuple[float, int]] = []
    for _text, score, index in found:
        if not any(
            max((fuzz.ratio(w, c) for c in token_sets[index]), default=0) >= 85 for w in distinct_words
        ):
            continue  # share at least one distinctive word, not just "rare earth"
        if mention_heads and heads[index] and not mention_heads & heads[index]:
            score -= 10  # "mine" is not "facility"
        scored.append((score, index))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < FUZZY_CUTOFF:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < FUZZY_MARGIN:
        return None  # two names fit about as well: let a person pick
    return choices[scored[0][1]]


def _head_mentions(
    tokens: list[_Token], sentence: str, heads: frozenset[str], lo: int, hi: int, follow_place: bool
) -> list[tuple[int, int, str]]:
    """(start, end, text) of noun phrases ending in a head noun, within [lo, hi) characters."""
    found = []
    for i, token in enumerate(tokens):
        if token.lower not in heads or not (lo <= token.start < hi):
            continue
        j = i
        while j > 0 and i - j < 5:
            prev = tokens[j - 1]
            if prev.start < lo or prev.possessive and prev.lower in _DETERMINERS:
                break
            if prev.lower in _DETERMINERS:
                j -= 1
                break
            if prev.lower in _MODIFIER_STOPS or prev.text[0].isdigit():
                break
            if prev.text[0].islower() and prev.lower.endswith(("ed", "ly")):
                break
            j -= 1
        end = token.end
        if (
            follow_place
            and i + 2 < len(tokens)
            and tokens[i + 1].lower in {"in", "at", "near"}
            and _capitalised(tokens[i + 2])
            and tokens[i + 2].start < hi
        ):
            end = tokens[i + 2].end
        bare = j == i or (j == i - 1 and tokens[j].lower in _DETERMINERS)
        if bare and not any(tokens[k].text[:1].isupper() for k in range(j, i + 1)):
            continue  # "the mine", "a project": nothing to match on
        found.append((tokens[j].start, end, sentence[tokens[j].start : end]))
    return found


def _trigrams(text: str) -> set[str]:
    return {text[j : j + 3] for j in range(len(text) - 2)}


@lru_cache(maxsize=8)
def _name_index(
    names: tuple[str, ...],
) -> tuple[list[tuple[int, str]], dict[str, list[tuple[int, str, str]]]]:
    """Short upper-case names (matched as words), and the others under the rarest three
    characters of their lower-case spelling: a name can only be in a message that holds
    those three characters, so a message is compared with a handful of names, not with all
    10,000 known projects (which mostly share their first and last words)."""
    acronyms: list[tuple[int, str]] = []
    others: list[tuple[int, str, str]] = []
    for i, name in enumerate(names):
        if len(name) < 3:
            continue
        if len(name) <= 5 and name.isupper():
            acronyms.append((i, name))
        else:
            others.append((i, name, name.lower()))
    counts: Counter[str] = Counter()
    for _i, _name, low in others:  # two passes: 10,000 sets of trigrams held at once cost 36 MB
        counts.update(_trigrams(low))
    by_gram: dict[str, list[tuple[int, str, str]]] = {}
    for entry in others:
        rarest = min(_trigrams(entry[2]), key=lambda g: (counts[g], g))
        by_gram.setdefault(rarest, []).append(entry)
    return acronyms, by_gram


def _known_name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    acronyms, by_gram = _name_index(tuple(names))
    found: list[tuple[int, int, int, str]] = []  # (name's position in names, start, end, name)
    lowered = text.lower()
    for i, name in acronyms:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            found.append((i, m.start(), m.end(), name))
    for gram in _trigrams(lowered) & by_gram.keys():
        for i, name, low in by_gram[gram]:
            at = lowered.find(low)
            if at >= 0:
                lead = 4 if lowered[max(0, at - 4) : at] == "the " else 0
                found.append((i, at - lead, at + len(name), name))
    found.sort(key=lambda f: f[0])  # in the order of names, as one pass over them gave
    return [(start, end, name) for _i, start, end, name in found]


# --- Dates -----------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DATE = re.compile(
    rf"""\b(?:\d{{4}}-\d{{2}}-\d{{2}}
    | (?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d)
    | (?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?(?!\d)
    | (?:in|since|during|last)\s+{_MONTH}(?:\s+\d{{4}})?(?!\d)
    | (?:in|since|during)\s+(?:19|20)\d{{2}}(?!\d)
    | yesterday | today | this\s+morning | last\s+night | earlier\s+today
    | last\s+(?:week|month|year|{_WEEKDAY})
    | on\s+{_WEEKDAY}
    | (?:a|an|one|two|three|four|five|\d{{1,2}})\s+(?:days?|weeks?|months?|years?)\s+ago
    )\b""",
    re.I | re.X,
)
_DATE_LEAD = re.compile(r"^(?:in|since|during|on)\s+", re.I)
# "from August 1", "by March 2026": when something takes effect, not when it was announced.
_NOT_ANNOUNCEMENT = re.compile(
    r"\b(?:from|by|until|till|starting|effective|beginning|before"
    r"|through|ahead of)\s*$",
    re.I,
)


@lru_cache(maxsize=2048)
def _parse_date(phrase: str, today: date) -> date | None:
    settings: Any = {
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser can trip on odd input; a missing date is fine
        return None
    if parsed is None or parsed.date() > today:
        return None  # a future date is a deadline or delivery, not when it was announced
    return parsed.date()


def _find_date(text: str, today: date) -> date | None:
    for m in _DATE.finditer(text):
        if _NOT_ANNOUNCEMENT.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        found = _parse_date(_DATE_LEAD.sub("", m.group().lower()), today)
        if found is not None:
            return found
    return None


# --- Project status changes ------------------------------------------------------------------

_STATUS_WORD = (
    r"(?P<status>commercial production|production|producing|construction|commissioning"
    r"|permitting|exploration|financing|definitive feasibility(?: study)?"
    r"|bankable feasibility(?: study)?|pre-?feasibility(?: study)?"
    r"|feasibility(?: study)?|preliminary economic assessment|care and maintenance"
    r"|(?-i:PEA|PFS|DFS|BFS))"
)
_STATUS_CHANGES = (
    re.compile(
        r"\b(?P<verb>entered|enters|entering|moved into|moves into|moving into"
        r"|advanced (?:in)?to|advances (?:in)?to|progressed (?:in)?to|went into"
        r"|has gone into|goes into|is now in|are now in|now in|reached|reaches|started"
        r"|starts|began|begins|begun|commenced|commences|kicked off|completed|completes"
        r"|finished|published|released|delivered|filed|launched|achieved|hit|resumed"
        r"|put into|placed on|placed into|went on)\s+(?:the\s+|its\s+|a\s+|an\s+"
        rf"|their\s+)?(?:final\s+|full\s+|first\s+)?{_STATUS_WORD}\b",
        re.I,
    ),
    re.compile(
        rf"\b{_STATUS_WORD}\s+(?:has\s+|have\s+)?(?P<verb>began|begun|started|commenced"
        r"|got under way|is under ?way|kicked off)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:is|are|was|were|has been|have been|now)\s+(?:officially\s+)?"
        r"(?P<status>under construction|in production|producing|operating"
        r"|in commissioning|in permitting|on hold|suspended|halted|paused|shelved"
        r"|mothballed|stalled|cancell?ed|scrapped|abandoned|put on hold|placed on hold"
        r"|on care and maintenance)\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<status>broke ground|breaks ground|poured first|first production"
        r"|first concentrate|first ore|first shipment)\b",
        re.I,
    ),
)
_PROJECT_STATUS_WORDS = {
    "commercial production": "production",
    "in production": "production",
    "producing": "production",
    "operating": "production",
    "under construction": "construction",
    "in commissioning": "commissioning",
    "in permitting": "permitting",
    "on hold": "stalled",
    "suspended": "stalled",
    "halted": "stalled",
    "paused": "stalled",
    "shelved": "stalled",
    "mothballed": "stalled",
    "stalled": "stalled",
    "put on hold": "stalled",
    "placed on hold": "stalled",
    "care and maintenance": "stalled",
    "on care and maintenance": "stalled",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "scrapped": "cancelled",
    "abandoned": "cancelled",
    "broke ground": "construction",
    "breaks ground": "construction",
    "poured first": "production",
    "first production": "production",
    "first concentrate": "production",
    "first ore": "production",
    "first shipment": "production",
    "definitive feasibility": "feasibility",
    "bankable feasibility": "feasibility",
    "pfs": "pre-feasibility",
    "prefeasibility": "pre-feasibility",
    "pre-feasibility": "pre-feasibility",
    "pea": "pea",
    "dfs": "feasibility",
    "bfs": "feasibility",
}
# "completed construction" means the next stage has begun.
_AFTER_COMPLETION = {"construction": "commissioning", "commissioning": "production"}
_FUTURE = re.compile(
    r"\b(?:will|plans? to|expects? to|expected to|aims? to|set to|scheduled to"
    r"|targets?|targeting|hopes? to|could|would|should|might|intends? to)\b"
    r"|\b(?-i:may)\b",
    re.I,
)


def _status_word(raw: str, verb: str | None) -> str | None:
    word = re.sub(r"\s+study$", "", raw.lower().strip())
    word = _PROJECT_STATUS_WORDS.get(word, word)
    if verb and verb.lower() in {"completed", "completes", "finished"}:
        word = _AFTER_COMPLETION.get(word, word)
    try:
        return vocab.normalize_project_status(word)
    except vocab.UnknownValue:
        return None


# --- Reading one sentence --------------------------------------------------------------------


@dataclass
class _Context:
    known_projects: tuple[str, ...]
    known_initiatives: tuple[str, ...]
    today: date
    message_date: date | None = None
    last_actor: tuple[str | None, str | None, str | None] | None = None


@dataclass
class _Sentence:
    text: str
    tokens: list[_Token]
    mentions: list[_Mention]
    amounts: list[_Amount]
    minerals: list[tuple[int, str]]
    projects: list[tuple[int, int, str, str | None]]  # start, end, mention, known name
    initiatives: list[tuple[int, int, str, str | None]]
    announced_on: date | None
    question: bool


def _descriptor(token: _Token) -> bool:
    """A lower-case noun like "carmaker" in "German carmaker BMW"."""
    word = token.lower
    return (
        token.text[:1].islower()
        and word not in _MODIFIER_STOPS
        and word not in _SUBJECT_VERBS
        and word not in _PROJECT_HEADS | _INITIATIVE_HEADS
        and not word.endswith(("ed", "ly", "ing"))
        and not _COMMIT_VERB.fullmatch(word)
    )


# Words that make "Korea Zinc" or "Australian Strategic Materials" a company, not a country.
_CORPORATE_WORDS = _word_set("""zinc nickel lithium graphite cobalt copper uranium rare earth
earths materials minerals mining metals resources energy corp corporation inc ltd limited
group holdings plc company""")


def _company_named_for_country(tokens: list[_Token], m: _Mention, taken: set[int]) -> int:
    """Token index where a company name starting with a country ends, or m.last if none."""
    if m.possessive:
        return m.last
    j = m.last
    while (
        j < len(tokens)
        and j not in taken
        and j - m.last < 4
        and (_capitalised(tokens[j]) or tokens[j].text[:1].isdigit())
    ):
        j += 1
        if tokens[j - 1].possessive:
            break
    if any(tokens[k].lower in _CORPORATE_WORDS for k in range(m.last, j)):
        return j
    return m.last


def _with_adjacent_names(
    tokens: list[_Token], mentions: list[_Mention], text: str, blocked: set[int]
) -> list[_Mention]:
    """Fold "Japan's JOGMEC", "Korea Zinc" and "German carmaker BMW" into one organisation."""
    taken = {i for m in mentions for i in range(m.first, m.last)} | blocked
    out: list[_Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        adjacent_org = nxt is not None and nxt.first == m.last and nxt.kind == "org"
        if m.kind == "country" and adjacent_org and nxt is not None:
            merged = _Mention(
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
                _Mention(
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
        if m.kind == "country":
            company_end = _company_named_for_country(tokens, m, taken)
            if company_end > m.last:
                name = text[m.start : tokens[company_end - 1].end]
                out.append(
                    _Mention(
                        m.first,
                        company_end,
                        m.start,
                        tokens[company_end - 1].end,
                        name,
                        "name",
                        name,
                        m.value,
                        tokens[company_end - 1].possessive,
                    )
                )
                taken.update(range(m.last, company_end))
                i += 1
                continue
        if m.kind == "country" and (m.possessive or m.adjective):
            k = m.last
            if m.adjective and not m.possessive:
                while k < len(tokens) and k - m.last < 3 and _descriptor(tokens[k]):
                    k += 1
            run = _name_run(tokens, k, taken)
            if run and tokens[run[0]].lower in _TITLES:
                run = None
            if run:
                start, end = tokens[run[0]].start, tokens[run[1] - 1].end
                name = text[start:end]
                if not _mineral_table()[0].get(name.lower()):
                    out.append(
                        _Mention(
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
        out.append(m)
        i += 1
    return out


def _projects_by_short_name(
    tokens: list[_Token],
    text: str,
    mentions: list[_Mention],
    projects: list[tuple[int, int, str, str | None]],
    money_tokens: set[int],
    known: Sequence[str],
) -> list[tuple[int, int, str, str | None]]:
    """Known projects named without a head noun: "Thacker Pass" for "Thacker Pass lithium project"."""
    taken = {i for m in mentions for i in range(m.first, m.last)} | money_tokens
    taken |= {i for i, t in enumerate(tokens) if any(s <= t.start < e for s, e, _, _ in projects)}
    found: list[tuple[int, int, str, str | None]] = []
    i = 0
    while i < len(tokens):
        run = _name_run(tokens, i, taken)
        if run is None:
            i += 1
            continue
        start, end = tokens[run[0]].start, tokens[run[1] - 1].end
        name = text[start:end]
        match = best_match(name, known)
        # Every word of the short name must be in the full one, so "Lynas" is not "Lynas Mine".
        if match and {w.lower for w in tokens[run[0] : run[1]]} <= {t.lower for t in _tokens(match)}:
            found.append((start, end, name, match))
        i = run[1]
    return found


def _read_sentence(text: str, ctx: _Context) -> _Sentence:
    tokens = _tokens(text)
    amounts = _find_amounts(text)
    money_tokens = {i for i, t in enumerate(tokens) if any(a.start <= t.start < a.end for a in amounts)}
    mentions = _known_mentions(tokens, text)
    projects: list[tuple[int, int, str, str | None]] = []
    for start, end, name in _known_name_spans(text, ctx.known_projects):
        projects.append((start, end, text[start:end], name))
    for start, end, mention in _head_mentions(tokens, text, _PROJECT_HEADS, 0, len(text), True):
        if not any(s <= start < e or start <= s < end for s, e, _, _ in projects):
            projects.append((start, end, mention, best_match(mention, ctx.known_projects)))
    if ctx.known_projects:
        projects += _projects_by_short_name(
            tokens, text, mentions, projects, money_tokens, ctx.known_projects
        )
    initiatives: list[tuple[int, int, str, str | None]] = []
    for start, end, name in _known_name_spans(text, ctx.known_initiatives):
        initiatives.append((start, end, text[start:end], name))
    for start, end, mention in _head_mentions(tokens, text, _INITIATIVE_HEADS, 0, len(text), False):
        if not any(s <= start < e or start <= s < end for s, e, _, _ in initiatives):
            initiatives.append((start, end, mention, best_match(mention, ctx.known_initiatives)))
    # A name inside a project or initiative ("Canada-led ... alliance") is not an actor.
    named_spans = [(s, e) for s, e, _, name in initiatives if name]
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in named_spans) or m.kind == "org"]
    mentions = [m for m in mentions if not any(i in money_tokens for i in range(m.first, m.last))]
    mentions = _with_adjacent_names(tokens, mentions, text, money_tokens)
    stripped = text.rstrip(" )\"'")
    question = stripped.endswith("?") or bool(_QUESTION_START.match(text))
    return _Sentence(
        text,
        tokens,
        mentions,
        amounts,
        _find_minerals(tokens),
        sorted(projects),
        sorted(initiatives),
        _find_date(text, ctx.today),
        question,
    )


def _clause_spans(sentence: _Sentence) -> list[tuple[int, int]]:
    text = sentence.text
    cuts = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
    pieces: list[tuple[int, int]] = []
    start = 0
    for cut_start, cut_end in cuts:
        if cut_start > start:
            pieces.append((start, cut_start))
        start = cut_end
    if start < len(text):
        pieces.append((start, len(text)))

    def core(span: tuple[int, int]) -> tuple[bool, bool]:
        piece = text[span[0] : span[1]]
        has_amount = any(span[0] <= a.start < span[1] for a in sentence.amounts)
        return _instrument(piece) is not None, has_amount

    merged: list[tuple[int, int]] = []
    for piece in pieces:
        if not merged:
            merged.append(piece)
            continue
        current = merged[-1]
        cur_instrument, cur_amount = core(current)
        new_instrument, new_amount = core(piece)
        independent = new_instrument or (new_amount and cur_amount)
        if (cur_instrument or cur_amount) and independent:
            merged.append(piece)
        else:
            merged[-1] = (current[0], piece[1])
    return merged


def _instrument(text: str) -> str | None:
    for name, pattern in _INSTRUMENT_PATTERNS:
        if pattern.search(text):
            return name
    return None


def _status(text: str) -> str | None:
    best = None
    for name, pattern in _STATUS_PATTERNS:
        if pattern.search(text):
            if name == "conditional" and re.match(r"\s*if\b", text, re.I):
                continue  # a leading "if" is a hypothetical, handled elsewhere
            best = name if best is None or _STATUS_RANK[name] < _STATUS_RANK[best] else best
    return best


def _role(sentence: _Sentence, mention: _Mention, previous: _Mention | None) -> str:
    """ "agent" (after "by"), "object" (after a preposition), "coordinate" or "subject"."""
    tokens = sentence.tokens
    i = mention.first - 1
    while i >= 0 and tokens[i].lower in _DETERMINERS:
        i -= 1
    if i < 0:
        return "subject"
    word = tokens[i].lower
    if word == "by":
        return "agent"
    if word in _OBJECT_WORDS:
        return "object:" + word
    between = sentence.text[previous.end : mention.start] if previous else ""
    if previous is not None and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", between):
        return "coordinate"
    return "subject"


def _actor_and_counterparty(
    sentence: _Sentence,
    lo: int,
    hi: int,
    clause: str,
    instrument: str | None,
    project_spans: list[tuple[int, int]],
) -> tuple[_Mention | None, str | None]:
    mentions = [m for m in sentence.mentions if lo <= m.start < hi]
    roles: list[str] = []
    previous = None
    for m in mentions:
        role = _role(sentence, m, previous)
        if role == "coordinate" and roles:
            role = "co-" + roles[-1]
        roles.append(role)
        previous = m
    subjects = [m for m, r in zip(mentions, roles, strict=True) if r == "subject"]
    agents = [m for m, r in zip(mentions, roles, strict=True) if r == "agent"]
    co_subjects = [m for m, r in zip(mentions, roles, strict=True) if r == "co-subject"]
    objects = [
        (m, r.split(":")[-1])
        for m, r in zip(mentions, roles, strict=True)
        if r.startswith(("object", "co-object"))
    ]
    actor: _Mention | None = None
    counterparty: _Mention | None = None
    froms = [m for m, word in objects if word == "from"]
    if _RECEIVE.search(clause) and froms and instrument in _MONEY_INSTRUMENTS:
        actor = froms[0]
        counterparty = subjects[0] if subjects else _generic_subject(sentence, lo, hi, project_spans)
    elif agents:
        actor = agents[0]
        counterparty = subjects[0] if subjects else None
    elif subjects:
        actor = subjects[0]
        orgs = [m for m in subjects[1:] if m.kind in {"org", "name"}]
        if actor.kind == "country" and orgs:  # "Japan, through JOGMEC, agreed..."
            org = orgs[0]
            actor = _Mention(
                org.first,
                org.last,
                org.start,
                org.end,
                org.text,
                org.kind,
                org.value,
                org.country or actor.value,
                org.possessive,
            )
        if co_subjects:
            counterparty = co_subjects[0]
    if actor is None:
        actor = _generic_subject(sentence, lo, hi, project_spans)
    if counterparty is None:
        for m, word in objects:
            if word in _COUNTERPARTY_WORDS and m is not actor:
                counterparty = m
                break
    party = None
    if counterparty is not None and (actor is None or counterparty.value != actor.value):
        party = counterparty.value if counterparty.kind != "name" else counterparty.text
    if party is None:
        party = _generic_counterparty(sentence, lo, hi, project_spans, actor)
    return actor, party


def _taken_tokens(sentence: _Sentence, project_spans: list[tuple[int, int]]) -> set[int]:
    taken = {i for m in sentence.mentions for i in range(m.first, m.last)}
    for i, t in enumerate(sentence.tokens):
        if any(s <= t.start < e for s, e in project_spans) or any(
            a.start <= t.start < a.end for a in sentence.amounts
        ):
            taken.add(i)
    return taken


def _generic_subject(
    sentence: _Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]]
) -> _Mention | None:
    """An organisation we do not know, named right before its verb ("Sojitz agreed ...")."""
    tokens = sentence.tokens
    taken = _taken_tokens(sentence, project_spans)
    for i, token in enumerate(tokens):
        if not (lo <= token.start < hi):
            continue
        if i > 0 and tokens[i - 1].lower in _OBJECT_WORDS | {"by"}:
            continue
        run = _name_run(tokens, i, taken)
        if run is None:
            continue
        first, last = run
        if last < len(tokens) and tokens[last].lower in _SUBJECT_VERBS and tokens[last].start < hi:
            name = " ".join(t.text for t in tokens[first:last])
            if _mineral_table()[0].get(name.lower()):
                continue
            return _Mention(first, last, tokens[first].start, tokens[last - 1].end, name, "name", name, None)
    return None


def _generic_counterparty(
    sentence: _Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]], actor: _Mention | None
) -> str | None:
    tokens = sentence.tokens
    taken = _taken_tokens(sentence, project_spans)
    if actor is not None:
        taken.update(range(actor.first, actor.last))
    for i, token in enumerate(tokens):
        if not (lo <= token.start < hi) or token.lower not in _COUNTERPARTY_WORDS:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].lower in _DETERMINERS:
            j += 1
        run = _name_run(tokens, j, taken)
        if run is not None and tokens[run[0]].start < hi:
            name = " ".join(t.text for t in tokens[run[0] : run[1]])
            if not _mineral_table()[0].get(name.lower()) and len(name) > 1:
                return name[:200]
    return None


def _within(
    items: list[tuple[int, int, str, str | None]],
    lo: int,
    hi: int,
) -> tuple[int, int, str, str | None] | None:
    inside = [p for p in items if lo <= p[0] < hi]
    named = [p for p in inside if p[3]]
    candidates = named or inside
    return candidates[0] if candidates else None


def _read_clause(
    sentence: _Sentence,
    lo: int,
    hi: int,
    ctx: _Context,
    sentence_status: str | None,
    previous: CommitmentDraft | None,
    first_clause: bool,
) -> CommitmentDraft | None:
    text = sentence.text
    clause = text[lo:hi]
    project_spans = [(s, e) for s, e, _, _ in sentence.projects + sentence.initiatives]
    amounts = [a for a in sentence.amounts if lo <= a.start < hi]
    instrument = _instrument(clause)
    if instrument is None and previous is not None and amounts:
        instrument = previous.instrument  # "... lend $300m to NMG and $50m to Mason"
    actor_mention, counterparty = _actor_and_counterparty(sentence, lo, hi, clause, instrument, project_spans)
    if actor_mention is None and not (instrument or amounts):
        return None  # nothing here worth a second look

    draft = CommitmentDraft(statement=text[:STATEMENT_MAX], instrument=instrument, counterparty=counterparty)
    if actor_mention is not None:
        draft.actor = actor_mention.value
        draft.actor_name = actor_mention.text
        draft.actor_country = actor_mention.country
    elif previous is not None and previous.actor:
        draft.actor, draft.actor_country, draft.actor_name = (
            previous.actor,
            previous.actor_country,
            previous.actor_name,
        )
    elif first_clause and ctx.last_actor and _PRONOUN_START.match(text):
        draft.actor, draft.actor_country, draft.actor_name = ctx.last_actor
    if amounts:
        draft.amount, draft.currency = amounts[0].value, amounts[0].currency
        draft.amount_is_ceiling = amounts[0].ceiling
    quantity = _find_quantity(clause, sentence.amounts, instrument)
    if quantity:
        draft.quantity, draft.quantity_unit = quantity
    minerals = [code for at, code in sentence.minerals if lo <= at < hi]
    if not minerals:
        minerals = [code for _, code in sentence.minerals]
    draft.minerals = sorted(set(minerals))
    project = _within(sentence.projects, lo, hi) or _within(sentence.projects, 0, len(text))
    if project:
        draft.project_mention, draft.project = project[2], project[3]
    initiative = _within(sentence.initiatives, lo, hi) or _within(sentence.initiatives, 0, len(text))
    if initiative:
        draft.initiative_mention, draft.initiative = initiative[2], initiative[3]
    draft.status = _status(clause) or sentence_status or "announced"
    draft.announced_on = sentence.announced_on or ctx.message_date

    draft.reason = _verdict(sentence, clause, draft, bool(amounts), previous)
    draft.is_commitment = draft.reason in {"commitment", "proposal"}
    return draft


def _verdict(
    sentence: _Sentence,
    clause: str,
    draft: CommitmentDraft,
    has_amount: bool,
    previous: CommitmentDraft | None,
) -> str:
    clause = _REPORTED_WOULD.sub(" said it will ", clause)
    if sentence.question:
        return "question"
    if _NEGATION.search(clause):
        return "negation"
    if _SPECULATION.search(sentence.text):
        return "speculation"
    if _HYPOTHETICAL.search(clause):
        return "hypothetical"
    if _CHATTER.search(sentence.text):
        return "chatter"
    if draft.actor is None:
        return "no actor"
    if not (draft.instrument or has_amount):
        return "no instrument or amount"
    verb = _COMMIT_VERB.search(clause) or _status(clause) not in {None, "announced"}
    # "China imposed export controls on gallium and tariffs on graphite": one verb, two deals.
    verb = verb or bool(previous and previous.is_commitment and previous.actor == draft.actor)
    if not (draft.instrument and has_amount) and not verb:
        return "no commitment verb"
    if draft.instrument is None:
        draft.instrument = "other"
    return "proposal" if draft.status == "proposed" else "commitment"


def _status_changes(sentence: _Sentence, known: Sequence[str]) -> list[StatusChangeDraft]:
    text = sentence.text
    if sentence.question or _SPECULATION.search(text):
        return []
    found: list[StatusChangeDraft] = []
    for pattern in _STATUS_CHANGES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            status = _status_word(groups["status"], groups.get("verb"))
            lead = text[max(0, m.start() - 40) : m.start()]
            if status is None or _FUTURE.search(lead) or _NEGATION.search(lead + m.group()):
                continue
            project = _nearest_project(sentence, m.start(), m.end(), known)
            if project is None:
                continue
            mention, name = project
            if any(c.project_mention == mention and c.new_status == status for c in found):
                continue
            found.append(
                StatusChangeDraft(
                    project=name,
                    project_mention=mention,
                    new_status=status,
                    happened_on=sentence.announced_on,
                    statement=text[:STATEMENT_MAX],
                )
            )
    return found


def _nearest_project(
    sentence: _Sentence, start: int, end: int, known: Sequence[str]
) -> tuple[str, str | None] | None:
    before = [p for p in sentence.projects if p[1] <= start]
    after = [p for p in sentence.projects if p[0] >= end]
    if before:
        return before[-1][2], before[-1][3]
    if after:
        return after[0][2], after[0][3]
    # An operator named before the verb: "Nouveau Monde entered construction".
    taken = {i for m in sentence.mentions for i in range(m.first, m.last)}
    runs = []
    for i, token in enumerate(sentence.tokens):
        if token.end > start:
            break
        run = _name_run(sentence.tokens, i, taken)
        if run and sentence.tokens[run[1] - 1].end <= start:
            runs.append(run)
    if runs:
        first, last = runs[-1]
        if sentence.text[sentence.tokens[last - 1].end : start].strip(" ,") in {"", "has", "have"}:
            mention = sentence.text[sentence.tokens[first].start : sentence.tokens[last - 1].end]
            return mention, best_match(mention, known)
    return None


# --- Entry point -----------------------------------------------------------------------------


def _usable_names(names: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return _usable_names_cached(names)
    except TypeError:  # an unhashable item: filter without the cache
        return tuple(n for n in names if isinstance(n, str) and n.strip())


@lru_cache(maxsize=8)
def _usable_names_cached(names: tuple[str, ...]) -> tuple[str, ...]:
    # Cached: the message listener passes the same 10,000 names with every message.
    return tuple(n for n in names if isinstance(n, str) and n.strip())


def _extract(
    text: str, known_projects: Sequence[str], known_initiatives: Sequence[str], today: date
) -> Extraction:
    result = Extraction()
    cleaned = clean_text(text)
    if not cleaned.strip():
        return result
    ctx = _Context(_usable_names(tuple(known_projects)), _usable_names(tuple(known_initiatives)), today)
    sentences = [_read_sentence(s, ctx) for _, s in split_sentences(cleaned)]
    ctx.message_date = next((s.announced_on for s in sentences if s.announced_on), None)
    for sentence in sentences:
        sentence_status = _status(sentence.text)
        previous: CommitmentDraft | None = None
        for index, (lo, hi) in enumerate(_clause_spans(sentence)):
            draft = _read_clause(sentence, lo, hi, ctx, sentence_status, previous, index == 0)
            if draft is None:
                continue
            (result.commitments if draft.is_commitment else result.rejected).append(draft)
            if draft.actor:
                previous = draft
                ctx.last_actor = (draft.actor, draft.actor_country, draft.actor_name)
        result.status_changes.extend(_status_changes(sentence, ctx.known_projects))
    return result


def may_propose(text: str) -> bool:
    """A cheap necessary condition of `extract` finding anything: a digit, a currency sign,
    a sum of money, an instrument, a commitment verb, a project status. False is chatter."""
    cleaned = clean_text(text) if isinstance(text, str) else ""
    if any(ch.isdigit() or unicodedata.category(ch) == "Sc" for ch in cleaned):
        return True
    return bool(
        _instrument(cleaned)
        or _COMMIT_VERB.search(cleaned)
        or _find_amounts(cleaned)
        or _STATUS_WORD_ALONE.search(cleaned)  # also phrasings the status patterns miss
        or any(pattern.search(cleaned) for pattern in _STATUS_CHANGES)
    )


_STATUS_WORD_ALONE = re.compile(rf"\b{_STATUS_WORD}\b", re.I)


def extract(
    text: str,
    *,
    known_projects: Sequence[str] = (),
    known_initiatives: Sequence[str] = (),
    today: date | None = None,
) -> Extraction:
    """Draft commitments and project status changes found in one message; never raises."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return _extract(text, known_projects, known_initiatives, today or date.today())
    except Exception:  # a bad guess must never take the message handler down
        log.exception("extraction failed on a %d-character message", len(text))
        return Extraction()
