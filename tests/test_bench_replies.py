"""The bench's wait for a deferred command's reply: only the reply the member wanted ends the
request; a failure posted to the response_url is counted as an error, never timed as a reply."""

from __future__ import annotations

import asyncio

from bot.local_slack.http import Call
from tests.bench.runner import Replies


def _reply(tag: str, text: str, blocks: list[dict] | None = None, status: int = 200) -> Call:
    return Call("response_url", {"text": text, "blocks": blocks or []}, {}, 0.0, status, None, tag)


def test_a_failed_deferred_work_is_a_problem_not_a_reply() -> None:
    replies = Replies()
    failed = [{"type": "section", "text": {"type": "mrkdwn", "text": ":warning: Sorry, that did not finish"}}]
    replies(_reply("t1", "Sorry, that did not finish (error id 1234abcd).", failed))
    replies(_reply("t2", ":white_check_mark: Sent minerals-initiatives.csv (3 rows)."))
    replies(_reply("t3", "ok", status=404))

    async def waited() -> list[str | None]:
        return [await replies.wait(tag) for tag in ("t1", "t2", "t3")]

    problems = asyncio.run(waited())
    assert problems[0] is not None and "did not finish" in problems[0]
    assert problems[1] is None
    assert problems[2] is not None and "404" in problems[2]


def test_a_reply_that_comes_while_waiting_is_judged_too() -> None:
    replies = Replies()

    async def waited() -> str | None:
        waiting = asyncio.ensure_future(replies.wait("late", timeout=5))
        await asyncio.sleep(0.01)
        warning = [{"type": "section", "text": {"type": "mrkdwn", "text": ":warning: no"}}]
        replies(_reply("late", "x", warning))
        return await waiting

    assert asyncio.run(waited()) is not None
