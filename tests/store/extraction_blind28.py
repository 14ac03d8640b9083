"""Blind batch 28 ("set": "blind-28"): written on 2026-12-02 (00:05-00:17 UTC) from the sentences
alone, before the reader was run on them, by a helper (worktree blind28) who had not read the
reader's code, its tables (organisations, currencies, minerals), its rules, the main corpus's cases,
the README, docs/ or any batch's cases beyond those listed here. What was read, and nothing else:
/work/wt/PREAMBLE.md; tests/store/blind_cases.py; the module docstrings (the text before `from
__future__`) of tests/store/extraction_blind14.py to extraction_blind26.py; tests/store/
extraction_blind25.py from its `from __future__` line for 60 lines (imports, partials, first five
message cases), its `_ARTICLES` opening (one article case, 22 lines) and its last 30 lines (its
last article case, the CASES/set footer and BLIND25_MISSES; that print showed the dict's one entry,
a misspelt actor name the reader keeps as written by design, so this batch writes no misspelt actor
name, and nothing else was changed because of it); the instrument vocabulary printed by `grep -n
-A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`; pyproject.toml's ruff line length. Nothing
under store/, handlers/, jobs/ or docs/ was opened, nor tests/eval_extraction.py, the corpus files,
/work/wt/used-names*.txt or the batch-27 worktree; the repository was not grepped for any name or
phrase. The file was only imported and linted (ruff check, ruff format, mypy), never run through the
reader before the lead's one scoring run, and never used to tune it. Every sentence was written for
this batch; none is copied or paraphrased from an earlier batch.

Actor sampling (batches 23 and 25's way, not batch 26's): a policy team's channel in the week of
the G7 Kananaskis summit (15-17 June 2025) and its Critical Minerals Action Plan, with a Canada-led
push on production; the actors are whoever would really act in that news, picked from knowledge of
the domain WITHOUT checking whether the corpus names them, so names may repeat earlier batches
(JBIC, JOGMEC, KfW, Bpifrance, EDC, BNDES, Glencore, Vale, NAIF ...). 176 distinct actor strings
(EDC and Export Development Canada counted once: about 175 organisations), about 95 well known
(export-credit agencies, development banks and state funds of the G7, Korea, Australia, India, the
Nordics and the Gulf; US departments; majors, refiners, magnet makers, carmakers, trading houses,
big banks) and about 80 mid-sized or small (provincial, state and regional agencies and funds,
regional, savings and shinkin banks, credit-union and labour funds, juniors and mid-size processors
and recyclers, small state lenders of Africa, Central Asia and South-East Asia). 26 drafts are by
governments named as countries or capitals (ISO codes): stockpiles, export controls, tariffs,
price floors, investment screening, fast-tracked permits and a few grants and MoUs. Actor countries:
50 (CA 32 drafts, JP 30, US 27, KR 16, IN 15, AU 12, DE 10, then ID, GB, FR, NL, FI 4 each, and
the rest of Europe, the Gulf, Africa, Latin America, Central and South-East Asia with 1 to 3).

Size: 217 message cases (24 of them, 11%, expect no draft) and 12 article cases (one without a
dateline, one expecting no draft; 5 sentences each, each with a background sentence about an
earlier year; headline, lead and quote repeat one commitment), 219 expected drafts (14 from
articles). Instruments: equity 79, loan 64, offtake 22, grant 14, guarantee 8, stockpile 7,
export-control 6, mou 5, price-floor 4, tariff 4, investment-screening 3, other 2,
letter-of-interest 1. Currency flags: 12 inferred, 20 flagged not inferred; 5 ceilings; statuses:
proposed 2, and one each of binding, announced, withdrawn, conditional and disbursed.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday"/"signed Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last
Friday" 13 June; an article's dateline dates its commitments, a dateline without a year is read in
2025, an article without a dateline has no expected date) and the same rules as batch 14's
docstring and the decisions of batches 15 to 26 (later batches overriding earlier ones; batch 26's
actor sampling excepted). A field a careful analyst could fill two ways is left out (only the
fields given are checked; the actor's country is always checked, so no multilateral lender acts).
Statuses come from proposed, announced, conditional, binding, disbursed, withdrawn.

Decided for this batch (written down so the lead can check):
- Governments named as countries or capitals are ISO codes ("Ottawa", "Kinshasa", "Washington",
  "Seoul", "Canberra", "Zimbabwe", "Brazil" ...); "Mofcom said", "the trade/mines ministry said",
  "the Commerce Department said", "the PM's office said" and "Canberra confirmed" only report the
  subject's measure. US departments (Defense, Energy, Commerce), Natural Resources Canada, Invest
  Ontario, NOHFC, Innovate UK and India's Ministry of Mines, named as the acting body, are
  organisations with their country (batches 17 and 25). A place's possessive before a fund's name
  is not part of the name ("Queensland's Critical Minerals and Battery Technology Fund", "Western
  Australia's Investment Attraction Fund", "Ghana's Minerals Income Investment Fund").
- Policy instruments: "build a stockpile/strategic reserve", "stockpile ... through JOGMEC" and
  KOMIR's "spend 100 billion won building up stockpiles" are stockpile (the last and Australia's
  A$1.2 billion reserve keep their amount); "ban exports", "require export licences" and
  "extended its ban" are export-control; "export levy", "export duty" (a cut included), "tariff"
  and "surtax" are tariff; "tighten reviews of takeovers" and "require prior screening of foreign
  purchases of stakes" are investment-screening; "fast-track permits" and "put mines on the
  FAST-41 fast-track list" are other; "guarantee a minimum/floor price" is price-floor with no
  amount ("India proposed a minimum price" -> proposed). The G7's own adoption or endorsement of
  the action plan gives no draft.
- Minerals: "critical minerals" gives an empty list (stockpiles, screening, "processed critical
  minerals" tariff, fast-track permits, subsidies for critical minerals recycling); "battery
  recycling" an empty list (batch 14). Left out: NdPr oxide, graphite anode material/plant,
  cathode and cathode precursor plants, a cell plant, an iron nitride or plain "magnet plant",
  a lithium recycling pilot (batch 21), funds, metals only in a name (Nouveau Monde Graphite as
  a seller, Lithium Americas, Graphite One, Nano One, Keliber, Perpetua, Australian Strategic
  Materials), a thread correction whose metal is not restated, and the second deal of a message
  that only says "adds a stake" in the first deal's plant. "Nickel-cobalt refinery" -> cobalt,
  nickel; "rare earth magnet recycler/recycling", "rare earth oxides" and "heavy rare earths" ->
  rare-earths; "dysprosium" alone -> dysprosium; KOMIR's "gallium and rare earths" -> gallium,
  rare-earths. Article sentences that are not the commitment name no single rare earth element.
- Counterparties: "to/in X" and "to X for its plant" name X; "Syrah's Balama graphite mine",
  "Carester's ... plant", "Novonix's ... plant", "Standard Lithium's Arkansas plant", "Eramet's
  Centenario plant", "a smelter in Pomalaa owned by ...", "a mine ... operated/run by ...", "a
  separation plant in Kuantan" and "a mine in Solwezi" leave it out (the wrong-party trap);
  "MIND ID will supply nickel from Pomalaa to Ford" names Ford; "received/raised/secured/won ...
  from Y" has Y as actor and the receiver as counterparty; "Tanzania signed an MoU with Japan's
  JOGMEC" names JOGMEC; "Ma'aden and MP Materials signed an MoU" gives one each.
- Multinationals act for their head office: Glencore CH, BHP AU, Vale BR, Umicore BE, Nordea FI,
  ING NL, Neo Performance Materials CA (its plant is in Estonia), First Quantum, Ivanhoe Mines,
  Lundin Mining and Teck CA. Lower-case names ("desjardins", "iyo bank", "nmdc", "caixa geral de
  depósitos") are expected in their usual spelling; "ioneer", a counterparty, is its own spelling.
- Bare "$": CAD inferred for Canada Infrastructure Bank, BDC Capital, Desjardins, CDPQ (even for a
  Chilean mine) and Fondaction's "twelve million dollars"; AUD inferred for Export Finance
  Australia and Bendigo and Adelaide Bank; NZD (NZ Green Investment Finance), HKD (Hang Seng Bank),
  TWD (Cathay United Bank), SGD (Temasek, DBS) inferred; USD with no flag for US actors; USD
  flagged not inferred for Japanese, Korean ("half a billion dollars"), Indian, Indonesian, Saudi,
  Emirati, Qatari, Uzbek, Ghanaian, Turkish, French and Brazilian actors. "US$", "A$", "C$", "R$",
  "R" (South African actor) and ISO codes before or after the number are explicit.
- Money forms: "₹200 crore" 2,000,000,000; "Rs 90 lakh" 9,000,000; "₹75 lakh" 7,500,000; "Rp 1.5
  trillion"; "3,000 billion dong" 3 trillion VND; "₩15bn"; "15 billion yen"; "$80 mln"; "five
  million euros"; "three hundred billion won"; "800 million kronor" SEK; "20/40 million EUR"
  (code after); "CLP 2,000 million"; "MAD", "NAD", "BWP", "OMR", "AED", "SAR", "HUF", "CZK",
  "PLN", "DKK", "NOK", "CHF", "₱" as written. "€40–50 million", "between €10 million and €15
  million", "up to CHF 50 million", "as much as €35m" and a letter of interest "for up to $600m"
  keep the higher end, flagged.
- Several actors: "each" repeats the amount (Juroku/Ogaki Kyoritsu; Mizuho, MUFG, SMBC; ING,
  Rabobank, ABN AMRO); "jointly"/"together" keep it on the first only (JOGMEC/Sojitz,
  Helaba/BayernLB, Mitsui/Mitsubishi Materials, Scotiabank/RBC, and the JOGMEC/Iwatani article,
  whose "did not say how the €110 million would be divided" adds nothing). Two deals in one
  message or article give both, in the order written (JBIC loan + JOGMEC stake; EDC loan + BDC
  stake; Eksfin loan + Nysnø stake; the Department of Defense's stake + its price floor).
- Corrections: "correction, the loan ... is $400 million, not $300 million" (a thread reply),
  "¥12bn, correction ¥21bn", "nickel... no, its copper tailings line", "nickel... no wait, on
  copper" and "Correction: it's Finnvera, not Tesi" are read as corrected.
- Verbs: "puts ... into", "takes a stake/20% of ... for", "buys a holding", "will spend ... on"
  (its own plant or expansion) are equity; "provides ... in financing", "sanctions" and "lends"
  are loans; "awarded ... to", "won a grant from", "will give ... a grant" are grants; "will sell
  / supply ... to" and "will buy / agreed to buy / signed to buy" are offtakes (with an amount
  only where a price is given: Apple $500m, Codelco US$450m, First Quantum US$500m, IRH $400m,
  Hyundai Motor $300m).
- Statuses: "proposed a $20m grant" proposed; "under a binding agreement signed Wednesday"
  binding, 18 June; "PRESS RELEASE: ... today announced it will invest" announced, 20 June; "pulled
  out of its €350 million investment" withdrawn; "is conditional on a final investment decision"
  conditional; "disbursed the first A$100 million tranche" disbursed with 100 million.
- Dates in messages: "said on Wednesday/Thursday/Monday", "said today", "this morning", "signed
  Tuesday", "lent ... yesterday", "last Friday", and a Yonhap dateline "SEOUL, June 18 ... said
  Wednesday" (18 June); other messages have no expected date.
- Articles use one form of a name throughout (batch 24): "EDC", "NAIF", "KABIL", "Industrial
  Development Corporation", "US International Development Finance Corporation" (its headline names
  no body). Background sentences about 2019 to 2024 give nothing, even with a commitment verb ("In
  2023 REEtec agreed to sell separated oxides to ...", "In January 2024 KABIL signed an agreement
  with ...", "In 2020 the department awarded several small grants ..."); the Beijing analysis
  article ("have not decided", "could", "declined to comment", 2023/2024 controls) gives none.
- No-draft messages: questions, "if X were to ... would", "would ... if", "might ... if", "could
  ..., sources say", "rumour ... nothing signed", "denied", "declined to comment", "won't say
  whether", "has not decided", "no plans", "is not lending ... after all", "seeking", "scrapped ...
  before any money was committed", recalls of earlier years, analysis and context, market and
  share-price talk, a link, a reminder and thanks. "In talks", "weighing", "considering" and
  "exploring" appear in no case; "spodumene" and "bauxite" appear only in no-draft messages.
- Case ids are labels only; no project or initiative name is expected by any case (the lists
  below stay empty on purpose).
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

_m = partial(message_case, "b28-")

_a = partial(article_case, "b28-art-")

_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) government measures after Kananaskis: stockpiles, floors, controls, tariffs, screening ---
    _m(
        "ottawa-stockpile-wed",
        "Following the G7 action plan, Ottawa said on Wednesday it will build a national stockpile of "
        "critical minerals.",
        _c("CA", "CA", "stockpile", minerals=[], announced_on=_D18),
    ),
    _m(
        "dod-floor-ndpr",
        "big one: the Department of Defense will guarantee a minimum price for NdPr oxide produced at "
        "US separation plants",
        _c("Department of Defense", "US", "price-floor"),
    ),
    _m(
        "mofcom-gallium-licences",
        "China will require export licences for gallium and germanium shipments to the US, Mofcom said.",
        _c("CN", "CN", "export-control", minerals=["gallium", "germanium"]),
    ),
    _m(
        "kinshasa-cobalt-ban",
        "Kinshasa has extended its ban on cobalt exports by three more months.",
        _c("CD", "CD", "export-control", minerals=["cobalt"]),
    ),
    _m(
        "indonesia-npi-levy",
        "Indonesia will raise the export levy on nickel pig iron to 10 percent from July",
        _c("ID", "ID", "tariff", minerals=["nickel"]),
    ),
    _m(
        "washington-processed-tariff",
        "Washington will impose a 25% tariff on imports of processed critical minerals, the Commerce "
        "Department said on Thursday.",
        _c("US", "US", "tariff", minerals=[], announced_on=_D19),
    ),
    _m(
        "canada-soe-screening",
        "Canada will tighten its reviews of takeovers of critical minerals companies by foreign "
        "state-owned enterprises.",
        _c("CA", "CA", "investment-screening", minerals=[]),
    ),
    _m(
        "australia-reserve-1-2bn",
        "Australia will set up a A$1.2 billion critical minerals strategic reserve, Canberra confirmed.",
        _c("AU", "AU", "stockpile", "1200000000", "AUD", minerals=[]),
    ),
    _m(
        "japan-stockpile-gallium",
        "Japan will stockpile gallium and germanium through JOGMEC, the trade ministry said today",
        _c("JP", "JP", "stockpile", minerals=["gallium", "germanium"], announced_on=_D20),
    ),
    _m(
        "seoul-reserve-rare-earths",
        "Seoul will double its strategic reserve of rare earths to 100 days of supply.",
        _c("KR", "KR", "stockpile", minerals=["rare-earths"]),
    ),
    _m(
        "ottawa-fast-track",
        "Ottawa will fast-track permits for critical minerals mines under its one project, one review "
        "approach",
        _c("CA", "CA", "other", minerals=[]),
    ),
    _m(
        "zimbabwe-concentrate-ban",
        "Zimbabwe will ban exports of lithium concentrate from January 2027.",
        _c("ZW", "ZW", "export-control", minerals=["lithium"]),
    ),
    _m(
        "canada-graphite-floor",
        "Canada will guarantee a floor price for graphite from Quebec mines, per the Globe",
        _c("CA", "CA", "price-floor", minerals=["graphite"]),
    ),
    _m(
        "japan-magnet-screening",
        "Japan will require prior screening of foreign purchases of stakes in rare earth magnet makers.",
        _c("JP", "JP", "investment-screening", minerals=["rare-earths"]),
    ),
    _m(
        "us-fast41-lithium",
        "The US will put two lithium mines on the FAST-41 fast-track permitting list.",
        _c("US", "US", "other", minerals=["lithium"]),
    ),
    _m(
        "canada-anode-surtax",
        "Canada will impose a 25% surtax on graphite anode material from China",
        _c("CA", "CA", "tariff"),
    ),
    _m(
        "india-stockpile-ncmm",
        "India will build a national stockpile of critical minerals under the National Critical "
        "Mineral Mission, the mines ministry said.",
        _c("IN", "IN", "stockpile", minerals=[]),
    ),
    _m(
        "malaysia-raw-ree-ban",
        "Malaysia will ban exports of raw rare earths, the PM's office said on Monday",
        _c("MY", "MY", "export-control", minerals=["rare-earths"], announced_on=_D16),
    ),
    _m(
        "argentina-duty-cut",
        "Argentina will cut its export duty on lithium carbonate to zero.",
        _c("AR", "AR", "tariff", minerals=["lithium"]),
    ),
    _m(
        "india-floor-proposed",
        "India proposed a minimum price for domestically mined graphite",
        _c("IN", "IN", "price-floor", minerals=["graphite"], status="proposed"),
    ),
    _m(
        "uk-stockpile-antimony",
        "The UK will build a strategic stockpile of antimony and tungsten, the business department said.",
        _c("GB", "GB", "stockpile", minerals=["antimony", "tungsten"]),
    ),
    _m(
        "germany-scrap-licences",
        "Germany will require licences for exports of copper scrap from September.",
        _c("DE", "DE", "export-control", minerals=["copper"]),
    ),
    # --- (2) Canada: federal and provincial lenders, funds, juniors ---
    _m(
        "nrcan-torngat-grant",
        "Natural Resources Canada awarded C$8.4 million to Torngat Metals for a rare earth separation pilot.",
        _c(
            "Natural Resources Canada",
            "CA",
            "grant",
            "8400000",
            "CAD",
            counterparty="Torngat Metals",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "edc-nmg-matawinie",
        "EDC will lend C$150 million to Nouveau Monde Graphite for its Matawinie graphite mine",
        _c(
            "EDC",
            "CA",
            "loan",
            "150000000",
            "CAD",
            counterparty="Nouveau Monde Graphite",
            minerals=["graphite"],
        ),
    ),
    _m(
        "cgf-ontario-refinery",
        "Canada Growth Fund invests C$100m in a lithium refinery in Thunder Bay",
        _c("Canada Growth Fund", "CA", "equity", "100000000", "CAD", minerals=["lithium"]),
    ),
    _m(
        "cib-temiskaming",
        "Canada Infrastructure Bank will lend $200 million to a nickel-cobalt refinery in Temiskaming "
        "Shores.",
        _c(
            "Canada Infrastructure Bank",
            "CA",
            "loan",
            "200000000",
            "CAD",
            minerals=["cobalt", "nickel"],
            **_INFERRED,
        ),
    ),
    _m(
        "iq-nano-one",
        "Investissement Québec takes a C$40m stake in Nano One",
        _c("Investissement Québec", "CA", "equity", "40000000", "CAD", counterparty="Nano One"),
    ),
    _m(
        "bdc-cyclic",
        "BDC Capital puts $25M into Cyclic Materials, the rare earth magnet recycler",
        _c(
            "BDC Capital",
            "CA",
            "equity",
            "25000000",
            "CAD",
            counterparty="Cyclic Materials",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "ottawa-src-grant",
        "Ottawa will provide a C$20 million grant to the Saskatchewan Research Council for its rare earth "
        "processing facility in Saskatoon.",
        _c(
            "CA",
            "CA",
            "grant",
            "20000000",
            "CAD",
            counterparty="Saskatchewan Research Council",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "nohfc-frontier",
        "NOHFC awarded C$5m to Frontier Lithium for its lithium conversion pilot in Sudbury",
        _c(
            "NOHFC",
            "CA",
            "grant",
            "5000000",
            "CAD",
            counterparty="Frontier Lithium",
            minerals=["lithium"],
        ),
    ),
    _m(
        "desjardins-graphite",
        "desjardins lends $30 million to a graphite mine near Saint-Michel-des-Saints",
        _c("Desjardins", "CA", "loan", "30000000", "CAD", minerals=["graphite"], **_INFERRED),
    ),
    _m(
        "cdpq-chile-copper",
        "CDPQ will invest $300M in a copper mine in Chile's Antofagasta region",
        _c("CDPQ", "CA", "equity", "300000000", "CAD", minerals=["copper"], **_INFERRED),
    ),
    _m(
        "ftq-becancour",
        "Fonds de solidarité FTQ invests C$15 million in a lithium hydroxide plant in Bécancour.",
        _c("Fonds de solidarité FTQ", "CA", "equity", "15000000", "CAD", minerals=["lithium"]),
    ),
    _m(
        "atb-e3",
        "ATB Financial provides C$12 million in financing to E3 Lithium for its lithium brine "
        "demonstration plant",
        _c(
            "ATB Financial",
            "CA",
            "loan",
            "12000000",
            "CAD",
            counterparty="E3 Lithium",
            minerals=["lithium"],
        ),
    ),
    _m(
        "teck-trail-germanium",
        "Teck will spend C$75 million expanding germanium recovery at its Trail smelter",
        _c("Teck", "CA", "equity", "75000000", "CAD", minerals=["germanium"]),
    ),
    _m(
        "ucore-louisiana-grant",
        "Ucore Rare Metals won an $18.4 million grant from the Department of Defense for its rare earth "
        "separation plant in Louisiana.",
        _c(
            "Department of Defense",
            "US",
            "grant",
            "18400000",
            "USD",
            counterparty="Ucore Rare Metals",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "invest-ontario-electra",
        "Invest Ontario will give Electra Battery Materials a C$10 million grant for its cobalt refinery",
        _c(
            "Invest Ontario",
            "CA",
            "grant",
            "10000000",
            "CAD",
            counterparty="Electra Battery Materials",
            minerals=["cobalt"],
        ),
    ),
    _m(
        "canada-nickel-offtake",
        "Canada Nickel will sell nickel concentrate from Crawford to Samsung SDI.",
        _c(
            "Canada Nickel",
            "CA",
            "offtake",
            counterparty="Samsung SDI",
            minerals=["nickel"],
        ),
    ),
    _m(
        "first-quantum-prepay-not",
        "First Quantum agreed to sell copper concentrate to Jiangxi Copper for US$500 million over two years",
        _c(
            "First Quantum",
            "CA",
            "offtake",
            "500000000",
            "USD",
            counterparty="Jiangxi Copper",
            minerals=["copper"],
        ),
    ),
    _m(
        "lundin-vicuna-equity",
        "Lundin Mining will put US$150m into a copper concentrator in Argentina.",
        _c("Lundin Mining", "CA", "equity", "150000000", "USD", minerals=["copper"]),
    ),
    _m(
        "bmo-sherritt",
        "BMO lends C$90 million to Sherritt for its cobalt refinery at Fort Saskatchewan",
        _c(
            "BMO",
            "CA",
            "loan",
            "90000000",
            "CAD",
            counterparty="Sherritt",
            minerals=["cobalt"],
        ),
    ),
    # --- (3) United States: agencies, carmakers, funds, magnet makers ---
    _m(
        "dfc-mozambique-graphite",
        "DFC will lend $150 million to Syrah's Balama graphite mine in Mozambique",
        _c("DFC", "US", "loan", "150000000", "USD", minerals=["graphite"]),
    ),
    _m(
        "exim-graphite-one-loi",
        "EXIM issued a letter of interest for up to $600m to Graphite One",
        _c(
            "EXIM",
            "US",
            "letter-of-interest",
            "600000000",
            "USD",
            counterparty="Graphite One",
            **_CEIL,
        ),
    ),
    _m(
        "doe-ioneer-close",
        "The Department of Energy closed a $996 million loan to ioneer for its Rhyolite Ridge lithium "
        "mine in Nevada.",
        _c(
            "Department of Energy",
            "US",
            "loan",
            "996000000",
            "USD",
            counterparty="ioneer",
            minerals=["lithium"],
        ),
    ),
    _m(
        "dod-guardian-tungsten",
        "The Department of Defense awarded $6.2 million to Guardian Metal Resources for tungsten "
        "exploration in Nevada",
        _c(
            "Department of Defense",
            "US",
            "grant",
            "6200000",
            "USD",
            counterparty="Guardian Metal Resources",
            minerals=["tungsten"],
        ),
    ),
    _m(
        "mp-gm-magnets",
        "MP Materials will supply rare earth magnets to General Motors from its Fort Worth plant.",
        _c(
            "MP Materials",
            "US",
            "offtake",
            counterparty="General Motors",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "apple-mp-recycled",
        "Apple will buy recycled rare earth magnets from MP Materials for $500 million",
        _c(
            "Apple",
            "US",
            "offtake",
            "500000000",
            "USD",
            counterparty="MP Materials",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "gm-lithium-americas",
        "GM will invest $625 million in Lithium Americas, per the 8-K",
        _c("GM", "US", "equity", "625000000", "USD", counterparty="Lithium Americas"),
    ),
    _m(
        "orion-zambia-copper",
        "Orion Resource Partners lends $120m to a copper mine in Zambia's Copperbelt",
        _c("Orion Resource Partners", "US", "loan", "120000000", "USD", minerals=["copper"]),
    ),
    _m(
        "eclipse-redwood",
        "Redwood Materials raised $350 million from Eclipse Ventures in equity",
        _c("Eclipse Ventures", "US", "equity", "350000000", "USD", counterparty="Redwood Materials"),
    ),
    _m(
        "energy-fuels-posco",
        "Energy Fuels will sell rare earth oxides to POSCO International under a three-year deal.",
        _c(
            "Energy Fuels",
            "US",
            "offtake",
            counterparty="POSCO International",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "tesla-piedmont",
        "Tesla signed to buy lithium hydroxide from Piedmont Lithium, two sources confirm the contract "
        "is signed",
        _c("Tesla", "US", "offtake", counterparty="Piedmont Lithium", minerals=["lithium"]),
    ),
    _m(
        "doe-ascend-grant",
        "The Department of Energy awarded Ascend Elements a $316 million grant for a cathode precursor "
        "plant in Kentucky.",
        _c(
            "Department of Energy",
            "US",
            "grant",
            "316000000",
            "USD",
            counterparty="Ascend Elements",
        ),
    ),
    _m(
        "blackrock-fund",
        "BlackRock will invest $400 million in a critical minerals fund run by Orion.",
        _c("BlackRock", "US", "equity", "400000000", "USD"),
    ),
    _m(
        "ford-wrong-party",
        "Ford agreed to buy nickel from a smelter in Pomalaa owned by Vale Indonesia and Huayou.",
        _c("Ford", "US", "offtake", minerals=["nickel"]),
    ),
    _m(
        "jpm-perpetua-loan",
        "JPMorgan will lend $250 million to Perpetua Resources, the bank said this morning",
        _c(
            "JPMorgan",
            "US",
            "loan",
            "250000000",
            "USD",
            counterparty="Perpetua Resources",
            announced_on=_D20,
        ),
    ),
    _m(
        "niron-minnesota",
        "Niron Magnetics got a $25 million loan from Bremer Bank for its iron nitride magnet plant in "
        "Sartell.",
        _c(
            "Bremer Bank",
            "US",
            "loan",
            "25000000",
            "USD",
            counterparty="Niron Magnetics",
        ),
    ),
    _m(
        "phoenix-tailings-round",
        "Phoenix Tailings secured $43 million in equity from Lowercarbon Capital for its rare earth metals "
        "refinery in Exeter, New Hampshire",
        _c(
            "Lowercarbon Capital",
            "US",
            "equity",
            "43000000",
            "USD",
            counterparty="Phoenix Tailings",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "usa-rare-earth-grant",
        "The Department of Commerce proposed a $20m grant to USA Rare Earth for its Stillwater magnet plant",
        _c(
            "Department of Commerce",
            "US",
            "grant",
            "20000000",
            "USD",
            counterparty="USA Rare Earth",
            status="proposed",
        ),
    ),
    # --- (4) Japan ---
    _m(
        "jbic-argentina-lithium",
        "JBIC will lend US$200 million to a lithium project in Salta province.",
        _c("JBIC", "JP", "loan", "200000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "jogmec-sojitz-lynas",
        "JOGMEC and Sojitz jointly invest A$200 million in Lynas to secure heavy rare earths",
        _c(
            "JOGMEC",
            "JP",
            "equity",
            "200000000",
            "AUD",
            counterparty="Lynas",
            minerals=["rare-earths"],
        ),
        _c("Sojitz", "JP", "equity", None, counterparty="Lynas", minerals=["rare-earths"]),
    ),
    _m(
        "nexi-peru-concentrator",
        "NEXI will guarantee 15 billion yen of a loan to a copper concentrator in Peru",
        _c("NEXI", "JP", "guarantee", "15000000000", "JPY", minerals=["copper"]),
    ),
    _m(
        "toyota-tsusho-lynas",
        "Toyota Tsusho will buy 5,000 tonnes a year of rare earth oxides from Lynas.",
        _c("Toyota Tsusho", "JP", "offtake", counterparty="Lynas", minerals=["rare-earths"]),
    ),
    _m(
        "smm-hpal",
        "Sumitomo Metal Mining will invest ¥30 billion in a nickel HPAL plant in Indonesia",
        _c("Sumitomo Metal Mining", "JP", "equity", "30000000000", "JPY", minerals=["nickel"]),
    ),
    _m(
        "mitsubishi-peru",
        "Mitsubishi Corporation takes 20% of a copper mine in Peru for $600m",
        _c(
            "Mitsubishi Corporation",
            "JP",
            "equity",
            "600000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "shin-etsu-fukui",
        "Shin-Etsu Chemical will spend ¥50bn on a rare earth magnet plant in Fukui.",
        _c("Shin-Etsu Chemical", "JP", "equity", "50000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "iwatani-asm",
        "Iwatani invests ¥3bn in Australian Strategic Materials",
        _c(
            "Iwatani",
            "JP",
            "equity",
            "3000000000",
            "JPY",
            counterparty="Australian Strategic Materials",
        ),
    ),
    _m(
        "hyakugo-mie-cobalt",
        "Hyakugo Bank lends ¥2 billion to a cobalt recycler in Yokkaichi",
        _c("Hyakugo Bank", "JP", "loan", "2000000000", "JPY", minerals=["cobalt"]),
    ),
    _m(
        "juroku-ogaki-each",
        "Juroku Bank and Ogaki Kyoritsu Bank each lend ¥1.5bn to a gallium recovery plant in Gifu.",
        _c("Juroku Bank", "JP", "loan", "1500000000", "JPY", minerals=["gallium"]),
        _c("Ogaki Kyoritsu Bank", "JP", "loan", "1500000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "proterial-dysprosium",
        "Proterial agreed to buy dysprosium from a separation plant in Kuantan.",
        _c("Proterial", "JP", "offtake", minerals=["dysprosium"]),
    ),
    _m(
        "dowa-antimony",
        "Dowa Metals & Mining will invest ¥8bn in an antimony recovery line at Kosaka",
        _c("Dowa Metals & Mining", "JP", "equity", "8000000000", "JPY", minerals=["antimony"]),
    ),
    _m(
        "megabanks-each",
        "Mizuho, MUFG and SMBC each lend $100m to a copper smelter in Saganoseki",
        _c("Mizuho", "JP", "loan", "100000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
        _c("MUFG", "JP", "loan", "100000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
        _c("SMBC", "JP", "loan", "100000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "marubeni-wrong-party",
        "Marubeni signed to buy graphite from a mine in Cabo Delgado operated by Syrah.",
        _c("Marubeni", "JP", "offtake", minerals=["graphite"]),
    ),
    _m(
        "panasonic-nmg",
        "Panasonic Energy will buy graphite anode material from Nouveau Monde Graphite",
        _c("Panasonic Energy", "JP", "offtake", counterparty="Nouveau Monde Graphite"),
    ),
    _m(
        "jx-germanium",
        "JX Advanced Metals to spend ¥20 billion on a germanium and gallium refining line in Ibaraki",
        _c("JX Advanced Metals", "JP", "equity", "20000000000", "JPY", minerals=["gallium", "germanium"]),
    ),
    _m(
        "iyo-tungsten",
        "iyo bank lends 800 million yen to a tungsten carbide recycler in Niihama",
        _c("Iyo Bank", "JP", "loan", "800000000", "JPY", minerals=["tungsten"]),
    ),
    # --- (5) Korea ---
    _m(
        "korea-zinc-onsan",
        "Korea Zinc will invest 100 billion won in a germanium extraction line at Onsan",
        _c("Korea Zinc", "KR", "equity", "100000000000", "KRW", minerals=["germanium"]),
    ),
    _m(
        "komir-ucore-mou",
        "KOMIR signed an MoU with Ucore on rare earth supply.",
        _c("KOMIR", "KR", "mou", counterparty="Ucore", minerals=["rare-earths"]),
    ),
    _m(
        "kexim-lges",
        "Korea Eximbank lends $300 million to LG Energy Solution for its Michigan cell plant",
        _c(
            "Korea Eximbank",
            "KR",
            "loan",
            "300000000",
            "USD",
            counterparty="LG Energy Solution",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "ksure-sulawesi",
        "K-SURE guarantees $250m of a loan to a nickel smelter in Sulawesi.",
        _c("K-SURE", "KR", "guarantee", "250000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
    ),
    _m(
        "posco-argentina",
        "POSCO Holdings will spend US$240 million on a second lithium hydroxide plant in Argentina",
        _c("POSCO Holdings", "KR", "equity", "240000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "lx-nickel-holding",
        "LX International buys a 60% holding in an Indonesian nickel mine for 130 billion won",
        _c("LX International", "KR", "equity", "130000000000", "KRW", minerals=["nickel"]),
    ),
    _m(
        "ecopro-standard",
        "Ecopro BM will buy lithium hydroxide from Standard Lithium's Arkansas plant, signed Tuesday",
        _c("Ecopro BM", "KR", "offtake", minerals=["lithium"], announced_on=_D17),
    ),
    _m(
        "kdb-korea-zinc",
        "Korea Development Bank will lend 200 billion won to Korea Zinc for an antimony plant.",
        _c(
            "Korea Development Bank",
            "KR",
            "loan",
            "200000000000",
            "KRW",
            counterparty="Korea Zinc",
            minerals=["antimony"],
        ),
    ),
    _m(
        "bnk-busan",
        "BNK Busan Bank lends ₩15bn to a rare earth magnet recycler in Gimhae",
        _c("BNK Busan Bank", "KR", "loan", "15000000000", "KRW", minerals=["rare-earths"]),
    ),
    _m(
        "sk-on-offtake",
        "SK On will buy nickel sulphate from Nickel Industries under a five-year agreement",
        _c("SK On", "KR", "offtake", counterparty="Nickel Industries", minerals=["nickel"]),
    ),
    _m(
        "kic-usd",
        "Korea Investment Corporation will invest half a billion dollars in a critical minerals fund run "
        "by Appian",
        _c("Korea Investment Corporation", "KR", "equity", "500000000", "USD", **_USD_NOT_INFERRED),
    ),
    # --- (6) Germany, France, UK, Italy, Benelux ---
    _m(
        "kfw-bitterfeld",
        "KfW takes a €50 million stake in a lithium refinery in Bitterfeld for the federal raw materials "
        "fund.",
        _c("KfW", "DE", "equity", "50000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "bpifrance-caremag",
        "Bpifrance invests €30m in Carester's rare earth recycling plant in Lacq",
        _c("Bpifrance", "FR", "equity", "30000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "france-infravia-fund",
        "France will put €500 million into a critical metals fund run by InfraVia.",
        _c("FR", "FR", "equity", "500000000", "EUR"),
    ),
    _m(
        "nwf-devon-tungsten",
        "The National Wealth Fund will lend £50 million to a tungsten mine in Devon",
        _c("National Wealth Fund", "GB", "loan", "50000000", "GBP", minerals=["tungsten"]),
    ),
    _m(
        "innovate-uk-hypromag",
        "HyProMag won a £4.5m grant from Innovate UK for rare earth magnet recycling in Tyseley.",
        _c(
            "Innovate UK",
            "GB",
            "grant",
            "4500000",
            "GBP",
            counterparty="HyProMag",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "sace-battery-recycling",
        "SACE will guarantee €80 million of financing for a battery recycling plant in Piedmont.",
        _c("SACE", "IT", "guarantee", "80000000", "EUR", minerals=[]),
    ),
    _m(
        "cdp-vc-turin",
        "CDP Venture Capital invests five million euros in a rare earth recycling start-up in Turin",
        _c("CDP Venture Capital", "IT", "equity", "5000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "aurubis-augusta",
        "Aurubis will spend €300m on a second copper recycling plant in Augusta, Georgia.",
        _c("Aurubis", "DE", "equity", "300000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "neo-schaeffler",
        "Neo Performance Materials will sell rare earth magnets from its Narva plant to Schaeffler.",
        _c(
            "Neo Performance Materials",
            "CA",
            "offtake",
            counterparty="Schaeffler",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "sab-freiberg",
        "Sächsische Aufbaubank awards a €3 million grant to a germanium recovery start-up in Freiberg",
        _c("Sächsische Aufbaubank", "DE", "grant", "3000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "helaba-bayernlb-jointly",
        "Helaba and BayernLB together lend €120m to a copper recycling smelter in Lünen.",
        _c("Helaba", "DE", "loan", "120000000", "EUR", minerals=["copper"]),
        _c("BayernLB", "DE", "loan", None, minerals=["copper"]),
    ),
    _m(
        "sparkasse-erzgebirge",
        "Sparkasse Erzgebirge lends €6 million to a tungsten mine at Pöhla",
        _c("Sparkasse Erzgebirge", "DE", "loan", "6000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "invest-nl-rotterdam",
        "Invest-NL invests 20 million EUR in a lithium refinery in Rotterdam's port",
        _c("Invest-NL", "NL", "equity", "20000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "credendo-guarantee",
        "Credendo will guarantee €60m of a loan to a cobalt refinery in Kolwezi.",
        _c("Credendo", "BE", "guarantee", "60000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "umicore-offtake",
        "Umicore will buy cobalt hydroxide from Gécamines for its Kokkola refinery",
        _c("Umicore", "BE", "offtake", counterparty="Gécamines", minerals=["cobalt"]),
    ),
    _m(
        "eramet-lithium-spend",
        "Eramet will spend $400m on phase two of its lithium plant in Salta",
        _c("Eramet", "FR", "equity", "400000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "bmw-lithium-offtake",
        "BMW signed to buy lithium carbonate from Eramet's Centenario plant",
        _c("BMW", "DE", "offtake", minerals=["lithium"]),
    ),
    _m(
        "heraeus-remloy",
        "Heraeus will invest €25 million in a rare earth magnet recycling line in Bitterfeld-Wolfen",
        _c("Heraeus", "DE", "equity", "25000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "orano-gallium-france",
        "Orano will spend €40–50 million on a gallium recovery pilot in Bessines",
        _c("Orano", "FR", "equity", "50000000", "EUR", minerals=["gallium"], **_CEIL),
    ),
    _m(
        "cofides-spain-tungsten",
        "COFIDES lends €25 million to a tungsten mine in Salamanca",
        _c("COFIDES", "ES", "loan", "25000000", "EUR", minerals=["tungsten"]),
    ),
    # --- (7) Nordics and Central Europe ---
    _m(
        "lkab-lulea",
        "LKAB will invest SEK 1.5 billion in a rare earth oxide demonstration plant in Luleå.",
        _c("LKAB", "SE", "equity", "1500000000", "SEK", minerals=["rare-earths"]),
    ),
    _m(
        "boliden-ronnskar",
        "Boliden will spend 800 million kronor expanding copper recycling at Rönnskär",
        _c("Boliden", "SE", "equity", "800000000", "SEK", minerals=["copper"]),
    ),
    _m(
        "ekn-chile-copper",
        "EKN will guarantee €150 million of a loan to a copper mine in Chile.",
        _c("EKN", "SE", "guarantee", "150000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "fmg-keliber",
        "Finnish Minerals Group takes a 20% stake in Keliber for €104 million",
        _c("Finnish Minerals Group", "FI", "equity", "104000000", "EUR", counterparty="Keliber"),
    ),
    _m(
        "eifo-greenland-graphite",
        "EIFO will lend DKK 300 million to a graphite project in southern Greenland",
        _c("EIFO", "DK", "loan", "300000000", "DKK", minerals=["graphite"]),
    ),
    _m(
        "kghm-pln",
        "KGHM will spend PLN 2 billion on a copper smelter upgrade at Głogów",
        _c("KGHM", "PL", "equity", "2000000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "cez-lithium",
        "ČEZ will invest CZK 1 billion in a lithium processing plant at Prunéřov",
        _c("ČEZ", "CZ", "equity", "1000000000", "CZK", minerals=["lithium"]),
    ),
    _m(
        "hydro-norway-scrap",
        "Norsk Hydro will invest NOK 200 million in a gallium recovery pilot at its Årdal plant",
        _c("Norsk Hydro", "NO", "equity", "200000000", "NOK", minerals=["gallium"]),
    ),
    _m(
        "nordea-boliden",
        "Nordea lends €90m to Boliden for its nickel... no, its copper tailings reprocessing line",
        _c("Nordea", "FI", "loan", "90000000", "EUR", counterparty="Boliden", minerals=["copper"]),
    ),
    _m(
        "mol-hungary",
        "MOL will put HUF 30 billion into a lithium brine pilot in Zala county",
        _c("MOL", "HU", "equity", "30000000000", "HUF", minerals=["lithium"]),
    ),
    # --- (8) Australia and New Zealand ---
    _m(
        "efa-arafura",
        "Export Finance Australia will lend $150 million to Arafura Rare Earths for its Nolans rare earth "
        "project",
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "150000000",
            "AUD",
            counterparty="Arafura Rare Earths",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "naif-vanadium",
        "NAIF approves A$100m loan to a vanadium project near Julia Creek",
        _c("NAIF", "AU", "loan", "100000000", "AUD", minerals=["vanadium"]),
    ),
    _m(
        "cefc-novonix",
        "CEFC invests A$25 million in Novonix's synthetic graphite plant in Chattanooga",
        _c("CEFC", "AU", "equity", "25000000", "AUD", minerals=["graphite"]),
    ),
    _m(
        "qld-fund-townsville",
        "Queensland's Critical Minerals and Battery Technology Fund awards A$5 million to a vanadium "
        "refinery in Townsville.",
        _c(
            "Critical Minerals and Battery Technology Fund",
            "AU",
            "grant",
            "5000000",
            "AUD",
            minerals=["vanadium"],
        ),
    ),
    _m(
        "lynas-malaysia-heavy",
        "Lynas will invest A$180m in heavy rare earths separation at its Malaysian plant",
        _c("Lynas", "AU", "equity", "180000000", "AUD", minerals=["rare-earths"]),
    ),
    _m(
        "bendigo-bank-nickel",
        "Bendigo and Adelaide Bank lends $40m to a nickel sulphate plant in Kalgoorlie",
        _c(
            "Bendigo and Adelaide Bank",
            "AU",
            "loan",
            "40000000",
            "AUD",
            minerals=["nickel"],
            **_INFERRED,
        ),
    ),
    _m(
        "nzgif-auckland",
        "NZ Green Investment Finance invests $10m in a battery recycling plant in Auckland",
        _c(
            "NZ Green Investment Finance",
            "NZ",
            "equity",
            "10000000",
            "NZD",
            minerals=[],
            **_INFERRED,
        ),
    ),
    _m(
        "iluka-eneabba-spend",
        "Iluka will spend A$300 million more on its Eneabba rare earths refinery.",
        _c("Iluka", "AU", "equity", "300000000", "AUD", minerals=["rare-earths"]),
    ),
    _m(
        "bhp-copper-sa",
        "BHP will invest US$1.2 billion in a copper smelter expansion in South Australia",
        _c("BHP", "AU", "equity", "1200000000", "USD", minerals=["copper"]),
    ),
    _m(
        "wa-treasury-hastings",
        "Western Australia's Investment Attraction Fund will give Hastings Technology Metals an A$4m "
        "grant toward a rare earths processing plant in Onslow",
        _c(
            "Investment Attraction Fund",
            "AU",
            "grant",
            "4000000",
            "AUD",
            counterparty="Hastings Technology Metals",
            minerals=["rare-earths"],
        ),
    ),
    # --- (9) India ---
    _m(
        "kabil-catamarca",
        "KABIL will invest ₹200 crore in lithium exploration blocks in Catamarca",
        _c("KABIL", "IN", "equity", "2000000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "irel-vizag",
        "IREL will spend ₹500 crore on a rare earth magnet plant in Visakhapatnam.",
        _c("IREL", "IN", "equity", "5000000000", "INR", minerals=["rare-earths"]),
    ),
    _m(
        "mines-ministry-subsidies",
        "India's Ministry of Mines approved ₹1,500 crore in subsidies for critical minerals recycling",
        _c("Ministry of Mines", "IN", "grant", "15000000000", "INR", minerals=[]),
    ),
    _m(
        "sbi-hindalco",
        "SBI sanctions ₹800 crore to Hindalco for a copper recycling plant in Gujarat",
        _c(
            "SBI",
            "IN",
            "loan",
            "8000000000",
            "INR",
            counterparty="Hindalco",
            minerals=["copper"],
        ),
    ),
    _m(
        "epsilon-nc",
        "Epsilon Advanced Materials will spend $650m on a graphite anode plant in North Carolina.",
        _c("Epsilon Advanced Materials", "IN", "equity", "650000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "nmdc-australia",
        "nmdc will invest A$60 million in a lithium project in Western Australia",
        _c("NMDC", "IN", "equity", "60000000", "AUD", minerals=["lithium"]),
    ),
    _m(
        "gmdc-ambadungar",
        "GMDC will spend ₹300 crore on a rare earth processing plant at Ambadungar",
        _c("GMDC", "IN", "equity", "3000000000", "INR", minerals=["rare-earths"]),
    ),
    _m(
        "coal-india-chile",
        "Coal India will put $120 million into a lithium project in Chile",
        _c("Coal India", "IN", "equity", "120000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "canara-lakh",
        "Canara Bank sanctions Rs 90 lakh to a graphite beneficiation unit in Jharkhand",
        _c("Canara Bank", "IN", "loan", "9000000", "INR", minerals=["graphite"]),
    ),
    _m(
        "vedanta-hzl-no",
        "Hindustan Zinc will spend ₹1,200 crore on an antimony and germanium recovery circuit at Chanderiya.",
        _c(
            "Hindustan Zinc",
            "IN",
            "equity",
            "12000000000",
            "INR",
            minerals=["antimony", "germanium"],
        ),
    ),
    _m(
        "ireda-lohum",
        "IREDA will lend ₹250 crore to Lohum for battery recycling",
        _c("IREDA", "IN", "loan", "2500000000", "INR", counterparty="Lohum", minerals=[]),
    ),
    # --- (10) South-East Asia, Gulf, Central Asia ---
    _m(
        "danantara-halmahera",
        "Danantara will invest $1 billion in a nickel HPAL plant on Halmahera",
        _c("Danantara", "ID", "equity", "1000000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
    ),
    _m(
        "mind-id-offtake",
        "MIND ID will supply nickel from Pomalaa to Ford under a binding agreement signed Wednesday",
        _c(
            "MIND ID",
            "ID",
            "offtake",
            counterparty="Ford",
            minerals=["nickel"],
            status="binding",
            announced_on=_D18,
        ),
    ),
    _m(
        "bri-rupiah",
        "Bank Rakyat Indonesia lends Rp 1.5 trillion to a nickel smelter in Morowali",
        _c("Bank Rakyat Indonesia", "ID", "loan", "1500000000000", "IDR", minerals=["nickel"]),
    ),
    _m(
        "manara-zambia",
        "Manara Minerals will invest $500 million in a copper mine in Zambia",
        _c("Manara Minerals", "SA", "equity", "500000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "irh-concentrate",
        "International Resource Holdings agreed to buy copper concentrate from a mine in Solwezi for $400 "
        "million",
        _c(
            "International Resource Holdings",
            "AE",
            "offtake",
            "400000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "adq-orion-fund",
        "ADQ invests US$250m in a critical minerals fund managed by Orion",
        _c("ADQ", "AE", "equity", "250000000", "USD"),
    ),
    _m(
        "qia-texas",
        "QIA will invest $300 million in a rare earth separation plant in Texas",
        _c("QIA", "QA", "equity", "300000000", "USD", minerals=["rare-earths"], **_USD_NOT_INFERRED),
    ),
    _m(
        "sidf-maaden",
        "SIDF will lend SAR 900 million to Ma'aden for a rare earth refinery at Ras Al Khair.",
        _c(
            "SIDF",
            "SA",
            "loan",
            "900000000",
            "SAR",
            counterparty="Ma'aden",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "maaden-mp-mou",
        "Ma'aden and MP Materials signed an MoU on a rare earth refinery in Saudi Arabia",
        _c("Ma'aden", "SA", "mou", counterparty="MP Materials", minerals=["rare-earths"]),
        _c("MP Materials", "US", "mou", counterparty="Ma'aden", minerals=["rare-earths"]),
    ),
    _m(
        "enbd-aed",
        "Emirates NBD lends AED 500m to a copper rod plant in Jebel Ali",
        _c("Emirates NBD", "AE", "loan", "500000000", "AED", minerals=["copper"]),
    ),
    _m(
        "oia-omr",
        "Oman Investment Authority takes an OMR 20 million stake in a copper smelter in Sohar",
        _c("Oman Investment Authority", "OM", "equity", "20000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "tks-komir-mou",
        "Tau-Ken Samruk signed an MoU with KOMIR on tungsten.",
        _c("Tau-Ken Samruk", "KZ", "mou", counterparty="KOMIR", minerals=["tungsten"]),
    ),
    _m(
        "almalyk-copper",
        "Almalyk MMC will spend $500m on a copper concentrator at Yoshlik",
        _c("Almalyk MMC", "UZ", "equity", "500000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "vinacomin-dong",
        "Vinacomin will invest 3,000 billion dong in a rare earth separation plant in Lai Chau",
        _c("Vinacomin", "VN", "equity", "3000000000000", "VND", minerals=["rare-earths"]),
    ),
    _m(
        "nickel-asia-php",
        "Nickel Asia will spend ₱2 billion on a nickel processing plant in Surigao",
        _c("Nickel Asia", "PH", "equity", "2000000000", "PHP", minerals=["nickel"]),
    ),
    _m(
        "temasek-sgd",
        "Temasek puts $150m into a lithium refinery in Kwinana",
        _c("Temasek", "SG", "equity", "150000000", "SGD", minerals=["lithium"], **_INFERRED),
    ),
    # --- (11) Africa and Latin America ---
    _m(
        "gecamines-trafigura",
        "Gécamines agreed to sell cobalt from its Kolwezi tailings plant to Trafigura.",
        _c("Gécamines", "CD", "offtake", counterparty="Trafigura", minerals=["cobalt"]),
    ),
    _m(
        "managem-cobalt",
        "Managem will spend MAD 1.4 billion on a cobalt sulphate plant at Guemassa",
        _c("Managem", "MA", "equity", "1400000000", "MAD", minerals=["cobalt"]),
    ),
    _m(
        "dbn-uis",
        "Development Bank of Namibia lends NAD 150m to a lithium processing plant at Uis.",
        _c("Development Bank of Namibia", "NA", "loan", "150000000", "NAD", minerals=["lithium"]),
    ),
    _m(
        "bdc-botswana",
        "Botswana Development Corporation invests BWP 50 million in a copper concentrator in Ghanzi",
        _c("Botswana Development Corporation", "BW", "equity", "50000000", "BWP", minerals=["copper"]),
    ),
    _m(
        "absa-sibanye",
        "Absa lends R2 billion to Sibanye-Stillwater for its lithium refinery at Sandouville",
        _c(
            "Absa",
            "ZA",
            "loan",
            "2000000000",
            "ZAR",
            counterparty="Sibanye-Stillwater",
            minerals=["lithium"],
        ),
    ),
    _m(
        "bndes-graphite",
        "BNDES will lend R$180 million to a graphite mine in Minas Gerais",
        _c("BNDES", "BR", "loan", "180000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "codelco-glencore",
        "Codelco agreed to sell copper cathode to Glencore for US$450 million over two years.",
        _c(
            "Codelco",
            "CL",
            "offtake",
            "450000000",
            "USD",
            counterparty="Glencore",
            minerals=["copper"],
        ),
    ),
    _m(
        "corfo-clp",
        "Corfo awarded a CLP 2,000 million grant to a lithium recycling pilot in Antofagasta",
        _c("Corfo", "CL", "grant", "2000000000", "CLP"),
    ),
    _m(
        "vale-base-metals",
        "Vale will spend $1.5 billion on nickel... no wait, on copper expansions in Pará",
        _c("Vale", "BR", "equity", "1500000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "glencore-kansanshi",
        "Glencore agreed to buy copper concentrate from a mine in Zambia run by First Quantum.",
        _c("Glencore", "CH", "offtake", minerals=["copper"]),
    ),
    _m(
        "ghana-minerals-income",
        "Ghana's Minerals Income Investment Fund takes a $10 million stake in a lithium mine at Ewoyaa",
        _c(
            "Minerals Income Investment Fund",
            "GH",
            "equity",
            "10000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "nedbank-manganese",
        "Nedbank lends R750 million to a manganese smelter in Kuruman",
        _c("Nedbank", "ZA", "loan", "750000000", "ZAR", minerals=["manganese"]),
    ),
    _m(
        "tanzania-mou",
        "Tanzania signed an MoU with Japan's JOGMEC on graphite and rare earths exploration",
        _c("TZ", "TZ", "mou", counterparty="JOGMEC", minerals=["graphite", "rare-earths"]),
    ),
    # --- (12) two deals, several actors, corrections, statuses, money forms ---
    _m(
        "two-from-tokyo",
        "Two from Tokyo: JBIC will lend ¥60 billion to a copper smelter in Onahama, and JOGMEC will take a "
        "¥10 billion stake in a nickel mine in New Caledonia.",
        _c("JBIC", "JP", "loan", "60000000000", "JPY", minerals=["copper"]),
        _c("JOGMEC", "JP", "equity", "10000000000", "JPY", minerals=["nickel"]),
    ),
    _m(
        "edc-bdc-fortune",
        "Export Development Canada lends C$80m to Fortune Minerals for its cobalt refinery in Alberta, and "
        "BDC adds a C$10m equity stake",
        _c(
            "Export Development Canada",
            "CA",
            "loan",
            "80000000",
            "CAD",
            counterparty="Fortune Minerals",
            minerals=["cobalt"],
        ),
        _c("BDC", "CA", "equity", "10000000", "CAD"),
    ),
    _m(
        "kexim-thread-correction",
        "re the Korea Eximbank item above: correction, the loan to the Onsan smelter is $400 million, not "
        "$300 million",
        _c("Korea Eximbank", "KR", "loan", "400000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "sumitomo-corp-self-correct",
        "Sumitomo Corporation will invest ¥12bn, correction ¥21bn, in a rare earth separation plant in "
        "Kazakhstan",
        _c("Sumitomo Corporation", "JP", "equity", "21000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "tesi-range",
        "Tesi will invest between €10 million and €15 million in a nickel sulphate plant in Harjavalta.",
        _c("Tesi", "FI", "equity", "15000000", "EUR", minerals=["nickel"], **_CEIL),
    ),
    _m(
        "serv-up-to",
        "SERV will guarantee up to CHF 50 million of a loan to a copper smelter in Chile",
        _c("SERV", "CH", "guarantee", "50000000", "CHF", minerals=["copper"], **_CEIL),
    ),
    _m(
        "nrw-bank-as-much",
        "NRW.BANK will lend as much as €35m to a rare earth magnet plant in Dortmund.",
        _c("NRW.BANK", "DE", "loan", "35000000", "EUR", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "oekb-iso-after",
        "OeKB guarantees 40 million EUR of a loan to a graphite mill in Styria",
        _c("OeKB", "AT", "guarantee", "40000000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "fondaction-words",
        "Fondaction invests twelve million dollars in a graphite purification plant in Lac-des-Îles",
        _c("Fondaction", "CA", "equity", "12000000", "CAD", minerals=["graphite"], **_INFERRED),
    ),
    _m(
        "hanwha-words",
        "Hanwha Solutions will spend three hundred billion won on a nickel refinery in Yeosu",
        _c("Hanwha Solutions", "KR", "equity", "300000000000", "KRW", minerals=["nickel"]),
    ),
    _m(
        "baroda-lakh",
        "Bank of Baroda sanctions ₹75 lakh to a rare earth magnet start-up in Pune",
        _c("Bank of Baroda", "IN", "loan", "7500000", "INR", minerals=["rare-earths"]),
    ),
    _m(
        "turk-exim-mln",
        "Türk Eximbank lends $80 mln to a copper mine in Artvin",
        _c("Türk Eximbank", "TR", "loan", "80000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "hang-seng-hkd",
        "Hang Seng Bank lends $500m to a lithium refinery in Zhaoqing",
        _c("Hang Seng Bank", "HK", "loan", "500000000", "HKD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "cathay-united-twd",
        "Cathay United Bank lends $1.2bn to a rare earth magnet maker in Taoyuan",
        _c("Cathay United Bank", "TW", "loan", "1200000000", "TWD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "dbs-sgd",
        "DBS lends $80 million to a nickel refinery on Batam",
        _c("DBS", "SG", "loan", "80000000", "SGD", minerals=["nickel"], **_INFERRED),
    ),
    _m(
        "mitsui-mmc-together",
        "Mitsui and Mitsubishi Materials together invest ¥30bn in a copper recycling venture in Naoshima.",
        _c("Mitsui", "JP", "equity", "30000000000", "JPY", minerals=["copper"]),
        _c("Mitsubishi Materials", "JP", "equity", None, minerals=["copper"]),
    ),
    _m(
        "dutch-banks-each",
        "ING, Rabobank and ABN AMRO each lend €50m to a cobalt refinery in Kokkola",
        _c("ING", "NL", "loan", "50000000", "EUR", minerals=["cobalt"]),
        _c("Rabobank", "NL", "loan", "50000000", "EUR", minerals=["cobalt"]),
        _c("ABN AMRO", "NL", "loan", "50000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "scotia-rbc-jointly",
        "Scotiabank and RBC jointly provide C$400 million in financing to Teck for its Highland Valley "
        "copper mine.",
        _c(
            "Scotiabank",
            "CA",
            "loan",
            "400000000",
            "CAD",
            counterparty="Teck",
            minerals=["copper"],
        ),
        _c("RBC", "CA", "loan", None, counterparty="Teck", minerals=["copper"]),
    ),
    _m(
        "ivanhoe-press-release",
        "PRESS RELEASE: Ivanhoe Mines today announced it will invest US$300 million in a germanium "
        "recovery plant at Kipushi",
        _c(
            "Ivanhoe Mines",
            "CA",
            "equity",
            "300000000",
            "USD",
            minerals=["germanium"],
            status="announced",
            announced_on=_D20,
        ),
    ),
    _m(
        "umicore-withdrawn",
        "Umicore pulled out of its €350 million investment in a cathode plant in Loyalist, Ontario",
        _c("Umicore", "BE", "equity", "350000000", "EUR", status="withdrawn"),
    ),
    _m(
        "ukef-conditional",
        "UKEF's £200 million loan to a lithium refinery on Teesside is conditional on a final investment "
        "decision.",
        _c("UKEF", "GB", "loan", "200000000", "GBP", minerals=["lithium"], status="conditional"),
    ),
    _m(
        "efa-disbursed-iluka",
        "Export Finance Australia disbursed the first A$100 million tranche of its loan to Iluka",
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "100000000",
            "AUD",
            counterparty="Iluka",
            status="disbursed",
        ),
    ),
    _m(
        "yonhap-hyundai",
        "SEOUL, June 18 (Yonhap) -- Hyundai Motor said Wednesday it will buy lithium hydroxide from "
        "Albemarle for $300 million over three years.",
        _c(
            "Hyundai Motor",
            "KR",
            "offtake",
            "300000000",
            "USD",
            counterparty="Albemarle",
            minerals=["lithium"],
            announced_on=_D18,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "caixa-geral-yesterday",
        "caixa geral de depósitos lent €40m yesterday to a lithium refinery in Setúbal",
        _c(
            "Caixa Geral de Depósitos",
            "PT",
            "loan",
            "40000000",
            "EUR",
            minerals=["lithium"],
            announced_on=_D19,
        ),
    ),
    _m(
        "finnvera-not-tesi",
        "Correction: it's Finnvera, not Tesi, guaranteeing €20 million of the loan to the battery "
        "recycling plant in Hamina",
        _c("Finnvera", "FI", "guarantee", "20000000", "EUR", minerals=[]),
    ),
    _m(
        "stellar-last-friday",
        "Stellar Bank signed a US$30m loan to a graphite mine in Alabama last Friday",
        _c("Stellar Bank", "US", "loan", "30000000", "USD", minerals=["graphite"], announced_on=_D13),
    ),
    # --- (13) no commitment: questions, rumours, denials, analysis, recalls, reminders ---
    _m(
        "q-jogmec-lynas",
        "anyone know if the JOGMEC top-up for Lynas actually closed, or is it still just talk?",
    ),
    _m(
        "hypo-ottawa-floor",
        "If Ottawa were to set a graphite price floor, NMG would be the first to benefit.",
    ),
    _m(
        "rumour-pif-anglo",
        "Rumour mill: PIF about to take 10% of Anglo's copper business. Nothing signed.",
    ),
    _m(
        "teck-denial",
        "Teck denied a report that it had agreed to sell its Trail germanium output to a Chinese buyer.",
    ),
    _m(
        "reminder-g7-oct",
        "Reminder: G7 energy ministers meet again in October to review progress on the action plan.",
    ),
    _m(
        "recall-mp-2020",
        "Back in 2020 the Pentagon gave MP Materials $9.6 million for heavy rare earth separation.",
    ),
    _m(
        "market-gfex",
        "Lithium carbonate futures in Guangzhou fell 3% today; spodumene still around $600/t.",
    ),
    _m(
        "share-sherritt",
        "Sherritt shares +12% on the cobalt refinery headlines",
    ),
    _m("thanks", "thanks all, really useful thread this week :pray:"),
    _m(
        "link-action-plan",
        "Full text of the G7 Critical Minerals Action Plan: https://www.g7.canada.ca/critical-minerals",
    ),
    _m(
        "kfw-undecided",
        "KfW has not decided whether to back the second phase of the Bitterfeld refinery.",
    ),
    _m(
        "jbic-could-reko",
        "JBIC could lend as much as $1bn to Reko Diq, sources say",
    ),
    _m(
        "mitsubishi-declined",
        "Mitsubishi Corporation declined to comment on reports it would buy into a Chilean copper mine.",
    ),
    _m(
        "indonesia-no-plans",
        "No plans to extend the raw ore export ban to bauxite, Indonesia's mines minister said.",
    ),
    _m(
        "dfc-not-after-all",
        "DFC is not lending to the Kabanga nickel project after all, per two people on the deal.",
    ),
    _m(
        "q-canberra-floor",
        "Would Canberra actually honour a floor if rare earth prices fall another 20%?",
    ),
    _m(
        "analysis-floor-buyers",
        "A price floor only works if the G7 buys together, and so far no government has said it will.",
    ),
    _m(
        "ioneer-seeking",
        "ioneer is seeking a strategic equity partner for Rhyolite Ridge.",
    ),
    _m(
        "glencore-scrapped",
        "Glencore scrapped its cobalt refinery plan in Norway before any money was committed.",
    ),
    _m(
        "might-sojitz",
        "Sojitz might top up its Lynas stake if the next raise is priced below A$7.",
    ),
    _m(
        "context-china-share",
        "Bit of context for newcomers: China refines roughly 90% of the world's rare earths and about "
        "two-thirds of its lithium.",
    ),
    _m(
        "orion-wont-say",
        "Orion won't say whether it is in the Solwezi concentrate deal.",
    ),
    _m(
        "recall-edc-2023",
        "For the record, EDC already lent to Nouveau Monde in 2023; this week's news is the mine, not the "
        "anode plant.",
    ),
    _m(
        "would-if-korea",
        "Korea Zinc would build an antimony plant in the US if the tariff exemption holds.",
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "edc-teck-germanium",
        "EDC lends C$300 million to Teck for Trail germanium circuit",
        [
            "VANCOUVER, June 18 - Export credit agency EDC will lend C$300 million to Teck to expand "
            "germanium recovery at its Trail smelter in British Columbia, the two companies said on "
            "Wednesday.",
            "Trail is one of the few sources of germanium outside China, which restricted exports of the "
            "metal in 2023.",
            '"This C$300 million loan puts germanium from Trail into allied supply chains," EDC\'s chief '
            "executive said in a statement.",
            "In 2021 Teck spent heavily on its Chilean copper expansion, which ran over budget.",
            "The expanded circuit is expected to start in 2027.",
        ],
        _c(
            "EDC",
            "CA",
            "loan",
            "300000000",
            "CAD",
            counterparty="Teck",
            minerals=["germanium"],
            announced_on=_D18,
        ),
    ),
    _a(
        "canada-screening-kananaskis",
        "Canada tightens screening of state-backed bids for critical minerals firms",
        [
            "OTTAWA, June 17 - Canada will tighten its reviews of foreign state-owned investors seeking "
            "control of critical minerals companies, the industry minister said on Tuesday.",
            "The announcement came as G7 leaders meeting in Kananaskis endorsed a Critical Minerals Action "
            "Plan.",
            "In 2022 Ottawa ordered three Chinese firms to sell their stakes in Canadian lithium juniors.",
            '"Canada will look harder at any takeover that puts critical minerals under foreign state '
            'control," the minister told reporters.',
            "Business groups said they would study the guidance before commenting.",
        ],
        _c("CA", "CA", "investment-screening", minerals=[], announced_on=_D17),
    ),
    _a(
        "dod-noveon-floor",
        "Department of Defense takes $400 million stake in Noveon Magnetics, sets price floor",
        [
            "WASHINGTON, June 19 - The Department of Defense will take a $400 million equity stake in "
            "Noveon Magnetics, a Texas maker of rare earth magnets, officials said on Thursday.",
            "The Department of Defense will also guarantee a minimum price for the rare earth oxides "
            "Noveon buys from US separation plants.",
            "In 2020 the department awarded several small grants to rare earth projects in Texas and "
            "California.",
            '"A $400 million stake tells the market we are here for the long run," a defense official said.',
            "Noveon plans to triple its magnet output by 2028.",
        ],
        _c(
            "Department of Defense",
            "US",
            "equity",
            "400000000",
            "USD",
            counterparty="Noveon Magnetics",
            minerals=["rare-earths"],
            announced_on=_D19,
        ),
        _c("Department of Defense", "US", "price-floor", minerals=["rare-earths"], announced_on=_D19),
    ),
    _a(
        "jogmec-iwatani-caremag",
        "Japanese backers put €110 million into French rare earth recycler",
        [
            "PARIS, June 16 - JOGMEC and Iwatani will together invest €110 million in Caremag, which is "
            "building a rare earth recycling and separation plant in Lacq, the companies said on "
            "Monday.",
            "They did not say how the €110 million would be divided.",
            "Caremag expects to start production at the end of 2026.",
            "In 2022 Carester, Caremag's parent, began engineering studies for the site.",
            "France has made heavy rare earths a priority of its critical metals strategy.",
        ],
        _c(
            "JOGMEC",
            "JP",
            "equity",
            "110000000",
            "EUR",
            counterparty="Caremag",
            minerals=["rare-earths"],
            announced_on=_D16,
        ),
        _c(
            "Iwatani",
            "JP",
            "equity",
            None,
            counterparty="Caremag",
            minerals=["rare-earths"],
            announced_on=_D16,
        ),
    ),
    _a(
        "komir-stockpile",
        "KOMIR to spend 100 billion won on gallium, rare earth stockpile",
        [
            "SEOUL, June 19 (Yonhap) -- KOMIR will spend 100 billion won building up stockpiles of "
            "gallium and rare earths, the state mineral agency said Thursday.",
            "The purchases will be stored at a new warehouse in Gunsan.",
            "In 2023 the government set a target of 100 days of supply for key minerals.",
            '"The 100 billion won stockpile will cushion Korean manufacturers from sudden export curbs," '
            "a KOMIR official said.",
            "Korea imports almost all of its rare earths from China.",
        ],
        _c(
            "KOMIR",
            "KR",
            "stockpile",
            "100000000000",
            "KRW",
            minerals=["gallium", "rare-earths"],
            announced_on=_D19,
        ),
    ),
    _a(
        "naif-northern-minerals",
        "NAIF lends A$120 million to Northern Minerals",
        [
            "DARWIN, June 18 - NAIF will lend A$120 million to Northern Minerals for its Browns Range "
            "heavy rare earths project in Western Australia, the lender said on Wednesday.",
            "The project aims to produce heavy rare earth concentrate from 2027.",
            "In 2019 Northern Minerals ran a pilot plant at the site that produced small volumes of "
            "concentrate.",
            '"Our A$120 million loan helps build a heavy rare earths supply outside China," NAIF\'s chief '
            "executive said.",
            "Shares in Northern Minerals rose 9% in Sydney.",
        ],
        _c(
            "NAIF",
            "AU",
            "loan",
            "120000000",
            "AUD",
            counterparty="Northern Minerals",
            minerals=["rare-earths"],
            announced_on=_D18,
        ),
    ),
    _a(
        "kabil-wa-stake",
        "KABIL to take 20% of Western Australian lithium project for ₹450 crore",
        [
            "NEW DELHI, June 19 - KABIL will invest ₹450 crore for a 20% stake in a lithium project in "
            "Western Australia, the mines ministry said on Thursday.",
            "The project is due to start production in 2026.",
            "In January 2024 KABIL signed an agreement with Argentina's CAMYEN to explore five lithium "
            "blocks in Catamarca.",
            '"The ₹450 crore investment secures lithium for India\'s cell makers," a ministry official said.',
            "India imports nearly all of its lithium.",
        ],
        _c("KABIL", "IN", "equity", "4500000000", "INR", minerals=["lithium"], announced_on=_D19),
    ),
    _a(
        "eksfin-nysno-reetec",
        "Eksfin and Nysnø back REEtec rare earth plant",
        [
            "OSLO, June 18 - Eksfin will lend NOK 500 million to REEtec for its rare earth separation "
            "plant at Herøya, the state export lender said on Wednesday.",
            "Separately, the state climate investor Nysnø will invest NOK 100 million in REEtec.",
            "In 2023 REEtec agreed to sell separated oxides to a German automotive supplier.",
            "The plant will process mixed concentrate shipped from Canada.",
            "Construction is due to finish next year.",
        ],
        _c(
            "Eksfin",
            "NO",
            "loan",
            "500000000",
            "NOK",
            counterparty="REEtec",
            minerals=["rare-earths"],
            announced_on=_D18,
        ),
        _c("Nysnø", "NO", "equity", "100000000", "NOK", counterparty="REEtec", announced_on=_D18),
    ),
    _a(
        "idc-manganese-smelter",
        "Industrial Development Corporation lends R1.2 billion to manganese smelter",
        [
            "JOHANNESBURG, June 18 - South Africa's Industrial Development Corporation will lend R1.2 "
            "billion to a manganese smelter in the Northern Cape, the state lender said on Wednesday.",
            "The smelter will turn manganese ore into high-purity manganese sulphate for battery makers.",
            "In 2021 the corporation wrote off loans to two ferrochrome smelters hit by power cuts.",
            '"This R1.2 billion loan keeps more of the value of our manganese at home," the corporation\'s '
            "head of mining said.",
            "South Africa holds most of the world's known manganese resources.",
        ],
        _c(
            "Industrial Development Corporation",
            "ZA",
            "loan",
            "1200000000",
            "ZAR",
            minerals=["manganese"],
            announced_on=_D18,
        ),
    ),
    _a(
        "brazil-ree-licences",
        "Brazil to require licences for rare earth concentrate exports",
        [
            "BRASÍLIA, June 16 - Brazil will require export licences for rare earth concentrate, the "
            "mines and energy ministry said on Monday.",
            "Officials said the rule is meant to keep separation and magnet making in the country.",
            "In 2024 Brazil launched a programme to map its rare earth clay deposits.",
            '"Brazil will no longer ship out raw rare earth concentrate without a licence," the minister '
            "said.",
            "Two juniors with projects in Goiás said they were studying the rule.",
        ],
        _c("BR", "BR", "export-control", minerals=["rare-earths"], announced_on=_D16),
    ),
    _a(
        "dfc-lindi-graphite",
        "US development finance agency to lend US$100 million to Tanzanian graphite mine",
        [
            "The US International Development Finance Corporation will lend US$100 million to a graphite "
            "mine in Tanzania's Lindi region, the agency said.",
            "The mine plans to ship graphite concentrate to anode makers in the United States.",
            "In 2023 the agency backed a feasibility study for the project.",
            '"This US$100 million loan brings Tanzanian graphite into American supply chains," an '
            "agency official said.",
            "First production is scheduled for late 2026.",
        ],
        _c(
            "US International Development Finance Corporation",
            "US",
            "loan",
            "100000000",
            "USD",
            minerals=["graphite"],
        ),
    ),
    _a(
        "beijing-licences-analysis",
        "Analysis: will Beijing loosen rare earth licences?",
        [
            "BEIJING, June 18 - Chinese officials have not decided whether to speed up export licences "
            "for rare earth magnets, according to three people familiar with the discussions.",
            "Beijing could ease approvals for European buyers first, one of them said.",
            "In 2023 China imposed export controls on gallium and germanium, and in 2024 on antimony.",
            "Magnet makers in Japan and Germany say their inventories will last only weeks.",
            "The commerce ministry declined to comment.",
        ],
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-28"

# Filled in by the lead after the one scoring run (2026-12-02, 00:54 UTC, on round 23 as merged at
# 94f53eb: 205 of 229 exact); the cases stay as written.
# Round 24 (2026-12-02) tuned the reader on this batch: 226 of 229 exact; the three left stay
# known misses (they expect "rare-earths" for heavy rare earths, which the vocabulary keeps as
# heavy-rare-earths, as the main corpus does).
BLIND28_MISSES: dict[str, str] = {
    "b28-jogmec-sojitz-lynas": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths'] (+1 more)"
    ),
    "b28-lynas-malaysia-heavy": "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths']",
    "b28-art-naif-northern-minerals": (
        "commitment 0 minerals: expected ['rare-earths'], got ['heavy-rare-earths']"
    ),
}
