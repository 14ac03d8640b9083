"""The inbox over signed HTTP: what is stored before the ack, and what the recovery job finishes.

The crash itself is in test_crash.py (the real process, kill -9); here the state a crash
leaves is made directly, and the recovery run of `serve` (bot.server.recovery) is called.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, select

from bot.server import recovery
from store import drafts as draft_store
from store import inbox
from store.models import Draft, InboxItem
from tests.faults.conftest import CHATTER, COMMITMENTS, draft_buttons, message_event, non_seed_commitments


def _items(bot) -> list[InboxItem]:
    with Session(bot.services.engine) as s:
        return list(s.exec(select(InboxItem).order_by(InboxItem.id)).all())


def _cards(slack) -> list[dict]:
    return [m for m in slack.messages_in("C1") if draft_buttons(m.get("blocks") or [], "log")]


def _draft_ids(bot) -> list[int | None]:
    with Session(bot.services.engine) as s:
        return list(s.exec(select(Draft.id).order_by(Draft.id)).all())


def _event_body(event: dict, event_id: str) -> dict:
    return {
        "type": "event_callback",
        "event_id": event_id,
        "event": event,
        "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
    }


def _recover(bot, left_behind_after: timedelta = timedelta(0)):
    assert bot.client is not None
    return recovery(bot.services, bot.client)(left_behind_after)


def test_chatter_is_acked_without_a_write_and_a_commitment_is_stored_first(fault_bot, slack):
    bot = fault_bot
    for i, text in enumerate(CHATTER[:1] + CHATTER[4:]):  # no digit, money or commitment verb
        assert bot.event(message_event(text, ts=f"1700000000.00010{i}")).status_code == 200
    bot.drain()
    assert _items(bot) == []
    bot.event(message_event(COMMITMENTS[1], ts="1700000001.000100"), event_id="EvOne")
    bot.drain()
    [item] = _items(bot)
    assert (item.kind, item.key, item.state, item.attempts) == ("event", "EvOne", "done", 1)
    assert len(_cards(slack)) == 1
    # A DM to the bot, an edit and a deletion of a message with drafts are stored, whatever
    # their text; a deletion of a message without drafts is not.
    bot.event(message_event("ok thanks", ts="1700000002.000100", channel="D1", channel_type="im"))
    edit = {
        "type": "message",
        "subtype": "message_changed",
        "channel": "C1",
        "message": {"ts": "1700000001.000100", "user": "U2", "text": "ok thanks"},
    }
    bot.event(edit)
    for ts in ("1700000001.000100", "1699999999.000100"):
        bot.event({"type": "message", "subtype": "message_deleted", "channel": "C1", "deleted_ts": ts})
    bot.drain()
    assert [i.payload["event"].get("subtype") for i in _items(bot)[1:]] == [
        None,
        "message_changed",
        "message_deleted",
    ]
    assert all(i.state == "done" for i in _items(bot))


def test_a_redelivered_event_is_stored_and_carded_once(fault_bot, slack):
    bot = fault_bot
    event = message_event(COMMITMENTS[0], ts="1700000000.000100")
    for retry in (None, "1", "2"):
        headers = {"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        assert bot.event(event, event_id="EvAgain", headers=headers).status_code == 200
    bot.drain()
    assert len(_items(bot)) == 1
    assert len(_cards(slack)) == 1


def test_a_redelivery_the_inbox_forgot_is_still_carded_once(fault_bot, slack):
    """The claims of the event and of its message, taken in one INSERT with the drafts, stop a
    redelivery the inbox no longer remembers (pruned), and the same message under another event id."""
    bot = fault_bot
    event = message_event(COMMITMENTS[0], ts="1700000000.000100")
    assert bot.event(event, event_id="EvPruned").status_code == 200
    bot.drain()
    drafts = _draft_ids(bot)
    assert drafts
    with bot.services.session() as s:
        assert inbox.prune(s, now=bot.services.clock() + inbox.RETENTION + timedelta(days=1)) == 1
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert bot.event(event, event_id="EvPruned", headers=retry).status_code == 200
    assert bot.event(event, event_id="EvOther").status_code == 200
    bot.drain()
    assert len(_cards(slack)) == 1
    assert _draft_ids(bot) == drafts
    assert all(i.state == "done" for i in _items(bot))


def test_a_click_is_stored_before_its_ack(fault_bot, slack):
    bot = fault_bot
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    bot.drain()
    [button] = draft_buttons(_cards(slack)[0]["blocks"], "log")
    bot.click(button, user="U3")
    bot.drain()
    clicks = [i for i in _items(bot) if i.kind == "click"]
    assert len(clicks) == 1 and clicks[0].state == "done"
    assert clicks[0].payload["actions"][0]["action_id"] == button["action_id"]
    assert len(non_seed_commitments(bot.services.engine)) == 1


def test_recovery_finishes_what_a_dead_process_acknowledged(fault_bot, slack):
    """An event, a click and a `/minerals log` stored, their lazy work never run (the process
    died right after the ack): the recovery run does each once, and a second run nothing."""
    bot = fault_bot
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    bot.drain()
    [button] = draft_buttons(_cards(slack)[0]["blocks"], "log")
    now = bot.services.clock()
    click = {
        "type": "block_actions",
        "user": {"id": "U3"},
        "channel": {"id": "C1"},
        "container": {"channel_id": "C1"},
        "actions": [{"action_id": button["action_id"], "value": button["value"], "action_ts": "1.5"}],
    }
    with bot.services.session() as s:
        inbox.enqueue(
            s,
            kind="event",
            key="EvLost",
            payload=_event_body(message_event(COMMITMENTS[2], ts="1700000001.000100"), "EvLost"),
            now=now,
        )
        inbox.enqueue(s, kind="click", key="click:lost", payload=click, now=now)
        inbox.enqueue(
            s,
            kind="log_command",
            key="log:C1:trigger.lost",
            payload={
                "channel": "C1",
                "trigger_id": "trigger.lost",
                "user": "U1",
                "sentence": COMMITMENTS[0],
                "response_url": None,
            },
            now=now,
        )
    # Not yet: the lazy listener of a young item may still be at work.
    assert _recover(bot, timedelta(seconds=10)).items == 0
    result = _recover(bot)
    assert result.items == 3
    assert all(i.state == "done" for i in _items(bot))
    assert len(non_seed_commitments(bot.services.engine)) == 1
    with Session(bot.services.engine) as s:
        sources = {d.source_message for d in s.exec(select(Draft)).all() if d.card_ts}
    assert sources == {"C1:1700000000.000100", "C1:1700000001.000100", "log:C1:trigger.lost"}
    assert len(slack.calls_to("chat.postMessage")) == 3
    assert _recover(bot).items == 0
    assert len(slack.calls_to("chat.postMessage")) == 3


def test_recovery_posts_a_card_stored_but_never_posted_once(fault_bot, slack):
    bot = fault_bot
    slack.fail_next("chat.postMessage", status=503, times=3)  # Slack down past the retries
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    bot.drain()
    assert _cards(slack) == []
    assert _recover(bot).cards == 0  # not overdue yet: a worker may be posting it right now
    with Session(bot.services.engine) as s:
        past = datetime.now(UTC) - draft_store.CARD_RECOVERY_AFTER - timedelta(seconds=1)
        s.execute(update(Draft).values(updated_at=past))
        s.commit()
    assert _recover(bot).cards == 1
    assert _recover(bot).cards == 0
    [card] = _cards(slack)
    with Session(bot.services.engine) as s:
        [draft] = s.exec(select(Draft)).all()
    assert draft.card_ts == card["ts"]


def test_a_card_posted_but_not_recorded_is_adopted_not_posted_again(fault_bot, slack):
    """Killed between Slack's answer and storing the card's ts: the card carries its source
    message in metadata, so the recovery finds it instead of posting a second card."""
    bot = fault_bot
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    bot.drain()
    past = datetime.now(UTC) - draft_store.CARD_RECOVERY_AFTER - timedelta(seconds=1)
    with Session(bot.services.engine) as s:
        s.execute(update(Draft).values(card_ts=None, updated_at=past))
        s.commit()
    assert _recover(bot).cards == 1
    [card] = _cards(slack)
    with Session(bot.services.engine) as s:
        [draft] = s.exec(select(Draft)).all()
    assert draft.card_ts == card["ts"]
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_work_that_keeps_failing_is_given_up(fault_bot, slack, monkeypatch):
    from handlers import inbox_work

    bot = fault_bot

    def broken(services, client, item):
        raise RuntimeError("broken")

    monkeypatch.setitem(inbox_work.WORK, "event", broken)
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"), event_id="EvBroken")
    bot.drain()
    [item] = _items(bot)
    assert (item.state, item.attempts) == ("pending", 1) and "broken" in (item.last_error or "")
    for _ in range(inbox.MAX_ATTEMPTS * 2):
        with Session(bot.services.engine) as s:
            s.execute(update(InboxItem).values(claimed_until=datetime.now(UTC) - timedelta(seconds=1)))
            s.commit()
        _recover(bot)
    [item] = _items(bot)
    assert (item.state, item.attempts) == ("failed", inbox.MAX_ATTEMPTS)


def test_a_click_left_behind_does_not_put_off_its_unrecorded_card(fault_bot, slack, monkeypatch):
    """Killed after posting a card but before storing its ts, with a Log it on that card acked:
    one recovery run adopts the card and logs the draft. Working the click off first would
    touch the draft and make its card look freshly handled for another CARD_RECOVERY_AFTER."""
    from handlers import inbox_work

    bot = fault_bot
    bot.event(message_event(COMMITMENTS[1], ts="1700000000.000100"))
    bot.drain()
    [card] = _cards(slack)
    [button] = draft_buttons(card["blocks"], "log")

    def killed(services, client, item):
        raise RuntimeError("killed")

    with monkeypatch.context() as patched:
        patched.setitem(inbox_work.WORK, "click", killed)
        bot.click(button, user="U3")
        bot.drain()
    past = datetime.now(UTC) - draft_store.CARD_RECOVERY_AFTER - timedelta(seconds=1)
    with Session(bot.services.engine) as s:
        s.execute(update(Draft).values(card_ts=None, updated_at=past))
        s.execute(
            update(InboxItem).where(InboxItem.state == "pending").values(claimed_until=past, received_at=past)
        )  # type: ignore[arg-type]
        s.commit()
    result = _recover(bot)
    assert (result.cards, result.items) == (1, 1)
    with Session(bot.services.engine) as s:
        [draft] = s.exec(select(Draft)).all()
    assert (draft.card_ts, draft.state) == (card["ts"], "logged")
    assert len(slack.calls_to("chat.postMessage")) == 1  # adopted, not posted again


def test_a_store_error_in_the_claim_is_retried_and_cards_once(fault_bot, slack, monkeypatch):
    """The claim statement fails (on PostgreSQL on the driver's cursor, its error wrapped as
    SQLAlchemy's): nothing is claimed, stored nor posted, the item waits for its retry, and
    the retry and a redelivery after it post one card."""
    from sqlalchemy import Integer, String, column, text

    bot = fault_bot
    broken = text("SELECT what, id, position FROM no_such_table").columns(
        column("what", String), column("id", Integer), column("position", Integer)
    )
    with monkeypatch.context() as patched:
        if bot.services.engine.dialect.name == "postgresql":
            patched.setattr(draft_store, "_claim_and_create_statement", lambda drafts, finishing: broken)
        else:
            patched.setattr(draft_store, "_CLAIM_TWO", broken)
        event = message_event(COMMITMENTS[1], ts="1700000000.000100")
        assert bot.event(event, event_id="EvFails").status_code == 200
        bot.drain()
    [item] = _items(bot)
    assert (item.state, item.attempts) == ("pending", 1) and "no_such_table" in (item.last_error or "")
    assert _draft_ids(bot) == [] and _cards(slack) == []
    with Session(bot.services.engine) as s:
        s.execute(update(InboxItem).values(claimed_until=datetime.now(UTC) - timedelta(seconds=1)))
        s.commit()
    _recover(bot)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert bot.event(event, event_id="EvFails", headers=retry).status_code == 200
    bot.drain()
    [item] = _items(bot)
    assert item.state == "done" and len(_cards(slack)) == 1 and len(_draft_ids(bot)) == 1
