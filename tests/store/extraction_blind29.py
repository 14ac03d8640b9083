"""Blind batch 29 ("set": "blind-29"): written on 2026-12-02 (01:43-01:47 UTC by the machine clock; the
preamble and docstrings were read from 01:40) from the sentences alone, before the reader was run on
them, by a helper (worktree blind29) who had not read the reader's code, its tables (organisations,
currencies, minerals), its rules, the main corpus's cases, the README, docs/ or any batch's cases
beyond those listed here. What was read, and nothing else: /work/wt/PREAMBLE.md;
tests/store/blind_cases.py; the module docstrings (the text before `from __future__`) of
tests/store/extraction_blind14.py to extraction_blind28.py (the first print cut batches 16 to 27
short in the terminal, so they were printed again in smaller groups); tests/store/
extraction_blind25.py from its `from __future__` line for 61 lines (imports, partials, first five
message cases), its `_ARTICLES` opening for 25 lines (one article case, up to its expected draft)
and the three lines of its CASES/set footer (not BLIND25_MISSES, nor any other misses dict); the
instrument vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`;
pyproject.toml's ruff line length. Nothing under store/, handlers/, jobs/ or docs/ was opened, nor
tests/eval_extraction.py, the corpus files, /work/wt/used-names*.txt or any other worktree; the
repository was not grepped for any name or phrase. The file was only imported (to count its cases
and expectations) and linted (ruff check, ruff format, mypy), never run through the reader or any
test. Every sentence was written for this batch; none is copied or paraphrased from an earlier
batch.

Actor sampling (batches 23, 25, 27 and 28's way, not batch 26's): a policy team's channel in the
week of 16-20 June 2025 (export curbs in Beijing, Kinshasa, Jakarta and Manila, stockpiles in Tokyo,
Seoul and New Delhi, the Gulf funds' copper buying, Western carmakers' offtakes, and the usual run
of lenders); the actors are whoever would really act in that news, picked from knowledge of the
domain WITHOUT checking whether the corpus names them, so names may repeat earlier batches (JBIC,
JOGMEC, KfW, Bpifrance, EDC, BNDES, Glencore, NAIF, KOMIR ...). 172 actor strings, 171 distinct
organisations (UKEF and UK Export Finance counted once). 273 message cases were written and 74 of
them cut whole to reach the size asked for (none was rewritten to fit). Of the 171 organisations,
about 100 (58%) are well known (development banks, export-credit agencies, sovereign and strategic
funds, national lenders and megabanks, US departments and Japan's METI, majors, refiners, carmakers,
battery and magnet makers, trading houses, big pension funds) and about 71 (42%) are mid-sized or
small (regional, shinkin, savings, cooperative and state banks, state, provincial and regional
agencies and funds, a regional council, juniors and recyclers, a venture investor, banks of small
economies). 19 drafts are by governments named as countries or capitals (ISO codes). Actor
countries: 47 (JP 26 drafts, KR 19, IN 18, US 16, AU 16, CA 13, SE 7, DE 7, FR 5, SA 5, ID 5, NO 5,
GB 4, VN 4, then BR, CL, CH, AR, FI, the Gulf, Central and Eastern Europe, Benelux, Spain, Italy,
North, West, East, Central and Southern Africa, South-East and Central Asia, Hong Kong, Taiwan,
Singapore, New Zealand and Latin America with 1 to 3 each).

Size: 199 message cases (25 of them, 13%, expect no draft) and 12 article cases (5 sentences each;
eleven with a dateline, one without; one expecting no draft; each has a background sentence about an
earlier year, 2018 to 2024, and headline, lead and quote repeat one commitment), 203 expected drafts
(13 from articles). Instruments: loan 80, equity 46, offtake 22, grant 17, guarantee 11, mou 8,
export-control 5, stockpile 4, tariff 3, letter-of-interest 2, investment-screening 2, price-floor
2, other 1. Currency flags: 12 inferred, 19 flagged not inferred; 9 ceilings; statuses: binding 3,
and two each of announced, proposed, conditional and withdrawn, one disbursed; 28 expected dates.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday"/"Tuesday:"/"said Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June,
"last Friday" 13 June; an article's dateline dates its commitments, a dateline without a year is
read in 2025, an article without a dateline has no expected date) and the same rules as batch 14's
docstring and the decisions of batches 15 to 28 (later batches overriding earlier ones; batch 26's
actor sampling excepted). A field a careful analyst could fill two ways is left out (only the fields
given are checked; the actor's country is always checked, so no multilateral lender acts). Statuses
come from proposed, announced, conditional, binding, disbursed, withdrawn.

Decided for this batch (written down so the lead can check):
- Names are expected as written, short or long, never both in one case (UKEF in one case, UK Export
  Finance in another; EDC, DFC, EXIM, GMDC, KODIT, CEFC, IREL as written), without "The" ("The
  National Wealth Fund", "The Michigan Strategic Fund", "The Department of Energy/Defense", "The
  National Reconstruction Fund Corporation" drop it) and without legal suffixes; lower-case names
  ("naif", "finep", "temasek", "marubeni", "sk on", "kiwibank", "atradius dsb", "ivanhoe mines", and
  the counterparty "zijin mining") are expected in their usual spelling; no actor is misspelt. "GM"
  stays "GM". A place's possessive before a fund's name is not part of it ("Queensland's Critical
  Minerals and Battery Technology Fund", "Western Australia's Investment Attraction Fund", "Ghana's
  Minerals Income Investment Fund").
- Named state bodies are organisations with their country: Department of Defense and Department of
  Energy (US), METI (JP), Michigan Strategic Fund, Texas Enterprise Fund (US), NOHFC, Alberta
  Innovates (CA), Région Nouvelle-Aquitaine (FR), Innovation Norway (NO), Vinnova (SE) and
  Business Finland (FI). Governments named as countries or capitals are ISO codes (Beijing, Zimbabwe, Jakarta,
  Manila, Washington, Tokyo, Seoul, India, Ottawa, Australia, Italy, Chile, Argentina, Canberra,
  Vietnam, "The UK and Saudi Arabia", "the Australian government", "The Democratic Republic of
  Congo"); "Mofcom said", "the industry/energy ministry said", "the Ministry of Mines said", "the
  PM's office said" and "the country's strategic minerals regulator said" only report the subject's
  measure.
- Multinationals act for their head office (Glencore and Mercuria CH, BHP AU, Nordea FI); Ivanhoe
  Mines is CA; subsidiaries named with their country act for it (Stanbic Bank Zambia ZM, Ecobank
  Ghana GH); PT Vale Indonesia is only a counterparty. Rio Tinto, Stellantis, Trafigura and
  multilateral lenders act in no case.
- Policy instruments: "require export licences", "ban exports", "proposed a ban on exports" and
  "extended its ban" are export-control; "export levy" (extended), "export duty" (cut to zero) and
  "25% tariff on imports" are tariff; "tighten reviews of foreign takeovers" and "extended its
  golden power screening" are investment-screening; "fast-track permits" is other; "set a floor
  price" and "guarantee a minimum price" are price-floor with no amount; "stockpile through JOGMEC",
  "national stockpile" and "lift its strategic reserve" are stockpile, KOMIR's "spend 60 billion won
  on stockpiling" keeping its amount (batch 28). METI's "subsidise up to ¥20 billion" is a grant,
  ceiling flagged.
- Minerals: "critical minerals" gives an empty list (tariff, national stockpile, takeover reviews,
  the UK-Saudi MoU), "battery recycling plant" too. Left out: Seoul's "rare metals", Italy's
  screening of "lithium and rare earth companies" (two readings), the road to "the Ring of Fire
  nickel deposits" and the rail line to "manganese mines", "graphite anode plant", "cathode
  precursor plant", "battery chemicals loan", "anode recycling pilot", "lithium recycling line",
  "battery metals recycling start-up", plain "magnet recycler" and "magnet factory", "tungsten
  trader", funds (a critical minerals fund, a copper royalty fund), a thread correction whose metal
  is only above it, the guarantee "of it" after a lithium loan and "Union Bank of India adds ₹250
  crore", the Texas Enterprise Fund's grant "for the same plant", and metals only in names (Nouveau
  Monde Graphite, Hindustan Copper, Torngat Metals, Terrafame, EcoGraf). Named: "heavy rare earths",
  "rare earth oxides", "rare earth magnet(s)/recycler/plant", "rare earth clay project", "rare
  earths refinery" rare-earths; "dysprosium and terbium" both; "nickel-cobalt refinery" and "cobalt
  and nickel recovery plant" cobalt, nickel; "gallium nitride start-up/wafer maker" gallium;
  "germanium and gallium recovery unit" both; "copper recycler/recycling plant/line", "copper
  cathode", "copper concentrate" copper; "cobalt hydroxide", "cobalt recycler" cobalt; "nickel
  sulphate", "nickel HPAL plant" nickel; "lithium concentrate/brine/clay/hydroxide" lithium;
  "tungsten recycler/concentrate" tungsten; "natural graphite" graphite.
- Counterparties: "to X for its plant", "into X for its plant", "from Y" for a named seller, "to Y"
  for a named buyer and "Lithium concentrate from X will be bought by Y" name them; EKN's guarantee
  "of a loan to Boliden for its copper smelter" names Boliden; "from Ivanhoe Mines' Kamoa-Kakula
  operation", "from Lynas's Malaysian plant", "from Syrah Resources' Vidalia plant", "for Sunrise
  Energy Metals' nickel-cobalt refinery", "a gallium refinery built by Dowa", "from an Indonesian
  miner", "to a battery plant in Karawang", "to a drone maker" and any plant, mine or smelter named
  by place leave it out (the wrong-party trap). "X gets a loan from EDC and an equity investment
  from Investissement Québec", "won a grant from Y" and "won a A$4m grant from the Australian
  government" have Y acting and X as counterparty. "Mercuria agreed to buy cobalt from Gécamines...
  no, from ERG" names ERG.
- Bare "$": CAD inferred (EDC, Canada Infrastructure Bank, NOHFC, Alberta Innovates, PSP
  Investments' "seventy-five million dollars"), AUD inferred (NAIF, Bendigo Bank), NZD (Kiwibank),
  SGD (Temasek), TWD (E.SUN Bank), HKD (Bank of East Asia), all inferred; USD with no flag for US
  actors and Ecuador's Banco Pichincha; USD flagged not inferred for Japanese (Hiroshima Bank's "50
  million dollars", Mizuho, MUFG, Nippon Life, Sumitomo Corporation and two articles), Korean ("half
  a billion dollars"), Indian, Chinese, Saudi, Ghanaian and German (Vacuumschmelze) actors. "US$",
  "USD" (before or after the number), "A$", "C$", "NZ$", "S$", "HK$", "NT$", "R$", "R" (South
  African actor) are explicit, no flag expected.
- Money forms: "₩150bn", "₩50bn", "₩3.5bn", "60 billion won"; "¥12 billion", "¥8bn"; "₹1,200 crore"
  12,000,000,000; "Rs 40 crore" 400,000,000; "Rs 65 lakh" 6,500,000; "Rs 2,500 cr" 25,000,000,000;
  "three hundred crore rupees" 3,000,000,000; "₹1,500 crore", "₹1,000 crore", "₹500 crore"; "Rp 4
  trillion"; "3,200 billion dong" and "1,800 billion dong" (trillions of VND); "COP 150,000
  million"; "ARS 30,000 million"; "45 billion tenge" KZT; "8 million kronor" SEK; "45 million CHF",
  "45 million USD" (code after); "eur 12m" (lower-case code); "₱2.5 billion" PHP; "forty million
  euros", "half a billion dollars", "seventy-five million dollars" (number words); "US$300 mln"
  (mln). Ceilings, higher end kept and flagged: "€15–20 million", "between ₩30bn and ₩50bn",
  "$60-80m", "up to A$100m in grants", "up to $350m" and "up to £200m" (letters of interest), "as
  much as SEK 40 million", "as much as €6m" after a hedge, "up to ¥20 billion" of subsidies.
- Several actors: "each" repeats the amount (Toho/Hachijuni; Helaba/DZ Bank; ANZ/Westpac/NAB; the
  Mitsubishi Corporation/JX Advanced Metals article); "together"/"jointly" keep it on the first only
  (Sumitomo Corporation/JOGMEC; Aramco/Ma'aden); "Chugoku Bank will lend ¥4bn and Tomato Bank ¥1bn"
  gives each its own; "Tau-Ken Samruk and KOMIR signed an MoU" and "The UK and Saudi Arabia signed
  an MoU" give one each (the two countries' counterparties left out: ISO code or name); "A signed an
  MoU with B" gives A's only. Innovation Norway's "will grant NOK 20 million and lend NOK 60
  million" gives a grant and a loan; "Santander will lend €60m ...; CESCE will guarantee €45m of it"
  gives both; a newsletter's three bullets and a "From the wires:" pair give one draft per bullet;
  two sentences ("PNB lends ... Union Bank of India adds ₹250 crore") give one each.
- Corrections are read as corrected: amount in a thread reply ("Hyakugo Bank is lending ¥5bn, not
  ¥3bn"; "KABIL's stake ... is ₹200 crore, not ₹20 crore", an equity of ₹200 crore in lithium) and
  in place ("₩12bn — sorry, ₩21bn —"); actor ("Banco do Brasil? no, it's Caixa"); metal ("a
  nickel... sorry, a manganese refinery"); instrument ("will grant $2m... no wait, it's a loan");
  counterparty ("from Gécamines... no, from ERG"); hedge to commitment ("could lend... no, it has
  signed: ... as much as €6m"). "not sure it was Aktia, ignore until confirmed" gives nothing.
- Verbs: "puts/putting ... into", "takes a stake/holding", "takes 30% of ... for", "will pay $X for
  a stake", "invests", "will take a 10% stake" (no amount: JEMSE's draft has none), "will spend ...
  on" (its own plant, lithium blocks) are equity; "lends", "sanctions", "extends ... in credit",
  "provides ... in financing", "approved ... in financing", "signs/signed a loan" are loans;
  "awards/awarded ... to", "won a grant from", "will grant", "approved a ... grant", "provide ... in
  grants" are grants; "will buy", "agreed/signed to buy", "will supply/sell ... to", "signed an
  agreement to supply" are offtakes, with an amount only where a price is given (Ford's US$300
  million of nickel).
- Statuses: "signed a binding agreement to buy/lend" binding (Hyundai Motor, Commonwealth Bank, the
  undated POSCO Future M article); "PRESS RELEASE: ... today announced" and "announced on Monday"
  announced with the date; "Manila proposed a ban" and "Canberra proposed a A$30 million grant"
  proposed; "is conditional on a final investment decision" and "subject to permits" conditional;
  "pulled out of its ... investment/loan" withdrawn; "disbursed the first ₩50bn tranche ... on
  Monday" disbursed with that amount, 16 June.
- Dates in messages: "said on Wednesday", "on Wednesday", "signed on Tuesday", "Tuesday:",
  "invested/lent ... yesterday", "this morning", "today", "on Monday", "last Friday"
  ("Missed this: ..."), and wire datelines whose weekday matches ("SEOUL, June 17 (Yonhap) -- ...
  said Tuesday", "MUMBAI, June 19 ... on Thursday", "JAKARTA, June 18 ... on Wednesday", "HANOI,
  June 19 ... on Thursday"); a newsletter heading and "From the wires:" do not date their bullets.
- Articles use one form of a name throughout (JBIC, GMDC, KfW, Manara Minerals, Department of
  Energy, National Reconstruction Fund Corporation, Business Finland, POSCO Future M). Background
  sentences about 2018 to 2024 give nothing even with a commitment verb ("In 2018 JBIC lent $300
  million ...", "a A$30 million grant that Canberra approved for the project in 2023", "which set it
  up with €1 billion in 2024", "In 2023 Manara Minerals agreed to buy 10% of Vale Base Metals", "In
  2022 the Department of Energy awarded $2.8 billion"); "a $1.1 billion package that also includes
  commercial banks, which were not named" adds no draft; the Jakarta analysis article ("has not
  decided", "could", "declined to comment", a 2020 ban) gives none.
- No-draft messages: questions, "if X were to ... would", "would ... if", "could ..., sources say",
  "might ... if", "declined to comment", "denied", "has not decided", "no plans", "won't say
  whether", "is seeking", "scrapped ... before any money was committed", "is not lending ... after
  all", "rumour ... nothing signed", "ignore until confirmed", recalls of earlier years, analysis,
  price and share chatter, a link, a reminder and thanks; "spodumene" and "bauxite" appear only
  there. "In talks", "weighing" and "considering" appear in no case; "exploring" does not either,
  though one MoU is "on lithium exploration" (a noun naming the MoU's subject).
- Case ids are labels only; no project or initiative name is expected by any case (the lists below
  stay empty on purpose).
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

_m = partial(message_case, "b29-")

_a = partial(article_case, "b29-art-")

_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) well-known development banks, export-credit agencies, state and sovereign funds ---
    _m(
        "jbic-copperbelt-nikkei",
        "JBIC to lend US$300 mln for a copper mine expansion in Zambia's Copperbelt - Nikkei",
        _c("JBIC", "JP", "loan", "300000000", "USD", minerals=["copper"]),
    ),
    _m(
        "kexim-korea-zinc-germanium",
        "Korea Eximbank will provide ₩150bn in financing to Korea Zinc for its germanium recovery line "
        "at Onsan",
        _c(
            "Korea Eximbank",
            "KR",
            "loan",
            "150000000000",
            "KRW",
            counterparty="Korea Zinc",
            minerals=["germanium"],
        ),
    ),
    _m(
        "bpifrance-carester-lacq",
        "Bpifrance is putting €25m into Carester for its rare earth recycling plant at Lacq 🇫🇷",
        _c(
            "Bpifrance",
            "FR",
            "equity",
            "25000000",
            "EUR",
            counterparty="Carester",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "ukef-teesside-guarantee",
        "UK Export Finance will guarantee £80 million of a loan to a lithium hydroxide refinery on Teesside.",
        _c("UK Export Finance", "GB", "guarantee", "80000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "nwf-pensana-saltend",
        "The National Wealth Fund will lend £50 million to Pensana for its rare earth separation plant "
        "at Saltend, the fund said on Wednesday.",
        _c(
            "National Wealth Fund",
            "GB",
            "loan",
            "50000000",
            "GBP",
            counterparty="Pensana",
            minerals=["rare-earths"],
            announced_on=_D18,
        ),
    ),
    _m(
        "dfc-mozambique-graphite",
        "DFC signs $150m loan for a graphite mine in northern Mozambique",
        _c("DFC", "US", "loan", "150000000", "USD", minerals=["graphite"]),
    ),
    _m(
        "exim-loi-oklahoma",
        "EXIM issued a letter of interest for up to $350m toward a nickel-cobalt refinery in Oklahoma",
        _c(
            "EXIM",
            "US",
            "letter-of-interest",
            "350000000",
            "USD",
            minerals=["cobalt", "nickel"],
            **_CEIL,
        ),
    ),
    _m(
        "edc-teck-bc-copper",
        "EDC lends $200 million to Teck for its copper mine extension in British Columbia",
        _c(
            "EDC",
            "CA",
            "loan",
            "200000000",
            "CAD",
            counterparty="Teck",
            minerals=["copper"],
            **_INFERRED,
        ),
    ),
    _m(
        "cib-ring-of-fire-road",
        "Canada Infrastructure Bank lends $45 million for the all-season road to the Ring of Fire "
        "nickel deposits",
        _c("Canada Infrastructure Bank", "CA", "loan", "45000000", "CAD", **_INFERRED),
    ),
    _m(
        "efa-sunrise-tuesday",
        "Export Finance Australia signed on Tuesday a A$150m loan for Sunrise Energy Metals' "
        "nickel-cobalt refinery in NSW",
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "150000000",
            "AUD",
            minerals=["cobalt", "nickel"],
            announced_on=_D17,
        ),
    ),
    _m(
        "naif-hastings-lowercase",
        "naif approves $90m loan to Hastings Technology Metals for its rare earths mine in WA",
        _c(
            "NAIF",
            "AU",
            "loan",
            "90000000",
            "AUD",
            counterparty="Hastings Technology Metals",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "cefc-victoria-recycling",
        "CEFC puts A$35 million into a battery recycling plant in Victoria",
        _c("CEFC", "AU", "equity", "35000000", "AUD", minerals=[]),
    ),
    _m(
        "jogmec-akita-gallium",
        "JOGMEC to put ¥12 billion into a gallium and germanium recovery venture in Akita",
        _c("JOGMEC", "JP", "equity", "12000000000", "JPY", minerals=["gallium", "germanium"]),
    ),
    _m(
        "komir-stockpile-won",
        "KOMIR will spend 60 billion won on stockpiling tungsten and gallium this year, the industry "
        "ministry said",
        _c("KOMIR", "KR", "stockpile", "60000000000", "KRW", minerals=["gallium", "tungsten"]),
    ),
    _m(
        "ksure-sulawesi-hpal",
        "K-SURE will guarantee $400 million of an export loan for a nickel HPAL plant in Sulawesi",
        _c(
            "K-SURE",
            "KR",
            "guarantee",
            "400000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "kabil-camyen-mou",
        "KABIL signed an MoU with CAMYEN, Catamarca's state mining company, on lithium exploration",
        _c("KABIL", "IN", "mou", counterparty="CAMYEN", minerals=["lithium"]),
    ),
    _m(
        "india-exim-zccm",
        "India Exim Bank extends $120m in credit to ZCCM-IH for copper processing",
        _c(
            "India Exim Bank",
            "IN",
            "loan",
            "120000000",
            "USD",
            counterparty="ZCCM-IH",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "sbi-hindalco-dahej",
        "SBI sanctions ₹1,200 crore to Hindalco for its copper smelter expansion at Dahej",
        _c(
            "SBI",
            "IN",
            "loan",
            "12000000000",
            "INR",
            counterparty="Hindalco",
            minerals=["copper"],
        ),
    ),
    _m(
        "bndes-goias-rare-earths",
        "BNDES approved R$480 million in financing for a rare earth project in Goiás.",
        _c("BNDES", "BR", "loan", "480000000", "BRL", minerals=["rare-earths"]),
    ),
    _m(
        "finep-minas-lithium",
        "finep awards a R$35m grant to a lithium refining start-up in Minas Gerais",
        _c("Finep", "BR", "grant", "35000000", "BRL", minerals=["lithium"]),
    ),
    _m(
        "corfo-antofagasta-grants",
        "CORFO will provide US$20 million in grants for lithium value-added projects in Antofagasta",
        _c("CORFO", "CL", "grant", "20000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "pif-zambia-copper",
        "PIF will pay $1.3 billion for a 15% stake in a copper mine in Zambia",
        _c(
            "PIF",
            "SA",
            "equity",
            "1300000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "temasek-lithium-startup",
        "temasek invests $60m in a lithium extraction start-up",
        _c("Temasek", "SG", "equity", "60000000", "SGD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "danantara-morowali-hpal",
        "Danantara will invest US$1.5bn in a nickel HPAL plant in Morowali",
        _c("Danantara", "ID", "equity", "1500000000", "USD", minerals=["nickel"]),
    ),
    _m(
        "mind-id-smm-sorowako",
        "MIND ID will supply nickel from Sorowako to Sumitomo Metal Mining",
        _c(
            "MIND ID",
            "ID",
            "offtake",
            counterparty="Sumitomo Metal Mining",
            minerals=["nickel"],
        ),
    ),
    _m(
        "dbsa-manganese-rail",
        "DBSA will lend R1.2bn for the rail line to the Northern Cape manganese mines",
        _c("DBSA", "ZA", "loan", "1200000000", "ZAR"),
    ),
    _m(
        "gecamines-mercuria-cobalt",
        "Gécamines will sell cobalt hydroxide to Mercuria under a new trading deal",
        _c("Gécamines", "CD", "offtake", counterparty="Mercuria", minerals=["cobalt"]),
    ),
    _m(
        "eksfin-heroya-anode",
        "Eksfin will guarantee NOK 500 million of financing for a graphite anode plant at Herøya",
        _c("Eksfin", "NO", "guarantee", "500000000", "NOK"),
    ),
    _m(
        "ekn-boliden-ronnskar",
        "EKN will guarantee SEK 1.5 billion of a loan to Boliden for its copper smelter expansion at "
        "Rönnskär",
        _c(
            "EKN",
            "SE",
            "guarantee",
            "1500000000",
            "SEK",
            counterparty="Boliden",
            minerals=["copper"],
        ),
    ),
    _m(
        "bgk-kghm-smelter",
        "BGK lends PLN 1.2 billion to KGHM for its copper smelter upgrade",
        _c(
            "BGK",
            "PL",
            "loan",
            "1200000000",
            "PLN",
            counterparty="KGHM",
            minerals=["copper"],
        ),
    ),
    _m(
        "kdb-ecopro-disbursed",
        "Korea Development Bank disbursed the first ₩50bn tranche of its loan to EcoPro BM on Monday",
        _c(
            "Korea Development Bank",
            "KR",
            "loan",
            "50000000000",
            "KRW",
            counterparty="EcoPro BM",
            status="disbursed",
            announced_on=_D16,
        ),
    ),
    _m(
        "dod-ucore-louisiana",
        "Ucore Rare Metals won a $22.4m grant from the Department of Defense for its rare earth plant "
        "in Louisiana",
        _c(
            "Department of Defense",
            "US",
            "grant",
            "22400000",
            "USD",
            counterparty="Ucore Rare Metals",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "meti-dowa-gallium",
        "METI will subsidise up to ¥20 billion of a gallium refinery built by Dowa",
        _c("METI", "JP", "grant", "20000000000", "JPY", minerals=["gallium"], **_CEIL),
    ),
    # --- (2) trading houses, miners, refiners, carmakers, battery and magnet makers ---
    _m(
        "mitsubishi-corp-kamoa",
        "Mitsubishi Corporation agreed to buy copper concentrate from Ivanhoe Mines' Kamoa-Kakula operation",
        _c("Mitsubishi Corporation", "JP", "offtake", minerals=["copper"]),
    ),
    _m(
        "marubeni-peru-lowercase",
        "marubeni will buy copper concentrate from a mine in southern Peru",
        _c("Marubeni", "JP", "offtake", minerals=["copper"]),
    ),
    _m(
        "sojitz-lynas-dy-tb",
        "Sojitz signed to buy dysprosium and terbium from Lynas 🧲",
        _c(
            "Sojitz",
            "JP",
            "offtake",
            counterparty="Lynas",
            minerals=["dysprosium", "terbium"],
        ),
    ),
    _m(
        "proterial-lynas-malaysia",
        "Proterial will buy heavy rare earths from Lynas's Malaysian plant",
        _c("Proterial", "JP", "offtake", minerals=["rare-earths"]),
    ),
    _m(
        "korea-zinc-onsan-copper",
        "Korea Zinc puts ₩90bn into a copper recycling plant in Onsan",
        _c("Korea Zinc", "KR", "equity", "90000000000", "KRW", minerals=["copper"]),
    ),
    _m(
        "posco-argentina-hydroxide",
        "POSCO Holdings agreed to take 30% of a lithium hydroxide plant in Argentina for $760m",
        _c(
            "POSCO Holdings",
            "KR",
            "equity",
            "760000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "lges-syrah-graphite",
        "LG Energy Solution will buy natural graphite from Syrah Resources",
        _c(
            "LG Energy Solution",
            "KR",
            "offtake",
            counterparty="Syrah Resources",
            minerals=["graphite"],
        ),
    ),
    _m(
        "sk-on-finland-nickel",
        "sk on agreed to buy nickel sulphate from a refinery in Finland",
        _c("SK On", "KR", "offtake", minerals=["nickel"]),
    ),
    _m(
        "hyundai-westwater-binding",
        "Hyundai Motor signed a binding agreement to buy graphite from Westwater Resources",
        _c(
            "Hyundai Motor",
            "KR",
            "offtake",
            counterparty="Westwater Resources",
            minerals=["graphite"],
            status="binding",
        ),
    ),
    _m(
        "catl-north-maluku",
        "CATL will invest $1bn in a nickel smelter in North Maluku",
        _c(
            "CATL",
            "CN",
            "equity",
            "1000000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "vac-south-carolina",
        "Vacuumschmelze will spend $50m on its rare earth magnet plant in South Carolina",
        _c(
            "Vacuumschmelze",
            "DE",
            "equity",
            "50000000",
            "USD",
            minerals=["rare-earths"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "lkab-lulea-ree",
        "LKAB will invest SEK 1.2bn in a rare earth demonstration plant in Luleå",
        _c("LKAB", "SE", "equity", "1200000000", "SEK", minerals=["rare-earths"]),
    ),
    _m(
        "glencore-weda-bay",
        "Glencore agreed to buy nickel from a smelter at Weda Bay",
        _c("Glencore", "CH", "offtake", minerals=["nickel"]),
    ),
    _m(
        "bhp-olympic-dam",
        "BHP will spend US$840 million on a new copper concentrator at Olympic Dam",
        _c("BHP", "AU", "equity", "840000000", "USD", minerals=["copper"]),
    ),
    _m(
        "albemarle-ford",
        "Albemarle agreed to supply lithium hydroxide to Ford",
        _c("Albemarle", "US", "offtake", counterparty="Ford", minerals=["lithium"]),
    ),
    _m(
        "gm-noveon",
        "GM signed to buy rare earth magnets from Noveon Magnetics",
        _c("GM", "US", "offtake", counterparty="Noveon Magnetics", minerals=["rare-earths"]),
    ),
    _m(
        "tesla-vidalia",
        "Tesla agreed to buy natural graphite from Syrah Resources' Vidalia plant",
        _c("Tesla", "US", "offtake", minerals=["graphite"]),
    ),
    _m(
        "mp-texas-magnets",
        "MP Materials will spend $500m on a second magnet factory in Texas",
        _c("MP Materials", "US", "equity", "500000000", "USD"),
    ),
    _m(
        "masan-mitsubishi-materials",
        "Masan High-Tech Materials agreed to supply tungsten to Mitsubishi Materials",
        _c(
            "Masan High-Tech Materials",
            "VN",
            "offtake",
            counterparty="Mitsubishi Materials",
            minerals=["tungsten"],
        ),
    ),
    _m(
        "hindustan-zinc-press-release",
        "PRESS RELEASE: Hindustan Zinc today announced it will spend ₹1,500 crore on a germanium and "
        "gallium recovery unit at Chanderiya",
        _c(
            "Hindustan Zinc",
            "IN",
            "equity",
            "15000000000",
            "INR",
            minerals=["gallium", "germanium"],
            status="announced",
            announced_on=_D20,
        ),
    ),
    _m(
        "lynas-kalgoorlie-announced",
        "Lynas announced on Monday it will spend A$180 million on a heavy rare earths separation "
        "circuit at Kalgoorlie",
        _c(
            "Lynas",
            "AU",
            "equity",
            "180000000",
            "AUD",
            minerals=["rare-earths"],
            status="announced",
            announced_on=_D16,
        ),
    ),
    _m(
        "codelco-aurubis-cathode",
        "Codelco signed to sell 100,000 tonnes of copper cathode a year to Aurubis",
        _c("Codelco", "CL", "offtake", counterparty="Aurubis", minerals=["copper"]),
    ),
    _m(
        "attero-crore-words",
        "Attero will spend three hundred crore rupees on a cobalt and nickel recovery plant in Uttarakhand",
        _c("Attero", "IN", "equity", "3000000000", "INR", minerals=["cobalt", "nickel"]),
    ),
    _m(
        "managem-guemassa-cobalt",
        "Managem will spend MAD 900 million on a cobalt plant at Guemassa",
        _c("Managem", "MA", "equity", "900000000", "MAD", minerals=["cobalt"]),
    ),
    _m(
        "jemse-jujuy-no-amount",
        "JEMSE will take a 10% stake in a lithium brine project in Jujuy",
        _c("JEMSE", "AR", "equity", minerals=["lithium"]),
    ),
    # --- (3) government measures (governments named as countries or capitals are ISO codes) ---
    _m(
        "beijing-graphite-licences",
        "Beijing will require export licences for all grades of graphite from August, Mofcom said",
        _c("CN", "CN", "export-control", minerals=["graphite"]),
    ),
    _m(
        "zimbabwe-concentrate-ban",
        "Zimbabwe will ban exports of lithium concentrate from January 2027",
        _c("ZW", "ZW", "export-control", minerals=["lithium"]),
    ),
    _m(
        "jakarta-copper-levy",
        "Jakarta will extend the export levy on copper concentrate to the end of the year, the energy "
        "ministry said on Wednesday",
        _c("ID", "ID", "tariff", minerals=["copper"], announced_on=_D18),
    ),
    _m(
        "manila-nickel-ban-proposed",
        "Manila proposed a ban on exports of unprocessed nickel",
        _c("PH", "PH", "export-control", minerals=["nickel"], status="proposed"),
    ),
    _m(
        "washington-processed-tariff",
        "Washington will impose a 25% tariff on imports of processed critical minerals",
        _c("US", "US", "tariff", minerals=[]),
    ),
    _m(
        "tokyo-stockpile-jogmec",
        "Tokyo will add gallium and germanium to the national stockpile through JOGMEC",
        _c("JP", "JP", "stockpile", minerals=["gallium", "germanium"]),
    ),
    _m(
        "seoul-rare-metals-reserve",
        "Seoul will lift its strategic reserve of rare metals to 100 days of imports",
        _c("KR", "KR", "stockpile"),
    ),
    _m(
        "india-national-stockpile",
        "India will build a national stockpile of critical minerals, the Ministry of Mines said",
        _c("IN", "IN", "stockpile", minerals=[]),
    ),
    _m(
        "ottawa-takeover-reviews",
        "Ottawa will tighten reviews of foreign takeovers of critical minerals companies",
        _c("CA", "CA", "investment-screening", minerals=[]),
    ),
    _m(
        "australia-floor-price",
        "Australia will set a floor price for heavy rare earths through its strategic reserve",
        _c("AU", "AU", "price-floor", minerals=["rare-earths"]),
    ),
    _m(
        "italy-golden-power",
        "Italy extended its golden power screening to foreign purchases of stakes in lithium and rare "
        "earth companies",
        _c("IT", "IT", "investment-screening"),
    ),
    _m(
        "chile-fast-track-atacama",
        "Chile will fast-track permits for lithium projects in the Salar de Atacama",
        _c("CL", "CL", "other", minerals=["lithium"]),
    ),
    _m(
        "argentina-duty-cut",
        "Argentina cut the export duty on lithium carbonate to zero",
        _c("AR", "AR", "tariff", minerals=["lithium"]),
    ),
    _m(
        "dod-price-floor-oxides",
        "The Department of Defense will guarantee a minimum price for rare earth oxides from a new "
        "separation plant in Texas",
        _c("Department of Defense", "US", "price-floor", minerals=["rare-earths"]),
    ),
    _m(
        "canberra-vanadium-proposed",
        "Canberra proposed a A$30 million grant for a vanadium processing plant in Townsville",
        _c(
            "AU",
            "AU",
            "grant",
            "30000000",
            "AUD",
            minerals=["vanadium"],
            status="proposed",
        ),
    ),
    _m(
        "uk-saudi-mou",
        "The UK and Saudi Arabia signed an MoU on critical minerals supply chains",
        _c("GB", "GB", "mou", minerals=[]),
        _c("SA", "SA", "mou", minerals=[]),
    ),
    _m(
        "ecograf-australian-government",
        "EcoGraf won a A$4m grant from the Australian government for its anode recycling pilot",
        _c("AU", "AU", "grant", "4000000", "AUD", counterparty="EcoGraf"),
    ),
    _m(
        "vietnam-ree-ban-wire",
        "HANOI, June 19 (Reuters) - Vietnam will ban exports of unprocessed rare earths, the industry "
        "ministry said on Thursday",
        _c("VN", "VN", "export-control", minerals=["rare-earths"], announced_on=_D19),
    ),
    # --- (4) regional, savings and cooperative banks, state and provincial agencies, pension funds ---
    _m(
        "hyakugo-thread-fix",
        "^ fixing my post above: Hyakugo Bank is lending ¥5bn, not ¥3bn, to the magnet recycler in Suzuka",
        _c("Hyakugo Bank", "JP", "loan", "5000000000", "JPY"),
    ),
    _m(
        "toho-hachijuni-each",
        "Toho Bank and Hachijuni Bank each lend ¥1.5bn to a rare earth recycling start-up in Nagano",
        _c("Toho Bank", "JP", "loan", "1500000000", "JPY", minerals=["rare-earths"]),
        _c("Hachijuni Bank", "JP", "loan", "1500000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "johnan-shinkin-asaka",
        "Johnan Shinkin Bank extends ¥800 million in credit to Asaka Riken for its cobalt recovery line",
        _c(
            "Johnan Shinkin Bank",
            "JP",
            "loan",
            "800000000",
            "JPY",
            counterparty="Asaka Riken",
            minerals=["cobalt"],
        ),
    ),
    _m(
        "hiroshima-bank-dollars",
        "Hiroshima Bank lends 50 million dollars to a copper smelter in the Philippines",
        _c(
            "Hiroshima Bank",
            "JP",
            "loan",
            "50000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "chugoku-tomato-own-amounts",
        "Chugoku Bank will lend ¥4bn and Tomato Bank ¥1bn to a cobalt sulphate plant in Okayama",
        _c("Chugoku Bank", "JP", "loan", "4000000000", "JPY", minerals=["cobalt"]),
        _c("Tomato Bank", "JP", "loan", "1000000000", "JPY", minerals=["cobalt"]),
    ),
    _m(
        "busan-bank-sungeel",
        "BNK Busan Bank lends ₩20bn to Sungeel HiTech for its battery recycling plant",
        _c(
            "BNK Busan Bank",
            "KR",
            "loan",
            "20000000000",
            "KRW",
            counterparty="Sungeel HiTech",
            minerals=[],
        ),
    ),
    _m(
        "kodit-pohang-graphite",
        "KODIT guarantees ₩3.5bn of a bank loan to a graphite processing start-up in Pohang",
        _c("KODIT", "KR", "guarantee", "3500000000", "KRW", minerals=["graphite"]),
    ),
    _m(
        "kyongnam-self-correction",
        "Kyongnam Bank lends ₩12bn — sorry, ₩21bn — to a cobalt recycler in Changwon",
        _c("Kyongnam Bank", "KR", "loan", "21000000000", "KRW", minerals=["cobalt"]),
    ),
    _m(
        "omc-nlc-mou",
        "Odisha Mining Corporation signed an MoU with NLC India on graphite blocks in the state",
        _c(
            "Odisha Mining Corporation",
            "IN",
            "mou",
            counterparty="NLC India",
            minerals=["graphite"],
        ),
    ),
    _m(
        "sidbi-lohum",
        "SIDBI lends Rs 40 crore to Lohum for its lithium recycling line",
        _c("SIDBI", "IN", "loan", "400000000", "INR", counterparty="Lohum"),
    ),
    _m(
        "federal-bank-lakh",
        "Federal Bank sanctions Rs 65 lakh to a graphite micro-processing unit near Idukki",
        _c("Federal Bank", "IN", "loan", "6500000", "INR", minerals=["graphite"]),
    ),
    _m(
        "tiic-hosur-magnets",
        "Tamil Nadu Industrial Investment Corporation provides ₹35 crore in financing to a rare earth "
        "magnet start-up in Hosur",
        _c(
            "Tamil Nadu Industrial Investment Corporation",
            "IN",
            "loan",
            "350000000",
            "INR",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "bank-of-maharashtra-metal-fix",
        "Bank of Maharashtra lends ₹90 crore to a nickel... sorry, a manganese refinery in Nagpur",
        _c("Bank of Maharashtra", "IN", "loan", "900000000", "INR", minerals=["manganese"]),
    ),
    _m(
        "bendigo-port-lincoln",
        "Bendigo Bank lends $12m for a graphite purification plant near Port Lincoln",
        _c("Bendigo Bank", "AU", "loan", "12000000", "AUD", minerals=["graphite"], **_INFERRED),
    ),
    _m(
        "qld-fund-townsville-cobalt",
        "Queensland's Critical Minerals and Battery Technology Fund will grant A$5m to a cobalt pilot "
        "plant in Townsville",
        _c(
            "Critical Minerals and Battery Technology Fund",
            "AU",
            "grant",
            "5000000",
            "AUD",
            minerals=["cobalt"],
        ),
    ),
    _m(
        "ftq-torngat",
        "Fonds de solidarité FTQ takes a C$15 million stake in Torngat Metals",
        _c(
            "Fonds de solidarité FTQ",
            "CA",
            "equity",
            "15000000",
            "CAD",
            counterparty="Torngat Metals",
        ),
    ),
    _m(
        "nohfc-frontier-lithium",
        "NOHFC awarded $5 million to Frontier Lithium for its lithium refinery plans in Sault Ste. Marie",
        _c(
            "NOHFC",
            "CA",
            "grant",
            "5000000",
            "CAD",
            counterparty="Frontier Lithium",
            minerals=["lithium"],
            **_INFERRED,
        ),
    ),
    _m(
        "alberta-innovates-instrument-fix",
        "Alberta Innovates will grant $2m... no wait, it's a loan, not a grant, to a lithium brine pilot "
        "near Leduc",
        _c(
            "Alberta Innovates",
            "CA",
            "loan",
            "2000000",
            "CAD",
            minerals=["lithium"],
            **_INFERRED,
        ),
    ),
    _m(
        "cpp-becancour-conditional",
        "CPP Investments' C$250 million stake in a nickel sulphate plant in Bécancour is conditional on "
        "a final investment decision",
        _c(
            "CPP Investments",
            "CA",
            "equity",
            "250000000",
            "CAD",
            minerals=["nickel"],
            status="conditional",
        ),
    ),
    _m(
        "omers-bc-subject-to",
        "OMERS will lend C$80m to a copper mine in northern BC, subject to permits",
        _c(
            "OMERS",
            "CA",
            "loan",
            "80000000",
            "CAD",
            minerals=["copper"],
            status="conditional",
        ),
    ),
    _m(
        "michigan-flint-graphite",
        "The Michigan Strategic Fund approved a $6 million grant to a graphite processing start-up in Flint",
        _c("Michigan Strategic Fund", "US", "grant", "6000000", "USD", minerals=["graphite"]),
    ),
    _m(
        "doe-abtc-grant",
        "American Battery Technology Company won a $20m grant from the Department of Energy on Wednesday",
        _c(
            "Department of Energy",
            "US",
            "grant",
            "20000000",
            "USD",
            counterparty="American Battery Technology Company",
            announced_on=_D18,
        ),
    ),
    _m(
        "nrw-bank-dortmund-tungsten",
        "NRW.BANK lends €12m to a tungsten recycler in Dortmund",
        _c("NRW.BANK", "DE", "loan", "12000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "lfa-bavaria-guarantee",
        "LfA Förderbank Bayern guarantees €6m of a Sparkasse loan to a rare earth magnet recycler in Bavaria",
        _c(
            "LfA Förderbank Bayern",
            "DE",
            "guarantee",
            "6000000",
            "EUR",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "helaba-dz-each-aurubis",
        "Helaba and DZ Bank each lend €40 million to Aurubis for its copper recycling line in Hamburg",
        _c(
            "Helaba",
            "DE",
            "loan",
            "40000000",
            "EUR",
            counterparty="Aurubis",
            minerals=["copper"],
        ),
        _c(
            "DZ Bank",
            "DE",
            "loan",
            "40000000",
            "EUR",
            counterparty="Aurubis",
            minerals=["copper"],
        ),
    ),
    _m(
        "nouvelle-aquitaine-germanium",
        "Région Nouvelle-Aquitaine awards €3m to a germanium recovery start-up in Limoges",
        _c("Région Nouvelle-Aquitaine", "FR", "grant", "3000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "infravia-salindres-gallium",
        "InfraVia Capital Partners will invest €50m in a gallium recovery plant at Salindres",
        _c("InfraVia Capital Partners", "FR", "equity", "50000000", "EUR", minerals=["gallium"]),
    ),
    _m(
        "norrlandsfonden-kronor",
        "Norrlandsfonden lends 8 million kronor to a graphite processing start-up in Luleå",
        _c("Norrlandsfonden", "SE", "loan", "8000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "almi-vasteras-recycling",
        "Almi Invest puts SEK 5m into a battery metals recycling start-up in Västerås",
        _c("Almi Invest", "SE", "equity", "5000000", "SEK"),
    ),
    _m(
        "alecta-withdrawn",
        "Alecta pulled out of its SEK 400 million investment in a graphite anode plant in Sundsvall",
        _c("Alecta", "SE", "equity", "400000000", "SEK", status="withdrawn"),
    ),
    _m(
        "sparebank1-senja",
        "SpareBank 1 Nord-Norge lends NOK 150 million to a graphite mine on Senja",
        _c("SpareBank 1 Nord-Norge", "NO", "loan", "150000000", "NOK", minerals=["graphite"]),
    ),
    _m(
        "innovation-norway-grant-and-loan",
        "Innovation Norway will grant NOK 20 million and lend NOK 60 million to a rare earth separation "
        "start-up at Herøya",
        _c("Innovation Norway", "NO", "grant", "20000000", "NOK", minerals=["rare-earths"]),
        _c("Innovation Norway", "NO", "loan", "60000000", "NOK", minerals=["rare-earths"]),
    ),
    _m(
        "oma-hedge-to-commitment",
        "Oma Säästöpankki could lend... no, it has signed: it will lend as much as €6m to a nickel "
        "sulphate start-up in Kokkola",
        _c("Oma Säästöpankki", "FI", "loan", "6000000", "EUR", minerals=["nickel"], **_CEIL),
    ),
    _m(
        "mfb-debrecen",
        "MFB lends HUF 9 billion to a graphite anode plant in Debrecen",
        _c("MFB", "HU", "loan", "9000000000", "HUF"),
    ),
    _m(
        "bank-muscat-smelter",
        "Bank Muscat lends OMR 20 million to a copper smelter in Liwa",
        _c("Bank Muscat", "OM", "loan", "20000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "bdc-botswana-selebi",
        "Botswana Development Corporation puts BWP 150 million into a copper smelter at Selebi Phikwe",
        _c(
            "Botswana Development Corporation",
            "BW",
            "equity",
            "150000000",
            "BWP",
            minerals=["copper"],
        ),
    ),
    _m(
        "miif-ewoyaa",
        "Ghana's Minerals Income Investment Fund takes a $25m stake in the Ewoyaa lithium project",
        _c(
            "Minerals Income Investment Fund",
            "GH",
            "equity",
            "25000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "stanbic-zambia-solwezi",
        "Stanbic Bank Zambia lends ZMW 600 million to a copper mine in Solwezi",
        _c("Stanbic Bank Zambia", "ZM", "loan", "600000000", "ZMW", minerals=["copper"]),
    ),
    _m(
        "crdb-lindi-graphite",
        "CRDB Bank lends TZS 120 billion to a graphite mine in Lindi",
        _c("CRDB Bank", "TZ", "loan", "120000000000", "TZS", minerals=["graphite"]),
    ),
    _m(
        "halyk-tenge-tungsten",
        "Halyk Bank lends 45 billion tenge to a tungsten mine in the Karaganda region",
        _c("Halyk Bank", "KZ", "loan", "45000000000", "KZT", minerals=["tungsten"]),
    ),
    _m(
        "taukensamruk-komir-mou",
        "Tau-Ken Samruk and KOMIR signed an MoU on tungsten supply",
        _c("Tau-Ken Samruk", "KZ", "mou", counterparty="KOMIR", minerals=["tungsten"]),
        _c("KOMIR", "KR", "mou", counterparty="Tau-Ken Samruk", minerals=["tungsten"]),
    ),
    _m(
        "ipoteka-almalyk",
        "Ipoteka Bank lends UZS 300 billion to Almalyk MMC for its copper concentrator",
        _c(
            "Ipoteka Bank",
            "UZ",
            "loan",
            "300000000000",
            "UZS",
            counterparty="Almalyk MMC",
            minerals=["copper"],
        ),
    ),
    _m(
        "bidv-lai-chau-dong",
        "BIDV lends 3,200 billion dong to a rare earth processing plant in Lai Chau",
        _c("BIDV", "VN", "loan", "3200000000000", "VND", minerals=["rare-earths"]),
    ),
    _m(
        "dbp-surigao-nickel",
        "Development Bank of the Philippines lends ₱2.5 billion to a nickel processing plant in Surigao",
        _c(
            "Development Bank of the Philippines",
            "PH",
            "loan",
            "2500000000",
            "PHP",
            minerals=["nickel"],
        ),
    ),
    _m(
        "mandiri-konawe-nickel",
        "Bank Mandiri lends Rp 4 trillion to a nickel smelter in Konawe",
        _c("Bank Mandiri", "ID", "loan", "4000000000000", "IDR", minerals=["nickel"]),
    ),
    _m(
        "bancolombia-antioquia",
        "Bancolombia lends COP 150,000 million to a copper mine in Antioquia",
        _c("Bancolombia", "CO", "loan", "150000000000", "COP", minerals=["copper"]),
    ),
    _m(
        "pichincha-ecuador-copper",
        "Banco Pichincha lends $40 million to a copper mine in southern Ecuador",
        _c("Banco Pichincha", "EC", "loan", "40000000", "USD", minerals=["copper"]),
    ),
    _m(
        "kiwibank-auckland",
        "kiwibank lends $8m to a rare earth magnet recycler in Auckland 🥝",
        _c("Kiwibank", "NZ", "loan", "8000000", "NZD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "esun-hsinchu-gallium",
        "E.SUN Bank lends $900 million to a gallium nitride wafer maker in Hsinchu",
        _c("E.SUN Bank", "TW", "loan", "900000000", "TWD", minerals=["gallium"], **_INFERRED),
    ),
    _m(
        "bea-tungsten-trader",
        "Bank of East Asia lends $300m to a tungsten trader in Kowloon",
        _c("Bank of East Asia", "HK", "loan", "300000000", "HKD", **_INFERRED),
    ),
    _m(
        "dbs-batam-nickel",
        "DBS provides S$120 million in financing to a nickel refinery on Batam",
        _c("DBS", "SG", "loan", "120000000", "SGD", minerals=["nickel"]),
    ),
    # --- (5) several actors, two deals, bullets, wires, corrections and money in many forms ---
    _m(
        "nordic-newsletter-bullets",
        "📰 *Week in minerals finance*\n"
        "• Swedbank lends SEK 300m to a graphite anode plant in Piteå\n"
        "• Nordea guarantees €40m of a loan to a copper smelter in Pori\n"
        "• DNB takes a NOK 100 million stake in a nickel refinery in Kristiansand",
        _c("Swedbank", "SE", "loan", "300000000", "SEK"),
        _c("Nordea", "FI", "guarantee", "40000000", "EUR", minerals=["copper"]),
        _c("DNB", "NO", "equity", "100000000", "NOK", minerals=["nickel"]),
    ),
    _m(
        "from-the-wires-japan",
        "From the wires:\n"
        "- Mizuho lends $200m to a lithium hydroxide refinery in Western Australia\n"
        "- SMBC guarantees ¥15bn of a loan to a copper smelter on Naoshima",
        _c(
            "Mizuho",
            "JP",
            "loan",
            "200000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
        _c("SMBC", "JP", "guarantee", "15000000000", "JPY", minerals=["copper"]),
    ),
    _m(
        "nmg-two-deals-received",
        "Nouveau Monde Graphite gets a $150m loan from EDC and a C$50 million equity investment from "
        "Investissement Québec",
        _c(
            "EDC",
            "CA",
            "loan",
            "150000000",
            "CAD",
            counterparty="Nouveau Monde Graphite",
            **_INFERRED,
        ),
        _c(
            "Investissement Québec",
            "CA",
            "equity",
            "50000000",
            "CAD",
            counterparty="Nouveau Monde Graphite",
        ),
    ),
    _m(
        "sumitomo-jogmec-together",
        "Sumitomo Corporation and JOGMEC will together put $220m into a rare earth project in Western "
        "Australia",
        _c(
            "Sumitomo Corporation",
            "JP",
            "equity",
            "220000000",
            "USD",
            minerals=["rare-earths"],
            **_USD_NOT_INFERRED,
        ),
        _c("JOGMEC", "JP", "equity", minerals=["rare-earths"]),
    ),
    _m(
        "anz-westpac-nab-each",
        "ANZ, Westpac and NAB each lend A$100 million to a lithium hydroxide refinery at Kemerton",
        _c("ANZ", "AU", "loan", "100000000", "AUD", minerals=["lithium"]),
        _c("Westpac", "AU", "loan", "100000000", "AUD", minerals=["lithium"]),
        _c("NAB", "AU", "loan", "100000000", "AUD", minerals=["lithium"]),
    ),
    _m(
        "santander-cesce-loan-guarantee",
        "Santander will lend €60m to a lithium refinery in Extremadura; CESCE will guarantee €45m of it",
        _c("Santander", "ES", "loan", "60000000", "EUR", minerals=["lithium"]),
        _c("CESCE", "ES", "guarantee", "45000000", "EUR"),
    ),
    _m(
        "caixa-actor-correction",
        "Banco do Brasil? no, it's Caixa: it will lend R$200m to a rare earth clay project in Goiás",
        _c("Caixa", "BR", "loan", "200000000", "BRL", minerals=["rare-earths"]),
    ),
    _m(
        "mercuria-counterparty-fix",
        "Mercuria agreed to buy cobalt from Gécamines... no, from ERG",
        _c("Mercuria", "CH", "offtake", counterparty="ERG", minerals=["cobalt"]),
    ),
    _m(
        "lx-yonhap-tuesday",
        "SEOUL, June 17 (Yonhap) -- LX International will buy nickel from an Indonesian miner under a "
        "five-year deal, the company said Tuesday.",
        _c("LX International", "KR", "offtake", minerals=["nickel"], announced_on=_D17),
    ),
    _m(
        "coal-india-wire-thursday",
        "MUMBAI, June 19 (Reuters) - Coal India will spend $200 million on lithium blocks in Chile, it "
        "said on Thursday.",
        _c(
            "Coal India",
            "IN",
            "equity",
            "200000000",
            "USD",
            minerals=["lithium"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "antam-karawang-wednesday",
        "JAKARTA, June 18 (Reuters) - Antam signed an agreement on Wednesday to supply nickel to a "
        "battery plant in Karawang",
        _c("Antam", "ID", "offtake", minerals=["nickel"], announced_on=_D18),
    ),
    _m(
        "lbbw-en-dash-range",
        "LBBW lends €15–20 million to a gallium recovery line in Heilbronn",
        _c("LBBW", "DE", "loan", "20000000", "EUR", minerals=["gallium"], **_CEIL),
    ),
    _m(
        "im-bank-between-range",
        "iM Bank will lend between ₩30bn and ₩50bn to a cathode precursor plant in Gumi",
        _c("iM Bank", "KR", "loan", "50000000000", "KRW", **_CEIL),
    ),
    _m(
        "wa-iaf-up-to",
        "Western Australia's Investment Attraction Fund will provide up to A$100m in grants for "
        "downstream lithium processing",
        _c(
            "Investment Attraction Fund",
            "AU",
            "grant",
            "100000000",
            "AUD",
            minerals=["lithium"],
            **_CEIL,
        ),
    ),
    _m(
        "vinnova-as-much-as",
        "Vinnova will grant as much as SEK 40 million to a rare earth magnet recycling consortium in Uppsala",
        _c("Vinnova", "SE", "grant", "40000000", "SEK", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "orion-hyphen-range-emoji",
        "🚨 Orion Resource Partners will put $60-80m into a copper mine in Arizona",
        _c("Orion Resource Partners", "US", "equity", "80000000", "USD", minerals=["copper"], **_CEIL),
    ),
    _m(
        "socgen-number-words",
        "Société Générale will lend forty million euros to Imerys for its lithium mine in the Allier",
        _c(
            "Société Générale",
            "FR",
            "loan",
            "40000000",
            "EUR",
            counterparty="Imerys",
            minerals=["lithium"],
        ),
    ),
    _m(
        "kic-half-a-billion",
        "Korea Investment Corporation will invest half a billion dollars in a critical minerals fund",
        _c(
            "Korea Investment Corporation",
            "KR",
            "equity",
            "500000000",
            "USD",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "psp-seventy-five-million",
        "PSP Investments will put seventy-five million dollars into a nickel mine in Nunavik",
        _c("PSP Investments", "CA", "equity", "75000000", "CAD", minerals=["nickel"], **_INFERRED),
    ),
    _m(
        "serv-iso-after",
        "SERV guarantees 45 million CHF of a loan to a tungsten mine in Austria",
        _c("SERV", "CH", "guarantee", "45000000", "CHF", minerals=["tungsten"]),
    ),
    _m(
        "atradius-lowercase-iso",
        "atradius dsb guarantees eur 12m of a loan to a copper recycler in Gdańsk",
        _c("Atradius DSB", "NL", "guarantee", "12000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "nz-super-nzd",
        "NZ Super Fund puts NZ$40m into a copper mine in Chile",
        _c("NZ Super Fund", "NZ", "equity", "40000000", "NZD", minerals=["copper"]),
    ),
    _m(
        "dah-sing-hkd",
        "Dah Sing Bank lends HK$500 million to a copper recycler in the New Territories",
        _c("Dah Sing Bank", "HK", "loan", "500000000", "HKD", minerals=["copper"]),
    ),
    _m(
        "taishin-ntd",
        "Taishin Bank lends NT$3bn to a rare earth magnet plant in Kaohsiung",
        _c("Taishin Bank", "TW", "loan", "3000000000", "TWD", minerals=["rare-earths"]),
    ),
    _m(
        "canara-cr-hindustan-copper",
        "Canara Bank sanctions Rs 2,500 cr to Hindustan Copper for its Malanjkhand expansion",
        _c(
            "Canara Bank",
            "IN",
            "loan",
            "25000000000",
            "INR",
            counterparty="Hindustan Copper",
        ),
    ),
    _m(
        "pnb-union-two-sentences",
        "Punjab National Bank lends ₹600 crore to a lithium refinery in Gujarat. Union Bank of India "
        "adds ₹250 crore.",
        _c("Punjab National Bank", "IN", "loan", "6000000000", "INR", minerals=["lithium"]),
        _c("Union Bank of India", "IN", "loan", "2500000000", "INR"),
    ),
    _m(
        "smtb-last-friday",
        "Missed this: Sumitomo Mitsui Trust Bank lent ¥7bn to a nickel refinery in Ehime last Friday",
        _c(
            "Sumitomo Mitsui Trust Bank",
            "JP",
            "loan",
            "7000000000",
            "JPY",
            minerals=["nickel"],
            announced_on=_D13,
        ),
    ),
    _m(
        "nippon-life-yesterday-fund",
        "Nippon Life invested $150 million in a copper royalty fund yesterday",
        _c(
            "Nippon Life",
            "JP",
            "equity",
            "150000000",
            "USD",
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "ivanhoe-zijin-lowercase",
        "ok so ivanhoe mines signed to sell copper concentrate to zijin mining this morning 👀",
        _c(
            "Ivanhoe Mines",
            "CA",
            "offtake",
            counterparty="Zijin Mining",
            minerals=["copper"],
            announced_on=_D20,
        ),
    ),
    _m(
        "toyota-tsusho-tuesday-mou",
        "Tuesday: Toyota Tsusho signed an MoU with Namibia's Epangelo Mining on lithium",
        _c(
            "Toyota Tsusho",
            "JP",
            "mou",
            counterparty="Epangelo Mining",
            minerals=["lithium"],
            announced_on=_D17,
        ),
    ),
    _m(
        "aramco-maaden-jointly",
        "Aramco and Ma'aden jointly put $400m into a lithium extraction pilot in the Eastern Province",
        _c(
            "Aramco",
            "SA",
            "equity",
            "400000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
        _c("Ma'aden", "SA", "equity", minerals=["lithium"]),
    ),
    _m(
        "hyundai-codelco-mou",
        "Hyundai Motor signed an MoU with Codelco on copper for EV motors",
        _c("Hyundai Motor", "KR", "mou", counterparty="Codelco", minerals=["copper"]),
    ),
    _m(
        "ford-vale-indonesia-price",
        "Ford will buy US$300 million of nickel from PT Vale Indonesia",
        _c(
            "Ford",
            "US",
            "offtake",
            "300000000",
            "USD",
            counterparty="PT Vale Indonesia",
            minerals=["nickel"],
        ),
    ),
    _m(
        "tesla-liontown-passive",
        "Lithium concentrate from Liontown Resources will be bought by Tesla",
        _c("Tesla", "US", "offtake", counterparty="Liontown Resources", minerals=["lithium"]),
    ),
    _m(
        "cba-binding-nt",
        "Commonwealth Bank signed a binding agreement to lend A$70m to a rare earths refinery in the "
        "Northern Territory",
        _c(
            "Commonwealth Bank",
            "AU",
            "loan",
            "70000000",
            "AUD",
            minerals=["rare-earths"],
            status="binding",
        ),
    ),
    _m(
        "bnp-withdrawn-portugal",
        "BNP Paribas pulled out of its €120 million loan to a lithium mine in Portugal",
        _c("BNP Paribas", "FR", "loan", "120000000", "EUR", minerals=["lithium"], status="withdrawn"),
    ),
    _m(
        "mufg-yesterday-peru",
        "MUFG lent $400m to a copper mine in Peru yesterday",
        _c(
            "MUFG",
            "JP",
            "loan",
            "400000000",
            "USD",
            minerals=["copper"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "gib-usd-after",
        "Gulf International Bank lends 45 million USD to a copper smelter in Jubail",
        _c("Gulf International Bank", "BH", "loan", "45000000", "USD", minerals=["copper"]),
    ),
    _m(
        "ukef-loi-wales",
        "UKEF issued a letter of interest for up to £200m to a graphite anode plant in Wales",
        _c("UKEF", "GB", "letter-of-interest", "200000000", "GBP", **_CEIL),
    ),
    _m(
        "kabil-thread-correction",
        "↳ replying to Priya: small correction, KABIL's stake in the Argentine lithium blocks is ₹200 "
        "crore, not ₹20 crore",
        _c("KABIL", "IN", "equity", "2000000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "ecobank-ghana-nsuta",
        "Ecobank Ghana lends GHS 300 million to a manganese mine at Nsuta",
        _c("Ecobank Ghana", "GH", "loan", "300000000", "GHS", minerals=["manganese"]),
    ),
    _m(
        "kcb-mrima-hill",
        "KCB lends KES 2 billion to a rare earth project at Mrima Hill",
        _c("KCB", "KE", "loan", "2000000000", "KES", minerals=["rare-earths"]),
    ),
    _m(
        "vietcombank-thai-nguyen",
        "Vietcombank lends 1,800 billion dong to a tungsten plant in Thai Nguyen",
        _c("Vietcombank", "VN", "loan", "1800000000000", "VND", minerals=["tungsten"]),
    ),
    _m(
        "banco-nacion-catamarca",
        "Banco Nación lends ARS 30,000 million to a lithium brine project in Catamarca",
        _c("Banco Nación", "AR", "loan", "30000000000", "ARS", minerals=["lithium"]),
    ),
    _m(
        "rsk-kutessay",
        "RSK Bank lends KGS 900 million to a rare earth deposit at Kutessay",
        _c("RSK Bank", "KG", "loan", "900000000", "KGS", minerals=["rare-earths"]),
    ),
    _m(
        "irel-vizag-magnets",
        "IREL will spend ₹1,000 crore on a rare earth magnet plant in Visakhapatnam",
        _c("IREL", "IN", "equity", "10000000000", "INR", minerals=["rare-earths"]),
    ),
    _m(
        "cez-cinovec-czk",
        "ČEZ will spend CZK 2 billion on a lithium mine at Cínovec",
        _c("ČEZ", "CZ", "equity", "2000000000", "CZK", minerals=["lithium"]),
    ),
    # --- (6) messages that hold no commitment ---
    _m(
        "q-jbic-zambia",
        "anyone know whether JBIC is really lending to that Zambian copper mine, or was it only the "
        "Nikkei scoop? 🤔",
    ),
    _m(
        "rumour-glencore-kazakh",
        "rumour mill: Glencore wants a piece of a Kazakh tungsten mine. nothing signed, nothing filed",
    ),
    _m(
        "recall-kfw-2021",
        "for context, KfW lent €90m to a lithium refinery in Saxony-Anhalt back in 2021",
    ),
    _m(
        "vale-denial",
        "Vale denied a report that it plans to sell its stake in PT Vale Indonesia.",
    ),
    _m(
        "edc-no-comment",
        "EDC declined to comment on whether it will finance the Ring of Fire road.",
    ),
    _m(
        "if-seoul-restricts",
        "If Seoul were to restrict graphite anode exports, POSCO Future M would take the biggest hit.",
    ),
    _m(
        "lithium-futures-down",
        "lithium carbonate down another 3% on Guangzhou futures today 📉",
    ),
    _m(
        "reminder-komir-call",
        "reminder: the KOMIR call moved to 3pm KST, dial-in is in the calendar invite",
    ),
    _m(
        "thanks-thread",
        "thanks both, super helpful 🙏",
    ),
    _m(
        "alb-premarket",
        "ALB +7% premarket on the Chile royalty headlines",
    ),
    _m(
        "mitsubishi-materials-not-decided",
        "Mitsubishi Materials has not decided whether to join the financing for the Peruvian copper smelter.",
    ),
    _m(
        "sumitomo-no-plans",
        "Sumitomo Corporation says it has no plans to sell its Ambatovy nickel stake.",
    ),
    _m(
        "igo-seeking-buyer",
        "IGO is seeking a buyer for its stake in the Kwinana lithium hydroxide refinery.",
    ),
    _m(
        "spodumene-floor",
        "spodumene SC6 looks like it found a floor around $600/t, per the Fastmarkets note",
    ),
    _m(
        "canberra-could-lynas",
        "Canberra could lend Lynas more money for Kalgoorlie, sources say.",
    ),
    _m(
        "pif-might-reko-diq",
        "PIF might buy into Reko Diq if Barrick agrees to sell down, per the FT",
    ),
    _m(
        "nmdc-wont-say",
        "NMDC won't say whether it will bid for the Chilean lithium blocks.",
    ),
    _m(
        "bb-not-lending",
        "Banco do Brasil is not lending to the Jequitinhonha lithium mine after all.",
    ),
    _m(
        "hyundai-scrapped",
        "Hyundai Motor scrapped a planned stake in an Indonesian nickel smelter before any money was "
        "committed.",
    ),
    _m(
        "link-cobalt-explainer",
        "good explainer on the cobalt ban: https://www.ft.com/content/congo-cobalt-export-ban",
    ),
    _m(
        "analysis-separation-share",
        "big picture: China still does ~90% of rare earth separation, so nothing this week moves that "
        "needle before 2028",
    ),
    _m(
        "recall-dfc-2023",
        "Recall that in 2023 the DFC put $50m into a graphite mine in Tanzania.",
    ),
    _m(
        "would-finnvera-if",
        "Would Finnvera guarantee the Terrafame expansion if the EU money falls through?",
    ),
    _m(
        "aktia-ignore",
        "hearing Aktia is lending to a Finnish graphite start-up... actually not sure it was Aktia, ignore "
        "until confirmed",
    ),
    _m(
        "guinea-bauxite",
        "Guinea bauxite exports hit a record in May, per customs data",
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "jbic-antofagasta-concentrator",
        "JBIC to lend $400 million for Chilean copper concentrator",
        [
            "TOKYO, June 19 (Reuters) - JBIC will lend $400 million to expand a copper concentrator in "
            "Chile's Antofagasta region, the state lender said on Thursday.",
            "The loan is part of a $1.1 billion package that also includes commercial banks, which were "
            "not named.",
            '"This $400 million loan secures copper for Japanese smelters for the next decade," a JBIC '
            "official told reporters.",
            "In 2018 JBIC lent $300 million to another copper mine in the same region.",
            "Copper prices have risen about 10% this year on worries about mine supply.",
        ],
        _c(
            "JBIC",
            "JP",
            "loan",
            "400000000",
            "USD",
            minerals=["copper"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "iq-nemaska-becancour",
        "Investissement Québec puts C$60 million into Nemaska Lithium",
        [
            "MONTREAL, June 16 (Reuters) - Investissement Québec will invest C$60 million in Nemaska "
            "Lithium to help it finish its lithium hydroxide plant in Bécancour, the provincial agency "
            "said on Monday.",
            "The money comes as new equity, and the agency's share of the company stays at half.",
            '"Our C$60 million investment keeps Quebec lithium processed in Quebec," Investissement '
            "Québec's chief executive said.",
            "In 2022 Investissement Québec and its partner restarted the project after it had sat idle "
            "for three years.",
            "The plant is expected to ship its first lithium hydroxide in 2026.",
        ],
        _c(
            "Investissement Québec",
            "CA",
            "equity",
            "60000000",
            "CAD",
            counterparty="Nemaska Lithium",
            minerals=["lithium"],
            announced_on=_D16,
        ),
    ),
    _a(
        "nrfc-richmond-vanadium",
        "National Reconstruction Fund Corporation lends A$50 million to Queensland vanadium project",
        [
            "BRISBANE, June 18 (AAP) - The National Reconstruction Fund Corporation will lend A$50 "
            "million to a vanadium mine and processing plant near Richmond in north-west Queensland, the "
            "fund said on Wednesday.",
            "The ten-year loan sits beside a A$30 million grant that Canberra approved for the project "
            "in 2023.",
            '"The A$50 million loan brings a Queensland vanadium industry a step closer," the National '
            "Reconstruction Fund Corporation's chief executive said.",
            "Vanadium is used to strengthen steel and in flow batteries for grid storage.",
            "The developer expects first production in 2027.",
        ],
        _c(
            "National Reconstruction Fund Corporation",
            "AU",
            "loan",
            "50000000",
            "AUD",
            minerals=["vanadium"],
            announced_on=_D18,
        ),
    ),
    _a(
        "kfw-bitterfeld-stake",
        "KfW takes €150 million stake in German lithium refinery",
        [
            "FRANKFURT, 16 June 2025 - KfW will take a €150 million stake in a lithium hydroxide "
            "refinery in Bitterfeld-Wolfen, the state development bank said, the first deal of "
            "Germany's raw materials fund.",
            "KfW runs the fund for the federal government, which set it up with €1 billion in 2024.",
            '"With this €150 million we keep lithium processing in Germany," a KfW board member said.',
            "The refinery plans to produce 24,000 tonnes of lithium hydroxide a year from 2027.",
            "Its owner has also applied for support under the EU's Critical Raw Materials Act.",
        ],
        _c(
            "KfW",
            "DE",
            "equity",
            "150000000",
            "EUR",
            minerals=["lithium"],
            announced_on=_D16,
        ),
    ),
    _a(
        "gmdc-ambaji-rare-earths",
        "GMDC to spend ₹500 crore on rare earth plant in Gujarat",
        [
            "AHMEDABAD, June 18 (PTI) - GMDC will spend ₹500 crore on a rare earth processing plant "
            "near Ambaji, the state-run miner said on Wednesday.",
            "The plant will treat material from deposits that GMDC drilled between 2019 and 2023.",
            '"The ₹500 crore plant is our first step towards magnets made in Gujarat," GMDC\'s managing '
            "director said.",
            "In 2021 GMDC signed an agreement with a government research institute to study the deposit.",
            "India imports almost all of its rare earth magnets from China.",
        ],
        _c(
            "GMDC",
            "IN",
            "equity",
            "5000000000",
            "INR",
            minerals=["rare-earths"],
            announced_on=_D18,
        ),
    ),
    _a(
        "manara-chile-copper",
        "Manara Minerals buys 10% of Chilean copper mine for $900 million",
        [
            "RIYADH, June 17 (Reuters) - Manara Minerals will pay $900 million for a 10% stake in a "
            "copper mine in northern Chile, the company said on Tuesday.",
            "Manara Minerals is owned by Ma'aden and the Public Investment Fund.",
            '"This $900 million investment gives the kingdom copper for decades," Manara Minerals\' '
            "chief executive said.",
            "In 2023 Manara Minerals agreed to buy 10% of Vale Base Metals for $2.6 billion.",
            "The mine's majority owner will keep running the operation.",
        ],
        _c(
            "Manara Minerals",
            "SA",
            "equity",
            "900000000",
            "USD",
            minerals=["copper"],
            announced_on=_D17,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "congo-cobalt-ban-extended",
        "Congo extends cobalt export ban by three months",
        [
            "KINSHASA, June 20 (Reuters) - The Democratic Republic of Congo extended its ban on cobalt "
            "exports by three months on Friday, the country's strategic minerals regulator said.",
            "The regulator said stocks held abroad were still too high for prices to recover.",
            '"The ban on cobalt exports will now stay in place until September," a regulator official said.',
            "In 2023 Congo mined roughly three quarters of the world's cobalt.",
            "Traders said cobalt hydroxide prices rose after the decision.",
        ],
        _c("CD", "CD", "export-control", minerals=["cobalt"], announced_on=_D20),
    ),
    _a(
        "doe-san-marcos-magnets",
        "Department of Energy awards $50 million for Texas rare earth magnet plant",
        [
            "WASHINGTON, June 17 (Reuters) - The Department of Energy awarded a $50 million grant to "
            "Noveon Magnetics for its rare earth magnet plant in San Marcos, Texas, the department said "
            "on Tuesday.",
            "The Texas Enterprise Fund will add a $4 million grant for the same plant, the governor's "
            "office said.",
            '"This $50 million grant brings magnet making back to America," the Energy Secretary said.',
            "In 2022 the Department of Energy awarded $2.8 billion in grants for battery materials "
            "plants across the country.",
            "Noveon makes sintered magnets partly from recycled material.",
        ],
        _c(
            "Department of Energy",
            "US",
            "grant",
            "50000000",
            "USD",
            counterparty="Noveon Magnetics",
            minerals=["rare-earths"],
            announced_on=_D17,
        ),
        _c("Texas Enterprise Fund", "US", "grant", "4000000", "USD", announced_on=_D17),
    ),
    _a(
        "mitsubishi-jx-peru-each",
        "Mitsubishi Corporation and JX Advanced Metals each buy 10% of Peruvian copper mine",
        [
            "TOKYO, June 16 (Kyodo) - Mitsubishi Corporation and JX Advanced Metals will each pay $350 "
            "million for a 10% stake in a copper mine in southern Peru, the companies said on Monday.",
            "The mine's operator keeps the remaining 80% and will go on running it.",
            '"Each of us is putting $350 million into Peruvian copper," a Mitsubishi Corporation '
            "executive said.",
            "In 2019 Mitsubishi Corporation sold a smaller copper stake in Chile to a Canadian miner.",
            "Japan imports nearly all of the copper concentrate its smelters use.",
        ],
        _c(
            "Mitsubishi Corporation",
            "JP",
            "equity",
            "350000000",
            "USD",
            minerals=["copper"],
            announced_on=_D16,
            **_USD_NOT_INFERRED,
        ),
        _c(
            "JX Advanced Metals",
            "JP",
            "equity",
            "350000000",
            "USD",
            minerals=["copper"],
            announced_on=_D16,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "business-finland-harjavalta",
        "Business Finland awards €15 million to cobalt recovery start-up",
        [
            "HELSINKI, June 19 (STT) - Business Finland has awarded a €15 million grant to a cobalt "
            "recovery start-up that is building a plant in Harjavalta, the innovation agency said on "
            "Thursday.",
            "The start-up recovers cobalt and nickel from spent battery material.",
            '"Our €15 million grant helps turn Finnish battery waste into cobalt," a Business Finland '
            "director said.",
            "In 2021 Business Finland funded a national battery research programme with €30 million.",
            "The plant is due to start operating in 2026.",
        ],
        _c(
            "Business Finland",
            "FI",
            "grant",
            "15000000",
            "EUR",
            minerals=["cobalt"],
            announced_on=_D19,
        ),
    ),
    _a(
        "posco-future-m-black-rock-no-dateline",
        "POSCO Future M signs binding graphite supply deal with Black Rock Mining",
        [
            "POSCO Future M has signed a binding agreement to buy natural graphite from Black Rock "
            "Mining, the Korean battery materials maker said.",
            "The deal covers 30,000 tonnes a year for ten years from a mine in Tanzania.",
            '"This binding agreement gives us graphite from outside China," a POSCO Future M '
            "spokesperson said.",
            "In 2022 POSCO Future M took a stake in the company that owns the mine.",
            "Korean battery makers have been cutting their use of Chinese graphite under US tax credit "
            "rules.",
        ],
        _c(
            "POSCO Future M",
            "KR",
            "offtake",
            counterparty="Black Rock Mining",
            minerals=["graphite"],
            status="binding",
        ),
    ),
    _a(
        "jakarta-nickel-analysis-no-draft",
        "Analysis: Indonesia reviews its nickel policy as prices slump",
        [
            "JAKARTA, June 19 (Reuters) - Indonesia has not decided whether to raise nickel royalties "
            "again, officials said, after prices fell to five-year lows.",
            "The government could put a levy on nickel pig iron exports later this year, two people "
            "familiar with the matter said.",
            "In 2020 Indonesia banned exports of nickel ore, drawing billions of dollars of smelter "
            "investment.",
            "The energy ministry declined to comment on the review.",
            "Smelter operators said any new levy would squeeze margins that low prices have already thinned.",
        ],
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-29"

# Filled in by the lead after the one scoring run (2026-12-02, 01:47 UTC, on round 24 as merged at
# 9755c97: 196 of 211 exact); the cases stay as written. Untuned: the next round's guide.
BLIND29_MISSES: dict[str, str] = {
    "b29-proterial-lynas-malaysia": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths']"
    ),
    "b29-posco-argentina-hydroxide": "commitment 0 instrument: expected 'equity', got 'offtake'",
    "b29-mp-texas-magnets": "commitment 0 instrument: expected 'equity', got 'other'",
    "b29-lynas-kalgoorlie-announced": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths']"
    ),
    "b29-attero-crore-words": "commitment 0 instrument: expected 'equity', got 'other'",
    "b29-australia-floor-price": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths']"
    ),
    "b29-italy-golden-power": "commitment 0 instrument: expected 'investment-screening', got 'equity'",
    "b29-argentina-duty-cut": "expected 1 commitments, got 0 (rejected: ['no commitment verb: AR/tariff'])",
    "b29-nohfc-frontier-lithium": "commitment 0 actor_country: expected 'CA', got None (+2 more)",
    "b29-nmg-two-deals-received": "commitment 1 counterparty: expected 'Nouveau Monde Graphite', got None",
    "b29-caixa-actor-correction": (
        "expected 1 commitments, got 0 (rejected: ['question: Banco do Brasil/None', 'no actor: …"
    ),
    "b29-coal-india-wire-thursday": "commitment 0 instrument: expected 'equity', got 'other'",
    "b29-im-bank-between-range": "commitment 0 actor: expected 'iM Bank', got 'Bank'",
    "b29-atradius-lowercase-iso": "commitment 0 actor: expected 'Atradius DSB', got 'Atradius'",
    "b29-ivanhoe-zijin-lowercase": "commitment 0 counterparty: expected 'Zijin Mining', got None",
}
