"""Reading a message: each clause made a draft and judged (commitment or why not), and extract()."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from store import vocab
from store.extraction import memo
from store.extraction.actors import Mention
from store.extraction.cues import (
    BACKGROUND,
    CHATTER,
    COMMIT_VERB,
    COST,
    DEFINITE,
    HYPOTHETICAL,
    LOOKS_FOR,
    NEGATION,
    NEWS,
    OLD_YEAR,
    OUTLET_REPORT,
    PLAN_DROPPED,
    REPORTED_WOULD,
    SOURCED,
    SPECULATION,
    URGED,
    instrument_of,
    status_of,
)
from store.extraction.gate import gated
from store.extraction.homes import REGION_COUNTRIES, stated_home
from store.extraction.known_actors import ORGANISATIONS_BY_NAME
from store.extraction.minerals import without_generic
from store.extraction.money import Amount, find_quantity, home_country, local_currency, local_dollar
from store.extraction.names import scored_matches
from store.extraction.results import STATEMENT_MAX, ClaimDraft, CommitmentDraft, Extraction
from store.extraction.roles import Roles, actor_and_counterparty, gapped_subject, party_name
from store.extraction.sentence import Context, Sentence, clause_spans, read_sentence
from store.extraction.status_changes import find_status_changes
from store.extraction.text import clean_text, name_run, run_name, split_sentences, tokenize, word_set

log = logging.getLogger(__name__)

# A figure across many projects sums their own commitments: a claim about an initiative.
_AGGREGATE_CUES = gated(
    r"\bacross\s+(?:\d+|\w+)\s+(?:[\w,-]+\s+){0,5}?projects\b|\bin total\b|\bso far\b|\bto date\b"
    r"|\bmobili[sz](?:ed|es|ing)\b|\bcumulative(?:ly)?\b|\baltogether\b",
    re.I,
)
# "one of the largest financings so far" ranks a deal; it does not sum several.
# "The Investment Corporation of Dubai (ICD)", "Austria Wirtschaftsservice (aws)": the short form
# a text gives in brackets is the name it uses; one word, an acronym in any case, not "(Germany)".
# ("G6M", "L&T": capitals with a digit or an ampersand are a short name too)
_BRACKETED_SHORT = re.compile(
    r"\s*\((?P<short>[A-Z]{2,8}|[A-Z][A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŠŽČŘĎŤŇŐŰ]{1,7}|[a-z]{2,6}|[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z](?=[A-Z\d&]*[\d&])[A-Z\d&]{1,7})\)"
)


def bracketed_short_name(text: str, end: int) -> str | None:
    """The short form in brackets right after a name ending at `end`, or None."""
    m = _BRACKETED_SHORT.match(text, end)
    return m.group("short") if m else None


_RANKED = re.compile(
    r"\b(?:largest|biggest|first|only|highest|latest|most)\b[^.;]{0,80}?\b(?:so far|to date)\b", re.I
)


class _Aggregate:
    """The cue of a sentence that sums many commitments, as a pattern's search() gives it."""

    def search(self, text: str) -> re.Match[str] | None:
        for cue in _AGGREGATE_CUES.finditer(text):
            if cue.group().lower() not in {"so far", "to date"} or not _RANKED.search(text):
                return cue
        return None


AGGREGATE = _Aggregate()
_ACROSS = re.compile(r"\bacross\s+(\d+|\w+)\s+(?:[\w,-]+\s+){0,5}?projects\b", re.I)
_QUALIFIER = re.compile(
    r"\b(more than|over|at least|almost|nearly|about|around|some|up to|less than)\s*$", re.I
)


def _short_money(amount: Decimal, currency: str | None) -> str:
    for size, suffix in ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k")):
        if abs(amount) >= size:
            return (
                f"{currency or ''} {(amount / size).quantize(Decimal('0.01')).normalize():f}{suffix}".strip()
            )
    return f"{currency or ''} {amount.normalize():f}".strip()


def _claim_of(draft: CommitmentDraft, sentence: Sentence, known_initiatives: tuple[str, ...]) -> ClaimDraft:
    """An aggregate read as what a source says: its figure with its "more than" and its scope."""
    assert draft.amount is not None
    value = _short_money(draft.amount, draft.currency)
    first = min((a.start for a in sentence.amounts), default=0)
    qualifier = _QUALIFIER.search(sentence.text[:first])
    if qualifier:
        value = f"{qualifier.group(1).lower()} {value}"
    across = _ACROSS.search(sentence.text)
    if across:
        value += f" across {across.group(1)} projects"
    initiative = draft.initiative
    if initiative is None and draft.actor:  # "G7 governments ... mobilised": the G7's initiative
        pattern = re.compile(rf"\b{re.escape(draft.actor)}\b", re.I)
        initiative = next((n for n in known_initiatives if pattern.search(n)), None)
    return ClaimDraft(
        initiative=initiative,
        value=value,
        actor=draft.actor,
        amount=draft.amount,
        currency=draft.currency,
        statement=draft.statement,
    )


_PRONOUN_START = re.compile(
    r"^\s*(?:also,?\s+)?(?:it|they|the (?:bank|agency|government|ministry|fund|lender|company"
    r"|department|administration|state|country|group|firm|miner|insurer|bloc|commission))\b"
    # "The Government of India also signed ...": a body named in full, not one told before
    r"(?!\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)


# A government body named without its country ("the Ministry of Mines", "the Union Cabinet")
# acts for the country whose own currency it spends; a cabinet or government is that country.
# "Covestro will invest €20m — correction, that's Evonik, not Covestro": chatter correcting the
# actor it just typed (only when the name taken back is the actor's, so a counterparty put
# right is never read as the actor)
_NAME = r"(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}"
_ACTOR_CORRECTION = re.compile(
    r"\b(?:sorry|i mean|correction|make that)\b[\s,:;.!—–-]*(?:(?:that|it)(?:'s|\s+(?:is|was))\s+)?"
    rf"(?P<name>{_NAME}),?\s+not\s+(?P<wrong>{_NAME})\b",
    re.I,
)


def _corrected_actor(sentence: Sentence, draft: CommitmentDraft) -> Mention | None:
    """The organisation a self-correction puts in place of the draft's actor, or None."""
    fix = _ACTOR_CORRECTION.search(sentence.text) if " not " in sentence.text else None
    if fix is None:
        return None
    # "Kerala Financial Corporation is lending ... (correction: it's KSIDC, not KFC)": the
    # wrong one named as written or by its initials
    initials = "".join(word[0] for word in (draft.actor_name or "").split() if word[:1].isupper())
    if fix.group("wrong") not in {draft.actor, draft.actor_name} and not (
        len(initials) > 1 and fix.group("wrong") == initials
    ):
        return None
    start = fix.start("name")
    known = next((m for m in sentence.mentions if m.start == start and m.kind != "country"), None)
    if known is not None:
        return known
    tokens = sentence.tokens
    first = next((i for i, t in enumerate(tokens) if t.start == start), None)
    if first is None:
        return None
    last = first + len(tokenize(fix.group("name")))
    name = fix.group("name")
    return Mention(first, last, start, fix.end("name"), name, "name", name, None)


# '"We will lend NZ$40 million to the refinery," the chief executive of Kiwibank said': the
# one quoted speaking for "we", named after the closing quote before "said"
_WE_QUOTED = re.compile(r"""^\s*["“'‘]\s*(?:we|our)\b[^"”]*["”]""", re.I)
_SAID = re.compile(r"\b(?:said|says|told|added)\b")


# "could... no, it has confirmed:", "could... no, it has signed:": a hedge the writer takes back
_SELF_CORRECTION = re.compile(
    r"(?:\.\.\.|…|[-–—])\s*no,\s+(?:\w+\s+){1,3}?(?:confirmed|signed|agreed|committed|decided)\b[:,]?", re.I
)


def _quoted_speaker(sentence: Sentence) -> Mention | None:
    """The organisation that says a quoted "we" commits, or None."""
    quote = _WE_QUOTED.match(sentence.text)
    if quote is None or not _SAID.search(sentence.text, quote.end()):
        return None
    known = next((m for m in sentence.mentions if m.start >= quote.end() and m.kind != "country"), None)
    return known or _unknown_speaker(sentence, quote.end())


# '..." Coolgardie Minerals' CEO told analysts': the company whose officer speaks
_SPEAKER_TITLES = word_set("""ceo cfo chief chairman chairwoman chair president head boss
spokesman spokeswoman spokesperson founder""")


def _unknown_speaker(sentence: Sentence, after: int) -> Mention | None:
    """A company we do not know named right after a closing quote, owning its speaker's title
    ("Coolgardie Minerals' CEO told"), or None."""
    tokens = sentence.tokens
    first = next((k for k, t in enumerate(tokens) if t.start >= after), None)
    run = name_run(tokens, first, set()) if first is not None else None
    if run is None or not tokens[run[1] - 1].possessive or run[1] >= len(tokens):
        return None
    if tokens[run[1]].lower not in _SPEAKER_TITLES:
        return None
    first, last = run
    name = run_name(sentence.text, tokens, first, last)
    return Mention(first, last, tokens[first].start, tokens[last - 1].end, name, "name", name, None)


_GOVERNMENT_BODY = re.compile(
    r"\b(?:Ministry|Ministries|Department|Dept|Cabinet|Government|Govt|Treasury"
    r"|Council of Ministers)\b"
)
# "Energy Secretary Chris Wright", "Minister for Resources Madeleine King": an office holder
_MINISTER = re.compile(r"\b(?:Minister|Secretary)\b")
_THE_GOVERNMENT = re.compile(r"(?:(?:Union|Federal|Central|National)\s+)?(?:Cabinet|Government|Govt)")


_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*")
# "a company that makes vanadium batteries", "a fund which finances supply contracts": a clause
# with a verb in the present describing the thing, not a deal
_DESCRIBING = re.compile(r"\s+(?:that|which)\s+(?:[a-z]+(?<!ha)(?<!i)(?<!wa)(?<!doe)s)\b[^,;]*")
# "a Thai firm buying into a Laos brine project": a participle after the party describes it
_PARTICIPLE_DESCRIBING = re.compile(
    r"\b(?:firm|company|group|maker|miner|buyer|developer|start-?up|business|producer|consortium)"
    r"\s+(?:buying|selling|supplying|acquiring|taking|building|developing)\b[^,;]*"
)
_FINANCED_PURCHASE = re.compile(
    r"\b(financ(?:e|es|ed|ing))\s+(?:the\s+)?(?:purchases?|acquisition|imports?)\s+of\b[^,;]*?(?=\s+with\b|[,;]|$)"
)
# "will invest £30 million in Tungsten West alongside the guarantee": a companion deal named at
# the clause's end (another actor's, told before) is not this clause's instrument.
_COMPANION = gated(
    r"\s+(?:alongside|in addition to|on top of|as well as)\s+(?:the|its|their|this|that|an?)"
    r"(?:\s+[\w'\u2019$\u20ac\u00a3\u00a5\u20b9.-]+){1,4}?(?=\s*(?:[,;.)]|$))",
    re.I,
)


def _home_by_currency(sentence: Sentence, home: str, actor: Mention) -> str | None:
    """An organisation we do not know, spending one country's own money ("₩500 billion",
    "NOK 700 million", never dollars or euros), acts for that country, unless the sentence
    names another country it could be of. Australian and Canadian dollars are also what
    foreign buyers pay for those countries' mines ("JOGMEC will invest A$90 million"), so they
    count only when the sentence names no country at all ("an Australian lithium miner" is the
    target's). Tried on the corpus's known organisations (their table country against the cue):
    over 400 right and none wrong for the other currencies, 110 right and 11 wrong for A$ and C$."""
    for m in sentence.mentions:
        if m.kind != "country" or actor.first <= m.first < actor.last:
            continue
        if m.value != home or home in _DESTINATION_HOMES:
            return None
    return home


_DESTINATION_HOMES = frozenset({"AU", "CA"})


def _within(
    items: list[tuple[int, int, str, str | None]],
    lo: int,
    hi: int,
) -> tuple[int, int, str, str | None] | None:
    inside = [p for p in items if lo <= p[0] < hi]
    named = [p for p in inside if p[3]]
    candidates = named or inside
    return candidates[0] if candidates else None


_CONDITION = re.compile(r"\b(?:conditional|contingent|dependent)\s+on\b.*|\bsubject\s+to\b.*", re.S)


def _clause_instrument(clause: str) -> str | None:
    # ", which owns stakes in nickel mines": a relative clause describes a party, not the deal
    described = _RELATIVE.sub("", clause) if ", wh" in clause else clause
    if " that " in described or " which " in described:
        # "in a fund that finances lithium supply contracts": what the fund does, not the deal
        described = _DESCRIBING.sub("", described)
    if "ndent on" in described or "ional on" in described or "subject to" in described:
        # "A$150m loan ... is conditional on offtake contracts being signed": the condition is
        # not the deal
        described = _CONDITION.sub("", described)
    if "ing " in described:
        # "to a Thai firm buying into a Laos brine project": what the borrower does
        described = _PARTICIPLE_DESCRIBING.sub("", described)
    if "financ" in described:
        # "will finance the purchase of cobalt from a refinery": a purchase financed, no offtake
        described = _FINANCED_PURCHASE.sub(r"\1", described)
    instrument = instrument_of(described)
    if instrument is not None and (companion := _COMPANION.search(clause)) is not None:
        instrument = instrument_of(clause[: companion.start()] + clause[companion.end() :]) or instrument
    return instrument or instrument_of(clause)


@lru_cache(maxsize=4096)  # the same organisations come back message after message
def _holds_a_cue(name: str) -> bool:
    return instrument_of(name) is not None


def _without_cue_names(sentence: Sentence, lo: int, hi: int, clause: str) -> str | None:
    """The clause with the organisations' names blanked when one of them holds an instrument's
    cue ("PSP Investments is considering a bid" names no investment), else None."""
    names = [
        m
        for m in sentence.mentions
        if lo <= m.start and m.end <= hi and m.kind != "country" and _holds_a_cue(m.text)
    ]
    if not names:
        return None
    for m in names:
        clause = clause[: m.start - lo] + "X" * (m.end - m.start) + clause[m.end - lo :]
    return clause


def _read_clause(
    sentence: Sentence,
    lo: int,
    hi: int,
    ctx: Context,
    sentence_status: str | None,
    previous: CommitmentDraft | None,
    first_clause: bool,
) -> list[CommitmentDraft]:
    """The clause's draft, then one per actor named alongside its actor ("each", "jointly")."""
    text = sentence.text
    clause = text[lo:hi]
    project_spans = [(s, e) for s, e, _, _ in sentence.projects + sentence.initiatives]
    amounts = [a for a in sentence.amounts if lo <= a.start < hi]
    instrument = _clause_instrument(clause)
    if instrument is not None and (unnamed := _without_cue_names(sentence, lo, hi, clause)) is not None:
        instrument = _clause_instrument(unnamed)
    inherited = instrument is None and previous is not None and bool(amounts)
    if inherited and previous is not None:
        instrument = previous.instrument  # "... lend $300m to NMG and $50m to Mason"
    roles = actor_and_counterparty(sentence, lo, hi, clause, instrument, project_spans)
    if inherited and roles.actor is None and (gap := gapped_subject(sentence, lo, hi, project_spans)):
        roles = Roles(gap, roles.counterparty, roles.partners, roles.how, roles.receivers)
    # "Lloyds will lend £40m and Citi $55m": a name right before its sum shares the verb before it
    gapped = (
        inherited
        and roles.actor is not None
        and not text[roles.actor.end : amounts[0].start].strip(" )")
        and not text[lo : roles.actor.start].strip(" ,")
    )
    other_actor = roles.actor is not None and previous is not None and roles.actor.value != previous.actor
    if inherited and other_actor and not gapped:
        # "Pentagon awards $37m ...; EXIM eyes up to $400m": another actor's deal is not the same kind
        instrument = None
        roles = actor_and_counterparty(sentence, lo, hi, clause, instrument, project_spans)
    actor_mention, counterparty = roles.actor, roles.counterparty
    if actor_mention is None and not (instrument or amounts):
        return []  # nothing here worth a second look

    if actor_mention is None and first_clause and (speaker := _quoted_speaker(sentence)) is not None:
        actor_mention = speaker
        counterparty = None if counterparty == speaker.text else counterparty
    draft = CommitmentDraft(statement=text[:STATEMENT_MAX], instrument=instrument, counterparty=counterparty)
    if actor_mention is not None:
        draft.actor, draft.actor_name = actor_mention.value, actor_mention.text
        if (fixed := _corrected_actor(sentence, draft)) is not None:
            actor_mention = fixed
        draft.actor = actor_mention.value
        draft.actor_name = bracketed_short_name(text, actor_mention.end) or actor_mention.text
        draft.actor_country = actor_mention.country
        if actor_mention.kind == "name" and (region := REGION_COUNTRIES.get(actor_mention.text.lower())):
            # "Quebec will fast-track permits": a province's government, logged as its country
            # the way a ministry is
            draft.actor = draft.actor_country = region
        elif actor_mention.kind == "name" and actor_mention.country is None:  # "Perth-based Atlas"
            draft.actor_country = stated_home(text, sentence.tokens, actor_mention.first, actor_mention.last)
            if draft.actor_country is not None and draft.counterparty == draft.actor_country:
                # "Al Mada, the fund backed by Morocco's royal family, will ...": the country
                # that describes the actor is no other party
                aside_end = text.find(",", actor_mention.end + 1)
                if any(
                    m.value == draft.counterparty and actor_mention.end < m.start < aside_end
                    for m in sentence.mentions
                ):
                    draft.counterparty = None
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
        own = local_currency(amounts[0], draft.actor_country or draft.actor)
        if own:  # Ottawa's "$300 million" is Canadian dollars; the card says it was inferred
            draft.currency, draft.currency_inferred = own
        home = None if amounts[0].bare_dollar or draft.currency_inferred else home_country(draft.currency)
        if home and draft.actor and draft.actor_country is None and _GOVERNMENT_BODY.search(draft.actor):
            draft.actor_country = home
            if _THE_GOVERNMENT.fullmatch(draft.actor):
                draft.actor = home
        elif (
            home
            and actor_mention is not None
            and actor_mention.kind == "name"
            and draft.actor_country is None
        ):
            draft.actor_country = _home_by_currency(sentence, home, actor_mention)
    # "Resources Minister Madeleine King announced A$45 million": a minister speaks for the
    # government, whose country the name's adjective or the sum's currency gives
    if actor_mention is not None and actor_mention.kind == "name" and _MINISTER.search(draft.actor or ""):
        if draft.actor_country is None and amounts and not amounts[0].bare_dollar:
            draft.actor_country = home_country(draft.currency)
        draft.actor = draft.actor_country or draft.actor
    quantity = find_quantity(clause, sentence.amounts, instrument)
    if quantity:
        draft.quantity, draft.quantity_unit = quantity
    named = _named_minerals(sentence)
    if actor_mention is not None and actor_mention.kind == "name":
        # "Toho Zinc will spend ¥8bn on antimony recovery": a company we do not know, named for
        # a metal, is no mineral of the deal when the sentence names another
        outside = [(at, code) for at, code in named if not actor_mention.start <= at < actor_mention.end]
        named = outside or named
    minerals = [code for at, code in named if lo <= at < hi]
    if not minerals:
        # (not across a semicolon from a clause with its own actor and its own new target:
        # "MetLife is investing in a copper mine; Duke Energy takes a stake in a battery
        # recycler"; but "...; Bank Yahav lends ILS 20 million to the same company")
        own_deal = (
            actor_mention is not None
            and lo <= actor_mention.start < hi
            and _NEW_TARGET.search(text, actor_mention.end, hi) is not None
        )
        minerals = [code for at, code in named if not (own_deal and ";" in text[min(at, hi) : max(at, lo)])]
    draft.minerals = sorted(set(without_generic(minerals)))
    project = _within(sentence.projects, lo, hi) or _within(sentence.projects, 0, len(text))
    if project:
        draft.project_mention, draft.project = project[2], project[3]
        if project[3] is None:  # a weak match is offered in Edit, never pre-filled
            draft.project_candidates = [n for n, _score in scored_matches(project[2], ctx.known_projects)]
    initiative = _within(sentence.initiatives, lo, hi) or _within(sentence.initiatives, 0, len(text))
    if initiative:
        draft.initiative_mention, draft.initiative = initiative[2], initiative[3]
    if (
        draft.instrument in (None, "grant")
        and _lends_by_trade(draft.actor)
        and _SANCTIONED_SUM.search(clause)
        and not _NAMED_GRANT.search(clause)
    ):
        # "SBI sanctions ₹2,400 crore for a smelter", "... ₹800 crore to Hindalco": a lender's
        # sanction is a loan (a ministry's "sanctioned Rs 95 lakh to C-MET" stays a grant)
        draft.instrument = "loan"
    if draft.instrument is None and _labelled_lender_sum(text, actor_mention, amounts, draft.actor):
        draft.instrument = "loan"  # "Trustco Bank: NAD 120m for a lithium mine": a lender's shorthand
    draft.status = status_of(clause) or sentence_status or "announced"
    draft.announced_on = sentence.announced_on or ctx.message_date

    draft.reason = _verdict(sentence, clause, draft, bool(amounts), previous, ctx.today, gapped)
    draft.is_commitment = draft.reason in {"commitment", "proposal"}
    if roles.receivers and draft.is_commitment and not roles.partners:
        # each receiver got the sum: one draft per receiver, in the order named
        return [replace(draft, counterparty=name, minerals=list(draft.minerals)) for name in roles.receivers]
    if not (roles.partners and draft.is_commitment):
        return [draft]
    bare_dollar = bool(amounts) and amounts[0].bare_dollar
    # a partner we do not know is of the country the text or a bank registry gives it
    partners = [
        replace(m, country=stated_home(text, sentence.tokens, m.first, m.last))
        if m.kind == "name" and m.country is None
        else m
        for m in roles.partners
    ]
    drafts = _with_partners(draft, actor_mention, partners, roles.how == "jointly", bare_dollar)
    # "Nichia and Rohm will each invest ¥5 billion": the one country's money tells each
    # partner we do not know its home, as it does the first actor's
    home = home_country(amounts[0].currency) if amounts and not bare_dollar else None
    if home:
        for partner, mention in zip(drafts[1:], partners, strict=False):
            if mention.kind == "name" and partner.actor_country is None:
                # "Kuwait Finance House and Boubyan Bank each commit KWD 20 million": a partner
                # spending the first actor's own money is of its country too
                same = draft.actor_country == home and home not in _DESTINATION_HOMES
                partner.actor_country = home if same else _home_by_currency(sentence, home, mention)
    if roles.how == "signatories" and len(drafts) == 2 and actor_mention is not None:
        # each signed it with the other, named as a counterparty is ("Nickel Asia Corporation")
        drafts[0].counterparty = party_name(roles.partners[0])
        drafts[1].counterparty = party_name(actor_mention)
    return drafts


# "a loan to a magnesium... no, a graphite anode plant": a metal broken off by an ellipsis
# and followed by another was taken back as it was typed
# (not "lithium... and nickel", which adds one)
# "in a battery recycling plant", "to an Arkansas brine project": a deal's own target, new
_NEW_TARGET = re.compile(r"\b(?:in|into|to|for)\s+an?\s+")
_TRAILED_OFF = re.compile(
    r"[\w-]+(?:\s+[a-z-]+){0,2}?\s*(?:\.{2,}|…)(?!\s*(?:and|plus|also|as well|&)\b)", re.I
)


def _taken_back(sentence: Sentence, minerals: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The minerals without those trailed off and replaced by a later one within a few words."""
    if "." not in sentence.text and "…" not in sentence.text:
        return minerals
    kept = []
    for at, code in minerals:
        trail = _TRAILED_OFF.match(sentence.text, at)
        if trail and any(
            trail.end() <= later <= trail.end() + 40 and other != code for later, other in minerals
        ):
            continue
        kept.append((at, code))
    return kept


_WASTE_AFTER = re.compile(
    r"(?:[\w-]+\s+){1,2}?(?:residues?|tailings|slags?|dross|sludges?|ash|leach\s+cake)\b", re.I
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:the|its|their)\s+)?(?:[\w-]+,?\s+){0,4}$", re.I)


def _feedstock(text: str, at: int) -> bool:
    """Whether the mineral at `at` names a waste stream something is won from ("from zinc
    residues", "from old copper tailings")."""
    if _WASTE_AFTER.match(text, at) is None:
        return False
    return _FROM_BEFORE.search(text, max(0, at - 60), at) is not None


def _named_minerals(sentence: Sentence) -> list[tuple[int, str]]:
    """The sentence's minerals; one in a company's name ("Korea Zinc", "Cornish Lithium") only
    when the sentence names no other: Korea Zinc's germanium line is germanium. A metal taken
    back as it was typed is not the deal's."""
    minerals = _taken_back(sentence, sentence.minerals)
    fed = [(at, code) for at, code in minerals if _feedstock(sentence.text, at)]
    if (
        fed
        and len(fed) < len(minerals)
        and {code for _, code in fed}.isdisjoint(code for at, code in minerals if (at, code) not in fed)
    ):
        # "recover gallium and germanium from coal ash and zinc residues": the metal of a waste
        # stream the others are won from is no mineral of the deal
        minerals = [found for found in minerals if found not in fed]
    in_names = [
        (at, code)
        for at, code in minerals
        if any(m.start <= at < m.end for m in sentence.mentions if m.kind != "country")
    ]
    if not in_names or len(in_names) == len(minerals):
        return minerals
    return [found for found in minerals if found not in in_names]


def _name(actor: str | None, as_written: str | None) -> str:
    name = vocab.country_name(actor) if actor else ""
    return name if name and name != actor else as_written or actor or "?"


def _with_partners(
    draft: CommitmentDraft,
    actor: Mention | None,
    partners: list[Mention],
    jointly: bool,
    bare_dollar: bool = False,
) -> list[CommitmentDraft]:
    """One draft per actor, in the order named. "Each" repeats the amount (a bare "$" in each
    actor's own dollar); "jointly" keeps it on the first draft only, and every draft says so,
    so a total never counts it twice."""
    drafts = [draft]
    for m in partners:
        partner = replace(
            draft,
            actor=m.value,
            actor_name=m.text,
            actor_country=m.country,
            minerals=list(draft.minerals),
            project_candidates=list(draft.project_candidates),
        )
        if bare_dollar:  # "Canberra and Seoul each ... $500m": AUD for one, USD for the other
            own_dollar = local_dollar(m.country or m.value)
            partner.currency, partner.currency_inferred = own_dollar or "USD", own_dollar is not None
        drafts.append(partner)
    actors = {d.actor for d in drafts}
    for d in drafts:  # "Seoul and Riyadh agreed ... in Riyadh": a joint actor is no counterparty
        if d.counterparty in actors:
            d.counterparty = None
    if not jointly:
        return drafts
    names = [_name(d.actor, d.actor_name) for d in drafts]
    for i, d in enumerate(drafts):
        others = ", ".join(n for j, n in enumerate(names) if j != i)
        d.note = f"joint with {others}"
        if draft.amount is not None:
            d.note += ": the amount is stated once" + (", here" if i == 0 else f", on {names[0]}'s record")
        if i > 0:
            d.amount, d.currency, d.amount_is_ceiling, d.currency_inferred = None, None, False, False
    return drafts


# India's "sanctions ₹2,400 crore for ...": money approved. From a bank it is a loan (as
# "Indian Bank sanctions" is, cues.py); from a ministry it may be a grant, so that is left open.
_SANCTIONED_SUM = re.compile(r"\bsanction(?:s|ed)\s+(?:an?\s+)?(?:Rs\.?\s?|₹\s?|INR\s?|US\$|\$|€|£)?\d", re.I)
_LENDING_KINDS = frozenset({"bank", "development-bank", "export-credit"})
_NAMED_GRANT = re.compile(r"\b(?:grants?|subsid(?:y|ies)|non-repayable)\b", re.I)


_FOR_A_TARGET = re.compile(r"\s+for\s+(?:a|an|the)\s")
_BANK_WORD = re.compile(r"bank\b", re.I)


def _labelled_lender_sum(
    text: str, actor: Mention | None, amounts: Sequence[Amount], name: str | None
) -> bool:
    """Whether a lender's name labels a sum and what it is for ("SGB-Bank: 20-30 mln zł for a
    cobalt line"): a bank's money for a plant, written as shorthand, is a loan."""
    if actor is None or not amounts or not (_lends_by_trade(name) or _BANK_WORD.search(actor.text)):
        return False
    return (
        text[actor.end : amounts[0].start].strip() == ":"
        and _FOR_A_TARGET.match(text, amounts[0].end) is not None
    )


def _lends_by_trade(actor: str | None) -> bool:
    """Whether the known organisation is a bank, development bank or export-credit agency."""
    org = ORGANISATIONS_BY_NAME.get(actor) if actor else None
    return org is not None and org.kind in _LENDING_KINDS


# A deal the clause recalls as done in an earlier year, whatever else the sentence calls news
_ALREADY_DONE = re.compile(
    r"\balready\s+(?:\w+\s+)?(?:lent|invested|took|bought|signed|granted|awarded|backed|funded|financed"
    r"|committed|pledged|provided|extended|acquired|guaranteed|insured)\b[^.;]{0,80}?"
    r"\b(?:in|during|back in)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b",
    re.I,
)


def _long_ago(text: str, today: date | None) -> str | None:
    """The year a sentence tells of, when two or more before today's and nothing makes it news."""
    old = OLD_YEAR.search(text) if today is not None else None
    if old is None or today is None or int(old.group(1)) > today.year - 2 or NEWS.search(text):
        return None
    return old.group(1)


# "a supply of dysprosium that does not pass through China": a relative clause that describes
# a noun; its "not" negates the description, not the commitment. "said that it will not" does.
_RELATIVE_BEFORE = re.compile(r"(?<![,;])\s+(?:that|which|who)\s+(?:[\w'-]+\s+){0,2}$", re.I)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|saying|announced|confirmed|stated|added|noted|told \w+)(?:\s+on\s+\w+)?\s+\S+$", re.I
)


def _describes_a_noun(clause: str, at: int) -> bool:
    before = clause[max(0, at - 60) : at]
    relative = _RELATIVE_BEFORE.search(before)
    return relative is not None and not _SAID_BEFORE.search(before[: relative.start() + 1] + "that")


# A part after a semicolon that opens with a name ("; AFP Provida says it has not decided")
_SEMICOLON_NAME = re.compile(r";\s+(?!(?:It|They|But|And|So|Its|Their|The)\b)(?-i:[A-Z])")


def _another_partys(clause: str, at: int, draft: CommitmentDraft) -> bool:
    """Whether a negation is told of another party, named after a semicolon, and not of the actor:
    "AFP Habitat takes a stake; AFP Provida says it has not decided"."""
    semi = clause.rfind(";", 0, at)
    if semi < 0 or not draft.actor_name or not _SEMICOLON_NAME.match(clause, semi):
        return False
    return draft.actor_name not in clause[semi:] and (draft.actor or "") not in clause[semi:]


_EXPECTED_TO_CLOSE = re.compile(
    r"\b(?:is|are)\s+(?:still\s+)?expected\s+to\s+(?:close|complete|conclude|reach\s+financial\s+close"
    r"|be\s+(?:signed|finali[sz]ed|completed|closed|agreed))\b",
    re.I,
)


def _verdict(
    sentence: Sentence,
    clause: str,
    draft: CommitmentDraft,
    has_amount: bool,
    previous: CommitmentDraft | None,
    today: date | None = None,  # None in an article, whose reader judges its background itself
    gapped: bool = False,  # the clause shares the previous one's verb ("and Citi $55m")
) -> str:
    clause = REPORTED_WOULD.sub(" said it will ", clause)
    if sentence.question:
        return "question"
    negation = NEGATION.search(clause)
    if negation and any(
        not _describes_a_noun(clause, n.start()) and not _another_partys(clause, n.start(), draft)
        for n in NEGATION.finditer(clause)
    ):
        return "negation"
    if SPECULATION.search(sentence.text):
        return "speculation"
    if SOURCED.search(sentence.text) and not DEFINITE.search(clause):
        return "speculation"
    if draft.status == "proposed" and OUTLET_REPORT.search(sentence.text):
        return "speculation"
    if BACKGROUND.search(sentence.text):
        return "background"
    year = _long_ago(sentence.text, today)
    if year:
        return f"background (in {year})"
    if today is not None and (done := _ALREADY_DONE.search(clause)) and int(done.group(1)) < today.year:
        # "EDC already lent to Nouveau Monde in 2023; this week's news is ...": a recalled deal
        return f"background (in {done.group(1)})"
    if HYPOTHETICAL.search(clause) and not (
        (fix := _SELF_CORRECTION.search(clause)) and not HYPOTHETICAL.search(clause[fix.end() :])
    ):
        return "hypothetical"  # (not "Siva could... no, it has confirmed: it will grant")
    if URGED.search(clause):
        return "urges another to act, commits nothing"
    if LOOKS_FOR.search(clause):
        return "looks for money or options, commits nothing"
    if PLAN_DROPPED.search(clause):
        return "a plan dropped, nothing committed"
    if _EXPECTED_TO_CLOSE.search(clause) and not has_amount:
        # "Construction financing is expected to close by the end of the summer": a step to come
        return "expected to close, nothing new committed"
    if CHATTER.search(sentence.text):
        return "chatter"
    if draft.actor is None:
        return "no actor"
    if not (draft.instrument or has_amount):
        return "no instrument or amount"
    # "Temasek and Khazanah are in talks about a joint fund": talks with neither a sum nor a
    # named instrument propose nothing a card could record
    if draft.status == "proposed" and draft.instrument == "other" and not has_amount:
        return "talks with no instrument or amount"
    if draft.instrument in (None, "other") and COST.search(clause):
        return "a cost, not a commitment"
    verb = COMMIT_VERB.search(clause) or status_of(clause) not in {None, "announced"}
    # "China imposed export controls on gallium and tariffs on graphite": one verb, two deals.
    verb = verb or bool(previous and previous.is_commitment and (gapped or previous.actor == draft.actor))
    if not (draft.instrument and has_amount) and not verb:
        return "no commitment verb"
    if draft.instrument is None:
        draft.instrument = "other"
    return "proposal" if draft.status == "proposed" else "commitment"


def _usable_names(names: tuple[str, ...]) -> tuple[str, ...]:
    # The same tuple again (the names' cache hands the same one to every message until the
    # records change) is answered by identity: the cache below hashes and compares 10,000
    # names per call. Each entry holds its tuple, so its id is not reused while it is here.
    known = _usable_by_id.get(id(names))
    if known is not None and known[0] is names:
        return known[1]
    try:
        usable = _usable_names_cached(names)
    except TypeError:  # an unhashable item: filter without the cache
        return tuple(n for n in names if isinstance(n, str) and n.strip())
    if len(_usable_by_id) >= 8:
        _usable_by_id.clear()
    _usable_by_id[id(names)] = (names, usable)
    return usable


_usable_by_id: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}


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
    ctx = Context(_usable_names(tuple(known_projects)), _usable_names(tuple(known_initiatives)), today)
    sentences = [read_sentence(s, ctx) for s in split_sentences(cleaned)]
    ctx.message_date = next((s.announced_on for s in sentences if s.announced_on), None)
    asked: Sentence | None = None  # a quoted question the next line may answer
    last_commitment: CommitmentDraft | None = None  # what a terse "X adds ₹300 crore." joins
    for sentence in sentences:
        sentence_status = status_of(sentence.text)
        previous: CommitmentDraft | None = None
        for index, (lo, hi) in enumerate(clause_spans(sentence)):
            drafts = _read_clause(sentence, lo, hi, ctx, sentence_status, previous, index == 0)
            if not drafts:
                continue
            draft = drafts[0]
            if asked is not None and index == 0 and len(drafts) == 1:
                _answer_to(asked, sentence, draft)
            if index == 0 and last_commitment is not None:
                _adds_to(last_commitment, sentence, drafts)
            if draft.is_commitment and draft.amount is not None and AGGREGATE.search(sentence.text):
                result.claims.append(_claim_of(draft, sentence, ctx.known_initiatives))
                continue
            (result.commitments if draft.is_commitment else result.rejected).extend(drafts)
            if draft.is_commitment:
                last_commitment = drafts[-1]
            if draft.actor:
                previous = draft
                ctx.last_actor = (draft.actor, draft.actor_country, draft.actor_name)
        result.status_changes.extend(find_status_changes(sentence, ctx.known_projects))
        asked = sentence if sentence.question and _quoted_party_question(cleaned, sentence.text) else None
    return result


# "SBI will lend ₹900 crore to a copper plant. Bank of Baroda adds ₹300 crore.": a short
# sentence adding a sum to the deal just told joins it, with its instrument and minerals
_ADDS = re.compile(
    r"^[^.;:,]{2,60}?\b(?:adds|added|will add|chips in|chipped in|puts in|tops (?:it )?up with)\s+"
    r"(?:another\s+|a further\s+|an(?:other)? extra\s+)?\S*\d[^.;:,]{0,25}?[.!]?\s*$",
    re.I,
)


def _adds_to(last: CommitmentDraft, sentence: Sentence, drafts: list[CommitmentDraft]) -> None:
    """Give a terse "X adds <sum>." sentence the instrument and minerals of the deal before it."""
    if last.instrument in (None, "other") or not _ADDS.match(sentence.text):
        return
    for d in drafts:
        if d.is_commitment and d.instrument in (None, "other") and d.amount is not None:
            d.instrument = last.instrument
            d.minerals = d.minerals or list(last.minerals)


# "> which bank is lending to the cobalt plant?" quoted in a thread, then "Emirates NBD, AED
# 300 million": the reply names the party and the sum the quoted question asks about
_PARTY_QUESTION = re.compile(r"^\s*(?:which|what)\s+(?:[a-z]+\s+){1,2}?(?:is|are|will)\b|^\s*who\b", re.I)
_TERSE_ANSWER = re.compile(r"^[^,;:]{2,60},\s*[^,;]{2,40}$")


def _quoted_party_question(cleaned: str, question: str) -> bool:
    """Whether the question asks who does something and stands on a quoted line ("> which ...")."""
    if not _PARTY_QUESTION.match(question):
        return False
    at = cleaned.find(question)
    line_start = cleaned.rfind("\n", 0, max(at, 0)) + 1
    return at >= 0 and cleaned[line_start:at].strip() == ">"


def _answer_to(asked: Sentence, answer: Sentence, draft: CommitmentDraft) -> None:
    """A terse reply naming an actor and a sum ("Emirates NBD, AED 300 million") after a quoted
    question: its verb and instrument are the question's, the draft a commitment."""
    if (
        draft.reason != "no commitment verb"
        or draft.instrument is not None
        or draft.actor is None
        or draft.amount is None
        or not _TERSE_ANSWER.match(answer.text.strip())
    ):
        return
    instrument = instrument_of(asked.text)
    if instrument is None:
        return
    draft.instrument, draft.is_commitment, draft.reason = instrument, True, "commitment"
    if not draft.minerals:
        draft.minerals = sorted({code for _, code in asked.minerals})


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
        with memo.reading_once():  # a clause's instrument and status are tested once
            return _extract(text, known_projects, known_initiatives, today or date.today())
    except Exception:  # a bad guess must never take the message handler down
        log.exception("extraction failed on a %d-character message", len(text))
        return Extraction()
