"""Blind batch 8 ("set": "blind-8"): written on 2026-11-30 (19:40-20:50 UTC) from the sentences
alone, before the reader was run on them, by someone who had not read the reader's code, its
organisations table, its rules, the main corpus's cases or the earlier batches' misses; never used
to tune it. The sentences and organisations are new: none is copied or paraphrased from batches 6
and 7, whose docstrings gave the format and the rules.

Same case format and the same rules as tests/store/extraction_blind7.py. Names the cases refer to
that the main corpus may not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA. Relative
dates are read against the corpus's TODAY (Friday 20 June 2025): "yesterday" is Thursday 19 June,
"on Monday" is 16 June; an article's dateline is its date and dates its commitments.

Expectations follow the rules of batches 6 and 7: the grammatical subject is the actor (the lender
or investor when the subject "received" or "secured" from it); an organisation keeps its name (the
short form when the text gives one in brackets, a company without its legal suffix; the EIB stays
"EIB" and the European Commission "European Commission", both with country "EU"); a government,
country, capital or leader is its ISO code; a minister announcing that an agency or company will
act makes that body the actor; the verb decides the instrument when no instrument word is given;
several actors give one draft each, in the order named ("each" repeats the amount,
"jointly"/"together" leave it on the first only); a range or "up to" keeps its ceiling, flagged; a
bare "$" (or "dollars") is the actor's own dollar (flagged as inferred) when the actor is Canadian,
Australian, New Zealand, Singaporean, Hong Kong or Taiwanese, and USD otherwise (flagged as not
inferred where the actor's own currency is not a dollar); "rare-earths" only when rare earths are
named generically and no single rare-earth element is named; a field a careful analyst could fill
two ways is left out of the expectation.

Decided for this batch:
- A memorandum of understanding between two governments gives one draft per signatory, each with
  the other as counterparty, whether the text says "A and B signed" or "A signed with B".
- A company's own spending on a plant ("invest in", "put into") is equity, as in batch 7.
- Guaranteeing a minimum price is a price floor; no case gives a per-unit price as a commitment,
  so a price quoted per kilogram or tonne is never an amount.
- Stopping export permits or requiring export licences is an export control; vetting or reviewing
  foreign purchases is investment screening; a duty or surtax on imports is a tariff.
- A counterparty reached only through "the plant" or "the joint venture" is left out, as is the
  counterparty of a loan to a government; a project named only by a shortened name ("from
  Strange Lake") is left out.
- In an article a draft's minerals are those of the sentence that states it; where a later
  sentence names the same plant's minerals more narrowly (the EIB's Caremag loan), the field is
  left out.
- A status is expected only where the text says "signed", "subject to", "conditional",
  "disbursed" or "proposed"; otherwise the field is not checked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Cínovec lithium project",
    "Kamoa-Kakula copper complex",
    "Kangankunde rare earths project",
    "Carolina Lithium project",
    "Mountain Pass mine",
    "Emili lithium project",
    "Yangibana rare earths project",
    "Maricunga lithium project",
    "Strange Lake rare earths project",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Minerals Security Partnership",
    "G7 Critical Minerals Action Plan",
    "Global Gateway",
    "Mattei Plan",
]


_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b8-org-eksfin-mo-i-rana",
        "text": "Eksfin will guarantee NOK 450 million of bank loans for a graphite anode plant at Mo i "
        "Rana.",
        "commitments": [_c("Eksfin", "NO", "guarantee", "450000000", "NOK", minerals=["graphite"])],
    },
    {
        "id": "b8-org-serv-flotation",
        "text": "SERV is covering CHF 35 million of Swiss-made flotation cells shipped to a copper mine "
        "in Zambia.",
        "commitments": [_c("SERV", "CH", "guarantee", "35000000", "CHF", minerals=["copper"])],
    },
    {
        "id": "b8-org-eifo-aarhus",
        "text": "EIFO will lend DKK 220 million to a company building a rare earth magnet recycling line "
        "in Aarhus.",
        "commitments": [_c("EIFO", "DK", "loan", "220000000", "DKK", minerals=["rare-earths"])],
    },
    {
        "id": "b8-org-cdp-equity-batteries",
        "text": "CDP Equity will take a €40m stake in a start-up recovering cobalt and nickel from spent "
        "batteries near Turin.",
        "commitments": [_c("CDP Equity", "IT", "equity", "40000000", "EUR", minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b8-org-ico-salamanca",
        "text": "ICO has approved a €65 million loan for a tungsten mine restart in Salamanca.",
        "commitments": [_c("ICO", "ES", "loan", "65000000", "EUR", minerals=["tungsten"])],
    },
    {
        "id": "b8-org-khazanah-pahang",
        "text": "Khazanah Nasional will invest RM 1.2 billion in a rare earth processing plant in Pahang.",
        "commitments": [
            _c("Khazanah Nasional", "MY", "equity", "1200000000", "MYR", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b8-org-mind-id-gresik",
        "text": "MIND ID will take a 20% stake in a copper smelter in Gresik for $700 million.",
        "commitments": [
            _c("MIND ID", "ID", "equity", "700000000", "USD", currency_inferred=False, minerals=["copper"])
        ],
    },
    {
        "id": "b8-org-manara-zambia",
        "text": "Manara Minerals is buying a $2.5 billion minority stake in a copper and cobalt miner in "
        "Zambia.",
        "commitments": [
            _c(
                "Manara Minerals",
                "SA",
                "equity",
                "2500000000",
                "USD",
                currency_inferred=False,
                minerals=["cobalt", "copper"],
            )
        ],
    },
    {
        "id": "b8-org-miif-nsuta",
        "text": "MIIF has agreed to invest $25 million in a manganese refinery at Nsuta.",
        "commitments": [
            _c("MIIF", "GH", "equity", "25000000", "USD", currency_inferred=False, minerals=["manganese"])
        ],
    },
    {
        "id": "b8-org-nsia-kaduna",
        "text": "NSIA will put $50m into a lithium processing plant in Kaduna state.",
        "commitments": [
            _c("NSIA", "NG", "equity", "50000000", "USD", currency_inferred=False, minerals=["lithium"])
        ],
    },
    {
        "id": "b8-org-ufrd-ingichka",
        "text": "UFRD is lending $90 million to a tungsten and molybdenum plant at Ingichka.",
        "commitments": [
            _c("UFRD", "UZ", "loan", "90000000", "USD", currency_inferred=False, minerals=["tungsten"])
        ],
    },
    {
        "id": "b8-org-erdenes-gobi",
        "text": "Erdenes Mongol will invest $300 million in a copper smelter in the Gobi.",
        "commitments": [
            _c(
                "Erdenes Mongol",
                "MN",
                "equity",
                "300000000",
                "USD",
                currency_inferred=False,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b8-org-codelco-teniente",
        "text": "Codelco will invest $1.3 billion in a new concentrator at its El Teniente copper mine.",
        "commitments": [
            _c("Codelco", "CL", "equity", "1300000000", "USD", currency_inferred=False, minerals=["copper"])
        ],
    },
    {
        "id": "b8-org-ylb-uyuni",
        "text": "YLB will put $450 million into a direct lithium extraction plant at the Uyuni salt flat.",
        "commitments": [
            _c("YLB", "BO", "equity", "450000000", "USD", currency_inferred=False, minerals=["lithium"])
        ],
    },
    {
        "id": "b8-org-nafin-sonora",
        "text": "Nafin will lend MXN 3 billion to a Sonora copper wire maker.",
        "commitments": [_c("Nafin", "MX", "loan", "3000000000", "MXN", minerals=["copper"])],
    },
    {
        "id": "b8-org-kabil-catamarca",
        "text": "KABIL is investing Rs 450 crore in lithium exploration blocks in Catamarca.",
        "commitments": [_c("KABIL", "IN", "equity", "4500000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b8-org-bdc-capital-graphite",
        "text": "BDC Capital will invest C$15 million in a graphite start-up near Lac-Saint-Jean.",
        "commitments": [_c("BDC Capital", "CA", "equity", "15000000", "CAD", minerals=["graphite"])],
    },
    {
        "id": "b8-org-sifem-lubumbashi",
        "text": "SIFEM is lending $20 million to a cobalt processing business in Lubumbashi.",
        "commitments": [
            _c("SIFEM", "CH", "loan", "20000000", "USD", currency_inferred=False, minerals=["cobalt"])
        ],
    },
    {
        "id": "b8-org-ega-taweelah",
        "text": "EGA will invest $450 million in a gallium recovery plant at Al Taweelah.",
        "commitments": [
            _c("EGA", "AE", "equity", "450000000", "USD", currency_inferred=False, minerals=["gallium"])
        ],
    },
    {
        "id": "b8-org-mumtalakat-texas",
        "text": "Mumtalakat has taken a $90 million stake in a rare earth magnet maker in Texas.",
        "commitments": [
            _c(
                "Mumtalakat",
                "BH",
                "equity",
                "90000000",
                "USD",
                currency_inferred=False,
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b8-org-terrafame-sotkamo",
        "text": "Terrafame will invest €120m in a nickel and cobalt sulphate line at Sotkamo.",
        "commitments": [_c("Terrafame", "FI", "equity", "120000000", "EUR", minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b8-org-kghm-glogow",
        "text": "KGHM will put PLN 1.5 billion into a copper smelter upgrade at Głogów.",
        "commitments": [_c("KGHM", "PL", "equity", "1500000000", "PLN", minerals=["copper"])],
    },
    {
        "id": "b8-org-ecopro-hungary",
        "text": "Ecopro BM will invest 1.4 trillion won in a nickel-rich cathode plant in Hungary.",
        "commitments": [_c("Ecopro BM", "KR", "equity", "1400000000000", "KRW", minerals=["nickel"])],
    },
    {
        "id": "b8-org-leader-ishiba",
        "text": "Prime Minister Ishiba pledged ¥100 billion in grants for domestic rare earth magnet makers.",
        "commitments": [_c("JP", "JP", "grant", "100000000000", "JPY", minerals=["rare-earths"])],
    },
    # --- (2) several actors ---
    {
        "id": "b8-multi-no-dk-each-msp",
        "text": "Norway and Denmark will each provide €15 million in grants to graphite projects in "
        "Tanzania under the Minerals Security Partnership.",
        "commitments": [
            _c(
                "NO",
                "NO",
                "grant",
                "15000000",
                "EUR",
                minerals=["graphite"],
                initiative="Minerals Security Partnership",
            ),
            _c(
                "DK",
                "DK",
                "grant",
                "15000000",
                "EUR",
                minerals=["graphite"],
                initiative="Minerals Security Partnership",
            ),
        ],
    },
    {
        "id": "b8-multi-marubeni-sumitomo-jointly",
        "text": "Marubeni and Sumitomo Corporation will jointly invest $600 million in a copper mine "
        "expansion in Peru.",
        "commitments": [
            _c("Marubeni", "JP", "equity", "600000000", "USD", currency_inferred=False, minerals=["copper"]),
            _c("Sumitomo Corporation", "JP", "equity", None, minerals=["copper"]),
        ],
    },
    {
        "id": "b8-multi-seoul-tokyo-stockpile",
        "text": "Seoul and Tokyo agreed to jointly stockpile gallium and germanium.",
        "commitments": [
            _c("KR", "KR", "stockpile", None, minerals=["gallium", "germanium"]),
            _c("JP", "JP", "stockpile", None, minerals=["gallium", "germanium"]),
        ],
    },
    {
        "id": "b8-multi-cdpq-cpp-each",
        "text": "CDPQ and CPP Investments each put C$100 million into a lithium hydroxide refinery in "
        "Ontario.",
        "commitments": [
            _c("CDPQ", "CA", "equity", "100000000", "CAD", minerals=["lithium"]),
            _c("CPP Investments", "CA", "equity", "100000000", "CAD", minerals=["lithium"]),
        ],
    },
    {
        "id": "b8-multi-de-fr-it-stockpile",
        "text": "Germany, France and Italy will jointly build up stocks of rare earths, lithium and cobalt.",
        "commitments": [
            _c("DE", "DE", "stockpile", None, minerals=["cobalt", "lithium", "rare-earths"]),
            _c("FR", "FR", "stockpile", None, minerals=["cobalt", "lithium", "rare-earths"]),
            _c("IT", "IT", "stockpile", None, minerals=["cobalt", "lithium", "rare-earths"]),
        ],
    },
    {
        "id": "b8-multi-umicore-solvay-each",
        "text": "Umicore and Solvay will each invest €50 million in a rare earth magnet recycling venture.",
        "commitments": [
            _c("Umicore", "BE", "equity", "50000000", "EUR", minerals=["rare-earths"]),
            _c("Solvay", "BE", "equity", "50000000", "EUR", minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b8-multi-invest-intl-atradius-together",
        "text": "Invest International and Atradius DSB together provided €75 million in financing for "
        "a lithium processing plant in Namibia.",
        "commitments": [
            _c("Invest International", "NL", "loan", "75000000", "EUR", minerals=["lithium"]),
            _c("Atradius DSB", "NL", "loan", None, minerals=["lithium"]),
        ],
    },
    {
        "id": "b8-multi-hyundai-kia-each-offtake",
        "text": "Hyundai Motor and Kia each agreed to buy lithium hydroxide from Pilbara Minerals.",
        "commitments": [
            _c("Hyundai Motor", "KR", "offtake", None, counterparty="Pilbara Minerals", minerals=["lithium"]),
            _c("Kia", "KR", "offtake", None, counterparty="Pilbara Minerals", minerals=["lithium"]),
        ],
    },
    {
        "id": "b8-multi-ph-au-mou",
        "text": "The Philippines and Australia signed a memorandum of understanding on nickel and cobalt "
        "processing.",
        "commitments": [
            _c("PH", "PH", "mou", None, counterparty="AU", minerals=["cobalt", "nickel"]),
            _c("AU", "AU", "mou", None, counterparty="PH", minerals=["cobalt", "nickel"]),
        ],
    },
    {
        "id": "b8-multi-norfund-sifem-jointly",
        "text": "Norfund and SIFEM will jointly lend $60 million to a graphite mine in Mozambique.",
        "commitments": [
            _c("Norfund", "NO", "loan", "60000000", "USD", currency_inferred=False, minerals=["graphite"]),
            _c("SIFEM", "CH", "loan", None, minerals=["graphite"]),
        ],
    },
    {
        "id": "b8-multi-adfd-qffd-each",
        "text": "ADFD and QFFD will each lend $100 million to Zambia for railways serving copper mines.",
        "commitments": [
            _c("ADFD", "AE", "loan", "100000000", "USD", currency_inferred=False, minerals=["copper"]),
            _c("QFFD", "QA", "loan", "100000000", "USD", currency_inferred=False, minerals=["copper"]),
        ],
    },
    {
        "id": "b8-multi-nordics-screen",
        "text": "Sweden, Finland and Norway will each screen foreign takeovers of their nickel and "
        "cobalt miners.",
        "commitments": [
            _c("SE", "SE", "investment-screening", None, minerals=["cobalt", "nickel"]),
            _c("FI", "FI", "investment-screening", None, minerals=["cobalt", "nickel"]),
            _c("NO", "NO", "investment-screening", None, minerals=["cobalt", "nickel"]),
        ],
    },
    # --- (3) the wrong party is tempting as actor ---
    {
        "id": "b8-subj-smm-harita-obi",
        "text": "Sumitomo Metal Mining agreed to buy a third of the nickel matte from Harita Nickel's "
        "smelter on Obi island, Indonesia.",
        "commitments": [
            _c(
                "Sumitomo Metal Mining",
                "JP",
                "offtake",
                None,
                counterparty="Harita Nickel",
                minerals=["nickel"],
            )
        ],
    },
    {
        "id": "b8-subj-aurubis-georgia",
        "text": "Aurubis will invest €300 million in a copper and nickel recycling plant in Augusta, "
        "Georgia.",
        "commitments": [_c("Aurubis", "DE", "equity", "300000000", "EUR", minerals=["copper", "nickel"])],
    },
    {
        "id": "b8-subj-ivanhoe-standard-bank",
        "text": "Ivanhoe Mines secured a $500 million loan from Standard Bank for the Kamoa-Kakula "
        "copper complex in Congo.",
        "commitments": [
            _c(
                "Standard Bank",
                "ZA",
                "loan",
                "500000000",
                "USD",
                currency_inferred=False,
                counterparty="Ivanhoe Mines",
                minerals=["copper"],
                project="Kamoa-Kakula copper complex",
            )
        ],
    },
    {
        "id": "b8-subj-codelco-aurubis-hamburg",
        "text": "Codelco agreed to supply copper cathodes to Aurubis's Hamburg smelter for five years.",
        "commitments": [_c("Codelco", "CL", "offtake", None, counterparty="Aurubis", minerals=["copper"])],
    },
    {
        "id": "b8-subj-ford-vale-indonesia",
        "text": "Ford agreed to buy nickel from Vale Indonesia's Pomalaa plant, which is partly owned by "
        "a Chinese firm.",
        "commitments": [
            _c("Ford", "US", "offtake", None, counterparty="Vale Indonesia", minerals=["nickel"])
        ],
    },
    {
        "id": "b8-subj-passive-lpo-ohio",
        "text": "A $750 million loan for a cobalt refinery in Ohio was approved by the Loan Programs "
        "Office yesterday.",
        "commitments": [
            _c(
                "Loan Programs Office",
                "US",
                "loan",
                "750000000",
                "USD",
                minerals=["cobalt"],
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b8-subj-malawi-minister-lindian",
        "text": "Malawi's mines minister said Lindian Resources will invest US$90 million in the "
        "Kangankunde rare earths project.",
        "commitments": [
            _c(
                "Lindian Resources",
                "AU",
                "equity",
                "90000000",
                "USD",
                currency_inferred=False,
                minerals=["rare-earths"],
                project="Kangankunde rare earths project",
            )
        ],
    },
    {
        "id": "b8-subj-liontown-received-sumitomo",
        "text": "Liontown Resources received an A$50 million equity investment from Sumitomo Corporation.",
        "commitments": [
            _c(
                "Sumitomo Corporation",
                "JP",
                "equity",
                "50000000",
                "AUD",
                counterparty="Liontown Resources",
            )
        ],
    },
    {
        "id": "b8-subj-cbmm-toshiba",
        "text": "Brazil's CBMM will supply niobium oxide to Toshiba's battery plant in Japan.",
        "commitments": [_c("CBMM", "BR", "offtake", None, counterparty="Toshiba", minerals=["niobium"])],
    },
    {
        "id": "b8-subj-lges-antam-jakarta",
        "text": "Under the deal unveiled in Jakarta, LG Energy Solution will buy nickel sulphate from Antam.",
        "commitments": [
            _c("LG Energy Solution", "KR", "offtake", None, counterparty="Antam", minerals=["nickel"])
        ],
    },
    {
        "id": "b8-subj-india-minister-nmdc",
        "text": "India's mines minister said NMDC will invest ₹2,500 crore in a lithium and cobalt "
        "exploration venture in Australia.",
        "commitments": [_c("NMDC", "IN", "equity", "25000000000", "INR", minerals=["cobalt", "lithium"])],
    },
    {
        "id": "b8-subj-china-steel-kaohsiung",
        "text": "China Steel will invest $2.4 billion in a rare earth magnet alloy plant in Kaohsiung.",
        "commitments": [
            _c(
                "China Steel",
                "TW",
                "equity",
                "2400000000",
                "TWD",
                currency_inferred=True,
                minerals=["rare-earths"],
            )
        ],
    },
    # --- (4) the instrument from the verb ---
    {
        "id": "b8-verb-heraeus-minority-stake",
        "text": "Heraeus is taking a minority stake in a platinum group metals recycler in South Africa.",
        "commitments": [_c("Heraeus", "DE", "equity", None, minerals=["platinum-group-metals"])],
    },
    {
        "id": "b8-verb-bmw-put-into",
        "text": "BMW will put €200 million into a lithium recycling start-up.",
        "commitments": [_c("BMW", "DE", "equity", "200000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b8-verb-business-finland-awarded",
        "text": "Business Finland awarded €8 million to a battery-grade nickel pilot at Harjavalta.",
        "commitments": [_c("Business Finland", "FI", "grant", "8000000", "EUR", minerals=["nickel"])],
    },
    {
        "id": "b8-verb-bgk-financing",
        "text": "BGK will provide PLN 600 million in financing for a lithium-ion cell plant near Wrocław.",
        "commitments": [_c("BGK", "PL", "loan", "600000000", "PLN", minerals=["lithium"])],
    },
    {
        "id": "b8-verb-lynas-supply-proterial",
        "text": "Lynas Rare Earths agreed to supply NdPr oxide to Proterial for five years.",
        "commitments": [
            _c("Lynas Rare Earths", "AU", "offtake", None, counterparty="Proterial", minerals=["ndpr"])
        ],
    },
    {
        "id": "b8-verb-tesla-entire-output",
        "text": "Tesla will take the entire spodumene output of Piedmont Lithium's Carolina Lithium project.",
        "commitments": [
            _c(
                "Tesla",
                "US",
                "offtake",
                None,
                counterparty="Piedmont Lithium",
                minerals=["lithium"],
                project="Carolina Lithium project",
            )
        ],
    },
    {
        "id": "b8-verb-canberra-minimum-price",
        "text": "Canberra will guarantee a minimum price for gallium produced in Australia.",
        "commitments": [_c("AU", "AU", "price-floor", None, minerals=["gallium"])],
    },
    {
        "id": "b8-verb-washington-price-floor",
        "text": "Washington will set a price floor for NdPr oxide from the Mountain Pass mine.",
        "commitments": [_c("US", "US", "price-floor", None, minerals=["ndpr"], project="Mountain Pass mine")],
    },
    {
        "id": "b8-verb-india-stockpile",
        "text": "India will build a strategic stockpile of rare earth oxides and lithium.",
        "commitments": [_c("IN", "IN", "stockpile", None, minerals=["lithium", "rare-earths"])],
    },
    {
        "id": "b8-verb-indonesia-ban-npi",
        "text": "Indonesia will ban exports of nickel pig iron from January.",
        "commitments": [_c("ID", "ID", "export-control", None, minerals=["nickel"])],
    },
    {
        "id": "b8-verb-mexico-vet",
        "text": "Mexico will vet every foreign purchase of lithium concessions.",
        "commitments": [_c("MX", "MX", "investment-screening", None, minerals=["lithium"])],
    },
    {
        "id": "b8-verb-commission-anti-dumping",
        "text": "The European Commission will impose anti-dumping duties on graphite anode material from "
        "China.",
        "commitments": [_c("European Commission", "EU", "tariff", None, minerals=["graphite"])],
    },
    {
        "id": "b8-verb-ottawa-surtax",
        "text": "Ottawa will put a 25% surtax on Chinese-made rare earth permanent magnets.",
        "commitments": [_c("CA", "CA", "tariff", None, minerals=["rare-earths"])],
    },
    {
        "id": "b8-verb-ghana-mou-with-saudi",
        "text": "Ghana signed a memorandum of understanding with Saudi Arabia on lithium and manganese.",
        "commitments": [
            _c("GH", "GH", "mou", None, counterparty="SA", minerals=["lithium", "manganese"]),
            _c("SA", "SA", "mou", None, counterparty="GH", minerals=["lithium", "manganese"]),
        ],
    },
    {
        "id": "b8-verb-enterprise-sg-funding",
        "text": "Enterprise Singapore will provide S$10 million in funding for a rare earth recycling "
        "pilot at Jurong.",
        "commitments": [
            _c("Enterprise Singapore", "SG", "grant", "10000000", "SGD", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b8-verb-bpifrance-ae-loi",
        "text": "Bpifrance Assurance Export issued a letter of interest for €150 million to Imerys for the "
        "Emili lithium project in Allier.",
        "commitments": [
            _c(
                "Bpifrance Assurance Export",
                "FR",
                "letter-of-interest",
                "150000000",
                "EUR",
                counterparty="Imerys",
                minerals=["lithium"],
                project="Emili lithium project",
            )
        ],
    },
    {
        "id": "b8-verb-apple-buy-magnets",
        "text": "Apple agreed to buy recycled rare earth magnets from MP Materials.",
        "commitments": [
            _c("Apple", "US", "offtake", None, counterparty="MP Materials", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b8-verb-commission-global-gateway",
        "text": "The European Commission will provide €45 million in grants for a graphite processing hub "
        "in Mozambique under Global Gateway.",
        "commitments": [
            _c(
                "European Commission",
                "EU",
                "grant",
                "45000000",
                "EUR",
                minerals=["graphite"],
                initiative="Global Gateway",
            )
        ],
    },
    {
        "id": "b8-verb-italy-g7-stockpile",
        "text": "Italy will stockpile gallium and germanium under the G7 Critical Minerals Action Plan.",
        "commitments": [
            _c(
                "IT",
                "IT",
                "stockpile",
                None,
                minerals=["gallium", "germanium"],
                initiative="G7 Critical Minerals Action Plan",
            )
        ],
    },
    # --- (5) money in every form ---
    {
        "id": "b8-money-nok-elkem",
        "text": "Elkem will invest NOK 2bn in a silicon plant in Salten.",
        "commitments": [_c("Elkem", "NO", "equity", "2000000000", "NOK", minerals=["silicon"])],
    },
    {
        "id": "b8-money-swedish-crowns-sandvik",
        "text": "Sandvik will invest 800 million Swedish crowns in a tungsten powder plant in Gimo.",
        "commitments": [_c("Sandvik", "SE", "equity", "800000000", "SEK", minerals=["tungsten"])],
    },
    {
        "id": "b8-money-swiss-francs-rwanda",
        "text": "Switzerland will provide 18 million Swiss francs in funding to a tungsten recycling "
        "project in Rwanda.",
        "commitments": [_c("CH", "CH", "grant", "18000000", "CHF", minerals=["tungsten"])],
    },
    {
        "id": "b8-money-rupee-sign-agratas",
        "text": "Agratas will invest ₹4,500 crore in a lithium-ion cell plant in Sanand.",
        "commitments": [_c("Agratas", "IN", "equity", "45000000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b8-money-rs-dot-epsilon",
        "text": "Epsilon Advanced Materials will invest Rs. 9,000 crore in a synthetic graphite anode "
        "plant in Karnataka.",
        "commitments": [
            _c("Epsilon Advanced Materials", "IN", "equity", "90000000000", "INR", minerals=["graphite"])
        ],
    },
    {
        "id": "b8-money-lakh-dst",
        "text": "The Department of Science and Technology has sanctioned ₹60 lakh in grants to a Pune "
        "start-up recovering lithium from e-waste.",
        "commitments": [
            _c("Department of Science and Technology", "IN", "grant", "6000000", "INR", minerals=["lithium"])
        ],
    },
    {
        "id": "b8-money-lakh-crore-vedanta",
        "text": "Vedanta will invest ₹1 lakh crore in copper and zinc smelting over five years.",
        "commitments": [_c("Vedanta", "IN", "equity", "1000000000000", "INR", minerals=["copper", "zinc"])],
    },
    {
        "id": "b8-money-brl-symbol-vale",
        "text": "Vale will invest R$ 2.3 billion in copper at Carajás, subject to board approval.",
        "commitments": [
            _c("Vale", "BR", "equity", "2300000000", "BRL", minerals=["copper"], status="conditional")
        ],
    },
    {
        "id": "b8-money-reais-words-bnb",
        "text": "Banco do Nordeste will lend 350 million reais to a lithium mine in Ceará.",
        "commitments": [_c("Banco do Nordeste", "BR", "loan", "350000000", "BRL", minerals=["lithium"])],
    },
    {
        "id": "b8-money-zar-symbol-implats",
        "text": "Impala Platinum will invest R4.5 billion in expanding its platinum group metals refinery "
        "at Springs.",
        "commitments": [
            _c(
                "Impala Platinum",
                "ZA",
                "equity",
                "4500000000",
                "ZAR",
                minerals=["platinum-group-metals"],
            )
        ],
    },
    {
        "id": "b8-money-rand-words-ecic",
        "text": "ECIC will insure 600 million rand of mining equipment exported to a copper mine in Zambia.",
        "commitments": [_c("ECIC", "ZA", "guarantee", "600000000", "ZAR", minerals=["copper"])],
    },
    {
        "id": "b8-money-idr-ina",
        "text": "The Indonesia Investment Authority (INA) will invest Rp 8 trillion in a nickel HPAL plant "
        "in Halmahera.",
        "commitments": [_c("INA", "ID", "equity", "8000000000000", "IDR", minerals=["nickel"])],
    },
    {
        "id": "b8-money-rupiah-words-antam",
        "text": "Antam will invest 4.3 trillion rupiah in a bauxite and nickel processing complex in "
        "East Halmahera.",
        "commitments": [_c("Antam", "ID", "equity", "4300000000000", "IDR", minerals=["nickel"])],
    },
    {
        "id": "b8-money-php-words-landbank",
        "text": "Land Bank of the Philippines will lend 2.5 billion pesos to a nickel processing plant in "
        "Surigao.",
        "commitments": [
            _c("Land Bank of the Philippines", "PH", "loan", "2500000000", "PHP", minerals=["nickel"])
        ],
    },
    {
        "id": "b8-money-krw-code-hyundai-corp",
        "text": "Hyundai Corporation will invest KRW 350 billion in a graphite miner in Queensland.",
        "commitments": [
            _c("Hyundai Corporation", "KR", "equity", "350000000000", "KRW", minerals=["graphite"])
        ],
    },
    {
        "id": "b8-money-yen-words-shin-etsu",
        "text": "Shin-Etsu Chemical will invest 50 billion yen in a rare earth magnet plant in Fukui.",
        "commitments": [
            _c("Shin-Etsu Chemical", "JP", "equity", "50000000000", "JPY", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b8-money-jpy-code-dowa",
        "text": "Dowa will invest JPY 12bn in a germanium and indium recovery line in Akita.",
        "commitments": [_c("Dowa", "JP", "equity", "12000000000", "JPY", minerals=["germanium", "indium"])],
    },
    {
        "id": "b8-money-eur-after-galp",
        "text": "Galp will invest 700 million EUR in a lithium refinery in Setúbal.",
        "commitments": [_c("Galp", "PT", "equity", "700000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b8-money-usd-before-sofid",
        "text": "SOFID will lend USD 12 million to a graphite processor in Cabo Delgado.",
        "commitments": [_c("SOFID", "PT", "loan", "12000000", "USD", minerals=["graphite"])],
    },
    {
        "id": "b8-money-half-billion-euros-vw",
        "text": "Volkswagen will invest half a billion euros in a lithium refinery in Spain.",
        "commitments": [_c("Volkswagen", "DE", "equity", "500000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b8-money-words-pounds-snib",
        "text": "The Scottish National Investment Bank will lend twelve million pounds to a rare earth "
        "magnet recycler in Fife.",
        "commitments": [
            _c(
                "Scottish National Investment Bank",
                "GB",
                "loan",
                "12000000",
                "GBP",
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b8-money-range-icd",
        "text": "The Investment Corporation of Dubai (ICD) will invest between $400 million and $500 "
        "million in a cobalt refinery.",
        "commitments": [
            _c(
                "ICD",
                "AE",
                "equity",
                "500000000",
                "USD",
                currency_inferred=False,
                amount_is_ceiling=True,
                minerals=["cobalt"],
            )
        ],
    },
    {
        "id": "b8-money-up-to-aws",
        "text": "Austria Wirtschaftsservice (aws) will provide up to €25 million in grants for a lithium "
        "mine at Wolfsberg.",
        "commitments": [
            _c("aws", "AT", "grant", "25000000", "EUR", amount_is_ceiling=True, minerals=["lithium"])
        ],
    },
    {
        "id": "b8-money-range-hyphen-aubert",
        "text": "Aubert & Duval will invest €80-100m in a titanium and nickel alloy powder line.",
        "commitments": [
            _c(
                "Aubert & Duval",
                "FR",
                "equity",
                "100000000",
                "EUR",
                amount_is_ceiling=True,
                minerals=["nickel", "titanium"],
            )
        ],
    },
    {
        "id": "b8-money-bare-dollar-aimco",
        "text": "AIMCo will put $120 million into a vanadium project in northern Alberta.",
        "commitments": [
            _c("AIMCo", "CA", "equity", "120000000", "CAD", currency_inferred=True, minerals=["vanadium"])
        ],
    },
    {
        "id": "b8-money-bare-dollar-qic",
        "text": "QIC will invest $80 million in a copper and cobalt refinery near Mount Isa.",
        "commitments": [
            _c(
                "QIC",
                "AU",
                "equity",
                "80000000",
                "AUD",
                currency_inferred=True,
                minerals=["cobalt", "copper"],
            )
        ],
    },
    {
        "id": "b8-money-bare-dollar-nzgif",
        "text": "NZ Green Investment Finance will lend $15 million to a lithium battery recycler in "
        "Auckland.",
        "commitments": [
            _c(
                "NZ Green Investment Finance",
                "NZ",
                "loan",
                "15000000",
                "NZD",
                currency_inferred=True,
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b8-money-bare-dollar-temasek",
        "text": "Temasek will put $400 million into a Canadian copper developer.",
        "commitments": [
            _c("Temasek", "SG", "equity", "400000000", "SGD", currency_inferred=True, minerals=["copper"])
        ],
    },
    {
        "id": "b8-money-nt-dollar-foxconn",
        "text": "Foxconn will invest NT$5 billion in a lithium iron phosphate battery plant in Kaohsiung.",
        "commitments": [_c("Foxconn", "TW", "equity", "5000000000", "TWD", minerals=["lithium"])],
    },
    {
        "id": "b8-money-us-dollar-first-quantum",
        "text": "First Quantum will put US$1.25 billion into restarting its copper mine in Panama.",
        "commitments": [
            _c(
                "First Quantum",
                "CA",
                "equity",
                "1250000000",
                "USD",
                currency_inferred=False,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b8-money-gbp-code-apc",
        "text": "The Advanced Propulsion Centre will award GBP 18 million to a rare earth magnet maker in "
        "Birmingham.",
        "commitments": [
            _c("Advanced Propulsion Centre", "GB", "grant", "18000000", "GBP", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b8-money-clp-enami",
        "text": "ENAMI will invest CLP 180 billion in upgrading the Paipote copper smelter.",
        "commitments": [_c("ENAMI", "CL", "equity", "180000000000", "CLP", minerals=["copper"])],
    },
    {
        "id": "b8-money-bn-albemarle",
        "text": "Albemarle will invest $1.2bn in a lithium hydroxide plant in South Carolina.",
        "commitments": [_c("Albemarle", "US", "equity", "1200000000", "USD", minerals=["lithium"])],
    },
    {
        "id": "b8-money-full-digits-interior",
        "text": "The Department of the Interior awarded $4,500,000 to three state geological surveys for "
        "mapping antimony and tellurium deposits.",
        "commitments": [
            _c(
                "Department of the Interior",
                "US",
                "grant",
                "4500000",
                "USD",
                minerals=["antimony", "tellurium"],
            )
        ],
    },
    # --- status and day words ---
    {
        "id": "b8-status-cez-signed-monday",
        "text": "ČEZ signed a CZK 2 billion loan to Geomet for the Cínovec lithium project on Monday.",
        "commitments": [
            _c(
                "ČEZ",
                "CZ",
                "loan",
                "2000000000",
                "CZK",
                counterparty="Geomet",
                minerals=["lithium"],
                project="Cínovec lithium project",
                status="binding",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b8-status-bnb-disbursed",
        "text": "Banco do Nordeste has disbursed the first 120 million reais of its loan to Sigma Lithium.",
        "commitments": [
            _c(
                "Banco do Nordeste",
                "BR",
                "loan",
                "120000000",
                "BRL",
                counterparty="Sigma Lithium",
                status="disbursed",
            )
        ],
    },
    {
        "id": "b8-status-chile-proposed-floor",
        "text": "Chile has proposed a price floor for copper bought from small miners.",
        "commitments": [_c("CL", "CL", "price-floor", None, minerals=["copper"], status="proposed")],
    },
    {
        "id": "b8-status-eksfin-conditional-today",
        "text": "Eksfin announced today a conditional NOK 300 million guarantee for Morrow Batteries' "
        "lithium iron phosphate cell line.",
        "commitments": [
            _c(
                "Eksfin",
                "NO",
                "guarantee",
                "300000000",
                "NOK",
                counterparty="Morrow Batteries",
                minerals=["lithium"],
                status="conditional",
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    {
        "id": "b8-status-tuesday-kabil",
        "text": "On Tuesday KABIL signed a binding agreement to take a 40% stake in a cobalt project in "
        "Zambia.",
        "commitments": [
            _c(
                "KABIL",
                "IN",
                "equity",
                None,
                minerals=["cobalt"],
                status="binding",
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    # --- no commitment ---
    {
        "id": "b8-none-question-eksfin",
        "text": "Has Eksfin ever backed anything outside Norway?",
        "commitments": [],
    },
    {
        "id": "b8-none-opinion-lpo-pipeline",
        "text": "Honestly the LPO's nickel pipeline looks thin to me.",
        "commitments": [],
    },
    {
        "id": "b8-none-rumour-manara",
        "text": "Rumour: Manara is circling a stake in a Zambian copper miner, nothing confirmed yet.",
        "commitments": [],
    },
    {
        "id": "b8-none-history-kghm-2021",
        "text": "Back in 2021 KGHM spent PLN 2bn on the same Głogów smelter.",
        "commitments": [],
    },
    {
        "id": "b8-none-negation-codelco",
        "text": "Codelco said it will not sell copper to the Hamburg smelter next year.",
        "commitments": [],
    },
    {
        "id": "b8-none-price-ndpr",
        "text": "NdPr oxide is trading around $62 a kilo in Shanghai this week.",
        "commitments": [],
    },
    {
        "id": "b8-none-chatter-g7-deck",
        "text": "Can someone send me the deck on the G7 Critical Minerals Action Plan before 3pm?",
        "commitments": [],
    },
    {
        "id": "b8-none-stat-indonesia-exports",
        "text": "Indonesia exported about $34 billion of nickel products last year.",
        "commitments": [],
    },
    {
        "id": "b8-none-question-ottawa-floor",
        "text": "Should Ottawa set a price floor for graphite or just stockpile it?",
        "commitments": [],
    },
    {
        "id": "b8-none-forecast-lynas",
        "text": "Analysts expect Lynas to raise dysprosium prices by 10% next quarter.",
        "commitments": [],
    },
    {
        "id": "b8-none-weighing-philippines",
        "text": "The Philippines is reportedly weighing a ban on raw nickel ore exports.",
        "commitments": [],
    },
    {
        "id": "b8-none-denial-aurubis",
        "text": "Aurubis denied reports that it plans a €300m recycling plant in Georgia.",
        "commitments": [],
    },
    {
        "id": "b8-none-stat-temasek",
        "text": "Temasek's latest annual report puts its portfolio at S$389 billion.",
        "commitments": [],
    },
    {
        "id": "b8-none-lobbying-canberra",
        "text": "Industry groups urged Canberra to set a price floor for rare earths.",
        "commitments": [],
    },
    {
        "id": "b8-none-chatter-spreadsheet",
        "text": "Spreadsheet of every MSP-backed deal since 2022 is in the shared drive; the cobalt tab "
        "is still empty.",
        "commitments": [],
    },
    {
        "id": "b8-none-typo-crore",
        "text": "The ₹1 lakh crore figure in yesterday's note was a typo, it should be ₹10,000 crore.",
        "commitments": [],
    },
    {
        "id": "b8-none-price-apt",
        "text": "Tungsten APT hit $600 a tonne unit, the highest since 2013.",
        "commitments": [],
    },
    {
        "id": "b8-none-chatter-praise",
        "text": "Nice work on the briefing, the KEXIM vs JBIC comparison was exactly what the minister "
        "wanted.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b8-art-oslo-eksfin-reetec",
        "kind": "article",
        "headline": "Eksfin backs REEtec rare earth separation plant with NOK 800 million guarantee",
        "text": "OSLO, 3 June 2025 (NTB) – Export Finance Norway (Eksfin) will guarantee NOK 800 million "
        "of bank loans to REEtec for its rare earth separation plant at Herøya, the state agency said "
        "on Tuesday.\n\n"
        "German magnet maker Vacuumschmelze agreed to buy NdPr oxide from REEtec's Herøya plant for "
        "seven years, REEtec said.\n\n"
        '"The NOK 800 million guarantee lets a Norwegian plant separate rare earths that Europe now '
        "buys from China,\" Eksfin's chief executive said.\n\n"
        "REEtec was founded in 2013 and ran a pilot line in Oslo from 2019. In 2024 it secured "
        "feedstock from a mine in Canada, and construction at Herøya began the same year.\n\n"
        "The plant is designed to produce about 720 tonnes of NdPr oxide a year, a small share of "
        "European demand.",
        "commitments": [
            _c(
                "Eksfin",
                "NO",
                "guarantee",
                "800000000",
                "NOK",
                counterparty="REEtec",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 3),
            ),
            _c(
                "Vacuumschmelze",
                "DE",
                "offtake",
                None,
                counterparty="REEtec",
                minerals=["ndpr"],
                announced_on=date(2025, 6, 3),
            ),
        ],
    },
    {
        "id": "b8-art-manila-dbp-nickel-asia",
        "kind": "article",
        "headline": "DBP lends ₱4.5 billion for Surigao nickel processing plant",
        "text": "MANILA, Philippines — June 9, 2025 — The Development Bank of the Philippines (DBP) "
        "will lend ₱4.5 billion to Nickel Asia Corp. for a nickel processing plant in Surigao del "
        "Norte, the state-run bank said on Monday.\n\n"
        "Sumitomo Metal Mining agreed to buy mixed hydroxide precipitate containing nickel and cobalt "
        "from the plant for ten years, according to a stock exchange disclosure.\n\n"
        "The Philippines and Japan also signed a memorandum of understanding on nickel and cobalt "
        "processing during a visit to Manila by Japan's economy minister.\n\n"
        '"This ₱4.5-billion loan moves us from shipping ore to shipping metal," DBP\'s president '
        "said.\n\n"
        "The Philippines is the world's second-largest nickel ore producer but has no refinery of its "
        "own. A 2023 bill to ban raw ore exports stalled in the Senate, and Nickel Asia has shipped "
        "most of its ore to China since 2010.\n\n"
        "Nickel Asia shares rose 6% in Manila.",
        "commitments": [
            _c(
                "DBP",
                "PH",
                "loan",
                "4500000000",
                "PHP",
                counterparty="Nickel Asia",
                minerals=["nickel"],
                announced_on=date(2025, 6, 9),
            ),
            _c(
                "Sumitomo Metal Mining",
                "JP",
                "offtake",
                None,
                minerals=["cobalt", "nickel"],
                announced_on=date(2025, 6, 9),
            ),
            _c(
                "PH",
                "PH",
                "mou",
                None,
                counterparty="JP",
                minerals=["cobalt", "nickel"],
                announced_on=date(2025, 6, 9),
            ),
            _c(
                "JP",
                "JP",
                "mou",
                None,
                counterparty="PH",
                minerals=["cobalt", "nickel"],
                announced_on=date(2025, 6, 9),
            ),
        ],
    },
    {
        "id": "b8-art-johannesburg-pic-manganese",
        "kind": "article",
        "headline": "PIC to invest R1.5 billion in Northern Cape manganese sulphate plant",
        "text": "JOHANNESBURG, June 12 (Reuters) - South Africa's Public Investment Corporation (PIC) "
        "will invest R1.5 billion in a battery-grade manganese sulphate plant in the Northern Cape, "
        "the state asset manager said on Thursday.\n\n"
        "The Development Bank of Southern Africa (DBSA) will lend a further R900 million for the plant "
        "and a rail spur to the Kalahari manganese field.\n\n"
        "South Africa holds most of the world's known manganese reserves but exports almost all of "
        "it as ore. In 2022 the government promised a beneficiation strategy, and in 2023 a Japanese "
        "trading house studied a similar plant but dropped the plan.\n\n"
        '"With R1.5 billion from the PIC we can finally process manganese at home," the project\'s '
        "chief executive said.\n\n"
        "Construction is expected to start in 2026, and the plant would produce 50,000 tonnes a "
        "year.",
        "commitments": [
            _c(
                "PIC",
                "ZA",
                "equity",
                "1500000000",
                "ZAR",
                minerals=["manganese"],
                announced_on=date(2025, 6, 12),
            ),
            _c(
                "DBSA",
                "ZA",
                "loan",
                "900000000",
                "ZAR",
                minerals=["manganese"],
                announced_on=date(2025, 6, 12),
            ),
        ],
    },
    {
        "id": "b8-art-washington-lpo-westwin",
        "kind": "article",
        "headline": "US offers $1.4 billion conditional loan for Oklahoma nickel refinery",
        "text": "WASHINGTON, June 17 (Reuters) - The Department of Energy's Loan Programs Office (LPO) "
        "offered a conditional commitment for a $1.4 billion loan to Westwin Elements to build a nickel "
        "and cobalt refinery in Oklahoma, the department said on Tuesday.\n\n"
        "Ford agreed to buy refined nickel from the plant for its electric vehicle batteries, Westwin "
        "said.\n\n"
        "The United States has had no large nickel refinery for decades, and almost all the nickel "
        "its battery makers use is refined in Asia.\n\n"
        "The loan remains subject to final due diligence and the negotiation of definitive financing "
        "documents, the LPO said.\n\n"
        "The office offered $2 billion to Redwood Materials for a battery recycling plant in Nevada in "
        "2023, and in 2024 it lent $2.26 billion to Lithium Americas for the Thacker Pass project.\n\n"
        '"Nickel refining is where the supply chain breaks," an Energy Department official said. '
        '"A $1.4 billion loan fixes one link."\n\n'
        "Westwin, based in Oklahoma, has run a pilot line since 2023. It did not say when "
        "construction would begin.",
        "commitments": [
            _c(
                "LPO",
                "US",
                "loan",
                "1400000000",
                "USD",
                counterparty="Westwin Elements",
                minerals=["cobalt", "nickel"],
                status="conditional",
                announced_on=date(2025, 6, 17),
            ),
            _c("Ford", "US", "offtake", None, minerals=["nickel"], announced_on=date(2025, 6, 17)),
        ],
    },
    {
        "id": "b8-art-tokyo-sumitomo-yangibana",
        "kind": "article",
        "headline": "Sumitomo Corporation to take stake in Hastings' Yangibana rare earths project",
        "text": "Tokyo, June 5, 2025 – Sumitomo Corporation announced today that it will acquire a 15% "
        "stake in the Yangibana rare earths project in Western Australia from Hastings Technology "
        "Metals for A$140 million.\n\n"
        "Under a separate agreement, Sumitomo Corporation will buy 40% of the mixed rare earth "
        "carbonate produced at Yangibana for ten years.\n\n"
        '"The A$140 million investment gives Japanese magnet makers a second source outside China," '
        "said the head of Sumitomo Corporation's mineral resources group.\n\n"
        "Completion of the stake purchase is subject to approval by Australia's Foreign Investment "
        "Review Board.\n\n"
        "Sumitomo Corporation first invested in rare earths in 2010 through a venture in Kazakhstan. "
        "Yangibana has been in development since 2011, and in 2023 the Western Australian government "
        "approved its mining proposal.\n\n"
        "About Sumitomo Corporation\n"
        "Sumitomo Corporation is an integrated trading and business investment company with about "
        "900 subsidiaries.",
        "commitments": [
            _c(
                "Sumitomo Corporation",
                "JP",
                "equity",
                "140000000",
                "AUD",
                counterparty="Hastings Technology Metals",
                minerals=["rare-earths"],
                project="Yangibana rare earths project",
                status="conditional",
                announced_on=date(2025, 6, 5),
            ),
            _c(
                "Sumitomo Corporation",
                "JP",
                "offtake",
                None,
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 5),
            ),
        ],
    },
    {
        "id": "b8-art-brussels-eib-carester",
        "kind": "article",
        "headline": "EIB lends €100 million to Carester for rare earth recycling plant in Lacq",
        "text": "Brussels, 4 June 2025\n\n"
        "The European Investment Bank (EIB) will lend €100 million to Carester to build its rare earth "
        "recycling and separation plant in Lacq, in south-western France.\n\n"
        "The French government will also provide a €106 million grant to the plant, which will recover "
        "dysprosium and terbium from used magnets and mining concentrates.\n\n"
        '"This €100 million loan helps Europe recycle the magnets it already has," the EIB '
        "Vice-President said.\n\n"
        "Carester was founded in 2019 by former Solvay executives, and two Japanese investors took "
        "stakes in the Lacq project in 2023.\n\n"
        "The plant is due to start operations in 2026.",
        "commitments": [
            _c(
                "EIB",
                "EU",
                "loan",
                "100000000",
                "EUR",
                counterparty="Carester",
                announced_on=date(2025, 6, 4),
            ),
            _c(
                "FR",
                "FR",
                "grant",
                "106000000",
                "EUR",
                minerals=["dysprosium", "terbium"],
                announced_on=date(2025, 6, 4),
            ),
        ],
    },
    {
        "id": "b8-art-new-delhi-kabil-exim",
        "kind": "article",
        "headline": "KABIL to invest ₹200 crore in Argentine lithium blocks; India Exim Bank extends credit "
        "to Zambia",
        "text": "NEW DELHI\n16 June 2025\n\n"
        "Khanij Bidesh India Ltd (KABIL) will invest ₹200 crore in exploring five lithium brine blocks "
        "in Argentina's Catamarca province, the Ministry of Mines said on Monday.\n\n"
        "The Export-Import Bank of India (India Exim Bank) will extend a $250 million line of credit to "
        "Zambia for copper and cobalt processing, the ministry said.\n\n"
        "KABIL was set up in 2019 by NALCO, Hindustan Copper and Mineral Exploration and Consultancy "
        "Ltd. In January 2024 it signed an agreement with Catamarca's state company CAMYEN for the "
        "same blocks.\n\n"
        '"₹200 crore in Catamarca is India\'s first step into lithium brine," a ministry official '
        "said.\n\n"
        "India imports all of its lithium, mostly as cells.",
        "commitments": [
            _c(
                "KABIL",
                "IN",
                "equity",
                "2000000000",
                "INR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "India Exim Bank",
                "IN",
                "loan",
                "250000000",
                "USD",
                currency_inferred=False,
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b8-art-santiago-rio-maricunga",
        "kind": "article",
        "headline": "Rio Tinto to invest up to $900 million in Codelco's Maricunga lithium project",
        "text": "SANTIAGO, Chile, June 13, 2025 -- Rio Tinto will invest up to $900 million for a "
        "49.99% stake in a joint venture with Codelco to develop the Maricunga lithium project in the "
        "Atacama region, the two companies said on Friday.\n\n"
        "LG Energy Solution agreed to buy lithium carbonate from the joint venture for eight years once "
        "production starts.\n\n"
        '"Up to $900 million will take Maricunga from studies to a mine," Rio Tinto\'s chief '
        "executive said in a statement.\n\n"
        "Codelco acquired Maricunga through its 2023 purchase of Lithium Power International. In 2024 "
        "it agreed a partnership with SQM at the Salar de Atacama that runs to 2060.\n\n"
        "Chile is the world's second-largest lithium producer.",
        "commitments": [
            _c(
                "Rio Tinto",
                "GB",
                "equity",
                "900000000",
                "USD",
                amount_is_ceiling=True,
                counterparty="Codelco",
                minerals=["lithium"],
                project="Maricunga lithium project",
                announced_on=date(2025, 6, 13),
            ),
            _c(
                "LG Energy Solution",
                "KR",
                "offtake",
                None,
                minerals=["lithium"],
                announced_on=date(2025, 6, 13),
            ),
        ],
    },
    {
        "id": "b8-art-abu-dhabi-irh-adex",
        "kind": "article",
        "headline": "IRH to invest $1.1 billion in Zambian copper and cobalt mine; ADEX to lend to Lusaka",
        "text": "ABU DHABI, UAE, 10 June 2025 — International Resources Holding (IRH) will invest $1.1 "
        "billion in a copper and cobalt mine in Zambia's North-Western province, the Abu Dhabi company "
        "said on Tuesday.\n\n"
        "The Abu Dhabi Exports Office (ADEX) will lend up to AED 550 million to the Zambian government "
        "for power lines serving the mine.\n\n"
        '"Zambia is our anchor in African copper," IRH\'s chief executive said.\n\n'
        "IRH agreed in 2023 to buy 51% of Mopani Copper Mines for $1.1 billion, a deal that closed in "
        "2024.\n\n"
        "The new mine is expected to produce 120,000 tonnes of copper a year from 2029.",
        "commitments": [
            _c(
                "IRH",
                "AE",
                "equity",
                "1100000000",
                "USD",
                currency_inferred=False,
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 10),
            ),
            _c(
                "ADEX",
                "AE",
                "loan",
                "550000000",
                "AED",
                amount_is_ceiling=True,
                announced_on=date(2025, 6, 10),
            ),
        ],
    },
    {
        "id": "b8-art-london-breakingviews-price-floors",
        "kind": "article",
        "headline": "Breakingviews: Price floors are the G7's favourite idea, and nobody has priced one",
        "text": "LONDON, June 19 (Reuters Breakingviews) - Everyone in Kananaskis wanted to talk about "
        "price floors. Nobody wanted to say who would pay for them.\n\n"
        "The G7 Critical Minerals Action Plan talks about standards-based markets but sets no number. "
        "NdPr oxide trades at around $60 a kilogram in China, well below what a Western separation "
        "plant needs to break even.\n\n"
        "In 2023 the Minerals Security Partnership drew up a list of projects worth backing, but few "
        "of them have been financed. Japan built up rare earth stocks after China cut exports in 2010, "
        "and it took years to matter.\n\n"
        "Some bankers think Washington could end up writing the first cheque. Others say a floor "
        "without a buyer of last resort is just a press release. A fund of $5 billion, one banker "
        "reckons, would barely cover three years of Western NdPr output.\n\n"
        "Would a floor survive the next price spike? Nobody in Kananaskis seemed sure.\n\n"
        "Either way, the plan gives investors little to model.\n\n"
        "The author is a Reuters Breakingviews columnist. The opinions expressed are their own.",
        "commitments": [],
    },
    {
        "id": "b8-art-seoul-posco-gwangyang",
        "kind": "article",
        "headline": "POSCO Holdings to invest 1.1 trillion won in lithium hydroxide plant",
        "text": "SEOUL, June 18 (Yonhap) -- POSCO Holdings will invest 1.1 trillion won in a second "
        "lithium hydroxide plant at Gwangyang, the steelmaker's holding company said Wednesday.\n\n"
        "Hyundai Motor Co. has agreed to buy lithium hydroxide from the plant for its battery "
        "partners, POSCO said.\n\n"
        "The Ministry of Trade, Industry and Energy will also require permits for exports of lithium "
        "battery scrap from next month, a ministry official said.\n\n"
        "POSCO bought the Hombre Muerto lithium brine in Argentina in 2018 for $280 million, and its "
        "first Gwangyang plant started production in 2023.\n\n"
        '"A 1.1 trillion won investment makes Gwangyang the largest lithium hub in Asia outside '
        'China," a POSCO official said.',
        "commitments": [
            _c(
                "POSCO Holdings",
                "KR",
                "equity",
                "1100000000000",
                "KRW",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Hyundai Motor",
                "KR",
                "offtake",
                None,
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Ministry of Trade, Industry and Energy",
                "KR",
                "export-control",
                None,
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b8-art-montreal-cdpq-torngat",
        "kind": "article",
        "headline": "CDPQ invests in Torngat Metals' Strange Lake rare earths project",
        "text": "MONTREAL, June 19, 2025 /CNW/ - CDPQ will invest $150 million in Torngat Metals to "
        "advance the Strange Lake rare earths project in northern Quebec, the two parties announced "
        "today.\n\n"
        "Neo Performance Materials has agreed to buy mixed rare earth carbonate from Strange Lake for "
        "its separation plant in Estonia, Torngat said.\n\n"
        "Quick facts\n"
        "- Strange Lake is one of the largest undeveloped rare earth deposits outside China.\n"
        "- In 2023 the Government of Quebec invested in Torngat through Investissement Québec.\n"
        "- Torngat was founded in 2019.\n\n"
        '"This $150 million investment keeps a world-class deposit in Quebec hands," CDPQ\'s head '
        "of infrastructure said.\n\n"
        "Contacts: Media relations, CDPQ",
        "commitments": [
            _c(
                "CDPQ",
                "CA",
                "equity",
                "150000000",
                "CAD",
                currency_inferred=True,
                counterparty="Torngat Metals",
                minerals=["rare-earths"],
                project="Strange Lake rare earths project",
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "Neo Performance Materials",
                "CA",
                "offtake",
                None,
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b8-art-perth-nrfc-lynas",
        "kind": "article",
        "headline": "Reconstruction fund backs Lynas heavy rare earths expansion",
        "text": "Perth, Monday 16 June 2025\n\n"
        "Media release — Minister for Industry and Science\n\n"
        "The National Reconstruction Fund Corporation (NRFC) will invest $120 million in Lynas Rare "
        "Earths to expand dysprosium and terbium separation at Kalgoorlie, the Minister for Industry "
        "and Science announced today.\n\n"
        "Lynas Rare Earths has agreed to supply separated dysprosium and terbium oxides from "
        "Kalgoorlie to Shin-Etsu Chemical.\n\n"
        '"This $120 million puts heavy rare earths processing in the Goldfields," the Minister '
        "said.\n\n"
        "Lynas opened its Kalgoorlie plant in 2024. In 2023 the US Department of Defense agreed to fund "
        "a Lynas separation plant in Texas, and Japanese investors have financed the company since "
        "2011.\n\n"
        "Media contact: Minister's office",
        "commitments": [
            _c(
                "NRFC",
                "AU",
                "equity",
                "120000000",
                "AUD",
                currency_inferred=True,
                counterparty="Lynas Rare Earths",
                minerals=["dysprosium", "terbium"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "Lynas Rare Earths",
                "AU",
                "offtake",
                None,
                counterparty="Shin-Etsu Chemical",
                minerals=["dysprosium", "terbium"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b8-art-jakarta-danantara-pomalaa",
        "kind": "article",
        "headline": "Danantara to put Rp 12 trillion into Pomalaa nickel plant; Indonesia curbs NPI exports",
        "text": "JAKARTA, June 11 (Reuters) - Indonesia's sovereign wealth fund Danantara will invest "
        "Rp 12 trillion in a high-pressure acid leach plant at Pomalaa in Southeast Sulawesi that will "
        "produce nickel and cobalt for batteries, its chief investment officer said on Wednesday.\n\n"
        "The Ministry of Energy and Mineral Resources will stop issuing export permits for nickel pig "
        "iron from January, a ministry spokesman said, to push smelters toward battery-grade "
        "products.\n\n"
        "Indonesia banned exports of nickel ore in 2020 and has since attracted more than $30 billion "
        "of smelter investment, most of it from Chinese companies.\n\n"
        '"Rp 12 trillion in Pomalaa is a signal that Indonesians will own part of the nickel chain," '
        "the official said.\n\n"
        "Analysts said the curbs could lift nickel prices, which have fallen by about a third since "
        "2022.",
        "commitments": [
            _c(
                "Danantara",
                "ID",
                "equity",
                "12000000000000",
                "IDR",
                minerals=["cobalt", "nickel"],
                announced_on=date(2025, 6, 11),
            ),
            _c(
                "Ministry of Energy and Mineral Resources",
                "ID",
                "export-control",
                None,
                minerals=["nickel"],
                announced_on=date(2025, 6, 11),
            ),
        ],
    },
    {
        "id": "b8-art-luanda-lobito-refinery",
        "kind": "article",
        "headline": "Japanese and Italian money lines up for Lobito copper refinery",
        "text": "LUANDA, Angola, Thursday 5 June 2025 (Reuters) - Mitsubishi Corporation will take a 30% "
        "stake in a copper refinery planned at the port of Lobito for $240 million, the Japanese trading "
        "house and Angola's government said on Thursday, the largest Asian investment yet along the rail "
        "line that carries Congolese and Zambian copper to the Atlantic.\n\n"
        "Italy's Cassa Depositi e Prestiti (CDP) will lend €150 million for the refinery under the "
        "Mattei Plan, Rome's development programme for Africa, the Italian lender said in a separate "
        "statement.\n\n"
        "Angola's sovereign wealth fund, the Fundo Soberano de Angola (FSDEA), will invest 90 billion "
        "kwanzas in the project, the finance ministry said.\n\n"
        "Marubeni agreed to buy copper cathode from the refinery for ten years, the ministry added.\n\n"
        "The refinery, due to open in 2028, would process 150,000 tonnes a year of copper concentrate "
        "railed from mines in Congo's Katanga province and Zambia's Copperbelt. Today almost all of that "
        "concentrate is shipped to China for smelting.\n\n"
        '"With $240 million from Mitsubishi, Lobito stops being only a port and becomes an industrial '
        "town,\" Angola's minister of mineral resources told reporters in Luanda.\n\n"
        '"Our €150 million loan is the first CDP has made to a metals project in Angola," a CDP '
        'executive said. "We expect others to follow."\n\n'
        "Mitsubishi said its stake would give Japanese cable and electronics makers copper that does not "
        "pass through Chinese smelters. It did not say whether it would add more capital later.\n\n"
        "BACKGROUND\n\n"
        "The Lobito Corridor became a Western priority in 2023, when the United States and the European "
        "Union agreed to back the Lobito Atlantic Railway, a 1,300-km line run by a consortium of "
        "Trafigura, Mota-Engil and Vecturis. In 2024 the US International Development Finance "
        "Corporation lent $553 million to the railway, and the Africa Finance Corporation pledged "
        "further money for a Zambian extension.\n\n"
        "Angola has borrowed heavily from China since 2002, repaying much of it in oil. The government "
        "has sought other lenders since a 2020 debt restructuring.\n\n"
        "Italy launched the Mattei Plan in January 2024 with an initial envelope of €5.5 billion.\n\n"
        "Copper has risen about 10% this year to around $9,600 a tonne on the London Metal Exchange.\n\n"
        'Analysts said more investors could join. "The Gulf funds have been looking at Lobito for a '
        'year," said a mining analyst in Johannesburg. "I would not be surprised to see one of them '
        'take a stake by Christmas."\n\n'
        "Zambia is also expected to announce incentives for refiners along the corridor later this year, "
        "but officials in Lusaka declined to give details.\n\n"
        "Mitsubishi shares were little changed in Tokyo.",
        "commitments": [
            _c(
                "Mitsubishi Corporation",
                "JP",
                "equity",
                "240000000",
                "USD",
                currency_inferred=False,
                minerals=["copper"],
                announced_on=date(2025, 6, 5),
            ),
            _c(
                "CDP",
                "IT",
                "loan",
                "150000000",
                "EUR",
                initiative="Mattei Plan",
                announced_on=date(2025, 6, 5),
            ),
            _c("FSDEA", "AO", "equity", "90000000000", "AOA", announced_on=date(2025, 6, 5)),
            _c("Marubeni", "JP", "offtake", None, minerals=["copper"], announced_on=date(2025, 6, 5)),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-8"

# Filled in by the lead after the one scoring run (2026-11-30, 20:14 UTC: 113 of 139 exact); the
# cases stay as written. Tuning round 5 fixed 25 of the 26 misses by general rules, each with a
# main-corpus case in other words; the one left is a convention this batch alone decided.
BLIND8_MISSES: dict[str, str] = {
    "b8-verb-ghana-mou-with-saudi": "expected 2 commitments, got 1: a convention this batch decided"
    ' alone; the main corpus ("KABIL signed an MoU with CAMYEN") and batches 6 and 7 (Saudi Arabia'
    ' with Morocco, Japan with Namibia) log "A signed an MoU with B" as one draft, A\'s, with B as'
    ' counterparty, and only "A and B signed" as one draft per signatory',
}
