"""Cheap necessary conditions for costly patterns: the words every match must contain.

A cue pattern such as `\\b(?:loans?|lend(?:s|ing)?|...)\\b` is tried by `re` at every position of
a sentence; most sentences hold none of its words. `Gated` reads, from the pattern itself, a
few literal strings one of which every match contains ("loan", "lend", ...), and searches only
a text that holds one (a substring test costs a fraction of the search). The literals are
derived from the parsed pattern, so a pattern edited later keeps a correct gate: a pattern with
a branch that needs no literal gets no gate and is always searched. The literals of all gates
are found in a text by one scan (`_Scanner`), kept for the last few texts: a sentence meets
some forty gates, and its clauses meet them again.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Under re.IGNORECASE these match ASCII letters but lower-case to something else ("\u212a"
# is KELVIN SIGN): a text holding one is searched without the gate.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_SHORTEST_USEFUL = 2  # a gate of one-letter literals passes nearly every text


def _literals_of_sequence(items: Any) -> frozenset[str] | None:
    """A set of lower-case ASCII strings one of which every match of the sequence contains, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run and (leading := _leading(op, av)):
            # "n(?:ot|'t)" as the parser writes "(?:not|n't)": the run joined to each alternative.
            candidates.append(frozenset("".join(run) + lit for lit in leading))
        close_run()
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            found = _literals_of_sequence(av[-1])
        elif op is sre.BRANCH:
            found = _literals_of_branches(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _literals_of_sequence(av[2])
        elif op is sre.ATOMIC_GROUP:
            found = _literals_of_sequence(av)
        if found:
            candidates.append(found)
    close_run()
    if not candidates:
        return None
    # The most selective: the longest shortest literal, then the fewest literals.
    return max(candidates, key=lambda lits: (min(map(len, lits)), -len(lits)))


def _leading(op: Any, av: Any) -> frozenset[str] | None:
    """Strings one of which every match of the item starts with, or None."""
    if op is sre.SUBPATTERN:
        items = list(av[-1])
        return _leading(*items[0]) if items else None
    if op is not sre.BRANCH:
        return None
    out: set[str] = set()
    for branch in av[1]:
        run = ""
        for item_op, item_av in branch:
            if item_op is not sre.LITERAL or item_av >= 128:
                break
            run += chr(item_av).lower()
        if not run:
            return None
        out.add(run)
    return frozenset(out)


def _literals_of_branches(branches: Any) -> frozenset[str] | None:
    out: set[str] = set()
    for branch in branches:
        found = _literals_of_sequence(branch)
        if not found:
            return None  # this alternative can match without any literal
        out |= found
    return frozenset(out)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which is in every text the pattern finds a match in (the text
    lower-cased), or None when no useful set can be read from the pattern."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an internal parser that changed: no gate, the pattern still works
        return None
    found = _literals_of_sequence(parsed)
    if not found or min(map(len, found)) < _SHORTEST_USEFUL:
        return None
    # A literal that holds another is redundant: the shorter one is in the text whenever it is.
    return frozenset(lit for lit in found if not any(o != lit and o in lit for o in found))


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    """A pattern matching, at a position, the longest of the trie's strings that starts there."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer string first


class _Scanner:
    """Every gate's literals found in a text in one pass, for all the gates a text meets.

    A sentence meets some forty gates; testing each gate's literals in turn cost more than
    one scan for all of them. At each position the pattern finds the longest literal starting
    there; the literals it begins with are there too, so every literal in the text is found.
    The scan searches again from the position after each find: `re` skips in C to where a
    literal's first character is (a lookahead tried at every position cost a fifth more)."""

    _CACHED_TEXTS = 256

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = literals
        trie: dict[str, Any] = {}
        for literal in literals:
            node = trie
            for ch in literal:
                node = node.setdefault(ch, {})
            node[""] = {}
        self.pattern = re.compile(_trie_pattern(trie)) if literals else None
        self.prefixes = {
            lit: frozenset(lit[:n] for n in range(1, len(lit) + 1) if lit[:n] in literals) for lit in literals
        }
        self.found: dict[str, frozenset[str] | None] = {}

    def literals_in(self, text: str) -> frozenset[str] | None:
        """The literals in text (lower-cased), or None when every gate must let it through."""
        cache = self.found  # read once: another thread may swap in a new dict
        found: frozenset[str] | None = cache.get(text, _UNSEEN)
        if found is not _UNSEEN:
            return found
        if self.pattern is None or (not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII)):
            found = None
        else:
            seen: set[str] = set()
            lowered, at, search, prefixes = text.lower(), 0, self.pattern.search, self.prefixes
            while (m := search(lowered, at)) is not None:
                seen |= prefixes[m.group()]
                at = m.start() + 1  # literals overlap: "loan" in "loans", "an" in "loan"
            found = frozenset(seen)
        if len(cache) >= self._CACHED_TEXTS:
            cache = self.found = {}  # a new dict, not clear(): another thread may be reading the old
        cache[text] = found
        return found


_UNSEEN = frozenset({"\0unseen"})  # literals_in's "not kept": None is a kept answer
_literals: frozenset[str] = frozenset()  # of every gate made so far
_scanner: _Scanner | None = None  # made at the first read, again after a gate with new literals


_adding = threading.Lock()  # two gates made at once in two threads both keep their literals


def _scanning(literals: frozenset[str]) -> None:
    global _literals
    with _adding:
        if not literals <= _literals:
            _literals |= literals


def _current_scanner() -> _Scanner:
    global _scanner
    scanner = _scanner
    if scanner is None or scanner.literals is not _literals:  # (a gate made in another thread)
        scanner = _scanner = _Scanner(_literals)
    return scanner


def forget_texts() -> None:
    """Drop the literals kept for recent texts (a benchmark reading an article as if new)."""
    _current_scanner().found = {}


class Gated:
    """A compiled pattern that skips a text holding none of its required literals."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        literals = required_literals(pattern)
        self.literals = tuple(sorted(literals, key=len)) if literals else None
        self._literal_set = literals or frozenset()
        if literals:
            _scanning(literals)

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in text."""
        if self.literals is None:
            return True
        found = _current_scanner().literals_in(text)
        return found is None or not self._literal_set.isdisjoint(found)

    def search(self, text: str) -> re.Match[str] | None:
        # may_match() written out: an article tries gates some 2,000 times, most of them here,
        # and two calls fewer each is a tenth of the gates' cost.
        if self.literals is not None:
            scanner = _scanner
            if scanner is None or scanner.literals is not _literals:
                scanner = _current_scanner()
            found = scanner.found.get(text, _UNSEEN)
            if found is _UNSEEN:
                found = scanner.literals_in(text)
            if found is not None and self._literal_set.isdisjoint(found):
                return None
        return self.pattern.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text) if self.may_match(text) else None

    def sub(self, replacement: str, text: str, count: int = 0) -> str:
        return self.pattern.sub(replacement, text, count=count) if self.may_match(text) else text


def gated(pattern: str, flags: int = 0) -> Gated:
    """re.compile(pattern, flags) behind a literal gate."""
    return Gated(re.compile(pattern, flags))
