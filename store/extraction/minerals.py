"""Minerals named in a sentence, from the vocabulary in store.vocab."""

from __future__ import annotations

from functools import lru_cache

from store import vocab
from store.extraction.text import Token, phrase_key


@lru_cache(maxsize=1)
def mineral_table() -> tuple[dict[str, str], frozenset[str]]:
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


def find_minerals(tokens: list[Token]) -> list[tuple[int, str]]:
    """(character offset, mineral code) for each mineral named, longest phrase first."""
    table, capitals = mineral_table()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(tokens):
        for n in (3, 2, 1):
            words = tokens[i : i + n]
            if len(words) < n:
                continue
            key = phrase_key(t.text for t in words)
            code = table.get(key)
            if code is None or (key in capitals and not words[0].text.isupper()):
                continue
            found.append((words[0].start, vocab.normalize_mineral(code)))
            i += n - 1
            break
        i += 1
    return found
