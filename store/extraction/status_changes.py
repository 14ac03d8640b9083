"""Project status changes stated in a sentence ("Thacker Pass entered construction")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from store import vocab
from store.extraction.cues import NEGATION, SOURCED, SPECULATION
from store.extraction.gate import gated
from store.extraction.names import best_match
from store.extraction.results import STATEMENT_MAX, StatusChangeDraft
from store.extraction.sentence import Sentence
from store.extraction.text import name_run

STATUS_WORD = (
    r"(?P<status>commercial production|production|producing|construction|commissioning"
    r"|permitting|exploration|financing|definitive feasibility(?: study)?"
    r"|bankable feasibility(?: study)?|pre-?feasibility(?: study)?"
    r"|feasibility(?: study)?|preliminary economic assessment|care and maintenance"
    r"|(?-i:PEA|PFS|DFS|BFS))"
)
STATUS_CHANGES = (
    gated(
        r"\b(?P<verb>entered|enters|entering|moved into|moves into|moving into"
        r"|advanced (?:in)?to|advances (?:in)?to|progressed (?:in)?to|went into"
        r"|has gone into|goes into|is now in|are now in|now in|reached|reaches|started"
        r"|starts|began|begins|begun|commenced|commences|kicked off|completed|completes"
        r"|finished|published|released|delivered|filed|launched|achieved|hit|resumed"
        r"|put into|placed on|placed into|went on)\s+(?:the\s+|its\s+|a\s+|an\s+"
        rf"|their\s+)?(?:final\s+|full\s+|first\s+)?{STATUS_WORD}\b",
        re.I,
    ),
    gated(
        rf"\b{STATUS_WORD}\s+(?:has\s+|have\s+)?(?P<verb>began|begun|started|commenced"
        r"|got under way|is under ?way|kicked off)\b",
        re.I,
    ),
    gated(
        r"\b(?:is|are|was|were|has been|have been|now)\s+(?:officially\s+)?"
        r"(?P<status>under construction|in production|producing|operating"
        r"|in commissioning|in permitting|on hold|suspended|halted|paused|shelved"
        r"|mothballed|stalled|cancell?ed|scrapped|abandoned|put on hold|placed on hold"
        r"|on care and maintenance)\b",
        re.I,
    ),
    gated(
        r"\b(?P<status>broke ground|breaks ground|poured first|first production"
        r"|first concentrate|first ore|first shipment)\b",
        re.I,
    ),
)
_PROJECTSTATUS_WORDS = {
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
_FUTURE = gated(
    r"\b(?:will|plans? to|expects? to|expected to|aims? to|set to|scheduled to"
    r"|targets?|targeting|hopes? to|could|would|should|might|intends? to)\b"
    r"|\b(?-i:may)\b",
    re.I,
)


def _status_word(raw: str, verb: str | None) -> str | None:
    word = re.sub(r"\s+study$", "", raw.lower().strip())
    word = _PROJECTSTATUS_WORDS.get(word, word)
    if verb and verb.lower() in {"completed", "completes", "finished"}:
        word = _AFTER_COMPLETION.get(word, word)
    try:
        return vocab.normalize_project_status(word)
    except vocab.UnknownValue:
        return None


def find_status_changes(sentence: Sentence, known: Sequence[str]) -> list[StatusChangeDraft]:
    """Project status changes a sentence states as fact, not as a question, rumour or plan."""
    text = sentence.text
    if sentence.question or SPECULATION.search(text) or SOURCED.search(text):
        return []
    found: list[StatusChangeDraft] = []
    for pattern in STATUS_CHANGES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            status = _status_word(groups["status"], groups.get("verb"))
            lead = text[max(0, m.start() - 40) : m.start()]
            if status is None or _FUTURE.search(lead) or NEGATION.search(lead + m.group()):
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
    sentence: Sentence, start: int, end: int, known: Sequence[str]
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
        run = name_run(sentence.tokens, i, taken)
        if run and sentence.tokens[run[1] - 1].end <= start:
            runs.append(run)
    if runs:
        first, last = runs[-1]
        if sentence.text[sentence.tokens[last - 1].end : start].strip(" ,") in {"", "has", "have"}:
            mention = sentence.text[sentence.tokens[first].start : sentence.tokens[last - 1].end]
            return mention, best_match(mention, known)
    return None
