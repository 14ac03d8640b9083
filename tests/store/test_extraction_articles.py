"""Reading whole articles: the dateline, the headline, each commitment once, background left out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from store.extraction import Extraction, extract, extract_article, merged
from store.extraction.articles import MAX_ARTICLE_SENTENCES, read_dateline
from tests.store.extraction_corpus import KNOWN_PROJECTS, TODAY

LEAD = "Export Development Canada will lend C$75 million to Nouveau Monde Graphite for the Matawinie Mine."


def read(text: str, headline: str | None = None, today: date = TODAY) -> Extraction:
    return extract_article(text, headline=headline, known_projects=KNOWN_PROJECTS, today=today)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("TOKYO, March 3, 2025 (Reuters) - ", date(2025, 3, 3)),
        ("TOKYO, March 3 (Reuters) - ", date(2025, 3, 3)),  # no year: the last March 3
        ("TOKYO, Dec 3 (Reuters) - ", date(2024, 12, 3)),
        ("OTTAWA, ON, Feb. 12, 2025 /CNW/ - ", date(2025, 2, 12)),
        ("WASHINGTON, Dec. 10, 2024 /PRNewswire/ -- ", date(2024, 12, 10)),
        ("DARWIN, Australia, Jan. 22, 2025 (GLOBE NEWSWIRE) -- ", date(2025, 1, 22)),
        ("3 March 2025 \u2014 ", date(2025, 3, 3)),
        ("LUXEMBOURG, 14 May 2025 - ", date(2025, 5, 14)),
        ("LUXEMBOURG/BERLIN, June 18, 2025 - ", date(2025, 6, 18)),  # filed from two places
        ("2025-04-01 - ", date(2025, 4, 1)),
    ],
)
def test_the_dateline_dates_the_article_and_its_place_is_not_an_actor(dateline: str, expected: date) -> None:
    assert read_dateline(dateline + LEAD, TODAY).on == expected
    found = read(dateline + LEAD)
    assert [(d.actor, d.instrument, d.amount, d.announced_on) for d in found.commitments] == [
        ("EDC", "loan", Decimal(75_000_000), expected)
    ]
    assert found.commitments[0].project == "Matawinie Mine"
    assert all(d.actor not in {"JP", "US", "AU", "CA"} for d in found.commitments + found.rejected)


def test_a_published_line_dates_a_dateline_without_a_date() -> None:
    text = f"WASHINGTON \u2014 {LEAD}\n\nPublished: October 17, 2024\n\nThe mine opens in 2027."
    assert [d.announced_on for d in read(text).commitments] == [date(2024, 10, 17)]


def test_without_a_dateline_dates_are_read_as_in_a_message() -> None:
    text = "EDC signed a C$75 million loan with Nouveau Monde Graphite yesterday.\n\nThe mine opens in 2027."
    assert [d.announced_on for d in read(text).commitments] == [date(2025, 6, 19)]
    assert "JBIC - a bank" not in read_dateline("JBIC - a bank - lent $5m", TODAY).__repr__()
    assert read_dateline("JBIC - a bank - lent $5m", TODAY).end == 0


# Before the dateline patterns took runs of spaces whole, the first of these took some 20 s of
# CPU to refuse (a run split among four optional `\s*`); tests/bench/extraction.py times them.
HOSTILE_SPACES = ["AB" + " " * 3998, "WASHINGTON, Abc" + " " * 3985, "Published" + " " * 3991, "\n" * 4000]


@pytest.mark.parametrize("body", HOSTILE_SPACES)
def test_a_run_of_spaces_where_a_dateline_would_be_is_no_dateline(body: str) -> None:
    assert read_dateline(body, TODAY) == read_dateline("", TODAY)
    assert not read(body, headline=body[:200]).commitments


def test_a_dateline_and_published_line_spaced_out_are_still_read() -> None:
    spaced = "  WASHINGTON ,  Dec. 10, 2024   /PRNewswire/   --  " + LEAD
    assert read_dateline(spaced, TODAY).on == date(2024, 12, 10)
    assert read_dateline(spaced, TODAY).place == "WASHINGTON"
    published = f"{LEAD}\n\n \n  Published on :\n October 17, 2024\n"
    assert read_dateline(published, TODAY).on == date(2024, 10, 17)


def test_a_dateline_after_today_is_not_an_announcement_date() -> None:
    found = read("TOKYO, March 3, 2026 (Reuters) - " + LEAD)
    assert [d.announced_on for d in found.commitments] == [None]


def test_the_headline_names_the_actor_the_lead_leaves_out() -> None:
    found = read(
        "TOKYO, April 15, 2025 (Nikkei) - The agency will invest C$60 million in the Canadian graphite "
        "mines, it said on Tuesday.\n\nThe investment gives Japan a secure source of anode material.",
        headline="JOGMEC takes stake in Canadian graphite mines",
    )
    assert [(d.actor, d.actor_country, d.instrument, d.amount) for d in found.commitments] == [
        ("JOGMEC", "JP", "equity", Decimal(60_000_000))
    ]


def test_a_headline_word_the_lead_writes_as_a_place_gives_way_to_the_lead_counterparty() -> None:
    found = read(
        "OSLO, June 18 (Reuters) - Fjell Kapital will invest NOK 50 million in Nordland Mineraler, "
        "which is building a graphite mine on Senja, the investor said on Wednesday.",
        headline="Fjell Kapital puts NOK 50 million into Senja graphite miner",
    )
    assert [(d.actor, d.counterparty) for d in found.commitments] == [("Fjell Kapital", "Nordland Mineraler")]


def test_the_same_loan_in_headline_lead_and_quote_is_one_draft() -> None:
    found = read(
        "FRANKFURT, 28 January 2025 - KfW is providing a EUR 150 million loan to Vulcan Energy for its "
        'lithium refinery.\n\n"The EUR 150 million loan is one of our largest," a KfW board member said.'
        "\n\nKfW said it signed the loan of EUR 150 million on Monday.",
        headline="KfW lends nearly EUR 150 million for German lithium refinery",
    )
    assert [(d.actor, d.instrument, d.amount, d.currency) for d in found.commitments] == [
        ("KfW", "loan", Decimal(150_000_000), "EUR")
    ]
    assert found.commitments[0].minerals == ["lithium"]
    assert found.commitments[0].status == "binding"  # the lead's "signed" says more than the headline


def test_different_amounts_are_different_commitments() -> None:
    found = read(
        "WASHINGTON, Jan. 8, 2025 - The Department of Defense today awarded $40 million to Perpetua "
        "Resources for antimony.\n\nThe department also awarded $12 million to a gallium project in Arizona.",
        headline="Pentagon awards antimony and gallium funding",
    )
    assert [(d.actor, d.amount) for d in found.commitments] == [
        ("DOD", Decimal(40_000_000)),
        ("DOD", Decimal(12_000_000)),
    ]


@pytest.mark.parametrize(
    "background",
    [
        "In 2023, JBIC and JOGMEC provided a further $200 million to Lynas.",
        "DFC previously invested $25 million in TechMet.",
        "Last year, the Canada Infrastructure Bank committed C$90 million to the company.",
        "Canberra gave a A$7.5 million grant to the partnership fund last year.",
        "The agency first offered a $2 billion loan conditionally in March 2023.",
        "Canberra committed A$5.9 million to joint projects with India in 2022.",
    ],
)
def test_background_about_earlier_years_proposes_nothing(background: str) -> None:
    found = read(f"OTTAWA, ON, Feb. 12, 2025 /CNW/ - {LEAD}\n\n{background}\n\nThe mine opens in 2027.")
    assert [d.actor for d in found.commitments] == ["EDC"]
    assert any(d.reason.startswith("background") for d in found.rejected), [d.reason for d in found.rejected]


def test_a_later_verb_of_a_loan_told_before_adds_no_draft() -> None:
    found = read(
        f"OTTAWA, ON, Feb. 12, 2025 /CNW/ - {LEAD}\n\nThe loan will run for 15 years and sits "
        "alongside Canadian government financing."
    )
    assert [d.actor for d in found.commitments] == ["EDC"]
    # a later clause with a subject of its own is its own deal
    found = read(
        f"OTTAWA, ON, Feb. 12, 2025 /CNW/ - {LEAD}\n\nThe loan will run for 15 years, and UK Export "
        "Finance will provide a £150 million guarantee."
    )
    assert [(d.actor, d.instrument) for d in found.commitments] == [("EDC", "loan"), ("UKEF", "guarantee")]


def test_this_years_news_in_a_later_paragraph_is_kept() -> None:
    found = read(
        f"OTTAWA, ON, Feb. 12, 2025 /CNW/ - {LEAD}\n\nSeparately, UK Export Finance will provide a "
        "£150 million guarantee for Cornish Lithium, announced in 2025."
    )
    assert [(d.actor, d.instrument) for d in found.commitments] == [("EDC", "loan"), ("UKEF", "guarantee")]


def test_a_long_article_is_read_up_to_its_cap() -> None:
    filler = "\n\n".join(f"Paragraph {i} says nothing new about the market." for i in range(400))
    late = "\n\nJBIC will lend $500 million to Lynas."
    found = read(f"TOKYO, March 3, 2025 - {LEAD}\n\n{filler}{late}")
    assert [d.actor for d in found.commitments] == ["EDC"]  # the lead, not sentence 402
    assert MAX_ARTICLE_SENTENCES < 402


def test_boilerplate_ends_the_reading() -> None:
    found = read(
        f"OTTAWA, ON, Feb. 12, 2025 /CNW/ - {LEAD}\n\nAbout Export Development Canada\n\n"
        "EDC lends C$10 billion a year to exporters."
    )
    assert [d.amount for d in found.commitments] == [Decimal(75_000_000)]


@pytest.mark.parametrize(
    "body", ["", "   ", None, 42, "\x00" * 10, "- - -", "TOKYO, March 99, 2025 - x", "$" * 5000]
)
def test_odd_input_gives_an_empty_reading_not_an_error(body: object) -> None:
    found = extract_article(body, headline=body if isinstance(body, str) else None, today=TODAY)  # type: ignore[arg-type]
    assert isinstance(found, Extraction) and not found.commitments


def test_a_message_and_its_page_are_merged_each_commitment_once() -> None:
    message = extract("EDC will lend C$75m to NMG", today=TODAY)
    page = read(f"OTTAWA, ON, Feb. 12, 2025 /CNW/ - {LEAD}\n\nJBIC will lend $300 million to Lynas.")
    both = merged(message, page)
    assert [(d.actor, d.amount) for d in both.commitments] == [
        ("EDC", Decimal(75_000_000)),
        ("JBIC", Decimal(300_000_000)),
    ]
    assert both.commitments[0].project == "Matawinie Mine"  # the page fills what the message lacks


def test_a_page_titles_site_name_is_not_part_of_the_headline() -> None:
    found = read(
        "TOKYO, April 15, 2025 - The agency will invest C$60 million in the Canadian graphite mines.",
        headline="JOGMEC takes stake in Canadian graphite mines | Ministry of Economy, Trade and Industry",
    )
    assert [(d.actor, d.amount) for d in found.commitments] == [("JOGMEC", Decimal(60_000_000))]


def test_a_project_stage_is_read_but_not_from_background() -> None:
    found = read(
        "MONTREAL, June 2, 2025 - The Matawinie Mine entered construction on Monday, the company said."
        "\n\nIn 2023, the Matawinie Mine entered permitting."
    )
    assert [(c.project, c.new_status) for c in found.status_changes] == [("Matawinie Mine", "construction")]


def test_an_analysis_piece_proposes_nothing() -> None:
    body = (
        "LONDON, June 10, 2025 - JBIC will lend $300 million to Lynas, a banker said on Tuesday."
        "\n\nThe G7 should set up a $5 billion fund."
    )
    assert read(body, headline="Analysis: Why price floors matter").commitments == []
    weighed = read(
        "TOKYO, June 3, 2025 - Mitsubishi is studying new investments in rare earth mines, but none has yet "
        "committed money.\n\nTokyo could lend $2 billion through JBIC, the authors suggest."
    )
    assert weighed.commitments == []
    assert {d.reason for d in weighed.rejected} >= {"weighs or urges a policy, commits nothing"}
    # What the money may do later is no doubt about the loan itself.
    lent = read(
        "TOKYO, June 3, 2025 - JBIC will lend $300 million to Lynas, which is studying a second plant."
    )
    assert [(d.actor, d.amount) for d in lent.commitments] == [("JBIC", Decimal(300_000_000))]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("NEW DELHI, May 28, 2025 - The Union Cabinet on Wednesday approved grants of Rs 1,500 crore.", "IN"),
        (
            "MONTREAL, June 13, 2025 - The Government of Canada is providing a C$45 million grant to NMG.",
            "CA",
        ),
        ("OTTAWA, June 13, 2025 - The federal government will provide a C$45 million grant to NMG.", "CA"),
    ],
)
def test_a_government_named_without_its_country_is_the_country_of_the_text_or_dateline(
    lead: str, expected: str
) -> None:
    assert [(d.actor, d.actor_country, d.instrument) for d in read(lead).commitments] == [
        (expected, expected, "grant")
    ]


def test_a_government_with_no_country_found_is_not_an_actor() -> None:
    found = read(
        "SPRINGFIELD, June 13, 2025 - The Cabinet approved a $45 million grant to a lithium refinery."
    )
    assert found.commitments == []
    assert [d.reason for d in found.rejected] == ["no actor"]


def test_minerals_come_from_the_paragraph_after_or_the_headline() -> None:
    found = read(
        "LUXEMBOURG, 12 June 2025 - The European Investment Bank will lend EUR 120 million to Terrafame."
        "\n\nThe expansion will double the plant's output of nickel sulphate and cobalt sulphate."
        "\n\nKfW will also guarantee EUR 50 million of bank loans.\n\nTerrafame is owned by Finland.",
        headline="Two lenders back Terrafame graphite refinery",  # the headline is the last resort
    )
    assert [(d.actor, d.minerals) for d in found.commitments] == [
        ("EIB", ["cobalt", "nickel"]),
        ("KfW", ["graphite"]),
    ]


def test_a_joint_stockpile_in_the_headline_takes_the_leads_amount_once() -> None:
    found = read(
        "NEW DELHI, June 4, 2025 - Japan and India agreed on Wednesday to jointly build an $800 million "
        "reserve of lithium.\n\nSeparately, JBIC agreed to lend $250 million to IREL for a separation plant.",
        headline="Japan and India to jointly stockpile critical minerals",
    )
    assert [(d.actor, d.instrument, d.amount, d.minerals) for d in found.commitments] == [
        ("JP", "stockpile", Decimal(800_000_000), ["lithium"]),
        ("IN", "stockpile", None, ["lithium"]),
        ("JBIC", "loan", Decimal(250_000_000), []),
    ]
    assert [d.note for d in found.commitments[:2]] == [
        "joint with India: the amount is stated once, here",
        "joint with Japan: the amount is stated once, on Japan's record",
    ]


def test_the_company_reporting_a_loan_is_neither_its_actor_nor_the_headlines() -> None:
    found = read(
        "DARWIN, Jan. 22, 2025 - Arafura Rare Earths said on Wednesday that Export Finance Australia "
        "approved a A$100 million loan for the Nolans rare earths project.",
        headline="Arafura secures Export Finance Australia funding for Nolans",
    )
    assert [(d.actor, d.instrument, d.amount) for d in found.commitments] == [
        ("EFA", "loan", Decimal(100_000_000))
    ]
    assert found.commitments[0].statement.startswith("Arafura Rare Earths said")


def test_two_clauses_of_one_sentence_stay_two_commitments_and_a_superlative_is_no_total() -> None:
    found = read(
        "FRANKFURT, June 5, 2025 - KfW and Bpifrance will each lend EUR 150 million to a lithium refinery, "
        "in one of the largest public financings of a battery project so far.",
        headline="Cabinet approves Rs 1,500 crore grant; KABIL to invest Rs 200 crore in lithium",
    )
    assert [(d.actor, d.amount) for d in found.commitments][-2:] == [
        ("KfW", Decimal(150_000_000)),
        ("Bpifrance", Decimal(150_000_000)),
    ]
    assert found.claims == []


def test_the_company_named_like_its_project_is_the_counterparty_by_its_fuller_name() -> None:
    found = read(
        "VIENNA, June 18, 2025 - OeKB will lend €120 million to Wolfsberg Lithium for a spodumene "
        "mine and concentrator in Carinthia, the bank said.",
        headline="OeKB lends €120m to Wolfsberg",
    )
    assert [(d.actor, d.counterparty, d.project) for d in found.commitments] == [
        ("OeKB", "Wolfsberg Lithium", "Wolfsberg lithium project")
    ]


def test_the_mine_in_a_later_paragraph_is_the_project_the_article_named() -> None:
    found = read(
        "PERTH, June 18, 2025 - Iluka will invest A$200 million in the Eneabba rare earths refinery, "
        "the company said.\n\n"
        "Export Finance Australia will also lend A$100 million to the refinery's builder.\n\n"
        "Separately, EFA will lend A$50 million to a nickel mine in Western Australia."
    )
    assert [(d.actor, d.project) for d in found.commitments] == [
        ("Iluka", "Eneabba rare earths refinery"),
        ("EFA", "Eneabba rare earths refinery"),
        ("EFA", None),
    ]


def test_a_sentence_about_the_award_names_who_gets_it() -> None:
    found = read(
        "WASHINGTON, June 10, 2025 - The Energy Department has awarded $25 million to a company "
        "building a graphite plant in Ohio, the department said.\n\n"
        "The award, made under the Bipartisan Infrastructure Law, will go to Anovion Technologies to "
        "finish the plant."
    )
    assert [(d.actor, d.counterparty) for d in found.commitments] == [("DOE", "Anovion Technologies")]


def test_another_actors_sum_in_the_headline_does_not_take_the_first_ones_instrument() -> None:
    found = read(
        "WASHINGTON, June 10, 2025 - The Pentagon has awarded $20 million to an antimony smelter in "
        "Idaho.\n\n"
        "Separately, EXIM issued a letter of interest for up to $300 million for a rare earths mine.",
        headline="Pentagon awards $20 million to antimony smelter; EXIM eyes up to $300m for rare earths",
    )
    assert [(d.actor, d.instrument) for d in found.commitments] == [
        ("DOD", "grant"),
        ("EXIM", "letter-of-interest"),
    ]


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("CANBERRA, 20 June 2025\n\n", date(2025, 6, 20)),
        ("NEW DELHI, June 16, 2025\n\nPress Information Bureau\n\n", date(2025, 6, 16)),
    ],
)
def test_a_dateline_on_a_line_of_its_own_dates_the_release(dateline: str, expected: date) -> None:
    assert read_dateline(dateline + LEAD, TODAY).on == expected
    found = read(dateline + LEAD)
    assert [(d.actor, d.announced_on) for d in found.commitments] == [("EDC", expected)]


def test_the_company_after_a_companys_own_deal_stays_that_company() -> None:
    found = read(
        "TOKYO, June 3, 2025 - Sojitz will invest $40 million in Lynas Rare Earths.\n\n"
        "The company will also buy 2,000 tonnes of rare earth oxide from Iluka."
    )
    assert [(d.actor, d.instrument) for d in found.commitments] == [
        ("Sojitz", "equity"),
        ("Sojitz", "offtake"),
    ]


def test_the_same_actor_again_without_a_sum_is_one_commitment_unless_it_says_another() -> None:
    restated = read(
        "BERLIN, June 3, 2025 - KfW will lend EUR 100 million to Vulcan Energy.\n\n"
        "KfW will finance the plant together with commercial lenders."
    )
    assert [(d.actor, d.instrument) for d in restated.commitments] == [("KfW", "loan")]
    another = read(
        "BERLIN, June 3, 2025 - KfW will lend EUR 100 million to Vulcan Energy.\n\n"
        "KfW will also take a stake in the company."
    )
    assert [(d.actor, d.instrument) for d in another.commitments] == [("KfW", "loan"), ("KfW", "equity")]


def test_a_relative_clauses_not_negates_nothing_but_a_reported_not_does() -> None:
    kept = extract("JBIC will lend $300m to a refinery that does not use Chinese ore.", today=TODAY)
    assert [(d.actor, d.instrument) for d in kept.commitments] == [("JBIC", "loan")]
    refused = extract("JBIC said that it will not lend $300m to the refinery.", today=TODAY)
    assert refused.commitments == []


# --- Session 6: rules from tests/store/extraction_corpus_articles2.py, in other words ---


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("ASX ANNOUNCEMENT\n\n16 June 2025\n\n", date(2025, 6, 16)),
        ("MEDIA RELEASE\nTuesday, 3 June 2025\n\n", date(2025, 6, 3)),
        ("June 10, 2025\n\nWASHINGTON, D.C. \u2014 ", date(2025, 6, 10)),  # the place's dateline under it
    ],
)
def test_a_date_on_a_line_of_its_own_above_the_text_dates_the_release(heading: str, expected: date) -> None:
    assert read_dateline(heading + LEAD, TODAY).on == expected
    found = read(heading + LEAD)
    assert [(d.actor, d.announced_on) for d in found.commitments] == [("EDC", expected)]


def test_a_companys_announcement_of_anothers_commitment_names_the_other_as_actor() -> None:
    found = read(
        "PERTH, June 2, 2025 - Iluka Resources Limited (ASX: ILU) is pleased to announce that Export "
        "Finance Australia has approved a A$80 million loan for its rare earths refinery."
    )
    assert [(d.actor, d.instrument) for d in found.commitments] == [("EFA", "loan")]


def test_the_agency_also_doing_something_is_a_new_commitment_and_todays_sum_is_the_same() -> None:
    found = read(
        "TOKYO, June 3, 2025 - Japan Organization for Metals and Energy Security will invest "
        "$30 million in a graphite mine in Tanzania.\n\n"
        "The agency will also guarantee $20 million of the mine's bank loans.\n\n"
        '"Today\'s $30 million investment secures graphite for Japanese battery makers," a JOGMEC '
        "director said."
    )
    assert [(d.actor, d.instrument, d.amount) for d in found.commitments] == [
        ("JOGMEC", "equity", Decimal(30_000_000)),
        ("JOGMEC", "guarantee", Decimal(20_000_000)),
    ]


def test_to_the_company_and_the_plants_owner_name_the_other_party() -> None:
    found = read(
        "PARIS, June 3, 2025 - Bpifrance will lend EUR 40 million to Imerys for a lithium mine in "
        "the Allier.\n\n"
        "EIB will lend a further EUR 60 million to the company.\n\n"
        "Stellantis will also take a EUR 25 million stake in the mine's owner, Emili Lithium, Imerys "
        "said."
    )
    assert [(d.actor, d.counterparty) for d in found.commitments] == [
        ("Bpifrance", "Imerys"),
        ("EIB", "Imerys"),
        ("Stellantis", "Emili Lithium"),
    ]


@pytest.mark.parametrize(
    "owner_sentence",
    [
        "Kagiso Minerals, which owns Tshipi, said the deal would help it raise debt.",
        "The deal was announced by Kagiso Minerals, the mine's operator.",
    ],
)
def test_the_sites_owner_named_elsewhere_is_the_seller(owner_sentence: str) -> None:
    found = read(
        "JOHANNESBURG, June 3, 2025 - Sojitz has agreed to buy all of the manganese concentrate "
        "from the Tshipi mine for five years.\n\n" + owner_sentence
    )
    assert [(d.actor, d.instrument, d.counterparty) for d in found.commitments] == [
        ("Sojitz", "offtake", "Kagiso Minerals")
    ]


def test_a_mineral_naming_the_site_or_the_company_is_not_the_commitments() -> None:
    found = read(
        "SEOUL, June 3, 2025 - KEXIM will lend $40 million to Korea Zinc to recover indium at its "
        "Onsan zinc smelter."
    )
    assert [(d.actor, d.minerals) for d in found.commitments] == [("KEXIM", ["indium"])]


def test_a_headline_without_sum_or_instrument_is_told_by_the_body() -> None:
    found = read(
        "BRUSSELS, June 3, 2025 - The EIB will lend EUR 100 million to Keliber.\n\n"
        "Separately, Finnvera will guarantee EUR 50 million of the company's loans.",
        headline="G7 partners pledge funds for Finnish lithium",
    )
    assert [(d.actor, d.instrument) for d in found.commitments] == [
        ("EIB", "loan"),
        ("Finnvera", "guarantee"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The Government of Canada is providing $8 million to Fireweed Metals for a tungsten mill.",
        "The Department of Industry will provide $8 million to Fireweed Metals for a tungsten mill.",
    ],
)
def test_a_government_giving_money_without_saying_how_gives_a_grant(lead: str) -> None:
    found = read("OTTAWA, June 3, 2025 - " + lead)
    assert [(d.instrument, d.amount) for d in found.commitments] == [("grant", Decimal(8_000_000))]


def test_a_quote_on_approvals_that_secure_supplies_adds_nothing() -> None:
    found = read(
        "NEW DELHI, June 3, 2025 - The Ministry of Mines approved Rs 500 crore in funding for IREL "
        "to expand its rare earth plant.\n\n"
        '"These approvals bring India closer to secure supplies of rare earths," the Secretary said.'
    )
    assert [(d.actor, d.instrument) for d in found.commitments] == [("Ministry of Mines", "grant")]


@pytest.mark.parametrize(
    ("text", "instrument", "counterparty"),
    [
        # a product bought, however many words describe it
        (
            "Itochu agreed to buy all of the heavy rare earth concentrate produced at the mine.",
            "offtake",
            None,
        ),
        # a country adjective describing the company financed
        (
            "SACE will guarantee EUR 50 million of loans to Canadian graphite developer Northern Graphite.",
            "guarantee",
            "Northern Graphite",
        ),
        # a region is where, not who
        (
            "NMDC will invest Rs 100 crore for KABIL to explore lithium in Argentina's Salta province.",
            "equity",
            "KABIL",
        ),
    ],
)
def test_a_sentence_reads_the_product_bought_and_the_company_financed(
    text: str, instrument: str, counterparty: str | None
) -> None:
    found = extract(text, today=TODAY)
    assert [(d.instrument, d.counterparty) for d in found.commitments] == [(instrument, counterparty)]


def test_a_named_body_reported_as_going_to_act_is_todays_news() -> None:
    found = extract("Britain said British International Investment would invest $60 million in Zambia.")
    assert [(d.actor, d.instrument, d.status) for d in found.commitments] == [("BII", "equity", "announced")]


def test_heavy_rare_earth_as_an_adjective_is_the_heavy_group() -> None:
    found = extract("Sojitz will buy 500 tonnes of heavy rare earth oxide from Lynas.", today=TODAY)
    assert [d.minerals for d in found.commitments] == [["heavy-rare-earths"]]


@pytest.mark.parametrize(
    "text",
    [
        "Japan pledged $500 million in loans for copper mines, as G7 leaders met in the Canadian Rockies.",
        "Germany's KfW will provide a EUR 80 million grant for a graphite plant, the German government said.",
    ],
)
def test_the_occasion_and_the_reporter_are_not_the_other_party(text: str) -> None:
    found = extract(text, today=TODAY)
    assert [d.counterparty for d in found.commitments] == [None]


def test_a_governments_permits_beside_its_state_banks_loan_are_news_of_their_own() -> None:
    body = (
        "The Canada Infrastructure Bank will lend $100 million to a nickel refinery near Timmins. "
        "Ottawa will also fast-track permits for the refinery's power line, the minister added."
    )
    found = read(body).commitments
    assert [(d.actor, d.instrument) for d in found] == [("CIB", "loan"), ("CA", "other")]
    # a country's own grant told again is the grant, not a second measure
    again = read(
        "Canada will grant $100 million to a nickel refinery near Timmins. "
        "Ottawa will also provide the grant in two tranches, the minister added."
    ).commitments
    assert [(d.actor, d.instrument) for d in again] == [("CA", "grant")]
