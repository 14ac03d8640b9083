"""Blind batch 23 ("set": "blind-23"): written on 2026-12-01 (06:58-07:06 UTC) from the sentences
alone, before the reader was run on them, by a helper (worktree blind23) who had not read the
reader's code, its tables (organisations, currencies, minerals), its rules, the main corpus's cases,
the README, docs/ or any batch's cases beyond those listed here. What was read, and nothing else:
/work/wt/PREAMBLE.md; tests/store/blind_cases.py; the module docstrings (the text before `from
__future__`) of tests/store/extraction_blind14.py to extraction_blind22.py; tests/store/
extraction_blind22.py from its `from __future__` line to line 470 (imports, partials and its first
~45 message cases, for the code format) and lines 1180-1240 (its last article case and footer; that
print overshot into the first four entries of BLIND22_MISSES, four bare-dollar cases whose actor
country came back empty; nothing else of any misses list was seen, and no expectation here was
changed because of it); the instrument vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {"
bot/blockkit/digest.py`; the listing of /work/shared/seeds/ and the first 1,500 characters of its
article; the Makefile's targets. Nothing under store/, handlers/, jobs/ or docs/ was opened. The
file was only imported and linted (ruff check, ruff format, mypy), never run through the reader
before the lead's one scoring run, and never used to tune it. Every sentence was written for this
batch; none is copied or paraphrased from an earlier batch (no earlier batch's cases were read).

What is different about this batch: batches 14 to 22 deliberately used only organisations the
corpus had never named, so they mostly measured small, obscure bodies (about 85% small). This batch
samples the way a real policy team's channel reads instead: the actors are whoever would really act
in critical-minerals news, picked from knowledge of the domain WITHOUT checking whether the corpus
(or /work/wt/used-names.txt) already names them, so names may repeat earlier batches (JBIC, KfW,
Bpifrance, BNDES, JOGMEC, Glencore, POSCO Holdings, Export Finance Australia ...). Of the 179
distinct acting organisations (184 actor strings; EDC and Export Development Canada, UKEF and UK
Export Finance, SBI and State Bank of India, GMDC and Gujarat Mineral Development Corporation, Korea
Eximbank and Export-Import Bank of Korea counted once each), about 92 are well known
(development banks, export-credit agencies, sovereign and state funds, national lenders, majors,
refiners, carmakers, battery makers and trading houses of the G7, the EU, the Nordics, Australia,
Korea, Japan, India, the Gulf, Canada and Brazil) and about 87 are mid-sized or small (regional,
savings, cooperative and shinkin banks, a credit union, state and provincial agencies and funds,
juniors, mid-size traders). Thirteen drafts are by governments named as countries or capitals (ISO
codes). Actor countries: JP 35 drafts, AU 25, CA 23, KR 22, IN 22, US 18, DE 16, FR 13, GB 11, BR
11, AE 8, FI 7, SA 6, SE 5, and 18 others with 1 to 3.

Size: 232 message cases (27 of them, 12%, expect no draft) and 13 article cases (two without a
dateline; 5 to 8 sentences each), 246 expected drafts. Instruments: loan 101, equity 72, offtake
28, grant 19, guarantee 10, mou 5, letter-of-interest 3, stockpile 2, tariff 2, and one each of
price-floor, investment-screening, other and export-control.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday"/"wed" 18
June, "on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13
June; "last week" and "recently" give no expected date; an article's dateline dates its
commitments, a dateline without a year is read in 2025, an article without a dateline has no
expected date) and the same rules as batch 14's docstring and the decisions of batches 15 to 22
(later batches overriding earlier ones: a named government body, agency, council or department is
an organisation with its country; governments named as countries or capitals are ISO codes). A
field a careful analyst could fill two ways is left out (only the fields given are checked; the
actor's country is always checked, so no multilateral lender acts). Statuses come from proposed,
announced, conditional, binding, disbursed, withdrawn.

Decided for this batch (written down so the lead can check):
- Actor names are expected as the sentence writes them, short or long ("EDC" in one case, "Export
  Development Canada" in another; "SBI" and "State Bank of India"; "UKEF" and "UK Export Finance");
  a bracketed short form is the name ("Japan Bank for International Cooperation (JBIC)", "Khanij
  Bidesh India Ltd (KABIL)", "Industrial Development Corporation (IDC)", "US International
  Development Finance Corporation (DFC)", "Swedish Export Credit Agency (EKN)", "Northern
  Australia Infrastructure Facility (NAIF)"), and a legal suffix is dropped ("Rajasthan State Mines
  and Minerals Ltd" -> "Rajasthan State Mines and Minerals"). Lower-case or misspelt names ("finep",
  "marubeni", "aktia", "nmdc", "Mitsbishi Corporation") are expected in their usual spelling.
- Big multinationals act for the country of their head office: Glencore CH, Anglo American GB, BHP
  AU, Vale BR, ING NL, Albemarle US. Groups whose home an analyst could write two ways (Rio Tinto,
  Stellantis, Trafigura) do not act in any case. A fund's or carmaker's unit acts under its own name
  with its own country (Manara Minerals SA, PowerCo DE).
- "The mines/economy ministry said" only reports a sentence whose subject is a country or another
  organisation: the subject acts ("France will build a strategic stockpile ..., the economy ministry
  said" -> FR). Natural Resources Canada, named as the granting body, acts (batch 17's department
  rule); "Canberra", "Ottawa", "Washington" are ISO codes (batch 21).
- "Approved R$500 million in financing", "signed on for C$120 million in financing" and "provide
  $150 million in financing" are loans; "approved a $25 million grant" is a grant; "agreed to lend" a
  loan; "will spend X on" its own plant is equity (batch 14).
- An offtake with a price ("agreed to buy lithium hydroxide from Albemarle for $200 million") has
  that amount; without one it has none (batch 14).
- "Supply anode graphite" names graphite; a "graphite anode plant/materials plant" or "graphite
  anode material" leaves minerals out (batch 22); "NdPr oxide", "niobium" and an "antimony-gold
  project" leave minerals out (spelling not read, or two readings); "heavy rare earth(s)" and "rare
  earth concentrate/oxides" are "rare-earths".
- A metal only in a company's name (Cornish Lithium, Nouveau Monde Graphite, Arafura Rare Earths,
  Companhia Brasileira de Lítio) is not expected (batch 18); where the sentence names the metal
  again ("for its lithium converter", "in a lithium concentrator") it is.
- "The UK signed an MoU with Japan on critical minerals supply chains" is GB's mou with minerals []
  and the counterparty left out ("JP" or "Japan": two readings); "Ma'aden and Ivanhoe Electric
  signed an MoU" gives one each (batch 21).
- "Germany will put €1 billion into a raw materials fund run by KfW" is DE's equity with no minerals
  and no counterparty (batch 15's fund rule); a 25% import tariff by "Washington" is US's tariff.
- A lower-case ISO code ("eur 6m") is that currency. A bare "$" is SGD (inferred) for Temasek, TWD
  (inferred) for King's Town Bank, NZD (inferred) for Kiwibank, CAD or AUD (inferred) for Canadian
  and Australian actors, USD with no flag for US and Panamanian (Banistmo) actors, and USD flagged
  not inferred for Japanese, Korean, Indian, Gulf, Brazilian, French, German and British actors.
  "A$", "C$", "US$", "USD" and other ISO codes are explicit.
- "X and Y jointly invest $N ... the funds did not say how the $N would be split" keeps N on the
  first only; the later mention adds no draft. A headline, lead, quote and later restatement of one
  loan give one draft.
- A background sentence about an earlier year (2018 to 2024) gives nothing in an article, even with
  a commitment verb ("In 2019 the IDC provided R300 million to ...").
- No-draft sentences here: questions, "if X were to", "would ... if", "could ..., sources say",
  "might", "won't say whether", "has not decided", "no decision yet", "no plans", "seeking",
  "scrapped", "denied", "declined to comment", "rumour ... nothing signed", "is not lending ...
  after all", recalls of earlier years, market talk, a reminder, thanks. "In talks", "weighing",
  "considering" and "exploring" appear in no case.
- "From the wires today:" heading two bullets does not date them (batches 17 and 21): no date is
  expected there.
- "X could... no, it has signed: it will lend as much as €30m" is a commitment, ceiling flagged
  (batch 20); "A? no, sorry, B" and "A? no, it's B: it will ..." expect only B (batch 22); "Lacq...
  sorry, in Thionville" corrects only the place.
- A loan or offtake whose plant is "run by"/owned by an unnamed or third party, or comes "from a
  plant/mine/smelter in <place>", leaves the counterparty out, and the actor keeps its own country
  (the wrong-party trap: "Glencore agreed to buy cobalt from a plant in Congo" is Glencore's, CH).
- A proposal "Canberra proposed a A$20 million grant" is AU's grant, status proposed.
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


_m = partial(message_case, "b23-")


_a = partial(article_case, "b23-art-")


_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) well-known lenders, export-credit agencies and state funds ---
    _m(
        "jbic-lioh-wa",
        "JBIC will lend $350 million to a lithium hydroxide refinery in Western Australia.",
        _c("JBIC", "JP", "loan", "350000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "kfw-ipex-copper-hamburg",
        "KfW IPEX-Bank is providing €200m of financing for a copper recycling plant in Hamburg",
        _c("KfW IPEX-Bank", "DE", "loan", "200000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "edc-nickel-becancour",
        "Export Development Canada signed on for C$120 million in financing for a nickel sulphate "
        "plant in Bécancour, per the release this morning",
        _c(
            "Export Development Canada",
            "CA",
            "loan",
            "120000000",
            "CAD",
            minerals=["nickel"],
            announced_on=_D20,
        ),
    ),
    _m(
        "efa-rare-earths-bare-dollar",
        "Export Finance Australia will lend $90m to a rare earths refinery in the Northern Territory",
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "90000000",
            "AUD",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "dfc-graphite-moz",
        "DFC will invest $50m in a graphite mine in Cabo Delgado, Mozambique",
        _c("DFC", "US", "equity", "50000000", "USD", minerals=["graphite"]),
    ),
    _m(
        "us-exim-loi-graphite",
        "The Export-Import Bank of the United States issued a letter of interest for up to $900 "
        "million for a graphite processing facility in Alabama.",
        _c(
            "Export-Import Bank of the United States",
            "US",
            "letter-of-interest",
            "900000000",
            "USD",
            minerals=["graphite"],
            **_CEIL,
        ),
    ),
    _m(
        "ukef-guarantee-teesside",
        "UK Export Finance will guarantee £80m of a loan to a lithium refinery on Teesside",
        _c("UK Export Finance", "GB", "guarantee", "80000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "bpifrance-stake-alsace",
        "Bpifrance takes a €30 million stake in a lithium refinery in Alsace.",
        _c("Bpifrance", "FR", "equity", "30000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "sace-copper-foil",
        "SACE to guarantee €120 million of a loan to a copper foil mill near Brindisi",
        _c("SACE", "IT", "guarantee", "120000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "bndes-rare-earth-goias",
        "BNDES approved R$ 500 million in financing for a rare earth separation plant in Goiás on Tuesday",
        _c(
            "BNDES",
            "BR",
            "loan",
            "500000000",
            "BRL",
            minerals=["rare-earths"],
            announced_on=_D17,
        ),
    ),
    _m(
        "finep-lithium-grant",
        "finep grants R$40 million to a lithium refining pilot in the Jequitinhonha valley",
        _c("Finep", "BR", "grant", "40000000", "BRL", minerals=["lithium"]),
    ),
    _m(
        "kexim-hpal",
        "Korea Eximbank will lend USD 400 million to a nickel HPAL plant in Central Sulawesi",
        _c("Korea Eximbank", "KR", "loan", "400000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
    ),
    _m(
        "ksure-gwangyang",
        "K-SURE will guarantee ₩300 billion of loans for a lithium hydroxide plant in Gwangyang.",
        _c("K-SURE", "KR", "guarantee", "300000000000", "KRW", minerals=["lithium"]),
    ),
    _m(
        "komir-graphite-equity",
        "KOMIR is putting 50 billion won into a graphite miner in Quebec",
        _c("KOMIR", "KR", "equity", "50000000000", "KRW", minerals=["graphite"]),
    ),
    _m(
        "jogmec-thread-heavy-re",
        "replying in thread: yep, JOGMEC confirmed it will invest ¥15bn in a heavy rare earth "
        "separation plant in Malaysia",
        _c("JOGMEC", "JP", "equity", "15000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "dbj-gallium",
        "Development Bank of Japan lends ¥8 billion to a gallium recovery line in Akita",
        _c("Development Bank of Japan", "JP", "loan", "8000000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "cib-graphite",
        "Canada Infrastructure Bank will lend $250 million to a graphite mine in Quebec's Mauricie region",
        _c(
            "Canada Infrastructure Bank",
            "CA",
            "loan",
            "250000000",
            "CAD",
            minerals=["graphite"],
            **_INFERRED,
        ),
    ),
    _m(
        "cgf-lithium-equity",
        "Canada Growth Fund invests $75m in a lithium refinery in Thunder Bay",
        _c("Canada Growth Fund", "CA", "equity", "75000000", "CAD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "cefc-vanadium",
        "The Clean Energy Finance Corporation will put A$60 million into a vanadium mine in "
        "Queensland, it said yesterday.",
        _c(
            "Clean Energy Finance Corporation",
            "AU",
            "equity",
            "60000000",
            "AUD",
            minerals=["vanadium"],
            announced_on=_D19,
        ),
    ),
    _m(
        "naif-rare-earths",
        "Northern Australia Infrastructure Facility (NAIF) lends A$150m to a rare earths project "
        "north of Alice Springs",
        _c("NAIF", "AU", "loan", "150000000", "AUD", minerals=["rare-earths"]),
    ),
    _m(
        "nrf-nickel",
        "National Reconstruction Fund Corporation will invest AUD 40 million in a nickel sulphate "
        "refinery in Kwinana",
        _c(
            "National Reconstruction Fund Corporation",
            "AU",
            "equity",
            "40000000",
            "AUD",
            minerals=["nickel"],
        ),
    ),
    _m(
        "nwf-lithium-uk",
        "The National Wealth Fund is lending £30m to a lithium refinery in Cornwall",
        _c("National Wealth Fund", "GB", "loan", "30000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "ekn-guarantee-graphite",
        "The Swedish Export Credit Agency (EKN) will guarantee SEK 900 million of a loan to a "
        "graphite anode materials plant in Luleå",
        _c("EKN", "SE", "guarantee", "900000000", "SEK"),
    ),
    _m(
        "finnvera-lithium",
        "Finnvera will guarantee €70m of the construction loan for a lithium hydroxide refinery in Kokkola",
        _c("Finnvera", "FI", "guarantee", "70000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "eifo-rare-earth-greenland",
        "EIFO lends DKK 300 million to a rare earth mine in south Greenland.",
        _c("EIFO", "DK", "loan", "300000000", "DKK", minerals=["rare-earths"]),
    ),
    _m(
        "manara-copper-stake",
        "Manara Minerals will take a 10% stake in a copper miner in Zambia for $1.1 billion",
        _c(
            "Manara Minerals",
            "SA",
            "equity",
            "1100000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "sidf-maaden-copper",
        "SIDF will lend SAR 1.5bn to a copper smelter at Ras Al-Khair",
        _c("SIDF", "SA", "loan", "1500000000", "SAR", minerals=["copper"]),
    ),
    _m(
        "mubadala-nickel",
        "Mubadala is investing $200 million in a nickel miner in Brazil, the Abu Dhabi fund said on Monday.",
        _c(
            "Mubadala",
            "AE",
            "equity",
            "200000000",
            "USD",
            minerals=["nickel"],
            announced_on=_D16,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "qia-lithium",
        "QIA puts USD 500m into a US lithium developer",
        _c("QIA", "QA", "equity", "500000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "exim-india-cobalt",
        "Export-Import Bank of India will lend $120 million to a cobalt refinery in Zambia's Copperbelt",
        _c(
            "Export-Import Bank of India",
            "IN",
            "loan",
            "120000000",
            "USD",
            minerals=["cobalt"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "sbi-crore-copper",
        "SBI sanctions ₹2,400 crore for a copper smelter expansion in Gujarat",
        _c("SBI", "IN", "loan", "24000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "kabil-lithium-argentina",
        "KABIL will invest Rs 200 crore in lithium brine blocks in Catamarca, Argentina",
        _c("KABIL", "IN", "equity", "2000000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "ireda-lakh",
        "IREDA is lending ₹450 lakh to a graphite beneficiation unit in Jharkhand",
        _c("IREDA", "IN", "loan", "45000000", "INR", minerals=["graphite"]),
    ),
    _m(
        "bnp-paribas-cobalt",
        "BNP Paribas lends $300m to a cobalt refinery in Finland",
        _c(
            "BNP Paribas",
            "FR",
            "loan",
            "300000000",
            "USD",
            minerals=["cobalt"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "ing-rare-earth",
        "ING will provide a €75 million credit facility to a rare earth magnet plant in Estonia.",
        _c("ING", "NL", "loan", "75000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "cdpq-lithium",
        "CDPQ invests C$200 million in a lithium hydroxide producer in Quebec, the pension fund said today",
        _c(
            "CDPQ",
            "CA",
            "equity",
            "200000000",
            "CAD",
            minerals=["lithium"],
            announced_on=_D20,
        ),
    ),
    _m(
        "cpp-copper-miner",
        "CPP Investments will invest US$600m in a Chilean copper miner",
        _c(
            "CPP Investments",
            "CA",
            "equity",
            "600000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "mufg-nickel",
        "MUFG is lending 45 billion yen to a nickel refinery in the Philippines",
        _c("MUFG", "JP", "loan", "45000000000", "JPY", minerals=["nickel"]),
    ),
    _m(
        "kdb-antimony",
        "KDB will lend ₩120bn to an antimony smelter in Korea, the bank announced yesterday",
        _c(
            "KDB",
            "KR",
            "loan",
            "120000000000",
            "KRW",
            minerals=["antimony"],
            status="announced",
            announced_on=_D19,
        ),
    ),
    # --- (2) well-known miners, refiners, carmakers and trading houses ---
    _m(
        "posco-pilbara-offtake",
        "POSCO Holdings agreed to buy lithium concentrate from Pilbara Minerals",
        _c(
            "POSCO Holdings",
            "KR",
            "offtake",
            None,
            minerals=["lithium"],
            counterparty="Pilbara Minerals",
        ),
    ),
    _m(
        "lges-syrah-offtake",
        "LG Energy Solution agreed to take 50,000 tonnes of natural graphite from Syrah Resources "
        "over five years",
        _c(
            "LG Energy Solution",
            "KR",
            "offtake",
            None,
            minerals=["graphite"],
            counterparty="Syrah Resources",
        ),
    ),
    _m(
        "toyota-tsusho-lithium",
        "Toyota Tsusho is investing ¥25 billion in a lithium carbonate plant in Jujuy",
        _c("Toyota Tsusho", "JP", "equity", "25000000000", "JPY", minerals=["lithium"]),
    ),
    _m(
        "mitsubishi-copper-stake",
        "Mitsubishi Corporation will take a 30% stake in a Peruvian copper mine for $700m",
        _c(
            "Mitsubishi Corporation",
            "JP",
            "equity",
            "700000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "smm-wrong-party",
        "Sumitomo Metal Mining agreed to buy nickel matte from a smelter in Sulawesi.",
        _c("Sumitomo Metal Mining", "JP", "offtake", None, minerals=["nickel"]),
    ),
    _m(
        "glencore-congo-trap",
        "Glencore agreed to buy cobalt from a plant in Congo",
        _c("Glencore", "CH", "offtake", None, minerals=["cobalt"]),
    ),
    _m(
        "marubeni-congo-trap-lower",
        "marubeni agreed to buy cobalt hydroxide from a plant in the DRC's Lualaba province",
        _c("Marubeni", "JP", "offtake", None, minerals=["cobalt"]),
    ),
    _m(
        "bhp-copper-aud",
        "BHP will spend A$1.2 billion on a copper smelter upgrade at Olympic Dam",
        _c("BHP", "AU", "equity", "1200000000", "AUD", minerals=["copper"]),
    ),
    _m(
        "albemarle-bmw-supply",
        "Albemarle will supply lithium hydroxide to BMW under a five-year deal",
        _c("Albemarle", "US", "offtake", None, minerals=["lithium"], counterparty="BMW"),
    ),
    _m(
        "gm-lithium-americas",
        "General Motors will invest $625 million in Lithium Americas",
        _c(
            "General Motors",
            "US",
            "equity",
            "625000000",
            "USD",
            minerals=["lithium"],
            counterparty="Lithium Americas",
        ),
    ),
    _m(
        "powerco-vulcan",
        "PowerCo agreed to buy lithium hydroxide from Vulcan Energy for ten years",
        _c("PowerCo", "DE", "offtake", None, minerals=["lithium"], counterparty="Vulcan Energy"),
    ),
    _m(
        "bmw-managem-source",
        "BMW will source cobalt from Managem's mine in Morocco",
        _c("BMW", "DE", "offtake", None, minerals=["cobalt"], counterparty="Managem"),
    ),
    _m(
        "eramet-lithium-argentina",
        "Eramet is investing $400 million in a lithium plant in Salta",
        _c(
            "Eramet",
            "FR",
            "equity",
            "400000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "hindalco-copper-mine",
        "Hindalco to invest ₹3,000 crore in copper mines in Australia",
        _c("Hindalco", "IN", "equity", "30000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "korea-zinc-germanium",
        "Korea Zinc will spend KRW 200 billion on a germanium recovery line at Onsan",
        _c("Korea Zinc", "KR", "equity", "200000000000", "KRW", minerals=["germanium"]),
    ),
    _m(
        "samsung-sdi-nickel-offtake",
        "Samsung SDI will buy nickel sulphate from Nickel Industries",
        _c(
            "Samsung SDI",
            "KR",
            "offtake",
            None,
            minerals=["nickel"],
            counterparty="Nickel Industries",
        ),
    ),
    _m(
        "sk-on-ecopro-mou",
        "SK On signed an MoU with EcoPro BM on lithium supply",
        _c("SK On", "KR", "mou", None, minerals=["lithium"], counterparty="EcoPro BM"),
    ),
    _m(
        "panasonic-graphite",
        "Panasonic Energy agreed to buy graphite from Nouveau Monde Graphite",
        _c(
            "Panasonic Energy",
            "JP",
            "offtake",
            None,
            minerals=["graphite"],
            counterparty="Nouveau Monde Graphite",
        ),
    ),
    _m(
        "lynas-supply-trap",
        "Lynas will supply rare earth oxides to Sojitz",
        _c("Lynas", "AU", "offtake", None, minerals=["rare-earths"], counterparty="Sojitz"),
    ),
    _m(
        "iluka-loan-from-efa",
        "Iluka Resources received a A$1.65 billion loan from Export Finance Australia for its "
        "rare earths refinery at Eneabba",
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "1650000000",
            "AUD",
            minerals=["rare-earths"],
            counterparty="Iluka Resources",
        ),
    ),
    _m(
        "umicore-received-nickel",
        "Umicore secured €350 million of financing from KBC for its nickel refinery in Hoboken",
        _c(
            "KBC",
            "BE",
            "loan",
            "350000000",
            "EUR",
            minerals=["nickel"],
            counterparty="Umicore",
        ),
    ),
    _m(
        "aurubis-copper-invest",
        "Aurubis will invest €170m in a copper recycling plant in Richmond, Georgia",
        _c("Aurubis", "DE", "equity", "170000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "boliden-antimony",
        "Boliden to spend SEK 1 billion on antimony and germanium recovery at Rönnskär",
        _c(
            "Boliden",
            "SE",
            "equity",
            "1000000000",
            "SEK",
            minerals=["antimony", "germanium"],
        ),
    ),
    _m(
        "tata-chemicals-lithium",
        "Tata Chemicals will put INR 500 crore into a lithium-ion cell materials line",
        _c("Tata Chemicals", "IN", "equity", "5000000000", "INR"),
    ),
    # --- (3) mid-sized and small bodies: regional banks, state agencies, funds, juniors ---
    _m(
        "bendigo-lithium",
        "Bendigo Bank will lend $18 million to a lithium tailings reprocessing plant near Ballarat",
        _c("Bendigo Bank", "AU", "loan", "18000000", "AUD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "atb-vanadium",
        "ATB Financial lends $22m to a vanadium recovery plant outside Fort McMurray",
        _c("ATB Financial", "CA", "loan", "22000000", "CAD", minerals=["vanadium"], **_INFERRED),
    ),
    _m(
        "nohfc-graphite-grant",
        "The Northern Ontario Heritage Fund Corporation awarded a C$4.5 million grant to a graphite "
        "explorer near Timmins",
        _c(
            "Northern Ontario Heritage Fund Corporation",
            "CA",
            "grant",
            "4500000",
            "CAD",
            minerals=["graphite"],
        ),
    ),
    _m(
        "src-rare-earth",
        "Saskatchewan Research Council will spend $30m on its rare earth processing facility in Saskatoon",
        _c(
            "Saskatchewan Research Council",
            "CA",
            "equity",
            "30000000",
            "CAD",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "fonds-ftq-lithium",
        "Fonds de solidarité FTQ is investing C$25 million in a lithium miner in the James Bay region",
        _c("Fonds de solidarité FTQ", "CA", "equity", "25000000", "CAD", minerals=["lithium"]),
    ),
    _m(
        "iq-graphite-loan",
        "Investissement Québec will lend $45 million to Nouveau Monde Graphite for its anode plant",
        _c(
            "Investissement Québec",
            "CA",
            "loan",
            "45000000",
            "CAD",
            counterparty="Nouveau Monde Graphite",
            **_INFERRED,
        ),
    ),
    _m(
        "hyakugo-gallium",
        "Hyakugo Bank will lend ¥2.5bn to a gallium recycler in Yokkaichi",
        _c("Hyakugo Bank", "JP", "loan", "2500000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "juroku-rare-earth",
        "Juroku Bank lends JPY 1.8 billion to a rare earth magnet recycler in Gifu prefecture",
        _c("Juroku Bank", "JP", "loan", "1800000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "busan-bank-cobalt",
        "BNK Busan Bank is lending ₩35 billion to a cobalt recovery plant in Busan's Noksan "
        "industrial complex",
        _c("BNK Busan Bank", "KR", "loan", "35000000000", "KRW", minerals=["cobalt"]),
    ),
    _m(
        "kwangju-bank-dollar",
        "Kwangju Bank will lend $20 million to a lithium refinery in Yeosu.",
        _c(
            "Kwangju Bank",
            "KR",
            "loan",
            "20000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "karur-vysya-lakh",
        "Karur Vysya Bank has sanctioned Rs 90 lakh for a rare earth magnet start-up in Coimbatore",
        _c("Karur Vysya Bank", "IN", "loan", "9000000", "INR", minerals=["rare-earths"]),
    ),
    _m(
        "gmdc-rare-earth",
        "Gujarat Mineral Development Corporation will invest ₹1,100 crore in a rare earth "
        "separation plant in Gujarat",
        _c(
            "Gujarat Mineral Development Corporation",
            "IN",
            "equity",
            "11000000000",
            "INR",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "omc-manganese",
        "Odisha Mining Corporation to spend ₹600 crore on a manganese beneficiation plant at Joda",
        _c("Odisha Mining Corporation", "IN", "equity", "6000000000", "INR", minerals=["manganese"]),
    ),
    _m(
        "bdmg-lithium",
        "BDMG lends R$120 million to a lithium concentrator in the Vale do Jequitinhonha",
        _c("BDMG", "BR", "loan", "120000000", "BRL", minerals=["lithium"]),
    ),
    _m(
        "bnb-graphite",
        "Banco do Nordeste will provide R$85m in financing for a graphite mine in Bahia",
        _c("Banco do Nordeste", "BR", "loan", "85000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "desenvolve-sp-nickel",
        "Desenvolve SP is lending BRL 30 million to a nickel recycling start-up in Campinas",
        _c("Desenvolve SP", "BR", "loan", "30000000", "BRL", minerals=["nickel"]),
    ),
    _m(
        "bank-dhofar-copper",
        "Bank Dhofar will lend OMR 18 million to a copper cathode plant in Sohar",
        _c("Bank Dhofar", "OM", "loan", "18000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "sharjah-islamic-cobalt",
        "Sharjah Islamic Bank is providing AED 220 million of Islamic financing to a cobalt "
        "refinery in Hamriyah",
        _c("Sharjah Islamic Bank", "AE", "loan", "220000000", "AED", minerals=["cobalt"]),
    ),
    _m(
        "saudi-exim-dollar",
        "Saudi EXIM will lend $75m to a manganese smelter in Jazan",
        _c(
            "Saudi EXIM",
            "SA",
            "loan",
            "75000000",
            "USD",
            minerals=["manganese"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "sab-saxony-gallium",
        "Sächsische Aufbaubank grants €6 million to a gallium recovery pilot in Freiberg",
        _c("Sächsische Aufbaubank", "DE", "grant", "6000000", "EUR", minerals=["gallium"]),
    ),
    _m(
        "lfa-bayern-tungsten",
        "LfA Förderbank Bayern will lend €14m to a tungsten recycling plant in Upper Franconia",
        _c("LfA Förderbank Bayern", "DE", "loan", "14000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "nrw-bank-copper",
        "NRW.BANK puts €20 million into a copper scrap refiner in Lünen",
        _c("NRW.BANK", "DE", "equity", "20000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "banque-territoires-lithium",
        "Banque des Territoires will invest €35m in a lithium refinery near Mulhouse",
        _c("Banque des Territoires", "FR", "equity", "35000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "grand-est-grant",
        "Région Grand Est awards a €5 million grant to a rare earth recycling plant in Lacq... "
        "sorry, in Thionville",
        _c("Région Grand Est", "FR", "grant", "5000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "bpf-portugal-lithium",
        "Banco Português de Fomento lends €40m to a lithium refinery in Setúbal",
        _c("Banco Português de Fomento", "PT", "loan", "40000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "cajamar-graphite",
        "Cajamar will provide €12 million in financing for a graphite processing plant in Almería",
        _c("Cajamar", "ES", "loan", "12000000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "sparebanken-vest-nickel",
        "Sparebanken Vest is lending NOK 250 million to a nickel refinery in Hardanger",
        _c("Sparebanken Vest", "NO", "loan", "250000000", "NOK", minerals=["nickel"]),
    ),
    _m(
        "business-finland-grant",
        "Business Finland grants €9.5m to a cobalt recycling pilot in Harjavalta",
        _c("Business Finland", "FI", "grant", "9500000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "norrlandsfonden-graphite",
        "Norrlandsfonden lends SEK 15 million to a graphite explorer in Västerbotten",
        _c("Norrlandsfonden", "SE", "loan", "15000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "almi-antimony",
        "Almi Invest is taking a SEK 8 million stake in an antimony recycler in Skellefteå",
        _c("Almi Invest", "SE", "equity", "8000000", "SEK", minerals=["antimony"]),
    ),
    _m(
        "scottish-nib-rare-earth",
        "Scottish National Investment Bank invests £12m in a rare earth magnet recycler in Glasgow",
        _c(
            "Scottish National Investment Bank",
            "GB",
            "equity",
            "12000000",
            "GBP",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "cornish-lithium-from-nwf",
        "Cornish Lithium got a £35 million equity investment from the National Wealth Fund",
        _c(
            "National Wealth Fund",
            "GB",
            "equity",
            "35000000",
            "GBP",
            counterparty="Cornish Lithium",
        ),
    ),
    _m(
        "perpetua-antimony-exim",
        "Perpetua Resources received a letter of interest from the Export-Import Bank of the United "
        "States for as much as $2 billion for its antimony-gold project in Idaho",
        _c(
            "Export-Import Bank of the United States",
            "US",
            "letter-of-interest",
            "2000000000",
            "USD",
            counterparty="Perpetua Resources",
            **_CEIL,
        ),
    ),
    _m(
        "nth-cycle-nickel",
        "Ohio's JobsOhio grants $3m to Nth Cycle for a nickel recovery plant in Fairfield",
        _c(
            "JobsOhio",
            "US",
            "grant",
            "3000000",
            "USD",
            minerals=["nickel"],
            counterparty="Nth Cycle",
        ),
    ),
    _m(
        "westwater-graphite-lender",
        "Westwater Resources secured a $150 million loan from Texas Capital Bank for its graphite "
        "plant in Alabama",
        _c(
            "Texas Capital Bank",
            "US",
            "loan",
            "150000000",
            "USD",
            minerals=["graphite"],
            counterparty="Westwater Resources",
        ),
    ),
    _m(
        "talga-offtake",
        "Talga Group will supply anode graphite to Mercedes-Benz from its Swedish refinery",
        _c(
            "Talga Group",
            "AU",
            "offtake",
            None,
            minerals=["graphite"],
            counterparty="Mercedes-Benz",
        ),
    ),
    _m(
        "arafura-hyundai",
        "Arafura Rare Earths agreed to sell NdPr oxide to Hyundai Motor",
        _c(
            "Arafura Rare Earths",
            "AU",
            "offtake",
            None,
            counterparty="Hyundai Motor",
        ),
    ),
    _m(
        "jervois-cobalt-stake",
        "Jervois Global is taking a $10m stake in a cobalt refiner in Kokkola",
        _c(
            "Jervois Global",
            "AU",
            "equity",
            "10000000",
            "AUD",
            minerals=["cobalt"],
            **_INFERRED,
        ),
    ),
    _m(
        "frontier-lithium-grant",
        "Frontier Lithium won a C$4m grant from Natural Resources Canada for its lithium conversion pilot",
        _c(
            "Natural Resources Canada",
            "CA",
            "grant",
            "4000000",
            "CAD",
            minerals=["lithium"],
            counterparty="Frontier Lithium",
        ),
    ),
    _m(
        "keliber-loan",
        "Keliber gets a €150 million loan from Nordea for its lithium hydroxide refinery",
        _c(
            "Nordea",
            "FI",
            "loan",
            "150000000",
            "EUR",
            minerals=["lithium"],
            counterparty="Keliber",
        ),
    ),
    _m(
        "pensana-rare-earth",
        "Pensana is being financed by Lloyds Bank with a £20 million loan for its rare earth "
        "refinery in Hull",
        _c("Lloyds Bank", "GB", "loan", "20000000", "GBP", minerals=["rare-earths"]),
    ),
    _m(
        "serra-verde-dfc",
        "Serra Verde received a $465m loan from the DFC for its rare earth mine in Goiás",
        _c(
            "DFC",
            "US",
            "loan",
            "465000000",
            "USD",
            minerals=["rare-earths"],
            counterparty="Serra Verde",
        ),
    ),
    # --- (4) several actors: "each", "jointly", "together", one after another ---
    _m(
        "jbic-nexi-each",
        "JBIC and NEXI will each provide $150 million in financing to a copper mine in Chile's "
        "Antofagasta region",
        _c("JBIC", "JP", "loan", "150000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
        _c("NEXI", "JP", "loan", "150000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "kfw-bpi-jointly",
        "KfW and Bpifrance jointly invest €100 million in a lithium refinery in Lorraine",
        _c("KfW", "DE", "equity", "100000000", "EUR", minerals=["lithium"]),
        _c("Bpifrance", "FR", "equity", None, minerals=["lithium"]),
    ),
    _m(
        "edc-efa-each-guarantee",
        "EDC and Export Finance Australia each guarantee US$60 million of a loan to a nickel "
        "refinery in Ontario",
        _c("EDC", "CA", "guarantee", "60000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
        _c(
            "Export Finance Australia",
            "AU",
            "guarantee",
            "60000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "three-banks-each",
        "SMBC, Mizuho and MUFG will each lend $200m to a copper smelter in the Philippines",
        _c("SMBC", "JP", "loan", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
        _c("Mizuho", "JP", "loan", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
        _c("MUFG", "JP", "loan", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "mitsui-sojitz-together",
        "Mitsui & Co and Sojitz together will put ¥30bn into a rare earths refinery in Western Australia",
        _c("Mitsui & Co", "JP", "equity", "30000000000", "JPY", minerals=["rare-earths"]),
        _c("Sojitz", "JP", "equity", None, minerals=["rare-earths"]),
    ),
    _m(
        "kexim-ksure-split",
        "Korea Eximbank will lend $300 million and K-SURE will guarantee $200 million of a loan to "
        "a nickel smelter in Halmahera",
        _c(
            "Korea Eximbank",
            "KR",
            "loan",
            "300000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
        _c(
            "K-SURE",
            "KR",
            "guarantee",
            "200000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "bendigo-boq-stayed-out",
        "Bendigo Bank and Bank of Queensland together lend A$50m to a vanadium refinery in "
        "Townsville; Suncorp stayed out",
        _c("Bendigo Bank", "AU", "loan", "50000000", "AUD", minerals=["vanadium"]),
        _c("Bank of Queensland", "AU", "loan", None, minerals=["vanadium"]),
    ),
    _m(
        "desjardins-laurentian-own-amounts",
        "Desjardins will lend C$40 million and Laurentian Bank C$15 million to a graphite mine "
        "near Saint-Michel-des-Saints",
        _c("Desjardins", "CA", "loan", "40000000", "CAD", minerals=["graphite"]),
        _c("Laurentian Bank", "CA", "loan", "15000000", "CAD", minerals=["graphite"]),
    ),
    _m(
        "gmdc-omc-each-crore",
        "GMDC and Odisha Mining Corporation will each invest ₹250 crore in a rare earth processing JV",
        _c("GMDC", "IN", "equity", "2500000000", "INR", minerals=["rare-earths"]),
        _c("Odisha Mining Corporation", "IN", "equity", "2500000000", "INR", minerals=["rare-earths"]),
    ),
    _m(
        "mou-both-sign",
        "Ma'aden and Ivanhoe Electric signed an MoU on copper exploration in Saudi Arabia",
        _c("Ma'aden", "SA", "mou", None, minerals=["copper"], counterparty="Ivanhoe Electric"),
        _c("Ivanhoe Electric", "US", "mou", None, minerals=["copper"], counterparty="Ma'aden"),
    ),
    _m(
        "mou-one-sided",
        "JOGMEC signed a memorandum of understanding with Brazil's CBMM on niobium",
        _c("JOGMEC", "JP", "mou", None, counterparty="CBMM"),
    ),
    _m(
        "grant-and-loan-one-actor",
        "Business Finland will award a €4m grant and lend €10m to a lithium refinery in Kokkola",
        _c("Business Finland", "FI", "grant", "4000000", "EUR", minerals=["lithium"]),
        _c("Business Finland", "FI", "loan", "10000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "two-sentences-two-deals",
        "Hokkoku Bank lends ¥3bn to a germanium refinery in Kanazawa. Separately, Chiba Bank will "
        "invest ¥1bn in a cobalt recycler in Ichihara.",
        _c("Hokkoku Bank", "JP", "loan", "3000000000", "JPY", minerals=["germanium"]),
        _c("Chiba Bank", "JP", "equity", "1000000000", "JPY", minerals=["cobalt"]),
    ),
    # --- (5) ISO codes, number words, ranges, ceilings, crore and lakh ---
    _m(
        "usd-after-number",
        "Hyundai Motor will invest 250 million USD in a nickel refinery in Sulawesi",
        _c(
            "Hyundai Motor",
            "KR",
            "equity",
            "250000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "eur-before-number",
        "Stadtsparkasse Düsseldorf: EUR 25m loan to a rare earth recycling plant in Duisburg",
        _c(
            "Stadtsparkasse Düsseldorf",
            "DE",
            "loan",
            "25000000",
            "EUR",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "jpy-after-number",
        "Hanwa to invest 12 billion JPY in a copper mine in Chile",
        _c("Hanwa", "JP", "equity", "12000000000", "JPY", minerals=["copper"]),
    ),
    _m(
        "inr-crore-iso",
        "Canara Bank will lend INR 750 crore to a lithium refinery in Gujarat",
        _c("Canara Bank", "IN", "loan", "7500000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "words-euros",
        "Banca Popolare di Sondrio will lend twenty-five million euros to a copper rod mill in Valtellina",
        _c("Banca Popolare di Sondrio", "IT", "loan", "25000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "words-dollars-canada",
        "BDC will invest fifteen million dollars in a lithium recycler in Kingston",
        _c("BDC", "CA", "equity", "15000000", "CAD", **_INFERRED),
    ),
    _m(
        "half-billion-japan",
        "Sumitomo Corporation will invest half a billion dollars in a nickel mine in Madagascar",
        _c(
            "Sumitomo Corporation",
            "JP",
            "equity",
            "500000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "range-dash",
        "Banque Populaire Grand Ouest to lend $150-200m to a cobalt refinery in Morocco",
        _c(
            "Banque Populaire Grand Ouest",
            "FR",
            "loan",
            "200000000",
            "USD",
            minerals=["cobalt"],
            **_CEIL,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "range-between",
        "CiviBank will lend between €8 million and €12 million to a graphite anode materials plant in Friuli",
        _c("CiviBank", "IT", "loan", "12000000", "EUR", **_CEIL),
    ),
    _m(
        "up-to-grant",
        "Natural Resources Canada will grant up to C$25 million to a rare earth separation plant in "
        "Saskatoon",
        _c(
            "Natural Resources Canada",
            "CA",
            "grant",
            "25000000",
            "CAD",
            minerals=["rare-earths"],
            **_CEIL,
        ),
    ),
    _m(
        "as-much-as-loan",
        "Sparkasse Spree-Neiße could... no, it has signed: it will lend as much as €30m to a "
        "lithium refinery in Guben",
        _c(
            "Sparkasse Spree-Neiße",
            "DE",
            "loan",
            "30000000",
            "EUR",
            minerals=["lithium"],
            **_CEIL,
        ),
    ),
    _m(
        "lakh-small",
        "Federal Bank sanctioned Rs 75 lakh to a cobalt recycling start-up in Kochi",
        _c("Federal Bank", "IN", "loan", "7500000", "INR", minerals=["cobalt"]),
    ),
    _m(
        "crore-words",
        "Coal India will invest one thousand crore rupees in a graphite mine in Chhattisgarh",
        _c("Coal India", "IN", "equity", "10000000000", "INR", minerals=["graphite"]),
    ),
    _m(
        "krw-trillion",
        "KDB will lend ₩1.2 trillion to a lithium hydroxide plant in Pohang",
        _c("KDB", "KR", "loan", "1200000000000", "KRW", minerals=["lithium"]),
    ),
    _m(
        "aud-iso-after",
        "Queensland Investment Corporation puts 90 million AUD into a vanadium miner near Cloncurry",
        _c(
            "Queensland Investment Corporation",
            "AU",
            "equity",
            "90000000",
            "AUD",
            minerals=["vanadium"],
        ),
    ),
    _m(
        "brl-dollar-trap",
        "Vale will invest $150 million in a nickel processing plant in Pará",
        _c(
            "Vale",
            "BR",
            "equity",
            "150000000",
            "USD",
            minerals=["nickel"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "german-bare-dollar",
        "Oldenburgische Landesbank is lending $90m to a graphite mine in Tanzania",
        _c(
            "Oldenburgische Landesbank",
            "DE",
            "loan",
            "90000000",
            "USD",
            minerals=["graphite"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "us-bare-dollar",
        "Ford agreed to buy lithium hydroxide from Albemarle for $200 million",
        _c(
            "Ford",
            "US",
            "offtake",
            "200000000",
            "USD",
            minerals=["lithium"],
            counterparty="Albemarle",
        ),
    ),
    _m(
        "nz-bare-dollar",
        "Kiwibank lends $12m to an antimony recovery plant in the West Coast region",
        _c("Kiwibank", "NZ", "loan", "12000000", "NZD", minerals=["antimony"], **_INFERRED),
    ),
    _m(
        "sg-bare-dollar",
        "Temasek will invest $100 million in a rare earth magnet start-up in Singapore",
        _c(
            "Temasek",
            "SG",
            "equity",
            "100000000",
            "SGD",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "tw-bare-dollar",
        "King's Town Bank will lend $800 million to a gallium nitride substrate maker in Hsinchu",
        _c("King's Town Bank", "TW", "loan", "800000000", "TWD", minerals=["gallium"], **_INFERRED),
    ),
    _m(
        "self-correction-amount",
        "SBI will lend ₹900 crore, correction ₹1,900 crore, to a copper smelter in Odisha",
        _c("SBI", "IN", "loan", "19000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "self-correction-actor",
        "Mizuho? no, sorry, SMBC is lending ¥20bn to a lithium refinery in Chile",
        _c("SMBC", "JP", "loan", "20000000000", "JPY", minerals=["lithium"]),
    ),
    # --- (6) statuses and dates ---
    _m(
        "binding-offtake",
        "Tesla signed a binding agreement to buy graphite from Talga Group",
        _c(
            "Tesla",
            "US",
            "offtake",
            None,
            minerals=["graphite"],
            counterparty="Talga Group",
            status="binding",
        ),
    ),
    _m(
        "conditional-loan",
        "UKEF's £100 million loan to a lithium refinery in Teesside is conditional on planning consent",
        _c(
            "UKEF",
            "GB",
            "loan",
            "100000000",
            "GBP",
            minerals=["lithium"],
            status="conditional",
        ),
    ),
    _m(
        "subject-to-equity",
        "Anglo American will invest $500m in a copper mine in Peru, subject to board approval",
        _c(
            "Anglo American",
            "GB",
            "equity",
            "500000000",
            "USD",
            minerals=["copper"],
            status="conditional",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "proposed-grant",
        "Canberra proposed a A$20 million grant to a vanadium battery electrolyte plant in Townsville",
        _c("AU", "AU", "grant", "20000000", "AUD", status="proposed"),
    ),
    _m(
        "disbursed-tranche",
        "Export Finance Australia disbursed the first A$80m tranche of its loan to a rare earths "
        "refinery in Darwin on Wednesday",
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "80000000",
            "AUD",
            minerals=["rare-earths"],
            status="disbursed",
            announced_on=_D18,
        ),
    ),
    _m(
        "withdrawn-loan",
        "Standard Chartered pulled out of its $250 million loan to a cobalt refinery in Zambia",
        _c(
            "Standard Chartered",
            "GB",
            "loan",
            "250000000",
            "USD",
            minerals=["cobalt"],
            status="withdrawn",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "announced-today",
        "Teck Resources announced today it will spend C$300 million on a germanium recovery circuit at Trail",
        _c(
            "Teck Resources",
            "CA",
            "equity",
            "300000000",
            "CAD",
            minerals=["germanium"],
            status="announced",
            announced_on=_D20,
        ),
    ),
    _m(
        "last-friday",
        "Last Friday Hindalco agreed to buy copper concentrate from a mine in Chile",
        _c("Hindalco", "IN", "offtake", None, minerals=["copper"], announced_on=_D13),
    ),
    _m(
        "on-monday-lower",
        "on monday nmdc said it will invest ₹400 crore in a lithium block in australia",
        _c(
            "NMDC",
            "IN",
            "equity",
            "4000000000",
            "INR",
            minerals=["lithium"],
            announced_on=_D16,
        ),
    ),
    _m(
        "last-week-no-date",
        "Last week Iluka Resources agreed to sell rare earth oxide to a magnet maker in Korea",
        _c("Iluka Resources", "AU", "offtake", None, minerals=["rare-earths"]),
    ),
    _m(
        "non-binding-offtake",
        "Syrah Resources signed a non-binding agreement to supply graphite to Samsung SDI",
        _c(
            "Syrah Resources",
            "AU",
            "offtake",
            None,
            minerals=["graphite"],
            counterparty="Samsung SDI",
        ),
    ),
    # --- (7) governments named as countries or capitals (ISO codes) ---
    _m(
        "japan-stockpile",
        "Japan will build a national stockpile of gallium and germanium",
        _c("JP", "JP", "stockpile", None, minerals=["gallium", "germanium"]),
    ),
    _m(
        "canberra-price-floor",
        "Canberra will guarantee a minimum price for rare earth oxides produced in Australia",
        _c("AU", "AU", "price-floor", None, minerals=["rare-earths"]),
    ),
    _m(
        "ottawa-screening",
        "Ottawa is tightening reviews of foreign takeovers of critical minerals companies",
        _c("CA", "CA", "investment-screening", None, minerals=[]),
    ),
    _m(
        "indonesia-export-duty",
        "Indonesia will impose an export duty on nickel pig iron from next year",
        _c("ID", "ID", "tariff", None, minerals=["nickel"]),
    ),
    _m(
        "korea-fast-track",
        "Korea will fast-track permits for a graphite mine in Gangwon province",
        _c("KR", "KR", "other", None, minerals=["graphite"]),
    ),
    _m(
        "india-export-licence",
        "India will require export licences for rare earths from August",
        _c("IN", "IN", "export-control", None, minerals=["rare-earths"]),
    ),
    _m(
        "us-tariff-graphite",
        "Washington will put a 25% import tariff on graphite anode material from China",
        _c("US", "US", "tariff", None),
    ),
    _m(
        "brazil-grant",
        "Brazil will grant R$1 billion to rare earth processing projects, the government said on Thursday",
        _c(
            "BR",
            "BR",
            "grant",
            "1000000000",
            "BRL",
            minerals=["rare-earths"],
            announced_on=_D19,
        ),
    ),
    _m(
        "germany-equity-fund",
        "Germany will put €1 billion into a raw materials fund run by KfW",
        _c("DE", "DE", "equity", "1000000000", "EUR"),
    ),
    _m(
        "uk-japan-mou",
        "The UK signed an MoU with Japan on critical minerals supply chains",
        _c("GB", "GB", "mou", None, minerals=[]),
    ),
    # --- (8) Slack chatter, headlines, lowercase, emoji, typos ---
    _m(
        "headline-forwarded",
        "FWD: Sojitz to invest $90m in Brazilian rare earth miner — Nikkei",
        _c(
            "Sojitz",
            "JP",
            "equity",
            "90000000",
            "USD",
            minerals=["rare-earths"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "emoji-loan",
        "🎉 Saraswat Co-operative Bank is lending ₹65 crore to a lithium refinery in Karnataka 🎉",
        _c("Saraswat Co-operative Bank", "IN", "loan", "650000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "lowercase-chatter",
        "heads up: aktia lends eur 6m to a nickel refinery in harjavalta, signed wed",
        _c("Aktia", "FI", "loan", "6000000", "EUR", minerals=["nickel"], announced_on=_D18),
    ),
    _m(
        "typo-verb",
        "Sparbanken Nord will lned SEK 40 million (sorry, lend) to a graphite mine in Norrbotten",
        _c("Sparbanken Nord", "SE", "loan", "40000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "typo-actor",
        "Mitsbishi Corporation agreed to buy copper concentrate from Codelco",
        _c(
            "Mitsubishi Corporation",
            "JP",
            "offtake",
            None,
            minerals=["copper"],
            counterparty="Codelco",
        ),
    ),
    _m(
        "terse-li",
        "ADQ -> $250m equity, Li refinery, Abu Dhabi",
        _c("ADQ", "AE", "equity", "250000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "thread-reply-quoted-metal",
        "> which bank is lending to the cobalt plant?\nEmirates NBD, AED 300 million",
        _c("Emirates NBD", "AE", "loan", "300000000", "AED"),
    ),
    _m(
        "bullets-no-date",
        "From the wires today:\n- Renault will buy lithium from Vulcan Energy\n- Orano is "
        "investing €120m in a rare earth recycling plant in Normandy",
        _c("Renault", "FR", "offtake", None, minerals=["lithium"], counterparty="Vulcan Energy"),
        _c("Orano", "FR", "equity", "120000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "passive-stake",
        "A 15% stake in Arafura Rare Earths was bought by Hancock Prospecting for A$40 million",
        _c(
            "Hancock Prospecting",
            "AU",
            "equity",
            "40000000",
            "AUD",
            counterparty="Arafura Rare Earths",
        ),
    ),
    _m(
        "passive-offtake",
        "Cobalt hydroxide from ERG will be bought by Korea Zinc",
        _c("Korea Zinc", "KR", "offtake", None, minerals=["cobalt"], counterparty="ERG"),
    ),
    _m(
        "state-agency-us",
        "the Michigan Strategic Fund approved a $25 million grant for a graphite anode plant in Kalamazoo",
        _c("Michigan Strategic Fund", "US", "grant", "25000000", "USD"),
    ),
    _m(
        "subsidiary-country",
        "HSBC Canada? no, it's RBC: it will lend $70 million to a lithium miner in Manitoba",
        _c("RBC", "CA", "loan", "70000000", "CAD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "fund-no-mineral",
        "Japan's JOGMEC will put ¥40 billion into a critical minerals fund run by Mitsui",
        _c("JOGMEC", "JP", "equity", "40000000000", "JPY"),
    ),
    _m(
        "battery-recycling-empty",
        "Bpifrance grants €7m to a battery recycling plant in Dunkirk",
        _c("Bpifrance", "FR", "grant", "7000000", "EUR", minerals=[]),
    ),
    _m(
        "two-metals-refinery",
        "Sumitomo Metal Mining will spend ¥50 billion on a nickel-cobalt refinery in Niihama",
        _c(
            "Sumitomo Metal Mining",
            "JP",
            "equity",
            "50000000000",
            "JPY",
            minerals=["cobalt", "nickel"],
        ),
    ),
    _m(
        "loan-to-named-company",
        "Mizuho will lend $300 million to Lynas for its heavy rare earths plant in Texas",
        _c(
            "Mizuho",
            "JP",
            "loan",
            "300000000",
            "USD",
            minerals=["rare-earths"],
            counterparty="Lynas",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "plant-run-by-owner",
        "Standard Bank will lend R2 billion to the copper smelter at Palabora, which a Chinese "
        "consortium runs",
        _c("Standard Bank", "ZA", "loan", "2000000000", "ZAR", minerals=["copper"]),
    ),
    # --- (8b) more small and mid-sized bodies ---
    _m(
        "sparkasse-mittelsachsen-tungsten",
        "Sparkasse Mittelsachsen lends €8m to a tungsten recycling plant in the Erzgebirge",
        _c("Sparkasse Mittelsachsen", "DE", "loan", "8000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "hastings-schaeffler",
        "Hastings Technology Metals will supply rare earth concentrate to Schaeffler",
        _c(
            "Hastings Technology Metals",
            "AU",
            "offtake",
            None,
            minerals=["rare-earths"],
            counterparty="Schaeffler",
        ),
    ),
    _m(
        "arena-sunrise",
        "Sunrise Energy Metals won a A$14 million grant from the Australian Renewable Energy Agency "
        "for its nickel-cobalt refinery at Syerston",
        _c(
            "Australian Renewable Energy Agency",
            "AU",
            "grant",
            "14000000",
            "AUD",
            minerals=["cobalt", "nickel"],
            counterparty="Sunrise Energy Metals",
        ),
    ),
    _m(
        "ilb-rock-tech",
        "ILB grants €20m to Rock Tech Lithium for its lithium converter in Guben",
        _c(
            "ILB",
            "DE",
            "grant",
            "20000000",
            "EUR",
            minerals=["lithium"],
            counterparty="Rock Tech Lithium",
        ),
    ),
    _m(
        "ucore-spend",
        "Ucore Rare Metals will spend C$30m on a rare earth separation plant in Louisiana",
        _c("Ucore Rare Metals", "CA", "equity", "30000000", "CAD", minerals=["rare-earths"]),
    ),
    _m(
        "westwin-offtake",
        "Westwin Elements agreed to buy nickel matte from Nickel Industries for its Oklahoma refinery",
        _c(
            "Westwin Elements",
            "US",
            "offtake",
            None,
            minerals=["nickel"],
            counterparty="Nickel Industries",
        ),
    ),
    _m(
        "savannah-stake",
        "Savannah Resources will take a €5 million stake in a lithium converter start-up in Viseu",
        _c("Savannah Resources", "GB", "equity", "5000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "sulselbar-nickel",
        "Bank Sulselbar lends Rp 300 billion to a nickel smelter in East Luwu",
        _c("Bank Sulselbar", "ID", "loan", "300000000000", "IDR", minerals=["nickel"]),
    ),
    _m(
        "caja-arequipa-copper",
        "Caja Arequipa is lending PEN 8 million to a copper tailings plant in Moquegua",
        _c("Caja Arequipa", "PE", "loan", "8000000", "PEN", minerals=["copper"]),
    ),
    _m(
        "corfo-lithium-grant",
        "CORFO awards a CLP 4,000 million grant to a lithium research centre in Antofagasta",
        _c("CORFO", "CL", "grant", "4000000000", "CLP", minerals=["lithium"]),
    ),
    _m(
        "hamamatsu-shinkin",
        "Hamamatsu Iwata Shinkin Bank will lend ¥900 million to a rare earth magnet recycler in Iwata",
        _c(
            "Hamamatsu Iwata Shinkin Bank",
            "JP",
            "loan",
            "900000000",
            "JPY",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "jeonbuk-cobalt",
        "Jeonbuk Bank puts ₩10bn into a cobalt recovery start-up in Gunsan",
        _c("Jeonbuk Bank", "KR", "equity", "10000000000", "KRW", minerals=["cobalt"]),
    ),
    _m(
        "rsmml-tungsten",
        "Rajasthan State Mines and Minerals Ltd will spend ₹120 crore on a tungsten mine at Degana",
        _c(
            "Rajasthan State Mines and Minerals",
            "IN",
            "equity",
            "1200000000",
            "INR",
            minerals=["tungsten"],
        ),
    ),
    _m(
        "ajman-copper",
        "Ajman Bank will lend AED 45 million to a copper wire rod mill in Ajman",
        _c("Ajman Bank", "AE", "loan", "45000000", "AED", minerals=["copper"]),
    ),
    _m(
        "nizwa-copper",
        "Bank Nizwa provides OMR 6 million in Islamic financing to a copper cathode plant in Duqm",
        _c("Bank Nizwa", "OM", "loan", "6000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "vancity-battery",
        "Vancity lends $5m to a battery recycling plant in Burnaby",
        _c("Vancity", "CA", "loan", "5000000", "CAD", minerals=[], **_INFERRED),
    ),
    _m(
        "idaho-strategic",
        "Idaho Strategic Resources will spend $12 million on a rare earth processing pilot in Grangeville",
        _c(
            "Idaho Strategic Resources",
            "US",
            "equity",
            "12000000",
            "USD",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "dbw-cobalt",
        "Development Bank of Wales lends £3m to a cobalt recovery start-up in Newport",
        _c("Development Bank of Wales", "GB", "loan", "3000000", "GBP", minerals=["cobalt"]),
    ),
    _m(
        "oma-vanadium",
        "Oma Säästöpankki is lending €5 million to a vanadium recovery pilot in Pori",
        _c("Oma Säästöpankki", "FI", "loan", "5000000", "EUR", minerals=["vanadium"]),
    ),
    _m(
        "sicredi-graphite",
        "Sicredi lends R$25 million to a graphite mine in Minas Gerais",
        _c("Sicredi", "BR", "loan", "25000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "beyond-bank-rare-earth",
        "Beyond Bank Australia will lend $6m to a rare earth tailings project near Port Pirie",
        _c(
            "Beyond Bank Australia",
            "AU",
            "loan",
            "6000000",
            "AUD",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "iyo-bank-nickel",
        "Iyo Bank agreed to lend ¥4 billion to a nickel refinery in Niihama on Tuesday",
        _c(
            "Iyo Bank",
            "JP",
            "loan",
            "4000000000",
            "JPY",
            minerals=["nickel"],
            announced_on=_D17,
        ),
    ),
    _m(
        "cbl-actor-correction",
        "Atlas Materials? no, sorry, Companhia Brasileira de Lítio will invest R$90 million in a "
        "lithium concentrator in Araçuaí",
        _c(
            "Companhia Brasileira de Lítio",
            "BR",
            "equity",
            "90000000",
            "BRL",
            minerals=["lithium"],
        ),
    ),
    _m(
        "kyongnam-antimony",
        "BNK Kyongnam Bank: ₩15 billion loan to an antimony recycler in Changwon, signed this morning",
        _c(
            "BNK Kyongnam Bank",
            "KR",
            "loan",
            "15000000000",
            "KRW",
            minerals=["antimony"],
            announced_on=_D20,
        ),
    ),
    _m(
        "banistmo-panama-dollar",
        "Banistmo will lend $40 million to a copper concentrate terminal in Colón",
        _c("Banistmo", "PA", "loan", "40000000", "USD", minerals=["copper"]),
    ),
    _m(
        "tennessee-grant",
        "Tennessee's Department of Economic and Community Development? no, sorry, TVA: it will "
        "grant $8m to a graphite mine near Chattanooga",
        _c("TVA", "US", "grant", "8000000", "USD", minerals=["graphite"]),
    ),
    # --- (9) no commitment: questions, hypotheticals, denials, recalls, chatter ---
    _m("q-jbic", "Is JBIC going to lend to the lithium refinery in Kwinana or not?"),
    _m(
        "hypothetical-kfw",
        "If KfW were to lend €200m to the copper smelter, Aurubis would restart the project",
    ),
    _m("could-pif", "PIF could invest as much as $3 billion in African copper assets, sources say"),
    _m("denial-glencore", "Glencore denied it will buy cobalt from the Mutanda plant"),
    _m(
        "recall-2022",
        "Back in 2022 Korea Zinc spent ₩100 billion on a nickel refinery in Ulsan",
    ),
    _m("no-decision", "No decision yet on whether EDC lends to the nickel mine in Sudbury"),
    _m("scrapped", "BHP scrapped its plan to build a nickel refinery in Kwinana"),
    _m(
        "seeking",
        "Jervois Global is seeking $150 million of financing for its cobalt refinery in Idaho",
    ),
    _m("declined", "Mitsubishi Corporation declined to comment on a stake in the copper mine"),
    _m("market-talk", "copper at $10k again, lithium still in the dumps 📉"),
    _m("reminder", "reminder: CEFC call at 3pm re the vanadium deal, bring the term sheet"),
    _m("might-hindalco", "hindalco might put money into a lithium refinery at some point"),
    _m(
        "not-lending",
        "Commerzbank is not lending to the graphite mine in Tanzania after all",
    ),
    _m("rumour", "rumour is Temasek wants a slice of a rare earths miner, nothing signed"),
    _m(
        "question-what-amount",
        "does anyone know how much Bpifrance put into that lithium refinery last year?",
    ),
    _m(
        "no-plans",
        "Toyota Tsusho said it has no plans to invest in lithium brine projects in Chile",
    ),
    _m("wont-say", "Korea Eximbank won't say whether it will lend to a nickel smelter in Sulawesi"),
    _m(
        "recall-2023-dfc",
        "The DFC lent $150 million to a graphite mine in Mozambique in 2023",
    ),
    _m("thanks", "thanks all, I'll add the Lynas deal to the tracker tomorrow 👍"),
    _m(
        "would-if",
        "Canada would guarantee a floor price for graphite if the G7 agreed, an official said",
    ),
    _m("analysis-only", "Interesting read on why Japanese trading houses keep buying copper stakes"),
    _m(
        "has-not-decided",
        "Saudi EXIM has not decided whether to lend to the manganese smelter in Jazan",
    ),
    _m("lol", "lol the ING rare earth deal again? pretty sure that's old news"),
    _m("q-ilb", "Did ILB's grant to Rock Tech ever actually get signed?"),
    _m(
        "would-sicredi",
        "Sicredi would lend to graphite miners if rates came down, its CEO said",
    ),
    _m("denial-nizwa", "Bank Nizwa denied it is financing the copper cathode plant in Duqm"),
    _m(
        "recall-vancity",
        "In 2021 Vancity lent C$2 million to a battery recycler; nothing new since",
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "jbic-eneabba-repeat",
        "JBIC lends $300 million to Australian rare earths refinery",
        [
            "TOKYO, June 19 (Reuters) - Japan Bank for International Cooperation (JBIC) will lend "
            "$300 million to a rare earths refinery at Eneabba in Western Australia, the "
            "state-owned lender said on Thursday.",
            "The loan will run for 15 years and sits alongside Australian government financing.",
            '"The $300 million loan gives Japanese magnet makers a second source of separated '
            'rare earths," a JBIC director told reporters in Tokyo.',
            "In 2023 JBIC and JOGMEC together put money into Lynas to secure heavy rare earths, "
            "a deal that has since been extended.",
            "Japan imports most of its rare earths from China, although its share has fallen since 2010.",
            "The refinery is due to start producing in 2027.",
        ],
        _c(
            "JBIC",
            "JP",
            "loan",
            "300000000",
            "USD",
            minerals=["rare-earths"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "cib-graphite-quebec",
        "Canada backs Quebec graphite mine with loan and grant",
        [
            "OTTAWA, June 18 - The Canada Infrastructure Bank will lend C$180 million to a "
            "natural graphite mine near Saint-Michel-des-Saints, the bank said on Wednesday.",
            "Natural Resources Canada will add a C$12 million grant for the mine's "
            "concentrator, the department said in the same release.",
            "The mine is expected to produce about 100,000 tonnes of graphite concentrate a year.",
            "Back in 2021, the federal government put C$10 million into a pilot at the same site.",
            "Provincial officials did not say whether Investissement Québec would join the financing.",
            "Graphite is used in the anodes of lithium-ion batteries.",
            "Shares of the developer rose 6% in Toronto.",
        ],
        _c(
            "Canada Infrastructure Bank",
            "CA",
            "loan",
            "180000000",
            "CAD",
            minerals=["graphite"],
            announced_on=_D18,
        ),
        _c(
            "Natural Resources Canada",
            "CA",
            "grant",
            "12000000",
            "CAD",
            minerals=["graphite"],
            announced_on=_D18,
        ),
    ),
    _a(
        "kexim-posco-argentina",
        "Korean lenders line up behind POSCO's Argentine lithium plant",
        [
            "SEOUL, June 17 (Yonhap) - The Export-Import Bank of Korea will lend US$350 million "
            "to POSCO Holdings for its lithium hydroxide plant in Argentina, the bank said on "
            "Tuesday.",
            "K-SURE will guarantee US$150 million of the commercial loans for the plant, it said.",
            "POSCO Holdings also agreed to buy lithium carbonate from a brine project in Salta "
            "for ten years.",
            "The company first bought the Hombre Muerto salt flat rights in 2018 for about $280 million.",
            "Korean battery makers have been looking for lithium supplies outside China.",
            "The plant is designed to make 25,000 tonnes of lithium hydroxide a year.",
            "Analysts said prices would decide whether a second phase goes ahead.",
            "KDB could also join at a later stage, a person familiar with the matter said.",
        ],
        _c(
            "Export-Import Bank of Korea",
            "KR",
            "loan",
            "350000000",
            "USD",
            minerals=["lithium"],
            counterparty="POSCO Holdings",
            announced_on=_D17,
            **_USD_NOT_INFERRED,
        ),
        _c(
            "K-SURE",
            "KR",
            "guarantee",
            "150000000",
            "USD",
            minerals=["lithium"],
            announced_on=_D17,
            **_USD_NOT_INFERRED,
        ),
        _c("POSCO Holdings", "KR", "offtake", None, minerals=["lithium"], announced_on=_D17),
    ),
    _a(
        "manara-zambia-copper",
        "Saudi miner buys into Zambian copper",
        [
            "RIYADH, June 16 - Manara Minerals, the joint venture of Ma'aden and the Public "
            "Investment Fund, will invest $800 million for a 20% stake in a Zambian copper "
            "miner, it said on Monday.",
            "Ma'aden agreed to buy copper concentrate from the miner's Kansanshi operations "
            "under a separate deal.",
            "Saudi Arabia wants to build a metals processing industry under its Vision 2030 plan.",
            "In 2023 Manara bought a stake in Vale Base Metals for about $2.6 billion.",
            "The transaction is expected to close by the end of the year.",
        ],
        _c(
            "Manara Minerals",
            "SA",
            "equity",
            "800000000",
            "USD",
            minerals=["copper"],
            announced_on=_D16,
            **_USD_NOT_INFERRED,
        ),
        _c("Ma'aden", "SA", "offtake", None, minerals=["copper"], announced_on=_D16),
    ),
    _a(
        "kabil-sbi-india",
        "India's KABIL, SBI back lithium push",
        [
            "NEW DELHI, June 20 - Khanij Bidesh India Ltd (KABIL) will invest ₹1,500 crore in "
            "lithium exploration blocks in Argentina's Catamarca province, the mines ministry "
            "said on Friday.",
            "State Bank of India sanctioned ₹800 crore for a lithium refinery in Gujarat that "
            "will process imported concentrate.",
            "KABIL signed its first agreement with Catamarca's state miner in January 2024, "
            "covering five blocks.",
            "India imports nearly all of its lithium.",
            "The government has also said it would consider a national stockpile of critical "
            "minerals, but no decision has been taken.",
            "Officials did not give a timeline for first production.",
        ],
        _c(
            "KABIL",
            "IN",
            "equity",
            "15000000000",
            "INR",
            minerals=["lithium"],
            announced_on=_D20,
        ),
        _c(
            "State Bank of India",
            "IN",
            "loan",
            "8000000000",
            "INR",
            minerals=["lithium"],
            announced_on=_D20,
        ),
    ),
    _a(
        "bndes-finep-rare-earths",
        "BNDES and Finep back Brazilian rare earth projects",
        [
            "RIO DE JANEIRO, 18 June 2025 - Brazil's development bank BNDES will lend R$650 "
            "million to a rare earth separation plant in Minas Gerais, it said on Wednesday.",
            "Finep will grant R$50 million to the same company for research on magnet alloys.",
            "Brazil holds some of the world's largest rare earth reserves but processes almost none of them.",
            "In 2024 BNDES and Finep opened a joint call for strategic minerals projects worth R$5 billion.",
            "The plant should produce mixed rare earth carbonate from ionic clay deposits.",
            '"This is about keeping value in Brazil," a BNDES director said.',
            "The loan carries a 20-year term.",
        ],
        _c(
            "BNDES",
            "BR",
            "loan",
            "650000000",
            "BRL",
            minerals=["rare-earths"],
            announced_on=_D18,
        ),
        _c("Finep", "BR", "grant", "50000000", "BRL", announced_on=_D18),
    ),
    _a(
        "france-stockpile-orano",
        "France to stockpile critical metals; Orano invests in recycling",
        [
            "PARIS, June 13 - France will build a strategic stockpile of rare earths and gallium, "
            "the economy ministry said on Friday.",
            "Separately, Orano will invest €90 million in a rare earth magnet recycling plant near Lyon.",
            "Bpifrance is lending €25 million to the same plant, the state bank said.",
            "France's previous strategic stocks were wound down in the 1990s.",
            "The government did not say how much it would spend on the stockpile.",
            "Industry groups welcomed the plan.",
        ],
        _c(
            "FR",
            "FR",
            "stockpile",
            None,
            minerals=["gallium", "rare-earths"],
            announced_on=_D13,
        ),
        _c(
            "Orano",
            "FR",
            "equity",
            "90000000",
            "EUR",
            minerals=["rare-earths"],
            announced_on=_D13,
        ),
        _c(
            "Bpifrance",
            "FR",
            "loan",
            "25000000",
            "EUR",
            minerals=["rare-earths"],
            announced_on=_D13,
        ),
    ),
    _a(
        "dfc-exim-africa",
        "US lenders move on African graphite and cobalt",
        [
            "WASHINGTON, June 17 - The US International Development Finance Corporation (DFC) "
            "will invest $40 million in a graphite mine in Tanzania, the agency said on Tuesday.",
            "The Export-Import Bank of the United States issued a letter of interest for up to "
            "$200 million for a cobalt refinery in Zambia's Copperbelt.",
            "DFC officials denied reports that they would also lend to a copper smelter in the "
            "Democratic Republic of Congo.",
            "In 2022 the United States signed a memorandum with Zambia and Congo on battery supply chains.",
            "Both projects still need environmental approval.",
            "The refinery's owners have not been named.",
            "A DFC spokesperson said the equity would be paid in two tranches.",
        ],
        _c(
            "DFC",
            "US",
            "equity",
            "40000000",
            "USD",
            minerals=["graphite"],
            announced_on=_D17,
        ),
        _c(
            "Export-Import Bank of the United States",
            "US",
            "letter-of-interest",
            "200000000",
            "USD",
            minerals=["cobalt"],
            announced_on=_D17,
            **_CEIL,
        ),
    ),
    _a(
        "trading-houses-copper-undated",
        "Japanese trading houses scramble for copper",
        [
            "Marubeni agreed to buy copper concentrate from a mine in northern Chile, the company said.",
            "Sumitomo Corporation will invest ¥60 billion in a copper mine in Peru.",
            "Mitsui & Co said it had not decided whether to join either deal.",
            "Japanese smelters have struggled with record-low treatment charges since 2024.",
            "Copper prices hit a record in May.",
        ],
        _c("Marubeni", "JP", "offtake", None, minerals=["copper"]),
        _c("Sumitomo Corporation", "JP", "equity", "60000000000", "JPY", minerals=["copper"]),
    ),
    _a(
        "efa-kwinana-repeat",
        "Export Finance Australia lends A$400m to Kwinana lithium refinery",
        [
            "PERTH, 19 June 2025 - Export Finance Australia will lend A$400 million to a lithium "
            "hydroxide refinery in Kwinana, the agency said on Thursday.",
            '"Our A$400 million loan will help bring the refinery to full capacity," Export '
            "Finance Australia's chief executive said.",
            "The refinery was first financed in 2019 by a group of Australian banks.",
            "It has run below capacity since 2022 because of technical problems.",
            "The A$400 million loan runs for twelve years, the agency said.",
            "Western Australia produces about half of the world's mined lithium.",
            "The refinery's owners said they expected to restart the second train next year.",
            "Lithium prices have fallen sharply since late 2022.",
        ],
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "400000000",
            "AUD",
            minerals=["lithium"],
            announced_on=_D19,
        ),
    ),
    _a(
        "idc-south-africa-manganese",
        "South Africa's IDC lends to manganese smelter",
        [
            "JOHANNESBURG, June 16 - The Industrial Development Corporation (IDC) will lend R1.8 "
            "billion to a manganese smelter in the Northern Cape, the state-owned lender said on "
            "Monday.",
            "Standard Bank will guarantee R500 million of the smelter's debt.",
            "South Africa holds about three-quarters of the world's known manganese reserves.",
            "In 2019 the IDC provided R300 million to a ferrochrome plant in Limpopo.",
            "Electricity prices remain the biggest risk for smelters in the country, analysts said.",
            "Sibanye-Stillwater declined to comment on reports it could buy into the smelter.",
        ],
        _c(
            "IDC",
            "ZA",
            "loan",
            "1800000000",
            "ZAR",
            minerals=["manganese"],
            announced_on=_D16,
        ),
        _c(
            "Standard Bank",
            "ZA",
            "guarantee",
            "500000000",
            "ZAR",
            minerals=["manganese"],
            announced_on=_D16,
        ),
    ),
    _a(
        "germany-raw-materials-undated",
        "Berlin puts money behind raw materials fund; VW unit signs lithium deal",
        [
            "Germany will put €500 million into a raw materials fund managed by KfW, the economy "
            "ministry said.",
            "PowerCo, Volkswagen's battery unit, agreed to buy lithium hydroxide from Vulcan "
            "Energy for eight years.",
            "KfW could also lend to individual projects, a spokesperson said, but no project "
            "has been chosen.",
            "In 2023 the German government first announced plans for the fund.",
            "Germany imports almost all of the lithium its carmakers use.",
            "Vulcan Energy plans to extract lithium from geothermal brines in the Upper Rhine valley.",
            "The fund will take minority stakes of up to 49%.",
        ],
        _c("DE", "DE", "equity", "500000000", "EUR"),
        _c("PowerCo", "DE", "offtake", None, minerals=["lithium"], counterparty="Vulcan Energy"),
    ),
    _a(
        "gulf-jointly-nickel",
        "Abu Dhabi funds team up on Indonesian nickel",
        [
            "ABU DHABI, June 20 - Mubadala and ADQ will jointly invest $600 million in a nickel "
            "processing plant in Indonesia's Morowali industrial park, the two funds said on "
            "Friday.",
            "International Resources Holding agreed to buy nickel matte from a smelter in Sulawesi.",
            "The UAE has made metals one of the pillars of its economic diversification.",
            "In 2024 International Resources Holding bought a majority stake in Zambia's Mopani "
            "Copper Mines.",
            "The funds did not say how the $600 million would be split.",
        ],
        _c(
            "Mubadala",
            "AE",
            "equity",
            "600000000",
            "USD",
            minerals=["nickel"],
            announced_on=_D20,
            **_USD_NOT_INFERRED,
        ),
        _c("ADQ", "AE", "equity", None, minerals=["nickel"], announced_on=_D20),
        _c(
            "International Resources Holding",
            "AE",
            "offtake",
            None,
            minerals=["nickel"],
            announced_on=_D20,
        ),
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-23"

# Filled in by the lead after the first scoring run (2026-12-01, 07:06 UTC, on round 18 as merged
# at a3a59fc: 225 of 245 exact; round 19 read the same 225); the cases stay as written.
# Round 20 (2026-12-01) tuned the reader on this batch: 241 of 245 exact; the rest stay known misses.
BLIND23_MISSES: dict[str, str] = {
    "b23-jogmec-thread-heavy-re": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths'] (convention kept: "
        "heavy-rare-earths is its own code in store/vocab.py, a group the queries answer; the main "
        "corpus and batches 3, 5, 6 and 9 expect it for 'heavy rare earths')"
    ),
    "b23-typo-actor": (
        "commitment 0 actor: expected 'Mitsubishi Corporation', got 'Mitsbishi Corporation' (+1 more) "
        "(kept as written: the reader does not fuzzy-match names, a one-letter slip can name another "
        "company)"
    ),
    "b23-loan-to-named-company": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths'] (convention kept, "
        "as b23-jogmec-thread-heavy-re)"
    ),
    "b23-rsmml-tungsten": (
        "commitment 0 actor: expected 'Rajasthan State Mines and Minerals', got 'Rajasthan State Mines "
        "and Minerals Ltd' (convention kept: the main corpus logs a company the table does not know "
        "with the legal form written, 'Saskatchewan Uranium Corp', 'Mulga Minerals Pty Ltd', "
        "'Dartmoor Tungsten plc')"
    ),
}
