"""Controlled vocabularies: minerals, supply-chain stages, statuses, instruments, countries.

Country names come from pycountry (ISO 3166); only demonyms and common short forms,
which pycountry does not carry, are listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from store.errors import UserError


@dataclass(frozen=True)
class Mineral:
    code: str
    name: str
    symbol: str | None = None
    group: str | None = None  # "light" / "heavy" for rare earths
    aliases: tuple[str, ...] = ()


_REE = [
    ("lanthanum", "La", "light"),
    ("cerium", "Ce", "light"),
    ("praseodymium", "Pr", "light"),
    ("neodymium", "Nd", "light"),
    ("promethium", "Pm", "light"),
    ("samarium", "Sm", "light"),
    ("europium", "Eu", "light"),
    ("gadolinium", "Gd", "heavy"),
    ("terbium", "Tb", "heavy"),
    ("dysprosium", "Dy", "heavy"),
    ("holmium", "Ho", "heavy"),
    ("erbium", "Er", "heavy"),
    ("thulium", "Tm", "heavy"),
    ("ytterbium", "Yb", "heavy"),
    ("lutetium", "Lu", "heavy"),
    ("scandium", "Sc", None),
    ("yttrium", "Y", "heavy"),
]

MINERALS: tuple[Mineral, ...] = (
    *(Mineral(code=n, name=n.title(), symbol=s, group=g) for n, s, g in _REE),
    Mineral(
        "rare-earths",
        "Rare earths",
        aliases=("rare earth", "rare earths", "ree", "rees", "rare-earth", "rare earth elements"),
    ),
    # "heavy rare earth concentrate": the group as an adjective, in the singular
    Mineral(
        "light-rare-earths",
        "Light rare earths",
        aliases=("light rare earths", "light rare earth", "light rare-earth", "lree"),
    ),
    Mineral(
        "heavy-rare-earths",
        "Heavy rare earths",
        aliases=("heavy rare earths", "heavy rare earth", "heavy rare-earth", "hree"),
    ),
    Mineral("ndpr", "NdPr oxide", aliases=("ndpr", "nd-pr", "ndpr oxide")),
    Mineral("graphite", "Graphite", "C", aliases=("natural graphite", "synthetic graphite")),
    Mineral("lithium", "Lithium", "Li", aliases=("spodumene", "lithium hydroxide")),
    # a ferro-alloy is the metal as smelted for steel: "a ferronickel plant" is nickel
    Mineral("nickel", "Nickel", "Ni", aliases=("ferronickel",)),
    Mineral("cobalt", "Cobalt", "Co"),
    Mineral("manganese", "Manganese", "Mn", aliases=("ferromanganese",)),
    Mineral("copper", "Copper", "Cu"),
    Mineral("gallium", "Gallium", "Ga"),
    Mineral("germanium", "Germanium", "Ge"),
    Mineral("antimony", "Antimony", "Sb"),
    Mineral("tungsten", "Tungsten", "W"),
    Mineral("vanadium", "Vanadium", "V", aliases=("ferrovanadium",)),
    Mineral("titanium", "Titanium", "Ti"),
    Mineral("niobium", "Niobium", "Nb", aliases=("ferroniobium",)),
    Mineral("tantalum", "Tantalum", "Ta"),
    Mineral("platinum-group-metals", "Platinum group metals", aliases=("pgm", "pgms")),
    Mineral("uranium", "Uranium", "U"),
    Mineral("magnesium", "Magnesium", "Mg"),
    Mineral("silicon", "Silicon", "Si"),
    Mineral("indium", "Indium", "In"),
    Mineral("bismuth", "Bismuth", "Bi"),
    Mineral("tellurium", "Tellurium", "Te"),
    Mineral("zinc", "Zinc", "Zn"),
)
MINERALS_BY_CODE = {m.code: m for m in MINERALS}
RARE_EARTH_CODES = frozenset(n for n, _, _ in _REE)

STAGES = ("mining", "processing", "refining", "separation", "metal-alloy", "magnets", "recycling")
STAGE_ALIASES = {
    "mine": "mining",
    "extraction": "mining",
    "metal": "metal-alloy",
    "alloy": "metal-alloy",
    "metal and alloy": "metal-alloy",
    "magnet": "magnets",
    "magnet manufacturing": "magnets",
    "refinery": "refining",
    "separation plant": "separation",
    "processing facility": "processing",
}

PROJECT_STATUSES = (
    "prospect",
    "exploration",
    "pea",
    "pre-feasibility",
    "feasibility",
    "permitting",
    "financing",
    "construction",
    "commissioning",
    "production",
    "stalled",
    "cancelled",
)
PROJECT_STATUS_ALIASES = {
    "preliminary economic assessment": "pea",
    "prefeasibility": "pre-feasibility",
    "pfs": "pre-feasibility",
    "dfs": "feasibility",
    "bfs": "feasibility",
    "feasibility study": "feasibility",
    "operating": "production",
    "producing": "production",
    "canceled": "cancelled",
    "on hold": "stalled",
    "suspended": "stalled",
}

INSTRUMENTS = (
    "equity",
    "loan",
    "grant",
    "guarantee",
    "letter-of-interest",
    "offtake",
    "price-floor",
    "stockpile",
    "investment-screening",
    "tariff",
    "export-control",
    "mou",
    "other",
)
INSTRUMENT_ALIASES = {
    "loi": "letter-of-interest",
    "letter of interest": "letter-of-interest",
    "price floor": "price-floor",
    "stockpile purchase": "stockpile",
    "screening": "investment-screening",
    "investment screening": "investment-screening",
    "export control": "export-control",
    "export controls": "export-control",
    "memorandum of understanding": "mou",
    "debt": "loan",
    "credit": "loan",
}

COMMITMENT_STATUSES = ("proposed", "announced", "conditional", "binding", "disbursed", "withdrawn")
COMMITMENT_STATUS_ALIASES = {
    "under discussion": "proposed",
    "under-discussion": "proposed",
    "signed": "binding",
    "pending": "conditional",
    "paid": "disbursed",
}

INITIATIVE_STATUSES = ("proposed", "active", "concluded", "lapsed")

# Demonyms and short forms that pycountry does not know.
COUNTRY_ALIASES = {
    "us": "US",
    "u.s.": "US",
    "u.s": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "american": "US",
    "united states": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "british": "GB",
    "canadian": "CA",
    "japanese": "JP",
    "german": "DE",
    "french": "FR",
    "italian": "IT",
    "australian": "AU",
    "chinese": "CN",
    "korean": "KR",
    "south korea": "KR",
    "south korean": "KR",
    "indian": "IN",
    "brazilian": "BR",
    "saudi": "SA",
    "emirati": "AE",
    "uae": "AE",
    "dutch": "NL",
    "swedish": "SE",
    "norwegian": "NO",
    "finnish": "FI",
    "spanish": "ES",
    "polish": "PL",
    "mexican": "MX",
    "méxico": "MX",
    "chilean": "CL",
    "argentine": "AR",
    "argentinian": "AR",
    "indonesian": "ID",
    "vietnamese": "VN",
    "malaysian": "MY",
    "philippine": "PH",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "kyrgyz": "KG",
    "omani": "OM",
    "azerbaijani": "AZ",
    "mongolian": "MN",
    "greenlandic": "GL",
    "danish": "DK",
    "ukrainian": "UA",
    "russian": "RU",
    "south african": "ZA",
    "tanzanian": "TZ",
    "congolese": "CD",
    "drc": "CD",
    "zambian": "ZM",
    "namibian": "NA",
    "malawian": "MW",
    "turkish": "TR",
    "swiss": "CH",
    "austrian": "AT",
    "belgian": "BE",
    "czech": "CZ",
    "estonian": "EE",
    "taiwanese": "TW",
    "taiwan": "TW",
    "vietnam": "VN",
    "russia": "RU",
    "new zealand": "NZ",
    "nz": "NZ",
    "hk": "HK",
    "peruvian": "PE",
    "colombian": "CO",
    "egyptian": "EG",
    "moroccan": "MA",
    "kuwaiti": "KW",
    "brunei": "BN",
    "qatari": "QA",
    "bahraini": "BH",
    "bruneian": "BN",
    "singaporean": "SG",
    "thai": "TH",
    "filipino": "PH",
    "cambodian": "KH",
    "irish": "IE",
    "portuguese": "PT",
    "greek": "GR",
    "icelandic": "IS",
    "lithuanian": "LT",
    "latvian": "LV",
    "hungarian": "HU",
    "romanian": "RO",
    "slovak": "SK",
    "slovenian": "SI",
    "croatian": "HR",
    "serbian": "RS",
    "bulgarian": "BG",
    "luxembourgish": "LU",
    "nigerian": "NG",
    "ghanaian": "GH",
    "kenyan": "KE",
    "ugandan": "UG",
    "rwandan": "RW",
    "ethiopian": "ET",
    "mozambican": "MZ",
    "angolan": "AO",
    "zimbabwean": "ZW",
    "botswanan": "BW",
    "malagasy": "MG",
    "ivorian": "CI",
    "senegalese": "SN",
    "israeli": "IL",
    "jordanian": "JO",
    "pakistani": "PK",
    "bangladeshi": "BD",
    "bolivian": "BO",
    "ecuadorian": "EC",
    "uruguayan": "UY",
    "paraguayan": "PY",
    "algerian": "DZ",
    "tunisian": "TN",
    "european": "EU",
    "eu": "EU",
    "european union": "EU",
}
# Bodies that act like countries in commitments (ISO 3166 has no code for them).
PSEUDO_COUNTRIES = {"EU": "European Union", "G7": "Group of Seven"}


class UnknownValue(UserError, ValueError):
    """A value outside a controlled list; carries close matches for a "did you mean"."""

    def __init__(self, kind: str, value: str, suggestions: list[str]):
        self.kind, self.value, self.suggestions = kind, value, suggestions
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"Unknown {kind} '{value}'.{hint}")


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("_", " "))


def suggest(value: str, choices: list[str] | tuple[str, ...], limit: int = 3) -> list[str]:
    """Closest choices to a mistyped value, best first."""
    found = process.extract(_key(value), list(choices), scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [choice for choice, _score, _idx in found]


@lru_cache(maxsize=1)
def _mineral_lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for m in MINERALS:
        table[m.code] = m.code
        table[m.name.lower()] = m.code
        table[m.code.replace("-", " ")] = m.code
        if m.symbol and m.code in RARE_EARTH_CODES:
            table[m.symbol.lower()] = m.code
        for a in m.aliases:
            table[a] = m.code
    return table


def normalize_mineral(value: str) -> str:
    """Mineral code for a name, symbol or alias; UnknownValue with suggestions otherwise."""
    key = _key(value)
    table = _mineral_lookup()
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] in table:
        return table[key[:-1]]
    raise UnknownValue("mineral", value, suggest(key, sorted(MINERALS_BY_CODE)))


def _normalize(kind: str, value: str, allowed: tuple[str, ...], aliases: dict[str, str]) -> str:
    key = _key(value)
    if key.replace(" ", "-") in allowed:
        return key.replace(" ", "-")
    if key in aliases:
        return aliases[key]
    raise UnknownValue(kind, value, suggest(key, allowed))


def normalize_stage(value: str) -> str:
    return _normalize("stage", value, STAGES, STAGE_ALIASES)


def normalize_project_status(value: str) -> str:
    return _normalize("project status", value, PROJECT_STATUSES, PROJECT_STATUS_ALIASES)


def normalize_instrument(value: str) -> str:
    return _normalize("instrument", value, INSTRUMENTS, INSTRUMENT_ALIASES)


def normalize_commitment_status(value: str) -> str:
    return _normalize("commitment status", value, COMMITMENT_STATUSES, COMMITMENT_STATUS_ALIASES)


@lru_cache(maxsize=4096)
def country_code(value: str) -> str | None:
    """ISO 3166 alpha-2 code (or EU/G7) for a name, code, adjective or demonym; None if unknown."""
    key = _key(value).removeprefix("the ")
    key = re.sub(r"['’]s$", "", key)
    if not key:
        return None
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    if key.upper() in PSEUDO_COUNTRIES:
        return key.upper()
    try:
        return str(pycountry.countries.lookup(key).alpha_2)
    except LookupError:
        return None


def normalize_country(value: str) -> str:
    """Like country_code, but raises UnknownValue with suggestions."""
    code = country_code(value)
    if code is None:
        names = [c.name for c in pycountry.countries]
        raise UnknownValue("country", value, suggest(value, names))
    return code


# Aliases above that are names of a country (not demonyms): what a typo is measured against.
_COUNTRY_NAME_ALIASES = (
    "america",
    "britain",
    "great britain",
    "south korea",
    "taiwan",
    "vietnam",
    "russia",
    "new zealand",
    "european union",
)


@lru_cache(maxsize=1)
def _country_spellings() -> dict[str, str]:
    table = {alias: COUNTRY_ALIASES[alias] for alias in _COUNTRY_NAME_ALIASES}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                table[name.lower()] = str(c.alpha_2)
    return table


def misspelt_country(value: str) -> str | None:
    """The country a name seems a typo of ("Jpan": Japan, "Untied States"), else None.

    One slip (a letter missing, added, changed or two swapped) in a name of up to eight
    letters, two in a longer one. Acronyms (JOGMEC, IREN) and names that are a country are
    never typos; a real organisation ("Mitsui") is several slips from every country."""
    key = _key(value)
    if len(key) < 4 or value.strip().isupper() or country_code(value) is not None:
        return None
    table = _country_spellings()
    found = process.extractOne(key, list(table), scorer=OSA.distance, score_cutoff=1 if len(key) <= 8 else 2)
    return country_name(table[found[0]]) if found else None


def country_name(code: str | None) -> str:
    if not code:
        return ""
    if code in PSEUDO_COUNTRIES:
        return PSEUDO_COUNTRIES[code]
    return _pycountry_name(code)


@lru_cache(maxsize=4096)
def _pycountry_name(code: str) -> str:
    # Cached: a card names a country per line, and each pycountry look-up takes its load lock
    # (a seventh of a first `project <name>` card's CPU, 2026-12-02).
    c = pycountry.countries.get(alpha_2=code)
    return str(getattr(c, "common_name", None) or c.name) if c else code


def normalize_currency(value: str) -> str:
    """ISO 4217 code; UnknownValue otherwise."""
    code = value.strip().upper()
    if pycountry.currencies.get(alpha_3=code) is not None:
        return code
    raise UnknownValue("currency", value, [])
