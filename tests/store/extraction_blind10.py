"""Blind batch 10 ("set": "blind-10"): written on 2026-11-30 (20:40-21:15 UTC) from the sentences
alone, before the reader was run on them, by someone who had not read the reader's code, its
organisations table, its rules, the main corpus's cases or any batch's misses; never used to tune
it. The format and the rules come from tests/store/extraction_blind9.py (read up to its CASES line
only); no sentence of batches 8 or 9 is copied or paraphrased, and the organisations are new
(countries and the project names in KNOWN_PROJECTS_EXTRA aside).

Same case format and the same rules as batch 9, read against the same TODAY (Friday 20 June 2025:
"yesterday" is Thursday 19 June, "on Tuesday" is 17 June, "on Monday" is 16 June); an article's
dateline is its date and dates its commitments, a dateline without a year is read in 2025 and an
article without a dateline has no expected announcement date.

The rules, restated from batch 9: the grammatical subject is the actor (the lender or investor when
the subject "received" or "secured" from it, the agent of a passive); an organisation keeps its name
(the short form when the text gives one in brackets, a company without its legal suffix); a
government, country, capital or leader is its ISO code; a minister or ministry announcing that an
agency or company will act makes that body the actor; the verb decides the instrument when no
instrument word is given; several actors give one draft each, in the order named ("each" repeats
the amount, "jointly"/"together" leave it on the first only); a range, "up to" or "as much as" keeps
its ceiling, flagged; a bare "$" (or "dollars") is the actor's own dollar (flagged as inferred) when
the actor is Canadian, Australian, New Zealand, Singaporean, Hong Kong or Taiwanese, and USD
otherwise (flagged as not inferred where the actor's own currency is not a dollar; "US$" and "USD"
are never inferred); "rare-earths" only when rare earths are named generically and no single element
is named; minerals in alphabetical order; a field a careful analyst could fill two ways is left out.

Decided for this batch:
- Memoranda (changed from batches 8 and 9): "A signed an MoU with B" gives ONE draft, A's, with B
  (its ISO code, or its name for an organisation) as counterparty; only "A and B signed an MoU"
  gives one draft per signatory, each with the other as counterparty. No status is expected on an
  MoU ("signed" is what an MoU always is).
- A conversion in brackets ("€400 million ($450 million)") never replaces the amount as written
  first; "about" keeps the amount unflagged.
- "Guarantee a minimum price" or "set a floor price" is a price floor, not a guarantee; "require
  export licences" or "ban exports" is an export control; "levy a duty" is a tariff; "review" or
  "require approval for" foreign purchases is investment screening; "take the output" is offtake;
  "acquire a holding" or "buy a stake" is equity; "provide funding" or "subsidies" is a grant.
- A named company that receives a loan, grant or stake directly ("lend X to Westwater Resources") is
  the counterparty; one reached through a possessive after a loan or guarantee is left out, as in
  batch 9; after an offtake verb a named company (or its named unit) is the counterparty, a place
  or plant ("from Kathleen Valley", "a smelter in Sulawesi") is not.
- An offtake that names the source project by a short form ("from Kathleen Valley") has no
  expected project; the full name as listed in KNOWN_PROJECTS_EXTRA is expected.
- A crore is 10^7 and a lakh 10^5, hyphenated or not ("a ₹3,000-crore plant").
- Where a currency word fits several countries ("riyals", "kroner", "shillings", "dirhams") the
  text gives a code or the country instead, so no case depends on a guess.
- "The Government of Canada" is CA; "the EU" is EU (as actor and as counterparty).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Kings Mountain lithium mine",
    "Rhyolite Ridge lithium project",
    "Kathleen Valley lithium project",
    "Ewoyaa lithium project",
    "Kellyton graphite plant",
    "Guben lithium converter",
    "Andina copper mine",
    "Halleck Creek rare earths project",
    "Tanbreez rare earths project",
    "Rio Tuba nickel mine",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Critical Raw Materials Act",
    "Quad Critical Minerals Initiative",
]

_USD_NOT_INFERRED = {"currency_inferred": False}


_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b10-org-sace-piedmont",
        "text": "SACE will guarantee €250 million of bank loans for a rare earth magnet plant in Piedmont.",
        "commitments": [_c("SACE", "IT", "guarantee", "250000000", "EUR", minerals=["rare-earths"])],
    },
    {
        "id": "b10-org-cdp-venice",
        "text": "Cassa Depositi e Prestiti will take a €60 million stake in a gallium and germanium "
        "recovery start-up near Venice.",
        "commitments": [
            _c(
                "Cassa Depositi e Prestiti",
                "IT",
                "equity",
                "60000000",
                "EUR",
                minerals=["gallium", "germanium"],
            )
        ],
    },
    {
        "id": "b10-org-cesce-salamanca",
        "text": "CESCE will insure €90 million of financing for a tungsten mine in Salamanca.",
        "commitments": [_c("CESCE", "ES", "guarantee", "90000000", "EUR", minerals=["tungsten"])],
    },
    {
        "id": "b10-org-cofides-extremadura",
        "text": "COFIDES is lending €25m to a lithium mica project in Extremadura.",
        "commitments": [_c("COFIDES", "ES", "loan", "25000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b10-org-eksfin-heroya",
        "text": "Eksfin will guarantee NOK 2 billion of loans for a graphite anode plant at Herøya.",
        "commitments": [_c("Eksfin", "NO", "guarantee", "2000000000", "NOK", minerals=["graphite"])],
    },
    {
        "id": "b10-org-norfund-kenya",
        "text": "Norfund will invest $40 million in a copper recycling plant in Kenya.",
        "commitments": [
            _c("Norfund", "NO", "equity", "40000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"])
        ],
    },
    {
        "id": "b10-org-invest-nl-eindhoven",
        "text": "Invest-NL will put €20 million into a rare earth magnet recycler in Eindhoven.",
        "commitments": [_c("Invest-NL", "NL", "equity", "20000000", "EUR", minerals=["rare-earths"])],
    },
    {
        "id": "b10-org-credendo-kolwezi",
        "text": "Credendo will cover a €70 million loan for a cobalt refinery in Kolwezi.",
        "commitments": [_c("Credendo", "BE", "guarantee", "70000000", "EUR", minerals=["cobalt"])],
    },
    {
        "id": "b10-org-eifo-greenland",
        "text": "EIFO will lend DKK 400 million to a rare earth separation pilot in southern Greenland.",
        "commitments": [_c("EIFO", "DK", "loan", "400000000", "DKK", minerals=["rare-earths"])],
    },
    {
        "id": "b10-org-oekb-styria",
        "text": "OeKB will guarantee €45 million of loans for a tungsten powder plant in Styria.",
        "commitments": [_c("OeKB", "AT", "guarantee", "45000000", "EUR", minerals=["tungsten"])],
    },
    {
        "id": "b10-org-egap-cinovec",
        "text": "EGAP will insure CZK 3 billion of credit for a lithium mine at Cínovec.",
        "commitments": [_c("EGAP", "CZ", "guarantee", "3000000000", "CZK", minerals=["lithium"])],
    },
    {
        "id": "b10-org-bgk-kghm",
        "text": "BGK will lend PLN 500 million to KGHM for a copper wire rod plant in Legnica.",
        "commitments": [
            _c("BGK", "PL", "loan", "500000000", "PLN", counterparty="KGHM", minerals=["copper"])
        ],
    },
    {
        "id": "b10-org-dbj-niihama",
        "text": "The Development Bank of Japan will take a ¥15 billion stake in a nickel sulphate venture "
        "in Niihama.",
        "commitments": [
            _c("Development Bank of Japan", "JP", "equity", "15000000000", "JPY", minerals=["nickel"])
        ],
    },
    {
        "id": "b10-org-kdb-gwangyang",
        "text": "KDB will lend ₩300 billion to a lithium hydroxide refinery in Gwangyang.",
        "commitments": [_c("KDB", "KR", "loan", "300000000000", "KRW", minerals=["lithium"])],
    },
    {
        "id": "b10-org-manara-pakistan",
        "text": "Manara Minerals will invest $2 billion in a copper and gold mine in Pakistan.",
        "commitments": [
            _c(
                "Manara Minerals",
                "SA",
                "equity",
                "2000000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b10-org-irh-zambia",
        "text": "International Resource Holdings will buy a 51% stake in a copper mine in Zambia's "
        "North-Western province.",
        "commitments": [_c("International Resource Holdings", "AE", "equity", None, minerals=["copper"])],
    },
    {
        "id": "b10-org-oia-sohar",
        "text": "Oman Investment Authority will invest $50 million in a copper smelter in Sohar.",
        "commitments": [
            _c(
                "Oman Investment Authority",
                "OM",
                "equity",
                "50000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b10-org-gecamines-likasi",
        "text": "Gécamines will take a 30% stake in a cobalt hydroxide plant near Likasi.",
        "commitments": [_c("Gécamines", "CD", "equity", None, minerals=["cobalt"])],
    },
    {
        "id": "b10-org-navoiyuran",
        "text": "Navoiyuran will invest $200 million in two new uranium mines in the Kyzylkum desert.",
        "commitments": [
            _c("Navoiyuran", "UZ", "equity", "200000000", "USD", **_USD_NOT_INFERRED, minerals=["uranium"])
        ],
    },
    {
        "id": "b10-org-erdenes-mongol",
        "text": "Erdenes Mongol will take a 34% stake in a rare earth project at Khalzan Buregtei.",
        "commitments": [_c("Erdenes Mongol", "MN", "equity", None, minerals=["rare-earths"])],
    },
    {
        "id": "b10-org-mind-id-maluku",
        "text": "MIND ID will invest Rp 10 trillion in a nickel smelter in North Maluku.",
        "commitments": [_c("MIND ID", "ID", "equity", "10000000000000", "IDR", minerals=["nickel"])],
    },
    {
        "id": "b10-org-khazanah-pahang",
        "text": "Khazanah Nasional will invest RM500 million in a rare earth processing plant in Pahang.",
        "commitments": [
            _c("Khazanah Nasional", "MY", "equity", "500000000", "MYR", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b10-org-vinacomin-lai-chau",
        "text": "Vinacomin will invest VND 2 trillion in a rare earth separation plant in Lai Chau.",
        "commitments": [_c("Vinacomin", "VN", "equity", "2000000000000", "VND", minerals=["rare-earths"])],
    },
    {
        "id": "b10-org-enami-lithium",
        "text": "ENAMI will invest $600 million in a lithium brine project in the Atacama.",
        "commitments": [
            _c("ENAMI", "CL", "equity", "600000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b10-org-finep-minas",
        "text": "Finep will award R$ 40 million in grants to rare earth magnet research in Minas Gerais.",
        "commitments": [_c("Finep", "BR", "grant", "40000000", "BRL", minerals=["rare-earths"])],
    },
    {
        "id": "b10-org-nafin-sonora",
        "text": "Nafin will lend MXN 800 million to a lithium exploration company in Sonora.",
        "commitments": [_c("Nafin", "MX", "loan", "800000000", "MXN", minerals=["lithium"])],
    },
    {
        "id": "b10-org-bancoldex-cordoba",
        "text": "Bancóldex will lend COP 200 billion to a ferronickel plant in Córdoba.",
        "commitments": [_c("Bancóldex", "CO", "loan", "200000000000", "COP", minerals=["nickel"])],
    },
    {
        "id": "b10-org-doe-idaho",
        "text": "The Department of Energy will award $45 million to a cobalt refinery in Idaho.",
        "commitments": [_c("Department of Energy", "US", "grant", "45000000", "USD", minerals=["cobalt"])],
    },
    {
        "id": "b10-org-aurubis-hamburg",
        "text": "Aurubis will invest €300 million in a plant in Hamburg that recycles copper and nickel "
        "from battery scrap.",
        "commitments": [_c("Aurubis", "DE", "equity", "300000000", "EUR", minerals=["copper", "nickel"])],
    },
    {
        "id": "b10-org-johnson-matthey",
        "text": "Johnson Matthey will invest £80 million in its PGM refinery at Royston.",
        "commitments": [
            _c("Johnson Matthey", "GB", "equity", "80000000", "GBP", minerals=["platinum-group-metals"])
        ],
    },
    {
        "id": "b10-org-shin-etsu",
        "text": "Shin-Etsu Chemical will spend ¥40 billion on a silicon metal plant in Niigata.",
        "commitments": [_c("Shin-Etsu Chemical", "JP", "equity", "40000000000", "JPY", minerals=["silicon"])],
    },
    {
        "id": "b10-org-kabil-catamarca",
        "text": "KABIL will invest $24 million in lithium exploration blocks in Catamarca.",
        "commitments": [
            _c("KABIL", "IN", "equity", "24000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b10-org-cdpq-nickel",
        "text": "CDPQ will take a C$150 million stake in a nickel sulphate project in Sudbury.",
        "commitments": [_c("CDPQ", "CA", "equity", "150000000", "CAD", minerals=["nickel"])],
    },
    {
        "id": "b10-org-pic-manganese",
        "text": "The PIC will invest R2 billion in a manganese smelter in the Northern Cape.",
        "commitments": [_c("PIC", "ZA", "equity", "2000000000", "ZAR", minerals=["manganese"])],
    },
    {
        "id": "b10-org-miif-ewoyaa",
        "text": "MIIF will take a further 6% stake in the Ewoyaa lithium project.",
        "commitments": [
            _c("MIIF", "GH", "equity", None, minerals=["lithium"], project="Ewoyaa lithium project")
        ],
    },
    {
        "id": "b10-org-bmwk-brandenburg",
        "text": "BMWK will provide €150 million in funding to a lithium refinery in Brandenburg.",
        "commitments": [_c("BMWK", "DE", "grant", "150000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b10-org-sk-hynix-gangwon",
        "text": "SK hynix will take a 10% stake in a tungsten refinery in Gangwon.",
        "commitments": [_c("SK hynix", "KR", "equity", None, minerals=["tungsten"])],
    },
    {
        "id": "b10-org-micron-utah",
        "text": "Micron agreed to buy germanium from a refinery in Utah.",
        "commitments": [_c("Micron", "US", "offtake", None, minerals=["germanium"])],
    },
    # --- (2) several actors ---
    {
        "id": "b10-multi-germany-italy-each",
        "text": "Germany and Italy will each put €500 million into a European fund that buys stakes in "
        "lithium and graphite projects.",
        "commitments": [
            _c("DE", "DE", "equity", "500000000", "EUR", minerals=["graphite", "lithium"]),
            _c("IT", "IT", "equity", "500000000", "EUR", minerals=["graphite", "lithium"]),
        ],
    },
    {
        "id": "b10-multi-hyundai-kia-jointly",
        "text": "Hyundai Motor and Kia will jointly invest $320 million in a nickel processing plant in "
        "Indonesia.",
        "commitments": [
            _c("Hyundai Motor", "KR", "equity", "320000000", "USD", **_USD_NOT_INFERRED, minerals=["nickel"]),
            _c("Kia", "KR", "equity", None, minerals=["nickel"]),
        ],
    },
    {
        "id": "b10-multi-ford-bmw-albemarle",
        "text": "Ford and BMW each agreed to buy lithium from Albemarle's Kings Mountain lithium mine.",
        "commitments": [
            _c(
                "Ford",
                "US",
                "offtake",
                None,
                counterparty="Albemarle",
                minerals=["lithium"],
                project="Kings Mountain lithium mine",
            ),
            _c(
                "BMW",
                "DE",
                "offtake",
                None,
                counterparty="Albemarle",
                minerals=["lithium"],
                project="Kings Mountain lithium mine",
            ),
        ],
    },
    {
        "id": "b10-multi-japan-india-stockpile",
        "text": "Japan and India will jointly stockpile dysprosium and neodymium for their motor makers.",
        "commitments": [
            _c("JP", "JP", "stockpile", None, minerals=["dysprosium", "neodymium"]),
            _c("IN", "IN", "stockpile", None, minerals=["dysprosium", "neodymium"]),
        ],
    },
    {
        "id": "b10-multi-swedish-finnish-governments",
        "text": "The Swedish and Finnish governments will each guarantee €200 million of loans for a "
        "cobalt refinery in Kokkola.",
        "commitments": [
            _c("SE", "SE", "guarantee", "200000000", "EUR", minerals=["cobalt"]),
            _c("FI", "FI", "guarantee", "200000000", "EUR", minerals=["cobalt"]),
        ],
    },
    {
        "id": "b10-multi-bhp-lundin-together",
        "text": "BHP and Lundin Mining will together invest US$1.1 billion in a copper project in San "
        "Juan province, Argentina.",
        "commitments": [
            _c("BHP", "AU", "equity", "1100000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"]),
            _c("Lundin Mining", "CA", "equity", None, minerals=["copper"]),
        ],
    },
    {
        "id": "b10-multi-smm-jx-each-stake",
        "text": "Sumitomo Metal Mining and JX Advanced Metals will each take a 15% stake in a copper mine "
        "in Chile.",
        "commitments": [
            _c("Sumitomo Metal Mining", "JP", "equity", None, minerals=["copper"]),
            _c("JX Advanced Metals", "JP", "equity", None, minerals=["copper"]),
        ],
    },
    {
        "id": "b10-multi-thales-hensoldt-umicore",
        "text": "Thales and Hensoldt each signed contracts to buy germanium from Umicore.",
        "commitments": [
            _c(
                "Thales",
                "FR",
                "offtake",
                None,
                counterparty="Umicore",
                minerals=["germanium"],
                status="binding",
            ),
            _c(
                "Hensoldt",
                "DE",
                "offtake",
                None,
                counterparty="Umicore",
                minerals=["germanium"],
                status="binding",
            ),
        ],
    },
    {
        "id": "b10-multi-eu-chile-mou",
        "text": "The EU and Chile signed a memorandum of understanding on lithium and copper refining.",
        "commitments": [
            _c("EU", "EU", "mou", None, counterparty="CL", minerals=["copper", "lithium"]),
            _c("CL", "CL", "mou", None, counterparty="EU", minerals=["copper", "lithium"]),
        ],
    },
    {
        "id": "b10-multi-lges-posco-ecopro-each",
        "text": "LG Energy Solution, POSCO Future M and EcoPro BM will each put ₩100 billion into a "
        "graphite anode venture in Pohang.",
        "commitments": [
            _c("LG Energy Solution", "KR", "equity", "100000000000", "KRW", minerals=["graphite"]),
            _c("POSCO Future M", "KR", "equity", "100000000000", "KRW", minerals=["graphite"]),
            _c("EcoPro BM", "KR", "equity", "100000000000", "KRW", minerals=["graphite"]),
        ],
    },
    {
        "id": "b10-multi-norway-denmark-grants",
        "text": "Norway and Denmark will together award NOK 300 million in grants to rare earth "
        "exploration in Greenland.",
        "commitments": [
            _c("NO", "NO", "grant", "300000000", "NOK", minerals=["rare-earths"]),
            _c("DK", "DK", "grant", None, minerals=["rare-earths"]),
        ],
    },
    # --- (3) the wrong party is tempting as actor ---
    {
        "id": "b10-subj-marubeni-sulawesi",
        "text": "Marubeni agreed to buy a third of the nickel matte from a smelter in Sulawesi run by an "
        "Indonesian state firm.",
        "commitments": [_c("Marubeni", "JP", "offtake", None, minerals=["nickel"])],
    },
    {
        "id": "b10-subj-ioneer-lpo",
        "text": "Ioneer secured a $996 million loan from the Loan Programs Office for its Rhyolite Ridge "
        "lithium project in Nevada.",
        "commitments": [
            _c(
                "Loan Programs Office",
                "US",
                "loan",
                "996000000",
                "USD",
                counterparty="Ioneer",
                minerals=["lithium"],
                project="Rhyolite Ridge lithium project",
            )
        ],
    },
    {
        "id": "b10-subj-passive-posco-holdings",
        "text": "A ₩500 billion stake in a Chilean lithium refinery will be bought by POSCO Holdings.",
        "commitments": [_c("POSCO Holdings", "KR", "equity", "500000000000", "KRW", minerals=["lithium"])],
    },
    {
        "id": "b10-subj-santiago-albemarle",
        "text": "At a press conference in Santiago, Chile's mining minister said Albemarle will invest "
        "$1.2 billion in expanding its lithium operations in the Salar de Atacama.",
        "commitments": [_c("Albemarle", "US", "equity", "1200000000", "USD", minerals=["lithium"])],
    },
    {
        "id": "b10-subj-zambia-first-quantum",
        "text": "Zambia's mines ministry said First Quantum Minerals will invest $1.25 billion in "
        "expanding its Kansanshi copper mine.",
        "commitments": [
            _c(
                "First Quantum Minerals",
                "CA",
                "equity",
                "1250000000",
                "CAD",
                currency_inferred=True,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b10-subj-jiangxi-canadian",
        "text": "Jiangxi Copper will buy a 10% stake in a Canadian copper miner.",
        "commitments": [_c("Jiangxi Copper", "CN", "equity", None, minerals=["copper"])],
    },
    {
        "id": "b10-subj-smm-nickel-asia",
        "text": "Sumitomo Metal Mining agreed to buy nickel ore from Nickel Asia's Rio Tuba nickel mine "
        "in the Philippines.",
        "commitments": [
            _c(
                "Sumitomo Metal Mining",
                "JP",
                "offtake",
                None,
                counterparty="Nickel Asia",
                minerals=["nickel"],
                project="Rio Tuba nickel mine",
            )
        ],
    },
    {
        "id": "b10-subj-passive-smbc-halmahera",
        "text": "A $300 million loan for a nickel HPAL plant on Halmahera was provided by SMBC.",
        "commitments": [
            _c("SMBC", "JP", "loan", "300000000", "USD", **_USD_NOT_INFERRED, minerals=["nickel"])
        ],
    },
    {
        "id": "b10-subj-ford-vale-indonesia",
        "text": "Ford agreed to buy nickel from Vale Indonesia's Pomalaa plant.",
        "commitments": [
            _c("Ford", "US", "offtake", None, counterparty="Vale Indonesia", minerals=["nickel"])
        ],
    },
    {
        "id": "b10-subj-american-rare-earths-received",
        "text": "American Rare Earths received a A$30 million investment from Hancock Prospecting for "
        "its Halleck Creek rare earths project in Wyoming.",
        "commitments": [
            _c(
                "Hancock Prospecting",
                "AU",
                "equity",
                "30000000",
                "AUD",
                counterparty="American Rare Earths",
                minerals=["rare-earths"],
                project="Halleck Creek rare earths project",
            )
        ],
    },
    {
        "id": "b10-subj-critical-metals-said-tanbreez",
        "text": "Critical Metals said Greenland's government will take a 7.5% stake in the Tanbreez rare "
        "earths project.",
        "commitments": [
            _c("GL", "GL", "equity", None, minerals=["rare-earths"], project="Tanbreez rare earths project")
        ],
    },
    {
        "id": "b10-subj-lg-chem-from-piedmont-lithium",
        "text": "Speaking in Charlotte, Piedmont Lithium's chief executive said LG Chem will buy "
        "spodumene from the company for five years.",
        "commitments": [
            _c("LG Chem", "KR", "offtake", None, counterparty="Piedmont Lithium", minerals=["lithium"])
        ],
    },
    # --- (4) the instrument from the verb ---
    {
        "id": "b10-verb-powerco-holding",
        "text": "PowerCo will acquire a 20% holding in a lithium hydroxide refinery in Ontario.",
        "commitments": [_c("PowerCo", "DE", "equity", None, minerals=["lithium"])],
    },
    {
        "id": "b10-verb-renault-take-output",
        "text": "Renault signed a seven-year deal to take the output of a lithium refinery in Alsace.",
        "commitments": [_c("Renault", "FR", "offtake", None, minerals=["lithium"], status="binding")],
    },
    {
        "id": "b10-verb-codelco-supply-nissan",
        "text": "Codelco agreed to supply copper cathode to Nissan for its motor plants.",
        "commitments": [_c("Codelco", "CL", "offtake", None, counterparty="Nissan", minerals=["copper"])],
    },
    {
        "id": "b10-verb-tokyo-minimum-price",
        "text": "Tokyo will guarantee domestic refiners a minimum price for gallium and germanium.",
        "commitments": [_c("JP", "JP", "price-floor", None, minerals=["gallium", "germanium"])],
    },
    {
        "id": "b10-verb-canberra-floor-price",
        "text": "Canberra will set a floor price for rare earth oxides produced in Australia.",
        "commitments": [_c("AU", "AU", "price-floor", None, minerals=["rare-earths"])],
    },
    {
        "id": "b10-verb-indonesia-export-licences",
        "text": "Indonesia will require export licences for nickel pig iron from January.",
        "commitments": [_c("ID", "ID", "export-control", None, minerals=["nickel"])],
    },
    {
        "id": "b10-verb-malaysia-ban",
        "text": "Malaysia will ban exports of unprocessed rare earth ore.",
        "commitments": [_c("MY", "MY", "export-control", None, minerals=["rare-earths"])],
    },
    {
        "id": "b10-verb-brussels-levy-duty",
        "text": "Brussels will levy a duty on Chinese graphite anode material from September.",
        "commitments": [_c("EU", "EU", "tariff", None, minerals=["graphite"])],
    },
    {
        "id": "b10-verb-canberra-review",
        "text": "Canberra will review every foreign purchase of a stake in its rare earth and lithium "
        "miners.",
        "commitments": [_c("AU", "AU", "investment-screening", None, minerals=["lithium", "rare-earths"])],
    },
    {
        "id": "b10-verb-delhi-stockpile-reserve",
        "text": "New Delhi will build a strategic reserve of lithium, cobalt and tungsten.",
        "commitments": [_c("IN", "IN", "stockpile", None, minerals=["cobalt", "lithium", "tungsten"])],
    },
    {
        "id": "b10-verb-saudi-mou-with-us",
        "text": "Saudi Arabia signed a memorandum of understanding with the United States on copper and "
        "rare earth processing.",
        "commitments": [_c("SA", "SA", "mou", None, counterparty="US", minerals=["copper", "rare-earths"])],
    },
    {
        "id": "b10-verb-kazakhstan-mou-with-korea",
        "text": "Kazakhstan signed an MoU with South Korea on tungsten and lithium exploration.",
        "commitments": [_c("KZ", "KZ", "mou", None, counterparty="KR", minerals=["lithium", "tungsten"])],
    },
    {
        "id": "b10-verb-quad-india-credit-facility",
        "text": "Under the Quad Critical Minerals Initiative, Exim Bank of India will extend a $100 "
        "million credit facility to graphite processors in Sri Lanka.",
        "commitments": [
            _c(
                "Exim Bank of India",
                "IN",
                "loan",
                "100000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["graphite"],
                initiative="Quad Critical Minerals Initiative",
            )
        ],
    },
    {
        "id": "b10-verb-kia-output",
        "text": "Kia will buy the entire output of a nickel and cobalt precursor line in Sejong.",
        "commitments": [_c("Kia", "KR", "offtake", None, minerals=["cobalt", "nickel"])],
    },
    {
        "id": "b10-verb-eu-crma-grants",
        "text": "Under the Critical Raw Materials Act, the EU will award €300 million in grants to "
        "lithium and graphite refiners.",
        "commitments": [
            _c(
                "EU",
                "EU",
                "grant",
                "300000000",
                "EUR",
                minerals=["graphite", "lithium"],
                initiative="Critical Raw Materials Act",
            )
        ],
    },
    # --- (5) money in every form ---
    {
        "id": "b10-money-rs-crore-hindustan-zinc",
        "text": "Hindustan Zinc will invest Rs 1,200 crore in an antimony and indium recovery unit in "
        "Rajasthan.",
        "commitments": [
            _c("Hindustan Zinc", "IN", "equity", "12000000000", "INR", minerals=["antimony", "indium"])
        ],
    },
    {
        "id": "b10-money-crore-hyphen-nmdc",
        "text": "NMDC approved a ₹3,000-crore investment in a lithium-ion cathode plant in Karnataka.",
        "commitments": [_c("NMDC", "IN", "equity", "30000000000", "INR")],
    },
    {
        "id": "b10-money-lakh-kerala",
        "text": "KMML will spend ₹40 lakh on a pilot to recover rare earths from mineral sands.",
        "commitments": [_c("KMML", "IN", "equity", "4000000", "INR", minerals=["rare-earths"])],
    },
    {
        "id": "b10-money-chf-before-serv",
        "text": "SERV will guarantee CHF 80 million of loans for a tantalum and niobium refinery in Rwanda.",
        "commitments": [_c("SERV", "CH", "guarantee", "80000000", "CHF", minerals=["niobium", "tantalum"])],
    },
    {
        "id": "b10-money-words-euros-imerys",
        "text": "Imerys will invest one billion euros in a lithium mine in the Allier.",
        "commitments": [_c("Imerys", "FR", "equity", "1000000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b10-money-half-billion-dollars-vale",
        "text": "Vale will spend half a billion dollars on a nickel refinery in Minas Gerais.",
        "commitments": [
            _c("Vale", "BR", "equity", "500000000", "USD", **_USD_NOT_INFERRED, minerals=["nickel"])
        ],
    },
    {
        "id": "b10-money-range-eur-northvolt",
        "text": "Northvolt will invest between €400 million and €500 million in a cathode recycling "
        "plant that recovers nickel and cobalt.",
        "commitments": [
            _c(
                "Northvolt",
                "SE",
                "equity",
                "500000000",
                "EUR",
                amount_is_ceiling=True,
                minerals=["cobalt", "nickel"],
            )
        ],
    },
    {
        "id": "b10-money-range-hyphen-pilbara",
        "text": "Pilbara Minerals will spend A$1.0-1.3 billion on a lithium chemicals plant.",
        "commitments": [
            _c(
                "Pilbara Minerals",
                "AU",
                "equity",
                "1300000000",
                "AUD",
                amount_is_ceiling=True,
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b10-money-up-to-temasek",
        "text": "Temasek will invest up to S$400 million in a rare earth recycling venture.",
        "commitments": [
            _c(
                "Temasek",
                "SG",
                "equity",
                "400000000",
                "SGD",
                amount_is_ceiling=True,
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b10-money-bare-dollar-nzgif",
        "text": "NZGIF will lend $25 million to a vanadium recovery plant at Taranaki.",
        "commitments": [
            _c("NZGIF", "NZ", "loan", "25000000", "NZD", currency_inferred=True, minerals=["vanadium"])
        ],
    },
    {
        "id": "b10-money-bare-dollar-cameco",
        "text": "Cameco will spend $300 million on expanding its uranium mill at Key Lake.",
        "commitments": [
            _c("Cameco", "CA", "equity", "300000000", "CAD", currency_inferred=True, minerals=["uranium"])
        ],
    },
    {
        "id": "b10-money-bare-dollar-lges",
        "text": "LG Energy Solution will put $450 million into a lithium refinery in Morocco.",
        "commitments": [
            _c(
                "LG Energy Solution",
                "KR",
                "equity",
                "450000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b10-money-usd-after-ocp",
        "text": "OCP will invest 750 million USD in a lithium refinery in Jorf Lasfar.",
        "commitments": [
            _c("OCP", "MA", "equity", "750000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b10-money-pula-words",
        "text": "Debswana will invest 2 billion pula in a copper and nickel processing plant at Selebi "
        "Phikwe.",
        "commitments": [_c("Debswana", "BW", "equity", "2000000000", "BWP", minerals=["copper", "nickel"])],
    },
    {
        "id": "b10-money-kwacha-code",
        "text": "NAPSA will lend ZMW 1.5 billion to a cobalt refinery in Kitwe.",
        "commitments": [_c("NAPSA", "ZM", "loan", "1500000000", "ZMW", minerals=["cobalt"])],
    },
    {
        "id": "b10-money-tenge-words",
        "text": "Samruk-Kazyna will invest 90 billion tenge in a tungsten mine in East Kazakhstan.",
        "commitments": [_c("Samruk-Kazyna", "KZ", "equity", "90000000000", "KZT", minerals=["tungsten"])],
    },
    {
        "id": "b10-money-yuan-cmoc",
        "text": "CMOC will invest 3.2 billion yuan in a cobalt refinery in Jiangsu.",
        "commitments": [_c("CMOC", "CN", "equity", "3200000000", "CNY", minerals=["cobalt"])],
    },
    {
        "id": "b10-money-gbp-words-bae",
        "text": "BAE Systems will invest seventy-five million pounds in a gallium nitride chip foundry "
        "in Newport.",
        "commitments": [_c("BAE Systems", "GB", "equity", "75000000", "GBP", minerals=["gallium"])],
    },
    {
        "id": "b10-money-conversion-solvay",
        "text": "Solvay will invest €120 million ($135 million) in its rare earth separation plant at "
        "La Rochelle.",
        "commitments": [_c("Solvay", "BE", "equity", "120000000", "EUR", minerals=["rare-earths"])],
    },
    {
        "id": "b10-money-about-twd",
        "text": "Foxconn will invest about NT$6 billion in a rare earth magnet plant in Kaohsiung.",
        "commitments": [_c("Foxconn", "TW", "equity", "6000000000", "TWD", minerals=["rare-earths"])],
    },
    {
        "id": "b10-money-mn-usd-pif",
        "text": "PIF will put US$ 900 mn into a lithium refining venture in Jubail.",
        "commitments": [
            _c("PIF", "SA", "equity", "900000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b10-money-aed-code-ihc",
        "text": "IHC will invest AED 900 million in a copper cathode plant in Abu Dhabi.",
        "commitments": [_c("IHC", "AE", "equity", "900000000", "AED", minerals=["copper"])],
    },
    {
        "id": "b10-money-peso-sign-nickel-asia",
        "text": "Nickel Asia will invest ₱5 billion in a nickel processing plant in Surigao.",
        "commitments": [_c("Nickel Asia", "PH", "equity", "5000000000", "PHP", minerals=["nickel"])],
    },
    {
        "id": "b10-money-soles-words",
        "text": "Petroperú will not invest; instead COFIDE will lend 250 million soles to a copper smelter "
        "in Ilo.",
        "commitments": [_c("COFIDE", "PE", "loan", "250000000", "PEN", minerals=["copper"])],
    },
    # --- status and day words ---
    {
        "id": "b10-status-atradius-subject-to-monday",
        "text": "On Monday Atradius DSB offered €55 million of cover for a graphite mine in Tanzania, "
        "subject to an environmental permit.",
        "commitments": [
            _c(
                "Atradius DSB",
                "NL",
                "guarantee",
                "55000000",
                "EUR",
                minerals=["graphite"],
                status="conditional",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b10-status-mp-disbursed-tuesday",
        "text": "The Department of Energy disbursed $58 million of its grant to MP Materials on Tuesday.",
        "commitments": [
            _c(
                "Department of Energy",
                "US",
                "grant",
                "58000000",
                "USD",
                counterparty="MP Materials",
                status="disbursed",
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b10-status-philippines-proposed",
        "text": "The Philippines yesterday proposed a ban on exports of raw nickel ore.",
        "commitments": [
            _c(
                "PH",
                "PH",
                "export-control",
                None,
                minerals=["nickel"],
                status="proposed",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    # --- no commitment ---
    {
        "id": "b10-none-question-sace",
        "text": "Has SACE's board actually approved the magnet plant cover yet?",
        "commitments": [],
    },
    {
        "id": "b10-none-rumour-pif-vale",
        "text": "Word is PIF may raise its stake in Vale Base Metals; nothing announced.",
        "commitments": [],
    },
    {
        "id": "b10-none-history-kores-2010",
        "text": "Back in 2010 KORES and POSCO bought 15% of CBMM for about $1.95 billion together.",
        "commitments": [],
    },
    {
        "id": "b10-none-negation-codelco",
        "text": "Codelco has ruled out taking a stake in any lithium project outside Chile.",
        "commitments": [],
    },
    {
        "id": "b10-none-price-ndpr",
        "text": "NdPr oxide is back at CNY 540,000 a tonne in Baotou.",
        "commitments": [],
    },
    {
        "id": "b10-none-stat-exports",
        "text": "Indonesia exported $34 billion of nickel products last year.",
        "commitments": [],
    },
    {
        "id": "b10-none-chatter-deck",
        "text": "Can someone send me the deck from the Lobito Corridor call before 3pm?",
        "commitments": [],
    },
    {
        "id": "b10-none-hypothetical-berlin",
        "text": "If Berlin set a price floor for lithium, would Rock Tech finally build Guben?",
        "commitments": [],
    },
    {
        "id": "b10-none-considering-marubeni",
        "text": "Marubeni is considering a stake in an Australian rare earths junior, per Nikkei.",
        "commitments": [],
    },
    {
        "id": "b10-none-opinion-doe",
        "text": "Honestly the DOE loan book for lithium looks overextended to me.",
        "commitments": [],
    },
    {
        "id": "b10-none-forecast-demand",
        "text": "Benchmark expects graphite demand to triple by 2030.",
        "commitments": [],
    },
    {
        "id": "b10-none-declined-bhp",
        "text": "BHP declined to comment on whether it would bid for Anglo American again.",
        "commitments": [],
    },
    {
        "id": "b10-none-history-egc-2021",
        "text": "In 2021 Gécamines and Trafigura set up EGC to buy artisanal cobalt.",
        "commitments": [],
    },
    {
        "id": "b10-none-talks-temasek-khazanah",
        "text": "Temasek and Khazanah are in talks about a joint rare earth fund.",
        "commitments": [],
    },
    {
        "id": "b10-none-chatter-congrats",
        "text": "Congrats to the Lima team on the copper conference panel!",
        "commitments": [],
    },
    {
        "id": "b10-none-question-cameco-currency",
        "text": "Is the Cameco figure in Canadian or US dollars?",
        "commitments": [],
    },
    {
        "id": "b10-none-nothing-announced-indaba",
        "text": "No new financing was announced at Mining Indaba this year.",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b10-art-canberra-nrfc-liontown",
        "kind": "article",
        "headline": "NRFC invests A$100 million in Liontown's Kathleen Valley",
        "text": "Canberra, 5 June 2025\n\n"
        "Media release — Minister for Industry and Science\n\n"
        "The National Reconstruction Fund Corporation (NRFC) will invest A$100 million in Liontown "
        "Resources for the Kathleen Valley lithium project in Western Australia, the Minister for "
        "Industry and Science announced today.\n\n"
        "LG Energy Solution has agreed to buy spodumene concentrate from Kathleen Valley for five more "
        "years, Liontown said.\n\n"
        '"This A$100 million investment keeps Australian lithium in Australian hands," the Minister '
        "said.\n\n"
        "Liontown rejected a takeover offer from Albemarle in 2023, and Kathleen Valley shipped its "
        "first concentrate in 2024. In 2023 the Government also lent A$300 million to Iluka for its "
        "Eneabba refinery.\n\n"
        "Media contact: Minister's office",
        "commitments": [
            _c(
                "NRFC",
                "AU",
                "equity",
                "100000000",
                "AUD",
                counterparty="Liontown Resources",
                minerals=["lithium"],
                project="Kathleen Valley lithium project",
                announced_on=date(2025, 6, 5),
            ),
            _c(
                "LG Energy Solution",
                "KR",
                "offtake",
                None,
                minerals=["lithium"],
                announced_on=date(2025, 6, 5),
            ),
        ],
    },
    {
        "id": "b10-art-ottawa-torngat-sif",
        "kind": "article",
        "headline": "Government of Canada invests in Quebec rare earth separation plant",
        "text": "OTTAWA, ON, June 17, 2025 /CNW/ - The Government of Canada will provide $45 million "
        "through the Strategic Innovation Fund to Torngat Metals for a rare earth separation plant "
        "in Sept-Îles, Quebec, the Minister of Industry announced today.\n\n"
        "Solvay has agreed to buy NdPr oxide from Torngat Metals once the plant is running, the "
        "company said.\n\n"
        '"This $45 million investment will help make Quebec a home for rare earth processing '
        'outside of Asia," said the Minister.\n\n'
        "Quick facts\n"
        "- Torngat Metals was founded in 2011 and drilled the Strange Lake deposit in 2022.\n"
        "- In 2023 the Canada Infrastructure Bank studied a road to the deposit.\n"
        "- Canada's Critical Minerals Strategy was published in December 2022.\n\n"
        "Contacts: Minister's office",
        "commitments": [
            _c(
                "CA",
                "CA",
                "grant",
                "45000000",
                "CAD",
                currency_inferred=True,
                counterparty="Torngat Metals",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "Solvay",
                "BE",
                "offtake",
                None,
                counterparty="Torngat Metals",
                minerals=["ndpr"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b10-art-jakarta-export-licences-antam",
        "kind": "article",
        "headline": "Indonesia to require licences for nickel matte exports; Antam to build sulphate plant",
        "text": "JAKARTA, June 11 (Reuters) - Indonesia will require export licences for nickel matte "
        "and mixed hydroxide precipitate from January, the energy and mineral resources ministry "
        "said on Wednesday.\n\n"
        "State miner Antam will invest $650 million in a nickel sulphate plant in East Halmahera, "
        "the ministry added.\n\n"
        "Indonesia banned exports of nickel ore in 2020, a move that drew Chinese smelters to "
        "Sulawesi and Maluku. The World Trade Organization ruled against the ban in 2022.\n\n"
        '"Licences let us know where every tonne of matte goes," a ministry official told '
        "reporters.\n\n"
        "Indonesia produced more than half of the world's mined nickel last year.",
        "commitments": [
            _c("ID", "ID", "export-control", None, minerals=["nickel"], announced_on=date(2025, 6, 11)),
            _c(
                "Antam",
                "ID",
                "equity",
                "650000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["nickel"],
                announced_on=date(2025, 6, 11),
            ),
        ],
    },
    {
        "id": "b10-art-seoul-motie-subsidies",
        "kind": "article",
        "headline": "Korea to subsidise graphite anode makers; POSCO Future M expands Sejong plant",
        "text": "SEOUL, June 9 (Yonhap) -- The Ministry of Trade, Industry and Energy will pay 200 "
        "billion won in subsidies to companies that make graphite anode material in Korea, the "
        "ministry said Monday.\n\n"
        "POSCO Future M will invest 430 billion won in expanding its spherical graphite plant in "
        "Sejong, the company said in a regulatory filing.\n\n"
        "POSCO bought lithium rights at Argentina's Hombre Muerto salt flat in 2018. In 2023 China "
        "began requiring permits for graphite exports, and Korean cell makers have since looked "
        "for other suppliers.\n\n"
        '"The 200 billion won in subsidies will close part of the cost gap with Chinese anodes," '
        "a ministry official said.\n\n"
        "POSCO Future M shares rose 4% in Seoul.",
        "commitments": [
            _c(
                "Ministry of Trade, Industry and Energy",
                "KR",
                "grant",
                "200000000000",
                "KRW",
                minerals=["graphite"],
                announced_on=date(2025, 6, 9),
            ),
            _c(
                "POSCO Future M",
                "KR",
                "equity",
                "430000000000",
                "KRW",
                minerals=["graphite"],
                announced_on=date(2025, 6, 9),
            ),
        ],
    },
    {
        "id": "b10-art-mumbai-vedanta-sbi",
        "kind": "article",
        "headline": "Vedanta to expand Goa nickel refinery with SBI loan",
        "text": "MUMBAI, June 3 (Reuters) - Vedanta will invest ₹2,500 crore to expand its Nicomet "
        "nickel and cobalt refinery in Goa, the company said on Tuesday.\n\n"
        "State Bank of India (SBI) will lend ₹1,000 crore for the expansion, Vedanta said.\n\n"
        "Ola Electric agreed to buy nickel sulphate from the refinery for its cell plant in Tamil "
        "Nadu.\n\n"
        "\"With ₹2,500 crore we will make Goa India's nickel hub,\" Vedanta's chairman said.\n\n"
        "Vedanta bought Nicomet in 2023. India imports almost all of the nickel it uses, and in "
        "2024 the government cut import duties on cobalt and lithium.",
        "commitments": [
            _c(
                "Vedanta",
                "IN",
                "equity",
                "25000000000",
                "INR",
                minerals=["cobalt", "nickel"],
                announced_on=date(2025, 6, 3),
            ),
            _c("SBI", "IN", "loan", "10000000000", "INR", announced_on=date(2025, 6, 3)),
            _c("Ola Electric", "IN", "offtake", None, minerals=["nickel"], announced_on=date(2025, 6, 3)),
        ],
    },
    {
        "id": "b10-art-frankfurt-magnet-shortage-none",
        "kind": "article",
        "headline": "European carmakers warn of magnet shortages",
        "text": "FRANKFURT, June 12 (Reuters) - European carmakers and parts suppliers warned on "
        "Thursday that shortages of rare earth magnets could halt some assembly lines within weeks.\n\n"
        "Bosch and ZF said they were looking for suppliers outside China but had signed nothing. "
        "Volkswagen declined to comment.\n\n"
        "China has refined most of the world's rare earths for two decades. In 2010 it cut exports "
        "to Japan during a territorial dispute, and in 2023 it banned the export of rare earth "
        "processing technology.\n\n"
        '"Nobody is going to build a magnet plant in Europe in three weeks," said an analyst in '
        'Munich. "Governments could help with a stockpile, but none has offered one."\n\n'
        "Could Germany pay for reserves? The economy ministry said it was studying options.\n\n"
        "Shares in European auto suppliers fell about 2% on the day.",
        "commitments": [],
    },
    {
        "id": "b10-art-santiago-codelco-andina",
        "kind": "article",
        "headline": "Codelco approves $1.5 billion for Andina copper mine; JX Advanced Metals signs "
        "supply deal",
        "text": "SANTIAGO, June 16 (Reuters) - Chile's state copper company Codelco will invest $1.5 "
        "billion in extending the life of the Andina copper mine, its board said on Monday.\n\n"
        "JX Advanced Metals agreed to buy copper concentrate from Codelco for eight years, the "
        "Japanese company said in Tokyo.\n\n"
        '"The $1.5 billion will keep Andina running into the 2050s," Codelco\'s chairman said.\n\n'
        "Codelco's output fell to a quarter-century low in 2023, and in 2024 it agreed to form a "
        "lithium partnership with SQM in the Salar de Atacama.\n\n"
        "Copper traded near $9,600 a tonne in London on Monday.",
        "commitments": [
            _c(
                "Codelco",
                "CL",
                "equity",
                "1500000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
                project="Andina copper mine",
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "JX Advanced Metals",
                "JP",
                "offtake",
                None,
                counterparty="Codelco",
                minerals=["copper"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b10-art-abu-dhabi-uae-kazakhstan",
        "kind": "article",
        "headline": "UAE and Kazakhstan sign critical minerals pact",
        "text": "ABU DHABI, 10 June 2025 (WAM) -- The UAE and Kazakhstan signed a memorandum of "
        "understanding on critical minerals, including tungsten and rare earths, during a state "
        "visit on Tuesday.\n\n"
        "International Resource Holdings (IRH) will invest $400 million in a tungsten mine in "
        "central Kazakhstan, the company said.\n\n"
        '"The $400 million investment is the first of several we plan in Central Asia," IRH\'s '
        "chief executive said.\n\n"
        "IRH was set up in 2022 and bought a majority of Zambia's Mopani copper mine in 2024. "
        "Kazakhstan holds some of the world's largest tungsten deposits. Neither side said how "
        "the memorandum would be funded.",
        "commitments": [
            _c(
                "AE",
                "AE",
                "mou",
                None,
                counterparty="KZ",
                minerals=["rare-earths", "tungsten"],
                announced_on=date(2025, 6, 10),
            ),
            _c(
                "KZ",
                "KZ",
                "mou",
                None,
                counterparty="AE",
                minerals=["rare-earths", "tungsten"],
                announced_on=date(2025, 6, 10),
            ),
            _c(
                "IRH",
                "AE",
                "equity",
                "400000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["tungsten"],
                announced_on=date(2025, 6, 10),
            ),
        ],
    },
    {
        "id": "b10-art-washington-exim-westwater",
        "kind": "article",
        "headline": "EXIM signals up to $150 million for Alabama graphite plant",
        "text": "WASHINGTON, May 29, 2025 (AP) — The Export-Import Bank of the United States (EXIM) "
        "issued a letter of interest for up to $150 million to Westwater Resources for its Kellyton "
        "graphite plant in Alabama, the company said Thursday.\n\n"
        "Westwater Resources also agreed to supply graphite anode material to SK On for five "
        "years.\n\n"
        '"Up to $150 million from EXIM would let us build the second phase," Westwater\'s chief '
        "executive said.\n\n"
        "In 2022 the White House invoked the Defense Production Act for battery minerals, and in "
        "2023 EXIM approved a supply chain resiliency initiative. Kellyton is due to start "
        "production next year. Graphite prices fell by about a fifth in 2024.",
        "commitments": [
            _c(
                "EXIM",
                "US",
                "letter-of-interest",
                "150000000",
                "USD",
                amount_is_ceiling=True,
                counterparty="Westwater Resources",
                minerals=["graphite"],
                project="Kellyton graphite plant",
                announced_on=date(2025, 5, 29),
            ),
            _c(
                "Westwater Resources",
                "US",
                "offtake",
                None,
                counterparty="SK On",
                minerals=["graphite"],
                announced_on=date(2025, 5, 29),
            ),
        ],
    },
    {
        "id": "b10-art-berlin-ufk-rock-tech",
        "kind": "article",
        "headline": "Germany backs Guben lithium converter with loan guarantee",
        "text": "BERLIN, 2 June 2025 (dpa) - The German government will guarantee €300 million of "
        "loans for Rock Tech Lithium's Guben lithium converter in Brandenburg, the economy ministry "
        "said on Monday.\n\n"
        "BMW will buy lithium hydroxide from Guben for ten years, Rock Tech said.\n\n"
        "The guarantee is conditional on Rock Tech raising the rest of its equity.\n\n"
        '"A €300 million guarantee shows Berlin wants lithium refined in Germany," a ministry '
        "spokeswoman said.\n\n"
        "Rock Tech chose Guben in 2021 and received its building permit in 2024. Germany set up a "
        "raw materials fund in 2024.",
        "commitments": [
            _c(
                "DE",
                "DE",
                "guarantee",
                "300000000",
                "EUR",
                minerals=["lithium"],
                project="Guben lithium converter",
                status="conditional",
                announced_on=date(2025, 6, 2),
            ),
            _c("BMW", "DE", "offtake", None, minerals=["lithium"], announced_on=date(2025, 6, 2)),
        ],
    },
    {
        "id": "b10-art-manila-headline-actor-smm",
        "kind": "article",
        "headline": "Sumitomo Metal Mining to take stake in Philippine nickel plant",
        "text": "MANILA, June 12 — The Japanese refiner will take a 25% stake in a high-pressure acid "
        "leach nickel plant planned in Surigao del Norte for $220 million, the Philippine board of "
        "investments said on Thursday.\n\n"
        "The plant will produce mixed hydroxide precipitate containing nickel and cobalt from 2028.\n\n"
        "Sumitomo Metal Mining has run the Coral Bay and Taganito plants in the Philippines since "
        "2005 and 2013.\n\n"
        '"The stake secures feed for our Niihama refinery," a company spokesman said.\n\n'
        "Most Philippine nickel ore is shipped to China. The board did not say when construction "
        "would begin.",
        "commitments": [
            _c(
                "Sumitomo Metal Mining",
                "JP",
                "equity",
                "220000000",
                "USD",
                **_USD_NOT_INFERRED,
                announced_on=date(2025, 6, 12),
            ),
        ],
    },
    {
        "id": "b10-art-accra-miif-undated",
        "kind": "article",
        "headline": "Ghana fund lends to lithium developer",
        "text": "ACCRA (Bloomberg) - Ghana's Minerals Income Investment Fund (MIIF) will lend $15 "
        "million to Atlantic Lithium for the Ewoyaa lithium project, the fund said.\n\n"
        "The loan is subject to parliament's approval of the mining lease.\n\n"
        '"This $15 million loan makes Ewoyaa a Ghanaian project as well as an Australian one," '
        "MIIF's chief executive said.\n\n"
        "MIIF agreed to invest in Ewoyaa in 2023. Ghana first granted the lease in 2023 but "
        "parliament has not ratified it.",
        "commitments": [
            _c(
                "MIIF",
                "GH",
                "loan",
                "15000000",
                "USD",
                **_USD_NOT_INFERRED,
                counterparty="Atlantic Lithium",
                minerals=["lithium"],
                project="Ewoyaa lithium project",
                status="conditional",
            ),
        ],
    },
    {
        "id": "b10-art-singapore-long-southeast-asia",
        "kind": "article",
        "headline": "Southeast Asia's rare earth push: Temasek invests, Vietnam curbs ore exports",
        "text": "SINGAPORE, June 16 (Reuters) - Temasek will invest S$250 million in a rare earth "
        "separation joint venture in Malaysia's Kuantan, the Singapore state investor said on "
        "Monday, as Southeast Asian governments try to capture more of the value of the region's "
        "minerals.\n\n"
        "Vietnam will also ban exports of unprocessed rare earth ore from next year, its industry "
        "ministry said in Hanoi on the same day.\n\n"
        "And Nickel Asia agreed to supply nickel ore to a Japanese trading house for three years, "
        "the Philippine miner said in a stock exchange filing, without naming the buyer.\n\n"
        '"S$250 million is a large cheque for a processing venture, but the market is there," a '
        'Temasek managing director told reporters. "Customers in Japan and Korea want rare earths '
        'that did not pass through China."\n\n'
        "The joint venture will process concentrate from mines in Malaysia and Laos and sell "
        "separated oxides to magnet makers, Temasek said. It did not name its partners.\n\n"
        "Vietnam holds the world's second-largest rare earth reserves by some estimates, but "
        "produces very little. In 2023 police arrested several executives of rare earth companies "
        "in a smuggling investigation, which stalled plans for new mines.\n\n"
        '"We want the separation plants here, not just the holes in the ground," a Vietnamese '
        "official said.\n\n"
        "BACKGROUND\n\n"
        "Indonesia banned nickel ore exports in 2020 and has since drawn more than $30 billion of "
        "smelter investment. Malaysia said in 2023 that it would stop exports of raw rare earths, "
        "and Lynas has run a separation plant at Kuantan since 2012. In 2024 Japan and the "
        "Philippines agreed to cooperate on nickel.\n\n"
        'Analysts say ore bans work only when processing is cheaper at home. "Indonesia had '
        'China\'s money," said a mining analyst in Singapore. "Vietnam does not, yet."\n\n'
        "Japan's JX Advanced Metals is said to be considering a stake in a Vietnamese rare earth "
        "project, according to two people familiar with the matter. JX declined to comment.\n\n"
        "Could Thailand follow? Its government has said nothing about rare earths, though it is "
        "courting electric vehicle makers with tax breaks.\n\n"
        "Rare earth prices have fallen by more than half since 2022. Neodymium-praseodymium oxide "
        "traded at about CNY 540,000 a tonne in China on Monday.\n\n"
        "Temasek already holds stakes in several battery and electric vehicle companies. It has "
        "not said how long it plans to hold the Kuantan investment.",
        "commitments": [
            _c(
                "Temasek",
                "SG",
                "equity",
                "250000000",
                "SGD",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 16),
            ),
            _c("VN", "VN", "export-control", None, minerals=["rare-earths"], announced_on=date(2025, 6, 16)),
            _c("Nickel Asia", "PH", "offtake", None, minerals=["nickel"], announced_on=date(2025, 6, 16)),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-10"

# Filled in by the lead after the one scoring run (2026-11-30, 20:48 UTC: 119 of 133 exact); the
# cases stay as written. Round 7 closed all 14 misses by general rules (each with a main-corpus
# case in other words), so none is left.
BLIND10_MISSES: dict[str, str] = {}
