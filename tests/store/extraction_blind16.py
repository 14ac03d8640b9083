"""Blind batch 16 ("set": "blind-16"): written on 2026-12-01 (01:48-01:58 UTC) from the sentences
alone, before the reader was run on them, by a helper who had not read the reader's code, its
tables (organisations, currencies, minerals), its rules, the main corpus's cases or any batch's
misses list. What was read, and nothing else: /work/wt/PREAMBLE.md; tests/store/extraction_blind14.py
lines 1-130 (its docstring and first cases), lines 1436-1478 (one article case, for the format) and
lines 1812-1822 (the CASES/set footer); tests/store/extraction_blind15.py lines 1-68 (its docstring
and the decisions batch 15 added); tests/store/blind_cases.py; /work/wt/used-names.txt (only through
case-insensitive exact-match greps of candidate names, never listed in full); the listing of
/work/shared/seeds/ (its article was not opened); and the instrument vocabulary printed by
`grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`. The file was only imported and linted
(ruff, mypy), never run through the reader or any test, before the lead's one scoring run. No
sentence of an earlier batch is copied or paraphrased.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13 June;
"last week" and "recently" give no expected date; an article's dateline dates its commitments, an
article without a dateline has no expected date) and the same rules as batch 14's docstring and
batch 15's decisions, which this batch follows without change. A field a careful analyst could fill
two ways is left out (only the fields given are checked).

Size: 145 message cases (16 of them expect no draft) and 14 article cases (two without a
dateline), 158 expected drafts.

New organisations: of the 140 distinct acting organisations (drafts whose actor is not an ISO
code), 134 are not on /work/wt/used-names.txt (each checked with `grep -ix`); the 6 that are:
Sumitomo Metal Mining, Vedanta, Ma'aden, Eramet, Cassa Depositi e Prestiti, Freeport-McMoRan.
About 100 of the 140 are small or mid-sized (junior miners and explorers, regional, savings and
cooperative banks, state and provincial agencies, pension funds, municipal utilities, recycling and
magnet start-ups, mid-size chemical and engineering firms); about 40 are large (national banks,
majors, sovereign lenders), spread over the G7, the EU, the Nordics, Australia, Korea, Japan,
India, the Gulf, Latin America, Africa, South-East Asia and Central Asia.

Decided for this batch (all follow from batches 14 and 15; written down so the lead can check):
- ISO codes written before or after the number are those currencies, including ones earlier
  batches may not have used: OMR, KWD, QAR, CZK, HUF, DKK, KES, TZS, NAD, MAD, EGP, MNT, UZS, PEN,
  ARS, CLP, BWP. "kronor" with a Swedish actor is SEK; "zł" PLN; "dong" VND; "tenge" KZT.
- A bare "$" with an Ecuadorian actor is USD (the actor's own currency is the dollar): no inferred
  flag is expected either way.
- "A$40–55m" (an en dash range) keeps 55m, flagged as a ceiling.
- "₹450 lakh" is 45,000,000; "two thousand crore rupees" is 20,000,000,000.
- "X's €30 million loan to Y is conditional on ..." is X's loan with status conditional.
- "Pulled out of its A$25 million loan to ..." is that loan, withdrawn.
- A government ministry or department ("the German economy ministry", "the US Department of
  Defense", "Japan's trade ministry") is its country's ISO code.
- "Subsidies" are grants; "up to" keeps the ceiling, flagged.
- "A signed a non-binding agreement to supply ..." is A's offtake with no status expected.
- A holding bought in an unnamed start-up names no counterparty; money into a "recycling fund"
  names no mineral (batch 14's fund rule), even when the fund's metals are named.
- "Platinum group metals" are never expected in a minerals list (the key is left out), since the
  vocabulary's spelling for them was not read.
- Messages that open with a correction of the actor ("... correction: it's Keva, not Ilmarinen")
  expect only the corrected actor.
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
        "id": "b16-org-nordlb-lioh",
        "text": "NordLB will lend €80 million to a lithium hydroxide refinery in Brandenburg.",
        "commitments": [_c("NordLB", "DE", "loan", "80000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b16-org-bendigo-anode",
        "text": (
            "Bendigo and Adelaide Bank is providing a A$30m credit facility to a graphite anode "
            "start-up in Geelong"
        ),
        "commitments": [
            _c("Bendigo and Adelaide Bank", "AU", "loan", "30000000", "AUD", minerals=["graphite"])
        ],
    },
    {
        "id": "b16-org-treibacher-vanadium",
        "text": "Treibacher Industrie will spend €18 million on a vanadium recycling furnace.",
        "commitments": [_c("Treibacher Industrie", "AT", "equity", "18000000", "EUR", minerals=["vanadium"])],
    },
    {
        "id": "b16-org-5nplus-germanium",
        "text": "5N Plus to invest US$25 million in germanium substrate capacity",
        "commitments": [
            _c("5N Plus", "CA", "equity", "25000000", "USD", minerals=["germanium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b16-org-sungeel-gunsan",
        "text": "SungEel HiTech is putting 120 billion won into a battery recycling plant in Gunsan.",
        "commitments": [_c("SungEel HiTech", "KR", "equity", "120000000000", "KRW", minerals=[])],
    },
    {
        "id": "b16-org-nrwbank-nickel",
        "text": "NRW.BANK provides a €25m loan to a nickel cathode start-up in Münster",
        "commitments": [_c("NRW.BANK", "DE", "loan", "25000000", "EUR", minerals=["nickel"])],
    },
    {
        "id": "b16-org-wbh-tungsten",
        "text": (
            "Wolfram Bergbau und Hütten will invest €40 million to expand tungsten recycling at "
            "its plant in Styria."
        ),
        "commitments": [
            _c("Wolfram Bergbau und Hütten", "AT", "equity", "40000000", "EUR", minerals=["tungsten"])
        ],
    },
    {
        "id": "b16-org-shizuoka-gan",
        "text": "Shizuoka Bank will lend ¥3 billion to a gallium nitride wafer maker in Hamamatsu.",
        "commitments": [_c("Shizuoka Bank", "JP", "loan", "3000000000", "JPY", minerals=["gallium"])],
    },
    {
        "id": "b16-org-hokuriku-copper",
        "text": "Hokuriku Bank is lending ¥1.5bn to a copper foil line in Toyama",
        "commitments": [_c("Hokuriku Bank", "JP", "loan", "1500000000", "JPY", minerals=["copper"])],
    },
    {
        "id": "b16-org-busan-cobalt",
        "text": "Busan Bank will lend 45 billion won to a cobalt sulphate refiner in Ulsan.",
        "commitments": [_c("Busan Bank", "KR", "loan", "45000000000", "KRW", minerals=["cobalt"])],
    },
    {
        "id": "b16-org-federal-bank-copper",
        "text": "Federal Bank sanctions a ₹300 crore loan for a copper tube plant in Kerala",
        "commitments": [_c("Federal Bank", "IN", "loan", "3000000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b16-org-talga-ap4",
        "text": "Fjärde AP-fonden is taking a 9% stake in Talga Group for SEK 400 million.",
        "commitments": [
            _c("Fjärde AP-fonden", "SE", "equity", "400000000", "SEK", counterparty="Talga Group")
        ],
    },
    {
        "id": "b16-org-ucore-louisiana",
        "text": "Ucore Rare Metals will invest $45 million in its rare earth separation plant in Louisiana.",
        "commitments": [
            _c("Ucore Rare Metals", "CA", "equity", "45000000", "CAD", minerals=["rare-earths"], **_INFERRED)
        ],
    },
    {
        "id": "b16-org-hypo-vorarlberg",
        "text": "Hypo Vorarlberg lends €12m to a tungsten carbide recycler in Vorarlberg",
        "commitments": [_c("Hypo Vorarlberg", "AT", "loan", "12000000", "EUR", minerals=["tungsten"])],
    },
    {
        "id": "b16-org-komercni-manganese",
        "text": "Komerční banka will lend CZK 1.1 billion to a manganese sulphate plant in Bohemia.",
        "commitments": [_c("Komerční banka", "CZ", "loan", "1100000000", "CZK", minerals=["manganese"])],
    },
    {
        "id": "b16-org-otp-graphite",
        "text": "OTP Bank is providing HUF 20 billion in financing to a graphite anode plant near Debrecen",
        "commitments": [_c("OTP Bank", "HU", "loan", "20000000000", "HUF", minerals=["graphite"])],
    },
    {
        "id": "b16-org-credem-gallium",
        "text": "Credem will lend €9 million to a gallium arsenide wafer maker in Piedmont.",
        "commitments": [_c("Credem", "IT", "loan", "9000000", "EUR", minerals=["gallium"])],
    },
    {
        "id": "b16-org-tatra-antimony",
        "text": "Tatra banka is lending €14m to an antimony smelter in eastern Slovakia",
        "commitments": [_c("Tatra banka", "SK", "loan", "14000000", "EUR", minerals=["antimony"])],
    },
    {
        "id": "b16-org-metlen-gallium",
        "text": "Metlen will invest €295 million in a gallium production line at its alumina refinery.",
        "commitments": [_c("Metlen", "GR", "equity", "295000000", "EUR", minerals=["gallium"])],
    },
    # --- (2) several actors ---
    {
        "id": "b16-multi-aktia-alands-each",
        "text": "Aktia and Ålandsbanken will each lend €20 million to a cobalt refinery in Kokkola.",
        "commitments": [
            _c("Aktia", "FI", "loan", "20000000", "EUR", minerals=["cobalt"]),
            _c("Ålandsbanken", "FI", "loan", "20000000", "EUR", minerals=["cobalt"]),
        ],
    },
    {
        "id": "b16-multi-sydbank-sparnord-jointly",
        "text": (
            "Sydbank and Spar Nord are jointly lending DKK 300 million to a rare earth magnet "
            "plant in Jutland"
        ),
        "commitments": [
            _c("Sydbank", "DK", "loan", "300000000", "DKK", minerals=["rare-earths"]),
            _c("Spar Nord", "DK", "loan", None, minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b16-multi-three-spanish-banks",
        "text": "Ibercaja, Abanca and Unicaja each provide €15m in loans to a tungsten mine in Galicia.",
        "commitments": [
            _c("Ibercaja", "ES", "loan", "15000000", "EUR", minerals=["tungsten"]),
            _c("Abanca", "ES", "loan", "15000000", "EUR", minerals=["tungsten"]),
            _c("Unicaja", "ES", "loan", "15000000", "EUR", minerals=["tungsten"]),
        ],
    },
    {
        "id": "b16-multi-ilmarinen-varma-together",
        "text": (
            "Ilmarinen and Varma will together invest €120 million in a nickel sulphate plant in Harjavalta."
        ),
        "commitments": [
            _c("Ilmarinen", "FI", "equity", "120000000", "EUR", minerals=["nickel"]),
            _c("Varma", "FI", "equity", None, minerals=["nickel"]),
        ],
    },
    {
        "id": "b16-multi-nickel-asia-mou",
        "text": (
            "Nickel Asia Corporation and Sumitomo Metal Mining signed an MoU on a nickel "
            "processing plant in Palawan"
        ),
        "commitments": [
            _c(
                "Nickel Asia Corporation",
                "PH",
                "mou",
                None,
                counterparty="Sumitomo Metal Mining",
                minerals=["nickel"],
            ),
            _c(
                "Sumitomo Metal Mining",
                "JP",
                "mou",
                None,
                counterparty="Nickel Asia Corporation",
                minerals=["nickel"],
            ),
        ],
    },
    {
        "id": "b16-multi-group6-mou-with",
        "text": "Group 6 Metals signed an MoU with Almonty Industries on tungsten concentrate.",
        "commitments": [
            _c("Group 6 Metals", "AU", "mou", None, counterparty="Almonty Industries", minerals=["tungsten"])
        ],
    },
    {
        "id": "b16-multi-laurentian-nbc-each",
        "text": (
            "Laurentian Bank and National Bank of Canada will each lend C$35 million to Canada Nickel Company"
        ),
        "commitments": [
            _c("Laurentian Bank", "CA", "loan", "35000000", "CAD", counterparty="Canada Nickel Company"),
            _c(
                "National Bank of Canada",
                "CA",
                "loan",
                "35000000",
                "CAD",
                counterparty="Canada Nickel Company",
            ),
        ],
    },
    {
        "id": "b16-multi-riyad-alinma-jointly",
        "text": (
            "Riyad Bank and Alinma Bank will jointly provide SAR 750 million in financing to a "
            "copper smelter in Yanbu."
        ),
        "commitments": [
            _c("Riyad Bank", "SA", "loan", "750000000", "SAR", minerals=["copper"]),
            _c("Alinma Bank", "SA", "loan", None, minerals=["copper"]),
        ],
    },
    {
        "id": "b16-multi-kfh-boubyan-each",
        "text": (
            "Kuwait Finance House and Boubyan Bank each commit KWD 20 million in loans to a copper "
            "cathode plant in Oman"
        ),
        "commitments": [
            _c("Kuwait Finance House", "KW", "loan", "20000000", "KWD", minerals=["copper"]),
            _c("Boubyan Bank", "KW", "loan", "20000000", "KWD", minerals=["copper"]),
        ],
    },
    # --- (3) the wrong party as actor ---
    {
        "id": "b16-party-jervois-from-aktia",
        "text": "Jervois Global secured a €30 million loan from Oma Säästöpankki for its cobalt refinery.",
        "commitments": [
            _c(
                "Oma Säästöpankki",
                "FI",
                "loan",
                "30000000",
                "EUR",
                counterparty="Jervois Global",
                minerals=["cobalt"],
            )
        ],
    },
    {
        "id": "b16-party-almonty-korea-grant",
        "text": (
            "Almonty Industries received a US$15m grant from the South Korean government for its "
            "tungsten mine"
        ),
        "commitments": [
            _c(
                "KR",
                "KR",
                "grant",
                "15000000",
                "USD",
                counterparty="Almonty Industries",
                minerals=["tungsten"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b16-party-cylib-passive",
        "text": (
            "A €22 million grant was awarded to Cylib by the German economy ministry for lithium recovery."
        ),
        "commitments": [
            _c("DE", "DE", "grant", "22000000", "EUR", counterparty="Cylib", minerals=["lithium"])
        ],
    },
    {
        "id": "b16-party-savannah-millennium",
        "text": (
            "Savannah Resources was handed a €110m loan by Millennium bcp for its lithium mine in "
            "northern Portugal"
        ),
        "commitments": [
            _c(
                "Millennium bcp",
                "PT",
                "loan",
                "110000000",
                "EUR",
                counterparty="Savannah Resources",
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b16-party-massceca-grant",
        "text": (
            "ReElement Technologies secured a $4 million grant from the Massachusetts Clean Energy "
            "Center for rare earth refining."
        ),
        "commitments": [
            _c(
                "Massachusetts Clean Energy Center",
                "US",
                "grant",
                "4000000",
                "USD",
                counterparty="ReElement Technologies",
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b16-party-renascor-passive-au",
        "text": (
            "Renascor Resources was awarded A$6m by the Australian government for its graphite "
            "purification plant"
        ),
        "commitments": [
            _c(
                "AU",
                "AU",
                "grant",
                "6000000",
                "AUD",
                counterparty="Renascor Resources",
                minerals=["graphite"],
            )
        ],
    },
    {
        "id": "b16-party-place-later-wien",
        "text": "Wien Energie will invest €25m in a lithium-from-brine pilot in Upper Rhine Valley, Germany.",
        "commitments": [_c("Wien Energie", "AT", "equity", "25000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b16-party-place-later-ewz",
        "text": (
            "Zurich utility EWZ is putting CHF 18 million into a copper cable recycling plant in Lombardy"
        ),
        "commitments": [_c("EWZ", "CH", "equity", "18000000", "CHF", minerals=["copper"])],
    },
    {
        "id": "b16-party-offtake-buyer",
        "text": "Stena Recycling agreed to buy nickel sulphate from Centaurus Metals.",
        "commitments": [
            _c("Stena Recycling", "SE", "offtake", None, counterparty="Centaurus Metals", minerals=["nickel"])
        ],
    },
    {
        "id": "b16-party-supply-to",
        "text": "Larvotto Resources will supply antimony to Wogen Resources under a five-year deal",
        "commitments": [
            _c(
                "Larvotto Resources",
                "AU",
                "offtake",
                None,
                counterparty="Wogen Resources",
                minerals=["antimony"],
            )
        ],
    },
    {
        "id": "b16-party-giyani-from-fnb",
        "text": "Giyani Metals obtained a BWP 150 million loan from FNB Botswana for its manganese project.",
        "commitments": [
            _c(
                "FNB Botswana",
                "BW",
                "loan",
                "150000000",
                "BWP",
                counterparty="Giyani Metals",
                minerals=["manganese"],
            )
        ],
    },
    {
        "id": "b16-party-ucore-dod",
        "text": "Ucore Rare Metals was awarded US$18.4 million by the US Department of Defense",
        "commitments": [
            _c("US", "US", "grant", "18400000", "USD", counterparty="Ucore Rare Metals", **_USD_NOT_INFERRED)
        ],
    },
    # --- (4) instruments from the verb ---
    {
        "id": "b16-verb-judo-stake",
        "text": "Judo Bank takes 4% of Global Lithium Resources for A$8m",
        "commitments": [
            _c("Judo Bank", "AU", "equity", "8000000", "AUD", counterparty="Global Lithium Resources")
        ],
    },
    {
        "id": "b16-verb-acquire",
        "text": (
            "FLSmidth will acquire a 25% holding in a copper flotation tech start-up for DKK 150 million."
        ),
        "commitments": [_c("FLSmidth", "DK", "equity", "150000000", "DKK")],
    },
    {
        "id": "b16-verb-provide-funding",
        "text": (
            "Alberta Innovates will provide C$3 million in funding for a vanadium electrolyte "
            "pilot in Calgary."
        ),
        "commitments": [_c("Alberta Innovates", "CA", "grant", "3000000", "CAD", minerals=["vanadium"])],
    },
    {
        "id": "b16-verb-take-output",
        "text": "Envirostream agreed to take the cobalt output of a new refinery in Queensland",
        "commitments": [_c("Envirostream", "AU", "offtake", None, minerals=["cobalt"])],
    },
    {
        "id": "b16-verb-guarantee-loan",
        "text": "SID Bank will guarantee €40 million of a bank loan for a copper wire plant in Velenje.",
        "commitments": [_c("SID Bank", "SI", "guarantee", "40000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b16-verb-price-floor",
        "text": "Japan will guarantee a minimum price for domestically refined gallium and germanium.",
        "commitments": [_c("JP", "JP", "price-floor", None, minerals=["gallium", "germanium"])],
    },
    {
        "id": "b16-verb-loi",
        "text": (
            "HBOR issued a letter of interest for up to €60 million to a lithium refinery project in Slavonia"
        ),
        "commitments": [
            _c("HBOR", "HR", "letter-of-interest", "60000000", "EUR", minerals=["lithium"], **_CEIL)
        ],
    },
    {
        "id": "b16-verb-stockpile",
        "text": "India will build a national stockpile of rare earths, the mines ministry said.",
        "commitments": [_c("IN", "IN", "stockpile", None, minerals=["rare-earths"])],
    },
    {
        "id": "b16-verb-export-levy",
        "text": "Indonesia is imposing a 10% export levy on nickel pig iron",
        "commitments": [_c("ID", "ID", "tariff", None, minerals=["nickel"])],
    },
    {
        "id": "b16-verb-export-ban",
        "text": "DR Congo extends its cobalt export ban by three months.",
        "commitments": [_c("CD", "CD", "export-control", None, minerals=["cobalt"])],
    },
    {
        "id": "b16-verb-screening",
        "text": "Canada will tighten reviews of foreign takeovers of its critical minerals companies",
        "commitments": [_c("CA", "CA", "investment-screening", None, minerals=[])],
    },
    {
        "id": "b16-verb-fast-track",
        "text": "Quebec will fast-track permits for new graphite mines.",
        "commitments": [_c("CA", "CA", "other", None, minerals=["graphite"])],
    },
    {
        "id": "b16-verb-import-tariff",
        "text": "The US is raising its import tariff on Chinese graphite anodes to 45%",
        "commitments": [_c("US", "US", "tariff", None, minerals=["graphite"])],
    },
    {
        "id": "b16-verb-sell-output",
        "text": "Centaurus Metals will sell its nickel concentrate output to a European trader.",
        "commitments": [_c("Centaurus Metals", "AU", "offtake", None, minerals=["nickel"])],
    },
    {
        "id": "b16-verb-spend-on",
        "text": "Develop Global is spending A$85m on restarting a copper mine in Tasmania",
        "commitments": [_c("Develop Global", "AU", "equity", "85000000", "AUD", minerals=["copper"])],
    },
    # --- statuses ---
    {
        "id": "b16-status-withdrawn",
        "text": "MyState Bank pulled out of its A$25 million loan to a vanadium battery plant in Tasmania.",
        "commitments": [
            _c("MyState Bank", "AU", "loan", "25000000", "AUD", status="withdrawn", minerals=["vanadium"])
        ],
    },
    {
        "id": "b16-status-disbursed",
        "text": (
            "Thüringer Aufbaubank disbursed the first €8 million tranche of its loan to a tungsten "
            "recycler in Gera"
        ),
        "commitments": [
            _c(
                "Thüringer Aufbaubank",
                "DE",
                "loan",
                "8000000",
                "EUR",
                status="disbursed",
                minerals=["tungsten"],
            )
        ],
    },
    {
        "id": "b16-status-binding",
        "text": (
            "Cobalt Blue Holdings signed a binding agreement to supply cobalt sulphate to "
            "Mitsubishi Corporation."
        ),
        "commitments": [
            _c(
                "Cobalt Blue Holdings",
                "AU",
                "offtake",
                None,
                counterparty="Mitsubishi Corporation",
                status="binding",
                minerals=["cobalt"],
            )
        ],
    },
    {
        "id": "b16-status-conditional",
        "text": "Vancity will lend C$12 million to Patriot Battery Metals, subject to a feasibility study",
        "commitments": [
            _c(
                "Vancity",
                "CA",
                "loan",
                "12000000",
                "CAD",
                counterparty="Patriot Battery Metals",
                status="conditional",
            )
        ],
    },
    {
        "id": "b16-status-proposed",
        "text": "The Philippines proposes a 5% export duty on nickel and cobalt shipments.",
        "commitments": [_c("PH", "PH", "tariff", None, status="proposed", minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b16-status-announced",
        "text": "Sächsische Aufbaubank announced a €16m grant for a lithium refinery pilot in Freiberg",
        "commitments": [
            _c(
                "Sächsische Aufbaubank",
                "DE",
                "grant",
                "16000000",
                "EUR",
                status="announced",
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b16-status-nonbinding",
        "text": (
            "Hydrovolt signed a non-binding agreement to supply recycled nickel to a cathode maker in Sweden."
        ),
        "commitments": [_c("Hydrovolt", "NO", "offtake", None, minerals=["nickel"])],
    },
    {
        "id": "b16-status-conditional-on",
        "text": (
            "L-Bank's €30 million loan to a magnet recycling start-up in Pforzheim is conditional "
            "on EU state-aid approval"
        ),
        "commitments": [_c("L-Bank", "DE", "loan", "30000000", "EUR", status="conditional")],
    },
    # --- (5) money in every form ---
    {
        "id": "b16-money-iso-before",
        "text": "Bank Dhofar will lend OMR 25 million to a copper cathode plant in Sohar.",
        "commitments": [_c("Bank Dhofar", "OM", "loan", "25000000", "OMR", minerals=["copper"])],
    },
    {
        "id": "b16-money-iso-after",
        "text": "Cajamar is lending 30 million EUR to a tungsten mine in Salamanca",
        "commitments": [_c("Cajamar", "ES", "loan", "30000000", "EUR", minerals=["tungsten"])],
    },
    {
        "id": "b16-money-tenge",
        "text": "Jusan Bank will lend 40 billion tenge to a tungsten concentrator in Karaganda region.",
        "commitments": [_c("Jusan Bank", "KZ", "loan", "40000000000", "KZT", minerals=["tungsten"])],
    },
    {
        "id": "b16-money-kzt-after",
        "text": (
            "Bank CenterCredit extends a 12 billion KZT credit line to a copper smelter in East Kazakhstan"
        ),
        "commitments": [_c("Bank CenterCredit", "KZ", "loan", "12000000000", "KZT", minerals=["copper"])],
    },
    {
        "id": "b16-money-dong",
        "text": "TPBank will lend 1,200 billion dong to a rare earth separation plant in Lao Cai.",
        "commitments": [_c("TPBank", "VN", "loan", "1200000000000", "VND", minerals=["rare-earths"])],
    },
    {
        "id": "b16-money-zloty",
        "text": "mBank lends 600 million zł to a copper foil maker in Lower Silesia",
        "commitments": [_c("mBank", "PL", "loan", "600000000", "PLN", minerals=["copper"])],
    },
    {
        "id": "b16-money-brl",
        "text": "BDMG will provide R$350 million in financing to a lithium concentrator in Minas Gerais.",
        "commitments": [_c("BDMG", "BR", "loan", "350000000", "BRL", minerals=["lithium"])],
    },
    {
        "id": "b16-money-baht",
        "text": "Siam Commercial Bank lends ฿2.4bn for a rare earth magnet plant in Rayong",
        "commitments": [
            _c("Siam Commercial Bank", "TH", "loan", "2400000000", "THB", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b16-money-ringgit",
        "text": "RHB Bank to lend RM500 million to a rare earth processing plant in Pahang.",
        "commitments": [_c("RHB Bank", "MY", "loan", "500000000", "MYR", minerals=["rare-earths"])],
    },
    {
        "id": "b16-money-rupiah",
        "text": "Bank Syariah Indonesia is lending Rp 4.5 trillion to a nickel smelter in North Maluku",
        "commitments": [
            _c("Bank Syariah Indonesia", "ID", "loan", "4500000000000", "IDR", minerals=["nickel"])
        ],
    },
    {
        "id": "b16-money-peso-ph",
        "text": "Security Bank will lend ₱3 billion to a nickel processing plant in Surigao.",
        "commitments": [_c("Security Bank", "PH", "loan", "3000000000", "PHP", minerals=["nickel"])],
    },
    {
        "id": "b16-money-crore",
        "text": "Indian Bank sanctions Rs 750 crore for a lithium refinery in Gujarat",
        "commitments": [_c("Indian Bank", "IN", "loan", "7500000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b16-money-lakh",
        "text": (
            "Karur Vysya Bank has sanctioned a ₹450 lakh loan to a graphite electrode start-up in Coimbatore."
        ),
        "commitments": [_c("Karur Vysya Bank", "IN", "loan", "45000000", "INR", minerals=["graphite"])],
    },
    {
        "id": "b16-money-number-words",
        "text": "IDBI Bank will lend two thousand crore rupees to a copper smelter in Odisha",
        "commitments": [_c("IDBI Bank", "IN", "loan", "20000000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b16-money-range-to",
        "text": "Aeris Resources will spend A$40–55m on a copper concentrator upgrade in Queensland.",
        "commitments": [
            _c("Aeris Resources", "AU", "equity", "55000000", "AUD", minerals=["copper"], **_CEIL)
        ],
    },
    {
        "id": "b16-money-between",
        "text": (
            "Hot Chili will invest between US$90 million and US$110 million in its copper project in Chile"
        ),
        "commitments": [
            _c(
                "Hot Chili",
                "AU",
                "equity",
                "110000000",
                "USD",
                minerals=["copper"],
                **_CEIL,
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b16-money-up-to",
        "text": (
            "The Development Bank of Wales will lend up to £5 million to a battery recycling "
            "start-up in Deeside."
        ),
        "commitments": [
            _c("Development Bank of Wales", "GB", "loan", "5000000", "GBP", minerals=[], **_CEIL)
        ],
    },
    {
        "id": "b16-money-as-much-as-cad",
        "text": "Servus Credit Union will lend as much as $20 million to a vanadium mine in Alberta",
        "commitments": [
            _c(
                "Servus Credit Union",
                "CA",
                "loan",
                "20000000",
                "CAD",
                minerals=["vanadium"],
                **_CEIL,
                **_INFERRED,
            )
        ],
    },
    {
        "id": "b16-money-amount-first",
        "text": "€45m — that's what Stadtwerke München is putting into a lithium-from-geothermal pilot.",
        "commitments": [_c("Stadtwerke München", "DE", "equity", "45000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b16-money-chf",
        "text": (
            "Luzerner Kantonalbank grants a CHF 25 million credit facility to a tungsten carbide recycler"
        ),
        "commitments": [_c("Luzerner Kantonalbank", "CH", "loan", "25000000", "CHF", minerals=["tungsten"])],
    },
    {
        "id": "b16-money-yen",
        "text": "Chiba Bank will lend ¥2.2 billion to a rare earth magnet recycler in Ichihara.",
        "commitments": [_c("Chiba Bank", "JP", "loan", "2200000000", "JPY", minerals=["rare-earths"])],
    },
    {
        "id": "b16-money-qar",
        "text": "Doha Bank is lending QAR 300 million to a copper rod mill in Mesaieed",
        "commitments": [_c("Doha Bank", "QA", "loan", "300000000", "QAR", minerals=["copper"])],
    },
    {
        "id": "b16-money-bare-aud",
        "text": "Bank of Queensland will lend $18 million to a vanadium flow battery maker in Townsville.",
        "commitments": [
            _c("Bank of Queensland", "AU", "loan", "18000000", "AUD", minerals=["vanadium"], **_INFERRED)
        ],
    },
    {
        "id": "b16-money-dollars-au",
        "text": "Neometals will spend 12 million dollars on a lithium battery recycling line",
        "commitments": [
            _c("Neometals", "AU", "equity", "12000000", "AUD", minerals=["lithium"], **_INFERRED)
        ],
    },
    {
        "id": "b16-money-us-dollar-ca",
        "text": "Trilogy Metals will spend US$35 million on copper exploration in Alaska.",
        "commitments": [
            _c("Trilogy Metals", "CA", "equity", "35000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b16-money-bare-usd-kg",
        "text": "Demir Bank is lending $12m to an antimony plant in Kadamjay",
        "commitments": [
            _c("Demir Bank", "KG", "loan", "12000000", "USD", minerals=["antimony"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b16-money-mln-euros",
        "text": "Raiffeisen Landesbank Tirol to lend 70 mln euros to a graphite anode plant in Kufstein.",
        "commitments": [
            _c("Raiffeisen Landesbank Tirol", "AT", "loan", "70000000", "EUR", minerals=["graphite"])
        ],
    },
    {
        "id": "b16-money-half-billion",
        "text": "Alecta will invest half a billion kronor in a lithium refinery in Skellefteå",
        "commitments": [_c("Alecta", "SE", "equity", "500000000", "SEK", minerals=["lithium"])],
    },
    {
        "id": "b16-money-kes",
        "text": "Co-operative Bank of Kenya will lend KES 2 billion to a rare earths project in Kwale.",
        "commitments": [
            _c("Co-operative Bank of Kenya", "KE", "loan", "2000000000", "KES", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b16-money-tzs",
        "text": "NMB Bank is providing a TZS 80 billion loan to a graphite mine in Lindi",
        "commitments": [_c("NMB Bank", "TZ", "loan", "80000000000", "TZS", minerals=["graphite"])],
    },
    {
        "id": "b16-money-nad",
        "text": "Bank Windhoek will lend NAD 250 million to a copper mine in the Kalahari copper belt.",
        "commitments": [_c("Bank Windhoek", "NA", "loan", "250000000", "NAD", minerals=["copper"])],
    },
    {
        "id": "b16-money-mad",
        "text": "CIH Bank lends MAD 400 million to a cobalt refinery near Marrakech",
        "commitments": [_c("CIH Bank", "MA", "loan", "400000000", "MAD", minerals=["cobalt"])],
    },
    {
        "id": "b16-money-egp",
        "text": "Banque Misr will lend EGP 3 billion to a copper rod plant in Ain Sokhna.",
        "commitments": [_c("Banque Misr", "EG", "loan", "3000000000", "EGP", minerals=["copper"])],
    },
    {
        "id": "b16-money-mnt",
        "text": "Golomt Bank is lending MNT 150 billion to a copper concentrator in South Gobi",
        "commitments": [_c("Golomt Bank", "MN", "loan", "150000000000", "MNT", minerals=["copper"])],
    },
    {
        "id": "b16-money-uzs",
        "text": "Hamkorbank will lend UZS 500 billion to a tungsten plant in Samarkand region.",
        "commitments": [_c("Hamkorbank", "UZ", "loan", "500000000000", "UZS", minerals=["tungsten"])],
    },
    {
        "id": "b16-money-pen",
        "text": "Interbank will lend PEN 180 million to a copper concentrator in Arequipa",
        "commitments": [_c("Interbank", "PE", "loan", "180000000", "PEN", minerals=["copper"])],
    },
    {
        "id": "b16-money-ars",
        "text": "Banco Provincia is lending ARS 90 billion to lithium carbonate producers in Catamarca.",
        "commitments": [_c("Banco Provincia", "AR", "loan", "90000000000", "ARS", minerals=["lithium"])],
    },
    {
        "id": "b16-money-clp",
        "text": "Banco BICE will lend CLP 45 billion to a copper cathode plant in Antofagasta",
        "commitments": [_c("Banco BICE", "CL", "loan", "45000000000", "CLP", minerals=["copper"])],
    },
    {
        "id": "b16-money-usd-ec",
        "text": "Banco Pichincha will lend $40 million to a copper mine in Zamora Chinchipe.",
        "commitments": [_c("Banco Pichincha", "EC", "loan", "40000000", "USD", minerals=["copper"])],
    },
    # --- (6) no commitment ---
    {
        "id": "b16-none-question",
        "text": "anyone know if Talga ever closed that Swedish loan?",
        "commitments": [],
    },
    {
        "id": "b16-none-recall",
        "text": "Back in 2021 Iluka committed A$1.25bn to its rare earths refinery at Eneabba",
        "commitments": [],
    },
    {
        "id": "b16-none-talks",
        "text": "Premier African Minerals is in talks with lenders about funding its lithium plant.",
        "commitments": [],
    },
    {
        "id": "b16-none-denial",
        "text": "Bushveld Minerals denies it will sell its vanadium mine to a Chinese group",
        "commitments": [],
    },
    {
        "id": "b16-none-weighing",
        "text": "rumour is Leading Edge Materials is weighing a sale of its graphite project in Sweden",
        "commitments": [],
    },
    {
        "id": "b16-none-no-decision",
        "text": "No decision yet on whether Nykredit backs the Jutland magnet plant.",
        "commitments": [],
    },
    {
        "id": "b16-none-ore",
        "text": "Spodumene shipments from Western Australia rose 20% quarter on quarter",
        "commitments": [],
    },
    {
        "id": "b16-none-prices",
        "text": "lithium carbonate down again this week, ¥60,000/t in China",
        "commitments": [],
    },
    {
        "id": "b16-none-could",
        "text": "Euro Manganese says it could build a second plant in Germany if demand holds.",
        "commitments": [],
    },
    {
        "id": "b16-none-seeking",
        "text": "Poseidon Nickel is seeking a partner to restart its nickel concentrator",
        "commitments": [],
    },
    {
        "id": "b16-none-reminder",
        "text": "reminder: policy digest goes out Monday, send me your cobalt items by Friday",
        "commitments": [],
    },
    {
        "id": "b16-none-old-loan",
        "text": "In 2023 Banca Popolare di Sondrio lent €20m to a graphite start-up in Lombardy.",
        "commitments": [],
    },
    {
        "id": "b16-none-doubt",
        "text": "Will Crédit Mutuel Arkéa actually fund the magnet recycler? I doubt it",
        "commitments": [],
    },
    {
        "id": "b16-none-scrapped",
        "text": "MagREEsource scrapped its plan to build a rare earth magnet plant in Grenoble.",
        "commitments": [],
    },
    {
        "id": "b16-none-meeting",
        "text": "mtg w/ Keva's team Thursday re cobalt exposure, pls join",
        "commitments": [],
    },
    {
        "id": "b16-none-exploring",
        "text": "Marimaca Copper is exploring options for a copper cathode plant in Antofagasta",
        "commitments": [],
    },
    # --- shapes ---
    {
        "id": "b16-shape-self-correct-amount",
        "text": "Elo is investing €40m in a lithium refinery in Kokkola — sorry, €45m",
        "commitments": [_c("Elo", "FI", "equity", "45000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b16-shape-self-correct-actor",
        "text": "Ilmarinen lending €30m to a nickel mine in Sotkamo... correction: it's Keva, not Ilmarinen",
        "commitments": [_c("Keva", "FI", "loan", "30000000", "EUR", minerals=["nickel"])],
    },
    {
        "id": "b16-shape-two-commitments",
        "text": (
            "Helsinki utility Helen puts €10m into a battery recycling pilot. Separately OP "
            "Financial Group lends €50m to a lithium refinery in Ostrobothnia."
        ),
        "commitments": [
            _c("Helen", "FI", "equity", "10000000", "EUR", minerals=[]),
            _c("OP Financial Group", "FI", "loan", "50000000", "EUR", minerals=["lithium"]),
        ],
    },
    {
        "id": "b16-shape-bullets",
        "text": (
            "• SpareBank 1 SR-Bank: NOK 250m loan for a graphite anode plant in Rogaland\n• Jyske "
            "Bank: DKK 90m credit facility for a rare earth magnet recycler in Aarhus"
        ),
        "commitments": [
            _c("SpareBank 1 SR-Bank", "NO", "loan", "250000000", "NOK", minerals=["graphite"]),
            _c("Jyske Bank", "DK", "loan", "90000000", "DKK", minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b16-shape-fyi",
        "text": (
            "FYI — per Nikkei, Dowa Holdings will invest ¥15bn in an antimony and gallium recovery "
            "line in Akita"
        ),
        "commitments": [
            _c("Dowa Holdings", "JP", "equity", "15000000000", "JPY", minerals=["antimony", "gallium"])
        ],
    },
    {
        "id": "b16-shape-lowercase",
        "text": "hamburger sparkasse lending €20m to a copper recycling plant in hamburg, fyi",
        "commitments": [_c("Hamburger Sparkasse", "DE", "loan", "20000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b16-shape-headline-caps",
        "text": "PIRAEUS BANK IN €55M LOAN FOR GALLIUM LINE",
        "commitments": [_c("Piraeus Bank", "GR", "loan", "55000000", "EUR", minerals=["gallium"])],
    },
    {
        "id": "b16-shape-headline",
        "text": "Banque Cantonale Vaudoise lends CHF 15m to Librec for battery recycling plant",
        "commitments": [
            _c(
                "Banque Cantonale Vaudoise",
                "CH",
                "loan",
                "15000000",
                "CHF",
                counterparty="Librec",
                minerals=[],
            )
        ],
    },
    {
        "id": "b16-shape-participle",
        "text": (
            "Lending €6 million to a vanadium recycler in Linz, Oberbank is backing its home region again"
        ),
        "commitments": [_c("Oberbank", "AT", "loan", "6000000", "EUR", minerals=["vanadium"])],
    },
    {
        "id": "b16-shape-quote",
        "text": (
            '"We will put NOK 400 million into rare earth separation," said KLP\'s chief investment officer.'
        ),
        "commitments": [_c("KLP", "NO", "equity", "400000000", "NOK", minerals=["rare-earths"])],
    },
    {
        "id": "b16-shape-yesterday",
        "text": (
            "Yesterday Michigan Strategic Fund approved a $10 million grant to a graphite anode "
            "plant in Kalamazoo."
        ),
        "commitments": [
            _c(
                "Michigan Strategic Fund",
                "US",
                "grant",
                "10000000",
                "USD",
                minerals=["graphite"],
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b16-shape-on-tuesday",
        "text": (
            "Noveon Magnetics said on Tuesday it will spend $25m on a rare earth magnet recycling "
            "line in Texas"
        ),
        "commitments": [
            _c(
                "Noveon Magnetics",
                "US",
                "equity",
                "25000000",
                "USD",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b16-shape-this-morning",
        "text": (
            "This morning HyProMag said it will invest £20 million in a rare earth magnet "
            "recycling hub in Birmingham."
        ),
        "commitments": [
            _c(
                "HyProMag",
                "GB",
                "equity",
                "20000000",
                "GBP",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    {
        "id": "b16-shape-on-monday",
        "text": "ATP said on Monday it is investing DKK 1bn in a copper and nickel recycling fund",
        "commitments": [_c("ATP", "DK", "equity", "1000000000", "DKK", announced_on=date(2025, 6, 16))],
    },
    {
        "id": "b16-shape-ampersand",
        "text": "Sampension & AkademikerPension each put DKK 200m into a graphite anode plant in Esbjerg.",
        "commitments": [
            _c("Sampension", "DK", "equity", "200000000", "DKK", minerals=["graphite"]),
            _c("AkademikerPension", "DK", "equity", "200000000", "DKK", minerals=["graphite"]),
        ],
    },
    {
        "id": "b16-shape-big-korea",
        "text": "SeAH Besteel will invest 300 billion won in a manganese alloy plant in Gunsan",
        "commitments": [_c("SeAH Besteel", "KR", "equity", "300000000000", "KRW", minerals=["manganese"])],
    },
    {
        "id": "b16-shape-big-india",
        "text": "Vedanta to spend ₹5,000 crore on expanding its copper smelter in Tuticorin.",
        "commitments": [_c("Vedanta", "IN", "equity", "50000000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b16-shape-big-gulf",
        "text": "Ma'aden will invest $500m in a rare earths refinery in Ras Al-Khair",
        "commitments": [
            _c("Ma'aden", "SA", "equity", "500000000", "USD", minerals=["rare-earths"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b16-shape-big-latam",
        "text": (
            "Antofagasta Minerals agreed to sell copper concentrate to Jiangxi Copper under a six-year deal."
        ),
        "commitments": [
            _c(
                "Antofagasta Minerals",
                "CL",
                "offtake",
                None,
                counterparty="Jiangxi Copper",
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b16-shape-big-japan",
        "text": "Toho Zinc will spend ¥8bn on antimony recovery at its Annaka smelter",
        "commitments": [_c("Toho Zinc", "JP", "equity", "8000000000", "JPY", minerals=["antimony"])],
    },
    {
        "id": "b16-shape-big-france",
        "text": "Eramet will invest €100 million in a lithium refining line in Dunkirk.",
        "commitments": [_c("Eramet", "FR", "equity", "100000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b16-shape-big-italy",
        "text": "Cassa Depositi e Prestiti will lend €150m to a copper recycling plant in Sicily",
        "commitments": [
            _c("Cassa Depositi e Prestiti", "IT", "loan", "150000000", "EUR", minerals=["copper"])
        ],
    },
    {
        "id": "b16-shape-big-sea",
        "text": "Straits Trading will invest S$200 million in a nickel processing venture in Indonesia.",
        "commitments": [_c("Straits Trading", "SG", "equity", "200000000", "SGD", minerals=["nickel"])],
    },
    {
        "id": "b16-shape-big-africa",
        "text": "Dangote Group will invest $300m in a lithium processing plant in Nasarawa",
        "commitments": [
            _c("Dangote Group", "NG", "equity", "300000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b16-shape-big-uk",
        "text": "Santander UK will lend £80 million to a platinum group metals refinery in Royston.",
        "commitments": [_c("Santander UK", "GB", "loan", "80000000", "GBP")],
    },
    {
        "id": "b16-shape-big-us",
        "text": "Freeport-McMoRan is spending $200m on a copper leaching expansion in Arizona",
        "commitments": [_c("Freeport-McMoRan", "US", "equity", "200000000", "USD", minerals=["copper"])],
    },
    {
        "id": "b16-shape-big-canada-bare",
        "text": "Suncor will spend $150 million on vanadium recovery from oil sands coke in Alberta.",
        "commitments": [_c("Suncor", "CA", "equity", "150000000", "CAD", minerals=["vanadium"], **_INFERRED)],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b16-art-au-cobalt-blue",
        "kind": "article",
        "headline": "Australia to lend A$120 million to Cobalt Blue for Kwinana refinery",
        "text": "\n\n".join(
            [
                "CANBERRA, June 17 (Reuters) - The Australian government will lend A$120 million "
                "to Cobalt Blue Holdings for its cobalt refinery at Kwinana, south of Perth, the "
                "resources minister said on Tuesday.",
                "The loan comes from the government's critical minerals facility, which was set "
                "up in 2022 and has since been topped up twice.",
                "Cobalt Blue first proposed a refinery in Western Australia in 2021, when it was "
                "still studying a cobalt-pyrite deposit in New South Wales.",
                '"This A$120 million loan helps us build a cobalt supply that does not depend on '
                'one country," the minister told reporters in Canberra.',
                "Most of the world's cobalt is mined in the Democratic Republic of Congo and "
                "refined in China.",
                "Construction is due to start next year, the company said.",
            ]
        ),
        "commitments": [
            _c(
                "AU",
                "AU",
                "loan",
                "120000000",
                "AUD",
                counterparty="Cobalt Blue Holdings",
                minerals=["cobalt"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b16-art-ca-fortune",
        "kind": "article",
        "headline": "Canada, Alberta back Fortune Minerals' cobalt refinery",
        "text": "\n\n".join(
            [
                "OTTAWA, June 16 (Reuters) - Canada will provide C$25 million in funding to "
                "Fortune Minerals for its cobalt refinery near Fort Saskatchewan, Alberta, the "
                "natural resources department said on Monday.",
                "Emissions Reduction Alberta, a provincial agency, will award a further C$5 "
                "million grant to the project, the agency said in a separate statement.",
                "Fortune Minerals has been developing its mine in the Northwest Territories for "
                "more than two decades; a 2014 feasibility study put its cost at C$589 million.",
                "The company said in 2023 that it was in talks with several buyers for the "
                "refinery's output. No offtake has been signed.",
                '"The C$25 million will let us finish engineering this year," the chief executive said.',
            ]
        ),
        "commitments": [
            _c(
                "CA",
                "CA",
                "grant",
                "25000000",
                "CAD",
                counterparty="Fortune Minerals",
                minerals=["cobalt"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "Emissions Reduction Alberta", "CA", "grant", "5000000", "CAD", announced_on=date(2025, 6, 16)
            ),
        ],
    },
    {
        "id": "b16-art-cl-banco-security",
        "kind": "article",
        "headline": "Chile's Banco Security lends US$80 million to Marimaca Copper",
        "text": "\n\n".join(
            [
                "SANTIAGO, June 18 (Reuters) - Banco Security will lend US$80 million to "
                "Marimaca Copper for its copper oxide project near Antofagasta, the Chilean "
                "bank said on Wednesday.",
                "Chile is the world's largest copper producer. State miner Codelco produced "
                "about 1.3 million tonnes in 2024, its lowest in a quarter of a century.",
                "Marimaca's project was discovered in 2016 and has been through three rounds "
                "of drilling since.",
                '"A loan of this size from a Chilean bank shows local lenders are ready to back '
                "new copper,\" the bank's head of corporate banking said.",
                "The project still needs an environmental permit, which the company expects next year.",
            ]
        ),
        "commitments": [
            _c(
                "Banco Security",
                "CL",
                "loan",
                "80000000",
                "USD",
                counterparty="Marimaca Copper",
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b16-art-kr-stockpile",
        "kind": "article",
        "headline": "South Korea to stockpile gallium and germanium",
        "text": "\n\n".join(
            [
                "SEOUL, June 19 (Reuters) - South Korea will add gallium and germanium to its "
                "national stockpile of strategic metals, the industry ministry said on Thursday, "
                "after China tightened exports of both.",
                "The country already holds reserves of rare earths, cobalt and lithium, built up "
                "by a state agency since the 1960s.",
                "China imposed licence requirements on gallium and germanium exports in August "
                "2023 and banned shipments to the United States in December 2024.",
                "The ministry did not say how much it would spend. Officials said purchases "
                "would start in the second half of the year.",
                '"Stockpiling gallium and germanium is insurance for our chipmakers," a '
                "ministry official told reporters.",
                "Korean semiconductor makers use gallium in power chips and germanium in optical fibre.",
            ]
        ),
        "commitments": [
            _c(
                "KR",
                "KR",
                "stockpile",
                None,
                minerals=["gallium", "germanium"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b16-art-za-assore",
        "kind": "article",
        "headline": "Assore to invest R1.2 billion in manganese sinter plant",
        "text": "\n\n".join(
            [
                "JOHANNESBURG, June 19 (Reuters) - South African miner Assore will invest R1.2 "
                "billion in a manganese sinter plant in the Northern Cape, the company said on "
                "Thursday.",
                "South Africa holds most of the world's known manganese reserves, and most of "
                "its ore is exported unprocessed through Port Elizabeth and Saldanha Bay.",
                "Assore's smelter in Mpumalanga closed in 2020 because of high power prices.",
                '"The R1.2 billion plant lets us sell more value and less rock," Assore\'s chief '
                "executive said.",
                "The company has not decided whether to add a second line.",
                "Work on the plant is due to start in the fourth quarter.",
            ]
        ),
        "commitments": [
            _c(
                "Assore",
                "ZA",
                "equity",
                "1200000000",
                "ZAR",
                minerals=["manganese"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b16-art-in-gacl",
        "kind": "article",
        "headline": "Gujarat Alkalies to build lithium hydroxide plant",
        "text": "\n\n".join(
            [
                "NEW DELHI, June 16 (Reuters) - Gujarat Alkalies and Chemicals will invest ₹1,100 "
                "crore in a lithium hydroxide plant at Dahej, the state-run chemicals maker said "
                "in a stock exchange filing on Monday.",
                "India imports almost all of its lithium. The government auctioned its first "
                "lithium blocks, in Jammu and Kashmir, in 2023, but the auction drew too few "
                "bidders and was cancelled.",
                "In 2024 the state explorer signed an agreement to explore five lithium blocks "
                "in Argentina's Catamarca province.",
                "The Dahej plant will process imported lithium carbonate at first, the filing said.",
                '"Our ₹1,100 crore plant is the first of its kind in Gujarat," the company\'s '
                "managing director said.",
                "The plant is due to start production in 2027.",
            ]
        ),
        "commitments": [
            _c(
                "Gujarat Alkalies and Chemicals",
                "IN",
                "equity",
                "11000000000",
                "INR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b16-art-ph-rcbc",
        "kind": "article",
        "headline": "RCBC lends ₱5 billion to Nickel Asia for processing plant",
        "text": "\n\n".join(
            [
                "MANILA, June 17 (Reuters) - Rizal Commercial Banking Corporation (RCBC) will lend "
                "₱5 billion to Nickel Asia Corporation for a nickel processing plant in Surigao "
                "del Norte, the bank said on Tuesday.",
                "The Philippines is the world's second-largest producer of nickel ore, most of "
                "which is shipped to China.",
                "Lawmakers debated a ban on raw ore exports in 2024 but dropped it before the "
                "end of the session.",
                "Nickel Asia has run two processing plants with a Japanese partner since the 2000s.",
                '"The ₱5 billion loan is the largest we have made to a mining company," RCBC\'s '
                "president said.",
            ]
        ),
        "commitments": [
            _c(
                "RCBC",
                "PH",
                "loan",
                "5000000000",
                "PHP",
                counterparty="Nickel Asia Corporation",
                minerals=["nickel"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b16-art-heraeus-remloy-nodateline",
        "kind": "article",
        "headline": "Heraeus Remloy to build rare earth recycling plant in Bitterfeld",
        "text": "\n\n".join(
            [
                "Heraeus Remloy will invest €12 million in a rare earth magnet recycling plant in "
                "Bitterfeld, Saxony-Anhalt, the company said.",
                "The plant will take scrap magnets from wind turbines and electric motors and "
                "turn them back into magnet alloy.",
                "Germany imports nearly all of its rare earth magnets from China. A 2023 "
                "government study found that less than 1% of magnets were recycled.",
                "Heraeus Remloy started its first recycling line in 2022.",
                '"With €12 million we can triple our capacity," the managing director said.',
            ]
        ),
        "commitments": [
            _c("Heraeus Remloy", "DE", "equity", "12000000", "EUR", minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b16-art-us-nova-antimony",
        "kind": "article",
        "headline": "Pentagon awards Nova Minerals US$43.4 million for Alaska antimony",
        "text": "\n\n".join(
            [
                "PERTH, June 19 (Reuters) - Australian explorer Nova Minerals said on Thursday "
                "it was awarded US$43.4 million by the US Department of Defense to develop "
                "antimony production at its Estelle project in Alaska.",
                "Antimony is used in ammunition, flame retardants and solar glass. The United "
                "States has had no domestic antimony mine since 2001.",
                "China, which refines most of the world's antimony, restricted exports in September 2024.",
                "Nova Minerals' shares rose 30% in Sydney trading after the announcement.",
                '"The US$43.4 million award puts Estelle on a fast track," the company\'s chief '
                "executive said.",
                "Nova Minerals has also been in talks with US lenders, the company said, but no "
                "loan has been agreed.",
            ]
        ),
        "commitments": [
            _c(
                "US",
                "US",
                "grant",
                "43400000",
                "USD",
                counterparty="Nova Minerals",
                minerals=["antimony"],
                announced_on=date(2025, 6, 19),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b16-art-gb-lloyds-altilium",
        "kind": "article",
        "headline": "Lloyds lends £30 million to Altilium for battery recycling",
        "text": "\n\n".join(
            [
                "LONDON, June 18 (Reuters) - Lloyds Banking Group will lend £30 million to "
                "Altilium for its battery recycling plant in Teesside, the bank said on "
                "Wednesday.",
                "Altilium, founded in 2020, recovers lithium, nickel and cobalt from spent "
                "electric-vehicle batteries.",
                "Britain's first large battery recycling plant was announced in 2022 but its "
                "developer collapsed before construction began.",
                "Altilium denied a newspaper report that it planned to sell a stake to a Chinese investor.",
                '"The £30 million facility lets us scale up in Teesside," Altilium\'s chief executive said.',
                "The plant is due to open in 2027.",
            ]
        ),
        "commitments": [
            _c(
                "Lloyds Banking Group",
                "GB",
                "loan",
                "30000000",
                "GBP",
                counterparty="Altilium",
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b16-art-jp-germanium-subsidy",
        "kind": "article",
        "headline": "Japan to subsidise gallium and germanium refining",
        "text": "\n\n".join(
            [
                "TOKYO, June 20 (Reuters) - Japan's trade ministry will provide up to ¥40 "
                "billion in subsidies for domestic gallium and germanium refining, the ministry "
                "said on Friday.",
                "Bank of Yokohama will lend ¥4 billion to a gallium refiner in Kanagawa "
                "prefecture under the programme, the bank said separately.",
                "Japan relied on China for more than half of its gallium imports in 2023, "
                "according to customs data.",
                "A similar programme for rare earths, launched in 2010 after a dispute with "
                "China, helped cut Japan's dependence on Chinese supply.",
                '"Up to ¥40 billion will be available from this autumn," a ministry official said.',
                "Applications open in September.",
            ]
        ),
        "commitments": [
            _c(
                "JP",
                "JP",
                "grant",
                "40000000000",
                "JPY",
                minerals=["gallium", "germanium"],
                announced_on=date(2025, 6, 20),
                **_CEIL,
            ),
            _c(
                "Bank of Yokohama",
                "JP",
                "loan",
                "4000000000",
                "JPY",
                minerals=["gallium"],
                announced_on=date(2025, 6, 20),
            ),
        ],
    },
    {
        "id": "b16-art-kz-tungsten",
        "kind": "article",
        "headline": "Kazakhstan to invest 120 billion tenge in tungsten concentrator",
        "text": "\n\n".join(
            [
                "ASTANA, June 16 (Reuters) - Kazakhstan's government will invest 120 billion "
                "tenge in a tungsten concentrator in the Karaganda region, the industry "
                "ministry said on Monday.",
                "Kazakhstan holds some of the world's largest tungsten deposits, but has "
                "produced little of the metal since the Soviet era.",
                "A foreign company won rights to develop the Boguty deposit in 2018.",
                "The ministry said it was also exploring a joint venture with a Gulf investor, "
                "but no agreement has been reached.",
                '"The 120 billion tenge concentrator will be state-owned," the deputy minister said.',
            ]
        ),
        "commitments": [
            _c(
                "KZ",
                "KZ",
                "equity",
                "120000000000",
                "KZT",
                minerals=["tungsten"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b16-art-desenbahia-nodateline",
        "kind": "article",
        "headline": "Desenbahia lends R$200 million to Largo for vanadium mine",
        "text": "\n\n".join(
            [
                "Brazilian state development agency Desenbahia will lend R$200 million to Largo "
                "for its vanadium mine in Maracás, in the state of Bahia, the agency said.",
                "The Maracás Menchen mine started production in 2014 and is one of the "
                "world's few primary vanadium mines.",
                "Vanadium prices fell more than 40% between 2022 and 2024 as Chinese steel demand weakened.",
                '"This R$200 million loan keeps jobs in Bahia," the agency\'s president said.',
                "Largo did not comment on the loan.",
            ]
        ),
        "commitments": [
            _c("Desenbahia", "BR", "loan", "200000000", "BRL", counterparty="Largo", minerals=["vanadium"]),
        ],
    },
    {
        "id": "b16-art-de-lithium-jointly",
        "kind": "article",
        "headline": "Deutsche Rohstoff and EnBW to invest €60 million in Upper Rhine lithium",
        "text": "\n\n".join(
            [
                "BERLIN, June 18 (Reuters) - Deutsche Rohstoff and EnBW will jointly invest €60 "
                "million in a lithium extraction plant in the Upper Rhine Valley, the two "
                "companies said on Wednesday.",
                "The plant will extract lithium from geothermal brine pumped from deep underground.",
                "Several companies have tested lithium extraction from geothermal brine in the "
                "region since 2019, but none has yet produced at commercial scale.",
                "EnBW runs a geothermal power plant in Bruchsal that has hosted a lithium pilot since 2021.",
                '"Sixty million euros gets us to the first commercial tonnes," Deutsche '
                "Rohstoff's chief executive said.",
                "The companies could add a second plant later, they said.",
                "Germany's car industry needs lithium for batteries; almost all of it is currently imported.",
            ]
        ),
        "commitments": [
            _c(
                "Deutsche Rohstoff",
                "DE",
                "equity",
                "60000000",
                "EUR",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
            _c("EnBW", "DE", "equity", None, minerals=["lithium"], announced_on=date(2025, 6, 18)),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-16"

# Filled in by the lead after the one scoring run (2026-12-01, 01:56 UTC, on round 12 with the widened
# organisations table, as merged: 105 of 159 exact); the cases stay as written.
BLIND16_MISSES: dict[str, str] = {
    "b16-party-ucore-dod": (
        "convention kept from the main corpus: a department such as the DOD is kept as the "
        "organisation with its country (actor 'DOD', actor_country 'US'); this batch wants 'US'"
    ),
    "b16-none-talks": (
        "convention kept from the main corpus: 'is in talks' is a proposal draft (b-tokyo-in-talks);"
        " this batch wants no draft"
    ),
    "b16-shape-lowercase": (
        "a name we do not know typed in lower case ('hamburger sparkasse') is not read as a name: "
        "only known names are read in any case"
    ),
    "b16-art-us-nova-antimony": (
        "convention kept from the main corpus: the US Department of Defense is kept as 'DOD' with "
        "actor_country 'US'; this batch wants 'US'"
    ),
}
