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
        # a known company's unit: the parent's country, unless the apposition names another
        ("Ampere, Renault's EV unit, said so.", "Ampere", "FR"),
        ("Kestrel Lithium, Glencore's Canadian unit, said so.", "Kestrel Lithium", "CA"),
        # not a bank's or fund's arm (it may sit anywhere), nor a parent the table does not know
        ("Kestrel Capital, Rabobank's leasing arm, said so.", "Kestrel Capital", None),
        ("Kestrel Lithium, Ridgeway's battery unit, said so.", "Kestrel Lithium", None),
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


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # registries' forms: Austria's "eGen", Italy's written-out "BCC", the name before the
        # first dash, a country's own name after a local bank word
        ("Raiffeisenbank Aspach-Wildenau said so.", "Raiffeisenbank Aspach-Wildenau", "AT"),
        ("BCC di Barlassina said so.", "BCC di Barlassina", "IT"),
        ("Cassa Rurale Altogarda said so.", "Cassa Rurale Altogarda", "IT"),
        # (a foreign group's arm named for its host, "Alpha Bank Srbija", gives the group no home)
        ("Alpha Bank said so.", "Alpha Bank", None),
        # a state named in two words, a state written without its accents, a region in a
        # public body's name in its own language
        ("Bank of South Dakota said so.", "Bank of South Dakota", "US"),
        ("Maharashtra Minerals Development Fund said so.", "Maharashtra Minerals Development Fund", "IN"),
        ("Bretagne Participations said so.", "Bretagne Participations", "FR"),
        ("Toscana Sviluppo said so.", "Toscana Sviluppo", "IT"),
        ("Oregon Business Council said so.", "Oregon Business Council", "US"),
        ("Linz Insurance Group said so.", "Linz Insurance Group", "AT"),
        # (a compass word makes another place: England's East Midlands, not Zimbabwe's Midlands)
        ("East Midlands Pension Fund said so.", "East Midlands Pension Fund", None),
        ("South West Development Agency said so.", "South West Development Agency", None),
        # "<US state> State": American, though Florida is also a department of Uruguay
        ("Florida State Pension Board said so.", "Florida State Pension Board", "US"),
        ("Florida Minerals Fund said so.", "Florida Minerals Fund", None),
        # one country's banking words
        ("Kiso Shinkin Bank said so.", "Kiso Shinkin Bank", "JP"),
        ("Yildiz Katılım said so.", "Yildiz Katılım", "TR"),
        # a producer telling of its deal, no other party named before it
        (
            "Arda Power will take a 10% stake in a Chilean copper miner, the Turkish power producer said.",
            "Arda Power",
            "TR",
        ),
    ],
)
def test_round_21_rules_give_a_body_its_home(text: str, name: str, country: str | None) -> None:
    assert _home(text, name) == country


@pytest.mark.parametrize(
    ("text", "actor_name", "country"),
    [
        # a part of a country whose name holds another country's
        (
            "Northern Ireland Investment Fund will invest £5m in a copper plant.",
            "Northern Ireland Investment Fund",
            "GB",
        ),
        ("Bank of Inner Mongolia will lend RMB 2bn to a rare earth plant.", "Bank of Inner Mongolia", "CN"),
        # a French network's regional bank, named in full, of the network's country
        (
            "Crédit Agricole Centre Loire will lend €5m to a lithium plant.",
            "Crédit Agricole Centre Loire",
            "FR",
        ),
        (
            "Caisse d'Epargne Rhône Alpes will lend €8m to a lithium plant.",
            "Caisse d'Epargne Rhône Alpes",
            "FR",
        ),
        ("Crédit Agricole and BNP Paribas will lend €25m to a lithium plant.", "Crédit Agricole", "FR"),
        # a bank named with its country, joined by a foreign "and" or after an elided article
        (
            "Türkiye Maden ve Enerji Bankası will lend $50m to a copper mine.",
            "Türkiye Maden ve Enerji Bankası",
            "TR",
        ),
        (
            "Banque de l'Agriculture du Niger will lend XOF 2 billion to a uranium mine.",
            "Banque de l'Agriculture du Niger",
            "NE",
        ),
        # a German "im" inside a name; a brand writing its bank word small
        ("Raiffeisenbank im Oberland will lend €2m to a graphite mill.", "Raiffeisenbank im Oberland", "DE"),
        ("Kestrel bank will lend €5m to a nickel plant.", "Kestrel bank", None),
    ],
)
def test_round_21_rules_name_a_body_and_its_home(text: str, actor_name: str, country: str | None) -> None:
    (draft,) = extract(text).commitments
    assert (draft.actor_name, draft.actor_country) == (actor_name, country)


def test_a_country_and_another_are_no_bank() -> None:
    (draft,) = extract("Türkiye and Germany will lend $75 million to an antimony smelter.").commitments
    assert draft.actor == "TR"


def test_a_bank_word_before_loan_describes_the_loan() -> None:
    (draft,) = extract("Atlas Lithium took a Nouveau Monde bank loan of $5m.").commitments
    assert draft.actor_name == "Atlas Lithium"
