"""Issue 17 §2: filters that mean what they say, suggestions that work, help that runs."""

from __future__ import annotations

import re

import pytest
from sqlmodel import Session

from handlers.router import ROUTER
from store import records
from store.schemas import CommitmentIn
from store.visibility import EVERYTHING
from tests.handlers.conftest import NOW, is_error


def test_country_is_where_the_project_is_and_by_is_who_committed(ask) -> None:
    _r, body = ask("commitments country:CA")
    assert "(1–6 of 6)" in body and "Group of Seven" not in body
    _r, body = ask("commitments by:JP")
    assert "Japan" in body and "European Union" not in body and "(1–2 of 2)" in body


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        ("stats by:JP", ["Japan 2"], ["Group of Seven"]),
        ("stats per:instrument", ["Money committed by instrument", "offtake 4"], []),
        ("stats by:stage", ["Money committed by stage"], []),  # a dimension name is never an actor
        ("stats by:country", ["Money committed by country", "Group of Seven"], []),
        ("stats per:instrument by:EU", ["offtake 2"], ["Japan", "price-floor"]),
    ],
)
def test_stats_group_per_and_filter_by(ask, text: str, expected: list[str], unexpected: list[str]) -> None:
    reply, body = ask(text)
    assert not is_error(reply), body
    for word in expected:
        assert word in body, (text, word)
    for word in unexpected:
        assert word not in body, (text, word)


def test_a_status_a_card_shows_is_a_status_a_filter_accepts(ask) -> None:
    card, _body = ask("project Canadian graphite mines")
    assert "status unknown" in card.text
    reply, body = ask("projects status:unknown")
    assert not is_error(reply) and "Canadian graphite mines" in body


@pytest.mark.parametrize(
    "text, suggestion",
    [
        ("projects country:Narnia", None),  # whatever it suggests must parse
        ("projects mineral:rare earths", "projects mineral:rare-earths"),
        ('commitments contry:"South Korea"', 'commitments country:"South Korea"'),
    ],
)
def test_every_suggestion_works_when_typed(ask, text: str, suggestion: str | None) -> None:
    reply, _body = ask(text)
    assert is_error(reply)
    typed = re.search(r"Try `([^`]+)`", reply.text)
    assert typed is not None, reply.text
    again = f"{text.split()[0]} {typed.group(1)}"
    if suggestion:
        assert again == suggestion
    second, body = ask(again)
    assert not is_error(second) or "No " in body, (again, body)
    assert "is not a" not in body, (again, body)


def test_page_is_not_taken_for_stage(ask) -> None:
    reply, body = ask("commitments page:2")
    assert is_error(reply) and "stage:2" not in body and "Next" in body


def test_help_of_every_subcommand_runs_its_examples(ask) -> None:
    names = {s.name for s in ROUTER.listing()}
    ran = 0
    for sub in ROUTER.listing():
        if sub.name in (
            "log",
            "add",
            "export",
            "digest",
            "autolog",
            "follow",
            "unfollow",
            "watch",
            "links",
            "read",
        ):
            continue  # they write, fetch or open forms; their own tests cover them
        _r, body = ask(f"help {sub.name}")
        for example in re.findall(r"`([^`]+)`", body):
            if example.split()[0] not in names or "<" in example or "&lt;" in example or "[" in example:
                continue
            reply, answer = ask(example)
            assert not is_error(reply), (sub.name, example, answer)
            ran += 1
    assert ran >= 8


def test_help_lists_filters_and_their_values(ask) -> None:
    _r, body = ask("help commitments")
    for word in ("`by:`", "`country:`", "where the project is", "offtake", "export-control", "binding"):
        assert word in body
    _r, body = ask("help projects")
    assert "`by:JP`" not in body and "feasibility" in body and "unknown" in body


@pytest.mark.parametrize("words", ["United States", "U.S.", "American", "US"])
def test_find_a_country_any_way_it_is_named(ask, words: str) -> None:
    _r, body = ask(f"find {words}")
    assert "#1 United States" in body and "Ontario rare earth processing facilities" in body, body


def test_a_commitment_card_with_its_history_and_an_open_button_in_lists(ask, demo_session: Session) -> None:
    c = records.create_commitment(
        demo_session,
        CommitmentIn(actor="KR", instrument="loan", amount="5000000", currency="USD", statement="A loan."),
        actor="U1",
        audience=EVERYTHING,
        now=NOW,
    )
    demo_session.flush()
    records.set_commitment_status(
        demo_session, c, "withdrawn", actor="U2", action="withdraw", now=NOW, note="wrong"
    )
    demo_session.commit()
    reply, body = ask(f"commitment {c.id}")
    assert not is_error(reply)
    assert "Withdrawn" in body and "withdraw by <@U2>" in body and "create by <@U1>" in body
    _r, listing = ask("commitments by:JP")
    assert '"action_id": "open_commitment_' in listing and '\\"t\\":\\"commitment ' in listing
    _r, found = ask("find loan")
    assert "(withdrawn)" in found and f'\\"t\\":\\"commitment {c.id}\\"' in found
    reply, _b = ask("commitment 99999")
    assert is_error(reply)


@pytest.mark.parametrize("per", ["stage", "mineral", "instrument", "status", "country"])
def test_every_group_stats_show_is_a_value_a_filter_accepts(ask, demo_session: Session, per: str) -> None:
    from store import totals
    from store.filters import quoted
    from store.visibility import PUBLIC

    t = totals.totals(demo_session, per, audience=PUBLIC)
    key = {"country": "by"}.get(per, per)
    for row in t.rows:
        reply, body = ask(f"commitments {key}:{quoted(row.key)}")
        assert not is_error(reply), (per, row.key, body)
        assert f"of {row.count})" in body, (per, row.key, body)
