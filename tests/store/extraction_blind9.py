"""Blind batch 9 ("set": "blind-9"): written on 2026-11-30 (20:20-21:00 UTC) from the sentences
alone, before the reader was run on them, by someone who had not read the reader's code, its
organisations table, its rules, the main corpus's cases or any batch's misses; never used to tune
it. The format and the rules come from tests/store/extraction_blind8.py (read up to its CASES line
only); none of its sentences is copied or paraphrased, and most organisations are new.

Same case format and the same rules as batches 7 and 8. Names the cases refer to that the main
corpus may not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA. Relative dates are read
against the corpus's TODAY (Friday 20 June 2025): "yesterday" is Thursday 19 June, "on Wednesday"
is 18 June, "on Monday" is 16 June; an article's dateline is its date and dates its commitments.

The rules, restated from batch 8: the grammatical subject is the actor (the lender or investor when
the subject "received" or "secured" from it); an organisation keeps its name (the short form when
the text gives one in brackets, a company without its legal suffix); a government, country, capital
or leader is its ISO code; a minister announcing that an agency or company will act makes that body
the actor; the verb decides the instrument when no instrument word is given; several actors give one
draft each, in the order named ("each" repeats the amount, "jointly"/"together" leave it on the
first only); a range, "up to" or "as much as" keeps its ceiling, flagged; a bare "$" (or "dollars")
is the actor's own dollar (flagged as inferred) when the actor is Canadian, Australian, New Zealand,
Singaporean, Hong Kong or Taiwanese, and USD otherwise (flagged as not inferred where the actor's
own currency is not a dollar; "US$" and "USD" are never inferred); "rare-earths" only when rare
earths are named generically and no single rare-earth element is named; minerals are listed in
alphabetical order; a field a careful analyst could fill two ways is left out of the expectation.

Decided for this batch:
- "As much as" is a ceiling, like "up to".
- "Spend on" a plant, like "invest in" and "put into", is equity; "insure" or "cover" a loan is a
  guarantee; "extend a credit facility" or "provide financing" is a loan; "incentives" or
  "subsidies" paid by a ministry are a grant; "block" or "review" foreign takeovers is investment
  screening; a duty on imports is a tariff; a ban on exports is an export control.
- A memorandum of understanding gives one draft per signatory with the other as counterparty, as in
  batch 8; the batch has only government signatories.
- After an offtake verb the company reached through a possessive ("from Talga's Vittangi
  project") is the counterparty; after a guarantee or loan ("loans to LKAB's plant", "for
  Keliber's refinery") it is left out, as is any counterparty described but not named ("a Korean
  magnet maker", "the plant").
- An article's "The Government" in a release datelined Canberra is Australia (AU).
- A per-unit price in a price-floor case ("$110 a kilogram") is never the amount.
- An article with no dateline has no expected announcement date; a dateline without a year is read
  in 2025 (the corpus's year).
- A status is expected only where the text says "signed", "subject to", "conditional",
  "disbursed" or "proposed"; otherwise the field is not checked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Nolans rare earths project",
    "Browns Range heavy rare earths project",
    "Ngualla rare earths project",
    "Matawinie graphite project",
    "Balama graphite mine",
    "Vittangi graphite project",
    "Clearwater lithium project",
    "Lionheart lithium project",
    "Sangdong tungsten mine",
    "Highland Valley Copper mine",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Minerals Security Partnership",
    "G7 Critical Minerals Action Plan",
    "Partnership for Global Infrastructure and Investment",
    "Lobito Corridor",
]

_USD_NOT_INFERRED = {"currency_inferred": False}


_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b9-org-kfw-ipex-bitterfeld",
        "text": "KfW IPEX-Bank will lend €180 million to a lithium hydroxide refinery in Bitterfeld.",
        "commitments": [_c("KfW IPEX-Bank", "DE", "loan", "180000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b9-org-jogmec-malaysia",
        "text": "JOGMEC will take a ¥20 billion stake in a heavy rare earths separation venture in Malaysia.",
        "commitments": [_c("JOGMEC", "JP", "equity", "20000000000", "JPY", minerals=["heavy-rare-earths"])],
    },
    {
        "id": "b9-org-nexi-chile",
        "text": "NEXI will insure a $300 million bank loan for a copper concentrator in northern Chile.",
        "commitments": [
            _c("NEXI", "JP", "guarantee", "300000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"])
        ],
    },
    {
        "id": "b9-org-ksure-hungary",
        "text": "K-SURE will guarantee KRW 420 billion of loans for a cathode plant in Hungary that "
        "uses nickel and manganese.",
        "commitments": [
            _c("K-SURE", "KR", "guarantee", "420000000000", "KRW", minerals=["manganese", "nickel"])
        ],
    },
    {
        "id": "b9-org-ukef-teesside",
        "text": "UKEF is backing a lithium refinery on Teesside with a £120 million guarantee.",
        "commitments": [_c("UKEF", "GB", "guarantee", "120000000", "GBP", minerals=["lithium"])],
    },
    {
        "id": "b9-org-finnfund-namibia",
        "text": "Finnfund is putting €12m into a vanadium recovery project in Namibia.",
        "commitments": [_c("Finnfund", "FI", "equity", "12000000", "EUR", minerals=["vanadium"])],
    },
    {
        "id": "b9-org-ekn-lkab",
        "text": "EKN will guarantee SEK 1.5 billion of loans to LKAB's rare earth and phosphorus plant "
        "in Luleå.",
        "commitments": [
            _c(
                "EKN",
                "SE",
                "guarantee",
                "1500000000",
                "SEK",
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b9-org-swedfund-zambia",
        "text": "Swedfund will take a $15 million stake in a copper exploration company in Zambia.",
        "commitments": [
            _c("Swedfund", "SE", "equity", "15000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"])
        ],
    },
    {
        "id": "b9-org-fmo-tanzania",
        "text": "FMO is lending $40 million to a graphite mine in southern Tanzania.",
        "commitments": [
            _c("FMO", "NL", "loan", "40000000", "USD", **_USD_NOT_INFERRED, minerals=["graphite"])
        ],
    },
    {
        "id": "b9-org-deg-minas-gerais",
        "text": "DEG will provide $30 million in financing to a niobium and rare earths miner in Minas "
        "Gerais.",
        "commitments": [
            _c(
                "DEG",
                "DE",
                "loan",
                "30000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["niobium", "rare-earths"],
            )
        ],
    },
    {
        "id": "b9-org-proparco-madagascar",
        "text": "Proparco will lend €35 million to a graphite producer in Madagascar.",
        "commitments": [_c("Proparco", "FR", "loan", "35000000", "EUR", minerals=["graphite"])],
    },
    {
        "id": "b9-org-bii-malawi",
        "text": "BII will invest $25 million in a rare earths exploration company in Malawi.",
        "commitments": [
            _c("BII", "GB", "equity", "25000000", "USD", **_USD_NOT_INFERRED, minerals=["rare-earths"])
        ],
    },
    {
        "id": "b9-org-ifu-greenland",
        "text": "IFU will invest DKK 75 million in a tungsten and rare earth explorer in Greenland.",
        "commitments": [_c("IFU", "DK", "equity", "75000000", "DKK", minerals=["rare-earths", "tungsten"])],
    },
    {
        "id": "b9-org-cefc-townsville",
        "text": "CEFC will lend A$60 million to a vanadium electrolyte plant in Townsville.",
        "commitments": [_c("CEFC", "AU", "loan", "60000000", "AUD", minerals=["vanadium"])],
    },
    {
        "id": "b9-org-cgf-timmins",
        "text": "Canada Growth Fund will invest C$200 million in a nickel processing plant near Timmins.",
        "commitments": [_c("Canada Growth Fund", "CA", "equity", "200000000", "CAD", minerals=["nickel"])],
    },
    {
        "id": "b9-org-maaden-yanbu",
        "text": "Ma'aden will invest $1.5 billion in a copper smelter at Yanbu.",
        "commitments": [
            _c("Ma'aden", "SA", "equity", "1500000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"])
        ],
    },
    {
        "id": "b9-org-mubadala-brazil",
        "text": "Mubadala has taken a $150 million stake in a Brazilian rare earths miner.",
        "commitments": [
            _c(
                "Mubadala",
                "AE",
                "equity",
                "150000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b9-org-qia-nevada",
        "text": "QIA will invest $300 million in a lithium developer in Nevada.",
        "commitments": [
            _c("QIA", "QA", "equity", "300000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b9-org-kazatomprom-turkistan",
        "text": "Kazatomprom will invest KZT 60 billion in a new uranium mine in Turkistan region.",
        "commitments": [_c("Kazatomprom", "KZ", "equity", "60000000000", "KZT", minerals=["uranium"])],
    },
    {
        "id": "b9-org-almalyk-smelter",
        "text": "Almalyk MMC will spend $1.4 billion on a new copper smelter.",
        "commitments": [
            _c("Almalyk MMC", "UZ", "equity", "1400000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"])
        ],
    },
    {
        "id": "b9-org-bndes-jequitinhonha",
        "text": "BNDES will lend R$ 850 million to a lithium mine in the Jequitinhonha valley.",
        "commitments": [_c("BNDES", "BR", "loan", "850000000", "BRL", minerals=["lithium"])],
    },
    {
        "id": "b9-org-corfo-antofagasta",
        "text": "CORFO will award CLP 9 billion in grants for lithium research in Antofagasta.",
        "commitments": [_c("CORFO", "CL", "grant", "9000000000", "CLP", minerals=["lithium"])],
    },
    {
        "id": "b9-org-jemse-jujuy",
        "text": "JEMSE will take a 10% stake in a lithium brine project in Jujuy.",
        "commitments": [_c("JEMSE", "AR", "equity", None, minerals=["lithium"])],
    },
    {
        "id": "b9-org-idc-east-london",
        "text": "The IDC will lend R700 million to a vanadium battery plant in East London.",
        "commitments": [_c("IDC", "ZA", "loan", "700000000", "ZAR", minerals=["vanadium"])],
    },
    {
        "id": "b9-org-dla-antimony",
        "text": "The Defense Logistics Agency will buy antimony ingots for the national stockpile.",
        "commitments": [_c("Defense Logistics Agency", "US", "stockpile", None, minerals=["antimony"])],
    },
    {
        "id": "b9-org-osc-alabama",
        "text": "The Office of Strategic Capital will lend $80 million to a gallium recovery plant in "
        "Alabama.",
        "commitments": [
            _c("Office of Strategic Capital", "US", "loan", "80000000", "USD", minerals=["gallium"])
        ],
    },
    {
        "id": "b9-org-meti-kitakyushu",
        "text": "METI will grant ¥35 billion to a rare earth magnet recycling plant in Kitakyushu.",
        "commitments": [_c("METI", "JP", "grant", "35000000000", "JPY", minerals=["rare-earths"])],
    },
    # --- (2) several actors ---
    {
        "id": "b9-multi-kfw-proparco-each",
        "text": "KfW and Proparco will each lend €50 million to a lithium refinery in Morocco.",
        "commitments": [
            _c("KfW", "DE", "loan", "50000000", "EUR", minerals=["lithium"]),
            _c("Proparco", "FR", "loan", "50000000", "EUR", minerals=["lithium"]),
        ],
    },
    {
        "id": "b9-multi-sojitz-jogmec-jointly",
        "text": "Sojitz and JOGMEC will jointly invest A$200 million in a heavy rare earths project in "
        "Western Australia.",
        "commitments": [
            _c("Sojitz", "JP", "equity", "200000000", "AUD", minerals=["heavy-rare-earths"]),
            _c("JOGMEC", "JP", "equity", None, minerals=["heavy-rare-earths"]),
        ],
    },
    {
        "id": "b9-multi-korean-cellmakers-each-offtake",
        "text": "Samsung SDI, SK On and L&F will each take spodumene concentrate from Mineral Resources' "
        "Wodgina mine.",
        "commitments": [
            _c("Samsung SDI", "KR", "offtake", None, counterparty="Mineral Resources", minerals=["lithium"]),
            _c("SK On", "KR", "offtake", None, counterparty="Mineral Resources", minerals=["lithium"]),
            _c("L&F", "KR", "offtake", None, counterparty="Mineral Resources", minerals=["lithium"]),
        ],
    },
    {
        "id": "b9-multi-canberra-new-delhi-each-grants",
        "text": "Canberra and New Delhi have each pledged A$10 million in grants to lithium and cobalt "
        "projects in Australia.",
        "commitments": [
            _c("AU", "AU", "grant", "10000000", "AUD", minerals=["cobalt", "lithium"]),
            _c("IN", "IN", "grant", "10000000", "AUD", minerals=["cobalt", "lithium"]),
        ],
    },
    {
        "id": "b9-multi-tokyo-washington-mou",
        "text": "Tokyo and Washington signed a memorandum of understanding on rare earth and gallium supply.",
        "commitments": [
            _c("JP", "JP", "mou", None, counterparty="US", minerals=["gallium", "rare-earths"]),
            _c("US", "US", "mou", None, counterparty="JP", minerals=["gallium", "rare-earths"]),
        ],
    },
    {
        "id": "b9-multi-glencore-mercuria-together",
        "text": "Glencore and Mercuria together lent $400 million to a cobalt miner in Congo.",
        "commitments": [
            _c("Glencore", "CH", "loan", "400000000", "USD", **_USD_NOT_INFERRED, minerals=["cobalt"]),
            _c("Mercuria", "CH", "loan", None, minerals=["cobalt"]),
        ],
    },
    {
        "id": "b9-multi-pl-cz-sk-stockpile",
        "text": "Poland, Czechia and Slovakia will jointly stockpile tungsten and antimony for their arms "
        "makers.",
        "commitments": [
            _c("PL", "PL", "stockpile", None, minerals=["antimony", "tungsten"]),
            _c("CZ", "CZ", "stockpile", None, minerals=["antimony", "tungsten"]),
            _c("SK", "SK", "stockpile", None, minerals=["antimony", "tungsten"]),
        ],
    },
    {
        "id": "b9-multi-hanwha-lig-each-offtake",
        "text": "Hanwha Aerospace and LIG Nex1 each agreed to buy rare earth magnets from a Vietnamese "
        "supplier.",
        "commitments": [
            _c("Hanwha Aerospace", "KR", "offtake", None, minerals=["rare-earths"]),
            _c("LIG Nex1", "KR", "offtake", None, minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b9-multi-honda-toyota-each",
        "text": "Honda and Toyota will each invest ¥30 billion in a battery recycling venture that "
        "recovers nickel and cobalt.",
        "commitments": [
            _c("Honda", "JP", "equity", "30000000000", "JPY", minerals=["cobalt", "nickel"]),
            _c("Toyota", "JP", "equity", "30000000000", "JPY", minerals=["cobalt", "nickel"]),
        ],
    },
    {
        "id": "b9-multi-edc-efa-together",
        "text": "EDC and Export Finance Australia will together lend US$250 million to a graphite mine "
        "in Mozambique.",
        "commitments": [
            _c("EDC", "CA", "loan", "250000000", "USD", **_USD_NOT_INFERRED, minerals=["graphite"]),
            _c("Export Finance Australia", "AU", "loan", None, minerals=["graphite"]),
        ],
    },
    {
        "id": "b9-multi-bpifrance-cdc-each",
        "text": "Bpifrance and the Caisse des Dépôts will each invest €30m in a lithium refinery near "
        "Mulhouse.",
        "commitments": [
            _c("Bpifrance", "FR", "equity", "30000000", "EUR", minerals=["lithium"]),
            _c("Caisse des Dépôts", "FR", "equity", "30000000", "EUR", minerals=["lithium"]),
        ],
    },
    # --- (3) the wrong party is tempting as actor ---
    {
        "id": "b9-subj-managem-riyadh-quote",
        "text": "Speaking in Riyadh, Morocco's energy minister said Managem will invest $250 million in "
        "a cobalt refinery at Guemassa.",
        "commitments": [
            _c("Managem", "MA", "equity", "250000000", "USD", **_USD_NOT_INFERRED, minerals=["cobalt"])
        ],
    },
    {
        "id": "b9-subj-itochu-talga-sweden",
        "text": "Itochu agreed to buy graphite anode material from Talga's Vittangi graphite project in "
        "northern Sweden.",
        "commitments": [
            _c(
                "Itochu",
                "JP",
                "offtake",
                None,
                counterparty="Talga",
                minerals=["graphite"],
                project="Vittangi graphite project",
            )
        ],
    },
    {
        "id": "b9-subj-passive-finnvera-kokkola",
        "text": "A €60 million guarantee for Keliber's lithium hydroxide refinery in Kokkola was approved "
        "by Finnvera on Wednesday.",
        "commitments": [
            _c(
                "Finnvera",
                "FI",
                "guarantee",
                "60000000",
                "EUR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    {
        "id": "b9-subj-northern-minerals-naif",
        "text": "Northern Minerals secured a A$50 million loan from NAIF for the Browns Range heavy rare "
        "earths project.",
        "commitments": [
            _c(
                "NAIF",
                "AU",
                "loan",
                "50000000",
                "AUD",
                counterparty="Northern Minerals",
                minerals=["heavy-rare-earths"],
                project="Browns Range heavy rare earths project",
            )
        ],
    },
    {
        "id": "b9-subj-peak-said-oeeb",
        "text": "Peak Rare Earths said OeEB will lend $50 million to its Ngualla rare earths project in "
        "Tanzania.",
        "commitments": [
            _c(
                "OeEB",
                "AT",
                "loan",
                "50000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["rare-earths"],
                project="Ngualla rare earths project",
            )
        ],
    },
    {
        "id": "b9-subj-kinshasa-kobold",
        "text": "In Kinshasa on Tuesday, Congo's mines minister said KoBold Metals will invest $150 "
        "million in lithium exploration at Manono.",
        "commitments": [
            _c(
                "KoBold Metals",
                "US",
                "equity",
                "150000000",
                "USD",
                minerals=["lithium"],
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b9-subj-korea-zinc-tennessee",
        "text": "Korea Zinc will invest $740 million in a germanium and gallium refinery in Tennessee.",
        "commitments": [
            _c(
                "Korea Zinc",
                "KR",
                "equity",
                "740000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["gallium", "germanium"],
            )
        ],
    },
    {
        "id": "b9-subj-eramet-supply-basf",
        "text": "Eramet agreed to supply lithium carbonate from its Centenario plant in Argentina to BASF.",
        "commitments": [_c("Eramet", "FR", "offtake", None, counterparty="BASF", minerals=["lithium"])],
    },
    {
        "id": "b9-subj-passive-cib-becancour",
        "text": "A $120 million loan to a graphite anode plant in Bécancour was signed by the Canada "
        "Infrastructure Bank on Monday.",
        "commitments": [
            _c(
                "Canada Infrastructure Bank",
                "CA",
                "loan",
                "120000000",
                "CAD",
                currency_inferred=True,
                minerals=["graphite"],
                status="binding",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b9-subj-posco-intl-received",
        "text": "Australian Strategic Materials will receive a A$100 million equity investment from "
        "POSCO International.",
        "commitments": [
            _c(
                "POSCO International",
                "KR",
                "equity",
                "100000000",
                "AUD",
                counterparty="Australian Strategic Materials",
            )
        ],
    },
    {
        "id": "b9-subj-rheinmetall-almonty-korea",
        "text": "Rheinmetall agreed to buy tungsten concentrate from Almonty's Sangdong tungsten mine in "
        "South Korea.",
        "commitments": [
            _c(
                "Rheinmetall",
                "DE",
                "offtake",
                None,
                counterparty="Almonty",
                minerals=["tungsten"],
                project="Sangdong tungsten mine",
            )
        ],
    },
    # --- (4) the instrument from the verb ---
    {
        "id": "b9-verb-toyota-tsusho-put-into",
        "text": "Toyota Tsusho will put ¥12 billion into a rare earth recycling start-up in Vietnam.",
        "commitments": [_c("Toyota Tsusho", "JP", "equity", "12000000000", "JPY", minerals=["rare-earths"])],
    },
    {
        "id": "b9-verb-infineon-minority-stake",
        "text": "Infineon will take a minority stake in a gallium recovery venture in Saxony.",
        "commitments": [_c("Infineon", "DE", "equity", None, minerals=["gallium"])],
    },
    {
        "id": "b9-verb-arena-awarded",
        "text": "ARENA has awarded A$15 million to a vanadium flow battery maker in Western Australia.",
        "commitments": [_c("ARENA", "AU", "grant", "15000000", "AUD", minerals=["vanadium"])],
    },
    {
        "id": "b9-verb-nrcan-funding",
        "text": "Natural Resources Canada will provide C$8 million in funding to a scandium recovery "
        "pilot in Quebec.",
        "commitments": [
            _c("Natural Resources Canada", "CA", "grant", "8000000", "CAD", minerals=["scandium"])
        ],
    },
    {
        "id": "b9-verb-bancomext-credit-facility",
        "text": "Bancomext will extend a MXN 1.2 billion credit facility to a zinc and copper smelter in "
        "Zacatecas.",
        "commitments": [_c("Bancomext", "MX", "loan", "1200000000", "MXN", minerals=["copper", "zinc"])],
    },
    {
        "id": "b9-verb-panasonic-nmg",
        "text": "Panasonic Energy agreed to buy graphite from Nouveau Monde Graphite's Matawinie graphite "
        "project.",
        "commitments": [
            _c(
                "Panasonic Energy",
                "JP",
                "offtake",
                None,
                counterparty="Nouveau Monde Graphite",
                minerals=["graphite"],
                project="Matawinie graphite project",
            )
        ],
    },
    {
        "id": "b9-verb-iluka-supply",
        "text": "Iluka Resources will supply dysprosium and terbium oxides from its Eneabba refinery to a "
        "Korean magnet maker.",
        "commitments": [_c("Iluka Resources", "AU", "offtake", None, minerals=["dysprosium", "terbium"])],
    },
    {
        "id": "b9-verb-zimbabwe-stop-leaving",
        "text": "Zimbabwe will stop lithium concentrate from leaving the country after 2026.",
        "commitments": [_c("ZW", "ZW", "export-control", None, minerals=["lithium"])],
    },
    {
        "id": "b9-verb-ottawa-block",
        "text": "Ottawa will block takeovers of its lithium and graphite miners by foreign state-owned "
        "companies.",
        "commitments": [_c("CA", "CA", "investment-screening", None, minerals=["graphite", "lithium"])],
    },
    {
        "id": "b9-verb-washington-copper-duty",
        "text": "Washington will impose a 50% duty on copper imports from August.",
        "commitments": [_c("US", "US", "tariff", None, minerals=["copper"])],
    },
    {
        "id": "b9-verb-seoul-pay-difference",
        "text": "Seoul will pay domestic refiners the difference whenever the tungsten price falls below "
        "$350 a tonne unit.",
        "commitments": [_c("KR", "KR", "price-floor", None, minerals=["tungsten"])],
    },
    {
        "id": "b9-verb-komir-stockpile",
        "text": "KOMIR will stockpile 100 days' worth of gallium and indium.",
        "commitments": [_c("KOMIR", "KR", "stockpile", None, minerals=["gallium", "indium"])],
    },
    {
        "id": "b9-verb-uzbekistan-mou-japan",
        "text": "Uzbekistan signed a memorandum of understanding with Japan on tungsten and rare earths.",
        "commitments": [
            _c("UZ", "UZ", "mou", None, counterparty="JP", minerals=["rare-earths", "tungsten"]),
            _c("JP", "JP", "mou", None, counterparty="UZ", minerals=["rare-earths", "tungsten"]),
        ],
    },
    {
        "id": "b9-verb-kexim-loi",
        "text": "KEXIM issued a letter of interest for up to $150 million to a nickel project in Sulawesi.",
        "commitments": [
            _c(
                "KEXIM",
                "KR",
                "letter-of-interest",
                "150000000",
                "USD",
                **_USD_NOT_INFERRED,
                amount_is_ceiling=True,
                minerals=["nickel"],
            )
        ],
    },
    {
        "id": "b9-verb-dfc-pgii",
        "text": "The DFC will provide $90 million in financing for a copper and cobalt processing plant "
        "in Zambia under the Partnership for Global Infrastructure and Investment.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "loan",
                "90000000",
                "USD",
                minerals=["cobalt", "copper"],
                initiative="Partnership for Global Infrastructure and Investment",
            )
        ],
    },
    {
        "id": "b9-verb-uk-msp-grant",
        "text": "The UK will award £6 million in grants to rare earth processing projects in Africa under "
        "the Minerals Security Partnership.",
        "commitments": [
            _c(
                "GB",
                "GB",
                "grant",
                "6000000",
                "GBP",
                minerals=["rare-earths"],
                initiative="Minerals Security Partnership",
            )
        ],
    },
    {
        "id": "b9-verb-g7-japan-reserves",
        "text": "Under the G7 Critical Minerals Action Plan, Japan will expand its national reserves of "
        "dysprosium and terbium.",
        "commitments": [
            _c(
                "JP",
                "JP",
                "stockpile",
                None,
                minerals=["dysprosium", "terbium"],
                initiative="G7 Critical Minerals Action Plan",
            )
        ],
    },
    # --- (5) money in every form ---
    {
        "id": "b9-money-rs-crore-hindalco",
        "text": "Hindalco will invest Rs 2,000 crore in a copper and e-waste recycling plant in Gujarat.",
        "commitments": [_c("Hindalco", "IN", "equity", "20000000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b9-money-inr-code-coal-india",
        "text": "Coal India will put INR 3,500 crore into a lithium exploration joint venture.",
        "commitments": [_c("Coal India", "IN", "equity", "35000000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b9-money-lakh-ministry-of-mines",
        "text": "The Ministry of Mines will grant ₹85 lakh to an IIT team recovering rare earths from fly "
        "ash.",
        "commitments": [_c("Ministry of Mines", "IN", "grant", "8500000", "INR", minerals=["rare-earths"])],
    },
    {
        "id": "b9-money-chf-after-metalor",
        "text": "Metalor will invest 60 million CHF in a platinum group metals recycling line in Neuchâtel.",
        "commitments": [_c("Metalor", "CH", "equity", "60000000", "CHF", minerals=["platinum-group-metals"])],
    },
    {
        "id": "b9-money-kronor-words-boliden",
        "text": "Boliden will invest 3.5 billion Swedish kronor in expanding copper output at Aitik.",
        "commitments": [_c("Boliden", "SE", "equity", "3500000000", "SEK", minerals=["copper"])],
    },
    {
        "id": "b9-money-nok-after-hydro",
        "text": "Norsk Hydro will put 900 million NOK into a magnesium recycling line at Porsgrunn.",
        "commitments": [_c("Norsk Hydro", "NO", "equity", "900000000", "NOK", minerals=["magnesium"])],
    },
    {
        "id": "b9-money-words-dollars-igo",
        "text": "IGO will spend three hundred million dollars on a lithium hydroxide refinery at Kwinana.",
        "commitments": [
            _c("IGO", "AU", "equity", "300000000", "AUD", currency_inferred=True, minerals=["lithium"])
        ],
    },
    {
        "id": "b9-money-words-euros-orano",
        "text": "Orano will invest one and a half billion euros in a battery materials plant in Dunkirk "
        "that will recover nickel, cobalt and lithium.",
        "commitments": [
            _c("Orano", "FR", "equity", "1500000000", "EUR", minerals=["cobalt", "lithium", "nickel"])
        ],
    },
    {
        "id": "b9-money-range-syrah",
        "text": "Syrah Resources will invest between US$80 million and US$100 million to expand its "
        "Vidalia graphite anode plant in Louisiana.",
        "commitments": [
            _c(
                "Syrah Resources",
                "AU",
                "equity",
                "100000000",
                "USD",
                **_USD_NOT_INFERRED,
                amount_is_ceiling=True,
                minerals=["graphite"],
            )
        ],
    },
    {
        "id": "b9-money-up-to-dfc-balama",
        "text": "The DFC will lend up to $150 million to the Balama graphite mine in Mozambique.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "loan",
                "150000000",
                "USD",
                amount_is_ceiling=True,
                minerals=["graphite"],
                project="Balama graphite mine",
            )
        ],
    },
    {
        "id": "b9-money-as-much-as-jbic",
        "text": "JBIC will lend as much as $800 million to a copper mine in southern Peru.",
        "commitments": [
            _c(
                "JBIC",
                "JP",
                "loan",
                "800000000",
                "USD",
                **_USD_NOT_INFERRED,
                amount_is_ceiling=True,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b9-money-sar-code-sidf",
        "text": "SIDF will lend SAR 2.2 billion to a copper foil plant in Jazan.",
        "commitments": [_c("SIDF", "SA", "loan", "2200000000", "SAR", minerals=["copper"])],
    },
    {
        "id": "b9-money-aed-code-adq",
        "text": "ADQ will invest AED 1.8 billion in a copper rod mill in Khalifa Industrial Zone.",
        "commitments": [_c("ADQ", "AE", "equity", "1800000000", "AED", minerals=["copper"])],
    },
    {
        "id": "b9-money-pounds-words-nwf",
        "text": "The National Wealth Fund will invest forty million pounds in a lithium project in Cornwall.",
        "commitments": [_c("National Wealth Fund", "GB", "equity", "40000000", "GBP", minerals=["lithium"])],
    },
    {
        "id": "b9-money-jpy-after-mitsubishi-materials",
        "text": "Mitsubishi Materials will invest 25 billion JPY in a tungsten recycling plant in Ibaraki.",
        "commitments": [
            _c("Mitsubishi Materials", "JP", "equity", "25000000000", "JPY", minerals=["tungsten"])
        ],
    },
    {
        "id": "b9-money-won-sign-ls-mnm",
        "text": "LS MnM will invest ₩1.2 trillion in a nickel sulphate plant in Ulsan.",
        "commitments": [_c("LS MnM", "KR", "equity", "1200000000000", "KRW", minerals=["nickel"])],
    },
    {
        "id": "b9-money-bare-dollar-teck",
        "text": "Teck Resources will invest $750 million in extending the life of its Highland Valley "
        "Copper mine.",
        "commitments": [
            _c(
                "Teck Resources",
                "CA",
                "equity",
                "750000000",
                "CAD",
                currency_inferred=True,
                minerals=["copper"],
                project="Highland Valley Copper mine",
            )
        ],
    },
    {
        "id": "b9-money-bare-dollar-asm",
        "text": "Australian Strategic Materials will invest $60 million in its metals plant in Ochang, "
        "South Korea.",
        "commitments": [
            _c("Australian Strategic Materials", "AU", "equity", "60000000", "AUD", currency_inferred=True)
        ],
    },
    {
        "id": "b9-money-bare-dollar-sk-on",
        "text": "SK On will put $200 million into a lithium refinery in Argentina.",
        "commitments": [
            _c("SK On", "KR", "equity", "200000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b9-money-bare-dollar-lockheed",
        "text": "Lockheed Martin will invest $50 million in a germanium recycling start-up in Utah.",
        "commitments": [_c("Lockheed Martin", "US", "equity", "50000000", "USD", minerals=["germanium"])],
    },
    {
        "id": "b9-money-rand-words-sibanye",
        "text": "Sibanye-Stillwater will invest 1.2 billion rand in a PGM recycling plant near Rustenburg.",
        "commitments": [
            _c(
                "Sibanye-Stillwater",
                "ZA",
                "equity",
                "1200000000",
                "ZAR",
                minerals=["platinum-group-metals"],
            )
        ],
    },
    {
        "id": "b9-money-cad-after-investissement-quebec",
        "text": "Investissement Québec will lend 150 million CAD to a lithium hydroxide plant in Bécancour.",
        "commitments": [_c("Investissement Québec", "CA", "loan", "150000000", "CAD", minerals=["lithium"])],
    },
    {
        "id": "b9-money-eur-code-before-france",
        "text": "The French state will provide EUR 200 million in grants to a lithium refinery near Dunkirk.",
        "commitments": [_c("FR", "FR", "grant", "200000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b9-money-bn-nospace-fortescue",
        "text": "Fortescue will invest US$1.8bn in a green iron and nickel processing hub in the Pilbara.",
        "commitments": [
            _c("Fortescue", "AU", "equity", "1800000000", "USD", **_USD_NOT_INFERRED, minerals=["nickel"])
        ],
    },
    {
        "id": "b9-money-huf-mol",
        "text": "MOL will invest HUF 65 billion in a lithium extraction pilot at its oil fields in "
        "Zala county.",
        "commitments": [_c("MOL", "HU", "equity", "65000000000", "HUF", minerals=["lithium"])],
    },
    # --- status and day words ---
    {
        "id": "b9-status-bndes-disbursed",
        "text": "BNDES has disbursed R$ 300 million of its loan to CBMM's niobium battery materials plant.",
        "commitments": [
            _c("BNDES", "BR", "loan", "300000000", "BRL", minerals=["niobium"], status="disbursed")
        ],
    },
    {
        "id": "b9-status-india-proposed-duty",
        "text": "India has proposed a safeguard duty on imported lithium-ion cells.",
        "commitments": [_c("IN", "IN", "tariff", None, minerals=["lithium"], status="proposed")],
    },
    {
        "id": "b9-status-ukef-subject-to-yesterday",
        "text": "Yesterday UKEF offered £90 million of cover for a tungsten mine in Devon, subject to "
        "planning consent.",
        "commitments": [
            _c(
                "UKEF",
                "GB",
                "guarantee",
                "90000000",
                "GBP",
                minerals=["tungsten"],
                status="conditional",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b9-status-tdk-signed-today",
        "text": "TDK signed a binding agreement today to buy dysprosium from Lynas Rare Earths.",
        "commitments": [
            _c(
                "TDK",
                "JP",
                "offtake",
                None,
                counterparty="Lynas Rare Earths",
                minerals=["dysprosium"],
                status="binding",
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    # --- no commitment ---
    {
        "id": "b9-none-question-nexi-ecuador",
        "text": "Did NEXI actually sign the Ecuador cover or is that still a term sheet?",
        "commitments": [],
    },
    {
        "id": "b9-none-opinion-ecas-graphite",
        "text": "Feels like every ECA in Europe wants a graphite deal this year.",
        "commitments": [],
    },
    {
        "id": "b9-none-rumour-mubadala-chile",
        "text": "Hearing Mubadala might bid for a stake in a Chilean lithium player, unconfirmed.",
        "commitments": [],
    },
    {
        "id": "b9-none-history-jogmec-2011",
        "text": "People forget that in 2011 JOGMEC and Sojitz lent Lynas $250 million.",
        "commitments": [],
    },
    {
        "id": "b9-none-negation-teck",
        "text": "Teck says it has no plans to sell its Chilean copper stake.",
        "commitments": [],
    },
    {
        "id": "b9-none-price-cobalt-payables",
        "text": "Cobalt hydroxide payables are back above 70% of the metal price.",
        "commitments": [],
    },
    {
        "id": "b9-none-price-lithium-cny",
        "text": "Lithium carbonate fell to CNY 60,000 a tonne in China this week.",
        "commitments": [],
    },
    {
        "id": "b9-none-chatter-msp-paris",
        "text": "Who's covering the MSP principals' meeting in Paris next week?",
        "commitments": [],
    },
    {
        "id": "b9-none-stat-korea-magnets",
        "text": "Korea imported ₩3 trillion worth of rare earth magnets last year.",
        "commitments": [],
    },
    {
        "id": "b9-none-chatter-maaden-shares",
        "text": "Ma'aden's share price is up 12% since the copper smelter news, nice call Priya.",
        "commitments": [],
    },
    {
        "id": "b9-none-refused-ottawa",
        "text": "The minister refused to say whether Ottawa would stockpile graphite.",
        "commitments": [],
    },
    {
        "id": "b9-none-hypothetical-tokyo-floor",
        "text": "If Tokyo offered a price floor for gallium, would anyone build a refinery?",
        "commitments": [],
    },
    {
        "id": "b9-none-guess-kfw-bndes",
        "text": "Someone should total KfW's and BNDES's lithium lending since 2020; my guess is under "
        "€1bn combined.",
        "commitments": [],
    },
    {
        "id": "b9-none-declined-fmo",
        "text": "FMO declined to finance the Tanzanian graphite mine after the environmental review.",
        "commitments": [],
    },
    {
        "id": "b9-none-could-india-ban",
        "text": "India could restrict rare earth exports if the talks with Tokyo stall, one official "
        "suggested.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b9-art-toronto-edc-e3",
        "kind": "article",
        "headline": "EDC to provide US$120 million for E3 Lithium's Clearwater project",
        "text": "TORONTO, June 10, 2025 /CNW/ - Export Development Canada (EDC) will provide US$120 "
        "million in financing to E3 Lithium for the Clearwater lithium project in central Alberta, "
        "the two organizations announced today.\n\n"
        "Honda has agreed to buy lithium hydroxide from Clearwater for six years once the first phase "
        "is built, E3 Lithium said.\n\n"
        "\"US$120 million from EDC gives Alberta's first lithium project the debt it needs to go "
        "to construction,\" said E3 Lithium's chief executive.\n\n"
        "Quick facts\n"
        "- E3 Lithium was founded in 2016 and ran a demonstration plant near Leduc in 2024.\n"
        "- In 2023 the company raised C$27 million for its pilot.\n"
        "- Alberta's Leduc reservoir once produced oil for Imperial.\n\n"
        "Contacts: Media relations, EDC",
        "commitments": [
            _c(
                "EDC",
                "CA",
                "loan",
                "120000000",
                "USD",
                **_USD_NOT_INFERRED,
                counterparty="E3 Lithium",
                minerals=["lithium"],
                project="Clearwater lithium project",
                announced_on=date(2025, 6, 10),
            ),
            _c("Honda", "JP", "offtake", None, minerals=["lithium"], announced_on=date(2025, 6, 10)),
        ],
    },
    {
        "id": "b9-art-canberra-efa-arafura",
        "kind": "article",
        "headline": "Government backs Nolans with A$200 million loan",
        "text": "Canberra\n4 June\n\n"
        "Joint media release — Minister for Trade and Tourism\n\n"
        "Export Finance Australia (EFA) will lend up to A$200 million to Arafura Rare Earths for the "
        "Nolans rare earths project in the Northern Territory, the Minister for Trade and Tourism "
        "announced today.\n\n"
        "Schaeffler has agreed to buy NdPr oxide from Nolans for seven years, Arafura said.\n\n"
        "The Government will also set up a strategic reserve of rare earths and other critical "
        "minerals, the Minister said.\n\n"
        '"Up to A$200 million from EFA puts Nolans on the path to production and gives our '
        'partners a reliable supply of rare earths," the Minister said.\n\n'
        "Arafura discovered Nolans in 1995. In 2022 the Northern Australia Infrastructure Facility "
        "lent it A$150 million, and in 2024 the National Reconstruction Fund invested A$200 million "
        "in the company.\n\n"
        "Media contact: Minister's office",
        "commitments": [
            _c(
                "EFA",
                "AU",
                "loan",
                "200000000",
                "AUD",
                amount_is_ceiling=True,
                counterparty="Arafura Rare Earths",
                project="Nolans rare earths project",
                announced_on=date(2025, 6, 4),
            ),
            _c(
                "Schaeffler",
                "DE",
                "offtake",
                None,
                minerals=["ndpr"],
                announced_on=date(2025, 6, 4),
            ),
            _c("AU", "AU", "stockpile", None, minerals=["rare-earths"], announced_on=date(2025, 6, 4)),
        ],
    },
    {
        "id": "b9-art-tokyo-jbic-copper",
        "kind": "article",
        "headline": "JBIC to lend $350 million for Chilean copper mine; Mitsubishi Materials to take half "
        "the concentrate",
        "text": "TOKYO, June 13 (Reuters) - Japan Bank for International Cooperation (JBIC) will lend "
        "$350 million to a joint venture developing a copper mine in Chile's Atacama region, the "
        "state lender said on Friday.\n\n"
        "Mitsubishi Materials agreed to buy half of the mine's copper concentrate for ten years, "
        "the company said in a separate statement.\n\n"
        "Nippon Export and Investment Insurance (NEXI) will insure part of a commercial bank loan "
        "for the mine, JBIC said, without giving an amount.\n\n"
        '"The $350 million loan secures copper for Japanese smelters at a time when concentrate is '
        'scarce," a JBIC official told reporters.\n\n'
        "Japanese smelters have struggled since treatment charges fell below zero in 2024. JBIC "
        "was among the lenders to Teck's Quebrada Blanca expansion in 2019, and Japanese trading "
        "houses have held stakes in Chilean copper since the 1990s.\n\n"
        "Copper traded at about $9,700 a tonne on the London Metal Exchange on Friday.",
        "commitments": [
            _c(
                "JBIC",
                "JP",
                "loan",
                "350000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
                announced_on=date(2025, 6, 13),
            ),
            _c(
                "Mitsubishi Materials",
                "JP",
                "offtake",
                None,
                minerals=["copper"],
                announced_on=date(2025, 6, 13),
            ),
            _c("NEXI", "JP", "guarantee", None, announced_on=date(2025, 6, 13)),
        ],
    },
    {
        "id": "b9-art-seoul-korea-zinc-antimony",
        "kind": "article",
        "headline": "Korea Zinc to invest 950 billion won in antimony and indium refinery",
        "text": "SEOUL\nJune 4, 2025\n\n"
        "Korea Zinc will invest 950 billion won in a refinery at Onsan that will produce antimony "
        "and indium for defence and semiconductor customers, the company said on Wednesday.\n\n"
        "The Public Procurement Service will buy antimony from the plant for the national stockpile, "
        "a government official said.\n\n"
        "Korea Zinc has produced small amounts of both metals as by-products of zinc smelting since "
        "the 1980s. In 2023 the government listed antimony among 33 critical minerals, and in 2024 "
        "China restricted antimony exports.\n\n"
        '"A 950 billion won investment means Korea no longer depends on one country for antimony," '
        "Korea Zinc's chairman said.\n\n"
        "Construction is due to begin in the autumn.",
        "commitments": [
            _c(
                "Korea Zinc",
                "KR",
                "equity",
                "950000000000",
                "KRW",
                minerals=["antimony", "indium"],
                announced_on=date(2025, 6, 4),
            ),
            _c(
                "Public Procurement Service",
                "KR",
                "stockpile",
                None,
                minerals=["antimony"],
                announced_on=date(2025, 6, 4),
            ),
        ],
    },
    {
        "id": "b9-art-luxembourg-eib-vulcan",
        "kind": "article",
        "headline": "EIB lends €300 million to Vulcan Energy for Lionheart lithium project",
        "text": "LUXEMBOURG, 11 June 2025 — The European Investment Bank (EIB) will lend €300 "
        "million to Vulcan Energy for the Lionheart lithium project in the Upper Rhine Valley, the "
        "bank said today.\n\n"
        "Mercedes-Benz has agreed to buy lithium hydroxide from Vulcan Energy for five years.\n\n"
        '"This €300 million loan builds a European source of lithium with a low carbon footprint," '
        "an EIB Vice-President said.\n\n"
        "Vulcan Energy has drilled geothermal wells in the region since 2021, and in 2023 it "
        "produced its first lithium chloride at a pilot plant in Landau.\n\n"
        "The EU's Critical Raw Materials Act, adopted in 2024, aims to refine 40% of the bloc's "
        "needs in Europe by 2030. Lithium hydroxide prices have fallen by more than two-thirds "
        "since late 2022.",
        "commitments": [
            _c(
                "EIB",
                "EU",
                "loan",
                "300000000",
                "EUR",
                counterparty="Vulcan Energy",
                minerals=["lithium"],
                project="Lionheart lithium project",
                announced_on=date(2025, 6, 11),
            ),
            _c(
                "Mercedes-Benz",
                "DE",
                "offtake",
                None,
                counterparty="Vulcan Energy",
                minerals=["lithium"],
                announced_on=date(2025, 6, 11),
            ),
        ],
    },
    {
        "id": "b9-art-riyadh-maaden-sidf",
        "kind": "article",
        "headline": "Ma'aden to build rare earth separation plant with SIDF loan",
        "text": "RIYADH, June 15 (Reuters) - Saudi Arabian Mining Company (Ma'aden) will invest SAR "
        "1.1 billion in a rare earth separation plant at Ras Al Khair, the company said on Sunday.\n\n"
        "The Saudi Industrial Development Fund (SIDF) will lend a further SAR 1.5 billion for the "
        "plant, which is due to produce neodymium and praseodymium oxides from 2028.\n\n"
        "Ma'aden set up its Manara Minerals venture with the Public Investment Fund in 2023 to buy "
        "stakes in mines abroad, and in 2024 Manara bought a tenth of Vale's base metals unit.\n\n"
        '"The SIDF loan of SAR 1.5 billion shows the kingdom is serious about processing, not just '
        'mining," an SIDF executive said.\n\n'
        "Ma'aden shares were flat in Riyadh. The kingdom puts the value of its untapped minerals at "
        "$2.5 trillion.",
        "commitments": [
            _c(
                "Ma'aden",
                "SA",
                "equity",
                "1100000000",
                "SAR",
                announced_on=date(2025, 6, 15),
            ),
            _c(
                "SIDF",
                "SA",
                "loan",
                "1500000000",
                "SAR",
                announced_on=date(2025, 6, 15),
            ),
        ],
    },
    {
        "id": "b9-art-lusaka-zccm-refinery",
        "kind": "article",
        "headline": "ZCCM-IH takes stake in Chingola copper-cobalt refinery",
        "text": "LUSAKA, Zambia — 9 June 2025 — ZCCM Investments Holdings (ZCCM-IH) will invest $75 "
        "million for a 20% stake in a copper and cobalt refinery planned at Chingola, the state "
        "mining investment company said on Monday.\n\n"
        "India's Hindalco agreed to buy copper cathode from the refinery for seven years, the "
        "company said.\n\n"
        "The refinery sits on the Lobito Corridor, the rail route to Angola's Atlantic coast that the "
        "United States and the European Union agreed to support in 2023.\n\n"
        '"This $75 million stake keeps Zambians at the table when our copper is refined," '
        "ZCCM-IH's chief executive said.\n\n"
        "ZCCM-IH took over Mopani Copper Mines from Glencore in 2021 and sold 51% of it to an Abu "
        "Dhabi company in 2024. Zambia wants to triple copper output to 3 million tonnes a year by "
        "2031.",
        "commitments": [
            _c(
                "ZCCM-IH",
                "ZM",
                "equity",
                "75000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 9),
            ),
            _c(
                "Hindalco",
                "IN",
                "offtake",
                None,
                minerals=["copper"],
                announced_on=date(2025, 6, 9),
            ),
        ],
    },
    {
        "id": "b9-art-new-delhi-recycling-scheme",
        "kind": "article",
        "headline": "Centre approves ₹1,500 crore incentive scheme for critical mineral recycling",
        "text": "New Delhi, 18 June 2025 (PIB)\n\n"
        "The Ministry of Mines will provide ₹1,500 crore in incentives to companies that recover "
        "lithium, cobalt and rare earths from battery scrap and electronic waste, the ministry said "
        "on Wednesday.\n\n"
        "State-run IREL will invest ₹1,200 crore in a rare earth permanent magnet plant at "
        "Visakhapatnam, the ministry added.\n\n"
        "The National Critical Mineral Mission, approved in January 2025, has already auctioned "
        "dozens of mineral blocks. In 2023 India identified 30 critical minerals.\n\n"
        '"The ₹1,500 crore scheme will turn our e-waste into a source of lithium and cobalt," the '
        "Minister of Mines said.\n\n"
        "India imports nearly all of its lithium and cobalt.",
        "commitments": [
            _c(
                "Ministry of Mines",
                "IN",
                "grant",
                "15000000000",
                "INR",
                minerals=["cobalt", "lithium", "rare-earths"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "IREL",
                "IN",
                "equity",
                "12000000000",
                "INR",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b9-art-undated-dod-usa-rare-earth",
        "kind": "article",
        "headline": "USA Rare Earth lands $75 million Defense Department award for Oklahoma magnet plant",
        "text": "The Department of Defense will award $75 million to USA Rare Earth to build a "
        "neodymium magnet plant in Stillwater, Oklahoma, the company said.\n\n"
        "General Motors agreed to buy magnets from the Stillwater plant for its electric trucks.\n\n"
        "The Pentagon has funded rare earth projects since 2020, when it backed a separation plant "
        "in Texas, and in 2023 it paid for a study of heavy rare earth supply.\n\n"
        '"The $75 million award means magnets for American missiles will be made in Oklahoma," '
        "USA Rare Earth's chief executive said.\n\n"
        "The plant is expected to start production next year. USA Rare Earth did not say how much "
        "it would pay for feedstock.",
        "commitments": [
            _c(
                "Department of Defense",
                "US",
                "grant",
                "75000000",
                "USD",
                counterparty="USA Rare Earth",
                minerals=["neodymium"],
            ),
            _c("General Motors", "US", "offtake", None),
        ],
    },
    {
        "id": "b9-art-london-graphite-analysis",
        "kind": "article",
        "headline": "Analysis: Western graphite anode plants keep stalling. Money is not the only reason",
        "text": "LONDON, June 18 (Reuters) - Western governments have spent three years promising to "
        "break China's grip on graphite anodes. Few plants have been built.\n\n"
        "Natural graphite flake sells for about $500 a tonne in China, while a Western anode plant "
        "needs several times that to break even, bankers say.\n\n"
        "In 2022 the United States passed tax credits for battery materials, and in 2023 China "
        "began requiring export permits for some graphite products. Several European projects "
        "announced since then have been delayed or cancelled.\n\n"
        "Could export credit agencies fill the gap? Some analysts think so. Others say loans cannot "
        "fix a price that sits below cost.\n\n"
        '"Nobody wants to be the first to build at a loss," said a battery analyst in London. '
        '"A price floor would help, but nobody has offered one."\n\n'
        "Syrah Resources, Talga and Nouveau Monde Graphite have all said they need more customers "
        "before they expand.",
        "commitments": [],
    },
    {
        "id": "b9-art-astana-kazakhstan-germany",
        "kind": "article",
        "headline": "Kazakhstan and Germany sign rare earths and tungsten pact; Tau-Ken Samruk to invest in "
        "Boguty",
        "text": "ASTANA, 2 June 2025 (Kazinform) — Kazakhstan signed a memorandum of understanding with "
        "Germany on rare earths and tungsten during a visit by the German economy minister, the "
        "government said on Monday.\n\n"
        "Tau-Ken Samruk will invest KZT 45 billion in a tungsten concentrator at the Boguty deposit "
        "in Almaty region, the national mining company said.\n\n"
        "Kazakhstan and the European Union signed a strategic partnership on raw materials in 2022, "
        "and in 2024 geologists reported large rare earth deposits in the Karaganda region.\n\n"
        '"The KZT 45 billion concentrator will make Kazakhstan a tungsten supplier to Europe," '
        "Tau-Ken Samruk's chairman said.\n\n"
        "Germany imports most of its tungsten from China and Austria. Kazakhstan already produces "
        "about 40% of the world's uranium.",
        "commitments": [
            _c(
                "KZ",
                "KZ",
                "mou",
                None,
                counterparty="DE",
                minerals=["rare-earths", "tungsten"],
                announced_on=date(2025, 6, 2),
            ),
            _c(
                "DE",
                "DE",
                "mou",
                None,
                counterparty="KZ",
                minerals=["rare-earths", "tungsten"],
                announced_on=date(2025, 6, 2),
            ),
            _c(
                "Tau-Ken Samruk",
                "KZ",
                "equity",
                "45000000000",
                "KZT",
                minerals=["tungsten"],
                announced_on=date(2025, 6, 2),
            ),
        ],
    },
    {
        "id": "b9-art-paris-france-defence-stockpile",
        "kind": "article",
        "headline": "France to stockpile critical metals for its arms industry",
        "text": "PARIS, June 6 (AFP) - France will build a strategic stockpile of gallium, germanium "
        "and tungsten for its defence industry, the armed forces ministry said on Friday.\n\n"
        "Bpifrance will also take a €40 million stake in a gallium recovery plant at Salindres, the "
        "ministry said.\n\n"
        "France kept a strategic metals reserve from 1975 until the 1990s, when it was sold off. "
        "In 2022 the government set up OFREMI, an observatory of mineral supply risks.\n\n"
        '"Our arms makers cannot wait for China to decide whether they get gallium," the minister '
        "said, adding that the €40 million stake would secure a French source.\n\n"
        "Thales and Safran have warned of shortages of several metals since China tightened export "
        "controls in 2023.",
        "commitments": [
            _c(
                "FR",
                "FR",
                "stockpile",
                None,
                minerals=["gallium", "germanium", "tungsten"],
                announced_on=date(2025, 6, 6),
            ),
            _c(
                "Bpifrance",
                "FR",
                "equity",
                "40000000",
                "EUR",
                minerals=["gallium"],
                announced_on=date(2025, 6, 6),
            ),
        ],
    },
    {
        "id": "b9-art-stockholm-undated-boliden-ekn",
        "kind": "article",
        "headline": "Boliden gets export credit cover for Finnish nickel expansion",
        "text": "STOCKHOLM (Reuters) - EKN will guarantee SEK 2 billion of loans to Boliden for "
        "expanding its nickel and cobalt refinery at Harjavalta in Finland, the Swedish miner said.\n\n"
        "Boliden said the guarantee was subject to a final credit decision.\n\n"
        '"The SEK 2 billion guarantee lets us lift nickel output by a third," Boliden\'s chief '
        "executive said.\n\n"
        "Boliden completed its purchase of Harjavalta from Norilsk Nickel in 2024. "
        "Finland's Terrafame and Boliden together produce most of the Nordic region's nickel. The "
        "Harjavalta refinery employs about 200 people.",
        "commitments": [
            _c(
                "EKN",
                "SE",
                "guarantee",
                "2000000000",
                "SEK",
                counterparty="Boliden",
                minerals=["cobalt", "nickel"],
                status="conditional",
            )
        ],
    },
    {
        "id": "b9-art-ottawa-fund-edc-nmg-long",
        "kind": "article",
        "headline": "Canada launches C$2 billion critical minerals fund, EDC lends to Quebec graphite mine",
        "text": "OTTAWA, Thursday 19 June 2025 (Reuters) - Canada will set up a C$2 billion sovereign "
        "fund to take equity stakes in critical minerals mines and processing plants, Finance Minister "
        "François-Philippe Champagne said on Thursday, two days after G7 leaders met in Kananaskis.\n\n"
        "Export Development Canada will lend $400 million to Nouveau Monde Graphite for its Matawinie "
        "graphite project in Quebec, Champagne added.\n\n"
        "The United Kingdom and Canada also signed a memorandum of understanding on rare earth "
        "processing and recycling, Britain's High Commission said in a statement.\n\n"
        '"A C$2 billion fund means Canadians will own a share of the mines and refineries we are '
        'asking the world to buy from," Champagne told reporters. "We will not be price takers '
        'forever."\n\n'
        "The fund will be run at arm's length from government and is expected to make its first "
        "investments next year, officials said. They did not say which minerals it would favour.\n\n"
        "Nouveau Monde Graphite shares rose 8% in Toronto. The company has said it needs about "
        "US$1 billion to build its mine and a battery anode plant in Bécancour.\n\n"
        "BACKGROUND\n\n"
        "Ottawa set aside C$3.8 billion for its critical minerals strategy in 2022, and in the same "
        "year ordered three Chinese companies to sell their stakes in Canadian lithium juniors. "
        "In 2024 Panasonic Energy agreed to buy graphite from Matawinie, and Canada has imposed a "
        "surtax on Chinese electric vehicles since October 2024.\n\n"
        "Graphite prices have fallen by about a third since 2022, which has made Western projects "
        "hard to finance. Some analysts question whether a state fund can change that.\n\n"
        '"Is C$2 billion enough? Probably not on its own," said a mining analyst in Toronto. '
        '"But it tells private investors that Ottawa will be in the room."\n\n'
        "Japan's JOGMEC is also said to be looking at a stake in Matawinie, according to two people "
        "familiar with the matter, though no talks have been confirmed.\n\n"
        "The G7 Critical Minerals Action Plan, agreed in Kananaskis, calls for standards-based "
        "markets but sets no spending target.",
        "commitments": [
            _c("CA", "CA", "equity", "2000000000", "CAD", announced_on=date(2025, 6, 19)),
            _c(
                "Export Development Canada",
                "CA",
                "loan",
                "400000000",
                "CAD",
                currency_inferred=True,
                counterparty="Nouveau Monde Graphite",
                minerals=["graphite"],
                project="Matawinie graphite project",
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "GB",
                "GB",
                "mou",
                None,
                counterparty="CA",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "CA",
                "CA",
                "mou",
                None,
                counterparty="GB",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-9"

# Filled in by the lead after the one scoring run (2026-11-30, 20:36 UTC: 102 of 124 exact); the
# cases stay as written.
BLIND9_MISSES: dict[str, str] = {
    "b9-verb-uzbekistan-mou-japan": "expected 2 commitments, got 1: a convention this batch decided"
    ' alone; the main corpus ("KABIL signed an MoU with CAMYEN") and batches 6 to 8 (Ghana with'
    ' Saudi Arabia, Japan with Namibia) log "A signed an MoU with B" as one draft, A\'s, with B as'
    ' counterparty, and only "A and B signed" as one draft per signatory',
}
