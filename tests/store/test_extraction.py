"""The commitment extractor: the corpus, amounts, fuzzy names, and that no input breaks it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import vocab
from store.extraction import (
    ISO_CODES,
    CommitmentDraft,
    Extraction,
    StatusChangeDraft,
    _extract,
    best_match,
    clean_text,
    extract,
    extract_article,
    local_dollar,
    parse_amount,
)
from store.schemas import CommitmentIn
from tests.eval_extraction import mismatches, run
from tests.store.extraction_corpus import (
    CASES,
    KNOWN_INITIATIVES,
    KNOWN_PROJECTS,
    SEED_INITIATIVES,
    SEED_PROJECTS,
    TODAY,
)


def _case_params() -> list[pytest.ParameterSet]:
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _case_params())
def test_corpus_case(case: dict) -> None:
    problems = mismatches(case, run(case))
    assert not problems, "\n".join(problems)


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 80
    assert len({c["id"] for c in CASES}) == len(CASES)
    instruments = {d["instrument"] for c in CASES for d in c["commitments"] if "instrument" in d}
    assert instruments == set(vocab.INSTRUMENTS)
    assert sum(1 for c in CASES if not c["commitments"]) >= 25  # enough ways to say nothing
    assert sum(1 for c in CASES if len(c["commitments"]) > 1) >= 5


def test_commitment_drafts_are_valid_store_input() -> None:
    # One test over the corpus (not ~4,600 parametrized items: pytest's per-item cost was most
    # of CI's time here); the first failing case is named.
    drafts = 0
    for case in (c for c in CASES if c["commitments"]):
        for draft in run(case).commitments:
            drafts += 1
            fields = draft.to_commitment_fields()
            assert set(fields) == set(CommitmentIn.model_fields) - {"source_url"}, case["id"]
            CommitmentIn(**fields)  # raises if the store would refuse it
            assert draft.instrument in vocab.INSTRUMENTS, case["id"]
            assert draft.status in vocab.COMMITMENT_STATUSES, case["id"]
            assert all(code in vocab.MINERALS_BY_CODE for code in draft.minerals), case["id"]
    assert drafts > 4000


def test_example_from_the_spec() -> None:
    found = extract(
        "Japan's JOGMEC agreed to take 40% of the graphite from the Matawinie mine "
        "and will lend up to C$150 million, pending due diligence.",
        known_projects=["Matawinie Mine", "Canadian graphite mines"],
        today=TODAY,
    )
    offtake, loan = found.commitments
    assert (offtake.actor, offtake.actor_country, offtake.actor_name) == ("JOGMEC", "JP", "JOGMEC")
    assert (offtake.instrument, offtake.quantity, offtake.quantity_unit) == ("offtake", Decimal(40), "%")
    assert (offtake.project, offtake.project_mention) == ("Matawinie Mine", "the Matawinie mine")
    assert offtake.minerals == ["graphite"] and offtake.status == "announced"
    assert (loan.actor, loan.instrument, loan.amount, loan.currency, loan.amount_is_ceiling, loan.status) == (
        "JOGMEC",
        "loan",
        Decimal(150_000_000),
        "CAD",
        True,
        "conditional",
    )
    assert found.worth_replying and not found.rejected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1.2bn", (Decimal(1_200_000_000), "USD", False)),
        ("up to C$150 million", (Decimal(150_000_000), "CAD", True)),
        ("€450m", (Decimal(450_000_000), "EUR", False)),
        ("£20 million", (Decimal(20_000_000), "GBP", False)),
        ("¥10 billion", (Decimal(10_000_000_000), "JPY", False)),
        ("¥10 billion in renminbi loans", (Decimal(10_000_000_000), "CNY", False)),
        ("A$1.25 billion", (Decimal(1_250_000_000), "AUD", False)),
        ("AU$300m", (Decimal(300_000_000), "AUD", False)),
        ("US$50m", (Decimal(50_000_000), "USD", False)),
        ("CA$75 million", (Decimal(75_000_000), "CAD", False)),
        ("CAD 200 million", (Decimal(200_000_000), "CAD", False)),
        ("450 million euros", (Decimal(450_000_000), "EUR", False)),
        ("EUR 30 million", (Decimal(30_000_000), "EUR", False)),
        ("$3B", (Decimal(3_000_000_000), "USD", False)),
        ("$5,000,000", (Decimal(5_000_000), "USD", False)),
        ("$2.26 billion", (Decimal(2_260_000_000), "USD", False)),
        ("as much as $500m", (Decimal(500_000_000), "USD", True)),
        ("a loan of up to US$1.2 billion", (Decimal(1_200_000_000), "USD", True)),
        ("$100-200 million", (Decimal(200_000_000), "USD", True)),
        ("50 billion won", (Decimal(50_000_000_000), "KRW", False)),
        ("more than $6.4 billion", (Decimal(6_400_000_000), "USD", False)),
        ("€1,5 billion", (Decimal(1_500_000_000), "EUR", False)),
        ("$110/kg", (Decimal(110), "USD", False)),
        ("C$ 150 million", (Decimal(150_000_000), "CAD", False)),
        # ISO 4217 codes before or after the number
        ("NOK 2bn", (Decimal(2_000_000_000), "NOK", False)),
        ("500 million SEK", (Decimal(500_000_000), "SEK", False)),
        ("BRL 5 billion", (Decimal(5_000_000_000), "BRL", False)),
        ("SAR3.75bn", (Decimal(3_750_000_000), "SAR", False)),
        ("ZAR 250,000", (Decimal(250_000), "ZAR", False)),
        ("75m CHF", (Decimal(75_000_000), "CHF", False)),
        ("NT$3 billion", (Decimal(3_000_000_000), "TWD", False)),
        ("1 billion South African rand", (Decimal(1_000_000_000), "ZAR", False)),
        ("400 million Swedish kronor", (Decimal(400_000_000), "SEK", False)),
        ("2 billion pounds", (Decimal(2_000_000_000), "GBP", False)),
        # crore and lakh
        ("Rs 1,500 crore", (Decimal(15_000_000_000), "INR", False)),
        ("Rs. 500 crore", (Decimal(5_000_000_000), "INR", False)),
        ("₹45 lakh crore", (Decimal(45 * 10**12), "INR", False)),
        ("INR 50 lakh", (Decimal(5_000_000), "INR", False)),
        ("Rs 1,50,000 crore", (Decimal(15 * 10**11), "INR", False)),
        ("a Rs 3,500-crore grant", (Decimal(35_000_000_000), "INR", False)),
        ("₹500 cr", (Decimal(5_000_000_000), "INR", False)),
        ("5 crore rupees", (Decimal(50_000_000), "INR", False)),
        # mn, bn, tn, M, B
        ("EUR 750mn", (Decimal(750_000_000), "EUR", False)),
        ("¥1tn", (Decimal(10**12), "JPY", False)),
        ("$500M", (Decimal(500_000_000), "USD", False)),
        ("a $2-billion loan", (Decimal(2_000_000_000), "USD", False)),
        # number words
        ("two billion dollars", (Decimal(2_000_000_000), "USD", False)),
        ("half a billion euros", (Decimal(500_000_000), "EUR", False)),
        ("a quarter of a billion dollars", (Decimal(250_000_000), "USD", False)),
        ("three quarters of a billion euros", (Decimal(750_000_000), "EUR", False)),
        ("two and a half billion pounds", (Decimal(2_500_000_000), "GBP", False)),
        ("one and three quarters billion euros", (Decimal(1_750_000_000), "EUR", False)),
        ("three hundred and fifty million euros", (Decimal(350_000_000), "EUR", False)),
        ("a hundred million dollars", (Decimal(100_000_000), "USD", False)),
        ("twenty-five million dollars", (Decimal(25_000_000), "USD", False)),
        ("a billion dollars", (Decimal(1_000_000_000), "USD", False)),
        ("five hundred billion won", (Decimal(500_000_000_000), "KRW", False)),
        ("up to two billion dollars", (Decimal(2_000_000_000), "USD", True)),
        ("a loan of two billion USD", (Decimal(2_000_000_000), "USD", False)),
        # ranges: the ceiling, flagged; "from ... to" is the new sum
        ("between $1bn and $1.5bn", (Decimal(1_500_000_000), "USD", True)),
        ("$1-1.5bn", (Decimal(1_500_000_000), "USD", True)),
        ("$1bn–$1.5bn", (Decimal(1_500_000_000), "USD", True)),
        ("EUR 200 to 300 million", (Decimal(300_000_000), "EUR", True)),
        ("200-300 million euros", (Decimal(300_000_000), "EUR", True)),
        ("between 20 and 30 billion yen", (Decimal(30_000_000_000), "JPY", True)),
        ("€400m to €500m", (Decimal(500_000_000), "EUR", True)),
        ("Rs 1,000-1,500 crore", (Decimal(15_000_000_000), "INR", True)),
        ("from C$100m to C$150m", (Decimal(150_000_000), "CAD", False)),
        ("between €1bn and $2bn", (Decimal(1_000_000_000), "EUR", False)),  # two sums, not a range
        ("a 5 billion dollar investment", (Decimal(5_000_000_000), "USD", False)),
        ("a one trillion dollar plan", (Decimal(10**12), "USD", False)),
        ("a 2 billion pound fund", (Decimal(2_000_000_000), "GBP", False)),
        ("South Africa's IDC approved R2.5 billion of funding", (Decimal("2500000000"), "ZAR", False)),
        ("a R500m grant from the DTIC", (Decimal("500000000"), "ZAR", False)),
    ],
)
def test_parse_amount(text: str, expected: tuple[Decimal, str, bool]) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "5,000,000",
        "40% of output",
        "20,000 t/yr",
        "in 2025",
        "the G7 met on 3 May",
        "ABC$",
        "$",
        "$0",
        "lunch at noon?",
        "$" + "9" * 40,
        # capitalised words that happen to be ISO codes, with no sum next to them
        "ALL 12 members of the MSP met",
        "The 2025 TOP 10 list of cobalt producers",
        "the CAD drawings for the 2026 plant",
        "the MOP call is at 14:00",
        "The GEL and BAM workstreams",
        "PHP 8.3 is out",
        "EUR/USD fell to 1.08",
        "Article 24 of the CRMA",
        "500 pounds of lithium",
        "half a billion tonnes of ore",
        "two billion people",
        "one of the two mines",
        "XAU 2,400 an ounce",
        "RS 232 cables",
        "a 5 pound note",
        # an R without a magnitude is no rand
        "the R2 road to the mine",
    ],
)
def test_parse_amount_finds_no_money(text: str) -> None:
    assert parse_amount(text) is None


def test_every_iso_4217_currency_is_read_before_or_after_the_number() -> None:
    assert (
        len(ISO_CODES) > 140 and {"NOK", "SEK", "CHF", "INR", "BRL", "KRW", "SAR", "AED", "ZAR"} <= ISO_CODES
    )
    assert not {"XAU", "XDR", "XTS", "XXX", "BOV"} & ISO_CODES  # metals, fund and test codes
    for code in sorted(ISO_CODES):
        assert parse_amount(f"a {code} 2bn loan") == (Decimal(2_000_000_000), code, False), code
        assert parse_amount(f"{code} 25,000") == (Decimal(25_000), code, False), code
        assert parse_amount(f"500 million {code} in grants") == (Decimal(500_000_000), code, False), code


@pytest.mark.parametrize(
    ("country", "dollar"),
    [("CA", "CAD"), ("AU", "AUD"), ("NZ", "NZD"), ("SG", "SGD"), ("HK", "HKD"), ("TW", "TWD")]
    + [("US", None), ("EC", None), ("JP", None), ("EU", None), ("G7", None), (None, None), ("", None)],
)
def test_local_dollar(country: str | None, dollar: str | None) -> None:
    assert local_dollar(country) == dollar


@pytest.mark.parametrize(
    ("text", "currency", "inferred"),
    [
        ("Ottawa will lend $300 million to a graphite mine.", "CAD", True),
        ("EDC signed a $75 million loan with Nouveau Monde Graphite.", "CAD", True),
        ("Canberra will provide a $200m grant for a rare earth refinery.", "AUD", True),
        ("Canada will lend a billion dollars to graphite producers.", "CAD", True),
        ("Ottawa will lend US$300 million to a graphite mine.", "USD", False),
        ("Ottawa will lend $300 million USD to a graphite mine.", "USD", False),
        ("Ottawa will lend C$300 million to a graphite mine.", "CAD", False),
        ("Washington will lend $300m to a graphite anode plant.", "USD", False),
        ("Japan will lend $400m to a lithium project in Argentina.", "USD", False),
    ],
)
def test_bare_dollar_takes_the_actors_dollar(text: str, currency: str, inferred: bool) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.currency, draft.currency_inferred) == (currency, inferred)


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        # invest -> equity, whatever the money goes into ...
        ("Japan will invest $300m in lithium projects in Chile.", "equity"),
        ("Ottawa will put $120 million into a Quebec scandium project.", "equity"),
        ("PIF announced a $500m investment in a copper smelter.", "equity"),
        ("BMW and Umicore are jointly investing €80m in a cobalt recycling hub.", "equity"),
        # ... unless a more specific instrument is named
        ("KfW will invest EUR 50m through a loan to the Keliber refinery.", "loan"),
        ("The DOE will invest $40m in grants for battery recycling.", "grant"),
        ("JBIC and NEXI jointly committed $1bn to Japanese companies investing in Canadian mines.", "other"),
        ("Saudi Arabia is setting up a $2bn investment fund for mining assets abroad.", "other"),
        ("Canada approved the investment screening of a $100m lithium bid.", "investment-screening"),
        ("The EU and Japan will jointly fund a €60m graphite purification pilot.", "grant"),
        ("SACE is guaranteeing €220m of the bank debt for a lithium project.", "guarantee"),
        ("UKEF is providing a £75m buyer credit for a rare earth magnet plant.", "loan"),
        # a holding bought, money sunk or poured into a thing, a stake being bought
        ("Tesi is taking a €25m minority position in a battery recycler in Finland.", "equity"),
        ("Boliden is pouring SEK 2 billion into its nickel and zinc smelter at Harjavalta.", "equity"),
        ("Mubadala is buying a 10% stake in a Brazilian nickel miner.", "equity"),
    ],
)
def test_the_verb_decides_the_instrument_when_no_instrument_is_named(text: str, instrument: str) -> None:
    assert [d.instrument for d in extract(text, today=TODAY).commitments][:1] == [instrument]


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("The Ministry of Mines sanctioned grants of Rs 75 lakh to an IIT lab.", "Ministry of Mines", "IN"),
        ("The Union Cabinet on Wednesday approved grants of ₹1,500 crore for recycling.", "IN", "IN"),
        (
            "The Ministry of Economy will lend ¥5 billion to a rare earth refinery.",
            "Ministry of Economy",
            "JP",
        ),
        # the euro and the US dollar are no one country's
        ("The Ministry of Economy will lend EUR 50m to a lithium refinery.", "Ministry of Economy", None),
        ("The Ministry of Mines will grant $5m to a lithium lab.", "Ministry of Mines", None),
        # a company we do not know, spending one country's own money with no other country
        # named, acts for that country (measured on the corpus's known organisations: round 10)
        ("Acme Holdings will invest Rs 75 crore in a graphite plant.", "Acme Holdings", "IN"),
        # ... but not where the sentence names another country it could be of
        ("Acme Holdings will invest Rs 75 crore in a graphite plant in Mozambique.", "Acme Holdings", None),
        # "<Name> ministry" is the Ministry of <Name>; money given outright is a grant
        ("Steel ministry gives IIT Madras 40 lakh rupees for cobalt research.", "Ministry of Steel", "IN"),
        ("Mines department gives a Pune lab Rs 60 lakh for lithium work.", "Department of Mines", "IN"),
    ],
)
def test_a_government_body_without_its_country_takes_its_currencys(
    text: str, actor: str, country: str | None
) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.actor, draft.actor_country) == (actor, country)


@pytest.mark.parametrize(
    "text",
    [
        "EDC has pulled its C$80m loan offer for a graphite mine in Quebec.",
        "JBIC pulled the guarantee it had offered for a nickel smelter in Sulawesi.",
        "Stellantis pulled out of its lithium offtake with a Nevada developer.",
    ],
)
def test_a_pulled_offer_is_withdrawn(text: str) -> None:
    assert [d.status for d in extract(text, today=TODAY).commitments] == ["withdrawn"]


@pytest.mark.parametrize(
    "text",
    [
        "Canberra will set a price floor of A$60 a kilogram for dysprosium oxide.",
        "The DOE agreed to guarantee lithium at $20,000 a tonne for a Nevada refinery.",
        "Japan will support a floor price of US$12 per pound for cobalt from Congo.",
    ],
)
def test_a_price_per_unit_is_not_the_sum_committed(text: str) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert draft.amount is None


@pytest.mark.parametrize(
    ("text", "actor", "counterparty"),
    [
        # the seller's side: the buyer after "to" is the other party
        (
            "Boliden agreed to sell nickel matte from Harjavalta to Umicore through 2029.",
            "Boliden",
            "Umicore",
        ),
        ("Iluka will sell dysprosium oxide from Eneabba to Posco for five years.", "Iluka", "Posco"),
        # a contract signed with a supplier
        (
            "Samsung SDI signed a five-year lithium hydroxide contract with Albemarle.",
            "Samsung SDI",
            "Albemarle",
        ),
        # the company that owns the source, not the place it is in
        (
            "Posco will buy graphite from the Molo mine in Madagascar, owned by NextSource Materials.",
            "Posco",
            "NextSource Materials",
        ),
    ],
)
def test_selling_and_supply_contracts_are_offtakes_with_the_other_company(
    text: str, actor: str, counterparty: str
) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.actor, draft.instrument, draft.counterparty) == (actor, "offtake", counterparty)


@pytest.mark.parametrize(
    ("text", "actors", "amounts"),
    [
        # a list of three names is one subject; "apiece" repeats the sum
        (
            "Nickel refinery debt: JBIC, KEXIM and EFA are lending US$90m apiece.",
            ["JBIC", "KEXIM", "EFA"],
            [90e6] * 3,
        ),
        # "both" before the verb: each acts alike
        ("Toyota and Hyundai have both agreed to buy nickel from Vale.", ["Toyota", "Hyundai"], [None, None]),
        # "pool" is jointly: the sum is stated once, on the first
        ("Tokyo and Seoul will pool $300m for a shared rare earth reserve.", ["JP", "KR"], [300e6, None]),
        # words describing the second name do not break the list
        (
            "JOGMEC and trading house Mitsui will jointly invest $90m in a graphite mine.",
            ["JOGMEC", "Mitsui"],
            [90e6, None],
        ),
        # a country's possessive before each name does not break the list
        (
            "Japan's JBIC and Korea's KEXIM will jointly lend $400m to a nickel smelter.",
            ["JBIC", "KEXIM"],
            [400e6, None],
        ),
    ],
)
def test_several_actors_give_one_draft_each(
    text: str, actors: list[str], amounts: list[float | None]
) -> None:
    drafts = extract(text, today=TODAY).commitments
    assert [d.actor for d in drafts] == actors
    assert [None if d.amount is None else float(d.amount) for d in drafts] == amounts


def test_a_list_of_minerals_naming_one_plant_is_one_clause() -> None:
    text = "EIFO is backing Umicore's nickel and cobalt precursor plant in Poland with a €40m guarantee."
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.instrument, draft.amount, draft.minerals) == ("guarantee", 40_000_000, ["cobalt", "nickel"])


@pytest.mark.parametrize(
    ("text", "counterparty"),
    [
        # the company financed, not a country adjective describing someone else
        ("EKN signed a SEK 900m loan with Talga, its largest to a Swedish graphite producer.", "Talga"),
        # the company after "with", not the province it builds in
        (
            "EDC has signed a C$90m loan with Nouveau Monde Graphite to build a mine in Quebec.",
            "Nouveau Monde Graphite",
        ),
        # where the mine lies is no party to the deal, even when no one else is named
        ("Japan will invest $300m in a lithium mine in Chile.", None),
        # a country bought into is
        ("Japan will invest $300m in Chile's lithium sector.", "CL"),
    ],
)
def test_the_company_financed_is_the_counterparty_over_a_place(text: str, counterparty: str | None) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert draft.counterparty == counterparty


def test_a_partnership_agreement_between_companies_is_no_memorandum() -> None:
    drafts = extract("Albemarle and Ford signed a lithium partnership agreement.", today=TODAY).commitments
    assert [(d.actor, d.instrument, d.counterparty) for d in drafts] == [("Albemarle", "other", "Ford")]


def test_each_signatory_of_a_memorandum_gets_a_draft_with_the_other_as_counterparty() -> None:
    drafts = extract(
        "Norway and Japan signed a memorandum of understanding on graphite.", today=TODAY
    ).commitments
    assert [(d.actor, d.instrument, d.counterparty) for d in drafts] == [
        ("NO", "mou", "JP"),
        ("JP", "mou", "NO"),
    ]


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("GIC will invest S$200m in a cobalt refinery in Indonesia.", "GIC", "SG"),
        ("Antam will invest $300m in a nickel smelter in Halmahera.", "Antam", "ID"),
        ("Outokumpu is investing EUR 40m in a chromium recovery line.", "Outokumpu", "FI"),
        ("KGHM Polska Miedź will invest PLN 600m in a rhenium plant.", "KGHM", "PL"),
    ],
)
def test_miners_and_funds_of_msp_and_g20_members_carry_their_country(
    text: str, actor: str, country: str
) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.actor, draft.actor_country) == (actor, country)


@pytest.mark.parametrize(
    "text",
    [
        "NMDC's ₹1,500 crore number is from last year's annual report, not a new commitment.",
        "Canberra is unlikely to extend the price floor to lithium any time soon.",
        "Japan is likely to lend $200m to the project next year.",
        "Background for the note: DOD started funding rare earth separation back in 2019.",
        "Carmakers are reluctant to sign offtake contracts at prices above what China charges.",
        "Iluka said the refinery's capital cost has risen to A$1.8 billion.",
        # an analyst's own reading, and talk about what a headline says
        "My take: JBIC is more likely to lend than take equity in the Kwinana refinery.",
        "In my view EDC will end up guaranteeing most of the graphite debt.",
        "The headline reads 'DOE funds cobalt' but the article is really about a 2021 grant.",
    ],
)
def test_denials_forecasts_costs_and_background_are_not_proposed(text: str) -> None:
    assert extract(text, today=TODAY).commitments == []


def test_parse_amount_decimal_is_exact() -> None:
    amount, _, _ = parse_amount("$1.2bn") or (None, None, None)
    assert str(amount) == "1200000000"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the Ontario refinery", "Ontario rare earth processing facilities"),
        ("Ontario facility", "Ontario rare earth processing facilities"),
        ("the Matawinie project", "Matawinie Mine"),
        ("Nechalacho", "Nechalacho rare earth project"),
        ("the mine", None),  # no distinctive word
        ("the Canadian mines", None),  # graphite or rare earth: a tie is not a guess
        ("the Quebec lithium hub", None),
        ("", None),
    ],
)
def test_best_match_projects(mention: str, expected: str | None) -> None:
    assert best_match(mention, list(SEED_PROJECTS)) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("G7 action plan", "G7 Critical Minerals Action Plan"),
        ("the production alliance", "Canada-led critical minerals production alliance"),
        ("the MSP partnership", None),
        ("the Critical Raw Materials Act", "EU Critical Raw Materials Act"),
    ],
)
def test_best_match_initiatives(mention: str, expected: str | None) -> None:
    # The names these were written against; later batches added "MSP Finance Network" (which
    # "the MSP partnership" matches on its one distinctive word) and "Critical Raw Materials Act".
    assert best_match(mention, list(SEED_INITIATIVES)) == expected


def test_no_known_names_means_no_project() -> None:
    found = extract("JBIC will lend $300m to the Matawinie mine.", today=TODAY)
    assert found.commitments[0].project is None
    assert found.commitments[0].project_mention == "the Matawinie mine"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<@U123> JBIC <!channel> lent <!here>", "JBIC lent"),
        ("see <https://example.com/a?b=1|the release>", "see the release"),
        ("see <https://example.com/a>", "see"),
        ("<#C123|general> news", "general news"),
        ("*JBIC* signed _today_ ~maybe~ `code`", "JBIC signed today maybe code"),
        ("JBIC\u200f lent\u202e $5m\x00", "JBIC lent $5m"),
        ("AT&amp;T &lt;3", "AT&T <3"),
        ("great :tada: news", "great news"),
        ("＄５m", "$5m"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert " ".join(clean_text(raw).split()) == clean


def test_slack_markup_and_invisible_marks_do_not_hide_a_commitment() -> None:
    found = extract(
        "<@U0123ABC> FYI <https://jbic.go.jp/x|JBIC>\u200f signed a ＄300m loan with NMG <!here> :rocket:",
        today=TODAY,
    )
    assert [(c.actor, c.amount) for c in found.commitments] == [("JBIC", Decimal(300_000_000))]


def test_relative_dates_follow_today() -> None:
    text = "JBIC signed a $300m loan yesterday."
    assert extract(text, today=date(2025, 1, 1)).commitments[0].announced_on == date(2024, 12, 31)
    assert extract(text, today=TODAY).commitments[0].announced_on == date(2025, 6, 19)
    assert extract("JBIC signed a $300m loan.", today=TODAY).commitments[0].announced_on is None


def test_same_input_same_output() -> None:
    text = CASES[0]["text"]
    first = extract(text, known_projects=KNOWN_PROJECTS, today=TODAY)
    again = extract(text, known_projects=KNOWN_PROJECTS, today=TODAY)
    assert first == again


def test_rejected_drafts_carry_a_reason() -> None:
    found = extract(
        "Canada did not commit to a price floor. Japan might lend $5m. Has the EU signed the offtake?",
        today=TODAY,
    )
    assert not found.commitments and not found.worth_replying
    assert [d.reason for d in found.rejected] == ["negation", "hypothetical", "question"]
    assert all(not d.is_commitment for d in found.rejected)


def test_status_change_alone_is_worth_replying() -> None:
    found = extract("The Ontario facility entered permitting.", known_projects=KNOWN_PROJECTS, today=TODAY)
    assert found.worth_replying and not found.commitments
    assert found.status_changes[0].new_status in vocab.PROJECT_STATUSES


def test_empty_extraction_is_not_worth_replying() -> None:
    assert not Extraction().worth_replying
    assert Extraction(status_changes=[StatusChangeDraft(None, "x", "permitting")]).worth_replying
    assert Extraction(commitments=[CommitmentDraft(actor="JP")]).worth_replying


@pytest.mark.parametrize("bad", [None, 42, b"JBIC lent $5m", ["JBIC"]])
def test_non_text_input_is_tolerated(bad: object) -> None:
    assert isinstance(extract(bad), Extraction)  # type: ignore[arg-type]


def test_long_message_is_read_only_up_to_the_cap() -> None:
    sentence = (
        "Japan's JOGMEC agreed to take 40% of the graphite from the Matawinie mine and "
        "will lend up to C$150 million. "
    )
    for text in (
        sentence * 400,
        "A. " * 14_000,
        "$1 " * 14_000,
        "Japan " * 7_000,
        "<" * 40_000,
        "1" * 40_000,
        "and " * 10_000,
        "'s " * 14_000,
        "two and a half billion dollars " * 1_300,
        "between $1bn and " * 2_400,
        "half a quarter of a " * 2_000 + "billion euros",
        "Rs 1,50,000 crore-" * 2_200,
    ):
        found = _extract(text[:40_000], KNOWN_PROJECTS, KNOWN_INITIATIVES, TODAY)
        assert len(found.commitments) + len(found.rejected) <= 200


_FRAGMENTS = [
    "Japan's JOGMEC",
    "agreed to",
    "take 40% of",
    "the Matawinie mine",
    "and",
    "will lend",
    "up to",
    "C$150 million",
    "pending due diligence",
    "did not",
    "?",
    "<@U123>",
    "<!here>",
    "<https://x.y|link>",
    ":tada:",
    "the U.S.",
    "€",
    "¥",
    "$",
    "1.2bn",
    "5,000 t/yr",
    "yesterday",
    "on March 3",
    "in 2025",
    "G7",
    "price floor",
    "export controls on gallium",
    "stake",
    "letter of interest",
    "entered permitting",
    "MoU",
    ";",
    ",",
    ".",
    "\n",
    "\u200f",
    "\x00",
    "🙂",
    "ك",
    "Ω",
    "'s",
    "-",
    "%",
    "by",
    "from",
    "with",
    "reportedly",
    "might",
    "If",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a priced offtake, from a company named with the country it sells from
        (
            "Tiber Trading agreed to buy €20 million of nickel cathode from Drina Metals Serbia.",
            ("Tiber Trading", "offtake", "Drina Metals Serbia"),
        ),
        # a known company's name written with its trade ("Albemarle Materials"): the name as written
        (
            "Kaimai Refining will sell its lithium hydroxide output to Albemarle Materials.",
            ("Kaimai Refining", "offtake", "Albemarle Materials"),
        ),
        # a plant's output, named by the plant's possessive
        (
            "Kaimai Refining agreed to buy the smelter's output for five years.",
            ("Kaimai Refining", "offtake", None),
        ),
        # export licences now required: a control in force
        (
            "Malawi now requires export licences for graphite concentrate shipments.",
            ("Malawi", "export-control", None),
        ),
    ],
)
def test_priced_offtakes_controls_and_sellers_as_written(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.actor_name, draft.instrument, draft.counterparty) == expected


@pytest.mark.parametrize(
    ("text", "actor_name", "country"),
    [
        # a caisse of a known cooperative group, its kind written small
        (
            "Caisse populaire Desjardins will lend C$3 million to a graphite co-op.",
            "Caisse populaire Desjardins",
            "CA",
        ),
        # a company whose officer is quoted for "we"
        (
            '"We will invest A$60 million in the antimony plant," Mundaring Minerals\' CEO told analysts.',
            "Mundaring Minerals",
            "AU",
        ),
        # a label before the line is no part of the name; "proposed" is the actor's verb
        (
            "Draft: Yukon Development Corporation proposed a C$10 million grant to a lithium mine.",
            "Yukon Development Corporation",
            "CA",
        ),
        (
            "Correction: Yukon Development Corporation will grant C$10 million to a lithium mine.",
            "Yukon Development Corporation",
            "CA",
        ),
    ],
)
def test_actors_named_around_quotes_labels_and_caisses(text: str, actor_name: str, country: str) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.actor_name, draft.actor_country) == (actor_name, country)


def test_chatter_after_fyi_names_a_known_lender_and_its_shorthand() -> None:
    (draft,) = extract(
        "fyi desjardins lending C$3m to the Li refinery in Bécancour, signed tue", today=TODAY
    ).commitments
    assert (draft.actor, draft.minerals, draft.announced_on) == ("Desjardins", ["lithium"], date(2025, 6, 17))


@pytest.mark.parametrize("text", ["Acme Co refinery will expand.", "Ga smelter news: none."])
def test_a_symbol_that_names_a_company_or_state_is_no_mineral_before_a_plant(text: str) -> None:
    assert not extract(text, today=TODAY).commitments


# Round 20 (blind batch 23): rules for chatter, sanctions, mail prefixes, regions and replies


@pytest.mark.parametrize(
    ("text", "actor", "announced_on"),
    [
        ("finep grants R$40 million to a lithium refining pilot", "Finep", None),
        ("heads up: aktia lends eur 6m to a nickel refinery in harjavalta", "Aktia", None),
        ("on monday nmdc said it will invest ₹400 crore in a lithium block", "NMDC", date(2025, 6, 16)),
    ],
)
def test_a_small_typed_acronym_opening_chatter_before_its_verb_is_the_actor(
    text: str, actor: str, announced_on: date | None
) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert (draft.actor, draft.announced_on) == (actor, announced_on)


@pytest.mark.parametrize(
    "text",
    [
        "intel from the conference: a lithium grant of R$40 million is coming",
        "apple of my eye: a R$40 million lithium grant",
    ],
)
def test_a_small_typed_acronym_not_before_a_verb_stays_a_word(text: str) -> None:
    found = extract(text, today=TODAY)
    assert all(d.actor not in {"Intel", "Apple"} for d in found.commitments + found.rejected)


def test_a_lender_sanctioning_a_sum_lends_it_a_ministry_does_not() -> None:
    (loan,) = extract(
        "SBI sanctions ₹2,400 crore for a copper smelter expansion in Gujarat", today=TODAY
    ).commitments
    assert (loan.actor, loan.instrument, loan.amount) == ("SBI", "loan", Decimal("24000000000"))
    (other,) = extract(
        "Ministry of Mines sanctions ₹240 crore for a copper smelter in Gujarat", today=TODAY
    ).commitments
    assert other.instrument != "loan"
    assert not extract("SBI sanctions Russian firms over a copper smelter", today=TODAY).commitments


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("FWD: Sojitz to invest $90m", "Sojitz to invest $90m"),
        ("Re: Fw: Sojitz to invest $90m", "Sojitz to invest $90m"),
        ("Refinery: Sojitz to invest $90m", "Refinery: Sojitz to invest $90m"),
        ("Sojitz re: the $90m", "Sojitz re: the $90m"),
        # a newsroom's label in capitals names no one
        ("PRESS RELEASE: Sojitz to invest $90m", "Sojitz to invest $90m"),
        ("BREAKING: UPDATE 2: Sojitz to invest $90m", "Sojitz to invest $90m"),
        ("EXCLUSIVE: Sojitz to invest $90m", "Sojitz to invest $90m"),
        # an organisation heading its own line, a label written small, or a label mid-text stay
        ("JBIC: to lend $90m", "JBIC: to lend $90m"),
        ("Breaking: Sojitz to invest $90m", "Breaking: Sojitz to invest $90m"),
        ("Sojitz UPDATE: invest $90m", "Sojitz UPDATE: invest $90m"),
    ],
)
def test_a_mail_forward_or_reply_mark_opening_a_message_is_dropped(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ford agreed to buy nickel from a smelter in Sulawesi", "Ford"),
        ("nmdc agreed to buy lithium from an Australian mine", "NMDC"),
        # a short name typed small is read only before its verb: a ford is also a crossing
        ("ford crossing agreed to buy nickel from a smelter in Sulawesi", None),
    ],
)
def test_a_short_name_typed_small_before_agreed_is_the_actor(text: str, actor: str | None) -> None:
    found = extract(text, today=TODAY)
    assert [d.actor for d in found.commitments] == ([actor] if actor else [])


def test_a_place_before_a_semicolon_does_not_run_into_the_next_clause() -> None:
    found = extract(
        "Nordea will lend €60m to a nickel mine in Lapland; Finnvera will guarantee €30m of it",
        today=TODAY,
    ).commitments
    assert [(d.actor, d.instrument, d.amount) for d in found] == [
        ("Nordea", "loan", Decimal("60000000")),
        ("Finnvera", "guarantee", Decimal("30000000")),
    ]


def test_nothing_new_since_leaves_a_recall_in_its_year() -> None:
    found = extract("In 2021 Vancity lent C$2 million to a battery recycler; nothing new since", today=TODAY)
    assert not found.commitments


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Région Grand Est awards a €5 million grant to a rare earth recycling plant", "FR"),
        ("Regione Emilia Romagna awards a €5 million grant to a rare earth recycling plant", "IT"),
        # a direction names regions of many countries: "South West" is not Cameroon's
        ("The South West Development Commission awards a $5 million grant to a lithium plant", None),
    ],
)
def test_a_hyphenated_region_written_as_two_words_gives_a_local_bodys_country(
    text: str, country: str | None
) -> None:
    (draft,) = extract(text, today=TODAY).commitments
    assert draft.actor_country == country


def test_a_hedge_taken_back_by_has_signed_is_a_commitment() -> None:
    (draft,) = extract(
        "Sparkasse Spree-Neiße could... no, it has signed: it will lend as much as €30m to a lithium plant",
        today=TODAY,
    ).commitments
    assert (draft.actor, draft.amount_is_ceiling) == ("Sparkasse Spree-Neiße", True)
    assert not extract("Sparkasse Spree-Neiße could lend €30m to a lithium refinery", today=TODAY).commitments


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Banque Populaire Grand Ouest to lend $150m to a cobalt refinery", "Banque Populaire Grand Ouest"),
        ("Banque Populaire Grand Ouest, a cobalt refinery and $150m", None),
        ("Standard Chartered New York will lend $5m to a lithium mine", "Standard Chartered"),
    ],
)
def test_a_known_banks_regional_name_of_two_words_goes_on_only_before_its_verb(
    text: str, actor: str | None
) -> None:
    drafts = extract(text, today=TODAY).commitments
    assert [d.actor_name for d in drafts] == ([actor] if actor else [])


def test_a_plant_symbol_opening_a_shorthand_item_names_its_metal() -> None:
    (draft,) = extract("ADQ -> $250m equity, Li refinery, Abu Dhabi", today=TODAY).commitments
    assert draft.minerals == ["lithium"]
    (other,) = extract("KfW lends $5m to Acme, Co refinery builders", today=TODAY).commitments
    assert other.minerals == []


def test_a_terse_reply_to_a_quoted_question_takes_its_verb() -> None:
    (draft,) = extract(
        "> which bank is lending to the cobalt plant?\nEmirates NBD, AED 300 million"
    ).commitments
    assert (draft.actor, draft.instrument, draft.amount, draft.minerals) == (
        "Emirates NBD",
        "loan",
        Decimal("300000000"),
        ["cobalt"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "which bank is lending to the cobalt plant?\nEmirates NBD, AED 300 million",  # not quoted
        "> is Emirates NBD lending to the cobalt plant?\nEmirates NBD, AED 300 million",  # asks no party
        "> which bank is lending to the cobalt plant?\nEmirates NBD, AED 300 million, maybe",
        "> which bank is lending to the cobalt plant?\nno idea, ask Emirates NBD",
    ],
)
def test_a_reply_is_read_as_an_answer_only_to_a_quoted_question_asking_who(text: str) -> None:
    assert not extract(text).commitments


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=3000),
        st.lists(st.sampled_from(_FRAGMENTS), max_size=80).map(" ".join),
        st.lists(st.sampled_from(_FRAGMENTS), max_size=80).map("".join),
    ),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
)
def test_any_text_gives_well_formed_drafts(text: str, today: date) -> None:
    found = _extract(text, KNOWN_PROJECTS, KNOWN_INITIATIVES, today)  # without the safety net
    for draft in found.commitments:
        assert draft.is_commitment and draft.actor
        assert draft.instrument in vocab.INSTRUMENTS
        CommitmentIn(**draft.to_commitment_fields())
    for draft in found.rejected:
        assert not draft.is_commitment and draft.reason
    for draft in found.commitments + found.rejected:
        assert draft.status in vocab.COMMITMENT_STATUSES
        assert draft.announced_on is None or draft.announced_on <= today
        assert draft.amount is None or (draft.amount > 0 and draft.currency)
        assert draft.project is None or draft.project in KNOWN_PROJECTS
        assert draft.initiative is None or draft.initiative in KNOWN_INITIATIVES
    for change in found.status_changes:
        assert change.new_status in vocab.PROJECT_STATUSES


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_parse_amount_never_raises(text: str) -> None:
    result = parse_amount(text)
    assert result is None or (result[0] > 0 and len(result[1]) == 3)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # the two CFA francs: the actor's country tells which
        ("Mali's BNDA is lending 8 billion CFA francs to a lithium haulage firm.", "XOF"),
        ("Cameroon's Afriland First Bank is lending 8 billion CFA francs to a cobalt firm.", "XAF"),
    ],
)
def test_cfa_francs_are_the_actors_region_s(text: str, currency: str) -> None:
    (draft,) = extract(text).commitments
    assert (draft.amount, draft.currency) == (Decimal("8000000000"), currency)


def test_a_weekday_opening_a_message_dates_it() -> None:
    (draft,) = extract(
        "Tuesday: Kestrel Bank signed a €4 million loan for a germanium plant", today=TODAY
    ).commitments
    assert draft.announced_on is not None and draft.announced_on.weekday() == 1
    # (a weekday later in the message, not before a colon, is no announcement date)
    (draft,) = extract(
        "Kestrel Bank signed a €4 million loan for a germanium plant due Tuesday", today=TODAY
    ).commitments
    assert draft.announced_on is None


def test_a_negation_told_of_another_party_after_a_semicolon_is_not_the_actors() -> None:
    (draft,) = extract(
        "Kestrel Bank takes a $5m stake in a copper miner; Ardoise Capital says it has not decided"
    ).commitments
    assert draft.actor_name == "Kestrel Bank"
    # (the actor's own negation, or "it", still negates)
    assert not extract(
        "Kestrel Bank takes a $5m stake in a copper miner; it has not decided on more"
    ).commitments
    assert not extract(
        "Kestrel Bank will not lend $5m to a copper miner; Ardoise Capital says it will"
    ).commitments


def test_a_clause_with_its_own_actor_and_target_borrows_no_mineral_across_a_semicolon() -> None:
    first, second = extract(
        "Kestrel Bank is investing $250m in a copper mine; "
        "Ardoise Capital takes a $40m stake in a battery recycler"
    ).commitments
    assert (first.minerals, second.minerals) == (["copper"], [])
    # (the same target, or a gapped clause, shares it)
    first, second = extract(
        "Kestrel Bank will invest $150 million in a lithium refinery; "
        "Ardoise Bank lends $20 million to the same company."
    ).commitments
    assert second.minerals == ["lithium"]


def test_a_mineral_trailed_off_with_its_words_is_taken_back() -> None:
    (draft,) = extract(
        "Kestrel Bank will lend CNY 500m to a tungsten-and-rare-earth smelter... "
        "correction, just the rare earth smelter"
    ).commitments
    assert draft.minerals == ["rare-earths"]


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        # a participle describing the borrower, a purchase financed: the lender's loan
        ("Kestrel Bank will lend $50m to a Thai firm buying into a Laos lithium project.", "loan"),
        ("Kestrel Bank will finance the purchase of cobalt from a refinery with a $50m credit line.", "loan"),
        # (a purchase made is still an offtake)
        ("Kestrel Metals will buy cobalt from a refinery in Zambia for $50m.", "offtake"),
    ],
)
def test_what_the_borrower_does_is_not_the_deal(text: str, instrument: str) -> None:
    (draft,) = extract(text).commitments
    assert draft.instrument == instrument


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a lender named like a known company of another trade is not that company's unit
        ("Patria Bank will lend €15 million to a copper refinery in Baia Mare.", None),
        ("Patria Bank is extending 150 million RON to a copper refinery in Baia Mare", "RO"),
        # (a known group's company of its own trade still is: Patria is a Finnish manufacturer)
        ("Patria Aviation will invest €15 million in a copper refinery.", "FI"),
    ],
)
def test_a_bank_named_like_a_company_of_another_trade_is_not_its_unit(text: str, country: str | None) -> None:
    (draft,) = extract(text).commitments
    assert draft.actor_country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a city two countries claim gives no country; the shekels do
        ("Bank Jerusalem lends ILS 60 million to a lithium brine pilot in the Negev", "IL"),
        ("Bank Jerusalem lends $60 million to a lithium brine pilot in the Negev", None),
        # (another governorate of the same list still does)
        ("Bank Hebron lends $60 million to a lithium brine pilot.", "PS"),
    ],
)
def test_a_disputed_city_names_no_bodys_country(text: str, country: str | None) -> None:
    (draft,) = extract(text).commitments
    assert draft.actor_country == country


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("Banque Commerciale du Congo will lend $45 million to a cobalt plant in Kolwezi", None, None),
        ("Congo will ban cobalt exports for four months, the mines ministry said", "Congo", None),
        # a qualified name says which Congo
        ("Republic of Congo will ban cobalt exports for four months", "CG", "CG"),
        ("DR Congo will ban cobalt exports for four months", "CD", "CD"),
        ("Kivu Cobalt Refining secured a $30m loan from Congo's FBNBank DRC", "FBNBank DRC", "CD"),
    ],
)
def test_the_bare_word_congo_gives_no_country(text: str, actor: str | None, country: str | None) -> None:
    (draft,) = extract(text).commitments
    assert draft.actor == (actor or draft.actor) and draft.actor_country == country


def test_a_known_banks_longer_name_takes_the_registrys_country() -> None:
    # "ING Bank Śląski" is ING's Polish bank, which Poland's registry lists
    (draft,) = extract("ING Bank Śląski is lending 250 mln zł to a copper foil plant.").commitments
    assert (draft.actor, draft.actor_country) == ("ING Bank Śląski", "PL")


def test_a_lenders_country_is_its_datelines_when_nothing_else_gives_one() -> None:
    body = "LUSAKA, June 17 - Kestrel Bank will lend $35 million to a copper concentrator, the bank said."
    (draft,) = extract_article(
        body, headline="Kestrel Bank lends to concentrator", today=date(2026, 6, 20)
    ).commitments
    assert draft.actor_country == "ZM"
    # (a company of another trade is news anywhere: no country from the dateline)
    body = "LUSAKA, June 17 - Kestrel Metals will invest $35 million in a copper concentrator."
    (draft,) = extract_article(body, headline="Kestrel invests", today=date(2026, 6, 20)).commitments
    assert draft.actor_country is None
    # (unless the text calls it local)
    body = (
        "LUSAKA, June 17 - Kestrel Metals, a local copper trader, will invest $35 million in a "
        "copper concentrator."
    )
    (draft,) = extract_article(body, headline="Kestrel invests", today=date(2026, 6, 20)).commitments
    assert draft.actor_country == "ZM"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Région Centre-Val de Loire will grant €2 million to a graphite mill.", "FR"),
        ("North Dakota Industrial Commission grants $4 million to a rare earth plant", "US"),
        ("Eläkevakuutusyhtiö Kestrel commits €25m to a Nordic critical minerals fund", "FI"),
        ("Kuveyt Türk provides $25m of financing to a rare earth pilot plant", "TR"),
        ("BPJS Ketenagakerjaan takes a 10% stake in a nickel plant for $300 million", "ID"),
        # (a region's word before no region's name gives none)
        ("Region Kestrel Capital will grant €2 million to a graphite mill.", None),
    ],
)
def test_a_bodys_own_words_give_its_country(text: str, country: str | None) -> None:
    (draft,) = extract(text).commitments
    assert draft.actor_country == country


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        # a capitalised word or two before a known "Bank of ..." name make a longer name
        ("Agricultural Development Bank of Kestrelia lends $2m to a graphite mine", None, None),
        ("Agricultural Development Bank of China lends 2 billion yuan to a graphite mine", None, "CN"),
        ("Agricultural Development Bank of Ghana will lend GHS 150 million to a manganese mine", None, "GH"),
        (
            "Development Bank of Ghana will lend GHS 150 million to a manganese mine",
            "Development Bank of Ghana",
            "GH",
        ),
        # (not after a word that is no name's: "However")
        ("However Bank of China lends 2 billion yuan to a graphite mine", "Bank of China", "CN"),
    ],
)
def test_words_before_a_known_bank_of_name_make_a_longer_name(
    text: str, actor: str | None, country: str | None
) -> None:
    (draft,) = extract(text).commitments
    assert draft.actor_name == (actor or text.split(" lend")[0].split(" will")[0])
    assert draft.actor_country == country


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sparebanken Sogn og Fjordane lends NOK 150 million to a vanadium plant",
            "Sparebanken Sogn og Fjordane",
        ),
        ("Údarás na Gaeltachta has awarded €900,000 to a germanium start-up", "Údarás na Gaeltachta"),
        (
            "Banco Comercial e de Investimentos signs a $12 million loan to a graphite plant",
            "Banco Comercial e de Investimentos",
        ),
        (
            "Banco de la Provincia de Córdoba lends US$20m to a lithium brine project",
            "Banco de la Provincia de Córdoba",
        ),
        (
            "Banca Popolare dell'Alto Adige announced a €35 million loan to a copper mill",
            "Banca Popolare dell'Alto Adige",
        ),
        # (two names joined by "and" stay two)
        ("Kestrel Bank and Ardoise Bank will each lend $5m to a copper mill", "Kestrel Bank"),
    ],
)
def test_joining_words_of_other_languages_keep_a_name_whole(text: str, actor: str) -> None:
    assert extract(text).commitments[0].actor_name == actor


@pytest.mark.parametrize(
    ("text", "counterparty"),
    [
        ("Kestrel Metals will sell cobalt to Trafigura... no wait, to Mercuria", "Mercuria"),
        ("Kestrel Motors will buy nickel from Sumitomo... no, from Nickel Industries", "Nickel Industries"),
        # (an ellipsis before other words takes nothing back)
        ("Kestrel Metals will sell cobalt to Trafigura... no idea for how long", "Trafigura"),
    ],
)
def test_an_ellipsis_and_a_repeated_word_take_back_a_party(text: str, counterparty: str) -> None:
    (draft,) = extract(text).commitments
    assert draft.counterparty == counterparty


def test_a_word_taken_back_by_a_minerals_name_after_a_question_mark() -> None:
    (draft,) = extract(
        "Kestrel Bank will lend $25m to a copper... diamond? no, copper concentrator"
    ).commitments
    assert draft.minerals == ["copper"]
    # (a question answered stays a question)
    assert not extract("is KfW in? no, not yet").commitments


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        ("Kestrel Bank: NAD 120m for a lithium mine near Uis", "loan"),
        ("SGB-Bank: 20-30 mln zł for a cobalt recycling line in Gliwice", "loan"),
    ],
)
def test_a_banks_label_on_a_sum_for_a_plant_is_a_loan(text: str, instrument: str) -> None:
    (draft,) = extract(text).commitments
    assert draft.instrument == instrument


def test_a_label_that_is_no_lenders_makes_no_loan() -> None:
    assert not extract("Kestrel Metals: $20m for a lithium mine near Uis").commitments


def test_a_measure_under_way_is_a_commitment() -> None:
    (draft,) = extract("Morocco is fast-tracking permits for cobalt and copper mines").commitments
    assert (draft.actor, draft.instrument) == ("MA", "other")
    # (fast-tracking a deal is no measure of a country's)
    assert not extract("Morocco is fast-tracking talks on cobalt").commitments


def test_a_body_named_for_alsace_is_french() -> None:
    (draft,) = extract("Alsace Kestrel Capital invests €3.5 million in a lithium start-up").commitments
    assert draft.actor_country == "FR"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("PIF commits... sorry, PIF will invest $2bn", "PIF will invest $2bn"),
        ("KfW lends... actually, KfW invests €5m", "KfW invests €5m"),
        # the word after the correction was not typed before: left to the readers of sums
        ("KfW lends... sorry, invests €5m", "KfW lends... sorry, invests €5m"),
        # an ellipsis with no correction word is a pause, not a restart
        ("PIF commits... PIF will invest $2bn", "PIF commits... PIF will invest $2bn"),
    ],
)
def test_words_broken_off_and_typed_again_after_a_correction_are_dropped(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_each_receiver_of_one_givers_sum_is_the_counterparty_of_its_own_draft() -> None:
    found = extract(
        "MP Materials and Noveon Magnetics each won a $15m grant from the Department of Energy",
        today=TODAY,
    ).commitments
    assert [(d.actor, d.amount, d.counterparty) for d in found] == [
        ("DOE", Decimal("15000000"), "MP Materials"),
        ("DOE", Decimal("15000000"), "Noveon Magnetics"),
    ]
    # without "each" the receivers share one grant
    (shared,) = extract(
        "MP Materials and Noveon Magnetics won a $15m grant from the Department of Energy", today=TODAY
    ).commitments
    assert shared.counterparty == "MP Materials"
