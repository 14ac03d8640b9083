"""Blind batch 25 ("set": "blind-25"): written on 2026-12-01 (07:57-08:05 UTC) from the sentences
alone, before the reader was run on them, by a helper (worktree blind25) who had not read the
reader's code, its tables (organisations, currencies, minerals), its rules, the main corpus's cases,
the README, docs/ or any batch's cases beyond those listed here. What was read, and nothing else:
/work/wt/PREAMBLE.md; tests/store/blind_cases.py; the module docstrings (the text before `from
__future__`) of tests/store/extraction_blind14.py to extraction_blind24.py (for batches 17 to 22
only their "Decided for this batch" lists); tests/store/extraction_blind23.py from its `from
__future__` line for about 150 lines (imports, partials, first sixteen message cases), lines
1913-1965 (its `_ARTICLES` opening: one full article case and the start of a second) and lines
2290-2300 (its CASES/set footer and the comment above BLIND23_MISSES, no entry of it); a keys-only
count of batch 23's expectation keywords (`grep -o "\b[a-z_]*=" | sort | uniq -c` and the status
words, to learn the spelling of counterparty= and status=; no sentence was printed); the instrument
vocabulary printed by `grep -n -A16 "INSTRUMENT_TITLES = {" bot/blockkit/digest.py`; the listing of
/work/shared/seeds/ (its article was not opened); pyproject.toml's ruff line length. Nothing under
store/, handlers/, jobs/ or docs/ was opened, nor tests/eval_extraction.py, nor
/work/wt/used-names*.txt. The file was only imported and linted (ruff check, ruff format, mypy),
never run through the reader before the lead's one scoring run, and never used to tune it. Every
sentence was written for this batch; none is copied or paraphrased from an earlier batch.

Actor sampling (batch 23's way): the actors are whoever would really act in critical-minerals news,
picked from knowledge of the domain WITHOUT checking whether the corpus names them, so names may
repeat earlier batches (JBIC, KfW, Bpifrance, BNDES, JOGMEC, EDC, Glencore, Vale ...). 178 actor
strings, about 172 distinct organisations (EDC and Export Development Canada, NAIF and Northern
Australia Infrastructure Facility, OeKB and Oesterreichische Kontrollbank, DFC and US International
Development Finance Corporation, DBSA and Development Bank of Southern Africa, NEXI and Nippon Export
and Investment Insurance counted once each). About 95 are well known (development banks,
export-credit agencies and insurers, sovereign funds, national lenders, majors, refiners, carmakers,
battery makers and trading houses of the G7, the EU, the Nordics, Australia, Korea, Japan, India,
the Gulf, Canada, Brazil, the US, Africa and South-East Asia) and about 77 are mid-sized or small
(regional, savings, cooperative, shinkin and state banks, state, regional and provincial agencies,
juniors, mid-size refiners and funds). Fifteen drafts are by governments named as countries or
capitals (ISO codes). Actor countries: 52 (JP 25 drafts, US 17, KR 14, IN 12, CA 11, AU 11, DE 9, BR
8, FR 8, GB 7, SE 6, then the Gulf, the Nordics, Southern, East, West and North Africa, South-East
and Central Asia, Latin America and Central Europe with 1 to 4 each).

Size: 194 message cases (22 of them, 11%, expect no draft) and 12 article cases (two without a
dateline; 5 or 6 sentences each, each with a background sentence about an earlier year; four repeat
the commitment in headline, lead and quote), 202 expected drafts (18 from articles). Instruments:
loan 75, equity 52, offtake 26, grant 17, guarantee 12, mou 7, stockpile 3, export-control 3, tariff
2, other 2, and one each of investment-screening, price-floor and letter-of-interest. Currency
flags: 9 inferred, 22 flagged not inferred; 4 ceilings; statuses: binding 3, proposed 2, and one
each of withdrawn, disbursed, conditional and announced.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday"/"Monday:" 16 June, "this morning"/"today" 20 June, "last Friday"
13 June; an article's dateline dates its commitments, a dateline without a year is read in 2025, an
article without a dateline has no expected date) and the same rules as batch 14's docstring and the
decisions of batches 15 to 24 (later batches overriding earlier ones). A field a careful analyst
could fill two ways is left out (only the fields given are checked; the actor's country is always
checked, so no multilateral lender acts). Statuses come from proposed, announced, conditional,
binding, disbursed, withdrawn.

Decided for this batch (written down so the lead can check):
- Batch 24 overrides batch 23 on bracketed names: no case writes an organisation's long and short
  name together ("Export Finance Norway (Eksfin)" was rewritten as "Eksfin", "Landesbank
  Baden-Württemberg (LBBW)" as "LBBW"); an article uses one form throughout (headline, lead, quote).
  Names are otherwise expected as written, short or long, in different cases (EDC / Export
  Development Canada; OeKB / Oesterreichische Kontrollbank); an appositive description ("EKF,
  Denmark's export credit agency,"; "GOED, Nevada's economic development office,"; "Agratas, the
  Tata battery unit,"; "Ampere, Renault's EV unit,") keeps the name written first. "SEK" (the
  Swedish export lender) is an actor named SEK whose loan is in kronor (SEK).
- Legal suffixes are dropped ("Coal India Ltd" -> Coal India); "Mitsui" is written without "& Co."
  so the name has one reading. Lower-case or misspelt names ("finnvera", "naif", "iyo bank",
  "marubeni", "nmdc", "ford", "temasek", "Export Development Canda") are expected in their usual
  spelling.
- Multinationals act for their head office (batch 23): Glencore and Mercuria CH, Anglo American GB,
  BHP AU, Vale BR, Umicore BE, Nordea FI, ING NL, Albemarle US, Agratas IN; units act under their own
  names (PowerCo DE, Ampere FR, Hyundai Mobis KR, Manara Minerals SA). Rio Tinto, Stellantis,
  Trafigura and multilateral lenders act in no case.
- US departments named as the acting body ("The Department of Energy awarded", "won a grant from
  the Department of Defense") are organisations with country US (batch 17); "the Pentagon" is not
  used (two readings). India's "Ministry of Mines", named as the subject that approved a grant, is
  an organisation (IN). "the resources/economy/energy ministry said" after a sentence whose subject
  is a country only reports it (batch 23).
- "MP Materials, Noveon Magnetics and Vulcan Elements each won a $15m grant from the Department of
  Defense" gives three grants by the department, one per named receiver as counterparty, each with
  the amount; "Cornish Lithium secured a £20m loan from the National Wealth Fund" is the fund's loan
  with Cornish Lithium as counterparty and minerals left out (metal only in the name).
- "Will pay $1.1 billion for a 51% stake in a copper mine" is equity of $1.1bn (batch 14's "takes N%
  of X for $M"); "buys a 30% holding in ... for USD 300 million" likewise.
- "Japan will lend Argentina $300m" is JP's loan with the counterparty left out (batch 24).
- Bare "$": CAD (inferred) for EDC, BDC, Desjardins and Canada Infrastructure Bank; AUD (inferred)
  for NAIF; NZD for Kiwibank; TWD for E.SUN Bank; HKD for Bank of East Asia; SGD for Temasek (all
  inferred); USD with no flag for US actors; USD flagged not inferred for Japanese, Korean, Chinese,
  Indian, Indonesian, Gulf, British, Swiss, Turkish and Zambian actors. GIC's and SQM's dollars are
  written "US$" (Singapore and Chile write "$" for their own currencies).
- An offtake "from a plant/mine/smelter in <place>" leaves the counterparty out (the wrong-party
  trap); "agreed to sell copper cathode to a smelter... to a refinery in Guangxi" is a corrected
  place, counterparty left out; "Cobalt from Jervois will be bought by Sojitz" is Sojitz's offtake
  with Jervois as counterparty (batch 17); an offtake with a price ("for US$300 million over three
  years", "for $180 million") has that amount.
- "Samsung SDI and POSCO Future M signed an MoU on cathode materials" gives one mou each with the
  minerals left out ("cathode materials" names no metal, but is not "critical minerals" either).
- "Ottawa will also fast-track permits for the refinery's power line" is CA's "other" with minerals
  left out (batch 24's power-line rule); "Australia will fast-track permits for critical minerals
  projects" is AU's "other" with an empty list.
- "Between €0.5 million and €1 million" and "40-60 billion won" keep the higher end, flagged; "lends
  ¥6bn, correction ¥16bn" is ¥16bn; "commits... invests" and "PIF commits... sorry, PIF will
  invest" are equity.
- A message opening with a wire dateline ("SEOUL, June 19 (Yonhap) -- ... said Thursday") is dated
  by its weekday (19 June); "PRESS RELEASE: X today announced it will invest" is announced, 20 June.
- Article background sentences about 2018 to 2024 (including grants and loans then) give nothing;
  "US officials could add further financing later in the year, people familiar said" gives nothing.
- No-draft messages: questions, "if X were to ... it would", "would ... if", "could ..., sources
  say", "might ... if", "has not decided", "no plans", "denied", "declined to comment", "won't say
  whether", "is not lending ... after all", "scrapped ... before any money was committed",
  "seeking", "rumour ... nothing signed", recalls of earlier years, market talk, share prices, a
  link, a reminder and thanks. "In talks", "weighing", "considering" and "exploring" appear in no
  case; "spodumene" and "bauxite" appear only in no-draft messages.
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

_m = partial(message_case, "b25-")

_a = partial(article_case, "b25-art-")

_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) well-known development banks, export-credit agencies and state funds ---
    _m(
        "jbic-chile-copper-wire",
        "TOKYO (Reuters) - JBIC to lend $500 mln for Chilean copper mine expansion",
        _c("JBIC", "JP", "loan", "500000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "nexi-pomalaa-guarantee",
        "NEXI will guarantee ¥20bn of a loan to a nickel smelter in Pomalaa, fyi",
        _c("NEXI", "JP", "guarantee", "20000000000", "JPY", minerals=["nickel"]),
    ),
    _m(
        "kfw-guben-tuesday",
        "KfW agreed on Tuesday to lend €150 million to a lithium hydroxide refinery in Guben.",
        _c("KfW", "DE", "loan", "150000000", "EUR", minerals=["lithium"], announced_on=_D17),
    ),
    _m(
        "ekf-vejle-magnets",
        "EKF, Denmark's export credit agency, will guarantee DKK 400 million of financing for a rare "
        "earth magnet plant in Vejle",
        _c("EKF", "DK", "guarantee", "400000000", "DKK", minerals=["rare-earths"]),
    ),
    _m(
        "finnvera-kokkola-cobalt",
        "finnvera grants a €60m loan to a cobalt refinery in Kokkola :finland:",
        _c("Finnvera", "FI", "loan", "60000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "eksfin-graphite-norway",
        "Eksfin guarantees NOK 900 million of a loan to a graphite mine in Nordland.",
        _c("Eksfin", "NO", "guarantee", "900000000", "NOK", minerals=["graphite"]),
    ),
    _m(
        "ukef-hull-lithium",
        "UK Export Finance has agreed to guarantee £45 million of a loan for a lithium refinery near Hull",
        _c("UK Export Finance", "GB", "guarantee", "45000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "dfc-tanzania-graphite-headline",
        "DFC signs $120 million loan for graphite plant in Tanzania",
        _c("DFC", "US", "loan", "120000000", "USD", minerals=["graphite"]),
    ),
    _m(
        "exim-utah-germanium",
        "EXIM said on Wednesday it approved a $75 million loan to a germanium refinery in Utah",
        _c("EXIM", "US", "loan", "75000000", "USD", minerals=["germanium"], announced_on=_D18),
    ),
    _m(
        "cgf-sudbury-nickel",
        "Canada Growth Fund will invest C$200 million in a nickel processing plant in Sudbury.",
        _c("Canada Growth Fund", "CA", "equity", "200000000", "CAD", minerals=["nickel"]),
    ),
    _m(
        "edc-bare-dollar-quebec",
        "EDC lends $80m to a graphite mine in the Laurentians",
        _c("EDC", "CA", "loan", "80000000", "CAD", minerals=["graphite"], **_INFERRED),
    ),
    _m(
        "efa-vanadium-qld",
        "Export Finance Australia has approved an A$150 million loan facility for a vanadium "
        "processing plant near Julia Creek.",
        _c("Export Finance Australia", "AU", "loan", "150000000", "AUD", minerals=["vanadium"]),
    ),
    _m(
        "naif-nt-rare-earths",
        "naif will lend $60m to a rare earths mine in the Northern Territory 🇦🇺",
        _c("NAIF", "AU", "loan", "60000000", "AUD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "korea-zinc-onsan",
        "Korea Zinc will invest 1.2 trillion won in a nickel refinery at Onsan",
        _c("Korea Zinc", "KR", "equity", "1200000000000", "KRW", minerals=["nickel"]),
    ),
    _m(
        "kexim-argentina-lioh",
        "KEXIM will lend $250 million to a lithium carbonate plant in Salta, per the bank's release",
        _c("KEXIM", "KR", "loan", "250000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "sbi-copper-crore",
        "SBI sanctions ₹2,000 crore for a copper smelter in Kutch",
        _c("SBI", "IN", "loan", "20000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "kabil-catamarca",
        "KABIL will invest Rs 200 crore in a lithium exploration block in Catamarca",
        _c("KABIL", "IN", "equity", "2000000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "hindalco-odisha-spend",
        "Hindalco will spend ₹3,000 crore on its copper recycling plant in Odisha, the company said today",
        _c("Hindalco", "IN", "equity", "30000000000", "INR", minerals=["copper"], announced_on=_D20),
    ),
    _m(
        "manara-zambia-copper",
        "Manara Minerals agreed to take a 10% stake in a Zambian copper mine for $500 million",
        _c("Manara Minerals", "SA", "equity", "500000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "adq-morocco-cobalt",
        "ADQ buys a 30% holding in a cobalt refinery in Morocco for USD 300 million",
        _c("ADQ", "AE", "equity", "300000000", "USD", minerals=["cobalt"], **_USD_NOT_INFERRED),
    ),
    _m(
        "maaden-mp-mou",
        "Ma'aden signed an MoU with MP Materials on rare earths",
        _c("Ma'aden", "SA", "mou", minerals=["rare-earths"], counterparty="MP Materials"),
    ),
    _m(
        "qia-lithium-fund",
        "QIA will put $400m into a battery metals fund managed in London",
        _c("QIA", "QA", "equity", "400000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "sumitomo-sulawesi-offtake",
        "Sumitomo Corporation agreed to buy nickel from a plant in Sulawesi",
        _c("Sumitomo Corporation", "JP", "offtake", minerals=["nickel"]),
    ),
    _m(
        "mitsubishi-albemarle-offtake",
        "Mitsubishi Corporation agreed to buy 10,000 tonnes of lithium hydroxide a year from Albemarle",
        _c("Mitsubishi Corporation", "JP", "offtake", minerals=["lithium"], counterparty="Albemarle"),
    ),
    _m(
        "toyota-tsusho-france-re",
        "Toyota Tsusho will invest ¥30 billion in a rare earth separation plant in La Rochelle",
        _c("Toyota Tsusho", "JP", "equity", "30000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "panasonic-nmg-graphite",
        "Panasonic Energy agreed to buy anode graphite from Nouveau Monde Graphite.",
        _c("Panasonic Energy", "JP", "offtake", minerals=["graphite"], counterparty="Nouveau Monde Graphite"),
    ),
    _m(
        "gm-arkansas-brine",
        "General Motors is putting $400m into a lithium brine project in Arkansas",
        _c("General Motors", "US", "equity", "400000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "ford-indonesia-nickel",
        "ford agreed to buy nickel from a smelter in indonesia",
        _c("Ford", "US", "offtake", minerals=["nickel"]),
    ),
    _m(
        "powerco-vulcan",
        "Volkswagen's PowerCo will buy lithium from Vulcan Energy for ten years",
        _c("PowerCo", "DE", "offtake", minerals=["lithium"], counterparty="Vulcan Energy"),
    ),
    _m(
        "bmw-managem-binding",
        "BMW signed a binding agreement to buy cobalt from Managem",
        _c("BMW", "DE", "offtake", minerals=["cobalt"], counterparty="Managem", status="binding"),
    ),
    _m(
        "hyundai-chile-lithium",
        "Hyundai Motor will invest $100 million in a lithium mine in the Atacama",
        _c("Hyundai Motor", "KR", "equity", "100000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "tesla-syrah-graphite",
        "Tesla agreed to buy graphite from Syrah Resources",
        _c("Tesla", "US", "offtake", minerals=["graphite"], counterparty="Syrah Resources"),
    ),
    _m(
        "lges-piedmont",
        "LG Energy Solution will buy lithium concentrate from Piedmont Lithium",
        _c("LG Energy Solution", "KR", "offtake", minerals=["lithium"], counterparty="Piedmont Lithium"),
    ),
    _m(
        "catl-indonesia-nickel",
        "CATL to invest $1.2bn in a nickel project in North Maluku",
        _c("CATL", "CN", "equity", "1200000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
    ),
    _m(
        "sdi-poscofm-mou",
        "Samsung SDI and POSCO Future M signed an MoU on cathode materials",
        _c("Samsung SDI", "KR", "mou", counterparty="POSCO Future M"),
        _c("POSCO Future M", "KR", "mou", counterparty="Samsung SDI"),
    ),
    _m(
        "glencore-aurubis-concentrate",
        "Glencore agreed to sell copper concentrate to Aurubis",
        _c("Glencore", "CH", "offtake", minerals=["copper"], counterparty="Aurubis"),
    ),
    _m(
        "bhp-sa-explorer",
        "BHP takes a 19.9% stake in a copper explorer in South Australia for A$60 million",
        _c("BHP", "AU", "equity", "60000000", "AUD", minerals=["copper"]),
    ),
    _m(
        "anglo-exploration-fund",
        "Anglo American will put $50 million into a copper exploration fund",
        _c("Anglo American", "GB", "equity", "50000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "vale-tesla-nickel",
        "Vale will supply nickel to Tesla from next year",
        _c("Vale", "BR", "offtake", minerals=["nickel"], counterparty="Tesla"),
    ),
    _m(
        "albemarle-kings-mountain",
        "Albemarle is spending $500m on its lithium hydroxide plant in Kings Mountain.",
        _c("Albemarle", "US", "equity", "500000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "umicore-kokkola",
        "Umicore will spend €100m on a cobalt refinery in Kokkola",
        _c("Umicore", "BE", "equity", "100000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "aurubis-richmond",
        "Aurubis to invest €300m in a copper recycling plant in Richmond, Virginia",
        _c("Aurubis", "DE", "equity", "300000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "eramet-argentina",
        "Eramet will invest €70m more in its lithium plant in Salta",
        _c("Eramet", "FR", "equity", "70000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "mercuria-congo-cobalt",
        "Mercuria agreed to buy cobalt hydroxide from a mine in Lualaba",
        _c("Mercuria", "CH", "offtake", minerals=["cobalt"]),
    ),
    # --- (2) governments named as countries or capitals ---
    _m(
        "canberra-reserve",
        "Canberra will add lithium and rare earths to a strategic reserve, the resources minister said",
        _c("AU", "AU", "stockpile", minerals=["lithium", "rare-earths"]),
    ),
    _m(
        "beijing-tungsten-licences",
        "Beijing will require export licences for tungsten from 1 August",
        _c("CN", "CN", "export-control", minerals=["tungsten"]),
    ),
    _m(
        "indonesia-npi-duty",
        "Indonesia will levy an export duty on nickel pig iron, the energy ministry said",
        _c("ID", "ID", "tariff", minerals=["nickel"]),
    ),
    _m(
        "india-stockpile",
        "India will build a national stockpile of critical minerals, the mines ministry said on Monday",
        _c("IN", "IN", "stockpile", minerals=[], announced_on=_D16),
    ),
    _m(
        "washington-graphite-tariff",
        "Washington will impose a 25% tariff on imports of Chinese graphite",
        _c("US", "US", "tariff", minerals=["graphite"]),
    ),
    _m(
        "ottawa-screening-lithium",
        "Ottawa is tightening reviews of foreign takeovers of lithium miners",
        _c("CA", "CA", "investment-screening", minerals=["lithium"]),
    ),
    _m(
        "brazil-price-floor",
        "Brazil will guarantee a minimum price for rare earths produced in Goiás",
        _c("BR", "BR", "price-floor", minerals=["rare-earths"]),
    ),
    _m(
        "australia-fast-track",
        "Australia will fast-track permits for critical minerals projects",
        _c("AU", "AU", "other", minerals=[]),
    ),
    _m(
        "japan-lends-argentina",
        "Japan will lend Argentina $300m for a lithium carbonate plant in Jujuy",
        _c("JP", "JP", "loan", "300000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "korea-germany-mou",
        "Korea signed an MoU with Germany on critical minerals supply chains",
        _c("KR", "KR", "mou", minerals=[]),
    ),
    _m(
        "france-stockpile-quote",
        '"France will build up strategic stocks of gallium and germanium," the economy minister said.',
        _c("FR", "FR", "stockpile", minerals=["gallium", "germanium"]),
    ),
    _m(
        "zimbabwe-lithium-ban",
        "Zimbabwe will ban exports of lithium concentrate from 2027",
        _c("ZW", "ZW", "export-control", minerals=["lithium"]),
    ),
    _m(
        "riyadh-proposed-grant",
        "Riyadh proposed a SAR 400 million grant for a copper smelter in Ras Al-Khair",
        _c("SA", "SA", "grant", "400000000", "SAR", minerals=["copper"], status="proposed"),
    ),
    # --- (3) mid-sized and small lenders, agencies, juniors and funds ---
    _m(
        "hokkoku-gallium",
        "Hokkoku Bank will lend ¥2 billion to a gallium recycler in Toyama",
        _c("Hokkoku Bank", "JP", "loan", "2000000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "iyo-bank-cobalt",
        "iyo bank lending ¥1.5bn to a cobalt sulphate line in Niihama 👍",
        _c("Iyo Bank", "JP", "loan", "1500000000", "JPY", minerals=["cobalt"]),
    ),
    _m(
        "lbbw-heilbronn",
        "LBBW provides €40 million of financing for a copper foil mill in Heilbronn",
        _c("LBBW", "DE", "loan", "40000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "sparkasse-chemnitz",
        "Sparkasse Chemnitz lends €5m to a lithium refining start-up in Saxony",
        _c("Sparkasse Chemnitz", "DE", "loan", "5000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "business-finland-recycling",
        "Business Finland grants €3m to a battery recycling plant in Harjavalta",
        _c("Business Finland", "FI", "grant", "3000000", "EUR", minerals=[]),
    ),
    _m(
        "snib-scotland",
        "Scottish National Investment Bank will invest £10m in a rare earth magnet recycler in Fife",
        _c("Scottish National Investment Bank", "GB", "equity", "10000000", "GBP", minerals=["rare-earths"]),
    ),
    _m(
        "iq-becancour",
        "Investissement Québec will lend C$30 million to a lithium hydroxide plant in Bécancour.",
        _c("Investissement Québec", "CA", "loan", "30000000", "CAD", minerals=["lithium"]),
    ),
    _m(
        "syrah-posco-supply",
        "Syrah Resources will supply natural graphite to POSCO Future M",
        _c("Syrah Resources", "AU", "offtake", minerals=["graphite"], counterparty="POSCO Future M"),
    ),
    _m(
        "orion-loan-nevada",
        "Orion Resource Partners will lend $150m to a copper mine in Nevada",
        _c("Orion Resource Partners", "US", "loan", "150000000", "USD", minerals=["copper"]),
    ),
    _m(
        "appian-brazil-nickel",
        "Appian Capital invests $80 million in a nickel sulphide mine in Bahia",
        _c("Appian Capital", "GB", "equity", "80000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED),
    ),
    _m(
        "rcf-tembo-jointly",
        "Resource Capital Funds and Tembo Capital will jointly invest $25 million in a graphite "
        "mine in Malawi",
        _c("Resource Capital Funds", "US", "equity", "25000000", "USD", minerals=["graphite"]),
        _c("Tembo Capital", "GB", "equity", None, minerals=["graphite"]),
    ),
    _m(
        "mandiri-morowali",
        "Bank Mandiri will lend Rp 2 trillion to a nickel smelter in Morowali",
        _c("Bank Mandiri", "ID", "loan", "2000000000000", "IDR", minerals=["nickel"]),
    ),
    _m(
        "mind-id-bare-dollar",
        "MIND ID will invest $200m in a copper smelter in Gresik",
        _c("MIND ID", "ID", "equity", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "temasek-bare-dollar",
        "temasek puts $150m into a lithium refiner in Western Australia",
        _c("Temasek", "SG", "equity", "150000000", "SGD", minerals=["lithium"], **_INFERRED),
    ),
    _m(
        "khazanah-rm",
        "Khazanah will invest RM500 million in a rare earths processing plant in Pahang",
        _c("Khazanah", "MY", "equity", "500000000", "MYR", minerals=["rare-earths"]),
    ),
    _m(
        "bidv-dong",
        "BIDV to lend 2,000 billion dong to a rare earth separation plant in Lai Chau",
        _c("BIDV", "VN", "loan", "2000000000000", "VND", minerals=["rare-earths"]),
    ),
    _m(
        "bdmg-minas-lithium",
        "BDMG approved R$120 million in financing for a lithium concentrator in the Jequitinhonha valley",
        _c("BDMG", "BR", "loan", "120000000", "BRL", minerals=["lithium"]),
    ),
    _m(
        "banco-do-nordeste-copper",
        "Banco do Nordeste lends R$250m to a copper mine in Bahia",
        _c("Banco do Nordeste", "BR", "loan", "250000000", "BRL", minerals=["copper"]),
    ),
    _m(
        "bdc-bare-dollar",
        "BDC will invest $15 million in a graphite anode start-up... sorry, a graphite flake miner in "
        "Ontario",
        _c("BDC", "CA", "equity", "15000000", "CAD", minerals=["graphite"], **_INFERRED),
    ),
    _m(
        "michigan-grant-ceiling",
        "The Michigan Strategic Fund approved a grant of up to $20 million for a graphite processing plant "
        "in Kalamazoo",
        _c("Michigan Strategic Fund", "US", "grant", "20000000", "USD", minerals=["graphite"], **_CEIL),
    ),
    _m(
        "stanbic-zambia",
        "Stanbic Bank Zambia will lend $40m to a copper mine in the Copperbelt",
        _c("Stanbic Bank Zambia", "ZM", "loan", "40000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "dbn-namibia",
        "Development Bank of Namibia lends NAD 300 million to a lithium mine near Karibib",
        _c("Development Bank of Namibia", "NA", "loan", "300000000", "NAD", minerals=["lithium"]),
    ),
    _m(
        "idc-rand",
        "The IDC will lend R500 million to a manganese smelter in the Northern Cape",
        _c("IDC", "ZA", "loan", "500000000", "ZAR", minerals=["manganese"]),
    ),
    _m(
        "dbsa-vanadium",
        "DBSA signed a binding agreement to lend R1.2 billion to a vanadium mine near Brits",
        _c("DBSA", "ZA", "loan", "1200000000", "ZAR", minerals=["vanadium"], status="binding"),
    ),
    _m(
        "kiwibank-bare-dollar",
        "Kiwibank to lend $12m to a rare earths explorer on the West Coast",
        _c("Kiwibank", "NZ", "loan", "12000000", "NZD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "esun-taiwan",
        "E.SUN Bank will lend $900 million to a gallium wafer recycler in Hsinchu",
        _c("E.SUN Bank", "TW", "loan", "900000000", "TWD", minerals=["gallium"], **_INFERRED),
    ),
    _m(
        "bea-hk-bare",
        "Bank of East Asia is lending $300m to a tungsten refinery in Jiangxi",
        _c("Bank of East Asia", "HK", "loan", "300000000", "HKD", minerals=["tungsten"], **_INFERRED),
    ),
    _m(
        "sek-sweden-kronor",
        "SEK will lend 800 million kronor to a graphite anode... no, a graphite mine in Norrbotten",
        _c("SEK", "SE", "loan", "800000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "almi-grant",
        "Almi Företagspartner grants SEK 4 million to a cobalt recovery pilot in Skellefteå",
        _c("Almi Företagspartner", "SE", "grant", "4000000", "SEK", minerals=["cobalt"]),
    ),
    _m(
        "enterprise-estonia-range",
        "Enterprise Estonia will grant between €0.5 million and €1 million to a rare earth magnet pilot in "
        "Narva",
        _c("Enterprise Estonia", "EE", "grant", "1000000", "EUR", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "gujarat-gmdc-crore",
        "GMDC commits... invests ₹750 crore in a rare earths project in Kutch",
        _c("GMDC", "IN", "equity", "7500000000", "INR", minerals=["rare-earths"]),
    ),
    _m(
        "sidbi-lakh",
        "SIDBI sanctioned ₹90 lakh for a lithium-ion cell... sorry, for a lithium refining pilot in Pune",
        _c("SIDBI", "IN", "loan", "9000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "canara-bank-words",
        "Canara Bank will lend five hundred crore rupees to a copper rod mill in Silvassa",
        _c("Canara Bank", "IN", "loan", "5000000000", "INR", minerals=["copper"]),
    ),
    _m(
        "hanwha-nickel-range",
        "Hanwha Ocean? no, it's Hanwha Solutions: it will invest 40-60 billion won in a nickel refinery "
        "in Ulsan",
        _c("Hanwha Solutions", "KR", "equity", "60000000000", "KRW", minerals=["nickel"], **_CEIL),
    ),
    _m(
        "ibk-won-bare",
        "IBK will lend 30 billion won to a rare earth magnet maker in Gimcheon",
        _c("IBK", "KR", "loan", "30000000000", "KRW", minerals=["rare-earths"]),
    ),
    _m(
        "jeonbuk-bank-dollars",
        "Jeonbuk Bank said it will lend twenty million dollars to a lithium plant in Saemangeum",
        _c("Jeonbuk Bank", "KR", "loan", "20000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "dbj-correction-amount",
        "DBJ lends ¥6bn, correction ¥16bn, to a rare earth recycling plant in Fukuoka",
        _c("DBJ", "JP", "loan", "16000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "shinkin-central",
        "Shinkin Central Bank will lend ¥3 billion to a manganese refiner in Kochi",
        _c("Shinkin Central Bank", "JP", "loan", "3000000000", "JPY", minerals=["manganese"]),
    ),
    _m(
        "bpi-france-jointly",
        "Bpifrance and Crédit Agricole together provide €90m in loans to a lithium refinery near Mulhouse",
        _c("Bpifrance", "FR", "loan", "90000000", "EUR", minerals=["lithium"]),
        _c("Crédit Agricole", "FR", "loan", None, minerals=["lithium"]),
    ),
    _m(
        "cdp-sace-each",
        "CDP and SACE will each guarantee €50 million of the loan to a copper recycling plant in Brescia",
        _c("CDP", "IT", "guarantee", "50000000", "EUR", minerals=["copper"]),
        _c("SACE", "IT", "guarantee", "50000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "ico-spain",
        "ICO will lend €35m to a tungsten mine in Salamanca",
        _c("ICO", "ES", "loan", "35000000", "EUR", minerals=["tungsten"]),
    ),
    _m(
        "cofides-equity",
        "COFIDES takes a €12 million stake in a lithium refinery in Extremadura",
        _c("COFIDES", "ES", "equity", "12000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "bgk-poland",
        "BGK will lend 600 million PLN to a copper smelter in Głogów",
        _c("BGK", "PL", "loan", "600000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "kghm-offtake",
        "KGHM will sell copper cathode to Aurubis under a three-year contract",
        _c("KGHM", "PL", "offtake", minerals=["copper"], counterparty="Aurubis"),
    ),
    _m(
        "osterreichische-kontrollbank",
        "Oesterreichische Kontrollbank guarantees €25m of financing for a graphite mill in Styria",
        _c("Oesterreichische Kontrollbank", "AT", "guarantee", "25000000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "invest-ni-grant",
        "Invest NI has awarded £1.5m to a cobalt recovery start-up in Belfast",
        _c("Invest NI", "GB", "grant", "1500000", "GBP", minerals=["cobalt"]),
    ),
    _m(
        "cornwall-lithium-received",
        "Cornish Lithium secured a £20m loan from the National Wealth Fund",
        _c("National Wealth Fund", "GB", "loan", "20000000", "GBP", counterparty="Cornish Lithium"),
    ),
    _m(
        "awarded-by-arena",
        "A vanadium electrolyte... scrap that, a vanadium refinery in Townsville was awarded a A$15m "
        "grant by ARENA",
        _c("ARENA", "AU", "grant", "15000000", "AUD", minerals=["vanadium"]),
    ),
    _m(
        "cefc-withdrawn",
        "The Clean Energy Finance Corporation has pulled out of its A$50 million loan to a "
        "lithium refinery in Kwinana",
        _c(
            "Clean Energy Finance Corporation",
            "AU",
            "loan",
            "50000000",
            "AUD",
            minerals=["lithium"],
            status="withdrawn",
        ),
    ),
    _m(
        "naif-disbursed",
        "Northern Australia Infrastructure Facility disbursed the first A$20m tranche of its loan to a "
        "rare earths mine at Nolans",
        _c(
            "Northern Australia Infrastructure Facility",
            "AU",
            "loan",
            "20000000",
            "AUD",
            minerals=["rare-earths"],
            status="disbursed",
        ),
    ),
    _m(
        "conditional-loan-atlantic",
        "Atlantic Canada Opportunities Agency's C$8 million loan to a tungsten mine in New Brunswick is "
        "conditional on a final environmental permit",
        _c(
            "Atlantic Canada Opportunities Agency",
            "CA",
            "loan",
            "8000000",
            "CAD",
            minerals=["tungsten"],
            status="conditional",
        ),
    ),
    _m(
        "desjardins-graphite",
        "Desjardins will lend $22 million to a graphite mine near Lac-des-Îles",
        _c("Desjardins", "CA", "loan", "22000000", "CAD", minerals=["graphite"], **_INFERRED),
    ),
    _m(
        "alberta-innovates-loi",
        "Alberta Innovates issued a letter of interest for C$5 million for a lithium brine pilot near Leduc",
        _c("Alberta Innovates", "CA", "letter-of-interest", "5000000", "CAD", minerals=["lithium"]),
    ),
    _m(
        "liontown-ford",
        "Liontown will supply lithium concentrate to Ford under a five-year offtake",
        _c("Liontown", "AU", "offtake", minerals=["lithium"], counterparty="Ford"),
    ),
    _m(
        "jervois-cobalt-buy",
        "Cobalt from Jervois will be bought by Sojitz, per the ASX filing",
        _c("Sojitz", "JP", "offtake", minerals=["cobalt"], counterparty="Jervois"),
    ),
    _m(
        "arafura-hyundai-offtake",
        "Hyundai Mobis agreed to buy rare earth oxides from Arafura Rare Earths",
        _c("Hyundai Mobis", "KR", "offtake", minerals=["rare-earths"], counterparty="Arafura Rare Earths"),
    ),
    _m(
        "ioneer-offtake-priced",
        "Ecopro BM agreed to buy lithium carbonate from ioneer for $180 million",
        _c(
            "Ecopro BM",
            "KR",
            "offtake",
            "180000000",
            "USD",
            minerals=["lithium"],
            counterparty="ioneer",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "sojitz-jogmec-each",
        "Sojitz and JOGMEC will each invest ¥10 billion in a rare earths refinery in Malaysia",
        _c("Sojitz", "JP", "equity", "10000000000", "JPY", minerals=["rare-earths"]),
        _c("JOGMEC", "JP", "equity", "10000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "kyoto-shiga-own-amounts",
        "Bank of Kyoto will lend ¥4bn and Shiga Bank ¥2bn to a graphite anode... sorry, a graphite "
        "purification plant in Kusatsu",
        _c("Bank of Kyoto", "JP", "loan", "4000000000", "JPY", minerals=["graphite"]),
        _c("Shiga Bank", "JP", "loan", "2000000000", "JPY", minerals=["graphite"]),
    ),
    _m(
        "grant-and-loan-same-actor",
        "Bayern Innovativ... no, LfA Förderbank Bayern will award a €2m grant and lend €10m to a "
        "gallium recycler in Freiberg",
        _c("LfA Förderbank Bayern", "DE", "grant", "2000000", "EUR", minerals=["gallium"]),
        _c("LfA Förderbank Bayern", "DE", "loan", "10000000", "EUR", minerals=["gallium"]),
    ),
    _m(
        "loan-plus-guarantee",
        "Raiffeisen Bank International will lend €60m to a lithium mine in Carinthia; OeKB will "
        "guarantee €30m of it",
        _c("Raiffeisen Bank International", "AT", "loan", "60000000", "EUR", minerals=["lithium"]),
        _c("OeKB", "AT", "guarantee", "30000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "two-sentences-two-actors",
        "Nordea lends €45m to a nickel refinery in Harjavalta. Separately, Danske Bank takes a €10m stake in "
        "a cobalt recycler in Fredericia.",
        _c("Nordea", "FI", "loan", "45000000", "EUR", minerals=["nickel"]),
        _c("Danske Bank", "DK", "equity", "10000000", "EUR", minerals=["cobalt"]),
    ),
    # --- (4) forwarded headlines, press-release leads, quotes and thread chatter ---
    _m(
        "wire-dateline-seoul",
        "SEOUL, June 19 (Yonhap) -- POSCO Holdings will invest 700 billion won in a lithium hydroxide "
        "plant in Gwangyang, the steelmaker said Thursday.",
        _c(
            "POSCO Holdings",
            "KR",
            "equity",
            "700000000000",
            "KRW",
            minerals=["lithium"],
            announced_on=_D19,
        ),
    ),
    _m(
        "smm-press-release",
        "PRESS RELEASE: Sumitomo Metal Mining today announced it will invest ¥45 billion in a nickel "
        "refinery in Niihama.",
        _c(
            "Sumitomo Metal Mining",
            "JP",
            "equity",
            "45000000000",
            "JPY",
            minerals=["nickel"],
            status="announced",
            announced_on=_D20,
        ),
    ),
    _m(
        "minister-quote-kenya",
        '"Kenya will require export licences for all manganese ore shipments," the mining cabinet '
        "secretary said on Tuesday.",
        _c("KE", "KE", "export-control", minerals=["manganese"], announced_on=_D17),
    ),
    _m(
        "fwd-headline-emoji",
        "🚨 Hitachi Metals? no, sorry, Proterial will invest ¥12bn in a rare earth magnet line in Kumagaya",
        _c("Proterial", "JP", "equity", "12000000000", "JPY", minerals=["rare-earths"]),
    ),
    _m(
        "thread-reply-yes",
        "replying to Ana: yes - Nippon Export and Investment Insurance confirmed it will guarantee "
        "$200m of the loan to a copper mine in Peru",
        _c(
            "Nippon Export and Investment Insurance",
            "JP",
            "guarantee",
            "200000000",
            "USD",
            minerals=["copper"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "lowercase-chatter-marubeni",
        "marubeni buying copper concentrate from a mine in chile, 5yr deal",
        _c("Marubeni", "JP", "offtake", minerals=["copper"]),
    ),
    _m(
        "typo-lend",
        "Export Development Canda will lned C$90m (sorry, lend) to a nickel mine in Nunavik",
        _c("Export Development Canada", "CA", "loan", "90000000", "CAD", minerals=["nickel"]),
    ),
    _m(
        "iso-after-aed",
        "Mubadala will invest 1.5 billion AED in a copper smelter in Ruwais",
        _c("Mubadala", "AE", "equity", "1500000000", "AED", minerals=["copper"]),
    ),
    _m(
        "pif-bare-dollar",
        "PIF commits... sorry, PIF will invest $2bn in a lithium refinery in Yanbu",
        _c("PIF", "SA", "equity", "2000000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED),
    ),
    _m(
        "oman-investment-authority",
        "Oman Investment Authority takes a OMR 40 million stake in a copper mine near Sohar",
        _c("Oman Investment Authority", "OM", "equity", "40000000", "OMR", minerals=["copper"]),
    ),
    _m(
        "nmdc-lowercase",
        "nmdc to buy lithium from an Australian mine - 4 yr offtake signed this morning",
        _c("NMDC", "IN", "offtake", minerals=["lithium"], announced_on=_D20),
    ),
    _m(
        "tata-agratas",
        "Agratas, the Tata battery unit, will buy nickel sulphate from Vale",
        _c("Agratas", "IN", "offtake", minerals=["nickel"], counterparty="Vale"),
    ),
    _m(
        "ministry-of-mines-grant",
        "The Ministry of Mines approved a ₹100 crore grant to a lithium refining pilot in Bengaluru",
        _c("Ministry of Mines", "IN", "grant", "1000000000", "INR", minerals=["lithium"]),
    ),
    _m(
        "bndes-yesterday",
        "BNDES said yesterday it will lend R$800 million to a nickel plant in Goiás",
        _c("BNDES", "BR", "loan", "800000000", "BRL", minerals=["nickel"], announced_on=_D19),
    ),
    _m(
        "vale-boliden-binding",
        "CBA? no, it's Vale: it signed a binding deal to supply copper concentrate to Boliden",
        _c("Vale", "BR", "offtake", minerals=["copper"], counterparty="Boliden", status="binding"),
    ),
    _m(
        "boliden-spend-sek",
        "Boliden to spend SEK 7 billion on its copper smelter at Rönnskär",
        _c("Boliden", "SE", "equity", "7000000000", "SEK", minerals=["copper"]),
    ),
    _m(
        "lkab-rare-earths",
        "LKAB will invest 10 billion kronor in a rare earth oxide plant in Luleå",
        _c("LKAB", "SE", "equity", "10000000000", "SEK", minerals=["rare-earths"]),
    ),
    _m(
        "hydro-lithium-nok",
        "Norsk Hydro puts NOK 300m into a lithium recycling start-up... no, a lithium refinery in Vestfold",
        _c("Norsk Hydro", "NO", "equity", "300000000", "NOK", minerals=["lithium"]),
    ),
    _m(
        "dnb-narvik",
        "DNB will lend NOK 1.1bn to a graphite processing plant in Narvik",
        _c("DNB", "NO", "loan", "1100000000", "NOK", minerals=["graphite"]),
    ),
    _m(
        "ing-netherlands",
        "ING provides €75 million of financing for a gallium recovery plant in Zeeland",
        _c("ING", "NL", "loan", "75000000", "EUR", minerals=["gallium"]),
    ),
    _m(
        "invest-international-nl",
        "Invest International will lend €20m to a cobalt refinery in Zambia's Copperbelt",
        _c("Invest International", "NL", "loan", "20000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "swiss-bare-ubs",
        "UBS will lend $150m to a copper smelter in Chile",
        _c("UBS", "CH", "loan", "150000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "zkb-chf",
        "Zürcher Kantonalbank lends CHF 30m to a tungsten recycler in Winterthur",
        _c("Zürcher Kantonalbank", "CH", "loan", "30000000", "CHF", minerals=["tungsten"]),
    ),
    _m(
        "usd-after-number",
        "Mitsui will invest 250 million USD in a copper mine in Arizona",
        _c("Mitsui", "JP", "equity", "250000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "itochu-jogmec-mou",
        "Itochu and JOGMEC signed an MoU on graphite supply",
        _c("Itochu", "JP", "mou", minerals=["graphite"], counterparty="JOGMEC"),
        _c("JOGMEC", "JP", "mou", minerals=["graphite"], counterparty="Itochu"),
    ),
    _m(
        "jx-mou-with",
        "JX Advanced Metals signed an MoU with Umicore on cobalt recycling",
        _c("JX Advanced Metals", "JP", "mou", minerals=["cobalt"], counterparty="Umicore"),
    ),
    _m(
        "us-doe-grant",
        "The Department of Energy awarded $45 million to a germanium refinery in Oklahoma",
        _c("Department of Energy", "US", "grant", "45000000", "USD", minerals=["germanium"]),
    ),
    _m(
        "dod-each-three",
        "MP Materials, Noveon Magnetics and Vulcan Elements each won a $15m grant from the Department "
        "of Defense for rare earth magnet lines",
        _c(
            "Department of Defense",
            "US",
            "grant",
            "15000000",
            "USD",
            minerals=["rare-earths"],
            counterparty="MP Materials",
        ),
        _c(
            "Department of Defense",
            "US",
            "grant",
            "15000000",
            "USD",
            minerals=["rare-earths"],
            counterparty="Noveon Magnetics",
        ),
        _c(
            "Department of Defense",
            "US",
            "grant",
            "15000000",
            "USD",
            minerals=["rare-earths"],
            counterparty="Vulcan Elements",
        ),
    ),
    _m(
        "bank-of-america-ceiling",
        "Bank of America could... no, it has signed: it will lend as much as $400m to a copper mine in "
        "Arizona",
        _c("Bank of America", "US", "loan", "400000000", "USD", minerals=["copper"], **_CEIL),
    ),
    _m(
        "goed-monday",
        "Monday: GOED, Nevada's economic development office, granted $5m to a lithium refinery near Reno",
        _c(
            "GOED",
            "US",
            "grant",
            "5000000",
            "USD",
            minerals=["lithium"],
            announced_on=_D16,
        ),
    ),
    _m(
        "ecobank-ghana-ghs",
        "Ecobank Ghana lends GHS 200 million to a manganese mine at Nsuta",
        _c("Ecobank Ghana", "GH", "loan", "200000000", "GHS", minerals=["manganese"]),
    ),
    _m(
        "kcb-kes",
        "KCB to lend KES 1.5 bn to a graphite mine in Taita Taveta",
        _c("KCB", "KE", "loan", "1500000000", "KES", minerals=["graphite"]),
    ),
    _m(
        "cdg-invest-mad",
        "CDG Invest will put 500 million MAD into a cobalt refinery in Guemassa",
        _c("CDG Invest", "MA", "equity", "500000000", "MAD", minerals=["cobalt"]),
    ),
    _m(
        "zccm-zmw",
        "ZCCM-IH will invest ZMW 900 million in a copper smelter in Kitwe",
        _c("ZCCM-IH", "ZM", "equity", "900000000", "ZMW", minerals=["copper"]),
    ),
    _m(
        "gecamines-offtake",
        "Gécamines will sell cobalt hydroxide to Umicore under a two-year deal",
        _c("Gécamines", "CD", "offtake", minerals=["cobalt"], counterparty="Umicore"),
    ),
    _m(
        "krungthai-baht",
        "Krungthai Bank will lend ฿3 billion to a rare earth magnet plant in Rayong",
        _c("Krungthai Bank", "TH", "loan", "3000000000", "THB", minerals=["rare-earths"]),
    ),
    _m(
        "bdo-peso",
        "BDO Unibank lends ₱5 billion to a nickel processing plant in Surigao",
        _c("BDO Unibank", "PH", "loan", "5000000000", "PHP", minerals=["nickel"]),
    ),
    _m(
        "vietinbank-vnd",
        "VietinBank will lend VND 1,500 billion to a tungsten plant in Thai Nguyen",
        _c("VietinBank", "VN", "loan", "1500000000000", "VND", minerals=["tungsten"]),
    ),
    _m(
        "kazakh-tenge",
        "Development Bank of Kazakhstan will lend 40 billion tenge to a tungsten mine in Karaganda region",
        _c("Development Bank of Kazakhstan", "KZ", "loan", "40000000000", "KZT", minerals=["tungsten"]),
    ),
    _m(
        "mongolia-copper-mnt",
        "Erdenes Mongol will invest MNT 300 billion in a copper smelter near Erdenet",
        _c("Erdenes Mongol", "MN", "equity", "300000000000", "MNT", minerals=["copper"]),
    ),
    _m(
        "codelco-offtake",
        "Codelco agreed to sell copper cathode to a smelter... to a refinery in Guangxi",
        _c("Codelco", "CL", "offtake", minerals=["copper"]),
    ),
    _m(
        "sqm-price",
        "SQM will supply lithium carbonate to LG Energy Solution for US$300 million over three years",
        _c(
            "SQM",
            "CL",
            "offtake",
            "300000000",
            "USD",
            minerals=["lithium"],
            counterparty="LG Energy Solution",
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "corfo-grant-clp",
        "CORFO grants CLP 4,000 million to a lithium refining pilot in Antofagasta",
        _c("CORFO", "CL", "grant", "4000000000", "CLP", minerals=["lithium"]),
    ),
    _m(
        "nafin-mexico",
        "Bancomext will lend MXN 2 billion to a copper refinery in Sonora",
        _c("Bancomext", "MX", "loan", "2000000000", "MXN", minerals=["copper"]),
    ),
    _m(
        "cofide-peru-pen",
        "COFIDE lends PEN 150 million to a copper concentrator in Arequipa",
        _c("COFIDE", "PE", "loan", "150000000", "PEN", minerals=["copper"]),
    ),
    _m(
        "yesterday-two-steps",
        "Turkey's Eti Maden will invest $90m in a rare earths plant in Eskişehir, it said yesterday",
        _c(
            "Eti Maden",
            "TR",
            "equity",
            "90000000",
            "USD",
            minerals=["rare-earths"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "last-friday",
        "Last Friday Bank Pekao agreed to lend PLN 250 million to a copper wire mill in Legnica",
        _c("Bank Pekao", "PL", "loan", "250000000", "PLN", minerals=["copper"], announced_on=_D13),
    ),
    _m(
        "czech-eximbank",
        "Czech Export Bank? no, sorry, EGAP will guarantee CZK 800 million of a loan to a lithium mine "
        "at Cínovec",
        _c("EGAP", "CZ", "guarantee", "800000000", "CZK", minerals=["lithium"]),
    ),
    _m(
        "hungary-huf",
        "Eximbank Hungary lends HUF 20 billion to a battery recycling plant in Debrecen",
        _c("Eximbank Hungary", "HU", "loan", "20000000000", "HUF", minerals=[]),
    ),
    _m(
        "heraeus-recycling",
        "Heraeus Remloy? no, it's Heraeus: it will spend €40 million on a rare earth magnet recycling line "
        "in Bitterfeld",
        _c("Heraeus", "DE", "equity", "40000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "orano-dunkirk",
        "Orano will invest €1.5bn in a cathode... sorry, in a cobalt and nickel refinery in Dunkirk",
        _c("Orano", "FR", "equity", "1500000000", "EUR", minerals=["cobalt", "nickel"]),
    ),
    _m(
        "renault-ampere-offtake",
        "Ampere, Renault's EV unit, agreed to buy lithium from Imerys",
        _c("Ampere", "FR", "offtake", minerals=["lithium"], counterparty="Imerys"),
    ),
    _m(
        "invitalia-proposed",
        "The Italian government? no - Invitalia proposed a €25 million grant for a gallium plant in Sardinia",
        _c("Invitalia", "IT", "grant", "25000000", "EUR", minerals=["gallium"], status="proposed"),
    ),
    # --- (5) no commitment: questions, hypotheticals, denials, recalls and chatter ---
    _m("q-jbic", "Did JBIC ever confirm the $500m for the copper mine or is that still just a term sheet?"),
    _m("q-kfw-lend", "would KfW lend to a gallium plant in Saxony? anyone heard anything"),
    _m(
        "hypo-pif",
        "If PIF were to invest $1bn in a lithium refinery, it would be the fund's biggest metals bet",
    ),
    _m(
        "would-if-korea",
        "KEXIM would lend up to $300 million to the nickel project if the Indonesian partner gets its "
        "permits",
    ),
    _m(
        "could-sources-adq",
        "ADQ could take a stake in a cobalt refinery in Morocco, sources say",
    ),
    _m(
        "recall-2021", "Back in 2021 EDC lent C$100 million to a nickel mine in Quebec; that loan was repaid."
    ),
    _m("denial-glencore", "Glencore denied it had agreed to buy cobalt from the Kamoto mine"),
    _m(
        "no-decision-bpi",
        "Bpifrance has not decided whether to invest in the lithium refinery in Alsace",
    ),
    _m("no-plans-vale", "Vale said it has no plans to sell its nickel unit's stake in the Sudbury mine"),
    _m(
        "declined-temasek",
        "Temasek declined to comment on reports it will put money into a lithium refiner",
    ),
    _m(
        "not-lending-after-all",
        "update: Sparkasse Hannover is not lending to the cobalt recycler after all",
    ),
    _m(
        "rumour-nothing-signed",
        "rumour that Mitsubishi is buying a copper stake in Peru - nothing signed, take with salt",
    ),
    _m("market-talk-lithium", "lithium carbonate back above $10k/t in China this morning 📈"),
    _m("share-price", "ioneer shares up 14% on the offtake chatter, Syrah flat"),
    _m("reminder", "reminder: minerals sync moved to 3pm, bring the spodumene price deck"),
    _m("thanks", "thanks all, great catch on the KOMIR numbers 🙏"),
    _m("might-if-boliden", "Boliden might spend more on Rönnskär if copper prices hold, the CFO hinted"),
    _m(
        "scrapped-plan",
        "Eramet scrapped its plan for a nickel-cobalt refinery at Dunkirk before any money was committed",
    ),
    _m("seeking-junior", "A Tasmanian tungsten junior is seeking A$40m of financing for its mine restart"),
    _m(
        "wont-say-dbj",
        "DBJ won't say whether it will lend to the rare earth recycler in Kitakyushu",
    ),
    _m(
        "article-link-only",
        "good long read on bauxite and spodumene logistics in the Pilbara, link in thread",
    ),
    _m(
        "recall-2019-umicore",
        "In 2019 Umicore put €50m into a cobalt refinery in Kokkola - worth remembering for context",
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "efa-kwinana-repeat",
        "Export Finance Australia lends A$200 million to Kwinana lithium refinery",
        [
            "PERTH, June 18 (Reuters) - Export Finance Australia will lend A$200 million to a lithium "
            "hydroxide refinery at Kwinana, the export credit agency said on Wednesday.",
            "The 12-year loan sits alongside commercial debt from three Australian banks, whose "
            "shares were not disclosed.",
            '"This A$200 million loan keeps lithium hydroxide production onshore," the agency\'s chief '
            "executive told reporters in Perth.",
            "In 2022 the agency lent A$50 million to a graphite project in South Australia, its first "
            "critical minerals deal.",
            "Lithium hydroxide prices have fallen by more than two thirds since late 2022.",
            "The refinery expects its first product in the second half of 2026.",
        ],
        _c(
            "Export Finance Australia",
            "AU",
            "loan",
            "200000000",
            "AUD",
            minerals=["lithium"],
            announced_on=_D18,
        ),
    ),
    _a(
        "bpifrance-gallium-region",
        "Bpifrance and Nouvelle-Aquitaine back gallium plant near Bordeaux",
        [
            "PARIS, 17 June 2025 - Bpifrance will take a €40 million stake in a gallium recovery plant "
            "near Bordeaux, the state investment bank said on Tuesday.",
            "The Nouvelle-Aquitaine Regional Council will add a €5 million grant for the plant's "
            "purification line, according to the same statement.",
            "France imports almost all of the gallium its chip and defence makers use.",
            "In 2023 the government put gallium on its list of strategic metals, without committing any "
            "money to production at the time.",
            "The plant is due to recover about 30 tonnes of gallium a year from alumina refining residues.",
        ],
        _c("Bpifrance", "FR", "equity", "40000000", "EUR", minerals=["gallium"], announced_on=_D17),
        _c(
            "Nouvelle-Aquitaine Regional Council",
            "FR",
            "grant",
            "5000000",
            "EUR",
            minerals=["gallium"],
            announced_on=_D17,
        ),
    ),
    _a(
        "mitsubishi-materials-codelco",
        "Mitsubishi Materials signs copper concentrate deal with Codelco",
        [
            "TOKYO, June 16 - Mitsubishi Materials agreed to buy copper concentrate from Codelco for "
            "its Naoshima smelter, the Japanese company said on Monday.",
            "Neither side disclosed the price or the tonnage.",
            "Mitsubishi Materials signed a similar five-year contract with the Chilean state miner in "
            "2020, which expires this year.",
            "Japanese smelters have struggled with record-low treatment charges.",
            '"Securing concentrate from Chile is a priority for us," a company spokesperson said.',
        ],
        _c(
            "Mitsubishi Materials",
            "JP",
            "offtake",
            minerals=["copper"],
            counterparty="Codelco",
            announced_on=_D16,
        ),
    ),
    _a(
        "seb-handelsbanken-each-undated",
        "Swedish banks back Kiruna graphite mine",
        [
            "SEB and Handelsbanken will each lend SEK 500 million to a natural graphite mine near "
            "Kiruna, the two banks said.",
            "The mine's owner plans to produce 20,000 tonnes of graphite concentrate a year.",
            "Back in 2021, the project received a SEK 20 million grant from the Swedish Energy Agency.",
            "Sweden has no operating graphite mine today.",
            "Construction is expected to start in the autumn.",
        ],
        _c("SEB", "SE", "loan", "500000000", "SEK", minerals=["graphite"]),
        _c("Handelsbanken", "SE", "loan", "500000000", "SEK", minerals=["graphite"]),
    ),
    _a(
        "dbsa-absa-manganese",
        "Development Bank of Southern Africa lends R2 billion to Northern Cape manganese smelter",
        [
            "JOHANNESBURG, June 19 - The Development Bank of Southern Africa will lend R2 billion to a "
            "manganese smelter near Hotazel, the bank said on Thursday.",
            "Absa will guarantee R500 million of the loan, it added.",
            "South Africa holds most of the world's known manganese reserves but exports most of its "
            "ore unprocessed.",
            "In 2018 the IDC lent R300 million to a ferromanganese plant in Mpumalanga, which later closed.",
            '"The R2 billion facility is the largest we have made to a smelter," a bank executive said.',
            "Eskom's power supply remains the smelter's main risk, analysts said.",
        ],
        _c(
            "Development Bank of Southern Africa",
            "ZA",
            "loan",
            "2000000000",
            "ZAR",
            minerals=["manganese"],
            announced_on=_D19,
        ),
        _c("Absa", "ZA", "guarantee", "500000000", "ZAR", minerals=["manganese"], announced_on=_D19),
    ),
    _a(
        "coal-india-union-bank",
        "Coal India to invest ₹4,000 crore in Odisha lithium refinery",
        [
            "NEW DELHI, June 20 (PTI) - Coal India Ltd will invest ₹4,000 crore in a lithium refinery "
            "in Odisha, the state-run miner said on Friday.",
            "Union Bank of India will lend ₹1,500 crore to the refinery, according to a stock exchange "
            "filing.",
            "India imports all of the lithium it uses in batteries.",
            "In 2023 the Geological Survey of India reported lithium resources in Jammu and Kashmir, "
            "but no mine has been auctioned successfully since.",
            "The refinery will process imported concentrate at first.",
            '"We are putting ₹4,000 crore behind this because cell makers need local supply," the '
            "company's chairman said.",
        ],
        _c("Coal India", "IN", "equity", "40000000000", "INR", minerals=["lithium"], announced_on=_D20),
        _c(
            "Union Bank of India", "IN", "loan", "15000000000", "INR", minerals=["lithium"], announced_on=_D20
        ),
    ),
    _a(
        "dfc-goias-rare-earths",
        "US development finance agency invests in Brazilian rare earths mine",
        [
            "WASHINGTON, June 18 (Reuters) - The US International Development Finance Corporation will "
            "invest $150 million in a rare earths mine in Goiás, Brazil, the agency said on Wednesday.",
            "The mine extracts rare earths from ionic clays, a deposit type found mostly in southern China.",
            "The agency did not say how large a stake the $150 million would buy.",
            "US officials could add further financing later in the year, people familiar with the matter "
            "said.",
            "In 2024 the agency's board approved its first rare earths deal in Africa.",
        ],
        _c(
            "US International Development Finance Corporation",
            "US",
            "equity",
            "150000000",
            "USD",
            minerals=["rare-earths"],
            announced_on=_D18,
        ),
    ),
    _a(
        "gic-nickel-indonesia",
        "GIC backs Indonesian nickel refinery",
        [
            "SINGAPORE, June 17 - GIC will put US$300 million into a nickel refinery in Central "
            "Sulawesi, the sovereign wealth fund said on Tuesday.",
            "The refinery produces mixed hydroxide precipitate for battery makers in China and Korea.",
            "Singapore's funds have increased their exposure to battery metals since 2021.",
            "GIC declined to say what share of the refinery the money buys.",
            "Environmental groups have criticised the industrial park's coal-fired power plants.",
        ],
        _c(
            "GIC",
            "SG",
            "equity",
            "300000000",
            "USD",
            minerals=["nickel"],
            announced_on=_D17,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "ksure-saemangeum-repeat",
        "K-SURE to guarantee 200 billion won for Saemangeum lithium plant",
        [
            "SEOUL, June 16 (Yonhap) -- K-SURE will guarantee 200 billion won of a loan to a lithium "
            "hydroxide plant in Saemangeum, the export credit insurer said Monday.",
            "The plant, due to open in 2027, will supply cathode makers in Korea.",
            '"Our 200 billion won guarantee lowers the cost of the plant\'s debt," a K-SURE official said.',
            "In 2022 the insurer guaranteed loans for two nickel projects in Indonesia.",
            "Korea relies on China for most of its lithium hydroxide.",
            "The guarantee covers the plant's senior loan for ten years, K-SURE added.",
        ],
        _c("K-SURE", "KR", "guarantee", "200000000000", "KRW", minerals=["lithium"], announced_on=_D16),
    ),
    _a(
        "irh-zambia-copper",
        "Abu Dhabi's International Resources Holding takes Zambian copper stake",
        [
            "ABU DHABI, June 19 - International Resources Holding will pay $1.1 billion for a 51% stake "
            "in a copper mine in Zambia's Copperbelt, the company said on Thursday.",
            "The Zambian government keeps the remaining 49% through its mining investment arm.",
            "The mine produced about 60,000 tonnes of copper in 2024.",
            "In 2021 a Swiss trader sold its interest in the same mine to the state.",
            "The deal still needs approval from Zambia's competition regulator.",
            "Shares in its Abu Dhabi-listed parent rose 2%.",
        ],
        _c(
            "International Resources Holding",
            "AE",
            "equity",
            "1100000000",
            "USD",
            minerals=["copper"],
            announced_on=_D19,
            **_USD_NOT_INFERRED,
        ),
    ),
    _a(
        "cib-ontario-undated",
        "Canada Infrastructure Bank lends to Ontario nickel refinery",
        [
            "The Canada Infrastructure Bank will lend $100 million to a nickel sulphate refinery near "
            "Timmins, the Crown corporation said.",
            "Ottawa will also fast-track permits for the refinery's power line, the natural resources "
            "minister added.",
            "The refinery would be the first of its kind in Ontario.",
            "In 2023 the bank committed money to a lithium project in Quebec.",
            "Local First Nations are partners in the project.",
        ],
        _c("Canada Infrastructure Bank", "CA", "loan", "100000000", "CAD", minerals=["nickel"], **_INFERRED),
        _c("CA", "CA", "other"),
    ),
    _a(
        "bndes-finep-jointly",
        "BNDES and Finep back rare earths magnet chain",
        [
            "RIO DE JANEIRO, June 13 - BNDES and Finep will jointly provide R$1 billion in financing for "
            "a rare earths separation plant in Minas Gerais, the two state lenders said on Friday.",
            "They did not say how the R$1 billion would be split between them.",
            "Brazil holds the world's third-largest rare earth reserves but separates almost none at home.",
            "In 2019 Finep granted R$20 million to a magnet research lab in Santa Catarina.",
            "The plant would supply a magnet factory planned in São Paulo state.",
            "A spokesperson for the developer declined to comment on timelines.",
        ],
        _c("BNDES", "BR", "loan", "1000000000", "BRL", minerals=["rare-earths"], announced_on=_D13),
        _c("Finep", "BR", "loan", None, minerals=["rare-earths"], announced_on=_D13),
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-25"

# Filled in by the lead after the one scoring run (2026-12-01, 08:04 UTC, on round 21 as merged
# at ea4d8f9: 194 of 206 exact); the cases stay as written.
# Round 22 (2026-12-01) tuned the reader on this batch: 205 of 206 exact; the rest stay a known miss
# (a misspelt name is kept as written, by design).
BLIND25_MISSES: dict[str, str] = {
    "b25-typo-lend": (
        "commitment 0 actor: expected 'Export Development Canada', got 'Export Development Canda'"
    ),
}
