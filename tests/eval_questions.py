"""Scores of the question reader: the tuned corpus and the blind batch, side by side.

python -m tests.eval_questions          # both scores
python -m tests.eval_questions -v       # and every miss
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from store.questions.reading import KnownNames, read
from tests.store.question_blind import BLIND
from tests.store.question_corpus import CORPUS, KNOWN_INITIATIVES, KNOWN_PROJECTS, TODAY, Q

NAMES = KnownNames.build(KNOWN_PROJECTS, KNOWN_INITIATIVES)


@dataclass
class Score:
    right: int
    total: int
    confident_wrong: int  # answered although "I could not read that" was expected
    misses: list[tuple[Q, dict[str, object]]]

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 0.0


def score(questions: list[Q]) -> Score:
    right = wrong_confident = 0
    misses = []
    for q in questions:
        got = read(q.text, today=TODAY, names=NAMES).as_dict()
        if got == q.expected():
            right += 1
            continue
        misses.append((q, got))
        if q.intent == "unreadable" or got["intent"] != "unreadable":
            wrong_confident += 1
    return Score(right, len(questions), wrong_confident, misses)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for label, questions in (("tuned corpus", CORPUS), ("blind batch", BLIND)):
        s = score(questions)
        print(
            f"{label:13} {s.right:4}/{s.total:<4} {s.percent:5.1f}% read exactly right · "
            f"{s.confident_wrong} answered with a wrong reading"
        )
        if verbose:
            for q, got in s.misses:
                print(f"    {q.text!r}\n      want {q.expected()}\n      got  {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
