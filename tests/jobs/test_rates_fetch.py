"""`minerals-bot rates fetch` and the daily job: ECB euro reference rates served locally."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import Session

from bot import cli
from bot.core.services import Services
from bot.core.settings import Settings
from jobs.rates import BadRates, parse_ecb, refresh
from store.rates import list_rates, rate_for
from tests.jobs.servers import Answer, Site, serving

ECB_DAILY = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender>
\t\t<gesmes:name>European Central Bank</gesmes:name>
\t</gesmes:Sender>
\t<Cube>
\t\t<Cube time='2026-11-27'>
\t\t\t<Cube currency='USD' rate='1.1700'/>
\t\t\t<Cube currency='JPY' rate='180.00'/>
\t\t\t<Cube currency="CAD" rate="1.6000"/>
\t\t\t<Cube currency='GBP' rate='0.8800'/>
\t\t</Cube>
\t</Cube>
</gesmes:Envelope>
"""

ECB_HISTORY = ECB_DAILY.replace(
    b"\t</Cube>\n</gesmes",
    b"\t\t<Cube time='2026-11-26'><Cube currency='USD' rate='1.1600'/><Cube currency='ISK' rate='N/A'/>"
    b"</Cube>\n\t</Cube>\n</gesmes",
)


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(Site()) as s:
        yield s


@pytest.fixture
def rates_settings(monkeypatch: pytest.MonkeyPatch, settings: Settings, site: Site) -> Settings:
    local = settings.model_copy(
        update={"fx_rates_url": f"{site.base}/eurofxref-daily.xml", "fetch_allow_private": True}
    )
    monkeypatch.setattr(cli, "load_settings", lambda: local)
    return local


def serve_rates(site: Site, body: bytes, content_type: str = "text/xml") -> None:
    site.routes["/eurofxref-daily.xml"] = Answer(body=body, content_type=content_type)


def test_the_ecb_file_gives_usd_per_unit_through_the_euro() -> None:
    euro = parse_ecb(ECB_DAILY)
    assert euro.day == date(2026, 11, 27)
    usd = euro.usd_per_unit()
    assert usd["USD"] == 1 and usd["EUR"] == Decimal("1.17")
    assert usd["JPY"] == Decimal("0.0065000000")  # 1.17 / 180
    assert usd["CAD"] == Decimal("0.7312500000")  # 1.17 / 1.6
    assert usd["GBP"] == Decimal("1.3295454545")


def test_the_history_file_gives_its_latest_day_and_skips_n_a() -> None:
    euro = parse_ecb(ECB_HISTORY)
    assert euro.day == date(2026, 11, 27) and "ISK" not in euro.per_eur


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (ECB_DAILY[: len(ECB_DAILY) // 2], "truncated"),
        (ECB_DAILY.replace(b"</gesmes:Sender>", b""), "not well-formed"),
        (ECB_DAILY.replace(b"'1.1700'", b"'one'"), "not a number"),
        (ECB_DAILY.replace(b"'180.00'", b"'-180'"), "not a positive number"),
        (ECB_DAILY.replace(b"currency='USD' rate='1.1700'", b"currency='XAU' rate='0.0004'"), "no USD rate"),
        (ECB_DAILY.replace(b"time='2026-11-27'", b"time='yesterday'"), "not a date"),
        (
            ECB_DAILY.replace(b"<Cube time='2026-11-27'>", b"<Cube>").replace(
                b"<Cube>\n\t\t<Cube>", b"<Cube><Cube>"
            ),
            "no <Cube time",
        ),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + ECB_DAILY[38:], "DOCTYPE"),
    ],
)
def test_a_bad_file_is_refused_with_why(body: bytes, why: str) -> None:
    with pytest.raises(BadRates, match=why):
        parse_ecb(body)


def test_rates_fetch_stores_every_rate_with_its_date_and_source(
    rates_settings: Settings, site: Site, session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_rates(site, ECB_DAILY)
    assert cli.main(["rates", "fetch"]) == 0
    assert "Stored 5 rates as of 2026-11-27" in capsys.readouterr().out
    assert cli.main(["rates", "list"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("JPY")]
    assert listed[-1].split()[2:4] == ["2026-11-27", "ECB"]  # the date and the source of each rate
    jpy = rate_for(session, "JPY")
    assert jpy is not None and jpy.as_of == date(2026, 11, 27) and jpy.usd_per_unit == Decimal("0.0065")
    assert jpy.source == f"ECB euro reference rates ({site.base}/eurofxref-daily.xml)"


@pytest.mark.parametrize(
    ("body", "content_type", "why"),
    [
        (ECB_DAILY[:-60], "text/xml", "truncated"),
        (b"<html>Service unavailable</html>", "text/xml", "truncated"),
        (ECB_DAILY, "application/pdf", "not HTML, XML or JSON"),
    ],
)
def test_a_bad_answer_changes_nothing_and_is_reported(
    rates_settings: Settings,
    site: Site,
    session: Session,
    capsys: pytest.CaptureFixture[str],
    body: bytes,
    content_type: str,
    why: str,
) -> None:
    before = [(r.currency, r.as_of, r.usd_per_unit, r.source) for r in list_rates(session)]
    session.rollback()  # no read transaction left open across the CLI's write
    serve_rates(site, body, content_type)
    assert cli.main(["rates", "fetch"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Rates not changed:") and why in err
    session.expire_all()
    assert [(r.currency, r.as_of, r.usd_per_unit, r.source) for r in list_rates(session)] == before


def test_rates_are_not_fetched_from_a_private_address_unless_allowed(
    rates_settings: Settings, site: Site, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_rates(site, ECB_DAILY)
    monkeypatch.setattr(
        cli, "load_settings", lambda: rates_settings.model_copy(update={"fetch_allow_private": False})
    )
    assert cli.main(["rates", "fetch"]) == 1
    assert "private, local or reserved address" in capsys.readouterr().err
    assert site.requests == []


def test_the_daily_job_logs_a_failure_and_keeps_the_table(
    rates_settings: Settings, site: Site, services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    services.settings = rates_settings
    site.routes["/eurofxref-daily.xml"] = Answer(503, b"busy", headers={"Retry-After": "60"})
    assert refresh(services) is None
    assert "exchange rates not updated" in caplog.text and "HTTP 503" in caplog.text
    serve_rates(site, ECB_DAILY)
    stored = refresh(services)
    assert stored is not None and stored.day == date(2026, 11, 27)
