"""Reading a whole article or press release: its dateline, its headline, each commitment once,
and nothing proposed from background paragraphs about earlier years.

A pure function like extract(): no network, no Slack, no database.

- The dateline ("TOKYO, March 3, 2025 (Reuters) -", "OTTAWA, ON, Feb. 12, 2025 /CNW/ -",
  "3 March 2025 —", "CANBERRA, 20 June 2025" on a line of its own, "WASHINGTON — ..." with a
  "Published: ..." line) is cut off the lead, so its city is not read as an actor, and its
  date is the announcement date of every commitment the article reports; other dates in the
  article are read relative to it.
- The headline is read first: its commitment (if any) is merged with the body's, and its
  actor and project stand in for the lead's when the lead names none ("The agency will
  invest..." under "JOGMEC takes stake in ...").
- A sentence about earlier years ("In 2023, the bank lent...", "previously", "last year's",
  a date well before the dateline) proposes nothing: its drafts are rejected as background.
- The same commitment in the headline, the lead and a quote is one draft: drafts with the
  same actor and instrument whose amounts agree within AMOUNT_TOLERANCE (or that lack one)
  and whose projects do not differ are merged, the most complete first. A later sentence
  that only points back ("The loan will fund...") or names neither a sum nor an instrument
  adds nothing.
- A later paragraph tells more about what was read, not something new: the same actor again
  without a sum is the same commitment unless "also", "separately"... say otherwise; a sentence
  pointing back ("Under the agreement, ...", "the investment would ...") adds its minerals,
  instrument, initiative and project; "The transaction is subject to ..." makes it conditional;
  "a package of measures" without a sum only announces the measures that follow. An article
  about one project (or initiative) is so for each commitment that names no other.
- Who acts: "the Albanese Government" or "the federal government ... through its fund" is the
  country (from the text or the dateline), its bare "$" that country's dollar; "the Commission"
  is the organisation named in full before; "the company" after a state body's deal with a
  company is that company.
- Boilerplate ("About EDC", "Forward-looking statements", "Media contact") ends the reading,
  and at most MAX_ARTICLE_SENTENCES sentences are read, which keeps a 2,000-word article
  under 30 ms at 10,000 known project names (`python -m tests.bench.extraction`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from store.extraction.actors import Mention, known_mentions
from store.extraction.cues import instrument_of, status_of
from store.extraction.gate import gated
from store.extraction.homes import region_or_city_country
from store.extraction.known_actors import CAPITAL_METONYMS, ORGANISATIONS_BY_NAME
from store.extraction.memo import reading_once
from store.extraction.minerals import find_minerals
from store.extraction.money import find_amounts, local_dollar
from store.extraction.results import STATEMENT_MAX, ClaimDraft, CommitmentDraft, Extraction, StatusChangeDraft
from store.extraction.sentence import Context, Sentence, clause_spans, read_sentence
from store.extraction.status_changes import STATUS_CHANGES, find_status_changes
from store.extraction.text import clean_text, name_run, split_sentences, tokenize
from store.extraction.verdict import AGGREGATE, _claim_of, _name, _read_clause, _usable_names, _verdict

log = logging.getLogger(__name__)

MAX_ARTICLE_CHARS = 60_000  # of the raw text; a page longer than this is read from its start
MAX_ARTICLE_SENTENCES = 50  # the articles run 5 to 50 sentences; past this the reader stops
HEADLINE_CHARS = 300
AMOUNT_TOLERANCE = Decimal("0.1")  # "nearly $1bn" in the headline is the lead's "$950m"
BACKGROUND_AFTER = timedelta(days=45)  # a date this long before the dateline is background

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
# Any case: a press office's "13 JUN 2025" as well as "13 June 2025".
_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))"
)
_DASH = r"(?:-{1,3}|[\u2013\u2014])"
# "TOKYO, March 3, 2025 (Reuters) -", "OTTAWA, ON, Feb. 12, 2025 /CNW/ -", "3 March 2025 —",
# "WASHINGTON —": a place in capitals and/or a date, a wire or newswire tag, a dash.
_PLACE = (
    # "WASHINGTON", "NEW DELHI", "LUXEMBOURG/BERLIN" (a story filed from two places)
    # ("LULEÅ", "MÁLAGA": capitals with accents)
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\u2019-]+(?:(?:\s+|/)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\u2019-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}){0,2}"
)
# Each run of spaces is taken whole (`\s*+`): with plain `\s*`, a run between optional parts
# could be split among them in every way, and "AB" and 4,000 spaces took seconds to refuse.
_DATELINE = re.compile(
    rf"^\s*+(?:(?P<place>{_PLACE})\s*+,?\s*+)?(?:{_DATE}|(?P<m4>{_MONTH})\s+(?P<d4>\d{{1,2}})(?!\d))?\s*+"
    rf"(?P<tag>\([^()\n]{{1,60}}\)|/[^/\n]{{1,40}}/)?\s*+(?P<dash>{_DASH})\s+"
)
# The date set off by dashes after the place: "MANILA, Philippines — June 9, 2025 — The bank".
_DATE_BETWEEN_DASHES = re.compile(rf"{_DATE}\s*+(?:\([^()\n]{{1,60}}\)\s*+)?{_DASH}\s+")
# A press release's dateline on a line of its own: "CANBERRA, 20 June 2025", "NEW DELHI, 16 June 2025".
# "Perth, Monday 16 June 2025": the weekday may come before the date.
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]++)?"
_DATELINE_LINE = re.compile(rf"^[^\S\n]*+(?P<place>{_PLACE})[^\S\n]*+,[^\S\n]*+{_WEEKDAY}{_DATE}[^\S\n]*+\n")
# A press release's place in title case with its full date and a dash, or on a line of its own:
# "Canberra, 17 June 2025 —", "Brussels, 18 June 2025\n" (a place alone in title case would be
# a sentence's subject).
_DATELINE_TITLE = re.compile(
    rf"^[^\S\n]*+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),[^\S\n]*+{_WEEKDAY}{_DATE}[^\S\n]*+"
    rf"(?:\([^()\n]{{1,60}}\)[^\S\n]*+)?(?:{_DASH}\s+|\n)"
)
# A release's place and its date on two lines of their own: "Canberra\n4 June\n", "PERTH\n
# Monday 16 June 2025\n" (the date may lack its year: the last such day up to today).
_DATELINE_STACKED = re.compile(
    rf"^\s*+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}|{_PLACE})[^\S\n]*+\n[^\S\n]*+{_WEEKDAY}"
    rf"(?:{_DATE}|(?P<m4>{_MONTH})\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m5>{_MONTH}))[^\S\n]*+\n"
)
# A release's date on a line of its own above the text, under at most two heading lines in
# capitals: "ASX ANNOUNCEMENT\n\n16 June 2025\n\n...", "June 10, 2025\n\nWASHINGTON, D.C. — ..."
_DATE_FIRST = re.compile(
    r"^\s*+(?:[A-Z][A-Z0-9&:/.' -]{2,60}\n\s*+){0,2}"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]++)?"
    rf"{_DATE}[^\S\n]*+\n"
)
_PUBLISHED = re.compile(
    rf"^[^\S\n]*+(?:Published|Updated|Posted|Released|Date)(?:\s+on)?\s*+:?\s*+{_DATE}[^\n]{{0,40}}$",
    re.I | re.M,
)
_BOILERPLATE = re.compile(
    r"^\s*(?:About\s+[\w&.' -]{1,60}:?\s*$|About\s+[\w&.' -]{1,40}:"
    r"|Forward[- ]looking (?:statements|information)|Cautionary (?:note|statement)"
    r"|Media (?:contacts?|enquiries|inquiries)|For (?:more|further) information|Contacts?:|SOURCE\s)",
    re.I,
)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[\"'\u201c]?[A-Z])")

# Past-time cues: a sentence (or clause) with one, and no sign of being today's news, is
# background ("In 2023, JBIC lent...", "DFC previously invested...", "last year's fund").
_BACKGROUND_CUE = gated(
    r"\b(?:previously|formerly|earlier|in the past|last year(?:'s)?|a year ago|back in|since then"
    r"|(?:two|three|four|five|several|\d+) years ago"
    # "Two years after Namibia banned exports, no refinery...": a measure looked back on
    r"|(?:a|one|two|three|four|five|six|several|a few|\d+) (?:years?|months|decades?) (?:after|since)"
    r"|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|decade)|in recent years"
    r"|first (?:offered|announced|agreed|restricted"
    r"|imposed|lent|signed|invested|awarded|committed)|had (?:already |previously )?(?:\w+ed|lent|"
    r"signed|made|given|provided|committed|awarded|won|paid|spent|taken)"
    r"|(?:in|during|since|of) (?:fiscal |early |mid-|late )?(?:(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December) )?(?P<year>(?:19|20)\d\d))\b",
    re.I,
)
# Reported speech puts today's news in the past perfect: "said it had agreed", "says they had signed".
_SAID_IT = re.compile(
    r"\b(?:said|says|announced|confirmed|added|disclosed)(?:\s+on\s+\w+)?\s+(?:that\s+)?"
    r"(?:it|they|he|she|the (?:company|group|firm|bank|agency|government|ministry))\s+$",
    re.I,
)
_NEWS_CUE = gated(
    r"\b(?:today|tonight|this (?:week|morning|afternoon)|on (?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|will|plans? to|is (?:providing|lending|investing|awarding)|new)\b",
    re.I,
)

# "In 2023, JBIC lent $200m and JOGMEC $100m": a leading time phrase covers every clause.
_LEADING_BACKGROUND = re.compile(
    rf"^\s*(?:in|during|back in|since)\s+(?:{_MONTH}\s+)?(?:19|20)\d\d\b"
    r"|^\s*(?:last year|previously|earlier|in the past|since then)\b",
    re.I,
)

# "The loan will fund...", "This $150 million grant strengthens...": a body sentence that
# starts by pointing back at a commitment already read (words between are lower case or sums).
# (no verb between: "The agency will also guarantee $50 million" is the agency's new deal)
_REFERRED = (
    r"(?:\S*\d\S*\s+|(?!(?:will|would|shall|is|are|was|were|has|have|had|also|to|can|could|may"
    r"|might|must|did|does)\s)[a-z][a-z-]*\s+){0,4}?"
    r"(?:loans?|grants?|investments?|funding|financing|facility|deals?|agreements?|commitments?"
    r"|awards?|stakes?|guarantees?|offtake|support|funds|pledges?|package|contracts?|approvals?)\b"
)
_BACK_REFERENCE = re.compile(
    r"^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|[Ss]uch|[Tt]oday['\u2019]s)\s+"
    + _REFERRED
)
# A clause that goes on with the subject of the one before: a verb with no subject of its own
# ("... and sits alongside", "... and will be repaid")
_SAME_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but)\s+)?(?:also\s+)?(?!(?:its|this|his|thus|as|plus)\b)"
    r"(?:[a-z]+s|will|would|is|has|had|can)\b"
)
_BACK_REFERENCE_INSIDE = gated(r"\b(?:the|this|that|these|its)\s+" + _REFERRED)

# "Analysis: ...", "Opinion | ...", "(Reuters Breakingviews)": a piece that weighs policies and
# reports none; its body proposes nothing.
_ANALYSIS_LABEL = re.compile(
    r"^\W*(?:analysis|opinion|comment(?:ary)?|column|explainer|editorial|viewpoint|insight"
    r"|perspective|breakingviews)\b\s*[:|\u2013\u2014-]",
    re.I,
)
_ANALYSIS_TAG = gated(r"breakingviews|opinion|analysis|column", re.I)

# A clause that weighs, urges or wishes for a policy rather than reports one ("should consider",
# "could lend", "would need to match", "calls for", "are studying", "none has yet committed").
_DELIBERATION = gated(
    r"\b(?:should|ought to|could|would (?:need|have) to|calls? for|called for|urg(?:e|es|ed|ing)"
    r"|argu(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|floated|discuss(?:ed|es|ing)?|studying|weigh(?:s|ing)?"
    r"|consider(?:s|ing)?|reviewing|exploring|looking at|said to be|(?:is|are) likely to|wants?"
    r"|hop(?:e|es|ed|ing) to|reluctant|none has|no (?:government|one|company|country) has"
    r"|(?:has|have) yet to|not yet|wait(?:ing)? to see)\b",
    re.I,
)

# "announced today a package of measures to secure supplies", "is pleased to announce a funding
# package": the measures follow, each its own commitment; without a sum, the umbrella is none.
_UMBRELLA = re.compile(
    r"\b(?:package|set|series|raft|range|slate|suite|number)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:measures|steps|policies|initiatives|actions|proposals)\b"
    # (not "under the same financing package": one told already, which a deal is part of)
    r"|(?<!same )(?<!under the )\b(?:funding|financing|support|aid|rescue|investment|stimulus)\s+package\b",
    re.I,
)

# A sum that is a cost, an estimate or a price, not money committed ("capital cost has risen to
# A$1.8 billion, up from an estimate of A$1.2 billion").
_NOT_COMMITTED_MONEY = gated(
    r"\b(?:costs?|estimated?|estimates|valu(?:ed|ation)|revenues?|profits?|sales|prices?)\b", re.I
)

# "one of the largest public financings so far": a superlative, not a total across projects.
_SUPERLATIVE_SO_FAR = gated(
    r"\b(?:one of )?the (?:largest|biggest|first|only|most \w+)\b[^.;]*?\b(?:so far|to date)\b", re.I
)

# A government named without its country ("the Union Cabinet", "the federal government",
# "officials", "the Minister of Innovation"): its country comes from the text or the dateline.
# "The Albanese Government", "the Carney government": a government named after its leader.
_GOVERNMENT_BODY = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z][\w'\u2019-]+)\s+(?=(?:government|administration|cabinet)\b))?"
    r"(?:(?:union|federal|central|national)\s+)?(?:cabinet|government|administration"
    r"|ministry|minister|officials?|prime minister|premier|president|secretary)\b",
    re.I,
)
_GOVERNMENT_IN_TEXT = gated(
    r"\b(?:(?:union|federal|central|national)\s+)?(?:government|cabinet|administration)\b"
    # the country's name in capitals ("the Government of India", not "of India signed a ...")
    r"(?:\s+of\s+(?:the\s+)?(?P<of>(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,3}))?",
    re.I,
)
# "the Ministry of Mines", "the Department of Industry, Science and Resources": a public body
# named in full, so that "The Ministry will also provide ..." later is that body.
_BODY_OF = re.compile(
    r"\b(?P<head>Ministry|Department|Agency|Office)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:(?:,|\s+and|\s+&)?\s+[A-Z][\w'\u2019-]*){0,4}"
)
# The kinds of organisation that act for their state: a country in the headline and one of these
# in the lead can be one commitment; a company of that country cannot.
_STATE_KINDS = frozenset(
    {"development-bank", "export-credit", "fund", "ministry", "defence", "energy", "agency"}
)

# A headline's "JBIC to lend ...", "Korea and Saudi Arabia to jointly stockpile ...": its subject
# (capitalised words) will do it.
_HEADLINE_TO = re.compile(
    r"^((?:[A-Z][\w.'\u2019&-]*|and|&|of|the)(?:\s+(?:[A-Z][\w.'\u2019&-]*|and|&|of|the)){0,6})"
    r"\s+to\s+(?=[a-z])"
)

# A paragraph that goes on about the commitment before it ("The expansion will double ...",
# "The grants will be paid ..."): the minerals it names are the commitment's.
_CONTINUES = re.compile(
    r"^\W*(?:The|This|These|Its|Their|That)\s+(?:[a-z][\w-]*\s+){0,2}?(?:loans?|grants?|investments?"
    r"|funding|financing|facility|deals?|agreements?|awards?|stakes?|guarantees?|expansion|plant|refinery"
    r"|project|mine|scheme|programme|program|stockpile|reserve|funds?|money)\b"
)

# A sentence that goes on about the deal itself (not the plant it pays for): "The scheme will
# provide capital subsidies to recyclers that recover lithium, cobalt and nickel".
_CONTINUES_DEAL = re.compile(
    r"^\W*(?:The|This|These|Its|Their|That)\s+(?:[a-z][\w-]*\s+){0,2}?(?:loans?|grants?|investments?"
    r"|funding|financing|facility|deals?|agreements?|awards?|stakes?|guarantees?|scheme|programme"
    r"|program|package|fund|incentives?|subsid(?:y|ies))\b"
)

# "Arafura said on Wednesday that Export Finance Australia approved a loan": the company that
# reports it is not the actor; the sentence is read from what it reports.
# "ASM Ltd (ASX: ASM) is pleased to announce that K-SURE has approved": a company's announcement
# of another's commitment, its ticker in brackets.
_REPORTED_THAT = gated(
    r"^[A-Z][^,;:\"\u201c(]{0,80}?(?:\s+\([^()\n]{1,40}\))?\s+(?:said|says|announced|confirmed|reported"
    r"|(?:is|are)\s+(?:pleased|delighted|proud|happy)\s+to\s+(?:announce|report|confirm))"
    r"(?:\s+on\s+[A-Z]\w+|\s+today|\s+yesterday)?,?\s+that\s+(?=(?:the\s+)?[A-Z])"
)
# "Arafura secures EFA and NRF funding": a headline's subject that receives is not the actor.
_HEADLINE_RECEIVES = gated(
    r"\b(?:secures?|wins?|gets?|receives?|lands?|obtains?|bags?|nets?)\b(?![^;]*\bfrom\b)", re.I
)


# A page title's site name: "JBIC to lend $300m | Ministry of Finance", "... - Reuters".
_SITE_SUFFIX = re.compile(
    r"(?:\s+\|\s+[^|]{1,60})+$|\s+-\s+(?:Reuters|Bloomberg|AP News|Nikkei Asia|Mining\.com)$"
)

# No sum of money is written without one of these (find_amounts is the costly test).
_MONEY_HINT = re.compile(
    r"\d|[$\u20ac\u00a3\u00a5\u20b9]|\b(?:million|billion|trillion|bn|crore|lakh|thousand)\b", re.I
)


@dataclass
class _Dateline:
    on: date | None
    end: int  # where the lead starts after the dateline
    place: str | None = None  # "NEW DELHI", "DARWIN, Australia"


def _date_of(match: re.Match[str], today: date) -> date | None:
    try:
        for m, d in (("m4", "d4"), ("m5", "d5")):
            # "TOKYO, March 3 (Reuters) -", "Canberra\n4 June": the last such day up to today
            if m in match.re.groupindex and match.group(m):
                month, day = _MONTHS[match.group(m)[:3].lower()], int(match.group(d))
                on = date(today.year, month, day)
                return on if on <= today else date(today.year - 1, month, day)
        for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2"), ("m3", "d3", "y3")):
            if match.group(y):
                written = match.group(m)
                month = int(written) if written.isdigit() else _MONTHS[written[:3].lower()]
                return date(int(match.group(y)), month, int(match.group(d)))
        return None
    except (KeyError, ValueError):  # "February 30": no date
        return None


def read_dateline(text: str, today: date) -> _Dateline:
    """The dateline's date and where the lead begins; a "Published: ..." line stands in for a
    dateline without a date. A year-less date is the last such day up to today."""
    on: date | None = None
    end = 0
    place: str | None = None
    match = _DATELINE.match(text[:300])
    dated = match is not None and any(match.group(g) for g in ("y1", "y2", "y3", "m4", "tag"))
    # A place alone needs a dash no sentence uses ("WASHINGTON —"), so "JBIC - a bank" stays.
    if match and (dated or (match.group("place") and match.group("dash") != "-")):
        on = _date_of(match, today)
        end = match.end()
        place = match.group("place")
        if on is None and (then := _DATE_BETWEEN_DASHES.match(text, end)) is not None:
            on, end = _date_of(then, today), then.end()
    elif (
        line := _DATELINE_LINE.match(text[:300])
        or _DATELINE_TITLE.match(text[:300])
        or _DATELINE_STACKED.match(text[:300])
    ) is not None:
        on, end, place = _date_of(line, today), line.end(), line.group("place")
    elif (first := _DATE_FIRST.match(text[:300])) is not None:
        on, end = _date_of(first, today), first.end()
        # the place's dateline under it ("WASHINGTON, D.C. — The Department ..."), if any
        below = _DATELINE.match(text[end : end + 300])
        if below and below.group("place") and below.group("dash") != "-":
            end, place = end + below.end(), below.group("place")
    if on is None:
        published = _PUBLISHED.search(text[:3000])
        if published:
            on = _date_of(published, today)
    return _Dateline(on, end, place)


def country_of_place(place: str | None) -> str | None:
    """The country of a dateline's place: a capital ("NEW DELHI") or a country named in it
    ("DARWIN, Australia"); None for a city the reader does not know."""
    if not place or "/" in place:  # "LUXEMBOURG/BERLIN": filed from two countries, neither the actor's
        return None
    for part in reversed(place.split(",")):
        capital = CAPITAL_METONYMS.get(" ".join(part.split()).lower())
        if capital:
            return capital
        words = part.strip().title()
        for mention in known_mentions(tokenize(words), words):
            if mention.kind == "country":
                return mention.value
    return None


def _dateline_city_country(place: str | None) -> str | None:
    """The country of a dateline's city or region the reader knows ("OKAYAMA", "KOLWEZI")."""
    if not place or "/" in place or "," in place:
        return None
    return region_or_city_country(" ".join(place.split()).lower())


# Words of a lender, pension fund or savings bank, which serves the place it is written from
_LOCAL_LENDER_WORDS = frozenset(
    ["bank", "pension", "pensions", "fund", "sparkasse", "caisse", "caja", "cassa"]
)


def _local_lender_of_dateline(draft: CommitmentDraft, home: str | None, text: str) -> bool:
    """Give a lender or pension fund the article's dateline's country when nothing else gives
    one ("LUSAKA - Investrust Bank will lend", "HELSINKI - Valio Pension Fund will invest"):
    a local lender's deal is news where it is; so is a company the text calls local
    ("Kurashiki Magnetics, a local motor maker,"). True if the draft changed."""
    name = draft.actor_name or draft.actor
    if home is None or draft.actor_country is not None or name is None or name in ORGANISATIONS_BY_NAME:
        return False
    words = {w.lower() for w in re.findall(r"[\w']+", name)}
    lender = (
        words & _LOCAL_LENDER_WORDS
        or any(w.endswith("bank") for w in words)
        or "credit union" in name.lower()
    )
    if not lender and f"{name}, a local " not in text and f"{name}, the local " not in text:
        return False
    draft.actor_country = home
    return True


# "the mine's operator", "the project": the project the article has just named
_THE_PROJECT = re.compile(
    r"\b(?:the|this) (?:mine|project|refinery|smelter|plant|deposit|facility|operation|site)"
    r"(?:'s|\u2019s)?\b",
    re.I,
)


# "half of the plant's output", "the mine's cobalt": the site's owner, the article's company
_THE_SITES = re.compile(
    r"\b(?:the|this) (?:mine|project|refinery|smelter|plant|deposit|facility|operation)(?:'s|\u2019s)\s"
)


# "a stake in the plant's owner, Eramine": the owner named after the site
_SITE_OWNER = re.compile(
    r"\b(?:the|this|its) (?:mine|project|refinery|smelter|plant|deposit|facility|operation)(?:'s|\u2019s)"
    r" (?:owner|operator|developer),?\s+(?=[A-Z])"
)


def _named_owner(clause: str) -> str | None:
    m = _SITE_OWNER.search(clause)
    if m is None:
        return None
    tokens = tokenize(re.split(r"[,;(]", clause[m.end() :], maxsplit=1)[0])
    run = name_run(tokens, 0, set())
    return " ".join(t.text for t in tokens[run[0] : run[1]])[:200] if run else None


# "Namibia Critical Metals, which owns Lofdal, said ...", "Lindi Graphite, the owner of the Chilalo
# mine": the company whose site it is, named in another sentence than the commitment's.
_OWNS_SITE = re.compile(
    r"(?P<owner>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,4}),\s+(?:which|that|who)\s+"
    r"(?:owns|operates|is developing|controls)|(?P<owner2>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*)"
    r"{0,4}),\s+(?:the|its)\s+(?:owner|operator|developer)\s+of"
)
_SITE_NAME = re.compile(r"\s+(?:the\s+)?(?P<site>[A-Z][\w'\u2019-]+)")
# "Capstone Copper, the mine's operator, said": the owner of the site the sentence names
_SITES_OWNER = re.compile(
    r"(?P<owner>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,4}),\s+(?:the|its)\s+"
    r"(?:mine|project|refinery|smelter|plant|deposit)(?:'s|\u2019s)\s+(?:owner|operator|developer)\b"
)
_NAMED_SITE = re.compile(
    r"\b(?:the|its)\s+(?P<site>[A-Z][\w'\u2019-]+)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:mine|project|refinery|smelter|plant|deposit)\b"
)


def _note_site_owner(said: str, owners: dict[str, str]) -> None:
    """Remember "X, which owns Lofdal" as Lofdal's owner X."""
    if "owns" not in said and "owner" not in said and "operat" not in said and "develop" not in said:
        return
    for m in _OWNS_SITE.finditer(said):
        site = _SITE_NAME.match(said, m.end())
        if site is not None:
            owners.setdefault(site.group("site").lower(), m.group("owner") or m.group("owner2"))
    for m in _SITES_OWNER.finditer(said):
        site = _NAMED_SITE.search(said)  # else "the mine" is the site the article is about
        owners.setdefault(site.group("site").lower() if site is not None else "", m.group("owner"))


def _site_owner(draft: CommitmentDraft, owners: dict[str, str]) -> str | None:
    """The owner named in the article of the site a commitment is about ("the Lofdal mine")."""
    named = f"{draft.project_mention or ''} {draft.project or ''}".lower().split()
    if named:
        named.append("")  # a site named without its name is the one this commitment names
    return next((owner for site, owner in owners.items() if site in named and owner != draft.actor), None)


# "lend a further $40 million to the company": the company a commitment went to before
_TO_THE_COMPANY = re.compile(
    r"\b(?:to|in|into|with|for)\s+the\s+(?:company|firm|miner|developer|producer|group)\b(?!['\u2019])"
)


# A sentence about the commitment just read that names who gets it: "The award, made under
# the Defense Production Act, will go to Silver Basin Metals to complete the smelter".
_RECIPIENT = re.compile(
    r"^(?:The|That|This) (?:award|loan|grant|investment|funding|financing|guarantee|money|credit)\b"
    r"[^.;]{0,80}?\b(?:go(?:es)?|went|be (?:paid|lent|given|awarded|made available)) to\s+",
)


# A later sentence that puts a condition on the commitment just read: "The transaction is
# subject to regulatory approvals", "Completion remains conditional on financing".
_CONDITION_OF_PREVIOUS = re.compile(
    r"^\W*(?:(?:The|This|That|Its|Their|(?P<whose>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|\u2019s))"
    r"\s+(?:[\w-]+\s+){0,2}?(?P<what>deals?|transactions?|agreements?"
    r"|acquisitions?|purchases?|investments?|loans?|financing|sale|stake|offtake|grants?|facility"
    r"|commitments?|completion|closing"
    # "The restart is subject to a final investment decision": the works the money pays for
    r"|restart|expansion|construction|development)|(?:Completion|Closing|Financial close)"
    # "Completion of the stake purchase is subject to approval": the deal named after "of"
    r"(?:\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<what_of>deal|transaction|acquisition"
    r"|purchase|sale|stake|investment|loan|financing|offtake|grant))?)"
    r"\s+(?:is|are|remains?|will be|would be|will remain)\s+(?:still\s+)?"
    r"(?:subject to|conditional (?:on|upon)|contingent (?:on|upon)|pending)\b"
)


_CONDITIONED_KINDS = {
    "transaction": "equity",
    "acquisition": "equity",
    "purchase": "equity",
    "sale": "equity",
    "stake": "equity",
    "investment": "equity",
    "loan": "loan",
    "financing": "loan",
    "facility": "loan",
    "grant": "grant",
    "offtake": "offtake",
}


def _conditioned(found: list[CommitmentDraft], what: str | None, whose: str | None = None) -> CommitmentDraft:
    """The commitment a condition is put on: the last of the kind it names ("the loan", "Rio
    Tinto's investment": of that actor), else the article's first ("The deal is subject to
    approval")."""
    kind = _CONDITIONED_KINDS.get((what or "").lower().removesuffix("s"))
    same_kind = [d for d in found if kind is not None and d.instrument == kind]
    if whose:
        theirs = [d for d in found if whose in (d.actor, d.actor_name)]
        same_kind = [d for d in same_kind if d in theirs] or theirs or same_kind
    return same_kind[-1] if same_kind else found[0]


def _recipient_of(sentence: str) -> str | None:
    m = _RECIPIENT.match(sentence)
    if m is None:
        return None
    tokens = tokenize(sentence[m.end() :])
    run = name_run(tokens, 0, set())
    return " ".join(t.text for t in tokens[run[0] : run[1]])[:200] if run else None


def _named_as_place(party: str | None, statement: str) -> bool:
    """Whether a statement writes a counterparty's name as where something is ("on Andøya")."""
    if party is None or not party[:1].isupper():
        return False
    return re.search(rf"\b(?:in|on|at|near)\s+{re.escape(party)}\b(?!\s+[A-Z])", statement) is not None


def _is_place(party: str | None) -> bool:
    """A counterparty logged as a country code: where the thing is, not who gets the money."""
    return party is not None and len(party) == 2 and party.isupper()


def _paragraphs(body: str) -> list[str]:
    """The article's paragraphs up to its boilerplate, without "Published:" lines."""
    out: list[str] = []
    for paragraph in _PARAGRAPH.split(body):
        paragraph = paragraph.strip()
        if not paragraph or _PUBLISHED.match(paragraph):
            continue
        if out and _BOILERPLATE.match(paragraph):
            break
        out.append(paragraph)
    return out


def _background(clause: str, sentence: Sentence, dateline: date | None) -> str | None:
    """Why a clause reports an earlier commitment (the reason it is rejected), or None."""
    if _NEWS_CUE.search(clause):
        return None
    for cue in _BACKGROUND_CUE.finditer(clause):
        year = cue.group("year")
        if cue.group().lower().startswith("had ") and _SAID_IT.search(clause[: cue.start()]):
            continue  # "LG said it had agreed to buy": today's news, told in the past tense
        if year is None:
            return f'background ("{cue.group()}")'
        if dateline is None or int(year) < dateline.year:
            return f"background (in {year})"
    if dateline and sentence.announced_on and sentence.announced_on < dateline - BACKGROUND_AFTER:
        return f"background (dated {sentence.announced_on.isoformat()})"
    return None


_PART_OF = re.compile(r"\b(?:under|as part of|part of)\s+$", re.I)
# "Uzbekistan will also fast-track permits for copper processing projects": a government's own
# measure, news in a later paragraph though it moves no money
_PERMITS_MEASURE = re.compile(
    r"\b(?:will|to)\s+(?:also\s+)?(?:fast-?track|speed up|streamline)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:permits?|permitting|approvals?|licen[cs]\w*)\b",
    re.I,
)


def _government_measure(clause: str, draft: CommitmentDraft) -> bool:
    return (
        draft.actor is not None
        and draft.actor == draft.actor_country
        and bool(_PERMITS_MEASURE.search(clause))
    )


def _no_news(clause: str, draft: CommitmentDraft, index: int, sentence: str) -> str | None:
    """Why a body clause adds no commitment of its own: it points back at one already read
    ("The loan will fund..."), or names neither an amount nor an instrument."""
    if index == 0 and _BACK_REFERENCE.match(clause):
        return "refers back to a commitment already read"
    if index > 0 and draft.amount is None and _BACK_REFERENCE.match(sentence) and _SAME_SUBJECT.match(clause):
        # "The loan will run for 15 years and sits alongside Australian government
        # financing": the later verb's subject is still the loan told before
        return "refers back to a commitment already read"
    if (
        draft.amount is None
        and (inside := _BACK_REFERENCE_INSIDE.search(clause))  # "said the funding would"
        # (not "will sell lithium chloride to Chengxin under the same financing package": a
        # new deal made part of one told already)
        and not (inside.group().lower().split()[1] == "same" and _PART_OF.search(clause, 0, inside.start()))
    ):
        return "refers back to a commitment already read"
    if (
        draft.amount is None
        and draft.instrument in (None, "other")
        and not _government_measure(clause, draft)
    ):
        return "no amount or instrument (an article's later paragraph)"
    if draft.instrument in (None, "other") and _NOT_COMMITTED_MONEY.search(clause):
        return "a cost, price or estimate, not money committed"
    return None


# "KEXIM will also take a stake", "Separately, the agency will...": a second commitment.
# This, the umbrella and "another thing" are tried on a few drafts only, so they are plain
# patterns: a literal gate's words ("to", "in", "also") would be looked for in every text.
_ANOTHER = re.compile(
    r"\b(?:also|separately|separate|in addition|additionally|another|second|further|too|as well)\b", re.I
)


def _restated(
    clause: str, draft: CommitmentDraft, found: list[CommitmentDraft], headline: Sentence | None
) -> str | None:
    """Why a later paragraph's draft without a sum is a commitment already read: its actor has
    one in the body ("KEXIM and K-SURE will fund the project alongside commercial banks", a
    quote on "investment that stays"), and nothing says it is another. The headline's is told
    in full by the body, so it does not count."""
    if _ANOTHER.search(clause):
        return None
    if draft.amount is not None:
        # '"Rp 12 trillion in Pomalaa is a signal ...," the official said': the sum already
        # read, named again without a deal of its own, whoever the sentence's subject is
        # '"The EUR 200 million we are committing is backed by sales contracts," a spokesperson
        # said': a quote naming the very sum already read speaks of that deal, whatever its words
        if (draft.instrument in (None, "other") or _quoted(draft)) and any(
            kept.amount == draft.amount and kept.currency == draft.currency for kept in found
        ):
            return "restates a commitment already read"
        # '"The SEK 2 billion guarantee lets us ...," Boliden's chief said': the one that
        # receives the guarantee names it again
        if any(
            _receives(kept, draft) and _deal_agrees(kept, draft) and kept.amount is not None for kept in found
        ):
            return "restates a commitment already read"
        return None
    told = headline.text[:STATEMENT_MAX] if headline is not None else None
    if any(
        _same_actor(kept, draft) and not _another_policy(kept, draft)
        for kept in found
        if kept.statement != told
    ):
        return "restates a commitment already read"
    return None


_POLICIES = frozenset({"export-control", "tariff", "investment-screening", "price-floor", "stockpile"})


def _another_policy(kept: CommitmentDraft, draft: CommitmentDraft) -> bool:
    """Whether the later draft is a policy of another kind than the one read: the ministry's
    export curb after the state fund's investment is news, not the investment again."""
    return (draft.instrument in _POLICIES and kept.instrument != draft.instrument) or _permits_beside_money(
        kept, draft
    )


def _permits_beside_money(kept: CommitmentDraft, draft: CommitmentDraft) -> bool:
    """Whether the draft is a government's permit measure told beside its state body's money
    ("Ottawa will also fast-track permits" after the Canada Infrastructure Bank's loan): news of
    its own, moving no money, not the loan again."""
    return (
        draft.instrument == "other"
        and draft.amount is None
        and kept.instrument not in (None, "other")
        and _is_country(draft)
        and _PERMITS_MEASURE.search(draft.statement or "") is not None
    )


def _goes_on(draft: CommitmentDraft, clause: str, index: int) -> bool:
    """Whether a clause without an actor goes on about a commitment already read."""
    if index == 0 and _CONTINUES_DEAL.match(clause):
        return True
    return draft.amount is None and _BACK_REFERENCE_INSIDE.search(clause) is not None


def _tell_more(found: list[CommitmentDraft], told: CommitmentDraft, minerals: list[str]) -> None:
    """A sentence that points back at a commitment ("Under the agreement, Marubeni will purchase
    ... neodymium and praseodymium", "the Secretary said the investment would ... under the
    National Critical Mineral Mission", "The scheme will provide capital subsidies") adds the
    minerals, instrument, initiative and project it names."""
    same = [kept for kept in found if told.actor is not None and _same_actor(kept, told)]
    received = [kept for kept in found if told.actor is not None and _receives(kept, told)]
    if not same and received:
        # "Boliden said the guarantee was subject to ...": the party that receives it tells of
        # its condition (its own trade's minerals are not the deal's)
        if received[-1].status == "announced" and told.status == "conditional":
            received[-1].status = told.status
        return
    if not same and told.actor is not None and not _is_country(told):
        return  # another party's doing ("Barrick will keep its stake")
    candidates = same or found
    of_kind = [
        kept
        for kept in candidates
        if told.instrument not in (None, "other") and kept.instrument == told.instrument
    ]
    target = (of_kind or candidates)[-1]  # "the investment": the article's investment, not its loan
    if minerals and not set(minerals) <= set(target.minerals):  # named in the sentence itself
        target.minerals = sorted(set(target.minerals) | set(minerals))
    if target.instrument in (None, "other") and told.instrument not in (None, "other"):
        target.instrument = told.instrument  # "an incentive scheme" whose "subsidies" are grants
    if target.initiative is None and told.initiative is not None:
        target.initiative, target.initiative_mention = told.initiative, told.initiative_mention
    if target.project is None and told.project is not None:
        target.project, target.project_mention = told.project, told.project_mention
    if target.status == "announced" and told.status == "conditional":  # "... was subject to"
        target.status = told.status


def _receives(kept: CommitmentDraft, told: CommitmentDraft) -> bool:
    """Whether the later draft's actor is the party the kept commitment is made to."""
    return kept.counterparty is not None and kept.counterparty in {told.actor, told.actor_name}


def _government_country(sentence: Sentence, place_country: str | None) -> tuple[str, str] | None:
    """The country of a government the sentence names ("the Government of Canada", "India's
    government"), else the dateline's; with the government as written."""
    text = sentence.text
    for match in _GOVERNMENT_IN_TEXT.finditer(text):
        for mention in sentence.mentions:
            if mention.kind != "country":
                continue
            named_of = match.group("of") and match.start("of") <= mention.start < match.end("of")
            named_before = mention.end <= match.start() and match.start() - mention.end <= 3
            if named_of or named_before:
                return mention.value, match.group().strip()
    if place_country is None:
        return None
    named = _GOVERNMENT_IN_TEXT.search(text)
    return place_country, (named.group().strip() if named else place_country)


def _note_short_names(sentence: Sentence, short_names: dict[str, Mention | None]) -> None:
    """Remember each known organisation of several words by its last word ("the European
    Commission" -> "commission"); a word two organisations end in names neither."""
    for mention in sentence.mentions:
        words = mention.text.split()
        if mention.kind != "org" or len(words) < 2:
            continue
        key = words[-1].lower().removesuffix("'s").removesuffix("\u2019s")
        known = short_names.get(key, mention)
        short_names[key] = mention if known is not None and known.value == mention.value else None


def _note_public_bodies(text: str, bodies: dict[str, str | None]) -> None:
    """Remember each "Ministry of ..." named in full by its head word; two ministries named
    make "the Ministry" neither."""
    if "of " not in text and "for " not in text:
        return
    for match in _BODY_OF.finditer(text):
        key, name = match.group("head").lower(), match.group().rstrip(",")
        known = bodies.get(key, name)
        bodies[key] = name if known == name else None


def _resolve_public_body(
    draft: CommitmentDraft, bodies: dict[str, str | None], place_country: str | None
) -> bool:
    """Read "The Ministry will also provide ..." as the ministry the article named in full
    before; its country, when the text gives none, is the dateline's."""
    name = draft.actor_name or draft.actor
    if name is None or " " in name or draft.actor in ORGANISATIONS_BY_NAME:
        return False
    full = bodies.get(name.lower())
    if full is None:
        return False
    draft.actor = draft.actor_name = full
    draft.actor_country = draft.actor_country or place_country
    return True


def _resolve_short_name(draft: CommitmentDraft, short_names: dict[str, Mention | None]) -> bool:
    """Read "The Commission will add a grant" as the organisation the article named in full
    before; True if the draft changed."""
    if draft.actor is None or draft.actor_country is not None or draft.actor in ORGANISATIONS_BY_NAME:
        return False
    words = (draft.actor_name or draft.actor).split()
    if len(words) != 1:
        return False
    known = short_names.get(words[0].lower())
    if known is None:
        return False
    draft.actor, draft.actor_name, draft.actor_country = known.value, known.text, known.country
    return True


# "The company will also supply tungsten concentrate": the company the article is about.
_THE_COMPANY = re.compile(
    r"^\W*(?:[Tt]he|[Ii]ts) (?:company|firm|miner|producer|developer|group|owner|junior|explorer)\b"
)


def _note_company_place(company: str, sentence: Sentence, places: dict[str, str]) -> None:
    """The country a company we do not know works in: "Trinity Metals, the owner of the
    Nyakabingo tungsten mine in Rwanda"."""
    if company in ORGANISATIONS_BY_NAME:
        return
    at = sentence.text.find(company)
    for mention in sentence.mentions:
        after_in = sentence.text[max(0, mention.start - 3) : mention.start].lower() == "in "
        if mention.kind == "country" and not mention.adjective and mention.start > at >= 0 and after_in:
            places.setdefault(company, mention.value)
            return


def _the_company(draft: CommitmentDraft, last: CommitmentDraft, places: dict[str, str]) -> bool:
    """Read "the company" after a state body's commitment to a company ("DFC will invest $25
    million in Trinity Metals ... The company will also supply ...") as that company, not the
    state body; True if the draft changed."""
    if draft.actor != last.actor or not (_is_country(last) or _acts_for_state(last)):
        return False
    company = last.counterparty
    if company is None or _is_place(company):
        return False
    known = ORGANISATIONS_BY_NAME.get(company)
    draft.actor = draft.actor_name = company
    draft.actor_country = known.country if known is not None else places.get(company)
    return True


# "The federal government said it would give Mason a C$45 million grant through its Strategic
# Innovation Fund": the government is the actor, the fund its channel.
_GOVERNMENT_SUBJECT = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]+\s+)?(?:(?:[Ff]ederal|[Nn]ational|[Cc]entral|[Uu]nion)\s+)?"
    r"(?:[Gg]overnment|[Aa]dministration|[Cc]abinet)\b"
)


def _through(draft: CommitmentDraft, clause: str) -> bool:
    name = draft.actor_name or draft.actor
    if not name or draft.actor == draft.actor_country:
        return False
    at = clause.find(name)
    return at > 0 and re.search(r"\bthrough\s+(?:(?:its|the|their)\s+)?$", clause[:at]) is not None


def _resolve_government(
    draft: CommitmentDraft, sentence: Sentence, clause: str, place_country: str | None
) -> bool:
    """Read "the Cabinet", "the Government of Canada", "the Minister of ..." as the country they
    govern (from the sentence or the dateline); a government with no country found is not an
    actor. True if the draft changed."""
    name = draft.actor_name or draft.actor or ""
    if draft.actor is not None:
        if draft.actor_country is not None or not _GOVERNMENT_BODY.match(name):
            return False
    elif not _GOVERNMENT_IN_TEXT.search(clause):
        return False
    found = _government_country(sentence, place_country)
    if found is None:
        if draft.actor is None:
            return False
        draft.actor = draft.actor_name = None
        return True
    country, written = found
    draft.actor_name = written if draft.actor is None else name
    draft.actor = draft.actor_country = country
    return True


def _resolve_government_counterparty(draft: CommitmentDraft, sentence: Sentence, lo: int, hi: int) -> bool:
    """Read "with the Government of Argentina" as that country, not a party called "Government";
    True if the draft changed."""
    if draft.counterparty is None or not _GOVERNMENT_BODY.fullmatch(draft.counterparty):
        return False
    for match in _GOVERNMENT_IN_TEXT.finditer(sentence.text[lo:hi]):
        if not match.group("of"):
            continue
        for mention in sentence.mentions:
            inside = lo + match.start("of") <= mention.start < lo + match.end("of")
            if mention.kind == "country" and inside and mention.value != draft.actor_country:
                draft.counterparty = mention.value
                return True
    return False


def _infer_dollar(draft: CommitmentDraft, sentence: Sentence, lo: int, hi: int) -> None:
    """A bare "$" is the dollar of the country the actor was found to act for."""
    first = next((a for a in sentence.amounts if lo <= a.start < hi), None)
    own = local_dollar(draft.actor_country) if first is not None and first.bare_dollar else None
    if own and not draft.currency_inferred:
        draft.currency, draft.currency_inferred = own, True


_RELATIVE = re.compile(r",?\s+(?:which|who|where|whose)\b")


def _governing(clause: str, sentence: Sentence, lo: int, hi: int) -> str:
    """The part of a clause that says what is done with the money: up to its sum, or up to a
    relative clause ("JBIC will lend $300m to Lynas, which could double output")."""
    ends = [a.end - lo for a in sentence.amounts if lo <= a.start < hi]
    if ends:
        return clause[: ends[0]]
    relative = _RELATIVE.search(clause)
    return clause[: relative.start()] if relative else clause


def _drop_described_minerals(drafts: list[CommitmentDraft], sentence: Sentence, lo: int, hi: int) -> None:
    """Minerals named after ", which" describe something else ("add gallium and tungsten to the
    national stockpile, which currently focuses on lithium and cobalt"), when the clause names
    its own before."""
    if not sentence.minerals:
        return
    _drop_company_minerals(drafts, sentence, lo, hi)
    if ", wh" not in sentence.text:
        return
    relative = _DESCRIBING.search(sentence.text, lo, hi)
    if relative is None:
        return
    own = sorted({code for at, code in sentence.minerals if lo <= at < relative.start()})
    if own:
        for draft in drafts:
            draft.minerals = list(own)


_DESCRIBING = re.compile(r",\s+(?:which|who|whose)\b")
# A government paying a sum "through" a named fund or programme, no loan or stake said: a grant
_THROUGH_FUND = re.compile(r"\bthrough\s+(?:the|its|a)\s+(?:[A-Z][\w-]*\s+){0,5}(?:Fund|Program(?:me)?)\b")
# A government's money given without a word for how: "is providing $12 million to Lomiko"
# "will provide a further ZMW 300 million", "will each provide A$10 million": a sum given
# alongside the commitment before it, with no instrument word of its own
_PROVIDES_MORE = re.compile(
    r"\b(?:will|to|also|each|together)\s+(?:also\s+|each\s+|together\s+)?provid(?:e|es|ing)\s+"
    r"(?:(?:a|an)\s+(?:further|additional)\s+|another\s+)?(?:[A-Z]{1,3}\$?\s?|[$€£¥₹]\s?)\d"
)


_GOVERNMENT_GIVES = re.compile(r"\b(?:provid(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|giv(?:e|es|ing)|gave)\b")


def _is_government(draft: CommitmentDraft) -> bool:
    """A country, a ministry or department ("the Ministry of Mines", "METI")."""
    if _is_country(draft):
        return True
    known = ORGANISATIONS_BY_NAME.get(draft.actor or "")
    if known is not None:
        return known.kind == "ministry"
    return _BODY_OF.match(draft.actor_name or draft.actor or "") is not None


# "state copper miner Codelco", "lithium producer Albemarle": a mineral naming a company's trade
_TRADE_OF = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+(?:miner|producer|giant|major|refiner|group|company)\s+[A-Z]")


# "recover gallium and germanium at its zinc smelter": the mineral names where, not what
_SITE_OF = re.compile(
    r"[\w-]+(?:\s+[\w-]+)?\s+(?:smelters?|refiner(?:y|ies)|mines?|plants?|operations?|works|complex)\b"
)
_AT_SITE = re.compile(r"\bat\s+(?:its|the|a|an|their)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}$")


def _names_company_or_site(text: str, at: int) -> bool:
    """Whether the mineral at `at` only names a company's trade ("copper miner Codelco") or the
    site where the thing is done ("at its zinc smelter")."""
    if _TRADE_OF.match(text, at):
        return True
    return _SITE_OF.match(text, at) is not None and _AT_SITE.search(text, max(0, at - 40), at) is not None


def _drop_company_minerals(drafts: list[CommitmentDraft], sentence: Sentence, lo: int, hi: int) -> None:
    """A mineral that only says what a company named in the clause trades in is not the
    commitment's, when the clause names one of its own ("invest in the Salares lithium project
    under a venture with state copper miner Codelco"); nor is one inside a company's name
    ("provide 50 billion won to Korea Zinc to recover germanium")."""
    inside = [(at, code) for at, code in sentence.minerals if lo <= at < hi]
    names = [(m.start, m.end) for m in sentence.mentions if m.kind == "org"]
    besides = {
        at
        for at, _ in inside
        if _names_company_or_site(sentence.text, at) or any(a <= at < b for a, b in names)
    }
    if not besides:
        return
    trade = {code for at, code in inside if at in besides}
    own = {code for at, code in inside if at not in besides}
    only_trade = trade - own
    if own and only_trade:
        for draft in drafts:
            draft.minerals = [m for m in draft.minerals if m not in only_trade]


def _minerals_of(text: str) -> list[str]:
    return sorted({code for _, code in find_minerals(tokenize(text), text)})


def _worth_reading(sentence: str) -> bool:
    """A cheap test that a body sentence may add a commitment or a status change: it names a
    sum or an instrument, or says a project moved (a verb alone gives no new draft there)."""
    return bool(
        instrument_of(sentence)
        or (_MONEY_HINT.search(sentence) and find_amounts(sentence))
        or any(p.search(sentence) for p in STATUS_CHANGES)
    )


def _filled(draft: CommitmentDraft) -> int:
    fields = (
        draft.actor_country,
        draft.counterparty,
        draft.instrument not in (None, "other"),
        draft.amount,
        draft.currency,
        draft.quantity,
        draft.minerals,
        draft.project,
        draft.initiative,
    )
    return sum(1 for f in fields if f)


def _is_country(draft: CommitmentDraft) -> bool:
    return bool(draft.actor) and draft.actor == draft.actor_country


def _acts_for_state(draft: CommitmentDraft) -> bool:
    known = ORGANISATIONS_BY_NAME.get(draft.actor or "")
    return known is not None and known.kind in _STATE_KINDS


def _same_actor(a: CommitmentDraft, b: CommitmentDraft) -> bool:
    """The same actor, or a country and one of its state bodies ("US" in the headline, the
    Commerce Department in the lead); a country's company is not the country."""
    if a.actor == b.actor:
        return True
    if a.actor and b.actor and (a.actor == b.actor_name or b.actor == a.actor_name):
        return True  # "L&T" in the headline, "Larsen & Toubro (L&T)" in the body
    if _is_country(a) and _acts_for_state(b):
        return b.actor_country == a.actor
    if _is_country(b) and _acts_for_state(a):
        return a.actor_country == b.actor
    return False


def _instruments_agree(a: CommitmentDraft, b: CommitmentDraft) -> bool:
    """The same instrument, one not said, or a government's grant it calls an investment
    ("Today's $18 million investment" after "is providing $18 million through the Fund")."""
    if (
        a.instrument == b.instrument
        or "other" in (a.instrument, b.instrument)
        or None in (a.instrument, b.instrument)
    ):
        return True
    return {a.instrument, b.instrument} == {"grant", "equity"} and (_is_country(a) or _is_country(b))


def _same_commitment(a: CommitmentDraft, b: CommitmentDraft, apart_within_sentence: bool = False) -> bool:
    """Whether two drafts report one commitment: same actor and instrument, amounts that
    agree (or one missing), projects that do not differ; in one article, two clauses of one
    sentence are two commitments ("Cabinet approves ₹1,500 crore; KABIL to invest ...")."""
    if apart_within_sentence and a.statement == b.statement:
        return False
    return (
        _same_actor(a, b)
        and _deal_agrees(a, b)
        and not _permits_beside_money(a, b)
        and not _permits_beside_money(b, a)
    )


def _deal_agrees(a: CommitmentDraft, b: CommitmentDraft) -> bool:
    """Instruments that agree, projects that do not differ, and amounts in one currency within
    the tolerance (or one of them missing)."""
    if not _instruments_agree(a, b):
        return False
    if a.project and b.project and a.project != b.project:
        return False
    if a.amount is not None and b.amount is not None:
        if a.currency and b.currency and a.currency != b.currency:
            return False
        high = max(abs(a.amount), abs(b.amount))
        return bool(high == 0 or abs(a.amount - b.amount) <= high * AMOUNT_TOLERANCE)
    return True


def _quoted(draft: CommitmentDraft) -> bool:
    return draft.statement.lstrip().startswith(('"', "\u201c"))


def _merge(kept: CommitmentDraft, other: CommitmentDraft, headline: str | None = None) -> CommitmentDraft:
    """One draft of two that report the same commitment: the more complete, gaps filled from the
    other. The headline's minerals are the whole story's ("backs vanadium and graphite
    processing"): a body draft's own minerals say which are this commitment's."""
    best, rest = (other, kept) if _filled(other) > _filled(kept) else (kept, other)
    # (a quote that restates the sum is comment: "... means Korea no longer depends on one
    # country for antimony" does not say the indium is not the deal's)
    if headline is not None and rest.minerals and best.statement == headline and not _quoted(rest):
        best.minerals = list(rest.minerals)
    elif headline is not None and best.minerals and rest.statement == headline and not _quoted(best):
        rest.minerals = list(best.minerals)
    if _is_country(best) and not _is_country(rest):  # the organisation says more than its country
        best.actor, best.actor_name = rest.actor, rest.actor_name
    elif (
        headline is not None
        and best.statement == headline
        and best.actor == rest.actor == best.actor_name != rest.actor_name
        and rest.actor_name
        and best.actor not in ORGANISATIONS_BY_NAME
    ):
        best.actor_name = rest.actor_name  # the body's "Bank Syariah Indonesia (BSI)" gives its short name
    for name in (
        "actor_country",
        "counterparty",
        "amount",
        "currency",
        "quantity",
        "quantity_unit",
        "project",
        "project_mention",
        "initiative",
        "initiative_mention",
        "announced_on",
        "note",
    ):
        if getattr(best, name) is None and getattr(rest, name) is not None:
            setattr(best, name, getattr(rest, name))
            if name == "amount":
                best.amount_is_ceiling = rest.amount_is_ceiling
    if best.counterparty and (rest.counterparty or "").startswith(best.counterparty + " "):
        best.counterparty = rest.counterparty  # "Zinnwald" in the headline, "Zinnwald Lithium" in the lead
    elif (
        headline is not None
        and _is_place(best.counterparty)
        and rest.counterparty
        and not _is_place(rest.counterparty)
    ):
        best.counterparty = (
            rest.counterparty
        )  # "a Kazakh copper miner" in the headline, "Kazakhmys" in the lead
    elif headline is not None and rest.counterparty and _named_as_place(best.counterparty, rest.statement):
        # "into Andøya graphite miner" in the headline, "in Vesterålen Mineraler, which is
        # building a graphite mine on Andøya" in the lead: the headline's word was the place
        best.counterparty = rest.counterparty
    # (not the headline's wider list, nor a quote's that took the headline's, over a body
    # draft's own: "Halyk to finance copper plant as Kazakhstan tightens tungsten exports"
    # joins two stories)
    headline_wider = (
        headline is not None and (rest.statement == headline or _quoted(rest)) and bool(best.minerals)
    )
    if set(rest.minerals) > set(best.minerals) and not headline_wider:
        # "rare earths" in the headline, "and lithium" in the lead
        best.minerals = list(rest.minerals)
    if not best.project_candidates:
        best.project_candidates = list(rest.project_candidates)
    if best.instrument in (None, "other") and rest.instrument not in (None, "other"):
        best.instrument = rest.instrument
    elif {best.instrument, rest.instrument} == {"grant", "equity"}:
        best.instrument = "grant"  # a government's "investment" that is a grant
    if best.status == "announced" and rest.status != "announced":
        best.status = rest.status  # "signed" in the lead says more than "to lend" in the headline
    return best


def dedupe(
    drafts: list[CommitmentDraft], *, one_article: bool = False, headline: str | None = None
) -> list[CommitmentDraft]:
    """Drafts in order of first mention, each commitment once."""
    out: list[CommitmentDraft] = []
    for draft in drafts:
        for i, kept in enumerate(out):
            if _same_commitment(kept, draft, one_article):
                out[i] = _merge(kept, draft, headline)
                break
        else:
            out.append(draft)
    return out


def _rejoin(drafts: list[CommitmentDraft]) -> None:
    """After merging, the drafts of one joint commitment ("Korea and Saudi Arabia will jointly
    stockpile", its amount in the lead) share their minerals, and their notes say again on
    whose record the amount is."""
    joint = [d for d in drafts if d.note and d.note.startswith("joint with")]
    for draft in joint:
        named = (draft.note or "").split(":")[0].removeprefix("joint with ").split(", ")
        group = [draft] + [d for d in joint if d is not draft and _name(d.actor, d.actor_name) in named]
        if len(group) < 2:
            continue
        minerals = next((d.minerals for d in group if d.minerals), [])
        holder = next((d for d in group if d.amount is not None), None)
        for d in group:
            d.minerals = d.minerals or list(minerals)
        names = [_name(d.actor, d.actor_name) for d in group]
        draft.note = "joint with " + ", ".join(names[1:])
        if holder is draft:
            draft.note += ": the amount is stated once, here"
        elif holder is not None:
            draft.note += f": the amount is stated once, on {_name(holder.actor, holder.actor_name)}'s record"


# Money that goes to another thing than the article's project: "lend A$50 million to a nickel
# mine", "invest A$30 million in a graphite anode manufacturer".
_ANOTHER_THING = re.compile(
    r"\b(?:to|in|into)\s+(?:an?|another|one|two|three|several)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:mines?|projects?|refiner(?:y|ies)|smelters?|plants?|compan(?:y|ies)|manufacturers?|miners?"
    r"|developers?|producers?|ventures?|start-?ups?|firms?|deposits?|facilit(?:y|ies))\b",
    re.I,
)


def _channel_of_another(runner: CommitmentDraft, draft: CommitmentDraft) -> bool:
    """Whether the money went "through" the runner's fund, a channel of the runner's own: "In
    addition, EDC will provide a loan" is not paid through the government's fund ("under
    Global Gateway", an umbrella, covers every actor)."""
    mention = runner.initiative_mention or runner.initiative or ""
    return (
        runner.actor != draft.actor
        and re.search(r"\bthrough\s+(?:the\s+|its\s+)?" + re.escape(mention), runner.statement or "")
        is not None
    )


def _one_story(drafts: list[CommitmentDraft]) -> None:
    """An article about one project (or under one initiative) tells every commitment in it about
    that one: a later draft that names none, and no company of its own as counterparty ("The
    Commission will add a EUR 25 million grant for a water treatment plant"), takes it."""
    projects = {(d.project_mention, d.project) for d in drafts if d.project}
    initiatives = {(d.initiative_mention, d.initiative) for d in drafts if d.initiative}
    runners = [d for d in drafts if d.initiative]
    for draft in drafts:
        if draft.counterparty is not None and not _is_place(draft.counterparty):
            continue
        if _ANOTHER_THING.search(draft.statement):  # "will lend A$50 million to a nickel mine"
            continue
        if len(projects) == 1 and draft.project is None and not draft.project_candidates:
            ((draft.project_mention, draft.project),) = projects
        if (
            len(initiatives) == 1
            and draft.initiative is None
            and not any(_channel_of_another(d, draft) for d in runners)
        ):
            ((draft.initiative_mention, draft.initiative),) = initiatives


# Commitments that move no money: a headline's memorandum or ban is not told by a loan in the body.
_MONEYLESS = frozenset({"mou", "letter-of-interest"}) | _POLICIES


def _other_kind(a: CommitmentDraft, b: CommitmentDraft) -> bool:
    """Whether one draft is an accord or policy and the other a different instrument
    (Kazakhstan's memorandum and the loan of Baiterek, its state holding)."""
    return a.instrument != b.instrument and bool({a.instrument, b.instrument} & _MONEYLESS)


def _absorb_headline(drafts: list[CommitmentDraft], headline: str) -> list[CommitmentDraft]:
    """A headline's commitment without a sum ("Arafura secures EFA and NRF funding") is told in
    full by the body: a body draft of the same actor takes its place, its gaps filled."""
    body = [d for d in drafts if d.statement != headline]
    out: list[CommitmentDraft] = []
    for draft in drafts:
        if draft.statement == headline and draft.amount is None:
            if draft.instrument in (None, "other") and body:
                continue  # "G7 partners pledge funds for ...": the body tells each commitment
            told = next((d for d in body if _same_actor(draft, d) and not _other_kind(draft, d)), None)
            if told is not None and not (draft.project and told.project and draft.project != told.project):
                told.project = told.project or draft.project
                told.project_mention = told.project_mention or draft.project_mention
                continue
            # "Fortum expands battery recycling as Nordics plan joint stockpile": the headline
            # joins two commitments the body tells apart, its actor's and another's instrument
            if any(_same_actor(draft, d) for d in body) and any(
                d.instrument == draft.instrument and not _same_actor(draft, d) for d in body
            ):
                continue
        out.append(draft)
    return out


def _tells_the_lead(told: CommitmentDraft, lead: CommitmentDraft) -> bool:
    """Whether a headline's draft is the lead's commitment named more loosely ("Pentagon lends
    $150 million" over "The Pentagon's Office of Strategic Capital will lend $150 million"):
    the same country, an instrument and an amount that do not disagree."""
    if told.actor_country and lead.actor_country and told.actor_country != lead.actor_country:
        return False
    return _deal_agrees(told, lead)


def _headline_into_lead(
    found: list[CommitmentDraft], lead: list[CommitmentDraft], headline: str
) -> list[CommitmentDraft]:
    """The headline sums up the lead: a headline draft whose actor no body draft names ("German
    raw materials fund", "Japanese group", "Finnish state backs Terrafame") is the lead's first
    commitment that agrees with it, whose actor is the one the article names exactly."""
    body = [d for d in found if d.statement != headline]
    out: list[CommitmentDraft] = []
    moved: list[CommitmentDraft] = []
    for draft in found:
        # ("L&T" in the headline is the body's "Larsen & Toubro (L&T)")
        # (a body draft of the same actor on another deal, "Mongolia will also impose an export
        # duty", does not make "Mongolian banks each lend $30 million" its own)
        if draft.statement == headline and not any(
            draft.actor in (d.actor, d.actor_name) and _deal_agrees(draft, d) for d in body
        ):
            into = next((d for d in lead if _tells_the_lead(draft, d)), None)
            if into is not None:
                if into.amount is None and draft.amount is not None:
                    into.amount, into.amount_is_ceiling = draft.amount, draft.amount_is_ceiling
                for name in ("currency", "counterparty", "project", "project_mention", "initiative"):
                    if getattr(into, name) is None and getattr(draft, name) is not None:
                        setattr(into, name, getattr(draft, name))
                if into.instrument in (None, "other"):
                    into.instrument = draft.instrument
                into.minerals = into.minerals or list(draft.minerals)
                moved.append(into)
                out.append(into)  # first mentioned in the headline
                continue
        if not any(draft is d for d in moved):
            out.append(draft)
    return out


# A lead that names its actor only by nationality and trade: "The Japanese refiner will ...".
_THE_NATIONAL_COMPANY = re.compile(
    # (after a dateline "MANILA, June 12 — ", if the statement keeps it)
    r"^(?:[^\n]{0,60}?\s[-\u2013\u2014]\s+)?[\"\u201c]?(?:The|the) [A-Z][a-z]+ "
    r"(?:state-owned |state |mining |trading )?"
    r"(?:company|firm|miner|producer|developer|group|refiner|smelter|trading house|carmaker|automaker"
    r"|battery maker|chipmaker|conglomerate|investor|fund|lender)\b"
)


_THE_SITE_TOLD = re.compile(r"\b(?:for|to|in|into) the (?:project|plant|mine|refinery|smelter|facility)\b")


def _without_headline_total(found: list[CommitmentDraft], headline: str) -> list[CommitmentDraft]:
    """A headline's sum that is the total of several actors' shares told in one body sentence
    ("Absa, RMB to lend R3 billion" over "Absa and RMB will each lend R1.5 billion") is no
    commitment of its first actor: the shares are the commitments."""
    shares: dict[str, list[CommitmentDraft]] = {}
    for draft in found:
        if draft.statement != headline and draft.amount is not None and draft.actor:
            shares.setdefault(draft.statement, []).append(draft)

    def is_total(draft: CommitmentDraft) -> bool:
        if draft.statement != headline or draft.amount is None or draft.amount <= 0:
            return False
        for group in shares.values():
            actors = {d.actor for d in group}
            if (
                len(actors) > 1
                and draft.actor in actors
                and all(d.currency == draft.currency for d in group)
                and abs(sum(d.amount or 0 for d in group) - draft.amount) <= draft.amount * AMOUNT_TOLERANCE
            ):
                return True
        return False

    return [d for d in found if not is_total(d)]


def _headline_fill(
    draft: CommitmentDraft, headline: Sentence | None, headline_actor: CommitmentDraft | None
) -> bool:
    """Give a lead draft the headline's actor and project when it names none (or only the
    company's country: "The Japanese refiner will take ..." under "Sumitomo Metal Mining to
    take stake ..."); True if it changed."""
    changed = False
    described = (
        _is_country(draft)
        and headline_actor is not None
        and not _is_country(headline_actor)
        and headline_actor.actor_country == draft.actor
        and _THE_NATIONAL_COMPANY.match(draft.statement) is not None
    )
    if (draft.actor is None or described) and headline_actor is not None:
        draft.actor = headline_actor.actor
        draft.actor_country = headline_actor.actor_country
        draft.actor_name = headline_actor.actor_name
        changed = True
    if draft.project is None and headline is not None:
        known = next((p for p in headline.projects if p[3]), None)
        if known:
            draft.project_mention, draft.project = known[2], known[3]
            changed = True
    return changed


def _headline_text(headline: str) -> str:
    """The page title without its site name, "X to lend ..." read as "X will lend ..."."""
    title = _SITE_SUFFIX.sub("", clean_text(headline[:HEADLINE_CHARS])).strip().rstrip(".")
    return "; ".join(_HEADLINE_TO.sub(r"\1 will ", part, count=1) for part in title.split("; "))


def _sentences(paragraphs: list[str], headline: str | None) -> list[tuple[str, int, bool]]:
    """(sentence, its paragraph's number or -1 for the headline, is the lead) of an article
    without its dateline: the headline, then at most MAX_ARTICLE_SENTENCES sentences."""
    out: list[tuple[str, int, bool]] = []
    if headline and headline.strip():
        title = _headline_text(headline)
        if title:
            out.append((title, -1, False))
    limit = len(out) + MAX_ARTICLE_SENTENCES
    for number, paragraph in enumerate(paragraphs):
        for index, piece in enumerate(split_sentences(clean_text(paragraph))):
            out.append((piece, number, number == 0 and index == 0))
        if len(out) >= limit:
            break
    return out[:limit]


class _MineralContext:
    """Minerals a commitment's own sentence does not name, from the article around it: its
    paragraph, the next paragraph when that goes on about it ("The expansion will double the
    plant's nickel sulphate output"), then the headline. Paragraphs are read only when asked."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self.headline: list[str] = []
        self._cache: dict[int, list[str]] = {}

    def _of(self, number: int) -> list[str]:
        if number not in self._cache:
            self._cache[number] = _minerals_of(self.paragraphs[number])
        return self._cache[number]

    def around(self, number: int, project: str | None = None, pointed: Sequence[str] = ()) -> list[str]:
        """`pointed`: the minerals of the commitment the clause points back at ("from the plant")."""
        if 0 <= number < len(self.paragraphs):
            if self._of(number):
                return self._of(number)
            following = number + 1
            continues = following < len(self.paragraphs) and _CONTINUES.match(self.paragraphs[following])
            if continues and self._of(following):
                return self._of(following)
        named = _minerals_of(project) if project else []  # "the Yangibana rare earths project"
        return named or list(pointed) or list(self.headline)


# "agreed to buy anode material from the plant", "at the same mine": the site of the commitment
# told before, whose minerals are this one's
_THE_SITE_BEFORE = re.compile(
    r"\b(?:from|at|of|for|to)\s+the\s+(?:same\s+)?(?:plant|mine|refinery|smelter|facility|site)\b(?!['’])",
    re.I,
)


def _read_article(
    body: str,
    headline: str | None,
    known_projects: Sequence[str],
    known_initiatives: Sequence[str],
    today: date,
) -> Extraction:
    result = Extraction()
    body = body[:MAX_ARTICLE_CHARS]
    dateline = read_dateline(body, today)
    anchor = dateline.on if dateline.on and dateline.on <= today else None
    place_country = country_of_place(dateline.place)
    dateline_home = place_country or _dateline_city_country(dateline.place)
    ctx = Context(
        _usable_names(tuple(known_projects)), _usable_names(tuple(known_initiatives)), anchor or today
    )
    analysis = bool(
        (headline and _ANALYSIS_LABEL.match(headline)) or _ANALYSIS_TAG.search(body[: dateline.end])
    )
    paragraphs = _paragraphs(body[dateline.end :])
    context = _MineralContext(paragraphs)

    found: list[CommitmentDraft] = []
    named_project: tuple[str | None, str] | None = None  # the last known project a draft named
    headline_sentence: Sentence | None = None
    headline_actor: CommitmentDraft | None = None
    changes: dict[tuple[str | None, str], StatusChangeDraft] = {}
    company_places: dict[str, str] = {}  # "Trinity Metals": "RW", where its mine is
    short_names: dict[str, Mention | None] = {}  # "commission": the European Commission named earlier
    public_bodies: dict[str, str | None] = {}  # "ministry": the Ministry of Mines named earlier
    claims: dict[tuple[str | None, str], ClaimDraft] = {}
    lead_drafts: list[CommitmentDraft] = []
    owner: str | None = None  # the last company a commitment went to: "the plant's" owner
    site_owners: dict[str, str] = {}  # "lofdal": "Namibia Critical Metals", who owns it
    for said, paragraph, is_lead in _sentences(paragraphs, headline):
        is_headline = paragraph < 0
        _note_site_owner(said, site_owners)
        recipient = None if is_headline or not found else _recipient_of(said)
        if recipient and (found[-1].counterparty is None or _is_place(found[-1].counterparty)):
            found[-1].counterparty = recipient  # "The award ... will go to Silver Basin Metals"
        condition = None if is_headline or not found else _CONDITION_OF_PREVIOUS.match(said)
        if condition is not None:  # "The transaction is subject to regulatory approvals."
            what = condition.group("what") or condition.group("what_of")
            _conditioned(found, what, condition.group("whose")).status = "conditional"
            continue  # a condition on that deal, not one of its own ("approval by the FIRB")
        if not (is_headline or is_lead) and not _worth_reading(said):
            continue
        reported = None if is_headline else _REPORTED_THAT.match(said)
        sentence = read_sentence(said[reported.end() :] if reported else said, ctx)
        if is_headline:
            headline_sentence = sentence
            context.headline = sorted({code for _, code in sentence.minerals})
        _note_short_names(sentence, short_names)
        _note_public_bodies(sentence.text, public_bodies)
        sentence_status = status_of(sentence.text)
        leading = None if is_headline else _LEADING_BACKGROUND.match(sentence.text)
        aggregate = AGGREGATE.search(_SUPERLATIVE_SO_FAR.sub("", sentence.text))
        previous: CommitmentDraft | None = None
        for index, (lo, hi) in enumerate(clause_spans(sentence)):
            drafts = _read_clause(sentence, lo, hi, ctx, sentence_status, previous, index == 0)
            if not drafts:
                continue
            clause = sentence.text[lo:hi]
            draft = drafts[0]  # the others: actors named alongside it ("each", "jointly")
            if reported:
                for each in drafts:
                    each.statement = said[:STATEMENT_MAX]
            if _GOVERNMENT_SUBJECT.match(clause) and _through(draft, clause):
                draft.actor = draft.actor_name = draft.actor_country = None  # the government acts
            changed = _resolve_government(draft, sentence, clause, place_country)
            changed = _resolve_short_name(draft, short_names) or changed
            changed = _resolve_public_body(draft, public_bodies, place_country) or changed
            changed = _local_lender_of_dateline(draft, dateline_home, sentence.text) or changed
            changed = _resolve_government_counterparty(draft, sentence, lo, hi) or changed
            if not is_headline and found and _THE_COMPANY.match(clause):
                changed = _the_company(draft, found[-1], company_places) or changed
            if (
                draft.actor is None
                and not (is_headline or is_lead)
                and headline_actor is not None
                and not (_is_country(headline_actor) or _acts_for_state(headline_actor))
                and _THE_COMPANY.match(clause)
            ):  # "The junior also agreed to sell ...": the company the headline is about
                draft.actor = headline_actor.actor
                draft.actor_country = headline_actor.actor_country
                draft.actor_name = headline_actor.actor_name
                changed = True
            if is_lead and _headline_fill(draft, headline_sentence, headline_actor):
                changed = True
            if draft.project is None and named_project is not None and _THE_PROJECT.search(clause):
                draft.project_mention, draft.project = named_project  # "the mine's operator"
            if draft.counterparty is None and "owner" in clause:
                draft.counterparty = _named_owner(clause)  # "a stake in the plant's owner, Eramine"
            if draft.counterparty is None and owner is not None and _THE_SITES.search(clause):
                draft.counterparty = owner  # "half of the plant's output": its owner's, named before
            if (
                draft.counterparty is None
                and owner not in (None, draft.actor)
                and _TO_THE_COMPANY.search(clause)
            ):
                draft.counterparty = owner  # "will lend a further $40 million to the company"
            if changed:
                has_amount = any(lo <= a.start < hi for a in sentence.amounts)
                _infer_dollar(draft, sentence, lo, hi)
                draft.reason = _verdict(sentence, clause, draft, has_amount, previous)
                draft.is_commitment = draft.reason in {"commitment", "proposal"}
            if (
                draft.instrument in (None, "other")
                and draft.amount is not None
                and _is_government(draft)
                and (
                    (draft.initiative_mention and _THROUGH_FUND.search(clause))
                    or _GOVERNMENT_GIVES.search(_governing(clause, sentence, lo, hi))
                )
            ):
                # "The Government is providing $18 million through the Fund", "The ministry will
                # also provide Rs 400 crore to KABIL": a government giving money gives a grant
                draft.instrument = "grant"
            if (
                draft.instrument in (None, "other")
                and draft.amount is not None
                and found
                and found[-1].instrument in ("loan", "grant")
                and found[-1].actor != draft.actor
                and _PROVIDES_MORE.search(clause)
            ):
                # "X will lend ZMW 150 million ... Absa Zambia will provide a further ZMW 300
                # million": another lender giving money on the same deal gives what it did
                for each in drafts:  # ("Newcastle Permanent and Greater Bank will each provide")
                    if each.instrument in (None, "other"):
                        each.instrument = found[-1].instrument
            _drop_described_minerals(drafts, sentence, lo, hi)
            if not any(lo <= at < hi for at, _ in sentence.minerals):
                for each in drafts:  # the headline's minerals are context, not this clause's
                    pointed = found[-1].minerals if found and _THE_SITE_BEFORE.search(clause) else []
                    each.minerals = (
                        []
                        if is_headline
                        else (each.minerals or context.around(paragraph, each.project, pointed))
                    )
            if draft.is_commitment:
                why = None
                receives = _HEADLINE_RECEIVES.search(sentence.text) if is_headline else None
                if analysis:
                    why = "an analysis or opinion piece"
                elif receives and draft.actor_name and draft.actor_name in sentence.text[: receives.start()]:
                    why = "the headline's recipient, not its actor"
                elif _DELIBERATION.search(_governing(clause, sentence, lo, hi)):
                    why = "weighs or urges a policy, commits nothing"
                elif draft.amount is None and _UMBRELLA.search(clause):
                    why = "names the measures the article goes on to detail"
                if why is None and not is_headline:
                    why = _background(clause, sentence, anchor)
                    if why is None and leading is not None:  # "In 2023, X lent $1m and Y $2m"
                        why = _background(leading.group(), sentence, anchor)
                    if why is None and not is_lead:
                        why = _no_news(clause, draft, index, sentence.text) or _restated(
                            clause, draft, found, headline_sentence
                        )
                if why:  # kept among the rejected drafts, with the reason
                    for other in drafts:
                        other.is_commitment, other.reason = False, why
                    if why.startswith("refers back") and found:
                        _tell_more(found, draft, sorted({code for _, code in sentence.minerals}))
            if draft.reason == "no actor" and found and not is_headline and _goes_on(draft, clause, index):
                # "The scheme will provide capital subsidies to recyclers of lithium and cobalt",
                # "An official said the investment would count towards the MSP"
                _tell_more(found, draft, sorted({code for _, code in sentence.minerals}))
            if draft.is_commitment and draft.amount is not None and aggregate:
                claim = _claim_of(draft, sentence, ctx.known_initiatives)
                claims.setdefault((claim.initiative, claim.value), claim)
                continue
            (found if draft.is_commitment else result.rejected).extend(drafts)
            if is_lead and draft.is_commitment:
                lead_drafts.extend(drafts)
            if draft.is_commitment and draft.counterparty and not _is_place(draft.counterparty):
                _note_company_place(draft.counterparty, sentence, company_places)
                owner = draft.counterparty
            if draft.is_commitment and draft.project:
                named_project = (draft.project_mention, draft.project)
            if draft.actor:
                previous = draft
                ctx.last_actor = (draft.actor, draft.actor_country, draft.actor_name)
                if is_headline and headline_actor is None:
                    headline_actor = draft
        if not is_headline and _background(sentence.text, sentence, anchor) is None:
            for change in find_status_changes(sentence, ctx.known_projects):
                changes.setdefault((change.project or change.project_mention, change.new_status), change)
    headline_statement = headline_sentence.text[:STATEMENT_MAX] if headline_sentence is not None else None
    if headline_statement is not None:
        found = _headline_into_lead(found, lead_drafts, headline_statement)
        found = _without_headline_total(found, headline_statement)
    result.commitments = dedupe(found, one_article=True, headline=headline_statement)
    if headline_sentence is not None:
        result.commitments = _absorb_headline(result.commitments, headline_sentence.text[:STATEMENT_MAX])
    _rejoin(result.commitments)
    _one_story(result.commitments)
    countries = {d.actor: d.actor_country for d in result.commitments if d.actor and d.actor_country}
    for draft in result.commitments:
        if site_owners and (draft.counterparty is None or _is_place(draft.counterparty)):
            draft.counterparty = _site_owner(draft, site_owners) or draft.counterparty
        if draft.actor_country is None and draft.actor in countries:
            draft.actor_country = countries[draft.actor]  # "Japan's Iwatani" in the lead, "Iwatani" later
        if (
            not draft.minerals
        ):  # the project's name says ("Browns Range heavy rare earths project"), else the headline
            draft.minerals = (_minerals_of(draft.project) if draft.project else []) or list(context.headline)
        if not draft.minerals and _THE_SITE_TOLD.search(draft.statement):
            # "Woori Bank will provide a credit facility to GS Caltex for the project": the
            # site the lead told of, with its minerals
            draft.minerals = next((list(d.minerals) for d in result.commitments if d.minerals), [])
        if anchor is not None:
            draft.announced_on = anchor  # the article's news is the dateline's
    result.status_changes = list(changes.values())
    result.claims = list(claims.values())
    return result


def extract_article(
    body: str,
    *,
    headline: str | None = None,
    known_projects: Sequence[str] = (),
    known_initiatives: Sequence[str] = (),
    today: date | None = None,
) -> Extraction:
    """Draft commitments, status changes and claims in a news article or press release, each
    once, dated by its dateline; never raises."""
    if not isinstance(body, str):
        body = "" if body is None else str(body)
    if headline is not None and not isinstance(headline, str):
        headline = str(headline)
    try:
        with reading_once():  # a sentence tested before it is read is not tested again
            return _read_article(body, headline, known_projects, known_initiatives, today or date.today())
    except Exception:  # a bad guess must never take the caller down
        log.exception("extraction failed on a %d-character article", len(body))
        return Extraction()


def merged(first: Extraction, second: Extraction) -> Extraction:
    """Two readings of one source (a message and the page it links to) with each commitment once."""
    changes = {(c.project or c.project_mention, c.new_status): c for c in first.status_changes}
    for change in second.status_changes:
        changes.setdefault((change.project or change.project_mention, change.new_status), change)
    claims = {(c.initiative, c.value): c for c in first.claims}
    for claim in second.claims:
        claims.setdefault((claim.initiative, claim.value), claim)
    return Extraction(
        commitments=dedupe(first.commitments + second.commitments),
        rejected=first.rejected + second.rejected,
        status_changes=list(changes.values()),
        claims=list(claims.values()),
    )
