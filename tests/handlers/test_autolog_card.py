"""An autologged card names no fake user, and its Undo works for the message's author."""

from __future__ import annotations

import json

from sqlmodel import Session, select

from store.models import Commitment, Draft
from tests.e2e.conftest import buttons
from tests.e2e.test_logging_http import JOGMEC, card_of, last_update, message


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
