"""Blind batch 26 ("set": "blind-26"): written on 2026-12-01 (07:56-08:12 UTC) from the sentences
alone, before the reader was run on them, by a helper (worktree blind26) who had not read the
reader's code, its tables (organisations, currencies, minerals), its rules, the main corpus's cases,
the README, docs/ or any batch's cases beyond those listed here. What was read, and nothing else:
/work/wt/PREAMBLE.md; tests/store/blind_cases.py; the module docstrings (the text before `from
__future__`) of tests/store/extraction_blind14.py, extraction_blind20.py, extraction_blind21.py,
extraction_blind22.py (whose middle, about 17 lines, was cut off in the terminal) and
extraction_blind24.py (batches 15 to 19 and 23 only through what those five restate);
tests/store/extraction_blind24.py from its `from __future__` line for 75 lines (imports, partials,
first eight message cases), the keyword names used in its next 75 lines (printed as counts of
`name=`, no sentence), one article case and the opening of the next two (its `_ARTICLES` opening,
40 lines), and its footer (lines 1650-1662: the end of its last article, CASES/set, and the comment
above BLIND24_MISSES, which gives the run's total; no entry of that or any misses dict was seen);
the instrument vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`;
the listing of /work/shared/seeds/ (its article was not opened); pyproject.toml's line length. Name
checks were counts only (`grep -icx NAME /work/wt/used-names-before-b25.txt`, one name at a time,
the list never printed). Nothing under store/, handlers/, jobs/ or docs/ was opened, nor
tests/eval_extraction.py. The file was only imported and linted (ruff check, ruff format, mypy),
never run through the reader before the lead's one scoring run, and never used to tune it. Every
sentence was written for this batch; none is copied or paraphrased from an earlier batch.

Actor sampling (batches 14 to 22 and 24's way, not batch 23's): every acting organisation is new
to the corpus. The batch has 182 distinct acting organisations (drafts whose actor is not an ISO
code; no organisation acts twice), each with count 0 on the name check. About 175 first candidates
had a non-zero count (most of the well-known regional, national and Gulf banks, juniors and pension
funds of the first draft) and were replaced, and about 25 more zero-count candidates were dropped
as aliases or units of counted names (Nedbank Namibia, Rabobank Utrecht, Kuntien eläkevakuutus for
Keva, Finance Wales for the Development Bank of Wales, Baotou Steel Rare-Earth, Bank AlJazira
Capital, Sunny Commercial Bank, Fennia Life, Santoku Corporation, Mineração Taboca, MG Saemaul
Geumgo, Absa Bank Zambia, Stanbic Bank Uganda, First National Bank of Botswana, Meiji Yasuda Life,
MetLife Investment Management, Indonesia Investment Authority, Länsförsäkringar Bergslagen, the
Crédit Agricole, Banque Populaire and Caisse d'Epargne regional banks, Nykredit Bank, Danica
Pension, Gulf International Bank Saudi Arabia, Kazakhstan Industry Development Fund, Fukoku Mutual
Life; and, after the file was first committed, Hellenic Development Bank of Investments, Leapmotor,
Rizal Commercial Banking Corporation and Eurasian Bank, for Hellenic Development Bank, Stellantis,
RCBC and ERG). Counterparties and names that only appear in no-draft messages were not checked (they do
not act). About 113 of the 182 are small or mid-sized (savings, cantonal,
cooperative, regional, rural, Islamic and small commercial banks, building societies and credit
unions, regional and state development agencies and funds, guarantee foundations, municipal and
company pension funds, juniors, a made-up Japanese motor maker "Kurashiki Magnetics", mid-size
metals firms) and about 69 (38%) are larger ones not yet named (insurers and pension funds: Talanx,
Uniqa, Baloise, Ageas, Tryg, Gjensidige, Covéa, Royal London, AMF Pensionsförsäkring, Great-West
Lifeco, Intact Financial, Northwestern Mutual, New York Life, Pacific Life, Asahi Mutual Life,
Momentum Group, Menora Mivtachim, Korea Teachers' Pension, Permodalan Nasional, BPJS
Ketenagakerjaan, New York State Teachers' Retirement System, Alberta Teachers' Retirement Fund,
Colonial First State Superannuation, Rest, Government Superannuation Fund Authority ...; state
lenders and ECAs: Česká exportní banka, Agricultural
Development Bank of China, Agricultural Development Bank of Ghana, Development Bank of Nigeria,
Social Development Bank; carmakers, utilities, listed miners and big banks: Dongfeng, Chery,
Yamaha Motor, Kyushu Electric Power, Osaka Gas, China Rare Earth Group, Sinomine Resources, Pacific
Metals, Yes Bank, Central Bank of India, Türkiye Finans, Kuveyt Türk, Meezan Bank, BRAC Bank,
Taishin International Bank, Frost Bank ...). Fourteen of the
large ones replaced small first-draft actors after the first count (a sentence's amount or verb
was kept, or changed with its expectation: Dongfeng, Chery and Permodalan Nasional take
stakes where a bank had lent). Seven drafts are by governments named as
countries or a ministry (ISO codes). Actor countries: 77 (JP 11 drafts, IN, CA and US 8, DE, FR, GB,
CN and AU 6, then the Nordics, Korea, Iberia, Italy, Benelux, Central, Eastern and South-Eastern
Europe, Turkey, Israel, the Gulf, North, West, East, Central and Southern Africa, South and
South-East Asia, Hong Kong, Taiwan, Mongolia, Central Asia, the Caucasus, New Zealand and Latin
America).

Size: 193 message cases (25 of them, 13%, expect no draft) and 12 article cases (5 sentences each,
each with a background sentence about an earlier year; one without a dateline, one expecting no
draft; headline, lead and quote repeat one commitment and give one draft), 189 expected drafts (14
from articles). Instruments: loan 108, equity 43, grant 14, offtake 9, guarantee 7, mou 2, and one
each of export-control, stockpile, tariff, investment-screening, price-floor and other. Currency
flags: 7 inferred, 19 flagged not inferred; 4 ceilings; statuses: announced 2, and one each of
withdrawn, conditional, disbursed, binding and proposed.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13 June;
"last week" and "recently" give no expected date; an article's dateline dates its commitments, a
dateline without a year is read in 2025, an article without a dateline has no expected date) and
the same rules as batch 14's docstring and the decisions of batches 15 to 24 (later batches
overriding earlier ones; batch 23's actor sampling excepted). A field a careful analyst could fill
two ways is left out (only the fields given are checked; the actor's country is always checked, so
no multilateral lender acts). Statuses come from proposed, announced, conditional, binding,
disbursed, withdrawn.

Decided for this batch (written down so the lead can check):
- Self-corrections are read as corrected, the last one winning: "graphene... no, a graphite
  purification start-up" -> graphite; "titanium... wait no, a rare earth mine" and "phosphate...
  no, a tantalum... no, a rare earth processing plant" -> rare-earths; "nickel... no, a vanadium
  mine" and "vanadium electrolyte... no, a vanadium pentoxide plant" -> vanadium; "gold... no, a
  copper concentrator", "copper... diamond? no, copper concentrator", "chromite... correction, a
  copper smelter" and "copper-gold... no, a copper concentrator" -> copper; "cobalt-free... no, a
  cobalt recovery start-up" and "copper-cobalt... scratch that, a cobalt hydroxide plant" ->
  cobalt; "zinc-germanium... sorry, just a germanium recovery start-up" -> germanium; "nickel...
  no, a gallium recovery project" -> gallium; "lithium cell... no, a lithium refinery" -> lithium;
  "graphite anode... (wait,) a graphite flake mill/processor" -> graphite; "graphite... sorry, a
  lithium recycling start-up" -> minerals left out (batch 21's recycler rule); "to a Saudi... no,
  a Kuwaiti nickel alloy recycler" -> nickel. A corrected counterparty is the second one ("to
  Trafigura... no wait, to Mercuria"; "from Sumitomo... no, from Nickel Industries").
- "Bank Islam financed nothing here: it was Affin Bank that agreed a RM 80m loan" expects only
  Affin Bank's loan (the wrong-party trap, named); "X lending to the Cornish tin... hmm, actually
  not sure it was X, ignore until confirmed" gives nothing.
- A guarantee foundation or fund that "guaranteed ₩1.2bn of a bank loan" or "guarantees COP
  80,000 million of a bank loan" is a guarantee of that sum (batch 20).
- "Sanctions ₹12 crore" is a loan of 120,000,000; "up to ₹600 crore" 6,000,000,000 flagged;
  "Rs 75 lakh" 7,500,000; "6M€" €6m; "eur 4.2m" €4.2m; "20-30 mln zł", "€5–9m" and "between $10
  million and $15 million" keep the higher end, flagged.
- A bare "$" or "dollars" is USD flagged not inferred for Swiss, Turkish, Tanzanian, Congolese,
  Mozambican, Pakistani, Indian, Indonesian, Chinese, Kazakh, Armenian, Brazilian, Zambian, Korean
  ("half a billion dollars") and Japanese ("50 million dollars") actors; SGD (SEEDS Capital), TWD
  (Bank of Kaohsiung), HKD (Airstar Bank), AUD (Bank of Us), CAD (Connect First Credit Union,
  Cambrian Credit Union's "five million dollars") and NZD (TSB Bank New Zealand's "twelve million
  dollars"), each inferred; USD with no flag for US actors. "US$", "HK$", "NT$", "A$", "C$", "NZ$",
  "R$" and "R" (South African actor) are explicit, no flag expected.
- "2,000 billion dong" is 2 trillion VND; "1,800 million baht (THB)", "6 billion CFA francs (XOF)",
  "CLP 18,000 million", "COP 200,000 million" and "MXN 1,500 million" scale as written; "300m DKK",
  "200 million MAD" and "150 million RON" take the code after the number; AED, OMR, KWD, SAR, QAR,
  TZS, UGX, ZMW, BWP, NAD, GHS, AOA, EGP, PKR, BDT, LKR, MNT, KZT ("tenge"), UZS, GEL, ILS, ISK,
  HUF, CZK, PEN and NOK as written.
- "Jointly lend DKK 200 million" and "jointly invest A$90m" keep the amount on the first only;
  "each commit €25m to a ... fund" and "each put C$75m into a ... royalty fund" give equity each,
  minerals left out (funds).
- "Has bought a 3% stake in Gujarat Mineral Development Corporation for ₹250 crore" is equity with
  that counterparty and no minerals; "takes a 10% stake in a nickel HPAL plant for $300 million" is
  equity of $300m in nickel; "signed a binding agreement to invest SAR 750 million" is binding
  equity; "pulled out of its SEK 600 million equity investment" withdrawn; "X's £120 million loan
  ... is conditional on planning consent" conditional; "proposed a $12 million grant" proposed;
  "disbursed the first SAR 300 million tranche of its loan" disbursed with 300 million; "announced
  on Wednesday a €35 million loan" announced with 18 June.
- Offtakes: "will supply copper cathode to Hyundai Motor's battery unit" (an unnamed unit), "signed
  to sell lithium carbonate to a cathode plant in South Carolina", "agreed to buy rare earth
  concentrate from a mine in Tanzania" and an article's "agreed to buy the recovered oxides" leave
  the counterparty out; "agreed to buy antimony concentrate from Perpetua Resources", "from Sierra
  Gorda" and "will sell cobalt sulphate ... to Glencore" name it. An article's "A Delhi-based
  battery maker agreed to buy graphite" gives no draft (no named actor).
- "Japan will lend Vietnam ¥25 billion" is JP's loan, counterparty left out (batch 24); Bolivia's
  export licences (export-control), Chile's mining ministry's stockpile (announced on Wednesday),
  Indonesia's export levy (tariff), Poland's takeover reviews (investment-screening), Kenya's
  minimum price (price-floor) and Morocco's fast-tracked permits (other) are ISO codes.
- Minerals left out: "lithium cell recycler", "lithium recycling start-up" and a "lithium recycling
  research chair", "battery metals recycler", "lithium battery recycler", "lithium battery cell
  plant", "battery cathode plant", "lithium iron phosphate cathode plant", "graphite anode plant",
  "nickel ore haulage firm", "a Hong Kong-listed lithium trader", funds. Named: "gallium nitride
  start-up" gallium (batch 20), "nickel HPAL plant", "ferronickel plant" and "nickel alloy
  recycler" nickel, "copper wire recycler", "copper scrap refinery" and "copper leaching start-up"
  copper, "tungsten carbide recycler" tungsten, "rare earth clay miner" rare-earths, "cobalt and
  nickel recycler" both.
- An appositive keeps the name written first ("SODIAR, the Aragón development company,"; "BOM, the
  Brabant development agency,"; "Catamarca Minera y Energética, Catamarca's state mining
  company,"); an actor written in lowercase ("volksbank rhein-lahn-limburg", "caja rural de
  zamora", "tryg", "chongyi zhangyuan tungsten") is expected in its usual spelling.
- Dates: "Tuesday: X signed ..." 17 June; "signed ... last Friday" 13 June; "signed this morning"
  and "said this morning" 20 June; "lent ... yesterday" 19 June; a dateline "19 June 2025" dates
  the article; "Deals"-style headings are not used.
- No-draft messages: questions, "if X were to ... it would", "might ... if", "would ... if",
  "could ..., sources say", "declined to comment/say", "denied", "no plans", "is not lending ...
  after all", "ignore until confirmed", "has not decided" (an article), recalls of earlier years,
  chatter, market and share-price talk, a reminder and thanks. "In talks", "weighing",
  "considering" and "exploring" appear in no case.
- Case ids were written before the name check; where an actor was replaced, the id keeps the first
  candidate's name (ids are labels only).
- No project or initiative name is expected by any case (the lists below stay empty on purpose).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.store.blind_cases import (
    CEIL,
    D13,
    D16,
    D17,
    D18,
    D19,
    D20,
    INFERRED,
    USD_NOT_INFERRED,
    article_case,
    message_case,
)
from tests.store.blind_cases import expected_draft as _c

# No case expects a project or initiative name; kept for the lead's wiring, which reads both.
KNOWN_PROJECTS_EXTRA: list[str] = []
KNOWN_INITIATIVES_EXTRA: list[str] = []

_USD_NOT_INFERRED, _INFERRED, _CEIL = USD_NOT_INFERRED, INFERRED, CEIL

_m = partial(message_case, "b26-")
_a = partial(article_case, "b26-art-")

_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    _m(
        "hanau-lithium",
        "Sparkasse Hanau will lend €7 million to a lithium hydroxide pilot in Hanau-Wolfgang.",
        _c("Sparkasse Hanau", "DE", "loan", "7000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "rhein-lahn-germanium-yday",
        "volksbank rhein-lahn-limburg said yesterday it's putting eur 2.3m of equity into a germanium "
        "recovery start-up in Diez",
        _c(
            "Volksbank Rhein-Lahn-Limburg",
            "DE",
            "equity",
            "2300000",
            "EUR",
            minerals=["germanium"],
            announced_on=_D19,
        ),
    ),
    _m(
        "heilbronn-question",
        "did Kreissparkasse Heilbronn actually sign the graphite loan or is that still just a term sheet?",
    ),
    _m(
        "vorderpfalz-nickel-range",
        "Talanx: €5–9m credit line for a nickel precursor line in Ludwigshafen, per the insurer",
        _c("Talanx", "DE", "loan", "9000000", "EUR", minerals=["nickel"], **_CEIL),
    ),
    _m(
        "bb-thueringen-guarantee",
        "Bürgschaftsbank Thüringen will guarantee €1.6m of a bank loan to a tungsten carbide recycler in "
        "Schmalkalden.",
        _c("Bürgschaftsbank Thüringen", "DE", "guarantee", "1600000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "vr-bayern-mitte-monday",
        "On Monday VR Bank Bayern Mitte agreed to lend three million euros to a graphite anode-grade "
        "purification plant near Ingolstadt.",
        _c("VR Bank Bayern Mitte", "DE", "loan", "3000000", "EUR", minerals=["graphite"], announced_on=_D16),
    ),
    _m(
        "rlb-burgenland-each",
        "Raiffeisenlandesbank Burgenland and Uniqa will each lend €5 million to an antimony smelter "
        "restart in Carinthia.",
        _c("Raiffeisenlandesbank Burgenland", "AT", "loan", "5000000", "EUR", minerals=["antimony"]),
        _c("Uniqa", "AT", "loan", "5000000", "EUR", minerals=["antimony"]),
    ),
    _m(
        "kufstein-chatter",
        "lol the Sparkasse Kufstein guy at the conference would not stop talking about antimony prices 😅",
    ),
    _m(
        "glarner-kb-chf",
        "Urner Kantonalbank is lending CHF 4 million to a cobalt refinery in Altdorf",
        _c("Urner Kantonalbank", "CH", "loan", "4000000", "CHF", minerals=["cobalt"]),
    ),
    _m(
        "schaffhauser-equity-usd",
        "Baloise takes a $6m stake in a rare earth magnet recycler in Neuhausen",
        _c("Baloise", "CH", "equity", "6000000", "USD", minerals=["rare-earths"], **_USD_NOT_INFERRED),
    ),
    _m(
        "avera-tuesday",
        "Tuesday: Bank Avera signed a CHF 2.5m loan for a tungsten powder line in the Rhine valley",
        _c("Bank Avera", "CH", "loan", "2500000", "CHF", minerals=["tungsten"], announced_on=_D17),
    ),
    _m(
        "ca-normandie-seine-grant",
        "Grand Est Développement has awarded €400,000 to a lithium recycling research chair at Strasbourg "
        "university",
        _c("Grand Est Développement", "FR", "grant", "400000", "EUR"),
    ),
    _m(
        "bp-alc-equity",
        "Alsace Capital invests €3.5 million in a lithium brine start-up in the Vosges foothills.",
        _c("Alsace Capital", "FR", "equity", "3500000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "region-grand-est-grant",
        "Région Normandie grants €2 million to a nickel refinery study near Le Havre",
        _c("Région Normandie", "FR", "grant", "2000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "covea-fund-equity",
        "Covéa commits €60m in equity to a European critical metals fund, its CIO said this morning",
        _c("Covéa", "FR", "equity", "60000000", "EUR", announced_on=_D20),
    ),
    _m(
        "cividale-hypothetical",
        "if Banca di Cividale were to back the Friuli zinc smelter it would be the biggest loan in its "
        "history",
    ),
    _m(
        "sondrio-loan",
        "Credito Valtellinese extends €18 million of credit to a tungsten mine reopening in Valtellina.",
        _c("Credito Valtellinese", "IT", "loan", "18000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "finlombarda-guarantee",
        "Finpiemonte will guarantee €2.4m of a loan to a cobalt recycler in Brescia",
        _c("Finpiemonte", "IT", "guarantee", "2400000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "bper-wed",
        "Banca Popolare dell'Alto Adige announced on Wednesday a €35 million loan to a copper rod mill in "
        "Emilia",
        _c(
            "Banca Popolare dell'Alto Adige",
            "IT",
            "loan",
            "35000000",
            "EUR",
            minerals=["copper"],
            status="announced",
            announced_on=_D18,
        ),
    ),
    _m(
        "caja-rural-navarra",
        "caja rural de zamora lending 6M€ to a lithium cell recycler in Tudela.. anyone have the press "
        "release?",
        _c("Caja Rural de Zamora", "ES", "loan", "6000000", "EUR"),
    ),
    _m(
        "sodena-equity",
        "SODIAR, the Aragón development company, is taking a €1.2m stake in a rare earth separation pilot "
        "in Zaragoza",
        _c("SODIAR", "ES", "equity", "1200000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "ivf-loan",
        "Institut Català de Finances lends €4m to a lithium iron phosphate cathode plant in Sagunto",
        _c("Institut Català de Finances", "ES", "loan", "4000000", "EUR"),
    ),
    _m(
        "kutxabank-declined",
        "Kutxabank declined to comment on reports it would finance the Basque nickel project.",
    ),
    _m(
        "banco-big-equity",
        "Banco BIG bought a 4% stake in a Portuguese lithium junior for €9 million",
        _c("Banco BIG", "PT", "equity", "9000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "triodos-grant",
        "Oikocredit awarded €250k to a copper urban-mining cooperative in Utrecht",
        _c("Oikocredit", "NL", "grant", "250000", "EUR", minerals=["copper"]),
    ),
    _m(
        "bom-brabant-equity",
        "BOM, the Brabant development agency, invests €2 million in a cobalt-free... no, a cobalt recovery "
        "start-up in Eindhoven",
        _c("BOM", "NL", "equity", "2000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "argenta-loan",
        "Ageas will lend €12m to a zinc recycling plant in Balen.",
        _c("Ageas", "BE", "loan", "12000000", "EUR", minerals=["zinc"]),
    ),
    _m(
        "wallonie-entreprendre-equity",
        "Sambrinvest puts €5 million into a germanium wafer start-up in Liège",
        _c("Sambrinvest", "BE", "equity", "5000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "sparebanken-vest-nok",
        "Sparebanken Sogn og Fjordane lends NOK 150 million to a vanadium recovery plant in Bremanger",
        _c("Sparebanken Sogn og Fjordane", "NO", "loan", "150000000", "NOK", minerals=["vanadium"]),
    ),
    _m(
        "snn-graphite",
        "Gjensidige: NOK 80m loan for a graphite mine in Senja, signed yesterday",
        _c("Gjensidige", "NO", "loan", "80000000", "NOK", minerals=["graphite"], announced_on=_D19),
    ),
    _m(
        "sparbanken-skane-sek",
        "Varbergs Sparbank is lending 45 million kronor to a battery metals recycler in Landskrona",
        _c("Varbergs Sparbank", "SE", "loan", "45000000", "SEK"),
    ),
    _m(
        "jyske-each-jointly",
        "Djurslands Bank and Den Jyske Sparekasse will jointly lend DKK 200 million to a rare earth magnet "
        "plant in Esbjerg.",
        _c("Djurslands Bank", "DK", "loan", "200000000", "DKK", minerals=["rare-earths"]),
        _c("Den Jyske Sparekasse", "DK", "loan", minerals=["rare-earths"]),
    ),
    _m("aktia-nope", "Aktia says it has no plans to lend to the Kokkola cobalt expansion."),
    _m(
        "ilmarinen-equity",
        "Pensions-Alandia invests €50 million in a Finnish battery chemicals company's nickel sulphate unit",
        _c("Pensions-Alandia", "FI", "equity", "50000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "varma-elo-each",
        "Eläkevakuutusyhtiö Veritas and Church Pension Fund of Finland each commit €25m to a Nordic "
        "critical minerals fund",
        _c("Eläkevakuutusyhtiö Veritas", "FI", "equity", "25000000", "EUR"),
        _c("Church Pension Fund of Finland", "FI", "equity", "25000000", "EUR"),
    ),
    _m(
        "alecta-withdrawn",
        "AMF Pensionsförsäkring pulled out of its SEK 600 million equity investment in a lithium refinery "
        "in Skellefteå",
        _c(
            "AMF Pensionsförsäkring",
            "SE",
            "equity",
            "600000000",
            "SEK",
            minerals=["lithium"],
            status="withdrawn",
        ),
    ),
    _m(
        "folksam-equity",
        "tryg putting 300m DKK into a cobalt and nickel recycler in Fredericia 🇩🇰",
        _c("Tryg", "DK", "equity", "300000000", "DKK", minerals=["cobalt", "nickel"]),
    ),
    _m(
        "pka-pfa-mou",
        "MP Pension and PenSam signed an MoU on co-investing in Greenland rare earth projects",
        _c("MP Pension", "DK", "mou", counterparty="PenSam", minerals=["rare-earths"]),
        _c("PenSam", "DK", "mou", counterparty="MP Pension", minerals=["rare-earths"]),
    ),
    _m("klp-chatter", "KLP's quarterly letter is out, nothing on minerals this time"),
    _m(
        "islandsbanki-loan",
        "Íslandsbanki extends ISK 2 billion in financing to a gallium recovery plant in Húsavík",
        _c("Íslandsbanki", "IS", "loan", "2000000000", "ISK", minerals=["gallium"]),
    ),
    _m(
        "cumberland-bs",
        "Furness Building Society will lend £3m to a lithium extraction pilot in west Cumbria",
        _c("Furness Building Society", "GB", "loan", "3000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "dev-bank-wales-equity",
        "Cardiff Capital Region Investment Fund takes a £1.5 million equity stake in a rare earth magnet "
        "recycler in Newport",
        _c(
            "Cardiff Capital Region Investment Fund",
            "GB",
            "equity",
            "1500000",
            "GBP",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "gmpf-equity",
        "West Yorkshire Pension Fund commits £40m of equity to a UK lithium refiner",
        _c("West Yorkshire Pension Fund", "GB", "equity", "40000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "legal-general-conditional",
        "Royal London's £120 million loan to a Teesside lithium hydroxide refinery is conditional on "
        "planning consent",
        _c("Royal London", "GB", "loan", "120000000", "GBP", minerals=["lithium"], status="conditional"),
    ),
    _m(
        "mandg-ignore",
        "M&G lending to the Cornish lithium... hmm, actually not sure it was M&G, ignore until confirmed",
    ),
    _m(
        "enterprise-ireland-grant",
        "Údarás na Gaeltachta has awarded €900,000 to a zinc-germanium... sorry, just a germanium recovery "
        "start-up in Galway",
        _c("Údarás na Gaeltachta", "IE", "grant", "900000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "pekao-pln",
        "Bank Pocztowy will lend PLN 400 million to a copper wire rod mill in Legnica",
        _c("Bank Pocztowy", "PL", "loan", "400000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "bos-bank-range",
        "SGB-Bank: 20-30 mln zł for a cobalt recycling line in Gliwice",
        _c("SGB-Bank", "PL", "loan", "30000000", "PLN", minerals=["cobalt"], **_CEIL),
    ),
    _m(
        "nrb-czk",
        "Česká exportní banka will guarantee CZK 250 million of a loan to a lithium mine in the Ore "
        "Mountains",
        _c("Česká exportní banka", "CZ", "guarantee", "250000000", "CZK", minerals=["lithium"]),
    ),
    _m("fio-question", "is Fio banka really the one lending to the Kutná Hora zinc project? sounds odd"),
    _m(
        "mbh-huf",
        "MagNet Bank lends HUF 12 billion to a battery cathode plant in Debrecen",
        _c("MagNet Bank", "HU", "loan", "12000000000", "HUF"),
    ),
    _m(
        "banca-transilvania-ron",
        "Patria Bank is extending 150 million RON in financing to a copper cathode refinery in Baia Mare",
        _c("Patria Bank", "RO", "loan", "150000000", "RON", minerals=["copper"]),
    ),
    _m(
        "bdb-eur",
        "Fund of Funds Bulgaria will lend €15m to a copper smelter's new acid plant near Pirdop",
        _c("Fund of Funds Bulgaria", "BG", "loan", "15000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "hbor-guarantee",
        "HAMAG-BICRO guarantees €6 million of a bank loan to a lithium battery cell plant in Osijek",
        _c("HAMAG-BICRO", "HR", "guarantee", "6000000", "EUR"),
    ),
    _m(
        "sid-banka-loan",
        "SID Banka lends €10m to a copper scrap refinery in Kidričevo",
        _c("SID Banka", "SI", "loan", "10000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "piraeus-bauxite-trap",
        "Attica Bank will lend €28 million to a nickel laterite smelter in Larymna",
        _c("Attica Bank", "GR", "loan", "28000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "hdb-equity",
        "Cooperative Bank of Chania invests €8 million in a nickel... no, a gallium recovery project in Evia",
        _c("Cooperative Bank of Chania", "GR", "equity", "8000000", "EUR", minerals=["gallium"]),
    ),
    _m(
        "sekerbank-usd",
        "Odeabank will lend $14 million to a chromium... correction, a copper smelter in Elazığ",
        _c("Odeabank", "TR", "loan", "14000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "kuveyt-turk-islamic",
        "Kuveyt Türk provides $25m of Islamic financing to a rare earth pilot plant in Eskişehir",
        _c("Kuveyt Türk", "TR", "loan", "25000000", "USD", minerals=["rare-earths"], **_USD_NOT_INFERRED),
    ),
    _m("vakif-katilim-denied", "Vakıf Katılım denied it is financing the Kayseri rare earth plant."),
    _m(
        "mizrahi-ils",
        "Bank Jerusalem lends ILS 60 million to a lithium brine pilot in the Negev",
        _c("Bank Jerusalem", "IL", "loan", "60000000", "ILS", minerals=["lithium"]),
    ),
    _m(
        "menora-equity",
        "Menora Mivtachim invests ILS 90 million in a lithium brine developer at the Dead Sea",
        _c("Menora Mivtachim", "IL", "equity", "90000000", "ILS", minerals=["lithium"]),
    ),
    _m(
        "ajman-bank-aed",
        "Al Masraf: AED 110m Islamic financing for a copper rod plant in Ajman",
        _c("Al Masraf", "AE", "loan", "110000000", "AED", minerals=["copper"]),
    ),
    _m(
        "bank-dhofar-omr",
        "Ahli Bank Oman will lend OMR 12 million to a copper cathode plant in Sohar",
        _c("Ahli Bank Oman", "OM", "loan", "12000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "kfh-kwd",
        "Kuwait Industrial Bank extended KWD 9 million of financing to a Saudi... no, a Kuwaiti nickel "
        "alloy recycler",
        _c("Kuwait Industrial Bank", "KW", "loan", "9000000", "KWD", minerals=["nickel"]),
    ),
    _m(
        "riyad-bank-sar",
        "Social Development Bank disbursed the first SAR 300 million tranche of its loan to a phosphate... "
        "sorry, a rare earth processing plant in Ras Al-Khair",
        _c(
            "Social Development Bank",
            "SA",
            "loan",
            "300000000",
            "SAR",
            minerals=["rare-earths"],
            status="disbursed",
        ),
    ),
    _m(
        "anb-binding",
        "Jadwa Investment signed a binding agreement to invest SAR 750 million in a copper smelter in Jazan",
        _c("Jadwa Investment", "SA", "equity", "750000000", "SAR", minerals=["copper"], status="binding"),
    ),
    _m(
        "qdb-grant",
        "Qatar International Islamic Bank grants QAR 5 million to a gallium recovery start-up in Doha",
        _c("Qatar International Islamic Bank", "QA", "grant", "5000000", "QAR", minerals=["gallium"]),
    ),
    _m(
        "crdb-tzs",
        "Tanzania Commercial Bank will lend TZS 90 billion to a graphite mine in Lindi region",
        _c("Tanzania Commercial Bank", "TZ", "loan", "90000000000", "TZS", minerals=["graphite"]),
    ),
    _m(
        "nmb-tz-usd",
        "Akiba Commercial Bank lends $20m to a nickel concentrator in Kagera",
        _c(
            "Akiba Commercial Bank", "TZ", "loan", "20000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED
        ),
    ),
    _m(
        "coop-bank-kenya-kes",
        "Kingdom Bank is lending KES 2.4 billion to a titanium... wait no, a rare earth mine near Mrima Hill",
        _c("Kingdom Bank", "KE", "loan", "2400000000", "KES", minerals=["rare-earths"]),
    ),
    _m(
        "stanbic-uganda-ugx",
        "Centenary Bank will lend UGX 85 billion to a cobalt tailings plant in Kasese",
        _c("Centenary Bank", "UG", "loan", "85000000000", "UGX", minerals=["cobalt"]),
    ),
    _m(
        "zenith-ngn",
        "Unity Bank: ₦40bn loan to a lithium concentrate plant in Nasarawa, signed on Tuesday",
        _c("Unity Bank", "NG", "loan", "40000000000", "NGN", minerals=["lithium"], announced_on=_D17),
    ),
    _m("fidelity-nigeria-question", "has Fidelity Bank Nigeria confirmed the tantalum loan or no?"),
    _m(
        "bank-of-industry-ngn",
        "Development Bank of Nigeria grants ₦500 million to artisanal lithium miners' cooperatives in Kwara",
        _c("Development Bank of Nigeria", "NG", "grant", "500000000", "NGN", minerals=["lithium"]),
    ),
    _m(
        "rawbank-usd",
        "Banque Commerciale du Congo will lend $45 million to a copper-cobalt... scratch that, a cobalt "
        "hydroxide plant in Kolwezi",
        _c(
            "Banque Commerciale du Congo",
            "CD",
            "loan",
            "45000000",
            "USD",
            minerals=["cobalt"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "gecamines-offtake-ixm",
        "Sodimico will sell cobalt hydroxide from its Kolwezi tailings to Trafigura... no wait, to Mercuria",
        _c("Sodimico", "CD", "offtake", counterparty="Mercuria", minerals=["cobalt"]),
    ),
    _m(
        "zanaco-zmw",
        "First Capital Bank Zambia lends ZMW 600 million to a copper cathode plant in Chingola",
        _c("First Capital Bank Zambia", "ZM", "loan", "600000000", "ZMW", minerals=["copper"]),
    ),
    _m("cbz-chatter", "CBZ Bank's CEO on the radio again about lithium, no numbers though"),
    _m(
        "fnb-botswana-bwp",
        "BancABC Botswana will lend BWP 300 million to a copper mine in the Kalahari copper belt",
        _c("BancABC Botswana", "BW", "loan", "300000000", "BWP", minerals=["copper"]),
    ),
    _m(
        "bank-windhoek-nad",
        "Trustco Bank: NAD 120m for a lithium mine near Uis",
        _c("Trustco Bank", "NA", "loan", "120000000", "NAD", minerals=["lithium"]),
    ),
    _m(
        "nedbank-rand",
        "TymeBank will lend R1.2 billion to a manganese smelter in Mpumalanga",
        _c("TymeBank", "ZA", "loan", "1200000000", "ZAR", minerals=["manganese"]),
    ),
    _m(
        "sanlam-equity-zar",
        "Momentum Group invests R450 million in a vanadium electrolyte... no, a vanadium pentoxide plant "
        "in Brits",
        _c("Momentum Group", "ZA", "equity", "450000000", "ZAR", minerals=["vanadium"]),
    ),
    _m(
        "cih-bank-mad",
        "Bank Assafa lends 200 million MAD to a cobalt refinery expansion near Guemassa",
        _c("Bank Assafa", "MA", "loan", "200000000", "MAD", minerals=["cobalt"]),
    ),
    _m(
        "banque-misr-egp",
        "Arab African International Bank provides EGP 1.5 billion in financing to a phosphate... no, a "
        "tantalum... no, a rare earth processing plant in the Eastern Desert",
        _c("Arab African International Bank", "EG", "loan", "1500000000", "EGP", minerals=["rare-earths"]),
    ),
    _m(
        "gcb-ghana-ghs",
        "Agricultural Development Bank of Ghana will lend GHS 150 million to a manganese mine in Nsuta",
        _c(
            "Agricultural Development Bank of Ghana", "GH", "loan", "150000000", "GHS", minerals=["manganese"]
        ),
    ),
    _m(
        "coris-xof",
        "Coris Bank lends 6 billion CFA francs (XOF) to a manganese mine in Tambao",
        _c("Coris Bank", "BF", "loan", "6000000000", "XOF", minerals=["manganese"]),
    ),
    _m(
        "millennium-bim-usd",
        "Banco Comercial e de Investimentos signs a $12 million loan to a graphite processing plant in "
        "Montepuez",
        _c(
            "Banco Comercial e de Investimentos",
            "MZ",
            "loan",
            "12000000",
            "USD",
            minerals=["graphite"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "banco-bai-aoa",
        "Banco Keve will lend AOA 25 billion to a copper... diamond? no, copper concentrator in Cuanza Norte",
        _c("Banco Keve", "AO", "loan", "25000000000", "AOA", minerals=["copper"]),
    ),
    _m(
        "pnb-crore",
        "Karnataka Vikas Grameena Bank sanctions ₹12 crore for a copper wire recycler in Dharwad",
        _c("Karnataka Vikas Grameena Bank", "IN", "loan", "120000000", "INR", minerals=["copper"]),
    ),
    _m(
        "canara-lakh",
        "Central Bank of India lends Rs 75 lakh to a graphite... sorry, a lithium recycling start-up in "
        "Bengaluru",
        _c("Central Bank of India", "IN", "loan", "7500000", "INR"),
    ),
    _m(
        "union-bank-india-usd",
        "Yes Bank will lend $40 million to a rare earth magnet plant in Andhra Pradesh",
        _c("Yes Bank", "IN", "loan", "40000000", "USD", minerals=["rare-earths"], **_USD_NOT_INFERRED),
    ),
    _m(
        "ireda-upto",
        "Tamil Nadu Power Finance to lend up to ₹600 crore to a lithium cell... no, a lithium refinery in "
        "Tuticorin",
        _c("Tamil Nadu Power Finance", "IN", "loan", "6000000000", "INR", minerals=["lithium"], **_CEIL),
    ),
    _m(
        "saraswat-coop",
        "Abhyudaya Co-operative Bank is lending ₹45 crore to a cobalt recycler in Thane",
        _c("Abhyudaya Co-operative Bank", "IN", "loan", "450000000", "INR", minerals=["cobalt"]),
    ),
    _m(
        "kerala-fc-grant",
        "Andhra Pradesh State Financial Corporation grants ₹3 crore to a graphene... no, a graphite "
        "purification start-up in Visakhapatnam",
        _c(
            "Andhra Pradesh State Financial Corporation",
            "IN",
            "grant",
            "30000000",
            "INR",
            minerals=["graphite"],
        ),
    ),
    _m(
        "karur-vysya-stake",
        "Ujjivan Small Finance Bank has bought a 3% stake in Gujarat Mineral Development Corporation for "
        "₹250 crore",
        _c(
            "Ujjivan Small Finance Bank",
            "IN",
            "equity",
            "2500000000",
            "INR",
            counterparty="Gujarat Mineral Development Corporation",
        ),
    ),
    _m(
        "hdfc-life-question",
        "would HDFC Life put money into the Jharkhand graphite fund if the rules changed? asking for a "
        "client",
    ),
    _m(
        "meezan-pkr",
        "Meezan Bank provides PKR 4 billion of Islamic financing to a copper-gold... no, a copper "
        "concentrator in Chagai",
        _c("Meezan Bank", "PK", "loan", "4000000000", "PKR", minerals=["copper"]),
    ),
    _m(
        "bank-alfalah-usd",
        "Askari Bank lends $15m to an antimony mine in Balochistan",
        _c("Askari Bank", "PK", "loan", "15000000", "USD", minerals=["antimony"], **_USD_NOT_INFERRED),
    ),
    _m(
        "brac-bdt",
        "BRAC Bank will lend BDT 900 million to a lithium battery recycler in Gazipur",
        _c("BRAC Bank", "BD", "loan", "900000000", "BDT"),
    ),
    _m(
        "hnb-lkr",
        "Seylan Bank lends LKR 3 billion to a graphite mine in Kurunegala",
        _c("Seylan Bank", "LK", "loan", "3000000000", "LKR", minerals=["graphite"]),
    ),
    _m("nabil-chatter", "Nabil Bank retweeted something about cobalt, probably nothing"),
    _m(
        "bank-jatim-idr",
        "Bank Maluku Malut will lend Rp 500 billion to a nickel smelter in Morowali",
        _c("Bank Maluku Malut", "ID", "loan", "500000000000", "IDR", minerals=["nickel"]),
    ),
    _m(
        "bank-sulselbar-usd",
        "Bank NTB Syariah lending $8m to a nickel ore haulage firm in Sorowako",
        _c("Bank NTB Syariah", "ID", "loan", "8000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "ina-equity",
        "BPJS Ketenagakerjaan takes a 10% stake in a nickel HPAL plant for $300 million",
        _c(
            "BPJS Ketenagakerjaan",
            "ID",
            "equity",
            "300000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "vietcombank-vnd",
        "Bac A Bank extends 2,000 billion dong in credit to a rare earth refinery in Lai Chau",
        _c("Bac A Bank", "VN", "loan", "2000000000000", "VND", minerals=["rare-earths"]),
    ),
    _m("tpbank-hypo", "TPBank might lend to the tungsten mine in Thai Nguyen if the licence comes through"),
    _m(
        "kbank-thb",
        "Thanachart Capital lends 1,800 million baht (THB) to a copper foil plant in Rayong",
        _c("Thanachart Capital", "TH", "loan", "1800000000", "THB", minerals=["copper"]),
    ),
    _m(
        "exim-thailand-guarantee",
        "Small Business Credit Guarantee Corporation guarantees ฿400m of a loan to a graphite anode... "
        "graphite flake mill in Chanthaburi",
        _c(
            "Small Business Credit Guarantee Corporation",
            "TH",
            "guarantee",
            "400000000",
            "THB",
            minerals=["graphite"],
        ),
    ),
    _m(
        "security-bank-php",
        "EastWest Bank will lend ₱2.5 billion to a nickel processing plant in Surigao",
        _c("EastWest Bank", "PH", "loan", "2500000000", "PHP", minerals=["nickel"]),
    ),
    _m(
        "dbp-landbank-each",
        "Philippine Bank of Communications and Bank of Commerce each lend ₱1 billion to a copper "
        "smelter in Leyte",
        _c("Philippine Bank of Communications", "PH", "loan", "1000000000", "PHP", minerals=["copper"]),
        _c("Bank of Commerce", "PH", "loan", "1000000000", "PHP", minerals=["copper"]),
    ),
    _m(
        "rhb-myr",
        "Permodalan Nasional takes a RM 150 million stake in a rare earth separation plant in Pahang",
        _c("Permodalan Nasional", "MY", "equity", "150000000", "MYR", minerals=["rare-earths"]),
    ),
    _m(
        "bank-islam-offtake-trap",
        "Bank Islam financed nothing here: it was Affin Bank that agreed a RM 80m loan for the Kuantan "
        "graphite plant",
        _c("Affin Bank", "MY", "loan", "80000000", "MYR", minerals=["graphite"]),
    ),
    _m(
        "edbi-sgd",
        "SEEDS Capital invests $20 million in a gallium nitride start-up in Singapore",
        _c("SEEDS Capital", "SG", "equity", "20000000", "SGD", minerals=["gallium"], **_INFERRED),
    ),
    _m(
        "shizuoka-bank-jpy",
        "Suruga Bank will lend ¥3 billion to a rare earth magnet recycler in Hamamatsu",
        _c("Suruga Bank", "JP", "loan", "3000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "iyo-bank-yday",
        "hyakujushi bank lent ¥1.2bn to a copper smelter upgrade in Niihama yesterday",
        _c("Hyakujushi Bank", "JP", "loan", "1200000000", "JPY", minerals=["copper"], announced_on=_D19),
    ),
    _m(
        "hyakugo-usd",
        "Mie Bank commits 50 million dollars in loans to a lithium refinery in Mie",
        _c("Mie Bank", "JP", "loan", "50000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "kyoto-shinkin-grant",
        "Osaka Gas has awarded ¥20 million to a gallium research lab in Kyoto",
        _c("Osaka Gas", "JP", "grant", "20000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "dowa-offtake",
        "Pacific Metals agreed to buy antimony concentrate from Perpetua Resources for five years",
        _c("Pacific Metals", "JP", "offtake", counterparty="Perpetua Resources", minerals=["antimony"]),
    ),
    _m(
        "meiji-yasuda-equity",
        "Asahi Mutual Life invests ¥15 billion in a Japanese critical minerals fund",
        _c("Asahi Mutual Life", "JP", "equity", "15000000000", "JPY"),
    ),
    _m(
        "kyushu-electric-equity",
        "Kyushu Electric Power takes a ¥4bn stake in a lithium extraction start-up in Kagoshima",
        _c("Kyushu Electric Power", "JP", "equity", "4000000000", "JPY", minerals=["lithium"]),
    ),
    _m(
        "mazda-offtake",
        "Yamaha Motor will buy nickel sulphate from Sumitomo... no, from Nickel Industries, under a "
        "seven-year deal",
        _c("Yamaha Motor", "JP", "offtake", counterparty="Nickel Industries", minerals=["nickel"]),
    ),
    _m(
        "busan-bank-krw",
        "Jeonnam Bank lends ₩30 billion to a copper foil mill in Gwangyang",
        _c("Jeonnam Bank", "KR", "loan", "30000000000", "KRW", minerals=["copper"]),
    ),
    _m(
        "jeonbuk-bank-friday",
        "Gangwon Credit Guarantee Foundation guaranteed ₩1.2bn of a bank loan last Friday for a graphite "
        "anode... wait, a graphite flake processor in Samcheok",
        _c(
            "Gangwon Credit Guarantee Foundation",
            "KR",
            "guarantee",
            "1200000000",
            "KRW",
            minerals=["graphite"],
            announced_on=_D13,
        ),
    ),
    _m(
        "lsmnm-offtake",
        "Korea Iron & Steel will supply copper cathode to Hyundai Motor's battery unit for 5 years",
        _c("Korea Iron & Steel", "KR", "offtake", minerals=["copper"]),
    ),
    _m(
        "nonghyup-usd",
        "Korean Teachers' Credit Union will lend half a billion dollars to a lithium hydroxide plant in "
        "Pohang",
        _c(
            "Korean Teachers' Credit Union",
            "KR",
            "loan",
            "500000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "kic-equity",
        "Korea Teachers' Pension puts $200 million into a Canadian nickel miner",
        _c(
            "Korea Teachers' Pension",
            "KR",
            "equity",
            "200000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "esun-twd",
        "Taishin International Bank lends NT$800 million to a gallium recycling plant in Hsinchu",
        _c("Taishin International Bank", "TW", "loan", "800000000", "TWD", minerals=["gallium"]),
    ),
    _m(
        "kings-town-bare",
        "Bank of Kaohsiung: $300m credit line for a rare earth magnet plant in Tainan",
        _c("Bank of Kaohsiung", "TW", "loan", "300000000", "TWD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m("chang-hwa-no", "Chang Hwa Bank is not lending to the Kaohsiung cobalt plant after all"),
    _m(
        "bank-of-ningbo-cny",
        "Chery takes a RMB 600 million stake in a lithium refinery in Yichun",
        _c("Chery", "CN", "equity", "600000000", "CNY", minerals=["lithium"]),
    ),
    _m(
        "huishang-yuan",
        "Dongfeng takes a 350 million yuan stake in a copper foil plant in Baiyin",
        _c("Dongfeng", "CN", "equity", "350000000", "CNY", minerals=["copper"]),
    ),
    _m(
        "sinomine-equity",
        "Sinomine Resources buys a 20% stake in a Zimbabwean lithium mine for $90 million",
        _c(
            "Sinomine Resources", "CN", "equity", "90000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED
        ),
    ),
    _m(
        "shenghe-offtake",
        "China Rare Earth Group agreed to buy rare earth concentrate from a mine in Tanzania",
        _c("China Rare Earth Group", "CN", "offtake", minerals=["rare-earths"]),
    ),
    _m(
        "xiamen-tungsten-equity",
        "chongyi zhangyuan tungsten invests CNY 1.1bn in a new tungsten powder line 🏭",
        _c("Chongyi Zhangyuan Tungsten", "CN", "equity", "1100000000", "CNY", minerals=["tungsten"]),
    ),
    _m(
        "adbc-loan",
        "Agricultural Development Bank of China lends 2 billion yuan to a graphite mine in Heilongjiang",
        _c(
            "Agricultural Development Bank of China", "CN", "loan", "2000000000", "CNY", minerals=["graphite"]
        ),
    ),
    _m(
        "dah-sing-hkd",
        "Tai Yau Bank will lend HK$500 million to a Hong Kong-listed lithium trader",
        _c("Tai Yau Bank", "HK", "loan", "500000000", "HKD"),
    ),
    _m(
        "bea-bare",
        "Airstar Bank: $200m loan for a cobalt refinery in Guangxi",
        _c("Airstar Bank", "HK", "loan", "200000000", "HKD", minerals=["cobalt"], **_INFERRED),
    ),
    _m(
        "khan-bank-mnt",
        "Capitron Bank lends MNT 100 billion to a copper concentrator in the South Gobi",
        _c("Capitron Bank", "MN", "loan", "100000000000", "MNT", minerals=["copper"]),
    ),
    _m("golomt-chatter", "Golomt Bank's annual report lands next week — worth a skim for the mining book"),
    _m(
        "halyk-kzt",
        "Nurbank will lend 40 billion tenge to a tungsten mine in Karaganda region",
        _c("Nurbank", "KZ", "loan", "40000000000", "KZT", minerals=["tungsten"]),
    ),
    _m(
        "dbk-usd",
        "Home Credit Bank Kazakhstan lends $110m to a copper smelter in East Kazakhstan",
        _c(
            "Home Credit Bank Kazakhstan",
            "KZ",
            "loan",
            "110000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "kapitalbank-uzs",
        "Agrobank Uzbekistan extends UZS 500 billion in financing to a copper cathode plant in Almalyk",
        _c("Agrobank Uzbekistan", "UZ", "loan", "500000000000", "UZS", minerals=["copper"]),
    ),
    _m(
        "tbc-gel",
        "TBC Bank lends GEL 60 million to a manganese ferroalloy plant in Zestaponi",
        _c("TBC Bank", "GE", "loan", "60000000", "GEL", minerals=["manganese"]),
    ),
    _m(
        "ameriabank-usd",
        "Ameriabank will lend $30 million to a gold... no, a copper concentrator in Syunik",
        _c("Ameriabank", "AM", "loan", "30000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "bendigo-bare",
        "Bank of Us will lend $25 million to a vanadium mine near Julia Creek",
        _c("Bank of Us", "AU", "loan", "25000000", "AUD", minerals=["vanadium"], **_INFERRED),
    ),
    _m(
        "boq-aud",
        "Defence Bank lends A$40m to a rare earth refinery in Townsville",
        _c("Defence Bank", "AU", "loan", "40000000", "AUD", minerals=["rare-earths"]),
    ),
    _m(
        "aware-super-equity",
        "Colonial First State Superannuation puts A$150 million into a lithium hydroxide refiner in Kwinana",
        _c("Colonial First State Superannuation", "AU", "equity", "150000000", "AUD", minerals=["lithium"]),
    ),
    _m(
        "hostplus-rest-jointly",
        "Brighter Super and Rest jointly invest A$90m in an Australian critical minerals fund",
        _c("Brighter Super", "AU", "equity", "90000000", "AUD"),
        _c("Rest", "AU", "equity"),
    ),
    _m("igo-chatter", "share price watch: IGO down 4% on the nickel news, nothing we need to log"),
    _m(
        "kiwibank-nzd",
        "TSB Bank New Zealand will lend twelve million dollars to a rare earth recycler in Christchurch",
        _c("TSB Bank New Zealand", "NZ", "loan", "12000000", "NZD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "nz-super-equity",
        "Government Superannuation Fund Authority commits NZ$100 million of equity to a global battery "
        "metals fund",
        _c("Government Superannuation Fund Authority", "NZ", "equity", "100000000", "NZD"),
    ),
    _m(
        "laurentian-cad",
        "Intact Financial is lending C$35 million to a graphite mine in the Laurentides",
        _c("Intact Financial", "CA", "loan", "35000000", "CAD", minerals=["graphite"]),
    ),
    _m(
        "atb-bare",
        "Connect First Credit Union lends $18m to a lithium brine project near Leduc",
        _c("Connect First Credit Union", "CA", "loan", "18000000", "CAD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "servus-numberword",
        "Cambrian Credit Union will lend five million dollars to a vanadium recovery pilot in Flin Flon",
        _c("Cambrian Credit Union", "CA", "loan", "5000000", "CAD", minerals=["vanadium"], **_INFERRED),
    ),
    _m(
        "psp-equity",
        "Colleges of Applied Arts and Technology Pension Plan acquires a 15% stake in a Québec lithium "
        "hydroxide refinery for C$220 million",
        _c(
            "Colleges of Applied Arts and Technology Pension Plan",
            "CA",
            "equity",
            "220000000",
            "CAD",
            minerals=["lithium"],
        ),
    ),
    _m("optrust-hypo", "OPTrust could invest in the Ring of Fire nickel project, sources say"),
    _m(
        "bci-aimco-each",
        "Great-West Lifeco and Alberta Teachers' Retirement Fund each put C$75m into a Canadian copper "
        "royalty fund",
        _c("Great-West Lifeco", "CA", "equity", "75000000", "CAD"),
        _c("Alberta Teachers' Retirement Fund", "CA", "equity", "75000000", "CAD"),
    ),
    _m(
        "fortune-minerals-offtake",
        "Canada Silver Cobalt Works will sell cobalt sulphate from its Alberta refinery to Glencore",
        _c("Canada Silver Cobalt Works", "CA", "offtake", counterparty="Glencore", minerals=["cobalt"]),
    ),
    _m(
        "frost-usd",
        "Frost Bank will lend $22 million to a lithium brine plant in East Texas",
        _c("Frost Bank", "US", "loan", "22000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "zions-loan",
        "New York Life: $60m loan for a copper smelter restart in Utah, signed this morning",
        _c("New York Life", "US", "loan", "60000000", "USD", minerals=["copper"], announced_on=_D20),
    ),
    _m(
        "glacier-bancorp-range",
        "Northwestern Mutual will lend between $10 million and $15 million to an antimony mill in Montana",
        _c("Northwestern Mutual", "US", "loan", "15000000", "USD", minerals=["antimony"], **_CEIL),
    ),
    _m(
        "wyoming-grant",
        "North Dakota Industrial Commission grants $4 million to a rare earth separation plant near Bismarck",
        _c("North Dakota Industrial Commission", "US", "grant", "4000000", "USD", minerals=["rare-earths"]),
    ),
    _m(
        "arizona-commerce-grant",
        "The Nevada Governor's Office of Economic Development has awarded $2.5m to a copper leaching "
        "start-up in Reno",
        _c(
            "Nevada Governor's Office of Economic Development",
            "US",
            "grant",
            "2500000",
            "USD",
            minerals=["copper"],
        ),
    ),
    _m(
        "medc-grant-proposed",
        "Michigan Economic Development Corporation proposed a $12 million grant for a graphite anode plant "
        "in Lansing",
        _c("Michigan Economic Development Corporation", "US", "grant", "12000000", "USD", status="proposed"),
    ),
    _m(
        "ny-common-equity",
        "New York State Teachers' Retirement System commits $250 million to a critical minerals private "
        "equity fund",
        _c("New York State Teachers' Retirement System", "US", "equity", "250000000", "USD"),
    ),
    _m("tiaa-question", "TIAA lending to Thacker Pass?? source?"),
    _m(
        "metlife-loan",
        "Pacific Life will lend US$75 million to a nickel refinery in Mississippi",
        _c("Pacific Life", "US", "loan", "75000000", "USD", minerals=["nickel"]),
    ),
    _m(
        "ioneer-offtake-trap",
        "Chariot Corporation signed to sell lithium carbonate to a cathode plant in South Carolina",
        _c("Chariot Corporation", "AU", "offtake", minerals=["lithium"]),
    ),
    _m(
        "banorte-mxn",
        "BanCoppel lends MXN 1,500 million to a lithium clay project in Sonora",
        _c("BanCoppel", "MX", "loan", "1500000000", "MXN", minerals=["lithium"]),
    ),
    _m(
        "banco-azteca-declined",
        "Banco Azteca declined to say whether it is financing the Zacatecas zinc mine",
    ),
    _m(
        "bnb-brl",
        "Banco do Estado de Sergipe will lend R$200 million to a lithium mine in the Jequitinhonha valley",
        _c("Banco do Estado de Sergipe", "BR", "loan", "200000000", "BRL", minerals=["lithium"]),
    ),
    _m(
        "brde-grant",
        "Goiás Fomento grants R$5 million to a graphite research centre in Goiânia",
        _c("Goiás Fomento", "BR", "grant", "5000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "bdmg-equity",
        "Desenvolve MT takes a R$40m stake in a rare earth clay miner in Mato Grosso",
        _c("Desenvolve MT", "BR", "equity", "40000000", "BRL", minerals=["rare-earths"]),
    ),
    _m(
        "cbmm-usd",
        "Companhia Baiana de Pesquisa Mineral invests $50 million in a nickel... no, a vanadium mine in "
        "Maracás",
        _c(
            "Companhia Baiana de Pesquisa Mineral",
            "BR",
            "equity",
            "50000000",
            "USD",
            minerals=["vanadium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "banco-security-clp",
        "Banco Ripley lends CLP 18,000 million to a copper cathode plant in Antofagasta",
        _c("Banco Ripley", "CL", "loan", "18000000000", "CLP", minerals=["copper"]),
    ),
    _m(
        "enami-offtake",
        "Minera Las Cenizas agreed to buy copper concentrate from Sierra Gorda for three years",
        _c("Minera Las Cenizas", "CL", "offtake", counterparty="Sierra Gorda", minerals=["copper"]),
    ),
    _m(
        "interbank-pen",
        "BanBif will lend PEN 150 million to a copper concentrator in Arequipa",
        _c("BanBif", "PE", "loan", "150000000", "PEN", minerals=["copper"]),
    ),
    _m(
        "bancoldex-cop",
        "Fondo Nacional de Garantías guarantees COP 80,000 million of a bank loan to a nickel smelter in "
        "Córdoba",
        _c("Fondo Nacional de Garantías", "CO", "guarantee", "80000000000", "COP", minerals=["nickel"]),
    ),
    _m(
        "provincia-ars",
        "Banco de la Provincia de Córdoba lends US$20m to a lithium brine project in Catamarca",
        _c("Banco de la Provincia de Córdoba", "AR", "loan", "20000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "jemse-equity",
        "Catamarca Minera y Energética, Catamarca's state mining company, takes an 8% stake in a lithium "
        "carbonate plant in Fiambalá for US$12 million",
        _c("Catamarca Minera y Energética", "AR", "equity", "12000000", "USD", minerals=["lithium"]),
    ),
    _m("banco-macro-recall", "Banco Macro lent to a lithium project back in 2019, nothing new since"),
    _m(
        "bolivia-gov-export",
        "Bolivia will require export licences for lithium carbonate from July",
        _c("BO", "BO", "export-control", minerals=["lithium"]),
    ),
    _m(
        "chile-stockpile",
        "Chile's mining ministry announced a national copper cathode stockpile on Wednesday",
        _c("CL", "CL", "stockpile", minerals=["copper"], status="announced", announced_on=_D18),
    ),
    _m(
        "indonesia-tariff",
        "Indonesia to impose an export levy on nickel matte, the trade minister said",
        _c("ID", "ID", "tariff", minerals=["nickel"]),
    ),
    _m(
        "poland-screening",
        "Poland tightens reviews of foreign takeovers of copper and rare earth companies",
        _c("PL", "PL", "investment-screening", minerals=["copper", "rare-earths"]),
    ),
    _m(
        "japan-lends-vietnam",
        "Japan will lend Vietnam ¥25 billion for a rare earth processing hub",
        _c("JP", "JP", "loan", "25000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "kenya-price-floor",
        "Kenya's government will guarantee a minimum price for locally mined graphite",
        _c("KE", "KE", "price-floor", minerals=["graphite"]),
    ),
    _m(
        "morocco-fasttrack",
        "Morocco is fast-tracking permits for cobalt and copper mines, the energy ministry said",
        _c("MA", "MA", "other", minerals=["cobalt", "copper"]),
    ),
    _m("thanks", "thanks all, great thread today 🙏"),
    _m("reminder", "reminder: digest goes out at 5pm, log anything on the Gulf banks before then"),
    _m("market-talk", "cobalt up 6% this week, lithium flat, copper at a 3-month high"),
    _m(
        "old-year-recall",
        "In 2021 Bank of Ayudhya lent THB 500 million to a nickel plant; it was repaid in 2024.",
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "sparkasse-mittelfranken-sued-lithium",
        "Sparkasse Mittelfranken-Süd lends €14m to Roth lithium plant",
        [
            "ROTH, June 18 (dpa-AFX) - Sparkasse Mittelfranken-Süd will lend €14 million to a lithium "
            "hydroxide plant being built in an old wire works in Roth, the savings bank said on Wednesday.",
            "In 2022 the town council sold the site to the plant's developer for a symbolic euro.",
            '"This €14 million loan is the largest in our history," the bank\'s chairman said.',
            "The plant plans to make 5,000 tonnes a year from 2027.",
            "Construction begins in the autumn.",
        ],
        _c(
            "Sparkasse Mittelfranken-Süd",
            "DE",
            "loan",
            "14000000",
            "EUR",
            minerals=["lithium"],
            announced_on=_D18,
        ),
    ),
    _a(
        "caisse-epargne-loire-centre-graphite",
        "Loire bank and regional fund back graphite mill",
        [
            "ORLÉANS, June 17 - Banque Hottinguer is lending €9 million to a natural graphite purification "
            "mill in the Loiret, the bank said on Tuesday.",
            "Région Centre-Val de Loire will grant €2 million to the mill, the region said in the same "
            "statement.",
            "The region first studied graphite deposits in the Massif Central in 2019 but no mine followed.",
            '"Nine million euros for a single plant is a big step for us," the bank\'s director of corporate '
            "lending said.",
            "The mill will employ 60 people.",
        ],
        _c("Banque Hottinguer", "FR", "loan", "9000000", "EUR", minerals=["graphite"], announced_on=_D17),
        _c(
            "Région Centre-Val de Loire",
            "FR",
            "grant",
            "2000000",
            "EUR",
            minerals=["graphite"],
            announced_on=_D17,
        ),
    ),
    _a(
        "ibercaja-aragon-copper",
        "Caja Rural de Aragón lends €20 million to Aragón copper recycler",
        [
            "ZARAGOZA, 19 June 2025 - Caja Rural de Aragón has signed a €20 million loan to a copper scrap "
            "refinery in the Ebro valley, the Zaragoza-based bank said.",
            "The refinery's owner received a grant from the Aragón government in 2020 to study the plant.",
            '"Copper is the metal of the energy transition," an Caja Rural de Aragón spokeswoman said.',
            "The refinery will produce 30,000 tonnes of cathode a year.",
            "It expects to start in 2027.",
        ],
        _c("Caja Rural de Aragón", "ES", "loan", "20000000", "EUR", minerals=["copper"], announced_on=_D19),
    ),
    _a(
        "keva-finland-nickel",
        "Valio Pension Fund invests in Harjavalta nickel refinery",
        [
            "HELSINKI, June 16 (Reuters) - Valio Pension Fund, the dairy group's company pension fund, "
            "will invest €70 million in a nickel sulphate refinery in Harjavalta, it said on Monday.",
            "The refinery was first proposed in 2018 by a consortium that later broke up.",
            "The fund said the €70 million stake would give it about 15% of the refinery's owner.",
            '"We see long-term demand for nickel in batteries," the fund\'s managing director said.',
            "The refinery will supply cathode makers in Finland and Sweden.",
        ],
        _c("Valio Pension Fund", "FI", "equity", "70000000", "EUR", minerals=["nickel"], announced_on=_D16),
    ),
    _a(
        "leeds-bs-cornwall-lithium",
        "Leeds Building Society backs Cornish lithium pilot",
        [
            "ST AUSTELL, June 19 - Leeds Building Society will lend £6 million to a geothermal lithium "
            "pilot near St Austell, the mutual said on Thursday.",
            "Cornwall's mining landscape became a World Heritage Site in 2006.",
            "The pilot also won a £1.2 million grant from Cornwall Development Company, the company said.",
            '"£6 million is a significant loan for a building society," its chief executive said.',
            "First lithium carbonate is expected in 2026.",
        ],
        _c("Leeds Building Society", "GB", "loan", "6000000", "GBP", minerals=["lithium"], announced_on=_D19),
        _c(
            "Cornwall Development Company",
            "GB",
            "grant",
            "1200000",
            "GBP",
            minerals=["lithium"],
            announced_on=_D19,
        ),
    ),
    _a(
        "tuerkiye-emlak-katilim-antimony",
        "Turkish bank lends to antimony smelter",
        [
            "ISTANBUL, June 18 - Türkiye Finans will lend $18 million to an antimony smelter in Kütahya, "
            "the participation bank said on Wednesday.",
            "Turkey produced most of Europe's antimony in the 1990s.",
            "The smelter's owner had tried to raise money from a state fund in 2021 without success.",
            '"The $18 million financing will double our capacity," the smelter\'s general manager said.',
            "The bank did not give the loan's term.",
        ],
        _c(
            "Türkiye Finans",
            "TR",
            "loan",
            "18000000",
            "USD",
            minerals=["antimony"],
            announced_on=_D18,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "absa-zambia-copper",
        "Investrust Bank lends to Copperbelt concentrator",
        [
            "LUSAKA, June 17 - Investrust Bank will lend $35 million to a copper concentrator in Kitwe, "
            "the bank said on Tuesday.",
            "In 2019 the concentrator's previous owner shut it down after a dispute over power tariffs.",
            '"This $35 million loan brings a closed plant back to life," the bank\'s managing director said.',
            "Separately, Zambia's government said it had no plans to change copper export rules.",
            "The concentrator will reopen in early 2026.",
        ],
        _c(
            "Investrust Bank",
            "ZM",
            "loan",
            "35000000",
            "USD",
            minerals=["copper"],
            announced_on=_D17,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "bank-of-baroda-odisha-graphite",
        "Catholic Syrian Bank sanctions Rs 350 crore for Odisha graphite plant",
        [
            "BHUBANESWAR, June 20 - Catholic Syrian Bank has sanctioned ₹350 crore for a graphite "
            "processing plant in Odisha's Bolangir district, the Thrissur-based lender said on Friday.",
            "Odisha's first graphite auction was held in 2021.",
            '"The ₹350 crore loan is part of our critical minerals book," an executive director said.',
            "A Delhi-based battery maker agreed to buy graphite from the plant, the company said, without "
            "giving a price.",
            "The plant will process 40,000 tonnes of ore a year.",
        ],
        _c(
            "Catholic Syrian Bank",
            "IN",
            "loan",
            "3500000000",
            "INR",
            minerals=["graphite"],
            announced_on=_D20,
        ),
    ),
    _a(
        "chugoku-bank-rare-earths",
        "Okayama bank lends to rare earth recycler",
        [
            "OKAYAMA, June 16 - Tomato Bank will lend ¥2 billion to a rare earth magnet recycling plant in "
            "Kurashiki, the regional lender said on Monday.",
            "The plant's owner began recovering neodymium from scrap motors in 2017.",
            "Kurashiki Magnetics, a local motor maker, agreed to buy the recovered rare earth oxides for "
            "five "
            "years, it said separately.",
            '"Two billion yen lets us triple our capacity," the recycler\'s president said.',
            "Operations start next spring.",
        ],
        _c("Tomato Bank", "JP", "loan", "2000000000", "JPY", minerals=["rare-earths"], announced_on=_D16),
        _c("Kurashiki Magnetics", "JP", "offtake", minerals=["rare-earths"], announced_on=_D16),
    ),
    _a(
        "bancolombia-nickel",
        "Banco Caja Social lends to Córdoba nickel",
        [
            "BOGOTÁ, June 19 - Banco Caja Social will lend COP 200,000 million to a ferronickel plant in "
            "Córdoba, the bank said on Thursday.",
            "The plant's output fell sharply in 2020 when nickel prices slumped.",
            '"The loan keeps 2,000 jobs in Montelíbano," the bank\'s vice-president for corporate banking '
            "said.",
            "The financing runs for eight years.",
            "The plant exports most of its ferronickel to Asia.",
        ],
        _c("Banco Caja Social", "CO", "loan", "200000000000", "COP", minerals=["nickel"], announced_on=_D19),
    ),
    _a(
        "hoopp-lithium-nodateline",
        "Ontario Pension Board invests in Nevada lithium developer",
        [
            "Ontario Pension Board will invest US$80 million in a lithium clay developer in Nevada, the "
            "pension plan said.",
            "The developer first drilled the deposit in 2016.",
            '"US$80 million is a long-term bet on North American lithium," the plan\'s head of '
            "infrastructure "
            "said.",
            "The developer plans a decision on construction in 2026.",
            "Lithium prices have fallen by more than half since 2022.",
        ],
        _c("Ontario Pension Board", "CA", "equity", "80000000", "USD", minerals=["lithium"]),
    ),
    _a(
        "bank-rakyat-no-draft",
        "Indonesian bank says no decision on nickel smelter loan",
        [
            "JAKARTA, June 18 - Bank Jateng has not decided whether to lend to a nickel smelter in Central "
            "Sulawesi, its president director said on Wednesday.",
            "The regional bank lent Rp 200 billion to a nickel haulage firm in 2022.",
            '"We are still studying the smelter\'s numbers," he said.',
            "The smelter's owner is also seeking money from Chinese banks.",
            "Nickel output in Indonesia rose 20% in 2024.",
        ],
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-26"

# Filled in by the lead after the one scoring run (2026-12-01, 08:08 UTC, on round 21 as merged
# at 65de2d4: 135 of 205 exact); the cases stay as written.
# Round 23 (2026-12-01) tuned the reader on this batch: 199 of 205 exact; the rest stay known misses.
BLIND26_MISSES: dict[str, str] = {
    "b26-rhein-lahn-germanium-yday": "expected 1 commitments, got 0 (rejected: ['no actor: None/equity'])",
    "b26-caja-rural-navarra": "expected 1 commitments, got 0 (rejected: ['question: None/loan'])",
    "b26-folksam-equity": "expected 1 commitments, got 0 (rejected: ['no actor: None/equity'])",
    "b26-rawbank-usd": "commitment 0 actor_country: expected 'CD', got None",
    "b26-xiamen-tungsten-equity": "expected 1 commitments, got 0 (rejected: ['no actor: None/equity'])",
    "b26-hostplus-rest-jointly": "commitment 1 actor_country: expected 'AU', got None",
}
