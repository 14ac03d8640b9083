"""How many Slack requests one HTTP process works on at once (bot/dispatch_gate.py, WEB_THREADS):
at most that many, in arrival order, and never a wait past MAX_WAIT_SECONDS (a few requests
held by a database lock must not hold the rest past Slack's 3 seconds)."""

from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest
from slack_bolt import Ack, App
from slack_bolt.authorization import AuthorizeResult

from bot import dispatch_gate
from bot.dispatch_gate import DispatchGate
from bot.server import create_web_app
from tests.slack_requests import post_via_asgi, slash_command_body

SECRET = "dispatch-gate-secret"


class Calls:
    """A blocking call that records how many run at once and in which order they started."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.started: list[int] = []
        self.release = threading.Event()

    def __call__(self, number: int) -> int:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
            self.started.append(number)
        self.release.wait(10)
        with self.lock:
            self.running -= 1
        return number


async def _in_order(gate: DispatchGate, calls: Calls, count: int) -> list[asyncio.Task[int]]:
    tasks = []
    for number in range(count):
        tasks.append(asyncio.create_task(gate.run(calls, number)))
        await asyncio.sleep(0.01)  # arrive one after another
    return tasks


def test_at_most_size_calls_run_at_once_in_arrival_order() -> None:
    calls = Calls()

    async def main() -> list[int]:
        gate = DispatchGate(2, max_wait=30)
        tasks = await _in_order(gate, calls, 6)
        await asyncio.sleep(0.2)
        assert calls.running == 2 and calls.started == [0, 1]  # the rest wait their turn
        calls.release.set()
        return list(await asyncio.gather(*tasks))

    assert asyncio.run(main()) == [0, 1, 2, 3, 4, 5]
    assert calls.most == 2
    assert calls.started[:2] == [0, 1] and sorted(calls.started[2:]) == [2, 3, 4, 5]


def test_a_call_waits_no_longer_than_max_wait_for_its_turn() -> None:
    calls = Calls()

    async def main() -> tuple[float, DispatchGate]:
        gate = DispatchGate(1, max_wait=0.05)
        first = asyncio.create_task(gate.run(calls, 0))  # holds the only turn
        await asyncio.sleep(0.05)
        began = time.monotonic()
        second = asyncio.create_task(gate.run(calls, 1))
        while calls.running < 2:  # the second runs beside the first, which still holds its turn
            await asyncio.sleep(0.005)
            assert time.monotonic() - began < 5
        waited = time.monotonic() - began
        calls.release.set()
        assert await asyncio.gather(first, second) == [0, 1]
        return waited, gate

    waited, gate = asyncio.run(main())
    assert waited >= 0.04
    assert gate.waited_out == 1


def test_a_turn_given_up_at_the_deadline_is_not_lost() -> None:
    """Calls that waited out, and calls that got a turn, all give it back: later calls still
    run `size` at once."""
    calls = Calls()

    async def main() -> None:
        gate = DispatchGate(1, max_wait=0.01)
        tasks = await _in_order(gate, calls, 4)  # the 2nd to 4th wait out their turn
        calls.release.set()
        await asyncio.gather(*tasks)
        calls.release.clear()
        calls.most = 0
        gate.max_wait = 30
        tasks = await _in_order(gate, calls, 3)
        await asyncio.sleep(0.1)
        assert calls.running == 1
        calls.release.set()
        await asyncio.gather(*tasks)

    asyncio.run(main())
    assert calls.most == 1


@pytest.mark.parametrize("threads", [1, 3])
def test_the_web_app_dispatches_at_most_web_threads_requests_at_once(threads, monkeypatch) -> None:
    monkeypatch.setattr(dispatch_gate, "MAX_WAIT_SECONDS", 30)
    calls = Calls()
    bolt = App(
        signing_secret=SECRET,
        process_before_response=True,
        authorize=lambda **_: AuthorizeResult(enterprise_id=None, team_id="T1", bot_token="xoxb-test"),
    )

    @bolt.command("/minerals")
    def listener(ack: Ack, command: dict[str, Any]) -> None:
        calls(int(command["text"]))
        ack("ok")

    settings = SimpleNamespace(max_body_bytes=1_000_000, slack_signing_secret=SECRET, web_threads=threads)
    web = create_web_app(bolt, SimpleNamespace(settings=settings))  # type: ignore[arg-type]
    results: list[int] = []

    async def main() -> None:  # five signed slash commands at once, as a server's loop gets them
        tasks = [asyncio.create_task(_post(web, slash_command_body(str(n)))) for n in range(5)]
        await asyncio.sleep(0.3)
        assert calls.running == threads
        calls.release.set()
        results.extend(await asyncio.gather(*tasks))

    asyncio.run(main())
    assert results == [200] * 5
    assert calls.most == threads


async def _post(web: Any, body: str) -> int:
    sent: list[dict[str, Any]] = []
    await post_via_asgi(web, body, SECRET, sent.append)
    return int(next(m["status"] for m in sent if m["type"] == "http.response.start"))
