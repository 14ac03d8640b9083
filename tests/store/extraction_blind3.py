"""Blind batch 3 ("set": "blind-3"): written from the sentences before the parser was run on them,
and never used to tune it.

Same case format as tests/store/extraction_corpus.py. Names the cases refer to that the main
corpus does not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA.
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (cases state dates)
from typing import Any

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Eneabba rare earths refinery",
    "Vittangi graphite project",
    "Keliber lithium project",
    "Nolans rare earths project",
    "Mount Holland lithium project",
    "Dubbo Project",
    "Teesside lithium refinery",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Lobito Corridor",
    "Sustainable Critical Minerals Alliance",
]

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b3-org-sace-guarantee",
        "text": "SACE is guaranteeing €220m of the bank debt for the Keliber lithium project.",
        "commitments": [
            {
                "actor": "SACE",
                "actor_country": "IT",
                "instrument": "guarantee",
                "amount": "220000000",
                "currency": "EUR",
                "amount_is_ceiling": False,
                "minerals": ["lithium"],
                "project": "Keliber lithium project",
            }
        ],
    },
    {
        "id": "b3-org-komir-stockpile",
        "text": "KOMIR will add gallium and germanium to its strategic reserve, targeting 100 days of "
        "domestic demand by 2027.",
        "commitments": [
            {
                "actor": "KOMIR",
                "actor_country": "KR",
                "instrument": "stockpile",
                "minerals": ["gallium", "germanium"],
                "project": None,
            }
        ],
    },
    {
        "id": "b3-org-bpifrance-stake",
        "text": "fyi Bpifrance has taken a 7% stake in the lithium refining start-up near Mulhouse",
        "commitments": [
            {
                "actor": "Bpifrance",
                "actor_country": "FR",
                "instrument": "equity",
                "minerals": ["lithium"],
                "project": None,
            }
        ],
    },
    {
        "id": "b3-org-mubadala-equity",
        "text": "Mubadala put $250m into a Brazilian nickel and cobalt miner this week.",
        "commitments": [
            {
                "actor": "Mubadala",
                "actor_country": "AE",
                "instrument": "equity",
                "amount": "250000000",
                "currency": "USD",
                "minerals": ["nickel", "cobalt"],
            }
        ],
    },
    {
        "id": "b3-org-iluka-supply",
        "text": "Iluka agreed to supply separated dysprosium and terbium oxide to Solvay's La Rochelle "
        "plant from 2027.",
        "commitments": [
            {
                "actor": "Iluka",
                "actor_country": "AU",
                "instrument": "offtake",
                "counterparty": "Solvay",
                "minerals": ["dysprosium", "terbium"],
            }
        ],
    },
    {
        "id": "b3-org-ukef-buyer-credit",
        "text": "UKEF is providing a £75m buyer credit for equipment at a rare earth magnet plant.",
        "commitments": [
            {
                "actor": "UKEF",
                "actor_country": "GB",
                "instrument": "loan",
                "amount": "75000000",
                "currency": "GBP",
                "minerals": ["rare-earths"],
            }
        ],
    },
    {
        "id": "b3-org-unknown-fund",
        "text": "Halberd Minerals Capital said it will invest €30m in a germanium recovery line.",
        "commitments": [
            {
                "actor": "Halberd Minerals Capital",
                "actor_country": None,
                "instrument": "equity",
                "amount": "30000000",
                "currency": "EUR",
                "minerals": ["germanium"],
            }
        ],
    },
    {
        "id": "b3-org-unknown-buyer",
        "text": "Ardent Feedstock Partners has agreed to buy all of the scandium oxide from the pilot "
        "plant for five years.",
        "commitments": [
            {
                "actor": "Ardent Feedstock Partners",
                "actor_country": None,
                "instrument": "offtake",
                "minerals": ["scandium"],
            }
        ],
    },
    {
        "id": "b3-org-glencore-offtake",
        "text": "Glencore has signed a life-of-mine offtake with Talga for graphite anode material "
        "from Vittangi.",
        "commitments": [
            {
                "actor": "Glencore",
                "actor_country": "CH",
                "instrument": "offtake",
                "counterparty": "Talga",
                "minerals": ["graphite"],
                "project": "Vittangi graphite project",
            }
        ],
    },
    {
        "id": "b3-org-jogmec-interest",
        "text": "JOGMEC will acquire a 20% interest in the Nolans rare earths project.",
        "commitments": [
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "equity",
                "minerals": ["rare-earths"],
                "project": "Nolans rare earths project",
            }
        ],
    },
    {
        "id": "b3-org-kexim-credit-line",
        "text": "KEXIM extended a $500m credit line to POSCO Future M for its Argentine lithium project.",
        "commitments": [
            {
                "actor": "KEXIM",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "500000000",
                "currency": "USD",
                "counterparty": "POSCO Future M",
                "minerals": ["lithium"],
            }
        ],
    },
    {
        "id": "b3-org-nrf-vanadium",
        "text": "The National Reconstruction Fund is investing A$50 million in a vanadium electrolyte "
        "plant in Townsville.",
        "commitments": [
            {
                "actor": "NRF",
                "actor_country": "AU",
                "instrument": "equity",
                "amount": "50000000",
                "currency": "AUD",
                "minerals": ["vanadium"],
            }
        ],
    },
    {
        "id": "b3-org-umicore-plant",
        "text": "Umicore will invest €350 million in its cathode precursor plant in Nysa.",
        "commitments": [
            {
                "actor": "Umicore",
                "actor_country": "BE",
                "instrument": "equity",
                "amount": "350000000",
                "currency": "EUR",
                "minerals": [],
            }
        ],
    },
    # --- (2) several actors ---
    {
        "id": "b3-multi-norway-finland-each",
        "text": "Norway and Finland will each provide EUR 25 million in grant funding for "
        "battery-metals recycling pilots.",
        "commitments": [
            {
                "actor": "NO",
                "actor_country": "NO",
                "instrument": "grant",
                "amount": "25000000",
                "currency": "EUR",
            },
            {
                "actor": "FI",
                "actor_country": "FI",
                "instrument": "grant",
                "amount": "25000000",
                "currency": "EUR",
            },
        ],
    },
    {
        "id": "b3-multi-tokyo-delhi-jointly",
        "text": "Tokyo and New Delhi agreed to jointly build up a rare earth stockpile.",
        "commitments": [
            {
                "actor": "JP",
                "actor_country": "JP",
                "instrument": "stockpile",
                "amount": None,
                "minerals": ["rare-earths"],
            },
            {
                "actor": "IN",
                "actor_country": "IN",
                "instrument": "stockpile",
                "amount": None,
                "minerals": ["rare-earths"],
            },
        ],
    },
    {
        "id": "b3-multi-three-banks-each",
        "text": "KfW, Bpifrance and CDP will each lend €100m to the Keliber lithium project.",
        "commitments": [
            {
                "actor": "KfW",
                "actor_country": "DE",
                "instrument": "loan",
                "amount": "100000000",
                "currency": "EUR",
                "project": "Keliber lithium project",
            },
            {
                "actor": "Bpifrance",
                "actor_country": "FR",
                "instrument": "loan",
                "amount": "100000000",
                "currency": "EUR",
                "project": "Keliber lithium project",
            },
            {
                "actor": "CDP",
                "actor_country": "IT",
                "instrument": "loan",
                "amount": "100000000",
                "currency": "EUR",
                "project": "Keliber lithium project",
            },
        ],
    },
    {
        "id": "b3-multi-jbic-kexim-jointly",
        "text": "JBIC and KEXIM will jointly lend $800 million to the Mount Holland lithium project.",
        "commitments": [
            {
                "actor": "JBIC",
                "actor_country": "JP",
                "instrument": "loan",
                "amount": "800000000",
                "currency": "USD",
                "project": "Mount Holland lithium project",
            },
            {
                "actor": "KEXIM",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": None,
                "project": "Mount Holland lithium project",
            },
        ],
    },
    {
        "id": "b3-multi-trading-houses-each",
        "text": "Toyota Tsusho and Sojitz each took a 15% stake in the Dubbo project.",
        "commitments": [
            {
                "actor": "Toyota Tsusho",
                "actor_country": "JP",
                "instrument": "equity",
                "project": "Dubbo Project",
            },
            {
                "actor": "Sojitz",
                "actor_country": "JP",
                "instrument": "equity",
                "project": "Dubbo Project",
            },
        ],
    },
    {
        "id": "b3-multi-saudi-together",
        "text": "Ma'aden and Manara Minerals together will invest $2.5bn in overseas copper and nickel "
        "assets this year.",
        "commitments": [
            {
                "actor": "Ma'aden",
                "actor_country": "SA",
                "instrument": "equity",
                "amount": "2500000000",
                "currency": "USD",
                "minerals": ["copper", "nickel"],
            },
            {
                "actor": "Manara Minerals",
                "actor_country": "SA",
                "instrument": "equity",
                "amount": None,
                "minerals": ["copper", "nickel"],
            },
        ],
    },
    {
        "id": "b3-multi-canberra-seoul-each",
        "text": "Canberra and Seoul each agreed to set aside $500m for critical minerals stockpiles.",
        "commitments": [
            {
                "actor": "AU",
                "actor_country": "AU",
                "instrument": "stockpile",
                "amount": "500000000",
                "currency": "AUD",
                "currency_inferred": True,
            },
            {
                "actor": "KR",
                "actor_country": "KR",
                "instrument": "stockpile",
                "amount": "500000000",
                "currency": "USD",
            },
        ],
    },
    {
        "id": "b3-multi-ford-gm-each",
        "text": "Ford and GM each signed offtake agreements with Albemarle for lithium hydroxide.",
        "commitments": [
            {
                "actor": "Ford",
                "actor_country": "US",
                "instrument": "offtake",
                "counterparty": "Albemarle",
                "minerals": ["lithium"],
            },
            {
                "actor": "GM",
                "actor_country": "US",
                "instrument": "offtake",
                "counterparty": "Albemarle",
                "minerals": ["lithium"],
            },
        ],
    },
    {
        "id": "b3-multi-eu-japan-jointly-fund",
        "text": "The EU and Japan will jointly fund a €60m graphite purification pilot.",
        "commitments": [
            {
                "actor": "EU",
                "actor_country": "EU",
                "instrument": "grant",
                "amount": "60000000",
                "currency": "EUR",
                "minerals": ["graphite"],
            },
            {
                "actor": "JP",
                "actor_country": "JP",
                "instrument": "grant",
                "amount": None,
                "minerals": ["graphite"],
            },
        ],
    },
    {
        "id": "b3-multi-automakers-jointly",
        "text": "BMW, Volkswagen and Umicore are jointly investing in a cobalt recycling hub in Hanau.",
        "commitments": [
            {"actor": "BMW", "actor_country": "DE", "instrument": "equity", "minerals": ["cobalt"]},
            {
                "actor": "Volkswagen",
                "actor_country": "DE",
                "instrument": "equity",
                "amount": None,
                "minerals": ["cobalt"],
            },
            {
                "actor": "Umicore",
                "actor_country": "BE",
                "instrument": "equity",
                "amount": None,
                "minerals": ["cobalt"],
            },
        ],
    },
    {
        "id": "b3-multi-dfc-exim-each-lobito",
        "text": "DFC and EXIM each approved $150 million loans for the Lobito Corridor rail upgrade.",
        "commitments": [
            {
                "actor": "DFC",
                "actor_country": "US",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "USD",
                "initiative": "Lobito Corridor",
            },
            {
                "actor": "EXIM",
                "actor_country": "US",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "USD",
                "initiative": "Lobito Corridor",
            },
        ],
    },
    # --- (3) the wrong party as actor: a place or supplier named later ---
    {
        "id": "b3-wrong-sojitz-eneabba",
        "text": "Sojitz agreed to take a third of the NdPr oxide produced at the Eneabba refinery in "
        "Western Australia.",
        "commitments": [
            {
                "actor": "Sojitz",
                "actor_country": "JP",
                "instrument": "offtake",
                "minerals": ["ndpr"],
                "project": "Eneabba rare earths refinery",
            }
        ],
    },
    {
        "id": "b3-wrong-place-first",
        "text": "In Chile's Atacama, LG Energy Solution signed a lithium supply deal with SQM.",
        "commitments": [
            {
                "actor": "LG Energy Solution",
                "actor_country": "KR",
                "instrument": "offtake",
                "counterparty": "SQM",
                "minerals": ["lithium"],
            }
        ],
    },
    {
        "id": "b3-wrong-powerco-vale",
        "text": "PowerCo has agreed to buy nickel sulphate from Vale Base Metals in Canada for eight years.",
        "commitments": [
            {
                "actor": "PowerCo",
                "actor_country": "DE",
                "instrument": "offtake",
                "counterparty": "Vale Base Metals",
                "minerals": ["nickel"],
            }
        ],
    },
    {
        "id": "b3-wrong-passive-ekn",
        "text": "A $300m loan guarantee for Talga's graphite anode plant in Luleå was approved by EKN.",
        "commitments": [
            {
                "actor": "EKN",
                "actor_country": "SE",
                "instrument": "guarantee",
                "amount": "300000000",
                "currency": "USD",
                "minerals": ["graphite"],
            }
        ],
    },
    {
        "id": "b3-wrong-jbic-philippines",
        "text": "JBIC will provide a $220m loan to a Philippine nickel processor.",
        "commitments": [
            {
                "actor": "JBIC",
                "actor_country": "JP",
                "instrument": "loan",
                "amount": "220000000",
                "currency": "USD",
                "minerals": ["nickel"],
            }
        ],
    },
    {
        "id": "b3-wrong-komir-gecamines",
        "text": "KOMIR signed a deal with Gécamines to buy cobalt hydroxide from Congo's Kolwezi mines.",
        "commitments": [
            {
                "actor": "KOMIR",
                "actor_country": "KR",
                "instrument": "offtake",
                "counterparty": "Gécamines",
                "minerals": ["cobalt"],
            }
        ],
    },
    {
        "id": "b3-wrong-hyundai-quebec",
        "text": "Hyundai agreed to buy graphite from a Quebec mine owned by Nouveau Monde.",
        "commitments": [
            {
                "actor": "Hyundai",
                "actor_country": "KR",
                "instrument": "offtake",
                "counterparty": "Nouveau Monde",
                "minerals": ["graphite"],
            }
        ],
    },
    {
        "id": "b3-wrong-lynas-supplies-dod",
        "text": "Lynas will supply heavy rare earths to the Pentagon from its Texas plant under the "
        "new contract.",
        "commitments": [
            {
                "actor": "Lynas",
                "actor_country": "AU",
                "instrument": "offtake",
                "minerals": ["heavy-rare-earths"],
            }
        ],
    },
    {
        "id": "b3-wrong-project-subject-sojitz",
        "text": "The Tanzanian graphite project will get a $40 million equity injection from Sojitz.",
        "commitments": [
            {
                "actor": "Sojitz",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "40000000",
                "currency": "USD",
                "minerals": ["graphite"],
            }
        ],
    },
    {
        "id": "b3-wrong-bmw-managem",
        "text": "BMW signed a cobalt supply agreement with Morocco's Managem.",
        "commitments": [
            {
                "actor": "BMW",
                "actor_country": "DE",
                "instrument": "offtake",
                "counterparty": "Managem",
                "minerals": ["cobalt"],
            }
        ],
    },
    {
        "id": "b3-wrong-ford-jakarta",
        "text": "After talks in Jakarta, Ford took a stake in Vale Indonesia's Pomalaa nickel project.",
        "commitments": [
            {
                "actor": "Ford",
                "actor_country": "US",
                "instrument": "equity",
                "minerals": ["nickel"],
            }
        ],
    },
    {
        "id": "b3-wrong-mitsui-solwezi",
        "text": "Zambia's copper belt will send more ore to Japan: Mitsui agreed to buy 30% of the "
        "concentrate from a new Solwezi mine.",
        "commitments": [
            {
                "actor": "Mitsui",
                "actor_country": "JP",
                "instrument": "offtake",
                "minerals": ["copper"],
            }
        ],
    },
    # --- (4) instruments from the verb ---
    {
        "id": "b3-verb-manara-put-into",
        "text": "Manara Minerals put $1.5bn into a 10% stake in Vale Base Metals.",
        "commitments": [
            {
                "actor": "Manara Minerals",
                "actor_country": "SA",
                "instrument": "equity",
                "amount": "1500000000",
                "currency": "USD",
            }
        ],
    },
    {
        "id": "b3-verb-doe-awarded",
        "text": "DOE awarded $45 million to a gallium recovery demonstration at an alumina refinery "
        "in Louisiana.",
        "commitments": [
            {
                "actor": "DOE",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "45000000",
                "currency": "USD",
                "minerals": ["gallium"],
            }
        ],
    },
    {
        "id": "b3-verb-ukef-facility",
        "text": "UKEF has arranged a £200m credit facility for the Teesside lithium refinery.",
        "commitments": [
            {
                "actor": "UKEF",
                "actor_country": "GB",
                "instrument": "loan",
                "amount": "200000000",
                "currency": "GBP",
                "minerals": ["lithium"],
                "project": "Teesside lithium refinery",
            }
        ],
    },
    {
        "id": "b3-verb-dod-minimum-price",
        "text": "The DOD agreed to guarantee a minimum price of $110 per kilogram for NdPr oxide from "
        "MP Materials.",
        "commitments": [
            {
                "actor": "DOD",
                "actor_country": "US",
                "instrument": "price-floor",
                "minerals": ["ndpr"],
            }
        ],
    },
    {
        "id": "b3-verb-exim-letter",
        "text": "EXIM issued a letter of interest for up to $900 million to support a graphite mine "
        "in Alaska.",
        "commitments": [
            {
                "actor": "EXIM",
                "actor_country": "US",
                "instrument": "letter-of-interest",
                "amount": "900000000",
                "currency": "USD",
                "amount_is_ceiling": True,
                "minerals": ["graphite"],
            }
        ],
    },
    {
        "id": "b3-verb-hanoi-ban",
        "text": "Hanoi banned exports of unprocessed rare earth ore on Monday.",
        "commitments": [
            {
                "actor": "VN",
                "actor_country": "VN",
                "instrument": "export-control",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 6, 16),
            }
        ],
    },
    {
        "id": "b3-verb-india-duty",
        "text": "India raised the import duty on Chinese graphite electrodes to 20%.",
        "commitments": [
            {
                "actor": "IN",
                "actor_country": "IN",
                "instrument": "tariff",
                "counterparty": "CN",
                "minerals": ["graphite"],
            }
        ],
    },
    {
        "id": "b3-verb-ottawa-review",
        "text": "Ottawa ordered a national-security review of a Hong Kong buyer's bid for a Yukon "
        "tungsten mine.",
        "commitments": [
            {
                "actor": "CA",
                "actor_country": "CA",
                "instrument": "investment-screening",
                "minerals": ["tungsten"],
            }
        ],
    },
    {
        "id": "b3-verb-korea-indonesia-mou",
        "text": "Korea and Indonesia inked an MoU on nickel downstreaming in Jakarta yesterday.",
        "commitments": [
            {
                "actor": "KR",
                "actor_country": "KR",
                "instrument": "mou",
                "counterparty": "ID",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 19),
            },
            {
                "actor": "ID",
                "actor_country": "ID",
                "instrument": "mou",
                "counterparty": "KR",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 19),
            },
        ],
    },
    {
        "id": "b3-verb-saudi-backing",
        "text": "Saudi Arabia is backing an African copper consortium led by a Zambian state miner.",
        "commitments": [
            {
                "actor": "SA",
                "actor_country": "SA",
                "instrument": "other",
                "minerals": ["copper"],
            }
        ],
    },
    {
        "id": "b3-verb-pif-minority-stake",
        "text": "PIF will take a minority stake in a Pakistani copper-gold mine.",
        "commitments": [
            {"actor": "PIF", "actor_country": "SA", "instrument": "equity", "minerals": ["copper"]}
        ],
    },
    {
        "id": "b3-verb-jogmec-hold",
        "text": "JOGMEC will buy dysprosium and hold it in the national reserve.",
        "commitments": [
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "stockpile",
                "minerals": ["dysprosium"],
            }
        ],
    },
    {
        "id": "b3-verb-nwf-lend",
        "text": "NWF will lend £30m to reopen a tungsten mine in Devon.",
        "commitments": [
            {
                "actor": "NWF",
                "actor_country": "GB",
                "instrument": "loan",
                "amount": "30000000",
                "currency": "GBP",
                "minerals": ["tungsten"],
            }
        ],
    },
    # --- (5) money in every form ---
    {
        "id": "b3-money-nok-before",
        "text": "Eksfin approved a NOK 1.2 billion guarantee for a graphite anode plant at Herøya.",
        "commitments": [
            {
                "actor": "Eksfin",
                "actor_country": "NO",
                "instrument": "guarantee",
                "amount": "1200000000",
                "currency": "NOK",
                "amount_is_ceiling": False,
                "minerals": ["graphite"],
            }
        ],
    },
    {
        "id": "b3-money-sek-after",
        "text": "The Swedish government will grant 350 million SEK to a rare earth separation pilot "
        "in Luleå.",
        "commitments": [
            {
                "actor": "SE",
                "actor_country": "SE",
                "instrument": "grant",
                "amount": "350000000",
                "currency": "SEK",
                "minerals": ["rare-earths"],
            }
        ],
    },
    {
        "id": "b3-money-chf-after",
        "text": "Glencore will invest CHF 120 million in a nickel and cobalt recycling plant in Norway.",
        "commitments": [
            {
                "actor": "Glencore",
                "actor_country": "CH",
                "instrument": "equity",
                "amount": "120000000",
                "currency": "CHF",
                "minerals": ["nickel", "cobalt"],
            }
        ],
    },
    {
        "id": "b3-money-crore-rupee-sign",
        "text": "NMDC will invest ₹1,500 crore to acquire lithium assets abroad.",
        "commitments": [
            {
                "actor": "NMDC",
                "actor_country": "IN",
                "instrument": "equity",
                "amount": "15000000000",
                "currency": "INR",
                "minerals": ["lithium"],
            }
        ],
    },
    {
        "id": "b3-money-lakh-rs",
        "text": "The Ministry of Mines sanctioned grants of Rs 75 lakh to an IIT lab working on rare "
        "earth separation.",
        "commitments": [
            {
                "actor": "Ministry of Mines",
                "actor_country": "IN",
                "instrument": "grant",
                "amount": "7500000",
                "currency": "INR",
                "minerals": ["rare-earths"],
            }
        ],
    },
    {
        "id": "b3-money-inr-crore-code",
        "text": "New Delhi approved grants worth INR 1,500 crore for critical mineral recycling.",
        "commitments": [
            {
                "actor": "IN",
                "actor_country": "IN",
                "instrument": "grant",
                "amount": "15000000000",
                "currency": "INR",
                "minerals": [],
            }
        ],
    },
    {
        "id": "b3-money-brl",
        "text": "Brazil's BNDES will lend BRL 850 million to the Serra Verde rare earths mine in Goiás.",
        "commitments": [
            {
                "actor": "BNDES",
                "actor_country": "BR",
                "instrument": "loan",
                "amount": "850000000",
                "currency": "BRL",
                "minerals": ["rare-earths"],
            }
        ],
    },
    {
        "id": "b3-money-krw",
        "text": "Seoul will lend KRW 300 billion to battery makers that source lithium outside China.",
        "commitments": [
            {
                "actor": "KR",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "300000000000",
                "currency": "KRW",
                "minerals": ["lithium"],
            }
        ],
    },
    {
        "id": "b3-money-jpy-after",
        "text": "Toyota Tsusho is investing 45 billion JPY to expand its lithium carbonate plant in "
        "Argentina.",
        "commitments": [
            {
                "actor": "Toyota Tsusho",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "45000000000",
                "currency": "JPY",
                "minerals": ["lithium"],
            }
        ],
    },
    {
        "id": "b3-money-yen-sign-grant",
        "text": "METI will provide funding of ¥12 billion to JX Advanced Metals for germanium refining.",
        "commitments": [
            {
                "actor": "METI",
                "actor_country": "JP",
                "instrument": "grant",
                "amount": "12000000000",
                "currency": "JPY",
                "minerals": ["germanium"],
            }
        ],
    },
    {
        "id": "b3-money-number-words",
        "text": "IRH agreed to invest two billion dollars in Zambian copper mines over five years.",
        "commitments": [
            {
                "actor": "IRH",
                "actor_country": "AE",
                "instrument": "equity",
                "amount": "2000000000",
                "currency": "USD",
                "minerals": ["copper"],
            }
        ],
    },
    {
        "id": "b3-money-range-dfc",
        "text": "DFC will provide between $1bn and $1.5bn in financing for the Lobito Corridor.",
        "commitments": [
            {
                "actor": "DFC",
                "actor_country": "US",
                "instrument": "loan",
                "amount": "1500000000",
                "currency": "USD",
                "amount_is_ceiling": True,
                "initiative": "Lobito Corridor",
            }
        ],
    },
    {
        "id": "b3-money-bare-dollar-ottawa",
        "text": "Ottawa will put $120 million into a Quebec scandium project.",
        "commitments": [
            {
                "actor": "CA",
                "actor_country": "CA",
                "instrument": "equity",
                "amount": "120000000",
                "currency": "CAD",
                "currency_inferred": True,
                "minerals": ["scandium"],
            }
        ],
    },
    {
        "id": "b3-money-bare-dollar-efa",
        "text": "EFA signed a $150 million loan facility with a vanadium developer in Queensland.",
        "commitments": [
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "AUD",
                "currency_inferred": True,
                "minerals": ["vanadium"],
            }
        ],
    },
    {
        "id": "b3-money-sar",
        "text": "Ma'aden will invest SAR 4 billion in expanding copper output at Jabal Sayid.",
        "commitments": [
            {
                "actor": "Ma'aden",
                "actor_country": "SA",
                "instrument": "equity",
                "amount": "4000000000",
                "currency": "SAR",
                "minerals": ["copper"],
            }
        ],
    },
    {
        "id": "b3-money-aed-after",
        "text": "ADQ agreed to invest 900m AED in a lithium hydroxide converter in Khalifa Economic Zones.",
        "commitments": [
            {
                "actor": "ADQ",
                "actor_country": "AE",
                "instrument": "equity",
                "amount": "900000000",
                "currency": "AED",
                "minerals": ["lithium"],
            }
        ],
    },
    {
        "id": "b3-money-zar",
        "text": "South Africa's IDC will lend ZAR 1.2 billion to a platinum group metals refinery "
        "in Rustenburg.",
        "commitments": [
            {
                "actor": "IDC",
                "actor_country": "ZA",
                "instrument": "loan",
                "amount": "1200000000",
                "currency": "ZAR",
                "minerals": ["platinum-group-metals"],
            }
        ],
    },
    {
        "id": "b3-money-pounds-words",
        "text": "The UK will provide forty million pounds in grants for rare earth magnet recycling.",
        "commitments": [
            {
                "actor": "GB",
                "actor_country": "GB",
                "instrument": "grant",
                "amount": "40000000",
                "currency": "GBP",
                "minerals": ["rare-earths"],
            }
        ],
    },
    {
        "id": "b3-money-eib-up-to",
        "text": "The EIB will lend up to EUR 500 million for the Keliber lithium project, subject to "
        "board approval.",
        "commitments": [
            {
                "actor": "EIB",
                "actor_country": "EU",
                "instrument": "loan",
                "amount": "500000000",
                "currency": "EUR",
                "amount_is_ceiling": True,
                "status": "conditional",
                "minerals": ["lithium"],
                "project": "Keliber lithium project",
            }
        ],
    },
    {
        "id": "b3-money-cad-code-after",
        "text": "BDC will invest 25 million CAD in a cobalt refinery start-up in Sudbury.",
        "commitments": [
            {
                "actor": "BDC",
                "actor_country": "CA",
                "instrument": "equity",
                "amount": "25000000",
                "currency": "CAD",
                "minerals": ["cobalt"],
            }
        ],
    },
    {
        "id": "b3-money-usd-code-short",
        "text": "Heads up: CIB signed a USD 90mn loan with the Bécancour graphite anode plant today.",
        "commitments": [
            {
                "actor": "CIB",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "90000000",
                "currency": "USD",
                "status": "binding",
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 20),
            }
        ],
    },
    # --- no commitment: chatter, questions, hypotheticals, speculation, negations, history ---
    {
        "id": "b3-none-link",
        "text": "Anyone have the link to the JBIC press release from Tuesday?",
        "commitments": [],
    },
    {
        "id": "b3-none-komir-question",
        "text": "Has KOMIR actually bought any gallium for the stockpile yet, or is it still just a "
        "budget line?",
        "commitments": [],
    },
    {
        "id": "b3-none-hyp-efa",
        "text": "If EFA offered a bigger loan, Iluka might bring the Eneabba refinery forward a year.",
        "commitments": [],
    },
    {
        "id": "b3-none-spec-bpifrance",
        "text": "Bpifrance is said to be weighing a stake in a lithium refiner in Alsace.",
        "commitments": [],
    },
    {
        "id": "b3-none-neg-pif",
        "text": "PIF did not commit any money to the Zambian copper deal, despite the headlines.",
        "commitments": [],
    },
    {
        "id": "b3-none-history-jogmec",
        "text": "For context: the 2010 rare earth scare is what first got JOGMEC and Sojitz into Lynas.",
        "commitments": [],
    },
    {
        "id": "b3-none-chatter-lunch",
        "text": "Lunch at 1? I'll book the small room for the KfW call after.",
        "commitments": [],
    },
    {
        "id": "b3-none-neg-hyundai",
        "text": "The Hyundai offtake rumour is nonsense, they haven't signed anything with anyone.",
        "commitments": [],
    },
    {
        "id": "b3-none-q-dfc-lobito",
        "text": "Could DFC use the Lobito money for graphite too, or is it rail only?",
        "commitments": [],
    },
    {
        "id": "b3-none-hyp-mitsui",
        "text": "Mitsui would probably need an EXIM guarantee before it commits to Mount Holland.",
        "commitments": [],
    },
    {
        "id": "b3-none-old-figure",
        "text": "NMDC's ₹1,500 crore number is from last year's annual report, not a new commitment.",
        "commitments": [],
    },
    {
        "id": "b3-none-reminder",
        "text": "Reminder: the MSP principals meeting moved to Thursday, agenda in the drive.",
        "commitments": [],
    },
    {
        "id": "b3-none-spec-glencore",
        "text": "Reports that Glencore will sell its cobalt stake to Manara Minerals remain unconfirmed.",
        "commitments": [],
    },
    {
        "id": "b3-none-denied-korea-zinc",
        "text": "Korea Zinc denied it is in talks with the UAE about a germanium joint venture.",
        "commitments": [],
    },
    {
        "id": "b3-none-market",
        "text": "Nickel prices fell 4% this week on Indonesian oversupply, cobalt flat.",
        "commitments": [],
    },
    {
        "id": "b3-none-q-edc",
        "text": "What's the difference between EDC's loan and its guarantee program again?",
        "commitments": [],
    },
    {
        "id": "b3-none-unlikely-canberra",
        "text": "Canberra is unlikely to extend the price floor to lithium any time soon.",
        "commitments": [],
    },
    {
        "id": "b3-none-stalled",
        "text": "The EU's talks with Australia on a raw materials partnership stalled again in May.",
        "commitments": [],
    },
    {
        "id": "b3-none-q-umicore",
        "text": "Should we log Umicore's Nysa plant under Poland or Belgium?",
        "commitments": [],
    },
    {
        "id": "b3-none-history-dod",
        "text": "Background for the note: DOD started funding rare earth separation under Title III "
        "back in 2019, which is where the current programme comes from.",
        "commitments": [],
    },
    {
        "id": "b3-none-hedge-ford",
        "text": "Ford says it may eventually look at taking equity in a lithium miner, nothing concrete.",
        "commitments": [],
    },
    {
        "id": "b3-none-chatter-note",
        "text": "Drafting the weekly note now, send me anything on Saudi copper by 3.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b3-art-eneabba-efa-sojitz",
        "kind": "article",
        "headline": "Australia adds A$400 million loan for Eneabba rare earths refinery; Sojitz signs "
        "offtake",
        "text": "PERTH, June 18, 2025 - Export Finance Australia will lend an additional A$400 million "
        "to Iluka Resources to complete the Eneabba rare earths refinery in Western Australia, the "
        "government and the company said on Wednesday, as construction costs at the country's first "
        "fully integrated rare earths refinery continue to climb.\n\n"
        "At the same time, Japanese trading house Sojitz agreed to buy dysprosium and terbium oxide "
        "from Iluka for ten years once the refinery starts production, giving the project its first "
        "long-term customer for heavy rare earths outside Australia. Neither company disclosed the "
        "price terms, but Iluka said the contract includes a minimum volume and a pricing mechanism "
        "linked to published benchmarks.\n\n"
        "The new loan comes on top of the A$1.65 billion non-recourse loan that the government "
        "approved through its Critical Minerals Facility in 2022, when Iluka first took a final "
        "investment decision on the project. That earlier loan was part of a broader push by "
        "Canberra to build processing capacity at home rather than ship concentrate offshore for "
        "refining.\n\n"
        '"The additional A$400 million gives Iluka the headroom it needs to finish Eneabba on time," '
        'Resources Minister Madeleine King said in a statement. "This refinery is central to our '
        "plan to make Australia a reliable supplier of separated rare earths to our partners, and "
        "today's loan shows that the government stands behind it.\"\n\n"
        "Iluka has said that the refinery's capital cost has risen to between A$1.7 billion and "
        "A$1.8 billion, up from an estimate of about A$1.2 billion when the project was approved, "
        "because of higher labour and equipment costs in Western Australia's tight construction "
        "market. The company has repeatedly said it would not proceed without continued government "
        "support, and analysts had questioned whether the original loan would be enough.\n\n"
        '"We are grateful for the government\'s continued backing," Iluka managing director Tom '
        "O'Leary told reporters on a call. \"With this facility and the Sojitz agreement in place, "
        "Eneabba is fully funded and has a committed customer for a meaningful share of its heavy "
        'rare earths output."\n\n'
        "The refinery is designed to process monazite and xenotime from Iluka's own stockpiles and "
        "from third-party suppliers, producing separated neodymium and praseodymium oxide as well "
        "as the heavier dysprosium and terbium that are needed for high-temperature permanent "
        "magnets used in electric vehicles, wind turbines and defence systems. China currently "
        "accounts for the vast majority of global separation capacity for heavy rare earths.\n\n"
        "Sojitz has a long history in Australian rare earths. In 2011, together with the Japan Oil, "
        "Gas and Metals National Corporation, it provided financing to Lynas in exchange for supply "
        "rights, an arrangement that was widely credited with helping Japan reduce its dependence "
        "on Chinese material after the 2010 supply disruption. Company executives have said they "
        "are looking for similar arrangements to diversify their sources of heavy rare earths.\n\n"
        '"Japanese magnet makers need secure, traceable supplies of dysprosium and terbium," a '
        'Sojitz spokesperson said. "The agreement with Iluka is an important step toward that '
        'goal, and we will continue to look at other opportunities in Australia."\n\n'
        "Industry analysts welcomed the deal but cautioned that the refinery still faces "
        "technical risks. Separating heavy rare earths is notoriously difficult, and several "
        "projects outside China have struggled to reach design capacity. Some analysts also "
        "noted that prices for neodymium and praseodymium oxide remain well below the levels "
        "that were assumed when the project was first approved.\n\n"
        '"The question is not whether Eneabba will be built, it is how quickly it can ramp up '
        'and at what cost," said one Sydney-based analyst who covers the sector. "Government '
        'money reduces the financing risk, but it cannot remove the operating risk."\n\n'
        "Iluka expects the refinery to be commissioned in 2027. Shares in the company rose 3.4% "
        "in Sydney trading after the announcement.",
        "commitments": [
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "400000000",
                "currency": "AUD",
                "amount_is_ceiling": False,
                "counterparty": "Iluka Resources",
                "minerals": ["rare-earths"],
                "project": "Eneabba rare earths refinery",
                "announced_on": date(2025, 6, 18),
            },
            {
                "actor": "Sojitz",
                "actor_country": "JP",
                "instrument": "offtake",
                "counterparty": "Iluka",
                "minerals": ["dysprosium", "terbium"],
                "project": "Eneabba rare earths refinery",
                "announced_on": date(2025, 6, 18),
            },
        ],
        "set": "blind-3",
    },
    {
        "id": "b3-art-korea-saudi-visit",
        "kind": "article",
        "headline": "Korea and Saudi Arabia to jointly stockpile critical minerals; KEXIM lends $600 "
        "million to Ma'aden",
        "text": "RIYADH, June 11, 2025 - South Korea and Saudi Arabia agreed on Wednesday to jointly "
        "build a $1 billion reserve of lithium, cobalt and rare earths, the centrepiece of a "
        "package of minerals deals signed during a visit to Riyadh by Korea's trade minister.\n\n"
        "Under the arrangement, the two governments will buy and store the metals at facilities "
        "in both countries and release them to manufacturers in the event of a supply disruption. "
        "Officials said the reserve would be managed day to day by Korea Mine Rehabilitation and "
        "Mineral Resources Corporation, known as KOMIR, and by a unit of the Saudi Ministry of "
        "Industry and Mineral Resources, with purchases starting next year.\n\n"
        '"Neither of our countries can afford to be exposed to a single supplier for the metals '
        'that our industries depend on," the Korean minister told a news conference alongside '
        'his Saudi counterpart. "The joint reserve is a practical answer to that risk."\n\n'
        "Separately, the Export-Import Bank of Korea signed a $600 million loan with Ma'aden, the "
        "Saudi state-controlled mining company, to help fund an expansion of copper production at "
        "its Jabal Sayid and Mansourah-Massarah sites. KEXIM said the loan carries a 12-year "
        "tenor and is linked to purchases of Korean mining and processing equipment.\n\n"
        "In a third agreement, LG Energy Solution agreed to buy lithium hydroxide from a "
        "conversion plant that Ma'aden plans to build at Ras Al-Khair on the Gulf coast. The "
        "battery maker did not say how much it would buy, but people familiar with the talks said "
        "the contract covered a substantial share of the plant's planned output for the first "
        "five years.\n\n"
        "The deals build on a memorandum of understanding on mining and minerals cooperation that "
        "the two countries signed in 2023, which set up a working group but committed no money. "
        "Since then, Saudi Arabia has moved aggressively to build a mining sector as part of its "
        "Vision 2030 plan to diversify the economy away from oil, and has set up Manara Minerals, "
        "a joint venture between Ma'aden and the Public Investment Fund, to buy stakes in mines "
        "abroad. In 2024 Manara acquired a 10% stake in Vale Base Metals.\n\n"
        "For Korea, which imports almost all of the critical minerals used by its battery, "
        "semiconductor and car industries, the agreements are part of an effort to reduce "
        "reliance on China. KOMIR's reserve currently covers about 50 days of domestic demand, "
        "well short of the 100 days that industry groups have called for.\n\n"
        '"The Saudis bring capital and geology, and we bring processing technology and '
        "customers,\" said a senior official at Korea's trade ministry who briefed reporters on "
        'condition of anonymity. "That is a good fit."\n\n'
        "Analysts said the stockpile agreement was unusual because it involves two governments "
        "pooling money for a shared reserve, rather than each country buying for itself. They "
        "noted that details such as how the metals would be allocated in a crisis, and how costs "
        "would be split, had not yet been published. Korean officials said those terms would be "
        "set out in an implementing agreement later this year.\n\n"
        "Hyundai Motor and other Korean carmakers could join the lithium arrangement later, one "
        "official said, although no talks have taken place. Saudi officials also said they hoped "
        "to attract Korean investment into a planned rare earths processing hub, but gave no "
        "timetable.\n\n"
        '"This is the beginning, not the end," the Saudi minister said. "We expect to see more '
        'Korean companies in the Kingdom over the next few years."\n\n'
        "The minister's visit, the first by a Korean trade minister to Riyadh in three years, "
        "also included meetings with the Public Investment Fund and with Saudi Aramco, whose "
        "executives discussed lithium extraction from oilfield brines. No agreements were "
        "announced from those meetings.\n\n"
        "The announcements come as governments across Asia and the West scramble to secure "
        "supplies of the minerals needed for electric vehicles and clean energy, after China "
        "tightened controls on exports of several metals over the past two years.",
        "commitments": [
            {
                "actor": "KR",
                "actor_country": "KR",
                "instrument": "stockpile",
                "amount": "1000000000",
                "currency": "USD",
                "minerals": ["lithium", "cobalt", "rare-earths"],
                "announced_on": date(2025, 6, 11),
            },
            {
                "actor": "SA",
                "actor_country": "SA",
                "instrument": "stockpile",
                "amount": None,
                "minerals": ["lithium", "cobalt", "rare-earths"],
                "announced_on": date(2025, 6, 11),
            },
            {
                "actor": "KEXIM",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "600000000",
                "currency": "USD",
                "status": "binding",
                "counterparty": "Ma'aden",
                "minerals": ["copper"],
                "announced_on": date(2025, 6, 11),
            },
            {
                "actor": "LG Energy Solution",
                "actor_country": "KR",
                "instrument": "offtake",
                "counterparty": "Ma'aden",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 11),
            },
        ],
        "set": "blind-3",
    },
    {
        "id": "b3-art-keliber-kfw-bpifrance",
        "kind": "article",
        "headline": "KfW and Bpifrance back Finnish lithium refinery with EUR 300 million",
        "text": "FRANKFURT, June 5, 2025 - KfW and Bpifrance will each lend EUR 150 million to the "
        "Keliber lithium project in central Finland, the two state-owned banks said on Thursday, "
        "in one of the largest cross-border public financings of a European battery-metals project "
        "so far.\n\n"
        "The loans will help pay for the lithium hydroxide refinery at Kokkola and the "
        "concentrator at Päiväneva, which together are expected to produce about 15,000 tonnes of "
        "lithium hydroxide a year when running at full capacity.\n\n"
        '"Europe needs its own lithium, and Keliber is one of the few projects that can deliver '
        'it this decade," a member of KfW\'s executive board said. "Our EUR 150 million is a '
        'signal that German industry wants this refinery to succeed."\n\n'
        "The German federal government set up a raw materials fund of EUR 1 billion at KfW in "
        "2024 to support projects that secure supplies for German manufacturers. The fund made "
        "its first investment last year. Bpifrance has run a similar programme for French "
        "industry since 2023.\n\n"
        "Keliber is owned mainly by Sibanye-Stillwater, which said the public loans would sit "
        "alongside commercial bank debt and would not change its ownership of the project.",
        "commitments": [
            {
                "actor": "KfW",
                "actor_country": "DE",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "EUR",
                "minerals": ["lithium"],
                "project": "Keliber lithium project",
                "announced_on": date(2025, 6, 5),
            },
            {
                "actor": "Bpifrance",
                "actor_country": "FR",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "EUR",
                "minerals": ["lithium"],
                "project": "Keliber lithium project",
                "announced_on": date(2025, 6, 5),
            },
        ],
        "set": "blind-3",
    },
    {
        "id": "b3-art-india-cabinet-kabil",
        "kind": "article",
        "headline": "Cabinet approves ₹1,500 crore for critical mineral recycling; KABIL to invest in "
        "Argentine lithium",
        "text": "NEW DELHI, May 28, 2025 - The Union Cabinet on Wednesday approved grants of ₹1,500 "
        "crore to support the recovery of critical minerals from batteries, electronic waste and "
        "industrial scrap, the Ministry of Mines said in a statement.\n\n"
        "The grants will be paid to recycling companies over six years, with a ceiling per "
        "company, and are expected to attract private investment of about ₹8,000 crore, the "
        "ministry said. Lithium, cobalt and nickel are among the materials the scheme targets.\n\n"
        "In a separate announcement, Khanij Bidesh India Ltd (KABIL) said it will invest INR 200 "
        "crore in exploration of five lithium brine blocks in Argentina's Catamarca province.\n\n"
        "KABIL signed an agreement with the Catamarca state company CAMYEN in January 2024 "
        "covering the same blocks, at a cost then estimated at about ₹200 crore. That agreement "
        "has been the subject of several reviews since.\n\n"
        '"Recycling and overseas assets are two sides of the same strategy," the mines '
        'secretary told reporters. "We need both to meet the demand that our manufacturing '
        'ambitions will create."',
        "commitments": [
            {
                "actor": "IN",
                "actor_country": "IN",
                "instrument": "grant",
                "amount": "15000000000",
                "currency": "INR",
                "minerals": ["lithium", "cobalt", "nickel"],
                "announced_on": date(2025, 5, 28),
            },
            {
                "actor": "KABIL",
                "actor_country": "IN",
                "instrument": "equity",
                "amount": "2000000000",
                "currency": "INR",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 28),
            },
        ],
        "set": "blind-3",
    },
    {
        "id": "b3-art-doe-lpo-dod",
        "kind": "article",
        "headline": "DOE offers conditional $725 million loan for Tennessee graphite anode plant",
        "text": "WASHINGTON, June 16, 2025 - The U.S. Department of Energy's Loan Programs Office "
        "announced a conditional commitment on Monday for a loan of up to $725 million to "
        "Ashfield Graphite to build a natural graphite anode plant in Tennessee.\n\n"
        "The loan would finance the first phase of the plant, which is designed to produce "
        "40,000 tonnes of battery-grade anode material a year from concentrate mined in "
        "Mozambique and Canada. The commitment is conditional on the company meeting technical, "
        "legal and financial conditions before the loan is closed.\n\n"
        "Separately, the Department of Defense awarded $22.5 million to a mining company in "
        "Idaho to produce antimony trisulfide for ammunition primers, under the Defense "
        "Production Act.\n\n"
        "The Loan Programs Office closed several loans for battery-materials plants in 2024, "
        "including loans for lithium and graphite processing. Officials said the office still has "
        "substantial lending authority for critical minerals projects.\n\n"
        '"American batteries need American anodes," the LPO director said. "This conditional '
        'commitment moves us closer to a supply chain that does not run through China."',
        "commitments": [
            {
                "actor": "DOE",
                "actor_country": "US",
                "instrument": "loan",
                "amount": "725000000",
                "currency": "USD",
                "amount_is_ceiling": True,
                "status": "conditional",
                "counterparty": "Ashfield Graphite",
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 16),
            },
            {
                "actor": "DOD",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "22500000",
                "currency": "USD",
                "minerals": ["antimony"],
                "announced_on": date(2025, 6, 16),
            },
        ],
        "set": "blind-3",
    },
    {
        "id": "b3-art-analysis-europe-stalls",
        "kind": "article",
        "headline": "Analysis: Why Europe's raw materials deals keep stalling",
        "text": "LONDON, June 9, 2025 - Two years after the European Union promised to cut its "
        "dependence on Chinese processing, many of the projects that Brussels and national "
        "governments have championed are still waiting for money.\n\n"
        "In March the European Commission named 47 strategic projects under its raw materials "
        "law, giving them faster permits and easier access to finance. But officials and bankers "
        "say that few of them have yet closed funding, and that the label alone has not changed "
        "the economics of refining lithium or separating rare earths in Europe.\n\n"
        '"The designation is helpful, but it is not a cheque," said a banker who advises two of '
        'the projects. "Investors still want offtake contracts, and carmakers are reluctant to '
        'sign them at prices above what China charges."\n\n'
        "Several governments have discussed a joint European stockpile, and some have floated a "
        "price floor for rare earths, but neither idea has won enough support to move forward. "
        "Germany's raw materials fund, set up in 2024, has made only one investment.\n\n"
        "Some officials argue that the bloc could learn from Japan, which since 2010 has used "
        "state-backed lenders and trading houses to take stakes in mines abroad. Others say "
        "Europe would need a much larger budget to do the same.\n\n"
        "A Commission spokesperson said that financing for strategic projects would be "
        "discussed with member states later this year and declined to comment on specific "
        "projects.",
        "commitments": [],
        "set": "blind-3",
    },
    {
        "id": "b3-art-analysis-trading-houses",
        "kind": "article",
        "headline": "Japanese trading houses weigh new rare earth bets as China tightens exports",
        "text": "TOKYO, June 3, 2025 - Japan's big trading houses are studying new investments in rare "
        "earth mines and refineries outside China, executives and officials say, but none has "
        "yet committed money as they wait to see how long Beijing keeps its latest export "
        "curbs.\n\n"
        "Mitsubishi Corp and Marubeni are each reviewing proposals from Australian and African "
        "developers, according to people familiar with the discussions. Sojitz, which already "
        "buys material from Lynas, is said to be looking at further deals. All three companies "
        "declined to comment.\n\n"
        "The model for any new deal is likely to be the 2011 arrangement under which Sojitz and "
        "the state agency JOGMEC financed Lynas in return for supply rights. That deal is often "
        "cited in Tokyo as proof that public and private money can work together.\n\n"
        '"Nobody wants to be the first to commit if prices collapse again," said a Tokyo-based '
        'analyst. "If China eased its controls tomorrow, some of these projects would lose their '
        'rationale."\n\n'
        "The trade ministry said it was ready to support Japanese companies through JOGMEC and "
        "JBIC but gave no figures, and officials said no new programme had been approved.",
        "commitments": [],
        "set": "blind-3",
    },
    {
        "id": "b3-art-ottawa-cib-edc",
        "kind": "article",
        "headline": "Federal backing for Saguenay graphite anode plant",
        "text": "OTTAWA, June 12, 2025 - The Canada Infrastructure Bank will lend $90 million to a "
        "graphite anode plant in Saguenay, Quebec, the federal government announced on "
        "Thursday.\n\n"
        "Export Development Canada will also provide a $50 million guarantee to support the "
        "commercial bank loans for the project, which is expected to create 250 jobs.\n\n"
        '"This plant will turn Quebec graphite into battery material here at home," the '
        "Minister of Energy and Natural Resources said. \"The Infrastructure Bank's $90 million "
        'makes that possible."\n\n'
        "The Critical Minerals Infrastructure Fund, announced in the 2023 budget, has already "
        "supported roads and power lines for several mines in the region.\n\n"
        "The company said construction would begin in the fall and that first production is "
        "planned for 2027.",
        "commitments": [
            {
                "actor": "CIB",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "90000000",
                "currency": "CAD",
                "currency_inferred": True,
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 12),
            },
            {
                "actor": "EDC",
                "actor_country": "CA",
                "instrument": "guarantee",
                "amount": "50000000",
                "currency": "CAD",
                "currency_inferred": True,
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 12),
            },
        ],
        "set": "blind-3",
    },
    {
        "id": "b3-art-teesside-nwf-ukef",
        "kind": "article",
        "headline": "National Wealth Fund and UK Export Finance back Teesside lithium refinery",
        "text": "LONDON, June 19, 2025 - The National Wealth Fund will invest £40 million in equity in "
        "the Teesside lithium refinery, and UK Export Finance will guarantee a £120 million "
        "commercial loan for the project, the Department for Business and Trade said on "
        "Thursday.\n\n"
        "The refinery, on the banks of the Tees, is designed to turn imported spodumene "
        "concentrate into battery-grade lithium hydroxide for carmakers in Britain and Europe.\n\n"
        '"This is exactly the kind of project the National Wealth Fund was created for," the '
        "fund's chief executive said. \"Our £40 million stake will help crowd in private "
        'capital."\n\n'
        "The refinery received a grant from the Automotive Transformation Fund in 2022 for early "
        "engineering work.\n\n"
        "The company expects to take a final investment decision later this year.",
        "commitments": [
            {
                "actor": "NWF",
                "actor_country": "GB",
                "instrument": "equity",
                "amount": "40000000",
                "currency": "GBP",
                "minerals": ["lithium"],
                "project": "Teesside lithium refinery",
                "announced_on": date(2025, 6, 19),
            },
            {
                "actor": "UKEF",
                "actor_country": "GB",
                "instrument": "guarantee",
                "amount": "120000000",
                "currency": "GBP",
                "minerals": ["lithium"],
                "project": "Teesside lithium refinery",
                "announced_on": date(2025, 6, 19),
            },
        ],
        "set": "blind-3",
    },
    {
        "id": "b3-art-irh-adq-africa",
        "kind": "article",
        "headline": "Abu Dhabi's IRH to invest two billion dollars in African copper and cobalt",
        "text": "ABU DHABI, June 2, 2025 - International Resources Holding (IRH) will invest two "
        "billion dollars over five years in copper and cobalt mines in Zambia and the Democratic "
        "Republic of Congo, the company said on Monday.\n\n"
        "In a related announcement, ADQ said it will provide a $300 million credit facility to "
        "finance rolling stock and terminals along the Lobito Corridor, the rail route that "
        "links the copper belt to the Atlantic port of Lobito in Angola.\n\n"
        "IRH bought a 51% stake in Zambia's Mopani Copper Mines for $1.1 billion in 2024, its "
        "first large acquisition outside the UAE.\n\n"
        "\"Africa's copper belt is where the energy transition will be won or lost,\" IRH's chief "
        'executive said. "We intend to be one of its biggest investors."\n\n'
        "Neither company said which mines the new money would go to.",
        "commitments": [
            {
                "actor": "IRH",
                "actor_country": "AE",
                "instrument": "equity",
                "amount": "2000000000",
                "currency": "USD",
                "minerals": ["copper", "cobalt"],
                "announced_on": date(2025, 6, 2),
            },
            {
                "actor": "ADQ",
                "actor_country": "AE",
                "instrument": "loan",
                "amount": "300000000",
                "currency": "USD",
                "initiative": "Lobito Corridor",
                "announced_on": date(2025, 6, 2),
            },
        ],
        "set": "blind-3",
    },
]

# Every case in this file belongs to blind batch 3.
for _case in _MESSAGES:
    _case["set"] = "blind-3"

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES


# First scored on 2026-11-30 (36 misses: see the README for that first, blind figure). Session 4
# then used this batch as a tuning guide, so it no longer measures unseen sentences: blind
# batch 4 does. What it still misses, with the first difference, stays a strict xfail.
BLIND3_MISSES = {
    "b3-art-eneabba-efa-sojitz": "commitment 1 minerals: expected ['dysprosium', 'terbium'], got "
    "['dysprosium', 'heavy-rare-earths', 'terbium']",
    "b3-art-korea-saudi-visit": "commitment 3 counterparty: expected \"Ma'aden\", got 'Gulf'",
}
