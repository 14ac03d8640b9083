"""LocalSlack answers a real slack_sdk WebClient like Slack does, and fails like Slack fails."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import parse_qs

import pytest
from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from bot.local_slack import (
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USER_ID,
    DEFAULT_TEAM_ID,
    RESPONSE_URL,
    UPLOAD,
    LocalSlack,
    block_kit_problems,
    view_problems,
)
from tests.slack_requests import (
    block_actions_body,
    event_body,
    signed_headers,
    slash_command_body,
    view_submission_body,
)

FAST = FixedValueRetryIntervalCalculator(0.01)


def client_for(fake: LocalSlack, token: str | None = "xoxb-test", **kwargs: Any) -> WebClient:
    return WebClient(token=token, base_url=fake.api_url, **kwargs)


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button(text: str = "Go", value: str = "v", action_id: str = "go") -> dict[str, Any]:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "value": value,
        "action_id": action_id,
    }


def raw_post(
    url: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], dict[str, Any]]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:
            return resp.status, dict(resp.headers), json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), json.loads(err.read())


# -- auth ---------------------------------------------------------------------------------------


def test_auth_test_answers_the_bot_identity(fake_slack: LocalSlack) -> None:
    resp = client_for(fake_slack).auth_test()
    assert resp["ok"] is True
    assert (resp["user_id"], resp["bot_id"], resp["team_id"]) == (
        DEFAULT_BOT_USER_ID,
        DEFAULT_BOT_ID,
        DEFAULT_TEAM_ID,
    )
    call = fake_slack.wait_for("auth.test")[0]
    assert call.headers["authorization"] == "Bearer xoxb-test"
    assert fake_slack.api_url.startswith("http://127.0.0.1:")


def test_missing_token_is_not_authed(fake_slack: LocalSlack) -> None:
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack, token=None).auth_test()
    assert err.value.response["error"] == "not_authed"


def test_token_param_is_accepted_without_header(fake_slack: LocalSlack) -> None:
    status, _, body = raw_post(
        fake_slack.api_url + "auth.test",
        b"token=xoxb-form",
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and body["ok"] is True
    assert "token" not in fake_slack.calls_to("auth.test")[0].params


def test_revoked_token_is_invalid_auth(fake_slack: LocalSlack) -> None:
    fake_slack.revoked_tokens.add("xoxb-old")
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack, token="xoxb-old").chat_postMessage(channel="C1", text="hi")
    assert err.value.response["error"] == "invalid_auth"
    assert fake_slack.messages_in("C1") == []


def test_unknown_method(fake_slack: LocalSlack) -> None:
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).api_call("minerals.mine")
    assert err.value.response["error"] == "unknown_method"


# -- messages -----------------------------------------------------------------------------------


def test_post_message_returns_increasing_ts_and_records_decoded_blocks(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    blocks = [section("*Lithium* up 3%")]
    first = client.chat_postMessage(channel="C1", text="Lithium", blocks=blocks)
    # Form-encoded, blocks as a JSON string inside the form, as older code paths send it.
    second = client.api_call(
        "chat.postMessage", params={"channel": "C1", "text": "x", "blocks": json.dumps(blocks)}
    )
    assert float(second["ts"]) > float(first["ts"])
    assert first["channel"] == "C1" and first["message"]["blocks"] == blocks
    assert first["message"]["bot_id"] == DEFAULT_BOT_ID
    calls = fake_slack.wait_for("chat.postMessage", count=2)
    assert [c.params["blocks"] for c in calls] == [blocks, blocks]
    assert calls[0].headers["content-type"].startswith("application/json")
    assert calls[1].headers["content-type"] == "application/x-www-form-urlencoded"
    assert [m["ts"] for m in fake_slack.messages_in("C1")] == [first["ts"], second["ts"]]


def test_post_to_a_user_goes_to_their_dm(fake_slack: LocalSlack) -> None:
    resp = client_for(fake_slack).chat_postMessage(channel="U7", text="hello")
    assert resp["channel"] == fake_slack.dm_channel("U7")
    opened = client_for(fake_slack).conversations_open(users="U7")
    assert opened["channel"]["id"] == resp["channel"]


@pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing")
def test_post_without_text_or_blocks_is_no_text(fake_slack: LocalSlack) -> None:
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).chat_postMessage(channel="C1")
    assert err.value.response["error"] == "no_text"


def test_update_delete_permalink_and_reactions_change_the_model(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    ts = client.chat_postMessage(channel="C1", text="draft", blocks=[section("a")])["ts"]
    updated = client.chat_update(channel="C1", ts=ts, text="final")
    assert updated["ts"] == ts
    message = fake_slack.message("C1", ts)
    assert message is not None and message["text"] == "final"
    assert message["blocks"] == [section("a")]  # left out of the update, so kept
    client.reactions_add(channel="C1", timestamp=ts, name="white_check_mark")
    with pytest.raises(SlackApiError) as err:
        client.reactions_add(channel="C1", timestamp=ts, name="white_check_mark")
    assert err.value.response["error"] == "already_reacted"
    link = client.chat_getPermalink(channel="C1", message_ts=ts)["permalink"]
    assert link == f"https://example.slack.com/archives/C1/p{ts.replace('.', '')}"
    client.chat_delete(channel="C1", ts=ts)
    assert fake_slack.message("C1", ts) is None
    with pytest.raises(SlackApiError) as err:
        client.chat_update(channel="C1", ts=ts, text="again")
    assert err.value.response["error"] == "message_not_found"


def test_post_ephemeral_returns_message_ts(fake_slack: LocalSlack) -> None:
    resp = client_for(fake_slack).chat_postEphemeral(channel="C1", user="U1", text="only you")
    assert resp["message_ts"]
    ephemeral = fake_slack.state()["ephemerals"][0]
    assert (ephemeral["visible_to"], ephemeral["ts"]) == ("U1", resp["message_ts"])


def test_too_many_blocks_is_invalid_blocks(fake_slack: LocalSlack) -> None:
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).chat_postMessage(channel="C1", text="x", blocks=[section("a")] * 51)
    assert err.value.response.data == {
        "ok": False,
        "error": "invalid_blocks",
        "response_metadata": {"messages": ["[ERROR] no more than 50 items allowed [json-pointer:/blocks]"]},
    }


def test_long_section_is_invalid_blocks_with_slacks_message(fake_slack: LocalSlack) -> None:
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).chat_postMessage(channel="C1", text="x", blocks=[section("a" * 3001)])
    assert err.value.response.data == {
        "ok": False,
        "error": "invalid_blocks",
        "response_metadata": {
            "messages": ["[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"]
        },
    }
    assert fake_slack.calls_to("chat.postMessage")[0].error == "invalid_blocks"
    assert fake_slack.messages_in("C1") == []


def test_long_text_is_msg_too_long(fake_slack: LocalSlack) -> None:
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).chat_postMessage(channel="C1", text="a" * 40_001)
    assert err.value.response["error"] == "msg_too_long"


def test_update_is_validated_too(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    ts = client.chat_postMessage(channel="C1", text="x")["ts"]
    with pytest.raises(SlackApiError) as err:
        client.chat_update(
            channel="C1",
            ts=ts,
            text="x",
            blocks=[{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}],
        )
    assert err.value.response["response_metadata"]["messages"] == [
        "[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]"
    ]


# -- faults -------------------------------------------------------------------------------------


def test_ratelimited_answers_429_with_retry_after(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("chat.postMessage")
    status, headers, body = raw_post(
        fake_slack.api_url + "chat.postMessage", b"channel=C1&text=hi", {"Authorization": "Bearer xoxb-test"}
    )
    assert (status, headers["Retry-After"], body) == (429, "1", {"ok": False, "error": "ratelimited"})


def test_ratelimited_is_retried_by_the_rate_limit_handler(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("chat.postMessage", "ratelimited", retry_after=0)
    client = client_for(fake_slack)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=1))
    resp = client.chat_postMessage(channel="C1", text="hi")
    assert resp["ok"] is True
    attempts = fake_slack.calls_to("chat.postMessage")
    assert [(c.status, c.error) for c in attempts] == [(429, "ratelimited"), (200, None)]
    assert len(fake_slack.messages_in("C1")) == 1


def test_ratelimited_without_handler_raises(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("chat.postMessage", retry_after=0)
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).chat_postMessage(channel="C1", text="hi")
    assert err.value.response.status_code == 429
    assert err.value.response.headers["Retry-After"] == "0"


def test_not_in_channel_via_fail_next(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("chat.postMessage", "not_in_channel")
    client = client_for(fake_slack)
    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel="C1", text="hi")
    assert (err.value.response.status_code, err.value.response["error"]) == (200, "not_in_channel")
    assert client.chat_postMessage(channel="C1", text="hi")["ok"] is True  # only once


def test_channel_errors_and_channel_config_fail_every_post(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    fake_slack.channel_errors["C9"] = "not_in_channel"
    fake_slack.channels["C8"] = {"is_archived": True}
    fake_slack.channels["C7"] = {"is_member": False}
    for channel, error in [("C9", "not_in_channel"), ("C8", "is_archived"), ("C7", "not_in_channel")]:
        for _ in range(2):
            with pytest.raises(SlackApiError) as err:
                client.chat_postMessage(channel=channel, text="hi")
            assert err.value.response["error"] == error
    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel="general-chat", text="hi")
    assert err.value.response["error"] == "channel_not_found"


def test_server_error_is_retried_by_the_server_error_handler(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("chat.postMessage", status=500)
    client = client_for(
        fake_slack, retry_handlers=[ServerErrorRetryHandler(max_retry_count=1, interval_calculator=FAST)]
    )
    assert client.chat_postMessage(channel="C1", text="hi")["ok"] is True
    assert [c.status for c in fake_slack.calls_to("chat.postMessage")] == [500, 200]


def test_dropped_connection_is_retried_by_the_connection_handler(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("chat.postMessage", drop=True)
    client = client_for(
        fake_slack, retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1, interval_calculator=FAST)]
    )
    assert client.chat_postMessage(channel="C1", text="hi")["ok"] is True
    attempts = fake_slack.calls_to("chat.postMessage")
    assert [c.error for c in attempts] == ["dropped", None]
    assert attempts[0].params == {"channel": "C1", "text": "hi"}
    assert len(fake_slack.messages_in("C1")) == 1


def test_dropped_connection_without_retry_surfaces_as_connection_error(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("*", drop=True)
    with pytest.raises((ConnectionError, urllib.error.URLError)):
        client_for(fake_slack, retry_handlers=[]).auth_test()


def test_delay_makes_a_client_time_out(fake_slack: LocalSlack) -> None:
    fake_slack.fail_next("chat.postMessage", delay=5)
    client = client_for(fake_slack, timeout=0.2, retry_handlers=[])  # type: ignore[arg-type]
    with pytest.raises((TimeoutError, urllib.error.URLError)):
        client.chat_postMessage(channel="C1", text="slow")
    # Slack still posted it: the reason a timed-out post must not be blindly repeated.
    assert len(fake_slack.messages_in("C1")) == 1


# -- files --------------------------------------------------------------------------------------


def test_files_upload_v2_makes_the_three_calls_and_the_bytes_arrive(fake_slack: LocalSlack) -> None:
    resp = client_for(fake_slack).files_upload_v2(
        channel="C1", content=b"a,b\n", filename="x.csv", initial_comment="export"
    )
    assert [c.method for c in fake_slack.calls] == [
        "files.getUploadURLExternal",
        UPLOAD,
        "files.completeUploadExternal",
    ]
    file_id = resp["file"]["id"]
    assert fake_slack.file_content(file_id) == b"a,b\n"
    assert fake_slack.calls_to("files.getUploadURLExternal")[0].params["length"] == "4"
    completed = fake_slack.calls_to("files.completeUploadExternal")[0].params
    assert completed["files"][0]["id"] == file_id  # decoded from its JSON string
    message = fake_slack.messages_in("C1")[0]
    assert message["text"] == "export" and message["files"][0]["name"] == "x.csv"


def test_complete_upload_needs_the_bytes_first(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    file_id = client.files_getUploadURLExternal(filename="x.csv", length=3)["file_id"]
    with pytest.raises(SlackApiError) as err:
        client.files_completeUploadExternal(files=[{"id": file_id, "title": "x"}], channel_id="C1")
    assert err.value.response["error"] == "file_not_found"


def test_upload_to_a_channel_the_bot_is_not_in(fake_slack: LocalSlack) -> None:
    fake_slack.channel_errors["C2"] = "not_in_channel"
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).files_upload_v2(channel="C2", content=b"x", filename="x.csv")
    assert err.value.response["error"] == "not_in_channel"


# -- response_url -------------------------------------------------------------------------------


def test_response_url_posts_are_recorded(fake_slack: LocalSlack) -> None:
    url = fake_slack.response_url("cmd-1")
    resp = WebhookClient(url).send(text="Working on it", response_type="ephemeral")
    assert resp.status_code == 200
    WebhookClient(url).send(
        text="Done", response_type="in_channel", replace_original=True, blocks=[section("*Done*")]
    )
    posts = fake_slack.responses_to("cmd-1")
    assert [(p["text"], p["response_type"], p["replace_original"]) for p in posts] == [
        ("Working on it", "ephemeral", False),
        ("Done", "in_channel", True),
    ]
    assert posts[1]["blocks"] == [section("*Done*")]
    assert len(fake_slack.wait_for(RESPONSE_URL, count=2)) == 2


def test_response_url_replace_and_delete_change_the_message(fake_slack: LocalSlack) -> None:
    ts = client_for(fake_slack).chat_postMessage(channel="C1", text="pick one")["ts"]
    url = fake_slack.response_url("act-1", channel="C1", message_ts=ts)
    WebhookClient(url).send(text="picked", replace_original=True)
    assert fake_slack.message("C1", ts)["text"] == "picked"  # type: ignore[index]
    WebhookClient(url).send_dict({"delete_original": True})
    assert fake_slack.message("C1", ts) is None


def test_response_url_rejects_bad_blocks_and_a_sixth_post(fake_slack: LocalSlack) -> None:
    webhook = WebhookClient(fake_slack.response_url("cmd-2"))
    bad = webhook.send(text="x", blocks=[section("a" * 3001)])
    assert bad.status_code == 400 and json.loads(bad.body)["error"] == "invalid_blocks"
    statuses = [webhook.send(text=str(i)).status_code for i in range(6)]
    assert statuses == [200] * 5 + [404]


# -- other methods ------------------------------------------------------------------------------


def modal(title: str = "Add deal", **extra: Any) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": "deal",
        "title": {"type": "plain_text", "text": title},
        "submit": {"type": "plain_text", "text": "Save"},
        "blocks": [
            {
                "type": "input",
                "block_id": "name",
                "label": {"type": "plain_text", "text": "Name"},
                "element": {"type": "plain_text_input", "action_id": "v"},
            }
        ],
        **extra,
    }


def test_views_open_update_and_publish(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    opened = client.views_open(trigger_id="1.2.abc", view=modal(private_metadata="C1"))["view"]
    assert opened["id"].startswith("V") and opened["private_metadata"] == "C1"
    updated = client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal("Edit deal"))["view"]
    assert updated["id"] == opened["id"] and updated["title"]["text"] == "Edit deal"
    with pytest.raises(SlackApiError) as err:
        client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal())
    assert err.value.response["error"] == "hash_conflict"
    home = {"type": "home", "blocks": [section("Tracker")]}
    client.views_publish(user_id="U1", view=home)
    assert fake_slack.home_view("U1")["blocks"] == [section("Tracker")]  # type: ignore[index]


def test_views_are_validated_like_slack(fake_slack: LocalSlack) -> None:
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).views_open(trigger_id="1.2.abc", view=modal("t" * 25))
    assert err.value.response["error"] == "invalid_arguments"
    assert err.value.response["response_metadata"]["messages"] == [
        "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"
    ]


def test_conversations_and_users_info(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    assert client.conversations_info(channel="G1")["channel"]["is_private"] is True
    assert client.conversations_info(channel="C1")["channel"]["is_private"] is False
    fake_slack.channels["C5"] = {"name": "minerals", "is_private": True}
    assert client.conversations_info(channel="C5")["channel"]["name"] == "minerals"
    fake_slack.users["U3"] = {"tz": "Europe/Berlin", "is_admin": True}
    user = client.users_info(user="U3")["user"]
    assert (user["tz"], user["is_admin"], user["is_bot"]) == ("Europe/Berlin", True, False)
    with pytest.raises(SlackApiError) as err:
        client.users_info(user="nobody")
    assert err.value.response["error"] == "user_not_found"


def test_add_method_answers_extra_methods(fake_slack: LocalSlack) -> None:
    fake_slack.add_method("conversations.members", lambda p: {"members": ["U1", "U2"]})
    resp = client_for(fake_slack).conversations_members(channel="C1")
    assert resp["members"] == ["U1", "U2"]


# -- waiting ------------------------------------------------------------------------------------


def test_wait_for_wakes_on_a_call_from_another_thread(fake_slack: LocalSlack) -> None:
    client = client_for(fake_slack)
    worker = threading.Thread(target=lambda: client.chat_postMessage(channel="C3", text="bg"))
    worker.start()
    calls = fake_slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "C3")
    worker.join()
    assert calls[0].params["text"] == "bg"


def test_wait_for_times_out_with_what_it_saw(fake_slack: LocalSlack) -> None:
    client_for(fake_slack).auth_test()
    with pytest.raises(TimeoutError, match="auth.test"):
        fake_slack.wait_for("chat.postMessage", timeout=0.05)


def test_clear_forgets_calls_but_keeps_messages(fake_slack: LocalSlack) -> None:
    client_for(fake_slack).chat_postMessage(channel="C1", text="x")
    fake_slack.clear()
    assert fake_slack.calls == [] and len(fake_slack.messages_in("C1")) == 1
    fake_slack.reset()
    assert fake_slack.messages_in("C1") == []


def test_stop_releases_a_delayed_answer_promptly() -> None:
    slack = LocalSlack().start()
    slack.fail_next("auth.test", delay=30)
    client = client_for(slack, retry_handlers=[])
    answers: list[bool] = []
    worker = threading.Thread(target=lambda: answers.append(client.auth_test()["ok"]))
    worker.start()
    slack.wait_for("auth.test")
    slack.stop()
    worker.join(timeout=5)
    assert answers == [True]


# -- block_kit_problems -------------------------------------------------------------------------


def test_valid_blocks_have_no_problems() -> None:
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Critical minerals"}},
        section("*Cobalt*"),
        {"type": "section", "fields": [{"type": "mrkdwn", "text": "a"}] * 10, "accessory": button()},
        {"type": "divider"},
        {"type": "actions", "elements": [button(action_id=f"b{i}") for i in range(25)]},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "x"}] * 10},
        {
            "type": "actions",
            "elements": [
                {
                    "type": "static_select",
                    "action_id": "pick",
                    "placeholder": {"type": "plain_text", "text": "Pick"},
                    "options": [{"text": {"type": "plain_text", "text": "Li"}, "value": "li"}],
                }
            ],
        },
    ]
    assert block_kit_problems(blocks) == []


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        (
            {"type": "header", "text": {"type": "plain_text", "text": "h" * 151}},
            "[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]",
        ),
        (
            {"type": "header", "text": {"type": "mrkdwn", "text": "*h*"}},
            "[ERROR] must be a valid enum value [json-pointer:/blocks/0/text/type]",
        ),
        (
            {"type": "section", "fields": [{"type": "mrkdwn", "text": "a"}] * 11},
            "[ERROR] no more than 10 items allowed [json-pointer:/blocks/0/fields]",
        ),
        (
            {"type": "section", "fields": [{"type": "mrkdwn", "text": "a" * 2001}]},
            "[ERROR] must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]",
        ),
        (
            {"type": "section", "text": {"type": "mrkdwn", "text": ""}},
            "[ERROR] must be more than 0 characters [json-pointer:/blocks/0/text/text]",
        ),
        (
            {"type": "actions", "elements": [button(action_id=f"b{i}") for i in range(26)]},
            "[ERROR] no more than 25 items allowed [json-pointer:/blocks/0/elements]",
        ),
        (
            {"type": "actions", "elements": [button(text="t" * 76)]},
            "[ERROR] must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]",
        ),
        (
            {"type": "actions", "elements": [button(value="v" * 2001)]},
            "[ERROR] must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]",
        ),
        (
            {"type": "actions", "elements": [button(action_id="a" * 256)]},
            "[ERROR] must be less than 256 characters [json-pointer:/blocks/0/elements/0/action_id]",
        ),
        (
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "x"}] * 11},
            "[ERROR] no more than 10 items allowed [json-pointer:/blocks/0/elements]",
        ),
        (
            {**section("x"), "block_id": "b" * 256},
            "[ERROR] must be less than 256 characters [json-pointer:/blocks/0/block_id]",
        ),
        ({"type": "carousel"}, "[ERROR] unsupported type: carousel [json-pointer:/blocks/0/type]"),
    ],
)
def test_block_problems(block: dict[str, Any], problem: str) -> None:
    assert block_kit_problems([block]) == [problem]


def test_duplicate_ids_are_problems() -> None:
    blocks = [
        {**section("a"), "block_id": "x"},
        {**section("b"), "block_id": "x"},
        {"type": "actions", "elements": [button(action_id="go"), button(action_id="go")]},
    ]
    assert block_kit_problems(blocks) == [
        "[ERROR] duplicate block_id [json-pointer:/blocks/1/block_id]",
        "[ERROR] duplicate action_id [json-pointer:/blocks/2/elements/1/action_id]",
    ]


def test_surfaces_have_different_block_counts() -> None:
    blocks = [section("a")] * 100
    assert block_kit_problems(blocks, surface="modal") == []
    assert block_kit_problems(blocks, surface="home") == []
    assert block_kit_problems(blocks + [section("a")], surface="home") == [
        "[ERROR] no more than 100 items allowed [json-pointer:/blocks]"
    ]
    with pytest.raises(ValueError):
        block_kit_problems(blocks, surface="email")


def test_view_problems() -> None:
    assert view_problems(modal()) == []
    assert view_problems(
        modal(submit={"type": "plain_text", "text": "s" * 25}, private_metadata="m" * 3001)
    ) == [
        "[ERROR] must be less than 25 characters [json-pointer:/view/submit/text]",
        "[ERROR] must be less than 3001 characters [json-pointer:/view/private_metadata]",
    ]
    no_submit = {k: v for k, v in modal().items() if k != "submit"}
    assert view_problems(no_submit) == ["[ERROR] missing required field: submit [json-pointer:/view]"]


# -- request builders ---------------------------------------------------------------------------


def test_signed_headers_verify_with_slacks_verifier() -> None:
    body = slash_command_body("lithium prices", response_url="http://x/response/1")
    headers = signed_headers("s3cret", body)
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    verifier = SignatureVerifier("s3cret")
    assert verifier.is_valid(
        body=body, timestamp=headers["X-Slack-Request-Timestamp"], signature=headers["X-Slack-Signature"]
    )
    fields = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
    assert {
        "token",
        "team_id",
        "team_domain",
        "channel_id",
        "channel_name",
        "user_id",
        "user_name",
        "command",
        "text",
        "api_app_id",
        "is_enterprise_install",
        "response_url",
        "trigger_id",
    } <= set(fields)
    assert (fields["command"], fields["text"]) == ("/minerals", "lithium prices")
    old = signed_headers("s3cret", body, timestamp=1)
    assert not verifier.is_valid(
        body=body, timestamp=old["X-Slack-Request-Timestamp"], signature=old["X-Slack-Signature"]
    )


def test_event_and_interaction_bodies_are_shaped_like_slacks() -> None:
    event = json.loads(event_body({"type": "app_mention", "text": "hi"}, event_id="Ev1"))
    assert (event["type"], event["event_id"], event["event"]["type"]) == (
        "event_callback",
        "Ev1",
        "app_mention",
    )
    assert event["authorizations"][0]["user_id"] == DEFAULT_BOT_USER_ID
    assert signed_headers("s", json.dumps(event))["Content-Type"] == "application/json"

    action = json.loads(parse_qs(block_actions_body("approve", "42", user_id="U2"))["payload"][0])
    assert action["type"] == "block_actions" and action["user"]["id"] == "U2"
    assert action["actions"][0]["action_id"] == "approve" and action["actions"][0]["value"] == "42"
    assert action["container"]["channel_id"] == "C1"

    submission = json.loads(
        parse_qs(view_submission_body("deal", {"name": {"v": "Cobalt deal"}}, private_metadata="C1"))[
            "payload"
        ][0]
    )
    assert submission["view"]["callback_id"] == "deal"
    assert submission["view"]["state"]["values"]["name"]["v"] == {
        "type": "plain_text_input",
        "value": "Cobalt deal",
    }


def test_a_bolt_app_accepts_the_built_requests(fake_slack: LocalSlack) -> None:
    app = App(client=client_for(fake_slack), signing_secret="s3cret")
    seen: list[str] = []

    @app.command("/minerals")
    def command(ack: Any, respond: Any, command: dict[str, Any]) -> None:
        ack()
        respond(f"searching {command['text']}")

    @app.action("approve")
    def approve(ack: Any, body: dict[str, Any]) -> None:
        ack()
        seen.append(f"action:{body['actions'][0]['value']}")

    @app.view("deal")
    def submit(ack: Any, view: dict[str, Any]) -> None:
        ack()
        seen.append(f"view:{view['state']['values']['name']['v']['value']}")

    @app.event("app_mention")
    def mention(event: dict[str, Any], say: Any) -> None:
        say(f"hello <@{event['user']}>")

    def dispatch(body: str) -> int:
        headers = signed_headers("s3cret", body)
        return app.dispatch(BoltRequest(body=body, headers=headers)).status

    url = fake_slack.response_url("cmd")
    assert dispatch(slash_command_body("cobalt", response_url=url)) == 200
    assert dispatch(block_actions_body("approve", "42", response_url=url)) == 200
    assert dispatch(view_submission_body("deal", {"name": {"v": "Cobalt deal"}})) == 200
    mention_event = {
        "type": "app_mention",
        "user": "U1",
        "text": "<@U0BOT> hi",
        "ts": "1700000000.000100",
        "channel": "C1",
        "event_ts": "1700000000.000100",
    }
    assert dispatch(event_body(mention_event)) == 200
    assert seen == ["action:42", "view:Cobalt deal"]
    fake_slack.wait_for(RESPONSE_URL)
    assert fake_slack.responses_to("cmd")[0]["text"] == "searching cobalt"
    said = fake_slack.wait_for("chat.postMessage")[0]
    assert (said.params["channel"], said.params["text"]) == ("C1", "hello <@U1>")


def test_too_much_block_text_is_msg_blocks_too_long(fake_slack: LocalSlack) -> None:
    seen: list[str] = []
    fake_slack.on_call(lambda call: seen.append(call.method))
    blocks = [section("a" * 3000)] * 5
    with pytest.raises(SlackApiError) as err:
        client_for(fake_slack).chat_postMessage(channel="C1", text="x", blocks=blocks)
    assert err.value.response["error"] == "msg_blocks_too_long"
    assert seen == ["chat.postMessage"]
    fake_slack.max_blocks_text = None
    assert client_for(fake_slack).chat_postMessage(channel="C1", text="x", blocks=blocks)["ok"]
