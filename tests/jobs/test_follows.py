"""Following with a controlled clock: daily bundles across DST, the daily limit, reminders, retries."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.blockkit.digest import digest_blocks
from bot.blockkit.follows import notice_message
from bot.core.services import Services
from bot.local_slack import LocalSlack
from bot.local_slack.block_kit import block_kit_problems
from jobs.follows import DAILY_DM_LIMIT, FollowSender, next_morning
from jobs.runs import digest_for
from store import digests, follows, records
from store.filters import FilterError
from store.models import Commitment, Project
from store.schemas import CommitmentIn
from store.visibility import EVERYTHING, Audience
from tests.jobs.conftest import Clock, Sleeps
from tests.jobs.helpers import add_initiative, add_project, at, private_in, public_in, subscribe

C1 = Audience(channel="C1")


@pytest.fixture
def sender(services: Services, client: WebClient, sleeps: Sleeps) -> FollowSender:
    return FollowSender(services, client, claimed_by="replica-a", sleep=sleeps)


def follow(session: Session, member: str, text: str, now: datetime) -> None:
    wanted = follows.understand(session, text, audience=C1)
    follows.add_follow(session, member, wanted, channel="C1", now=now)
    session.commit()


def dms(slack: LocalSlack, user: str) -> list[str]:
    return [json.dumps(m["blocks"], ensure_ascii=False) for m in slack.messages_in(slack.dm_channel(user))]


def public_grant_by_korea(session: Session, clock: Clock, **names: str) -> None:
    """A public commitment (logged in C9) a minute from now, pointing at the records `names` gives."""
    data = CommitmentIn(actor="KR", instrument="grant", amount=Decimal(5), currency="USD", **names)
    records.create_commitment(
        session,
        data,
        actor="U2",
        provenance=public_in("C9"),
        audience=EVERYTHING,
        now=clock.advance(minutes=1),
    )
    session.commit()


def commitment(session: Session, country: str, now: datetime) -> None:
    """A commitment logged at `now` (its audit row, which the sender reads, at `now` too)."""
    data = CommitmentIn(actor=country, instrument="grant", amount=Decimal(1000000), currency="USD")
    records.create_commitment(
        session, data, actor="U2", provenance=public_in("C9"), audience=EVERYTHING, now=now
    )
    session.commit()


@pytest.mark.parametrize(
    ("after", "zone", "morning"),
    [
        # Europe/Berlin leaves summer time on 2026-10-25: 08:00 is 06:00 UTC before, 07:00 after.
        (at(2026, 10, 23, 20), "Europe/Berlin", at(2026, 10, 24, 6)),
        (at(2026, 10, 24, 20), "Europe/Berlin", at(2026, 10, 25, 7)),
        (at(2026, 10, 25, 6, 30), "Europe/Berlin", at(2026, 10, 25, 7)),
        # New York springs forward on 2026-03-08: 08:00 is 13:00 UTC before, 12:00 after.
        (at(2026, 3, 7, 2), "America/New_York", at(2026, 3, 7, 13)),
        (at(2026, 3, 7, 20), "America/New_York", at(2026, 3, 8, 12)),
        (at(2026, 3, 8, 12), "America/New_York", at(2026, 3, 9, 12)),  # strictly after
        (at(2026, 3, 8, 12), "Not/AZone", at(2026, 3, 9, 8)),  # unknown: UTC
    ],
)
def test_the_next_local_morning_is_right_across_dst(after: datetime, zone: str, morning: datetime) -> None:
    assert next_morning(after, zone) == morning


@pytest.mark.parametrize(
    ("text", "filter_text", "words", "cadence"),
    [
        ("by:JP", "by:JP", "commitments by Japan", "at-once"),
        (
            "by:japan mineral:graphite daily",
            "mineral:graphite by:JP",
            "by Japan on graphite",
            "daily",
        ),
        ("instrument:offtake", "instrument:offtake", "offtake commitments", "at-once"),
        (
            "Canadian graphite mines",
            'project:"Canadian graphite mines"',
            "the project Canadian graphite",
            "at-once",
        ),
        ("G7 CMAP", 'initiative:"G7 Critical Minerals Action Plan"', "the initiative G7 Critical", "at-once"),
    ],
)
def test_follow_text_is_understood_and_said_in_words(
    demo_session: Session, text: str, filter_text: str, words: str, cadence: str
) -> None:
    wanted = follows.understand(demo_session, text, audience=C1)
    assert wanted.filter_text == filter_text
    assert words.lower() in wanted.description.lower()
    assert wanted.cadence == cadence


@pytest.mark.parametrize("text", ["mineral:graphit", "since:30d", "nowhere at all", "daily"])
def test_follow_text_that_means_nothing_is_refused_with_a_hint(demo_session: Session, text: str) -> None:
    with pytest.raises(FilterError):
        follows.understand(demo_session, text, audience=C1)


def test_a_private_project_is_not_followed_from_another_channel(session: Session, clock: Clock) -> None:
    add_project(
        session, "Quiet Lake", created=clock(), provenance={"source_channel": "GX", "source_private": True}
    )
    session.commit()
    with pytest.raises(FilterError):
        follows.understand(session, 'project:"Quiet Lake"', audience=C1)
    assert follows.understand(session, 'project:"Quiet Lake"', audience=Audience(channel="GX")).spec


def test_the_daily_bundle_comes_at_the_members_local_morning_across_dst(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    slack.users["U7"] = {"tz": "Europe/Berlin"}
    clock.set(at(2026, 10, 24, 19))  # Saturday evening; the clocks go back that night
    follow(session, "U7", "by:JP daily", clock())
    commitment(session, "JP", clock.advance(hours=1))
    assert sender.tick(clock.advance(minutes=1)).sent == []
    # 06:30 UTC is 07:30 in Berlin after the change (it would be 08:30 in summer time): not yet.
    clock.set(at(2026, 10, 25, 6, 30))
    commitment(session, "JP", clock())
    assert sender.tick(clock.advance(minutes=1)).sent == []
    assert sender.tick(at(2026, 10, 25, 7)).sent == ["U7"]  # 08:00 in Berlin
    [bundle] = dms(slack, "U7")
    assert bundle.count("Commitment logged") == 2
    assert sender.tick(at(2026, 10, 26, 7)).sent == []


def test_past_the_daily_limit_the_rest_waits_for_one_bundle(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    follow(session, "U7", "by:JP", clock())
    for _ in range(DAILY_DM_LIMIT + 3):
        commitment(session, "JP", clock.advance(minutes=2))
        sender.tick(clock.advance(minutes=1))
    assert len(dms(slack, "U7")) == DAILY_DM_LIMIT
    sender.tick(next_morning(clock(), "UTC"))
    assert len(dms(slack, "U7")) == DAILY_DM_LIMIT + 1
    assert dms(slack, "U7")[-1].count("Commitment logged") == 3


def test_milestone_reminders_7_days_and_1_day_before(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    project = add_project(session, "Quiet Lake", created=clock())
    records.add_milestone(
        session,
        title="Final investment decision",
        due_on=clock().date() + timedelta(days=7),
        project=project,
        actor="U2",
        now=clock(),
    )
    session.commit()
    follow(session, "U7", 'project:"Quiet Lake"', clock.advance(minutes=1))
    sender.tick(clock.advance(minutes=1))
    [first] = dms(slack, "U7")
    assert "Milestone coming up" in first and "in 7 days" in first
    sender.tick(clock.advance(hours=3))
    assert len(dms(slack, "U7")) == 1
    sender.tick(clock.advance(days=6))
    assert "due tomorrow" in dms(slack, "U7")[-1] and len(dms(slack, "U7")) == 2


def test_a_project_status_change_and_update_reach_its_followers(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    project = add_project(session, "Quiet Lake", created=clock(), status="construction")
    session.commit()
    follow(session, "U7", "Quiet Lake", clock.advance(minutes=1))
    follow(session, "U8", "by:JP", clock())
    held = session.get(Project, project.id)
    assert held is not None
    records.add_project_update(
        session, held, actor="U2", now=clock.advance(minutes=1), new_status="production"
    )
    records.add_project_update(session, held, actor="U2", now=clock(), note="First concentrate shipped")
    session.commit()
    assert sender.tick(clock.advance(minutes=1)).sent == ["U7"]
    [dm] = dms(slack, "U7")
    assert "Project status changed" in dm and "production" in dm and "First concentrate shipped" in dm


def test_a_slack_outage_is_retried_later_and_sent_once(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    follow(session, "U7", "by:JP", clock())
    commitment(session, "JP", clock.advance(minutes=1))
    slack.fail_next("chat.postMessage", "fatal_error", status=500)
    assert sender.tick(clock.advance(minutes=1)).sent == []
    assert sender.tick(clock.advance(seconds=10)).sent == []  # backing off
    assert sender.tick(clock.advance(minutes=5)).sent == ["U7"]
    assert len(dms(slack, "U7")) == 1
    [notice] = follows.notices_for(session, "U7")
    session.refresh(notice)
    assert notice.state == "sent"


def test_a_sender_that_died_holding_notices_is_taken_over_after_its_lease(
    session: Session, services: Services, client: WebClient, slack: LocalSlack, clock: Clock
) -> None:
    follow(session, "U7", "by:JP", clock())
    commitment(session, "JP", clock.advance(minutes=1))
    crashed = FollowSender(services, client, claimed_by="replica-a")
    crashed.match(clock.advance(minutes=1))
    with services.session() as s:
        assert follows.claim_member(s, "U7", claim="replica-a:dead", now=clock())
    other = FollowSender(services, client, claimed_by="replica-b")
    assert other.tick(clock.advance(seconds=30)).sent == []
    assert other.tick(clock.advance(minutes=3)).sent == ["U7"]
    assert len(dms(slack, "U7")) == 1


def test_the_dm_never_breaks_slack_limits_with_hostile_text() -> None:
    hostile = "<!channel> *bold* <https://evil|x> " + "é" * 5000
    event = {
        "kind": "commitment_logged",
        "commitment": {"id": 1, "actor": hostile, "instrument": "grant", "statement": hostile, "status": "x"},
        "source_url": "javascript:alert(1)",
        "logged_by": "<!here>",
    }
    blocks, text = notice_message([(event, hostile, i) for i in range(60)], command="/minerals")
    assert block_kit_problems(blocks) == []  # Slack's own checks: unique action ids, sizes
    dumped = json.dumps(blocks)
    assert len(blocks) <= 50 and "<!channel>" not in dumped and "<!here>" not in dumped
    assert "javascript:" not in dumped and len(text) <= 3000
    assert any(b.get("block_id") == "follow_notice_actions" for b in blocks)
    assert len(dumped) < 13000


def test_a_reminder_of_a_private_milestone_needs_the_channel(session: Session, clock: Clock) -> None:
    project = add_project(session, "Quiet Lake", created=clock())
    records.add_milestone(
        session,
        title="FID",
        due_on=clock().date() + timedelta(days=1),
        project=project,
        actor="U2",
        now=clock(),
        provenance={"source_channel": "GX", "source_private": True},
    )
    session.commit()
    assert follows.reminder_events(session, clock().date(), audience=C1) == []
    [event] = follows.reminder_events(session, clock().date(), audience=EVERYTHING)
    assert (
        event.private
        and event.channel == "GX"
        and event.key.endswith(":1d:" + (clock().date() + timedelta(days=1)).isoformat())
    )
    assert isinstance(date.fromisoformat(event.shown["due_on"]), date)


def test_the_digest_lists_projects_gone_quiet_with_whom_to_ask(
    session: Session, services: Services, clock: Clock
) -> None:
    long_ago = clock() - timedelta(days=120)
    followed = add_project(session, "Quiet Lake", created=long_ago)
    add_project(session, "Still Pond", created=clock() - timedelta(days=60))
    add_project(session, "Busy Bay", created=clock() - timedelta(days=1))
    records.add_project_update(
        session,
        followed,
        actor="U4",
        now=long_ago + timedelta(days=5),
        note="Permits filed",
        provenance={"logged_by": "U4", "source_channel": "C9"},
    )
    session.commit()
    follow(session, "U7", 'project:"Quiet Lake"', clock())
    subscribe(session, "C1")
    digests.set_quiet_days(session, channel="C1", days=45)
    session.commit()

    digest = digest_for(
        services, "C1", tz="UTC", period_start=clock() - timedelta(days=7), period_end=clock()
    )
    assert digest.stale_days == 45
    assert [(s.project, s.followed, s.last_logged_by) for s in digest.stale] == [
        ("Quiet Lake", True, "U4"),
        ("Still Pond", False, None),  # nobody is recorded as having logged it
    ]
    blocks, _text = digest_blocks(digest)
    body = json.dumps(blocks, ensure_ascii=False)
    assert "Gone quiet* · no update in 45 days (2)" in body
    quiet = body[body.index("Gone quiet") :]
    assert "Quiet Lake :bell: (last change" in quiet and "ask <@U4>" in quiet and "Busy Bay" not in quiet

    digests.set_quiet_days(session, channel="C1", days=90)
    session.commit()
    digest = digest_for(
        services, "C1", tz="UTC", period_start=clock() - timedelta(days=7), period_end=clock()
    )
    assert [s.project for s in digest.stale] == ["Quiet Lake"]


def test_a_followed_commitment_changing_status_is_told(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    follow(session, "U7", "by:JP instrument:grant", clock())
    commitment(session, "JP", clock.advance(minutes=1))
    sender.tick(clock.advance(minutes=1))
    [held] = [c for c in session.exec(select(Commitment)).all() if c.actor == "JP"]
    records.set_commitment_status(
        session, held, "binding", actor="U2", action="update", now=clock.advance(minutes=1)
    )
    records.flag_for_review(session, held, actor="U2", note="check the amount", now=clock())  # no news
    session.commit()
    sender.tick(clock.advance(minutes=1))
    first, second = dms(slack, "U7")
    assert "Commitment logged" in first
    assert "Commitment status changed" in second and "announced → *binding*" in second
    assert "check the amount" not in second


def test_a_public_record_never_carries_a_private_projects_name_or_facts(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    """A public commitment an import linked to a project of private channel GX: a follower
    outside GX hears of the commitment, without the project; a follow of the project's
    country does not fire on it (the country is the project's fact)."""
    add_project(
        session,
        "SECRETMARKER Mine",
        created=clock(),
        country="AU",
        provenance={"source_channel": "GX", "source_private": True},
    )
    session.commit()
    follow(session, "U7", "by:KR", clock())
    follow(session, "U8", "country:AU", clock())
    public_grant_by_korea(session, clock, project="SECRETMARKER Mine")
    assert sender.tick(clock.advance(minutes=1)).sent == ["U7"]
    [dm] = dms(slack, "U7")
    assert "South Korea" in dm and "SECRETMARKER" not in dm
    assert dms(slack, "U8") == []


def test_news_of_a_private_project_made_outside_its_channel_reaches_only_its_members(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    """A status change and a milestone of GX's project recorded with no channel (the CLI, an
    import): told only to followers who are members of GX, never to the rest."""
    project = add_project(
        session,
        "SECRETMARKER Mine",
        created=clock(),
        status="construction",
        provenance={"source_channel": "GX", "source_private": True},
    )
    session.commit()
    slack.channel_members["GX"] = ["U7"]
    for member in ("U7", "U8"):
        follows.add_follow(
            session,
            member,
            follows.understand(session, "SECRETMARKER Mine", audience=Audience(channel="GX")),
            channel="GX",
            now=clock.advance(minutes=1),
        )
    session.commit()
    held = session.get(Project, project.id)
    assert held is not None
    records.add_project_update(
        session, held, actor="U2", now=clock.advance(minutes=1), new_status="production"
    )
    records.add_milestone(
        session, title="FID", due_on=clock().date() + timedelta(days=1), project=held, actor="U2", now=clock()
    )
    session.commit()
    [event] = [e for e in follows.reminder_events(session, clock().date(), audience=EVERYTHING)]
    assert event.private and event.channel == "GX"
    session.commit()  # the read's transaction ends before the sender writes
    assert sender.tick(clock.advance(minutes=1)).sent == ["U7"]
    assert dms(slack, "U8") == []
    assert any("production" in dm for dm in dms(slack, "U7"))


def test_a_public_commitment_under_a_private_initiative_matches_no_follow_of_it(
    session: Session, sender: FollowSender, slack: LocalSlack, clock: Clock
) -> None:
    """An import put a public commitment under GX's initiative: a follow of the initiative
    (made in GX) is not told of it, since the notice names the follow that matched, and so
    the initiative, outside GX; a follow of its actor is told, without the initiative."""
    add_initiative(session, "SECRETMARKER Plan", created=clock(), provenance=private_in("GX"))
    session.commit()
    slack.channel_members["GX"] = ["U7"]
    wanted = follows.understand(session, 'initiative:"SECRETMARKER Plan"', audience=Audience(channel="GX"))
    follows.add_follow(session, "U7", wanted, channel="GX", now=clock())
    follow(session, "U8", "by:KR", clock())
    public_grant_by_korea(session, clock, initiative="SECRETMARKER Plan")
    assert sender.tick(clock.advance(minutes=1)).sent == ["U8"]
    assert "SECRETMARKER" not in dms(slack, "U8")[0]
