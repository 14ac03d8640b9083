"""Blind batch 12 ("set": "blind-12"): written on 2026-11-30 (22:03-22:15 UTC) from the sentences
alone, before the reader was run on them, by someone who had not read the reader's code, its
organisations table, its rules, the main corpus's cases or any batch's misses list, with one
exception said plainly: reading tests/store/extraction_blind11.py whole for its format also showed
its BLIND11_MISSES (two entries, on minerals taken from a later quote and on "magnet recycling").
No case here was written to test them, and no sentence hinges on them (every loan or stake names its
own minerals; "rare earth" is spelled out wherever rare earths are meant). Never used to tune the
reader. The format and the rules come from tests/store/extraction_blind11.py; no sentence of earlier
batches is copied or paraphrased, and 71 of the 86 organisations acting here (over eight in ten) are
names no earlier batch used (checked against the list of names batches 1-11 used as actors or
counterparties). The instrument codes were checked against the digest's list of instrument titles
(bot/blockkit/digest.py), the only file outside the tests read for this batch.

Same case format and the same rules as batch 11, read against the same TODAY (Friday 20 June 2025:
"yesterday" is Thursday 19 June, "on Wednesday" is 18 June, "on Tuesday" is 17 June, "on Monday" is
16 June); an article's dateline is its date and dates its commitments, a dateline without a year is
read in 2025 and an article without a dateline has no expected announcement date.

The rules, restated from batch 11: the grammatical subject is the actor (the lender or investor when
the subject "received" or "secured" from it, the agent of a passive); an organisation keeps its name
(the short form when the text gives one in brackets, a company without its legal suffix); a
government, country, capital or leader is its ISO code; the verb decides the instrument when no
instrument word is given (invest, stake, holding, spend on, put into -> equity; award, grant,
provide funding -> grant; lend, credit facility, financing -> loan; agree to buy or take output,
supply, sell output -> offtake, the buyer's or the named supplier's, with the other party as
counterparty); several actors give one draft each, in the order named ("each" repeats the amount,
"jointly"/"together" leave it on the first only); a range, "up to" or "as much as" keeps its
ceiling, flagged; a bare "$" (or "dollars") is the actor's own dollar (flagged as inferred) when the
actor is Canadian, Australian, New Zealand, Singaporean, Hong Kong or Taiwanese, and USD otherwise
(flagged as not inferred where the actor's own currency is not a dollar; "US$" and "USD" are never
inferred); "rare-earths" only when rare earths are named generically and no single element is named;
minerals in alphabetical order; a field a careful analyst could fill two ways is left out.
Memoranda as in batch 11: "A signed an MoU with B" gives ONE draft, A's, with B as counterparty;
"A and B signed" gives one draft each, each with the other as counterparty; no status on an MoU.
Batch 11's decisions also hold: a company acts for the country where it is based, whatever its name
says; "spend ... on" a plant or drilling is equity; "provide funding" is a grant even from a state
company; a supplier named as subject ("A will supply B") is A's offtake with B as counterparty; a
state, province or city agency acts for its country; in an article a sentence that points back
("the same plant") takes its minerals from the sentence it points to; a state bank's loan to the
same plant as another body's stake is a separate commitment.

Decided for this batch:
- "Provide financing" and "provide a credit facility" are loans (the loan word wins over
  "provide"); only "provide funding" (or "provide ... of funding") is a grant.
- "Guarantee" a loan is the instrument "guarantee", its amount the sum guaranteed; "guarantee a
  minimum price" or "set a price floor" is "price-floor" (the price word wins over "guarantee"),
  with no amount: a price per kilogram is not a sum committed, so no case states one.
- "Issued a letter of interest" is "letter-of-interest"; an export duty or levy and an import tariff
  are both "tariff"; an export ban or an export licence requirement is "export-control"; a "joint
  reserve" or a "national stockpile" is "stockpile"; tighter reviews of foreign takeovers are
  "investment-screening"; fast-tracking permits is "other" (nothing else fits).
- "This morning" in a message is TODAY (20 June 2025). An article that opens with only a news
  agency ("(STT) -") has no dateline, so no announcement date.
- A range written with a hyphen ("A$150-200 million") or with "to" ("₩300 billion to ₩400
  billion") keeps the higher end, flagged as a ceiling.
- "Baht" and "yen" written as words, and "₦", "₱", "RM", "Rp", "₩" as prefixes, are read as their
  ISO codes; no case here uses a symbol shared by two currencies except "$". "Crore Indian rupees"
  in words follows batch 11's "Indian rupees" rule.
- "Tin" is never named (batch 11 read it out of a mineral list); "spodumene" appears only in
  sentences with no commitment, so no case depends on reading an ore name as its element.
- When the money goes to a third company's project or plant ("for Mitsubishi Corporation's copper
  project in Peru", "in IGO's nickel sulphate project") or the output is bought "from the plant",
  the counterparty could be the project or its owner, so it is left out; "to SKC for its plant"
  and "in Canada Nickel for the project" name the counterparty.
- A sentence that reports a company's plan through a ministry ("Peru's energy ministry said Hudbay
  Minerals will ...") has the company as actor, as in batch 11.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.store.blind_cases import expected_draft as _c

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Crawford nickel project",
    "Constancia copper mine",
    "Reko Diq copper project",
    "Cinovec lithium project",
    "Motheo copper mine",
    "Olympic Dam",
]
KNOWN_INITIATIVES_EXTRA: list[str] = [
    "Minerals Security Partnership",
]

_USD_NOT_INFERRED = {"currency_inferred": False}


_MESSAGES: list[dict[str, Any]] = [
    # --- (1) organisations whose country the text does not give ---
    {
        "id": "b12-org-ntpc-rajasthan-lithium",
        "text": "NTPC will invest ₹1,100 crore in a lithium exploration venture in Rajasthan.",
        "commitments": [_c("NTPC", "IN", "equity", "11000000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b12-org-bank-of-baroda-jharkhand",
        "text": "Bank of Baroda will lend Rs 3,200 crore to a copper smelter expansion in Jharkhand.",
        "commitments": [_c("Bank of Baroda", "IN", "loan", "32000000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b12-org-moil-balaghat",
        "text": "MOIL will spend ₹640 crore on a high-purity manganese sulphate plant at Balaghat.",
        "commitments": [_c("MOIL", "IN", "equity", "6400000000", "INR", minerals=["manganese"])],
    },
    {
        "id": "b12-org-nedo-gallium-grants",
        "text": "NEDO will award ¥2.5 billion in grants to develop a process for recycling gallium "
        "from scrapped power chips.",
        "commitments": [_c("NEDO", "JP", "grant", "2500000000", "JPY", minerals=["gallium"])],
    },
    {
        "id": "b12-org-kdb-bracket-gunsan",
        "text": "The Korea Development Bank (KDB) will lend ₩350 billion to a nickel precursor plant in "
        "Gunsan.",
        "commitments": [_c("KDB", "KR", "loan", "350000000000", "KRW", minerals=["nickel"])],
    },
    {
        "id": "b12-org-qia-nevada-lithium",
        "text": "Qatar Investment Authority will invest $250 million in a lithium refinery in Nevada.",
        "commitments": [
            _c(
                "Qatar Investment Authority",
                "QA",
                "equity",
                "250000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b12-org-adq-kazakh-smelter",
        "text": "ADQ will put $400 million into a copper smelter joint venture in Kazakhstan.",
        "commitments": [
            _c("ADQ", "AE", "equity", "400000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"])
        ],
    },
    {
        "id": "b12-org-arm-nchwaning",
        "text": "African Rainbow Minerals will invest ZAR 2.4 billion in a manganese sinter plant at "
        "Nchwaning.",
        "commitments": [
            _c("African Rainbow Minerals", "ZA", "equity", "2400000000", "ZAR", minerals=["manganese"])
        ],
    },
    {
        "id": "b12-org-banpu-rayong",
        "text": "Banpu will invest 3 billion baht in a graphite anode plant in Rayong.",
        "commitments": [_c("Banpu", "TH", "equity", "3000000000", "THB", minerals=["graphite"])],
    },
    {
        "id": "b12-org-vdb-lao-cai",
        "text": "Vietnam Development Bank will lend VND 2 trillion to a rare earth separation plant in "
        "Lao Cai.",
        "commitments": [
            _c("Vietnam Development Bank", "VN", "loan", "2000000000000", "VND", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b12-org-dbp-surigao",
        "text": "The Development Bank of the Philippines will lend ₱5 billion to a nickel processing "
        "plant in Surigao.",
        "commitments": [
            _c(
                "Development Bank of the Philippines",
                "PH",
                "loan",
                "5000000000",
                "PHP",
                minerals=["nickel"],
            )
        ],
    },
    {
        "id": "b12-org-sqm-carmen",
        "text": "SQM will spend $290 million expanding lithium hydroxide capacity at Salar del Carmen.",
        "commitments": [
            _c("SQM", "CL", "equity", "290000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b12-org-litiomx-sonora",
        "text": "LitioMx will invest MXN 2 billion in a lithium clay pilot plant in Sonora.",
        "commitments": [_c("LitioMx", "MX", "equity", "2000000000", "MXN", minerals=["lithium"])],
    },
    {
        "id": "b12-org-ylb-uyuni",
        "text": "YLB will invest $450 million in a direct lithium extraction plant at Uyuni.",
        "commitments": [
            _c("YLB", "BO", "equity", "450000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b12-org-kuvimba-sandawana",
        "text": "Kuvimba Mining House will spend US$120 million on a lithium concentrator at Sandawana.",
        "commitments": [
            _c(
                "Kuvimba Mining House",
                "ZW",
                "equity",
                "120000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b12-org-dsit-midlands-magnets",
        "text": "DSIT will award £12 million in grants to rare earth magnet makers in the Midlands.",
        "commitments": [_c("DSIT", "GB", "grant", "12000000", "GBP", minerals=["rare-earths"])],
    },
    {
        "id": "b12-org-ised-quebec-anode",
        "text": "ISED will provide C$25 million in funding to a graphite anode pilot line in Quebec.",
        "commitments": [_c("ISED", "CA", "grant", "25000000", "CAD", minerals=["graphite"])],
    },
    {
        "id": "b12-org-enova-graphite",
        "text": "Enova will grant NOK 180 million to a battery-grade graphite plant in Northern Norway.",
        "commitments": [_c("Enova", "NO", "grant", "180000000", "NOK", minerals=["graphite"])],
    },
    {
        "id": "b12-org-vinnova-tailings",
        "text": "Vinnova will award SEK 40 million to research on recovering cobalt from mine tailings.",
        "commitments": [_c("Vinnova", "SE", "grant", "40000000", "SEK", minerals=["cobalt"])],
    },
    {
        "id": "b12-org-freeport-arizona",
        "text": "Freeport-McMoRan will spend $600 million on a copper leaching expansion in Arizona.",
        "commitments": [_c("Freeport-McMoRan", "US", "equity", "600000000", "USD", minerals=["copper"])],
    },
    {
        "id": "b12-org-kia-argentine-lithium",
        "text": "Kia agreed to buy lithium hydroxide from an Argentine producer for six years.",
        "commitments": [_c("Kia", "KR", "offtake", None, minerals=["lithium"])],
    },
    {
        "id": "b12-org-nippon-denko-toyama",
        "text": "Nippon Denko will invest ¥8 billion in a high-purity manganese plant in Toyama.",
        "commitments": [_c("Nippon Denko", "JP", "equity", "8000000000", "JPY", minerals=["manganese"])],
    },
    {
        "id": "b12-org-voestalpine-linz",
        "text": "Voestalpine will spend €95 million on a vanadium recovery unit at its Linz steelworks.",
        "commitments": [_c("Voestalpine", "AT", "equity", "95000000", "EUR", minerals=["vanadium"])],
    },
    {
        "id": "b12-org-cez-cinovec",
        "text": "CEZ will invest CZK 2 billion in the Cinovec lithium project.",
        "commitments": [
            _c(
                "CEZ",
                "CZ",
                "equity",
                "2000000000",
                "CZK",
                minerals=["lithium"],
                project="Cinovec lithium project",
            )
        ],
    },
    # --- (2) several actors ---
    {
        "id": "b12-multi-kia-mahindra-each-sqm",
        "text": "Kia and Mahindra & Mahindra each agreed to buy lithium hydroxide from SQM.",
        "commitments": [
            _c("Kia", "KR", "offtake", None, counterparty="SQM", minerals=["lithium"]),
            _c("Mahindra & Mahindra", "IN", "offtake", None, counterparty="SQM", minerals=["lithium"]),
        ],
    },
    {
        "id": "b12-multi-kfw-bpifrance-each",
        "text": "KfW and Bpifrance will each lend €100 million to a lithium refinery in Alsace.",
        "commitments": [
            _c("KfW", "DE", "loan", "100000000", "EUR", minerals=["lithium"]),
            _c("Bpifrance", "FR", "loan", "100000000", "EUR", minerals=["lithium"]),
        ],
    },
    {
        "id": "b12-multi-sandfire-igo-jointly",
        "text": "Sandfire Resources and IGO will jointly invest A$220 million in a copper and nickel "
        "concentrator in Western Australia.",
        "commitments": [
            _c("Sandfire Resources", "AU", "equity", "220000000", "AUD", minerals=["copper", "nickel"]),
            _c("IGO", "AU", "equity", None, minerals=["copper", "nickel"]),
        ],
    },
    {
        "id": "b12-multi-sbi-baroda-together",
        "text": "State Bank of India and Bank of Baroda will together lend ₹4,000 crore to a copper "
        "cathode plant in Gujarat.",
        "commitments": [
            _c("State Bank of India", "IN", "loan", "40000000000", "INR", minerals=["copper"]),
            _c("Bank of Baroda", "IN", "loan", None, minerals=["copper"]),
        ],
    },
    {
        "id": "b12-multi-nordic-three-each",
        "text": "Sweden, Finland and Denmark will each contribute €20 million in grants to a Nordic "
        "programme for recycling cobalt and nickel from batteries.",
        "commitments": [
            _c("SE", "SE", "grant", "20000000", "EUR", minerals=["cobalt", "nickel"]),
            _c("FI", "FI", "grant", "20000000", "EUR", minerals=["cobalt", "nickel"]),
            _c("DK", "DK", "grant", "20000000", "EUR", minerals=["cobalt", "nickel"]),
        ],
    },
    {
        "id": "b12-multi-seoul-canberra-reserve",
        "text": "Seoul and Canberra agreed to build a joint reserve of gallium and germanium.",
        "commitments": [
            _c("KR", "KR", "stockpile", None, minerals=["gallium", "germanium"]),
            _c("AU", "AU", "stockpile", None, minerals=["gallium", "germanium"]),
        ],
    },
    {
        "id": "b12-multi-id-au-mou",
        "text": "Indonesia and Australia signed an MoU on nickel and cobalt processing.",
        "commitments": [
            _c("ID", "ID", "mou", None, counterparty="AU", minerals=["cobalt", "nickel"]),
            _c("AU", "AU", "mou", None, counterparty="ID", minerals=["cobalt", "nickel"]),
        ],
    },
    {
        "id": "b12-multi-ecopetrol-mou-one-draft",
        "text": "Ecopetrol signed a memorandum of understanding with Codelco to look for copper in "
        "southern Colombia.",
        "commitments": [_c("Ecopetrol", "CO", "mou", None, counterparty="Codelco", minerals=["copper"])],
    },
    {
        "id": "b12-multi-three-japanese-banks-each",
        "text": "MUFG, SMBC and Mizuho will each lend $150 million to a lithium brine project in Argentina.",
        "commitments": [
            _c("MUFG", "JP", "loan", "150000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"]),
            _c("SMBC", "JP", "loan", "150000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"]),
            _c("Mizuho", "JP", "loan", "150000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"]),
        ],
    },
    {
        "id": "b12-multi-suzuki-tt-jointly",
        "text": "Suzuki Motor and Toyota Tsusho will jointly invest ¥30 billion in a battery recycling "
        "plant in Gujarat that recovers cobalt and lithium.",
        "commitments": [
            _c("Suzuki Motor", "JP", "equity", "30000000000", "JPY", minerals=["cobalt", "lithium"]),
            _c("Toyota Tsusho", "JP", "equity", None, minerals=["cobalt", "lithium"]),
        ],
    },
    {
        "id": "b12-multi-gic-temasek-each",
        "text": "GIC and Temasek will each invest S$100 million in a rare earth separation start-up.",
        "commitments": [
            _c("GIC", "SG", "equity", "100000000", "SGD", minerals=["rare-earths"]),
            _c("Temasek", "SG", "equity", "100000000", "SGD", minerals=["rare-earths"]),
        ],
    },
    # --- (3) the subject is the actor, whatever place or party comes later ---
    {
        "id": "b12-subj-hanwha-idaho-antimony",
        "text": "Hanwha Solutions will take a 15% stake in an antimony mine in Idaho.",
        "commitments": [_c("Hanwha Solutions", "KR", "equity", None, minerals=["antimony"])],
    },
    {
        "id": "b12-subj-psp-finland-nickel",
        "text": "PSP Investments will invest C$300 million in a nickel mine in Finland.",
        "commitments": [_c("PSP Investments", "CA", "equity", "300000000", "CAD", minerals=["nickel"])],
    },
    {
        "id": "b12-subj-omers-chile-brine",
        "text": "OMERS will buy a 25% stake in a lithium brine project in Chile.",
        "commitments": [_c("OMERS", "CA", "equity", None, minerals=["lithium"])],
    },
    {
        "id": "b12-subj-nippon-steel-moanda",
        "text": "Nippon Steel will invest ¥45 billion in a manganese mine in Gabon's Moanda region.",
        "commitments": [_c("Nippon Steel", "JP", "equity", "45000000000", "JPY", minerals=["manganese"])],
    },
    {
        "id": "b12-subj-future-fund-texas",
        "text": "The Future Fund will take a A$150 million stake in a rare earth refinery in Texas.",
        "commitments": [_c("Future Fund", "AU", "equity", "150000000", "AUD", minerals=["rare-earths"])],
    },
    {
        "id": "b12-subj-sayona-secured-edc",
        "text": "Sayona Mining secured a $75 million loan from Export Development Canada for its "
        "lithium operations in Quebec.",
        "commitments": [
            _c(
                "Export Development Canada",
                "CA",
                "loan",
                "75000000",
                "CAD",
                currency_inferred=True,
                counterparty="Sayona Mining",
                minerals=["lithium"],
            )
        ],
    },
    {
        "id": "b12-subj-passive-kdb-lotte",
        "text": "A ₩500 billion loan to Lotte Energy Materials for its copper foil plant will be "
        "provided by the Korea Development Bank.",
        "commitments": [
            _c(
                "Korea Development Bank",
                "KR",
                "loan",
                "500000000000",
                "KRW",
                counterparty="Lotte Energy Materials",
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b12-subj-argentina-said-eramet",
        "text": "Argentina's mining secretariat said Eramet will invest $400 million in a second "
        "lithium plant in Salta.",
        "commitments": [
            _c("Eramet", "FR", "equity", "400000000", "USD", **_USD_NOT_INFERRED, minerals=["lithium"])
        ],
    },
    {
        "id": "b12-subj-peru-said-hudbay",
        "text": "Peru's energy and mines ministry said Hudbay Minerals will spend US$250 million at "
        "its Constancia copper mine.",
        "commitments": [
            _c(
                "Hudbay Minerals",
                "CA",
                "equity",
                "250000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
                project="Constancia copper mine",
            )
        ],
    },
    {
        "id": "b12-subj-jbic-mitsubishi-peru",
        "text": "For Mitsubishi Corporation's copper project in Peru, JBIC will lend $500 million.",
        "commitments": [
            _c("JBIC", "JP", "loan", "500000000", "USD", **_USD_NOT_INFERRED, minerals=["copper"])
        ],
    },
    {
        "id": "b12-subj-adani-kutch",
        "text": "Adani Enterprises will invest ₹2,000 crore in a copper rod mill next to its smelter "
        "in Kutch.",
        "commitments": [_c("Adani Enterprises", "IN", "equity", "20000000000", "INR", minerals=["copper"])],
    },
    {
        "id": "b12-subj-bii-mozambique",
        "text": "British International Investment will lend $60 million to a graphite mine in Mozambique.",
        "commitments": [
            _c(
                "British International Investment",
                "GB",
                "loan",
                "60000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["graphite"],
            )
        ],
    },
    {
        "id": "b12-subj-dfc-serra-verde",
        "text": "DFC will lend $150 million to Serra Verde for its rare earth mine in Goiás.",
        "commitments": [
            _c(
                "DFC",
                "US",
                "loan",
                "150000000",
                "USD",
                counterparty="Serra Verde",
                minerals=["rare-earths"],
            )
        ],
    },
    {
        "id": "b12-subj-sandfire-botswana",
        "text": "Sandfire Resources will spend US$180 million on its Motheo copper mine in Botswana.",
        "commitments": [
            _c(
                "Sandfire Resources",
                "AU",
                "equity",
                "180000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
                project="Motheo copper mine",
            )
        ],
    },
    # --- (4) the instrument from the verb ---
    {
        "id": "b12-verb-samsung-ct-take-lake",
        "text": "Samsung C&T agreed to take all the lithium carbonate Lake Resources produces in Catamarca.",
        "commitments": [
            _c("Samsung C&T", "KR", "offtake", None, counterparty="Lake Resources", minerals=["lithium"])
        ],
    },
    {
        "id": "b12-verb-sherritt-supply-panasonic",
        "text": "Sherritt International will supply cobalt to Panasonic Energy for three years.",
        "commitments": [
            _c(
                "Sherritt International",
                "CA",
                "offtake",
                None,
                counterparty="Panasonic Energy",
                minerals=["cobalt"],
            )
        ],
    },
    {
        "id": "b12-verb-ademe-award-lorraine",
        "text": "ADEME will award €15 million to a lithium battery recycling pilot in Lorraine.",
        "commitments": [_c("ADEME", "FR", "grant", "15000000", "EUR", minerals=["lithium"])],
    },
    {
        "id": "b12-verb-tdb-provide-funding",
        "text": "The Technology Development Board will provide ₹50 crore of funding to a gallium "
        "recovery start-up in Hyderabad.",
        "commitments": [
            _c("Technology Development Board", "IN", "grant", "500000000", "INR", minerals=["gallium"])
        ],
    },
    {
        "id": "b12-verb-fab-credit-facility",
        "text": "First Abu Dhabi Bank will provide a $250 million credit facility to Ivanhoe Mines for "
        "its copper smelter.",
        "commitments": [
            _c(
                "First Abu Dhabi Bank",
                "AE",
                "loan",
                "250000000",
                "USD",
                **_USD_NOT_INFERRED,
                counterparty="Ivanhoe Mines",
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b12-verb-banco-do-brasil-financing",
        "text": "Banco do Brasil will provide R$ 600 million of financing to a graphite mine in Minas "
        "Gerais.",
        "commitments": [_c("Banco do Brasil", "BR", "loan", "600000000", "BRL", minerals=["graphite"])],
    },
    {
        "id": "b12-verb-ekn-guarantee",
        "text": "EKN will guarantee a SEK 2 billion loan to a nickel sulphate plant in Skellefteå.",
        "commitments": [_c("EKN", "SE", "guarantee", "2000000000", "SEK", minerals=["nickel"])],
    },
    {
        "id": "b12-verb-exim-letter-of-interest",
        "text": "EXIM issued a letter of interest for up to $900 million to a graphite anode plant in "
        "Louisiana.",
        "commitments": [
            _c(
                "EXIM",
                "US",
                "letter-of-interest",
                "900000000",
                "USD",
                amount_is_ceiling=True,
                minerals=["graphite"],
            )
        ],
    },
    {
        "id": "b12-verb-canberra-price-floor",
        "text": "Canberra will set a price floor for NdPr oxide produced in Australia.",
        "commitments": [_c("AU", "AU", "price-floor", None, minerals=["ndpr"])],
    },
    {
        "id": "b12-verb-washington-minimum-price",
        "text": "Washington will guarantee a minimum price for NdPr from a magnet plant in Texas.",
        "commitments": [_c("US", "US", "price-floor", None, minerals=["ndpr"])],
    },
    {
        "id": "b12-verb-new-delhi-stockpile",
        "text": "New Delhi will build a national stockpile of lithium, cobalt and graphite.",
        "commitments": [_c("IN", "IN", "stockpile", None, minerals=["cobalt", "graphite", "lithium"])],
    },
    {
        "id": "b12-verb-ottawa-reviews",
        "text": "Ottawa will tighten its reviews of foreign takeovers of lithium and rare earth miners.",
        "commitments": [_c("CA", "CA", "investment-screening", None, minerals=["lithium", "rare-earths"])],
    },
    {
        "id": "b12-verb-jakarta-export-duty",
        "text": "Jakarta will impose a 7.5% export duty on nickel pig iron.",
        "commitments": [_c("ID", "ID", "tariff", None, minerals=["nickel"])],
    },
    {
        "id": "b12-verb-washington-import-tariff",
        "text": "Washington will put a 25% tariff on imported graphite anodes.",
        "commitments": [_c("US", "US", "tariff", None, minerals=["graphite"])],
    },
    {
        "id": "b12-verb-zimbabwe-ban",
        "text": "Zimbabwe will ban exports of lithium concentrate from January 2027.",
        "commitments": [_c("ZW", "ZW", "export-control", None, minerals=["lithium"])],
    },
    {
        "id": "b12-verb-vietnam-licences",
        "text": "Vietnam will require export licences for rare earth oxides.",
        "commitments": [_c("VN", "VN", "export-control", None, minerals=["rare-earths"])],
    },
    {
        "id": "b12-verb-peru-permits-other",
        "text": "Peru will fast-track environmental permits for new copper mines.",
        "commitments": [_c("PE", "PE", "other", None, minerals=["copper"])],
    },
    {
        "id": "b12-verb-hitachi-buy-output",
        "text": "Hitachi agreed to buy the entire dysprosium output of a separation plant in Estonia.",
        "commitments": [_c("Hitachi", "JP", "offtake", None, minerals=["dysprosium"])],
    },
    {
        "id": "b12-verb-nickel-industries-sell",
        "text": "Nickel Industries will sell nickel matte to Samsung SDI for five years.",
        "commitments": [
            _c("Nickel Industries", "AU", "offtake", None, counterparty="Samsung SDI", minerals=["nickel"])
        ],
    },
    # --- (5) money in every form ---
    {
        "id": "b12-money-eur-after-fortum",
        "text": "Fortum will invest 60 million EUR in a battery recycling plant in Harjavalta that "
        "recovers lithium and nickel.",
        "commitments": [_c("Fortum", "FI", "equity", "60000000", "EUR", minerals=["lithium", "nickel"])],
    },
    {
        "id": "b12-money-pln-before-bgk",
        "text": "BGK will lend PLN 450 million to a copper wire plant in Legnica.",
        "commitments": [_c("BGK", "PL", "loan", "450000000", "PLN", minerals=["copper"])],
    },
    {
        "id": "b12-money-dkk-ifd",
        "text": "Innovation Fund Denmark will grant DKK 30 million to research on recycling rare earth "
        "magnets.",
        "commitments": [
            _c("Innovation Fund Denmark", "DK", "grant", "30000000", "DKK", minerals=["rare-earths"])
        ],
    },
    {
        "id": "b12-money-words-yen-hitachi",
        "text": "Hitachi will invest five billion yen in a line that recovers neodymium from scrapped "
        "motors.",
        "commitments": [_c("Hitachi", "JP", "equity", "5000000000", "JPY", minerals=["neodymium"])],
    },
    {
        "id": "b12-money-half-billion-pif",
        "text": "The Public Investment Fund will invest half a billion dollars in a copper refinery in "
        "Yanbu.",
        "commitments": [
            _c(
                "Public Investment Fund",
                "SA",
                "equity",
                "500000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b12-money-lakh-nlc",
        "text": "NLC India will spend ₹90 lakh on a lithium brine survey in Rajasthan.",
        "commitments": [_c("NLC India", "IN", "equity", "9000000", "INR", minerals=["lithium"])],
    },
    {
        "id": "b12-money-rs-crore-himadri",
        "text": "Himadri Speciality Chemical will invest Rs 4,800 crore in a graphite anode material "
        "plant in Odisha.",
        "commitments": [
            _c("Himadri Speciality Chemical", "IN", "equity", "48000000000", "INR", minerals=["graphite"])
        ],
    },
    {
        "id": "b12-money-range-to-lotte",
        "text": "Lotte Energy Materials will spend ₩300 billion to ₩400 billion on a copper foil plant "
        "in Iksan.",
        "commitments": [
            _c(
                "Lotte Energy Materials",
                "KR",
                "equity",
                "400000000000",
                "KRW",
                amount_is_ceiling=True,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b12-money-range-hyphen-evolution",
        "text": "Evolution Mining will spend A$150-200 million on a copper expansion at Ernest Henry.",
        "commitments": [
            _c(
                "Evolution Mining",
                "AU",
                "equity",
                "200000000",
                "AUD",
                amount_is_ceiling=True,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b12-money-up-to-adq-africa",
        "text": "ADQ will invest up to $2 billion in critical minerals projects across Africa.",
        "commitments": [
            _c(
                "ADQ",
                "AE",
                "equity",
                "2000000000",
                "USD",
                **_USD_NOT_INFERRED,
                amount_is_ceiling=True,
            )
        ],
    },
    {
        "id": "b12-money-as-much-as-dbm",
        "text": "The Development Bank of Mongolia will lend as much as MNT 500 billion to a copper "
        "smelter project.",
        "commitments": [
            _c(
                "Development Bank of Mongolia",
                "MN",
                "loan",
                "500000000000",
                "MNT",
                amount_is_ceiling=True,
                minerals=["copper"],
            )
        ],
    },
    {
        "id": "b12-money-bare-dollar-sherritt",
        "text": "Sherritt International will spend $45 million on its nickel and cobalt refinery at "
        "Fort Saskatchewan.",
        "commitments": [
            _c(
                "Sherritt International",
                "CA",
                "equity",
                "45000000",
                "CAD",
                currency_inferred=True,
                minerals=["cobalt", "nickel"],
            )
        ],
    },
    {
        "id": "b12-money-bare-dollar-igo",
        "text": "IGO will spend $80 million on a nickel sulphate pilot plant in Western Australia.",
        "commitments": [
            _c("IGO", "AU", "equity", "80000000", "AUD", currency_inferred=True, minerals=["nickel"])
        ],
    },
    {
        "id": "b12-money-bare-dollar-gic-indonesia",
        "text": "GIC will invest $200 million in a nickel refinery in Indonesia.",
        "commitments": [
            _c("GIC", "SG", "equity", "200000000", "SGD", currency_inferred=True, minerals=["nickel"])
        ],
    },
    {
        "id": "b12-money-bare-dollar-delta-taiwan",
        "text": "Delta Electronics will invest $3 billion in a gallium nitride power chip line in Taoyuan.",
        "commitments": [
            _c(
                "Delta Electronics",
                "TW",
                "equity",
                "3000000000",
                "TWD",
                currency_inferred=True,
                minerals=["gallium"],
            )
        ],
    },
    {
        "id": "b12-money-usd-after-barrick",
        "text": "Barrick will invest 2 billion USD in its Reko Diq copper project in Pakistan.",
        "commitments": [
            _c(
                "Barrick",
                "CA",
                "equity",
                "2000000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
                project="Reko Diq copper project",
            )
        ],
    },
    {
        "id": "b12-money-eur-m-safran",
        "text": "Safran will invest €80m in a samarium cobalt magnet line near Lyon.",
        "commitments": [_c("Safran", "FR", "equity", "80000000", "EUR", minerals=["cobalt", "samarium"])],
    },
    {
        "id": "b12-money-sar-sfd",
        "text": "The Saudi Fund for Development will lend SAR 750 million to a copper mine in Morocco.",
        "commitments": [
            _c("Saudi Fund for Development", "SA", "loan", "750000000", "SAR", minerals=["copper"])
        ],
    },
    {
        "id": "b12-money-naira-dangote",
        "text": "Dangote Industries will invest ₦150 billion in a lithium processing plant in Nasarawa.",
        "commitments": [
            _c("Dangote Industries", "NG", "equity", "150000000000", "NGN", minerals=["lithium"])
        ],
    },
    {
        "id": "b12-money-rp-bri",
        "text": "Bank Rakyat Indonesia will lend Rp 4.5 trillion to a nickel sulphate plant in Halmahera.",
        "commitments": [
            _c("Bank Rakyat Indonesia", "ID", "loan", "4500000000000", "IDR", minerals=["nickel"])
        ],
    },
    {
        "id": "b12-money-ringgit-petronas",
        "text": "Petronas will invest RM 1.2 billion in a rare earth processing venture in Kuantan.",
        "commitments": [_c("Petronas", "MY", "equity", "1200000000", "MYR", minerals=["rare-earths"])],
    },
    {
        "id": "b12-money-words-thousand-crore-sail",
        "text": "SAIL will invest one thousand crore Indian rupees in a vanadium recovery unit at Bhilai.",
        "commitments": [_c("SAIL", "IN", "equity", "10000000000", "INR", minerals=["vanadium"])],
    },
    # --- status and day words ---
    {
        "id": "b12-status-hitachi-binding-yesterday",
        "text": "Yesterday Hitachi signed a binding agreement to buy terbium from Lynas for seven years.",
        "commitments": [
            _c(
                "Hitachi",
                "JP",
                "offtake",
                None,
                counterparty="Lynas",
                minerals=["terbium"],
                status="binding",
                announced_on=date(2025, 6, 19),
            )
        ],
    },
    {
        "id": "b12-status-hanoi-proposed-tuesday",
        "text": "Hanoi proposed on Tuesday a 20% tax on exports of rare earth concentrate.",
        "commitments": [
            _c(
                "VN",
                "VN",
                "tariff",
                None,
                minerals=["rare-earths"],
                status="proposed",
                announced_on=date(2025, 6, 17),
            )
        ],
    },
    {
        "id": "b12-status-psp-subject-to-monday",
        "text": "PSP Investments on Monday agreed to buy 19.9% of Sayona Mining, subject to "
        "shareholder approval.",
        "commitments": [
            _c(
                "PSP Investments",
                "CA",
                "equity",
                None,
                counterparty="Sayona Mining",
                status="conditional",
                announced_on=date(2025, 6, 16),
            )
        ],
    },
    {
        "id": "b12-status-bhp-this-morning",
        "text": "BHP said this morning it will invest A$840 million in a copper smelter upgrade at "
        "Olympic Dam.",
        "commitments": [
            _c(
                "BHP",
                "AU",
                "equity",
                "840000000",
                "AUD",
                minerals=["copper"],
                project="Olympic Dam",
                announced_on=date(2025, 6, 20),
            )
        ],
    },
    {
        "id": "b12-status-ottawa-draft-wednesday",
        "text": "Ottawa published a draft rule on Wednesday to screen foreign takeovers of graphite miners.",
        "commitments": [
            _c(
                "CA",
                "CA",
                "investment-screening",
                None,
                minerals=["graphite"],
                status="proposed",
                announced_on=date(2025, 6, 18),
            )
        ],
    },
    # --- no commitment ---
    {
        "id": "b12-none-chatter-kdb-slides",
        "text": "Anyone have the slides from the KDB nickel briefing?",
        "commitments": [],
    },
    {
        "id": "b12-none-talks-ntpc-chile",
        "text": "NTPC is said to be in talks to buy a stake in a lithium mine in Chile.",
        "commitments": [],
    },
    {
        "id": "b12-none-considering-psp",
        "text": "PSP Investments is considering a bid for a portfolio of copper royalties.",
        "commitments": [],
    },
    {
        "id": "b12-none-history-freeport-2021",
        "text": "In 2021 Freeport-McMoRan committed about $3 billion to its smelter in East Java.",
        "commitments": [],
    },
    {
        "id": "b12-none-price-spodumene",
        "text": "Spodumene prices bounced 6% on Thursday after two weak months.",
        "commitments": [],
    },
    {
        "id": "b12-none-price-carbonate-yuan",
        "text": "Lithium carbonate is trading at about 61,000 yuan a tonne in Jiangxi this week.",
        "commitments": [],
    },
    {
        "id": "b12-none-chatter-enova-summary",
        "text": "Great call earlier, can someone summarise the Enova funding round for the channel?",
        "commitments": [],
    },
    {
        "id": "b12-none-question-ottawa-credit",
        "text": "Will Ottawa extend the critical minerals tax credit beyond 2029?",
        "commitments": [],
    },
    {
        "id": "b12-none-denial-kia-cobalt",
        "text": "Kia denied a report that it had agreed to buy cobalt from Congo.",
        "commitments": [],
    },
    {
        "id": "b12-none-rumour-adq-zambia",
        "text": "Rumour doing the rounds: ADQ may take a stake in a Zambian copper miner.",
        "commitments": [],
    },
    {
        "id": "b12-none-undecided-baroda",
        "text": "Bank of Baroda said it had not yet decided whether to lend to the Jharkhand smelter.",
        "commitments": [],
    },
    {
        "id": "b12-none-reminder-dsit",
        "text": "Reminder: the DSIT consultation on magnet supply chains closes on Monday.",
        "commitments": [],
    },
    {
        "id": "b12-none-stat-chile-output",
        "text": "Chile mined about 5.5 million tonnes of copper in 2024.",
        "commitments": [],
    },
    {
        "id": "b12-none-past-expired-samsung-ct",
        "text": "Samsung C&T's lithium supply deal with Lake Resources lapsed in 2023.",
        "commitments": [],
    },
    {
        "id": "b12-none-question-jakarta-ban",
        "text": "Could Jakarta really lift its ban on nickel ore exports?",
        "commitments": [],
    },
]

_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b12-art-mumbai-sbi-himadri",
        "kind": "article",
        "headline": "SBI to lend Rs 2,200 crore for Himadri's anode plant",
        "text": "MUMBAI, 16 June 2025 (PTI) — State Bank of India will lend Rs 2,200 crore to Himadri "
        "Speciality Chemical for its graphite anode material plant in Odisha, the lender said on "
        "Monday.\n\n"
        "Mahindra & Mahindra has agreed to buy anode material from the plant for its electric "
        "vehicles, Himadri said in a stock exchange filing.\n\n"
        '"This Rs 2,200 crore loan is the largest we have made to a battery materials maker," an '
        "SBI executive said.\n\n"
        "Himadri has sold coal tar pitch to graphite electrode makers for decades. India imported "
        "almost all of its battery anode material in 2024, most of it from China.",
        "commitments": [
            _c(
                "State Bank of India",
                "IN",
                "loan",
                "22000000000",
                "INR",
                counterparty="Himadri Speciality Chemical",
                minerals=["graphite"],
                announced_on=date(2025, 6, 16),
            ),
            _c(
                "Mahindra & Mahindra",
                "IN",
                "offtake",
                None,
                minerals=["graphite"],
                announced_on=date(2025, 6, 16),
            ),
        ],
    },
    {
        "id": "b12-art-seoul-kdb-kexim-skc",
        "kind": "article",
        "headline": "State lenders back SKC's copper foil plant in Malaysia",
        "text": "SEOUL, June 18 (Yonhap) -- The Korea Development Bank (KDB) and the Export-Import "
        "Bank of Korea (KEXIM) will together lend US$500 million to SKC for its copper foil plant "
        "in Kota Kinabalu, Malaysia, the two banks said on Wednesday.\n\n"
        "Samsung SDI agreed to buy copper foil from the plant for four years, SKC said.\n\n"
        '"The US$500 million lets SKC double its foil output outside Korea," a KDB official '
        "said.\n\n"
        "SKC bought the foil maker now called SK Nexilis in 2020. Korean foil makers lost market "
        "share to Chinese rivals in 2023 and 2024.",
        "commitments": [
            _c(
                "KDB",
                "KR",
                "loan",
                "500000000",
                "USD",
                **_USD_NOT_INFERRED,
                counterparty="SKC",
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "KEXIM",
                "KR",
                "loan",
                None,
                counterparty="SKC",
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
            ),
            _c(
                "Samsung SDI",
                "KR",
                "offtake",
                None,
                minerals=["copper"],
                announced_on=date(2025, 6, 18),
            ),
        ],
    },
    {
        "id": "b12-art-riyadh-sa-ma-mou-sfd",
        "kind": "article",
        "headline": "Saudi Arabia and Morocco sign copper pact",
        "text": "RIYADH, 10 June 2025 (SPA) - Saudi Arabia and Morocco signed a memorandum of "
        "understanding on copper and cobalt exploration on Tuesday.\n\n"
        "The Saudi Fund for Development will lend SAR 600 million to a copper mine in Morocco's "
        "Anti-Atlas mountains, the fund said in a statement.\n\n"
        '"The memorandum opens Moroccan copper to Saudi capital," the Saudi minister of industry '
        "said after the signing.\n\n"
        "Ma'aden and the Public Investment Fund set up Manara Minerals in 2023 to buy stakes in "
        "mines abroad. Morocco has mined cobalt at Bou Azzer since the 1930s.",
        "commitments": [
            _c(
                "SA",
                "SA",
                "mou",
                None,
                counterparty="MA",
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 10),
            ),
            _c(
                "MA",
                "MA",
                "mou",
                None,
                counterparty="SA",
                minerals=["cobalt", "copper"],
                announced_on=date(2025, 6, 10),
            ),
            _c(
                "Saudi Fund for Development",
                "SA",
                "loan",
                "600000000",
                "SAR",
                minerals=["copper"],
                announced_on=date(2025, 6, 10),
            ),
        ],
    },
    {
        "id": "b12-art-toronto-psp-omers-crawford",
        "kind": "article",
        "headline": "Pension funds back Canada Nickel's Crawford project",
        "text": "TORONTO, June 12, 2025 (Canadian Press) — PSP Investments and OMERS will each invest "
        "C$150 million in Canada Nickel for the Crawford nickel project near Timmins, Ontario, the "
        "two pension funds said on Thursday.\n\n"
        "Canada Nickel said the money would go towards the mill and early site works.\n\n"
        '"Our C$150 million is a long-term bet on Canadian nickel," PSP\'s head of natural '
        "resources said. OMERS said its C$150 million would be held for at least a decade.\n\n"
        "Canada Nickel discovered Crawford in 2017 and published a feasibility study in 2023. "
        "Ottawa listed nickel as a critical mineral in 2021.\n\n"
        "Nickel prices have fallen by about a third since early 2023 as Indonesian output grew.",
        "commitments": [
            _c(
                "PSP Investments",
                "CA",
                "equity",
                "150000000",
                "CAD",
                counterparty="Canada Nickel",
                minerals=["nickel"],
                project="Crawford nickel project",
                announced_on=date(2025, 6, 12),
            ),
            _c(
                "OMERS",
                "CA",
                "equity",
                "150000000",
                "CAD",
                counterparty="Canada Nickel",
                minerals=["nickel"],
                project="Crawford nickel project",
                announced_on=date(2025, 6, 12),
            ),
        ],
    },
    {
        "id": "b12-art-tokyo-hitachi-nedo",
        "kind": "article",
        "headline": "Hitachi to build dysprosium recycling plant with state support",
        "text": "TOKYO, June 19 (Kyodo) -- Hitachi will invest ¥12 billion in a plant in Ibaraki "
        "prefecture that recovers dysprosium from scrapped motors, the company said on "
        "Thursday.\n\n"
        "NEDO will award ¥3 billion in grants to the same plant, the state technology agency "
        "said.\n\n"
        '"With ¥12 billion we can recover enough dysprosium for a year of our motors," a Hitachi '
        "executive told reporters.\n\n"
        "Japan began cutting its use of Chinese rare earths after China halted exports to it in "
        "2010. Hitachi sold its magnet business, Hitachi Metals, in 2023; it now trades as "
        "Proterial.",
        "commitments": [
            _c(
                "Hitachi",
                "JP",
                "equity",
                "12000000000",
                "JPY",
                minerals=["dysprosium"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "NEDO",
                "JP",
                "grant",
                "3000000000",
                "JPY",
                minerals=["dysprosium"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b12-art-jakarta-duty-pertamina",
        "kind": "article",
        "headline": "Indonesia to tax nickel matte exports",
        "text": "JAKARTA, 17 June 2025 (Antara) - Indonesia will impose a 5% export duty on nickel "
        "matte from January, the energy and mineral resources ministry said on Tuesday, to push "
        "smelters to make battery chemicals at home.\n\n"
        "Pertamina will take a 30% stake in a nickel sulphate plant in Halmahera, the state energy "
        "company said separately.\n\n"
        "Vale Indonesia is in talks with two Korean companies about a similar plant, according to "
        "people familiar with the matter.\n\n"
        '"A duty on matte tells investors where the value should be added," a ministry official '
        "said.\n\n"
        "Indonesia banned exports of nickel ore in 2020 and has since become the largest nickel "
        "producer in the world.",
        "commitments": [
            _c(
                "ID",
                "ID",
                "tariff",
                None,
                minerals=["nickel"],
                announced_on=date(2025, 6, 17),
            ),
            _c(
                "Pertamina",
                "ID",
                "equity",
                None,
                minerals=["nickel"],
                announced_on=date(2025, 6, 17),
            ),
        ],
    },
    {
        "id": "b12-art-santiago-hyundai-kia-sqm",
        "kind": "article",
        "headline": "Korean carmakers sign lithium deals with SQM; Chile tightens rules",
        "text": "SANTIAGO, June 13, 2025 (Reuters) - Hyundai Motor and Kia each agreed to buy lithium "
        "hydroxide from SQM for six years, the Chilean producer said on Friday.\n\n"
        "Chile will also require government approval for any foreign purchase of more than 10% "
        "of a lithium producer, the economy ministry said.\n\n"
        '"Six years of lithium from Chile is a big part of our battery plan," a Hyundai Motor '
        "spokesman said.\n\n"
        "Chile published a national lithium strategy in 2023, and Codelco and SQM agreed in 2024 "
        "to run the Atacama salt flat together from 2031. Lithium prices fell sharply in 2023.",
        "commitments": [
            _c(
                "Hyundai Motor",
                "KR",
                "offtake",
                None,
                counterparty="SQM",
                minerals=["lithium"],
                announced_on=date(2025, 6, 13),
            ),
            _c(
                "Kia",
                "KR",
                "offtake",
                None,
                counterparty="SQM",
                minerals=["lithium"],
                announced_on=date(2025, 6, 13),
            ),
            _c(
                "CL",
                "CL",
                "investment-screening",
                None,
                minerals=["lithium"],
                announced_on=date(2025, 6, 13),
            ),
        ],
    },
    {
        "id": "b12-art-london-bii-dsit",
        "kind": "article",
        "headline": "UK backs Tanzanian graphite and British magnet makers",
        "text": "LONDON, 11 June 2025 (Reuters) - British International Investment (BII) will lend "
        "$75 million to a graphite mine in southern Tanzania, the UK's development finance "
        "institution said on Wednesday.\n\n"
        "DSIT will also award £8 million in grants to two rare earth magnet makers in Birmingham "
        "and Sheffield, the science department said.\n\n"
        '"$75 million of patient capital can get a mine built," BII\'s chief executive '
        "said.\n\n"
        "Britain published its first critical minerals strategy in 2022 and refreshed it in "
        "2023, and it joined the Minerals Security Partnership when it was founded in 2022. BII was "
        "called CDC Group until 2021.\n\n"
        "Graphite prices have stayed low since China restricted exports of some grades in late "
        "2023.",
        "commitments": [
            _c(
                "BII",
                "GB",
                "loan",
                "75000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["graphite"],
                announced_on=date(2025, 6, 11),
            ),
            _c(
                "DSIT",
                "GB",
                "grant",
                "8000000",
                "GBP",
                minerals=["rare-earths"],
                announced_on=date(2025, 6, 11),
            ),
        ],
    },
    {
        "id": "b12-art-belo-horizonte-no-commitment",
        "kind": "article",
        "headline": "Brazil's 'lithium valley' still waits for a refinery",
        "text": "BELO HORIZONTE, June 14, 2025 (Reuters) - Two years after Minas Gerais began "
        "marketing the Jequitinhonha valley as Brazil's 'lithium valley', no lithium refinery has "
        "been built there.\n\n"
        "In 2023 the state government launched the campaign at an event in New York. Several "
        "miners have since shipped spodumene concentrate to China.\n\n"
        "Banco do Brasil is considering whether to finance a chemical plant in the region, a "
        "person familiar with the matter said. A Japanese trading house is also said to be in "
        "talks with a local miner.\n\n"
        '"Everyone is studying; nobody has signed," said a consultant in Belo Horizonte.\n\n'
        "Lithium prices have dropped by about four-fifths from their 2022 peak.",
        "commitments": [],
    },
    {
        "id": "b12-art-lusaka-adq-fab-long",
        "kind": "article",
        "headline": "Abu Dhabi's ADQ bets on Zambian copper smelting",
        "text": "LUSAKA, 19 June 2025 (Reuters) - ADQ will invest $600 million in a copper smelter "
        "on Zambia's Copperbelt, the Abu Dhabi holding company said on Thursday, the largest Gulf "
        "investment yet in the country's mining industry.\n\n"
        "First Abu Dhabi Bank will lend $300 million to the same smelter, the bank said.\n\n"
        "Zambia will ban exports of unprocessed copper concentrate from 2027, the mines minister "
        "told parliament on the same day.\n\n"
        '"Our $600 million is about keeping the value of Zambian copper in Zambia," ADQ\'s chief '
        'executive said at a signing ceremony in Lusaka. "We intend to be there for decades."\n\n'
        "The smelter would process concentrate from mines in Chingola and Solwezi. ADQ did not "
        "say who would run it.\n\n"
        "Zambia's copper output fell for most of the past decade after state intervention and "
        "power shortages. In 2024 a drought cut hydropower and forced mines to import "
        "electricity.\n\n"
        "International Resource Holdings, another Abu Dhabi company, bought a majority of Mopani "
        "Copper Mines in 2024. Saudi Arabia's Manara Minerals is said to be weighing a stake in "
        "Zambian copper assets.\n\n"
        "Would the ban hurt miners that have no smelter? The Chamber of Mines asked for a longer "
        "transition.\n\n"
        '"A ban with no smelting capacity is just a ban," a Lusaka-based analyst said.\n\n'
        "Zambia aims to produce 3 million tonnes of copper a year by 2031, against about 800,000 "
        "tonnes now.",
        "commitments": [
            _c(
                "ADQ",
                "AE",
                "equity",
                "600000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "First Abu Dhabi Bank",
                "AE",
                "loan",
                "300000000",
                "USD",
                **_USD_NOT_INFERRED,
                minerals=["copper"],
                announced_on=date(2025, 6, 19),
            ),
            _c(
                "ZM",
                "ZM",
                "export-control",
                None,
                minerals=["copper"],
                announced_on=date(2025, 6, 19),
            ),
        ],
    },
    {
        "id": "b12-art-undated-nordic-fortum-stockpile",
        "kind": "article",
        "headline": "Fortum expands battery recycling as Nordics plan joint stockpile",
        "text": "(STT) - Fortum will invest €120 million in a second battery recycling plant in "
        "Finland that recovers cobalt, lithium and nickel, the company said.\n\n"
        "Finland and Sweden agreed to jointly build a stockpile of cobalt and lithium, the two "
        "governments said in a joint statement.\n\n"
        '"The €120 million plant doubles what we can recover from old batteries," a Fortum '
        "executive said.\n\n"
        "Fortum opened its first hydrometallurgical recycling plant at Harjavalta in 2023. "
        "Sweden dismantled most of its Cold War emergency stocks in the 2000s.",
        "commitments": [
            _c(
                "Fortum",
                "FI",
                "equity",
                "120000000",
                "EUR",
                minerals=["cobalt", "lithium", "nickel"],
            ),
            _c("FI", "FI", "stockpile", None, minerals=["cobalt", "lithium"]),
            _c("SE", "SE", "stockpile", None, minerals=["cobalt", "lithium"]),
        ],
    },
    {
        "id": "b12-art-mexico-city-banobras-litiomx",
        "kind": "article",
        "headline": "Banobras to lend to state lithium company",
        "text": "MEXICO CITY, June 5 (Reuters) - Banobras will lend MXN 3 billion to LitioMx for a "
        "lithium clay processing plant in Sonora, the state development bank said on "
        "Thursday.\n\n"
        "LitioMx said it would also spend MXN 800 million on drilling at its concessions in "
        "Bacadéhuachi.\n\n"
        '"The MXN 3 billion loan is the first step to Mexican lithium," LitioMx\'s director '
        "said.\n\n"
        "Mexico nationalised its lithium deposits in 2022 and created LitioMx the same year. In "
        "2023 the government cancelled several concessions held by a Chinese miner.",
        "commitments": [
            _c(
                "Banobras",
                "MX",
                "loan",
                "3000000000",
                "MXN",
                counterparty="LitioMx",
                minerals=["lithium"],
                announced_on=date(2025, 6, 5),
            ),
            _c(
                "LitioMx",
                "MX",
                "equity",
                "800000000",
                "MXN",
                announced_on=date(2025, 6, 5),
            ),
        ],
    },
    {
        "id": "b12-art-perth-future-fund-igo",
        "kind": "article",
        "headline": "Future Fund takes stake in IGO's nickel spin-off",
        "text": "PERTH, June 6, 2025 (AAP) — The Future Fund will invest A$200 million in IGO's "
        "nickel sulphate project in Western Australia, Australia's sovereign wealth fund said on "
        "Friday.\n\n"
        "Export Finance Australia will provide a A$90 million credit facility to the same "
        "project, the export credit agency said.\n\n"
        '"The A$200 million gives us a long position in Australian refining," the fund\'s chief '
        "investment officer said.\n\n"
        "IGO bought Western Areas in 2022 and wrote down its nickel assets in 2024. Canberra "
        "added nickel to its critical minerals list in 2024.",
        "commitments": [
            _c(
                "Future Fund",
                "AU",
                "equity",
                "200000000",
                "AUD",
                minerals=["nickel"],
                announced_on=date(2025, 6, 6),
            ),
            _c(
                "Export Finance Australia",
                "AU",
                "loan",
                "90000000",
                "AUD",
                minerals=["nickel"],
                announced_on=date(2025, 6, 6),
            ),
        ],
    },
]

CASES: list[dict[str, Any]] = _MESSAGES + _ARTICLES
for _case in CASES:
    _case["set"] = "blind-12"

# Filled in by the lead after the one scoring run (2026-11-30, 22:10 UTC: 91 of 123 exact); the
# cases stay as written. Round 9 tuned on the batch since and reads all 123 as written, so no
# strict xfail is left.
BLIND12_MISSES: dict[str, str] = {}
