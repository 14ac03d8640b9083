# ruff: noqa: E501 (tables of questions read best one to a line)
"""The tuned question corpus: questions and the reading each must give.

Every family of issue 13 (totals, counts, lists, who, rankings, breakdowns, comparisons,
change, dates, charts, and questions that cannot be read), with paraphrases and typos.
Dates are read as of TODAY; names come from the fixed KNOWN_* lists below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

TODAY = date(2026, 3, 18)  # a Wednesday

KNOWN_PROJECTS = [
    "Ontario rare earth processing facilities",
    "Canadian graphite mines",
    "Canadian rare earth mines",
    "Nolans Bore",
    "Mount Weld",
    "Kvanefjeld",
]
# (name, short name, venue, launched on)
KNOWN_INITIATIVES = [
    ("G7 Critical Minerals Action Plan", "G7 CMAP", "2025 G7 summit, Kananaskis, Canada", date(2025, 6, 17)),
    (
        "Canada-led critical minerals production alliance",
        "Production Alliance",
        "2025 G7 summit, Kananaskis, Canada",
        date(2025, 6, 17),
    ),
    ("Minerals Security Partnership", "MSP", "Washington", date(2022, 6, 14)),
]


@dataclass(frozen=True)
class Q:
    """A question and the reading it must give."""

    text: str
    intent: str
    filters: dict[str, str] = field(default_factory=dict)
    grouping: str | None = None
    limit: int | None = None
    chart: bool = False

    def expected(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "filters": self.filters,
            "grouping": self.grouping,
            "limit": self.limit,
            "chart": self.chart,
        }


G7 = "G7 Critical Minerals Action Plan"
ALLIANCE = "Canada-led critical minerals production alliance"
MSP = "Minerals Security Partnership"
GRAPHITE_MINES = "Canadian graphite mines"
REE_MINES = "Canadian rare earth mines"
ONTARIO = "Ontario rare earth processing facilities"

# fmt: off
CORPUS: list[Q] = [
    # Totals
    Q("how much has Japan committed to graphite?", "total", {"country": "JP", "mineral": "graphite"}),
    Q("How much has Japan committed to graphite", "total", {"country": "JP", "mineral": "graphite"}),
    Q("how much did Japan commit to graphite", "total", {"country": "JP", "mineral": "graphite"}),
    Q("how much money has japan pledged for graphite?", "total", {"country": "JP", "mineral": "graphite"}),
    Q("total Japanese commitments to graphite", "total", {"country": "JP", "mineral": "graphite"}),
    Q("how much has Japan put into graphite", "total", {"country": "JP", "mineral": "graphite"}),
    Q("how much has Japan committed to graphit?", "total", {"country": "JP", "mineral": "graphite"}),
    Q("how much has Japn committed to graphite?", "total", {"country": "JP", "mineral": "graphite"}),
    Q("how much did Germany commit in 2024?", "total",
      {"country": "DE", "since": "2024-01-01", "until": "2024-12-31"}),
    Q("how much did Germany commit during 2024", "total",
      {"country": "DE", "since": "2024-01-01", "until": "2024-12-31"}),
    Q("How much has Germany committed?", "total", {"country": "DE"}),
    Q("total committed to recycling projects", "total", {"stage": "recycling"}),
    Q("total money committed to recycling", "total", {"stage": "recycling"}),
    Q("how much has been committed to processing projects?", "total", {"stage": "processing"}),
    Q("how much has the G7 put into Canadian projects since June 2025?", "total",
      {"country": "G7", "where": "CA", "since": "2025-06-01"}),
    Q("how much has the G7 invested in Canadian projects since June 2025", "total",
      {"country": "G7", "where": "CA", "since": "2025-06-01"}),
    Q("how much has the EU committed?", "total", {"country": "EU"}),
    Q("how much has the US committed to rare earths?", "total", {"country": "US", "mineral": "rare-earths"}),
    Q("how much has the U.S. committed to rare earths", "total", {"country": "US", "mineral": "rare-earths"}),
    Q("how much have American agencies committed to rare earths?", "total",
      {"country": "US", "mineral": "rare-earths"}),
    Q("total committed to graphite", "total", {"mineral": "graphite"}),
    Q("total committed", "total", {}),
    Q("how much money is committed overall?", "total", {}),
    Q("how much has been committed to the Canadian graphite mines?", "total", {"project": GRAPHITE_MINES}),
    Q("how much money has gone to Nolans Bore?", "total", {"project": "Nolans Bore"}),
    Q("how much has been pledged under the G7 CMAP?", "total", {"initiative": G7}),
    Q("how much has Australia committed this year?", "total", {"country": "AU", "since": "2026-01-01"}),
    Q("how much did Korea commit last year", "total",
      {"country": "KR", "since": "2025-01-01", "until": "2025-12-31"}),
    Q("how much has South Korea committed to lithium", "total", {"country": "KR", "mineral": "lithium"}),
    Q("how much has Canada committed to rare earth magnets?", "total", {"country": "CA", "stage": "magnets"}),
    Q("sum of loans by Japan", "total", {"country": "JP", "instrument": "loan"}),
    Q("how much has Japan lent?", "total", {"country": "JP", "instrument": "loan"}),
    Q("how much is binding?", "total", {"status": "binding"}),
    Q("how much money is in binding commitments", "total", {"status": "binding"}),
    Q("how much has France committed to lithium since 2025-01-15?", "total",
      {"country": "FR", "mineral": "lithium", "since": "2025-01-15"}),
    Q("how much has the UK committed before 2025", "total", {"country": "GB", "until": "2024-12-31"}),

    # Counts
    Q("how many offtake agreements are there?", "count_commitments", {"instrument": "offtake"}),
    Q("how many offtakes are there", "count_commitments", {"instrument": "offtake"}),
    Q("how many ofttake agreements?", "count_commitments", {"instrument": "offtake"}),
    Q("number of offtake deals", "count_commitments", {"instrument": "offtake"}),
    Q("how many projects in Australia?", "count_projects", {"country": "AU"}),
    Q("how many projects are there in Australia", "count_projects", {"country": "AU"}),
    Q("how many Australian projects are there?", "count_projects", {"country": "AU"}),
    Q("how many projects?", "count_projects", {}),
    Q("how many commitments are there", "count_commitments", {}),
    Q("how many commitments has Japan made", "count_commitments", {"country": "JP"}),
    Q("how many loans has the US made?", "count_commitments", {"country": "US", "instrument": "loan"}),
    Q("how many graphite projects are in Canada?", "count_projects", {"mineral": "graphite", "country": "CA"}),
    Q("how many projects are under construction", "count_projects", {"status": "construction"}),
    Q("how many mining projects are there?", "count_projects", {"stage": "mining"}),
    Q("how many price floors have been proposed", "count_commitments",
      {"instrument": "price-floor", "status": "proposed"}),
    Q("count of commitments to rare earths", "count_commitments", {"mineral": "rare-earths"}),
    Q("how many commitments since January?", "count_commitments", {"since": "2026-01-01"}),
    Q("how many projects does the G7 CMAP have?", "count_projects", {"initiative": G7}),

    # Lists
    Q("which projects are in Canada?", "list_projects", {"country": "CA"}),
    Q("what projects are there in Canada", "list_projects", {"country": "CA"}),
    Q("list projects in Canada", "list_projects", {"country": "CA"}),
    Q("Canadian projects", "list_projects", {"country": "CA"}),
    Q("show me the projects in Canda", "list_projects", {"country": "CA"}),
    Q("what loans has the US made?", "list_commitments", {"country": "US", "instrument": "loan"}),
    Q("what loans has the U.S. made", "list_commitments", {"country": "US", "instrument": "loan"}),
    Q("which loans has America made?", "list_commitments", {"country": "US", "instrument": "loan"}),
    Q("US loans", "list_commitments", {"country": "US", "instrument": "loan"}),
    Q("any price floors?", "list_commitments", {"instrument": "price-floor"}),
    Q("are there any price floors", "list_commitments", {"instrument": "price-floor"}),
    Q("price floors", "list_commitments", {"instrument": "price-floor"}),
    Q("any export controls?", "list_commitments", {"instrument": "export-control"}),
    Q("any tariffs on rare earths?", "list_commitments", {"instrument": "tariff", "mineral": "rare-earths"}),
    Q("what has Australia committed?", "list_commitments", {"country": "AU"}),
    Q("what has Australia pledged", "list_commitments", {"country": "AU"}),
    Q("what did Australia commit to?", "list_commitments", {"country": "AU"}),
    Q("Australian commitments", "list_commitments", {"country": "AU"}),
    Q("what is Japan doing on rare earths?", "list_commitments", {"country": "JP", "mineral": "rare-earths"}),
    Q("what's Japan doing on rare earths", "list_commitments", {"country": "JP", "mineral": "rare-earths"}),
    Q("what is Japan doing about REEs?", "list_commitments", {"country": "JP", "mineral": "rare-earths"}),
    Q("Japan rare earths", "list_commitments", {"country": "JP", "mineral": "rare-earths"}),
    Q("what are the commitments to the Canadian graphite mines?", "list_commitments",
      {"project": GRAPHITE_MINES}),
    Q("commitments under MSP", "list_commitments", {"initiative": MSP}),
    Q("which commitments are binding?", "list_commitments", {"status": "binding"}),
    Q("list proposed commitments", "list_commitments", {"status": "proposed"}),
    Q("show me graphite projects", "list_projects", {"mineral": "graphite"}),
    Q("which projects are in production?", "list_projects", {"status": "production"}),
    Q("which projects are in construction in Canada", "list_projects",
      {"status": "construction", "country": "CA"}),
    Q("list the refining projects", "list_projects", {"stage": "refining"}),
    Q("which projects are backed by Japan?", "list_projects", {"backer": "JP"}),
    Q("projects backed by the EU", "list_projects", {"backer": "EU"}),
    Q("which projects are part of the G7 CMAP", "list_projects", {"initiative": G7}),
    Q("what has Japan pledged since the Kananaskis summit", "list_commitments",
      {"country": "JP", "since": "2025-06-17"}),
    Q("commitments since the Kananaskis summit", "list_commitments", {"since": "2025-06-17"}),
    Q("what was committed after the MSP launch?", "list_commitments", {"since": "2022-06-15"}),
    Q("what was pledged in March 2025", "list_commitments", {"since": "2025-03-01", "until": "2025-03-31"}),
    Q("commitments in Q3 2025", "list_commitments", {"since": "2025-07-01", "until": "2025-09-30"}),
    Q("commitments made last month", "list_commitments", {"since": "2026-02-01", "until": "2026-02-28"}),
    Q("commitments made in the last 30 days", "list_commitments", {"since": "2026-02-16"}),
    Q("commitments in the past 2 weeks", "list_commitments", {"since": "2026-03-04"}),
    Q("loans since 1 June 2025", "list_commitments", {"instrument": "loan", "since": "2025-06-01"}),
    Q("loans since June 1, 2025", "list_commitments", {"instrument": "loan", "since": "2025-06-01"}),
    Q("grants before March 2025", "list_commitments", {"instrument": "grant", "until": "2025-02-28"}),
    Q("grants after May 2025", "list_commitments", {"instrument": "grant", "since": "2025-06-01"}),
    Q("what did the EU commit between January 2025 and June 2025?", "list_commitments",
      {"country": "EU", "since": "2025-01-01", "until": "2025-06-30"}),
    Q("equity stakes taken by Canada", "list_commitments", {"country": "CA", "instrument": "equity"}),
    Q("what guarantees has the UK given?", "list_commitments", {"country": "GB", "instrument": "guarantee"}),
    Q("what commitments are there to cobalt in the DRC?", "list_commitments",
      {"mineral": "cobalt", "where": "CD"}),
    Q("what has Korea committed to projects in Australia?", "list_commitments",
      {"country": "KR", "where": "AU"}),
    Q("stockpiles proposed by the G7", "list_commitments",
      {"instrument": "stockpile", "status": "proposed", "country": "G7"}),

    # Who
    Q("who has committed money to the Canadian graphite mines?", "who", {"project": GRAPHITE_MINES}),
    Q("who has committed to the Canadian graphite mines", "who", {"project": GRAPHITE_MINES}),
    Q("who is backing the Canadian graphite mines?", "who", {"project": GRAPHITE_MINES}),
    Q("who funds Canadian graphite mines", "who", {"project": GRAPHITE_MINES}),
    Q("who has put money into the Ontario rare earth processing facilities?", "who", {"project": ONTARIO}),
    Q("who backs G7 CMAP?", "who", {"initiative": G7}),
    Q("who backs the G7 Critical Minerals Action Plan", "who", {"initiative": G7}),
    Q("who supports the Minerals Security Partnership?", "who", {"initiative": MSP}),
    Q("who is behind Kvanefjeld?", "who", {"project": "Kvanefjeld"}),
    Q("who is in the MSP?", "who", {"initiative": MSP}),
    Q("who has committed to graphite?", "who", {"mineral": "graphite"}),
    Q("who has made loans for lithium?", "who", {"instrument": "loan", "mineral": "lithium"}),
    Q("which countries back the Production Alliance?", "who", {"initiative": ALLIANCE}),
    Q("who backs Nolans?", "who", {"project": "Nolans Bore"}),
    Q("who is funding Mount Weld?", "who", {"project": "Mount Weld"}),

    # Rankings
    Q("biggest commitments to graphite", "rank", {"mineral": "graphite"}),
    Q("what are the biggest commitments to graphite?", "rank", {"mineral": "graphite"}),
    Q("largest graphite commitments", "rank", {"mineral": "graphite"}),
    Q("top 5 countries by money committed", "rank", {}, "country", limit=5),
    Q("top five countries by money committed", "rank", {}, "country", limit=5),
    Q("which countries have committed the most?", "rank", {}, "country"),
    Q("top countries for rare earths", "rank", {"mineral": "rare-earths"}, "country"),
    Q("what is the biggest commitment to Canadian graphite mines?", "rank", {"project": GRAPHITE_MINES}, limit=1),
    Q("what's the biggest commitment to the Ontario rare earth processing facilities", "rank",
      {"project": ONTARIO}, limit=1),
    Q("the largest commitment by Japan", "rank", {"country": "JP"}, limit=1),
    Q("biggest loans since 2025", "rank", {"instrument": "loan", "since": "2025-01-01"}),
    Q("top 3 minerals by money", "rank", {}, "mineral", limit=3),
    Q("which minerals get the most money?", "rank", {}, "mineral"),
    Q("top 10 commitments", "rank", {}, limit=10),
    Q("highest commitments this year", "rank", {"since": "2026-01-01"}),

    # Breakdowns
    Q("total committed by country", "breakdown", {}, "country"),
    Q("total committed by stage", "breakdown", {}, "stage"),
    Q("total committed by instrument", "breakdown", {}, "instrument"),
    Q("money by country", "breakdown", {}, "country"),
    Q("commitments per mineral", "breakdown", {}, "mineral"),
    Q("break down the money by stage", "breakdown", {}, "stage"),
    Q("breakdown by instrument type", "breakdown", {}, "instrument"),
    Q("how much by country for graphite", "breakdown", {"mineral": "graphite"}, "country"),
    Q("graphite money by country", "breakdown", {"mineral": "graphite"}, "country"),
    Q("total committed by status", "breakdown", {}, "status"),
    Q("total by initiative", "breakdown", {}, "initiative"),
    Q("Japan's commitments by mineral", "breakdown", {"country": "JP"}, "mineral"),
    Q("totl comitted by contry", "breakdown", {}, "country"),

    # Comparisons
    Q("compare Japan and Germany", "compare", {"country": "JP,DE"}, "country"),
    Q("compare Japan with Germany", "compare", {"country": "JP,DE"}, "country"),
    Q("Japan vs Germany", "compare", {"country": "JP,DE"}, "country"),
    Q("Japan vs Korea on graphite", "compare", {"country": "JP,KR", "mineral": "graphite"}, "country"),
    Q("Japan versus South Korea on graphite", "compare", {"country": "JP,KR", "mineral": "graphite"}, "country"),
    Q("compare the US, Japan and the EU on rare earths", "compare",
      {"country": "US,JP,EU", "mineral": "rare-earths"}, "country"),
    Q("compare graphite and lithium", "compare", {"mineral": "graphite,lithium"}, "mineral"),
    Q("compare Japan and Germany since 2025", "compare", {"country": "JP,DE", "since": "2025-01-01"}, "country"),
    Q("how does Japan compare to Korea?", "compare", {"country": "JP,KR"}, "country"),

    # Change
    Q("what changed this week?", "changes", {"since": "2026-03-16"}),
    Q("what has changed this week", "changes", {"since": "2026-03-16"}),
    Q("what changed since Monday", "changes", {"since": "2026-03-16"}),
    Q("what's new on magnets since Monday?", "changes", {"stage": "magnets", "since": "2026-03-16"}),
    Q("anything new on magnets since monday", "changes", {"stage": "magnets", "since": "2026-03-16"}),
    Q("what's new?", "changes", {}),
    Q("what's new in Canada this month", "changes", {"where": "CA", "since": "2026-03-01"}),
    Q("what's new on graphite", "changes", {"mineral": "graphite"}),
    Q("latest news on rare earths", "changes", {"mineral": "rare-earths"}),
    Q("what changed yesterday", "changes", {"since": "2026-03-17", "until": "2026-03-17"}),
    Q("what happened to Canadian graphite mines this year?", "timeline",
      {"project": GRAPHITE_MINES, "since": "2026-01-01"}),
    Q("what happened to the Canadian graphite mines", "timeline", {"project": GRAPHITE_MINES}),
    Q("what's new on Kvanefjeld?", "timeline", {"project": "Kvanefjeld"}),
    Q("any updates on Mount Weld since January?", "timeline", {"project": "Mount Weld", "since": "2026-01-01"}),
    Q("what changed on Nolans Bore last month", "timeline",
      {"project": "Nolans Bore", "since": "2026-02-01", "until": "2026-02-28"}),

    # Charts
    Q("chart money by mineral", "breakdown", {}, "mineral", chart=True),
    Q("plot commitments to graphite by month", "breakdown", {"mineral": "graphite"}, "month", chart=True),
    Q("graph of money by stage", "breakdown", {}, "stage", chart=True),
    Q("chart the top 5 countries", "rank", {}, "country", limit=5, chart=True),
    Q("plot Japan's commitments by month since 2025", "breakdown",
      {"country": "JP", "since": "2025-01-01"}, "month", chart=True),

    # Cannot read: the honest answer is "I could not read that"
    Q("hello", "unreadable", {}),
    Q("what's the capital of France?", "unreadable", {}),
    Q("how much does a tonne of graphite cost?", "unreadable", {}),
    Q("frobnicate the widgets", "unreadable", {}),
    Q("will Japan lend more next year?", "unreadable", {}),
    Q("why did China restrict exports?", "unreadable", {}),
    Q("how much has Japan committed to the Atlantis project?", "unreadable", {}),
    Q("compare", "unreadable", {}),
    Q("breakdown", "unreadable", {}),
    Q("chart", "unreadable", {}),
    Q("projects country:CA", "unreadable", {}),
    Q("thank you!", "unreadable", {}),
    Q("what is the price of lithium", "unreadable", {}),
    Q("Japan will lend up to C$150 million to the Canadian graphite mines.", "unreadable", {}),
    Q("is it raining", "unreadable", {}),
    Q("who are you", "unreadable", {}),
    Q("what can you do", "unreadable", {}),
    Q("what is graphite", "unreadable", {}),
    Q("where is Canada", "unreadable", {}),
    Q("is Japan in the G7?", "unreadable", {}),
    Q("how many tonnes of lithium", "unreadable", {}),
    Q("grafite", "unreadable", {}),
    Q("how much?", "unreadable", {}),
    Q("what does the G7 CMAP do", "unreadable", {}),

    # Found while trying to break it
    Q("what is the status of Nolans Bore", "timeline", {"project": "Nolans Bore"}),
    Q("did the US sign anything this week?", "list_commitments", {"country": "US", "since": "2026-03-16"}),
    Q("Canda projects", "list_projects", {"country": "CA"}),
]
# fmt: on
