"""How fast the extractor reads chat: `python -m tests.extraction_speed`.

Reads chat lines with 10,000 known project names (as many as the benchmark's store holds)
and without any, and prints the mean time per message (best of several rounds, since the
machine may be shared) and the ratio. Not part of the test suite: timings are never asserted.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from datetime import date

from store.extraction import extract
from tests.store.extraction_corpus import CASES

TODAY = date(2025, 6, 20)
CHATTER = [
    "Morning all, the MSP call moved to Thursday at 3pm.",
    "Thanks, that's helpful — can you share the deck?",
    "I'll be out tomorrow; Sam is covering the tracker.",
    "Has anyone seen the new IEA outlook? Lithium demand numbers look high.",
    "Lunch at 12:30 in the usual place?",
    "Nice summary of the Korea Zinc story, thanks for posting.",
    "Can someone add me to the briefing invite for Tuesday?",
    "Reminder: tracker export is due to the minister's office by Friday noon.",
    "I think the Japanese delegation lands on Sunday evening.",
    "Who owns the slide on stockpiles for the G7 deck?",
    "Just back from the conference in Toronto, lots of talk about graphite.",
    "Great thread, thanks everyone.",
    "The EU working group meets again next month; agenda to follow.",
    "ok will do",
    "Please review the draft note before 5pm.",
    "Does anyone have the link to last week's KfW presentation?",
    "Sorry, wrong channel!",
    "Weekly digest looks good this time, the charts render properly now.",
    "Quick one: is the Berlin meeting still on?",
    "Welcome to the channel, Priya!",
]


def known_names(count: int = 10_000, seed: int = 7) -> list[str]:
    """Project names shaped like a real list: a few words each, many shared."""
    rng = random.Random(seed)
    words = "Lithium Nickel Graphite Copper North South Creek Ridge Lake Hill Mine Project Refinery Pass"
    words += " Valley Bay Star Rare Earth Cobalt"
    pool = words.split()
    return [" ".join(rng.sample(pool, 3)) + f" {i}" for i in range(count)]


def ms_per_message(messages: Sequence[str], names: Sequence[str], rounds: int = 15) -> float:
    """Best mean time of `rounds` passes over the messages, in milliseconds."""
    for text in messages:
        extract(text, known_projects=names, today=TODAY)  # build the caches once
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in messages:
            extract(text, known_projects=names, today=TODAY)
        best = min(best, (time.perf_counter() - started) / len(messages) * 1000)
    return best


def main() -> int:
    names = known_names()
    quiet = [c["text"] for c in CASES if not c["commitments"]]
    for title, messages in (("chat lines", CHATTER), ("corpus messages with no commitment", quiet)):
        bare, full = ms_per_message(messages, ()), ms_per_message(messages, names)
        print(
            f"{len(messages)} {title}: {full:.3f} ms a message with 10,000 known names, "
            f"{bare:.3f} ms with none ({full / bare:.1f}x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
