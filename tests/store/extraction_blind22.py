"""Blind batch 22 ("set": "blind-22"): written on 2026-12-01 (05:58-06:20 UTC) from the sentences
alone, before the reader was run on them, by a helper (worktree blind22) who had not read the
reader's code, its tables (organisations, currencies, minerals), its rules, the main corpus's
cases, the README, docs/ or any batch's cases beyond those listed here or any batch's misses list.
What was read, and nothing else: /work/wt/PREAMBLE.md; tests/store/extraction_blind14.py lines
1-130 (its docstring and first cases) and lines 1436-1478 (one article case, for the format);
tests/store/blind_cases.py; the docstrings (and the helper definitions inside the listed ranges) of
tests/store/extraction_blind15.py lines 1-68, extraction_blind16.py lines 1-69,
extraction_blind17.py lines 1-84, extraction_blind18.py lines 1-95, extraction_blind19.py lines
1-110, extraction_blind20.py lines 1-115 and extraction_blind21.py lines 1-120 (their decisions; no
case or misses list of those batches); name checks as counts only: `grep -icx NAME
/work/wt/used-names.txt` (that list predates batches 19 to 21, and was never listed) and `grep -ic
'"NAME"' tests/store/extraction_blind19.py tests/store/extraction_blind20.py
tests/store/extraction_blind21.py` (a count only); and the instrument vocabulary printed by `grep
-n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`. Nothing else under store/, bot/,
handlers/, jobs/ or docs/ was opened. The file was only imported and linted (ruff check, ruff
format, mypy), never run through the reader or any test, before the lead's one scoring run. No
sentence of an earlier batch is copied or paraphrased.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13 June;
"last week" and "recently" give no expected date; an article's dateline dates its commitments, a
dateline without a year is read in 2025, an article without a dateline has no expected date) and
the same rules as batch 14's docstring and the decisions of batches 15 to 21 (later batches
overriding earlier ones: a named government body, agency, council or municipality is an
organisation with its country; governments named as countries are ISO codes). A field a careful
analyst could fill two ways is left out (only the fields given are checked; the actor's country is
always checked, so no multilateral lender acts). Statuses come from proposed, announced,
conditional, binding, disbursed, withdrawn.

Size: 115 message cases (11 of them expect no draft) and 8 article cases (one without a dateline),
132 expected drafts. Instruments: loan 64, equity 27, grant 13, guarantee 8, offtake 8, mou 3,
tariff 2, export-control 2, and one each of letter-of-interest, stockpile, investment-screening,
price-floor and other (the last eight by governments named as countries, ISO codes).

New organisations: 124 distinct acting organisations (drafts whose actor is not an ISO code), each
with count 0 on both checks; about 110 candidates of the first drafts (mostly regional and national
banks that earlier batches had already named) had a non-zero count and were replaced before this
file was finished, several by small or made-up firms whose country the sentence gives
("Idaho's Salmon River Capital", "Japan's Setouchi Trading", "Korea's Daegu Cathode Works").
Counterparties were not checked (they do not act). About 105 of the 124 are small or mid-sized
(savings, cooperative, regional and shinkin banks, credit unions and customer-owned banks, state,
regional and municipal agencies, councils and funds, guarantee funds, venture and private-debt
funds, junior miners, traders and materials firms); about 20 are large. Regions: Germany, Austria,
Switzerland, France, Belgium, Spain, Italy, the UK, the Nordics, Poland, Czechia, Montenegro,
Turkey, Israel, Egypt, Morocco, the Gulf, West, East and Southern Africa, India, South-East Asia,
Hong Kong, Taiwan, Korea, Japan, Australia, New Zealand, Canada, the US, Mexico, South America,
Mongolia, Kazakhstan and Uzbekistan.

Decided for this batch (written down so the lead can check):
- "Guarantee $N of a loan to" is a guarantee of N even from a bank ("CMB Wing Lung Bank will
  guarantee $200m ...": HKD, inferred; "Şekerbank will guarantee $40m ...": USD, not inferred);
  "A, B and C each guarantee R120 million of the loan" gives three guarantees with that amount.
- "A and B jointly invest" and "together are lending" keep the amount on the first only, with its
  currency; the second draft checks only that it has no amount.
- "Taking/takes a QAR 1.1bn stake in" and "putting $35m into" are equity; "will invest forty
  million euros" and "five hundred crore rupees" are number words read as numbers.
- "Proposed a C$10 million grant" is a grant, status proposed; "announced yesterday it will
  invest" is announced with 19 June.
- A self-correction of the actor written as "X? no, it's Y" or "X? no, sorry, Y" expects only Y;
  an amount corrected in place ("CHF 8m, correction CHF 18m") expects the corrected amount; a
  typo corrected after the fact ("lned ... (sorry, lend)") is read as corrected.
- "Two from Almaty:" heading two sentences does not date them; neither sentence names a day.
- A thread reply whose metal is only in the quoted question leaves minerals out (batch 18);
  "copper-gold mine", "caesium-lithium mine", "graphite anode materials pilot", "graphite anode
  coating line", "lithium recycling co-op" and "neodymium oxide output" leave minerals out (two
  readings or a spelling not read); "critical minerals companies" gives an empty list.
- "Guarantee a minimum price" is price-floor, "export duty"/"export levy" is tariff, "requires
  export licences"/"will require licences for exports" is export-control (batch 14).
- An ISO code after the number ("600 million MAD", "9,000 million CLP", "15 million USD", "75
  million SEK") is that currency; "KES 800 mln" scales as written; "DKK 40–60 million", "PLN
  150-180 million" and "between NOK 50 million and NOK 70 million" keep the higher end, flagged.
- Kanto Denka Kogyo's offtake "of the refinery's output" leaves the counterparty out (owner only
  implied, batch 15); "Nickel matte from X will be bought by Y" is Y's offtake with X as
  counterparty (batch 17).
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


_m = partial(message_case, "b22-")


_a = partial(article_case, "b22-art-")


_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations with their country: small and mid-sized bodies first ---
    _m(
        "vb-mittelhessen-germanium",
        "Volksbank Mittelhessen will lend €14m to a germanium recovery line near Gießen.",
        _c("Volksbank Mittelhessen", "DE", "loan", "14000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "caja-soria-lioh",
        "Caja Rural de Soria is providing a €9.5 million credit facility for a lithium hydroxide "
        "pilot outside Soria",
        _c("Caja Rural de Soria", "ES", "loan", "9500000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "valsabbina-copper-scrap",
        "FYI Banca Valsabbina lends €22m to a copper scrap refiner in Brescia province",
        _c("Banca Valsabbina", "IT", "loan", "22000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "totens-graphite",
        "Totens Sparebank will put NOK 120 million into a natural graphite processing plant in Nordland.",
        _c("Totens Sparebank", "NO", "equity", "120000000", "NOK", minerals=["graphite"]),
    ),
    _m(
        "liedon-cobalt",
        "Liedon Säästöpankki said yesterday it is lending €6m to a cobalt sulphate plant in Kokkola.",
        _c(
            "Liedon Säästöpankki",
            "FI",
            "loan",
            "6000000",
            "EUR",
            minerals=["cobalt"],
            announced_on=_D19,
        ),
    ),
    _m(
        "gifu-shinkin-magnet",
        "Gifu Shinkin Bank will lend ¥3.5bn to a rare earth magnet recycler in Kakamigahara.",
        _c("Gifu Shinkin Bank", "JP", "loan", "3500000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "ulsan-savings-precursor",
        "Korea's Ulsan Mutual Savings Bank is lending ₩40 billion to a nickel precursor plant in Ulsan",
        _c("Ulsan Mutual Savings Bank", "KR", "loan", "40000000000", "KRW", minerals=["nickel"]),
    ),
    _m(
        "surat-coop-cathode",
        "Surat People's Co-operative Bank sanctioned ₹320 crore yesterday for a copper cathode "
        "refinery in Gujarat",
        _c(
            "Surat People's Co-operative Bank",
            "IN",
            "loan",
            "3200000000",
            "INR",
            minerals=["copper"],
            announced_on=_D19,
        ),
    ),
    _m(
        "telangana-graphite-lakh",
        "Telangana State Mineral Development Corporation will spend ₹850 lakh on a graphite "
        "beneficiation pilot at "
        "Khammam.",
        _c(
            "Telangana State Mineral Development Corporation",
            "IN",
            "equity",
            "85000000",
            "INR",
            minerals=["graphite"],
        ),
    ),
    _m(
        "rab-vanadium",
        "Regional Australia Bank will lend $45 million to a vanadium processing plant near Julia Creek",
        _c(
            "Regional Australia Bank",
            "AU",
            "loan",
            "45000000",
            "AUD",
            minerals=["vanadium"],
            **_INFERRED,
        ),
    ),
    _m(
        "cycle-capital-graphite",
        "Cycle Capital is investing $12 million in a Quebec graphite miner, the Montreal fund said "
        "this morning.",
        _c(
            "Cycle Capital",
            "CA",
            "equity",
            "12000000",
            "CAD",
            minerals=["graphite"],
            announced_on=_D20,
            **_INFERRED,
        ),
    ),
    _m(
        "tainui-antimony",
        "Tainui Group Holdings is investing $15 million in an antimony recovery start-up in Otago.",
        _c(
            "Tainui Group Holdings",
            "NZ",
            "equity",
            "15000000",
            "NZD",
            minerals=["antimony"],
            **_INFERRED,
        ),
    ),
    _m(
        "wing-lung-guarantee",
        "CMB Wing Lung Bank will guarantee $200m of a loan to a tungsten smelter in Ganzhou",
        _c("CMB Wing Lung Bank", "HK", "guarantee", "200000000", "HKD", minerals=["tungsten"], **_INFERRED),
    ),
    _m(
        "far-eastern-cobalt",
        "Far Eastern International Bank will lend $600 million to a cobalt refinery in Kaohsiung's "
        "Linhai industrial park.",
        _c(
            "Far Eastern International Bank",
            "TW",
            "loan",
            "600000000",
            "TWD",
            minerals=["cobalt"],
            **_INFERRED,
        ),
    ),
    _m(
        "salmon-river-antimony",
        "Idaho's Salmon River Capital is putting $35m into an antimony mill in central Idaho",
        _c("Salmon River Capital", "US", "equity", "35000000", "USD", minerals=["antimony"]),
    ),
    _m(
        "momiji-nickel",
        "Momiji Bank will lend $25 million to a nickel refinery on Palawan.",
        _c(
            "Momiji Bank",
            "JP",
            "loan",
            "25000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "banestes-graphite",
        "Banestes is lending R$180 million to a graphite mine in northern Espírito Santo",
        _c("Banestes", "BR", "loan", "180000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "banco-internacional-tailings",
        "Banco Internacional will provide financing of 9,000 million CLP for a copper tailings "
        "reprocessing plant in Atacama.",
        _c("Banco Internacional", "CL", "loan", "9000000000", "CLP", minerals=["copper"]),
    ),
    _m(
        "caja-cusco-copper",
        "caja cusco lending PEN 12 million to a copper concentrate storage terminal in Matarani",
        _c("Caja Cusco", "PE", "loan", "12000000", "PEN", minerals=["copper"]),
    ),
    _m(
        "bajio-lithium",
        "Banco del Bajío will lend MXN 400 million to a lithium clay pilot in Sonora.",
        _c("Banco del Bajío", "MX", "loan", "400000000", "MXN", minerals=["lithium"]),
    ),
    _m(
        "indo-zambia-smelter",
        "Indo-Zambia Bank will lend ZMW 150 million to a copper smelter in Chingola",
        _c("Indo-Zambia Bank", "ZM", "loan", "150000000", "ZMW", minerals=["copper"]),
    ),
    _m(
        "mwalimu-graphite",
        "Mwalimu Commercial Bank to lend TZS 95 billion to a graphite mine in Lindi region",
        _c("Mwalimu Commercial Bank", "TZ", "loan", "95000000000", "TZS", minerals=["graphite"]),
    ),
    _m(
        "sidian-rare-earth",
        "Sidian Bank will lend KES 1.2 billion to a rare earth processing plant in Kwale.",
        _c("Sidian Bank", "KE", "loan", "1200000000", "KES", minerals=["rare-earths"]),
    ),
    _m(
        "cdg-invest-cobalt",
        "CDG Invest will invest 600 million MAD in a cobalt refinery near Ouarzazate",
        _c("CDG Invest", "MA", "equity", "600000000", "MAD", minerals=["cobalt"]),
    ),
    _m(
        "nbo-cathode",
        "National Bank of Oman is lending OMR 25 million to a copper cathode plant in Sohar Freezone.",
        _c("National Bank of Oman", "OM", "loan", "25000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "shinhan-kz-tungsten",
        "Shinhan Bank Kazakhstan will lend 18 billion tenge to a tungsten concentrator in East Kazakhstan",
        _c("Shinhan Bank Kazakhstan", "KZ", "loan", "18000000000", "KZT", minerals=["tungsten"]),
    ),
    _m(
        "nam-a-rare-earth",
        "Nam A Bank lends 1,500 billion dong to a rare earth separation plant in Lai Chau",
        _c("Nam A Bank", "VN", "loan", "1500000000000", "VND", minerals=["rare-earths"]),
    ),
    _m(
        "bank-sultra-nickel",
        "Bank Sultra will lend Rp 450 billion to a nickel smelter in Kolaka.",
        _c("Bank Sultra", "ID", "loan", "450000000000", "IDR", minerals=["nickel"]),
    ),
    _m(
        "lh-bank-magnet",
        "Land and Houses Bank is putting ฿800 million into a rare earth magnet plant in Rayong",
        _c("Land and Houses Bank", "TH", "equity", "800000000", "THB", minerals=["rare-earths"]),
    ),
    _m(
        "muamalat-rare-earth",
        "Bank Muamalat Malaysia will provide RM150 million in Islamic financing for a rare "
        "earth processing "
        "plant in Pahang.",
        _c("Bank Muamalat Malaysia", "MY", "loan", "150000000", "MYR", minerals=["rare-earths"]),
    ),
    _m(
        "bs-legnica-copper-foil",
        "Poland's Bank Spółdzielczy w Legnicy will lend 90 million zł to a copper foil mill near Legnica",
        _c("Bank Spółdzielczy w Legnicy", "PL", "loan", "90000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "creditas-lithium",
        "Banka Creditas is lending CZK 450 million to a lithium refinery near Ústí nad Labem.",
        _c("Banka Creditas", "CZ", "loan", "450000000", "CZK", minerals=["lithium"]),
    ),
    _m(
        "rlb-steiermark-tungsten",
        "Raiffeisen-Landesbank Steiermark will invest forty million euros in a tungsten recycling "
        "plant in Styria",
        _c("Raiffeisen-Landesbank Steiermark", "AT", "equity", "40000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "aargau-kb-gallium",
        "Aargauische Kantonalbank lends CHF 11 million to a gallium recycler in Aargau.",
        _c("Aargauische Kantonalbank", "CH", "loan", "11000000", "CHF", minerals=["gallium"]),
    ),
    _m(
        "pmv-germanium",
        "PMV takes a €25 million stake in a germanium refinery in Olen",
        _c("PMV", "BE", "equity", "25000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "tera-rare-earth",
        "Tera Ventures puts €4m into a rare earth metals start-up in Narva.",
        _c("Tera Ventures", "EE", "equity", "4000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "norrbotten-grant-graphite",
        "Region Norrbotten grants SEK 25 million to a graphite mine in Norrbotten",
        _c("Region Norrbotten", "SE", "grant", "25000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "sekerbank-antimony",
        "Şekerbank will guarantee $40m of a loan to an antimony smelter in Balıkesir.",
        _c(
            "Şekerbank",
            "TR",
            "guarantee",
            "40000000",
            "USD",
            minerals=["antimony"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "iia-lithium",
        "Israel Innovation Authority grants ILS 12 million to a lithium extraction start-up at the Dead Sea",
        _c("Israel Innovation Authority", "IL", "grant", "12000000", "ILS", minerals=["lithium"]),
    ),
    _m(
        "suez-canal-manganese",
        "Suez Canal Bank will lend EGP 2 billion to a manganese smelter in South Sinai.",
        _c("Suez Canal Bank", "EG", "loan", "2000000000", "EGP", minerals=["manganese"]),
    ),
    _m(
        "samarkand-tungsten",
        "Uzbekistan's Samarkand Commerce Bank lends UZS 400 billion to a tungsten processing "
        "plant in Navoi region",
        _c("Samarkand Commerce Bank", "UZ", "loan", "400000000000", "UZS", minerals=["tungsten"]),
    ),
    _m(
        "comafi-lithium",
        "Banco Comafi will lend US$30 million to a lithium carbonate plant in Catamarca.",
        _c(
            "Banco Comafi",
            "AR",
            "loan",
            "30000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "prudential-gh-manganese",
        "Prudential Bank Ghana is lending GHS 200 million to a manganese mine at Nsuta",
        _c("Prudential Bank Ghana", "GH", "loan", "200000000", "GHS", minerals=["manganese"]),
    ),
    _m(
        "bogd-bank-copper",
        "Bogd Bank will lend MNT 90 billion to a copper concentrator in the South Gobi.",
        _c("Bogd Bank", "MN", "loan", "90000000000", "MNT", minerals=["copper"]),
    ),
    # --- (2) several actors ---
    _m(
        "leverkusen-euskirchen-each",
        "Sparkasse Leverkusen and Kreissparkasse Euskirchen will each lend €10m to a copper "
        "recycling "
        "plant in Hürth",
        _c("Sparkasse Leverkusen", "DE", "loan", "10000000", "EUR", minerals=["copper"]),
        _c("Kreissparkasse Euskirchen", "DE", "loan", "10000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "tsukuba-ashikaga-together",
        "Tsukuba Bank and Ashikaga Bank together are lending ¥6bn to a gallium recovery plant in Ibaraki.",
        _c("Tsukuba Bank", "JP", "loan", "6000000000", "JPY", minerals=["gallium"]),
        _c("Ashikaga Bank", "JP", "loan", None, minerals=["gallium"]),
    ),
    _m(
        "extremadura-almendralejo-jointly",
        "Caja Rural de Extremadura and Caja Rural de Almendralejo jointly invest €45m in a "
        "lithium refinery in Extremadura",
        _c("Caja Rural de Extremadura", "ES", "equity", "45000000", "EUR", minerals=["lithium"]),
        _c("Caja Rural de Almendralejo", "ES", "equity", None, minerals=["lithium"]),
    ),
    _m(
        "nordland-rana-each",
        "Nordland County Council and Rana Municipality will each grant NOK 25 million to a "
        "graphite anode "
        "materials pilot in Mo i Rana.",
        _c("Nordland County Council", "NO", "grant", "25000000", "NOK"),
        _c("Rana Municipality", "NO", "grant", "25000000", "NOK"),
    ),
    _m(
        "sitra-kokkola",
        "Sitra will invest €12m and Kokkolanseudun Kehitys will grant €4m to a lithium hydroxide "
        "refinery in Kokkola",
        _c("Sitra", "FI", "equity", "12000000", "EUR", minerals=["lithium"]),
        _c("Kokkolanseudun Kehitys", "FI", "grant", "4000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "hume-gateway-together",
        "Hume Bank and Gateway Bank together will lend A$80 million to a cobalt-nickel "
        "refinery in Townsville.",
        _c("Hume Bank", "AU", "loan", "80000000", "AUD", minerals=["cobalt", "nickel"]),
        _c("Gateway Bank", "AU", "loan", None, minerals=["cobalt", "nickel"]),
    ),
    _m(
        "saemaul-shinhyup-each",
        "Saemaul Geumgo and Shinhyup will each invest ₩12 billion in a lithium hydroxide plant in Gwangyang",
        _c("Saemaul Geumgo", "KR", "equity", "12000000000", "KRW", minerals=["lithium"]),
        _c("Shinhyup", "KR", "equity", "12000000000", "KRW", minerals=["lithium"]),
    ),
    _m(
        "three-rand-guarantees",
        "Ubank, Grindrod Bank and Bidvest Bank will each guarantee R120 million of the loan for "
        "a manganese "
        "sinter plant near Hotazel.",
        _c("Ubank", "ZA", "guarantee", "120000000", "ZAR", minerals=["manganese"]),
        _c("Grindrod Bank", "ZA", "guarantee", "120000000", "ZAR", minerals=["manganese"]),
        _c("Bidvest Bank", "ZA", "guarantee", "120000000", "ZAR", minerals=["manganese"]),
    ),
    _m(
        "activos-kurobe-mou",
        "Peru's Activos Mineros and Japan's Kurobe Trading signed an MoU on copper cathode supply",
        _c("Activos Mineros", "PE", "mou", None, counterparty="Kurobe Trading", minerals=["copper"]),
        _c("Kurobe Trading", "JP", "mou", None, counterparty="Activos Mineros", minerals=["copper"]),
    ),
    _m(
        "mongolrostsvetmet-mou-with",
        "Mongolrostsvetmet signed an MoU with LS Cable on rare earth processing.",
        _c("Mongolrostsvetmet", "MN", "mou", None, counterparty="LS Cable", minerals=["rare-earths"]),
    ),
    # --- (3) the wrong party as actor ---
    _m(
        "fiera-laurentide",
        "Laurentide Minerals secured a $14 million loan from Fiera Private Debt for its "
        "graphite mine in the "
        "Outaouais",
        _c(
            "Fiera Private Debt",
            "CA",
            "loan",
            "14000000",
            "CAD",
            counterparty="Laurentide Minerals",
            minerals=["graphite"],
            **_INFERRED,
        ),
    ),
    _m(
        "futuregrowth-karoo-stake",
        "A 9% stake in Karoo Minerals, a manganese explorer, was bought by Futuregrowth Asset "
        "Management for "
        "R85 million.",
        _c(
            "Futuregrowth Asset Management",
            "ZA",
            "equity",
            "85000000",
            "ZAR",
            counterparty="Karoo Minerals",
            minerals=["manganese"],
        ),
    ),
    _m(
        "goslar-harz-grant",
        "Harz Resources was awarded a €2.4m grant by Landkreis Goslar for a tungsten pilot",
        _c(
            "Landkreis Goslar",
            "DE",
            "grant",
            "2400000",
            "EUR",
            counterparty="Harz Resources",
            minerals=["tungsten"],
        ),
    ),
    _m(
        "ulsan-precursor-trimegah-offtake",
        "Nickel matte from Trimegah Bangun Persada will be bought by Korea's Ulsan Precursor "
        "Materials under a "
        "five-year deal.",
        _c(
            "Ulsan Precursor Materials",
            "KR",
            "offtake",
            None,
            counterparty="Trimegah Bangun Persada",
            minerals=["nickel"],
        ),
    ),
    _m(
        "fukui-owner-later",
        "Fukui Bank will lend ¥1.8bn to a rare earth recycler in Sabae owned by Kaga Precision",
        _c("Fukui Bank", "JP", "loan", "1800000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "lcrca-cheshire",
        "Cheshire Elements received a £3.5 million grant from Liverpool City Region Combined "
        "Authority for its lithium "
        "refinery in Runcorn.",
        _c(
            "Liverpool City Region Combined Authority",
            "GB",
            "grant",
            "3500000",
            "GBP",
            counterparty="Cheshire Elements",
            minerals=["lithium"],
        ),
    ),
    _m(
        "suupohja-place-not-actor",
        "Suupohjan Osuuspankki will lend €8m to a cobalt mine in Sodankylä that Arctic Ore runs",
        _c("Suupohjan Osuuspankki", "FI", "loan", "8000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "bndespar-equity-from",
        "Serra Verde Minerais secured R$60 million in equity from BNDESPar for its rare earth mine in Goiás",
        _c(
            "BNDESPar",
            "BR",
            "equity",
            "60000000",
            "BRL",
            counterparty="Serra Verde Minerais",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "pinnacle-gets-loan",
        "Tamarack Valley Metals gets a US$22m loan from Pinnacle Bank for its nickel mine in Minnesota",
        _c(
            "Pinnacle Bank",
            "US",
            "loan",
            "22000000",
            "USD",
            counterparty="Tamarack Valley Metals",
            minerals=["nickel"],
        ),
    ),
    # --- (4) instruments from the verb ---
    _m(
        "daegu-cathode-offtake",
        "Korea's Daegu Cathode Works agreed to buy lithium hydroxide from Kinetic Chemicals for five years",
        _c(
            "Daegu Cathode Works",
            "KR",
            "offtake",
            None,
            counterparty="Kinetic Chemicals",
            minerals=["lithium"],
        ),
    ),
    _m(
        "northfield-supply",
        "Canada's Northfield Minerals will supply flake graphite to Hwaseong Anode under a binding deal",
        _c(
            "Northfield Minerals",
            "CA",
            "offtake",
            None,
            counterparty="Hwaseong Anode",
            minerals=["graphite"],
            status="binding",
        ),
    ),
    _m(
        "setouchi-cobalt-offtake",
        "Japan's Setouchi Trading will take 2,400 tonnes a year of cobalt hydroxide from Kisanfu Trading",
        _c("Setouchi Trading", "JP", "offtake", None, counterparty="Kisanfu Trading", minerals=["cobalt"]),
    ),
    _m(
        "talum-priced-offtake",
        "Slovenia's Talum Trading agreed to buy €60 million of copper cathode from Bor Metals Serbia.",
        _c(
            "Talum Trading",
            "SI",
            "offtake",
            "60000000",
            "EUR",
            counterparty="Bor Metals Serbia",
            minerals=["copper"],
        ),
    ),
    _m(
        "tasman-sell-output",
        "New Zealand's Tasman Refining will sell its neodymium oxide output to Shin-Etsu Magnetics",
        _c(
            "Tasman Refining",
            "NZ",
            "offtake",
            None,
            counterparty="Shin-Etsu Magnetics",
        ),
    ),
    _m(
        "siagi-guarantee",
        "Siagi will guarantee €80m of a bank loan for a nickel refinery in Dunkirk.",
        _c("Siagi", "FR", "guarantee", "80000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "kodit-guarantee",
        "Korea Credit Guarantee Fund (KODIT) guarantees $200 million of a loan for a nickel "
        "HPAL plant in Halmahera",
        _c(
            "KODIT",
            "KR",
            "guarantee",
            "200000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "pomorski-guarantee-range",
        "Pomorski Fundusz Poręczeń Kredytowych will guarantee PLN 150-180 million of the "
        "financing for a copper wire plant in "
        "Gdańsk.",
        _c(
            "Pomorski Fundusz Poręczeń Kredytowych",
            "PL",
            "guarantee",
            "180000000",
            "PLN",
            minerals=["copper"],
            **_CEIL,
        ),
    ),
    _m(
        "thai-exim-loi",
        "Export-Import Bank of Thailand issued a letter of interest for up to ฿5 billion for a "
        "rare "
        "earth separation plant in Laos",
        _c(
            "Export-Import Bank of Thailand",
            "TH",
            "letter-of-interest",
            "5000000000",
            "THB",
            minerals=["rare-earths"],
            **_CEIL,
        ),
    ),
    _m(
        "vn-export-duty",
        "Vietnam will impose an export duty on rare earth concentrate from January.",
        _c("VN", "VN", "tariff", None, minerals=["rare-earths"]),
    ),
    _m(
        "zw-licence",
        "Zimbabwe now requires export licences for lithium concentrate shipments",
        _c("ZW", "ZW", "export-control", None, minerals=["lithium"]),
    ),
    _m(
        "jp-stockpile",
        "Japan will add gallium and germanium to its national stockpile this year.",
        _c("JP", "JP", "stockpile", None, minerals=["gallium", "germanium"]),
    ),
    _m(
        "ca-screening",
        "Canada is tightening reviews of foreign takeovers of its critical minerals companies",
        _c("CA", "CA", "investment-screening", None, minerals=[]),
    ),
    _m(
        "au-price-floor",
        "Australia will guarantee a minimum price for locally refined rare earths.",
        _c("AU", "AU", "price-floor", None, minerals=["rare-earths"]),
    ),
    _m(
        "cl-fast-track",
        "Chile will fast-track permits for new copper smelters, the mining minister said today",
        _c("CL", "CL", "other", None, minerals=["copper"], announced_on=_D20),
    ),
    _m(
        "vestland-grant-award",
        "Vestland County Council will award a NOK 6 million grant to a graphite purification pilot in Odda.",
        _c("Vestland County Council", "NO", "grant", "6000000", "NOK", minerals=["graphite"]),
    ),
    _m(
        "wa-grant-funding",
        "Lotterywest? no, sorry, the South West Development Commission is providing A$5m in "
        "funding to "
        "a lithium refinery in Kemerton",
        _c("South West Development Commission", "AU", "grant", "5000000", "AUD", minerals=["lithium"]),
    ),
    _m(
        "acquire-stake",
        "Tavan Bogd Group will acquire 30% of a copper explorer in Dornogovi for US$18m.",
        _c(
            "Tavan Bogd Group",
            "MN",
            "equity",
            "18000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    # --- (5) money in every form ---
    _m(
        "sek-after",
        "Länsförsäkringar Bank lends 75 million SEK to a graphite mill in Kiruna",
        _c("Länsförsäkringar Bank", "SE", "loan", "75000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "dkk-before-range",
        "Seed Capital Denmark will invest DKK 40–60 million in a rare earth recycler in Aarhus.",
        _c("Seed Capital Denmark", "DK", "equity", "60000000", "DKK", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "between-range",
        "Skue Sparebank will lend between NOK 50 million and NOK 70 million to a manganese alloy "
        "plant in Hønefoss",
        _c("Skue Sparebank", "NO", "loan", "70000000", "NOK", minerals=["manganese"], **_CEIL),
    ),
    _m(
        "as-much-as",
        "Chugoku Bank will lend as much as ¥12 billion to a graphite anode coating line in Okayama.",
        _c("Chugoku Bank", "JP", "loan", "12000000000", "JPY", **_CEIL),
    ),
    _m(
        "number-words-cad",
        "Caisse d'économie solidaire Desjardins will put three million dollars into a lithium "
        "recycling co-op in Trois-Rivières",
        _c(
            "Caisse d'économie solidaire Desjardins",
            "CA",
            "equity",
            "3000000",
            "CAD",
            **_INFERRED,
        ),
    ),
    _m(
        "crore-words",
        "Odisha State Cooperative Bank will lend five hundred crore rupees to a copper smelter in Odisha.",
        _c("Odisha State Cooperative Bank", "IN", "loan", "5000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "usd-after",
        "I&M Bank Rwanda lends 15 million USD to a tungsten mine in Nyakabingo",
        _c(
            "I&M Bank Rwanda",
            "RW",
            "loan",
            "15000000",
            "USD",
            minerals=["tungsten"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "sgd-bare",
        "SIA Engineering? no - Seatown Holdings is investing $20m in a gallium nitride wafer "
        "start-up in Tuas.",
        _c("Seatown Holdings", "SG", "equity", "20000000", "SGD", minerals=["gallium"], **_INFERRED),
    ),
    _m(
        "up-to-grant",
        "Région Hauts-de-France will grant up to €7 million to a cobalt recycling line in Douai",
        _c("Région Hauts-de-France", "FR", "grant", "7000000", "EUR", minerals=["cobalt"], **_CEIL),
    ),
    _m(
        "kes-mln",
        "Stanbic? no, it's NCBA Bank Kenya lending KES 800 mln to a copper wire plant in Athi River",
        _c("NCBA Bank Kenya", "KE", "loan", "800000000", "KES", minerals=["copper"]),
    ),
    _m(
        "qar-bn",
        "Lesha Bank will take a QAR 1.1bn stake in an antimony refinery in Mesaieed.",
        _c("Lesha Bank", "QA", "equity", "1100000000", "QAR", minerals=["antimony"]),
    ),
    # --- (6) message shapes ---
    _m(
        "bullets-two",
        "Deals this morning:\n• Volksbank Raiffeisenbank Oberbayern Südost lends €5m to a "
        "germanium pilot in Burghausen\n• Hwaseong Industrial Promotion Agency grants ₩3bn to a "
        "rare earth recycler in Hwaseong",
        _c(
            "Volksbank Raiffeisenbank Oberbayern Südost",
            "DE",
            "loan",
            "5000000",
            "EUR",
            minerals=["germanium"],
        ),
        _c(
            "Hwaseong Industrial Promotion Agency",
            "KR",
            "grant",
            "3000000000",
            "KRW",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "lowercase-shorthand",
        "fyi caixa rural galega lending €30m to the Li refinery in Ourense, signed tue",
        _c("Caixa Rural Galega", "ES", "loan", "30000000", "EUR", minerals=["lithium"], announced_on=_D17),
    ),
    _m(
        "thread-reply",
        "> who's funding the new cobalt line in Harjavalta?\nOP Pohjola, €20m loan, confirmed on Monday",
        _c("OP Pohjola", "FI", "loan", "20000000", "EUR", announced_on=_D16),
    ),
    _m(
        "quote-ceo",
        '"We will invest A$60 million in the Kwinana antimony plant," Coolgardie Minerals\' CEO told '
        "analysts on Wednesday.",
        _c(
            "Coolgardie Minerals", "AU", "equity", "60000000", "AUD", minerals=["antimony"], announced_on=_D18
        ),
    ),
    _m(
        "typo-lend",
        "Banco Bolivariano will lned US$ 25m to a copper-gold mine in Azuay (sorry, lend)",
        _c("Banco Bolivariano", "EC", "loan", "25000000", "USD"),
    ),
    _m(
        "self-correct-amount",
        "Cantonal bank of Vaud (BCV) lends CHF 8m, correction CHF 18m, to a nickel refiner in Monthey",
        _c("BCV", "CH", "loan", "18000000", "CHF", minerals=["nickel"]),
    ),
    _m(
        "announced-status",
        "Sabah Development Bank announced yesterday it will invest RM 90 "
        "million in a graphite plant in Sipitang.",
        _c(
            "Sabah Development Bank",
            "MY",
            "equity",
            "90000000",
            "MYR",
            minerals=["graphite"],
            status="announced",
            announced_on=_D19,
        ),
    ),
    _m(
        "conditional",
        "Hipotekarna Banka's €9m loan to a manganese mine near Nikšić is conditional on the "
        "environmental permit",
        _c("Hipotekarna Banka", "ME", "loan", "9000000", "EUR", minerals=["manganese"], status="conditional"),
    ),
    _m(
        "withdrawn",
        "Landkreditt Bank pulled out of its NOK 90 million loan to a graphite mine in Senja.",
        _c("Landkreditt Bank", "NO", "loan", "90000000", "NOK", minerals=["graphite"], status="withdrawn"),
    ),
    _m(
        "disbursed",
        "NSIA Banque Côte d'Ivoire disbursed the first XOF 6 billion tranche of its loan to a "
        "manganese mine at Lauzoua",
        _c(
            "NSIA Banque Côte d'Ivoire",
            "CI",
            "loan",
            "6000000000",
            "XOF",
            minerals=["manganese"],
            status="disbursed",
        ),
    ),
    _m(
        "two-sentences",
        "Two from Almaty: Halyk Finance takes a 20% stake in a copper smelter in Balkhash for "
        "KZT 9 billion. Separately, Freedom Bank Kazakhstan lends KZT 4 billion to a tungsten "
        "mine in Karaganda region.",
        _c("Halyk Finance", "KZ", "equity", "9000000000", "KZT", minerals=["copper"]),
        _c("Freedom Bank Kazakhstan", "KZ", "loan", "4000000000", "KZT", minerals=["tungsten"]),
    ),
    _m(
        "proposed",
        "Draft: Manitoba Development Corporation proposed a C$10 million grant to a "
        "caesium-lithium "
        "mine at Bernic Lake.",
        _c("Manitoba Development Corporation", "CA", "grant", "10000000", "CAD", status="proposed"),
    ),
    # --- no draft: hedges, denials, questions, market talk, recollections, asks ---
    _m(
        "no-question",
        "Is Bank Nagari actually lending to the Solok manganese plant or was that the governor talking?",
    ),
    _m("no-market", "Copper at $10,150/t on the LME this morning, cobalt hydroxide payables still soft"),
    _m(
        "no-recall",
        "Context: in 2021 Sparebank 1 Nord-Norge lent NOK 200m to a graphite mine on Senja.",
    ),
    _m(
        "no-denial",
        "Banco Macro denied reports it will finance a lithium carbonate plant in Jujuy",
    ),
    _m(
        "no-hedge",
        "Hearing TMBThanachart might put money into a rare earth plant, nothing firm yet.",
    ),
    _m(
        "no-ask",
        "Andes Brine Partners is seeking US$50 million for its lithium project in Salta",
    ),
    _m(
        "no-could",
        "A source says Caisse d'Epargne Auvergne could lend up to €40m to a lithium mine in the Allier.",
    ),
    _m(
        "no-decision",
        "Kanematsu said there is no decision yet on a stake in a cobalt refinery in Sulawesi",
    ),
    _m(
        "no-scrapped",
        "The plan for a state nickel fund in the Philippines was scrapped before any money was set aside.",
    ),
    _m("no-reminder", "reminder: the weekly minerals sync moves to 3pm Thursday"),
    _m(
        "no-declined",
        "Bank Dhofar declined to comment on whether it will back the copper smelter in Duqm",
    ),
]


_ARTICLES: list[dict[str, Any]] = [
    _a(
        "nordkapp-andoya-graphite",
        "Nordkapp Kapital puts NOK 150 million into Andøya graphite miner",
        [
            "OSLO, June 18 (Reuters) - Norwegian investor Nordkapp Kapital will invest NOK 150 "
            "million in Vesterålen "
            "Mineraler, which is building a graphite mine and concentrator on Andøya, the "
            "Tromsø-based investor said on Wednesday.",
            "Helgeland Sparebank will lend NOK 200 million to the project, the regional savings "
            "bank said in a separate statement.",
            "Norway's only operating graphite mine, at Skaland on Senja, changed hands several "
            "times after 2007, when a group of local banks refinanced it.",
            '"Our NOK 150 million is patient money for a mine that Europe needs," Nordkapp Kapital\'s '
            "investment director said.",
            "The company expects to ship its first concentrate in 2027 and has applied for an "
            "operating licence.",
        ],
        _c(
            "Nordkapp Kapital",
            "NO",
            "equity",
            "150000000",
            "NOK",
            counterparty="Vesterålen Mineraler",
            minerals=["graphite"],
            announced_on=_D18,
        ),
        _c(
            "Helgeland Sparebank",
            "NO",
            "loan",
            "200000000",
            "NOK",
            minerals=["graphite"],
            announced_on=_D18,
        ),
    ),
    _a(
        "goiasfomento-catalao-lithium",
        "Goiás agency backs Catalão lithium refinery",
        [
            "GoiásFomento, the Goiás state development agency, will lend R$75 million to a "
            "lithium hydroxide refinery being built in Catalão, the agency said.",
            "Japan's Kanto Denka Kogyo agreed to buy the refinery's output for eight years.",
            "Brazil's Jequitinhonha valley shipped its first spodumene concentrate in 2023, and "
            "most of it has gone to China for refining.",
            "The state government issued the site's environmental licence in 2024.",
            '"Refining here keeps the value in Brazil," the agency\'s president said.',
            "The refinery is designed to produce 10,000 tonnes of lithium hydroxide a year.",
        ],
        _c("GoiásFomento", "BR", "loan", "75000000", "BRL", minerals=["lithium"]),
        _c("Kanto Denka Kogyo", "JP", "offtake", None, minerals=["lithium"]),
    ),
    _a(
        "leda-mokopane-vanadium",
        "Limpopo agency and African Bank fund Mokopane vanadium plant",
        [
            "JOHANNESBURG, June 16 - The Limpopo Economic Development Agency (LEDA) will provide "
            "R40 million in funding to a vanadium processing plant near Mokopane, the provincial "
            "agency said on Monday.",
            "African Bank will lend R250 million to the plant, which Bushveld Mokopane "
            "Resources is building on the northern limb of the Bushveld complex.",
            "South Africa supplied roughly a tenth of the world's vanadium in 2022, behind China and Russia.",
            "In 2019 the agency paid for a feasibility study on a smaller plant at the same site; "
            "that plant was never built.",
            '"The R40 million we are putting in is about jobs in Mokopane," LEDA\'s chief executive said.',
            "The plant is expected to start producing in 2027.",
        ],
        _c(
            "LEDA",
            "ZA",
            "grant",
            "40000000",
            "ZAR",
            minerals=["vanadium"],
            announced_on=_D16,
        ),
        _c(
            "African Bank",
            "ZA",
            "loan",
            "250000000",
            "ZAR",
            minerals=["vanadium"],
            announced_on=_D16,
        ),
    ),
    _a(
        "indonesia-npi-levy-mega-syariah",
        "Indonesia to levy exports of nickel pig iron; Bank Mega Syariah finances HPAL plant",
        [
            "JAKARTA, June 17 (Reuters) - Indonesia will impose an export levy on nickel pig iron "
            "from next year to push smelters towards battery-grade products, the energy and "
            "mineral "
            "resources ministry said on Tuesday.",
            "Bank Mega Syariah will provide Rp 1.2 trillion in financing to a nickel HPAL "
            "plant on Obi island, the lender said on the same day.",
            "Indonesia banned exports of nickel ore in 2020 and has since drawn more than "
            "US$30 billion of smelter investment.",
            "Nickel pig iron prices fell about 8% this year as supply outpaced stainless steel demand.",
            "The levy rate has not been published.",
            "The HPAL plant is due to produce mixed hydroxide precipitate from 2026.",
        ],
        _c("ID", "ID", "tariff", None, minerals=["nickel"], announced_on=_D17),
        _c(
            "Bank Mega Syariah",
            "ID",
            "loan",
            "1200000000000",
            "IDR",
            minerals=["nickel"],
            announced_on=_D17,
        ),
    ),
    _a(
        "los-andes-tres-valles-copper",
        "Caja Los Andes lends CLP 25,000 million to Tres Valles copper expansion",
        [
            "SANTIAGO, June 13 - Caja Los Andes will lend CLP 25,000 million to the expansion of a "
            "copper mine in the Coquimbo region, the bank said on Friday.",
            "Pan Pacific Copper agreed to buy copper concentrate from Minera Tres Valles for "
            "five years, the Japanese refiner said.",
            "Chile produced about 5.3 million tonnes of copper in 2024, a quarter of the world's supply.",
            "Minera Tres Valles was restructured in 2020 after a drop in output.",
            '"The CLP 25,000 million loan lets us double throughput," the mine\'s general manager said.',
            "Work on the expansion starts in the third quarter.",
        ],
        _c(
            "Caja Los Andes",
            "CL",
            "loan",
            "25000000000",
            "CLP",
            minerals=["copper"],
            announced_on=_D13,
        ),
        _c(
            "Pan Pacific Copper",
            "JP",
            "offtake",
            None,
            counterparty="Minera Tres Valles",
            minerals=["copper"],
            announced_on=_D13,
        ),
    ),
    _a(
        "arp-jaworzno-lithium",
        "ARP takes stake in Jaworzno lithium refinery",
        [
            "WARSAW, June 19 - Poland's Industrial Development Agency (ARP) will invest PLN 320 "
            "million in a lithium refinery in Jaworzno, the state agency said on Thursday.",
            "Nest Bank will lend PLN 200 million to the refinery, according to a filing.",
            "The refinery is designed to treat imported lithium concentrate and supply cathode "
            "makers in Silesia.",
            "In 2018 a previous plan for a battery materials plant in the same zone stalled for "
            "lack of a buyer.",
            "Poland hosts one of Europe's largest battery cell plants, near Wrocław.",
            "The agency did not say how large a stake it would hold.",
            "Construction is due to start in October.",
        ],
        _c(
            "ARP",
            "PL",
            "equity",
            "320000000",
            "PLN",
            minerals=["lithium"],
            announced_on=_D19,
        ),
        _c(
            "Nest Bank",
            "PL",
            "loan",
            "200000000",
            "PLN",
            minerals=["lithium"],
            announced_on=_D19,
        ),
    ),
    _a(
        "hokuto-akita-gallium",
        "Hokuto Bank, Akita Bank to lend for Akita gallium, germanium recovery plant",
        [
            "TOKYO, June 20 - Hokuto Bank will lend ¥5 billion and Akita Bank ¥2 billion to "
            "a gallium and germanium recovery plant in Akita, the two lenders said on Friday.",
            "The plant will recover the metals from zinc refinery residues.",
            "China restricted exports of gallium and germanium in 2023 and banned shipments to "
            "the United States in 2024.",
            '"This ¥5 billion is our largest loan to a materials project," a Hokuto Bank official said.',
            "Output is due to start in 2026.",
        ],
        _c(
            "Hokuto Bank",
            "JP",
            "loan",
            "5000000000",
            "JPY",
            minerals=["gallium", "germanium"],
            announced_on=_D20,
        ),
        _c(
            "Akita Bank",
            "JP",
            "loan",
            "2000000000",
            "JPY",
            minerals=["gallium", "germanium"],
            announced_on=_D20,
        ),
    ),
    _a(
        "zambia-licence-zicb-kitwe",
        "Zambia to license copper concentrate exports",
        [
            "LUSAKA, June 18 (Reuters) - Zambia will require licences for exports of copper "
            "concentrate from July, the mines ministry said on Wednesday.",
            "Separately, Zambia Industrial Commercial Bank will lend US$40 million to a copper "
            "smelter in Kitwe, "
            "the bank said.",
            "Zambia produced about 820,000 tonnes of copper in 2024 and wants to reach three "
            "million tonnes a year by 2031.",
            "In 2019 the government briefly suspended concentrate exports before reversing course.",
            "Miners said the licence rule could slow shipments through the Lobito and Dar es "
            "Salaam corridors.",
            "The smelter's owner was not named.",
        ],
        _c("ZM", "ZM", "export-control", None, minerals=["copper"], announced_on=_D18),
        _c(
            "Zambia Industrial Commercial Bank",
            "ZM",
            "loan",
            "40000000",
            "USD",
            minerals=["copper"],
            announced_on=_D18,
            **_USD_NOT_INFERRED,
        ),
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-22"

# Filled in by the lead after the one scoring run (2026-12-01, 06:11 UTC, on round 18 as merged:
# 92 of 123 exact); the cases stay as written.
# Round 19 (2026-12-01) tuned the reader on this batch: 123 of 123 exact; no known misses left.
BLIND22_MISSES: dict[str, str] = {}
