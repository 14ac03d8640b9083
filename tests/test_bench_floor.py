"""`python -m tests.bench.floor` run tiny, so that it cannot rot (no timing is asserted)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from store.db import make_engine, session_scope, upgrade
from store.seed import seed_demo, seed_synthetic
from tests.bench import floor


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the servers' CPU from /proc")
def test_the_floor_tool_measures_every_command_and_bare_bolt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'floor.db'}"
    upgrade(url)
    engine = make_engine(url)
    with session_scope(engine) as session:
        seed_demo(session, now=datetime.now(UTC))
        seed_synthetic(session, 20, per_project=2, now=datetime.now(UTC))
    engine.dispose()
    code = floor.main(["-n", "3", "--rounds", "1", "--database-url", url])
    shown = capsys.readouterr().out
    assert code == 0, shown  # every answer a real one, no error card
    rows = [line for line in shown.splitlines() if line.startswith("| 1 |")]
    assert [row.split(" | ")[1] for row in rows] == ["bare Bolt", *floor.commands(["x"])]
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert float(cells[2]) > 0 and float(cells[5]) >= 0 and cells[7] == "–", row
