"""Benchmarks (issue 6): `python -m tests.bench [--quick] [--backend sqlite|postgres|both]`.

Not part of the test run (only tests/test_bench_smoke.py runs this code, on a tiny store).
On a synthetic store it starts `minerals-bot serve` and a bare Bolt app on the same HTTP
stack as subprocesses, with a local Slack Web API in this process, and measures slash-command
round trips, message-event ingest, the digest build, start-up time and peak memory.
"""
