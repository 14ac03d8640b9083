"""Commitments from conversation, over signed HTTP: card, Log it, Edit, Undo, exactly once."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session, select

from store.models import AuditLog, Commitment, Draft, ProjectUpdate
from tests.e2e.conftest import buttons, start_bot
from tests.slack_requests import view_submission

JOGMEC = (
    "Japan's JOGMEC agreed to take 40% of the graphite from the Canadian graphite mines "
    "and will lend up to C$150 million, pending due diligence."
)


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def message(
    text: str,
    *,
    ts: str = "1700000000.000100",
    channel: str = "C1",
    user: str = "U2",
    channel_type: str = "channel",
) -> dict:
    return {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": channel_type,
    }


def card_of(slack, count: int = 1):
    calls = slack.wait_for("chat.postMessage", count=count)
    return calls[-1]


def last_update(bot, slack):
    """The card as last redrawn, once every click and event so far has been handled."""
    bot.drain()
    return slack.calls_to("chat.update")[-1]


def stored(bot) -> list[Commitment]:
    with Session(bot.services.engine) as s:
        return list(s.exec(select(Commitment).where(Commitment.logged_by != "seed")).all())


def test_chatter_gets_no_reply(bot, slack):
    for i, text in enumerate(
        [
            "lunch at noon?",
            "graphite prices fell 3% today",
            "Has Japan committed anything yet?",
            "The G7 might consider a price floor one day.",
        ]
    ):
        assert bot.event(message(text, ts=f"1700000001.00010{i}")).status_code == 200
    bot.drain()
    assert slack.calls_to("chat.postMessage") == []


def test_chatter_writes_nothing(bot, slack):
    """Chatter is acked by `store_event` itself: no inbox row, no claim, no reply."""
    from store.models import InboxItem, ProcessedEvent

    def rows() -> tuple[int, int]:
        with Session(bot.services.engine) as s:
            return len(s.exec(select(InboxItem)).all()), len(s.exec(select(ProcessedEvent)).all())

    before = rows()
    unchanged = {"type": "message", "user": "U2", "text": "lunch?", "ts": "1700000002.000100"}
    chatter = [
        message("lunch at noon?", ts="1700000002.000100"),
        {**message("joined", ts="1700000002.000200"), "subtype": "channel_join"},
        {**message(JOGMEC, ts="1700000002.000300"), "bot_id": "B1"},  # a bot's, even a commitment
        {
            "type": "message",
            "subtype": "message_changed",
            "channel": "C1",
            "ts": "1700000002.000400",
            "message": unchanged,
            "previous_message": unchanged,
        },
        {"type": "reaction_added", "user": "U2", "reaction": "eyes", "item": {"type": "message"}},
    ]
    for event in chatter:
        assert bot.event(event).status_code == 200
    bot.drain()
    assert rows() == before
    assert slack.calls_to("chat.postMessage") == []


def test_message_card_log_it_stores_with_provenance(bot, slack):
    assert bot.event(message(JOGMEC)).status_code == 200
    card = card_of(slack)
    assert card.params["thread_ts"] == "1700000000.000100"
    text = dumps(card.params["blocks"])
    assert "Offtake" in text or "offtake" in text
    assert "up to CAD 150m" in text and "≈ USD 107.25m" in text and "2025-11-28" in text
    log_buttons = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")]
    assert len(log_buttons) == 2  # offtake + loan
    card_ts = slack.messages_in("C1")[-1]["ts"]
    bot.click(log_buttons[1], user="U3", message_ts=card_ts)
    bot.drain()
    [c] = stored(bot)
    assert (c.actor, c.instrument, c.amount, c.currency, c.amount_is_ceiling) == (
        "JOGMEC",
        "loan",
        150000000,
        "CAD",
        True,
    )
    assert c.actor_country == "JP" and c.status == "conditional"
    assert c.logged_by == "U2" and c.confirmed_by == "U3"
    assert c.source_channel == "C1" and c.source_private is False
    assert c.source_url.startswith("https://") and "archives/C1/" in c.source_url
    assert c.project_id is not None
    updated = slack.calls_to("chat.update")[-1]
    assert "Logged by <@U3> as #" in dumps(updated.params["blocks"])
    assert "draft_undo" in dumps(updated.params["blocks"])


def test_double_click_logs_once(bot, slack):
    bot.event(message(JOGMEC))
    card = card_of(slack)
    log_button = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][0]
    threads = [
        threading.Thread(target=bot.click, args=(log_button,), kwargs={"user": "U3"}) for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bot.drain()
    bot.drain()
    assert len(stored(bot)) == 1


def test_same_event_three_times_with_retry_headers_posts_one_card(bot, slack):
    event = message(JOGMEC)
    for retry in (None, "1", "2"):
        headers = {"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        assert bot.event(event, event_id="EvSAME", headers=headers).status_code == 200
    card_of(slack)
    bot.drain()
    assert len(slack.calls_to("chat.postMessage")) == 1
    with Session(bot.services.engine) as s:
        assert len(s.exec(select(Draft)).all()) == 2


def test_message_and_mention_of_the_same_message_give_one_card(bot, slack):
    bot.event(message(JOGMEC), event_id="Ev1")
    bot.event({**message(JOGMEC), "type": "app_mention"}, event_id="Ev2")
    card_of(slack)
    bot.drain()
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_not_a_commitment_dismisses(bot, slack):
    bot.event(message(JOGMEC))
    card = card_of(slack)
    dismiss = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_dismiss")][0]
    bot.click(dismiss, user="U3")
    update = last_update(bot, slack)
    assert "Not a commitment" in dumps(update.params["blocks"])
    assert stored(bot) == []


def test_undo_is_for_the_confirmer_and_keeps_the_record(bot, slack):
    bot.event(message(JOGMEC))
    card = card_of(slack)
    log_button = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][1]
    bot.click(log_button, user="U3")
    update = last_update(bot, slack)
    undo = [b for b in buttons(update.params["blocks"]) if b["action_id"].startswith("draft_undo")][0]
    bot.click(undo, user="U4")  # not the confirmer, not an admin
    bot.drain()
    assert stored(bot)[0].status == "conditional"
    bot.click(undo, user="U3")
    bot.drain()
    [c] = stored(bot)
    assert c.status == "withdrawn"
    with Session(bot.services.engine) as s:
        actions = [
            a.action
            for a in s.exec(
                select(AuditLog).where(AuditLog.entity_type == "commitment", AuditLog.entity_id == c.id)
            ).all()
        ]
    assert actions == ["create", "undo"]


def test_after_undo_the_card_offers_log_it_again(bot, slack):
    bot.event(message(JOGMEC))
    card = card_of(slack)
    log_button = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][1]
    bot.click(log_button, user="U3")
    update = last_update(bot, slack)
    undo = [b for b in buttons(update.params["blocks"]) if b["action_id"].startswith("draft_undo")][0]
    bot.click(undo, user="U3")
    update = last_update(bot, slack)
    again = [b for b in buttons(update.params["blocks"]) if b["text"]["text"] == "Log it again"]
    assert len(again) == 1
    bot.click(again[0], user="U3")
    bot.drain()
    [c] = stored(bot)
    assert c.status == "conditional"  # the same record, live again
    assert "Log it again" not in dumps(last_update(bot, slack).params["blocks"])


def test_edit_modal_prefilled_validates_and_logs(bot, slack):
    bot.event(message(JOGMEC))
    card = card_of(slack)
    edit = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_edit")][1]
    bot.click(edit, user="U2")
    [opened] = slack.wait_for("views.open")
    view = opened.params["view"]
    initial = {
        b["block_id"]: b["element"].get("initial_value") for b in view["blocks"] if b["type"] == "input"
    }
    assert initial["amount"] == "150000000" and initial["currency"] == "CAD"

    def submit(values: dict) -> dict:
        state = {}
        for k, v in values.items():
            if k in ("instrument", "status", "amount_is_ceiling"):
                state[k] = {"value": {"type": "static_select", "selected_option": {"value": v}}}
            else:
                state[k] = {"value": {"type": "plain_text_input", "value": v}}
        resp = bot.interact(
            {
                "type": "view_submission",
                "user": {"id": "U2"},
                "team": {"id": "T1"},
                "api_app_id": "A1",
                "token": "x",
                "trigger_id": "t",
                "view": {
                    "id": "V1",
                    "type": "modal",
                    "callback_id": "edit_commitment",
                    "private_metadata": view["private_metadata"],
                    "state": {"values": state},
                },
            }
        )
        assert resp.status_code == 200
        return resp.json() if resp.content else {}

    bad = submit(
        {"actor": "JOGMEC", "instrument": "loan", "amount": "-5", "currency": "CAD", "status": "binding"}
    )
    assert bad["response_action"] == "errors" and "negative" in bad["errors"]["amount"]
    assert stored(bot) == []
    assert (
        submit(
            {
                "actor": "JOGMEC",
                "instrument": "loan",
                "amount": "200000000",
                "currency": "CAD",
                "status": "binding",
                "amount_is_ceiling": "yes",
            }
        )
        == {}
    )
    [c] = stored(bot)
    assert c.amount == 200000000 and c.status == "binding" and c.confirmed_by == "U2"


def test_autolog_logs_directly_and_offers_undo(bot, slack):
    bot.command("autolog on", channel="C1")
    bot.event(message(JOGMEC))
    card = card_of(slack)
    assert len(stored(bot)) == 2
    text = dumps(card.params["blocks"])
    assert "Logged automatically" in text and "draft_undo" in text and "draft_edit" in text


def test_edited_source_rereads_pending_and_flags_logged(bot, slack):
    bot.event(message(JOGMEC))
    card = card_of(slack)
    log_button = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][1]
    bot.click(log_button, user="U3")
    bot.drain()
    edited = JOGMEC.replace("C$150 million", "C$175 million")
    bot.event(
        {
            "type": "message",
            "subtype": "message_changed",
            "channel": "C1",
            "channel_type": "channel",
            "ts": "1700000009.000100",
            "message": {"type": "message", "user": "U2", "text": edited, "ts": "1700000000.000100"},
            "previous_message": {"type": "message", "user": "U2", "text": JOGMEC, "ts": "1700000000.000100"},
        }
    )
    update = last_update(bot, slack)
    text = dumps(update.params["blocks"])
    assert "please review" in text
    [c] = stored(bot)
    assert c.needs_review and c.amount == 150000000  # flagged, not silently changed


def test_deleted_source_withdraws_pending(bot, slack):
    bot.event(message(JOGMEC))
    card_of(slack)
    bot.event(
        {
            "type": "message",
            "subtype": "message_deleted",
            "channel": "C1",
            "deleted_ts": "1700000000.000100",
            "ts": "1700000009.000200",
            "previous_message": {"ts": "1700000000.000100", "text": JOGMEC},
        }
    )
    update = last_update(bot, slack)
    assert "was deleted" in dumps(update.params["blocks"])
    with Session(bot.services.engine) as s:
        assert {d.state for d in s.exec(select(Draft)).all()} == {"withdrawn"}


def test_pushpin_reaction_proposes_the_message(bot, slack):
    slack.add_method(
        "conversations.history",
        lambda params: {
            "ok": True,
            "messages": [
                {
                    "type": "message",
                    "user": "U5",
                    "ts": "1700000100.000100",
                    "text": "Germany's KfW signs a EUR 50 million loan for the "
                    "Ontario rare earth processing facilities.",
                }
            ],
        },
    )
    bot.event(
        {
            "type": "reaction_added",
            "user": "U6",
            "reaction": "pushpin",
            "item": {"type": "message", "channel": "C1", "ts": "1700000100.000100"},
            "item_user": "U5",
            "event_ts": "1700000101.000100",
        }
    )
    card = card_of(slack)
    assert "KfW" in dumps(card.params["blocks"])


def test_log_command(bot, slack):
    resp = bot.command("log The EU will provide a EUR 30 million grant for the Canadian rare earth mines.")
    assert resp.json()["text"] == "Reading that…"
    card = card_of(slack)
    assert "thread_ts" not in card.params or not card.params.get("thread_ts")
    assert "Grant" in dumps(card.params["blocks"]) or "grant" in dumps(card.params["blocks"])


def test_status_change_sentence_proposes_a_project_update(bot, slack):
    bot.event(message("The Ontario rare earth processing facilities entered permitting last week."))
    card = card_of(slack)
    log_button = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][0]
    bot.click(log_button, user="U3")
    bot.drain()
    with Session(bot.services.engine) as s:
        [update] = s.exec(select(ProjectUpdate)).all()
    assert update.new_status == "permitting"


def test_the_same_news_twice_is_offered_as_a_duplicate(bot, slack):
    bot.event(message(JOGMEC))
    card = card_of(slack)
    log_button = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][1]
    bot.click(log_button, user="U3")
    bot.drain()
    bot.event(message(JOGMEC, ts="1700000500.000100", user="U7"))
    second = card_of(slack, count=2)
    assert "Possible duplicate of" in dumps(second.params["blocks"])


def test_huge_message_and_channel_ping_are_safe(bot, slack):
    text = "<!channel> " + JOGMEC + " " + ("filler words " * 3200)
    assert len(text) > 40000
    assert bot.event(message(text)).status_code == 200
    card = card_of(slack)
    shown = dumps(card.params["blocks"]) + card.params["text"]
    assert "<!channel>" not in shown


def test_private_channel_records_are_marked_private(bot, slack):
    bot.event(message(JOGMEC, channel="GPRIV", channel_type="group"))
    card = card_of(slack)
    log_button = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log")][1]
    bot.click(log_button, user="U3", channel="GPRIV")
    bot.drain()
    [c] = stored(bot)
    assert c.source_private and c.source_channel == "GPRIV"
    assert "No commitments match" in bot.command("commitments by:JOGMEC").text
    assert "1–1 of 1" in bot.command("commitments by:JOGMEC", channel="GPRIV").json()["text"]


def test_two_replicas_on_one_database_post_one_card(db_url, slack):
    from store.seed import seed_demo

    first, stop_first = start_bot(db_url, slack)
    second, stop_second = start_bot(db_url, slack)
    try:
        with first.services.session() as s:
            seed_demo(s, now=datetime.now(UTC))
        threads = [
            threading.Thread(target=b.event, args=(message(JOGMEC),), kwargs={"event_id": "EvREPLICA"})
            for b in (first, second)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        card_of(slack)
        first.drain()
        second.drain()
        assert len(slack.calls_to("chat.postMessage")) == 1
    finally:
        stop_first()
        stop_second()


def test_a_bare_dollar_from_ottawa_is_shown_as_inferred_cad_and_edit_corrects_it(bot, slack):
    bot.event(message("Ottawa will lend $300 million to the Canadian graphite mines."))
    card = card_of(slack)
    text = dumps(card.params["blocks"])
    assert "CAD 300m (currency inferred from the actor's country; Edit to correct)" in text
    [edit] = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_edit")]
    bot.click(edit, user="U2")
    [opened] = slack.wait_for("views.open")
    view = opened.params["view"]
    initial = {
        b["block_id"]: b["element"].get("initial_value") for b in view["blocks"] if b["type"] == "input"
    }
    assert initial["currency"] == "CAD"

    def chosen(value: str) -> dict[str, Any]:
        return {"type": "static_select", "selected_option": {"value": value}}

    values = {k: {"value": v} for k, v in {"actor": "CA", "amount": "300000000", "currency": "USD"}.items()}
    values |= {"instrument": {"value": chosen("loan")}, "status": {"value": chosen("announced")}}
    resp = bot.interact(
        view_submission("edit_commitment", values, user_id="U2", private_metadata=view["private_metadata"])
    )
    assert resp.status_code == 200 and not resp.content.strip(b"{} ")
    [c] = stored(bot)
    assert (c.actor, c.amount, c.currency) == ("CA", 300000000, "USD")
    redrawn = dumps(last_update(bot, slack).params["blocks"])
    assert "USD 300m" in redrawn and "currency inferred" not in redrawn


def test_a_commitment_message_on_postgres_writes_only_on_the_drivers_cursor(bot, slack):
    """PostgreSQL: a message's writes and first reads (the inbox item, the claim with its
    drafts, the card's ts, here of two drafts) go on the driver's cursor, none through SQLAlchemy's execution
    (on a Session they cost 2-5x the driver's own work); the card is as before."""
    engine = bot.services.engine
    if engine.dialect.name != "postgresql":
        pytest.skip("the one-statement claim: PostgreSQL")
    from sqlalchemy import event

    bot.event(message(JOGMEC))  # the names are read and cached on the first message
    card_of(slack)
    bot.drain()
    seen: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        bot.event(message(JOGMEC, ts="1700000600.000100", user="U7"))
        second = card_of(slack, count=2)
        bot.drain()
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
    tables = ("processedevent", "inboxitem", "draft", "channelsetting")
    touched = [s for s in seen if any(t in s for t in tables)]
    assert touched == []
    assert "Possible duplicate of" not in dumps(second.params["blocks"])  # the first was never logged
    with Session(engine) as s:
        drafts = list(s.exec(select(Draft).where(Draft.source_message == "C1:1700000600.000100")).all())
    assert drafts and all(d.card_ts for d in drafts)  # recorded after the post
