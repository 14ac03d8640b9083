"""Web API calls over pooled keep-alive connections (bot.keep_alive), against LocalSlack:
one connection for many calls, and Slack's failures seen by slack_sdk as before."""

from __future__ import annotations

import time
import urllib.error
from collections.abc import Iterator
from urllib.request import build_opener

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator

from bot import keep_alive
from bot.local_slack import LocalSlack

FAST = FixedValueRetryIntervalCalculator(0.01)


@pytest.fixture
def slack() -> Iterator[LocalSlack]:
    with LocalSlack() as fake:
        yield fake


def test_calls_share_one_connection(slack: LocalSlack) -> None:
    handler = keep_alive.install()
    opened = handler.opened
    for n in range(3):  # a new WebClient each time, as Bolt builds one per request
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        assert client.chat_postMessage(channel="C1", text=f"card {n}")["ok"]
    assert handler.opened - opened == 1
    assert [c.params["text"] for c in slack.calls_to("chat.postMessage")] == ["card 0", "card 1", "card 2"]


def test_a_rate_limit_waits_for_retry_after_then_succeeds(slack: LocalSlack) -> None:
    keep_alive.install()
    slack.fail_next("chat.postMessage", "ratelimited", retry_after=1)
    client = WebClient(
        token="xoxb-test",
        base_url=slack.api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)],
    )
    began = time.monotonic()
    assert client.chat_postMessage(channel="C1", text="card")["ok"]
    assert time.monotonic() - began >= 1.0  # Slack's Retry-After, honoured by slack_sdk's handler
    assert [c.error for c in slack.calls_to("chat.postMessage")] == ["ratelimited", None]


def test_a_refusal_is_a_slack_api_error_and_the_connection_stays_usable(slack: LocalSlack) -> None:
    handler = keep_alive.install()
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    client.api_test()  # the connection, opened
    opened = handler.opened
    slack.fail_next("chat.postMessage", "channel_not_found")
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel="C1", text="card")
    assert refused.value.response["error"] == "channel_not_found"
    slack.fail_next("chat.postMessage", status=500)
    with pytest.raises(SlackApiError):
        client.chat_postMessage(channel="C1", text="card")
    assert client.chat_postMessage(channel="C1", text="card")["ok"]
    assert handler.opened == opened


def test_a_dropped_connection_fails_as_before_and_the_retry_handler_retries(slack: LocalSlack) -> None:
    keep_alive.install()
    bare = WebClient(token="xoxb-test", base_url=slack.api_url, retry_handlers=[])
    bare.api_test()
    slack.fail_next("chat.postMessage", drop=True)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        bare.chat_postMessage(channel="C1", text="lost")
    retrying = WebClient(
        token="xoxb-test",
        base_url=slack.api_url,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1, interval_calculator=FAST)],
    )
    slack.fail_next("chat.postMessage", drop=True)
    assert retrying.chat_postMessage(channel="C1", text="card")["ok"]
    assert [c.error for c in slack.calls_to("chat.postMessage")] == ["dropped", "dropped", None]


def test_an_idle_connection_is_not_reused_once_stale(slack: LocalSlack) -> None:
    fresh = keep_alive.KeepAliveHandler()
    opener = build_opener(fresh)
    for _ in range(2):
        assert opener.open(slack.api_url + "api.test", data=b"", timeout=5).status == 200
    assert fresh.opened == 1
    stale = keep_alive.KeepAliveHandler(max_idle_s=0.0)
    opener = build_opener(stale)
    for _ in range(2):
        opener.open(slack.api_url + "api.test", data=b"", timeout=5).read()
        time.sleep(0.01)
    assert stale.opened == 2
    fresh.close()
    stale.close()


def test_stopping_the_local_slack_closes_kept_connections_at_once() -> None:
    keep_alive.install()
    fake = LocalSlack().start()
    client = WebClient(token="xoxb-test", base_url=fake.api_url, retry_handlers=[])
    assert client.api_test()["ok"]  # a connection now idle in the pool, and on the server
    began = time.monotonic()
    fake.stop()
    assert time.monotonic() - began < 2  # not the idle connection's 30-second timeout
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        client.api_test()  # a Slack that went away answers nothing, not even on that connection


def test_a_forked_worker_never_uses_its_parent_s_pooled_connections(slack: LocalSlack) -> None:
    """The server pre-forks its workers after start-up made Web API calls (Bolt's auth.test):
    a pooled connection copied into each worker was one socket shared by several processes,
    whose answers went to whichever read first (a conversations.open answered with another
    call's answer: an export's DM resolved wrong, a call timed out)."""
    import os

    handler = keep_alive.install()
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    assert client.auth_test()["ok"]  # the parent's connection, idle in the pool
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: report how many connections its first call opened
        code = 1
        try:
            before = handler.opened
            answer = WebClient(token="xoxb-test", base_url=slack.api_url).conversations_open(users="U2")
            os.write(write, f"{handler.opened - before} {bool(answer['channel'])}".encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    reported = os.read(read, 100).decode()
    os.close(read)
    assert status == 0 and reported == "1 True"
    assert client.auth_test()["ok"]  # the parent's own connection still answers it
