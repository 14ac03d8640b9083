"""Blind batch 5 ("set": "blind-5"): written from the sentences alone, before the reader was run on
them, by someone who had not read the reader's code, its known misses or the earlier blind
batches' misses; never used to tune it.

Same case format as tests/store/extraction_corpus.py. Names the cases refer to that the main
corpus does not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA. Relative dates are
read against the corpus's TODAY (Friday 20 June 2025); an article's dateline is its date.

Expectations follow the rules set for this session: the verb decides the instrument when no
instrument word is given; several actors give one draft each, in the order named ("each"
repeats the amount, "jointly"/"together" leave it on the first only); the grammatical subject
is the actor; a range keeps its ceiling, flagged; a bare "$" is the actor's own dollar (flagged
as inferred) when the actor is Canadian, Australian, New Zealand, Singaporean, Hong Kong or
Taiwanese, and USD otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Yangibana rare earths project",
    "Kipawa heavy rare earths project",
    "Musonoi copper-cobalt project",
    "Grota do Cirilo lithium project",
    "Kathleen Valley lithium mine",
    "Rhyolite Ridge lithium-boron project",
    "Balama graphite mine",
    "Mount Weld rare earths mine",
    "Phalaborwa rare earths project",
    "Makuutu rare earths project",
    "Vulcan Zero Carbon Lithium project",
    "Gonneville nickel project",
    "Ngualla rare earths project",
    "Molo graphite mine",
    "Reko Diq copper-gold project",
    "Nyakabingo tungsten mine",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Global Gateway",
    "RESourceEU",
    "Indo-Pacific Economic Framework",
]


_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b5-org-bpifrance-stake",
        "text": "Bpifrance will take a €25m minority stake in a lithium refining start-up outside "
        "Mulhouse, according to people on the deal.",
        "commitments": [
            _c("Bpifrance", "FR", "equity", "25000000", "EUR", minerals=["lithium"], project=None)
        ],
    },
    {
        "id": "b5-org-cdp-credit-line",
        "text": "CDP has opened a €90 million credit line for Italy's first rare earth magnet "
        "recycling plant, near Brescia.",
        "commitments": [_c("CDP", "IT", "loan", "90000000", "EUR", minerals=["rare-earths"], project=None)],
    },
    {
        "id": "b5-org-komir-anode",
        "text": "KOMIR is putting KRW 65 billion into a graphite anode materials venture in Sejong",
        "commitments": [_c("KOMIR", "KR", "equity", "65000000000", "KRW", minerals=["graphite"])],
    },
    {
        "id": "b5-org-eksfin-guarantee",
        "text": "Eksfin guarantees NOK 1.2 billion of the bank loans for the graphite anode plant at Herøya.",
        "commitments": [_c("Eksfin", "NO", "guarantee", "1200000000", "NOK", minerals=["graphite"])],
    },
    {
        "id": "b5-org-eifo-signed",
        "text": "EIFO signed a DKK 300m loan yesterday to fund drilling at a rare earths prospect "
        "in south Greenland.",
        "commitments": [
            _c(
                "EIFO",
                "DK",
                "loan",
                "300000000",
                "DKK",
                minerals=["rare-earths"],
                status="binding",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b5-org-finnvera-ceiling",
        "text": "Finnvera has offered a guarantee of up to €60 million for the nickel and cobalt "
        "precursor plant in Hamina.",
        "commitments": [
            _c(
                "Finnvera",
                "FI",
                "guarantee",
                "60000000",
                "EUR",
                amount_is_ceiling=True,
                minerals=["cobalt", "nickel"],
            )
        ],
    },
    {
        "id": "b5-org-nrfc-yangibana",
        "text": "NRFC is investing A$40m in Hastings Technology Metals to help finish the "
        "Yangibana rare earths project.",
        "commitments": [
            _c(
                "NRFC",
                "AU",
                "equity",
                "40000000",
                "AUD",
                counterparty="Hastings Technology Metals",
                minerals=["rare-earths"],
                project="Yangibana rare earths project",
            )
        ],
    },
    {
        "id": "b5-org-manara-fqm",
        "text": "Manara Minerals will buy a 20% stake in First Quantum's Zambian copper unit for $1.1bn.",
        "commitments": [
            _c(
                "Manara Minerals",
                "SA",
                "equity",
                "1100000000",
                "USD",
                counterparty="First Quantum",
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b5-org-irh-musonoi",
        "text": "IRH will put $300m into the Musonoi copper-cobalt project, its second deal in the "
        "Copperbelt this year.",
        "commitments": [
            _c(
                "IRH",
                "AE",
                "equity",
                "300000000",
                "USD",
                minerals=["cobalt", "copper"],
                project="Musonoi copper-cobalt project",
            )
        ],
    },
    {
        "id": "b5-org-investnl-magnets",
        "text": "Invest-NL takes €12m stake in a magnet recycler in Eindhoven that recovers "
        "neodymium and dysprosium",
        "commitments": [
            _c("Invest-NL", "NL", "equity", "12000000", "EUR", minerals=["dysprosium", "neodymium"])
        ],
    },
    {
        "id": "b5-org-norfund-balama",
        "text": "Norfund will lend $45 million to Syrah for the Balama graphite mine, the fund "
        "said on Tuesday.",
        "commitments": [
            _c(
                "Norfund",
                "NO",
                "loan",
                "45000000",
                "USD",
                counterparty="Syrah",
                minerals=["graphite"],
                project="Balama graphite mine",
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b5-org-jogmec-makuutu",
        "text": "JOGMEC's board has approved ¥18bn of equity funding for a Japanese consortium "
        "entering the Makuutu rare earths project.",
        "commitments": [
            _c(
                "JOGMEC",
                "JP",
                "equity",
                "18000000000",
                "JPY",
                minerals=["rare-earths"],
                project="Makuutu rare earths project",
            )
        ],
    },
    {
        "id": "b5-org-mubadala-nickel",
        "text": "Mubadala is co-investing $150m in a Brazilian nickel and cobalt producer.",
        "commitments": [_c("Mubadala", "AE", "equity", "150000000", "USD", minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b5-org-temasek-recycler",
        "text": "Temasek will put $200m into a battery recycler that extracts lithium and nickel "
        "from scrap cells.",
        "commitments": [
            _c(
                "Temasek",
                "SG",
                "equity",
                "200000000",
                "SGD",
                currency_inferred=True,
                minerals=["lithium", "nickel"],
            )
        ],
    },
    {
        "id": "b5-org-kabil-catamarca",
        "text": "KABIL has agreed to invest ₹200 crore in two lithium exploration blocks in Catamarca.",
        "commitments": [_c("KABIL", "IN", "equity", "2000000000", "INR", minerals=["lithium"])],
    },
    # --- (2) several actors ---
    {
        "id": "b5-multi-dk-no-each",
        "text": "Denmark and Norway each committed $75 million in grants to a fund for rare earths "
        "exploration in Greenland.",
        "commitments": [
            _c("DK", "DK", "grant", "75000000", "USD", minerals=["rare-earths"]),
            _c("NO", "NO", "grant", "75000000", "USD", minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b5-multi-jbic-nexi-together",
        "text": "JBIC and NEXI together are providing $1.2bn of financing for the Rhyolite Ridge "
        "lithium-boron project.",
        "commitments": [
            _c(
                "JBIC",
                "JP",
                "loan",
                "1200000000",
                "USD",
                minerals=["lithium"],
                project="Rhyolite Ridge lithium-boron project",
            ),
            _c(
                "NEXI",
                "JP",
                "loan",
                None,
                minerals=["lithium"],
                project="Rhyolite Ridge lithium-boron project",
            ),
        ],
    },
    {
        "id": "b5-multi-edc-bdc-jointly",
        "text": "EDC and BDC will jointly lend C$180m to a graphite producer in the Laurentians.",
        "commitments": [
            _c("EDC", "CA", "loan", "180000000", "CAD", minerals=["graphite"]),
            _c("BDC", "CA", "loan", None, minerals=["graphite"]),
        ],
    },
    {
        "id": "b5-multi-three-capitals-stockpile",
        "text": "Tokyo, Canberra and New Delhi will jointly build a gallium and germanium "
        "stockpile, officials confirmed.",
        "commitments": [
            _c("JP", "JP", "stockpile", None, minerals=["gallium", "germanium"]),
            _c("AU", "AU", "stockpile", None, minerals=["gallium", "germanium"]),
            _c("IN", "IN", "stockpile", None, minerals=["gallium", "germanium"]),
        ],
    },
    {
        "id": "b5-multi-mc-tt-each-stake",
        "text": "Mitsubishi Corp and Toyota Tsusho are each taking 10% of the Kathleen Valley lithium mine.",
        "commitments": [
            _c(
                "Mitsubishi Corp",
                "JP",
                "equity",
                None,
                minerals=["lithium"],
                project="Kathleen Valley lithium mine",
            ),
            _c(
                "Toyota Tsusho",
                "JP",
                "equity",
                None,
                minerals=["lithium"],
                project="Kathleen Valley lithium mine",
            ),
        ],
    },
    {
        "id": "b5-multi-eib-kfw-vulcan",
        "text": "The EIB and KfW will jointly finance €400 million of the Vulcan Zero Carbon "
        "Lithium project in the Upper Rhine valley.",
        "commitments": [
            _c(
                "EU",
                "EU",
                "loan",
                "400000000",
                "EUR",
                minerals=["lithium"],
                project="Vulcan Zero Carbon Lithium project",
            ),
            _c("KfW", "DE", "loan", None, minerals=["lithium"], project="Vulcan Zero Carbon Lithium project"),
        ],
    },
    {
        "id": "b5-multi-de-fr-fund",
        "text": "Germany and France each put €100m into the new European raw materials fund at "
        "Thursday's summit.",
        "commitments": [
            _c("DE", "DE", "equity", "100000000", "EUR", announced_on=date(2025, 6, 19)),
            _c("FR", "FR", "equity", "100000000", "EUR", announced_on=date(2025, 6, 19)),
        ],
    },
    {
        "id": "b5-multi-posco-hyundai",
        "text": "POSCO Holdings and Hyundai Motor are jointly investing KRW 1.2 trillion in a "
        "lithium hydroxide plant in Gwangyang.",
        "commitments": [
            _c("POSCO Holdings", "KR", "equity", "1200000000000", "KRW", minerals=["lithium"]),
            _c("Hyundai Motor", "KR", "equity", None, minerals=["lithium"]),
        ],
    },
    {
        "id": "b5-multi-nmdc-coal-india",
        "text": "NMDC and Coal India have each agreed to put Rs 500 crore into KABIL for overseas "
        "lithium and cobalt assets.",
        "commitments": [
            _c(
                "NMDC",
                "IN",
                "equity",
                "5000000000",
                "INR",
                counterparty="KABIL",
                minerals=["cobalt", "lithium"],
            ),
            _c(
                "Coal India",
                "IN",
                "equity",
                "5000000000",
                "INR",
                counterparty="KABIL",
                minerals=["cobalt", "lithium"],
            ),
        ],
    },
    {
        "id": "b5-multi-marubeni-sumitomo-offtake",
        "text": "Marubeni and Sumitomo Corporation each agreed to buy a third of the NdPr oxide from "
        "Peak Rare Earths' Ngualla rare earths project.",
        "commitments": [
            _c(
                "Marubeni",
                "JP",
                "offtake",
                None,
                counterparty="Peak Rare Earths",
                minerals=["ndpr"],
                project="Ngualla rare earths project",
            ),
            _c(
                "Sumitomo Corporation",
                "JP",
                "offtake",
                None,
                counterparty="Peak Rare Earths",
                minerals=["ndpr"],
                project="Ngualla rare earths project",
            ),
        ],
    },
    {
        "id": "b5-multi-ca-gb-fund-research",
        "text": "Canada and the UK will jointly fund C$60m of research into rare earth separation.",
        "commitments": [
            _c("CA", "CA", "grant", "60000000", "CAD", minerals=["rare-earths"]),
            _c("GB", "GB", "grant", None, minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b5-multi-ukef-nwf-each",
        "text": "UK Export Finance and the National Wealth Fund will each lend £50 million to "
        "Cornish Lithium.",
        "commitments": [
            _c("UKEF", "GB", "loan", "50000000", "GBP", counterparty="Cornish Lithium", minerals=["lithium"]),
            _c("NWF", "GB", "loan", "50000000", "GBP", counterparty="Cornish Lithium", minerals=["lithium"]),
        ],
    },
    # --- (3) the subject is the actor, wherever the thing is ---
    {
        "id": "b5-subj-hanwa-gonneville",
        "text": "Hanwa agreed to buy 40% of the nickel concentrate from Chalice Mining's Gonneville "
        "nickel project in Western Australia.",
        "commitments": [
            _c(
                "Hanwa",
                "JP",
                "offtake",
                None,
                counterparty="Chalice Mining",
                minerals=["nickel"],
                project="Gonneville nickel project",
            )
        ],
    },
    {
        "id": "b5-subj-umicore-powerco",
        "text": "Umicore agreed to supply nickel-rich cathode material to PowerCo's Salzgitter "
        "cell plant from 2027.",
        "commitments": [_c("Umicore", "BE", "offtake", None, counterparty="PowerCo", minerals=["nickel"])],
    },
    {
        "id": "b5-subj-lges-sigma",
        "text": "LG Energy Solution signed a deal on Monday to buy spodumene from Sigma Lithium's "
        "Grota do Cirilo lithium project in Brazil.",
        "commitments": [
            _c(
                "LG Energy Solution",
                "KR",
                "offtake",
                None,
                counterparty="Sigma Lithium",
                minerals=["lithium"],
                project="Grota do Cirilo lithium project",
                status="binding",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b5-subj-vale-ford",
        "text": "Vale Base Metals agreed to supply Ford with nickel from its Sudbury operations in Ontario.",
        "commitments": [
            _c("Vale Base Metals", "BR", "offtake", None, counterparty="Ford", minerals=["nickel"])
        ],
    },
    {
        "id": "b5-subj-bmw-ioneer",
        "text": "BMW has agreed to buy lithium carbonate from ioneer's Rhyolite Ridge "
        "lithium-boron project in Nevada for six years.",
        "commitments": [
            _c(
                "BMW",
                "DE",
                "offtake",
                None,
                counterparty="ioneer",
                minerals=["lithium"],
                project="Rhyolite Ridge lithium-boron project",
            )
        ],
    },
    {
        "id": "b5-subj-lynas-shinetsu",
        "text": "Lynas agreed to supply separated dysprosium from its Mount Weld rare earths mine to "
        "Shin-Etsu Chemical.",
        "commitments": [
            _c(
                "Lynas",
                "AU",
                "offtake",
                None,
                counterparty="Shin-Etsu Chemical",
                minerals=["dysprosium"],
                project="Mount Weld rare earths mine",
            )
        ],
    },
    {
        "id": "b5-subj-syrah-received-dfc",
        "text": "Syrah Resources received a $150m loan from the DFC for its Balama graphite mine in "
        "Mozambique.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "loan",
                "150000000",
                "USD",
                counterparty="Syrah Resources",
                minerals=["graphite"],
                project="Balama graphite mine",
            )
        ],
    },
    {
        "id": "b5-subj-liontown-won-cefc",
        "text": "Liontown Resources has won A$50 million in funding from the CEFC for the Kathleen "
        "Valley lithium mine.",
        "commitments": [
            _c(
                "CEFC",
                "AU",
                "grant",
                "50000000",
                "AUD",
                counterparty="Liontown Resources",
                minerals=["lithium"],
                project="Kathleen Valley lithium mine",
            )
        ],
    },
    {
        "id": "b5-subj-rainbow-secured-dfc",
        "text": "Rainbow Rare Earths secured a $50m investment from the DFC in its Phalaborwa rare "
        "earths project in South Africa.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "equity",
                "50000000",
                "USD",
                counterparty="Rainbow Rare Earths",
                minerals=["rare-earths"],
                project="Phalaborwa rare earths project",
            )
        ],
    },
    {
        "id": "b5-subj-in-argentina-posco",
        "text": "In Argentina, POSCO Holdings will invest a further $420 million in its lithium "
        "hydroxide plant in Salta.",
        "commitments": [_c("POSCO Holdings", "KR", "equity", "420000000", "USD", minerals=["lithium"])],
    },
    {
        "id": "b5-subj-aurubis-mopani",
        "text": "Aurubis agreed to buy copper concentrate from Mopani Copper Mines in Zambia under a "
        "five-year contract.",
        "commitments": [
            _c("Aurubis", "DE", "offtake", None, counterparty="Mopani Copper Mines", minerals=["copper"])
        ],
    },
    {
        "id": "b5-subj-molo-nextsource-sk",
        "text": "For the Molo graphite mine in Madagascar, SK On has agreed to buy flake graphite "
        "from NextSource Materials.",
        "commitments": [
            _c(
                "SK On",
                "KR",
                "offtake",
                None,
                counterparty="NextSource Materials",
                minerals=["graphite"],
                project="Molo graphite mine",
            )
        ],
    },
    {
        "id": "b5-subj-trinity-exim",
        "text": "Trinity Metals got a $90 million credit facility from EXIM for the Nyakabingo "
        "tungsten mine in Rwanda.",
        "commitments": [
            _c(
                "EXIM",
                "US",
                "loan",
                "90000000",
                "USD",
                counterparty="Trinity Metals",
                minerals=["tungsten"],
                project="Nyakabingo tungsten mine",
            )
        ],
    },
    # --- (4) the instrument from the verb ---
    {
        "id": "b5-verb-nwf-invests",
        "text": "The National Wealth Fund is investing £28.6m in Cornish Lithium's Trelavour "
        "hard-rock lithium plant.",
        "commitments": [
            _c("NWF", "GB", "equity", "28600000", "GBP", counterparty="Cornish Lithium", minerals=["lithium"])
        ],
    },
    {
        "id": "b5-verb-apc-awarded",
        "text": "The Advanced Propulsion Centre has awarded £4.5m to a Birmingham firm that "
        "recycles rare earth magnets.",
        "commitments": [_c("APC", "GB", "grant", "4500000", "GBP", minerals=["rare-earths"])],
    },
    {
        "id": "b5-verb-nrcan-funding",
        "text": "NRCan will provide C$8.4 million in funding to a Sudbury start-up testing cobalt "
        "recovery from tailings.",
        "commitments": [_c("NRCan", "CA", "grant", "8400000", "CAD", minerals=["cobalt"])],
    },
    {
        "id": "b5-verb-kexim-buyer-credit",
        "text": "KEXIM provided buyer credit of $230 million for the purchase of Korean processing "
        "equipment by an Indonesian nickel smelter.",
        "commitments": [_c("KEXIM", "KR", "loan", "230000000", "USD", minerals=["nickel"])],
    },
    {
        "id": "b5-verb-dod-stake-mp",
        "text": "The DoD will take a $400m equity stake in MP Materials to expand magnet output.",
        "commitments": [
            _c(
                "DoD",
                "US",
                "equity",
                "400000000",
                "USD",
                counterparty="MP Materials",
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b5-verb-doe-awarded-gallium",
        "text": "DOE awarded $45m to three projects recovering gallium from bauxite residue.",
        "commitments": [_c("DOE", "US", "grant", "45000000", "USD", minerals=["gallium"])],
    },
    {
        "id": "b5-verb-atradius-guarantee",
        "text": "Atradius DSB will guarantee €80m of export loans for Dutch equipment going to a "
        "copper mine in Zambia.",
        "commitments": [_c("Atradius DSB", "NL", "guarantee", "80000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b5-verb-eib-financing-eramet",
        "text": "The EIB signed a €100 million financing agreement with Eramet for its lithium "
        "extraction plant.",
        "commitments": [
            _c(
                "EU",
                "EU",
                "loan",
                "100000000",
                "EUR",
                counterparty="Eramet",
                minerals=["lithium"],
                status="binding",
            )
        ],
    },
    {
        "id": "b5-verb-meti-subsidise",
        "text": "METI will subsidise up to ¥15 billion of a new gallium refining line at Dowa's Akita works.",
        "commitments": [
            _c("METI", "JP", "grant", "15000000000", "JPY", amount_is_ceiling=True, minerals=["gallium"])
        ],
    },
    {
        "id": "b5-verb-hyundai-buy-output",
        "text": "Hyundai Motor has agreed to buy the entire cobalt sulphate output of a refinery "
        "being built in Queensland by Cobalt Blue.",
        "commitments": [
            _c("Hyundai Motor", "KR", "offtake", None, counterparty="Cobalt Blue", minerals=["cobalt"])
        ],
    },
    {
        "id": "b5-verb-au-price-floor",
        "text": "Canberra will set a price floor for NdPr oxide sold by Australian producers.",
        "commitments": [_c("AU", "AU", "price-floor", None, minerals=["ndpr"])],
    },
    {
        "id": "b5-verb-us-jp-mou",
        "text": "The US and Japan signed a memorandum of understanding on antimony and tungsten "
        "supply on Wednesday.",
        "commitments": [
            _c("US", "US", "mou", None, minerals=["antimony", "tungsten"], announced_on=date(2025, 6, 18)),
            _c("JP", "JP", "mou", None, minerals=["antimony", "tungsten"], announced_on=date(2025, 6, 18)),
        ],
    },
    {
        "id": "b5-verb-bgk-financing",
        "text": "BGK is providing PLN 600 million of financing to KGHM for its copper smelter upgrade.",
        "commitments": [
            _c("BGK", "PL", "loan", "600000000", "PLN", counterparty="KGHM", minerals=["copper"])
        ],
    },
    # --- (5) money in every form ---
    {
        "id": "b5-money-sek-after",
        "text": "EKN has guaranteed 1.5 billion SEK of the project loan for the graphite refinery at Luleå.",
        "commitments": [_c("EKN", "SE", "guarantee", "1500000000", "SEK", minerals=["graphite"])],
    },
    {
        "id": "b5-money-eur-before",
        "text": "Umicore will invest EUR 75 million in a germanium recycling line in Olen.",
        "commitments": [_c("Umicore", "BE", "equity", "75000000", "EUR", minerals=["germanium"])],
    },
    {
        "id": "b5-money-brl-after",
        "text": "BNDES approved a loan of 450 million BRL for a rare earths separation plant in Goiás.",
        "commitments": [_c("BNDES", "BR", "loan", "450000000", "BRL", minerals=["rare-earths"])],
    },
    {
        "id": "b5-money-crore-rupee-sign",
        "text": "IREL will invest ₹1,200 crore in a samarium-cobalt magnet plant in Visakhapatnam.",
        "commitments": [_c("IREL", "IN", "equity", "12000000000", "INR", minerals=["cobalt", "samarium"])],
    },
    {
        "id": "b5-money-lakh",
        "text": "The Ministry of Mines has sanctioned a Rs 85 lakh grant to IIT Bombay for research "
        "on lithium recovery from brine.",
        "commitments": [
            _c(
                "Ministry of Mines",
                "IN",
                "grant",
                "8500000",
                "INR",
                counterparty="IIT Bombay",
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b5-money-inr-iso-crore",
        "text": "NMDC plans to invest INR 3,000 crore in a lithium and nickel venture in Western Australia.",
        "commitments": [_c("NMDC", "IN", "equity", "30000000000", "INR", minerals=["lithium", "nickel"])],
    },
    {
        "id": "b5-money-words-kexim",
        "text": "KEXIM will lend one and a half billion dollars to Korean battery makers building "
        "lithium refineries abroad.",
        "commitments": [_c("KEXIM", "KR", "loan", "1500000000", "USD", minerals=["lithium"])],
    },
    {
        "id": "b5-money-words-half-billion-euros",
        "text": "KfW is to put half a billion euros into stakes in European rare earth processors.",
        "commitments": [_c("KfW", "DE", "equity", "500000000", "EUR", minerals=["rare-earths"])],
    },
    {
        "id": "b5-money-range",
        "text": "DFC will provide between $300m and $500m in loans for copper and cobalt projects in Zambia.",
        "commitments": [
            _c("DFC", "US", "loan", "500000000", "USD", amount_is_ceiling=True, minerals=["cobalt", "copper"])
        ],
    },
    {
        "id": "b5-money-bare-dollar-ottawa",
        "text": "Ottawa is giving $15 million to a Thunder Bay company that makes battery-grade "
        "nickel sulphate.",
        "commitments": [
            _c("CA", "CA", "grant", "15000000", "CAD", currency_inferred=True, minerals=["nickel"])
        ],
    },
    {
        "id": "b5-money-bare-dollar-canberra",
        "text": "Canberra will lend $185m to a vanadium processing plant near Townsville.",
        "commitments": [
            _c("AU", "AU", "loan", "185000000", "AUD", currency_inferred=True, minerals=["vanadium"])
        ],
    },
    {
        "id": "b5-money-bare-dollar-nzgif",
        "text": "NZGIF is investing $10 million in an Auckland firm refining titanium powder.",
        "commitments": [
            _c("NZGIF", "NZ", "equity", "10000000", "NZD", currency_inferred=True, minerals=["titanium"])
        ],
    },
    {
        "id": "b5-money-bare-dollar-japanese",
        "text": "Sumitomo Corporation will invest $120m in a manganese refinery in Gabon.",
        "commitments": [
            _c("Sumitomo Corporation", "JP", "equity", "120000000", "USD", minerals=["manganese"])
        ],
    },
    {
        "id": "b5-money-usd-explicit-efa",
        "text": "EFA will lend US$80 million to a nickel processor in the Philippines.",
        "commitments": [_c("EFA", "AU", "loan", "80000000", "USD", minerals=["nickel"])],
    },
    {
        "id": "b5-money-krw-sign",
        "text": "K-SURE guarantees ₩300 billion of SK On's borrowing for its new graphite anode line.",
        "commitments": [
            _c(
                "K-SURE",
                "KR",
                "guarantee",
                "300000000000",
                "KRW",
                counterparty="SK On",
                minerals=["graphite"],
            )
        ],
    },
    {
        "id": "b5-money-sar",
        "text": "Ma'aden will invest SAR 3.75bn in a phosphate and rare earths complex at Ras Al-Khair.",
        "commitments": [_c("Ma'aden", "SA", "equity", "3750000000", "SAR", minerals=["rare-earths"])],
    },
    {
        "id": "b5-money-zar",
        "text": "The IDC lends ZAR 2.1 billion to a platinum group metals refinery in Rustenburg.",
        "commitments": [_c("IDC", "ZA", "loan", "2100000000", "ZAR", minerals=["platinum-group-metals"])],
    },
    {
        "id": "b5-money-usd-mn",
        "text": "ADQ commits USD 75 mn to a Moroccan cobalt refiner",
        "commitments": [_c("ADQ", "AE", "equity", "75000000", "USD", minerals=["cobalt"])],
    },
    {
        "id": "b5-money-chf",
        "text": "SIFEM will lend CHF 20 million to a copper recycler in Chile.",
        "commitments": [_c("SIFEM", "CH", "loan", "20000000", "CHF", minerals=["copper"])],
    },
    {
        "id": "b5-money-bln",
        "text": "Korea Zinc is investing €1.2 bln in an antimony and indium refinery in Tennessee.",
        "commitments": [
            _c("Korea Zinc", "KR", "equity", "1200000000", "EUR", minerals=["antimony", "indium"])
        ],
    },
    {
        "id": "b5-money-sgd-explicit",
        "text": "GIC has put S$250 million into a lithium producer listed in Sydney.",
        "commitments": [_c("GIC", "SG", "equity", "250000000", "SGD", minerals=["lithium"])],
    },
    # --- (6) status words ---
    {
        "id": "b5-status-edc-disbursed",
        "text": "EDC has disbursed the first C$100m of its loan to the Kipawa heavy rare earths project.",
        "commitments": [
            _c(
                "EDC",
                "CA",
                "loan",
                "100000000",
                "CAD",
                minerals=["heavy-rare-earths"],
                project="Kipawa heavy rare earths project",
                status="disbursed",
            )
        ],
    },
    {
        "id": "b5-status-doe-withdrew",
        "text": "DOE withdrew its $700m conditional loan commitment to a lithium refinery in Georgia "
        "after the developer missed milestones.",
        "commitments": [
            _c("DOE", "US", "loan", "700000000", "USD", minerals=["lithium"], status="withdrawn")
        ],
    },
    {
        "id": "b5-status-jbic-signed",
        "text": "JBIC signed the $250 million loan agreement with Iluka on Thursday.",
        "commitments": [
            _c(
                "JBIC",
                "JP",
                "loan",
                "250000000",
                "USD",
                counterparty="Iluka",
                status="binding",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b5-status-kfw-conditional",
        "text": "KfW's €150m loan to the copper foil plant is conditional on the state of Saxony "
        "approving its own support.",
        "commitments": [
            _c("KfW", "DE", "loan", "150000000", "EUR", minerals=["copper"], status="conditional")
        ],
    },
    {
        "id": "b5-status-ukef-proposed",
        "text": "UKEF has proposed a £120m guarantee for the tungsten mine in Devon, subject to "
        "due diligence.",
        "commitments": [
            _c("UKEF", "GB", "guarantee", "120000000", "GBP", minerals=["tungsten"], status="proposed")
        ],
    },
    {
        "id": "b5-status-exim-loi",
        "text": "EXIM issued a letter of interest for up to $350 million to support the Phalaborwa "
        "rare earths project.",
        "commitments": [
            _c(
                "EXIM",
                "US",
                "letter-of-interest",
                "350000000",
                "USD",
                amount_is_ceiling=True,
                minerals=["rare-earths"],
                project="Phalaborwa rare earths project",
            )
        ],
    },
    {
        "id": "b5-status-pending",
        "text": "Sojitz's ¥9bn stake in the Yangibana rare earths project is pending FIRB approval.",
        "commitments": [
            _c(
                "Sojitz",
                "JP",
                "equity",
                "9000000000",
                "JPY",
                minerals=["rare-earths"],
                project="Yangibana rare earths project",
                status="conditional",
            )
        ],
    },
    {
        "id": "b5-status-closed",
        "text": "The CIB closed its C$275 million loan for the Kipawa heavy rare earths project today.",
        "commitments": [
            _c(
                "CIB",
                "CA",
                "loan",
                "275000000",
                "CAD",
                minerals=["heavy-rare-earths"],
                project="Kipawa heavy rare earths project",
                status="binding",
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    {
        "id": "b5-status-pulled-stake",
        "text": "Renault has pulled out of its planned €50m stake in a lithium refinery in Normandy.",
        "commitments": [
            _c("Renault", "FR", "equity", "50000000", "EUR", minerals=["lithium"], status="withdrawn")
        ],
    },
    {
        "id": "b5-status-paid-out",
        "text": "The Australian Renewable Energy Agency has paid out the A$15m grant for the "
        "high-purity alumina and silicon pilot in Gladstone.",
        "commitments": [
            _c("ARENA", "AU", "grant", "15000000", "AUD", minerals=["silicon"], status="disbursed")
        ],
    },
    # --- no commitment ---
    {
        "id": "b5-none-question-kfw",
        "text": "Does anyone know if KfW ever signed that Zinnwald loan?",
        "commitments": [],
    },
    {
        "id": "b5-none-hypothetical",
        "text": "If the DFC were to take equity in Syrah, it would probably be under $100m.",
        "commitments": [],
    },
    {
        "id": "b5-none-denial-jogmec",
        "text": "JOGMEC denied a Nikkei report that it would invest ¥30bn in an Australian nickel mine.",
        "commitments": [],
    },
    {
        "id": "b5-none-background-2022",
        "text": "Back in 2022 EXIM lent $1.2bn to the same nickel refiner, but that was before the "
        "price collapse.",
        "commitments": [],
    },
    {
        "id": "b5-none-speculation",
        "text": "Word in Tokyo is that Marubeni might look at a stake in Ngualla, but nothing is decided.",
        "commitments": [],
    },
    {
        "id": "b5-none-chatter-lunch",
        "text": "Lunch at 12:30 in the small room, bring the lithium price charts.",
        "commitments": [],
    },
    {
        "id": "b5-none-analysis-share",
        "text": "China still refines roughly 90% of the world's rare earths, so a single new plant "
        "won't move the needle much.",
        "commitments": [],
    },
    {
        "id": "b5-none-question-crore",
        "text": "How much is 500 crore in dollars again?",
        "commitments": [],
    },
    {
        "id": "b5-none-reminder",
        "text": "Reminder: the EIB board meets on Tuesday; nothing on critical minerals on the "
        "agenda as far as I can see.",
        "commitments": [],
    },
    {
        "id": "b5-none-rejected",
        "text": "The Swedish government rejected calls to take a stake in Northvolt's cathode unit.",
        "commitments": [],
    },
    {
        "id": "b5-none-could",
        "text": "Canada could lend up to C$500m to graphite miners if the budget passes, the minister mused.",
        "commitments": [],
    },
    {
        "id": "b5-none-no-plans",
        "text": "Mubadala says it has no plans to invest in cobalt at current prices.",
        "commitments": [],
    },
    {
        "id": "b5-none-market-price",
        "text": "Spodumene was quoted at $850 a tonne in Shanghai this morning, up 4%.",
        "commitments": [],
    },
    {
        "id": "b5-none-thanks",
        "text": "Thanks Priya, I've added the Korea Zinc numbers to the tracker.",
        "commitments": [],
    },
    {
        "id": "b5-none-should",
        "text": "Frankly Germany should put money into a gallium stockpile, but nobody in Berlin "
        "wants to pay for it.",
        "commitments": [],
    },
    {
        "id": "b5-none-earnings",
        "text": "Lynas reported revenue of A$120m for the quarter, below consensus.",
        "commitments": [],
    },
    {
        "id": "b5-none-report-title",
        "text": "New IEA report: 'Global Critical Minerals Outlook 2025' is out, see the chapter on copper.",
        "commitments": [],
    },
    {
        "id": "b5-none-was-considering",
        "text": "Is it true that UKEF is only considering the Cornish Lithium guarantee, not offering it?",
        "commitments": [],
    },
    {
        "id": "b5-none-history-lynas",
        "text": "Sojitz and JOGMEC lent Lynas $250m in 2011, which is the template everybody cites.",
        "commitments": [],
    },
    {
        "id": "b5-none-talks-stalled",
        "text": "Talks between Manara and Barrick over a Reko Diq stake have stalled, two sources said.",
        "commitments": [],
    },
    {
        "id": "b5-none-capex",
        "text": "The Kathleen Valley lithium mine's capital cost is now put at A$951m.",
        "commitments": [],
    },
    {
        "id": "b5-none-conference",
        "text": "Who's going to the Indaba in Cape Town next February?",
        "commitments": [],
    },
    {
        "id": "b5-none-unconfirmed",
        "text": "Unconfirmed: a Gulf fund may be circling Vale Base Metals again. Take with salt.",
        "commitments": [],
    },
    {
        "id": "b5-none-declined-comment",
        "text": "DOE declined to comment on whether the Georgia lithium loan would be restructured.",
        "commitments": [],
    },
    {
        "id": "b5-none-tariff-effect",
        "text": "The new duties on graphite anodes raised landed costs by about a third, by our estimate.",
        "commitments": [],
    },
    {
        "id": "b5-none-never-happened",
        "text": "The much-touted $2bn Korean lithium fund never materialised.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b5-art-kipawa-cib-nrcan",
        "kind": "article",
        "headline": "Canada backs Quebec heavy rare earths mine with C$120 million loan",
        "text": "OTTAWA, June 17, 2025 (Reuters) - The Canada Infrastructure Bank will lend C$120 "
        "million to Vital Metals' Kipawa heavy rare earths project in western Quebec, the federal "
        "government said on Tuesday, part of a push to give North American magnet makers a supply "
        "of dysprosium and terbium that does not pass through China.\n\n"
        "Natural Resources Canada will separately provide C$12 million in funding for a pilot "
        "separation circuit at the site, Energy and Natural Resources Minister Tim Hodgson told "
        "reporters in Ottawa.\n\n"
        '"This loan is about building a whole chain, from the pit to the magnet," Hodgson said. '
        '"The C$120 million from the infrastructure bank gets Kipawa to construction."\n\n'
        "Kipawa has been studied for more than a decade. In 2013 a previous owner completed a "
        "feasibility study that was shelved when rare earth prices collapsed, and in 2023 Ottawa "
        "awarded a smaller exploration grant to the project under an earlier programme.\n\n"
        "The company expects to start construction next spring and to produce a mixed heavy rare "
        "earth concentrate by 2028. Its shares rose 11% in Toronto.",
        "commitments": [
            _c(
                "CIB",
                "CA",
                "loan",
                "120000000",
                "CAD",
                counterparty="Vital Metals",
                minerals=["dysprosium", "heavy-rare-earths", "terbium"],
                project="Kipawa heavy rare earths project",
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "NRCan",
                "CA",
                "grant",
                "12000000",
                "CAD",
                project="Kipawa heavy rare earths project",
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b5-art-kabil-argentina-release",
        "kind": "article",
        "headline": "KABIL to invest Rs 250 crore in Argentine lithium exploration",
        "text": "NEW DELHI, 16 June 2025\n\n"
        "Press Information Bureau, Ministry of Mines\n\n"
        "Khanij Bidesh India Limited (KABIL), a joint venture of NALCO, HCL and MECL, will invest "
        "Rs 250 crore in the exploration and development of three further lithium brine blocks in "
        "the province of Catamarca, Argentina, the Ministry of Mines announced today.\n\n"
        "The agreement was signed in Buenos Aires in the presence of the Secretary (Mines) and "
        "senior officials of the provincial state company.\n\n"
        "Speaking on the occasion, the Secretary said that the investment would strengthen "
        "India's access to lithium for its growing battery manufacturing sector under the "
        "National Critical Mineral Mission.\n\n"
        "In January 2024, KABIL signed an agreement of about Rs 200 crore with CAMYEN for five "
        "blocks in Catamarca, India's first lithium exploration project abroad. Exploration on "
        "those blocks is under way.\n\n"
        "KABIL was set up in 2019 to identify and acquire critical and strategic mineral assets "
        "overseas.\n\n"
        "***",
        "commitments": [
            _c(
                "KABIL",
                "IN",
                "equity",
                "2500000000",
                "INR",
                minerals=["lithium"],
                initiative="National Critical Mineral Mission",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b5-art-marubeni-yangibana",
        "kind": "article",
        "headline": "Marubeni signs NdPr offtake for Yangibana; JBIC to lend $100 million",
        "text": "TOKYO, June 18, 2025 - Marubeni Corporation (TOKYO: 8002) today announced that it "
        "has signed a binding agreement with Hastings Technology Metals Ltd to buy mixed rare "
        "earth carbonate from the Yangibana rare earths project in Western Australia for an initial "
        "term of seven years.\n\n"
        "Under the agreement, Marubeni will purchase up to 3,000 tonnes a year of mixed rare earth "
        "carbonate containing neodymium and praseodymium, which it will supply to magnet makers in "
        "Japan and Europe.\n\n"
        "The Japan Bank for International Cooperation will lend Hastings $100 million toward "
        "construction of the project's beneficiation plant, with the remainder of the debt "
        "coming from Australian lenders.\n\n"
        "\"Securing Yangibana's output is an important step in building a diversified rare earth "
        'supply chain," said a Marubeni executive officer. "We are pleased that JBIC is '
        'supporting the project alongside us."\n\n'
        "About Marubeni\n"
        "Marubeni Corporation is a Japanese general trading company with operations in more than "
        "60 countries. For more information, visit the company's website.\n\n"
        "Forward-looking statements\n"
        "This release contains forward-looking statements that involve risks and uncertainties.",
        "commitments": [
            _c(
                "Marubeni",
                "JP",
                "offtake",
                None,
                counterparty="Hastings Technology Metals",
                minerals=["neodymium", "praseodymium", "rare-earths"],
                project="Yangibana rare earths project",
                status="binding",
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "JBIC",
                "JP",
                "loan",
                "100000000",
                "USD",
                counterparty="Hastings",
                minerals=["rare-earths"],
                project="Yangibana rare earths project",
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b5-art-eib-zambia-global-gateway",
        "kind": "article",
        "headline": "EU lends EUR 200 million to Congolese copper-cobalt project under Global Gateway",
        "text": "BRUSSELS, June 19, 2025 - The European Investment Bank will lend EUR 200 million to "
        "the Musonoi copper-cobalt project in the Democratic Republic of Congo's Lualaba province, "
        "the bank and the European Commission said on Thursday, in one of the largest Global "
        "Gateway deals so far in the mining sector.\n\n"
        "The Commission will add a EUR 25 million grant from the EU budget to pay for a water "
        "treatment plant and for training of local workers, officials said.\n\n"
        '"Europe needs copper and cobalt, and Africa needs investment that stays," EIB Vice-President '
        'Thomas Östros said at the signing. "This EUR 200 million loan does both."\n\n'
        "The deal follows the EU's strategic partnership with Congo signed in 2023, which "
        "critics said had produced few concrete projects. A 2024 EIB appraisal of a smaller cobalt "
        "refinery in the same province was abandoned.\n\n"
        "Campaign groups said the bank must enforce labour standards. The project's owner said it "
        "would publish an annual sustainability report.\n\n"
        "Production is expected to start in 2027.",
        "commitments": [
            _c(
                "EU",
                "EU",
                "loan",
                "200000000",
                "EUR",
                minerals=["cobalt", "copper"],
                project="Musonoi copper-cobalt project",
                initiative="Global Gateway",
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "EU",
                "EU",
                "grant",
                "25000000",
                "EUR",
                project="Musonoi copper-cobalt project",
                initiative="Global Gateway",
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b5-art-analysis-price-floors",
        "kind": "article",
        "headline": "Analysis: Western money for minerals is large on paper, thin on the ground",
        "text": "LONDON, June 18, 2025 - Since 2022 governments in the United States, Europe, Japan "
        "and Australia have announced tens of billions of dollars of support for critical "
        "minerals. How much of it has actually reached a mine or a refinery is much harder to "
        "say.\n\n"
        "The US Department of Energy offered conditional loans worth more than $10 billion to "
        "battery and lithium projects between 2022 and 2024, but several were never closed. "
        "Australia's Critical Minerals Facility, expanded to A$4 billion in 2023, has lent to "
        "a handful of rare earths and lithium projects. Japan's JOGMEC has taken stakes in "
        "Australian and South American assets for almost two decades.\n\n"
        '"There is a gap between the headline and the cheque," said a London-based analyst who '
        'tracks state finance for the sector. "A letter of interest is not a loan, and a loan '
        'that is conditional on a feasibility study that never gets done is not a loan either."\n\n'
        "Price is the larger problem. With NdPr oxide and lithium carbonate trading far below the "
        "levels most Western feasibility studies assumed, some analysts argue that no amount of "
        "cheap debt will make new projects viable without a price floor or guaranteed offtake.\n\n"
        "Whether governments are willing to pay that cost is uncertain. Officials in several G7 "
        "capitals have discussed floors privately, but none has committed public money to one, "
        "and budget hawks warn that a floor could prove open-ended.\n\n"
        "For now, the pipeline of announced support is large. The question, analysts say, is how "
        "much of it will be disbursed before the next price cycle turns.",
        "commitments": [],
    },
    {
        "id": "b5-art-opinion-india-stockpile",
        "kind": "article",
        "headline": "Opinion: India needs a critical minerals stockpile before the next shock",
        "text": "By a former secretary, Ministry of Mines\n\n"
        "When China restricted exports of gallium and germanium in 2023, Indian electronics firms "
        "discovered how little of either they held. When it added graphite and then heavy rare "
        "earths, the lesson was repeated.\n\n"
        "India should build a strategic reserve. A modest fund of Rs 5,000 crore could hold six "
        "months of imports of the most exposed materials. Japan has run such a reserve through "
        "JOGMEC for decades, and South Korea's KOMIR holds stocks of more than a dozen metals.\n\n"
        "Critics will say that the money would be better spent on exploration. But exploration "
        "takes a decade to pay off, and a supply shock can arrive in a week.\n\n"
        "The government has so far preferred to fund overseas acquisitions through KABIL and "
        "to auction domestic blocks. Those are sensible, but they do not protect a factory that "
        "runs out of magnets next month.\n\n"
        "If New Delhi were to act in this year's budget, it could have the first purchases in "
        "the warehouse by 2026. It should.",
        "commitments": [],
    },
    {
        "id": "b5-art-korea-kexim-ksure-jointly",
        "kind": "article",
        "headline": "Korean export agencies to jointly finance $700 million Australian nickel refinery",
        "text": "SEOUL, June 16 (Yonhap) -- The Export-Import Bank of Korea and the Korea Trade "
        "Insurance Corporation will jointly provide $700 million in financing for a nickel "
        "refinery in Western Australia that will supply Korean battery makers, the finance "
        "ministry said Monday.\n\n"
        "KEXIM and K-SURE will fund the project alongside commercial banks, and the refinery's "
        "output will go to Korean cathode makers under long-term contracts, the ministry said.\n\n"
        "Separately, LG Energy Solution said it had agreed to buy nickel sulphate from the "
        "refinery for ten years, without giving the volume.\n\n"
        "The financing is the largest by the two agencies for an overseas mineral project since "
        "2021, when KEXIM lent $500 million to a Chilean lithium venture.\n\n"
        "Korea imports nearly all of the nickel used by its battery industry. The government has "
        "set a target of reducing dependence on any single country to below 50% by 2030.",
        "commitments": [
            _c(
                "KEXIM", "KR", "loan", "700000000", "USD", minerals=["nickel"], announced_on=date(2025, 6, 16)
            ),
            _c("K-SURE", "KR", "loan", None, minerals=["nickel"], announced_on=date(2025, 6, 16)),
            _c(
                "LG Energy Solution",
                "KR",
                "offtake",
                None,
                minerals=["nickel"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b5-art-manara-reko-diq",
        "kind": "article",
        "headline": "Saudi Arabia's Manara to take 15% of Reko Diq for $540 million",
        "text": "RIYADH, June 18, 2025 - Manara Minerals, the joint venture of Ma'aden and the "
        "Public Investment Fund, has agreed to buy a 15% stake in the Reko Diq copper-gold project "
        "in Pakistan from the federal and Balochistan governments for $540 million, the companies "
        "said on Wednesday.\n\n"
        "Barrick Gold, which operates the project and owns half of it, will keep its stake.\n\n"
        '"Reko Diq is one of the largest undeveloped copper deposits in the world," Manara chief '
        'executive Robert Wilt said in a statement. "Our $540 million investment is a long-term '
        'commitment to Pakistan."\n\n'
        "The deal is Manara's second large acquisition. In 2023 it agreed to pay $2.6 billion for "
        "10% of Vale Base Metals, a transaction completed in 2024.\n\n"
        "Saudi Arabia has said it wants to secure access to copper, lithium and nickel abroad to "
        "supply an electric vehicle industry at home. Analysts said more deals were likely but "
        "that Pakistan's security situation remained a risk for the project.\n\n"
        "The transaction is subject to regulatory approvals in both countries.",
        "commitments": [
            _c(
                "Manara Minerals",
                "SA",
                "equity",
                "540000000",
                "USD",
                minerals=["copper"],
                project="Reko Diq copper-gold project",
                status="conditional",
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    {
        "id": "b5-art-canberra-release-efa-nrfc",
        "kind": "article",
        "headline": "Albanese Government backs Australian vanadium and graphite processing",
        "text": "CANBERRA, 20 June 2025\n\n"
        "Joint media release: Minister for Resources, Minister for Trade and Tourism\n\n"
        "The Albanese Government will lend $200 million through Export Finance Australia's "
        "Critical Minerals Facility to build a vanadium electrolyte plant in Townsville.\n\n"
        "In addition, the National Reconstruction Fund Corporation will invest A$30 million in "
        "a graphite anode manufacturer in Victoria.\n\n"
        '"This is about making things here, not just digging them up," the Minister for Resources '
        'said. "Today\'s $200 million loan will create hundreds of jobs in north Queensland."\n\n'
        "Since 2022 the Critical Minerals Facility has supported projects including the Nolans "
        "rare earths project and the Eneabba refinery. The Government has also committed to a "
        "production tax credit for processed critical minerals from 2027.\n\n"
        "Media contact: Minister's office",
        "commitments": [
            _c(
                "AU",
                "AU",
                "loan",
                "200000000",
                "AUD",
                currency_inferred=True,
                minerals=["vanadium"],
                announced_on=date(2025, 6, 20),
            ),
            _c(
                "NRFC",
                "AU",
                "equity",
                "30000000",
                "AUD",
                minerals=["graphite"],
                announced_on=date(2025, 6, 20),
            ),
        ],
    },
    {
        "id": "b5-art-dfc-nyakabingo",
        "kind": "article",
        "headline": "US development bank takes stake in Rwandan tungsten mine",
        "text": "WASHINGTON, June 17, 2025 - The U.S. International Development Finance Corporation "
        "will invest $25 million in Trinity Metals, the owner of the Nyakabingo tungsten mine in "
        "Rwanda, the agency said on Tuesday.\n\n"
        "The equity investment will help Trinity Metals expand underground output and build a "
        "concentrator. The company will also supply tungsten concentrate to a US processor under "
        "a separate agreement, it said, without naming the buyer.\n\n"
        '"Tungsten is essential for defense and industry, and China dominates its supply," a '
        'DFC official said. "This investment strengthens an alternative source in the Great '
        'Lakes region."\n\n'
        "DFC has been active in the region since the 2024 agreement between Rwanda, the United "
        "States and Congo on mineral supply chains. In 2023 it funded a feasibility study for a "
        "tin smelter in Kigali.\n\n"
        "Rwanda produces a significant share of the world's mined tungsten outside China.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "equity",
                "25000000",
                "USD",
                counterparty="Trinity Metals",
                minerals=["tungsten"],
                project="Nyakabingo tungsten mine",
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "Trinity Metals",
                "RW",
                "offtake",
                None,
                minerals=["tungsten"],
                project="Nyakabingo tungsten mine",
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-5"

# Filled in by the lead after the one scoring run; the cases stay as written.
BLIND5_MISSES: dict[str, str] = {
    # What is left after tuning on this batch: conventions in which it differs from the rest of
    # the corpus (which logs the EIB as "EIB", the Commission as "European Commission", both
    # with country EU, and the National Reconstruction Fund Corporation as "NRF").
    "b5-multi-eib-kfw-vulcan": (
        "commitment 0 actor: expected 'EU', got 'EIB' (the corpus logs the EIB as 'EIB')"
    ),
    "b5-verb-eib-financing-eramet": (
        "commitment 0 actor: expected 'EU', got 'EIB' (the corpus logs the EIB as 'EIB')"
    ),
    "b5-art-eib-zambia-global-gateway": (
        "commitment 0 actor: expected 'EU', got 'EIB' (+1 more): the batch logs the EIB and the"
        " Commission as 'EU', the main corpus as 'EIB' and 'European Commission' (country EU)"
    ),
    "b5-art-canberra-release-efa-nrfc": (
        "commitment 1 actor: expected 'NRFC', got 'NRF': the known-organisations table's short name"
    ),
}
