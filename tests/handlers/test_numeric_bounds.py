"""Numbers in forms are bounded by what their column holds, with the error on the field.

Through the running server on SQLite and PostgreSQL: the add-project form and the confirm
card's Edit form refuse what a column cannot hold exactly (Infinity on SQLite, a numeric
overflow on PostgreSQL, silent rounding on both) and save what it can, digit for digit.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import Session, select

from store.models import Commitment, Draft, Project
from tests.e2e.test_logging_http import JOGMEC, card_of, message
from tests.faults.util import add_project_payload, answer_json, edit_payload

# "99999999999999.9" has 15 significant digits but no REAL holds it to the cent.
OUT_OF_BOUNDS = ["1e400", "9" * 40, "Infinity", "NaN", "-1e400", "99999999999999.9", "2.555", "1E-400"]


@pytest.mark.parametrize("value", OUT_OF_BOUNDS)
def test_capacity_the_column_cannot_hold_is_an_error_on_the_field(bot, value):
    answer = answer_json(bot.interact(add_project_payload("Bounded mine", capacity=value)))
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"capacity"}, answer
    with Session(bot.services.engine) as s:
        assert s.exec(select(Project).where(Project.name == "Bounded mine")).first() is None


@pytest.mark.parametrize("value", ["12000000000000", "999999999999999"])
def test_a_large_round_sum_is_stored_digit_for_digit(bot, value):
    """IDR 12 trillion: 14 digits, but few significant ones, which every backend holds exactly."""
    resp = bot.interact(add_project_payload("Round mine", capacity=value))
    assert resp.status_code == 200 and not resp.content.strip(), resp.text
    with Session(bot.services.engine) as s:
        project = s.exec(select(Project).where(Project.name == "Round mine")).one()
        assert project.capacity == Decimal(value)


def test_the_largest_capacity_is_stored_digit_for_digit(bot):
    resp = bot.interact(add_project_payload("Largest mine", capacity="9999999999999.99"))
    assert resp.status_code == 200 and not resp.content.strip(), resp.text
    with Session(bot.services.engine) as s:
        project = s.exec(select(Project).where(Project.name == "Largest mine")).one()
        assert project.capacity == Decimal("9999999999999.99")


@pytest.mark.parametrize("field", ["amount", "quantity"])
def test_the_edit_form_puts_out_of_bounds_numbers_on_the_field(bot, slack, field):
    bot.event(message(JOGMEC))
    card_of(slack)
    bot.drain()
    with Session(bot.services.engine) as s:
        draft_id = s.exec(select(Draft.id)).first()
    values = {"actor": "JP", "instrument": "loan", "status": "announced", "currency": "CAD", "amount": "150"}
    for value in ("1e400", "9" * 40, "Infinity", "1234567890123456"):  # 16 digits: rounded on SQLite
        answer = answer_json(bot.interact(edit_payload(draft_id, {**values, field: value}, user="U2")))
        assert answer["response_action"] == "errors" and set(answer["errors"]) == {field}, answer
    with Session(bot.services.engine) as s:
        assert s.exec(select(Commitment).where(Commitment.logged_by != "seed")).all() == []
