"""How well the extractor reads the test corpus: `python -m tests.eval_extraction`.

Prints precision and recall of "this message holds a commitment" (per message and per
draft) and, for each field the corpus states, the share of expected drafts that got it right,
for the whole corpus and for the blind batch the parser was never tuned on. Articles (cases
of kind "article": a headline and a whole text) are read with extract_article and counted
with the rest, and also reported on their own (per article: "message" means "article").
Cases marked xfail are scored like any other: the numbers include the parser's known misses.
Add -v to list every case the parser gets wrong.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from store.extraction import CommitmentDraft, Extraction, StatusChangeDraft, extract, extract_article
from tests.store.extraction_corpus import CASES, KNOWN_INITIATIVES, KNOWN_PROJECTS, TODAY

DECIMAL_FIELDS = {"amount", "quantity"}
LIST_FIELDS = {"minerals"}


def run(case: dict[str, Any]) -> Extraction:
    """The extractor's reading of one corpus case (an article's with its headline)."""
    if case.get("kind") == "article":
        return extract_article(
            case["text"],
            headline=case.get("headline"),
            known_projects=KNOWN_PROJECTS,
            known_initiatives=KNOWN_INITIATIVES,
            today=TODAY,
        )
    return extract(
        case["text"], known_projects=KNOWN_PROJECTS, known_initiatives=KNOWN_INITIATIVES, today=TODAY
    )


def field_matches(name: str, expected: Any, draft: CommitmentDraft | StatusChangeDraft) -> bool:
    """Whether a draft's field equals the corpus expectation (Decimals and lists normalised)."""
    actual = getattr(draft, name, None)  # a field this reader does not give is wrong
    if name == "actor" and isinstance(draft, CommitmentDraft) and expected is not None:
        # The corpus names an organisation the way the sentence does or by its short name.
        return expected in (actual, draft.actor_name)
    if name in DECIMAL_FIELDS and expected is not None:
        return actual is not None and Decimal(actual) == Decimal(expected)
    if name in LIST_FIELDS:
        return sorted(actual) == sorted(expected)
    return bool(actual == expected)


def mismatches(case: dict[str, Any], result: Extraction) -> list[str]:
    """Human-readable differences between a case's expectations and the extraction."""
    problems = []
    expected = case["commitments"]
    if len(result.commitments) != len(expected):
        reasons = [f"{d.reason}: {d.actor}/{d.instrument}" for d in result.rejected]
        problems.append(
            f"expected {len(expected)} commitments, got {len(result.commitments)} (rejected: {reasons})"
        )
    for i, (want, got) in enumerate(zip(expected, result.commitments, strict=False)):
        for name, value in want.items():
            if not field_matches(name, value, got):
                problems.append(
                    f"commitment {i} {name}: expected {value!r}, got {getattr(got, name, None)!r}"
                )
    want_claims = case.get("claims", [])
    if len(result.claims) != len(want_claims):
        problems.append(f"expected {len(want_claims)} claims, got {[c.value for c in result.claims]}")
    for want, got in zip(want_claims, result.claims, strict=False):
        for name, value in want.items():
            if getattr(got, name) != value:
                problems.append(f"claim {name}: expected {value!r}, got {getattr(got, name, None)!r}")
    if "status_changes" in case:
        want_changes = case["status_changes"]
        if len(result.status_changes) != len(want_changes):
            problems.append(
                f"expected {len(want_changes)} status changes, got "
                f"{[(c.project_mention, c.new_status) for c in result.status_changes]}"
            )
        for want, got in zip(want_changes, result.status_changes, strict=False):
            for name, value in want.items():
                if not field_matches(name, value, got):
                    problems.append(
                        f"status change {name}: expected {value!r}, got {getattr(got, name, None)!r}"
                    )
    return problems


@dataclass
class Scores:
    message_tp: int = 0
    message_fp: int = 0
    message_fn: int = 0
    message_tn: int = 0
    drafts_expected: int = 0
    drafts_found: int = 0
    drafts_matched: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    field_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    status_changes_right: int = 0
    status_changes_total: int = 0
    cases: int = 0
    articles: int = 0
    cases_clean: int = 0
    seconds: float = 0.0


def score(cases: list[dict[str, Any]] = CASES) -> Scores:
    """Run the cases and tally the results."""
    scores = Scores(cases=len(cases), articles=sum(1 for c in cases if c.get("kind") == "article"))
    for case in cases:
        started = time.perf_counter()
        result = run(case)
        scores.seconds += time.perf_counter() - started
        expected, found = case["commitments"], result.commitments
        if expected and found:
            scores.message_tp += 1
        elif found:
            scores.message_fp += 1
        elif expected:
            scores.message_fn += 1
        else:
            scores.message_tn += 1
        scores.drafts_expected += len(expected)
        scores.drafts_found += len(found)
        scores.drafts_matched += min(len(expected), len(found))
        for i, want in enumerate(expected):
            got = found[i] if i < len(found) else None
            for name, value in want.items():
                scores.field_total[name] += 1
                if got is not None and field_matches(name, value, got):
                    scores.field_right[name] += 1
        for i, want in enumerate(case.get("status_changes", [])):
            scores.status_changes_total += 1
            changes = result.status_changes
            if i < len(changes) and all(field_matches(k, v, changes[i]) for k, v in want.items()):
                scores.status_changes_right += 1
        if not mismatches(case, result):
            scores.cases_clean += 1
    return scores


def _count(s: Scores) -> str:
    if s.articles == s.cases:
        return f"{s.cases} articles"
    return f"{s.cases} messages" + (f" (of them {s.articles} articles)" if s.articles else "")


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "   n/a"


def report(scores: Scores, title: str) -> str:
    """The scores as a small plain-text table."""
    s = scores
    lines = [
        f"{title}: {_count(s)}, "
        f"{s.drafts_expected} expected commitments; "
        f"{s.cases_clean} read exactly right; {s.seconds / max(s.cases, 1) * 1000:.2f} ms each.",
        "",
        f"{'is a commitment':<28}{'precision':>10}{'recall':>10}",
        f"{'  per message':<28}{_ratio(s.message_tp, s.message_tp + s.message_fp):>10}"
        f"{_ratio(s.message_tp, s.message_tp + s.message_fn):>10}",
        f"{'  per draft':<28}{_ratio(s.drafts_matched, s.drafts_found):>10}"
        f"{_ratio(s.drafts_matched, s.drafts_expected):>10}",
        "",
        f"{'field':<28}{'right':>10}{'accuracy':>10}",
    ]
    for name in sorted(s.field_total, key=lambda n: -s.field_total[n]):
        right, total = s.field_right[name], s.field_total[name]
        lines.append(f"  {name:<26}{f'{right}/{total}':>10}{_ratio(right, total):>10}")
    lines.append(
        f"  {'status change':<26}"
        f"{f'{s.status_changes_right}/{s.status_changes_total}':>10}"
        f"{_ratio(s.status_changes_right, s.status_changes_total):>10}"
    )
    return "\n".join(lines)


# The blind batches after the second, oldest first. Each was blind when first scored (that
# score, in the README, is the honest estimate) and a tuning guide since, except UNTUNED: the
# batches scored but not yet used to tune (empty when every batch has been tuned on).
BLIND_BATCHES = tuple(range(3, 30))  # batches 3 to 29
UNTUNED: tuple[int, ...] = (29,)


def main() -> int:
    print(report(score(), "Whole corpus"))
    print()
    blind2 = [c for c in CASES if c.get("set") == "blind-2"]
    print(report(score(blind2), "Blind batch 2 (never used to tune the parser)"))
    for number in BLIND_BATCHES:
        batch = [c for c in CASES if c.get("set") == f"blind-{number}"]
        if not batch:
            continue
        if number in UNTUNED:
            how, articles_how = "written before the reader ran on it; never used to tune it", ""
        else:
            how = "blind when first scored; used to tune the reader since"
            articles_how = " (used to tune the reader since)"
        print()
        print(report(score(batch), f"Blind batch {number} ({how})"))
        batch_articles = [c for c in batch if c.get("kind") == "article"]
        if batch_articles:
            print()
            print(report(score(batch_articles), f"Articles of blind batch {number}{articles_how}"))
    articles = [c for c in CASES if c.get("kind") == "article" and c.get("set") is None]
    if articles:
        print()
        print(report(score(articles), "Articles, written alongside the article reader"))
    if "-v" in sys.argv:
        for case in CASES:
            problems = mismatches(case, run(case))
            if problems:
                print(f"\n{case['id']}: {case['text']}")
                for problem in problems:
                    print(f"  - {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
