# ruff: noqa: E501 (tables of questions read best one to a line)
"""The blind batch: questions written before the reader was ever run on them.

Never tuned on. A question the reader gets wrong stays here, marked as a strict xfail with
the reason, so the score printed by `python -m tests.eval_questions` is an honest estimate.
Dates are read as of TODAY in tests/store/question_corpus.py (Wednesday 18 March 2026).
"""

from __future__ import annotations

from tests.store.question_corpus import Q

# Each: the question, the intent, the filters, the grouping (and a limit or chart if asked).
BLIND: list[Q] = [
    Q("How much money has Japan put into graphite?", "total", {"country": "JP", "mineral": "graphite"}),
    Q("what's the total the US has committed to lithium", "total", {"country": "US", "mineral": "lithium"}),
    Q(
        "How much did France pledge in 2025?",
        "total",
        {"country": "FR", "since": "2025-01-01", "until": "2025-12-31"},
    ),
    Q("total money for refining projects", "total", {"stage": "refining"}),
    Q("how much has Korea committed since January 2026", "total", {"country": "KR", "since": "2026-01-01"}),
    Q("How much has the EU committed to nickel?", "total", {"country": "EU", "mineral": "nickel"}),
    Q("how many loans are there", "count_commitments", {"instrument": "loan"}),
    Q("How many projects are in Canada?", "count_projects", {"country": "CA"}),
    Q("number of graphite projects", "count_projects", {"mineral": "graphite"}),
    Q("how many commitments has Germany made?", "count_commitments", {"country": "DE"}),
    Q("list the projects in Australia", "list_projects", {"country": "AU"}),
    Q("show me lithium projects", "list_projects", {"mineral": "lithium"}),
    Q("what grants has Canada given?", "list_commitments", {"country": "CA", "instrument": "grant"}),
    Q("are there any stockpiles?", "list_commitments", {"instrument": "stockpile"}),
    Q("what has Germany committed?", "list_commitments", {"country": "DE"}),
    Q("what is the UK doing on cobalt?", "list_commitments", {"country": "GB", "mineral": "cobalt"}),
    Q("which projects are in permitting?", "list_projects", {"status": "permitting"}),
    Q("Who is funding the Canadian rare earth mines?", "who", {"project": "Canadian rare earth mines"}),
    Q(
        "who supports the Production Alliance",
        "who",
        {"initiative": "Canada-led critical minerals production alliance"},
    ),
    Q("who has put money into Mount Weld?", "who", {"project": "Mount Weld"}),
    Q("largest commitments to lithium", "rank", {"mineral": "lithium"}),
    Q("top 3 countries by money committed", "rank", {}, "country", limit=3),
    Q(
        "what is the largest commitment to Canadian graphite mines?",
        "rank",
        {"project": "Canadian graphite mines"},
        limit=1,
    ),
    Q("top 10 minerals by money", "rank", {}, "mineral", limit=10),
    Q("total committed by mineral", "breakdown", {}, "mineral"),
    Q("money committed by instrument", "breakdown", {}, "instrument"),
    Q("breakdown by stage", "breakdown", {}, "stage"),
    Q("compare Japan and Korea", "compare", {"country": "JP,KR"}, "country"),
    Q(
        "Germany vs France on rare earths",
        "compare",
        {"country": "DE,FR", "mineral": "rare-earths"},
        "country",
    ),
    Q("what changed last week?", "changes", {"since": "2026-03-09", "until": "2026-03-15"}),
    Q("anything new on graphite this month?", "changes", {"mineral": "graphite", "since": "2026-03-01"}),
    Q(
        "what happened to Nolans Bore this year?",
        "timeline",
        {"project": "Nolans Bore", "since": "2026-01-01"},
    ),
    Q("what's new since Monday", "changes", {"since": "2026-03-16"}),
    Q(
        "commitments by Japan to graphite since June 2025",
        "list_commitments",
        {"country": "JP", "mineral": "graphite", "since": "2025-06-01"},
    ),
    Q(
        "what has Japan committed since the Kananaskis summit?",
        "list_commitments",
        {"country": "JP", "since": "2025-06-17"},
    ),
    Q(
        "offtakes signed last quarter",
        "list_commitments",
        {"instrument": "offtake", "since": "2025-10-01", "until": "2025-12-31"},
    ),
    Q("how much has Japan comitted to grafite?", "total", {"country": "JP", "mineral": "graphite"}),
    Q("how many projcts in Austrlia?", "count_projects", {"country": "AU"}),
    Q("chart money by country", "breakdown", {}, "country", chart=True),
    Q("plot commitments to lithium by month", "breakdown", {"mineral": "lithium"}, "month", chart=True),
    Q("what loans were made before 2025?", "list_commitments", {"instrument": "loan", "until": "2024-12-31"}),
    Q("what's the weather in Ottawa?", "unreadable", {}),
    Q("tell me a joke", "unreadable", {}),
    Q("how much has Japan committed to the moon base?", "unreadable", {}),
    Q("good morning", "unreadable", {}),
]
