"""How fast the extractor reads: `python -m tests.bench.extraction [--names N] [--runs N]`.

Times extract() on realistic chatter lines (all of them, though in the bot the prefilter
spares most) and extract_article() on a 2,000-word article (read again and again, and read
as if new: what was kept by text forgotten before each reading), against 10,000 known
project names named the way `minerals-bot seed --synthetic` names them. Prints the mean and
p99 of each as measured/target. In-process and single-threaded: no store, no Slack.
Not part of the test run (tests/test_bench_smoke.py runs it tiny, untimed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from store.extraction import dates, extract, extract_article, gate
from store.questions.reading import KnownNames, read
from tests.store.extraction_corpus import CASES, KNOWN_INITIATIVES, KNOWN_PROJECTS, TODAY
from tests.store.extraction_corpus_articles import CASES as ARTICLES
from tests.store.question_corpus import CORPUS as QUESTIONS
from tests.store.question_corpus import KNOWN_INITIATIVES as QUESTION_INITIATIVES

CHATTER_TARGET_MS = 1.0
MESSAGE_TARGET_MS = 2.0  # a corpus message, commitment or not
QUESTION_TARGET_MS = 2.0  # reading a question asked in words (store/questions)
ARTICLE_TARGET_MS = 30.0
HOSTILE_TARGET_MS = 100.0  # the slowest 4,000-character text made to make a pattern backtrack
ARTICLE_WORDS = 2_000

# What a policy team's channel says between commitments. Every line goes through extract()
# here; in the bot a line the prefilter (may_propose) rules out is not even read.
CHATTER = [
    "Morning all, anyone joining the 10:30 call?",
    "FYI the G7 officials meeting moved to Thursday.",
    "Thanks, that's really helpful!",
    "Can someone share the deck from yesterday?",
    "Lunch at 12:30 in the usual place?",
    "Interesting piece on lithium prices in the FT today.",
    "I'll be out Friday afternoon, ping me on mobile if urgent.",
    "Has anyone seen the latest draft of the briefing note?",
    "The minister's office wants a one-pager on graphite by Monday.",
    "Great work on the digest this week, team.",
    "Reminder: agenda items for Tuesday's meeting by end of day please.",
    "Does anyone know who covers Korea now that Min-jun moved?",
    "Nickel prices fell again this morning, apparently.",
    "Sorry, running five minutes late.",
    "Welcome to the channel, Priya!",
    "The Canadian rare earth mines story is paywalled, does anyone have access?",
    "Quick question: are we tracking antimony or just the big five?",
    "Let's discuss the stockpile paper at the offsite.",
    "Congrats on the promotion, well deserved!",
    "Link to the shared drive is in the channel topic.",
    "Can we get the Q3 numbers into Thursday's pack? Happy to help.",
    "Heads up: the Minerals Security Partnership call is now at 3pm.",
    "Saw the Reuters piece on Chinese gallium, worth a look later.",
    "Who's presenting the stockpile options to the deputy minister?",
]


def synthetic_names(count: int) -> list[str]:
    """Project names as `seed_synthetic` makes them, after the corpus's real ones."""
    names = list(KNOWN_PROJECTS)[:count]
    return names + [f"Synthetic project {i:06d}" for i in range(1, count - len(names) + 1)]


def long_article(words: int = ARTICLE_WORDS) -> tuple[str, str]:
    """(headline, text) of an article of about `words` words: a dateline, then the corpus
    articles' paragraphs in turn (news, quotes, background, boilerplate-free)."""
    paragraphs: list[str] = []
    for case in ARTICLES:
        body = case["text"].split(" - ", 1)[-1] if " - " in case["text"][:80] else case["text"]
        paragraphs += [p for p in body.split("\n\n") if p.strip() and not p.startswith("About")]
    out: list[str] = []
    count, i = 0, 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(paragraph)
        count += len(paragraph.split())
        i += 1
    text = "OTTAWA, ON, Feb. 12, 2025 /CNW/ - " + "\n\n".join(out)
    return "Export Development Canada provides C$75 million loan facility to Nouveau Monde Graphite", text


# 4,000 characters shaped against the patterns: runs of spaces after a would-be dateline,
# repeated cue words, money signs and digits with nothing to close them.
HOSTILE = [
    "AB" + " " * 3998,
    "WASHINGTON, Abc" + " " * 3985,
    "Published" + " " * 3991,
    "\n" * 4000,
    ("and the " * 500)[:4000],
    ("$1," * 1334)[:4000],
    ("the largest " * 334)[:4000],
    ("government of Abc " * 223)[:4000],
]


@dataclass
class Timing:
    name: str
    samples_ms: list[float]
    target_ms: float

    @property
    def mean(self) -> float:
        return statistics.fmean(self.samples_ms)

    @property
    def p99(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]

    def line(self) -> str:
        """One line of the report: mean and p99 as measured/target, and their ratio."""
        return (
            f"{self.name:<34} mean {self.mean:7.3f}/{self.target_ms:g} ms ({self.mean / self.target_ms:4.0%})"
            f"   p99 {self.p99:7.3f}/{self.target_ms:g} ms ({self.p99 / self.target_ms:4.0%})"
        )


def _as_new() -> None:
    """Forget what was kept by text between readings (dates read, the gates' literals), so the
    next reading costs what an article never seen costs. The fuzzy matcher's words are kept:
    in the bot they persist across messages, and most of an article's words are common."""
    dates._parse_date.cache_clear()
    gate.forget_texts()


def _time(call: Callable[[], object], runs: int) -> list[float]:
    # CPU time of this thread: on a shared machine, waiting for a core is not the reader's cost.
    samples = []
    for _ in range(runs):
        started = time.thread_time()
        call()
        samples.append((time.thread_time() - started) * 1000)
    return samples


def measure(names: int, runs: int, today: date = TODAY) -> list[Timing]:
    """Time chatter messages and a 2,000-word article, after one warm-up read of each."""
    projects = synthetic_names(names)
    initiatives = list(KNOWN_INITIATIVES)

    def chat(line: str) -> Callable[[], object]:
        return lambda: extract(line, known_projects=projects, known_initiatives=initiatives, today=today)

    article_headline, article_text = long_article()

    def article() -> object:
        return extract_article(
            article_text,
            headline=article_headline,
            known_projects=projects,
            known_initiatives=initiatives,
            today=today,
        )

    messages = [c["text"] for c in CASES if c.get("kind") != "article"]
    names = KnownNames.build(projects, QUESTION_INITIATIVES)
    questions = [q.text for q in QUESTIONS]

    def question(text: str) -> Callable[[], object]:
        return lambda: read(text, today=today, names=names)

    for line in CHATTER + messages:  # warm-up: caches (the usable names, dateparser) filled once
        chat(line)()
    for asked_text in questions:
        question(asked_text)()
    article()
    hostile: list[float] = []
    for text in HOSTILE:
        hostile += _time(lambda: extract(text, known_projects=projects, today=today), 1)  # noqa: B023
        hostile += _time(lambda: extract_article(text, headline=text[:200], today=today), 1)  # noqa: B023
    new_article: list[float] = []
    for _ in range(runs):
        _as_new()
        new_article += _time(article, 1)
    chatter: list[float] = []
    corpus: list[float] = []
    asked: list[float] = []
    for _ in range(runs):
        for line in CHATTER:
            chatter += _time(chat(line), 1)
    for _ in range(max(1, runs // 10)):
        for message in messages:
            corpus += _time(chat(message), 1)
        for asked_text in questions:
            asked += _time(question(asked_text), 1)
    return [
        Timing("chatter message (extract)", chatter, CHATTER_TARGET_MS),
        Timing(f"corpus message, {len(messages)} (extract)", corpus, MESSAGE_TARGET_MS),
        Timing(f"question, {len(questions)} (read)", asked, QUESTION_TARGET_MS),
        Timing(f"{ARTICLE_WORDS:,}-word article (extract_article)", _time(article, runs), ARTICLE_TARGET_MS),
        Timing(f"{ARTICLE_WORDS:,}-word article, as if new", new_article, ARTICLE_TARGET_MS),
        Timing(f"hostile text, {len(HOSTILE)} (both readers)", hostile, HOSTILE_TARGET_MS),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.extraction", description=__doc__)
    parser.add_argument("--names", type=int, default=10_000, help="known project names (default 10,000)")
    parser.add_argument("--runs", type=int, default=50, help="reads of each text (default 50)")
    args = parser.parse_args(argv)
    _headline, text = long_article()
    timings = measure(args.names, args.runs)
    print(
        f"Extraction speed at {args.names:,} known project names, {args.runs} runs "
        f"({len(CHATTER)} chatter lines; article {len(text.split()):,} words); "
        "CPU time of the reading thread:"
    )
    for timing in timings:
        print("  " + timing.line())
    slow = [t.name for t in timings if t.mean > t.target_ms]
    if slow:
        print(f"  over target: {', '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
