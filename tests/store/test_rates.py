"""`minerals-bot rates set` refuses rates that are not positive, finite numbers the column holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from bot import cli
from bot.core.settings import Settings
from store.models import FxRate
from store.rates import BadRate, parse_rate, set_rate


@pytest.mark.parametrize(
    "text, message",
    [
        ("-1", "-1 is not a rate: one unit must be worth more than 0 USD"),
        ("0", "0 is not a rate"),
        ("0.000", "0.000 is not a rate"),
        ("Infinity", "'Infinity' is not a finite number"),
        ("-inf", "'-inf' is not a finite number"),
        ("NaN", "'NaN' is not a finite number"),
        ("sNaN", "'sNaN' is not a finite number"),
        ("1e400", "1e400 is too large"),
        ("12345678901", "12345678901 is too large"),
        ("1e-12", "1e-12 is too small"),
        ("abc", "'abc' is not a number"),
        ("", "'' is not a number"),
    ],
)
def test_bad_rates_are_refused_in_one_line(text: str, message: str):
    with pytest.raises(BadRate) as err:
        parse_rate(text)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    "text, rate", [("0.715", Decimal("0.715")), (" 150 ", Decimal("150")), ("1E-3", Decimal("0.001"))]
)
def test_good_rates(text: str, rate: Decimal):
    assert parse_rate(text) == rate


def test_set_rate_validates_too(session: Session):
    with pytest.raises(BadRate):
        set_rate(session, "EUR", date(2025, 1, 1), Decimal("NaN"))
    assert set_rate(session, "EUR", date(2025, 1, 1), "1.05").usd_per_unit == Decimal("1.05")


@pytest.mark.parametrize("value", ["-1", "0", "Infinity", "1e400", "NaN"])
def test_cli_rates_set_refuses(db_url: str, session: Session, monkeypatch, capsys, value: str):
    monkeypatch.setattr(cli, "load_settings", lambda: Settings(_env_file=None, database_url=db_url))  # type: ignore[call-arg]
    before = session.exec(select(FxRate)).all()
    session.rollback()  # on SQLite the fixture's session would hold the write lock
    assert cli.main(["rates", "set", "EUR", value, "--as-of", "2025-12-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Not changed: ") and err.count("\n") == 1, err
    session.expire_all()
    assert session.exec(select(FxRate)).all() == before


def test_cli_rates_set_accepts_a_rate(db_url: str, session: Session, monkeypatch, capsys):
    monkeypatch.setattr(cli, "load_settings", lambda: Settings(_env_file=None, database_url=db_url))  # type: ignore[call-arg]
    assert cli.main(["rates", "set", "EUR", "1.08", "--as-of", "2025-12-01"]) == 0
    assert capsys.readouterr().out == "1 EUR = 1.08 USD as of 2025-12-01\n"
    assert session.get(FxRate, ("EUR", date(2025, 12, 1))).usd_per_unit == Decimal("1.08")
