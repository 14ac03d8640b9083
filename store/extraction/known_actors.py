"""Data the actor reader looks names up in: known organisations (organisations.csv), capitals,
country short forms."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Organisation:
    """A known organisation: the short name it is logged under and the country it acts for."""

    short: str
    country: str | None  # ISO alpha-2, "EU" for the Union's bodies, None for multilateral lenders
    kind: str  # "development-bank", "export-credit", "fund", "ministry", "miner", ...
    aliases: tuple[str, ...]


ORGANISATIONS_FILE = Path(__file__).with_name("organisations.csv")


def _load_organisations(path: Path) -> tuple[Organisation, ...]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if line.strip() and not line.startswith("#"))
        return tuple(
            Organisation(
                row["short"].strip(),
                row["country"].strip() or None,
                row["kind"].strip(),
                tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
            )
            for row in rows
        )


# Read once, at import: a few hundred rows, looked up through actors._entity_table.
ORGANISATIONS: tuple[Organisation, ...] = _load_organisations(ORGANISATIONS_FILE)
ORGANISATIONS_BY_NAME: dict[str, Organisation] = {o.short: o for o in ORGANISATIONS}


# (short name, country, aliases), the shape the actor reader indexes. Acronyms match only when
# written in capitals (or exactly as listed), so "doe" and "Doe" are not the Department of Energy.
def _abbreviated(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases and, for each ending in "Corporation", the same name ending in "Corp"
    ("The Korea Investment Corp. (KIC)", as the wires write it)."""
    short = tuple(a.removesuffix("Corporation") + "Corp" for a in aliases if a.endswith(" Corporation"))
    return aliases + tuple(a for a in short if a not in aliases)


KNOWN_ORGANISATIONS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = tuple(
    (o.short, o.country, _abbreviated(o.aliases)) for o in ORGANISATIONS
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
# pycountry's names follow renamings ("Türkiye"); messages still write the older name.
# pycountry files the DRC as "Congo, The Democratic Republic of the"; the news writes it
# without the article ("the Democratic Republic of Congo"), which the longer name must win over
# the bare "Congo" (the other Congo, CG).
EXTRA_COUNTRIES = {
    "korea": "KR",
    "g-7": "G7",
    "north korea": "KP",
    "turkey": "TR",
    "turkiye": "TR",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "dr congo": "CD",
    "congo-kinshasa": "CD",
    "republic of congo": "CG",
    "republic of the congo": "CG",
    "congo-brazzaville": "CG",
}
