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


CORPUS: list[Q] = []
