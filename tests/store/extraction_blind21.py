"""Blind batch 21 ("set": "blind-21"): written on 2026-12-01 (04:55-05:15 UTC) from the sentences
alone, before the reader was run on them, by a helper (worktree blind21) who had not read the
reader's code, its tables (organisations, currencies, minerals), its rules, the main corpus's
cases, the README, docs/ or any batch's cases beyond those listed here or any batch's misses list.
What was read, and nothing else: /work/wt/PREAMBLE.md; tests/store/extraction_blind14.py lines
1-130 (its docstring and first cases), lines 1436-1478 (one article case, for the format) and lines
1812-1822 (the CASES/set footer); the docstrings (and the helper definitions inside the listed
ranges) of tests/store/extraction_blind15.py lines 1-68, extraction_blind16.py lines 1-69,
extraction_blind17.py lines 1-84, extraction_blind18.py lines 1-90, extraction_blind19.py lines
1-110 and extraction_blind20.py lines 1-115 (their decisions; no case or misses list of those
batches); tests/store/blind_cases.py; name checks as counts only: `grep -icx NAME
/work/wt/used-names.txt` (that list predates batches 19 and 20, and was never listed) and `grep -ic
'"NAME"' tests/store/extraction_blind19.py tests/store/extraction_blind20.py` (a count only); and
the instrument vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`.
Nothing else under store/, bot/, handlers/, jobs/ or docs/ was opened. The file was only imported
and linted (ruff check, ruff format, mypy), never run through the reader or any test, before the
lead's one scoring run. No sentence of an earlier batch is copied or paraphrased.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13 June;
"last week" and "recently" give no expected date; an article's dateline dates its commitments, a
dateline without a year is read in 2025, an article without a dateline has no expected date) and
the same rules as batch 14's docstring and the decisions of batches 15 to 20 (later batches
overriding earlier ones: a named government body or agency is an organisation with its country;
governments named as countries or capitals are ISO codes). A field a careful analyst could fill
two ways is left out (only the fields given are checked; the actor's country is always checked, so
no multilateral lender acts). Statuses come from proposed, announced, conditional, binding,
disbursed, withdrawn.

Size: 183 message cases (14 of them expect no draft) and 13 article cases (two without a
dateline), 212 expected drafts. Instruments: loan 106, equity 48, grant 17, guarantee 15, offtake
14, mou 3, export-control 3, letter-of-interest 1, and one each of tariff, stockpile, price-floor,
investment-screening and other (the last eight by governments named as countries, ISO codes).

New organisations: 202 distinct acting organisations (drafts whose actor is not an ISO code), each
with count 0 on both checks (`grep -icx` on /work/wt/used-names.txt and `grep -ic '"NAME"'` on
batches 19 and 20); candidates with a non-zero count were dropped before writing. A few are other
spellings or units of organisations earlier batches may have named differently (Mitsubishi UFJ,
Sumitomo Mitsui Banking Corporation, Swiss Export Risk Insurance, Renault Group, Ford Motor, Toyota
Motor, Korea Gas Corporation written as KOGAS); counterparties were not checked (they do not act).
About 115 of the 202 are small or mid-sized (savings, cantonal, regional, cooperative and
customer-owned banks, credit unions and building societies, state, provincial, regional and
municipal agencies and councils, a city utility, mutual insurers and pension plans, junior miners,
recyclers, mid-size chemical and trading firms); about 85 are large (national banks, export-credit
and guarantee bodies, sovereign and state funds, insurers, majors, trading houses, carmakers).
Regions: Germany, Switzerland, France, Italy, Spain, Benelux, the UK, Greece and
Cyprus, the Nordics and Iceland, the Baltics, Poland, Czechia, Hungary, Romania, Slovenia, Serbia,
North Macedonia, Albania, Turkey, Israel, Georgia, the Gulf (Qatar, Bahrain, the UAE, Oman), North,
East, West, Central and Southern Africa, India, Pakistan, Sri Lanka, South-East Asia, China, Hong
Kong, Taiwan, Korea, Japan, Australia, New Zealand, Canada, the US, Latin America and Central
Asia (Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan).

Decided for this batch (written down so the lead can check):
- "ALL" (the Albanian lek) is not used, since it reads as an English word; "MKD", "GEL", "PKR",
  "ILS", "TRY", "KGS", "UZS", "LKR", "COP", "CLP", "QAR", "ISK", "RSD", "RON" and "TZS" written
  before or after the number are those currencies.
- "Lakh" and "crore" with "Rs"/"₹" scale as written ("₹85 lakh" is 8,500,000); "1,200 billion
  dong" is 1.2 trillion VND; "twelve million euros" and "forty million dollars" are number words.
- A bare "$" with a Singaporean subsidiary named with its country ("Maybank Singapore") is SGD,
  inferred (it acts for Singapore, batch 17's subsidiary rule), and with a Hong Kong actor HKD,
  inferred; with a Bahraini, Chinese, Japanese, Turkish, Guatemalan, Tajik, Rwandan, Angolan or British
  actor it is USD, flagged not inferred; an Ecuadorian or US actor's bare "$" is USD with no flag
  expected (batches 16 and 17). "HK$" is HKD, explicit.
- "Sources" and "will take ... from" are offtakes, like "agreed to buy"; "will market the output of"
  is not used (two readings).
- "A and B signed an MoU" gives one mou each with the other as counterparty; "A signed an MoU with
  B" one, A's (batch 14), no status, no amount.
- A customer-owned bank, building society or credit union named with its state or town acts for its
  country; a regional or district council is an organisation (batch 20).
- "Commits $X to" a plant is not used for lenders (loan or equity: two readings); the verb names the
  instrument in every case.
- "Got/gets a loan from Y for its plant" has Y as actor and the receiver, a named company, as
  counterparty (batches 17 and 19); a plant "that X runs/owns" named after the money leaves the
  counterparty out (batches 19 and 20).
- Headings such as "Deals this morning:" or "From the wires:" do not date bullets; "on Tuesday"
  inside a bullet dates that bullet; "signed wed" in shorthand is Wednesday 18 June, and "Cu" in a
  terse note is copper (batch 19's "Li").
- "Islamic financing" from a bank is read as its loan (batch 14's "financing" -> loan).
- "Won a grant from Y" is Y's grant even when Y is a company (batch 19); "is being financed by Y
  with a loan" has Y as actor with the counterparty left out (batch 18).
- "Each guarantee C$7 million of the construction loan" gives one guarantee each with that amount;
  "together provide €6 million in loans" keeps the amount on the first only.
- A lithium battery recycler, a lithium recycler and a lithium-ion cell line leave minerals out
  (batch 17); a "battery recycling plant" gives an empty list (batch 14).
- "Disbursed the first A$N tranche" is that tranche's amount with status disbursed (batch 14).
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


_m = partial(message_case, "b21-")


_a = partial(article_case, "b21-art-")


_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations with their country: small and mid-sized bodies ---
    _m(
        "org-vorderpfalz-lithium",
        "Sparkasse Vorderpfalz is lending €14 million to a lithium hydroxide pilot near Ludwigshafen.",
        _c("Sparkasse Vorderpfalz", "DE", "loan", "14000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "org-foerde-magnets",
        "Förde Sparkasse has agreed a €6m loan for a Kiel start-up that recycles rare earth magnets",
        _c("Förde Sparkasse", "DE", "loan", "6000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "org-thurgauer-cobalt",
        "Thurgauer Kantonalbank will guarantee CHF 6 million of a loan to a cobalt recycler in Frauenfeld.",
        _c("Thurgauer Kantonalbank", "CH", "guarantee", "6000000", "CHF", minerals=["cobalt"]),
    ),
    _m(
        "org-valais-tungsten",
        "banque cantonale du valais took a CHF 4.5m stake in a tungsten powder maker in sion this morning",
        _c(
            "Banque Cantonale du Valais",
            "CH",
            "equity",
            "4500000",
            "CHF",
            minerals=["tungsten"],
            announced_on=_D20,
        ),
    ),
    _m(
        "org-friulia-magnets",
        "Friulia, the regional finance company of Friuli Venezia Giulia, is investing €7 million in a "
        "rare earth magnet plant outside Udine.",
        _c("Friulia", "IT", "equity", "7000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "org-idae-lithium",
        "Spain's IDAE has awarded a €12m grant to a lithium refining pilot in Extremadura.",
        _c("IDAE", "ES", "grant", "12000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "org-sowalfin-germanium",
        "Walloon agency Sowalfin will take a €5 million stake in a germanium recovery start-up in Liège",
        _c("Sowalfin", "BE", "equity", "5000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "org-fennia-nickel",
        "Finnish mutual insurer Fennia is putting €15m into a nickel sulphate plant in Harjavalta.",
        _c("Fennia", "FI", "equity", "15000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "org-arion-gallium",
        "Arion Banki will guarantee ISK 2 billion of the financing for a gallium recovery project "
        "in Reykjanes.",
        _c("Arion Banki", "IS", "guarantee", "2000000000", "ISK", minerals=["gallium"]),
    ),
    _m(
        "org-seb-latvia-magnets",
        "SEB Latvia will lend €18 million to a rare earth magnet recycler in Jelgava.",
        _c("SEB Latvia", "LV", "loan", "18000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "org-bos-copper-foil",
        "Bank Ochrony Środowiska (BOŚ) is lending PLN 80 million to a copper foil plant in Legnica.",
        _c("BOŚ", "PL", "loan", "80000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "org-eximbank-romania-graphite",
        "Eximbank Romania will guarantee RON 120 million of loans to a graphite plant in Bistrița",
        _c("Eximbank Romania", "RO", "guarantee", "120000000", "RON", minerals=["graphite"]),
    ),
    _m(
        "org-nlb-antimony",
        "Nova Ljubljanska Banka has approved a €25 million loan for an antimony refinery in Celje.",
        _c("Nova Ljubljanska Banka", "SI", "loan", "25000000", "EUR", minerals=["antimony"]),
    ),
    _m(
        "org-otp-srbija-copper",
        "OTP Banka Srbija lends RSD 1.8 billion to a copper wire maker in Bor",
        _c("OTP Banka Srbija", "RS", "loan", "1800000000", "RSD", minerals=["copper"]),
    ),
    _m(
        "org-cbq-copper",
        "Commercial Bank of Qatar is providing QAR 150 million of financing for a copper cathode "
        "plant in Mesaieed.",
        _c("Commercial Bank of Qatar", "QA", "loan", "150000000", "QAR", minerals=["copper"]),
    ),
    _m(
        "org-gib-nickel",
        "Gulf International Bank, the Bahraini lender, will lend $60m to a nickel refinery in Sohar.",
        _c(
            "Gulf International Bank",
            "BH",
            "loan",
            "60000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-alpha-dhabi-graphite",
        "Alpha Dhabi to invest AED 900 million in a graphite anode plant in Abu Dhabi",
        _c("Alpha Dhabi", "AE", "equity", "900000000", "AED", minerals=["graphite"]),
    ),
    _m(
        "org-ncba-manganese",
        "NCBA Group will lend KES 2.5bn to a manganese processor in Kwale.",
        _c("NCBA Group", "KE", "loan", "2500000000", "KES", minerals=["manganese"]),
    ),
    _m(
        "org-exim-tanzania-graphite",
        "Exim Bank Tanzania provides a TZS 60 billion loan to a graphite mine in Lindi",
        _c("Exim Bank Tanzania", "TZ", "loan", "60000000000", "TZS", minerals=["graphite"]),
    ),
    _m(
        "org-calbank-lithium",
        "CalBank, the Ghanaian lender, will lend GHS 300 million to a lithium concentrate plant near "
        "Winneba.",
        _c("CalBank", "GH", "loan", "300000000", "GHS", minerals=["lithium"]),
    ),
    _m(
        "org-ecobank-ci-manganese",
        "Ecobank Côte d'Ivoire is lending XOF 20 billion to a manganese mine in the north of the country.",
        _c("Ecobank Côte d'Ivoire", "CI", "loan", "20000000000", "XOF", minerals=["manganese"]),
    ),
    _m(
        "org-mega-vanadium",
        "The Mpumalanga Economic Growth Agency has approved an R15 million grant for a vanadium "
        "processing pilot in eMalahleni.",
        _c(
            "Mpumalanga Economic Growth Agency",
            "ZA",
            "grant",
            "15000000",
            "ZAR",
            minerals=["vanadium"],
        ),
    ),
    _m(
        "org-toho-gallium",
        "Fukushima-based Toho Bank will lend ¥1.2bn to a gallium nitride wafer plant in Koriyama.",
        _c("Toho Bank", "JP", "loan", "1200000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "org-kyobo-graphite",
        "Kyobo Life has invested ₩30 billion in a Korean graphite anode start-up",
        _c("Kyobo Life", "KR", "equity", "30000000000", "KRW", minerals=["graphite"]),
    ),
    _m(
        "org-hanwha-life-nickel",
        "Hanwha Life will invest 50 billion won in a nickel precursor plant in Gunsan.",
        _c("Hanwha Life", "KR", "equity", "50000000000", "KRW", minerals=["nickel"]),
    ),
    _m(
        "org-kgi-cobalt",
        "KGI Bank provides NT$800 million in credit to a cobalt refinery in Kaohsiung",
        _c("KGI Bank", "TW", "loan", "800000000", "TWD", minerals=["cobalt"]),
    ),
    _m(
        "org-bank-australia-recycler",
        "Bank Australia, the customer-owned lender, will lend A$12m to a lithium battery recycler in "
        "Geelong.",
        _c("Bank Australia", "AU", "loan", "12000000", "AUD"),
    ),
    _m(
        "org-breakthrough-victoria-graphite",
        "Breakthrough Victoria is investing A$20 million in a graphite purification start-up in Ballarat.",
        _c("Breakthrough Victoria", "AU", "equity", "20000000", "AUD", minerals=["graphite"]),
    ),
    _m(
        "org-safa-copper",
        "The South Australian Government Financing Authority (SAFA) will guarantee A$90 million of "
        "debt for a copper concentrate plant near Whyalla.",
        _c("SAFA", "AU", "guarantee", "90000000", "AUD", minerals=["copper"]),
    ),
    _m(
        "org-taranaki-lithium",
        "Taranaki Regional Council awards a NZ$2m grant to a lithium extraction trial in New Plymouth",
        _c("Taranaki Regional Council", "NZ", "grant", "2000000", "NZD", minerals=["lithium"]),
    ),
    _m(
        "org-steinbach-lithium",
        "Manitoba's Steinbach Credit Union is lending C$8 million to a lithium hydroxide start-up in "
        "Winnipeg.",
        _c("Steinbach Credit Union", "CA", "loan", "8000000", "CAD", minerals=["lithium"]),
    ),
    _m(
        "org-sask-ventures-rare-earths",
        "Sask Ventures puts C$5m into a Saskatoon rare earth metals start-up",
        _c("Sask Ventures", "CA", "equity", "5000000", "CAD", minerals=["rare-earths"]),
    ),
    _m(
        "org-secu-lithium",
        "North Carolina's State Employees' Credit Union will lend $25 million to a lithium hydroxide "
        "plant near Kings Mountain.",
        _c("State Employees' Credit Union", "US", "loan", "25000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "org-jobsohio-magnets",
        "JobsOhio has awarded a $7.5 million grant to a rare earth magnet plant in Dayton.",
        _c("JobsOhio", "US", "grant", "7500000", "USD", minerals=["rare-earths"]),
    ),
    _m(
        "org-esd-germanium",
        "Empire State Development is providing a $10m grant for a germanium wafer plant near Rochester",
        _c("Empire State Development", "US", "grant", "10000000", "USD", minerals=["germanium"]),
    ),
    _m(
        "org-badesul-copper",
        "Badesul, Rio Grande do Sul's development agency, approved a R$60 million loan for a copper "
        "rod mill in Caxias do Sul yesterday.",
        _c("Badesul", "BR", "loan", "60000000", "BRL", minerals=["copper"], announced_on=_D19),
    ),
    _m(
        "org-davivienda-copper",
        "Banco Davivienda extends COP 200 billion in financing to a copper mine in Antioquia",
        _c("Banco Davivienda", "CO", "loan", "200000000000", "COP", minerals=["copper"]),
    ),
    _m(
        "org-bcp-argentina-lithium",
        "Banco de la Provincia de Buenos Aires will lend US$45 million to a lithium carbonate plant "
        "in Catamarca.",
        _c(
            "Banco de la Provincia de Buenos Aires",
            "AR",
            "loan",
            "45000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-bci-chile-copper",
        "Banco de Crédito e Inversiones lends CLP 40 billion to a copper cathode plant in Antofagasta",
        _c("Banco de Crédito e Inversiones", "CL", "loan", "40000000000", "CLP", minerals=["copper"]),
    ),
    _m(
        "org-produbanco-copper",
        "Ecuador's Produbanco is lending $30m to a copper mine in Zamora Chinchipe.",
        _c("Produbanco", "EC", "loan", "30000000", "USD", minerals=["copper"]),
    ),
    _m(
        "org-banco-industrial-nickel",
        "Guatemala's Banco Industrial will lend $50 million to a nickel processing plant near El Estor.",
        _c(
            "Banco Industrial",
            "GT",
            "loan",
            "50000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-kidf-tungsten",
        "The Kazakhstan Investment Development Fund is taking a 25 billion tenge stake in a tungsten "
        "concentrator in Karaganda region.",
        _c(
            "Kazakhstan Investment Development Fund",
            "KZ",
            "equity",
            "25000000000",
            "KZT",
            minerals=["tungsten"],
        ),
    ),
    _m(
        "org-asaka-copper",
        "Asaka Bank lends UZS 350 billion to a copper cathode plant in Tashkent region",
        _c("Asaka Bank", "UZ", "loan", "350000000000", "UZS", minerals=["copper"]),
    ),
    _m(
        "org-demir-antimony",
        "Demir Kyrgyz International Bank will lend KGS 900 million to an antimony smelter in Kadamjay.",
        _c("Demir Kyrgyz International Bank", "KG", "loan", "900000000", "KGS", minerals=["antimony"]),
    ),
    _m(
        "org-bog-manganese",
        "Bank of Georgia provides a GEL 45 million loan to a manganese ferroalloy plant in Zestaponi",
        _c("Bank of Georgia", "GE", "loan", "45000000", "GEL", minerals=["manganese"]),
    ),
    _m(
        "org-eskhata-antimony",
        "Tajikistan's Eskhata Bank is lending $12 million to an antimony mine in the Zeravshan valley.",
        _c(
            "Eskhata Bank",
            "TJ",
            "loan",
            "12000000",
            "USD",
            minerals=["antimony"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-sampath-graphite",
        "Sampath Bank will lend LKR 2.4 billion to a graphite refinery in Kurunegala.",
        _c("Sampath Bank", "LK", "loan", "2400000000", "LKR", minerals=["graphite"]),
    ),
    _m(
        "org-hdb-nickel",
        "Hellenic Development Bank guarantees €20m of loans to a nickel laterite plant in Larymna",
        _c("Hellenic Development Bank", "GR", "guarantee", "20000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "org-wmca-magnets",
        "West Midlands Combined Authority awards £4 million to a rare earth magnet recycling plant in "
        "Tyseley.",
        _c("West Midlands Combined Authority", "GB", "grant", "4000000", "GBP", minerals=["rare-earths"]),
    ),
    _m(
        "org-stadtwerke-bielefeld-lithium",
        "Stadtwerke Bielefeld, the city utility, will take a €3m stake in a lithium recovery pilot at "
        "its geothermal site",
        _c("Stadtwerke Bielefeld", "DE", "equity", "3000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "org-tiic-rare-earths",
        "Tamil Nadu Industrial Investment Corporation sanctions ₹60 crore for a rare earth "
        "separation unit in Tuticorin",
        _c(
            "Tamil Nadu Industrial Investment Corporation",
            "IN",
            "loan",
            "600000000",
            "INR",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "org-rsmml-lithium",
        "Rajasthan State Mines and Minerals will spend Rs 210 crore on a lithium exploration "
        "programme in Degana.",
        _c(
            "Rajasthan State Mines and Minerals",
            "IN",
            "equity",
            "2100000000",
            "INR",
            minerals=["lithium"],
        ),
    ),
    _m(
        "org-psmi-nickel",
        "State financier Sarana Multi Infrastruktur will take a Rp 1.5 trillion stake in a nickel "
        "HPAL plant in Morowali.",
        _c(
            "Sarana Multi Infrastruktur",
            "ID",
            "equity",
            "1500000000000",
            "IDR",
            minerals=["nickel"],
        ),
    ),
    _m(
        "org-bsn-rare-earths",
        "Bank Simpanan Nasional is lending RM 45 million to a rare earth processing plant in Perak",
        _c("Bank Simpanan Nasional", "MY", "loan", "45000000", "MYR", minerals=["rare-earths"]),
    ),
    _m(
        "org-thai-credit-cobalt",
        "Thai Credit Bank will lend ฿600 million to a cobalt sulphate plant in Rayong.",
        _c("Thai Credit Bank", "TH", "loan", "600000000", "THB", minerals=["cobalt"]),
    ),
    _m(
        "org-union-bank-ph-nickel",
        "Union Bank of the Philippines lends ₱2.5 billion to a nickel processing plant in Surigao.",
        _c("Union Bank of the Philippines", "PH", "loan", "2500000000", "PHP", minerals=["nickel"]),
    ),
    _m(
        "org-shb-rare-earths",
        "Saigon-Hanoi Bank will lend 1,200 billion dong to a rare earth separation plant in Lai Chau.",
        _c("Saigon-Hanoi Bank", "VN", "loan", "1200000000000", "VND", minerals=["rare-earths"]),
    ),
    _m(
        "org-stanbic-botswana-copper",
        "Stanbic Bank Botswana will lend BWP 400 million to a copper mine in the Kalahari Copper Belt "
        "near Ghanzi.",
        _c("Stanbic Bank Botswana", "BW", "loan", "400000000", "BWP", minerals=["copper"]),
    ),
    _m(
        "org-standard-namibia-lithium",
        "Standard Bank Namibia guarantees NAD 250 million of construction debt for a lithium mine near "
        "Karibib",
        _c("Standard Bank Namibia", "NA", "guarantee", "250000000", "NAD", minerals=["lithium"]),
    ),
    _m(
        "org-dfcu-cobalt",
        "Uganda's dfcu Bank will lend UGX 40 billion to a cobalt recovery plant in Kasese.",
        _c("dfcu Bank", "UG", "loan", "40000000000", "UGX", minerals=["cobalt"]),
    ),
    # --- (1) organisations with their country: large bodies ---
    _m(
        "org-smtb-nickel",
        "Sumitomo Mitsui Trust will lend ¥25 billion to a nickel refinery in Niihama.",
        _c("Sumitomo Mitsui Trust", "JP", "loan", "25000000000", "JPY", minerals=["nickel"]),
    ),
    _m(
        "org-toyota-motor-lithium",
        "Toyota Motor is investing ¥40bn in a lithium hydroxide refinery in Aichi",
        _c("Toyota Motor", "JP", "equity", "40000000000", "JPY", minerals=["lithium"]),
    ),
    _m(
        "org-bayernlb-copper",
        "BayernLB provides a €150 million credit facility to a copper recycler in Lünen.",
        _c("BayernLB", "DE", "loan", "150000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "org-bpce-lithium",
        "BPCE has arranged a €90m financing for a lithium refinery in the Allier.",
        _c("BPCE", "FR", "loan", "90000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "org-boc-copper",
        "Bank of China will lend $500 million to a copper mine in eastern Serbia.",
        _c(
            "Bank of China",
            "CN",
            "loan",
            "500000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-eia-copper",
        "Emirates Investment Authority takes a US$250 million stake in a Zambian copper miner",
        _c(
            "Emirates Investment Authority",
            "AE",
            "equity",
            "250000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-turkish-wealth-rare-earths",
        "Turkish Wealth Fund will invest $400 million in a rare earth processing plant at Beylikova.",
        _c(
            "Turkish Wealth Fund",
            "TR",
            "equity",
            "400000000",
            "USD",
            minerals=["rare-earths"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-mufg-lithium",
        "Mitsubishi UFJ is lending ¥30bn to a lithium hydroxide refinery in Western Australia",
        _c("Mitsubishi UFJ", "JP", "loan", "30000000000", "JPY", minerals=["lithium"]),
    ),
    _m(
        "org-hoopp-graphite",
        "Healthcare of Ontario Pension Plan has bought a 15% stake in a Quebec graphite miner for "
        "C$140 million.",
        _c(
            "Healthcare of Ontario Pension Plan",
            "CA",
            "equity",
            "140000000",
            "CAD",
            minerals=["graphite"],
        ),
    ),
    _m(
        "org-santander-brasil-graphite",
        "Banco Santander Brasil will lend R$400 million to a graphite mine in Minas Gerais.",
        _c("Banco Santander Brasil", "BR", "loan", "400000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "org-jsw-copper",
        "JSW Group will invest ₹3,000 crore in a copper smelter in Odisha",
        _c("JSW Group", "IN", "equity", "30000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "org-ziraat-copper",
        "Ziraat Bank lends 2 billion TRY to a copper concentrator in Artvin.",
        _c("Ziraat Bank", "TR", "loan", "2000000000", "TRY", minerals=["copper"]),
    ),
    _m(
        "org-stopanska-copper",
        "Stopanska Banka will lend 600 million MKD to a copper mine near Radoviš.",
        _c("Stopanska Banka", "MK", "loan", "600000000", "MKD", minerals=["copper"]),
    ),
    _m(
        "org-mol-lithium",
        "MOL Group is spending HUF 30 billion on a geothermal lithium extraction pilot in southern Hungary",
        _c("MOL Group", "HU", "equity", "30000000000", "HUF", minerals=["lithium"]),
    ),
    _m(
        "org-bk-tungsten",
        "Bank of Kigali Group will lend $35m to a tungsten mine in Rwanda's Northern Province.",
        _c(
            "Bank of Kigali Group",
            "RW",
            "loan",
            "35000000",
            "USD",
            minerals=["tungsten"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "org-banco-bai-copper",
        "Angola's Banco BAI is taking a $70 million stake in a copper mine in Cuanza Sul.",
        _c("Banco BAI", "AO", "equity", "70000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "org-bpm-maroc-cobalt",
        "Banque Populaire du Maroc takes a MAD 900 million stake in a cobalt refinery near Marrakech",
        _c("Banque Populaire du Maroc", "MA", "equity", "900000000", "MAD", minerals=["cobalt"]),
    ),
    # --- (2) several actors ---
    _m(
        "multi-kyoto-nanto-gallium",
        "Bank of Kyoto and Nanto Bank will each lend ¥2 billion to a gallium recycler in Kyoto prefecture.",
        _c("Bank of Kyoto", "JP", "loan", "2000000000", "JPY", minerals=["gallium"]),
        _c("Nanto Bank", "JP", "loan", "2000000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "multi-yuanta-cdf-cobalt",
        "Yuanta Bank and China Development Financial jointly extend NT$2bn in loans to a cobalt "
        "refinery in Taoyuan",
        _c("Yuanta Bank", "TW", "loan", "2000000000", "TWD", minerals=["cobalt"]),
        _c("China Development Financial", "TW", "loan", None, minerals=["cobalt"]),
    ),
    _m(
        "multi-greek-banks-nickel",
        "Eurobank, Alpha Bank and Bank of Cyprus each guarantee €30m of loans to a nickel plant in Kozani.",
        _c("Eurobank", "GR", "guarantee", "30000000", "EUR", minerals=["nickel"]),
        _c("Alpha Bank", "GR", "guarantee", "30000000", "EUR", minerals=["nickel"]),
        _c("Bank of Cyprus", "CY", "guarantee", "30000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "multi-israel-banks-magnets",
        "Mizrahi Tefahot and Israel Discount Bank will together lend ILS 400 million to a rare earth "
        "magnet plant in the Negev.",
        _c("Mizrahi Tefahot", "IL", "loan", "400000000", "ILS", minerals=["rare-earths"]),
        _c("Israel Discount Bank", "IL", "loan", None, minerals=["rare-earths"]),
    ),
    _m(
        "multi-ceylon-graphite",
        "Hatton National Bank and Commercial Bank of Ceylon each provide LKR 1.5bn in loans to a "
        "graphite refinery in Kegalle",
        _c("Hatton National Bank", "LK", "loan", "1500000000", "LKR", minerals=["graphite"]),
        _c("Commercial Bank of Ceylon", "LK", "loan", "1500000000", "LKR", minerals=["graphite"]),
    ),
    _m(
        "multi-blackstone-eqt-copper",
        "Blackstone and EQT together invest $1.1bn in a copper recycler in Hamburg.",
        _c("Blackstone", "US", "equity", "1100000000", "USD", minerals=["copper"]),
        _c("EQT", "SE", "equity", None, minerals=["copper"]),
    ),
    _m(
        "multi-nsw-mutuals-antimony",
        "Teachers Mutual Bank and Police Bank will each lend A$5m to an antimony mine near Armidale.",
        _c("Teachers Mutual Bank", "AU", "loan", "5000000", "AUD", minerals=["antimony"]),
        _c("Police Bank", "AU", "loan", "5000000", "AUD", minerals=["antimony"]),
    ),
    _m(
        "multi-pakistan-banks-copper",
        "HBL and Bank Alfalah will each provide PKR 3 billion in financing to a copper smelter in Hub.",
        _c("HBL", "PK", "loan", "3000000000", "PKR", minerals=["copper"]),
        _c("Bank Alfalah", "PK", "loan", "3000000000", "PKR", minerals=["copper"]),
    ),
    _m(
        "multi-nz-councils-rare-earths",
        "Otago Regional Council and Gisborne District Council each award NZ$500,000 to a university "
        "trial that recovers rare earths from mine tailings",
        _c("Otago Regional Council", "NZ", "grant", "500000", "NZD", minerals=["rare-earths"]),
        _c("Gisborne District Council", "NZ", "grant", "500000", "NZD", minerals=["rare-earths"]),
    ),
    _m(
        "multi-two-instruments-victoria",
        "Invest Victoria will award an A$3m grant to a graphite anode pilot in Bendigo, and "
        "Heritage and People's Choice will lend it A$6m.",
        _c("Invest Victoria", "AU", "grant", "3000000", "AUD", minerals=["graphite"]),
        _c("Heritage and People's Choice", "AU", "loan", "6000000", "AUD", minerals=["graphite"]),
    ),
    _m(
        "multi-mou-pair",
        "Kazakhstan's Freedom Bank and Kazminerals signed an MoU on copper processing finance on Monday.",
        _c(
            "Freedom Bank",
            "KZ",
            "mou",
            counterparty="Kazminerals",
            minerals=["copper"],
            announced_on=_D16,
        ),
        _c(
            "Kazminerals",
            "KZ",
            "mou",
            counterparty="Freedom Bank",
            minerals=["copper"],
            announced_on=_D16,
        ),
    ),
    _m(
        "multi-mou-with",
        "Mexico's Fira signed an MoU with Banobras on lithium financing",
        _c("Fira", "MX", "mou", counterparty="Banobras", minerals=["lithium"]),
    ),
    _m(
        "multi-stayed-out",
        "Banco Sol and Banco Mercantil Santa Cruz together lend BOB 150 million to a lithium "
        "carbonate plant in Potosí; Banco de la Nación stayed out.",
        _c("Banco Sol", "BO", "loan", "150000000", "BOB", minerals=["lithium"]),
        _c("Banco Mercantil Santa Cruz", "BO", "loan", None, minerals=["lithium"]),
    ),
    # --- (3) the wrong party as actor: receivers, places and owners named later ---
    _m(
        "wrong-jindalee-us-bank",
        "Jindalee Resources has secured a US$15 million loan from US Bank for its Oregon lithium project.",
        _c(
            "US Bank",
            "US",
            "loan",
            "15000000",
            "USD",
            counterparty="Jindalee Resources",
            minerals=["lithium"],
        ),
    ),
    _m(
        "wrong-vhm-invest-victoria",
        "VHM was awarded an A$6 million grant by Invest Victoria for its rare earths processing plant "
        "at Goschen.",
        _c(
            "Invest Victoria",
            "AU",
            "grant",
            "6000000",
            "AUD",
            counterparty="VHM",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "wrong-northern-minerals-samsung-life",
        "A 10% stake in Northern Minerals was bought by Samsung Life for A$30 million, giving the "
        "insurer exposure to its dysprosium and terbium project at Browns Range.",
        _c(
            "Samsung Life",
            "KR",
            "equity",
            "30000000",
            "AUD",
            counterparty="Northern Minerals",
            minerals=["dysprosium", "terbium"],
        ),
    ),
    _m(
        "wrong-harita-toyota-industries",
        "Nickel matte from Harita Nickel will be bought by Toyota Industries under a five-year deal "
        "signed on Wednesday.",
        _c(
            "Toyota Industries",
            "JP",
            "offtake",
            counterparty="Harita Nickel",
            minerals=["nickel"],
            announced_on=_D18,
        ),
    ),
    _m(
        "wrong-posco-argentina-cmb",
        "Posco Argentina got a US$120 million loan from China Merchants Bank for its lithium "
        "hydroxide plant in Güemes.",
        _c(
            "China Merchants Bank",
            "CN",
            "loan",
            "120000000",
            "USD",
            counterparty="Posco Argentina",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "wrong-citizens-ioneer-owner",
        "Citizens Bank will lend $35m to a Nevada lithium clay mine that Ioneer runs.",
        _c("Citizens Bank", "US", "loan", "35000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "wrong-mb-vietnam-tungsten",
        "A tungsten mine in Thai Nguyen province will receive VND 900 billion in loans from Military "
        "Commercial Joint Stock Bank.",
        _c(
            "Military Commercial Joint Stock Bank",
            "VN",
            "loan",
            "900000000000",
            "VND",
            minerals=["tungsten"],
        ),
    ),
    _m(
        "wrong-godi-awarded",
        "Godi India was awarded a ₹40 crore grant by the Karnataka State Financial Corporation for a "
        "lithium-ion cell line in Hyderabad.",
        _c(
            "Karnataka State Financial Corporation",
            "IN",
            "grant",
            "400000000",
            "INR",
            counterparty="Godi India",
        ),
    ),
    _m(
        "wrong-place-kagoshima",
        "Kagoshima Bank lends ¥800 million to a gallium recovery plant in Satsumasendai run by a "
        "Tokyo chemicals group.",
        _c("Kagoshima Bank", "JP", "loan", "800000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "wrong-shanta-received",
        "Shanta Gold received a $9 million equity investment from Tembo Capital for its graphite "
        "project in Tanzania.",
        _c(
            "Tembo Capital",
            "GB",
            "equity",
            "9000000",
            "USD",
            counterparty="Shanta Gold",
            minerals=["graphite"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "wrong-place-kyoto-name",
        "A Kyoto tungsten carbide recycler has won a ¥500 million grant from Asahi Kasei.",
        _c("Asahi Kasei", "JP", "grant", "500000000", "JPY", minerals=["tungsten"]),
    ),
    _m(
        "wrong-financed-by",
        "Batx Energies' battery recycling plant in Noida is being financed by IndusInd Bank with a "
        "₹95 crore loan.",
        _c("IndusInd Bank", "IN", "loan", "950000000", "INR", minerals=[]),
    ),
    _m(
        "wrong-bought-by-stake",
        "A 20% stake in Venture Minerals was bought by Sprott for C$18 million.",
        _c("Sprott", "CA", "equity", "18000000", "CAD", counterparty="Venture Minerals"),
    ),
    _m(
        "wrong-moza-received",
        "Mozambique's graphite miner Syrah Moçambique received a MZN 1.2 billion loan from Moza "
        "Banco on Tuesday.",
        _c(
            "Moza Banco",
            "MZ",
            "loan",
            "1200000000",
            "MZN",
            counterparty="Syrah Moçambique",
            minerals=["graphite"],
            announced_on=_D17,
        ),
    ),
    # --- (4) instruments from the verb: offtakes, guarantees, letters of interest, policy ---
    _m(
        "instr-renault-managem",
        "Renault Group has agreed to buy cobalt sulphate from Managem for its battery hub in Douai.",
        _c("Renault Group", "FR", "offtake", counterparty="Managem", minerals=["cobalt"]),
    ),
    _m(
        "instr-ford-nmg",
        "Ford Motor will take graphite anode material from Nouveau Monde Graphite under a deal signed "
        "yesterday",
        _c(
            "Ford Motor",
            "US",
            "offtake",
            counterparty="Nouveau Monde Graphite",
            minerals=["graphite"],
            announced_on=_D19,
        ),
    ),
    _m(
        "instr-daimler-truck-vac",
        "Daimler Truck agreed to buy rare earth magnets from Vacuumschmelze for its e-axle plant in Kassel.",
        _c(
            "Daimler Truck",
            "DE",
            "offtake",
            counterparty="Vacuumschmelze",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "instr-hartree-aurubis",
        "Hartree Partners will supply copper cathode to Aurubis for three years.",
        _c("Hartree Partners", "US", "offtake", counterparty="Aurubis", minerals=["copper"]),
    ),
    _m(
        "instr-open-mineral-binding",
        "Open Mineral signed a binding agreement to buy antimony concentrate from a Bolivian miner.",
        _c("Open Mineral", "CH", "offtake", status="binding", minerals=["antimony"]),
    ),
    _m(
        "instr-ocean-partners-germanium",
        "Ocean Partners will take the entire germanium output of Umicore's new Olen line",
        _c("Ocean Partners", "GB", "offtake", minerals=["germanium"]),
    ),
    _m(
        "instr-inabata-nonbinding",
        "Inabata has signed a non-binding agreement to buy dysprosium oxide from Lynas Malaysia.",
        _c("Inabata", "JP", "offtake", counterparty="Lynas Malaysia", minerals=["dysprosium"]),
    ),
    _m(
        "instr-cliffs-manganese",
        "Cleveland-Cliffs agreed to buy high-purity manganese metal from a South32 unit in Tasmania",
        _c("Cleveland-Cliffs", "US", "offtake", minerals=["manganese"]),
    ),
    _m(
        "instr-ge-vernova-magnets",
        "GE Vernova will source rare earth magnets from Noveon Magnetics for its onshore turbines.",
        _c(
            "GE Vernova",
            "US",
            "offtake",
            counterparty="Noveon Magnetics",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "instr-audi-cobalt",
        "Audi will source cobalt from Electra Battery Materials' refinery in Ontario",
        _c("Audi", "DE", "offtake", counterparty="Electra Battery Materials", minerals=["cobalt"]),
    ),
    _m(
        "instr-okaya-nickel",
        "Okaya & Co agreed on Monday to buy 12,000 tonnes a year of nickel sulphate from a "
        "Sulawesi refinery.",
        _c("Okaya & Co", "JP", "offtake", minerals=["nickel"], announced_on=_D16),
    ),
    _m(
        "instr-industrias-penoles-sells",
        "Industrias Peñoles will sell antimony trioxide to a Swedish flame-retardant maker",
        _c("Industrias Peñoles", "MX", "offtake", minerals=["antimony"]),
    ),
    _m(
        "instr-serv-guarantee",
        "Swiss Export Risk Insurance will guarantee CHF 80 million of a bank loan to a lithium "
        "refinery in Portugal.",
        _c(
            "Swiss Export Risk Insurance",
            "CH",
            "guarantee",
            "80000000",
            "CHF",
            minerals=["lithium"],
        ),
    ),
    _m(
        "instr-sinosure-guarantee",
        "Sinosure guarantees $300m of the project debt for a copper mine in Peru's Apurímac region.",
        _c(
            "Sinosure",
            "CN",
            "guarantee",
            "300000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "instr-kosmes-guarantee",
        "Korea SMEs and Startups Agency will guarantee ₩5 billion of loans to a rare earth magnet "
        "start-up in Changwon.",
        _c(
            "Korea SMEs and Startups Agency",
            "KR",
            "guarantee",
            "5000000000",
            "KRW",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "instr-lend-and-guarantee",
        "Fubon Financial will lend NT$1.2bn to a gallium refinery in Hsinchu; Taiwan Sugar will "
        "guarantee NT$400 million of it.",
        _c("Fubon Financial", "TW", "loan", "1200000000", "TWD", minerals=["gallium"]),
        _c("Taiwan Sugar", "TW", "guarantee", "400000000", "TWD", minerals=["gallium"]),
    ),
    _m(
        "instr-smbc-loi",
        "Sumitomo Mitsui Banking Corporation issued a letter of interest for up to $200 million "
        "towards a copper smelter in the Philippines.",
        _c(
            "Sumitomo Mitsui Banking Corporation",
            "JP",
            "letter-of-interest",
            "200000000",
            "USD",
            minerals=["copper"],
            **_CEIL,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "instr-indonesia-tariff",
        "Jakarta said yesterday it will impose a 10% export duty on nickel pig iron from August.",
        _c("ID", "ID", "tariff", minerals=["nickel"], announced_on=_D19),
    ),
    _m(
        "instr-japan-stockpile",
        "Japan will build a national stockpile of gallium and germanium.",
        _c("JP", "JP", "stockpile", minerals=["gallium", "germanium"]),
    ),
    _m(
        "instr-malaysia-export-ban",
        "Malaysia bans exports of unprocessed rare earths, effective immediately",
        _c("MY", "MY", "export-control", minerals=["rare-earths"]),
    ),
    _m(
        "instr-australia-floor",
        "Australia will guarantee a minimum price for rare earth oxides made at home.",
        _c("AU", "AU", "price-floor", minerals=["rare-earths"]),
    ),
    _m(
        "instr-korea-screening",
        "Seoul is tightening its review of foreign takeovers of Korean battery materials firms.",
        _c("KR", "KR", "investment-screening"),
    ),
    _m(
        "instr-philippines-permits",
        "The Philippines will fast-track permits for nickel processing plants, the president's "
        "office said on Tuesday.",
        _c("PH", "PH", "other", minerals=["nickel"], announced_on=_D17),
    ),
    _m(
        "instr-zimbabwe-licences",
        "Zimbabwe will require export licences for lithium concentrate from July.",
        _c("ZW", "ZW", "export-control", minerals=["lithium"]),
    ),
    _m(
        "instr-withdrawn",
        "Southland Regional Council pulled out of its NZ$1.5 million grant to an antimony trial near "
        "Invercargill.",
        _c(
            "Southland Regional Council",
            "NZ",
            "grant",
            "1500000",
            "NZD",
            status="withdrawn",
            minerals=["antimony"],
        ),
    ),
    _m(
        "instr-conditional",
        "Banque de l'Habitat's TND 30 million loan to a Tunisian copper wire maker is conditional on "
        "an environmental permit.",
        _c(
            "Banque de l'Habitat",
            "TN",
            "loan",
            "30000000",
            "TND",
            status="conditional",
            minerals=["copper"],
        ),
    ),
    _m(
        "instr-disbursed",
        "NT Investment Corporation disbursed the first A$4m tranche of its loan to a "
        "Darwin lithium refinery.",
        _c(
            "NT Investment Corporation",
            "AU",
            "loan",
            "4000000",
            "AUD",
            status="disbursed",
            minerals=["lithium"],
        ),
    ),
    _m(
        "instr-proposed",
        "Saxony's Wirtschaftsförderung Sachsen proposed a €2m grant for a cobalt recovery pilot in Freiberg",
        _c(
            "Wirtschaftsförderung Sachsen",
            "DE",
            "grant",
            "2000000",
            "EUR",
            status="proposed",
            minerals=["cobalt"],
        ),
    ),
    _m(
        "instr-announced",
        "Attijari Bank Tunisia announced on Wednesday a TND 25 million loan to a manganese plant in Gafsa.",
        _c(
            "Attijari Bank Tunisia",
            "TN",
            "loan",
            "25000000",
            "TND",
            status="announced",
            minerals=["manganese"],
            announced_on=_D18,
        ),
    ),
    # --- (5) money in every form ---
    _m(
        "money-bare-dollar-chailease",
        "Chailease will lend $40m to a rare earth magnet maker in Taichung.",
        _c("Chailease", "TW", "loan", "40000000", "TWD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "money-bare-dollar-maybank-sg",
        "Maybank Singapore is lending $55 million to a nickel trading house's Sulawesi refinery",
        _c("Maybank Singapore", "SG", "loan", "55000000", "SGD", minerals=["nickel"], **_INFERRED),
    ),
    _m(
        "money-bare-dollar-nz",
        "Infratil is putting $25 million into a lithium-from-brine start-up in Rotorua.",
        _c("Infratil", "NZ", "equity", "25000000", "NZD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "money-bare-dollar-au",
        "Suncorp Bank will lend $18m to a vanadium mine near Julia Creek",
        _c("Suncorp Bank", "AU", "loan", "18000000", "AUD", minerals=["vanadium"], **_INFERRED),
    ),
    _m(
        "money-bare-dollar-canada-words",
        "British Columbia Investment Management Corporation will invest forty million dollars in a "
        "copper mine near Smithers.",
        _c(
            "British Columbia Investment Management Corporation",
            "CA",
            "equity",
            "40000000",
            "CAD",
            minerals=["copper"],
            **_INFERRED,
        ),
    ),
    _m(
        "money-us-dollar-au-actor",
        "Heritage and People's Choice is lending US$10 million to an antimony refinery in Queensland.",
        _c(
            "Heritage and People's Choice",
            "AU",
            "loan",
            "10000000",
            "USD",
            minerals=["antimony"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "money-lakh",
        "AU Small Finance Bank sanctions ₹85 lakh for a cobalt recovery unit at a Pune recycler",
        _c("AU Small Finance Bank", "IN", "loan", "8500000", "INR", minerals=["cobalt"]),
    ),
    _m(
        "money-crore-rs",
        "RBL Bank will lend Rs 150 crore to a graphite anode plant in Maharashtra.",
        _c("RBL Bank", "IN", "loan", "1500000000", "INR", minerals=["graphite"]),
    ),
    _m(
        "money-crore-words",
        "Jammu & Kashmir Bank is lending five hundred crore rupees to a lithium processing unit in Reasi",
        _c("Jammu & Kashmir Bank", "IN", "loan", "5000000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "money-number-words",
        "Sparkasse Bremen will lend twelve million euros to a copper recycling plant in the port.",
        _c("Sparkasse Bremen", "DE", "loan", "12000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "money-range-between",
        "Alkemy Capital will invest between £40m and £60m in a lithium hydroxide refinery on Teesside.",
        _c("Alkemy Capital", "GB", "equity", "60000000", "GBP", minerals=["lithium"], **_CEIL),
    ),
    _m(
        "money-range-hyphen",
        "Kingfisher Mining to spend A$10-15m on a rare earth pilot plant in Western Australia",
        _c("Kingfisher Mining", "AU", "equity", "15000000", "AUD", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "money-up-to",
        "Caja Piura will lend up to PEN 40 million to a copper mine in Piura region.",
        _c("Caja Piura", "PE", "loan", "40000000", "PEN", minerals=["copper"], **_CEIL),
    ),
    _m(
        "money-as-much-as",
        "Banco Itaú Uruguay could... no, it confirmed it will lend as much as US$20m to a graphite "
        "anode plant in Paysandú.",
        _c(
            "Banco Itaú Uruguay",
            "UY",
            "loan",
            "20000000",
            "USD",
            minerals=["graphite"],
            **_CEIL,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "money-iso-after",
        "Raiffeisen Bank Albania will lend 2.5 million EUR to a copper mine near Mirditë.",
        _c("Raiffeisen Bank Albania", "AL", "loan", "2500000", "EUR", minerals=["copper"]),
    ),
    _m(
        "money-iso-after-chf",
        "PostFinance invests 12 million CHF in a Swiss tungsten recycling start-up",
        _c("PostFinance", "CH", "equity", "12000000", "CHF", minerals=["tungsten"]),
    ),
    _m(
        "money-mln",
        "Banco Multiva lends MXN 450 mln to a lithium clay pilot in Sonora",
        _c("Banco Multiva", "MX", "loan", "450000000", "MXN", minerals=["lithium"]),
    ),
    _m(
        "money-bn-sek",
        "Altor will invest SEK 1.2bn in a graphite anode plant in Luleå.",
        _c("Altor", "SE", "equity", "1200000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "money-euro-after",
        "Banca di Cividale will invest 9 million euros in a cobalt recycler in Udine.",
        _c("Banca di Cividale", "IT", "equity", "9000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "money-half-billion",
        "Traton said it will put half a billion euros into a nickel sulphate plant in Finland.",
        _c("Traton", "DE", "equity", "500000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "money-dkk-words",
        "Vækstfonden is investing DKK 75 million in a rare earth recycling start-up in Aarhus",
        _c("Vækstfonden", "DK", "equity", "75000000", "DKK", minerals=["rare-earths"]),
    ),
    # --- (6) message shapes: forwards, bullets, lowercase, shorthand, replies, quotes, typos ---
    _m(
        "shape-fyi-forward",
        "FYI, forwarding from the Nordic desk: Almi Invest has taken a SEK 20 million stake in a "
        "graphite anode start-up in Skellefteå.",
        _c("Almi Invest", "SE", "equity", "20000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "shape-bullets",
        "Deals this morning:\n"
        "• Sparebanken Møre lends NOK 150m to a vanadium recovery plant in Ålesund\n"
        "• LocalTapiola puts €10m into a lithium mine in Ostrobothnia\n"
        "• Bank Jago lends Rp 300 billion to a nickel smelter in Halmahera",
        _c("Sparebanken Møre", "NO", "loan", "150000000", "NOK", minerals=["vanadium"]),
        _c("LocalTapiola", "FI", "equity", "10000000", "EUR", minerals=["lithium"]),
        _c("Bank Jago", "ID", "loan", "300000000000", "IDR", minerals=["nickel"]),
    ),
    _m(
        "shape-bullets-dated",
        "From the wires:\n"
        "- Rabo Investments invested €8m in a Dutch germanium recycler on Tuesday\n"
        "- Van Lanschot Kempen invests €12m in a cobalt recycler in Eindhoven",
        _c(
            "Rabo Investments",
            "NL",
            "equity",
            "8000000",
            "EUR",
            minerals=["germanium"],
            announced_on=_D17,
        ),
        _c("Van Lanschot Kempen", "NL", "equity", "12000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "shape-lowercase",
        "crédit mutuel lending €45m to a lithium refinery in alsace, per the regional paper",
        _c("Crédit Mutuel", "FR", "loan", "45000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "shape-shorthand",
        "ICBC -> $250m loan, Cu smelter, Serbia. signed wed",
        _c(
            "ICBC",
            "CN",
            "loan",
            "250000000",
            "USD",
            minerals=["copper"],
            announced_on=_D18,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "shape-thread-reply",
        "> did anyone log the Hokkaido cobalt thing?\nyes - it was Resona, ¥3bn loan, logged it",
        _c("Resona", "JP", "loan", "3000000000", "JPY"),
    ),
    _m(
        "shape-two-sentences",
        "Westpac NZ will lend NZ$30m to a lithium extraction plant near Taupō. BNZ adds a NZ$10m "
        "grant for the same site's pilot.",
        _c("Westpac NZ", "NZ", "loan", "30000000", "NZD", minerals=["lithium"]),
        _c("BNZ", "NZ", "grant", "10000000", "NZD", minerals=["lithium"]),
    ),
    _m(
        "shape-quote",
        '"We are putting €35 million into this copper wire plant because Europe needs its own '
        'supply," said a spokesperson for Enea, the Polish utility.',
        _c("Enea", "PL", "equity", "35000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "shape-typo",
        "Tauron wil put PLN 60 milion into a coper recycler in Katowice",
        _c("Tauron", "PL", "equity", "60000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "shape-typo-name",
        "Banco Nacinal de Costa Rica lends US$8m to a manganese mine in Guanacaste",
        _c(
            "Banco Nacional de Costa Rica",
            "CR",
            "loan",
            "8000000",
            "USD",
            minerals=["manganese"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "shape-caps-headline",
        "ATLAS COPCO TAKES €20M STAKE IN SWEDISH TUNGSTEN RECYCLER",
        _c("Atlas Copco", "SE", "equity", "20000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "shape-question-then-fact",
        "Anyone seen the detail? Shanghai Commercial Bank's HK$400 million loan to a Guangxi rare earth "
        "separation plant was signed today.",
        _c(
            "Shanghai Commercial Bank",
            "HK",
            "loan",
            "400000000",
            "HKD",
            minerals=["rare-earths"],
            announced_on=_D20,
        ),
    ),
    _m(
        "shape-hk-bare-dollar",
        "Hong Kong Investment Corporation is putting $300m into a lithium recycler in Dongguan, per "
        "its filing",
        _c("Hong Kong Investment Corporation", "HK", "equity", "300000000", "HKD", **_INFERRED),
    ),
    _m(
        "shape-emoji-fyi",
        ":rotating_light: Neste will invest €60 million in a nickel and cobalt recovery line at its "
        "Porvoo site",
        _c("Neste", "FI", "equity", "60000000", "EUR", minerals=["cobalt", "nickel"]),
    ),
    _m(
        "shape-correction-amount",
        "Kemira is putting €7m, sorry, €9m, into a Finnish graphite anode start-up",
        _c("Kemira", "FI", "equity", "9000000", "EUR", minerals=["graphite"]),
    ),
    # --- no draft: hedges, denials, questions, market talk, recollections, asks for money ---
    _m(
        "none-hedge",
        "Hearing Hanwha might put money into a graphite anode maker in Sejong, nothing confirmed yet.",
    ),
    _m(
        "none-denial",
        "Bank Australia denied reports that it will lend to the antimony project near Costerfield.",
    ),
    _m(
        "none-question",
        "Does anyone know whether Sparkasse Bremen's copper loan is €12m or €21m? Two sources disagree.",
    ),
    _m(
        "none-market",
        "Cobalt hydroxide payables climbed to 75% this week as DRC export quotas bite.",
    ),
    _m(
        "none-recollection",
        "Back in 2019 Alpha Bank lent €40m to a nickel plant in Larymna; it never reached full output.",
    ),
    _m(
        "none-seeking",
        "Nano One is seeking C$50 million from federal programmes for its cathode plant in Candiac.",
    ),
    _m(
        "none-no-decision",
        "No decision yet on whether Otago Regional Council funds a second antimony trial.",
    ),
    _m(
        "none-could",
        "Wallonia could back a second germanium line in Liège, an official said.",
    ),
    _m(
        "none-reminder",
        "Reminder: the lithium working group meets Tuesday at 3pm, agenda in the doc.",
    ),
    _m(
        "none-declined",
        "Toyota Industries declined to comment on a report that it will buy more nickel from Sulawesi.",
    ),
    _m(
        "none-scrapped",
        "Rakon has scrapped its plan to build a gallium wafer line in Auckland.",
    ),
    _m(
        "none-recollection-2021",
        "In 2021 Hatton National Bank financed a graphite refinery in Kegalle, still the biggest "
        "local deal of its kind.",
    ),
    _m(
        "none-no-plans",
        "Taiwan Sugar says it has no plans to enter battery recycling.",
    ),
    _m(
        "none-ask",
        "Could someone pull together everything Korean banks lent to nickel projects this year? "
        "Need it for the Monday briefing.",
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "lansforsakringar-norrbotten-graphite",
        "Länsförsäkringar Norrbotten backs Luleå graphite anode plant with SEK 60 million",
        [
            "LULEÅ, June 18 (TT) - Länsförsäkringar Norrbotten, the regional mutual insurer, will "
            "invest SEK 60 million in a graphite anode plant being built on the outskirts of Luleå, "
            "the insurer said on Wednesday.",
            "The plant will turn natural graphite from mines in the county into anode material for "
            "battery cell makers in Sweden and Finland.",
            '"Putting SEK 60 million into this plant keeps the value of our graphite in '
            "Norrbotten,\" the insurer's chief investment officer said.",
            "Sparbanken Västra Mälardalen will lend SEK 35 million to the same project, a spokesman "
            "for the savings bank said.",
            "In 2021 the insurer held a small stake in a local wind farm, which it sold two years later.",
            "Construction is due to start in the autumn, with first deliveries planned for 2027.",
        ],
        _c(
            "Länsförsäkringar Norrbotten",
            "SE",
            "equity",
            "60000000",
            "SEK",
            minerals=["graphite"],
            announced_on=_D18,
        ),
        _c(
            "Sparbanken Västra Mälardalen",
            "SE",
            "loan",
            "35000000",
            "SEK",
            minerals=["graphite"],
            announced_on=_D18,
        ),
    ),
    _a(
        "kogas-lithium",
        "KOGAS to take 20% of Australian lithium developer",
        [
            "SEOUL, June 17 (Yonhap) - Korea Gas Corporation (KOGAS) will take a 20% stake in an "
            "Australian lithium developer for A$85 million, the state gas company said on Tuesday.",
            "The developer is building a lithium hydroxide refinery south of Perth and has a "
            "spodumene concentrate supply contract with a neighbouring mine.",
            "KOGAS said the deal is its first step into battery minerals and that it will also "
            "receive a seat on the developer's board.",
            "Korea imports almost all of the lithium its battery makers use, most of it from Chile, "
            "Australia and China.",
            "The company invested in liquefied natural gas projects in Mozambique and Australia in "
            "the 2010s.",
            '"A$85 million buys us a foothold in lithium," a KOGAS executive told reporters.',
        ],
        _c(
            "KOGAS",
            "KR",
            "equity",
            "85000000",
            "AUD",
            minerals=["lithium"],
            announced_on=_D17,
        ),
    ),
    _a(
        "gsfc-copper",
        "Gujarat financier sanctions Rs 240 crore for copper tube plant",
        [
            "AHMEDABAD, June 19 (PTI) - Gujarat State Financial Corporation has sanctioned a loan of "
            "Rs 240 crore for a copper tube and foil plant at Dahej, the state-run lender said on "
            "Thursday.",
            "The plant will draw copper cathode from smelters on the Gujarat coast and supply "
            "air-conditioner and electronics makers.",
            "Dhanlaxmi Bank will add ₹75 crore in working capital loans, the lender said in a filing.",
            "India's copper demand has grown by about 9% a year since 2020, according to industry "
            "estimates, and the country remains a net importer of refined copper.",
            "In 2018 the state corporation financed a brass foundry in Jamnagar.",
        ],
        _c(
            "Gujarat State Financial Corporation",
            "IN",
            "loan",
            "2400000000",
            "INR",
            minerals=["copper"],
            announced_on=_D19,
        ),
        _c(
            "Dhanlaxmi Bank",
            "IN",
            "loan",
            "750000000",
            "INR",
            minerals=["copper"],
            announced_on=_D19,
        ),
    ),
    _a(
        "ohio-gallium",
        "Ohio backs gallium recovery plant with grant and loan",
        [
            "COLUMBUS, Ohio, June 17 - The Ohio Development Services Agency will award a $15 million "
            "grant to a gallium recovery plant in Toledo, the agency said on Tuesday.",
            "Huntington Bank will lend the project $60 million, according to a person familiar with "
            "the financing who asked not to be named because the terms are not yet public.",
            "The plant will recover gallium from aluminium refinery residue and sell it to "
            "semiconductor makers.",
            "The United States has imported nearly all of its gallium since the last domestic "
            "producer closed in the 1980s.",
            '"This $15 million grant puts Ohio on the map for critical minerals," the agency\'s '
            "director said.",
            "China restricted exports of gallium and germanium in 2023.",
            "Production is expected to begin in 2027.",
        ],
        _c(
            "Ohio Development Services Agency",
            "US",
            "grant",
            "15000000",
            "USD",
            minerals=["gallium"],
            announced_on=_D17,
        ),
        _c(
            "Huntington Bank",
            "US",
            "loan",
            "60000000",
            "USD",
            minerals=["gallium"],
            announced_on=_D17,
        ),
    ),
    _a(
        "fomento-parana-graphite",
        "Paraná development agency lends to graphite anode start-up",
        [
            "Fomento Paraná, the development agency of the southern Brazilian state, will lend R$25 "
            "million to a graphite anode start-up in Ponta Grossa.",
            "The start-up purifies flake graphite from Minas Gerais and plans to sell spherical "
            "graphite to battery makers in São Paulo.",
            "AgeRio, Rio de Janeiro's state development agency, is adding a R$10 million grant for a "
            "second line, its president said.",
            "Brazil holds some of the world's largest graphite reserves but exports most of its "
            "output as concentrate.",
            "In 2020 the start-up's founders ran a pilot at a university laboratory in Curitiba.",
        ],
        _c("Fomento Paraná", "BR", "loan", "25000000", "BRL", minerals=["graphite"]),
        _c("AgeRio", "BR", "grant", "10000000", "BRL", minerals=["graphite"]),
    ),
    _a(
        "sohar-islamic-copper",
        "Sohar Islamic finances Omani copper cathode plant",
        [
            "MUSCAT, June 19 - Sohar Islamic will provide OMR 20 million in Islamic financing for a "
            "copper cathode plant in the Sohar free zone, the bank said on Thursday.",
            "The plant will process copper concentrate from mines in Oman's Al Batinah region.",
            "Oman's copper mining history goes back to the Bronze Age, and the Sultanate reopened "
            "several old mines in the 2010s.",
            '"Our OMR 20 million financing is the largest we have made in the minerals sector," the '
            "bank's chief executive said.",
            "Oman wants mining to make up a bigger share of its economy as it reduces its reliance on oil.",
        ],
        _c(
            "Sohar Islamic",
            "OM",
            "loan",
            "20000000",
            "OMR",
            minerals=["copper"],
            announced_on=_D19,
        ),
    ),
    _a(
        "zambia-manganese",
        "Zambian building society and Absa Zambia finance manganese smelter",
        [
            "LUSAKA, June 13 (Reuters) - Zambia National Building Society will lend ZMW 150 million "
            "to a manganese smelter in Serenje, the lender said on Friday, in its first loan to a "
            "mining project.",
            "Absa Zambia will provide a further ZMW 300 million, the bank said.",
            "The smelter will produce silicomanganese for steel mills in southern Africa.",
            "Zambia produced about 800,000 tonnes of copper in 2024 and wants to reach 3 million "
            "tonnes a year by 2031.",
            "Manganese mining in the Central Province dates back to the colonial era.",
            "The government has promised to make it easier for local lenders to finance mining projects.",
        ],
        _c(
            "Zambia National Building Society",
            "ZM",
            "loan",
            "150000000",
            "ZMW",
            minerals=["manganese"],
            announced_on=_D13,
        ),
        _c(
            "Absa Zambia",
            "ZM",
            "loan",
            "300000000",
            "ZMW",
            minerals=["manganese"],
            announced_on=_D13,
        ),
    ),
    _a(
        "musashino-yuasa-rare-earths",
        "Yuasa Trading to buy recycled rare earths from Saitama plant",
        [
            "Yuasa Trading has agreed to buy rare earth oxides recovered from used motors at a "
            "recycling plant in Saitama prefecture, the trading company said.",
            "Musashino Bank will lend ¥1.5 billion to the plant's operator, a start-up founded by "
            "former engineers of a large electronics group.",
            "Japan imports most of the rare earths used in its motors and magnets from China.",
            "In 2010 a diplomatic row led to a halt in Chinese rare earth shipments to Japan, "
            "pushing Japanese companies to look for other sources.",
            '"Recycled rare earths will be an important part of our supply," a Yuasa Trading official said.',
        ],
        _c("Yuasa Trading", "JP", "offtake", minerals=["rare-earths"]),
        _c("Musashino Bank", "JP", "loan", "1500000000", "JPY", minerals=["rare-earths"]),
    ),
    _a(
        "queensland-vanadium",
        "Queensland lenders back vanadium mine near Julia Creek",
        [
            "BRISBANE, 16 June 2025 - Queensland Country Bank will lend A$20 million to a vanadium "
            "mine near Julia Creek, the customer-owned bank said on Monday.",
            "Newcastle Permanent and Greater Bank will each provide A$10 million, the two lenders "
            "said in a joint statement.",
            "The mine will produce vanadium pentoxide for steel makers and for the electrolyte used "
            "in flow batteries.",
            "Queensland's north-west has some of the world's largest undeveloped vanadium deposits.",
            "The state government designated the region a critical minerals zone in 2022.",
            "First production is expected in 2028.",
        ],
        _c(
            "Queensland Country Bank",
            "AU",
            "loan",
            "20000000",
            "AUD",
            minerals=["vanadium"],
            announced_on=_D16,
        ),
        _c(
            "Newcastle Permanent",
            "AU",
            "loan",
            "10000000",
            "AUD",
            minerals=["vanadium"],
            announced_on=_D16,
        ),
        _c(
            "Greater Bank",
            "AU",
            "loan",
            "10000000",
            "AUD",
            minerals=["vanadium"],
            announced_on=_D16,
        ),
    ),
    _a(
        "uzbekistan-tungsten",
        "Uzbekistan tightens tungsten export rules as state fund invests in processing",
        [
            "TASHKENT, June 16 (Reuters) - Uzbekistan will require export licences for tungsten "
            "concentrate from September, the government said on Monday, as it tries to keep more of "
            "the processing at home.",
            "The Uzbekistan Fund for Reconstruction and Development will invest $90 million in a "
            "tungsten processing plant in the Navoi region, the fund said.",
            "No outside lender has been named yet.",
            "Uzbekistan produced tungsten in the Soviet era, but most of its mines closed in the 1990s.",
            "The new plant will make ammonium paratungstate and tungsten powder.",
        ],
        _c("UZ", "UZ", "export-control", minerals=["tungsten"], announced_on=_D16),
        _c(
            "Uzbekistan Fund for Reconstruction and Development",
            "UZ",
            "equity",
            "90000000",
            "USD",
            minerals=["tungsten"],
            announced_on=_D16,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "pichincha-peru-copper",
        "Banco Pichincha Peru lends to copper mine in Arequipa",
        [
            "LIMA, June 19, 2025 - Banco Pichincha Peru will lend PEN 120 million to a copper mine "
            "in the Arequipa region, the bank said on Thursday.",
            "Caja Arequipa, the municipal savings bank, will not take part, a spokeswoman said.",
            "The mine is expected to produce about 25,000 tonnes of copper in concentrate a year.",
            "Peru is the world's third-largest copper producer.",
            "In 2019 the bank lent to a zinc refinery in the same region.",
            '"The PEN 120 million loan is our largest ever to a mine," the bank\'s general manager said.',
        ],
        _c(
            "Banco Pichincha Peru",
            "PE",
            "loan",
            "120000000",
            "PEN",
            minerals=["copper"],
            announced_on=_D19,
        ),
    ),
    _a(
        "ceb-antimony",
        "Czech Export Bank and Lithuanian lenders back antimony refinery",
        [
            "PRAGUE, June 18 (CTK) - Czech Export Bank will lend €40 million to a Czech engineering "
            "group building an antimony refinery in Slovakia, the state export lender said on "
            "Wednesday.",
            "Urbo bankas and Medicinos bankas, two small Lithuanian lenders, will together provide "
            "€6 million in loans for the refinery's laboratory, they said.",
            "Antimony is used in flame retardants, lead-acid batteries and ammunition, and its price "
            "has more than doubled since China restricted exports last year.",
            "The refinery will process concentrate from mines in the Balkans and Turkey.",
            "Czech Export Bank was founded in 1995 to support Czech exporters.",
        ],
        _c(
            "Czech Export Bank",
            "CZ",
            "loan",
            "40000000",
            "EUR",
            minerals=["antimony"],
            announced_on=_D18,
        ),
        _c(
            "Urbo bankas",
            "LT",
            "loan",
            "6000000",
            "EUR",
            minerals=["antimony"],
            announced_on=_D18,
        ),
        _c("Medicinos bankas", "LT", "loan", None, minerals=["antimony"], announced_on=_D18),
    ),
    _a(
        "prospera-lithium",
        "Canadian credit unions guarantee lithium refinery loan",
        [
            "VANCOUVER, June 20 - Prospera Credit Union and Kindred Credit Union will each guarantee C$7 "
            "million of the construction loan for a lithium refinery planned near Prince George, "
            "British Columbia, the two credit unions said.",
            "The refinery will process lithium carbonate from mines in Quebec and Manitoba into "
            "battery-grade lithium hydroxide.",
            "Canada's federal government listed lithium as a critical mineral in 2021.",
            '"Each of us is standing behind C$7 million of that loan," Prospera\'s chief executive said.',
            "The refinery's owners expect to make a final investment decision by the end of the year.",
        ],
        _c(
            "Prospera Credit Union",
            "CA",
            "guarantee",
            "7000000",
            "CAD",
            minerals=["lithium"],
            announced_on=_D20,
        ),
        _c(
            "Kindred Credit Union",
            "CA",
            "guarantee",
            "7000000",
            "CAD",
            minerals=["lithium"],
            announced_on=_D20,
        ),
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-21"

# Filled in by the lead after the one scoring run (2026-12-01 05:19 UTC, on round 17: 131 of 196
# exact); regenerated after round 18 (2026-12-01, 172 of 196 exact); used to tune the reader since.
# Round 19 read b21-instr-proposed right (173 of 196 exact).
# Round 20 read b21-org-tiic-rare-earths and b21-shape-shorthand right (175 of 196 exact).
# Round 22 read b21-instr-lend-and-guarantee right (177 of 196 exact).
BLIND21_MISSES: dict[str, str] = {
    "b21-org-valais-tungsten": "expected 1 commitments, got 0 (rejected: ['no actor: None/equity'])",
    "b21-org-badesul-copper": "expected 1 commitments, got 0 (rejected: ['no actor: None/loan'])",
    "b21-multi-two-instruments-victoria": (
        'commitment 1 actor: expected "Heritage and People\'s Choice", got "People\'s Choice"'
    ),
    "b21-multi-mou-pair": "expected 2 commitments, got 1 (rejected: []) (+2 more)",
    "b21-wrong-citizens-ioneer-owner": "commitment 0 actor_country: expected 'US', got None",
    "b21-wrong-mb-vietnam-tungsten": "commitment 0 actor_country: expected 'VN', got None",
    "b21-wrong-godi-awarded": "commitment 0 counterparty: expected 'Godi India', got 'IN'",
    "b21-wrong-moza-received": "commitment 0 counterparty: expected 'Syrah Moçambique', got 'MZ'",
    "b21-instr-conditional": "expected 1 commitments, got 0 (rejected: ['no actor: None/loan'])",
    "b21-money-us-dollar-au-actor": "commitment 0 actor_country: expected 'AU', got None",
    "b21-shape-two-sentences": "commitment 1 minerals: expected ['lithium'], got []",
    "b21-shape-quote": "expected 1 commitments, got 0 (rejected: ['no actor: None/equity'])",
    "b21-shape-typo-name": (
        "commitment 0 actor: expected 'Banco Nacional de Costa Rica', got 'Banco Nacinal de Costa Rica'"
    ),
    "b21-shape-caps-headline": "expected 1 commitments, got 0 (rejected: ['no actor: None/equity'])",
    "b21-none-seeking": "expected 0 commitments, got 1 (rejected: [])",
    "b21-art-ohio-gallium": (
        "expected 2 commitments, got 1 (rejected: ['no actor: None/grant', 'no actor: None/loan', '"
        "negation: Huntington Bank/loan', 'no actor: None/grant', 'background (in 2023): CN/export-"
        "control'])"
    ),
    "b21-art-fomento-parana-graphite": (
        "expected 2 commitments, got 1 (rejected: ['no actor: None/loan', 'no actor: None/offtake',"
        " 'no actor: None/grant'])"
    ),
    "b21-art-uzbekistan-tungsten": (
        "commitment 0 actor: expected 'UZ', got 'Uzbekistan Fund for Reconstruction and Development"
        "' (+6 more)"
    ),
    "b21-art-ceb-antimony": (
        "expected 3 commitments, got 2 (rejected: ['no instrument or amount: Czech Export Bank/None"
        "', 'no actor: None/export-control']) (+1 more)"
    ),
}
