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
- Actors: countries become ISO codes ("the U.S." -> "US", "Tokyo" -> "JP"). Known
  organisations (organisations.csv: short name, country, kind, aliases) become their short
  name ("Department of Energy" -> actor "DOE", actor_name as written) with their country; an
  organisation named next to a country ("Korea Exim", "Japan's Sojitz") takes that country.
  When a clause names an organisation and a country as joint subjects, the organisation is
  the actor. The grammatical subject wins over a place named later ("Mitsui agreed to buy
  cobalt from the Kamoa plant in Congo" -> Mitsui), also when the subject is a name we do not
  know. A company on the other side of a deal keeps the name as written ("NMG"): the one
  financed, the verb's object ("supply Ford"), the borrower ("of SK On's borrowing"), the
  owner or builder of the project ("from ioneer's Rhyolite Ridge project", "being built by
  Cobalt Blue"). Where a project lies ("a mine in Chile", "a Canadian nickel project") is
  never the counterparty; a country bought into ("a stake in Chile's lithium sector") or one a
  trade measure targets ("tariffs on Chinese graphite") is, when no one else is named.
- Several subjects ("Japan and Korea", "Germany, France and Italy") with "each" give one
  draft per actor with the amount repeated; with "jointly"/"together"/"combined" one draft
  per actor with the amount on the first only and a note on every draft ("joint with
  Australia: the amount is stated once, here"). Without either word the second is the
  counterparty ("Finland and Estonia signed an MoU").
- Instruments from the verb: money invested in or put into a company or a plant is equity
  ("$40mn into a refiner", "commits USD 75mn to a refiner", "each taking 10% of the mine"),
  "award"/"grant"/"funding" a grant, "lend"/"credit facility"/"financing"/"will finance" a
  loan, "agree to supply"/"buy the output" an offtake; "other" only when no cue fits ("invest
  in lithium refining"). A relative clause (", which owns stakes in ...") names no instrument.
- Minerals: "rare-earths" is left out beside the element it means ("NdPr oxide from the
  Ngualla rare earths project" is NdPr); magnets are rare earths; a mineral in a company's
  name ("Korea Zinc") counts only when the sentence names no other.
- Status, strongest cue in the clause first: withdrawn > disbursed > proposed > conditional >
  binding > announced; a clause with no cue takes the sentence's; the default is announced.
  A letter of interest is "conditional": it is issued subject to due diligence.
- Hypotheticals (might, may, could, would, should, a leading "if") and speculation
  (rumoured, reportedly, unconfirmed; "sources say" unless the deal is stated as done or
  decided: "will take a stake ..., according to people on the deal" is a reported fact) are
  rejected, as are questions, negations ("has no plans to") and history (a year two or more
  back with nothing new: "lent Lynas $250m in 2011"). A formal proposal stated as fact ("G7
  officials are weighing a price floor", "the EU proposed tariffs") is kept as a commitment
  with status "proposed". "Said it would" is reported speech, not a hypothetical.
- Dates: the first date phrase in the sentence (else in the message) parsed by dateparser
  relative to `today`; periods resolve to their first day ("in 2025" -> 2025-01-01, "last
  month" -> the 1st of last month). Dates after `today` are delivery or deadline dates,
  not announcement dates, and are ignored.
- Amounts: every ISO 4217 code in use (pycountry, kept to babel's legal tender) before or
  after the number, symbols, crore/lakh/lakh crore, mn/bn/tn/M/B, and number words before a
  magnitude ("half a billion euros"). A code that is also a capitalised word ("ALL", "TOP",
  "CAD") is money only with a magnitude or a sum of at least 1,000 that is not a year. A bare
  "$" or "dollars" is the actor's own dollar where its country has one (CA -> CAD, AU -> AUD,
  NZ, SG, HK, TW), with currency_inferred set; else USD. "¥" is JPY unless the sentence says
  yuan/renminbi/RMB. A range ("$100-200m", "between $1bn and $1.5bn", "EUR 200 to 300
  million") keeps the upper bound and counts as a ceiling; "from X to Y" is the new sum. A
  bare number is never money.

Modules, each importing only those listed before it
- gate, memo: what makes reading cheap without changing it: a cue pattern is not searched in a
  text that lacks every word its matches need, and a clause's instrument and status are worked
  out once while one message or article is read.
- results: CommitmentDraft, StatusChangeDraft, ClaimDraft, Extraction (what extract() returns).
- Aggregates ("mobilised more than $6.4bn across 26 projects", "in total", "so far") are
  claims about an initiative, not commitments: they would double-count the projects' own.
- text: Slack clean-up, sentences, tokens, runs of capitalised words.
- known_actors (data), money, minerals, dates, names, cues: what a sentence names and the
  cue words it is judged by, each on its own.
- actors: countries and organisations in a sentence.
- sentence: one sentence read once and cut into clauses.
- roles: a clause's actor and counterparty; status_changes: a project's new stage.
- verdict: each clause made a draft and judged, and extract() over a whole message.
- articles: extract_article() over a news article or press release (dateline, headline,
  each commitment once, background left out), and merged() for a message with its page.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.extraction.articles import extract_article, merged
    from store.extraction.money import ISO_CODES, local_dollar, parse_amount
    from store.extraction.names import best_match
    from store.extraction.names import known_name_spans as _known_name_spans
    from store.extraction.prefilter import may_propose
    from store.extraction.results import ClaimDraft, CommitmentDraft, Extraction, StatusChangeDraft
    from store.extraction.text import clean_text
    from store.extraction.verdict import _extract, extract

# Each name's module, imported at first use: the reader's cue patterns, currency tables and
# date parser cost about half the server's start-up, and importing the package (or its data,
# store.extraction.known_actors) must not pay for them before a message needs reading.
_WHERE = {
    "extract_article": ("articles", "extract_article"),
    "merged": ("articles", "merged"),
    "ISO_CODES": ("money", "ISO_CODES"),
    "local_dollar": ("money", "local_dollar"),
    "parse_amount": ("money", "parse_amount"),
    "best_match": ("names", "best_match"),
    "_known_name_spans": ("names", "known_name_spans"),
    "may_propose": ("prefilter", "may_propose"),
    "ClaimDraft": ("results", "ClaimDraft"),
    "CommitmentDraft": ("results", "CommitmentDraft"),
    "Extraction": ("results", "Extraction"),
    "StatusChangeDraft": ("results", "StatusChangeDraft"),
    "clean_text": ("text", "clean_text"),
    "_extract": ("verdict", "_extract"),
    "extract": ("verdict", "extract"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value  # looked up once
    return value


def warm_up() -> None:
    """Import the whole reader now (a server does it in the background after it listens)."""
    for name in _WHERE:
        __getattr__(name)


__all__ = [
    "ISO_CODES",
    "ClaimDraft",
    "CommitmentDraft",
    "Extraction",
    "StatusChangeDraft",
    "best_match",
    "clean_text",
    "extract",
    "extract_article",
    "local_dollar",
    "may_propose",
    "merged",
    "parse_amount",
    "warm_up",
    # Internals the tests call: the reader without its safety net, and the indexed name scan.
    "_extract",
    "_known_name_spans",
]
