"""The known-organisations table (store/extraction/organisations.csv): every row resolves."""

from __future__ import annotations

import csv
from collections import defaultdict

import pycountry
import pytest

from store import vocab
from store.extraction import extract
from store.extraction.known_actors import (
    CAPITAL_METONYMS,
    EXTRA_COUNTRIES,
    ORGANISATIONS,
    ORGANISATIONS_FILE,
    Organisation,
)
from store.extraction.text import phrase_key, tokenize

KINDS = {
    "development-bank",
    "export-credit",
    "fund",
    "ministry",
    "defence",
    "energy",
    "agency",
    "trading-house",
    "automaker",
    "battery-maker",
    "miner",
    "refiner",
    "energy-company",
    "multilateral",
    "chipmaker",
    "manufacturer",
    "bank",
}
ALIASES = [(o, alias) for o in ORGANISATIONS for alias in o.aliases]


def _key(alias: str) -> str:
    return phrase_key(t.text for t in tokenize(alias))


def test_the_table_covers_the_partners_with_a_valid_country_each() -> None:
    assert len(ORGANISATIONS) >= 200
    assert len({o.short for o in ORGANISATIONS}) == len(ORGANISATIONS), "a short name twice"
    for o in ORGANISATIONS:
        assert o.kind in KINDS, o
        assert o.aliases, o
        if o.kind == "multilateral":
            assert o.country is None, o
        else:
            assert o.country == "EU" or pycountry.countries.get(alpha_2=o.country or "") is not None, o
    countries = {o.country for o in ORGANISATIONS}
    # The G7, the EU, Australia, Korea, India, the Gulf and the Minerals Security Partnership.
    assert {"US", "CA", "GB", "DE", "FR", "IT", "JP", "EU", "AU", "KR", "IN", "SA", "AE", "QA"} <= countries
    assert {"NO", "SE", "FI", "EE"} <= countries


def test_every_row_has_exactly_its_four_cells() -> None:
    # A comma in a name would cut it short ("Ministry of Trade, Industry and Energy" read as
    # "Ministry of Trade") and push the rest into a fifth cell nobody reads.
    with ORGANISATIONS_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(line for line in f if line.strip() and not line.startswith("#")))
    assert [row for row in rows if len(row) != 4] == []


def test_no_alias_names_two_organisations_or_hides_a_country() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    for o, alias in ALIASES:
        owners[_key(alias)].add(o.short)
        spellings[_key(alias)].add(alias)
    # Two names that differ only in case are allowed, one each: "KIA" (Kuwait) and "Kia".
    assert {k: v for k, v in owners.items() if len(v) > 2 or (len(v) == 2 and len(spellings[k]) < 2)} == {}
    places = [*vocab.COUNTRY_ALIASES, *CAPITAL_METONYMS, *EXTRA_COUNTRIES]
    for country in pycountry.countries:
        places += [
            getattr(country, a) for a in ("name", "common_name", "official_name") if hasattr(country, a)
        ]
    hidden = {_key(p.replace(",", "")) for p in places} & owners.keys()
    assert hidden == set(), "an organisation's alias would be read instead of a country"


def test_an_acronym_in_capitals_and_a_name_in_mixed_case_are_two_organisations() -> None:
    kuwait = extract("The KIA will invest $300 million in a lithium developer.").commitments
    automaker = extract("Kia will invest $300 million in a lithium developer.").commitments
    assert [(d.actor, d.actor_country) for d in kuwait] == [("KIA", "KW")]
    assert [(d.actor, d.actor_country) for d in automaker] == [("Kia", "KR")]


@pytest.mark.parametrize(("org", "alias"), ALIASES, ids=[f"{o.short}:{a}" for o, a in ALIASES])
def test_each_alias_in_a_sentence_is_that_organisation_with_its_country(
    org: Organisation, alias: str
) -> None:
    found = extract(f"{alias} signed a $10 million loan with the developer.").commitments
    assert [(d.actor, d.actor_country, d.actor_name) for d in found] == [(org.short, org.country, alias)]
