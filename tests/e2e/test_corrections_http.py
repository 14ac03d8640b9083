"""Corrections over signed HTTP: every field the card shows is corrected in Edit, the store
keeps the corrected record and, in the audit log, what the extractor read against what the
person typed; `minerals-bot corrections` counts them. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import Session, select

from bot import cli
from bot.blockkit import modals
from store import corrections
from store.models import AuditLog, Draft
from tests.e2e.conftest import RunningBot, buttons
from tests.e2e.test_logging_http import JOGMEC, card_of, message, stored
from tests.slack_requests import view_submission

# An organisation the extractor knows no country for, an "invest" it reads as "other".
VULCAN = "Vulcan Capital will invest EUR 25 million in the Canadian graphite mines."


def open_edit(
    bot: RunningBot, slack: Any, card: dict[str, Any], *, n: int = 0, user: str = "U2", channel="C1"
):
    """Press Edit… on the card; the modal Slack was asked to open."""
    edit = [b for b in buttons(card["blocks"]) if b["action_id"].startswith("draft_edit")][n]
    before = len(slack.calls_to("views.open"))
    bot.click(edit, user=user, channel=channel)
    return slack.wait_for("views.open", count=before + 1)[-1].params["view"]


def inputs(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}


def submit(bot: RunningBot, view: dict[str, Any], changes: dict[str, str], *, user: str = "U2") -> dict:
    """Save the form as Slack sends it: every input block, its shown value unless changed."""
    state: dict[str, Any] = {}
    for block_id, block in inputs(view).items():
        element = block["element"]
        if element["type"] == "static_select":
            chosen = changes.get(block_id, (element.get("initial_option") or {}).get("value"))
            option = {"text": {"type": "plain_text", "text": chosen}, "value": chosen} if chosen else None
            state[block_id] = {"value": {"type": "static_select", "selected_option": option}}
        else:
            value = changes.get(block_id, element.get("initial_value"))
            state[block_id] = {"value": {"type": "plain_text_input", "value": value or None}}
    payload = view_submission(
        "edit_commitment", state, user_id=user, private_metadata=view["private_metadata"]
    )
    resp = bot.interact(payload)
    assert resp.status_code == 200, resp.text
    return resp.json() if resp.content.strip() else {}


def correction_rows(bot: RunningBot) -> list[AuditLog]:
    with Session(bot.services.engine) as s:
        return list(s.exec(select(AuditLog).where(AuditLog.action == "correct").order_by(AuditLog.id)).all())


def run_cli(bot: RunningBot, monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(cli, "load_settings", lambda: bot.services.settings)
    code = cli.main(["corrections", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


CORRECTIONS = {
    "actor_country": ("Norway", "NO"),
    "counterparty": ("Canada Growth Fund", "Canada Growth Fund"),
    "instrument": ("grant", "grant"),
    "amount": ("31.5 million", "31500000"),
    "currency": ("chf", "CHF"),
    "quantity": ("2,000", "2000"),
    "quantity_unit": ("t/yr", "t/yr"),
    "minerals": ("graphite, lithium", ["graphite", "lithium"]),
    "initiative": ("G7 CMAP", "G7 Critical Minerals Action Plan"),
    "status": ("binding", "binding"),
    "announced_on": ("2026-11-02", "2026-11-02"),
    "source_url": ("https://example.org/vulcan-graphite", "https://example.org/vulcan-graphite"),
}


def test_every_field_is_corrected_in_edit_and_the_corrections_are_kept(bot, slack, monkeypatch, capsys):
    bot.event(message(VULCAN))
    card = card_of(slack).params
    view = open_edit(bot, slack, card)
    shown = inputs(view)
    assert set(modals.EDIT_FIELDS) <= set(shown)
    # The extractor did not know the actor's country: the form asks for it.
    country = shown["actor_country"]
    assert "initial_value" not in country["element"]
    assert country["hint"]["text"] == modals.COUNTRY_UNKNOWN_HINT
    with Session(bot.services.engine) as s:
        [draft] = s.exec(select(Draft)).all()
        read = corrections.canonical(draft.fields)
    assert read["actor"] == "Vulcan Capital" and read["actor_country"] is None

    assert submit(bot, view, {k: typed for k, (typed, _stored) in CORRECTIONS.items()}) == {}
    bot.drain()
    [c] = stored(bot)
    assert (c.actor, c.actor_country, c.counterparty, c.instrument) == (
        "Vulcan Capital",
        "NO",
        "Canada Growth Fund",
        "grant",
    )
    assert (c.amount, c.currency, c.quantity, c.quantity_unit) == (
        Decimal("31500000"),
        "CHF",
        Decimal("2000"),
        "t/yr",
    )
    assert c.minerals == ["graphite", "lithium"] and c.status == "binding"
    assert str(c.announced_on) == "2026-11-02" and c.source_url == "https://example.org/vulcan-graphite"
    assert c.confirmed_by == "U2" and c.project_id is not None and c.initiative_id is not None
    assert "Logged by <@U2>" in json.dumps(slack.calls_to("chat.update")[-1].params["blocks"])

    [row] = correction_rows(bot)
    assert (row.actor, row.entity_type, row.entity_id) == ("U2", "draft", draft.id)
    assert row.after["channel"] == "C1" and row.after["private"] is False
    assert row.after["commitment_id"] == c.id
    kept_after, kept_before = row.after["fields"], row.before["fields"]
    for key, (_typed, value) in CORRECTIONS.items():
        if read[key] != value:  # a field the extractor already had right is no correction
            assert kept_after[key] == value and kept_before[key] == read[key], key
    assert {"actor_country", "currency", "amount", "source_url"} <= set(kept_after)
    assert not {"actor", "project", "amount_is_ceiling"} & set(kept_after)  # left as read

    # Edited again once logged: the amount set back to what was read stops counting, the
    # actor changed now counts; the extractor's values are still what it read.
    again = open_edit(bot, slack, slack.calls_to("chat.update")[-1].params)
    assert inputs(again)["actor_country"]["element"]["initial_value"] == "NO"
    assert inputs(again)["actor_country"]["hint"]["text"] == modals.COUNTRY_HINT
    assert submit(bot, again, {"amount": "25000000", "currency": "EUR", "actor": "Vulcan Capital AS"}) == {}
    bot.drain()
    [c] = stored(bot)
    assert (c.actor, c.amount, c.currency, c.actor_country) == ("Vulcan Capital AS", 25000000, "EUR", "NO")
    latest = correction_rows(bot)[-1]
    assert latest.before["fields"]["actor"] == "Vulcan Capital"
    assert latest.after["fields"]["actor"] == "Vulcan Capital AS"
    assert "amount" not in latest.after["fields"] and "currency" not in latest.after["fields"]
    assert latest.after["fields"]["actor_country"] == "NO"

    # The CLI counts the draft's latest corrections, with examples.
    code, out, err = run_cli(bot, monkeypatch, capsys)
    assert code == 0 and err == ""
    assert "Corrections so far: 1 extractor-made draft logged; people corrected 1 of them in Edit" in out
    [country_line] = [line for line in out.splitlines() if line.strip().startswith("actor's country")]
    assert "100.0%" in country_line and "(none) -> NO" in country_line
    assert "Vulcan Capital -> Vulcan Capital AS" in out
    assert "Never corrected:" in out and "amount," in out.split("Never corrected:")[1]
    assert (
        "The actor's country was unknown on 1 card (100.0% of those logged: organisations the "
        "reader does not know); people gave it in Edit on 1, and 0 commitments were logged without one."
    ) in out
    code, out, _err = run_cli(bot, monkeypatch, capsys, "--json", "--since", "2000-01-01")
    report = json.loads(out)
    assert report["drafts_logged"] == 1 and report["drafts_corrected"] == 1
    assert (report["country_unknown_on_card"], report["country_given_in_edit"]) == (1, 1)
    by_field = {f["field"]: f for f in report["fields"]}
    assert by_field["actor_country"]["drafts_corrected"] == 1
    assert by_field["actor_country"]["examples"][0]["after"] == "NO"
    assert by_field["amount"]["drafts_corrected"] == 0


BAD_EDITS = [
    ({"amount": "lots"}, "amount", "'lots' is not a number"),
    ({"actor_country": "Atlantis"}, "actor_country", "Unknown country 'Atlantis'"),
    ({"currency": "ZZZ"}, "currency", "Unknown currency 'ZZZ'"),
    ({"currency": ""}, "currency", "an amount needs a currency"),
    ({"announced_on": "last week"}, "announced_on", "is not a date"),
    ({"source_url": "example.org/x"}, "source_url", "must start with http"),
    ({"project": "Atlantis deep mine"}, "project", "No project called"),
]


def test_bad_edits_get_an_error_on_their_field_and_nothing_is_written(bot, slack):
    bot.event(message(VULCAN))
    view = open_edit(bot, slack, card_of(slack).params)
    for changes, field, error in BAD_EDITS:
        answer = submit(bot, view, {"instrument": "equity", **changes})
        assert answer["response_action"] == "errors", changes
        assert list(answer["errors"]) == [field] and error in answer["errors"][field], answer
    bot.drain()
    assert stored(bot) == [] and correction_rows(bot) == []
    with Session(bot.services.engine) as s:
        assert {d.state for d in s.exec(select(Draft)).all()} == {"pending"}


def test_a_form_without_the_new_fields_leaves_them_as_they_were(bot, slack):
    """A form opened before the country and source fields existed does not clear them."""
    bot.event(message(JOGMEC))
    card = card_of(slack).params
    view = open_edit(bot, slack, card, n=1)
    old_form = {k: v for k, v in inputs(view).items() if k not in ("actor_country", "source_url")}
    assert submit(bot, {**view, "blocks": list(old_form.values())}, {"amount": "160000000"}) == {}
    bot.drain()
    [c] = stored(bot)
    assert c.actor == "JOGMEC" and c.actor_country == "JP" and c.amount == 160000000
    [row] = correction_rows(bot)
    assert row.after["fields"] == {"amount": "160000000"}


@pytest.fixture
def private_correction(bot, slack) -> RunningBot:
    """A correction made in a private channel, with a value that must not leave it."""
    bot.event(message(VULCAN, channel="GPRIV", channel_type="group"))
    view = open_edit(bot, slack, card_of(slack).params, channel="GPRIV")
    assert submit(bot, view, {"counterparty": "Qvx secret partner", "instrument": "equity"}) == {}
    bot.drain()
    return bot


def test_private_values_are_counted_but_shown_only_when_asked(private_correction, monkeypatch, capsys):
    bot = private_correction
    code, out, _err = run_cli(bot, monkeypatch, capsys)
    assert code == 0 and "Qvx" not in out and "GPRIV" not in out
    assert any(line.strip().startswith("counterparty") for line in out.splitlines())
    assert "from private channels are counted but not shown (--include-private shows them)" in out
    code, out, _err = run_cli(bot, monkeypatch, capsys, "--json")
    assert "Qvx" not in out and "GPRIV" not in out
    counterparty = [f for f in json.loads(out)["fields"] if f["field"] == "counterparty"][0]
    assert counterparty["drafts_corrected"] == 1 and counterparty["private_examples_hidden"] == 1
    code, out, _err = run_cli(bot, monkeypatch, capsys, "--include-private")
    assert "Qvx secret partner" in out and "not shown" not in out
