"""The benchmark's targets table checks what issue 16 says, command by command."""

from __future__ import annotations

from tests.bench.report import verdicts
from tests.bench.runner import BackendResult, Config


def _result(p50x_1: float, p99x_16: float, p99_16: float) -> BackendResult:
    result = BackendResult("sqlite")
    for key, value in {
        "cmd|bare Bolt|1|p50": 1.0,
        "cmd|stats|1|p50": p50x_1,
        "cmd|stats|1|p50x": p50x_1,
        "cmd|stats|16|p50x": 1.0,  # not a target: the p50 at 16 clients
        "cmd|stats|16|p99": p99_16,
        "cmd|stats|16|p99x": p99x_16,
    }.items():
        result.add(key, value)
    return result


def _commands(result: BackendResult) -> dict[str, bool | None]:
    return {v.target: v.met for v in verdicts([result], Config(clients=(1, 16))) if "`stats`" in v.target}


def test_one_client_p50_and_sixteen_clients_p99_are_the_targets() -> None:
    assert _commands(_result(2.9, 2.9, 99.0)) == {
        "`stats` p50 at 1 client ≤ 3x bare Bolt": True,
        "`stats` p99 at 16 clients ≤ 3x bare Bolt and < 100 ms": True,
    }


def test_a_p99_within_3x_but_over_100_ms_misses_as_does_one_over_3x() -> None:
    assert _commands(_result(3.1, 2.0, 120.0)) == {
        "`stats` p50 at 1 client ≤ 3x bare Bolt": False,
        "`stats` p99 at 16 clients ≤ 3x bare Bolt and < 100 ms": False,
    }
    assert (
        _commands(_result(1.0, 3.5, 20.0))["`stats` p99 at 16 clients ≤ 3x bare Bolt and < 100 ms"] is False
    )
