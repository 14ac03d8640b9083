"""`/minerals log <sentence>` and `/minerals autolog on|off`."""

from __future__ import annotations

import uuid

from slack_sdk import WebClient

from bot.core.services import Services
from handlers import inbox_work, proposals
from handlers.replies import error, note
from handlers.router import MAX_SENTENCE_TEXT, ROUTER, CommandRequest, Outcome
from store import drafts as draft_store


@ROUTER.add("log", usage="log <sentence>", max_text=MAX_SENTENCE_TEXT)
def log_command(services: Services, req: CommandRequest) -> Outcome:
    """Read a sentence as a commitment and post a confirm card in this channel."""
    sentence = req.args.strip()
    if not sentence:
        return error(
            "`log` needs a sentence.",
            "e.g. `log Japan will lend up to C$150 million to the Canadian graphite mines`",
        )

    payload = {
        "channel": req.channel_id,
        "trigger_id": req.trigger_id or "",
        "user": req.user_id,
        "sentence": sentence,
        "response_url": req.response_url,
    }
    key = f"log:{req.channel_id}:{req.trigger_id or uuid.uuid4().hex}"
    return inbox_work.kept_command(
        services, kind="log_command", key=key, payload=payload, saying="Reading that…"
    )


@inbox_work.work_for("log_command")
def finish_log_command(services: Services, client: WebClient, item: inbox_work.Item) -> None:
    """Post the card of a stored `/minerals log`; when the sentence holds no commitment, the
    reader tells only the person who typed it (ephemeral)."""
    p = item.payload
    proposals.propose(
        services,
        client,
        channel=p["channel"],
        ts=p["trigger_id"],
        text=p["sentence"],
        author=p["user"],
        event_key=None,
        forced=True,
        thread=False,
        source_message=f"log:{p['channel']}:{p['trigger_id']}",
    )


@ROUTER.add("autolog", usage="autolog on|off")
def autolog_command(services: Services, req: CommandRequest) -> Outcome:
    """Log commitments in this channel directly (the card then offers Undo and Edit…)."""
    choice = req.args.strip().lower()
    if choice not in ("on", "off"):
        return error(f"“{choice or 'nothing'}” is not on or off.", "Type `autolog on` or `autolog off`.")
    with services.session() as session:
        draft_store.set_autolog(
            session, req.channel_id, choice == "on", user=req.user_id, now=services.clock()
        )
    state = "now logged directly" if choice == "on" else "proposed with a card to confirm"
    return note(f"Commitments posted in this channel are {state}.")
