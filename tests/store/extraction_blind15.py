"""Blind batch 15 ("set": "blind-15"): written on 2026-12-01 (01:03-01:10 UTC) from the sentences
alone, before the reader was run on them, by a helper who had not read the reader's code, its
tables (organisations, currencies, minerals), its rules, the main corpus's cases or any batch's
misses list. What was read, and nothing else: tests/store/extraction_blind14.py lines 1-130 (its
docstring and first cases), lines 1436-1478 (one article case, for the format) and lines 1812-1822
(the CASES/set footer); tests/store/blind_cases.py; /work/wt/used-names.txt (names earlier batches
used); the listing of /work/shared/seeds/ (its article was not opened); and the instrument
vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`. The file was
only imported and linted (ruff, mypy), never run through the reader or any test, before the lead's
one scoring run. No sentence of an earlier batch is copied or paraphrased.

New organisations: of the 113 distinct acting organisations (drafts whose actor is not an ISO
code), 107 are not on /work/wt/used-names.txt (each checked with a case-insensitive exact match);
the 6 that are: ADFD, Export Development Canada, Kiwibank, Sandvik, Standard Chartered, ZCCM-IH.
Size: 134 message cases (19 of them expect no draft) and 13 article cases, 151 expected drafts.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13 June;
"last week" and "recently" give no expected date) and the same rules as batch 14's docstring, which
this batch follows without change: the grammatical subject acts (the lender when the subject
"secured"/"received" from it, the agent of a passive); short forms in brackets are the name; a
government, capital or country is its ISO code; the verb decides the instrument; several actors give
one draft each in the order named ("each" repeats the amount, "jointly"/"together" keep it on the
first only); ranges, "up to" and "as much as" keep the ceiling, flagged; a bare "$"/"dollars" is
the actor's own dollar (inferred) for Canadian, Australian, New Zealand, Singaporean, Hong Kong or
Taiwanese actors and USD otherwise (flagged not inferred when the actor's own currency is not a
dollar; "US$"/"USD" never inferred); "rare-earths" only for rare earths named generically;
minerals in alphabetical order; MoU rules, policy instruments (price-floor, stockpile, tariff,
export-control, investment-screening, "other" for fast-tracked permits), statuses (proposed,
announced only when the text says the actor announced, conditional, binding, disbursed, withdrawn)
and the no-draft sentences (recalls of earlier years, denials, talks, weighing, exploring, could,
seeking, scrapped, no decision yet) exactly as batch 14 lists them. A field a careful analyst could
fill two ways is left out.

Decided for this batch (nothing batch 14 did not already imply, written down so the lead can check):
- "CHF", "SAR", "AED", "QAR", "BWP", "ZMW", "SEK", "NOK", "PLN" written before or after the number
  are those currencies; "rand" with a South African actor is ZAR; "won" is KRW; "₱" PHP, "฿" THB,
  "RM" MYR, "Rp" IDR, "₦" NGN, "Rs" INR, "R$" BRL, "R" ZAR (batch 13/14 signs).
- "half a billion dollars" and "two hundred million rand" are number words read as numbers.
- A parenthetical conversion ("300 billion won ($220 million)") is not a second amount: the amount
  is the one first written in the actor's terms.
- A single rare earth element named ("dysprosium", "terbium") is that element, not "rare-earths".
- "A 20% stake in X was bought by Y for $M" is Y's equity with X as counterparty; "invest ... in
  X to expand its line" names X as counterparty.
- Lower-case or upper-case company names in chatter and headlines ("kyocera", "GS YUASA") are
  expected in their usual spelling (Kyocera, GS Yuasa).
- "X will supply/sell ... to Y" is X's offtake with Y as counterparty; an offtake "from the plant"
  whose owner is only implied leaves the counterparty out.
- "Money to a fund run by X" names no mineral and no counterparty.
- A self-correction may correct the actor as well as the amount; the corrected reading is expected.
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
        "id": "b15-org-denka-gallium-substrate",
        "text": "Denka will put ¥3.5 billion into a gallium nitride substrate line in Niigata.",
        "commitments": [_c("Denka", "JP", "equity", "3500000000", "JPY", minerals=["gallium"])],
    },
    {
        "id": "b15-org-nonghyup-cobalt-refinery",
        "text": "NongHyup Bank is lending $45m to a cobalt refinery in Ontario",
        "commitments": [
            _c("NongHyup Bank", "KR", "loan", "45000000", "USD", minerals=["cobalt"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b15-org-verbund-graphite-stake",
        "text": "Verbund takes 12% of a Styrian graphite anode start-up for €18m",
        "commitments": [_c("Verbund", "AT", "equity", "18000000", "EUR", minerals=["graphite"])],
    },
    {
        "id": "b15-org-kotak-lithium-refinery",
        "text": "Kotak Mahindra Bank sanctions Rs 640 crore loan for a lithium refinery near Kutch",
        "commitments": [_c("Kotak Mahindra Bank", "IN", "loan", "6400000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b15-org-sibelco-graphite-purification",
        "text": "Sibelco will spend €70 million on a graphite purification line in Antwerp.",
        "commitments": [_c("Sibelco", "BE", "equity", "70000000", "EUR", minerals=["graphite"])],
    },
    {
        "id": "b15-org-kyocera-tantalum-powder",
        "text": "kyocera to spend ¥12bn on a tantalum powder plant, per nikkei",
        "commitments": [_c("Kyocera", "JP", "equity", "12000000000", "JPY", minerals=["tantalum"])],
    },
    {
        "id": "b15-org-hyundai-steel-manganese",
        "text": "Hyundai Steel will invest ₩150 billion in a manganese alloy smelter in Dangjin.",
        "commitments": [_c("Hyundai Steel", "KR", "equity", "150000000000", "KRW", minerals=["manganese"])],
    },
    {
        "id": "b15-org-tata-power-recycling",
        "text": "Tata Power to invest Rs 2,000 crore in battery recycling plants across Odisha",
        "commitments": [_c("Tata Power", "IN", "equity", "20000000000", "INR", minerals=[])],
    },
    {
        "id": "b15-org-aramco-lithium-brine",
        "text": "Aramco will take a 15% stake in a lithium brine venture in Arkansas for $95 million.",
        "commitments": [
            _c("Aramco", "SA", "equity", "95000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b15-org-investcorp-tungsten-recycler",
        "text": "Investcorp is investing $60 million in a tungsten scrap recycler near Munich",
        "commitments": [
            _c(
                "Investcorp",
                "BH",
                "equity",
                "60000000",
                "USD",
                minerals=["tungsten"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b15-org-sidf-copper-rod",
        "text": "Saudi Industrial Development Fund lends SAR 1.1 billion for a copper rod mill in Jubail",
        "commitments": [
            _c(
                "Saudi Industrial Development Fund",
                "SA",
                "loan",
                "1100000000",
                "SAR",
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b15-org-minsur-copper-expansion",
        "text": "Minsur is investing US$180 million in an underground copper expansion at Mina Justa.",
        "commitments": [
            _c("Minsur", "PE", "equity", "180000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b15-org-bdc-botswana-copper",
        "text": "Botswana Development Corporation will invest BWP 300 million in a copper smelter "
        "restart at Selebi-Phikwe.",
        "commitments": [
            _c(
                "Botswana Development Corporation",
                "BW",
                "equity",
                "300000000",
                "BWP",
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b15-org-hydro-quebec-graphite",
        "text": "Hydro-Québec will provide C$30m in financing for a graphite mine in the Laurentians",
        "commitments": [_c("Hydro-Québec", "CA", "loan", "30000000", "CAD", minerals=["graphite"])],
    },
    {
        "id": "b15-org-strandline-titanium",
        "text": "Strandline is spending $40 million on a titanium feedstock upgrade at its WA plant.",
        "commitments": [
            _c("Strandline", "AU", "equity", "40000000", "AUD", minerals=["titanium"], **_INFERRED)
        ],
    },
    {
        "id": "b15-org-g6m-tungsten-restart",
        "text": "Group 6 Metals (G6M) will spend $22 million restarting its tungsten mine on King Island.",
        "commitments": [_c("G6M", "AU", "equity", "22000000", "AUD", minerals=["tungsten"], **_INFERRED)],
    },
    {
        "id": "b15-org-corning-germanium",
        "text": "Corning will invest $310 million in a germanium optics plant in upstate New York.",
        "commitments": [_c("Corning", "US", "equity", "310000000", "USD", minerals=["germanium"])],
    },
    {
        "id": "b15-org-ti-gallium-offtake",
        "text": "Texas Instruments has agreed to buy gallium from a new refinery in Quebec.",
        "commitments": [_c("Texas Instruments", "US", "offtake", None, minerals=["gallium"])],
    },
    {
        "id": "b15-org-caterpillar-tungsten-carbide",
        "text": "Caterpillar to put $75m into a tungsten carbide tooling plant in Ohio",
        "commitments": [_c("Caterpillar", "US", "equity", "75000000", "USD", minerals=["tungsten"])],
    },
    {
        "id": "b15-org-leonardo-gallium-radar",
        "text": "Leonardo will spend €45 million on a gallium nitride radar chip foundry near Rome.",
        "commitments": [_c("Leonardo", "IT", "equity", "45000000", "EUR", minerals=["gallium"])],
    },
    {
        "id": "b15-org-ssab-vanadium",
        "text": "SSAB puts SEK 750 million into vanadium recovery from slag at Luleå",
        "commitments": [_c("SSAB", "SE", "equity", "750000000", "SEK", minerals=["vanadium"])],
    },
    {
        "id": "b15-org-nxp-gallium-fab",
        "text": "NXP will spend $200 million on a gallium nitride fab in Arizona.",
        "commitments": [
            _c("NXP", "NL", "equity", "200000000", "USD", minerals=["gallium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b15-org-rohm-gallium-oxide",
        "text": "Rohm is to spend ¥40 billion on a gallium oxide wafer line in Miyazaki.",
        "commitments": [_c("Rohm", "JP", "equity", "40000000000", "JPY", minerals=["gallium"])],
    },
    {
        "id": "b15-org-mazda-lithium-offtake",
        "text": "Mazda agreed to buy lithium hydroxide from an unnamed Chilean refiner.",
        "commitments": [_c("Mazda", "JP", "offtake", None, minerals=["lithium"])],
    },
    {
        "id": "b15-org-norinchukin-rare-earths",
        "text": "Norinchukin Bank will lend ¥20 billion to a rare earth separation plant in Pahang.",
        "commitments": [_c("Norinchukin Bank", "JP", "loan", "20000000000", "JPY", minerals=["rare-earths"])],
    },
    {
        "id": "b15-org-lotte-chemical-lithium",
        "text": "Lotte Chemical invests $120m in a lithium carbonate plant in Argentina",
        "commitments": [
            _c(
                "Lotte Chemical",
                "KR",
                "equity",
                "120000000",
                "USD",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b15-org-bel-gallium-foundry",
        "text": "Bharat Electronics will invest Rs 350 crore in a gallium nitride foundry in Bengaluru.",
        "commitments": [_c("Bharat Electronics", "IN", "equity", "3500000000", "INR", minerals=["gallium"])],
    },
    {
        "id": "b15-org-chinalco-copper-peru",
        "text": "Chinalco will spend $1.3 billion expanding its Toromocho copper mine in Peru.",
        "commitments": [
            _c(
                "Chinalco",
                "CN",
                "equity",
                "1300000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b15-org-nucor-magnet-startup",
        "text": "Nucor is putting $85 million into a rare earth magnet start-up in South Carolina.",
        "commitments": [_c("Nucor", "US", "equity", "85000000", "USD", minerals=["rare-earths"])],
    },
    {
        "id": "b15-org-engie-lithium-geothermal",
        "text": "Engie commits €100m of equity to a geothermal lithium project in Alsace",
        "commitments": [_c("Engie", "FR", "equity", "100000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b15-org-jsw-cobalt-offtake",
        "text": "JSW Steel will take the cobalt output of a refinery in Oman",
        "commitments": [_c("JSW Steel", "IN", "offtake", None, minerals=["cobalt"])],
    },
    {
        "id": "b15-org-pko-copper-loan",
        "text": "PKO BP provides a 600 million PLN loan for a copper wire plant in Legnica",
        "commitments": [_c("PKO BP", "PL", "loan", "600000000", "PLN", minerals=["copper"])],
    },
    {
        "id": "b15-org-bng-recycling-scheme",
        "text": "BNG Bank lends €25m to a municipal battery recycling scheme in Utrecht.",
        "commitments": [_c("BNG Bank", "NL", "loan", "25000000", "EUR", minerals=[])],
    },
    {
        "id": "b15-org-grupo-mexico-copper",
        "text": "Grupo México will invest US$2.1 billion in a copper smelter in Sonora.",
        "commitments": [
            _c(
                "Grupo México",
                "MX",
                "equity",
                "2100000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b15-org-ypf-litio-catamarca",
        "text": "YPF Litio to invest USD 70 million in a lithium pilot plant in Catamarca",
        "commitments": [
            _c("YPF Litio", "AR", "equity", "70000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b15-org-zenith-lithium-loan",
        "text": "Zenith Bank will lend ₦40 billion to a lithium concentrate plant in Kwara",
        "commitments": [_c("Zenith Bank", "NG", "loan", "40000000000", "NGN", minerals=["lithium"])],
    },
    {
        "id": "b15-org-tawazun-gallium",
        "text": "Tawazun Council will invest AED 900 million in a gallium and germanium recovery "
        "plant in Abu Dhabi.",
        "commitments": [
            _c(
                "Tawazun Council",
                "AE",
                "equity",
                "900000000",
                "AED",
                minerals=["gallium", "germanium"],
            )
        ],
    },
    {
        "id": "b15-org-origin-energy-vanadium-offtake",
        "text": "Origin Energy agreed to buy vanadium electrolyte from a Queensland refiner.",
        "commitments": [_c("Origin Energy", "AU", "offtake", None, minerals=["vanadium"])],
    },
    # --- (2) several actors ---
    {
        "id": "b15-multi-nichia-rohm-each",
        "text": "Nichia and Rohm will each invest ¥5 billion in a gallium nitride wafer venture.",
        "commitments": [
            _c("Nichia", "JP", "equity", "5000000000", "JPY", minerals=["gallium"]),
            _c("Rohm", "JP", "equity", "5000000000", "JPY", minerals=["gallium"]),
        ],
    },
    {
        "id": "b15-multi-rwe-eon-jointly",
        "text": "RWE and E.ON are jointly putting €90m into a copper cable recycling venture in the Ruhr",
        "commitments": [
            _c("RWE", "DE", "equity", "90000000", "EUR", minerals=["copper"]),
            _c("E.ON", "DE", "equity", None, minerals=["copper"]),
        ],
    },
    {
        "id": "b15-multi-zenith-equity-bank-each",
        "text": "Zenith Bank and Equity Bank each committed $15 million in loans to a cobalt "
        "hydroxide trader.",
        "commitments": [
            _c("Zenith Bank", "NG", "loan", "15000000", "USD", minerals=["cobalt"], **_USD_NOT_INFERRED),
            _c("Equity Bank", "KE", "loan", "15000000", "USD", minerals=["cobalt"], **_USD_NOT_INFERRED),
        ],
    },
    {
        "id": "b15-multi-tokyo-canberra-jointly",
        "text": "Tokyo and Canberra will jointly lend A$200 million to a dysprosium refinery in "
        "the Northern Territory.",
        "commitments": [
            _c("JP", "JP", "loan", "200000000", "AUD", minerals=["dysprosium"]),
            _c("AU", "AU", "loan", None, minerals=["dysprosium"]),
        ],
    },
    {
        "id": "b15-multi-mou-jera-eskom",
        "text": "JERA and Eskom signed an MoU on platinum group metals supply for hydrogen electrolysers",
        "commitments": [
            _c("JERA", "JP", "mou", None, counterparty="Eskom"),
            _c("Eskom", "ZA", "mou", None, counterparty="JERA"),
        ],
    },
    {
        "id": "b15-multi-mou-one-sided",
        "text": "Doosan Enerbility signed a memorandum of understanding with Petrovietnam on "
        "rare earths processing.",
        "commitments": [
            _c(
                "Doosan Enerbility",
                "KR",
                "mou",
                None,
                counterparty="Petrovietnam",
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b15-multi-three-each",
        "text": "Murata, Kyocera and Sony will each put ¥2bn into a tantalum recycling consortium",
        "commitments": [
            _c("Murata", "JP", "equity", "2000000000", "JPY", minerals=["tantalum"]),
            _c("Kyocera", "JP", "equity", "2000000000", "JPY", minerals=["tantalum"]),
            _c("Sony", "JP", "equity", "2000000000", "JPY", minerals=["tantalum"]),
        ],
    },
    {
        "id": "b15-multi-paris-berlin-together",
        "text": "Paris and Berlin together will grant €300m to a lithium refinery consortium.",
        "commitments": [
            _c("FR", "FR", "grant", "300000000", "EUR", minerals=["lithium"]),
            _c("DE", "DE", "grant", None, minerals=["lithium"]),
        ],
    },
    {
        "id": "b15-multi-lloyds-citi-split",
        "text": "Lloyds will lend £40m and Citi $55m to a cobalt refinery on Teesside.",
        "commitments": [
            _c("Lloyds", "GB", "loan", "40000000", "GBP", minerals=["cobalt"]),
            _c("Citi", "US", "loan", "55000000", "USD", minerals=["cobalt"]),
        ],
    },
    # --- (3) the wrong party as actor ---
    {
        "id": "b15-wrong-secured-from",
        "text": "Strandline secured a A$60 million loan from JPMorgan for its Coburn titanium plant.",
        "commitments": [
            _c(
                "JPMorgan",
                "US",
                "loan",
                "60000000",
                "AUD",
                counterparty="Strandline",
                minerals=["titanium"],
            )
        ],
    },
    {
        "id": "b15-wrong-received-from",
        "text": "A Zambian copper smelter has received a US$50 million loan from Raiffeisen Bank "
        "International.",
        "commitments": [
            _c(
                "Raiffeisen Bank International",
                "AT",
                "loan",
                "50000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b15-wrong-passive-belgian",
        "text": "A €40m grant for a germanium recovery plant in Ghent was approved by the Belgian "
        "government.",
        "commitments": [_c("BE", "BE", "grant", "40000000", "EUR", minerals=["germanium"])],
    },
    {
        "id": "b15-wrong-awarded-by",
        "text": "Metso was awarded a €5m grant by the Finnish government for a copper flotation pilot.",
        "commitments": [_c("FI", "FI", "grant", "5000000", "EUR", counterparty="Metso", minerals=["copper"])],
    },
    {
        "id": "b15-wrong-place-later",
        "text": "Acciona will invest €65 million in a copper recycling plant it is building in "
        "Chile's Antofagasta region.",
        "commitments": [_c("Acciona", "ES", "equity", "65000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b15-wrong-passive-stake",
        "text": "A 20% stake in Vulcan Elements was bought by BlackRock for $65 million",
        "commitments": [
            _c(
                "BlackRock",
                "US",
                "equity",
                "65000000",
                "USD",
                counterparty="Vulcan Elements",
            )
        ],
    },
    {
        "id": "b15-wrong-backed-by",
        "text": "Backed by a ₩60 billion loan from NongHyup Bank, Hyundai Steel will build a "
        "nickel alloy line.",
        "commitments": [
            _c(
                "NongHyup Bank",
                "KR",
                "loan",
                "60000000000",
                "KRW",
                counterparty="Hyundai Steel",
                minerals=["nickel"],
            )
        ],
    },
    {
        "id": "b15-wrong-supplier-named",
        "text": "Minsur will supply copper concentrate to Boliden's Rönnskär smelter under a five-year deal.",
        "commitments": [_c("Minsur", "PE", "offtake", None, counterparty="Boliden", minerals=["copper"])],
    },
    {
        "id": "b15-wrong-buys-from",
        "text": "Mahindra signed a deal to buy graphite anode material from Epsilon Advanced Materials",
        "commitments": [
            _c(
                "Mahindra",
                "IN",
                "offtake",
                None,
                counterparty="Epsilon Advanced Materials",
                minerals=["graphite"],
            )
        ],
    },
    {
        "id": "b15-wrong-loan-to-named",
        "text": "BNG Bank will lend €30 million to Sibelco for its graphite plant in Ghent.",
        "commitments": [
            _c(
                "BNG Bank",
                "NL",
                "loan",
                "30000000",
                "EUR",
                counterparty="Sibelco",
                minerals=["graphite"],
            )
        ],
    },
    {
        "id": "b15-wrong-invest-in-named",
        "text": "Aisin is investing ¥6 billion in Dowa to expand its cobalt recovery line.",
        "commitments": [
            _c("Aisin", "JP", "equity", "6000000000", "JPY", counterparty="Dowa", minerals=["cobalt"])
        ],
    },
    # --- (4) instruments from the verb and policy instruments ---
    {
        "id": "b15-instr-acquire",
        "text": "Woodside to acquire a lithium developer in Western Australia for $310m",
        "commitments": [
            _c("Woodside", "AU", "equity", "310000000", "AUD", minerals=["lithium"], **_INFERRED)
        ],
    },
    {
        "id": "b15-instr-provide-funding",
        "text": "The Dutch government will provide €12 million in funding for a gallium "
        "recycling pilot in Eindhoven",
        "commitments": [_c("NL", "NL", "grant", "12000000", "EUR", minerals=["gallium"])],
    },
    {
        "id": "b15-instr-guarantee",
        "text": "Nomura will guarantee a ¥15bn loan to a nickel sulphate producer in Shikoku",
        "commitments": [_c("Nomura", "JP", "guarantee", "15000000000", "JPY", minerals=["nickel"])],
    },
    {
        "id": "b15-instr-price-floor",
        "text": "Seoul will guarantee a minimum price for domestically refined antimony, the "
        "industry ministry said.",
        "commitments": [_c("KR", "KR", "price-floor", None, minerals=["antimony"])],
    },
    {
        "id": "b15-instr-stockpile",
        "text": "India will build a national stockpile of tungsten and cobalt, the mines ministry said",
        "commitments": [_c("IN", "IN", "stockpile", None, minerals=["cobalt", "tungsten"])],
    },
    {
        "id": "b15-instr-export-ban",
        "text": "Zimbabwe bans exports of unprocessed lithium concentrate from January 2027",
        "commitments": [_c("ZW", "ZW", "export-control", None, minerals=["lithium"])],
    },
    {
        "id": "b15-instr-export-duty",
        "text": "Indonesia will impose a 10% export duty on nickel pig iron, the energy ministry "
        "said on Monday.",
        "commitments": [_c("ID", "ID", "tariff", None, minerals=["nickel"], announced_on=date(2025, 6, 16))],
    },
    {
        "id": "b15-instr-screening",
        "text": "Canberra is tightening its review of foreign takeovers of rare earths miners",
        "commitments": [_c("AU", "AU", "investment-screening", None, minerals=["rare-earths"])],
    },
    {
        "id": "b15-instr-fast-track",
        "text": "Brazil will fast-track environmental permits for graphite mines, the mines "
        "ministry said yesterday.",
        "commitments": [_c("BR", "BR", "other", None, minerals=["graphite"], announced_on=date(2025, 6, 19))],
    },
    {
        "id": "b15-instr-letter-of-interest",
        "text": "Hydro-Québec received a letter of interest from Export Development Canada for "
        "up to C$150 million for a graphite anode plant",
        "commitments": [
            _c(
                "Export Development Canada",
                "CA",
                "letter-of-interest",
                "150000000",
                "CAD",
                counterparty="Hydro-Québec",
                minerals=["graphite"],
                **_CEIL,
            )
        ],
    },
    {
        "id": "b15-instr-import-tariff",
        "text": "Mexico slaps a 25% import tariff on copper cathode from outside its trade pacts",
        "commitments": [_c("MX", "MX", "tariff", None, minerals=["copper"])],
    },
    {
        "id": "b15-instr-sell-output",
        "text": "Grupo México will sell part of its molybdenum output to Nucor under a three-year contract.",
        "commitments": [
            _c("Grupo México", "MX", "offtake", None, counterparty="Nucor", minerals=["molybdenum"])
        ],
    },
    {
        "id": "b15-instr-licence",
        "text": "Vietnam will require export licences for rare earth oxides from next month.",
        "commitments": [_c("VN", "VN", "export-control", None, minerals=["rare-earths"])],
    },
    {
        "id": "b15-instr-loan-to-fund",
        "text": "Kotak Mahindra Bank will lend Rs 300 crore to a critical minerals fund run by KABIL.",
        "commitments": [_c("Kotak Mahindra Bank", "IN", "loan", "3000000000", "INR")],
    },
    {
        "id": "b15-instr-disbursed",
        "text": "Zenith Bank has disbursed the first ₦12 billion tranche of its loan to the "
        "Kwara lithium plant.",
        "commitments": [
            _c(
                "Zenith Bank",
                "NG",
                "loan",
                "12000000000",
                "NGN",
                minerals=["lithium"],
                status="disbursed",
            )
        ],
    },
    {
        "id": "b15-instr-withdrew",
        "text": "BlackRock withdrew its $90 million equity commitment to a nickel refinery in Tasmania.",
        "commitments": [
            _c("BlackRock", "US", "equity", "90000000", "USD", minerals=["nickel"], status="withdrawn")
        ],
    },
    {
        "id": "b15-instr-binding-offtake",
        "text": "Maruti Suzuki signed a binding offtake agreement for lithium carbonate from "
        "Lithium Americas.",
        "commitments": [
            _c(
                "Maruti Suzuki",
                "IN",
                "offtake",
                None,
                counterparty="Lithium Americas",
                minerals=["lithium"],
                status="binding",
            )
        ],
    },
    {
        "id": "b15-instr-conditional",
        "text": "Indian Oil will invest Rs 1,500 crore in a graphite anode plant, subject to board approval.",
        "commitments": [
            _c(
                "Indian Oil",
                "IN",
                "equity",
                "15000000000",
                "INR",
                minerals=["graphite"],
                status="conditional",
            )
        ],
    },
    {
        "id": "b15-instr-proposed",
        "text": "Ottawa has proposed a C$500 million stockpile of cobalt and nickel.",
        "commitments": [
            _c(
                "CA",
                "CA",
                "stockpile",
                "500000000",
                "CAD",
                minerals=["cobalt", "nickel"],
                status="proposed",
            )
        ],
    },
    {
        "id": "b15-instr-announced",
        "text": "Saint-Gobain announced on Tuesday it will invest €55 million in a rare earth "
        "magnet recycler in Lyon.",
        "commitments": [
            _c(
                "Saint-Gobain",
                "FR",
                "equity",
                "55000000",
                "EUR",
                minerals=["rare-earths"],
                status="announced",
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    # --- (5) money in every form ---
    {
        "id": "b15-money-iso-after",
        "text": "Arkema invests 45 million EUR in a lithium salt purification unit at Pierre-Bénite",
        "commitments": [_c("Arkema", "FR", "equity", "45000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b15-money-iso-before-chf",
        "text": "UBS will lend CHF 80 million to a tungsten powder refiner in Tyrol.",
        "commitments": [_c("UBS", "CH", "loan", "80000000", "CHF", minerals=["tungsten"])],
    },
    {
        "id": "b15-money-number-words",
        "text": "Transnet will lend two hundred million rand to a manganese export terminal "
        "operator in Gqeberha.",
        "commitments": [_c("Transnet", "ZA", "loan", "200000000", "ZAR", minerals=["manganese"])],
    },
    {
        "id": "b15-money-r-south-africa",
        "text": "Eskom to invest R1.8bn in a vanadium redox battery plant in Mpumalanga",
        "commitments": [_c("Eskom", "ZA", "equity", "1800000000", "ZAR", minerals=["vanadium"])],
    },
    {
        "id": "b15-money-lakh",
        "text": "Mahindra will invest Rs 90 lakh in a graphite recycling start-up incubated at IIT Madras",
        "commitments": [_c("Mahindra", "IN", "equity", "9000000", "INR", minerals=["graphite"])],
    },
    {
        "id": "b15-money-range",
        "text": "OMV will invest €150-200 million in a lithium extraction plant in Lower Austria.",
        "commitments": [_c("OMV", "AT", "equity", "200000000", "EUR", minerals=["lithium"], **_CEIL)],
    },
    {
        "id": "b15-money-between",
        "text": "EDP will spend between €30 million and €40 million on a copper cable recovery "
        "line in Porto.",
        "commitments": [_c("EDP", "PT", "equity", "40000000", "EUR", minerals=["copper"], **_CEIL)],
    },
    {
        "id": "b15-money-as-much-as",
        "text": "Amazon will invest as much as $500 million in a nickel refinery in Quebec, per the filing",
        "commitments": [_c("Amazon", "US", "equity", "500000000", "USD", minerals=["nickel"], **_CEIL)],
    },
    {
        "id": "b15-money-bare-dollar-canadian",
        "text": "Ontario Power Generation will put $45 million into a cobalt refinery near Sudbury.",
        "commitments": [
            _c(
                "Ontario Power Generation",
                "CA",
                "equity",
                "45000000",
                "CAD",
                minerals=["cobalt"],
                **_INFERRED,
            )
        ],
    },
    {
        "id": "b15-money-bare-dollar-australian",
        "text": "AGL is lending $35m to a vanadium battery maker in Townsville",
        "commitments": [_c("AGL", "AU", "loan", "35000000", "AUD", minerals=["vanadium"], **_INFERRED)],
    },
    {
        "id": "b15-money-dollars-word-european",
        "text": "Yara will invest 120 million dollars in a lithium hydroxide plant in Porsgrunn.",
        "commitments": [
            _c("Yara", "NO", "equity", "120000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b15-money-nok",
        "text": "Norway's government grants NOK 250 million to a graphite anode plant in Rana",
        "commitments": [_c("NO", "NO", "grant", "250000000", "NOK", minerals=["graphite"])],
    },
    {
        "id": "b15-money-half-billion",
        "text": "Microsoft will invest half a billion dollars in a copper recycling start-up in Nevada",
        "commitments": [_c("Microsoft", "US", "equity", "500000000", "USD", minerals=["copper"])],
    },
    {
        "id": "b15-money-self-correction",
        "text": "Renesas to lend ¥8bn to a gallium refiner in Kyushu... correction: ¥9bn, not ¥8bn",
        "commitments": [_c("Renesas", "JP", "loan", "9000000000", "JPY", minerals=["gallium"])],
    },
    {
        "id": "b15-money-amount-first",
        "text": "€75m from Salzgitter into a niobium microalloy line at Peine, confirmed this morning",
        "commitments": [
            _c(
                "Salzgitter",
                "DE",
                "equity",
                "75000000",
                "EUR",
                minerals=["niobium"],
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    {
        "id": "b15-money-baht",
        "text": "SCG will invest ฿3 billion in a graphite anode plant in Rayong.",
        "commitments": [_c("SCG", "TH", "equity", "3000000000", "THB", minerals=["graphite"])],
    },
    {
        "id": "b15-money-ringgit",
        "text": "Tenaga Nasional puts RM400 million into a rare earth magnet plant in Kedah",
        "commitments": [_c("Tenaga Nasional", "MY", "equity", "400000000", "MYR", minerals=["rare-earths"])],
    },
    {
        "id": "b15-money-peso",
        "text": "Meralco will invest ₱5 billion in a nickel sulphate plant in Surigao.",
        "commitments": [_c("Meralco", "PH", "equity", "5000000000", "PHP", minerals=["nickel"])],
    },
    {
        "id": "b15-money-rupiah",
        "text": "PLN lends Rp 800 billion to a nickel-based battery plant in Batang",
        "commitments": [_c("PLN", "ID", "loan", "800000000000", "IDR", minerals=["nickel"])],
    },
    {
        "id": "b15-money-reais",
        "text": "CSN will invest R$1.4 billion in a rare earths separation plant in Minas Gerais.",
        "commitments": [_c("CSN", "BR", "equity", "1400000000", "BRL", minerals=["rare-earths"])],
    },
    {
        "id": "b15-money-qatari",
        "text": "QatarEnergy will put QAR 700 million into a gallium extraction unit at Mesaieed.",
        "commitments": [_c("QatarEnergy", "QA", "equity", "700000000", "QAR", minerals=["gallium"])],
    },
    {
        "id": "b15-money-mln",
        "text": "Bekaert to invest EUR 32 mln in a copper-clad wire line in Zwevegem",
        "commitments": [_c("Bekaert", "BE", "equity", "32000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b15-money-trillion-won",
        "text": "HD Hyundai will invest ₩1.2 trillion in a copper foil plant in Ulsan.",
        "commitments": [_c("HD Hyundai", "KR", "equity", "1200000000000", "KRW", minerals=["copper"])],
    },
    {
        "id": "b15-money-two-in-one",
        "text": "Busy day: Whirlpool is putting $40m into a copper tube recycler in Ohio, and "
        "Nokia will lend €20m to a germanium refiner in Kokkola.",
        "commitments": [
            _c("Whirlpool", "US", "equity", "40000000", "USD", minerals=["copper"]),
            _c("Nokia", "FI", "loan", "20000000", "EUR", minerals=["germanium"]),
        ],
    },
    {
        "id": "b15-money-bullets",
        "text": "Deals today:\n• Naturgy – €28m equity in a lithium brine pilot in Aragón\n"
        "• Boeing – agreed to buy scandium from a refiner in Quebec",
        "commitments": [
            _c(
                "Naturgy",
                "ES",
                "equity",
                "28000000",
                "EUR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 20),
            ),
            _c(
                "Boeing",
                "US",
                "offtake",
                None,
                minerals=["scandium"],
                announced_on=date(2025, 6, 20),
            ),
        ],
    },
    {
        "id": "b15-money-headline",
        "text": "GS YUASA TO INVEST ¥25 BLN IN MANGANESE CATHODE PLANT",
        "commitments": [_c("GS Yuasa", "JP", "equity", "25000000000", "JPY", minerals=["manganese"])],
    },
    {
        "id": "b15-money-participle",
        "text": "Having secured board sign-off, Adaro will invest US$400 million in a nickel "
        "matte smelter in North Kalimantan.",
        "commitments": [
            _c("Adaro", "ID", "equity", "400000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b15-money-quote",
        "text": '"We will lend NZ$40 million to the scandium refinery at Westport," the chief '
        "executive of Kiwibank said.",
        "commitments": [_c("Kiwibank", "NZ", "loan", "40000000", "NZD", minerals=["scandium"])],
    },
    {
        "id": "b15-money-sek-after",
        "text": "Sandvik invests 300 million SEK in a tungsten powder plant in Gimo",
        "commitments": [_c("Sandvik", "SE", "equity", "300000000", "SEK", minerals=["tungsten"])],
    },
    {
        "id": "b15-money-kwacha-shorthand",
        "text": "ZCCM-IH -> ZMW 1.5bn equity into a cobalt plant at Kitwe",
        "commitments": [_c("ZCCM-IH", "ZM", "equity", "1500000000", "ZMW", minerals=["cobalt"])],
    },
    {
        "id": "b15-money-stake-bahrain",
        "text": "Bahrain's Investcorp takes a 10% stake in Vulcan Elements for $30m",
        "commitments": [
            _c(
                "Investcorp",
                "BH",
                "equity",
                "30000000",
                "USD",
                counterparty="Vulcan Elements",
                **_USD_NOT_INFERRED,
            )
        ],
    },
    # --- (6) no commitment ---
    {
        "id": "b15-none-chatter",
        "text": "anyone else think gallium prices look toppy this week?",
        "commitments": [],
    },
    {
        "id": "b15-none-recall-2019",
        "text": "Back in 2019 Lotte Chemical invested $80 million in a lithium pilot that never got built.",
        "commitments": [],
    },
    {
        "id": "b15-none-denial",
        "text": "Aramco denied a report that it would buy a stake in a Chilean lithium miner.",
        "commitments": [],
    },
    {
        "id": "b15-none-talks",
        "text": "Nucor is in talks to acquire a tungsten carbide maker for about $200 million.",
        "commitments": [],
    },
    {
        "id": "b15-none-rumour",
        "text": "hearing Verbund might throw €50m at a graphite start-up, unconfirmed",
        "commitments": [],
    },
    {
        "id": "b15-none-weighing",
        "text": "Tata Power is weighing a Rs 1,000 crore bid for a copper smelter in Jharkhand.",
        "commitments": [],
    },
    {
        "id": "b15-none-exploring",
        "text": "Sony is exploring options for its tantalum capacitor business.",
        "commitments": [],
    },
    {
        "id": "b15-none-could",
        "text": "Analysts say Chinalco could spend up to $3 billion on copper assets in Africa.",
        "commitments": [],
    },
    {
        "id": "b15-none-seeking",
        "text": "Strandline is seeking A$80 million from lenders for a titanium plant expansion.",
        "commitments": [],
    },
    {
        "id": "b15-none-scrapped",
        "text": "Woodside scrapped plans for a lithium refinery in Kwinana before any money was committed.",
        "commitments": [],
    },
    {
        "id": "b15-none-no-decision",
        "text": "No decision yet on whether HD Hyundai funds the Ulsan cobalt line, a spokesman said.",
        "commitments": [],
    },
    {
        "id": "b15-none-prices",
        "text": "Spodumene prices fell 4% on Monday while copper hit a three-week high.",
        "commitments": [],
    },
    {
        "id": "b15-none-production",
        "text": "Minsur produced 28,000 tonnes of copper in the first quarter, up 6% on the year.",
        "commitments": [],
    },
    {
        "id": "b15-none-recall-2023-grant",
        "text": "The Dutch government granted €10m to a gallium recycler in 2023; it has since gone bust.",
        "commitments": [],
    },
    {
        "id": "b15-none-question",
        "text": "did Kyocera ever confirm the tantalum plant or was that just Nikkei speculation?",
        "commitments": [],
    },
    {
        "id": "b15-none-bauxite-shipments",
        "text": "Bauxite shipments from Guinea to China hit a record in May, customs data showed.",
        "commitments": [],
    },
    {
        "id": "b15-none-considering-tariff",
        "text": "Officials in Jakarta are considering a levy on nickel matte exports but no "
        "decision has been made.",
        "commitments": [],
    },
    {
        "id": "b15-none-meeting",
        "text": "Leonardo's CEO met Italy's industry minister to discuss gallium supply risks.",
        "commitments": [],
    },
    # --- dates, corrections and more wrong-party shapes ---
    {
        "id": "b15-date-wednesday",
        "text": "Heidelberg Materials said on Wednesday it will put €35m into a copper slag "
        "recovery unit at Lengfurt.",
        "commitments": [
            _c(
                "Heidelberg Materials",
                "DE",
                "equity",
                "35000000",
                "EUR",
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    {
        "id": "b15-date-last-friday",
        "text": "Last Friday, Hero MotoCorp agreed to buy rare earth magnets from a Japanese maker.",
        "commitments": [
            _c(
                "Hero MotoCorp",
                "IN",
                "offtake",
                None,
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 13),
            )
        ],
    },
    {
        "id": "b15-date-last-week",
        "text": "TVS Motor invested Rs 250 crore in a lithium recovery start-up last week",
        "commitments": [_c("TVS Motor", "IN", "equity", "2500000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b15-date-recently",
        "text": "Bajaj Auto recently took a 26% stake in a rare earth magnet maker for Rs 180 crore.",
        "commitments": [_c("Bajaj Auto", "IN", "equity", "1800000000", "INR", minerals=["rare-earths"])],
    },
    {
        "id": "b15-corr-actor",
        "text": "Covestro will invest €20m in a lithium salt plant — correction, that's Evonik, not Covestro",
        "commitments": [_c("Evonik", "DE", "equity", "20000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b15-wrong-huayou-secured",
        "text": "Huayou secured a $300 million loan from Standard Chartered for its cobalt refinery "
        "in Indonesia.",
        "commitments": [
            _c(
                "Standard Chartered",
                "GB",
                "loan",
                "300000000",
                "USD",
                counterparty="Huayou",
                minerals=["cobalt"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b15-none-hypothetical",
        "text": "If nickel prices recover, Tsingshan would build a refinery in Argentina, its "
        "chairman mused.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b15-art-canada-graphite-anode",
        "kind": "article",
        "headline": "Canada to lend C$400 million to Quebec graphite anode plant",
        "text": "\n\n".join(
            [
                "OTTAWA, June 17 (Reuters) - Canada will lend C$400 million to a graphite anode "
                "plant in Bécancour, Quebec, the federal industry minister said on Tuesday.",
                "Bank of Montreal will provide a further $120 million in debt financing for the "
                "plant, the bank said in a separate statement.",
                "Ottawa set aside C$3.8 billion for its critical minerals strategy in 2022, and "
                "graphite was one of the first minerals it named as a priority.",
                "China refines more than 90% of the world's battery-grade graphite and began "
                "requiring export licences for some graphite products in late 2023.",
                '"Our C$400 million loan means North American carmakers can source anodes made '
                'in Quebec," the minister told reporters.',
                "The plant is expected to start production in 2027 and employ about 250 people.",
            ]
        ),
        "commitments": [
            _c(
                "CA",
                "CA",
                "loan",
                "400000000",
                "CAD",
                minerals=["graphite"],
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "Bank of Montreal",
                "CA",
                "loan",
                "120000000",
                "CAD",
                minerals=["graphite"],
                announced_on=date(2025, 6, 17),
                **_INFERRED,
            ),
        ],
    },
    {
        "id": "b15-art-hyosung-kumyang-lithium",
        "kind": "article",
        "headline": "Hyosung, Kumyang to each put 300 billion won into Korean lithium refinery",
        "text": "\n\n".join(
            [
                "SEOUL, June 18 (Reuters) - Hyosung and Kumyang will each invest 300 billion won "
                "($220 million) in a lithium hydroxide refinery in Saemangeum, the two companies "
                "said on Wednesday.",
                "Kookmin Bank will lend 200 billion won to the refinery, according to a regulatory filing.",
                "South Korea imports most of the lithium hydroxide its battery makers use, "
                "largely from China.",
                "Kumyang first announced plans to enter lithium processing in 2021, but those "
                "plans were shelved a year later.",
                '"Each of us is committing 300 billion won because the market for '
                'locally refined lithium is there," a Hyosung executive said.',
                "The refinery is designed to produce 30,000 tonnes of lithium hydroxide a year.",
                "Shares in Kumyang rose 4% after the announcement.",
            ]
        ),
        "commitments": [
            _c(
                "Hyosung",
                "KR",
                "equity",
                "300000000000",
                "KRW",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Kumyang",
                "KR",
                "equity",
                "300000000000",
                "KRW",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Kookmin Bank",
                "KR",
                "loan",
                "200000000000",
                "KRW",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b15-art-india-stockpile-lt-magnets",
        "kind": "article",
        "headline": "India to build critical minerals stockpile; L&T commits Rs 1,200 crore to magnet plant",
        "text": "\n\n".join(
            [
                "NEW DELHI, June 16 (Reuters) - India will build a national stockpile of rare "
                "earths, lithium and cobalt, the mines ministry said on Monday.",
                "Separately, Larsen & Toubro (L&T) will invest Rs 1,200 crore in a rare earth "
                "magnet plant in Tamil Nadu, the engineering group said.",
                "India set up Khanij Bidesh India Ltd in 2019 to buy mineral assets abroad, and "
                "it signed its first lithium exploration deal in Argentina in 2024.",
                "The country imports almost all of the rare earth magnets used by its carmakers "
                "and electronics makers.",
                '"The stockpile will protect our industry from sudden supply shocks," a '
                "ministry official said.",
                "L&T said its Rs 1,200 crore plant would start production in 2027.",
                "The ministry did not say how large the stockpile would be.",
            ]
        ),
        "commitments": [
            _c(
                "IN",
                "IN",
                "stockpile",
                None,
                minerals=["cobalt", "lithium", "rare-earths"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "L&T",
                "IN",
                "equity",
                "12000000000",
                "INR",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b15-art-bsi-lygend-nickel",
        "kind": "article",
        "headline": "Bank Syariah Indonesia lends Rp 3 trillion to Lygend's nickel plant",
        "text": "\n\n".join(
            [
                "JAKARTA, June 19 (Reuters) - Bank Syariah Indonesia (BSI) will lend Rp 3 "
                "trillion to Lygend for its nickel processing plant on Obi island, the lender "
                "said on Thursday.",
                "Lygend also agreed to supply nickel sulphate from the plant to CATL under a "
                "five-year contract, the company said in a filing.",
                "Indonesia banned exports of raw nickel ore in 2020, prompting a wave of Chinese "
                "investment in smelters on Sulawesi and the Maluku islands.",
                "Lygend raised money in a share listing in 2022 to fund its expansion.",
                "It is BSI's largest loan to a mining project, a bank spokesperson said.",
                "Nickel prices have fallen by more than a third since early 2023 as Indonesian "
                "supply surged.",
            ]
        ),
        "commitments": [
            _c(
                "BSI",
                "ID",
                "loan",
                "3000000000000",
                "IDR",
                counterparty="Lygend",
                minerals=["nickel"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "Lygend",
                "CN",
                "offtake",
                None,
                counterparty="CATL",
                minerals=["nickel"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b15-art-adfd-al-mada-copper",
        "kind": "article",
        "headline": "Abu Dhabi fund, Moroccan investor back Zambian copper smelter",
        "text": "\n\n".join(
            [
                "ABU DHABI, June 13 (Reuters) - The Abu Dhabi Fund for Development (ADFD) will "
                "lend $150 million to a copper smelter in Zambia's Copperbelt province, the fund "
                "said on Friday.",
                "Al Mada, the investment fund backed by Morocco's royal family, will take a 30% "
                "stake in the smelter for $90 million, it said.",
                "Gulf investors have poured money into African mining since 2023, looking to "
                "secure metals needed for the energy transition.",
                "In 2024 an Abu Dhabi company bought a majority stake in a Zambian copper mine "
                "for about $1.1 billion.",
                "Zambia wants to raise its copper output to 3 million tonnes a year by 2031, "
                "from about 800,000 tonnes now.",
                '"This $150 million loan shows that Gulf capital can build African industry, '
                'not just buy African ore," an ADFD official said.',
                "The smelter is due to be completed in 2028.",
            ]
        ),
        "commitments": [
            _c(
                "ADFD",
                "AE",
                "loan",
                "150000000",
                "USD",
                minerals=["copper"],
                announced_on=date(2025, 6, 13),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Al Mada",
                "MA",
                "equity",
                "90000000",
                "USD",
                minerals=["copper"],
                announced_on=date(2025, 6, 13),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b15-art-germany-evonik-gallium",
        "kind": "article",
        "headline": "Germany grants Evonik 150 million euros for gallium and germanium recovery",
        "text": "\n\n".join(
            [
                "BERLIN, June 18 (Reuters) - The German government will grant €150 million to "
                "Evonik for its gallium and germanium recovery plant in Marl, the economy "
                "ministry said on Wednesday.",
                "Siemens Energy will invest €40 million in the plant, which will recover both "
                "metals from industrial residues, the company said.",
                "China required export licences for gallium and germanium from August 2023 and "
                "banned their sale to the United States in December 2024.",
                "Germany's chipmakers and defence industry rely on the two metals for power "
                "electronics, night-vision equipment and fibre optics.",
                "Evonik denied a report that it would also build a lithium refinery in the Ruhr.",
                '"With this grant we are making Germany less dependent on a single supplier," '
                "the economy minister said.",
                "The plant is expected to produce its first gallium in 2027.",
            ]
        ),
        "commitments": [
            _c(
                "DE",
                "DE",
                "grant",
                "150000000",
                "EUR",
                counterparty="Evonik",
                minerals=["gallium", "germanium"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Siemens Energy",
                "DE",
                "equity",
                "40000000",
                "EUR",
                minerals=["gallium", "germanium"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b15-art-australia-price-floor-daido",
        "kind": "article",
        "headline": "Australia to guarantee minimum price for rare earths",
        "text": "\n\n".join(
            [
                "CANBERRA, June 19 (Reuters) - Australia will guarantee a minimum price for rare "
                "earth oxides refined in the country, the resources minister said on Thursday.",
                "Japan's Daido Steel agreed to buy 40% of the dysprosium and terbium output of "
                "Iluka's Eneabba refinery, the refiner said in a separate statement.",
                "Australia set up its Critical Minerals Facility in 2022 and has since lent "
                "billions of dollars to miners and refiners.",
                "Iluka received a loan of A$1.65 billion from the government in 2022 to build "
                "the Eneabba refinery.",
                '"A price floor gives our refiners the certainty that China has long given its '
                'own," the minister said.',
                "China accounts for about 90% of the world's refined rare earths.",
                "The government did not say at what level the minimum price would be set.",
            ]
        ),
        "commitments": [
            _c(
                "AU",
                "AU",
                "price-floor",
                None,
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "Daido Steel",
                "JP",
                "offtake",
                None,
                counterparty="Iluka",
                minerals=["dysprosium", "terbium"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b15-art-zijin-chile-lithium",
        "kind": "article",
        "headline": "Zijin to invest $1.1 billion in Chilean lithium brine project",
        "text": "\n\n".join(
            [
                "SANTIAGO, June 16 (Reuters) - Zijin will invest US$1.1 billion in a lithium "
                "brine project in Chile's Atacama region, the Chinese miner said on Monday.",
                "Chile announced a national lithium strategy in 2023 that gave the state a "
                "controlling role in new projects on the Atacama salt flat.",
                "Chinese companies have bought stakes in several South American lithium "
                "projects since 2018, when Tianqi took nearly a quarter of a Chilean producer.",
                "Codelco declined to comment on reports that it would take a stake in the project.",
                '"Our US$1.1 billion commitment is the largest we have made in Latin America," '
                "a Zijin executive said.",
                "Lithium carbonate prices have fallen about 80% from their 2022 peak.",
            ]
        ),
        "commitments": [
            _c(
                "Zijin",
                "CN",
                "equity",
                "1100000000",
                "USD",
                minerals=["lithium"],
                announced_on=date(2025, 6, 16),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b15-art-kenmare-mozambique",
        "kind": "article",
        "headline": "Kenmare to spend $340 million on Mozambique titanium expansion",
        "text": "\n\n".join(
            [
                "MAPUTO, June 12 (Reuters) - Kenmare will spend $340 million expanding its "
                "titanium feedstock operation in northern Mozambique, the Irish-listed miner "
                "said on Thursday.",
                "Mozambique's government will also impose an export duty on unprocessed graphite "
                "concentrate from next year, the mineral resources ministry said.",
                "Kenmare has mined ilmenite and zircon sands at Moma since 2007.",
                "An insurgency in Cabo Delgado province halted a large gas project in 2021 and "
                "has disrupted graphite mining in the region.",
                "\"This expansion keeps Moma among the world's biggest titanium feedstock "
                "sources,\" Kenmare's chief executive said.",
                "Kenmare's shares rose 3% in London.",
            ]
        ),
        "commitments": [
            _c(
                "Kenmare",
                "IE",
                "equity",
                "340000000",
                "USD",
                minerals=["titanium"],
                announced_on=date(2025, 6, 12),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "MZ",
                "MZ",
                "tariff",
                None,
                minerals=["graphite"],
                announced_on=date(2025, 6, 12),
            ),
        ],
    },
    {
        "id": "b15-art-japan-tokuyama-germanium",
        "kind": "article",
        "headline": "Japan to subsidise Tokuyama germanium plant with 12 billion yen",
        "text": "\n\n".join(
            [
                "TOKYO, June 20 (Reuters) - Japan will provide a ¥12 billion subsidy to "
                "Tokuyama for its germanium tetrachloride plant in Yamaguchi prefecture, the "
                "industry ministry said on Friday.",
                "Tokuyama itself will invest ¥25 billion in the plant, which will supply "
                "germanium for optical fibre and infrared lenses.",
                "Japan began building up its stockpiles of rare metals after China restricted "
                "rare earth shipments to Japan in 2010.",
                "Tokuyama might later expand the plant to recover gallium, according to two "
                "people familiar with the matter.",
                '"The ¥12 billion subsidy reflects how important germanium is to our economic '
                'security," a ministry official said.',
                "Construction is scheduled to start in the autumn.",
            ]
        ),
        "commitments": [
            _c(
                "JP",
                "JP",
                "grant",
                "12000000000",
                "JPY",
                counterparty="Tokuyama",
                minerals=["germanium"],
                announced_on=date(2025, 6, 20),
            ),
            _c(
                "Tokuyama",
                "JP",
                "equity",
                "25000000000",
                "JPY",
                minerals=["germanium"],
                announced_on=date(2025, 6, 20),
            ),
        ],
    },
    {
        "id": "b15-art-us-magnet-tariff-vulcan",
        "kind": "article",
        "headline": "US to slap 50% tariff on Chinese rare earth magnets",
        "text": "\n\n".join(
            [
                "WASHINGTON, June 18 (Reuters) - The United States will impose a 50% tariff on "
                "imports of rare earth magnets from China, the White House said on Wednesday.",
                "Vulcan Elements will invest $1 billion in a rare earth magnet plant in North "
                "Carolina, the company said on the same day.",
                "Washington first raised tariffs on Chinese magnets in 2024, when it set a 25% "
                "rate that took effect this year.",
                "China produces about 90% of the world's sintered rare earth magnets, which are "
                "used in electric vehicle motors, wind turbines and missiles.",
                '"A 50% tariff levels the field for American magnet makers," a White House '
                "spokesperson said.",
                "Carmakers warned the tariff could raise vehicle prices.",
                "The tariff takes effect on August 1.",
            ]
        ),
        "commitments": [
            _c(
                "US",
                "US",
                "tariff",
                None,
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Vulcan Elements",
                "US",
                "equity",
                "1000000000",
                "USD",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b15-art-uk-lcm-rolls-royce",
        "kind": "article",
        "headline": "Britain awards £25 million to rare earth alloy maker",
        "text": "\n\n".join(
            [
                "LONDON, June 19 (Reuters) - Britain will award a £25 million grant to Less "
                "Common Metals for its rare earth alloy plant in Ellesmere Port, the business "
                "department said on Thursday.",
                "Rolls-Royce signed a binding agreement to buy rare earth alloys from the plant "
                "for its aerospace motors, the engine maker said.",
                "Britain published its first critical minerals strategy in 2023 and refreshed it in 2024.",
                "Jaguar Land Rover is in talks to secure magnets from the same plant, a person "
                "familiar with the matter said.",
                '"This £25 million grant anchors a British supply of the alloys our defence and '
                'aerospace firms need," the business secretary said.',
                "The plant currently produces a few hundred tonnes of alloy a year.",
            ]
        ),
        "commitments": [
            _c(
                "GB",
                "GB",
                "grant",
                "25000000",
                "GBP",
                counterparty="Less Common Metals",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "Rolls-Royce",
                "GB",
                "offtake",
                None,
                minerals=["rare-earths"],
                status="binding",
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b15-art-sarawak-no-dateline",
        "kind": "article",
        "headline": "Sarawak Energy to invest RM800 million in rare earth separation",
        "text": "\n\n".join(
            [
                "Sarawak Energy will invest RM800 million in a rare earth separation plant in "
                "Bintulu, the state utility said.",
                "Malaysia banned exports of unprocessed rare earths in 2024 to encourage refining at home.",
                "The state already hosts aluminium smelters that use its cheap hydropower.",
                '"Cheap, clean power is what makes RM800 million in Bintulu worthwhile," the '
                "utility's chief executive said.",
                "The plant is expected to process feedstock from mines in Peninsular Malaysia.",
            ]
        ),
        "commitments": [
            _c(
                "Sarawak Energy",
                "MY",
                "equity",
                "800000000",
                "MYR",
                minerals=["rare-earths"],
            ),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-15"

# Scored once on round 11 as merged (2026-12-01, 01:18 UTC: 91 of 147 exact), then once more on round 11
# with organisations.csv widened by a helper who never saw this batch (01:31 UTC: 120 of 147), before
# any change made after seeing it. Round 12 then tuned on it (02:00 UTC: 141 of 147); what the reader
# still gets wrong. The cases stay as written.
BLIND15_MISSES: dict[str, str] = {
    "b15-instr-sell-output": (
        "convention kept from the main corpus: molybdenum is not in the minerals vocabulary "
        "(store/vocab.py), and b8-org-ufrd-ingichka's 'tungsten and molybdenum plant' expects "
        "tungsten only"
    ),
    "b15-money-as-much-as": (
        "'Amazon' is not in the organisations table: alone it also names the river and the forest "
        "('deforestation in the Amazon'), so the company gets no country"
    ),
    "b15-money-amount-first": (
        "'Salzgitter' alone is also the town of PowerCo's cell plant, so only 'Salzgitter AG' is in"
        " the organisations table: the company gets no country"
    ),
    "b15-none-talks": (
        "convention kept from the main corpus: 'in talks to' is a proposal draft (b-tokyo-in-talks,"
        " as kept for b14-none-nordea-talks); this batch wants no draft"
    ),
    "b15-none-weighing": (
        "convention kept from the main corpus: 'is weighing' is a proposal draft (as 'The "
        "Philippines is weighing a ban', kept for b14-none-weighing-price-floor); this batch wants "
        "no draft"
    ),
    "b15-art-bsi-lygend-nickel": (
        "a known organisation keeps the table's name ('Bank Syariah Indonesia'), not the short form"
        " the text gives in brackets ('BSI', left out of the table as ambiguous)"
    ),
}
