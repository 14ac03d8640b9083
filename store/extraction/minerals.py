"""Minerals named in a sentence, from the vocabulary in store.vocab."""

from __future__ import annotations

from functools import lru_cache

from store import vocab
from store.extraction.text import Token, phrase_key, word_set


@lru_cache(maxsize=1)
def _phrase_starts() -> frozenset[str]:
    """First words of the table's phrases of two words or more ("rare" of "rare earths")."""
    return frozenset(key.split()[0] for key in mineral_table()[0] if " " in key)


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
            # an abbreviation ("REE", "PGM") counts only in capitals; a short name ("zinc") as written
            if len(name) <= 4 and name.isalpha() and name not in {"ndpr", mineral.code, mineral.name.lower()}:
                capitals.add(name.lower())
                capitals.add(name.lower() + "s")
    table["rare earth magnets"] = "rare-earths"
    # The magnets minerals policy is about are rare earth (NdFeB, SmCo) magnets: "to expand magnet
    # output" names rare earths; a sentence naming the element too keeps only the element.
    table["magnet"] = table["magnets"] = "rare-earths"
    return table, frozenset(capitals)


_SPECIFIC_RARE_EARTHS = frozenset(
    {m.code for m in vocab.MINERALS if m.group in {"light", "heavy"}} | {"scandium", "ndpr"}
)


def without_generic(codes: list[str]) -> list[str]:
    """The minerals a clause names, without "rare-earths" when it names the rare earth itself
    ("NdPr oxide from the Ngualla rare earths project" is NdPr)."""
    if "rare-earths" in codes and any(c in _SPECIFIC_RARE_EARTHS for c in codes):
        return [c for c in codes if c != "rare-earths"]
    return codes


def _in_capitals(text: str) -> bool:
    """An abbreviation as written: "PGM", and its plural "PGMs" or "REEs"."""
    return text.isupper() or (len(text) > 2 and text.endswith("s") and text[:-1].isupper())


# Chemical symbols as shorthand writes them before a compound ("Li hydroxide refinery",
# "Ni sulphate"): only so, since "Co" or "Ga" alone is a company's or a state's abbreviation
_SYMBOLS = {
    "Li": "lithium",
    "Ni": "nickel",
    "Co": "cobalt",
    "Cu": "copper",
    "Mn": "manganese",
    "Zn": "zinc",
    "Sn": "tin",
    "Ga": "gallium",
    "Ge": "germanium",
    "Sb": "antimony",
}
_COMPOUNDS = word_set(
    "hydroxide carbonate sulphate sulfate oxide chloride cathode cathodes concentrate metal"
)


# "the Li refinery", "a Ni smelter": a symbol naming the plant's metal, after an article; not
# "Co" or "Ga", which name a company or a state there too
_FACILITIES = word_set("refinery refineries smelter smelters")
_PLANT_SYMBOLS = frozenset(_SYMBOLS) - {"Co", "Ga"}


def _symbol_before(tokens: list[Token], i: int, text: str) -> bool:
    """Whether token i is a chemical symbol before a compound or, after an article or opening
    a shorthand list's item ("$250m equity, Li refinery"), a plant."""
    if tokens[i].text not in _SYMBOLS or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].lower
    if nxt in _COMPOUNDS:
        return True
    if nxt not in _FACILITIES or tokens[i].text not in _PLANT_SYMBOLS or i == 0:
        return False
    return tokens[i - 1].lower in {"the", "a", "its", "their"} or (
        text[tokens[i - 1].end : tokens[i].start] in _ITEM_BREAKS
    )


_ITEM_BREAKS = frozenset({", ", "; ", ": ", " - ", " -> "})


def find_minerals(tokens: list[Token], text: str = "") -> list[tuple[int, str]]:
    """(character offset, mineral code) for each mineral named, longest phrase first; text is
    what the tokens were read from."""
    table, capitals = mineral_table()
    starts = _phrase_starts()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.text in _SYMBOLS and _symbol_before(tokens, i, text):
            found.append((token.start, vocab.normalize_mineral(_SYMBOLS[token.text])))
            i += 1
            continue
        if token.lower not in starts:  # one word: its own lower-case spelling is the key
            code = table.get(token.lower)
            if code is not None and not (token.lower in capitals and not _in_capitals(token.text)):
                found.append((token.start, vocab.normalize_mineral(code)))
            elif "-" in token.text:
                found += _hyphen_parts(token, table, capitals)
            i += 1
            continue
        for n in (3, 2, 1):
            words = tokens[i : i + n]
            if len(words) < n:
                continue
            key = phrase_key(t.text for t in words)
            code = table.get(key)
            if code is None or (key in capitals and not _in_capitals(words[0].text)):
                continue
            found.append((words[0].start, vocab.normalize_mineral(code)))
            i += n - 1
            break
        else:
            found += _hyphen_parts(tokens[i], table, capitals)
        i += 1
    return found


def _hyphen_parts(token: Token, table: dict[str, str], capitals: frozenset[str]) -> list[tuple[int, str]]:
    """Minerals joined by hyphens in one word: "copper-gold mine", "nickel-cobalt project"."""
    if "-" not in token.text or token.lower in table:
        return []
    found = []
    for part in token.text.split("-"):
        code = table.get(part.lower())
        if code is not None and not (part.lower() in capitals and not _in_capitals(part)):
            found.append((token.start, vocab.normalize_mineral(code)))
    return found
