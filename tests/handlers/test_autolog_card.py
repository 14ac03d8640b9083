"""An autologged card names no fake user, and its Undo works for the message's author; a
draft with a guessed field is left for a person, and the card says why."""

from __future__ import annotations

import json

from sqlmodel import Session, select

from store.draft_cards import autolog_hold
from store.models import Commitment, Draft
from tests.e2e.conftest import buttons
from tests.e2e.test_logging_http import JOGMEC, card_of, last_update, message, stored

INFERRED = "Not logged automatically: the currency was inferred from the actor's country."


def test_autologged_card_names_no_fake_user_and_its_author_may_undo(bot, slack):
    bot.command("autolog on", channel="C1")
    bot.event(message(JOGMEC, user="U2"))
    card = card_of(slack)
    shown = json.dumps(card.params["blocks"], ensure_ascii=False)
    assert "Logged automatically" in shown
    assert "<@autolog>" not in shown and "autolog" not in shown.replace("Logged automatically", "")
    undo = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_undo_")]
    assert len(undo) == 2
    # A bystander is refused; the message's author undoes what autolog logged for them.
    bot.click(undo[0], user="U3", channel="C1")
    bot.drain()
    assert "Only the person who logged it" in slack.calls_to("response_url")[-1].params.get("text", "")
    for button in undo:
        bot.click(button, user="U2", channel="C1")
    update = last_update(bot, slack)
    assert "Undone" in json.dumps(update.params["blocks"])
    with Session(bot.services.engine) as s:
        assert {d.state for d in s.exec(select(Draft)).all()} == {"undone"}
        logged = s.exec(select(Commitment).where(Commitment.logged_by != "seed")).all()
        assert len(logged) == 2 and {c.status for c in logged} == {"withdrawn"}


def test_undo_is_not_shown_when_only_an_admin_could_use_it() -> None:
    from bot.blockkit.confirm_card import draft_card
    from store.draft_cards import DraftOnCard

    fields = {"actor": "JP", "instrument": "loan"}
    autologged = DraftOnCard(
        1, "commitment", "logged", fields, commitment_id=7, confirmed_by="autolog", autologged=True
    )
    anonymous = DraftOnCard(
        2,
        "commitment",
        "logged",
        fields,
        commitment_id=8,
        confirmed_by="autolog",
        autologged=True,
        undoable=False,
    )
    shown = json.dumps(draft_card([autologged, anonymous], command="/minerals")[0])
    assert "draft_undo_1" in shown and "draft_undo_2" not in shown and "draft_edit_2" in shown


def _shown(blocks) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_autolog_leaves_an_inferred_currency_for_a_person_and_says_why(bot, slack):
    bot.command("autolog on", channel="C1")
    bot.event(message("Ottawa will lend $300 million to the Canadian graphite mines."))
    card = card_of(slack)
    shown = _shown(card.params["blocks"])
    assert "Logged automatically" not in shown and INFERRED in shown
    assert stored(bot) == []
    [log_it] = [b for b in buttons(card.params["blocks"]) if b["action_id"].startswith("draft_log_")]
    bot.click(log_it, user="U2", channel="C1")
    bot.drain()
    [c] = stored(bot)
    assert (c.currency, c.confirmed_by) == ("CAD", "U2")  # a person looked at it and logged it
    assert "Not logged automatically" not in _shown(last_update(bot, slack).params["blocks"])


def test_autolog_logs_the_drafts_it_read_and_holds_the_guessed_one(bot, slack):
    bot.command("autolog on", channel="C1")
    bot.event(
        message(
            "Ottawa will lend $300 million to the Canadian graphite mines and JOGMEC will lend "
            "USD 200 million to the Canadian rare earth mines."
        )
    )
    shown = _shown(card_of(slack).params["blocks"])
    assert "Logged automatically" in shown and INFERRED in shown
    [c] = stored(bot)
    assert (c.actor, c.currency, c.confirmed_by) == ("JOGMEC", "USD", "autolog")


def test_autolog_leaves_an_unclear_project_for_a_person(bot, slack):
    bot.command("autolog on", channel="C1")
    bot.event(message("Italy's SACE will guarantee €80m for a rare earth separation plant in Estonia."))
    shown = _shown(card_of(slack).params["blocks"])
    assert "Not logged automatically: the project is unclear" in shown
    assert stored(bot) == []


def test_without_autolog_the_card_says_nothing_of_it(bot, slack):
    bot.event(message("Ottawa will lend $300 million to the Canadian graphite mines."))
    shown = _shown(card_of(slack).params["blocks"])
    assert "currency inferred" in shown and "Not logged automatically" not in shown


def test_only_guessed_fields_hold_a_draft() -> None:
    assert autolog_hold({"currency": "USD", "amount_is_ceiling": True}) is None  # "up to" is read
    assert autolog_hold({"currency_inferred": False, "project_candidates": []}) is None
    both = autolog_hold({"currency_inferred": True, "project_candidates": ["Canadian rare earth mines"]})
    assert both is not None and "currency" in both and "project" in both


def test_a_held_draft_repeating_one_autologged_in_the_same_message_is_named_a_duplicate(bot, slack):
    """The first read's "no duplicate possible" is not trusted once autolog has logged in the
    same transaction: the held draft is checked against what was just logged."""
    bot.command("autolog on", channel="C1")
    bot.event(
        message(
            "Ottawa will lend C$300 million to the Canadian graphite mines. Separately, Ottawa "
            "will lend $300 million to the Canadian graphite mines."
        )
    )
    shown = _shown(card_of(slack).params["blocks"])
    [c] = stored(bot)
    assert (c.actor, c.currency, c.confirmed_by) == ("CA", "CAD", "autolog")
    assert INFERRED in shown and "Possible duplicate of" in shown
