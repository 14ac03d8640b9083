"""Blind batch 14 ("set": "blind-14"): written on 2026-11-30 (23:02-23:12 UTC) from the sentences
alone, before the reader was run on them, by someone who had not read the reader's code, its
tables (organisations, currencies, minerals), its rules, the main corpus's cases, any other batch's
cases beyond what is listed here, or any batch's misses list. What was read: the docstring and the
first cases of tests/store/extraction_blind13.py (stopping before its misses), its first article
case (for the article format) and, by overshooting the print, the first half of its second; the
keyword names its expectations use (printed with a grep that showed only the keys and the status
words, no sentence); tests/store/blind_cases.py; the list of names earlier batches used; the seed
folder's listing; and the instrument titles in bot/blockkit/digest.py. Never run through the reader
before the lead's one scoring run, never used to tune it. No sentence of an earlier batch is copied
or paraphrased; every acting organisation was checked against /work/wt/used-names.txt (none is on
it).

Same case format and the same rules as batch 13, read against the same TODAY (Friday 20 June 2025:
"yesterday" is Thursday 19 June, "on Wednesday" is 18 June, "on Tuesday" is 17 June, "on Monday" is
16 June, "this morning" and "today" are 20 June); an article's dateline is its date and dates its
commitments, a dateline without a year is read in 2025 and an article without a dateline has no
expected announcement date.

The rules, restated from batch 13 (itself restating 12 and 11): the grammatical subject is the actor
(the lender or investor when the subject "received" or "secured" from it, the agent of a passive);
an organisation keeps its name (the short form when the text gives one in brackets, a company
without its legal suffix); a government, country, capital or leader is its ISO code; the verb
decides the instrument when no instrument word is given (invest, stake, holding, acquire, spend on,
put into -> equity; award, grant, provide funding -> grant; lend, credit facility, financing,
provide financing -> loan; agree to buy or take output, supply, sell output -> offtake, the buyer's
or the named supplier's, with the other party as counterparty); several actors give one draft
each, in the order named ("each" repeats the amount, "jointly"/"together" leave it on the first
only); a range, "up to" or "as much as" keeps its ceiling, flagged; a bare "$" (or "dollars") is
the actor's own dollar (flagged as inferred) when the actor is Canadian, Australian, New Zealand,
Singaporean, Hong Kong or Taiwanese, and USD otherwise (flagged as not inferred where the actor's
own currency is not a dollar; "US$" and "USD" are never inferred); "rare-earths" only when rare
earths are named generically and no single element is named; minerals in alphabetical order; a
field a careful analyst could fill two ways is left out. "A signed an MoU with B" gives ONE draft,
A's, with B as counterparty; "A and B signed" gives one draft each, each with the other as
counterparty; no status on an MoU. A company acts for the country where it is based; a state,
province or city agency acts for its country; "guarantee" a loan is "guarantee" (amount: the sum
guaranteed); "guarantee a minimum price"/"price floor" is "price-floor" with no amount; "letter of
interest" is "letter-of-interest"; export duty/levy and import tariff are "tariff"; export ban or
licence requirement is "export-control"; joint reserve / national stockpile is "stockpile"; tighter
reviews of foreign takeovers are "investment-screening"; fast-tracking permits is "other"; a hyphen
or "to" range keeps its higher end, flagged; money to a third company's project or plant leaves the
counterparty out, money "to X for its plant" or "in X" names X; "tin" is never named and ore names
(spodumene, bauxite) appear only in sentences with no commitment. Batch 13's decisions also stand:
the status vocabulary is proposed, announced, conditional, binding, disbursed, withdrawn ("binding"
-> binding, "proposed"/"draft" -> proposed, "subject to"/"conditional on" -> conditional, a plain
"will" -> no status); its currency words and signs (tenge, dong, won, R for a South African actor,
zł, R$, NT$, S$, A$, C$, NZ$); "mln", "m", "bn", "trillion", "cr" and "lakh" scaled as written,
number words as numbers, "between X and Y" as a range; recalls of earlier years, denials, "in
talks", "weighing", "exploring", "could", "seeking", "scrapped" and "no decision yet" give no draft;
"X was awarded a grant by Y" and "X secured/received ... from Y" have Y as actor and X as
counterparty; a self-correction is read as corrected; two sentences with two commitments give both,
in the order written.

Decided for this batch:
- More currency signs and words, all explicit (no inferred flag expected): "₦" -> NGN, "฿" -> THB,
  "₱" -> PHP, "RM" before a number -> MYR, "Rs" and "₹" -> INR, "Rp" -> IDR, "£" -> GBP, "¥" with a
  Japanese actor -> JPY, "₩" -> KRW, and ISO codes written after the number ("600 million PLN").
- A status "announced" is expected only where the text itself says the actor "announced" the
  commitment; elsewhere no status is expected.
- "Withdrew"/"pulled out of" a commitment that the same sentence names (its amount and target)
  gives that commitment with status "withdrawn"; a plan "scrapped" before it was committed still
  gives nothing (batch 13).
- "Disbursed" gives status "disbursed", with the amount said to be paid out (a tranche's amount
  when only the tranche is named).
- "Last Friday" is Friday 13 June; "last week" and "recently" give no expected date.
- "Non-binding" gives no status (the vocabulary has no word for it and "proposed" would be a
  guess); "signed a binding agreement" is "binding".
- "A rare earth magnet plant/recycler" names rare earths generically -> "rare-earths"; "battery
  recycling" or "critical minerals" names no mineral -> an empty minerals list.
- Offtake volumes ("8,000 tonnes a year") are not money: an offtake with no price has no amount.
- Money into a fund, or a loan to pay for purchases, names no mineral of its own: minerals are left
  out of those drafts (an analyst could log the fund's theme or nothing).
- A bank "sanctions" a loan = lends it (loan); "takes N% of X for $M" is equity with amount M.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Goulamina lithium project",
    "Chvaletice manganese project",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Global Gateway",
    "Lobito Corridor",
]

_USD_NOT_INFERRED = {"currency_inferred": False}
_INFERRED = {"currency_inferred": True}
_CEIL = {"amount_is_ceiling": True}

_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b14-org-tdk-gallium",
        "text": "TDK will invest ¥8 billion in a gallium recovery line at its Akita plant.",
        "commitments": [_c("TDK", "JP", "equity", "8000000000", "JPY", minerals=["gallium"])],
    },
    {
        "id": "b14-org-hana-nickel-matte",
        "text": "Hana Bank is lending $90m to a nickel matte smelter in Sulawesi",
        "commitments": [
            _c("Hana Bank", "KR", "loan", "90000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-org-helaba-copper-rod",
        "text": "Helaba to provide a €60 million credit facility for a copper rod mill in Hamburg",
        "commitments": [_c("Helaba", "DE", "loan", "60000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b14-org-natixis-cobalt-sulphate",
        "text": "Natixis will lend €35m to a cobalt sulphate producer on the Finnish west coast.",
        "commitments": [_c("Natixis", "FR", "loan", "35000000", "EUR", minerals=["cobalt"])],
    },
    {
        "id": "b14-org-siemens-magnet-recycler",
        "text": "Siemens is putting €20 million into a rare earth magnet recycler in Bavaria.",
        "commitments": [_c("Siemens", "DE", "equity", "20000000", "EUR", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-bhp-olympic-dam",
        "text": "BHP is spending A$1.2bn on a copper smelter upgrade at Olympic Dam.",
        "commitments": [_c("BHP", "AU", "equity", "1200000000", "AUD", minerals=["copper"])],
    },
    {
        "id": "b14-org-igo-bare-dollar",
        "text": "IGO will invest $75 million in a lithium hydroxide pilot plant in Kwinana",
        "commitments": [_c("IGO", "AU", "equity", "75000000", "AUD", minerals=["lithium"], **_INFERRED)],
    },
    {
        "id": "b14-org-unisuper-anode",
        "text": "UniSuper has taken a A$210m stake in a graphite anode maker in Queensland.",
        "commitments": [_c("UniSuper", "AU", "equity", "210000000", "AUD", minerals=["graphite"])],
    },
    {
        "id": "b14-org-rbc-ontario-nickel",
        "text": "RBC is lending $300 million to a nickel mine in northern Ontario.",
        "commitments": [_c("RBC", "CA", "loan", "300000000", "CAD", minerals=["nickel"], **_INFERRED)],
    },
    {
        "id": "b14-org-desjardins-graphite",
        "text": "Desjardins provides C$45m in financing for a graphite mine in the Laurentians",
        "commitments": [_c("Desjardins", "CA", "loan", "45000000", "CAD", minerals=["graphite"])],
    },
    {
        "id": "b14-org-dbs-hpal",
        "text": "DBS will extend a $250m loan to a nickel HPAL plant in Halmahera.",
        "commitments": [_c("DBS", "SG", "loan", "250000000", "SGD", minerals=["nickel"], **_INFERRED)],
    },
    {
        "id": "b14-org-ctbc-cathode",
        "text": "CTBC Bank is lending $2 billion to a lithium cathode plant in Kaohsiung.",
        "commitments": [
            _c("CTBC Bank", "TW", "loan", "2000000000", "TWD", minerals=["lithium"], **_INFERRED)
        ],
    },
    {
        "id": "b14-org-ck-hutchison-recycling",
        "text": "CK Hutchison is investing $500m in a battery recycling plant in Rotterdam",
        "commitments": [_c("CK Hutchison", "HK", "equity", "500000000", "HKD", minerals=[], **_INFERRED)],
    },
    {
        "id": "b14-org-callaghan-ewaste",
        "text": (
            "Callaghan Innovation awards NZ$4.5m to a Christchurch start-up recovering rare "
            "earths from e-waste"
        ),
        "commitments": [
            _c("Callaghan Innovation", "NZ", "grant", "4500000", "NZD", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b14-org-adq-zambia-copper",
        "text": "ADQ to acquire a 30% stake in a Zambian copper miner for $620 million",
        "commitments": [
            _c("ADQ", "AE", "equity", "620000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-org-snb-yanbu",
        "text": "Saudi National Bank extends a SAR 1.5bn loan to a copper wire rod plant in Yanbu.",
        "commitments": [_c("Saudi National Bank", "SA", "loan", "1500000000", "SAR", minerals=["copper"])],
    },
    {
        "id": "b14-org-qnb-morocco-lithium",
        "text": "Qatar National Bank will lend $400 million to a lithium refinery in Kenitra.",
        "commitments": [
            _c(
                "Qatar National Bank",
                "QA",
                "loan",
                "400000000",
                "USD",
                minerals=["lithium"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b14-org-nbk-cable",
        "text": "National Bank of Kuwait provides KWD 25 million in financing for a copper cable maker.",
        "commitments": [_c("National Bank of Kuwait", "KW", "loan", "25000000", "KWD", minerals=["copper"])],
    },
    {
        "id": "b14-org-bank-muscat-sohar",
        "text": "Bank Muscat to lend OMR 40m to a copper cathode plant in Sohar",
        "commitments": [_c("Bank Muscat", "OM", "loan", "40000000", "OMR", minerals=["copper"])],
    },
    {
        "id": "b14-org-sqm-atacama",
        "text": "SQM will invest US$700m in lithium hydroxide capacity at the Salar de Atacama.",
        "commitments": [
            _c("SQM", "CL", "equity", "700000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-org-bancoestado-brine",
        "text": "BancoEstado is lending CLP 45 billion to a lithium brine project near Copiapó.",
        "commitments": [_c("BancoEstado", "CL", "loan", "45000000000", "CLP", minerals=["lithium"])],
    },
    {
        "id": "b14-org-itau-goias-nickel",
        "text": "Itaú Unibanco provides R$800 million in financing for a nickel project in Goiás",
        "commitments": [_c("Itaú Unibanco", "BR", "loan", "800000000", "BRL", minerals=["nickel"])],
    },
    {
        "id": "b14-org-bradesco-graphite",
        "text": "Bradesco will provide R$350m of financing to a graphite mine in Minas Gerais.",
        "commitments": [_c("Bradesco", "BR", "loan", "350000000", "BRL", minerals=["graphite"])],
    },
    {
        "id": "b14-org-banorte-sonora",
        "text": "Banorte lending MXN 2,000 million to a copper project in Sonora",
        "commitments": [_c("Banorte", "MX", "loan", "2000000000", "MXN", minerals=["copper"])],
    },
    {
        "id": "b14-org-bancolombia-nickel",
        "text": "Bancolombia lends COP 400 billion to a nickel smelter in Córdoba.",
        "commitments": [_c("Bancolombia", "CO", "loan", "400000000000", "COP", minerals=["nickel"])],
    },
    {
        "id": "b14-org-firstrand-manganese",
        "text": "FirstRand is lending R2.4bn to a manganese smelter in the Northern Cape.",
        "commitments": [_c("FirstRand", "ZA", "loan", "2400000000", "ZAR", minerals=["manganese"])],
    },
    {
        "id": "b14-org-pic-vanadium",
        "text": (
            "The Public Investment Corporation is taking a R1.2 billion stake in a vanadium "
            "battery maker in Gauteng."
        ),
        "commitments": [
            _c("Public Investment Corporation", "ZA", "equity", "1200000000", "ZAR", minerals=["vanadium"])
        ],
    },
    {
        "id": "b14-org-ocp-lithium",
        "text": "OCP Group will invest MAD 3 billion in a lithium refinery near Jorf Lasfar.",
        "commitments": [_c("OCP Group", "MA", "equity", "3000000000", "MAD", minerals=["lithium"])],
    },
    {
        "id": "b14-org-attijariwafa-cobalt",
        "text": "Attijariwafa bank to lend MAD 900m to a cobalt refinery near Marrakech",
        "commitments": [_c("Attijariwafa bank", "MA", "loan", "900000000", "MAD", minerals=["cobalt"])],
    },
    {
        "id": "b14-org-kcb-kwale",
        "text": "KCB Group lends KES 2.6 billion to a rare earths project in Kwale County.",
        "commitments": [_c("KCB Group", "KE", "loan", "2600000000", "KES", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-crdb-graphite",
        "text": "CRDB Bank will lend TZS 150 billion to a graphite mine in Ruangwa.",
        "commitments": [_c("CRDB Bank", "TZ", "loan", "150000000000", "TZS", minerals=["graphite"])],
    },
    {
        "id": "b14-org-zanaco-leach",
        "text": "Zanaco is providing a ZMW 500 million loan to a copper leach plant in Chingola",
        "commitments": [_c("Zanaco", "ZM", "loan", "500000000", "ZMW", minerals=["copper"])],
    },
    {
        "id": "b14-org-access-bank-naira",
        "text": "Access Bank lends ₦45bn to a lithium processing plant in Kaduna.",
        "commitments": [_c("Access Bank", "NG", "loan", "45000000000", "NGN", minerals=["lithium"])],
    },
    {
        "id": "b14-org-egc-trafigura-offtake",
        "text": "Entreprise Générale du Cobalt agreed to sell its cobalt hydroxide to Trafigura.",
        "commitments": [
            _c(
                "Entreprise Générale du Cobalt",
                "CD",
                "offtake",
                counterparty="Trafigura",
                minerals=["cobalt"],
            )
        ],
    },
    {
        "id": "b14-org-ina-short-form",
        "text": (
            "Indonesia Investment Authority (INA) will invest $300 million in a nickel precursor "
            "plant in Morowali."
        ),
        "commitments": [
            _c("INA", "ID", "equity", "300000000", "USD", minerals=["nickel"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-org-ptt-anode",
        "text": "PTT to put THB 6bn into a graphite anode plant in Rayong",
        "commitments": [_c("PTT", "TH", "equity", "6000000000", "THB", minerals=["graphite"])],
    },
    {
        "id": "b14-org-bangkok-bank-baht-sign",
        "text": "Bangkok Bank will lend ฿4.5 billion to a rare earth separation plant in Chonburi.",
        "commitments": [_c("Bangkok Bank", "TH", "loan", "4500000000", "THB", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-rhb-kuantan",
        "text": "RHB to provide RM800 million financing for a rare earths processing plant in Kuantan",
        "commitments": [_c("RHB", "MY", "loan", "800000000", "MYR", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-techcombank-lao-cai",
        "text": "Techcombank lends VND 2,500 billion to a rare earth separation plant in Lao Cai.",
        "commitments": [_c("Techcombank", "VN", "loan", "2500000000000", "VND", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-metrobank-peso-sign",
        "text": "Metrobank extends a ₱3bn loan to a nickel processing plant in Surigao.",
        "commitments": [_c("Metrobank", "PH", "loan", "3000000000", "PHP", minerals=["nickel"])],
    },
    {
        "id": "b14-org-navoi-tungsten",
        "text": "Navoi Mining is spending $95m on a tungsten concentrate plant.",
        "commitments": [
            _c("Navoi Mining", "UZ", "equity", "95000000", "USD", minerals=["tungsten"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-org-qic-kz-tenge",
        "text": (
            "Qazaqstan Investment Corporation will invest 40 billion tenge in a tungsten project "
            "in Karaganda region."
        ),
        "commitments": [
            _c(
                "Qazaqstan Investment Corporation",
                "KZ",
                "equity",
                "40000000000",
                "KZT",
                minerals=["tungsten"],
            )
        ],
    },
    {
        "id": "b14-org-khan-bank-erdenet",
        "text": "Khan Bank lends MNT 120 billion to a copper concentrator in Erdenet",
        "commitments": [_c("Khan Bank", "MN", "loan", "120000000000", "MNT", minerals=["copper"])],
    },
    {
        "id": "b14-org-reliance-crore",
        "text": "Reliance Industries will invest ₹5,000 crore in a graphite anode facility in Jamnagar.",
        "commitments": [
            _c("Reliance Industries", "IN", "equity", "50000000000", "INR", minerals=["graphite"])
        ],
    },
    {
        "id": "b14-org-axis-sanctions",
        "text": "Axis Bank sanctions a ₹750 crore loan for a copper smelter expansion in Dahej.",
        "commitments": [_c("Axis Bank", "IN", "loan", "7500000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b14-org-nabfid-magnets",
        "text": "NaBFID to lend INR 2,000 crore to a rare earth magnet plant in Andhra Pradesh",
        "commitments": [_c("NaBFID", "IN", "loan", "20000000000", "INR", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-jfe-mozambique",
        "text": "JFE Steel takes 15% of a Mozambican graphite miner for $60m.",
        "commitments": [
            _c("JFE Steel", "JP", "equity", "60000000", "USD", minerals=["graphite"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-org-resonac-graphite",
        "text": "Resonac will spend ¥30bn on a synthetic graphite line in Omachi.",
        "commitments": [_c("Resonac", "JP", "equity", "30000000000", "JPY", minerals=["graphite"])],
    },
    {
        "id": "b14-org-inpex-no-amount",
        "text": "Inpex is acquiring a 20% interest in a lithium brine project in Argentina.",
        "commitments": [_c("Inpex", "JP", "equity", None, minerals=["lithium"])],
    },
    {
        "id": "b14-org-bosch-magnets",
        "text": "Bosch will invest €90m in a rare earth magnet recycling line near Stuttgart",
        "commitments": [_c("Bosch", "DE", "equity", "90000000", "EUR", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-dz-bank-bitterfeld",
        "text": "DZ Bank to lend €140m to a lithium hydroxide plant in Bitterfeld.",
        "commitments": [_c("DZ Bank", "DE", "loan", "140000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b14-org-axa-tungsten",
        "text": "Axa invests €60m in a tungsten mine in northern Portugal.",
        "commitments": [_c("Axa", "FR", "equity", "60000000", "EUR", minerals=["tungsten"])],
    },
    {
        "id": "b14-org-atlantic-copper-huelva",
        "text": "Atlantic Copper will invest €350m in a copper recycling plant in Huelva.",
        "commitments": [_c("Atlantic Copper", "ES", "equity", "350000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b14-org-abn-amro-kokkola",
        "text": "ABN AMRO lends €90m to a cobalt refinery in Kokkola",
        "commitments": [_c("ABN AMRO", "NL", "loan", "90000000", "EUR", minerals=["cobalt"])],
    },
    {
        "id": "b14-org-cez-koruna",
        "text": "ČEZ will invest CZK 2.5bn in a lithium mine in the Ore Mountains.",
        "commitments": [_c("ČEZ", "CZ", "equity", "2500000000", "CZK", minerals=["lithium"])],
    },
    {
        "id": "b14-org-natwest-cornwall",
        "text": "NatWest is lending £25m to a lithium mine in Cornwall.",
        "commitments": [_c("NatWest", "GB", "loan", "25000000", "GBP", minerals=["lithium"])],
    },
    {
        "id": "b14-org-rtx-germanium",
        "text": "RTX will invest $60 million in a germanium refinery in Arizona.",
        "commitments": [_c("RTX", "US", "equity", "60000000", "USD", minerals=["germanium"])],
    },
    {
        "id": "b14-org-resource-capital-funds",
        "text": "Resource Capital Funds puts $45m into a vanadium producer in Nevada",
        "commitments": [
            _c("Resource Capital Funds", "US", "equity", "45000000", "USD", minerals=["vanadium"])
        ],
    },
    {
        "id": "b14-org-ftq-quebec-graphite",
        "text": "Fonds de solidarité FTQ takes a C$35m stake in a graphite mine in Quebec.",
        "commitments": [
            _c("Fonds de solidarité FTQ", "CA", "equity", "35000000", "CAD", minerals=["graphite"])
        ],
    },
    {
        "id": "b14-org-bci-peru-copper",
        "text": "BCI is investing $250m in a copper mine in southern Peru.",
        "commitments": [_c("BCI", "CA", "equity", "250000000", "CAD", minerals=["copper"], **_INFERRED)],
    },
    {
        "id": "b14-org-emirates-nbd-aed",
        "text": "Emirates NBD lends AED 1.1 billion to a copper rod plant in Abu Dhabi.",
        "commitments": [_c("Emirates NBD", "AE", "loan", "1100000000", "AED", minerals=["copper"])],
    },
    {
        "id": "b14-org-al-rajhi-ras-al-khair",
        "text": (
            "Al Rajhi Bank provides SAR 900m in financing for a rare earth separation plant at Ras Al Khair"
        ),
        "commitments": [_c("Al Rajhi Bank", "SA", "loan", "900000000", "SAR", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-votorantim-bahia",
        "text": "Votorantim will invest R$600 million in a graphite mine in Bahia.",
        "commitments": [_c("Votorantim", "BR", "equity", "600000000", "BRL", minerals=["graphite"])],
    },
    {
        "id": "b14-org-bna-catamarca",
        "text": "Banco de la Nación Argentina lends ARS 50,000 million to a lithium project in Catamarca.",
        "commitments": [
            _c("Banco de la Nación Argentina", "AR", "loan", "50000000000", "ARS", minerals=["lithium"])
        ],
    },
    {
        "id": "b14-org-sanlam-manganese",
        "text": "Sanlam invests R400m in a manganese sulphate plant in Nelson Mandela Bay.",
        "commitments": [_c("Sanlam", "ZA", "equity", "400000000", "ZAR", minerals=["manganese"])],
    },
    {
        "id": "b14-org-bank-of-africa-bou-azzer",
        "text": "Bank of Africa lends MAD 500m to a cobalt mine at Bou Azzer.",
        "commitments": [_c("Bank of Africa", "MA", "loan", "500000000", "MAD", minerals=["cobalt"])],
    },
    {
        "id": "b14-org-ocbc-tuas",
        "text": "OCBC lends S$120m to a rare earths recycler in Tuas",
        "commitments": [_c("OCBC", "SG", "loan", "120000000", "SGD", minerals=["rare-earths"])],
    },
    {
        "id": "b14-org-uob-bare-dollar",
        "text": "UOB provides $80m of financing to a nickel smelter in Central Sulawesi.",
        "commitments": [_c("UOB", "SG", "loan", "80000000", "SGD", minerals=["nickel"], **_INFERRED)],
    },
    {
        "id": "b14-org-maharlika-no-amount",
        "text": (
            "Maharlika Investment Corporation will take a 10% stake in a nickel processing plant in Palawan."
        ),
        "commitments": [_c("Maharlika Investment Corporation", "PH", "equity", None, minerals=["nickel"])],
    },
    {
        "id": "b14-org-taiwan-cement-ntd",
        "text": "Taiwan Cement will invest NT$3bn in a lithium battery materials plant in Hualien.",
        "commitments": [_c("Taiwan Cement", "TW", "equity", "3000000000", "TWD", minerals=["lithium"])],
    },
    # --- (2) several actors ---
    {
        "id": "b14-multi-danske-nordea-each",
        "text": "Danske Bank and Nordea will each lend €100m to a nickel refinery in Harjavalta.",
        "commitments": [
            _c("Danske Bank", "DK", "loan", "100000000", "EUR", minerals=["nickel"]),
            _c("Nordea", "FI", "loan", "100000000", "EUR", minerals=["nickel"]),
        ],
    },
    {
        "id": "b14-multi-swedish-banks-jointly",
        "text": (
            "SEB, Handelsbanken and Swedbank are jointly providing a SEK 3bn credit facility to a "
            "graphite anode plant in Luleå"
        ),
        "commitments": [
            _c("SEB", "SE", "loan", "3000000000", "SEK", minerals=["graphite"]),
            _c("Handelsbanken", "SE", "loan", None, minerals=["graphite"]),
            _c("Swedbank", "SE", "loan", None, minerals=["graphite"]),
        ],
    },
    {
        "id": "b14-multi-vattenfall-statkraft-mou",
        "text": (
            "Vattenfall and Statkraft signed an MoU on recovering rare earths from retired wind "
            "turbine magnets."
        ),
        "commitments": [
            _c("Vattenfall", "SE", "mou", None, counterparty="Statkraft", minerals=["rare-earths"]),
            _c("Statkraft", "NO", "mou", None, counterparty="Vattenfall", minerals=["rare-earths"]),
        ],
    },
    {
        "id": "b14-multi-bmo-cibc-together",
        "text": "BMO and CIBC will together lend C$600m to a nickel-cobalt refinery in Sudbury",
        "commitments": [
            _c("BMO", "CA", "loan", "600000000", "CAD", minerals=["cobalt", "nickel"]),
            _c("CIBC", "CA", "loan", None, minerals=["cobalt", "nickel"]),
        ],
    },
    {
        "id": "b14-multi-anz-nab-each",
        "text": "ANZ and NAB each commit A$150 million in loans to a lithium refinery at Kemerton.",
        "commitments": [
            _c("ANZ", "AU", "loan", "150000000", "AUD", minerals=["lithium"]),
            _c("NAB", "AU", "loan", "150000000", "AUD", minerals=["lithium"]),
        ],
    },
    {
        "id": "b14-multi-iberian-three-each",
        "text": (
            "Caixa Geral de Depósitos, Santander and CaixaBank will each provide €50 million of "
            "financing for a lithium refinery in Setúbal."
        ),
        "commitments": [
            _c("Caixa Geral de Depósitos", "PT", "loan", "50000000", "EUR", minerals=["lithium"]),
            _c("Santander", "ES", "loan", "50000000", "EUR", minerals=["lithium"]),
            _c("CaixaBank", "ES", "loan", "50000000", "EUR", minerals=["lithium"]),
        ],
    },
    {
        "id": "b14-multi-two-sentences",
        "text": (
            "Kobe Steel will invest ¥5bn in a copper alloy strip line. Separately, Dai-ichi Life "
            "is putting ¥10bn into a lithium refinery in Oita."
        ),
        "commitments": [
            _c("Kobe Steel", "JP", "equity", "5000000000", "JPY", minerals=["copper"]),
            _c("Dai-ichi Life", "JP", "equity", "10000000000", "JPY", minerals=["lithium"]),
        ],
    },
    {
        "id": "b14-multi-ypf-pae-mou-lowercase",
        "text": "ypf and pan american energy signed an mou on lithium brine in salta",
        "commitments": [
            _c("YPF", "AR", "mou", None, counterparty="Pan American Energy", minerals=["lithium"]),
            _c("Pan American Energy", "AR", "mou", None, counterparty="YPF", minerals=["lithium"]),
        ],
    },
    # --- (3) subject vs a place or another party named later; passives; "secured from" ---
    {
        "id": "b14-subj-mashreq-saudi-place",
        "text": "Mashreq will lend $200m to a Saudi copper smelter.",
        "commitments": [
            _c("Mashreq", "AE", "loan", "200000000", "USD", minerals=["copper"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-subj-gerdau-said",
        "text": (
            "Gerdau is investing R$1.1bn in a manganese alloys plant in Ouro Branco, the steelmaker said."
        ),
        "commitments": [_c("Gerdau", "BR", "equity", "1100000000", "BRL", minerals=["manganese"])],
    },
    {
        "id": "b14-subj-secured-loan-wells-fargo",
        "text": "A Chilean lithium project secured a US$250m loan from Wells Fargo.",
        "commitments": [
            _c("Wells Fargo", "US", "loan", "250000000", "USD", minerals=["lithium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-subj-passive-erste",
        "text": "A €75m loan to a graphite spheronisation plant in Slovakia was approved by Erste Group.",
        "commitments": [_c("Erste Group", "AT", "loan", "75000000", "EUR", minerals=["graphite"])],
    },
    {
        "id": "b14-subj-passive-bbb-grant",
        "text": "£40m was awarded by the British Business Bank to a lithium refinery on Teesside.",
        "commitments": [_c("British Business Bank", "GB", "grant", "40000000", "GBP", minerals=["lithium"])],
    },
    {
        "id": "b14-subj-novonix-from-hostplus",
        "text": (
            "Novonix secured a $100m equity investment from Hostplus for its synthetic graphite "
            "plant in Chattanooga"
        ),
        "commitments": [
            _c(
                "Hostplus",
                "AU",
                "equity",
                "100000000",
                "AUD",
                counterparty="Novonix",
                minerals=["graphite"],
                **_INFERRED,
            )
        ],
    },
    {
        "id": "b14-subj-trimegah-received-bca",
        "text": (
            "Trimegah Bangun Persada received a $150 million loan from Bank Central Asia for its "
            "nickel HPAL expansion."
        ),
        "commitments": [
            _c(
                "Bank Central Asia",
                "ID",
                "loan",
                "150000000",
                "USD",
                counterparty="Trimegah Bangun Persada",
                minerals=["nickel"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b14-subj-amount-first-mega-bank",
        "text": (
            "A US$75m credit line from Mega International Commercial Bank will fund a copper foil "
            "plant in Penang."
        ),
        "commitments": [
            _c(
                "Mega International Commercial Bank",
                "TW",
                "loan",
                "75000000",
                "USD",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b14-subj-amount-first-allianz",
        "text": "€120 million is what Allianz will invest in a copper recycling plant near Lünen.",
        "commitments": [_c("Allianz", "DE", "equity", "120000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b14-subj-boa-to-compass",
        "text": (
            "Bank of America lends $500 million to Compass Minerals for its lithium brine project in Utah."
        ),
        "commitments": [
            _c(
                "Bank of America",
                "US",
                "loan",
                "500000000",
                "USD",
                counterparty="Compass Minerals",
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b14-subj-nbu-to-almalyk",
        "text": "National Bank of Uzbekistan will lend $150m to Almalyk MMC for its copper concentrator.",
        "commitments": [
            _c(
                "National Bank of Uzbekistan",
                "UZ",
                "loan",
                "150000000",
                "USD",
                counterparty="Almalyk MMC",
                minerals=["copper"],
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b14-subj-kkr-chile-headline",
        "text": "KKR buys stake in Chilean copper mine for $1.2bn",
        "commitments": [_c("KKR", "US", "equity", "1200000000", "USD", minerals=["copper"])],
    },
    # --- (4) instruments from the verb or the instrument word ---
    {
        "id": "b14-instr-ekn-guarantee",
        "text": "EKN will guarantee a SEK 2 billion loan to a graphite anode plant in Boden.",
        "commitments": [_c("EKN", "SE", "guarantee", "2000000000", "SEK", minerals=["graphite"])],
    },
    {
        "id": "b14-instr-bpm-guarantee-ringgit",
        "text": (
            "Bank Pembangunan Malaysia guarantees RM300m of bank loans for a rare earths refinery in Perak"
        ),
        "commitments": [
            _c("Bank Pembangunan Malaysia", "MY", "guarantee", "300000000", "MYR", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b14-instr-canberra-price-floor",
        "text": "Canberra will guarantee a minimum price for lithium hydroxide refined in Western Australia.",
        "commitments": [_c("AU", "AU", "price-floor", None, minerals=["lithium"])],
    },
    {
        "id": "b14-instr-seoul-stockpile",
        "text": "Seoul will build a national stockpile of gallium and germanium covering 100 days of demand.",
        "commitments": [_c("KR", "KR", "stockpile", None, minerals=["gallium", "germanium"])],
    },
    {
        "id": "b14-instr-warsaw-stockpile-zloty",
        "text": "Warsaw will spend 1.2bn zł on a national stockpile of copper and cobalt",
        "commitments": [_c("PL", "PL", "stockpile", "1200000000", "PLN", minerals=["cobalt", "copper"])],
    },
    {
        "id": "b14-instr-wellington-screening",
        "text": "Wellington is tightening reviews of foreign takeovers of mining companies.",
        "commitments": [_c("NZ", "NZ", "investment-screening", None, minerals=[])],
    },
    {
        "id": "b14-instr-jakarta-levy",
        "text": "Jakarta will raise the export levy on nickel pig iron to 10%.",
        "commitments": [_c("ID", "ID", "tariff", None, minerals=["nickel"])],
    },
    {
        "id": "b14-instr-brazil-import-tariff",
        "text": "Brazil to impose a 25% import tariff on graphite anode material",
        "commitments": [_c("BR", "BR", "tariff", None, minerals=["graphite"])],
    },
    {
        "id": "b14-instr-hanoi-licences",
        "text": "Hanoi will require export licences for rare earth concentrates from July.",
        "commitments": [_c("VN", "VN", "export-control", None, minerals=["rare-earths"])],
    },
    {
        "id": "b14-instr-kinshasa-ban",
        "text": "Kinshasa extends its cobalt export ban by three months.",
        "commitments": [_c("CD", "CD", "export-control", None, minerals=["cobalt"])],
    },
    {
        "id": "b14-instr-bgk-letter-of-interest",
        "text": "BGK sent a letter of interest for up to 400 million zł to a copper foil maker in Legnica.",
        "commitments": [
            _c("BGK", "PL", "letter-of-interest", "400000000", "PLN", minerals=["copper"], **_CEIL)
        ],
    },
    {
        "id": "b14-instr-denso-offtake-unnamed",
        "text": (
            "Denso agreed to buy 8,000 tonnes of nickel sulphate a year from a refinery in the Philippines."
        ),
        "commitments": [_c("Denso", "JP", "offtake", None, minerals=["nickel"])],
    },
    {
        "id": "b14-instr-philex-supplies-furukawa",
        "text": "Philex Mining will supply copper concentrate to Furukawa Electric under a five-year deal.",
        "commitments": [
            _c("Philex Mining", "PH", "offtake", None, counterparty="Furukawa Electric", minerals=["copper"])
        ],
    },
    {
        "id": "b14-instr-honeywell-gallium-offtake",
        "text": "Honeywell agreed to buy recovered gallium from a recycler in Ontario",
        "commitments": [_c("Honeywell", "US", "offtake", None, minerals=["gallium"])],
    },
    {
        "id": "b14-instr-acc-offtake-vulcan",
        "text": (
            "Automotive Cells Company agreed to take lithium hydroxide from Vulcan Energy "
            "Resources for five years."
        ),
        "commitments": [
            _c(
                "Automotive Cells Company",
                "FR",
                "offtake",
                None,
                counterparty="Vulcan Energy Resources",
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b14-instr-ypf-mou-with-ylb",
        "text": "YPF signed an MoU with YLB on lithium carbonate processing.",
        "commitments": [_c("YPF", "AR", "mou", None, counterparty="YLB", minerals=["lithium"])],
    },
    {
        "id": "b14-instr-csiro-funding",
        "text": "CSIRO will provide A$8m in funding for a vanadium electrolyte pilot in Townsville.",
        "commitments": [_c("CSIRO", "AU", "grant", "8000000", "AUD", minerals=["vanadium"])],
    },
    {
        "id": "b14-instr-manila-fast-track",
        "text": "Manila will fast-track permits for nickel processing plants.",
        "commitments": [_c("PH", "PH", "other", None, minerals=["nickel"])],
    },
    {
        "id": "b14-instr-exxon-nonbinding",
        "text": "ExxonMobil signed a non-binding agreement to supply lithium to SK On.",
        "commitments": [_c("ExxonMobil", "US", "offtake", None, counterparty="SK On", minerals=["lithium"])],
    },
    # --- (5) money in every form ---
    {
        "id": "b14-money-number-words",
        "text": (
            "Prysmian will invest two hundred and fifty million euros in a copper rod plant in "
            "Pignataro Maggiore."
        ),
        "commitments": [_c("Prysmian", "IT", "equity", "250000000", "EUR", minerals=["copper"])],
    },
    {
        "id": "b14-money-between-ceiling",
        "text": "Legal & General will invest between £50m and £80m in a lithium refinery on Teesside.",
        "commitments": [
            _c("Legal & General", "GB", "equity", "80000000", "GBP", minerals=["lithium"], **_CEIL)
        ],
    },
    {
        "id": "b14-money-as-much-as-guarantee",
        "text": "Munich Re will provide as much as €90 million in guarantees for a graphite mine in Tanzania",
        "commitments": [
            _c("Munich Re", "DE", "guarantee", "90000000", "EUR", minerals=["graphite"], **_CEIL)
        ],
    },
    {
        "id": "b14-money-iso-after",
        "text": "Orlen will invest 600 million PLN in lithium extraction from geothermal brine in Podhale.",
        "commitments": [_c("Orlen", "PL", "equity", "600000000", "PLN", minerals=["lithium"])],
    },
    {
        "id": "b14-money-usd-mln",
        "text": "Inalum to invest USD 45 mln in a gallium recovery unit at Kuala Tanjung",
        "commitments": [
            _c("Inalum", "ID", "equity", "45000000", "USD", minerals=["gallium"], **_USD_NOT_INFERRED)
        ],
    },
    {
        "id": "b14-money-dollars-word-canadian",
        "text": "Brookfield will invest 400 million dollars in a copper mine in the Atacama.",
        "commitments": [
            _c("Brookfield", "CA", "equity", "400000000", "CAD", minerals=["copper"], **_INFERRED)
        ],
    },
    {
        "id": "b14-money-lakh",
        "text": "Punjab National Bank sanctions a Rs 95 lakh loan to a graphite start-up in Jharkhand.",
        "commitments": [_c("Punjab National Bank", "IN", "loan", "9500000", "INR", minerals=["graphite"])],
    },
    {
        "id": "b14-money-cr-abbrev",
        "text": "LIC investing ₹400 cr in a lithium refinery in Gujarat",
        "commitments": [_c("LIC", "IN", "equity", "4000000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b14-money-yen-bn",
        "text": "Orix to invest ¥15bn in a rare earths recycling plant in Kitakyushu.",
        "commitments": [_c("Orix", "JP", "equity", "15000000000", "JPY", minerals=["rare-earths"])],
    },
    {
        "id": "b14-money-dong-trillion",
        "text": "Vingroup will invest VND 2 trillion in a rare earth magnet plant in Ha Tinh.",
        "commitments": [_c("Vingroup", "VN", "equity", "2000000000000", "VND", minerals=["rare-earths"])],
    },
    {
        "id": "b14-money-won-word",
        "text": "L&F will invest 300 billion won in a manganese-rich cathode plant in Daegu.",
        "commitments": [_c("L&F", "KR", "equity", "300000000000", "KRW", minerals=["manganese"])],
    },
    {
        "id": "b14-money-eur-after-m",
        "text": "KBC will lend 70m EUR to a cobalt recycler in Antwerp.",
        "commitments": [_c("KBC", "BE", "loan", "70000000", "EUR", minerals=["cobalt"])],
    },
    {
        "id": "b14-money-hyphen-range",
        "text": "Eni is putting €60-80 million into a lithium-from-geothermal pilot in Tuscany",
        "commitments": [_c("Eni", "IT", "equity", "80000000", "EUR", minerals=["lithium"], **_CEIL)],
    },
    {
        "id": "b14-money-up-to-bare-dollar-us",
        "text": "Citigroup will lend up to $350 million to a rare earths refinery in Texas.",
        "commitments": [_c("Citigroup", "US", "loan", "350000000", "USD", minerals=["rare-earths"], **_CEIL)],
    },
    {
        "id": "b14-money-rupiah",
        "text": (
            "Indonesia Battery Corporation will invest Rp 8 trillion in a nickel cathode "
            "precursor plant in Batang."
        ),
        "commitments": [
            _c("Indonesia Battery Corporation", "ID", "equity", "8000000000000", "IDR", minerals=["nickel"])
        ],
    },
    {
        "id": "b14-money-korean-won-sign",
        "text": "Hana Bank to lend ₩180bn to a lithium hydroxide refinery in Gwangyang",
        "commitments": [_c("Hana Bank", "KR", "loan", "180000000000", "KRW", minerals=["lithium"])],
    },
    {
        "id": "b14-money-self-correction",
        "text": (
            "Denham Capital is investing $80m in a graphite mine in Namibia — sorry, $85m, the "
            "release was updated"
        ),
        "commitments": [_c("Denham Capital", "US", "equity", "85000000", "USD", minerals=["graphite"])],
    },
    # --- (6) status words and dates ---
    {
        "id": "b14-status-proposed-isif",
        "text": (
            "Ireland Strategic Investment Fund has proposed a €30m investment in a lithium "
            "refinery in Limerick."
        ),
        "commitments": [
            _c(
                "Ireland Strategic Investment Fund",
                "IE",
                "equity",
                "30000000",
                "EUR",
                minerals=["lithium"],
                status="proposed",
            )
        ],
    },
    {
        "id": "b14-status-conditional-air-liquide",
        "text": (
            "Air Liquide will invest €40m in a graphite purification unit in Dunkirk, subject to "
            "a final investment decision."
        ),
        "commitments": [
            _c("Air Liquide", "FR", "equity", "40000000", "EUR", minerals=["graphite"], status="conditional")
        ],
    },
    {
        "id": "b14-status-binding-trafigura",
        "text": "Trafigura signed a binding agreement to buy copper cathode from a smelter in Kitwe.",
        "commitments": [_c("Trafigura", "SG", "offtake", None, minerals=["copper"], status="binding")],
    },
    {
        "id": "b14-status-binding-schneider-yesterday",
        "text": "Schneider Electric signed a binding offtake with Aurubis for recycled copper yesterday.",
        "commitments": [
            _c(
                "Schneider Electric",
                "FR",
                "offtake",
                None,
                counterparty="Aurubis",
                minerals=["copper"],
                status="binding",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b14-status-disbursed-rabobank",
        "text": (
            "The first €25m tranche of Rabobank's loan to a graphite mine in Mozambique has been disbursed."
        ),
        "commitments": [
            _c("Rabobank", "NL", "loan", "25000000", "EUR", minerals=["graphite"], status="disbursed")
        ],
    },
    {
        "id": "b14-status-withdrawn-carlyle",
        "text": "Carlyle pulled out of its $400m investment in a nickel mine in Pará.",
        "commitments": [
            _c("Carlyle", "US", "equity", "400000000", "USD", minerals=["nickel"], status="withdrawn")
        ],
    },
    {
        "id": "b14-status-announced-morgan-stanley",
        "text": "Morgan Stanley announced a $120m loan to a cobalt refinery in Oklahoma on Tuesday.",
        "commitments": [
            _c(
                "Morgan Stanley",
                "US",
                "loan",
                "120000000",
                "USD",
                minerals=["cobalt"],
                status="announced",
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b14-status-conditional-on-approval",
        "text": "Keppel will lend S$60m to a nickel recycler in Jurong, conditional on regulatory approval.",
        "commitments": [
            _c("Keppel", "SG", "loan", "60000000", "SGD", minerals=["nickel"], status="conditional")
        ],
    },
    {
        "id": "b14-date-this-morning",
        "text": "This morning Santos said it will put A$90m into a lithium brine project in South Australia.",
        "commitments": [
            _c(
                "Santos",
                "AU",
                "equity",
                "90000000",
                "AUD",
                minerals=["lithium"],
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    {
        "id": "b14-date-on-monday",
        "text": (
            "On Monday Gold Fields agreed to acquire a 25% stake in a copper project in Peru for US$210m."
        ),
        "commitments": [
            _c(
                "Gold Fields",
                "ZA",
                "equity",
                "210000000",
                "USD",
                minerals=["copper"],
                announced_on=date(2025, 6, 16),
                **_USD_NOT_INFERRED,
            )
        ],
    },
    {
        "id": "b14-date-wednesday-financing",
        "text": (
            "On Wednesday the National Bank of Egypt pledged EGP 2bn in financing for a copper "
            "cable plant in Sadat City."
        ),
        "commitments": [
            _c(
                "National Bank of Egypt",
                "EG",
                "loan",
                "2000000000",
                "EGP",
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    {
        "id": "b14-date-explicit-day",
        "text": (
            "On 12 June Wacker Chemie said it will invest €45m in a germanium recovery line in Burghausen."
        ),
        "commitments": [
            _c(
                "Wacker Chemie",
                "DE",
                "equity",
                "45000000",
                "EUR",
                minerals=["germanium"],
                announced_on=date(2025, 6, 12),
            )
        ],
    },
    {
        "id": "b14-date-last-friday",
        "text": (
            "Last Friday Thyssenkrupp agreed to buy rare earth oxides from a separation plant in "
            "Estonia for its magnet unit."
        ),
        "commitments": [
            _c(
                "Thyssenkrupp",
                "DE",
                "offtake",
                None,
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 13),
            )
        ],
    },
    {
        "id": "b14-date-last-week-none",
        "text": "Last week Harmony Gold agreed to invest R1.5bn in a copper project in Papua New Guinea.",
        "commitments": [_c("Harmony Gold", "ZA", "equity", "1500000000", "ZAR", minerals=["copper"])],
    },
    {
        "id": "b14-date-yesterday-headline",
        "text": "Sasol to take R700m stake in manganese smelter, company said yesterday",
        "commitments": [
            _c(
                "Sasol",
                "ZA",
                "equity",
                "700000000",
                "ZAR",
                minerals=["manganese"],
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b14-date-today-chatter",
        "text": "fyi Bangkok Bank confirmed today it's lending THB 2bn to a graphite anode plant in Rayong",
        "commitments": [
            _c(
                "Bangkok Bank",
                "TH",
                "loan",
                "2000000000",
                "THB",
                minerals=["graphite"],
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    # --- (7) no commitment: chatter, questions, background, rumours, talks, denials, prices ---
    {
        "id": "b14-none-in-talks",
        "text": "anyone know if Bank Muscat is still in talks over the Sohar copper cathode deal?",
        "commitments": [],
    },
    {
        "id": "b14-none-price-payables",
        "text": "cobalt hydroxide payables back above 70% this week",
        "commitments": [],
    },
    {
        "id": "b14-none-weighing-price-floor",
        "text": "Seoul is weighing a price floor for domestically refined tungsten.",
        "commitments": [],
    },
    {
        "id": "b14-none-background-2022",
        "text": "Back in 2022 Vattenfall put SEK 500m into a battery materials start-up in Västerås.",
        "commitments": [],
    },
    {
        "id": "b14-none-rumour-exploring",
        "text": "rumour: Zijin Mining exploring a bid for a copper mine in eastern Serbia",
        "commitments": [],
    },
    {
        "id": "b14-none-denial",
        "text": "Ganfeng denied reports that it will invest $300m in a lithium mine in Mali.",
        "commitments": [],
    },
    {
        "id": "b14-none-spot-price",
        "text": "lithium carbonate spot at CNY 61,000/t, flat on the week",
        "commitments": [],
    },
    {
        "id": "b14-none-logistics",
        "text": "meeting w/ Keppel moved to Tues, pls send the deck by EOD",
        "commitments": [],
    },
    {
        "id": "b14-none-could",
        "text": "Huayou Cobalt could take a stake in an Indonesian nickel smelter, two sources said.",
        "commitments": [],
    },
    {
        "id": "b14-none-seeking",
        "text": "Fletcher Building is seeking partners for a cobalt-free cathode venture.",
        "commitments": [],
    },
    {
        "id": "b14-none-no-decision",
        "text": "No decision yet on whether Old Mutual will fund the Kalahari manganese plant.",
        "commitments": [],
    },
    {
        "id": "b14-none-scrapped",
        "text": "Cleveland-Cliffs scrapped plans for a $200m nickel pig iron line.",
        "commitments": [],
    },
    {
        "id": "b14-none-question-classification",
        "text": "Q: does the Yara term sheet count as offtake or MoU? nothing's signed yet",
        "commitments": [],
    },
    {
        "id": "b14-none-exploring-joint",
        "text": "CATL and the Silk Road Fund are exploring a joint lithium venture in Bolivia.",
        "commitments": [],
    },
    {
        "id": "b14-none-spodumene",
        "text": (
            "Pan American Energy's CEO said spodumene prices are too low to justify new mines in Argentina."
        ),
        "commitments": [],
    },
    {
        "id": "b14-none-kmg-exploring",
        "text": "KazMunayGas is exploring lithium extraction from oilfield brines in Mangystau.",
        "commitments": [],
    },
    {
        "id": "b14-none-who-covers",
        "text": "who's covering the Zenith Bank call tmrw? they want to talk about the Kaduna lithium plant",
        "commitments": [],
    },
    {
        "id": "b14-none-no-plans",
        "text": "Tokyo Century's chair said the group has no plans to invest in lithium.",
        "commitments": [],
    },
    {
        "id": "b14-none-background-2020",
        "text": "for context: in 2020 Emirates NBD lent AED 300m to a copper foil maker in Jebel Ali",
        "commitments": [],
    },
    {
        "id": "b14-none-not-decided",
        "text": "DNB hasn't decided on the Mo i Rana graphite loan yet.",
        "commitments": [],
    },
    {
        "id": "b14-none-nordea-talks",
        "text": "Nordea in talks to lend to a lithium project in Kaustinen",
        "commitments": [],
    },
    {
        "id": "b14-none-tracker-admin",
        "text": "pls add CTBC to the tracker, they've been busy in Kaohsiung lately",
        "commitments": [],
    },
    {
        "id": "b14-none-premium",
        "text": "Copper cathode premium in Rotterdam hit $230/t, highest since March.",
        "commitments": [],
    },
    {
        "id": "b14-none-may",
        "text": "Sources say Bancolombia may lend to a nickel smelter in Montelíbano.",
        "commitments": [],
    },
    {
        "id": "b14-none-background-banorte",
        "text": "Banorte said that in 2023 it lent MXN 1bn to copper projects in Sonora.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b14-art-dnb-mo-i-rana-graphite",
        "kind": "article",
        "headline": "DNB lends 1.2 billion crowns to graphite anode plant in northern Norway",
        "text": "\n\n".join(
            [
                "OSLO, June 17 (Reuters) - DNB will lend NOK 1.2 billion to a graphite anode plant "
                "in Mo i Rana, Norway's largest bank said on Tuesday, in one of the biggest loans "
                "yet to the country's battery materials industry.",
                "The plant is designed to turn natural graphite from mines in northern Scandinavia "
                "into anode material for battery cell makers in Europe.",
                '"Lending 1.2 billion crowns to Mo i Rana is a vote of confidence in the region," '
                "the bank's head of corporate banking told reporters.",
                "DNB financed a hydropower upgrade in the same town in 2019 and in 2021 it helped "
                "refinance a ferrosilicon smelter nearby. Neither loan involved battery materials.",
                "The plant's owners expect to start commercial production in 2027.",
            ]
        ),
        "commitments": [
            _c(
                "DNB",
                "NO",
                "loan",
                "1200000000",
                "NOK",
                minerals=["graphite"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b14-art-old-mutual-sanlam-vanadium",
        "kind": "article",
        "headline": "Old Mutual, Sanlam each put R500 million into vanadium battery venture",
        "text": "\n\n".join(
            [
                "JOHANNESBURG, June 16 (Reuters) - Old Mutual and Sanlam will each invest R500 "
                "million in a company that makes vanadium redox flow batteries for mines and "
                "municipal grids, the two insurers said on Monday.",
                "The venture will build a factory in the Eastern Cape using vanadium electrolyte "
                "made from local ore.",
                "South Africa holds some of the world's largest vanadium resources, but most of "
                "its output has been exported as a steel additive.",
                "In 2018 Old Mutual backed a solar developer, and Sanlam bought into a coal "
                "logistics business in 2016. Both have since sold those holdings.",
                '"Our R500 million stake puts South African vanadium into South African '
                "batteries,\" Sanlam's chief investment officer said.",
                "The companies did not say when the factory would open.",
            ]
        ),
        "commitments": [
            _c(
                "Old Mutual",
                "ZA",
                "equity",
                "500000000",
                "ZAR",
                minerals=["vanadium"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "Sanlam",
                "ZA",
                "equity",
                "500000000",
                "ZAR",
                minerals=["vanadium"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b14-art-icd-adcb-copper",
        "kind": "article",
        "headline": "Dubai's ICD buys into African copper smelter",
        "text": "\n\n".join(
            [
                "DUBAI, June 18 (Reuters) - Investment Corporation of Dubai (ICD) will take a 25% "
                "stake in a copper smelter in Zambia for US$340 million, the state investor said "
                "on Wednesday.",
                "Abu Dhabi Commercial Bank will lend AED 500 million to the smelter for a new "
                "acid plant, according to a separate statement from the bank.",
                "The smelter processes concentrate from mines on the Copperbelt and ships copper "
                "anode to refineries in Asia.",
                "ICD has held stakes in Emirati banks and an airline for decades, and in 2020 it "
                "bought a share of a European hotel group. This is its first investment in "
                "African mining.",
                '"The US$340 million we are investing gives us a seat at the table in one of '
                'the fastest-growing copper regions," an ICD executive said.',
            ]
        ),
        "commitments": [
            _c(
                "ICD",
                "AE",
                "equity",
                "340000000",
                "USD",
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Abu Dhabi Commercial Bank",
                "AE",
                "loan",
                "500000000",
                "AED",
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b14-art-pnb-axis-copper-smelter",
        "kind": "article",
        "headline": "PNB, Axis Bank sanction ₹3,200 crore for Gujarat copper smelter",
        "text": "\n\n".join(
            [
                "MUMBAI, June 19 (PTI) - Punjab National Bank and Axis Bank will together lend "
                "₹3,200 crore to a new copper smelter at Mundra, the lenders said on Thursday.",
                "The smelter will produce copper cathode and rod for cable makers and electric "
                "motor manufacturers in western India.",
                "India imports more than a quarter of the refined copper it uses, and demand "
                "from power grids has grown quickly since 2020.",
                "In 2017 Punjab National Bank led a loan to a zinc smelter in Rajasthan, and in "
                "2022 Axis Bank arranged a bond for a cable maker. Neither lender had financed a "
                "copper smelter before.",
                '"The ₹3,200 crore we are lending will be drawn over three years," an Axis '
                "Bank executive said.",
            ]
        ),
        "commitments": [
            _c(
                "Punjab National Bank",
                "IN",
                "loan",
                "32000000000",
                "INR",
                minerals=["copper"],
                announced_on=date(2025, 6, 19),
            ),
            _c("Axis Bank", "IN", "loan", None, minerals=["copper"], announced_on=date(2025, 6, 19)),
        ],
    },
    {
        "id": "b14-art-ibc-lpei-nickel",
        "kind": "article",
        "headline": "Indonesia Battery Corporation to build $1.2 billion nickel precursor plant",
        "text": "\n\n".join(
            [
                "JAKARTA, June 13 (Reuters) - Indonesia Battery Corporation will invest US$1.2 "
                "billion in a nickel precursor plant in Central Java, the state-owned company "
                "said on Friday.",
                "Indonesia Eximbank (LPEI) will lend Rp 2 trillion to the project, the lender said "
                "in a statement.",
                "Indonesia is the world's largest nickel producer and has banned exports of "
                "nickel ore since 2020 to push miners to process the metal at home.",
                "Indonesia Battery Corporation was founded in 2021 by four state companies; its "
                "first project, a cell plant in West Java, was financed by foreign partners.",
                '"This US$1.2 billion plant moves us one step further down the value chain," '
                "the company's president director said.",
                "Construction is due to start before the end of the year.",
            ]
        ),
        "commitments": [
            _c(
                "Indonesia Battery Corporation",
                "ID",
                "equity",
                "1200000000",
                "USD",
                minerals=["nickel"],
                announced_on=date(2025, 6, 13),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "LPEI",
                "ID",
                "loan",
                "2000000000000",
                "IDR",
                minerals=["nickel"],
                announced_on=date(2025, 6, 13),
            ),
        ],
    },
    {
        "id": "b14-art-ypf-pae-lithium-mou",
        "kind": "article",
        "headline": "YPF, Pan American Energy sign lithium cooperation pact",
        "text": "\n\n".join(
            [
                "BUENOS AIRES, June 18 (Reuters) - YPF and Pan American Energy signed a "
                "memorandum of understanding on Wednesday to study joint lithium extraction from "
                "brine in Catamarca province.",
                "The two energy companies, Argentina's largest oil producers, want to apply their "
                "drilling and water-handling experience to the country's salt flats.",
                "Argentina's lithium output has more than doubled since 2022 as new brine "
                "projects came online in Jujuy, Salta and Catamarca.",
                "YPF set up a lithium unit in 2019, and Pan American Energy bought a minority "
                "interest in an exploration company in 2018. Neither led to production.",
                '"The memorandum we signed today is a first step," a YPF spokesperson said, '
                "adding that no investment figure had been agreed.",
            ]
        ),
        "commitments": [
            _c(
                "YPF",
                "AR",
                "mou",
                None,
                counterparty="Pan American Energy",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Pan American Energy",
                "AR",
                "mou",
                None,
                counterparty="YPF",
                minerals=["lithium"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b14-art-ufrd-tungsten",
        "kind": "article",
        "headline": "Uzbek fund to lend $120 million for tungsten plant",
        "text": "\n\n".join(
            [
                "TASHKENT, June 17 (Reuters) - The Uzbek Fund for Reconstruction and Development "
                "will lend US$120 million to a tungsten concentrate plant in the Samarkand "
                "region, the fund said on Tuesday.",
                "Navoi Mining will invest a further US$40 million of its own in the plant, "
                "according to the same statement.",
                "Uzbekistan has large tungsten deposits that were mined in Soviet times but "
                "largely abandoned in the 1990s.",
                "In 2019 the fund financed a copper concentrator expansion, and in 2022 it lent "
                "to a cement maker. Both loans have been repaid.",
                '"Our US$120 million loan will bring an old mining district back to life," the '
                "fund's deputy chairman said.",
            ]
        ),
        "commitments": [
            _c(
                "Uzbek Fund for Reconstruction and Development",
                "UZ",
                "loan",
                "120000000",
                "USD",
                minerals=["tungsten"],
                announced_on=date(2025, 6, 17),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Navoi Mining",
                "UZ",
                "equity",
                "40000000",
                "USD",
                minerals=["tungsten"],
                announced_on=date(2025, 6, 17),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b14-art-hesta-csiro-rare-earths",
        "kind": "article",
        "headline": "HESTA takes A$80 million stake in rare earths refinery",
        "text": "\n\n".join(
            [
                "SYDNEY, June 19 (Reuters) - HESTA, the health-sector pension fund, will invest "
                "A$80 million in a rare earths refinery in the Northern Territory, the fund said "
                "on Thursday.",
                "CSIRO will provide A$6 million in funding for a research partnership on cleaner "
                "separation chemistry at the same refinery.",
                "The refinery is designed to produce separated oxides for magnet makers in Japan, "
                "South Korea and Europe.",
                "HESTA first invested in listed miners in the 1990s and in 2021 it bought into a "
                "renewable energy fund, but it has not previously owned a stake in a refinery.",
                '"A$80 million is a meaningful position for us," HESTA\'s chief investment officer said.',
                "The refinery's owners expect a final investment decision later this year.",
            ]
        ),
        "commitments": [
            _c(
                "HESTA",
                "AU",
                "equity",
                "80000000",
                "AUD",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "CSIRO",
                "AU",
                "grant",
                "6000000",
                "AUD",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b14-art-no-dateline-nordea-lithium",
        "kind": "article",
        "headline": "Nordea backs Finnish lithium hydroxide plant with EUR 200 million loan",
        "text": "\n\n".join(
            [
                "Nordea will lend EUR 200 million to a lithium hydroxide plant in Kokkola, the "
                "Nordic bank said, adding to a string of loans to Finland's battery chemicals "
                "cluster.",
                "The plant will process lithium concentrate from mines in central Ostrobothnia.",
                "Finland has promoted Kokkola as a battery chemicals hub since 2018, when a "
                "cobalt refinery there changed hands.",
                "Nordea lent to a nickel mine in eastern Finland in 2015 and later wrote part of "
                "that loan off.",
                '"The EUR 200 million we are committing is backed by long-term sales contracts," '
                "a Nordea spokesperson said.",
            ]
        ),
        "commitments": [
            _c("Nordea", "FI", "loan", "200000000", "EUR", minerals=["lithium"]),
        ],
    },
    {
        "id": "b14-art-credit-agricole-conditional",
        "kind": "article",
        "headline": "Crédit Agricole to lend €180 million to Chvaletice manganese project",
        "text": "\n\n".join(
            [
                "PARIS, June 19 (Reuters) - Crédit Agricole will lend €180 million to the "
                "Chvaletice manganese project in the Czech Republic, subject to the project "
                "receiving its final environmental permit, the bank said on Thursday.",
                "The project plans to recover high-purity manganese from old tailings left by a "
                "communist-era pyrite mine.",
                "Europe imports nearly all of its battery-grade manganese, most of it refined in China.",
                "Crédit Agricole financed a chemicals plant in the Czech Republic in 2016 and "
                "advised on a power-sector merger there in 2020.",
                '"Our €180 million loan will only be drawn once the permit is in place," a bank '
                "spokesperson said.",
                "The project's developers hope to start construction in 2026.",
            ]
        ),
        "commitments": [
            _c(
                "Crédit Agricole",
                "FR",
                "loan",
                "180000000",
                "EUR",
                minerals=["manganese"],
                project="Chvaletice manganese project",
                status="conditional",
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b14-art-furukawa-goulamina-offtake",
        "kind": "article",
        "headline": "Furukawa Electric signs binding deal to buy Goulamina lithium",
        "text": "\n\n".join(
            [
                "TOKYO, June 20 (Kyodo) - Furukawa Electric has signed a binding agreement to buy "
                "lithium concentrate from the Goulamina lithium project in Mali, the cable and "
                "battery-materials maker said on Friday.",
                "Dai-ichi Life will invest ¥5 billion in a Japanese fund that finances lithium "
                "supply contracts, the insurer said in a separate statement.",
                "Goulamina began shipping concentrate in early 2025 after years of delays.",
                "Furukawa Electric bought copper concentrate from African mines in the 2000s but "
                "had not previously signed a lithium contract.",
                '"This binding agreement gives us lithium we can count on," a Furukawa Electric '
                "executive said.",
            ]
        ),
        "commitments": [
            _c(
                "Furukawa Electric",
                "JP",
                "offtake",
                None,
                minerals=["lithium"],
                project="Goulamina lithium project",
                status="binding",
                announced_on=date(2025, 6, 20),
            ),
            _c(
                "Dai-ichi Life",
                "JP",
                "equity",
                "5000000000",
                "JPY",
                announced_on=date(2025, 6, 20),
            ),
        ],
    },
    {
        "id": "b14-art-bancoestado-chile-copper",
        "kind": "article",
        "headline": "BancoEstado, Banco de Chile each lend US$150 million to copper tailings project",
        "text": "\n\n".join(
            [
                "SANTIAGO, June 12 (Reuters) - BancoEstado and Banco de Chile will each lend "
                "US$150 million to a project that recovers copper and cobalt from old tailings "
                "dams in the Coquimbo region, the banks said on Thursday.",
                "The project, which also plans to produce cobalt sulphate, is among the first in "
                "Chile to reprocess tailings at scale.",
                "Chile is the world's largest copper producer and has hundreds of abandoned tailings dams.",
                "Banco de Chile lent to a copper miner in Antofagasta region in 2014, and "
                "BancoEstado financed water desalination for mines in 2019.",
                '"Each of us is putting in US$150 million," a BancoEstado executive said.',
            ]
        ),
        "commitments": [
            _c(
                "BancoEstado",
                "CL",
                "loan",
                "150000000",
                "USD",
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 12),
                **_USD_NOT_INFERRED,
            ),
            _c(
                "Banco de Chile",
                "CL",
                "loan",
                "150000000",
                "USD",
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 12),
                **_USD_NOT_INFERRED,
            ),
        ],
    },
    {
        "id": "b14-art-hana-lf-offtake-seoul",
        "kind": "article",
        "headline": "L&F signs binding lithium supply deal with Argentine producer",
        "text": "\n\n".join(
            [
                "SEOUL, June 19 (Yonhap) - L&F signed a binding agreement with Ganfeng to buy "
                "lithium hydroxide from its Argentine operations for six years, the cathode "
                "maker said on Thursday.",
                "Hana Bank will provide a ₩120 billion credit facility to L&F to fund the "
                "purchases, according to a regulatory filing.",
                "L&F makes cathode materials for electric-vehicle batteries and has been looking "
                "for supplies from outside China.",
                "The company signed a short-term supply contract with an Australian miner in "
                "2022, which expired last year.",
                '"The ₩120 billion facility lets us lock in supply for years," an L&F official said.',
            ]
        ),
        "commitments": [
            _c(
                "L&F",
                "KR",
                "offtake",
                None,
                counterparty="Ganfeng",
                minerals=["lithium"],
                status="binding",
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "Hana Bank",
                "KR",
                "loan",
                "120000000000",
                "KRW",
                counterparty="L&F",
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b14-art-btg-caixa-para-nickel",
        "kind": "article",
        "headline": "BTG Pactual to invest R$900 million in Pará nickel plant",
        "text": "\n\n".join(
            [
                "SAO PAULO, June 16 (Reuters) - BTG Pactual will invest R$900 million in a "
                "nickel sulphate plant in Pará, the bank said on Monday, a week after a US "
                "private equity firm pulled out of the project.",
                "Caixa Econômica Federal will lend R$400 million to the same plant, according to "
                "the project's developer.",
                "Brazil has some of the largest untapped nickel deposits outside Indonesia.",
                "BTG Pactual has invested in mining before, buying into an iron ore company in "
                "2011 and a gold miner in 2016.",
                '"We are committing R$900 million because we think the project has a long '
                'life," a BTG Pactual partner said.',
                "The developer said it still expects first production in 2028.",
            ]
        ),
        "commitments": [
            _c(
                "BTG Pactual",
                "BR",
                "equity",
                "900000000",
                "BRL",
                minerals=["nickel"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "Caixa Econômica Federal",
                "BR",
                "loan",
                "400000000",
                "BRL",
                minerals=["nickel"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-14"

# Filled in by the lead after the one scoring run (2026-11-30, 23:21 UTC: 131 of 181 exact); the
# cases stay as written. Rewritten after round 11 tuned on this batch: what is still read wrong.
BLIND14_MISSES: dict[str, str] = {
    "b14-multi-ypf-pae-mou-lowercase": (
        "short all-capital aliases must be written in capitals (so 'doe' is not DOE): lower-case "
        "'ypf' and 'mou' are not read"
    ),
    "b14-none-weighing-price-floor": (
        "convention kept from the main corpus: 'is weighing' is a proposal draft (as 'The "
        "Philippines is weighing a ban'); this batch wants no draft"
    ),
    "b14-none-nordea-talks": (
        "convention kept from the main corpus: 'in talks to' is a proposal draft (b-tokyo-in-talks);"
        " this batch wants no draft"
    ),
    "b14-art-dnb-mo-i-rana-graphite": (
        "a quote opening with a gerund ('Lending 1.2 billion crowns to Mo i Rana is ...') gives a "
        "second draft with 'Rana' as its subject"
    ),
}
