"""Questions the way Slack sends them: signed slash commands, mentions and DMs to the running bot.

Each answer's figure is checked against the structured command it shows: the same filters,
typed as a power user would, must give the same money and the same count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from bot.local_slack import LocalSlack, block_kit_problems
from store import records
from store.models import Draft
from store.schemas import CommitmentIn
from store.visibility import EVERYTHING
from tests.e2e.conftest import RunningBot, buttons, start_bot
from tests.store.test_questions import load_questions_fixture

BOT_USER = "U0BOT"


@pytest.fixture
def qbot(db_url: str, slack: LocalSlack) -> Iterator[RunningBot]:
    running, stop = start_bot(db_url, slack)
    with running.services.session() as session:
        load_questions_fixture(session)
    yield running
    stop()


def answer(resp) -> dict:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200, resp.text
    body: dict = resp.json()
    assert block_kit_problems(body["blocks"]) == []
    return body


def text_of(payload: dict) -> str:
    return json.dumps(payload.get("blocks", []), ensure_ascii=False) + payload.get("text", "")


def figure(payload: dict) -> tuple[str, int]:
    """(the first USD figure, the number of commitments it covers) shown in an answer."""
    shown = text_of(payload)
    usd = re.search(r"\*(USD [0-9.]+(?:bn|m|k)?)\*", shown)
    count = re.search(r"(?:across |All live commitments:\* )(\d+)", shown)
    assert usd and count, shown
    return usd.group(1), int(count.group(1))


def same_as(payload: dict) -> str:
    found = re.search(r"Same as `/minerals ([^`]+)`", text_of(payload))
    assert found, text_of(payload)
    return found.group(1).replace("\\u0026", "&").replace('\\"', '"')


@pytest.mark.parametrize(
    "question, command, expected",
    [
        ("how much has Japan committed to graphite?", "stats by:JP mineral:graphite", ("USD 150m", 2)),
        (
            "how much did Germany commit in 2024?",
            "stats by:DE since:2024-01-01 until:2024-12-31",
            ("USD 30m", 1),
        ),
        ("total committed to processing projects", "stats stage:processing", ("USD 60m", 2)),
        (
            "how much has the G7 put into Canadian projects since June 2025?",
            "stats by:G7,CA,FR,DE,IT,JP,GB,US country:CA since:2025-06-01",
            ("USD 100m", 1),
        ),
        (
            "how much has Korea committed to rare earths?",
            "stats by:KR mineral:rare-earths",
            ("USD 50m", 2),
        ),
        ("how much has the US lent?", "stats by:US instrument:loan", ("USD 200m", 1)),
    ],
)
def test_a_total_equals_the_stats_command_it_shows(
    qbot: RunningBot, question: str, command: str, expected: tuple[str, int]
) -> None:
    asked = answer(qbot.command(question))
    assert same_as(asked) == command
    assert figure(asked) == expected
    assert figure(answer(qbot.command(command))) == expected  # the power syntax agrees


def test_ask_says_it_explicitly_and_the_first_line_is_the_reading(qbot: RunningBot) -> None:
    body = answer(qbot.command("ask how much has Japan committed to graphite?"))
    assert body["response_type"] == "ephemeral"
    assert body["blocks"][0]["text"]["text"] == ":mag: *Money committed by Japan · graphite*"
    assert "of which USD 50m are “up to” ceilings" in text_of(body)
    share = [b for b in buttons(body["blocks"]) if b["action_id"] == "share"][0]
    assert json.loads(share["value"]) == {"t": "ask how much has Japan committed to graphite?"}


def test_a_count_equals_the_list_command(qbot: RunningBot) -> None:
    asked = answer(qbot.command("how many loans are there?"))
    assert "*3 commitments*" in text_of(asked) and same_as(asked) == "commitments instrument:loan"
    assert "1–3 of 3" in text_of(answer(qbot.command("commitments instrument:loan")))


def test_private_channel_records_only_in_that_channel(qbot: RunningBot) -> None:
    public = answer(qbot.command("how much has Canada committed?"))
    assert "Nothing in the tracker matches that" in text_of(public) and "5m" not in text_of(public)
    private = answer(
        qbot.command("how much has Canada committed?", channel="GPRIV", channel_name="privategroup")
    )
    assert figure(private) == ("USD 5m", 1)
    hidden = answer(qbot.command("who backs Hidden lithium works?"))
    assert "Hidden lithium works" not in text_of(hidden) and "I could not read" in text_of(hidden)


def test_no_match_names_the_nearest_thing(qbot: RunningBot) -> None:
    body = answer(qbot.command("what has Korea committed to graphite?"))
    assert "South Korea has 2 commitments on rare earths." in text_of(body)


def test_typos_of_subcommands_still_get_did_you_mean(qbot: RunningBot) -> None:
    assert "Did you mean `/minerals projects`" in text_of(answer(qbot.command("projcts country:CA")))
    assert "Did you mean `/minerals stats`" in text_of(answer(qbot.command("stat")))


def test_cannot_read_offers_three_questions_that_work(qbot: RunningBot) -> None:
    body = answer(qbot.command("what is the weather in Ottawa?"))
    examples = [b for b in buttons(body["blocks"]) if b["action_id"].startswith("rerun_")]
    assert len(examples) == 3 and "could not read" in text_of(body)
    qbot.click(examples[0])
    qbot.drain()
    [reply] = qbot.slack.calls_to("response_url")
    assert "Money committed by Japan · graphite" in text_of(reply.params)


def test_a_long_list_pages_with_next(qbot: RunningBot) -> None:
    with Session(qbot.services.engine) as session:
        for i in range(11):
            records.create_commitment(
                session,
                CommitmentIn(actor="AU", instrument="grant", amount=Decimal(i + 1), currency="USD"),
                actor="test",
                audience=EVERYTHING,
                now=datetime.now(UTC),
            )
        session.commit()
    body = answer(qbot.command("what grants has Australia made?"))
    assert "1–10 of 11" in text_of(body)
    [next_button] = [b for b in buttons(body["blocks"]) if b["action_id"] == "page_next"]
    qbot.click(next_button)
    qbot.drain()
    [page] = qbot.slack.calls_to("response_url")
    assert "11–11 of 11" in text_of(page.params)


def _event(
    text: str, *, channel: str = "C1", ts: str = "1700000001.000100", kind: str = "app_mention"
) -> dict:
    event = {"type": kind, "channel": channel, "user": "U2", "text": text, "ts": ts, "event_ts": ts}
    if kind == "message":
        event["channel_type"] = "im" if channel.startswith("D") else "channel"
    return event


def drafts(bot: RunningBot) -> list[Draft]:
    with Session(bot.services.engine) as s:
        return list(s.exec(select(Draft)).all())


def test_a_mention_is_answered_in_its_thread(qbot: RunningBot) -> None:
    qbot.event(_event(f"<@{BOT_USER}> how much has Japan committed to graphite?"))
    [post] = qbot.slack.wait_for("chat.postMessage", count=1)
    qbot.drain()
    assert post.params["channel"] == "C1" and post.params["thread_ts"] == "1700000001.000100"
    assert "Money committed by Japan · graphite" in text_of(post.params) and "USD 150m" in text_of(
        post.params
    )
    assert drafts(qbot) == []  # a question is not proposed as a commitment


def test_a_question_in_a_dm_is_answered_in_the_dm(qbot: RunningBot) -> None:
    qbot.event(_event("which projects are in Australia?", channel="D1", kind="message"))
    [post] = qbot.slack.wait_for("chat.postMessage", count=1)
    qbot.drain()
    assert post.params["channel"] == "D1" and not post.params.get("thread_ts")
    assert "Nolans Bore" in text_of(post.params)
    assert drafts(qbot) == []


def test_a_commitment_sentence_that_mentions_the_bot_still_gets_its_card(qbot: RunningBot) -> None:
    qbot.event(
        _event(
            f"<@{BOT_USER}> Japan's JOGMEC will lend up to C$150 million to the Twigg graphite mine, "
            "pending due diligence."
        )
    )
    [card] = qbot.slack.wait_for("chat.postMessage", count=1)
    qbot.drain()
    assert any(b["action_id"].startswith("draft_log") for b in buttons(card.params["blocks"]))
    assert len(drafts(qbot)) >= 1


def test_a_chart_is_uploaded_with_the_figures_as_text(qbot: RunningBot) -> None:
    acked = qbot.command("chart money by country")
    assert acked.status_code == 200 and acked.json()["text"] == "Drawing the chart…"
    qbot.drain()
    [complete] = qbot.slack.calls_to("files.completeUploadExternal")
    assert complete.params["channel_id"] == "C1"
    content = qbot.slack.file_content(complete.params["files"][0]["id"])
    assert content is not None and content.startswith(b"\x89PNG")
    [reply] = qbot.slack.calls_to("response_url")
    shown = text_of(reply.params)
    assert "Money committed by country" in shown and "*United States* — 1 commitment · *USD 200m*" in shown
    assert "The chart follows" in shown


def test_a_chart_asked_in_a_thread_is_uploaded_in_that_thread(qbot: RunningBot) -> None:
    qbot.event(_event(f"<@{BOT_USER}> plot commitments to graphite by month", ts="1700000002.000100"))
    qbot.slack.wait_for("files.completeUploadExternal", count=1)
    qbot.drain()
    [complete] = qbot.slack.calls_to("files.completeUploadExternal")
    assert complete.params.get("thread_ts") == "1700000002.000100"
    [post] = qbot.slack.calls_to("chat.postMessage")
    assert "2025-07" in text_of(post.params) and "USD 100m" in text_of(post.params)
