"""Second edition, written alongside the parser: whole articles and press releases (kind "article").

Same case format as tests/store/extraction_corpus.py, plus "headline". "text" starts with the
dateline and its paragraphs are separated by blank lines; announced_on is the dateline's date.
The expectations were written before the article reader ever ran on them. Names the cases
refer to that the main corpus does not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA.
"""

from __future__ import annotations

from datetime import date
from typing import Any

KNOWN_PROJECTS_EXTRA: list[str] = [
    "Nolans rare earths project",
    "Kwinana lithium hydroxide refinery",
    "Chilalo graphite mine",
    "Nova Bollinger nickel project",
]
KNOWN_INITIATIVES_EXTRA: list[str] = []

CASES: list[dict[str, Any]] = [
    {
        "id": "art-jbic-lynas-wire",
        "kind": "article",
        "headline": "Japan's JBIC to lend $300 million to Lynas for Kalgoorlie expansion",
        "text": "TOKYO, March 3, 2025 (Reuters) - The Japan Bank for International Cooperation said on "
        "Monday it would lend $300 million to Lynas Rare Earths to expand the Kalgoorlie rare earths "
        "processing facility in Western Australia.\n\n"
        "The loan is part of Tokyo's push to secure heavy rare earths outside China, which refines "
        "most of the world's supply.\n\n"
        '"This financing secures a stable supply of rare earths for Japanese manufacturers," a JBIC '
        "spokesperson told reporters.\n\n"
        "In 2023, JBIC and JOGMEC provided a further $200 million to Lynas for its Malaysian plant.\n\n"
        "Lynas shares rose 4% in Sydney trading. The company said construction would finish in 2026.",
        "commitments": [
            {
                "actor": "JBIC",
                "actor_country": "JP",
                "instrument": "loan",
                "amount": "300000000",
                "currency": "USD",
                "project": "Kalgoorlie rare earths processing facility",
                "announced_on": date(2025, 3, 3),
            }
        ],
    },
    {
        "id": "art-edc-cnw-nmg",
        "kind": "article",
        "headline": "Export Development Canada provides C$75 million loan facility to Nouveau Monde Graphite",
        "text": "OTTAWA, ON, Feb. 12, 2025 /CNW/ - Export Development Canada (EDC) today announced a "
        "C$75 million loan facility to Nouveau Monde Graphite Inc. to support construction of the "
        "Matawinie Mine in Quebec.\n\n"
        "The facility will fund mine development and early works ahead of a final investment decision.\n\n"
        '"EDC\'s C$75 million facility is a vote of confidence in Canadian graphite," said Eric '
        "Desaulniers, President and CEO of Nouveau Monde Graphite.\n\n"
        "Last year, the Canada Infrastructure Bank committed C$90 million to the company's "
        "Becancour plant.\n\n"
        "About Export Development Canada\n\n"
        "EDC is Canada's export credit agency. Its mission is to help Canadian companies grow.",
        "commitments": [
            {
                "actor": "EDC",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "75000000",
                "currency": "CAD",
                "project": "Matawinie Mine",
                "announced_on": date(2025, 2, 12),
            }
        ],
    },
    {
        "id": "art-uk-grants-ukef",
        "kind": "article",
        "headline": "UK backs domestic lithium with new grants and export finance",
        "text": "3 March 2025 — The UK government has awarded £20 million in grants to three lithium "
        "refining projects in Cornwall and the North East.\n\n"
        "UK Export Finance will also provide a £150 million guarantee for Cornish Lithium's "
        "processing plant.\n\n"
        "Business Secretary said the funding would create 400 jobs.\n\n"
        "The Critical Minerals Strategy, published in 2023, set a target for domestic production.\n\n"
        "Industry groups welcomed the announcement but said more support would be needed.",
        "commitments": [
            {
                "actor": "GB",
                "instrument": "grant",
                "amount": "20000000",
                "currency": "GBP",
                "minerals": ["lithium"],
                "announced_on": date(2025, 3, 3),
            },
            {
                "actor": "UKEF",
                "actor_country": "GB",
                "instrument": "guarantee",
                "amount": "150000000",
                "currency": "GBP",
                "announced_on": date(2025, 3, 3),
            },
        ],
    },
    {
        "id": "art-doe-thacker-published",
        "kind": "article",
        "headline": "Energy Department closes $2.26 billion loan for Nevada lithium mine",
        "text": "WASHINGTON — The Department of Energy on Thursday closed a $2.26 billion loan to Lithium "
        "Americas for the Thacker Pass lithium project in Nevada.\n\n"
        "Published: October 17, 2024\n\n"
        "The loan will fund processing facilities that turn ore into battery-grade lithium carbonate.\n\n"
        "The agency first offered the loan conditionally in March 2023, and the company has since "
        "secured an equity investment from General Motors.\n\n"
        "Critics said the project threatens sacred land. The mine is expected to start production in 2027.",
        "commitments": [
            {
                "actor": "DOE",
                "actor_country": "US",
                "instrument": "loan",
                "amount": "2260000000",
                "currency": "USD",
                "project": "Thacker Pass lithium project",
                "announced_on": date(2024, 10, 17),
            }
        ],
    },
    {
        "id": "art-analysis-no-new-deal",
        "kind": "article",
        "headline": "Critical minerals deals look better on paper than in the ground",
        "text": "LONDON, April 9, 2025 (Reuters Breakingviews) - Western governments have spent two years "
        "promising to break China's grip on critical minerals.\n\n"
        "Washington lent $400 million to a graphite miner in 2024, and Ottawa set aside C$1.5 billion "
        "for critical minerals infrastructure in 2023.\n\n"
        "Yet prices for lithium and nickel have collapsed, and several projects have stalled.\n\n"
        "Beijing imposed export controls on gallium and germanium in 2023, showing how quickly supply "
        "can be squeezed.\n\n"
        "Investors remain wary. Without price floors, the pipeline of new mines may stay thin.",
        "commitments": [],
    },
    {
        "id": "art-au-india-mou-background",
        "kind": "article",
        "headline": "Australia and India deepen critical minerals ties",
        "text": "CANBERRA, May 5, 2025 (AAP) - Australia signed a memorandum of understanding with India "
        "on critical minerals supply chains on Monday, the resources minister said.\n\n"
        "The agreement covers lithium and cobalt exploration and joint research.\n\n"
        "Canberra committed A$5.9 million to joint projects with India in 2022.\n\n"
        "Last year's A$7.5 million partnership fund has already backed four projects.\n\n"
        "India is seeking secure supplies for its growing battery industry.",
        "commitments": [
            {"actor": "AU", "instrument": "mou", "announced_on": date(2025, 5, 5)},
        ],
    },
    {
        "id": "art-kfw-quote-dedupe",
        "kind": "article",
        "headline": "KfW lends EUR 150 million for German lithium refinery",
        "text": "FRANKFURT, 28 January 2025 - KfW is providing a EUR 150 million loan to Vulcan Energy "
        "for its lithium hydroxide refinery in Frankfurt-Hoechst.\n\n"
        "The refinery will produce enough lithium for 500,000 electric cars a year.\n\n"
        '"The EUR 150 million loan is one of our largest commitments to raw materials," a KfW board '
        "member said.\n\n"
        "Vulcan said it expects first production in 2027.\n\n"
        "The company is also in talks with other lenders.",
        "commitments": [
            {
                "actor": "KfW",
                "actor_country": "DE",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "EUR",
                "minerals": ["lithium"],
                "announced_on": date(2025, 1, 28),
            }
        ],
    },
    {
        "id": "art-dfc-techmet-prnewswire",
        "kind": "article",
        "headline": "DFC invests $50 million in TechMet",
        "text": "WASHINGTON, Dec. 10, 2024 /PRNewswire/ -- The U.S. International Development Finance "
        "Corporation (DFC) today announced a $50 million equity investment in TechMet, a critical "
        "minerals investor.\n\n"
        "TechMet will use the funds for its nickel and cobalt projects in Brazil.\n\n"
        "\"DFC's $50 million investment shows that the United States is serious about diversifying "
        "supply chains,\" said Brian Menell, TechMet's chief executive.\n\n"
        "DFC previously invested $25 million in TechMet in 2023.\n\n"
        "About DFC: DFC partners with the private sector to finance solutions in developing countries.",
        "commitments": [
            {
                "actor": "DFC",
                "actor_country": "US",
                "instrument": "equity",
                "amount": "50000000",
                "currency": "USD",
                "announced_on": date(2024, 12, 10),
            }
        ],
    },
    {
        "id": "art-china-export-ban-wire",
        "kind": "article",
        "headline": "China bans exports of gallium, germanium, antimony to US",
        "text": "BEIJING, Dec. 3, 2024 (Reuters) - China banned exports of gallium, germanium and "
        "antimony to the United States on Tuesday, escalating trade tensions.\n\n"
        "The commerce ministry said the measures take effect immediately.\n\n"
        "Beijing first restricted gallium and germanium exports in July 2023.\n\n"
        "Analysts said the ban would hit chipmakers and defence contractors.\n\n"
        "Gallium prices rose 5% after the announcement.",
        "commitments": [
            {
                "actor": "CN",
                "instrument": "export-control",
                "minerals": ["antimony", "gallium", "germanium"],
                "announced_on": date(2024, 12, 3),
            }
        ],
    },
    {
        "id": "art-eib-vulcan-release",
        "kind": "article",
        "headline": "EIB signs €500 million loan for European lithium",
        "text": "LUXEMBOURG, 14 May 2025 - The European Investment Bank (EIB) has signed a €500 million "
        "loan with Vulcan Energy to develop geothermal lithium extraction in the Upper Rhine valley.\n\n"
        "The project is a Strategic Project under the EU Critical Raw Materials Act.\n\n"
        '"With this €500 million loan, the EIB is backing Europe\'s own lithium," said the EIB '
        "vice-president.\n\n"
        "The EIB signed a smaller €50 million loan with the company in 2023.\n\n"
        "Production is expected to begin in 2027.",
        "commitments": [
            {
                "actor": "EIB",
                "instrument": "loan",
                "amount": "500000000",
                "currency": "EUR",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 14),
            }
        ],
    },
    {
        "id": "art-efa-arafura-two-deals",
        "kind": "article",
        "headline": "Arafura secures Export Finance Australia and NRF funding for Nolans",
        "text": "DARWIN, Australia, Jan. 22, 2025 (GLOBE NEWSWIRE) -- Arafura Rare Earths said on "
        "Wednesday that Export Finance Australia approved a A$100 million loan for the Nolans rare "
        "earths project.\n\n"
        "The National Reconstruction Fund will also make a A$200 million equity investment in the "
        "company.\n\n"
        '"These commitments bring Nolans close to a final investment decision," managing director '
        "Darryl Cuzzubbo said.\n\n"
        "The project is expected to supply about 4% of global NdPr demand.\n\n"
        "Arafura shares jumped 12%.",
        "commitments": [
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "100000000",
                "currency": "AUD",
                "project": "Nolans rare earths project",
                "announced_on": date(2025, 1, 22),
            },
            {
                "actor": "National Reconstruction Fund",
                "actor_country": "AU",
                "instrument": "equity",
                "amount": "200000000",
                "currency": "AUD",
                "announced_on": date(2025, 1, 22),
            },
        ],
    },
    {
        "id": "art-headline-actor-only",
        "kind": "article",
        "headline": "JOGMEC takes stake in Canadian graphite mines",
        "text": "TOKYO, April 15, 2025 (Nikkei) - The agency will invest C$60 million in the Canadian "
        "graphite mines, it said on Tuesday.\n\n"
        "The investment gives Japan a secure source of anode material for its battery makers.\n\n"
        "Japanese battery makers currently import most of their graphite from China.\n\n"
        "The mines are expected to start production in 2028.\n\n"
        "Officials declined to say whether further funding would follow.",
        "commitments": [
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "60000000",
                "currency": "CAD",
                "project": "Canadian graphite mines",
                "announced_on": date(2025, 4, 15),
            }
        ],
    },
    {
        "id": "art-doe-grant-repeated",
        "kind": "article",
        "headline": "DOE awards $150 million to Ontario rare earth processing",
        "text": "WASHINGTON, May 20, 2025 - The U.S. Department of Energy awarded a $150 million grant "
        "to the Ontario rare earth processing facilities on Tuesday.\n\n"
        "The grant of $150 million will fund separation lines for neodymium and praseodymium.\n\n"
        '"This $150 million grant strengthens North American supply chains," the Energy Secretary '
        "said.\n\n"
        "The facility will supply magnet makers in Michigan and Ontario.\n\n"
        "Construction is due to start later this year.",
        "commitments": [
            {
                "actor": "DOE",
                "instrument": "grant",
                "amount": "150000000",
                "currency": "USD",
                "project": "Ontario rare earth processing facilities",
                "announced_on": date(2025, 5, 20),
            }
        ],
    },
    {
        "id": "art-background-only-profile",
        "kind": "article",
        "headline": "How Lithium Americas survived the lithium price crash",
        "text": "RENO, Nevada, June 2, 2025 (Reuters) - Lithium Americas has weathered a brutal two years "
        "for lithium producers.\n\n"
        "In 2023, General Motors invested $650 million in the company.\n\n"
        "The Department of Energy previously lent $2.26 billion for the Thacker Pass lithium project.\n\n"
        "Chief executive Jonathan Evans said the company was focused on construction.\n\n"
        "Lithium prices have fallen more than 80% from their peak.",
        "commitments": [],
    },
    {
        "id": "art-minister-release-ca",
        "kind": "article",
        "headline": "Minister announces support for critical minerals processing in Saskatchewan",
        "text": "SASKATOON, SK, March 18, 2025 /CNW/ - Natural Resources Canada today announced "
        "C$30 million in funding for the Saskatoon rare earth processing facility.\n\n"
        "The funding, from the Critical Minerals Infrastructure Fund, will support a new separation "
        "circuit.\n\n"
        '"Canada\'s critical minerals are the building blocks of the green economy," the minister said.\n\n'
        "Quick facts\n\n"
        "In 2022, the Government of Canada launched its Critical Minerals Strategy with C$3.8 billion "
        "in funding.\n\n"
        "The facility produced its first rare earth carbonate in 2024.",
        "commitments": [
            {
                "actor": "NRCan",
                "actor_country": "CA",
                "instrument": "grant",
                "amount": "30000000",
                "currency": "CAD",
                "project": "Saskatoon rare earth processing facility",
                "announced_on": date(2025, 3, 18),
            }
        ],
    },
    {
        "id": "art-offtake-sojitz",
        "kind": "article",
        "headline": "Sojitz agrees to buy Lynas heavy rare earths",
        "text": "SYDNEY, April 30, 2025 (Reuters) - Japan's Sojitz agreed to buy 3,000 tonnes a year of "
        "rare earths from Lynas, the Australian miner said on Wednesday.\n\n"
        "The offtake deal runs for ten years and covers dysprosium and terbium.\n\n"
        "Lynas said demand from Japanese magnet makers remained strong.\n\n"
        "The company started producing heavy rare earths in Malaysia last month.\n\n"
        "Lynas shares closed 2% higher.",
        "commitments": [
            {
                "actor": "Sojitz",
                "actor_country": "JP",
                "instrument": "offtake",
                "counterparty": "Lynas",
                "announced_on": date(2025, 4, 30),
            }
        ],
    },
    {
        "id": "art-tariff-us-graphite",
        "kind": "article",
        "headline": "US sets duties on Chinese graphite anodes",
        "text": "WASHINGTON, May 27, 2025 (Reuters) - The U.S. Commerce Department on Tuesday imposed "
        "tariffs of 93.5% on active anode material from China.\n\n"
        "The preliminary decision follows a petition by American graphite producers.\n\n"
        "Chinese companies supply more than 90% of the world's graphite anodes.\n\n"
        "A final determination is expected in December.\n\n"
        "The Chinese embassy said the measures were protectionist.",
        "commitments": [
            {
                "actor": "Commerce Department",
                "actor_country": "US",
                "instrument": "tariff",
                "announced_on": date(2025, 5, 27),
            }
        ],
    },
    {
        "id": "art-kexim-nickel-quote-no-amount",
        "kind": "article",
        "headline": "Korea Eximbank lends $200 million for Indonesian nickel plant",
        "text": "SEOUL, June 10, 2025 (Yonhap) -- The Export-Import Bank of Korea said on Tuesday it had "
        "signed a $200 million loan with POSCO Holdings for a nickel refinery in Indonesia.\n\n"
        "The refinery will supply nickel to Korean battery makers.\n\n"
        '"The loan will help secure nickel for our battery industry," the bank said in a statement.\n\n'
        "Korea has been trying to reduce its reliance on Chinese processors.\n\n"
        "The plant is expected to start operating in 2027.",
        "commitments": [
            {
                "actor": "KEXIM",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "200000000",
                "currency": "USD",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 10),
            }
        ],
    },
    {
        "id": "art-eu-stockpile-proposal",
        "kind": "article",
        "headline": "EU proposes joint stockpile of critical raw materials",
        "text": "BRUSSELS, 4 June 2025 - The European Commission proposed a joint stockpile of critical "
        "raw materials on Wednesday, including rare earths and gallium.\n\n"
        "The plan would let member states pool purchases.\n\n"
        "Member states have until September to comment.\n\n"
        "The Commission adopted the Critical Raw Materials Act in 2024.\n\n"
        "Industry groups said the stockpile should be funded at EU level.",
        "commitments": [
            {
                "actor": "European Commission",
                "instrument": "stockpile",
                "status": "proposed",
                "announced_on": date(2025, 6, 4),
            }
        ],
    },
    {
        "id": "art-feature-no-commitment",
        "kind": "article",
        "headline": "Inside the race for rare earth magnets",
        "text": "TOKYO, May 12, 2025 - Magnet makers in Japan are scrambling for supplies of dysprosium.\n\n"
        "Prices of the metal have doubled since January.\n\n"
        "Engineers are working on magnets that use less heavy rare earths.\n\n"
        "Some companies are recycling magnets from old hard drives.\n\n"
        "Industry executives said supply remained tight.",
        "commitments": [],
    },
    {
        "id": "art-ukef-yesterday-relative",
        "kind": "article",
        "headline": "UK Export Finance guarantees graphite anode plant",
        "text": "LONDON, 16 April 2025 - UK Export Finance yesterday agreed a £90 million guarantee for "
        "a graphite anode plant in Scotland.\n\n"
        "The plant will supply British and European battery makers.\n\n"
        "UKEF said the deal was its first in battery materials.\n\n"
        "The company behind the plant is backed by private investors.\n\n"
        "Production should start in 2026.",
        "commitments": [
            {
                "actor": "UKEF",
                "instrument": "guarantee",
                "amount": "90000000",
                "currency": "GBP",
                "minerals": ["graphite"],
                "announced_on": date(2025, 4, 16),
            }
        ],
    },
    {
        "id": "art-dod-two-awards",
        "kind": "article",
        "headline": "Pentagon awards antimony and gallium funding",
        "text": "WASHINGTON, Jan. 8, 2025 /PRNewswire/ -- The Department of Defense today awarded "
        "$40 million to Perpetua Resources for antimony production in Idaho.\n\n"
        "The department also awarded $12 million to a gallium recovery project in Arizona.\n\n"
        '"These awards strengthen the defense industrial base," a DoD official said.\n\n'
        "The Pentagon previously awarded $24.8 million to Perpetua in 2022.\n\n"
        "Both projects are funded under the Defense Production Act.",
        "commitments": [
            {
                "actor": "DOD",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "40000000",
                "currency": "USD",
                "minerals": ["antimony"],
                "announced_on": date(2025, 1, 8),
            },
            {
                "actor": "DOD",
                "instrument": "grant",
                "amount": "12000000",
                "currency": "USD",
                "minerals": ["gallium"],
                "announced_on": date(2025, 1, 8),
            },
        ],
    },
    {
        "id": "art-nechalacho-cib-approx",
        "kind": "article",
        "headline": "Canada Infrastructure Bank backs Nechalacho with nearly C$100 million",
        "text": "YELLOWKNIFE, NT, June 5, 2025 /CNW/ - The Canada Infrastructure Bank (CIB) will lend "
        "C$97 million to Vital Metals for the Nechalacho rare earth project.\n\n"
        "The loan will pay for a road and power line to the site.\n\n"
        "Vital Metals said the CIB loan would unlock private investment.\n\n"
        "The project is in the Northwest Territories.\n\n"
        "The company expects to start construction next year.",
        "commitments": [
            {
                "actor": "CIB",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "97000000",
                "currency": "CAD",
                "project": "Nechalacho rare earth project",
                "announced_on": date(2025, 6, 5),
            }
        ],
    },
    {
        "id": "art-exim-dfc-two-lenders",
        "kind": "article",
        "headline": "US agencies back Lobito corridor graphite mine",
        "text": "WASHINGTON, May 8, 2025 (Reuters) - The Export-Import Bank of the United States approved a "
        "$150 million loan for a graphite mine in Mozambique on Thursday.\n\n"
        "Separately, the U.S. International Development Finance Corporation said it would provide a "
        "$75 million political risk guarantee for the same project.\n\n"
        '"We are proud to provide this $150 million loan," EXIM Chair Reta Jo Lewis said.\n\n'
        "The mine will ship graphite through the Lobito corridor.\n\n"
        "China controls most of the world's graphite processing.",
        "commitments": [
            {
                "actor": "EXIM",
                "actor_country": "US",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "USD",
                "minerals": ["graphite"],
                "announced_on": date(2025, 5, 8),
            },
            {
                "actor": "DFC",
                "actor_country": "US",
                "instrument": "guarantee",
                "amount": "75000000",
                "currency": "USD",
                "announced_on": date(2025, 5, 8),
            },
        ],
    },
    {
        "id": "art-reuters-no-year",
        "kind": "article",
        "headline": "Japan's JOGMEC to invest in Australian lithium refinery",
        "text": "TOKYO, June 12 (Reuters) - Japan's JOGMEC will invest A$90 million in the Kwinana lithium "
        "hydroxide refinery, the agency said on Thursday.\n\n"
        "The refinery in Western Australia supplies Japanese battery makers.\n\n"
        "JOGMEC had previously lent A$50 million to the refinery's owner in 2022.\n\n"
        "Lithium hydroxide prices have fallen sharply this year.",
        "commitments": [
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "90000000",
                "currency": "AUD",
                "project": "Kwinana lithium hydroxide refinery",
                "announced_on": date(2025, 6, 12),
            }
        ],
    },
    {
        "id": "art-release-forward-looking",
        "kind": "article",
        "headline": "Mountain Pass operator receives Department of Defense award",
        "text": "LAS VEGAS, April 3, 2025 (BUSINESS WIRE) -- The Department of Defense has awarded $35 "
        "million to the operator of Mountain Pass to build a heavy rare earth separation facility.\n\n"
        "The facility will process heavy rare earths mined at Mountain Pass.\n\n"
        '"This award will help build a complete domestic supply chain," the chief executive said.\n\n'
        "Forward-Looking Statements\n\n"
        "This release contains forward-looking statements. The company expects to receive a further "
        "$20 million grant in 2026 and will seek additional funding.",
        "commitments": [
            {
                "actor": "DOD",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "35000000",
                "currency": "USD",
                "project": "Mountain Pass",
                "announced_on": date(2025, 4, 3),
            }
        ],
    },
    {
        "id": "art-ministry-two-years-background",
        "kind": "article",
        "headline": "Government of Canada invests in graphite",
        "text": "OTTAWA, ON, June 16, 2025 /CNW/ - The Government of Canada today announced a C$25 million "
        "grant to Nouveau Monde Graphite for the Matawinie Mine.\n\n"
        "The grant will support the mine's electrification.\n\n"
        "In 2024, the Government of Canada provided C$10 million to the Canadian graphite mines.\n\n"
        "Canada has some of the world's largest graphite reserves.",
        "commitments": [
            {
                "actor": "CA",
                "instrument": "grant",
                "amount": "25000000",
                "currency": "CAD",
                "project": "Matawinie Mine",
                "announced_on": date(2025, 6, 16),
            }
        ],
    },
    {
        "id": "art-second-actor-later-paragraph",
        "kind": "article",
        "headline": "Korea and Japan back Australian rare earths",
        "text": "CANBERRA, May 29, 2025 (AAP) - Korea Zinc will invest A$40 million in Arafura Rare Earths, "
        "the company said on Thursday.\n\n"
        "The investment gives Korea Zinc a seat on Arafura's board.\n\n"
        "Separately, Japan's JBIC signed a $100 million loan for the Nolans rare earths project.\n\n"
        "Arafura plans to start construction later this year.",
        "commitments": [
            {
                "actor": "Korea Zinc",
                "actor_country": "KR",
                "instrument": "equity",
                "amount": "40000000",
                "currency": "AUD",
                "announced_on": date(2025, 5, 29),
            },
            {
                "actor": "JBIC",
                "actor_country": "JP",
                "instrument": "loan",
                "amount": "100000000",
                "currency": "USD",
                "project": "Nolans rare earths project",
                "announced_on": date(2025, 5, 29),
            },
        ],
    },
    {
        "id": "art-opinion-restates-pledges",
        "kind": "article",
        "headline": "Opinion: The G7's mineral promises need follow-through",
        "text": "LONDON, June 18, 2025 - Two years ago, G7 leaders promised to build secure supply chains "
        "for critical minerals.\n\n"
        "Since then, Japan has lent billions to miners and the United States has offered tax credits.\n\n"
        "In 2023, Germany set up a EUR 1 billion raw materials fund.\n\n"
        "But few new mines have opened outside China. Leaders should act at their next summit.",
        "commitments": [],
    },
    # Session 4 (issue 12, articles): six more, their expectations written from the text before
    # the reader ran on them; the first run's misses are strict xfails with their first difference.
    {
        "id": "art-analysis-proposes-price-floor",
        "kind": "article",
        "headline": "Analysis: A Western price floor for rare earths would need deep pockets",
        "text": "LONDON, June 10, 2025 - Western governments that want to break China's hold on rare "
        "earths should consider guaranteeing a minimum price to miners outside China, according to a "
        "report published on Tuesday by a London think tank.\n\n"
        "The report calls for the Group of Seven to set up a joint fund of at least $5 billion that "
        "would buy neodymium and praseodymium oxide whenever prices fall below an agreed floor.\n\n"
        "Washington could lend the first $2 billion through the Development Finance Corporation, the "
        "authors suggest, and Tokyo and Brussels would need to match it.\n\n"
        '"A price floor is the only tool that changes the economics," said one of the authors. '
        '"Without it, every refinery outside China is a bet against Beijing."\n\n'
        "Japan and the European Union would also have to agree on how to share the metal in a "
        "crisis, which has proved difficult in the past.\n\n"
        "Officials in Washington and Tokyo have discussed similar ideas, but no government has "
        "endorsed the proposal.\n\n"
        "Critics say a floor could encourage overinvestment and saddle taxpayers with unsold "
        "stockpiles.",
        "commitments": [],
    },
    {
        "id": "art-joint-stockpile-bank-loan-later",
        "kind": "article",
        "headline": "Japan and India agree to jointly build $800 million rare earths stockpile",
        "text": "NEW DELHI, June 4, 2025 (Reuters) - Japan and India agreed on Wednesday to jointly "
        "build an $800 million stockpile of rare earths and lithium, the two governments said after "
        "talks between their trade ministers in New Delhi.\n\n"
        "The two governments will buy the metals over three years and hold them in warehouses in "
        "both countries for release in a supply emergency.\n\n"
        '"This stockpile protects our manufacturers from sudden shocks," India\'s mines minister '
        "told reporters.\n\n"
        "In a separate deal signed at the same meeting, the Japan Bank for International "
        "Cooperation agreed to lend $250 million to Indian Rare Earths Ltd to expand its separation "
        "plant in Odisha.\n\n"
        "JBIC said the loan has a tenor of 15 years.\n\n"
        "Japan and India first discussed cooperation on critical minerals in 2022.",
        "commitments": [
            {
                "actor": "JP",
                "instrument": "stockpile",
                "amount": "800000000",
                "currency": "USD",
                "minerals": ["rare-earths", "lithium"],
                "announced_on": date(2025, 6, 4),
            },
            {
                "actor": "IN",
                "instrument": "stockpile",
                "amount": None,
                "minerals": ["rare-earths", "lithium"],
                "announced_on": date(2025, 6, 4),
            },
            {
                "actor": "JBIC",
                "actor_country": "JP",
                "instrument": "loan",
                "amount": "250000000",
                "currency": "USD",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 6, 4),
            },
        ],
    },
    {
        "id": "art-minerals-in-another-paragraph",
        "kind": "article",
        "headline": "EIB backs Finnish battery-metals refinery",
        "text": "LUXEMBOURG, 12 June 2025 - The European Investment Bank will lend EUR 120 million to "
        "Terrafame for the expansion of its refinery at Sotkamo in eastern Finland, the bank said on "
        "Thursday.\n\n"
        "The expansion will double the plant's output of nickel sulphate and add a line for cobalt "
        "sulphate, both used in electric-vehicle batteries.\n\n"
        '"Europe\'s battery industry needs secure sources of these metals," an EIB vice-president '
        "said.\n\n"
        "Terrafame said the new line would start production in 2027.",
        "commitments": [
            {
                "actor": "EIB",
                "actor_country": "EU",
                "instrument": "loan",
                "amount": "120000000",
                "currency": "EUR",
                "minerals": ["nickel", "cobalt"],
                "announced_on": date(2025, 6, 12),
            }
        ],
    },
    {
        "id": "art-full-name-then-acronym",
        "kind": "article",
        "headline": "Korean export bank backs Indonesian nickel smelter",
        "text": "JAKARTA, June 2, 2025 - The Export-Import Bank of Korea will provide a $350 million "
        "loan to PT Halmahera Nickel for a high-pressure acid leach plant on Obi Island, the "
        "smelter's owners said on Monday.\n\n"
        "The loan will be repaid over 12 years, and the plant's mixed hydroxide precipitate will be "
        "sold to Korean battery makers.\n\n"
        "KEXIM will also guarantee $100 million of commercial bank loans for the plant, the bank "
        "said in a statement.\n\n"
        '"This financing is a milestone for our partnership with Korea," the company\'s president '
        "director said.\n\n"
        "Indonesia has banned exports of raw nickel ore since 2020.",
        "commitments": [
            {
                "actor": "KEXIM",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "350000000",
                "currency": "USD",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 2),
            },
            {
                "actor": "KEXIM",
                "actor_country": "KR",
                "instrument": "guarantee",
                "amount": "100000000",
                "currency": "USD",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 2),
            },
        ],
    },
    {
        "id": "art-speaker-reports-pentagon-grant",
        "kind": "article",
        "headline": "Talon Metals gets Pentagon grant for Minnesota nickel",
        "text": "TORONTO, June 9, 2025 /CNW/ - Talon Metals Corp. said on Monday that the U.S. "
        "Department of Defense awarded it a $20.6 million grant to expand exploration at its "
        "Tamarack nickel project in Minnesota.\n\n"
        "The award, made under the Defense Production Act, follows a $114.8 million grant from the "
        "Department of Energy in 2022 for a battery-minerals processing plant in North Dakota.\n\n"
        "\"The Department of Defense's support recognises Tamarack's importance to American supply "
        "chains,\" Talon's chief executive said.\n\n"
        "Talon said drilling would resume in July.\n\n"
        "The company's shares rose 9% in Toronto.",
        "commitments": [
            {
                "actor": "DOD",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "20600000",
                "currency": "USD",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 9),
            }
        ],
    },
    {
        "id": "art-government-of-canada-grant",
        "kind": "article",
        "headline": "Canada funds Quebec lithium hydroxide plant",
        "text": "MONTREAL, June 13, 2025 /CNW/ - The Government of Canada is providing a C$45 million "
        "grant to Nemaska Lithium for its Bécancour lithium hydroxide plant, the Minister of "
        "Innovation, Science and Industry announced today.\n\n"
        "The funding, provided through the Strategic Innovation Fund, will help the company install "
        "equipment to convert spodumene concentrate into battery-grade lithium hydroxide.\n\n"
        "\"Today's investment strengthens Canada's battery supply chain,\" the minister said.\n\n"
        "The Government of Quebec, through Investissement Québec, is a shareholder in Nemaska "
        "Lithium.\n\n"
        "The plant is expected to begin commercial production in 2026.",
        "commitments": [
            {
                "actor": "CA",
                "actor_country": "CA",
                "instrument": "grant",
                "amount": "45000000",
                "currency": "CAD",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 13),
            }
        ],
    },
    # --- Rules added with blind batch 5's articles, each in other words than the blind case ---
    {
        # A release's dateline on a line of its own; a government named after its leader is its
        # country, acting "through" its fund; a bare "$" is that country's dollar; a background
        # paragraph dated by month and year; the headline's two minerals split between the two.
        "id": "art-release-leader-government-through-fund",
        "kind": "article",
        "headline": "Carney government backs Quebec graphite and Ontario lithium processing",
        "text": "OTTAWA, 11 June 2025\n\n"
        "News release, Natural Resources Canada\n\n"
        "The Carney government will provide an $80 million grant through the Strategic Innovation "
        "Fund to expand a graphite purification plant in Saint-Michel-des-Saints.\n\n"
        "Separately, the Canada Growth Fund will invest C$50 million in a lithium refinery "
        "start-up in Ontario.\n\n"
        "In March 2024, Ottawa awarded C$27 million to the same graphite plant for engineering "
        "work.\n\n"
        "Media relations: Natural Resources Canada",
        "commitments": [
            {
                "actor": "CA",
                "actor_country": "CA",
                "instrument": "grant",
                "amount": "80000000",
                "currency": "CAD",
                "currency_inferred": True,
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 11),
            },
            {
                "actor": "Canada Growth Fund",
                "actor_country": "CA",
                "instrument": "equity",
                "amount": "50000000",
                "currency": "CAD",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 11),
            },
        ],
    },
    {
        # The borrower named between the verb and the sum; a relative clause's "does not" negates
        # nothing; "the company" after an agency's loan to it is that company, placed where its
        # mine is, and its deal is about the mine the article is about.
        "id": "art-agency-loan-then-the-company-sells",
        "kind": "article",
        "headline": "UK Export Finance backs Tanzanian graphite mine",
        "text": "LONDON, June 4, 2025 - UK Export Finance will lend Lindi Graphite $60 million to "
        "build the Chilalo graphite mine in Tanzania, a source of battery material that does not "
        "depend on Chinese processing, the agency said on Wednesday.\n\n"
        "The company will also sell a quarter of the mine's concentrate to a British anode maker "
        "under a separate agreement.\n\n"
        '"This is exactly the kind of project we were set up to support," a UKEF official said.\n\n'
        "The mine is expected to produce its first concentrate in 2027.",
        "commitments": [
            {
                "actor": "UKEF",
                "actor_country": "GB",
                "instrument": "loan",
                "amount": "60000000",
                "currency": "USD",
                "counterparty": "Lindi Graphite",
                "minerals": ["graphite"],
                "project": "Chilalo graphite mine",
                "announced_on": date(2025, 6, 4),
            },
            {
                "actor": "Lindi Graphite",
                "actor_country": "TZ",
                "instrument": "offtake",
                "minerals": ["graphite"],
                "project": "Chilalo graphite mine",
                "announced_on": date(2025, 6, 4),
            },
        ],
    },
    {
        # Financing for a plant "that will supply" carmakers is a loan, not an offtake; the same
        # bank funding it "alongside" others later is the same commitment; "said it had agreed"
        # is today's news; the owner's raise "in 2023" is background.
        "id": "art-financing-plant-that-will-supply",
        "kind": "article",
        "headline": "Germany's KfW to finance French lithium refinery",
        "text": "FRANKFURT, June 5, 2025 (Reuters) - KfW will provide EUR 150 million in financing "
        "for a lithium hydroxide refinery in Alsace that will supply German carmakers from 2027, "
        "the development bank said on Thursday.\n\n"
        "KfW will fund the refinery alongside a group of commercial banks, a spokesperson "
        "added.\n\n"
        "Separately, Volkswagen said it had agreed to buy lithium hydroxide from the refinery for "
        "eight years.\n\n"
        "The refinery's owner raised EUR 200 million from shareholders in 2023.",
        "commitments": [
            {
                "actor": "KfW",
                "actor_country": "DE",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "EUR",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 5),
            },
            {
                "actor": "Volkswagen",
                "actor_country": "DE",
                "instrument": "offtake",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 5),
            },
        ],
    },
    {
        # A package of measures without a sum is the umbrella of what follows; minerals after
        # ", which" describe the plant's by-products; a later "The investment is subject to" makes
        # the investment conditional.
        "id": "art-package-then-measure-conditional",
        "kind": "article",
        "headline": "Japan unveils support for rare earth and gallium supply",
        "text": "TOKYO, June 6, 2025 - The Ministry of Economy, Trade and Industry announced on "
        "Friday a package of measures to secure supplies of rare earths and gallium.\n\n"
        "The Japan Organization for Metals and Energy Security will invest 30 billion yen in a "
        "gallium recovery plant in Akita, which will also recover small amounts of indium and "
        "germanium.\n\n"
        "The investment is subject to approval by JOGMEC's board.",
        "commitments": [
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "30000000000",
                "currency": "JPY",
                "minerals": ["gallium"],
                "status": "conditional",
                "announced_on": date(2025, 6, 6),
            }
        ],
    },
    {
        # "The Corporation" is the organisation the lead named in full; its second commitment, a
        # loan for part of the same project, is about that project; a sentence pointing back at
        # "the investment" adds its initiative to the investment.
        "id": "art-the-corporation-short-name",
        "kind": "article",
        "headline": "Korea backs Australian nickel project",
        "text": "SEOUL, June 9, 2025 (Yonhap) - The Korea Mine Rehabilitation and Mineral Resources "
        "Corporation will invest $40 million in the Nova Bollinger nickel project in Western "
        "Australia, the industry ministry said Monday.\n\n"
        "The Corporation will also provide a $15 million loan to build a concentrate storage shed "
        "at the port.\n\n"
        "An official said the investment would count towards the Minerals Security Partnership.",
        "commitments": [
            {
                "actor": "KOMIR",
                "actor_country": "KR",
                "instrument": "equity",
                "amount": "40000000",
                "currency": "USD",
                "minerals": ["nickel"],
                "project": "Nova Bollinger nickel project",
                "initiative": "Minerals Security Partnership",
                "announced_on": date(2025, 6, 9),
            },
            {
                "actor": "KOMIR",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "15000000",
                "currency": "USD",
                "minerals": ["nickel"],
                "project": "Nova Bollinger nickel project",
                "announced_on": date(2025, 6, 9),
            },
        ],
    },
    {
        # "take 20% of <a named mine>" is a stake; the headline, the lead and the quote are one
        # commitment; "Completion remains conditional on" a later paragraph (and is no screening
        # of its own); a 2022 deal is background. The mine is the corpus's known project name.
        "id": "art-stake-in-named-mine-one-draft",
        "kind": "article",
        "headline": "Mitsubishi to take 20% of Mount Holland lithium mine for A$600 million",
        "text": "PERTH, June 12, 2025 - Mitsubishi Corporation has agreed to acquire a 20% interest "
        "in the Mount Holland lithium mine in Western Australia for A$600 million, the companies "
        "said on Thursday.\n\n"
        '"Our A$600 million investment gives us a long-term position in Australian lithium," a '
        "Mitsubishi executive said.\n\n"
        "Completion remains conditional on approval by Australia's Foreign Investment Review "
        "Board.\n\n"
        "Mitsubishi bought a stake in a Chilean copper mine in 2022.",
        "commitments": [
            {
                "actor": "Mitsubishi Corporation",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "600000000",
                "currency": "AUD",
                "minerals": ["lithium"],
                "project": "Mount Holland lithium project",
                "status": "conditional",
                "announced_on": date(2025, 6, 12),
            }
        ],
    },
    {
        # "Under the agreement, X will buy ... neodymium and praseodymium" adds the minerals to the
        # offtake already read; "lend Arafura A$150 million" names the borrower; the loan's minerals
        # come from the project's name, not the headline's.
        "id": "art-offtake-detail-adds-minerals",
        "kind": "article",
        "headline": "Toyota Tsusho signs offtake with Arafura; EFA to lend A$150 million",
        "text": "DARWIN, Australia, June 16, 2025 - Toyota Tsusho has signed a binding agreement "
        "with Arafura Rare Earths to buy rare earth oxide from the Nolans rare earths project in "
        "the Northern Territory.\n\n"
        "Under the agreement, Toyota Tsusho will buy up to 1,500 tonnes a year of neodymium and "
        "praseodymium oxide for ten years.\n\n"
        "Export Finance Australia will lend Arafura A$150 million toward the project's separation "
        "plant.",
        "commitments": [
            {
                "actor": "Toyota Tsusho",
                "actor_country": "JP",
                "instrument": "offtake",
                "counterparty": "Arafura Rare Earths",
                "minerals": ["neodymium", "praseodymium", "rare-earths"],
                "project": "Nolans rare earths project",
                "status": "binding",
                "announced_on": date(2025, 6, 16),
            },
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "AUD",
                "counterparty": "Arafura",
                "minerals": ["rare-earths"],
                "project": "Nolans rare earths project",
                "announced_on": date(2025, 6, 16),
            },
        ],
    },
    # --- Rules added with blind batch 6's articles, each in other words than the blind case ---
    {
        # The headline names the actor loosely ("Swedish export agency"), the lead exactly (EKN):
        # one commitment, EKN's; an owner in an apposition ("Scania, Volkswagen's truck maker")
        # is neither a second subject nor the counterparty; "the smelter's output" is sold by the
        # company the guarantee went to.
        "id": "art-headline-loose-actor-lead-exact",
        "kind": "article",
        "headline": "Swedish export agency to guarantee SEK 900 million for Arctic nickel smelter",
        "text": "STOCKHOLM, June 9, 2025 - EKN will guarantee SEK 900 million of bank loans to "
        "Nordic Nickel Refining for its Lulea nickel smelter, the agency said on Monday.\n\n"
        "Scania, Volkswagen's truck maker, has agreed to buy nickel "
        "sulphate from Nordic Nickel Refining for eight years.\n\n"
        "Umicore has also agreed to take a third of the smelter's cobalt output.\n\n"
        "The smelter is due to open in 2028.",
        "commitments": [
            {
                "actor": "EKN",
                "actor_country": "SE",
                "instrument": "guarantee",
                "amount": "900000000",
                "currency": "SEK",
                "counterparty": "Nordic Nickel Refining",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 9),
            },
            {
                "actor": "Scania",
                "actor_country": "SE",
                "instrument": "offtake",
                "counterparty": "Nordic Nickel Refining",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 9),
            },
            {
                "actor": "Umicore",
                "actor_country": "BE",
                "instrument": "offtake",
                "counterparty": "Nordic Nickel Refining",
                "minerals": ["cobalt"],
                "announced_on": date(2025, 6, 9),
            },
        ],
    },
    {
        # A release dated "Oslo, 4 June 2025 -" in title case; "X, the state development fund,
        # will invest ..., the ministry said": X acts, the ministry reports; "Equinor's
        # investment is subject to ..." makes Equinor's commitment conditional, not Norfund's.
        "id": "art-title-case-dateline-apposition-reporter",
        "kind": "article",
        "headline": "Norway backs Tanzanian graphite processing",
        "text": "Oslo, 4 June 2025 - Norfund, the state development fund, will invest USD 40 million "
        "in Lindi Graphite to build a graphite processing plant in Tanzania, the Norwegian Trade "
        "Ministry said on Wednesday.\n\n"
        "Equinor will invest USD 25 million in the same plant.\n\n"
        "Equinor's investment is subject to approval by its board.",
        "commitments": [
            {
                "actor": "Norfund",
                "actor_country": "NO",
                "instrument": "equity",
                "amount": "40000000",
                "currency": "USD",
                "counterparty": "Lindi Graphite",
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 4),
            },
            {
                "actor": "Equinor",
                "actor_country": "NO",
                "instrument": "equity",
                "amount": "25000000",
                "currency": "USD",
                "minerals": ["graphite"],
                "status": "conditional",
                "announced_on": date(2025, 6, 4),
            },
        ],
    },
    {
        # "Mubadala Investment Company (Mubadala) and ADQ will jointly invest": one list, the short
        # name in brackets ending the first, the sum on the first's record; "the Democratic Republic
        # of Congo" is CD; "copper miner Gecamines" names a trade, not the commitment's mineral;
        # after "..., the fund said on Monday, as ..." comes context, not the other party.
        "id": "art-bracketed-short-name-list-drc",
        "kind": "article",
        "headline": "Abu Dhabi funds to invest $600 million in Congolese cobalt refinery",
        "text": "ABU DHABI, June 2, 2025 (Reuters) - Mubadala Investment Company (Mubadala) and ADQ "
        "will jointly invest $600 million in a cobalt refinery in the Democratic Republic of Congo "
        "alongside copper miner Gecamines, the funds said on Monday, as refiners look for cobalt "
        "that is not processed in China.\n\n"
        "The UAE also signed a memorandum of understanding with the Democratic Republic of Congo on "
        "cobalt and copper processing.",
        "commitments": [
            {
                "actor": "Mubadala",
                "actor_country": "AE",
                "instrument": "equity",
                "amount": "600000000",
                "currency": "USD",
                "minerals": ["cobalt"],
                "announced_on": date(2025, 6, 2),
            },
            {
                "actor": "ADQ",
                "actor_country": "AE",
                "instrument": "equity",
                "minerals": ["cobalt"],
                "announced_on": date(2025, 6, 2),
            },
            {
                "actor": "AE",
                "actor_country": "AE",
                "instrument": "mou",
                "counterparty": "CD",
                "minerals": ["cobalt", "copper"],
                "status": "binding",
                "announced_on": date(2025, 6, 2),
            },
        ],
    },
    {
        # A government "providing $12 million through the X Fund" gives a grant, which its headline
        # and quote call an investment; the export agency's loan in the next paragraph is not paid
        # through that fund.
        "id": "art-government-through-fund-grant",
        "kind": "article",
        "headline": "Australian Government invests in Leonora nickel processing",
        "text": "CANBERRA, June 5, 2025 - The Australian Government is providing $12 million through "
        "the Critical Minerals Development Program to Goldfields Nickel Processing to build a "
        "nickel sulphate plant near Leonora, the Minister for Resources announced today.\n\n"
        "In addition, Export Finance Australia (EFA) will provide a US$30 million loan for "
        "construction of the plant.\n\n"
        '"Today\'s $12 million investment brings battery-grade nickel to the Goldfields," the '
        "Minister said.",
        "commitments": [
            {
                "actor": "AU",
                "actor_country": "AU",
                "instrument": "grant",
                "amount": "12000000",
                "currency": "AUD",
                "currency_inferred": True,
                "counterparty": "Goldfields Nickel Processing",
                "minerals": ["nickel"],
                "initiative": "Critical Minerals Development Program",
                "announced_on": date(2025, 6, 5),
            },
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "30000000",
                "currency": "USD",
                "minerals": ["nickel"],
                "initiative": None,
                "announced_on": date(2025, 6, 5),
            },
        ],
    },
    {
        # The headline's loose actor ("Japanese consortium") is the lead's first commitment that
        # agrees with it, named exactly there, and keeps the headline's place ahead of the partner.
        "id": "art-headline-consortium-lead-first",
        "kind": "article",
        "headline": "Japanese consortium to buy $420 million stake in Chilean copper mine",
        "text": "SANTIAGO, June 3, 2025 - Marubeni and JOGMEC will jointly buy a 20% stake in the "
        "Llano Verde copper mine from Andes Cobre Minera for $420 million, the companies said on "
        "Tuesday.\n\n"
        "Marubeni has also agreed to buy half of the mine's copper concentrate for ten years.",
        "commitments": [
            {
                "actor": "Marubeni",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "420000000",
                "currency": "USD",
                "minerals": ["copper"],
                "announced_on": date(2025, 6, 3),
            },
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "equity",
                "minerals": ["copper"],
                "announced_on": date(2025, 6, 3),
            },
            {
                "actor": "Marubeni",
                "actor_country": "JP",
                "instrument": "offtake",
                "minerals": ["copper"],
                "announced_on": date(2025, 6, 3),
            },
        ],
    },
    {
        # A press office's dateline with its month in capitals on a line of its own dates the news.
        "id": "art-dateline-month-in-capitals",
        "kind": "article",
        "headline": "NMDC to fund lithium exploration in Karnataka",
        "text": "HYDERABAD, 04 MAR 2025\n\n"
        "NMDC Limited will invest Rs 420 crore in lithium exploration at Mandya in Karnataka, the "
        "company said in a statement.\n\n"
        "NMDC has mined iron ore in Chhattisgarh since the 1960s.",
        "commitments": [
            {
                "actor": "NMDC",
                "actor_country": "IN",
                "instrument": "equity",
                "amount": "4200000000",
                "currency": "INR",
                "minerals": ["lithium"],
                "announced_on": date(2025, 3, 4),
            },
        ],
    },
    {
        # A place in title case with its full date on a line of its own, no dash: a dateline.
        "id": "art-dateline-title-case-own-line",
        "kind": "article",
        "headline": "Finnvera to guarantee EUR 60 million of Keliber loans",
        "text": "Helsinki, 9 April 2025\n\n"
        "Finnvera will guarantee EUR 60 million of bank loans to Keliber, the lithium miner, the "
        "agency said.\n\n"
        "The refinery is expected to start production in 2026.",
        "commitments": [
            {
                "actor": "Finnvera",
                "actor_country": "FI",
                "instrument": "guarantee",
                "amount": "60000000",
                "currency": "EUR",
                "counterparty": "Keliber",
                "minerals": ["lithium"],
                "announced_on": date(2025, 4, 9),
            },
        ],
    },
    {
        # "alongside the loan" names the other actor's deal: the stake is this clause's instrument.
        "id": "art-companion-deal-not-instrument",
        "kind": "article",
        "headline": "KfW lends to Vulcan lithium project",
        "text": "FRANKFURT, May 6, 2025 (Reuters) - KfW IPEX-Bank will lend EUR 100 million to "
        "Vulcan Energy for lithium extraction in the Upper Rhine, the bank said on Tuesday.\n\n"
        "Hancock Prospecting will invest EUR 25 million in Vulcan Energy alongside the loan.",
        "commitments": [
            {
                "actor": "KfW IPEX-Bank",
                "actor_country": "DE",
                "instrument": "loan",
                "amount": "100000000",
                "currency": "EUR",
                "counterparty": "Vulcan Energy",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 6),
            },
            {
                "actor": "Hancock Prospecting",
                "actor_country": "AU",
                "instrument": "equity",
                "amount": "25000000",
                "currency": "EUR",
                "counterparty": "Vulcan Energy",
                "announced_on": date(2025, 5, 6),
            },
        ],
    },
    {
        # "The Department" later is the Department of ... the article named in full before.
        "id": "art-the-department-named-before",
        "kind": "article",
        "headline": "Alcoa to recover gallium at Wagerup",
        "text": "CANBERRA, 12 May 2025\n\n"
        "Alcoa will build a gallium recovery circuit at its Wagerup refinery, the Department of "
        "Industry, Science and Resources said.\n\n"
        "The Department will provide a $15 million grant to Alcoa for the circuit.",
        "commitments": [
            {
                "actor": "Department of Industry, Science and Resources",
                "actor_country": "AU",
                "instrument": "grant",
                "amount": "15000000",
                "currency": "AUD",
                "currency_inferred": True,
                "counterparty": "Alcoa",
                "minerals": ["gallium"],
                "announced_on": date(2025, 5, 12),
            },
        ],
    },
    {
        # "The Government of Canada also ..." names its own actor (no pronoun for the last one),
        # and "with the Government of Chile" is that country, not a party called "Government".
        "id": "art-government-of-named-in-full",
        "kind": "article",
        "headline": "Canada backs lithium refining",
        "text": "OTTAWA, May 14, 2025 (Reuters) - Export Development Canada will lend C$80 million "
        "to Rock Tech Lithium for its lithium converter in Ontario, the agency said on Wednesday.\n\n"
        "The Government of Canada also signed a memorandum of understanding with the Government "
        "of Chile on lithium refining.",
        "commitments": [
            {
                "actor": "EDC",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "80000000",
                "currency": "CAD",
                "counterparty": "Rock Tech Lithium",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 14),
            },
            {
                "actor": "CA",
                "actor_country": "CA",
                "instrument": "mou",
                "counterparty": "CL",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 14),
            },
        ],
    },
    {
        # "Manara, the Riyadh mining investor," describes the actor (no second party), and the
        # headline's "Chilean lithium developer" is the company the lead names.
        "id": "art-apposition-place-headline-company",
        "kind": "article",
        "headline": "Manara to invest $200 million in Chilean lithium developer",
        "text": "RIYADH, June 2, 2025 (Reuters) - Manara, the Riyadh mining investor, will invest $200 "
        "million in Salar Verde Minerals to build a lithium carbonate plant, the two companies said "
        "on Monday.\n\n"
        "Salar Verde Minerals has explored the salt flat since 2019.",
        "commitments": [
            {
                "actor": "Manara",
                "actor_country": "SA",
                "instrument": "equity",
                "amount": "200000000",
                "currency": "USD",
                "counterparty": "Salar Verde Minerals",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 2),
            },
        ],
    },
    {
        # "a 150 million-euro loan": the currency joined to the magnitude word by a hyphen.
        "id": "art-hyphenated-currency-after-magnitude",
        "kind": "article",
        "headline": "EIB lends to Portuguese lithium refinery",
        "text": "LISBON, May 20, 2025 (Reuters) - The European Investment Bank will provide a 150 "
        "million-euro loan to Galp for a lithium hydroxide refinery in Setubal, the bank said on "
        "Tuesday.",
        "commitments": [
            {
                "actor": "EIB",
                "actor_country": "EU",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "EUR",
                "counterparty": "Galp",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 20),
            },
        ],
    },
    {
        # "Japan Investment Corp." is the Japan Investment Corporation (JIC) as the wires write it.
        "id": "art-corp-for-corporation",
        "kind": "article",
        "headline": "State fund backs Japanese rare earth magnet maker",
        "text": "TOKYO, May 27, 2025 (Reuters) - Japan Investment Corp. will invest 40 billion yen in "
        "Proterial to expand rare earth magnet production, the state fund said on Tuesday.",
        "commitments": [
            {
                "actor": "JIC",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "40000000000",
                "currency": "JPY",
                "counterparty": "Proterial",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 5, 27),
            },
        ],
    },
    {
        "id": "art12-perth-junior-release",
        "kind": "article",
        "headline": "Quandong Rare Earths signs offtake with Vacuumschmelze",
        "text": "PERTH, Australia, 14 May 2025 - Perth-based Quandong Rare Earths (ASX: QRE) has "
        "signed a binding offtake agreement with Vacuumschmelze to supply 1,500 tonnes a year of mixed "
        "rare earth carbonate from its Mount Weld North project.\n\n"
        "The five-year agreement starts with first production, expected in 2028.\n\n"
        '"Securing a European magnet maker as our foundation customer is a major step," managing '
        "director Jane Hollis said.\n\n"
        "In 2024 the company raised A$12 million in a placement to fund drilling.\n\n"
        "Quandong shares rose 9% on the news.",
        "commitments": [
            {
                "actor": "Quandong Rare Earths",
                "actor_country": "AU",
                "instrument": "offtake",
                "counterparty": "Vacuumschmelze",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 5, 14),
            }
        ],
    },
    {
        "id": "art12-leaders-summit-pledges",
        "kind": "article",
        "headline": "Macron and Takaichi pledge critical minerals cooperation",
        "text": "PARIS, June 2, 2025 - President Macron and Prime Minister Takaichi agreed on Monday "
        "to work together on rare earth recycling, the Elysée said.\n\n"
        "Prime Minister Takaichi said Japan would provide €150 million in grants for joint recycling "
        "research with French laboratories.\n\n"
        "France and Japan signed a first memorandum on critical minerals in 2023.\n\n"
        "The two leaders will meet again at the G7 summit next year.",
        "commitments": [
            {
                "actor": "JP",
                "actor_country": "JP",
                "instrument": "grant",
                "amount": "150000000",
                "currency": "EUR",
                "announced_on": date(2025, 6, 2),
            }
        ],
    },
]
