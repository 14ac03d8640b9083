"""The country of a bank the organisations table does not know, from the national bank
registries the IBAN library schwifty ships (central banks' lists of Sparkassen, cajas, banche
popolari, caisses, Kantonalbanken, Nordic and Baltic banks; no US, Canadian, Australian or Asian
lists). Only a name written in one country's registry counts, and only as a last resort for an
actor the sentence already found: the registry never makes a name an actor."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from store.extraction.text import word_set

# Legal forms and filler a registry writes at a name's end ("Sparkasse Mittelsachsen AG",
# "Banca Popolare di Sondrio S.p.A.", "Coop Pank AS"): a message leaves them out.
_LEGAL_ENDINGS = word_set(
    """ag eg se sa spa as ab asa oyj oy nv bv ltd limited plc gmbh kgaa kg co ohg scrl sc sccl
    scoop coop ev mbh dd doo sro ad zrt nyrt rt uab aps zoo sarl sas srl bsc psc pjsc jsc cjsc
    scpa scarl egen"""
)
_TRIM = re.compile(r"\s-\s?alt\s?-.*$|\s\(.*$|,.*$| -[^-]*$|\s+t/a\s.*$", re.I)
# A foreign bank's branch or office ("Kommunalkredit Austria, Zweigstelle Deutschland", "AS
# Citadele banka Eesti filiaal", "Danske Bank A/S Oddział w Polsce"): not its home's registry
_BRANCH = re.compile(
    r"\b(?:ndl|niederlassung|zweigniederlassung|zweigstelle|filial|filiaal|filialas|fili\u0101le|filiale|"
    r"oddzia\u0142|oddzial|branch|sucursal|succursale|succursal|sede secondaria|zn|pobočka)\b"
    # a subsidiary abroad named for its host: "Banca Popolare di Sondrio (Suisse) SA"
    r"|\((?:suisse|schweiz|svizzera|luxembourg|deutschland|austria|france|europe|uk|ireland)\)",
    re.I,
)
# Words for a company form written before or after the name ("AS LHV Pank", "Coop Pank
# aktsiaselts", "Banca Popolare di Sondrio Società per Azioni")
_FORM_WORDS = re.compile(
    r"^(?:as|akciju sabiedriba|aktsiaselts|ab)\s+|\s+(?:aktsiaselts|aktiengesellschaft|"
    r"societa\s?per\s+azioni|societa cooperativa(?: per azioni)?|spolka akcyjna|"
    r"sociedad anonima|sociedade anonima|societe anonyme|akcine bendrove)$"
)
# one language's word for bank, which a message may leave out ("Citadele banka")
_LOCAL_BANK_WORDS = word_set("banka bankas pank")
# A country's own name that a registry writes after its bank's ("Prima banka Slovensko"): the
# news leaves it out
_OWN_COUNTRY_WORDS = word_set(
    """slovensko slovenija srbija hrvatska polska deutschland osterreich austria schweiz suisse
    italia espana portugal nederland belgie belgique danmark sverige norge suomi eesti latvija
    lietuva magyarorszag romania bulgaria ceska"""
)
_AND_WORDS = word_set("and og och und")
_NOT_WORD = re.compile(r"[^\w&]+")
# The files of countries whose registries list foreign banks' branches under their own names
# ("Canara Bank" in London, "Nomura" in Luxembourg): a home there is no home.
_BRANCH_HUBS = ("_gb.", "_lu.", "_ae.", "_sa.")


def _readable(name: str) -> bool:
    """Whether a name is no branch and is written in Latin letters (Cyrillic never matches)."""
    if _BRANCH.search(name):
        return False
    return name.isascii() or all(ord(c) < 0x250 or not c.isalpha() for c in name)


def registry_key(name: str) -> str:
    """A bank's name as compared: lower case, no accents, punctuation, legal form or branch."""
    name = _TRIM.sub("", name)
    if not name.isascii():
        name = name.translate(_latin_letters())
    name = " ".join(_NOT_WORD.sub(" ", name.casefold().replace("_", " ")).split())
    words = _FORM_WORDS.sub("", name).split()
    while len(words) > 1 and words[-1] in _LEGAL_ENDINGS:
        words.pop()
    # "S.p.A." is "s p a" once split: drop one-letter words, never the first
    words = ["&" if w in _AND_WORDS else w for w in words]  # "Lån og Spar Bank"
    if words[:2] == ["caja", "r"]:  # the Bank of Spain writes "CAJA R. DE NAVARRA"
        words[1] = "rural"
    if words[:1] == ["bcc"]:  # Italy's "BCC di Brescia" is written out in its registry
        words[:1] = ["banca", "di", "credito", "cooperativo"]
    words = words[:1] + [w for w in words[1:] if len(w) > 1 or w == "&"]
    return " ".join(words)


@lru_cache(maxsize=1)
def _latin_letters() -> dict[int, str]:
    """Accented Latin letters without their accents ("Südtirol" is "Sudtirol")."""
    table = {}
    for code in range(0xC0, 0x250):
        plain = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if plain != chr(code):
            table[code] = plain
    table.update({0xDF: "ss", 0xF8: "o", 0xD8: "O", 0x142: "l", 0x141: "L", 0xE6: "ae", 0xC6: "AE"})
    return table


@lru_cache(maxsize=1)
def _registry_countries() -> dict[str, str]:
    """Registry names written in one country only, by key (read once, on first use)."""
    names: set[tuple[str, str]] = set()  # a bank's name is written at each of its branch codes
    spec = importlib.util.find_spec("schwifty")  # the data, without importing the library
    if spec is None or not spec.submodule_search_locations:
        return {}
    folder = Path(next(iter(spec.submodule_search_locations))) / "bank_registry"
    for entry_file in sorted(folder.iterdir()):
        if not entry_file.name.endswith(".json") or "_ua." in entry_file.name:  # Ukraine's is Cyrillic
            continue
        data = json.loads(entry_file.read_text(encoding="utf-8"))
        entries = data["entries"] if isinstance(data, dict) else data
        hub = any(part in entry_file.name for part in _BRANCH_HUBS)
        for entry in entries:
            country = "??" if hub else str(entry["country_code"])
            names.update((name, country) for name in (entry.get("name"), entry.get("short_name")) if name)
    seen: dict[str, set[str]] = {}
    for name, country in names:
        if _readable(name):
            key = registry_key(name)
            seen.setdefault(key, set()).add(country)
            if " " in key:  # "Raiffeisenlandesbank" is also written "Raiffeisen Landesbank"
                seen.setdefault(key.replace(" ", ""), set()).add(country)
                head, _space, last_word = key.rpartition(" ")
                if last_word in _LOCAL_BANK_WORDS:  # "Citadele banka" is "Citadele"
                    seen.setdefault(head, set()).add(country)
                # "Prima banka Slovensko" is "Prima banka" (not "Alpha Bank Srbija": a foreign
                # group's arm, which the group's own name must not take)
                if last_word in _OWN_COUNTRY_WORDS and head.rpartition(" ")[2] in _LOCAL_BANK_WORDS:
                    seen.setdefault(head, set()).add(country)
            if " - " in name:
                # "CASSA RURALE ALTA VALSUGANA - BANCA DI CREDITO COOPERATIVO - SOCIETA'
                # COOPERATIVA", "COLONYA - CAIXA D'ESTALVIS DE POLLENSA": the name before its
                # first dash is the one the news uses
                seen.setdefault(registry_key(name.split(" - ")[0]), set()).add(country)
    return {key: next(iter(codes)) for key, codes in seen.items() if len(codes) == 1 and "??" not in codes}


@lru_cache(maxsize=4096)  # the same names come back message after message
def registry_country(name: str) -> str | None:
    """The country whose bank registry alone lists this name ("Caja Rural de Navarra" is
    Spain), or None. Short names and acronyms are left alone: "SG" or "BCP" is many banks."""
    key = registry_key(name)
    if len(key) < 5 or name.isupper():
        return None
    countries = _registry_countries()
    return countries.get(key) or countries.get(key.replace(" ", ""))
