"""Compare `name_index.candidates()` of another checkout with this one's: same rows, same order.

    python -m tests.bench.name_index_compare /path/to/other/store/name_index.py "$DATABASE_URL"

On a seeded store (`minerals-bot seed --synthetic 10000`): real names, misspellings, partial
words and region words, for three audiences and both tables. Some project rows are renamed to
varied names (a third private) inside a transaction that is rolled back. Prints the rows that
differ, and the wall and CPU time of each side (names of varied lengths, as the bot reads them).
"""

from __future__ import annotations

import importlib.util
import random
import sys
import time
from typing import Any

from sqlmodel import Session, text

from store import name_index
from store.db import make_engine
from store.visibility import Audience

VARIED = [
    "Thacker Pass Lithium", "Greenbushes Lithium Mine", "Kings Mountain", "Rhyolite Ridge",
    "Nevada North Lithium", "Quebec Lithium Nickel", "Mount Holland", "Pilgangoora", "Bald Hill",
    "Nemaska Whabouchi", "James Bay Lithium", "Salar de Atacama", "Cauchari-Olaroz", "Jadar",
    "Kathleen Valley", "Mt Cattlin", "Manono", "Goulamina", "Arcadia Lithium", "Bikita",
    "Nevada Copper Pumpkin Hollow", "Resolution Copper", "Twin Metals Minnesota", "Eagle Mine Nickel",
    "Tamarack Nickel", "Stibnite Gold Antimony", "Sheep Creek Rare Earth", "La Paz Rare Earth",
    "Bear Lodge Rare Earth", "Mountain Pass Rare Earth", "Round Top", "100% recycled _graphite_",
    "Graphite One Alaska", "Coosa Graphite", "Nevada Vanadium Gibellini", "Idaho Cobalt Operations",
]  # fmt: skip
AUDIENCES = [Audience(everything=True), Audience(channel="C123"), Audience()]


def _load(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("other_name_index", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _queries(rng: random.Random, projects: list[str], initiatives: list[str]) -> list[str]:
    def typo(name: str) -> str:
        i, c = rng.randrange(len(name)), rng.choice("abcdefghijklmnopqrstuvwxyz ")
        return rng.choice([name[:i] + c + name[i + 1 :], name[:i] + name[i + 1 :], name[:i] + c + name[i:]])

    out = rng.sample(projects, 80) + [typo(typo(n)) for n in rng.sample(projects, 80)]
    out += [" ".join(n.split()[: max(1, len(n.split()) // 2)]) for n in rng.sample(projects, 60)]
    out += [rng.choice(n.split())[:5] for n in rng.sample(projects, 40)]
    out += ["lithium", "nevada", "quebec", "synthetic", "Synthetic project 00", "lthm", "li", "x", "%", "_"]
    out += initiatives + [typo(n) for n in initiatives]
    return out + VARIED + [typo(n) for n in VARIED] + [n.split()[0] for n in VARIED]


def main(argv: list[str]) -> int:
    other, engine, rng = _load(argv[0]), make_engine(argv[1]), random.Random(7)
    with Session(engine) as s:
        ids = list(s.execute(text("SELECT id FROM project ORDER BY id")).scalars())
        for j, name in enumerate(VARIED * 5):
            s.execute(
                text("UPDATE project SET name = :n, source_private = :p, source_channel = :c WHERE id = :i"),
                {
                    "n": name if j < len(VARIED) else f"{name} {j}",
                    "p": j % 3 == 0,
                    "i": ids[j * 97 % len(ids)],
                }
                | {"c": "C123" if j % 2 else "C999"},
            )
        projects = list(s.execute(text("SELECT name FROM project ORDER BY id")).scalars())
        initiatives = list(s.execute(text("SELECT name FROM initiative ORDER BY id")).scalars())
        queries, differ = _queries(rng, projects, initiatives), 0
        spent = {"other": [0.0, 0.0], "this": [0.0, 0.0]}  # wall, CPU
        for query in queries:
            for audience in AUDIENCES:
                for table in ("project", "initiative"):
                    answers = []
                    for label, module in (("other", other), ("this", name_index)):
                        wall, cpu = time.perf_counter(), time.process_time()
                        answers.append(
                            [tuple(r) for r in module.candidates(s, table, query, audience=audience)]
                        )
                        spent[label][0] += time.perf_counter() - wall
                        spent[label][1] += time.process_time() - cpu
                    if answers[0] != answers[1]:
                        differ += 1
                        print("differ:", table, repr(query), audience, len(answers[0]), len(answers[1]))
        s.rollback()
    calls = len(queries) * len(AUDIENCES) * 2
    print(
        f"{calls} look-ups ({len(queries)} queries x {len(AUDIENCES)} audiences x 2 tables), {differ} differ"
    )
    for label, (wall, cpu) in spent.items():
        print(f"{label}: {1000 * wall / calls:.2f} ms wall, {1000 * cpu / calls:.2f} ms CPU per look-up")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
