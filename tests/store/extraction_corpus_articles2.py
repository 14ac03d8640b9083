"""Second edition, session 6: twenty-two more articles and press releases (kind "article").

Same case format and conventions as tests/store/extraction_corpus_articles.py: "text" starts with
the dateline (or has none), paragraphs are separated by blank lines, announced_on is the
dateline's date (without a dateline, the date the lead's "on Tuesday" gives from TODAY).
Written in our own words, in the forms wires, agencies and companies publish: Reuters and
Yonhap datelines without the year, a CNW release, a release dated on a line of its own, an ASX
announcement, a US agency release with its date above the place, an FT-style "£28mn", a
Bloomberg-style headline in title case without a dateline, an opinion piece. Expectations were
written before the article reader ran on them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

KNOWN_PROJECTS_EXTRA: list[str] = []
KNOWN_INITIATIVES_EXTRA: list[str] = []

CASES: list[dict[str, Any]] = [
    {
        # A trading house's offtake reported by the host country's ministry: the buyer acts, the
        # ministry only reports; the mine's owner, named in a later paragraph, is the seller; the
        # 2023 memorandum between the two countries is background.
        "id": "art2-trading-house-offtake-ministry-reports",
        "kind": "article",
        "headline": "Itochu to buy Namibian heavy rare earths for a decade",
        "text": "WINDHOEK, March 11, 2025 (Reuters) - Japanese trading house Itochu has agreed to buy "
        "all of the heavy rare earth concentrate produced at the Lofdal mine in Namibia for ten "
        "years, Namibia's Ministry of Mines and Energy said on Tuesday.\n\n"
        "The concentrate will be shipped to Japan for separation.\n\n"
        "Namibia Critical Metals, which owns Lofdal, said the agreement would help it raise "
        "project finance.\n\n"
        "Namibia and Japan signed a memorandum of understanding on mineral resources in 2023.\n\n"
        "The mine is expected to begin production in 2027.",
        "commitments": [
            {
                "actor": "Itochu",
                "actor_country": "JP",
                "instrument": "offtake",
                "counterparty": "Namibia Critical Metals",
                "minerals": ["heavy-rare-earths"],
                "project": "Lofdal heavy rare earths project",
                "announced_on": date(2025, 3, 11),
            }
        ],
    },
    {
        # Yonhap's dateline without the year; a sum in won with its dollar value in brackets; the
        # quote restates the loan; the bank's 2023 loan is background.
        "id": "art2-kexim-won-loan-yonhap",
        "kind": "article",
        "headline": "Korea Eximbank lends 420 billion won for Argentine lithium plant",
        "text": "SEOUL, May 13 (Yonhap) -- The Export-Import Bank of Korea will lend 420 billion won "
        "($295 million) to POSCO Holdings for its lithium hydroxide plant in Argentina's Salta "
        "province, the state lender said Tuesday.\n\n"
        "\"The 420 billion won loan will secure lithium for Korea's battery makers for a "
        "generation,\" the bank's chairman said in a statement.\n\n"
        "The bank lent 300 billion won to the same project in 2023.\n\n"
        "POSCO plans to produce 25,000 tonnes of lithium hydroxide a year at the plant.\n\n"
        "Korea imports most of its lithium hydroxide from China.",
        "commitments": [
            {
                "actor": "KEXIM",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "420000000000",
                "currency": "KRW",
                "counterparty": "POSCO Holdings",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 13),
            }
        ],
    },
    {
        # "The Ministry of Mines" is named in full (its country from the New Delhi dateline), and
        # "The ministry will also provide" is that ministry's second grant; a quote with no sum and
        # KABIL's 2024 agreement add nothing.
        "id": "art2-ministry-of-mines-also-provides",
        "kind": "article",
        "headline": "India approves funds for overseas lithium and cobalt exploration",
        "text": "NEW DELHI, 7 May 2025 - The Ministry of Mines on Wednesday approved Rs 1,500 crore in "
        "funding for KABIL to explore lithium blocks in Argentina's Catamarca province.\n\n"
        "The ministry will also provide Rs 400 crore to KABIL for cobalt exploration in Zambia, a "
        "senior official said.\n\n"
        '"These approvals bring India closer to secure supplies of battery minerals," the '
        "Secretary of Mines told reporters.\n\n"
        "KABIL signed an agreement with Catamarca's state mining company in January 2024 to "
        "explore five blocks.\n\n"
        "India imports nearly all of its lithium.",
        "commitments": [
            {
                "actor": "Ministry of Mines",
                "actor_country": "IN",
                "instrument": "grant",
                "amount": "15000000000",
                "currency": "INR",
                "counterparty": "KABIL",
                "minerals": ["lithium"],
                "announced_on": date(2025, 5, 7),
            },
            {
                "actor": "Ministry of Mines",
                "actor_country": "IN",
                "instrument": "grant",
                "amount": "4000000000",
                "currency": "INR",
                "counterparty": "KABIL",
                "minerals": ["cobalt"],
                "announced_on": date(2025, 5, 7),
            },
        ],
    },
    {
        # A Reuters dateline without the year whose day is later in the year than TODAY: last
        # year's Nov 28. "The agency" is JOGMEC, named in full in the lead; its "$" is the US
        # dollar (Japan does not use dollars).
        "id": "art2-no-year-dateline-last-year-the-agency",
        "kind": "article",
        "headline": "Japan's JOGMEC to back Canadian nickel mine",
        "text": "TOKYO, Nov 28 (Reuters) - Japan Organization for Metals and Energy Security will "
        "invest C$70 million in Canada Nickel's Crawford nickel project in Ontario, the state agency "
        "said on Thursday.\n\n"
        "The agency will also guarantee $50 million of bank loans for the mine's processing "
        "plant.\n\n"
        "JOGMEC said in 2023 that it was studying the project.\n\n"
        "Canada Nickel shares rose 6% in Toronto.",
        "commitments": [
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "70000000",
                "currency": "CAD",
                "minerals": ["nickel"],
                "project": "Crawford nickel project",
                "announced_on": date(2024, 11, 28),
            },
            {
                "actor": "JOGMEC",
                "actor_country": "JP",
                "instrument": "guarantee",
                "amount": "50000000",
                "currency": "USD",
                "minerals": ["nickel"],
                "project": "Crawford nickel project",
                "announced_on": date(2024, 11, 28),
            },
        ],
    },
    {
        # An Italian agency backs a Canadian company: the agency's country is Italy, not the
        # company's; "the company" later is the company financed; the quote writes the sum as
        # "110 million euros"; the company's 2022 purchase is background.
        "id": "art2-agency-backs-foreign-company",
        "kind": "article",
        "headline": "Italy's SACE guarantees loans for Namibian graphite plant",
        "text": "ROME, 20 May 2025 - Italy's export credit agency SACE will guarantee EUR 110 million "
        "of bank loans to Canadian graphite developer Northern Graphite for an anode material plant "
        "in Namibia.\n\n"
        "Export Development Canada will lend a further $40 million to the company, Northern "
        "Graphite said.\n\n"
        "\"SACE's guarantee of 110 million euros shows that European industry wants African "
        "graphite,\" the company's chief executive said.\n\n"
        "Northern Graphite bought the Okanjande graphite mine in Namibia in 2022.",
        "commitments": [
            {
                "actor": "SACE",
                "actor_country": "IT",
                "instrument": "guarantee",
                "amount": "110000000",
                "currency": "EUR",
                "counterparty": "Northern Graphite",
                "minerals": ["graphite"],
                "announced_on": date(2025, 5, 20),
            },
            {
                "actor": "EDC",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "40000000",
                "currency": "CAD",
                "currency_inferred": True,
                "counterparty": "Northern Graphite",
                "minerals": ["graphite"],
                "announced_on": date(2025, 5, 20),
            },
        ],
    },
    {
        # A CNW release: "The Government of Canada is providing $12 million" is Canada's grant in
        # Canadian dollars; "Today's $12 million investment" in the quote is the same grant; EDC's
        # loan "to the company" is to the company the grant went to; the 2023 fund is background
        # and "About ..." ends the reading.
        "id": "art2-cnw-government-grant-and-edc-loan",
        "kind": "article",
        "headline": "Government of Canada supports graphite purification in Quebec",
        "text": "OTTAWA, ON, May 2, 2025 /CNW/ - The Government of Canada is providing $12 million to "
        "Lomiko Metals to build a graphite purification line at its La Loutre project in Quebec, "
        "the Minister of Energy and Natural Resources announced today.\n\n"
        "In addition, Export Development Canada will lend $60 million to the company for the "
        "project's concentrator.\n\n"
        '"Today\'s $12 million investment puts Quebec graphite into North American batteries," '
        "said the Minister.\n\n"
        "In 2023, the government committed $1.5 billion to the Critical Minerals Infrastructure "
        "Fund.\n\n"
        "About Natural Resources Canada\n\n"
        "Natural Resources Canada invests $500 million a year in clean technology.",
        "commitments": [
            {
                "actor": "CA",
                "instrument": "grant",
                "amount": "12000000",
                "currency": "CAD",
                "currency_inferred": True,
                "counterparty": "Lomiko Metals",
                "minerals": ["graphite"],
                "announced_on": date(2025, 5, 2),
            },
            {
                "actor": "EDC",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "60000000",
                "currency": "CAD",
                "currency_inferred": True,
                "counterparty": "Lomiko Metals",
                "minerals": ["graphite"],
                "announced_on": date(2025, 5, 2),
            },
        ],
    },
    {
        # An Australian minister's release dated on a line of its own: EFA's bare "$" is the
        # Australian dollar; "The Government" is Australia (from the Canberra dateline); the
        # quote restates the loan.
        "id": "art2-canberra-release-efa-and-government",
        "kind": "article",
        "headline": "Export Finance Australia backs Victorian rare earths project",
        "text": "Canberra, 14 April 2025\n\n"
        "Export Finance Australia will provide a $40 million loan to VHM Limited to build a rare "
        "earths processing plant at Goschen in northern Victoria, the Minister for Trade announced "
        "today.\n\n"
        "The loan, made through the Critical Minerals Facility, will fund the plant's "
        "concentrator.\n\n"
        "The Government will also provide a $5 million grant to VHM for a pilot separation "
        "circuit.\n\n"
        '"This $40 million loan backs regional jobs and secure supply chains," the Minister '
        "said.\n\n"
        "Media contact: Minister's office",
        "commitments": [
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "40000000",
                "currency": "AUD",
                "currency_inferred": True,
                "counterparty": "VHM Limited",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 4, 14),
            },
            {
                "actor": "AU",
                "instrument": "grant",
                "amount": "5000000",
                "currency": "AUD",
                "currency_inferred": True,
                "counterparty": "VHM",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 4, 14),
            },
        ],
    },
    {
        # A Bloomberg-style story: a headline in title case, no dateline (the lead's "on Tuesday"
        # dates it from TODAY), a buyer named with its "Co." suffix, and a cancelled 2022 deal.
        "id": "art2-no-dateline-title-case-offtake",
        "kind": "article",
        "headline": "Samsung SDI Agrees to Buy Glencore Cobalt in Five-Year Deal",
        "text": "Samsung SDI Co. agreed to buy 20,000 tons of cobalt hydroxide from Glencore over "
        "five years, the companies said in statements on Tuesday.\n\n"
        "The cobalt will come from Glencore's mines in the Democratic Republic of Congo and will "
        "be refined in Finland.\n\n"
        "The Korean battery maker has been trying to reduce its reliance on Chinese refiners. In "
        "2022, it signed a similar deal with an Australian miner that was later cancelled.\n\n"
        "Glencore shares rose 1.2% in London.",
        "commitments": [
            {
                "actor": "Samsung SDI",
                "actor_country": "KR",
                "instrument": "offtake",
                "counterparty": "Glencore",
                "minerals": ["cobalt"],
                "announced_on": date(2025, 6, 17),
            }
        ],
    },
    {
        # An opinion piece that recalls deals and urges more: nothing to log.
        "id": "art2-opinion-recalls-and-urges",
        "kind": "article",
        "headline": "Opinion | Stockpiles won't free the West from China's mineral leverage",
        "text": "Japan learned its lesson in 2010, when Beijing halted rare earth shipments during a "
        "territorial dispute. Tokyo responded by lending to Lynas and building a national "
        "stockpile.\n\n"
        "Washington is now trying the same playbook. The Pentagon awarded $400 million to MP "
        "Materials this month, and the Energy Department has promised more loans.\n\n"
        "Europe should follow with a joint purchasing agency, funded with at least EUR 10 "
        "billion.\n\n"
        "But stockpiles buy time, not independence. Without new refineries, the West will remain "
        "a price-taker.",
        "commitments": [],
    },
    {
        # FT style: "£28mn", the fund "takes a stake" in the headline and "will invest" in the
        # lead, the quote restates the sum; the company's 2022 raise is background.
        "id": "art2-ft-style-nwf-stake",
        "kind": "article",
        "headline": "National Wealth Fund takes £28mn stake in Cornish Lithium",
        "text": "LONDON, 9 June 2025 - The UK's National Wealth Fund will invest £28mn in Cornish "
        "Lithium to help the company build a lithium hydroxide plant near St Austell, the "
        "state-backed lender said on Monday.\n\n"
        "The investment is the fund's first in critical minerals since it replaced the UK "
        "Infrastructure Bank last year.\n\n"
        '"Our £28mn investment will help build a domestic lithium supply chain," said the fund\'s '
        "chief executive.\n\n"
        "Cornish Lithium raised £53.8mn from investors led by TechMet in 2022.\n\n"
        "The company aims to produce 10,000 tonnes of lithium hydroxide a year by 2030.",
        "commitments": [
            {
                "actor": "NWF",
                "actor_country": "GB",
                "instrument": "equity",
                "amount": "28000000",
                "currency": "GBP",
                "counterparty": "Cornish Lithium",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 9),
            }
        ],
    },
    {
        # An ASX announcement: its date on a line of its own under "ASX ANNOUNCEMENT"; the
        # company announces a foreign agency's guarantee (the agency acts); the 2021 letter of
        # support is background.
        "id": "art2-asx-announcement-ksure-guarantee",
        "kind": "article",
        "headline": "ASM receives US$100 million guarantee approval from K-SURE",
        "text": "ASX ANNOUNCEMENT\n\n"
        "16 June 2025\n\n"
        "Australian Strategic Materials Ltd (ASX: ASM) is pleased to announce that the Korea Trade "
        "Insurance Corporation (K-SURE) has approved a US$100 million loan guarantee for the Dubbo "
        "rare earths project in New South Wales.\n\n"
        "The guarantee will also support ASM's metals plant in Ochang, South Korea.\n\n"
        '"K-SURE\'s support is a strong endorsement of the Dubbo project," said the Managing '
        "Director.\n\n"
        "ASM received a letter of support from Export Finance Australia for up to A$200 million "
        "in 2021.\n\n"
        "This announcement has been authorised for release by the Board.",
        "commitments": [
            {
                "actor": "K-SURE",
                "actor_country": "KR",
                "instrument": "guarantee",
                "amount": "100000000",
                "currency": "USD",
                "minerals": ["rare-earths"],
                "project": "Dubbo rare earths project",
                "announced_on": date(2025, 6, 16),
            }
        ],
    },
    {
        # A US agency's release: the date on a line of its own above "WASHINGTON, D.C. —"; the
        # award named in the headline, the lead and the quote is one grant; DOE's 2024 round is
        # background.
        "id": "art2-date-line-above-place-doe-award",
        "kind": "article",
        "headline": "DOE Announces $75 Million Award for Domestic Gallium and Germanium Recovery",
        "text": "June 10, 2025\n\n"
        "WASHINGTON, D.C. — The U.S. Department of Energy (DOE) today announced a $75 million award "
        "to Nyrstar to recover gallium and germanium at its zinc smelter in Clarksville, "
        "Tennessee.\n\n"
        "The award will fund a recovery circuit that could meet a fifth of U.S. gallium demand.\n\n"
        '"Gallium and germanium are essential for chips and defense systems," said the Secretary '
        'of Energy. "This $75 million award puts America back in the business of making them."\n\n'
        "In 2024, DOE selected 14 projects for $428 million in battery materials funding.\n\n"
        "###",
        "commitments": [
            {
                "actor": "DOE",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "75000000",
                "currency": "USD",
                "counterparty": "Nyrstar",
                "minerals": ["gallium", "germanium"],
                "announced_on": date(2025, 6, 10),
            }
        ],
    },
    {
        # "The lender" is the bank the lead named: two loans by the EIB, each with its own
        # borrower and minerals; the 2023 loan to the parent company is background.
        "id": "art2-the-lender-second-loan",
        "kind": "article",
        "headline": "EIB lends to Nordic lithium and battery recycling projects",
        "text": "LUXEMBOURG, 22 May 2025 - The European Investment Bank signed a EUR 50 million loan "
        "with Keliber for its lithium refinery in Kokkola, Finland, on Thursday.\n\n"
        "The lender also agreed to lend EUR 35 million to Nordic Recycling Metals for a battery "
        "recycling plant in Sweden that recovers nickel and cobalt.\n\n"
        '"Both loans show that Europe can finance its own supply chain," an EIB vice-president '
        "said.\n\n"
        "The EIB lent EUR 500 million to Keliber's parent, Sibanye-Stillwater, in 2023.",
        "commitments": [
            {
                "actor": "EIB",
                "actor_country": "EU",
                "instrument": "loan",
                "amount": "50000000",
                "currency": "EUR",
                "counterparty": "Keliber",
                "minerals": ["lithium"],
                "status": "binding",
                "announced_on": date(2025, 5, 22),
            },
            {
                "actor": "EIB",
                "actor_country": "EU",
                "instrument": "loan",
                "amount": "35000000",
                "currency": "EUR",
                "counterparty": "Nordic Recycling Metals",
                "minerals": ["nickel", "cobalt"],
                "announced_on": date(2025, 5, 22),
            },
        ],
    },
    {
        # Two state investors in two currencies; "75 million euros" written out; the Saudi fund's
        # stake in the plant's owner, named after a comma; the 2024 buy-out is background.
        "id": "art2-two-state-investors-two-currencies",
        "kind": "article",
        "headline": "France's Bpifrance and Saudi Arabia's Manara back Eramet lithium",
        "text": "PARIS, June 3, 2025 (Reuters) - Bpifrance will invest 75 million euros in Eramet to "
        "expand its lithium extraction plant in Argentina, the French state investment bank said on "
        "Tuesday.\n\n"
        "Saudi mining fund Manara Minerals will also take a $150 million stake in the plant's "
        "owner, Eramine, Eramet said in a statement.\n\n"
        "Eramet bought out its Chinese partner's stake in the project in 2024 for $699 million.\n\n"
        '"With Bpifrance and Manara on board, our lithium plans are fully funded," Eramet\'s chief '
        "executive said.",
        "commitments": [
            {
                "actor": "Bpifrance",
                "actor_country": "FR",
                "instrument": "equity",
                "amount": "75000000",
                "currency": "EUR",
                "counterparty": "Eramet",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 3),
            },
            {
                "actor": "Manara Minerals",
                "actor_country": "SA",
                "instrument": "equity",
                "amount": "150000000",
                "currency": "USD",
                "counterparty": "Eramine",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 3),
            },
        ],
    },
    {
        # A summit story with three commitments by three actors in three paragraphs, a
        # government reporting its bank's grant and another its fund's stake; the 2023 launch is
        # background and the plan still to come is no commitment.
        "id": "art2-summit-three-actors",
        "kind": "article",
        "headline": "G7 partners pledge funds for African graphite and copper",
        "text": "KANANASKIS, Alberta, June 17, 2025 (Reuters) - Japan pledged $500 million in loans for "
        "copper and graphite mines in Zambia and Mozambique on Tuesday, as Group of Seven leaders "
        "met in the Canadian Rockies.\n\n"
        "Germany's KfW will provide a EUR 80 million grant for a graphite processing plant in "
        "Mozambique, the German government said.\n\n"
        "Britain said British International Investment would invest $60 million in copper "
        "projects in Zambia.\n\n"
        "In 2023, G7 leaders launched the Partnership for Global Infrastructure and Investment to "
        "counter China's Belt and Road.\n\n"
        "Leaders are expected to publish a critical minerals action plan on Wednesday.",
        "commitments": [
            {
                "actor": "JP",
                "instrument": "loan",
                "amount": "500000000",
                "currency": "USD",
                "counterparty": None,
                "minerals": ["copper", "graphite"],
                "announced_on": date(2025, 6, 17),
            },
            {
                "actor": "KfW",
                "actor_country": "DE",
                "instrument": "grant",
                "amount": "80000000",
                "currency": "EUR",
                "counterparty": None,
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 17),
            },
            {
                "actor": "BII",
                "actor_country": "GB",
                "instrument": "equity",
                "amount": "60000000",
                "currency": "USD",
                "minerals": ["copper"],
                "announced_on": date(2025, 6, 17),
            },
        ],
    },
    # Four more, written after the first fifteen's rules were in, in other words and forms, to
    # check that the rules carry over (their first run is in the session's report).
    {
        # A year-less Reuters dateline later in the year than TODAY; "The bank" is KfW, named
        # in the lead; its stake in "the company's" unit is a second commitment.
        "id": "art2-check-the-bank-no-year-october",
        "kind": "article",
        "headline": "KfW to lend to Vulcan's geothermal lithium project",
        "text": "FRANKFURT, Oct. 2 (Reuters) - KfW will lend EUR 90 million to Vulcan Energy for its "
        "geothermal lithium project in the Upper Rhine valley, the German development bank said "
        "on Wednesday.\n\n"
        "The bank will also take a EUR 10 million stake in the company's drilling unit.\n\n"
        "Vulcan raised EUR 50 million from Stellantis and others in 2023.",
        "commitments": [
            {
                "actor": "KfW",
                "actor_country": "DE",
                "instrument": "loan",
                "amount": "90000000",
                "currency": "EUR",
                "counterparty": "Vulcan Energy",
                "minerals": ["lithium"],
                "announced_on": date(2024, 10, 2),
            },
            {
                "actor": "KfW",
                "actor_country": "DE",
                "instrument": "equity",
                "amount": "10000000",
                "currency": "EUR",
                "minerals": ["lithium"],
                "announced_on": date(2024, 10, 2),
            },
        ],
    },
    {
        # A company's media release: a heading in capitals, then the date with its weekday on
        # a line of its own; the company announces the Pentagon's funding for its plant.
        "id": "art2-check-media-release-weekday-date",
        "kind": "article",
        "headline": "Lynas secures US funding for Texas heavy rare earths plant",
        "text": "MEDIA RELEASE\n"
        "Tuesday, 3 June 2025\n\n"
        "Lynas Rare Earths Ltd (ASX: LYC) is pleased to announce that the U.S. Department of "
        "Defense has agreed to provide US$120 million in funding for its heavy rare earths "
        "separation plant in Seadrift, Texas.\n\n"
        "The funding will cover most of the plant's construction cost.\n\n"
        '"This US$120 million commitment shows the importance of a supply of heavy rare earths '
        "outside China,\" Lynas' chief executive said.",
        "commitments": [
            {
                "actor": "DOD",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "120000000",
                "currency": "USD",
                "minerals": ["heavy-rare-earths"],
                "announced_on": date(2025, 6, 3),
            }
        ],
    },
    {
        # A Korean ministry giving won: "will provide 50 billion won to Korea Zinc" is a grant;
        # "The ministry will also offer ... in loans" is its second commitment; the minerals are
        # what is recovered, not the smelter's zinc.
        "id": "art2-check-korean-ministry-won",
        "kind": "article",
        "headline": "Korea to fund germanium recovery at Korea Zinc smelter",
        "text": "SEJONG, South Korea, June 11, 2025 (Yonhap) -- The Ministry of Trade, Industry and "
        "Energy will provide 50 billion won to Korea Zinc to recover germanium at its Onsan zinc "
        "smelter, the ministry said Wednesday.\n\n"
        "The ministry will also offer 20 billion won in low-interest loans to battery recyclers "
        "that recover lithium and nickel.\n\n"
        "Korea imported 90 percent of its germanium from China in 2024.",
        "commitments": [
            {
                "actor": "MOTIE",
                "actor_country": "KR",
                "instrument": "grant",
                "amount": "50000000000",
                "currency": "KRW",
                "counterparty": "Korea Zinc",
                "minerals": ["germanium"],
                "announced_on": date(2025, 6, 11),
            },
            {
                "actor": "MOTIE",
                "actor_country": "KR",
                "instrument": "loan",
                "amount": "20000000000",
                "currency": "KRW",
                "minerals": ["lithium", "nickel"],
                "announced_on": date(2025, 6, 11),
            },
        ],
    },
    {
        # A trading house's offtake of concentrate, reported by the mine's operator named in an
        # apposition; its 2022 deal for another mine is background.
        "id": "art2-check-offtake-operator-reports",
        "kind": "article",
        "headline": "Mitsui to buy Chilean copper concentrate",
        "text": "SANTIAGO, May 27, 2025 - Mitsui & Co will buy 60,000 tonnes a year of copper "
        "concentrate from the Mantoverde mine in northern Chile for six years, Capstone Copper, the "
        "mine's operator, said on Tuesday.\n\n"
        "The concentrate will be shipped to smelters in Japan.\n\n"
        "Mitsui agreed to buy concentrate from a Peruvian mine in 2022.",
        "commitments": [
            {
                "actor": "Mitsui",
                "actor_country": "JP",
                "instrument": "offtake",
                "counterparty": "Capstone Copper",
                "minerals": ["copper"],
                "announced_on": date(2025, 5, 27),
            }
        ],
    },
    # Three more, written after the occasion/reporter rule, again before any run.
    {
        # A US lender to a Brazilian miner: the lender's country is the US, the miner the other
        # party; "the lender" later is the DFC; the quote restates the loan.
        "id": "art2-check-dfc-brazilian-miner-the-lender",
        "kind": "article",
        "headline": "DFC lends $150 million to Brazilian rare earths miner Serra Verde",
        "text": "WASHINGTON, June 12 (Reuters) - The U.S. International Development Finance Corporation "
        "will lend $150 million to Brazilian rare earths miner Serra Verde to expand its Pela Ema "
        "mine in Goias state, the agency said on Thursday.\n\n"
        "The lender will also provide a $15 million technical assistance grant for the mine's "
        "tailings dam.\n\n"
        '"This $150 million loan gives American magnet makers a new source of rare earths," a DFC '
        "official said.\n\n"
        "Serra Verde began commercial production in 2024.",
        "commitments": [
            {
                "actor": "DFC",
                "actor_country": "US",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "USD",
                "counterparty": "Serra Verde",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 6, 12),
            },
            {
                "actor": "DFC",
                "actor_country": "US",
                "instrument": "grant",
                "amount": "15000000",
                "currency": "USD",
                "minerals": ["rare-earths"],
                "announced_on": date(2025, 6, 12),
            },
        ],
    },
    {
        # A minister's release in title case with a dash; two sums in two currencies in one
        # article (the fund's A$ and the bank's US$); the 2023 round is background.
        "id": "art2-check-canberra-dash-two-currencies",
        "kind": "article",
        "headline": "Government backs Pilbara lithium refinery",
        "text": "Canberra, 14 April 2025 \u2014 The National Reconstruction Fund Corporation will invest "
        "A$75 million in Pilbara Minerals to build a lithium hydroxide refinery at Port Hedland, "
        "the Minister for Industry announced today.\n\n"
        "Export Finance Australia will lend a further US$60 million to the company for the "
        "refinery's power supply.\n\n"
        "In 2023, the Government provided A$20 million to the project for feasibility studies.",
        "commitments": [
            {
                "actor": "NRF",
                "actor_country": "AU",
                "instrument": "equity",
                "amount": "75000000",
                "currency": "AUD",
                "counterparty": "Pilbara Minerals",
                "minerals": ["lithium"],
                "announced_on": date(2025, 4, 14),
            },
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "60000000",
                "currency": "USD",
                "counterparty": "Pilbara Minerals",
                "minerals": ["lithium"],
                "announced_on": date(2025, 4, 14),
            },
        ],
    },
    {
        # A loan still under negotiation (a proposal, as the corpus logs "in talks"), the
        # lenders' country its actor and the borrower the other party; a background loan.
        "id": "art2-check-borrower-in-talks",
        "xfail": "commitment 0 actor: expected 'JP', got 'ID': a borrower 'in talks with Japanese "
        "lenders about financing' is read as the actor, not the lenders (and the island the "
        "smelters are on, 'Sulawesi', as the other party)",
        "kind": "article",
        "headline": "Indonesia in talks with Japanese banks over nickel smelter loans",
        "text": "JAKARTA, June 5, 2025 (Reuters) - Indonesia is in talks with Japanese lenders about "
        "financing for two nickel smelters on Sulawesi, a senior official said on Thursday.\n\n"
        "No agreement has been reached, the official said.\n\n"
        "JBIC lent $300 million to a smelter on Halmahera in 2022.",
        "commitments": [
            {
                "actor": "JP",
                "instrument": "loan",
                "status": "proposed",
                "counterparty": "ID",
                "minerals": ["nickel"],
                "announced_on": date(2025, 6, 5),
            }
        ],
    },
    {
        # Round 5: the date set off by dashes after the place; a ministry whose title ends in a
        # known company's name ("Mineral Resources") is the government; its export curb after
        # the state miner's investment is news; a quote naming the sum again is no new deal.
        "id": "art2-dashed-date-ministry-title-quote",
        "kind": "article",
        "headline": "Mongolian state miner to build copper smelter; concentrate exports curbed",
        "text": "ULAANBAATAR, Mongolia \u2014 May 12, 2025 \u2014 Erdenes Mongol will invest MNT 900 "
        "billion in a copper smelter at Sainshand, the state-owned company said on Monday.\n\n"
        "The Ministry of Mining and Mineral Resources will stop issuing export licences for copper "
        "concentrate from 2027, a ministry official said.\n\n"
        '"MNT 900 billion at Sainshand means Mongolians will refine their own copper," the official '
        "said.\n\n"
        "Mongolia has shipped most of its copper concentrate to China since 2013.",
        "commitments": [
            {
                "actor": "Erdenes Mongol",
                "actor_country": "MN",
                "instrument": "equity",
                "amount": "900000000000",
                "currency": "MNT",
                "minerals": ["copper"],
                "announced_on": date(2025, 5, 12),
            },
            {
                "actor": "MN",
                "actor_country": "MN",
                "instrument": "export-control",
                "amount": None,
                "minerals": ["copper"],
                "announced_on": date(2025, 5, 12),
            },
        ],
    },
    {
        # Round 5: "Completion of the share purchase is subject to" conditions the stake; "Under
        # a separate agreement" the same company's offtake is a second deal; requiring licences
        # for exports is an export control.
        "id": "art2-separate-agreement-completion-licences",
        "kind": "article",
        "headline": "Eramet to take stake in Alsace lithium project",
        "text": "PARIS, June 3, 2025 (Reuters) - Eramet will acquire a 25% stake in an Alsace lithium "
        "project from Lithium de France for \u20ac90 million, the French miner said on Tuesday.\n\n"
        "Under a separate agreement, Eramet will buy 30% of the lithium carbonate produced at the "
        "project for eight years.\n\n"
        "Completion of the share purchase is subject to approval by the economy ministry.\n\n"
        "France will also require licences for exports of lithium battery scrap from July, an "
        "official said.",
        "commitments": [
            {
                "actor": "Eramet",
                "actor_country": "FR",
                "instrument": "equity",
                "amount": "90000000",
                "currency": "EUR",
                "counterparty": "Lithium de France",
                "status": "conditional",
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 3),
            },
            {
                "actor": "Eramet",
                "instrument": "offtake",
                "amount": None,
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 3),
            },
            {
                "actor": "FR",
                "instrument": "export-control",
                "amount": None,
                "minerals": ["lithium"],
                "announced_on": date(2025, 6, 3),
            },
        ],
    },
    {
        # Round 5: a weekday before the dateline's date; the headline's "backs Arafura" makes
        # Arafura the one backed, so the lender's loan is the article's first commitment.
        "id": "art2-weekday-dateline-headline-object",
        "kind": "article",
        "headline": "Infrastructure facility backs Arafura rare earths project",
        "text": "Darwin, Tuesday 10 June 2025\n\n"
        "Media release \u2014 Minister for Northern Australia\n\n"
        "The Northern Australia Infrastructure Facility (NAIF) will lend $90 million to Arafura Rare "
        "Earths for its neodymium and praseodymium project north of Alice Springs, the Minister "
        "announced today.\n\n"
        "Arafura Rare Earths has agreed to sell neodymium and praseodymium oxide to Hyundai Mobis.",
        "commitments": [
            {
                "actor": "NAIF",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "90000000",
                "currency": "AUD",
                "currency_inferred": True,
                "counterparty": "Arafura Rare Earths",
                "announced_on": date(2025, 6, 10),
            },
            {
                "actor": "Arafura",
                "instrument": "offtake",
                "amount": None,
                "counterparty": "Hyundai Mobis",
                "announced_on": date(2025, 6, 10),
            },
        ],
    },
    {
        # Round 6: the place and a year-less date each on a line of their own above the release;
        # the government the minister speaks for is the dateline's.
        "id": "art2-stacked-place-and-date-lines",
        "kind": "article",
        "headline": "Government backs graphite mine with C$120 million loan",
        "text": "Ottawa\n11 June\n\n"
        "News release \u2014 Minister of Natural Resources\n\n"
        "The Canada Infrastructure Bank will lend up to C$120 million to Nouveau Monde Graphite for "
        "its Matawinie mine in Quebec, the Minister announced today.\n\n"
        "Panasonic Energy has agreed to buy anode material from Nouveau Monde Graphite for seven "
        "years, the company said.\n\n"
        "The Government will also build a national reserve of graphite and other critical minerals, "
        "the Minister said.",
        "commitments": [
            {
                "actor": "CIB",
                "actor_country": "CA",
                "instrument": "loan",
                "amount": "120000000",
                "currency": "CAD",
                "counterparty": "Nouveau Monde Graphite",
                "announced_on": date(2025, 6, 11),
            },
            {
                "actor": "Panasonic",
                "instrument": "offtake",
                "counterparty": "Nouveau Monde Graphite",
                "announced_on": date(2025, 6, 11),
            },
            {
                "actor": "CA",
                "instrument": "stockpile",
                "minerals": ["graphite"],
                "announced_on": date(2025, 6, 11),
            },
        ],
    },
    {
        # Round 6: a quote's "A$80 million from Export Finance Australia" is the lender's sum
        # again, not a loan from the company quoted: one draft.
        "id": "art2-quote-sum-from-lender-is-the-same-loan",
        "kind": "article",
        "headline": "EFA backs Yangibana with A$80 million",
        "text": "PERTH, June 12, 2025 /PRNewswire/ - Export Finance Australia will provide A$80 million in "
        "financing to Hastings Technology Metals for its Yangibana rare earths project, the company "
        "announced today.\n\n"
        '"A$80 million from Export Finance Australia gives Yangibana the debt it needs to start '
        "building,\" said Hastings' managing director.\n\n"
        "Contacts: Investor relations, Hastings",
        "commitments": [
            {
                "actor": "EFA",
                "actor_country": "AU",
                "instrument": "loan",
                "amount": "80000000",
                "currency": "AUD",
                "counterparty": "Hastings Technology Metals",
                "announced_on": date(2025, 6, 12),
            },
        ],
    },
    {
        # Round 6: a quote restating the sum names one of the two metals; the lead names both,
        # and the quote's comment does not narrow the commitment to one.
        "id": "art2-quote-naming-one-metal-narrows-nothing",
        "kind": "article",
        "headline": "Dowa to invest 40 billion yen in gallium and germanium recovery",
        "text": "TOKYO\nJune 5, 2025\n\n"
        "Dowa Holdings will invest 40 billion yen in a plant at Kosaka that will recover gallium and "
        "germanium from coal fly ash, the company said on Thursday.\n\n"
        '"A 40 billion yen investment means our customers will no longer depend on one supplier for '
        "gallium,\" Dowa's president said.\n\n"
        "Construction is due to begin next year.",
        "commitments": [
            {
                "actor": "Dowa",
                "actor_country": "JP",
                "instrument": "equity",
                "amount": "40000000000",
                "currency": "JPY",
                "minerals": ["gallium", "germanium"],
                "announced_on": date(2025, 6, 5),
            },
        ],
    },
    {
        # Round 6: the company that receives the guarantee tells of its condition, and its chief
        # names the guarantee again in a quote: one commitment, the lender's, conditional.
        "id": "art2-recipient-tells-condition-and-restates",
        "kind": "article",
        "headline": "Terrafame wins export credit guarantee for battery chemicals plant",
        "text": "HELSINKI (Reuters) - Finnvera will guarantee EUR 150 million of loans to Terrafame for "
        "building a battery chemicals plant at Sotkamo, the Finnish company said.\n\n"
        "Terrafame said the guarantee remained subject to approval by Finnvera's board.\n\n"
        '"The EUR 150 million guarantee lets us start building before winter," Terrafame\'s chief '
        "executive said.\n\n"
        "The Sotkamo mine has produced nickel since 2008.",
        "commitments": [
            {
                "actor": "Finnvera",
                "actor_country": "FI",
                "instrument": "guarantee",
                "amount": "150000000",
                "currency": "EUR",
                "counterparty": "Terrafame",
                "status": "conditional",
            },
        ],
    },
    {
        # Round 7 (blind batch 10): only the headline names the company; the lead calls it by
        # nationality and trade ("The Korean smelter"), which is not the country acting.
        "id": "art2-headline-names-company-lead-says-korean-smelter",
        "kind": "article",
        "headline": "Korea Zinc to buy stake in Australian antimony mine",
        "text": "SYDNEY, July 3 — The Korean smelter will buy a 15% stake in an antimony mine in "
        "Queensland for A$45 million, the developer said on Thursday.\n\n"
        "The mine is due to start producing concentrate in 2027.\n\n"
        "Korea Zinc has bought antimony from Australia since 2019.",
        "commitments": [
            {
                "actor": "Korea Zinc",
                "actor_country": "KR",
                "instrument": "equity",
                "amount": "45000000",
                "currency": "AUD",
                "minerals": ["antimony"],
            },
        ],
    },
    {
        # Round 8 (blind batch 11): a measure looked back on ("Three years after X banned ...")
        # commits nothing today; nor does a study with no decision.
        "id": "art2-years-after-a-ban-commits-nothing",
        "kind": "article",
        "headline": "Zimbabwe's raw lithium ban has not brought a refinery",
        "text": "HARARE, 2 May 2025 (NewsDay) - Three years after Zimbabwe banned exports of raw "
        "lithium ore, the country still has no lithium sulphate plant.\n\n"
        "Miners have shipped concentrate instead, which the ban allows.\n\n"
        "The state's mining company is assessing whether a plant near Goromonzi could pay, an "
        "official said. No decision has been made.\n\n"
        "Lithium prices dropped sharply during 2023 and 2024.",
        "commitments": [],
    },
    {
        # Round 8 (blind batch 11): "The expansion is subject to ..." in a later paragraph puts
        # the condition on the lead's spending.
        "id": "art2-expansion-subject-to-board-decision",
        "kind": "article",
        "headline": "IGO to expand Nova nickel operation",
        "text": "PERTH, 12 March 2025 — ASX release\n\n"
        "IGO will invest A$80 million to extend underground mining at its Nova nickel operation, "
        "the company said today.\n\n"
        "Nova produced its first concentrate in 2017.\n\n"
        "The expansion is subject to approval by the IGO board in May.",
        "commitments": [
            {
                "actor": "IGO",
                "actor_country": "AU",
                "instrument": "equity",
                "amount": "80000000",
                "currency": "AUD",
                "status": "conditional",
            },
        ],
    },
    {
        # Round 8 (blind batch 11): "The explorer also agreed ..." with no name is the company
        # the headline is about, not a draft without an actor.
        "id": "art2-the-explorer-is-the-headline-company",
        "kind": "article",
        "headline": "Mkango secures lender and buyer for Songwe Hill",
        "text": "TORONTO, April 8, 2025 (Canadian Press) — Mkango Resources said on Tuesday that "
        "UK Export Finance will lend $60 million for its Songwe Hill rare earths mine in Malawi.\n\n"
        "The explorer also agreed to sell mixed rare earth carbonate from Songwe Hill to Solvay "
        "for seven years.\n\n"
        "Songwe Hill was first drilled in the 1980s.",
        "commitments": [
            {"actor": "UKEF", "instrument": "loan", "amount": "60000000"},
            {
                "actor": "Mkango Resources",
                "actor_country": "CA",
                "instrument": "offtake",
                "counterparty": "Solvay",
            },
        ],
    },
    {
        # Round 8 (blind batch 11): a headline's memorandum is not the body's loan by a state
        # bank of one signatory; each signatory keeps its memorandum.
        "id": "art2-headline-accord-not-absorbed-by-state-bank-loan",
        "kind": "article",
        "headline": "Mongolia and Japan sign copper pact; JBIC to lend",
        "text": "ULAANBAATAR, 4 March 2025 (Montsame) - Mongolia and Japan signed a memorandum of "
        "understanding on copper and molybdenum during the Japanese foreign minister's visit on "
        "Tuesday.\n\n"
        "JBIC will lend $200 million to a copper concentrator in the South Gobi, the bank said.\n\n"
        "The accord sets no figures.",
        "commitments": [
            {"actor": "MN", "instrument": "mou", "counterparty": "JP"},
            {"actor": "JP", "instrument": "mou", "counterparty": "MN"},
            {"actor": "JBIC", "actor_country": "JP", "instrument": "loan", "amount": "200000000"},
        ],
    },
    {
        # Round 9 (blind batch 12): a buyer "from the refinery" buys what the refinery told of
        # before makes; its minerals are that commitment's, not none.
        "id": "art2-bought-from-the-refinery-told-before",
        "kind": "article",
        "headline": "EFA backs Townsville refinery",
        "text": "BRISBANE, 10 June 2025 (AAP) — Export Finance Australia will lend A$150 million to "
        "Queensland Pacific Metals for its vanadium refinery in Townsville, the agency said on "
        "Tuesday.\n\n"
        "Hitachi has agreed to buy electrolyte from the refinery for eight years, the company "
        "said.\n\n"
        "The refinery was first proposed in 2019.",
        "commitments": [
            {
                "actor": "EFA",
                "instrument": "loan",
                "amount": "150000000",
                "currency": "AUD",
                "minerals": ["vanadium"],
                "announced_on": date(2025, 6, 10),
            },
            {
                "actor": "Hitachi",
                "actor_country": "JP",
                "instrument": "offtake",
                "minerals": ["vanadium"],
                "announced_on": date(2025, 6, 10),
            },
        ],
    },
    {
        # Round 9 (blind batch 12): a headline joining two stories ("X expands ... as partners
        # plan joint reserve") is told apart by the body: no draft of X's reserve.
        "id": "art2-headline-joins-two-stories-the-body-tells-apart",
        "kind": "article",
        "headline": "Umicore expands Olen plant as Benelux partners plan joint reserve",
        "text": "BRUSSELS, 12 June 2025 (Belga) - Umicore will invest €200 million in a cathode "
        "materials plant in Olen that uses nickel and cobalt, the company said on Thursday.\n\n"
        "Belgium and the Netherlands agreed to jointly build a reserve of nickel and cobalt, the "
        "two governments said.\n\n"
        "Umicore has made battery materials in Belgium for decades.",
        "commitments": [
            {
                "actor": "Umicore",
                "instrument": "equity",
                "amount": "200000000",
                "currency": "EUR",
                "minerals": ["cobalt", "nickel"],
            },
            {"actor": "BE", "instrument": "stockpile", "amount": None, "minerals": ["cobalt", "nickel"]},
            {"actor": "NL", "instrument": "stockpile", "amount": None, "minerals": ["cobalt", "nickel"]},
        ],
    },
    {
        # Round 10: a headline's sum that totals the shares several lenders each take in the
        # lead ("to lend €120 million" over "will each lend €60 million") is no third loan.
        "id": "art2-headline-total-of-each-share",
        "kind": "article",
        "headline": "Commerzbank, Helaba to lend €120 million to lithium refinery",
        "text": "FRANKFURT, 3 July 2025 (Reuters) - Commerzbank and Helaba will each lend €60 million "
        "to a lithium hydroxide refinery in Brandenburg, the banks said on Thursday.\n\n"
        "The refinery will turn spodumene concentrate from Australia into battery-grade lithium.",
        "commitments": [
            {
                "actor": "Commerzbank",
                "instrument": "loan",
                "amount": "60000000",
                "currency": "EUR",
                "minerals": ["lithium"],
            },
            {"actor": "Helaba", "instrument": "loan", "amount": "60000000", "currency": "EUR"},
        ],
    },
    {
        # Round 10: a headline joining two stories ("... as Chile tightens lithium rules") and a
        # quote that names no mineral do not add the other story's mineral to the lead's loan.
        "id": "art2-headline-second-story-mineral-stays-out-of-the-loan",
        "kind": "article",
        "headline": "Banco Santander to finance copper smelter as Chile tightens lithium rules",
        "text": "SANTIAGO, 8 July 2025 (Reuters) - Banco Santander will lend $250 million to a copper "
        "smelter near Antofagasta, the bank said on Tuesday.\n\n"
        "Chile's government said on the same day it will require state partnership for new lithium "
        "projects, a measure it first floated in 2023.\n\n"
        '"Two hundred and fifty million dollars is our largest single loan to the mining sector," '
        "a Santander executive said.",
        "commitments": [
            {"actor": "Santander", "instrument": "loan", "amount": "250000000", "minerals": ["copper"]},
        ],
    },
    {
        # Round 10: a lender "for the project" the lead told of: that project's minerals.
        "id": "art2-lender-for-the-project-told-before",
        "kind": "article",
        "headline": "Ecopro commits 300 billion won to battery recycling in Pohang",
        "text": "SEOUL, 9 July 2025 (Yonhap) - EcoPro will invest ₩300 billion in a plant in Pohang "
        "that recovers nickel and cobalt from used batteries, the company said on Wednesday.\n\n"
        "Shinhan Bank will provide a ₩120 billion credit facility to EcoPro for the project, "
        "according to the statement.",
        "commitments": [
            {"actor": "EcoPro", "instrument": "equity", "minerals": ["cobalt", "nickel"]},
            {
                "actor": "Shinhan Bank",
                "instrument": "loan",
                "amount": "120000000000",
                "minerals": ["cobalt", "nickel"],
            },
        ],
    },
    {
        # Round 11: a later quote naming the very sum already read speaks of that deal, even in
        # words that would make another instrument ("offtake contracts").
        "id": "art2-quote-restating-the-sum-in-other-words",
        "kind": "article",
        "headline": "Swedbank backs Swedish graphite anode plant with SEK 900 million loan",
        "text": "STOCKHOLM, 10 July 2025 (Reuters) - Swedbank will lend SEK 900 million to a graphite "
        "anode plant in Boden, the bank said on Thursday.\n\n"
        "The plant will turn natural graphite from Norrbotten into anode material.\n\n"
        '"The SEK 900 million we are lending rests on ten-year offtake contracts," a Swedbank '
        "executive said.",
        "commitments": [
            {"actor": "Swedbank", "instrument": "loan", "amount": "900000000", "currency": "SEK"},
        ],
    },
    {
        # Round 11: the joint sum quoted again by the second lender stays on the first's draft.
        "id": "art2-quote-by-second-joint-lender-restates-the-sum",
        "kind": "article",
        "headline": "Two banks to finance nickel refinery in Sulawesi",
        "text": "JAKARTA, 11 July 2025 (Reuters) - Bank Mandiri and Bank Central Asia will jointly lend "
        "Rp 4 trillion to a nickel refinery in Morowali, the banks said on Friday.\n\n"
        '"The Rp 4 trillion we are lending will be drawn over two years," a Bank Central Asia '
        "director said.",
        "commitments": [
            {"actor": "Bank Mandiri", "instrument": "loan", "amount": "4000000000000", "currency": "IDR"},
            {"actor": "Bank Central Asia", "instrument": "loan", "amount": None},
        ],
    },
    {
        # Round 12: the headline's short name ("M&G") is the body's "Morales & Garcia (M&G)": its
        # sum is that company's, not the lead's stockpile's.
        "id": "art2-headline-short-name-is-the-body-company",
        "kind": "article",
        "headline": "Chile to build lithium stockpile; M&G commits $40 million to cathode plant",
        "text": "SANTIAGO, June 16 (Reuters) - Chile will build a national stockpile of lithium and "
        "copper, the mining ministry said on Monday.\n\n"
        "Separately, Morales & Garcia (M&G) will invest $40 million in a cathode plant in "
        "Antofagasta, the engineering group said.",
        "commitments": [
            {"actor": "CL", "instrument": "stockpile", "amount": None},
            {"actor": "M&G", "instrument": "equity", "amount": "40000000"},
        ],
    },
    {
        # Round 12: a name the headline writes whole keeps the short form the body gives it.
        "id": "art2-body-short-name-kept-over-headline-name",
        "kind": "article",
        "headline": "Bank Rakyat Pertama lends Rp 2 trillion to Harita nickel plant",
        "text": "JAKARTA, June 19 (Reuters) - Bank Rakyat Pertama (BRP) will lend to Harita for its "
        "nickel plant on Obi island, the lender said on Thursday.",
        "commitments": [
            {"actor": "BRP", "instrument": "loan", "amount": "2000000000000", "currency": "IDR"},
        ],
    },
]
