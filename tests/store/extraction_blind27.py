"""Blind batch 27 ("set": "blind-27"): written on 2026-12-02 (00:06-00:18 UTC by the machine clock)
from the sentences alone, before the reader was run on them, by a helper (worktree blind27) who had
not read the reader's code, its tables (organisations, currencies, minerals), its rules, the main
corpus's cases, the README, docs/ or any batch's cases beyond those listed here. What was read, and
nothing else: /work/wt/PREAMBLE.md; tests/store/blind_cases.py; the module docstrings (the text
before `from __future__`) of tests/store/extraction_blind14.py to extraction_blind26.py (batches 17,
18 and 23 were cut off in the terminal and their "Decided for this batch" lists, and batch 23's
middle, were printed again); tests/store/extraction_blind25.py from its `from __future__` line for
61 lines (imports, partials, first five message cases), its `_ARTICLES` opening for 33 lines (one
article case and the first lines of a second) and its last 30 lines (its last article, the
CASES/set footer and BLIND25_MISSES, whose one entry says a misspelt actor name is kept as written
by design; so no case here misspells an actor, and nothing else was changed because of it); the
instrument vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`; and
pyproject.toml's [tool.ruff] settings. Nothing under store/, handlers/, jobs/ or docs/ was opened,
nor tests/eval_extraction.py, the corpus files, /work/wt/used-names*.txt or any other worktree; no
name was grepped for anywhere. The file was only imported (to count its cases and expectations) and
linted (ruff check, ruff format, mypy), never run through the reader or any test. Every sentence
was written for this batch; none is copied or paraphrased from an earlier batch.

Actor sampling (batches 23 and 25's way, not batch 26's): the actors are whoever would really act
in critical-minerals news, picked from knowledge of the domain WITHOUT checking whether the corpus
names them, so names may repeat earlier batches (JBIC, KfW, Bpifrance, BNDES, JOGMEC, EDC, Glencore,
Vale, NAIF ...). 188 actor strings, 186 distinct organisations (EDC and Export Development Canada,
K-SURE and Korea Trade Insurance Corporation counted once each). About 106 (57%) are well known
(development banks, export-credit agencies, sovereign and strategic funds, national lenders and
megabanks, US departments, majors, refiners, carmakers, battery makers and trading houses) and
about 80 (43%) are mid-sized or small (regional, savings, cooperative, shinkin, cantonal and
Islamic banks, state, provincial and regional agencies and funds, a research council, juniors,
mid-size refiners and banks of small economies). A first draft of 262 message cases was trimmed to
hit the size asked for, and twelve well-known lenders of single-draft cases were swapped for
smaller ones to reach that balance (the sentence kept, the name and, for Stanbic Bank Zambia, the
country changed; ids are labels and some keep the first candidate's name). Nineteen drafts are by
governments named as countries, capitals or "the government" (ISO codes). Actor countries: 59 (JP
27 drafts, KR 16, AU 16, CA 15, IN 15, US 9, DE 8, FR 5, CN 5, then BR, NO, SA, ZA, CL, ID, CH, ES,
the Nordics, Italy, Benelux, Central and Eastern Europe, Turkey, Israel, Georgia, the Gulf, North,
West, East, Central and Southern Africa, South and South-East Asia, Hong Kong, Taiwan, Mongolia,
Central Asia, New Zealand and Latin America with 1 to 4 each).

Size: 204 message cases (26 of them, 13%, expect no draft) and 12 article cases (5 sentences each,
two without a dateline; each has a background sentence about an earlier year, 2018 to 2024, and
repeats its commitment in headline, lead and quote), 213 expected drafts (14 from articles).
Instruments: loan 108, equity 40, offtake 22, grant 11, guarantee 10, mou 5, stockpile 5,
export-control 4, tariff 3, price-floor 2, and one each of letter-of-interest, investment-screening
and other. Currency flags: 14 inferred, 20 flagged not inferred; 9 ceilings; statuses: proposed 3,
and two each of withdrawn, conditional, binding and announced, one disbursed; 28 expected dates.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday"/"Tuesday:" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday"
13 June; an article's dateline dates its commitments, a dateline without a year is read in 2025, an
article without a dateline has no expected date) and the same rules as batch 14's docstring and the
decisions of batches 15 to 26 (later batches overriding earlier ones; batch 26's actor sampling
excepted). A field a careful analyst could fill two ways is left out (only the fields given are
checked; the actor's country is always checked, so no multilateral lender acts). Statuses come from
proposed, announced, conditional, binding, disbursed, withdrawn.

Decided for this batch (written down so the lead can check):
- Names are expected as written, short or long (EDC / Export Development Canada; K-SURE / Korea
  Trade Insurance Corporation), never both in one case; legal suffixes are not written; lower-case
  names ("edc", "marubeni", "sk on", "kiwibank", "helaba") are expected in their usual spelling; no
  actor is misspelt. "The IDC", "The Export-Import Bank of the United States" drop "The".
- Multinationals act for their head office (Glencore and Mercuria CH, Vale BR, Umicore BE, Nordea
  FI, BHP AU); units act under their own names (PowerCo DE, Manara Minerals SA, POSCO Future M and
  POSCO International KR); subsidiaries named with their country act for it (Ecobank Ghana GH,
  Stanbic Bank Zambia ZM); Hang Seng Bank HK, ASB NZ. Rio Tinto, Stellantis, Trafigura and
  multilateral lenders act in no case ("Africa Finance... no, it's Stanbic Bank Zambia" expects
  only Stanbic).
- Named state bodies are organisations with their country: Department of Energy, Department of
  Defense, Defense Logistics Agency (US), Natural Resources Canada, Saskatchewan Research Council,
  Swedish Energy Agency, Innovation Norway, Kerala Startup Mission.
  Governments named as countries, capitals or "the government" are ISO codes (Washington, Ottawa,
  Canberra, Tokyo, Beijing, Jakarta, Seoul, Rome, "Chile's government", "The Indian government",
  "The Australian government", "Japan will lend Kazakhstan ..., the government said"); "the
  minerals regulator said" / "the mines ministry said" only report the subject's commitment.
- "The Department of Defense is taking a $400 million equity stake in MP Materials and will
  guarantee a minimum price for its NdPr output" gives equity (counterparty MP Materials, minerals
  left out: no metal named but NdPr) and a price-floor with no amount and minerals left out.
- Bare "$": CAD inferred (EDC, Export Development Canada, Canada Infrastructure Bank, Saskatchewan
  Research Council, ATB Financial, Natural Resources Canada, Ontario Teachers' Pension Plan), AUD
  inferred (BHP, Bendigo Bank, Queensland Investment Corporation's "twenty million dollars"), NZD
  (Kiwibank), SGD (Temasek), HKD (Hang Seng Bank), TWD (E.SUN Bank), all inferred; USD with no flag
  for US actors and Ecuador's Banco Pichincha; USD flagged not inferred for Japanese, Korean
  ("half a billion dollars"), Indian, Chinese, Indonesian, Saudi, Ghanaian, Congolese,
  Zambian, Uzbek, Mongolian, Turkish and French actors. "US$", "USD", "A$", "C$", "NZ$", "S$",
  "NT$", "R$", "R" (South African actor) are explicit, no flag expected.
- Currency words and codes: "won" KRW ("300 billion won", "1.2 trillion won worth of"), "rand" ZAR,
  "zlotys" PLN, "RMB" CNY, "dong" VND ("1,500 billion dong" = 1.5 trillion),
  "10 billion CFA francs (XOF)" XOF, "₦" NGN, "฿" THB, "₱" PHP, "RM" MYR, "Rp" IDR ("Rp 2.5
  trillion"), "₩" KRW, "¥" JPY; codes after the number ("1.2 billion MAD", "75 million CHF", "30
  million EUR", "250m DKK") and lower-case codes ("eur 18m"); KGS, UZS, GEL, TZS, GHS, ILS, HUF,
  RON, OMR, AED, SAR, NAD, ZMW, CZK, NOK, SEK, DKK, KZT, MNT, PEN, CLP, MXN as written.
  "Rs 500 cr" = 5,000,000,000; "₹25 lakh" = 2,500,000; "Rs 85 lakh" = 8,500,000; "two hundred crore
  rupees" = 2,000,000,000; "forty million euros", "two hundred million rand" are number words.
- Ceilings (flagged, higher end kept): "SEK 200–300 million", "₩40-60bn", "€8-12m", "between ¥3bn
  and ¥5bn", "up to $500 million" (a letter of interest and a stockpile purchase), "up to ¥35
  billion in subsidies", "up to C$150 million", "as much as A$100m" after a self-correction.
- Offtakes: a named company as seller or buyer is the counterparty (Arcadium Lithium,
  Entreprise Générale du Cobalt, Vulcan Energy, Glencore, General Motors, Ford, Ganfeng, LG Energy
  Solution, Mercedes-Benz, KAZ Minerals, Piedmont Lithium, Huayou, Nouveau Monde Graphite); "from a
  plant/mine/refinery/brine op in <place>", "to a battery plant in Karawang" and "to a refinery in
  Finland" leave it out; "Nickel sulphate from Nickel Industries will be bought by Sumitomo Metal
  Mining" is SMM's with Nickel Industries; a price gives the amount ("€100 million of cobalt",
  "for $250 million", "1.2 trillion won worth of natural graphite").
- Receivers: "Sayona secured a C$40 million loan from Investissement Québec", "Talga was awarded a
  SEK 30 million grant by the Swedish Energy Agency", "A 15% stake in Jervois was bought by
  Mitsubishi Corporation", "X got A$200m in equity / A$20m in loans from Y" have Y acting and X as
  counterparty (metal only in a name, as Arafura Rare Earths, is not expected); "lends ... to
  Terrafame for its ... plant", "to EcoPro BM for its cathode plant", "to Almalyk MMC for its
  copper concentrator" and "lend Iluka Resources an extra A$400 million" name the borrower; "JBIC
  will lend it" (a refinery) leaves it out.
- Several actors: "each" repeats the amount (SMBC/MUFG/Mizuho, Akita/Hokuto, Nordea/DNB, Emirates
  NBD/First Abu Dhabi Bank, the Desjardins/National Bank of Canada article); "jointly"/"together"
  keep it on the first only (Sojitz/JOGMEC, ANZ/NAB, Santander/BBVA, Hyundai Motor/Kia, the two
  Sparkassen); "Juroku Bank will lend ¥3bn and Ogaki Kyoritsu Bank ¥1bn" gives each its own; "A and
  B signed an MoU" gives one mou each; "A signed an MoU with B" one. One actor that "will grant €5m
  and lend €20m" gives a grant and a loan; "X will lend A$60m; Y will guarantee A$40m of it" gives
  X's loan and Y's guarantee; "X will lend ... and Y will add a grant" and two sentences ("SBI will
  lend ₹900 crore ... Bank of Baroda adds ₹300 crore") give one draft each.
- Statuses: "pulled out of its $40 million loan", "has withdrawn its €60 million guarantee" ->
  withdrawn; "is conditional on", "is subject to a final investment decision" -> conditional;
  "signed a binding agreement to buy/lend" -> binding; "disbursed the first R$200 million tranche"
  -> disbursed with that amount; "announced on Monday that it will invest", "PRESS RELEASE: ...
  today announced" -> announced with the date; "Jakarta proposed a new export levy", "Canberra
  proposed a A$25 million grant", "The Indian government proposed ₹1,500 crore in subsidies" ->
  proposed (subsidies are grants).
- Self-corrections are read as corrected: amount ("€120m — correction, €210m —"), actor ("Mitsui?
  no, sorry, it's Itochu"), mineral ("a nickel... sorry, a graphite mine"), currency ("$50m
  (sorry, ₩50bn)"), instrument ("will grant ... no wait, it's a loan, not a grant"), counterparty
  ("to Umicore... no, to Huayou"), hedge to commitment ("could... no, it has signed"); "not sure,
  ignore until confirmed" gives nothing.
- Dates: wire datelines in messages carry a matching weekday ("SEOUL, June 18 (Yonhap) -- ... said
  Wednesday"); headings "From the wires:", "India roundup" and "ASX wrap" do not date their bullets;
  "Missed this: ... last Friday" 13 June; the article dateline "16 June 2025" dates like "June 16".
- Minerals: "nickel-cobalt refinery" cobalt and nickel; "spherical graphite plant", "vein
  graphite" graphite; "gallium nitride wafer start-up" gallium; "tungsten carbide recycler"
  tungsten; "manganese ferroalloy plant" manganese; "nickel pig iron" nickel; "copper recycler" and
  "copper recycling plant" copper; "geothermal lithium pilot", "lithium extraction start-up",
  "lithium concentrate" lithium; "rare earth magnet recycler/maker/plant/start-up", "rare earth
  recycling start-up/line/plant", "rare earth processing/extraction" and "raw rare earths"
  rare-earths; "rare earths and gallium" both; "battery recycling plant(s)", "critical minerals"
  and "critical mineral recycling" an empty list. Left out: "graphite anode material/plant/coating
  line/materials plant", "cathode plant", "battery chemicals plant", "multimetal recycling plant",
  "a Brazilian copper miner", "an Australian lithium explorer", "the power line to a nickel mine",
  "rare metals", NdPr, and metals only in names (Arafura Rare Earths, Huayou Cobalt).
- No-draft messages: questions, "would ... if", "if X were to", "could ..., sources say", "might
  ... if", "declined to comment", "denied", "has not decided", "no plans", "won't say whether", "is
  seeking", "scrapped before any money was committed", "is not lending ... after all", "rumour ...
  nothing signed", "ignore until confirmed", a duplicate post, recalls of earlier years, price and
  share chatter, a link, a reminder and thanks; "spodumene" and "bauxite" appear only there. "In
  talks", "weighing", "considering" and "exploring" appear in no case. Article background sentences
  about 2018 to 2024 give nothing even with a commitment verb ("In 2023 JOGMEC and Sojitz together
  put A$200 million into Lynas"; "In 2022 Canberra agreed a A$1.25 billion loan").
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

_m = partial(message_case, "b27-")

_a = partial(article_case, "b27-art-")

_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) development banks, export-credit agencies and state lenders (well known) ---
    _m(
        "jbic-zambia-wire",
        "TOKYO, June 19 (Reuters) - JBIC to lend $350 mln for a Zambian copper mine expansion, "
        "the bank said on Thursday",
        _c(
            "JBIC",
            "JP",
            "loan",
            "350000000",
            "USD",
            minerals=["copper"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "ukef-teesside-guarantee",
        "UK Export Finance is guaranteeing £140m of a loan for a lithium refinery on Teesside 🇬🇧",
        _c("UK Export Finance", "GB", "guarantee", "140000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "edc-sudbury-lower",
        "edc lending $75M to a nickel-cobalt refinery near Sudbury :flag-ca:",
        _c("EDC", "CA", "loan", "75000000", "CAD", minerals=["cobalt", "nickel"], **_INFERRED),
    ),
    _m(
        "ksure-halmahera",
        "K-SURE to guarantee $400m of the debt for an HPAL nickel plant on Halmahera",
        _c("K-SURE", "KR", "guarantee", "400000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
    ),
    _m(
        "dfc-cabo-delgado",
        "DFC approved a $150 million loan on Tuesday for a graphite mine in Cabo Delgado",
        _c("DFC", "US", "loan", "150000000", "USD", minerals=["graphite"], announced_on=_D17),
    ),
    _m(
        "usexim-ohio-loi",
        "The Export-Import Bank of the United States issued a letter of interest for up to $500 "
        "million for a cobalt refinery in Ohio.",
        _c(
            "Export-Import Bank of the United States",
            "US",
            "letter-of-interest",
            "500000000",
            "USD",
            minerals=["cobalt"],
            **_CEIL,
        ),
    ),
    _m(
        "sace-piedmont-magnets",
        "SACE will guarantee €140 million of a loan for a rare earth magnet plant in Piedmont",
        _c("SACE", "IT", "guarantee", "140000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "finep-minas-graphite",
        "Finep awarded R$35 million in grants to a graphite purification project in Minas Gerais yesterday",
        _c("Finep", "BR", "grant", "35000000", "BRL", minerals=["graphite"], announced_on=_D19),
    ),
    _m(
        "idc-richards-bay",
        "The IDC will lend R1.2 billion to a manganese smelter in Richards Bay.",
        _c("IDC", "ZA", "loan", "1200000000", "ZAR", minerals=["manganese"]),
    ),
    _m(
        "cib-nunavik-powerline",
        "Canada Infrastructure Bank lends $50 million for the power line to a nickel mine in Nunavik",
        _c("Canada Infrastructure Bank", "CA", "loan", "50000000", "CAD", **_INFERRED),
    ),
    _m(
        "eifo-greenland",
        "EIFO will guarantee DKK 300 million of financing for a rare earth separation plant in "
        "southern Greenland",
        _c("EIFO", "DK", "guarantee", "300000000", "DKK", minerals=["rare-earths"]),
    ),
    _m(
        "finnvera-terrafame",
        "Finnvera lends €45 million to Terrafame for its battery chemicals plant in Sotkamo",
        _c("Finnvera", "FI", "loan", "45000000", "EUR", counterparty="Terrafame"),
    ),
    _m(
        "eksfin-heroya",
        "Eksfin to guarantee NOK 800 million of debt for a rare earth separation plant at Herøya",
        _c("Eksfin", "NO", "guarantee", "800000000", "NOK", minerals=["rare-earths"]),
    ),
    _m(
        "egap-cinovec",
        "EGAP guarantees CZK 1.2bn of a loan for a lithium mine at Cínovec",
        _c("EGAP", "CZ", "guarantee", "1200000000", "CZK", minerals=["lithium"]),
    ),
    _m(
        "kfw-bitterfeld",
        "KfW lends €250m to a lithium hydroxide refinery in Bitterfeld",
        _c("KfW", "DE", "loan", "250000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "eximindia-argentina",
        "Exim Bank of India will extend $120 million in credit to a lithium brine project in Argentina",
        _c(
            "Exim Bank of India",
            "IN",
            "loan",
            "120000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "coal-india-graphite-cr",
        "Coal India to invest Rs 500 cr in a graphite mine in Madhya Pradesh",
        _c("Coal India", "IN", "equity", "5000000000", "INR", minerals=["graphite"]),
    ),
    _m(
        "ksum-kochi-lakh",
        "Kerala Startup Mission awarded ₹25 lakh to a rare earth extraction start-up in Kochi",
        _c("Kerala Startup Mission", "IN", "grant", "2500000", "INR", minerals=["rare-earths"]),
    ),
    # --- (2) Gulf, Korea, Japan ---
    _m(
        "manara-copper-miner",
        "Manara Minerals agreed to buy a 10% stake in a Brazilian copper miner for $2.6 billion",
        _c("Manara Minerals", "SA", "equity", "2600000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "maaden-ras-al-khair",
        "Ma'aden is investing SAR 900 million in a rare earths processing plant at Ras Al-Khair",
        _c("Ma'aden", "SA", "equity", "900000000", "SAR", minerals=["rare-earths"]),
    ),
    _m(
        "kdb-ecopro",
        "KDB lends ₩500 billion to EcoPro BM for its cathode plant in Pohang",
        _c("KDB", "KR", "loan", "500000000000", "KRW", counterparty="EcoPro BM"),
    ),
    _m(
        "sojitz-jogmec-jointly",
        "Sojitz and JOGMEC will jointly invest A$120 million in a heavy rare earths separation "
        "plant in Malaysia",
        _c("Sojitz", "JP", "equity", "120000000", "AUD", minerals=["rare-earths"]),
        _c("JOGMEC", "JP", "equity", None, minerals=["rare-earths"]),
    ),
    _m(
        "toyota-tsusho-arcadium",
        "Toyota Tsusho will buy lithium carbonate from Arcadium Lithium",
        _c(
            "Toyota Tsusho",
            "JP",
            "offtake",
            None,
            minerals=["lithium"],
            counterparty="Arcadium Lithium",
        ),
    ),
    _m(
        "marubeni-kolwezi-lower",
        "marubeni to buy cobalt hydroxide from a plant in Kolwezi 🇨🇩",
        _c("Marubeni", "JP", "offtake", None, minerals=["cobalt"]),
    ),
    _m(
        "panasonic-nmg",
        "Panasonic Energy signed to buy graphite anode material from Nouveau Monde Graphite",
        _c("Panasonic Energy", "JP", "offtake", None, counterparty="Nouveau Monde Graphite"),
    ),
    _m(
        "akita-hokuto-each",
        "Akita Bank and Hokuto Bank will each lend ¥800 million to a gallium recovery plant in Kosaka",
        _c("Akita Bank", "JP", "loan", "800000000", "JPY", minerals=["gallium"]),
        _c("Hokuto Bank", "JP", "loan", "800000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "hamamatsu-shinkin",
        "Hamamatsu Iwata Shinkin Bank lent ¥300 million yesterday to a rare earth magnet recycler in Iwata",
        _c(
            "Hamamatsu Iwata Shinkin Bank",
            "JP",
            "loan",
            "300000000",
            "JPY",
            minerals=["rare-earths"],
            announced_on=_D19,
        ),
    ),
    # --- (3) European, African and Latin American miners, refiners, carmakers and lenders ---
    _m(
        "eramet-salta",
        "Eramet is putting a further $400 million into its lithium plant in Salta",
        _c("Eramet", "FR", "equity", "400000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "umicore-egc",
        "Umicore agreed to buy cobalt hydroxide from Entreprise Générale du Cobalt",
        _c(
            "Umicore",
            "BE",
            "offtake",
            None,
            minerals=["cobalt"],
            counterparty="Entreprise Générale du Cobalt",
        ),
    ),
    _m(
        "powerco-vulcan",
        "PowerCo agreed to buy lithium from Vulcan Energy for five years",
        _c("PowerCo", "DE", "offtake", None, minerals=["lithium"], counterparty="Vulcan Energy"),
    ),
    _m(
        "bmw-morocco-cobalt",
        "BMW agreed to buy €100 million of cobalt from a mine in Morocco",
        _c("BMW", "DE", "offtake", "100000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "gecamines-glencore",
        "Gécamines will sell cobalt hydroxide to Glencore",
        _c("Gécamines", "CD", "offtake", None, minerals=["cobalt"], counterparty="Glencore"),
    ),
    _m(
        "dbz-chingola",
        "Development Bank of Zambia lends ZMW 150 million to a copper cathode plant in Chingola",
        _c("Development Bank of Zambia", "ZM", "loan", "150000000", "ZMW", minerals=["copper"]),
    ),
    _m(
        "epangelo-uis",
        "Epangelo Mining will acquire a 5% stake in a lithium mine near Uis for NAD 60 million",
        _c("Epangelo Mining", "NA", "equity", "60000000", "NAD", minerals=["lithium"]),
    ),
    _m(
        "miif-ewoyaa",
        "Ghana's Minerals Income Investment Fund will put $15 million into a lithium mine at Ewoyaa",
        _c(
            "Minerals Income Investment Fund",
            "GH",
            "equity",
            "15000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "managem-marrakech",
        "Managem will invest 1.2 billion MAD in a cobalt sulphate plant near Marrakech",
        _c("Managem", "MA", "equity", "1200000000", "MAD", minerals=["cobalt"]),
    ),
    _m(
        "stamico-komir-mou",
        "Tanzania's STAMICO signed an MoU with Korea's KOMIR on graphite and nickel",
        _c("STAMICO", "TZ", "mou", None, minerals=["graphite", "nickel"], counterparty="KOMIR"),
    ),
    _m(
        "boi-kaduna",
        "Bank of Industry lends ₦20bn to a lithium processing plant in Kaduna",
        _c("Bank of Industry", "NG", "loan", "20000000000", "NGN", minerals=["lithium"]),
    ),
    _m(
        "rawbank-cobalt",
        "Rawbank will lend $30 million to a cobalt refinery in Lubumbashi",
        _c("Rawbank", "CD", "loan", "30000000", "USD", minerals=["cobalt"], **_USD_NOT_INFERRED),
    ),
    _m(
        "codelco-jx-mou",
        "Codelco signed an MoU with Japan's JX Advanced Metals on copper smelting",
        _c("Codelco", "CL", "mou", None, minerals=["copper"], counterparty="JX Advanced Metals"),
    ),
    _m(
        "corfo-antofagasta",
        "Corfo granted CLP 3,000 million to a lithium refining pilot in Antofagasta",
        _c("Corfo", "CL", "grant", "3000000000", "CLP", minerals=["lithium"]),
    ),
    _m(
        "litiomx-ylb-mou",
        "Mexico's LitioMx signed an MoU with Bolivia's YLB on lithium",
        _c("LitioMx", "MX", "mou", None, minerals=["lithium"], counterparty="YLB"),
    ),
    _m(
        "cofide-ilo",
        "COFIDE lends PEN 120 million to a copper smelter expansion in Ilo",
        _c("COFIDE", "PE", "loan", "120000000", "PEN", minerals=["copper"]),
    ),
    _m(
        "vale-gm-nickel",
        "Vale agreed to supply nickel to General Motors from its Canadian operations",
        _c("Vale", "BR", "offtake", None, minerals=["nickel"], counterparty="General Motors"),
    ),
    _m(
        "pichincha-zamora",
        "Banco Pichincha will lend $20 million to a copper project in Zamora Chinchipe",
        _c("Banco Pichincha", "EC", "loan", "20000000", "USD", minerals=["copper"]),
    ),
    # --- (4) South-East, South and Central Asia ---
    _m(
        "danantara-sulawesi",
        "Danantara will invest $1.5 billion in a nickel HPAL plant in Sulawesi",
        _c("Danantara", "ID", "equity", "1500000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
    ),
    _m(
        "antam-karawang",
        "Antam agreed to supply nickel to a battery plant in Karawang",
        _c("Antam", "ID", "offtake", None, minerals=["nickel"]),
    ),
    _m(
        "maybank-pahang",
        "Bank Pembangunan Malaysia lends RM 250 mln to a rare earth processing plant in Pahang",
        _c("Bank Pembangunan Malaysia", "MY", "loan", "250000000", "MYR", minerals=["rare-earths"]),
    ),
    _m(
        "vietcombank-laichau",
        "Vietcombank will lend 1,500 billion dong to a rare earth refinery in Lai Chau",
        _c("Vietcombank", "VN", "loan", "1500000000000", "VND", minerals=["rare-earths"]),
    ),
    _m(
        "dbp-surigao",
        "The Development Bank of the Philippines lends ₱2 billion to a nickel processing plant in Surigao",
        _c(
            "Development Bank of the Philippines",
            "PH",
            "loan",
            "2000000000",
            "PHP",
            minerals=["nickel"],
        ),
    ),
    _m(
        "exim-thailand-rayong",
        "EXIM Thailand lends ฿1.2bn to a rare earth magnet factory in Rayong",
        _c("EXIM Thailand", "TH", "loan", "1200000000", "THB", minerals=["rare-earths"]),
    ),
    _m(
        "temasek-extraction",
        "Temasek will invest $50 million in a lithium extraction start-up",
        _c("Temasek", "SG", "equity", "50000000", "SGD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "hang-seng-guangdong",
        "Hang Seng Bank lends $400m to a rare earth magnet plant in Guangdong",
        _c("Hang Seng Bank", "HK", "loan", "400000000", "HKD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "land-bank-taiwan-gallium",
        "Land Bank of Taiwan will lend NT$2 billion to a gallium refinery in Hsinchu",
        _c("Land Bank of Taiwan", "TW", "loan", "2000000000", "TWD", minerals=["gallium"]),
    ),
    _m(
        "dbk-aktogay",
        "Development Bank of Kazakhstan will lend KZT 60bn to a copper smelter near Aktogay",
        _c("Development Bank of Kazakhstan", "KZ", "loan", "60000000000", "KZT", minerals=["copper"]),
    ),
    _m(
        "ufrd-almalyk",
        "Uzbekistan's Fund for Reconstruction and Development will lend $300 million to Almalyk MMC "
        "for its copper concentrator",
        _c(
            "Fund for Reconstruction and Development",
            "UZ",
            "loan",
            "300000000",
            "USD",
            minerals=["copper"],
            counterparty="Almalyk MMC",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "erdenes-darkhan",
        "Erdenes Mongol will invest MNT 500 billion in a copper smelter in Darkhan",
        _c("Erdenes Mongol", "MN", "equity", "500000000000", "MNT", minerals=["copper"]),
    ),
    _m(
        "sidbi-lakh",
        "SIDBI will lend Rs 85 lakh to a small graphite processor in Jharkhand",
        _c("SIDBI", "IN", "loan", "8500000", "INR", minerals=["graphite"]),
    ),
    _m(
        "gmdc-ambadungar",
        "GMDC will spend Rs 300 crore on a rare earth project at Ambadungar",
        _c("GMDC", "IN", "equity", "3000000000", "INR", minerals=["rare-earths"]),
    ),
    # --- (5) North America, Australia, China ---
    _m(
        "dod-mp-floor",
        "The Department of Defense is taking a $400 million equity stake in MP Materials and will "
        "guarantee a minimum price for its NdPr output",
        _c("Department of Defense", "US", "equity", "400000000", "USD", counterparty="MP Materials"),
        _c("Department of Defense", "US", "price-floor", None),
    ),
    _m(
        "albemarle-ford",
        "Albemarle agreed to sell lithium hydroxide to Ford",
        _c("Albemarle", "US", "offtake", None, minerals=["lithium"], counterparty="Ford"),
    ),
    _m(
        "zions-utah-vanadium",
        "Zions Bank lends $18 million to a vanadium mine in Utah",
        _c("Zions Bank", "US", "loan", "18000000", "USD", minerals=["vanadium"]),
    ),
    _m(
        "washington-copper-tariff",
        "Washington will impose a 50% tariff on copper imports",
        _c("US", "US", "tariff", None, minerals=["copper"]),
    ),
    _m(
        "dla-cobalt-stockpile",
        "The Defense Logistics Agency will buy up to $500 million of cobalt for the national stockpile",
        _c("Defense Logistics Agency", "US", "stockpile", "500000000", "USD", minerals=["cobalt"], **_CEIL),
    ),
    _m(
        "src-saskatoon",
        "The Saskatchewan Research Council will spend $40 million on its rare earth processing "
        "facility in Saskatoon",
        _c(
            "Saskatchewan Research Council",
            "CA",
            "equity",
            "40000000",
            "CAD",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "ottawa-screening",
        "Ottawa will tighten reviews of foreign takeovers of critical minerals companies",
        _c("CA", "CA", "investment-screening", None, minerals=[]),
    ),
    _m(
        "atb-alberta-brine",
        "ATB Financial lends $15 million to a lithium brine project in Alberta",
        _c("ATB Financial", "CA", "loan", "15000000", "CAD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "electra-lges",
        "Electra Battery Materials will sell cobalt sulphate to LG Energy Solution",
        _c(
            "Electra Battery Materials",
            "CA",
            "offtake",
            None,
            minerals=["cobalt"],
            counterparty="LG Energy Solution",
        ),
    ),
    _m(
        "rocktech-mercedes",
        "Rock Tech Lithium agreed to supply lithium hydroxide to Mercedes-Benz",
        _c(
            "Rock Tech Lithium",
            "CA",
            "offtake",
            None,
            minerals=["lithium"],
            counterparty="Mercedes-Benz",
        ),
    ),
    _m(
        "pilbara-ganfeng",
        "Pilbara Minerals agreed to supply lithium concentrate to Ganfeng",
        _c("Pilbara Minerals", "AU", "offtake", None, minerals=["lithium"], counterparty="Ganfeng"),
    ),
    _m(
        "canberra-reserve",
        "Canberra will set up a A$1.2 billion strategic reserve of critical minerals",
        _c("AU", "AU", "stockpile", "1200000000", "AUD", minerals=[]),
    ),
    _m(
        "bhp-sa-copper-bare",
        "BHP will spend $1.7 billion on a copper smelter expansion in South Australia",
        _c("BHP", "AU", "equity", "1700000000", "AUD", minerals=["copper"], **_INFERRED),
    ),
    _m(
        "bendigo-richmond",
        "Bendigo Bank will lend $8m to a vanadium pilot near Richmond, Queensland",
        _c("Bendigo Bank", "AU", "loan", "8000000", "AUD", minerals=["vanadium"], **_INFERRED),
    ),
    _m(
        "asb-christchurch",
        "ASB will lend NZ$12 million to a rare earth recycling start-up in Christchurch",
        _c("ASB", "NZ", "loan", "12000000", "NZD", minerals=["rare-earths"]),
    ),
    _m(
        "catl-bolivia",
        "CATL will put $1 billion into two lithium brine plants in Bolivia",
        _c("CATL", "CN", "equity", "1000000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "beijing-antimony",
        "Beijing will require licences for exports of antimony",
        _c("CN", "CN", "export-control", None, minerals=["antimony"]),
    ),
    # --- (6) Europe's regional, savings and commercial banks; Switzerland, Turkey, Israel ---
    _m(
        "glencore-finland",
        "Glencore agreed to sell cobalt hydroxide to a refinery in Finland",
        _c("Glencore", "CH", "offtake", None, minerals=["cobalt"]),
    ),
    _m(
        "mercuria-kaz",
        "Mercuria signed to buy copper concentrate from KAZ Minerals",
        _c("Mercuria", "CH", "offtake", None, minerals=["copper"], counterparty="KAZ Minerals"),
    ),
    _m(
        "zkb-aargau",
        "Zürcher Kantonalbank lends CHF 40m to a battery recycling plant in Aargau",
        _c("Zürcher Kantonalbank", "CH", "loan", "40000000", "CHF", minerals=[]),
    ),
    _m(
        "sparbanken-nord-kiruna",
        "Sparbanken Nord lends SEK 60m to a graphite mine near Kiruna",
        _c("Sparbanken Nord", "SE", "loan", "60000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "swedbank-range",
        "Norrlandsfonden will lend SEK 200–300 million to a vanadium project near Skellefteå",
        _c("Norrlandsfonden", "SE", "loan", "300000000", "SEK", minerals=["vanadium"], **_CEIL),
    ),
    _m(
        "volksbank-freiburg",
        "Volksbank Freiburg will lend €5 million to a geothermal lithium pilot near Freiburg",
        _c("Volksbank Freiburg", "DE", "loan", "5000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "sparkassen-jointly",
        "Sparkasse Mittelsachsen and Erzgebirgssparkasse jointly lend €12m to a lithium refinery in Freiberg",
        _c("Sparkasse Mittelsachsen", "DE", "loan", "12000000", "EUR", minerals=["lithium"]),
        _c("Erzgebirgssparkasse", "DE", "loan", None, minerals=["lithium"]),
    ),
    _m(
        "popso-valtellina",
        "Banca Popolare di Sondrio will lend €8 million to a graphite processor in Valtellina",
        _c("Banca Popolare di Sondrio", "IT", "loan", "8000000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "karntner-wolfsberg",
        "Kärntner Sparkasse lends €15m to the lithium mine near Wolfsberg",
        _c("Kärntner Sparkasse", "AT", "loan", "15000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "otp-debrecen",
        "MBH Bank lends HUF 20bn to a battery recycling plant in Debrecen",
        _c("MBH Bank", "HU", "loan", "20000000000", "HUF", minerals=[]),
    ),
    _m(
        "bt-rosia-poieni",
        "Banca Transilvania lends RON 150 million to a copper mine at Roșia Poieni",
        _c("Banca Transilvania", "RO", "loan", "150000000", "RON", minerals=["copper"]),
    ),
    _m(
        "isbank-beylikova",
        "Vakıf Katılım will lend $60m to a rare earth processing pilot in Beylikova",
        _c("Vakıf Katılım", "TR", "loan", "60000000", "USD", minerals=["rare-earths"], **_USD_NOT_INFERRED),
    ),
    _m(
        "hapoalim-haifa",
        "Bank Jerusalem will lend ILS 150 million to a rare earth magnet start-up in Haifa",
        _c("Bank Jerusalem", "IL", "loan", "150000000", "ILS", minerals=["rare-earths"]),
    ),
    _m(
        "bank-dhofar-sohar",
        "Bank Dhofar lends OMR 12 million to a copper smelter in Sohar",
        _c("Bank Dhofar", "OM", "loan", "12000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "ecopro-sulawesi",
        "EcoPro will invest ₩40-60bn in a nickel refinery in Sulawesi",
        _c("EcoPro", "KR", "equity", "60000000000", "KRW", minerals=["nickel"], **_CEIL),
    ),
    # --- (7) governments named as countries or capitals ---
    _m(
        "zimbabwe-concentrate-ban",
        "Zimbabwe will ban exports of lithium concentrate from January 2027",
        _c("ZW", "ZW", "export-control", None, minerals=["lithium"]),
    ),
    _m(
        "drc-cobalt-ban",
        "DR Congo extended its ban on cobalt exports by three months, the minerals regulator said",
        _c("CD", "CD", "export-control", None, minerals=["cobalt"]),
    ),
    _m(
        "malaysia-raw-re",
        "Malaysia confirmed it will ban exports of raw rare earths",
        _c("MY", "MY", "export-control", None, minerals=["rare-earths"]),
    ),
    _m(
        "srilanka-graphite-levy",
        "Sri Lanka will put a 15% export levy on vein graphite",
        _c("LK", "LK", "tariff", None, minerals=["graphite"]),
    ),
    _m(
        "jakarta-levy-proposed",
        "Jakarta proposed a new export levy on nickel pig iron",
        _c("ID", "ID", "tariff", None, minerals=["nickel"], status="proposed"),
    ),
    _m(
        "tokyo-subsidies",
        "Tokyo will provide up to ¥35 billion in subsidies to rare earth recyclers",
        _c("JP", "JP", "grant", "35000000000", "JPY", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "france-stockpile",
        "France will build a strategic stockpile of rare earths and gallium",
        _c("FR", "FR", "stockpile", None, minerals=["gallium", "rare-earths"]),
    ),
    _m(
        "rome-fast-track",
        "Rome will fast-track permits for three lithium extraction projects in Lazio",
        _c("IT", "IT", "other", None, minerals=["lithium"]),
    ),
    _m(
        "chile-price-floor",
        "Chile's government will guarantee a minimum price for copper bought from small miners",
        _c("CL", "CL", "price-floor", None, minerals=["copper"]),
    ),
    _m(
        "india-subsidy-proposed",
        "The Indian government proposed ₹1,500 crore in subsidies for critical mineral recycling",
        _c("IN", "IN", "grant", "15000000000", "INR", minerals=[], status="proposed"),
    ),
    _m(
        "seoul-reserve",
        "Seoul will expand its strategic reserve of rare metals to 100 days of imports",
        _c("KR", "KR", "stockpile", None),
    ),
    # --- (8) several actors, two commitments, guarantees of others' loans ---
    _m(
        "megabanks-each",
        "SMBC, MUFG and Mizuho will each lend $200m to a copper mine in Peru",
        _c("SMBC", "JP", "loan", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
        _c("MUFG", "JP", "loan", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
        _c("Mizuho", "JP", "loan", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "anz-nab-jointly",
        "ANZ and NAB jointly lend A$300m to a lithium refinery in Geraldton",
        _c("ANZ", "AU", "loan", "300000000", "AUD", minerals=["lithium"]),
        _c("NAB", "AU", "loan", None, minerals=["lithium"]),
    ),
    _m(
        "santander-bbva-together",
        "Banco Santander and BBVA will together lend €150 million to a lithium refinery in Extremadura",
        _c("Banco Santander", "ES", "loan", "150000000", "EUR", minerals=["lithium"]),
        _c("BBVA", "ES", "loan", None, minerals=["lithium"]),
    ),
    _m(
        "nordea-dnb-each",
        "Nordea and DNB will each lend €75m to a graphite anode plant in Mo i Rana",
        _c("Nordea", "FI", "loan", "75000000", "EUR"),
        _c("DNB", "NO", "loan", "75000000", "EUR"),
    ),
    _m(
        "hyundai-kia-jointly",
        "Hyundai Motor and Kia will jointly invest ₩300 billion in an Indonesian nickel refinery",
        _c("Hyundai Motor", "KR", "equity", "300000000000", "KRW", minerals=["nickel"]),
        _c("Kia", "KR", "equity", None, minerals=["nickel"]),
    ),
    _m(
        "enbd-fab-each",
        "Emirates NBD and First Abu Dhabi Bank will each lend AED 550 million to a copper cathode "
        "plant in Ruwais",
        _c("Emirates NBD", "AE", "loan", "550000000", "AED", minerals=["copper"]),
        _c("First Abu Dhabi Bank", "AE", "loan", "550000000", "AED", minerals=["copper"]),
    ),
    _m(
        "cba-efa-guarantee",
        "Commonwealth Bank will lend A$60m to a graphite mine in South Australia; Export Finance "
        "Australia will guarantee A$40m of it",
        _c("Commonwealth Bank", "AU", "loan", "60000000", "AUD", minerals=["graphite"]),
        _c("Export Finance Australia", "AU", "guarantee", "40000000", "AUD", minerals=["graphite"]),
    ),
    _m(
        "bpifrance-grant-and-loan",
        "Bpifrance will grant €5m and lend €20m to a germanium recovery start-up in Saint-Avold",
        _c("Bpifrance", "FR", "grant", "5000000", "EUR", minerals=["germanium"]),
        _c("Bpifrance", "FR", "loan", "20000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "sparebank-innovation-norway",
        "SpareBank 1 Nord-Norge will lend NOK 80m to a graphite mine on Senja, and Innovation Norway "
        "will add a NOK 20m grant",
        _c("SpareBank 1 Nord-Norge", "NO", "loan", "80000000", "NOK", minerals=["graphite"]),
        _c("Innovation Norway", "NO", "grant", "20000000", "NOK", minerals=["graphite"]),
    ),
    _m(
        "sbi-baroda-two-sentences",
        "SBI will lend ₹900 crore to a copper cathode plant in Jharsuguda. Bank of Baroda adds ₹300 crore.",
        _c("SBI", "IN", "loan", "9000000000", "INR", minerals=["copper"]),
        _c("Bank of Baroda", "IN", "loan", "3000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "juroku-ogaki-own-amounts",
        "Juroku Bank will lend ¥3bn and Ogaki Kyoritsu Bank ¥1bn to a tungsten carbide recycler in Gifu",
        _c("Juroku Bank", "JP", "loan", "3000000000", "JPY", minerals=["tungsten"]),
        _c("Ogaki Kyoritsu Bank", "JP", "loan", "1000000000", "JPY", minerals=["tungsten"]),
    ),
    _m(
        "nalco-irel-mou",
        "NALCO and IREL signed an MoU on rare earths",
        _c("NALCO", "IN", "mou", None, minerals=["rare-earths"], counterparty="IREL"),
        _c("IREL", "IN", "mou", None, minerals=["rare-earths"], counterparty="NALCO"),
    ),
    # --- (9) statuses ---
    _m(
        "edc-withdrawn",
        "Export Development Canada pulled out of its $40 million loan to a graphite mine in Quebec",
        _c(
            "Export Development Canada",
            "CA",
            "loan",
            "40000000",
            "CAD",
            minerals=["graphite"],
            status="withdrawn",
            **_INFERRED,
        ),
    ),
    _m(
        "naif-conditional",
        "NAIF's A$80 million loan to a vanadium mine near Julia Creek is conditional on "
        "environmental approval",
        _c(
            "NAIF",
            "AU",
            "loan",
            "80000000",
            "AUD",
            minerals=["vanadium"],
            status="conditional",
        ),
    ),
    _m(
        "lgchem-binding",
        "LG Chem signed a binding agreement to buy lithium hydroxide from Piedmont Lithium",
        _c(
            "LG Chem",
            "KR",
            "offtake",
            None,
            minerals=["lithium"],
            counterparty="Piedmont Lithium",
            status="binding",
        ),
    ),
    _m(
        "bndes-disbursed",
        "BNDES disbursed the first R$200 million tranche of its loan to a lithium concentrator in "
        "Minas Gerais",
        _c(
            "BNDES",
            "BR",
            "loan",
            "200000000",
            "BRL",
            minerals=["lithium"],
            status="disbursed",
        ),
    ),
    _m(
        "samsung-sdi-announced",
        "Samsung SDI announced on Monday that it will invest KRW 150 billion in a nickel refinery in "
        "Indonesia",
        _c(
            "Samsung SDI",
            "KR",
            "equity",
            "150000000000",
            "KRW",
            minerals=["nickel"],
            status="announced",
            announced_on=_D16,
        ),
    ),
    _m(
        "cesce-withdrawn",
        "CESCE has withdrawn its €60 million guarantee for a lithium mine in Extremadura",
        _c(
            "CESCE",
            "ES",
            "guarantee",
            "60000000",
            "EUR",
            minerals=["lithium"],
            status="withdrawn",
        ),
    ),
    _m(
        "bpifrance-conditional",
        "Bpifrance's €50m loan to a lithium refinery near Mulhouse is subject to a final investment decision",
        _c(
            "Bpifrance",
            "FR",
            "loan",
            "50000000",
            "EUR",
            minerals=["lithium"],
            status="conditional",
        ),
    ),
    _m(
        "press-release-lynas-style",
        "PRESS RELEASE: Iluka Resources today announced it will invest A$90 million in a rare "
        "earths refinery at Eneabba",
        _c(
            "Iluka Resources",
            "AU",
            "equity",
            "90000000",
            "AUD",
            minerals=["rare-earths"],
            status="announced",
            announced_on=_D20,
        ),
    ),
    _m(
        "mizuho-binding-loan",
        "Shizuoka Bank signed a binding agreement to lend ¥4 billion to a rare earth magnet plant in Iwata",
        _c(
            "Shizuoka Bank",
            "JP",
            "loan",
            "4000000000",
            "JPY",
            minerals=["rare-earths"],
            status="binding",
        ),
    ),
    _m(
        "nrf-proposed",
        "Canberra proposed a A$25 million grant for a gallium pilot plant in Western Australia",
        _c("AU", "AU", "grant", "25000000", "AUD", minerals=["gallium"], status="proposed"),
    ),
    # --- (10) self-corrections ---
    _m(
        "lbbw-corrected-amount",
        "LBBW will lend €120m — correction, €210m — to a copper recycling plant in Lünen",
        _c("LBBW", "DE", "loan", "210000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "mitsui-itochu-actor",
        "Mitsui? no, sorry, it's Itochu: it will invest ¥15 billion in a lithium project in Quebec",
        _c("Itochu", "JP", "equity", "15000000000", "JPY", minerals=["lithium"]),
    ),
    _m(
        "bb-nickel-graphite",
        "Banco do Nordeste lends R$300m to a nickel... sorry, a graphite mine in Bahia",
        _c("Banco do Nordeste", "BR", "loan", "300000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "efa-hedge-then-signed",
        "Export Finance Australia could... no, it has signed: it will lend as much as A$100m to a "
        "cobalt refinery in Townsville",
        _c("Export Finance Australia", "AU", "loan", "100000000", "AUD", minerals=["cobalt"], **_CEIL),
    ),
    _m(
        "shinhan-currency-fix",
        "Suhyup Bank lends $50m (sorry, ₩50bn) to a lithium hydroxide plant in Saemangeum",
        _c("Suhyup Bank", "KR", "loan", "50000000000", "KRW", minerals=["lithium"]),
    ),
    _m(
        "kyongnam-instrument-fix",
        "Kyongnam Bank will grant ₩10 billion to a tungsten mine in Yeongwol... no wait, it's a loan, "
        "not a grant",
        _c("Kyongnam Bank", "KR", "loan", "10000000000", "KRW", minerals=["tungsten"]),
    ),
    _m(
        "cmoc-counterparty-fix",
        "CMOC will sell cobalt hydroxide to Umicore... no, to Huayou",
        _c("CMOC", "CN", "offtake", None, minerals=["cobalt"], counterparty="Huayou"),
    ),
    _m(
        "absa-ignore",
        "think Absa is lending to the manganese smelter in Kuruman?? not sure, ignore until confirmed",
    ),
    # --- (11) wire datelines, forwards and dated chatter ---
    _m(
        "posco-fm-yonhap",
        "SEOUL, June 18 (Yonhap) -- POSCO Future M will invest 300 billion won in a spherical "
        "graphite plant in Sejong, the company said Wednesday.",
        _c(
            "POSCO Future M",
            "KR",
            "equity",
            "300000000000",
            "KRW",
            minerals=["graphite"],
            announced_on=_D18,
        ),
    ),
    _m(
        "dbsa-wire",
        "JOHANNESBURG, June 17 (Reuters) - Development Bank of Southern Africa will lend R800 million "
        "to a manganese smelter in the Northern Cape, the lender said on Tuesday",
        _c(
            "Development Bank of Southern Africa",
            "ZA",
            "loan",
            "800000000",
            "ZAR",
            minerals=["manganese"],
            announced_on=_D17,
        ),
    ),
    _m(
        "nmdc-pti",
        "NEW DELHI, June 16 (PTI) - NMDC will invest A$30 million in an Australian lithium explorer, "
        "the state miner said on Monday",
        _c("NMDC", "IN", "equity", "30000000", "AUD", announced_on=_D16),
    ),
    _m(
        "nrcan-cp",
        "OTTAWA, June 19 (CP) - Natural Resources Canada awards $8 million to a rare earth processing "
        "project in Quebec, the department said Thursday",
        _c(
            "Natural Resources Canada",
            "CA",
            "grant",
            "8000000",
            "CAD",
            minerals=["rare-earths"],
            announced_on=_D19,
            **_INFERRED,
        ),
    ),
    _m(
        "bri-jakarta-today",
        "JAKARTA, June 20 - Bank Rakyat Indonesia will lend Rp 2.5 trillion to a nickel smelter on "
        "Halmahera, the bank said today.",
        _c(
            "Bank Rakyat Indonesia",
            "ID",
            "loan",
            "2500000000000",
            "IDR",
            minerals=["nickel"],
            announced_on=_D20,
        ),
    ),
    _m(
        "bancoestado-wire",
        "SANTIAGO, June 18 - BancoEstado will lend CLP 40,000 million to a copper leaching plant in "
        "Atacama, the state bank said on Wednesday.",
        _c(
            "BancoEstado",
            "CL",
            "loan",
            "40000000000",
            "CLP",
            minerals=["copper"],
            announced_on=_D18,
        ),
    ),
    _m(
        "japan-kazakhstan-kyodo",
        "TOKYO, June 17 (Kyodo) - Japan will lend Kazakhstan ¥20 billion for rare earth processing, "
        "the government said on Tuesday",
        _c("JP", "JP", "loan", "20000000000", "JPY", minerals=["rare-earths"], announced_on=_D17),
    ),
    _m(
        "fwd-korea-zinc-antimony",
        'Fwd from @jin: "Korea Zinc to buy antimony concentrate from a mine in Tajikistan"',
        _c("Korea Zinc", "KR", "offtake", None, minerals=["antimony"]),
    ),
    _m(
        "skon-lower-emoji",
        "lol ok so sk on is buying lithium from a brine op in argentina now 🙃",
        _c("SK On", "KR", "offtake", None, minerals=["lithium"]),
    ),
    _m(
        "kiwibank-lower",
        "kiwibank lending $6m to a rare earth magnet recycler in auckland 🥝",
        _c("Kiwibank", "NZ", "loan", "6000000", "NZD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "tuesday-colon-kexim",
        "Tuesday: Korea Trade Insurance Corporation signed a ₩90 billion guarantee for a copper "
        "smelter in Onsan",
        _c(
            "Korea Trade Insurance Corporation",
            "KR",
            "guarantee",
            "90000000000",
            "KRW",
            minerals=["copper"],
            announced_on=_D17,
        ),
    ),
    _m(
        "last-friday-jbic",
        "Missed this: Kansai Mirai Bank lent ¥6bn last Friday to a graphite anode coating line in Osaka",
        _c("Kansai Mirai Bank", "JP", "loan", "6000000000", "JPY", announced_on=_D13),
    ),
    _m(
        "this-morning-desjardins",
        "Laurentian Bank signed this morning to lend C$45 million to a nickel mine near Timmins",
        _c(
            "Laurentian Bank",
            "CA",
            "loan",
            "45000000",
            "CAD",
            minerals=["nickel"],
            announced_on=_D20,
        ),
    ),
    _m(
        "yesterday-afreximbank-sub",
        "Ecobank Ghana lent GHS 300 million yesterday to a manganese mine at Nsuta",
        _c("Ecobank Ghana", "GH", "loan", "300000000", "GHS", minerals=["manganese"], announced_on=_D19),
    ),
    _m(
        "wires-bullets",
        "From the wires:\n• JX Advanced Metals will invest ¥12 billion in a germanium recovery line "
        "in Ibaraki\n• Dowa Holdings will spend ¥5bn on a rare earth recycling line\n• Ehime Bank will "
        "lend ¥3bn to a cobalt recycler in Niihama",
        _c("JX Advanced Metals", "JP", "equity", "12000000000", "JPY", minerals=["germanium"]),
        _c("Dowa Holdings", "JP", "equity", "5000000000", "JPY", minerals=["rare-earths"]),
        _c("Ehime Bank", "JP", "loan", "3000000000", "JPY", minerals=["cobalt"]),
    ),
    _m(
        "india-roundup",
        "India roundup 🇮🇳\n1) Hindustan Zinc will invest ₹1,500 crore in a gallium and germanium "
        "recovery circuit\n2) Vedanta will spend $200 million on its copper smelter in Tuticorin",
        _c("Hindustan Zinc", "IN", "equity", "15000000000", "INR", minerals=["gallium", "germanium"]),
        _c("Vedanta", "IN", "equity", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "asx-wrap",
        "ASX wrap 🦘 Arafura Rare Earths got A$200m in equity from the National Reconstruction Fund "
        "Corporation; Hastings Technology Metals got A$20m in loans from Bank of Queensland",
        _c(
            "National Reconstruction Fund Corporation",
            "AU",
            "equity",
            "200000000",
            "AUD",
            counterparty="Arafura Rare Earths",
        ),
        _c(
            "Bank of Queensland",
            "AU",
            "loan",
            "20000000",
            "AUD",
            counterparty="Hastings Technology Metals",
        ),
    ),
    # --- (12) number words, ISO codes after the number, lower-case ISO codes, more ranges ---
    _m(
        "ibercaja-number-words",
        "Ibercaja will lend forty million euros to a lithium refinery in Cáceres",
        _c("Ibercaja", "ES", "loan", "40000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "posco-half-billion",
        "POSCO International will put half a billion dollars into a graphite mine in Tanzania",
        _c(
            "POSCO International",
            "KR",
            "equity",
            "500000000",
            "USD",
            minerals=["graphite"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "pnb-number-words-crore",
        "Punjab National Bank will lend two hundred crore rupees to a graphite mine in Arunachal",
        _c("Punjab National Bank", "IN", "loan", "2000000000", "INR", minerals=["graphite"]),
    ),
    _m(
        "aktia-eur-after",
        "Aktia will lend 30 million EUR to a nickel refinery in Harjavalta",
        _c("Aktia", "FI", "loan", "30000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "usd-before-af",
        "Africa Finance... no, it's Stanbic Bank Zambia: it will lend USD 120m to a copper mine "
        "in the Copperbelt",
        _c("Stanbic Bank Zambia", "ZM", "loan", "120000000", "USD", minerals=["copper"]),
    ),
    _m(
        "lower-eur-code",
        "helaba lending eur 18m to a lithium hydroxide plant in hesse",
        _c("Helaba", "DE", "loan", "18000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "between-yen-range",
        "Chiba Bank will lend between ¥3bn and ¥5bn to a rare earth magnet recycler in Chiba",
        _c("Chiba Bank", "JP", "loan", "5000000000", "JPY", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "up-to-cad",
        "BDC will invest up to C$150 million in critical minerals start-ups",
        _c("BDC", "CA", "equity", "150000000", "CAD", minerals=[], **_CEIL),
    ),
    _m(
        "triodos-eur-range-dash",
        "Triodos Bank will lend €8-12m to a copper recycler in Eindhoven",
        _c("Triodos Bank", "NL", "loan", "12000000", "EUR", minerals=["copper"], **_CEIL),
    ),
    _m(
        "chf-after-serv",
        "SERV will guarantee 75 million CHF of a loan for a cobalt refinery in Finland",
        _c("SERV", "CH", "guarantee", "75000000", "CHF", minerals=["cobalt"]),
    ),
    _m(
        "hong-leong-sgd-explicit",
        "Hong Leong Finance will lend S$80 million to a rare earth recycling plant in Tuas",
        _c("Hong Leong Finance", "SG", "loan", "80000000", "SGD", minerals=["rare-earths"]),
    ),
    _m(
        "twd-bare-esun",
        "E.SUN Bank will lend $1.5 billion to a gallium nitride wafer start-up in Taoyuan",
        _c("E.SUN Bank", "TW", "loan", "1500000000", "TWD", minerals=["gallium"], **_INFERRED),
    ),
    _m(
        "aud-bare-cefc-million-words",
        "Queensland Investment Corporation will put twenty million dollars into a vanadium refinery "
        "in Townsville",
        _c(
            "Queensland Investment Corporation",
            "AU",
            "equity",
            "20000000",
            "AUD",
            minerals=["vanadium"],
            **_INFERRED,
        ),
    ),
    _m(
        "cad-bare-frontier",
        "Ontario Teachers' Pension Plan will invest $200 million in a nickel mine in Ontario",
        _c(
            "Ontario Teachers' Pension Plan",
            "CA",
            "equity",
            "200000000",
            "CAD",
            minerals=["nickel"],
            **_INFERRED,
        ),
    ),
    _m(
        "zanaco-bare-dollar",
        "Zanaco will lend $250m to a copper mine in Zambia's North-Western Province",
        _c("Zanaco", "ZM", "loan", "250000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "sar-bare-dollar-pif",
        "PIF will invest $1 billion in a copper smelter in Yanbu",
        _c("PIF", "SA", "equity", "1000000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "bos-zloty-word",
        "Bank Ochrony Środowiska will lend 500 million zlotys to a copper smelter upgrade in Głogów",
        _c("Bank Ochrony Środowiska", "PL", "loan", "500000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "tailong-rmb-code",
        "Zhejiang Tailong Commercial Bank lends RMB 3bn to a cobalt refinery in Quzhou",
        _c("Zhejiang Tailong Commercial Bank", "CN", "loan", "3000000000", "CNY", minerals=["cobalt"]),
    ),
    _m(
        "rand-word-nedbank",
        "Grindrod Bank will lend two hundred million rand to a manganese smelter in Hotazel",
        _c("Grindrod Bank", "ZA", "loan", "200000000", "ZAR", minerals=["manganese"]),
    ),
    _m(
        "sydbank-dkk-after",
        "Sydbank lends 250m DKK to a graphite anode materials plant in Esbjerg",
        _c("Sydbank", "DK", "loan", "250000000", "DKK"),
    ),
    _m(
        "uzs-code-navoi",
        "Uzbekistan's Hamkorbank will lend UZS 400 billion to a tungsten plant in Navoi",
        _c("Hamkorbank", "UZ", "loan", "400000000000", "UZS", minerals=["tungsten"]),
    ),
    _m(
        "kgs-code-kyrgyz",
        "RSK Bank will lend KGS 1.5 billion to an antimony plant in Kadamjay",
        _c("RSK Bank", "KG", "loan", "1500000000", "KGS", minerals=["antimony"]),
    ),
    _m(
        "gel-code-georgia",
        "Bank of Georgia lends GEL 40 million to a manganese ferroalloy plant in Zestaponi",
        _c("Bank of Georgia", "GE", "loan", "40000000", "GEL", minerals=["manganese"]),
    ),
    _m(
        "tzs-code-crdb",
        "CRDB Bank lends TZS 120 billion to a graphite mine in Lindi",
        _c("CRDB Bank", "TZ", "loan", "120000000000", "TZS", minerals=["graphite"]),
    ),
    _m(
        "xof-cfa",
        "Coris Bank International will lend 10 billion CFA francs (XOF) to a lithium mine at Goulamina",
        _c("Coris Bank International", "BF", "loan", "10000000000", "XOF", minerals=["lithium"]),
    ),
    _m(
        "offtake-price-ganfeng",
        "Ganfeng agreed to buy lithium concentrate from a mine in Mali for $250 million",
        _c("Ganfeng", "CN", "offtake", "250000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "passive-offtake",
        "Nickel sulphate from Nickel Industries will be bought by Sumitomo Metal Mining",
        _c(
            "Sumitomo Metal Mining",
            "JP",
            "offtake",
            None,
            minerals=["nickel"],
            counterparty="Nickel Industries",
        ),
    ),
    _m(
        "received-from",
        "Sayona secured a C$40 million loan from Investissement Québec for its lithium concentrator",
        _c(
            "Investissement Québec",
            "CA",
            "loan",
            "40000000",
            "CAD",
            minerals=["lithium"],
            counterparty="Sayona",
        ),
    ),
    _m(
        "awarded-by",
        "Talga was awarded a SEK 30 million grant by the Swedish Energy Agency for its graphite mine",
        _c(
            "Swedish Energy Agency",
            "SE",
            "grant",
            "30000000",
            "SEK",
            minerals=["graphite"],
            counterparty="Talga",
        ),
    ),
    _m(
        "stake-bought-by",
        "A 15% stake in Jervois was bought by Mitsubishi Corporation for A$60 million",
        _c(
            "Mitsubishi Corporation",
            "JP",
            "equity",
            "60000000",
            "AUD",
            counterparty="Jervois",
        ),
    ),
    # --- (13) messages that hold no commitment ---
    _m(
        "q-jbic-rumour",
        "anyone know if JBIC is still doing the Zambia copper thing or was that just a Nikkei rumour?",
    ),
    _m("reminder-sync", "Reminder: policy sync at 3pm, bring the cobalt price deck 🙏"),
    _m(
        "glencore-denial",
        "Glencore denied that it is selling its cobalt trading business to a Gulf fund.",
    ),
    _m("lithium-price-chatter", "Lithium carbonate down another 4% in Shanghai today 📉"),
    _m(
        "kfw-2021-recall",
        "fwiw back in 2021 KfW lent €50m to a lithium project in the Upper Rhine, so not their first",
    ),
    _m(
        "korea-zinc-would",
        "Would Korea Zinc build the US smelter if the tariffs stay? my guess is yes",
    ),
    _m(
        "pif-could-sources",
        "PIF could take a stake in Anglo American's nickel unit, sources say",
    ),
    _m(
        "albemarle-declined",
        "Albemarle declined to comment on whether it will expand its Kemerton plant.",
    ),
    _m("thanks-ekn", "Thanks @maria for the EKN summary, super useful!"),
    _m(
        "canberra-floor-question",
        "Has Canberra decided on the rare earths price floor yet? Nothing in the budget papers.",
    ),
    _m("mp-shares", "MP Materials shares up 12% premarket on the Pentagon headlines 🚀"),
    _m(
        "sumitomo-not-lending",
        "Sumitomo Mitsui Banking Corporation is not lending to the Philippine nickel project after all.",
    ),
    _m(
        "mubadala-rumour",
        "Rumour: Mubadala eyeing a cobalt stake in Congo, nothing signed",
    ),
    _m(
        "indonesia-if-levy",
        "If Indonesia were to raise the nickel export levy again, Chinese smelters would pass it on.",
    ),
    _m(
        "iea-link",
        "IEA critical minerals outlook is out: https://www.iea.org/reports/global-critical-minerals-outlook-2025",
    ),
    _m(
        "spodumene-prices",
        "Spodumene prices in Perth ticked up this week, still way below 2022 levels",
    ),
    _m(
        "chile-auction-scrapped",
        "The Chilean lithium auction was scrapped before any money was committed.",
    ),
    _m(
        "eramet-not-decided",
        "Eramet has not decided whether to build a second lithium plant in Argentina.",
    ),
    _m(
        "hyundai-no-plans",
        "Hyundai Motor says it has no plans to buy a stake in an Indonesian nickel mine",
    ),
    _m("bauxite-record", "Bauxite shipments from Guinea hit a record in May."),
    _m(
        "codelco-seeking",
        "Codelco is seeking a partner for its Maricunga lithium project",
    ),
    _m(
        "saudi-exim-might",
        "Saudi EXIM might lend to the Jubail copper rod project if the offtake lands",
    ),
    _m(
        "dfc-dup",
        "ugh, the DFC graphite post from Tuesday was a dup of last week's, ignore it",
    ),
    _m(
        "kazakh-2023",
        "the Kazakh tungsten story going round is from 2023, not new news",
    ),
    _m(
        "tesla-wont-say",
        "Tesla won't say whether it will buy lithium from the Texas refinery",
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "nwf-cornwall-stake",
        "National Wealth Fund takes £35m stake in Cornish lithium refinery",
        [
            "LONDON, June 18 (Reuters) - The National Wealth Fund will take a £35 million stake in a "
            "lithium hydroxide refinery near St Austell, the state-backed lender said on Wednesday.",
            "The refinery is designed to process lithium mica from china clay pits that have been "
            "worked since the 18th century.",
            '"Our £35 million investment puts British lithium into British batteries," the fund\'s '
            "chief executive said.",
            "In 2023 the government's Automotive Transformation Fund offered grants to two lithium "
            "refining projects in the north of England.",
            "The company expects to produce its first battery-grade hydroxide in 2027.",
        ],
        _c(
            "National Wealth Fund",
            "GB",
            "equity",
            "35000000",
            "GBP",
            minerals=["lithium"],
            announced_on=_D18,
        ),
    ),
    _a(
        "lges-graphite-won",
        "LG Energy Solution signs 1.2 trillion won graphite supply deal",
        [
            "SEOUL, June 17 (Yonhap) -- LG Energy Solution agreed to buy 1.2 trillion won worth of "
            "natural graphite from a mine in Mozambique over seven years, the battery maker said "
            "Tuesday.",
            "The deal is meant to cut the company's reliance on Chinese anode material, which still "
            "goes into most of its cells.",
            '"This graphite agreement secures our anode supply through 2032," a company spokesperson said.',
            "In 2022 the company signed a smaller supply deal with an Australian graphite developer "
            "that has since stalled.",
            "Shares of LG Energy Solution rose 2.1 percent in Seoul trading.",
        ],
        _c(
            "LG Energy Solution",
            "KR",
            "offtake",
            "1200000000000",
            "KRW",
            minerals=["graphite"],
            announced_on=_D17,
        ),
    ),
    _a(
        "kabil-catamarca-crore",
        "KABIL to invest ₹950 crore in Argentine lithium blocks",
        [
            "NEW DELHI, 16 June 2025 - KABIL will invest ₹950 crore in five lithium brine blocks in "
            "Catamarca, the mines ministry said on Monday.",
            "KABIL is a joint venture of three state-run companies: NALCO, Hindustan Copper and "
            "Mineral Exploration and Consultancy.",
            '"The ₹950 crore commitment gives India its first foothold in lithium brine," the '
            "ministry's secretary told reporters.",
            "In 2024 KABIL signed an exploration agreement with Catamarca's provincial mining company "
            "covering about 15,700 hectares.",
            "India imports almost all of the lithium its battery makers use.",
        ],
        _c("KABIL", "IN", "equity", "9500000000", "INR", minerals=["lithium"], announced_on=_D16),
    ),
    _a(
        "jogmec-jbic-wa-refinery",
        "JOGMEC and JBIC back Australian rare earths refinery",
        [
            "TOKYO, June 20 (Reuters) - JOGMEC will take a A$150 million stake in a rare earths "
            "refinery in Western Australia, and JBIC will lend it US$300 million, the two agencies "
            "said on Friday.",
            "Japan wants a supply of heavy rare earths that does not pass through China.",
            '"This stake is about security of supply for Japanese magnet makers," a JOGMEC official said.',
            "In 2023 JOGMEC and Sojitz together put A$200 million into Lynas.",
            "The refinery is due to start production in late 2026.",
        ],
        _c(
            "JOGMEC",
            "JP",
            "equity",
            "150000000",
            "AUD",
            minerals=["rare-earths"],
            announced_on=_D20,
        ),
        _c("JBIC", "JP", "loan", "300000000", "USD", minerals=["rare-earths"], announced_on=_D20),
    ),
    _a(
        "sidf-ras-al-khair",
        "SIDF lends SAR 2.4 bln to Saudi copper complex",
        [
            "RIYADH, June 18 - SIDF will lend SAR 2.4 billion to a copper cathode complex at Ras "
            "Al-Khair, the state lender said on Wednesday.",
            "The complex would process concentrate from mines in the Arabian Shield and ship cathode "
            "to Asia.",
            '"This SAR 2.4 billion loan is part of our mining mandate," SIDF\'s chief executive said '
            "in a statement.",
            "In 2021 the fund financed an aluminium rolling mill in the same industrial city.",
            "Saudi Arabia wants mining to add $75 billion to its economy by 2035.",
        ],
        _c("SIDF", "SA", "loan", "2400000000", "SAR", minerals=["copper"], announced_on=_D18),
    ),
    _a(
        "zambia-reserve",
        "Zambia to build strategic copper and cobalt reserve",
        [
            "LUSAKA, June 19 (Reuters) - Zambia will build a strategic reserve of copper and cobalt, "
            "the mines ministry said on Thursday.",
            "The reserve would be held by a state company and sold when prices recover.",
            '"A national reserve of copper and cobalt gives us a say over prices," the mines minister '
            "told parliament.",
            "In 2024 ZCCM-IH took control of a copper mine near Kitwe after its previous owner walked away.",
            "Zambia produced about 820,000 tonnes of copper last year and aims for three million "
            "tonnes by 2031.",
        ],
        _c("ZM", "ZM", "stockpile", None, minerals=["cobalt", "copper"], announced_on=_D19),
    ),
    _a(
        "nafin-sonora-copper",
        "Nacional Financiera lends MXN 2,000 million to Sonora copper plant",
        [
            "MEXICO CITY, June 16 - Nacional Financiera will lend MXN 2,000 million to a copper "
            "cathode plant in Sonora, the development bank said on Monday.",
            "The plant would turn concentrate from nearby mines into cathode for wire makers in "
            "northern Mexico.",
            "\"This credit keeps Sonora's copper in Mexico,\" the bank's director general said.",
            "In 2022 Mexico nationalised its lithium deposits and created the state company LitioMx.",
            "Construction is due to start before the end of the year.",
        ],
        _c(
            "Nacional Financiera",
            "MX",
            "loan",
            "2000000000",
            "MXN",
            minerals=["copper"],
            announced_on=_D16,
        ),
    ),
    _a(
        "kghm-glogow",
        "KGHM to spend PLN 1.5 bln on Głogów smelter upgrade",
        [
            "WARSAW, June 17 (PAP) - KGHM will spend PLN 1.5 billion on upgrading its copper smelter "
            "at Głogów, the company said on Tuesday.",
            "The upgrade would let the smelter take more scrap and more concentrate from outside Poland.",
            '"Our PLN 1.5 billion investment secures copper output for another two decades," the '
            "chief executive said.",
            "In 2019 KGHM finished a new flash furnace at the same site.",
            "The company's shares were little changed in Warsaw.",
        ],
        _c("KGHM", "PL", "equity", "1500000000", "PLN", minerals=["copper"], announced_on=_D17),
    ),
    _a(
        "canberra-iluka-topup",
        "Canberra lends Iluka extra A$400m for Eneabba refinery",
        [
            "PERTH, June 19 - The Australian government will lend Iluka Resources an extra A$400 "
            "million for its rare earths refinery at Eneabba, the resources minister said on "
            "Thursday.",
            "Costs at the refinery have risen since construction began.",
            "\"The extra A$400 million keeps Australia's first integrated rare earths refinery on "
            'track," the minister said.',
            "In 2022 Canberra agreed a A$1.25 billion loan for the refinery through its Critical "
            "Minerals Facility.",
            "Iluka expects the refinery to start producing in 2027.",
        ],
        _c(
            "AU",
            "AU",
            "loan",
            "400000000",
            "AUD",
            minerals=["rare-earths"],
            counterparty="Iluka Resources",
            announced_on=_D19,
        ),
    ),
    _a(
        "doe-gallium-germanium",
        "Department of Energy awards $75 million for gallium and germanium recovery",
        [
            "The Department of Energy will award $75 million in grants to projects that recover "
            "gallium and germanium from coal ash and zinc residues, the agency said.",
            "The grants follow Chinese export controls on both metals.",
            '"These $75 million in grants start a domestic supply of gallium and germanium," an '
            "agency official said.",
            "In 2023 the department paid for a feasibility study on rare earths from coal waste.",
            "Winners are expected to be named in the autumn.",
        ],
        _c("Department of Energy", "US", "grant", "75000000", "USD", minerals=["gallium", "germanium"]),
    ),
    _a(
        "desjardins-nbc-each",
        "Desjardins and National Bank of Canada each lend C$50 million to Quebec graphite mine",
        [
            "Desjardins and National Bank of Canada will each lend C$50 million to a graphite mine in "
            "the Laurentians, the two lenders said in a joint statement.",
            "The mine would ship flake graphite to an anode plant in Bécancour.",
            "In 2021 Investissement Québec became the mine's largest shareholder.",
            '"Each of us is lending C$50 million because this mine matters for Quebec," a Desjardins '
            "spokesperson said.",
            "Construction financing is expected to close by the end of the summer.",
        ],
        _c("Desjardins", "CA", "loan", "50000000", "CAD", minerals=["graphite"]),
        _c("National Bank of Canada", "CA", "loan", "50000000", "CAD", minerals=["graphite"]),
    ),
    _a(
        "tdbm-erdenet",
        "Trade and Development Bank of Mongolia lends $80 million to copper smelter",
        [
            "ULAANBAATAR, June 19 (Reuters) - The Trade and Development Bank of Mongolia will lend $80 "
            "million to a copper smelter planned near Erdenet, the bank said on Thursday.",
            "Mongolia exports almost all of its copper concentrate to China.",
            '"The $80 million loan lets us refine our own copper," the bank\'s chief executive said.',
            "In 2018 the government bought back a controlling stake in the Erdenet mine.",
            "The smelter would need about 300,000 tonnes of concentrate a year.",
        ],
        _c(
            "Trade and Development Bank of Mongolia",
            "MN",
            "loan",
            "80000000",
            "USD",
            minerals=["copper"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-27"

# Filled in by the lead after the one scoring run (2026-12-02, 00:54 UTC, on round 23 as merged at
# 94f53eb: 207 of 216 exact); the cases stay as written.
# Round 24 (2026-12-02) tuned the reader on this batch: 215 of 216 exact; the one left stays a
# known miss (it expects "rare-earths" for heavy rare earths, which the vocabulary keeps as
# heavy-rare-earths, as the main corpus does).
BLIND27_MISSES: dict[str, str] = {
    "b27-sojitz-jogmec-jointly": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths'] (+1 more)"
    ),
}
