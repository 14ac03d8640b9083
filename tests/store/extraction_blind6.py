"""Blind batch 6 ("set": "blind-6"): written from the sentences alone, before the reader was run on
them, by someone who had not read the reader's code or its organisations table; never used to
tune it.

Same case format as tests/store/extraction_corpus.py. Names the cases refer to that the main
corpus does not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA. Relative dates are
read against the corpus's TODAY (Friday 20 June 2025); an article's dateline is its date and
dates its commitments.

Expectations follow the rules set for this batch: the grammatical subject is the actor; an
organisation keeps its name (the short form when the text gives one; the EIB stays "EIB" and the
European Commission "European Commission", both with country "EU"); a government, country,
capital or leader is its ISO code; the verb decides the instrument when no instrument word is
given; several actors give one draft each, in the order named ("each" repeats the amount,
"jointly"/"together" leave it on the first only); a range or "up to" keeps its ceiling, flagged;
a bare "$" is the actor's own dollar (flagged as inferred) when the actor is Canadian,
Australian, New Zealand, Singaporean, Hong Kong or Taiwanese, and USD otherwise; "rare-earths"
only when rare earths are named generically and no single rare-earth element is named; an MoU's
counterparty is the other country's ISO code.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Kabanga nickel project",
    "Songwe Hill rare earths project",
    "Lofdal heavy rare earths project",
    "Ewoyaa lithium project",
    "Keliber lithium project",
    "Browns Range heavy rare earths project",
    "Caldeira rare earths project",
    "Norra Kärr rare earths project",
    "Mahenge graphite project",
    "Crawford nickel project",
    "PAK lithium project",
    "Dubbo rare earths project",
    "Serra Verde rare earths mine",
    "Vicuña copper project",
    "Rose lithium-tantalum project",
    "Pilot Mountain tungsten project",
    "Salares Altoandinos lithium project",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Lobito Corridor",
    "RESourceEU",
    "Critical Minerals Development Program",
    "Critical Minerals Infrastructure Fund",
    "France 2030",
]


_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b6-org-sace-guarantee",
        "text": "SACE will guarantee €140 million of a bank loan for a lithium hydroxide converter "
        "being built near Ravenna.",
        "commitments": [
            _c("SACE", "IT", "guarantee", "140000000", "EUR", minerals=["lithium"], project=None)
        ],
    },
    {
        "id": "b6-org-cofides-stake",
        "text": "COFIDES is taking a €18m stake in a start-up in Tarragona that recovers cobalt and "
        "nickel from spent batteries.",
        "commitments": [_c("COFIDES", "ES", "equity", "18000000", "EUR", minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b6-org-oekb-loan",
        "text": "OeKB will lend EUR 55 million to finance Austrian crushing equipment for a graphite "
        "mine in Mozambique.",
        "commitments": [_c("OeKB", "AT", "loan", "55000000", "EUR", minerals=["graphite"])],
    },
    {
        "id": "b6-org-egap-cover",
        "text": "EGAP is providing export credit cover of CZK 1.4 billion for a Czech-built lithium "
        "processing line going to Chile.",
        "commitments": [_c("EGAP", "CZ", "guarantee", "1400000000", "CZK", minerals=["lithium"])],
    },
    {
        "id": "b6-org-swedfund-monday",
        "text": "Swedfund invests $12 million in a Zambian copper recycler, the fund said on Monday.",
        "commitments": [
            _c(
                "Swedfund",
                "SE",
                "equity",
                "12000000",
                "USD",
                minerals=["copper"],
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b6-org-finnfund-loan",
        "text": "Finnfund will lend €20m to a Tanzanian graphite processor.",
        "commitments": [_c("Finnfund", "FI", "loan", "20000000", "EUR", minerals=["graphite"])],
    },
    {
        "id": "b6-org-smartcap-narva",
        "text": "SmartCap is putting €5 million into an Estonian start-up making rare earth magnets "
        "in Narva.",
        "commitments": [_c("SmartCap", "EE", "equity", "5000000", "EUR", minerals=["rare-earths"])],
    },
    {
        "id": "b6-org-kdb-ecopro",
        "text": "KDB has agreed to lend ₩420bn to EcoPro BM for a nickel cathode precursor plant in Pohang.",
        "commitments": [
            _c(
                "KDB",
                "KR",
                "loan",
                "420000000000",
                "KRW",
                counterparty="EcoPro BM",
                minerals=["nickel"],
            )
        ],
    },
    {
        "id": "b6-org-dbj-scandium",
        "text": "DBJ will take a ¥6bn stake in a Japanese venture refining scandium oxide in the "
        "Philippines.",
        "commitments": [_c("DBJ", "JP", "equity", "6000000000", "JPY", minerals=["scandium"])],
    },
    {
        "id": "b6-org-pif-yanbu",
        "text": "The Public Investment Fund (PIF) is investing $500m in a copper smelter at Yanbu.",
        "commitments": [_c("PIF", "SA", "equity", "500000000", "USD", minerals=["copper"])],
    },
    {
        "id": "b6-org-qia-chile",
        "text": "QIA has bought a $350 million stake in a Chilean lithium producer, people familiar "
        "with the deal said.",
        "commitments": [_c("QIA", "QA", "equity", "350000000", "USD", minerals=["lithium"])],
    },
    {
        "id": "b6-org-adia-nickel",
        "text": "ADIA will put $400m into a Canadian nickel miner's mill expansion.",
        "commitments": [_c("ADIA", "AE", "equity", "400000000", "USD", minerals=["nickel"])],
    },
    {
        "id": "b6-org-afd-madagascar",
        "text": "AFD is granting €9 million to Madagascar's mines ministry to map graphite deposits.",
        "commitments": [_c("AFD", "FR", "grant", "9000000", "EUR", minerals=["graphite"])],
    },
    {
        "id": "b6-org-proparco-senegal",
        "text": "Proparco lends $30mn to a Senegalese mineral sands miner producing titanium feedstock",
        "commitments": [_c("Proparco", "FR", "loan", "30000000", "USD", minerals=["titanium"])],
    },
    {
        "id": "b6-org-bii-rwanda",
        "text": "British International Investment (BII) will invest $40m in a tantalum processor in Rwanda.",
        "commitments": [_c("BII", "GB", "equity", "40000000", "USD", minerals=["tantalum"])],
    },
    {
        "id": "b6-org-cgf-thunder-bay",
        "text": "The Canada Growth Fund (CGF) is investing C$100 million in a lithium refinery in "
        "Thunder Bay.",
        "commitments": [_c("CGF", "CA", "equity", "100000000", "CAD", minerals=["lithium"])],
    },
    {
        "id": "b6-org-hindalco-crore",
        "text": "Hindalco will invest ₹2,500 crore in a copper recycling plant in Gujarat.",
        "commitments": [_c("Hindalco", "IN", "equity", "25000000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b6-org-lkab-kiruna",
        "text": "LKAB will invest SEK 3 billion in a rare earth oxide plant in Kiruna.",
        "commitments": [_c("LKAB", "SE", "equity", "3000000000", "SEK", minerals=["rare-earths"])],
    },
    # --- (2) several actors ---
    {
        "id": "b6-multi-fi-ee-each",
        "text": "Finland and Estonia each pledged €15 million in grants for a Baltic rare earth "
        "magnet recycling hub.",
        "commitments": [
            _c("FI", "FI", "grant", "15000000", "EUR", minerals=["rare-earths"]),
            _c("EE", "EE", "grant", "15000000", "EUR", minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b6-multi-jp-kr-stockpile",
        "text": "Japan and South Korea will jointly stockpile antimony and tungsten for their "
        "chipmakers, officials said.",
        "commitments": [
            _c("JP", "JP", "stockpile", None, minerals=["antimony", "tungsten"]),
            _c("KR", "KR", "stockpile", None, minerals=["antimony", "tungsten"]),
        ],
    },
    {
        "id": "b6-multi-mitsui-jogmec-together",
        "text": "Mitsui and JOGMEC will together invest A$230 million in IGO's planned nickel "
        "sulphate refinery in Western Australia.",
        "commitments": [
            _c("Mitsui", "JP", "equity", "230000000", "AUD", counterparty="IGO", minerals=["nickel"]),
            _c("JOGMEC", "JP", "equity", None, counterparty="IGO", minerals=["nickel"]),
        ],
    },
    {
        "id": "b6-multi-three-ecas-each",
        "text": "EDC, UKEF and Bpifrance will each provide US$100 million of cover for the Crawford "
        "nickel project in Ontario.",
        "commitments": [
            _c(
                "EDC",
                "CA",
                "guarantee",
                "100000000",
                "USD",
                minerals=["nickel"],
                project="Crawford nickel project",
            ),
            _c(
                "UKEF",
                "GB",
                "guarantee",
                "100000000",
                "USD",
                minerals=["nickel"],
                project="Crawford nickel project",
            ),
            _c(
                "Bpifrance",
                "FR",
                "guarantee",
                "100000000",
                "USD",
                minerals=["nickel"],
                project="Crawford nickel project",
            ),
        ],
    },
    {
        "id": "b6-multi-de-it-jointly-fund",
        "text": "Germany and Italy will jointly fund a €250 million programme to recover gallium and "
        "germanium from electronic scrap.",
        "commitments": [
            _c("DE", "DE", "grant", "250000000", "EUR", minerals=["gallium", "germanium"]),
            _c("IT", "IT", "grant", None, minerals=["gallium", "germanium"]),
        ],
    },
    {
        "id": "b6-multi-nysno-investinor-each",
        "text": "Nysnø and Investinor each invested NOK 100 million in a graphite anode start-up in "
        "Mo i Rana.",
        "commitments": [
            _c("Nysnø", "NO", "equity", "100000000", "NOK", minerals=["graphite"]),
            _c("Investinor", "NO", "equity", "100000000", "NOK", minerals=["graphite"]),
        ],
    },
    {
        "id": "b6-multi-mubadala-adq-jointly",
        "text": "Mubadala and ADQ are jointly putting $800m into a Brazilian nickel and copper miner.",
        "commitments": [
            _c("Mubadala", "AE", "equity", "800000000", "USD", minerals=["copper", "nickel"]),
            _c("ADQ", "AE", "equity", None, minerals=["copper", "nickel"]),
        ],
    },
    {
        "id": "b6-multi-nalco-hcl-each",
        "text": "NALCO and Hindustan Copper will each put Rs 600 crore into a copper exploration "
        "venture in Chile.",
        "commitments": [
            _c("NALCO", "IN", "equity", "6000000000", "INR", minerals=["copper"]),
            _c("Hindustan Copper", "IN", "equity", "6000000000", "INR", minerals=["copper"]),
        ],
    },
    {
        "id": "b6-multi-three-capitals-floor",
        "text": "Washington, London and Ottawa will together set a price floor for NdPr oxide from "
        "allied producers.",
        "commitments": [
            _c("US", "US", "price-floor", None, minerals=["ndpr"]),
            _c("GB", "GB", "price-floor", None, minerals=["ndpr"]),
            _c("CA", "CA", "price-floor", None, minerals=["ndpr"]),
        ],
    },
    {
        "id": "b6-multi-tt-hanwa-each-offtake",
        "text": "Toyota Tsusho and Hanwa each agreed to buy 2,000 tonnes a year of lithium carbonate "
        "from Atlantic Lithium's Ewoyaa lithium project in Ghana.",
        "commitments": [
            _c(
                "Toyota Tsusho",
                "JP",
                "offtake",
                None,
                counterparty="Atlantic Lithium",
                minerals=["lithium"],
                project="Ewoyaa lithium project",
            ),
            _c(
                "Hanwa",
                "JP",
                "offtake",
                None,
                counterparty="Atlantic Lithium",
                minerals=["lithium"],
                project="Ewoyaa lithium project",
            ),
        ],
    },
    {
        "id": "b6-multi-dfc-eib-lobito",
        "text": "The DFC and the EIB will jointly lend $600 million to a copper and cobalt producer "
        "on the Lobito Corridor in Zambia.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "loan",
                "600000000",
                "USD",
                minerals=["cobalt", "copper"],
                initiative="Lobito Corridor",
            ),
            _c("EIB", "EU", "loan", None, minerals=["cobalt", "copper"], initiative="Lobito Corridor"),
        ],
    },
    {
        "id": "b6-multi-bhp-lundin-jointly",
        "text": "BHP and Lundin Mining are jointly investing US$1.1bn in a concentrator for the "
        "Vicuña copper project in Argentina.",
        "commitments": [
            _c(
                "BHP",
                "AU",
                "equity",
                "1100000000",
                "USD",
                minerals=["copper"],
                project="Vicuña copper project",
            ),
            _c("Lundin Mining", "CA", "equity", None, minerals=["copper"], project="Vicuña copper project"),
        ],
    },
    # --- (3) the subject is the actor, wherever the thing is ---
    {
        "id": "b6-subj-itochu-kabanga",
        "text": "Itochu agreed to buy half of the nickel from Lifezone Metals' Kabanga nickel project "
        "in Tanzania.",
        "commitments": [
            _c(
                "Itochu",
                "JP",
                "offtake",
                None,
                counterparty="Lifezone Metals",
                minerals=["nickel"],
                project="Kabanga nickel project",
            )
        ],
    },
    {
        "id": "b6-subj-orano-khnp",
        "text": "Orano agreed to supply KHNP with enriched uranium from 2028.",
        "commitments": [_c("Orano", "FR", "offtake", None, counterparty="KHNP", minerals=["uranium"])],
    },
    {
        "id": "b6-subj-keliber-received-eib",
        "text": "Keliber received a €150m loan from the EIB for the Keliber lithium project in Finland.",
        "commitments": [
            _c(
                "EIB",
                "EU",
                "loan",
                "150000000",
                "EUR",
                counterparty="Keliber",
                minerals=["lithium"],
                project="Keliber lithium project",
            )
        ],
    },
    {
        "id": "b6-subj-northern-won-arena",
        "text": "Northern Minerals has won an A$20 million grant from ARENA for its Browns Range heavy "
        "rare earths project.",
        "commitments": [
            _c(
                "ARENA",
                "AU",
                "grant",
                "20000000",
                "AUD",
                counterparty="Northern Minerals",
                minerals=["heavy-rare-earths"],
                project="Browns Range heavy rare earths project",
            )
        ],
    },
    {
        "id": "b6-subj-meteoric-secured-exim",
        "text": "Meteoric Resources secured a letter of interest from EXIM for up to US$250 million "
        "for its Caldeira rare earths project in Brazil.",
        "commitments": [
            _c(
                "EXIM",
                "US",
                "letter-of-interest",
                "250000000",
                "USD",
                amount_is_ceiling=True,
                counterparty="Meteoric Resources",
                minerals=["rare-earths"],
                project="Caldeira rare earths project",
            )
        ],
    },
    {
        "id": "b6-subj-in-namibia-jogmec",
        "text": "In Namibia, JOGMEC is investing ¥2bn in the Lofdal heavy rare earths project.",
        "commitments": [
            _c(
                "JOGMEC",
                "JP",
                "equity",
                "2000000000",
                "JPY",
                minerals=["heavy-rare-earths"],
                project="Lofdal heavy rare earths project",
            )
        ],
    },
    {
        "id": "b6-subj-sqm-hyundai",
        "text": "SQM agreed to supply lithium hydroxide to Hyundai Motor for five years from 2026.",
        "commitments": [_c("SQM", "CL", "offtake", None, counterparty="Hyundai Motor", minerals=["lithium"])],
    },
    {
        "id": "b6-subj-stellantis-element25",
        "text": "Stellantis has agreed to buy high-purity manganese sulphate from Element 25's "
        "refinery in Louisiana.",
        "commitments": [
            _c("Stellantis", "NL", "offtake", None, counterparty="Element 25", minerals=["manganese"])
        ],
    },
    {
        "id": "b6-subj-mercedes-rock-tech",
        "text": "Mercedes-Benz agreed to buy lithium hydroxide from Rock Tech Lithium's converter in "
        "Guben, Brandenburg.",
        "commitments": [
            _c("Mercedes-Benz", "DE", "offtake", None, counterparty="Rock Tech Lithium", minerals=["lithium"])
        ],
    },
    {
        "id": "b6-subj-glencore-umicore",
        "text": "Glencore agreed to supply cobalt hydroxide from its Congolese mines to Umicore's "
        "refinery in Kokkola, Finland.",
        "commitments": [_c("Glencore", "CH", "offtake", None, counterparty="Umicore", minerals=["cobalt"])],
    },
    {
        "id": "b6-subj-songwe-dfc",
        "text": "For the Songwe Hill rare earths project in Malawi, the DFC will lend $70 million to "
        "Mkango Resources.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "loan",
                "70000000",
                "USD",
                counterparty="Mkango Resources",
                minerals=["rare-earths"],
                project="Songwe Hill rare earths project",
            )
        ],
    },
    {
        "id": "b6-subj-posco-intl-mahenge",
        "text": "POSCO International agreed to buy 40,000 tonnes a year of flake graphite from Black "
        "Rock Mining's Mahenge graphite project in Tanzania.",
        "commitments": [
            _c(
                "POSCO International",
                "KR",
                "offtake",
                None,
                counterparty="Black Rock Mining",
                minerals=["graphite"],
                project="Mahenge graphite project",
            )
        ],
    },
    {
        "id": "b6-subj-passive-swedish-energy-agency",
        "text": "A SEK 40 million grant for the Norra Kärr rare earths project was awarded by the "
        "Swedish Energy Agency on Thursday.",
        "commitments": [
            _c(
                "Swedish Energy Agency",
                "SE",
                "grant",
                "40000000",
                "SEK",
                minerals=["rare-earths"],
                project="Norra Kärr rare earths project",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b6-subj-sibanye-jm",
        "text": "Sibanye-Stillwater agreed to supply PGMs to Johnson Matthey's catalyst plant in Royston.",
        "commitments": [
            _c(
                "Sibanye-Stillwater",
                "ZA",
                "offtake",
                None,
                counterparty="Johnson Matthey",
                minerals=["platinum-group-metals"],
            )
        ],
    },
    # --- (4) the instrument from the verb ---
    {
        "id": "b6-verb-boliden-put-into",
        "text": "Boliden will put SEK 800m into recovering copper and zinc from old tailings at Rönnskär.",
        "commitments": [_c("Boliden", "SE", "equity", "800000000", "SEK", minerals=["copper", "zinc"])],
    },
    {
        "id": "b6-verb-tesi-stake",
        "text": "Tesi takes a €10m stake in a Finnish start-up refining lithium from Kaustinen ore",
        "commitments": [_c("Tesi", "FI", "equity", "10000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b6-verb-sif-awarded",
        "text": "Canada's Strategic Innovation Fund awarded C$27 million to a Quebec company producing "
        "high-purity silicon.",
        "commitments": [
            _c("Strategic Innovation Fund", "CA", "grant", "27000000", "CAD", minerals=["silicon"])
        ],
    },
    {
        "id": "b6-verb-dod-awarded-antimony",
        "text": "The Department of Defense (DoD) awarded $14.3m to a Nevada company to produce "
        "antimony trisulfide.",
        "commitments": [_c("DoD", "US", "grant", "14300000", "USD", minerals=["antimony"])],
    },
    {
        "id": "b6-verb-jbic-credit-facility",
        "text": "JBIC has extended a $180 million credit facility to Sumitomo Metal Mining for a "
        "nickel refinery in the Philippines.",
        "commitments": [
            _c(
                "JBIC",
                "JP",
                "loan",
                "180000000",
                "USD",
                counterparty="Sumitomo Metal Mining",
                minerals=["nickel"],
            )
        ],
    },
    {
        "id": "b6-verb-kuke-guarantee",
        "text": "KUKE will guarantee PLN 350 million of KGHM's borrowing for new copper smelting furnaces.",
        "commitments": [
            _c("KUKE", "PL", "guarantee", "350000000", "PLN", counterparty="KGHM", minerals=["copper"])
        ],
    },
    {
        "id": "b6-verb-honda-entire-output",
        "text": "Honda agreed to buy the entire lithium hydroxide output of a converter Albemarle is "
        "building in South Carolina.",
        "commitments": [_c("Honda", "JP", "offtake", None, counterparty="Albemarle", minerals=["lithium"])],
    },
    {
        "id": "b6-verb-dla-stockpile",
        "text": "The Defense Logistics Agency (DLA) will buy $45 million of cobalt for the national "
        "stockpile.",
        "commitments": [_c("DLA", "US", "stockpile", "45000000", "USD", minerals=["cobalt"])],
    },
    {
        "id": "b6-verb-jp-floor-gallium",
        "text": "Japan will set a floor price for domestically refined gallium, METI said.",
        "commitments": [_c("JP", "JP", "price-floor", None, minerals=["gallium"])],
    },
    {
        "id": "b6-verb-ca-surtax-graphite",
        "text": "Canada will impose a 25% surtax on imports of Chinese graphite anode material from August.",
        "commitments": [_c("CA", "CA", "tariff", None, minerals=["graphite"])],
    },
    {
        "id": "b6-verb-sa-ma-mou",
        "text": "Saudi Arabia signed a memorandum of understanding with Morocco on copper and cobalt "
        "refining on Tuesday.",
        "commitments": [
            _c(
                "SA",
                "SA",
                "mou",
                None,
                counterparty="MA",
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b6-verb-saudi-exim-financing",
        "text": "Saudi EXIM will provide SAR 750 million of financing for a copper wire plant in Jubail.",
        "commitments": [_c("Saudi EXIM", "SA", "loan", "750000000", "SAR", minerals=["copper"])],
    },
    {
        "id": "b6-verb-mines-ministry-funding",
        "text": "The Ministry of Mines will provide ₹45 crore in funding for 12 start-ups working on "
        "rare earth separation and recycling.",
        "commitments": [_c("Ministry of Mines", "IN", "grant", "450000000", "INR", minerals=["rare-earths"])],
    },
    {
        "id": "b6-verb-nexi-insure",
        "text": "NEXI will insure a $400 million bank loan for the Mahenge graphite project.",
        "commitments": [
            _c(
                "NEXI",
                "JP",
                "guarantee",
                "400000000",
                "USD",
                minerals=["graphite"],
                project="Mahenge graphite project",
            )
        ],
    },
    {
        "id": "b6-verb-sojitz-number-words",
        "text": "Sojitz will invest twelve billion yen in a rare earths separation plant in Malaysia.",
        "commitments": [_c("Sojitz", "JP", "equity", "12000000000", "JPY", minerals=["rare-earths"])],
    },
    # --- (5) money in every form ---
    {
        "id": "b6-money-nok-after",
        "text": "Innovation Norway awards 45 million NOK to a silicon recycling pilot in Glomfjord.",
        "commitments": [_c("Innovation Norway", "NO", "grant", "45000000", "NOK", minerals=["silicon"])],
    },
    {
        "id": "b6-money-chf-before",
        "text": "SECO is granting CHF 8 million to a Peruvian programme tracing copper and zinc supply "
        "chains.",
        "commitments": [_c("SECO", "CH", "grant", "8000000", "CHF", minerals=["copper", "zinc"])],
    },
    {
        "id": "b6-money-brl-symbol",
        "text": "Finep will grant R$60 million to a research consortium developing niobium anodes.",
        "commitments": [_c("Finep", "BR", "grant", "60000000", "BRL", minerals=["niobium"])],
    },
    {
        "id": "b6-money-rs-crore",
        "text": "Coal India will invest Rs 1,650 crore in a synthetic graphite anode plant in Odisha.",
        "commitments": [_c("Coal India", "IN", "equity", "16500000000", "INR", minerals=["graphite"])],
    },
    {
        "id": "b6-money-lakh-rupee-sign",
        "text": "DST has sanctioned a grant of ₹75 lakh to IIT Madras for antimony recovery from e-waste.",
        "commitments": [
            _c("DST", "IN", "grant", "7500000", "INR", counterparty="IIT Madras", minerals=["antimony"])
        ],
    },
    {
        "id": "b6-money-words-euros-commission",
        "text": "The European Commission will award two hundred million euros in grants to rare "
        "earth magnet projects under RESourceEU.",
        "commitments": [
            _c(
                "European Commission",
                "EU",
                "grant",
                "200000000",
                "EUR",
                minerals=["rare-earths"],
                initiative="RESourceEU",
            )
        ],
    },
    {
        "id": "b6-money-range-efa",
        "text": "EFA will lend between A$150m and A$220m to a rare earths refinery near Geraldton.",
        "commitments": [
            _c("EFA", "AU", "loan", "220000000", "AUD", amount_is_ceiling=True, minerals=["rare-earths"])
        ],
    },
    {
        "id": "b6-money-range-short-form",
        "text": "Bpifrance will invest between €40 and €60 million in a gallium recovery unit in Salindres.",
        "commitments": [
            _c("Bpifrance", "FR", "equity", "60000000", "EUR", amount_is_ceiling=True, minerals=["gallium"])
        ],
    },
    {
        "id": "b6-money-up-to-ksure",
        "text": "K-SURE will insure up to ₩500bn of Korean battery makers' lithium and nickel "
        "purchase contracts.",
        "commitments": [
            _c(
                "K-SURE",
                "KR",
                "guarantee",
                "500000000000",
                "KRW",
                amount_is_ceiling=True,
                minerals=["lithium", "nickel"],
            )
        ],
    },
    {
        "id": "b6-money-bare-dollar-cib",
        "text": "The CIB will lend $300 million to Frontier Lithium for the PAK lithium project.",
        "commitments": [
            _c(
                "CIB",
                "CA",
                "loan",
                "300000000",
                "CAD",
                currency_inferred=True,
                counterparty="Frontier Lithium",
                minerals=["lithium"],
                project="PAK lithium project",
            )
        ],
    },
    {
        "id": "b6-money-bare-dollar-cefc",
        "text": "CEFC will put $75 million into a cobalt and nickel refinery planned near Geelong.",
        "commitments": [
            _c(
                "CEFC",
                "AU",
                "equity",
                "75000000",
                "AUD",
                currency_inferred=True,
                minerals=["cobalt", "nickel"],
            )
        ],
    },
    {
        "id": "b6-money-bare-dollar-edbi",
        "text": "EDBI is investing $30 million in a Singapore start-up that recycles nickel from "
        "scrap batteries.",
        "commitments": [
            _c("EDBI", "SG", "equity", "30000000", "SGD", currency_inferred=True, minerals=["nickel"])
        ],
    },
    {
        "id": "b6-money-bare-dollar-taiwan",
        "text": "Taiwan's National Development Fund will invest $2 billion in a gallium and germanium "
        "refinery in Kaohsiung.",
        "commitments": [
            _c(
                "National Development Fund",
                "TW",
                "equity",
                "2000000000",
                "TWD",
                currency_inferred=True,
                minerals=["gallium", "germanium"],
            )
        ],
    },
    {
        "id": "b6-money-bare-dollar-japanese",
        "text": "Mitsubishi Materials will invest $85m in a copper recycling plant in Ohio.",
        "commitments": [
            _c(
                "Mitsubishi Materials",
                "JP",
                "equity",
                "85000000",
                "USD",
                currency_inferred=False,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b6-money-aed",
        "text": "Mubadala is investing AED 1.1 billion in a gallium extraction line at an alumina "
        "refinery in Al Taweelah.",
        "commitments": [_c("Mubadala", "AE", "equity", "1100000000", "AED", minerals=["gallium"])],
    },
    {
        "id": "b6-money-gbp-mn",
        "text": "UKEF will provide a £75mn loan to a tungsten mine in Galicia.",
        "commitments": [_c("UKEF", "GB", "loan", "75000000", "GBP", minerals=["tungsten"])],
    },
    {
        "id": "b6-money-zar-symbol",
        "text": "The IDC will invest R500 million in a manganese smelter in the Northern Cape.",
        "commitments": [_c("IDC", "ZA", "equity", "500000000", "ZAR", minerals=["manganese"])],
    },
    {
        "id": "b6-money-clp",
        "text": "CORFO will grant CLP 4,500 million to a copper and lithium research centre in Antofagasta.",
        "commitments": [_c("CORFO", "CL", "grant", "4500000000", "CLP", minerals=["copper", "lithium"])],
    },
    {
        "id": "b6-money-usd-after",
        "text": "FMO will lend 45 million USD to a Ghanaian manganese miner.",
        "commitments": [_c("FMO", "NL", "loan", "45000000", "USD", minerals=["manganese"])],
    },
    {
        "id": "b6-money-krw-trillion",
        "text": "Samsung SDI will invest KRW 1.5 trillion in a lithium iron phosphate cathode line in Ulsan.",
        "commitments": [_c("Samsung SDI", "KR", "equity", "1500000000000", "KRW", minerals=["lithium"])],
    },
    {
        "id": "b6-money-usd-mn-explicit-au",
        "text": "IGO will put US$60mn into a nickel sulphate pilot run by a Perth start-up.",
        "commitments": [_c("IGO", "AU", "equity", "60000000", "USD", minerals=["nickel"])],
    },
    # --- (6) status words ---
    {
        "id": "b6-status-dfc-signed",
        "text": "DFC signed a $465 million loan agreement with Serra Verde Group on Wednesday for the "
        "Serra Verde rare earths mine in Goiás.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "loan",
                "465000000",
                "USD",
                counterparty="Serra Verde Group",
                minerals=["rare-earths"],
                project="Serra Verde rare earths mine",
                status="binding",
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    {
        "id": "b6-status-edc-conditional",
        "text": "EDC's C$250m loan to Canada Nickel for the Crawford nickel project is subject to a "
        "final environmental permit.",
        "commitments": [
            _c(
                "EDC",
                "CA",
                "loan",
                "250000000",
                "CAD",
                counterparty="Canada Nickel",
                minerals=["nickel"],
                project="Crawford nickel project",
                status="conditional",
            )
        ],
    },
    {
        "id": "b6-status-doe-considering",
        "text": "DOE is considering a loan of up to $1.1 billion for a lithium refinery in Texas, "
        "officials said.",
        "commitments": [
            _c(
                "DOE",
                "US",
                "loan",
                "1100000000",
                "USD",
                amount_is_ceiling=True,
                minerals=["lithium"],
                status="proposed",
            )
        ],
    },
    {
        "id": "b6-status-exim-final-approval",
        "text": "EXIM's board gave final approval on Thursday to a $210m loan for an antimony mine in Idaho.",
        "commitments": [
            _c(
                "EXIM",
                "US",
                "loan",
                "210000000",
                "USD",
                minerals=["antimony"],
                status="binding",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b6-status-kfw-closed",
        "text": "KfW closed its €300 million loan to Rock Tech Lithium on Monday.",
        "commitments": [
            _c(
                "KfW",
                "DE",
                "loan",
                "300000000",
                "EUR",
                counterparty="Rock Tech Lithium",
                minerals=["lithium"],
                status="binding",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b6-status-adq-needs-signoff",
        "text": "ADQ's $1.2bn stake in a Chilean copper miner still needs sign-off from Chile's "
        "competition regulator.",
        "commitments": [
            _c("ADQ", "AE", "equity", "1200000000", "USD", minerals=["copper"], status="conditional")
        ],
    },
    # --- no commitment ---
    {
        "id": "b6-none-question-sace",
        "text": "Has anyone seen the term sheet for the SACE guarantee on the Ravenna converter?",
        "commitments": [],
    },
    {
        "id": "b6-none-not-in-talks",
        "text": "JBIC says it is not in talks to finance the Kabanga nickel project.",
        "commitments": [],
    },
    {
        "id": "b6-none-background-2021",
        "text": "Back in 2021 KfW lent €100m to the same copper smelter; that loan was repaid last year.",
        "commitments": [],
    },
    {
        "id": "b6-none-rumour-pif",
        "text": "Rumour is PIF might bid for a slice of Anglo American's nickel business, but nothing "
        "is on paper.",
        "commitments": [],
    },
    {
        "id": "b6-none-analysis-indonesia",
        "text": "Indonesia now mines more than half of the world's nickel, which is why prices are "
        "where they are.",
        "commitments": [],
    },
    {
        "id": "b6-none-chatter-room",
        "text": "Can someone book the big room for Thursday's call with the Finnish ministry?",
        "commitments": [],
    },
    {
        "id": "b6-none-did-not-approve",
        "text": "The EIB did not approve the loan for the Barroso lithium mine after all.",
        "commitments": [],
    },
    {
        "id": "b6-none-opinion-floor",
        "text": "Honestly Canberra should just set a floor price for lithium and be done with it.",
        "commitments": [],
    },
    {
        "id": "b6-none-market-payables",
        "text": "Cobalt hydroxide payables slipped to 55% this week on weak demand.",
        "commitments": [],
    },
    {
        "id": "b6-none-earnings-boliden",
        "text": "Boliden's second-quarter profit fell to SEK 1.9 billion.",
        "commitments": [],
    },
    {
        "id": "b6-none-question-currency",
        "text": "Would KEXIM lend in euros, or only in dollars?",
        "commitments": [],
    },
    {
        "id": "b6-none-history-shelved",
        "text": "Norway's proposed NOK 2bn minerals fund was shelved in 2023 after the election.",
        "commitments": [],
    },
    {
        "id": "b6-none-notes-msp",
        "text": "Meeting notes from the MSP call are in the shared drive, including the slide on copper.",
        "commitments": [],
    },
    {
        "id": "b6-none-conditional-tariffs",
        "text": "If Washington puts tariffs on Canadian nickel, Sudbury producers lose their biggest market.",
        "commitments": [],
    },
    {
        "id": "b6-none-will-not-renew",
        "text": "Sumitomo Metal Mining said it will not renew its nickel offtake with the Philippine "
        "mine when it expires.",
        "commitments": [],
    },
    {
        "id": "b6-none-capex-view",
        "text": "At US$3.2bn, the Vicuña copper project's capex looks optimistic to me.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b6-art-jbic-nexi-mahenge",
        "kind": "article",
        "headline": "Japan's JBIC to lend $200 million for Tanzanian graphite mine",
        "text": "TOKYO, June 18 (Reuters) - The Japan Bank for International Cooperation (JBIC) will "
        "lend $200 million to Black Rock Mining for its Mahenge graphite project in Tanzania, the "
        "state lender said on Wednesday, as Japanese battery makers look for graphite that does "
        "not come from China.\n\n"
        "Nippon Export and Investment Insurance (NEXI) will insure a further $150 million of "
        "commercial bank loans for the project, JBIC said.\n\n"
        '"Our $200 million loan will allow construction to begin this year," a JBIC official told '
        "reporters. The mine will ship flake graphite to anode makers in Japan and South Korea.\n\n"
        "Black Rock has been trying to finance Mahenge since 2019, when it completed a definitive "
        "feasibility study. In 2021 a Korean steelmaker agreed to buy part of the mine's output "
        "under an earlier offtake deal that has since lapsed.\n\n"
        "Tanzania's government holds a 16% free-carried interest in the project.\n\n"
        "Black Rock shares rose 9% in Sydney.",
        "commitments": [
            _c(
                "JBIC",
                "JP",
                "loan",
                "200000000",
                "USD",
                counterparty="Black Rock Mining",
                minerals=["graphite"],
                project="Mahenge graphite project",
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "NEXI",
                "JP",
                "guarantee",
                "150000000",
                "USD",
                minerals=["graphite"],
                project="Mahenge graphite project",
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b6-art-canberra-efa-dubbo",
        "kind": "article",
        "headline": "Albanese Government backs Dubbo rare earths project",
        "text": "Canberra, 17 June 2025 — Media release, Minister for Resources and Northern "
        "Australia\n\n"
        "Export Finance Australia (EFA) will provide a $165 million loan to Australian Strategic "
        "Materials to build the Dubbo rare earths project in central west New South Wales, the "
        "Minister for Resources announced today.\n\n"
        "The Government will also provide a $6 million grant to the company under the Critical "
        "Minerals Development Program for a pilot plant to separate rare earth oxides.\n\n"
        '"The $165 million loan from EFA means Dubbo can move to construction and supply rare '
        'earths to our partners," the Minister said.\n\n'
        "The Dubbo project was first proposed more than two decades ago. In 2021 the Government "
        "awarded the company a $3 million grant under an earlier round of the program, and in "
        "2023 it opened a metals plant in Ochang, South Korea.\n\n"
        "Construction is expected to take 30 months.\n\n"
        "Media contact: Minister's office",
        "commitments": [
            _c(
                "EFA",
                "AU",
                "loan",
                "165000000",
                "AUD",
                currency_inferred=True,
                counterparty="Australian Strategic Materials",
                minerals=["rare-earths"],
                project="Dubbo rare earths project",
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "AU",
                "AU",
                "grant",
                "6000000",
                "AUD",
                currency_inferred=True,
                minerals=["rare-earths"],
                initiative="Critical Minerals Development Program",
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b6-art-seoul-komir-stockpile",
        "kind": "article",
        "headline": "S. Korea to spend 300 bln won on rare metal stockpile",
        "text": "SEOUL, June 19 (Yonhap) -- South Korea's state-run Korea Mine Rehabilitation and "
        "Mineral Resources Corp. (KOMIR) will spend 300 billion won through 2027 buying gallium, "
        "antimony and tungsten for the state stockpile, the industry ministry said Thursday.\n\n"
        "The Ministry of Trade, Industry and Energy (MOTIE) will also offer low-interest loans of "
        "up to 100 billion won to companies that hold their own stocks of gallium and antimony, "
        "it said.\n\n"
        "The country's public reserves currently cover about 50 days of imports of key rare "
        "metals, against a target of 100 days.\n\n"
        "The stockpiling programme was set up in 2016. In 2023 KOMIR released part of its gallium "
        "stock to chipmakers after China restricted exports of the metal.\n\n"
        '"Supply shocks are no longer rare events," a ministry official said. "The reserve has '
        'to be big enough to bridge a year of disruption."',
        "commitments": [
            _c(
                "KOMIR",
                "KR",
                "stockpile",
                "300000000000",
                "KRW",
                minerals=["antimony", "gallium", "tungsten"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "MOTIE",
                "KR",
                "loan",
                "100000000000",
                "KRW",
                amount_is_ceiling=True,
                minerals=["antimony", "gallium"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b6-art-eib-lifthium",
        "kind": "article",
        "headline": "EIB signs €120 million loan for Portuguese lithium refinery",
        "text": "Luxembourg, 18 June 2025 — The European Investment Bank (EIB) has signed a "
        "€120 million loan with Lifthium Energy to build a lithium hydroxide refinery in "
        "Estarreja, Portugal, the first of its kind in the country.\n\n"
        "Banco Português de Fomento (BPF), Portugal's national promotional bank, will provide a "
        "further €30 million of financing for the lithium refinery.\n\n"
        '"This €120 million loan helps Europe refine its own lithium instead of shipping ore to '
        'Asia," the EIB Vice-President responsible for Portugal said at the signing in Lisbon.\n\n'
        "The refinery will process spodumene concentrate from mines in Portugal and elsewhere in "
        "Europe and is due to start production in 2027.\n\n"
        "Background\n"
        "The EIB has lent more than €1 billion to battery raw materials projects since 2020, "
        "including a loan in 2023 for a lithium mine in Finland.",
        "commitments": [
            _c(
                "EIB",
                "EU",
                "loan",
                "120000000",
                "EUR",
                counterparty="Lifthium Energy",
                minerals=["lithium"],
                status="binding",
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "BPF",
                "PT",
                "loan",
                "30000000",
                "EUR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b6-art-riyadh-pif-maaden",
        "kind": "article",
        "headline": "Saudi PIF and Ma'aden to invest $1.5 billion in rare earth magnet plant",
        "text": "RIYADH, June 17, 2025 - The Public Investment Fund (PIF) and Ma'aden will jointly "
        "invest $1.5 billion in a rare earth permanent magnet plant at Ras Al-Khair, the two "
        "said on Tuesday.\n\n"
        "The Saudi Industrial Development Fund (SIDF) will lend SAR 1.2 billion to the rare earth "
        "magnet venture, according to a statement.\n\n"
        '"This $1.5 billion investment brings the whole chain, from ore to magnet, into the '
        "Kingdom,\" Ma'aden's chief executive said.\n\n"
        "Ma'aden has been exploring for rare earths in the kingdom's north-west since 2022, and "
        "in 2024 it signed a non-binding agreement with a US producer to study a processing "
        "hub.\n\n"
        "The plant is expected to produce magnets for electric vehicles and wind turbines from "
        "2029.",
        "commitments": [
            _c(
                "PIF",
                "SA",
                "equity",
                "1500000000",
                "USD",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 17),
            ),
            _c("Ma'aden", "SA", "equity", None, minerals=["rare-earths"], announced_on=date(2025, 6, 17)),
            _c(
                "SIDF",
                "SA",
                "loan",
                "1200000000",
                "SAR",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b6-art-new-delhi-zambia-mou",
        "kind": "article",
        "headline": "India signs MoU with Zambia on copper and cobalt",
        "text": "NEW DELHI, 19 June 2025\n\n"
        "Press Information Bureau, Ministry of Mines\n\n"
        "The Government of India today signed a Memorandum of Understanding with the Government of "
        "the Republic of Zambia on cooperation in the exploration and processing of copper and "
        "cobalt.\n\n"
        "Under the arrangement, Hindustan Copper Limited will invest Rs 500 crore in the "
        "exploration of two copper blocks in Zambia's North-Western Province.\n\n"
        "Speaking on the occasion, the Secretary (Mines) said that the partnership would help "
        "secure copper for India's power grid and electric vehicle sectors.\n\n"
        "In 2023, the Geological Survey of India and the Zambian geological survey agreed to "
        "share exploration data, and Indian companies have held mining licences in Zambia since "
        "the 2000s.\n\n"
        "***",
        "commitments": [
            _c(
                "IN",
                "IN",
                "mou",
                None,
                counterparty="ZM",
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "Hindustan Copper",
                "IN",
                "equity",
                "5000000000",
                "INR",
                minerals=["copper"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b6-art-ottawa-rose-cmif",
        "kind": "article",
        "headline": "Government of Canada invests in Quebec lithium and tantalum project",
        "text": "OTTAWA, ON, June 16, 2025 /CNW/ - The Government of Canada is providing $18 million "
        "through the Critical Minerals Infrastructure Fund to Critical Elements Lithium to build "
        "a road and power line to the Rose lithium-tantalum project in the Eeyou Istchee James Bay "
        "region of Quebec, the Minister of Energy and Natural Resources announced today.\n\n"
        "In addition, Export Development Canada (EDC) will provide a US$50 million loan for "
        "construction of the Rose lithium-tantalum project.\n\n"
        "\"Today's $18 million investment connects one of Quebec's most promising deposits to "
        'the grid," the Minister said.\n\n'
        "Quick facts\n"
        "- The Rose project received its federal environmental approval in 2023.\n"
        "- The Critical Minerals Infrastructure Fund was launched in 2024 with $1.5 billion over "
        "seven years.\n\n"
        "Contacts: Media Relations, Natural Resources Canada",
        "commitments": [
            _c(
                "CA",
                "CA",
                "grant",
                "18000000",
                "CAD",
                currency_inferred=True,
                counterparty="Critical Elements Lithium",
                minerals=["lithium", "tantalum"],
                project="Rose lithium-tantalum project",
                initiative="Critical Minerals Infrastructure Fund",
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "EDC",
                "CA",
                "loan",
                "50000000",
                "USD",
                minerals=["lithium", "tantalum"],
                project="Rose lithium-tantalum project",
                initiative=None,
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b6-art-washington-osc-tungsten",
        "kind": "article",
        "headline": "Pentagon lends $150 million to Nevada tungsten project",
        "text": "WASHINGTON, June 18 (Reuters) - The Pentagon's Office of Strategic Capital (OSC) "
        "will lend $150 million to Guardian Metal Resources to develop the Pilot Mountain tungsten "
        "project in Nevada, the Defense Department said on Wednesday, its first loan to a mining "
        "company.\n\n"
        "Separately, the Department of Energy (DOE) awarded $8 million to a Pittsburgh company "
        "that recovers tungsten from scrap cutting tools.\n\n"
        "The United States has not mined tungsten since 2015, and China supplies more than 80% of "
        "the world's output. In 2024 Congress barred defence contractors from buying Chinese "
        "tungsten from 2027.\n\n"
        '"This $150 million loan is about making sure the arsenal of democracy is not built on '
        'Chinese metal," an OSC official said.\n\n'
        "Analysts said further loans could follow if tungsten prices stay near record highs.",
        "commitments": [
            _c(
                "OSC",
                "US",
                "loan",
                "150000000",
                "USD",
                counterparty="Guardian Metal Resources",
                minerals=["tungsten"],
                project="Pilot Mountain tungsten project",
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "DOE",
                "US",
                "grant",
                "8000000",
                "USD",
                minerals=["tungsten"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b6-art-berlin-kfw-zinnwald",
        "kind": "article",
        "headline": "German raw materials fund makes first investment in Saxon lithium project",
        "text": "BERLIN, 19 June 2025 — KfW will invest €80 million in Zinnwald Lithium on behalf "
        "of the federal raw materials fund, the economy ministry said on Thursday, the fund's "
        "first deal since it was set up.\n\n"
        "PowerCo, Volkswagen's battery unit, has agreed to buy lithium hydroxide from Zinnwald "
        "Lithium's planned refinery in Saxony for ten years, the company said separately.\n\n"
        '"Germany cannot build batteries on imported lithium alone," the economy minister told '
        "reporters.\n\n"
        "The federal government announced the €1 billion fund in 2024. Zinnwald has been explored "
        "for tin and tungsten since the Middle Ages, and in 2022 the company raised money from "
        "private investors to complete a feasibility study.\n\n"
        "The refinery is expected to start production in 2029.",
        "commitments": [
            _c(
                "KfW",
                "DE",
                "equity",
                "80000000",
                "EUR",
                counterparty="Zinnwald Lithium",
                minerals=["lithium"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "PowerCo",
                "DE",
                "offtake",
                None,
                counterparty="Zinnwald Lithium",
                minerals=["lithium"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b6-art-paris-caremag",
        "kind": "article",
        "headline": "Japanese group to invest in French rare earths recycling plant",
        "text": "PARIS, June 17 (AFP) - Japan's Iwatani and the state agency JOGMEC will jointly "
        "invest €110 million in Caremag's dysprosium and terbium recycling and separation plant "
        "at Lacq in south-western France, the companies said Tuesday.\n\n"
        "The French state will provide a €106 million grant to the Lacq plant under its "
        "France 2030 investment programme, the economy ministry said.\n\n"
        "Iwatani has also agreed to buy half of the plant's dysprosium and terbium output for "
        "sale in Japan.\n\n"
        "Caremag's parent Carester was founded in 2019 by former executives of a French chemicals "
        "group. Europe imports almost all of its heavy rare earths from China.\n\n"
        '"Magnets are the weak link," a Carester spokesperson said. "This plant will make Europe '
        'less dependent."',
        "commitments": [
            _c(
                "Iwatani",
                "JP",
                "equity",
                "110000000",
                "EUR",
                counterparty="Caremag",
                minerals=["dysprosium", "terbium"],
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "JOGMEC",
                "JP",
                "equity",
                None,
                counterparty="Caremag",
                minerals=["dysprosium", "terbium"],
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "FR",
                "FR",
                "grant",
                "106000000",
                "EUR",
                initiative="France 2030",
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "Iwatani",
                "JP",
                "offtake",
                None,
                counterparty="Caremag",
                minerals=["dysprosium", "terbium"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b6-art-helsinki-terrafame",
        "kind": "article",
        "headline": "Finnish state backs Terrafame nickel sulphate expansion",
        "text": "HELSINKI, 16 June 2025 — Finnish Minerals Group, the state-owned mining holding "
        "company, will invest €70 million in Terrafame to expand nickel and cobalt sulphate "
        "production at Sotkamo, the Ministry of Economic Affairs and Employment said on "
        "Monday.\n\n"
        "Finnvera will guarantee up to €50 million of bank loans for the expansion.\n\n"
        '"Terrafame is one of the few places in Europe that turns ore into battery chemicals," '
        "the minister said.\n\n"
        "Terrafame was rescued by the state in 2015 after its predecessor went bankrupt, and the "
        "government has put more than €1 billion into it since then. In 2022 Finnvera guaranteed "
        "part of the financing for its battery chemicals plant.\n\n"
        "The expansion is expected to be completed in 2027.",
        "commitments": [
            _c(
                "Finnish Minerals Group",
                "FI",
                "equity",
                "70000000",
                "EUR",
                counterparty="Terrafame",
                minerals=["cobalt", "nickel"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "Finnvera",
                "FI",
                "guarantee",
                "50000000",
                "EUR",
                amount_is_ceiling=True,
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b6-art-doha-qia-ivanhoe",
        "kind": "article",
        "headline": "Qatar's QIA to invest $1 billion in Ivanhoe Mines",
        "text": "DOHA, June 19 (Reuters) - The Qatar Investment Authority (QIA) will invest $1 "
        "billion in Ivanhoe Mines, the Canadian miner developing copper and zinc deposits in "
        "Congo, the sovereign fund said on Thursday.\n\n"
        "Separately, Qatar signed a memorandum of understanding with the Democratic Republic of "
        "Congo on cooperation in copper and cobalt mining during a visit by Congo's mines "
        "minister to Doha.\n\n"
        "QIA has been a large shareholder in Glencore for more than a decade, and in 2022 it "
        "took a stake in a London-listed lithium developer.\n\n"
        '"The $1 billion investment reflects our confidence in long-term demand for copper," '
        "a QIA official said.\n\n"
        "Analysts said the fund could add to its mining holdings if metal prices fall.",
        "commitments": [
            _c(
                "QIA",
                "QA",
                "equity",
                "1000000000",
                "USD",
                counterparty="Ivanhoe Mines",
                minerals=["copper", "zinc"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "QA",
                "QA",
                "mou",
                None,
                counterparty="CD",
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b6-art-santiago-rio-codelco",
        "kind": "article",
        "headline": "Rio Tinto to invest up to $900 million in Codelco lithium project",
        "text": "SANTIAGO, June 18, 2025 - Rio Tinto will invest up to $900 million in the Salares "
        "Altoandinos lithium project in northern Chile under a joint venture with state copper "
        "miner Codelco, the companies said on Wednesday.\n\n"
        "The Japan Bank for International Cooperation (JBIC) will provide $300 million of "
        "financing for the first phase of the Salares Altoandinos lithium project.\n\n"
        "Codelco chose Rio Tinto as its partner in 2024 after a tender, under the national "
        "lithium strategy announced by President Gabriel Boric in 2023.\n\n"
        '"Chile wants partners who bring technology as well as capital," a Codelco executive '
        "said.\n\n"
        "Rio Tinto's investment is subject to approval by Chile's antitrust regulator.",
        "commitments": [
            _c(
                "Rio Tinto",
                "GB",
                "equity",
                "900000000",
                "USD",
                amount_is_ceiling=True,
                minerals=["lithium"],
                project="Salares Altoandinos lithium project",
                status="conditional",
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "JBIC",
                "JP",
                "loan",
                "300000000",
                "USD",
                minerals=["lithium"],
                project="Salares Altoandinos lithium project",
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b6-art-breakingviews-ecas",
        "kind": "article",
        "headline": "Breakingviews - Export credit agencies are the new mining financiers",
        "text": "LONDON, June 20 (Reuters Breakingviews) - Export credit agencies were built to help "
        "sell turbines and trains. Increasingly they are being asked to finance mines.\n\n"
        "In 2023 Canada's EDC lent to a graphite developer in Quebec, and in 2024 Britain's UKEF "
        "guaranteed loans for a lithium project in Cornwall. Japan's JBIC took stakes in "
        "Australian rare earth producers as early as 2011.\n\n"
        "The logic is clear enough. Western governments want supplies that do not depend on "
        "China, and commercial banks are wary of long-dated, volatile mining projects.\n\n"
        "But the risks are real. A state lender could end up owning a mine nobody else wants if "
        "prices stay low, and a price floor, which some officials favour, could cost billions a "
        "year.\n\n"
        "Whether governments are willing to pay is still an open question. None has yet said "
        "how much it would spend.",
        "commitments": [],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-6"

# Filled in by the lead after the one scoring run (2026-11-30, 18:10 UTC); the cases stay as written.
BLIND6_MISSES: dict[str, str] = {}
