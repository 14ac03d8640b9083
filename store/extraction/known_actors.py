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
    "warsaw": "PL",
    "madrid": "ES",
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
    # The country's own name, which a bank's arm there is named with ("Banco Santander Brasil",
    # "OTP Banka Srbija", "Banque Populaire du Maroc")
    "brasil": "BR",
    "srbija": "RS",
    "maroc": "MA",
    "españa": "ES",
    "deutschland": "DE",
    "italia": "IT",
    "polska": "PL",
    "perú": "PE",
    "hrvatska": "HR",
    "slovenija": "SI",
    "sverige": "SE",
    "danmark": "DK",
    "suomi": "FI",
    "nederland": "NL",
    "eesti": "EE",
    # a part of a country whose name holds another country's: "Invest Northern Ireland" is
    # British, "Bank of Inner Mongolia" Chinese
    "northern ireland": "GB",
    "inner mongolia": "CN",
}

# Heads of state and government who speak for their country (the G7, the G20, the Minerals
# Security Partnership and the producers they deal with), with the recent predecessors older
# stories still name: (country, full name, the short forms the news uses, titles).
# A leader is read as the country only with a title ("President Macron", "PM Carney") or by
# the full name, so a bare surname ("Lee", "Wong", "Ford") is never a country.
_PRESIDENT = ("President",)
_PRIME_MINISTER = ("Prime Minister", "PM")
LEADERS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("US", "Donald Trump", ("Trump",), _PRESIDENT),
    ("US", "Joe Biden", ("Biden",), _PRESIDENT),
    ("CA", "Mark Carney", ("Carney",), _PRIME_MINISTER),
    ("CA", "Justin Trudeau", ("Trudeau",), _PRIME_MINISTER),
    ("GB", "Keir Starmer", ("Starmer", "Sir Keir Starmer"), _PRIME_MINISTER),
    ("GB", "Rishi Sunak", ("Sunak",), _PRIME_MINISTER),
    ("DE", "Friedrich Merz", ("Merz",), ("Chancellor",)),
    ("DE", "Olaf Scholz", ("Scholz",), ("Chancellor",)),
    ("FR", "Emmanuel Macron", ("Macron",), _PRESIDENT),
    ("FR", "Sébastien Lecornu", ("Lecornu",), _PRIME_MINISTER),
    ("IT", "Giorgia Meloni", ("Meloni",), _PRIME_MINISTER),
    ("JP", "Sanae Takaichi", ("Takaichi",), _PRIME_MINISTER),
    ("JP", "Shigeru Ishiba", ("Ishiba",), _PRIME_MINISTER),
    ("JP", "Fumio Kishida", ("Kishida",), _PRIME_MINISTER),
    ("KR", "Lee Jae-myung", ("Lee",), _PRESIDENT),
    ("KR", "Yoon Suk Yeol", ("Yoon",), _PRESIDENT),
    ("AU", "Anthony Albanese", ("Albanese",), _PRIME_MINISTER),
    ("IN", "Narendra Modi", ("Modi",), _PRIME_MINISTER),
    ("EU", "Ursula von der Leyen", ("von der Leyen",), ("President", "Commission President")),
    ("EU", "António Costa", ("Costa",), ("European Council President", "Council President")),
    ("CN", "Xi Jinping", ("Xi",), _PRESIDENT),
    ("CN", "Li Qiang", ("Li",), ("Premier",)),
    ("RU", "Vladimir Putin", ("Putin",), _PRESIDENT),
    ("BR", "Luiz Inácio Lula da Silva", ("Lula", "Lula da Silva"), _PRESIDENT),
    ("AR", "Javier Milei", ("Milei",), _PRESIDENT),
    ("MX", "Claudia Sheinbaum", ("Sheinbaum",), _PRESIDENT),
    ("ZA", "Cyril Ramaphosa", ("Ramaphosa",), _PRESIDENT),
    ("SA", "Mohammed bin Salman", ("Mohammed bin Salman",), ("Crown Prince", "Prince")),
    ("AE", "Mohamed bin Zayed", ("Mohamed bin Zayed",), ("President", "Sheikh")),
    ("QA", "Tamim bin Hamad Al Thani", ("Tamim", "Sheikh Tamim"), ("Emir",)),
    ("TR", "Recep Tayyip Erdoğan", ("Erdoğan", "Erdogan", "Recep Tayyip Erdogan"), _PRESIDENT),
    ("ID", "Prabowo Subianto", ("Prabowo",), _PRESIDENT),
    ("KZ", "Kassym-Jomart Tokayev", ("Tokayev",), _PRESIDENT),
    ("UZ", "Shavkat Mirziyoyev", ("Mirziyoyev",), _PRESIDENT),
    ("UA", "Volodymyr Zelensky", ("Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"), _PRESIDENT),
    ("CD", "Félix Tshisekedi", ("Tshisekedi", "Felix Tshisekedi"), _PRESIDENT),
    ("ZM", "Hakainde Hichilema", ("Hichilema",), _PRESIDENT),
    ("KE", "William Ruto", ("Ruto",), _PRESIDENT),
    ("NA", "Netumbo Nandi-Ndaitwah", ("Nandi-Ndaitwah",), _PRESIDENT),
    ("PH", "Ferdinand Marcos Jr", ("Marcos",), _PRESIDENT),
    ("CL", "José Antonio Kast", ("Kast",), _PRESIDENT),
    ("CL", "Gabriel Boric", ("Boric",), _PRESIDENT),
    ("NZ", "Christopher Luxon", ("Luxon",), _PRIME_MINISTER),
    ("NO", "Jonas Gahr Støre", ("Støre", "Store"), _PRIME_MINISTER),
    ("SE", "Ulf Kristersson", ("Kristersson",), _PRIME_MINISTER),
    ("FI", "Petteri Orpo", ("Orpo",), _PRIME_MINISTER),
    ("FI", "Alexander Stubb", ("Stubb",), _PRESIDENT),
    ("DK", "Mette Frederiksen", ("Frederiksen",), _PRIME_MINISTER),
    ("EE", "Kristen Michal", ("Michal",), _PRIME_MINISTER),
    ("PL", "Donald Tusk", ("Tusk",), _PRIME_MINISTER),
    ("ES", "Pedro Sánchez", ("Sánchez", "Sanchez"), _PRIME_MINISTER),
    ("NL", "Dick Schoof", ("Schoof",), _PRIME_MINISTER),
    ("BE", "Bart De Wever", ("De Wever",), _PRIME_MINISTER),
    ("GR", "Kyriakos Mitsotakis", ("Mitsotakis",), _PRIME_MINISTER),
    ("SG", "Lawrence Wong", ("Wong",), _PRIME_MINISTER),
    ("MY", "Anwar Ibrahim", ("Anwar",), _PRIME_MINISTER),
)


def leader_after_and() -> dict[str, str]:
    """A leader's short form, told apart from every other leader's, by its country: the second
    of "Presidents Macron and Lula" is named without a title."""
    countries: dict[str, set[str]] = {}
    for country, _full, short_forms, _titles in LEADERS:
        for name in short_forms:
            countries.setdefault(name, set()).add(country)
    return {name: next(iter(found)) for name, found in countries.items() if len(found) == 1}


def leader_short_forms() -> frozenset[tuple[str, str]]:
    """(country, short form) of each leader: "Meloni" is Italy's voice after "Italy's"."""
    return frozenset(
        (country, name) for country, _full, short_forms, _titles in LEADERS for name in short_forms
    )


def leader_names() -> dict[str, str]:
    """Each way a message names a leader as the country's voice, with the country's code:
    the full name, a title with the full or short name ("Chancellor Merz"), and a one-word
    surname's government ("the Albanese government", "the Trump administration")."""
    names: dict[str, str] = {}
    for country, full, short_forms, titles in LEADERS:
        names[full] = country
        for name in (full, *short_forms):
            for title in titles:
                names[f"{title} {name}"] = country
                if title != "PM":  # "Presidents Macron and Lula": the first of two leaders
                    names[f"{title}s {name}"] = country
        for name in short_forms:
            if " " not in name and len(name) > 3:
                names[f"{name} government"] = country
                names[f"{name} administration"] = country
    return names


# Stock exchanges, by the name a listing gives ("ASX-listed", "(TSX-V: FL)"). The first named
# is the home listing; Tokyo's "TSE" is left out (Toronto writes TSX).
EXCHANGE_COUNTRIES = {
    "asx": "AU",
    "tsx": "CA",
    "tsxv": "CA",
    "tsx-v": "CA",
    "tsx venture": "CA",
    "cse": "CA",
    "lse": "GB",
    "aim": "GB",
    "jse": "ZA",
    "nyse": "US",
    "nyse american": "US",
    "nasdaq": "US",
    "krx": "KR",
    "kosdaq": "KR",
    "hkex": "HK",
    "sgx": "SG",
    "nse": "IN",
    "bse": "IN",
    "idx": "ID",
    "b3": "BR",
    "bmv": "MX",
    "oslo børs": "NO",
    "euronext oslo": "NO",
    "nasdaq stockholm": "SE",
    "nasdaq helsinki": "FI",
    "six": "CH",
}
