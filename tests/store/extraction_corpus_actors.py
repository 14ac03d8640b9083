"""Second edition, written alongside the parser: organisations with their country, several actors,
the grammatical subject as actor, instruments from the verb.

Same case format as tests/store/extraction_corpus.py. Names the cases refer to that the main
corpus does not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA.

Conventions of this file: with several actors there is one draft per actor, in the order the
sentence names them. "Each" repeats the amount on every draft; "jointly"/"together" puts the
whole amount on the first and none on the others (their drafts carry a note saying so), so a
total never counts it twice. Expectations were written from the sentence before the parser
read it.
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (cases state dates)
from typing import Any

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Kamoa-Kakula",
    "Greenbushes lithium mine",
    "Nolans rare earths project",
    "Dubbo Project",
    "Mount Holland lithium project",
    "Keliber lithium project",
    "Manono",
    "Manono lithium project",
    "Dakota Graphite project",
]
KNOWN_INITIATIVES_EXTRA: list[str] = []


def _case(case_id: str, text: str, *commitments: dict[str, Any]) -> dict[str, Any]:
    return {"id": case_id, "text": text, "commitments": list(commitments)}


CASES: list[dict[str, Any]] = [
    # --- 1. organisations with the country they act for ---
    _case(
        "a-kfw-loan-vulcan",
        "KfW signed a €150 million loan with Vulcan Energy for its lithium plant in the Upper Rhine.",
        {
            "actor": "KfW",
            "actor_country": "DE",
            "instrument": "loan",
            "amount": "150000000",
            "currency": "EUR",
            "status": "binding",
            "counterparty": "Vulcan Energy",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a-bpifrance-equity-carester",
        "Bpifrance will invest €50 million in Carester's rare earth recycling plant at Lacq.",
        {
            "actor": "Bpifrance",
            "actor_country": "FR",
            "instrument": "equity",
            "amount": "50000000",
            "currency": "EUR",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a-maaden-mou-mp",
        "Ma'aden signed a memorandum of understanding with MP Materials to build a rare earth refinery in "
        "Saudi Arabia.",
        {
            "actor": "Ma'aden",
            "actor_country": "SA",
            "instrument": "mou",
            "status": "binding",
            "counterparty": "MP Materials",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a-ukef-guarantee-pensana",
        "UK Export Finance issued a £30m guarantee for Pensana's rare earth separation plant.",
        {
            "actor": "UKEF",
            "actor_country": "GB",
            "instrument": "guarantee",
            "amount": "30000000",
            "currency": "GBP",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a-sace-guarantee",
        "SACE will guarantee a €200 million credit line for Italian battery recycler Cobat.",
        {
            "actor": "SACE",
            "actor_country": "IT",
            "instrument": "guarantee",
            "amount": "200000000",
            "currency": "EUR",
        },
    ),
    _case(
        "a-nexi-insurance",
        "NEXI agreed to provide $120m of political risk insurance to a Japanese consortium in the "
        "Philippines nickel sector.",
        {
            "actor": "NEXI",
            "actor_country": "JP",
            "instrument": "guarantee",
            "amount": "120000000",
            "currency": "USD",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a-pif-manara-stake",
        "Manara Minerals agreed to take a 10% stake in Vale Base Metals for $2.6 billion.",
        {
            "actor": "Manara Minerals",
            "actor_country": "SA",
            "instrument": "equity",
            "amount": "2600000000",
            "currency": "USD",
            "counterparty": "Vale Base Metals",
        },
    ),
    _case(
        "a-mubadala-equity",
        "Mubadala invested $300 million in Brazilian nickel miner Atlantic Nickel.",
        {
            "actor": "Mubadala",
            "actor_country": "AE",
            "instrument": "equity",
            "amount": "300000000",
            "currency": "USD",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a-kabil-argentina",
        "KABIL signed an agreement with Argentina's CAMYEN to explore five lithium blocks in Catamarca.",
        {"actor": "KABIL", "actor_country": "IN", "status": "binding", "minerals": ["lithium"]},
    ),
    _case(
        "a-efa-loan-arafura",
        "Export Finance Australia approved a A$200 million loan for the Nolans rare earths project.",
        {
            "actor": "EFA",
            "actor_country": "AU",
            "instrument": "loan",
            "amount": "200000000",
            "currency": "AUD",
            "project": "Nolans rare earths project",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a-edc-loan-full-name",
        "Export Development Canada extended a C$75 million credit facility to Rock Tech Lithium.",
        {
            "actor": "EDC",
            "actor_country": "CA",
            "instrument": "loan",
            "amount": "75000000",
            "currency": "CAD",
            "counterparty": "Rock Tech Lithium",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a-dfc-loan",
        "The DFC approved a $150 million loan to TechMet for its nickel and cobalt assets.",
        {
            "actor": "DFC",
            "actor_country": "US",
            "instrument": "loan",
            "amount": "150000000",
            "currency": "USD",
            "minerals": ["cobalt", "nickel"],
        },
    ),
    _case(
        "a-dla-stockpile-antimony",
        "The Defense Logistics Agency awarded a $245 million contract to stockpile antimony ingots.",
        {
            "actor": "DLA",
            "actor_country": "US",
            "instrument": "stockpile",
            "amount": "245000000",
            "currency": "USD",
            "minerals": ["antimony"],
        },
    ),
    _case(
        "a-kexim-full-name",
        "The Export-Import Bank of Korea will lend $500 million to LG Energy Solution for its Arizona plant.",
        {
            "actor": "KEXIM",
            "actor_country": "KR",
            "instrument": "loan",
            "amount": "500000000",
            "currency": "USD",
            "counterparty": "LG Energy Solution",
        },
    ),
    _case(
        "a-jogmec-equity-full-name",
        "The Japan Organization for Metals and Energy Security will take a 49% stake in a French rare earth "
        "recycler.",
        {"actor": "JOGMEC", "actor_country": "JP", "instrument": "equity", "minerals": ["rare-earths"]},
    ),
    _case(
        "a-eib-loan-keliber",
        "The European Investment Bank signed a €500 million loan for the Keliber lithium project in Finland.",
        {
            "actor": "EIB",
            "actor_country": "EU",
            "instrument": "loan",
            "amount": "500000000",
            "currency": "EUR",
            "status": "binding",
            "project": "Keliber lithium project",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a-cefc-equity",
        "The Clean Energy Finance Corporation committed A$100 million in equity to a vanadium battery maker "
        "in Queensland.",
        {
            "actor": "CEFC",
            "actor_country": "AU",
            "instrument": "equity",
            "amount": "100000000",
            "currency": "AUD",
        },
    ),
    _case(
        "a-nwf-equity",
        "The National Wealth Fund will invest £28.6 million in Cornish Lithium.",
        {
            "actor": "National Wealth Fund",
            "actor_country": "GB",
            "instrument": "equity",
            "amount": "28600000",
            "currency": "GBP",
            "counterparty": "Cornish Lithium",
        },
    ),
    _case(
        "a-norfund-loan",
        "Norfund lent $40 million to a graphite producer in Mozambique.",
        {
            "actor": "Norfund",
            "actor_country": "NO",
            "instrument": "loan",
            "amount": "40000000",
            "currency": "USD",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a-finnvera-guarantee",
        "Finnvera granted a €60 million guarantee to Terrafame for its battery chemicals plant.",
        {
            "actor": "Finnvera",
            "actor_country": "FI",
            "instrument": "guarantee",
            "amount": "60000000",
            "currency": "EUR",
        },
    ),
    _case(
        "a-qia-stake",
        "Qatar Investment Authority bought a $250m stake in US lithium developer Standard Lithium.",
        {
            "actor": "QIA",
            "actor_country": "QA",
            "instrument": "equity",
            "amount": "250000000",
            "currency": "USD",
        },
    ),
    _case(
        "a-hyundai-offtake",
        "Hyundai signed an offtake agreement with Liontown for 150,000 tonnes of spodumene concentrate.",
        {
            "actor": "Hyundai",
            "actor_country": "KR",
            "instrument": "offtake",
            "status": "binding",
            "counterparty": "Liontown",
        },
    ),
    _case(
        "a-toyota-tsusho-equity",
        "Toyota Tsusho will acquire a 15% stake in a Canadian graphite company for C$30 million.",
        {
            "actor": "Toyota Tsusho",
            "actor_country": "JP",
            "instrument": "equity",
            "amount": "30000000",
            "currency": "CAD",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a-unknown-company",
        "Acme Mining signed a $20 million loan with a regional bank for its tungsten mine.",
        {
            "actor": "Acme Mining",
            "actor_country": None,
            "instrument": "loan",
            "amount": "20000000",
            "currency": "USD",
            "minerals": ["tungsten"],
        },
    ),
    _case(
        "a-world-bank-no-country",
        "The World Bank approved a $250 million loan to Zambia for its copper sector.",
        {
            "actor": "World Bank",
            "actor_country": None,
            "instrument": "loan",
            "amount": "250000000",
            "currency": "USD",
            "counterparty": "ZM",
            "minerals": ["copper"],
        },
    ),
    _case(
        "a-korea-zinc-offtake",
        "Korea Zinc agreed to supply germanium to the Pentagon under a five-year deal.",
        {
            "actor": "Korea Zinc",
            "actor_country": "KR",
            "instrument": "offtake",
            "counterparty": "DOD",
            "minerals": ["germanium"],
        },
    ),
    # --- 2. several actors ---
    _case(
        "a-netherlands-sweden-each",
        "The Netherlands and Sweden each pledged EUR 40 million to the raw materials fund.",
        {"actor": "NL", "amount": "40000000", "currency": "EUR"},
        {"actor": "SE", "amount": "40000000", "currency": "EUR"},
    ),
    _case(
        "a-seoul-canberra-jointly",
        "Seoul and Canberra agreed to jointly stockpile $500 million of rare earths.",
        {
            "actor": "KR",
            "instrument": "stockpile",
            "amount": "500000000",
            "currency": "USD",
            "minerals": ["rare-earths"],
        },
        {"actor": "AU", "instrument": "stockpile", "amount": None, "minerals": ["rare-earths"]},
    ),
    _case(
        "a-three-each",
        "Germany, France and Italy will each contribute €100 million to a critical raw materials fund.",
        {"actor": "DE", "amount": "100000000", "currency": "EUR"},
        {"actor": "FR", "amount": "100000000", "currency": "EUR"},
        {"actor": "IT", "amount": "100000000", "currency": "EUR"},
    ),
    _case(
        "a-japan-us-together",
        "Japan and the United States together will provide $1 billion in financing for Philippine nickel "
        "processing.",
        {"actor": "JP", "amount": "1000000000", "currency": "USD", "minerals": ["nickel"]},
        {"actor": "US", "amount": None, "minerals": ["nickel"]},
    ),
    _case(
        "a-jbic-kexim-jointly",
        "JBIC and KEXIM will jointly lend $800 million to an Indonesian nickel smelter.",
        {
            "actor": "JBIC",
            "actor_country": "JP",
            "instrument": "loan",
            "amount": "800000000",
            "currency": "USD",
        },
        {"actor": "KEXIM", "actor_country": "KR", "instrument": "loan", "amount": None},
    ),
    _case(
        "a-each-suffix",
        "Canada and Australia committed C$50 million each to the critical minerals research centre.",
        {"actor": "CA", "amount": "50000000", "currency": "CAD"},
        {"actor": "AU", "amount": "50000000", "currency": "CAD"},
    ),
    _case(
        "a-mitsui-sojitz-jointly-stake",
        "Mitsui and Sojitz agreed to jointly acquire a 30% stake in an Australian lithium miner for A$400 "
        "million.",
        {
            "actor": "Mitsui",
            "actor_country": "JP",
            "instrument": "equity",
            "amount": "400000000",
            "currency": "AUD",
        },
        {"actor": "Sojitz", "actor_country": "JP", "instrument": "equity", "amount": None},
    ),
    _case(
        "a-uk-canada-each-grants",
        "The UK and Canada will each award £10m in grants to rare earth magnet start-ups.",
        {"actor": "GB", "instrument": "grant", "amount": "10000000", "currency": "GBP"},
        {"actor": "CA", "instrument": "grant", "amount": "10000000", "currency": "GBP"},
    ),
    _case(
        "a-india-australia-jointly",
        "India and Australia have agreed to jointly invest A$5.8 million in five lithium and cobalt "
        "projects.",
        {"actor": "IN", "instrument": "equity", "amount": "5800000", "currency": "AUD"},
        {"actor": "AU", "instrument": "equity", "amount": None},
    ),
    _case(
        "a-three-jointly",
        "Japan, Australia and India will jointly fund a $200 million rare earth processing plant.",
        {"actor": "JP", "amount": "200000000", "currency": "USD"},
        {"actor": "AU", "amount": None},
        {"actor": "IN", "amount": None},
    ),
    _case(
        "a-mou-two-countries-one-draft",
        "Finland and Estonia signed a memorandum of understanding on battery metals.",
        {"actor": "FI", "instrument": "mou", "status": "binding", "counterparty": "EE"},
        {"actor": "EE", "instrument": "mou", "status": "binding", "counterparty": "FI"},
    ),
    _case(
        "a-joint-no-amount",
        "Norway and Sweden will jointly build a strategic stockpile of graphite.",
        {"actor": "NO", "instrument": "stockpile", "amount": None, "minerals": ["graphite"]},
        {"actor": "SE", "instrument": "stockpile", "amount": None, "minerals": ["graphite"]},
    ),
    _case(
        "a-each-orgs",
        "KfW and Bpifrance each provided €75 million in loans to the Eramet lithium plant in Alsace.",
        {
            "actor": "KfW",
            "actor_country": "DE",
            "instrument": "loan",
            "amount": "75000000",
            "currency": "EUR",
        },
        {
            "actor": "Bpifrance",
            "actor_country": "FR",
            "instrument": "loan",
            "amount": "75000000",
            "currency": "EUR",
        },
    ),
    _case(
        "a-several-hypothetical",
        "Germany and France could each put €1 billion into a European raw materials fund.",
    ),
    _case(
        "a-several-question",
        "Did Japan and Korea each pledge $100m to the stockpile?",
    ),
    # --- 3. the grammatical subject is the actor ---
    _case(
        "a-mitsui-kamoa-congo",
        "Mitsui agreed to buy a quarter of the cobalt from the Kamoa plant in Congo.",
        {"actor": "Mitsui", "actor_country": "JP", "instrument": "offtake", "minerals": ["cobalt"]},
    ),
    _case(
        "a-sumitomo-chile",
        "Sumitomo Metal Mining will buy nickel from a new smelter in Indonesia under a ten-year offtake.",
        {
            "actor": "Sumitomo Metal Mining",
            "actor_country": "JP",
            "instrument": "offtake",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a-glencore-drc",
        "Glencore agreed to supply 15,000 tonnes of cobalt a year from its mines in the Democratic Republic "
        "of Congo to Samsung SDI.",
        {
            "actor": "Glencore",
            "actor_country": "CH",
            "instrument": "offtake",
            "counterparty": "Samsung SDI",
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a-posco-argentina",
        "Posco will invest $830 million in a lithium hydroxide plant in Argentina.",
        {
            "actor": "Posco",
            "actor_country": "KR",
            "instrument": "equity",
            "amount": "830000000",
            "currency": "USD",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a-lges-chile",
        "LG Energy Solution signed a deal to buy lithium from Chile's SQM until 2030.",
        {
            "actor": "LG Energy Solution",
            "actor_country": "KR",
            "instrument": "offtake",
            "status": "binding",
            "counterparty": "SQM",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a-marubeni-australia",
        "Marubeni agreed to take 50% of the output of a nickel sulphate refinery in Western Australia.",
        {"actor": "Marubeni", "actor_country": "JP", "instrument": "offtake", "minerals": ["nickel"]},
    ),
    _case(
        "a-bmw-morocco",
        "BMW signed a €100 million contract to buy cobalt from Morocco's Managem.",
        {
            "actor": "BMW",
            "actor_country": "DE",
            "instrument": "offtake",
            "amount": "100000000",
            "currency": "EUR",
            "status": "binding",
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a-tesla-offtake-indonesia",
        "Tesla agreed to buy nickel from two processing plants in Indonesia.",
        {"actor": "Tesla", "actor_country": "US", "instrument": "offtake", "minerals": ["nickel"]},
    ),
    _case(
        "a-itochu-brazil",
        "Itochu will invest $200 million in a graphite mine in Brazil.",
        {
            "actor": "Itochu",
            "actor_country": "JP",
            "instrument": "equity",
            "amount": "200000000",
            "currency": "USD",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a-vw-canada",
        "Volkswagen's PowerCo will receive up to C$13 billion in production subsidies from Canada.",
        {
            "actor": "CA",
            "instrument": "grant",
            "amount": "13000000000",
            "currency": "CAD",
            "amount_is_ceiling": True,
        },
    ),
    _case(
        "a-jogmec-greenbushes",
        "JOGMEC agreed to buy 20% of the spodumene from the Greenbushes lithium mine in Western Australia.",
        {
            "actor": "JOGMEC",
            "actor_country": "JP",
            "instrument": "offtake",
            "project": "Greenbushes lithium mine",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a-mitsubishi-peru",
        "Mitsubishi Corporation signed a $400m purchase agreement for copper concentrate from a mine in "
        "Peru.",
        {
            "actor": "Mitsubishi Corporation",
            "actor_country": "JP",
            "instrument": "offtake",
            "amount": "400000000",
            "currency": "USD",
            "status": "binding",
            "minerals": ["copper"],
        },
    ),
    # --- 4. instruments from the verb ---
    _case(
        "a-put-money-into",
        "Canada will put C$40 million into Electra Battery Materials' cobalt refinery.",
        {
            "actor": "CA",
            "instrument": "equity",
            "amount": "40000000",
            "currency": "CAD",
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a-invest-equity",
        "Japan will invest $110 million in Lynas Rare Earths.",
        {
            "actor": "JP",
            "instrument": "equity",
            "amount": "110000000",
            "currency": "USD",
            "counterparty": "Lynas Rare Earths",
        },
    ),
    _case(
        "a-provide-funding-grant",
        "Australia will provide A$15 million in funding to ASM for its Dubbo project.",
        {
            "actor": "AU",
            "instrument": "grant",
            "amount": "15000000",
            "currency": "AUD",
            "project": "Dubbo Project",
        },
    ),
    _case(
        "a-award-grant",
        "The Department of Energy awarded $45 million to a graphite anode maker in Georgia.",
        {
            "actor": "DOE",
            "actor_country": "US",
            "instrument": "grant",
            "amount": "45000000",
            "currency": "USD",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a-financing-loan",
        "UKEF agreed to provide £50 million of financing to Cornish Lithium.",
        {
            "actor": "UKEF",
            "actor_country": "GB",
            "instrument": "loan",
            "amount": "50000000",
            "currency": "GBP",
            "counterparty": "Cornish Lithium",
        },
    ),
    _case(
        "a-lend-loan",
        "Germany will lend €300 million to a lithium refinery in Guben.",
        {
            "actor": "DE",
            "instrument": "loan",
            "amount": "300000000",
            "currency": "EUR",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a-agree-to-supply-offtake",
        "Australia's Iluka agreed to supply rare earth oxides to Korea's Posco International.",
        {
            "actor": "Iluka",
            "actor_country": "AU",
            "instrument": "offtake",
            "counterparty": "Posco International",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a-buy-output-offtake",
        "Stellantis will buy the entire output of a lithium project in Germany for ten years.",
        {"actor": "Stellantis", "actor_country": "NL", "instrument": "offtake", "minerals": ["lithium"]},
    ),
    _case(
        "a-take-stake-equity",
        "Korea's KOMIR will take a stake in an Australian nickel developer for A$25 million.",
        {
            "actor": "KOMIR",
            "actor_country": "KR",
            "instrument": "equity",
            "amount": "25000000",
            "currency": "AUD",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a-fund-generic-other",
        "France pledged €500 million for critical minerals.",
        {"actor": "FR", "instrument": "other", "amount": "500000000", "currency": "EUR"},
    ),
    _case(
        "a-grant-verb",
        "Canada granted C$8 million to a rare earth magnet maker in Ontario.",
        {
            "actor": "CA",
            "instrument": "grant",
            "amount": "8000000",
            "currency": "CAD",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a-credit-facility",
        "EDC opened a C$100 million credit facility for Nouveau Monde Graphite.",
        {
            "actor": "EDC",
            "actor_country": "CA",
            "instrument": "loan",
            "amount": "100000000",
            "currency": "CAD",
            "counterparty": "Nouveau Monde Graphite",
        },
    ),
    _case(
        "a-invested-equity-past",
        "Saudi Arabia's PIF invested $500 million in a copper smelter in Jeddah.",
        {
            "actor": "PIF",
            "actor_country": "SA",
            "instrument": "equity",
            "amount": "500000000",
            "currency": "USD",
            "minerals": ["copper"],
        },
    ),
    _case(
        "a-provide-financing-loan",
        "JBIC will provide $700 million in financing for a copper mine in Chile.",
        {
            "actor": "JBIC",
            "actor_country": "JP",
            "instrument": "loan",
            "amount": "700000000",
            "currency": "USD",
            "minerals": ["copper"],
        },
    ),
    _case(
        "a-supply-agreement-counterparty",
        "India's IREL agreed to supply neodymium oxide to Toyota Tsusho.",
        {"actor": "IREL", "actor_country": "IN", "instrument": "offtake", "counterparty": "Toyota Tsusho"},
    ),
    # --- added later in the session, again written before the parser read them ---
    _case(
        "a-together-with",
        "Japan, together with Australia, will provide $300 million in loans to a rare earth "
        "refinery in Malaysia.",
        {
            "actor": "JP",
            "instrument": "loan",
            "amount": "300000000",
            "currency": "USD",
            "minerals": ["rare-earths"],
        },
        {"actor": "AU", "instrument": "loan", "amount": None, "minerals": ["rare-earths"]},
    ),
    _case(
        "a-alongside",
        "KfW, alongside Norfund, will lend €90 million to a graphite mine in Mozambique.",
        {
            "actor": "KfW",
            "actor_country": "DE",
            "instrument": "loan",
            "amount": "90000000",
            "currency": "EUR",
            "minerals": ["graphite"],
        },
        {
            "actor": "Norfund",
            "actor_country": "NO",
            "instrument": "loan",
            "amount": None,
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a-adq-equity",
        "ADQ agreed to invest $1 billion in a copper miner in Zambia.",
        {
            "actor": "ADQ",
            "actor_country": "AE",
            "instrument": "equity",
            "amount": "1000000000",
            "currency": "USD",
            "minerals": ["copper"],
        },
    ),
    _case(
        "a-india-exim-loan",
        "India Exim Bank signed a $150m line of credit with Zambia for mining equipment.",
        {
            "actor": "India Exim Bank",
            "actor_country": "IN",
            "instrument": "loan",
            "amount": "150000000",
            "currency": "USD",
            "status": "binding",
            "counterparty": "ZM",
        },
    ),
    _case(
        "a-eifo-guarantee",
        "Denmark's EIFO issued a $70 million guarantee for a Greenland rare earths project.",
        {
            "actor": "EIFO",
            "actor_country": "DK",
            "instrument": "guarantee",
            "amount": "70000000",
            "currency": "USD",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a-hindalco-offtake",
        "Hindalco will buy all the lithium output of an Argentine brine project for five years.",
        {"actor": "Hindalco", "actor_country": "IN", "instrument": "offtake", "minerals": ["lithium"]},
    ),
    _case(
        "a-each-three-orgs",
        "JOGMEC, KOMIR and the DLA each agreed to buy 500 tonnes of gallium for their stockpiles.",
        {"actor": "JOGMEC", "actor_country": "JP", "instrument": "stockpile", "minerals": ["gallium"]},
        {"actor": "KOMIR", "actor_country": "KR", "instrument": "stockpile", "minerals": ["gallium"]},
        {"actor": "DLA", "actor_country": "US", "instrument": "stockpile", "minerals": ["gallium"]},
    ),
    _case(
        "a-none-each-year",
        "Japan and Korea import about 20,000 tonnes of graphite each year.",
    ),
    # --- third edition: the widened organisations table, the verb's instrument, the party on
    # the other side, minerals, history (written for the rules, in new wordings) ---
    _case(
        "a3-nysno-into-startup",
        "Nysnø is putting NOK 150 million into a Norwegian graphite anode start-up.",
        {
            "actor": "Nysnø",
            "actor_country": "NO",
            "instrument": "equity",
            "amount": "150000000",
            "currency": "NOK",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a3-sifem-loan-place-no-party",
        "SIFEM provided a USD 15 million loan to a lithium brine developer in Argentina.",
        {
            "actor": "SIFEM",
            "actor_country": "CH",
            "instrument": "loan",
            "amount": "15000000",
            "currency": "USD",
            "counterparty": None,
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a3-pfr-stake",
        "The Polish Development Fund will take a PLN 200m stake in a copper foil maker near Legnica.",
        {
            "actor": "PFR",
            "actor_country": "PL",
            "instrument": "equity",
            "amount": "200000000",
            "currency": "PLN",
            "minerals": ["copper"],
        },
    ),
    _case(
        "a3-dbj-lent",
        "The Development Bank of Japan lent ¥20 billion to a titanium sponge maker.",
        {
            "actor": "DBJ",
            "actor_country": "JP",
            "instrument": "loan",
            "amount": "20000000000",
            "currency": "JPY",
            "minerals": ["titanium"],
        },
    ),
    _case(
        "a3-egap-guarantee",
        "EGAP will guarantee CZK 2 billion of loans for a Czech-built lithium plant in Chile.",
        {
            "actor": "EGAP",
            "actor_country": "CZ",
            "instrument": "guarantee",
            "amount": "2000000000",
            "currency": "CZK",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a3-nz-super-fund-bare-dollar",
        "NZ Super Fund is investing $40 million in a Waikato lithium recycler.",
        {
            "actor": "NZ Super Fund",
            "actor_country": "NZ",
            "instrument": "equity",
            "amount": "40000000",
            "currency": "NZD",
            "currency_inferred": True,
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a3-unknown-org-country-unknown",
        "Kestrel Capital will take a $20m stake in a Nevada lithium explorer.",
        {
            "actor": "Kestrel Capital",
            "actor_country": None,
            "instrument": "equity",
            "amount": "20000000",
            "currency": "USD",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a3-each-taking-share-of-project",
        "Mubadala and QIA are each taking 15% of the Kabanga nickel project.",
        {"actor": "Mubadala", "actor_country": "AE", "instrument": "equity", "minerals": ["nickel"]},
        {"actor": "QIA", "actor_country": "QA", "instrument": "equity", "minerals": ["nickel"]},
    ),
    _case(
        "a3-share-of-output-is-offtake",
        "Hanwa will take 30% of the Kabanga nickel project's output for ten years.",
        {"actor": "Hanwa", "actor_country": "JP", "instrument": "offtake", "minerals": ["nickel"]},
    ),
    _case(
        "a3-headline-sum-into",
        "Industrifonden: SEK 50 million into a Swedish vanadium battery start-up",
        {
            "actor": "Industrifonden",
            "actor_country": "SE",
            "instrument": "equity",
            "amount": "50000000",
            "currency": "SEK",
            "minerals": ["vanadium"],
        },
    ),
    _case(
        "a3-commits-to-a-processor",
        "Khazanah commits MYR 200 million to a Malaysian rare earth processor.",
        {
            "actor": "Khazanah",
            "actor_country": "MY",
            "instrument": "equity",
            "amount": "200000000",
            "currency": "MYR",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a3-naif-will-finance",
        "NAIF will finance A$150 million of the Nolans rare earths project.",
        {
            "actor": "NAIF",
            "actor_country": "AU",
            "instrument": "loan",
            "amount": "150000000",
            "currency": "AUD",
            "project": "Nolans rare earths project",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a3-jointly-financed",
        "KfW and the EIB jointly financed €600 million of a lithium refinery in Bitterfeld.",
        {
            "actor": "KfW",
            "actor_country": "DE",
            "instrument": "loan",
            "amount": "600000000",
            "currency": "EUR",
            "minerals": ["lithium"],
        },
        {
            "actor": "EIB",
            "actor_country": "EU",
            "instrument": "loan",
            "amount": None,
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a3-full-production-built-by",
        "Toyota Tsusho agreed to purchase the full lithium hydroxide production of a plant being "
        "built in Texas by Redhill Metals.",
        {
            "actor": "Toyota Tsusho",
            "actor_country": "JP",
            "instrument": "offtake",
            "counterparty": "Redhill Metals",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a3-supply-direct-object",
        "Boliden agreed to supply Northvolt with nickel sulphate for five years.",
        {
            "actor": "Boliden",
            "actor_country": "SE",
            "instrument": "offtake",
            "counterparty": "Northvolt",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a3-lend-direct-object",
        "JBIC will lend Nickel Industries $250 million for an HPAL plant on Sulawesi.",
        {
            "actor": "JBIC",
            "actor_country": "JP",
            "instrument": "loan",
            "amount": "250000000",
            "currency": "USD",
            "counterparty": "Nickel Industries",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a3-sourced-but-definite",
        "Itochu has agreed to take a 10% stake in a Brazilian graphite miner, according to people "
        "briefed on the deal.",
        {"actor": "Itochu", "actor_country": "JP", "instrument": "equity", "minerals": ["graphite"]},
    ),
    _case(
        "a3-obtained-from",
        "Foran Mining obtained a C$50 million loan from EDC for its copper-zinc project in Saskatchewan.",
        {
            "actor": "EDC",
            "actor_country": "CA",
            "instrument": "loan",
            "amount": "50000000",
            "currency": "CAD",
            "counterparty": "Foran Mining",
            "minerals": ["copper", "zinc"],
        },
    ),
    _case(
        "a3-borrower-after-of",
        "SERV guarantees CHF 40 million of Plansee's borrowing for a tungsten powder line.",
        {
            "actor": "SERV",
            "actor_country": "CH",
            "instrument": "guarantee",
            "amount": "40000000",
            "currency": "CHF",
            "counterparty": "Plansee",
            "minerals": ["tungsten"],
        },
    ),
    _case(
        "a3-seller-owns-the-project",
        "Sumitomo Metal Mining agreed to buy nickel matte from Kestrel Nickel's Halmahera project "
        "in Indonesia.",
        {
            "actor": "Sumitomo Metal Mining",
            "actor_country": "JP",
            "instrument": "offtake",
            "counterparty": "Kestrel Nickel",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a3-mine-place-no-party",
        "Glencore agreed to buy cobalt hydroxide from a mine in Zambia for three years.",
        {
            "actor": "Glencore",
            "actor_country": "CH",
            "instrument": "offtake",
            "counterparty": None,
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a3-element-not-generic",
        "Shin-Etsu agreed to buy terbium oxide from Iluka's Eneabba rare earths refinery.",
        {
            "actor": "Shin-Etsu",
            "actor_country": "JP",
            "instrument": "offtake",
            "counterparty": "Iluka",
            "minerals": ["terbium"],
        },
    ),
    _case(
        "a3-magnets-are-rare-earths",
        "The Office of Strategic Capital will lend $150m to a Texas magnet plant.",
        {
            "actor": "Office of Strategic Capital",
            "actor_country": "US",
            "instrument": "loan",
            "amount": "150000000",
            "currency": "USD",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a3-nzgif-lend-bare-dollar",
        "NZGIF will lend $15 million to a Christchurch firm making silicon anodes.",
        {
            "actor": "NZGIF",
            "actor_country": "NZ",
            "instrument": "loan",
            "amount": "15000000",
            "currency": "NZD",
            "currency_inferred": True,
            "minerals": ["silicon"],
        },
    ),
    _case(
        "a3-zinc-lower-case",
        "Boliden agreed to supply zinc concentrate to Korea Zinc for three years.",
        {
            "actor": "Boliden",
            "actor_country": "SE",
            "instrument": "offtake",
            "counterparty": "Korea Zinc",
            "minerals": ["zinc"],
        },
    ),
    _case(
        "a3-mineral-in-a-name-alone",
        "EFA will lend A$80 million to Cobalt Blue for its Kwinana refinery.",
        {
            "actor": "EFA",
            "actor_country": "AU",
            "instrument": "loan",
            "amount": "80000000",
            "currency": "AUD",
            "counterparty": "Cobalt Blue",
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a3-mineral-in-a-name-beside-another",
        "Finnvera guarantees €30 million of Cornish Lithium's borrowing for a tungsten recovery line.",
        {
            "actor": "Finnvera",
            "actor_country": "FI",
            "instrument": "guarantee",
            "amount": "30000000",
            "currency": "EUR",
            "counterparty": "Cornish Lithium",
            "minerals": ["tungsten"],
        },
    ),
    _case(
        "a3-adjective-is-no-party",
        "Invest International will lend €20m to a Kenyan graphite miner.",
        {
            "actor": "Invest International",
            "actor_country": "NL",
            "instrument": "loan",
            "amount": "20000000",
            "currency": "EUR",
            "counterparty": None,
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a3-sourced-is-to",
        "Bpifrance is to take a minority stake in Verkor's battery materials arm, people familiar "
        "with the deal said.",
        {"actor": "Bpifrance", "actor_country": "FR", "instrument": "equity", "counterparty": "Verkor"},
    ),
    _case(
        "a3-relative-clause-no-instrument",
        "The DFC is lending $150 million to TechMet, which owns stakes in nickel and cobalt mines.",
        {
            "actor": "DFC",
            "actor_country": "US",
            "instrument": "loan",
            "amount": "150000000",
            "currency": "USD",
            "counterparty": "TechMet",
        },
    ),
    _case(
        "a3-site-adjective-no-party",
        "JOGMEC will invest ¥10bn in a Canadian nickel project.",
        {
            "actor": "JOGMEC",
            "actor_country": "JP",
            "instrument": "equity",
            "amount": "10000000000",
            "currency": "JPY",
            "counterparty": None,
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a3-bought-into",
        "ADNOC bought into a Chilean lithium miner for $200m.",
        {
            "actor": "ADNOC",
            "actor_country": "AE",
            "instrument": "equity",
            "amount": "200000000",
            "currency": "USD",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a3-funding-round",
        "Lunate led a $300m funding round for a US battery recycler.",
        {
            "actor": "Lunate",
            "actor_country": "AE",
            "instrument": "equity",
            "amount": "300000000",
            "currency": "USD",
        },
    ),
    _case(
        "a3-project-finance",
        "JBIC extended $500 million in project finance to the Kamoa-Kakula copper mine.",
        {
            "actor": "JBIC",
            "actor_country": "JP",
            "instrument": "loan",
            "amount": "500000000",
            "currency": "USD",
            "project": "Kamoa-Kakula",
            "minerals": ["copper"],
        },
    ),
    _case(
        "a3-all-produced",
        "Toyota Tsusho has agreed to purchase all of the lithium carbonate produced at Olaroz.",
        {"actor": "Toyota Tsusho", "actor_country": "JP", "instrument": "offtake", "minerals": ["lithium"]},
    ),
    _case("a3-none-no-plans", "PIF has no plans to bid for a stake in Vale Base Metals."),
    _case("a3-none-no-intention", "Mubadala says it has no intention of investing in lithium for now."),
    _case("a3-none-history", "In 2019 the DOD awarded $9.6m to Lynas for a separation plant study."),
    _case(
        "a3-none-history-back-when",
        "When JOGMEC and Sojitz lent Lynas $250 million in 2011, NdPr prices were far higher.",
    ),
    _case(
        "a3-none-sourced-talks",
        "People familiar with the talks say Manara is close to a $1bn stake in a Zambian copper mine.",
    ),
    # --- cover and insure, approval cues, plural abbreviations, quoted sources, plant owners ---
    _case(
        "a6-sace-cover",
        "SACE will provide €80 million of cover for a cobalt refinery in Finland.",
        {
            "actor": "SACE",
            "actor_country": "IT",
            "instrument": "guarantee",
            "amount": "80000000",
            "currency": "EUR",
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a6-ukef-risk-cover",
        "UKEF agreed to extend £60 million of risk cover to a graphite anode plant in Sweden.",
        {
            "actor": "UKEF",
            "actor_country": "GB",
            "instrument": "guarantee",
            "amount": "60000000",
            "currency": "GBP",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a6-kuke-insure-loan",
        "KUKE will insure a PLN 200 million loan for a copper smelter upgrade.",
        {
            "actor": "KUKE",
            "actor_country": "PL",
            "instrument": "guarantee",
            "amount": "200000000",
            "currency": "PLN",
            "minerals": ["copper"],
        },
    ),
    _case(
        "a6-atradius-insuring-contracts",
        "Atradius is insuring €45 million of nickel purchase contracts for Dutch battery makers.",
        {
            "actor": "Atradius",
            "actor_country": "NL",
            "instrument": "guarantee",
            "amount": "45000000",
            "currency": "EUR",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a6-cover-the-cost-is-grant",
        "Australia will award A$20 million to cover the cost of a vanadium pilot plant.",
        {
            "actor": "AU",
            "actor_country": "AU",
            "instrument": "grant",
            "amount": "20000000",
            "currency": "AUD",
            "minerals": ["vanadium"],
        },
    ),
    _case(
        "a6-dfc-final-approval",
        "The DFC board gave its final approval to a $150 million loan for a graphite mine.",
        {
            "actor": "DFC",
            "actor_country": "US",
            "instrument": "loan",
            "amount": "150000000",
            "currency": "USD",
            "status": "binding",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a6-awaiting-sign-off",
        "Mitsubishi's A$300 million stake in a lithium refinery is still awaiting sign-off from "
        "the Treasurer.",
        {
            "actor": "Mitsubishi Corporation",
            "actor_country": "JP",
            "instrument": "equity",
            "amount": "300000000",
            "currency": "AUD",
            "status": "conditional",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a6-requires-approval",
        "POSCO's $500 million investment in a lithium plant in Argentina still requires approval "
        "from the provincial government.",
        {
            "actor": "Posco",
            "actor_country": "KR",
            "instrument": "equity",
            "amount": "500000000",
            "currency": "USD",
            "status": "conditional",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a6-implats-pgms",
        "Implats agreed to sell PGMs to Heraeus for its catalyst plant.",
        {
            "actor": "Implats",
            "actor_country": "ZA",
            "instrument": "offtake",
            "counterparty": "Heraeus",
            "minerals": ["platinum-group-metals"],
        },
    ),
    _case(
        "a6-heraeus-pgm-spelled-out",
        "Heraeus agreed to buy platinum group metals from Implats.",
        {
            "actor": "Heraeus",
            "actor_country": "DE",
            "instrument": "offtake",
            "counterparty": "Implats",
            "minerals": ["platinum-group-metals"],
        },
    ),
    _case(
        "a6-lynas-rees",
        "Lynas will supply REEs to a magnet maker in Texas.",
        {"actor": "Lynas", "actor_country": "AU", "instrument": "offtake", "minerals": ["rare-earths"]},
    ),
    _case(
        "a6-korea-stockpile-komir-said",
        "Korea will build a national stockpile of tungsten, KOMIR said.",
        {"actor": "KR", "actor_country": "KR", "instrument": "stockpile", "minerals": ["tungsten"]},
    ),
    _case(
        "a6-canada-give-nrcan-said",
        "Canada will give C$40 million to a graphite plant in Quebec, NRCan said.",
        {
            "actor": "CA",
            "actor_country": "CA",
            "instrument": "grant",
            "amount": "40000000",
            "currency": "CAD",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a6-panasonic-plant-syrah-runs",
        "Panasonic will take the entire output of the graphite plant Syrah runs in Louisiana.",
        {
            "actor": "Panasonic",
            "actor_country": "JP",
            "instrument": "offtake",
            "counterparty": "Syrah",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a6-investinor-equity",
        "Investinor invested NOK 50 million in a vanadium battery firm in Bergen.",
        {
            "actor": "Investinor",
            "actor_country": "NO",
            "instrument": "equity",
            "amount": "50000000",
            "currency": "NOK",
            "minerals": ["vanadium"],
        },
    ),
    _case(
        "a6-khnp-buys-uranium",
        "KHNP agreed to buy uranium from Cameco for ten years.",
        {
            "actor": "KHNP",
            "actor_country": "KR",
            "instrument": "offtake",
            "counterparty": "Cameco",
            "minerals": ["uranium"],
        },
    ),
    _case(
        "a6-dst-rupee-crore",
        "DST awarded ₹2 crore to IIT Bombay for lithium recovery research.",
        {
            "actor": "DST",
            "actor_country": "IN",
            "instrument": "grant",
            "amount": "20000000",
            "currency": "INR",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a6-edbi-sgd",
        "EDBI is putting S$20 million into a rare earth recycler.",
        {
            "actor": "EDBI",
            "actor_country": "SG",
            "instrument": "equity",
            "amount": "20000000",
            "currency": "SGD",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a6-supply-unknown-with",
        "Umicore agreed to supply Nordvolt with cathode-grade nickel from 2027.",
        {
            "actor": "Umicore",
            "actor_country": "BE",
            "instrument": "offtake",
            "counterparty": "Nordvolt",
            "minerals": ["nickel"],
        },
    ),
    _case(
        "a6-refinery-unknown-owner-plans",
        "Toyota Tsusho will buy the whole cobalt output of a refinery Kivu Metals plans in Zambia.",
        {
            "actor": "Toyota Tsusho",
            "actor_country": "JP",
            "instrument": "offtake",
            "counterparty": "Kivu Metals",
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a6-name-with-number",
        "LG Energy Solution agreed to buy graphite from Anode 9's plant in Quebec.",
        {
            "actor": "LG Energy Solution",
            "actor_country": "KR",
            "instrument": "offtake",
            "counterparty": "Anode 9",
            "minerals": ["graphite"],
        },
    ),
    _case(
        "a-org-kia-kuwait-capitals",
        "KIA agreed to put $250 million into a Chilean lithium brine project.",
        {"actor": "KIA", "actor_country": "KW", "instrument": "equity", "amount": "250000000"},
    ),
    _case(
        "a-org-kia-automaker-mixed-case",
        "Kia signed a deal to buy nickel sulphate from an Indonesian refinery.",
        {"actor": "Kia", "actor_country": "KR", "instrument": "offtake", "minerals": ["nickel"]},
    ),
    _case(
        "a-org-central-asia-kazakhmys",
        "Kazakhmys will spend $150 million on a new copper concentrator in Karaganda.",
        {"actor": "Kazakhmys", "actor_country": "KZ", "amount": "150000000", "minerals": ["copper"]},
    ),
    _case(
        "a-org-kfaed-acronym",
        "KFAED approved a KWD 20 million loan for a phosphate port in Jordan.",
        {"actor": "Kuwait Fund", "actor_country": "KW", "instrument": "loan", "currency": "KWD"},
    ),
    _case(
        "a-subj-secured-loan-from-unknown-lender",
        "Lake Resources secured a US$50 million loan from Macquarie Bank for the Kachi lithium project.",
        {"actor": "Macquarie Bank", "instrument": "loan", "counterparty": "Lake Resources"},
    ),
    _case(
        "a-org-eci-short-name",
        "Etihad Credit Insurance will insure a $60 million loan for an Emirati copper cathode buyer.",
        {"actor": "ECI", "actor_country": "AE", "instrument": "guarantee", "amount": "60000000"},
    ),
    _case(
        "a-verb-eca-covers-share-of-loan",
        "SACE will cover 80% of the commercial loan for an Italian-built nickel refinery in Brazil.",
        {"actor": "SACE", "actor_country": "IT", "instrument": "guarantee", "minerals": ["nickel"]},
    ),
    _case(
        "a-verb-screen-every-takeover",
        "Canada will screen all foreign takeovers of lithium miners, the industry minister said.",
        {"actor": "CA", "instrument": "investment-screening", "minerals": ["lithium"]},
    ),
    _case(
        "a-status-stake-under-cfius-review",
        "POSCO will take a $250 million stake in a Texas graphite anode plant, under CFIUS review.",
        {"actor": "POSCO", "instrument": "equity", "amount": "250000000", "status": "conditional"},
    ),
    _case(
        "a-status-hinges-on",
        "JBIC's $120 million loan to a Chilean copper mine hinges on a water permit from the regulator.",
        {"actor": "JBIC", "instrument": "loan", "amount": "120000000", "status": "conditional"},
    ),
    # --- no commitment ---
    _case("a-none-profile", "KfW is Germany's state-owned development bank."),
    _case("a-none-history", "Mitsui has traded cobalt from Congo for decades."),
    _case(
        "a-none-speculation",
        "Sources say Mubadala and ADQ are each looking at stakes in African copper mines.",
    ),
    _case("a-none-negation", "JBIC and NEXI did not agree to finance the smelter."),
    _case("a-none-chatter", "Interesting read on how Posco and Korea Zinc compete for nickel."),
    _case("a-none-question", "Has the EIB or KfW lent anything to Keliber yet?"),
    _case("a-none-meeting", "Officials from Seoul and Canberra met in Sydney to discuss stockpiles."),
    _case(
        "a-none-hypothetical-each",
        "If Japan and Korea each put $100m in, the stockpile would cover three months.",
    ),
    # --- round 12: organisations the wider table knows, each with its country ---
    _case(
        "a12-hynix-offtake-gallium",
        "SK hynix agreed to buy 20 tonnes a year of gallium from a Korea Zinc recovery line in Onsan.",
        {"actor": "SK hynix", "actor_country": "KR", "instrument": "offtake", "minerals": ["gallium"]},
    ),
    _case(
        "a12-samsung-electronics-stake",
        "Samsung Electronics will take a 10% stake in a Canadian germanium refiner for C$40 million.",
        {
            "actor": "Samsung Electronics",
            "actor_country": "KR",
            "instrument": "equity",
            "amount": "40000000",
            "currency": "CAD",
            "minerals": ["germanium"],
        },
    ),
    _case(
        "a12-tsmc-supply-deal",
        "TSMC signed a supply agreement with Lynas for rare earth oxides used in its fabs.",
        {"actor": "TSMC", "actor_country": "TW", "instrument": "offtake", "counterparty": "Lynas"},
    ),
    _case(
        "a12-lockheed-antimony-offtake",
        "Lockheed Martin agreed to buy antimony trisulfide from Perpetua Resources for five years.",
        {
            "actor": "Lockheed Martin",
            "actor_country": "US",
            "instrument": "offtake",
            "counterparty": "Perpetua Resources",
            "minerals": ["antimony"],
        },
    ),
    _case(
        "a12-macquarie-debt-boss",
        "Macquarie will lend A$75 million to Boss Energy for the Honeymoon uranium expansion.",
        {
            "actor": "Macquarie",
            "actor_country": "AU",
            "instrument": "loan",
            "amount": "75000000",
            "currency": "AUD",
            "counterparty": "Boss Energy",
            "minerals": ["uranium"],
        },
    ),
    _case(
        "a12-almonty-tungsten-offtake",
        "Almonty agreed to supply tungsten concentrate from Sangdong to a US defence contractor.",
        {"actor": "Almonty", "actor_country": "US", "instrument": "offtake", "minerals": ["tungsten"]},
    ),
    _case(
        "a12-rheinmetall-tungsten-stake",
        "Rheinmetall will invest €25 million in a tungsten recycling start-up in Bavaria.",
        {
            "actor": "Rheinmetall",
            "actor_country": "DE",
            "instrument": "equity",
            "amount": "25000000",
            "currency": "EUR",
            "minerals": ["tungsten"],
        },
    ),
    _case(
        "a12-comibol-lithium-mou",
        "Comibol signed a memorandum of understanding with a Russian firm on lithium extraction in Potosí.",
        {"actor": "Comibol", "actor_country": "BO", "instrument": "mou", "minerals": ["lithium"]},
    ),
    _case(
        "a12-usgs-grant-mapping",
        "The USGS awarded $4 million in grants for critical mineral mapping in Alaska.",
        {
            "actor": "USGS",
            "actor_country": "US",
            "instrument": "grant",
            "amount": "4000000",
            "currency": "USD",
        },
    ),
    _case(
        "a12-sigma-lithium-offtake",
        "Sigma Lithium agreed to sell 60,000 tonnes of lithium concentrate to Glencore.",
        {
            "actor": "Sigma Lithium",
            "actor_country": "CA",
            "instrument": "offtake",
            "counterparty": "Glencore",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a12-antofagasta-copper-offtake",
        "Antofagasta will supply copper cathode to Aurubis under a three-year contract.",
        {"actor": "Antofagasta", "actor_country": "GB", "instrument": "offtake", "counterparty": "Aurubis"},
    ),
    _case(
        "a12-northam-stake",
        "Northam Platinum will take a stake in a South African chrome smelter for R500 million.",
        {"actor": "Northam Platinum", "actor_country": "ZA", "instrument": "equity", "currency": "ZAR"},
    ),
    _case(
        "a12-ptimah-tin-supply",
        "PT Timah agreed to supply refined tin to a Japanese solder maker.",
        {"actor": "PT Timah", "actor_country": "ID", "instrument": "offtake"},
    ),
    _case(
        "a12-bnp-loan-eramet",
        "BNP Paribas will provide a €200 million credit facility to Eramet for its Argentine lithium plant.",
        {
            "actor": "BNP Paribas",
            "actor_country": "FR",
            "instrument": "loan",
            "amount": "200000000",
            "currency": "EUR",
            "counterparty": "Eramet",
            "minerals": ["lithium"],
        },
    ),
    # --- leaders speak for their country, with a title or the full name ---
    _case(
        "a12-leader-pm-starmer",
        "Prime Minister Starmer announced £50 million in grants for Cornish lithium refining.",
        {
            "actor": "GB",
            "actor_country": "GB",
            "instrument": "grant",
            "amount": "50000000",
            "currency": "GBP",
        },
    ),
    _case(
        "a12-leader-full-name-modi",
        "Narendra Modi approved ₹16,300 crore for the critical mineral mission on Wednesday.",
        {"actor": "IN", "actor_country": "IN", "amount": "163000000000", "currency": "INR"},
    ),
    _case(
        "a12-leader-albanese-government",
        "The Albanese government will lend A$185 million to Iluka for its rare earths refinery.",
        {
            "actor": "AU",
            "actor_country": "AU",
            "instrument": "loan",
            "amount": "185000000",
            "currency": "AUD",
            "counterparty": "Iluka",
        },
    ),
    _case(
        "a12-leader-president-lee-stockpile",
        "President Lee Jae-myung pledged ₩1 trillion to expand the national rare earth stockpile.",
        {"actor": "KR", "actor_country": "KR", "amount": "1000000000000", "currency": "KRW"},
    ),
    _case(
        "a12-leader-takaichi-possessive",
        "Prime Minister Takaichi's cabinet approved ¥80 billion in subsidies for gallium recycling.",
        {
            "actor": "JP",
            "actor_country": "JP",
            "instrument": "grant",
            "amount": "80000000000",
            "currency": "JPY",
        },
    ),
    _case(
        "a12-leader-two-presidents-each",
        "President Trump and President Ramaphosa each pledged $100 million for a manganese corridor.",
        {"actor": "US", "actor_country": "US", "amount": "100000000", "currency": "USD"},
        {"actor": "ZA", "actor_country": "ZA", "amount": "100000000", "currency": "USD"},
    ),
    _case(
        "a12-leader-bare-surname-is-no-country",
        "Carney Metals will invest $12 million in a graphite pilot plant.",
        {"actor": "Carney Metals", "actor_country": None, "instrument": "equity"},
    ),
    # --- an unknown company's country from the text ---
    _case(
        "a12-home-perth-based",
        "Perth-based Quokka Critical Metals will invest A$30 million in a vanadium pilot plant.",
        {
            "actor": "Quokka Critical Metals",
            "actor_country": "AU",
            "instrument": "equity",
            "amount": "30000000",
            "currency": "AUD",
            "minerals": ["vanadium"],
        },
    ),
    _case(
        "a12-home-tsxv-ticker",
        "Laurentide Graphite (TSX-V: LGR) signed an offtake with Panasonic for anode material.",
        {
            "actor": "Laurentide Graphite",
            "actor_country": "CA",
            "instrument": "offtake",
            "counterparty": "Panasonic",
        },
    ),
    _case(
        "a12-home-asx-listed",
        "ASX-listed Banksia Rare Earths will take a 20% stake in a Malaysian separation plant.",
        {
            "actor": "Banksia Rare Earths",
            "actor_country": "AU",
            "instrument": "equity",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a12-home-apposition-johannesburg",
        "Karee Manganese, a Johannesburg-based producer, agreed to supply ore to a Chinese smelter.",
        {
            "actor": "Karee Manganese",
            "actor_country": "ZA",
            "instrument": "offtake",
            "minerals": ["manganese"],
        },
    ),
    _case(
        "a12-home-pty-ltd",
        "Mulga Minerals Pty Ltd will invest A$8 million in a cobalt recovery circuit.",
        {"actor": "Mulga Minerals Pty Ltd", "actor_country": "AU", "instrument": "equity", "currency": "AUD"},
    ),
    _case(
        "a12-home-south-african-pty",
        "Highveld Vanadium (Pty) Ltd agreed to supply vanadium pentoxide to a battery maker.",
        {"actor": "Highveld Vanadium Pty Ltd", "actor_country": "ZA", "instrument": "offtake"},
    ),
    _case(
        "a12-home-gmbh-austrian",
        "Alpen Wolfram GmbH, the Austrian tungsten processor, will invest €15 million in a new kiln.",
        {"actor": "Alpen Wolfram GmbH", "actor_country": "AT", "instrument": "equity", "currency": "EUR"},
    ),
    _case(
        "a12-home-gmbh",
        "Lausitz Lithium GmbH will invest €60 million in a lithium hydroxide converter in Brandenburg.",
        {"actor": "Lausitz Lithium GmbH", "actor_country": "DE", "instrument": "equity", "currency": "EUR"},
    ),
    _case(
        "a12-home-plc",
        "Dartmoor Tungsten plc will invest £9 million in reopening its processing plant.",
        {"actor": "Dartmoor Tungsten plc", "actor_country": "GB", "instrument": "equity", "currency": "GBP"},
    ),
    _case(
        "a12-home-oyj",
        "Lapland Cobalt Oyj will invest €40 million in a cobalt sulphate refinery in Kokkola.",
        {"actor": "Lapland Cobalt Oyj", "actor_country": "FI", "instrument": "equity", "amount": "40000000"},
    ),
    _case(
        "a12-home-headquartered-in",
        "Fraser Cobalt, headquartered in Vancouver, will invest C$22 million in a cobalt sulphate line.",
        {"actor": "Fraser Cobalt", "actor_country": "CA", "instrument": "equity", "currency": "CAD"},
    ),
    _case(
        "a12-home-aim-quoted",
        "AIM-quoted Bodmin Tin agreed to sell tin concentrate to a Malaysian smelter.",
        {"actor": "Bodmin Tin", "actor_country": "GB", "instrument": "offtake"},
    ),
    _case(
        "a12-home-two-word-city",
        "Cape Town-based Namaqua Heavy Minerals will invest R200 million in a zircon dryer.",
        {"actor": "Namaqua Heavy Minerals", "actor_country": "ZA", "instrument": "equity", "currency": "ZAR"},
    ),
    _case(
        "a12-home-no-clue-stays-unknown",
        "Harrow Minerals will invest $15 million in a nickel sulphate pilot.",
        {"actor": "Harrow Minerals", "actor_country": None, "instrument": "equity"},
    ),
    # --- no commitment ---
    _case("a12-none-leader-visit", "President Macron visited the Lacq rare earth plant on Tuesday."),
    _case("a12-none-listed-profile", "Toronto-listed Laurentide Graphite has three projects in Quebec."),
    # --- round 12: several actors, the grammatical subject, in new words ---
    _case(
        "a12-multi-banks-each",
        "HSBC and Standard Chartered will each lend $150 million to Ivanhoe Mines for its Kamoa smelter.",
        {"actor": "HSBC", "actor_country": "GB", "instrument": "loan", "amount": "150000000"},
        {"actor": "Standard Chartered", "actor_country": "GB", "instrument": "loan", "amount": "150000000"},
    ),
    _case(
        "a12-multi-chipmakers-jointly",
        "Micron and SK hynix jointly agreed to buy germanium from a Teck refinery in Trail.",
        {"actor": "Micron", "actor_country": "US", "instrument": "offtake", "minerals": ["germanium"]},
        {"actor": "SK hynix", "actor_country": "KR", "instrument": "offtake", "minerals": ["germanium"]},
    ),
    _case(
        "a12-multi-leaders-and-country",
        "Prime Minister Carney and Chancellor Merz each pledged €300 million for a joint graphite reserve.",
        {"actor": "CA", "actor_country": "CA", "amount": "300000000", "currency": "EUR"},
        {"actor": "DE", "actor_country": "DE", "amount": "300000000", "currency": "EUR"},
    ),
    _case(
        "a12-subject-over-place-chipmaker",
        "Infineon agreed to buy gallium from a Kazakh aluminium refinery in Pavlodar.",
        {"actor": "Infineon", "actor_country": "DE", "instrument": "offtake", "minerals": ["gallium"]},
    ),
    _case(
        "a12-subject-over-place-bank",
        "Mizuho will lend $90 million to a nickel processor in Sulawesi, Indonesia.",
        {"actor": "Mizuho", "actor_country": "JP", "instrument": "loan", "amount": "90000000"},
    ),
    _case(
        "a12-subject-manufacturer-equity",
        "Apple will invest $500 million in MP Materials to build a magnet recycling line in Texas.",
        {
            "actor": "Apple",
            "actor_country": "US",
            "instrument": "equity",
            "amount": "500000000",
            "counterparty": "MP Materials",
            "minerals": ["rare-earths"],
        },
    ),
    _case(
        "a12-subject-state-miner-loan",
        "Codelco secured a $1 billion loan from a group of Japanese banks led by MUFG.",
        {"actor": "MUFG", "actor_country": "JP", "instrument": "loan", "amount": "1000000000"},
    ),
    _case(
        "a12-home-listed-counterparty-kept",
        "EFA will lend A$40 million to ASX-listed Wattle Graphite for a purification plant.",
        {
            "actor": "EFA",
            "actor_country": "AU",
            "instrument": "loan",
            "amount": "40000000",
            "counterparty": "Wattle Graphite",
        },
    ),
    _case(
        "a12-ticker-is-not-the-agency",
        "Yukon Antimony (TSX-V: DOE) will invest C$18 million in an antimony roaster.",
        {"actor": "Yukon Antimony", "actor_country": "CA", "instrument": "equity", "currency": "CAD"},
    ),
    # --- round 12: office holders speak for their government ---
    _case(
        "a12-minister-portfolio-currency",
        "Resources Minister Madeleine King announced A$45 million in grants for vanadium refining.",
        {
            "actor": "AU",
            "actor_country": "AU",
            "instrument": "grant",
            "amount": "45000000",
            "currency": "AUD",
        },
    ),
    _case(
        "a12-minister-adjective",
        "German Economy Minister Katherina Reiche pledged €80 million for a gallium recovery pilot.",
        {"actor": "DE", "actor_country": "DE", "amount": "80000000", "currency": "EUR"},
    ),
    _case(
        "a12-minister-bare-dollar-unknown",
        "Trade Secretary Ana Ruiz announced $30 million in grants for lithium exploration.",
        {"actor": "Trade Secretary Ana Ruiz", "actor_country": None, "instrument": "grant"},
    ),
    _case(
        "a12-leader-after-possessive",
        "Brazil's Lula pledged R$1 billion for a rare earth magnet plant in Minas Gerais.",
        {"actor": "BR", "actor_country": "BR", "amount": "1000000000", "currency": "BRL"},
    ),
    _case(
        "a12-company-after-possessive-stays",
        "Chile's Codelco will invest $300 million in a lithium venture with SQM.",
        {"actor": "Codelco", "actor_country": "CL", "instrument": "equity", "amount": "300000000"},
    ),
    _case(
        "a12-lower-case-words-are-no-company",
        "Canberra backs Australian vanadium with A$60 million in grants.",
        {
            "actor": "AU",
            "actor_name": "Canberra",
            "instrument": "grant",
            "amount": "60000000",
            "currency": "AUD",
        },
    ),
    _case(
        "a12-leaders-plural-title-each",
        "Prime Ministers Luxon and Takaichi each pledged $50 million for a joint rare earth reserve.",
        {"actor": "NZ", "actor_country": "NZ", "amount": "50000000"},
        {"actor": "JP", "actor_country": "JP", "amount": "50000000"},
    ),
    # --- round 5: organisations the table lacked, short names in brackets, project names ---
    _case(
        "a13-bracketed-short-name-is-the-name",
        "The Strategic Innovation Fund (SIF) will award C$80 million to a germanium refinery in Trail.",
        {
            "actor": "SIF",
            "actor_country": "CA",
            "instrument": "grant",
            "amount": "80000000",
            "currency": "CAD",
        },
    ),
    _case(
        "a13-china-steel-is-taiwanese",
        "China Steel Corporation agreed to buy rare earth alloy from a magnet maker in Vietnam.",
        {"actor": "China Steel", "actor_country": "TW", "instrument": "offtake"},
    ),
    _case(
        "a13-bdc-capital-not-bdc",
        "BDC Capital put C$8 million into a lithium refining start-up in Quebec.",
        {"actor": "BDC Capital", "actor_country": "CA", "instrument": "equity", "amount": "8000000"},
    ),
    _case(
        "a13-qic-australian-dollar",
        "QIC will commit $120 million to a vanadium battery maker in Townsville.",
        {"actor": "QIC", "actor_country": "AU", "amount": "120000000", "currency": "AUD"},
    ),
    _case(
        "a13-ampersand-in-a-name",
        "Aubert & Duval signed a deal to buy titanium sponge from Kazakhstan for ten years.",
        {"actor": "Aubert & Duval", "actor_country": "FR", "instrument": "offtake"},
    ),
    _case(
        "a13-banco-do-nordeste",
        "Banco do Nordeste do Brasil approved a loan of R$200 million for a graphite mine in Bahia.",
        {"actor": "Banco do Nordeste", "actor_country": "BR", "instrument": "loan", "currency": "BRL"},
    ),
    _case(
        "a13-philippine-state-lenders",
        "The Development Bank of the Philippines will lend ₱1.8 billion to a cobalt refinery in Palawan.",
        {
            "actor": "DBP",
            "actor_country": "PH",
            "instrument": "loan",
            "amount": "1800000000",
            "currency": "PHP",
        },
    ),
    _case(
        "a13-landbank-pesos-words",
        "Landbank will lend 900 million pesos to a chromite plant in Zambales.",
        {"actor": "Landbank", "actor_country": "PH", "amount": "900000000", "currency": "PHP"},
    ),
    _case(
        "a13-abu-dhabi-exports-office",
        "The Abu Dhabi Exports Office will finance AED 200 million of copper cable exports to Kenya.",
        {"actor": "ADEX", "actor_country": "AE", "amount": "200000000", "currency": "AED"},
    ),
    _case(
        "a13-angola-sovereign-fund",
        "FSDEA will take a 10% stake in a manganese mine in Kwanza Sul for $40 million.",
        {"actor": "FSDEA", "actor_country": "AO", "instrument": "equity", "amount": "40000000"},
    ),
    _case(
        "a13-eca-covering-exports",
        "UKEF is covering £60 million of British-built crushers shipped to a lithium mine in Mali.",
        {
            "actor": "UKEF",
            "actor_country": "GB",
            "instrument": "guarantee",
            "amount": "60000000",
            "currency": "GBP",
        },
    ),
    _case(
        "a13-joint-stocks-no-amount",
        "Spain and Portugal will jointly build up stocks of tungsten and lithium.",
        {"actor": "ES", "instrument": "stockpile", "amount": None, "minerals": ["lithium", "tungsten"]},
        {"actor": "PT", "instrument": "stockpile", "amount": None, "minerals": ["lithium", "tungsten"]},
    ),
    _case(
        "a13-vetting-is-screening",
        "Canberra will vet all foreign purchases of rare earth tenements.",
        {"actor": "AU", "instrument": "investment-screening", "amount": None},
    ),
    _case(
        "a13-pressed-to-act-commits-nothing",
        "Battery makers pressed Brussels to impose tariffs on Chinese graphite anodes.",
    ),
    _case(
        "a13-longest-known-project-name",
        "Panasonic agreed to buy lithium from the Manono lithium project for ten years.",
        {"actor": "Panasonic", "instrument": "offtake", "project": "Manono lithium project"},
    ),
    _case(
        "a13-place-words-are-no-project",
        "Tesla agreed to buy graphite from the Hilltop mine in South Dakota for six years.",
        {"actor": "Tesla", "instrument": "offtake", "minerals": ["graphite"], "project": None},
    ),
    # --- round 6: policy instruments said by a verb, no amount ---
    _case(
        "a14-barred-from-leaving-is-export-control",
        "Indonesia will bar nickel ore from leaving its ports from next year.",
        {"actor": "ID", "instrument": "export-control", "amount": None, "minerals": ["nickel"]},
    ),
    _case(
        "a14-blocking-acquisitions-is-screening",
        "Canberra is blocking acquisitions of its rare earth explorers by Chinese-linked funds.",
        {"actor": "AU", "instrument": "investment-screening", "amount": None},
    ),
    _case(
        "a14-duty-on-imports-is-tariff",
        "Brussels will levy a 25% duty on nickel imports from Indonesia.",
        {"actor": "EU", "instrument": "tariff", "amount": None, "minerals": ["nickel"]},
    ),
    _case(
        "a14-safeguard-duty-is-tariff",
        "Turkey has imposed a safeguard duty on graphite electrodes.",
        {"actor": "TR", "instrument": "tariff", "amount": None, "minerals": ["graphite"]},
    ),
    _case(
        "a14-paying-the-difference-is-price-floor",
        "Tokyo will pay gallium producers the difference if the market price drops below a reference level.",
        {"actor": "JP", "instrument": "price-floor", "amount": None, "minerals": ["gallium"]},
    ),
    _case(
        "a14-several-each-take-concentrate",
        "Posco Future M and EcoPro BM will each take nickel concentrate from a mine in Sulawesi.",
        {"actor": "Posco Future M", "instrument": "offtake", "minerals": ["nickel"]},
        {"actor": "EcoPro BM", "instrument": "offtake", "minerals": ["nickel"]},
    ),
    _case(
        "a14-each-agreed-to-buy-from",
        "Rheinmetall and Saab each agreed to buy tungsten powder from a Portuguese producer.",
        {"actor": "Rheinmetall", "actor_country": "DE", "instrument": "offtake", "minerals": ["tungsten"]},
        {"actor": "Saab", "actor_country": "SE", "instrument": "offtake", "minerals": ["tungsten"]},
    ),
    # --- round 6: the lender named after the company that reports the deal ---
    _case(
        "a14-company-says-agency-lends",
        "Arafura Rare Earths said NAIF will lend A$200 million to its Nolans rare earths project.",
        {
            "actor": "NAIF",
            "actor_country": "AU",
            "instrument": "loan",
            "amount": "200000000",
            "currency": "AUD",
        },
    ),
    _case(
        "a14-company-says-agency-guarantees",
        "Iluka said EFA will guarantee $100 million of its bank debt for the Eneabba refinery.",
        {"actor": "EFA", "actor_country": "AU", "instrument": "guarantee", "amount": "100000000"},
    ),
    # --- round 6: a US explorer and a Korean defence maker the table now knows ---
    _case(
        "a14-us-explorer-in-a-capital",
        "In Lusaka on Monday, Zambia's mines minister said KoBold will spend $80 million on "
        "copper exploration at Mingomba.",
        {"actor": "KoBold Metals", "actor_country": "US", "amount": "80000000", "currency": "USD"},
    ),
    _case(
        "a14-korean-missile-maker-country",
        "LIG Nex1 signed an offtake agreement for gallium with a Japanese refiner.",
        {"actor": "LIG Nex1", "actor_country": "KR", "instrument": "offtake", "minerals": ["gallium"]},
    ),
    # --- round 6: the source named with its country's possessive after a comma reports ---
    _case(
        "a14-possessive-source-after-comma-reports",
        "Canada and Chile also signed a memorandum of understanding on copper processing and "
        "recycling, Chile's Embassy said.",
        {"actor": "CA", "instrument": "mou", "counterparty": "CL", "minerals": ["copper"]},
        {"actor": "CL", "instrument": "mou", "counterparty": "CA", "minerals": ["copper"]},
    ),
    # --- round 6: a pact signed is a memorandum; a supply pact stays an offtake ---
    _case(
        "a14-signed-pact-is-mou",
        "Argentina signed a lithium pact with Japan on Tuesday.",
        {"actor": "AR", "instrument": "mou", "counterparty": "JP", "minerals": ["lithium"]},
    ),
    _case(
        "a14-two-sign-pact-each-signs",
        "Chile and Germany sign copper and lithium pact",
        {"actor": "CL", "instrument": "mou", "counterparty": "DE", "minerals": ["copper", "lithium"]},
        {"actor": "DE", "instrument": "mou", "counterparty": "CL", "minerals": ["copper", "lithium"]},
    ),
    _case(
        "a14-signed-supply-pact-is-offtake",
        "Glencore signed a cobalt supply pact with Umicore.",
        {"actor": "Glencore", "instrument": "offtake", "counterparty": "Umicore", "minerals": ["cobalt"]},
    ),
    # --- round 6: an initiative's name with "and Investment" in it is no second clause ---
    _case(
        "a14-initiative-name-is-one-clause",
        "EXIM is guaranteeing $120 million of bank loans for a graphite anode plant in Angola as part "
        "of the Partnership for Global Infrastructure and Investment.",
        {
            "actor": "EXIM",
            "instrument": "guarantee",
            "amount": "120000000",
            "initiative": "Partnership for Global Infrastructure and Investment",
        },
    ),
    # --- round 7 (blind batch 10): organisations the table lacked, a list's third company,
    # the seller named only as "the company", ferro-alloys, duties levied, purchases reviewed ---
    _case(
        "a15-colombian-development-bank",
        "Findeter agreed to lend COP 90 billion to a ferronickel smelter near Montelíbano.",
        {"actor": "Findeter", "actor_country": "CO", "instrument": "loan", "minerals": ["nickel"]},
    ),
    _case(
        "a15-emirati-miner-long-name",
        "International Resources Holding Company will acquire a 30% stake in a copper project in Mauritania.",
        {"actor": "IRH", "actor_country": "AE", "instrument": "equity", "minerals": ["copper"]},
    ),
    _case(
        "a15-south-african-pension-fund",
        "The GEPF will put R500 million into a chrome and manganese mine in Limpopo.",
        {"actor": "GEPF", "actor_country": "ZA", "instrument": "equity", "minerals": ["manganese"]},
    ),
    _case(
        "a15-defence-pair-each-third-company-seller",
        "Rheinmetall and Kongsberg have each agreed to buy tungsten from Almonty.",
        {"actor": "Rheinmetall", "actor_country": "DE", "instrument": "offtake", "counterparty": "Almonty"},
        {"actor": "Kongsberg", "actor_country": "NO", "instrument": "offtake", "counterparty": "Almonty"},
    ),
    _case(
        "a15-seller-named-as-the-company",
        "At an investor day in Perth, Liontown's managing director said Ford will buy spodumene "
        "from the company until 2030.",
        {"actor": "Ford", "actor_country": "US", "instrument": "offtake", "counterparty": "Liontown"},
    ),
    _case(
        "a15-insurer-covers-a-loan",
        "Euler Hermes will cover a $90 million loan for a lithium refinery in Chile.",
        {"actor": "Euler Hermes", "instrument": "guarantee", "amount": "90000000", "minerals": ["lithium"]},
    ),
    _case(
        "a15-duty-levied-is-tariff",
        "Washington will levy new duties on Chinese graphite from next month.",
        {"actor": "US", "instrument": "tariff", "minerals": ["graphite"]},
    ),
    _case(
        "a15-reviews-foreign-takeovers",
        "Ottawa will review all foreign acquisitions of its lithium and cobalt producers.",
        {"actor": "CA", "instrument": "investment-screening", "minerals": ["cobalt", "lithium"]},
    ),
    _case(
        "a15-proposal-reported-by-an-outlet",
        "Sojitz is considering buying into a Canadian graphite developer, per Bloomberg.",
    ),
    _case(
        "a15-talks-with-no-instrument-or-sum",
        "Mubadala and Temasek are in talks about a joint battery metals platform.",
    ),
    # --- round 8: a company's own money into its own works is equity, however the sum and
    # the works are worded ---
    _case(
        "a16-spend-range-on-circuit",
        "Lynas will spend between A$500m and A$600m on a heavy rare earths separation circuit at Kalgoorlie.",
        {"actor": "Lynas", "actor_country": "AU", "instrument": "equity", "currency": "AUD"},
    ),
    _case(
        "a16-spend-to-reopen",
        "Nyrstar will spend €120 million to reopen its germanium recovery unit in Belgium.",
        {"actor": "Nyrstar", "actor_country": "BE", "instrument": "equity", "amount": "120000000"},
    ),
    _case(
        "a16-spend-gerund",
        "Albemarle will spend $900 million expanding lithium hydroxide output at Kemerton.",
        {"actor": "Albemarle", "actor_country": "US", "instrument": "equity", "amount": "900000000"},
    ),
    _case(
        "a16-spend-rupiah-on-furnace",
        "Antam will spend Rp 5 trillion on a ferronickel furnace in East Halmahera.",
        {
            "actor": "Antam",
            "actor_country": "ID",
            "instrument": "equity",
            "amount": "5000000000000",
            "currency": "IDR",
            "minerals": ["nickel"],
        },
    ),
    # --- round 8: state firms, banks and agencies named in full ---
    _case(
        "a16-indonesian-state-bank-lends",
        "Bank Rakyat Indonesia will lend Rp 1 trillion to a nickel smelter in Morowali.",
        {"actor": "BRI", "actor_country": "ID", "instrument": "loan", "currency": "IDR"},
    ),
    _case(
        "a16-longer-name-wins-over-group",
        "Glovis signed a five-year contract with Syrah Resources to ship and buy its graphite.",
        {"actor": "Hyundai Glovis", "actor_country": "KR"},
    ),
    # --- round 8: a deal awaiting a screening board is not screening; a rule that requires
    # approval for foreign purchases is ---
    _case(
        "a16-subject-to-review-board-is-equity",
        "Sumitomo Metal Mining agreed to acquire a 15% stake in Liontown, subject to Foreign "
        "Investment Review Board clearance.",
        {
            "actor": "Sumitomo Metal Mining",
            "actor_country": "JP",
            "instrument": "equity",
            "counterparty": "Liontown",
        },
    ),
    _case(
        "a16-requires-approval-for-foreign-buyers",
        "Indonesia will require presidential approval for all foreign acquisitions of nickel smelters.",
        {"actor": "ID", "instrument": "investment-screening", "minerals": ["nickel"]},
    ),
    _case(
        "a16-export-levy-is-tariff",
        "Zimbabwe has imposed a 5% export levy on lithium concentrates.",
        {"actor": "ZW", "instrument": "tariff", "minerals": ["lithium"]},
    ),
    _case(
        "a16-told-in-a-joint-statement-is-not-an-mou",
        "KfW and Bpifrance will each lend EUR 50 million to a lithium refinery in Alsace, the two "
        "banks said in a joint statement.",
        {"actor": "KfW", "instrument": "loan", "amount": "50000000", "currency": "EUR"},
        {"actor": "Bpifrance", "instrument": "loan", "amount": "50000000", "currency": "EUR"},
    ),
    _case(
        "a16-parent-in-an-apposition-is-not-the-other-party",
        "Toyota Tsusho, a Toyota affiliate, agreed to supply lithium hydroxide to Panasonic for four years.",
        {
            "actor": "Toyota Tsusho",
            "actor_country": "JP",
            "instrument": "offtake",
            "counterparty": "Panasonic",
        },
    ),
    _case(
        "a16-tax-on-exports-is-tariff",
        "Jakarta proposed a tax on exports of nickel pig iron.",
        {"actor": "ID", "instrument": "tariff", "status": "proposed", "minerals": ["nickel"]},
    ),  # --- round 9: a lender or fund named with its country keeps its name; a known bank's
    # words followed by another country name that country's own bank ---
    _case(
        "a17-country-development-bank-keeps-its-name",
        "Uganda Development Bank will lend UGX 40 billion to a cobalt refinery in Kasese.",
        {
            "actor": "Uganda Development Bank",
            "actor_country": "UG",
            "instrument": "loan",
            "amount": "40000000000",
            "currency": "UGX",
            "minerals": ["cobalt"],
        },
    ),
    _case(
        "a17-bank-of-a-country-keeps-its-name",
        "The Development Bank of Rwanda will lend US$20 million to a lithium plant near Musanze.",
        {
            "actor": "Development Bank of Rwanda",
            "actor_country": "RW",
            "instrument": "loan",
            "amount": "20000000",
            "currency": "USD",
            "minerals": ["lithium"],
        },
    ),
    _case(
        "a17-export-import-bank-of-another-country",
        "The Export-Import Bank of the Philippines will lend US$40 million to a nickel processing "
        "plant in Surigao.",
        {
            "actor": "Export-Import Bank of the Philippines",
            "actor_country": "PH",
            "instrument": "loan",
            "amount": "40000000",
            "currency": "USD",
            "minerals": ["nickel"],
        },
    ),  # --- round 9: an organisation's name is no instrument cue ("Investment", "Fund") ---
    _case(
        "a17-fund-in-the-name-is-no-commitment",
        "The Public Investment Fund is looking at a bid for a Brazilian nickel miner.",
    ),
    _case(
        "a17-investment-in-the-name-is-no-stake",
        "British International Investment is studying a bid for a Zambian copper miner.",
    ),  # --- round 9: stricter screening said as a noun; faster permits are "other" ---
    _case(
        "a17-stepped-up-scrutiny-of-foreign-bids",
        "Canberra will step up scrutiny of foreign bids for rare earth miners.",
        {"actor": "AU", "instrument": "investment-screening", "amount": None, "minerals": ["rare-earths"]},
    ),
    _case(
        "a17-streamlined-approvals-are-other",
        "Chile will streamline approvals for new lithium projects.",
        {"actor": "CL", "instrument": "other", "amount": None, "minerals": ["lithium"]},
    ),
    _case(
        "a17-faster-licences-are-other",
        "Indonesia will speed up mining licences for nickel smelters.",
        {"actor": "ID", "instrument": "other", "amount": None, "minerals": ["nickel"]},
    ),  # --- round 9: a joint, shared or common reserve built by several is theirs, one draft each ---
    _case(
        "a17-shared-stockpile-one-draft-each",
        "Tokyo and New Delhi will set up a shared stockpile of rare earths.",
        {"actor": "JP", "instrument": "stockpile", "counterparty": None, "minerals": ["rare-earths"]},
        {"actor": "IN", "instrument": "stockpile", "counterparty": None, "minerals": ["rare-earths"]},
    ),
    _case(
        "a17-common-reserve-one-draft-each",
        "Berlin and Rome agreed to build a common reserve of copper and nickel.",
        {"actor": "DE", "instrument": "stockpile", "counterparty": None, "minerals": ["copper", "nickel"]},
        {"actor": "IT", "instrument": "stockpile", "counterparty": None, "minerals": ["copper", "nickel"]},
    ),  # --- round 9: the company a share is bought of is the other party ---
    _case(
        "a17-share-of-a-known-company",
        "JOGMEC agreed to buy 20% of Iluka Resources.",
        {"actor": "JOGMEC", "instrument": "equity", "counterparty": "Iluka Resources"},
    ),
    _case(
        "a17-share-of-an-unknown-company",
        "Rio Tinto will take 15 percent of Arcadium Lithium for $500 million.",
        {
            "actor": "Rio Tinto",
            "instrument": "equity",
            "amount": "500000000",
            "currency": "USD",
            "counterparty": "Arcadium Lithium",
        },
    ),  # --- round 9: a draft rule published is a measure proposed ---
    _case(
        "a17-draft-regulation-published-is-proposed",
        "Jakarta published a draft regulation to ban exports of nickel ore.",
        {"actor": "ID", "instrument": "export-control", "status": "proposed", "minerals": ["nickel"]},
    ),
    _case(
        "a17-draft-law-published-is-a-commitment",
        "The EU published a draft law on tariffs for Chinese graphite.",
        {"actor": "EU", "instrument": "tariff", "status": "proposed", "minerals": ["graphite"]},
    ),  # --- round 9: a short name in brackets after each of several subjects is the same party ---
    _case(
        "a17-two-banks-with-short-names-jointly",
        "The Development Bank of Japan (DBJ) and Japan Bank for International Cooperation (JBIC) "
        "will jointly lend $300 million to a copper smelter in Chile.",
        {"actor": "DBJ", "instrument": "loan", "amount": "300000000", "currency": "USD"},
        {"actor": "JBIC", "instrument": "loan", "amount": None},
    ),
    _case(
        "a17-two-lenders-with-short-names-each",
        "Export Development Canada (EDC) and the Canada Infrastructure Bank (CIB) will each lend "
        "C$100 million to a graphite plant in Quebec.",
        {"actor": "EDC", "instrument": "loan", "amount": "100000000", "currency": "CAD"},
        {"actor": "CIB", "instrument": "loan", "amount": "100000000", "currency": "CAD"},
    ),  # --- round 9: "..., the pension fund said" reports the deal; it is no second commitment ---
    _case(
        "a17-the-fund-that-reports-is-no-second-draft",
        "CDPQ will invest C$60 million in Nouveau Monde Graphite for its Matawinie mine near "
        "Saint-Michel-des-Saints, Quebec, the pension fund said.",
        {
            "actor": "CDPQ",
            "instrument": "equity",
            "amount": "60000000",
            "currency": "CAD",
            "counterparty": "Nouveau Monde Graphite",
        },
    ),  # --- round 10: a known company's first word starting a longer name is another company ---
    _case(
        "a18-first-word-of-known-name-starts-another",
        "Sumitomo Forestry will invest $40 million in a graphite mine in Mozambique.",
        {"actor": "Sumitomo Forestry", "actor_country": None, "instrument": "equity", "amount": "40000000"},
    ),
    _case(
        "a18-known-one-word-name-starts-another-company",
        "Toyota Boshoku will invest $35 million in a rare earth magnet recycling line in Aichi.",
        {"actor": "Toyota Boshoku", "instrument": "equity", "amount": "35000000"},
    ),
    _case(
        "a18-known-name-before-its-legal-form-stays-known",
        "Hitachi Ltd will invest $50 million in a gallium nitride wafer line in Ibaraki.",
        {"actor": "Hitachi", "actor_country": "JP", "instrument": "equity"},
    ),
    _case(
        "a18-first-word-alone-is-the-known-company",
        "Sumitomo will invest $25 million in a cobalt refinery in Finland.",
        {"actor": "Sumitomo Corporation", "actor_country": "JP", "instrument": "equity"},
    ),  # --- round 10: a name written with a possessive inside is read whole ---
    _case(
        "a18-possessive-inside-a-known-name",
        "Ontario Teachers' Pension Plan has agreed to buy a 12% stake in Electra Battery Materials "
        "for C$40 million.",
        {"actor": "Ontario Teachers' Pension Plan", "actor_country": "CA", "instrument": "equity"},
    ),  # --- round 10: banks and companies of Asia the table now knows, with their country ---
    _case(
        "a18-indian-bank-rupee-loan",
        "HDFC Bank will lend Rs 900 crore to Hindustan Zinc for a silver refinery in Rajasthan.",
        {"actor": "HDFC Bank", "actor_country": "IN", "instrument": "loan", "currency": "INR"},
    ),
    _case(
        "a18-thai-energy-company-baht",
        "EGAT will spend 2 billion baht on a lithium refinery in Lampang.",
        {"actor": "EGAT", "actor_country": "TH", "instrument": "equity", "currency": "THB"},
    ),
    _case(  # round 10: organisations we do not know, named with the actor before "each"
        "a18-unknown-partners-each-before-the-verb",
        "Nedbank, Mercantile Bank and Sasfin will each lend R400 million to a vanadium mine in Limpopo.",
        {"actor": "Nedbank", "instrument": "loan", "amount": "400000000", "currency": "ZAR"},
        {"actor": "Mercantile Bank", "instrument": "loan", "amount": "400000000", "currency": "ZAR"},
        {"actor": "Sasfin", "instrument": "loan", "amount": "400000000", "currency": "ZAR"},
    ),
    _case(
        "a18-unknown-partner-jointly-after-known-actor",
        "KfW and Helaba will jointly lend €90 million to a graphite anode plant in Saxony.",
        {"actor": "KfW", "instrument": "loan", "amount": "90000000"},
        {"actor": "Helaba", "instrument": "loan", "amount": None},
    ),
    _case(  # round 10: looking for money, partners or options commits nothing yet
        "a18-seeking-funding-is-no-commitment",
        "Vulcan Energy is seeking €300 million of additional debt for its lithium plant in Landau.",
    ),
    _case(
        "a18-exploring-options-is-no-commitment",
        "Nordea is exploring ways to fund a cobalt refinery in Kokkola.",
    ),
    _case(
        "a18-looking-for-a-partner-is-no-commitment",
        "Jervois is looking for a strategic partner to restart its cobalt refinery in Brazil.",
    ),
    _case(  # round 10: "said yesterday it would" reports a decision, as "said it would" does
        "a18-said-today-it-would-lend",
        "BPER Banca said today it would lend €40 million to a lithium refinery in Piedmont, subject to "
        "a final investment decision.",
        {"actor": "BPER Banca", "instrument": "loan", "amount": "40000000", "status": "conditional"},
    ),
    _case(  # round 10: "was awarded/granted X by Y": the subject receives, Y gives
        "a18-passive-awarded-by-the-agency",
        "Cornish Lithium has been granted £5m by the National Wealth Fund for its Trelavour plant.",
        {"actor": "NWF", "counterparty": "Cornish Lithium", "instrument": "grant", "amount": "5000000"},
    ),
    _case(  # round 10: "is funded by Y" or "funded with £X from Y": money given outright
        "a18-passive-funded-by-a-body-is-a-grant",
        "The lithium extraction pilot at Cambridge was funded by Innovate UK with £2 million.",
        {"actor": "Innovate UK", "instrument": "grant", "amount": "2000000", "currency": "GBP"},
    ),
    _case(  # round 10: the sum first, its giver after "loan from": the giver is the actor
        "a18-amount-first-grant-from-the-agency",
        "A $40 million grant from the Department of Energy will pay for a lithium pilot in Nevada.",
        {"actor": "DOE", "instrument": "grant", "amount": "40000000", "currency": "USD"},
    ),
    _case(  # round 10: a known name opening chatter typed without capitals is still the actor
        "a18-lower-case-known-name-opens-chatter",
        "glencore to spend $300m on a cobalt processing train in Kolwezi",
        {"actor": "Glencore", "instrument": "equity", "amount": "300000000"},
    ),
    _case(
        "a18-two-lower-case-known-names-jointly",
        "fortescue and glencore jointly investing $80m in a copper concentrator in Zambia",
        {"actor": "Fortescue", "instrument": "equity", "amount": "80000000"},
        {"actor": "Glencore", "instrument": "equity", "amount": None},
    ),
    _case(  # round 10: a lone "&" inside a name we do not know is part of it
        "a18-ampersand-inside-an-unknown-counterparty",
        "Piedmont Lithium will sell 30,000 t a year of spodumene concentrate to Ampace Energy & Storage.",
        {"actor": "Piedmont Lithium", "instrument": "offtake", "counterparty": "Ampace Energy & Storage"},
    ),
    _case(  # round 10: "spend as much as X on" is the spender's own money into its own asset
        "a18-spend-as-much-as-on-own-plant",
        "Nidec will spend as much as 30 billion yen on a magnet recycling line in Kyoto.",
        {"actor": "Nidec", "actor_country": "JP", "instrument": "equity", "currency": "JPY"},
    ),
    _case(  # round 11: a headline drops the auxiliary: "X lending ...", "X to acquire ..."
        "a19-headline-participle-unknown-lender",
        "Itaú lending BRL 400 million to a nickel mine in Goiás",
        {"actor": "Itaú", "instrument": "loan", "amount": "400000000", "currency": "BRL"},
    ),
    _case(
        "a19-headline-to-acquire-unknown-buyer",
        "Ping An to acquire a 12% stake in a lithium miner in Qinghai for $70m",
        {"actor": "Ping An", "instrument": "equity", "amount": "70000000", "currency": "USD"},
    ),
    _case(
        "a19-headline-to-provide-unknown-lender",
        "Desjardins to provide a C$50 million term loan for a graphite mine in Quebec",
        {"actor": "Desjardins", "instrument": "loan", "amount": "50000000", "currency": "CAD"},
    ),
    _case(  # round 11: the progressive "is acquiring", "is tightening" commits like "acquires"
        "a19-progressive-acquiring-a-stake-no-sum",
        "Sumitomo Metal Mining is acquiring a 15% stake in a nickel project in Finland.",
        {"actor": "Sumitomo Metal Mining", "actor_country": "JP", "instrument": "equity", "amount": None},
    ),
    _case(
        "a19-progressive-tightening-screening",
        "Canberra is tightening reviews of foreign takeovers of lithium producers.",
        {"actor": "AU", "instrument": "investment-screening", "minerals": ["lithium"]},
    ),
    _case(  # round 11: Madrid and Warsaw stand for their governments like Berlin and Rome
        "a19-capital-madrid-grants",
        "Madrid will grant €30m to a lithium refinery in Extremadura",
        {"actor": "ES", "instrument": "grant", "amount": "30000000", "currency": "EUR"},
    ),
    _case(  # round 11: two or three names we do not know before "each"/"jointly" are so many actors
        "a19-two-unknown-lenders-each",
        "Pekao and Alior will each lend PLN 200m to a copper foil plant in Legnica.",
        {"actor": "Pekao", "instrument": "loan", "amount": "200000000", "currency": "PLN"},
        {"actor": "Alior", "instrument": "loan", "amount": "200000000", "currency": "PLN"},
    ),
    _case(
        "a19-three-unknown-investors-jointly",
        "Tikehau, Ardian and Eurazeo are jointly investing €90m in a lithium refinery in Alsace",
        {"actor": "Tikehau", "instrument": "equity", "amount": "90000000", "currency": "EUR"},
        {"actor": "Ardian", "instrument": "equity", "amount": None},
        {"actor": "Eurazeo", "instrument": "equity", "amount": None},
    ),
    _case(  # round 11: a country name before an industry word is a company ("Korea Zinc")
        "a19-country-then-steel-is-a-company",
        "Vietnam Steel will invest $40m in a manganese alloy plant in Hai Phong.",
        {"actor": "Vietnam Steel", "actor_country": "VN", "instrument": "equity", "amount": "40000000"},
    ),
    _case(
        "a19-country-then-aluminium-is-a-company",
        "Japan Aluminium will buy 5,000 t of gallium-free scrap",
        {"actor": "Japan Aluminium", "actor_country": "JP", "instrument": "offtake"},
    ),
    _case(  # round 11: capitalised words before a country adjective in a company's name belong
        # to it, and the adjective no longer says where the company is from
        "a19-words-before-a-country-adjective-in-a-name",
        "North American Nickel will invest C$20m in a nickel concentrator in Manitoba.",
        {"actor": "North American Nickel", "actor_country": "CA", "instrument": "equity", "currency": "CAD"},
    ),
    _case(
        "a19-sino-prefix-before-a-country-adjective",
        "Sino Australian Graphite will spend A$40m on a purification plant in Queensland.",
        {"actor": "Sino Australian Graphite", "instrument": "equity", "amount": "40000000"},
    ),
    _case(  # round 11: "X said it will ...", "X confirmed today it's ...": the speaker acts
        "a19-unknown-name-said-it-will-put",
        "On Monday Beach Energy said it will put A$30m into a lithium brine trial in South Australia.",
        {"actor": "Beach Energy", "instrument": "equity", "amount": "30000000", "currency": "AUD"},
    ),
    _case(
        "a19-unknown-bank-confirmed-it-is-lending",
        "btw Krungsri Bank confirmed today it's lending THB 1bn to a nickel sulphate plant in Rayong",
        {"actor": "Krungsri Bank", "instrument": "loan", "amount": "1000000000", "currency": "THB"},
    ),
    _case(  # round 11: an organisation we do not know that takes its own deal back is its actor
        "a19-unknown-lender-withdrew-its-loan",
        "Apollo withdrew its $250m loan to a cobalt refinery in Ontario.",
        {"actor": "Apollo", "instrument": "loan", "amount": "250000000", "status": "withdrawn"},
    ),
    _case(
        "a19-unknown-lender-cancelled-its-facility",
        "Ares Management cancelled its $120m credit facility for a graphite plant in Quebec.",
        {"actor": "Ares Management", "instrument": "loan", "amount": "120000000", "status": "withdrawn"},
    ),
    _case(  # round 11: the sum first, its source an organisation we do not know of several words
        # (not the tail of its name read as the subject of "will fund")
        "a19-amount-first-loan-from-unknown-bank",
        "A $75m loan from Hua Nan Commercial Bank will fund a copper foil plant in Penang.",
        {
            "actor": "Hua Nan Commercial Bank",
            "instrument": "loan",
            "amount": "75000000",
            "counterparty": None,
        },
    ),
    _case(  # round 11: "of X's loan to Y": the one whose loan goes to something lends it
        "a19-tranche-of-possessor-loan-to-a-plant",
        "The second $40m tranche of KfW's loan to a lithium refinery in Saxony has been paid out.",
        {"actor": "KfW", "instrument": "loan", "amount": "40000000", "status": "disbursed"},
    ),
    _case(  # round 11: an organisation we do not know listed before a known one is named first
        "a19-unknown-bank-before-a-known-one-each",
        "Banca Transilvania and KfW will each lend €40m to a copper plant in Cluj.",
        {"actor": "Banca Transilvania", "instrument": "loan", "amount": "40000000"},
        {"actor": "KfW", "actor_country": "DE", "instrument": "loan", "amount": "40000000"},
    ),
    _case(
        "a19-unknown-bank-heads-a-joint-list",
        "Bank Millennium, KfW and JBIC will jointly lend $300m to a copper smelter in Poland.",
        {"actor": "Bank Millennium", "instrument": "loan", "amount": "300000000"},
        {"actor": "KfW", "instrument": "loan", "amount": None},
        {"actor": "JBIC", "instrument": "loan", "amount": None},
    ),
    _case(  # round 11: a country's fund named on with "for ... and ..." is one name, one clause
        "a19-country-fund-for-long-name",
        "The Kazakh Fund for Industrial Development will lend $40m to a copper rod plant in Pavlodar.",
        {"actor": "Kazakh Fund for Industrial Development", "actor_country": "KZ", "instrument": "loan"},
    ),
    _case(
        "a19-country-fund-for-x-and-y",
        "The Kyrgyz Fund for Industry and Innovation will invest $15m in an antimony smelter near Kadamjay.",
        {
            "actor": "Kyrgyz Fund for Industry and Innovation",
            "actor_country": "KG",
            "instrument": "equity",
            "amount": "15000000",
        },
    ),
    # --- round 12 (blind 15): subjects we do not know, spans, the party that acts ---
    _case(  # round 12: "puts ... into", a verb an unknown subject is named before
        "a20-unknown-subject-puts-into",
        "Meranti Alloys puts RM250 million into a tin smelter in Perak.",
        {"actor": "Meranti Alloys", "instrument": "equity", "amount": "250000000", "currency": "MYR"},
    ),
    _case(  # round 12: an adverb in -ly between an unknown subject and its verb
        "a20-unknown-subject-adverb-before-verb",
        "Kestrel Mining quietly took a 15% stake in a cobalt explorer for $12 million.",
        {"actor": "Kestrel Mining", "instrument": "equity", "amount": "12000000"},
    ),
    _case(  # round 12: "itself" between the subject and its verb
        "a20-unknown-subject-itself-before-verb",
        "Kanto Denka itself will invest ¥4 billion in the gallium plant.",
        {"actor": "Kanto Denka", "instrument": "equity", "amount": "4000000000", "currency": "JPY"},
    ),
    _case(  # round 12: "A and B each committed": "each" between unknown subjects and their verb
        "a20-unknown-pair-each-before-verb",
        "Stanbic Trust and Wema Bank each committed $20 million in loans to a manganese exporter.",
        {"actor": "Stanbic Trust", "instrument": "loan", "amount": "20000000"},
        {"actor": "Wema Bank", "instrument": "loan", "amount": "20000000"},
    ),
    _case(  # round 12: "Equity" in a name ("Equity Group") is no equity
        "a20-equity-in-a-name-is-no-instrument",
        "Equity Group will lend $10 million to a copper recycler in Kitwe.",
        {"actor": "Equity Group", "instrument": "loan", "amount": "10000000"},
    ),
    _case(  # round 12: a participle opening the sentence is no name
        "a20-participle-opener-is-no-name",
        "Having won shareholder approval, Meridian Metals will invest $30 million in a cobalt refinery.",
        {"actor": "Meridian Metals", "instrument": "equity", "amount": "30000000"},
    ),
    _case(  # round 12: a short name with a digit or "&" in brackets is the name
        "a20-bracketed-short-name-with-digit",
        "Sector 9 Minerals (S9M) will spend A$18 million on a tin concentrator in Tasmania.",
        {"actor": "S9M", "instrument": "equity", "amount": "18000000", "currency": "AUD"},
    ),
    _case(
        "a20-bracketed-short-name-with-ampersand",
        "Marsh & Hale (M&H) will lend $25m to a graphite mine in Quebec.",
        {"actor": "M&H", "instrument": "loan", "amount": "25000000"},
    ),
    _case(  # round 12: a dotted name is one word, kept with its dot
        "a20-dotted-name-kept-whole",
        "E.ON will put €12m into a cobalt recycling pilot in Essen.",
        {"actor": "E.ON", "instrument": "equity", "amount": "12000000"},
    ),
    _case(  # round 12: an acronym before a known name makes another company
        "a20-acronym-before-known-name",
        "MK Mitsui will lend ¥4bn to a cobalt refiner in Osaka.",
        {"actor": "MK Mitsui", "instrument": "loan", "amount": "4000000000", "currency": "JPY"},
    ),
    _case(  # round 12: "A will lend X and B Y": the second lender shares the verb
        "a20-gapped-second-lender",
        "Barclays will lend £30m and HSBC $45m to a lithium refinery in Cornwall.",
        {"actor": "Barclays", "instrument": "loan", "amount": "30000000", "currency": "GBP"},
        {"actor": "HSBC", "instrument": "loan", "amount": "45000000", "currency": "USD"},
    ),
    _case(  # round 12: "Backed by a loan from X, Y will ...": X lends to Y
        "a20-backed-by-a-loan-from-an-unknown-lender",
        "Backed by a $70 million loan from Steppe Capital Bank, Kazatomprom will build a uranium "
        "conversion line.",
        {
            "actor": "Steppe Capital Bank",
            "instrument": "loan",
            "amount": "70000000",
            "counterparty": "Kazatomprom",
        },
    ),
    _case(  # round 12: a list line headed by an unknown name and a dash
        "a20-list-line-headed-by-a-name",
        "Today's deals:\n• Vireo Metals – $15m equity in a nickel pilot in Sudbury",
        {"actor": "Vireo Metals", "instrument": "equity", "amount": "15000000"},
    ),
    _case(  # round 12: a line headed by what it is, not by who acts, names no actor
        "a20-line-label-is-no-actor",
        "Recap - $15m equity in a nickel pilot in Sudbury",
    ),
    _case(  # round 12: a quoted "we" is the organisation quoted
        "a20-quoted-we-is-the-speaker",
        '"We will invest €25 million in the lithium refinery," the head of Umicore said.',
        {"actor": "Umicore", "instrument": "equity", "amount": "25000000"},
    ),
    _case(  # round 12: a self-correction naming the actor it takes back
        "a20-self-correction-of-the-actor",
        "Umicore will lend €15m to a nickel refiner — correction, that's Solvay, not Umicore",
        {"actor": "Solvay", "instrument": "loan", "amount": "15000000"},
    ),
    _case(  # round 12: an MoU signed by an unknown company and a known one: both sign
        "a20-mou-unknown-and-known-signatories",
        "Kestrel Hydrogen and Glencore signed a memorandum of understanding on cobalt recycling.",
        {"actor": "Kestrel Hydrogen", "instrument": "mou", "counterparty": "Glencore"},
        {"actor": "Glencore", "instrument": "mou", "counterparty": "Kestrel Hydrogen"},
    ),
    _case(  # round 12: one country's money tells each partner we do not know its home
        "a20-each-partners-home-from-the-currency",
        "Denso and Kanto Denka will each invest ¥3 billion in a gallium recycling line.",
        {"actor": "Denso", "actor_country": "JP", "instrument": "equity", "amount": "3000000000"},
        {"actor": "Kanto Denka", "actor_country": "JP", "instrument": "equity", "amount": "3000000000"},
    ),
    _case(  # round 12: an apposition saying whose the company is gives its country
        "a20-apposition-owned-by-a-country",
        "Najd Holding, the investment group owned by Saudi Arabia's sovereign fund, will take a 25% stake "
        "in a copper smelter for $60 million.",
        {"actor": "Najd Holding", "actor_country": "SA", "instrument": "equity", "counterparty": None},
    ),
    _case(
        "a20-apposition-national-fund",
        "Fjord Capital, the Norwegian state fund, will invest $40m in a cobalt refinery in Finland.",
        {"actor": "Fjord Capital", "actor_country": "NO", "instrument": "equity", "amount": "40000000"},
    ),
    _case(  # round 12: a company named for a province is of that country (and its "$" is its own)
        "a20-company-named-for-a-province",
        "Saskatchewan Uranium Corp will put $30 million into a uranium mill near Key Lake.",
        {
            "actor": "Saskatchewan Uranium Corp",
            "actor_country": "CA",
            "instrument": "equity",
            "currency": "CAD",
            "currency_inferred": True,
        },
    ),
    _case(  # round 13: a state or province inside a local lender's or agency's name is its home
        "a21-region-inside-a-local-lenders-name",
        "Sparkasse Kärnten will lend €9 million to a graphite mine near Villach.",
        {"actor": "Sparkasse Kärnten", "actor_country": "AT", "instrument": "loan", "amount": "9000000"},
    ),
    _case(
        "a21-us-state-opens-an-agency-name",
        "The Nebraska Development Fund approved a $6 million grant for a cobalt recycler in Omaha.",
        {
            "actor": "Nebraska Development Fund",
            "actor_country": "US",
            "instrument": "grant",
            "amount": "6000000",
        },
    ),
    _case(  # round 13: a city at the end of a utility's name ("Stadtwerke Köln")
        "a21-city-inside-a-utilitys-name",
        "Energie Graz will put €4m into a lithium recycling pilot.",
        {"actor": "Energie Graz", "actor_country": "AT", "instrument": "equity", "amount": "4000000"},
    ),
    _case(  # round 13: a German state's adjective opening a development bank's name
        "a21-german-state-adjective-opens-a-bank",
        "Hessische Förderbank will lend €11 million to a rare earth magnet recycler in Hanau.",
        {"actor": "Hessische Förderbank", "actor_country": "DE", "instrument": "loan", "amount": "11000000"},
    ),
    _case(  # round 13: a miner named for a far place is not of that place's country
        "a21-place-named-miner-has-no-home",
        "Atacama Resources will invest $5 million in a lithium pilot in Nevada.",
        {"actor": "Atacama Resources", "actor_country": None, "instrument": "equity", "amount": "5000000"},
    ),
    _case(  # round 13: "<city> <descriptor> <name>": the city gives the name's home
        "a21-city-before-a-descriptor",
        "Rotterdam utility Eneco Warmte will invest €8m in a battery recycling line.",
        {"actor": "Eneco Warmte", "actor_country": "NL", "instrument": "equity", "amount": "8000000"},
    ),
    _case(  # round 13: a Central European bank's name ends in a lower-case "banka"
        "a21-lower-case-banka-ends-a-name",
        "Poštová banka will lend €7 million to a magnesite mine near Jelšava.",
        {"actor": "Poštová banka", "instrument": "loan", "amount": "7000000"},
    ),
    _case(  # round 13: a brand written with one small letter before its capital
        "a21-small-letter-brand-is-a-name",
        "eToro Capital will invest $3 million in a lithium explorer in Nevada.",
        {"actor": "eToro Capital", "instrument": "equity", "amount": "3000000"},
    ),
    _case(  # round 13: "A, B and C each provide": a plural verb after "each"
        "a21-unknown-list-each-plural-verb",
        "Kutxabank, Cajasur and Bankinter each lend €8m to a fluorspar mine in Asturias.",
        {"actor": "Kutxabank", "instrument": "loan", "amount": "8000000"},
        {"actor": "Cajasur", "instrument": "loan", "amount": "8000000"},
        {"actor": "Bankinter", "instrument": "loan", "amount": "8000000"},
    ),
    _case(  # round 13: two names joined by "&" before "each" are two subjects
        "a21-ampersand-pair-each",
        "Velliv & Lærernes Pension will each invest DKK 150m in a rare earth separation plant.",
        {"actor": "Velliv", "actor_country": "DK", "instrument": "equity", "amount": "150000000"},
        {"actor": "Lærernes Pension", "actor_country": "DK", "instrument": "equity", "amount": "150000000"},
    ),
    _case(  # round 13: a known lender and one we do not know sharing "each": one clause
        "a21-known-and-unknown-each-one-clause",
        "Qatar Development Bank and Dukhan Bank each commit QAR 50 million in loans to a copper wire plant "
        "in Oman.",
        {
            "actor": "Qatar Development Bank",
            "actor_country": "QA",
            "instrument": "loan",
            "amount": "50000000",
        },
        {"actor": "Dukhan Bank", "actor_country": "QA", "instrument": "loan", "amount": "50000000"},
    ),
    _case(  # round 13: a known company named with its legal suffix is named as written
        "a21-known-company-with-its-suffix",
        "Albemarle Corporation agreed to sell lithium hydroxide to Umicore under a four-year deal.",
        {"actor": "Albemarle Corporation", "instrument": "offtake", "counterparty": "Umicore"},
    ),
    _case(  # round 13: the other signatory of an MoU is named as the text writes it
        "a21-signatory-named-as-written",
        "Dowa Holdings and Glencore signed a memorandum of understanding on zinc residue recycling.",
        {"actor": "Dowa Holdings", "instrument": "mou", "counterparty": "Glencore"},
        {"actor": "Glencore", "instrument": "mou", "counterparty": "Dowa Holdings"},
    ),
    _case(  # round 13: a known bank followed by a country's name is its arm there
        "a21-known-bank-arm-in-a-country",
        "Citi India will lend ₹400 crore to a graphite anode maker in Odisha.",
        {"actor": "Citi India", "actor_country": "IN", "instrument": "loan", "amount": "4000000000"},
    ),
    _case(  # round 13: an unknown acronym before a country's name is a lender of that country
        "a21-acronym-before-a-country",
        "Kibo Minerals secured a TZS 40 billion loan from NMB Tanzania for its nickel project.",
        {
            "actor": "NMB Tanzania",
            "actor_country": "TZ",
            "instrument": "loan",
            "counterparty": "Kibo Minerals",
        },
    ),
    _case(  # round 13: a one-digit number inside a name ("SpareBank 1 SR-Bank")
        "a21-digit-inside-a-name",
        "• Sparebank 1 Nord-Norge: NOK 120m loan for a graphite mine in Senja",
        {"actor": "Sparebank 1 Nord-Norge", "instrument": "loan", "amount": "120000000"},
    ),
    _case(  # round 13: a German name joined by "und"
        "a21-und-joins-a-name",
        "Metallhütte und Bergbau Harz will invest €20 million in a fluorspar mine in Thuringia.",
        {"actor": "Metallhütte und Bergbau Harz", "instrument": "equity", "amount": "20000000"},
    ),
    _case(  # round 13: a province acting on its own is logged as its country, like a ministry
        "a21-province-acting-is-its-country",
        "Manitoba will speed up approvals for new lithium mines.",
        {"actor": "CA", "actor_country": "CA"},
    ),
    _case(  # round 13: a city before a comma is where something happened, not the name's home
        "a21-city-across-a-comma-is-no-home",
        "After meetings in Toronto, miner Kestrel Metals agreed to invest $5m in a nickel mine.",
        {"actor": "Kestrel Metals", "actor_country": None, "instrument": "equity", "amount": "5000000"},
    ),
    _case(  # round 14: a party left unnamed denies nothing
        "a22-unnamed-buyer-is-no-negation",
        "Kestrel Copper agreed to sell copper concentrate to a Chinese smelter; the smelter was not named.",
        {"actor": "Kestrel Copper", "instrument": "offtake", "counterparty": "CN", "minerals": ["copper"]},
    ),
    _case(  # round 14: undisclosed terms deny nothing either
        "a22-terms-not-disclosed-is-no-negation",
        "Taiga Nickel will supply nickel sulphate to a Korean cathode maker, whose name was not disclosed.",
        {"actor": "Taiga Nickel", "instrument": "offtake", "counterparty": "KR", "minerals": ["nickel"]},
    ),
    _case(  # round 14: a whole product stream taken from a plant is bought
        "a22-take-all-the-metal-from-the-refinery",
        "Orla Battery Materials will take all the nickel from the refinery for seven years.",
        {"actor": "Orla Battery Materials", "instrument": "offtake", "minerals": ["nickel"]},
    ),
    _case(  # round 14: the buyer named after a passive verb (an unknown buyer is still missed)
        "a22-bought-by-names-the-buyer",
        "Cobalt from Kestrel Mining will be purchased by Umicore under a four-year deal.",
        {
            "actor": "Umicore",
            "instrument": "offtake",
            "counterparty": "Kestrel Mining",
            "minerals": ["cobalt"],
        },
    ),
    # --- round 24 (tuned on blind 27 and 28): the same shapes in other words ---
    _case(  # round 24: a sum's worth of a mineral bought is an offtake
        "r24-sum-of-a-metal-bought",
        "Volvo Cars will buy $60 million of nickel from a refinery in Finland.",
        {"actor": "Volvo Cars", "instrument": "offtake", "amount": "60000000", "minerals": ["nickel"]},
    ),
    _case(  # round 24: "agreed to buy" with the sum first
        "r24-agreed-to-buy-a-sum-of-a-metal",
        "Renault agreed to buy €45 million of lithium from a brine project in Chile.",
        {"actor": "Renault", "instrument": "offtake", "amount": "45000000", "minerals": ["lithium"]},
    ),
    _case(  # round 24: "RM ... mln" is ringgit
        "r24-ringgit-with-mln",
        "CIMB lends RM 120 mln to a tin smelter in Perak.",
        {"actor": "CIMB", "instrument": "loan", "amount": "120000000", "currency": "MYR"},
    ),
    _case(  # round 24: a terse "X adds <sum>." joins the deal just told, instrument and minerals
        "r24-adds-a-sum-to-the-deal-before",
        "KfW will lend €200 million to a lithium refinery in Bitterfeld. "
        "Commerzbank adds another €50 million.",
        {"actor": "KfW", "instrument": "loan", "amount": "200000000", "minerals": ["lithium"]},
        {"actor": "Commerzbank", "instrument": "loan", "amount": "50000000", "minerals": ["lithium"]},
    ),
    _case(  # round 24: a bank's sanction to a named company is a loan, not a grant
        "r24-bank-sanctions-to-a-company",
        "ICICI sanctioned Rs 600 crore to Vedanta for an aluminium smelter in Odisha.",
        {"actor": "ICICI Bank", "instrument": "loan", "amount": "6000000000", "counterparty": "Vedanta"},
    ),
    _case(  # round 24: an auction or tender called off before money was committed commits nothing
        "r24-auction-shelved-before-funds-committed",
        "The Argentine copper auction was shelved before any funds were committed.",
    ),
    _case(  # round 24: ... nor one called off with nothing said of money
        "r24-tender-called-off",
        "The Bolivian lithium tender was called off last month.",
    ),
    _case(  # round 24: a plan dropped with words between "its" and "plan"
        "r24-scrapped-its-smelter-plan",
        "Rio Tinto shelved its lithium hydroxide plant plan in Quebec before any capital was committed.",
    ),
    _case(  # round 24: a company looking for a partner of some kind commits nothing
        "r24-seeking-an-equity-partner",
        "Arafura is seeking a strategic funding partner for Nolans.",
    ),
    _case(  # round 24: what a measure needs to work is no commitment
        "r24-only-works-if",
        "A joint stockpile only works if Tokyo and Seoul pay for it, and no government has committed yet.",
    ),
    _case(  # round 24: a deal recalled as done in an earlier year is background
        "r24-already-lent-in-an-earlier-year",
        "Note that KfW already lent to Vulcan in 2022; today's story is about the offtake.",
    ),
    _case(  # round 24: tightened reviews of takeovers by foreign state-owned buyers
        "r24-screening-foreign-buyer-named-after",
        "Australia will toughen its scrutiny of acquisitions of lithium miners by foreign state-owned firms.",
        {"actor": "AU", "instrument": "investment-screening"},
    ),
    _case(  # round 24: "prior screening of foreign purchases" is screening, not equity
        "r24-prior-screening-of-foreign-stakes",
        "Korea will introduce mandatory screening of foreign acquisitions of stakes in battery makers.",
        {"actor": "KR", "instrument": "investment-screening"},
    ),
    _case(  # round 24: spending a sum "more" on its own plant is equity
        "r24-spend-more-on-its-own-plant",
        "Lynas will spend A$90 million more on its Kalgoorlie rare earths processing plant.",
        {"actor": "Lynas", "instrument": "equity", "amount": "90000000", "currency": "AUD"},
    ),
    _case(  # round 24: a known company's full name with two trades joined by "&"
        "r24-two-trades-joined-by-ampersand",
        "Eramet Mining & Metals will invest €80 million in a manganese sulphate line in Gabon.",
        {
            "actor": "Eramet Mining & Metals",
            "actor_country": "FR",
            "instrument": "equity",
            "amount": "80000000",
        },
    ),
    _case(  # round 24: the metal of a waste stream another metal is won from is no mineral of the deal
        "r24-metal-won-from-another-metals-tailings",
        "Glencore will invest $50 million to recover cobalt from old copper tailings in Zambia.",
        {"actor": "Glencore", "instrument": "equity", "minerals": ["cobalt"]},
    ),
    _case(  # round 24: ... also after another waste named first
        "r24-metal-won-from-slag-and-residues",
        "Boliden will spend $30 million on a unit that recovers nickel and cobalt from furnace dust "
        "and copper smelter slag.",
        {"actor": "Boliden", "instrument": "equity", "minerals": ["cobalt", "nickel"]},
    ),
    _case(  # round 24: an agency after "through" is the channel; the government acts
        "r24-through-an-agency-after-the-verb",
        "Korea will build up a tungsten reserve through KOMIR, the industry ministry said.",
        {"actor": "KR", "actor_country": "KR", "instrument": "stockpile", "minerals": ["tungsten"]},
    ),
    _case(  # round 24: a second subject with its own verb after a place that ends the first clause
        "r24-second-subject-after-a-place",
        "Vale will take a US$80 million stake in a nickel refinery in Finland, and Nordea will lend it "
        "US$120 million.",
        {"actor": "Vale", "instrument": "equity", "amount": "80000000", "counterparty": None},
        {"actor": "Nordea", "instrument": "loan", "amount": "120000000"},
    ),
    _case(  # round 24: a headline's second verb after a comma is a second deal, without the sum
        "r24-headline-second-verb-after-comma",
        "Pentagon lends $150 million to MP Materials, sets floor price for NdPr",
        {"actor": "DOD", "instrument": "loan", "amount": "150000000"},
        {"actor": "DOD", "instrument": "price-floor", "amount": None},
    ),
    _case(  # round 24: ... but not a second verb naming the same kind of deal again
        "r24-headline-second-verb-same-kind",
        "Nordea lends €40m to Keliber, adds to its 2024 facility",
        {"actor": "Nordea", "instrument": "loan", "amount": "40000000", "counterparty": "Keliber"},
    ),
    _case(  # round 24: financing "expected to close" is a step to come, no deal of a body we can name
        "r24-financing-expected-to-close",
        "Debt financing for the Sanankoro mine is expected to close in the autumn.",
    ),
    _case(  # round 24: chat fillers before a small-typed known name ("ok so", "haha")
        "r24-fillers-before-a-small-typed-name",
        "haha ok so umicore is buying cobalt from a refinery in finland",
        {"actor": "Umicore", "actor_country": "BE", "instrument": "offtake", "minerals": ["cobalt"]},
    ),
    _case(  # round 24: money "raised from" an investor is the investor's, as "secured from" is
        "r24-raised-from-names-the-investor",
        "Umicore raised €40 million from Brightlands Ventures in equity for a cathode plant",
        {
            "actor": "Brightlands Ventures",
            "actor_country": None,
            "instrument": "equity",
            "counterparty": "Umicore",
        },
    ),
    _case(  # round 24: a known short name with two more words before its verb is a group company
        "r24-acronym-with-two-more-words",
        "KDB Green Ventures invests ₩20 billion in a graphite anode start-up in Pohang",
        {"actor": "KDB Green Ventures", "actor_country": "KR", "instrument": "equity"},
    ),
]

# Cases the parser still reads differently from what was written before it read them.
KNOWN_MISSES: dict[str, str] = {}
for _case_dict in CASES:
    if _case_dict["id"] in KNOWN_MISSES:
        _case_dict["xfail"] = KNOWN_MISSES[_case_dict["id"]]
