"""Slash commands the way Slack sends them: signed form posts to the running server."""

from __future__ import annotations

import json
import time
import urllib.parse
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert

from bot.local_slack import block_kit_problems
from store import records
from store.models import Project
from store.schemas import CommitmentIn, ProjectIn
from store.visibility import EVERYTHING
from tests.e2e.conftest import buttons


def answer(resp) -> dict:
    assert resp.status_code == 200, resp.text
    return resp.json()


def shown_text(payload: dict) -> str:
    """What Slack renders as mrkdwn: the fallback text and every mrkdwn text object."""
    found = [payload.get("text", "")]

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node.get("text", ""))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload.get("blocks", []))
    return "\n".join(found)


def all_text(payload: dict) -> str:
    return json.dumps(payload.get("blocks", [])) + payload.get("text", "")


def test_help_lists_every_subcommand_ephemerally(bot):
    body = answer(bot.command("help"))
    assert body["response_type"] == "ephemeral"
    for sub in ("find", "project", "projects", "commitments", "stats", "upcoming", "export"):
        assert f"/minerals {sub}" in all_text(body)
    assert block_kit_problems(body["blocks"]) == []


def test_subcommand_help(bot):
    assert "Commitments matching filters" in all_text(answer(bot.command("help commitments")))


def test_bad_signature_is_refused(bot):
    body = urllib.parse.urlencode({"command": "/minerals", "text": "help"})
    resp = bot.post(body, "application/x-www-form-urlencoded", secret="wrong-secret")
    assert resp.status_code == 401


def test_stale_timestamp_is_refused(bot):
    body = urllib.parse.urlencode({"command": "/minerals", "text": "help"})
    resp = bot.post(body, "application/x-www-form-urlencoded", timestamp=int(time.time()) - 301)
    assert resp.status_code == 401


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        ("payload=%7Bnot-json", "application/x-www-form-urlencoded", 400),
        ('{"type": "event_callback", "event": ', "application/json", 400),
        ("hello", "text/plain", 415),
    ],
)
def test_malformed_bodies_get_4xx_and_the_server_keeps_serving(bot, body, content_type, status):
    resp = bot.post(body, content_type)
    assert 400 <= resp.status_code < 500, resp.text
    assert resp.status_code == status
    assert answer(bot.command("help"))["blocks"]


def test_huge_body_is_rejected(bot):
    body = "text=" + "x" * 1_100_000
    assert bot.post(body, "application/x-www-form-urlencoded").status_code == 413


def test_unknown_subcommand_suggests_the_closest(bot):
    text = all_text(answer(bot.command("projcts mineral:graphite")))
    assert "is not a /minerals subcommand" in text and "/minerals projects" in text


def test_unknown_filter_suggests_the_closest(bot):
    text = all_text(answer(bot.command("projects minerl:graphite")))
    assert "Try `mineral:graphite`" in text


@pytest.mark.parametrize(
    "query, expected, unexpected",
    [
        ("projects country:CA mineral:graphite", ["Canadian graphite mines"], ["Ontario"]),
        ("projects mineral:rare-earths stage:processing", ["Ontario rare earth"], ["graphite"]),
        ('projects initiative:"G7 CMAP"', ["Canadian rare earth mines"], []),
        ("projects status:permitting", ["No projects match"], []),
        ("projects since:30d", ["Canadian graphite mines"], []),
        ("commitments by:JP", ["Japan"], ["Germany"]),
        ("commitments instrument:price-floor", ["price floor"], ["offtake"]),
        ("commitments status:proposed", ["stockpile"], ["offtake"]),
        ("commitments mineral:graphite", ["Canadian graphite mines"], ["price floor"]),
        ("commitments by:DE", ["Germany"], ["Japan"]),
        ("commitments country:CA", ["Canadian graphite mines", "Germany"], ["price floor"]),
        ("commitments initiative:G7 instrument:tariff", ["tariff"], ["offtake"]),
        ("stats by:instrument", ["offtake", "price-floor"], []),
        ("stats by:country", ["Group of Seven", "no amounts stated"], ["6.4bn", "USD 0"]),
        ("stats by:JP", ["Japan"], ["Group of Seven"]),
    ],
)
def test_filters(bot, query, expected, unexpected):
    body = answer(bot.command(query))
    text = all_text(body)
    for word in expected:
        assert word in text, (query, word)
    for word in unexpected:
        assert word not in text, (query, word)
    assert block_kit_problems(body["blocks"]) == []


def test_project_card_and_did_you_mean_button(bot, slack):
    body = answer(bot.command("project ontario refinery"))
    [choice] = [b for b in buttons(body["blocks"]) if b["action_id"].startswith("rerun")]
    assert choice["text"]["text"] == "Ontario rare earth processing facilities"
    assert bot.click(choice).status_code == 200
    [post] = slack.wait_for("response_url")
    assert post.params["replace_original"] in (True, "true")
    assert "Backers" in json.dumps(post.params["blocks"])


def test_share_in_channel_posts_in_channel(bot, slack):
    body = answer(bot.command("stats by:country"))
    share = [b for b in buttons(body["blocks"]) if b["action_id"] == "share"][0]
    bot.click(share)
    [post] = slack.wait_for("response_url")
    assert post.params["response_type"] == "in_channel"
    assert "Shared by <@U1>" in json.dumps(post.params["blocks"])
    assert "Share in channel" not in json.dumps(post.params["blocks"])


def test_pagination_with_buttons(bot, slack):
    with bot.services.session() as s:
        s.execute(
            insert(Project),
            [
                dict(name=f"Lithium site {i:02d}", minerals=["lithium"], backers=[], country="AU")
                for i in range(25)
            ],
        )
    first = answer(bot.command("projects mineral:lithium"))
    assert "1–10 of 25" in all_text(first)
    nxt = [b for b in buttons(first["blocks"]) if b["action_id"] == "page_next"][0]
    bot.click(nxt)
    [post] = slack.wait_for("response_url")
    assert "11–20 of 25" in post.params["text"]
    assert "Lithium site 10" in json.dumps(post.params["blocks"])


def test_five_thousand_projects_still_fit_slack_limits(bot):
    with bot.services.session() as s:
        s.execute(
            insert(Project),
            [
                dict(
                    name=f"Graphite deposit {i:05d} " + "x" * 200,
                    minerals=["graphite"],
                    backers=[],
                    country="CA",
                )
                for i in range(5000)
            ],
        )
    for query in ("projects mineral:graphite", "find graphite deposit", "stats by:country", "commitments"):
        body = answer(bot.command(query))
        assert block_kit_problems(body["blocks"]) == [], query
        assert len(body["blocks"]) <= 50


def test_stored_text_cannot_ping_channel_or_forge_links(bot):
    with bot.services.session() as s:
        records.create_project(
            s,
            ProjectIn(
                name="<!channel> mine <https://evil.example|click>", description="<!here> & <@U999> said hi"
            ),
            actor="U1",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    for query in ("projects", "find mine", "project <!channel> mine"):
        text = shown_text(answer(bot.command(query)))
        assert "<!channel>" not in text and "<!here>" not in text, query
        assert "<https://evil.example" not in text and "<@U999>" not in text, query
        assert "&lt;!channel&gt; mine &lt;https://evil.example|click&gt;" in text, query


def test_private_channel_records_stay_in_their_channel(bot):
    with bot.services.session() as s:
        records.create_commitment(
            s,
            CommitmentIn(actor="KR", instrument="grant", statement="secret korean grant"),
            actor="U1",
            provenance={"source_channel": "GSECRET", "source_private": True},
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    assert "Korea" in all_text(answer(bot.command("commitments by:KR", channel="GSECRET")))
    assert "No commitments match" in all_text(answer(bot.command("commitments by:KR")))
    assert "Nothing matches" in all_text(answer(bot.command("find secret korean")))
    assert "Korea" not in all_text(answer(bot.command("stats by:country")))


def test_a_cached_answer_keeps_to_its_channel_and_goes_with_a_write(bot):
    """The answer cache (handlers/answer_cache.py) over HTTP: the same words in another
    channel are answered for that channel, and a new record shows in the next answer."""
    from handlers import answer_cache
    from tests.handlers.test_answer_cache import with_version_rows

    with bot.services.session() as s:
        with_version_rows(s)

    def kr_commitment(statement: str, provenance: dict[str, object]) -> None:
        with bot.services.session() as s:
            records.create_commitment(
                s,
                CommitmentIn(actor="KR", instrument="grant", statement=statement),
                actor="U1",
                provenance=provenance,
                audience=EVERYTHING,
                now=datetime.now(UTC),
            )

    kr_commitment("secret korean grant", {"source_channel": "GSECRET", "source_private": True})
    hits = answer_cache._CACHE.hits
    inside = [all_text(answer(bot.command("commitments by:KR", channel="GSECRET"))) for _ in range(2)]
    assert answer_cache._CACHE.hits == hits + 1 and inside[0] == inside[1] and "Korea" in inside[0]
    for _ in range(2):
        assert "No commitments match" in all_text(answer(bot.command("commitments by:KR", user="U2")))
    kr_commitment("public korean grant", {})
    assert "Korea" in all_text(answer(bot.command("commitments by:KR", user="U2")))


def test_export_sends_a_csv_by_dm_through_the_upload_flow(bot, slack):
    body = answer(bot.command("export commitments"))
    assert "Preparing" in body["text"]
    [complete] = slack.wait_for("files.completeUploadExternal")
    assert [c.method for c in slack.calls if c.method.startswith("files.")] == [
        "files.getUploadURLExternal",
        "files.completeUploadExternal",
    ]
    [upload] = slack.calls_to("upload")
    assert upload is not None
    file_id = (
        json.loads(complete.params["files"])[0]["id"]
        if isinstance(complete.params["files"], str)
        else complete.params["files"][0]["id"]
    )
    csv_text = slack.file_content(file_id).decode()
    assert csv_text.splitlines()[0].startswith("actor,counterparty,instrument")
    assert "price-floor" in csv_text
    assert complete.params["channel_id"].startswith("D")


def test_export_takes_the_filters_of_the_lists(bot, slack):
    body = answer(bot.command("export commitments by:JP since:2025-01-01"))
    assert "Preparing the commitments matching by:JP since:2025-01-01 export" in body["text"]
    [complete] = slack.wait_for("files.completeUploadExternal")
    files = complete.params["files"]
    file_id = (json.loads(files) if isinstance(files, str) else files)[0]["id"]
    rows = slack.file_content(file_id).decode().splitlines()[1:]
    assert len(rows) == 2 and all(r.split(",")[0] == "JP" for r in rows)
    assert "is not a filter" in all_text(answer(bot.command("export commitments bogus words")))


def test_upcoming_and_bad_days(bot):
    assert "No milestones in the next 60 days" in all_text(answer(bot.command("upcoming")))
    assert "is not a number of days" in all_text(answer(bot.command("upcoming soon")))


def test_add_project_modal_validates_on_the_fields(bot, slack):
    assert bot.command("add project").status_code == 200
    [opened] = slack.wait_for("views.open")
    view = (
        opened.params["view"]
        if isinstance(opened.params["view"], dict)
        else json.loads(opened.params["view"])
    )
    assert view["callback_id"] == "add_project"

    def submit(values: dict) -> dict:
        state = {k: {"value": {"type": "plain_text_input", "value": v}} for k, v in values.items()}
        payload = {
            "type": "view_submission",
            "user": {"id": "U1"},
            "team": {"id": "T1"},
            "api_app_id": "A1",
            "token": "x",
            "trigger_id": "t",
            "view": {
                "id": "V1",
                "type": "modal",
                "callback_id": "add_project",
                "private_metadata": view["private_metadata"],
                "state": {"values": state},
            },
        }
        resp = bot.interact(payload)
        assert resp.status_code == 200
        return resp.json() if resp.content else {}

    bad = submit({"name": "New mine", "country": "Canda", "minerals": "graphit"})
    assert bad["response_action"] == "errors"
    assert "Canada" in bad["errors"]["country"] and "graphite" in bad["errors"]["minerals"]
    assert submit({"name": "New mine", "country": "Canada", "minerals": "graphite"}) == {}
    assert "New mine" in all_text(answer(bot.command("project New mine")))
    dup = submit({"name": "New mine"})
    assert "already exists" in dup["errors"]["name"]


def test_home_tab_publishes_a_dashboard(bot, slack):
    assert (
        bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}).status_code
        == 200
    )
    [call] = slack.wait_for("views.publish")
    view = call.params["view"] if isinstance(call.params["view"], dict) else json.loads(call.params["view"])
    text = json.dumps(view)
    assert "Latest commitments" in text and "Group of Seven" in text
    assert block_kit_problems(view["blocks"], surface="home") == []


def test_health_check(bot):
    resp = bot.http.get(f"{bot.url}/healthz")
    assert resp.status_code == 200 and resp.json()["database"] == "ok"


def test_health_check_and_commands_when_the_database_is_down(bot):
    from store.db import make_engine

    good = bot.services.engine
    bot.services.engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    try:
        assert bot.http.get(f"{bot.url}/healthz").status_code == 503
        text = all_text(answer(bot.command("projects")))
        assert "error id" in text and "Traceback" not in text
    finally:
        bot.services.engine.dispose()
        bot.services.engine = good


@pytest.mark.parametrize("sub", ["find", "stats", "projects", "digest", "log", "export"])
def test_every_subcommand_has_help(bot, sub):
    text = all_text(answer(bot.command(f"{sub} help")))
    assert f"/minerals {sub}" in text and "is not a filter" not in text


def test_stats_of_a_big_store_are_added_up_after_the_ack(bot, slack, db_url, monkeypatch):
    """Totals not yet cached on a big store would take seconds: the ack says so at once and the
    card follows on the response_url; once added up, the same question is answered in the ack."""
    import random

    from sqlalchemy import create_engine, text

    from handlers import commands
    from store import data_version

    engine = create_engine(db_url)
    with engine.begin() as conn:  # the PostgreSQL fixture's reset drops the data-version row
        conn.execute(
            text(
                f"INSERT INTO {data_version.TABLE} (scope, version) SELECT CAST(:scope AS VARCHAR(32)), "
                f":version WHERE NOT EXISTS (SELECT 1 FROM {data_version.TABLE} WHERE scope = :scope)"
            ),
            {"scope": data_version.SCOPE, "version": random.getrandbits(62)},
        )
    engine.dispose()
    monkeypatch.setattr(commands, "STATS_IN_THE_ACK_MAX_PROJECTS", 0)
    body = answer(bot.command("stats per:mineral"))
    assert "Adding up the totals" in body["text"]
    [post] = slack.wait_for("response_url")
    card = json.dumps(post.params["blocks"])
    assert "graphite" in card.lower()
    again = answer(bot.command("stats per:mineral"))
    assert "Adding up" not in again["text"]
    assert json.dumps(again["blocks"]) == card
