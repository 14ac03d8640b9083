"""Blind batch 24 ("set": "blind-24"): written on 2026-12-01 (07:08-07:25 UTC) from the sentences
alone, before the reader was run on them, by a helper (worktree blind24) who had not read the
reader's code, its tables (organisations, currencies, minerals), its rules, the main corpus's cases,
the README, docs/ or any batch's cases beyond those listed here. What was read, and nothing else:
/work/wt/PREAMBLE.md; tests/store/blind_cases.py; the module docstrings (the text before `from
__future__`) of tests/store/extraction_blind14.py to extraction_blind23.py (for batches 18 to 21
only their "Decided for this batch" lists); tests/store/extraction_blind22.py from its `from
__future__` line for 150 lines (imports, partials, first twelve message cases) and lines 988-1040
(its `_ARTICLES` opening: one full article case and the start of a second), plus lines 1225-1235
(the end of its last article case, its CASES/set footer and the comment line above BLIND22_MISSES;
no entry of that or any misses dict was seen); the instrument vocabulary printed by `grep -n -A16
"INSTRUMENT_TITLES = {" bot/blockkit/digest.py`; the listing of /work/shared/seeds/ (its article was
not opened); pyproject.toml's ruff settings. Name checks were counts only (`grep -icx NAME
/work/wt/used-names.txt`, one name at a time, the list never printed). Nothing under store/,
handlers/, jobs/ or docs/ was opened, nor tests/eval_extraction.py. The file was only imported and
linted (ruff check, ruff format, mypy), never run through the reader before the lead's one scoring
run, and never used to tune it. Every sentence was written for this batch; none is copied or
paraphrased from an earlier batch.

Actor sampling (batches 14 to 22's way, not batch 23's): every acting organisation is new to the
corpus. The batch has 239 distinct acting organisations (drafts whose actor is not an ISO code; no
organisation acts twice), each with count 0 on the name check; about 60 first candidates had a
non-zero count, or an alias or parent/renamed form with one (Ålandsbanken for Bank of Åland, Banco
Montepio, PGGM/APG for the Dutch funds they run, DGB Daegu Bank, Krungthai, Landshypotek, KSIIDC,
Nafin, BDC ...), and were replaced. Counterparties were not checked (they do not act). About 157
are small or mid-sized (savings, cooperative, regional, shinkin and savings banks, building
societies, a credit union, state, regional and municipal agencies and funds, council pension funds,
juniors, traders, small state lenders) and about 82 (34%) are larger ones not yet named (insurers:
Swiss Re, Zurich Insurance, Generali, Aviva, SCOR, CNP Assurances, Mapfre, NN Group, Aegon, Sompo,
China Life ...; pension funds: Previ, Petros, Funcef, AP2, PME, USS, AFP Habitat, Florida SBA,
Washington State Investment Board, Malaysia's Employees Provident Fund ...; carmakers and battery
makers: Geely, Nio, Great Wall Motor, Isuzu, CALB, EVE Energy, Sunwoda, SVOLT, ZF Friedrichshafen;
utilities: Uniper, Axpo, BKW, Duke Energy, Chubu, Tohoku and Hokuriku Electric Power; miners,
refiners and traders: Newmont, Ero Copper, China Northern Rare Earth, Acerinox, IXM; state lenders:
Eximbanka SR, Malaysia EXIM Bank, Türkiye Kalkınma ve Yatırım Bankası, Land Bank of South Africa,
Abu Dhabi Exports Office, China Investment Corporation). Nine drafts are by governments named as
countries or capitals (ISO codes). Actor countries: 63 (JP 17 drafts, GB 16, US 16, DE 15, CN 15,
then FR, IN, CH, ES, TR, CA, AT, IT, SE, ID, TW, MY, AU, BR, the Nordics, Benelux, Central and
Eastern Europe, the Gulf, Israel, Jordan, West, East and Southern Africa, South and South-East Asia,
Korea, Mongolia, Central Asia, New Zealand, Mexico, Central and South America).

Size: 211 message cases (26 of them, 12%, expect no draft) and 13 article cases (one without a
dateline; 5 or 6 sentences each, each with a background sentence about an earlier year and most
with the commitment repeated in headline, lead and quote), 248 expected drafts (20 from articles).
Instruments: loan 130, equity 68, grant 14, offtake 13, guarantee 9, mou 5, export-control 2,
stockpile 2, and one each of letter-of-interest, price-floor, tariff, investment-screening and
other. Currency flags: 7 inferred, 6 flagged not inferred; 6 ceilings; statuses: withdrawn 2,
proposed 2, and one each of conditional, disbursed, announced and binding.

Same case format, same TODAY (Friday 20 June 2025: "yesterday" is 19 June, "on Wednesday" 18 June,
"on Tuesday" 17 June, "on Monday" 16 June, "this morning"/"today" 20 June, "last Friday" 13 June;
"last week" and "recently" give no expected date; an article's dateline dates its commitments, a
dateline without a year is read in 2025, an article without a dateline has no expected date) and
the same rules as batch 14's docstring and the decisions of batches 15 to 23 (later batches
overriding earlier ones; batch 23's actor sampling excepted). A field a careful analyst could fill
two ways is left out (only the fields given are checked; the actor's country is always checked, so
no multilateral lender acts). Statuses come from proposed, announced, conditional, binding,
disbursed, withdrawn.

Decided for this batch (written down so the lead can check):
- No case gives an organisation both a short and a long name (no "BGK (Bank Gospodarstwa
  Krajowego)" or "KCB - Kenya Commercial Bank -"): which one an analyst keeps is two readings. An
  appositive description ("IDEPA, the Asturias development agency,") keeps the name written first.
- "A? no, it's B: it will invest ..." and "A? no, sorry, B itself is investing ..." expect only B
  (batch 22); "Horizonte secured a loan from A? no, from B... honestly not sure, ignore until
  confirmed" gives nothing (the writer withdraws it).
- A self-correction of the plant or metal is read as corrected: "graphite anode precursor mill -
  wait no, it's a graphite flake mill" -> graphite; "a copper... sorry, a nickel matte exporter"
  (minerals then left out, see below); "tungsten-and-rare-earth smelter... correction, just the rare
  earth smelter" -> rare-earths; "nickel-hydrogen... no, a nickel sulphate plant" -> nickel;
  "spodumene... for lithium concentrate" -> lithium; "raw bauxite... sorry, of nickel ore" -> nickel;
  "copper-gold... scratch that, a copper concentrator" -> copper; "a tungsten... sorry, a copper
  cathode plant" -> copper. An instrument corrected after the fact ("would provide KES 1.5 billion
  ... no wait, it's a loan, not a grant") is a loan; "said on Monday it would provide" reports a
  commitment and is not a hypothetical. A verb corrected in place ("each commit... each invest",
  "jointly commit... jointly invest") is read as corrected: equity.
- Money for a mine's road, power line or contractors, workers' housing, a concentrate haulage firm
  or logistics hub, a programme near manganese mines, a trader or exporter of a metal ("a nickel
  trader", "a nickel matte exporter") or the purchase of a metal leaves minerals out (two
  readings); "cobalt-free cathode start-up" and "lithium-free sodium battery plant" leave them out.
- A copper and nickel "royalty vehicle" is read as a fund (minerals left out, batch 16); "a lithium
  royalty company" is a company: lithium is expected.
- "Swiss Life (CHF 40m), PME (€30m) and AP2 (SEK 500m) are the anchor investors in a fund" gives one
  equity each with its own amount and currency, no minerals.
- "Has bought a 2% stake in Hindustan Copper for ₹400 crore" is equity with Hindustan Copper as
  counterparty and minerals left out (the metal is only in the name, batch 18).
- Offtakes: "will supply ... to Geely's motor unit" leaves the counterparty out (an unnamed unit);
  "X will sell copper concentrate from its Australian mine to IXM" is X's offtake with IXM as
  counterparty; "agreed to buy/sell ... from/to a plant/smelter/mine in <place>" leaves it out
  (the wrong-party trap, batch 23); "will buy recycled rare earth magnets from Ucore" names Ucore.
- "Japan will lend the Philippines ¥30 billion" is JP's loan with the counterparty left out (a
  country as borrower: "PH" or "Philippines"); a minister or "the government" announcing for a
  country is that country's ISO code (Turkey's stockpile, Mali's export licences).
- A bare "$" is USD flagged not inferred for Turkish, Indonesian, Swiss and Indian actors; SGD
  (inferred) for Pavilion Capital; TWD (inferred) for Sunny Bank and Bank of Panhsin; AUD, NZD, CAD
  (inferred) for Australian, New Zealand and Canadian actors ("twelve million dollars" from Yukon
  Development Corporation too); USD with no flag for US, Salvadoran (Banco Agrícola) and Ecuadorian
  (Banco del Austro) actors; "80 million dollars" from a Japanese insurer is USD not inferred.
  Actors whose own currency also writes "$" (Mexico, Chile, Dominican Republic) are given explicit
  codes (MXN, CLP, US$); "HK$" is HKD, explicit.
- "RMB", "yuan" and "CNY" are CNY; "1,500 million baht (THB)" THB; "8 billion CFA francs (XOF)"
  XOF; "JOD", "BDT", "MWK", "LSL", "BOB", "KWD", "RSD", "GHS", "KGS", "UZS", "MNT", "ILS", "DKK" and
  "CLP 90,000 million" are those currencies; "zlotys" PLN, "kronor" SEK, "tenge" KZT, "dong" VND.
- Ranges: "€8-12m", "SEK 10–15 million", "2 to 3 million kronor", "between €3 million and €5
  million" and "up to ₹800 crore" keep the higher end, flagged; "could lend as much as $60m ... no,
  it has signed: up to $60 million" is a commitment, flagged (batch 20).
- "Tuesday: X signed ..." (a day name opening a one-sentence message, not a heading over bullets)
  dates it (17 June); "signed this morning" dates it 20 June.
- "Disbursed the first SAR 500 million tranche of its loan" is disbursed with 500 million; "signed
  a binding agreement to lend" binding; "announced on Wednesday" announced with 18 June.
- A French fragment followed by its English ("prête 9 M€? in English: it is lending €9m") is a loan
  of €9m; "Islamic financing" and "debt financing" are loans; "offers £3 million in grants" and
  "has awarded £1.1m to" are grants; "commits 3.5 million CHF in equity" is equity.
- "Magnet recycling workshop" leaves minerals out (batch 19); "battery recycling plant" gives an
  empty list (batch 14); "lithium battery cell plant", "lithium-ion battery recycler", "lithium
  recycling start-up", "graphite anode coating line/materials pilot" and "vanadium flow battery
  electrolyte plant" and "vanadium electrolyte maker" leave minerals out (batches 17, 20, 21,
  22).
- No-draft messages: questions, "if X were to ... it would", "would ... if", "could ..., sources
  say", "might ... if", "has not decided", "no plans", "denied", "declined to comment", "is not
  lending ... after all", "stayed out", recalls of earlier years, market talk, share-price chatter,
  a reminder and thanks. "In talks", "weighing", "considering" and "exploring" appear in no case.
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

_m = partial(message_case, "b24-")
_a = partial(article_case, "b24-art-")

_D20, _D19, _D18, _D17, _D16, _D13 = D20, D19, D18, D17, D16, D13

_MESSAGES: list[dict[str, Any]] = [
    _m(
        "vb-dreilaendereck-lithium",
        "Volksbank Dreiländereck will lend €11 million to a lithium carbonate pilot near Lörrach.",
        _c("Volksbank Dreiländereck", "DE", "loan", "11000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "zollernalb-gallium-yday",
        "sparkasse zollernalb said yesterday it is lending eur 4.2m to a gallium recovery "
        "start-up in Balingen",
        _c("Sparkasse Zollernalb", "DE", "loan", "4200000", "EUR", minerals=["gallium"], announced_on=_D19),
    ),
    _m(
        "buergschaft-sachsen-guarantee",
        "Bürgschaftsbank Sachsen will guarantee €3m of a bank loan to a germanium refiner in Freiberg",
        _c("Bürgschaftsbank Sachsen", "DE", "guarantee", "3000000", "EUR", minerals=["germanium"]),
    ),
    _m(
        "bodensee-antimony-question",
        "anyone know if Sparkasse Bodensee is actually lending to that antimony recycler in "
        "Friedrichshafen or was that just a rumour?",
    ),
    _m(
        "oberhessen-nickel-range",
        "Sparkasse Oberhessen: €8-12m credit line for a nickel sulphate plant in the Wetterau, "
        "per their press office",
        _c("Sparkasse Oberhessen", "DE", "loan", "12000000", "EUR", minerals=["nickel"], **_CEIL),
    ),
    _m(
        "mittweida-graphite-monday",
        "On Monday Volksbank Mittweida agreed to lend 2.5 million euros to a graphite "
        "purification line in Saxony.",
        _c("Volksbank Mittweida", "DE", "loan", "2500000", "EUR", minerals=["graphite"], announced_on=_D16),
    ),
    _m(
        "hochtaunus-cobalt-equity",
        "Raiffeisenbank im Hochtaunus is taking a €1.8m stake in a cobalt recycling spin-off "
        "from a Frankfurt university 🔋",
        _c("Raiffeisenbank im Hochtaunus", "DE", "equity", "1800000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "saale-orla-erzgebirge-each",
        "Kreissparkasse Saale-Orla and Erzgebirgssparkasse will each lend €6 million to a "
        "copper foil mill in Thuringia.",
        _c("Kreissparkasse Saale-Orla", "DE", "loan", "6000000", "EUR", minerals=["copper"]),
        _c("Erzgebirgssparkasse", "DE", "loan", "6000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "harz-no-decision",
        "Sparkasse Harz has not decided whether to finance the manganese tailings project near "
        "Goslar, a spokesman said.",
    ),
    _m(
        "freiburg-vanadium-financing",
        "Volksbank Freiburg will provide €900k in financing to a vanadium electrolyte maker in Breisgau",
        _c("Volksbank Freiburg", "DE", "loan", "900000", "EUR"),
    ),
    _m(
        "allgaeu-rare-earth-magnet",
        "Sparkasse Allgäu lends EUR 15 million to a rare earth magnet recycler in Kempten, "
        "signed this morning",
        _c("Sparkasse Allgäu", "DE", "loan", "15000000", "EUR", minerals=["rare-earths"], announced_on=_D20),
    ),
    _m(
        "leoben-bruck-graphite",
        "Raiffeisenbank Leoben-Bruck is lending €7m to a graphite anode precursor mill in "
        "Styria - wait no, it's a graphite flake mill, not anode",
        _c("Raiffeisenbank Leoben-Bruck", "AT", "loan", "7000000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "kaerntner-lithium-conditional",
        "Kärntner Sparkasse's €20 million loan to a lithium mine on the Koralpe is conditional "
        "on the mine's environmental permit.",
        _c("Kärntner Sparkasse", "AT", "loan", "20000000", "EUR", minerals=["lithium"], status="conditional"),
    ),
    _m(
        "imst-schladming-jointly",
        "Sparkasse Imst and Raiffeisenbank Schladming-Gröbming jointly lend €5m to an antimony "
        "concentrator in Tyrol",
        _c("Sparkasse Imst", "AT", "loan", "5000000", "EUR", minerals=["antimony"]),
        _c("Raiffeisenbank Schladming-Gröbming", "AT", "loan"),
    ),
    _m(
        "linth-nickel-chf",
        "Bank Linth will lend CHF 6 million to a nickel powder maker in Glarus",
        _c("Bank Linth", "CH", "loan", "6000000", "CHF", minerals=["nickel"]),
    ),
    _m(
        "jura-cobalt-after",
        "Banque Cantonale du Jura commits 3.5 million CHF in equity to a cobalt-free cathode "
        "start-up in Delémont",
        _c("Banque Cantonale du Jura", "CH", "equity", "3500000", "CHF"),
    ),
    _m(
        "appenzell-nidwalden-each",
        "Appenzeller Kantonalbank and Nidwaldner Kantonalbank each take a CHF 2m stake in a "
        "gallium wafer recycler in St. Gallen",
        _c("Appenzeller Kantonalbank", "CH", "equity", "2000000", "CHF", minerals=["gallium"]),
        _c("Nidwaldner Kantonalbank", "CH", "equity", "2000000", "CHF", minerals=["gallium"]),
    ),
    _m(
        "loire-centre-lithium",
        "La Caisse d'Epargne Loire-Centre prête 9 M€? in English: it is lending €9m to a "
        "lithium refinery project in the Allier",
        _c("Caisse d'Epargne Loire-Centre", "FR", "loan", "9000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "ca-alpes-provence-offtake-trap",
        "Crédit Agricole Alpes Provence will lend €14m to a rare earth separation plant in Fos "
        "that a Lyon chemicals group owns",
        _c("Crédit Agricole Alpes Provence", "FR", "loan", "14000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "massif-central-germanium-tues",
        "Tuesday: Crédit Mutuel Massif Central signed a €4 million loan for a germanium "
        "recovery unit in Clermont-Ferrand",
        _c(
            "Crédit Mutuel Massif Central",
            "FR",
            "loan",
            "4000000",
            "EUR",
            minerals=["germanium"],
            announced_on=_D17,
        ),
    ),
    _m(
        "grand-est-europe-nickel",
        "Caisse d'Epargne Grand Est Europe puts €6m into a nickel recycler outside Metz",
        _c("Caisse d'Epargne Grand Est Europe", "FR", "equity", "6000000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "bp-nord-graphite-withdrawn",
        "Banque Populaire du Nord pulled out of its €10 million loan to a graphite anode "
        "coating line in Dunkirk",
        _c("Banque Populaire du Nord", "FR", "loan", "10000000", "EUR", status="withdrawn"),
    ),
    _m(
        "occitanie-grant",
        "Région Occitanie awards a €2.4 million grant to a cobalt recycling workshop near Tarbes",
        _c("Région Occitanie", "FR", "grant", "2400000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "normandie-participations-equity",
        "Normandie Participations will invest one and a half million euros in a lithium "
        "recycling start-up in Caen",
        _c("Normandie Participations", "FR", "equity", "1500000", "EUR"),
    ),
    _m(
        "aura-entreprises-grant-proposed",
        "Auvergne-Rhône-Alpes Entreprises proposed a €800,000 grant for a copper recovery pilot in Grenoble",
        _c(
            "Auvergne-Rhône-Alpes Entreprises",
            "FR",
            "grant",
            "800000",
            "EUR",
            minerals=["copper"],
            status="proposed",
        ),
    ),
    _m(
        "noshaq-cobalt",
        "Liège fund Noshaq is putting €3m into a cobalt sulphate start-up in Seraing",
        _c("Noshaq", "BE", "equity", "3000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "ontinyent-lithium-loan",
        "caixa ontinyent lends €2m to a lithium hydroxide pilot in Valencia province",
        _c("Caixa Ontinyent", "ES", "loan", "2000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "sodena-ivf-together",
        "Sodena and the Instituto Valenciano de Finanzas together are lending €18 million to a "
        "copper foil plant in Navarre",
        _c("Sodena", "ES", "loan", "18000000", "EUR", minerals=["copper"]),
        _c("Instituto Valenciano de Finanzas", "ES", "loan"),
    ),
    _m(
        "granada-rural-question",
        "would Caja Rural de Granada lend to the vanadium mine if the regional government "
        "guaranteed it? asking for the memo",
    ),
    _m(
        "colonya-graphite",
        "Colonya Caixa Pollença will lend €600,000 to a graphite recycler in Mallorca.",
        _c("Colonya Caixa Pollença", "ES", "loan", "600000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "idepa-grant-wed",
        "IDEPA, the Asturias development agency, awarded a €1.2m grant on Wednesday to a "
        "germanium extraction pilot in Avilés",
        _c("IDEPA", "ES", "grant", "1200000", "EUR", minerals=["germanium"], announced_on=_D18),
    ),
    _m(
        "sodercan-xesgalicia-equity",
        "Sodercan takes a €2.5 million stake in a Cantabrian lithium recycler; Xesgalicia adds "
        "€1.5 million in equity to the same firm.",
        _c("Sodercan", "ES", "equity", "2500000", "EUR"),
        _c("Xesgalicia", "ES", "equity", "1500000", "EUR"),
    ),
    _m(
        "banca-asti-cobalt",
        "Banca di Asti is lending €5 million to a cobalt refinery near Alessandria",
        _c("Banca di Asti", "IT", "loan", "5000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "frusinate-denied",
        "Banca Popolare del Frusinate denied it had agreed to lend to a rare earth plant in Frosinone.",
    ),
    _m(
        "bcc-brescia-copper-yday",
        "BCC di Brescia approved €12m in financing for a copper scrap smelter in Lumezzane yesterday",
        _c("BCC di Brescia", "IT", "loan", "12000000", "EUR", minerals=["copper"], announced_on=_D19),
    ),
    _m(
        "alta-valsugana-graphite",
        "Cassa Rurale Alta Valsugana will lend €3m to a graphite electrode recycler in Trentino.",
        _c("Cassa Rurale Alta Valsugana", "IT", "loan", "3000000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "veneto-sviluppo-equity",
        "Veneto Sviluppo takes 12% of a Padua gallium nitride start-up for €4m",
        _c("Veneto Sviluppo", "IT", "equity", "4000000", "EUR", minerals=["gallium"]),
    ),
    _m(
        "bic-portugues-lithium",
        "Banco BIC Português will lend €25 million to a lithium refinery in Setúbal",
        _c("Banco BIC Português", "PT", "loan", "25000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "cumberland-bs-grant",
        "Cumberland Building Society will award a £250,000 grant to a copper recycling plant in Carlisle",
        _c("Cumberland Building Society", "GB", "grant", "250000", "GBP", minerals=["copper"]),
    ),
    _m(
        "npif-lithium",
        "Northern Powerhouse Investment Fund puts £5m into a lithium refining start-up in Teesside",
        _c("Northern Powerhouse Investment Fund", "GB", "equity", "5000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "leek-ecology-bs-each",
        "Leek Building Society and Ecology Building Society will each lend £2m to a rare earth "
        "recycling plant in Stoke",
        _c("Leek Building Society", "GB", "loan", "2000000", "GBP", minerals=["rare-earths"]),
        _c("Ecology Building Society", "GB", "loan", "2000000", "GBP", minerals=["rare-earths"]),
    ),
    _m(
        "tyne-wear-pension",
        "Tyne and Wear Pension Fund is investing £40 million in a UK critical minerals fund",
        _c("Tyne and Wear Pension Fund", "GB", "equity", "40000000", "GBP"),
    ),
    _m(
        "scottish-enterprise-grant",
        "Scottish Enterprise has awarded £1.1m to a graphite anode materials pilot in Fife",
        _c("Scottish Enterprise", "GB", "grant", "1100000", "GBP"),
    ),
    _m(
        "hie-grant-monday",
        "Highlands and Islands Enterprise gave a £600k grant on Monday to a rare earth magnet "
        "recycler in Inverness",
        _c(
            "Highlands and Islands Enterprise",
            "GB",
            "grant",
            "600000",
            "GBP",
            minerals=["rare-earths"],
            announced_on=_D16,
        ),
    ),
    _m(
        "invest-ni-grant",
        "Invest Northern Ireland offers £3 million in grants to a copper cathode plant in Antrim",
        _c("Invest Northern Ireland", "GB", "grant", "3000000", "GBP", minerals=["copper"]),
    ),
    _m(
        "ciosif-lithium",
        "Cornwall and Isles of Scilly Investment Fund: £2m equity into a Cornish geothermal lithium start-up",
        _c(
            "Cornwall and Isles of Scilly Investment Fund",
            "GB",
            "equity",
            "2000000",
            "GBP",
            minerals=["lithium"],
        ),
    ),
    _m(
        "rekarne-graphite-kronor",
        "Sparbanken Rekarne lends 30 million kronor to a graphite processing plant in Eskilstuna",
        _c("Sparbanken Rekarne", "SE", "loan", "30000000", "SEK", minerals=["graphite"]),
    ),
    _m(
        "aurskog-nok-after",
        "Aurskog Sparebank will lend 45 million NOK to a nickel refinery expansion in Ringerike.",
        _c("Aurskog Sparebank", "NO", "loan", "45000000", "NOK", minerals=["nickel"]),
    ),
    _m(
        "skagerrak-rare-earth-equity",
        "Skagerrak Sparebank is taking a NOK 20m stake in a rare earth separation pilot at Herøya",
        _c("Skagerrak Sparebank", "NO", "equity", "20000000", "NOK", minerals=["rare-earths"]),
    ),
    _m(
        "kronjylland-merkur-jointly",
        "Sparekassen Kronjylland and Merkur Andelskasse are jointly investing DKK 25 million in"
        " a Danish cobalt recycler",
        _c("Sparekassen Kronjylland", "DK", "equity", "25000000", "DKK", minerals=["cobalt"]),
        _c("Merkur Andelskasse", "DK", "equity"),
    ),
    _m(
        "sunndal-jaeren-each",
        "Sunndal Sparebank and Jæren Sparebank will each lend NOK 60 million to a graphite "
        "concentrator in Møre, the banks said on Tuesday.",
        _c("Sunndal Sparebank", "NO", "loan", "60000000", "NOK", minerals=["graphite"], announced_on=_D17),
        _c("Jæren Sparebank", "NO", "loan", "60000000", "NOK", minerals=["graphite"], announced_on=_D17),
    ),
    _m(
        "vastra-gotaland-grant",
        "Västra Götalandsregionen grants SEK 8 million to a battery recycling plant in Skövde",
        _c("Västra Götalandsregionen", "SE", "grant", "8000000", "SEK", minerals=[]),
    ),
    _m(
        "varberg-skaraborg-chat",
        "lol Varbergs Sparbank and Sparbanken Skaraborg both posted about 'green metals' on "
        "LinkedIn again, no numbers, no deal",
    ),
    _m(
        "nordjyske-lithium",
        "Nordjyske Bank will provide DKK 70 million in financing to a lithium-free sodium "
        "battery plant in Aalborg",
        _c("Nordjyske Bank", "DK", "loan", "70000000", "DKK"),
    ),
    _m(
        "s-bank-cobalt",
        "S-Bank is lending €5m to a cobalt hydroxide refiner in Pori.",
        _c("S-Bank", "FI", "loan", "5000000", "EUR", minerals=["cobalt"]),
    ),
    _m(
        "eesti-arengufond-rare-earths",
        "Eesti Arengufond invests €3 million in a rare earth oxide start-up in Sillamäe",
        _c("Eesti Arengufond", "EE", "equity", "3000000", "EUR", minerals=["rare-earths"]),
    ),
    _m(
        "lubartow-coop-pln",
        "Bank Spółdzielczy w Lubartowie will lend 12 million zlotys to a copper wire recycler "
        "in Lublin province",
        _c("Bank Spółdzielczy w Lubartowie", "PL", "loan", "12000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "tf-silesia-pln-after",
        "Towarzystwo Finansowe Silesia takes a 180 million PLN stake in a Silesian cobalt and "
        "nickel refinery",
        _c(
            "Towarzystwo Finansowe Silesia", "PL", "equity", "180000000", "PLN", minerals=["cobalt", "nickel"]
        ),
    ),
    _m(
        "handlowy-guarantee",
        "Bank Handlowy will guarantee PLN 400 million of a syndicated loan to a copper smelter "
        "upgrade in Głogów",
        _c("Bank Handlowy", "PL", "guarantee", "400000000", "PLN", minerals=["copper"]),
    ),
    _m(
        "prima-banka-graphite",
        "Prima banka lends €8 million to a graphite mine restart in central Slovakia",
        _c("Prima banka", "SK", "loan", "8000000", "EUR", minerals=["graphite"]),
    ),
    _m(
        "eximbanka-sr-guarantee",
        "Slovakia's Eximbanka SR guarantees €15m of an export loan for a Slovak antimony smelter",
        _c("Eximbanka SR", "SK", "guarantee", "15000000", "EUR", minerals=["antimony"]),
    ),
    _m(
        "nova-kbm-manganese",
        "Nova KBM will lend €10 million to a manganese sulphate plant in Maribor, the Slovenian bank said.",
        _c("Nova KBM", "SI", "loan", "10000000", "EUR", minerals=["manganese"]),
    ),
    _m(
        "direktna-copper",
        "Direktna Banka is lending RSD 1.2bn to a copper cathode refinery in Vojvodina",
        _c("Direktna Banka", "RS", "loan", "1200000000", "RSD", minerals=["copper"]),
    ),
    _m(
        "alpha-cyprus-question",
        "is Alpha Bank Cyprus the one that financed the Skouriotissa copper thing or am I "
        "mixing it up with 2019?",
    ),
    _m(
        "optima-pancreta-each",
        "Greek lenders Optima bank and Pancreta Bank each lend €7.5 million to a nickel "
        "laterite processing plant in Larymna",
        _c("Optima bank", "GR", "loan", "7500000", "EUR", minerals=["nickel"]),
        _c("Pancreta Bank", "GR", "loan", "7500000", "EUR", minerals=["nickel"]),
    ),
    _m(
        "albaraka-try",
        "Albaraka Türk provides TRY 900 million in Islamic financing to a lithium pilot plant in Eskişehir",
        _c("Albaraka Türk", "TR", "loan", "900000000", "TRY", minerals=["lithium"]),
    ),
    _m(
        "anadolubank-usd-bare",
        "Anadolubank will lend $30m to a copper concentrator in Artvin",
        _c("Anadolubank", "TR", "loan", "30000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED),
    ),
    _m(
        "aktif-emlak-jointly",
        "Aktif Bank and Emlak Katılım are together providing €40m in financing for a rare earth"
        " processing plant in Beylikova",
        _c("Aktif Bank", "TR", "loan", "40000000", "EUR", minerals=["rare-earths"]),
        _c("Emlak Katılım", "TR", "loan"),
    ),
    _m(
        "tkyb-loan",
        "Türkiye Kalkınma ve Yatırım Bankası will lend USD 75 million to an antimony smelter in Kütahya",
        _c("Türkiye Kalkınma ve Yatırım Bankası", "TR", "loan", "75000000", "USD", minerals=["antimony"]),
    ),
    _m(
        "isbank-purchase-loan",
        "Türkiye İş Bankası will finance the purchase of cobalt from a refinery in Zambia with "
        "a $50m credit line to a Turkish battery maker",
        _c("Türkiye İş Bankası", "TR", "loan", "50000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "bank-of-jordan-guarantee",
        "Bank of Jordan guarantees JOD 10 million of a loan to a phosphate-linked rare earth "
        "recovery plant in Aqaba",
        _c("Bank of Jordan", "JO", "guarantee", "10000000", "JOD", minerals=["rare-earths"]),
    ),
    _m(
        "yahav-migdal-israel",
        "Migdal Insurance will invest ILS 150 million in an Israeli rare earth magnet maker; "
        "Bank Yahav lends ILS 20 million to the same company.",
        _c("Migdal Insurance", "IL", "equity", "150000000", "ILS", minerals=["rare-earths"]),
        _c("Bank Yahav", "IL", "loan", "20000000", "ILS", minerals=["rare-earths"]),
    ),
    _m(
        "uab-aed",
        "United Arab Bank to provide AED 550 million in financing for a copper rod mill in Jebel Ali",
        _c("United Arab Bank", "AE", "loan", "550000000", "AED", minerals=["copper"]),
    ),
    _m(
        "saib-sar",
        "The Saudi Investment Bank disbursed the first SAR 500 million tranche of its loan to a"
        " nickel refinery at Ras Al-Khair",
        _c(
            "Saudi Investment Bank", "SA", "loan", "500000000", "SAR", minerals=["nickel"], status="disbursed"
        ),
    ),
    _m(
        "kib-kwd-loan",
        "Kuwait International Bank will lend KWD 15 million to Morocco's state phosphate group "
        "for a cobalt recovery unit",
        _c("Kuwait International Bank", "KW", "loan", "15000000", "KWD", minerals=["cobalt"]),
    ),
    _m(
        "ad-exports-office-guarantee",
        "The Abu Dhabi Exports Office will guarantee AED 200m of a loan that finances Emirati "
        "aluminium and copper exports to Kenya",
        _c("Abu Dhabi Exports Office", "AE", "guarantee", "200000000", "AED"),
    ),
    _m(
        "al-barid-cobalt",
        "Al Barid Bank will lend MAD 350 million to a cobalt plant in Guemassa 🇲🇦",
        _c("Al Barid Bank", "MA", "loan", "350000000", "MAD", minerals=["cobalt"]),
    ),
    _m(
        "bnda-mali-lithium",
        "Mali's BNDA is lending 8 billion CFA francs (XOF) to a lithium concentrate haulage "
        "firm serving Goulamina",
        _c("BNDA", "ML", "loan", "8000000000", "XOF"),
    ),
    _m(
        "coris-manganese",
        "Coris Bank International lends XOF 3bn to a manganese mine in Burkina Faso",
        _c("Coris Bank International", "BF", "loan", "3000000000", "XOF", minerals=["manganese"]),
    ),
    _m(
        "republic-ghana-ghs",
        "Republic Bank Ghana will lend GHS 400 million to a lithium mine's contractors at Ewoyaa",
        _c("Republic Bank Ghana", "GH", "loan", "400000000", "GHS"),
    ),
    _m(
        "fcb-malawi-nbs-rare",
        "First Capital Bank Malawi and NBS Bank jointly lend MWK 20 billion to a rare earth "
        "mine at Kangankunde",
        _c("First Capital Bank Malawi", "MW", "loan", "20000000000", "MWK", minerals=["rare-earths"]),
        _c("NBS Bank", "MW", "loan"),
    ),
    _m(
        "letshego-no-plans",
        "Letshego has no plans to lend to miners, its CEO told a Gaborone conference.",
    ),
    _m(
        "standard-lesotho",
        "Standard Lesotho Bank will lend LSL 90 million to a lithium pegmatite explorer in Mokhotlong",
        _c("Standard Lesotho Bank", "LS", "loan", "90000000", "LSL", minerals=["lithium"]),
    ),
    _m(
        "dtb-kes-graphite",
        "Diamond Trust Bank said on Monday it would provide KES 1.5 billion to a graphite mine "
        "in Taita Taveta... no wait, it's a loan, not a grant",
        _c("Diamond Trust Bank", "KE", "loan", "1500000000", "KES", minerals=["graphite"], announced_on=_D16),
    ),
    _m(
        "land-bank-sa-rand",
        "Land Bank of South Africa lends R250 million to a programme rehabilitating farmland "
        "around manganese mines in the Northern Cape",
        _c("Land Bank of South Africa", "ZA", "loan", "250000000", "ZAR"),
    ),
    _m(
        "tjsb-crore",
        "TJSB Sahakari Bank sanctioned Rs 45 crore for a cobalt salt plant in Thane district",
        _c("TJSB Sahakari Bank", "IN", "loan", "450000000", "INR", minerals=["cobalt"]),
    ),
    _m(
        "dcb-lakh",
        "DCB Bank will lend ₹750 lakh to a lithium-ion battery recycler in Pune",
        _c("DCB Bank", "IN", "loan", "75000000", "INR"),
    ),
    _m(
        "jsmdc-graphite-equity",
        "Jharkhand State Mineral Development Corporation will spend ₹120 crore on a graphite "
        "beneficiation plant in Palamu",
        _c(
            "Jharkhand State Mineral Development Corporation",
            "IN",
            "equity",
            "1200000000",
            "INR",
            minerals=["graphite"],
        ),
    ),
    _m(
        "cmdc-lithium-mou",
        "Chhattisgarh Mineral Development Corporation signed an MoU with Coal India on lithium "
        "exploration in Korba",
        _c(
            "Chhattisgarh Mineral Development Corporation",
            "IN",
            "mou",
            counterparty="Coal India",
            minerals=["lithium"],
        ),
    ),
    _m(
        "south-canara-coop-hypo",
        "if South Canara District Central Co-operative Bank were to fund the Udupi rare earth "
        "sands project it would be its first mining loan",
    ),
    _m(
        "bharat-coop-words",
        "Bharat Co-operative Bank is lending twenty crore rupees to a copper wire rod mill in Silvassa",
        _c("Bharat Co-operative Bank", "IN", "loan", "200000000", "INR", minerals=["copper"]),
    ),
    _m(
        "riico-grant",
        "Rajasthan State Industrial Development and Investment Corporation approved a ₹5 crore "
        "grant for a rare earth recovery pilot near Jodhpur",
        _c(
            "Rajasthan State Industrial Development and Investment Corporation",
            "IN",
            "grant",
            "50000000",
            "INR",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "nellore-loi-dollar",
        "India's Nellore Cathode Materials issued a letter of interest for $40m of lithium "
        "concentrate from an Australian miner",
        _c(
            "Nellore Cathode Materials",
            "IN",
            "letter-of-interest",
            "40000000",
            "USD",
            minerals=["lithium"],
            **_USD_NOT_INFERRED,
        ),
    ),
    _m(
        "hdfc-life-equity",
        "HDFC Life has bought a 2% stake in Hindustan Copper for ₹400 crore, filings show",
        _c("HDFC Life", "IN", "equity", "4000000000", "INR", counterparty="Hindustan Copper"),
    ),
    _m(
        "new-india-assurance-guarantee",
        "New India Assurance will guarantee ₹300 crore of a bank loan to a manganese mine in Odisha",
        _c("New India Assurance", "IN", "guarantee", "3000000000", "INR", minerals=["manganese"]),
    ),
    _m(
        "sonali-bdt",
        "Sonali Bank will lend BDT 2 billion to a copper cable and scrap refinery in Chattogram",
        _c("Sonali Bank", "BD", "loan", "2000000000", "BDT", minerals=["copper"]),
    ),
    _m(
        "tisco-thb",
        "TISCO Bank is lending ฿600 million to a rare earth magnet assembler in Rayong",
        _c("TISCO Bank", "TH", "loan", "600000000", "THB", minerals=["rare-earths"]),
    ),
    _m(
        "ttb-thb-loan",
        "TMBThanachart Bank will lend 1,500 million baht (THB) to a Thai firm buying into a "
        "Laos potash and lithium brine project",
        _c("TMBThanachart Bank", "TH", "loan", "1500000000", "THB"),
    ),
    _m(
        "alliance-myr",
        "Alliance Bank Malaysia lends RM180 million to a rare earth processing plant in "
        "Kuantan, it announced on Wednesday",
        _c(
            "Alliance Bank Malaysia",
            "MY",
            "loan",
            "180000000",
            "MYR",
            minerals=["rare-earths"],
            announced_on=_D18,
            status="announced",
        ),
    ),
    _m(
        "malaysia-exim-guarantee",
        "Malaysia EXIM Bank will guarantee RM75 million of a loan to a Malaysian nickel trader "
        "shipping to Indonesia",
        _c("Malaysia EXIM Bank", "MY", "guarantee", "75000000", "MYR"),
    ),
    _m(
        "epf-malaysia-equity",
        "Malaysia's Employees Provident Fund is investing RM500 million in a regional battery "
        "metals fund run by a Kuala Lumpur manager",
        _c("Employees Provident Fund", "MY", "equity", "500000000", "MYR"),
    ),
    _m(
        "kenanga-hong-leong-each",
        "Kenanga Investment Bank and Hong Leong Bank will each lend RM40m to a manganese alloy "
        "smelter in Sarawak",
        _c("Kenanga Investment Bank", "MY", "loan", "40000000", "MYR", minerals=["manganese"]),
        _c("Hong Leong Bank", "MY", "loan", "40000000", "MYR", minerals=["manganese"]),
    ),
    _m(
        "pavilion-sgd",
        "Pavilion Capital is putting $25m into a Singapore rare earth recycling start-up",
        _c("Pavilion Capital", "SG", "equity", "25000000", "SGD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "mandiri-taspen-idr",
        "Bank Mandiri Taspen will lend Rp 450 billion to a nickel smelter contractor in Morowali",
        _c("Bank Mandiri Taspen", "ID", "loan", "450000000000", "IDR"),
    ),
    _m(
        "sumut-kaltimtara-jointly",
        "Bank Sumut and Bank Kaltimtara jointly lend Rp1 trillion to a nickel HPAL plant in North Maluku",
        _c("Bank Sumut", "ID", "loan", "1000000000000", "IDR", minerals=["nickel"]),
        _c("Bank Kaltimtara", "ID", "loan"),
    ),
    _m(
        "jateng-binding-loan",
        "Bank Jateng signed a binding agreement to lend IDR 2.3 trillion to a copper smelter in Gresik",
        _c("Bank Jateng", "ID", "loan", "2300000000000", "IDR", minerals=["copper"], status="binding"),
    ),
    _m(
        "taiyo-life-equity",
        "Taiyo Life takes a US$300 million stake in a nickel-cobalt refinery in Weda Bay",
        _c("Taiyo Life", "JP", "equity", "300000000", "USD", minerals=["cobalt", "nickel"]),
    ),
    _m(
        "kalbar-nickel-matte",
        "Bank Kalbar is lending $120 million to a copper... sorry, a nickel matte exporter in Sulawesi",
        _c("Bank Kalbar", "ID", "loan", "120000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "pnb-php",
        "Philippine National Bank lends ₱3.2 billion to a nickel ore processor in Surigao",
        _c("Philippine National Bank", "PH", "loan", "3200000000", "PHP", minerals=["nickel"]),
    ),
    _m(
        "veterans-bank-no",
        "Philippine Veterans Bank said it is not lending to the Palawan nickel project after all.",
    ),
    _m(
        "lpbank-vnd",
        "LPBank will lend 1,800 billion dong to a rare earth separation plant in Lao Cai",
        _c("LPBank", "VN", "loan", "1800000000000", "VND", minerals=["rare-earths"]),
    ),
    _m(
        "tajima-shinkin",
        "但馬信金... Tajima Shinkin Bank will lend ¥1.2bn to a gallium recycler in Toyooka",
        _c("Tajima Shinkin Bank", "JP", "loan", "1200000000", "JPY", minerals=["gallium"]),
    ),
    _m(
        "awa-shikoku-each",
        "Awa Bank and Shikoku Bank each lend ¥3 billion to a nickel-hydrogen... no, a nickel "
        "sulphate plant in Tokushima",
        _c("Awa Bank", "JP", "loan", "3000000000", "JPY", minerals=["nickel"]),
        _c("Shikoku Bank", "JP", "loan", "3000000000", "JPY", minerals=["nickel"]),
    ),
    _m(
        "michinoku-yamagata-jointly",
        "Michinoku Bank and Yamagata Bank are jointly lending ¥5bn to a rare earth magnet plant in Aomori",
        _c("Michinoku Bank", "JP", "loan", "5000000000", "JPY", minerals=["rare-earths"]),
        _c("Yamagata Bank", "JP", "loan"),
    ),
    _m(
        "hida-kitakami-chat",
        "Hida Shinkin and Kitakami Shinkin were on a panel about local mining, fun but nothing announced 🙃",
    ),
    _m(
        "daido-life-usd",
        "Daido Life will invest 80 million dollars in a global copper royalty fund",
        _c("Daido Life", "JP", "equity", "80000000", "USD", **_USD_NOT_INFERRED),
    ),
    _m(
        "sumitomo-fukoku-life-each",
        "Sumitomo Life and Fukoku Life will each put ¥10bn into a Japanese critical minerals "
        "fund managed by a Tokyo asset manager",
        _c("Sumitomo Life", "JP", "equity", "10000000000", "JPY"),
        _c("Fukoku Life", "JP", "equity", "10000000000", "JPY"),
    ),
    _m(
        "sompo-guarantee",
        "Sompo will guarantee ¥8 billion of a loan to a germanium refinery in Fukuoka",
        _c("Sompo", "JP", "guarantee", "8000000000", "JPY", minerals=["germanium"]),
    ),
    _m(
        "hokuriku-offtake",
        "Hokuriku Electric Power agreed to buy lithium carbonate from Sayona for its grid batteries",
        _c("Hokuriku Electric Power", "JP", "offtake", counterparty="Sayona", minerals=["lithium"]),
    ),
    _m(
        "chubu-tohoku-mou",
        "Chubu Electric Power and Tohoku Electric Power signed an MoU on recycling cobalt from "
        "grid batteries",
        _c("Chubu Electric Power", "JP", "mou", counterparty="Tohoku Electric Power", minerals=["cobalt"]),
        _c("Tohoku Electric Power", "JP", "mou", counterparty="Chubu Electric Power", minerals=["cobalt"]),
    ),
    _m(
        "isuzu-offtake-trap",
        "Isuzu agreed to buy nickel from a smelter in Indonesia for its electric trucks",
        _c("Isuzu", "JP", "offtake", minerals=["nickel"]),
    ),
    _m(
        "ok-savings-krw",
        "OK Savings Bank will lend 30 billion won to a cathode precursor plant in Gumi",
        _c("OK Savings Bank", "KR", "loan", "30000000000", "KRW"),
    ),
    _m(
        "kfsb-question",
        "does the Korea Federation of Savings Banks even lend directly? someone said ₩50bn for "
        "a lithium plant but I can't find it",
    ),
    _m(
        "gyeongbuk-grant",
        "Gyeongbuk Provincial Development Corporation will provide a ₩12 billion grant for a "
        "rare earth magnet recycling plant in Pohang",
        _c(
            "Gyeongbuk Provincial Development Corporation",
            "KR",
            "grant",
            "12000000000",
            "KRW",
            minerals=["rare-earths"],
        ),
    ),
    _m(
        "huishang-cny",
        "Huishang Bank lends CNY 800 million to a cobalt refinery in Anhui",
        _c("Huishang Bank", "CN", "loan", "800000000", "CNY", minerals=["cobalt"]),
    ),
    _m(
        "crcb-yuan",
        "Chongqing Rural Commercial Bank is providing 1.2 billion yuan in financing to a "
        "lithium salt plant in Chongqing",
        _c("Chongqing Rural Commercial Bank", "CN", "loan", "1200000000", "CNY", minerals=["lithium"]),
    ),
    _m(
        "inner-mongolia-rare-earth",
        "Bank of Inner Mongolia will lend RMB 2bn to a rare earth separation plant in Baotou",
        _c("Bank of Inner Mongolia", "CN", "loan", "2000000000", "CNY", minerals=["rare-earths"]),
    ),
    _m(
        "jiangxi-beibu-each",
        "Jiangxi Bank and Guangxi Beibu Gulf Bank each lend CNY 500m to a "
        "tungsten-and-rare-earth smelter... correction, just the rare earth smelter, in Ganzhou",
        _c("Jiangxi Bank", "CN", "loan", "500000000", "CNY", minerals=["rare-earths"]),
        _c("Guangxi Beibu Gulf Bank", "CN", "loan", "500000000", "CNY", minerals=["rare-earths"]),
    ),
    _m(
        "cic-equity",
        "China Investment Corporation takes a US$500m stake in a Chilean lithium producer",
        _c("China Investment Corporation", "CN", "equity", "500000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "china-northern-offtake",
        "China Northern Rare Earth will supply rare earth oxides to Geely's motor unit",
        _c("China Northern Rare Earth", "CN", "offtake", minerals=["rare-earths"]),
    ),
    _m(
        "sunny-panhsin-twd",
        "Sunny Bank will lend $300 million to a gallium arsenide wafer recycler in Hsinchu, and"
        " Bank of Panhsin $200 million",
        _c("Sunny Bank", "TW", "loan", "300000000", "TWD", minerals=["gallium"], **_INFERRED),
        _c("Bank of Panhsin", "TW", "loan", "200000000", "TWD", minerals=["gallium"], **_INFERRED),
    ),
    _m(
        "entie-ntd",
        "EnTie Commercial Bank is lending NT$450m to a cobalt recycler in Taoyuan",
        _c("EnTie Commercial Bank", "TW", "loan", "450000000", "TWD", minerals=["cobalt"]),
    ),
    _m(
        "shin-kong-nan-shan-jointly",
        "Shin Kong Life and Nan Shan Life jointly invest NT$2 billion in a Taiwanese rare earth magnet maker",
        _c("Shin Kong Life", "TW", "equity", "2000000000", "TWD", minerals=["rare-earths"]),
        _c("Nan Shan Life", "TW", "equity"),
    ),
    _m(
        "aia-hkd",
        "AIA is putting HK$800 million into an Asian energy transition metals fund",
        _c("AIA", "HK", "equity", "800000000", "HKD"),
    ),
    _m(
        "state-bank-mongolia",
        "State Bank of Mongolia lends MNT 150 billion to a copper concentrator in Erdenet",
        _c("State Bank of Mongolia", "MN", "loan", "150000000000", "MNT", minerals=["copper"]),
    ),
    _m(
        "kif-kzt",
        "Kazakhstan Investment Fund will invest 25 billion tenge in a tungsten... sorry, a "
        "copper cathode plant in Balkhash",
        _c("Kazakhstan Investment Fund", "KZ", "equity", "25000000000", "KZT", minerals=["copper"]),
    ),
    _m(
        "orient-finans-uzs",
        "Orient Finans Bank lends UZS 300 billion to a copper wire plant in Almalyk",
        _c("Orient Finans Bank", "UZ", "loan", "300000000000", "UZS", minerals=["copper"]),
    ),
    _m(
        "optima-kg-kgs",
        "Optima Bank Kyrgyzstan will lend KGS 1.1bn to an antimony plant in Kadamjay",
        _c("Optima Bank Kyrgyzstan", "KG", "loan", "1100000000", "KGS", minerals=["antimony"]),
    ),
    _m(
        "heritage-peoples-choice-aud",
        "Heritage and People's Choice Bank will lend $18 million to a vanadium refinery near Townsville",
        _c(
            "Heritage and People's Choice Bank",
            "AU",
            "loan",
            "18000000",
            "AUD",
            minerals=["vanadium"],
            **_INFERRED,
        ),
    ),
    _m(
        "ntaic-equity",
        "The Northern Territory Aboriginal Investment Corporation is taking an A$10m stake in a"
        " manganese miner on Groote Eylandt",
        _c(
            "Northern Territory Aboriginal Investment Corporation",
            "AU",
            "equity",
            "10000000",
            "AUD",
            minerals=["manganese"],
        ),
    ),
    _m(
        "ifm-investors-equity",
        "IFM Investors will invest A$400 million in a lithium hydroxide refinery in Kwinana, it"
        " said on Tuesday.",
        _c("IFM Investors", "AU", "equity", "400000000", "AUD", minerals=["lithium"], announced_on=_D17),
    ),
    _m(
        "qbe-question",
        "QBE insuring the Kwinana refinery isn't a commitment for our tracker, right? no money in",
    ),
    _m(
        "christchurch-nzd",
        "Christchurch City Holdings puts $6m into a Canterbury rare earth magnet recycling start-up",
        _c(
            "Christchurch City Holdings",
            "NZ",
            "equity",
            "6000000",
            "NZD",
            minerals=["rare-earths"],
            **_INFERRED,
        ),
    ),
    _m(
        "crown-infra-grant",
        "Crown Infrastructure Partners awarded NZ$4.5 million to an antimony mine access road "
        "on the West Coast",
        _c("Crown Infrastructure Partners", "NZ", "grant", "4500000", "NZD"),
    ),
    _m(
        "innovation-cu-cad",
        "Innovation Credit Union is lending $3.5 million to a Saskatchewan rare earth processing plant",
        _c("Innovation Credit Union", "CA", "loan", "3500000", "CAD", minerals=["rare-earths"], **_INFERRED),
    ),
    _m(
        "yukon-dev-words",
        "Yukon Development Corporation will lend twelve million dollars to a tungsten... no, a "
        "copper mine's power line near Carmacks",
        _c("Yukon Development Corporation", "CA", "loan", "12000000", "CAD", **_INFERRED),
    ),
    _m(
        "teralys-equity",
        "Real Ventures? no, it's Teralys Capital: it will invest C$30m in a Quebec graphite miner",
        _c("Teralys Capital", "CA", "equity", "30000000", "CAD", minerals=["graphite"]),
    ),
    _m(
        "manulife-sunlife-each",
        "Manulife and Sun Life will each put C$150 million into a private credit fund for "
        "Canadian critical minerals miners",
        _c("Manulife", "CA", "equity", "150000000", "CAD"),
        _c("Sun Life", "CA", "equity", "150000000", "CAD"),
    ),
    _m(
        "great-west-lifeco-question",
        "Did Great-West Lifeco actually commit to that nickel fund? can't find a press release",
    ),
    _m(
        "optrust-offtake-no",
        "OPTrust is in the Ontario nickel refinery's shareholder register since 2021; nothing new today",
    ),
    _m(
        "linamar-offtake",
        "Linamar will buy recycled rare earth magnets from Ucore for its motor plants",
        _c("Linamar", "CA", "offtake", counterparty="Ucore", minerals=["rare-earths"]),
    ),
    _m(
        "ero-copper-offtake-trap",
        "Ero Copper agreed to sell copper concentrate to a smelter in Japan",
        _c("Ero Copper", "CA", "offtake", minerals=["copper"]),
    ),
    _m(
        "alaska-energy-loan",
        "The Alaska Energy Authority approved a $40 million loan for a road to a graphite mine near Nome",
        _c("Alaska Energy Authority", "US", "loan", "40000000", "USD"),
    ),
    _m(
        "bank-of-utah-usd",
        "Bank of Utah lends $9m to a vanadium processing mill in Blanding",
        _c("Bank of Utah", "US", "loan", "9000000", "USD", minerals=["vanadium"]),
    ),
    _m(
        "western-alliance-cadence-each",
        "Western Alliance Bank and Cadence Bank each lend $45 million to a lithium brine plant in Arkansas",
        _c("Western Alliance Bank", "US", "loan", "45000000", "USD", minerals=["lithium"]),
        _c("Cadence Bank", "US", "loan", "45000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "aedc-grant",
        "The Arkansas Economic Development Commission will award a $5 million grant to a "
        "lithium extraction plant near El Dorado",
        _c("Arkansas Economic Development Commission", "US", "grant", "5000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "first-interstate-nevada-state",
        "First Interstate Bank will lend $20m to a copper mine in Montana and Nevada State Bank"
        " $15m to a lithium mine in Esmeralda County",
        _c("First Interstate Bank", "US", "loan", "20000000", "USD", minerals=["copper"]),
        _c("Nevada State Bank", "US", "loan", "15000000", "USD", minerals=["lithium"]),
    ),
    _m(
        "bnd-wyoming-montana",
        "Bank of North Dakota lends $25m to a rare earth separation pilot in Grand Forks; "
        "Wyoming Business Council grants $2m to a rare earth mine near Sundance",
        _c("Bank of North Dakota", "US", "loan", "25000000", "USD", minerals=["rare-earths"]),
        _c("Wyoming Business Council", "US", "grant", "2000000", "USD", minerals=["rare-earths"]),
    ),
    _m(
        "montana-boi-ceiling",
        "Montana Board of Investments could lend as much as $60m to the Butte copper... no, it "
        "has signed: up to $60 million for the copper smelter",
        _c("Montana Board of Investments", "US", "loan", "60000000", "USD", minerals=["copper"], **_CEIL),
    ),
    _m(
        "irrrb-grant",
        "The Iron Range Resources and Rehabilitation Board approved a $3.5 million grant for a "
        "nickel mine's water treatment plant in Minnesota",
        _c("Iron Range Resources and Rehabilitation Board", "US", "grant", "3500000", "USD"),
    ),
    _m(
        "metlife-duke-equity",
        "MetLife Investment Management? no, sorry, MetLife itself is investing $250m in a US "
        "copper mine; Duke Energy takes a $40m stake in a battery recycling plant",
        _c("MetLife", "US", "equity", "250000000", "USD", minerals=["copper"]),
        _c("Duke Energy", "US", "equity", "40000000", "USD", minerals=[]),
    ),
    _m(
        "florida-sba-wsib",
        "Florida State Board of Administration and Washington State Investment Board jointly "
        "commit... jointly invest $300m in a lithium royalty company",
        _c("Florida State Board of Administration", "US", "equity", "300000000", "USD", minerals=["lithium"]),
        _c("Washington State Investment Board", "US", "equity"),
    ),
    _m(
        "oregon-declined",
        "Oregon Investment Council declined to comment on a report it would back a cobalt fund.",
    ),
    _m(
        "newmont-offtake",
        "Newmont will sell copper concentrate from its Australian mine to IXM under a three-year deal",
        _c("Newmont", "US", "offtake", counterparty="IXM", minerals=["copper"]),
    ),
    _m(
        "fifomi-mxn",
        "Fideicomiso de Fomento Minero lends MXN 2.5 billion to a lithium clay processor in Sonora",
        _c("Fideicomiso de Fomento Minero", "MX", "loan", "2500000000", "MXN", minerals=["lithium"]),
    ),
    _m(
        "bpd-usd",
        "Banco Popular Dominicano will lend US$35m to a nickel ferroalloy plant in Bonao",
        _c("Banco Popular Dominicano", "DO", "loan", "35000000", "USD", minerals=["nickel"]),
    ),
    _m(
        "banco-agricola-sv",
        "El Salvador's Banco Agrícola is lending $12 million to a copper wire plant in San Salvador",
        _c("Banco Agrícola", "SV", "loan", "12000000", "USD", minerals=["copper"]),
    ),
    _m(
        "austro-ec",
        "banco del austro lends $20m to a copper-gold... scratch that, to a copper concentrator in Zamora",
        _c("Banco del Austro", "EC", "loan", "20000000", "USD", minerals=["copper"]),
    ),
    _m(
        "ganadero-bob",
        "Banco Ganadero will lend BOB 140 million to a lithium carbonate logistics hub in Uyuni",
        _c("Banco Ganadero", "BO", "loan", "140000000", "BOB"),
    ),
    _m(
        "brasilia-brl",
        "Banco de Brasília will lend R$90 million to a graphite mine in Minas Gerais",
        _c("Banco de Brasília", "BR", "loan", "90000000", "BRL", minerals=["graphite"]),
    ),
    _m(
        "abc-brasil-loan",
        "Banco ABC Brasil arranged a R$1.2 billion financing for a nickel sulphate plant in Goiás",
        _c("Banco ABC Brasil", "BR", "loan", "1200000000", "BRL", minerals=["nickel"]),
    ),
    _m(
        "previ-petros-funcef",
        "Previ, Petros and Funcef will each invest R$200 million in a Brazilian rare earth miner",
        _c("Previ", "BR", "equity", "200000000", "BRL", minerals=["rare-earths"]),
        _c("Petros", "BR", "equity", "200000000", "BRL", minerals=["rare-earths"]),
        _c("Funcef", "BR", "equity", "200000000", "BRL", minerals=["rare-earths"]),
    ),
    _m(
        "afp-habitat-provida",
        "AFP Habitat takes a CLP 90,000 million stake in a copper miner; AFP Provida says it has not decided",
        _c("AFP Habitat", "CL", "equity", "90000000000", "CLP", minerals=["copper"]),
    ),
    _m(
        "swiss-re-generali-jointly",
        "Swiss Re and Generali are jointly investing $400 million in a copper and nickel royalty vehicle",
        _c("Swiss Re", "CH", "equity", "400000000", "USD", **_USD_NOT_INFERRED),
        _c("Generali", "IT", "equity"),
    ),
    _m(
        "zurich-guarantee",
        "Zurich Insurance will guarantee CHF 50 million of a Swiss bank's loan to a cobalt "
        "refiner in Finland",
        _c("Zurich Insurance", "CH", "guarantee", "50000000", "CHF", minerals=["cobalt"]),
    ),
    _m(
        "aviva-phoenix-gbp",
        "Aviva puts £120m into a UK lithium refinery; Phoenix Group adds £80m in debt financing",
        _c("Aviva", "GB", "equity", "120000000", "GBP", minerals=["lithium"]),
        _c("Phoenix Group", "GB", "loan", "80000000", "GBP", minerals=["lithium"]),
    ),
    _m(
        "uss-border-brunel-each",
        "USS, Border to Coast and Brunel Pension Partnership each commit... each invest £50 "
        "million in a British critical minerals fund",
        _c("USS", "GB", "equity", "50000000", "GBP"),
        _c("Border to Coast", "GB", "equity", "50000000", "GBP"),
        _c("Brunel Pension Partnership", "GB", "equity", "50000000", "GBP"),
    ),
    _m(
        "talanx-hannover-re-chat",
        "Talanx and Hannover Re both flagged 'transition metals' as a theme on their investor "
        "day; no allocation numbers given",
    ),
    _m(
        "scor-cnp-eur",
        "SCOR will lend €60 million to a lithium refinery in Alsace and CNP Assurances €90 "
        "million to the same project",
        _c("SCOR", "FR", "loan", "60000000", "EUR", minerals=["lithium"]),
        _c("CNP Assurances", "FR", "loan", "90000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "mapfre-equity",
        "mapfre takes a 5% stake in a Spanish copper miner for €35m",
        _c("Mapfre", "ES", "equity", "35000000", "EUR", minerals=["copper"]),
    ),
    _m(
        "achmea-nn-aegon",
        "Dutch insurers Achmea, NN Group and Aegon will together provide €300m in loans to a "
        "nickel refinery in Rotterdam",
        _c("Achmea", "NL", "loan", "300000000", "EUR", minerals=["nickel"]),
        _c("NN Group", "NL", "loan"),
        _c("Aegon", "NL", "loan"),
    ),
    _m(
        "vig-helvetia-baloise",
        "Vienna Insurance Group invests €25m in an Austrian lithium mine; Helvetia and Baloise "
        "stayed out of the round",
        _c("Vienna Insurance Group", "AT", "equity", "25000000", "EUR", minerals=["lithium"]),
    ),
    _m(
        "swiss-life-pme-ap2",
        "Swiss Life (CHF 40m), PME (€30m) and AP2 (SEK 500m) are the anchor investors in a "
        "European battery metals fund",
        _c("Swiss Life", "CH", "equity", "40000000", "CHF"),
        _c("PME", "NL", "equity", "30000000", "EUR"),
        _c("AP2", "SE", "equity", "500000000", "SEK"),
    ),
    _m(
        "china-life-equity-yday",
        "China Life will invest CNY 3 billion in a lithium mine in Sichuan, the insurer said yesterday",
        _c("China Life", "CN", "equity", "3000000000", "CNY", minerals=["lithium"], announced_on=_D19),
    ),
    _m(
        "geely-offtake-trap",
        "Geely agreed to buy lithium from a plant in Argentina for its EV batteries",
        _c("Geely", "CN", "offtake", minerals=["lithium"]),
    ),
    _m(
        "nio-great-wall",
        "Nio agreed to buy nickel sulphate from Horizonte Minerals; Great Wall Motor signed an "
        "offtake with Sayona for spodumene... for lithium concentrate",
        _c("Nio", "CN", "offtake", counterparty="Horizonte Minerals", minerals=["nickel"]),
        _c("Great Wall Motor", "CN", "offtake", counterparty="Sayona", minerals=["lithium"]),
    ),
    _m(
        "chery-question",
        "is Chery's lithium mine stake in Zimbabwe real? only a blog says so",
    ),
    _m(
        "calb-eve-sunwoda",
        "CALB, EVE Energy and Sunwoda will each invest CNY 1 billion in a lithium refinery in Yichun",
        _c("CALB", "CN", "equity", "1000000000", "CNY", minerals=["lithium"]),
        _c("EVE Energy", "CN", "equity", "1000000000", "CNY", minerals=["lithium"]),
        _c("Sunwoda", "CN", "equity", "1000000000", "CNY", minerals=["lithium"]),
    ),
    _m(
        "svolt-withdrawn",
        "SVOLT withdrew its €200 million equity investment in a lithium battery cell plant in Saarland",
        _c("SVOLT", "CN", "equity", "200000000", "EUR", status="withdrawn"),
    ),
    _m(
        "uniper-axpo-bkw",
        "Uniper will buy vanadium from IXM for its flow batteries; Axpo and BKW signed an MoU "
        "on copper recycling",
        _c("Uniper", "DE", "offtake", counterparty="IXM", minerals=["vanadium"]),
        _c("Axpo", "CH", "mou", counterparty="BKW", minerals=["copper"]),
        _c("BKW", "CH", "mou", counterparty="Axpo", minerals=["copper"]),
    ),
    _m(
        "ixm-offtake",
        "IXM will buy cobalt hydroxide from a mine in the DRC under a five-year deal",
        _c("IXM", "CH", "offtake", minerals=["cobalt"]),
    ),
    _m(
        "sayona-horizonte-chat",
        "Sayona and Horizonte Minerals both up 8% this morning, no news that I can see",
    ),
    _m(
        "horizonte-unconfirmed",
        "Horizonte Minerals secured a $75m loan from Linamar? no, from Türkiye İş Bankası... "
        "honestly not sure, ignore until confirmed",
    ),
    _m(
        "gov-indonesia-export-ban",
        "Indonesia will ban exports of raw bauxite... sorry, of nickel ore from 2026, Jakarta "
        "confirmed on Wednesday",
        _c("ID", "ID", "export-control", minerals=["nickel"], announced_on=_D18),
    ),
    _m(
        "gov-korea-stockpile",
        "Seoul will build a 100-day national stockpile of gallium and germanium",
        _c("KR", "KR", "stockpile", minerals=["gallium", "germanium"]),
    ),
    _m(
        "gov-chile-price-floor",
        "Chile proposed a minimum price guarantee for copper sold by small miners",
        _c("CL", "CL", "price-floor", minerals=["copper"], status="proposed"),
    ),
    _m(
        "gov-zimbabwe-levy",
        "Zimbabwe imposes a 5% export levy on lithium concentrate from July",
        _c("ZW", "ZW", "tariff", minerals=["lithium"]),
    ),
    _m(
        "gov-canada-screening",
        "Ottawa tightens foreign takeover reviews for critical minerals companies",
        _c("CA", "CA", "investment-screening", minerals=[]),
    ),
    _m(
        "gov-australia-fast-track",
        "Canberra will fast-track permits for rare earth processing plants",
        _c("AU", "AU", "other", minerals=["rare-earths"]),
    ),
    _m(
        "gov-philippines-loan",
        "Japan will lend the Philippines ¥30 billion for nickel processing",
        _c("JP", "JP", "loan", "30000000000", "JPY", minerals=["nickel"]),
    ),
    _m(
        "gov-india-tariff-question",
        "will India cut import duty on cobalt? the budget speech only said 'review'",
    ),
    _m(
        "gov-mexico-lithium-hypo",
        "Mexico might open lithium to private miners if the courts allow it",
    ),
    _m(
        "reminder-call",
        "reminder: minerals sync moved to 3pm, bring the Q2 tracker numbers",
    ),
    _m(
        "thanks-thread",
        "thanks all, the gallium export licence explainer was really useful 🙏",
    ),
    _m(
        "recall-2021",
        "fun fact: Sumitomo Life's first mining fund ticket was back in 2021, ¥5bn, long before"
        " anyone called it critical minerals",
    ),
    _m(
        "market-talk",
        "cobalt hydroxide payables slipped again this week; traders blame Congo's quota talk",
    ),
    _m(
        "cortona-between",
        "Banca Popolare di Cortona will lend between €3 million and €5 million to a lithium "
        "refining pilot in Arezzo",
        _c("Banca Popolare di Cortona", "IT", "loan", "5000000", "EUR", minerals=["lithium"], **_CEIL),
    ),
    _m(
        "tanum-dash-range",
        "Sparbanken Tanum lends SEK 10–15 million to a rare earth exploration company in Bohuslän",
        _c("Sparbanken Tanum", "SE", "loan", "15000000", "SEK", minerals=["rare-earths"], **_CEIL),
    ),
    _m(
        "cesc-up-to-crore",
        "CESC will invest up to ₹800 crore in a vanadium flow battery electrolyte plant in Andhra Pradesh",
        _c("CESC", "IN", "equity", "8000000000", "INR", **_CEIL),
    ),
    _m(
        "bank-of-commerce-sources",
        "Bank of Commerce could lend PHP 2bn to a Surigao nickel miner, sources say",
    ),
    _m(
        "oland-to-range",
        "Ölands Bank will lend 2 to 3 million kronor to a graphite recycler on Öland",
        _c("Ölands Bank", "SE", "loan", "3000000", "SEK", minerals=["graphite"], **_CEIL),
    ),
]

_ARTICLES: list[dict[str, Any]] = [
    _a(
        "kraichgau-lithium-refinery",
        "Volksbank Kraichgau backs Bruchsal lithium refinery with €16m loan",
        [
            "BRUCHSAL, June 17 (dpa-AFX) - Volksbank Kraichgau will lend €16 million to a lithium "
            "hydroxide refinery being built on a former rail yard in Bruchsal, the cooperative bank"
            " said on Tuesday.",
            "ZF Friedrichshafen agreed to buy lithium hydroxide from the refinery for six years, "
            "the car parts maker said in a separate statement.",
            "The Upper Rhine valley has drawn lithium explorers since 2021, when geothermal brines "
            "near Landau were first tested for lithium and a regional bank financed the first "
            "wells.",
            '"The €16 million is the largest single loan we have made to industry," the bank\'s '
            "chief executive said.",
            "The refinery expects to produce 8,000 tonnes a year from 2027.",
            "Construction is due to start in September.",
        ],
        _c("Volksbank Kraichgau", "DE", "loan", "16000000", "EUR", minerals=["lithium"], announced_on=_D17),
        _c("ZF Friedrichshafen", "DE", "offtake", minerals=["lithium"], announced_on=_D17),
    ),
    _a(
        "tiroler-sparkasse-antimony",
        "Tyrol bank lends €22 million to antimony mine",
        [
            "INNSBRUCK, June 19 - Tiroler Sparkasse is lending €22 million to reopen an antimony "
            "mine in the Zillertal, the savings bank said on Thursday.",
            "The mine closed in 1990 and its owner, a Vienna family office, bought the licence in 2018.",
            "In 2020 the previous owner received a €2 million grant from the state of Tyrol for drilling.",
            '"We are lending €22 million because Europe has almost no antimony of its own," a '
            "Tiroler Sparkasse board member said.",
            "The loan runs for nine years.",
            "Antimony prices have more than doubled since China restricted exports.",
        ],
        _c("Tiroler Sparkasse", "AT", "loan", "22000000", "EUR", minerals=["antimony"], announced_on=_D19),
    ),
    _a(
        "acerinox-grenoble-nickel",
        "Acerinox invests €45m in French nickel recycler",
        [
            "GRENOBLE, June 16 - Spanish stainless steel maker Acerinox will invest €45 million in "
            "a nickel recycler near Grenoble, taking a minority stake, the company said on Monday.",
            "Crédit Agricole Sud Rhône Alpes will lend the recycler €12 million for a second furnace.",
            "The recycler was founded in 2016 and raised €8 million from regional investors in 2019.",
            '"Recycled nickel cuts our emissions and our import bill," Acerinox\'s chief executive said.',
            "The plant recovers nickel from stainless steel scrap and spent catalysts.",
            "Its output will rise to 12,000 tonnes a year by 2027.",
        ],
        _c("Acerinox", "ES", "equity", "45000000", "EUR", minerals=["nickel"], announced_on=_D16),
        _c(
            "Crédit Agricole Sud Rhône Alpes",
            "FR",
            "loan",
            "12000000",
            "EUR",
            minerals=["nickel"],
            announced_on=_D16,
        ),
    ),
    _a(
        "sjuharad-graphite-norrbotten",
        "Sparbanken Sjuhärad lends SEK 150 million to Norrbotten graphite mine",
        [
            "STOCKHOLM, June 18 (Reuters) - Sparbanken Sjuhärad, a Swedish savings bank based in "
            "Borås, will lend SEK 150 million to a graphite mine in Norrbotten, the bank said on "
            "Wednesday.",
            "It is the bank's first loan to a mining company.",
            "The mine's owner has said it needs a further SEK 400 million before production starts.",
            "In 2022 the same mine won a SEK 20 million grant from the Swedish Energy Agency.",
            '"Graphite is a long-term industry and so are we," Sparbanken Sjuhärad\'s chief '
            "executive said, adding that the loan was secured on the mine's land.",
            "Sweden has Europe's largest known graphite resources.",
        ],
        _c("Sparbanken Sjuhärad", "SE", "loan", "150000000", "SEK", minerals=["graphite"], announced_on=_D18),
    ),
    _a(
        "municipality-finance-battery-recycling",
        "Municipality Finance lends €30m for Finnish battery recycling plant",
        [
            "HELSINKI, June 20 - Municipality Finance will lend €30 million to a battery recycling "
            "plant owned by six municipalities in Ostrobothnia, the Finnish public lender said "
            "today.",
            "The plant will recover black mass from used electric vehicle batteries.",
            "Municipality Finance has lent to municipal energy companies since 1993.",
            '"Our €30 million loan keeps the plant in public hands," its head of lending said.',
            "The plant is expected to open in 2026.",
        ],
        _c("Municipality Finance", "FI", "loan", "30000000", "EUR", minerals=[], announced_on=_D20),
    ),
    _a(
        "uk-pension-funds-minerals-fund",
        "Two council pension funds put £60m into UK critical minerals fund",
        [
            "LONDON, June 19 - Merseyside Pension Fund and West Midlands Pension Fund will each "
            "invest £30 million in a new UK critical minerals fund, the fund's manager said on "
            "Thursday.",
            "Lancashire County Pension Fund has not decided whether to join, a spokesperson said.",
            "Norfolk Pension Fund put £10 million into an earlier mining fund in 2023.",
            "The fund aims to raise £500 million and will invest in lithium, rare earth and copper "
            "projects in Britain and its allies.",
            '"Each of us is committing £30 million," the chair of the Merseyside fund\'s investment '
            "panel said.",
            "Local government pension schemes have been urged to invest more in British industry.",
        ],
        _c("Merseyside Pension Fund", "GB", "equity", "30000000", "GBP", announced_on=_D19),
        _c("West Midlands Pension Fund", "GB", "equity", "30000000", "GBP", announced_on=_D19),
    ),
    _a(
        "mitsubishi-electric-magnets",
        "Mitsubishi Electric to buy recycled rare earths; Hida Shinkin lends to Gifu recycler",
        [
            "TOKYO, June 18 - Mitsubishi Electric agreed to buy recycled rare earth oxides from a "
            "plant in Vietnam for its motor factories, the company said on Wednesday.",
            "Separately, Hida Shinkin Bank will lend ¥800 million to a magnet recycling workshop in"
            " Takayama that supplies the Vietnamese plant with scrap.",
            "Japan imported about 60% of its rare earths from China in 2024, down from 90% in 2010.",
            '"Recycled material is the fastest way to cut that dependence," a Mitsubishi Electric '
            "executive said.",
            "The company did not disclose the volume or price.",
        ],
        _c("Mitsubishi Electric", "JP", "offtake", minerals=["rare-earths"], announced_on=_D18),
        _c("Hida Shinkin Bank", "JP", "loan", "800000000", "JPY", announced_on=_D18),
    ),
    _a(
        "torrent-power-lithium-stake",
        "Torrent Power takes A$60 million stake in Australian lithium explorer",
        [
            "MUMBAI, June 17 - Torrent Power is taking a 19.9% stake in an Australian lithium "
            "explorer for A$60 million, the Indian power producer said in a stock exchange filing "
            "on Tuesday.",
            "The explorer holds lithium tenements in the Pilbara and the Northern Territory.",
            "In 2022 Torrent's parent group signed a supply memorandum with a Chilean lithium "
            "producer that never went beyond a pilot cargo.",
            '"The A$60 million gives us a seat on the board and first call on the output," a '
            "Torrent Power director told analysts.",
            "Torrent Power plans battery storage of 40 GWh by 2030.",
            "Shares in the explorer rose 14% in Sydney.",
        ],
        _c("Torrent Power", "IN", "equity", "60000000", "AUD", minerals=["lithium"], announced_on=_D17),
    ),
    _a(
        "mali-lithium-licences",
        "Mali to require export licences for lithium concentrate",
        [
            "BAMAKO, June 16 - Mali will require licences for all exports of lithium concentrate "
            "from August, the government said on Monday.",
            "Banque de l'Habitat du Mali will lend XOF 6 billion for housing for workers at the "
            "country's two lithium mines, the state-owned bank said the same day.",
            "Mali shipped its first lithium concentrate in late 2024.",
            "In 2023 the government raised its stake in new mines to 35% under a revised mining code.",
            "Mining companies said they were studying the new rules.",
        ],
        _c("ML", "ML", "export-control", minerals=["lithium"], announced_on=_D16),
        _c("Banque de l'Habitat du Mali", "ML", "loan", "6000000000", "XOF", announced_on=_D16),
    ),
    _a(
        "seker-yatirim-rare-earth",
        "Türkiye plans rare earth stockpile as Şeker Yatırım backs pilot",
        [
            "ISTANBUL, June 20 - Turkey will build a national stockpile of rare earths, the energy "
            "minister said today.",
            "Şeker Yatırım will invest TRY 300 million in a rare earth separation pilot near "
            "Eskişehir, the brokerage said in a filing.",
            "Turkey announced a large rare earth discovery at Beylikova in 2022.",
            '"We want to hold enough to protect our industry from a supply shock," the minister said.',
            "No size or budget for the stockpile was given.",
        ],
        _c("TR", "TR", "stockpile", minerals=["rare-earths"], announced_on=_D20),
        _c("Şeker Yatırım", "TR", "equity", "300000000", "TRY", minerals=["rare-earths"], announced_on=_D20),
    ),
    _a(
        "scsb-gallium-taiwan",
        "Shanghai Commercial and Savings Bank lends NT$1.5bn to gallium recycler",
        [
            "TAIPEI, June 19 - Taiwan's Shanghai Commercial and Savings Bank will lend NT$1.5 "
            "billion to a gallium recycler in the Tainan Science Park, the bank said on Thursday.",
            "The recycler recovers gallium from LED and chip-making scrap.",
            "In 2024 the recycler raised NT$300 million from local venture funds.",
            '"This NT$1.5 billion loan is our first to a metals recycler," the bank\'s president said.',
            "China's export controls on gallium, in force since 2023, pushed prices outside China "
            "up sharply.",
            "Taiwan's chipmakers are the recycler's main suppliers and customers.",
        ],
        _c(
            "Shanghai Commercial and Savings Bank",
            "TW",
            "loan",
            "1500000000",
            "TWD",
            minerals=["gallium"],
            announced_on=_D19,
        ),
    ),
    _a(
        "holstein-westerwald-germanium",
        "Two Sparkassen jointly lend €20m to germanium refinery",
        [
            "FRANKFURT, June 20 - Sparkasse Mittelholstein and Sparkasse Westerwald-Sieg are "
            "jointly lending €20 million to a germanium refinery in Rendsburg, the savings banks "
            "said on Friday.",
            "The refinery will recover germanium from fly ash supplied by coal plants that are closing.",
            "Sparkasse Neuburg-Rain financed a similar pilot in Bavaria in 2019, which closed two "
            "years later.",
            '"We split the €20 million between us," a Sparkasse Mittelholstein director said.',
            "China, which produces most of the world's germanium, restricted exports in 2023.",
            "The refinery plans to produce 10 tonnes a year.",
        ],
        _c(
            "Sparkasse Mittelholstein",
            "DE",
            "loan",
            "20000000",
            "EUR",
            minerals=["germanium"],
            announced_on=_D20,
        ),
        _c("Sparkasse Westerwald-Sieg", "DE", "loan", minerals=["germanium"], announced_on=_D20),
    ),
    _a(
        "tasmania-copper-restart",
        "Tasmanian lender backs west coast copper restart",
        [
            "Tasmanian Development and Resources will lend A$8 million to restart a copper mine on "
            "Tasmania's west coast, the state lender said.",
            "The mine closed in 2019 after a fall in copper prices.",
            "In 2021 the state government paid for a road upgrade to the mine site.",
            '"The A$8 million loan brings back 200 jobs," the state\'s resources minister said.',
            "The mine's owner expects first concentrate early next year.",
            "Aperam, the Luxembourg steelmaker, has no link to the project despite local reports.",
        ],
        _c("Tasmanian Development and Resources", "AU", "loan", "8000000", "AUD", minerals=["copper"]),
    ),
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-24"

# Filled in by the lead after the one scoring run (2026-12-01, 07:23 UTC, on round 19 as merged
# at 7379580: 153 of 224 exact); the cases stay as written. Round 20 (tuned on batch 23 only)
# read b24-ca-alpes-provence-offtake-trap right: 154 of 224.
# Round 21 (2026-12-01) tuned the reader on this batch: 220 of 224 exact; the rest stay known misses.
BLIND24_MISSES: dict[str, str] = {
    "b24-loire-centre-lithium": (
        "expected 1 commitments, got 0 (rejected: [\"question: Caisse d'Epargne Loire-Centre/None\", 'no a…"
    ),
    "b24-swiss-life-pme-ap2": (
        "expected 3 commitments, got 1 (rejected: ['no commitment verb: Swiss Life/None', 'no commitment…"
    ),
    "b24-gov-canada-screening": (
        "expected 1 commitments, got 0 (rejected: ['no instrument or amount: CA/None'])"
    ),
    "b24-art-uk-pension-funds-minerals-fund": (
        "expected 2 commitments, got 3 (rejected: ['no actor: None/equity', 'negation: Lancashire County…"
    ),
}
