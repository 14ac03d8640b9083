"""An organisation's country is asked once: after a person gives it in Edit and the record is
logged, the next card about the same organisation takes it from that record (flagged, so a
person sees it was not read). A country given in a private channel is used only there.
Signed HTTP, SQLite and PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from bot.blockkit import modals
from store import learned_countries
from store.visibility import PUBLIC, Audience
from tests.e2e.conftest import RunningBot, buttons
from tests.e2e.test_corrections_http import inputs, open_edit, run_cli, submit
from tests.e2e.test_logging_http import card_of, last_update, message, stored

FIRST = "Vulcan Capital will invest EUR 25 million in the Canadian graphite mines."
SECOND = "Vulcan Capital will lend EUR 10 million to a graphite anode plant in Quebec."


def actor_field(card: dict[str, Any]) -> str:
    """The card's Actor field, as Slack shows it."""
    for block in card["blocks"]:
        for field in block.get("fields") or []:
            if field["text"].startswith("*Actor*"):
                return str(field["text"])
    raise AssertionError(json.dumps(card["blocks"])[:2000])


def log_with_country(
    bot: RunningBot, slack: Any, text: str, country: str, *, ts: str, channel="C1", kind="channel"
) -> None:
    """Post a message, and log its card's draft through Edit with the actor's country given."""
    before = len(slack.calls_to("chat.postMessage"))
    bot.event(message(text, ts=ts, channel=channel, channel_type=kind))
    card = card_of(slack, count=before + 1).params
    assert "(country unknown)" in actor_field(card)
    view = open_edit(bot, slack, card, channel=channel)
    assert submit(bot, view, {"actor_country": country}) == {}
    bot.drain()


def next_card(bot: RunningBot, slack: Any, text: str, *, ts: str, channel="C1", kind="channel") -> dict:
    before = len(slack.calls_to("chat.postMessage"))
    bot.event(message(text, ts=ts, channel=channel, channel_type=kind))
    return card_of(slack, count=before + 1).params


def test_a_country_given_once_is_used_on_the_next_card(bot, slack, monkeypatch, capsys):
    log_with_country(bot, slack, FIRST, "Norway", ts="1700000000.000100")
    [logged] = stored(bot)
    assert (logged.actor, logged.actor_country) == ("Vulcan Capital", "NO")

    card = next_card(bot, slack, SECOND, ts="1700000100.000100")
    assert actor_field(card).endswith(
        "Vulcan Capital (Norway, from the team's earlier records; Edit to correct)"
    )
    view = open_edit(bot, slack, card)
    country = inputs(view)["actor_country"]
    assert country["element"]["initial_value"] == "NO"
    assert country["hint"]["text"] == modals.COUNTRY_FROM_RECORDS_HINT
    # Logged as shown, the record keeps the country; a person changing it clears the flag.
    assert submit(bot, view, {"actor_country": "Sweden"}) == {}
    bot.drain()
    assert {(c.actor, c.actor_country) for c in stored(bot)} == {
        ("Vulcan Capital", "NO"),
        ("Vulcan Capital", "SE"),
    }
    # People now disagree: the next card asks again rather than pick one.
    card = next_card(bot, slack, "Vulcan Capital to put EUR 5m into a lithium refinery.", ts="1700000200.1")
    assert "Vulcan Capital (country unknown)" in actor_field(card)

    # `minerals-bot corrections` counts the cards whose country came from the records.
    code, out, _err = run_cli(bot, monkeypatch, capsys)
    assert code == 0
    assert (
        "The actor's country came from the team's earlier records on 1 card; people changed it on 1." in out
    )
    code, out, _err = run_cli(bot, monkeypatch, capsys, "--json")
    report = json.loads(out)
    assert (report["country_from_records"], report["country_from_records_changed"]) == (1, 1)
    assert report["country_unknown_on_card"] == 1  # the first card only


def test_a_country_given_in_a_private_channel_stays_there(bot, slack):
    log_with_country(bot, slack, FIRST, "NO", ts="1700000000.000100", channel="G1", kind="group")

    public = next_card(bot, slack, SECOND, ts="1700000100.000100", channel="C1")
    assert "Vulcan Capital (country unknown)" in actor_field(public)
    assert "Norway" not in json.dumps(public["blocks"])

    private = next_card(bot, slack, SECOND, ts="1700000100.000100", channel="G1", kind="group")
    assert "Vulcan Capital (Norway, from the team's earlier records" in actor_field(private)

    with Session(bot.services.engine) as session:
        assert learned_countries.countries_from_records(session, ["Vulcan Capital"], audience=PUBLIC) == {}
        assert learned_countries.countries_from_records(
            session, ["Vulcan Capital"], audience=Audience(channel="G1")
        ) == {"Vulcan Capital": "NO"}


def test_an_undone_record_teaches_no_country(bot, slack):
    """Undo says the record should not stand: its country is not the team's word on the
    organisation, and the next card asks again."""
    log_with_country(bot, slack, FIRST, "Norway", ts="1700000000.000100")
    update = last_update(bot, slack)
    [undo] = [b for b in buttons(update.params["blocks"]) if b["action_id"].startswith("draft_undo")]
    bot.click(undo, user="U2")  # the person who logged it through Edit
    bot.drain()
    [withdrawn] = stored(bot)
    assert (withdrawn.status, withdrawn.actor_country) == ("withdrawn", "NO")

    card = next_card(bot, slack, SECOND, ts="1700000100.000100")
    assert "Vulcan Capital (country unknown)" in actor_field(card)


def test_a_known_organisation_and_a_country_are_never_overridden(bot, slack):
    """The reader's own table wins: records only fill a country it could not give."""
    with Session(bot.services.engine) as session:
        items = [
            ("commitment", {"actor": "World Bank", "actor_country": None}),
            ("commitment", {"actor": "JP", "actor_country": "JP"}),
            ("project_update", {"project": "Vulcan Capital"}),
        ]
        assert learned_countries.with_countries_from_records(session, items, audience=PUBLIC) == items


def test_the_flag_goes_when_a_person_changes_the_country_or_the_actor():
    """The card says "from the team's earlier records" only while both are what records gave."""
    from store.draft_cards import _edited_fields
    from store.schemas import CommitmentIn

    read = {
        "actor": "Vulcan Capital",
        "actor_country": "NO",
        "instrument": "loan",
        "country_from_records": True,
    }
    same = _edited_fields(read, CommitmentIn(actor="Vulcan Capital", actor_country="NO", instrument="loan"))
    other_actor = _edited_fields(
        read, CommitmentIn(actor="Vulcan Metals", actor_country="NO", instrument="loan")
    )
    other_country = _edited_fields(
        read, CommitmentIn(actor="Vulcan Capital", actor_country="SE", instrument="loan")
    )
    assert same["country_from_records"] is True
    assert other_actor["country_from_records"] is False and other_country["country_from_records"] is False
