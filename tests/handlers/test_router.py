"""Every subcommand called through the router, no HTTP: its help, and bad input answered clearly."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot.blockkit.blocks import esc
from bot.core.services import Services
from bot.core.settings import Settings
from bot.local_slack import block_kit_problems
from handlers.router import ROUTER, CommandRequest, Deferred, OpenModal, Reply
from handlers.slash import route
from store.text import storable

NOW = datetime(2025, 11, 9, 12, 0, tzinfo=UTC)


@pytest.fixture
def services(engine: Engine) -> Services:
    """Services on an empty database (no seed: these answers do not depend on records)."""
    settings = Settings(_env_file=None, database_url=str(engine.url), admin_user_ids="UADMIN")  # type: ignore[call-arg]
    return Services(settings, engine, lambda: NOW)


def ask(services: Services, text: str, *, channel: str = "C1", user: str = "U1") -> Any:
    """`route` as the slash listener calls it (its request text made storable, as Slack's is)."""
    req = CommandRequest(command="/minerals", text=storable(text), user_id=user, channel_id=channel)
    return route(services, req)


def warning(outcome: Any) -> str:
    """The warning an answer leads with; fails if the answer is not one."""
    assert isinstance(outcome, Reply), outcome
    assert block_kit_problems(outcome.blocks) == []
    first = outcome.blocks[0]
    assert first["type"] == "section", first
    text = first["text"]["text"]
    assert text.startswith(":warning: "), text
    return text


def every_subcommand() -> list[str]:
    return [sub.name for sub in ROUTER.listing()]


# subcommand -> (bad input, words the warning must contain)
BAD_INPUT: dict[str, tuple[str, tuple[str, ...]]] = {
    "help": ("help frobnicate", ("frobnicate", "not a /minerals subcommand")),
    "find": ("find", ("needs some words",)),
    "project": ("project", ("Which project?",)),
    "initiative": ("initiative", ("Which initiative?",)),
    "projects": ("projects colour:blue", ("`colour:`", "not a filter")),
    "commitments": ("commitments country:Atlantis", ("Atlantis",)),
    "stats": ("stats per:colour", ("colour",)),
    "upcoming": ("upcoming soon", ("`soon`", "not a number of days")),
    "add": ("add widget", ("widget",)),
    "export": ("export secrets", ("secrets",)),
    "log": ("log", ("needs a sentence",)),
    "autolog": ("autolog maybe", ("maybe", "not on or off")),
    "digest": ("digest frobnicate", ("frobnicate", "not a digest command")),
    "ask": ("ask", ("needs a question",)),
    "commitment": ("commitment abc", ("Which commitment?",)),
    "follow": ("follow colour:blue", ("`colour:`", "not a filter")),
    "unfollow": ("unfollow 9", ("`9`", "following")),
    "read": ("read notaurl", ("needs a web link",)),
    "links": ("links maybe", ("maybe", "not on or off")),
    "watch": ("watch remove 9", ("no watch 9",)),
}


NOTHING_TO_GET_WRONG = {"following"}  # takes no arguments


def test_the_table_covers_every_subcommand() -> None:
    assert sorted([*BAD_INPUT, *NOTHING_TO_GET_WRONG]) == sorted(every_subcommand())


@pytest.mark.parametrize("name", every_subcommand())
def test_each_subcommand_explains_itself(services: Services, name: str) -> None:
    sub = ROUTER.get(name)
    assert sub is not None
    for text in (f"{name} help", f"help {name}"):
        outcome = ask(services, text)
        assert isinstance(outcome, Reply), (text, outcome)
        assert block_kit_problems(outcome.blocks) == []
        shown = json.dumps(outcome.blocks, ensure_ascii=False)
        assert esc(sub.usage) in shown and esc(sub.summary) in shown, text


@pytest.mark.parametrize("name", sorted(BAD_INPUT))
def test_bad_input_gets_a_warning_naming_what_was_wrong(services: Services, name: str) -> None:
    text, words = BAD_INPUT[name]
    said = warning(ask(services, text))
    for word in words:
        assert word in said, (text, said)


@pytest.mark.parametrize(
    "text, words",
    [
        ("projets", ("projets",)),
        ("projects since:yesterdayish", ("yesterdayish",)),
        ("commitments by:Narnia", ("Narnia",)),
        ("stats by:country mineral:unobtainium", ("unobtainium",)),
        ("upcoming 99999", ("99999",)),
        ("digest subscribe funday", ("funday", "not a weekday")),
        ("digest subscribe 25:99", ("25:99",)),
        ("digest subscribe Mars/Olympus", ("Mars/Olympus",)),
        ("digest unsubscribe nowhere", ("nowhere", "not a channel")),
        ("digest unsubscribe", ("no digest subscription",)),
    ],
)
def test_more_bad_input(services: Services, text: str, words: tuple[str, ...]) -> None:
    said = warning(ask(services, text))
    for word in words:
        assert word in said, (text, said)


HOSTILE = [
    "<!channel> <@U999|boss> <https://evil.example|click>",
    "x" * 5000,
    "\x00\ud800 *bold* _it_ `code` ```block```",
    "&amp; &lt; > | ¦ \u202e\u200b",
    'country:"',
    "since:-9999999999999999999d",
]


@pytest.mark.parametrize("name", every_subcommand())
@pytest.mark.parametrize("args", HOSTILE, ids=["mentions", "long", "nul", "entities", "quote", "huge-number"])
def test_hostile_arguments_never_raise_and_never_ping(services: Services, name: str, args: str) -> None:
    outcome = ask(services, f"{name} {args}")
    assert isinstance(outcome, Reply | Deferred | OpenModal)
    if isinstance(outcome, Reply):
        assert block_kit_problems(outcome.blocks) == []
        shown = json.dumps(outcome.blocks) + outcome.text
        assert "<!channel>" not in shown and "<https://evil" not in shown and "<@U999" not in shown


def test_add_opens_a_form_that_remembers_its_channel(services: Services) -> None:
    from bot.blockkit.values import ModalMeta

    outcome = ask(services, "add project", channel="G42")
    assert isinstance(outcome, OpenModal)
    assert ModalMeta.decode(outcome.view["private_metadata"]) == ModalMeta(channel="G42", private=True)
    assert block_kit_problems(outcome.view["blocks"], surface="modal") == []


def test_an_unknown_word_is_read_as_a_question_and_answered_with_examples(services: Services) -> None:
    """Not a subcommand and not a question: a short answer with examples, never an error."""
    outcome = ask(services, "frobnicate")
    assert isinstance(outcome, Reply)
    assert block_kit_problems(outcome.blocks) == []
    said = str(outcome.blocks)
    assert "frobnicate" in said and "not a /minerals subcommand" in said
    assert "ask " in said  # the example questions
