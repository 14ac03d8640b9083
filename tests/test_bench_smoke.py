"""The benchmark's code on a tiny store, so that `python -m tests.bench` cannot rot."""

from __future__ import annotations

from pathlib import Path

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
        "start-up to first 200 on /healthz",
        "peak RSS",
        "`find <words> (2 workers)`",
        "commitment messages/s, card posted, 2 workers",
        "### Targets",
    ):
        assert line in table
    assert "ERROR" not in table


def test_the_growth_benchmark_runs_on_two_tiny_stores(tmp_path: Path) -> None:
    out = tmp_path / "growth.md"
    code = main(["--growth", "--backend", "sqlite", "--sizes", "10,20", "--requests", "2", "--out", str(out)])
    table = out.read_text(encoding="utf-8")
    assert code == 0, table
    for line in ("| command | p50 at 10 | p50 at 20 |", "`project <misspelt name>`", "seeding the store, s"):
        assert line in table
    assert "ERROR" not in table
    assert (tmp_path / "growth.png").read_bytes().startswith(b"\x89PNG")
