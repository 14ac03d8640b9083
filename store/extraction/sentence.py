"""One sentence read once (actors, money, minerals, names, date, question?) and cut into clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from store.extraction.actors import Mention, described_start, known_mentions, with_adjacent_names
from store.extraction.cues import QUESTION_START, instrument_of
from store.extraction.dates import find_date
from store.extraction.minerals import find_minerals
from store.extraction.money import Amount, find_amounts
from store.extraction.names import (
    INITIATIVE_HEADS,
    PROJECT_HEADS,
    best_match,
    head_mentions,
    known_name_spans,
    projects_by_short_name,
)
from store.extraction.text import Token, tokenize, tokens_within

_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|,?\s+(?:and|but|while|whereas|although|though|as well as)\s+|,\s+(?=[A-Z])"
    # a headline's second verb after a comma: "Pentagon takes $400m stake in Noveon, sets price floor"
    # (a cut only when what follows names an instrument of another kind: not "..., adds to its
    # 2023 loan", "..., backs Finland's lithium push")
    r"|,\s+(?=(?:also\s+)?(?:sets|takes|adds|signs|lends|buys|grants|awards|backs|pledges|imposes|bans"
    r"|guarantees|commits|extends|launches|agrees|offers|tightens|restricts|caps)\s)"
)


# "Kuwait Finance House and Boubyan Bank each commit ...": after "and", a name and the word
# that shares the verb make the pieces one clause with two subjects.
_NAME_BEFORE_CHARS = 120  # six words of a name at most
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'&.-]*\s+(?:(?:of|and|de|for)\s+)?){0,5}[A-Z][\w'&.-]*")
_MODAL_BEFORE = re.compile(r"\b(?:will|shall|has|have|agreed|signed)\s+(?:also\s+)?[a-z]+", re.I)
_MODAL_AFTER = re.compile(r"\s+(?:will|shall|is to|has agreed to|agreed to)\s+(?:also\s+)?[a-z]+")
_SHARED_SUBJECT_AFTER = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'&.-]*\s+){1,4}(?:will\s+|would\s+)?(?:each|jointly|together|both)\b"
)


_MONEY_PARTICIPLE_OPENER = re.compile(
    r"(?:Lending|Investing|Providing|Putting|Committing|Injecting|Extending)\s+(?=[^,]*?\d)"
)


_PLACE_AFTER = re.compile(r"\s+(?:in|at|near)\s+\S+(?:\s+\S+){0,2}$")
_OFFICE_AFTER = re.compile(r"\s+(?:ministry|department)\b", re.I)


@dataclass
class Context:
    """What reading carries across a message: the known names, today, and the last actor seen."""

    known_projects: tuple[str, ...]
    known_initiatives: tuple[str, ...]
    today: date
    message_date: date | None = None
    last_actor: tuple[str | None, str | None, str | None] | None = None


@dataclass
class Sentence:
    """Everything found in one sentence, read once and shared by its clauses."""

    text: str
    tokens: list[Token]
    mentions: list[Mention]
    amounts: list[Amount]
    minerals: list[tuple[int, str]]
    projects: list[tuple[int, int, str, str | None]]  # start, end, mention, known name
    initiatives: list[tuple[int, int, str, str | None]]
    announced_on: date | None
    question: bool


def _longest_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Known names written in the text, less those inside a longer one written there: "the
    Mountain Pass mine" is the known "Mountain Pass mine", not the also known "Mountain Pass"."""
    if len(spans) < 2:
        return spans
    return [
        (s, e, name)
        for s, e, name in spans
        if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in spans)
    ]


def read_sentence(text: str, ctx: Context) -> Sentence:
    """One sentence's tokens, actors, sums, minerals, projects, initiatives, date, and whether it asks."""
    tokens = tokenize(text)
    # "a floor of $110/kg" prices the thing; the draft's amount is a sum committed
    amounts = [a for a in find_amounts(text) if not a.per_unit]
    money_tokens = tokens_within(tokens, [(a.start, a.end) for a in amounts])
    mentions = known_mentions(tokens, text)
    projects: list[tuple[int, int, str, str | None]] = []
    for start, end, name in _longest_spans(known_name_spans(text, ctx.known_projects)):
        projects.append((start, end, text[start:end], name))
    for start, end, mention in head_mentions(tokens, text, PROJECT_HEADS, True):
        if _OFFICE_AFTER.match(text, end):  # "the Mines ministry" is no mine
            continue
        if not any(s <= start < e or start <= s < end for s, e, _, _ in projects):
            known = best_match(mention, ctx.known_projects)
            place = _PLACE_AFTER.search(mention)
            if known is None and place:  # "the Eneabba refinery in Western Australia"
                known = best_match(mention[: place.start()], ctx.known_projects)
            projects.append((start, end, mention, known))
    if ctx.known_projects:
        actor_tokens = {i for m in mentions for i in range(m.first, m.last)}
        projects += projects_by_short_name(
            tokens, text, projects, actor_tokens | money_tokens, ctx.known_projects
        )
    initiatives: list[tuple[int, int, str, str | None]] = []
    for start, end, name in known_name_spans(text, ctx.known_initiatives):
        initiatives.append((start, end, text[start:end], name))
    for start, end, mention in head_mentions(tokens, text, INITIATIVE_HEADS, False):
        if not any(s <= start < e or start <= s < end for s, e, _, _ in initiatives):
            initiatives.append((start, end, mention, best_match(mention, ctx.known_initiatives)))
    # A name inside a project or initiative ("Canada-led ... alliance") is not an actor.
    named_spans = [(s, e) for s, e, _, name in initiatives if name]
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in named_spans) or m.kind == "org"]
    mentions = [m for m in mentions if not any(i in money_tokens for i in range(m.first, m.last))]
    mentions = with_adjacent_names(tokens, mentions, text, money_tokens)
    stripped = text.rstrip(" )\"'")
    question = stripped.endswith("?") or bool(QUESTION_START.match(text))
    return Sentence(
        text,
        tokens,
        mentions,
        amounts,
        find_minerals(tokens, text),
        sorted(projects),
        sorted(initiatives),
        find_date(text, ctx.today),
        question,
    )


def clause_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Character ranges of a sentence's clauses; a piece with no instrument or amount joins a neighbour."""
    text = sentence.text
    tokens = sentence.tokens
    # "EDC, UKEF and EKN are lending": a list of names is one subject, not three clauses
    listed = sentence.mentions if len(sentence.mentions) > 1 else []
    # "The Public Investment Fund (PIF) and Ma'aden": a name ends after its short name in brackets
    name_ends = {m.end + 1 if text[m.end : m.end + 1] == ")" else m.end for m in listed}
    name_starts = {tokens[described_start(tokens, m)].start for m in listed}
    # "Terrafame's nickel and cobalt sulphate plant": a list of minerals naming one thing (not
    # "antimony and gallium funding", two awards) is not two clauses
    named = {at for at, _ in sentence.minerals} if len(sentence.minerals) > 1 else set()
    mineral_ends = {t.end for t in tokens if t.start in named}

    # "Lending €6 million to a recycler in Linz, Oberbank is backing ...": an opening participle
    # is the deed of the subject after its comma
    opener_cut = _MONEY_PARTICIPLE_OPENER.match(text)
    opener_end = text.find(", ", opener_cut.end()) if opener_cut else -1

    def one_thing(cut: re.Match[str]) -> bool:
        if cut.group().strip() == "," and text[cut.end() : cut.end() + 1].islower():  # a headline's verb
            kind = instrument_of(text[cut.end() :])
            return kind in (None, "other") or kind == instrument_of(text[: cut.start()])
        if cut.start() == opener_end and cut.group().startswith(","):
            return True
        if ";" not in cut.group() and cut.start() in name_ends and cut.end() in name_starts:
            # (not "JOGMEC will take a stake in a refinery in Western Australia, and JBIC will
            # lend it US$300 million": a second subject with its own verb after a first clause's)
            return not (
                cut.group().startswith(",")
                and _MODAL_BEFORE.search(text, 0, cut.start())
                and (second := next((m for m in listed if m.start >= cut.end()), None)) is not None
                and _MODAL_AFTER.match(text, second.end)
            )
        # ("Greater Manchester Pension Fund and Strathclyde Pension Fund each commit": names we
        # do not know, listed as one subject)
        if (
            "and" in cut.group()
            and (cut.start() in name_ends or cut.start() < _NAME_BEFORE_CHARS)
            and _SHARED_SUBJECT_AFTER.match(text, cut.end())
            and (cut.start() in name_ends or _NAME_BEFORE.fullmatch(text, 0, cut.start()))
        ):
            return True
        if cut.start() not in mineral_ends or cut.end() not in named:
            return False
        after = next((i + 1 for i, t in enumerate(tokens) if t.start == cut.end()), len(tokens))
        return after >= len(tokens) or instrument_of(tokens[after].text) is None

    # "the Partnership for Global Infrastructure and Investment": a named project or initiative
    # is one name, not two clauses
    named_spans = [(s, e) for s, e, _, _ in sentence.projects + sentence.initiatives]
    cuts = [
        (m.start(), m.end())
        for m in _CLAUSE_BREAK.finditer(text)
        if not any(a.start <= m.start() < a.end for a in sentence.amounts)  # "two and a half billion"
        and not any(s <= m.start() < e for s, e in named_spans)
        # "the Uzbek Fund for Reconstruction and Development": a name's own "and"
        and not any(n.start <= m.start() < n.end for n in sentence.mentions)
        and not one_thing(m)
    ]
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
        return instrument_of(piece) is not None, has_amount

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
