"""Following over signed HTTP: follow, log matching and other commitments, one DM each where due."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from bot.blockkit.values import UnfollowValue
from jobs.follows import FollowSender
from store.models import Follow, FollowNotice
from tests.e2e.conftest import buttons, start_bot

JOGMEC = (
    "Japan's JOGMEC agreed to take 40% of the graphite from the Canadian graphite mines "
    "and will lend up to C$150 million, pending due diligence."
)
JOGMEC_AGAIN = "Japan's JBIC will lend up to US$80 million to the Canadian graphite mines."
AUSTRALIA = "Australia will provide A$100 million in grants for lithium processing."
PRIVATE = "GPRIV"


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def message(text: str, *, ts: str, channel: str = "C1", channel_type: str = "channel") -> dict:
    return {
        "type": "message",
        "channel": channel,
        "user": "U2",
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": channel_type,
    }


def log_message(
    bot, slack, text: str, *, ts: str, channel: str = "C1", channel_type: str = "channel"
) -> None:
    """Post the message, then click the card's first Log it: a commitment stored as a person would."""
    before = len(slack.calls_to("chat.postMessage"))
    assert bot.event(message(text, ts=ts, channel=channel, channel_type=channel_type)).status_code == 200
    card = slack.wait_for("chat.postMessage", count=before + 1)[-1]
    log_button = next(b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log"))
    card_ts = slack.messages_in(channel)[-1]["ts"]
    bot.click(log_button, user="U3", channel=channel, message_ts=card_ts)
    bot.drain()


def follow(bot, text: str, user: str) -> str:
    response = bot.command(f"follow {text}", user=user)
    assert response.status_code == 200
    return dumps(response.json())


def dms(slack, user: str) -> list[dict]:
    return slack.messages_in(slack.dm_channel(user))


def later(minutes: int = 2) -> datetime:
    return datetime.now(UTC) + timedelta(minutes=minutes)


def evening_zone(now: datetime) -> str:
    """A timezone where it is about 20:00 now: a daily bundle (08:00 local) is 12 hours off, so
    a test's ticks minutes apart never cross it, whatever time of day the test runs."""
    offset = (20 - now.hour + 12) % 24 - 12  # hours east of UTC, -12 to 11
    return f"Etc/GMT{-offset:+d}" if offset else "UTC"  # the Etc/ names count west as +


def test_follow_then_a_matching_commitment_is_one_dm_and_another_is_none(bot, slack):
    # At 07:59 UTC, U8's morning came within the test's ticks and its bundle went out.
    slack.users["U8"] = {"tz": evening_zone(datetime.now(UTC))}
    said = follow(bot, "by:JP", "U7")
    assert "You now follow" in said and "by Japan" in said and "by DM as it happens" in said
    assert "by Australia" in follow(bot, "by:AU daily", "U8") and "one DM a day" in follow(
        bot, "by:AU daily", "U8"
    )
    log_message(bot, slack, JOGMEC, ts="1700000100.000100")
    log_message(bot, slack, AUSTRALIA, ts="1700000200.000100")
    sender = FollowSender(bot.services, bot.client)
    tick = sender.tick(later())
    assert tick.sent == ["U7"]  # U8's is the daily bundle: not yet
    [dm] = dms(slack, "U7")
    text = dumps(dm["blocks"])
    assert "Commitment logged" in text and "JOGMEC" in text and "because you follow" in text
    assert "archives/C1/" in text  # the source link
    assert "Australia" not in text and "lithium" not in text
    assert sender.tick(later(3)).sent == []  # sent once, not again
    assert len(dms(slack, "U7")) == 1
    assert dms(slack, "U8") == []

    unfollow = next(b for b in buttons(dm["blocks"]) if b["action_id"].startswith("follow_remove_"))
    bot.click(unfollow, user="U7", channel=slack.dm_channel("U7"))
    bot.drain()
    with Session(bot.services.engine) as s:
        assert s.exec(select(Follow).where(Follow.member == "U7")).all() == []
    log_message(bot, slack, JOGMEC_AGAIN, ts="1700000300.000100")
    sender.tick(later(4))
    assert len(dms(slack, "U7")) == 1  # unfollowed: nothing more


def test_several_events_within_a_minute_are_one_dm(bot, slack):
    follow(bot, "by:JP", "U7")
    log_message(bot, slack, JOGMEC, ts="1700000100.000100")
    log_message(bot, slack, JOGMEC_AGAIN, ts="1700000200.000100")
    FollowSender(bot.services, bot.client).tick(later())
    [dm] = dms(slack, "U7")
    assert "JOGMEC" in dumps(dm["blocks"]) and "JBIC" in dumps(dm["blocks"])


def test_a_private_channel_record_reaches_only_followers_in_that_channel(bot, slack):
    follow(bot, "by:JP", "U7")
    follow(bot, "by:JP", "U8")
    slack.channel_members[PRIVATE] = ["U2", "U3", "U7"]
    log_message(bot, slack, JOGMEC, ts="1700000100.000100", channel=PRIVATE, channel_type="group")
    sent = FollowSender(bot.services, bot.client).tick(later())
    assert sent.sent == ["U7"]
    assert "JOGMEC" in dumps(dms(slack, "U7")[0]["blocks"])
    assert dms(slack, "U8") == []
    with Session(bot.services.engine) as s:
        assert s.exec(select(FollowNotice).where(FollowNotice.member == "U8")).all() == []


def test_a_refused_dm_is_recorded_and_the_follow_paused_not_retried(bot, slack):
    follow(bot, "by:JP", "U7")
    log_message(bot, slack, JOGMEC, ts="1700000100.000100")
    slack.fail_next("chat.postMessage", "messages_tab_disabled")
    sender = FollowSender(bot.services, bot.client)
    assert sender.tick(later()).refused == ["U7"]
    with Session(bot.services.engine) as s:
        [notice] = s.exec(select(FollowNotice)).all()
        assert (notice.state, notice.error) == ("failed", "messages_tab_disabled")
        [paused] = s.exec(select(Follow)).all()
        assert paused.paused and "messages_tab_disabled" in (paused.paused_reason or "")
    posts = len(slack.calls_to("chat.postMessage"))
    log_message(bot, slack, JOGMEC_AGAIN, ts="1700000200.000100")
    sender.tick(later(5))
    assert len(slack.calls_to("chat.postMessage")) == posts + 1  # the card only, no DM tried
    listing = dumps(bot.command("following", user="U7").json())
    assert "paused" in listing and "messages_tab_disabled" in listing


def test_following_lists_numbered_and_unfollow_by_number(bot, slack):
    follow(bot, "by:JP", "U7")
    follow(bot, "Canadian graphite mines daily", "U7")
    listing = dumps(bot.command("following", user="U7").json())
    assert "1. commitments by Japan" in listing
    assert "2. the project Canadian graphite mines" in listing and "daily" in listing
    gone = dumps(bot.command("unfollow 1", user="U7").json())
    assert "no longer follow" in gone and "Japan" in gone
    listing = dumps(bot.command("following", user="U7").json())
    assert "Japan" not in listing and "1. the project Canadian graphite mines" in listing


def test_a_follow_of_a_private_record_is_named_only_in_its_channel(bot, slack):
    """Followed in GPRIV, a project of GPRIV is listed by name there; elsewhere (another
    channel's `following`, `unfollow`, the Home tab) it keeps its number, not its name."""
    from store import records
    from store.schemas import ProjectIn
    from store.visibility import EVERYTHING

    with Session(bot.services.engine) as s:
        records.create_project(
            s,
            ProjectIn(name="Quiet Secret Lake"),
            actor="U2",
            provenance={"source_channel": PRIVATE, "source_private": True},
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
        s.commit()
    assert "Quiet Secret Lake" in dumps(
        bot.command('follow project:"Quiet Secret Lake"', user="U7", channel=PRIVATE).json()
    )
    follow(bot, "by:JP", "U7")
    there = dumps(bot.command("following", user="U7", channel=PRIVATE).json())
    assert "1. the project Quiet Secret Lake" in there and "2. commitments by Japan" in there
    elsewhere = dumps(bot.command("following", user="U7").json())
    assert "Secret" not in elsewhere
    assert "1. a follow of a private channel" in elsewhere and "2. commitments by Japan" in elsewhere
    bot.event({"type": "app_home_opened", "user": "U7", "tab": "home", "channel": "DU7"})
    bot.drain()
    home = dumps(slack.home_view("U7"))
    assert "What you follow" in home and "Secret" not in home and "commitments by Japan" in home
    gone = dumps(bot.command("unfollow 1", user="U7").json())
    assert "no longer follow" in gone and "Secret" not in gone
    assert "Secret" not in dumps(bot.command("following", user="U7", channel=PRIVATE).json())


def test_an_unknown_filter_value_gets_a_suggestion(bot, slack):
    said = follow(bot, "mineral:graphit", "U7")
    assert "graphite" in said and "You now follow" not in said


def test_the_follow_button_on_a_project_card(bot, slack):
    card = bot.command("project Canadian graphite mines", user="U7").json()
    [button] = [b for b in buttons(card["blocks"]) if b["action_id"] == "follow_add"]
    bot.click(button, user="U7")
    bot.drain()
    with Session(bot.services.engine) as s:
        [made] = s.exec(select(Follow).where(Follow.member == "U7")).all()
        assert made.filter_text == 'project:"Canadian graphite mines"'


def test_follow_and_unfollow_clicks_are_stored_before_their_200(bot, slack):
    """Slack never resends a click: once its 200 is back, with no work after the ack run yet
    (held, as if the process died then), the follow is stored, and an Unfollow's is gone."""
    card = bot.command("project Canadian graphite mines", user="U7").json()
    [button] = [b for b in buttons(card["blocks"]) if b["action_id"] == "follow_add"]
    with bot.executor.held():
        assert bot.click(button, user="U7").status_code == 200
        with Session(bot.services.engine) as s:
            [made] = s.exec(select(Follow).where(Follow.member == "U7")).all()
        assert made.filter_text == 'project:"Canadian graphite mines"'
        unfollow = {"action_id": f"follow_remove_{made.id}", "value": UnfollowValue(made.id or 0).encode()}
        assert bot.click(unfollow, user="U7", channel=slack.dm_channel("U7")).status_code == 200
        with Session(bot.services.engine) as s:
            assert s.exec(select(Follow).where(Follow.member == "U7")).all() == []
        assert slack.state()["responses"] == []  # the answers wait for the work after the ack
    bot.drain()
    answers = dumps(slack.state()["responses"])
    assert "You now follow" in answers and "no longer follow" in answers


def test_two_replicas_racing_send_once(db_url, slack):
    """Two processes on one database tick at the same moment: each member is told once."""
    from store.seed import seed_demo

    first, stop_first = start_bot(db_url, slack)
    second, stop_second = start_bot(db_url, slack)
    try:
        with first.services.session() as session:
            seed_demo(session, now=datetime.now(UTC))
        for user in ("U7", "U8", "U9"):
            follow(first, "by:JP", user)
        log_message(first, slack, JOGMEC, ts="1700000100.000100")
        senders = [
            FollowSender(first.services, first.client, claimed_by="replica-a"),
            FollowSender(second.services, second.client, claimed_by="replica-b"),
        ]
        start = threading.Barrier(2)
        now = later()
        errors: list[BaseException] = []

        def run(sender: FollowSender) -> None:
            start.wait()
            try:
                sender.tick(now)
            except BaseException as exc:  # reported by the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(s,)) for s in senders]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        for user in ("U7", "U8", "U9"):
            assert len(dms(slack, user)) == 1, user
    finally:
        stop_second()
        stop_first()


def test_the_home_tab_lists_follows_and_its_follow_button_follows(bot, slack):
    from tests.slack_requests import block_actions

    follow(bot, "Canadian graphite mines", "U7")
    bot.event({"type": "app_home_opened", "user": "U7", "tab": "home", "channel": "DU7"})
    bot.drain()
    home = slack.home_view("U7")
    assert home is not None and "What you follow" in dumps(home) and "Canadian graphite mines" in dumps(home)
    button = next(b for b in buttons(home["blocks"]) if b["action_id"].startswith("follow_add_"))
    view = {"id": "VHOME", "type": "home", "blocks": home["blocks"]}
    payload = block_actions(
        button["action_id"], button["value"], user_id="U7", channel_id=None, response_url=None, view=view
    )
    assert bot.interact(payload).status_code == 200
    bot.drain()
    with Session(bot.services.engine) as s:
        made = s.exec(select(Follow.filter_text).where(Follow.member == "U7")).all()
    assert len(made) == 2 and json.loads(button["value"])["t"] in made
    redrawn = slack.home_view("U7")
    assert redrawn is not None and "2. " in dumps(redrawn)
