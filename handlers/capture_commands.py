"""`/minerals log <sentence>` and `/minerals autolog on|off`."""

from __future__ import annotations

from typing import Any

from bot.core.services import Services
from handlers import proposals
from handlers.replies import error, note
from handlers.router import ROUTER, CommandRequest, Deferred, Outcome, Reply
from store import drafts as draft_store


@ROUTER.add("log", usage="log <sentence>")
def log_command(services: Services, req: CommandRequest) -> Outcome:
    """Read a sentence as a commitment and post a confirm card in this channel."""
    sentence = req.args.strip()
    if not sentence:
        return error(
            "`log` needs a sentence.",
            "e.g. `log Japan will lend up to C$150 million to the Canadian graphite mines`",
        )

    def work(client: Any) -> Reply | None:
        card = proposals.propose(
            services,
            client,
            channel=req.channel_id,
            ts=req.trigger_id or "",
            text=sentence,
            author=req.user_id,
            event_key=None,
            forced=True,
            thread=False,
            source_message=f"log:{req.channel_id}:{req.trigger_id}",
        )
        return None if card else Reply([], "Nothing was posted (see the channel).")

    return Deferred("Reading that…", work)


@ROUTER.add("autolog", usage="autolog on|off")
def autolog_command(services: Services, req: CommandRequest) -> Outcome:
    """Log commitments in this channel directly (the card then offers Undo and Edit…)."""
    choice = req.args.strip().lower()
    if choice not in ("on", "off"):
        return error(f"“{choice or 'nothing'}” is not on or off.", "Type `autolog on` or `autolog off`.")
    with services.session() as session:
        draft_store.set_autolog(session, req.channel_id, choice == "on", user=req.user_id)
    state = "now logged directly" if choice == "on" else "proposed with a card to confirm"
    return note(f"Commitments posted in this channel are {state}.")
