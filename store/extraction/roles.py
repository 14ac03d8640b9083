"""Who does what to whom in a clause: the actor and the counterparty among its mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extraction.actors import SUBJECT_VERBS, Mention, described_start
from store.extraction.gate import gated
from store.extraction.homes import LEGAL_FORMS, names_a_place
from store.extraction.known_actors import ORGANISATIONS_BY_NAME
from store.extraction.minerals import mineral_table
from store.extraction.names import PROJECT_HEADS
from store.extraction.sentence import Sentence
from store.extraction.text import (
    DETERMINERS,
    NAME_ABBREVIATIONS,
    Token,
    capitalised,
    name_run,
    run_name,
    tokens_within,
    word_set,
)

_RECEIVE = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|secur(?:e|es|ed)|w[io]ns?|obtain(?:s|ed)|got|get|gets|getting"
    r"|landed|lands|rais(?:e|es|ed|ing)|pull(?:s|ed)? in|brought in|brings in)\b",
    re.I,
)
# "Phoenix Tailings was awarded a $15 million grant by the NSF": the subject receives, and the
# one after "by" gives (the "by" of a passive that does not follow its participle).
# (Behind a literal gate, as the cues below: each clause is tested, few hold their words.)
_GIVEN_TO_SUBJECT = gated(
    r"\b(?:was|were|is|are|has been|have been|had been|will be|to be)\s+(?:also\s+|now\s+)?"
    r"(?:awarded|granted|given|handed|lent|loaned|offered)\b",
    re.I,
)
# Money flows from the party after "from" ("NMG secured a loan from EDC"); goods flow to it
# ("Japan secured 40% of output from Lynas"), so only money instruments swap the roles.
_MONEY_INSTRUMENTS = frozenset({"loan", "grant", "equity", "guarantee", "letter-of-interest", "other", None})

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
        "through",
        "under",
        "about",
        "including",
        "like",
        "alongside",
        "by",
        # the subject of a clause of time or reason is not the main clause's
        "after",
        "before",
        "since",
        "because",
        "until",
        "unless",
        "although",
        "though",
        "whereas",
    }
)
_COUNTERPARTY_WORDS = frozenset({"with", "to", "from", "in", "into", "on", "against", "by"})
# (not "loan", "grant" or "award", more often the noun: '"... this $150 million loan," EXIM said')
_GIVING_VERBS = word_set("""supply supplies supplied supplying sell sells sold selling lend lends
lent lending give gives gave giving pay pays paid paying offer offers offered offering loaned
granted awarded backs backed backing funds funded finances financed""")
_TAKING_VERBS = word_set("""acquire acquires acquired acquiring""")


# A company on the other side of a deal keeps the name the message gives it ("NMG", "Syrah");
# a public body or a country is logged under its short name or code, like an actor.
_COMPANY_KINDS = frozenset(
    {
        "miner",
        "refiner",
        "automaker",
        "battery-maker",
        "trading-house",
        "energy-company",
        "chipmaker",
        "manufacturer",
        "bank",
    }
)


def party_name(m: Mention) -> str:
    """How a counterparty is logged: a country's code, a public body's short name, a company as written."""
    if m.kind == "name":
        return m.text
    org = ORGANISATIONS_BY_NAME.get(m.value)
    if org is not None and org.kind in _COMPANY_KINDS:
        return m.text
    return m.value


# "was approved by", "is being financed by": the party after "by" is the doer of the clause.
# After a bare participle ("a mine owned by NMG", "a consortium led by ...") it only
# describes a noun, and is the doer only when nobody else is.
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})


def _passive_by(tokens: list[Token], by: int) -> bool:
    k = by - 2  # the word before the participle
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in {"also", "now", "jointly"}):
        k -= 1
    return k >= 0 and tokens[k].lower in _PASSIVE_AUX


def _verb_follows(tokens: list[Token], mention: Mention) -> bool:
    """Whether the mention is directly followed by a verb it is the subject of ("Ford took")."""
    k = _after_time_words(tokens, mention.last)
    while k < len(tokens) - 1 and tokens[k].lower.endswith("ly") and tokens[k].lower not in SUBJECT_VERBS:
        k += 1  # "Mitsubishi separately agreed"
    return k < len(tokens) and tokens[k].lower in SUBJECT_VERBS


_LED_LENDERS = re.compile(
    r"\bfrom\s+(?:a|an|the)\s+(?:group|syndicate|consortium|club)\s+of\s+[^,;]{0,60}?\bled\s+by\s+(?:the\s+)?$"
)
_APPOSED_BEFORE = re.compile(r",\s+(?:the|an?)\s+$")
_APPOSED_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s*,")


_GIVEN_ONWARD = re.compile(
    r"(?:['\u2019]s?)?\s+(?:[\w$€£¥.-]+\s+){0,2}?(?:loan|credit facility|investment|grant|guarantee)s?"
    r"\s+(?:to|in|into)\b",
    re.I,
)


def _role(sentence: Sentence, mention: Mention, previous: Mention | None) -> str:
    """ "agent" (after the "by" of a passive), "object:<word>" (after a preposition, "by"
    included), "coordinate" or "subject"."""
    tokens = sentence.tokens
    i = mention.first - 1
    while i >= 0 and tokens[i].lower in DETERMINERS:
        i -= 1
    if i < 0:
        return "subject"
    word = tokens[i].lower
    if word in _ROLE_NOUNS and not mention.adjective:
        # "to graphite anode maker Vianode": the words describing the party stand before it
        k = i
        while (
            k > 0 and i - k < 4 and tokens[k - 1].text.islower() and tokens[k - 1].lower not in _OBJECT_WORDS
        ):
            k -= 1
        if k > 0 and tokens[k - 1].lower in _OBJECT_WORDS:
            i, word = k - 1, tokens[k - 1].lower
    # "The plant will supply British battery makers": a country adjective after the verb
    # describes the other side, not the doer.
    if mention.adjective and any(t.lower in SUBJECT_VERBS for t in tokens[:i]):
        return "object:" + word
    # "Alpen Wolfram GmbH, the Austrian tungsten processor, will invest": a country adjective
    # in an apposition describes the subject (not "..., the Japanese government will")
    if (
        mention.adjective
        and _APPOSED_BEFORE.search(sentence.text, max(0, mention.start - 8), mention.start)
        and _APPOSED_AFTER.match(sentence.text, mention.end)
    ):
        return "apposition"
    # "Ampere, Renault's French EV unit, signed": the parent named in the arm's apposition
    if (
        mention.possessive
        and sentence.text[tokens[i].end : mention.start].strip() == ","
        and tokens[i].text[:1].isupper()
        and _ASIDE.match(sentence.text, tokens[i].end)
    ):
        return "apposition"
    if word == "by":
        return "agent" if _passive_by(tokens, i) else "object:by"
    # "the first tranche of Rabobank's loan to a graphite mine": the one whose loan goes to
    # something gives it (not "of SK On's borrowing", nor "Arafura's loan from EFA")
    if mention.possessive and _GIVEN_ONWARD.match(sentence.text, mention.end):
        return "agent"
    if word == "of" and i > 0 and _share_before(sentence.text, tokens, i):
        return "object:share-of"  # "buy 19.9% of Sayona Mining": the company bought into
    # "Japan will stockpile gallium through JOGMEC": the agency is the channel, the subject acts
    # (but "Japan, through JOGMEC, agreed": the agency in the subject's aside acts for it)
    aside = word == "through" and sentence.text[: tokens[i].start].rstrip().endswith(",")
    if word in _OBJECT_WORDS and not aside:
        return "object:" + word
    # "agreed to supply Ford with nickel", "will lend Hastings $100m", "fund backs Lynas": the
    # verb's object is the other party, to whom the thing goes (or, after "buy", from whom it comes)
    if word in _GIVING_VERBS and not mention.adjective:
        return "object:to"
    if word in _TAKING_VERBS and not mention.adjective:
        return "object:from"
    # "Saudi Arabia's PIF and Qatar's QIA", "JOGMEC and trading house Sojitz": the list runs
    # to the name's first word, or the words describing it
    between = sentence.text[previous.end : tokens[described_start(tokens, mention)].start] if previous else ""
    # "Nippon Yttrium, a Mitsui Kinzoku affiliate, agreed": the parent named in an apposition
    # describes the subject; it is not the other party
    if (
        previous is not None
        and re.fullmatch(r",\s*(?:an?\s+|the\s+)?", between)
        and mention.last < len(tokens)
        and tokens[mention.last].lower in _KIN_WORDS
    ):
        return "apposition"
    # "The Public Investment Fund (PIF) and Ma'aden": the short name in brackets is the first's
    if previous is not None and re.fullmatch(r"\)?\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", between):
        # "In Chile's Atacama, LG Energy Solution signed": a verb ends the list.
        if not ("and" in between or "&" in between) and _verb_follows(tokens, mention):
            return "subject"
        # "PowerCo, Volkswagen's battery unit, agreed": the owner in an apposition describes
        # the subject, it is neither a second subject nor the other party
        nxt = mention.last
        if "," in between and mention.possessive and nxt < len(tokens) and tokens[nxt].text[:1].islower():
            return "apposition"
        # "ADQ, the Abu Dhabi sovereign investor, will invest": a place describing the subject
        # after "the" (not "Japan, the US and India")
        described = nxt < len(tokens) and tokens[nxt].text.isalpha() and tokens[nxt].text.islower()
        after_the = mention.first > 0 and tokens[mention.first - 1].lower == "the"
        if (
            between.startswith(",")
            and after_the
            and described
            and tokens[nxt].lower not in {"and", "or", "nor"}
        ):
            return "apposition"
        return "coordinate"
    return "subject"


# What an apposition calls the subject when it names the subject's owner ("a Mitsui Kinzoku
# affiliate", "an Albemarle unit").
_KIN_WORDS = frozenset(
    {"affiliate", "subsidiary", "unit", "arm", "division", "offshoot", "spin-off", "spinoff", "venture"}
)


# Several subjects acting alike: "each" repeats the amount, "jointly"/"together" states it once.
EACH = gated(
    r"\b(?:each|apiece)\b(?!\s+(?:year|month|week|quarter|day|of|other)\b)"
    # "GM and Ford have both agreed", "both will lend": not "both nickel and cobalt"
    r"|\bboth\s+(?=(?:[a-z]+ed|will|have|has|are|plan|intend|pledge|commit|agree|sign|buy"
    r"|invest|lend|back|fund|take)\b)",
    re.I,
)
# "Paris and Berlin will pool money for a shared reserve": one sum between them, stated once.
# "Seoul and Canberra agreed to build a joint reserve": a stock held together is one sum, as
# "jointly" (a deal "establishing a joint fund" stays one signed with the other).
JOINTLY = gated(
    r"\b(?:jointly|together|combined|pool(?:s|ed|ing)?)\b(?!\s+with\b)"
    r"|\b(?:joint|shared|common)\s+(?:[\w-]+\s+){0,3}?(?:reserves?|stockpiles?)\b",
    re.I,
)
# "Japan, together with Australia, will ...", "KfW, alongside Norfund, ...": a partner after its cue.
_PARTNER_CUE = re.compile(r"(?:\b(?:together|jointly|along)\s+with|\balongside)\s+(?:the\s+)?$", re.I)
_SUPPLY = re.compile(r"\bsuppl(?:y|ies|ied|ying)\b|\bsell(?:s|ing)?\b|\bsold\b", re.I)
_REPORTING = frozenset({"said", "says"})


def _says_it_does(tokens: list[Token], k: int) -> bool:
    """After "said": "it will ...", "that it is ...": the one speaking is the one acting."""
    k = _after_time_words(tokens, k)
    if k < len(tokens) and tokens[k].lower == "that":
        k += 1
    return k < len(tokens) and tokens[k].lower in {"it", "it's", "it\u2019s"}


def _reports(tokens: list[Token], m: Mention) -> bool:
    """Whether the mention is the source a sentence is put down to ("..., METI said")."""
    return m.last < len(tokens) and tokens[m.last].lower in _REPORTING


@dataclass
class Roles:
    """A clause's actor, its counterparty as logged, and the actors named alongside it ("each",
    "jointly"), in the order the clause names them; how = "each", "jointly", "signatories" (of
    one memorandum) or None."""

    actor: Mention | None
    counterparty: str | None
    partners: list[Mention] = field(default_factory=list)
    how: str | None = None
    # "MP Materials, Noveon and Vulcan Elements each won a $15m grant from the DOD": one giver,
    # several receivers each getting the sum: the counterparty of one draft each
    receivers: list[str] = field(default_factory=list)


def _as_actor(org: Mention, country: str | None) -> Mention:
    return Mention(
        org.first,
        org.last,
        org.start,
        org.end,
        org.text,
        org.kind,
        org.value,
        org.country or country,
        org.possessive,
    )


_REGION_WORDS = word_set("""province provinces state region county district territory prefecture
valley basin desert island islands peninsula""")


def _names_a_region(tokens: list[Token], m: Mention) -> bool:
    """Whether a name we do not know is a region's ("Catamarca province", "Salta province")."""
    return m.kind == "name" and m.last < len(tokens) and tokens[m.last].lower in _REGION_WORDS


def _describes_next(sentence: Sentence, previous: Mention | None, mention: Mention) -> bool:
    """Whether the previous mention is a country adjective describing this organisation, with
    lower-case words between ("Canadian graphite developer Northern Graphite")."""
    if previous is None or not previous.adjective or previous.kind != "country" or mention.kind == "country":
        return False
    return previous.last < mention.first and described_start(sentence.tokens, mention) == previous.last


def _pick_counterparty(
    objects: list[tuple[Mention, str]], actor: Mention | None, clause: str, instrument: str | None
) -> Mention | None:
    """The party after "with", "to", "from"...; goods go "to" a buyer and come "from" a seller,
    and a country after "in" is where the thing is, named only when nothing else is."""
    candidates = [(m, w) for m, w in objects if w in _COUNTERPARTY_WORDS and m is not actor]
    # "a credit facility for NMG": a company after "for", when no one else is named
    candidates += [(m, w) for m, w in objects if w == "for" and m.kind != "country" and m is not actor]
    # "guarantees ₩300bn of SK On's borrowing": the one whose debt or output it is
    candidates += [(m, w) for m, w in objects if w == "of" and m.possessive and m is not actor]
    candidates += [(m, w) for m, w in objects if w == "share-of" and m.kind != "country" and m is not actor]
    if instrument == "offtake":
        wanted = "to" if _SUPPLY.search(clause) else "from"
        for m, word in candidates:
            if word in {wanted, "with"}:
                return m
    for m, word in candidates:
        if not ((word in {"in", "into"} or m.adjective) and m.kind == "country"):
            return m
    # only a place or a country adjective ("to a Canadian producer"): a company named after
    # "with" or "to" is tried first
    return None


def _place(sentence: Sentence, objects: list[tuple[Mention, str]], actor: Mention | None) -> Mention | None:
    """A country the clause puts money into ("invest $1bn in Argentina") or describes ("Chinese
    graphite"), the other party only when no one else is named; "a project in Nevada" is where
    the thing is, never the other party."""
    for m, w in objects:
        if m.kind != "country" or m is actor:
            continue
        k = m.first - 1  # the "in" before "the Philippines"
        while k > 0 and sentence.tokens[k].lower in DETERMINERS:
            k -= 1
        if m.adjective and _names_a_site(sentence.tokens, m.last):
            continue  # "in a Canadian nickel project": where it is
        if m.adjective and m.first > 0 and sentence.tokens[m.first - 1].lower in {"a", "an"}:
            continue  # "to a Kenyan graphite miner": one company, not its country
        if m.adjective or w == "into" or (w == "in" and _holding_in(sentence.tokens, k, sentence)):
            return m
    return None


def _names_a_site(tokens: list[Token], k: int) -> bool:
    """Whether the lower-case words from token k end in a mine, project, plant..."""
    for token in tokens[k : k + 4]:
        if token.lower in PROJECT_HEADS:
            return True
        if not token.text[:1].islower():
            return False
    return False


def _named_with(sentence: Sentence, mentions: list[Mention], roles: list[str]) -> list[Mention]:
    """Actors after "together with" or "alongside" (and those coordinated with them)."""
    partners: list[Mention] = []
    for i, (m, role) in enumerate(zip(mentions, roles, strict=True)):
        cued = role.startswith("object:") and bool(_PARTNER_CUE.search(sentence.text[: m.start]))
        follows = role.startswith("co-object") and bool(partners) and partners[-1] is mentions[i - 1]
        if cued or follows:
            partners.append(m)
        elif partners:
            break
    return partners


_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,;:]*$")
_REPORT_FRAME = re.compile(
    r",\s+(?:the\s+|its\s+|a\s+)?[^,;]{0,60}?\b(?:said|says)\b[^,;]{0,30},\s+(?:as|while|after|when)\b"
)
_REPORTER = re.compile(r"\s+(?:said|says)\b")
_OCCASION_OR_REPORTER = re.compile(
    r",\s+as\s+(?!well\b|part\b|a\b|an\b|the first\b)(?:[\w'\u2019-]+\s+){1,6}?(?:met|meet|gathered|arrived"
    r"|visited|visits|looks?|looked|seeks?|sought|tries|tried|races?|raced|faces?|faced)\b"
    r"|,\s+(?:the|its|a)\s+[^,;]{0,50}?\b(?:said|says|announced|confirmed)\b[^,;]{0,40}[.]?$"
)
# ", the ministry said", ", Britain's High Commission said": the source after a comma
_AFTER_COMMA = re.compile(r",\s+(?:the\s+|its\s+|(?-i:[A-Z])[\w-]*['\u2019]s\s+)?$", re.I)


# "US$120 million from EDC gives the project ...": the sum comes from the one right after it
# "$50m from the DOE", "A €200m loan from Intesa Sanpaolo will fund ...": the sum comes from it
_FROM_RIGHT_AFTER = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:loans?|grants?|(?:credit\s+)?facility|investment|financing|funding"
    r"|guarantee|credit\s+line))?\s+from\s+(?:the\s+)?$",
    re.I,
)


_BACKED_OPENER = re.compile(
    r"\s*(?:backed|funded|financed|supported|bankrolled)\s+(?:in\s+part\s+|partly\s+)?by\s+(?:an?|the)\b",
    re.I,
)


def _sum_from(sentence: Sentence, source: Mention) -> bool:
    return any(
        a.end <= source.start and _FROM_RIGHT_AFTER.fullmatch(sentence.text, a.end, source.start)
        for a in sentence.amounts
    )


def _short_form_of(text: str, previous: Mention, m: Mention) -> bool:
    """Whether m is the short name in brackets right after the previous name ("KDB" in "The Korea
    Development Bank (KDB)")."""
    return text[previous.end : m.start].strip() == "(" and text[m.end : m.end + 1] == ")"


def actor_and_counterparty(
    sentence: Sentence,
    lo: int,
    hi: int,
    clause: str,
    instrument: str | None,
    project_spans: list[tuple[int, int]],
) -> Roles:
    """The actor, counterparty and partner actors of the clause at [lo, hi) of a sentence."""
    mentions = [m for m in sentence.mentions if lo <= m.start < hi]
    roles: list[str] = []
    previous = None
    for m in mentions:
        if previous is not None and _short_form_of(sentence.text, previous, m):
            # "The Korea Development Bank (KDB) and ...": the short name is the same party again
            roles.append("short form")
            previous = m
            continue
        role = _role(sentence, m, previous)
        if role == "coordinate" and (named := [r for r in roles if r != "short form"]):
            # "Japan, Australia and India": all three co-subjects
            role = named[-1] if named[-1].startswith("co-") else "co-" + named[-1]
        elif _describes_next(sentence, previous, m) and roles[-1].startswith("object"):
            # "to Canadian graphite developer Northern Graphite": the company is the object, its
            # country only describes it
            role, roles[-1] = roles[-1], "described"
        roles.append(role)
        previous = m
    subjects = [m for m, r in zip(mentions, roles, strict=True) if r == "subject"]
    # "Zambia's copper belt will send ore to Japan: Mitsui agreed to buy ...": the subject of a verb.
    if len(subjects) > 1 and not _verb_follows(sentence.tokens, subjects[0]):
        with_verb = [m for m in subjects[1:] if _verb_follows(sentence.tokens, m)]
        # "International Resources Holding, the mining arm of International Holding Company,
        # agreed": a name inside the first subject's apposition is not the subject
        if with_verb and _APPOSITION.match(sentence.text, subjects[0].end, with_verb[0].start):
            with_verb = []
        # "Finnish Minerals Group, the state holding company, will invest ..., the ministry
        # said": the one who reports it after a comma is the source, not the subject
        with_verb = [
            m
            for m in with_verb
            if not _REPORTER.match(sentence.text, m.end) or not _AFTER_COMMA.search(sentence.text, 0, m.start)
        ]
        if with_verb:
            subjects.remove(with_verb[0])
            subjects.insert(0, with_verb[0])
    agents = [m for m, r in zip(mentions, roles, strict=True) if r == "agent"]
    co_subjects = [m for m, r in zip(mentions, roles, strict=True) if r == "co-subject"]
    objects = [
        (m, r.split(":")[-1])
        for m, r in zip(mentions, roles, strict=True)
        if r.startswith(("object", "co-object"))
    ]
    # "..., the state lender said on Wednesday, as battery makers look for graphite that does
    # not come from China": what follows the one reporting it is its context, not the deal
    frame = _REPORT_FRAME.search(sentence.text, lo, hi) if "said" in clause or "says" in clause else None
    if frame is not None:
        objects = [(m, w) for m, w in objects if m.start < frame.start()]
    # "..., as G7 leaders met in the Canadian Rockies", "..., the German government said": the
    # occasion and the one reporting it are not the other party
    aside = _OCCASION_OR_REPORTER.search(sentence.text, lo, hi) if ", " in clause else None
    if aside is not None:
        objects = [(m, w) for m, w in objects if m.start < aside.start()]
    # "in Argentina's Catamarca province": a region, where the thing is, not a party
    objects = [(m, w) for m, w in objects if not _names_a_region(sentence.tokens, m)]
    how = "each" if EACH.search(clause) else "jointly" if JOINTLY.search(clause) else None
    actor: Mention | None = None
    counterparty: Mention | None = None
    partners: list[Mention] = []
    receivers: list[str] = []
    froms = [m for m, word in objects if word == "from"]
    if not froms:  # "a loan from a group of Japanese banks led by MUFG": the lead lender lends
        froms = [m for m, word in objects if word == "by" and _LED_LENDERS.search(sentence.text, lo, m.start)]
    # (the cheap tests first: most clauses name no money instrument or already have a lender)
    given = instrument in _MONEY_INSTRUMENTS and _GIVEN_TO_SUBJECT.search(clause) is not None
    if not froms and given:
        froms = [m for m, word in objects if word == "by"]
        # "Tin One was handed a £6m loan by Close Brothers": a giver we do not know
        by_lender = None if froms else _unknown_lender(sentence, lo, hi, project_spans, "by")
        froms = [by_lender] if by_lender is not None else froms
    receiver = None
    # "Backed by a ₩60bn loan from NongHyup Bank, Hyundai Steel will build ...": the subject
    # receives what the opening phrase says someone else gives
    backed = _BACKED_OPENER.match(clause) is not None
    if instrument in _MONEY_INSTRUMENTS and not froms and (backed or _RECEIVE.search(clause)):
        # "Lake Resources secured a loan from Macquarie Bank": a lender we do not know lends
        receiver = subjects[0] if subjects else _generic_subject(sentence, lo, hi, project_spans)
        lender = None
        if receiver is not None:
            lender = _unknown_lender(sentence, lo if backed else receiver.end, hi, project_spans)
        froms = [lender] if lender is not None else []
    if (
        froms
        and instrument in _MONEY_INSTRUMENTS
        and (given or _RECEIVE.search(clause) or _sum_from(sentence, froms[0]))
    ):
        actor = froms[0]
        counterparty = receiver or (
            subjects[0] if subjects else _generic_subject(sentence, lo, hi, project_spans)
        )
        if how == "each" and counterparty is not None and counterparty in subjects and co_subjects:
            given_to = [counterparty, *co_subjects]
            receivers = [party_name(m) for m in given_to if m.start < actor.start and m is not actor]
    elif agents:
        actor = agents[0]
        counterparty = subjects[0] if subjects else None
    elif subjects:
        actor = subjects[0]
        # The grammatical subject wins: an organisation we do not know, named before its verb
        # ahead of the first country ("Acme agreed to buy the cobalt Congo produces").
        # (a country adjective may sit in its apposition: "Ampere, Renault's French EV unit, signed")
        verb_hi = hi if actor.kind == "country" and actor.adjective else None
        generic = (
            _generic_subject(sentence, lo, actor.start, project_spans, verb_hi) if actor.start > lo else None
        )
        tokens = sentence.tokens
        if generic is not None and (
            tokens[generic.last].lower not in _REPORTING or _says_it_does(tokens, generic.last + 1)
        ):
            actor = generic if verb_hi is None else _as_actor(generic, actor.value)
            if how is not None:  # "Banco de Occidente and Banco AV Villas jointly extend ..."
                actor, partners = _split_unknown_subjects(sentence, actor, hi, project_spans)
        elif (
            actor.kind == "country"
            and sentence.text[actor.end : actor.end + 2] == ": "
            and (labelled := _generic_subject(sentence, actor.end, hi, project_spans)) is not None
        ):
            # "Vietnam: the Lao Cai Provincial Development Investment Fund will lend": the
            # country heading the line is where the body is from
            actor = _as_actor(labelled, actor.value)
        elif actor.kind == "country" and (around := _name_around_country(sentence, actor, hi, project_spans)):
            # "Korea Post will invest", "Mercury NZ pulled out": a company named with its country
            actor = around
        else:
            # "Japan will set a floor price, METI said": the ministry quoted is not the doer
            orgs = [m for m in subjects[1:] if m.kind in {"org", "name"} and not _reports(tokens, m)]
            if actor.kind == "country" and orgs:  # "Japan, through JOGMEC, agreed..."
                actor = _as_actor(orgs[0], actor.value)
            elif orgs and _reports(tokens, actor):
                # "Peak Rare Earths said OeEB will lend ...": the company reporting the deal is
                # not the lender named after "said"
                actor = orgs[0]
            if how is not None and not co_subjects and actor.kind == "name":
                # "Kuwait's Gulf Bank and Burgan Bank each lend": a list read as one name
                actor, co_subjects = _split_unknown_subjects(sentence, actor, hi, project_spans)
                country = subjects[0].country  # (of the country the list is named with)
                actor, co_subjects = _as_actor(actor, country), [_as_actor(c, country) for c in co_subjects]
            if (how is not None or instrument == "mou") and not co_subjects:
                # ("Seoul Recycle Metals and Hyosung TNC signed a recycling MoU": both sign)
                co_subjects = _unknown_co_subjects(sentence, actor, hi, project_spans)
            # ("JERA and Eskom signed an MoU": both sign, the one we do not know named first)
            listed = how is not None or (instrument == "mou" and not co_subjects)
            if listed and (heads := _unknown_list_head(sentence, lo, actor, project_spans)):
                # "Caixa Geral de Depósitos, Santander and CaixaBank will each": named first
                actor, co_subjects = heads[0], [*heads[1:], actor, *co_subjects]
            if co_subjects and how is not None:
                partners = co_subjects
            elif co_subjects and instrument == "mou":  # "India and Chile signed an MoU": each signs
                partners, how = co_subjects, "signatories"
            elif co_subjects:
                counterparty = co_subjects[0]
            else:
                partners = _named_with(sentence, mentions, roles)
                how = "jointly" if partners else how
    if actor is None:
        actor = _generic_subject(sentence, lo, hi, project_spans)
        if actor is not None and how is not None:
            actor, partners = _split_unknown_subjects(sentence, actor, hi, project_spans)
            if heads := _unknown_list_head(sentence, lo, actor, project_spans):
                # "Vestjysk Bank and Lån & Spar Bank together": the name before the "and" first
                actor, partners = heads[0], [*heads[1:], actor, *partners]
        elif (
            actor is not None
            and instrument == "mou"
            and (heads := _unknown_list_head(sentence, lo, actor, project_spans)) is not None
        ):
            # "Česká spořitelna and ČSOB signed a memorandum": both sign, the first named first
            actor, partners, how = heads[0], [*heads[1:], actor], "signatories"
    if actor is None and instrument in _MONEY_INSTRUMENTS:
        # "A US$75m credit line from Hua Nan Commercial Bank will fund ...": the sum's source
        lender = _unknown_lender(sentence, lo, hi, project_spans)
        actor = lender if lender is not None and _sum_from(sentence, lender) else None
    if actor is None:  # "a $225m grant awarded by the DOE": the one named after "by"
        actor = next((m for m, word in objects if word == "by"), None)
    if actor is None and _DONE_BY.search(clause):
        # "A 15% stake in Richmond Vanadium was bought by Chang Chun Group": a buyer we do not know
        actor = _unknown_lender(sentence, lo, hi, project_spans, "by")
    if actor is None and (quote := _WE_QUOTED.match(sentence.text)) and lo < quote.end():
        # '"We will invest €16 million ...," said Stadtwerke Leipzig's chief executive' (not
        # "said Mark": a person speaking for no organisation the text names)
        speaker = _unknown_lender(sentence, quote.end() - 5, len(sentence.text), project_spans, "said")
        if speaker is not None and speaker.text.lower() in _OFFICERS:
            # '..., said the CEO of German chemicals group Lanxess': the organisation after the title
            speaker = next(
                (m for m in sentence.mentions if m.start > speaker.end and m.kind in {"org", "name"}), None
            )
            actor = speaker
        elif speaker is not None and (
            organisation_shaped(sentence.tokens, speaker.first, speaker.last)
            or _SPEAKS_FOR.match(sentence.text, speaker.end)
        ):
            actor = speaker
    owner = _owner(sentence, lo, hi, project_spans, actor) if counterparty is None else None
    if owner is not None:
        return Roles(actor, owner, partners, how if partners else None)
    if counterparty is None:
        counterparty = _pick_counterparty(
            [(m, w) for m, w in objects if m not in partners], actor, clause, instrument
        )
    party = None
    if counterparty is not None and (actor is None or counterparty.value != actor.value):
        party = party_name(counterparty)
    if party is None:
        party = _indirect_object(sentence, lo, hi, project_spans, actor)
    if party is None:
        party = _generic_counterparty(sentence, lo, hi, project_spans, actor)
    if party is None and instrument == "offtake":
        # "buy the entire output of a converter Albemarle is building": the company whose plant
        # it is, subject of its own clause after the actor's verb, is the other side
        later = [
            m
            for m in subjects
            if actor is not None
            and m.start > actor.end
            and m.value != actor.value
            and m not in partners
            and m.kind != "country"
            and not _reports(sentence.tokens, m)
        ]
        if later:
            party = party_name(later[0])
    if party is None and instrument == "offtake":
        party = _unknown_offtake_party(sentence, lo, hi, project_spans, actor)
    if party is None and instrument == "offtake":
        party = _company_referred_back(sentence, hi, actor)
    if party is None:
        place = _place(sentence, [(m, w) for m, w in objects if m not in partners], actor)
        if place is not None and (actor is None or place.value != actor.value):
            party = party_name(place)
    if party is not None and " " in party and (short := _short_form_after(sentence.text, party)):
        party = short  # "Sociedad Química y Minera (SQM)": the short form in brackets is the name
    return Roles(actor, party, partners, how if partners else None, receivers if len(receivers) > 1 else [])


def _short_form_after(text: str, name: str) -> str | None:
    at = text.find(name)
    if at < 0:
        return None
    short = _SHORT_FORM_AFTER.match(text, at + len(name))
    return short[1] if short else None


_DONE_BY = gated(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|bought|taken|lent|won)\s+by\b", re.I
)
_SPEAKS_FOR = re.compile(
    r"['\u2019]s?\s+(?:chief|ceo|cfo|head|spokes\w+|chair\w*|president|director|managing|executive|boss)\b",
    re.I,
)
# Last words that make an unknown capitalised name an organisation rather than a person.
_ORGANISATION_WORDS = word_set("""bank banka bankas banco banque banca sparkasse fund fonds capital
partners group holdings energy energie power utility utilities mining minerals metals resources
materials lithium graphite nickel cobalt copper technologies industries corporation corp company
co inc ltd plc ag gmbh sa authority agency district board trust insurance pension investments
ventures stadtwerke""")


def organisation_shaped(tokens: list[Token], first: int, last: int) -> bool:
    """Whether an unknown name reads as an organisation: an acronym, or ending with a word
    like "Bank", "Energy", "Holdings" or a legal form ("Kyongnam Bank", "Contact Energy")."""
    word = tokens[last - 1]
    return (
        (word.text.isupper() and len(word.text) >= 2)
        or word.lower in _ORGANISATION_WORDS
        or word.lower.endswith(("bank", "kasse", "werke"))
        or word.text in LEGAL_FORMS
        # "Säästöpankki Optia", "Banco Falabella": a bank word opening the name
        or tokens[first].lower.endswith(("bank", "kasse", "pankki", "banken"))
        or tokens[first].lower in {"banco", "banca", "banque"}
    )


_WE_QUOTED = re.compile(r'"(?=[^"]*\b(?:we|our)\b)[^"]{1,400}"\s*,?\s*said\b', re.I)
_BEFORE_SHARED_VERB = word_set("""will each jointly together both would shall""")


def _unknown_list_head(
    sentence: Sentence, lo: int, actor: Mention, project_spans: list[tuple[int, int]]
) -> list[Mention] | None:
    """Organisations we do not know opening the clause and listed before the known actor
    ("Caixa Geral de Depósitos, Santander and CaixaBank will each ..."), in order."""
    tokens, text = sentence.tokens, sentence.text
    k = next((i for i, t in enumerate(tokens) if t.start >= lo), len(tokens))
    k = _after_time_words(tokens, k)
    if k >= actor.first:
        return None
    taken = _taken_tokens(sentence, project_spans)
    run = name_run(tokens, k, taken)
    if run is None or actor.first - run[1] > 1 or (run[1] < actor.first and tokens[run[1]].lower != "and"):
        return None
    gap = text[tokens[run[1] - 1].end : actor.start].strip()
    if gap[:1] == "." and tokens[run[1] - 1].lower in NAME_ABBREVIATIONS:  # "Okaya & Co. and"
        gap = gap[1:].strip()
    if gap not in {",", "and", ", and"}:
        return None
    return _comma_names(text, tokens, run[0], run[1])


def _comma_names(text: str, tokens: list[Token], first: int, last: int) -> list[Mention]:
    """The names a capitalised run holds, cut at its commas ("Investitionsbank Sachsen-Anhalt,
    Saarländische Investitionskreditbank")."""
    cuts = [k for k in range(first + 1, last) if "," in text[tokens[k - 1].end : tokens[k].start]]
    names = []
    for a, b in zip([first, *cuts], [*cuts, last], strict=True):
        name = run_name(text, tokens, a, b)
        names.append(Mention(a, b, tokens[a].start, tokens[b - 1].end, name, "name", name, None))
    return names


def _split_unknown_subjects(
    sentence: Sentence, run: Mention, hi: int, project_spans: list[tuple[int, int]]
) -> tuple[Mention, list[Mention]]:
    """Several organisations we do not know, read as one name before "each" or "jointly"
    ("Danske Bank and Nordea will each lend", "SEB, Handelsbanken and Swedbank are jointly
    ..."): the first is the actor, the others its partners."""
    tokens, text = sentence.tokens, sentence.text
    joiners = _list_joiners(tokens, 0, run.last)
    # ("Kuwait's Gulf Bank and ...": the name starts after its country)
    opens = next((j for j in range(run.first, run.last) if tokens[j].start >= run.start), run.first)
    cut = next(
        (
            j
            for j in range(opens + 1, run.last)
            if tokens[j].lower in joiners or "," in text[tokens[j - 1].end : tokens[j].start]
        ),
        None,
    )
    if cut is None:
        return run, []
    name = run_name(text, tokens, opens, cut)
    first = Mention(opens, cut, run.start, tokens[cut - 1].end, name, "name", name, None)
    partners = _unknown_co_subjects(sentence, first, hi, project_spans, range(run.first, run.last))
    return (first, partners) if partners else (run, [])


def _list_joiners(tokens: list[Token], first: int, last: int) -> set[str]:
    """The words joining a list's names: "and" alone when the list has one, so an "&" is inside
    a name ("Vestjysk Bank and Lån & Spar Bank"); else "&" as well ("Absa & Nedbank")."""
    return {"and"} if any(t.lower == "and" for t in tokens[first:last]) else {"and", "&"}


def _unknown_co_subjects(
    sentence: Sentence,
    actor: Mention,
    hi: int,
    project_spans: list[tuple[int, int]],
    freed: range = range(0),
) -> list[Mention]:
    """Organisations we do not know, named with the actor before a shared verb ("Deutsche Bank
    and LBBW will each lend", "Absa, Nedbank and Investec will jointly ..."): its partners (the
    freed tokens, of a list read as one name, may hold them)."""
    tokens, text = sentence.tokens, sentence.text
    taken = _taken_tokens(sentence, project_spans) - set(range(actor.first, actor.last)) - set(freed)
    found: list[Mention] = []
    joined = False  # a list ends with "and": "A, B and C"
    k = actor.last
    joiners = _list_joiners(tokens, k, next((j for j, t in enumerate(tokens) if t.start >= hi), len(tokens)))
    while k < len(tokens) and tokens[k].start < hi and not joined:
        gap = text[tokens[k - 1].end : tokens[k].start]
        if tokens[k].lower in {"and", "&"} and gap.strip() in {"", ","}:
            k += 1
            joined = True
        elif gap.strip() != ",":
            break
        if k + 1 < len(tokens) and tokens[k].lower == "the":  # "and the Accident Compensation Corporation"
            k += 1
        run = name_run(tokens, k, taken)
        if run is None:
            break
        first, last = run
        # "Helaba and Nordea Bank": two names, not one joined by its "and"
        last = next((j for j in range(first + 1, last) if tokens[j].lower in joiners), last)
        name = run_name(text, tokens, first, last)
        found.append(
            Mention(first, last, tokens[first].start, tokens[last - 1].end, name, "name", name, None)
        )
        k = last
    if (
        joined
        and k < len(tokens)
        and (tokens[k].lower in _BEFORE_SHARED_VERB or tokens[k].lower in SUBJECT_VERBS)
    ):
        return found
    return []


def _taken_tokens(sentence: Sentence, project_spans: list[tuple[int, int]]) -> set[int]:
    taken = {i for m in sentence.mentions for i in range(m.first, m.last)}
    spans = project_spans + [(a.start, a.end) for a in sentence.amounts]
    return taken | tokens_within(sentence.tokens, spans)


_WHEN_WORDS = word_set("""today yesterday also now earlier later this last week month on monday
tuesday wednesday thursday friday saturday sunday""")


def _after_time_words(tokens: list[Token], k: int) -> int:
    """The first token from k that is not part of "on Wednesday", "this week", "also" ...:
    the verb of "The Union Cabinet on Wednesday approved"."""
    start = k
    while k < len(tokens) and k - start < 3 and tokens[k].lower in _WHEN_WORDS:
        k += 1
    return k


# "Zenith Bank and Equity Bank each committed", "Bajaj Auto recently took", "Tokuyama itself
# will": words between a subject and its verb
_SHARED_WORDS = word_set("""each jointly together both itself themselves""")


def _after_adverbs(tokens: list[Token], k: int) -> int:
    """The first token from k past time words, "each"/"jointly" and an adverb in -ly."""
    k = _after_time_words(tokens, k)
    while k < len(tokens) - 1:
        word = tokens[k].lower
        if not (word in _SHARED_WORDS or (word.endswith("ly") and word not in SUBJECT_VERBS)):
            break
        k += 1
    return k


_OFFICES = frozenset({"ministry", "department"})


# "Kalahari Manganese, a Johannesburg-based miner, agreed", "Boreal (TSX-V: BGR) signed": what
# stands between a company and its verb describing it.
_ASIDE = re.compile(
    r"\s*\([^()]{1,60}\)|,\s+(?:an?|the|(?:which\s+is\s+)?(?:based|headquartered)\s+in)\s+[^,;:()]{1,60},"
    # "Ampere, Renault's French EV unit, signed": the parent's arm
    r"|,\s+[A-Z][\w-]*['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:unit|arm|subsidiary|division|affiliate),"
)


def _after_aside(sentence: Sentence, k: int) -> int:
    """The first token from k after a bracket or a described-as apposition that starts there."""
    tokens = sentence.tokens
    if k == 0 or k >= len(tokens):
        return k
    at = tokens[k - 1].end
    if sentence.text[at : at + 2].strip()[:1] not in {"(", ","}:
        return k
    aside = _ASIDE.match(sentence.text, at)
    if aside is None:
        return k
    while k < len(tokens) and tokens[k].start < aside.end():
        k += 1
    return k


# Headlines and chatter drop the auxiliary: "Helaba to provide ...", "Banorte lending ...".
_HEADLINE_VERBS = word_set("""lend provide invest fund finance back buy acquire take extend
guarantee inject commit put grant award spend""")
_BARE_PARTICIPLES = word_set("""lending providing investing funding financing backing buying
acquiring taking extending guaranteeing injecting committing""")


# a commitment's own party taking it back (not "scrapped plans for": no deal was made)
_UNDOING_VERBS = word_set("""pulled withdrew withdraws cancelled canceled cancels""")


def _subject_verb(tokens: list[Token], k: int) -> bool:
    """Token k is the verb of the name before it: a finite verb, or a headline's "to lend",
    "lending", or a plural one after "each"/"jointly" ("A and B each provide")."""
    word = tokens[k].lower
    if word in SUBJECT_VERBS or word in _BARE_PARTICIPLES:
        return True
    if word in _HEADLINE_VERBS and k > 0 and tokens[k - 1].lower in _SHARED_WORDS:
        return True
    if word in _UNDOING_VERBS:  # "Carlyle pulled out of its $400m investment"
        return True
    if word in {"confirmed", "confirms"}:  # "X confirmed today it's lending ..."
        return _says_it_does(tokens, k + 1)
    return word == "to" and k + 1 < len(tokens) and tokens[k + 1].lower in _HEADLINE_VERBS


def _name_around_country(
    sentence: Sentence, country: Mention, hi: int, project_spans: list[tuple[int, int]]
) -> Mention | None:
    """An organisation we do not know whose capitalised name holds a country and stands right
    before its verb ("Korea Post will", "NZ Growth Capital Partners is investing"), or None."""
    if country.adjective or country.possessive:
        return None
    tokens, text = sentence.tokens, sentence.text
    taken = _taken_tokens(sentence, project_spans) - set(range(country.first, country.last))
    first = country.first
    while (
        first > 0
        and (first - 1) not in taken
        and capitalised(tokens[first - 1])
        and not tokens[first - 1].possessive
        and tokens[first - 1].lower not in _NOT_NAME_WORDS
        and text[tokens[first - 1].end : tokens[first].start] == " "
    ):
        first -= 1
    run = name_run(tokens, first, taken)
    if run is None or run[1] < country.last or (run[0], run[1]) == (country.first, country.last):
        return None
    last = next(
        (k for k in range(first + 1, run[1]) if "(" in text[tokens[k - 1].end : tokens[k].start]), run[1]
    )
    if last < country.last or (first, last) == (country.first, country.last):
        return None
    if any(t.lower in _STATE_WORDS for t in tokens[first:last]) or tokens[last - 1].possessive:
        return None  # ("Albanese Government backs": the country itself)
    verb = _after_adverbs(tokens, _after_aside(sentence, last))
    if not (verb < len(tokens) and _subject_verb(tokens, verb) and tokens[verb].start < hi):
        return None
    if tokens[verb].lower in _REPORTING | {"announced", "announces"}:
        return None  # "the Minister for Northern Australia announced": the source
    if first > 0 and tokens[first - 1].lower in _OBJECT_WORDS | {"of", "for"}:
        return None
    if short := _SHORT_FORM_AFTER.match(text, tokens[last - 1].end):
        # "Hong Kong Science and Technology Parks Corporation (HKSTP) puts"
        return Mention(
            last, last + 1, short.start(1), short.end(1), short[1], "name", short[1], country.value
        )
    name = run_name(text, tokens, first, last)
    return Mention(first, last, tokens[first].start, tokens[last - 1].end, name, "name", name, country.value)


_OFFICERS = word_set("""ceo cfo coo chair chairman chairwoman president head boss""")
_STATE_WORDS = word_set("""government administration cabinet ministry treasury parliament state""")
# " (HKSTP)": the short form in brackets right after a name, which is the name
_SHORT_FORM_AFTER = re.compile(r" \(([A-Z][A-Z&-]{1,7})\)")
# Capitalised words before a country that open a sentence, not a name
_NOT_NAME_WORDS = word_set("""the a an this its yesterday today meanwhile separately also earlier
later in on at by for with from to and but so then now""")


def _generic_subject(
    sentence: Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]], verb_hi: int | None = None
) -> Mention | None:
    """An organisation we do not know, named right before its verb ("Sojitz agreed ..."), both
    before hi (the verb before verb_hi if given)."""
    verb_hi = hi if verb_hi is None else verb_hi
    tokens = sentence.tokens
    text = sentence.text
    taken = _taken_tokens(sentence, project_spans)
    for i, token in enumerate(tokens):
        if not (lo <= token.start < hi):
            continue
        if i > 0 and (tokens[i - 1].lower in _OBJECT_WORDS or tokens[i - 1].lower == "by"):
            continue
        if i > 1 and tokens[i - 1].text == "&" and capitalised(tokens[i - 2]):
            continue  # "Okaya & Co. and Nippon Chemical": "Co" ends a name, it opens none
        run = name_run(tokens, i, taken)
        if run is None:
            continue
        if i > 0 and not text[tokens[i - 1].end : token.start].strip():
            # "from Hua Nan Commercial Bank will": not "Nan Commercial Bank", the tail of a name
            before = name_run(tokens, i - 1, taken)
            if before is not None and before[1] > i:
                continue
        first, last = run
        # "Boreal Graphite (TSX-V: BGR)": the name ends at the bracket
        # (not at South Africa's "(Pty) Ltd")
        if "(" in text[tokens[first].end : tokens[last - 1].start]:
            last = next(
                (
                    k
                    for k in range(first + 1, last)
                    if "(" in text[tokens[k - 1].end : tokens[k].start] and tokens[k].text not in LEGAL_FORMS
                ),
                last,
            )
        # "Mines ministry gives ...": the Ministry of Mines
        office = last < len(tokens) and tokens[last].lower in _OFFICES
        verb = _after_adverbs(tokens, _after_aside(sentence, last + 1 if office else last))
        # "Kyongnam Bank's ₩20bn loan to ...": the name owning the sum is its giver
        owns_sum = (
            tokens[last - 1].possessive
            and any(0 < a.start - tokens[last - 1].end <= 3 and a.start < hi for a in sentence.amounts)
            and organisation_shaped(tokens, first, last)  # not "John's $5m loan idea"
        )
        if owns_sum or (verb < len(tokens) and _subject_verb(tokens, verb) and tokens[verb].start < verb_hi):
            name = run_name(text, tokens, first, last)
            if office:
                name = f"{tokens[last].text.capitalize()} of {name}"
                return Mention(
                    first, last + 1, tokens[first].start, tokens[last].end, name, "name", name, None
                )
            if mineral_table()[0].get(name.lower()):
                continue
            return Mention(first, last, tokens[first].start, tokens[last - 1].end, name, "name", name, None)
    return _labelled_line(sentence, lo, hi, taken)


# "• Naturgy - €28m equity in a lithium brine pilot": a list line headed by who does it (not
# by what the line is: "Correction: ...", "Recap - ...")
_LABEL = re.compile(r"\s*(?::|\s[-–—]|\s->|\s→)\s")
_LINE_LABELS = word_set("""correction corrections recap summary context background source sources
edit deals deal today tldr takeaway takeaways reminder question answer""")


def gapped_subject(
    sentence: Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]]
) -> Mention | None:
    """An organisation we do not know opening a clause right before its sum, sharing the verb
    of the clause before ("Kyoto Bank will lend ¥4bn and Shiga Bank ¥2bn"), or None."""
    tokens, text = sentence.tokens, sentence.text
    i = next((k for k, t in enumerate(tokens) if t.start >= lo), len(tokens))
    if i < len(tokens) and tokens[i].lower == "and":
        i += 1
    if i >= len(tokens) or text[lo : tokens[i].start].strip(" ,").lower() not in {"", "and"}:
        return None
    run = name_run(tokens, i, _taken_tokens(sentence, project_spans))
    if run is None:
        return None
    first, last = run
    end = tokens[last - 1].end
    if not any(a.start < hi and not text[end : a.start].strip() for a in sentence.amounts):
        return None
    name = run_name(text, tokens, first, last)
    return Mention(first, last, tokens[first].start, end, name, "name", name, None)


def _labelled_line(sentence: Sentence, lo: int, hi: int, taken: set[int]) -> Mention | None:
    """An organisation we do not know heading a clause, set off by a dash or colon, or None."""
    tokens, text = sentence.tokens, sentence.text
    i = next((k for k, t in enumerate(tokens) if t.start >= lo), len(tokens))
    if i >= len(tokens) or text[lo : tokens[i].start].strip() or tokens[i].start >= hi:
        return None
    run = name_run(tokens, i, taken)
    if run is None or tokens[i].lower in _LINE_LABELS:
        return None
    end = tokens[run[1] - 1].end
    # "POP Bank, €9m loan": a reply line naming who, then the sum right after its comma
    sum_follows = text[end : end + 2] == ", " and any(a.start == end + 2 for a in sentence.amounts)
    if not (_LABEL.match(text, end) or sum_follows):
        return None
    first, last = run
    name = run_name(text, tokens, first, last)
    if mineral_table()[0].get(name.lower()) or names_a_place(name):  # "Tamil Nadu: TIIC will lend"
        return None
    return Mention(first, last, tokens[first].start, tokens[last - 1].end, name, "name", name, None)


def _unknown_lender(
    sentence: Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]], word: str = "from"
) -> Mention | None:
    """An organisation we do not know, named after "from" ("a loan from Macquarie Bank") or
    the given word ("was handed a loan by Close Brothers")."""
    tokens = sentence.tokens
    taken = _taken_tokens(sentence, project_spans)
    for i, token in enumerate(tokens):
        if token.lower != word or not (lo <= token.start < hi):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].lower in DETERMINERS:
            j += 1
        run = name_run(tokens, j, taken)
        if run is None or tokens[run[0]].start >= hi:
            continue
        first, last = run
        name = run_name(sentence.text, tokens, first, last)
        if mineral_table()[0].get(name.lower()):
            continue
        return Mention(first, last, tokens[first].start, tokens[last - 1].end, name, "name", name, None)
    return None


# "the Lac Guéret project in Québec, owned by Mason Resources": the company behind the thing
# is the other party, not the place it is in.
_OWNED_BY = re.compile(
    r"\b(?:(?:majority-|wholly |jointly )?owned|operated|developed|run|controlled|held|built"
    r"|produced|mined)\s+(?:(?:in|at|near)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?by\s+(?:the\s+)?",
    re.I,
)


def _owner(
    sentence: Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]], actor: Mention | None
) -> str | None:
    """The company named after "owned by", "developed by"... in the clause, after its actor."""
    after = actor.end if actor is not None else lo
    if " by " not in sentence.text:  # most clauses: skip the pattern
        return None
    m = _OWNED_BY.search(sentence.text, max(lo, after), hi)
    if m is None:
        return None
    for mention in sentence.mentions:
        if mention.start == m.end() and mention is not actor:
            return party_name(mention)
    tokens = sentence.tokens
    taken = _taken_tokens(sentence, project_spans)
    j = next((k for k, t in enumerate(tokens) if t.start >= m.end()), len(tokens))
    run = name_run(tokens, j, taken)
    if run is None or tokens[run[0]].start >= hi:
        return None
    name = run_name(sentence.text, tokens, run[0], run[1])
    return None if mineral_table()[0].get(name.lower()) else name[:200]


# (sums only: the giving verbs above also cover goods, "supply Ford with nickel")
_MONEY_GIVING_VERBS = word_set("""lend lends lent lending loan loans loaned give gives gave giving grant
grants granted granting award awards awarded awarding pay pays paid paying offer offers offered""")


def _indirect_object(
    sentence: Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]], actor: Mention | None
) -> str | None:
    """The company money is given to, named between the verb and the sum: "will lend Hastings
    $100 million", "awarded Acme Metals €5m", "give Mason a C$45 million grant"."""
    tokens = sentence.tokens
    amounts = [a for a in sentence.amounts if lo <= a.start < hi]
    if not amounts:
        return None
    verbs = [i for i, t in enumerate(tokens[:-1]) if t.lower in _MONEY_GIVING_VERBS and lo <= t.start < hi]
    if not verbs:
        return None
    taken = _taken_tokens(sentence, project_spans)
    if actor is not None:
        taken.update(range(actor.first, actor.last))
    for i in verbs:
        known = next((m for m in sentence.mentions if m.first == i + 1 and m is not actor), None)
        if known is not None and known.kind != "country":  # "lend Arafura A$150 million"
            after = tokens[known.last].start if known.last < len(tokens) else -1
            if any(a.start <= after < a.end for a in amounts):
                return party_name(known)
        run = name_run(tokens, i + 1, taken)
        k = run[1] if run is not None else len(tokens)
        if k < len(tokens) and tokens[k].lower in {"a", "an"}:  # "give Mason a C$45 million grant"
            k += 1
        if k < len(tokens) and tokens[k].lower in {"further", "additional", "another"}:
            k += 1  # "will lend Gallitec a further €20 million"
        after = tokens[k].start if k < len(tokens) else -1
        if run is not None and any(a.start <= after < a.end for a in amounts):
            name = run_name(sentence.text, tokens, run[0], run[1])
            if not mineral_table()[0].get(name.lower()):
                return name[:200]
    return None


_SUPPLY_VERBS = word_set("""supply supplies supplied supplying""")
# "the converter Acme Lithium is building": what follows a plant's owner named after it
_OWNER_VERBS = word_set("""is are was has had will runs operates owns built builds building
plans planned""")
_PLANT_WORDS = PROJECT_HEADS | word_set("""converter converters""")


def _unknown_offtake_party(
    sentence: Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]], actor: Mention | None
) -> str | None:
    """The other side of an offtake when the table does not know it: "agreed to supply KOPEC
    with uranium", "the output of a converter Acme Lithium is building"."""
    tokens = sentence.tokens
    taken = _taken_tokens(sentence, project_spans)
    if actor is not None:
        taken.update(range(actor.first, actor.last))
    for i, token in enumerate(tokens[:-2]):
        if not lo <= token.start < hi:
            continue
        supplied = token.lower in _SUPPLY_VERBS
        if not supplied and token.lower not in _PLANT_WORDS:
            continue
        run = name_run(tokens, i + 1, taken)
        if run is None or run[1] >= len(tokens) or tokens[run[1] - 1].possessive:
            continue
        follower = tokens[run[1]].lower
        if (supplied and follower == "with") or (not supplied and follower in _OWNER_VERBS):
            name = run_name(sentence.text, tokens, run[0], run[1])
            if not mineral_table()[0].get(name.lower()) and len(name) > 1:
                return name[:200]
    return None


# "... from the company", "from the miner": the seller named earlier, not by name again
_FROM_THE_COMPANY = re.compile(
    r"\bfrom\s+the\s+(?:company|firm|miner|producer|developer|group|refiner)\b(?!['\u2019])", re.I
)


def _company_referred_back(sentence: Sentence, hi: int, actor: Mention | None) -> str | None:
    """The seller an offtake names only as "the company": "Piedmont Lithium's chief executive
    said LG Chem will buy spodumene from the company" (the one other company named before the
    actor; none when two could be meant)."""
    if actor is None or not _FROM_THE_COMPANY.search(sentence.text, actor.end, hi):
        return None
    earlier = {
        m.value: m
        for m in sentence.mentions
        if m.end <= actor.start and m.kind in {"org", "name"} and m.value != actor.value
    }
    return party_name(next(iter(earlier.values()))) if len(earlier) == 1 else None


_ROLE_NOUNS = word_set("""maker developer producer miner start-up startup recycler refiner explorer
supplier manufacturer""")


def _past_role_words(sentence: Sentence, j: int) -> int:
    """The token after up to four lower-case words ending in a role noun right before a name
    ("graphite anode maker" before "Vianode"), or j."""
    tokens, text = sentence.tokens, sentence.text
    k = j
    while (
        k < len(tokens)
        and k - j < 4
        and tokens[k].text.islower()
        and tokens[k].text.replace("-", "").isalpha()
    ):
        if k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] != " ":
            return j
        k += 1
    if k == j or tokens[k - 1].lower not in _ROLE_NOUNS:
        return j
    return k


def _generic_counterparty(
    sentence: Sentence, lo: int, hi: int, project_spans: list[tuple[int, int]], actor: Mention | None
) -> str | None:
    tokens = sentence.tokens
    # "to Zinnwald Lithium": a company named like its project (no "mine" or "project" in the
    # words) is still a company
    # ("Mopani Copper Mines", "Denison Mines": a company; "the Kamoa mine": a project)
    companies = [
        (s, e)
        for s, e in project_spans
        if not any(w in PROJECT_HEADS for w in sentence.text[s:e].lower().split())
        or " Mines" in sentence.text[s:e]
    ]
    taken = _taken_tokens(sentence, [span for span in project_spans if span not in companies])
    taken -= _owners_of_projects(tokens, project_spans)
    if actor is not None:
        taken.update(range(actor.first, actor.last))
    for i, token in enumerate(tokens):
        if not (lo <= token.start < hi) or token.lower not in _COUNTERPARTY_WORDS | {"of"}:
            continue
        if token.lower == "in" and not _holding_in(tokens, i, sentence):
            continue  # "the Rhyolite Ridge project in Nevada": where it is, not who
        j = i + 1
        while j < len(tokens) and tokens[j].lower in DETERMINERS:
            j += 1
        run = name_run(tokens, j, taken)
        if run is None and token.lower != "of":
            j = _past_role_words(sentence, j)  # "to graphite anode maker Vianode"
            run = name_run(tokens, j, taken)
        elif run is not None and run[1] - run[0] == 1 and (k := _past_role_words(sentence, run[1])) > run[1]:
            # "of the Styrian lithium explorer Koralpe Lithium": a region's word describing it
            run = name_run(tokens, k, taken) or run
        if (
            token.lower == "of"
            and (run is None or not tokens[run[1] - 1].possessive)
            and not (
                run is not None
                and _share_before(sentence.text, tokens, i)
                and not _names_output(tokens, run[1])
            )
        ):
            # only "₩300bn of Acme Cells' borrowing" (whose debt or output it is) and "19.9% of
            # Sayona Mining" (the company bought into)
            continue
        if run is not None and _describes(tokens, j, run):
            continue  # "to a Kenyan graphite miner": a word describing the party, not its name
        if run is not None and tokens[run[0]].start < hi:
            name = run_name(sentence.text, tokens, run[0], run[1])
            if not mineral_table()[0].get(name.lower()) and len(name) > 1:
                return name[:200]
    return None


_SHARE_WORDS = frozenset({"percent", "cent", "pct"})


def _share_before(text: str, tokens: list[Token], of: int) -> bool:
    """Whether the "of" at token `of` follows a share ("19.9%", "10 percent")."""
    before = tokens[of - 1]
    return "%" in text[before.end : tokens[of].start] or before.lower in _SHARE_WORDS


def _names_output(tokens: list[Token], k: int) -> bool:
    """Whether the words from token k say the share is of a product ("of Lynas output")."""
    return k < len(tokens) and tokens[k].lower in {"output", "production", "supply", "concentrate", "oxide"}


# Words after which "in X" names what is bought into ("a stake in Acme"), not where a thing is.
_HOLDING_WORDS = word_set("""stake stakes interest interests holding holdings position shares
share equity invest invests invested investing investment investments""")


def _holding_in(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """Whether the "in" at token i names a holding ("a 10% stake in", "$40m in") rather than a place."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.lower in _HOLDING_WORDS or before.text.endswith("%"):
        return True
    return any(a.start <= before.start < a.end for a in sentence.amounts)


def _owners_of_projects(tokens: list[Token], project_spans: list[tuple[int, int]]) -> set[int]:
    """Tokens of the owner named inside a project's name ("Tenke Mining" in "Tenke Mining's
    Kalunga project"): the other party of a deal for what the project produces."""
    owners: set[int] = set()
    for s, e in project_spans:
        inside = [i for i, t in enumerate(tokens) if s <= t.start < e]
        for k in inside[:-1]:
            if tokens[k].possessive and tokens[k].lower not in DETERMINERS and tokens[k].text[:1].isupper():
                owners.update(i for i in inside if i <= k)
                break
    return owners


def _describes(tokens: list[Token], j: int, run: tuple[int, int]) -> bool:
    """Whether a one-word name after "a"/"an" is an adjective of a lower-case noun ("a Kenyan
    graphite miner", "an Indonesian smelter"), not a company's name."""
    first, last = run
    return (
        last - first == 1
        and j > 0
        and tokens[j - 1].lower in {"a", "an"}
        and last < len(tokens)
        and tokens[last].text[:1].islower()
        and not tokens[first].possessive
    )
