"""The benchmarks' code run tiny, so that `python -m tests.bench` and
`python -m tests.bench.extraction` cannot rot (no timing is asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.extraction import extract_article
from tests.bench import extraction as extraction_bench
from tests.bench.__main__ import main


def test_the_benchmark_runs_end_to_end_on_a_tiny_store(tmp_path: Path) -> None:
    out = tmp_path / "latest.md"
    code = main(
        [
            "--backend",
            "sqlite",
            "--projects",
            "20",
            "--rounds",
            "1",
            "--requests",
            "3",
            "--requests-concurrent",
            "8",
            "--clients",
            "4",
            "--events",
            "6",
            "--digest-commitments",
            "40",
            "--digest-runs",
            "1",
            "--workers",
            "1,2",
            "--out",
            str(out),
        ]
    )
    table = out.read_text(encoding="utf-8")
    assert code == 0, table  # no failed request, every commitment message carded
    for line in (
        "*bare Bolt (ack only)*",
        "`find <words>`",
        "`<question in plain words>`",
        "`projects country:CA mineral:graphite`",
        "`project <name>`",
        "`stats by:country`",
        "commitment messages/s, card posted",
        "commitment messages/s, bare Bolt (ack + one post from a lazy listener)",
        "commitment messages/s ÷ that floor's",
        "commitment messages/s ÷ bare Bolt posting (one process), 2 workers",
        "start-up to first 200 on /healthz",
        "peak RSS",
        "`find <words> (2 workers)`",
        "| `export initiatives` | 4 |",  # its reply reached the response_url: the client waited
        "| `export initiatives (2 workers)` | 4 |",
        "commitment messages/s, card posted, 2 workers",
        "### Targets",
    ):
        assert line in table
    assert "ERROR" not in table


def test_the_extraction_benchmark_runs_tiny(capsys: pytest.CaptureFixture[str]) -> None:
    assert extraction_bench.main(["--names", "50", "--runs", "2"]) == 0
    out = capsys.readouterr().out
    assert "Extraction speed at 50 known project names, 2 runs" in out
    assert "chatter message (extract)" in out and "/1 ms" in out
    assert "2,000-word article (extract_article)" in out and "/30 ms" in out
    assert "2,000-word article, as if new" in out
    assert "question, " in out and "/2 ms" in out
    assert "hostile text, " in out and "/100 ms" in out


def test_the_extraction_benchmark_reads_what_it_says() -> None:
    count = len(extraction_bench.KNOWN_PROJECTS) + 20  # the corpus's names, then synthetic ones
    names = extraction_bench.synthetic_names(count)
    assert len(names) == len(set(names)) == count and names[-1].startswith("Synthetic project 0000")
    headline, text = extraction_bench.long_article()
    assert 2_000 <= len(text.split()) < 2_200
    found = extract_article(text, headline=headline, known_projects=names, today=extraction_bench.TODAY)
    assert found.commitments and all(d.announced_on is not None for d in found.commitments)
    timings = extraction_bench.measure(50, 2)
    messages = sum(1 for c in extraction_bench.CASES if c.get("kind") != "article")
    questions = len(extraction_bench.QUESTIONS)
    hostile = 2 * len(extraction_bench.HOSTILE)  # each read by extract and extract_article
    assert [len(t.samples_ms) for t in timings] == [
        2 * len(extraction_bench.CHATTER),
        messages,
        questions,
        2,
        2,  # the article again, as if never read
        hostile,
    ]


def test_the_growth_benchmark_runs_on_two_tiny_stores(tmp_path: Path) -> None:
    out = tmp_path / "growth.md"
    code = main(["--growth", "--backend", "sqlite", "--sizes", "10,20", "--requests", "2", "--out", str(out)])
    table = out.read_text(encoding="utf-8")
    assert code == 0, table
    for line in ("| command | p50 at 10 | p50 at 20 |", "`project <misspelt name>`", "seeding the store, s"):
        assert line in table
    assert "ERROR" not in table
    assert (tmp_path / "growth.png").read_bytes().startswith(b"\x89PNG")


def test_the_write_turns_benchmark_runs_tiny(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.bench import write_turns

    assert write_turns.main(["--writers", "2", "--hold-ms", "5", "--acks", "3"]) == 0
    printed = capsys.readouterr().out
    assert "acks stored 3, gave up 0" in printed  # the ack goes next (store/write_gate.py)
