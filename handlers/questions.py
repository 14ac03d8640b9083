"""Questions in plain words: `/minerals ask <question>`, `/minerals <question>`, mentions, DMs.

One code path for all of them: read the question with the names the channel may see,
answer it from the store, render the answer with bot/blockkit/answers.py.
"""

from __future__ import annotations

import logging
import re

from rapidfuzz import fuzz
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.blockkit import answers
from bot.blockkit.blocks import clip, context, esc, fallback
from bot.blockkit.cards import error_blocks
from bot.core.services import Services
from handlers.context import database_trouble
from handlers.replies import error
from handlers.router import ROUTER, CommandRequest, Deferred, Outcome, Reply
from jobs.chart import bars_png
from jobs.send import upload_png
from store.questions import answering
from store.questions.reading import looks_like_question
from store.visibility import Audience

log = logging.getLogger("minerals_bot.questions")

TYPO_SCORE = 75  # a first word this close to a subcommand's name is a typo of it


@ROUTER.add("ask", usage="ask <question>")
def ask_command(services: Services, req: CommandRequest) -> Outcome:
    """Answer a question in plain words, e.g. `ask how much has Japan committed to graphite?`"""
    question = req.args.strip()
    if not question:
        return error(
            "`ask` needs a question.", f"e.g. `{req.command} ask how much has Japan committed to graphite?`"
        )
    with services.reading():
        a = _answer(services, question, req.audience)
    return _with_chart(services, req, a, question)


def question_or_none(services: Services, req: CommandRequest) -> Outcome | None:
    """`/minerals <text>` whose first word is no subcommand: the answer, or None for a typo of one."""
    text = req.text.strip()
    first = req.subcommand
    typo = any(fuzz.ratio(first, name) >= TYPO_SCORE for name in ROUTER.subcommands)
    if typo and (len(text.split()) == 1 or re.search(r"\b\w+:\S", text)):
        return None  # "projcts country:CA": a mistyped command, not a question
    try:
        with services.reading():
            a = _answer(services, text, req.audience)
    except SQLAlchemyError:
        blocks, plain = error_blocks(database_trouble(f"question {text!r}"))
        return Reply(blocks, fallback(plain), keep=False)
    if a.kind == "unreadable" and typo:
        return None
    if a.kind == "unreadable":
        command = services.settings.slash_command
        blocks, plain = answers.cannot_read(
            a,
            command,
            intro=f"“{first}” is not a {command} subcommand, and I could not read it as a question.",
        )
        return Reply(blocks, fallback(plain))
    return _with_chart(services, req, a, text)


def _with_chart(services: Services, req: CommandRequest, a: answering.Answer, question: str) -> Outcome:
    """The answer in the ack; a chart asked for is drawn and uploaded after it (lazily)."""
    reply = _reply(services, a, question)
    rows = answering.chart_series(a) if a.reading.chart else []
    if not rows:
        return reply

    def work(client: WebClient) -> Reply:
        note = _upload_chart(client, req.channel_id, a, rows)
        if note.startswith(";"):
            reply.blocks.insert(1, context(esc(f"The chart could not be posted here{note}.")))
        return reply

    return Deferred("Drawing the chart…", work)


def _upload_chart(
    client: WebClient,
    channel: str,
    a: answering.Answer,
    rows: list[tuple[str, float]],
    thread: str | None = None,
) -> str:
    png = bars_png(rows, clip(a.headline, 90))
    if png is None:
        return ""
    return upload_png(
        client, channel, png, filename="minerals-answer.png", title=a.headline, thread_ts=thread
    )


def answer_in_conversation(
    services: Services, client: WebClient, *, channel: str, text: str, thread_ts: str | None = None
) -> bool:
    """A mention or DM that is a question: answer it there (in the thread) and say True."""
    question = text.strip()
    if not looks_like_question(question):
        return False
    with services.reading():
        a = _answer(services, question, Audience(channel=channel))
    reply = _reply(services, a, question)
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, blocks=reply.blocks, text=reply.text)
    except SlackApiError as exc:
        log.warning("cannot answer a question in %s: %s", channel, exc.response.get("error"))
        return True
    rows = answering.chart_series(a) if a.reading.chart else []
    if rows:
        _upload_chart(client, channel, a, rows, thread_ts)
    return True


def _answer(services: Services, question: str, audience: Audience) -> answering.Answer:
    with services.session(read_only=True) as session:
        return answering.ask(session, question, audience=audience, today=services.clock().date())


def _reply(services: Services, a: answering.Answer, question: str) -> Reply:
    command = services.settings.slash_command
    if a.kind == "unreadable":
        blocks, plain = answers.cannot_read(a, command)
    else:
        blocks, plain = answers.question_answer(a, command, f"ask {question}"[:1500])
    return Reply(blocks, fallback(plain))
