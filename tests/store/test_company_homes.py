"""Where a company the organisations table does not know is from (store/extraction/homes.py),
and leaders read as their country (known_actors.LEADERS)."""

from __future__ import annotations

import pytest

from store.extraction import extract
from store.extraction.homes import stated_home
from store.extraction.text import tokenize


def _home(text: str, name: str) -> str | None:
    tokens = tokenize(text)
    words = [t.text for t in tokenize(name)]
    first = next(i for i in range(len(tokens)) if [t.text for t in tokens[i : i + len(words)]] == words)
    return stated_home(text, tokens, first, first + len(words))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Darwin-based Arnhem Metals said so.", "Arnhem Metals", "AU"),
        ("Salt Lake City-based Wasatch Lithium said so.", "Wasatch Lithium", "US"),
        ("JSE-listed Limpopo Chrome said so.", "Limpopo Chrome", "ZA"),
        ("Canadian-listed Taiga Nickel said so.", "Taiga Nickel", "CA"),
        ("Seoul-headquartered Hangang Materials said so.", "Hangang Materials", "KR"),
        ("Torne Metals AB said so.", "Torne Metals AB", "SE"),
        ("Fjord Graphite ASA said so.", "Fjord Graphite ASA", "NO"),
        ("Sardegna Metalli S.p.A. said so.", "Sardegna Metalli S.p.A.", "IT"),
        ("Kanto Rare K.K. said so.", "Kanto Rare K.K.", "JP"),
        ("Ruhr Magnet GmbH, a Swiss-owned firm, said so.", "Ruhr Magnet GmbH", "CH"),
        ("Rand Cobalt (Pty) Ltd said so.", "Rand Cobalt Pty Ltd", "ZA"),
        ("Pampa Litio (NYSE: PLI) said so.", "Pampa Litio", "US"),
        ("Tasman Nickel, an Auckland-based developer, said so.", "Tasman Nickel", "NZ"),
        ("Kivu Tin, based in Kigali, said so.", "Kivu Tin", "RW"),
        # nothing said: unknown, not guessed
        ("Ridgeway Cobalt said so.", "Ridgeway Cobalt", None),
        ("Perthshire Minerals Ltd said so.", "Perthshire Minerals Ltd", None),
    ],
)
def test_a_company_takes_the_country_its_text_gives(text: str, name: str, country: str | None) -> None:
    assert _home(text, name) == country


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("Chancellor Scholz pledged €200 million for a lithium refinery.", "DE", "DE"),
        ("Emmanuel Macron pledged €200 million for a lithium refinery.", "FR", "FR"),
        ("The Meloni government pledged €200 million for a lithium refinery.", "IT", "IT"),
        # a surname without title or full name is not the country
        ("Merz Minerals pledged €200 million for a lithium refinery.", "Merz Minerals", None),
    ],
)
def test_a_leader_with_a_title_or_full_name_is_the_country(
    text: str, actor: str, country: str | None
) -> None:
    (draft,) = extract(text).commitments
    assert (draft.actor, draft.actor_country) == (actor, country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a bank its country's central bank lists, legal form and accents aside
        ("Sparkasse Mittelsachsen said so.", "Sparkasse Mittelsachsen", "DE"),
        ("Caja Rural de Navarra said so.", "Caja Rural de Navarra", "ES"),
        ("Banca Popolare di Sondrio said so.", "Banca Popolare di Sondrio", "IT"),
        ("Raiffeisen Landesbank Oberösterreich said so.", "Raiffeisen Landesbank Oberösterreich", "AT"),
        ("Citadele said so.", "Citadele", "LV"),
        # listed in a second country only as a branch there: still its home's
        ("Kommunalkredit Austria said so.", "Kommunalkredit Austria", "AT"),
        # a name saying another country refuses the registry's guess ("ING Belgium" is listed in
        # Spain; the reader takes Belgium from the name itself)
        ("ING Belgium said so.", "ING Belgium", None),
        # London's and Luxembourg's lists hold foreign banks' branches: no home from them
        ("Canara Bank said so.", "Canara Bank", None),
        # acronyms are many banks
        ("BCP said so.", "BCP", None),
    ],
)
def test_a_bank_takes_the_country_whose_registry_lists_it(text: str, name: str, country: str | None) -> None:
    assert _home(text, name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a German rural district, a Finnish development body
        ("Landkreis Emsland said so.", "Landkreis Emsland", "DE"),
        ("Seinäjoen Kehitys said so.", "Seinäjoen Kehitys", "FI"),
        # a region's body or savings bank named with a state the ISO list puts in one country
        ("Région Hauts-de-France said so.", "Région Hauts-de-France", "FR"),
        ("Regione Lombardia said so.", "Regione Lombardia", "IT"),
        ("Caja Arequipa said so.", "Caja Arequipa", "PE"),
        # a lender telling of the deal at the sentence's end, described by its home
        (
            "Ardoise Capital is investing $5 million in a graphite miner, the Montreal fund said.",
            "Ardoise Capital",
            "CA",
        ),
        (
            "Ardoise Capital will lend $5 million to a mine, the Helsinki-based lender said today.",
            "Ardoise Capital",
            "FI",
        ),
        # a place that is no one country's, or a speaker that is no lender: unknown
        ("Caja Santa Cruz said so.", "Caja Santa Cruz", None),
        (
            "Ardoise Capital is investing $5 million in Beta Mining, the Montreal miner said.",
            "Ardoise Capital",
            None,
        ),
        # (another party named before the speaker may be the one speaking)
        ("Ardoise Bank will lend $5 million to Beta Capital, the Toronto fund said.", "Ardoise Bank", None),
    ],
)
def test_a_body_takes_the_country_its_name_or_speaker_gives(
    text: str, name: str, country: str | None
) -> None:
    assert _home(text, name) == country


@pytest.mark.parametrize(
    ("text", "actor_name", "country"),
    [
        # a country's noun inside a bank's name: a bank of that country
        ("Coastal Namibia Bank will lend N$40 million to a lithium mine.", "Coastal Namibia Bank", "NA"),
        # (not a fund's, named for where it invests; nor a company's: "Pan American Energy")
        ("Kestrel Japan Fund will invest $40 million in a lithium mine.", "Kestrel Japan Fund", None),
        # a known bank's arm in a country named in several words
        ("Ecobank Burkina Faso will lend XOF 5 billion to a manganese mine.", "Ecobank Burkina Faso", "BF"),
    ],
)
def test_a_country_inside_a_bank_name_is_its_home(text: str, actor_name: str, country: str | None) -> None:
    (draft,) = extract(text).commitments
    assert (draft.actor_name, draft.actor_country) == (actor_name, country)
