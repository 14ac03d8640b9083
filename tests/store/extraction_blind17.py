"""Blind batch 17 ("set": "blind-17"): written on 2026-12-01 (02:15-02:22 UTC) from the sentences
alone, before the reader was run on them, by a helper who had not read the reader's code, its
tables (organisations, currencies, minerals), its rules, the main corpus's cases, the README or any
batch's misses list. What was read, and nothing else: /work/wt/PREAMBLE.md;
tests/store/extraction_blind14.py lines 1-130 (its docstring and first cases), lines 1436-1478 (one
article case, for the format) and lines 1812-1822 (the CASES/set footer);
tests/store/extraction_blind15.py lines 1-68 and tests/store/extraction_blind16.py lines 1-69 (their
docstrings and the decisions those batches added); tests/store/blind_cases.py; /work/wt/used-names.txt
(only through case-insensitive exact-match greps of candidate names, `grep -ix`); and the instrument
vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`. Nothing under
store/ was opened. The file was only imported and linted (ruff, mypy), never run through the reader
or any test, before the lead's one scoring run. No sentence of an earlier batch is copied or
paraphrased.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13 June;
"last week" and "recently" give no expected date; an article's dateline dates its commitments, an
article without a dateline has no expected date) and the same rules as batch 14's docstring and the
decisions of batches 15 and 16, with the one exception below. A field a careful analyst could fill
two ways is left out (only the fields given are checked; the actor's country is always checked, so
no multilateral lender acts).

Size: 160 message cases (15 of them expect no draft) and 13 article cases (two without a
dateline), 186 expected drafts.

New organisations: of the 152 distinct acting organisations (drafts whose actor is not an ISO code;
"Ghana Infrastructure Investment Fund" and its bracketed short form "GIIF" counted once), 151 are
not on /work/wt/used-names.txt (each checked with `grep -ix`); the one that is: BNI. No expected
counterparty is on the list either. About 95 of the 152 are small or mid-sized (junior miners and
explorers, regional, savings and cooperative banks, state and provincial agencies, pension funds,
municipal utilities, recyclers, mid-size chemical and engineering firms); the rest are large
(national banks, insurers, sovereign funds, majors). Regions: the Nordics, Benelux, Iberia, Central
and Eastern Europe, Turkey, the Gulf, India, South-East Asia, Japan, Korea, Australia, Canada, the
US, Latin America, Africa and Central Asia.

Decided for this batch (written down so the lead can check):
- The main corpus's convention replaces batch 16's ministry rule: a government department or agency
  the text names is the organisation, with its country. This batch names no ministry or department
  at all; the state bodies it names (NOHFC, WA Treasury Corporation, Tennessee Valley Authority,
  SMUD, Sepides, SFPI, Eximbank Hungary, GIIF) act under their own names. Governments named as
  countries ("Vietnam", "Zambia", "Korea", "Canada", "Mongolia", "Saudi Arabia", "Tanzania") are ISO
  codes, as before.
- "In talks", "weighing" and "exploring" appear in no case (the main corpus does not treat them as
  no-commitment sentences); the no-draft cases are chatter, recalls of earlier years, a denial, a
  rumour, questions, "could", "seeking", "scrapped", "no decision yet", market talk and a reminder.
- A bare "$" with a US actor is USD and no inferred flag is expected.
- ISO codes written before or after the number are those currencies, including GHS, MNT, UZS, KES,
  EGP, ARS, PEN, AED, SAR, CZK, HUF; "zlotys"/"zloty" with a Polish actor is PLN; "lira" is not an
  explicit currency here and the currency is left out.
- "X from Y will be bought by Z" (a passive offtake) is Z's offtake with Y as counterparty; an
  offtake whose buyer is not named leaves the counterparty out.
- "received a C$5 million equity investment from Y" is Y's equity with the receiver as counterparty.
- A subsidiary named with its country (BBVA Perú, Scotiabank Perú, Ecobank Ghana) acts for the
  country where it is based.
- "A and B together ...; C stayed out" gives nothing for C.
- One actor with two commitments in one sentence gives two drafts, in the order written.
- A self-correction may correct the mineral ("a tin... sorry, in a copper mine"): the corrected
  reading is expected ("tin" is never expected anyway), as for amounts, currencies and actors.
- Minerals are left out where the vocabulary's spelling was not read or the metal is a by-name only
  (titanium, zircon, boron, "Konkola Copper Mines" as a name); "ferromanganese" is manganese.
- "A lithium battery recycler/recycling plant" (and "a vanadium battery maker", "a lithium battery
  plant's cathode line") could be logged with the battery's metal or, by batch 14's battery-recycling
  rule, with none: minerals are left out of those drafts. Metals named as what a plant recovers or
  refines ("recovers nickel, cobalt and lithium") are expected.
- "Today's deals:" heading a list does not date the bullets (left out); "this morning", "today" and
  "said today" in the sentence itself do.
- No project or initiative name is expected by any case (the lists below stay empty on purpose).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

# No case expects a project or initiative name; kept for the lead's wiring, which reads both.
KNOWN_PROJECTS_EXTRA: list[str] = []
KNOWN_INITIATIVES_EXTRA: list[str] = []

_USD_NOT_INFERRED = {"currency_inferred": False}
_INFERRED = {"currency_inferred": True}
_CEIL = {"amount_is_ceiling": True}

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b17-org-vianode-graphite",
        "text": "Vianode will invest NOK 1.2 billion in a synthetic graphite line at Herøya.",
        "commitments": [_c("Vianode", "NO", "equity", "1200000000", "NOK", minerals=["graphite"])],
    },
    {
        "id": "b17-org-nykredit-nickel",
        "text": "Nykredit is lending DKK 300m to a nickel sulphate refinery in Fredericia",
        "commitments": [_c("Nykredit", "DK", "loan", "300000000", "DKK", minerals=["nickel"])],
    },
    {
        "id": "b17-org-argenta-copper",
        "text": "argenta to provide a €25 million credit facility for a copper wire plant near Ghent",
        "commitments": [_c("Argenta", "BE", "loan", "25000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b17-org-sabadell-lithium",
        "text": "Banco Sabadell will lend €70m to a lithium hydroxide refinery in Extremadura.",
        "commitments": [_c("Banco Sabadell", "ES", "loan", "70000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b17-org-pekao-cobalt",
        "text": "Bank Pekao provides 400 million PLN of financing for a cobalt recycling plant in Silesia.",
        "commitments": [_c("Bank Pekao", "PL", "loan", "400000000", "PLN", minerals=["cobalt"])],
    },
    {
        "id": "b17-org-sisecam-lithium",
        "text": "Sisecam is putting $45m into a lithium carbonate pilot plant",
        "commitments": [
            _c("Sisecam", "TR", "equity", "45000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-org-masdar-nickel",
        "text": "Masdar will spend $150 million on a nickel processing stake in Sulawesi.",
        "commitments": [
            _c("Masdar", "AE", "equity", "150000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-org-rubamin-cobalt",
        "text": "Rubamin to invest ₹600 crore in a cobalt and nickel refining unit in Gujarat",
        "commitments": [_c("Rubamin", "IN", "equity", "6000000000", "INR", minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b17-org-energy-absolute-graphite",
        "text": "Energy Absolute will invest ฿2.5 billion in a graphite anode plant in Chachoengsao.",
        "commitments": [_c("Energy Absolute", "TH", "equity", "2500000000", "THB", minerals=["graphite"])],
    },
    {
        "id": "b17-org-public-bank-rare-earths",
        "text": "Public Bank is extending RM350 million in loans to a rare earth processing plant in Pahang",
        "commitments": [_c("Public Bank", "MY", "loan", "350000000", "MYR", minerals=["rare-earths"])],
    },
    {
        "id": "b17-org-fujikura-copper",
        "text": "Fujikura will spend ¥12 billion on a copper rod line at its Sakura works.",
        "commitments": [_c("Fujikura", "JP", "equity", "12000000000", "JPY", minerals=["copper"])],
    },
    {
        "id": "b17-org-young-poong-germanium",
        "text": "Young Poong is investing ₩90 billion in a germanium recovery circuit at Seokpo.",
        "commitments": [_c("Young Poong", "KR", "equity", "90000000000", "KRW", minerals=["germanium"])],
    },
    {
        "id": "b17-org-ibk-lithium",
        "text": "IBK will lend 50 billion won to a lithium hydroxide plant in Gwangyang",
        "commitments": [_c("IBK", "KR", "loan", "50000000000", "KRW", minerals=["lithium"])],
    },
    {
        "id": "b17-org-tivan-vanadium",
        "text": "Tivan to spend $30 million on a vanadium pilot plant in Darwin.",
        "commitments": [_c("Tivan", "AU", "equity", "30000000", "AUD", minerals=["vanadium"], **_INFERRED)],
    },
    {
        "id": "b17-org-fpx-nickel",
        "text": "FPX Nickel will invest $18m in a nickel refinery study",
        "commitments": [
            _c("FPX Nickel", "CA", "equity", "18000000", "CAD", minerals=["nickel"], **_INFERRED)
        ],
    },
    {
        "id": "b17-org-cirba-lithium",
        "text": "Cirba Solutions is spending $200 million on a lithium battery recycling plant in Ohio.",
        "commitments": [_c("Cirba Solutions", "US", "equity", "200000000", "USD")],
    },
    {
        "id": "b17-org-fifth-third-copper",
        "text": "Fifth Third will provide $60m of financing for a copper foil plant in Michigan",
        "commitments": [_c("Fifth Third", "US", "loan", "60000000", "USD", minerals=["copper"])],
    },
    {
        "id": "b17-org-codemin-nickel",
        "text": "Codemin is investing R$400 million in a nickel line in Goiás.",
        "commitments": [_c("Codemin", "BR", "equity", "400000000", "BRL", minerals=["nickel"])],
    },
    {
        "id": "b17-org-bcp-copper",
        "text": "Banco de Crédito del Perú will lend PEN 250m to a copper concentrator expansion.",
        "commitments": [
            _c("Banco de Crédito del Perú", "PE", "loan", "250000000", "PEN", minerals=["copper"])
        ],
    },
    {
        "id": "b17-org-rawbank-cobalt",
        "text": "Rawbank is lending $40 million to a cobalt hydroxide plant near Kolwezi",
        "commitments": [
            _c("Rawbank", "CD", "loan", "40000000", "USD", minerals=["cobalt"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-org-crdb-graphite",
        "text": "CRDB will provide TZS 120 billion in financing for a graphite mine in Lindi.",
        "commitments": [_c("CRDB", "TZ", "loan", "120000000000", "TZS", minerals=["graphite"])],
    },
    {
        "id": "b17-org-bereke-copper",
        "text": "Bereke Bank to lend 30 billion tenge to a copper cathode plant in Balkhash",
        "commitments": [_c("Bereke Bank", "KZ", "loan", "30000000000", "KZT", minerals=["copper"])],
    },
    {
        "id": "b17-org-mmc-copper",
        "text": "Mongolian Mining Corporation will invest $120m in a copper exploration programme.",
        "commitments": [
            _c(
                "Mongolian Mining Corporation",
                "MN",
                "equity",
                "120000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-org-attijariwafa-cobalt",
        "text": "Attijariwafa is providing MAD 900 million of financing to a cobalt refinery at Bou Azzer.",
        "commitments": [_c("Attijariwafa", "MA", "loan", "900000000", "MAD", minerals=["cobalt"])],
    },
    {
        "id": "b17-org-storebrand-fund",
        "text": "Storebrand commits NOK 500m to a critical minerals fund run by a London manager",
        "commitments": [_c("Storebrand", "NO", "equity", "500000000", "NOK")],
    },
    {
        "id": "b17-org-pggm-magnets",
        "text": "PGGM is investing €80 million in a rare earth magnet maker.",
        "commitments": [_c("PGGM", "NL", "equity", "80000000", "EUR", minerals=["rare-earths"])],
    },
    # --- (2) several actors ---
    {
        "id": "b17-multi-sampo-folksam-each",
        "text": "Sampo and Folksam will each put €40m into a lithium refinery in Kokkola.",
        "commitments": [
            _c("Sampo", "FI", "equity", "40000000", "EUR", minerals=["lithium"]),
            _c("Folksam", "SE", "equity", "40000000", "EUR", minerals=["lithium"]),
        ],
    },
    {
        "id": "b17-multi-pka-industriens-jointly",
        "text": "PKA and Industriens Pension jointly invest DKK 1 billion in a copper recycling group",
        "commitments": [
            _c("PKA", "DK", "equity", "1000000000", "DKK", minerals=["copper"]),
            _c("Industriens Pension", "DK", "equity", None, minerals=["copper"]),
        ],
    },
    {
        "id": "b17-multi-ing-slaski-pekao-each",
        "text": "ING Bank Śląski and Bank Pekao are each lending 250 mln zł to a copper foil plant.",
        "commitments": [
            _c("ING Bank Śląski", "PL", "loan", "250000000", "PLN", minerals=["copper"]),
            _c("Bank Pekao", "PL", "loan", "250000000", "PLN", minerals=["copper"]),
        ],
    },
    {
        "id": "b17-multi-akbank-halkbank-isbank",
        "text": "Akbank, Halkbank and İş Bankası will each lend $30 million to Esan for its lithium plant",
        "commitments": [
            _c(
                "Akbank",
                "TR",
                "loan",
                "30000000",
                "USD",
                counterparty="Esan",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Halkbank",
                "TR",
                "loan",
                "30000000",
                "USD",
                counterparty="Esan",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            ),
            _c(
                "İş Bankası",
                "TR",
                "loan",
                "30000000",
                "USD",
                counterparty="Esan",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b17-multi-hoopp-imco-together",
        "text": "HOOPP and IMCO together are putting C$300m into a nickel sulphide miner; "
        "Ontario Teachers' stayed out",
        "commitments": [
            _c("HOOPP", "CA", "equity", "300000000", "CAD", minerals=["nickel"]),
            _c("IMCO", "CA", "equity", None, minerals=["nickel"]),
        ],
    },
    {
        "id": "b17-multi-calstrs-calpers-each",
        "text": "CalSTRS and CalPERS each commit $250 million to a battery metals fund.",
        "commitments": [
            _c("CalSTRS", "US", "equity", "250000000", "USD"),
            _c("CalPERS", "US", "equity", "250000000", "USD"),
        ],
    },
    {
        "id": "b17-multi-gcb-fidelity-each",
        "text": "GCB Bank and Fidelity Bank Ghana will each lend $25m to Barari DV for its lithium mine.",
        "commitments": [
            _c(
                "GCB Bank",
                "GH",
                "loan",
                "25000000",
                "USD",
                counterparty="Barari DV",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Fidelity Bank Ghana",
                "GH",
                "loan",
                "25000000",
                "USD",
                counterparty="Barari DV",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b17-multi-hachijuni-fukuoka-jointly",
        "text": "Hachijuni Bank and Fukuoka Financial Group jointly provide ¥20 billion in loans "
        "to a rare earth recycler",
        "commitments": [
            _c("Hachijuni Bank", "JP", "loan", "20000000000", "JPY", minerals=["rare-earths"]),
            _c("Fukuoka Financial Group", "JP", "loan", None, minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b17-multi-sonangol-endiama-mou",
        "text": "Sonangol and Endiama signed an MoU on copper exploration in Moxico.",
        "commitments": [
            _c("Sonangol", "AO", "mou", None, counterparty="Endiama", minerals=["copper"]),
            _c("Endiama", "AO", "mou", None, counterparty="Sonangol", minerals=["copper"]),
        ],
    },
    {
        "id": "b17-multi-mou-one-side",
        "text": "Ipoteka Bank signed an MoU with Uzbekneftegaz on lithium brine financing",
        "commitments": [
            _c("Ipoteka Bank", "UZ", "mou", None, counterparty="Uzbekneftegaz", minerals=["lithium"])
        ],
    },
    # --- (3) the wrong party as actor ---
    {
        "id": "b17-wrong-secured-from",
        "text": "Ardea Resources secured a A$45m loan from WA Treasury Corporation for its nickel project.",
        "commitments": [
            _c(
                "WA Treasury Corporation",
                "AU",
                "loan",
                "45000000",
                "AUD",
                counterparty="Ardea Resources",
                minerals=["nickel"],
            )
        ],
    },
    {
        "id": "b17-wrong-received-from",
        "text": "Brunswick Exploration received a C$5 million equity investment from Alberta "
        "Enterprise Corporation for lithium drilling",
        "commitments": [
            _c(
                "Alberta Enterprise Corporation",
                "CA",
                "equity",
                "5000000",
                "CAD",
                counterparty="Brunswick Exploration",
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b17-wrong-passive-loan",
        "text": "A €50m loan was granted to Vianode by Nykredit.",
        "commitments": [_c("Nykredit", "DK", "loan", "50000000", "EUR", counterparty="Vianode")],
    },
    {
        "id": "b17-wrong-awarded-grant",
        "text": "Search Minerals was awarded a C$2 million grant by the Northern Ontario Heritage Fund "
        "Corporation (NOHFC) for rare earth separation work",
        "commitments": [
            _c(
                "NOHFC",
                "CA",
                "grant",
                "2000000",
                "CAD",
                counterparty="Search Minerals",
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b17-wrong-stake-bought-by",
        "text": "A 15% stake in Wildcat Resources was bought by Cbus for A$60 million.",
        "commitments": [_c("Cbus", "AU", "equity", "60000000", "AUD", counterparty="Wildcat Resources")],
    },
    {
        "id": "b17-wrong-place-later",
        "text": "Norinchukin will lend ¥15bn to a copper smelter owned by a Chilean group in Antofagasta",
        "commitments": [_c("Norinchukin", "JP", "loan", "15000000000", "JPY", minerals=["copper"])],
    },
    {
        "id": "b17-wrong-place-first",
        "text": "In Kolwezi, Equity BCDC is financing $35m of cobalt processing for Kamoto Copper Company.",
        "commitments": [
            _c(
                "Equity BCDC",
                "CD",
                "loan",
                "35000000",
                "USD",
                counterparty="Kamoto Copper Company",
                minerals=["cobalt"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-wrong-secured-financing",
        "text": "Lithium Ionic has secured $80 million of financing from Desenvolve SP",
        "commitments": [
            _c(
                "Desenvolve SP",
                "BR",
                "loan",
                "80000000",
                "USD",
                counterparty="Lithium Ionic",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-wrong-passive-invested",
        "text": "₹250 crore has been invested in Log9 Materials by REC Limited.",
        "commitments": [
            _c("REC Limited", "IN", "equity", "2500000000", "INR", counterparty="Log9 Materials")
        ],
    },
    {
        "id": "b17-wrong-supplied-by",
        "text": "Nickel matte from Global Ferronickel will be bought by Young Poong under a "
        "three-year contract.",
        "commitments": [
            _c("Young Poong", "KR", "offtake", None, counterparty="Global Ferronickel", minerals=["nickel"])
        ],
    },
    # --- (4) instruments from the verb ---
    {
        "id": "b17-verb-acquire",
        "text": "Dangote to acquire a 30% holding in a lithium mine in Nasarawa for ₦45 billion",
        "commitments": [_c("Dangote", "NG", "equity", "45000000000", "NGN", minerals=["lithium"])],
    },
    {
        "id": "b17-verb-grant",
        "text": "SMUD will award $3m in grants to a lithium battery recycler in Sacramento.",
        "commitments": [_c("SMUD", "US", "grant", "3000000", "USD")],
    },
    {
        "id": "b17-verb-buy-output",
        "text": "Fujikura agreed to buy the copper cathode output of Konkola Copper Mines for five years",
        "commitments": [
            _c("Fujikura", "JP", "offtake", None, counterparty="Konkola Copper Mines", minerals=["copper"])
        ],
    },
    {
        "id": "b17-verb-supply",
        "text": "Kamoto Copper Company will supply 10,000 tonnes a year of cobalt hydroxide to Rubamin.",
        "commitments": [
            _c("Kamoto Copper Company", "CD", "offtake", None, counterparty="Rubamin", minerals=["cobalt"])
        ],
    },
    {
        "id": "b17-verb-guarantee",
        "text": "Eximbank Hungary will guarantee a HUF 20 billion loan for a lithium battery "
        "recycling plant in Debrecen",
        "commitments": [_c("Eximbank Hungary", "HU", "guarantee", "20000000000", "HUF")],
    },
    {
        "id": "b17-verb-letter-of-interest",
        "text": "Eximbank Hungary issued a letter of interest for up to €80 million for a "
        "manganese refinery.",
        "commitments": [
            _c(
                "Eximbank Hungary",
                "HU",
                "letter-of-interest",
                "80000000",
                "EUR",
                minerals=["manganese"],
                **_CEIL,
            )
        ],
    },
    {
        "id": "b17-verb-sanctions",
        "text": "Agribank sanctions a 2 trillion dong loan for a rare earth separation plant in Lai Chau",
        "commitments": [_c("Agribank", "VN", "loan", "2000000000000", "VND", minerals=["rare-earths"])],
    },
    {
        "id": "b17-verb-takes-stake",
        "text": "Permodalan Nasional Berhad takes 10% of a Malaysian nickel refiner for RM200m.",
        "commitments": [
            _c("Permodalan Nasional Berhad", "MY", "equity", "200000000", "MYR", minerals=["nickel"])
        ],
    },
    {
        "id": "b17-verb-price-floor",
        "text": "Vietnam will guarantee a minimum price for rare earth oxides from domestic mines",
        "commitments": [_c("VN", "VN", "price-floor", None, minerals=["rare-earths"])],
    },
    {
        "id": "b17-verb-export-levy",
        "text": "Zambia will impose a 10% export duty on unprocessed copper from next year.",
        "commitments": [_c("ZM", "ZM", "tariff", None, minerals=["copper"])],
    },
    {
        "id": "b17-verb-export-ban",
        "text": "Tanzania banned exports of unprocessed graphite this morning",
        "commitments": [
            _c("TZ", "TZ", "export-control", None, minerals=["graphite"], announced_on=date(2025, 6, 20))
        ],
    },
    {
        "id": "b17-verb-stockpile",
        "text": "Korea will build a national stockpile of gallium and germanium.",
        "commitments": [_c("KR", "KR", "stockpile", None, minerals=["gallium", "germanium"])],
    },
    {
        "id": "b17-verb-screening",
        "text": "Canada tightened reviews of foreign takeovers of lithium miners on Tuesday.",
        "commitments": [
            _c("CA", "CA", "investment-screening", None, minerals=["lithium"], announced_on=date(2025, 6, 17))
        ],
    },
    {
        "id": "b17-verb-fast-track",
        "text": "Mongolia will fast-track permits for copper mines.",
        "commitments": [_c("MN", "MN", "other", None, minerals=["copper"])],
    },
    {
        "id": "b17-verb-subsidies",
        "text": "Saudi Arabia will provide up to SAR 500 million in subsidies to copper refiners",
        "commitments": [_c("SA", "SA", "grant", "500000000", "SAR", minerals=["copper"], **_CEIL)],
    },
    # --- (5) money in every form ---
    {
        "id": "b17-money-amount-first",
        "text": "€15m — that's what Metallo is putting into a copper anode furnace at Beerse",
        "commitments": [_c("Metallo", "BE", "equity", "15000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b17-money-number-words",
        "text": "Dangote is investing two hundred million dollars in a lithium processing plant.",
        "commitments": [
            _c("Dangote", "NG", "equity", "200000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-money-range",
        "text": "Sepides will invest between €10 million and €14 million in a tungsten mine in Salamanca.",
        "commitments": [_c("Sepides", "ES", "equity", "14000000", "EUR", minerals=["tungsten"], **_CEIL)],
    },
    {
        "id": "b17-money-as-much-as",
        "text": "Novo Banco may lend as much as €90m to a lithium refinery in Setúbal",
        "commitments": [_c("Novo Banco", "PT", "loan", "90000000", "EUR", minerals=["lithium"], **_CEIL)],
    },
    {
        "id": "b17-money-lakh",
        "text": "Epsilon Carbon will invest ₹900 lakh in a graphite anode pilot line.",
        "commitments": [_c("Epsilon Carbon", "IN", "equity", "90000000", "INR", minerals=["graphite"])],
    },
    {
        "id": "b17-money-sek-after",
        "text": "Länsförsäkringar lends 800 million SEK to a graphite anode plant in Luleå",
        "commitments": [_c("Länsförsäkringar", "SE", "loan", "800000000", "SEK", minerals=["graphite"])],
    },
    {
        "id": "b17-money-kronor",
        "text": "AP7 is investing 1.5 billion kronor in a battery metals miner.",
        "commitments": [_c("AP7", "SE", "equity", "1500000000", "SEK")],
    },
    {
        "id": "b17-money-chf",
        "text": "Afa Försäkring will put CHF 20 million into a Swiss cobalt trader",
        "commitments": [_c("Afa Försäkring", "SE", "equity", "20000000", "CHF", minerals=["cobalt"])],
    },
    {
        "id": "b17-money-conversion",
        "text": "Hana Financial will invest 140 billion won ($100 million) in a lithium refinery in Chile.",
        "commitments": [_c("Hana Financial", "KR", "equity", "140000000000", "KRW", minerals=["lithium"])],
    },
    {
        "id": "b17-money-usd-code",
        "text": "Vena Energy to invest USD 75m in a nickel-cobalt hydroxide plant",
        "commitments": [
            _c(
                "Vena Energy",
                "SG",
                "equity",
                "75000000",
                "USD",
                minerals=["cobalt", "nickel"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-money-sgd-bare",
        "text": "Vena Energy is spending $40 million on a lithium battery recycling line.",
        "commitments": [_c("Vena Energy", "SG", "equity", "40000000", "SGD", **_INFERRED)],
    },
    {
        "id": "b17-money-huf",
        "text": "MVM will invest HUF 35bn in a lithium battery recycling plant",
        "commitments": [_c("MVM", "HU", "equity", "35000000000", "HUF")],
    },
    {
        "id": "b17-money-czk",
        "text": "Diamo will put CZK 600 million into a lithium pilot plant at Cínovec.",
        "commitments": [_c("Diamo", "CZ", "equity", "600000000", "CZK", minerals=["lithium"])],
    },
    {
        "id": "b17-money-aed",
        "text": "Masdar commits AED 400m to a copper rod mill in Abu Dhabi",
        "commitments": [_c("Masdar", "AE", "equity", "400000000", "AED", minerals=["copper"])],
    },
    {
        "id": "b17-money-egp",
        "text": "Commercial International Bank will lend EGP 3 billion to a manganese alloy smelter.",
        "commitments": [
            _c("Commercial International Bank", "EG", "loan", "3000000000", "EGP", minerals=["manganese"])
        ],
    },
    {
        "id": "b17-money-kes",
        "text": "KCB to provide KES 4bn of financing for a rare earth project in Kwale",
        "commitments": [_c("KCB", "KE", "loan", "4000000000", "KES", minerals=["rare-earths"])],
    },
    {
        "id": "b17-money-ars",
        "text": "Banco Macro will lend ARS 60,000 million to a lithium carbonate plant in Salta.",
        "commitments": [_c("Banco Macro", "AR", "loan", "60000000000", "ARS", minerals=["lithium"])],
    },
    {
        "id": "b17-money-bob-usd",
        "text": "Banco Unión is lending US$50 million to a lithium carbonate plant in Potosí",
        "commitments": [
            _c("Banco Unión", "BO", "loan", "50000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-money-mnt",
        "text": "Trade and Development Bank of Mongolia (TDB) lends MNT 90bn to a copper concentrator.",
        "commitments": [_c("TDB", "MN", "loan", "90000000000", "MNT", minerals=["copper"])],
    },
    {
        "id": "b17-money-uzs",
        "text": "Asakabank to lend UZS 500 billion to a tungsten plant in Navoi",
        "commitments": [_c("Asakabank", "UZ", "loan", "500000000000", "UZS", minerals=["tungsten"])],
    },
    {
        "id": "b17-money-gbp",
        "text": "Sampo will invest £30m in a UK lithium refinery.",
        "commitments": [_c("Sampo", "FI", "equity", "30000000", "GBP", minerals=["lithium"])],
    },
    {
        "id": "b17-money-en-dash",
        "text": "Alpha HPA to spend A$20–35m on a high-purity alumina line... no wait, on a "
        "gallium recovery line",
        "commitments": [_c("Alpha HPA", "AU", "equity", "35000000", "AUD", minerals=["gallium"], **_CEIL)],
    },
    {
        "id": "b17-money-trillion-rp",
        "text": "Bank Rakyat Indonesia... correction: it's BNI, not BRI, lending Rp 1.5 trillion "
        "to a nickel smelter",
        "commitments": [_c("BNI", "ID", "loan", "1500000000000", "IDR", minerals=["nickel"])],
    },
    {
        "id": "b17-money-bn-decimal",
        "text": "Texas Permanent School Fund puts $1.25bn into a critical minerals fund",
        "commitments": [_c("Texas Permanent School Fund", "US", "equity", "1250000000", "USD")],
    },
    # --- (6) no commitment ---
    {
        "id": "b17-none-chatter",
        "text": "anyone know if Sisecam is still doing lithium? haven't heard anything in months",
        "commitments": [],
    },
    {
        "id": "b17-none-recall",
        "text": "Back in 2019 Banco Macro lent $20m to a lithium brine project in Salta.",
        "commitments": [],
    },
    {
        "id": "b17-none-denial",
        "text": "Ziraat Bankası denied reports that it would lend to an antimony smelter.",
        "commitments": [],
    },
    {
        "id": "b17-none-rumour",
        "text": "rumour is Norinchukin might put money into a rare earth recycler, nothing confirmed",
        "commitments": [],
    },
    {
        "id": "b17-none-question",
        "text": "Will Garanti BBVA finance the Eskişehir rare earth plant?",
        "commitments": [],
    },
    {
        "id": "b17-none-ore-price",
        "text": "Spodumene prices fell 8% this week; bauxite shipments from Guinea were flat.",
        "commitments": [],
    },
    {
        "id": "b17-none-scrapped",
        "text": "Zions scrapped a plan to finance a lithium clay project before any deal was signed",
        "commitments": [],
    },
    {
        "id": "b17-none-could",
        "text": "Analysts say Sonangol could invest in copper if oil prices recover.",
        "commitments": [],
    },
    {
        "id": "b17-none-no-decision",
        "text": "Huntington said no decision yet on financing a graphite plant in Ohio",
        "commitments": [],
    },
    {
        "id": "b17-none-earnings",
        "text": "Boskalis reported higher first-quarter revenue from dredging and offshore work.",
        "commitments": [],
    },
    {
        "id": "b17-none-meeting",
        "text": "reminder: call with the Banco Nación folks about the lithium deck at 3pm :calendar:",
        "commitments": [],
    },
    {
        "id": "b17-none-recall-2021",
        "text": "In 2021, Kaspi bought a stake in a copper miner; it sold the holding in 2023.",
        "commitments": [],
    },
    {
        "id": "b17-none-seeking",
        "text": "Snow Lake Resources is seeking financing for its lithium project in Manitoba.",
        "commitments": [],
    },
    {
        "id": "b17-none-emoji",
        "text": "lol :joy: copper at $10k again, someone tell Talco",
        "commitments": [],
    },
    {
        "id": "b17-none-opinion",
        "text": "Why isn't Colorado Springs Utilities buying into grid-scale batteries yet?",
        "commitments": [],
    },
    # --- shapes ---
    {
        "id": "b17-shape-lowercase",
        "text": "mota-engil putting €22m into a lithium mine in portugal's north, per their release",
        "commitments": [_c("Mota-Engil", "PT", "equity", "22000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b17-shape-shorthand",
        "text": "Boskalis -> $50m eq. in deep-sea nickel/cobalt JV",
        "commitments": [
            _c(
                "Boskalis",
                "NL",
                "equity",
                "50000000",
                "USD",
                minerals=["cobalt", "nickel"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-headline",
        "text": "NUSSIR TO INVEST NOK 2.8 BILLION IN COPPER MINE",
        "commitments": [_c("Nussir", "NO", "equity", "2800000000", "NOK", minerals=["copper"])],
    },
    {
        "id": "b17-shape-participle",
        "text": "Having agreed terms yesterday, Belfius is lending €45m to a zinc recycler in Liège.",
        "commitments": [
            _c("Belfius", "BE", "loan", "45000000", "EUR", minerals=["zinc"], announced_on=date(2025, 6, 19))
        ],
    },
    {
        "id": "b17-shape-quote",
        "text": '"We will invest €60 million in the graphite anode plant," Eurobattery '
        "Minerals' chief executive said on Wednesday.",
        "commitments": [
            _c(
                "Eurobattery Minerals",
                "SE",
                "equity",
                "60000000",
                "EUR",
                minerals=["graphite"],
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    {
        "id": "b17-shape-bullets",
        "text": "Today's deals:\n• Spuerkeess: €30m loan to a cobalt refiner\n"
        "• SNCI: €12m stake in a rare earth magnet start-up",
        "commitments": [
            _c(
                "Spuerkeess",
                "LU",
                "loan",
                "30000000",
                "EUR",
                minerals=["cobalt"],
            ),
            _c(
                "SNCI",
                "LU",
                "equity",
                "12000000",
                "EUR",
                minerals=["rare-earths"],
            ),
        ],
    },
    {
        "id": "b17-shape-two-sentences",
        "text": "Triodos Bank will lend €18m to a lithium battery recycler. Separately, de "
        "Volksbank is lending €10m to a copper recycler in Zwolle.",
        "commitments": [
            _c("Triodos Bank", "NL", "loan", "18000000", "EUR"),
            _c("de Volksbank", "NL", "loan", "10000000", "EUR", minerals=["copper"]),
        ],
    },
    {
        "id": "b17-shape-self-correction-amount",
        "text": "NLB lends €40m — sorry, €45m — to a zinc smelter in Celje",
        "commitments": [_c("NLB", "SI", "loan", "45000000", "EUR", minerals=["zinc"])],
    },
    {
        "id": "b17-shape-fyi",
        "text": "FYI — Zagrebačka banka will lend €25 million to a lithium battery recycler in Zagreb.",
        "commitments": [_c("Zagrebačka banka", "HR", "loan", "25000000", "EUR")],
    },
    {
        "id": "b17-shape-emoji",
        "text": ":rocket: Slovenská sporiteľňa announced a €35m loan to a magnesium... no, a "
        "graphite anode plant in Šaľa :tada:",
        "commitments": [
            _c(
                "Slovenská sporiteľňa",
                "SK",
                "loan",
                "35000000",
                "EUR",
                minerals=["graphite"],
                status="announced",
            )
        ],
    },
    {
        "id": "b17-shape-thread-reply",
        "text": "+1, and also Unicredit Bulbank is lending €20m to the same copper refinery",
        "commitments": [_c("Unicredit Bulbank", "BG", "loan", "20000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b17-shape-binding",
        "text": "Grupa Azoty signed a binding agreement to buy lithium hydroxide from a Chilean producer.",
        "commitments": [_c("Grupa Azoty", "PL", "offtake", None, minerals=["lithium"], status="binding")],
    },
    {
        "id": "b17-shape-conditional",
        "text": "Farm Credit Canada's C$15 million loan to a graphite miner is conditional on permits.",
        "commitments": [
            _c(
                "Farm Credit Canada",
                "CA",
                "loan",
                "15000000",
                "CAD",
                minerals=["graphite"],
                status="conditional",
            )
        ],
    },
    {
        "id": "b17-shape-subject-to",
        "text": "ATB Financial will lend $12m to a vanadium battery maker, subject to board approval",
        "commitments": [
            _c("ATB Financial", "CA", "loan", "12000000", "CAD", status="conditional", **_INFERRED)
        ],
    },
    {
        "id": "b17-shape-proposed",
        "text": "SaskPower proposed a C$40m investment in a rare earth processing facility.",
        "commitments": [
            _c("SaskPower", "CA", "equity", "40000000", "CAD", minerals=["rare-earths"], status="proposed")
        ],
    },
    {
        "id": "b17-shape-withdrew",
        "text": "Comerica withdrew its $30 million loan to a lithium clay miner in Nevada on Monday",
        "commitments": [
            _c(
                "Comerica",
                "US",
                "loan",
                "30000000",
                "USD",
                minerals=["lithium"],
                status="withdrawn",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b17-shape-disbursed",
        "text": "Ghana Infrastructure Investment Fund disbursed the first $10m tranche of its "
        "loan to a manganese mine.",
        "commitments": [
            _c(
                "Ghana Infrastructure Investment Fund",
                "GH",
                "loan",
                "10000000",
                "USD",
                minerals=["manganese"],
                status="disbursed",
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-last-friday",
        "text": "Last Friday, Banco Montepio agreed to lend €8m to a lithium explorer in Guarda.",
        "commitments": [
            _c(
                "Banco Montepio",
                "PT",
                "loan",
                "8000000",
                "EUR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 13),
            )
        ],
    },
    {
        "id": "b17-shape-last-week",
        "text": "Last week Crédit Agricole du Maroc lent MAD 200m to a cobalt miner.",
        "commitments": [
            _c("Crédit Agricole du Maroc", "MA", "loan", "200000000", "MAD", minerals=["cobalt"])
        ],
    },
    {
        "id": "b17-shape-non-binding",
        "text": "Sedibelo signed a non-binding agreement to supply lithium concentrate to Assmang.",
        "commitments": [_c("Sedibelo", "ZA", "offtake", None, counterparty="Assmang", minerals=["lithium"])],
    },
    {
        "id": "b17-shape-rand",
        "text": "Assmang will invest R1.1bn in a manganese sinter plant in the Northern Cape",
        "commitments": [_c("Assmang", "ZA", "equity", "1100000000", "ZAR", minerals=["manganese"])],
    },
    {
        "id": "b17-shape-two-in-one",
        "text": "Osaka Titanium will spend ¥5bn on a titanium sponge line and lend ¥1bn to its "
        "Kyushu supplier.",
        "commitments": [
            _c("Osaka Titanium", "JP", "equity", "5000000000", "JPY"),
            _c("Osaka Titanium", "JP", "loan", "1000000000", "JPY"),
        ],
    },
    {
        "id": "b17-shape-invest-in-x",
        "text": "Tanaka Kikinzoku is investing ¥3 billion in Matsuda Sangyo to expand its cobalt "
        "recycling line.",
        "commitments": [
            _c(
                "Tanaka Kikinzoku",
                "JP",
                "equity",
                "3000000000",
                "JPY",
                counterparty="Matsuda Sangyo",
                minerals=["cobalt"],
            )
        ],
    },
    {
        "id": "b17-shape-dysprosium",
        "text": "Ube to build a dysprosium recovery line for ¥2.4 billion, the company announced yesterday.",
        "commitments": [
            _c(
                "Ube",
                "JP",
                "equity",
                "2400000000",
                "JPY",
                minerals=["dysprosium"],
                status="announced",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b17-shape-offtake-from-plant",
        "text": "Asahi Holdings agreed to take all the cobalt from the plant.",
        "commitments": [_c("Asahi Holdings", "JP", "offtake", None, minerals=["cobalt"])],
    },
    {
        "id": "b17-shape-american-battery",
        "text": "American Battery Technology Company will spend $90m on a lithium hydroxide refinery "
        "in Tonopah.",
        "commitments": [
            _c("American Battery Technology Company", "US", "equity", "90000000", "USD", minerals=["lithium"])
        ],
    },
    {
        "id": "b17-shape-aqua-metals",
        "text": "aqua metals is putting $15m into a nickel and cobalt recycling pilot in reno",
        "commitments": [_c("Aqua Metals", "US", "equity", "15000000", "USD", minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b17-shape-nys-common",
        "text": "New York State Common Retirement Fund commits $200 million to a copper royalty fund.",
        "commitments": [_c("New York State Common Retirement Fund", "US", "equity", "200000000", "USD")],
    },
    {
        "id": "b17-shape-tva-grant",
        "text": "Tennessee Valley Authority will provide funding of $4m to a graphite anode maker "
        "in Chattanooga",
        "commitments": [
            _c("Tennessee Valley Authority", "US", "grant", "4000000", "USD", minerals=["graphite"])
        ],
    },
    {
        "id": "b17-shape-5e",
        "text": "5E Advanced Materials agreed to sell boric acid to a Japanese glass maker — the "
        "buyer was not named.",
        "commitments": [_c("5E Advanced Materials", "US", "offtake", None)],
    },
    {
        "id": "b17-shape-sparebank",
        "text": "SpareBank 1 SMN lends NOK 150m to a copper mine in Trøndelag, on Tuesday",
        "commitments": [
            _c(
                "SpareBank 1 SMN",
                "NO",
                "loan",
                "150000000",
                "NOK",
                minerals=["copper"],
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b17-shape-pfa",
        "text": "PFA said today it will invest DKK 750 million in a rare earth magnet recycler.",
        "commitments": [
            _c(
                "PFA",
                "DK",
                "equity",
                "750000000",
                "DKK",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    {
        "id": "b17-shape-arbejdernes",
        "text": "Arbejdernes Landsbank to finance a DKK 90m cobalt recycling line in Aarhus",
        "commitments": [_c("Arbejdernes Landsbank", "DK", "loan", "90000000", "DKK", minerals=["cobalt"])],
    },
    {
        "id": "b17-shape-nibc",
        "text": "NIBC arranges €55m credit facility for a lithium battery recycling plant in Rotterdam.",
        "commitments": [_c("NIBC", "NL", "loan", "55000000", "EUR")],
    },
    {
        "id": "b17-shape-sfpi",
        "text": "Belgium's federal holding SFPI takes a €25m stake in a germanium refiner",
        "commitments": [_c("SFPI", "BE", "equity", "25000000", "EUR", minerals=["germanium"])],
    },
    {
        "id": "b17-shape-cobre-san-rafael",
        "text": "Cobre San Rafael will invest €250 million in a tin... sorry, in a copper mine in Galicia.",
        "commitments": [_c("Cobre San Rafael", "ES", "equity", "250000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b17-shape-lusorecursos",
        "text": "Lusorecursos — €480m for a lithium refinery at Montalegre, approved by the board "
        "on Wednesday",
        "commitments": [
            _c(
                "Lusorecursos",
                "PT",
                "equity",
                "480000000",
                "EUR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    {
        "id": "b17-shape-vakifbank",
        "text": "Vakıfbank is to lend Esan 1.2 billion lira for boron and lithium work",
        "commitments": [_c("Vakıfbank", "TR", "loan", "1200000000", counterparty="Esan")],
    },
    {
        "id": "b17-shape-kale",
        "text": "Kale Group invests $25m in a rare earth separation pilot in Eskişehir.",
        "commitments": [
            _c("Kale Group", "TR", "equity", "25000000", "USD", minerals=["rare-earths"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-shape-borusan",
        "text": "Borusan will buy copper cathode from Kamoto Copper Company under a five-year deal",
        "commitments": [
            _c("Borusan", "TR", "offtake", None, counterparty="Kamoto Copper Company", minerals=["copper"])
        ],
    },
    {
        "id": "b17-shape-bangchak",
        "text": "Bangchak to acquire a lithium brine stake in Argentina for $55 million",
        "commitments": [
            _c("Bangchak", "TH", "equity", "55000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-shape-dmci",
        "text": "DMCI is spending ₱3 billion on a nickel mine expansion in Zambales.",
        "commitments": [_c("DMCI", "PH", "equity", "3000000000", "PHP", minerals=["nickel"])],
    },
    {
        "id": "b17-shape-vines",
        "text": "VinES will invest 4,000 billion dong in a lithium battery plant's cathode line",
        "commitments": [_c("VinES", "VN", "equity", "4000000000000", "VND")],
    },
    {
        "id": "b17-shape-sedc",
        "text": "Sarawak Economic Development Corporation puts RM150 million into a "
        "manganese smelter in Samalaju.",
        "commitments": [
            _c(
                "Sarawak Economic Development Corporation",
                "MY",
                "equity",
                "150000000",
                "MYR",
                minerals=["manganese"],
            )
        ],
    },
    {
        "id": "b17-shape-ambank",
        "text": "AmBank lends RM80m to a rare earth magnet maker in Penang",
        "commitments": [_c("AmBank", "MY", "loan", "80000000", "MYR", minerals=["rare-earths"])],
    },
    {
        "id": "b17-shape-log9",
        "text": "Log9 Materials will spend Rs 300 crore on a lithium cell recycling plant in Bengaluru.",
        "commitments": [_c("Log9 Materials", "IN", "equity", "3000000000", "INR")],
    },
    {
        "id": "b17-shape-latin-resources",
        "text": "Latin Resources to spend $35m on lithium drilling in Minas Gerais",
        "commitments": [
            _c("Latin Resources", "AU", "equity", "35000000", "AUD", minerals=["lithium"], **_INFERRED)
        ],
    },
    {
        "id": "b17-shape-rz-resources",
        "text": "RZ Resources puts A$28 million into a titanium and zircon mineral sands plant.",
        "commitments": [_c("RZ Resources", "AU", "equity", "28000000", "AUD")],
    },
    {
        "id": "b17-shape-global-lithium",
        "text": "Global Lithium: A$12m for drilling at Manna, confirmed yesterday",
        "commitments": [
            _c(
                "Global Lithium",
                "AU",
                "equity",
                "12000000",
                "AUD",
                minerals=["lithium"],
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b17-shape-power-nickel",
        "text": "Power Nickel will invest C$9 million in nickel and copper drilling in Quebec.",
        "commitments": [_c("Power Nickel", "CA", "equity", "9000000", "CAD", minerals=["copper", "nickel"])],
    },
    {
        "id": "b17-shape-northcliff",
        "text": "Northcliff Resources is spending $6m on a tungsten feasibility update",
        "commitments": [
            _c("Northcliff Resources", "CA", "equity", "6000000", "CAD", minerals=["tungsten"], **_INFERRED)
        ],
    },
    {
        "id": "b17-shape-zambia-idc",
        "text": "Zambia Industrial Development Corporation will invest $100m in Konkola Copper Mines.",
        "commitments": [
            _c(
                "Zambia Industrial Development Corporation",
                "ZM",
                "equity",
                "100000000",
                "USD",
                counterparty="Konkola Copper Mines",
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-nsia",
        "text": "Nigerian Sovereign Investment Authority takes a $40m stake in a lithium processor in Kaduna",
        "commitments": [
            _c(
                "Nigerian Sovereign Investment Authority",
                "NG",
                "equity",
                "40000000",
                "USD",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-first-bank",
        "text": "First Bank of Nigeria lends ₦20bn to a tantalum... to a lithium concentrator in Oyo.",
        "commitments": [
            _c("First Bank of Nigeria", "NG", "loan", "20000000000", "NGN", minerals=["lithium"])
        ],
    },
    {
        "id": "b17-shape-trust-merchant",
        "text": "Trust Merchant Bank: $15m loan for a copper cathode plant in Likasi",
        "commitments": [
            _c(
                "Trust Merchant Bank",
                "CD",
                "loan",
                "15000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-bfa",
        "text": "Banco de Fomento Angola will lend Kz 20 billion... make that US$25m, to a "
        "copper project in Cuanza Sul.",
        "commitments": [
            _c(
                "Banco de Fomento Angola",
                "AO",
                "loan",
                "25000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-rsk",
        "text": "RSK Bank to finance a $12m antimony plant in Kadamjay",
        "commitments": [
            _c("RSK Bank", "KG", "loan", "12000000", "USD", minerals=["antimony"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b17-shape-talco",
        "text": "Talco will invest $60 million in an antimony and gallium line at Tursunzoda.",
        "commitments": [
            _c(
                "Talco",
                "TJ",
                "equity",
                "60000000",
                "USD",
                minerals=["antimony", "gallium"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-okavango",
        "text": "Okavango Diamond Company will put $20m into a copper explorer in the Kalahari belt",
        "commitments": [
            _c(
                "Okavango Diamond Company",
                "BW",
                "equity",
                "20000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b17-shape-keybank",
        "text": "KeyBank will lend $45 million to 5E Advanced Materials.",
        "commitments": [_c("KeyBank", "US", "loan", "45000000", "USD", counterparty="5E Advanced Materials")],
    },
]


_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b17-art-nussir-storebrand-copper",
        "kind": "article",
        "headline": "Nussir to build NOK 3 billion copper mine in Arctic Norway",
        "text": "\n\n".join(
            [
                "OSLO, June 17 (Reuters) - Nussir will invest NOK 3 billion in its copper mine at "
                "Repparfjord in northern Norway, the company said on Tuesday.",
                "Storebrand will take a NOK 400 million stake in Nussir as part of the package, "
                "the pension and insurance group said.",
                "The project won its operating permit in 2019 after a decade of disputes with "
                "Sami reindeer herders over the disposal of tailings in the fjord.",
                "In 2022 the company paused work after a German smelter walked away from an "
                "earlier supply agreement.",
                '"The NOK 3 billion we are committing makes this the first new copper mine in '
                "Norway in decades,\" Nussir's chief executive told reporters.",
                "First concentrate is expected in 2028.",
            ]
        ),
        "commitments": [
            _c(
                "Nussir",
                "NO",
                "equity",
                "3000000000",
                "NOK",
                minerals=["copper"],
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "Storebrand",
                "NO",
                "equity",
                "400000000",
                "NOK",
                counterparty="Nussir",
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b17-art-sisecam-ziraat-lithium",
        "kind": "article",
        "headline": "Turkey's Sisecam commits $300 million to lithium carbonate plant",
        "text": "\n\n".join(
            [
                "ISTANBUL, June 18 (Reuters) - Sisecam will spend $300 million on a lithium "
                "carbonate plant next to its soda ash works in central Anatolia, the glass and "
                "chemicals group said on Wednesday.",
                "Ziraat Bankası will lend $120 million to Sisecam for the plant, the state lender "
                "said in a statement.",
                "Turkey holds the world's largest boron reserves, and state miners began "
                "recovering small amounts of lithium from boron clay waste in 2017.",
                "Sisecam bought a controlling stake in a US soda ash producer in 2021.",
                '"Our $300 million plant will cover much of Turkey\'s lithium needs," the '
                "chief executive said.",
                "Analysts said demand from Turkish battery makers would absorb most of the output.",
                "Construction is due to start in the autumn.",
            ]
        ),
        "commitments": [
            _c(
                "Sisecam",
                "TR",
                "equity",
                "300000000",
                "USD",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Ziraat Bankası",
                "TR",
                "loan",
                "120000000",
                "USD",
                counterparty="Sisecam",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b17-art-epsilon-rubamin-graphite",
        "kind": "article",
        "headline": "Epsilon Carbon to invest Rs 1,200 crore in graphite anode plant",
        "text": "\n\n".join(
            [
                "MUMBAI, June 19 (Reuters) - Epsilon Carbon will invest Rs 1,200 crore in a "
                "synthetic graphite anode plant in Karnataka, the company said on Thursday.",
                "India imports almost all of its battery-grade graphite, most of it from China.",
                "The government added graphite to its list of critical minerals in 2023 and "
                "auctioned several graphite blocks the following year.",
                "Rubamin agreed to buy part of the plant's output for its battery materials "
                "business, the two companies said.",
                '"This Rs 1,200 crore plant is the first of its size in India," Epsilon '
                "Carbon's managing director said.",
                "Production is due to begin in 2027.",
            ]
        ),
        "commitments": [
            _c(
                "Epsilon Carbon",
                "IN",
                "equity",
                "12000000000",
                "INR",
                minerals=["graphite"],
                announced_on=date(2025, 6, 19),
            ),
            _c("Rubamin", "IN", "offtake", None, minerals=["graphite"], announced_on=date(2025, 6, 19)),
        ],
    },
    {
        "id": "b17-art-chinabank-dmci-nickel",
        "kind": "article",
        "headline": "China Banking Corp lends 5 billion pesos for DMCI nickel expansion",
        "text": "\n\n".join(
            [
                "MANILA, June 16 (Reuters) - China Banking Corporation (Chinabank) will lend ₱5 "
                "billion to DMCI for a nickel mine expansion in Zambales, the lender said on "
                "Monday.",
                "DMCI itself will put ₱2 billion into the expansion, which will lift output by "
                "about a third.",
                "The Philippines has been the largest supplier of nickel ore to China since "
                "Indonesia stopped exporting unprocessed ore in 2020.",
                "Lawmakers proposed a ban on raw ore exports in 2023, but the bill stalled in the Senate.",
                '"The ₱5 billion facility gives the mine room to grow," Chinabank\'s head of '
                "corporate banking said.",
            ]
        ),
        "commitments": [
            _c(
                "Chinabank",
                "PH",
                "loan",
                "5000000000",
                "PHP",
                counterparty="DMCI",
                minerals=["nickel"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "DMCI",
                "PH",
                "equity",
                "2000000000",
                "PHP",
                minerals=["nickel"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b17-art-volcan-peru-banks",
        "kind": "article",
        "headline": "Peru's Volcan lines up $300 million of bank loans for zinc expansion",
        "text": "\n\n".join(
            [
                "LIMA, June 17 (Reuters) - BBVA Perú and Scotiabank Perú will each lend $150 "
                "million to Volcan Compañía Minera (Volcan) for a zinc and copper expansion in "
                "the central Andes, the miner said on Tuesday.",
                "Volcan will also spend $100 million of its own cash on the project.",
                "The miner restructured its debt in 2023 after a slump in zinc prices.",
                "Peru is the world's second-largest producer of both copper and zinc.",
                '"Each bank is putting in $150 million, which covers most of the cost," a '
                "Volcan spokesman said.",
                "Environmental permits are expected next year.",
                "Volcan's shares rose 4% in Lima.",
            ]
        ),
        "commitments": [
            _c(
                "BBVA Perú",
                "PE",
                "loan",
                "150000000",
                "USD",
                counterparty="Volcan",
                minerals=["copper", "zinc"],
                announced_on=date(2025, 6, 17),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Scotiabank Perú",
                "PE",
                "loan",
                "150000000",
                "USD",
                counterparty="Volcan",
                minerals=["copper", "zinc"],
                announced_on=date(2025, 6, 17),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Volcan",
                "PE",
                "equity",
                "100000000",
                "USD",
                minerals=["copper", "zinc"],
                announced_on=date(2025, 6, 17),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b17-art-assmang-manganese",
        "kind": "article",
        "headline": "Assmang to spend R2.4 billion on manganese alloy smelter",
        "text": "\n\n".join(
            [
                "JOHANNESBURG, June 19 (Reuters) - Assmang will invest R2.4 billion in a "
                "manganese alloy smelter at Cato Ridge, the company said on Thursday.",
                "Assmang will sell part of the smelter's ferromanganese to Borusan under a "
                "five-year contract, the company added.",
                "South Africa holds most of the world's known manganese reserves, but power "
                "shortages forced several smelters to close between 2019 and 2023.",
                "The older furnaces at Cato Ridge were mothballed in 2020.",
                '"The R2.4 billion smelter keeps manganese value in South Africa," the '
                "company's chief executive said.",
                "The project still needs a long-term electricity supply deal.",
            ]
        ),
        "commitments": [
            _c(
                "Assmang",
                "ZA",
                "equity",
                "2400000000",
                "ZAR",
                minerals=["manganese"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "Assmang",
                "ZA",
                "offtake",
                None,
                counterparty="Borusan",
                minerals=["manganese"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b17-art-shalkiyazinc-bereke",
        "kind": "article",
        "headline": "ShalkiyaZinc secures $150 million loan from Bereke Bank",
        "text": "\n\n".join(
            [
                "ALMATY, June 16 (Reuters) - Kazakh miner ShalkiyaZinc has secured a $150 million "
                "loan from Bereke Bank to build a zinc concentrator at its Shalkiya deposit, the "
                "bank said on Monday.",
                "ShalkiyaZinc will invest a further 45 billion tenge of its own money in the concentrator.",
                "The Shalkiya deposit, discovered in the 1960s, is one of Kazakhstan's largest "
                "zinc and lead resources but was mostly idle after 2008.",
                "A previous owner abandoned plans for a smelter in 2015.",
                '"This $150 million loan is the largest we have made to a miner," Bereke Bank\'s '
                "chairman said.",
                "The concentrator is due to start in 2027.",
            ]
        ),
        "commitments": [
            _c(
                "Bereke Bank",
                "KZ",
                "loan",
                "150000000",
                "USD",
                counterparty="ShalkiyaZinc",
                minerals=["zinc"],
                announced_on=date(2025, 6, 16),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "ShalkiyaZinc",
                "KZ",
                "equity",
                "45000000000",
                "KZT",
                minerals=["zinc"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b17-art-asahi-norinchukin-no-dateline",
        "kind": "article",
        "headline": "Asahi Holdings to build ¥18 billion rare earth recycling plant",
        "text": "\n\n".join(
            [
                "Asahi Holdings will invest ¥18 billion in a plant in Kitakyushu that recovers "
                "rare earths from scrapped motors, the precious metals recycler said.",
                "Norinchukin will lend ¥10 billion to Asahi Holdings for the plant, the bank said.",
                "Japan has cut its reliance on Chinese rare earths from about 90% in 2010, when "
                "Beijing halted shipments during a territorial dispute, to about 60%.",
                "Asahi Holdings entered battery recycling in 2022 by buying a smaller rival.",
                '"Our ¥18 billion plant will close the loop for magnet makers," its president said.',
                "Operations are due to start in 2027.",
            ]
        ),
        "commitments": [
            _c("Asahi Holdings", "JP", "equity", "18000000000", "JPY", minerals=["rare-earths"]),
            _c(
                "Norinchukin",
                "JP",
                "loan",
                "10000000000",
                "JPY",
                counterparty="Asahi Holdings",
                minerals=["rare-earths"],
            ),
        ],
    },
    {
        "id": "b17-art-huntington-aqua-no-dateline",
        "kind": "article",
        "headline": "Huntington to lend $40 million for Nevada battery metals plant",
        "text": "\n\n".join(
            [
                "Huntington will lend $40 million to Aqua Metals for a plant in Nevada that "
                "recovers nickel, cobalt and lithium from used batteries, the bank said.",
                "Aqua Metals will spend another $25 million on the plant's first line.",
                "A fire in 2019 shut the company's earlier lead recycling plant at the same industrial park.",
                "The company moved away from lead recycling in 2021.",
                '"The $40 million loan lets us build at commercial scale," Aqua Metals\' chief '
                "executive said.",
            ]
        ),
        "commitments": [
            _c(
                "Huntington",
                "US",
                "loan",
                "40000000",
                "USD",
                counterparty="Aqua Metals",
                minerals=["cobalt", "lithium", "nickel"],
            ),
            _c("Aqua Metals", "US", "equity", "25000000", "USD", minerals=["cobalt", "lithium", "nickel"]),
        ],
    },
    {
        "id": "b17-art-young-poong-gallium",
        "kind": "article",
        "headline": "Young Poong to invest 300 billion won in gallium, germanium recovery",
        "text": "\n\n".join(
            [
                "SEOUL, June 18 (Reuters) - Young Poong will invest 300 billion won in recovering "
                "gallium and germanium from zinc refinery residues at its Seokpo smelter, the "
                "company said on Wednesday.",
                "NH Bank and IBK will jointly lend 150 billion won for the project, the company said.",
                "The Seokpo smelter was ordered in 2024 to halt operations for 60 days over "
                "wastewater violations.",
                "China restricted exports of gallium and germanium in 2023 and banned shipments "
                "to the United States in December 2024.",
                '"The 300 billion won we are investing turns waste into strategic metals," a '
                "company executive said.",
                "Output is due to start in 2027.",
            ]
        ),
        "commitments": [
            _c(
                "Young Poong",
                "KR",
                "equity",
                "300000000000",
                "KRW",
                minerals=["gallium", "germanium"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "NH Bank",
                "KR",
                "loan",
                "150000000000",
                "KRW",
                minerals=["gallium", "germanium"],
                announced_on=date(2025, 6, 18),
            ),
            _c("IBK", "KR", "loan", None, minerals=["gallium", "germanium"], announced_on=date(2025, 6, 18)),
        ],
    },
    {
        "id": "b17-art-wildcat-watc-lithium",
        "kind": "article",
        "headline": "Wildcat Resources lands A$80 million state loan for Pilbara lithium mine",
        "text": "\n\n".join(
            [
                "PERTH, June 17 (Reuters) - WA Treasury Corporation will lend A$80 million to "
                "Wildcat Resources for its Tabba Tabba lithium project in the Pilbara, the "
                "company said on Tuesday.",
                "Wildcat Resources will spend A$250 million on the mine and a concentrator.",
                "The company made its discovery at Tabba Tabba in 2023, months before lithium "
                "prices fell by more than 80%.",
                "Several Pilbara lithium mines were put on care and maintenance in 2024.",
                '"The A$80 million loan shows the state backs new lithium supply," Wildcat\'s '
                "managing director said.",
                "A final investment decision was made by the board last week.",
            ]
        ),
        "commitments": [
            _c(
                "WA Treasury Corporation",
                "AU",
                "loan",
                "80000000",
                "AUD",
                counterparty="Wildcat Resources",
                minerals=["lithium"],
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "Wildcat Resources",
                "AU",
                "equity",
                "250000000",
                "AUD",
                minerals=["lithium"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b17-art-giif-ecobank-manganese",
        "kind": "article",
        "headline": "Ghana fund takes $30 million stake in manganese sulphate plant",
        "text": "\n\n".join(
            [
                "ACCRA, June 19 (Reuters) - The Ghana Infrastructure Investment Fund (GIIF) will "
                "invest $30 million in a manganese sulphate plant near Nsuta, the fund said on "
                "Thursday.",
                "Ecobank Ghana will lend the project GHS 500 million, the bank said.",
                "Manganese has been mined at Nsuta since 1916 and shipped abroad unprocessed for "
                "most of that time.",
                "Ghana adopted a green minerals policy in 2023 that favours local processing.",
                '"Our $30 million investment keeps more of the value chain at home," GIIF\'s '
                "chief executive said.",
                "The plant is due to produce battery-grade manganese from 2027.",
            ]
        ),
        "commitments": [
            _c(
                "GIIF",
                "GH",
                "equity",
                "30000000",
                "USD",
                minerals=["manganese"],
                announced_on=date(2025, 6, 19),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Ecobank Ghana",
                "GH",
                "loan",
                "500000000",
                "GHS",
                minerals=["manganese"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b17-art-bos-azoty-lithium",
        "kind": "article",
        "headline": "BOŚ Bank finances Grupa Azoty's lithium battery recycling line",
        "text": "\n\n".join(
            [
                "WARSAW, June 18 (Reuters) - BOŚ Bank will lend 180 million zlotys to Grupa Azoty "
                "for a lithium battery recycling line at its Police chemicals complex, the bank "
                "said on Wednesday.",
                "Grupa Azoty will put another 120 million zlotys of its own into the line.",
                "Poland is Europe's largest maker of lithium-ion batteries after a Korean group "
                "opened a cell plant near Wrocław in 2018.",
                "Grupa Azoty posted losses in 2023 and 2024 as gas prices rose.",
                '"This is a 180 million zloty bet on recycling," the bank\'s chief executive said.',
                "The line is due to open in 2026.",
                "Shares in Grupa Azoty were flat.",
            ]
        ),
        "commitments": [
            _c(
                "BOŚ Bank",
                "PL",
                "loan",
                "180000000",
                "PLN",
                counterparty="Grupa Azoty",
                announced_on=date(2025, 6, 18),
            ),
            _c("Grupa Azoty", "PL", "equity", "120000000", "PLN", announced_on=date(2025, 6, 18)),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-17"

# Filled in by the lead after the one scoring run (2026-12-01, 02:27 UTC, on round 13 as merged: 100 of
# 173 exact); the cases stay as written. Round 23 read b17-multi-ing-slaski-pekao-each right (ING
# Bank Śląski is Polish by Poland's bank registry). Round 24 read b17-art-young-poong-gallium right
# (the zinc of "zinc refinery residues" the metals are recovered from is no mineral of the deal).
BLIND17_MISSES: dict[str, str] = {
    "b17-multi-akbank-halkbank-isbank": "expected 3 commitments, got 2 (rejected: [])",
    "b17-wrong-awarded-grant": (
        "commitment 0 actor: expected 'NOHFC', got 'Northern Ontario Heritage Fund Corporation NOHFC'"
    ),
    "b17-verb-buy-output": "commitment 0 counterparty: expected 'Konkola Copper Mines', got None",
    "b17-money-as-much-as": "expected 1 commitments, got 0 (rejected: ['hypothetical: Novo Banco/loan'])",
    "b17-money-aed": (
        "commitment 0 instrument: expected 'equity', got 'other' (convention kept from the main "
        "corpus: money committed to a plant is 'other', as in cdp-committed)"
    ),
    "b17-shape-lowercase": "expected 1 commitments, got 0 (rejected: ['no actor: None/equity'])",
    "b17-shape-shorthand": "expected 1 commitments, got 0 (rejected: ['no commitment verb: Boskalis/None'])",
    "b17-shape-two-sentences": "commitment 1 actor: expected 'de Volksbank', got 'Volksbank' (+1 more)",
    "b17-shape-conditional": "commitment 0 actor: expected 'Farm Credit Canada', got 'CA'",
    "b17-shape-dysprosium": "commitment 0 instrument: expected 'equity', got 'other'",
    "b17-shape-lusorecursos": "commitment 0 instrument: expected 'equity', got 'other'",
    "b17-shape-global-lithium": (
        "expected 1 commitments, got 0 (rejected: ['no commitment verb: Global Lithium/None'])"
    ),
    "b17-art-epsilon-rubamin-graphite": (
        "expected 2 commitments, got 1 (rejected: ['no commitment verb: Epsilon Carbon/None'])"
    ),
    "b17-art-chinabank-dmci-nickel": (
        "expected 2 commitments, got 3 (rejected: ['no actor: None/None']) (+8 more)"
    ),
    "b17-art-volcan-peru-banks": (
        "commitment 0 actor: expected 'BBVA Perú', got 'Volcan Compañía Minera' (+8 more)"
    ),
    "b17-art-assmang-manganese": (
        "expected 2 commitments, got 1 (rejected: ['restates a commitment already read: "
        "Assmang/offtake', 'no actor: None/None', 'no actor: None/offtake'])"
    ),
    "b17-art-shalkiyazinc-bereke": "commitment 1 minerals: expected ['zinc'], got []",
    "b17-art-huntington-aqua-no-dateline": "commitment 0 actor_country: expected 'US', got None (+2 more)",
}
